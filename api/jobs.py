"""Background jobs: an upload is answered at once and extracted and stored here, one at a time.

Jobs run in one thread of the application, so that documents are stored one after another
(the store has one writer) while requests go on being answered. Each job is kept in memory
with its state, progress and result or error, and as a record in the store ("job"), so that
every process of a server with several workers can answer for it; the most recent `KEPT` are
kept and listed by GET /jobs.
"""

from __future__ import annotations

import datetime as dt
import logging
import threading
import uuid
from collections import OrderedDict
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from enum import StrEnum

from pydantic import BaseModel, Field

from api.documents import UploadResult
from graph.errors import NotFound, SamverkanError
from graph.store import GraphStore
from loaders.errors import LoaderError

KEPT = 1000
JOB_RECORDS = "job"

log = logging.getLogger("samverkan.jobs")

# What a job reports while it runs: how far it has come (0 to 1) and what it is doing.
Report = Callable[[float, str], None]


class JobState(StrEnum):
    QUEUED = "queued"
    RUNNING = "running"
    DONE = "done"
    FAILED = "failed"


class JobError(BaseModel):
    """Why a job failed, as the API's errors say it."""

    status: int
    code: str
    message: str


class Job(BaseModel):
    """An upload being read into the graph: its state, progress and result (or why it failed)."""

    id: str
    state: JobState
    filename: str
    document: str | None = Field(None, description="Dokumentets id, känt när filen har lästs.")
    progress: float = Field(0.0, ge=0.0, le=1.0)
    stage: str = Field("väntar", description="Vad jobbet gör just nu.")
    created: dt.datetime
    finished: dt.datetime | None = None
    result: UploadResult | None = None
    error: JobError | None = None


class JobNotFound(NotFound):
    def __init__(self, job_id: str) -> None:
        super().__init__(f"Jobbet '{job_id}' finns inte (eller är för gammalt för att sparas)")


def _now() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


def error_of(exc: BaseException) -> JobError:
    if isinstance(exc, SamverkanError | LoaderError):
        return JobError(status=exc.status, code=exc.code, message=exc.message)
    detail = str(exc).strip().splitlines()[0] if str(exc).strip() else ""
    message = f"oväntat fel ({type(exc).__name__}{': ' + detail[:200] if detail else ''})"
    return JobError(status=500, code="internal_error", message=message)


class JobRunner:
    """Runs jobs one at a time in a thread of their own and remembers the most recent ones."""

    def __init__(self, store: GraphStore | None = None, kept: int = KEPT) -> None:
        self._store = store
        self._kept = kept
        self._jobs: OrderedDict[str, Job] = OrderedDict()
        self._active: dict[str, str] = {}  # what a job works on -> the job, while it is not done
        self._lock = threading.Lock()
        self._executor = ThreadPoolExecutor(max_workers=1, thread_name_prefix="samverkan-jobb")

    def submit(
        self, filename: str, document: str, work: Callable[[Report], UploadResult], *, key: str
    ) -> Job:
        """Queue `work`; the same `key` while a job for it is queued or running gives that job."""
        with self._lock:
            if key in self._active:
                return self._jobs[self._active[key]]
            job = Job(
                id=uuid.uuid4().hex,
                state=JobState.QUEUED,
                filename=filename,
                document=document,
                created=_now(),
            )
            self._remember(job)
            self._active[key] = job.id
        self._persist(job)
        self._executor.submit(self._run, job.id, key, work)
        return job

    def finished(self, filename: str, result: UploadResult) -> Job:
        """A job that was done as soon as it was asked for (the document was already stored)."""
        now = _now()
        job = Job(
            id=uuid.uuid4().hex,
            state=JobState.DONE,
            filename=filename,
            document=result.document.id,
            progress=1.0,
            stage="klart",
            created=now,
            finished=now,
            result=result,
        )
        with self._lock:
            self._remember(job)
        self._persist(job)
        return job

    def get(self, job_id: str) -> Job:
        with self._lock:
            if job_id in self._jobs:
                return self._jobs[job_id]
        if self._store is not None and len(job_id) <= 64 and job_id.isalnum():  # another process's
            found = self._store.get_records(JOB_RECORDS, [job_id])
            if job_id in found:
                return Job.model_validate_json(found[job_id])
        raise JobNotFound(job_id)

    def recent(self, limit: int = 100, offset: int = 0) -> list[Job]:
        """The most recent jobs first (of every process, when they share a store)."""
        with self._lock:
            jobs = {job.id: job for job in self._jobs.values()}
        if self._store is not None:
            for job_id, text in self._store.get_records(JOB_RECORDS).items():
                jobs.setdefault(job_id, Job.model_validate_json(text))
        ordered = sorted(jobs.values(), key=lambda j: (j.created, j.id), reverse=True)
        return ordered[offset : offset + limit]

    def close(self) -> None:
        """Finish the jobs already accepted, then stop."""
        self._executor.shutdown(wait=True)

    def _remember(self, job: Job) -> None:
        self._jobs[job.id] = job
        self._jobs.move_to_end(job.id)
        forgotten = []
        while len(self._jobs) > self._kept:
            oldest = next(iter(self._jobs))
            if self._jobs[oldest].state in (JobState.QUEUED, JobState.RUNNING):
                break
            del self._jobs[oldest]
            forgotten.append(oldest)
        if forgotten and self._store is not None:
            try:
                self._store.delete_records(JOB_RECORDS, forgotten)
            except Exception:
                log.warning("gamla jobb kunde inte glömmas i lagringen", exc_info=True)

    def _persist(self, job: Job) -> None:
        """Keep the job where other processes find it; a store that cannot take it costs only that."""
        if self._store is None:
            return
        try:
            self._store.put_records(JOB_RECORDS, {job.id: job.model_dump_json()})
        except Exception:
            log.warning("jobbet %s kunde inte sparas i lagringen", job.id, exc_info=True)

    def _update(self, job_id: str, **changes: object) -> None:
        with self._lock:
            job = self._jobs[job_id] = self._jobs[job_id].model_copy(update=changes)
        self._persist(job)

    def _run(self, job_id: str, key: str, work: Callable[[Report], UploadResult]) -> None:
        self._update(job_id, state=JobState.RUNNING, stage="startar")

        def report(progress: float, stage: str) -> None:
            self._update(job_id, progress=progress, stage=stage)

        try:
            result = work(report)
        except BaseException as exc:  # every failure is the job's, never the thread's
            self._update(
                job_id, state=JobState.FAILED, stage="misslyckades", error=error_of(exc), finished=_now()
            )
        else:
            self._update(
                job_id, state=JobState.DONE, progress=1.0, stage="klart", result=result, finished=_now()
            )
        finally:
            with self._lock:
                self._active.pop(key, None)
