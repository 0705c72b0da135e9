"""Trust gate: the editor's checks (issues 10-12) over the hand-labelled development set.

    .venv/bin/python bench/trust.py                              # devset/ (or $BRIEFING_DEVSET), gold in bench/devset
    .venv/bin/python bench/trust.py --stories /work/devset --gold ../wt-devA/bench/devset --gold ../wt-devB/bench/devset
    .venv/bin/python bench/trust.py --update-baseline            # accept the current numbers

For every story that has a gold file (`bench/devset/<story>.yaml`, see bench/devset/README.md)
and a folder of articles (`<stories>/<story>/`), the real tool runs once,
`make_briefing([folder], max_words=900)` rendered as JSON (and once more with
`focus=<gold question>` for focus recall), and the JSON is scored against the gold. Only
`body_lines` and `source_rows` know the JSON's shape. The body is every line a reader sees
in every section except the sources appendix, plus the title (for junk only).

Metrics (a "share" is right/counted; overall shares are micro: numerators and denominators
summed over stories, except `key_facts_carried`, which is the macro mean of the stories' shares,
and `lead_in_key_points`, the share of stories):

- citation_support: over every (body line, cited outlet) pair; the outlet's files are the gold
  files whose outlet, alias or agency is that name (else the files the tool's own sources table
  labels so, else none). Supported when one of those files has a sentence (or as many adjacent
  sentences as the line has) holding at least half the line's content words (lowercased, stop
  words out, Snowball-stemmed) and every number in it. For a quote line only the quoted words
  count; a timeline date or difference label prefix is not part of the fact.
- outlet_accuracy_named: the sources table's outlet per file against gold outlet/aliases/agency,
  over files whose gold `named_in_text` is true (the issue-10 target). outlet_accuracy_all: over
  every file; an unattributed label (empty, "unattributed", the file name, outlet_from "file
  name") is right exactly when gold `named_in_text` is false.
- junk_lines (count): body lines containing a gold `junk` substring (case and quote style
  folded; entries under 8 characters or of one word must be the whole line: the crosshead
  "Statement" is junk alone, not inside "said in a statement"; an entry of several words in capitals, a heading,
  matches only as written), or matching a generic shape rule
  (`SHAPE_RULES`: photo credit, dateline, widget or call to action, hotline, markup).
- speaker_accuracy: quotes shown (lines of a quotes section, and any line with a typed speaker)
  matched to a gold quote by word-bigram overlap (half of the shorter's bigrams); right when the
  shown speaker is the gold speaker (same name, an alias, or one's name words contained in the
  other's, titles aside: "Putin" = "Vladimir Putin", "Ian Blair" != "Tony Blair"), or when
  neither names one. When gold quotes tie for the best overlap (pages giving the same words to a
  judge and to her court), the speaker of any of them is right. speaker_wrong (count): a named speaker that is not the gold one, including
  any speaker on a gold-null quote. Unmatched shown quotes are listed, not scored.
- people_precision: entries of a people section that are a gold person (name or alias,
  exactly or by contained name words); an entry in `not_people` or matching no one is wrong.
  key_people_recall: gold `key: true` people listed. people_roles: matched entries with a gold
  role whose shown role shares a content word with it.
- date_accuracy: dated lines (timeline lines, any line with a typed date) matched to gold
  events (every match group hits the line); right when a matching event has the same date
  (year-month when either side has month precision). dated_unmatched (count, not gated).
- false_differences (count): difference lines and "accounts differ" notes that match no gold
  difference: no gold value in the line (for a note: in the note), by its numbers (a number
  under 10 also needs a word of the difference's `what`) or half its content words.
- facts_twice (count): per gold key fact, body lines matching it beyond the first, summed.
- key_facts_carried: share of gold key facts matched by at least one body line (macro overall).
  Both read the lines that tell facts: a people entry ("David Beckham", "Anne Lopez - attorney
  general") names someone and a role, not what they did, so it neither carries nor repeats a fact.
- lead_in_key_points: a `lead: true` fact matches a line of the key-points section (0/1).
- lead_first: the first key point tells a `lead: true` fact: the briefing opens with what happened (0/1).
- wordlist_titles (count): theme section titles that are comma lists of short terms
  ("Act, error, suicide") or use a content word found in none of the section's lines.
- focus_recall / focus_recall_plain: share of gold `focus_facts` carried with focus=question
  and without.
- crashes (count); seconds (wall time of the plain run; the first story's includes the tool's lazy
  imports) and seconds_focus (the focused run): reported, never gated.

The result goes to bench/results/trust.json and is printed as Markdown. `--update-baseline`
writes bench/trust_baseline.json; otherwise every story and the overall row are compared with
it and the run exits 1 when a metric regresses by more than its tolerance (`METRICS`).
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
import time
import traceback
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

import snowballstemmer
from sumy.utils import get_stop_words

ROOT = Path(__file__).resolve().parent.parent
GOLD_DIR = ROOT / "bench" / "devset"
BASELINE = ROOT / "bench" / "trust_baseline.json"
RESULT = ROOT / "bench" / "results" / "trust.json"
MAX_WORDS = 900

# name -> (kind, tolerance, aggregate over stories). A share may drop by `tolerance` before it is a
# regression; a count may rise by it. "report" metrics are printed and stored, never gated.
METRICS: dict[str, tuple[str, float, str]] = {
    "citation_support": ("share", 0.02, "micro"),
    "outlet_accuracy_named": ("share", 0.02, "micro"),
    "outlet_accuracy_all": ("share", 0.02, "micro"),
    "junk_lines": ("count", 0, "sum"),
    "speaker_accuracy": ("share", 0.02, "micro"),
    "speaker_wrong": ("count", 0, "sum"),
    "people_precision": ("share", 0.02, "micro"),
    "key_people_recall": ("share", 0.02, "micro"),
    "people_roles": ("share", 0.05, "micro"),
    "date_accuracy": ("share", 0.02, "micro"),
    "dated_unmatched": ("report", 0, "sum"),
    "false_differences": ("count", 0, "sum"),
    "facts_twice": ("count", 0, "sum"),
    "key_facts_carried": ("share", 0.02, "macro"),
    "lead_in_key_points": ("share", 0, "stories"),
    "lead_first": ("share", 0, "stories"),
    "wordlist_titles": ("count", 0, "sum"),
    "focus_recall": ("share", 0.02, "micro"),
    "focus_recall_plain": ("report", 0, "micro"),
    "crashes": ("count", 0, "sum"),
    "seconds": ("report", 0, "sum"),
}

# Word lists, each in one place.
STOP_WORDS = frozenset(get_stop_words("english")) | {"said", "says", "say", "told", "tell", "according", "also"}
NAME_TITLES = frozenset("""mr mrs ms miss dr sir dame lord lady president vice prime minister king queen prince
princess sheikh general gen col colonel captain capt chief judge justice senator sen rep governor gov mayor
secretary chancellor pope saint st""".split())
# Head nouns a title may use without its items saying them ("Rescue efforts", "Other developments").
GENERIC_TITLE_WORDS = frozenset("""other more further latest developments development background context reaction
reactions response responses efforts effort aftermath details detail next what who where when why how key points
news update updates events event story also reported""".split())  # a catch-all heading names no term
JUNK_MIN_SUBSTRING = 8  # shorter gold junk ("252", a view counter) must be the whole line, not part of one
QUOTE_MATCH = 0.5  # share of the shorter quote's word bigrams the other must share
SUPPORT_SHARE = 0.5  # share of a line's content words one supporting sentence must hold
# Number words are numbers: "three workers" is not supported by "four workers" ("one" is left out: a pronoun too).
NUMBER_WORDS = {w: str(i) for i, w in enumerate("""zero _ two three four five six seven eight nine ten eleven twelve
thirteen fourteen fifteen sixteen seventeen eighteen nineteen twenty""".split()) if w != "_"} | {
    w: str(10 * i) for i, w in enumerate("_ _ _ thirty forty fifty sixty seventy eighty ninety".split()) if w != "_"}
# A tens word and a unit word are one number: 'Forty-one people have died' is 41 (not 40, and not no number at all)
_COMPOUND = re.compile(r"\b(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)[- ](one|two|three|four|five|six|seven|"
                       r"eight|nine)\b")
_UNITS = {w: i for i, w in enumerate("zero one two three four five six seven eight nine".split())}

# Generic junk shapes (secondary: the gold junk list is the primary check).
SHAPE_RULES: list[tuple[str, re.Pattern[str]]] = [
    ("photo credit", re.compile(r"\((?:photo|image|picture|pictured)s?\b[^)]{0,80}\)|\b(?:photo|image|picture)s? (?:by|credit)\b|getty images|©", re.I)),
    ("dateline", re.compile(r"^[A-Z][A-Z.'’ -]{2,}(?:,\s*[A-Z][\w.'’ -]*)?\s*(?:\([^)]{1,40}\))?\s*(?:_|—|–|--)(?:\s|$)")),
    ("widget or call to action", re.compile(r"^(?:watch|read more|read also|also read|see also|click|subscribe|sign up|share this|skip to|now reading|text size|advertisement|close\b|gallery\b|related:|most read|latest news|listen)\b", re.I)),
    ("hotline", re.compile(r"\bcall\b.{0,80}?\b\d[\d -]{6,}\d", re.I)),
    ("markup", re.compile(r"\.svg\b|\{\{|\}\}|</?[a-z][^>]{0,40}>|&[a-z]+;|^\W*$", re.I)),
]

_stemmer = snowballstemmer.stemmer("english")
_QUOTES = str.maketrans({"“": '"', "”": '"', "„": '"', "‘": "'", "’": "'", "‚": "'", "–": "-", "—": "-", "\u00a0": " "})
_WORD = re.compile(r"[^\W\d_]+(?:'[^\W\d_]+)?")
_NUMBER = re.compile(r"\d+(?:[.,]\d+)*")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[\"'(]?[A-Z0-9])|(?<=[.!?][\"'])\s+(?=[\"'(]?[A-Z0-9])")
_MONTHS = {m: i for i, m in enumerate("jan feb mar apr may jun jul aug sep oct nov dec".split(), 1)}


# ---------------------------------------------------------------------------------------------
# The adapter: the only code that knows the shape of the briefing's JSON.
# ---------------------------------------------------------------------------------------------

@dataclass
class Line:
    """One line a reader sees in the body, with whatever typed fields the JSON gives."""

    kind: str  # section kind: key_points, theme, quotes, differences, exclusives, timeline, people, title
    title: str  # section title
    text: str  # the line as shown, without its citation
    outlets: list[str] = field(default_factory=list)
    note: str = ""  # "accounts differ: ..." and other citation notes
    fact: str = ""  # the words that make the claim (quote words, text after a date or label prefix)
    quote: str | None = None
    speaker: str | None = None
    role: str | None = None
    name: str | None = None  # a people entry
    date: str | None = None  # YYYY-MM-DD or YYYY-MM
    values: list[str] = field(default_factory=list)  # a difference's values


@dataclass
class SourceRow:
    """One row of the sources table: the file and the outlet shown for it."""

    file: str
    outlet: str
    unattributed: bool


def body_lines(doc: dict) -> list[Line]:
    """Every line of the body, from today's JSON (lines with 'text'/'citation') or typed entries."""
    out: list[Line] = []
    for section in doc.get("sections") or []:
        kind, title = str(section.get("kind") or ""), str(section.get("title") or "")
        if kind == "sources":
            continue
        for entry in section.get("lines") or section.get("items") or []:
            if isinstance(entry, str):
                entry = {"text": entry}
            out.append(_line(entry, kind, title))
    return out


