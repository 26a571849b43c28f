"""Titles, dates and web addresses of documents: from the text, the page and sidecar files.

Every example is made up: invented places (Exempelby, Norrvik), people and addresses.
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest

from loaders.errors import UnreadableDocument
from loaders.reading.dates import find_date
from loaders.reading.read import parse_document, read_document

BODY = "Polisen i Exempelby samverkar med kommunen mot klotter i centrum."


def title_of(text: str) -> str:
    return parse_document(text.encode(), "sida.txt").document.title


@pytest.mark.parametrize(
    ("text", "title"),
    [
        # A site's breadcrumb trail before the heading.
        (
            f"• / Aktuellt\n  • / Fler vuxna ute i Norrvik\n\nFler vuxna ute i Norrvik\n\n{BODY}",
            "Fler vuxna ute i Norrvik",
        ),
        (f"Start / Nyheter / Trygghet\n\nNattvandrare i Exempelby\n\n{BODY}", "Nattvandrare i Exempelby"),
        (f"Nyheter\n\nStart\n\nKameror vid stationen\n\n{BODY}", "Kameror vid stationen"),
        # A municipal protocol: letterhead, body, date and label before the item's heading.
        (
            f"Exempelby kommun\nSocial- och omsorgsnämnden\n2022-03-14\n\nPROTOKOLL\n\n"
            f"Ärende 5: Samverkan mot langning till unga\n\n{BODY}",
            "Samverkan mot langning till unga",
        ),
        (f"§ 12 Lägesbild för centrum\n\n{BODY}", "Lägesbild för centrum"),
        # A header and a page number repeated on every page of a PDF.
        (
            f"Norrviks kommun\n\nHandlingsplan för ett tryggare Norrvik 2023–2025\n\n{BODY}\n\n"
            f"Sida 1 av 2\n\nNorrviks kommun\n\nMer text om planen.\n\nSida 2 av 2",
            "Handlingsplan för ett tryggare Norrvik 2023–2025",
        ),
        # A date line is not a heading.
        (f"Publicerad 09:15, 3 feb 2022\n\nUngdomsgård öppnar igen\n\n{BODY}", "Ungdomsgård öppnar igen"),
        # A heading that names a body is still a heading when it says more.
        (f"Protokoll från nämnden\n\n{BODY}", "Protokoll från nämnden"),
        # Nothing but furniture: the first line rather than nothing.
        ("Exempelby kommun\n\n", "Exempelby kommun"),
    ],
)
def test_the_title_is_the_documents_own_heading(text: str, title: str) -> None:
    assert title_of(text) == title


TODAY = dt.date(2024, 6, 1)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rubrik\n\nPublicerad 12 mars 2021\n\nText från 2019-01-01.", dt.date(2021, 3, 12)),
        ("Rubrik\n\nUppdaterad: 2021-03-12\n\nText.", dt.date(2021, 3, 12)),
        ("Rubrik\nUppdaterad 2022-01-05\nPublicerad 2021-11-30\nText.", dt.date(2021, 11, 30)),
        ("Protokoll\n\nSammanträdesdatum 2021-03-12\n\nParagraf 4 från 2020-05-05.", dt.date(2021, 3, 12)),
        # A dateline: the year is the latest the text names.
        ("Rubrik\n\nNORRVIK 12 mars (TT)\nKommunen fick under 2022 fler anmälningar.", dt.date(2022, 3, 12)),
        ("Rubrik\n\nNORRVIK 12 mars (TT)\nKommunen fick fler anmälningar.", None),
        # A weekday tells the year: the latest 24 September on a Monday not after today.
        ("Rubrik\n\nMÅNDAG 24 SEP\n\nIdag skriver jag om trygghet.", dt.date(2018, 9, 24)),
        ("Rubrik\n\nTisdag den 3 oktober\n\nText.", dt.date(2023, 10, 3)),
        # A day and month in running text is no date of the document.
        ("Rubrik\n\nDen 12 mars träffades rådet.", None),
    ],
)
def test_dates_read_from_the_text(text: str, expected: dt.date | None) -> None:
    assert find_date(text, today=TODAY) == expected


def test_a_web_page_keeps_its_address_date_and_site() -> None:
    page = """<html><head><title>Fältgrupp i Norrvik | Norrviks kommun</title>
    <link rel="canonical" href="https://www.norrvik.example/nyheter/faltgrupp">
    <meta property="og:url" content="https://www.norrvik.example/annat">
    <meta property="og:site_name" content="Norrviks kommun">
    <meta property="article:published_time" content="2023-04-05T08:00:00+02:00">
    </head><body><nav>Start / Nyheter</nav><main><h1>Fältgrupp i Norrvik</h1>
    <p>Kommunen startar en fältgrupp tillsammans med polisen.</p></main></body></html>"""
    document = parse_document(page.encode(), "faltgrupp.html").document
    assert document.title == "Fältgrupp i Norrvik"
    assert document.source_url == "https://www.norrvik.example/nyheter/faltgrupp"
    assert document.date == dt.date(2023, 4, 5)
    assert document.publisher == "Norrviks kommun"


def test_og_url_and_time_tag_when_there_is_no_canonical_link() -> None:
    page = """<html><head><meta property="og:url" content="https://tidning.example/a/123">
    <meta property="og:url" content="javascript:alert(1)"></head>
    <body><article><h1>Ny polisstation</h1><time datetime="2020-10-01">1 oktober</time>
    <p>Polisen öppnar en station i Exempelby.</p></article></body></html>"""
    document = parse_document(page.encode(), "station.html").document
    assert document.source_url == "https://tidning.example/a/123"
    assert document.date == dt.date(2020, 10, 1)


def test_a_page_without_an_absolute_web_address_has_none() -> None:
    page = '<html><head><link rel="canonical" href="/relativ/sida"></head><body><h1>Rubrik här</h1></body></html>'
    assert parse_document(page.encode(), "sida.html").document.source_url is None


def test_sidecar_url_files(tmp_path: Path) -> None:
    plain = tmp_path / "nyhet.txt"
    plain.write_text(f"Klotter minskar i Exempelby\n\n{BODY}", encoding="utf-8")
    (tmp_path / "nyhet.url").write_text("\nhttps://exempelby.example/klotter\n", encoding="utf-8")
    assert read_document(plain).document.source_url == "https://exempelby.example/klotter"
    shortcut = tmp_path / "rapport.pdf"
    shortcut.write_bytes(b"")  # never read: the shortcut alone is under test
    (tmp_path / "rapport.pdf.url").write_text(
        "[InternetShortcut]\r\nURL=https://norrvik.example/rapport.pdf\r\nIconIndex=0\r\n", encoding="utf-8"
    )
    from loaders.reading.sources import sidecar_hints

    assert sidecar_hints(shortcut).source_url == "https://norrvik.example/rapport.pdf"


def test_a_meta_json_sidecar_wins_over_the_text(tmp_path: Path) -> None:
    path = tmp_path / "protokoll.txt"
    path.write_text(f"Exempelby kommun\n2020-01-01\n\nÄrende 1: Trygghet\n\n{BODY}", encoding="utf-8")
    meta = {
        "url": "https://exempelby.example/p/1",
        "title": "Protokoll 2020",
        "date": "2020-02-02",
        "publisher": "Exempelby kommun",
    }
    (tmp_path / "protokoll.txt.meta.json").write_text(json.dumps(meta), encoding="utf-8")
    document = read_document(path).document
    assert (document.source_url, document.title, document.date, document.publisher) == (
        "https://exempelby.example/p/1",
        "Protokoll 2020",
        dt.date(2020, 2, 2),
        "Exempelby kommun",
    )


@pytest.mark.parametrize(
    ("name", "content", "reason"),
    [
        ("a.url", "ftp://exempelby.example/fil", "a.url innehåller ingen webbadress"),
        ("a.url", "[InternetShortcut\nURL=x", "a.url är ingen giltig genväg"),
        ("a.meta.json", "{inte json", "a.meta.json är inte giltig JSON (rad 1)"),
        ("a.meta.json", '{"date": "förra året"}', "a.meta.json: fältet 'date' har fel form"),
        ("a.meta.json", '{"url": "exempelby.example"}', "a.meta.json: 'url' är ingen webbadress"),
    ],
)
def test_a_malformed_sidecar_is_a_clear_error(tmp_path: Path, name: str, content: str, reason: str) -> None:
    path = tmp_path / "a.txt"
    path.write_text(f"Rubrik\n\n{BODY}", encoding="utf-8")
    (tmp_path / name).write_text(content, encoding="utf-8")
    with pytest.raises(UnreadableDocument) as caught:
        read_document(path)
    assert reason in caught.value.reason


def test_sidecars_are_not_read_as_documents(tmp_path: Path) -> None:
    from loaders.reading.read import expand_paths

    (tmp_path / "a.txt").write_text(f"Rubrik\n\n{BODY}", encoding="utf-8")
    (tmp_path / "a.url").write_text("https://exempelby.example/a", encoding="utf-8")
    (tmp_path / "a.meta.json").write_text("{}", encoding="utf-8")
    assert [p.name for p in expand_paths([tmp_path])] == ["a.txt"]


def test_a_pdf_page_header_is_not_the_title() -> None:
    from fpdf import FPDF

    pdf = FPDF()
    pdf.set_font("helvetica", size=11)
    for page, body in enumerate(["Trygghetsvandring i Norrvik", "Fortsatt arbete under hösten"], 1):
        pdf.add_page()
        pdf.cell(0, 8, "Norrviks kommun", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, body, new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, "Polisen och kommunen gick runt i centrum.", new_x="LMARGIN", new_y="NEXT")
        pdf.cell(0, 8, f"Sida {page} av 2", new_x="LMARGIN", new_y="NEXT")
    document = parse_document(bytes(pdf.output()), "vandring.pdf").document
    assert document.title == "Trygghetsvandring i Norrvik"
