"""Key points: the lede facts, in the reporter's voice, spread over themes."""

from __future__ import annotations

import pytest

from briefing.model import Section
from briefing.themes import Themes
from tests.sections.helpers import fill, story


def test_key_points_lead_with_what_several_outlets_put_first_and_skip_bare_quotes():
    index = story(
        ("AFP", ["Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
                 "\"We will take the capital next,\" a rebel commander told reporters at a checkpoint outside the city."]),
        ("AP", ["Rebel fighters seized Port Vale, a northern city, on Monday after a day of heavy fighting.",
                "The harbour of Port Vale handles most of the country's grain exports."]),
    )
    themes = Themes({i.id: "Fighting" for i in index.items}, {i.id: 1.0 for i in index.items}, ["Fighting"])
    section = fill("key_points", index, themes=themes, others=(Section("Fighting", "theme"),))
    assert section.lines and "seized" in section.lines[0].text
    assert not any(line.text.startswith('"') for line in section.lines)


def test_key_points_take_at_most_two_facts_of_one_theme():
    facts = [f"Officials in district {n} reported that {n} schools were closed by the floods on Monday." for n in
             ("one", "two", "three", "four")]
    index = story(("AFP", facts))
    themes = Themes({i.id: "Floods" for i in index.items}, {i.id: 1.0 for i in index.items}, ["Floods"])
    section = fill("key_points", index, themes=themes, others=(Section("Floods", "theme"),))
    assert len(section.lines) <= 2


def test_the_first_key_point_is_the_event_most_outlets_lead_with_in_their_own_words():
    penalty = "The former exchange chief faces a maximum sentence of 115 years in prison, prosecutors said."
    index = story(
        ("AFP", ["The jury found the former exchange chief guilty of fraud on all seven counts on Thursday.",
                 "The trial in Manhattan lasted a month.", penalty]),
        ("AP", ["A New York jury convicted the former exchange chief of fraud on Thursday after a month-long trial.",
                "His lawyers said they would appeal.", penalty]),
        ("CNN", ["Jurors took only hours to find the former exchange chief guilty of fraud on Thursday.",
                 "His parents sat in the front row.", penalty]),
    )
    section = fill("key_points", index)
    assert section.lines[0].text != penalty and "fraud" in section.lines[0].text


def test_the_first_key_point_says_enough_to_be_the_lead():
    """'The envoy arrived in Moscow' (every outlet's second line) names one step of the story; the lead says who
    did what, and how."""
    backs = "Ivanov backs ceasefire in principle but wants guarantees, his office said on Thursday."
    index = story(
        ("AFP", ["President Ivanov said on Thursday he backed a 30-day ceasefire with the rebels in principle, but "
                 "wanted guarantees.", "The envoy arrived in Moscow."]),
        ("AP", [backs, "The envoy arrived in Moscow."]),
        ("CNN", ["Rebels shelled the port overnight, officials said.", "The envoy arrived in Moscow."]),
    )
    themes = Themes({i.id: "Talks" for i in index.items}, {i.id: 1.0 for i in index.items}, ["Talks"])
    section = fill("key_points", index, themes=themes, others=(Section("Talks", "theme"),))
    assert [line.text for line in section.lines][:2] == [backs, "The envoy arrived in Moscow."]


def test_a_fact_whose_actor_is_a_kind_not_a_name_does_not_lead():
    """'The toy retailer filed for bankruptcy ...' goes on from a sentence that named the retailer."""
    named = "Harbor Toys, the big box toy retailer, has filed for Chapter 11 bankruptcy protection, it said on Monday."
    kind = "The toy retailer filed for bankruptcy in a Richmond, Virginia, federal court on Monday night."
    index = story(("AFP", [kind, named]), ("AP", [kind]), ("CNN", [kind, named]))
    themes = Themes({i.id: "Filing" for i in index.items}, {i.id: 1.0 for i in index.items}, ["Filing"])
    section = fill("key_points", index, themes=themes, others=(Section("Filing", "theme"),))
    assert section.lines[0].text == named


