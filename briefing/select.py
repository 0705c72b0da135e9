"""Place items into the template's sections within the word budget, each fact in one place only."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field

import scipy.sparse as sp

from briefing import editorial
from briefing.merge import FactCheck
from briefing.model import Item, Section, Source
from briefing.rank import word_count

KEY_POINTS_PER_THEME = 2
KEY_POINTS_OVERLAP = 0.2  # cosine above which a candidate key point repeats one already chosen
LEDE_WEIGHT = 0.5  # news leads with what matters: each voice's lede that tells a fact raises it for key points
QUOTE_MARKS = "\"“‘'"  # key points are stated in the reporter's voice; quotes stay in the sections
MIN_ITEM_SCORE = 0.1  # share of the best item's score below which an item is filler ("But there are nuances")
THEME_MIN_ITEMS = 3
TIMELINE_PER_DAY = 2
# The order sections claim items in: what must be there first, then the editorial views, then the rest.
FILL_ORDER = ("key_points", "differences", "timeline", "theme_minimum", "quotes", "people", "exclusives", "theme_rest",
              "notes")


@dataclass
class Story:
    """What placement needs to know about the story besides its items."""

    sources: list[Source]
    outlet_of: dict[str, str]
    voice_of: dict[str, str]
    item_vectors: sp.csr_matrix  # rows align with the items list
    facts: FactCheck
    echoed: Callable[[Item], float]  # an item's highest similarity to another voice's sentence


@dataclass
class Placer:
    """The budget and the facts already placed."""

    remaining: int
    facts: FactCheck
    chosen: list[Item] = field(default_factory=list)
    used: set[int] = field(default_factory=set)

    def fits(self, words: int) -> bool:
        return words <= self.remaining

    def claim(self, item: Item, words: int) -> bool:
        """Reserve an item for a section if it fits and is not a fact already placed (then it is absorbed)."""
        if id(item) in self.used or words > self.remaining:
            return False
        self.used.add(id(item))
        twin = next((c for c in self.chosen if self.facts.same(c.text, item.text)), None)
        if twin is not None:
            self.remaining -= absorb(twin, item, self.remaining)
            return False
        self.chosen.append(item)
        self.remaining -= words
        return True

    def spend(self, words: int) -> bool:
        """Use words for a line that is not a fact (a person and a role)."""
        if words > self.remaining:
            return False
        self.remaining -= words
        return True


def absorb(kept: Item, duplicate: Item, remaining: int) -> int:
    """Add a duplicate's sentences and outlets to the kept item if its longer citation fits; return words used."""
    outlets = sorted(set(kept.outlets) | set(duplicate.outlets), key=str.lower)
    extra = word_count(", ".join(outlets)) - word_count(", ".join(kept.outlets))
    if extra > remaining:
        return 0
    kept.members.extend(duplicate.members)
    kept.outlets = outlets
    return extra


def item_words(item: Item) -> int:
    """Words an item adds to the body: its text, its citation and its note."""
    return word_count(item.text) + line_words({"citation": ", ".join(item.outlets)}) + word_count(item.note)


def line_words(line: dict) -> int:
    """Words a rendered line adds: its text and its citation (with the dash)."""
    return word_count(line.get("text", "")) + (word_count(line["citation"]) + 1 if line.get("citation") else 0)


def place(sections: list[Section], items: list[Item], budget: int, story: Story) -> None:
    """Fill every section in FILL_ORDER within the word budget."""
    placer = Placer(budget, story.facts)
    floor = MIN_ITEM_SCORE * max((i.score for i in items), default=0.0)
    by_score = sorted((i for i in items if i.score >= floor), key=lambda i: -i.score)
    row = {id(item): index for index, item in enumerate(items)}
    themes = {s.title: s for s in sections if s.kind == "theme"}
    kinds = {s.kind: s for s in sections}
    # Who is named, with roles: found once, and only when a section needs it.
    people = editorial.find_people(story.sources) if kinds.keys() & {"quotes", "differences", "people"} else {}
    for step in FILL_ORDER:
        if step == "key_points" and "key_points" in kinds:
            fill_key_points(kinds["key_points"], by_score, themes, placer, story.item_vectors, row)
        elif step == "theme_minimum":
            for rank_index in range(THEME_MIN_ITEMS):  # each theme's best items, round-robin
                for title, section in themes.items():
                    if len(section.items) <= rank_index:
                        take_first(section, [i for i in by_score if i.section == title], placer)
        elif step == "quotes" and "quotes" in kinds:
            fill_quotes(kinds["quotes"], by_score, story, placer, people)
        elif step == "differences" and "differences" in kinds:
            fill_differences(kinds["differences"], items, story, placer, people)
        elif step == "exclusives" and "exclusives" in kinds:
            section = kinds["exclusives"]
            for item in editorial.find_exclusives(by_score, story.voice_of, story.echoed, story.sources):
                if len(section.items) < section.max_items and placer.claim(item, item_words(item)):
                    section.items.append(item)
        elif step == "timeline" and "timeline" in kinds:
            fill_timeline(kinds["timeline"], by_score, story, placer)
        elif step == "people" and "people" in kinds:
            section = kinds["people"]
            for line in editorial.people_lines(people, section.max_items):
                if placer.spend(line_words(line)):
                    section.lines.append(line)
        elif step == "notes" and "differences" in kinds:
            # Facts placed after the differences step may carry a disagreement too.
            fill_differences(Section("", "differences", max_items=0), items, story, placer, people)
        elif step == "theme_rest":
            for item in by_score:
                section = themes.get(item.section)
                if section is not None and len(section.items) < section.max_items and placer.claim(item, item_words(item)):
                    section.items.append(item)
    for section in themes.values():
        section.items.sort(key=lambda i: -i.score)


