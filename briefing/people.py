"""Who is who: the real people a story names, their spellings, their roles and where they are named.

No named-entity model can ship offline, so a capitalised run of words is a person only with
positive evidence and no negative evidence:

- positive: a known first name (US Census 1990 list plus international names), a title or
  honorific before it ("Kremlin spokesman", "Mr."), a role in apposition ("Yuri Ushakov,
  Kremlin aide,"), or being the subject of a speech verb ("Peskov told CNN");
- negative: a last word that names a place or body ("Sea", "Airport", "Authority", "School",
  "War", "Cross"), a place or nationality word inside the name, "the" before it, a place noun
  after it ("the Kursk region"), a sentence-initial common word ("Mainly").

Spellings merge when surnames match after folding transliteration endings (Zelensky,
Zelenskyy, Zelenskiy) or are close by rapidfuzz ratio, and first names agree (same name,
a short form, an initial, or a close spelling: Yuri/Yuriy). Different first names keep people
apart (Tony Blair, Ian Blair). A bare surname is resolved to the one person with that surname
named in the same article, else to the one such person in the whole story; otherwise it stays
ambiguous and is not counted.
"""

from __future__ import annotations

import re
import unicodedata
from collections import Counter, defaultdict
from dataclasses import dataclass, field, replace
from functools import lru_cache
from typing import NamedTuple

from rapidfuzz.fuzz import ratio

from briefing import lexicon as lx
from briefing.dates import MONTH_NUMBER, WEEKDAYS
from briefing.model import Sentence, Source

SURNAME_SIMILARITY = 88  # rapidfuzz ratio (0-100) above which two folded surnames are one spelling
FUZZY_SURNAME_MIN_LETTERS = 5  # shorter surnames are one spelling only when equal ('Kim'/'Lim' are two)
FIRST_NAME_SIMILARITY = 80  # same for first names (Yuri/Yuriy 89, Tony/Ian 0)
MAX_NAME_WORDS = 4  # "Marjorie Taylor Greene", "Mohammed bin Salman" (particles not counted)
MAX_ROLE_WORDS = 9
_PAST_PREFIX = re.compile(r"(?:ex|then)-[a-z]")  # 'ex-Brazilian leader', 'then-home secretary': a past role
TITLE_CASE_WORDS = 5  # a title-case line of this many words or more is a headline: no names read from it
_HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "in", "on", "for", "to", "and", "or", "but", "at", "by", "with",
                                   "from", "as", "vs", "over", "after", "into"})

_WORD = re.compile(r"(?:[A-Z]\.){2,}|[^\W\d_][\w’'\-]*|\d[\d.,]*|[^\w\s]")
_POSSESSIVE = re.compile(r"[’']s?$")
_NAME_WORD = re.compile(r"^[A-Z][^\W\d_]*(?:[’'\-][A-Z]?[^\W\d_]+)*$")
_INITIAL = re.compile(r"^[A-Z]\.$")
_HYPHEN_PARTICLE = re.compile(r"^(?:" + "|".join(sorted(lx.HYPHEN_PARTICLES)) + r")-[A-Z][^\W\d_]+$")
_NOT_NAME_SUFFIX = re.compile(r"-(?:speaking|based|born|led|backed|owned|run|style|era|linked|made|held|controlled|"
                              r"occupied|aligned|allied|bound|wide|like)$", re.I)
_REPORT_CREDIT = re.compile(r"contributed to this report|reporting by|writing by|editing by|compiled by|"
                            r"additional reporting|^with (?:afp|ap|reuters)", re.I)


@dataclass(frozen=True)
class Mention:
    """One place a person is named: the sentence, the character span and the words as written."""

    source_id: str
    position: int
    paragraph: int
    start: int
    end: int
    text: str


@dataclass
class Person:
    """A real person the story names, with every spelling, role and mention."""

    name: str
    spellings: Counter = field(default_factory=Counter)
    roles: Counter = field(default_factory=Counter)
    role_sources: dict[str, set[str]] = field(default_factory=dict)  # role -> the sources that give it
    mentions: list[Mention] = field(default_factory=list)
    gender: str = ""  # "m", "f" or "" when the text does not say
    evidence: set[str] = field(default_factory=set)  # first-name, title, appositive, speech

    @property
    def role(self) -> str:
        """The role most sources support, a current one before a past one; a longer role covers its parts
        ('Kremlin foreign policy aide' covers 'Kremlin aide')."""
        if not self.roles:
            return ""

        def words(role: str) -> set[str]:
            return set(role.lower().replace("’s", "").split())

        def support(role: str) -> int:
            return sum(count for other, count in self.roles.items() if words(other) <= words(role))

        def current(role: str) -> bool:  # 'Former Domino's CEO' is what he was; 'company CEO' what he is
            return not re.match(r"(?:former|ex-|then-|onetime|one-time|erstwhile|late)\b", role, re.I)

        return max(self.roles, key=lambda r: (current(r), support(r), self.roles[r], len(r)))

    def sources_giving_role(self, role: str) -> set[str]:
        """The sources that give this person `role` or a part of it ('Kremlin aide' of 'Kremlin foreign policy
        aide'), as `role` counts support; 'of' or 'the' alone is no part."""
        shown = _role_words(role)
        return {source for given, sources in self.role_sources.items()
                if (words := _role_words(given)) and words <= shown for source in sources}

    @property
    def source_ids(self) -> Counter:
        """Mentions per source id."""
        return Counter(m.source_id for m in self.mentions)

    @property
    def surname(self) -> str:
        """The surname of the canonical name, particles kept ('von der Leyen')."""
        return _split_name(self.name.split())[1]


# --- tokens and candidate names ---------------------------------------------------------


@dataclass(frozen=True)
class Token:
    """A word or punctuation mark with its character offsets; `bare` is lower case without period or possessive."""

    text: str
    start: int
    end: int
    bare: str = ""
    after_nickname: bool = False  # 'Combs' in "Sean ‘Diddy’ Combs": joined to 'Sean' across the quoted nickname


def _token(text: str, start: int, end: int) -> Token:
    """A token with its bare form."""
    return Token(text, start, end, _POSSESSIVE.sub("", text).rstrip(".").lower())


@dataclass
class _Candidate:
    words: list[str]  # the name as written, possessive removed
    start: int
    end: int
    evidence: set[str]
    role: str
    gender: str
    speaks: bool
    context: tuple[int, int] = (0, 0)  # characters covered by the name with its title and apposition


@lru_cache(maxsize=8192)
def tokenize(text: str) -> tuple[Token, ...]:
    """Words and punctuation with offsets; abbreviations keep their period ('Gen.', 'U.S.', 'J.')."""
    tokens: list[Token] = []
    for match in _WORD.finditer(text):
        word, start, end = match.group(0), match.start(), match.end()
        if tokens and word == "." and tokens[-1].end == start and (
                tokens[-1].text.lower() in lx.ABBREVIATIONS or re.fullmatch(r"[A-Z]", tokens[-1].text)):
            tokens[-1] = _token(tokens[-1].text + ".", tokens[-1].start, end)
            continue
        tokens.append(_token(word, start, end))
    return _without_nicknames(tokens)


_OPENING_MARKS = frozenset("‘“\"'")
_CLOSING_MARKS = "’”\"'"


def _without_nicknames(tokens: list[Token]) -> tuple[Token, ...]:
    """Tokens without a quoted nickname between a given name and a surname ("Sean ‘Diddy’ Combs", 'Dwayne "The
    Rock" Johnson'): the name reads as 'Sean Combs', its surname joined to its given name."""
    out: list[Token] = []
    k = 0
    while k < len(tokens):
        token = tokens[k]
        if out and token.text in _OPENING_MARKS and out[-1].bare in lx.first_names() and token.start - out[-1].end <= 2:
            words, after = _quoted_words(tokens, k)  # a given name before the nickname ('Trump called Gov. Ron DeSantis
            # “Ron DeSanctimonious” Saturday' names no one 'DeSantis Saturday')
            if words and after < len(tokens) and _capitalised(tokens[after]) and tokens[after].text[0].isalpha() \
                    and tokens[after].bare not in MONTH_NUMBER and tokens[after].bare not in WEEKDAYS \
                    and tokens[after].start - tokens[after - 1].end <= 2:
                out.append(replace(tokens[after], after_nickname=True))
                k = after + 1
                continue
        out.append(token)
        k += 1
    return tuple(out)


def _quoted_words(tokens: list[Token], k: int) -> tuple[list[Token], int]:
    """The one or two capitalised words quoted from the opening mark at k, and the index after the closing mark
    (its own token, or the last word's end: "‘Diddy’"); ([], k) when they are not that."""
    for j in range(k + 1, min(k + 4, len(tokens))):
        if tokens[j].text in _CLOSING_MARKS:
            words, after = tokens[k + 1:j], j + 1
            break
        if len(tokens[j].text) > 1 and tokens[j].text[-1] in _CLOSING_MARKS:  # "‘Diddy’", "'Diddy'"
            words, after = tokens[k + 1:j + 1], j + 1
            break
    else:
        return [], k
    return (words, after) if words and all(_capitalised(w) and w.text[0].isalpha() for w in words) else ([], k)


def _is_title(token: Token) -> bool:
    """A title or honorific written before a name: 'President', 'Gen.', 'Mr', or a profession by its ending
    ('Climatologist Sean Birkel', 'Politician Jane Roe')."""
    return token.text[:1].isupper() and (token.bare in lx.HONORIFICS or token.bare in lx.ROLE_NOUNS
                                         or token.bare in lx.WITNESS_TITLES or bool(_PROFESSION.search(token.bare)))


_PROFESSION = re.compile(r"[a-z]{3,}(?:" + "|".join(lx.PROFESSION_ENDINGS) + r")$")  # never a given name or a surname


def _is_particle(tokens: tuple[Token, ...] | list[Token], i: int) -> bool:
    """A lower-case name particle followed by a capitalised word ('von der Leyen', 'bin Salman')."""
    j = i
    while j < len(tokens) and tokens[j].text in lx.NAME_PARTICLES:
        j += 1
    return j > i and j < len(tokens) and _joined(tokens, j - 1, j) and bool(_NAME_WORD.match(tokens[j].text))


def _joined(tokens: tuple[Token, ...] | list[Token], i: int, j: int) -> bool:
    """Tokens i and j (adjacent) are separated by plain spaces only."""
    return tokens[j].start > tokens[i].end and (tokens[j].start - tokens[i].end <= 2 or tokens[j].after_nickname)


def _capitalised(token: Token) -> bool:
    """Starts with a capital letter (acronyms and 'U.S.' included)."""
    return token.text[:1].isupper()


