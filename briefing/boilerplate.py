"""What is not the story: small named rules, one function each, applied in one visible list.

Each line rule takes a stripped line and returns True when the line is boilerplate.
The rules look for the shape of the thing (a credit, a banner, a photo credit), not
for one outlet's exact words.
"""

from __future__ import annotations

import os
import re
import string
from collections.abc import Callable
from functools import lru_cache
from pathlib import Path

from briefing.dates import CALENDAR_WORDS, MONTH_NUMBER, WEEKDAY_ABBREVIATIONS, WEEKDAYS
from briefing.lexicon import (
    BEAT_INITIALS,
    BRAND_ENDINGS,
    BROADCASTER_HEADS,
    BYLINE_JOB_WORDS,
    CAPTION_VERBS,
    COLONLESS_LABELS,
    COMMON_CAPITALISED,
    DATED_CAPTION_VERBS,
    DATED_VERB_NEXT,
    DROP_CAPITAL_WORDS,
    EDITION_WORDS,
    EXPLAINER_LABELS,
    HONORIFICS,
    LINK_SECTIONS,
    MASTHEAD_HEADS,
    MEDIA_TAGS,
    MEETING_CAPTION_VERBS,
    MEETING_VERB_NEXT,
    MONUMENT_WORDS,
    NEWSROOM_DESKS,
    NEWSROOM_JOBS,
    NOT_SITE_WORDS,
    OFFER_VERBS,
    ORG_HEADS,
    ORG_NOUNS_AFTER,
    PLACE_PAPER_WORDS,
    READ_ON_EDITIONS,
    READER_WORDS,
    ROLE_MODIFIERS,
    ROLE_NOUNS,
    SCHEDULE_VERBS,
    SCRIPT_LABELS,
    SECTION_LABEL_WORDS,
    SISTER_BRAND_WORDS,
    SOCIAL_PLATFORMS,
    STAGE_LABELS,
    TRANSCRIPT_SPEAKERS,
    UNKNOWN_PAPER_WORDS,
    first_names,
    places,
)
from briefing.vectors import stop_words


def load_outlet_list(text: str) -> tuple[dict[str, str], set[str]]:
    """Parse an outlets list ('Name | agency | alias | domain.com' per line): alias -> name, and the agencies."""
    names: dict[str, str] = {}
    agencies: set[str] = set()
    for line in text.splitlines():
        fields = [f.strip() for f in line.split("|")]
        if not fields[0] or fields[0].startswith("#"):
            continue
        name = fields[0]
        for alias in [name, *fields[1:]]:
            if alias == "agency":
                agencies.add(name)
            elif alias:
                names.setdefault(alias.lower(), name)
    return names, agencies


def _shipped_outlets() -> tuple[dict[str, str], set[str]]:
    names, agencies = load_outlet_list((Path(__file__).parent / "data" / "outlets.txt").read_text(encoding="utf-8"))
    user_file = Path(os.environ.get("XDG_CONFIG_HOME") or Path.home() / ".config") / "briefing" / "outlets.txt"
    try:
        more, more_agencies = load_outlet_list(user_file.read_text(encoding="utf-8")[:200_000])
    except (OSError, UnicodeDecodeError):
        more, more_agencies = {}, set()
    return {**names, **more}, agencies | more_agencies


# Outlets recognized in credit lines, datelines and outlet-only lines (briefing/data/outlets.txt).
KNOWN_OUTLETS, AGENCIES = _shipped_outlets()
KNOWN_OUTLETS["agencies"] = "agencies"
_MONTH_NAMES = "|".join(sorted(MONTH_NUMBER, key=len, reverse=True))  # longest first: 'Sept' before 'Sep'
_AGENCY_NAMES = r"(?:AFP|AP|Reuters|Getty Images|Getty|EPA|EPA-EFE|Bloomberg|Sipa|Shutterstock|Alamy|dpa|Anadolu|TASS|Sputnik|Pool|AAP|PA|Xinhua|Kremlin|Handout|Imago|NurPhoto|SOPA Images|LightRocket|ZUMA)"
# More agencies that sign photos, counted only before a slash ('EFE/EPA/ROBERT GHEMENT'): a paragraph signed '... that
# begins Monday. EFE' is the agency's copy, not a caption.
_PHOTO_AGENCY = r"(?:" + _AGENCY_NAMES + r"|(?:EFE|ANSA|Yonhap|Kyodo)(?=\s*/))"
_FUNCTION_WORD_END = re.compile(r"\b(?:and|or|of|the|a|an|to|with|by|for|in|on|at|from)\s*$", re.I)
_TERMINAL = re.compile(r"[.!?…:;][\"'”’)\]]*\s*$|[\"”]\s*$")


def _outlet_pattern() -> str:
    """The known outlets as one regular expression, for matching without regard to case: a trie of their
    lower-cased names, each branch trying the longer names first (as a longest-first alternation does), which the
    engine tries in a step per letter instead of one alternative per outlet (18 times faster over a line)."""
    trie: dict[str, dict] = {}
    for name in KNOWN_OUTLETS:
        node = trie
        for char in name.lower():
            node = node.setdefault(char, {})
        node[""] = {}

    def branch(node: dict[str, dict]) -> str:
        arms = [re.escape(char) + branch(rest) for char, rest in sorted(node.items()) if char]
        body = arms[0] if len(arms) == 1 else "(?:" + "|".join(arms) + ")" if arms else ""
        return f"(?:{body})?" if "" in node and body else body

    return "(?:" + branch(trie) + ")"


_OUTLET = _outlet_pattern()
_AGENCY_CREDIT = re.compile(r"\S\s*/\s*" + _AGENCY_NAMES + r"(?:\s+via\s+\S+)?\)?\s*$")
_AGENCY_ONLY = re.compile(r"\(?\s*" + _AGENCY_NAMES + r"(?:\s+Images)?\s*\)?")
_SIGNATURE = re.compile(r"[-–—(\s]*(?:with|source|sources|from|via)[:\s]+" + _OUTLET + r"(?:\s*(?:,|and|&)\s*" + _OUTLET + r")*[)\s.]*", re.I)
_ASKED = re.compile(r"(?:" + _OUTLET + r"|we|this outlet|this newspaper|the newspaper|the agency|\S+ news)"
                    r"\s+(?:has|have|had)?\s*(?:asked|contacted|reached out to|requested comment from|approached)\b.*\bcomment", re.I)
# The outlet on its own checks: 'Al Jazeera could not immediately verify the videos.', 'Reuters was unable to
# independently confirm the report.'
_COULD_NOT_VERIFY = re.compile(r"(?:" + _OUTLET + r")\s+(?:could\s+not|was\s+unable\s+to|has\s+not\s+been\s+able\s+to|"
                               r"cannot|can\s*not)\s+(?:immediately\s+|independently\s+)*(?:verify|confirm)"
                               r"(?:\s+[\w’'-]+){1,4}\s*\.?$", re.I)  # the whole sentence: not '..., but the UN says ...'
# A request for comment the outlet itself made: 'Altman did not immediately return a call from The Daily Beast', '...
# did not respond to CNN's request for comment', 'did not respond to a request for comment'. 'A call from his lawyer'
# names nobody's page: only a listed outlet's call, or a request for comment.
_UNANSWERED = re.compile(r"\b(?:did not|didn[’']t|has not|hasn[’']t|have not|haven[’']t|could not|couldn[’']t)\s+"
                         r"(?:immediately\s+)?(?:return|respond to|reply to|answer)\s+(?:(?:a|an|the|multiple|several)\s+)?"
                         r"(?:(?:call|calls|request|requests|message|messages|email|emails|inquiry|inquiries|query|queries)"
                         r"(?:\s+for\s+comment)?\s+from\s+(?:the\s+)?(?:" + _OUTLET + r")\b|(?:" + _OUTLET +
                         r")[’']s?\s+(?:request|requests|inquiry|inquiries|email|emails|call|calls)"
                         # or any request for comment: 'did not immediately respond to EW's request for comment', '...
                         # return messages seeking comment' (the outlet's errand, not news; 'declined to comment' is)
                         r"|(?:[A-Z][\w.&]*[’']s?\s+)?(?:call|calls|request|requests|message|messages|email|emails|inquiry"
                         r"|inquiries|query|queries)\s+(?:for|seeking)\s+comment)", re.I)
_WITHOUT_LOWER = str.maketrans("", "", string.ascii_lowercase)
_WITHOUT_UPPER = str.maketrans("", "", string.ascii_uppercase)


def words(line: str) -> list[str]:
    """Whitespace-separated tokens of a line."""
    return line.split()


DESK_WORDS = frozenset({"foreign", "home", "news", "web", "digital", "online", "sports", "city", "features", "copy"})
_NEWSROOM = re.compile(r"([A-Z][\w.&'’-]+)\s+(?:News|(?:Digital|Web|News|Online)\s+Desk)")  # one name:
# 'Moneycontrol News', 'Sentinel Digital Desk' (the paper's own desk), not 'Elon Musk News'
_GLUED_BY = re.compile(r"^By(?=[A-Z]{2})")  # 'ByHT News Desk': the page's 'By' run into the desk's name
_SITE_BYLINE = re.compile(r"By\s*([a-z][\w-]*(?:\.[\w-]+)*\.(?:com|co\.uk|co\.in|in|net|org|com\.au|co\.nz))"
                          r"(?:\s*[,|]\s*[A-Z][\w.&'’ -]{1,40})?")  # 'Byhindustantimes.com, HT News Desk'
# A newsroom's initials and its staff or correspondent alone ('DN Correspondent'; not 'Our Correspondent', 'Special
# Correspondent'; 'UN Correspondent' is a beat: BEAT_INITIALS), or a known outlet's staff with the writer's name ('OAN
# Staff Abril Elfi'; not a headline such as 'USAID Staff Placed On Leave', nor a caption 'CNN Correspondent Clarissa Ward')
_STAFF_BYLINE = re.compile(r"([A-Z]{2,5})\s+(?:Correspondent|Staff(?:\s+(?:Writer|Reporter))?)")
_STAFF_NAME_BYLINE = re.compile(r"([A-Z]{2,5})\s+Staff\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2}")


def newsroom_byline(line: str) -> str:
    """A newsroom's own byline, a line alone at the top of a page: 'Moneycontrol News' -> 'Moneycontrol News', its
    desk 'Sentinel Digital Desk' -> 'Sentinel', its staff 'OAN Staff Abril Elfi' -> 'OAN', its site's domain
    'Byhindustantimes.com, HT News Desk' -> 'hindustantimes.com'; a section label ('World News', 'India News', 'Foreign
    News Desk') or a name no one publishes under ('White House News') is none."""
    if site := _SITE_BYLINE.fullmatch(line.strip()):
        return site.group(1)  # 'Byhindustantimes.com, HT News Desk': the site signs its own copy
    line = _GLUED_BY.sub("", line.strip())
    staff = _STAFF_BYLINE.fullmatch(line)
    if staff:
        initials = staff.group(1)
        return "" if initials.lower() in BEAT_INITIALS or initials.lower() in places() else initials
    staff = _STAFF_NAME_BYLINE.fullmatch(line)
    if staff and not any(w.lower() in stop_words() for w in line.split()[2:]):  # not 'CNN Staff Told To Return'
        return staff.group(1) if staff.group(1).lower() in KNOWN_OUTLETS else ""
    match = _NEWSROOM.fullmatch(line)
    name = match.group(1).lower() if match else ""
    if match and any(part.lower() in SECTION_LABEL_WORDS or part.lower() == "news"
                     for part in re.findall(r"[A-Z][a-z]+", match.group(1))[1:]):
        return ""  # 'NewsNational News': a menu's items run together ('News', 'National News'), no newsroom
    if not name or name in COMMON_CAPITALISED or name in SECTION_LABEL_WORDS or name in places() or \
            name in ORG_HEADS or name in first_names() or name in DESK_WORDS:
        return ""  # 'World News', 'India News', 'Tesla News' is fine to miss; 'Maria News' is nobody's page
    return match.group(1) if line.endswith("Desk") else line


def credit_line(line: str) -> bool:
    """Reporter credits: 'X contributed to this report', 'Reporting by', 'Editing by', '--With assistance from X.'."""
    return bool(
        re.search(r"\bcontributed (?:reporting|to (?:this|the) (?:report|story|article))", line, re.I)
        or re.match(r"(?:additional )?(?:reporting|writing|editing|compiled|research) by\b", line, re.I)
        or re.match(r"[-–—\s]*(?:with )?(?:additional )?(?:reporting|assistance) (?:from|by)\b", line, re.I)
    )


def byline(line: str) -> bool:
    """A byline: 'By Jane Doe', 'By Jane Doe and John Roe, Reuters', 'Jane Doe | CNN'."""
    if "more" in line.lower():
        line = _MORE_BY.sub("", line)  # 'By REUTERS More by this Author': the author page's link
    caps = _CAPS_NAME_BYLINE.match(line.strip())
    if caps and _STAMPS.fullmatch(line.strip()[caps.end():]) or _CAPS_NAME_BRAND.match(line.strip()) \
            or _BYLINE_KNOWN_OUTLET.fullmatch(line.strip()):
        return True  # (not 'JANE ROE, AP Transport Writer The city council voted ...': a lede after it, see
        # `strip_caps_byline`)  # 'ROB MAADDI, AP Pro Football Writer Feb. 1, 2022 Updated: ...', the page's stamps after it
    if len(words(line)) > 12 or _TERMINAL.search(line) and not line.endswith("."):
        return False
    if re.match(r"by\s+(?:the|a|an|this|that|then|now)\b", line, re.I):
        return False
    if _UNSIGNED_BYLINE.fullmatch(line.strip()):
        return True  # 'By , Reporter': the page's byline with its name left out
    return bool(_BYLINE.match(line) or (_BYLINE_WITH_JOB.match(line) and any(
        w.lower() in NEWSROOM_JOBS for w in words(line))))


MAX_ACRONYM_LETTERS = 4  # 'MVP', 'ALCS' closing a headline before its writer's name in capitals
# A writer's name in capitals, the outlet and the job: 'ROB MAADDI, AP Pro Football Writer'
_CAPS_NAME = r"(?-i:[A-Z][A-Z'’.-]+(?:\s+[A-Z][A-Z'’.-]+){1,3})"  # a writer's name in capitals: 'ROB MAADDI'
_CAPS_BYLINE = (_CAPS_NAME + r",\s+(?i:" + _OUTLET + r")\s+"
                r"(?-i:(?:[A-Z][a-z]+\s+){0,3})(?i:writer|reporter|correspondent|editor)\b")
_CAPS_NAME_BYLINE = re.compile(_CAPS_BYLINE)
# A page's stamps after a byline: 'Feb. 1, 2022 Updated: Feb. 1, 2022 10:21 a.m.'
_STAMPS = re.compile(r"(?:\s*(?:[A-Z][a-z]{2,8}\.?|\d{1,4}(?:st|nd|rd|th)?,?|(?:Updated|Published|Posted):?|[ap]\.m\.|[AP]M|ET|EST|EDT|"
                     r"GMT|UTC|BST|\d{1,2}:\d{2}|[|•·-]))*\s*")
# 'By Benjamin Weiser New York Times': the writer, then a known outlet with no comma between
_BYLINE_KNOWN_OUTLET = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s+(?i:(?:the\s+)?" + _OUTLET + r")")
# ... or a brand no list knows, then its staff's job: 'SAYAN CHAKRABORTY, Nikkei staff writer'
_CAPS_NAME_BRAND = re.compile(_CAPS_NAME + r",\s+((?-i:[A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,2}))\s+"
                              r"(?i:staff\s+(?:writer|reporter)|correspondent)\s*$")


def reporting_via(line: str) -> str:
    """The page's own voice closing its opening paragraph, relaying another outlet's report ('..., APA reports citing
    France 24.' -> 'APA'): a newsroom's way of signing its copy; '' otherwise ('..., Bloomberg reports.' and '...,
    Bloomberg reports citing people familiar with the matter.' name a source)."""
    match = _REPORTS_CITING.search(line)
    relays = match and signature_outlets(match.group(2))  # an outlet's report relayed, not '... citing two sources'
    return match.group(1) if relays and match.group(1).lower() not in stop_words() else ""


_REPORTS_CITING = re.compile(r",\s+([A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,2})\s+reports?\s+citing\s+([^.;]{2,60})\.?\s*$")


def strip_caps_byline(line: str) -> tuple[str, str]:
    """A paragraph opened by its writer's byline in capitals ('JANE ROE, AP Transport Writer The city council voted
    ...'): (the paragraph, the byline), or (line, '')."""
    caps = _CAPS_NAME_BYLINE.match(line)
    rest = line[caps.end():].lstrip() if caps else ""
    return (rest, line[:caps.end()]) if caps and rest[:1].isupper() else (line, "")


def caps_byline_outlet(line: str) -> str:
    """The brand of a byline whose writer is in capitals and whose job is the brand's staff ('SAYAN CHAKRABORTY, Nikkei
    staff writer' -> 'Nikkei'), or ''."""
    match = _CAPS_NAME_BRAND.match(line.strip())
    brand = match.group(1) if match else ""
    return "" if any(w.lower() in ROLE_MODIFIERS or w.lower() in NEWSROOM_JOBS for w in brand.split()) else brand  # (not
    # 'JANE ROE, Senior Correspondent' or 'Special Correspondent')
_UNSIGNED_BYLINE = re.compile(r"by\s*[,|]\s*(?:[A-Za-z]+\s*){1,3}", re.I)
_MORE_BY = re.compile(r"\s*\bMore (?:by|from) this (?:author|writer|reporter)\s*$", re.I)
_BYLINE = re.compile(r"by\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}(?:\s*(?:,|and|&)\s*[A-Z][\w.'’-]+"
                     r"(?:\s+[A-Z][\w.'’-]+){0,3})*\s*(?:[,|/-].*)?$", re.I)
# 'By ITV News Producer Hannah Ward-Glenton': the outlet and the job before the name make it longer; a job word says
# it is a byline and not a headline in title case ('By Land And Sea Rescuers Reach The Village').
_OUTLET_JOB_NAME = re.compile(r"(?i:by)\s+([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3})\s+(?i:"
                             + "|".join(sorted(NEWSROOM_JOBS)) + r")\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,2}\s*$")
_BYLINE_WITH_JOB = re.compile(r"(?i:by)\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){4,6}\s*$")


_CREDIT_FIELD = re.compile(r"(?:^|[|;])\s*(?:reported by|edited by|written by|posted by|source|story|updated|published|by)\s*:",
                           re.I)
_FIELD_PUBLISHER = re.compile(r"(?:^|[|;])\s*(?:source|story)\s*:\s*([A-Z][\w&.'’ -]{1,40}?)\s*(?=[|;]|$)", re.I)
_DESK = re.compile(r"\b(?i:source)\s*:\s*((?:[A-Z][\w.&'’-]*\s+){1,4}?(?:Web\s+|News\s+|Digital\s+)?Desk)\b")
CREDIT_FIELDS = 2  # 'Reported By: X | Source: Y': a page's credit fields, two or more in one line


def credit_fields(line: str) -> bool:
    """A line of credit fields: 'Reported By:Jane Doe| Edited By: John Roe |Source: Gazette Web Desk |Updated: ...'."""
    return len(_CREDIT_FIELD.findall(line)) >= CREDIT_FIELDS and len(words(line)) <= 40


def brand_byline(line: str) -> str:
    """The outlet a byline of one brand word names ('By Africanews' -> 'Africanews'; 'By Smith' is a writer), or ''."""
    match = re.fullmatch(r"by\s+([A-Z][A-Za-z]+)\s*", line.strip(), re.I)
    name = match.group(1) if match else ""
    brand = any(name.lower().endswith(end) and len(name) >= len(end) + 3 for end in BRAND_ENDINGS)
    return name if brand and name.lower() not in first_names() else ""


