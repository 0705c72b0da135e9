"""Each editorial section kind on the seeds, with the content an editor expects."""

from __future__ import annotations

import json

import pytest

from tests.conftest import SEEDS, placed_items, run_cli, write

KINDS_TEMPLATE = """title: "Kinds"
sections:
  - {kind: quotes, title: Quotes, max_items: 10}
  - {kind: exclusives, title: Only one outlet has, max_items: 6}
  - {kind: differences, title: Where accounts differ}
  - {kind: timeline, title: Timeline, max_items: 8}
  - {kind: people, title: Who is who, max_items: 15}
"""


@pytest.fixture(scope="module")
def kinds(tmp_path_factory):
    folder = tmp_path_factory.mktemp("kinds")
    template = write(folder / "t" / "briefing.yaml", KINDS_TEMPLATE)
    out = folder / "b.json"
    result = run_cli("make", SEEDS, "--template", template, "--format", "json", "--out", out, "--max-words", "3000")
    assert result.exit_code == 0, result.output
    sections = json.loads(out.read_text(encoding="utf-8"))["sections"]
    return {s["title"]: s["lines"] for s in sections}


def texts(lines: list[dict]) -> list[str]:
    return [line["text"] for line in lines]


def test_quotes_carry_speaker_role_and_outlets(kinds):
    zakharova = next(line for line in kinds["Quotes"] if "under any flag" in line["text"])
    assert (zakharova["speaker"], zakharova["role"]) == ("Maria Zakharova", "Russian foreign ministry spokeswoman")
    assert zakharova["text"].endswith("” — Maria Zakharova, Russian foreign ministry spokeswoman")
    # Cited only by the outlets that printed these words: AFP's translation or CNN's, never both for one wording.
    translation = "CNN" if "armed forces" in zakharova["text"] else "AFP"
    assert zakharova["citation"] == translation


def test_a_quote_cites_only_outlets_whose_articles_carry_its_words(kinds):
    from briefing.ingest import load_sources

    sources, _ = load_sources([SEEDS])
    words_of = {}
    for source in sources:
        words_of.setdefault(source.label, []).append(" ".join(s.text for s in source.sentences))
    for line in kinds["Quotes"]:
        opening = " ".join(line["text"].strip("“").split()[:6]).lower()  # AP: 'So the idea itself is correct'
        for outlet in line["outlets"]:
            assert any(opening in text.lower() for text in words_of[outlet]), (outlet, opening)


def test_every_quote_has_the_speaker_its_article_names(kinds):
    speakers = {line["speaker"] for line in kinds["Quotes"]}
    assert speakers <= {"Vladimir Putin", "Maria Zakharova", "Yuri Ushakov", "Donald Trump", "Dmitry Peskov",
                        "Volodymyr Zelensky"}
    agree = next(line for line in kinds["Quotes"] if "We agree with" in line["text"])  # one translation or another
    assert agree["speaker"] == "Vladimir Putin"
    assert all(line["speaker"] == "Vladimir Putin" for line in kinds["Quotes"] if "idea itself is correct" in line["text"])
    # '“But there are issues ...,” he said, adding that ... President Trump': with Trump named beside 'he',
    # the words are never given to Trump (or to Mike Waltz, named after them).
    assert not any(line["speaker"] in ("Donald Trump", "Mike Waltz") for line in kinds["Quotes"]
                   if "there are issues" in line["text"])


def test_exclusives_are_facts_only_one_outlet_has(kinds):
    rubio = next(line for line in kinds["Only one outlet has"] if "Marco Rubio" in line["text"])
    assert rubio["citation"] == "CNN"
    assert all("," not in line["citation"] or line["citation"] == "AP, CBS News" for line in kinds["Only one outlet has"])


def test_two_events_are_never_set_side_by_side_as_a_difference(kinds):
    # Ushakov spoke to Waltz by phone on Wednesday (CNN) and met him on Thursday (CBS News): two events.
    lines = kinds.get("Where accounts differ", [])
    assert not any("phone call" in t for t in texts(lines))


def test_differences_say_nothing_when_accounts_agree(tmp_path):
    agree = tmp_path / "agree"
    write(agree / "a.txt", "With AFP\nRussia said on Thursday it had recaptured the town of Sudzha, home to 5,000 people.\n")
    write(agree / "b.txt", "CNN\nRussia said on Thursday that it recaptured Sudzha, a town of 5,000 people.\n")
    template = write(tmp_path / "t" / "briefing.yaml", "title: x\nsections:\n  - {kind: differences, title: D}\n")
    out = tmp_path / "b.json"
    assert run_cli("make", agree, "--template", template, "--format", "json", "--out", out).exit_code == 0
    assert json.loads(out.read_text(encoding="utf-8"))["sections"] == []  # an empty section is left out


def test_timeline_is_in_time_order_resolved_against_the_article_date(kinds):
    lines = texts(kinds["Timeline"])
    assert any(t.startswith("Tue 11 Mar 2025: Ukraine agreed to the plan during talks with US officials in Saudi Arabia")
               for t in lines)
    days = [t.split(":")[0] for t in lines]
    order = {"Aug 2024": 0, "Tue 11 Mar 2025": 1, "Wed 12 Mar 2025": 2, "Thu 13 Mar 2025": 3}
    assert [order[d] for d in days] == sorted(order[d] for d in days)
    assert {"Tue 11 Mar 2025", "Wed 12 Mar 2025", "Thu 13 Mar 2025"} <= set(days)


def test_people_are_listed_once_with_their_role_across_spellings(kinds):
    lines = texts(kinds["Who is who"])
    ushakov = [t for t in lines if "Ushakov" in t]
    assert ushakov == ["Yuri Ushakov — Kremlin foreign policy aide"]  # also spelt Yuriy Ushakov (CNN)
    assert len([t for t in lines if "Zelensk" in t]) == 1  # Zelensky (AFP) and Zelenskyy (AP)
    assert "Maria Zakharova — Russian foreign ministry spokeswoman" in lines
    assert "Mike Waltz — U.S. national security adviser" in lines  # also Michael Waltz (CNN)


def test_a_fact_told_with_different_counts_carries_a_note(tmp_path):
    from tests.test_templates import FLOOD

    for name, text in FLOOD.items():
        write(tmp_path / "flood" / name, text)
    out = tmp_path / "flood.json"
    assert run_cli("make", tmp_path / "flood", "--format", "json", "--out", out).exit_code == 0
    items = placed_items(json.loads(out.read_text(encoding="utf-8")))
    toll = next(i for i in items if "eight people" in i["text"] or "nine people" in i["text"])
    assert len(toll["outlets"]) == 1  # only the outlet whose sentence gives this figure is cited for it
    assert "eight people (Reuters)" in toll["note"] and "nine people (AFP)" in toll["note"]