def _line(entry: dict, kind: str, title: str) -> Line:
    """One line: typed fields preferred, else parsed from today's display strings."""
    text = str(entry.get("text") or entry.get("display") or "")
    line = Line(kind=kind, title=title, text=text, fact=text)
    citation = entry.get("citation")
    if isinstance(entry.get("outlets"), list):
        line.outlets = [str(o.get("name") or o.get("outlet") or "") if isinstance(o, dict) else str(o)
                        for o in entry["outlets"]]
        line.note = str(entry.get("note") or "")
    elif isinstance(citation, list):
        line.outlets = [str(o) for o in citation]
    elif isinstance(citation, str) and citation:
        names, _, note = citation.partition(";")
        line.outlets = [n.strip() for n in names.split(",") if n.strip()]
        line.note = note.strip()
    if entry.get("note") and not line.note:
        line.note = str(entry["note"])

    speaker = entry.get("speaker")
    if isinstance(speaker, dict):
        line.speaker, line.role = speaker.get("name"), speaker.get("role")
    elif "speaker" in entry:
        line.speaker, line.role = speaker or None, entry.get("role")
    if entry.get("quote") or entry.get("words"):
        line.quote = str(entry.get("quote") or entry.get("words"))
    if kind == "quotes" and (line.quote is None or "speaker" not in entry):
        shown = re.match(r'^\s*["“](.+?)["”]\s*(?:[—–-]\s*(.+))?$', text, re.S)
        if shown:
            line.quote = line.quote or shown.group(1)
            if "speaker" not in entry and shown.group(2):
                name, _, role = shown.group(2).partition(",")
                line.speaker, line.role = name.strip() or None, role.strip() or None
    if line.quote:
        line.fact = line.quote

    person = entry.get("person") if isinstance(entry.get("person"), dict) else entry
    if kind == "people" or "name" in person:
        if person.get("name"):
            line.name, line.role = str(person["name"]), person.get("role") or line.role
        elif kind == "people":
            parts = re.split(r"\s+[—–]\s+", text, maxsplit=1)
            line.name, line.role = parts[0].strip(), (parts[1].strip() if len(parts) > 1 else None)

    if entry.get("date"):
        line.date = str(entry["date"])[:10]
        line.fact = str(entry.get("event") or _strip_date(text)[1] or text)
    elif kind == "timeline":
        line.date, line.fact = _strip_date(text)

    if kind == "differences" or entry.get("values"):
        values = entry.get("values") or []
        line.values = [str(v.get("value", v.get("text", ""))) if isinstance(v, dict) else str(v) for v in values]
        label = re.match(r"^([^:]{1,60}):\s+(.+)$", text, re.S)
        if label and len(label.group(1).split()) <= 6:
            line.values = line.values or [label.group(1)]
            line.fact = label.group(2)
        if entry.get("what"):
            line.note = (line.note + " " + str(entry["what"])).strip()
    return line