def _runs(tokens: tuple[Token, ...] | list[Token]) -> list[tuple[int, int]]:
    """Maximal runs [i, j) of capitalised words and particles joined by spaces; a possessive ends a run."""
    runs = []
    i = 0
    while i < len(tokens):
        if not (_capitalised(tokens[i]) and tokens[i].text[0].isalpha()) and not _is_particle(tokens, i) \
                and not _HYPHEN_PARTICLE.match(tokens[i].text):
            i += 1
            continue
        j = i + 1
        while (j < len(tokens) and _joined(tokens, j - 1, j) and not _POSSESSIVE.search(tokens[j - 1].text)
               and ((_capitalised(tokens[j]) and tokens[j].text[0].isalpha()) or _is_particle(tokens, j)
                    or _HYPHEN_PARTICLE.match(tokens[j].text))):
            j += 1
        runs.append((i, j))
        i = j
    return runs


def _is_place_or_body(word: str) -> bool:
    """A place, nationality, organisation or common capitalised word, or the plural of a nation's or a faith's
    people ('Catholics', 'Palestinians'; not 'Maines' or 'Chiles'): never part of a personal name."""
    places = lx.places()
    return word in places or word in lx.ORGANISATIONS or word in lx.COMMON_CAPITALISED \
        or word.endswith("s") and word[:-1] in places and word[:-1].endswith(lx.PEOPLE_WORD_ENDINGS)


def _name_word_ok(token: Token) -> bool:
    """A word that can be part of a personal name."""
    text = _POSSESSIVE.sub("", token.text)
    if token.text in lx.NAME_PARTICLES or _HYPHEN_PARTICLE.match(text) or _INITIAL.match(text):
        return True
    if not _NAME_WORD.match(text) or (text.isupper() and len(text) > 1) or _NOT_NAME_SUFFIX.search(text):
        return False
    bare = text.lower()
    return not _is_place_or_body(bare) and bare not in lx.HONORIFICS and bare not in lx.ROLE_NOUNS \
        and bare not in lx.POST_NOMINALS and not _PROFESSION.search(bare)


def _surname_ok(tail: tuple[Token, ...] | list[Token], k: int) -> bool:
    """The last word of a name that is also a common or place word, after a known first name ('Josh Green',
    'Fiona Hill'), or a regnal number ('Mohammed VI')."""
    if k != len(tail) - 1 or len(tail) < 2:
        return False
    word = tail[k].bare
    return word in lx.NAME_SUFFIXES or (word in lx.SURNAME_HEADS and tail[0].bare in lx.first_names())


def _split_name(words: list[str]) -> tuple[str, str]:
    """(first name, surname) of a full name: the surname is the last word with its particles; in a Chinese or
    Korean name whose given name is hyphenated ('Lai Ching-te', 'Moon Jae-in'), the first word."""
    words = [w for w in words if w.rstrip(".").lower() not in lx.NAME_SUFFIXES]
    if len(words) == 1:
        return "", words[0]
    if len(words) == 2 and _HYPHENATED_GIVEN.fullmatch(words[1]):
        return words[1], words[0]
    k = len(words) - 1
    while k > 1 and words[k - 1].lower() in lx.NAME_PARTICLES:
        k -= 1
    return words[0], " ".join(words[k:])


_HYPHENATED_GIVEN = re.compile(r"[A-Z][a-z]+-[a-z]+")  # 'Ching-te', 'Bi-khim' (not 'Jean-Pierre', 'Ait-Daoud')


def _fold(word: str) -> str:
    """Lower case without accents or apostrophes."""
    word = unicodedata.normalize("NFKD", word.lower())
    return "".join(c for c in word if c.isalnum() or c in " -")


@lru_cache(maxsize=8192)
def surname_key(surname: str) -> str:
    """A spelling-tolerant key: particles dropped, doubled letters collapsed, transliteration endings cut
    ('Zelenskyy', 'Zelensky', 'Zelenskiy' -> 'zelensk'; 'al-Assad' -> 'assad'; 'Waker-uz-Zaman' -> 'waker-zaman')."""
    words = [w for w in _fold(surname).split() if w not in lx.NAME_PARTICLES]
    word = words[-1] if words else _fold(surname)
    word = _LEADING_PARTICLE.sub("", word)
    word = _JOINING_PARTICLE.sub("-", word)  # 'Waker-uz-Zaman', 'Waker-Us-Zaman': one man, the article transliterated
    word = re.sub(r"(.)\1+", r"\1", word)
    return re.sub(r"(?:iy|yi|ij|y|i)$", "", word) or word


_JOINING_PARTICLE = re.compile(r"-[a-z]{1,3}-")
_LEADING_PARTICLE = re.compile(r"^(?:" + "|".join(lx.HYPHEN_PARTICLES) + r")-")  # 'al-' of 'al-Assad'


@lru_cache(maxsize=65536)
def same_surname(a: str, b: str) -> bool:
    """Two surnames are one spelling: equal keys, or keys of five letters or more within SURNAME_SIMILARITY."""
    ka, kb = surname_key(a), surname_key(b)
    return ka == kb or (min(len(ka), len(kb)) >= FUZZY_SURNAME_MIN_LETTERS and ka[0] == kb[0]
                        and ratio(ka, kb) >= SURNAME_SIMILARITY)


def misspelt(surname: str, other: str) -> bool:
    """Two surnames one typo apart: five letters or more, the same first letter, and one vowel changed or one letter
    more or less ('Dorov'/'Durov', 'Yearly'/'Yeary'; not 'Stein'/'Stern')."""
    a, b = (_LEADING_PARTICLE.sub("", _fold(name).split()[-1]) for name in (surname, other))
    if min(len(a), len(b)) < FUZZY_SURNAME_MIN_LETTERS or a[0] != b[0]:
        return False
    if len(a) == len(b):  # one vowel for another ('Dorov'/'Durov'; 'Stein'/'Stern' are two names)
        changed = [(x, y) for x, y in zip(a, b, strict=True) if x != y]
        return len(changed) == 1 and all(c in "aeiouy" for c in changed[0])
    short, long = sorted((a, b), key=len)  # one letter more ('Yearly'/'Yeary')
    return len(long) - len(short) == 1 and any(long[:k] + long[k + 1:] == short for k in range(len(long)))


@lru_cache(maxsize=65536)
def same_first_name(a: str, b: str) -> bool:
    """Two first names can be one person: equal, a short form ('Mike'/'Michael'), an initial, or a close spelling."""
    fa, fb = _fold(a).rstrip("."), _fold(b).rstrip(".")
    if not fa or not fb or fa == fb:
        return True
    if _HYPHENATED_GIVEN.fullmatch(a) and _HYPHENATED_GIVEN.fullmatch(b):
        return fa.replace("-", "") == fb.replace("-", "")  # 'Jae-myung' and 'Jae-yong' are two men
    if len(fa) == 1 or len(fb) == 1:
        return fa[0] == fb[0]
    if fb in lx.NICKNAMES.get(fa, ()) or fa in lx.NICKNAMES.get(fb, ()):
        return True
    ta, tb = _transliterated(fa), _transliterated(fb)
    if ta[0] == tb[0] and ratio(ta, tb) >= FIRST_NAME_SIMILARITY and not _other_gender(fa, fb):
        return True  # one name in two transliterations: 'Alexander'/'Aleksandr', 'Yevgeny'/'Evgeny'
    short, full = sorted((fa, fb), key=len)
    if len(short) >= 4 and full.startswith(short) and not _other_gender(fa, fb):
        return True  # a short form that is the name's start: 'Jenni'/'Jennifer' (not 'Chris'/'Christine')
    return fa[0] == fb[0] and ratio(fa, fb) >= FIRST_NAME_SIMILARITY


def _transliterated(name: str) -> str:
    """A given name spelt as transliterations agree on it: 'x' as 'ks', 'ph' as 'f', 'y' as 'i', an opening 'ye' as
    'e', a long 'ee' or 'oo' as 'i' or 'u' ('Aleksandr' and 'Alexander' -> 'aleksandr', 'aleksander'; 'Yevgeny' ->
    'evgeni'; 'Deepak' and 'Dipak' -> 'dipak')."""
    spelt = name.replace("x", "ks").replace("ph", "f").replace("ee", "i").replace("oo", "u")
    return ("e" + spelt[2:] if spelt.startswith("ye") else spelt).replace("y", "i")


def _other_gender(a: str, b: str) -> bool:
    """Two given names the list knows as a man's and a woman's ('Chris' and 'Christine')."""
    known = lx.first_names()
    return {known.get(a), known.get(b)} == {"m", "f"}


@lru_cache(maxsize=4096)
def _candidates(text: str) -> tuple[_Candidate, ...]:
    """Name-like spans of one sentence with the evidence and role around each; places and bodies already dropped."""
    tokens = tokenize(text)
    words = [t for t in tokens if t.text[0].isalpha()]
    if len(words) >= TITLE_CASE_WORDS and all(t.text[0].isupper() or t.text in _HEADLINE_SMALL_WORDS for t in words):
        return ()  # a headline in title case: every word capitalised
    if _REPORT_CREDIT.search(text):
        return ()
    found = []
    for i, j in _runs(tokens):
        if _quoted_alone(text, tokens[i].start, tokens[j - 1].end):
            continue  # 'his profile to “Chief Twit”': a nickname or a title in quotation marks names no one
        candidate = _candidate_in_run(tokens, i, j)
        if candidate is not None:
            found.append(candidate)
    return tuple(found)


def _office_words_before_a_given_name(tail: tuple[Token, ...] | list[Token], first_names: frozenset[str]) -> bool:
    """The run's first word is an office's, not the name's: a given name comes later, with no name particle between
    ('Canterbury Justin Welby'; not 'Musaad bin Mohammed Al-Aiban', where 'bin' joins one name)."""
    given = next((k for k, t in enumerate(tail[1:-1], start=1) if t.bare in first_names), None)
    return given is not None and not any(t.text in lx.NAME_PARTICLES for t in tail[:given])


def _quoted_alone(text: str, start: int, end: int) -> bool:
    """A capitalised run that is the whole of a quotation: “Chief Twit”, "Iron Lady"."""
    return text[start - 1:start] in ("“", '"', "‘") and text[end:end + 1] in ("”", '"', "’")


