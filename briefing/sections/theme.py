"""Theme sections: the facts of one theme (a template theme, or one discovered from the text), best first."""

from __future__ import annotations

from briefing.model import FactLine, Item, Line, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE


def fact_line(item: Item, placement: Placement) -> FactLine:
    """An item as a theme line, with its similarity to the theme."""
    return FactLine(item=item, outlets=item.outlets, similarity=placement.themes.similarity.get(item.id, 0.0))


def fill(sections: list[Section], placement: Placement) -> None:
    """Each theme's best items first, round-robin, so every theme has its core before the editorial extras."""
    section_of = placement.themes.section_of
    for rank in range(PLACE.theme_min_items):
        for section in sections:
            if len(section.lines) > rank or placement.room(section) <= 0:
                continue
            for item in placement.candidates:
                if placement.room(section) <= 0:
                    break
                if section_of.get(item.id) == section.title and placement.is_free(item):
                    if placement.place(section, fact_line(item, placement)):
                        break


def top_up(sections: list[Section], placement: Placement) -> None:
    """The rest of each theme's facts, best first, while the budget lasts."""
    by_title = {s.title: s for s in sections}
    for item in placement.candidates:
        section = by_title.get(placement.themes.section_of.get(item.id, ""))
        if section is not None and placement.room(section) > 0:
            placement.place(section, fact_line(item, placement))


def by_score(line: Line) -> float:
    return -(line.item.score if line.item else 0.0)


KIND = SectionKind("theme", fill, top_up, line_order=by_score)
