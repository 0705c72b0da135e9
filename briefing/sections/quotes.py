"""What they said: the most important direct quotes whose speaker is known, with speaker and role."""

from __future__ import annotations

from briefing.editorial import find_quotes
from briefing.model import QuoteLine, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement


def fill(sections: list[Section], placement: Placement) -> None:
    story = placement.story
    for section in sections:
        for quote in find_quotes(placement.free(), story.before, story.people):
            if len(section.lines) >= section.max_items:
                break
            placement.place(section, QuoteLine(item=quote.item, outlets=quote.item.outlets, quote=quote.text,
                                               speaker=quote.speaker.name, role=quote.speaker.role))


KIND = SectionKind("quotes", fill)
