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


def test_a_quotation_spanning_sentences_is_shown_once_and_a_speech_is_cut_with_a_mark():
    statement = ("“I love everything about this club, I love the city and I love our supporters. "
                 "But I am convinced the decision is the one I have to take. I am running out of energy. "
                 "I knew it for longer that I would have to announce it at some point, and now it is time. "
                 "I told the club in November and we talked it through many times since then, believe me.”")
    index = story(("AFP", [f"{statement} Manager Jurgen Klopp said on Friday."]),
                  ("AP", [f"{statement} Jurgen Klopp, the Liverpool manager, said."]))
    section = fill("quotes", index)
    shown = [line.quote for line in section.lines]
    assert len(shown) == 1 and shown[0].endswith("…") and len(shown[0].split()) <= 46
    assert shown[0].startswith("I love everything about this club")


def test_each_sentence_of_one_quotation_does_not_show_it_again():
    quotation = ["“I love absolutely everything about this club and everything about the city and our supporters.",
                 "But I am convinced this is the decision I have to take because I am running out of energy,” "
                 "Klopp said."]
    index = story(("AFP", ["Liverpool manager Jurgen Klopp announced on Friday that he will leave at the end of the season.",
                           quotation]))
    section = fill("quotes", index)
    assert len(section.lines) == 1


def test_a_quotation_spanning_two_sentences_cites_every_outlet_that_carries_it():
    quotation = ["“We will rebuild every home that the river took from this town, and we will start this week.",
                 "Nobody will be left without a roof over their head this winter,” Governor Jane Roe said."]
    index = story(("AFP", [quotation]), ("AP", [quotation]), ("CNN", [quotation]))
    section = fill("quotes", index)
    assert len(section.lines) == 1 and section.lines[0].outlets == ("AFP", "AP", "CNN")


def test_words_two_outlets_give_to_different_people_are_shown_with_neither():
    words = "“Then the emergency doors were opened and we threw ourselves out onto the grass,”"
    index = story(("AFP", ["Passenger Jonas Roe was travelling with his son Anton Roe when the plane caught fire.",
                           f"{words} Jonas Roe said."]),
                  ("AP", ["Anton Roe, 17, was on the plane with his father, Jonas Roe, when it caught fire.",
                          f"{words} Anton Roe told reporters."]))
    assert fill("quotes", index).lines == []
    agreed = story(("AFP", ["Passenger Jonas Roe was travelling with his son Anton Roe when the plane caught fire.",
                            f"{words} Jonas Roe said."]),
                   ("AP", ["Jonas Roe was on the plane with his son, Anton Roe, 17, when it caught fire.",
                           f"{words} Jonas Roe told reporters."]))
    assert [line.speaker for line in fill("quotes", agreed).lines] == ["Jonas Roe"]


def test_a_short_echo_of_a_quotation_by_someone_else_does_not_take_it_away():
    words = "“We will not back down, and we will win this war for our children and for our country,”"
    index = story(("AFP", ["President Jane Roe spoke in Riverton on Monday.", f"{words} President Jane Roe said."]),
                  ("AP", ["Governor Tom Hale backed her on Tuesday.",
                          "“We will not back down, and we will win,” Governor Tom Hale said."]))
    assert "Jane Roe" in [line.speaker for line in fill("quotes", index).lines]


def test_a_quotation_needs_less_that_is_new_than_a_fact_line():
    """What someone said is shown though the briefing told the fact: half its words new is enough for a quote, not
    for a fact line (PLACE.min_novelty_quote < PLACE.min_novelty)."""
    from briefing.model import FactLine, QuoteLine, Section
    from briefing.sections.placer import Placement
    from briefing.settings import PLACE
    from briefing.story import concepts
    from briefing.themes import Themes

    quote = ("\"No survivors in this crash. Everyone on the plane died, crew members and children too,\" airline "
             "spokesman Pemba Ray said.")
    index = story(("AFP", ["A passenger plane crashed near Pokhara on Sunday, the airline said.", quote]),
                  ("AP", ["A Harbor Air plane crashed near Pokhara on Sunday, officials said."]))
    item = next(i for i in index.items if i.text == quote)
    told = "Everyone on the plane died, crew members too, officials said."
    placements = [Placement(index, Themes(), 900, []) for _ in range(2)]
    for placement in placements:
        placement.covered |= concepts(told)
    assert PLACE.min_novelty_quote <= placements[0].novelty(item) < PLACE.min_novelty
    assert not placements[0].place(Section("Theme", "theme"), FactLine(item=item, outlets=item.outlets))
    assert placements[1].place(Section("What they said", "quotes"), QuoteLine(
        item=item, outlets=item.outlets, quote="No survivors in this crash.", speaker="Pemba Ray", role="spokesman"))


