"""What they said: quotes with a known speaker and role."""

from __future__ import annotations

from tests.sections.helpers import fill, story


def test_a_quote_with_a_named_speaker_is_shown_with_name_and_role():
    index = story(("AFP", ["Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "\"We will rebuild every bridge that the river has taken from us,\" Governor Jane Roe "
                           "said."]))
    section = fill("quotes", index)
    assert len(section.lines) == 1
    line = section.lines[0]
    assert line.speaker == "Jane Roe" and line.role == "Governor"
    assert line.quote.startswith("We will rebuild every bridge")


def test_a_quote_whose_speaker_is_not_known_is_left_out():
    index = story(("AFP", ["The river rose two metres in the night and flooded the district of Lowmoor.",
                           "\"We will rebuild every bridge that the river has taken from us,\" a resident said."]))
    assert fill("quotes", index).lines == []
