"""Themes: facts go to the template theme they are about, or to discovered themes; items are not edited."""

from __future__ import annotations

from briefing.template import SectionSpec
from briefing.themes import assign_to_template, discover, readable_title, title_phrases
from tests.sections.helpers import story

FIGHTING = ["Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
            "Rebel artillery shelled the airport of Port Vale overnight, killing two soldiers.",
            "Government troops retreated south of Port Vale after the battle."]
ECONOMY = ["The central bank raised interest rates to 18 percent to defend the currency.",
           "The currency lost a third of its value against the dollar this year, the central bank said.",
           "Bank deposits fell by a tenth as savers moved money abroad."]


def test_each_fact_goes_to_the_template_theme_it_is_about():
    index = story(("AFP", FIGHTING), ("AP", ECONOMY))
    specs = [SectionSpec("theme", "Fighting", terms=["rebels", "troops", "shelled", "battle", "seized"]),
             SectionSpec("theme", "Economy", terms=["bank", "currency", "interest rates", "deposits"])]
    themes = assign_to_template(index, specs, "Other")
    for item in index.items:
        assert themes.section_of[item.id] == ("Economy" if item.text in ECONOMY else "Fighting"), item.text
    assert themes.fit == 1.0
    assert all(not hasattr(item, "section") for item in index.items)


def test_a_story_the_template_does_not_fit_scores_a_low_fit():
    index = story(("AFP", FIGHTING))
    themes = assign_to_template(index, [SectionSpec("theme", "Elections", terms=["ballot", "vote", "turnout"])], None)
    assert themes.fit < 0.3


def test_discovered_themes_cover_every_fact_and_use_words_of_their_facts():
    index = story(("AFP", FIGHTING + ECONOMY), ("AP", ["Savers queued outside banks as the currency fell again.",
                                                      "Rebels said they would march on the capital next."]))
    themes = discover(index)
    assert set(themes.section_of) == {item.id for item in index.items}
    assert set(themes.section_of.values()) == set(themes.titles)


def test_a_section_title_is_a_phrase_its_facts_share_not_a_word_list():
    texts = ["The death toll from the earthquake rose to 2,122 on Sunday, state television said.",
             "Officials expect the death toll to rise as rescuers reach remote villages.",
             "The death toll was 820 on Saturday morning."]
    index = story(("AFP", texts), ("AP", ["Rescuers searched the rubble of collapsed homes in the High Atlas."]))
    title = readable_title(texts, index, set())
    assert title == "Death toll"
    assert "," not in title and all(w.lower() in " ".join(texts).lower() for w in title.split())


def test_a_title_never_cuts_a_name_or_glues_a_role_to_it():
    texts = ["Kremlin aide Yuri Ushakov said the plan was hasty.", "Kremlin aide Yuri Ushakov met the envoy."]
    index = story(("AFP", texts))
    assert readable_title(texts, index, set()) in {"Yuri Ushakov", "Kremlin"}
    assert "State Antony Blinken" not in title_phrases("US Secretary of State Antony Blinken called the president.")
    assert not title_phrases("A memo from the Cybersecurity and Infrastructure Security Agency said it.") & {
        "Infrastructure Security Agency", "Cybersecurity", "Security Agency"}
    assert not title_phrases("Slovak President Zuzana Čaputová confirmed that a suspect has been detained.") & {
        "Slovak President Zuzana", "President Zuzana", "Zuzana"}  # a name in any script is one name


def test_a_title_never_runs_across_a_comma():
    from briefing.themes import title_phrases

    phrases = title_phrases("The damage came into sharper focus, four days after the blaze, in Howrah, West Bengal.")
    assert not any(p in phrases for p in ("focus four days", "Howrah West Bengal", "blaze Howrah"))
    assert "damage" in phrases and "West Bengal" in phrases


def test_a_title_is_never_a_verb_and_its_object_nor_a_name_joined_to_a_common_word():
    from briefing.themes import title_phrases

    phrases = title_phrases("The bank will provide severance payments to staff of Harbor and remains open.")
    assert not any(p in phrases for p in ("provide severance", "provide severance payments", "Harbor and remains"))
    assert "severance payments" in phrases
    assert "peace and economics" in title_phrases("Prizes were awarded in peace and economics earlier.")


def test_who_reports_the_news_never_titles_it():
    from briefing.themes import title_phrases

    phrases = title_phrases("Reuters journalists saw rescue teams digging through the rubble with bare hands.")
    assert not any(p in phrases for p in ("Reuters journalists", "journalists", "Reuters"))
    assert "rubble" in phrases and "bare hands" in phrases


def test_a_discovered_section_with_no_shared_phrase_is_never_titled_theme_n():
    from briefing.pipeline import fallback_title

    used = {"also reported"}
    assert fallback_title(used) == "More developments" and fallback_title(used) == "More developments (2)"


def test_a_tie_between_title_phrases_is_broken_the_same_way_in_every_run():
    texts = ["Flood barriers and water pumps were deployed on Monday.",
             "More flood barriers and water pumps arrived on Tuesday."]
    index = story(("AFP", texts), ("AP", ["Rescuers searched the rubble of collapsed homes in the High Atlas."]))
    assert readable_title(texts, index, set()) == "Flood barriers"  # tied with "water pumps": the phrase decides


