"""Shared helpers: the seed sources loaded once, and a CLI runner."""

from __future__ import annotations

from pathlib import Path

import pytest
from typer.testing import CliRunner

from briefing.cli import app
from briefing.ingest import load_sources

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


@pytest.fixture(scope="session")
def seed_sources():
    sources, notes = load_sources([SEEDS])
    assert notes == []
    return {source.path.name[:3]: source for source in sources}


def run_cli(*args: str):
    """Run the CLI in-process; return the click Result (exit_code, stdout, stderr)."""
    return CliRunner().invoke(app, [str(a) for a in args])


def write(path: Path, content: str | bytes) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def placed_items(data: dict, section: dict | None = None) -> list[dict]:
    """The facts a JSON briefing places (each once, in order), each with the note its line gives it."""
    found: dict[int, dict] = {}
    for part in [section] if section is not None else data["sections"]:
        for line in part["lines"]:
            if "item" in line and line["item"]["id"] not in found:
                found[line["item"]["id"]] = {**line["item"], "note": line.get("note")}
    return list(found.values())
