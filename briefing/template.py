"""Section templates: find them, read and validate `briefing.yaml`, and render their text in a sandbox.

A template is a folder with `briefing.yaml` and an optional `reference.docx` whose styles
the Word output uses. A template *name* is looked up in the user's config directory, then
among the ones shipped inside the package; a folder anywhere else (./templates/x included)
is used only when `--template` names it as a path, so a folder someone shared cannot slip
its own template into a run.

Template text (title, subtitle, intros) is Jinja2 run in an immutable sandbox with bounds
on steps, time, value sizes and output: it can format the variables we pass, nothing else.
"""

from __future__ import annotations

import copy
import difflib
import os
import re
import shutil
import stat
import time
import types
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources
from pathlib import Path

import typer
import yaml

from briefing.errors import BriefingError
from briefing.guard import MAX_YAML_CHARS, clean_field, load_yaml

DEFAULT_TEMPLATE = "default"
TEMPLATE_FILE = "briefing.yaml"
REFERENCE_DOCX = "reference.docx"
SECTION_KINDS = ("key_points", "theme", "quotes", "exclusives", "differences", "timeline", "people", "sources")
TOP_KEYS = {"title": str, "subtitle": str, "intro": str, "sections": list}
SECTION_KEYS = {"kind": str, "title": str, "description": str, "terms": list, "max_items": int, "intro": str,
                "auto": bool, "catch_all": bool, "min_similarity": float}

# Bounds on what a template may ask for. A real template is a page of settings; these are far above it.
MAX_SECTIONS = 40
MAX_TERMS = 200
MAX_ITEMS = 1_000  # max_items above this is a typo, not a wish
TEXT_LIMITS = {"title": 300, "subtitle": 300, "intro": 2_000, "description": 1_000}  # characters, as written
MAX_TERM_CHARS = 100
MAX_REFERENCE_BYTES = 20_000_000  # a reference.docx with a logo is well under 1 MB
MAX_REFERENCE_INFLATED = 100_000_000  # its parts unpacked: styles and a logo, not 100 MB
MAX_REFERENCE_PARTS = 2_000


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
        """The template's reference.docx, if it has one (a FIFO, device or folder by that name is an error)."""
        candidate = self.path.parent / REFERENCE_DOCX
        try:
            mode = candidate.stat().st_mode
        except OSError:
            return None
        if not stat.S_ISREG(mode):
            raise BriefingError(candidate, "not a regular file")
        return candidate


def read_regular_file(path: Path, limit: int) -> bytes:
    """A regular file's bytes, at most `limit`; never blocks on a FIFO or reads a device forever."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise BriefingError(path, f"cannot read: {exc.strerror or exc}") from None
    try:
        info = os.fstat(fd)
        if not stat.S_ISREG(info.st_mode):
            raise BriefingError(path, "not a regular file")
        if info.st_size > limit:
            raise BriefingError(path, f"{info.st_size:,} bytes: more than the {limit:,} allowed")
        with os.fdopen(fd, "rb", closefd=False) as handle:
            data = handle.read(limit + 1)
    except OSError as exc:
        raise BriefingError(path, f"cannot read: {exc.strerror or exc}") from None
    finally:
        os.close(fd)
    if len(data) > limit:
        raise BriefingError(path, f"more than the {limit:,} bytes allowed")
    return data


def search_dirs() -> list[Path]:
    """Where template names are looked up, in order: the user's config dir, then the package."""
    shipped = Path(str(resources.files("briefing") / "templates"))
    return [Path(typer.get_app_dir("briefing")) / "templates", shipped]


def available() -> dict[str, Path]:
    """Template name -> folder, first found wins."""
    found: dict[str, Path] = {}
    for directory in search_dirs():
        if directory.is_dir():
            for child in sorted(directory.iterdir()):
                if (child / TEMPLATE_FILE).is_file():
                    found.setdefault(child.name, child)
    return found


