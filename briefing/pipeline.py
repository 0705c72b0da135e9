"""Orchestrate the stages, one way: files -> sources -> sentences -> ranked items -> sections -> briefing.

Each stage reads what the earlier ones returned and returns something new; the story index
is built once after merging and read by every later stage.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field, replace
from pathlib import Path

from briefing import template as templates
from briefing.errors import BriefingError
from briefing.focus import boost, focus_filter, relevance
from briefing.ingest import load_sources, read_manifest, within_story
from briefing.lexicon import ADVERBIAL_OPENERS, CLICKBAIT, FIRST_SECOND_PERSON
from briefing.merge import merge
from briefing.model import Briefing, Item, Section, Source
from briefing.rank import DEFAULT_RANKER, RANKERS, Corpus, rank
from briefing.score import score_items
from briefing.sections import body_words, default_max_items, place, summary
from briefing.settings import SCORE, THEMES
from briefing.story import StoryIndex, concepts
from briefing.support import ASIDE, revised_figures, variant
from briefing.themes import Themes, assign_to_template, discover, readable_title
from briefing.vectors import tfidf
from briefing.wording import word_count

DEFAULT_INPUT = Path("seeds")
DEFAULT_MAX_WORDS = 900
MIN_MAX_WORDS = 50  # fewer words than this cannot hold a title, a section and one fact
DISCOVERED = "discovered from the text"  # the description of a theme section found by clustering


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


def story_template(options: Options) -> str | None:
    """The template to use: --template, else the one the story folder's manifest names (story.yaml `template:`;
    a path there is relative to the folder), else the default. Several folders must agree to choose one."""
    if options.template:
        return options.template
    named = set()
    for folder in dict.fromkeys(path if path.is_dir() else path.parent for path in options.paths):
        if folder.is_dir() and (manifest := read_manifest(folder)).template:
            local = folder / manifest.template
            named.add(str(local.resolve()) if local.exists() else manifest.template)
    return named.pop() if len(named) == 1 else None


def check(options: Options) -> None:
    """Refuse options that cannot work, before reading anything."""
    if options.ranker not in RANKERS:
        raise BriefingError(None, f"unknown ranker '{options.ranker}' (choose from {', '.join(RANKERS)})")
    if options.max_words < MIN_MAX_WORDS:
        raise BriefingError(None, f"--max-words {options.max_words} is too small for a briefing (at least {MIN_MAX_WORDS})")


def build_story(options: Options, progress: Progress, read: list[Source] | None = None) -> tuple[StoryIndex, list[str]]:
    """Read, rank, merge and score: every fact of the story, each citing its outlets, indexed once.

    `read`: the story's sources already read (by `briefing batch`, which read the whole feed), as
    `ingest.read_sources` returns them; wire copies are then matched within this story, as `make` does."""
    progress("reading sources")
    if read is None:
        sources, notes = load_sources(options.paths)
    else:  # matched on copies: the caller's sources stay as read
        sources, notes = [replace(source, notes=list(source.notes)) for source in read], []
        within_story(sources)
    sentences = [s for source in sources for s in source.sentences]
    outlet_of = {source.id: source.label for source in sources}
    voice_of = {source.id: source.voice or source.id for source in sources}

    progress(f"ranking {len(sentences)} sentences")
    vectors, _, vectorizer = tfidf([s.text for s in sentences])
    scores = relevance(vectors, vectorizer, options.focus) if options.focus else None
    if scores is not None:
        keep = focus_filter(scores)
        sentences, vectors, scores = [sentences[i] for i in keep], vectors[keep], scores[keep]
    salience = rank(Corpus(sentences, vectors, outlet_of, voice_of), options.ranker)
    if scores is not None:
        salience = boost(salience, scores)

    progress("merging facts told by several outlets")
    revised = revised_figures([s.text for s in sentences])
    items = score_items(merge(sentences, vectors, salience, outlet_of, revised), voice_of)
    if scores is not None:  # each fact's relevance to the question: its closest wording's
        relevance_of = {(s.source_id, s.position): float(r) for s, r in zip(sentences, scores, strict=True)}
        items = [replace(i, signals={**i.signals, "focus": round(max(relevance_of[(m.source_id, m.position)]
                                                                      for m in i.members), 4)}) for i in items]
    return StoryIndex.build(sources, sentences, vectorizer, vectors, items, revised), notes


_EDGE_SEPARATORS = re.compile(r"^[\s·|•–—,;]+|[\s·|•–—,;]+$")


def empty_slots_out(line: str) -> str:
    """A subtitle without the separators of slots that rendered empty ('2024-01-02 · 6 sources ·' when no
    source names its outlet): a run of '·' becomes one, and no separator begins or ends the line."""
    return _EDGE_SEPARATORS.sub("", re.sub(r"·(?:\s*·)+", "·", line))


def summarize(options: Options, progress: Progress | None = None) -> list[Item]:
    """Plain-summary mode: the best items within the word budget, no sections or citations."""
    check(options)
    story, _ = build_story(options, progress or (lambda _: None))
    return summary(story, options.max_words)


def run(options: Options, progress: Progress, read: list[Source] | None = None) -> Briefing:
    """The pipeline proper (on sources already read, when given: see build_story)."""
    check(options)
    spec = templates.load(story_template(options))
    story, notes = build_story(options, progress, read)

    progress("grouping by theme")
    themes, use_template = group_by_theme(spec, story, notes)
    sections = layout(spec, themes.titles, use_template)
    headline = story_headline([s.headline for s in story.sources if s.headline], story.items, story.voice_of)
    variables = template_variables(story.sources, story.items, headline)
    raw_intros = {id(section): section.intro for section in sections}
    for section in sections:  # rendered first: the budget counts the words a reader will see
        section.intro = templates.render_text(section.intro, variables, spec.path)
    budget = options.max_words - sum(title_words(s) + word_count(s.intro) for s in sections)
    place(sections, story, themes, budget)
    theme_of = retitle(sections, themes, story)
    stats = {"sources": len(story.sources), "sentences": len(story.sentences),
             "dropped": sum(len(s.dropped) for s in story.sources), "items": len(story.items),
             "body_words": body_words(sections)}
    lead = next((s.lines[0].text for s in sections if s.kind == "key_points" and s.lines), "")
    if lead and headline and (not concepts(headline) & concepts(lead) or variant(headline, lead)):
        headline = ""  # a headline telling none of the lead ('Bhole Baba's original name is ...'), or giving another
        # figure for its count ('Death toll rises to 40' over 'Forty-one people have died'), is no title for it
    if lead and not headline:  # no source headline fits: the lead titles the briefing, and intros say the same
        variables = {**variables, "headline": fact_title(lead)}
        for section in sections:
            if id(section) in raw_intros:
                section.intro = templates.render_text(raw_intros[id(section)], variables, spec.path)
    return Briefing(title=templates.render_text(spec.title, variables, spec.path) or "Briefing",
                    date_line=empty_slots_out(templates.render_text(spec.subtitle, variables, spec.path))
                    or variables["date_range"],
                    sources=story.sources, sections=sections, skipped=notes, stats=stats, explain=options.explain,
                    reference=spec.reference_docx, theme_of=theme_of)


def title_words(section: Section) -> int:
    """Words a section's title takes: a discovered theme's title is written after placement, so its words are reserved."""
    return THEMES.title_words if section.discovered else word_count(section.title)


def fallback_title(used: set[str]) -> str:
    """A discovered section whose facts share no phrase fit to be a title: never its provisional 'Theme 3'."""
    title = next(t for t in (*THEMES.fallback_titles, *(f"{THEMES.fallback_titles[-1]} ({n})" for n in range(2, 99)))
                 if t.lower() not in used)
    used.add(title.lower())
    return title


def retitle(sections: list[Section], themes: Themes, story: StoryIndex) -> dict[int, str]:
    """Title each discovered theme from the facts it shows; return each item's theme under its final title.

    A discovered theme that shows one fact, or whose facts share no phrase fit to title them, is no theme:
    such facts go together in one section after the themes ('Also reported'), best first."""
    final: dict[str, str] = {}
    used = {s.title.lower() for s in sections if not s.discovered}  # never the title of another section
    rest: list[Section] = []
    for section in [s for s in sections if s.discovered and s.lines]:
        title = readable_title([line.text for line in section.lines], story, used) if len(section.lines) > 1 else ""
        if title:
            final[section.title] = section.title = title
        else:
            rest.append(section)
    if rest:
        gathered = Section(fallback_title(used), "theme", DISCOVERED, max_items=sum(len(s.lines) for s in rest),
                           discovered=True, lines=sorted((line for s in rest for line in s.lines),
                                                         key=lambda line: -(line.item.score if line.item else 0.0)))
        final.update({s.title: gathered.title for s in rest})
        sections.insert(max(i for i, s in enumerate(sections) if s.discovered) + 1, gathered)  # after the themes
        for section in rest:
            sections.remove(section)
    return {item: final.get(title, title) for item, title in themes.section_of.items()}


def group_by_theme(spec: templates.Template, story: StoryIndex, notes: list[str]) -> tuple[Themes, bool]:
    """The template's themes when the story fits them, else themes discovered from the text; and which it was.

    With both template themes and an `auto` section, facts that fit no template theme go to the
    discovered themes."""
    theme_specs = [s for s in spec.sections if s.kind == "theme" and not s.catch_all and not s.auto]
    catch_all = next((s.title for s in spec.sections if s.kind == "theme" and s.catch_all), None)
    wants_discovered = any(s.kind == "theme" and s.auto for s in spec.sections)
    if not theme_specs:
        return discover(story), False
    themes = assign_to_template(story, theme_specs, catch_all)
    if themes.fit < THEMES.fit_share:
        notes.append(f"only {themes.fit:.0%} of the facts fit the template's themes: themes were discovered from the text")
        return discover(story), False
    if not wants_discovered:
        return themes, True
    discovered = discover(story)
    titles = {s.title for s in theme_specs}
    section_of = {k: v if v in titles else discovered.section_of.get(k, v) for k, v in themes.section_of.items()}
    similarity = {k: themes.similarity[k] if section_of[k] in titles else discovered.similarity.get(k, 0.0)
                  for k in section_of}
    return Themes(section_of, similarity, discovered.titles, themes.fit), True


def layout(spec: templates.Template, discovered: list[str], use_template: bool) -> list[Section]:
    """The template's sections in order; an auto section (or all themes, when they did not fit) becomes the discovered themes."""
    sections: list[Section] = []
    discovered_done = False
    for s in spec.sections:
        if s.kind == "theme" and (s.auto or not use_template):
            if not discovered_done:
                limit = s.max_items or default_max_items("theme")
                sections.extend(Section(t, "theme", DISCOVERED, max_items=limit, discovered=True) for t in discovered)
                discovered_done = True
            continue
        sections.append(Section(s.title, s.kind, s.description, s.intro, max_items=s.max_items or default_max_items(s.kind)))
    return sections


