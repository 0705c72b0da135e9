"""Read article files of any supported type into clean, attributed sources."""

from __future__ import annotations

import os
import re
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass, field
from multiprocessing import get_context
from pathlib import Path

import numpy as np
import scipy.sparse as sp
import yaml
from scipy.sparse.csgraph import connected_components

from briefing import boilerplate
from briefing.errors import BriefingError
from briefing.model import Dropped, Sentence, Source
from briefing.repair import clean_text, decode_bytes
from briefing.segment import abbreviations, fragment_reason, split_sentences, to_words

TEXT_TYPES = {".txt", ".text", ".md", ".markdown", ".html", ".htm", ".docx"}
SIDECAR_SUFFIXES = (".meta.yaml", ".meta.yml")
MAX_TEXT_BYTES = 5_000_000  # one article is far smaller; bigger is a dump, not a story
MAX_DOCX_BYTES = 50_000_000  # .docx may carry images
MAX_LINE_CHARS = 50_000
PARALLEL_MIN_FILES = 40  # below this, starting worker processes costs more than it saves
MAX_WORKERS = 4
MAX_HEADLINE_WORDS = 30
MAX_SUBHEAD_WORDS = 10
WIRE_COPY_SHARE = 0.4  # share of sentences two sources must share to be one wire story
NEAR_COPY_GRAMS = 0.5  # share of a sentence's word 4-grams another source must have for a near copy

_MONTHS = {m: i for i, m in enumerate(
    ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], 1)}
_ISO_DATE = re.compile(r"\b(\d{4})-(\d{2})-(\d{2})\b")
_DATE_PREFIX = re.compile(r"^\s*(?:date|published|dated|updated)\s*[:=]?\s*(\d{4}-\d{2}-\d{2})(?:[T ][\d:.+Z-]+)?\s*", re.I)
_WRITTEN_DATE = re.compile(r"\b(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2}),?\s+(\d{4})\b")
_TOLD_OUTLET = re.compile(r"\b(?:told|confirmed to|said to|in an interview with|speaking to)\s+(" + boilerplate._OUTLET + r")\b", re.I)


@dataclass
class RawDocument:
    """What a loader extracts before cleaning: text lines and any metadata the format carries."""

    lines: list[str]
    meta: dict[str, str] = field(default_factory=dict)
    headings: set[str] = field(default_factory=set)  # lines the format marks as headings


# --- finding files --------------------------------------------------------------------


def collect_files(paths: list[Path]) -> tuple[list[Path], list[str]]:
    """Expand folders (sorted by name) and check paths; return files and one-line notes of skips."""
    files: list[Path] = []
    notes: list[str] = []
    for path in paths:
        if not path.exists():
            notes.append(f"{path}: no such file or folder")
        elif path.is_dir():
            found = []
            for child in sorted(path.iterdir()):
                if child.name.startswith(".") or child.is_dir():
                    continue
                if child.name.endswith(SIDECAR_SUFFIXES):
                    continue
                if child.suffix.lower() in TEXT_TYPES:
                    found.append(child)
                else:
                    notes.append(f"{child}: skipped, not a supported type ({', '.join(sorted(TEXT_TYPES))})")
            if not found:
                notes.append(f"{path}: no supported article files in this folder")
            files.extend(found)
        elif path.suffix.lower() in TEXT_TYPES:
            files.append(path)
        else:
            notes.append(f"{path}: skipped, not a supported type ({', '.join(sorted(TEXT_TYPES))})")
    return files, notes


def load_sources(paths: list[Path]) -> tuple[list[Source], list[str]]:
    """Load every readable source; bad files become notes. Raise only when nothing is usable."""
    files, notes = collect_files(paths)
    sources: list[Source] = []
    for path, source in zip(files, read_all(files), strict=True):
        if isinstance(source, str):
            notes.append(source)
            continue
        if not source.sentences:
            notes.append(f"{path}: no usable sentences after cleaning")
            continue
        sources.append(source)
    if not sources:
        raise BriefingError(None, notes[0] if len(notes) == 1 else "no usable sources: " + "; ".join(notes))
    attribute_wire_copies(sources)
    return sources, notes


