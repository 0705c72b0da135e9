"""What is not the story: small named rules, one function each, applied in one visible list.

Each line rule takes a stripped line and returns True when the line is boilerplate.
The rules look for the shape of the thing (a credit, a banner, a photo credit), not
for one outlet's exact words.
"""

from __future__ import annotations

import re
from collections.abc import Callable

# Outlets recognized in signatures and outlet-only lines. Users name others in a sidecar.
KNOWN_OUTLETS = {
    "afp": "AFP", "agence france-presse": "AFP", "agence france presse": "AFP",
    "ap": "AP", "the associated press": "AP", "associated press": "AP",
    "reuters": "Reuters", "thomson reuters": "Reuters",
    "cnn": "CNN", "cbs news": "CBS News", "cbs": "CBS News", "nbc news": "NBC News",
    "abc news": "ABC News", "fox news": "Fox News", "bbc": "BBC", "bbc news": "BBC",
    "the guardian": "The Guardian", "guardian": "The Guardian",
    "the new york times": "The New York Times", "new york times": "The New York Times",
    "the washington post": "The Washington Post", "washington post": "The Washington Post",
    "the wall street journal": "The Wall Street Journal", "wall street journal": "The Wall Street Journal",
    "bloomberg": "Bloomberg", "politico": "Politico", "axios": "Axios", "npr": "NPR",
    "al jazeera": "Al Jazeera", "dpa": "dpa", "efe": "EFE", "ansa": "ANSA", "kyodo": "Kyodo",
    "xinhua": "Xinhua", "tass": "TASS", "ria novosti": "RIA Novosti", "interfax": "Interfax",
    "ukrinform": "Ukrinform", "the kyiv independent": "The Kyiv Independent",
    "kyiv independent": "The Kyiv Independent", "financial times": "Financial Times",
    "the financial times": "Financial Times", "the telegraph": "The Telegraph",
    "the independent": "The Independent", "sky news": "Sky News", "euronews": "Euronews",
    "deutsche welle": "DW", "dw": "DW", "france 24": "France 24", "usa today": "USA Today",
    "the hill": "The Hill", "cnbc": "CNBC", "msnbc": "MSNBC", "pbs newshour": "PBS NewsHour",
    "los angeles times": "Los Angeles Times", "the times": "The Times", "le monde": "Le Monde",
    "agencies": "agencies", "upi": "UPI", "pa media": "PA Media", "anadolu": "Anadolu",
}
_AGENCY_NAMES = r"(?:AFP|AP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Bloomberg|Sipa|Shutterstock|Alamy|dpa|Anadolu|TASS|Sputnik|Pool|AAP|PA|Xinhua|Kremlin|Handout|Imago|NurPhoto|SOPA Images|LightRocket|ZUMA)"
_FUNCTION_WORD_END = re.compile(r"\b(?:and|or|of|the|a|an|to|with|by|for|in|on|at|from)\s*$", re.I)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")


def _outlet_pattern() -> str:
    names = sorted({re.escape(k) for k in KNOWN_OUTLETS}, key=len, reverse=True)
    return "(?:" + "|".join(names) + ")"


_OUTLET = _outlet_pattern()
_AGENCY_CREDIT = re.compile(r"\S\s*/\s*" + _AGENCY_NAMES + r"(?:\s+via\s+\S+)?\)?\s*$")
_AGENCY_ONLY = re.compile(r"\(?\s*" + _AGENCY_NAMES + r"(?:\s+Images)?\s*\)?")
_SIGNATURE = re.compile(r"[-–—(\s]*(?:with|source|sources|from|via)[:\s]+" + _OUTLET + r"(?:\s*(?:,|and|&)\s*" + _OUTLET + r")*[)\s.]*", re.I)
_ASKED = re.compile(r"(?:" + _OUTLET + r"|we|this outlet|this newspaper|the newspaper|the agency|\S+ news)"
                    r"\s+(?:has|have|had)?\s*(?:asked|contacted|reached out to|requested comment from|approached)\b.*\bcomment", re.I)
_UPPER = re.compile(r"[A-Z]")
_LOWER = re.compile(r"[a-z]")


def words(line: str) -> list[str]:
    """Whitespace-separated tokens of a line."""
    return line.split()


def credit_line(line: str) -> bool:
    """Reporter credits: 'X contributed to this report', 'Reporting by', 'Editing by'."""
    return bool(
        re.search(r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))", line, re.I)
        or re.match(r"(?:additional )?(?:reporting|writing|editing|compiled|research) by\b", line, re.I)
        or re.match(r"(?:with )?(?:additional )?reporting (?:from|by)\b", line, re.I)
    )


