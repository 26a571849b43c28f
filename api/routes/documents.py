"""Documents: listing, what one says, uploading a file, removing one."""

from __future__ import annotations

from typing import Annotated

from fastapi import APIRouter, File, Path, Response, UploadFile

from api import documents
from api.deps import SettingsDep, StoreDep, WriteAccess
from api.documents import DocumentDetail, UploadResult, UploadStatus
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
    response_model=UploadResult,
    status_code=201,
    dependencies=[WriteAccess],
    responses={200: {"description": "Dokumentet fanns redan, oförändrat.", "model": UploadResult}},
)
def upload_document(
    store: StoreDep,
    settings: SettingsDep,
    response: Response,
    file: Annotated[UploadFile, File(description="En fil: .txt, .md, .html, .pdf eller .docx.")],
) -> UploadResult:
    """Ladda upp ett dokument; det läses, aktörer och relationer extraheras och lagras.

    Kräver API-nyckel (X-API-Key). Samma innehåll två gånger ändrar inget (svar 200 i stället för 201).
    För stora filer avvisas med 413."""
    data = file.file.read(settings.max_upload_bytes + 1)
    result = documents.upload(store, settings, data, file.filename or "")
    if result.status is UploadStatus.UNCHANGED:
        response.status_code = 200
    return result


@router.delete("/{document_id}", status_code=204, dependencies=[WriteAccess])
def delete_document(document_id: DocumentId, store: StoreDep, settings: SettingsDep) -> Response:
    """Ta bort ett dokument och det som bara det sade. Kräver API-nyckel (X-API-Key)."""
    documents.delete(store, settings, document_id)
    return Response(status_code=204)
