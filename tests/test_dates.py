"""Dates an editor can trust: date lines read, relative days resolved against the article that says them."""

from __future__ import annotations

from datetime import date

import pytest

from briefing.dates import (
    MONTH_NUMBER,
    MONTHS,
    WEEKDAY_NUMBER,
    WEEKDAYS,
    article_date,
    dateline_date,
    dateline_month_day,
    event_date,
    find_expressions,
    parse_iso,
    resolve,
    yearless_day,
)

MONDAY_7_AUG_2000 = date(2000, 8, 7)
FRIDAY_12_NOV_1999 = date(1999, 11, 12)
SUNDAY_14_NOV_1999 = date(1999, 11, 14)
TUESDAY_11_MAR_2025 = date(2025, 3, 11)
WEDNESDAY_20_SEP_2017 = date(2017, 9, 20)


def texts(sentence: str) -> list[str]:
    """The date expressions a sentence holds, as written."""
    return [e.text for e in find_expressions(sentence)]


def one(sentence: str):
    """The single expression in a sentence."""
    found = find_expressions(sentence)
    assert len(found) == 1, found
    return found[0]


# -- Names ------------------------------------------------------------------------------------------------------------
def test_every_spelling_of_a_month_or_weekday_has_one_number():
    assert MONTH_NUMBER["sept"] == MONTH_NUMBER["sep"] == MONTH_NUMBER["september"] == 9
    assert WEEKDAY_NUMBER["tues"] == WEEKDAY_NUMBER["tuesday"] == 1
    assert len(MONTHS) == 12 and len(WEEKDAYS) == 7 and WEEKDAYS[0] == "monday"


# -- Article date lines -----------------------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("line", "expected"),
    [
        ("Tuesday, July 12, 2005", date(2005, 7, 12)),
        ("Sept. 20, 2017", date(2017, 9, 20)),
        ("September 20, 2017 5:12 PM", date(2017, 9, 20)),
        ("Published 3:45 PM EDT, Wed September 20, 2017", date(2017, 9, 20)),
        ("Updated: 20 September 2017", date(2017, 9, 20)),
        ("2012-02-08 12:06", date(2012, 2, 8)),
        ("2017-09-20T10:00:00Z", date(2017, 9, 20)),
        ("February 23, 2011 in Nation/World", date(2011, 2, 23)),
        ("By Jane Doe | September 20, 2017", date(2017, 9, 20)),
        ("Posted on September 20, 2017 by admin", date(2017, 9, 20)),
        ("Last updated: Wed 20 Sep 2017 10.15 BST", date(2017, 9, 20)),
        ("September 20, 2017 / 5:12 PM / Updated 2 hours ago", date(2017, 9, 20)),
        ("Sep 20, 2017, 10:00 a.m. ET", date(2017, 9, 20)),
        ("WASHINGTON, Sept. 20, 2017", date(2017, 9, 20)),
        ("Date: 2017-09-20", date(2017, 9, 20)),
        ("20/09/2017", date(2017, 9, 20)),
        ("09/20/2017", date(2017, 9, 20)),
        ("NATION | 20-09-2017 22:37", date(2017, 9, 20)),
    ],
)
def test_a_date_line_in_any_common_shape_gives_the_article_date(line, expected):
    assert article_date(line) == expected


@pytest.mark.parametrize(
    "line",
    [
        "The attack happened on September 20, 2017.",
        "Officials said on September 20, 2017 that the ferry sank",
        "05/06/2017",  # 5 June or 6 May: refused
        "Monday, July 12, 2005",  # 12 July 2005 was a Tuesday: one part is wrong
        "Published September 20, 2017, updated September 21, 2017",  # two dates: which one is the article's?
        "September 31, 2017",
        "",
    ],
)
def test_a_sentence_that_mentions_a_date_or_an_unsure_line_gives_no_article_date(line):
    assert article_date(line) is None


# -- Datelines --------------------------------------------------------------------------------------------------------
def test_an_agency_dateline_gives_month_and_day_and_the_year_comes_from_elsewhere():
    assert dateline_month_day("MANTA, Ecuador, April 19 (UPI) -- A U.S. plane crashed") == (4, 19)
    assert dateline_date("MANTA, Ecuador, April 19 (UPI) -- A U.S. plane crashed", 2004) == date(2004, 4, 19)
    assert dateline_date("May 13 (Reuters) - Ukraine said", 2025) == date(2025, 5, 13)
    assert dateline_date("WASHINGTON, Sept. 20 (Reuters) - The", None) is None


