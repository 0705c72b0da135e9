"""Orchestrate the stages: sources -> sentences -> ranked items -> sections -> briefing."""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import numpy as np
import scipy.sparse as sp

from briefing import template as templates
from briefing.errors import BriefingError
from briefing.ingest import load_sources, sentences_before
from briefing.merge import FactCheck, merge
from briefing.model import Briefing, Item, Section, Sentence, Source
from briefing.rank import DEFAULT_RANKER, RANKERS, Corpus, rank, score_items, word_count
from briefing.select import MIN_ITEM_SCORE, Story, item_words, line_words, place
from briefing.themes import FIT_SHARE, assign_to_template, discover, item_vectors
from briefing.vectors import Vectorizer, normalize, tfidf

DEFAULT_INPUT = Path("seeds")
DEFAULT_MAX_WORDS = 900
DEFAULT_MAX_ITEMS = {"key_points": 5, "theme": 8, "quotes": 4, "differences": 2, "exclusives": 3, "timeline": 6,
                     "people": 8, "sources": 0}
FOCUS_SHARE = 0.3  # a focus keeps this share of the sentences, the closest to it
FOCUS_MIN_SENTENCES = 20
FOCUS_EXPANSION = 5  # the focus question is expanded with its closest sentences (pseudo-relevance feedback)
FOCUS_EXPANSION_WEIGHT = 0.5


@dataclass
class Options:
    """Everything a run can be told; the CLI and make_briefing fill it the same way."""

    paths: list[Path] = field(default_factory=lambda: [DEFAULT_INPUT])
    template: str | None = None
    max_words: int = DEFAULT_MAX_WORDS
    ranker: str = DEFAULT_RANKER
    focus: str | None = None
    explain: bool = False


Progress = Callable[[str], None]


def make_briefing(paths: list[Path | str] | None = None, template: str | None = None,
                  max_words: int = DEFAULT_MAX_WORDS, ranker: str = DEFAULT_RANKER, focus: str | None = None,
                  explain: bool = False, progress: Progress | None = None) -> Briefing:
    """Build a briefing from article files: the same result as `briefing make`."""
    options = Options([Path(p) for p in paths] if paths else [DEFAULT_INPUT], template, max_words, ranker, focus, explain)
    return run(options, progress or (lambda _: None))


@dataclass
class Facts:
    """What the stages before theming produce: sources, sentences and scored, merged items."""

    sources: list[Source]
    notes: list[str]
    sentences: list[Sentence]
    items: list[Item]
    vectorizer: Vectorizer
    vectors: sp.csr_matrix  # TF-IDF rows of the sentences
    outlet_of: dict[str, str]  # source id -> outlet
    voice_of: dict[str, str]  # source id -> voice (sources sharing their copy share one)


def check(options: Options) -> None:
    """Refuse options that cannot work, before reading anything."""
    if options.ranker not in RANKERS:
        raise BriefingError(None, f"unknown ranker '{options.ranker}' (choose from {', '.join(RANKERS)})")
    if options.max_words < 50:
        raise BriefingError(None, f"--max-words {options.max_words} is too small for a briefing (at least 50)")


def build_facts(options: Options, progress: Progress) -> Facts:
    """Read, rank and merge: every fact of the story, scored, each citing its outlets."""
    progress("reading sources")
    sources, notes = load_sources(options.paths)
    sentences = [s for source in sources for s in source.sentences]
    outlet_of = {source.id: source.outlet for source in sources}
    voice_of = {source.id: source.voice or source.id for source in sources}

    progress(f"ranking {len(sentences)} sentences")
    vectors, _, vectorizer = tfidf([s.text for s in sentences])
    if options.focus:
        keep = focus_filter(vectors, vectorizer, options.focus)
        sentences = [sentences[i] for i in keep]
        vectors = vectors[keep]
    salience = rank(Corpus(sentences, vectors, outlet_of, voice_of), options.ranker)

    progress("merging facts told by several outlets")
    items = merge(sentences, vectors, salience, outlet_of)
    score_items(items, voice_of)
    return Facts(sources, notes, sentences, items, vectorizer, vectors, outlet_of, voice_of)


def echo_measure(facts: Facts):
    """A function giving an item's highest similarity to a sentence of another voice (for exclusives)."""
    voices = np.array([facts.voice_of[s.source_id] for s in facts.sentences])

    def echoed(item: Item) -> float:
        own = {facts.voice_of[m.source_id] for m in item.members}
        query = normalize(facts.vectorizer.transform([item.text]))
        similarity = np.asarray((facts.vectors @ query.T).todense()).ravel()
        similarity[np.isin(voices, list(own))] = 0
        return float(similarity.max()) if len(similarity) else 0.0

    return echoed


def focus_filter(vectors: sp.csr_matrix, vectorizer: Vectorizer, focus: str) -> list[int]:
    """Indices of the sentences closest to a focus question (expanded with its best matches), in order."""
    query = normalize(vectorizer.transform([focus]))
    similarity = np.asarray((vectors @ query.T).todense()).ravel()
    if not similarity.any():
        raise BriefingError(None, f"--focus '{focus}': none of its words occur in the sources")
    best = np.argsort(-similarity)[:FOCUS_EXPANSION]
    expanded = normalize(query + FOCUS_EXPANSION_WEIGHT * normalize(sp.csr_matrix(vectors[best].mean(axis=0))))
    similarity = np.asarray((vectors @ expanded.T).todense()).ravel()
    count = max(FOCUS_MIN_SENTENCES, int(FOCUS_SHARE * len(similarity)))
    keep = [int(i) for i in np.argsort(-similarity)[:count] if similarity[i] > 0]
    return sorted(keep)


