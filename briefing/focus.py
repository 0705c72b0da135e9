"""`--focus`: steer the briefing toward a question.

The question, expanded with its closest sentences (pseudo-relevance feedback), gives each sentence a
relevance. On a long story the least relevant sentences are dropped before ranking (a prefilter, which
the literature found best for query-focused news summaries); on every story each sentence's salience
is then raised by its relevance, so the facts that answer the question come first without the rest of
the story going missing."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp

from briefing.errors import BriefingError
from briefing.settings import FOCUS
from briefing.vectors import Vectorizer, normalize


def relevance(vectors: sp.csr_matrix, vectorizer: Vectorizer, focus: str) -> np.ndarray:
    """Each sentence's similarity to the focus question expanded with its best matches, scaled to 0..1. A question
    of several parts ('What was he convicted of, and what happens to him now?') counts each part on its own, and a
    sentence answering any part is relevant: one part's words must not drown the other's answer."""
    parts = [part for part in _PARTS.split(focus) if part and len(part.split()) >= FOCUS.min_part_words] or [focus]
    found = [found for part in parts if (found := _part_relevance(vectors, vectorizer, part)) is not None]
    if not found:
        raise BriefingError(None, f"--focus '{focus}': none of its words occur in the sources")
    strongest = max(best for _, best in found)  # a part no sentence answers well weighs as little as its best match
    return np.max([similarity * best / strongest for similarity, best in found], axis=0)


# Where a question's parts meet: ', and what ...', '; ', '? '
_PARTS = re.compile(r",?\s+and\s+(?=(?:what|who|whom|how|why|when|where|which|whether|is|are|was|were|did|does|do|will|"
                    r"has|have|can)\b)|[;?]\s*", re.I)


def _part_relevance(vectors: sp.csr_matrix, vectorizer: Vectorizer, part: str) -> tuple[np.ndarray, float] | None:
    """Similarity to one part of the question, expanded with its best matches, scaled to 0..1, and the part's best
    plain similarity (how well anything answers it); None when none of its words occur."""
    query = normalize(vectorizer.transform([part]))
    similarity = np.asarray((vectors @ query.T).todense()).ravel()
    if not similarity.any():
        return None
    best = np.argsort(-similarity)[:FOCUS.expansion]
    expanded = normalize(query + FOCUS.expansion_weight * normalize(sp.csr_matrix(vectors[best].mean(axis=0))))
    scaled = np.asarray((vectors @ expanded.T).todense()).ravel()
    return scaled / scaled.max(), float(similarity.max())


def focus_filter(scores: np.ndarray) -> list[int]:
    """Indices of the sentences a story keeps under a focus: every one, unless the story is long (over
    `keep_min` sentences); then its most relevant share (never fewer than `keep_min`) of those relevant at all."""
    if len(scores) <= FOCUS.keep_min:
        return list(range(len(scores)))
    count = max(FOCUS.keep_min, int(FOCUS.share * len(scores)))
    return sorted(int(i) for i in np.argsort(-scores)[:count] if scores[i] > 0)


def boost(salience: np.ndarray, scores: np.ndarray) -> np.ndarray:
    """Salience raised by relevance: a sentence that answers the question counts up to `boost`+1 times more."""
    return salience * (1 + FOCUS.boost * scores)
