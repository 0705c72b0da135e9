"""Merge redundancy: sentences that tell the same fact become one item citing every outlet.

The similarity rule (tested in tests/test_merge.py, and on the whole document in tests/test_make.py):
two sentences tell the same fact when the cosine of their TF-IDF vectors over stemmed,
synonym-folded content words is at least `same_fact`, or when the first `head_words` content
words (the news "who did what") reach `same_head` while the whole sentences still reach
`related`, or when they share a quotation (five words in a row inside quotation marks), or
when they reach `same_event` and tell one action (an action synonym group of data/synonyms.txt)
on one named place or person that is not everywhere in the story ('recaptured Sudzha').
Within one source the bar is `near_copy`, since a writer rarely repeats a fact.
Near copies (cosine >= `near_copy_group`) are grouped first by MinHash LSH, in linear time.
The numbers are `briefing.settings.MERGE`.
A sentence joins the cluster it is most similar to on average, so chains of loosely
related sentences do not snowball into one item.
"""

from __future__ import annotations

import re
from collections import defaultdict
from functools import lru_cache

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from briefing.model import Item, Sentence
from briefing.settings import MERGE, SUPPORT
from briefing.support import (
    carries_quotation,
    hedged_alike,
    highest_toll,
    names_a_year,
    revised_figures,
    supports,
    variant,
)
from briefing.vectors import Vectorizer, action_stems, content_stems, normalize, stem
from briefing.wording import standalone

_QUOTED = re.compile(r"[\"“]([^\"”]{" + str(MERGE.quote_min_chars) + r",})[\"”]")
_ATTRIBUTION_CLAUSE = re.compile(
    r",?\s*(?:(?:a|one|two|several)\s+)?(?:sources?|officials?|people)\s+(?:familiar with|close to|briefed on|with knowledge of)[^,.;]*"
    r"|,?\s*(?:a|one)\s+source\s+said|,?\s*according to [^,.;]+|\b(?:told|said to)\s+[A-Z][\w.]*(?:\s+[A-Z][\w.]*)*", re.I)
_NAME_WORD = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)?")


MINHASH_PRIME = 2_147_483_647  # a Mersenne prime for the universal hash family

def head_stems(text: str) -> tuple[str, ...]:
    """The first MERGE.head_words content stems: who did what."""
    return content_stems(text)[:MERGE.head_words]


def head_vectors(texts: list[str]) -> sp.csr_matrix:
    """TF-IDF of the first MERGE.head_words content stems of each text."""
    return Vectorizer(head_stems).fit_transform(texts)


class FactCheck:
    """The same-fact rule between any two texts, with IDF weights learned from the whole story.

    Placement asks it before a fact goes into the briefing, so the rule holds for the
    document itself, whatever clustering did (a duplicate found here is absorbed: the outlets of its
    supporting sentences join the item already placed)."""

    def __init__(self, full_vectorizer: Vectorizer, corpus: list[str]) -> None:
        self.full = full_vectorizer
        self.head = Vectorizer(head_stems).fit(corpus)
        self.common_names = common_names(corpus)
        self.cache: dict[str, tuple[dict[int, float], dict[int, float]]] = {}

    def vectors(self, text: str) -> tuple[dict[int, float], dict[int, float]]:
        """A text's unit TF-IDF vectors (whole wording, head words) as {term: weight}: a sentence has a few dozen
        terms, so a dot product of two dicts is far cheaper than one of two sparse matrices."""
        if text not in self.cache:
            full, head = normalize(self.full.transform([text])), normalize(self.head.transform([text]))
            self.cache[text] = (dict(zip(full.indices.tolist(), full.data.tolist(), strict=True)),
                                dict(zip(head.indices.tolist(), head.data.tolist(), strict=True)))
        return self.cache[text]

    def same(self, a: str, b: str) -> bool:
        (full_a, head_a), (full_b, head_b) = self.vectors(a), self.vectors(b)
        return same_fact(_dot(full_a, full_b), _dot(head_a, head_b), a, b, common_names=self.common_names)