def summarize(options: Options, progress: Progress | None = None) -> list[Item]:
    """Plain-summary mode: the best items within the word budget, no sections or citations."""
    check(options)
    facts = build_facts(options, progress or (lambda _: None))
    floor = MIN_ITEM_SCORE * max((i.score for i in facts.items), default=0.0)
    check_facts = FactCheck(facts.vectorizer, [s.text for s in facts.sentences])
    chosen: list[Item] = []
    remaining = options.max_words
    for item in sorted(facts.items, key=lambda i: -i.score):
        if item.score >= floor and word_count(item.text) <= remaining:
            if any(check_facts.same(c.text, item.text) for c in chosen):
                continue
            chosen.append(item)
            remaining -= word_count(item.text)
    return chosen


def run(options: Options, progress: Progress) -> Briefing:
    """The pipeline proper."""
    check(options)
    spec = templates.load(options.template)
    facts = build_facts(options, progress)
    sources, notes, sentences, items, vectorizer = (facts.sources, facts.notes, facts.sentences, facts.items,
                                                    facts.vectorizer)

    progress("grouping by theme")
    previous = previous_sentences(sources)
    theme_specs = [s for s in spec.sections if s.kind == "theme" and not s.catch_all and not s.auto]
    catch_all = next((s.title for s in spec.sections if s.kind == "theme" and s.catch_all), None)
    auto_titles: list[str] = []
    if theme_specs:
        fit = assign_to_template(items, theme_specs, vectorizer, catch_all, previous)
        if fit < FIT_SHARE:
            notes.append(f"only {fit:.0%} of the facts fit the template's themes: themes were discovered from the text")
            auto_titles = discover(items, vectorizer, previous)
    if any(s.kind == "theme" and s.auto for s in spec.sections) and not auto_titles:
        auto_titles = discover(items, vectorizer, previous)

    sections = layout_sections(spec, auto_titles, bool(theme_specs) and not auto_titles)
    variables = template_variables(sources, items)
    budget = options.max_words - sum(word_count(s.title) + word_count(s.intro) for s in sections)
    story = Story(sources, facts.outlet_of, facts.voice_of,
                  item_vectors(items, vectorizer), FactCheck(vectorizer, [s.text for s in sentences]),
                  echo_measure(facts))
    place(sections, items, budget, story)
    templates.render_intros(sections, variables, spec.path)
    stats = {"sources": len(sources), "sentences": len(sentences),
             "dropped": sum(len(s.dropped) for s in sources), "items": len(items),
             "body_words": body_words(sections)}
    return Briefing(title=templates.render_text(spec.title, variables, spec.path) or "Briefing",
                    date_line=templates.render_text(spec.subtitle, variables, spec.path) or variables["date_range"],
                    sources=sources, sections=sections, skipped=notes, stats=stats, explain=options.explain,
                    reference=spec.reference_docx)


def previous_sentences(sources: list[Source]) -> dict[tuple[str, int], str]:
    """(source id, position) -> the sentence before it and the paragraph's subhead: the context a reader has."""
    contexts = {(s.source_id, s.position): s.context for source in sources for s in source.sentences}
    return {key: " ".join(filter(None, [contexts[key], before.text if before else ""]))
            for key, before in sentences_before(sources).items()}


def layout_sections(spec: templates.Template, auto_titles: list[str], use_template: bool) -> list[Section]:
    """The template's sections in order; an auto section (or all themes, when they did not fit) becomes the discovered themes."""
    sections: list[Section] = []
    auto_done = False
    for s in spec.sections:
        if s.kind == "theme" and (s.auto or not use_template):
            if not auto_done:
                limit = s.max_items or DEFAULT_MAX_ITEMS["theme"]
                sections.extend(Section(t, "theme", "discovered from the text", max_items=limit) for t in auto_titles)
                auto_done = True
            continue
        limit = s.max_items or DEFAULT_MAX_ITEMS[s.kind]
        sections.append(Section(s.title, s.kind, s.description, s.intro, max_items=limit))
    return sections


def body_words(sections: list[Section]) -> int:
    """Words of the body: section titles, intros, items and citations (not the title or sources appendix)."""
    return sum(word_count(s.title) + word_count(s.intro)
               + (sum(line_words(line) for line in s.lines) if s.lines else sum(item_words(i) for i in s.items))
               for s in sections if s.kind != "sources" and (s.items or s.lines))


def template_variables(sources: list[Source], items: list[Item]) -> dict:
    """What a template's title, subtitle and intros may use."""
    outlets = [o for o, _ in Counter(s.outlet for s in sources).most_common()]
    dates = sorted(s.date for s in sources if s.date)
    if not dates:
        date_range = "date unknown"
    elif dates[0] == dates[-1]:
        date_range = dates[0]
    else:
        date_range = f"{dates[0]} to {dates[-1]}"
    headlines = [s.headline for s in sources if s.headline]
    if headlines:
        headline = headlines[0]
    else:
        top = max(items, key=lambda i: i.score).text.split() if items else ["News", "briefing"]
        headline = " ".join(top[:12]).rstrip(",.;:") + ("…" if len(top) > 12 else "")
    return {"headline": headline, "n_sources": len(sources), "outlets": outlets, "date_range": date_range,
            "dates": dates, "n_outlets": len(outlets)}
