"""Placement: the budget, and every fact told once."""

from __future__ import annotations

from briefing.model import FactLine, Item, PersonLine, Section, Sentence
from briefing.sections.placer import Placement, line_words
from briefing.themes import Themes
from tests.sections.helpers import story

SEIZED = "Rebels seized the northern city of Port Vale on Monday after heavy fighting."
SEIZED_AGAIN = "Rebel fighters seized the northern city of Port Vale on Monday after heavy fighting, witnesses said."


def placed_of(index, *texts: str) -> list[str]:
    """Offer the facts with these wordings to one section, in order; the wordings placed."""
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    for text in texts:
        item = next(i for i in index.items if i.text == text)
        placement.place(section, FactLine(item=item, outlets=item.outlets))
    return [line.text for line in section.lines]


def test_a_fact_offered_twice_in_other_words_is_placed_once_and_cites_both_outlets():
    index = story(("AFP", [SEIZED]), ("CNN", ["The mayor fled to the capital on Tuesday."]),
                  ("AP", ["The harbour of the city was closed to shipping."]))
    first = next(i for i in index.items if i.text == SEIZED)
    # The same fact in AP's words, as a second item (e.g. offered by another section).
    second = Item(id=len(index.items), text=SEIZED_AGAIN, members=(Sentence(SEIZED_AGAIN, "s2", 2, 1),), outlets=("AP",),
                  salience=0.5)
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    assert placement.place(section, FactLine(item=first, outlets=first.outlets))
    assert not placement.place(section, FactLine(item=second, outlets=second.outlets))
    assert len(section.lines) == 1 and section.lines[0].outlets == ("AFP", "AP")
    assert len(section.lines[0].item.members) == 2


def test_a_duplicate_whose_sentence_does_not_tell_the_placed_wording_adds_no_citation():
    index = story(("AFP", [SEIZED]), ("AP", ["The harbour of the city was closed to shipping."]))
    first = next(i for i in index.items if i.text == SEIZED)
    other = "Port Vale fell on Monday."  # the same event for the same-fact rule, but not the placed wording
    second = Item(id=len(index.items), text=SEIZED, members=(Sentence(other, "s1", 2, 1),), outlets=("AP",), salience=0.5)
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    placement.place(section, FactLine(item=first, outlets=first.outlets))
    assert not placement.place(section, FactLine(item=second, outlets=second.outlets))
    assert section.lines[0].outlets == ("AFP",)


def test_nothing_is_placed_past_the_budget():
    index = story(("AFP", [SEIZED]))
    section = Section("News", "theme")
    item = index.items[0]
    line = FactLine(item=item, outlets=item.outlets)
    placement = Placement(index, Themes(), line_words(line) - 1, [section])
    assert not placement.place(section, line)
    assert section.lines == [] and placement.remaining == line_words(line) - 1


def test_a_line_without_a_fact_only_spends_words():
    index = story(("AFP", [SEIZED]))
    section = Section("People", "people")
    placement = Placement(index, Themes(), 10, [section])
    assert placement.place(section, PersonLine(name="Jane Roe", role="mayor", outlets=("AFP",)))
    assert placement.remaining == 10 - line_words(section.lines[0]) and index.items[0].id not in placement.used


def test_a_note_goes_on_the_placed_fact_line_once():
    index = story(("AFP", [SEIZED]))
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    item = index.items[0]
    placement.place(section, FactLine(item=item, outlets=item.outlets))
    assert placement.add_note(item, "accounts differ: nine (AFP); eight (AP)")
    assert not placement.add_note(item, "another note")
    assert section.lines[0].citation == "AFP; accounts differ: nine (AFP); eight (AP)"


def test_a_question_is_never_placed_as_a_fact():
    question = "So how did you get involved with the rescue of the stranded miners at Port Vale?"
    index = story(("AFP", [SEIZED, question]))
    asked = next(i for i in index.items if i.text == question)
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    assert not placement.place(section, FactLine(item=asked, outlets=asked.outlets))
    assert section.lines == []


def test_a_quotation_opening_on_a_stray_closing_mark_is_not_placed_as_a_fact():
    stray = "”It is about as big as the orbit of Mercury, and we now think these black holes lurk in every galaxy.”"
    index = story(("AFP", [SEIZED, stray]))
    item = next(i for i in index.items if i.text == stray)
    section = Section("News", "theme")
    assert not Placement(index, Themes(), 900, [section]).place(section, FactLine(item=item, outlets=item.outlets))