def local_only() -> list[Path]:
    """Template folders in ./templates that are not the shipped ones: usable by path, never by name."""
    shipped = Path(str(resources.files("briefing") / "templates")).resolve()
    local = Path("templates")
    if not local.is_dir() or local.resolve() == shipped:
        return []
    return [child for child in sorted(local.iterdir()) if (child / TEMPLATE_FILE).is_file()]


def is_path(name: str) -> bool:
    """Whether --template names a file or folder (has a slash or a .yaml ending) rather than a template name."""
    return "/" in name or "\\" in name or Path(name).suffix in (".yaml", ".yml")


def resolve(name_or_path: str | None) -> Path:
    """The briefing.yaml for a template name or a path to a folder/file; names cannot escape the template folders."""
    name = name_or_path or DEFAULT_TEMPLATE
    candidate = Path(name)
    if ".." in candidate.parts or ".." in name.split("\\"):
        raise BriefingError(name, "template names cannot leave the template folders")
    if is_path(name):
        path = candidate / TEMPLATE_FILE if candidate.is_dir() else candidate
        if not path.exists():  # a FIFO or device is refused when read, by name
            raise BriefingError(name, "no such template file")
        return path
    if not re.fullmatch(r"[\w.-]+", name) or name.startswith("."):
        raise BriefingError(name, "template names cannot leave the template folders")
    templates = available()
    if name not in templates:
        close = difflib.get_close_matches(name, list(templates), n=1)
        hint = f" (did you mean '{close[0]}'?)" if close else f" (available: {', '.join(templates) or 'none'})"
        local = Path("templates") / name
        if (local / TEMPLATE_FILE).is_file():
            hint = f" (a folder in ./templates is used only by path: --template {local})"
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
    data = read_regular_file(path, MAX_YAML_CHARS * 4)  # UTF-8: up to 4 bytes a character
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise BriefingError(path, f"cannot read: not UTF-8 (byte {exc.start})") from None
    return copy.deepcopy(_parse_once(text, path))  # a batch briefs thousands of stories with one template


@lru_cache(maxsize=16)
def _parse_once(text: str, path: Path) -> Template:
    return parse(text, path)


