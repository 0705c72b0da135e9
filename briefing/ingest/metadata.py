"""Metadata users write beside their articles (sidecars, front matter) and the article date."""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from pathlib import Path

from briefing.dates import article_date, nearest_date, parse_iso, yearless_day
from briefing.errors import BriefingError
from briefing.guard import MAX_FIELD_CHARS, clean_field, load_yaml
from briefing.ingest.files import MANIFEST_NAMES, MAX_META_BYTES, SIDECAR_SUFFIXES, display_path, read_bounded
from briefing.model import Source
from briefing.repair import decode_bytes

MAX_OUTLET_CHARS = 80  # an outlet's name; longer is a sentence, not a name
MAX_FRONT_MATTER_CHARS = 20_000

_FRONT_MATTER = re.compile(r"\A\s*---[ \t]*\n(.{0,%d}?)\n---[ \t]*\n" % MAX_FRONT_MATTER_CHARS, re.S)  # noqa: UP031
_KEY_ALIASES = {"outlet": ("outlet", "source", "publisher", "site", "sitename"),
                "headline": ("headline", "title"), "date": ("date", "published", "pubdate")}


def split_front_matter(text: str, shown: str = "") -> tuple[dict[str, str], str, list[str]]:
    """Split YAML front matter ('---' block at the top) from the body; return metadata, body and notes."""
    match = _FRONT_MATTER.match(text)
    if not match:
        return {}, text, []
    try:
        data = load_yaml(match.group(1), shown or "front matter")
    except BriefingError as exc:
        # A '---' rule above prose is not front matter; say so only when it looked like YAML.
        if re.match(r"\s*[\w-]+\s*:", match.group(1)):
            return {}, text[match.end():], [f"front matter ignored: {exc.problem}"]
        return {}, text, []
    if not isinstance(data, dict):
        return {}, text, []
    return normalize_meta(data, "front matter"), text[match.end():], []


def read_sidecar(path: Path, root: Path) -> dict[str, str]:
    """Metadata the user wrote beside the file: `<name>.meta.yaml` with outlet, headline, date."""
    for suffix in SIDECAR_SUFFIXES:
        sidecar = path.with_name(path.stem + suffix)
        if sidecar.exists() or sidecar.is_symlink():
            shown = display_path(sidecar)
            text = decode_bytes(read_bounded(sidecar, root, MAX_META_BYTES, "a metadata file"), shown)
            data = load_yaml(text, shown)
            if not isinstance(data, dict):
                raise BriefingError(shown, "expected keys such as 'outlet:', 'headline:', 'date:'")
            return normalize_meta(data, "sidecar")
    return {}


def normalize_meta(data: dict, origin: str) -> dict[str, str]:
    """Map the keys users write (outlet/source/publisher, title/headline, date) to ours, as clean strings."""
    meta: dict[str, str] = {}
    for key, names in _KEY_ALIASES.items():
        for name in names:
            value = data.get(name)
            if value is None or isinstance(value, dict | list | bool):
                continue  # a nested value is not a name, headline or date
            text = clean_field(value, MAX_OUTLET_CHARS if key == "outlet" else MAX_FIELD_CHARS)
            if text:
                meta[key] = text
                break
    if "outlet" in meta:
        meta["outlet_from"] = origin
    if "date" in meta:
        meta["date_from"] = origin
    return meta


def to_iso_date(value: str) -> str:
    """An ISO date from a metadata value ('2025-03-13', '2025-03-13T10:00Z', 'March 13, 2025'); '' if none."""
    found = parse_iso(value) or article_date(value)
    return found.isoformat() if found else ""


@dataclass
class Manifest:
    """A story folder's `story.yaml`: the template to use and what the user knows about each file.

    Its shape (every key optional)::

        template: wire-story            # a template name or path for this story
        sources:                        # keyed by file name in this folder
          afp-0712.txt: {outlet: AFP, date: 2005-07-12, url: https://..., headline: "..."}
          page3.html:   {outlet: The Guardian}
        outlets:                        # outlet names to recognise in credit lines, with aliases or domains
          Harbor Gazette: [harborgazette.com, The Gazette]
    """

    path: Path | None = None
    template: str = ""
    sources: dict[str, dict[str, str]] = field(default_factory=dict)
    outlets: dict[str, str] = field(default_factory=dict)  # alias (lower case) -> outlet name


