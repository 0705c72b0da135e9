"""Bad input gets one clear line naming the file and the problem, never a traceback."""

from __future__ import annotations

from tests.conftest import run_cli, write

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
