"""The data every stage passes on: sources -> sentences -> items -> sections -> briefing."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


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


@dataclass
class Item:
    """One fact of the briefing: its best wording and every sentence that told it."""

    text: str
    score: float
    members: list[Sentence]
    outlets: list[str]
    section: str = ""
    section_similarity: float = 0.0
    signals: dict[str, float] = field(default_factory=dict)
    note: str = ""  # e.g. where its outlets disagree: "accounts differ: eight (Reuters); nine (AFP)"


@dataclass
class Section:
    """A titled group of items (or of rendered lines, for non-theme kinds)."""

    title: str
    kind: str = "theme"
    description: str = ""
    intro: str = ""
    max_items: int = 0
    items: list[Item] = field(default_factory=list)
    lines: list[dict] = field(default_factory=list)


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