def parse(text: str, path: Path) -> Template:
    """Validate a template's YAML: unknown keys, wrong types, unknown kinds, missing titles, sizes."""
    root = _compose(text, path)
    data = load_yaml(text, path)  # the bounded loader: no aliases, node and size caps
    if not isinstance(data, dict) or root is None:
        raise BriefingError(path, "expected a mapping with 'title:' and 'sections:'")
    lines = _key_lines(root)
    _check_keys(data, TOP_KEYS, path, lines, "")
    if not data.get("sections"):
        raise BriefingError(path, "no 'sections:' list")
    if len(data["sections"]) > MAX_SECTIONS:
        raise BriefingError(path, f"line {lines.get('sections', 0)}: {len(data['sections'])} sections; at most {MAX_SECTIONS}")
    sections = []
    for index, raw in enumerate(data["sections"]):
        where = f"sections[{index}]"
        line = lines.get(where, 0)
        if not isinstance(raw, dict):
            raise BriefingError(path, f"line {line}: {where} must be a mapping with 'kind:' and 'title:'")
        _check_keys(raw, SECTION_KEYS, path, lines, where + ".")
        kind = raw.get("kind") or "theme"
        if kind not in SECTION_KINDS:
            close = difflib.get_close_matches(clean_field(kind, 40), SECTION_KINDS, n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (kinds: {', '.join(SECTION_KINDS)})"
            raise BriefingError(path, f"line {lines.get(where + '.kind', line)}: unknown section kind "
                                      f"'{clean_field(kind, 40)}'{hint}")
        values = {k: v for k, v in raw.items() if k in SECTION_KEYS and v is not None}
        for key in ("title", "description", "intro"):
            values[key] = _text(values.get(key), key, path, lines.get(f"{where}.{key}", line))
        if not values["title"]:
            raise BriefingError(path, f"line {line}: section {index + 1} has no 'title:'")
        terms = values.get("terms") or []
        if len(terms) > MAX_TERMS:
            raise BriefingError(path, f"line {lines.get(where + '.terms', line)}: {len(terms)} terms; at most {MAX_TERMS}")
        values["terms"] = [t for t in (clean_field(term, MAX_TERM_CHARS) for term in terms) if t]
        if not 0 <= values.get("max_items", 0) <= MAX_ITEMS:
            raise BriefingError(path, f"line {lines.get(where + '.max_items', line)}: 'max_items' must be 0 to {MAX_ITEMS}")
        similarity = values.get("min_similarity", 0.0)
        if not 0.0 <= similarity <= 1.0:  # also refuses .nan
            raise BriefingError(path, f"line {lines.get(where + '.min_similarity', line)}: 'min_similarity' must be 0 to 1")
        values["kind"] = kind
        sections.append(SectionSpec(**values))
    top = {key: _text(data.get(key), key, path, lines.get(key, 0)) for key in ("title", "subtitle", "intro")}
    return Template(name=clean_field(path.parent.name), path=path, sections=sections, **top)


def _text(value: object, key: str, path: Path, line: int) -> str:
    """A template string: refused when far too long, cleaned of control characters and lone surrogates."""
    if value is None:
        return ""
    text = str(value)
    limit = TEXT_LIMITS.get(key, TEXT_LIMITS["title"])
    if len(text) > limit:
        raise BriefingError(path, f"line {line}: '{key}' is {len(text):,} characters; at most {limit:,}")
    return clean_field(text, limit)


def _compose(text: str, path: Path) -> yaml.Node | None:
    """The YAML node tree, for line numbers; syntax errors name their line (aliases are not expanded here)."""
    if len(text) > MAX_YAML_CHARS:
        load_yaml(text, path)  # raises the size error
    try:
        return yaml.compose(text, Loader=yaml.SafeLoader)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" (line {mark.line + 1})" if mark else ""
        problem = clean_field(getattr(exc, "problem", None) or str(exc).splitlines()[0], 120)
        raise BriefingError(path, f"not valid YAML{where}: {problem}") from None
    except RecursionError:
        raise BriefingError(path, "not valid YAML: nested too deeply") from None


def _check_keys(data: dict, allowed: dict[str, type], path: Path, lines: dict[str, int], prefix: str) -> None:
    """Refuse unknown keys (suggesting the close match) and values of the wrong type."""
    for key, value in data.items():
        shown = clean_field(key, 40)
        line = lines.get(prefix + str(key), 0)
        if key not in allowed:
            close = difflib.get_close_matches(shown, list(allowed), n=1)
            hint = f" (did you mean '{close[0]}'?)" if close else f" (allowed: {', '.join(allowed)})"
            raise BriefingError(path, f"line {line}: unknown key '{shown}'{hint}")
        expected = allowed[key]
        ok = isinstance(value, expected) or (expected is float and isinstance(value, int)) or value is None
        if expected in (int, float) and isinstance(value, bool):
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
        lines[str(key_node.value)] = key_node.start_mark.line + 1
        if key_node.value == "sections" and isinstance(value_node, yaml.SequenceNode):
            for index, item in enumerate(value_node.value):
                lines[f"sections[{index}]"] = item.start_mark.line + 1
                if isinstance(item, yaml.MappingNode):
                    for sub_key, _ in item.value:
                        lines[f"sections[{index}].{sub_key.value}"] = sub_key.start_mark.line + 1
    return lines


# --- Template text: Jinja2 in a bounded sandbox -------------------------------------------------

MAX_RENDERED_CHARS = 5_000  # what one title, subtitle or intro may render to
MAX_VALUE_CHARS = 10_000  # the longest string, list or mapping an expression may build
MAX_STEPS = 10_000  # calls, look-ups, operators and loop turns in one rendering
MAX_SECONDS = 2.0  # wall time of one rendering
MAX_RANGE = 1_000
MAX_INT_BITS = 256  # numbers in a title are counts and years, not cryptography
# Methods of str, list, dict and tuple a template may call; the others can build huge values
# (ljust, zfill, center, expandtabs) or reach formatting machinery (format, format_map).
SAFE_METHODS = frozenset({
    "capitalize", "casefold", "count", "endswith", "find", "get", "index", "isalnum", "isalpha", "isdigit",
    "islower", "isspace", "istitle", "isupper", "items", "join", "keys", "lower", "lstrip", "removeprefix",
    "removesuffix", "replace", "rfind", "rsplit", "rstrip", "split", "splitlines", "startswith", "strip",
    "swapcase", "title", "upper", "values",
})
# Filters whose output is at most about as long as their input; `join` and `replace` are checked.
SAFE_FILTERS = (
    "abs", "capitalize", "count", "d", "default", "dictsort", "e", "escape", "first", "float", "int", "items",
    "join", "last", "length", "list", "lower", "map", "max", "min", "reject", "rejectattr", "replace", "reverse",
    "round", "select", "selectattr", "sort", "string", "sum", "title", "trim", "truncate", "unique", "upper",
    "wordcount",
)


def _size(value: object) -> int:
    """Characters or elements of a value, 0 for scalars."""
    return len(value) if isinstance(value, (str, list, tuple, dict, set, frozenset)) else 0


def _make_sandbox():
    """The sandboxed environment class, built on first use so that importing this module stays cheap."""
    import jinja2
    from jinja2 import nodes
    from jinja2.compiler import CodeGenerator
    from jinja2.sandbox import ImmutableSandboxedEnvironment, SecurityError
    from jinja2.utils import Namespace
    from jinja2.visitor import NodeTransformer

    class TemplateLimit(SecurityError):
        """A template asked for more work or output than a title or intro can need."""

    class Bounder(NodeTransformer):
        """Route every loop and every `~` through the environment, where they are counted and measured."""

        def visit_For(self, node: nodes.For) -> nodes.Node:
            node = self.generic_visit(node)
            node.iter = nodes.Call(nodes.EnvironmentAttribute("bounded_iter"), [node.iter], [], None, None,
                                   lineno=node.lineno)
            return node

        def visit_Concat(self, node: nodes.Concat) -> nodes.Node:
            node = self.generic_visit(node)
            return nodes.Call(nodes.EnvironmentAttribute("bounded_concat"), list(node.nodes), [], None, None,
                              lineno=node.lineno)

    class BoundedCodeGenerator(CodeGenerator):
        """Jinja's code generator, applied to the template after its loops and joins are bounded."""

        def visit_Template(self, node, frame=None):  # noqa: ANN001 - Jinja's signature
            Bounder().visit(node)
            node.set_environment(self.environment)
            return super().visit_Template(node, frame)

    class Sandbox(ImmutableSandboxedEnvironment):
        """Jinja's immutable sandbox with a budget: steps, seconds, value sizes, output."""

        code_generator_class = BoundedCodeGenerator
        intercepted_binops = frozenset({"*", "**", "+", "%"})

        def __init__(self) -> None:
            super().__init__(undefined=jinja2.StrictUndefined, autoescape=False, finalize=self.count_output)
            safe = {name: self.filters[name] for name in SAFE_FILTERS}
            safe["join"], safe["replace"] = self.join_filter, self.replace_filter
            self.filters = safe
            self.globals = {"range": self.bounded_range, "dict": dict, "namespace": Namespace}
            self.steps = 0
            self.written = 0
            self.deadline = time.monotonic() + MAX_SECONDS

        def step(self) -> None:
            self.steps += 1
            if self.steps > MAX_STEPS:
                raise TemplateLimit(f"more than {MAX_STEPS:,} steps")
            if time.monotonic() > self.deadline:
                raise TemplateLimit(f"took more than {MAX_SECONDS:g} s")

        def checked(self, value: object) -> object:
            if _size(value) > MAX_VALUE_CHARS:
                raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters or elements")
            return value

        def count_output(self, value: object) -> object:
            self.written += len(str(value)) if value is not None else 0
            if self.written > MAX_RENDERED_CHARS:
                raise TemplateLimit(f"more than {MAX_RENDERED_CHARS:,} characters of output")
            return value

        def bounded_iter(self, iterable: object):
            for element in iterable:
                self.step()
                yield element

        def bounded_concat(self, *parts: object) -> str:
            self.step()
            if sum(_size(p) if isinstance(p, str) else 1 for p in parts) > MAX_VALUE_CHARS:
                raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters")
            return self.checked("".join(str(p) for p in parts))

        def bounded_range(self, *args: int) -> range:
            try:
                numbers = range(*args)
                too_long = len(numbers) > MAX_RANGE
            except OverflowError:
                too_long = True
            if too_long:
                raise TemplateLimit(f"range() of more than {MAX_RANGE:,} numbers")
            return numbers

        def join_filter(self, value, separator: str = "", attribute=None):  # noqa: ANN001 - Jinja's filter
            items = list(self.bounded_iter(value))
            separator = str(separator)
            if len(items) * len(separator) + sum(_size(i) if isinstance(i, str) else 8 for i in items) > MAX_VALUE_CHARS:
                raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters")
            return self.checked(self._default_join(items, separator, attribute))

        def replace_filter(self, value, old, new, count=None):  # noqa: ANN001 - Jinja's filter
            text, old, new = str(value), str(old), str(new)
            hits = text.count(old) if old else len(text) + 1
            if len(text) + hits * len(new) > MAX_VALUE_CHARS:
                raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters")
            return text.replace(old, new) if count is None else text.replace(old, new, int(count))

        def _default_join(self, items: list, separator: str, attribute) -> str:  # noqa: ANN001
            if attribute is not None:
                items = [self.getattr(i, attribute) for i in items]
            return separator.join(str(i) for i in items)

        def call(__self, __context, __obj, *args, **kwargs):  # noqa: N805, ANN001 - Jinja's signature
            __self.step()
            owner = getattr(__obj, "__self__", None)
            if isinstance(__obj, types.BuiltinMethodType) and isinstance(owner, (str, list, tuple, dict)):
                name = __obj.__name__
                if name not in SAFE_METHODS:
                    raise SecurityError(f"'{name}' cannot be called in a template")
                if name == "join":
                    return __self.join_filter(args[0] if args else [], owner)
                if name == "replace" and isinstance(owner, str) and len(args) >= 2:
                    return __self.replace_filter(owner, *args[:3])
            return __self.checked(super().call(__context, __obj, *args, **kwargs))

        def wrap_str_format(self, value):  # noqa: ANN001 - Jinja's signature
            return None  # no str.format at all (see is_safe_attribute): a width of 10**9 is one call

        def is_safe_attribute(self, obj, attr: str, value) -> bool:  # noqa: ANN001 - Jinja's signature
            if isinstance(obj, (str, list, tuple, dict)) and callable(value) and attr not in SAFE_METHODS:
                return False  # str.format and friends: formatting machinery and unbounded padding
            return super().is_safe_attribute(obj, attr, value)

        def getattr(self, obj, attribute):  # noqa: ANN001 - Jinja's signature
            self.step()
            return super().getattr(obj, attribute)

        def getitem(self, obj, argument):  # noqa: ANN001 - Jinja's signature
            self.step()
            return super().getitem(obj, argument)

        def call_binop(self, context, operator: str, left, right):  # noqa: ANN001 - Jinja's signature
            self.step()
            numbers = all(isinstance(v, int) and not isinstance(v, bool) for v in (left, right))
            if operator == "%" and isinstance(left, str):
                raise SecurityError("'%' formatting is not available in templates; join text with '~'")
            if operator == "**" and numbers and (right > MAX_INT_BITS or abs(left).bit_length() * max(right, 0) > MAX_INT_BITS):
                raise TemplateLimit(f"a number of more than {MAX_INT_BITS} bits")
            if operator == "*":
                if numbers and abs(left).bit_length() + abs(right).bit_length() > MAX_INT_BITS:
                    raise TemplateLimit(f"a number of more than {MAX_INT_BITS} bits")
                sequence, times = (left, right) if _size(left) else (right, left)
                if isinstance(times, int) and _size(sequence) * max(times, 0) > MAX_VALUE_CHARS:
                    raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters or elements")
            if operator == "+" and _size(left) + _size(right) > MAX_VALUE_CHARS:
                raise TemplateLimit(f"a value of more than {MAX_VALUE_CHARS:,} characters or elements")
            return self.checked(super().call_binop(context, operator, left, right))

    return Sandbox


_SANDBOX = None


def _sandbox():
    """A fresh sandbox (its budget is per rendering)."""
    global _SANDBOX
    if _SANDBOX is None:
        _SANDBOX = _make_sandbox()
    return _SANDBOX()


def render_text(text: str, variables: dict, path: Path) -> str:
    """Render a template string in the sandbox; any failure is one line naming the template file."""
    if not text:
        return ""
    import jinja2

    shown = _short(text)
    try:
        environment = _sandbox()
        pieces: list[str] = []
        written = 0
        for piece in environment.from_string(text).generate(**variables):
            written += len(piece)
            if written > MAX_RENDERED_CHARS:
                raise jinja2.TemplateError(f"more than {MAX_RENDERED_CHARS:,} characters of output")
            pieces.append(piece)
    except jinja2.TemplateError as exc:
        raise BriefingError(path, f"template text '{shown}': {_one_line(exc)}") from None
    except RecursionError:
        raise BriefingError(path, f"template text '{shown}': nested or recursive too deeply") from None
    except MemoryError:
        raise BriefingError(path, f"template text '{shown}': ran out of memory") from None
    except Exception as exc:  # template text is a program a stranger may have written: any failure is its own
        raise BriefingError(path, f"template text '{shown}': {type(exc).__name__}: {_one_line(exc)}") from None
    return clean_field("".join(pieces), MAX_RENDERED_CHARS)


def _short(text: str, limit: int = 40) -> str:
    """The start of a template string, for an error line."""
    flat = clean_field(text, MAX_RENDERED_CHARS)
    return flat if len(flat) <= limit else flat[:limit] + "…"


def _one_line(exc: BaseException) -> str:
    """An exception's message on one clean line."""
    text = str(exc).strip()
    return clean_field(text.splitlines()[0] if text else type(exc).__name__, 200)


# Stand-ins for the variables pipeline.template_variables gives, to try a template's text before a run.
SAMPLE_VARIABLES = {"headline": "Headline", "n_sources": 3, "outlets": ["Outlet A", "Outlet B"], "n_outlets": 2,
                    "n_unattributed": 1, "date_range": "2025-01-01 to 2025-01-02", "dates": ["2025-01-01", "2025-01-02"]}


def preflight(name_or_path: str | None = None) -> Template:
    """Load a template and try its text and reference.docx, so that a broken one fails before any article is read."""
    spec = load(name_or_path)
    for text in (spec.title, spec.subtitle, spec.intro, *(s.intro for s in spec.sections)):
        render_text(text, SAMPLE_VARIABLES, spec.path)
    reference = spec.reference_docx
    if reference is not None:
        check_package(reference, read_regular_file(reference, MAX_REFERENCE_BYTES))
    return spec


def check_package(reference: Path, data: bytes) -> None:
    """Refuse a reference.docx that is not a zip, or that would inflate far beyond any real one."""
    import io
    import zipfile

    try:
        with zipfile.ZipFile(io.BytesIO(data)) as package:
            members = package.infolist()
    except (zipfile.BadZipFile, ValueError, EOFError, OSError) as exc:
        raise BriefingError(reference, f"unreadable reference.docx (not a Word file: {exc.__class__.__name__})") from None
    if len(members) > MAX_REFERENCE_PARTS or sum(m.file_size for m in members) > MAX_REFERENCE_INFLATED:
        raise BriefingError(reference, f"unreadable reference.docx (unpacks to more than {MAX_REFERENCE_INFLATED:,} bytes)")
