"""Single-source reports: notable facts a single voice reported, which no other voice tells."""

from __future__ import annotations

import re

from briefing.model import FactLine, Item, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import StoryIndex
from briefing.wording import standalone

_NOTABLE = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|\$?\d[\d,.]*\d|\d)\b")  # names and numbers
MAX_NOVELTY = 3  # beyond three new names or numbers, more novelty does not rank a fact higher


def find_exclusives(items: list[Item], story: StoryIndex) -> list[Item]:
    """Facts told by one voice, standalone, and either echoed by no other voice's sentence, or naming someone or
    something (a name, a number) no other voice mentions while no other voice tells the same event ('sentenced
    Friday to two consecutive life sentences' with a new detail is still everyone's news). Ranked by how much is new in
    them, then by how early their outlet put them."""
    if len(set(story.voice_of.values())) < 2:
        return []  # with one voice, every fact is "only one outlet's": the section would say nothing
    voices_using: dict[str, set[str]] = {}  # a name or number -> the voices that mention it
    for source in story.sources:
        for sentence in source.sentences:
            for word in _NOTABLE.findall(sentence.text):
                voices_using.setdefault(word, set()).add(story.voice_of[source.id])
    found = []
    single = [i for i in items if len({story.voice_of[m.source_id] for m in i.members}) == 1 and standalone(i.text)]
    echoes = story.echoes(single)
    for item in single:
        voices = {story.voice_of[m.source_id] for m in item.members}
        novel = {w for w in _NOTABLE.findall(item.text.split(" ", 1)[-1]) if voices_using.get(w, set()) <= voices}
        echo = echoes[item.id]
        if echo < PLACE.exclusive_echo or (novel and echo < PLACE.exclusive_echo_with_news):
            best_position = min(m.position for m in item.members)
            found.append((min(len(novel), MAX_NOVELTY), -best_position, item))
    return [item for *_, item in sorted(found, key=lambda f: (-f[0], -f[1]))]


def fill(sections: list[Section], placement: Placement) -> None:
    exclusives = placement.once("exclusives", lambda: find_exclusives(placement.candidates, placement.story))
    for section in sections:
        for item in exclusives:
            if placement.room(section) > 0:
                placement.place(section, FactLine(item=item, outlets=item.outlets))


KIND = SectionKind("exclusives", fill)
