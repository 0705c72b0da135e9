"""Group items by theme: template sections by whole-text similarity, or themes discovered by clustering.

Both return a `Themes` value; items are not edited."""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from briefing import lexicon
from briefing.boilerplate import signature_outlets
from briefing.dates import MONTHS, WEEKDAYS
from briefing.settings import THEMES
from briefing.story import StoryIndex
from briefing.template import SectionSpec
from briefing.vectors import Vectorizer, content_stems, normalize, stem, stop_words


@dataclass(frozen=True)
class Themes:
    """Which theme each item belongs to (by item id), how close it is, and the themes in order."""

    section_of: dict[int, str] = field(default_factory=dict)
    similarity: dict[int, float] = field(default_factory=dict)
    titles: list[str] = field(default_factory=list)  # discovered themes, most important first
    fit: float = 1.0  # share of items that fit a template theme


def theme_profiles(specs: list[SectionSpec], vectorizer: Vectorizer, vectors: sp.csr_matrix) -> np.ndarray:
    """Each theme as a vector: its title, description and terms, expanded with its closest items."""
    seeds = [" ".join([s.title, s.description, *s.terms]) for s in specs]
    seed_matrix = normalize(vectorizer.transform(seeds)).toarray()
    if vectors.shape[0] == 0:
        return seed_matrix
    similarity = np.asarray(vectors @ seed_matrix.T)
    profiles = []
    for index, seed in enumerate(seed_matrix):
        # Only items that already fit the theme widen it: a theme must not adopt a story it is not about.
        closest = np.argsort(-similarity[:, index])[:THEMES.expansion_items]
        closest = [i for i in closest if similarity[i, index] >= (specs[index].min_similarity or THEMES.min_similarity)]
        expansion = np.asarray(vectors[closest].mean(axis=0)).ravel() if closest else np.zeros_like(seed)
        profile = seed + THEMES.expansion_weight * expansion
        norm = np.linalg.norm(profile)
        profiles.append(profile / norm if norm else profile)
    return np.vstack(profiles)


def term_support(spec: SectionSpec, vectorizer: Vectorizer) -> float:
    """Share of a theme's terms that the story uses at all: a theme about Kursk has none in a flood story."""
    stems = {s for term in spec.terms for s in content_stems(term)}
    if not stems:
        return 1.0
    return len(stems & vectorizer.vocabulary.keys()) / len(stems)


def assign_to_template(story: StoryIndex, specs: list[SectionSpec], catch_all: str | None) -> Themes:
    """Each item in its most similar template theme (or the catch-all), and the share that fit a theme."""
    items, vectorizer = story.items, story.vectorizer
    if not items or not specs:
        return Themes(fit=0.0)
    vectors = story.item_vectors
    profiles = theme_profiles(specs, vectorizer, vectors)
    similarity = np.asarray(vectors @ profiles.T)
    absent = [k for k, spec in enumerate(specs) if term_support(spec, vectorizer) < THEMES.min_term_support]
    similarity[:, absent] = -1.0
    # An item too terse to place by itself ("The idea itself is correct") is placed with its context.
    with_context = np.asarray(story.item_vectors_in_context @ profiles.T)
    with_context[:, absent] = -1.0
    thresholds = np.array([s.min_similarity or THEMES.min_similarity for s in specs])
    weak = (similarity >= thresholds).sum(axis=1) == 0
    similarity[weak] = with_context[weak]
    section_of, closeness = {}, {}
    fitted = 0
    for index, item in enumerate(items):
        best = int(np.argmax(similarity[index]))
        value = float(similarity[index, best])
        closeness[item.id] = round(value, 4)
        if value >= (specs[best].min_similarity or THEMES.min_similarity):
            section_of[item.id] = specs[best].title
            fitted += 1
        else:
            section_of[item.id] = catch_all or ""
    return Themes(section_of, closeness, [], fitted / len(items))


