"""`--focus`: keep the sentences closest to a question, as a relevance prefilter in front of the ranker."""

from __future__ import annotations

import numpy as np
import scipy.sparse as sp

from briefing.errors import BriefingError
from briefing.settings import FOCUS
from briefing.vectors import Vectorizer, normalize


def focus_filter(vectors: sp.csr_matrix, vectorizer: Vectorizer, focus: str) -> list[int]:
    """Indices of the sentences closest to a focus question (expanded with its best matches), in order."""
    query = normalize(vectorizer.transform([focus]))
    similarity = np.asarray((vectors @ query.T).todense()).ravel()
    if not similarity.any():
        raise BriefingError(None, f"--focus '{focus}': none of its words occur in the sources")
    best = np.argsort(-similarity)[:FOCUS.expansion]
    expanded = normalize(query + FOCUS.expansion_weight * normalize(sp.csr_matrix(vectors[best].mean(axis=0))))
    similarity = np.asarray((vectors @ expanded.T).todense()).ravel()
    count = max(FOCUS.min_sentences, int(FOCUS.share * len(similarity)))
    keep = [int(i) for i in np.argsort(-similarity)[:count] if similarity[i] > 0]
    return sorted(keep)