def test_a_cut_agency_dateline_of_every_agency_s_dash_gives_month_and_day():
    assert yearless_day("Budapest, Dec 6 (EFE).-") == (12, 6)  # EFE's own dash
    assert yearless_day("Kathmandu, Jan 16 (PTI)") == (1, 16)  # no dash at all
    assert yearless_day("Ise, Mie Pref., Jan. 6 (Jiji Press)--") == (1, 6)
    assert yearless_day("May 13 - The") is None  # neither an agency nor a place in capitals


def test_a_dateline_with_its_own_year_needs_no_hint():
    assert dateline_date("PARIS, Sept 20, 2017 (AFP) - The") == date(2017, 9, 20)


def test_a_dateline_near_new_year_takes_the_year_nearest_the_hint_date():
    assert dateline_date("LONDON, Dec. 31 (Reuters) - Markets", date(2018, 1, 2)) == date(2017, 12, 31)


@pytest.mark.parametrize("start", ["May 13 was a day to remember.", "On May 13 - the day", "Feb 30 (AP) - no"])
def test_an_ordinary_sentence_start_is_no_dateline(start):
    assert dateline_month_day(start) is None


def test_metadata_iso_values_keep_the_date_as_written():
    assert parse_iso("2017-09-20T23:30:00-04:00") == date(2017, 9, 20)
    assert parse_iso("no date") is None


# -- Finding expressions: what is a date ------------------------------------------------------------------------------
@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        ("The court ruled on March 11, 2025.", ["on March 11, 2025"]),
        ("The court ruled on 11 March 2025.", ["on 11 March 2025"]),
        ("The vote is set for Sept. 20.", ["Sept. 20"]),
        ("He arrived on Jan. 5 and left.", ["on Jan. 5"]),
        ("Sales fell in March 2024.", ["in March 2024"]),
        ("Forensic experts on Monday finished identifying the remains.", ["on Monday"]),
        ("The storm hit late Wednesday.", ["late Wednesday"]),
        ("The recorder was retrieved early Tuesday.", ["early Tuesday"]),
        ("Shots were fired Tuesday night.", ["Tuesday night"]),
        ("Talks resume next Tuesday.", ["next Tuesday"]),
        ("He resigned last Friday.", ["last Friday"]),
        ("The ferry sank yesterday.", ["yesterday"]),
        ("Fighting raged overnight.", ["overnight"]),
        ("She left two days ago.", ["two days ago"]),
        ("Prices rose last August.", ["last August"]),
        ("The company was founded in 2009.", ["in 2009"]),
        ("They met in mid-March.", ["mid-March"]),
        ("Officials said on Tuesday, Sept. 19, that the ship sank.", ["on Tuesday, Sept. 19"]),
        ("The report came out this month.", ["this month"]),
    ],
)
def test_date_expressions_are_found_with_their_words(sentence, expected):
    assert texts(sentence) == expected


@pytest.mark.parametrize(
    "sentence",
    [
        "A day after the crash, rescuers arrived.",  # relative to another event, not to the article
        "The day after, nobody spoke.",
        "Friday's game was cancelled.",  # a possessive dates a noun, not an event
        "Last year's figures were revised.",
        "The rain may stop soon.",  # 'may' the verb
        "Thousands joined a march through the capital.",  # 'march' the noun
        "Theresa May spoke to August Wilson.",  # names
        "Bloody Sunday is remembered every Friday.",
        "The Sunday Times first reported the story.",
        "USA Today and the Today programme ran it.",
        "He took an overnight flight.",
        "The shop opens on Saturdays.",
        "About 2009 people were evacuated.",
    ],
)
def test_words_that_look_like_dates_but_are_not_are_not_found(sentence):
    assert texts(sentence) == []


def test_each_expression_carries_its_span_and_kind():
    sentence = "Rescuers said on Tuesday that the ship sank two days ago."
    weekday, relative = find_expressions(sentence)
    assert sentence[weekday.start:weekday.end] == "on Tuesday" and weekday.kind == "weekday"
    assert relative.kind == "relative" and relative.text == "two days ago"


def test_ambiguous_numeric_dates_in_a_sentence_are_refused():
    assert texts("Filed 05/06/2017 at the court.") == []
    assert one("Filed 25/06/2017 at the court.").day == 25


# -- Resolving against the article's own date -------------------------------------------------------------------------
def resolved(phrase: str, reference: date) -> tuple[date, str] | None:
    """The resolution of the one expression in a phrase."""
    return resolve(one(phrase), reference)


