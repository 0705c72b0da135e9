"""The same fact told by several outlets becomes one item that cites them all."""

from __future__ import annotations

import numpy as np
import pytest

from briefing.merge import merge, near_copy_groups, same_fact
from briefing.model import Sentence
from briefing.pipeline import Options, build_story
from briefing.vectors import tfidf
from tests.conftest import SEEDS


def build(*texts_by_outlet: tuple[str, str]):
    sentences = [Sentence(text, outlet, 1, k) for k, (outlet, text) in enumerate(texts_by_outlet)]
    vectors, _, _ = tfidf([s.text for s in sentences])
    items = merge(sentences, vectors, np.linspace(1, 0.5, len(sentences)), {o: o for o, _ in texts_by_outlet})
    return items


def test_a_fact_told_by_three_outlets_cites_all_three():
    items = build(
        ("AFP", "Rebels seized the northern city of Port Vale on Monday after heavy fighting."),
        ("AP", "Rebels seized the northern city of Port Vale on Monday, officials said."),
        ("CNN", "On Monday rebels seized the northern city of Port Vale."),
        ("CNN", "The weather stayed mild across the region all week."),
    )
    assert len(items) == 2
    seized = next(i for i in items if "Port Vale" in i.text)
    assert seized.outlets == ("AFP", "AP", "CNN") and len(seized.members) == 3


def test_an_outlet_that_reported_it_happened_is_not_cited_for_what_may_happen():
    items = build(
        ("AFP", "The rebels may seize the northern city of Port Vale on Monday after heavy fighting, officials said."),
        ("AP", "The rebels seized the northern city of Port Vale on Monday after heavy fighting, officials said."),
    )
    for item in items:  # merged or not, each wording cites only the outlet that said it so
        assert item.outlets == (("AFP",) if " may " in item.text else ("AP",))


def test_a_shared_quotation_is_one_fact_whatever_the_framing():
    items = build(
        ("AFP", '"We will not accept any foreign troops on our soil," the minister told reporters in the capital.'),
        ("CNN", "Speaking on Tuesday, the minister warned that “we will not accept any foreign troops on our soil.”"),
    )
    assert len(items) == 1 and items[0].outlets == ("AFP", "CNN")


def test_different_facts_about_one_person_stay_apart():
    items = build(
        ("AFP", "The president visited troops on the northern front on Wednesday."),
        ("AP", "The president said on Thursday that he backed the proposed truce."),
    )
    assert len(items) == 2


@pytest.fixture(scope="module")
def seed_items():
    return build_story(Options([SEEDS]), lambda _: None)[0].items


def item_with(items, fragment: str):
    return next(i for i in items if any(fragment in m.text for m in i.members))


def test_a_paraphrase_in_other_words_is_cited_only_for_its_own_wording_on_the_seeds(seed_items):
    # AFP: "Putin said Thursday he backed the idea of a truce"; AP and CBS: "agrees in principle with a U.S. proposal".
    # One event, but AFP's sentence does not tell AP's wording: no outlet is cited for words it did not write.
    principle = item_with(seed_items, "agrees in principle with a U.S. proposal")
    assert principle.outlets == ("AP", "CBS News")
    backed = item_with(seed_items, "he backed the idea of a truce")
    assert backed is not principle and "AFP" in backed.outlets


def test_two_copies_of_one_wire_story_are_grouped_before_anything_else():
    texts = ["Russia downed 77 Ukrainian drones overnight, its defense ministry said.",
             "Russia downed 77 Ukrainian drones overnight, its defence ministry said.",
             "Ukraine's air force said it downed dozens of drones fired at multiple regions."]
    vectors, _, _ = tfidf(texts)
    assert sorted(map(sorted, near_copy_groups(vectors))) == [[0, 1], [2]]


@pytest.mark.parametrize(
    ("similarity", "head", "a", "b", "expected"),
    [
        (0.50, 0.0, "a", "b", True),  # close wording
        (0.30, 0.50, "a", "b", True),  # same who-did-what opening
        (0.30, 0.20, "a", "b", False),
        (0.10, 0.90, "a", "b", False),  # an opening alone is not enough
        (0.0, 0.0, "“the one quote we both have here”, he said", "She said “the one quote we both have here”.", True),
    ],
)
def test_the_same_fact_rule(similarity, head, a, b, expected):
    assert same_fact(similarity, head, a, b) is expected
