"""A lägesbild as PDF (fpdf2): the same parts as the Word document, in DejaVu Sans.

fpdf2 is pure Python (with Pillow and fontTools), needs no system libraries and writes a
briefing in well under a second; the font is the DejaVu Sans that matplotlib ships, so
Swedish letters and quotation marks print on any machine.
"""

from __future__ import annotations

import io
from pathlib import Path

import matplotlib
from fpdf import FPDF
from fpdf.fonts import FontFace

from graph.report_content import Briefing, Row
from graph.report_docx import TABLE_HEAD

_FONTS = Path(matplotlib.get_data_path()) / "fonts" / "ttf"
WIDTH_MM = 160.0


def write_pdf(briefing: Briefing, picture_png: bytes | None) -> bytes:
    """The briefing as PDF bytes on A4, the picture 16 cm wide."""
    pdf = FPDF(format="A4", unit="mm")
    pdf.set_margins(25, 20, 25)
    pdf.set_auto_page_break(True, margin=20)
    pdf.add_font("DejaVu", "", str(_FONTS / "DejaVuSans.ttf"))
    pdf.add_font("DejaVu", "B", str(_FONTS / "DejaVuSans-Bold.ttf"))
    pdf.add_font("DejaVu", "I", str(_FONTS / "DejaVuSans-Oblique.ttf"))
    pdf.set_title(briefing.title)
    pdf.set_lang("sv-SE")
    pdf.set_creator("Samverkan")
    pdf.add_page()
    pdf.set_font("DejaVu", "B", 18)
    pdf.multi_cell(0, 9, briefing.title, new_x="LMARGIN", new_y="NEXT")
    _text(pdf, f"{briefing.summary} Sammanställd {briefing.generated.isoformat()} av Samverkan.")
    if picture_png:
        _heading(pdf, "Nätverket")
        pdf.image(io.BytesIO(picture_png), w=WIDTH_MM)
    _table(pdf, "Samverkar med", briefing.partners)
    _table(pdf, "Insatser och initiativ", briefing.initiatives, amounts=True)
    _table(pdf, "Kriminella grupper och platser", briefing.groups_and_places)
    if briefing.changes:
        _heading(pdf, "Förändringar under perioden")
        for change in briefing.changes:
            _text(pdf, "• " + change)
    _heading(pdf, "Källor")
    if not briefing.statements:
        _text(pdf, "Inga påståenden med källa under perioden.")
    for n, st in enumerate(briefing.statements, 1):
        pdf.set_font("DejaVu", "B", 9.5)
        pdf.multi_cell(0, 5, f"{n}. {st.claim}", new_x="LMARGIN", new_y="NEXT")
        pdf.set_font("DejaVu", "I", 9.5)
        pdf.multi_cell(0, 5, f"»{st.quote}«", align="L", new_x="LMARGIN", new_y="NEXT")
        web = st.web_address
        source = ", ".join(p for p in (st.title, st.date, st.publisher, st.address) if p)
        _text(pdf, f"Källa: {source}", size=8.5, link=web or "")
    return bytes(pdf.output())


def _heading(pdf: FPDF, text: str) -> None:
    pdf.ln(3)
    pdf.set_font("DejaVu", "B", 13)
    pdf.multi_cell(0, 7, text, new_x="LMARGIN", new_y="NEXT")
    pdf.ln(1)


def _text(pdf: FPDF, text: str, size: float = 10, link: str = "") -> None:
    pdf.set_font("DejaVu", "", size)
    pdf.multi_cell(0, size * 0.5, text, align="L", new_x="LMARGIN", new_y="NEXT", link=link)
    pdf.ln(1)


def _table(pdf: FPDF, heading: str, rows: list[Row], *, amounts: bool = False) -> None:
    _heading(pdf, heading)
    if not rows:
        _text(pdf, "Inga kända.")
        return
    head = (*TABLE_HEAD, "Belopp") if amounts else TABLE_HEAD
    widths = (26, 38, 20, 11, 22, 22, 21) if amounts else (30, 46, 24, 12, 24, 24)
    pdf.set_font("DejaVu", "", 8.5)
    with pdf.table(
        col_widths=widths[: len(head)],
        headings_style=FontFace(emphasis="BOLD", fill_color=(225, 232, 240)),
        line_height=4.5,
        text_align="LEFT",
    ) as table:
        table.row(head)
        for row in rows:
            values = [
                row.relation,
                row.counterpart,
                row.counterpart_type,
                str(row.sources),
                row.first,
                row.last,
            ]
            if amounts:
                values.append(row.amount)
            table.row(values)
