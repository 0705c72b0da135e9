"""Placement: the word budget, the one word count, and the rule that every fact is told once."""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import replace
from functools import cached_property, lru_cache
from typing import TypeVar

import numpy as np

from briefing.dates import MONTH_NUMBER, WEEKDAYS, find_expressions, parse_iso, resolve
from briefing.lexicon import COMMON_CAPITALISED, ORG_NOUNS_AFTER, places
from briefing.model import FactLine, Item, Line, QuoteLine, Section, date_label
from briefing.people import surname_key
from briefing.quotes import is_unresolved_pronoun_start, pronoun_antecedent
from briefing.settings import PLACE
from briefing.story import StoryIndex, concepts, word_pairs
from briefing.support import hedged_alike, named_in_full, out_of_date, shares_count, supports, variant
from briefing.themes import Themes
from briefing.vectors import content_stems, normalize, stop_words
from briefing.wording import (
    dangling,
    not_yet_known,
    outside_quotes,
    pronoun_speaker,
    standalone,
    unattributed_quotation,
    unquoted_speech,
    word_count,
)

NOT_ONLY_SURNAMES = frozenset(MONTH_NUMBER) | frozenset(WEEKDAYS) | COMMON_CAPITALISED  # 'in May': no Theresa May
_WORD_BEFORE = re.compile(r"(?<![\w’'-])([A-Z][\w.’'-]*)\s+$")  # a capitalised word right before a name
_NAME_AFTER = re.compile(r"\s+[A-Z][a-z]")
_PLACE_BEFORE = re.compile(r"\b(?:in|of|at|off|near|from|to|into|across|around|outside)\s+$", re.I)
_BODY_AFTER = re.compile(r"[’']?s?\s+(?:&|and\s+[A-Z]|(?:" + "|".join(sorted(ORG_NOUNS_AFTER)) + r")\b|said\s+it\b)")

T = TypeVar("T")


def _share_half(mine: set[tuple[str, str]], others: list[set[tuple[str, str]]]) -> bool:
    """The pairs share half or more of the shorter side's with one of the others."""
    return bool(mine) and any(other and len(mine & other) >= PLACE.quote_told * min(len(mine), len(other))
                              for other in others)


def speakerless(text: str) -> bool:
    """A quotation told as a fact with no one named as saying it ('“We believe our goal is peace.”'); a
    stray closing mark opens some ('”It is about as big as the orbit of Mercury ...')."""
    return text[:1] in "\"“‘”" and not standalone(text)


def question(text: str) -> bool:
    """An interviewer's or writer's question ('So how did you get involved?'): it reports no fact."""
    return text.rstrip("\"”’' ").endswith("?")


def answers_first(item: Item) -> float:
    """The order facts are taken in: by score, or under --focus by score times relevance to the question."""
    return -item.score * item.signals.get("focus", 1.0)


def relative_day(item: Item, story: StoryIndex) -> str:
    """What a relative day in a fact's wording means, from the date of the article that wrote it: 'yesterday:
    Tue 2 Jan 2024' (a reader of the briefing reads it on another day); '' when there is none, when it is inside a
    quotation (the speaker's day, not the article's) or when the article is undated (no date beats a wrong one)."""
    reference = parse_iso(story.date_of(item.members[0].source_id)) if item.members else None
    if reference is None:
        return ""
    for expression in find_expressions(outside_quotes(item.text)):  # a quotation's 'this morning' is its speaker's
        if expression.kind == "relative" and (resolved := resolve(expression, reference)) and resolved[1] == "day":
            return f"{expression.text}: {date_label(resolved[0])}"
    return ""


def line_words(line: Line) -> int:
    """Words a line adds to the body: its text, and its citation with the dash."""
    citation = line.citation
    return word_count(line.text) + (word_count(citation) + 1 if citation else 0)


def citation_words(outlets: tuple[str, ...] | list[str]) -> int:
    """Words a citation of these outlets takes."""
    return word_count(", ".join(outlets))


