"""A document as the explorer shows it: its text with the evidence sentences marked, and its address.

The text is read again from the file the document came from (when it is still there), with
personal data replaced as in stored evidence unless the setting keeps it. Each evidence
sentence of the document is found in the text and marked; the one asked for (`mark`) is
scrolled to. Every text reaches the page HTML-escaped.
"""

from __future__ import annotations

import html
from dataclasses import dataclass
from pathlib import Path

from api.erased_names import scrub_erased
from graph.model import Document
from graph.store import GraphStore

MAX_CHARS = 400_000


@dataclass(frozen=True)
class Passage:
    text: str
    marked: bool
    chosen: bool = False


def document_text(doc: Document, redact: bool) -> str | None:
    """The document's text from its file, or None when the file is gone or unreadable."""
    if not doc.path or not Path(doc.path).is_file():
        return None
    from loaders.errors import LoaderError
    from loaders.reading.privacy import redact as redact_text
    from loaders.reading.read import read_document

    try:
        text = read_document(Path(doc.path)).text[:MAX_CHARS]
    except (LoaderError, OSError):
        return None
    return redact_text(text) if redact else text


def passages(text: str, sentences: list[str], chosen: str | None) -> list[Passage]:
    """The text cut into plain and marked passages, at the first place each sentence occurs."""
    spans: list[tuple[int, int, bool]] = []
    for sentence in dict.fromkeys(s for s in sentences if s.strip()):
        at = text.find(sentence)
        if at < 0:
            continue
        if all(at >= end or at + len(sentence) <= start for start, end, _ in spans):
            spans.append((at, at + len(sentence), sentence == chosen))
    spans.sort()
    parts: list[Passage] = []
    pos = 0
    for start, end, is_chosen in spans:
        if start > pos:
            parts.append(Passage(text[pos:start], False))
        parts.append(Passage(text[start:end], True, is_chosen))
        pos = end
    if pos < len(text):
        parts.append(Passage(text[pos:], False))
    return parts


def render_document_page(store: GraphStore, document_id: str, mark: str | None, redact: bool) -> str:
    doc = store.document(document_id)
    graph = store.document_graph(document_id)
    sentences = [ev.text for r in graph.relations for ev in r.evidence if ev.document == document_id]
    text = document_text(doc, redact)
    if text:
        text = scrub_erased(store, text)  # the file may still name a person erased since
    esc = html.escape
    address = doc.source_url or ""
    meta = " · ".join(p for p in (doc.date.isoformat() if doc.date else "odaterat", doc.publisher or "") if p)
    head = [
        '<!DOCTYPE html><html lang="sv"><head><meta charset="utf-8">',
        '<meta name="viewport" content="width=device-width, initial-scale=1">',
        f"<title>{esc(doc.title or doc.id)}</title>",
        '<link rel="stylesheet" href="/explorer/explorer.css"></head><body class="document-page">',
        '<p><a href="/">← Till utforskaren</a></p>',
        f"<h1>{esc(doc.title or doc.id)}</h1><p class='muted'>{esc(meta)}</p>",
    ]
    if address.startswith(("http://", "https://")):
        head.append(f'<p>Original: <a href="{esc(address)}" rel="noopener noreferrer">{esc(address)}</a></p>')
    elif doc.path:
        head.append(f"<p class='muted'>Fil: {esc(doc.path)}</p>")
    body: list[str] = []
    if text is None:
        body.append(
            "<p class='muted'>Texten finns inte längre kvar; här är meningarna som relationerna bygger på.</p>"
        )
        body += [f"<p><mark>{esc(s)}</mark></p>" for s in dict.fromkeys(sentences)]
    else:
        body.append('<div id="document-text">')
        for part in passages(text, sentences, mark):
            if not part.marked:
                body.append(esc(part.text))
            elif part.chosen:
                body.append(f'<mark id="chosen" class="chosen">{esc(part.text)}</mark>')
            else:
                body.append(f"<mark>{esc(part.text)}</mark>")
        body.append("</div>")
    return "".join(head + body) + "</body></html>"