def test_a_quotation_refused_as_a_fact_line_is_still_shown_as_a_quote():
    """A theme offered the statement first, as a fact line, and refused it as a repeat: 'What they said' still
    weighs it with a quotation's floor, in the same briefing."""
    from briefing.model import FactLine, Section
    from briefing.sections import KINDS
    from briefing.sections.placer import Placement
    from briefing.story import concepts
    from briefing.themes import Themes

    quote = ("\"No survivors in this crash. Everyone on the plane died, crew members and children too,\" airline "
             "spokesman Pemba Ray said.")
    index = story(("AFP", ["A passenger plane crashed near Pokhara on Sunday, the airline said.", quote]),
                  ("AP", ["A Harbor Air plane crashed near Pokhara on Sunday, officials said."]))
    item = next(i for i in index.items if i.text == quote)
    theme, quotes = Section("Theme", "theme"), Section("What they said", "quotes", max_items=3)
    placement = Placement(index, Themes(), 900, [theme, quotes])
    placement.covered |= concepts("Everyone on the plane died, crew members too, officials said.")
    assert not placement.place(theme, FactLine(item=item, outlets=item.outlets))
    KINDS["quotes"].fill([quotes], placement)
    assert [(line.speaker, line.quote[:27]) for line in quotes.lines] == [("Pemba Ray", "No survivors in this crash.")]
    assert theme.lines == []


def test_two_statements_that_open_alike_are_shown_once():
    opening = ["“I love absolutely everything about this club, I love everything about the city, I love everything "
               "about our supporters, I love the team, I love the staff.", "I love everything."]
    index = story(("AFP", ["Liverpool manager Jurgen Klopp announced on Friday that he will leave at the end of the season.",
                           [*opening, "But that I still take this decision shows you that I am convinced it is the "
                            "one I have to take,” Klopp said."]]),
                  ("AP", ["Jurgen Klopp will step down as Liverpool manager at the end of the season, the club said.",
                          [*opening, "It is that I am, how can I say it, running out of energy, and I knew it "
                           "already for longer that I will have to announce it at one point,” Klopp said."]]))
    shown = [line.quote for line in fill("quotes", index).lines]
    assert len(shown) == 1 and shown[0].startswith("I love absolutely everything"), shown


def test_an_outlet_that_gives_the_words_to_no_one_it_names_is_not_cited_for_the_speaker():
    from dataclasses import replace

    from briefing.sections.quotes import attributed_quote, quoting_outlets

    words = "\"We welcome any efforts to help end the war and to ease tensions across the whole region,\""
    index = story(("AFP", ["Governor Jane Roe spoke on Friday about the agreement.", f"{words} Governor Jane Roe said."]),
                  ("AP", ["The agreement was signed in the capital on Friday.", f"{words} a council official said."]))
    named, unnamed = (next(i for i in index.items if i.text.startswith('"We') and i.outlets == (o,)) for o in ("AFP", "AP"))
    both = replace(unnamed, members=unnamed.members + named.members, outlets=("AFP", "AP"))  # one fact, two accounts
    quote = attributed_quote(both, index)
    assert quote is not None and quote.speaker.name == "Jane Roe"
    assert quoting_outlets(both, quote.text, quote, index) == ("AFP",)  # AP gives the words to 'a council official'


def test_a_stray_single_closing_mark_at_a_quotation_s_end_is_not_shown():
    from briefing.sections.quotes import excerpt

    assert excerpt("I do not tolerate that my word is questioned, much less words I haven’t said.’") == \
        "I do not tolerate that my word is questioned, much less words I haven’t said"
    assert excerpt("It was the players’") == "It was the players’"  # a possessive, not a mark


def test_words_quoted_from_the_middle_of_a_sentence_are_no_quote():
    index = story(("AFP", ["Opposition leader Jane Roe said she wanted an election now, “even if it will cost us a few "
                           "weeks,” and called the delay a disgrace."]))
    assert fill("quotes", index).lines == []
    index = story(("AFP", ["Opposition leader Jane Roe said the delay was “a disgrace that will cost us a few weeks "
                           "of work” on Monday."]))
    assert [line.speaker for line in fill("quotes", index).lines] == ["Jane Roe"]
