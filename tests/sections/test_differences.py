"""Where accounts differ: the same count of the same fact, told two ways; never two facts set side by side."""

from __future__ import annotations

from briefing.model import Section
from briefing.sections.differences import find_differences
from tests.sections.helpers import all_themes, fill, place, story

EIGHT = "Floods killed eight people in the town of Lowmoor on Monday, officials said."
NINE = "Floods killed nine people in the town of Lowmoor on Monday, officials said."


def test_a_fact_told_with_another_count_cites_only_its_own_outlet_and_carries_a_note():
    index = story(("Reuters", [EIGHT]), ("BBC", [NINE]))
    key_points, theme = Section("Key points", "key_points", max_items=3), Section("Theme", "theme", max_items=5)
    place(index, key_points, theme, Section("D", "differences", max_items=2), themes=all_themes(index, "Theme"))
    line = key_points.lines[0]
    assert len(line.outlets) == 1
    assert "accounts differ:" in line.note and "eight people (Reuters)" in line.note and "nine people (BBC)" in line.note


def test_a_figure_reported_on_different_days_is_an_update_in_date_order():
    index = story(("Reuters", [EIGHT]), ("BBC", [NINE]))
    index.sources[0].date, index.sources[1].date = "2023-05-17", "2023-05-16"
    key_points, theme = Section("Key points", "key_points", max_items=3), Section("Theme", "theme", max_items=5)
    place(index, key_points, theme, Section("D", "differences", max_items=2), themes=all_themes(index, "Theme"))
    note = key_points.lines[0].note
    assert note.startswith("reported over time: ") and note.index("(BBC, 2023-05-16)") < note.index("(Reuters, 2023-05-17)")


def test_a_distance_given_on_different_days_is_two_accounts_not_an_update():
    index = story(("Reuters", ["The quake's epicenter was 25 miles northwest of Lowmoor, the survey said on Sunday."]),
                  ("BBC", ["The quake's epicenter was 31 miles northwest of Lowmoor, the survey said on Sunday."]))
    index.sources[0].date, index.sources[1].date = "2023-05-17", "2023-05-16"
    key_points, theme = Section("Key points", "key_points", max_items=3), Section("Theme", "theme", max_items=5)
    place(index, key_points, theme, Section("D", "differences", max_items=2), themes=all_themes(index, "Theme"))
    note = next(line.note for line in key_points.lines if line.note)
    assert note.startswith("accounts differ: ") and "25 miles (Reuters)" in note  # a distance does not grow


def test_a_count_some_page_says_has_risen_is_a_rising_count_from_the_lowest():
    index = story(("Reuters", [NINE]), ("BBC", [EIGHT, "The death toll in Lowmoor has risen to nine, officials said."]))
    key_points, theme = Section("Key points", "key_points", max_items=3), Section("Theme", "theme", max_items=5)
    place(index, key_points, theme, Section("D", "differences", max_items=2), themes=all_themes(index, "Theme"))
    note = next(line.note for line in key_points.lines if line.note)
    assert note.startswith("a rising count: ") and note.index("eight people") < note.index("nine people")


def test_an_unplaced_fact_told_two_ways_is_shown_side_by_side():
    index = story(("Reuters", [EIGHT]), ("BBC", [NINE]))
    section = fill("differences", index)
    assert sorted(line.values for line in section.lines) == [("eight people",), ("nine people",)]
    assert {line.outlets for line in section.lines} == {("Reuters",), ("BBC",)}


def test_accounts_that_agree_give_no_difference():
    index = story(("Reuters", [EIGHT]), ("BBC", ["Floods killed eight people in Lowmoor on Monday, officials said."]))
    assert fill("differences", index, others=(Section("x", "theme"),)).lines == []


def test_killed_and_wounded_are_not_the_same_count():
    index = story(("AP", ["The gunman killed two people outside the motel on Sunday night, police said."]),
                  ("CNN", ["The gunman wounded five people outside the motel on Sunday night, police said."]))
    assert find_differences(index.items, index.voice_of) == []


def test_a_total_is_not_set_against_its_parts():
    index = story(("AP", ["The crash killed all 113 people, police said on Tuesday."]),
                  ("CNN", ["The crash killed 109 people on board and four on the ground, police said on Tuesday."]))
    assert find_differences(index.items, index.voice_of) == []