def desk_outlet(line: str) -> str:
    """The outlet a credit's desk names ('Source: DNA Web Desk' -> 'DNA Web Desk'), or the publisher a line of
    credit fields gives ('PUBLISHED: 15/01/2024; STORY: Graphic News' -> 'Graphic News'), or ''."""
    match = _DESK.search(line)
    if match:
        return match.group(1)
    field = _FIELD_PUBLISHER.search(line) if credit_fields(line) else None
    name = field.group(1).strip() if field else ""
    return name if reads_as_publisher(name) and name.split()[0].lower() not in first_names() else ""  # not 'Source:
    # Jane Doe', a person


_NOT_NAMES = {"watch", "more", "from", "with", "source", "sources", "read", "follow", "via", "photo", "video", "by",
              "copyright", "share", "listen", "subscribe", "reporting", "editing"}


def name_outlet_byline(line: str) -> bool:
    """A byline without 'By': writers' names followed by their outlet ('Jane Doe And John Roe Los Angeles Times')."""
    tokens = words(line)
    if not 3 <= len(tokens) <= 14 or _TERMINAL.search(line):
        return False
    if not tokens[0][0].isupper():
        return False
    # The outlet is the last one to four words: a dictionary lookup, not a scan of every outlet name.
    cut = next((n for n in range(min(4, len(tokens) - 2), 0, -1)
                if " ".join(tokens[-n:]).strip(" ,.|").lower() in KNOWN_OUTLETS), 0)
    if not cut:
        return False
    names = " ".join(tokens[:-cut]).strip(" ,|-–—").split()
    return (len(names) >= 2 and not _NOT_NAMES.intersection(n.lower() for n in names)
            and all(re.fullmatch(r"[A-Z][a-z][\w'’-]*|[A-Z]\.|and|And|&", n) for n in names))


def name_fragment(line: str) -> bool:
    """A piece of a byline run split over lines: 'Tucker Reals,', 'Eleanor Watson and'."""
    tokens = words(line)
    if not 1 <= len(tokens) <= 5 or _TERMINAL.search(line):
        return False
    core = re.sub(r"(?:,|\band|&)\s*$", "", line).strip()
    names = core.split()
    return bool(names) and all(re.match(r"[A-Z][\w.'’-]*$", n) for n in names) and len(names) <= 4