def test_a_speakers_own_words_without_quotation_marks_are_not_placed_as_a_fact():
    """A court transcript printed as prose: the judge's 'I' and 'you' would read as the reporter's."""
    spoken = "I have to thank you on behalf of the people of the state of Minnesota for heavy-duty jury service."
    reported = "The jury deliberated for about ten hours over two days before it reached a unanimous verdict."
    index = story(("AFP", [SEIZED, spoken]), ("Reuters", [reported]))
    assert placed_of(index, spoken, reported) == [reported]


def test_words_in_quotation_marks_set_as_the_subject_s_verb_need_someone_saying_them():
    from briefing.wording import unattributed_quotation

    unattributed = "The head of the legion, Jane Roe, “will go to Harbor,” and the case against her will be dropped."
    assert unattributed_quotation(unattributed)
    assert not unattributed_quotation("Governor Jane Roe said the head of the legion “will go to Harbor”.")
    assert not unattributed_quotation("The judge informed jurors that “the parties have resolved their case.”")
    assert not unattributed_quotation("She won the prize for “having created new poetic expressions”.")
    assert not unattributed_quotation("The plan means that “will never happen again” in the town.")
    from briefing.wording import pronoun_speaker
    assert pronoun_speaker("He said the fighters will go to Harbor, he added.")  # 'He' names no one
    assert not pronoun_speaker("Peskov said the case was dropped, he added.")
    index = story(("AFP", [SEIZED, unattributed]), ("AP", ["The harbour of the city was closed to shipping."]))
    assert unattributed not in placed_of(index, unattributed)


def test_unquoted_speech_is_told_from_a_name_or_a_quotation():
    from briefing.wording import unquoted_speech

    assert unquoted_speech("What I'm going to ask you to do now is to follow the deputy.")
    assert unquoted_speech("We will not rest until the fire is out.")
    assert not unquoted_speech("We will not rest until the fire is out, the governor said.")
    assert not unquoted_speech("“We will not rest,” the governor said.")
    assert not unquoted_speech("Toys R Us filed for bankruptcy; the US court in Richmond took the case.")
    assert not unquoted_speech("Fifty million light-years lie between our home planet and the black hole.")
    assert not unquoted_speech("World War I veterans laid wreaths at the memorial.")
    assert not unquoted_speech("We will rebuild every home, the governor vowed.")


