"""Tiny hand-made stories for unit tests of the section kinds (as sumy's tests build documents)."""

from __future__ import annotations

from pathlib import Path

from briefing.merge import merge
from briefing.model import Section, Sentence, Source
from briefing.rank import Corpus, rank
from briefing.score import score_items
from briefing.sections import KINDS
from briefing.sections.placer import Placement
from briefing.story import StoryIndex
from briefing.themes import Themes
from briefing.vectors import tfidf


def story(*articles: tuple[str, list[str | list[str]]], date: str = "") -> StoryIndex:
    """A story of articles, each (outlet, [paragraph, ...]), ranked, merged and scored as the pipeline does."""
    sources = []
    for number, (outlet, texts) in enumerate(articles):
        source = Source(id=f"s{number}", path=Path(f"s{number}.txt"), outlet=outlet, date=date)
        # A text is a paragraph of one sentence; a list of texts is one paragraph of several.
        paragraphs = [[t] if isinstance(t, str) else t for t in texts]
        source.sentences = [Sentence(text, source.id, number + 1, 0) for number, para in enumerate(paragraphs)
                            for text in para]
        for position, sentence in enumerate(source.sentences):
            sentence.position = position
        sources.append(source)
    sentences = [s for source in sources for s in source.sentences]
    vectors, _, vectorizer = tfidf([s.text for s in sentences])
    outlet_of = {s.id: s.outlet for s in sources}
    voice_of = {s.id: s.id for s in sources}
    salience = rank(Corpus(sentences, vectors, outlet_of, voice_of))
    items = score_items(merge(sentences, vectors, salience, outlet_of), voice_of)
    return StoryIndex.build(sources, sentences, vectorizer, vectors, items)


def fill(kind: str, index: StoryIndex, *, budget: int = 900, max_items: int = 5, themes: Themes | None = None,
         others: tuple[Section, ...] = ()) -> Section:
    """Fill one section of a kind (after `others`, already in the layout) and return it."""
    section = Section(kind.title(), kind, max_items=max_items)
    placement = Placement(index, themes or Themes(), budget, [*others, section])
    KINDS[kind].fill([section], placement)
    if KINDS[kind].top_up is not None:
        KINDS[kind].top_up([section], placement)
    if KINDS[kind].line_order is not None:
        section.lines.sort(key=KINDS[kind].line_order)
    return section


def all_themes(index: StoryIndex, title: str = "News") -> Themes:
    """Every item in one theme."""
    return Themes({item.id: title for item in index.items}, {item.id: 1.0 for item in index.items}, [title])


def place(index: StoryIndex, *sections: Section, themes: Themes | None = None, budget: int = 900) -> None:
    """Fill a whole layout in one placement, as the pipeline does."""
    from briefing.sections import place as place_all

    place_all(list(sections), index, themes or Themes(), budget)
