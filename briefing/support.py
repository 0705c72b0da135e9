"""Citation means support: when does one outlet's own sentence tell an item's fact?

A sentence supports a fact's wording when it carries at least half of the wording's content
words, every number in it, and no opposite wording (best/worst, rose/fell, a negation one side
lacks). A sentence that tells the same fact with other figures is a *variant*: its outlet is
not cited for the fact, but the difference is shown ("accounts differ"). Each sentence is
compared with the fact's own wording, never through a third sentence, so a cluster cannot
chain an outlet onto a fact it did not report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

import snowballstemmer

from briefing.settings import SUPPORT
from briefing.vectors import action_stems, stem, stop_words
from briefing.wording import NUMBER_WORDS, outside_quotes

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*\d|\d")
_NEGATION = re.compile(r"\b(?:not|no|never|without|n[’']t|cannot|denied|denies|deny)\b", re.I)
# Words whose presence on one side and their opposite on the other reverse a fact.
OPPOSITES = [
    ("best", "worst"), ("rose", "fell"), ("rise", "fall"), ("increase", "decrease"), ("higher", "lower"),
    ("more", "fewer"), ("won", "lost"), ("win", "lose"), ("guilty", "innocent"),
    ("accept", "reject"), ("approved", "rejected"), ("confirmed", "denied"), ("open", "closed"),
    ("before", "after"), ("gain", "loss"), ("largest", "smallest"), ("alive", "dead"),
]
_OPPOSITE_STEMS = [(_STEMMER.stemWord(a), _STEMMER.stemWord(b)) for a, b in OPPOSITES]


@dataclass(frozen=True)
class Wording:
    """What a sentence says, reduced to what support compares."""

    stems: frozenset[str]  # content-word stems (no synonym folding: support is literal)
    numbers: frozenset[str]  # every figure, normalized ('5,000' -> '5000', 'nine' -> '9')
    counts: tuple[tuple[str, str, frozenset[str]], ...]  # (thing counted, figure, action words around it)
    negated: bool
    all_stems: frozenset[str]  # every word's stem, stop words too ('best', 'more', 'before' reverse facts)


@lru_cache(maxsize=200_000)
def wording(text: str) -> Wording:
    """The comparable parts of a sentence (cached: the same sentence is compared many times)."""
    words = _WORD.findall(text)
    stems, numbers, every = set(), set(), set()
    counts = []
    stop = stop_words()
    for index, word in enumerate(words):
        value = number_value(word)
        if value:
            numbers.add(value)
            following = next((w for w in words[index + 1:index + 4] if not number_value(w)
                              and w.lower() not in SCALE_WORDS), "")
            if following and following.lower() not in stop:
                window = words[max(0, index - SUPPORT.count_window):index + SUPPORT.count_window + 2]
                actions = frozenset(stem(w) for w in window if w.lower() not in stop and not number_value(w)) \
                    - {stem(following)}
                counts.append((stem(following), value, actions))
            continue
        lower = word.lower().strip("’'")
        stemmed = _STEMMER.stemWord(lower)
        every.add(stemmed)
        if len(lower) >= 2 and lower not in stop:
            stems.add(stemmed)
    return Wording(frozenset(stems), frozenset(numbers), tuple(counts), bool(_NEGATION.search(outside_quotes(text))),
                   frozenset(every))


SCALE_WORDS = {"percent", "%", "million", "billion", "thousand", "hundred", "more", "than", "about", "around", "some",
               "over", "nearly", "almost", "least"}


def number_value(word: str) -> str:
    """A figure as a comparable string, or '' when the word is not one (years are figures too)."""
    lower = word.lower()
    if lower in NUMBER_WORDS:
        return str(NUMBER_WORDS[lower])
    if word[:1].isdigit():
        digits = word.replace(",", "").rstrip(".")
        return digits.rstrip("0").rstrip(".") if "." in digits else digits
    return ""


def supports(sentence: str, fact: str) -> bool:
    """True when `sentence` tells the fact worded as `fact` (see the module docstring)."""
    if sentence == fact:
        return True
    said, told = wording(sentence), wording(fact)
    if not told.stems:
        return False
    if len(told.stems & said.stems) < SUPPORT.min_shared_words * len(told.stems):
        return False
    if not told.numbers <= said.numbers:
        return False
    return not reverses(said, told)


def variant(sentence: str, fact: str) -> str:
    """The thing both count differently when `sentence` tells `fact`'s event with another figure, else ''.

    Both must count the same thing (the word after the figure) for the same action (the words
    around it: 'killed eight people' and 'nine people died'); a figure that is the sum of the
    other side's parts ('113 people' against '109 people ... and four') is not a difference."""
    said, told = wording(sentence), wording(fact)
    for unit, value, actions in told.counts:
        for other_unit, other_value, other_actions in said.counts:
            if unit != other_unit or value == other_value or not same_action(actions, other_actions):
                continue
            if sums_to(value, said.numbers) or sums_to(other_value, told.numbers):
                continue
            return unit
    return ""


def same_action(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two counts are of one action when they share an action word (kill/die, wound/injure), or, with no
    action word on either side, two words of their surroundings."""
    verbs_a, verbs_b = a & action_stems(), b & action_stems()
    if verbs_a and verbs_b:
        return bool(verbs_a & verbs_b)
    return len(a & b) >= 2


def sums_to(total: str, parts: frozenset[str]) -> bool:
    """True when two of the figures add up to `total`."""
    try:
        wanted, values = float(total), [float(p) for p in parts]
    except ValueError:
        return False
    return any(a + b == wanted for i, a in enumerate(values) for b in values[i + 1:])


def reverses(said: Wording, told: Wording) -> bool:
    """One side says the opposite: a negation only one has, or a word whose opposite the other has."""
    if said.negated != told.negated:
        return True
    said_words, told_words = said.all_stems, told.all_stems
    for a, b in _OPPOSITE_STEMS:
        if (a in said_words and b in told_words and b not in said_words) or \
                (b in said_words and a in told_words and a not in said_words):
            return True
    return False
