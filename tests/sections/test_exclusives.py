"""Single-source reports: a fact one voice reported, naming what no other voice mentions."""

from __future__ import annotations

from tests.sections.helpers import fill, story

SHARED = "Rebels seized the northern city of Port Vale on Monday after heavy fighting."


def test_a_fact_naming_someone_only_one_outlet_mentions_is_exclusive():
    index = story(("AFP", [SHARED, "General Omar Tindi was captured by the rebels near the harbour, a source said."]),
                  ("AP", ["Rebel fighters seized Port Vale, a northern city, on Monday after heavy fighting."]))
    section = fill("exclusives", index)
    assert [line.text for line in section.lines] == [
        "General Omar Tindi was captured by the rebels near the harbour, a source said."]
    assert section.lines[0].outlets == ("AFP",)


def test_a_fact_every_outlet_tells_is_not_exclusive():
    index = story(("AFP", [SHARED]), ("AP", ["Rebel fighters seized Port Vale, a northern city, on Monday after heavy fighting."]))
    assert fill("exclusives", index).lines == []


def test_a_detail_only_one_outlet_adds_to_everyones_news_does_not_make_it_exclusive():
    """A single-source report would be false: AP tells the same sentencing, only without the judge's name."""
    index = story(("AFP", [SHARED, "Judge Mara Quint sentenced the rebel commander to two consecutive life terms "
                                   "on Friday in the capital."]),
                  ("AP", ["Rebel fighters seized Port Vale, a northern city, on Monday after heavy fighting.",
                          "The rebel commander will spend the rest of his life in prison after a court sentenced him "
                          "on Friday."]))
    assert fill("exclusives", index).lines == []


def test_figures_another_outlet_gives_in_other_spellings_and_an_outlet_credit_make_no_exclusive():
    """'Oct. 2 and Oct. 9' is 'October 2nd through October 9th'; 'the Harbor Times reported' names a source, not news."""
    dated = "The ratification vote will be held between Oct. 2 and Oct. 9, the Harbor Times reported."
    index = story(("AFP", [SHARED, dated]),
                  ("AP", ["Rebel fighters seized Port Vale, a northern city, on Monday after heavy fighting.",
                          "Members of the union will be able to vote from October 2nd through October 9th."]))
    assert fill("exclusives", index).lines == []
