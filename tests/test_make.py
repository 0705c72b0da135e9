"""`briefing make` on the seeds: the Word briefing an editor opens."""

from __future__ import annotations

import json
import re
import shutil
import subprocess
from itertools import combinations

import docx
import pytest

from briefing import make_briefing
from briefing.ingest import load_sources
from briefing.merge import head_vectors, same_fact
from briefing.vectors import stop_words, tfidf
from tests.conftest import SEEDS, placed_items, run_cli
from tests.docx_reader import read_briefing

THEMES = ["Ceasefire terms", "Peacekeepers", "Battle for Kursk"]


@pytest.fixture(scope="module")
def made(tmp_path_factory):
    out = tmp_path_factory.mktemp("made")
    result = run_cli("make", SEEDS, "--out", out / "briefing.docx")
    assert result.exit_code == 0, result.output
    json_result = run_cli("make", SEEDS, "--out", out / "briefing.json", "--format", "json")
    assert json_result.exit_code == 0, json_result.output
    return {"docx": out / "briefing.docx", "read": read_briefing(out / "briefing.docx"),
            "json": json.loads((out / "briefing.json").read_text(encoding="utf-8")), "output": result.stdout}


def test_the_run_says_what_it_wrote(made):
    line = made["output"].strip()
    assert line.startswith("Wrote ") and "briefing.docx: 5 sources, " in line
    assert "sentences read" in line and "Ceasefire terms" in line and "Peacekeepers" in line


TEMPLATE_ORDER = ["Key points", *THEMES, "Other developments", "What they said", "Where accounts differ",
                  "Single-source reports", "Timeline", "Who is who", "Sources"]


def test_sections_follow_the_template(made):
    read = made["read"]
    shown = list(read.sections)
    assert shown[:5] == ["Key points", *THEMES, "Other developments"] and shown[-1] == "Sources"
    assert shown == [t for t in TEMPLATE_ORDER if t in shown]  # template order; empty sections are left out
    assert read.title.startswith("Briefing: ")
    assert "2025-03-13" in read.subtitle and "AFP" in read.subtitle


def test_key_points_are_three_to_five_bullets(made):
    assert 3 <= len(made["read"].sections["Key points"]) <= 5


def test_each_theme_section_has_at_least_three_items(made):
    for theme in THEMES:
        assert len(made["read"].sections[theme]) >= 3, theme


def test_every_item_cites_at_least_one_outlet(made):
    known = {"AFP", "AP", "CBS News", "CNN"}
    for bullet in made["read"].all_bullets():
        assert bullet.citation.startswith(" — ")
        assert bullet.outlets and set(bullet.outlets) <= known, bullet


def test_no_two_items_tell_the_same_fact(made):
    """The merge rule (briefing.merge.same_fact) holds for every pair of items in the document."""
    sources, _ = load_sources([SEEDS])
    corpus = [s.text for source in sources for s in source.sentences]
    # Every fact placed anywhere: key points, themes and the editorial sections (a quote, a timeline
    # entry or two differing accounts are facts too; a person and a role is not).
    texts = [item["text"] for item in placed_items(made["json"])]
    assert len(texts) >= 15
    full, extra, _ = tfidf(corpus, texts)
    head = head_vectors(corpus + texts)[len(corpus):]
    for i, j in combinations(range(len(texts)), 2):
        similarity = float(extra[i].multiply(extra[j]).sum())
        head_similarity = float(head[i].multiply(head[j]).sum())
        assert not same_fact(similarity, head_similarity, texts[i], texts[j]), (texts[i], texts[j])
    assert len(set(texts)) == len(texts)


def words_of(text: str) -> set[str]:
    """Content words as an editor counts them (stop words out, plural s folded)."""
    return {w.removesuffix("s") for w in re.findall(r"[a-z0-9]+", text.lower()) if w not in stop_words() and len(w) > 1}