def discover(story: StoryIndex, max_themes: int = THEMES.max_auto_themes) -> Themes:
    """Cluster items into themes. Their titles are provisional ('Theme 2'): a section is titled from the
    facts it finally shows (`readable_title`), once placement is done."""
    items = story.items
    if not items:
        return Themes()
    vectors = story.item_vectors_in_context
    k = max(1, min(max_themes, round(len(items) ** 0.5 / 1.5)))
    if len(items) < 4 or k == 1:
        labels = np.zeros(len(items), dtype=int)
        k = 1
    else:
        # Clustering runs in a latent semantic space (LSA), where words that occur in the same facts
        # count as related: sparse TF-IDF alone scatters a theme.
        labels = cluster_latent(vectors, k)
    titles = {label: f"Theme {label + 1}" for label in range(k) if (labels == label).any()}
    # Order themes by the importance of their best item.
    best: dict[int, float] = defaultdict(float)
    section_of, closeness = {}, {}
    near = np.zeros(len(items))  # each item's similarity to its theme's centroid
    for label in titles:
        rows = np.flatnonzero(labels == label)
        centroid = np.asarray(vectors[rows].mean(axis=0)).ravel()
        near[rows] = vectors[rows] @ centroid
    for index, item in enumerate(items):
        best[labels[index]] = max(best[labels[index]], item.score)
        section_of[item.id] = titles[labels[index]]
        closeness[item.id] = round(float(near[index]), 4)
    ordered = [titles[label] for label in sorted(titles, key=lambda label: -best[label])]
    return Themes(section_of, closeness, ordered)


_TITLE_WORD = re.compile(r"[^\W\d_][\w’'-]*[^\W\d_]|[^\W\d_]|\d[\d,.]*\d|\d")  # letters of any script: 'Čaputová'
_JOINERS = {"of", "and", "for"}  # the only small words a title keeps inside ('Prize for literature')
_NOT_IN_TITLES = lexicon.SPEECH_VERBS | lexicon.NOT_IN_TITLES


def cluster_latent(vectors: sp.csr_matrix, k: int) -> np.ndarray:
    """k-means (best of several seeded starts) over a truncated SVD of the rows, with scipy alone: the
    same method as scikit-learn's TruncatedSVD + KMeans without loading it (about 0.8 s per run)."""
    from scipy.cluster.vq import kmeans2  # loaded only when themes are discovered
    from scipy.sparse.linalg import svds

    dimensions = min(THEMES.lsa_dimensions, vectors.shape[0] - 1, vectors.shape[1] - 1)
    if dimensions >= 2:
        u, sigma, _ = svds(vectors.astype(np.float64), k=dimensions, random_state=0)
        latent = u * sigma
    else:
        latent = vectors.toarray().astype(np.float64)
    latent /= np.maximum(np.linalg.norm(latent, axis=1, keepdims=True), 1e-12)
    best, best_inertia = None, np.inf
    for seed in range(THEMES.kmeans_starts):
        centroids, labels = kmeans2(latent, k, minit="++", seed=seed)
        inertia = float(((latent - centroids[labels]) ** 2).sum())
        if inertia < best_inertia:
            best, best_inertia = labels, inertia
    return best


def title_phrases(text: str) -> set[str]:
    """Phrases of one to three words of a text that could title a section ('Death toll', 'Hennepin County',
    'Prize for literature'): a noun at the end, no stop word at either end and none inside but of/and/for,
    no reporting verb, day or month name, no figure, and never part of a longer name."""
    found: set[str] = set()
    text = _QUOTED.sub(" , ", text)  # someone's words title nothing ('Hard-won achievements' of a tweet)
    for clause in _CLAUSE_BREAK.split(text):  # a title never runs across a comma ('focus, four days')
        found |= _clause_title_phrases(clause)
    return found


_QUOTED = re.compile(r"“[^”]*”?|\"[^\"]*\"?")
_CLAUSE_BREAK = re.compile(r"[,;:()\[\]“”\"—–]|\s-\s|[.!?](?:\s|$)")