def _named_body_after_its_kind(tokens: tuple[Token, ...] | list[Token], name_at: int, j: int) -> bool:
    """The run [name_at, j) names a body, set off after its kind with an indefinite article: 'a rival steelmaking
    company, Cleveland Cliffs, which ...' (not 'Since joining the club, Cole Palmer has scored', 'According to the
    charity, Mary Higgins, 34, ...', 'The company, John Smith said, ...'); or right after its kind and an article,
    with the sentence going on past it ('from the company Angel Deluxe (Ba Pr 1516)'; not 'the charity Jane Roe
    founded', 'the company Larry Page and Sergey Brin founded')."""
    if name_at >= 2 and tokens[name_at - 1].bare in lx.ORG_NOUNS_BEFORE and tokens[name_at - 2].bare in ("the", "a") \
            and (j >= len(tokens) or tokens[j].text in ("(", ",", ".", ";") or tokens[j].bare in lx.AFTER_A_BODY):
        return True  # 'from the company Angel Deluxe (Ba Pr 1516)' (not 'the charity Jane Roe founded')
    if name_at < 2 or tokens[name_at - 1].text != "," or tokens[name_at - 2].bare not in lx.ORG_NOUNS_BEFORE:
        return False
    indefinite = any(t.bare in ("a", "an") for t in tokens[max(0, name_at - 6):name_at - 2])
    closed = j >= len(tokens) or tokens[j].text in (",", ".", ";", ")") and not (
        j + 1 < len(tokens) and (tokens[j + 1].text[:1].isdigit() or tokens[j + 1].bare in lx.SPEECH_VERBS))
    return indefinite and closed




def _opens(tokens: tuple[Token, ...] | list[Token], token: Token) -> bool:
    """The token opens a quotation in the sentence ('“Leading Intel has been an honor,” he said')."""
    k = tokens.index(token)
    return k >= 1 and tokens[k - 1].text in _OPENING_QUOTES and (k == 1 or tokens[k - 2].text in ":,")


_OPENING_QUOTES = frozenset('"“‘\'')


def _candidate_in_run(tokens: tuple[Token, ...] | list[Token], i: int, j: int) -> _Candidate | None:
    """The personal name at the end of a capitalised run, after its titles; None when the run is a place or body."""
    run = tokens[i:j]
    last = run[-1].bare
    first_names = lx.first_names()
    if " ".join(t.bare for t in run) in lx.places():
        return None
    if last in lx.ORG_HEADS and not (last in lx.SURNAME_HEADS and len(run) >= 2 and run[-2].bare in first_names
                                     and not _is_title(run[-2])):
        return None
    after = tokens[j] if j < len(tokens) else None
    if after is not None and after.text in lx.PLACE_NOUNS_AFTER and _joined(tokens, j - 1, j) \
            and not _POSSESSIVE.search(run[-1].text):
        return None
    titles = [k for k, t in enumerate(run) if _is_title(t) or k == 0 and t.text == "Charge" and i >= 1
              and tokens[i - 1].text == "in"]  # 'Special Agent in Charge Kevin Rojek' (not 'the charge Baldwin faced')
    cut = titles[-1] + 1 if titles else 0
    if cut == len(run) and len(run) >= 2 and run[0].bare in first_names:
        cut = 0  # "John Major": the title word is his surname
    tail = run[cut:]
    office_place = cut == 0 and i >= 1 and tokens[i - 1].text == "of"  # the run goes on from an office's 'of'
    # A family name that comes first, after a title, is the name's ('Vice Premier He Lifeng'), whatever else it reads as
    family_first = bool(titles) and len(tail) == 2 and tail[0].bare in lx.FAMILY_NAMES_FIRST
    # Affiliations and sentence openers before the name: "Kremlin", "Ukraine’s", "Mainly", "Speaking".
    while tail and not family_first and not (tail[0].bare in first_names and len(tail) > 1) and (
            _is_place_or_body(tail[0].bare) or tail[0].text.isupper() and len(tail[0].text) > 1
            or _POSSESSIVE.search(tail[0].text) and len(tail) > 1
            or (tail[0].start == tokens[0].start and re.search(r"(?:ly|ing|ed)$", tail[0].bare))
            or (_opens(tokens, tail[0]) and tail[0].bare in lx.GERUND_OPENERS)
            or (tail[0].bare in lx.ROLE_MODIFIERS and any(t.bare in first_names for t in tail[1:-1]))  # 'Chief of the
            # General Staff Valery Gerasimov', 'Minister of Foreign Affairs Riyad Maliki': the office's last words
            or (office_place and _office_words_before_a_given_name(tail, first_names))  # 'Archbishop of Canterbury
            # Justin Welby', 'Director of External Affairs Roger Highfield': the office's last words
            or _NOT_NAME_SUFFIX.search(tail[0].text)):
        named_body = tail[0].bare in lx.ORGANISATIONS and tail[0].bare not in lx.places()
        tail = tail[1:]
        if named_body and len(tail) == 1 and tail[0].bare not in first_names:
            return None  # 'TV Diário Nampula reported': a body's name (a newspaper named by its first word), no one
    if len(tail) > 2 and tail[-1].bare in MONTH_NUMBER and (after is not None and after.text[:1] in "0123456789."
                                                             or tail[-1].text.endswith(".")):
        tail = tail[:-1]  # 'President Joe Biden May 5 signed ...': a day, not a surname like Theresa May's
    half = len(tail) // 2
    if half >= 2 and len(tail) == 2 * half and [t.text for t in tail[:half]] == [t.text for t in tail[half:]]:
        tail = tail[:half]  # 'Cardi B Cardi B says ...': a teaser's name printed twice is one name (one word twice
        # is a name: 'Sirhan Sirhan', 'Hassan Hassan')
    if not tail or not all(_name_word_ok(t) or _surname_ok(tail, k) or family_first and k == 0 for k, t in enumerate(tail)):
        return None
    if len(tail) > 1 and tail[0].bare in lx.COMPASS_WORDS:
        return None  # 'the state of West Bengal told Reuters': a place
    if len(tail) >= 2 and all(t.bare in lx.ROLE_MODIFIERS or t.bare in lx.ROLE_NOUNS or _PROFESSION.search(t.bare)
                              for t in tail) and not any(t.bare in first_names for t in tail):
        return None  # 'the Chief Medical Examiner': an office written in capitals, no one's name
    if tail[-1].text in lx.NAME_PARTICLES:
        return None
    if len(tail) >= 2 and tail[0].bare in lx.ORG_HEADS and tail[0].bare not in first_names:
        return None  # 'Major League Soccer': the title word opens a body's name ('League Soccer' is nobody)
    if not titles and len(tail) == 1 and tail[0].bare not in first_names and i >= 2 and tokens[i - 1].text in ("of", "for") \
            and tokens[i - 2].bare in lx.PLACE_OFFICES:
        return None  # 'The prefect for Mayotte, a French state official,': the office's place, not its holder ('A
        # lawyer for Weisselberg' names him)
    if not titles and tail[0].bare not in first_names and _within_a_body(tokens, i, j):
        return None  # 'Centre for Volcanology and Geological Hazard Mitigation', 'Data, Information and Communication
        # Center': the words after 'and' or before it are the body's name, nobody's
    name_words = [_POSSESSIVE.sub("", t.text) for t in tail]
    core = [w for w in name_words if w not in lx.NAME_PARTICLES and not _INITIAL.match(w)]
    if not core or len(core) > MAX_NAME_WORDS:
        return None
    head_before = titles and cut > 0
    before = tokens[i - 1] if i > 0 and _joined(tokens, i - 1, i) else None
    article = before.text.lower() if before is not None and not head_before else ""
    attributive = after is not None and after.text.lower() in lx.PERSON_ATTRIBUTE_NOUNS
    if article == "the" or article in ("a", "an") and not attributive:
        return None  # "the Iron Lady", "the Port Authority", "a Mercedes Benz at his home" (not "a Donald Trump rally")
    start, end = tail[0].start, tail[-1].start + len(name_words[-1])
    evidence = set()
    gender = ""
    given = tail[0].bare if tail[0].bare in first_names else tail[0].bare.split("-")[0]  # 'Paul-Henri'
    if len(core) >= 2 and given in first_names and given not in lx.PLACE_SAINT_WORDS:  # 'Santa Monica', 'Santa Ana
        evidence.add("first-name")  # winds' name places; 'Santa Ono, the university's president' has his role
        gender = {"m": "m", "f": "f"}.get(first_names[given], "")
    name_at = next(k for k in range(i, j) if tokens[k] is tail[0])
    if not titles and _named_body_after_its_kind(tokens, name_at, j):
        return None  # 'a rival steelmaking company, Cleveland Cliffs,': the body's kind, then its name
    if not titles and i > 1 and tokens[i - 1].text == "&" and tokens[i - 2].bare not in first_names \
            and not (i > 2 and tokens[i - 3].bare in first_names):
        return None  # 'Pratt & Whitney Geared Turbofan engines': a firm's name goes on (not 'AT&T CEO John Stankey',
        # 'Linda Moore & Robert Keane', 'Prince Harry & Meghan Markle')
    role_words = _role_before(tokens, name_at)
    if len(role_words) == 1 and role_words[0].text in lx.RANKS_ALSO_ADJECTIVES and \
            (name_at < 2 or not tokens[name_at - 2].text[:1].isupper()):
        role_words = []  # 'with major Hollywood studios': a lower-case 'major' is no rank ('WHO chief Tedros' is)
    own = role_words[max((k + 1 for k, t in enumerate(role_words) if _POSSESSIVE.search(t.text)), default=0):]
    if role_words and all(t.bare in lx.ROLE_MODIFIERS and t.bare not in lx.ROLE_NOUNS and t.bare not in lx.HONORIFICS
                          for t in own):
        role_words = []  # 'Ms Le Pen's far-right National Rally won': a modifier alone, after whose it is, titles no
        # one ('Ukraine's President Zelensky' and 'Mr Trump's lawyer Todd Blanche' are titled)
    if head_before or role_words:
        evidence.add("title")
        for t in run[:cut]:
            gender = lx.HONORIFICS.get(t.bare, "") or lx.ROLE_NOUNS.get(t.bare, "") or gender
    role = _clean_role(role_words)
    context = (min([start] + [t.start for t in role_words] + [t.start for t in run[:cut]]), end)
    rank_only = all(t.text.endswith(".") or t.bare in lx.GIVEN_NAME_HONORIFICS for t in role_words)  # 'Gen.',
    # 'Professor': an appositive says more, if there is one ('Professor Didier Houssin, a WHO member from France,')
    if not role or rank_only:
        described, described_context = _appositive_after(tokens, name_at + len(tail), context)
        if not described:
            described, described_context = _appositive_before(tokens, name_at, run[:cut], context, name_at + len(tail))
        if described:
            role, context = described, described_context
            evidence.add("appositive")
    if role:
        for word in role.lower().split():
            gender = lx.ROLE_NOUNS.get(word, "") or gender
    speaks = _speaks(tokens, i, name_at + len(tail))
    if speaks and name_at == i and i > 1 and tokens[i - 1].text == "of" and not _is_title(tokens[i - 2]):
        speaks = False  # 'officials of Harbor County told reporters': the name is what they are officials of (not
        # 'Minister of Home Affairs Amit Shah said')
    if speaks:
        evidence.add("speech")
    after_place_word = name_at > 0 and tokens[name_at - 1].text.lower() in lx.NOT_BEFORE_AN_AGE  # 'to Port Vale, 12,'
    if _age_after(tokens, name_at + len(tail)) and not after_place_word:
        evidence.add("age")  # 'the slain man as Misael Arevalo, 36,', 'Ohtani, 29, posted': only people are given an age so
    return _Candidate(name_words, start, end, evidence, role, gender, speaks, context)


