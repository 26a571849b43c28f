"""The ingest use case: read, extract and store documents; one broken file never stops a batch."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass, field
from pathlib import Path

from api.erased_names import suppress_erased, use_register_settings
from api.extraction_pool import extract_in_order
from api.settings import Settings
from graph.judgements import Judgement, apply_judgements
from graph.merge import combine
from graph.model import Document, Graph
from graph.store import GraphStore, UpsertResult
from loaders.errors import LoaderError
from loaders.extract import DEFAULT_BUDGET, Budget, extract, extract_many
from loaders.reading.read import LoadedDocument, ReadFailure, expand_paths, parse_document, read_document

SOURCE_RECORDS = "source"
JUDGEMENT_RECORDS = "judgement"
WITHDRAWAL_RECORDS = "withdrawal"

# Documents go to the store in batches of whole documents: one write per batch.
BATCH_SIZE = 25

Progress = Callable[[str], None]


@dataclass
class IngestReport:
    added: int = 0
    unchanged: int = 0
    replaced: int = 0
    failures: list[ReadFailure] = field(default_factory=list)

    def count(self, result: UpsertResult) -> None:
        self.added += result.documents_added
        self.unchanged += result.documents_unchanged
        self.replaced += result.documents_replaced

    @property
    def ok(self) -> bool:
        return not self.failures


def load_judgements(store: GraphStore) -> list[Judgement]:
    """The judgements in force: every one made, less those withdrawn (api.audit keeps them all)."""
    records = store.get_records(JUDGEMENT_RECORDS)
    withdrawn = store.get_records(WITHDRAWAL_RECORDS)
    found = (Judgement.model_validate_json(t) for key, t in records.items() if key not in withdrawn)
    return sorted(found, key=lambda j: j.created)


# What one document may cost to extract; the front doors set it from the settings.
_budget = DEFAULT_BUDGET


def use_settings(settings: Settings) -> None:
    """Extract with the per-document budget of these settings (in this process and its pool), and
    filter what is stored by the erasure register whose secret they name."""
    global _budget
    use_register_settings(settings)
    _budget = Budget(max_sentences=settings.max_document_sentences, max_seconds=settings.max_document_seconds)


def _extract_one(path: Path, redact: bool) -> Graph | ReadFailure:
    return next(_extract_files([path], redact))


def _extract_files(paths: list[Path], redact: bool) -> Iterator[Graph | ReadFailure]:
    """Each file's graph, or why it failed, in order; their sentences are parsed together."""
    results = extract_many(paths, read_document, redact_personal_data=redact, budget=_budget)
    for path, result in zip(paths, results, strict=True):
        yield _failure(path, result) if isinstance(result, Exception) else result


def _failure(path: Path, exc: Exception) -> ReadFailure:
    """Why a file was not read, in the reader's words."""
    if isinstance(exc, LoaderError):
        return ReadFailure(path=str(path), reason=exc.reason)
    if isinstance(exc, RecursionError):
        return ReadFailure(path=str(path), reason="dokumentet är för djupt nästlat")
    # an extraction bug on one file must not stop the batch
    return ReadFailure(path=str(path), reason=f"oväntat fel vid extraktion ({type(exc).__name__}: {exc})")


def extract_paths(
    paths: Iterable[Path], *, redact: bool = True, progress: Progress | None = None, workers: int = 1
) -> tuple[Graph, list[ReadFailure]]:
    """The graph of the files and folders given, without storing it."""
    graphs: list[Graph] = []
    failures: list[ReadFailure] = []
    for path, result in extract_in_order(expand_paths(paths), _extract_files, redact=redact, workers=workers):
        (failures if isinstance(result, ReadFailure) else graphs).append(result)  # type: ignore[arg-type]
        if progress:
            progress(str(path))
    return combine(graphs), failures


def ingest_paths(
    store: GraphStore,
    files: list[Path],
    *,
    redact: bool = True,
    progress: Progress | None = None,
    workers: int = 1,
) -> IngestReport:
    """Read, extract and store each file; failures are reported, the rest stored.

    With `workers` > 1 the files are extracted in that many processes; they are stored in the
    order given all the same, so the graph is the one a single process builds.
    """
    report = IngestReport()
    batch: list[Graph] = []

    judgements = load_judgements(store)

    def flush() -> None:
        if batch:
            report.count(store_parts(store, batch, judgements))
            batch.clear()

    for path, result in extract_in_order(files, _extract_files, redact=redact, workers=workers):
        if isinstance(result, ReadFailure):
            report.failures.append(result)
        else:
            batch.append(result)
            if len(batch) >= BATCH_SIZE:
                flush()
        if progress:
            progress(str(path))
    flush()
    return report


def ingest_bytes(
    store: GraphStore, data: bytes, filename: str, *, redact: bool = True, path: str | None = None
) -> tuple[Document, UpsertResult]:
    """Ingest one uploaded file; LoaderError when it cannot be read."""
    loaded: LoadedDocument = parse_document(data, filename, path=path)
    return loaded.document, ingest_document(store, loaded, redact=redact)


def ingest_document(
    store: GraphStore,
    loaded: LoadedDocument,
    *,
    redact: bool = True,
    report: Callable[[float, str], None] | None = None,
) -> UpsertResult:
    """Extract and store one document already read; `report` hears how far it has come."""
    if report:
        report(0.1, "extraherar")
    graph = extract(loaded, redact_personal_data=redact, budget=_budget)
    if report:
        report(0.8, "lagrar")
    return store_parts(store, [graph])


def store_parts(
    store: GraphStore, parts: list[Graph], judgements: list[Judgement] | None = None
) -> UpsertResult:
    """Keep each document's extraction as read, and store it with every judgement applied.

    Erased persons are left out first (`api.erased_names`): not even the kept extraction names them.
    """
    parts, _ = suppress_erased(store, parts)
    if judgements is None:
        judgements = load_judgements(store)
    store.put_records(SOURCE_RECORDS, {p.documents[0].id: p.to_json(indent=None) for p in parts})
    return store.upsert(Graph.batch([apply_judgements(p, judgements) for p in parts]))


def import_graph(store: GraphStore, graph: Graph) -> UpsertResult:
    """Store a graph in the interchange format (e.g. an export), document by document."""
    return store_parts(store, [graph.for_document(d.id) for d in graph.documents])


def remove_document(store: GraphStore, document_id: str) -> None:
    """Remove a document and its kept extraction; judgements stay."""
    store.remove_document(document_id)
    store.delete_records(SOURCE_RECORDS, [document_id])