def test_a_sentence_whose_subject_is_the_sentence_before_is_not_placed():
    from briefing.wording import dangling

    assert dangling("It concludes a stunning fall from grace for the former billionaire.")
    assert dangling("That is almost half of the bank's expenses in 2022.")
    assert dangling("That’s when the team unveiled the first image of a black hole.")
    assert dangling("Instead, the next leader will be chosen by party members.")
    assert dangling("Its recapture would be a major symbolic victory.")
    assert dangling("So all rise for the jury.")
    assert dangling("However, a federal judge ruled that the regulator had not made its case.")  # against what?
    assert not dangling("However the vote goes, the party will split.")
    assert not dangling("So far, 106 people have been confirmed dead.")
    assert not dangling("This year’s prize is worth 930,000 dollars.")
    assert dangling("This groundbreaking photograph shows a dark core.")  # which photograph? the reader has none
    assert dangling("This tragic loss included the company's chief executive.")
    assert dangling("Finally, two minutes before 4 p.m., the judge emerged with an announcement.")
    assert dangling("Then came a new message from the newspaper.")
    assert dangling("If confirmed, that would make the tragedy one of the worst ever recorded.")
    assert dangling("At those events, astronomers gave humanity its first look at the black hole.")
    assert not dangling("In this morning's vote, the council closed the bridge.")
    assert not dangling("If confirmed, Jane Roe would be the first woman to lead the court.")
    assert not dangling("This morning the court ruled the scheme unlawful.")
    for own_subject in ("This past weekend, police arrested two men.", "That day, the army withdrew.",
                        "These days the town is quiet.", "So many people died in the flood."):
        assert not dangling(own_subject), own_subject
    assert not dangling("Then-President Trump signed the order.")
    assert dangling("The information was relayed to the Coast Guard, which narrowed the search.")  # which information?
    assert dangling("The move comes after weeks of talks.")
    assert dangling("The statement added that the next few hours will decide.")  # whose statement?
    assert dangling("Klopp added: “I told the club already in November.”")  # added to what?
    assert not dangling("Klopp added two league titles in 2020.")
    assert dangling("Tests after the surgery found that was incorrect.")  # found what was incorrect?
    assert not dangling("Tests after the surgery found that the tumour was benign.")
    assert not dangling("The statement from the hospital said he was stable.")
    assert not dangling("The move to cut rates surprised markets.")  # says which move
    assert dangling("The incident may have lasted for only five minutes.")
    assert dangling("The deceased were all on board the coast guard aircraft.")  # which deceased? none were named
    assert not dangling("The issue of the bridge's cracks came up on Monday.")
    assert not dangling("The Information Commissioner said the data was safe.")
    assert not dangling("Italy's anti-doping tribunal banned the midfielder for four years.")
    # an opener that links back to the sentence before: after what? in other words than which?
    assert dangling("Shortly after, it began to tumble before exploding in a fireball.")
    assert dangling("In other words, it blew up before it could drop its rocket booster.")
    assert dangling("As a result, the port will stay closed for weeks.")
    assert not dangling("Soon after the launch, the rocket began to tumble.")  # says after what
    assert not dangling("As a result of the collapse, the port will stay closed for weeks.")
    assert dangling("Earlier, the minister told reporters the mayor was in critical condition.")  # earlier than what?
    assert not dangling("Earlier this week, the minister told reporters the mayor was stable.")
    assert dangling("To that end, the headset boasts 12 cameras.")  # to what end?
    assert dangling("In addition, the mayor said the bridge would reopen.")
    assert not dangling("In addition to the fee, the club pays the player's wages.")
    assert dangling("About 12 hours later, a second earthquake hit the same region.")  # later than what?
    assert dangling("Days later, protesters returned to the square.")
    assert dangling("Moments later, the champion was pictured with his family.")  # later than what moment?
    assert dangling("Her predecessor, Jane Roe, was one of those, winning her seat with half the vote.")  # of whom?
    assert not dangling("He was one of those who survived the crash at Port Vale.")
    assert dangling("Governor Jane Roe said this number is likely to rise as the search goes on.")  # which number?
    assert dangling("The other Riverton deaths occurred in Lowmoor and in the harbour.")  # other than which?
    assert not dangling("The other day, the council met to discuss the bridge.")
    assert dangling("The 27-year-old, who won the final in 2021, was beaten in straight sets.")  # who is he?
    assert dangling("The Italian, who is 22, won the title on Sunday.") and dangling("The others: Jane Roe and Ann Cole.")
    assert not dangling("The 22-year-old Sinner won the title on Sunday.")
    assert not dangling("The Italian government said the title was a first.")
    assert dangling("The defensive midfielder registered nine goals from 50 games.")  # which midfielder?
    assert dangling("The forward scored 21 goals.") and dangling("The Spain international won the award on Monday.")
    assert not dangling("The striker Harry Kane scored twice.") and not dangling("The Spain international Rodri won.")
    assert not dangling("The international community condemned the attack.")
    assert dangling("Similarly, the army published a video of the raid.")  # similar to what?
    assert dangling("The alert wasn't unusual at the airport.") and not dangling("The alert level was raised to four.")
    assert dangling("The words evoke the title of a book.")  # which words?
    assert not dangling("The words “deny” and “defend” were carved into shell casings.")
    assert not dangling("Meanwhile, the regional commander was dismissed from his post.")  # a new fact, at that time
    assert dangling("But a final count will be very difficult to establish, the prefect said.")  # but what?
    assert not dangling("Butler police said the count was final.")
    assert dangling("Investigators are working to determine if those substances were dangerous.")  # which?
    assert dangling("In the social media post, the organiser said the shows were off.")  # which post?
    assert dangling("The post gained over 5,500 responses.") and dangling("The teenager used to work there.")
    assert not dangling("These days the town is quiet, and those affected have gone home.")
    assert not dangling("“This number will rise,” the governor said of the toll of 40.")
    assert not dangling("The mayor was one of three officials at the scene.")
    assert not dangling("Twelve people died later that day.")
    assert dangling("The document accused the council of negligence.")  # which document?
    assert dangling("Following this, the people started running.")  # following what?
    assert dangling("Despite all that, the council closed the bridge.")
    assert not dangling("The company said that, following a review, the board had lost confidence in him.")
    assert dangling("The penalty is for keeping rival services off the platform.")  # which penalty?
    assert not dangling("The penalty for late payment is a fine of 100 euros.")
    assert not dangling("The penalty shootout ended 4-3 to Argentina.")
    leftover = "It concludes a stunning fall from grace for the rebel commander of Port Vale."
    assert placed_of(story(("AFP", [SEIZED, leftover])), leftover) == []