_BODY_JOINS = frozenset({"and", "&", "for", "of", ","})


def _within_a_body(tokens: tuple[Token, ...] | list[Token], i: int, j: int) -> bool:
    """The run [i, j) is joined by 'and', 'for' or 'of' before it, or by 'and' after it, to capitalised words that
    hold a body's head word ('Centre', 'Agency', 'Center'): one name of a body written in several runs. (A comma
    after a name opens an apposition: 'Harpal Singh, Project Head, Zoji-la Tunnel' is someone.)"""
    def chain(k: int, step: int, first: set[str]) -> bool:
        if not (0 <= k < len(tokens)) or tokens[k].text.lower() not in first:
            return False
        while 0 <= k < len(tokens) and (tokens[k].text.lower() in _BODY_JOINS or _capitalised(tokens[k])):
            if tokens[k].bare in lx.ORG_HEADS and _capitalised(tokens[k]):
                return True
            k += step
        return False
    return chain(i - 1, -1, {"and", "&", "for", "of"}) or chain(j, 1, {"and", "&"})


def _role_before(tokens: tuple[Token, ...] | list[Token], name_start: int) -> tuple[Token, ...] | list[Token]:
    """The words of a title written before a name ('Russian foreign ministry spokeswoman'), cut at the first
    word that cannot be part of a title ('Sunday accused Russian President' -> 'Russian President')."""
    role: tuple[Token, ...] | list[Token] = []
    k = name_start - 1
    if k >= 0 and _POSSESSIVE.search(tokens[k].text):
        return []  # "Prime Minister's Questions": what belongs to a title-holder is not a person with that title
    while k >= 0 and len(role) < MAX_ROLE_WORDS and _joined(tokens, k, k + 1):
        t = tokens[k]
        bare = t.bare
        if not t.text[0].isalpha() and t.text not in {"U.S.", "U.K.", "U.N.", "E.U."}:
            break
        if t.text[0].isupper():
            place = bool(role) and (f"{bare} {role[0].bare}" in lx.places()  # 'New Zealand Prime Minister'
                                    or bare in _PLACE_OPENERS and role[0].text[0].isupper())  # 'New Taipei City'
            in_charge = bare == "charge" and k > 0 and tokens[k - 1].text == "in"  # 'Special Agent in Charge'
            if bare in lx.COMMON_CAPITALISED and bare not in lx.ROLE_MODIFIERS and bare not in lx.HONORIFICS \
                    and not place and not in_charge:
                break
        elif (bare in {"of", "for"} or bare == "in" and role and role[0].bare == "charge" or t.text in lx.PLACE_PARTICLES) \
                and role and role[0].text[0].isupper() and k > 0 and tokens[k - 1].text[0].isupper():
            pass  # "Secretary of State", "Minister for Europe", "Special Agent in Charge", "Rio Grande do Sul governor"
        elif bare not in lx.ROLE_MODIFIERS and bare not in lx.ROLE_NOUNS and not _PAST_PREFIX.match(bare):
            break
        elif role and role[0].text[0].isupper() and bare not in lx.TITLE_COMPANIONS and bare not in lx.ROLE_NOUNS \
                and k > 0 and tokens[k - 1].text.lower() in _DETERMINERS:
            break  # 'the policy President Biden outlined': after 'the', a lower-case word opens another phrase
            # ('Pakistan interior Minister', 'supreme leader Ayatollah' are titles)
        role.insert(0, t)
        k -= 1
    if role and k >= 0 and tokens[k].end == role[0].start and (tokens[k].text[-1].isalnum() or tokens[k].text == "&"):
        role = role[1:]  # 'the R&B singer Cassie': 'B' is the end of a word, not a title's first
    return _without_lead_in(role, tokens[k].text if k >= 0 else "")


def _without_lead_in(role: list[Token], before: str) -> list[Token]:
    """A title read backwards from a name, without the lower-case words that belong to the phrase before it: after
    'of', the end of another noun phrase before a capitalised title ('head of state King Charles III': King, not
    'state King'; 'Lawyers for former President Donald Trump' keeps 'former'); after a verb, a participle that is
    the verb's ('officially appointed Labour leader Keir Starmer': Labour leader; 'the newly appointed chief')."""
    title = next((t for t in role if not t.text.islower()), None)
    if before.lower() in {"of", "for"} and title is not None and title.bare in lx.HONORIFICS:
        while role[0].text.islower() and role[0].bare not in lx.TENURE_WORDS:
            role = role[1:]
    while role and role[0].text.islower() and role[0].bare.endswith("ed") and before.isalpha() and before.islower():
        role = role[1:]
    if not any(t.bare in lx.ROLE_NOUNS or t.bare in lx.HONORIFICS or t.bare in lx.WITNESS_TITLES for t in role):
        return []
    return role


_DETERMINERS = frozenset({"the", "a", "an", "this", "that", "these", "those"})
_PLACE_OPENERS = frozenset({"new", "north", "south", "east", "west", "upper", "lower", "greater"})


def _clean_role(role: tuple[Token, ...] | list[Token]) -> str:
    """A role as the article writes it, a rank or office written short in full ('Gov.' -> 'Governor', 'Rear Adm.'
    -> 'Rear Admiral'), without courtesy titles or other abbreviations at its end ('Mr', 'Dr.')."""
    if role and role[-1].text.endswith(".") and role[-1].bare in lx.TITLE_ABBREVIATIONS:
        words = [lx.TITLE_ABBREVIATIONS.get(t.bare, t.text) if t.text.endswith(".") else t.text for t in role]
        return " ".join(words) if all(not w.endswith(".") or w in {"U.S.", "U.K.", "U.N."} for w in words) else ""
    while role and (role[-1].text.endswith(".") or role[-1].bare in lx.COURTESY_TITLES
                    or len(role) > 1 and role[-1].bare in lx.RELIGIOUS_HONORIFICS
                    and any(t.bare in lx.ROLE_NOUNS for t in role[:-1] if t.bare not in lx.RELIGIOUS_HONORIFICS)) \
            and role[-1].text not in {"U.S.", "U.K.", "U.N."}:
        role = role[:-1]  # 'Supreme Leader Ayatollah Ali Khamenei': the leader, styled Ayatollah
    while role and (role[0].bare in {"of", "for", "and"} or role[0].bare in lx.COURTESY_TITLES):
        role = role[1:]  # 'His Majesty King' is a king
    if not role or not any(t.bare in lx.ROLE_NOUNS or t.bare in lx.WITNESS_TITLES for t in role):
        return ""
    of = next((k for k, t in enumerate(role) if t.bare in {"of", "for"}
               or t.bare == "in" and k + 1 < len(role) and role[k + 1].bare == "charge"), None)
    head = role[of - 1] if of else role[-1]  # "Secretary of State", "Special Agent in Charge": the head comes first
    if head.bare not in lx.ROLE_NOUNS and head.bare not in lx.HONORIFICS and head.bare not in lx.WITNESS_TITLES:
        return ""
    return " ".join(t.text for t in role)


def _appositive_ok(phrase: tuple[Token, ...] | list[Token]) -> str:
    """A phrase that is only a role: role words, capitalised names, possessives and 'of'; '' otherwise."""
    while len(phrase) > 1 and phrase[0].text.lower() in lx.FOCUS_WORDS:
        phrase = phrase[1:]  # 'especially the president, Florentino Perez': one singled out of a list
    determined = bool(phrase) and phrase[0].text.lower() in _APPOSITIVE_OPENERS
    while phrase and phrase[0].text.lower() in _APPOSITIVE_OPENERS:
        phrase = phrase[1:]
    if not phrase or len(phrase) > MAX_ROLE_WORDS + 2 or (
            phrase[0].text.lower() in lx.COMMON_CAPITALISED - {"former"} and not phrase[0].text.isupper()):
        return ""  # ('a WHO member': an acronym, not the word)
    if phrase[0].text.lower() in lx.NOT_A_ROLE_OPENER:
        return ""  # 'Unlike the president, Kamala Harris said little': a comparison, not her job
    named = next((k for k, t in enumerate(phrase) if not t.text[0].isupper()), len(phrase))
    if determined and 0 < named < len(phrase) - 1 and phrase[named - 1].bare in lx.ORG_HEADS \
            and phrase[named].text.lower() == "and" and phrase[named + 1].bare in _APPOSITIVE_OPENERS:
        return ""  # 'the head of SpaceX, Neuralink, the Boring Company and the owner of X': the list goes on
    first = phrase[0]
    if not determined and first.text.islower() and first.bare not in lx.ROLE_MODIFIERS \
            and first.bare not in lx.ROLE_NOUNS and first.bare.endswith("s") and not first.bare.endswith("ss"):
        return ""  # '..., who was appointed by Yoon, becomes acting president': a verb, not Yoon's role
    if not any(t.bare in lx.ROLE_NOUNS for t in phrase):
        return ""
    head = max(k for k, t in enumerate(phrase) if t.bare in lx.ROLE_NOUNS)  # the job's last word
    if head and phrase[head].bare in lx.SURNAME_HEADS and phrase[head - 1].bare in lx.first_names() \
            and phrase[head - 1].text[0].isupper() and phrase[head].text[0].isupper() \
            and phrase[head - 1].bare not in lx.ROLE_NOUNS and phrase[head - 1].bare not in lx.places():
        return ""  # 'Ian King, Liana Baker and Ryan Gould of Bloomberg': a given name before 'King' makes a name
    if any(t.text[0].isupper() and phrase[k - 1].text.islower() and phrase[k - 1].bare in lx.ROLE_NOUNS
           and k + 2 < len(phrase) and phrase[k + 1].text[0].isupper() and phrase[k + 2].text == "and"
           for k, t in enumerate(phrase) if k):
        return ""  # "Bhutan's leader Tshering Tobgay and prime minister of Mauritius, Pravind Jugnauth": a titled name
        # in a list of people (not 'Minister of Foreign Affairs and Trade')
    if head + 1 < len(phrase) and phrase[head + 1].bare in lx.first_names() \
            and not any(t.text.lower() in {"of", "for"} for t in phrase[:head]):
        return ""  # a title before a given name is someone else ('Bea Knowles, The Beatles' Sir Paul McCartney, ...':
        # a list of names); not 'Anne, the Princess Royal
    complement = next((k for k, t in enumerate(phrase) if k > head and t.text.lower() in {"of", "for"}), len(phrase))
    for k, t in enumerate(phrase):
        if t.text[0].isupper() or t.bare in lx.ROLE_MODIFIERS or t.bare in lx.ROLE_NOUNS:
            continue
        if t.text.lower() in {"of", "for", "and", "the", "on", "in"}:
            continue
        if t.text.lower() in {"at", "from", "with"} and k + 1 < len(phrase) and phrase[k + 1].text[0].isupper():
            continue  # where the job is: 'a professor at Harvard', 'a WHO member from France'
        if (k < head or k > complement) and _POSSESSIVE.sub("", t.text).isalpha() and t.text.islower() \
                and t.bare not in _NOT_IN_A_JOB \
                and not t.bare.endswith(("ing", "ed")):
            continue  # what the job is, before it or after its 'of' or 'for': 'quality systems engineer', 'senior
            # project scientist for the Webb space telescope'
        return ""
    if phrase[-1].text.lower() in {"of", "for", "and", "the", "on", "in"}:
        return ""
    of = next((k for k, t in enumerate(phrase) if t.text.lower() == "of"), None)
    if of and not (phrase[of - 1].bare in lx.ROLE_NOUNS or phrase[of - 1].text[0].isupper()):
        return ""  # 'Nearby, the office of Nairobi's governor, ...': the head is an office, not a job
    return " ".join(t.text for t in phrase)


