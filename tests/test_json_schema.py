"""The JSON briefing keeps its published, versioned schema (briefing/data/briefing.schema.json)."""

from __future__ import annotations

import json
from importlib import resources

import jsonschema
import pytest

from tests.conftest import SEEDS, run_cli, write


def schema() -> dict:
    return json.loads((resources.files("briefing") / "data" / "briefing.schema.json").read_text(encoding="utf-8"))


@pytest.mark.parametrize("options", [("--max-words", "3000"), ("--template", "general"), ("--explain",)])
def test_the_json_of_the_seeds_follows_the_schema(tmp_path, options):
    out = tmp_path / "b.json"
    assert run_cli("make", SEEDS, "--format", "json", "--out", out, *options).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema(), format_checker=jsonschema.FormatChecker())
    kinds = {line["type"] for section in data["sections"] for line in section["lines"]}
    if options[0] == "--max-words":  # with room, the default template shows every kind of line
        assert kinds == {"fact", "quote", "person", "timeline"}


def test_difference_lines_follow_the_schema(tmp_path):
    write(tmp_path / "story" / "a.txt", "With AFP\nFloods killed eight people in the town of Lowmoor on Monday, officials said.\n")
    write(tmp_path / "story" / "b.txt", "BBC\nNine people were killed by the floods in the town of Lowmoor on Monday, the "
                                        "regional government said.\n")
    template = write(tmp_path / "t" / "briefing.yaml", "title: x\nsections:\n  - {kind: differences, title: D}\n")
    out = tmp_path / "b.json"
    assert run_cli("make", tmp_path / "story", "--template", template, "--format", "json", "--out", out).exit_code == 0
    data = json.loads(out.read_text(encoding="utf-8"))
    jsonschema.validate(data, schema(), format_checker=jsonschema.FormatChecker())
    assert sorted(line["values"][0].lower() for line in data["sections"][0]["lines"]) == ["eight people", "nine people"]


def test_a_line_without_its_typed_fields_is_refused_by_the_schema():
    line = {"type": "quote", "text": "“x” — y", "citation": "AP", "outlets": ["AP"]}
    document = {"schema_version": 1, "title": "t", "date_line": "", "stats": {}, "notes": [], "sources": [],
                "sections": [{"title": "Q", "kind": "quotes", "intro": "", "lines": [line]}]}
    with pytest.raises(jsonschema.ValidationError, match="speaker"):
        jsonschema.validate(document, schema())
