"""Ingest on the five sample articles: the mess of real scraped copy comes out clean."""

from __future__ import annotations

import pytest


def all_sentences(sources):
    return [s.text for source in sources.values() for s in source.sentences]


def test_no_mojibake_or_replacement_character_reaches_a_sentence(seed_sources):
    for text in all_sentences(seed_sources):
        assert "鈥" not in text and "\ufffd" not in text, text


def test_ap_article_with_gbk_mojibake_comes_out_with_proper_quotes(seed_sources):
    ap = [s.text for s in seed_sources["002"].sentences]
    assert any(t.startswith("“So the idea itself is correct") for t in ap)
    assert any("Moscow’s view of the ceasefire proposal" in t for t in ap)
    # A third byte lost before a space between words comes back as a dash.
    joined = " ".join(ap)
    assert "Ukraine’s top military commander" in joined


@pytest.mark.parametrize(
    "junk",
    [
        "contributed to this report",
        "Tucker Reals",
        "Russian Pool/Reuters",
        "Comments",
        "With AFP",
        "#Putin",
        "BREAKING NEWS UPDATE",
        "Follow AP",
        "This story has been corrected",
        "This is a developing story",
        "The Associated Press",
        "has asked the White House",
        "___",
    ],
)
def test_boilerplate_does_not_survive_as_a_sentence(seed_sources, junk):
    for text in all_sentences(seed_sources):
        assert junk not in text, text


def test_outlets_come_from_signatures_and_wire_copies(seed_sources):
    outlets = {key: source.outlet for key, source in seed_sources.items()}
    assert outlets == {"000": "AFP", "001": "CBS News", "002": "AP", "003": "AFP", "004": "CNN"}
    assert "wire copy" in seed_sources["003"].outlet_from


def test_repeated_headline_is_found_once(seed_sources):
    cbs = seed_sources["001"]
    assert cbs.headline.startswith("Putin backs Trump’s push for Ukraine ceasefire in principle")
    assert not any(s.text.startswith("Putin backs Trump’s push") for s in cbs.sentences)
    assert [d.rule for d in cbs.dropped].count("repeated headline") == 1


def test_date_line_becomes_metadata_not_text(seed_sources):
    afp = seed_sources["003"]
    assert afp.date == "2025-03-13"
    assert afp.sentences[0].text.startswith("US negotiators travelled to Russia")


def test_subheads_are_context_not_sentences(seed_sources):
    afp = seed_sources["000"]
    assert not any(s.text in ("Battle for Kursk", "'Temporary breather'") for s in afp.sentences)
    sudzha = next(s for s in afp.sentences if "liberated" in s.text)
    assert sudzha.context == "Battle for Kursk"


@pytest.mark.parametrize(
    "fragment",
    ["U.S. proposal for a 30-day", "Mr. Trump’s push", "Gen. Oleksandr Syrskyi, said", "Maj. Gen. Dmytro",
     "Feb. 24, 2022", "American colleagues... Maybe have a phone call"],
)
def test_abbreviations_and_ellipses_stay_inside_one_sentence(seed_sources, fragment):
    texts = all_sentences(seed_sources)
    assert any(fragment in t for t in texts), fragment


def test_hard_wrapped_quote_is_joined(seed_sources):
    assert any("RIA news agency “It will be necessary to work" in t for t in all_sentences(seed_sources))


@pytest.mark.parametrize(
    "broken",
    ["a key town in , where", "special envoy, .", "The U.S. on Tuesday of military aid",
     "three years ago with", "on an American-proposed that", "Ukraine has — whether"],
)
def test_sentences_broken_by_stripped_links_are_flagged(seed_sources, broken):
    ap = seed_sources["002"]
    assert not any(broken in s.text for s in ap.sentences)
    flagged = [d for d in ap.dropped if broken in d.text]
    assert flagged and flagged[0].rule in {"empty link slot", "words missing", "stops mid-phrase", "noun missing"}


def test_good_sentences_with_tricky_words_are_kept(seed_sources):
    texts = all_sentences(seed_sources)
    assert any(t.startswith('“We agree with proposals to cease hostilities, but on the basis that that') for t in texts)
    assert any(t.startswith('“That is what we are striving for.') for t in texts)
