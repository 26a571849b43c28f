"""Documents: listing, what one says, uploading and ingesting a file, removing one.

An uploaded file is read at once by the same reader as the CLI (so that a file that cannot
be read is refused in the answer), then extracted and stored in the background (api.jobs). It is
kept in the upload folder as `<hash of its bytes>-<clean name>`: the name is reduced to
its last part, to letters, digits, spaces, dots, dashes and underscores, so that no name
can point outside the folder.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from collections.abc import Callable
from dataclasses import dataclass
from enum import StrEnum
from pathlib import Path

from pydantic import BaseModel

from api.erased_names import names_erased
from api.erasure import keep_one_original, remove_originals
from api.errors import PayloadTooLarge
from api.ingest import ingest_document, remove_document
from api.queries import RelationView, with_sources
from api.settings import Settings
from graph.embedded_store import write_atomic
from graph.errors import DocumentNotFound, SamverkanError
from graph.model import Document, Entity
from graph.store import DocumentFilter, GraphStore
from loaders.errors import LoaderError, UnreadableDocument
from loaders.reading.read import LoadedDocument, parse_document

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


@dataclass
class Upload:
    """An uploaded file, kept in the upload folder and read (not yet extracted)."""

    loaded: LoadedDocument
    path: Path
    new_file: bool  # the file was not in the upload folder before this upload

    @property
    def filename(self) -> str:
        return self.path.name.split("-", 1)[1]

    def discard(self) -> None:
        """Forget the file again, if this upload brought it."""
        if self.new_file:
            self.path.unlink(missing_ok=True)


def read_upload(settings: Settings, data: bytes, filename: str) -> Upload:
    """Keep an uploaded file and read its text; LoaderError (422) at once when it cannot be read."""
    if len(data) > settings.max_upload_bytes:
        raise PayloadTooLarge(
            f"Filen är större än gränsen på {settings.max_upload_bytes:,} byte".replace(",", " ")
        )
    path = stored_path(settings, data, filename)
    name = path.name.split("-", 1)[1]
    existed = path.exists()
    write_atomic(path, data)
    try:
        loaded = parse_document(data, name, path=path.name)
    except LoaderError:
        if not existed:
            path.unlink(missing_ok=True)
        raise
    except (RecursionError, Exception) as exc:  # a reader bug must not become a 500
        if not existed:
            path.unlink(missing_ok=True)
        raise UnreadableDocument(name, f"oväntat fel vid läsning ({type(exc).__name__})") from exc
    return Upload(loaded=loaded, path=path, new_file=not existed)


def _result(store: GraphStore, document_id: str, status: UploadStatus) -> UploadResult:
    graph = store.document_graph(document_id)
    return UploadResult(
        document=store.document(document_id),
        status=status,
        entities=len(graph.entities),
        relations=len(graph.relations),
    )


def already_stored(store: GraphStore, settings: Settings, upload: Upload) -> UploadResult | None:
    """The stored document when the same file was read in before (an upload again is a no-op)."""
    document = upload.loaded.document
    try:
        stored = store.document(document.id)
        if stored != document:
            return None
        keep_one_original(
            settings, upload.path, names_erased(store, settings, upload.loaded.text)
        )  # erasure: one copy of the bytes, or none
        return _result(store, document.id, UploadStatus.UNCHANGED)
    except DocumentNotFound:
        return None
    except BaseException:  # the store cannot be asked (503): the upload is not kept
        upload.discard()
        raise


def store_upload(
    store: GraphStore, settings: Settings, upload: Upload, report: Callable[[float, str], None] | None = None
) -> UploadResult:
    """Extract what a read upload says and store it; the file is forgotten again if this fails."""
    try:
        result = ingest_document(store, upload.loaded, redact=settings.redact_personal_data, report=report)
    except (LoaderError, SamverkanError, OSError):  # OSError: the store could not write
        upload.discard()
        raise
    except (RecursionError, Exception) as exc:  # an extraction bug fails the job, clearly
        upload.discard()
        raise UnreadableDocument(
            upload.filename, f"oväntat fel vid extraktion ({type(exc).__name__})"
        ) from exc
    keep_one_original(
        settings, upload.path, names_erased(store, settings, upload.loaded.text)
    )  # erasure: one copy of the bytes, or none (KEEP_ORIGINALS)
    if result.documents_added:
        status = UploadStatus.ADDED
    elif result.documents_replaced:
        status = UploadStatus.REPLACED
    else:
        status = UploadStatus.UNCHANGED
    return _result(store, upload.loaded.document.id, status)


def delete(store: GraphStore, settings: Settings, document_id: str) -> None:
    """Remove a document, what only it said, and every kept copy of its uploaded original."""
    document = store.document(document_id)
    remove_document(store, document_id)
    remove_originals(settings, document)