def test_another_figure_for_a_count_already_given_is_not_placed_beside_it():
    """'About 900 people were injured' is placed; 'About 850 were injured, and doctors were mobilised' is not:
    two figures side by side without a word are for 'Where accounts differ'."""
    first = "About 900 people were injured in the crash near Port Vale, officials said."
    other = "About 850 were injured, and more than 100 additional doctors had been mobilised to the district."
    index = story(("AFP", [SEIZED, first]), ("AP", [other]))
    assert placed_of(index, first, other) == [first]


def test_a_second_wording_with_a_newsroom_synonym_is_a_repeat():
    photo = "Astronomers showed the first photo of a black hole on Wednesday, a ring of light around the M87 galaxy centre."
    image = "Scientists at six press conferences unveiled an image of the black hole, calling it a ring of light."
    index = story(("AFP", [photo]), ("AP", [image]), ("CNN", ["The telescope network spans four continents."]))
    assert placed_of(index, photo, image) == [photo]  # 'image' is the photo already told: little of it is new


def test_a_relative_day_is_told_as_the_day_its_own_article_meant():
    said = "A passenger plane yesterday collided with a coast guard aircraft on the runway at Lowmoor airport."
    quoted = "“I was let go at 3 am this morning,” the engineer wrote in a post about the airline's job cuts."
    for date, expected in (("2024-01-03", "yesterday: Tue 2 Jan 2024"), ("", "")):
        index = story(("AFP", [said]), ("AP", [quoted]), date=date)
        section = Section("News", "theme")
        placement = Placement(index, Themes(), 900, [section])
        for item in index.items:
            placement.place(section, FactLine(item=item, outlets=item.outlets))
        notes = {line.text: line.note for line in section.lines}
        assert notes[said] == expected and notes.get(quoted, "") == ""  # a quotation's day is its speaker's


PESKOV = "Kremlin spokesman Dmitry Peskov said the criminal case against the fighters' commander would be dropped."
UNNAMED = ("The authorities will not prosecute Harbor Legion members who took part in the march, he said, adding that they "
           "may sign contracts.")
OWN = ("General Anton Veller, commander of the northern army, was dismissed from his post, he told the Harbor Gazette "
       "on Wednesday.")


def test_a_fact_told_as_he_said_is_placed_only_when_the_line_names_him():
    index = story(("AFP", [PESKOV, UNNAMED]), ("AP", ["The harbour of the city was closed to shipping.", OWN]))
    placed = placed_of(index, UNNAMED, OWN)
    assert UNNAMED not in placed  # 'he' is Peskov, whom the line does not name ('Harbor Legion' is no one)
    assert OWN in placed  # 'he' is the general the line opens on


def test_a_line_that_only_says_something_is_not_known_yet_is_not_placed():
    from briefing.wording import not_yet_known

    stale = "Details of the agreement with the carmaker, the last holdout, were not immediately available."
    assert not_yet_known(stale) and not_yet_known("The names of the victims have not yet been released.")
    assert not not_yet_known("The shooter was a 71-year-old man, but the motive was not immediately clear.")
    assert not not_yet_known("Two people were killed and 11 injured when a gunman opened fire at a mall in Riverton, "
                             "and the motive was not immediately clear.")  # the deaths come first
    assert placed_of(story(("AFP", [SEIZED, stale])), stale) == []


FINAL = "The Riverton Rams beat the Lowmoor Lions 25-22 in overtime on Sunday to win the league final at Harbor Park."
KICKER = "Rams kicker Jon Pell tied the final for Riverton with a late field goal before the Rams won in overtime at Harbor Park."
FANS = "Rams fans celebrated the overtime win over the Lions with fireworks, singing and dancing in the streets."


