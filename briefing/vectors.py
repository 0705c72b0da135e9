"""Shared text features: content-word stems, synonym folding, sparse TF-IDF vectors.

Every later stage (rank, merge, themes) compares sentences through these vectors, so
similarity costs one sparse matrix product instead of an all-pairs Python loop.
"""

from __future__ import annotations

import pkgutil
from collections.abc import Callable
from functools import cache, lru_cache

import numpy as np
import scipy.sparse as sp
import snowballstemmer

from briefing.dates import WEEKDAYS
from briefing.lexicon import COUNTING_WORDS, REPORTING_WORDS
from briefing.segment import DATA_DIR, to_words

_STEMMER = snowballstemmer.stemmer("english")
@cache
def stop_words() -> frozenset[str]:
    """sumy's English stop words (number words aside) plus reporting verbs and day names. The list is read from
    sumy's data as its `get_stop_words` reads it, without importing `sumy.utils` (which loads requests and pycountry:
    an eighth of a small run's start-up)."""
    data = pkgutil.get_data("sumy", "data/stopwords/english.txt")
    if not data:
        raise RuntimeError("sumy's English stop words are missing: reinstall sumy")
    sumy_words = frozenset(w.rstrip() for w in data.decode("utf-8").splitlines() if w)
    return (sumy_words - COUNTING_WORDS) | REPORTING_WORDS | frozenset(WEEKDAYS)


@cache
def synonym_groups() -> list[tuple[bool, list[str]]]:
    """The groups of `data/synonyms.txt` as stems, each marked whether it names an action (a leading *)."""
    groups = []
    for line in (DATA_DIR / "synonyms.txt").read_text(encoding="utf-8").splitlines():
        if not line.strip() or line.startswith("#"):
            continue
        groups.append((line.startswith("*"), [_STEMMER.stemWord(w) for w in line.lstrip("*").replace(",", " ").split()]))
    return groups


@cache
def synonyms() -> dict[str, str]:
    """Stem -> canonical stem (the first of its group)."""
    table: dict[str, str] = {}
    for _, group in synonym_groups():
        for stem in group:
            table.setdefault(stem, group[0])
    return table


@cache
def action_stems() -> frozenset[str]:
    """Canonical stems of the action groups (recapture, kill, arrive ...)."""
    return frozenset(group[0] for is_action, group in synonym_groups() if is_action)


@cache
def stem(word: str) -> str:
    """Lower-cased Snowball stem of a word, folded onto its synonym group."""
    base = _STEMMER.stemWord(word.lower().strip("’'"))
    return synonyms().get(base, base)


@lru_cache(maxsize=200_000)
def content_stems(text: str) -> tuple[str, ...]:
    """Stems of the content words of a text, in order (stop words and punctuation removed)."""
    out = []
    stop = stop_words()
    for word in to_words(text):
        lower = word.lower().strip("’'")
        if len(lower) < 2 or lower in stop:
            continue
        out.append(stem(lower))
    return tuple(out)


def all_stems(text: str) -> list[str]:
    """Stems of every word (stop words kept): for bigram concepts that need their function words."""
    return [stem(w) for w in to_words(text)]


class Vectorizer:
    """TF-IDF over an analyzer's terms, as scikit-learn's TfidfVectorizer(sublinear_tf=True) computes it
    (smooth idf, l2 rows), in a few lines of scipy: it loads in a fraction of the time, which is
    most of a small run."""

    def __init__(self, analyzer: Callable[[str], tuple[str, ...]] = content_stems) -> None:
        self.analyzer = analyzer
        self.vocabulary: dict[str, int] = {}
        self.idf = np.zeros(0, dtype=np.float32)

    def fit_transform(self, texts: list[str]) -> sp.csr_matrix:
        counts = self._counts(texts, grow=True)
        df = np.bincount(counts.indices, minlength=len(self.vocabulary))
        self.idf = (np.log((1 + len(texts)) / (1 + df)) + 1).astype(np.float32)
        return self._weigh(counts)

    def fit(self, texts: list[str]) -> Vectorizer:
        self.fit_transform(texts)
        return self

    def transform(self, texts: list[str]) -> sp.csr_matrix:
        return self._weigh(self._counts(texts, grow=False))

    def get_feature_names_out(self) -> np.ndarray:
        names = np.empty(len(self.vocabulary), dtype=object)
        for term, index in self.vocabulary.items():
            names[index] = term
        return names

    def _counts(self, texts: list[str], grow: bool) -> sp.csr_matrix:
        indptr, indices, values = [0], [], []
        for text in texts:
            counter: dict[int, int] = {}
            for term in self.analyzer(text):
                index = self.vocabulary.get(term)
                if index is None:
                    if not grow:
                        continue
                    index = self.vocabulary[term] = len(self.vocabulary)
                counter[index] = counter.get(index, 0) + 1
            indices.extend(counter)
            values.extend(counter.values())
            indptr.append(len(indices))
        return sp.csr_matrix((np.array(values, dtype=np.float32), np.array(indices, dtype=np.int32),
                              np.array(indptr, dtype=np.int64)), shape=(len(texts), len(self.vocabulary)))

    def _weigh(self, counts: sp.csr_matrix) -> sp.csr_matrix:
        counts.data = (1 + np.log(counts.data)) * self.idf[counts.indices]  # column scaling, in place
        return normalize(counts)


def normalize(matrix: sp.spmatrix) -> sp.csr_matrix:
    """Rows scaled to unit length (zero rows stay zero), computed on the stored values (no diagonal product)."""
    matrix = sp.csr_matrix(matrix, dtype=np.float32, copy=True)
    matrix.sum_duplicates()
    rows = np.repeat(np.arange(matrix.shape[0]), np.diff(matrix.indptr))
    norms = np.sqrt(np.bincount(rows, weights=matrix.data.astype(np.float64) ** 2, minlength=matrix.shape[0]))
    norms[norms == 0] = 1
    matrix.data = (matrix.data / norms[rows]).astype(np.float32)
    return matrix


def tfidf(texts: list[str], extra: list[str] | None = None) -> tuple[sp.csr_matrix, sp.csr_matrix | None, Vectorizer]:
    """L2-normalized TF-IDF rows for texts (fitted on them) and for optional extra texts."""
    vectorizer = Vectorizer()
    matrix = vectorizer.fit_transform(texts)
    extra_matrix = vectorizer.transform(extra) if extra else None
    return matrix, extra_matrix, vectorizer