_APPOSITIVE_OPENERS = frozenset({"the", "a", "an", "its", "his", "her", "their"})  # 'Kate Tice, a SpaceX engineer,'
_KNOWN_FOR = frozenset({"who", "whose", "best", "known", "famous", "famed", "widely"})  # 'the actor who ...'
_NOT_IN_A_JOB = frozenset({"who", "which", "that", "was", "is", "were", "are", "had", "has", "have", "said", "says",
                           "told", "been", "being", "also", "then", "now", "not", "never", "when", "while", "after",
                           "before", "to", "with", "by", "at", "from", "as", "a", "an", "where", "whom", "because",
                           "if", "than", "whether", "until", "till", "since", "he", "she", "they", "it", "we", "i",
                           "you", "last", "next", "ago"}) | lx.CLAUSE_VERBS  # a verb
# makes it a clause ('Nolan won best director, Cillian Murphy won best actor')


def _phrase_until_punct(tokens: tuple[Token, ...] | list[Token], k: int) -> tuple[tuple[Token, ...] | list[Token], int]:
    """Tokens from k up to (not including) the next punctuation mark, and that mark's index."""
    end = k
    while end < len(tokens) and (tokens[end].text[0].isalnum() or tokens[end].text in {"U.S.", "U.K."}):
        end += 1
    return tokens[k:end], end


def _appositive_after(tokens: tuple[Token, ...] | list[Token], after: int, context: tuple[int, int]) -> tuple[str, tuple[int, int]]:
    """'Yuri Ushakov, Putin’s foreign policy adviser,' -> 'Putin’s foreign policy adviser', and the span it widens to."""
    if after >= len(tokens) or tokens[after].text != ",":
        return "", context
    while after + 2 < len(tokens) and tokens[after + 1].bare.replace(".", "") in lx.POST_NOMINALS \
            and tokens[after + 2].text == ",":
        after += 2  # 'Joanne Pike, DrPH, Alzheimer's Association president and CEO,': the degree before the role
    phrase, end = _phrase_until_punct(tokens, after + 1)
    speech = next((k for k, t in enumerate(phrase) if k and t.bare in lx.SPEECH_VERBS), None)
    if speech is not None and tokens and context[0] == tokens[0].start:  # the name opens the sentence, and the
        phrase, end = phrase[:speech], len(tokens)  # role runs to its verb: 'Simon Kigondu, president of the Kenya
        # Medical Association said ...' (not 'Kolkata in West Bengal, federal Minister ... Ashwini Vaishnaw said')
    if end < len(tokens) and tokens[end].text not in {",", ".", ";", ")", "(", "—", "–"}:
        return "", context  # ('(' opens the body's initials: '... Emergency Management Authority (AFAD),')
    role = _appositive_ok(phrase)
    if not role and phrase and phrase[0].text.lower() in _APPOSITIVE_OPENERS:
        # 'Matthew Perry, the actor who gained fame playing Chandler Bing, ...': the role before what it is known for
        cut = next((k for k, t in enumerate(phrase) if t.text.lower() in _KNOWN_FOR), None)
        if cut is not None and phrase[cut - 1].bare in lx.ROLE_NOUNS:
            phrase = phrase[:cut]
            role = _appositive_ok(phrase)
    return role, ((context[0], phrase[-1].end) if role else context)


def _appositive_before(tokens: tuple[Token, ...] | list[Token], name_start: int, titles: tuple[Token, ...] | list[Token],
                       context: tuple[int, int], name_end: int) -> tuple[str, tuple[int, int]]:
    """'Ukraine’s top military head, Gen. Oleksandr Syrskyi, said' -> 'Ukraine’s top military head', and its span."""
    k = name_start - len(titles) - 1
    if k < 1 or tokens[k].text != ",":
        return "", context
    start = k - 1
    while start >= 0 and (tokens[start].text[0].isalnum() or tokens[start].text in {"U.S.", "U.K."}):
        start -= 1
    # 'posted by the Floyd family's attorney, Ben Crump,', 'make way for his Deputy Prime Minister, Dominic Raab,': the
    # role runs from its determiner after a preposition, when the name closes the apposition (in 'In a call with the
    # prime minister, Joe Biden urged ...' the name opens the sentence's clause: the role is the other party's)
    opener = next((j for j in range(k - 1, max(start, 0), -1) if tokens[j].text.lower() in lx.ROLE_DETERMINERS
                   and tokens[j - 1].text.lower() in lx.ROLE_PREPOSITIONS), None)
    closed = name_end >= len(tokens) or tokens[name_end].text in {",", ".", ";", ")", "—", "–"}
    if opener is not None and closed and (opener < 2 or tokens[opener - 2].text.lower() not in lx.SECOND_PARTY_WORDS) \
            and (role := _appositive_ok(tokens[opener:k])):
        return role, (tokens[opener].start, context[1])
    if start >= 0 and tokens[start].text not in {",", ";", ":", "—", "–", "(", "“", '"'}:
        return "", context
    if tokens[start + 1].text.lower() in lx.FOCUS_WORDS and not closed:
        return "", context  # 'Several are hurt, especially the goalkeeper, Mikel Arteta said': the name opens a clause
    role = _appositive_ok(tokens[start + 1:k])
    return role, ((tokens[start + 1].start, context[1]) if role else context)



def _speaks(tokens: tuple[Token, ...] | list[Token], run_start: int, name_end: int) -> bool:
    """The name is the subject of a speech verb: 'Peskov told CNN', 'Putin on Thursday said', 'said Zakharova'."""
    k = name_end
    skipped = 0
    while k < len(tokens) and tokens[k].bare in lx.SUBJECT_FILLERS and skipped < 3:
        k, skipped = k + 1, skipped + 1
    if k < len(tokens) and tokens[k].text in lx.SPEECH_VERBS:
        return True
    return run_start > 0 and tokens[run_start - 1].text in lx.INVERTIBLE_SPEECH_VERBS


# --- people across sources -------------------------------------------------------------


def find_people(sources: list[Source]) -> list[Person]:
    """The real people the sources name, most mentioned first, each with spellings, roles and mentions."""
    full: list[tuple[Sentence, _Candidate]] = []
    bare: list[tuple[Sentence, _Candidate]] = []
    for source in sources:
        for sentence in source.sentences:
            for candidate in _candidates(sentence.text):
                (full if _is_full(candidate) else bare).append((sentence, candidate))
    people = _cluster_full_names(full)
    sentences_in = {source.id: source.sentences for source in sources}
    named_in: dict[str, set[int]] = defaultdict(set)  # source id -> indexes of people named in full there
    for index, person in enumerate(people):
        for mention in person.mentions:
            if not _named_as_officeholders_kin(person, mention, sentences_in[mention.source_id]):
                named_in[mention.source_id].add(index)
    known_by_given: dict[str, list[Person]] = defaultdict(list)  # a given name -> the people named in full with it
    for person in people:
        for given in {s.split()[0] for s in person.spellings if len(s.split()) >= 2}:
            known_by_given[given].append(person)
    orphans: dict[str, list[tuple[Sentence, _Candidate]]] = defaultdict(list)
    for sentence, candidate in bare:
        surname = " ".join(candidate.words)
        match = _resolve(surname, sentence.source_id, people, named_in)
        if isinstance(match, Person) and candidate.role and _relation_before(sentence.text, candidate.start):
            continue  # 'Sean Combs ... with his son King Combs': the son, neither Sean nor a 'Combs' of his own
        if isinstance(match, Person) and candidate.role and _titled_otherwise(match, sentence, candidate, sentences_in):
            match = None  # 'First Lady Jill Biden ... arrived, although President Biden did not travel': a namesake
            # ('Lawyers for Donald Trump argued that President Trump ...' is one man)
        if isinstance(match, Person):
            _add(match, sentence, candidate)
        elif match is None:
            orphans[surname_key(surname)].append((sentence, candidate))
    works = _quoted_titles(sources)
    for group in orphans.values():
        # A surname never given in full is a person only when a title or honorific says so ("President Trump"),
        # and no page sets it alone in quotation marks, as the title of a show or a book ('‘Friends’ actor')
        word = " ".join(group[0][1].words)
        speaks = any("speech" in c.evidence for _, c in group)
        if word not in works and any("appositive" in c.evidence or "title" in c.evidence and _titled(sentence, c, speaks)
                                     for sentence, c in group):
            # or the given name a person goes by, when one person named in full has it and a doctor's title stands
            # before it ('Dr Tedros' for Tedros Adhanom Ghebreyesus, as news names Ethiopians; never 'Prince William',
            # 'Mr Ahmed' or 'attorney Richard'); else someone named only so
            titles = {_title_before(sentence.text, c.start) for sentence, c in group} & lx.GIVEN_NAME_HONORIFICS
            given = known_by_given.get(word, []) if titles else []
            if titles <= lx.KNIGHTS:  # 'Sir Keir' is the Keir Starmer the story calls 'Sir Keir Starmer', not Alex Iwobi
                given = [p for p in given if _knighted(p, sentences_in)]
            person = given[0] if len(given) == 1 else Person(word)
            for sentence, candidate in group:
                _add(person, sentence, candidate)
            if len(given) != 1:
                people.append(person)
    sentences_of = {source.id: source.sentences for source in sources}
    people = _join_aliases(_join_same_office(_join_name_prefixes(_join_native_names(people, sources))), sentences_of)
    places_named = _called_places(sources)
    characters = _character_spans(sources)
    kept = [p for p in people if _is_person(p)
            and not places_named.intersection(s for s in p.spellings if " " in s)  # 'Mohammed Derna' is a man
            and not all((m.source_id, m.position, m.start) in characters for m in p.mentions)
            and not _named_as_business_or_medium(p, sentences_of) and not _only_a_place(p, sentences_of)]
    for person in kept:
        person.name = max(person.spellings, key=lambda s: (len(s.split()) >= 2 and s.split()[0].lower() not in
                                                           lx.CAPITALISED_PARTICLES, len(s.split()) >= 2,
                                                           person.spellings[s], _opens_on_a_given_name(s, person),
                                                           len(s), s))  # 'Virgil van Dijk'; 'Jane Roe', not 'Finance
        # Jane Roe' of 'Minister of Finance Jane Roe'

        if " " not in person.name and (style := _style_of(person, sentences_of)):
            person.name = f"{style} {person.name}"  # 'Lady Gaga', known by her style and one name, not 'Gaga'
        person.gender = _gender(person)
    return sorted(kept, key=lambda p: (-len(p.source_ids), -len(p.mentions), p.name))


