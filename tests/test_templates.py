"""Templates users own: editing briefing.yaml or reference.docx changes the briefing accordingly."""

from __future__ import annotations

import shutil
from pathlib import Path

import docx
import pytest
import yaml
from docx.shared import Pt

from tests.conftest import ROOT, SEEDS, placed_items, run_cli, write
from tests.docx_reader import read_briefing
from tests.test_bad_input import error_line

DEFAULT = ROOT / "templates" / "default"
SAMPLE = ROOT / "templates" / "ukraine-ceasefire"  # the seeds' own template, with three story themes


def copy_default(tmp_path: Path) -> Path:
    """A copy of the seeds' story template, to edit."""
    target = tmp_path / "mine"
    shutil.copytree(SAMPLE, target)
    return target


def edit(folder: Path, change) -> Path:
    path = folder / "briefing.yaml"
    data = yaml.safe_load(path.read_text(encoding="utf-8"))
    change(data)
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True), encoding="utf-8")
    return path


def make(tmp_path: Path, template: Path, *extra: str):
    out = tmp_path / "b.docx"
    result = run_cli("make", SEEDS, "--template", template, "--out", out, *extra)
    assert result.exit_code == 0, result.output
    return read_briefing(out), out


def titles(sections: list[dict]) -> list[str]:
    return [s["title"] for s in sections]


def test_new_order_removed_section_and_changed_title_show_in_the_docx(tmp_path):
    folder = copy_default(tmp_path)

    def change(data):
        sections = data["sections"]
        kursk = next(s for s in sections if s["title"] == "Battle for Kursk")
        kursk["title"] = "The fight for Kursk"
        sections.remove(kursk)
        sections.insert(1, kursk)  # Kursk now comes right after the key points
        data["sections"] = [s for s in sections if s["title"] != "Peacekeepers"]

    read, _ = make(tmp_path, edit(folder, change))
    shown = list(read.sections)
    assert shown[:2] == ["Key points", "The fight for Kursk"]
    assert "Peacekeepers" not in shown and "Battle for Kursk" not in shown
    assert len(read.sections["The fight for Kursk"]) >= 3


def test_reference_docx_styles_are_used(tmp_path):
    folder = copy_default(tmp_path)
    reference = docx.Document(str(folder / "reference.docx"))
    reference.styles["Heading 1"].font.name = "Courier New"
    reference.styles["Heading 1"].font.size = Pt(20)
    reference.sections[0].header.paragraphs[0].text = "ACME NEWSROOM — INTERNAL"
    reference.save(str(folder / "reference.docx"))
    _, out = make(tmp_path, folder)
    result = docx.Document(str(out))
    assert result.styles["Heading 1"].font.name == "Courier New"
    assert result.styles["Heading 1"].font.size == Pt(20)
    assert result.sections[0].header.paragraphs[0].text == "ACME NEWSROOM — INTERNAL"
    assert any(p.style.name == "Heading 1" for p in result.paragraphs)
    assert "Courier New" not in {r.font.name for p in result.paragraphs for r in p.runs}  # style, not direct formatting


def test_intro_text_uses_template_variables(tmp_path):
    folder = copy_default(tmp_path)

    def change(data):
        data["sections"][1]["intro"] = "Drawn from {{ n_sources }} articles by {{ outlets | join(', ') }}."

    read, _ = make(tmp_path, edit(folder, change))
    assert read.section_intros["Ceasefire terms"] == ["Drawn from 5 articles by AFP, CBS News, AP, CNN."]


def test_general_template_discovers_themes(tmp_path):
    import json

    read, _ = make(tmp_path, ROOT / "templates" / "general")
    themes = [t for t in read.sections if t not in ("Key points", "Sources")]
    assert len(themes) >= 3
    out = tmp_path / "g.json"
    assert run_cli("make", SEEDS, "--template", "general", "--format", "json", "--out", out).exit_code == 0
    section_of = {i["text"]: i["theme"] for i in placed_items(json.loads(out.read_text(encoding="utf-8")))}
    battle = {v for k, v in section_of.items() if "Sudzha" in k}
    diplomacy = {v for k, v in section_of.items() if "Witkoff arrived in Moscow" in k}
    assert battle and diplomacy and not battle & diplomacy  # the battle and the talks are different themes


