"""The Word briefing: real named styles only, so a user restyles it in Word or in reference.docx."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
import zipfile
from pathlib import Path

import docx
from docx.enum.style import WD_STYLE_TYPE
from docx.oxml import parse_xml
from docx.oxml.ns import nsdecls, qn
from docx.shared import Emu, Inches, Pt, RGBColor

from briefing.errors import BriefingError
from briefing.guard import GENERATED_MARK
from briefing.model import Briefing
from briefing.render import (
    EXPLAIN_INTRO,
    EXPLAIN_TITLE,
    display_lines,
    display_name,
    explain_lines,
    inline,
    sanitize,
    table_outlet,
)
from briefing.template import MAX_REFERENCE_BYTES, check_package, read_regular_file

CITATION_STYLE = "Citation"
SOURCES_TABLE_STYLES = ("Light List Accent 1", "Table Grid")
DASH = "\u2014"
CORE_PROPERTY_CHARS = 255  # the OPC limit python-docx enforces on each core property
ZIP_EPOCH = dt.datetime(1980, 1, 1, tzinfo=dt.UTC)  # the earliest time a zip entry can carry
CHAR_WIDTH = Pt(5.5)  # average width of a character of table text, to size columns
CELL_PADDING = Pt(12)
LONGEST_UNBROKEN = 40  # a word longer than this (a long file name) may wrap; the others must not
DEFAULT_PAGE = (Inches(8.5), Inches(11), Inches(1))  # width, height, margins for a reference without page set-up


def render_docx(briefing: Briefing, reference: Path | None = None) -> bytes:
    """The briefing as .docx bytes: same input, same bytes (zip times fixed; dates from SOURCE_DATE_EPOCH)."""
    when = build_time()
    document = base_document(reference)
    ensure_styles(document)
    ensure_page_setup(document)
    set_properties(document, briefing, when)
    document.add_paragraph(inline(briefing.title), style="Title")
    if briefing.date_line:
        document.add_paragraph(inline(briefing.date_line), style="Subtitle")
    for section in briefing.sections:
        if section.kind == "sources":
            add_sources(document, briefing, section.title)
        elif section.lines:
            add_section(document, section.title, section.intro, display_lines(section))
    if briefing.explain:
        add_section(document, EXPLAIN_TITLE, EXPLAIN_INTRO, explain_lines(briefing))
    add_page_numbers(document)
    buffer = io.BytesIO()
    document.save(buffer)
    return normalize_zip(buffer.getvalue(), when)


def build_time() -> dt.datetime:
    """Now, or SOURCE_DATE_EPOCH when set (reproducible builds), to the second, in UTC."""
    epoch = os.environ.get("SOURCE_DATE_EPOCH", "").strip()
    if epoch.isdigit():
        try:
            return dt.datetime.fromtimestamp(int(epoch), tz=dt.UTC)
        except (OverflowError, OSError, ValueError):
            pass
    return dt.datetime.now(dt.UTC).replace(microsecond=0)


def base_document(reference: Path | None) -> docx.document.Document:
    """A new document with the reference's styles, page set-up, header and footer, and an empty body."""
    if reference is None:
        return docx.Document()
    data = read_regular_file(reference, MAX_REFERENCE_BYTES)
    check_package(reference, data)
    try:
        document = docx.Document(io.BytesIO(data))
    except Exception as exc:  # python-docx and lxml raise many types for a broken package
        raise BriefingError(reference, f"unreadable reference.docx ({exc.__class__.__name__})") from None
    body = document.element.body
    for child in list(body):
        if not child.tag.endswith("}sectPr"):
            body.remove(child)
    return document


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
    for needed, size in (("Title", 24), ("Subtitle", 12), ("Heading 1", 14), ("List Bullet", None)):
        if needed in names:
            continue
        style = styles.add_style(needed, WD_STYLE_TYPE.PARAGRAPH)
        if size:
            style.font.size = Pt(size)
            style.font.bold = needed != "Subtitle"
        if needed == "List Bullet":
            add_bullets(document, style)


def add_bullets(document: docx.document.Document, style) -> None:  # noqa: ANN001 - a python-docx paragraph style
    """Give a List Bullet style we had to create a real bullet (a numbering definition of its own)."""
    numbering = document.part.numbering_part.element
    used = [int(n) for n in numbering.xpath("./w:abstractNum/@w:abstractNumId")]
    abstract_id = max(used, default=0) + 1
    abstract = parse_xml(
        f'<w:abstractNum {nsdecls("w")} w:abstractNumId="{abstract_id}"><w:multiLevelType w:val="singleLevel"/>'
        '<w:lvl w:ilvl="0"><w:start w:val="1"/><w:numFmt w:val="bullet"/><w:lvlText w:val="\u2022"/>'
        '<w:lvlJc w:val="left"/><w:pPr><w:ind w:left="360" w:hanging="360"/></w:pPr></w:lvl></w:abstractNum>')
    first_num = numbering.find(qn("w:num"))
    if first_num is not None:
        first_num.addprevious(abstract)  # the schema wants every abstractNum before the first num
    else:
        numbering.append(abstract)
    num = numbering.add_num(abstract_id)
    style.element.get_or_add_pPr().get_or_add_numPr().get_or_add_numId().val = num.numId


def ensure_page_setup(document: docx.document.Document) -> None:
    """A body section with a page size and margins, which tables are sized against (a reference may lack both)."""
    body = document.element.body
    if body.find(qn("w:sectPr")) is None:
        body.append(parse_xml(f"<w:sectPr {nsdecls('w')}/>"))
    width, height, margin = DEFAULT_PAGE
    for section in document.sections:
        section.page_width = section.page_width or width
        section.page_height = section.page_height or height
        for side in ("left_margin", "right_margin", "top_margin", "bottom_margin"):
            if getattr(section, side) is None:
                setattr(section, side, margin)


