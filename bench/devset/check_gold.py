"""Check the hand-written devset gold against the raw articles: files exist, matches hit, quotes and junk occur.

    python3 bench/devset/check_gold.py                 # every bench/devset/*.yaml, articles in /work/devset
    python3 bench/devset/check_gold.py --articles devset morocco-quake-2023

Prints one line per problem and exits 1 when there is any.
"""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

import yaml

HERE = Path(__file__).resolve().parent
DEFAULT_ARTICLES = Path("/work/devset")
KINDS = {"disaster", "accident", "politics", "court", "business", "sport", "culture", "crime", "science", "tech", "weather", "health", "migration", "space", "election", "obituary", "labour"}
DATELINE_ENDS = ("—", "–", "-", ":")   # how a dateline prefix ends when it has no trailing space
FILE_KEYS = {"outlet", "aliases", "named_in_text", "agency", "date", "headline", "url"}


def line_hits(line: str, groups: list[list[str]]) -> bool:
    """A line tells a fact when every group has one alternative in it (case-insensitive substring)."""
    low = line.lower()
    return all(any(alt.lower() in low for alt in group) for group in groups)


def is_dateline(junk: str) -> bool:
    """Dateline prefixes are written ending in a space or a separator ("NEW DELHI ", "LONDON — ")."""
    return junk != junk.rstrip() or junk.endswith(DATELINE_ENDS)


def is_tail(junk: str) -> bool:
    """A bracketed tail marker ends a real paragraph ("(More Toys 'R' Us stories.)", "(ANI)")."""
    return junk.startswith("(") and junk.endswith(")")


def is_junk_line(line: str, junk: list[str]) -> bool:
    """A line holding a junk substring is junk, except dateline prefixes (one after another, e.g. the
    stored " date 2023-08-09 " and then "MAUI, Hawaii — ") or a bracketed tail around the real paragraph."""
    text = line.strip()
    peeled = True
    while peeled:
        peeled = False
        for j in junk:
            core = j.strip()
            if is_dateline(j) and text.startswith(core) and len(text) > len(core):
                text, peeled = text[len(core):].strip(), True
            elif is_tail(core) and text.endswith(core) and len(text) > len(core):
                text, peeled = text[: -len(core)].strip(), True
    return any(j in text for j in junk)


