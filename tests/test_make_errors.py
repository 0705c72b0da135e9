"""Bad templates and failed runs: one clear line, and never a broken briefing on disk."""

from __future__ import annotations

from tests.conftest import SEEDS, run_cli, write
from tests.test_bad_input import error_line


def test_unknown_template_suggests_a_close_name(tmp_path):
    line = error_line(run_cli("make", SEEDS, "--template", "defalt", "--out", tmp_path / "b.docx"))
    assert line == "briefing: error: defalt: no such template (did you mean 'default'?)"


def test_template_that_is_not_yaml_names_file_and_line(tmp_path):
    path = write(tmp_path / "t" / "briefing.yaml", "title: x\nsections:\n  - kind: theme\n    title: [unclosed\n")
    line = error_line(run_cli("make", SEEDS, "--template", path, "--out", tmp_path / "b.docx"))
    assert line.startswith(f"briefing: error: {path}: not valid YAML (line ")


def test_section_without_title_names_file_and_line(tmp_path):
    path = write(tmp_path / "t" / "briefing.yaml", "title: x\nsections:\n  - kind: theme\n    terms: [a]\n")
    line = error_line(run_cli("make", SEEDS, "--template", path, "--out", tmp_path / "b.docx"))
    assert line == f"briefing: error: {path}: line 3: section 1 has no 'title:'"


def test_failed_run_leaves_the_existing_briefing_untouched(tmp_path):
    out = write(tmp_path / "briefing.docx", b"previous complete briefing")
    result = run_cli("make", tmp_path / "missing", "--out", out)
    assert result.exit_code == 1
    assert out.read_bytes() == b"previous complete briefing"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.docx"]  # no temp file left behind


def test_good_run_replaces_it_whole(tmp_path):
    out = write(tmp_path / "briefing.docx", b"old")
    assert run_cli("make", SEEDS, "--out", out).exit_code == 0
    assert out.read_bytes()[:2] == b"PK"
    assert [p.name for p in tmp_path.iterdir()] == ["briefing.docx"]


def test_unknown_format(tmp_path):
    assert error_line(run_cli("make", SEEDS, "--format", "pdf")) == (
        "briefing: error: unknown format 'pdf' (choose from docx, md, json, txt, summary)")


def test_too_small_a_word_budget(tmp_path):
    assert error_line(run_cli("make", SEEDS, "--max-words", "10", "--out", tmp_path / "b.docx")) == (
        "briefing: error: --max-words 10 is too small for a briefing (at least 50)")


def test_output_that_cannot_be_written(tmp_path):
    (tmp_path / "taken.docx").mkdir()
    line = error_line(run_cli("make", SEEDS, "--out", tmp_path / "taken.docx"))
    assert line.startswith(f"briefing: error: {tmp_path / 'taken.docx'}: cannot write:")
    assert [p.name for p in tmp_path.iterdir()] == ["taken.docx"]  # no temp file left behind
