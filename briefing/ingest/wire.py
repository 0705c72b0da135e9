"""Wire copies: sources that share much of their copy speak with one voice."""

from __future__ import annotations

import re

import numpy as np
import scipy.sparse as sp
from scipy.sparse.csgraph import connected_components

from briefing.boilerplate import AGENCIES
from briefing.model import Source
from briefing.segment import to_words

WIRE_COPY_SHARE = 0.25  # share of the reporter's own sentences (quotations aside) two sources share to be one wire
# story. Devset: copies share 0.27-0.79 (two Reuters rewrites 0.27, CBS's AP copy 0.34); independent reports 0.19 at most.
WIRE_LABEL_SHARE = 0.4  # an unnamed copy takes the named one's outlet only when this much of it is that copy: below,
# the rest is the carrier's own writing, which must not be cited to the agency (devset: a Nigerian paper that ran 29%
# of dpa's story beside its own agency's lines was labelled dpa; whole copies share 0.40-0.79)
WIRE_COPY_MIN_SENTENCES = 2  # and at least this many sentences: two short reports sharing one background line are not copies
NEAR_COPY_GRAMS = 0.5  # share of a sentence's word 4-grams another source must have for a near copy


def attribute_wire_copies(sources: list[Source]) -> None:
    """Find sources that share much of their copy: an unnamed one that is mostly the copy of an agency's story
    another page names takes that agency, and all of them share one voice, so syndicated copy does not count as
    independent corroboration."""
    shares = shared_sentence_shares(sources)
    for me, source in enumerate(sources):
        row = shares.getrow(me)
        named = [(float(v), sources[int(i)]) for i, v in zip(row.indices, row.data, strict=True)
                 if i != me and wire_of(sources[int(i)])]
        if not source.outlet and named:
            share, best = max(named, key=lambda pair: pair[0])
            if share >= WIRE_LABEL_SHARE:
                source.outlet, source.agency = wire_of(best), ""
                source.outlet_from = f"wire copy of {best.path.name} ({share:.0%} shared sentences)"
    _, labels = connected_components(shares >= WIRE_COPY_SHARE, directed=False)
    first_of: dict[int, str] = {}
    for source, label in zip(sources, labels, strict=True):
        source.voice = first_of.setdefault(int(label), source.id)
    by_voice: dict[str, list[Source]] = {}
    for source in sources:
        by_voice.setdefault(source.voice, []).append(source)
    for group in by_voice.values():
        outlets = sorted({s.label for s in group})
        if len(outlets) > 1:
            for source in group:
                source.notes.append(f"shares much of its copy with {', '.join(o for o in outlets if o != source.label)}: "
                                    "counted as one voice for corroboration")


def wire_of(source: Source) -> str:
    """The agency whose copy a source runs, which another page sharing that copy runs too ('Reuters'; the agency a
    carrier credits); '' for a publisher's own name: two papers running one agency's story are not each other
    ('The Independent' is no outlet of The Hindu's page)."""
    if source.outlet in AGENCIES:
        return source.outlet
    return source.agency


def outside_quotes(text: str, quoting: bool) -> tuple[str, bool]:
    """The reporter's own words of a sentence, and whether a quotation is still open at its end.

    Outlets that quote the same statement share its words without sharing copy: a long statement
    carried by four outlets must not make them one voice."""
    if not quoting and not _QUOTE_MARK.search(text):
        return text, False
    kept, start = [], 0
    for mark in _QUOTE_MARK.finditer(text):
        char = mark.group(0)
        if char == "“" or (char == '"' and not quoting):
            if not quoting:
                kept.append(text[start:mark.start()])
            quoting = True
        elif quoting:  # a closing mark
            quoting, start = False, mark.end()
    if not quoting:
        kept.append(text[start:])
    return "".join(kept), quoting


_QUOTE_MARK = re.compile("[“”\"]")


def shared_sentence_shares(sources: list[Source]) -> sp.csr_matrix:
    """Sources x sources: the share of a source's sentences whose word 4-grams mostly (>= 50 %) occur in the other.

    Computed with sparse products (sentences x 4-grams, 4-grams x sources), so the cost grows
    with the text, not with the square of the number of sentences."""
    gram_ids: dict[tuple[str, ...], int] = {}
    rows, cols, sentence_source = [], [], []
    for s_index, source in enumerate(sources):
        quoting, paragraph = False, None
        for sentence in source.sentences:
            if sentence.paragraph != paragraph:  # a quotation left open ends with its paragraph
                quoting, paragraph = False, sentence.paragraph
            own, quoting = outside_quotes(sentence.text, quoting)
            tokens = [w.lower() for w in to_words(own)]
            grams = {gram_ids.setdefault(g, len(gram_ids)) for g in zip(tokens, tokens[1:], tokens[2:], tokens[3:], strict=False)}
            if not grams:
                continue  # all quotation (or too short): says nothing of whose copy this is
            row = len(sentence_source)
            rows.extend([row] * len(grams))
            cols.extend(grams)
            sentence_source.append(s_index)
    n_sentences, n_sources = len(sentence_source), len(sources)
    if not n_sentences or not gram_ids:
        return sp.csr_matrix((n_sources, n_sources))
    grams = sp.csr_matrix((np.ones(len(rows), dtype=np.float32), (rows, cols)), shape=(n_sentences, len(gram_ids)))
    membership = sp.csr_matrix((np.ones(n_sentences, dtype=np.float32), (range(n_sentences), sentence_source)),
                               shape=(n_sentences, n_sources))
    in_source = (grams.T @ membership).astype(bool).astype(np.float32)  # 4-gram x source: occurs there
    found = (grams @ in_source).tocsr()  # sentence x source: how many of its 4-grams the source has
    per_sentence = np.maximum(1, np.asarray(grams.sum(axis=1)).ravel())
    found = sp.diags(1 / per_sentence) @ found
    found.data = (found.data >= NEAR_COPY_GRAMS).astype(np.float32)
    counts = (membership.T @ found).tocsr()  # source x source: sentences of the row source nearly found in the column
    counts.data[counts.data < WIRE_COPY_MIN_SENTENCES] = 0
    counts.eliminate_zeros()
    sizes = np.maximum(1, np.asarray(membership.sum(axis=0)).ravel())
    return (sp.diags(1 / sizes) @ counts).tocsr()