def _strip_date(text: str) -> tuple[str | None, str]:
    """A shown date prefix ('Tue 11 Mar 2025: ', 'Aug 2024: ', '2025-03-11: ') as ISO, and the rest."""
    day = re.match(r"^(?:[A-Z][a-z]{2,8}\.?,?\s+)?(\d{1,2})\s+([A-Z][a-z]{2,8})\.?,?\s+(\d{4}):\s*", text)
    if day and day.group(2)[:3].lower() in _MONTHS:
        return f"{day.group(3)}-{_MONTHS[day.group(2)[:3].lower()]:02d}-{int(day.group(1)):02d}", text[day.end():]
    us = re.match(r"^(?:[A-Z][a-z]{2,8}\.?,?\s+)?([A-Z][a-z]{2,8})\.?\s+(\d{1,2}),?\s+(\d{4}):\s*", text)
    if us and us.group(1)[:3].lower() in _MONTHS:
        return f"{us.group(3)}-{_MONTHS[us.group(1)[:3].lower()]:02d}-{int(us.group(2)):02d}", text[us.end():]
    month = re.match(r"^([A-Z][a-z]{2,8})\.?\s+(\d{4}):\s*", text)
    if month and month.group(1)[:3].lower() in _MONTHS:
        return f"{month.group(2)}-{_MONTHS[month.group(1)[:3].lower()]:02d}", text[month.end():]
    iso = re.match(r"^(\d{4}-\d{2}(?:-\d{2})?):\s*", text)
    if iso:
        return iso.group(1), text[iso.end():]
    return None, text


def source_rows(doc: dict) -> list[SourceRow]:
    """The sources table: file name and shown outlet (an unattributed label flagged)."""
    rows = []
    for source in doc.get("sources") or []:
        file = Path(str(source.get("file") or "")).name
        outlet = str(source.get("outlet") or "").strip()
        label = outlet.lower()
        unattributed = (not outlet or bool(source.get("unattributed")) or "unattributed" in label
                        or label in ("unknown", file.lower(), Path(file).stem.lower())
                        or source.get("outlet_from") == "file name")
        rows.append(SourceRow(file, outlet, unattributed))
    return rows


def title_line(doc: dict) -> Line:
    """The document title, checked for junk like a body line."""
    return Line(kind="title", title="", text=str(doc.get("title") or ""))


# ---------------------------------------------------------------------------------------------
# Text helpers
# ---------------------------------------------------------------------------------------------

