"""Who is who: the people the sources name, with the role they give, most cited first."""

from __future__ import annotations

from briefing.model import PersonLine, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement


def fill(sections: list[Section], placement: Placement) -> None:
    people = placement.story.people
    ranked = sorted(people.values(), key=lambda p: (-len(p.outlets), -p.mentions, p.name))
    for section in sections:
        for person in ranked[:section.max_items]:
            outlets = tuple(sorted(person.outlets, key=str.lower))
            placement.place(section, PersonLine(name=person.name, role=person.role, outlets=outlets))


KIND = SectionKind("people", fill)