def take_first(section: Section, candidates: list[Item], placer: Placer) -> None:
    """Place the best candidate that is still free and fits."""
    for item in candidates:
        if len(section.items) >= section.max_items:
            return
        if id(item) not in placer.used and placer.claim(item, item_words(item)):
            section.items.append(item)
            return


def fill_key_points(section: Section, by_score: list[Item], themes: dict[str, Section], placer: Placer,
                    vectors: sp.csr_matrix, row: dict[int, int]) -> None:
    """3-5 bullets: lede facts first, at most two per theme, none close to another, none a bare quote."""
    per_theme: Counter[str] = Counter()
    for item in sorted(by_score, key=lambda i: -i.score * (1 + LEDE_WEIGHT * i.signals.get("ledes", 0))):
        if len(section.items) >= section.max_items:
            break
        overlap = max((float(vectors[row[id(item)]].multiply(vectors[row[id(k)]]).sum()) for k in section.items),
                      default=0.0)
        if (overlap >= KEY_POINTS_OVERLAP or item.section not in themes or item.text[:1] in QUOTE_MARKS
                or per_theme[item.section] >= KEY_POINTS_PER_THEME):
            continue
        if placer.claim(item, item_words(item)):
            section.items.append(item)
            per_theme[item.section] += 1


def fill_quotes(section: Section, by_score: list[Item], story: Story, placer: Placer,
                people: dict[str, editorial.Person]) -> None:
    """The most important direct quotes whose speaker is known, with speaker and role."""
    free = [i for i in by_score if id(i) not in placer.used]
    for quote in editorial.find_quotes(free, story.sources, people):
        if len(section.lines) >= section.max_items:
            return
        line = editorial.quote_line(quote)
        if placer.claim(quote.item, line_words(line)):
            section.items.append(quote.item)
            section.lines.append(line)


def fill_differences(section: Section, items: list[Item], story: Story, placer: Placer,
                     people: dict[str, editorial.Person]) -> None:
    """Accounts that differ, side by side; nothing when the sources agree. When the fact is already
    placed (one item told both ways), the disagreement becomes a note on that item instead."""
    for difference in editorial.find_differences(items, story.voice_of, people):
        involved = list({id(i): i for i in (difference.item, difference.other)}.values())
        if len(involved) == 1 and id(involved[0]) in placer.used:
            item = involved[0]
            note = editorial.difference_note(difference, story.outlet_of)
            if not item.note and placer.spend(word_count(note)):
                item.note = note
            continue
        if len(section.lines) >= 2 * section.max_items:
            continue
        lines = editorial.difference_lines(difference, story.outlet_of)
        if any(id(i) in placer.used for i in involved) or not placer.spend(sum(line_words(line) for line in lines)):
            continue
        for item in involved:
            placer.used.add(id(item))
            placer.chosen.append(item)
            section.items.append(item)
        section.lines.extend(lines)


def fill_timeline(section: Section, by_score: list[Item], story: Story, placer: Placer) -> None:
    """Dated events in time order: the most important event of each day first, then a second per day."""
    free = [i for i in by_score if id(i) not in placer.used]
    dated = editorial.find_timeline(free, story.sources)
    picked = []
    for round_index in range(TIMELINE_PER_DAY):
        per_day: Counter = Counter()
        for when, precision, item in dated:
            if len(picked) >= section.max_items:
                break
            per_day[when] += 1
            if per_day[when] != round_index + 1 or id(item) in placer.used:
                continue
            line = {"text": f"{editorial.timeline_label(when, precision)}: {item.text}", "citation": ", ".join(item.outlets)}
            if placer.claim(item, line_words(line)):
                picked.append((when, line, item))
    for _when, line, item in sorted(picked, key=lambda p: p[0]):
        section.lines.append(line)
        section.items.append(item)