def fold(text: str) -> str:
    """Lowercase with one style of quotes, dashes and spaces, accents dropped (gold and output may differ in all:
    'Marie-Jose Perec' is 'Marie-José Pérec')."""
    decomposed = unicodedata.normalize("NFKD", str(text))
    plain = "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    return " ".join(unicodedata.normalize("NFKC", plain).translate(_QUOTES).lower().split())


def numbers(text: str) -> set[str]:
    """The numbers in a text, thousands separators dropped ('2,122' = '2122'), a decimal's trailing zeros too
    ('5.00' = '5.0' = '5'), number words as digits."""
    low = fold(text)
    found = {decimal_value(n.replace(",", "").rstrip(".")) for n in _NUMBER.findall(low)}
    found |= {str(int(NUMBER_WORDS[tens]) + _UNITS[unit]) for tens, unit in _COMPOUND.findall(low)}
    low = _COMPOUND.sub(" ", low)
    return found | {NUMBER_WORDS[w] for w in _WORD.findall(low) if w in NUMBER_WORDS}


def decimal_value(number: str) -> str:
    """'5.00' -> '5', '4.750' -> '4.75'; whole numbers as they are."""
    return number.rstrip("0").rstrip(".") if "." in number else number


def content_stems(text: str) -> set[str]:
    """Stemmed content words: lowercased, stop words out, Snowball-stemmed."""
    words = [w.replace("'s", "") for w in _WORD.findall(fold(text))]
    return {_stemmer.stemWord(w) for w in words if w not in STOP_WORDS and len(w) > 1}


def sentences(text: str) -> list[str]:
    """Sentences of a text: each line split at sentence ends (one splitter for items and articles)."""
    out = []
    for paragraph in str(text).splitlines():
        out.extend(s.strip() for s in _SENTENCE_END.split(paragraph.translate(_QUOTES)) if s.strip())
    return out


def hits(text: str, groups: list) -> bool:
    """A gold match rule: every group has one alternative in the text (case-insensitive substring)."""
    low = fold(text)
    groups = [g if isinstance(g, list) else [g] for g in groups or []]
    return bool(groups) and all(any(fold(alt) in low for alt in group) for group in groups)


def name_key(name: str) -> str:
    """An outlet name reduced for comparison: 'The Herald (Glasgow)' -> 'heraldglasgow'."""
    return re.sub(r"[^a-z0-9]", "", re.sub(r"^the\s+", "", fold(name)))


def name_parts(label: str) -> set[str]:
    """A shown outlet label and its parts ('AP via Yahoo News' -> itself, 'AP', 'Yahoo News')."""
    parts = {label} | set(re.split(r"\s+via\s+|/|\(|\)|,|;|\s+and\s+|\s+for\s+", label))
    return {name_key(p) for p in parts if name_key(p)}


def person_words(name: str) -> set[str]:
    """A person's name words, titles aside."""
    return {w for w in _WORD.findall(fold(name).replace(".", " ")) if w not in NAME_TITLES}


def same_person(shown: str, names: list[str]) -> bool:
    """Shown name equals one of the names, or one's words contain the other's ('Putin' ~ 'Vladimir Putin')."""
    mine = person_words(shown)
    if not mine:
        return False
    for name in names:
        theirs = person_words(name)
        if theirs and (mine <= theirs or theirs <= mine):
            return True
    return False


def bigrams(text: str) -> set[tuple[str, str]]:
    """Word bigrams of a text (quotation matching)."""
    words = _WORD.findall(fold(text))
    return set(zip(words, words[1:], strict=False))


# ---------------------------------------------------------------------------------------------
# Scorers: each takes body lines (and rows, texts) and the gold dict, returns counts and details.
# ---------------------------------------------------------------------------------------------

def share(num: int, den: int) -> dict:
    """A share kept as its counts so that stories can be pooled."""
    return {"num": num, "den": den, "value": round(num / den, 4) if den else None}


def outlet_files(cited: str, gold: dict, rows: list[SourceRow]) -> list[str]:
    """The files a cited outlet name stands for: gold outlet/alias/agency first, else the tool's own label."""
    wanted = name_parts(cited)
    found = []
    for file, meta in (gold.get("files") or {}).items():
        meta = meta or {}
        names = [meta.get("outlet") or "", meta.get("agency") or ""] + list(meta.get("aliases") or [])
        if wanted & {name_key(n) for n in names if n}:
            found.append(file)
    if not found:
        found = [r.file for r in rows if r.outlet and name_key(r.outlet) == name_key(cited)]
        found += [f for f in (gold.get("files") or {}) if name_key(f) == name_key(cited)
                  or name_key(Path(f).stem) == name_key(cited) or f in cited]
    return sorted(set(found))


def supported(line: Line, file_text: str) -> bool:
    """Does one sentence (or as many adjacent ones as the line has) tell the line's fact?"""
    stems, nums = content_stems(line.fact), numbers(line.fact)
    if not stems and not nums:
        return fold(line.fact) in fold(file_text)
    width = max(1, len(sentences(line.fact)))
    units = sentences(file_text)
    for start in range(max(1, len(units) - width + 1)):
        window = " ".join(units[start:start + width])
        if nums - numbers(window):
            continue
        if not stems or len(stems & content_stems(window)) >= SUPPORT_SHARE * len(stems):
            return True
    return False


def score_citations(lines: list[Line], gold: dict, rows: list[SourceRow], texts: dict[str, str]) -> dict:
    """citation_support over (line, cited outlet) pairs."""
    good, total, bad = 0, 0, []
    for line in lines:
        for outlet in line.outlets:
            total += 1
            files = outlet_files(outlet, gold, rows)
            if any(supported(line, texts.get(f, "")) for f in files):
                good += 1
            else:
                bad.append({"text": line.text[:160], "outlet": outlet, "files": files})
    return {"citation_support": share(good, total), "unsupported": bad}


