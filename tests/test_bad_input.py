"""Bad input gets one clear line naming the file and the problem, never a traceback."""

from __future__ import annotations

import os

import pytest

from briefing.errors import BriefingError
from briefing.guard import GENERATED_MARK
from briefing.ingest.files import read_bounded
from tests.conftest import run_cli, write
from tests.hostile_inputs import body_xml, docx_bytes, paragraph, yaml_bomb

GOOD = "Russian forces said on Thursday they had recaptured the town of Sudzha in the Kursk region.\n"


def error_line(result) -> str:
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, lines
    return lines[0]


def test_empty_file(tmp_path):
    path = write(tmp_path / "empty.txt", "")
    assert error_line(run_cli("inspect", path)) == f"briefing: error: {path}: file is empty"


def test_binary_file(tmp_path):
    path = write(tmp_path / "image.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4)
    assert error_line(run_cli("inspect", path)) == f"briefing: error: {path}: binary file, not text"


def test_undecodable_file(tmp_path):
    path = write(tmp_path / "bad.txt", b"\xff\xfe" + b"\x00\xd8\x41\x00" * 10)  # UTF-16 BOM, lone surrogates
    assert error_line(run_cli("inspect", path)).startswith(f"briefing: error: {path}: cannot decode as utf-16")


def test_control_characters_are_stripped(tmp_path):
    path = write(tmp_path / "ctl.txt", GOOD.replace("Thursday", "Thurs\x00day\x0b"))
    result = run_cli("inspect", "--json", path)
    assert result.exit_code == 0
    assert "\\u0000" not in result.stdout and "\\u000b" not in result.stdout
    assert "said on Thursday they had" in result.stdout


def test_huge_single_line_file(tmp_path):
    path = write(tmp_path / "huge.txt", "word " * 4_000_000)
    assert error_line(run_cli("inspect", path)) == f"briefing: error: {path}: file is 20.0 MB, over the 5 MB limit for one article"


def test_long_line_under_the_size_limit(tmp_path):
    path = write(tmp_path / "line.txt", "word " * 200_000)
    assert error_line(run_cli("inspect", path)) == f"briefing: error: {path}: a line of 1,000,000 characters: not article text"


def test_folder_with_no_supported_files(tmp_path):
    write(tmp_path / "a.pdf", b"%PDF")
    line = error_line(run_cli("inspect", tmp_path))
    assert line.endswith(f"{tmp_path}: no supported article files in this folder")


def test_missing_path():
    assert error_line(run_cli("inspect", "no/such/file.txt")) == "briefing: error: no/such/file.txt: no such file or folder"


def test_broken_docx(tmp_path):
    path = write(tmp_path / "broken.docx", b"PK\x03\x04 not really a zip")
    assert error_line(run_cli("inspect", path)) == f"briefing: error: {path}: not a readable .docx file (BadZipFile)"


def test_one_bad_file_does_not_sink_the_good_ones(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "b.txt", "")
    result = run_cli("inspect", tmp_path)
    assert result.exit_code == 0
    assert f"briefing: note: {tmp_path / 'b.txt'}: file is empty" in result.stderr
    assert "recaptured the town of Sudzha" in result.stdout


def test_a_mistyped_path_next_to_good_ones_is_an_error(tmp_path):
    good = write(tmp_path / "a.txt", GOOD)
    line = error_line(run_cli("inspect", good, tmp_path / "b.txt"))
    assert line == f"briefing: error: {tmp_path / 'b.txt'}: no such file or folder"


def test_a_fifo_in_the_folder_is_skipped_without_blocking(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    os.mkfifo(tmp_path / "pipe.txt")
    result = run_cli("inspect", tmp_path)
    assert result.exit_code == 0
    assert f"briefing: note: {tmp_path / 'pipe.txt'}: a FIFO (named pipe), not a regular file: not read" in result.stderr


def test_a_link_out_of_the_folder_is_refused(tmp_path):
    (tmp_path / "private.txt").write_text("The private letter said the deal was signed in March by both firms.\n")
    folder = tmp_path / "story"
    write(folder / "a.txt", GOOD)
    (folder / "letter.txt").symlink_to(tmp_path / "private.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    result = run_cli("inspect", folder)
    assert result.exit_code == 0
    assert f"{folder / 'letter.txt'}: a link to a file outside the input folder: not read" in result.stderr
    assert f"{folder / 'zero.txt'}: a link to a file outside the input folder: not read" in result.stderr
    assert "private letter" not in result.stdout


def test_a_read_stops_at_its_bound(tmp_path):
    path = write(tmp_path / "a.txt", GOOD * 10)
    with pytest.raises(BriefingError, match="over the 0 MB limit"):
        read_bounded(path, tmp_path, 100)


def test_control_characters_in_a_file_name_are_not_printed(tmp_path):
    write(tmp_path / "red\x1b[31malert.txt", GOOD)
    result = run_cli("inspect", "--json", tmp_path)
    assert result.exit_code == 0
    assert "\x1b" not in result.stdout and "red [31malert.txt" in result.stdout


def test_a_docx_that_unpacks_past_the_limit_is_refused_before_parsing(tmp_path):
    path = tmp_path / "bomb.docx"
    path.write_bytes(docx_bytes(body_xml(paragraph("x")).replace(b"<w:body>", b"<w:body>" + b" " * 21_000_000),
                                compress_level=9))
    assert path.stat().st_size < 100_000
    line = error_line(run_cli("inspect", path))
    assert line == f"briefing: error: {path}: .docx part word/document.xml unpacks to 21 MB, over the 20 MB limit"


@pytest.mark.parametrize("xml", [body_xml(paragraph("Bridge &#x1; closes")), b"<w:document><w:body>"])
def test_malformed_docx_xml_is_one_file_s_error_and_the_good_files_are_read(tmp_path, xml):
    write(tmp_path / "a.txt", GOOD)
    (tmp_path / "b.docx").write_bytes(docx_bytes(xml))
    result = run_cli("inspect", tmp_path)
    assert result.exit_code == 0, result.output
    assert f"briefing: note: {tmp_path / 'b.docx'}: not a readable .docx file (XMLSyntaxError)" in result.stderr
    assert "recaptured the town of Sudzha" in result.stdout


def test_yaml_alias_bomb_in_a_sidecar_is_refused(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "a.meta.yaml", yaml_bomb())
    line = error_line(run_cli("inspect", tmp_path))
    assert line.startswith(f"briefing: error: {tmp_path / 'a.meta.yaml'}: not valid YAML: aliases")


def test_chinese_article_is_named_as_unsupported_language(tmp_path):
    path = write(tmp_path / "zh.txt", "市议会周二投票决定关闭旧桥进行维修，因为工程师在两个支柱上发现了裂缝。\n" * 10)
    assert error_line(run_cli("inspect", path)) == (
        f"briefing: error: {path}: looks like Chinese or Japanese text: only English text is supported")


def test_french_article_is_named_as_unsupported_language(tmp_path):
    text = ("Le conseil municipal a voté mardi la fermeture du vieux pont pour des travaux, après que des "
            "ingénieurs ont découvert des fissures dans deux de ses piliers. Le maire a déclaré que le pont "
            "rouvrirait au printemps et que des navettes gratuites traverseraient la rivière en attendant. ") * 3
    path = write(tmp_path / "fr.txt", text)
    assert error_line(run_cli("inspect", path)) == (
        f"briefing: error: {path}: looks like text that does not read as English: only English text is supported")


def test_our_own_briefings_are_not_read_back_as_articles(tmp_path):
    write(tmp_path / "a.txt", GOOD)
    write(tmp_path / "briefing.md", f"# Briefing\n\n{GOOD}\n_{GENERATED_MARK}_\n")
    (tmp_path / "briefing.docx").write_bytes(docx_bytes(paragraphs=[GOOD.strip()], comments=GENERATED_MARK))
    result = run_cli("inspect", "--json", tmp_path)
    assert result.exit_code == 0
    for name in ("briefing.md", "briefing.docx"):
        assert f"{tmp_path / name}: skipped: written by briefing" in result.stderr
    assert result.stdout.count('"file"') == 1
