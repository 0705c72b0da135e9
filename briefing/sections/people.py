"""Who is who: the people the sources name (persons only), with the role they give, most cited first."""

from __future__ import annotations

import re

from briefing.boilerplate import signature_outlets
from briefing.lexicon import HONORIFICS, REPORTER_ROLES
from briefing.model import PersonLine, Section
from briefing.people import Person
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import StoryIndex


def fill(sections: list[Section], placement: Placement) -> None:
    """The people most voices name, those the briefing's lines name counting as PLACE.people_named_in_lines voices
    more (a reader looks up who the lines speak of); of equals, the one more outlets give a role to."""
    story = placement.story
    shown = " ".join(line.text for section in placement.sections for line in section.lines
                     if not isinstance(line, PersonLine))
    ranked = []
    for person in story.people:
        if reports_the_news(person.role) or writes_for_an_outlet(person, story):
            continue  # the people in the story, not the correspondents who tell it
        outlets = story.person_outlets(person)
        naming = len({story.voice_of.get(source_id, source_id) for source_id in person.source_ids})
        weight = naming + PLACE.people_named_in_lines * named_in(person, shown)
        ranked.append((-weight, -len(outlets), -len(person.mentions), person.name, person, outlets))
    ranked.sort(key=lambda r: r[:4])  # of equals, the one more outlets give a role to
    for section in sections:
        listed = placement.once("people listed", set)  # a person once, even with two people sections
        for *_, person, outlets in ranked:
            if placement.room(section) <= 0:
                break
            if person.name in listed:
                continue
            name, role = shown_name(person.name, person.role)
            if not placement.place(section, PersonLine(name=name, role=role, outlets=outlets)):
                break  # out of words: a less cited person in the place of one who does not fit would mislead
            listed.add(person.name)


def named_in(person: Person, text: str) -> bool:
    """The text names the person, by a spelling of theirs or their surname."""
    return any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text) for name in [*person.spellings, person.surname]
               if name)


def reports_the_news(role: str) -> bool:
    """An outlet's reporter ('CBS News national security correspondent', 'AP reporter'); 'investigative
    journalist' names a profession, and the 2015 laureate who has it is in the story."""
    words = role.lower().replace("-", " ").split()
    return bool(words) and words[-1] in REPORTER_ROLES and bool(signature_outlets(role))


def shown_name(name: str, role: str) -> tuple[str, str]:
    """A person known by one name and a title is shown as news names them: 'Pope Francis', 'President Biden' (not
    'Francis — Pope'); anyone else by their name and role."""
    if " " not in name and " " not in role and role[:1].isupper() and role.lower().rstrip(".") in HONORIFICS:
        return f"{role} {name}", ""
    return name, role


def writes_for_an_outlet(person: Person, story: StoryIndex) -> bool:
    """Named only as the writer of a report for a news outlet ('per Noticias Telemundo's Marina E. Franco, writing
    for Axios', 'Ian King, Liana Baker and Ryan Gould of Bloomberg report'); a president writing in a newspaper is
    in the story for what else he does."""
    for mention in person.mentions:
        sentences = story.source_of[mention.source_id].sentences
        text = sentences[mention.position].text if mention.position < len(sentences) else ""
        after = text[mention.end:]
        writing = _WRITING_FOR.match(after) or _OF_AN_OUTLET.match(after)
        if not writing or not signature_outlets(after[writing.end():][:60]) \
                or writing.re is _OF_AN_OUTLET and not _REPORT_AFTER.search(after[writing.end():][:60]):
            return False
    return bool(person.mentions)


_WRITING_FOR = re.compile(r",?\s+(?:who\s+)?(?:writing|reporting|writes|reports|wrote)\s+for\s+")
# '..., Ian King, Liana Baker and Ryan Gould of Bloomberg report': the writers of another outlet's report
_OF_AN_OUTLET = re.compile(r"(?:,?\s+(?:and\s+)?[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2})*\s+of\s+")
_REPORT_AFTER = re.compile(r"^(?:the\s+)?[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}\s+report\b")  # the writers' plural,
# as a citation says it ('..., Jane Roe and Tom Hale of Bloomberg report'; not 'Jeff Bezos of The Washington Post wrote')

KIND = SectionKind("people", fill)