def score_outlets(rows: list[SourceRow], gold: dict) -> dict:
    """outlet_accuracy over files named in their text, and over all files."""
    named = [0, 0]
    every = [0, 0]
    wrong = []
    for row in rows:
        meta = (gold.get("files") or {}).get(row.file)
        if meta is None:
            continue
        names = {name_key(n) for n in [meta.get("outlet") or ""] + list(meta.get("aliases") or []) if n}
        names |= name_parts(meta.get("agency") or "")  # 'Press Trust of India (PTI)': either name
        is_named = bool(meta.get("named_in_text"))
        right = (not is_named) if row.unattributed else bool(name_parts(row.outlet) & names)
        every[0] += right
        every[1] += 1
        if is_named:
            named[0] += right
            named[1] += 1
        if not right:
            wrong.append({"file": row.file, "shown": row.outlet, "gold": meta.get("outlet"), "named_in_text": is_named})
    return {"outlet_accuracy_named": share(*named), "outlet_accuracy_all": share(*every), "wrong_outlets": wrong}


def junk_rule(line: Line, junk: list[str]) -> str | None:
    """Why a line is junk: the gold substring it holds, or the shape rule it matches; None when clean."""
    shown = fold(line.text)
    for entry in junk:
        if entry.isupper() and " " in entry.strip() and entry not in line.text:
            continue  # a heading in capitals ('VICE PRESIDENT KAMALA HARRIS') is junk as written, not the same words
            # in a sentence ('... endorsing Vice President Kamala Harris ...')
        entry = fold(entry)
        if not entry:
            continue
        if len(entry) < JUNK_MIN_SUBSTRING or " " not in entry.strip():  # one word ('Statement', a crosshead)
            if shown.strip(" .,:;-") == entry.strip(" .,:;-"):
                return f"gold: {entry}"
        elif entry in shown:
            return f"gold: {entry}"
    for name, pattern in SHAPE_RULES:
        if pattern.search(line.text):
            return f"shape: {name}"
    return None


def score_junk(lines: list[Line], gold: dict) -> dict:
    """junk_lines: body lines (and the title) that are junk."""
    found = []
    headlines = {_norm_headline(f.get("headline")) for f in (gold.get("files") or {}).values() if f.get("headline")}
    for line in lines:
        if line.kind == "title" and ({_norm_headline(line.text), _norm_headline(line.text.partition(":")[2])}
                                     & headlines):  # 'Briefing: <headline>', whatever the template's prefix
            continue  # a source's own headline titles the briefing, even where the page repeats it as junk
        rule = junk_rule(line, [str(j) for j in gold.get("junk") or []])
        if rule:
            found.append({"section": line.kind, "text": line.text[:160], "rule": rule})
    return {"junk_lines": len(found), "junk": found}


def _norm_headline(text: object) -> str:
    return " ".join(str(text or "").replace("’", "'").lower().split())


def speaker_names(speaker: str, gold: dict) -> list[str]:
    """A gold speaker's name and every alias the gold people list gives them."""
    names = [speaker]
    for person in gold.get("people") or []:
        if same_person(speaker, [person.get("name") or ""]) and person_words(person.get("name") or "") == person_words(speaker):
            names += list(person.get("aliases") or [])
    return names


def score_quotes(lines: list[Line], gold: dict) -> dict:
    """speaker_accuracy over shown quotes matched to gold quotes; speaker_wrong counted apart."""
    right, matched, wrong, unmatched, wrong_list = 0, 0, 0, [], []
    gold_quotes = [q for q in gold.get("quotes") or [] if q.get("text")]
    for line in lines:
        if not (line.kind == "quotes" or line.speaker):
            continue
        words = bigrams(line.quote or line.fact)
        best, best_overlap = [], 0.0  # every gold quote at the best overlap: pages that give the same words
        for quote in gold_quotes:     # to two speakers (a judge and her court) are both the truth
            theirs = bigrams(quote["text"])
            if not words or not theirs:
                continue
            overlap = len(words & theirs) / min(len(words), len(theirs))
            if overlap > best_overlap:
                best, best_overlap = [quote], overlap
            elif best and overlap == best_overlap:
                best.append(quote)
        if not best or best_overlap < QUOTE_MATCH:
            unmatched.append(line.text[:160])
            continue
        matched += 1
        truths = [quote.get("speaker") for quote in best]
        truth = truths[0]
        if not line.speaker:
            right += truth is None
            continue
        if any(t and same_person(line.speaker, speaker_names(t, gold)) for t in truths):
            right += 1
        else:
            wrong += 1
            wrong_list.append({"quote": line.text[:160], "shown": line.speaker, "gold": truth})
    return {"speaker_accuracy": share(right, matched), "speaker_wrong": wrong,
            "wrong_speakers": wrong_list, "unmatched_quotes": unmatched}


def find_person(name: str, gold: dict) -> dict | None:
    """The gold person a shown name is (exact name or alias first, then contained name words); None if none."""
    people = gold.get("people") or []
    for person in people:
        if fold(name) in {fold(n) for n in [person.get("name") or ""] + list(person.get("aliases") or [])}:
            return person
    if any(fold(name) == fold(n) for n in gold.get("not_people") or []):
        return None
    for person in people:
        if same_person(name, [person.get("name") or ""] + list(person.get("aliases") or [])):
            return person
    return None