def test_an_article_dated_monday_that_says_on_monday_means_that_day():
    assert resolved("Experts on Monday finished the work.", MONDAY_7_AUG_2000) == (MONDAY_7_AUG_2000, "day")


def test_tuesday_in_a_story_dated_friday_12_nov_1999_means_the_9th():
    assert resolved("The recorder was retrieved early Tuesday.", FRIDAY_12_NOV_1999) == (date(1999, 11, 9), "day")


def test_tuesday_in_a_story_dated_sunday_14_nov_1999_means_the_9th():
    assert resolved("It sank on Tuesday.", SUNDAY_14_NOV_1999) == (date(1999, 11, 9), "day")


def test_late_tuesday_and_tuesday_night_are_that_tuesday():
    assert resolved("It hit late Tuesday.", SUNDAY_14_NOV_1999) == (date(1999, 11, 9), "day")
    assert resolved("It hit Tuesday night.", SUNDAY_14_NOV_1999) == (date(1999, 11, 9), "day")


def test_next_tuesday_is_after_the_article_date():
    assert resolved("Talks resume next Tuesday.", MONDAY_7_AUG_2000) == (date(2000, 8, 8), "day")
    assert resolved("Talks resume next Tuesday.", TUESDAY_11_MAR_2025) == (date(2025, 3, 18), "day")


def test_last_friday_in_a_friday_article_is_a_week_before():
    assert resolved("He quit last Friday.", FRIDAY_12_NOV_1999) == (date(1999, 11, 5), "day")


def test_last_august_is_the_august_before_the_article_month():
    assert resolved("Prices rose last August.", MONDAY_7_AUG_2000) == (date(1999, 8, 1), "month")
    assert resolved("Prices rose last August.", WEDNESDAY_20_SEP_2017) == (date(2017, 8, 1), "month")


def test_overnight_and_last_night_are_the_day_before_the_article():
    assert resolved("Fighting raged overnight.", MONDAY_7_AUG_2000) == (date(2000, 8, 6), "day")
    assert resolved("Fighting raged last night.", MONDAY_7_AUG_2000) == (date(2000, 8, 6), "day")


def test_a_week_ago_is_seven_days_before():
    assert resolved("He died a week ago.", MONDAY_7_AUG_2000) == (date(2000, 7, 31), "day")


def test_a_month_without_a_year_takes_the_year_that_puts_it_before_the_article():
    assert resolved("It opened on Sept. 20.", TUESDAY_11_MAR_2025) == (date(2024, 9, 20), "day")
    assert resolved("It opened on March 3.", TUESDAY_11_MAR_2025) == (date(2025, 3, 3), "day")


def test_a_weekday_beside_a_date_picks_the_year_where_it_fits():
    assert resolved("They met on Tuesday, Sept. 19.", MONDAY_7_AUG_2000) == (date(2000, 9, 19), "day")


def test_eleven_march_2025_is_read():
    assert resolved("It began on 11 March 2025.", MONDAY_7_AUG_2000) == (TUESDAY_11_MAR_2025, "day")


def test_a_year_alone_has_year_precision():
    assert resolved("It was unveiled in 2009.", MONDAY_7_AUG_2000) == (date(2009, 1, 1), "year")


def test_vague_expressions_are_found_but_not_resolved():
    assert resolved("It happened last week.", MONDAY_7_AUG_2000) is None
    assert resolved("It happened a few days ago.", MONDAY_7_AUG_2000) is None


def test_february_30_is_no_date():
    assert resolved("It happened on Feb. 30.", TUESDAY_11_MAR_2025) is None


# -- The date of the main event ---------------------------------------------------------------------------------------
def test_the_event_of_a_sentence_is_dated_against_its_article():
    assert event_date("Forensic experts on Monday finished identifying the remains.", MONDAY_7_AUG_2000) == (
        MONDAY_7_AUG_2000, "day")


def test_a_date_that_dates_the_background_is_not_the_events():
    for sentence in [
        "The war that began on Feb. 24, 2022, has killed thousands.",
        "Prices have risen since March.",
        "The Sept. 11 attacks changed air travel.",
        "A memorial marks the anniversary of the July 7, 2005 bombings.",
        "Output was 5% higher than a year ago.",
        "The city, which was bombed on Tuesday, is calm.",
        "The talks will go on until Friday.",
    ]:
        assert event_date(sentence, MONDAY_7_AUG_2000) is None, sentence