def bare_name(line: str) -> bool:
    """A line that is only a person's name ('Chris Lynch'): two or three capitalised words, the first a given name.
    Above the story it is the writer's byline; above a writer's box, its heading."""
    names = line.strip().split()
    return 2 <= len(names) <= 3 and names[0].lower() in first_names() \
        and all(re.fullmatch(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?\.?", n) for n in names) \
        and names[-1].lower() not in _NOT_A_SURNAME  # 'Chase Bank', 'Lincoln Memorial'


_NOT_A_SURNAME = ORG_NOUNS_AFTER | ORG_HEADS | COMMON_CAPITALISED | MONUMENT_WORDS


def photo_credit(line: str) -> bool:
    """Photo credits: 'Russian Pool/Reuters', 'Photo: John Doe/AFP', '(Getty Images)'."""
    if len(words(line)) > 12:
        return False
    if re.match(r"\(?(?:photo|photograph|image|picture|video|credit|illustration)s?(?: by)?\s*[:/]", line, re.I):
        return True
    if re.fullmatch(r"(?:photo|photograph|image|picture)s?\s+via\s+[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}", line.strip(),
                    re.I):
        return True  # 'Image via Reuters' on its own line (not 'Did the Kremlin release the photos via Telegram ...?')
    if _AGENCY_CREDIT.search(line) and not _TERMINAL.search(line):
        return True
    if re.fullmatch(r"(?:[A-Z][\w.&'’-]*\s+){1,4}(?:staff\s+)?(?:photo|photograph|picture|video)s?", line):
        return True  # "Associated Press photo"
    if _PHOTOGRAPHER_CREDIT.fullmatch(line.strip()):
        return True  # 'Jane Roe/Staff photographer'
    if commissioned_credit(line) and not _TERMINAL.search(line):
        return True  # 'Tesla CEO Elon Musk Matthew Busch for The Wall Street Journal'
    if _AGENCY_PHOTOGRAPHER.fullmatch(line.strip()) and not _POLL.search(line):
        return True  # 'EFE/EPA/ROBERT GHEMENT', 'REUTERS/Kim Kyung-Hoon': the agencies, then the photographer (not
        # 'Reuters/Ipsos Poll', 'AP/NORC Poll Finds ...')
    return bool(_AGENCY_ONLY.fullmatch(line))


# A photographer working for the page's own outlet, closing a caption: '... Matthew Busch for The Wall Street Journal'
_COMMISSIONED_CREDIT = re.compile(r"\b(?-i:([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+){1,2})\s+for)\s+(" + _OUTLET + r")$", re.I)


_PICTURE_LABELS = frozenset({"photo", "photos", "photograph", "picture", "pictures", "image", "images"})  # 'Photos: ...'


def commissioned_credit(line: str) -> str:
    """The known outlet a photographer shot a caption's picture for, the name a given name or after the caption's end
    ('... Matthew Busch for The Wall Street Journal', 'Firefighters battle the fire. Jabin Botsford for The
    Washington Post'); '' otherwise ('Tucker Carlson No Longer Works for Fox News' is a headline)."""
    match = _COMMISSIONED_CREDIT.search(line.strip())
    if not match:
        return ""
    before = line.strip()[:match.start(2)].split()[:-1]  # the words before 'for'
    caption = before[:-len(match.group(1).split())]
    after_its_end = bool(re.search(r"[.!?][\"”’)]?$", " ".join(caption)))  # '... debris. Jamie Kelter Davis for ...'
    given = len(before) >= 2 and before[-2].lower() in first_names()  # 'Matthew Busch for ...', after a caption: one
    # with a lower-case word or a title ('Tesla CEO Elon Musk'), not a headline in title case ('Bret Baier Interviews
    # Donald Trump for Fox News')
    described = any(w.islower() or w.lower() in ROLE_NOUNS or w.lower().strip(":") in _PICTURE_LABELS for w in caption)
    return KNOWN_OUTLETS[match.group(2).lower()] if after_its_end or given and described else ""



_POLL = re.compile(r"\b(?:poll|polls|survey|ipsos|norc|yougov|gallup)\b", re.I)
_AGENCY_PHOTOGRAPHER = re.compile(r"(?i:" + _PHOTO_AGENCY + r")(?:\s*/\s*(?i:" + _PHOTO_AGENCY + r"))*\s*/\s*"
                                  r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,4}")
_PHOTOGRAPHER_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*(?i:(?:staff|freelance|contributing)\s+)?"
                                 r"(?i:photographer|contributor|staff)")


def comments_marker(line: str) -> bool:
    """Comment widgets: 'Comments', '12 comments', 'Show comments', 'Leave a comment', and a forum's bar of them
    after the page's date: '17/11/2023 1041comments  |  Jump to last'."""
    parts = [part.strip() for part in _NUMERIC_DATE.sub("", line, count=1).split("|")]
    return all(_COMMENT_PART.fullmatch(part) for part in parts)


_NUMERIC_DATE = re.compile(r"^\s*\d{1,2}[/.]\d{1,2}[/.]\d{2,4}(?:,?\s+\d{1,2}:\d{2})?\s+(?=\S)")
_COMMENT_PART = re.compile(r"(?:\d+\s*)?(?:show |view |read |leave an? |add an? |join the )?comments?(?:\s*\(\d+\))?"
                           r"|jump to (?:the )?(?:last|latest|first|top|comments?)(?: comments?)?", re.I)


def strip_signed_tail(line: str) -> tuple[str, str]:
    """A paragraph signed with a known agency's name after its last sentence ('... that begins Monday. EFE'):
    the paragraph and the agency (its list name), or the line and ''."""
    match = _SIGNED_TAIL.search(line)
    if not match or (name := KNOWN_OUTLETS.get(match.group(1).lower(), "")) not in AGENCIES:
        return line, ""
    return line[:match.start()].rstrip(), name


_SLASH_TAIL = re.compile(r"(?<=[.!?”\"])\s*/\s*([A-Z][A-Z0-9-]{1,11})\s*/?\s*$")  # '... in 2022./BGNES' too
_SIGNED_TAIL = re.compile(r"(?<=[.!?”\"])\s+(?-i:([A-Z][A-Za-z]{1,9}))\s*$")  # 'EFE', 'AFP', 'Reuters': one word
# The agencies in brackets closing a page: '... rebranded to Spirit in 1992. (Reuters/AP)' (the first one named)
_WIRES = "(?:" + "|".join(sorted((re.escape(name) for name, listed in KNOWN_OUTLETS.items()
                                   if listed in AGENCIES and re.fullmatch(r"[a-z]{2,9}", name)), key=len, reverse=True)) + ")"
_AGENCIES_BRACKET = re.compile(r"(?<=[.!?”\"])\s*\((" + _WIRES + r")(?:\s*[/,&]\s*" + _WIRES + r")*\)\s*$", re.I)


def signed_paragraph(line: str) -> bool:
    """A paragraph closed by its agencies in brackets ('... in 1983. It offered ... and rebranded to Spirit in 1992.
    (Reuters/AP)'): at a page's end, the copy's sign-off when it is long, or of sentences signed by several agencies (a
    short caption credits one: '... as the verdict is read. Reed showed no emotion. (AP)'; above the story, a caption
    run into the lede)."""
    signed = _AGENCIES_BRACKET.search(line)
    if not signed:
        return False
    text = line[:signed.start()]
    several = bool(re.search(r"[/,&]", signed.group(0)))  # a caption credits one: '... Reed showed no emotion. (AP)'
    return several and bool(_FIRST_SENTENCE.match(text)) and not (line_rule(text) or "").startswith("caption") \
        or not caption_like(text)


def agency_signature(line: str) -> bool:
    """End signatures naming the agencies a story draws on: 'With AFP', '- With Reuters', and the editors' initials
    before the agencies' names, as AFP signs off ('rmt/lo (AFP, AP)')."""
    return bool(_SIGNATURE.fullmatch(line) or _INITIALS_SIGNOFF.fullmatch(line.strip()))


_INITIALS_SIGNOFF = re.compile(r"[a-z]{1,4}(?:/[a-z]{1,4})+\s*\(\s*" + _AGENCY_NAMES + r"(?:\s*,\s*" + _AGENCY_NAMES
                               + r")*\s*\)")


def lone_agency(line: str) -> str:
    """A news agency's name alone on its line ('AFP', '— Reuters'), as the list names it; '' otherwise."""
    name = known_outlet(line.strip(" —–-()"))
    return name if name in AGENCIES else ""


def strip_closing_signoff(line: str) -> tuple[str, str]:
    """The story's last paragraph signed by its agency between slashes ('... said the project manager. /BGNES') or
    its agencies in brackets ('... rebranded to Spirit in 1992. (Reuters/AP)'): the paragraph and the (first)
    agency, or the line and ''. Only the story's end: a photo's credit looks the same ('/CFP' atop the page, '... in
    Beijing. /CFP' under a photo, '... Ceremony in Los Angeles. (AP)' run into the lede)."""
    if bracket := _AGENCIES_BRACKET.search(line):
        return line[:bracket.start()].rstrip(), KNOWN_OUTLETS.get(bracket.group(1).lower(), bracket.group(1))
    match = _SLASH_TAIL.search(line)
    if not match or match.group(1).lower() in MEDIA_TAGS:
        return line, ""  # '... in Malatya. /PHOTO' marks a picture
    return line[:match.start()].rstrip(), known_outlet(match.group(1)) or match.group(1)



def hashtag_line(line: str) -> bool:
    """Lines that are mostly hashtags: '#Putin #Ukraine #ceasefire'."""
    tokens = words(line)
    return bool(tokens) and sum(t.startswith("#") for t in tokens) >= max(2, 0.6 * len(tokens))


def breaking_banner(line: str) -> bool:
    """Banners: 'THIS IS A BREAKING NEWS UPDATE.', 'BREAKING:', '... earlier story follows below.'"""
    if re.match(r"(?:this is an? )?(?:breaking(?: news)?|update|developing|live)\b[\s:.!-]", line, re.I) and (
        line[:12].isupper() or len(words(line)) <= 6
    ) and not (line[:6].lower() == "update" and not correction_note(line)):  # news under 'Update:' keeps its
        return True  # sentence ('Update: Police have arrested the suspect.'; see `correction_note`)
    low = line.lower()
    if ("follows" in low or "is below" in low) and \
            re.search(r"\b(?:earlier|previous|original) (?:story|version|report) (?:follows|is below)", line, re.I):
        return True
    lower = len(line) - len(line.translate(_WITHOUT_LOWER))  # as many as [a-z] finds, counted in C
    if len(line) < 12 or lower > 0.1 * len(line):
        return False
    upper = len(line) - len(line.translate(_WITHOUT_UPPER))
    return len(words(line)) >= 4 and upper > 10 and upper > 9 * lower


_SITE_PROMOTION = re.compile(r"(?:^|[.!?]\s+)(?:join|subscribe to|sign up (?:to|for|at)|visit)\s+"
                             r"((?-i:[A-Z])[\w-]*(?:\.[\w-]+)*\.(?:com|co\.uk|org|net|com\.au|co\.nz))\b[^.]{0,40}[.!]?$",
                             re.I)
MAX_PROMOTION_WORDS = 40


def promoted_site(line: str) -> str:
    """The site a page's own promotion names, closing a short line: 'Don't miss ... Join GlobeSt.com now' ->
    'GlobeSt.com', 'Follow KT on WhatsApp Channels.' -> 'KT', 'Read more on RFI English' -> 'RFI' ('' when none)."""
    if len(words(line)) > MAX_PROMOTION_WORDS:
        return ""
    match = (_SITE_PROMOTION.search(line.strip()) or _MEMBERSHIP.search(line.strip()) or _MORE_FROM.fullmatch(line.strip())
             or _OWN_APP.search(line) or _OWN_APP_ONLY.search(line) or _OWN_EMAILS.search(line)
             or _OWN_ACCOUNT.search(line) or _FREE_ACCOUNT.search(line.strip()) or _OWN_LIVE_PAGE.search(line)
             or _OWN_FEEDS.search(line) or _OTHER_READERS.search(line) or _LATEST_FROM.search(line.strip())
             or _OWN_NEWSLETTER.search(line) or subscription_prompt(line) and _OWN_TRIAL.search(line)
             or _OWN_CHANNEL.search(line.strip()) or _KEPT_OPEN.search(line))
    if not match and (read_on := read_on_site(line)):
        return read_on
    if match and match.re is _OWN_CHANNEL and not _outlet_like(match.group(1)):
        return ""  # 'Follow Donald Trump on Telegram': someone's channel, not the page's
    if match and match.re is _OWN_FEEDS and match.group(1).split()[0].lower() in first_names():
        return ""  # 'Follow Jane Doe for the latest news on X': the writer's feed
    name = _TRIAL_TIER.sub("", (match.group(1) or "").rstrip(".")) if match else ""
    if name.lower() in SECTION_LABEL_WORDS or name.lower() in COMMON_CAPITALISED or name.lower() in places() \
            or any(w in NOT_SITE_WORDS for w in name.lower().split()):  # 'Get Britain's best politics newsletters'
        return ""  # 'More from Politics', 'More From This Section', 'More from the Author'
    key = name.lower()  # 'Metro.co.uk' -> 'Metro'; 'other Independent readers' -> 'The Independent'
    return KNOWN_OUTLETS.get(key) or KNOWN_OUTLETS.get("the " + key) or name if name else ""



# The page's own membership box and its list of more stories: 'Become a Scroll member today!', 'More from TIME'
_MEMBERSHIP = re.compile(r"(?:^|[.!?:]\s+)become\s+an?\s+((?-i:[A-Z])[\w.&'’-]*(?:\s+(?-i:[A-Z])[\w.&'’-]*){0,2})\s+"
                         r"(?:member|subscriber|supporter|insider)\b[^.]{0,30}[.!]?$", re.I)
_MORE_FROM = re.compile(r"more\s+from\s+((?-i:[A-Z]{2,}[A-Z.&'’-]*(?:\s+[A-Z][A-Z.&'’-]*){0,2})|[\w-]+(?:\.[\w-]+)*"
                        r"\.(?:com|co\.uk|org|net|in|com\.au|co\.nz)|(?i:" + _OUTLET + r"))", re.I)  # 'More from TIME':
# a name in capitals, a domain or a known outlet (not an author's name or a topic: 'More from Jane Doe', 'Ukraine')


# The page's own news app and e-mails: 'Know the news with the 7NEWS app: Download today', 'I would like to be emailed
# about offers, event and updates from Evening Standard. Read our privacy notice.' (not 'Download the FEMA app.', a tip)
_BRAND = r"((?-i:[A-Z0-9])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2})"
_OWN_APP = re.compile(r"^(?:know the news|stay (?:informed|up to date)|(?:get|for) the latest (?:news|updates))\s+(?:with|on|"
                      r"from|in)\s+the\s+" + _BRAND + r"\s+app\b", re.I)  # a news app (not 'Download the FEMA app.')
# 'Unlock exclusive access to the latest news on India's general elections, only on the HT App.'
_OWN_APP_ONLY = re.compile(r"^(?:unlock|get|enjoy)\b[^.!?]{0,80}?\bonly\s+on\s+the\s+" + _BRAND + r"\s+app\b", re.I)
_OWN_EMAILS = re.compile(r"^I would like to (?:be emailed|receive emails?) about\b.{0,60}\b(?:updates|news) from\s+" + _BRAND
                         + r"\.?(?:\s+read our privacy (?:notice|policy)\.?)?$", re.I)

# The page's own account, live page and newsletters: 'New to Shacknews? Signup for a Free Account', 'Follow
# Metro.co.uk's live blog for updates from ...', 'Sign up now: Get ST's newsletters delivered to your inbox' (no other
# outlet's page asks its readers to join, follow or read another site so)
_OWN_ACCOUNT = re.compile(r"^new to\s+" + _BRAND + r"\s*\?\s*(?:sign\s*-?up|register|join|create)\b", re.I)
# 'Create a free Industrial Equipment News account to continue' (a line of its own)
_FREE_ACCOUNT = re.compile(r"^(?:create|register for|sign up for)\s+(?:a|your)\s+free\s+" + _BRAND
                           + r"\s+account(?:\s+to\s+(?:continue|read|keep reading))?\s*[.!]?$", re.I)
_OWN_LIVE_PAGE = re.compile(r"^follow\s+" + _BRAND + r"[’']s\s+live\s+(?:blog|coverage|updates)\b", re.I)
# 'Find out what's happening in Foxborough for free with the latest updates from Patch.'
_LATEST_FROM = re.compile(r"^find out what[’']s happening\b[^.!?]{0,80}\bthe latest updates from\s+" + _BRAND
                          + r"\s*[.!]?$", re.I)  # (not 'Keep up with the latest news from Norwich City.')
# 'Join thought-provoking conversations, follow other Independent readers and see their replies': its comments
_OTHER_READERS = re.compile(r"\bfollow\s+other\s+" + _BRAND + r"\s+readers\b", re.I)
# 'Follow Metro Sport for the latest news on Facebook, Twitter and Instagram.': the page's own accounts
_OWN_FEEDS = re.compile(r"^follow\s+" + _BRAND + r"\s+for\s+the\s+latest\s+news\s+on\s+(?:" + "|".join(SOCIAL_PLATFORMS)
                        + r")\b", re.I)
# The page's own channel on a messaging app: 'Stay up to date with the latest news. Follow KT on WhatsApp Channels.',
# 'Get exclusive content with Gulf News WhatsApp channel' (not 'Follow us on Telegram', nor a sentence that mentions
# someone's channel: see `follow_prompt`)
_OWN_CHANNEL = re.compile(r"(?:^|[.!?]\s+)(?:(?:join|follow)\s+|get\b.{0,40}?\bwith\s+)(?!(?i:us|our)\b)" + _BRAND
                          + r"\s+(?:on\s+)?(?:whatsapp|telegram|viber)\b[^.!?]{0,20}[.!]?$", re.I)

# The page's appeal naming what its readers keep going: 'Support from readers like you keeps The Journal open.'
_KEPT_OPEN = re.compile(r"\breaders\s+like\s+you\s+keeps?\s+" + _BRAND + r"\s+(?:open|going|free|independent|alive)\b", re.I)
# Where the whole story is read, under a copy of it, or the list of its outlet's own stories: 'Read more on RFI
# English', 'Read more from Sky News:' (see `links_elsewhere`)
_READ_ON_SITE = re.compile(r"read\s+(?:more|the\s+full\s+(?:story|article))\s+(?:on|at|from)\s+(\S.{0,40})", re.I)
# A subscription's trial offer: 'Start your 7-day Magzter GOLD free trial to access ...' (the brand, then its tier)
_OWN_TRIAL = re.compile(r"^(?:start|begin|try)\s+(?:your|a)\s+(?:\d+[- ]day\s+)?(?:" + _BRAND + r"\s+)?free\s+trial\b", re.I)
_TRIAL_TIER = re.compile(r"\s+(?:GOLD|Gold|Plus|PLUS|Premium|PREMIUM|Pro|PRO|Digital|Unlimited|\+)$")
_OWN_NEWSLETTER = re.compile(r"(?:^|[:>.!]\s*)(?:(?:register|subscribe)\s+to\s+)?(?:get|sign\s*up\s+(?:for|to))\s+" + _BRAND
                             + r"[’']s\s+(?:free\s+)?(?:[\w ]{0,40}?\s+)?(?:newsletters?|(?:straight\s+)?to\s+your\s+inbox)\b",
                             re.I)  # 'Register to get The Spectator's insight and opinion straight to your inbox', '>Sign
# up for NBC Connecticut's News Headlines newsletter.'


def sign_up_box(line: str) -> bool:
    """A newsletter box read as text, its prompts run together: 'For free real time breaking news alerts sent straight
    to your inbox sign up to our breaking news emails ... Please enter a valid email address SIGN UP I would like to be
    emailed about offers ...': two of its prompts or more (a sentence about a newsletter has one)."""
    low = line.lower()
    prompts = sum(bool(re.search(rf"\b{marker}\b", low)) for marker in _SIGN_UP_MARKERS)
    box_only = any(phrase in low for phrase in _SIGN_UP_BOX_ONLY)
    return prompts >= (SIGN_UP_MARKERS if box_only else SIGN_UP_MARKERS + 1) and not _SAID.search(line)


def sign_up_publisher(line: str) -> str:
    """The publisher a sign-up box says the e-mails come from ('... updates from The Independent. Read our privacy
    policy' -> 'The Independent'), or ''."""
    match = _EMAILS_FROM.search(line)
    return re.split(r"\.\s", match.group(1))[0].rstrip(".") if match else ""


_SIGN_UP_MARKERS = ("sign up", "enter a valid email", "enter your email", "your inbox", "privacy policy", "privacy notice",
                    "i would like to be emailed", "thanks for signing up", "subscribe")
_SIGN_UP_BOX_ONLY = ("enter a valid email", "i would like to be emailed", "thanks for signing up")  # no story says so
SIGN_UP_MARKERS = 2  # with a box's own words; three otherwise ('Subscribers who sign up before March 1 ...' is news)
# Who the box's e-mails come from: '... updates from The Independent.', '... I agree to receive the "Golazo Starting XI
# Newsletter" and marketing communications, ... and other information from CBS Sports and the Paramount family ...'
_EMAILS_FROM = re.compile(r"\bI (?:would like to (?:be emailed|receive emails?) about\b.{0,60}?\b(?:updates|news)|agree to "
                          r"receive\b.{0,160}?) from\s+" + _BRAND, re.I)



# An author box: 'Madeleine Hubbard is an international correspondent for Just the News. Follow her on Twitter.', or
# 'Jane Roe (Political editor) Jane Roe is a political editor at TUKO.co.ke. She holds a degree ... Email: ...'.
# The contact prompt after it is what makes it the page's own box, not a sentence about a journalist in the news.
_BIO_NAME = r"[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}"
# 'a political reporter at The New York Sun.': a newsroom's job and the outlet (captured), the box's first sentence
_JOB_AT_OUTLET = (r"(?:a|an|the)\s+(?:[\w-]+\s+){0,4}?(?:" + "|".join(sorted(NEWSROOM_JOBS)) + r")s?\s+(?:for|at|with)\s+"
                  r"(.{2,50}?)\.")
_AUTHOR_BIO = re.compile(
    r"^" + _BIO_NAME + r"(?:\s*\([^()]{2,60}\)\s*" + _BIO_NAME + r")?\s+(?:is|was)\s+" + _JOB_AT_OUTLET
    + r"\s+(?:[^.]{10,200}\.\s+){0,3}(?:Follow|Reach|Contact|Email)\b.{0,120}$"
    # '... is Senior Space Editor for Aviation Week, based in ... Before joining Aviation Week in 2017, ...': a writer's
    # box gives a title-cased job in the present (not 'Carlson was a host at Fox News. Before joining Fox ...')
    r"|^" + _BIO_NAME + r"\s+is\s+(?:[A-Z][\w-]*\s+){0,3}(?:" + "|".join(sorted(j.title() for j in NEWSROOM_JOBS))
    + r")\s+(?:for|at|with)\s+(.{2,50}?)(?:,[^.]{2,60})?\.\s+Before joining\b"
    # 'Chris Lynch is a journalist, videographer and content producer, broadcasting from ... If you have a news tip
    # ..., email ...': a writer's jobs, then how to reach them
    r"|^" + _BIO_NAME + r"\s+is\s+(?:a|an)\s+(?:[\w-]+\s+){0,2}?(?:" + "|".join(sorted(NEWSROOM_JOBS)) + r")s?\b[^.]{0,200}\."
    r"\s+(?:[^.]{0,200}\.\s+)?(?:[^.]{0,120}\b)?(?i:news\s+tip|e-?mail\s+(?:him|her|them|us|at)\b|e-?mail\s+\S*@|"
    r"(?:follow|reach|contact)\s+(?:him|her|them)\s+(?:on|at|via)\b)")  # how the reader reaches the writer, not
    # 'The embassy said it had not been allowed to contact him' in a story about a jailed reporter


def author_bio(line: str) -> bool:
    """A writer's box at the foot of the page (see _AUTHOR_BIO)."""
    return bool(_AUTHOR_BIO.match(line))


def site_motto(line: str) -> bool:
    """A site's motto under its masthead ('The most credible news source in Barbados', 'Your trusted source for local
    news'): it speaks of the site as a source of news, in a short line that ends no sentence."""
    return len(words(line)) <= MOTTO_MAX_WORDS and not _TERMINAL.search(line) and bool(_MOTTO.search(line))


MOTTO_MAX_WORDS = 10
_MOTTO = re.compile(r"^(?:the\s+most\s+\w+|your\s+(?:trusted\s+|local\s+|#1\s+|number\s+one\s+)?|our\s+|#1\s+|"
                    r"the\s+(?:number\s+one|no\.?\s*1|leading)\s+)(?:[\w-]+\s+){0,2}?(?:news\s+)?source\b|"
                    r"\bpersonali[sz]ed\s+news\s+feed\b|\bstories\s+that\s+matter\s+to\s+you\b", re.I)
# (a motto calls the site 'the most ...' or 'your ...' source: 'TikTok overtakes Facebook as news source' is news)


def bare_author_bio(line: str) -> tuple[str, str]:
    """(surname, outlet) of a writer's box with no way to reach them, one line at the page's foot ('Mr. Payne is a
    political reporter at The New York Sun.'), or ('', ''). Only the page tells whether it is its own writer's box or a
    sentence about a journalist in the news: see `clean.own_author_bio_outlet`."""
    match = _WRITER_BOX.match(line.strip())
    outlet = match.group(2).strip() if match else ""
    return (match.group(1).split()[-1], outlet) if match and reads_as_publisher(outlet) else ("", "")


_WRITER_BOX = re.compile(r"(?:(?:Mr|Ms|Mrs|Dr)\.\s+)?([A-Z][\w'’-]+(?:\s+[A-Z][\w.'’-]+){0,3})\s+is\s+" + _JOB_AT_OUTLET
                         + r"(?:\s+(?:He|She|They)\s+(?:covers|writes|reports|focuses|is\s+based|has\s+"
                         r"(?:covered|written|reported|worked)|joined|previously|holds|lives)\b[^.]{0,200}\.?)?$")
# (the sentence after a writer's box tells their beat, not an event: 'She was hit in the leg while reporting live' is
# news about a correspondent)


def author_bio_outlet(line: str) -> str:
    """The outlet an author box names ('... correspondent for Just the News.' -> 'Just the News'), or ''."""
    match = _AUTHOR_BIO.match(line)
    name = (match.group(1) or match.group(2) or "").strip() if match else ""
    return name if reads_as_publisher(name) else ""


def links_elsewhere(line: str) -> bool:
    """A prompt that links to other stories ('Read more: FTSE 100 LIVE: ... Japan's Nikkei slumps'): the names in it
    are that story's, not the page's publisher."""
    return bool(_LINKS_ELSEWHERE.match(line.strip())) and not read_on_site(line)


def read_on_site(line: str) -> str:
    """The known outlet a prompt says the whole story or its other stories are read on, named by all its words and
    perhaps its edition ('Read more on RFI English.' -> 'RFI', 'Read more from Sky News:', 'Read more on FRANCE 24
    English' -> 'France 24'), or '' ('Read more on Climate Change': a section; 'Read more on Reuters about the
    ceasefire talks': another story)."""
    match = _READ_ON_SITE.fullmatch(line.strip().rstrip(".:"))
    named = match.group(1).split() if match else []
    if named and named[-1].lower() in READ_ON_EDITIONS:
        named = named[:-1]  # 'FRANCE 24 English': the site's edition (not 'Reuters about the ceasefire talks')
    return KNOWN_OUTLETS.get(" ".join(named).lower(), "")


def _outlet_like(name: str) -> bool:
    """A name that may be a page's: a known outlet, initials ('KT') or a newsroom's last word ('Gulf News', 'Harbor
    Gazette')."""
    return name.lower() in KNOWN_OUTLETS or name.isupper() or newsroom_word(name.split()[-1].lower())


_LINKS_ELSEWHERE = re.compile(r"(?:read more|related|see also|more on|recommended|trending|most read|most popular|"
                              r"up next|now playing)\b", re.I)  # not "Watch CBS News": the page's own


def follow_prompt(line: str) -> bool:
    """Calls to action: 'Follow AP's coverage of ...', 'Sign up for ...', 'Read more: ...', 'Join X.com now!',
    'CHECK OUT: ...', an advertiser's line in title case ending on '!' that offers something ('Enroll & Get Started
    Today!'; not a headline such as 'Messi Leads Miami To First Ever Trophy!')."""
    if promoted_site(line) or _SHOUTED_OFFER.match(line.strip()):
        return True
    if len(words(line)) <= MAX_PROMOTION_WORDS and _OWN_NEWSLETTER.search(line) and not _SAID.search(line):
        return True  # 'Get Britain's best politics newsletters': a prompt, though a place names no page
    if _MESSAGING_CHANNEL.search(line) and len(words(line)) <= PROMO_MAX_WORDS:
        return True  # 'Get exclusive content with Gulf News WhatsApp channel'
    return bool(
        re.match(
            r"(?:check out\s*:|new to [^?]{1,40}\?\s*(?:sign\s*-?up|register|join|create)\b|follow (?:\S+ )?(?:coverage|live|updates|our|us|the latest)|follow (?:\S+ ){1,5}?for (?:the latest|more|updates)(?:\s+\S+){0,6}\s*[.!]?$|"
            r"sign up\b|subscribe\b|read more\b|read the full\b|"
            r"click (?:here|for|to)\b|see (?:a )?larger\b|download (?:the|our) (?:[\w&.'’-]+ ){0,3}app\b|get (?:the|our) (?:latest|newsletter)|"
            r"be the first to know\b|(?:get|turn on|enable|allow) (?:\w+ ){0,2}notifications\b|"
            r"get our (?:free )?(?:\w+ )?(?:\w+ )?(?:email|newsletter)s?\b|more on this story|related:|"
            r"watch:|listen:|see also\b|share this\b|(?:show )?(?:additional |more )?share options\b|copy link\b|advertisement$|skip to\b|most read\b|more from\b|"
            r"text size\b|now reading\b|now playing\b|up next\b|recommended\b|most popular\b|trending\b|"
            r"(?:see|view) (?:all |more )?(?:photos|images|gallery)\b|related (?:stories|articles|coverage)\b)",
            line,
            re.I,
        )
    )


# 'Get exclusive content with Gulf News WhatsApp channel' (not 'Hamas posted the video on its Telegram channel')
_MESSAGING_CHANNEL = re.compile(r"(?:^|[.!?]\s+)(?:join|follow|get|subscribe to|download)\b(?!.*\b(?:his|her|its|their)\b)"
                                r".*\b(?:whatsapp|telegram|viber)\s+(?:channel|group)s?\b", re.I)
PROMO_MAX_WORDS = 12  # a promotion is a line of its own, not a sentence that mentions a channel
_SHOUTED_OFFER = re.compile(r"(?=(?:" + "|".join(sorted(OFFER_VERBS)) + r")\b|.*\b(?:Today|Now)!$)"
                            r"(?:(?:[A-Z&][\w&'’-]*|a|an|and|at|for|from|in|of|on|or|the|to|with)\s+){3,12}[A-Z][\w'’-]*!$")
_APPEAL = re.compile(r"\b(?:(?:please\s+)?donate\s+(?:here|now|today)|make a donation|support (?:our|independent|quality|local) "
                     r"(?:journalism|reporting|newsroom)|become an? (?:member|supporter|subscriber|patron))\b", re.I)
MAX_APPEAL_WORDS = 25


def transcript_line(line: str) -> bool:
    """A line of a broadcast transcript: 'INTERPRETER: Good evening, friends ...', 'UNIDENTIFIED MALE: ...'."""
    match = re.match(r"([A-Z]+)(?:\s+[A-Z]+){0,2}\s*(?:\([^)]{0,30}\))?:\s", line)
    return bool(match) and match.group(1) in TRANSCRIPT_SPEAKERS


def donation_appeal(line: str) -> bool:
    """A page's appeal for money: 'Support our Nation today - please donate here', 'Become a member'."""
    return len(words(line)) <= MAX_APPEAL_WORDS and bool(_APPEAL.search(line))


MAX_UPDATE_NOTE_WORDS = 3  # 'Update: 4.30pm GMT' is a note; a longer line under the label is the news it updates


def correction_note(line: str) -> bool:
    """Editorial notes: 'This story has been corrected ...', 'Correction:', 'Editor's note:', 'Update: this article
    was updated ...' (not 'Update: The death toll ... rose to 7 ...', news under a label, see `strip_lead_mark`)."""
    if re.match(r"(?:this|the|an earlier version of this) (?:story|article|report|version)\b.{0,40}\b(?:corrected|updated|amended|clarified)\b", line, re.I) \
            or re.match(r"(?:an\s+)?earlier\s+versions?\s+of\s+this\s+(?:story|article|report)\s+(?:misstated|misspelled|"
                        r"incorrectly|gave|said|reported|misidentified)\b", line, re.I) \
            or re.match(r"(?:correction|clarification|editor[’']?s note)\s*(?:\([^)]*\))?\s*:", line, re.I):
        return True
    update = re.match(r"update\s*(?:\([^)]*\))?\s*:", line, re.I)
    rest = line[update.end():] if update else ""
    return bool(update) and (len(words(rest)) <= MAX_UPDATE_NOTE_WORDS or bool(_ABOUT_ITSELF.search(rest)))


# 'Update: This story has been updated with ...' (not 'Update: Trump said in a Truth Social post ...')
_ABOUT_ITSELF = re.compile(r"\b(?:this|the)\s+(?:story|article|report|post|page)\s+(?:has\s+been|was|is\s+being)\s+"
                           r"(?:updated|corrected|amended|revised)\b", re.I)


def without_banner_label(line: str) -> str:
    """A headline without the banner label set before it ('DEVELOPING STORY: Death toll rises above 15,000 ...' ->
    'Death toll rises above 15,000 ...'); other lines as they are."""
    match = _BANNER_LABEL.match(line)
    return line[match.end():] if match and len(line[match.end():].split()) >= 3 else line


def headline_byline_split(line: str) -> tuple[str, str]:
    """A headline run into its byline and stamps ('Tom Brady retires after 22 seasons, 7 Super Bowl titles ROB MAADDI,
    AP Pro Football Writer Feb. 1, 2022 Updated: ...'): (headline, byline), or (line, '') when the line is no such."""
    match = _GLUED_BYLINE.search(line)
    if not match:
        return line, ""
    start = match.start() + 1
    name = line[start:].split(",")[0].split()
    if len(name) > 2 and len(name[0]) <= MAX_ACRONYM_LETTERS and name[0].lower() not in first_names():
        start = line.index(" ", start) + 1  # '... Hurts MVP JANE DOE, AP Sports Writer': the headline's last capitals
    head = line[:start].strip()
    if len(head.split()) < 3 or _TERMINAL.search(head) or head.isupper():
        return line, ""  # (a headline in capitals stays whole: its end cannot be told from the writer's name)
    return head, line[start:].strip()


_GLUED_BYLINE = re.compile(r"\s" + _CAPS_BYLINE)
_BANNER_LABEL = re.compile(r"(?:BREAKING(?: NEWS)?|DEVELOPING(?: STORY)?|UPDATED?|Updated?|LIVE|EXCLUSIVE|JUST IN)\s*[:|–—-]\s+"
                           r"(?=[A-Z0-9\"“‘])")


def developing_story(line: str) -> bool:
    """Notes that the story will change: 'This is a developing story and will be updated.'"""
    return bool(
        re.match(r"(?:this is a (?:developing|breaking)(?: news)? story|this story is (?:developing|breaking)|"
                 r"(?:this|the) (?:story|article|report) will be updated|check back (?:later|for updates)|more to follow|"
                 r"(?:more )?details to follow)", line, re.I)
    )


def separator(line: str) -> bool:
    """Separators: '___', '***', a lone '—', '• • •'; a lone letter is a button's glyph ('x' closes a pop-up)."""
    return bool(line) and (not any(c.isalnum() for c in line) and len(line) <= 40 or len(line.strip()) == 1)


OUTLET_LIST_MAX_WORDS = 30  # a line of outlets' names is a credit, never a paragraph


def site_name(line: str) -> str:
    """A line that is only a web site's name ('News.Az', 'TUKO.co.ke'): the page's own credit, as written; ''
    otherwise."""
    match = _SITE_NAME.fullmatch(line.strip())
    stem = match.group(1).split(".")[0].lower() if match else ""
    return match.group(1) if match and any(word in stem for word in (*BRAND_ENDINGS, "tv", "radio", "tribune",
                                                                      "herald", "gazette", "journal")) else ""
    # 'News.Az'; not a shop's or a fund's ('Amazon.com', 'GoFundMe.com')


_SITE_NAME = re.compile(r"((?:[A-Za-z0-9-]+\.)+(?:com|net|org|news|info|[A-Za-z]{2}))\.?")


def outlet_only(line: str) -> bool:
    """A line that is only outlets' names: 'CNN', 'The Associated Press', '(Reuters)', 'AP, Reuters', 'AFP/dpa';
    or only a web site's name ('News.Az')."""
    if len(words(line)) > OUTLET_LIST_MAX_WORDS:
        return False
    if site_name(line):
        return True
    written = re.sub(r"^[(\s—–-]+|[)\s—–-]+$", "", line)
    names = [written] if written.lower() in KNOWN_OUTLETS else re.split(r"\s*(?:,|/|&|\band\b)\s*", written)
    return all(name.lower() in KNOWN_OUTLETS and _written_as_named(name) for name in names)


def _written_as_named(name: str) -> bool:
    """An outlet's name in the case its owner writes it where that is capitals: 'AP', 'CNN', not 'Ap' (the word
    'Apple' cut off at the end of a stored page)."""
    known = KNOWN_OUTLETS[name.lower()]
    return not (known.isupper() and known.lower() == name.lower()) or name.isupper()


def asked_for_comment(line: str) -> bool:
    """Outlet housekeeping: 'CNN has asked the White House for comment', 'We have reached out to ...', 'Altman did
    not immediately return a call from The Daily Beast' (a short line: the whole of it is the request)."""
    if _ASKED.match(line) or _COULD_NOT_VERIFY.match(line):
        return True
    match = _UNANSWERED.search(line) if len(words(line)) <= ASKED_MAX_WORDS else None
    # the request is the whole sentence: nothing reported before it, nothing but a day after it
    return bool(match) and not re.search(r"[,;:]", line[:match.start()]) and \
        bool(re.fullmatch(r"(?:\s+for\s+(?:comment|an?\s+interview))?(?:\s+(?:on|late|early)\s+\w+)?\s*[.]?\s*",
                          line[match.end():]))



_AGE_STAMP = re.compile(r"(?:(?:updated|posted|published)\s+)?\d{1,3}\s+(?:sec|secs|seconds?|min|mins|minutes?|hr|hrs|"
                        r"hours?|days?|weeks?|months?)\s+ago\.?", re.I)  # a page's age of the story: '6 days ago'


def metadata_line(line: str) -> bool:
    """Page metadata: 'Published 10:30 AM EDT', 'Updated March 13, 2025', '5 min read', 'Reading Time: 4 minutes',
    '6 days ago', 'Share'."""
    short = len(words(line)) <= 12
    if short and re.match(r"(?:published|updated|posted|last updated|first published|modified)\b[:\s]", line, re.I):
        return True
    if _READING_TIME.fullmatch(line.strip()) or _AGE_STAMP.fullmatch(line.strip()):
        return True  # '5 min read', '6 days ago'
    if short and _TAG_LIST.match(line):
        return True  # 'Tags: hunter biden | gun trial | delaware', 'Filed under: Politics'
    if _VIDEO_LENGTH.match(line):
        return True  # a video's length and credit: '02:53 - Source: CNN Business'
    if re.fullmatch(r"(?:share(?: this(?: article| story)?| on \w+)?|tweet|email|print|save|listen(?: to this article)?|copy link|advertisement|ad|image|video|photos?|getty images)", line, re.I):
        return True
    # A bare timestamp line: 'March 13, 2025 / 10:20 AM EDT', 'Thu 13 Mar 2025 10.30 GMT'.
    if len(words(line)) > 10:
        return False
    # a time, and a zone in capitals ('10:20 AM EDT'; not 'At 10:30 the rally began.')
    has_time = re.search(r"\b\d{1,2}[:.]\d{2}\s*(?:am|pm|a\.m\.|p\.m\.|(?-i:[A-Z]{2,4})\b)", line, re.I)
    return bool(has_time) and not re.search(r"\b(?:said|says|is|was|were|will|has|have)\b", line)


_READING_TIME = re.compile(r"(?:(?:estimated\s+)?reading\s+time\s*:?\s*\d+\s*(?:minutes?|mins?)|"
                           r"\d+\s*(?:-|\s)?(?:minutes?|mins?)\s+read)\.?", re.I)
_TAG_LIST = re.compile(r"(?:tags?|topics?|keywords?|filed under|categor(?:y|ies))\s*:\s*\S", re.I)
_VIDEO_LENGTH = re.compile(r"\d{1,2}:\d{2}(?::\d{2})?\s*(?:[-–—|]\s*(?:source|credit|video)\s*:[^.!?]{0,60})?$", re.I)
_PHOTO_TAIL = re.compile(r"\((?:[^()]{1,60}/[^()]{1,60}|(?:full-size|all) photos?|photo[^()]{0,40}|" + _AGENCY_NAMES + r"(?: Photo)?|"
                         r"(?-i:[A-Z][\w.&'’-]{1,20})(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,2}\s+photos?)\)\s*$", re.I)  # '(API Photo)'
_NAME_START = r"(?-i:[A-Z])"  # a credit names someone: a capital, whatever the case of the label
_INITIAL_DOT = r"(?-i:(?<![A-Za-z])[A-Z]\.)"  # 'Frederic J. Brown': a name's initial is no sentence end
_PHOTO_BY = re.compile(r"\b(?:photo|photograph|picture|pic|image)s?\s*(?:by|:|\s/\s|credit:?)\s*" + _NAME_START
                       + r"(?:[^.]|" + _INITIAL_DOT + r"){0,60}/\s*" + _NAME_START + r"|"
                       r"(?<!\bin\s)\b(?:photo|photograph|picture|pic|image)s?\s*(?:by|:|\s/\s|credit:?|source:|courtesy(?:\s+of)?)\s*"
                       + _NAME_START
                       + r"(?:[^.:]|" + _INITIAL_DOT + r"){0,60}$|"  # not a gallery's 'In Pictures: King is crowned'
                       r"\bvideo\s*(?:by|\s/\s)\s*" + _NAME_START + r"[^.:]{0,60}$|"  # 'Video / Mark Mitchell'
                       r"[.!?]\s+(?:photo\s+)?credit\s*:\s*" + _NAME_START + r"[^.:]{0,50}$", re.I)  # '... Credit: AP'
# A credit closing a caption after its last sentence: '... Brussels, Apr. 10, 2019. EPA-EFE/STEPHANIE LECOCQ'.
_CREDIT_TAIL = re.compile(r"[.!?]\s+" + _PHOTO_AGENCY + r"(?:\s*/\s*" + _PHOTO_AGENCY + r")*"
                          r"(?:\s*/\s*(?P<photographer>[A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+)+|[A-Z][A-Z .'’-]{1,40}"
                          r"|[A-Z][a-z'’-]+(?:\s+[A-Z][a-z'’-]+){1,2}))?\s*$")  # '... 2024. EFE/EPA/ROBERT GHEMENT',
# '... Valparaiso Region, Chile. EFE/Adriana Thomasa'
_LEADING_CREDIT = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*" + _AGENCY_NAMES
                             + r"(?:\s*/\s*" + _AGENCY_NAMES + r")*\s+(?=[A-Z])")  # a photo's credit, then its caption
