"""Check the hand-written devset gold files against the raw articles in devset/<story>/."""
from __future__ import annotations

import datetime as dt
import re
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
# Raw articles live outside git; the integrator links <repo>/devset to /work/devset.
DEFAULT_ROOTS = (HERE.parent.parent / "devset", Path("/work/devset"))
KINDS = {"disaster", "accident", "politics", "court", "business", "sport", "culture", "crime", "science"}
# A junk entry this short at a line's start or end is a marker (dateline, tail), not the whole line.
MARKER_CHARS = 30
DATE_PREFIX = re.compile(r"^\s*date \d{4}-\d{2}-\d{2} ")
FILE_FIELDS = ("outlet", "aliases", "named_in_text", "agency", "date", "headline", "url")


def lines_of(path: Path) -> list[str]:
    """The file's lines, as the matcher sees them."""
    return path.read_text(encoding="utf-8").split("\n")


def hits(match: list[list[str]], line: str) -> bool:
    """True when every group has an alternative that occurs in the line (case-insensitive)."""
    low = line.lower()
    return all(any(alt.lower() in low for alt in group) for group in match)


def without_junk(line: str, junk: list[str]) -> str:
    """The line as a reader sees it: a short junk marker at its start or end (a dateline, a
    "(More ... stories.)" tail) is cut off; any other junk hit makes the whole line junk (a caption,
    a widget), so it tells no fact."""
    for j in junk:
        if j not in line:
            continue
        # The stored pages may open with " date YYYY-MM-DD "; a dateline follows it.
        stripped = DATE_PREFIX.sub("", line).strip()
        if len(j) <= MARKER_CHARS and stripped.startswith(j.strip()):
            line = stripped[len(j.strip()):]
        elif len(j) <= MARKER_CHARS and stripped.endswith(j.strip()):
            line = stripped[: -len(j.strip())]
        else:
            return ""
    return line


def valid_match(match: object) -> bool:
    """A match is a non-empty list of non-empty lists of strings."""
    return (isinstance(match, list) and bool(match)
            and all(isinstance(g, list) and g and all(isinstance(a, str) and a for a in g) for g in match))


def check_date(value: object, precision: str | None = None) -> bool:
    """Dates are YYYY-MM-DD (or YYYY-MM for month precision)."""
    if isinstance(value, dt.date):
        return precision in (None, "day")
    if isinstance(value, str):
        if precision == "month":
            return re.fullmatch(r"\d{4}-\d{2}", value) is not None
        try:
            dt.date.fromisoformat(value)
            return True
        except ValueError:
            return False
    return False


