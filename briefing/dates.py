"""The one date module: month and weekday names, article date lines, datelines, date expressions in sentences,
and the date of a sentence's main event resolved against the date of the article that says it.

Precision first everywhere: a refused date (None) costs less than a wrong one. Choices made for ambiguous cases:
- a bare weekday ('on Tuesday', 'late Tuesday', 'Tuesday night') in past-tense copy is the most recent such day
  on or before the article date; the same day is allowed, because wire copy names today's weekday ('said Tuesday');
  in a clause with a future marker ('will be buried Friday') it is the next such day after the article date, and
  None when that is the article's own weekday (today or in a week?); 'later Thursday' / 'earlier Thursday' allow
  the same day (wire copy's 'later Thursday' is today in a Thursday story);
- 'last Friday' is strictly before the article date, 'next Tuesday' strictly after (in an article of Monday
  7 August 2000, 'next Tuesday' is 8 August);
- 'last August' is the August before the article's month; 'in August' the latest August not after it;
- 'overnight' and 'last night' are the day before the article date (the night ran into the article's day);
- 'a week ago' is seven days before; 'a year ago' resolves to the year but is never an event's date (it compares);
- 'last week', 'this week', 'a few days ago' are found (so they count as a date in a sentence) but not resolved;
- numeric day/month ('20/09/2017', '09/20/2017') only when one part is over 12; '05/06/2017' is refused;
- a possessive ('Friday's game', 'last year's figures') dates a noun, not an event: not an expression;
- lowercase 'may', 'march' and capitalised month names with no number or modifier ('Theresa May', 'August
  Wilson') are not dates; capitalised 'Today'/'Tonight' mid-sentence are names of programmes.
No third-party parser is used: once our patterns have found an expression its resolution is calendar arithmetic,
and dateparser gets 'last August', 'late Tuesday' and 'on Monday' (same day) wrong and costs about 0.15 s on first
use (import plus language data); see the tests for the cases it would miss.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta

from briefing import lexicon

__all__ = ["MONTHS", "WEEKDAYS", "MONTH_ABBREVIATIONS", "WEEKDAY_ABBREVIATIONS", "MONTH_NUMBER", "WEEKDAY_NUMBER",
           "Expression", "find_expressions", "resolve", "event_date", "article_date", "dateline_month_day",
           "dateline_date", "nearest_date", "parse_iso", "yearless_day"]

# -- Names: the one place for month and weekday spellings ------------------------------------------------------------
MONTHS = ("january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december")
WEEKDAYS = ("monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday")
MONTH_ABBREVIATIONS = {"jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9, "sept": 9,
                       "oct": 10, "nov": 11, "dec": 12}
WEEKDAY_ABBREVIATIONS = {"mon": 0, "tue": 1, "tues": 1, "wed": 2, "thu": 3, "thur": 3, "thurs": 3, "fri": 4,
                         "sat": 5, "sun": 6}
# Every spelling (lowercase, no period) -> month number 1-12 / weekday number 0-6 (Monday = 0, as date.weekday()).
MONTH_NUMBER = {**{name: i + 1 for i, name in enumerate(MONTHS)}, **MONTH_ABBREVIATIONS}
CALENDAR_WORDS = frozenset(WEEKDAYS) | frozenset(MONTH_NUMBER)  # a day or a month, never a name ('Reuters Tuesday')
WEEKDAY_NUMBER = {**{name: i for i, name in enumerate(WEEKDAYS)}, **WEEKDAY_ABBREVIATIONS}
NUMBER_WORDS = {"a": 1, "an": 1, **{w: n for w, n in lexicon.NUMBER_WORDS.items() if 1 <= n <= 12}}  # "a week ago"

# -- Word lists that decide what is not a date, or not the event's date ----------------------------------------------
# Words before a weekday that make it a name ('Bloody Sunday', 'Super Tuesday') or a habit ('every Friday').
WEEKDAY_NAME_BEFORE = {"bloody", "good", "black", "super", "ash", "easter", "palm", "holy", "cyber", "maundy",
                       "shrove", "whit", "low", "every", "each", "a", "one"}
# Words after a weekday that make it part of a name or a thing ('Sunday Times', 'Sunday school').
WEEKDAY_NAME_AFTER = {"times", "telegraph", "mirror", "express", "herald", "post", "people", "independent", "sport",
                      "school", "service", "services", "mass", "edition", "editions", "paper", "papers", "magazine",
                      "show", "program", "programme", "market", "markets", "trading"}
# Words earlier in the clause that make a date the background's: 'the war that began on Feb. 24, 2022'.
BACKGROUND_BEFORE = re.compile(
    r"\b(?:since|began|begun|begin|begins|started|start|starting|launched|sparked|anniversary|anniversaries|born|"
    r"founded|established|dating|dates|compared|than|until|till|ended|ending|first|previous|prior)\b|"
    r"\b(?:which|who|whom|whose|where|when)\b|[—–(]|--", re.I)
_AS_OF = re.compile(r"\bas\s+(?:of|at)\s*$", re.I)
# Modifiers that say the event is not at the date ('since Tuesday', 'by March', 'before 2009').
NOT_AT_MODIFIERS = {"since", "until", "till", "by", "before", "after", "from", "through"}
# A clause with one of these speaks of the future: a bare weekday then points forward ('will be buried Friday').
FUTURE_MARKERS = re.compile(r"\b(?:will|shall|won't|(?:is|are|was|were) (?:due|set|scheduled|expected|to)|"
                            r"plans? to|planned|upcoming|[a-z]+'ll)\b", re.I)
SPEECH_VERBS = re.compile(r"\b(?:said|says|told|announced|added|confirmed|reported|stated|declared|wrote|"
                          r"tweeted|acknowledged|insisted|warned|claimed)\b", re.I)
DATE_LINE_WORDS = {"published", "updated", "posted", "modified", "last", "first", "date", "dated", "on", "at", "am",
                   "pm", "a.m", "p.m", "edt", "est", "cdt", "cst", "mdt", "mst", "pdt", "pst", "et", "pt", "ct",
                   "gmt", "utc", "bst", "cet", "cest", "ist", "jst", "aest", "z", "time", "local", "ago", "hour", "hours",
                   "minute", "minutes", "min", "mins", "day", "days"}
DATE_LINE_MAX_CHARS = 120  # longer lines are text that mentions a date, not a date line
DATE_LINE_STRAY_WORDS = 3  # capitalised words allowed beside the date ('WASHINGTON', 'Reuters')

# -- Patterns ---------------------------------------------------------------------------------------------------------
_FULL_MONTH = "|".join(name.capitalize() for name in MONTHS)
_ABBR_MONTH = "|".join(sorted((a.capitalize() for a in MONTH_ABBREVIATIONS), key=len, reverse=True))
_MONTH = rf"(?P<mon>(?:{_FULL_MONTH})\b|(?:{_ABBR_MONTH})(?:\.|\b))"
_WEEKDAY = "|".join(name.capitalize() for name in WEEKDAYS)
_WEEKDAY_ABBR = "|".join(sorted((a.capitalize() for a in WEEKDAY_ABBREVIATIONS), key=len, reverse=True))
_LEAD_WEEKDAY = rf"(?:(?P<lwd>(?:{_WEEKDAY})\b|(?:{_WEEKDAY_ABBR})(?:\.|\b)),?\s+)?"
_ON = r"(?:(?P<on>(?i:on))\s+)?"
_DAY = r"(?P<day>\d{1,2})(?:st|nd|rd|th)?(?!\d)"
_YEAR = r"(?P<year>(?:19|20)\d{2})(?!\d)"

_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("mdy", re.compile(rf"{_ON}{_LEAD_WEEKDAY}{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}")),
    ("dmy", re.compile(rf"{_ON}{_LEAD_WEEKDAY}(?:the\s+)?{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}")),
    ("iso", re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})(?![\d-])")),
    ("numeric", re.compile(r"(?<![\d/])(?P<a>\d{1,2})/(?P<b>\d{1,2})/(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/])")),
    ("md", re.compile(rf"{_ON}{_LEAD_WEEKDAY}{_MONTH}\s+{_DAY}(?!\s*[:%]|,?\s*\d)")),
    ("dm", re.compile(rf"{_ON}{_LEAD_WEEKDAY}(?:the\s+)?\b{_DAY}\s+(?:of\s+)?{_MONTH}(?!,?\s*\d)")),
    ("my", re.compile(rf"(?:(?P<mod>(?i:in|since|until|by|during|from|before|after|early|late|mid))[\s-]+)?"
                      rf"{_MONTH}(?:\s+of)?,?\s+{_YEAR}")),
    ("month", re.compile(rf"(?P<mod>(?i:last|next|this|in|since|until|by|during|from|before|after|early|late|mid)"
                         rf"(?:\s+(?i:last|this))?)[\s-]+(?P<mon>{_FULL_MONTH})\b(?!\s*\d|['’]s\b|\s+[A-Z])")),
    ("year", re.compile(r"(?P<mod>(?i:in|since|during|until|by|before|after|from|through|early|late|mid|of))[\s-]+"
                        r"(?P<year>(?:19|20)\d{2})\b(?![\d%]|[.,]\d|-\d|['’]s)")),
    ("weekday", re.compile(rf"(?:(?P<mod>(?i:late on|early on|later on|earlier on|later|earlier|late|early|on|last|"
                           rf"next|this|since|until|by|before|"
                           rf"after|from))\s+)?(?P<wd>{_WEEKDAY})\b(?!['’]s\b)"
                           r"(?:\s+(?P<part>morning|afternoon|evening|night))?")),
    ("relative", re.compile(
        r"(?i:\b(?P<rel>the day before yesterday|(?:earlier |later )?today|tonight|tomorrow|"
        r"yesterday(?: morning| afternoon| evening)?|overnight|last night|"
        r"this (?:morning|afternoon|evening)|(?:earlier |later )?(?:this|last|next) (?:week|month|year)|"
        r"(?P<n>\d+|a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a few|several|a couple of)"
        r" (?P<unit>day|week|month|year|decade)s? ago)\b)(?!['’]s)")),
]


@dataclass(frozen=True)
class Expression:
    """A date expression found in a sentence: its text and span, kind, and what it says."""

    text: str
    start: int
    end: int
    kind: str  # "absolute" (names a calendar date, month or year), "weekday", or "relative" (to the article date)
    year: int | None = None
    month: int | None = None
    day: int | None = None
    weekday: int | None = None  # 0 = Monday
    modifier: str = ""  # 'on', 'late', 'last', 'next', 'since', 'in' ... lowercase, '' when none
    relative: str = ""  # for kind 'relative': 'yesterday', 'last month', '2 day ago' (normalised)


# -- Sentences: finding expressions -----------------------------------------------------------------------------------
def find_expressions(sentence: str) -> list[Expression]:
    """Date expressions in a sentence, left to right, never overlapping; precision first."""
    found: list[Expression] = []
    for kind, pattern in _PATTERNS:
        for match in pattern.finditer(sentence):
            expression = _expression(kind, match, sentence)
            if expression is not None:
                found.append(expression)
    found.sort(key=lambda e: (e.start, -(e.end - e.start)))
    chosen: list[Expression] = []
    for expression in found:
        if not chosen or expression.start >= chosen[-1].end:
            chosen.append(expression)
        elif expression.end - expression.start > chosen[-1].end - chosen[-1].start and _overlaps_only(chosen, expression):
            chosen[-1] = expression
    return chosen


def _overlaps_only(chosen: list[Expression], expression: Expression) -> bool:
    """True when the longer expression overlaps the last chosen one only."""
    return len(chosen) < 2 or expression.start >= chosen[-2].end


def _expression(kind: str, match: re.Match[str], text: str) -> Expression | None:
    """Build one expression from a pattern match, or None when the context says it is no date."""
    groups = match.groupdict()
    span = (match.start(), match.end())
    mod = (groups.get("mod") or groups.get("on") or "").lower()
    if kind in ("mdy", "dmy", "md", "dm", "my"):
        month = _month_of(groups["mon"])
        day = int(groups["day"]) if groups.get("day") else None
        year = int(groups["year"]) if groups.get("year") else None
        if day is not None and not 1 <= day <= 31:
            return None
        weekday = _weekday_of(groups.get("lwd"))
        return Expression(match.group(0), *span, "absolute", year, month, day, weekday, mod)
    if kind == "iso":
        return Expression(match.group(0), *span, "absolute", int(groups["year"]), int(groups["mnum"]),
                          int(groups["day"]))
    if kind == "numeric":
        return _numeric(match)
    if kind == "month":
        return Expression(match.group(0), *span, "absolute", None, _month_of(groups["mon"]), None, None,
                          " ".join(mod.split()))
    if kind == "year":
        return Expression(match.group(0), *span, "absolute", int(groups["year"]), modifier=mod)
    if kind == "weekday":
        if _weekday_is_name(text, match.start("wd"), match.end()):
            return None
        if not mod and match.end("wd") < len(text) and text[match.end("wd"):].startswith(("s ", "s.")):
            return None
        return Expression(match.group(0), *span, "weekday", weekday=_weekday_of(groups["wd"]),
                          modifier=" ".join(mod.split()))
    return _relative(match, text)


def _numeric(match: re.Match[str]) -> Expression | None:
    """'20/09/2017' or '9/20/2017' only when one part is over 12; '05/06/2017' is refused."""
    groups = match.groupdict()
    a, b, year = int(groups["a"]), int(groups["b"] or groups.get("hb")), int(groups["year"] or groups.get("hyear"))
    if year < 100:
        year += 2000 if year < 70 else 1900
    if a > 12 >= b:
        day, month = a, b
    elif b > 12 >= a:
        day, month = b, a
    else:
        return None
    if not (1 <= month <= 12 and 1 <= day <= 31):
        return None
    return Expression(match.group(0), match.start(), match.end(), "absolute", year, month, day)


def _relative(match: re.Match[str], text: str) -> Expression | None:
    """'yesterday', 'overnight', 'two days ago', 'last month'... unless the context makes it a name or adjective."""
    rel = " ".join(match.group("rel").lower().split())
    word = match.group("rel")
    before = text[:match.start()].rstrip()
    if word[0].isupper() and before and before[-1] not in ".!?\"“‘'(:" and not before.endswith(","):
        return None  # 'the Today programme', 'USA Today', 'The Tonight Show'
    if rel == "overnight" and re.search(r"\b(?:an?|the|one)\s*$", before, re.I):
        return None  # 'an overnight flight': an adjective
    if match.group("unit"):
        n = match.group("n").lower()
        amount = NUMBER_WORDS.get(n) or (int(n) if n.isdigit() else 0)
        rel = f"{amount} {match.group('unit').lower()} ago"  # amount 0: vague ('a few days ago')
    return Expression(match.group(0), match.start(), match.end(), "relative", relative=rel)


def _weekday_is_name(text: str, start: int, end: int) -> bool:
    """'Bloody Sunday', 'every Friday', 'the Sunday Times': a weekday word that names no day."""
    before = re.search(r"([A-Za-z]+)\W*$", text[:start])
    after = re.match(r"\W*([A-Za-z]+)", text[end:])
    if before and before.group(1).lower() in WEEKDAY_NAME_BEFORE:
        return True
    return bool(after and after.group(1).lower() in WEEKDAY_NAME_AFTER)


def _month_of(name: str | None) -> int | None:
    """Month number of any spelling ('Sept.', 'SEPTEMBER', 'Aug')."""
    return MONTH_NUMBER.get(name.rstrip(".").lower()) if name else None


def _weekday_of(name: str | None) -> int | None:
    """Weekday number of any spelling ('Tues.', 'Wednesday'); Monday = 0."""
    return WEEKDAY_NUMBER.get(name.rstrip(".").lower()) if name else None


# -- Resolving an expression against the article's date ---------------------------------------------------------------
def resolve(expression: Expression, reference: date, *, future: bool = False) -> tuple[date, str] | None:
    """The date an expression means in an article dated `reference`, with precision 'day', 'month' or 'year'.

    `future` says the clause speaks of what is to come, so a bare weekday or month points forward."""
    if expression.kind == "weekday":
        return _resolve_weekday(expression, reference, future)
    if expression.kind == "relative":
        return _resolve_relative(expression.relative, reference)
    return _resolve_absolute(expression, reference, future)


def _resolve_weekday(expression: Expression, reference: date, future: bool) -> tuple[date, str] | None:
    """'last Friday' strictly before, 'next Tuesday' strictly after, bare: on or before (future: after)."""
    assert expression.weekday is not None
    back = (reference.weekday() - expression.weekday) % 7
    ahead = (expression.weekday - reference.weekday()) % 7
    if expression.modifier == "last":
        return reference - timedelta(days=back or 7), "day"
    if expression.modifier.startswith("later"):
        return reference + timedelta(days=ahead), "day"  # 'later Thursday': today if today is Thursday, else next
    if expression.modifier.startswith("earlier"):
        return reference - timedelta(days=back), "day"
    if expression.modifier == "next" or future:
        if future and not ahead and expression.modifier != "next":
            return None  # 'will meet on Tuesday' in a Tuesday article: today or in a week, we cannot tell
        return reference + timedelta(days=ahead or 7), "day"
    if ahead == 1:
        return None  # 'on Sunday' in a page dated Saturday: six days before, or already Sunday where it happened
        # (an 'Updated Apr 13' page on Israel's night of 14 April): we cannot tell
    return reference - timedelta(days=back), "day"


def _resolve_relative(relative: str, reference: date) -> tuple[date, str] | None:
    """'yesterday', 'overnight', '7 day ago', 'last month'... against the article date."""
    words = relative.split()
    if words[-1] == "ago":
        amount, unit = int(words[0]), words[1]
        if amount == 0:
            return None  # 'a few days ago'
        if unit in ("day", "week"):
            return reference - timedelta(days=amount * (7 if unit == "week" else 1)), "day"
        if unit == "month":
            return _shift_month(reference, -amount), "month"
        return date(reference.year - amount * (10 if unit == "decade" else 1), 1, 1), "year"
    if relative in ("today", "earlier today", "later today", "tonight") or relative.startswith("this ") and \
            words[-1] in ("morning", "afternoon", "evening"):
        return reference, "day"
    if relative.startswith("yesterday") or relative in ("overnight", "last night"):
        return reference - timedelta(days=1), "day"
    if relative == "the day before yesterday":
        return reference - timedelta(days=2), "day"
    if relative == "tomorrow":
        return reference + timedelta(days=1), "day"
    step = {"last": -1, "this": 0, "next": 1}[words[-2]]
    if words[-1] == "month":
        return _shift_month(reference, step), "month"
    if words[-1] == "year":
        return date(reference.year + step, 1, 1), "year"
    return None  # weeks: no precision to show


def _resolve_absolute(expression: Expression, reference: date, future: bool) -> tuple[date, str] | None:
    """Calendar dates, months and years; a missing year comes from the article date."""
    year, month, day, mod = expression.year, expression.month, expression.day, expression.modifier
    if month is None:
        return (date(year, 1, 1), "year") if year else None
    if day is None:
        if year is None:
            year = _month_year(month, reference, mod, future)
        return date(year, month, 1), "month"
    if expression.weekday is not None:
        return _with_weekday(expression, reference)
    if year is None:
        year = reference.year
        if not future and (month, day) > (reference.month, reference.day):
            year -= 1
        elif future and (month, day) < (reference.month, reference.day):
            year += 1
    try:
        return date(year, month, day), "day"
    except ValueError:
        return None  # 'Feb. 30'


def _with_weekday(expression: Expression, reference: date) -> tuple[date, str] | None:
    """'Tuesday, Sept. 19': the weekday must fit; without a year it picks the year nearest the reference."""
    assert expression.month is not None and expression.day is not None
    years = [expression.year] if expression.year else [reference.year - 1, reference.year, reference.year + 1]
    fitting = [d for y in years if (d := _safe_date(y, expression.month, expression.day))
               and d.weekday() == expression.weekday]
    if not fitting:
        return None  # 'Monday, July 12, 2005' was a Tuesday: one of the two is wrong
    return min(fitting, key=lambda d: abs((d - reference).days)), "day"


def _month_year(month: int, reference: date, modifier: str, future: bool) -> int:
    """The year of a bare month: 'last August' before the reference month, 'next March' after, else the latest."""
    if modifier.endswith("last"):
        return reference.year if month < reference.month else reference.year - 1
    if modifier == "next":
        return reference.year if month > reference.month else reference.year + 1
    if modifier.endswith("this"):
        return reference.year
    if future:
        return reference.year if month >= reference.month else reference.year + 1
    return reference.year if month <= reference.month else reference.year - 1


def _shift_month(day: date, months: int) -> date:
    """The first of the month `months` away from `day`'s month."""
    index = day.year * 12 + day.month - 1 + months
    return date(index // 12, index % 12 + 1, 1)


# -- The date of a sentence's main event ------------------------------------------------------------------------------
def event_date(sentence: str, reference: date) -> tuple[date, str] | None:
    """The date of the sentence's main event, resolved against its article's date; None when unsure."""
    candidates: list[tuple[tuple[date, str], Expression]] = []
    earlier = False  # a day of an earlier event was set aside: the statement's day is not the event's
    for expression in find_expressions(sentence):
        if _EARLIER_EVENT_INSIDE.search(_clause_before(sentence, expression)):
            earlier = True  # '... before the train derailed Friday evening': that event's day, not this one's
            continue
        if _is_background(expression, sentence):
            continue
        future = _future_clause(sentence, expression) and not _attached_to_speech(expression, sentence)
        resolved = resolve(expression, reference, future=future)
        if resolved is None:
            return None  # a date we cannot place ('last week') beside another: do not guess which is the event's
        candidates.append((resolved, expression))
    if not candidates or earlier and all(_attached_to_speech(e, sentence) for _, e in candidates):
        return None
    distinct = _merge_refinements([c[0] for c in candidates])
    if len(distinct) == 1:
        return distinct[0]
    # Two dates: the one attached to a speech verb dates the report; the other is the event's ('said Tuesday the
    # ship sank Sunday'). Anything else is unclear.
    events = [c for c in candidates if not _attached_to_speech(c[1], sentence)]
    distinct = _merge_refinements([c[0] for c in events])
    return distinct[0] if len(distinct) == 1 and len(events) < len(candidates) else None


def _merge_refinements(dates: list[tuple[date, str]]) -> list[tuple[date, str]]:
    """Distinct dates, dropping a month or year that a finer date in the list lies within."""
    distinct = list(dict.fromkeys(dates))
    def covered(coarse: tuple[date, str]) -> bool:
        """True when a finer date falls inside this month or year."""
        when, precision = coarse
        return any(other != coarse and other[0].year == when.year and
                   (precision == "year" or (precision == "month" and other[1] == "day" and other[0].month == when.month))
                   for other in distinct)
    return [d for d in distinct if d[1] == "day" or not covered(d)]


def _clause_before(sentence: str, expression: Expression) -> str:
    """The text of the expression's clause before it (back to the last comma, semicolon or colon)."""
    head = sentence[:expression.start]
    cut = max(head.rfind(","), head.rfind(";"), head.rfind(":"))
    return head[cut + 1:]


_OPENERS = "|".join(w.replace(" ", r"\s+") for w in lexicon.EARLIER_EVENT_OPENERS)  # 'after', 'ahead of', ...
_EARLIER_CLAUSE = re.compile(r"(?:" + _OPENERS + r")\s", re.I)


# An earlier event's clause of its own inside the sentence, its verb right before the day: '... remain off limits
# ... before the train derailed Friday evening' (not 'arrested after a standoff on Saturday': a noun, no verb)
_EARLIER_EVENT_INSIDE = re.compile(r"(?<=\w)\s+(?:" + _OPENERS + r")\s+(?:the|a|an|his|her|its|their|this|that)\s+"
                                   r"(?:(?!(?i:and|but|or)\b)[\w'’-]+\s+){0,3}?(?-i:[a-z]+ed|" + "|".join(lexicon.IRREGULAR_PASTS)
                                   + r")(?:\s+(?:on|in|at))?\s*$", re.I)
# A past set apart by commas right after a name: 'for Kishida, elected in October, to lead' (not 'Shares of Nvidia,
# the chipmaker, jumped on Thursday, ...': after an aside, the main verb)
_PARTICIPLE_ALONE = re.compile(r"^\s*(?:who\s+was\s+)?[a-z]+ed(?:\s+(?:in|on|at))?\s*$")
_NAME_THEN_COMMA = re.compile(r"(?:^|,)(?:(?!\bby\b)[^,])*\b[A-Z][\w'’-]+,$")  # the aside opens right after a name
# (not after another aside that ends on one: 'Shares of the chipmaker, led by Jensen Huang, jumped on Thursday')
# A day written in a local time zone ('joined on Friday (AEDT)'): where the writer is, not where it happened (UTC and
# GMT are the world's reference; 'AET' is after extra time)
_ZONE_AFTER = re.compile(r"\s*\(\s*(?:" + "|".join(lexicon.LOCAL_TIME_ZONES) + r")\s*\)")


def _is_background(expression: Expression, sentence: str) -> bool:
    """A date that dates something other than the main event: 'since March', 'the war that began on Feb. 24'."""
    if expression.modifier.split()[0:1] and expression.modifier.split()[0] in NOT_AT_MODIFIERS:
        return True
    if expression.relative.endswith(("year ago", "decade ago")):
        return True  # 'up 5% from a year ago': a comparison, not the event
    if _AS_OF.search(sentence[:expression.start]) and re.search(r"\d", _clause_before(sentence, expression)):
        return True  # '116,500 employees as of June 29': the day a figure was counted, not an event ('The ban took
        # effect as of July 1' is the ban's day)
    if BACKGROUND_BEFORE.search(_clause_before(sentence, expression)):
        return True
    if expression.relative and _EARLIER_CLAUSE.match(sentence) and "," in sentence[expression.end:] \
            and "," not in sentence[:expression.start]:  # 'After the drill broke down two days ago, miners began ...':
        return True  # the date is the earlier event's; the main clause's comes after it, on a day not said ('After
        # landing in Dubai on Sunday, Djokovic said ...' shares its day)
    if _past_set_apart(expression, sentence):
        return True
    after = sentence[expression.end:]
    if re.match(r"\W*(?:anniversary|anniversaries)\b", after, re.I) or re.match(r"\s*\)", after):
        return True
    if _ZONE_AFTER.match(after):
        return True  # 'joined on Friday (AEDT)': the day where the writer is, not where it happened
    # 'the March 11 attacks', 'the Feb. 24, 2022 invasion': a date inside a noun phrase names an earlier event
    return bool(re.search(r"\b(?:the|a|an|this|that|its|their|his|her)\s*$", sentence[:expression.start], re.I)
                and re.match(r",?\s+[a-z]", after))


def _past_set_apart(expression: Expression, sentence: str) -> bool:
    """The day of someone's past set apart by commas ('Kishida, elected in October, ...'), not of what the sentence
    tells (an earlier event's clause inside the sentence is `event_date`'s first check)."""
    clause = _clause_before(sentence, expression)
    opening = sentence[:expression.start - len(clause)]
    return bool(_PARTICIPLE_ALONE.match(clause) and sentence[expression.end:].startswith(",")
                and _NAME_THEN_COMMA.search(opening.rstrip()))


def _future_clause(sentence: str, expression: Expression) -> bool:
    """True when the expression's clause speaks of the future. A clause opened by 'that' after the expression is
    what was said, not when ('confirmed Friday that they will appeal': Friday is past)."""
    start = max(sentence.rfind(mark, 0, expression.start) for mark in ",;:")
    ends = [i for i in (sentence.find(mark, expression.end) for mark in (",", ";", ":", " that ")) if i >= 0]
    return bool(FUTURE_MARKERS.search(sentence[start + 1:min(ends) if ends else len(sentence)]))


def _attached_to_speech(expression: Expression, sentence: str) -> bool:
    """'said Tuesday', 'told reporters on Tuesday', 'on Tuesday said': the date of a statement."""
    before = sentence[max(0, expression.start - 30):expression.start]
    after = sentence[expression.end:expression.end + 25]
    return bool(re.search(r"\b(?:said|says|told \w+|announced|confirmed|reported|stated|declared|added)"
                          r"(?: to (?:the )?\w+)?\s*(?:on\s+)?,?\s*$",
                          before, re.I) or re.match(r"\s*,?\s*" + SPEECH_VERBS.pattern, after, re.I))


# -- Article date lines and datelines ---------------------------------------------------------------------------------
_LINE_DATE = [
    re.compile(rf"{_LEAD_WEEKDAY}{_MONTH}\s+{_DAY}(?:,\s*|\s+){_YEAR}", re.I),
    re.compile(rf"{_LEAD_WEEKDAY}{_DAY}\s+(?:of\s+)?{_MONTH},?\s+{_YEAR}", re.I),
]
_LINE_ISO = re.compile(r"(?<![\d-])(?P<year>(?:19|20)\d{2})-(?P<mnum>\d{2})-(?P<day>\d{2})"
                       r"(?:[T ]\d{1,2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})?)?(?![\d-])")
_LINE_NUMERIC = re.compile(r"(?<![\d/.-])(?P<a>\d{1,2})(?:(?P<sep>[/.])(?P<b>\d{1,2})(?P=sep)(?P<year>(?:19|20)\d{2}|\d{2})(?![\d/])"
                           r"|-(?P<hb>\d{1,2})-(?P<hyear>(?:19|20)\d{2})(?![\d-]))")  # '19-11-2023': a hyphen needs the year whole
_TIME = re.compile(r"\b\d{1,2}(?::\d{2}){1,2}(?:\s*[ap]\.?m\.?)?|\b\d{1,2}\s*[ap]\.?m\.?", re.I)
_BYLINE = re.compile(r"^\s*by\s+[^|•·,–—]{2,60}?\s*(?:[|•·,–—]|$)|\s*(?:[|•·–—]|\bby\b)\s*[^|•·]{2,60}$", re.I)
_SECTION_TAIL = re.compile(r"\s+in\s+[A-Z][\w/&-]*(?:\s+[A-Z&][\w/&-]*){0,2}\s*$")


def article_date(line: str) -> date | None:
    """The date of a line that is a publication date line ('Tuesday, July 12, 2005', 'Updated: 20 September 2017',
    '2017-09-20T10:00:00Z', 'By Jane Doe | September 20, 2017'); None for a sentence that mentions a date."""
    text = " ".join(line.split())
    if not text or len(text) > DATE_LINE_MAX_CHARS:
        return None
    found = _line_date(text)
    if found is None:
        return None
    when, start, end = found
    rest = text[:start] + " " + text[end:]
    rest = _SECTION_TAIL.sub(" ", rest) if end <= len(text) else rest
    rest = _BYLINE.sub(" ", rest.strip())
    rest = _TIME.sub(" ", rest)
    if re.search(r"[.!?]\s*$", text) and not re.search(r"\d\s*[.]?$|\b[ap]\.m\.$", text, re.I):
        return None  # ends like a sentence
    stray = [w for w in re.findall(r"[A-Za-z][A-Za-z.']*", rest) if w.lower().rstrip(".") not in DATE_LINE_WORDS
             and w.lower().rstrip(".") not in WEEKDAY_NUMBER]
    if len(stray) > DATE_LINE_STRAY_WORDS or any(not w[0].isupper() for w in stray):
        return None
    return when


def _line_date(text: str) -> tuple[date, int, int] | None:
    """The first full date (with a year) in a line, and its span."""
    hits: list[tuple[int, int, date]] = []
    for pattern in _LINE_DATE:
        for match in pattern.finditer(text):
            when = _safe_date(int(match.group("year")), _month_of(match.group("mon")), int(match.group("day")))
            weekday = _weekday_of(match.group("lwd"))
            if when and weekday is not None and when.weekday() != weekday:
                return None  # 'Monday, July 12, 2005' was a Tuesday: one of the two is wrong
            if when:
                hits.append((match.start(), match.end(), when))
    for match in _LINE_ISO.finditer(text):
        when = _safe_date(int(match.group("year")), int(match.group("mnum")), int(match.group("day")))
        if when:
            hits.append((match.start(), match.end(), when))
    for match in _LINE_NUMERIC.finditer(text):
        expression = _numeric(match)
        if expression:
            when = _safe_date(expression.year, expression.month, expression.day)
            if when:
                hits.append((match.start(), match.end(), when))
    if not hits or len({h[2] for h in hits}) > 1:
        return None  # two different dates on one line ('Published ... Updated ...'): take neither
    start, end, when = min(hits)
    return when, start, end


def _safe_date(year: int | None, month: int | None, day: int | None) -> date | None:
    """A date, or None for impossible parts."""
    try:
        return date(year, month, day) if year and month and day else None
    except ValueError:
        return None


_DATELINE = re.compile(
    r"^\s*(?:[A-Z][\w.'’-]*(?:\s+[\w.'’-]+){0,3},\s*){0,3}"  # 'MANTA, Ecuador, ' (place parts)
    rf"{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?"
    r"\s*(?:\(\s*[A-Za-z][\w .&-]{0,30}\)\s*)?(?:\.?\s*(?:--|[-—–_:])|(?<=\))\s*$)", re.I)  # '(EFE).-', '(PTI)' alone


def dateline_month_day(paragraph_start: str) -> tuple[int, int] | None:
    """(month, day) of an agency dateline: 'MANTA, Ecuador, April 19 (UPI) --', 'May 13 (Reuters) -'."""
    match = _DATELINE.match(paragraph_start)
    if not match or (not match.group(0).rstrip("-—–_:. ").endswith(")") and not match.group("year")
                     and not re.match(r"^\s*[A-Z]{2,}", paragraph_start)):
        return None  # 'May 13 - ...' with neither an agency nor an all-caps place is too weak
    month, day = _month_of(match.group("mon")), int(match.group("day"))
    return (month, day) if month and _safe_date(2000, month, day) else None  # 2000: a leap year accepts Feb 29


_PLACE_DAY_LINE = re.compile(rf"^\s*[A-Z][\w.'’ -]{{1,40}},\s*{_MONTH}\s+{_DAY}\s*$")  # 'Washington, Aug 2'


def yearless_day(line: str) -> tuple[int, int] | None:
    """(month, day) of a dateline that gives no year: 'Aug. 2 (UPI) --', 'Washington, Aug 2' alone on its line."""
    if found := dateline_month_day(line):
        return found
    match = _PLACE_DAY_LINE.match(line)
    month = _month_of(match.group("mon")) if match else 0
    return (month, int(match.group("day"))) if month and _safe_date(2000, month, int(match.group("day"))) else None


def dateline_date(paragraph_start: str, year_hint: int | date | None = None) -> date | None:
    """The date of an agency dateline, its year from the dateline, `year_hint` (a year), or the nearest to a date."""
    match = _DATELINE.match(paragraph_start)
    month_day = dateline_month_day(paragraph_start)
    if month_day is None or match is None:
        return None
    month, day = month_day
    if match.group("year"):
        return _safe_date(int(match.group("year")), month, day)
    if isinstance(year_hint, int):
        return _safe_date(year_hint, month, day)
    if isinstance(year_hint, date):
        return nearest_date(month, day, year_hint)
    return None


def nearest_date(month: int, day: int, near: date) -> date | None:
    """The day and month in the year (of three) that puts them nearest `near`; None when no year has that day."""
    options = [d for y in (near.year - 1, near.year, near.year + 1) if (d := _safe_date(y, month, day))]
    return min(options, key=lambda d: abs((d - near).days)) if options else None


def parse_iso(value: str) -> date | None:
    """A date from an ISO value in metadata ('2017-09-20', '2017-09-20T10:00:00Z'), as written (no time zone shift)."""
    match = _LINE_ISO.search(value or "")
    return _safe_date(int(match.group("year")), int(match.group("mnum")), int(match.group("day"))) if match else None
