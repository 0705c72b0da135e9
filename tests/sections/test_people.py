"""Who is who: people with their roles, most cited first."""

from __future__ import annotations

from tests.sections.helpers import fill, story


def test_people_are_listed_with_their_roles_most_cited_first():
    index = story(("AFP", ["Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "Mayor Tom Hale said the river had never risen so fast."]),
                  ("AP", ["Governor Jane Roe promised new bridges for Lowmoor."]))
    section = fill("people", index)
    assert [line.name for line in section.lines][:1] == ["Jane Roe"]
    assert section.lines[0].role == "Governor" and section.lines[0].outlets == ("AFP", "AP")