def story_headline(headlines: list[str], items: list[Item], voice_of: dict[str, str] | None = None) -> str:
    """The headline whose words the most voices' ledes use, on average (what the outlets lead with: 'CrowdStrike
    outage sparks global chaos', not a follow-up's 'CrowdStrike CEO issues apology'; a long headline's colour, 'and
    SpaceX described it in the best way', does not make it the story's), that gives no count the leading facts give
    otherwise and is no teaser ('What You Need to Know'): a widget or banner read as a page's headline ('Open
    Extended Reactions') shares no word with them and is never chosen; '' when none fits (then the best fact titles
    it)."""
    leading = sorted(items, key=lambda i: -i.score)[:THEMES.headline_items]
    ledes: dict[str, set[str]] = {}  # voice -> the concepts of its lede
    for item in items:
        for member in item.members:
            if member.position <= SCORE.lede_position:
                ledes.setdefault((voice_of or {}).get(member.source_id, member.source_id), set()).update(
                    concepts(member.text))
    told = Counter(c for found in ledes.values() for c in found)
    scored = [(not any(variant(h, item.text) for item in leading), sum(told[c] for c in found) / len(found), -k, h)
              for k, h in enumerate(headlines)  # an early toll in a headline ('jumps to 36') loses to the latest
              if len(found := concepts(h)) >= THEMES.headline_min_concepts and not CLICKBAIT.search(h)]
    best = max(scored, default=(True, 0, 0, ""))
    return without_label(best[3]) if best[0] and best[1] > 0 else ""