def set_properties(document: docx.document.Document, briefing: Briefing, when: dt.datetime) -> None:
    """Our own metadata, not python-docx's (2013) or the reference's: title, author, dates, our mark."""
    properties = document.core_properties
    properties.title = core_text(briefing.title)
    properties.subject = core_text(briefing.date_line)
    properties.author = "briefing"
    properties.last_modified_by = "briefing"
    properties.comments = GENERATED_MARK
    for name in ("keywords", "category", "content_status", "identifier", "language", "version"):
        setattr(properties, name, "")
    properties.created = when
    properties.modified = when
    properties.revision = 1
    element = properties._element  # python-docx has no way to remove a property: drop the reference's print date
    for printed in element.findall(qn("cp:lastPrinted")):
        element.remove(printed)


def core_text(text: str) -> str:
    """A core property value: one clean line, cut to the 255 characters the format allows."""
    value = inline(text)
    return value if len(value) <= CORE_PROPERTY_CHARS else value[:CORE_PROPERTY_CHARS - 1].rstrip() + "…"


def add_section(document: docx.document.Document, title: str, intro: str, lines: list[dict]) -> None:
    """A heading, an optional intro, then one bullet per line ending with its citation."""
    document.add_paragraph(inline(title), style="Heading 1")
    if intro:
        document.add_paragraph(sanitize(intro), style="Normal")
    for line in lines:
        paragraph = document.add_paragraph(style="List Bullet")
        paragraph.add_run(inline(line["text"]))
        if line.get("citation"):
            paragraph.add_run(f" {DASH} {inline(line['citation'])}", style=CITATION_STYLE)


def table_style(document: docx.document.Document) -> str | None:
    """The first of our table styles the document has (a user's reference.docx may have none)."""
    names = {s.name for s in document.styles}
    return next((s for s in SOURCES_TABLE_STYLES if s in names), None)


def add_sources(document: docx.document.Document, briefing: Briefing, title: str) -> None:
    """The sources appendix: outlet, headline, date and file of every source, in columns sized to their words."""
    document.add_paragraph(inline(title), style="Heading 1")
    rows = [["Outlet", "Headline", "Date", "File"]] + [
        [inline(table_outlet(s)), inline(s.headline or "(no headline)"), inline(s.date or "unknown"), display_name(s.path)]
        for s in briefing.sources]
    table = document.add_table(rows=len(rows), cols=4, style=table_style(document))
    widths = column_widths(rows, block_width(document))
    for column, width in zip(table.columns, widths, strict=True):
        column.width = width
    for row, values in zip(table.rows, rows, strict=True):
        for cell, text, width in zip(row.cells, values, widths, strict=True):
            cell.text = text
            cell.width = width


def block_width(document: docx.document.Document) -> int:
    """The width between the margins of the last section."""
    section = document.sections[-1]
    width, _, margin = DEFAULT_PAGE
    return int((section.page_width or width) - (section.left_margin or margin) - (section.right_margin or margin))


def column_widths(rows: list[list[str]], total: int) -> list[Emu]:
    """Each column gets room for its longest word (so a file name is not broken mid-word), the rest by text length."""
    columns = list(zip(*rows, strict=True))
    floors = [min(LONGEST_UNBROKEN, max((len(w) for text in col for w in text.split()), default=1)) * CHAR_WIDTH
              + CELL_PADDING for col in columns]
    if sum(floors) >= total:
        return [Emu(int(total * f / sum(floors))) for f in floors]
    lengths = [sum(len(text) for text in col) / len(col) for col in columns]
    spare = total - sum(floors)
    extra = [max(0.0, length * CHAR_WIDTH - floor) for length, floor in zip(lengths, floors, strict=True)]
    share = sum(extra) or 1.0
    return [Emu(int(floor + spare * e / share)) for floor, e in zip(floors, extra, strict=True)]


def add_page_numbers(document: docx.document.Document) -> None:
    """'Page N' in every footer that has no page number yet (the reference's own footer text is kept)."""
    for section in document.sections:
        footer = section.footer
        if footer.is_linked_to_previous and section is not document.sections[0]:
            continue
        if "PAGE" in "".join(footer._element.xpath(".//w:fldSimple/@w:instr | .//w:instrText/text()")):
            continue
        styles = {s.name for s in document.styles}
        paragraph = footer.add_paragraph(style="Footer" if "Footer" in styles else None)
        paragraph.add_run("Page ")
        paragraph._p.append(parse_xml(f'<w:fldSimple {nsdecls("w")} w:instr=" PAGE "><w:r><w:t>1</w:t></w:r></w:fldSimple>'))


def normalize_zip(data: bytes, when: dt.datetime) -> bytes:
    """The package re-written with every entry dated `when` (not the clock), and our name as its application."""
    stamp = max(when, ZIP_EPOCH).astimezone(dt.UTC).timetuple()[:6]
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(data)) as source, zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for member in source.infolist():
            content = source.read(member.filename)
            if member.filename == "docProps/app.xml":
                content = re.sub(rb"<Application>[^<]*</Application>", b"<Application>briefing</Application>", content)
            entry = zipfile.ZipInfo(member.filename, date_time=stamp)
            entry.compress_type = zipfile.ZIP_DEFLATED
            entry.external_attr = 0o644 << 16
            target.writestr(entry, content)
    return out.getvalue()
