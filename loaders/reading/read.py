"""Reading files into documents: the one entry point for the CLI and the API."""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from pathlib import Path

from graph.model import Document
from loaders.errors import DocumentTooLarge, LoaderError, UnreadableDocument
from loaders.reading.dates import find_date
from loaders.reading.formats import MAX_TEXT_CHARS, READERS, decode_text, reader_for
from loaders.reading.metadata import find_kind, find_title
from loaders.reading.privacy import redact
from loaders.reading.sources import SourceHints, html_hints, sidecar_hints

MAX_FILE_BYTES = 100_000_000


@dataclass(frozen=True)
class LoadedDocument:
    document: Document
    text: str


def parse_document(
    data: bytes, name: str, path: str | None = None, hints: SourceHints | None = None
) -> LoadedDocument:
    """A document from the bytes of a file called `name` (its suffix tells the format).

    Title, date, publisher and address come from `hints` (a sidecar's) where given, then from
    what a web page says of itself, then from the text.
    """
    if len(data) > MAX_FILE_BYTES:
        raise DocumentTooLarge(name, f"filen är större än {MAX_FILE_BYTES // 1_000_000} MB")
    reader = reader_for(Path(name).suffix, name)
    text = reader(data, name)
    if len(text) > MAX_TEXT_CHARS:
        raise DocumentTooLarge(name, f"texten är längre än {MAX_TEXT_CHARS:,} tecken")
    if not text.strip():
        raise UnreadableDocument(name, "dokumentet innehåller ingen text")
    # The id comes from the content: the same text gives the same id wherever it comes from.
    digest = hashlib.sha256(text.encode("utf-8")).hexdigest()
    known = SourceHints()
    if Path(name).suffix.lower() in (".html", ".htm"):
        known = html_hints(decode_text(data, name))
    known = known.overridden_by(hints or SourceHints())
    document = Document(
        id=digest[:16],
        # A title is a label shown everywhere, never evidence: no phone number or e-mail in it.
        title=redact(known.title or find_title(text, fallback=Path(name).stem)),
        date=known.date or find_date(text),
        path=path or name,
        publisher=known.publisher,
        source_url=known.source_url,
        kind=find_kind(text),
        content_hash=digest,
    )
    return LoadedDocument(document=document, text=text)


def read_document(path: Path) -> LoadedDocument:
    """Read one file; LoaderError names the file and the reason when it cannot be read."""
    source = str(path)
    try:
        size = path.stat().st_size
        if size > MAX_FILE_BYTES:
            raise DocumentTooLarge(source, f"filen är större än {MAX_FILE_BYTES // 1_000_000} MB")
        data = path.read_bytes()
    except OSError as exc:
        raise UnreadableDocument(source, exc.strerror or str(exc)) from exc
    return parse_document(data, path.name, path=source, hints=sidecar_hints(path))


def expand_paths(paths: Iterable[Path]) -> list[Path]:
    """Files given, and the readable files in the folders given (recursively), sorted."""
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found.extend(
                p
                for p in sorted(path.rglob("*"))
                if p.is_file() and p.suffix.lower() in READERS and not p.name.startswith(".")
            )
        else:
            found.append(path)
    return found


@dataclass(frozen=True)
class ReadFailure:
    path: str
    reason: str


def read_many(paths: Iterable[Path]) -> Iterator[LoadedDocument | ReadFailure]:
    """Each file read in turn; a file that fails is reported and the rest go on."""
    for path in paths:
        try:
            yield read_document(path)
        except LoaderError as exc:
            yield ReadFailure(path=str(path), reason=exc.reason)