def test_a_toll_said_to_rise_without_its_figure_does_not_lead():
    vague = "The death toll from the floods in the Lowmoor valley has risen sharply, officials said on Monday."
    index = story(
        ("AFP", [vague, "Floods killed at least 40 people in the Lowmoor valley, officials said on Monday."]),
        ("AP", ["The death toll from the floods in the Lowmoor valley has risen sharply, officials said Monday.",
                "At least 40 people were killed by floods in the Lowmoor valley, officials said on Monday."]),
        ("CNN", ["The death toll from floods in the Lowmoor valley has risen, officials said on Monday.",
                 "Rescuers searched the valley."]),
    )
    section = fill("key_points", index)
    assert "40" in section.lines[0].text



def shooting_story(headlines: bool):
    """Two facts every outlet puts in its first two lines: who the gunman was, and what he did."""
    named = "Police named the gunman on Monday as John Crane, 24, a former security guard from Riverton."
    index = story(
        ("AFP", [named, "Two people were killed and five injured in a shooting at a Riverton motel on Sunday night."]),
        ("AP", ["Police on Monday named the gunman as John Crane, 24, a former security guard from Riverton.",
                "Two people were killed and five wounded when a gunman opened fire at a Riverton motel on Sunday."]),
        ("CNN", ["Police named the Riverton gunman on Monday as John Crane, 24, a former security guard.",
                 "Two people died and five were hurt in a shooting at a motel in Riverton on Sunday night."]),
    )
    if headlines:
        for source, title in zip(index.sources, ("2 killed, 5 injured in Riverton motel shooting",
                                                 "Gunman kills two people at Riverton motel",
                                                 "Two killed, five injured in shooting at a Riverton motel"), strict=True):
            source.headline = title
    return named, index


def test_of_facts_as_many_outlets_lead_with_the_one_their_headlines_tell_leads():
    named, index = shooting_story(headlines=True)
    assert "killed" in fill("key_points", index).lines[0].text
    named, index = shooting_story(headlines=False)
    assert "killed" in fill("key_points", index).lines[0].text  # of equals, the one that says how many died


def test_a_toll_the_story_says_was_revised_is_not_told():
    index = story(
        ("AFP", ["At least 79 people have died after a migrant boat sank off Lowmoor on Wednesday, officials said."]),
        ("AP", ["Authorities revised the confirmed death toll from 79 after an overnight count of the bodies.",
                "At least 78 people died when a migrant boat sank off Lowmoor on Wednesday, the coast guard said."]),
    )
    shown = " ".join(line.text for line in fill("key_points", index).lines)
    assert "78" in shown and "79" not in shown


def test_a_lead_may_name_may_and_say_no_longer_or_what_someone_has_not_done():
    from briefing.sections.key_points import says_what_is

    assert says_what_is("The health agency declared on May 5 that the virus is no longer a global emergency.")
    assert says_what_is("Robert Card, who has not been found, shot dead 18 people in Lewiston on Wednesday.")
    assert not says_what_is("A bankruptcy filing does not mean the stores will close.")
    assert not says_what_is("The outage seems to be affecting Windows computers around the world.")
    assert not says_what_is("The fire apparently started in the kitchen of the Harbor restaurant.")
    assert says_what_is("Prime Minister Jane Roe said on Wednesday she will not seek re-election as party leader.")
    assert says_what_is("Riverton's coach won't be returning next season, the club announced.")
    assert not says_what_is("The company will not say how many jobs will go.")


