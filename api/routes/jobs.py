"""Jobs: how an upload that is being read into the graph is getting on."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, Path

from api.deps import JobsDep
from api.jobs import Job
from api.params import PageDep

router = APIRouter(prefix="/jobs", tags=["jobb"])


@router.get("", response_model=list[Job])
def list_jobs(jobs: JobsDep, page: PageDep) -> list[Job]:
    """De senaste jobben (uppladdningar), nyast först."""
    return jobs.recent(limit=page.limit, offset=page.offset)


@router.get("/{job_id}", response_model=Job)
def get_job(job_id: Annotated[str, Path(max_length=64, description="Jobbets id.")], jobs: JobsDep) -> Job:
    """Ett jobbs läge (queued, running, done, failed), hur långt det har kommit och dess resultat eller fel."""
    return jobs.get(job_id)