_PHOTO_NAME_TAIL = re.compile(r"[.!?]\s+(?i:photo|photograph|picture|image)\s+[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}\s*/\s*"
                              r"[A-Z][\w .&-]{1,30}$")
_COPYRIGHT_TAIL = re.compile(r"\s[-–—|]\s*(?i:copyright|©)\s*" + _AGENCY_NAMES + r"(?:\s+[A-Z][A-Z .'’-]{1,40})?\s*$")
_DASHED_CREDIT_TAIL = re.compile(r"[.!?]\s+[—–-]\s*" + _AGENCY_NAMES + r"\s*$")
_DASHED_PHOTO_TAIL = re.compile(r"[.!?\"”]\s+[—–-]\s*" + _AGENCY_NAMES + r"\s+(?:pix|pic|pics|photos?)\s*$")  # '- AFP pix'
_PHOTO_POSITION = re.compile(r"(?:top|bottom|above|below|inset|main|(?:top|bottom)\s+(?:left|right)|clockwise\s+from\s+"
                             r"(?:top\s+)?left)\s*:\s+(?-i:[A-Z])", re.I)
_WHO_IS_WHO = re.compile(r"^\(\s*(?:(?:L|R|C|left|right|centre|center)\s*(?:-|–|to)\s*(?:R|L|right|left)|from left|"
                         r"from right|left|right|centre|center)\s*\)"
                         r"|^(?:from\s+)?(?:left|right)(?:\s+to\s+(?:right|left))?\s*[,:]\s+(?-i:[A-Z])", re.I)  # 'From left,
# NASA Administrator Bill Nelson, ... respond to questions ...', 'Left to right: ...'
# Where someone stands in a photo, between commas after their name: ', left,' ', second right,' ', centre,'.
_POSITION_MARK = re.compile(r"[A-Z][\w.'’-]+,\s+(?:(?:far|second|third|top|bottom|back|front)\s+(?:from\s+)?)?"
                            r"(?:left|right|center|centre|top|bottom)(?:\s+to\s+right)?,\s")
# ... or in lower-case brackets after them: 'by medics and his security detail (r).' ('(R)' is a party).
_BRACKET_POSITION = re.compile(r"\w\s+\((?:[lrc]\.?|L|left|right|centre|center)\)(?=[\s.,;]|$)")  # '(r)', '(l.)', '(L)'; '(R)' and
# '(D)' after a name are a US party ('Gov. Ron DeSantis (R) signed ...')
# A photographer's credit closing a paragraph: '... in Melbourne. James Ross/AAP/dpa', '... Flight 1282. Kyle Rinker
# via REUTERS' (the agency in any case)
_PHOTOGRAPHER_TAIL = re.compile(r"[.!?]\s+(?:(?-i:[A-Z])[\w.'’-]*\s+){0,3}(?-i:[A-Z])[\w.'’-]*\s*(?:/\s*|\s+via\s+)"
                                + _AGENCY_NAMES + r"(?:\s*/\s*[\w-]+)*\s*$", re.I)
_PREDICATE = re.compile(r"(?:[a-z]+(?<![siu])s|is|was|has|had|will|would|could|can)\b")  # a verb right after it
_GALLERY_COUNTER = re.compile(r"^\d{1,3}\s+of\s+\d{1,3}\s*(?:[|:•–—-]|$)")
MASTHEAD_MAX_WORDS = 8  # a publisher's name alone atop a page ('Taiwan Tati Cultural and Educational Foundation')
ASKED_MAX_WORDS = 25  # a request for comment is housekeeping only as a short sentence of its own
MAX_CAPTION_WORDS = 60  # a caption is a sentence or two; a paragraph ending in a credit is rare
_BRACKETED_PHOTO_CREDIT_END = re.compile(r"\((?:photo|image|picture)s?\s+(?:by|credit|courtesy)\b[^()]{2,80}\)\s*$", re.I)
_FIRST_SENTENCE = re.compile(r".+?[.!?](?=\s+[A-Z(])")
_FILE_PHOTO = re.compile(r"FILE\s*[-–—:|]\s+(?=[A-Z])")
# A picture desk's place and day in capitals before a colon: 'OAKLAND, CALIFORNIA - MAY 06: ...'
_PICTURE_DESK_DATELINE = re.compile(r"[A-Z][A-Z.'’ -]+(?:,\s*[A-Z][A-Z.'’ -]+)*\s+[-–—]\s+(?-i:" + _MONTH_NAMES.upper()
                                    + r")\s+\d{1,2}:\s")
MAX_GROUP_CAPTION_WORDS = 110  # '(L-R) ...' captions name everyone in the photo: longer, but not a whole article
MAX_NEXT_CAPTION_WORDS = 35


def caption(line: str) -> bool:
    """A photo caption: a short line carrying a photo credit ('... (Sandro Perozzi/AP)', 'Photo by X/UPI', '1 of 3 |')."""
    if _PHOTO_POSITION.match(line) and len(words(line)) <= MAX_CAPTION_WORDS:
        return True  # 'Bottom: The coastal area of Suzu ... is seen Tuesday morning ...': which photo of a set
    if (_FILE_PHOTO.match(line) or _PICTURE_DESK_DATELINE.match(line)) and len(words(line)) <= MAX_GROUP_CAPTION_WORDS:
        return True  # 'FILE - Tampa Bay Buccaneers quarterback Tom Brady (12) throws a pass ...' (a file photo's
        # caption); 'OAKLAND, CALIFORNIA - MAY 06: A Spirit Airlines takes off from ...' (a picture desk's)
    if _WHO_IS_WHO.match(line) and len(words(line)) <= MAX_GROUP_CAPTION_WORDS:
        return True  # '(L-R) Anton Zensus ..., attend the unveiling': a long caption naming the people in a photo
    if _BRACKETED_PHOTO_CREDIT_END.search(line) and (first := _FIRST_SENTENCE.match(line)) and first.end() < len(line) \
            and len(words(line)) <= MAX_GROUP_CAPTION_WORDS + 10 and not _SAID.search(line) \
            and (line_rule(first.group(0)) or "").startswith("caption"):
        return True  # a wire caption of several sentences closed by its credit in brackets: 'A Falcon Heavy rocket ...
        # launches from ... on October 14, 2024. The spacecraft will ... (Photo by GREGG NEWTON/AFP via Getty Images)'
    if len(words(line)) > MAX_CAPTION_WORDS:
        return False
    if "(" in line and (bracket := _BRACKET_POSITION.search(line)) and not _SAID.search(line) \
            and not (_PAST if "(L)" in bracket.group(0) else _AUXILIARY).search(line):  # '(L)' also in news copy
        return True  # '... is transported on a stretcher by medics and his security detail (r).'
    position = _POSITION_MARK.search(line) if _POSITION_WORDS.search(line) else None
    if position and not _SAID.search(line) and not _PAST.search(line) and not _PREDICATE.match(line[position.end():]):
        return True  # 'President-elect William Lai, left, ... and his running mate ... wave as they hold ...'
        # (not 'Hou Yu-ih, left, trails Lai by eight points': the news goes on from the name)
    if tail := _CREDIT_TAIL.search(line):  # '... Apr. 10, 2019. EPA-EFE/NAME', but not '... the ministry said. AFP'
        above = line[:tail.start() + 1]  # a photographer named after the agency makes a long line a caption too
        photographer = (tail.group("photographer") or "").split()
        if photographer and not photographer[0].isupper():  # a name in title case signs a caption only under a
            return caption_like(above) and not _PAST.search(above) and bool(_ENDS_ON_A_PLACE.search(above)) \
                and above.rstrip(" .").split()[-1].lower() in places()  # a scene with where it was taken ('A young
            # girl helps ..., Valparaiso Region, Chile. EFE/Adriana Thomasa'), not news ('Police found two bodies in
            # the river. dpa/Anna Schmidt')
        return caption_like(above) or bool(_WHO_IS_WHO.match(line)) or len(photographer) >= 2 and \
            not re.search(r"[\"“”]", above) and not _SAID.search(above)  # 'ROBERT GHEMENT', not 'TT' or 'ANTARA'
    if tail := _PHOTOGRAPHER_TAIL.search(line):  # '... next to a missing window. Kyle Rinker via REUTERS'
        return caption_like(line[:tail.start() + 1]) or present_tense_caption(line[:tail.start() + 1])
    if "/" in line and (lead := _LEADING_CREDIT.match(line)):  # 'Alberto Saiz/AP / AP / AP Residents look at ...'
        return caption_like(line[lead.end():])
    if "/" in line and (credit := _PHOTO_NAME_TAIL.search(line)):  # '... ahead of the judgment. Photo Stefan
        return caption_like(line[:credit.start() + 1])  # Rousseau/PA Wire': the label, a name, its agency
    if (copyright := _COPYRIGHT_TAIL.search(line)) and caption_like(line[:copyright.start()]):
        return True  # '... south of Valencia - Copyright AFP SERGEY BOBOK': the agency's copyright and photographer
    if _DASHED_PHOTO_TAIL.search(line):
        return True  # '... pose in the press room with the Oscar for Best Original Song. - AFP pix'
    if (dashed := _DASHED_CREDIT_TAIL.search(line)) and not _PAST.search(line[:dashed.start()]):
        return caption_like(line[:dashed.start()])  # '... pull out of the headquarters ... — Reuters' (a paragraph
        # of news signed so says what happened: 'The bank raised rates on Thursday. — Reuters')
    return bool(_PHOTO_TAIL.search(line) or (_names_a_picture(line) and _PHOTO_BY.search(line))
                or _GALLERY_COUNTER.match(line))


def _names_a_picture(line: str) -> bool:
    """A word every photo-credit pattern needs ('photo', 'pic', 'image', 'video', 'credit'): a cheap test that lets
    most lines skip the credit patterns (speed only: the patterns decide)."""
    low = line.lower()
    return any(word in low for word in _PICTURE_WORDS)


_PICTURE_WORDS = ("photo", "pic", "image", "video", "credit")
_POSITION_WORDS = re.compile(r"left|right|cent|top|bottom")  # in every _POSITION_MARK match (speed only)


_CALENDAR_DAY_END = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2}(?:,\s*\d{4})?\s*\.?$",
                               re.I)
_CAPTION_VIEW = re.compile(r"^(?:(?:an?\s+)?(?:aerial\s+|general\s+|exterior\s+|interior\s+)?(?:view|exterior|interior)"
                           r"\s+(?:of|shows|showing)|file\s+photo|in\s+this\s+(?:photo|image|handout)|this\s+(?:[A-Z][a-z]{2,8}\.?\s+\d{1,2},"
                           r"\s+\d{4},?\s+)?(?:file\s+)?(?:photo|image|picture|handout)\s+(?:provided|released|taken|shows))\b",
                           re.I)  # 'This Dec. 21, 2022 image provided by Eisai ... shows vials ...'
# 'A photo of the front of the headset', 'A picture shows rescuers at work' (not 'A photo of the suspect was released')
_PHOTO_OF = re.compile(r"(?:an?\s+)?(?:(?:satellite|aerial|drone|file|handout|video)\s+)?(?:photo|photograph|picture|image|"
                       r"screenshot|still)\s+(?:(?:taken|released|provided|made)\s+(?:from|by|on|in|at)\s+[^.]{2,60}?\s+)?"
                       r"(?:of|shows|showing)\s", re.I)  # 'A satellite image shows ...', 'Photo taken from a Kyodo News
# helicopter shows the No. 2 H3 rocket lifting off ...'
_TAKEN_ON = re.compile(r"(?:,\s*|\bon\s+)(?:(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:,\s*)?)?"
                       r"(?:(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?,?\s+\d{1,2}(?:,\s*\d{4})?)?\s*\.?$")


_AUXILIARIES = "was|were|had|has|have|did|been|will|would"  # news copy reports in these tenses
_AUXILIARY = re.compile(rf"\b(?:{_AUXILIARIES})\b")
_PAST_VERB = re.compile(rf"\b(?:{_AUXILIARIES}|[a-z]{{3,}}ed)\b(?!-)")  # 'circulated', not 'mixed-reality'


def speaker_label(line: str) -> bool:
    """A broadcaster's label naming who speaks in the paragraph below: 'Bang Geon-jun / Witness', 'Jane Roe / Mayor of
    Riverton' (a name of two words or more, a slash, a role)."""
    return bool(_SPEAKER_LABEL.fullmatch(line.strip()))


_SPEAKER_LABEL = re.compile(r"[A-Z][\w'’.]*(?:[ -][A-Z][\w'’.-]*){1,3}\s*/\s*[A-Za-z][\w'’.-]*(?:\s+[\w'’.-]+){0,5}")


_A_DAY = re.compile(r"\b(?:on\s+)?(?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day\b|\b(?i:" + _MONTH_NAMES + r")\.?\s+\d{1,2}\b")


def strip_photo_credit_opening(sentence: str) -> tuple[str, str]:
    """A photo's credit glued before a sentence, the end of a caption run into the story ('(AP Photo)SOUTH PADRE
    ISLAND, TEXAS — Elon Musk's SpaceX ...'): the sentence without it, and the credit ('' when there is none)."""
    match = _PHOTO_CREDIT_OPENING.match(sentence)
    return (sentence[match.end():], match.group(0).strip()) if match else (sentence, "")


