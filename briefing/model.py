"""The data every stage passes on: sources -> sentences -> items -> sections -> briefing."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import ClassVar


def date_label(day: date, precision: str = "day") -> str:
    """How the briefing writes a date: 'Tue 11 Mar 2025', or 'Aug 2024' for a month."""
    return day.strftime("%b %Y") if precision == "month" else day.strftime("%a %-d %b %Y")


@dataclass
class Dropped:
    """A line or sentence kept out of the story, with the rule that removed it."""

    text: str
    rule: str
    paragraph: int


@dataclass
class Sentence:
    """One sentence of one source, with where it came from."""

    text: str
    source_id: str
    paragraph: int
    position: int  # 0-based index among the source's usable sentences
    context: str = ""  # the subhead the paragraph sits under, if any


@dataclass
class Source:
    """One article: its metadata, its clean paragraphs and its sentences."""

    id: str
    path: Path
    outlet: str
    headline: str = ""
    date: str = ""  # ISO date or "" when unknown
    date_given: bool = False  # the date is the user's (story manifest, sidecar, front matter), not read from the page
    outlet_from: str = "unattributed"  # the evidence for the outlet: manifest, sidecar, page metadata, credit line
    agency: str = ""  # the news agency a syndicated copy credits, when the carrier is another outlet
    voice: str = ""  # sources sharing much of their copy (syndication, wire copies) share one voice
    paragraphs: list[tuple[int, str, str]] = field(default_factory=list)  # (number, context, text)
    sentences: list[Sentence] = field(default_factory=list)
    dropped: list[Dropped] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)

    @property
    def label(self) -> str:
        """How to show the source's outlet: its name (with the agency it carries), or honestly unattributed."""
        if not self.outlet:
            return f"unattributed ({self.path.name})"
        return f"{self.outlet} ({self.agency})" if self.agency and self.agency != self.outlet else self.outlet


@dataclass(frozen=True, eq=False)
class Item:
    """One fact of the story: its best wording and every sentence that told it.

    Items are values: later stages return new ones (`dataclasses.replace`) instead of editing them,
    and refer to an item by its `id`, its index in the story's list of items."""

    id: int
    text: str
    members: tuple[Sentence, ...]  # sentences that tell the fact as worded: their outlets are cited
    outlets: tuple[str, ...]
    salience: float  # the best member's salience under the ranker (0..1)
    score: float = 0.0  # salience x corroboration x position x standalone (see score.py)
    signals: dict[str, float] = field(default_factory=dict, compare=False)
    variants: tuple[Sentence, ...] = ()  # the same fact with other figures: shown as a difference, not cited
    event: int = -1  # facts cut from one cluster tell one event (their wordings differ too much to share citations)
    event_sentences: tuple[Sentence, ...] = ()  # every sentence of the event, whichever fact cites it


# --- the lines a section shows ----------------------------------------------------------
# Each kind of line carries typed fields; renderers draw `text` and `citation`, the JSON output
# carries `fields()` as well (schema: briefing/data/briefing.schema.json).


@dataclass(frozen=True, kw_only=True)
class Line:
    """One bullet of a section: what it says and the outlets it cites."""

    outlets: tuple[str, ...] = ()
    item: Item | None = None  # the fact behind the line, if any
    kind: ClassVar[str] = "line"
    cites_item: ClassVar[bool] = True  # its outlets are its fact's outlets (they grow when a duplicate is absorbed)

    @property
    def text(self) -> str:
        raise NotImplementedError

    @property
    def citation(self) -> str:
        return ", ".join(self.outlets)

    def fields(self) -> dict:
        """The line's typed fields, for machines."""
        return {}


@dataclass(frozen=True, kw_only=True)
class FactLine(Line):
    """A fact in the reporter's words, with a note where its outlets disagree."""

    note: str = ""  # e.g. "accounts differ: eight people (Reuters); nine people (AFP)"
    similarity: float = 0.0  # to the theme the fact belongs to
    kind: ClassVar[str] = "fact"

    @property
    def text(self) -> str:
        return self.item.text if self.item else ""

    @property
    def citation(self) -> str:
        return ", ".join(self.outlets) + (f"; {self.note}" if self.note else "")

    def fields(self) -> dict:
        return {"note": self.note} if self.note else {}


@dataclass(frozen=True, kw_only=True)
class QuoteLine(Line):
    """Words a named person said, with their role."""

    quote: str
    speaker: str
    role: str = ""
    kind: ClassVar[str] = "quote"

    @property
    def text(self) -> str:
        return f"“{self.quote}” — {self.speaker}" + (f", {self.role}" if self.role else "")

    def fields(self) -> dict:
        return {"quote": self.quote, "speaker": self.speaker, "role": self.role or None}


@dataclass(frozen=True, kw_only=True)
class PersonLine(Line):
    """Someone the sources name, with the role they give."""

    name: str
    role: str = ""
    kind: ClassVar[str] = "person"

    @property
    def text(self) -> str:
        return f"{self.name} — {self.role}" if self.role else self.name

    def fields(self) -> dict:
        return {"name": self.name, "role": self.role or None}


@dataclass(frozen=True, kw_only=True)
class TimelineLine(Line):
    """A dated event."""

    date: date
    precision: str  # "day" or "month"
    kind: ClassVar[str] = "timeline"

    @property
    def label(self) -> str:
        """'Tue 11 Mar 2025' or 'Aug 2024'."""
        return date_label(self.date, self.precision)

    @property
    def text(self) -> str:
        return f"{self.label}: {self.item.text if self.item else ''}"

    def fields(self) -> dict:
        return {"date": self.date.isoformat(), "precision": self.precision}


@dataclass(frozen=True, kw_only=True)
class DifferenceLine(Line):
    """One outlet's account of a fact that another outlet tells differently."""

    facet: str  # what differs: "number" or "day"
    values: tuple[str, ...]  # what this account gives for it ("nine people")
    sentence: str  # this account's own sentence
    kind: ClassVar[str] = "difference"
    cites_item: ClassVar[bool] = False  # it cites the one outlet of its own account

    @property
    def text(self) -> str:
        lead = f"{' / '.join(self.values)}: " if self.values else ""
        return f"{lead}{self.sentence}"

    def fields(self) -> dict:
        return {"facet": self.facet, "values": list(self.values), "sentence": self.sentence}


@dataclass
class Section:
    """A titled group of lines, filled by its kind (see briefing/sections/)."""

    title: str
    kind: str = "theme"
    description: str = ""
    intro: str = ""
    max_items: int = 0
    lines: list[Line] = field(default_factory=list)
    discovered: bool = False  # a theme found by clustering: titled from its own facts once they are placed

    @property
    def items(self) -> list[Item]:
        """The facts behind the section's lines."""
        return [line.item for line in self.lines if line.item is not None]


@dataclass
class Briefing:
    """The finished briefing, ready to render."""

    title: str
    date_line: str
    sources: list[Source]
    sections: list[Section]
    skipped: list[str] = field(default_factory=list)
    stats: dict[str, int] = field(default_factory=dict)
    explain: bool = False  # add each item's score, signals and section similarity
    reference: Path | None = None  # the template's reference.docx, whose styles the Word output uses
    theme_of: dict[int, str] = field(default_factory=dict)  # item id -> the theme the fact belongs to
