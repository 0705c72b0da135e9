"""Single-source reports: notable facts a single voice reported, which no other voice tells."""

from __future__ import annotations

import re

from briefing.dates import MONTH_NUMBER
from briefing.model import FactLine, Item, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import StoryIndex
from briefing.wording import standalone

_NOTABLE = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|\$?\d[\d,.]*\d|\d)(?:st|nd|rd|th)?\b")  # names, numbers


def notable(text: str) -> set[str]:
    """The names and numbers of a text, each as one spelling: 'Oct. 2' and 'October 2nd' give {'10', '2'}."""
    found = set()
    for word in _NOTABLE.findall(text):
        word = re.sub(r"(?<=\d)(?:st|nd|rd|th)$", "", word)
        found.add(str(MONTH_NUMBER.get(word.lower(), word)))
    return found
_REPORTED_BY = re.compile(r",?\s+(?:the\s+)?(?:[A-Z][\w.&’'-]*\s+){1,4}(?:reported|reports)\s*[.]?$")
MAX_NOVELTY = 3  # beyond three new names or numbers, more novelty does not rank a fact higher


def find_exclusives(items: list[Item], story: StoryIndex) -> list[Item]:
    """Facts told by one voice, standalone, and either echoed by no other voice's sentence, or naming someone or
    something (a name, a number) no other voice mentions while no other voice tells the same event ('sentenced
    Friday to two consecutive life sentences' with a new detail is still everyone's news). Ranked by how much is new in
    them, then by how early their outlet put them."""
    if len(set(story.voice_of.values())) < 2:
        return []  # with one voice, every fact is "only one outlet's": the section would say nothing
    voices_using: dict[str, set[str]] = {}  # a name or number -> the voices that mention it
    figure_in: dict[str, set[tuple[str, int]]] = {}  # a number -> the (source, sentence) that give it
    for source in story.sources:
        for k, sentence in enumerate(source.sentences):
            for word in notable(sentence.text):
                voices_using.setdefault(word, set()).add(story.voice_of[source.id])
                if word[:1].isdigit():
                    figure_in.setdefault(word, set()).add((source.id, k))
    found = []
    single = [i for i in items if len({story.voice_of[m.source_id] for m in i.members}) == 1 and standalone(i.text)]
    echoes = story.echoes(single)
    for item in single:
        voices = {story.voice_of[m.source_id] for m in item.members}
        news = _REPORTED_BY.sub("", item.text.split(" ", 1)[-1])  # 'Variety reported' names a source, not news
        novel = {w for w in notable(news) if voices_using.get(w, set()) <= voices}
        figures = [w for w in notable(item.text) if w[:1].isdigit()]
        if len(figures) >= PLACE.exclusive_figures and any(
                story.voice_of[source_id] not in voices
                for source_id, _ in set.intersection(*(figure_in.get(f, set()) for f in figures))):
            continue  # another voice gives all its figures in one sentence ('October 2nd through October 9th')
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
