"""From the bytes of a file to its plain text, one function per format.

Parsers have had denial-of-service bugs, so each reader bounds what it unpacks: DOCX
parts are checked against their declared sizes before they are read, PDFs against a
page limit, and every text against a character limit.
"""

from __future__ import annotations

import io
import re
import unicodedata
import warnings
import zipfile
from collections.abc import Callable

from loaders.errors import DocumentTooLarge, UnreadableDocument, UnsupportedFormat

MAX_TEXT_CHARS = 20_000_000
MAX_DOCX_UNPACKED = 50_000_000
MAX_PDF_PAGES = 2_000

_BLOCK_TAGS_TO_DROP = (
    "script",
    "style",
    "noscript",
    "nav",
    "header",
    "footer",
    "aside",
    "form",
    "template",
    "svg",
    "iframe",
)
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f]")


def decode_text(data: bytes, source: str) -> str:
    """A BOM, then strict UTF-8, then cp1252 (Swedish Windows text); no guessing on short text."""
    if data.startswith(b"\xef\xbb\xbf"):
        text = data[3:].decode("utf-8", errors="replace")
    elif data.startswith((b"\xff\xfe", b"\xfe\xff")):
        text = data.decode("utf-16")
    else:
        try:
            text = data.decode("utf-8")
        except UnicodeDecodeError:
            text = data.decode("cp1252", errors="replace")
    if "\x00" in text[:4096]:
        raise UnreadableDocument(source, "filen ser ut att vara binär, inte text")
    return clean_text(text)


def clean_text(text: str) -> str:
    """NFC, one kind of line ending, no control characters."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    return _CONTROL.sub("", text)


def read_plain(data: bytes, source: str) -> str:
    return decode_text(data, source)


def read_html(data: bytes, source: str) -> str:
    from bs4 import BeautifulSoup

    markup = decode_text(data, source)
    soup = BeautifulSoup(markup, "lxml")
    for tag in soup(list(_BLOCK_TAGS_TO_DROP)):
        tag.decompose()
    root = soup.find("main") or soup.find("article") or soup.body or soup
    for br in root.find_all("br"):
        br.replace_with("\n")
    blocks = []
    for element in root.find_all(
        ["h1", "h2", "h3", "h4", "h5", "h6", "p", "li", "td", "th", "blockquote", "pre", "dt", "dd"]
    ):
        if element.find(["p", "li", "td", "h1", "h2", "h3"]):
            continue
        text = " ".join(element.get_text(" ").split())
        if text:
            blocks.append(text)
    if not blocks:
        blocks = [line.strip() for line in root.get_text("\n").splitlines() if line.strip()]
    title = soup.title.get_text(strip=True) if soup.title else ""
    if title and (not blocks or blocks[0] != title) and not root.find("h1"):
        blocks.insert(0, title)
    return clean_text("\n\n".join(blocks))


def read_pdf(data: bytes, source: str) -> str:
    from pypdf import PdfReader
    from pypdf.errors import PdfReadError

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            reader = PdfReader(io.BytesIO(data), strict=False)
            if reader.is_encrypted:
                raise UnreadableDocument(source, "PDF-filen är krypterad")
            if len(reader.pages) > MAX_PDF_PAGES:
                raise DocumentTooLarge(source, f"PDF-filen har fler än {MAX_PDF_PAGES} sidor")
            pages = []
            total = 0
            for page in reader.pages:
                text = page.extract_text() or ""
                total += len(text)
                if total > MAX_TEXT_CHARS:
                    raise DocumentTooLarge(source, "PDF-filen innehåller för mycket text")
                pages.append(text)
    except (PdfReadError, ValueError, KeyError, TypeError, AttributeError, OSError) as exc:
        raise UnreadableDocument(source, f"PDF-filen går inte att läsa ({exc})") from exc
    text = clean_text("\n\n".join(pages))
    if not text.strip():
        raise UnreadableDocument(source, "PDF-filen innehåller ingen text (skannad bild?)")
    return text


def read_docx(data: bytes, source: str) -> str:
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            declared = sum(info.file_size for info in archive.infolist())
            if declared > MAX_DOCX_UNPACKED:
                raise DocumentTooLarge(
                    source,
                    f"DOCX-filen packas upp till {declared // 1_000_000} MB, gränsen är {MAX_DOCX_UNPACKED // 1_000_000} MB",
                )
    except zipfile.BadZipFile as exc:
        raise UnreadableDocument(source, "DOCX-filen är inte ett giltigt zip-arkiv") from exc
    import docx

    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx raises many kinds on broken parts
        raise UnreadableDocument(source, f"DOCX-filen går inte att läsa ({type(exc).__name__})") from exc
    blocks = [p.text for p in document.paragraphs if p.text.strip()]
    for table in document.tables:
        for row in table.rows:
            cells = [c.text.strip() for c in row.cells if c.text.strip()]
            if cells:
                blocks.append(" | ".join(cells))
    return clean_text("\n\n".join(blocks))


READERS: dict[str, Callable[[bytes, str], str]] = {
    ".txt": read_plain,
    ".md": read_plain,
    ".text": read_plain,
    ".html": read_html,
    ".htm": read_html,
    ".pdf": read_pdf,
    ".docx": read_docx,
}


def reader_for(suffix: str, source: str) -> Callable[[bytes, str], str]:
    try:
        return READERS[suffix.lower()]
    except KeyError:
        known = ", ".join(sorted(READERS))
        raise UnsupportedFormat(
            source, f"formatet '{suffix or 'utan ändelse'}' stöds inte (stöds: {known})"
        ) from None
