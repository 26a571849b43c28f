"""Documents: listing, what one says, uploading and ingesting a file, removing one.

An uploaded file is read by the same reader as the CLI (`api.ingest.ingest_bytes`) and
kept in the upload folder as `<hash of its bytes>-<clean name>`: the name is reduced to
its last part, to letters, digits, spaces, dots, dashes and underscores, so that no name
can point outside the folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel

from api.erasure import keep_one_original, remove_originals
from api.errors import PayloadTooLarge
from api.ingest import ingest_bytes, remove_document
from api.queries import RelationView, with_sources
from api.settings import Settings
from graph.embedded_store import write_atomic
from graph.errors import SamverkanError
from graph.model import Document, Entity
from graph.store import DocumentFilter, GraphStore
from loaders.errors import LoaderError, UnreadableDocument

MAX_NAME_CHARS = 120
_UNSAFE = re.compile(r"[^\w .-]+")
_SCAN_PAGE = 1000


class UploadStatus(StrEnum):
    ADDED = "added"
    REPLACED = "replaced"
    UNCHANGED = "unchanged"


class UploadResult(BaseModel):
    """The document read from an upload, and whether it was new to the graph."""

    document: Document
    status: UploadStatus
    entities: int
    relations: int


class DocumentDetail(BaseModel):
    """A document with the actors it mentions and the relations it states."""

    document: Document
    entities: list[Entity]
    relations: list[RelationView]


def list_documents(
    store: GraphStore, flt: DocumentFilter, limit: int = 100, offset: int = 0
) -> list[Document]:
    """Documents by id, optionally only those the filter keeps."""
    if flt.is_empty():
        return store.documents(limit=limit, offset=offset)
    kept: list[Document] = []
    scanned = 0
    while len(kept) < offset + limit:
        page = store.documents(limit=_SCAN_PAGE, offset=scanned)
        kept.extend(d for d in page if flt.accepts(d))
        scanned += len(page)
        if len(page) < _SCAN_PAGE:
            break
    return kept[offset : offset + limit]


def document_detail(store: GraphStore, document_id: str) -> DocumentDetail:
    """What one document contributes: its actors and its relations with their sentences."""
    graph = store.document_graph(document_id)
    entities = {e.id: e for e in graph.entities}
    document = store.document(document_id)

    def entity(entity_id: str) -> Entity:
        return entities[entity_id] if entity_id in entities else store.entity(entity_id)

    return DocumentDetail(
        document=document,
        entities=graph.entities,
        relations=with_sources(graph.relations, entity, lambda _: document),
    )


def clean_filename(name: str) -> str:
    """A file name that stays inside a folder: last part only, safe characters, no leading dot."""
    last = re.split(r"[/\\]", unicodedata.normalize("NFC", name or ""))[-1]
    cleaned = _UNSAFE.sub("_", last).strip(" ._")
    if not cleaned:
        return "dokument"
    stem, dot, suffix = cleaned.rpartition(".")
    if dot and len(suffix) <= 10:
        return f"{stem[: MAX_NAME_CHARS - len(suffix) - 1].rstrip(' ._') or 'dokument'}.{suffix}"
    return cleaned[:MAX_NAME_CHARS]


def upload_dir(settings: Settings) -> Path:
    return settings.upload_dir or settings.data_dir / "uploads"


def stored_path(settings: Settings, data: bytes, filename: str) -> Path:
    """Where an upload is kept; never outside the upload folder."""
    folder = upload_dir(settings).resolve()
    path = (folder / f"{hashlib.sha256(data).hexdigest()[:16]}-{clean_filename(filename)}").resolve()
    if path.parent != folder:
        raise UnreadableDocument(filename, "ogiltigt filnamn")
    return path


def upload(store: GraphStore, settings: Settings, data: bytes, filename: str) -> UploadResult:
    """Keep an uploaded file, read it and store what it says; LoaderError when unreadable."""
    if len(data) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"Filen är större än gränsen på {settings.max_upload_bytes:,} byte".replace(",", " ")
        )
    path = stored_path(settings, data, filename)
    name = path.name.split("-", 1)[1]
    existed = path.exists()
    write_atomic(path, data)
    try:
        document, result = ingest_bytes(
            store, data, name, redact=settings.redact_personal_data, path=path.name
        )
    except (LoaderError, SamverkanError):
        if not existed:
            path.unlink(missing_ok=True)
        raise
    except (RecursionError, Exception) as exc:  # an extraction bug must not become a 500
        if not existed:
            path.unlink(missing_ok=True)
        raise UnreadableDocument(name, f"oväntat fel vid extraktion ({type(exc).__name__})") from exc
    keep_one_original(settings, path)  # erasure: one copy of the bytes, or none (KEEP_ORIGINALS)
    if result.documents_added:
        status = UploadStatus.ADDED
    elif result.documents_replaced:
        status = UploadStatus.REPLACED
    else:
        status = UploadStatus.UNCHANGED
    graph = store.document_graph(document.id)
    return UploadResult(
        document=store.document(document.id),
        status=status,
        entities=len(graph.entities),
        relations=len(graph.relations),
    )


def delete(store: GraphStore, settings: Settings, document_id: str) -> None:
    """Remove a document, what only it said, and every kept copy of its uploaded original."""
    document = store.document(document_id)
    remove_document(store, document_id)
    remove_originals(settings, document)
