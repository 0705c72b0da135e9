"""Each ranker on small built documents, and the signals sumy lacks."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.model import Item, Sentence
from briefing.pipeline import Options, summarize
from briefing.rank import RANKERS, Corpus, rank
from briefing.score import score_items
from briefing.vectors import tfidf
from tests.conftest import SEEDS, run_cli
from tests.test_bad_input import error_line


def build_corpus(*sources: list[str]) -> Corpus:
    """One source per list of sentences, each from its own outlet."""
    sentences = [Sentence(text, f"s{k}", paragraph=p + 1, position=p)
                 for k, texts in enumerate(sources) for p, text in enumerate(texts)]
    vectors, _, _ = tfidf([s.text for s in sentences])
    outlets = {f"s{k}": f"Outlet {k}" for k in range(len(sources))}
    return Corpus(sentences, vectors, outlets, dict(outlets))


STORY = build_corpus(
    ["Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
     "The mayor fled to the capital.",
     "A local bakery reopened its doors."],
    ["Rebels seized the northern city of Port Vale on Monday, officials said.",
     "Aid groups warned of shortages in the city."],
    ["On Monday rebels seized the northern city of Port Vale.",
     "The weather stayed mild across the region."],
)


def scores_of(ranker: str) -> dict[str, float]:
    return {s.text: float(v) for s, v in zip(STORY.sentences, rank(STORY, ranker), strict=True)}


@pytest.mark.parametrize("ranker", sorted(RANKERS))
def test_every_ranker_scores_every_sentence_between_0_and_1(ranker):
    scores = rank(STORY, ranker)
    assert scores.shape == (len(STORY.sentences),)
    assert np.isclose(scores.max(), 1.0) and scores.min() >= 0


# sumy's LexRank gives every sentence of so small a graph the same rating (its 0.1 threshold
# leaves it no edges to rank by); it is compared on the seeds in bench/quality.py instead.
@pytest.mark.parametrize("ranker", ["coverage", "centroid", "textrank"])
def test_the_fact_every_outlet_tells_outranks_an_aside(ranker):
    scores = scores_of(ranker)
    assert scores["Rebels seized the northern city of Port Vale on Monday, officials said."] > \
        scores["A local bakery reopened its doors."]
    assert scores["Rebels seized the northern city of Port Vale on Monday, officials said."] > \
        scores["The weather stayed mild across the region."]


def test_coverage_gives_nothing_to_concepts_one_outlet_alone_uses():
    assert scores_of("coverage")["A local bakery reopened its doors."] == 0.0


def test_lead_ranks_by_position():
    scores = scores_of("lead")
    assert scores["The mayor fled to the capital."] < scores["Rebels seized the northern city of Port Vale on Monday after heavy fighting."]


def item(text: str, outlets: list[str], position: int = 5, score: float = 0.5) -> Item:
    members = tuple(Sentence(text, o, 1, position) for o in outlets)
    return Item(0, text, members, tuple(outlets), salience=score)


def test_corroboration_raises_and_orphans_lower_an_items_score():
    voices = {o: o for o in ("AFP", "AP", "CNN")}
    told_by_three = item("Rebels seized the city on Monday.", ["AFP", "AP", "CNN"])
    told_by_one = item("Rebels seized the city on Monday.", ["AFP"])
    orphan = item("He said it was over.", ["AFP"])
    told_by_three, told_by_one, orphan = score_items([told_by_three, told_by_one, orphan], voices)
    assert told_by_three.score > told_by_one.score > orphan.score
    assert told_by_three.signals["voices"] == 3


def test_syndicated_copies_count_as_one_voice():
    shared = item("Rebels seized the city on Monday.", ["AP", "CBS News"])
    independent = item("Rebels seized the city on Monday.", ["AP", "CNN"])
    shared, independent = score_items([shared, independent], {"AP": "AP", "CBS News": "AP", "CNN": "CNN"})
    assert independent.score > shared.score


def test_focus_steers_what_is_picked():
    plain = [i.text for i in summarize(Options([SEEDS], max_words=120))]
    focused = [i.text for i in summarize(Options([SEEDS], max_words=120, focus="foreign peacekeepers troops in Ukraine"))]
    assert focused != plain
    assert sum("peacekeep" in t.lower() or "troops" in t.lower() for t in focused) > \
        sum("peacekeep" in t.lower() or "troops" in t.lower() for t in plain)


def test_focus_with_no_word_in_the_sources_is_a_clear_error():
    assert error_line(run_cli("make", SEEDS, "--focus", "zyxxy qwerty", "--format", "summary")) == (
        "briefing: error: --focus 'zyxxy qwerty': none of its words occur in the sources")


def test_unknown_ranker_is_a_clear_error():
    assert error_line(run_cli("make", SEEDS, "--ranker", "bert")) == (
        "briefing: error: unknown ranker 'bert' (choose from coverage, centroid, lead, lexrank, textrank)")


def test_summary_format_is_sentences_only(tmp_path):
    out = tmp_path / "summary.txt"
    assert run_cli("make", SEEDS, "--format", "summary", "--max-words", "100", "--out", out).exit_code == 0
    lines = out.read_text(encoding="utf-8").strip().splitlines()
    assert 2 <= len(lines) and sum(len(line.split()) for line in lines) <= 100
    assert not any(line.startswith(("#", "-", "*")) or " — AFP" in line for line in lines)


def test_under_a_focus_the_key_points_answer_the_question_first():
    from briefing import make_briefing

    question = "foreign peacekeepers troops in Ukraine"
    plain = make_briefing([SEEDS]).sections[0]
    focused = make_briefing([SEEDS], focus=question).sections[0]
    assert focused.title == plain.title == "Key points"
    assert "peacekeep" in focused.lines[0].text.lower() and "peacekeep" not in plain.lines[0].text.lower()


def test_each_part_of_a_two_part_question_finds_its_own_answer():
    from briefing.focus import relevance
    from briefing.vectors import tfidf

    sentences = ["The board fired the chief executive on Friday for not being candid with directors.",
                 "The board said the chief executive was not candid in his communications with directors.",
                 "The technology chief Mira Murati was named interim CEO to run the company.",
                 "Shares of the partner company fell two percent in late trading on Friday."]
    vectors, _, vectorizer = tfidf(sentences)
    scores = relevance(vectors, vectorizer, "Why did the board fire the chief executive, and who will run the company?")
    assert scores[2] > 0.5 and scores[2] > 1.5 * scores[3]