_PHOTO_CREDIT_OPENING = re.compile(r"^\(\s*(?:(?:" + _AGENCY_NAMES + r"\s+)?(?i:photo|photos|image|pic)(?:\s*/\s*[^()]{1,40})?"
                                   r"|[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){1,3}\s*/\s*[^()]{0,30}\b(?:Photo|Photos|Pool)\b"
                                   r"[^()]{0,30})\s*\)\s*(?=[A-Z\"“‘'])")
# ('(Etienne Laurent/Pool Photo via AP, File) New York's highest court ...': a photographer, then the agency)


def breadcrumb(line: str) -> bool:
    """The page's path through its menus: 'HOME > NATION > Article', 'News › World › Asia' (short items between
    arrows; a headline never has two), or its menu items run together, a word glued to the next in capitals
    ('Sign in to commentAPP spainSPAINchileCHILE...')."""
    if len(_GLUED_MENU_ITEM.findall(line)) >= GLUED_MENU_ITEMS:
        return True
    parts = _CRUMB_SEPARATOR.split(line.strip())
    return len(parts) >= 3 and all(0 < len(part.split()) <= 3 for part in parts)


_GLUED_MENU_ITEM = re.compile(r"[a-z][A-Z]{2,}")  # 'commentAPP', 'spainSPAIN' (not 'iPhone', 'McDonald')
GLUED_MENU_ITEMS = 2


_CRUMB_SEPARATOR = re.compile(r"\s*[>›»]\s*")


def caption_printed_twice(line: str, following: str) -> bool:
    """A photo's caption and its alt text, the same present-tense description on two lines in a row ('Japanese Prime
    Minister Shigeru Ishiba holds a New Year's press conference in Ise ... on Monday ...' twice), the day the photo
    was taken in it: a lede a page repeats reports in the past tense, says who said it, or names no day in headline
    style ('Israel and Hamas agree to a ceasefire deal ...')."""
    return line == following and len(words(line)) <= MAX_CAPTION_WORDS and not _PAST.search(line) \
        and not _SAID.search(line) and not re.search(r"[\"“”]", line) and bool(_A_DAY.search(line))


def present_tense_caption(line: str) -> bool:
    """A caption by its grammar: a short present-tense description of a scene, quoting and attributing no one,
    with the verb among a photo's verbs ('walks', 'search', 'sit'), or 'View of ...' / 'Exterior of ...'."""
    if len(words(line)) > MAX_CAPTION_WORDS or re.search(r"\b(?:said|says|told|according)\b", line, re.I):
        return False
    if _CAPTION_VIEW.match(line) or _PHOTO_OF.match(line) and not _PAST_VERB.search(line):
        return True
    if not any(t in _ANY_CAPTION_VERB for t in words(line)[:14]):
        return False  # no photo's verb where one is looked for below (speed only)
    if re.search(r"[\"“”](?:\s|$)|(?:^|\s)[\"“”]", line):
        return False  # a quotation (not a name like Toys “R” Us)
    dated = bool(_TAKEN_ON.search(line.strip()) and re.search(r"\d|day\b", line[-30:]))
    tokens = words(line)[:14 if dated else 8]
    calendar_day = dated and bool(_CALENDAR_DAY_END.search(line.strip()))
    escorted = bool(_ESCORTED.search(line))  # 'X leaves the courthouse surrounded by French police': the scene
    following = [tokens[i + 1].lower() if i + 1 < len(tokens) else "" for i in range(len(tokens))]
    verb = next((i for i, t in enumerate(tokens) if (t in CAPTION_VERBS
                 or (dated or escorted) and t in DATED_CAPTION_VERBS and following[i] in DATED_VERB_NEXT
                 or calendar_day and t in MEETING_CAPTION_VERBS and following[i] in MEETING_VERB_NEXT)
                 and not (i and tokens[i - 1].lower() in _BEFORE_A_NOUN)), None)
    # lower case: 'march', not 'March'
    tokens = [t.lower() for t in tokens]
    if verb is None or verb == 0 or tokens[verb - 1] in ("to", "will", "would", "could", "may", "might", "can"):
        return False
    if _AUXILIARY.search(line):
        return False
    # a past tense makes it news ('... leaves after he resigned'); a participle before 'by' describes the scene
    # ('Gisele Pelicot leaves the courthouse surrounded by French police after the verdict ...')
    return dated or not any(t.endswith("ed") and tokens[i + 1:i + 2] != ["by"] for i, t in enumerate(tokens[:12]))


_ANY_CAPTION_VERB = CAPTION_VERBS | DATED_CAPTION_VERBS | MEETING_CAPTION_VERBS
_ESCORTED = re.compile(r"\b(?:surrounded|flanked|escorted|accompanied)\s+by\b")
# A preposition before a photo's verb makes it a noun: 'Google loses antitrust case over search' is a headline.
_BEFORE_A_NOUN = frozenset({"over", "of", "for", "in", "on", "at", "with", "from", "into", "after", "during"})
_SAID = re.compile(r"\b(?:said|says|told|according to|ruled|reported)\b", re.I)
_SEEN = re.compile(r"\b(?:is|are) (?:seen|pictured|shown)\b(?! as\b)")  # 'is seen as a flight risk' is no photo
_CALENDAR_DATE = re.compile(r"\b(?:" + _MONTH_NAMES + r")\.?\s+\d{1,2},\s*\d{4}\b", re.I)  # 'June 9, 2024'


def calendar_date(text: str) -> bool:
    """The text gives a day of the calendar in full ('..., in Paris, June 9, 2024.')."""
    return bool(_CALENDAR_DATE.search(text))


_FULL_DATE = re.compile(r"\b(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"),?\s+(?:"
                        + _MONTH_NAMES + r")\.?\s+\d{1,2},\s*\d{4}\b", re.I)


_PLACE_WORDS = r"(?-i:[A-Z])[\w.'’-]*(?:\s+(?-i:[A-Z])[\w.'’-]*)*"  # capitalised, whatever the flags: 'Cordoba, Argentina'
_PLACE_AND_DATE_END = re.compile(r",?\s+(?:in|at|near|outside|off)\s+(?:the\s+(?:town|city|village|island|port)\s+of\s+)?"
                                 r"(?:(?:central|northern|southern|eastern|western|downtown|north|south|east|west)\s+)?"
                                 + _PLACE_WORDS + r"(?:,\s*" + _PLACE_WORDS + r")*"
                                 r"(?:,?\s+on|,)\s+(?:(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"),?\s+)?(?:"
                                 + _MONTH_NAMES + r")\.?\s+\d{1,2},\s*\d{4}" + r"(?:,\s+(?:for|during|ahead\s+of|before)\s+the\s+"
                                 r"(?-i:[A-Z][\w-]*\s+[A-Z0-9])[^,.;\"“”]{0,60})?\.?$", re.I)  # ('..., on October 13, 2024, for the
# Starship Flight 5 test.': a named event; not '..., for the Fed's final rate decision of the year.')
_PARTICIPLE = re.compile(r"(\S+)\s+[a-z]{3,}ing\b")  # the word before a participle
_BEFORE_AN_ADJECTIVE = frozenset({"the", "a", "an", "her", "his", "its", "their", "our", "my", "your", "of", "in",
                                  "for", "during", "after", "before", "by", "and", "is", "are", "was", "were"})
_ENDS_ON_A_PLACE = re.compile(r",\s+[A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)?\s*\.?\s*$")  # '..., Valparaiso Region, Chile.'
_PRESENT_VERB = re.compile(r"\b[a-z]{2,}(?<![siu])s\b")  # 'raises', 'waves' (not 'press', 'campus', 'his')
_PAST = re.compile(rf"\b(?:{_AUXILIARIES}|[a-z]{{3,}}ed)\b")  # an auxiliary, or a verb in -ed


# Getty's order: '... on June 16, 2023 in Paris, France.'; AP's: '... Court, Thursday, May 30, 2024, in New York.'
_DATE_AND_PLACE_END = re.compile(r"(?:\s+on|,)\s+(?:(?:" + "|".join(d.capitalize() for d in WEEKDAYS) + r"),?\s+)?(?:"
                                 + _MONTH_NAMES + r")\.?\s+\d{1,2},\s*\d{4}"
                                 r",?\s+in\s+" + _PLACE_WORDS + r"(?:,\s*" + _PLACE_WORDS + r")*\.?$", re.I)


def place_and_date_caption(line: str) -> bool:
    """A wire photo caption by its closing mark: a present-tense scene ending on where and the full date it was
    taken ('Javier Milei raises a fist during the closing event of his campaign ..., in Cordoba, Argentina,
    November 16, 2023', or '... Elon Musk attends the Viva Technology conference ... on June 16, 2023 in Paris,
    France'). News copy says 'on Thursday'; it does not end a sentence on the place and the year."""
    line = line.strip()
    if len(words(line)) > MAX_CAPTION_WORDS or not _YEAR_NUMBER.search(line):
        return False  # both shapes give the full date (speed only: the same lines fail below)
    getty = _DATE_AND_PLACE_END.search(line)
    end = _PLACE_AND_DATE_END.search(line) or getty
    if not end or len(words(line)) > MAX_CAPTION_WORDS or _SAID.search(line) or re.search(r"[\"“”]", line):
        return False
    scene = line[:end.start()]
    # a participle may describe the scene ('a conference dedicated to innovation'); a tense of its own may not
    if _SCHEDULED.search(scene):
        return False  # an announcement in the present: 'Voting begins in northern India on April 19, 2024.'
    verb = _PRESENT_VERB.search(scene) or _scene_participle(scene) or any(w in CAPTION_VERBS for w in words(scene))
    return bool(verb) and not (_AUXILIARY if getty else _PAST).search(scene)  # 'X and Y arrive at ...' too


_YEAR_NUMBER = re.compile(r"\d{4}")
_SCHEDULED = re.compile(r"\b(?:" + "|".join(sorted(SCHEDULE_VERBS)) + r")\b", re.I)


def _scene_participle(scene: str) -> bool:
    """A participle as the scene's verb ('Lava ... consuming a building'), not an adjective after a determiner ('her
    closing rally', 'an erupting volcano')."""
    return any(before.lower() not in _BEFORE_AN_ADJECTIVE for before in _PARTICIPLE.findall(scene))


_IN_ACTION = re.compile(r"\bin action (?:during|against|at|on|in|for)\b", re.I)


def in_action_caption(line: str) -> bool:
    """A sports photo caption: who is 'in action during' what, with no verb of its own ('Spain's Carlos Alcaraz
    in action during his final match against Serbia's Novak Djokovic'); news copy says what the player did."""
    return (bool(_IN_ACTION.search(line)) and len(words(line)) <= MAX_CAPTION_WORDS and not _SAID.search(line)
            and not _PAST.search(line) and not re.search(r"\b(?:is|are|will|would|can)\b", line))


def seen_caption(line: str) -> bool:
    """An agency photo caption by its two marks: what 'is seen' or 'pictured', and the weekday with the full date
    ('The dog kennels are seen where the bodies were found ... on Wednesday, March 1, 2023 in Islandton, S.C.')."""
    low = line.lower()
    if "seen" not in low and "pictured" not in low and "shown" not in low:
        return False  # what both marks need (speed only)
    if _SEEN_HERE.search(line) and not _SAID.search(line):
        return True  # the photo points at itself: 'NASA's Ingenuity helicopter is seen here in a close-up taken by ...'
    return bool(_SEEN.search(line) and _FULL_DATE.search(line)) and not _SAID.search(line)


_SEEN_HERE = re.compile(r"\b(?:is|are)\s+(?:seen|pictured|shown)\s+here\b", re.I)


MAX_TEASER_WORDS = 40
_CUT_AFTER = re.compile(r"\b(?:a|an|the|his|her|its|their|our|my|your|of|to|as|and|or|with|for|in|on|at|by|from|"
                        r"new|best|first|latest)(?:\.\.\.|…)$", re.I)  # words a sentence cannot end on


def teaser(line: str) -> bool:
    """A link to another story, cut off mid-phrase: 'Teen sensation Billie Eilish won the top four prizes at the
    Grammy Awards on Sunday, taking home best new...' (a writer's own '...' ends on a word a sentence can end on:
    'And then the lights went out...')."""
    return len(words(line)) <= MAX_TEASER_WORDS and line[:1] not in "\"“‘'" and line.rstrip().endswith(("...", "…")) \
        and bool(_CUT_AFTER.search(line.strip()))


def piped_title(line: str) -> bool:
    """An embedded video's or photo's title with its channel after a bar: 'Site of passenger plane crash which killed
    all 61 aboard. | FRANCE 24 English': a sentence, then the bar (news copy never ends on '| Outlet')."""
    match = _PIPED_TITLE.match(line.strip())
    return bool(match) and bool(signature_outlets(match.group(2)))


_PIPED_TITLE = re.compile(r"([^|]{10,300}?[a-z0-9]{2}\.)\s*\|\s*([A-Z][\w&'’.-]*(?:\s+[\w&'’.-]+){0,3})$")  # (a page's
# own headline 'Storm Boris kills 17 in central Europe | Reuters' ends no sentence, nor 'Is this the end for Boeing?
# | Reuters' or '... hit U.S. | AP' one with a full stop after a word)


def sectioned_link(line: str) -> bool:
    """A listed link to another story, its site section run into its title: '- MoviesJohnny Depp explodes and
    reiterates ...', '- SportsNadal to retire ...' (the list mark is needed: 'MoneyGram said ...' opens news). Read only
    where the headline is looked for: as a line it may be a bullet of news ('- SportsCenter will air ...')."""
    return bool(_SECTIONED_LINK.match(line))


_SECTIONED_LINK = re.compile(r"^[-–—•·*]\s*(?:" + "|".join(sorted(LINK_SECTIONS)) + r")(?=[A-Z][a-z])")


def linked_headline(line: str) -> bool:
    """Another story's headline set in the page, aggregator style: 'Twitter threatens legal action against Meta
    over Threads app: report' (a subhead of the story itself never credits a report). Only below the story's
    first sentences: atop the page it may be the page's own headline."""
    return len(words(line)) <= MAX_TEASER_WORDS and bool(_LINKED_HEADLINE.match(line.strip()))


_LINKED_HEADLINE = re.compile(r"^[A-Z\"“‘'][^.!?]{10,150}:\s*(?:report|reports|sources|source)$", re.I)


def caption_like(line: str) -> bool:
    """A line that may be the caption above a photo credit: short, descriptive, quoting and attributing no one."""
    return (len(words(line)) <= MAX_NEXT_CAPTION_WORDS and not re.search(r"[\"“”]", line)
            and not re.search(r"\b(?:said|says|told|according)\b", line, re.I))


_FEED_AGE = re.compile(r"\s[-–—|]\s+(?:about\s+)?(?:an?|\d{1,3})\s+(?:mins?|minutes?|hours?|hrs?|days?)\s+ago\s*$", re.I)


def without_feed_age(line: str) -> str:
    """A headline without the age a feed stamps after it ('Storm Darragh: man dies as tree hits van - 2 hours ago')."""
    return _FEED_AGE.sub("", line)


def widget(line: str) -> bool:
    """Gallery and video widgets and menus: 'Gallery 12 photo Gallery', 'CLOSE USA TODAY's ...', 'Watch CBS News',
    'WATCH | ...', 'The Last Ride 🎙️ A balanced diet 🍎'."""
    if re.match(r"\(?(?:photo |video )?gallery\b|\d+\s+(?:photos?|images|videos?)\b", line, re.I) and len(words(line)) <= 25:
        return True
    if re.match(r"CLOSE\s+[A-Z]", line):  # the close button of a video player, read as text
        return True
    if _FEED_AGE.search(line):
        return True  # a feed's item: 'Ace Bailey throws down NASTY alley-oop to extend ... lead - 15 mins ago'
    if re.fullmatch(r"\(\s*(?:more|read more|see more|related)\b[^()]{0,60}\)\.?", line.strip(), re.I):
        return True  # '(More Toys 'R' Us stories.)'
    low = line.lower()
    if ("content" in low or "advertorial" in low) and _SPONSORED.search(line):
        return True  # a sponsor's teaser: 'London Luton Airport expansion will help Luton soar Partner content'
    if "{{" in line and re.search(r"\{\{\s*[#^/]?\w+\s*\}\}", line):
        return True  # an unfilled page template: '{{ #verifyErrors }} {{ message }}'

    if re.match(r"(?:watch|video|listen|live)\s*[|:–—]", line, re.I):
        return True
    if re.fullmatch(r"(?:view|see|show|load|read)\s+(?:all|more)(?:\s+\w+){0,2}", line.strip(), re.I):
        return True  # a link to a list: 'View All News', 'See more photos', 'Load more'
    if re.fullmatch(r"[•·*-]?\s*(?:increase|decrease|default|reset|larger|smaller)\s+(?:font|text)(?:\s+size)?",
                    line.strip(), re.I):
        return True  # the text-size buttons: '• Increase font size'

    if _CONTINUES_BELOW.match(line.strip()):
        return True  # an advertisement's marker: 'Article continues below this ad', 'Story continues after advertisement'
    n_words = len(words(line))
    if n_words <= ARTICLE_TOOLS_WORDS and _ARTICLE_TOOLS.search(line):
        return True  # an article's tool bar: 'Listen 4 min Comment on this story Comment Gift Article Share'
    if n_words <= MAX_CAPTION_WORDS and ("menu" in low or "->" in line or "→" in line or "»" in line) \
            and re.search(r"\bsee\s+menu\b|\s(?:->|→|»)\s", line, re.I):
        return True  # a path through the site's menu: '... see Menu -> Planners'
    if re.match(r"(?:info)?(?:graphic|map|chart|video|footage)s?\s+(?:shows?|showing)\b", line.strip(), re.I) \
            and len(words(line)) <= MEDIA_CAPTION_WORDS:
        return True  # what a picture shows: 'Graphic shows details of the eruption.'
    if n_words <= MAX_CAPTION_WORDS and len(_PICTOGRAPH.findall(line)) >= NAV_PICTOGRAPHS:
        return True  # a menu of links marked with pictographs: 'The Last Ride 🎙️ A balanced diet 🍎 Should you buy now?'
    return bool(re.match(r"watch\b", line, re.I)) and not _TERMINAL.search(line)


_CONTINUES_BELOW = re.compile(r"(?:the\s+)?(?:article|story|content|text)\s+continues\s+(?:below|after|under)"
                              r"(?:\s+(?:this|the|an?))?(?:\s+(?:ad|advert|advertisement|video|image|photo|gallery))?\s*[.:]?$", re.I)
_SPONSORED = re.compile(r"\b(?:partner|sponsored|paid|promoted)\s+content\s*$|\badvertorial\s*$", re.I)
_ARTICLE_TOOLS = re.compile(r"^listen\s+\d+\s+min\b|\bgift\s+(?:this\s+)?article\b|\bcomment\s+on\s+this\s+(?:story|article)\b",
                            re.I)
ARTICLE_TOOLS_WORDS = 15  # the buttons, not a sentence that happens to mention a gift article
_PICTOGRAPH = re.compile("[\U0001F300-\U0001FAFF\u2600-\u27BF]")
MEDIA_CAPTION_WORDS = 15  # 'Video shows the moment ...' is a caption; a longer line saying what a video shows is news
NAV_PICTOGRAPHS = 2  # news copy does not set pictographs between its phrases; a site's menu does


def embedded_post(line: str) -> bool:
    """Embedded social posts: 'A post shared by ...', 'pic.twitter.com/...', a post's text ending on its signature
    ('... puts the figure at 207. — Pradeep Jena IAS (@PradeepJenaIAS) June 2, 2023'), or on tagged accounts
    ('... @CMO_Odisha @IPR_Odisha @RailMinIndia')."""
    low = line.lower()
    if "@" not in line and ".com/" not in low and not low.startswith(("a post shared by", "view this post on")):
        return False  # what every shape below needs (speed only)
    return bool(_EMBEDDED_POST.search(line)) or bool(_TAGGED_ACCOUNTS.search(line))  # '... puts the figure at 207.
    # @CMO_Odisha @IPR_Odisha'