def _clause_title_phrases(text: str) -> set[str]:
    """title_phrases within one clause."""
    words = _TITLE_WORD.findall(text)
    stop = stop_words()
    found = set()
    for size in (1, 2, 3):
        for start in range(len(words) - size + 1):
            phrase = words[start:start + size]
            lowered = [w.lower() for w in phrase]
            if lowered[0] in stop or lowered[-1] in stop or any(w in _NOT_IN_TITLES for w in lowered):
                continue
            if lowered[0] in lexicon.NOT_TITLE_OPENERS or lowered[0] in lexicon.CLAUSE_VERBS:
                continue  # 'Hung floral garlands': a verb opens a clause, not a title
            if any(w in stop and w not in _JOINERS for w in lowered[1:-1]):
                continue
            if any(w in _JOINERS for w in lowered[1:-1]) and start > 0 and words[start - 1].lower() not in stop:
                continue  # 'barriers and water' of 'flood barriers and water pumps': it cuts both compounds
            if any(w in WEEKDAYS or w in MONTHS or w[:1].isdigit() or _counts(w) for w in lowered):
                continue  # no day, no figure, no amount ('Three months', 'Million pounds', 'Four-and half-hours')
            if any(w.endswith(("ed", "ly")) for w in lowered) or any(w.endswith("ing") for w in lowered[:-1]):
                continue
            if cuts_a_name(words, start, start + size) or lowered[-1] in lexicon.places():
                continue
            if any("’" in w or "'" in w for w in phrase) or mixed_case(phrase):
                continue
            if not single_word_title(phrase[-1], start + size - 1 > 0, after_another_word=size > 1):
                continue
            if reads_as_a_verb(words, start, start + size):
                continue
            if lowered[-1].rstrip("s") in lexicon.REPORTER_ROLES or signature_outlets(" ".join(phrase)):
                continue  # 'Reuters journalists': who reports the news is no theme of it
            found.add(" ".join(phrase))
    return found




def _counts(word: str) -> bool:
    """A word that counts or measures: 'three', 'million', 'four-and', 'half-hours', 'kilometres'."""
    return any(part in lexicon.NUMBER_WORDS or part in lexicon.MAGNITUDES or part in lexicon.MEASURE_WORDS
               or part in {"half", "hour"} for part in word.split("-"))


def reads_as_a_verb(words: list[str], start: int, end: int) -> bool:
    """The phrase is a verb with its object, not a thing: it follows a modal ('will provide severance'), or ends on
    a verb whose object follows ('data shows the unemployment rate ...', 'the verdict proves a point')."""
    after_modal = words[start][:1].islower() and start > 0 and (
        words[start - 1].lower() in lexicon.MODAL_VERBS or words[start - 1].lower() == "to" and end - start > 1)
    # 'to identify accomplices', 'will provide severance' (one word after 'to' may be a place: 'to court')
    last = words[end - 1].lower()
    object_follows = end < len(words) and words[end].lower() in _DETERMINERS_AFTER_A_VERB
    return after_modal or (end - start > 1 and last.endswith("s") and not last.endswith("ss") and object_follows)


_DETERMINERS_AFTER_A_VERB = frozenset({"the", "a", "an", "his", "her", "its", "their", "this", "these", "our"})


def mixed_case(phrase: list[str]) -> bool:
    """A common word glued to a name ('time Chauvin', 'aide Yuri Ushakov'), or joined to one ('OpenAI and
    remains'): not one thing."""
    shapes = [w[:1].isupper() for w in phrase if w.lower() not in _JOINERS]
    joined = any(w.lower() in _JOINERS for w in phrase)
    return len(set(shapes)) > 1 and (joined or not shapes[0])


def cuts_a_name(words: list[str], start: int, end: int) -> bool:
    """True when a capitalised run goes on before or after the phrase ('Street' of 'Downing Street', 'State Antony
    Blinken' of 'Secretary of State Antony Blinken', 'Infrastructure Security Agency' of 'Cybersecurity and
    Infrastructure Security Agency')."""
    before = start > 0 and words[start][:1].isupper() and (words[start - 1][:1].isupper() or start > 1 and (
        words[start - 1] in ("of", "and", "&") and words[start - 2][:1].isupper()))  # 'Cybersecurity and
    # Infrastructure Security Agency' is one name
    after = end < len(words) and words[end - 1][:1].isupper() and (words[end][:1].isupper() or end + 1 < len(words) and (
        words[end] in ("of", "and", "&") and words[end + 1][:1].isupper()))
    return before or after