def _dot(a: dict[int, float], b: dict[int, float]) -> float:
    """The dot product of two sparse vectors held as dicts."""
    if len(b) < len(a):
        a, b = b, a
    return sum(weight * b[term] for term, weight in a.items() if term in b)


def quote_shingles(text: str) -> set[tuple[str, ...]]:
    """Word 5-grams inside quotation marks: a shared quote is a shared fact, whatever the framing."""
    shingles: set[tuple[str, ...]] = set()
    for quoted in _QUOTED.findall(text):
        words = [w.lower() for w in re.findall(r"\w+", quoted)]
        shingles.update(zip(*(words[k:] for k in range(MERGE.quote_shingle)), strict=False))
    return shingles


def shared_quote_pairs(sentences: list[Sentence]) -> set[tuple[int, int]]:
    """Pairs (i < j) of sentences from different sources that quote the same words."""
    postings: dict[tuple[str, ...], list[int]] = defaultdict(list)
    for index, sentence in enumerate(sentences):
        for shingle in quote_shingles(sentence.text):
            postings[shingle].append(index)
    pairs = set()
    for indices in postings.values():
        if len(indices) > MERGE.stock_quote_uses:
            continue
        for a in indices:
            for b in indices:
                if a < b and sentences[a].source_id != sentences[b].source_id:
                    pairs.add((a, b))
    return pairs


def near_copy_groups(full: sp.csr_matrix) -> list[list[int]]:
    """Group sentences that are near copies of each other (cosine >= MERGE.near_copy_group), in linear time.

    Candidates come from MinHash locality-sensitive hashing of each sentence's set of terms
    (MERGE.minhash_bands bands of MERGE.minhash_rows hashes); each candidate is checked with the exact cosine.
    Syndicated and wire copy collapses here, before the pairwise stage, so a story copied by
    hundreds of outlets costs no more than the story itself."""
    n = full.shape[0]
    signatures = minhash(full)
    linked_a, linked_b = [], []
    for band in range(MERGE.minhash_bands):
        keys = signatures[:, band * MERGE.minhash_rows] * MINHASH_PRIME + signatures[:, band * MERGE.minhash_rows + 1]
        order = np.argsort(keys, kind="stable")
        ordered = keys[order]
        new_run = np.r_[True, ordered[1:] != ordered[:-1]]
        run_start = np.flatnonzero(new_run)[np.cumsum(new_run) - 1]
        members = ~new_run
        reps, others = order[run_start[members]], order[members]
        if not len(others):
            continue
        close = rowwise_dot(full, reps, others) >= MERGE.near_copy_group
        linked_a.append(reps[close])
        linked_b.append(others[close])
    return components(n, linked_a, linked_b)


def components(n: int, linked_a: list[np.ndarray], linked_b: list[np.ndarray]) -> list[list[int]]:
    """Groups of 0..n-1 joined by the links (a[k], b[k]), each group in index order."""
    a = np.concatenate(linked_a) if linked_a else np.array([], dtype=np.int64)
    b = np.concatenate(linked_b) if linked_b else np.array([], dtype=np.int64)
    graph = sp.csr_matrix((np.ones(len(a), dtype=np.int8), (a, b)), shape=(n, n))
    _, labels = connected_components(graph, directed=False)
    groups: dict[int, list[int]] = defaultdict(list)
    for index, label in enumerate(labels):
        groups[int(label)].append(index)
    return list(groups.values())


def minhash(matrix: sp.csr_matrix) -> np.ndarray:
    """MinHash signatures (rows x MERGE.minhash_bands*MERGE.minhash_rows) of each row's set of nonzero columns.
    Empty rows get unique signatures so they never collide."""
    n = matrix.shape[0]
    k = MERGE.minhash_bands * MERGE.minhash_rows
    rng = np.random.default_rng(0)
    a = rng.integers(1, MINHASH_PRIME, size=k, dtype=np.int64)
    b = rng.integers(0, MINHASH_PRIME, size=k, dtype=np.int64)
    signatures = np.empty((n, k), dtype=np.int64)
    lengths = np.diff(matrix.indptr)
    empty = lengths == 0
    signatures[empty] = -np.arange(1, empty.sum() + 1, dtype=np.int64)[:, None]
    if matrix.nnz:
        hashed = (matrix.indices.astype(np.int64)[:, None] * a + b) % MINHASH_PRIME
        signatures[~empty] = np.minimum.reduceat(hashed, matrix.indptr[:-1][~empty], axis=0)
    return signatures