class Placement:
    """What every section kind fills from: the story, its themes, the budget and the facts already placed.

    A fact is placed once. When a kind offers a fact that the same-fact rule finds already placed
    (told in other words), it is not placed again: the outlets of its sentences that support the
    placed wording join the placed line instead."""

    def __init__(self, story: StoryIndex, themes: Themes, budget: int, sections: list[Section],
                 cite: bool = True) -> None:
        self.story = story
        self.themes = themes
        self.sections = sections  # the whole layout: a kind may need to know its neighbours (key points, themes)
        self.remaining = budget
        self.cite = cite  # False in plain-summary mode: no citations, so absorbing a duplicate costs nothing
        floor = PLACE.min_item_score * max((i.score for i in story.items), default=0.0)
        self.candidates = sorted((i for i in story.items if i.score >= floor), key=lambda i: -i.score)
        self.used: set[int] = set()  # ids of items offered (placed or absorbed)
        self.chosen: list[Item] = []  # placed facts, in placement order
        self._lines: dict[int, list[tuple[Section, int]]] = {}  # item id -> where its lines are
        self._current: dict[int, Item] = {}  # item id -> the item with what was absorbed into it
        self.covered: set[str] = set()  # concepts of the facts placed (see `novelty`)
        self._once: dict[str, object] = {}
        self._days: dict[int, str] = {}  # item id -> what its relative day means ('yesterday: Tue 2 Jan 2024')
        self._printed: list[set[tuple[str, str]]] = []  # word pairs of every line placed (a quote line's: its
        self._quoted: list[set[tuple[str, str]]] = []  # quotation), and of every quotation shown as a quote line
        self.share: dict[str, int] | None = None  # lines per kind allowed in the current pass (None: up to max_items)
        self.relaxed = False  # see `relax`
        self.repeated: set[int] = set()  # ids of facts refused as repeats (offered again by `relax`, and to the
        # quotes kind by `free_to_quote`)
        self._introduced: dict[str, int] = {}  # surname key of each person a placed line names in full -> the
        # first section (in reading order) that does

    # --- reading -----------------------------------------------------------------------

    def room(self, section: Section) -> int:
        """Lines a section may still take in the current pass: its share now, never past its max_items."""
        limit = section.max_items if self.share is None else min(section.max_items, self.share.get(section.kind,
                                                                                                section.max_items))
        return max(0, limit - len(section.lines))

    def once(self, name: str, compute: Callable[[], T]) -> T:
        """A kind's own candidates, computed in its first pass and kept for the later passes."""
        if name not in self._once:
            self._once[name] = compute()
        return self._once[name]

    def is_free(self, item: Item) -> bool:
        return item.id not in self.used

    def current(self, item: Item) -> Item:
        """The item as placed now: with the sentences and outlets of duplicates absorbed into it."""
        return self._current.get(item.id, item)

    def free(self) -> list[Item]:
        """Candidates not yet placed, best first."""
        return [i for i in self.candidates if i.id not in self.used]

    def free_to_quote(self) -> list[Item]:
        """Candidates not yet placed, then those refused as a fact that repeats the briefing: a quotation is the
        speaker's words, not only a fact, and is weighed again with a quotation's floor (see `place`), after the
        quotations whose facts the briefing does not tell yet."""
        return self.free() + [i for i in self.candidates if i.id in self.repeated]

    # --- spending ----------------------------------------------------------------------

    def spend(self, words: int) -> bool:
        """Use words for a line that is not a fact (a person and a role)."""
        if words > self.remaining:
            return False
        self.remaining -= words
        return True

    def place(self, section: Section, line: Line, words: int | None = None) -> bool:
        """Add a line to a section if it fits and its fact is not already placed (then it is absorbed)."""
        item = line.item
        if self.cite and isinstance(line, FactLine) and item is not None and item.id not in self.used \
                and not line.note and (day := self.relative_day(item)):
            line = replace(line, note=day)  # 'A plane yesterday collided ...' — yesterday: Tue 2 Jan 2024
        words = line_words(line) if words is None else words
        if item is None:
            if not self.spend(words):
                return False
            section.lines.append(line)
            return True
        requoted = line.kind == "quote" and item.id in self.repeated  # refused as a fact, offered as a quotation
        if item.id in self.used and not requoted or words > self.remaining:
            return False
        if line.kind in ("fact", "timeline") and (not self.stands_alone(item) or self.unintroduced(item.text, section)):
            return False  # '“…,” he said' cannot stand alone; a quote line (with its speaker) may still take it
        self.used.add(item.id)
        twin = next((c for c in self.chosen if self.story.facts.same(c.text, item.text)), None)
        if twin is not None:
            self.repeated.discard(item.id)  # absorbed once: never offered again (its sentences would join twice)
            self._absorb(twin, item)
            return False
        if self.quoted_twice(line):
            return False  # the same statement as a quote line and a fact line ('“Today, power will change hands
            # ...,” the Tory leader added' beside Sunak's quotation): a quotation is shown once
        novelty = (PLACE.min_novelty_first_quote if not section.lines else PLACE.min_novelty_quote) \
            if line.kind == "quote" else PLACE.min_novelty_spare if self.relaxed else PLACE.min_novelty
        if line.kind != "difference" and (self.repeats(item, novelty) or self.relaxed_repeat(item)):
            self.repeated.add(item.id)
            return False  # it tells, in other words, what the briefing already says
        self.repeated.discard(item.id)
        self.chosen.append(item)
        self.remaining -= words
        self._record(section, line)
        self.covered |= concepts(item.text)
        self._introduce(line.text, section)
        self._printed.append(word_pairs(line.quote if isinstance(line, QuoteLine) else item.text))
        if isinstance(line, QuoteLine):
            self._quoted.append(self._printed[-1])
        return True

    def unintroduced(self, text: str, section: Section | None = None) -> bool:
        """A line naming someone by surname alone whom no line placed in this section or one read before it names
        in full or with a title ('Rojek stated ...', '..., added Fahmi', 'Comperatore had attended the rally with his
        family'): alone in the briefing the reader cannot tell who that is. The briefing's first line is exempt (the
        lead is chosen for what happened) and introduces whom it names; so is anyone the story never names in full."""
        if not self.cite or not self.chosen:
            return False
        named, here = self._named(text), self._reading_place(section)
        return any(self._introduced.get(key, here + 1) > here and key not in named
                   and any(not _PLACE_BEFORE.search(text, 0, m.start()) and not _BODY_AFTER.match(text, m.end())
                           for m in surname.finditer(text))
                   for key, surname in self._surnames)  # 'in Derna' is the city, whoever 'Mohammed Derna' is, and
        # 'Disney shares fell', 'Ford said it', 'Johnson & Johnson' a company

    def _introduce(self, text: str, section: Section | None = None) -> None:
        """Record the people a placed line names in full or with a title (a quote line's speaker too), and where
        the reader meets them; the lead introduces everyone it names ('Dylan was awarded the Nobel Prize ...' says
        who the story is about)."""
        if self.cite:
            here = -1 if len(self.chosen) == 1 else self._reading_place(section)
            keys = {key for key, surname in self._surnames if surname.search(text)} if here < 0 else self._named(text)
            for key in keys:
                self._introduced[key] = min(self._introduced.get(key, here), here)

    def _reading_place(self, section: Section | None) -> int:
        """Where a section is read in the briefing (the layout's order); a section outside it is read last."""
        return next((k for k, s in enumerate(self.sections) if s is section), len(self.sections))

    def _named(self, text: str) -> set[str]:
        """Surname keys of the people a line names in full or with a title: a capitalised word before the surname
        that is no sentence opener ('Isaiah Steven Williams', 'President Biden'; not 'The Biden ...')."""
        return {key for key, surname in self._surnames for match in surname.finditer(text)
                if (before := _WORD_BEFORE.search(text, 0, match.start())) and before.group(1).lower() not in stop_words()
                or _NAME_AFTER.match(text, match.end())}  # 'Ko Wen-je': a family name before the given name

    @cached_property
    def _surnames(self) -> list[tuple[str, re.Pattern]]:
        """(surname key, surname pattern) of each person the story names in full and only a few of its sources name
        (its main actors may go by surname: see PLACE.known_person_sources); a surname that is also a month, a
        place or a common capitalised word ('May', 'Derna', 'Rice') is left out: the word may be no one."""
        actors = {surname_key(p.surname) for p in self.story.people if len(p.source_ids) >= PLACE.known_person_sources}
        return [(key, re.compile(rf"(?<![\w-]){re.escape(person.surname)}(?![\w-])"))
                for person in self.story.people if len(person.surname) > 2 and person.surname.lower() not in NOT_ONLY_SURNAMES
                and person.surname.lower() not in places() and (key := surname_key(person.surname)) not in actors
                and any(len(spelling.split()) >= 2 for spelling in person.spellings)]  # an actor's namesake ('Lara
        # Trump' beside Donald Trump) leaves 'Trump was nominated' to the actor

    def quoted_twice(self, line: Line) -> bool:
        """A quote line and a placed line, or a fact line and a placed quote line, share half or more of the shorter
        one's word pairs: one statement printed twice."""
        if isinstance(line, QuoteLine):
            return _share_half(word_pairs(line.quote), self._printed)
        return line.item is not None and _share_half(word_pairs(line.item.text), self._quoted)

    def relax(self) -> None:
        """Let facts refused as repeats be offered again with a lower novelty floor: on a story whose every fact
        names the same few actors (a final's two teams and its star), most facts share half their concepts with the
        ones placed, and the first floor would leave most of the budget unspent."""
        self.used -= self.repeated  # a fact refused for another figure is refused again: `repeats` still asks
        self.repeated = set()
        self.relaxed = True

    def relaxed_repeat(self, item: Item) -> bool:
        """Under the relaxed floor (see `relax`), a fact below the first floor still repeats unless it names someone
        in full or gives a figure the briefing does not yet ('Brock Purdy ... 255 yards'): what else it says is
        colour, and an outlet it credits ('according to the Associated Press') is no one new."""
        if not self.relaxed or self.novelty(item) >= PLACE.min_novelty:
            return False
        figures = {c for c in concepts(item.text) if c.startswith("#")}
        names = set(content_stems(" ".join(named_in_full(item.text))))
        return not ((figures | names) - self.covered)

    def stands_alone(self, item: Item) -> bool:
        """A fact line may say this in the reporter's voice: it reads alone ('“…,” he said' does not), names who
        speaks, asks nothing, and is not out of date ('at least 79 people have died' when the story says the toll
        was revised from 79)."""
        text = item.text
        return not (dangling(text) or is_unresolved_pronoun_start(text) or speakerless(text) or question(text)
                    or unquoted_speech(text) or unattributed_quotation(text) or not_yet_known(text)
                    or self.speaker_unnamed(item) or out_of_date(text, self.story.revised_figures))

    def repeats(self, item: Item, min_novelty: float = PLACE.min_novelty) -> bool:
        """A fact repeats the briefing when less than `min_novelty` of what it says is new, or when it gives a count
        the briefing already gives and adds little else. One that gives another figure for a count the briefing
        gives (an earlier toll, another outlet's injured) is never placed as a fact: two figures side by side are for
        'Where accounts differ', which says so."""
        novelty = self.novelty(item)
        if novelty < min_novelty or any(variant(item.text, c.text) for c in self.chosen):
            return True
        counted = any(shares_count(item.text, c.text) for c in self.chosen)
        beside_a_count = PLACE.min_novelty_beside_a_count - (PLACE.min_novelty - min_novelty)  # as much more as a
        return counted and novelty < beside_a_count  # fact needs, from a quotation's lower floor

    def speaker_unnamed(self, item: Item) -> bool:
        """A fact told as 'he said' (see `pronoun_speaker`) whose 'he' the line does not name: the speaker its own page
        names in the sentence before is someone else, or no one the page makes plain ('The authorities will not
        persecute Wagner members ..., he said' after the Kremlin spokesman's name). Alone in the briefing the reader
        would take 'he' for a man the line or the line above names."""
        if not pronoun_speaker(item.text):
            return False
        shown = next((m for m in item.members if m.text == item.text), item.members[0] if item.members else None)
        if shown is None:
            return True
        before = self.story.source_of[shown.source_id].sentences[:shown.position]
        person = pronoun_antecedent(shown, before, self.story.name_index)
        return person is None or not any(re.search(rf"(?<!\w){re.escape(name)}(?!\w)", item.text)
                                         for name in [*person.spellings, person.surname] if name)

    def relative_day(self, item: Item) -> str:
        """The day a fact's 'yesterday' means (see `relative_day`), read once per fact."""
        if item.id not in self._days:
            self._days[item.id] = relative_day(item, self.story)
        return self._days[item.id]

    def novelty(self, item: Item) -> float:
        """Share of a fact's concepts (weighted by rarity; figures weigh most) the briefing does not say yet.
        A concept counts once in the whole document, so a second wording of a fact brings little."""
        found = concepts(item.text)
        if not found:
            return 1.0
        weight = self.story.concept_weight
        total = sum(weight(c) for c in found)
        return sum(weight(c) for c in found - self.covered) / total if total else 1.0

    def place_together(self, section: Section, lines: list[Line]) -> bool:
        """Add lines that stand or fall together (two accounts side by side), each fact once, no absorbing."""
        items = {line.item.id: line.item for line in lines if line.item is not None}
        if any(i in self.used for i in items) or not self.spend(sum(line_words(line) for line in lines)):
            return False
        for item in items.values():
            self.used.add(item.id)
            self.chosen.append(item)
        for line in lines:
            self._record(section, line)
        return True

    def add_note(self, item: Item, note: str) -> bool:
        """Attach a note ('accounts differ: ...') to the placed fact line of an item, after the day its relative
        words mean if it has that note, if it fits."""
        for section, index in self._lines.get(item.id, []):
            line = section.lines[index]
            if isinstance(line, FactLine) and (not line.note or line.note == self.relative_day(item)) \
                    and self.spend(word_count(note)):
                section.lines[index] = replace(line, note=f"{line.note}; {note}" if line.note else note)
                return True
        return False

    def _record(self, section: Section, line: Line) -> None:
        section.lines.append(line)
        if line.item is not None:
            self._lines.setdefault(line.item.id, []).append((section, len(section.lines) - 1))

    def complete_citations(self) -> None:
        """Cite every outlet whose own sentence tells a placed fact as worded. Merging links the sentences worded
        alike; another voice's sentence that tells the same fact in its own words ('The Secret Service said it killed
        the suspected shooter' beside 'Officials reported that the shooter was shot dead') is found here, among the
        story's sentences closest to the line, and cited only when it supports the line (see `_absorb`). A
        single-source report and an account of a difference keep their one outlet: that is what they say."""
        if not self.cite:
            return
        story = self.story
        for item in list(self.chosen):
            where = self._lines.get(item.id, [])
            if not where or any(section.kind in ("exclusives", "differences", "quotes") for section, _ in where):
                continue
            current = self.current(item)
            cited = {m.source_id for m in current.members}
            closeness = (story.vectors @ normalize(story.vectorizer.transform([current.text])).T).toarray().ravel()
            closest = np.argsort(-closeness)[:PLACE.citation_candidates]
            others = tuple(story.sentences[k] for k in closest if closeness[k] >= PLACE.citation_min_similarity
                           and story.sentences[k].source_id not in cited and tells_alike(story.sentences[k].text, current.text))
            if others:
                self._absorb(item, replace(item, members=others))

    def _absorb(self, kept: Item, duplicate: Item) -> None:
        """Add the duplicate's sentences that tell the kept fact as worded (and their outlets) if the citation fits.

        Sentences of the duplicate that do not support the kept wording add nothing: an outlet is
        cited only for what its own sentence says."""
        current = self.current(kept)
        backing = tuple(m for m in duplicate.members if supports(m.text, current.text) and hedged_alike(m.text, current.text))
        if not backing:
            return
        outlet_of = self.story.outlet_of
        outlets = tuple(sorted(set(current.outlets) | {outlet_of[m.source_id] for m in backing}, key=str.lower))
        places = self._lines.get(kept.id, [])
        citing = self.cite and any(section.lines[index].cites_item for section, index in places)
        extra = citation_words(outlets) - citation_words(current.outlets) if citing else 0
        if extra > self.remaining:
            return
        self.remaining -= extra
        merged = replace(current, members=current.members + backing, outlets=outlets)
        self._current[kept.id] = merged
        for section, index in places:
            line = section.lines[index]
            section.lines[index] = replace(line, item=merged, **({"outlets": outlets} if line.cites_item else {}))