_POST_SIGNED = r"[—–-]\s*.{1,60}\(@\w{1,30}\)\s+\w+\.? \d{1,2}, \d{4}\s*$"  # '— Jane Roe (@JaneRoe) June 2, 2023'
_EMBEDDED_POST = re.compile(r"pic\.twitter\.com/|(?:twitter|x)\.com/\w+/status/|^a post shared by\b|^view this post on\b|"
                            r"(?:^|\s)" + _POST_SIGNED, re.I)
EMBEDDED_POST_HANDLES = 2  # a paragraph ending on two tagged accounts is a post copied in, not the reporter's copy
_TAGGED_ACCOUNTS = re.compile(r"(?:(?<![\w.])@\w{2,30}\W*){" + str(EMBEDDED_POST_HANDLES) + r",}$")


def names_the_poster(text: str, signature: str) -> bool:
    """A line that names whose post follows or says it was posted ('The Dodgers announced the signing ...' above '— Los
    Angeles Dodgers (@Dodgers) ...'): the reporter's introduction of the post, not its text."""
    author = signature.strip(" —–-").split("(@")[0]
    return bool(_POSTED.search(text)) or any(re.search(rf"\b{re.escape(word)}\b", text)
                                             for word in re.findall(r"[A-Z][a-z]{2,}", author) if word.lower() not in HONORIFICS)


_POSTED = re.compile(r"\b(?:posted|tweeted|shared|wrote on)\b")  # 'The governor posted a video of the flooded highway'



def post_signature(line: str) -> bool:
    """An embedded post's signature on a line of its own: '— Jeff Passan (@JeffPassan) December 9, 2023'."""
    return bool(_POST_SIGNATURE.match(line.strip()))


_POST_SIGNATURE = re.compile(_POST_SIGNED)


def cookie_notice(line: str) -> bool:
    """A site's cookie banner: 'Cookies on the Harbor Gazette website', 'We use cookies to ensure ...', '... our
    Cookie Policy'. A story about cookies ('Google will phase out third-party cookies') speaks of no site's own."""
    return "cookie" in line.lower() and bool(_COOKIE_NOTICE.search(line))


_COOKIE_NOTICE = re.compile(r"^cookies on\b|\bwe use cookies\b|\b(?:our|this site'?s?) (?:privacy and )?cookie\b|"
                            r"\b(?:your )?cookie (?:settings?|preferences)\b|\b(?:accept|receive) (?:all )?cookies on "
                            r"(?:the|this|our)\b|\bupdated its privacy and cookie\b", re.I)


def content_warning(line: str) -> bool:
    """A warning to readers about what follows: 'WARNING: This story contains details of sexual assault.',
    'Content warning: this article discusses suicide.'"""
    return bool(_CONTENT_WARNING.match(line.strip()))


_CONTENT_WARNING = re.compile(r"(?:content\s+|trigger\s+|reader\s+)?(?:warning|advisory)\s*[:!-]\s*(?:this|the following)\s+"
                              r"(?:story|article|report|video|piece|content|footage|page)\s+(?:contains|includes|discusses|"
                              r"features|describes|has)\b", re.I)


MAX_OFFER_WORDS = 30


def subscription_prompt(line: str) -> bool:
    """A subscription's offer read as text, alone: 'Start your 7-day Magzter GOLD free trial to access thousands of
    ...' (not a story quoting it: 'Start your 30-day Prime free trial, the checkout page urged shoppers ...')."""
    return bool(_OWN_TRIAL.search(line.strip())) and len(words(line)) <= MAX_OFFER_WORDS and not _SAID.search(line) \
        and not re.search(r",\s+(?:the|a|an|its|his|her)\s+[\w\s]{0,30}?\b(?:urged|urges|read|reads|says|said)\b", line)


def addresses_reader(line: str) -> bool:
    """A line that speaks to the page's reader in the page's own voice, as an appeal box goes on ('You are visiting
    us because we have something you value. ... this year it has not been enough'), outside quotations; with fewer
    such words when it names a known outlet or its journalism ('X The Hindu operates by its editorial values to provide
    you quality journalism.', '... The Independent is on the ground ... our latest documentary ...')."""
    if _SAID.search(line) or any(mark in line for mark in QUOTE_OPENERS):
        return False  # someone's words to the reader ('The mayor told residents: you should ...', a quotation)
    own = words(line)
    reader = sum(not w.isupper() and w.lower().replace("’", "'").strip(".,;:!?'") in READER_WORDS
                 for w in own)  # ('US' is a country)
    needed = 1 if _OWN_JOURNALISM.search(line) or signature_outlets(line) else MIN_READER_WORDS
    return reader >= needed and len(own) <= MAX_APPEAL_BOX_WORDS


def glued_appeal(line: str) -> str:
    """The appeal that opens a line run into the story's first sentence with no space between ('Your support makes
    all the difference.A businessman ...' -> 'Your support makes all the difference.'), or ''."""
    match = _GLUED_SENTENCE.match(line)
    return match.group(0) if match and (journalism_appeal(match.group(0)) or addresses_reader(match.group(0))) else ""


_GLUED_SENTENCE = re.compile(r"[^.!?]{8,200}[.!?](?=[A-Z][a-z ])")
_OWN_JOURNALISM = re.compile(r"\b(?:quality|independent|our)\s+(?:journalism|reporting)\b", re.I)


QUOTE_OPENERS = "\"“‘"  # a line holding a quotation is someone's words, not the page's prompt
MIN_READER_WORDS = 3  # three words of 'you' and 'us' in a line after an appeal: the appeal goes on
MAX_APPEAL_BOX_WORDS = 80


def journalism_appeal(line: str) -> bool:
    """A page asking its readers to pay for it: 'This story has been made freely available as a public service to our
    readers. Please consider supporting SCMP’s journalism by subscribing.', 'Sponsor Message Become an NPR sponsor',
    'We need your help now', 'Support from readers like you keeps The Journal open.'."""
    return len(words(line)) <= MAX_OFFER_WORDS and bool(_JOURNALISM_APPEAL.search(line)) and not _SAID.search(line) \
        and not any(mark in line for mark in QUOTE_OPENERS)  # not news of an appeal: '“Please contribute what you
    # can,” the family wrote', '... relies on support from readers like you, organisers said'


_JOURNALISM_APPEAL = re.compile(r"^(?:sponsor\s+message\s+)?become\s+an?\s+(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,2}\s+"
                                r"(?:sponsor|member|supporter|subscriber)\s*[.!]?$"  # 'Sponsor Message Become an NPR sponsor'
                                r"|^we\s+need\s+your\s+(?:help|support)(?:\s+(?:now|today))?\s*[.!]?$"  # 'We need your help now'
                                # 'Your support helps us to tell the story', 'Your support makes all the difference.'
                                r"|^your\s+(?:support|donation|contribution)\s+(?:helps|allows|makes|keeps|enables)\s+"
                                r"(?:us\b|all\s+the\s+difference\b)"
                                r"|\bsupport\s+from\s+readers\s+like\s+you\b|\bplease\s+contribute\s+what\s+you\s+can\b"
                                r"|\b(?:please\s+)?consider\s+supporting\s+(?:our|(?-i:[A-Z])[\w.&-]*(?:\s+(?-i:[A-Z])[\w.&-]*){0,3}[’']s)"
                                r"\s+journalism\b|\bmade\s+freely\s+available\s+as\s+a\s+public\s+service\s+to\s+"
                                r"(?:our\s+)?readers\b", re.I)


def trust_badge(line: str) -> bool:
    """A page's badge on its own standards: 'Why you can trust SCMP', 'Why trust BBC Verify'."""
    return bool(_TRUST_BADGE.fullmatch(line.strip()))


_TRUST_BADGE = re.compile(r"why\s+(?:you\s+can\s+)?trust\s+(?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3}", re.I)
# (a badge asks nothing: 'Why Trust The BBC?' heads a story about the BBC)


def call_to_action(line: str) -> bool:
    """Hotlines and appeals: 'If you have information ... call ... on 0800 789321', 'Anyone with information ...',
    '... the public should call 330-921-9254' (a number to call is a notice to readers, not news)."""
    if _READER_APPEAL.match(line) and _CONTACT.search(line):
        return True
    number = _DIGIT.search(line) and _PHONE_NUMBER.search(line)
    return bool(number and (re.search(r"\b(?:hotline|helpline|call (?:the|us|our))\b", line, re.I) or _DIAL.search(line)))


_READER_APPEAL = re.compile(r"(?:if you (?:have|or|are|need|see|know)|anyone (?:with|who)|anybody (?:with|who)|people "
                            r"with information|to report|for (?:help|support|confidential)|readers (?:can|may|who))\b", re.I)
_CONTACT = re.compile(r"\b(?:call|phone|ring|text|contact|email|e-mail|visit|hotline|helpline|crimestoppers)\b", re.I)
_DIGIT = re.compile(r"\d")


_PHONE_NUMBER = re.compile(r"\+?\d[\d\s().-]{6,}\d")
# A number the reader is asked to call ('the public should call 330-921-9254', 'Call 0800 555 111'); not a number
# someone in the story called ('she had tried to call 020 7946 0018')
_DIAL = re.compile(r"(?:^|\b(?:should|can|may|please|(?:are|is)\s+(?:asked|urged|encouraged)\s+to)\s+)"
                   r"(?:call|dial|phone|text|ring)\s+(?:(?:on|at)\s+)?" + _PHONE_NUMBER.pattern, re.I)


def copyright_line(line: str) -> bool:
    """Copyright lines: '© 2025 Reuters', 'Copyright AFP. All rights reserved.', '(c) Harbor Gazette'."""
    return len(words(line)) <= 15 and bool(re.match(r"(?:©|\(c\)|copyright\b)", line, re.I))


def photo_copyright(line: str) -> bool:
    """A copyright line that credits a photographer after an agency and a year ('© AFP 2022 / ODD ANDERSEN'): a
    picture's credit, which says nothing of who published the page ('Copyright 2024 The Associated Press / All Rights
    Reserved' and '© 2024 Hearst Newspapers / San Francisco Chronicle' are the page's own)."""
    match = _PHOTO_COPYRIGHT.match(line.strip())
    return bool(match) and any(name in AGENCIES for name in signature_outlets(match.group(1))) \
        and not signature_outlets(match.group(2))


_PHOTO_COPYRIGHT = re.compile(r"^(?:©|\(c\)|copyright)\s*([A-Za-z][\w.&' -]{1,30}?\s+\d{4})\s*/\s*"
                              r"([A-Z][A-Z.'’-]+(?:\s+[A-Z][A-Z.'’-]+){0,3})\s*$", re.I)


def known_outlet(name: str) -> str:
    """The outlet list's name for a name it knows ('reuters' -> 'Reuters'); '' for the generic 'agencies'."""
    known = KNOWN_OUTLETS.get(name.lower(), "")
    return "" if known == "agencies" else known


def stamped_outlet(line: str) -> str:
    """A known outlet opening the page's publication stamp ('Reuters Published July 31, 2024 Updated July 31, 2024
    01:02pm' -> 'Reuters'), or ''."""
    match = _STAMPED.match(line.strip())
    return known_outlet(match.group(1)) if match else ""


_STAMPED = re.compile(r"([A-Z][\w&.'’ -]{1,40}?)\s+(?:Published|Updated|Posted|Last updated)\b")


def leading_outlet(line: str) -> str:
    """A known outlet heading a line of dates, as a masthead does ('Sputnik International, 1920, 20.11.2022'), or ''
    ('AFP/Getty Images, 20 November 2022' and 'Reuters/Ipsos, March 5, 2024' credit a picture and a poll)."""
    match = re.match(_OUTLET, line.strip(), re.I)
    if not match:
        return ""
    rest = line.strip()[match.end():]
    return known_outlet(match.group(0)) if _MASTHEAD_DATES.fullmatch(rest) else ""


_MASTHEAD_DATES = re.compile(r"(?:\s+[A-Z][a-z]+)?\s*,[\d\s.,:/-]+")  # ' International, 1920, 20.11.2022'


def source_line(line: str) -> bool:
    """A credit of where the copy came from: 'Source: Reuters', 'Sources: AFP, dpa'."""
    return len(words(line)) <= 10 and bool(re.match(r"[\[(]?\s*sources?\s*:\s*\S", line, re.I))  # '[Source: Reuters]'


def first_appeared(line: str) -> str:
    """The publisher a syndication note names as the page's own ('(The above story first appeared on LatestLY on Oct
    30, 2022 ... log on to our website latestly.com)' -> 'LatestLY'; 'This story is from the December 04, 2024 edition
    of The Straits Times.' -> 'The Straits Times'; 'Originally published by Latin Times'), or ''."""
    match = _FIRST_APPEARED.match(line.strip()) or _FROM_EDITION.match(line.strip()) \
        or _ORIGINALLY_BY.match(line.strip())
    name = match.group(1).rstrip(".") if match else ""
    return name if reads_as_publisher(name) and name.split()[0].lower() not in CALENDAR_WORDS else ""


def syndication_note(line: str) -> bool:
    """A note that the story was published first elsewhere (see `first_appeared`)."""
    return bool(first_appeared(line))


_FIRST_APPEARED = re.compile(r"^\(?\s*(?:the above (?:story|article|report) (?:first |originally )?|this (?:story|article|report) "
                             r"(?:first|originally) )(?:appeared|was (?:first |originally )?published) (?:on|in) ((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}))(?=\s+(?:on|at)\b|[.,;)]|$)", re.I)


# A partner's note at the foot of the story: 'Originally published by Latin Times'
_ORIGINALLY_BY = re.compile(r"^originally\s+(?:published|appeared)\s+(?:by|on)\s+"
                            r"((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*){0,3}?))(?:\s+on\s+.{1,40})?\.?$", re.I)
# A news-stand's note on the paper it took the story from: 'This story is from the December 04, 2024 edition of The
# Straits Times.'
_FROM_EDITION = re.compile(r"^this (?:story|article) is from the [\w ,.]{0,30}?edition of ((?-i:[A-Z][\w.&'’-]*(?:\s+[A-Z][\w.&'’-]*)"
                           r"{0,3}))\s*[.]?$", re.I)


def source_site(line: str) -> str:
    """The web address a source line names when no list knows it ('Source: TUKO.co.ke' -> 'TUKO.co.ke'): a site is
    a publisher, though a chart's data may be credited to one too ('Source: worldometers.info'). A name stamped with
    the day is the page's own header ('Source: B92 Wednesday, March 1, 2023 | 09:09'); '' for other names, which may
    be a chart's data ('Source: World Bank')."""
    match = _SOURCE_SITE.match(line.strip()) or _DATED_SOURCE.match(line.strip())
    return match.group(1) if match and reads_as_publisher(match.group(1)) else ""


def crumb_site(line: str) -> str:
    """The site a page's path through its menus starts from ('Rediff.com » Sports » World No.1 Sinner cleared ...'
    -> 'Rediff.com'): the page's own home; '' when the path starts elsewhere ('Home › News')."""
    match = _CRUMB_SITE.match(line.strip())
    return match.group(1) if match else ""


_CRUMB_SITE = re.compile(r"((?:[A-Za-z0-9-]+\.)+(?:com|net|org|news|info|[a-z]{2}))\s*[»›>]\s*\S")
_SOURCE_SITE = re.compile(r"sources?\s*:\s*((?:[A-Za-z0-9-]+\.)+(?:com|net|org|news|info|[a-z]{2}))\s*\.?$", re.I)
# A source line stamped with the day and the time or the page's share buttons, a page's own header: 'Source: B92
# Wednesday, March 1, 2023 | 09:09 Tweet Share'; a chart's data source carries neither ('Source: FactSet, Nov. 5, 2024')
_DATED_SOURCE = re.compile(r"sources?\s*:\s*((?-i:[A-Z0-9])[\w&.'’-]*(?:\s+(?-i:[A-Z])[\w&.'’-]*){0,2}?)\s*[,|–—-]?\s+"
                           r"(?:(?:" + "|".join(WEEKDAYS) + r"),?\s+)?(?:" + _MONTH_NAMES
                           + r")\.?\s+\d{1,2},?\s+\d{4}\s*(?:\|\s*\d{1,2}:\d{2}|.*\b(?:Tweet|Share)\b)", re.I)


def run_in_header(line: str) -> bool:
    """A page's header run into one sentence, with its byline and time stamp: 'Celebrity / Harvey Weinstein ...
    Stunner: NY Conviction Is Overturned ... By John Johnson, Newser Staff Posted Apr 25, 2024 8:36 AM CDT Copied ...'
    (a page stored on one line): its headline, standfirst and caption are no sentence of the story. A sentence's
    rule, not a line's: the line holds the whole story."""
    return bool(_RUN_IN_BYLINE.search(line))


def run_in_byline_outlet(line: str) -> str:
    """The publisher a run-in byline names as its staff ('By John Johnson, Newser Staff Posted ...' -> 'Newser')."""
    match = _RUN_IN_BYLINE.search(line)
    outlet = (match.group("outlet") or "") if match else ""
    desk = {w.lower() for w in outlet.split()} & (PAGE_LABELS | BYLINE_JOB_WORDS | NEWSROOM_DESKS)
    return outlet if outlet and reads_as_publisher(outlet) and not desk else ""  # ('Editorial Staff' is a desk)


_RUN_IN_BYLINE = re.compile(r"\bBy\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){1,3}(?:,\s+(?:(?P<outlet>[A-Z][\w&.'’-]*(?:\s+[A-Z]"
                            r"[\w&.'’-]*){0,3}?)\s+Staff|[^.]{1,40}?))?\s+(?:Posted|Published|Updated)(?:\s+on)?:?\s+"
                            r"(?:(?i:" + _MONTH_NAMES + r")\.?\s+\d{1,2},?\s+\d{4}|\d{1,2}/\d{1,2}/\d{2,4})")


LineRule = Callable[[str], bool]

def tip_line(line: str) -> bool:
    """A page asking for news tips, in its own voice: 'Got a tip? Send it to The Daily Beast here.', 'Have a story?
    Email us at tips@...'. The site it names is the page's own."""
    return len(words(line)) <= MAX_PROMOTION_WORDS and bool(_TIP_LINE.search(line))


_TIP_LINE = re.compile(r"^(?:have\s+you\s+)?(?:got|have)\s+a\s+(?:news\s+)?(?:tip|story)\s*\?|(?:^|[.?!]\s+)send\s+(?:it|us|them|your\s+"
                       r"(?:news\s+)?(?:tips?|stories|story))\s+to\b.*\bhere\b", re.I)  # an imperative opening it


_MONTH_AND_DAY = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?\s+\d{1,2}"
_MONTH_DAY = _MONTH_AND_DAY + r"(?:,\s*\d{4})?"


def place_date_line(line: str) -> bool:
    """A dateline on a line of its own: a place (its country in brackets or after a comma) and a day, perhaps the
    agency's tag, nothing else ('Portland (US), January 6', 'Kathmandu, Nepal, Jan. 16, 2023', 'Tokyo, 14 April,
    /AJMEDIA/')."""
    first = line.split(None, 1)[0].strip(",.").lower() if line.strip() else ""
    return bool(_PLACE_DATE_LINE.fullmatch(line.strip())) and first not in WEEKDAYS \
        and first not in WEEKDAY_ABBREVIATIONS and first not in MONTH_NUMBER


_DAY_MONTH = (r"\d{1,2}\s+(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|"
              r"Sept?(?:ember)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)\b\.?(?:,?\s*\d{4})?")
