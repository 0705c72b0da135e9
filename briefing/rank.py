"""Rank sentences across all sources: one salience per sentence.

Rankers are plain functions in a dict (`RANKERS`), as sumy's command line picks its
algorithms: each takes the sentences and their TF-IDF rows and returns one salience per
sentence. The default, `coverage`, follows the concept-coverage family that ranks best
for multi-document news (Gillick & Favre): concepts are stemmed word bigrams with at least
one content word, weighted by how many outlets use them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

import numpy as np
import scipy.sparse as sp

from briefing.model import Sentence
from briefing.settings import RANK
from briefing.vectors import all_stems, stop_words


@dataclass
class Corpus:
    """The sentences to rank with what every ranker may use."""

    sentences: list[Sentence]
    vectors: sp.csr_matrix  # L2-normalized TF-IDF rows
    outlet_of: dict[str, str]  # source id -> outlet
    voice_of: dict[str, str] = field(default_factory=dict)  # source id -> voice (syndicated copies share one)


Ranker = Callable[[Corpus], np.ndarray]


def concepts(text: str) -> set[tuple[str, str]]:
    """Stemmed word bigrams that contain at least one content word."""
    stems = all_stems(text)
    stop = stop_words()
    return {(a, b) for a, b in zip(stems, stems[1:], strict=False) if a not in stop or b not in stop}


def voice(corpus: Corpus, sentence: Sentence) -> str:
    """The independent voice a sentence speaks with (its outlet, unless its copy is syndicated)."""
    return corpus.voice_of.get(sentence.source_id) or corpus.outlet_of[sentence.source_id]


def concept_weights(corpus: Corpus) -> tuple[list[set[tuple[str, str]]], dict[tuple[str, str], float]]:
    """Each sentence's concepts, and each concept's weight: the number of independent voices that use it."""
    per_sentence = [concepts(s.text) for s in corpus.sentences]
    voices_using: dict[tuple[str, str], set[str]] = {}
    for sentence, found in zip(corpus.sentences, per_sentence, strict=True):
        speaker = voice(corpus, sentence)
        for concept in found:
            voices_using.setdefault(concept, set()).add(speaker)
    n_voices = len({voice(corpus, s) for s in corpus.sentences})
    # With three or more voices, a concept only one of them uses is noise for salience.
    floor = 2 if n_voices >= 3 else 1
    weights = {c: float(len(v)) for c, v in voices_using.items() if len(v) >= floor}
    return per_sentence, weights


def coverage_scores(corpus: Corpus) -> np.ndarray:
    """Concept coverage: outlet-weighted bigram concepts per sentence, per square root of length."""
    per_sentence, weights = concept_weights(corpus)
    scores = np.zeros(len(corpus.sentences))
    for index, (sentence, found) in enumerate(zip(corpus.sentences, per_sentence, strict=True)):
        total = sum(weights.get(c, 0.0) for c in found)
        scores[index] = total / max(1, len(sentence.text.split())) ** RANK.length_exponent
    return scores


def centroid_scores(corpus: Corpus) -> np.ndarray:
    """MEAD-style centroid: cosine of each sentence to the mean TF-IDF vector of all sentences."""
    centroid = np.asarray(corpus.vectors.mean(axis=0)).ravel()
    norm = np.linalg.norm(centroid)
    return corpus.vectors @ (centroid / norm) if norm else np.zeros(len(corpus.sentences))


def lead_scores(corpus: Corpus) -> np.ndarray:
    """Position only: earlier sentences of each source score higher."""
    return np.array([1.0 / (1 + s.position) for s in corpus.sentences])


def sumy_document(corpus: Corpus):
    """A sumy document of our sentences (one paragraph per source paragraph)."""
    from sumy.models.dom import ObjectDocumentModel, Paragraph
    from sumy.models.dom import Sentence as SumySentence

    from briefing.segment import Tokenizer

    tokenizer = Tokenizer()
    paragraphs: list[list] = []
    last = None
    for sentence in corpus.sentences:
        key = (sentence.source_id, sentence.paragraph)
        if key != last:
            paragraphs.append([])
            last = key
        paragraphs[-1].append(SumySentence(sentence.text, tokenizer))
    return ObjectDocumentModel([Paragraph(p) for p in paragraphs])


def _sumy_stemmer():
    from sumy.nlp.stemmers import Stemmer

    from briefing.segment import use_shipped_punkt_tab

    use_shipped_punkt_tab()
    return Stemmer("english")


def lexrank_scores(corpus: Corpus) -> np.ndarray:
    """sumy's LexRank (all-pairs, quadratic): the baseline. Scores follow our sentence order."""
    from sumy.summarizers.lex_rank import LexRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = LexRankSummarizer(_sumy_stemmer())
    summarizer.stop_words = get_stop_words("english")
    document = sumy_document(corpus)
    words = [summarizer._to_words_set(s) for s in document.sentences]
    tf = summarizer._compute_tf(words)
    idf = summarizer._compute_idf(words)
    matrix = summarizer._create_matrix(words, summarizer.threshold, tf, idf)
    return np.asarray(summarizer.power_method(matrix, summarizer.epsilon), dtype=float)


def textrank_scores(corpus: Corpus) -> np.ndarray:
    """sumy's TextRank (all-pairs, quadratic): the baseline. Scores follow our sentence order."""
    from sumy.summarizers.text_rank import TextRankSummarizer
    from sumy.utils import get_stop_words

    summarizer = TextRankSummarizer(_sumy_stemmer())
    summarizer.stop_words = get_stop_words("english")
    document = sumy_document(corpus)
    matrix = summarizer._create_matrix(document)
    return np.asarray(summarizer.power_method(matrix, summarizer.epsilon), dtype=float)


RANKERS: dict[str, Ranker] = {
    "coverage": coverage_scores,
    "centroid": centroid_scores,
    "lead": lead_scores,
    "lexrank": lexrank_scores,
    "textrank": textrank_scores,
}
DEFAULT_RANKER = "coverage"


def rank(corpus: Corpus, ranker: str = DEFAULT_RANKER) -> np.ndarray:
    """Salience of every sentence under the named ranker, scaled to 0..1."""
    scores = np.asarray(RANKERS[ranker](corpus), dtype=float)
    top = scores.max() if len(scores) else 0.0
    return scores / top if top > 0 else scores
