"""Merge redundancy: sentences that tell the same fact become one item citing every outlet.

The similarity rule (tested in tests/test_merge.py):
two sentences tell the same fact when the cosine of their TF-IDF vectors over stemmed,
synonym-folded content words is at least SAME_FACT, or when the first HEAD_WORDS content
words (the news "who did what") reach SAME_HEAD while the whole sentences still reach
RELATED, or when they share a quotation (five words in a row inside quotation marks).
Within one source the bar is NEAR_COPY, since a writer rarely repeats a fact.
A sentence joins the cluster it is most similar to on average, so chains of loosely
related sentences do not snowball into one item.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from sklearn.feature_extraction.text import TfidfVectorizer
from sklearn.preprocessing import normalize

from briefing.model import Item, Sentence
from briefing.vectors import content_stems

SAME_FACT = 0.45
SAME_HEAD = 0.47
RELATED = 0.25
NEAR_COPY = 0.6
HEAD_WORDS = 10
QUOTE_SHINGLE = 5  # words a quotation must share with another to be the same quote
CONTAINED_SHARE = 0.8  # share of the shorter sentence's content stems the longer must tell
CONTAINED_MIN_WORDS = 3
ITEM_MERGE = 0.3  # clusters linked by a same-fact pair merge when their pooled wording is this similar
CHUNK = 2000  # rows per block of the sparse similarity product

_QUOTED = re.compile(r"[\"“]([^\"”]{20,})[\"”]")
_ATTRIBUTION_CLAUSE = re.compile(
    r",?\s*(?:(?:a|one|two|several)\s+)?(?:sources?|officials?|people)\s+(?:familiar with|close to|briefed on|with knowledge of)[^,.;]*"
    r"|,?\s*(?:a|one)\s+source\s+said|,?\s*according to [^,.;]+|\b(?:told|said to)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", re.I)
_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|And|Also|Meanwhile|However|Still|Yet|Instead)(?=[\s,’'])")
_ATTRIBUTION = re.compile(r"\b(?:said|says|told|added|noted|wrote|stated|according to|announced|claimed|warned)\b")


def head_vectors(texts: list[str]) -> sp.csr_matrix:
    """TF-IDF of the first HEAD_WORDS content stems of each text: who did what."""
    vectorizer = TfidfVectorizer(analyzer=lambda t: content_stems(t)[:HEAD_WORDS], sublinear_tf=True, dtype=np.float32)
    return vectorizer.fit_transform(texts).tocsr()


def quote_shingles(text: str) -> set[tuple[str, ...]]:
    """Word 5-grams inside quotation marks: a shared quote is a shared fact, whatever the framing."""
    shingles: set[tuple[str, ...]] = set()
    for quoted in _QUOTED.findall(text):
        words = [w.lower() for w in re.findall(r"\w+", quoted)]
        shingles.update(zip(*(words[k:] for k in range(QUOTE_SHINGLE)), strict=False))
    return shingles


def shared_quote_pairs(sentences: list[Sentence]) -> set[tuple[int, int]]:
    """Pairs (i < j) of sentences from different sources that quote the same words."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        for shingle in quote_shingles(sentence.text):
            postings[shingle].append(index)
    pairs = set()
    for indices in postings.values():
        if len(indices) > 20:  # a stock phrase, not one quote
            continue
        for a in indices:
            for b in indices:
                if a < b and sentences[a].source_id != sentences[b].source_id:
                    pairs.add((a, b))
    return pairs


def similar_pairs(full: sp.csr_matrix, head: sp.csr_matrix, sentences: list[Sentence]) -> dict[tuple[int, int], float]:
    """Pairs (i < j) that tell the same fact under the rule above, with their full-text similarity."""
    pairs: dict[tuple[int, int], float] = {pair: SAME_FACT for pair in shared_quote_pairs(sentences)}
    source_index = {sid: k for k, sid in enumerate(dict.fromkeys(s.source_id for s in sentences))}
    source_of = np.array([source_index[s.source_id] for s in sentences])
    n = full.shape[0]
    for start in range(0, n, CHUNK):
        block = (full[start:start + CHUNK] @ full.T).tocoo()
        rows, cols, values = block.row + start, block.col, block.data
        keep = (cols > rows) & (values >= RELATED)
        rows, cols, values = rows[keep], cols[keep], values[keep]
        heads = np.asarray(head[rows].multiply(head[cols]).sum(axis=1)).ravel()
        same_source = source_of[rows] == source_of[cols]
        accept = np.where(same_source, values >= NEAR_COPY, (values >= SAME_FACT) | (heads >= SAME_HEAD))
        undecided = ~same_source & ~accept
        for i, j, value in zip(rows[accept], cols[accept], values[accept], strict=True):
            pairs[(int(i), int(j))] = float(value)
        for i, j, value in zip(rows[undecided], cols[undecided], values[undecided], strict=True):
            if contained(sentences[i].text, sentences[j].text):
                pairs[(int(i), int(j))] = float(value)
    return pairs