def test_the_memorial_unveiled_in_2009_is_not_dated_by_the_bombings_it_remembers():
    sentence = "In 2009 a memorial to the victims of the July 7, 2005 bombings was unveiled in Hyde Park."
    assert event_date(sentence, date(2009, 7, 8)) == (date(2009, 1, 1), "year")


def test_two_different_dates_give_no_event_date():
    assert event_date("The ship sank on Saturday and was found on Monday.", MONDAY_7_AUG_2000) is None


def test_the_date_of_a_statement_gives_way_to_the_date_of_the_event_reported():
    assert event_date("Officials said Monday that the submarine sank on Saturday.", MONDAY_7_AUG_2000) == (
        date(2000, 8, 5), "day")


def test_a_statement_dated_alone_is_dated_by_its_speech_verb():
    assert event_date("The navy said Monday that all 118 crew were dead.", MONDAY_7_AUG_2000) == (
        MONDAY_7_AUG_2000, "day")


def test_two_mentions_of_the_same_day_agree():
    assert event_date("On Tuesday, Sept. 19, 2000, the ship docked on Sept. 19, 2000.", MONDAY_7_AUG_2000) == (
        date(2000, 9, 19), "day")


def test_a_future_clause_points_a_bare_weekday_forward():
    assert event_date("The victims will be buried on Friday.", MONDAY_7_AUG_2000) == (date(2000, 8, 11), "day")


def test_a_future_clause_on_the_articles_own_weekday_is_refused():
    assert event_date("The victims will be buried on Monday.", MONDAY_7_AUG_2000) is None


def test_a_past_weekday_the_day_after_the_articles_date_is_refused():
    """A page dated Monday telling what happened 'on Tuesday': six days before, or already Tuesday where it happened
    (a page stamped in New York on Asia's night); we cannot tell."""
    assert event_date("At 3:30 a.m. local time on Tuesday, the army lifted its order.", MONDAY_7_AUG_2000) is None
    assert event_date("The army lifted its order on Wednesday.", MONDAY_7_AUG_2000) == (date(2000, 8, 2), "day")


def test_a_past_clause_beside_a_future_one_stays_in_the_past():
    sentence = "The ferry sank on Friday, and officials will investigate."
    assert event_date(sentence, MONDAY_7_AUG_2000) == (date(2000, 8, 4), "day")


def test_a_statement_made_on_a_weekday_about_the_future_is_dated_in_the_past():
    """'confirmed Friday that they will appeal': Friday is when they said it, before the article."""
    sentence = "His lawyers confirmed to reporters Friday that they will file a notice of appeal within 10 days."
    assert event_date(sentence, MONDAY_7_AUG_2000) == (date(2000, 8, 4), "day")
    assert event_date("He said on Friday that the talks will resume.", MONDAY_7_AUG_2000) == (date(2000, 8, 4), "day")
    # each rule alone: a speech verb dates the weekday ('said Friday the talks will'), a 'that' clause is what was said
    assert event_date("He said Friday the talks will resume.", MONDAY_7_AUG_2000) == (date(2000, 8, 4), "day")
    assert event_date("The court ruled on Friday that he will be sentenced in the autumn.", MONDAY_7_AUG_2000) == \
        (date(2000, 8, 4), "day")


def test_a_sentence_with_no_date_has_no_event_date():
    assert event_date("A day after the crash, rescuers found the recorder.", MONDAY_7_AUG_2000) is None
    assert event_date("The rain may stop.", MONDAY_7_AUG_2000) is None


def test_an_unresolvable_date_beside_another_refuses_the_sentence():
    assert event_date("Last week the plant closed, and on Friday it reopened.", MONDAY_7_AUG_2000) is None


def test_a_coarse_date_inside_a_finer_one_keeps_the_finer():
    assert event_date("In 2000, on Aug. 3, the rig collapsed.", MONDAY_7_AUG_2000) == (date(2000, 8, 3), "day")


def test_later_thursday_in_a_thursday_story_is_that_day_and_in_a_wednesday_story_the_next():
    sentence = "The envoy is due to present the plan to Russian officials later Thursday."
    assert event_date(sentence, date(2025, 3, 13)) == (date(2025, 3, 13), "day")
    assert event_date(sentence, date(2025, 3, 12)) == (date(2025, 3, 13), "day")


def test_earlier_tuesday_is_the_tuesday_of_the_story():
    assert event_date("Earlier Tuesday, the president met his aides.", TUESDAY_11_MAR_2025) == (
        TUESDAY_11_MAR_2025, "day")