def byline(line: str) -> bool:
    """A byline: 'By Jane Doe', 'By Jane Doe and John Roe, Reuters', 'Jane Doe | CNN'."""
    if len(words(line)) > 12 or _TERMINAL.search(line) and not line.endswith("."):
        return False
    return bool(
        re.match(r"by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})*\s*(?:[,|/-].*)?$", line, re.I)
        and not re.match(r"by\s+(?:the|a|an|this|that|then|now)\b", line, re.I)
    )


def name_fragment(line: str) -> bool:
    """A piece of a byline run split over lines: 'Tucker Reals,', 'Eleanor Watson and'."""
    tokens = words(line)
    if not 1 <= len(tokens) <= 5 or _TERMINAL.search(line):
        return False
    core = re.sub(r"(?:,|\band|&)\s*$", "", line).strip()
    names = core.split()
    return bool(names) and all(re.match(r"[A-Z][\w.'’-]*$", n) for n in names) and len(names) <= 4


def photo_credit(line: str) -> bool:
    """Photo credits: 'Russian Pool/Reuters', 'Photo: John Doe/AFP', '(Getty Images)'."""
    if len(words(line)) > 12:
        return False
    if re.match(r"\(?(?:photo|photograph|image|picture|video|credit|illustration)s?(?: by)?\s*[:/]", line, re.I):
        return True
    if _AGENCY_CREDIT.search(line) and not _TERMINAL.search(line):
        return True
    return bool(_AGENCY_ONLY.fullmatch(line))


def comments_marker(line: str) -> bool:
    """Comment widgets: 'Comments', '12 comments', 'Show comments', 'Leave a comment'."""
    return bool(re.fullmatch(r"(?:\d+\s+)?(?:show |view |read |leave an? |add an? |join the )?comments?(?:\s*\(\d+\))?", line, re.I))


def agency_signature(line: str) -> bool:
    """End signatures naming the agencies a story draws on: 'With AFP', '- With Reuters'."""
    return bool(_SIGNATURE.fullmatch(line))


def hashtag_line(line: str) -> bool:
    """Lines that are mostly hashtags: '#Putin #Ukraine #ceasefire'."""
    tokens = words(line)
    return bool(tokens) and sum(t.startswith("#") for t in tokens) >= max(2, 0.6 * len(tokens))


def breaking_banner(line: str) -> bool:
    """Banners: 'THIS IS A BREAKING NEWS UPDATE.', 'BREAKING:', '... earlier story follows below.'"""
    if re.match(r"(?:this is an? )?(?:breaking(?: news)?|update|developing|live)\b[\s:.!-]", line, re.I) and (
        line[:12].isupper() or len(words(line)) <= 6
    ):
        return True
    if re.search(r"\b(?:earlier|previous|original) (?:story|version|report) (?:follows|is below)", line, re.I):
        return True
    if len(line) < 12 or len(_LOWER.findall(line)) > 0.1 * len(line):
        return False
    upper, lower = len(_UPPER.findall(line)), len(_LOWER.findall(line))
    return len(words(line)) >= 4 and upper > 10 and upper > 9 * lower


def follow_prompt(line: str) -> bool:
    """Calls to action: 'Follow AP's coverage of ...', 'Sign up for ...', 'Read more: ...'."""
    return bool(
        re.match(
            r"(?:follow (?:\S+ )?(?:coverage|live|updates|our|us|the latest)|sign up\b|subscribe\b|read more\b|read the full\b|"
            r"click here\b|download (?:the|our) app|get (?:the|our) (?:latest|newsletter)|more on this story|related:|"
            r"watch:|listen:|see also\b|share this\b|copy link\b|advertisement$|skip to\b|most read\b)",
            line,
            re.I,
        )
    )


def correction_note(line: str) -> bool:
    """Editorial notes: 'This story has been corrected ...', 'Correction:', 'Editor's note:'."""
    return bool(
        re.match(r"(?:this|the|an earlier version of this) (?:story|article|report|version)\b.{0,40}\b(?:corrected|updated|amended|clarified)\b", line, re.I)
        or re.match(r"(?:correction|clarification|editor[’']?s note|update)\s*(?:\([^)]*\))?\s*:", line, re.I)
    )