def test_every_cited_outlet_has_its_own_sentence_telling_the_fact(made):
    sources, _ = load_sources([SEEDS])
    sentences_of: dict[str, list[str]] = {}
    for source in sources:
        sentences_of.setdefault(source.outlet, []).extend(s.text for s in source.sentences)
    checked = 0
    for item in placed_items(made["json"]):
        wanted = words_of(item["text"])
        for outlet in item["outlets"]:
            best = max(len(wanted & words_of(s)) for s in sentences_of[outlet])
            assert best >= len(wanted) / 2, (outlet, item["text"])
            checked += 1
    assert checked >= 20
    bullets = made["read"].all_bullets()
    zakharova = next(b for b in bullets if "under any flag" in b.text)
    # CNN prints another translation ('to deploy units of the armed forces of other states'): not these words
    assert set(zakharova.outlets) == {"AFP"}


def test_two_copies_of_one_wire_story_count_as_one_outlet(made):
    for bullet in made["read"].all_bullets():
        assert len(bullet.outlets) == len(set(bullet.outlets))


def landed(made, fragment: str) -> str:
    """The theme an item landed in (key points show items taken from their theme)."""
    for item in placed_items(made["json"]):
        if fragment in item["text"] or any(fragment in s["sentence"] for s in item["sources"]):
            return item["theme"]
    return ""


def test_examples_land_where_an_editor_expects(made):
    assert landed(made, "under any flag") == "Peacekeepers"
    assert landed(made, "Sudzha") == "Battle for Kursk"  # the claim that Russia retook it, told once
    read = made["read"]
    assert read.section_of("under any flag") in ("Peacekeepers", "Key points", "What they said")


def test_paragraphs_use_named_styles_without_direct_formatting(made):
    document = docx.Document(str(made["docx"]))
    allowed = {"Title", "Subtitle", "Heading 1", "List Bullet", "Normal"}
    for paragraph in document.paragraphs:
        assert paragraph.style.name in allowed, paragraph.style.name
        for run in paragraph.runs:
            assert run.bold is None and run.italic is None and run.font.size is None and run.font.color.rgb is None
    assert "Citation" in {s.name for s in document.styles}


def test_sources_appendix_lists_every_source(made):
    document = docx.Document(str(made["docx"]))
    table = document.tables[0]
    rows = [[c.text for c in row.cells] for row in table.rows]
    assert rows[0] == ["Outlet", "Headline", "Date", "File"]
    assert [r[0] for r in rows[1:]] == ["AFP", "CBS News", "AP", "AFP", "CNN"]
    assert rows[2][1].startswith("Putin backs Trump’s push") and rows[4][2] == "2025-03-13"
    assert rows[3][3] == "002_c58a4afb0207437d.txt"


def body_words(read) -> int:
    return sum(len(title.split()) + sum(len(b.text.split()) + len(b.citation.split()) - 1 for b in bullets)
               + sum(len(i.split()) for i in read.section_intros[title])
               for title, bullets in read.sections.items() if title != "Sources")


@pytest.mark.parametrize("limit", [150, 400])
def test_max_words_bounds_the_body_strictly(tmp_path, limit, made):
    out = tmp_path / "short.docx"
    assert run_cli("make", SEEDS, "--out", out, "--max-words", limit).exit_code == 0
    assert body_words(read_briefing(out)) <= limit
    assert body_words(made["read"]) <= 900


def test_json_holds_each_item_with_its_sources_original_sentences(made):
    data = made["json"]
    assert data["schema_version"] == 1
    line = data["sections"][1]["lines"][0]
    assert line["type"] == "fact" and line["item"]["theme"] == data["sections"][1]["title"]
    item = line["item"]
    assert set(item) >= {"id", "text", "score", "outlets", "sources"}
    assert all(set(s) >= {"file", "outlet", "sentence"} for s in item["sources"])
    assert [s["outlet"] for s in data["sources"]] == ["AFP", "CBS News", "AP", "AFP", "CNN"]


def test_library_gives_the_same_result_as_the_cli(made):
    briefing = make_briefing([SEEDS])
    texts = [line.text for s in briefing.sections for line in s.lines]
    assert texts == [line["text"] for s in made["json"]["sections"] for line in s["lines"]]