# 'Tokyo, 14 April, /AJMEDIA/': the agency's tag after the day, between slashes (a bracket there is a venue or a
# channel: 'Semi-final, 10 July (Dortmund)')
_DATELINE_AGENCY = r"(?:,?\s*/[A-Za-z][\w .&-]{1,28}/)?"
_PLACE_DATE_LINE = re.compile(r"[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,3}(?:\s*\([A-Z][\w. ]{1,20}\))?"
                              r"(?:,\s*[A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})?,\s+(?:" + _MONTH_DAY + r"|" + _DAY_MONTH
                              + r")\.?" + _DATELINE_AGENCY)


# The visible list: the first rule that matches names the drop.
LINE_RULES: list[tuple[str, LineRule]] = [
    ("separator", separator),
    ("dateline", place_date_line),
    ("credit", credit_line),
    ("byline", byline),
    ("photo credit", photo_credit),
    ("caption", caption),
    ("caption", seen_caption),
    ("caption", place_and_date_caption),
    ("caption", in_action_caption),
    ("teaser", teaser),
    ("caption", piped_title),
    ("widget", widget),
    ("breadcrumb", breadcrumb),
    ("embedded post", embedded_post),
    ("call to action", call_to_action),
    ("cookie notice", cookie_notice),
    ("sign-up box", sign_up_box),
    ("subscription prompt", subscription_prompt),
    ("subscription prompt", journalism_appeal),
    ("trust badge", trust_badge),
    ("content warning", content_warning),
    ("tip line", tip_line),
    ("copyright", copyright_line),
    ("source line", source_line),
    ("syndication note", syndication_note),
    ("byline", name_outlet_byline),
    ("byline", credit_fields),
    ("comments", comments_marker),
    ("agency signature", agency_signature),
    ("hashtags", hashtag_line),
    ("follow prompt", follow_prompt),
    ("author bio", author_bio),
    ("site motto", site_motto),
    ("donation appeal", donation_appeal),
    ("transcript", transcript_line),
    ("breaking banner", breaking_banner),
    ("correction note", correction_note),
    ("developing story", developing_story),
    ("outlet only", outlet_only),
    ("asked for comment", asked_for_comment),
    ("metadata", metadata_line),
    ("caption (present tense)", present_tense_caption),  # last: every named shape first
]


@lru_cache(maxsize=100_000)
def line_rule(line: str) -> str | None:
    """Name of the first boilerplate rule that matches a line, or None for story text; a list dash before it does not
    hide a widget ('- Share this article on Facebook')."""
    for text in dict.fromkeys((line, _LIST_DASH.sub("", line))):
        for name, rule in LINE_RULES:
            if rule(text):
                return name
    return None


_LIST_DASH = re.compile(r"^[-–—•·*]\s+")


_PUBLISHER = r"[A-Z][\w&.'’-]*(?:\s+[A-Z&][\w&.'’-]*){0,3}"  # '(NewsNation) — ': a name no list knows
# Page labels in brackets before a paragraph: '(Updated) — ', '(Video) — ' name no publisher.
PAGE_LABELS = frozenset({label.lower() for label in SCRIPT_LABELS if len(label) > 1} | {
    "updates", "videos", "photo", "developing", "editorial", "sponsored", "audio", "podcast", "graphic", "map", "wires",
    "newswires", "staff"})
_PLACE = r"[A-Z][A-Z.'’ /-]{1,40}(?:\s+and\s+[A-Z][A-Z.'’ /-]{1,30})?(?:,\s*[A-Z][\w.'’ -]{0,30}){0,2}"  # 'LONDON and PARIS —'
_WHO = r"(?:\s*\(\s*[\w .,&’'/-]{1,40}\s*\)|\s*/[\w .&’'-]{1,30}/)"  # '(AP)', '(NBC, KYMA/KECY)', '(Egypt)'
_DATELINE = re.compile(
    r"^(?:\(\s*(?i:" + _OUTLET + r")\s*\)|\(\s*" + _PUBLISHER + r"\s*\)\s*(?=[—–]|-\s)|(?i:" + _OUTLET + r")\s*(?=[—–])|" + _PLACE + r"(?:,?\s*" + _MONTH_DAY + r")?,?" + _WHO + r"?|"
    + _MONTH_DAY + r"(?:" + _WHO + r"|(?<=\d{4}))"
    r")\s*(?:[—–•]|--?|_|(?<=/)\.?|(?<=\))\s*-)(?:\s+(?=[A-Z\"“‘'])|\s*$|(?<=\)\s-)(?=[A-Z]))"
)  # '(Reuters) -A global tech outage ...': the agency's dash may touch the first word; 'January 15, 2024 - Lava
# flowed ...': a full date needs no agency; 'ISMAILIA (Egypt) • The Suez Canal ...': a bullet for a dash


# 'TOKYO (AP) Japan's flagship H3 rocket ...': a place in capitals and a known agency, with no dash
_CAPS_AGENCY_BARE = re.compile(r"^[A-Z][A-Z.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?\s*\(\s*(?i:" + _OUTLET + r")\s*\)\s+"
                               r"(?=[A-Z\"“‘'])")
# 'Kathmandu, Jan 16 (PTI) The black box ...': a place in any case, the day, a known agency in brackets, with no
# dash or the agency's own ('Budapest, Dec 6 (EFE).- ', 'Ise, Mie Pref., Jan. 6 (Jiji Press)--Japanese ...').
_PLACE_AND_DAY = r"^[A-Z][\w.'’ -]{1,40}(?:,\s*[A-Z][\w.'’ -]{1,30})?,\s*(?:" + _MONTH_DAY + "|" + _DAY_MONTH + r")"
_AGENCY_DATELINE = re.compile(_PLACE_AND_DAY + r"\s*\(\s*(?i:" + _OUTLET + r")(?:\s*/\s*[A-Za-z][\w.&-]{1,20})?\s*\)"
                              r"(?:\.?\s*(?:--?|[—–])\s*|\s+)(?=[A-Z\"“‘'])")  # 'Washington, 14 October 2024 (dpa/MIA) --'
# ... or its publishers and their own date in the bracket: 'Kozhikode, India, Aug 8 (UrduPoint / Pakistan Point News -
# 8th Aug, 2020 ) :Fierce rain ...'
_PUBLISHERS_DATED = re.compile(_PLACE_AND_DAY + r"\s*\([^()]{2,60}?\s[-–—]\s+\d{1,2}(?:st|nd|rd|th)?\s+[A-Z][a-z]{2,8}\.?,?\s*\d{4}\s*\)"
                               r"\s*(?::|--?|[—–])?\s*(?=[A-Z\"“‘'])")
# 'Seoul, October 30: At least ...', 'Shillong, October 8: ...': a place and the day, then a colon.
_PLACE_DAY_COLON = re.compile(r"^([A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,2}),\s*" + _MONTH_DAY + r"\s*:\s+(?=[A-Z\"“‘'])")
_AGENCY_COLON = re.compile(r"^[^()\n]{0,50}\(\s*(?:[A-Z]{2,6}|(?-i:[A-Z][a-z]+)(?:\s+(?-i:[A-Z][a-z]+))?\s+Desk)\s*\)\s*:\s+"
                           r"(?=[A-Z\"“‘'])")  # 'London [US], Oct. 13 (ANI): ', 'Kabul (Web Desk): '
# 'New Delhi: ', 'London - ', 'Washington, DC—The ...' (a dash may touch both words): a known place, its state or
# country after a comma, then a colon or a dash; or any town of a known state or country before a long dash
# ('Boca Chica, Texas — ').
_PLACE_COLON = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})(?:,\s*([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*)?))?"
                          r"(?:\s*:\s+|\s+-\s+|\s*[—–]\s*)(?=[A-Z\"“‘'])")
_PLACE_BRACKET_BAR = re.compile(r"^([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\s*\(([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})\)"
                                r"\s*\|\s+(?=[A-Z\"“‘'])")
# 'Q24N — In a second-round vote ...': a site's news tag, capitals with a figure (no place has one), then a dash.
_NEWS_TAG = re.compile(r"^([A-Z][A-Z0-9]{0,6}\d[A-Z0-9]{0,6}[A-Z])\s*[—–]\s+(?=[A-Z\"“‘'])")  # 'Q24N', not 'G20', 'COP28'


def news_tag(dateline: str) -> str:
    """The tag of a tag dateline ('Q24N —' -> 'Q24N', 'Islam Times - ' -> 'Islam Times'), or ''."""
    if tag := _NEWS_TAG.match(dateline + " X"):
        return tag.group(1)
    publisher = _PUBLISHER_TAG.match(dateline + " X")
    return publisher.group(1) if publisher and publisher_tag(publisher.group(1)) else ""


def publisher_tag(name: str) -> bool:
    """A newsroom's name opening its story ('Islam Times - Former US president ...'): a name ending on a newsroom's
    word, not a section's label ('Breaking News - ', 'World News - ')."""
    lowered = name.lower().split()
    return reads_as_publisher(name) and lowered[-1] in _NEWSROOM_ENDS and lowered[0] not in SECTION_LABEL_WORDS


_NEWSROOM_ENDS = (set(BRAND_ENDINGS) | MASTHEAD_HEADS) - {"media", "wire", "news", "foundation", "institute"}  # 'Trump
# Media -' opens a company's statement and 'Team News -' a sports page's paragraph, not a newsroom's story


_PUBLISHER_TAG = re.compile(r"^((?:[A-Z][\w&.'’]*\s+){0,3}[A-Z][\w&.'’]*)\s+[-–—]\s+(?=[A-Z\"“‘'])")


# 'GENEVA (UrduPoint News / Sputnik - 05th May, 2023) The World ...': a place in capitals and a bracket of credits
# (names split by '/', a date after ' - '), with no dash after it.
_CREDIT_BRACKET = re.compile(r"^([A-Z][A-Z.'’ -]{1,40})\s*\(([^()]{2,40}/[^()]{2,60})\)\s+(?=[A-Z\"“‘'])")
_CREDIT_NAME = r"[A-Z][\w.&'’]*(?:\s+[A-Z][\w.&'’]*){0,3}"
# Publishers credited in a bracket opening the story, the first in capitals: '(MENAFN- Khaama Press) ', '(NBC,
# KYMA/KECY) - '
_CREDIT_PREFIX = re.compile(r"^\(\s*(?-i:[A-Z]{2,}[\w.&'’]*)(?:\s*(?:[-–—]\s|,\s|/)\s*" + _CREDIT_NAME + r"){1,3}\s*\)\s*"
                            r"(?:[-–—]+\s*)?(?=[A-Z\"“‘])")
_BRACKETED = re.compile(r"\(\s*([^()]{2,40}?)\s*\)|/([^/]{2,30})/")
_COPYRIGHT_HOLDER = re.compile(r"(?:©|\(c\)|copyright)\s*(?:\d{4}(?:\s*[-–]\s*\d{4})?,?\s*)?"
                               r"(?:by\s+)?([A-Z][\w&'’ .-]{1,50}?)\s*(?:,?\s*(?:LLC|Inc|Ltd|Limited|Corp|PLC)\b|[.,;|]|$)", re.I)
_NAME_WORD = re.compile(r"^(?:[A-Z][\w&'’.-]*|[a-z]{1,3})$")  # 'Parliament', 'ANI', 'of'
_BYLINE_STAFF = re.compile(r"\s+staff(?:\s+(?:writer|reporter))?\s*$", re.I)  # 'Newser Staff': the outlet's own staff


_EDITION_AFTER = re.compile(r"\s+(?:(?-i:[A-Z])[\w.]*\s+){0,2}Edition\s*", re.I)  # ' US Edition', ' Asia Edition'
_EDITION = re.compile(r"\s*\((?:" + "|".join((*WEEKDAYS, *EDITION_WORDS)) + r"|[a-z]+\s+edition)\)\s*", re.I)


def masthead_outlet(line: str) -> str:
    """A known outlet whose name opens a page's first lines as its masthead, alone or glued to a slogan or
    menu ('The Washington PostDemocracy Dies in Darkness', 'CNN | World'), or closing it after a section tag in
    capitals ("TOYS'R'USArutz Sheva"); '' otherwise."""
    line = line.strip()
    for match in re.finditer(_OUTLET, line[:80], re.I):
        before = line[:match.start()]
        name = match.group(0)
        if (match.end() == len(line) and before[-1:].isupper() and re.match(r"[A-Z][a-z]", name)
                and not re.search(r"[a-z]", before)):  # 'TAG' glued to a mixed-case outlet: a case change marks it
            return known_outlet(match.group(0))
        if match.start() != 0 or match.group(0) != match.group(0).strip():
            continue
        rest = line[match.end():]
        glued = rest[:1].isupper() and rest[:1] != match.group(0)[-1:]
        separated = rest.lstrip()[:1] in "|—–:" or re.match(r"\s+-\s", rest)  # 'Fox News-Dominion' is one word
        if not rest.strip() or glued or separated or _EDITION.fullmatch(rest) or _EDITION_AFTER.fullmatch(rest):
            # 'Los Angeles Times (Sunday)', 'USA TODAY US Edition'
            return known_outlet(match.group(0))
    return ""


def named_masthead(line: str) -> str:
    """A page's first line that is a publisher's name no list knows: capitalised words ending in a newsroom's or
    a body's word ('Taiwan Tati Cultural and Educational Foundation', 'Harbor Valley Gazette'), a place and a
    newspaper's word ('The New York Sun', 'Bangkok Post') or a broadcaster ('Caribbean Broadcasting Corporation');
    '' otherwise."""
    name = line.strip().split()
    if len(name) == 1 and (glued := _GLUED_PAPER.fullmatch(name[0])) and _named_paper([glued.group(1), glued.group(2)]):
        return f"{glued.group(1)} {glued.group(2)}"  # 'MillenniumPost' atop the page (not 'LatestPost', 'RoyalMail')
    if len(name) == 1 and (glued := _PLACE_NEWS.fullmatch(name[0])) and glued.group(1).lower() in places():
        return name[0]  # 'London24NEWS': a place, a number and 'NEWS' in one word
    if not 2 <= len(name) <= MASTHEAD_MAX_WORDS or _TERMINAL.search(line):
        return ""
    if name[-1].lower() not in MASTHEAD_HEADS and not _news_masthead(name) and not _place_paper(name) \
            and not _broadcaster(name) and not _named_paper(name):
        return ""
    rule = line_rule(line)
    shouted = rule == "breaking banner" and line.isupper() and not _BANNER_OPENER.match(line)  # 'THE AMERICA ONE NEWS'
    if not all(w[:1].isupper() or w in ("of", "and", "for", "the", "&") for w in name) or rule and not shouted:
        return ""
    first = name[0].lower()
    if len(name) == 2 and (first in COMMON_CAPITALISED or first in SECTION_LABEL_WORDS or first in places()):
        return ""  # a section label: 'Latest News', 'US News', 'Daily News'
    return " ".join(w.capitalize() if w.lower() not in ("of", "and", "for", "the") or i == 0 else w.lower()
                    for i, w in enumerate(name)) if shouted else line.strip()


def newsroom_word(word: str) -> bool:
    """A publisher's last word, in lower case: a masthead's ('Gazette', 'Chronicle') or a brand's ending ('News',
    'Press', 'Times')."""
    return word in MASTHEAD_HEADS or word.endswith(BRAND_ENDINGS)


def logo_masthead(line: str) -> str:
    """The publisher a page's logo names, its image's text read as a line ('Houston Chronicle LogoHearst Newspapers
    Logo' -> 'Houston Chronicle': the first logo is the page's own, the next its owner's); '' otherwise."""
    match = _LOGOS.fullmatch(line.strip())
    if not match:
        return ""
    name, last = match.group(1), match.group(1).split()[-1].lower()
    if known := known_outlet(name):
        return known
    several = line.count("Logo") > 1  # the page's logo and its owner's
    return name if several or newsroom_word(last) else ""  # not a headline
    # 'Cracker Barrel Reverts To Old Logo'


_LOGO_NAME = r"[A-Z][\w&.'’-]*(?:\s+(?:[A-Z][\w&.'’-]*|of|the|and))*?"
_LOGOS = re.compile(r"(" + _LOGO_NAME + r")\s*Logo(?:\s*" + _LOGO_NAME + r"\s*Logo)*")


def _news_masthead(name: list[str]) -> bool:
    """'The America One News' (four words or more, opened by 'The'), not a section ('Latest World News', 'United
    States News') or a topic page ('Elon Musk News')."""
    if name[-1].lower() != "news" or len(name) < 4 or name[0].lower() != "the":
        return False
    place = " ".join(name[1:-1]).lower()
    return place not in places() and not any(w.lower() in SECTION_LABEL_WORDS for w in name)


def _place_paper(name: list[str]) -> bool:
    """A place and a newspaper's word ('The New York Sun', 'Bangkok Post'; 'The Jakarta Globe'), 'News' only after
    'The' ('US News' is a section label)."""
    last, opened = name[-1].lower(), name[0].lower() == "the"
    place = " ".join(name[1 if opened else 0:-1]).lower()
    return last in PLACE_PAPER_WORDS and place in places() and (opened or last != "news")


def _named_paper(name: list[str]) -> bool:
    """A name no list knows and a newspaper's word ('Guernsey Press'): two capitalised words, the first neither a
    common word, a section's nor a given name ('Latest Post' is a label), the second only a newspaper's ('Royal Mail',
    'Polar Express', 'Lone Star' are no papers)."""
    first = name[0].lower()
    return len(name) == 2 and name[-1].lower() in UNKNOWN_PAPER_WORDS \
        and all(w[:1].isupper() and w.isalpha() for w in name) and first not in COMMON_CAPITALISED \
        and first not in SECTION_LABEL_WORDS and first not in first_names()


_PLACE_NEWS = re.compile(r"([A-Z][a-z]{3,})\d{1,3}(?:NEWS|News|TV)")
_GLUED_PAPER = re.compile(r"([A-Z][a-z]{3,})(" + "|".join(sorted(w.capitalize() for w in UNKNOWN_PAPER_WORDS)) + r")")


def _broadcaster(name: list[str]) -> bool:
    """'Caribbean Broadcasting Corporation', 'Korean Broadcasting System'."""
    return len(name) >= 3 and name[-2].lower() == "broadcasting" and name[-1].lower() in BROADCASTER_HEADS


_BANNER_OPENER = re.compile(r"(?:this is an? )?(?:breaking|update|developing|live|exclusive|just in|watch)\b", re.I)


def named_publisher(line: str, shape: str) -> str:
    """The publisher a dateline's brackets, a copyright line or a byline names, when it reads as a name
    ('Parliament Politics Magazine', 'ANI', 'Blaze Media', 'By Rob Quinn, Newser Staff'); '' for places, people,
    jobs and anything else."""
    if shape == "copyright":
        match = _COPYRIGHT_HOLDER.search(line)
        candidate = match.group(1).strip(" .") if match else ""
    elif shape == "byline" and (job_first := _OUTLET_JOB_NAME.match(line.strip())):
        candidate = job_first.group(1)  # 'By Harbor Gazette Producer Jane Roe': the newsroom before its job, named as
        last = candidate.split()[-1].lower()  # one ('Senior Political Correspondent' is a job)
        if not newsroom_word(last):
            return ""
    elif shape == "byline":  # 'By Rob Quinn, Newser Staff': what follows the writers, 'Staff' aside
        match = re.match(r"by\s+[^,|]+[,|]\s*(.+)$", line.strip(), re.I)
        tail = match.group(1) if match else ""
        candidate = _BYLINE_STAFF.sub("", tail).strip(" .")
        if candidate == tail.strip(" .") and not any(w.lower() in ORG_HEADS for w in candidate.split()):
            return ""  # a second writer ('By Jane Doe, Oluwaseun Adeyemi'), not 'Newser Staff' or 'Harbor Gazette'
    else:
        match = _BRACKETED.search(line)
        candidate = (match.group(1) or match.group(2) or "").strip() if match else ""
    lowered = [w.lower().strip(".,'’") for w in candidate.split()]
    jobs = [w for w in lowered if w in PAGE_LABELS or w in BYLINE_JOB_WORDS
            or shape == "byline" and (w in ROLE_NOUNS or w in ROLE_MODIFIERS)]  # 'Media' is a company's word too
    if jobs or lowered[:1] and lowered[0] in first_names():
        return ""  # 'By Jane Doe, Sports Writer', 'By Jane Doe, John Roe', '(Live Updates) —', '(John Smith) —'
    if not reads_as_publisher(candidate):
        return ""
    if any(not re.search(r"[A-Za-z]{3}", w) and any(ch.isdigit() for ch in w) for w in candidate.split()) \
            or candidate.lower() in places() or candidate.lower() in PAGE_LABELS \
            or candidate.rstrip(".").isupper() and "." in candidate:
        return ""  # '(Ukraine)', '(R.I.)': a place, not a publisher
    return candidate