def read_all(files: list[Path]) -> list[Source | str]:
    """Each file as a Source, or the one-line error for it; on several cores for large folders."""
    workers = min(os.cpu_count() or 1, MAX_WORKERS)
    if len(files) < PARALLEL_MIN_FILES or workers < 2:
        return [read_or_error(path) for path in files]
    try:
        with ProcessPoolExecutor(max_workers=workers, mp_context=get_context("fork")) as pool:
            return list(pool.map(read_or_error, files, chunksize=max(1, len(files) // (workers * 8))))
    except (OSError, ValueError):  # no fork here (or no processes allowed): read in this process
        return [read_or_error(path) for path in files]


def read_or_error(path: Path) -> Source | str:
    """A Source, or the one-line error that names the file."""
    try:
        return load_source(path)
    except BriefingError as exc:
        return str(exc)


# --- loaders by type ------------------------------------------------------------------


def load_source(path: Path) -> Source:
    """Read one file of a supported type into a cleaned Source."""
    suffix = path.suffix.lower()
    try:
        size = path.stat().st_size
        limit = MAX_DOCX_BYTES if suffix == ".docx" else MAX_TEXT_BYTES
        if size > limit:
            raise BriefingError(path, f"file is {size / 1e6:.1f} MB, over the {limit / 1e6:.0f} MB limit for one article")
        data = path.read_bytes()
    except OSError as exc:
        raise BriefingError(path, f"cannot read: {exc.strerror or exc}") from None
    if suffix == ".docx":
        raw = read_docx(data, path)
    else:
        text = clean_text(decode_bytes(data, str(path)))
        if suffix in (".html", ".htm"):
            raw = read_html(text, path)
        elif suffix in (".md", ".markdown"):
            raw = read_markdown(text)
        else:
            raw = read_plain(text)
    raw.meta = {**raw.meta, **read_sidecar(path)}
    return build_source(path, raw)


def read_plain(text: str) -> RawDocument:
    """Plain text: optional YAML front matter, then one paragraph per line."""
    meta, body = split_front_matter(text)
    return RawDocument(body.split("\n"), meta)


def read_markdown(text: str) -> RawDocument:
    """Markdown: front matter, headings as headline/subheads, link and emphasis syntax removed."""
    meta, body = split_front_matter(text)
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
    return RawDocument(lines, meta, headings)


def read_html(text: str, path: Path) -> RawDocument:
    """HTML: main text by trafilatura (no regexes), metadata from the page."""
    import trafilatura

    try:
        body = trafilatura.extract(text, output_format="txt", include_comments=False, include_tables=False,
                                   include_links=False, include_images=False, deduplicate=True)
        meta_obj = trafilatura.extract_metadata(text)
    except Exception as exc:  # trafilatura raises many lxml errors on broken markup
        raise BriefingError(path, f"cannot parse HTML: {exc}") from None
    if not body:
        raise BriefingError(path, "no article text found in the HTML")
    meta: dict[str, str] = {}
    if meta_obj is not None:
        for key, attr in (("headline", "title"), ("date", "date"), ("outlet", "sitename")):
            value = getattr(meta_obj, attr, None)
            if value:
                meta[key] = clean_text(str(value)).strip()
        if meta.get("outlet"):
            meta["outlet_from"] = "page metadata"
    return RawDocument(clean_text(body).split("\n"), meta)


def read_docx(data: bytes, path: Path) -> RawDocument:
    """Word: paragraph text, Title/Heading styles as headline/subheads, core properties."""
    import io
    import zipfile

    import docx
    from docx.opc.exceptions import PackageNotFoundError

    try:
        document = docx.Document(io.BytesIO(data))
    except (PackageNotFoundError, zipfile.BadZipFile, KeyError, ValueError) as exc:
        raise BriefingError(path, f"not a readable .docx file ({exc.__class__.__name__})") from None
    lines: list[str] = []
    headings: set[str] = set()
    meta: dict[str, str] = {}
    for paragraph in document.paragraphs:
        text = clean_text(paragraph.text).strip()
        style = (paragraph.style.name if paragraph.style is not None else "").lower()
        if not text:
            continue
        if style == "title" and "headline" not in meta:
            meta["headline"] = text
        elif style.startswith("heading"):
            headings.add(text)
        lines.append(text)
    props = document.core_properties
    if props.title and "headline" not in meta:
        meta["headline"] = clean_text(props.title).strip()
    if props.created and props.created.year > 1990:
        meta["date"] = props.created.date().isoformat()
    if not lines:
        raise BriefingError(path, "the .docx has no text")
    return RawDocument(lines, meta, headings)


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Split YAML front matter ('---' block at the top) from the body."""
    match = re.match(r"\A\s*---\s*\n(.*?)\n---\s*\n", text, re.S)
    if not match:
        return {}, text
    try:
        data = yaml.safe_load(match.group(1))
    except yaml.YAMLError:
        return {}, text
    if not isinstance(data, dict):
        return {}, text
    return normalize_meta(data, "front matter"), text[match.end():]


def read_sidecar(path: Path) -> dict[str, str]:
    """Metadata the user wrote beside the file: `<name>.meta.yaml` with outlet, headline, date."""
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_name(path.stem + suffix)
        if sidecar.exists():
            try:
                data = yaml.safe_load(sidecar.read_text(encoding="utf-8"))
            except (yaml.YAMLError, UnicodeDecodeError) as exc:
                raise BriefingError(sidecar, f"not valid YAML: {str(exc).splitlines()[0]}") from None
            if not isinstance(data, dict):
                raise BriefingError(sidecar, "expected keys such as 'outlet:', 'headline:', 'date:'")
            return normalize_meta(data, "sidecar")
    return {}


def normalize_meta(data: dict, origin: str) -> dict[str, str]:
    """Map the keys users write (outlet/source/publisher, title/headline, date) to ours."""
    meta: dict[str, str] = {}
    aliases = {"outlet": ("outlet", "source", "publisher", "site", "sitename"),
               "headline": ("headline", "title"), "date": ("date", "published", "pubdate")}
    for key, names in aliases.items():
        for name in names:
            if data.get(name):
                meta[key] = str(data[name]).strip()
                break
    if "outlet" in meta:
        meta["outlet_from"] = origin
    return meta


# --- building a clean source ----------------------------------------------------------


def build_source(path: Path, raw: RawDocument) -> Source:
    """Clean a raw document: metadata, boilerplate, subheads, sentences, fragments."""
    for line in raw.lines:
        if len(line) > MAX_LINE_CHARS:
            raise BriefingError(path, f"a line of {len(line):,} characters: not article text")
    source = Source(id=path.stem, path=path, outlet="")
    lines = join_wrapped_lines([line.strip() for line in raw.lines])
    lines = take_date(lines, source, raw.meta)
    headline = raw.meta.get("headline", "")
    lines, headline = take_headline(lines, headline, raw.headings)
    source.headline = headline
    kept, signature_outlets = remove_boilerplate(lines, headline, source)
    source.outlet, source.outlet_from = choose_outlet(path, raw.meta, signature_outlets, kept)
    paragraphs_with_context(kept, raw.headings, source)
    segment_source(source)
    return source


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join a hard-wrapped line to the next when it has no final punctuation and the next starts lowercase."""
    joined: list[str] = []
    for line in lines:
        if joined and joined[-1] and line and line[0].islower() and not re.search(r"[.!?:”\"]$", joined[-1]):
            joined[-1] = joined[-1] + " " + line
        else:
            joined.append(line)
    return joined


def take_date(lines: list[str], source: Source, meta: dict[str, str]) -> list[str]:
    """Find the article date: a 'date YYYY-MM-DD' prefix, metadata, or a dated line near the top."""
    source.date = to_iso_date(meta.get("date", ""))
    out = []
    for index, line in enumerate(lines):
        match = _DATE_PREFIX.match(line) if index < 5 else None
        if match:
            source.date = source.date or match.group(1)
            line = line[match.end():]
        out.append(line)
    return out


def to_iso_date(value: str) -> str:
    """An ISO date from '2025-03-13', '2025-03-13T10:00Z' or 'March 13, 2025'; '' if none."""
    if match := _ISO_DATE.search(value):
        return match.group(0)
    if match := _WRITTEN_DATE.search(value):
        month = _MONTHS[match.group(1)[:3].lower()]
        return f"{match.group(3)}-{month:02d}-{int(match.group(2)):02d}"
    return ""


def take_headline(lines: list[str], headline: str, headings: set[str]) -> tuple[list[str], str]:
    """Take the first line as headline when it is a title; return the remaining lines and the headline."""
    first = next((i for i, line in enumerate(lines) if line), None)
    if first is None:
        return lines, headline
    candidate = lines[first]
    if headline and _same_text(candidate, headline):
        return lines[first + 1:], headline
    if headline:
        return lines, headline
    rest = lines[first + 1:]
    if boilerplate.line_rule(candidate) is None and is_title(candidate, rest, headings):
        return rest, candidate
    return lines, headline


def is_title(line: str, rest: list[str], headings: set[str]) -> bool:
    """A title: a marked heading, a line repeated later, or a short line without a sentence end."""
    n_words = len(line.split())
    if line in headings:
        return True
    if not 3 <= n_words <= MAX_HEADLINE_WORDS:
        return False
    if any(_same_text(line, other) for other in rest):
        return True
    return not has_sentence_end(line) and not boilerplate.ends_like_fragment(line + ".")


def has_sentence_end(line: str) -> bool:
    """True when a line ends a sentence (a final abbreviation such as 'U.S.' does not count)."""
    if not re.search(r"[.!?…][\"'”’)]*$", line):
        return False
    last = line.split()[-1].rstrip("\"'”’)").rstrip(".").lower()
    return last not in abbreviations()


def _same_text(a: str, b: str) -> bool:
    """Equal up to case, spacing and punctuation."""
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return norm(a) == norm(b)


def remove_boilerplate(lines: list[str], headline: str, source: Source) -> tuple[list[str], list[str]]:
    """Drop boilerplate lines (recorded with their rule); return kept lines and outlets signatures name."""
    kept: list[str] = []
    outlets: list[str] = []
    for line in lines:
        if not line:
            kept.append("")
            continue
        rule = "repeated headline" if headline and _same_text(line, headline) else boilerplate.line_rule(line)
        if rule is None:
            line, dateline = boilerplate.strip_dateline(line)
            if dateline:
                source.dropped.append(Dropped(dateline, "dateline", 0))
                outlets.extend(boilerplate.signature_outlets(dateline))
            kept.append(line)
            continue
        if rule in ("credit", "agency signature", "outlet only", "follow prompt", "asked for comment"):
            outlets.extend(boilerplate.signature_outlets(line))
        if rule == "credit":
            # The names of a credit run may sit on the lines above it: 'Tucker Reals,' / 'Eleanor Watson and'.
            while kept and kept[-1] and boilerplate.name_fragment(kept[-1]):
                source.dropped.append(Dropped(kept.pop(), "byline", 0))
        source.dropped.append(Dropped(line, rule, 0))
    return kept, outlets


def choose_outlet(path: Path, meta: dict[str, str], signatures: list[str], lines: list[str]) -> tuple[str, str]:
    """The outlet: sidecar/front matter, else a signature line, else 'told <Outlet>' in the text, else the file name."""
    if meta.get("outlet"):
        return meta["outlet"], meta.get("outlet_from", "metadata")
    if signatures:
        return max(signatures, key=signatures.count), "signature"
    told = [boilerplate.KNOWN_OUTLETS[m.group(1).lower()] for line in lines for m in _TOLD_OUTLET.finditer(line)]
    told = [name for name in told if name != "agencies"]
    if told:
        return max(told, key=told.count), "signature"
    return path.stem, "file name"


def paragraphs_with_context(lines: list[str], headings: set[str], source: Source) -> None:
    """Number the story paragraphs; subheads become the context of the paragraphs under them."""
    context = ""
    number = 0
    nonblank = [line for line in lines if line]
    for index, line in enumerate(nonblank):
        if is_subhead(line, headings) and index + 1 < len(nonblank):
            context = line
            source.dropped.append(Dropped(line, "subhead (kept as context)", number + 1))
            continue
        number += 1
        source.paragraphs.append((number, context, line))


def is_subhead(line: str, headings: set[str]) -> bool:
    """A subhead: a marked heading, or a short line with no sentence end that is not a broken sentence."""
    if line in headings:
        return True
    n_words = len(line.split())
    if n_words > MAX_SUBHEAD_WORDS or has_sentence_end(line) or line.endswith((",", ";", ":")):
        return False
    return bool(re.match(r"[\"'“‘A-Z0-9]", line)) and not boilerplate.ends_like_fragment(line + ".")


def segment_source(source: Source) -> None:
    """Split paragraphs into sentences; keep usable ones, record fragments and boilerplate with reasons."""
    position = 0
    for number, context, text in source.paragraphs:
        for sentence in split_sentences(text):
            reason = boilerplate.line_rule(sentence) or fragment_reason(sentence)
            if reason:
                source.dropped.append(Dropped(sentence, reason, number))
                continue
            source.sentences.append(Sentence(sentence, source.id, number, position, context))
            position += 1


def sentences_before(sources: list[Source]) -> dict[tuple[str, int], Sentence | None]:
    """(source id, position) -> the sentence a reader read just before (None for a source's first)."""
    before: dict[tuple[str, int], Sentence | None] = {}
    for source in sources:
        for previous, sentence in zip([None, *source.sentences], source.sentences, strict=False):
            before[(source.id, sentence.position)] = previous
    return before


def attribute_wire_copies(sources: list[Source]) -> None:
    """Find sources that share much of their copy: an unnamed one takes the named one's outlet,
    and all of them share one voice, so syndicated copy does not count as independent corroboration."""
    shares = shared_sentence_shares(sources)
    for me, source in enumerate(sources):
        row = shares.getrow(me)
        named = [(float(v), sources[int(i)]) for i, v in zip(row.indices, row.data, strict=True)
                 if i != me and sources[int(i)].outlet_from != "file name"]
        if source.outlet_from == "file name" and named:
            share, best = max(named, key=lambda pair: pair[0])
            if share >= WIRE_COPY_SHARE:
                source.outlet = best.outlet
                source.outlet_from = f"wire copy of {best.path.name} ({share:.0%} shared sentences)"
    _, labels = connected_components(shares >= WIRE_COPY_SHARE, directed=False)
    first_of: dict[int, str] = {}
    for source, label in zip(sources, labels, strict=True):
        source.voice = first_of.setdefault(int(label), source.id)
    by_voice: dict[str, list[Source]] = {}
    for source in sources:
        by_voice.setdefault(source.voice, []).append(source)
    for group in by_voice.values():
        outlets = sorted({s.outlet for s in group})
        if len(outlets) > 1:
            for source in group:
                source.notes.append(f"shares much of its copy with {', '.join(o for o in outlets if o != source.outlet)}: "
                                    "counted as one voice for corroboration")


def shared_sentence_shares(sources: list[Source]) -> sp.csr_matrix:
    """Sources x sources: the share of a source's sentences whose word 4-grams mostly (>= 50 %) occur in the other.

    Computed with sparse products (sentences x 4-grams, 4-grams x sources), so the cost grows
    with the text, not with the square of the number of sentences."""
    gram_ids: dict[tuple[str, ...], int] = {}
    rows, cols, sentence_source = [], [], []
    for s_index, source in enumerate(sources):
        for sentence in source.sentences:
            tokens = [w.lower() for w in to_words(sentence.text)]
            grams = {gram_ids.setdefault(g, len(gram_ids)) for g in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False)}
            row = len(sentence_source)
            rows.extend([row] * len(grams))
            cols.extend(grams)
            sentence_source.append(s_index)
    n_sentences, n_sources = len(sentence_source), len(sources)
    if not n_sentences or not gram_ids:
        return sp.csr_matrix((n_sources, n_sources))
    grams = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_sentences, len(gram_ids)))
    membership = sp.csr_matrix((np.ones(n_sentences, dtype=np.float32), (range(n_sentences), sentence_source)),
                               shape=(n_sentences, n_sources))
    in_source = (grams.T @ membership).astype(bool).astype(np.float32)  # 4-gram x source: occurs there
    found = (grams @ in_source).tocsr()  # sentence x source: how many of its 4-grams the source has
    per_sentence = np.maximum(1, np.asarray(grams.sum(axis=1)).ravel())
    found = sp.diags(1 / per_sentence) @ found
    found.data = (found.data >= NEAR_COPY_GRAMS).astype(np.float32)
    counts = membership.T @ found  # source x source: sentences of the row source nearly found in the column source
    sizes = np.maximum(1, np.asarray(membership.sum(axis=0)).ravel())
    return (sp.diags(1 / sizes) @ counts).tocsr()
