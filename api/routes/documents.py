"""Documents: listing, what one says, uploading a file (answered with a job), removing one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Path, Response, UploadFile

from api import documents
from api.deps import JobsDep, SettingsDep, StoreDep, WriteAccess
from api.documents import DocumentDetail
from api.jobs import Job
from api.params import ID_MAX_LENGTH, FilterDep, PageDep
from graph.model import Document

router = APIRouter(prefix="/documents", tags=["dokument"])

DocumentId = Annotated[str, Path(max_length=ID_MAX_LENGTH, description="Dokumentets id.")]


@router.get("", response_model=list[Document])
def list_documents(store: StoreDep, page: PageDep, flt: FilterDep) -> list[Document]:
    """Dokumenten i grafen, i id-ordning, filtrerade på slag och datum."""
    return documents.list_documents(store, flt, limit=page.limit, offset=page.offset)


@router.get("/{document_id}", response_model=DocumentDetail)
def get_document(document_id: DocumentId, store: StoreDep) -> DocumentDetail:
    """Ett dokument med aktörerna det nämner och relationerna det säger, med meningarna."""
    return documents.document_detail(store, document_id)


@router.post(
    "",
    response_model=Job,
    status_code=202,
    dependencies=[WriteAccess],
    responses={
        200: {"description": "Dokumentet fanns redan, oförändrat: jobbet är redan klart.", "model": Job}
    },
)
def upload_document(
    store: StoreDep,
    settings: SettingsDep,
    jobs: JobsDep,
    response: Response,
    file: Annotated[UploadFile, File(description="En fil: .txt, .md, .html, .pdf eller .docx.")],
) -> Job:
    """Ladda upp ett dokument: det läses genast, aktörer och relationer extraheras och lagras i bakgrunden.

    Svaret (202) är ett jobb; följ det med GET /jobs/{id} tills det är klart (`done`, med
    resultatet) eller misslyckat (`failed`, med orsaken). Samma innehåll två gånger ändrar
    inget: svaret är då 200 med ett jobb som redan är klart. En fil som inte går att läsa
    avvisas genast med 422, en för stor fil med 413. Kräver API-nyckel (X-API-Key)."""
    data = file.file.read(settings.max_upload_bytes + 1)
    upload = documents.read_upload(settings, data, file.filename or "")
    stored = documents.already_stored(store, settings, upload)
    if stored is not None:
        response.status_code = 200
        return jobs.finished(upload.filename, stored)
    document = upload.loaded.document
    job = jobs.submit(
        upload.filename,
        document.id,
        lambda report: documents.store_upload(store, settings, upload, report),
        key=f"{document.id}/{document.path}",
    )
    response.headers["Location"] = f"/jobs/{job.id}"
    return job


@router.delete("/{document_id}", status_code=204, dependencies=[WriteAccess])
def delete_document(document_id: DocumentId, store: StoreDep, settings: SettingsDep) -> Response:
    """Ta bort ett dokument och det som bara det sade. Kräver API-nyckel (X-API-Key)."""
    documents.delete(store, settings, document_id)
    return Response(status_code=204)