@pytest.mark.parametrize("fmt", ["md", "txt"])
def test_text_formats_carry_items_and_citations(tmp_path, fmt):
    out = tmp_path / f"b.{fmt}"
    assert run_cli("make", SEEDS, "--out", out, "--format", fmt).exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert "Peacekeepers".upper() in text.upper()
    assert "under any flag" in text and re.search(r"\b(?:AFP|AP|CBS News|CNN)(?:, (?:AFP|AP|CBS News|CNN))+\b", text)


@pytest.mark.skipif(shutil.which("soffice") is None, reason="LibreOffice (soffice) is not installed; .ci/run installs it")
def test_docx_opens_in_libreoffice(made, tmp_path):
    result = subprocess.run(["soffice", "--headless", "--convert-to", "pdf", "--outdir", str(tmp_path), str(made["docx"])],
                            capture_output=True, text=True, timeout=180)
    pdf = tmp_path / "briefing.pdf"
    assert result.returncode == 0 and pdf.exists() and pdf.stat().st_size > 5000, result.stderr


def test_docx_carries_our_metadata_not_python_docx_defaults(made):
    properties = docx.Document(str(made["docx"])).core_properties
    assert properties.author == "briefing" and properties.last_modified_by == "briefing"
    assert properties.comments == "generated by briefing"
    assert properties.created.year >= 2025 and properties.created == properties.modified
    assert properties.title.startswith("Briefing: ")


def test_docx_footer_has_page_numbers(made):
    footer = docx.Document(str(made["docx"])).sections[0].footer
    assert "PAGE" in "".join(footer._element.xpath(".//w:fldSimple/@w:instr"))
    assert "every item cites its outlets" in footer.paragraphs[0].text  # the reference's own footer is kept


def test_sources_table_gives_file_names_room(made):
    from briefing.render.docx import CHAR_WIDTH

    table = docx.Document(str(made["docx"])).tables[0]
    widths = [cell.width for cell in table.rows[1].cells]
    assert widths[3] >= len("002_c58a4afb0207437d.txt") * CHAR_WIDTH  # the longest file name fits on one line
    assert widths[1] == max(widths)  # headlines get the room that is left


def test_docx_bytes_are_the_same_run_to_run_with_source_date_epoch(tmp_path, monkeypatch):
    import zipfile

    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1741824000")  # 2025-03-13
    first, second = tmp_path / "1.docx", tmp_path / "2.docx"
    assert run_cli("make", SEEDS, "--out", first).exit_code == 0
    assert run_cli("make", SEEDS, "--out", second).exit_code == 0
    assert first.read_bytes() == second.read_bytes()
    assert {i.date_time for i in zipfile.ZipFile(first).infolist()} == {(2025, 3, 13, 0, 0, 0)}
    assert docx.Document(str(first)).core_properties.created.isoformat().startswith("2025-03-13T00:00:00")


@pytest.mark.parametrize(("fmt", "last"), [("md", "<!-- generated by briefing -->"), ("txt", "generated by briefing")])
def test_text_outputs_end_with_our_mark_and_explain_works_there_too(tmp_path, fmt, last):
    out = tmp_path / f"b.{fmt}"
    assert run_cli("make", SEEDS, "--out", out, "--explain").exit_code == 0
    text = out.read_text(encoding="utf-8")
    assert text.splitlines()[-1] == last
    assert "how items were chosen" in text.lower() and "score " in text and "salience" in text


def test_json_says_who_made_it(made):
    assert made["json"]["generator"] == "generated by briefing"


def test_importing_the_package_does_not_load_the_pipeline():
    import sys

    code = ("import sys, briefing, briefing.cli; "
            "print('briefing.pipeline' in sys.modules, 'scipy' in sys.modules, callable(briefing.make_briefing))")
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60)
    assert result.stdout.split() == ["False", "False", "True"], result.stderr



def test_the_briefing_uses_one_style_of_quotation_marks(made):
    bullets = [b.text for b in made["read"].all_bullets()]
    assert any("“" in text for text in bullets) and not any('"' in text for text in bullets)
