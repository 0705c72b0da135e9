"""Group items by theme: template sections by whole-text similarity, or themes discovered by clustering."""

from __future__ import annotations

from collections import Counter, defaultdict

import numpy as np
import scipy.sparse as sp

from briefing.model import Item
from briefing.segment import to_words
from briefing.template import SectionSpec
from briefing.vectors import Vectorizer, content_stems, normalize, stem, stop_words

MIN_SIMILARITY = 0.12  # below this an item fits no theme and goes to the catch-all
EXPANSION_ITEMS = 4  # Rocchio: each theme profile also takes in its closest items
EXPANSION_WEIGHT = 0.6
FIT_SHARE = 0.3  # if fewer items than this fit any template theme, discover themes instead
MAX_AUTO_THEMES = 6
LSA_DIMENSIONS = 30
MIN_TERM_SUPPORT = 0.2  # a theme whose terms the story barely uses is not this story's theme
CONTEXT_WEIGHT = 0.5  # the sentence before an item (and its subhead) tells what the item is about


Context = dict[tuple[str, int], str]


def item_vectors(items: list[Item], vectorizer: Vectorizer, context: Context | None = None) -> sp.csr_matrix:
    """One row per item: every outlet's wording together; with context, plus the sentence before each at lower weight."""
    texts = [" ".join(m.text for m in item.members) for item in items]
    own = normalize(vectorizer.transform(texts))
    if context is None:
        return own.tocsr()
    around = [" ".join(context.get((m.source_id, m.position), "") for m in item.members) for item in items]
    return normalize(own + CONTEXT_WEIGHT * normalize(vectorizer.transform(around))).tocsr()


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
        closest = np.argsort(-similarity[:, index])[:EXPANSION_ITEMS]
        closest = [i for i in closest if similarity[i, index] >= (specs[index].min_similarity or MIN_SIMILARITY)]
        expansion = np.asarray(vectors[closest].mean(axis=0)).ravel() if closest else np.zeros_like(seed)
        profile = seed + EXPANSION_WEIGHT * expansion
        norm = np.linalg.norm(profile)
        profiles.append(profile / norm if norm else profile)
    return np.vstack(profiles)


def term_support(spec: SectionSpec, vectorizer: Vectorizer) -> float:
    """Share of a theme's terms that the story uses at all: a theme about Kursk has none in a flood story."""
    stems = {s for term in spec.terms for s in content_stems(term)}
    if not stems:
        return 1.0
    return len(stems & vectorizer.vocabulary.keys()) / len(stems)


def assign_to_template(items: list[Item], specs: list[SectionSpec], vectorizer: Vectorizer,
                       catch_all: str | None, context: Context) -> float:
    """Put each item in its most similar template theme (or the catch-all); return the share that fit a theme."""
    if not items or not specs:
        return 0.0
    vectors = item_vectors(items, vectorizer)
    profiles = theme_profiles(specs, vectorizer, vectors)
    similarity = np.asarray(vectors @ profiles.T)
    absent = [k for k, spec in enumerate(specs) if term_support(spec, vectorizer) < MIN_TERM_SUPPORT]
    similarity[:, absent] = -1.0
    # An item too terse to place by itself ("The idea itself is correct") is placed with its context.
    with_context = np.asarray(item_vectors(items, vectorizer, context) @ profiles.T)
    with_context[:, absent] = -1.0
    thresholds = np.array([s.min_similarity or MIN_SIMILARITY for s in specs])
    weak = (similarity >= thresholds).sum(axis=1) == 0
    similarity[weak] = with_context[weak]
    fitted = 0
    for index, item in enumerate(items):
        best = int(np.argmax(similarity[index]))
        value = float(similarity[index, best])
        threshold = specs[best].min_similarity or MIN_SIMILARITY
        item.section_similarity = round(value, 4)
        if value >= threshold:
            item.section = specs[best].title
            fitted += 1
        else:
            item.section = catch_all or ""
    return fitted / len(items)


def discover(items: list[Item], vectorizer: Vectorizer, context: Context,
             max_themes: int = MAX_AUTO_THEMES) -> list[str]:
    """Cluster items into themes titled by their most telling terms; set each item's section; return titles."""
    if not items:
        return []
    vectors = item_vectors(items, vectorizer, context)
    k = max(1, min(max_themes, round(len(items) ** 0.5 / 1.5)))
    if len(items) < 4 or k == 1:
        labels = np.zeros(len(items), dtype=int)
        k = 1
    else:
        # Loaded only when themes are discovered. Clustering runs in a latent semantic space (LSA),
        # where words that occur in the same facts count as related: sparse TF-IDF alone scatters a theme.
        from sklearn.cluster import KMeans
        from sklearn.decomposition import TruncatedSVD

        dimensions = min(LSA_DIMENSIONS, vectors.shape[0] - 1, vectors.shape[1] - 1)
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
    best = defaultdict(float)
    for index, item in enumerate(items):
        best[labels[index]] = max(best[labels[index]], item.score)
        item.section = titles[labels[index]]
        item.section_similarity = round(float(vectors[index].multiply(vectors[labels == labels[index]].mean(axis=0)).sum()), 4)
    return [titles[label] for label in sorted(titles, key=lambda label: -best[label])]


def surface_forms(texts: list[str]) -> dict[str, str]:
    """Stem -> the word most often written for it (so a theme reads 'Sudzha', not 'sudzha')."""
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    for text in texts:
        for word in to_words(text):
            if word.lower() not in stop_words():
                counts[stem(word)][word] += 1
    return {s: c.most_common(1)[0][0] for s, c in counts.items()}