def check_story(gold_path: Path, root: Path) -> list[str]:
    """All problems found in one gold file."""
    problems: list[str] = []
    say = problems.append
    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    story = gold_path.stem
    if gold.get("story") != story:
        say(f"story field {gold.get('story')!r} != file name {story!r}")
    if gold.get("kind") not in KINDS:
        say(f"unknown kind {gold.get('kind')!r}")
    for field in ("summary", "queries", "question", "focus_facts", "files", "key_facts", "quotes",
                  "people", "not_people", "events", "differences", "junk"):
        if field not in gold:
            say(f"missing field {field}")
    folder = root / story
    texts: dict[str, list[str]] = {}
    for name, meta in (gold.get("files") or {}).items():
        path = folder / name
        if not path.is_file():
            say(f"file {name}: not found in {folder}")
            continue
        if not re.fullmatch(re.escape(story) + r"-\d{2}\.txt", name):
            say(f"file {name}: not named <story>-NN.txt")
        texts[name] = lines_of(path)
        for field in FILE_FIELDS:
            if field not in (meta or {}):
                say(f"file {name}: missing {field}")
        if meta and meta.get("date") is not None and not check_date(meta["date"]):
            say(f"file {name}: bad date {meta['date']!r}")
    if folder.is_dir():
        for path in sorted(folder.glob("*.txt")):
            if path.name not in texts and path.name not in (gold.get("files") or {}):
                say(f"file {path.name}: in {folder} but not listed in gold")
    all_lines = [(n, line) for n, ls in texts.items() for line in ls]
    junk_list = [j for j in (gold.get("junk") or []) if isinstance(j, str) and j]
    text_lines = [(n, cleaned) for n, line in all_lines if (cleaned := without_junk(line, junk_list))]

    ids = set()
    leads = 0
    for fact in gold.get("key_facts") or []:
        fid = fact.get("id")
        ids.add(fid)
        leads += bool(fact.get("lead"))
        match = fact.get("match")
        if not valid_match(match):
            say(f"fact {fid}: bad match {match!r}")
            continue
        found = {n for n, line in text_lines if hits(match, line)}
        if not found:
            say(f"fact {fid}: match hits no line")
        for name in fact.get("outlets") or []:
            if name not in texts:
                say(f"fact {fid}: outlet file {name} unknown")
            elif name not in found:
                say(f"fact {fid}: listed file {name} has no matching line")
        extra = found - set(fact.get("outlets") or [])
        if extra:
            say(f"fact {fid}: also matches unlisted {sorted(extra)} (check: tell the fact there, or tighten)")
    if not 1 <= leads <= 2:
        say(f"{leads} lead facts (want 1 or 2)")
    for fid in gold.get("focus_facts") or []:
        if fid not in ids:
            say(f"focus fact {fid} is not a key fact id")

    for quote in gold.get("quotes") or []:
        name, text = quote.get("file"), quote.get("text", "")
        if name not in texts:
            say(f"quote {text[:40]!r}: file {name} unknown")
        elif not any(text in line for line in texts[name]):
            say(f"quote {text[:40]!r}: not found in {name}")
        if "speaker" not in quote:
            say(f"quote {text[:40]!r}: no speaker field")

    for person in gold.get("people") or []:
        names = [person.get("name", "")] + list(person.get("aliases") or [])
        if not any(n and n.lower() in line.lower() for _, line in all_lines for n in names):
            say(f"person {person.get('name')!r}: neither name nor alias occurs in the files")
    for other in gold.get("not_people") or []:
        if not any(other.lower() in line.lower() for _, line in all_lines):
            say(f"not_people {other!r}: does not occur in the files")

    for event in gold.get("events") or []:
        match = event.get("match")
        if not valid_match(match):
            say(f"event {event.get('text')!r}: bad match")
        elif not any(hits(match, line) for _, line in text_lines):
            say(f"event {event.get('text')!r}: match hits no line")
        if event.get("precision") not in ("day", "month"):
            say(f"event {event.get('text')!r}: precision must be day or month")
        if not check_date(event.get("date"), event.get("precision")):
            say(f"event {event.get('text')!r}: bad date {event.get('date')!r}")

    for diff in gold.get("differences") or []:
        if diff.get("kind") not in ("update", "conflict"):
            say(f"difference {diff.get('what')!r}: kind must be update or conflict")
        if len(diff.get("values") or []) < 2:
            say(f"difference {diff.get('what')!r}: needs two or more values")

    for junk in junk_list:
        if not any(junk in line for _, line in all_lines):
            say(f"junk {junk!r}: not found in any file")
    return problems


def main(argv: list[str]) -> int:
    """Check every gold file (or those named) and print problems; exit 1 when any."""
    root = next((r for r in DEFAULT_ROOTS if r.is_dir()), DEFAULT_ROOTS[-1])
    paths = [Path(a) for a in argv] or sorted(HERE.glob("*.yaml"))
    bad = 0
    for path in paths:
        problems = check_story(path, root)
        print(f"{path.stem}: {'ok' if not problems else f'{len(problems)} problem(s)'}")
        for problem in problems:
            print(f"  - {problem}")
        bad += bool(problems)
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