@pytest.mark.parametrize(("unfit", "fit", "shown"), [
    # what is not
    ("A bankruptcy filing does not mean the Harlan toy stores in Riverton and Lowmoor will close, the chain said.",
     "The Harlan toy chain filed for bankruptcy protection in a Riverton court on Monday.", "filed"),
    # what names nothing
    ("The rocket tumbled and then exploded and crashed into the sea minutes after it lifted off.",
     "Harbor Space's Skylark rocket exploded on Thursday minutes after lifting off from Riverton.", "Skylark"),
    # what may happen
    ("The Harbor dock strike in Riverton may be close to an end after talks on Sunday, officials said.",
     "Harbor dock workers in Riverton voted on Tuesday to end their strike after 140 days.", "voted"),
    # a kind's act told before anyone is named
    ("Approval of the company’s proposal was announced at the Harbor Motors annual meeting in Riverton on Thursday.",
     "Harbor Motors shareholders approved a $5 billion pay package for chief executive Jane Roe on Thursday.", "$5"),
    # one more act of someone named before
    ("The Harbor Motors shareholders also voted on Thursday to move the company to Riverton.",
     "Harbor Motors shareholders approved a $5 billion pay package for chief executive Jane Roe on Thursday.", "$5"),
    # someone's answer to what happened
    ("Mayor Jane Roe has vowed that the Riverton cathedral will be rebuilt after fire ravaged it on Monday night.",
     "A fire destroyed the roof and spire of the Riverton cathedral on Monday night, firefighters said.", "destroyed"),
])
def test_the_lead_says_what_is_and_names_who_or_where(unfit, fit, shown):
    index = story(("AFP", [unfit, fit]), ("AP", [unfit.replace(" said", " told reporters"), fit.replace(" on ", " late on ")]))
    assert shown in fill("key_points", index).lines[0].text


def test_a_partial_toll_does_not_lead_when_as_many_voices_give_the_whole_one():
    """'Seven died at the bowling alley' is part of the toll: the lead gives the 18 killed, and the 7 (a variant of
    the 18 for the same dead) is never told beside it as if accounts differed."""
    index = story(
        ("AFP", ["Col. Ann Ross of the state police said seven people died from gunshot wounds at the Riverton "
                 "bowling alley.", "The gunman fled in a white car.",
                 "Governor Mills announced that 18 were killed and 13 hurt in the rampage."]),
        ("AP", ["Seven people were found dead at the Harlan bowling alley in Riverton, Col. Ann Ross said.",
                "Schools were closed on Thursday.", "In all, 18 were killed and 13 hurt, Governor Mills announced."]),
        ("CNN", ["Seven people died from gunshot wounds at a Riverton bowling alley, Col. Ann Ross said.",
                 "Residents were told to stay at home.", "Mills, the governor, said 18 were killed in the rampage."]),
    )
    shown = [line.text for line in fill("key_points", index).lines]
    assert "18" in shown[0]
    assert not any("even people" in text for text in shown)


def test_an_estimates_upper_bound_is_no_count():
    from briefing.support import toll_is_bound

    assert toll_is_bound("As many as 20 people are dead in Riverton after two shootings, the sheriff said.")
    assert toll_is_bound("Up to 20 people were killed, the sheriff said.")
    assert not toll_is_bound("Governor Mills said 18 people were killed, up to 20 more hurt.")


def test_under_a_question_about_what_happened_the_lead_still_opens_the_key_points():
    """'How did the council vote?': the fact closest to the question's words is the day-old 'set to vote'; what
    happened, nearly as close to the question, leads (PLACE.focus_lead_share); a question about something else
    is answered first (tests/test_rank.py)."""
    from dataclasses import replace

    from briefing.story import StoryIndex

    voted = "The Harbor city council voted 7-2 on Saturday to dissolve itself after a year of scandal, officials said."
    stale = "Councillors in Harbor are set to vote on Saturday on whether to dissolve the city council."
    base = story(("AFP", [voted, "The vote followed a year of scandal.", stale]), ("AP", ["The Harbor council dissolved itself on Saturday in a 7-2 vote, "
                                                  "the mayor's office said.", "Residents cheered outside."]),
                 ("CNN", ["In a 7-2 vote on Saturday, the Harbor city council dissolved itself, officials said.",
                          "A new election will be held in March."]))
    lead = max(base.items, key=lambda i: i.score)  # every outlet's account of the vote, in one wording
    closeness = {lead.id: 0.85, next(i.id for i in base.items if i.text == stale): 1.0}
    items = [replace(i, score=1.8 if i.text == stale else i.score,  # the stale line ranks first under the question
                     signals={**i.signals, "focus": closeness.get(i.id, 0.2)}) for i in base.items]
    index = StoryIndex.build(base.sources, base.sentences, base.vectorizer, base.vectors, items)
    shown = [line.text for line in fill("key_points", index).lines]
    assert "7-2" in shown[0] and "set to vote" not in shown[0]