def read_manifest(folder: Path) -> Manifest:
    """The story manifest of a folder (an empty one when there is none); errors name the file."""
    for name in MANIFEST_NAMES:
        path = folder / name
        if not (path.exists() or path.is_symlink()):
            continue
        shown = display_path(path)
        text = decode_bytes(read_bounded(path, Path(os.path.realpath(folder)), MAX_META_BYTES, "a manifest"), shown)
        data = load_yaml(text, shown) or {}
        if not isinstance(data, dict):
            raise BriefingError(shown, "expected keys 'template:', 'sources:' or 'outlets:'")
        sources = data.get("sources") or {}
        outlets = data.get("outlets") or {}
        if not isinstance(sources, dict) or not isinstance(outlets, dict):
            raise BriefingError(shown, "'sources:' and 'outlets:' map names to values")
        manifest = Manifest(path, clean_field(data.get("template") or "", 200))
        for file_name, entry in sources.items():
            if isinstance(entry, dict):
                meta = normalize_meta(entry, "manifest")
                if isinstance(entry.get("url"), str):
                    meta["url"] = clean_field(entry["url"], 500)
                manifest.sources[clean_field(file_name, 300)] = meta
        for outlet, aliases in outlets.items():
            name = clean_field(outlet, MAX_OUTLET_CHARS)
            for alias in [name, *(aliases if isinstance(aliases, list) else [aliases] if aliases else [])]:
                if isinstance(alias, str | int) and clean_field(alias, MAX_OUTLET_CHARS):
                    manifest.outlets[clean_field(alias, MAX_OUTLET_CHARS).lower()] = name
        return manifest
    return Manifest()


def date_from_line(line: str) -> str:
    """The ISO date a publication date line states ('Tuesday, July 12, 2005', 'Sept. 20, 2017',
    'Published 3:45 PM EDT, Wed September 20, 2017', '2012-02-08 12:06'), or '' for any other line."""
    found = article_date(line)
    if found is None and "|" in line:  # 'Jul 4, 2023, 7:05 PM | Updated: Jul 5, 2023, 1:36 pm': first published
        found = min((day for part in line.split("|") if (day := article_date(part.strip()))), default=None)
    if found is None and (label := _DATE_LABEL.match(line)):  # 'Written by Tue 21 Nov 2023' (no name given)
        found = article_date(line[label.end():])
    return found.isoformat() if found else ""


_DATE_LABEL = re.compile(r"\s*(?:(?:written|posted|published|updated)\s+(?:by|on|at)?\s*:?"
                         r"|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+)){0,2}\s+news\s+of)\s*(?=\S)", re.I)  # 'General News of
# Monday, 22 July 2024': a site's section label and the day


YEARLESS_MAX_DAYS = 31  # a dateline without a year ('Aug. 2 (UPI) --') is dated within a month of the story


STRAY_DATE_DAYS = 60  # a page dated this far from a story whose other pages all lie within a month of each other
STORY_SPREAD_DAYS = 31  # ... carries a site's clock (a date widget of the day it was stored), not its article's date
WEEK_SPREAD_DAYS = 7  # and a story every other page tells within a week ...
WEEK_STRAY_DAYS = 21  # ... has no page three weeks away: that date is a tag page's or a widget's ('Sputnik
                      # International, 1920, 20.11.2022' atop a report of the World Cup final of 18 December)


def drop_stray_dates(sources: list[Source]) -> None:
    """Leave undated a page whose date lies far from every other page of a story told within a month ('Saturday, 16
    November 2024' on a page about a mine blast every other page dates October 2022), or three weeks from a story
    told within a week: no date is better than a wrong one. A date the user gives (story manifest, sidecar, front
    matter) stays."""
    dated = [(s, d) for s in sources if s.date and (d := parse_iso(s.date))]
    if len(dated) < 3:
        return
    for source, day in dated:
        others = sorted(d for s, d in dated if s is not source)
        middle = others[len(others) // 2]
        spread, away = (others[-1] - others[0]).days, abs((day - middle).days)
        stray = (spread <= STORY_SPREAD_DAYS and away > STRAY_DATE_DAYS) or (
            spread <= WEEK_SPREAD_DAYS and away > WEEK_STRAY_DAYS and day < others[0])  # a follow-up page is later
        if stray and not source.date_given:
            source.notes.append(f"date {source.date} left out: {abs((day - middle).days)} days from the story's other pages")
            source.date = ""


def date_yearless_datelines(sources: list[Source]) -> None:
    """Date a source whose only date is a dateline without a year ('Aug. 2 (UPI) --', 'Washington, Aug 2') by the
    year that puts it nearest the story's dated sources, when that is within YEARLESS_MAX_DAYS; else leave it."""
    known = sorted(d for s in sources if s.date and (d := parse_iso(s.date)))
    if not known:
        return
    middle = known[len(known) // 2]
    for source in sources:
        if source.date:
            continue
        lines = [d.text for d in source.dropped if d.rule == "dateline"] + [c for _, c, _ in source.paragraphs[:1] if c]
        day = next((found for line in lines if (found := yearless_day(line))), None)
        if day is None:
            continue
        best = nearest_date(*day, middle)
        if best is not None and abs((best - middle).days) <= YEARLESS_MAX_DAYS:
            source.date = best.isoformat()
