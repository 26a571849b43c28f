"""Reading every supported format, and failing clearly on what cannot be read."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path

import pytest

from graph.model import DocumentKind
from loaders.errors import DocumentTooLarge, UnreadableDocument, UnsupportedFormat
from loaders.reading.read import ReadFailure, expand_paths, parse_document, read_document, read_many

SWEDISH = "Trygghetsarbete i Älvdalen\n\nKommunen och polisen samverkar mot brott i Åsen.\n"


def test_utf8_text(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_text(SWEDISH, encoding="utf-8")
    loaded = read_document(path)
    assert loaded.text.strip() == SWEDISH.strip()
    assert loaded.document.title == "Trygghetsarbete i Älvdalen"
    assert loaded.document.path == str(path)


def test_cp1252_and_mixed_line_endings(tmp_path: Path) -> None:
    path = tmp_path / "a.txt"
    path.write_bytes(SWEDISH.replace("\n", "\r\n", 1).encode("cp1252"))
    loaded = read_document(path)
    assert "Älvdalen" in loaded.text and "Åsen" in loaded.text
    assert "\r" not in loaded.text


def test_bom_is_dropped(tmp_path: Path) -> None:
    path = tmp_path / "a.md"
    path.write_bytes(b"\xef\xbb\xbf" + SWEDISH.encode("utf-8"))
    assert read_document(path).text.startswith("Trygghetsarbete")


def test_same_text_same_id_wherever_it_comes_from(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "b.txt").write_bytes(SWEDISH.encode("cp1252"))
    assert read_document(tmp_path / "a.txt").document.id == read_document(tmp_path / "b.txt").document.id


def test_html_main_text_without_scripts_and_navigation() -> None:
    page = b"""<html><head><title>Sida</title><script>alert('x')</script></head><body>
    <nav><a href='/'>Start</a> Meny</nav>
    <main><h1>Ny plan mot brott</h1><p>Kommunen antar en plan.</p><p>Polisen deltar.</p></main>
    <footer>Kontakt</footer></body></html>"""
    text = parse_document(page, "sida.html").text
    assert text.splitlines()[0] == "Ny plan mot brott"
    assert "Kommunen antar en plan." in text
    for absent in ("alert", "Meny", "Kontakt"):
        assert absent not in text


def test_docx() -> None:
    import docx

    document = docx.Document()
    document.add_heading("Protokoll från nämnden", level=1)
    document.add_paragraph("Socialnämnden beslutar att inrätta en avhopparverksamhet.")
    buffer = io.BytesIO()
    document.save(buffer)
    loaded = parse_document(buffer.getvalue(), "protokoll.docx")
    assert loaded.document.title == "Protokoll från nämnden"
    assert "avhopparverksamhet" in loaded.text


def test_pdf() -> None:
    import matplotlib

    matplotlib.use("Agg")
    import matplotlib.pyplot as plt

    fig = plt.figure()
    fig.text(0.1, 0.5, "Polisen samverkar med kommunen")
    buffer = io.BytesIO()
    fig.savefig(buffer, format="pdf")
    plt.close(fig)
    loaded = parse_document(buffer.getvalue(), "rapport.pdf")
    assert "Polisen samverkar med kommunen" in loaded.text


@pytest.mark.parametrize(
    ("name", "data", "error"),
    [
        ("tom.txt", b"", UnreadableDocument),
        ("blank.txt", b"   \n\n ", UnreadableDocument),
        ("skrap.txt", bytes(range(256)) * 20, UnreadableDocument),
        ("trasig.pdf", b"%PDF-1.7\n1 0 obj <<", UnreadableDocument),
        ("trasig.docx", b"PK\x03\x04 not really a zip", UnreadableDocument),
        ("bild.png", b"\x89PNG", UnsupportedFormat),
    ],
)
def test_unreadable_files_fail_with_a_reason(name: str, data: bytes, error: type[Exception]) -> None:
    with pytest.raises(error) as info:
        parse_document(data, name)
    assert name in str(info.value)


def test_docx_zip_bomb_is_refused_before_unpacking() -> None:
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", compression=zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("word/document.xml", b"\0" * 60_000_000)
    with pytest.raises(DocumentTooLarge):
        parse_document(buffer.getvalue(), "bomb.docx")


def test_a_batch_goes_on_past_a_broken_file(tmp_path: Path) -> None:
    (tmp_path / "a.txt").write_text(SWEDISH, encoding="utf-8")
    (tmp_path / "b.pdf").write_bytes(b"not a pdf")
    (tmp_path / "c.txt").write_text("Andra dokumentet\n\nText.", encoding="utf-8")
    results = list(read_many(expand_paths([tmp_path])))
    assert [type(r).__name__ for r in results] == ["LoadedDocument", "ReadFailure", "LoadedDocument"]
    failure = results[1]
    assert isinstance(failure, ReadFailure) and failure.path.endswith("b.pdf") and failure.reason


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rubrik\n\n2021-06-08\n\nText", dt.date(2021, 6, 8)),
        ("Rubrik\n• Publicerad 09:24, 1 apr 2021\nText 2019-01-01", dt.date(2021, 4, 1)),
        ("Rubrik\n\nStockholm den 1 april 2021. Text", dt.date(2021, 4, 1)),
        ("Rubrik\n\nUtan datum", None),
        ("Rubrik\n\n2021-02-30 är inget datum", None),
    ],
)
def test_swedish_dates(text: str, expected: dt.date | None) -> None:
    assert parse_document(text.encode(), "x.txt").document.date == expected


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("PROTOKOLLSANTECKNING\n\nÄrende 4: Trygghet", DocumentKind.PROTOCOL),
        ("Pressmeddelande\n\nFör mer information kontakta: Anna", DocumentKind.PRESS_RELEASE),
        ("Rubrik\n• Publicerad 10:00, 2 maj 2022\nFoto: Någon", DocumentKind.NEWS),
        ("Mitt inlägg\n\nIdag skriver jag om trygghet.\n\nLämna ett svar", DocumentKind.POLITICAL),
    ],
)
def test_kind(text: str, kind: DocumentKind) -> None:
    assert parse_document(text.encode(), "x.txt").document.kind == kind


def test_a_title_never_carries_personal_data() -> None:
    loaded = parse_document(
        "Ring Eva på 070-123 45 67 eller eva.ek@exempel.se\n\nPolisen samverkar med kommunen.\n".encode(),
        name="rapport.txt",
    )
    assert "070" not in loaded.document.title and "@" not in loaded.document.title
    assert "[telefonnummer]" in loaded.document.title