def developing_story(line: str) -> bool:
    """Notes that the story will change: 'This is a developing story and will be updated.'"""
    return bool(
        re.match(r"(?:this is a (?:developing|breaking)(?: news)? story|this story is (?:developing|breaking)|"
                 r"(?:this|the) (?:story|article|report) will be updated|check back (?:later|for updates)|more to follow|"
                 r"(?:more )?details to follow)", line, re.I)
    )


def separator(line: str) -> bool:
    """Separators: '___', '***', a lone '—', '• • •'."""
    return bool(line) and not any(c.isalnum() for c in line) and len(line) <= 40


def outlet_only(line: str) -> bool:
    """A line that is only an outlet's name: 'CNN', 'The Associated Press', '(Reuters)'."""
    return re.sub(r"^[(\s—–-]+|[)\s—–-]+$", "", line).lower() in KNOWN_OUTLETS


def asked_for_comment(line: str) -> bool:
    """Outlet housekeeping: 'CNN has asked the White House for comment', 'We have reached out to ...'."""
    return bool(_ASKED.match(line))


def metadata_line(line: str) -> bool:
    """Page metadata: 'Published 10:30 AM EDT', 'Updated March 13, 2025', '5 min read', 'Share'."""
    short = len(words(line)) <= 12
    if short and re.match(r"(?:published|updated|posted|last updated|first published|modified)\b[:\s]", line, re.I):
        return True
    if re.fullmatch(r"\d+\s*(?:-|\s)?min(?:ute)?s?\s+read", line, re.I):
        return True
    if re.fullmatch(r"(?:share(?: this(?: article| story)?| on \w+)?|tweet|email|print|save|listen(?: to this article)?|copy link|advertisement|ad|image|video|photos?|getty images)", line, re.I):
        return True
    # A bare timestamp line: 'March 13, 2025 / 10:20 AM EDT', 'Thu 13 Mar 2025 10.30 GMT'.
    has_time = re.search(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|[A-Z]{2,4}\b)", line, re.I)
    return bool(has_time) and len(words(line)) <= 10 and not re.search(r"\b(?:said|says|is|was|were|will|has|have)\b", line)


LineRule = Callable[[str], bool]

# The visible list: the first rule that matches names the drop.
LINE_RULES: list[tuple[str, LineRule]] = [
    ("separator", separator),
    ("credit", credit_line),
    ("byline", byline),
    ("photo credit", photo_credit),
    ("comments", comments_marker),
    ("agency signature", agency_signature),
    ("hashtags", hashtag_line),
    ("breaking banner", breaking_banner),
    ("follow prompt", follow_prompt),
    ("correction note", correction_note),
    ("developing story", developing_story),
    ("outlet only", outlet_only),
    ("asked for comment", asked_for_comment),
    ("metadata", metadata_line),
]


def line_rule(line: str) -> str | None:
    """Name of the first boilerplate rule that matches a line, or None for story text."""
    for name, rule in LINE_RULES:
        if rule(line):
            return name
    return None


_DATELINE = re.compile(
    r"^(?:\(\s*" + _OUTLET + r"\s*\)|[A-Z][A-Z.'’ -]{2,40}(?:,\s*[A-Z][\w.' -]{1,30})?\s*(?:\(\s*[\w .]{1,20}\s*\))?)\s*[—–-]{1,2}\s+(?=[A-Z\"“‘'])",
    re.I,
)


def strip_dateline(text: str) -> tuple[str, str]:
    """Split a leading dateline ('KYIV, Ukraine (AP) — ', '(CNN) - ') from a paragraph."""
    match = _DATELINE.match(text)
    if not match:
        return text, ""
    head = match.group(0)
    # Only a real dateline: all-caps place or an outlet in brackets, never an ordinary sentence start.
    place = re.sub(r"\(.*", "", head).strip(" —–-,")
    if "(" in head or (place and place.split(",")[0].isupper()):
        return text[match.end():], head.strip()
    return text, ""


def signature_outlets(line: str) -> list[str]:
    """Outlets a signature or credit names: 'With AFP' -> ['AFP'], 'CNN's X contributed' -> ['CNN']."""
    found: list[str] = []
    for match in re.finditer(_OUTLET, line, re.I):
        start, end = match.span()
        # Whole words only.
        if (start and line[start - 1].isalnum()) or (end < len(line) and line[end].isalnum()):
            continue
        name = KNOWN_OUTLETS[match.group(0).lower()]
        if name != "agencies" and name not in found:
            found.append(name)
    return found


def ends_like_fragment(text: str) -> bool:
    """True when text stops mid-phrase: no final punctuation, or a trailing function word."""
    return not _TERMINAL.search(text) or bool(_FUNCTION_WORD_END.search(text))
