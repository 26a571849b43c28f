"""A lägesbild as a Word document (python-docx): headings, the map, tables and quoted sources."""

from __future__ import annotations

import io

from docx import Document as WordDocument
from docx.opc.constants import RELATIONSHIP_TYPE
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.text.paragraph import Paragraph

from graph.report_content import Briefing, Row

TABLE_HEAD = ("Relation", "Motpart", "Typ", "Källor", "Först", "Senast")


def write_docx(briefing: Briefing, picture_png: bytes | None) -> bytes:
    """The briefing as DOCX bytes; the picture is set 16 cm wide, the text width of an A4 page."""
    doc = WordDocument()
    style = doc.styles["Normal"]
    style.font.name = "Calibri"
    style.font.size = Pt(10.5)
    doc.core_properties.title = briefing.title
    doc.core_properties.language = "sv-SE"
    doc.add_heading(briefing.title, level=0)
    doc.add_paragraph(f"{briefing.summary} Sammanställd {briefing.generated.isoformat()} av Samverkan.")
    if picture_png:
        doc.add_heading("Nätverket", level=1)
        doc.add_picture(io.BytesIO(picture_png), width=Cm(16))
    _table(doc, "Samverkar med", briefing.partners)
    _table(doc, "Insatser och initiativ", briefing.initiatives, amounts=True)
    _table(doc, "Kriminella grupper och platser", briefing.groups_and_places)
    if briefing.changes:
        doc.add_heading("Förändringar under perioden", level=1)
        for change in briefing.changes:
            doc.add_paragraph(change, style="List Bullet")
    doc.add_heading("Källor", level=1)
    if not briefing.statements:
        doc.add_paragraph("Inga påståenden med källa under perioden.")
    for st in briefing.statements:
        para = doc.add_paragraph(style="List Number")
        para.add_run(st.claim + ". ").bold = True
        para.add_run(f"»{st.quote}«").italic = True
        web = st.web_address
        source = ", ".join(p for p in (st.title, st.date, st.publisher, None if web else st.address) if p)
        para.add_run(f" Källa: {source}" + (", " if web else "."))
        if web:
            _hyperlink(para, web)
            para.add_run(".")
    buffer = io.BytesIO()
    doc.save(buffer)
    return buffer.getvalue()


def _hyperlink(paragraph: Paragraph, url: str) -> None:
    """A clickable address (python-docx writes hyperlinks only through its XML layer)."""
    rel_id = paragraph.part.relate_to(url, RELATIONSHIP_TYPE.HYPERLINK, is_external=True)
    link = OxmlElement("w:hyperlink")
    link.set(qn("r:id"), rel_id)
    run = OxmlElement("w:r")
    props = OxmlElement("w:rPr")
    style = OxmlElement("w:rStyle")
    style.set(qn("w:val"), "Hyperlink")
    color = OxmlElement("w:color")
    color.set(qn("w:val"), "0563C1")
    underline = OxmlElement("w:u")
    underline.set(qn("w:val"), "single")
    props.extend([style, color, underline])
    text = OxmlElement("w:t")
    text.text = url
    run.extend([props, text])
    link.append(run)
    paragraph._p.append(link)


def _table(doc: WordDocument, heading: str, rows: list[Row], *, amounts: bool = False) -> None:
    doc.add_heading(heading, level=1)
    if not rows:
        doc.add_paragraph("Inga kända.")
        return
    head = (*TABLE_HEAD, "Belopp") if amounts else TABLE_HEAD
    table = doc.add_table(rows=1, cols=len(head))
    table.style = "Light Grid Accent 1"
    for cell, text in zip(table.rows[0].cells, head, strict=True):
        cell.text = text
    for row in rows:
        values = [row.relation, row.counterpart, row.counterpart_type, str(row.sources), row.first, row.last]
        if amounts:
            values.append(row.amount)
        for cell, text in zip(table.add_row().cells, values, strict=True):
            cell.text = text