def reads_as_publisher(name: str) -> bool:
    """One to five words that read as a name ('Parliament Politics Magazine', 'Just the News', 'ANI')."""
    words = name.split()
    return 1 <= len(words) <= 5 and words[0][:1].isupper() and all(_NAME_WORD.match(w) for w in words)


def bracket_publishers(dateline: str) -> list[str]:
    """The publishers a dateline's bracket of credits names, each as a name ('(UrduPoint News / Sputnik - 05th May,
    2023)' -> ['UrduPoint News', 'Sputnik']); a date, a place or a job is none."""
    match = re.search(r"\(([^()]*(?:/|[-–—]\s|,\s)[^()]*)\)", dateline)  # '(MENAFN- Khaama Press)', '(NBC, KYMA/KECY)'
    pieces = re.split(r"\s*/\s*|\s*[-–—]\s+|,\s+", match.group(1)) if match else []
    return [name for piece in pieces if (name := KNOWN_OUTLETS.get(piece.strip().lower(), "")
                                         or named_publisher(f"({piece.strip()})", "dateline")) and name != "agencies"]


def place_dateline(text: str) -> re.Match[str] | None:
    """A known place and a colon or a dash opening a paragraph ('New Delhi: ', 'London - '), or any town of a known
    state or country before a dash or a colon ('Boca Chica, Texas — ', 'Burbank, California - ', 'Mesquite, Texas: ';
    not 'Sen. Ted Cruz, Texas:')."""
    match = _PLACE_COLON.match(text)
    if match and (match.group(1).lower() in places()
                  or (match.group(2) or "").lower() in places()
                  and (match.group(0).rstrip()[-1] in "—–" or match.group(0).rstrip()[-1] in ":-"
                       and not _names_someone(match.group(1)))):
        return match
    return None


def strip_dateline(text: str, opening: bool = True) -> tuple[str, str]:
    """Split a leading dateline from a paragraph, in every agency style: 'KYIV, Ukraine (AP) — ', '(CNN) - ',
    'MANTA, Ecuador, April 19 (UPI) --', 'PARIS _', 'NEWPORT NAVAL STATION, R.I. _', 'May 13 (Reuters) -',
    'New Delhi: ', 'London - ' (a known place and a colon or a dash, only in the `opening` lines of a source),
    'Kathmandu, Jan 16 (PTI) ' (a known agency in brackets after the day, in the opening lines)."""
    text = text.lstrip()  # a page may indent its first paragraph
    bracketed = _PLACE_BRACKET_BAR.match(text)  # 'Derna (Libya) | Search teams ...': a shape no sentence has
    if bracketed and bracketed.group(2).lower() in places():
        return text[bracketed.end():], bracketed.group(0).strip()
    place_colon = place_dateline(text) if opening else None  # inside the story, 'China: ...' is a subhead
    if place_colon:
        return text[place_colon.end():], place_colon.group(0).strip()
    tag = _NEWS_TAG.match(text) if opening else None
    if tag:
        return text[tag.end():], tag.group(0).strip()
    publisher = _PUBLISHER_TAG.match(text) if opening else None
    if publisher and publisher_tag(publisher.group(1)):  # 'Islam Times - Former US president ...'
        return text[publisher.end():], publisher.group(0).strip()
    credit_bracket = _CREDIT_BRACKET.match(text) if opening else None
    if credit_bracket and credit_bracket.group(1).isupper():
        return text[credit_bracket.end():], credit_bracket.group(0).strip()
    credit_prefix = _CREDIT_PREFIX.match(text) if opening else None
    if credit_prefix:  # '(MENAFN- Khaama Press) Rescuers on Tuesday ...', '(NBC, KYMA/KECY) - General Motors ...'
        return text[credit_prefix.end():], credit_prefix.group(0).strip()
    place_day = _PLACE_DAY_COLON.match(text) if opening else None
    if place_day and place_day.group(1).split()[0].lower() not in CALENDAR_WORDS:  # not 'Tuesday, March 5: Voters'
        return text[place_day.end():], place_day.group(0).strip()
    agency_dated = _AGENCY_DATELINE.match(text) or _PUBLISHERS_DATED.match(text) or _CAPS_AGENCY_BARE.match(text)  # a shape no sentence has: below a
    # page's text-size menu too
    if agency_dated:
        return text[agency_dated.end():], agency_dated.group(0).strip()
    publisher_day = _PUBLISHER_DAY.match(text) if opening else None
    if publisher_day and dated_publisher(publisher_day.group(0)):
        return text[publisher_day.end():], publisher_day.group(0).strip()
    match = _DATELINE.match(text) or _AGENCY_COLON.match(text)
    if not match:
        return text, ""
    head = match.group(0)
    # Only a real dateline: an all-caps place, or an outlet in brackets or slashes; never an ordinary sentence start.
    place = re.split(r"[,(/]", head)[0].strip(" —–-_•")
    if " and " in place:  # 'LONDON and PARIS —' (not 'FIFA and UEFA — Football's ...', 'US and UK - The two allies')
        if not all(part.strip().lower() in places() and len(part.strip()) > 2 for part in place.split(" and ")):
            return text, ""
        place = place.replace(" and ", " ")
    if head.rstrip().endswith("•") and "(" not in head and place.lower() not in places() \
            and not (place.isupper() and len(place) >= 4):
        return text, ""  # 'EU • The bloc agreed ...' is a digest's label; 'MELBOURNE •', 'ISMAILIA (Egypt) •' datelines
    if "(" in head or "/" in head or (place and place.isupper() and len(place) > 1) or head.strip(" —–-_") in KNOWN_OUTLETS.values() \
            or _FULL_DATE_HEAD.fullmatch(head.strip(" —–-_")):  # 'January 15, 2024 - Lava flowed ...'
        return text[match.end():], head.strip()
    return text, ""


_FULL_DATE_HEAD = re.compile(_MONTH_AND_DAY + r",\s*\d{4}")


def _names_someone(name: str) -> bool:
    """A name before a colon that is a person's, or a title's ('Sen. Ted Cruz, Texas:', 'Simone Biles, United
    States:'): what follows is what they said or did, not a dateline's story."""
    first = name.split()[0]
    return first.lower() in first_names() or first.endswith(".") or first.lower() in HONORIFICS
# A publisher's own dateline, its name and the day in brackets: 'Asian Tech Press (Oct 16) -- Microsoft has ...'.
_PUBLISHER_DAY = re.compile(r"^([A-Z][\w&.'’-]*(?:\s+[A-Z][\w&.'’-]*){0,4})\s*\(\s*" + _MONTH_DAY + r"\s*\)\s*(?:--?|[—–])\s*"
                            r"(?=[A-Z\"“‘'])")


def dated_publisher(dateline: str) -> str:
    """The publisher a dateline of its own names before the day ('Asian Tech Press (Oct 16) --' -> 'Asian Tech
    Press'): a name ending in a newsroom's word; a place before the day names none ('Riverton (Oct 16) --')."""
    match = _PUBLISHER_DAY.match(dateline.strip() + " X")
    if not match:
        return ""
    name = match.group(1)
    last = name.split()[-1].lower()
    return known_outlet(name) or (name if newsroom_word(last) else "")


# A list dash or a script label before a paragraph: '- Members of the jury ...', '– An uncontrolled collapse ...',
# a list's introduction ('Here's a breakdown of Tom Brady's 20 seasons with the Patriots: Brady was ...'),
# 'STORY: In a shotgun merger ...', 'SAD: Axel Lehmann ...'. One capitalised word in capitals, then a colon.
# A list dash or number ('3) “Today’s events ...', '2. The army ...'), a script label, or a list's introduction with
# its first number ('Here are top 10 updates on the protest, 1) It was ...').
_LEAD_MARK = re.compile(r"^(?:[-–—•·*]\s+|\d{1,2}[.)]\s+|(?:" + "|".join(sorted(SCRIPT_LABELS)) + r"):\s+|"
                        r"(?i:here[’']s\s+(?:a|an|the)\s+(?:breakdown|look|recap|rundown|timeline|summary)\s+of\b[^:.!?]{0,80}:\s+)|"
                        r"(?i:here (?:are|is) (?:the )?(?:top )?\d{1,2}\b[^.!?]{0,120}?[,:]?\s*1[.)]\s+))(?=[A-Z\"“‘])")


_COLONLESS_LABEL = re.compile(r"((?:[A-Za-z’']+\s+){1,3}[a-z’']+)\s+(?=[A-Z0-9])")


def strip_lead_mark(text: str) -> tuple[str, str]:
    """Split a leading list dash, script label, explainer label ('Why it matters:'), a story's stage ('Update:',
    'Initial story:'), a fact box's heading in capitals
    ('CITY'S CHARGES EXPLAINED The charges ...') or a live page's greeting from a paragraph; '' when there is none."""
    match = _LEAD_MARK.match(text)
    if match:
        return text[match.end():], match.group(0).strip()
    label, colon, rest = text.partition(":")
    if colon and _DATED_LABEL.sub("", label.strip()).lower().replace("’", "'") in EXPLAINER_LABELS | STAGE_LABELS \
            and rest.strip()[:1] in _SENTENCE_OPENERS:
        stamp = _LIVE_STAMP.match(rest.lstrip())  # 'Update: 7/14/24-11:00 a.m. – Law enforcement personnel found ...'
        return (rest.lstrip()[stamp.end():], label.strip() + ": " + stamp.group(0).strip()) if stamp else \
            (rest.lstrip(), label.strip() + ":")
    if stamp := _LIVE_STAMP.match(text):
        return text[stamp.end():], stamp.group(0).strip()
    if (bare := _COLONLESS_LABEL.match(text)) and bare.group(1).lower().replace("’", "'") in COLONLESS_LABELS:
        return text[bare.end():], bare.group(1)  # 'What's the story At least six Indians are among ...'
    # 'CITY'S CHARGES EXPLAINED The charges from ...': a fact box's heading run into its first line (not 'THE UK
    # GOVERNMENT SAID ...', a print page's opening in capitals)
    heading = _CAPS_HEADING.match(text)
    if heading and heading.group(1).split()[0].lower() not in DROP_CAPITAL_WORDS:
        return text[heading.end():], heading.group(1)
    address = _READER_ADDRESS.match(text)
    if address and text[address.end():address.end() + 1].isalpha():
        rest = text[address.end():]  # 'If you're just waking up, this is the first day ...': the live blog's greeting
        return rest[0].upper() + rest[1:], address.group(0).strip()
    return text, ""


_DATED_LABEL = re.compile(r"\s*\([^()]{1,30}\)$")  # 'Update (Sept 16):'
# A live page's time stamp before an entry: '7/14/24-11:00 a.m. – ', '7/14/24 – ', '11:00 a.m. ET – '
_LIVE_STAMP = re.compile(r"(?:\d{1,2}/\d{1,2}/\d{2,4}(?:\s*[-,]?\s*\d{1,2}:\d{2}(?:\s*[ap]\.?m\.?)?)?"
                         r"|\d{1,2}:\d{2}\s*[ap]\.?m\.?)(?:\s+[A-Z]{2,4})?\s*[–—-]\s+(?=[A-Z\"“‘])")
# Three to six words in capitals, then a sentence in ordinary case opening on a capital and a lower-case word
_CAPS_HEADING = re.compile(r"((?:[A-Z][A-Z'’&-]+\s+){2,5}[A-Z][A-Z'’&-]+)\s+(?=[A-Z][a-z]+\s+[a-z])")
# A live page greeting its reader before the news ('IF YOU’RE JUST waking up, ...', 'In case you missed it: ...').
_READER_ADDRESS = re.compile(r"(?i:if you[’']re just (?:waking up|joining us|tuning in|catching up)(?: now)?|"
                             r"in case you missed it|for those just joining us)\s*[,:]\s+")
_SENTENCE_OPENERS = set("ABCDEFGHIJKLMNOPQRSTUVWXYZ\"“‘0123456789")


_ARTEFACT = re.compile(r"(?<![\w/.])[\w-]+\.(?:svg|png|jpe?g|gif|webp)\b|\[(?:edit|citation needed|\d{1,3})\]", re.I)
# A link's screen-reader text: 'tech giants like Amazon.com (AMZN.O), opens new tab and Microsoft'
_LINK_TEXT = re.compile(r",?\s*\(?opens (?:in )?(?:a )?new (?:tab|window)\)?", re.I)


_TAG = re.compile(r"</?[a-z][a-z0-9]*(?:\s[^<>]*)?/?>", re.I)  # '<a href="..." target="_blank">', '</a>', '<br/>'


def strip_artefacts(line: str) -> tuple[str, list[str]]:
    """Remove wiki and markup artefacts ('Cquote1.svg', '[edit]', '[12]') and HTML tags, keeping the words a link
    wraps ('the <a href="...">iPhone</a> maker' is 'the iPhone maker'); return the line and what was removed."""
    links = _LINK_TEXT.findall(line) if "opens" in line.lower() else []  # (speed: most lines have no such text)
    found = _ARTEFACT.findall(line) + _TAG.findall(line) + links
    if not found:
        return line, []
    return " ".join(_ARTEFACT.sub(" ", _TAG.sub("", _LINK_TEXT.sub("", line) if links else line)).split()), found


_CLOSE_BUTTON = re.compile(r"^\s*[✕×✖]\s*(?:Close\b)?\s*|\s*[✕×✖]\s*(?:Close)?\s*$")  # '✕ Close Buildings in ...'
_HEADLINE_TAG = re.compile(r"^(?:WATCH|VIDEO|LIVE|PHOTOS?|GALLERY|LISTEN|BREAKING|EXCLUSIVE|OPINION|"
                          r"(?-i:[A-Z]{2,10})\s+WIRE)\s*[|:–—-]\s*", re.I)  # 'CNN WIRE — Russia says ...' too


_SITE_SUFFIX = re.compile(r"\s+(?:[|–—-]|::)\s+(?=[^|]*(?:\.com|\.co\.|\.org|\.net|news|times|post|tribune|herald|"
                         r"journal|daily|leader)\b)[^|]*(?:\|.*)?$", re.I)


_OUTLET_SUFFIX = re.compile(r"(?:\s+[|–—-]\s+|(?<=\d)-)(?i:" + _OUTLET + r")\s*$")  # ' – BBC', '... to 154-Xinhua'


def clean_headline(text: str) -> str:
    """A headline without widget tags ('WATCH | ...'), a close button ('✕ Close'), markup artefacts, the site's
    name and slogan after it ('... - KULR8.com | Montana's News Leader | Billings, MT') or a date stamped after it
    ('... after launch 2023-04-21'); '' for a video's title card, which ends on its running time ('... for murders
    06:25')."""
    text = _HEADLINE_TAG.sub("", _CLOSE_BUTTON.sub("", strip_artefacts(text)[0])).strip()
    text = _TRAILING_DATE.sub("", _SITE_SUFFIX.sub("", text).strip()).strip()
    text = _OUTLET_SUFFIX.sub("", text).strip()  # '... kills 41, injures 11 – BBC'
    text = breadcrumb_out(text)
    return "" if _RUNNING_TIME.search(text) else text


def breadcrumb_out(text: str) -> str:
    """A headline without the site's path glued before it ('Home The News News Lai leads DPP ...' -> 'Lai leads
    DPP ...'): 'Home' and the section words after it."""
    words = text.split()
    if not words or words[0].strip("›>»/|") != "Home":
        return text
    k = 1
    while k < len(words) and (words[k].strip("›>»/|").lower() in _CRUMB_WORDS or not words[k].strip("›>»/|")):
        k += 1
    return " ".join(words[k:]) if 1 < k < len(words) else text  # 'Home Secretary ...', 'Home Depot ...' stay


_CRUMB_WORDS = SECTION_LABEL_WORDS | {"the", "news", "home", "films", "&", "and"}  # 'Home Films & TV They've ...'
_TRAILING_DATE = re.compile(r"\s+(\d{4}-\d{2}-\d{2})$")


def headline_date(text: str) -> str:
    """The ISO date a page stamps after its headline ('SpaceX rocket explodes ... 2023-04-21'), or ''."""
    match = _TRAILING_DATE.search(text.strip())
    return match.group(1) if match else ""
# '06:25': a video's length; a clock time has its preposition ('Polls close at 8:00')
_RUNNING_TIME = re.compile(r"(?<!\bat)(?<!\bby)(?<!\buntil)(?<!\bfrom)(?<!\bbefore)(?<!\bafter)\s\d{1,2}:\d{2}(?::\d{2})?$")


def signature_outlets(line: str) -> list[str]:
    """Outlets a signature or credit names: 'With AFP' -> ['AFP'], 'CNN's X contributed' -> ['CNN']."""
    found: list[str] = []
    for match in re.finditer(_OUTLET, line, re.I):
        start, end = match.span()
        # Whole words only.
        if (start and line[start - 1].isalnum()) or (end < len(line) and line[end].isalnum()):
            continue
        name = sister_brand(match.group(0), line[end:]) or KNOWN_OUTLETS[match.group(0).lower()]
        if name != "agencies" and name not in found:
            found.append(name)
    return found


_NEXT_TWO_WORDS = re.compile(r"\s+([A-Z][\w'’]*)(?:\s+([\w'’]+))?")


def sister_brand(named: str, after: str) -> str:
    """The other brand of a house a known short name and the word after it make, when the list's name for the short
    one goes on otherwise ('CBS' + ' Sports and the Paramount family' -> 'CBS Sports', not the list's 'CBS News');
    '' when the list's name is the house's own ('CNN Business' is CNN, 'BBC Sport' the BBC) or a newsroom's job
    follows ('AP Sports Writer' is AP's). See `SISTER_BRAND_WORDS`."""
    match = _NEXT_TWO_WORDS.match(after)
    listed = KNOWN_OUTLETS.get(named.lower(), "")
    if not match or match.group(1).lower() not in SISTER_BRAND_WORDS \
            or (match.group(2) or "").lower().rstrip("s") in NEWSROOM_JOBS:
        return ""
    return f"{named} {match.group(1)}" if listed.lower().startswith(named.lower() + " ") else ""


_OWN_CREDIT = re.compile(r"^\(?\s*(?P<name>[A-Z][\w.&'’ -]{1,40}?)\s+(?:photo illustration|illustration|staff photos?|"
                         r"staff photographer|graphic|file photo)\b")


def own_credit(line: str) -> str:
    """The outlet a page credits its own picture to ('(L.A. Times photo illustration; photos by ...)', 'Daily
    Star staff photo'): a known outlet at the head of a credit. The agencies the same line credits for the
    photos inside say nothing of who published the page."""
    if commissioned := commissioned_credit(line):
        return commissioned  # '... Matthew Busch for The Wall Street Journal'
    match = _OWN_CREDIT.match(line.strip())
    return KNOWN_OUTLETS.get(match.group("name").strip().lower(), "") if match else ""


def ends_like_fragment(text: str) -> bool:
    """True when text stops mid-phrase: no final punctuation, or a trailing function word."""
    return not _TERMINAL.search(text) or bool(_FUNCTION_WORD_END.search(text))
