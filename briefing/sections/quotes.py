"""What they said: the most important direct quotes whose speaker the article names, with their role.

A quote whose speaker is not named in its own sentence or by an unambiguous antecedent (see
briefing.quotes) is not shown here: no speaker is better than a wrong one.
"""

from __future__ import annotations

import re

from briefing.model import Item, QuoteLine, Section
from briefing.quotes import Quote
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import StoryIndex

QUOTE_MARK = re.compile("[\"“”]")


def attributed_quote(item: Item, story: StoryIndex) -> Quote | None:
    """The longest quotation of the item's sentences that has a named speaker."""
    voices, readable = set(), []
    for member in item.members:  # copies of one story quote alike: one account per voice, a few voices at most
        voice = story.voice_of[member.source_id]
        if QUOTE_MARK.search(member.text) and voice not in voices and len(voices) < PLACE.quote_voices:
            voices.add(voice)
            readable.append(member)
    quotes = [q for m in readable for q in story.quotes_of(m)
              if q.speaker is not None and len(q.text.split()) >= PLACE.quote_min_words]
    return max(quotes, key=lambda q: len(q.text), default=None)


def fill(sections: list[Section], placement: Placement) -> None:
    story = placement.story
    for section in sections:
        for item in placement.free():
            if placement.room(section) <= 0:
                break
            quote = attributed_quote(item, story)
            if quote is None:
                continue
            person = quote.speaker
            placement.place(section, QuoteLine(item=item, outlets=item.outlets, quote=quote.text.strip(" ,.;:"),
                                               speaker=person.name, role=person.role))


KIND = SectionKind("quotes", fill)