def _style_of(person: Person, sentences_of: dict[str, list[Sentence]]) -> str:
    """The style ('Lady', 'Lord', 'Sir', 'Dame') most of the mentions of a person named by one word write before it
    ('Lady Gaga sang ...'), or ''."""
    styles = Counter(match.group(1) for m in person.mentions
                     if (match := _STYLE_BEFORE.search(_sentence_of(m, sentences_of)[:m.start])))
    style, count = styles.most_common(1)[0] if styles else ("", 0)
    return style if 2 * count > len(person.mentions) else ""


_STYLE_BEFORE = re.compile(r"(?<!First )\b(Lady|Lord|Sir|Dame)\s+$")  # 'First Lady Melania' is an office


def _knighted(person: Person, sentences_of: dict[str, list[Sentence]]) -> bool:
    """The story names the person in full with a knight's style ('Sir Keir Starmer')."""
    return any((style := _STYLE_BEFORE.search(_sentence_of(m, sentences_of)[:m.start])) and style.group(1).lower()
               in lx.KNIGHTS for m in person.mentions)


def _titled_otherwise(person: Person, sentence: Sentence, candidate: _Candidate,
                      sentences_in: dict[str, list[Sentence]]) -> bool:
    """A surname with a title before it is not the person of that surname its page named in full just before with a
    title of their own, in the same sentence ('First Lady Jill Biden arrived, although President Biden did not
    travel'), nor, with an office before it ('President Trump', 'Senator Menendez'), the one its page names as a
    relation, before or after ('First Lady Melania Trump', 'His wife, Melania Trump,', 'Menendez's wife, Nadine
    Menendez')."""
    title = _title_before(sentence.text, candidate.start)
    earlier = [m for m in person.mentions if m.source_id == sentence.source_id
               and (m.position, m.start) < (sentence.position, candidate.start)]
    if any(m.position == sentence.position and _title_before(sentence.text, m.start) in lx.TITLE_WORDS - {title}
           for m in earlier):
        return True
    return title in lx.OFFICE_TITLES and any(_kin_title(sentences_in[m.source_id][m.position].text, m.start)
                                             for m in person.mentions if m.source_id == sentence.source_id)


def _named_as_officeholders_kin(person: Person, mention: Mention, page: list[Sentence]) -> bool:
    """The mention names the person as the relation of a namesake the same page gives an office ('Menendez's wife,
    Nadine Menendez' on a page that says 'Senator Menendez'): that page's bare 'Menendez' is the senator, or may be, so
    she is not the one its page names in full."""
    return _kin_title(page[mention.position].text, mention.start) and _office_titled(person.surname, page)


def _office_titled(surname: str, sentences: list[Sentence]) -> bool:
    """A page names someone of this surname by an office alone ('Senator Menendez', 'Sen. Menendez', 'President
    Biden')."""
    pattern = re.compile(rf"\b(?i:{_OFFICE_TITLE_WORDS})\.?\s+{re.escape(surname)}\b")
    return any(pattern.search(sentence.text) for sentence in sentences)


_OFFICE_TITLE_WORDS = "|".join(sorted(lx.OFFICE_TITLES | {short for short, full in lx.TITLE_ABBREVIATIONS.items()
                                                          if full.lower() in lx.OFFICE_TITLES}))


def _kin_title(text: str, start: int) -> bool:
    """A relation's title before a name: 'First Lady', 'his wife,', 'son'."""
    before = [w.lower().strip(",.") for w in text[:start].split()[-2:]]
    return bool(before) and (before[-1] in lx.KIN_TITLES or before[-1] == "lady" and before[:1] in (["first"],
                                                                                                     ["second"]))


def _is_full(candidate: _Candidate) -> bool:
    """A first name and a surname, not a surname alone ('bin Salman' and 'von der Leyen' are surnames alone)."""
    # 'Van Dijk said' is a surname alone; 'Al Gore said' is a full name ('Al' capitalised is a first name).
    first = candidate.words[0]
    particle = first in lx.NAME_PARTICLES or first.lower() in lx.CAPITALISED_PARTICLES
    return not particle and not _HYPHEN_PARTICLE.match(first) \
        and len([w for w in candidate.words if w not in lx.NAME_PARTICLES and w.lower() not in
                 lx.CAPITALISED_PARTICLES]) >= 2


def _add(person: Person, sentence: Sentence, candidate: _Candidate) -> None:
    """Record one mention of a person."""
    text = " ".join(candidate.words)
    if _organisation_cue(sentence.text, candidate.start, candidate.end):
        person.evidence.add("organisation-cue")
    person.spellings[text] += 1
    person.mentions.append(Mention(sentence.source_id, sentence.position, sentence.paragraph,
                                   candidate.start, candidate.end, text))
    person.evidence |= candidate.evidence
    if candidate.role:
        person.roles[candidate.role] += 1
        person.role_sources.setdefault(candidate.role, set()).add(sentence.source_id)
    if candidate.gender:
        person.evidence.add("gender-" + candidate.gender)


class _Spelling(NamedTuple):
    """One spelling of a full name, as clustering compares it."""

    text: str
    first: str
    surname: str
    given: set[str]  # every word before the surname ('Marine Paul Whelan' -> {'Marine', 'Paul'})
    suffix: str  # 'jr' of 'Donald Trump Jr.'


def _cluster_full_names(full: list[tuple[Sentence, _Candidate]]) -> list[Person]:
    """One person per compatible (first name, surname) pair, most frequent spellings first."""
    counts = Counter(" ".join(c.words) for _, c in full)
    sentence_of = {" ".join(c.words): sentence.text for sentence, c in full}  # a spelling's (last) sentence
    role_words: dict[str, set[str]] = defaultdict(set)  # a spelling -> the words of the roles given with it
    for _, c in full:
        role_words[" ".join(c.words)] |= _role_words(c.role) if c.role else set()
    clusters: list[tuple[list[_Spelling], Person]] = []
    by_text: dict[str, Person] = {}
    by_spelling: dict[str, Person] = {}  # 'Yoon Suk-yeol' and 'Yoon Suk Yeol' are one spelling
    for text, _ in counts.most_common():
        if (same := by_spelling.get(_spelling_key(text))) is not None:
            by_text[text] = same
            continue
        first, surname = _split_name(text.split())
        mine = _Spelling(text, first, surname, _given_words(text, surname), _suffix(text))
        for spellings, person in clusters:
            if any(_one_person(mine, other, counts[text] == 1, sentence_of[text], role_words, spellings)
                   for other in spellings):
                spellings.append(mine)
                by_text[text] = person
                break
        else:
            person = Person(text)
            clusters.append(([mine], person))
            by_text[text] = person
        by_spelling.setdefault(_spelling_key(text), by_text[text])
    for sentence, candidate in full:
        _add(by_text[" ".join(candidate.words)], sentence, candidate)
    return [person for _, person in clusters]


def _one_person(mine: _Spelling, other: _Spelling, once: bool, sentence: str, role_words: dict[str, set[str]],
                cluster: list[_Spelling]) -> bool:
    """Two spellings of one person: the same surname and a compatible first name ('former Marine Paul Whelan' is
    Paul Whelan: 'Marine' is a given name too), and the same generational suffix ('Donald Trump Jr.' is not his
    father); or a page's typo: spelt once, with the same first name and a surname one typo off (see `misspelt`),
    not in a sentence that names the other spelling, and with no role or one sharing a word with the cluster's
    ('Pavel Dorov' for Durov; not 'Mark Kelley, the host of CBC's The Fifth Estate' beside Sen. Mark Kelly)."""
    if mine.suffix != other.suffix:
        return False
    if same_surname(mine.surname, other.surname) and (same_first_name(mine.first, other.first)
                                                       or mine.first in other.given or other.first in mine.given):
        return True
    if not (once and mine.first == other.first and misspelt(mine.surname, other.surname)) or other.surname in sentence:
        return False
    theirs = set().union(*(role_words.get(spelling.text, set()) for spelling in cluster))
    return not role_words[mine.text] or bool(role_words[mine.text] & theirs)


def _suffix(name: str) -> str:
    """A name's generational suffix ('Jr', 'Sr', 'II', 'III'), lower case without its period, or ''."""
    return next((w.rstrip(".,").lower() for w in name.split()[1:] if w.rstrip(".,").lower() in lx.NAME_SUFFIXES), "")


def _spelling_key(name: str) -> str:
    """A name as written whatever its hyphens and case ('Yoon Suk-yeol', 'Yoon Suk Yeol' -> 'yoon suk yeol')."""
    return " ".join(re.split(r"[\s-]+", name.lower()))


def _opens_on_a_given_name(spelling: str, person: Person) -> bool:
    """The spelling opens on a given name, not on a word before another full spelling ('Finance Jane Roe' of 'Jane
    Roe', 'Marine Paul Whelan' of 'Paul Whelan')."""
    return spelling.split()[0].lower() in lx.first_names() and not any(
        other != spelling and len(other.split()) >= 2 and spelling.endswith(" " + other) for other in person.spellings)


