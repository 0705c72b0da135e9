"""Group items by theme: template sections by whole-text similarity, or themes discovered by clustering.

Both return a `Themes` value; items are not edited."""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from briefing.segment import to_words
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
    """Cluster items into themes titled by their most telling terms."""
    items, vectorizer = story.items, story.vectorizer
    if not items:
        return Themes()
    vectors = story.item_vectors_in_context
    k = max(1, min(max_themes, round(len(items) ** 0.5 / 1.5)))
    if len(items) < 4 or k == 1:
        labels = np.zeros(len(items), dtype=int)
        k = 1
    else:
        # Loaded only when themes are discovered. Clustering runs in a latent semantic space (LSA),
        # where words that occur in the same facts count as related: sparse TF-IDF alone scatters a theme.
        from sklearn.cluster import KMeans
        from sklearn.decomposition import TruncatedSVD

        dimensions = min(THEMES.lsa_dimensions, vectors.shape[0] - 1, vectors.shape[1] - 1)
        latent = TruncatedSVD(dimensions, random_state=0).fit_transform(vectors) if dimensions >= 2 else vectors.toarray()
        latent /= np.maximum(np.linalg.norm(latent, axis=1, keepdims=True), 1e-12)
        labels = KMeans(n_clusters=k, n_init=10, random_state=0).fit_predict(latent)
    surface = surface_forms([m.text for item in items for m in item.members])
    terms = vectorizer.get_feature_names_out()
    overall = np.asarray(vectors.mean(axis=0)).ravel()
    titles: dict[int, str] = {}
    used: set[str] = set()
    for label in range(k):
        members = [i for i in range(len(items)) if labels[i] == label]
        if not members:
            continue
        # Telling terms: frequent in the theme, and more so than in the story as a whole (weight x lift).
        centroid = np.asarray(vectors[members].mean(axis=0)).ravel()
        telling = centroid * centroid / np.maximum(overall, 1e-9)
        top = [terms[i] for i in np.argsort(-telling)[:6] if telling[i] > 0]
        words = [surface.get(t, t) for t in top if t not in used][:3]
        used.update(top[:3])
        title = ", ".join(words)
        titles[label] = title[:1].upper() + title[1:] if words else f"Theme {label + 1}"
    # Order themes by the importance of their best item.
    best: dict[int, float] = defaultdict(float)
    section_of, closeness = {}, {}
    for index, item in enumerate(items):
        best[labels[index]] = max(best[labels[index]], item.score)
        section_of[item.id] = titles[labels[index]]
        closeness[item.id] = round(float(vectors[index].multiply(vectors[labels == labels[index]].mean(axis=0)).sum()), 4)
    ordered = [titles[label] for label in sorted(titles, key=lambda label: -best[label])]
    return Themes(section_of, closeness, ordered)


def surface_forms(texts: list[str]) -> dict[str, str]:
    """Stem -> the word most often written for it (so a theme reads 'Sudzha', not 'sudzha')."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for word in to_words(text):
            if word.lower() not in stop_words():
                counts[stem(word)][word] += 1
    return {s: c.most_common(1)[0][0] for s, c in counts.items()}