def tells_alike(sentence: str, line: str) -> bool:
    """A sentence found near a placed line, not linked to it by merging, tells it when it also names every name the
    line names and holds most of its words (PLACE.citation_min_share): 'Ohtani turned down a 10-year, $700 million
    offer from the Blue Jays' does not tell 'Ohtani agreed to a 10-year, $700 million contract with the Dodgers', nor
    'The Fed held its rate steady' that economists expected it to raise it. `supports` then decides as for any
    citation."""
    names, own = _line_marks(line)
    if any(not name.search(sentence) for name in names):
        return False
    return bool(own) and len(own & set(content_stems(sentence))) >= PLACE.citation_min_share * len(own)


@lru_cache(maxsize=1024)
def _line_marks(line: str) -> tuple[tuple[re.Pattern, ...], frozenset[str]]:
    """A placed line's names (as patterns) and content words, read once for all the sentences near it."""
    names = set(_NAME.findall(line[1:])) - NOT_ONLY_NAMES
    return tuple(re.compile(rf"(?<![\w-]){re.escape(name)}(?![\w-])") for name in sorted(names)), \
        frozenset(content_stems(line))


_NAME = re.compile(r"(?<=\s)[A-Z][a-z][\w’'-]*")  # a capitalised word past the first: a name ('Dodgers', 'Blue')
NOT_ONLY_NAMES = frozenset(w.capitalize() for w in NOT_ONLY_SURNAMES)  # a day or a month names no one