def _given_words(text: str, surname: str) -> set[str]:
    """The words of a full name before its surname: 'Marine Paul Whelan' -> {'Marine', 'Paul'}."""
    words = text.split()
    return set(words[:len(words) - len(surname.split())])


def _resolve(surname: str, source_id: str, people: list[Person],
             named_in: dict[str, set[int]]) -> Person | None | bool:
    """The one person a bare surname means: named in full in the same source, else the only one in the story.
    None when nobody matches, False when it is ambiguous."""
    matches = [k for k, p in enumerate(people) if any(same_surname(surname, _split_name(s.split())[1])
                                                        for s in p.spellings if len(s.split()) >= 2)]
    if not matches:  # a given name someone goes by, titled somewhere in the story ('Dr Tedros')
        matches = [k for k, p in enumerate(people) if surname in p.spellings]
    if not matches and surname.lower() in lx.FAMILY_NAMES_FIRST:  # 'President Yoon' for Yoon Suk Yeol, 'Xi' for
        matches = [k for k, p in enumerate(people)  # Xi Jinping: the family name comes first
                   if any(len(s.split()) >= 2 and s.split()[0] == surname for s in p.spellings)]
    if not matches:
        return None
    local = [k for k in matches if k in named_in.get(source_id, ())]
    chosen = local or matches
    return people[chosen[0]] if len(chosen) == 1 else False


def _titled(sentence: Sentence, candidate: _Candidate, speaks: bool) -> bool:
    """The word before a single name makes it a person's: not a role a company holds as well ('Chrysler owner
    Stellantis reached a deal', unless the name speaks: 'Chelsea owner Abramovich said'), nor 'Lord' before a god's
    name ('celebrating Lord Shiva'; 'Lord Cameron said' is a peer)."""
    title = _title_before(sentence.text, candidate.start)
    if title in lx.COMPANY_ROLES:
        return speaks  # 'Chelsea owner Abramovich ...', then 'Abramovich said': a company does not speak here
    return not (title == "lord" and " ".join(candidate.words).lower() in lx.DEITIES)


def _relation_before(text: str, start: int) -> bool:
    """A relation named just before the title that opens a name ('his son King Combs': 'son' two words before the
    family name)."""
    before = [w.lower().strip(",.") for w in text[:start].split()[-2:]]
    return len(before) == 2 and before[0] in lx.KIN_WORDS


def _title_before(text: str, start: int) -> str:
    """The word just before a name, lower case, without its period or comma ('Prince', 'Dr.' -> 'prince', 'dr')."""
    before = text[:start].split()[-1:]
    return before[0].lower().rstrip(".,") if before else ""


def _role_words(role: str) -> set[str]:
    """A role's content words, lower case, possessives folded."""
    return set(role.lower().replace("’s", "").replace("'s", "").split()) - {"of", "the", "for", "and", "a", "an"}


def _age_after(tokens: tuple[Token, ...] | list[Token], k: int) -> bool:
    """', 36,' (or ', 36.') right after a name: the age news gives a person."""
    if k + 1 >= len(tokens) or tokens[k].text != ",":
        return False
    age = re.fullmatch(r"(\d{1,3})([,.;)]?)", tokens[k + 1].text)
    if age is None:
        return False
    closed = bool(age.group(2)) or k + 2 >= len(tokens) or tokens[k + 2].text in {",", ".", ";", ")"}
    return closed and 1 <= int(age.group(1)) <= 115  # the tokenizer keeps '36,' whole, as it keeps '1,000'



_STRONG_EVIDENCE = frozenset({"first-name", "title", "appositive", "age"})


def _only_a_given_name(person: Person) -> bool:
    """The one sign that a name is someone's is its given name: no title, apposition, age or speech."""
    return person.evidence & _STRONG_EVIDENCE == {"first-name"} and "speech" not in person.evidence


def _only_a_place(person: Person, sentences_of: dict[str, list[Sentence]]) -> bool:
    """A name whose only sign of a person is its given name, written as a place, an event or a cause named after no
    one in the story: each time after 'at' ('an electrifying final at Roland Garros'), before a plural noun it
    describes or an institution's word ('to Sandy Hook families', 'the Sandy Hook Elementary School shooting'), or
    after a body's 'for' ('Everytown for Gun Safety'); or at least once as an institution's or a venue's name
    ('killed at Sandy Hook Elementary' beside 'Sandy Hook victims', 'on Court Suzanne Lenglen'; 'Jerry Hall' has
    the word as her surname). ('Bernie Sanders supporters' is him too: his title or speech tell
    so; 'Larry Nassar victims' names no institution.)"""
    if not _only_a_given_name(person):
        return False
    texts = [(m, _sentence_of(m, sentences_of)) for m in person.mentions]
    surnames = {spelling.split()[-1] for spelling in person.spellings}
    return any(_INSTITUTION_AFTER.match(text[m.end:]) or _VENUE_BEFORE.search(text[:m.start])
               or (last := text[m.start:m.end].split()[-1]) in lx.INSTITUTION_WORDS and len(surnames - {last})
               for m, text in texts) \
        or all(_AT_END.search(text[:m.start]) or _MODIFIES.match(text[m.end:]) or _body_for(text[:m.start])
               for m, text in texts)


_AT_END = re.compile(r"\bat\s+$")


def _body_for(before: str) -> bool:
    """Text before a name ends on one capitalised word and 'for', a body's name: 'Everytown for Gun Safety',
    'Physicians for Human Rights' (not a job or a prize: 'Best Actor for Cillian Murphy', 'Justice for George Floyd')."""
    words = before.split()  # (the word opening a sentence is capitalised anyway: 'Calls for Xochitl Galvez to ...')
    return len(words) >= 3 and words[-1] == "for" and bool(_NAME_WORD.match(words[-2])) \
        and words[-2].lower() not in lx.ROLE_NOUNS and words[-2].lower() not in lx.HONOURS_FOR \
        and not words[-3][:1].isupper()


_INSTITUTION_AFTER = re.compile(r"(?:[’']s?)?\s+(?:" + "|".join(sorted(lx.INSTITUTION_WORDS)) + r")\b")  # ('Roland
# Garros' Court Suzanne-Lenglen')
_VENUE_BEFORE = re.compile(r"\b(?:" + "|".join(sorted(lx.VENUE_WORDS_BEFORE)) + r")\s+$")
_MODIFIES = re.compile(r"\s+(?:" + "|".join(sorted(lx.ATTRIBUTIVE_NOUNS | lx.INSTITUTION_WORDS)) + r")\b")


def _is_person(person: Person) -> bool:
    """Positive evidence on at least one mention; a full name seen only as a speech subject needs two mentions
    and no sign of naming a company or body ("Credit Suisse said" and "Credit Suisse staff")."""
    if _only_a_given_name(person) and person.name.split()[-1].lower() in lx.PLACE_SURNAMES:
        return False  # 'Venice Beach': a given name before a place's word, and nothing else says it is someone
    if all(len(word.strip(".")) == 1 for word in person.name.split()):
        return False  # 'Player Y', 'Mr X', 'Witness A': a letter stands in for a name the story keeps back
    return bool(person.evidence & _STRONG_EVIDENCE) or ("speech" in person.evidence and len(person.mentions) >= 2
                            and "organisation-cue" not in person.evidence)


def _organisation_cue(text: str, start: int, end: int) -> bool:
    """A name with "the" before it, a company noun after it or a body's 'for' before it ("the Credit Suisse office",
    "Credit Suisse staff", "The Federal Reserve said", "ads by Everytown for Gun Safety")."""
    before = [w.lower() for w in text[:start].split()[-1:]]  # 'The Federal Reserve cut rates' opens a sentence
    after = re.match(r"\s+([a-z]+)", text[end:])  # a bare noun: 'Tane’s spokesman' is a person's
    return before == ["the"] or (after is not None and after.group(1) in lx.ORG_NOUNS_AFTER) \
        or _body_for(text[:start])  # '... ads by Everytown for Gun Safety'


def _gender(person: Person) -> str:
    """'m' or 'f' when titles, role nouns or the first name agree; '' otherwise."""
    said = {e[-1] for e in person.evidence if e.startswith("gender-")}
    return said.pop() if len(said) == 1 else ""


# --- one record per person: never a show, a place or an office twice ------------------------


_QUOTED_CAPITALS = re.compile(r"[“\"‘]([A-Z][\w’'.-]*(?: [A-Z][\w’'.-]*)*)[”\"’]")


_PLACE_KINDS = r"(?:" + "|".join(sorted(lx.PLACE_KINDS)) + r")"
_NAME_RUN = r"((?:[A-Z][\w'’-]+\s){0,2}[A-Z][\w'’-]+)"
_CALLED_A_PLACE = re.compile(r"\b" + _PLACE_KINDS + r"\s+of\s+" + _NAME_RUN + r"(?:\s+and\s+" + _NAME_RUN + r")?"
                             r"|" + _NAME_RUN + r"\s+" + _PLACE_KINDS + r"\b")


# 'Santa Clara, California,', 'Santa Clara, Calif.-based': a name, a comma, a state, and the phrase ends.
_STATE_AFTER_A_NAME = re.compile(r",\s+([A-Z][a-z]+\.?(?:\s[A-Z][a-z]+)?)(?=[,;:]|\.?-based|\.(?:\s|$))")
_NAME_AT_END = re.compile(_NAME_RUN + r"$")
_NATIVE_NAME = re.compile(r"\s*[(（]\s*([^\x00-\x7F()（）]{2,12})\s*[)）]")  # ' (賴清德)'


def _join_same_office(people: list[Person]) -> list[Person]:
    """One person for names that hold the same office of several words and can be one name: 'Catherine, Princess
    of Wales', 'Kate, Princess of Wales' and 'Kate Middleton, Princess of Wales' (a royal is named by a given name;
    'Kate' is short for 'Catherine')."""
    kept: list[Person] = []
    for person in people:
        office = person.role.lower()
        into = next((k for k in kept if len(office.split()) >= 2 and k.role.lower() == office
                     and _one_name(k.name, person.name)), None)
        if into is None:
            kept.append(person)
        else:
            _merge(into, person)
    return kept