def score_people(lines: list[Line], gold: dict) -> dict:
    """people_precision, key_people_recall and people_roles."""
    entries = [line for line in lines if line.kind == "people" and line.name]
    real, listed, roles, not_people = 0, set(), [0, 0], []
    for line in entries:
        person = find_person(line.name or "", gold)
        if person is None:
            not_people.append(line.name)
            continue
        real += 1
        listed.add(person.get("name"))
        if person.get("role"):
            roles[1] += 1
            roles[0] += bool(line.role and content_stems(line.role) & content_stems(person["role"]))
    key = [p.get("name") for p in gold.get("people") or [] if p.get("key")]
    return {"people_precision": share(real, len(entries)),
            "key_people_recall": share(sum(k in listed for k in key), len(key)),
            "people_roles": share(*roles), "not_people_listed": not_people,
            "key_people_missing": [k for k in key if k not in listed]}


def same_date(shown: str, truth: str, precision: str) -> bool:
    """Dates agree: to the day, or to the month when either side is only a month."""
    if precision == "month" or len(shown) == 7:
        return shown[:7] == truth[:7]
    return shown[:10] == truth[:10]


def score_dates(lines: list[Line], gold: dict) -> dict:
    """date_accuracy over dated lines matched to gold events; unmatched dated lines counted apart."""
    right, matched, wrong, unmatched = 0, 0, [], []
    for line in lines:
        if not line.date:
            continue
        events = [e for e in gold.get("events") or [] if hits(line.fact, e.get("match"))]
        if not events:
            unmatched.append(line.text[:160])
            continue
        matched += 1
        if any(same_date(line.date, str(e.get("date")), str(e.get("precision") or "day")) for e in events):
            right += 1
        else:
            wrong.append({"text": line.text[:160], "shown": line.date, "gold": sorted({str(e.get("date")) for e in events})})
    return {"date_accuracy": share(right, matched), "dated_unmatched": len(unmatched),
            "wrong_dates": wrong, "unmatched_dated": unmatched}


def value_in(value: str, claim: str, context: str, what: str) -> bool:
    """A gold difference value ('2,122 (Polish News; Sunday)') is in a shown difference: its numbers (a
    number under 10 also needs a word of the measure in the context), else half its content words."""
    core = re.split(r"\s*\(", value, maxsplit=1)[0]
    nums = numbers(core)
    if nums:
        specific = any(float(n) >= 10 for n in nums if re.fullmatch(r"\d+(?:\.\d+)?", n))
        return nums <= numbers(claim) and (specific or bool(content_stems(what) & content_stems(context)))
    stems = content_stems(core)
    return bool(stems) and len(stems & content_stems(claim)) >= SUPPORT_SHARE * len(stems)


def score_differences(lines: list[Line], gold: dict) -> dict:
    """false_differences: difference lines and 'accounts differ' notes that match no gold difference."""
    false = []
    for line in lines:
        if line.kind == "differences":
            claim = " ".join([line.text, *line.values, line.note])
        elif "differ" in line.note.lower():
            claim = line.note  # the note is the claim; the item's own figures are not a disagreement
        else:
            continue
        context = f"{line.text} {line.note}"
        real = any(any(value_in(str(v), claim, context, str(d.get("what") or "")) for v in d.get("values") or [])
                   for d in gold.get("differences") or [])
        if not real:
            false.append((line.text + (f" [{line.note}]" if line.note else ""))[:300])
    return {"false_differences": len(false), "false_difference_lines": false}


def facts_carried(lines: list[Line], facts: list[dict]) -> dict[str, int]:
    """For each gold key fact, how many body lines tell it."""
    return {f["id"]: sum(hits(line.text, f.get("match")) for line in lines) for f in facts}


def score_facts(lines: list[Line], gold: dict) -> dict:
    """facts_twice, key_facts_carried, lead_in_key_points and lead_first."""
    facts = [f for f in gold.get("key_facts") or [] if f.get("id")]
    counts = facts_carried([line for line in lines if line.kind != "people"], facts)
    leads = [f for f in facts if f.get("lead")]
    key_points = [line for line in lines if line.kind == "key_points"]
    lead = any(hits(line.text, f.get("match")) for f in leads for line in key_points)
    first = any(hits(key_points[0].text, f.get("match")) for f in leads) if key_points else False
    return {"facts_twice": sum(max(0, n - 1) for n in counts.values()),
            "key_facts_carried": share(sum(n > 0 for n in counts.values()), len(facts)),
            "lead_in_key_points": share(int(lead), 1 if leads else 0),
            "lead_first": share(int(first), 1 if leads else 0),
            "facts_told_more_than_once": {k: n for k, n in counts.items() if n > 1},
            "facts_missing": [k for k, n in counts.items() if n == 0]}


def title_problem(title: str, section_lines: list[Line]) -> str | None:
    """Why a theme title is not one an editor would write: a word list, or a term its lines never use."""
    parts = [p.strip() for p in re.split(r",|;|/|&|\band\b", title) if p.strip()]
    if "," in title and len(parts) >= 2 and all(len(p.split()) <= 2 for p in parts):
        return "word list"
    used = set().union(*(content_stems(line.text) for line in section_lines)) if section_lines else set()
    absent = sorted(w for w in _WORD.findall(fold(title)) if w not in STOP_WORDS and w not in GENERIC_TITLE_WORDS
                    and _stemmer.stemWord(w.replace("'s", "")) not in used)
    return f"absent from its items: {', '.join(absent)}" if absent else None


def score_titles(lines: list[Line]) -> dict:
    """wordlist_titles: theme sections titled by a word list or a term absent from their lines."""
    bad, titles = [], {}
    for line in lines:
        if line.kind == "theme":
            titles.setdefault(line.title, []).append(line)
    for title, section_lines in titles.items():
        problem = title_problem(title, section_lines)
        if problem:
            bad.append({"title": title, "problem": problem})
    return {"wordlist_titles": len(bad), "theme_titles": len(titles), "bad_titles": bad}


