"""Where accounts differ: the same measure of the same event, told two ways."""

from __future__ import annotations

from briefing.model import Section
from briefing.sections.differences import differing_facet
from tests.sections.helpers import all_themes, fill, story


def test_two_counts_of_the_same_thing_differ():
    assert differing_facet("Floods killed eight people in Lowmoor on Monday.",
                           "Floods killed nine people in Lowmoor on Monday.") == "number"


def test_an_omission_is_not_a_difference():
    assert differing_facet("Floods killed eight people in Lowmoor on Monday.", "Floods hit Lowmoor on Monday.") == ""


def test_a_difference_inside_one_placed_fact_becomes_its_note():
    index = story(("Reuters", ["Floods killed eight people in the town of Lowmoor on Monday, officials said."]),
                  ("BBC", ["Floods killed nine people in the town of Lowmoor on Monday, officials said."]))
    assert len(index.items) == 1
    theme = fill("theme", index, themes=all_themes(index, "Theme"))
    section = fill("differences", index, others=(theme,))
    assert section.lines == [] or all(line.kind == "difference" for line in section.lines)


def test_accounts_that_agree_give_no_difference():
    index = story(("Reuters", ["Floods killed eight people in the town of Lowmoor on Monday, officials said."]),
                  ("BBC", ["Floods killed eight people in Lowmoor on Monday, officials said."]))
    assert fill("differences", index, others=(Section("x", "theme"),)).lines == []