def test_themes_of_one_fact_go_together_after_the_themes_and_keep_their_theme_in_the_json():
    from briefing.model import FactLine, Section
    from briefing.pipeline import retitle
    from briefing.themes import Themes

    texts = ["The death toll from the earthquake rose to 2,122 on Sunday, state television said.",
             "Officials expect the death toll to rise as rescuers reach remote villages.",
             "The king declared three days of national mourning.",
             "Football matches were called off across the country."]
    index = story(("AFP", texts))
    item = {i.text: i for i in index.items}
    toll, mourning, football = (Section(f"Theme {n}", "theme", discovered=True) for n in (1, 2, 3))
    toll.lines = [FactLine(item=item[t], outlets=("AFP",)) for t in texts[:2]]
    mourning.lines, football.lines = [FactLine(item=item[texts[2]], outlets=("AFP",))], [FactLine(item=item[texts[3]],
                                                                                                   outlets=("AFP",))]
    quotes = Section("What they said", "quotes")
    sections = [toll, mourning, football, quotes]
    theme_of = retitle(sections, Themes({i.id: s.title for s in sections[:3] for i in s.items}), index)
    assert [s.title for s in sections] == ["Death toll", "Also reported", "What they said"]
    assert sorted(line.text for line in sections[1].lines) == sorted(texts[2:])
    assert theme_of[item[texts[2]].id] == theme_of[item[texts[3]].id] == "Also reported"


def test_amounts_empty_adjectives_and_bare_abstract_nouns_title_nothing():
    from briefing.themes import title_phrases

    phrases = title_phrases("Under a lot of pressure and with a full picture still missing, he found inspiration "
                            "in the signal failure at the station.")
    assert not {"lot of pressure", "full picture", "inspiration"} & {p.lower() for p in phrases}
    assert "signal failure" in phrases


def test_amounts_someones_words_and_a_verb_with_its_object_title_nothing():
    assert not title_phrases("Mehta issued his decision three months after the closing arguments.") & {
        "decision three months", "three months"}
    assert "hard-won achievements" not in {p.lower() for p in title_phrases(
        "Bazoum tweeted: “The hard-won achievements will be safeguarded.”")}
    assert "data shows" not in {p.lower() for p in title_phrases("Recent data shows the jobless rate has risen.")}
    assert "Rescue teams" in title_phrases("Rescue teams reached the village on Monday.")


def test_a_name_only_one_of_the_section_s_facts_uses_does_not_title_it():
    texts = ["Police officer Rajesh Singh said overcrowding may have been a factor in the crush.",
             "Unverified videos on social media showed bodies outside a local hospital."]
    index = story(("AFP", texts), ("AP", ["The crush killed 116 people at a religious gathering on Tuesday."]))
    assert readable_title(texts, index, set()) not in {"Rajesh Singh", "Police officer Rajesh Singh"}
    named = ["Kremlin aide Yuri Ushakov said the plan was hasty.", "Kremlin aide Yuri Ushakov met the envoy."]
    assert readable_title(named, story(("AFP", named)), set()) in {"Yuri Ushakov", "Kremlin"}  # both facts: it may


def test_a_verb_and_its_object_are_no_title():
    assert not title_phrases("Police are working to identify accomplices of the gunmen.") & {
        "identify accomplices", "Identify accomplices"}
    assert "Hung floral garlands" not in title_phrases("Hung floral garlands greeted the rescued men.")
    assert "floral garlands" in title_phrases("Workers hung floral garlands on the rescued men.")


def test_one_facts_detail_titles_no_section_but_a_word_two_facts_use_may():
    texts = ["The gunman, wearing beige trousers, fired twice at the senator from behind.",
             "The senator was flown to hospital in Port Vale, where doctors operated for five hours.",
             "Police detained a 41-year-old man at the scene."]
    index = story(("AFP", texts), ("AP", ["Rebels seized the northern city of Port Vale on Monday."]))
    assert readable_title(texts, index, set()) == ""  # 'Beige trousers' is one line's detail: 'Also reported'
    rescue = ["Rescue teams pulled 12 survivors from the rubble of the school.",
              "Two more survivors were found alive on Tuesday, the rescue service said.",
              "The school had 300 pupils."]
    index = story(("AFP", rescue), ("AP", ["Rebels seized the northern city of Port Vale on Monday."]))
    assert readable_title(rescue, index, set()).lower().split()[-1] in {"survivors", "teams", "service", "rescue"}


def test_an_empty_adjective_opens_no_title():
    texts = ["Harbor downed 77 drones overnight, while Riverton said it downed dozens fired at multiple regions.",
             "Riverton's advances in the region came after aid was paused, analysts said."]
    index = story(("AFP", texts), ("AP", ["Rebels seized the northern city of Port Vale on Monday."]))
    assert readable_title(texts, index, set()) != "Multiple regions"
