"""The Word briefing: real named styles only, so a user restyles it in Word or in reference.docx."""

from __future__ import annotations

import io
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.shared import Pt, RGBColor

from briefing.errors import BriefingError
from briefing.model import Briefing, Section

CITATION_STYLE = "Citation"
SOURCES_TABLE_STYLES = ("Light List Accent 1", "Table Grid")
DASH = "\u2014"


def ensure_styles(document: docx.document.Document) -> None:
    """Add the styles the briefing uses when the base document lacks them (a user's reference.docx may)."""
    styles = document.styles
    names = {s.name for s in styles}
    if CITATION_STYLE not in names:
        citation = styles.add_style(CITATION_STYLE, WD_STYLE_TYPE.CHARACTER)
        citation.base_style = styles["Default Paragraph Font"] if "Default Paragraph Font" in names else None
        citation.font.italic = True
        citation.font.size = Pt(9)
        citation.font.color.rgb = RGBColor(0x59, 0x59, 0x59)
    for needed, kind in (("Title", WD_STYLE_TYPE.PARAGRAPH), ("Subtitle", WD_STYLE_TYPE.PARAGRAPH),
                         ("Heading 1", WD_STYLE_TYPE.PARAGRAPH), ("List Bullet", WD_STYLE_TYPE.PARAGRAPH)):
        if needed not in names:
            styles.add_style(needed, kind)


def base_document(reference: Path | None) -> docx.document.Document:
    """A new document with the reference's styles, page set-up, header and footer, and an empty body."""
    if reference is None:
        return docx.Document()
    try:
        document = docx.Document(str(reference))
    except Exception as exc:  # python-docx raises several types for a broken package
        raise BriefingError(reference, f"unreadable reference.docx ({exc.__class__.__name__})") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


def render_docx(briefing: Briefing, reference: Path | None = None) -> bytes:
    """The briefing as .docx bytes."""
    document = base_document(reference)
    ensure_styles(document)
    document.core_properties.title = briefing.title
    document.core_properties.subject = briefing.date_line
    document.core_properties.author = "briefing"
    document.add_paragraph(briefing.title, style="Title")
    if briefing.date_line:
        document.add_paragraph(briefing.date_line, style="Subtitle")
    for section in briefing.sections:
        if section.kind == "sources":
            add_sources(document, briefing, section.title)
        elif section.lines:
            add_section(document, section)
    if briefing.explain:
        add_explanation(document, briefing)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()


def add_section(document: docx.document.Document, section: Section) -> None:
    """A heading, an optional intro, then one bullet per item ending with its citation."""
    document.add_paragraph(section.title, style="Heading 1")
    if section.intro:
        document.add_paragraph(section.intro, style="Normal")
    for line in section.lines:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(line.text)
        if line.citation:
            paragraph.add_run(f" {DASH} {line.citation}", style=CITATION_STYLE)


def table_style(document: docx.document.Document) -> str | None:
    """The first of our table styles the document has (a user's reference.docx may have none)."""
    names = {s.name for s in document.styles}
    return next((s for s in SOURCES_TABLE_STYLES if s in names), None)


def add_explanation(document: docx.document.Document, briefing: Briefing) -> None:
    """An appendix: for every item, its score, the signals behind it and its section similarity."""
    document.add_paragraph("How items were chosen", style="Heading 1")
    document.add_paragraph(
        "Score = salience × corroboration × position × standalone. Salience: outlet-weighted concept coverage "
        "(0-1). Voices: independent outlets telling the fact. Similarity: to the section the item was assigned to.",
        style="Normal")
    columns = ("Item", "Section", "Score", "Salience", "Voices", "Corroboration", "Position", "Standalone", "Similarity")
    table = document.add_table(rows=1, cols=len(columns), style=table_style(document))
    for cell, text in zip(table.rows[0].cells, columns, strict=True):
        cell.text = text
    for section in briefing.sections:
        for line in section.lines:
            if line.item is None:
                continue
            item = line.item
            words = item.text.split()
            signals = item.signals
            values = (" ".join(words[:12]) + ("…" if len(words) > 12 else ""), section.title,
                      f"{item.score:.3f}", f"{signals.get('salience', 0):.3f}", str(signals.get("voices", "")),
                      f"{signals.get('corroboration', 0):.2f}", f"{signals.get('position', 0):.2f}",
                      f"{signals.get('standalone', 0):.1f}", f"{getattr(line, 'similarity', 0.0):.3f}")
            for cell, text in zip(table.add_row().cells, values, strict=True):
                cell.text = text


def add_sources(document: docx.document.Document, briefing: Briefing, title: str) -> None:
    """The sources appendix: outlet, headline, date and file of every source."""
    document.add_paragraph(title, style="Heading 1")
    table = document.add_table(rows=1, cols=4, style=table_style(document))
    for cell, text in zip(table.rows[0].cells, ("Outlet", "Headline", "Date", "File"), strict=True):
        cell.text = text
    for source in briefing.sources:
        row = table.add_row().cells
        row[0].text = source.outlet
        row[1].text = source.headline or "(no headline)"
        row[2].text = source.date or "unknown"
        row[3].text = source.path.name
