"""Section templates: find them, read and validate `briefing.yaml`, report errors by file, line and key.

A template is a folder with `briefing.yaml` and an optional `reference.docx` whose styles
the Word output uses. Templates are looked up in ./templates/, then the user's config
directory, then the ones shipped inside the package.
"""

from __future__ import annotations

import difflib
import re
import shutil
from dataclasses import dataclass, field
from importlib import resources
from pathlib import Path

import typer
import yaml

from briefing.errors import BriefingError

DEFAULT_TEMPLATE = "default"
TEMPLATE_FILE = "briefing.yaml"
REFERENCE_DOCX = "reference.docx"
SECTION_KINDS = ("key_points", "theme", "quotes", "exclusives", "differences", "timeline", "people", "sources")
TOP_KEYS = {"title": str, "subtitle": str, "intro": str, "sections": list}
SECTION_KEYS = {"kind": str, "title": str, "description": str, "terms": list, "max_items": int, "intro": str,
                "auto": bool, "catch_all": bool, "min_similarity": float}


@dataclass
class SectionSpec:
    """One section of a template as the user wrote it."""

    kind: str
    title: str
    description: str = ""
    terms: list[str] = field(default_factory=list)
    max_items: int = 0  # 0: the kind's default
    intro: str = ""
    auto: bool = False
    catch_all: bool = False
    min_similarity: float = 0.0  # 0: the default threshold


@dataclass
class Template:
    """A parsed template."""

    name: str
    path: Path  # the briefing.yaml
    title: str
    sections: list[SectionSpec]
    subtitle: str = ""
    intro: str = ""

    @property
    def reference_docx(self) -> Path | None:
        """The template's reference.docx, if it has one."""
        candidate = self.path.parent / REFERENCE_DOCX
        return candidate if candidate.exists() else None


def search_dirs() -> list[Path]:
    """Where templates are found, in order: ./templates, the user's config dir, the package."""
    shipped = Path(str(resources.files("briefing") / "templates"))
    return [Path("templates"), Path(typer.get_app_dir("briefing")) / "templates", shipped]


def available() -> dict[str, Path]:
    """Template name -> folder, first found wins."""
    found: dict[str, Path] = {}
    for directory in search_dirs():
        if directory.is_dir():
            for child in sorted(directory.iterdir()):
                if (child / TEMPLATE_FILE).is_file():
                    found.setdefault(child.name, child)
    return found


