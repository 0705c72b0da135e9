"""bench/trust.py, the editor's checks: each scorer on hand-made briefing JSON and gold, then one real run."""

from __future__ import annotations

import importlib.util
import json
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent


def load_trust():
    """bench/ is not a package: load bench/trust.py by path (registered so its dataclasses work)."""
    spec = importlib.util.spec_from_file_location("bench_trust", ROOT / "bench" / "trust.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules["bench_trust"] = module
    spec.loader.exec_module(module)
    return module


trust = load_trust()

# A tiny story of our own: a warehouse fire told by three outlets.
ARTICLES = {
    "fire-01.txt": """Warehouse fire kills three in Riverton

By Ann Cole, Riverton Gazette

RIVERTON — A fire destroyed the Harlan chemical warehouse in Riverton on Tuesday night, killing three workers, officials said.

Fire chief Maria Lopez said crews fought the blaze for six hours. "We will rebuild trust with every family on this street," Lopez said.

The cause of the fire is under investigation, police said.
""",
    "fire-02.txt": """Three dead as blaze guts Riverton warehouse

A fire destroyed the Harlan chemical warehouse in Riverton on Tuesday night, killing three workers.

Mayor Tom Reyes ordered 200 nearby homes evacuated because of toxic smoke. "Nobody goes back until the air is clean," Reyes said.

Photo by Sam Hill / Daily Star

Read more: Riverton news

© Daily Star 2025
""",
    "fire-03.txt": """Riverton warehouse fire: what we know

Source: Valley Courier

A fire destroyed the Harlan chemical warehouse in Riverton on Tuesday night, killing four workers, according to early reports.

Some 200 homes near the warehouse were evacuated overnight on the mayor's orders.

"It was like the sky was burning," a neighbour said.
""",
}

GOLD = {
    "story": "riverton-fire",
    "question": "How many homes were evacuated?",
    "focus_facts": ["evacuation"],
    "files": {
        "fire-01.txt": {"outlet": "Riverton Gazette", "aliases": ["Gazette"], "named_in_text": True, "agency": ""},
        "fire-02.txt": {"outlet": "Daily Star", "aliases": [], "named_in_text": True, "agency": ""},
        "fire-03.txt": {"outlet": "Valley Courier", "aliases": [], "named_in_text": True, "agency": ""},
    },
    "key_facts": [
        {"id": "fire", "lead": True, "text": "A fire destroyed the Harlan warehouse on Tuesday",
         "match": [["fire", "blaze"], ["warehouse"], ["destroy", "gut"]]},
        {"id": "evacuation", "text": "200 homes were evacuated", "match": [["200"], ["evacuat"]]},
        {"id": "cause", "text": "The cause is under investigation", "match": [["cause"], ["investigat"]]},
    ],
    "quotes": [
        {"text": "We will rebuild trust with every family", "speaker": "Maria Lopez", "file": "fire-01.txt"},
        {"text": "Nobody goes back until the air is clean", "speaker": "Tom Reyes", "file": "fire-02.txt"},
        {"text": "It was like the sky was burning", "speaker": None, "file": "fire-03.txt"},
    ],
    "people": [
        {"name": "Maria Lopez", "aliases": ["Lopez"], "role": "fire chief", "key": True},
        {"name": "Tom Reyes", "aliases": ["Reyes"], "role": "mayor", "key": True},
        {"name": "Ann Cole", "aliases": [], "role": "reporter", "key": False},
    ],
    "not_people": ["Harlan Chemicals", "Riverton Gazette"],
    "events": [{"text": "the fire", "match": [["fire"], ["Tuesday"]], "date": "2025-03-11", "precision": "day"}],
    "differences": [{"what": "number of workers killed", "values": ["three (Gazette, Daily Star)", "four (Valley Courier)"],
                     "kind": "conflict"}],
    "junk": ["Photo by Sam Hill", "Read more: Riverton news"],
}


def section(kind: str, title: str, items: list[dict] | None = None, lines: list[dict] | None = None) -> dict:
    """One section of the briefing JSON, in today's shape."""
    return {"kind": kind, "title": title, "intro": "", "items": items or [], **({"lines": lines} if lines else {})}


def item(text: str, *outlets: str, note: str = "") -> dict:
    return {"text": text, "score": 1.0, "section": "", "outlets": list(outlets), **({"note": note} if note else {})}


def doc(*sections: dict, sources: list[dict] | None = None) -> dict:
    return {"title": "Briefing: Warehouse fire kills three in Riverton", "date_line": "", "stats": {},
            "sections": list(sections), "sources": sources or []}


def test_an_outlet_whose_article_does_not_say_it_is_an_unsupported_citation():
    # Valley Courier says four workers, not three: citing it for "three" is not supported.
    briefing = doc(section("key_points", "Key points", [item(
        "A fire destroyed the Harlan chemical warehouse in Riverton on Tuesday night, killing three workers.",
        "Riverton Gazette", "Daily Star", "Valley Courier")]))
    scores = trust.score_citations(trust.body_lines(briefing), GOLD, [], ARTICLES)
    assert scores["citation_support"] == {"num": 2, "den": 3, "value": 0.6667}
    assert [bad["outlet"] for bad in scores["unsupported"]] == ["Valley Courier"]


def test_a_figure_written_with_more_decimals_is_the_same_figure():
    assert trust.numbers("lowering the range to 4.75%-5.00%") == trust.numbers("to the range of 4.75% - 5.0%")
    assert trust.numbers("rose 5.5%") != trust.numbers("rose 5%")


def test_a_name_written_without_its_accents_is_the_same_name():
    line = trust.Line(kind="people", title="Who is who", text="Marie-José Pérec", fact="Marie-José Pérec")
    assert trust.supported(line, "Marie-Jose Perec lit the Olympic cauldron with Teddy Riner.")
    assert not trust.supported(line, "Teddy Riner lit the Olympic cauldron.")


def test_an_agency_shown_by_either_of_its_names_is_right():
    gold = {"files": {"a.txt": {"outlet": "The Week", "named_in_text": False, "agency": "Press Trust of India (PTI)"}}}
    for shown in ("Press Trust of India", "PTI"):
        rows = [trust.SourceRow(file="a.txt", outlet=shown, unattributed=False)]
        assert trust.score_outlets(rows, gold)["outlet_accuracy_all"]["value"] == 1.0, shown


def test_a_citation_to_an_outlet_absent_from_the_story_is_unsupported():
    briefing = doc(section("theme", "Evacuation", [item("Mayor Tom Reyes ordered 200 nearby homes evacuated.", "CNN")]))
    scores = trust.score_citations(trust.body_lines(briefing), GOLD, [], ARTICLES)
    assert scores["citation_support"]["num"] == 0 and scores["unsupported"][0]["files"] == []


def test_a_wrong_speaker_is_counted_wrong_and_an_unnamed_speaker_is_not():
    briefing = doc(section("quotes", "What they said", lines=[
        {"text": "“We will rebuild trust with every family on this street” — Tom Reyes, Mayor", "citation": "Riverton Gazette"},
        {"text": "“Nobody goes back until the air is clean” — Reyes, Mayor", "citation": "Daily Star"},
        {"text": "“It was like the sky was burning” — Maria Lopez, fire chief", "citation": "Valley Courier"},
    ]))
    scores = trust.score_quotes(trust.body_lines(briefing), GOLD)
    assert scores["speaker_accuracy"] == {"num": 1, "den": 3, "value": 0.3333}
    assert scores["speaker_wrong"] == 2  # Lopez's words given to Reyes; a speaker for an unnamed neighbour
    assert {w["shown"] for w in scores["wrong_speakers"]} == {"Tom Reyes", "Maria Lopez"}


def test_typed_quote_fields_are_read_as_the_display_string_is():
    typed = doc(section("quotes", "What they said", lines=[
        {"text": "“Nobody goes back until the air is clean” — Tom Reyes, Mayor", "outlets": ["Daily Star"],
         "quote": "Nobody goes back until the air is clean", "speaker": {"name": "Tom Reyes", "role": "Mayor"}}]))
    plain = doc(section("quotes", "What they said", lines=[
        {"text": "“Nobody goes back until the air is clean” — Tom Reyes, Mayor", "citation": "Daily Star"}]))
    for briefing in (typed, plain):
        [line] = trust.body_lines(briefing)
        assert (line.speaker, line.role, line.quote, line.outlets) == (
            "Tom Reyes", "Mayor", "Nobody goes back until the air is clean", ["Daily Star"])


def test_a_fact_told_twice_is_counted_and_the_lead_is_found_in_the_key_points():
    briefing = doc(
        section("key_points", "Key points", [item("A fire destroyed the Harlan chemical warehouse in Riverton.", "Daily Star")]),
        section("theme", "The fire", [item("The blaze gutted the Harlan warehouse overnight.", "Daily Star"),
                                      item("The fire is under investigation, police said.", "Riverton Gazette")]))
    scores = trust.score_facts(trust.body_lines(briefing), GOLD)
    assert scores["facts_twice"] == 1
    assert scores["facts_told_more_than_once"] == {"fire": 2}
    assert scores["key_facts_carried"]["num"] == 1 and scores["facts_missing"] == ["evacuation", "cause"]
    assert scores["lead_in_key_points"]["value"] == 1.0 and scores["lead_first"]["value"] == 1.0


def test_a_lead_told_second_is_not_first_and_a_person_entry_tells_no_fact():
    briefing = doc(
        section("key_points", "Key points", [item("The cause is under investigation, police said.", "Daily Star"),
                                             item("A fire destroyed the Harlan warehouse in Riverton.", "Daily Star")]),
        section("people", "Who is who", lines=[
            {"text": "Maria Lopez — chief investigating the cause of the fire", "citation": "Daily Star"}]))
    scores = trust.score_facts(trust.body_lines(briefing), GOLD)
    assert scores["lead_in_key_points"]["value"] == 1.0 and scores["lead_first"]["value"] == 0.0
    assert scores["facts_twice"] == 0 and scores["key_facts_carried"]["num"] == 2


def test_a_word_list_title_and_a_title_with_a_term_its_items_never_use_are_caught():
    briefing = doc(
        section("theme", "Fire, warehouse, chief", [item("A fire destroyed the warehouse.", "Daily Star")]),
        section("theme", "Toxic smoke", [item("Homes were evacuated because of toxic smoke.", "Daily Star")]),
        section("theme", "Rescue efforts", [item("Crews fought the blaze for six hours.", "Riverton Gazette")]),
        section("theme", "Evacuation efforts", [item("200 homes were evacuated overnight.", "Valley Courier")]))
    scores = trust.score_titles(trust.body_lines(briefing))
    assert scores["wordlist_titles"] == 2
    assert [b["title"] for b in scores["bad_titles"]] == ["Fire, warehouse, chief", "Rescue efforts"]


def test_people_that_are_not_people_and_missing_key_people():
    briefing = doc(section("people", "Who is who", lines=[
        {"text": "Maria Lopez — fire chief", "citation": "Riverton Gazette"},
        {"text": "Harlan Chemicals — company", "citation": "Daily Star"},
        {"text": "Riverton Mall", "citation": "Daily Star"}]))
    scores = trust.score_people(trust.body_lines(briefing), GOLD)
    assert scores["people_precision"]["value"] == pytest.approx(1 / 3, abs=1e-3)
    assert scores["not_people_listed"] == ["Harlan Chemicals", "Riverton Mall"]
    assert scores["key_people_recall"]["value"] == 0.5 and scores["key_people_missing"] == ["Tom Reyes"]
    assert scores["people_roles"]["value"] == 1.0


def test_timeline_dates_outlets_junk_and_false_differences():
    briefing = doc(
        section("timeline", "Timeline", lines=[
            {"text": "Wed 12 Mar 2025: A fire destroyed the warehouse on Tuesday night.", "citation": "Daily Star"},
            {"text": "Mar 2025: Some homes were evacuated.", "citation": "Valley Courier"}]),
        section("differences", "Where accounts differ", lines=[
            {"text": "four workers: killing four workers", "citation": "Valley Courier"},
            {"text": "Tuesday: Crews fought the blaze on Tuesday", "citation": "Riverton Gazette"}]),
        section("theme", "The scene", [item("Photo by Sam Hill / Daily Star", "Daily Star"),
                                       item("RIVERTON _ Smoke hung over the town.", "Daily Star")]),
        sources=[{"file": "/x/fire-01.txt", "outlet": "Riverton Gazette", "outlet_from": "signature"},
                 {"file": "/x/fire-02.txt", "outlet": "Photo", "outlet_from": "signature"},
                 {"file": "/x/fire-03.txt", "outlet": "fire-03", "outlet_from": "file name"}])
    lines = trust.body_lines(briefing)
    dates = trust.score_dates(lines, GOLD)
    assert dates["date_accuracy"]["value"] == 0.0 and dates["wrong_dates"][0]["gold"] == ["2025-03-11"]
    assert dates["dated_unmatched"] == 1
    assert trust.score_differences(lines, GOLD)["false_differences"] == 1
    junk = trust.score_junk(lines, GOLD)["junk"]
    assert [(j["text"][:8], j["rule"].split(":")[0]) for j in junk] == [("Photo by", "gold"), ("RIVERTON", "shape")]
    outlets = trust.score_outlets(trust.source_rows(briefing), GOLD)
    assert outlets["outlet_accuracy_named"]["value"] == pytest.approx(1 / 3, abs=1e-3)
    assert {w["file"] for w in outlets["wrong_outlets"]} == {"fire-02.txt", "fire-03.txt"}


def test_a_drop_beyond_the_tolerance_is_a_regression_and_a_drop_within_it_is_not():
    before = {"stories": {"s": {"citation_support": {"value": 0.90}, "junk_lines": 2}},
              "overall": {"citation_support": {"value": 0.90}, "junk_lines": 2}}
    within = {"stories": {"s": {"citation_support": {"value": 0.89}, "junk_lines": 2}},
              "overall": {"citation_support": {"value": 0.89}, "junk_lines": 2}}
    worse = {"stories": {"s": {"citation_support": {"value": 0.85}, "junk_lines": 3}},
             "overall": {"citation_support": {"value": 0.85}, "junk_lines": 3}}
    assert trust.regressions(within, before) == []
    found = trust.regressions(worse, before)
    assert len(found) == 4 and any("overall junk_lines: 2 -> 3" in f for f in found)


def test_no_stories_is_a_clean_exit_with_a_message_and_a_broken_gold_file_is_named(tmp_path, capsys):
    gold = tmp_path / "gold"
    gold.mkdir()
    (gold / "broken.yaml").write_text("key_facts: [unclosed\n", encoding="utf-8")
    code = trust.main(["--stories", str(tmp_path / "none"), "--gold", str(gold),
                       "--result", str(tmp_path / "r.json"), "--baseline", str(tmp_path / "b.json")])
    assert code == 0
    out = capsys.readouterr().out
    assert "broken.yaml: not valid YAML" in out and "no stories with gold found" in out
    assert not (tmp_path / "r.json").exists()


def test_the_real_tool_on_a_composed_story_is_scored_and_compared_with_its_own_baseline(tmp_path, capsys):
    story = tmp_path / "stories" / "riverton-fire"
    story.mkdir(parents=True)
    for name, text in ARTICLES.items():
        (story / name).write_text(text, encoding="utf-8")
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "riverton-fire.yaml").write_text(json.dumps(GOLD), encoding="utf-8")  # JSON is YAML
    args = ["--stories", str(tmp_path / "stories"), "--gold", str(gold_dir),
            "--result", str(tmp_path / "trust.json"), "--baseline", str(tmp_path / "baseline.json")]

    assert trust.main([*args, "--update-baseline"]) == 0
    printed = capsys.readouterr().out
    assert "| riverton-fire |" in printed and "| **overall** (1) |" in printed
    scores = json.loads((tmp_path / "trust.json").read_text())["stories"]["riverton-fire"]
    assert scores["crashes"] == 0
    # Every (line, outlet) pair of the real briefing is counted, and the main fact, told by all three, is carried.
    assert scores["citation_support"]["den"] >= 3
    assert "fire" not in scores["facts_missing"]
    assert scores["outlet_accuracy_all"]["den"] == 3
    assert scores["focus_recall"]["den"] == 1

    assert trust.main([*args, "--no-focus"]) == 0  # the same tool on the same story: no regression
    assert "no regression against the stored baseline" in capsys.readouterr().out


def test_a_source_headline_titling_the_briefing_is_no_junk_where_the_page_repeats_it():
    gold = {**GOLD, "junk": [*GOLD["junk"], "Warehouse fire kills three in Riverton"],
            "files": {**GOLD["files"], "fire-01.txt": {**GOLD["files"]["fire-01.txt"],
                                                       "headline": "Warehouse fire kills three in Riverton"}}}
    briefing = doc(section("theme", "Fire", [item("Warehouse fire kills three in Riverton", "Daily Star")]))
    lines = [trust.title_line(briefing), *trust.body_lines(briefing)]
    assert [j["section"] for j in trust.score_junk(lines, gold)["junk"]] == ["theme"]


def test_a_one_word_junk_entry_is_junk_only_as_a_whole_line():
    gold = {**GOLD, "junk": ["Statement", "Read more: Riverton news"]}
    lines = trust.body_lines(doc(section("theme", "The scene", [
        item("Statement", "Daily Star"),
        item("The council said in a statement that the warehouse would be rebuilt.", "Daily Star"),
        item("Read more: Riverton news about the fire", "Daily Star")])))
    junk = trust.score_junk(lines, gold)["junk"]
    assert [j["text"][:12] for j in junk] == ["Statement", "Read more: R"]