def test_a_line_mostly_in_someone_s_words_is_no_key_point():
    tweet = ("In tweets from its two branches, the union said: “Our board voted unanimously to lift the strike order. "
             "Members may go back to work at midnight while the ratification vote goes on.”")
    index = story(("AFP", [tweet, "The Harbor writers' union reached a tentative deal with the studios on Sunday."]),
                  ("AP", [tweet, "Writers in Harbor reached a tentative deal with the studios on Sunday night."]),
                  ("CNN", [tweet, "The studios and the Harbor writers' union reached a tentative deal on Sunday."]))
    shown = [line.text for line in fill("key_points", index).lines]
    assert shown and not any("“" in text for text in shown)


def test_headlines_vote_as_ledes_do_so_the_event_leads_over_a_detail_one_more_lede_gives():
    detained = "Members of the presidential guard detained President Jane Roe in the capital earlier in the day."
    removed = "President Jane Roe has been removed from power, soldiers said on national television on Wednesday."
    filler = "Shops in the capital stayed shut and the streets were empty by the evening."
    index = story(
        ("AFP", [detained, "The borders were closed and a curfew was declared across the country."]),
        ("AP", ["Guards detained President Jane Roe in the capital earlier in the day, officials said.", filler,
                removed]),
        ("CNN", ["Presidential guards detained President Jane Roe in the capital on Wednesday.", filler, removed]),
        ("BBC", [removed, "The African Union condemned what it called an attempted coup."]),
    )
    for source, title in zip(index.sources[1:], ("Soldiers say President Roe removed from power",
                                                "President Jane Roe removed from power by soldiers",
                                                "Soldiers say President Roe has been removed"), strict=True):
        source.headline = title
    assert "removed from power" in fill("key_points", index).lines[0].text


def test_a_line_that_comments_on_the_event_as_known_does_not_lead():
    comment = ("Captain Joe Roe has admitted Jane Doe’s decision to leave the club at the end of the season is a "
               "tough one to take.")
    event = "Jane Doe has announced she will leave her position as Riverton manager at the end of the season."
    index = story(
        ("AFP", [comment, event]),
        ("AP", ["Captain Joe Roe admitted Jane Doe’s decision to leave the club at the end of the season is tough.",
                event]),
        ("CNN", [comment, "Jane Doe will leave her post as Riverton manager at the end of the season, she announced."]),
    )
    assert fill("key_points", index).lines[0].text.startswith("Jane Doe has announced")


def test_a_lead_the_key_points_cannot_place_alone_gives_way_to_the_event():
    """'The penalty is for ...' is what every outlet leads and headlines with, but it cannot stand alone (which
    penalty?), so the lead is the fine itself, not the complaint that ranks next."""
    complaint = "The investigation was triggered by a complaint from a Swedish music app over Acme's 30% fee."
    fine = "The regulator in Brussels fined Acme 1.8 billion euros on Monday for blocking rival music apps."
    index = story(*((outlet, ["The penalty is for blocking rival music apps from telling users about cheaper offers, "
                              f"the regulator in {where} said on Monday.", complaint, fine])
                    for outlet, where in (("AFP", "Brussels"), ("AP", "Belgium"), ("CNN", "the EU capital"))))
    for source in index.sources:
        source.headline = "Penalty for blocking rival music apps: Brussels fines Acme 1.8 billion euros"
    assert fill("key_points", index).lines[0].text == fine



def test_a_lead_may_speak_of_the_companys_act_once_it_has_named_the_company():
    lede = "Harlan shareholders on Thursday approved the company’s $5 billion pay plan for chief executive Jane Roe."
    other = "Riverton officials said the Harlan plant would stay open through the winter, with 400 jobs kept."
    index = story(("AFP", [lede, other]), ("AP", [lede.replace("on Thursday ", ""), other]))
    assert "$5" in fill("key_points", index).lines[0].text