def score_focus(plain: list[Line], focused: list[Line] | None, gold: dict) -> dict:
    """focus_recall (with focus=question) against focus_recall_plain (without)."""
    ids = set(gold.get("focus_facts") or [])
    facts = [f for f in gold.get("key_facts") or [] if f.get("id") in ids]
    without = facts_carried(plain, facts)
    result = {"focus_recall_plain": share(sum(n > 0 for n in without.values()), len(facts))}
    if focused is not None:
        with_focus = facts_carried(focused, facts)
        result["focus_recall"] = share(sum(n > 0 for n in with_focus.values()), len(facts))
    return result


def score_story(doc: dict, gold: dict, texts: dict[str, str], focused_doc: dict | None = None) -> dict:
    """Every check of one story's briefing JSON against its gold."""
    lines = body_lines(doc)
    rows = source_rows(doc)
    result: dict = {}
    result.update(score_citations(lines, gold, rows, texts))
    result.update(score_outlets(rows, gold))
    result.update(score_junk([title_line(doc), *lines], gold))
    result.update(score_quotes(lines, gold))
    result.update(score_people(lines, gold))
    result.update(score_dates(lines, gold))
    result.update(score_differences(lines, gold))
    result.update(score_facts(lines, gold))
    result.update(score_titles(lines))
    result.update(score_focus(lines, body_lines(focused_doc) if focused_doc is not None else None, gold))
    return result


# ---------------------------------------------------------------------------------------------
# Running the tool over the set, pooling, comparing with the baseline
# ---------------------------------------------------------------------------------------------

def load_gold(path: Path) -> dict:
    """One gold file, parsed with the project's bounded YAML loader."""
    from briefing.guard import load_yaml

    gold = load_yaml(path.read_text(encoding="utf-8"), path)
    if not isinstance(gold, dict):
        from briefing.errors import BriefingError

        raise BriefingError(path, "a gold file is a YAML mapping (see GOLD-SCHEMA)")
    gold.setdefault("story", path.stem)
    return gold


def find_stories(stories: Path, gold_dirs: list[Path]) -> tuple[list[tuple[dict, Path]], list[str]]:
    """Stories with both gold and an articles folder; notes for gold without articles or unreadable gold."""
    from briefing.errors import BriefingError

    found, notes, seen = [], [], set()
    for directory in gold_dirs:
        for path in sorted(directory.glob("*.y*ml")) if directory.is_dir() else []:
            try:
                gold = load_gold(path)
            except (BriefingError, OSError, UnicodeDecodeError) as exc:  # one bad gold file does not sink the rest
                notes.append(f"{exc}; skipped" if isinstance(exc, BriefingError) else f"{path}: unreadable ({exc}); skipped")
                continue
            story = str(gold["story"])
            if story in seen:
                notes.append(f"{path}: story {story} already read from another --gold folder; skipped")
                continue
            folder = ROOT / gold["folder"] if gold.get("folder") else stories / story  # `folder:` a story in the repo
            if not folder.is_dir():
                notes.append(f"{path}: no articles folder {folder}; skipped")
                continue
            seen.add(story)
            found.append((gold, folder))
    return found, notes


def run_tool(folder: Path, focus: str | None) -> dict:
    """The real tool on one story folder, as a reader of its JSON would get it."""
    from briefing import make_briefing
    from briefing.render import render

    briefing = make_briefing([folder], max_words=MAX_WORDS, focus=focus)
    return json.loads(render(briefing, "json"))


def run_story(gold: dict, folder: Path, with_focus: bool) -> dict:
    """Run the tool (plain, then focused) on one story and score it; a crash is recorded, not raised."""
    from briefing.repair import clean_text, decode_bytes

    texts = {p.name: clean_text(decode_bytes(p.read_bytes(), p.name)) for p in sorted(folder.iterdir())
             if p.is_file() and p.suffix == ".txt"}  # as the tool reads them: mojibake repaired
    started = time.perf_counter()
    try:
        doc = run_tool(folder, None)
        seconds = round(time.perf_counter() - started, 2)
        focused = run_tool(folder, str(gold["question"])) if with_focus and gold.get("question") else None
    except Exception as exc:  # a crash is a finding for the table, not the end of the run
        return {"crashes": 1, "error": "".join(traceback.format_exception_only(type(exc), exc)).strip(),
                "seconds": round(time.perf_counter() - started, 2)}
    focus_seconds = round(time.perf_counter() - started - seconds, 2) if focused is not None else None
    return {**score_story(doc, gold, texts, focused), "crashes": 0, "seconds": seconds, "seconds_focus": focus_seconds}


def value(metric: object) -> float | int | None:
    """A metric's number, whether a share (dict) or a count."""
    return metric.get("value") if isinstance(metric, dict) else metric


def overall(stories: dict[str, dict]) -> dict:
    """The overall row: micro shares, macro key_facts_carried, story share for the lead, sums of counts."""
    row: dict = {}
    for name, (_kind, _, aggregate) in METRICS.items():
        present = [s[name] for s in stories.values() if name in s]
        if aggregate in ("micro", "stories") and present and isinstance(present[0], dict):
            row[name] = share(sum(p["num"] for p in present), sum(p["den"] for p in present))
        elif aggregate == "macro":
            values = [p["value"] for p in present if isinstance(p, dict) and p["value"] is not None]
            row[name] = {"value": round(sum(values) / len(values), 4) if values else None, "stories": len(values)}
        elif present:
            row[name] = round(sum(present), 2) if name == "seconds" else sum(present)
    return row


