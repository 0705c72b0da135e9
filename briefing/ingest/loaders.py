"""One loader per file type: bytes in, text lines and the metadata the format carries out."""

from __future__ import annotations

import io
import re
import zipfile
from dataclasses import dataclass, field
from pathlib import Path

from briefing.errors import BriefingError
from briefing.guard import GENERATED_MARK, clean_field
from briefing.ingest.metadata import split_front_matter
from briefing.repair import clean_text, decode_bytes

# Bounds on a .docx by what it unpacks to, not by its compressed size (a 1 MB file can inflate to 3 GB).
MAX_DOCX_PART_BYTES = 20_000_000  # one XML part; the document.xml of a long article is well under 1 MB
MAX_DOCX_UNPACKED_BYTES = 120_000_000  # every part together, images included
MAX_DOCX_PARTS = 2_000
MAX_DOCX_RATIO = 200  # Word XML deflates 5-30 times; a big part inflating more than this is built to
DOCX_RATIO_FROM_BYTES = 2_000_000  # small parts may compress well; the ratio matters only for big ones
MAX_LINES = 200_000  # an article has hundreds of lines; a file of more is a list or a dump (and costs seconds per 100,000)
PYTHON_DOCX_CREATED = "2013-12-23"  # python-docx's default template date: not the article's


@dataclass
class RawDocument:
    """What a loader extracts before cleaning: text lines and any metadata the format carries."""

    lines: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    headings: set[str] = field(default_factory=set)  # lines the format marks as headings
    notes: list[str] = field(default_factory=list)  # what the reader should know about this file


def load_raw(data: bytes, path: Path, shown: str) -> RawDocument:
    """Decode and parse a file's bytes by its type."""
    suffix = path.suffix.lower()
    if suffix == ".docx":
        return read_docx(data, shown)
    text = decode_bytes(data, shown)
    check_line_count(text.count("\n") + 1, shown)
    text = clean_text(text)
    if suffix in (".html", ".htm"):
        return read_html(text, shown)
    if written_by_briefing(text):
        raise BriefingError(shown, "skipped: written by briefing (an earlier briefing, not an article)")
    if suffix in (".md", ".markdown"):
        return read_markdown(text, shown)
    return read_plain(text, shown)


def check_line_count(count: int, shown: str) -> None:
    """Refuse a file of more lines (or paragraphs) than any article has."""
    if count > MAX_LINES:
        raise BriefingError(shown, f"{count:,} lines, more than the {MAX_LINES:,} of any article: not article text")


def written_by_briefing(text: str) -> bool:
    """True when the first or last non-empty line carries the mark our own outputs end or start with."""
    head = next((line for line in text[:2000].splitlines() if line.strip()), "")
    tail = next((line for line in reversed(text[-2000:].splitlines()) if line.strip()), "")
    return GENERATED_MARK in head.lower() or GENERATED_MARK in tail.lower()


def read_plain(text: str, shown: str = "") -> RawDocument:
    """Plain text: optional YAML front matter, then one paragraph per line."""
    meta, body, notes = split_front_matter(text, shown)
    return RawDocument(body.split("\n"), meta, notes=notes)


def read_markdown(text: str, shown: str = "") -> RawDocument:
    """Markdown: front matter, headings as headline/subheads, link and emphasis syntax removed."""
    meta, body, notes = split_front_matter(text, shown)
    lines: list[str] = []
    headings: set[str] = set()
    in_code = False
    for line in body.split("\n"):
        if line.lstrip().startswith(("```", "~~~")):
            in_code = not in_code
            continue
        if in_code:
            continue
        line = re.sub(r"!\[[^\]]*\]\([^)]*\)", "", line)  # images
        line = re.sub(r"\[([^\]]*)\]\([^)]*\)", r"\1", line)  # links keep their text
        line = re.sub(r"\[([^\]]*)\]\[[^\]]*\]", r"\1", line)
        line = re.sub(r"^\s{0,3}(?:>\s?)+", "", line)  # block quotes
        line = re.sub(r"^\s*(?:[-*+]|\d+[.)])\s+", "", line)  # list markers
        line = re.sub(r"(\*\*|__|\*|_)(?=\S)(.+?)(?<=\S)\1", r"\2", line)  # emphasis
        line = line.replace("`", "")
        heading = re.match(r"^\s{0,3}#{1,6}\s+(.*?)\s*#*\s*$", line)
        if heading:
            line = heading.group(1)
            headings.add(line.strip())
        if re.fullmatch(r"\s*(?:[-*_]\s*){3,}", line) or re.match(r"^\s*\[[^\]]+\]:\s*\S+", line):
            continue
        lines.append(line)
    return RawDocument(lines, meta, headings, notes)