def check_story(gold_path: Path, articles: Path) -> list[str]:
    """All problems found in one gold file."""
    problems: list[str] = []
    name = gold_path.stem

    def bad(msg: str) -> None:
        problems.append(f"{gold_path.name}: {msg}")

    gold = yaml.safe_load(gold_path.read_text(encoding="utf-8"))
    if gold.get("story") != name:
        bad(f"story {gold.get('story')!r} is not the file name {name!r}")
    if gold.get("kind") not in KINDS:
        bad(f"kind {gold.get('kind')!r} not one of {sorted(KINDS)}")
    for key in ("summary", "queries", "question", "focus_facts", "files", "key_facts", "quotes", "people", "events", "junk"):
        if key not in gold:
            bad(f"missing key {key!r}")
    folder = HERE.parent.parent / gold["folder"] if gold.get("folder") else articles / name
    texts: dict[str, str] = {}
    for fname, meta in (gold.get("files") or {}).items():
        path = folder / fname
        if not path.is_file():
            bad(f"file {fname} not in {folder}")
            continue
        if not fname.startswith(name + "-") and not gold.get("folder"):  # a story in the repo keeps its file names
            bad(f"file {fname} is not named {name}-NN.txt")
        texts[fname] = path.read_text(encoding="utf-8")
        missing = FILE_KEYS - set(meta or {})
        if missing:
            bad(f"{fname}: missing {sorted(missing)}")
        if meta and meta.get("headline") and meta["headline"] not in texts[fname]:
            bad(f"{fname}: headline not found in the text")
    on_disk = {p.name for p in folder.glob("*.txt")} if folder.is_dir() else set()
    for extra in sorted(on_disk - set(texts)):
        bad(f"{extra} is in {folder} but not in files")
    junk_list = [j for j in gold.get("junk") or [] if j]
    # Facts and events are told by article lines, not by captions or widgets that repeat them.
    lines = {f: [ln for ln in t.splitlines() if ln.strip() and not is_junk_line(ln, junk_list)]
             for f, t in texts.items()}

    facts = gold.get("key_facts") or []
    ids = [f.get("id") for f in facts]
    if len(set(ids)) != len(ids):
        bad("duplicate key fact ids")
    if not any(f.get("lead") for f in facts):
        bad("no lead fact")
    for fid in gold.get("focus_facts") or []:
        if fid not in ids:
            bad(f"focus fact {fid!r} is not a key fact id")
    for fact in facts:
        groups = fact.get("match") or []
        listed = fact.get("outlets") or []
        for fname in listed:
            if fname not in texts:
                bad(f"fact {fact.get('id')}: outlet file {fname} unknown")
            elif not any(line_hits(ln, groups) for ln in lines[fname]):
                bad(f"fact {fact.get('id')}: no line of {fname} matches {groups}")
        hitting = [f for f in texts if any(line_hits(ln, groups) for ln in lines[f])]
        if not hitting:
            bad(f"fact {fact.get('id')}: matches no line of any file")
        for fname in hitting:
            if fname not in listed:
                bad(f"fact {fact.get('id')}: also matches {fname}, not listed in outlets")
    for event in gold.get("events") or []:
        groups = event.get("match") or []
        if not any(line_hits(ln, groups) for f in texts for ln in lines[f]):
            bad(f"event {event.get('text')!r}: matches no line of any file")
        if event.get("precision") not in ("day", "month"):
            bad(f"event {event.get('text')!r}: precision must be day or month")
    for quote in gold.get("quotes") or []:
        fname = quote.get("file")
        if fname not in texts:
            bad(f"quote {quote.get('text')!r}: file {fname} unknown")
        elif quote.get("text", "") not in texts[fname]:
            bad(f"quote {quote.get('text')!r} not in {fname}")
        if len(quote.get("text", "").split()) < 5:
            bad(f"quote {quote.get('text')!r}: shorter than 5 words")
    # A speaker is a listed person, or a body named as the source (a newspaper quoted by another).
    people = {p.get("name") for p in gold.get("people") or []} | set(gold.get("not_people") or [])
    for quote in gold.get("quotes") or []:
        if quote.get("speaker") is not None and quote["speaker"] not in people:
            bad(f"quote {quote.get('text')!r}: speaker {quote['speaker']!r} in neither people nor not_people")
    everything = "\n".join(texts.values())
    for person in gold.get("people") or []:
        names = [person.get("name")] + list(person.get("aliases") or [])
        if not any(n and n in everything for n in names):
            bad(f"person {person.get('name')!r}: neither name nor alias occurs in any file")
    for junk in gold.get("junk") or []:
        if junk not in everything:
            bad(f"junk {junk!r} occurs in no file")
    for diff in gold.get("differences") or []:
        if diff.get("kind") not in ("update", "conflict"):
            bad(f"difference {diff.get('what')!r}: kind must be update or conflict")
    return problems


def main() -> int:
    """Check the named stories (default: all) and print problems."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stories", nargs="*", help="story names (default: every gold file)")
    parser.add_argument("--articles", type=Path, default=DEFAULT_ARTICLES, help="folder of story folders")
    args = parser.parse_args()
    golds = [HERE / f"{s}.yaml" for s in args.stories] if args.stories else sorted(HERE.glob("*.yaml"))
    problems: list[str] = []
    for gold in golds:
        found = check_story(gold, args.articles)
        problems += found
        print(f"{gold.stem}: {'ok' if not found else f'{len(found)} problem(s)'}")
    for p in problems:
        print("  " + p)
    return 1 if problems else 0


if __name__ == "__main__":
    sys.exit(main())