def without_label(headline: str) -> str:
    """A headline without the label or the quotation set before a colon ('Guilty: Trump becomes ...', ''A Victory for
    the Community of Democracies': Taiwan Elects Lai ...'), when what follows says the news on its own; 'Biden: We will
    win' keeps its speaker."""
    match = _LABEL_OPENING.match(headline)
    rest = headline[match.end():] if match else ""
    if not match or word_count(rest) < TITLE_REST_WORDS or rest.split()[0].lower() in FIRST_SECOND_PERSON:
        return headline
    return rest


_LABEL_OPENING = re.compile(r"^(?:[‘'\"“][^’'\"”]{3,80}[’'\"”]|[A-Z][a-z]+)\s*:\s+(?=[A-Z])")
TITLE_REST_WORDS = 4


def fact_title(text: str) -> str:
    """A title from a fact: its first clause when that says enough ('The death toll from the wildfires ... has risen
    to 106'; not 'The statement read'), else its first words."""
    text = ASIDE.sub("", text)  # 'Around 116 people, including several women and children, were killed ...'
    clauses = re.split(r"[,;:]\s", text)
    while len(clauses) > 1 and _says_when_or_where(clauses[0]) and clauses[1].strip():
        clauses = clauses[1:]  # 'At 11:07 a.m. local time (1807 GMT), the Moon's shadow ...': when, then what
    clause = clauses[0].rstrip(".")
    # 'Pavel Durov, the billionaire co-founder ..., was detained on Saturday evening at Bourget airport': the name,
    # then what it did, without the words set between (not a list: 'France, Germany, and Italy agreed ...')
    if word_count(clause) < THEMES.title_min_words and len(clauses) >= 3 and clauses[2][:1].islower() \
            and not re.match(r"(?:and|or)\s", clauses[2]) and not _NAME_ONLY.fullmatch(clauses[1].strip()):
        clause = f"{clause} {clauses[2].rstrip('.')}"
    # '... charged Manchester City with more than 100 alleged breaches of its financial rules', without 'since the
    # club was acquired by ...'
    if word_count(clause) > THEMES.title_max_words and (cut := _SUBORDINATE.search(clause)) \
            and THEMES.title_min_words <= word_count(clause[:cut.start()]) <= THEMES.title_max_words:
        clause = clause[:cut.start()]
    if THEMES.title_min_words <= word_count(clause) <= THEMES.title_max_words:
        return clause if clause[1:2].isupper() else clause[:1].upper() + clause[1:]  # 'iPhone' stays as written
    words, keep = text.split(), THEMES.title_fallback_words
    return " ".join(words[:keep]).rstrip(",.;:") + ("…" if len(words) > keep else "")




