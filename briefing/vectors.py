"""Shared text features: content-word stems, synonym folding, sparse TF-IDF vectors.

Every later stage (rank, merge, themes) compares sentences through these vectors, so
similarity costs one sparse matrix product instead of an all-pairs Python loop.
"""

from __future__ import annotations

from functools import cache, lru_cache

import numpy as np
import scipy.sparse as sp
from nltk.stem.snowball import SnowballStemmer
from sklearn.feature_extraction.text import TfidfVectorizer
from sumy.utils import get_stop_words

from briefing.segment import DATA_DIR, to_words

_STEMMER = SnowballStemmer("english")
# Reporting verbs and time words say nothing about the fact itself.
_EXTRA_STOP = {
    "said", "says", "say", "told", "tell", "added", "noted", "according", "reporter", "reporters",
    "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "today", "yesterday", "week", "earlier", "later", "mr", "mrs", "ms",
}


@cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words plus reporting verbs and day names."""
    return frozenset(get_stop_words("english")) | _EXTRA_STOP


@cache
def synonyms() -> dict[str, str]:
    """Stem -> canonical stem, from `data/synonyms.txt` (one group of news synonyms per line)."""
    table: dict[str, str] = {}
    for line in (DATA_DIR / "synonyms.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        group = [_STEMMER.stem(w) for w in line.replace(",", " ").split()]
        for stem in group:
            table.setdefault(stem, group[0])
    return table


@cache
def stem(word: str) -> str:
    """Lower-cased Snowball stem of a word, folded onto its synonym group."""
    base = _STEMMER.stem(word.lower().strip("’'"))
    return synonyms().get(base, base)


@lru_cache(maxsize=200_000)
def content_stems(text: str) -> tuple[str, ...]:
    """Stems of the content words of a text, in order (stop words and punctuation removed)."""
    out = []
    for word in to_words(text):
        lower = word.lower().strip("’'")
        if len(lower) < 2 or lower in stop_words():
            continue
        out.append(stem(lower))
    return tuple(out)


def all_stems(text: str) -> list[str]:
    """Stems of every word (stop words kept): for bigram concepts that need their function words."""
    return [stem(w) for w in to_words(text)]


def tfidf(texts: list[str], extra: list[str] | None = None) -> tuple[sp.csr_matrix, sp.csr_matrix | None, TfidfVectorizer]:
    """L2-normalized TF-IDF rows for texts (fitted on them) and for optional extra texts."""
    vectorizer = TfidfVectorizer(analyzer=content_stems, sublinear_tf=True, min_df=1, dtype=np.float32)
    matrix = vectorizer.fit_transform(texts)
    extra_matrix = vectorizer.transform(extra) if extra else None
    return matrix.tocsr(), extra_matrix, vectorizer


def cosine(a: sp.csr_matrix, b: sp.csr_matrix) -> np.ndarray:
    """Dense cosine-similarity matrix between the L2-normalized rows of a and b."""
    return np.asarray((a @ b.T).todense())