def test_story_that_fits_no_template_gets_discovered_themes(tmp_path):
    folder = copy_default(tmp_path)
    football = iter([("Transfers", ["transfer window", "striker", "signing"]),
                     ("League table", ["relegation", "points", "midfielder"]),
                     ("Injuries", ["hamstring", "physio", "knee"])])

    def change(data):
        for section in data["sections"]:
            if section["kind"] == "theme" and not section.get("catch_all"):
                section["title"], section["terms"] = next(football)
                section["description"] = "Football news."

    read, _ = make(tmp_path, edit(folder, change))
    assert not {"Transfers", "League table", "Injuries"} & set(read.sections)
    assert len([t for t in read.sections if t not in ("Key points", "Sources")]) >= 3


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("title: x\nsections:\n  - kind: theme\n    titel: A\n", "line 4: unknown key 'titel' (did you mean 'title'?)"),
        ("title: x\nsections:\n  - kind: theme\n    title: A\n    max_items: many\n", "line 5: 'max_items' must be a whole number, not str"),
        ("title: x\nsections:\n  - kind: quotez\n    title: A\n", "line 3: unknown section kind 'quotez' (did you mean 'quotes'?)"),
        ("title: x\nsections:\n  - kind: theme\n", "line 3: section 1 has no 'title:'"),
        ("title: x\nsectons: []\n", "line 2: unknown key 'sectons' (did you mean 'sections'?)"),
        ("title: '{{ headlin }}'\nsections:\n  - title: A\n", "template text '{{ headlin }}': 'headlin' is undefined"),
    ],
)
def test_template_errors_name_file_line_and_key(tmp_path, text, message):
    path = write(tmp_path / "t" / "briefing.yaml", text)
    line = error_line(run_cli("make", SEEDS, "--template", path, "--out", tmp_path / "b.docx"))
    assert line == f"briefing: error: {path}: {message}"


def test_unreadable_reference_docx(tmp_path):
    folder = copy_default(tmp_path)
    (folder / "reference.docx").write_bytes(b"not a docx")
    line = error_line(run_cli("make", SEEDS, "--template", folder, "--out", tmp_path / "b.docx"))
    assert line == f"briefing: error: {folder / 'reference.docx'}: unreadable reference.docx (not a Word file: BadZipFile)"


@pytest.mark.parametrize("name", ["../x", "..", "a/../../etc"])
def test_template_names_cannot_escape(name, tmp_path):
    assert error_line(run_cli("make", SEEDS, "--template", name, "--out", tmp_path / "b.docx")) == (
        f"briefing: error: {name}: template names cannot leave the template folders")


