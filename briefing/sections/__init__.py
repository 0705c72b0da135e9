"""Section kinds, one module each, registered in one dict as the rankers are.

The order of `KINDS` is the order in which kinds claim facts: what must be there first (key
points, each theme's best fact), then the editorial views. Kinds fill in three passes: their
first share (PLACE.first_share), their core (PLACE.core_share), then up to their max_items;
after that, the kinds with a `top_up` fill once more in the same order. To add a kind: write one module with a `KIND`, add
one line here, and document it in templates/README.md.
"""

from __future__ import annotations

from briefing.model import FactLine, Item, Section
from briefing.sections import differences, exclusives, key_points, people, quotes, sources, theme, timeline
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement, answers_first, line_words
from briefing.settings import PLACE
from briefing.story import StoryIndex
from briefing.themes import Themes
from briefing.wording import word_count

KINDS: dict[str, SectionKind] = {kind.name: kind for kind in (
    key_points.KIND,
    theme.KIND,  # fill: each theme's core, round-robin; top_up: the rest of each theme
    quotes.KIND,
    timeline.KIND,
    people.KIND,
    differences.KIND,  # fill: accounts side by side; top_up: notes on facts placed by then
    exclusives.KIND,
    sources.KIND,
)}


def place(sections: list[Section], story: StoryIndex, themes: Themes, budget: int) -> None:
    """Fill every section within the word budget, each fact in one place only."""
    placement = Placement(story, themes, budget, sections)
    by_kind = {name: [s for s in sections if s.kind == name] for name in KINDS}
    # Budget shares: every section the template lists gets its first share before any takes its core,
    # so at 300 words the key points and each theme's best fact come first, and at 900 words on a long
    # story the editorial sections are not crowded out by the themes.
    for share in (PLACE.first_share, PLACE.core_share, None):
        placement.share = share
        for name, kind in KINDS.items():
            if by_kind[name]:
                kind.fill(by_kind[name], placement)
    top_up(by_kind, placement)
    if placement.remaining >= PLACE.spare_share * budget:  # much left: facts that share half their words may come
        placement.relax()
        top_up(by_kind, placement)
    placement.complete_citations()
    for name, kind in KINDS.items():
        for section in by_kind[name] if kind.line_order is not None else []:
            section.lines.sort(key=kind.line_order)


def top_up(by_kind: dict[str, list[Section]], placement: Placement) -> None:
    """The kinds with a `top_up` fill once more, in the order of `KINDS`."""
    for name, kind in KINDS.items():
        if by_kind[name] and kind.top_up is not None:
            kind.top_up(by_kind[name], placement)


def summary(story: StoryIndex, max_words: int) -> list[Item]:
    """Plain-summary mode: the best facts within the word budget, each once, no sections or citations."""
    placement = Placement(story, Themes(), max_words, [], cite=False)
    chosen = Section("Summary", "summary")
    for item in sorted(placement.candidates, key=answers_first):
        words = word_count(item.text)
        if words <= placement.remaining:
            placement.place(chosen, FactLine(item=item), words)
    return chosen.items


def body_words(sections: list[Section]) -> int:
    """Words of the body: section titles, intros, lines and their citations (not the title or sources appendix)."""
    return sum(word_count(s.title) + word_count(s.intro) + sum(line_words(line) for line in s.lines)
               for s in sections if s.kind != "sources" and s.lines)


def default_max_items(kind: str) -> int:
    """A kind's number of lines when the template does not say."""
    return PLACE.max_items.get(kind, 0)
