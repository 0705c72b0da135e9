"""Every bad or hostile input through the real CLI, bounded in time and memory: one clean line, no traceback."""

from __future__ import annotations

import os
import re
import resource
import subprocess
import sys
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from tests.hostile_inputs import CASES, ROOT, SECRET, SEED, Case, build

TIME_LIMIT = 30  # seconds per case; the slowest takes a few
MEMORY_LIMIT = 2 << 30  # bytes of address space per case
PARALLEL = 3


def limit_memory() -> None:
    resource.setrlimit(resource.RLIMIT_AS, (MEMORY_LIMIT, MEMORY_LIMIT))


def run_case(name: str, base: Path) -> tuple[Case, subprocess.CompletedProcess | None, str]:
    """Build a case and run `briefing make` on it; return the case, the process (None on timeout) and the output text."""
    case = build(name, base / name)
    out = base / name / f"briefing.{case.fmt}"
    command = [sys.executable, "-m", "briefing.cli", "make", *case.args, "--format", case.fmt, "--out", str(out)]
    env = {**os.environ, "PYTHONPATH": str(ROOT), "OPENBLAS_NUM_THREADS": "1"}
    try:
        result = subprocess.run(command, capture_output=True, timeout=TIME_LIMIT, preexec_fn=limit_memory,
                                cwd=base / name, env=env)
    except subprocess.TimeoutExpired:
        return case, None, ""
    written = out.read_bytes().decode("utf-8", "replace") if out.exists() and case.fmt == "md" else ""
    if out.exists() and case.fmt == "docx":
        written = docx_text(out)
    return case, result, written


def docx_text(path: Path) -> str:
    """Every paragraph and table cell of a Word file, as a reader sees them."""
    import docx

    document = docx.Document(str(path))
    cells = [cell.text for table in document.tables for row in table.rows for cell in row.cells]
    return "\n".join([p.text for p in document.paragraphs] + cells)


@pytest.fixture(scope="module")
def results(tmp_path_factory):
    """All cases, run a few at a time (each is its own process)."""
    base = tmp_path_factory.mktemp("hostile")
    with ThreadPoolExecutor(PARALLEL) as pool:
        done = pool.map(lambda name: run_case(name, base), CASES)
        return {case.name: (case, result, written) for case, result, written in done}


@pytest.mark.parametrize("name", list(CASES))
def test_hostile_input(results, name):
    case, result, written = results[name]
    assert result is not None, f"{name}: no answer within {TIME_LIMIT} s"
    stderr = result.stderr.decode("utf-8", "replace")
    stdout = result.stdout.decode("utf-8", "replace")
    assert "Traceback" not in stderr + stdout, stderr
    assert result.returncode == case.exit_code, stderr
    lines = stderr.splitlines()
    assert all(re.match(r"briefing: (note|error): \S", line) for line in lines), lines
    assert all(not re.search(r"[\x00-\x08\x0b-\x1f\x7f]", line) for line in lines), lines  # no terminal escapes
    for expected in case.stderr_has:
        assert sum(expected in line for line in lines) == 1, (expected, lines)
    if case.exit_code:
        assert len(lines) == 1, lines
        return
    assert SECRET not in stderr + stdout + written
    assert case.sources is None or f": {case.sources} source{'s' if case.sources > 1 else ''}," in stdout, stdout
    assert SEED.name in written or "Witkoff" in written, "the good article is briefed"
    for expected in case.output_has:
        assert expected in written
    assert not re.search(r"[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff]", written)