def test_templates_list_show_and_init(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    listing = run_cli("templates", "list")
    assert listing.exit_code == 0 and "default" in listing.stdout and "general" in listing.stdout
    shown = run_cli("templates", "show", "ukraine-ceasefire")
    assert "Ceasefire terms" in shown.stdout and "reference.docx" in shown.stdout
    neutral = run_cli("templates", "show", "default")
    assert "auto: true" in neutral.stdout and "Ceasefire" not in neutral.stdout
    created = run_cli("templates", "init", "my-beat")
    assert created.exit_code == 0, created.output
    assert (tmp_path / "templates" / "my-beat" / "briefing.yaml").exists()
    assert (tmp_path / "templates" / "my-beat" / "reference.docx").exists()
    listed = run_cli("templates", "list").stdout  # ./templates is listed, but used only by path
    assert "(not used by name: --template templates/my-beat)" in listed
    again = run_cli("templates", "init", "my-beat")
    assert error_line(again) == "briefing: error: templates/my-beat: already exists; choose another name or remove it first"
    assert run_cli("templates", "init", "copy", str(tmp_path / "elsewhere"), "--from", "general").exit_code == 0
    assert "auto: true" in (tmp_path / "elsewhere" / "copy" / "briefing.yaml").read_text(encoding="utf-8")


def test_templates_in_the_user_config_dir_are_found(tmp_path, monkeypatch):
    import typer

    monkeypatch.chdir(tmp_path)
    monkeypatch.setattr(typer, "get_app_dir", lambda name: str(tmp_path / "config"))
    shutil.copytree(ROOT / "templates" / "general", tmp_path / "config" / "templates" / "desk")
    assert "desk" in run_cli("templates", "list").stdout
    assert run_cli("make", SEEDS, "--template", "desk", "--out", tmp_path / "b.docx").exit_code == 0


def test_explain_adds_signals_to_json_and_an_appendix_to_the_docx(tmp_path):
    import json

    out = tmp_path / "b.json"
    assert run_cli("make", SEEDS, "--explain", "--format", "json", "--out", out).exit_code == 0
    line = json.loads(out.read_text(encoding="utf-8"))["sections"][1]["lines"][0]
    assert set(line["item"]["signals"]) >= {"salience", "voices", "corroboration", "position", "standalone"}
    assert 0 < line["section_similarity"] <= 1
    plain = tmp_path / "plain.json"
    assert run_cli("make", SEEDS, "--format", "json", "--out", plain).exit_code == 0
    assert "signals" not in json.loads(plain.read_text(encoding="utf-8"))["sections"][1]["lines"][0]["item"]
    read, docx_path = make(tmp_path, SAMPLE, "--explain")
    explained = read.sections["How items were chosen"]  # a list per item, not a 9-column table splitting words
    assert len(explained) > 10 and len(docx.Document(str(docx_path)).tables) == 1  # only the sources table
    assert all(" score " in b.citation and "similarity" in b.citation for b in explained)
    assert any(b.citation.startswith(" — Peacekeepers: score ") for b in explained)


FLOOD = {
    "a.txt": "Floods sweep northern Italy\nMILAN (Reuters) — Torrential rain caused rivers to burst their banks across the "
             "Emilia-Romagna region on Tuesday, killing at least eight people, officials said.\nThe civil protection agency "
             "said more than 20 rivers had flooded and 280 landslides were reported.\nPrime Minister Giorgia Meloni said the "
             "government would declare a state of emergency on Wednesday.\n",
    "b.txt": "At least nine people have died after floods hit Italy's Emilia-Romagna region, authorities said on Wednesday.\n"
             "The Formula One Grand Prix at Imola, scheduled for Sunday, was cancelled for safety reasons.\nWith AFP\n",
    "c.txt": "BBC\nFlooding in northern Italy has killed nine people and forced thousands to leave their homes.\n"
             "Organisers cancelled the Imola Grand Prix, saying the safety of fans could not be guaranteed.\n"
             "Farmers said thousands of hectares of crops had been destroyed by the floods.\n",
}


def test_a_story_template_is_not_forced_on_another_story(tmp_path):
    for name, text in FLOOD.items():
        write(tmp_path / "flood" / name, text)
    out = tmp_path / "flood.docx"
    result = run_cli("make", tmp_path / "flood", "--template", "ukraine-ceasefire", "--out", out)
    assert result.exit_code == 0, result.output
    assert "themes were discovered from the text" in result.stderr
    read = read_briefing(out)
    assert not {"Ceasefire terms", "Peacekeepers", "Battle for Kursk"} & set(read.sections)
    assert any("Imola" in b.text for b in read.all_bullets())


def test_the_default_template_is_neutral_and_the_seeds_choose_their_own_through_the_manifest(tmp_path):
    for name, text in FLOOD.items():
        write(tmp_path / "flood" / name, text)
    out = tmp_path / "flood.docx"
    result = run_cli("make", tmp_path / "flood", "--out", out)
    assert result.exit_code == 0 and "fit the template" not in result.stderr
    sections = set(read_briefing(out).sections)
    assert "Key points" in sections and not {"Ceasefire terms", "Peacekeepers", "Battle for Kursk"} & sections
    seeds = tmp_path / "seeds.docx"
    assert run_cli("make", SEEDS, "--out", seeds).exit_code == 0  # seeds/story.yaml: template: ukraine-ceasefire
    assert {"Ceasefire terms", "Peacekeepers", "Battle for Kursk"} <= set(read_briefing(seeds).sections)


def test_reference_without_list_bullet_or_page_setup_still_gives_bullets(tmp_path):
    folder = copy_default(tmp_path)
    reference = docx.Document()
    style = reference.styles["List Bullet"]
    style.element.getparent().remove(style.element)
    body = reference.element.body
    for child in list(body):
        body.remove(child)  # no section properties either: python-docx's add_table used to fail on it
    reference.save(str(folder / "reference.docx"))
    read, out = make(tmp_path, folder)
    assert len(read.sections["Key points"]) >= 3 and len(read.document.tables) == 1
    bullet = docx.Document(str(out)).styles["List Bullet"]
    assert bullet.element.pPr.numPr is not None  # a real bullet, not a plain paragraph


def test_long_titles_are_cut_in_word_properties_not_refused(tmp_path):
    folder = copy_default(tmp_path)
    edit(folder, lambda data: data.update(title="{{ (outlets * 30) | join(', ') }}"))
    read, out = make(tmp_path, folder)
    assert len(read.title) > 255
    assert len(docx.Document(str(out)).core_properties.title) == 255


def test_template_strings_are_cleaned_of_control_characters(tmp_path):
    path = write(tmp_path / "t" / "briefing.yaml",
                 'title: "Flood\\x07 \\ud800report"\nsections:\n  - kind: key_points\n    title: "Key\\x1b points"\n'
                 '  - kind: quotes\n    title: "What\\x00 they said"\n')
    out = tmp_path / "b.md"
    assert run_cli("make", SEEDS, "--template", path, "--out", out).exit_code == 0
    assert out.read_text(encoding="utf-8").startswith("# Flood report\n\n")
    assert "## What they said" in out.read_text(encoding="utf-8")


def test_yaml_alias_bombs_are_refused(tmp_path):
    path = write(tmp_path / "t" / "briefing.yaml",
                 "a: &a [x, x]\nb: &b [*a, *a]\ntitle: x\nsections:\n  - title: A\n")
    line = error_line(run_cli("make", SEEDS, "--template", path, "--out", tmp_path / "b.docx"))
    assert line.startswith(f"briefing: error: {path}: not valid YAML: aliases")


def test_with_no_source_headline_an_intro_names_the_same_headline_as_the_title(tmp_path):
    from briefing import make_briefing

    story = tmp_path / "story"  # the best-scored fact ('The envoy arrived') is not the lead: it says too little
    write(story / "a.txt", "President Ivanov said on Thursday he backed a 30-day ceasefire with the rebels in "
                           "principle, but wanted guarantees.\nThe envoy arrived in Moscow.\n")
    write(story / "b.txt", "Ivanov backs ceasefire in principle but wants guarantees, his office said on Thursday.\n"
                           "The envoy arrived in Moscow.\n")
    write(story / "c.txt", "Rebels shelled the port overnight, officials said.\nThe envoy arrived in Moscow.\n")
    template = write(tmp_path / "t" / "briefing.yaml", "title: 'Briefing: {{ headline }}'\nsections:\n"
                     "  - {kind: key_points, title: Key points, intro: 'In short: {{ headline }}.'}\n")
    briefing = make_briefing([story], template=str(template))
    assert "Ivanov" in briefing.title
    assert briefing.sections[0].intro == "In short: " + briefing.title.removeprefix("Briefing: ") + "."