def test_a_date_in_a_relative_clause_dates_the_background():
    assert event_date("The plane, which took off on Tuesday, crashed.", MONDAY_7_AUG_2000) is None


def test_a_birth_date_is_not_an_event_date():
    assert event_date("He was born on March 3, 1950, in Ohio.", MONDAY_7_AUG_2000) is None


def test_a_possessive_weekday_leaves_the_sentences_own_date_to_decide():
    assert event_date("Tuesday's storm killed 12 people on Wednesday.", MONDAY_7_AUG_2000) == (date(2000, 8, 2), "day")


def test_an_event_before_the_article_month_day_falls_in_the_previous_year():
    # A story dated 7 August 2000 that says 'on Aug. 12' speaks of the year before.
    assert event_date("The plant closed on Aug. 12 after a fire.", MONDAY_7_AUG_2000) == (date(1999, 8, 12), "day")


def test_a_scheduled_date_points_forward():
    assert event_date("The meeting is scheduled for Aug. 20.", MONDAY_7_AUG_2000) == (date(2000, 8, 20), "day")


def test_an_iso_date_in_a_sentence_is_read():
    assert event_date("The plant closed on 2000-08-01.", MONDAY_7_AUG_2000) == (date(2000, 8, 1), "day")


def test_in_may_is_a_month_but_mr_may_is_not():
    assert event_date("In May, the firm cut 300 jobs.", MONDAY_7_AUG_2000) == (date(2000, 5, 1), "month")
    assert texts("Mr. May cut 300 jobs.") == []


def test_a_date_in_an_opening_clause_of_an_earlier_event_does_not_date_the_main_one():
    earlier = "After the drilling machine broke down two days ago, the miners began digging the last stretch by hand."
    assert event_date(earlier, MONDAY_7_AUG_2000) is None  # the miners began after it, on a day not said
    assert event_date("The drilling machine broke down two days ago, officials said.", MONDAY_7_AUG_2000) == (
        date(2000, 8, 5), "day")
    assert event_date("After a 17-day ordeal, all 41 workers were pulled out on Monday.", MONDAY_7_AUG_2000) == (
        MONDAY_7_AUG_2000, "day")
    assert event_date("After landing in Dubai on Sunday, Djokovic said he was disappointed.", MONDAY_7_AUG_2000) == (
        date(2000, 8, 6), "day")  # the landing and the words share their day


def test_a_day_of_an_earlier_event_a_past_or_another_time_zone_does_not_date_the_line():
    assert event_date("Parts of the town remain off limits as crews burn off chemicals from the cars that caught fire "
                      "before the train derailed Friday evening.", MONDAY_7_AUG_2000) is None
    assert event_date("A win would clear the path for Kishida, elected in October, to lead.", MONDAY_7_AUG_2000) is None
    assert event_date("Sweden officially joined on Friday (AEDT) by depositing its papers.", MONDAY_7_AUG_2000) is None
    assert event_date("The train derailed Friday evening before the fire spread.", MONDAY_7_AUG_2000) == (
        date(2000, 8, 4), "day")
    assert event_date("The institute, a think tank, assessed late Wednesday that the town had fallen.",
                      MONDAY_7_AUG_2000) == (date(2000, 8, 2), "day")  # the main verb after an aside
    # ordinary news keeps its day: a noun after 'after', the main verb after an aside, the world's time
    for line, day in (("A man was arrested after a standoff with police on Saturday.", 5),
                      ("Police said Monday the jet lost a panel shortly after the takeoff from Portland on Friday.", 4),
                      ("Shares of the chipmaker, a market darling, jumped on Thursday, adding $200 billion.", 3),
                      ("The earthquake struck on Saturday (UTC), the survey said.", 5)):
        assert event_date(line, MONDAY_7_AUG_2000) == (date(2000, 8, day), "day"), line
    assert event_date("He was hurt after the crash and died on Sunday.", MONDAY_7_AUG_2000) == (date(2000, 8, 6), "day")
    assert event_date("Shares of the chipmaker, led by Jane Roe, jumped on Thursday, adding $2 billion.",
                      MONDAY_7_AUG_2000) == (date(2000, 8, 3), "day")
    assert event_date("Kishida, elected in October, said on Monday he would run again.", MONDAY_7_AUG_2000) == (
        MONDAY_7_AUG_2000, "day")
    # and the day a statement was made never stands in for an earlier event's day it set aside
    assert event_date("Officials said Monday the town was evacuated before the train derailed Friday evening.",
                      MONDAY_7_AUG_2000) is None
