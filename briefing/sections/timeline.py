"""Timeline: dated events in time order, the most important event of each day first.

Each date is resolved against the date of the article that says it (briefing.dates); a fact
whose article has no date, or whose event has no date that can be resolved, stays out.
"""

from __future__ import annotations

from collections import Counter
from datetime import date

from briefing.dates import event_date, parse_iso
from briefing.model import Item, Line, Section, TimelineLine
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import StoryIndex
from briefing.wording import standalone


def dated(items: list[Item], story: StoryIndex) -> list[tuple[date, str, Item]]:
    """Items that say when their event happened, with the date resolved against their own article."""
    found = []
    for item in items:
        # The wording's own article date; the fact's text is that article's, so only its date resolves it.
        reference = parse_iso(story.date_of(item.members[0].source_id))
        if reference is None or not standalone(item.text):
            continue
        resolved = event_date(item.text, reference)
        if resolved and resolved[1] in ("day", "month"):
            found.append((resolved[0], resolved[1], item))
    return found


def fill(sections: list[Section], placement: Placement) -> None:
    """Up to `timeline_per_day` events a day: each day's best event in a first round, a second in the next."""
    for section in sections:
        events = placement.once("timeline", lambda: dated(placement.candidates, placement.story))
        for round_index in range(PLACE.timeline_per_day):
            per_day: Counter = Counter()
            for when, precision, item in events:
                if placement.room(section) <= 0:
                    break
                per_day[when] += 1
                if per_day[when] != round_index + 1 or not placement.is_free(item):
                    continue
                placement.place(section, TimelineLine(item=item, outlets=item.outlets, date=when, precision=precision))


def by_date(line: Line) -> object:
    return line.date if isinstance(line, TimelineLine) else None


KIND = SectionKind("timeline", fill, line_order=by_date)
