"""Which articles of a mixed feed tell one story.

As in streaming news clustering (Miranda et al. 2018, "Multilingual Clustering of Streaming News"):
each article is represented by the TF-IDF of its lead (headline and first sentences), candidate
pairs come from a blocked sparse product (only pairs that share weighted terms cost anything),
a time window keeps two dated articles days apart out of one story, and groups form by average
link over the candidate graph (a pair that is not a candidate counts as 0), which does not chain
two stories through one article that mentions both, as single link would.
"""

from __future__ import annotations

import heapq
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np

from briefing.dates import parse_iso
from briefing.model import Source
from briefing.settings import BATCH, BatchSettings
from briefing.support import places_named
from briefing.vectors import tfidf


@dataclass(frozen=True)
class Lead:
    """What an article is about: its headline and first sentences, and its date (ISO, or "" when unknown)."""

    text: str
    date: str = ""

    @property
    def places(self) -> frozenset[str]:
        """The countries, states and cities the lead names, a demonym as its place ('Moroccan', 'Morocco')."""
        return places_named(self.text)




def lead_of(source: Source, settings: BatchSettings = BATCH) -> Lead:
    """An article's lead: headline plus its first sentences."""
    sentences = [s.text for s in source.sentences[: settings.lead_sentences]]
    return Lead(" ".join([source.headline, *sentences]).strip(), source.date)


def day_numbers(dates: Sequence[str]) -> np.ndarray:
    """Each ISO date as a day number (NaN when unknown or unreadable)."""
    days = np.full(len(dates), np.nan)
    for index, value in enumerate(dates):
        parsed = parse_iso(value) if value else None
        if parsed is not None:
            days[index] = parsed.toordinal()
    return days


def candidate_pairs(leads: Sequence[Lead], settings: BatchSettings = BATCH) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """(i, j, cosine) for i < j: pairs at or above the floor whose dates, when both are known, lie within the window."""
    if len(leads) < 2:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    matrix, _, _ = tfidf([lead.text for lead in leads])
    days = day_numbers([lead.date for lead in leads])
    transposed = matrix.T.tocsc()
    rows, cols, sims = [], [], []
    for start in range(0, matrix.shape[0], settings.chunk):
        block = (matrix[start:start + settings.chunk] @ transposed).tocoo()
        row = block.row.astype(np.int64) + start
        col = block.col.astype(np.int64)
        keep = (col > row) & (block.data >= settings.pair_floor)
        row, col, data = row[keep], col[keep], block.data[keep]
        apart = np.abs(days[row] - days[col])  # NaN (a date unknown) compares False: the pair stays
        near = ~(apart > settings.window_days)
        rows.append(row[near])
        cols.append(col[near])
        sims.append(data[near].astype(np.float64))
    return np.concatenate(rows), np.concatenate(cols), np.concatenate(sims)


def average_link(count: int, rows: np.ndarray, cols: np.ndarray, sims: np.ndarray, threshold: float,
                 days: np.ndarray | None = None, max_span: float = np.inf,
                 where: Sequence[frozenset[str]] | None = None, placed_group: int = 0) -> list[list[int]]:
    """Agglomerative clustering by average link on a sparse similarity graph; groups as sorted index lists.

    With `days`, two groups whose known dates would then span more than `max_span` days are never merged:
    undated articles may link two stories of one kind months apart ('prime minister resigns'). With `where` (the
    places each lead names), two groups of `placed_group` leads or more that each mostly name places, none the
    other's, are never merged either."""
    days = np.full(count, np.nan) if days is None else days
    named: list[Counter[str]] = [Counter(w) for w in where] if where is not None else [Counter() for _ in range(count)]
    first, last = list(days), list(days)  # per group: its earliest and latest known day (NaN: none known)
    neighbours: list[dict[int, float] | None] = [{} for _ in range(count)]  # group -> {group: summed similarity}
    for i, j, similarity in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True):
        neighbours[i][j] = similarity
        neighbours[j][i] = similarity
    size = [1] * count
    members: list[list[int] | None] = [[i] for i in range(count)]
    heap = [(-s, i, j) for i, j, s in zip(rows.tolist(), cols.tolist(), sims.tolist(), strict=True) if s >= threshold]
    heapq.heapify(heap)
    while heap:
        _, a, b = heapq.heappop(heap)
        if members[a] is None or members[b] is None:
            continue  # one side was merged since this pair was pushed: its average is stale
        span_first, span_last = np.nanmin([first[a], first[b], np.inf]), np.nanmax([last[a], last[b], -np.inf])
        if span_last - span_first > max_span:
            continue  # the dates say two stories
        if placed_group and min(size[a], size[b]) >= placed_group and _apart(named[a], size[a], named[b], size[b]):
            continue  # the places say two stories: an earthquake in Morocco and one in Turkey
        named.append(named[a] + named[b])
        first.append(np.nan if np.isinf(span_first) else span_first)
        last.append(np.nan if np.isinf(span_last) else span_last)
        merged = len(size)
        size.append(size[a] + size[b])
        members.append(sorted(members[a] + members[b]))
        summed: dict[int, float] = {}
        for side, other in ((a, b), (b, a)):
            for group, total in neighbours[side].items():
                if group != other:
                    summed[group] = summed.get(group, 0.0) + total
        for group, total in summed.items():
            links = neighbours[group]
            links.pop(a, None)
            links.pop(b, None)
            links[merged] = total
            average = total / (size[merged] * size[group])
            if average >= threshold:
                heapq.heappush(heap, (-average, min(merged, group), max(merged, group)))
        neighbours.append(summed)
        neighbours[a] = neighbours[b] = None
        members[a] = members[b] = None
    return sorted((m for m in members if m is not None), key=lambda m: m[0])


def _apart(places_a: Counter[str], size_a: int, places_b: Counter[str], size_b: int) -> bool:
    """Two groups each of whose leads mostly name a place, none the same: 'Morocco' and 'Marrakech' against 'Turkey'
    and 'Syria'. A place one lead names in passing says nothing ('Westminster' beside 'Northern Ireland')."""
    main_a = {p for p, n in places_a.items() if n * 2 >= size_a}
    main_b = {p for p, n in places_b.items() if n * 2 >= size_b}
    return bool(main_a) and bool(main_b) and not (main_a & set(places_b)) and not (main_b & set(places_a))


def group_stories(leads: Sequence[Lead], settings: BatchSettings = BATCH) -> list[list[int]]:
    """The feed's stories as lists of article indexes (an article that fits no story is a group of one)."""
    rows, cols, sims = candidate_pairs(leads, settings)
    return average_link(len(leads), rows, cols, sims, settings.same_story, day_numbers([lead.date for lead in leads]),
                        settings.story_span_days, [lead.places for lead in leads], settings.placed_group)