# Where a long clause's main statement ends (not 'as many as', nor 'the gunman who killed 10 people': a relative
# clause without its comma says which one)
_SUBORDINATE = re.compile(r"\s+(?:since|after|when|while|because|following|amid|despite|before|until)\s|"
                          r",\s+(?:as|which|who|where)\s")
_NAME_ONLY = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2}")  # a list's item, no aside between commas


def _says_when_or_where(clause: str) -> bool:
    """A short opening clause on when or where ('At 11:07 a.m. local time', 'In China'), not a count ('At least 12
    people died ...', 'As many as 40 ...')."""
    words = clause.lower().split()
    return bool(words) and words[0] in ADVERBIAL_OPENERS and len(words) <= ADVERBIAL_CLAUSE_WORDS \
        and " ".join(words[:2]) not in ("at least", "at most", "as many", "as few", "as much")


ADVERBIAL_CLAUSE_WORDS = 8  # an opening clause on when or where is short


def template_variables(sources: list[Source], items: list[Item], headline: str | None = None) -> dict:
    """What a template's title, subtitle and intros may use (`headline`: the sources' headline chosen, if known)."""
    outlets = [o for o, _ in Counter(s.outlet for s in sources if s.outlet).most_common()]  # unattributed: not an outlet
    dates = sorted(s.date for s in sources if s.date)
    if not dates:
        date_range = "date unknown"
    elif dates[0] == dates[-1]:
        date_range = dates[0]
    else:
        date_range = f"{dates[0]} to {dates[-1]}"
    if headline is None:
        headline = story_headline([s.headline for s in sources if s.headline], items)
    if not headline:
        headline = fact_title(max(items, key=lambda i: i.score).text if items else "News briefing")
    return {"headline": headline, "n_sources": len(sources), "outlets": outlets, "date_range": date_range,
            "dates": dates, "n_outlets": len(outlets), "n_unattributed": sum(1 for s in sources if not s.outlet)}