_NOUN_ENDINGS = ("tion", "sion", "ment", "ness", "ity", "ance", "ence", "ure", "ism", "ship", "age", "ery", "cy", "ist")


def single_word_title(word: str, mid_sentence: bool, after_another_word: bool = False) -> bool:
    """A word that can end a title: a name (capitalised mid-sentence), a noun of the news lexicon ('toll', 'debt',
    'verdict'), or after another word a plural ('media users') or a noun by its ending ('signal failure'); never
    an adjective or a verb form, and never a bare abstract noun ('Inspiration', 'Concentration')."""
    lower = word.lower()
    if len(lower) < 4 or word[:1].isdigit():
        return False
    if mid_sentence and word[:1].isupper():
        return True
    if after_another_word and lower.endswith("s") and not lower.endswith(("ss", "us")):
        return True
    return (after_another_word and lower.endswith(_NOUN_ENDINGS)) or lower in lexicon.NEWS_NOUNS  # alone: 'Inspiration' says nothing


def readable_title(texts: list[str], story: StoryIndex, used: set[str]) -> str:
    """A short noun phrase drawn from a section's own facts ('Death toll', 'High Atlas Mountains'): the
    phrase most of its facts share, longer phrases first among equals, rarer in the story first; never a
    list of words, never a word its facts do not use, never one fact's detail (a phrase only one fact uses needs
    its last word in another: 'Beige trousers' titles nothing). '' when the facts share nothing fit to be a title."""
    support: Counter[str] = Counter()
    spelled: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for phrase in title_phrases(text):
            folded = phrase.lower()
            support[folded] += 1
            spelled[folded][phrase] += 1
    idf = dict(zip(story.vectorizer.get_feature_names_out(), story.vectorizer.idf, strict=True))
    common = max(THEMES.title_max_story_share * len(story.sentences), THEMES.title_min_story_uses)

    def rank(folded: str) -> tuple[float, int, float, str]:
        stems = [stem(w) for w in folded.split() if w not in stop_words()]
        rarity = sum(idf.get(s, 0.0) for s in stems) / max(1, len(stems))
        return -support[folded], -len(folded.split()), -rarity, folded  # the phrase itself breaks ties: same run, same title

    ranked = sorted(support, key=rank)
    words_of = [{stem(w) for w in _TITLE_WORD.findall(text)} for text in texts]  # each fact's words, read once
    # Shared by two facts and not the whole story's subject first; then one fact's; then, rather than no title,
    # a phrase the whole story uses.
    for needed, limit in ((min(2, len(texts)), common), (1, common), (1, float("inf"))):
        for folded in ranked:
            if support[folded] < needed or folded in used or story_frequency(folded, story) > limit:
                continue
            phrase = max(spelled[folded].items(), key=lambda kv: (kv[1], kv[0]))[0]
            if support[folded] < 2 and all(w[:1].isupper() or w in _JOINERS for w in phrase.split()):
                continue  # a name only one fact uses ('Tundla', 'Rajesh Singh') is not what the section is about
            if support[folded] < 2 and len(texts) > 1 and head_uses(folded, words_of) < 2:
                continue  # nor is one fact's detail ('Beige trousers', 'Crow flies'): its head word is in two facts
            used.add(folded)
            return phrase[:1].upper() + phrase[1:]
    return ""


def head_uses(phrase: str, words_of: list[set[str]]) -> int:
    """How many facts (each as its set of word stems) use a phrase's last word, in any form ('Rescue efforts' -> facts
    with 'effort')."""
    head = stem(phrase.split()[-1])
    return sum(1 for words in words_of if head in words)


def story_frequency(phrase: str, story: StoryIndex) -> int:
    """How many of the story's sentences use a phrase (a name the whole story is about titles nothing)."""
    return sum(1 for s in story.sentences if phrase in s.text.lower())