def resolve(name_or_path: str | None) -> Path:
    """The briefing.yaml for a template name or a path to a folder/file; names cannot escape the template folders."""
    name = name_or_path or DEFAULT_TEMPLATE
    candidate = Path(name)
    if ".." in candidate.parts or ".." in name.split("\\"):
        raise BriefingError(name, "template names cannot leave the template folders")
    if candidate.suffix in (".yaml", ".yml") or candidate.is_dir() or "/" in name or "\\" in name:
        path = candidate / TEMPLATE_FILE if candidate.is_dir() else candidate
        if not path.is_file():
            raise BriefingError(name, "no such template file")
        return path
    if not re.fullmatch(r"[\w.-]+", name) or name.startswith("."):
        raise BriefingError(name, "template names cannot leave the template folders")
    templates = available()
    if name not in templates:
        close = difflib.get_close_matches(name, list(templates), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (available: {', '.join(templates) or 'none'})"
        raise BriefingError(name, "no such template" + hint)
    return templates[name] / TEMPLATE_FILE


def init(name: str, directory: Path, source: str | None = None) -> Path:
    """Create directory/name as a copy of a template (reference.docx included); never overwrite."""
    if not re.fullmatch(r"[\w][\w.-]*", name):
        raise BriefingError(name, "a template name is letters, digits, '-', '_' or '.', and cannot be a path")
    target = directory / name
    if target.exists():
        raise BriefingError(target, "already exists; choose another name or remove it first")
    origin = resolve(source or (name if name in available() else DEFAULT_TEMPLATE)).parent
    try:
        shutil.copytree(origin, target, ignore=shutil.ignore_patterns("__pycache__", "*.pyc", ".*"))
    except OSError as exc:
        raise BriefingError(target, f"cannot create: {exc.strerror or exc}") from None
    return target


def load(name_or_path: str | None = None) -> Template:
    """Read and validate a template by name or path."""
    path = resolve(name_or_path)
    try:
        text = path.read_text(encoding="utf-8")
    except (OSError, UnicodeDecodeError) as exc:
        raise BriefingError(path, f"cannot read: {exc}") from None
    return parse(text, path)


def parse(text: str, path: Path) -> Template:
    """Validate a template's YAML: unknown keys, wrong types, unknown kinds, missing titles."""
    try:
        root = yaml.compose(text)
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        raise BriefingError(path, f"not valid YAML{where}: {getattr(exc, 'problem', None) or exc}") from None
    if not isinstance(data, dict) or root is None:
        raise BriefingError(path, "expected a mapping with 'title:' and 'sections:'")
    lines = _key_lines(root)
    _check_keys(data, TOP_KEYS, path, lines, "")
    if not data.get("sections"):
        raise BriefingError(path, "no 'sections:' list")
    sections = []
    for index, raw in enumerate(data["sections"]):
        where = f"sections[{index}]"
        line = lines.get(where, 0)
        if not isinstance(raw, dict):
            raise BriefingError(path, f"line {line}: {where} must be a mapping with 'kind:' and 'title:'")
        _check_keys(raw, SECTION_KEYS, path, lines, where + ".")
        kind = raw.get("kind", "theme")
        if kind not in SECTION_KINDS:
            close = difflib.get_close_matches(str(kind), SECTION_KINDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (kinds: {', '.join(SECTION_KINDS)})"
            raise BriefingError(path, f"line {lines.get(where + '.kind', line)}: unknown section kind '{kind}'{hint}")
        if not str(raw.get("title") or "").strip():
            raise BriefingError(path, f"line {line}: section {index + 1} has no 'title:'")
        values = {k: v for k, v in raw.items() if k in SECTION_KEYS}
        values["terms"] = [str(t) for t in values.get("terms") or []]
        values["kind"] = kind
        sections.append(SectionSpec(**values))
    return Template(name=path.parent.name, path=path, title=str(data.get("title") or ""), sections=sections,
                    subtitle=str(data.get("subtitle") or ""), intro=str(data.get("intro") or ""))


def _check_keys(data: dict, allowed: dict[str, type], path: Path, lines: dict[str, int], prefix: str) -> None:
    """Refuse unknown keys (suggesting the close match) and values of the wrong type."""
    for key, value in data.items():
        line = lines.get(prefix + str(key), 0)
        if key not in allowed:
            close = difflib.get_close_matches(str(key), list(allowed), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
            raise BriefingError(path, f"line {line}: unknown key '{key}'{hint}")
        expected = allowed[key]
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int)) or value is None
        if expected is int and isinstance(value, bool):
            ok = False
        if not ok:
            raise BriefingError(path, f"line {line}: '{key}' must be {_type_name(expected)}, not {type(value).__name__}")


def _type_name(kind: type) -> str:
    return {str: "text", list: "a list", int: "a whole number", bool: "true or false", float: "a number"}[kind]


def _key_lines(root: yaml.Node) -> dict[str, int]:
    """1-based line of every key: 'title', 'sections[0]', 'sections[0].kind'."""
    lines: dict[str, int] = {}
    if not isinstance(root, yaml.MappingNode):
        return lines
    for key_node, value_node in root.value:
        lines[key_node.value] = key_node.start_mark.line + 1
        if key_node.value == "sections" and isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                lines[f"sections[{index}]"] = item.start_mark.line + 1
                if isinstance(item, yaml.MappingNode):
                    for sub_key, _ in item.value:
                        lines[f"sections[{index}].{sub_key.value}"] = sub_key.start_mark.line + 1
    return lines