def read_html(text: str, shown: str) -> RawDocument:
    """HTML: main text by trafilatura (no regexes), metadata from the page."""
    import trafilatura

    try:
        body = trafilatura.extract(text, output_format="txt", include_comments=False, include_tables=False,
                                   include_links=False, include_images=False, deduplicate=True)
        meta_obj = trafilatura.extract_metadata(text)
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise BriefingError(shown, f"cannot parse HTML: {type(exc).__name__}") from None
    if not body:
        raise BriefingError(shown, "no article text found in the HTML")
    meta: dict[str, str] = {}
    if meta_obj is not None:
        for key, attr in (("headline", "title"), ("date", "date"), ("outlet", "sitename")):
            value = getattr(meta_obj, attr, None)
            if value:
                meta[key] = clean_field(clean_text(str(value)))
        if meta.get("outlet"):
            meta["outlet_from"] = "page metadata"
    return RawDocument(clean_text(body).split("\n"), meta)


def check_docx_sizes(data: bytes, shown: str) -> None:
    """Refuse a .docx whose parts unpack past our bounds, before any XML parser sees it."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            entries = archive.infolist()
    except (zipfile.BadZipFile, ValueError, OSError) as exc:
        raise BriefingError(shown, f"not a readable .docx file ({type(exc).__name__})") from None
    if len(entries) > MAX_DOCX_PARTS:
        raise BriefingError(shown, f".docx has {len(entries):,} parts, more than the {MAX_DOCX_PARTS:,} allowed")
    total = 0
    for entry in entries:
        total += entry.file_size
        if entry.file_size > MAX_DOCX_PART_BYTES and entry.filename.lower().endswith((".xml", ".rels")):
            raise BriefingError(shown, f".docx part {clean_field(entry.filename, 80)} unpacks to "
                                       f"{entry.file_size / 1e6:,.0f} MB, over the {MAX_DOCX_PART_BYTES / 1e6:.0f} MB limit")
        ratio = entry.file_size / max(1, entry.compress_size)
        if entry.file_size > DOCX_RATIO_FROM_BYTES and ratio > MAX_DOCX_RATIO:
            raise BriefingError(shown, f".docx part {clean_field(entry.filename, 80)} inflates {ratio:,.0f} times: "
                                       "a compression bomb, not a document")
    if total > MAX_DOCX_UNPACKED_BYTES:
        raise BriefingError(shown, f".docx unpacks to {total / 1e6:,.0f} MB, over the "
                                   f"{MAX_DOCX_UNPACKED_BYTES / 1e6:.0f} MB limit")


def paragraph_texts_and_styles(document) -> list[tuple[str, str]]:  # noqa: ANN001 - a python-docx Document
    """(text, style name) of each body paragraph, with the style names looked up once.

    `Paragraph.style` searches every style of the document on each call (100,000 paragraphs
    took minutes), so we read the style id from the XML and map ids to names from one pass."""
    from docx.enum.style import WD_STYLE_TYPE

    names = {style.style_id: style.name or "" for style in document.styles}
    default = document.styles.default(WD_STYLE_TYPE.PARAGRAPH)
    default_name = default.name if default is not None else ""
    return [(p.text, names.get(p._p.style, default_name) if p._p.style else default_name)  # noqa: SLF001
            for p in document.paragraphs]


def read_docx(data: bytes, shown: str) -> RawDocument:
    """Word: paragraph text, Title/Heading styles as headline/subheads, core properties."""
    import docx

    check_docx_sizes(data, shown)
    try:
        document = docx.Document(io.BytesIO(data))
        props = document.core_properties
        comments = props.comments or ""
        title, created = props.title, props.created
        check_line_count(len(document.element.body), shown)
        paragraphs = paragraph_texts_and_styles(document)
    except BriefingError:
        raise
    except MemoryError:
        raise BriefingError(shown, ".docx too large to read in memory") from None
    except Exception as exc:  # python-docx and lxml raise many types on malformed XML; none may sink the run
        raise BriefingError(shown, f"not a readable .docx file ({type(exc).__name__})") from None
    if GENERATED_MARK in comments.lower():
        raise BriefingError(shown, "skipped: written by briefing (an earlier briefing, not an article)")
    lines: list[str] = []
    headings: set[str] = set()
    meta: dict[str, str] = {}
    for raw_text, style_name in paragraphs:
        text = clean_text(raw_text).strip()
        style = (style_name or "").lower()
        if not text:
            continue
        if style == "title" and "headline" not in meta:
            meta["headline"] = clean_field(text)
        elif style.startswith("heading"):
            headings.add(text)
        lines.append(text)
    if title and "headline" not in meta:
        meta["headline"] = clean_field(clean_text(title))
    if created and created.year > 1990 and created.date().isoformat() != PYTHON_DOCX_CREATED:
        meta["date"] = created.date().isoformat()
    if not lines:
        raise BriefingError(shown, "the .docx has no text")
    return RawDocument(lines, meta, headings)