def test_with_most_of_the_budget_left_a_fact_naming_someone_new_is_placed_though_it_shares_the_story_s_words():
    """On a story whose every fact names the same teams, the first novelty floor refuses the kicker's field goal
    (half its words are the final's); once the passes leave most of the budget, it is placed, while the fans'
    celebration, which names no one and gives no figure the briefing lacks, stays out."""
    index = story(("AFP", [FINAL, "The league said a record crowd watched the final."]), ("AP", [KICKER]), ("CNN", [FANS]))
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])

    def offer(text: str) -> bool:
        item = next(i for i in index.items if i.text == text)
        return placement.place(section, FactLine(item=item, outlets=item.outlets))

    assert offer(FINAL) and not offer(KICKER) and not offer(FANS)
    placement.relax()
    assert not offer(FANS) and offer(KICKER)
    assert [line.text for line in section.lines] == [FINAL, KICKER]


def test_two_players_figures_are_two_facts_not_two_accounts_of_one():
    rowe = "Patrick Rowe completed 34 of 46 passes for 333 yards and two touchdowns for the Rams."
    dane = "For the Lions, Brock Dane completed 23 of 38 passes for 255 yards and one touchdown."
    index = story(("AFP", [FINAL, rowe]), ("AP", [dane]))
    assert placed_of(index, rowe, dane) == [rowe, dane]


def test_with_most_of_the_budget_left_an_outlet_a_fact_credits_is_no_one_new():
    credited = FANS[:-1] + ", according to the Associated Press."
    index = story(("AFP", [FINAL, "The league said a record crowd watched the final."]), ("CNN", [credited]))
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    for text in (FINAL, credited):
        item = next(i for i in index.items if i.text == text)
        placement.place(section, FactLine(item=item, outlets=item.outlets))
    placement.relax()
    item = next(i for i in index.items if i.text == credited)
    assert not placement.place(section, FactLine(item=item, outlets=item.outlets))
    assert [line.text for line in section.lines] == [FINAL]


def test_what_they_said_takes_its_first_quotation_though_half_its_words_echo_the_facts():
    """'What they said' is not left empty because the coach's words echo the final's: its first quotation needs
    only the first-quote floor; a second as close to the facts is a repeat."""
    from briefing.model import QuoteLine
    from briefing.settings import PLACE

    coach = "“Overtime in a league final is special for any team,” Lions coach Sam Cole said after the Rams beat his team."
    index = story(("AFP", [FINAL, "The league said a record crowd watched the final."]), ("AP", [coach]))
    final, quoted = (next(i for i in index.items if i.text == text) for text in (FINAL, coach))

    def offer(said: Section) -> bool:
        placement = Placement(index, Themes(), 900, [])
        placement.place(Section("News", "theme"), FactLine(item=final, outlets=final.outlets))
        assert PLACE.min_novelty_first_quote <= placement.novelty(quoted) < PLACE.min_novelty_quote
        return placement.place(said, QuoteLine(item=quoted, outlets=quoted.outlets, quote=coach, speaker="Sam Cole"))

    assert offer(Section("What they said", "quotes"))
    earlier = Section("What they said", "quotes")
    earlier.lines.append(QuoteLine(item=None, quote="We played well.", speaker="Jon Pell"))
    assert not offer(earlier)


def test_one_statement_is_printed_once_as_a_quote_or_as_a_fact_line():
    from briefing.model import QuoteLine

    statement = "Power will change hands in a peaceful and orderly manner with goodwill on all sides"
    told = f"“{statement},” the outgoing prime minister Jane Roe said, calling the results sobering."
    index = story(("AFP", [FINAL, told]), ("AP", ["The league said a record crowd watched the final."]))
    item = next(i for i in index.items if i.text == told)
    other = next(i for i in index.items if i.text == FINAL)

    placement = Placement(index, Themes(), 900, [])
    assert placement.place(Section("News", "theme"), FactLine(item=item, outlets=item.outlets))
    said = Section("What they said", "quotes")
    quote = QuoteLine(item=other, outlets=other.outlets, quote=f"I take responsibility. {statement}", speaker="Jane Roe")
    assert not placement.place(said, quote)  # the fact line already prints the statement

    placement = Placement(index, Themes(), 900, [])
    assert placement.place(said := Section("What they said", "quotes"), quote)
    placement.sections.append(said)
    assert not placement.place(Section("News", "theme"), FactLine(item=item, outlets=item.outlets))


