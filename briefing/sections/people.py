"""Who is who: the people the sources name (persons only), with the role they give, most cited first."""

from __future__ import annotations

from briefing.model import PersonLine, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement


def fill(sections: list[Section], placement: Placement) -> None:
    story = placement.story
    ranked = []
    for person in story.people:
        outlets = story.person_outlets(person)
        ranked.append((-len(outlets), -len(person.mentions), person.name, person, outlets))
    ranked.sort(key=lambda r: r[:3])
    for section in sections:
        listed = placement.once("people listed", set)  # a person once, even with two people sections
        for *_, person, outlets in ranked:
            if placement.room(section) <= 0:
                break
            if person.name in listed:
                continue
            if not placement.place(section, PersonLine(name=person.name, role=person.role, outlets=outlets)):
                break  # out of words: a less cited person in the place of one who does not fit would mislead
            listed.add(person.name)


KIND = SectionKind("people", fill)
