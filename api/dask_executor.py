"""Extraction on a Dask cluster: documents go out as tasks, results come back and are stored in order.

`ingest_on_dask` reads and extracts each file on a `dask.distributed` worker (the workers
need Samverkan installed and the files at the same paths, e.g. on a shared disk) and writes
the results to the store from the client, in the order of the files, in batches of
`api.ingest.BATCH_SIZE` documents: the same graph as `api.ingest.ingest_paths` builds on
one machine. At most `window` documents are under way at a time, so neither the cluster nor
the client holds the whole corpus.

A worker that dies takes its running tasks with it; the scheduler gives them to another
worker (up to `distributed.scheduler.allowed-failures` times, 3 by default), so no
document is lost. A task that fails for another reason is retried `retries` times.

dask is imported only here, and only when this executor is used.
"""

from __future__ import annotations

from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from api.ingest import BATCH_SIZE, IngestReport, Progress, _extract_one, load_judgements, store_parts
from graph.errors import SamverkanError
from graph.model import Graph
from graph.store import GraphStore
from loaders.reading.read import ReadFailure

if TYPE_CHECKING:
    from dask.distributed import Client

RETRIES = 3
WINDOW_PER_WORKER = 4 * BATCH_SIZE


class ClusterUnavailable(SamverkanError):
    status = 503
    code = "cluster_unavailable"


def extract_task(path: str, redact: bool) -> tuple[str, str]:
    """What a worker does with one file: ('graph', JSON) or ('failure', reason)."""
    result = _extract_one(Path(path), redact)
    if isinstance(result, ReadFailure):
        return "failure", result.reason
    return "graph", result.to_json(indent=None)


@contextmanager
def dask_client(scheduler: str | None = None, workers: int | None = None) -> Iterator[Client]:
    """A client of the scheduler at `scheduler` (tcp://HOST:PORT), or of a local cluster."""
    try:
        from dask.distributed import Client, LocalCluster
    except ImportError as exc:
        raise ClusterUnavailable(
            "Dask är inte installerat; installera det med: pip install 'dask[distributed]'"
        ) from exc
    if scheduler:
        try:
            client = Client(scheduler, timeout="10s")
        except (OSError, TimeoutError) as exc:
            raise ClusterUnavailable(f"Dask-schemaläggaren på {scheduler} svarar inte ({exc})") from exc
        with client:
            yield client
        return
    with (
        LocalCluster(
            n_workers=workers, threads_per_worker=1, processes=True, dashboard_address=None
        ) as cluster,
        Client(cluster) as client,
    ):
        yield client


def ingest_on_dask(
    store: GraphStore,
    files: list[Path],
    client: Client,
    *,
    redact: bool = True,
    progress: Progress | None = None,
    window: int | None = None,
) -> IngestReport:
    """Extract the files on the cluster and store the results in order, in batches."""
    report = IngestReport()
    judgements = load_judgements(store)
    workers = max(len(client.scheduler_info().get("workers", {})), 1)
    limit = window or WINDOW_PER_WORKER * workers
    pending: deque[tuple[Path, Any]] = deque()
    batch: list[Graph] = []
    todo = iter(files)

    def submit_more() -> None:
        while len(pending) < limit:
            path = next(todo, None)
            if path is None:
                return
            future = client.submit(extract_task, str(path), redact, retries=RETRIES, pure=False)
            pending.append((path, future))

    submit_more()
    while pending:
        path, future = pending.popleft()
        kind, payload = future.result()
        future.release()
        submit_more()
        if kind == "failure":
            report.failures.append(ReadFailure(path=str(path), reason=payload))
        else:
            batch.append(Graph.from_json(payload))
            if len(batch) >= BATCH_SIZE:
                report.count(store_parts(store, batch, judgements))
                batch.clear()
        if progress:
            progress(str(path))
    if batch:
        report.count(store_parts(store, batch, judgements))
    return report