def same_fact(similarity: float, head_similarity: float, a: str, b: str, same_source: bool = False) -> bool:
    """The similarity rule of this module's docstring, for one pair."""
    if same_source:
        return similarity >= NEAR_COPY
    if similarity >= SAME_FACT or bool(quote_shingles(a) & quote_shingles(b)):
        return True
    return similarity >= RELATED and (head_similarity >= SAME_HEAD or contained(a, b))


def contained(a: str, b: str) -> bool:
    """True when the shorter sentence's content (attribution aside) is all told by the longer one."""
    short, long = sorted((fact_stems(a), fact_stems(b)), key=len)
    return len(short) >= CONTAINED_MIN_WORDS and len(short & long) >= CONTAINED_SHARE * len(short)


@lru_cache(maxsize=200_000)
def fact_stems(text: str) -> frozenset[str]:
    """Content stems of a sentence without its attribution ('a source familiar with ... told CNN')."""
    return frozenset(content_stems(_ATTRIBUTION_CLAUSE.sub(" ", text)))


def cluster(n: int, pairs: dict[tuple[int, int], float], order: list[int]) -> list[list[int]]:
    """Greedy average-link clustering: visit sentences by importance, join the best-matching cluster."""
    neighbours: dict[int, dict[int, float]] = defaultdict(dict)
    for (i, j), value in pairs.items():
        neighbours[i][j] = value
        neighbours[j][i] = value
    cluster_of: dict[int, int] = {}
    clusters: list[list[int]] = []
    for index in order:
        votes: dict[int, list[float]] = defaultdict(list)
        for other, value in neighbours[index].items():
            if other in cluster_of:
                votes[cluster_of[other]].append(value)
        best, best_value = None, 0.0
        for cid, values in votes.items():
            # Average over the whole cluster: a member that is not similar counts as 0.
            average = sum(values) / len(clusters[cid])
            if len(values) * 2 >= len(clusters[cid]) and average > best_value:
                best, best_value = cid, average
        if best is None:
            cluster_of[index] = len(clusters)
            clusters.append([index])
        else:
            cluster_of[index] = best
            clusters[best].append(index)
    return clusters


def join_linked_clusters(clusters: list[list[int]], pairs: dict[tuple[int, int], float],
                         full: sp.csr_matrix) -> list[list[int]]:
    """Second pass: two clusters linked by a same-fact pair become one when their pooled wording is similar.
    (A lede that adds context and a terse report of the same event fall on either side of average-link.)"""
    cluster_of = {i: c for c, ids in enumerate(clusters) for i in ids}
    parent = list(range(len(clusters)))
    pooled: dict[int, sp.csr_matrix] = {}

    def root(c: int) -> int:
        while parent[c] != c:
            parent[c] = parent[parent[c]]
            c = parent[c]
        return c

    def vector(c: int) -> sp.csr_matrix:
        if c not in pooled:
            pooled[c] = normalize(sp.csr_matrix(full[clusters[c]].sum(axis=0)))
        return pooled[c]

    for i, j in pairs:
        a, b = root(cluster_of[i]), root(cluster_of[j])
        if a != b and float(vector(a).multiply(vector(b)).sum()) >= ITEM_MERGE:
            parent[b] = a
            clusters[a] = clusters[a] + clusters[b]
            clusters[b] = []
            pooled.pop(a, None)
    return [ids for c, ids in enumerate(clusters) if root(c) == c and ids]


def standalone(text: str) -> bool:
    """True when a sentence can stand alone: no leading pronoun, no quote whose speaker is lost."""
    if _PRONOUN_START.match(text):
        return False
    if text[:1] in "\"“" and not _ATTRIBUTION.search(_outside_quotes(text)):
        return False
    return True


def _outside_quotes(text: str) -> str:
    """The text with quoted passages removed."""
    return re.sub(r"[\"“][^\"”]*[\"”]?", " ", text)


def clearest(members: list[Sentence], salience: dict[int, float], ids: list[int]) -> int:
    """Index of the member that reads best alone: standalone, 12-40 words, then most salient."""
    def quality(k: int) -> tuple[int, int, float]:
        text = members[k].text
        n_words = len(text.split())
        return (int(standalone(text)), int(12 <= n_words <= 40), salience[ids[k]])
    return max(range(len(members)), key=quality)


def merge(sentences: list[Sentence], full: sp.csr_matrix, salience: np.ndarray, outlet_of: dict[str, str]) -> list[Item]:
    """Cluster sentences telling the same fact into items; the clearest one is the item's text."""
    if not sentences:
        return []
    head = head_vectors([s.text for s in sentences])
    pairs = similar_pairs(full, head, sentences)
    order = sorted(range(len(sentences)), key=lambda i: -salience[i])
    items = []
    for ids in join_linked_clusters(cluster(len(sentences), pairs, order), pairs, full):
        members = [sentences[i] for i in ids]
        best = clearest(members, {i: float(salience[i]) for i in ids}, ids)
        outlets = sorted({outlet_of[m.source_id] for m in members}, key=str.lower)
        items.append(Item(text=members[best].text, score=float(salience[ids[best]]), members=[members[best]] +
                          [m for k, m in enumerate(members) if k != best], outlets=outlets))
    return items
