"""Timeline: dated events in time order, the most important event of each day first."""

from __future__ import annotations

from collections import Counter

from briefing.editorial import find_timeline
from briefing.model import Line, Section, TimelineLine
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE


def fill(sections: list[Section], placement: Placement) -> None:
    """Up to `timeline_per_day` events a day: each day's best event in a first round, a second in the next."""
    for section in sections:
        dated = find_timeline(placement.free(), placement.story.sources)
        for round_index in range(PLACE.timeline_per_day):
            per_day: Counter = Counter()
            for when, precision, item in dated:
                if len(section.lines) >= section.max_items:
                    break
                per_day[when] += 1
                if per_day[when] != round_index + 1 or not placement.is_free(item):
                    continue
                placement.place(section, TimelineLine(item=item, outlets=item.outlets, date=when, precision=precision))


def by_date(line: Line) -> object:
    return line.date if isinstance(line, TimelineLine) else None


KIND = SectionKind("timeline", fill, line_order=by_date)
