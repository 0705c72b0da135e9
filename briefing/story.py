"""The story index: built once after merging and scoring, read by every later stage.

It holds what the sections need to know about the story besides its items (sentences and
their vectors, outlets and voices, what a reader read before each sentence, the same-fact
check, who is named), so no later stage re-reads the sources or recomputes an earlier result.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from functools import cached_property

import numpy as np
import scipy.sparse as sp

from briefing.merge import FactCheck, fact_stems
from briefing.model import Item, Sentence, Source
from briefing.people import NameIndex, Person, find_people, index_people
from briefing.quotes import Quote, find_quotes
from briefing.settings import PLACE, SCORE, THEMES
from briefing.support import revised_figures, says_toll_rose, wording
from briefing.vectors import Vectorizer, normalize

Key = tuple[str, int]  # (source id, position of the sentence in its source)


def key(sentence: Sentence) -> Key:
    """Where a sentence sits: its source and position."""
    return sentence.source_id, sentence.position


@dataclass
class StoryIndex:
    """Everything after merging reads from here; nothing here is edited after it is built."""

    sources: list[Source]
    sentences: list[Sentence]  # the ranked sentences (after --focus, if any), in source order
    vectorizer: Vectorizer
    vectors: sp.csr_matrix  # TF-IDF rows of `sentences`
    items: list[Item]  # scored items; items[k].id == k
    outlet_of: dict[str, str] = field(default_factory=dict)  # source id -> outlet
    voice_of: dict[str, str] = field(default_factory=dict)  # source id -> voice (sources sharing copy share one)
    revised: frozenset[float] | None = None  # tolls the story says were revised (read from the sentences if None)

    @classmethod
    def build(cls, sources: list[Source], sentences: list[Sentence], vectorizer: Vectorizer,
              vectors: sp.csr_matrix, items: list[Item], revised: frozenset[float] | None = None) -> StoryIndex:
        """Index a merged, scored story."""
        return cls(sources, sentences, vectorizer, vectors, items,
                   {s.id: s.label for s in sources}, {s.id: s.voice or s.id for s in sources}, revised)

    def date_of(self, source_id: str) -> str:
        """The ISO date of a source's article, or '' when unknown."""
        return self.source_of[source_id].date

    @cached_property
    def source_of(self) -> dict[str, Source]:
        return {s.id: s for s in self.sources}

    @cached_property
    def before(self) -> dict[Key, Sentence | None]:
        """The sentence a reader read just before each sentence (None for a source's first)."""
        previous: dict[Key, Sentence | None] = {}
        for source in self.sources:
            for earlier, sentence in zip([None, *source.sentences], source.sentences, strict=False):
                previous[key(sentence)] = earlier
        return previous

    def paragraph_of(self, sentence: Sentence) -> str:
        """The text of the paragraph a sentence belongs to."""
        return self._paragraphs.get((sentence.source_id, sentence.paragraph), sentence.text)

    @cached_property
    def _paragraphs(self) -> dict[tuple[str, int], str]:
        joined: dict[tuple[str, int], list[str]] = {}
        for source in self.sources:
            for sentence in source.sentences:
                joined.setdefault((source.id, sentence.paragraph), []).append(sentence.text)
        return {where: " ".join(texts) for where, texts in joined.items()}

    @cached_property
    def context(self) -> dict[Key, str]:
        """The subhead and the sentence before each sentence: the context a reader has."""
        return {k: " ".join(filter(None, [self.subhead[k], earlier.text if earlier else ""]))
                for k, earlier in self.before.items()}

    @cached_property
    def subhead(self) -> dict[Key, str]:
        return {key(s): s.context for source in self.sources for s in source.sentences}

    @cached_property
    def facts(self) -> FactCheck:
        """The same-fact rule between any two texts, with this story's IDF weights."""
        return FactCheck(self.vectorizer, [s.text for s in self.sentences])

    @cached_property
    def item_vectors(self) -> sp.csr_matrix:
        """One row per item: every outlet's wording together."""
        return item_vectors(self.items, self.vectorizer)

    def item_similarity(self, a: int, b: int) -> float:
        """Cosine of two items' wordings (their `item_vectors` rows)."""
        rows = self._item_rows
        small, large = sorted((rows[a], rows[b]), key=len)
        return sum(weight * large[term] for term, weight in small.items() if term in large)

    @cached_property
    def _item_rows(self) -> list[dict[int, float]]:
        """Each item's vector as {term: weight}: a pair's cosine without sparse-matrix overhead."""
        matrix = self.item_vectors
        return [dict(zip(matrix.indices[start:end].tolist(), matrix.data[start:end].tolist(), strict=True))
                for start, end in zip(matrix.indptr[:-1], matrix.indptr[1:], strict=True)]

    @cached_property
    def item_vectors_in_context(self) -> sp.csr_matrix:
        """One row per item, with the sentence before each member at lower weight."""
        return item_vectors(self.items, self.vectorizer, self.context)

    @cached_property
    def toll_rise_reports(self) -> list[Sentence]:
        """The sentences saying the death toll rose to a figure (see `support.says_toll_rose`), found once."""
        return [s for s in self.sentences if says_toll_rose(s.text)]

    @cached_property
    def voices(self) -> np.ndarray:
        return np.array([self.voice_of[s.source_id] for s in self.sentences])

    def concept_weight(self, concept: str) -> float:
        """How much a concept tells of the story: its IDF, raised by the voices that use it (as in ICSI concept
        coverage, what many outlets say is the story's substance and a word one writer added is colour, so a
        second wording of a fact that only adds colour is a repeat); a figure weighs as much as any concept."""
        if concept.startswith("#"):
            return self.max_idf * self.max_voices ** PLACE.concept_voice_exponent
        index = self.vectorizer.vocabulary.get(concept)
        if index is None:
            return self.max_idf
        return float(self.vectorizer.idf[index]) * float(self.voices_using[index]) ** PLACE.concept_voice_exponent

    @cached_property
    def voices_using(self) -> np.ndarray:
        """Per vocabulary term: how many independent voices use it in some sentence."""
        names, of_sentence = np.unique(self.voices, return_inverse=True)
        membership = sp.csr_matrix((np.ones(len(of_sentence)), (of_sentence, np.arange(len(of_sentence)))),
                                   shape=(len(names), len(of_sentence)))
        used = (membership @ (self.vectors != 0).astype(np.float64)) > 0
        return np.maximum(1, np.asarray(used.sum(axis=0)).ravel())

    @cached_property
    def revised_figures(self) -> frozenset[float]:
        """Tolls the story says were revised ('revised the death toll from 79'): out of date wherever told."""
        return revised_figures([s.text for s in self.sentences]) if self.revised is None else self.revised

    @cached_property
    def max_voices(self) -> float:
        return float(self.voices_using.max()) if len(self.voices_using) else 1.0

    @cached_property
    def max_idf(self) -> float:
        return float(self.vectorizer.idf.max()) if len(self.vectorizer.idf) else 1.0

    @cached_property
    def _lede_similarity(self) -> tuple[np.ndarray, np.ndarray]:
        """Items x lede sentences (a story's first sentences, SCORE.lede_position) similarity, and each lede's voice."""
        ledes = [k for k, s in enumerate(self.sentences) if s.position <= SCORE.lede_position]
        if not ledes or not self.items:
            return np.zeros((len(self.items), 0)), np.zeros(0, dtype=object)
        return (self.item_vectors @ self.vectors[ledes].T).toarray(), self.voices[ledes]

    @cached_property
    def lede_votes(self) -> np.ndarray:
        """Per item: how many voices lead with it, each in its own words (a lede sentence of theirs is at least
        PLACE.lede_match similar to it). News puts what happened first, so the fact most voices lead with is it."""
        similarity, voices = self._lede_similarity
        if not len(voices):
            return np.zeros(len(self.items), dtype=int)
        similar = similarity >= PLACE.lede_match
        return np.sum([similar[:, voices == voice].any(axis=1) for voice in np.unique(voices)], axis=0)

    @cached_property
    def lede_closeness(self) -> np.ndarray:
        """Per item: its highest similarity to a lede sentence of each voice, summed over voices. Finer than
        `lede_votes`: of two facts as many voices lead with, the one closer to all the ledes tells their event ('A
        software update ... triggered problems that grounded flights' before 'The CEO ... has apologised')."""
        similarity, voices = self._lede_similarity
        if not len(voices):
            return np.zeros(len(self.items))
        return np.sum([similarity[:, voices == voice].max(axis=1) for voice in np.unique(voices)], axis=0)

    def headline_votes(self, items: list[Item]) -> dict[int, int]:
        """Per item asked about: how many voices' headlines tell it (at the lede's similarity). A headline states
        what happened in a dozen words, so of facts as many voices lead with, the one their headlines tell is the
        lead. Only the items asked about are compared (a few lead candidates, not every fact of a long story)."""
        heads = [(self.voice_of[s.id], s.headline) for s in self.sources if s.headline]
        if not heads or not items:
            return {item.id: 0 for item in items}
        voice_index = {voice: k for k, voice in enumerate(dict.fromkeys(voice for voice, _ in heads))}
        owners = sp.csr_matrix((np.ones(len(heads)), ([voice_index[v] for v, _ in heads], range(len(heads)))),
                               shape=(len(voice_index), len(heads)))
        vectors = normalize(self.vectorizer.transform([headline for _, headline in heads]))
        similar = ((self.item_vectors[[item.id for item in items]] @ vectors.T) >= PLACE.lede_match).astype(float)
        votes = np.asarray(((similar @ owners.T) > 0).sum(axis=1)).ravel()  # items x voices with a similar headline
        return {item.id: int(v) for item, v in zip(items, votes, strict=True)}

    def echoes(self, items: list[Item]) -> dict[int, float]:
        """Each item's highest similarity to a sentence of another voice (how far others echo it): sparse
        products over blocks of items, so memory stays bounded however many items ask."""
        result: dict[int, float] = {}
        if not self.sentences:
            return {item.id: 0.0 for item in items}
        for first in range(0, len(items), PLACE.echo_block):
            block = items[first:first + PLACE.echo_block]
            similarity = (self.vectors @ normalize(self.vectorizer.transform([i.text for i in block])).T).tocsc()
            for column, item in enumerate(block):
                start, end = similarity.indptr[column], similarity.indptr[column + 1]
                rows, values = similarity.indices[start:end], similarity.data[start:end]
                others = ~np.isin(self.voices[rows], list({self.voice_of[m.source_id] for m in item.members}))
                result[item.id] = float(values[others].max()) if others.any() else 0.0
        return result

    @cached_property
    def name_index(self) -> NameIndex:
        """The story's people arranged to resolve a name or a 'he' in any of its sentences."""
        return index_people(self.people)

    @cached_property
    def people(self) -> list[Person]:
        """Who the sources name, persons only, with roles, merged across spellings (found when a kind asks).
        Copies of one story (one voice) name the same people: on a long story one source per voice is read."""
        many = len(self.sources) > PLACE.people_every_source
        return find_people(self.one_per_voice if many else self.sources)

    @cached_property
    def one_per_voice(self) -> list[Source]:
        """The longest source of each voice."""
        best: dict[str, Source] = {}
        for source in self.sources:
            voice = self.voice_of[source.id]
            if voice not in best or len(source.sentences) > len(best[voice].sentences):
                best[voice] = source
        return list(best.values())

    def person_outlets(self, person: Person) -> tuple[str, ...]:
        """The outlets whose own articles name a person, and give the role shown (when one is): a line
        'Mark Cohen — Bankman-Fried's attorney' cites the outlets that say he is, not one that only names him.
        On a long story, where people are read from one source per voice, the other carriers of that copy are
        taken to say what it says."""
        role = person.role
        named = person.sources_giving_role(role) if role else set(person.source_ids)
        if len(self.sources) > PLACE.people_every_source:
            voices = {self.voice_of[s] for s in named}
            named = {s.id for s in self.sources if self.voice_of[s.id] in voices}
        return tuple(sorted({self.outlet_of[s] for s in named}, key=str.lower))

    def quotes_of(self, sentence: Sentence) -> list[Quote]:
        """The direct quotations a sentence is part of, with their speakers; a source is read when first asked."""
        self._read_quotes(sentence.source_id)
        return self._quotes.get(key(sentence), [])

    def quotes_sharing(self, pairs: set[tuple[str, str]], share: float, voices: int) -> list[Quote]:
        """The quotations, with their speakers, of the sentences that print at least this share of these word pairs
        (a quotation's words, as `word_pairs` gives them): the closest sentence of each of at most `voices` voices
        (copies of one voice quote alike), so only a few sources are read for quotes however long the story."""
        telling = [pair for pair in pairs if len(self._quoted_pairs.get(pair, ())) <= PLACE.dispute_pair_postings]
        hits: Counter[int] = Counter(k for pair in telling for k in self._quoted_pairs.get(pair, ()))
        chosen: dict[str, int] = {}
        for k, n in hits.most_common():  # pairs every quotation has ('of the') say nothing of whose words these are
            if n < share * len(telling) or len(chosen) >= voices:
                break
            chosen.setdefault(self.voice_of[self.sentences[k].source_id], k)
        found = {id(q): q for k in chosen.values() for q in self.quotes_of(self.sentences[k])}
        return list(found.values())

    @cached_property
    def _quoted_pairs(self) -> dict[tuple[str, str], list[int]]:
        """Word pair -> the sentences with a quotation mark that print it."""
        index: dict[tuple[str, str], list[int]] = {}
        for k, sentence in enumerate(self.sentences):
            if QUOTE_MARK.search(sentence.text):
                for pair in word_pairs(sentence.text):
                    index.setdefault(pair, []).append(k)
        return index

    def _read_quotes(self, source_id: str) -> None:
        if source_id not in self._quotes_read:
            self._quotes_read.add(source_id)
            for quote in find_quotes([self.source_of[source_id]], self.people):
                for part in quote.sentences:
                    self._quotes.setdefault(key(part), []).append(quote)

    @cached_property
    def _quotes_read(self) -> set[str]:
        return set()

    @cached_property
    def _quotes(self) -> dict[Key, list[Quote]]:
        return {}


def word_pairs(text: str) -> set[tuple[str, str]]:
    """The text's consecutive word pairs, lower case: how much of a quotation another sentence prints."""
    words = re.findall(r"\w+", text.lower())
    return set(zip(words, words[1:], strict=False))


QUOTE_MARK = re.compile("[\"“”]")  # a double quotation mark, straight or curly


def concepts(text: str) -> frozenset[str]:
    """What a fact says, for counting it once: its content stems (synonyms folded, attribution aside: 'a source
    familiar with the situation told CNN' says nothing of the fact) and its figures ('#2122')."""
    return fact_stems(text) | {f"#{n}" for n in wording(text).numbers}


def item_vectors(items: list[Item], vectorizer: Vectorizer, context: dict[Key, str] | None = None) -> sp.csr_matrix:
    """One row per item: every outlet's wording together; with context, plus the sentence before each at lower weight."""
    texts = [" ".join(m.text for m in item.members) for item in items]
    own = normalize(vectorizer.transform(texts))
    if context is None:
        return own.tocsr()
    around = [" ".join(context.get(key(m), "") for m in item.members) for item in items]
    return normalize(own + THEMES.context_weight * normalize(vectorizer.transform(around))).tocsr()
