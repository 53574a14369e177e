"""The brief as a Word document (python-docx): the same sections as the HTML brief.

Text goes in as text runs, so markup in the data stays literal; URLs are written out,
never made into fields or links that could run anything.
"""

from __future__ import annotations

import io

from docx import Document
from docx.enum.section import WD_ORIENT
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor

from dashboard.brief import text
from dashboard.brief.images import ChartImage
from dashboard.brief.model import Brief, ClaimLine, EventBrief

HEADINGS = (text.OFFICIAL_HEADING, text.LOCAL_HEADING)
GREY = RGBColor(0x44, 0x44, 0x44)
BODY_FONT = "Noto Sans"
KOREAN_FONT = "Noto Sans CJK KR"  # Debian's fonts-noto-cjk; Word falls back if absent


def render_docx(brief: Brief, images: tuple[ChartImage, ...]) -> bytes:
    document = Document()
    _page(document)
    document.core_properties.title = brief.title
    document.core_properties.author = "Parallax"
    document.add_heading(brief.title, level=1)
    _para(document, brief.scope, grey=True)
    _para(document, brief.as_of, grey=True)
    for event in brief.events:
        _event(document, event)
    document.add_heading("Timeline and map", level=2)
    for image in images:
        if image.png is None:
            _para(document, image.text, grey=True)
        else:
            width = Cm(17.5) if "Timeline" in image.title else Cm(11)
            document.add_picture(io.BytesIO(image.png), width=width)
        _para(document, f"{image.title}. {image.caption}", grey=True, size=7.5)
    _sources(document, brief)
    document.add_heading("Caveats", level=2)
    for caveat in brief.caveats:
        _para(document, caveat, style="List Bullet")
    document.add_heading("Citations", level=2)
    for citation in brief.citations:
        _para(document, f"{text.citation_text(citation)} {text.url_text(citation.url)}")
    out = io.BytesIO()
    document.save(out)
    return out.getvalue()


def _page(document) -> None:
    section = document.sections[0]
    section.orientation = WD_ORIENT.PORTRAIT
    section.page_width, section.page_height = Cm(21), Cm(29.7)
    for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
        setattr(section, side, Cm(1.5))
    normal = document.styles["Normal"]
    normal.font.name = BODY_FONT
    normal.font.size = Pt(9)
    # Korean (East Asian) characters take the eastAsia font, not the Latin one.
    fonts = normal.element.get_or_add_rPr().get_or_add_rFonts()
    fonts.set(qn("w:eastAsia"), KOREAN_FONT)
    normal.paragraph_format.space_after = Pt(2)


def _para(container, content: str, grey: bool = False, bold: bool = False, size=None, style=None):
    paragraph = container.add_paragraph(style=style)
    run = paragraph.add_run(content)
    run.bold = bold
    if grey:
        run.font.color.rgb = GREY
    if size:
        run.font.size = Pt(size)
    return paragraph


def _event(document, event: EventBrief) -> None:
    document.add_heading(event.title, level=2)
    _para(document, " · ".join(p for p in (event.region, event.period) if p), grey=True)
    if event.description:
        _para(document, event.description)
    for sentence in event.discrepancy:
        _para(document, sentence, bold=True)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, HEADINGS, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    for official, local in event.rows:
        row = table.add_row().cells
        _cell(row[0], official)
        _cell(row[1], local)
    if event.not_listed:
        _para(document, event.not_listed, grey=True)
    status = _para(document, "")
    status.add_run("Status: ").bold = True
    status.add_run(f"{event.status} ")
    status.add_run("Corroboration: ").bold = True
    status.add_run(event.corroboration)
    for caveat in event.caveats:
        _para(document, caveat, style="List Bullet")


def _cell(cell, line: ClaimLine | None) -> None:
    if line is None:
        return
    cell.paragraphs[0].add_run(text.claim_head(line)).bold = True
    cell.add_paragraph(line.statement)
    if line.quote:
        cell.add_paragraph().add_run(f"“{line.quote}”").italic = True
    source = cell.add_paragraph().add_run(text.claim_source(line))
    source.font.size = Pt(7.5)
    source.font.color.rgb = GREY


def _sources(document, brief: Brief) -> None:
    document.add_heading("Sources", level=2)
    headings = ("Source", "Voice", "Grade", "Claims", "Credibility of its claims")
    table = document.add_table(rows=1, cols=len(headings))
    table.style = "Table Grid"
    for cell, heading in zip(table.rows[0].cells, headings, strict=True):
        cell.paragraphs[0].add_run(heading).bold = True
    for source in brief.sources:
        values = (source.label, source.voice, source.grade, str(source.claims), source.credibility)
        for cell, value in zip(table.add_row().cells, values, strict=True):
            cell.text = value