def test_the_first_few_of_something_are_picked_by_place_and_give_no_difference():
    index = story(("Reuters", ["The first four carriages of the passenger train were derailed and the first two "
                               "caught fire and were destroyed, the governor of Lowmoor said."]),
                  ("BBC", ["He said the first two carriages on the passenger train no longer exist at all."]))
    assert fill("differences", index, others=(Section("x", "theme"),)).lines == []


GROUNDED = "The aviation regulator ordered the temporary grounding of 171 Boeing jets operated by US airlines"


def test_a_day_of_an_earlier_event_in_the_sentence_is_no_account_of_the_fact_s_day():
    earlier = f"{GROUNDED} following a cabin blowout late Friday."
    index = story(("Reuters", [f"{GROUNDED}."]), ("BBC", [f"{GROUNDED} on Saturday."]), ("AP", [earlier]),
                  ("CNN", [earlier]))
    assert [d for d in find_differences(index.items, index.voice_of) if d.facet == "day"] == []




def test_a_day_several_outlets_give_is_shown_once_citing_them_all():
    index = story(("Reuters", [f"{GROUNDED}."]), ("BBC", [f"{GROUNDED} on Saturday."]),
                  ("AP", [f"{GROUNDED} on Friday."]), ("CNN", [f"{GROUNDED} on Friday."]))
    key_points, theme = Section("Key points", "key_points", max_items=3), Section("Theme", "theme", max_items=5)
    place(index, key_points, theme, Section("D", "differences", max_items=2), themes=all_themes(index, "Theme"))
    note = next(line.note for line in key_points.lines if line.note)
    assert note.count("Friday") == 1 and "Friday (AP, CNN)" in note and "Saturday (BBC)" in note


def test_a_sentence_giving_several_figures_of_the_count_is_set_against_nothing():
    index = story(("Reuters", ["The average global temperature hit 17.01 degrees Celsius (62.62 degrees Fahrenheit) on "
                               "Monday, scientists said."]),
                  ("BBC", ["The average global temperature hit 17.18 degrees Celsius (62.92 degrees Fahrenheit) on "
                           "Monday, scientists said."]))
    assert find_differences(index.items, index.voice_of) == []  # which of the two figures differs cannot be told


def test_the_day_a_change_takes_effect_is_no_account_of_the_day_it_was_ordered():
    index = story(("Reuters", [f"{GROUNDED} on Monday."]), ("BBC", [f"{GROUNDED}, effective Sunday."]),
                  ("AP", [f"{GROUNDED}."]))
    assert [d for d in find_differences(index.items, index.voice_of) if d.facet == "day"] == []


def test_where_a_moving_storm_was_is_no_difference_but_where_a_quake_struck_still_is():
    storm = [("Reuters", ["Hurricane Ana was about 445 miles east of Lowmoor on Tuesday morning and was moving west "
                          "at 22 mph."]),
             ("BBC", ["Hurricane Ana was about 510 miles east of Lowmoor and was moving west at 22 mph."])]
    assert fill("differences", story(*storm), others=(Section("x", "theme"),)).lines == []
    quake = story(("Reuters", ["The quake's epicenter was 25 miles northwest of Lowmoor, the survey said on Sunday."]),
                  ("BBC", ["The quake's epicenter was 31 miles northwest of Lowmoor, the survey said on Sunday."]))
    assert len(fill("differences", quake).lines) == 2


def test_a_toll_a_later_report_says_has_risen_is_noted_on_the_fact_but_not_set_beside_it():
    first = "A magnitude 7.4 earthquake struck Lowmoor on Wednesday morning, killing at least nine people."
    later = "By Friday the number of dead had climbed to 10 as rescuers dug through rubble, the fire agency said."
    index = story(("Reuters", [first]), ("AFP", [first.replace("struck", "hit")]),
                  ("Kyodo", ["Rescuers searched collapsed buildings in Lowmoor on Friday.", later]))
    key_points, theme = Section("Key points", "key_points", max_items=2), Section("Theme", "theme", max_items=1)
    differences = Section("D", "differences", max_items=2)
    place(index, key_points, theme, differences, themes=all_themes(index, "Theme"))
    quake = next(line for line in key_points.lines if line.text == first)
    assert "rising count" in quake.note and "10 (Kyodo)" in quake.note and differences.lines == []
    part = "Officials said 1,647 people were killed in Hatay alone, the highest toll of any province."
    assert fill("differences", story(("Reuters", [first]), ("AFP", [part]))).lines == []