def test_a_line_naming_someone_by_surname_only_waits_until_a_line_names_them_in_full():
    full = "Riza Fahmi, director of operations at the airport authority, said 33 flights were cancelled."
    surname_only = "Ash closed the island's second runway until Friday, added Fahmi."
    index = story(("AFP", [SEIZED, surname_only]), ("AP", ["The harbour of the city was closed to shipping.", full]))
    assert surname_only not in placed_of(index, SEIZED, surname_only)  # who is Fahmi?
    assert placed_of(index, SEIZED, full, surname_only)[1:] == [full, surname_only]
    assert placed_of(index, surname_only) == [surname_only]  # the briefing's first line is chosen for what happened


def test_the_lead_introduces_whom_it_names_by_surname():
    lead = "Fahmi closed the airport on Thursday after the eruption sent ash over the runway."
    later = "Two flights to Bali were diverted to Jakarta on Friday, added Fahmi."
    full = "Riza Fahmi, director of operations at the airport authority, said 33 flights were cancelled."
    index = story(("AFP", [lead, later]), ("AP", ["The harbour of the city was closed to shipping.", full]))
    assert placed_of(index, lead, later) == [lead, later]


def test_another_outlet_whose_own_words_tell_a_placed_fact_is_cited_and_one_saying_otherwise_is_not():
    told = "Rebels seized Port Vale on Monday."
    index = story(("AFP", [told]),
                  ("AP", ["After a week of shelling that left the harbour in ruins, rebels seized Port Vale on Monday, "
                          "residents said."]),
                  ("CNN", ["Rebels did not seize Port Vale on Monday, the army said."]))
    sentence = next(s for s in index.sentences if s.text == told)
    alone = Item(id=len(index.items), text=told, members=(sentence,), outlets=("AFP",), salience=1.0)  # as if unmerged
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    assert placement.place(section, FactLine(item=alone, outlets=alone.outlets))
    placement.complete_citations()
    assert section.lines[0].outlets == ("AFP", "AP")  # not CNN, whose sentence says the opposite


def test_someone_is_introduced_where_the_reader_meets_them_not_where_the_placer_did():
    full = "Riza Fahmi, director of operations at the airport authority, said 33 flights were cancelled."
    surname_only = "Two flights to Bali were diverted to Jakarta on Friday, added Fahmi."
    index = story(("AFP", [SEIZED, surname_only]), ("AP", ["The harbour of the city was closed to shipping.", full]))
    first, later = Section("News", "theme"), Section("Later", "theme")
    placement = Placement(index, Themes(), 900, [first, later])
    for section, text in ((first, SEIZED), (later, full), (first, surname_only), (later, surname_only)):
        item = next(i for i in index.items if i.text == text)
        placement.place(section, FactLine(item=item, outlets=item.outlets))
    assert [line.text for line in first.lines] == [SEIZED]  # read before the line that says who Fahmi is
    assert [line.text for line in later.lines] == [full, surname_only]


def test_a_company_or_an_actor_sharing_a_minor_person_s_surname_needs_no_introduction():
    heir = "Abigail Disney, an heir to the family fortune, criticised the bonus."
    shares = "Disney shares fell 2% after the results were announced on Thursday."
    index = story(("AFP", [SEIZED, shares]), ("AP", ["The harbour of the city was closed to shipping.", heir]))
    assert shares in placed_of(index, SEIZED, shares)
    nominee = "Trump was formally nominated on Monday evening in Milwaukee."
    index = story(("AFP", [SEIZED, "Lara Trump addressed the delegates.", nominee]),
                  ("AP", ["Donald Trump chose his running mate on Saturday."]),
                  ("CNN", ["Donald Trump spoke for 90 minutes on Thursday."]),
                  ("BBC", ["Donald Trump rallied in Pennsylvania a week earlier."]))
    assert nominee in placed_of(index, SEIZED, nominee)  # the actor, not his daughter-in-law


def test_a_sentence_near_a_placed_fact_naming_someone_else_is_not_cited_for_it():
    told = "Ohtani agreed to a 10-year, $700 million contract with the Dodgers on Saturday."
    index = story(("AFP", [told]),
                  ("BBC", ["Ohtani turned down a 10-year, $700 million offer from the Blue Jays on Saturday, reports said."]))
    sentence = next(s for s in index.sentences if s.text == told)
    alone = Item(id=len(index.items), text=told, members=(sentence,), outlets=("AFP",), salience=1.0)
    section = Section("News", "theme")
    placement = Placement(index, Themes(), 900, [section])
    assert placement.place(section, FactLine(item=alone, outlets=alone.outlets))
    placement.complete_citations()
    assert section.lines[0].outlets == ("AFP",)