def rowwise_dot(matrix: sp.csr_matrix, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """Dot products of the row pairs (rows[k], cols[k]), in chunks to bound memory."""
    out = np.empty(len(rows), dtype=np.float32)
    for start in range(0, len(rows), MERGE.pair_chunk):
        stop = start + MERGE.pair_chunk
        out[start:stop] = np.asarray(matrix[rows[start:stop]].multiply(matrix[cols[start:stop]]).sum(axis=1)).ravel()
    return out


def candidate_pairs(matrix: sp.csr_matrix) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Row pairs (i < j) that may tell one fact (cosine >= MERGE.same_event), with their exact cosine.

    Pairs are generated from the terms that are not everywhere (document frequency at most
    MERGE.rare_term_cap): two sentences that share only 'Russia' and 'said' do not tell one fact.
    Below the cap this is the exact all-pairs product; above it, cost grows with the text."""
    n = matrix.shape[0]
    df = np.bincount(matrix.indices, minlength=matrix.shape[1])
    common = df > max(MERGE.rare_term_cap, int(MERGE.rare_term_share * n))
    probe = matrix if not common.any() else (matrix @ sp.diags((~common).astype(np.float32))).tocsr()
    probe.eliminate_zeros()
    all_rows, all_cols, all_values = [], [], []
    for start in range(0, n, MERGE.chunk):
        block = (probe[start:start + MERGE.chunk] @ probe.T).tocoo()
        rows, cols, values = block.row + start, block.col, block.data
        keep = cols > rows
        if common.any():
            rows, cols = rows[keep], cols[keep]
            values = rowwise_dot(matrix, rows, cols)
            keep = values >= MERGE.same_event
        else:
            keep &= values >= MERGE.same_event
        all_rows.append(rows[keep])
        all_cols.append(cols[keep])
        all_values.append(values[keep])
    if not all_rows:
        empty = np.array([], dtype=np.int64)
        return empty, empty, np.array([], dtype=np.float32)
    return np.concatenate(all_rows), np.concatenate(all_cols), np.concatenate(all_values)


def similar_pairs(full: sp.csr_matrix, head: sp.csr_matrix, sentences: list[Sentence]) -> dict[tuple[int, int], float]:
    """Pairs (i < j) that tell the same fact under the rule above, with their full-text similarity."""
    pairs: dict[tuple[int, int], float] = {pair: MERGE.same_fact for pair in shared_quote_pairs(sentences)}
    source_index = {sid: k for k, sid in enumerate(dict.fromkeys(s.source_id for s in sentences))}
    source_of = np.array([source_index[s.source_id] for s in sentences])
    rows, cols, values = candidate_pairs(full)
    names = common_names([s.text for s in sentences])
    heads = rowwise_dot(head, rows, cols)
    same_source = source_of[rows] == source_of[cols]
    accept = np.where(same_source, values >= MERGE.near_copy,
                      (values >= MERGE.same_fact) | ((heads >= MERGE.same_head) & (values >= MERGE.related)))
    undecided = ~same_source & ~accept
    for i, j, value in zip(rows[accept], cols[accept], values[accept], strict=True):
        pairs[(int(i), int(j))] = float(value)
    for i, j, value in zip(rows[undecided], cols[undecided], values[undecided], strict=True):
        a, b = sentences[i].text, sentences[j].text
        if (value >= MERGE.related and contained(a, b)) or same_event(a, b, names):
            pairs[(int(i), int(j))] = float(value)
    return pairs


def same_fact(similarity: float, head_similarity: float, a: str, b: str,
              common_names: frozenset[str] = frozenset()) -> bool:
    """The similarity rule of this module's docstring, for one pair."""
    if similarity >= MERGE.same_fact or bool(quote_shingles(a) & quote_shingles(b)):
        return True
    if similarity >= MERGE.related and (head_similarity >= MERGE.same_head or contained(a, b)):
        return True
    return similarity >= MERGE.same_event and same_event(a, b, common_names)


def same_event(a: str, b: str, common_names: frozenset[str]) -> bool:
    """One action on one named place or person: 'recaptured Sudzha' and '"liberated" Sudzha'.
    Names the whole story is about (common_names) do not count: every sentence has them."""
    actions_a, names_a = event_of(a)
    actions_b, names_b = event_of(b)
    return bool(actions_a & actions_b) and bool((names_a & names_b) - common_names)


@lru_cache(maxsize=200_000)
def event_of(text: str) -> tuple[frozenset[str], frozenset[str]]:
    """The action stems and the names (capitalized words after the first) a sentence has."""
    actions = frozenset(content_stems(text)) & action_stems()
    names = frozenset(stem(w) for w in _NAME_WORD.findall(text.split(" ", 1)[-1]))
    return actions, names


def common_names(texts: list[str]) -> frozenset[str]:
    """Names in more than MERGE.common_name_share of the story's sentences: what the story is about, not one fact."""
    counts: dict[str, int] = defaultdict(int)
    for text in texts:
        for name in event_of(text)[1]:
            counts[name] += 1
    return frozenset(n for n, c in counts.items() if c > max(MERGE.common_name_min, MERGE.common_name_share * len(texts)))


def contained(a: str, b: str) -> bool:
    """True when the shorter sentence's content (attribution aside) is all told by the longer one."""
    short, long = sorted((fact_stems(a), fact_stems(b)), key=len)
    return len(short) >= MERGE.contained_min_words and len(short & long) >= MERGE.contained_share * len(short)


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
        if a != b and float(vector(a).multiply(vector(b)).sum()) >= MERGE.item_merge:
            parent[b] = a
            clusters[a] = clusters[a] + clusters[b]
            clusters[b] = []
            pooled.pop(a, None)
    return [ids for c, ids in enumerate(clusters) if root(c) == c and ids]


def clarity(sentence: Sentence, salience: float) -> tuple[int, int, float]:
    """How well a sentence reads alone: standalone, 12-40 words, then most salient."""
    n_words = len(sentence.text.split())
    return int(standalone(sentence.text)), int(MERGE.clear_min_words <= n_words <= MERGE.clear_max_words), salience


def split_by_support(members: list[Sentence], salience: dict[SentenceKey, float], outlet_of: dict[str, str],
                     revised: frozenset[float] = frozenset()) -> list[tuple[Sentence, list[Sentence], list[Sentence]]]:
    """Cut a cluster into facts each cited only by the sentences that tell it: (wording, supporters, variants).

    The wording is the clear sentence that most outlets' sentences support; the sentences that
    tell it with other figures are its variants; a sentence quoting the same statement in other words is
    neither a supporter (its outlet is not cited for words it did not print) nor a further fact; the rest
    form further facts the same way; of a toll's accounts the latest is the wording (`latest_toll`, `revised`: the
    figures the story says were revised)."""
    remaining = sorted(members, key=lambda m: clarity(m, salience[where(m)]), reverse=True)
    facts = []
    while remaining:
        sample = remaining[:SUPPORT.backing_sample]  # on a big cluster of copies, the clearest accounts decide
        wording = max(remaining[:SUPPORT.representatives], key=lambda c: backing(c, sample, salience, outlet_of))
        wording = latest_toll(wording, remaining, revised)
        told = [m for m in remaining if m is wording or supports(m.text, wording.text, quotation=False)]
        # cited: the sentences that also print the quotation's own words (the rest of support already holds)
        supporters = [m for m in told if m is wording or carries_quotation(m.text, wording.text)
                      and hedged_alike(m.text, wording.text)]
        taken = {where(m) for m in told}  # another outlet's version of the quotation is this fact, not a new one
        variants = [m for m in remaining if where(m) not in taken and variant(m.text, wording.text)]
        taken |= {where(m) for m in variants}
        facts.append((wording, supporters, variants))
        remaining = [m for m in remaining if where(m) not in taken]
    return facts


def latest_toll(wording: Sentence, accounts: list[Sentence], revised: frozenset[float] = frozenset()) -> Sentence:
    """The account of the wording's death toll that gives the highest figure, the latest report (tolls rise as
    bodies are found): '288 killed' is the news, '207 killed' the first night's count; unless the story says a
    figure was revised ('revised the toll from 79'): that one is out of date, whichever way it went. Only accounts
    that read alone and name no year (another event's toll) compete."""
    own = highest_toll(wording.text)
    if not own:
        return wording
    others = [a for a in accounts if highest_toll(a.text) not in (0.0, own) and highest_toll(a.text) not in revised
              and standalone(a.text) and not names_a_year(a.text)  # a year marks another event's toll
              and variant(a.text, wording.text)]
    later = others if own in revised else [a for a in others if highest_toll(a.text) > own]
    return max(later, key=lambda a: highest_toll(a.text)) if later else wording


def backing(candidate: Sentence, sentences: list[Sentence], salience: dict[SentenceKey, float],
            outlet_of: dict[str, str]) -> tuple:
    """Rank a candidate wording: standalone first, then the outlets whose sentences support it, then clarity."""
    outlets = {outlet_of[m.source_id] for m in sentences if supports(m.text, candidate.text, quotation=False)}
    quality = clarity(candidate, salience[where(candidate)])
    return quality[0], len(outlets), quality[1], quality[2]


SentenceKey = tuple[str, int]


def where(sentence: Sentence) -> SentenceKey:
    """A sentence's place: its source and position (unique in a story)."""
    return sentence.source_id, sentence.position


def merge(sentences: list[Sentence], full: sp.csr_matrix, salience: np.ndarray, outlet_of: dict[str, str],
          revised: frozenset[float] | None = None) -> list[Item]:
    """Cluster sentences telling the same fact into items, each citing only the outlets whose sentences support it.

    Near copies are grouped first (linear time); the same-fact rule then runs on one
    representative per group, whose vector pools the group's wording. Each cluster is then cut
    by support (briefing.support): clustering finds candidates, support decides citations. `revised`: the tolls the
    story says were revised (read from the sentences when not given)."""
    if not sentences:
        return []
    groups = near_copy_groups(full)
    representative = [max(g, key=lambda i: salience[i]) for g in groups]
    membership = sp.csr_matrix((np.ones(len(sentences), dtype=np.float32),
                                ([gi for gi, g in enumerate(groups) for _ in g], [i for g in groups for i in g])),
                               shape=(len(groups), len(sentences)))
    pooled = normalize(membership @ full).tocsr()
    heads = head_vectors([sentences[r].text for r in representative])
    pairs = similar_pairs(pooled, heads, [sentences[r] for r in representative])
    order = sorted(range(len(groups)), key=lambda g: -salience[representative[g]])
    salience_of = {where(s): float(salience[i]) for i, s in enumerate(sentences)}
    revised = revised_figures([s.text for s in sentences]) if revised is None else revised
    items = []
    for event, group_ids in enumerate(join_linked_clusters(cluster(len(groups), pairs, order), pairs, pooled)):
        members = [sentences[i] for g in group_ids for i in groups[g]]
        for wording, supporters, variants in split_by_support(members, salience_of, outlet_of, revised):
            outlets = tuple(sorted({outlet_of[m.source_id] for m in supporters}, key=str.lower))
            ordered = (wording, *(m for m in supporters if m is not wording))
            items.append(Item(id=len(items), text=wording.text, members=ordered, outlets=outlets,
                              salience=salience_of[where(wording)], variants=tuple(variants), event=event,
                              event_sentences=tuple(members)))
    return items
