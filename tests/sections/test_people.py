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


def test_a_person_cites_only_the_outlets_whose_articles_name_them():
    index = story(("AFP", ["Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "Assistant coach Peter Krawietz will leave with the manager."]),
                  ("AP", ["Governor Jane Roe promised new bridges for Lowmoor."]))
    section = fill("people", index)
    outlets = {line.name: line.outlets for line in section.lines}
    assert outlets["Peter Krawietz"] == ("AFP",) and outlets["Jane Roe"] == ("AFP", "AP")


def test_a_person_s_role_is_cited_only_to_the_outlets_that_give_it():
    index = story(("AFP", ["Defence lawyer Mark Cohen said the jury had been misled by the prosecution."]),
                  ("AP", ["Mark Cohen, who represents the founder, left the court without speaking to reporters."]))
    section = fill("people", index)
    cohen = next(line for line in section.lines if line.name == "Mark Cohen")
    assert cohen.role == "Defence lawyer" and cohen.outlets == ("AFP",)


def test_a_role_sharing_only_a_small_word_is_not_the_role_shown():
    index = story(("AFP", ["Secretary of State Jane Roe said the talks would resume on Monday."]),
                  ("AP", ["Minister of Finance Jane Roe said the budget was ready, she told reporters."]))
    roe = next(line for line in fill("people", index).lines if line.name == "Jane Roe")
    assert len(roe.outlets) == 1


def test_when_the_most_cited_person_does_not_fit_no_lesser_one_takes_the_place():
    index = story(("AFP", ["Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "Mayor Tom Hale said the river had never risen so fast."]),
                  ("AP", ["Governor Jane Roe promised new bridges for Lowmoor."]))
    assert [line.name for line in fill("people", index, budget=6).lines] == []  # 'Jane Roe — Governor — AFP, AP'
    assert [line.name for line in fill("people", index, budget=7).lines] == ["Jane Roe"]


def test_an_outlets_correspondent_is_not_in_the_story_but_a_journalist_who_is_stays():
    index = story(("AFP", ["Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "CBS News national security correspondent David Martin said the army was on its way.",
                           "Last year's prize went to investigative journalist Anna Berg for her flood reporting."]),
                  ("AP", ["Governor Jane Roe promised new bridges for Lowmoor."]))
    names = [line.name for line in fill("people", index).lines]
    assert "David Martin" not in names and "Jane Roe" in names and "Anna Berg" in names


def test_the_writer_of_a_report_is_not_in_the_story_but_a_principal_who_writes_is():
    index = story(("AFP", ["Governor Jane Roe won the vote on Sunday, per Harbor Gazette's Anna Berg, writing for "
                           "Axios.", "Governor Jane Roe thanked her voters in Lowmoor on Monday.",
                           "Mayor Tom Hale, writing for The Washington Post, called the result a new start.",
                           "Mayor Tom Hale said the count had been fair."]))
    names = [line.name for line in fill("people", index).lines]
    assert "Anna Berg" not in names and "Jane Roe" in names and "Tom Hale" in names



def test_the_writers_of_another_outlet_s_report_are_not_in_the_story():
    index = story(("AFP", ["Governor Jane Roe was forced out after the board lost confidence, Anna Berg, Tom Hale and "
                           "Mary Stone of Bloomberg report, citing people familiar with the matter.",
                           "Governor Jane Roe thanked her voters in Lowmoor on Monday.",
                           "Mary Stone of Lowmoor said she would stand for governor."]))
    names = [line.name for line in fill("people", index).lines]
    assert "Anna Berg" not in names and "Tom Hale" not in names and {"Jane Roe", "Mary Stone"} <= set(names)
    index = story(("AFP", ["Governor Jane Roe was forced out, Anna Berg and Tom Hale of Bloomberg report.",
                           "Governor Jane Roe thanked her voters in Lowmoor on Monday."]))
    assert [line.name for line in fill("people", index).lines] == ["Jane Roe"]  # the last writer too



def test_someone_known_by_one_name_and_a_title_is_shown_as_news_names_them():
    index = story(("AFP", ["Pope Francis prayed for the victims of the Lowmoor floods on Sunday.",
                           "Governor Jane Roe visited the flooded district of Lowmoor on Monday."]))
    names = [line.name for line in fill("people", index).lines]
    assert "Pope Francis" in names and "Francis" not in names


def test_of_people_as_many_pages_name_the_one_the_briefing_names_comes_first():
    from briefing.model import FactLine, Section

    index = story(("AFP", ["Mayor Tom Hale said the river had never risen so fast in Lowmoor.",
                           "Governor Jane Roe visited the flooded district of Lowmoor on Monday.",
                           "Governor Jane Roe promised new bridges for Lowmoor."]))
    hale = next(item for item in index.items if "Hale" in item.text)
    shown = Section("Key points", "key_points", lines=[FactLine(item=hale, outlets=hale.outlets)])
    assert [line.name for line in fill("people", index, others=(shown,), max_items=1).lines] == ["Tom Hale"]
    assert [line.name for line in fill("people", index, max_items=1).lines] == ["Jane Roe"]  # named more often


def test_a_month_that_is_also_a_surname_ends_a_name_but_a_date_does_not():
    index = story(("AFP", ["Theresa May said the vote would go ahead on Monday.",
                           "Mohammad Abdullah Jan said four villages were hit.",
                           "President Joe Biden May 5 signed the bill, officials said."]))
    names = {line.name for line in fill("people", index).lines}
    assert {"Theresa May", "Mohammad Abdullah Jan", "Joe Biden"} <= names


def test_of_people_as_many_voices_name_the_one_more_outlets_give_a_role_to_comes_first():
    index = story(("AFP", ["Spokeswoman Jane Roe said the talks were over.", "President Tom Hale said he was ready."]),
                  ("AP", ["Jane Roe said more talks were planned.", "President Tom Hale flew to Geneva."]))
    assert [line.name for line in fill("people", index, max_items=1).lines] == ["Tom Hale"]