COLUMNS = [("citation_support", "cite"), ("outlet_accuracy_named", "outlet named"), ("outlet_accuracy_all", "outlet all"),
           ("junk_lines", "junk"), ("speaker_accuracy", "speaker"), ("speaker_wrong", "spk wrong"),
           ("people_precision", "people P"), ("key_people_recall", "key R"), ("people_roles", "roles"),
           ("date_accuracy", "dates"), ("dated_unmatched", "dated ?"), ("false_differences", "false diff"),
           ("facts_twice", "twice"), ("key_facts_carried", "carried"), ("lead_in_key_points", "lead"),
           ("lead_first", "lead 1st"),
           ("wordlist_titles", "bad titles"), ("focus_recall", "focus"), ("focus_recall_plain", "no focus"),
           ("crashes", "crash"), ("seconds", "s")]


def cell(metric: object) -> str:
    """A table cell: a share as '0.83 (60)', a count as itself, missing as '–'."""
    if isinstance(metric, dict):
        if metric.get("value") is None:
            return "–"
        return f"{metric['value']:.2f}" + (f" ({metric['den']})" if "den" in metric else "")
    return "–" if metric is None else str(metric)


def markdown(stories: dict[str, dict], total: dict) -> str:
    """The per-story table and the overall row, in Markdown."""
    out = ["| story | " + " | ".join(h for _, h in COLUMNS) + " |", "|---" * (len(COLUMNS) + 1) + "|"]
    for story, scores in stories.items():
        out.append(f"| {story} | " + " | ".join(cell(scores.get(k)) for k, _ in COLUMNS) + " |")
    out.append(f"| **overall** ({len(stories)}) | " + " | ".join(cell(total.get(k)) for k, _ in COLUMNS) + " |")
    return "\n".join(out)


def regressions(now: dict, before: dict) -> list[str]:
    """Metrics worse than the baseline by more than their tolerance, per story and overall."""
    found = []
    pairs = [("overall", now["overall"], before.get("overall", {}))] if now["stories"].keys() == before.get("stories", {}).keys() else []
    pairs += [(s, now["stories"][s], before["stories"][s]) for s in now["stories"] if s in before.get("stories", {})]
    for where, mine, theirs in pairs:
        for name, (kind, tolerance, _) in METRICS.items():
            a, b = value(mine.get(name)), value(theirs.get(name))
            if kind == "report" or a is None or b is None:
                continue
            if (kind == "share" and a < b - tolerance) or (kind == "count" and a > b + tolerance):
                found.append(f"REGRESSION {where} {name}: {b} -> {a} (tolerance {tolerance})")
    return found


def main(argv: list[str] | None = None) -> int:
    global MAX_WORDS
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--stories", type=Path, default=Path(os.environ.get("BRIEFING_DEVSET") or ROOT / "devset"),
                        help="folder holding one folder of articles per story (default devset/ or $BRIEFING_DEVSET)")
    parser.add_argument("--gold", type=Path, action="append", help="folder of <story>.yaml gold files (repeatable)")
    parser.add_argument("--only", nargs="*", help="score only these stories")
    parser.add_argument("--no-focus", action="store_true", help="skip the focused run (halves the time)")
    parser.add_argument("--max-words", type=int, default=MAX_WORDS,
                        help=f"briefing length (default {MAX_WORDS}); the baseline is kept at the default only")
    parser.add_argument("--result", type=Path, default=RESULT)
    parser.add_argument("--baseline", type=Path, default=BASELINE)
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args(argv)
    MAX_WORDS = args.max_words

    found, notes = find_stories(args.stories, args.gold or [GOLD_DIR])
    for note in notes:
        print(f"trust: note: {note}")
    if args.only:
        found = [(g, f) for g, f in found if g["story"] in args.only]
    if not found:
        print(f"trust: no stories with gold found (articles {args.stories}, gold {', '.join(map(str, args.gold or [GOLD_DIR]))});"
              " nothing to score")
        return 0

    import briefing.render  # noqa: F401 - imported before the clock starts, so the first story is not charged for it

    stories = {}
    for gold, folder in found:
        print(f"trust: {gold['story']} ...", file=sys.stderr, flush=True)
        stories[str(gold["story"])] = run_story(gold, folder, not args.no_focus)
    total = overall(stories)
    if MAX_WORDS != 900 and (args.update_baseline or args.result == RESULT):
        args.result = args.result.with_name(f"trust-{MAX_WORDS}.json")
        args.update_baseline = False
    record = {"max_words": MAX_WORDS, "focus": not args.no_focus, "stories": stories, "overall": total}
    args.result.parent.mkdir(parents=True, exist_ok=True)
    args.result.write_text(json.dumps(record, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")
    print(markdown(stories, total))
    print(f"\nshares: value (counted); overall micro except 'carried' (macro) and 'lead' (share of stories). Details: {args.result}")

    if args.update_baseline:
        slim = {"stories": {s: {k: v for k, v in m.items() if k in METRICS} for s, m in stories.items()},
                "overall": {k: v for k, v in total.items() if k in METRICS}}
        args.baseline.write_text(json.dumps(slim, indent=2, sort_keys=True) + "\n", encoding="utf-8")
        print(f"baseline updated: {args.baseline}")
        return 0
    if MAX_WORDS != 900:
        print(f"(at {MAX_WORDS} words: not compared with the baseline, which is kept at 900)")
        return 0
    if not args.baseline.exists():
        print("no stored baseline: run with --update-baseline to create one")
        return 0
    found_regressions = regressions(record, json.loads(args.baseline.read_text(encoding="utf-8")))
    for line in found_regressions:
        print(line)
    if not found_regressions:
        print("no regression against the stored baseline")
    return 1 if found_regressions else 0


if __name__ == "__main__":
    sys.exit(main())