def _join_name_prefixes(people: list[Person]) -> list[Person]:
    """One person for a full name and the longer name it opens: 'Michelle Johnston' (of 'Michelle Johnston (MJ)
    Holthaus', the nickname splitting her name) is Michelle Johnston Holthaus, 'Choi Sang' (of 'Choi Sang mok') Choi
    Sang-mok; never a son named with his suffix ('Donald Trump Jr.' is not 'Donald Trump')."""
    opened_by: dict[str, Person] = {}  # each longer spelling's opening words (to a space, or a hyphen in a
    for p in people:  # family-name-first name) -> its person
        for t in p.spellings:
            if len(t.split()) < 2:
                continue
            family_first = t.split()[0].lower() in lx.FAMILY_NAMES_FIRST
            for match in re.finditer(r" " + ("|-" if family_first else ""), t):
                opening = t[:match.start()]
                if len(opening.split()) >= 2 and _suffix(opening) == _suffix(t):
                    opened_by.setdefault(opening, p)
    kept: list[Person] = []
    for person in people:
        into = next((p for s in person.spellings if (p := opened_by.get(s)) is not None and p is not person), None)
        if into is None:
            kept.append(person)
        else:
            _merge(into, person)
    return kept


def _one_name(a: str, b: str) -> bool:
    """Two spellings that can name one person: the same given name or a short form of it, and the same surname
    when both give one."""
    first_a, surname_a = _split_name(a.split())
    first_b, surname_b = _split_name(b.split())
    given_a, given_b = first_a or surname_a, first_b or surname_b  # 'Kate': a given name alone
    both_full = bool(first_a) and bool(first_b)
    return same_first_name(given_a, given_b) and (not both_full or same_surname(surname_a, surname_b))


def _merge(into: Person, other: Person) -> None:
    """Fold another record of the same person into `into`."""
    into.spellings.update(other.spellings)
    into.roles.update(other.roles)
    for role, ids in other.role_sources.items():
        into.role_sources.setdefault(role, set()).update(ids)
    into.mentions.extend(other.mentions)
    into.evidence |= other.evidence


def _join_native_names(people: list[Person], sources: list[Source]) -> list[Person]:
    """One person for two spellings a page follows with the same name in its own script: 'William Lai (賴清德)' and
    'Lai Ching-te (賴清德)' are the president-elect once."""
    sentences_of = {source.id: source.sentences for source in sources}
    owner: dict[str, Person] = {}
    kept: list[Person] = []
    for person in people:
        natives = {match.group(1) for m in person.mentions if m.position < len(sentences_of.get(m.source_id, ()))
                   and (match := _NATIVE_NAME.match(sentences_of[m.source_id][m.position].text[m.end:]))}
        into = next((owner[n] for n in natives if n in owner), None)
        if into is None:
            kept.append(person)
            owner.update(dict.fromkeys(natives, person))
            continue
        _merge(into, person)
    return kept


def _sentence_of(mention: Mention, sentences_of: dict[str, list[Sentence]]) -> str:
    """The text of the sentence a mention is in ('' when its source's sentences are not given)."""
    sentences = sentences_of.get(mention.source_id, [])
    return sentences[mention.position].text if mention.position < len(sentences) else ""


def _join_aliases(people: list[Person], sentences_of: dict[str, list[Sentence]]) -> list[Person]:
    """One person for a name a page gives as another's other name: 'Suraj Pal Singh, also known as ‘Bhole Baba’',
    'Bhole Baba, whose original name is Suraj Pal Singh', 'X aka Y'."""
    spelled = sorted(((s, k) for k, p in enumerate(people) for s in p.spellings), key=lambda pair: -len(pair[0]))
    parent = list(range(len(people)))

    def root(k: int) -> int:
        while parent[k] != k:
            k = parent[k]
        return k

    for k, person in enumerate(people):
        for m in person.mentions:
            text = _sentence_of(m, sentences_of)
            alias = _ALIAS.match(text[m.end:])
            rest = text[m.end + alias.end():] if alias else ""
            other = next((j for s, j in spelled if rest and rest.startswith(s) and _CLAUSE_ENDS.match(rest[len(s):])
                          and root(j) != root(k)), None)
            if other is not None:
                parent[root(other)] = root(k)
    kept = [p for k, p in enumerate(people) if root(k) == k]
    for k, person in enumerate(people):
        if root(k) != k:
            _merge(people[root(k)], person)
    return kept


_ALIAS = re.compile(r"\s*,?\s*\(?\s*(?:" + "|".join(re.escape(p).replace(r"\ ", r"\s+")
                                             for p in sorted(lx.ALIAS_PHRASES, key=len, reverse=True))
                    + r")\s+[‘'\"“]?", re.I)


def _called_places(sources: list[Source]) -> set[str]:
    """Names some page calls a place: 'the provinces of Hai Phong and Quang Ninh', 'the Hai Duong province', or
    writes with its US state as towns are written ('Santa Clara, Calif.-based', 'in Santa Clara, California.').
    Such a name is a place in every sentence of the story ('including Quang Ninh, Hai Phong, Lang Son'), though its
    first word is a given name ('Hai', 'Clara')."""
    found = set()
    for source in sources:
        for sentence in source.sentences:
            found.update(name for match in _CALLED_A_PLACE.finditer(sentence.text) for name in match.groups() if name)
            for state in _STATE_AFTER_A_NAME.finditer(sentence.text):
                written = state.group(1)
                if (written in lx.US_STATES or written + "." in lx.US_STATES) and \
                        (name := _NAME_AT_END.search(sentence.text[:state.start()])):
                    found.add(name.group(1))  # 'in Santa Clara, Calif.' closing the sentence: 'Calif' and its stop
    return found


def _named_as_business_or_medium(person: Person, sentences_of: dict[str, list[Sentence]]) -> bool:
    """Every full mention is a business's name after its noun, the name ending the clause ('by British designer
    house Alexander McQueen.'), or a medium's ('reports from Haber Turk,', 'told Haber Turk television'): a house
    named after its founder, or a channel, is no person of the news ('the law firm Jane Roe works for' names her)."""
    def business(mention: Mention) -> bool:
        text = _sentence_of(mention, sentences_of)
        before, after = text[:mention.start], text[mention.end:]
        noun = (before.split()[-1:] or [""])[0].lower() in lx.BUSINESS_NOUNS and _CLAUSE_ENDS.match(after)
        return bool(noun or _MEDIA_BEFORE.search(before) and _CLAUSE_ENDS.match(after) or _MEDIA_AFTER.match(after))
    full = [m for m in person.mentions if len(m.text.split()) >= 2]  # a surname after it ('a cape by McQueen')
    return bool(full) and all(business(m) for m in full)  # means what the full name did


_CLAUSE_ENDS = re.compile(r"[’'\"”]?\s*(?:[,;:.)]|$)")  # a name ends its clause (an alias closing its quotation too):
# not 'known as “Putin’s chef”', not 'the law firm Jane Roe works for'
_MEDIA_AFTER = re.compile(r"\s+(?:" + "|".join(sorted(lx.MEDIA_NOUNS)) + r")\b", re.I)  # 'told Haber Turk television'
_MEDIA_BEFORE = re.compile(r"\b(?:reports?\s+from|" + "|".join(sorted(lx.MEDIA_NOUNS)) + r")\s+$", re.I)  # 'reports
# from Haber Turk, ...'


def _character_spans(sources: list[Source]) -> set[tuple[str, int, int]]:
    """Where a page names a part an actor plays: 'her performance as Bella Baxter', 'played the role of Chandler
    Bing', 'his romance with Monica Geller (Cox)', the actor's surname in brackets after the part (source, sentence,
    start). A name only ever written so is a character, not a person of the news."""
    from briefing.boilerplate import KNOWN_OUTLETS  # ingest's outlet list: '(Reuters)' credits a picture, no actor

    return {(source.id, sentence.position, match.start(1)) for source in sources for sentence in source.sentences
            for pattern in (_PLAYED, _PART_THEN_ACTOR) for match in pattern.finditer(sentence.text)
            if pattern is _PLAYED or (match.group(2).lower() not in KNOWN_OUTLETS
                                      and match.group(2).lower() not in lx.places())}


_PLAYED = re.compile(r"\b(?:(?:" + "|".join(lx.PART_NOUNS) + r")\s+as|play(?:s|ed|ing)?\s+the\s+(?:role|part)\s+of)"
                     r"\s+((?:[A-Z][\w’'-]+|[A-Z]\.)(?:\s+(?:[A-Z][\w’'-]+|[A-Z]\.)){0,3})")


_PART_THEN_ACTOR = re.compile(r"\b([A-Z][\w’'-]+(?:\s+[A-Z][\w’'-]+)?)\s+\(([A-Z][a-z][\w’'-]+)\)(?=[\s,.;])")


def _quoted_titles(sources: list[Source]) -> set[str]:
    """Capitalised runs some page sets alone in quotation marks: “Friends”, ‘Second Chances’."""
    return {m.group(1) for source in sources for sentence in source.sentences
            for m in _QUOTED_CAPITALS.finditer(sentence.text)}


# --- names in one sentence, for quotes ---------------------------------------------------


@dataclass
class NameIndex:
    """The people of a story arranged to resolve names in any of its sentences."""

    people: list[Person]
    named_in: dict[str, set[int]]
    by_spelling: dict[str, int]


def index_people(people: list[Person]) -> NameIndex:
    """Build the lookup `mentions_in` needs, once per story."""
    named_in: dict[str, set[int]] = defaultdict(set)
    by_spelling: dict[str, int] = {}
    for k, person in enumerate(people):
        for spelling in person.spellings:
            by_spelling.setdefault(spelling, k)
        for mention in person.mentions:
            if len(mention.text.split()) >= 2:
                named_in[mention.source_id].add(k)
    return NameIndex(people, named_in, by_spelling)


@dataclass(frozen=True)
class NameSpan:
    """A name in a sentence and who it is: a Person, or None when several people share the name."""

    start: int
    end: int
    text: str
    person: Person | None
    role: str = ""
    gender: str = ""
    context: tuple[int, int] = (0, 0)  # the name with the title or apposition the sentence gives it


def mentions_in(sentence: Sentence, index: NameIndex) -> list[NameSpan]:
    """The names of people in one sentence, resolved as in `find_people`; ambiguous surnames come back with person None,
    and names of nobody in the index (places, bodies) are left out."""
    spans = []
    for candidate in _candidates(sentence.text):
        text = " ".join(candidate.words)
        if _is_full(candidate) and text in index.by_spelling:
            person: Person | None = index.people[index.by_spelling[text]]
        elif _is_full(candidate):
            continue
        else:
            found = _resolve(text, sentence.source_id, index.people, index.named_in)
            if found is None:
                continue
            person = found or None
        gender = candidate.gender or (person.gender if person else "")
        spans.append(NameSpan(candidate.start, candidate.end, text, person, candidate.role, gender, candidate.context))
    return spans
