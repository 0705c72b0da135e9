"""Theme sections: each theme's facts, best first, each fact once."""

from __future__ import annotations

from briefing.model import Section
from briefing.sections import KINDS
from briefing.sections.placer import Placement
from briefing.themes import Themes
from tests.sections.helpers import story


def test_two_themes_each_get_their_own_facts_best_first():
    index = story(("AFP", ["Rebels seized the northern city of Port Vale on Monday after heavy fighting.",
                           "The central bank raised interest rates to 18 percent to defend the currency.",
                           "Rebels also shelled the airport of Port Vale overnight, destroying two cargo planes, officials said."]))
    theme_of = {i.id: "Economy" if "bank" in i.text else "Fighting" for i in index.items}
    themes = Themes(theme_of, {i.id: 1.0 for i in index.items}, [])
    fighting, economy = Section("Fighting", "theme", max_items=5), Section("Economy", "theme", max_items=5)
    placement = Placement(index, themes, 900, [fighting, economy])
    KINDS["theme"].fill([fighting, economy], placement)
    KINDS["theme"].top_up([fighting, economy], placement)
    for section in (fighting, economy):
        section.lines.sort(key=KINDS["theme"].line_order)
    assert [line.text for line in economy.lines] == [i.text for i in index.items if "bank" in i.text]
    assert len(fighting.lines) == 2 and all("Port Vale" in line.text for line in fighting.lines)
    scores = [line.item.score for line in fighting.lines]
    assert scores == sorted(scores, reverse=True)


def test_a_theme_section_holds_no_more_than_its_max_items():
    index = story(("AFP", ["The river burst its banks in Lowmoor and flooded two hundred homes on Monday.",
                           "Army helicopters lifted forty stranded farmers from rooftops near Eastbridge.",
                           "Rail traffic between the capital and the coast was suspended until further notice.",
                           "Insurers estimated the damage to crops at twelve million dollars."]))
    section = Section("Floods", "theme", max_items=2)
    placement = Placement(index, Themes({i.id: "Floods" for i in index.items}), 900, [section])
    KINDS["theme"].fill([section], placement)
    KINDS["theme"].top_up([section], placement)
    assert len(section.lines) == 2
