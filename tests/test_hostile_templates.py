"""The hostile-template and output-fault corpus (tests/hostile_templates.py) through `briefing make`.

Every case runs in its own process (forked from the test process, so without start-up cost;
`python -m tests.hostile_templates` runs each in a fresh interpreter) with a time and an
address-space bound. A user must get one clean line (or a good run), never a traceback, a
hang, template code running, or an earlier briefing damaged.
"""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

import pytest

from tests.hostile_templates import Outcome, cases, run_forked

CASES = cases()


@pytest.fixture(scope="module")
def outcomes():
    base = Path(tempfile.mkdtemp(prefix="hostile-"))
    folders = []
    for index in range(len(CASES)):
        folders.append(base / f"case{index}")
        folders[-1].mkdir()
    results = {o.case.name: o for o in run_forked(list(zip(CASES, folders, strict=True)))}
    for path in base.rglob("*"):
        if path.is_dir() and not path.is_symlink():
            path.chmod(0o755)
    shutil.rmtree(base, ignore_errors=True)
    return results


@pytest.mark.parametrize("name", [c.name for c in CASES])
def test_hostile_case_is_handled(outcomes: dict[str, Outcome], name: str):
    outcome = outcomes[name]
    assert outcome.handled, f"{name}: {'; '.join(outcome.problems)}\n{outcome.stderr[-2000:]}"


def test_the_corpus_covers_every_family():
    families = {c.family for c in CASES}
    assert families == {"template text", "template yaml", "reference.docx", "template lookup", "output", "stdout"}
    assert len(CASES) >= 90
