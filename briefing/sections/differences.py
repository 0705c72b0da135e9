"""Where accounts differ: one event told with different numbers or days, side by side.

Accounts of one event are the members of one merged fact, or two sentences that name the same
two people. Only facets both accounts state are compared, so an omission is never a conflict.
When both accounts were merged into one fact already placed, the difference becomes a note on it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

from briefing.editorial import Person, surname_key
from briefing.model import DifferenceLine, Item, Section, Sentence
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.story import Key, key
from briefing.vectors import stem, stop_words
from briefing.wording import QUOTE

NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_COUNT = re.compile(r"(?<![\w.])(\$?\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")\b(\s*(?:%|percent|billion|million|thousand))?"
                    r"[\s-]+(?:more\s+|other\s+)?([A-Za-z]+)", re.I)
_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass
class Difference:
    """One fact told two ways: what differs and each outlet's sentence."""

    facet: str
    first: Sentence
    second: Sentence
    item: Item  # the fact the first account belongs to
    other: Item  # the fact the second account belongs to (the same item when both were merged)


def find_differences(items: list[Item], voice_of: dict[str, str], people: dict[str, Person]) -> list[Difference]:
    """Two accounts of one event, from different voices, that give different numbers or days for it.

    Accounts of one event are the members of one merged fact, or two sentences that name the same
    two people. Only facets both accounts state are compared, so an omission is never called a
    conflict."""
    found: list[Difference] = []
    seen: set[tuple[Key, Key]] = set()  # pairs of sentences already compared
    for item in items:
        accounts = one_per_voice([(item, m) for m in item.members], voice_of)
        for a_index, (_, a) in enumerate(accounts):
            for _, b in accounts[a_index + 1:]:
                if facet := differing_facet(a.text, b.text):
                    found.append(Difference(facet, a, b, item, item))
                    seen.add((key(a), key(b)))
    by_pair: dict[tuple[str, str], list[tuple[Item, Sentence]]] = {}
    for item in items:
        for member in item.members:
            named = sorted(people_named(member.text, people))
            for k, first in enumerate(named):
                for second in named[k + 1:]:
                    by_pair.setdefault((first, second), []).append((item, member))
    for group in by_pair.values():
        accounts = one_per_voice(sorted(group, key=lambda pair: -pair[0].score), voice_of)
        for k, (item_a, a) in enumerate(accounts):
            for item_b, b in accounts[k + 1:]:
                if (key(a), key(b)) in seen or (key(b), key(a)) in seen:
                    continue
                if facet := differing_facet(a.text, b.text):
                    found.append(Difference(facet, a, b, item_a, item_b))
                    seen.add((key(a), key(b)))
    return sorted(found, key=lambda d: -max(d.item.score, d.other.score))


def one_per_voice(accounts: list[tuple[Item, Sentence]], voice_of: dict[str, str]) -> list[tuple[Item, Sentence]]:
    """The first account of each voice (copies of one voice's story cannot contradict each other)."""
    seen: set[str] = set()
    out = []
    for item, sentence in accounts:
        voice = voice_of[sentence.source_id]
        if voice not in seen:
            seen.add(voice)
            out.append((item, sentence))
    return out


def people_named(text: str, people: dict[str, Person]) -> set[str]:
    """Keys of the known people a text names, by full name or surname alone."""
    words = {surname_key(w) for w in re.findall(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?", text)}
    return words & people.keys()


def differing_facet(a: str, b: str) -> str:
    """'number' when both sentences count the same thing (the word after the number) differently,
    'day' when each names one different day; else ''."""
    (counts_a, days_a), (counts_b, days_b) = facets(a), facets(b)
    for unit in counts_a.keys() & counts_b.keys():
        if not counts_a[unit] & counts_b[unit]:
            return "number"
    if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
        return "day"
    return ""


def facets(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """What a sentence counts (outside quotes; years aside; 'nine' is 9), by the thing counted,
    and the day names it states: ({'peopl': {'9'}}, {'Thursday'})."""
    return _facets(text)


@lru_cache(maxsize=100_000)
def _facets(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    counts: dict[str, set[str]] = {}
    for number, _, word in _COUNT.findall(QUOTE.sub(" ", text)):
        value = str(NUMBER_WORDS[number.lower()]) if number.lower() in NUMBER_WORDS else _normalize_number(number)
        if value and word.lower() not in stop_words():
            counts.setdefault(stem(word), set()).add(value)
    return {unit: frozenset(values) for unit, values in counts.items()}, frozenset(_DAY.findall(text))


def _normalize_number(text: str) -> str:
    digits = re.sub(r"[^\d.]", "", text).rstrip(".")
    return digits if digits and not re.fullmatch(r"(?:19|20)\d\d", digits) else ""


def difference_lines(difference: Difference, outlet_of: dict[str, str]) -> list[DifferenceLine]:
    """The two versions side by side, each led by the value it gives and citing its own outlet."""
    return [DifferenceLine(item=item, outlets=(outlet_of[sentence.source_id],), facet=difference.facet,
                           values=tuple(facet_values(sentence.text, difference.facet)), sentence=sentence.text)
            for item, sentence in ((difference.item, difference.first), (difference.other, difference.second))]


def difference_note(difference: Difference, outlet_of: dict[str, str]) -> str:
    """'accounts differ: eight (Reuters); nine (AFP)' for one fact told two ways."""
    parts = []
    for sentence in (difference.first, difference.second):
        values = " / ".join(facet_values(sentence.text, difference.facet))
        parts.append(f"{values} ({outlet_of[sentence.source_id]})")
    return "accounts differ: " + "; ".join(parts)


def facet_values(text: str, facet: str) -> list[str]:
    """The values a sentence gives for a facet ('Wednesday'; 'nine people')."""
    if facet == "day":
        return sorted(set(_DAY.findall(text)))
    return [f"{number}{scale or ''} {word}" for number, scale, word in _COUNT.findall(QUOTE.sub(" ", text))
            if word.lower() not in stop_words()]


def fill(sections: list[Section], placement: Placement) -> None:
    """Differences side by side in each section; a difference inside one placed fact becomes its note."""
    for section in sections:
        place_differences(section, placement)


def top_up(sections: list[Section], placement: Placement) -> None:
    """Facts placed after the first pass may carry a disagreement too: notes only."""
    place_differences(None, placement)


def place_differences(section: Section | None, placement: Placement) -> None:
    story = placement.story
    items = [placement.current(i) for i in story.items]
    for difference in find_differences(items, story.voice_of, story.people):
        involved = list({i.id: i for i in (difference.item, difference.other)}.values())
        if len(involved) == 1 and not placement.is_free(involved[0]):
            placement.add_note(involved[0], difference_note(difference, story.outlet_of))
            continue
        if section is None or len(section.lines) >= 2 * section.max_items:
            continue
        placement.place_together(section, difference_lines(difference, story.outlet_of))


KIND = SectionKind("differences", fill, top_up)
