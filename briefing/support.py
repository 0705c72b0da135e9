"""Citation means support: when does one outlet's own sentence tell an item's fact?

A sentence supports a fact's wording when it carries at least half of the wording's content
words, every number in it, and no opposite wording (best/worst, rose/fell, a negation one side
lacks). A sentence that tells the same fact with other figures is a *variant*: its outlet is
not cited for the fact, but the difference is shown ("accounts differ"). Each sentence is
compared with the fact's own wording, never through a third sentence, so a cluster cannot
chain an outlet onto a fact it did not report.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal
from difflib import SequenceMatcher
from functools import lru_cache

import snowballstemmer

from briefing.boilerplate import known_outlet
from briefing.dates import CALENDAR_WORDS, MONTHS, WEEKDAYS
from briefing.lexicon import (
    ASIDE_OPENERS,
    ATTRIBUTION_VERBS,
    BY_POSITION,
    CASE_STAGES,
    COUNT_AUXILIARIES,
    FIRST_OF_NOTHING,
    FIRST_SCOPE_FOLD,
    FIRST_TITLES,
    FLOOR_BOUNDS,
    KILLING_VERBS,
    LINKING_VERBS,
    MAGNITUDES,
    MEASURE_WORDS,
    NUMBER_WORDS,
    OPPOSITES,
    OTHER_OFFICE,
    PEOPLE_STATES,
    PEOPLE_WORDS,
    RECORD_WORDS,
    RISE_VERBS,
    ROLE_NOUNS,
    SCALE_WORDS,
    TOLL_WORDS,
    TRAVEL_VERBS,
    UNNAMED_VOICES,
    first_names,
    places,
)
from briefing.settings import SUPPORT
from briefing.vectors import action_stems, content_stems, stem, stop_words
from briefing.wording import outside_quotes

_STEMMER = snowballstemmer.stemmer("english")
_WORD = re.compile(r"[A-Za-z][A-Za-z’'-]*|\d[\d,.]*\d|\d")
_YEAR = re.compile(r"(?:1[89]|20)\d\d")
_NEGATION = re.compile(r"\b(?:not|no|never|without|n[’']t|cannot|denied|denies|deny)\b", re.I)
_TOLL_BEFORE = re.compile(r"\b(?:death|casualty)\s+toll\b|\bnumber of (?:dead|deaths|victims|fatalities|people killed)\b"
                          r"|\bfatalities\b", re.I)
# The bounds a figure may carry: from below ('more than 40', 'over a decade'), from above ('nearly 40', 'up to 40'),
# or neither ('about 40'); a count shows its bound, a toll's verb reads past it, and support compares their directions.
_FROM_BELOW = ("more than", "at least", "over", "upwards of")
_FROM_ABOVE = ("up to", "fewer than", "less than", "nearly", "almost", "under", "close to")
_BOUNDS = ("more than", "at least", "up to", "fewer than", "less than", "over", "nearly", "almost", "about", "around")
_BOUND_WORDS = r"(?:\s+(?:" + "|".join(b.replace(" ", r"\s+") for b in (*_BOUNDS, "some", "roughly")) + r"))?"
_OTHER_COUNT = re.compile(r"\bnumber of\b|\b(?:injured|wounded|hurt|missing|evacuees|homes|buildings)\b", re.I)
# The verb that gives a toll its figure, however far the toll's noun went before ('The death toll from the fires
# that ravaged the historic town of Lahaina on Maui has risen to 106').
_RISEN_TO = re.compile(r"\b(?:risen|rose|rises|climbed|climbs|jumped|jumps|increased|reached|reaches|hit|hits|stands|"
                       r"stood|now)(?:\s+(?:to|at))?" + _BOUND_WORDS + r"\s*$", re.I)
# A toll told as lives taken: 'claimed the lives of 28 miners', 'took the lives of at least five people'.
_TAKING = r"\b(?:claim(?:ed|ing|s)?|took|tak(?:en|es|ing)|cost(?:s|ing)?)"
_LIVES_OF = re.compile(_TAKING + r"\s+the\s+lives\s+of" + _BOUND_WORDS + r"\s*$", re.I)
# ... or as so many lives taken, the verb just before the figure: 'The quake claimed at least 2,000 lives' (not 'saved
# 3,000 lives', nor 'claimed 5,000 lives had been saved'); or as people who lost their lives ('28 miners lost their lives').
_LIVES_TAKEN = re.compile(_TAKING + _BOUND_WORDS + r"\s*$", re.I)
_LIVES_LOST = re.compile(r"^(?:\S+\s+){0,2}?(?:have\s+|had\s+)?(?:lost|lose|losing)\s+their\s+lives\b", re.I)
_LIVES_CLAUSE = frozenset({"had", "have", "has", "were", "was", "are", "been", "could", "would", "will", "may", "might"})


@lru_cache(maxsize=200_000)
def literal_stem(word: str) -> str:
    """Snowball stem of a lower-case word, no synonym folding (support is literal); cached, as words repeat."""
    return _STEMMER.stemWord(word)


_OPPOSITE_STEMS = [(literal_stem(a), literal_stem(b)) for a, b in OPPOSITES]


@dataclass(frozen=True)
class Count:
    """A figure that counts something: 'killing at least 207 people' -> Count('toll', '207', {...}, '207 people')."""

    unit: str  # what is counted: 'toll', 'injured', or the stem of the word after the figure
    value: str  # the figure, normalized
    actions: frozenset[str]  # the words around it (synonym-folded stems), which say what the count is of
    shown: str  # the figure as the sentence writes it, with what it counts ('207 people', '89')
    bound: str = ""  # the words that make the figure a bound ('more than', 'at least', 'up to'), if any


@dataclass(frozen=True)
class Wording:
    """What a sentence says, reduced to what support compares."""

    stems: frozenset[str]  # content-word stems (no synonym folding: support is literal)
    numbers: frozenset[str]  # every figure, normalized ('5,000' -> '5000', 'nine' -> '9')
    counts: tuple[Count, ...]  # the figures that count something of this story
    negated: bool
    all_stems: frozenset[str]  # every word's stem, stop words too ('best', 'more', 'before' reverse facts)
    days: frozenset[str]  # weekdays named ('on Friday'): a day, like a figure, must be the teller's own
    common: frozenset[str]  # stems of the content words written in lower case: what is said of the names
    stages: frozenset[str]  # the stages of a case told ('charged with', 'found guilty'): see `case_stages`
    hedged: bool  # says what may be ('may end the strike'), outside quotations: lexicon.HEDGES


def case_stages(text: str) -> frozenset[str]:
    """The stages of a case a sentence tells in its own clauses (lexicon.CASE_STAGES); a 'who was arrested ...' aside
    or a quotation tells the past or someone's words, not the sentence's fact."""
    low = text.lower()
    if not any(word in low for word in _STAGE_WORDS):
        return frozenset()  # no word any stage needs (speed only)
    own = _ASIDE_CLAUSE.sub(",", outside_quotes(text))
    found = set()
    for stage, pattern in _STAGES:
        if pattern.search(own):
            found.add(stage)
            own = pattern.sub(" ", own)  # 'found not guilty' is an acquittal, not also 'guilty'
    return frozenset(found)


_STAGES = [(stage, re.compile(pattern, re.I)) for stage, pattern in CASE_STAGES]
_STAGE_WORDS = ("acquitted", "guilty", "arrested", "indicted", "charged", "pleaded", "convicted", "sentenced")
_ASIDE_CLAUSE = re.compile(r",\s*(?:who|which|whose)\b[^,]*,|,\s*(?:jailed|detained|held|arrested)\b[^,]*,", re.I)


@lru_cache(maxsize=200_000)
def wording(text: str) -> Wording:
    """The comparable parts of a sentence (cached: the same sentence is compared many times)."""
    words = _WORD.findall(compound_numbers(text))
    stems, numbers, every, days, common = set(), set(), set(), set(), set()
    counts = []
    stop = stop_words()
    for index, word in enumerate(words):
        value = scaled(words, index) if word[:1].isdigit() or word.lower() in NUMBER_WORDS else ""
        if value:
            numbers.add(value)
            if count := count_at(words, index, value):
                counts.append(count)
            continue
        lower = word.lower().strip("’'")
        stemmed = literal_stem(lower)
        every.add(stemmed)
        if len(lower) >= 2 and lower not in stop:
            stems.add(stemmed)
            if word[:1].islower():
                common.add(stemmed)
        elif lower in _WEEKDAYS and word[:1].isupper():  # a stop word to the ranker, a date to support
            days.add(lower)
    if (without := ASIDE.sub(",", text)) != text:  # '116 people, including several women ..., were killed': the
        counted = _WORD.findall(compound_numbers(without))  # count is of the killed, past the aside
        counts = [count for index, _ in enumerate(counted) if (value := scaled(counted, index))
                  and (count := count_at(counted, index, value))]
    own = outside_quotes(text)
    return Wording(frozenset(stems), frozenset(numbers), tuple(counts), bool(_NEGATION.search(own)),
                   frozenset(every), frozenset(days), frozenset(common), case_stages(text),
                   bool(_HEDGE.search(own)))


_WEEKDAYS = frozenset(WEEKDAYS)
# What may be ('may end', 'could face', 'appears to', 'apparently'); not 'could not reach' (what did not happen), 'appears
# in court', 'the full might of', or the month May.
_HEDGE = re.compile(r"\bmay\b|(?i:\bmight\b(?!\s+of\b)|\bcould\b(?!\s+not\b|n[’']t)|\b(?:appears?|appeared|seems?|seemed)\s+to\b"
                    r"|\b(?:apparently|possibly|perhaps|reportedly)\b)")
# An aside between commas after a noun (lexicon.ASIDE_OPENERS)
ASIDE = re.compile(r",\s+(?:" + "|".join(w.replace(" ", r"\s+") for w in ASIDE_OPENERS) + r")\b(?:[^,;:]|(?<=\d),(?=\d))*,")
# (a figure's thousands comma is inside the aside: ', which together employ 400,000 people,')


_TENS = frozenset({20, 30, 40, 50, 60, 70, 80, 90})


def compound_numbers(text: str) -> str:
    """A tens word and a unit word written as one number, as digits: 'Forty-one people' -> '41 people', 'twenty five
    thousand' -> '25 thousand' (its magnitude still follows); never across a comma ('Of the forty, two were ...')."""
    return _COMPOUND.sub(lambda m: str(NUMBER_WORDS[m.group(1).lower()] + NUMBER_WORDS[m.group(2).lower()]), text)


_COMPOUND = re.compile(r"\b(" + "|".join(w for w, n in NUMBER_WORDS.items() if n in _TENS) + r")[ -]("
                       + "|".join(w for w, n in NUMBER_WORDS.items() if 1 <= n <= 9) + r")\b", re.I)


def count_at(words: list[str], index: int, value: str) -> Count | None:
    """The count the figure at `index` gives, or None: a year, or a figure beside a year ('85 people killed in a
    2018 fire', a figure of another event), counts nothing of this story."""
    word = words[index]
    window = words[max(0, index - SUPPORT.count_window):index + SUPPORT.count_window + 2]
    if _YEAR.fullmatch(word) or any(_YEAR.fullmatch(w) for w in window if w is not word):
        return None
    if index and words[index - 1].lower() in BY_POSITION:
        return None  # 'the first two carriages', 'the last three days': some of them by place, not how many in all
    if any(_YEAR.fullmatch(w) and words[k - 1].lower() in ("a", "an", "the", "in", "since")
           for k, w in enumerate(words[index + 1:index + SUPPORT.other_event_window + 1], start=index + 1)):
        return None  # '85 people who were killed in a 2018 fire in Paradise': another event's count
    if any(_YEAR.fullmatch(words[k]) and words[k - 1].lower() in ("in", "since") and words[k + 1].lower() == "when"
           for k in range(1, index - 1)):
        return None  # '... since 2014, when the ferry Sewol sank and killed 304 people': that year's event
    stop = stop_words()
    after = words[index + 1:index + 5]
    following = next((w for k, w in enumerate(after[:3]) if not number_value(w) and w.lower() not in SCALE_WORDS
                      and w.lower() not in COUNT_AUXILIARIES and not _qualifier(w, after[k + 1:k + 2], stop)),
                     "")  # '850 were injured': the count is of the injured; 'six Olympic gold medals' count golds
    actions = frozenset(stem(w) for w in window if w.lower() not in stop and not number_value(w))
    unit = counted_thing(words, index, following, actions)
    if not unit:
        return None
    figure = f"{word} {value.split()[1]}" if " " in value else word  # 'seven million'
    shown = f"{figure} {following}" if following and following.lower() not in stop else figure
    lead_in = [w.lower() for w in words[max(0, index - 3):index]]
    article = lead_in[-1:] == ["a"]  # 'over a dozen'
    before = " ".join(lead_in[:-1][-2:] if article else lead_in[-2:])
    bound = next((b for b in _BOUNDS if before == b or before.endswith(" " + b)), "")
    written = f"{bound} a" if article else bound
    return Count(unit, value, actions - {unit}, f"{written} {shown}" if bound else shown, bound)  # 'more than 150 people'


def _qualifier(word: str, then: list[str], stop: frozenset[str]) -> bool:
    """A capitalised word before the noun a figure counts ('six Olympic gold medals', 'nine Olympic medals'): a
    qualifier, not the thing counted ('three Americans were hurt', '13 Israelis held in Gaza' count people; 'Two
    Phoenix police officers' are the city's, as a place's count is kept apart from another's)."""
    return word[:1].isupper() and not word.endswith("s") and word.lower() not in places() and bool(then) \
        and then[0][:1].islower() and then[0].lower() not in stop and not number_value(then[0])


_BOUND_WORDS_SET = frozenset(w for bound in _BOUNDS for w in bound.split())  # 'killed at least 22 people'


def own_state(words: list[str], index: int) -> str:
    """What the clause the figure's people open says befell them, when it is no death: '102 others are missing',
    '120 people went missing', '29 survivors have been hospitalised' (a linking verb, then the state), or the state
    right after them ('with 300 people injured and 120 people missing', 'Twelve people missing after ...') unless a
    killing verb governs the figure ('killed 22 people, injured 100 others': the next clause's verb); '' for anything
    else ('12 people reported missing')."""
    governing = next((w.lower() for w in reversed(words[max(0, index - 3):index]) if w.lower() not in _BOUND_WORDS_SET), "")
    if index + 2 < len(words) and words[index + 2].lower() in PEOPLE_STATES and governing not in KILLING_VERBS:
        return PEOPLE_STATES[words[index + 2].lower()]
    linked = False
    for word in words[index + 2:index + 6]:
        lower = word.lower()
        if lower in LINKING_VERBS:
            linked = True
            continue
        return PEOPLE_STATES.get(lower, "") if linked else ""
    return ""


def counted_thing(words: list[str], index: int, following: str, actions: frozenset[str]) -> str:
    """What the figure at `index` counts: 'toll' for the dead however worded ('killing 207 people', '89 dead',
    'the death toll rose to 106'), 'injured' for the hurt; else the stem of the word after it ('peopl', 'km')."""
    before = " ".join(words[max(0, index - SUPPORT.toll_window):index])
    lower = following.lower()
    value = number_value(words[index])
    small_thing = bool(lower) and lower not in PEOPLE_WORDS and lower not in stop_words() \
        and value.isdigit() and int(value) < 10  # 'the death toll from the collision of two (2) passenger trains'
    if lower in PEOPLE_WORDS and (state := own_state(words, index)):
        return state  # '14 people have been killed and 102 others are missing': the 102 are missing, not dead
    if lower in TOLL_WORDS or (_TOLL_BEFORE.search(before) and lower not in MEASURE_WORDS and not small_thing) \
            or _LIVES_OF.search(before) or lives_taken(words, index, before):
        return "toll"
    if _RISEN_TO.search(before) and not small_thing and lower not in MEASURE_WORDS:
        last = max((k for k in range(index) if (v := number_value(words[k])) and not (v.isdigit() and int(v) < 10)
                    and words[k + 1].lower() not in MEASURE_WORDS),
                   default=-1)  # 'the collision of two trains', 'the 6.8 magnitude quake' start no other count
        since = " ".join(words[last + 1:index])  # the toll is this figure's subject only since the last figure
        if _TOLL_BEFORE.search(since) and not _OTHER_COUNT.search(since.split("toll")[-1]):
            return "toll"
    if (lower in PEOPLE_WORDS or following[:1].isupper() and lower[:-1] in places()) and {"kill", "wound"} & actions:
        return "toll" if own_verb(words, index) == "kill" else "injured"  # ('Four Palestinians killed in ...')
    if lower in {"injured", "wounded", "hurt"}:
        return "injured"
    if not following or lower in stop_words():
        return ""
    return stem(following)


_HARM = ("kill", "wound")


def lives_taken(words: list[str], index: int, before: str) -> bool:
    """The figure at `index` counts lives taken ('claimed at least 2,000 lives') or lost ('28 miners lost their
    lives')."""
    after = [w.lower() for w in words[index + 1:index + 3]]
    if after[:1] == ["lives"] and _LIVES_TAKEN.search(before):
        return after[1:2] == [] or after[1] not in _LIVES_CLAUSE
    return bool(_LIVES_LOST.match(" ".join(words[index + 1:index + 7])))


def own_verb(words: list[str], index: int) -> str:
    """Whether the figure at `index` counts the killed or the wounded, by its own verb: the one just before it
    ('killed 5 people and wounded 12', 'killing at least 207'), else the first after it ('2,122 people were
    killed and 2,421 were injured'), else the sentence's."""
    k = index - 1
    while k >= 0 and (words[k].lower() in SCALE_WORDS or words[k].lower() == "at"):  # 'killing at least 207
        k -= 1
    if k >= 0 and stem(words[k]) in _HARM:
        return stem(words[k])
    after = [stem(w) for w in words[index + 1:index + SUPPORT.count_window + 2]]
    return next((v for v in after if v in _HARM), "") or next((v for v in _HARM if v in map(stem, words)), "")


def scaled(words: list[str], index: int) -> str:
    """The figure at `index` with its magnitude ('7 million' for 'seven million', '7million' or '7 mln'), so that
    seven million is never seven; '' when the word is no figure."""
    value = number_value(words[index])
    magnitude = MAGNITUDES.get(words[index + 1].lower(), "") if value and index + 1 < len(words) else ""
    return f"{value} {magnitude}" if magnitude else value


def amount(value: str) -> float:
    """A normalized figure as a number: '7 million' -> 7000000.0 (ValueError when it is none)."""
    figure, _, magnitude = value.partition(" ")
    return float(figure) * _FACTORS.get(magnitude, 1)


_FACTORS = {"thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12}


def number_value(word: str) -> str:
    """A figure as a comparable string, or '' when the word is not one (years are figures too; a tens and a unit
    word are digits by then: `compound_numbers`)."""
    lower = word.lower()
    if lower in NUMBER_WORDS:
        return str(NUMBER_WORDS[lower])
    if word[:1].isdigit():
        digits = word.replace(",", "").rstrip(".")
        return digits.rstrip("0").rstrip(".") if "." in digits else digits
    return ""


def supports(sentence: str, fact: str, quotation: bool = True) -> bool:
    """True when `sentence` tells the fact worded as `fact` (see the module docstring). With quotation=False a
    sentence quoting the same words differently still tells the fact (it is the same statement), though it
    cannot be cited for those words."""
    if sentence == fact:
        return True
    said, told = wording(sentence), wording(fact)
    if not told.stems:
        return False
    if len(told.stems & said.stems) < SUPPORT.min_shared_words * len(told.stems):
        return False
    if len(told.common & said.stems) < SUPPORT.min_shared_common * len(told.common):
        return False  # the same names and titles saying something else ('Jeffrey Pritzker, executive vice president
                      # of Brawner Builders, tells the Baltimore Sun' does not tell that he confirmed where the crew was)
    if not told.numbers <= said.numbers:
        return False
    if recounted(said, told):
        return False  # '8 abstentions, three null votes' does not tell 'three abstentions and eight votes ruled invalid'
    if any(literal_stem(name.lower()) not in said.stems for name in speakers_named(fact)):
        return False  # 'Abduljaleel said rescue teams were searching' is not told by a sentence that never names him
    if quotation and not carries_quotation(sentence, fact, said):
        return False  # 'The truth has meaning,' said the lawyer: not told by a sentence quoting 'The truth matters'
    if bounds_disagree(sentence, fact):
        return False  # 'for over a decade' is not told by 'for nearly a decade'
    if not spans_of_time(fact) <= spans_of_time(sentence):
        return False  # 'after months of negotiations' is not told by 'held negotiations from Monday to Friday'
    if not record_claims(fact) <= record_claims(sentence) and not same_quotation(sentence, fact):
        return False  # 'the first four-belt undisputed champion' is not told by 'has become the undisputed champion'
    if first_scopes_differ(sentence, fact) and not same_quotation(sentence, fact):
        return False  # 'the first private probe to land on the moon' is not told by 'the first U.S. moon landing'
    if not told.days <= said.days and not same_quotation(sentence, fact):
        return False  # 'on Friday' is not told by a sentence that gives no day, or Thursday (a shared quotation is
                      # the fact whatever day frames it)
    if not newsrooms_asked(fact) <= newsrooms_asked(sentence):
        return False  # 'declined to comment when contacted by Bloomberg' is not told by 'declined to comment'
    if directions_reversed(sentence, fact):
        return False  # 'travelling to Azerbaijan' is not told by 'traveling from Azerbaijan'
    if other_voices(sentence, fact) and not same_quotation(sentence, fact):
        return False  # 'Hezbollah has confirmed that its leader ... was killed' is not told by 'The Israeli military
        # said Saturday that it killed Hassan Nasrallah, the leader of the Hezbollah militant group'
    return not reverses(said, told)


def other_voices(sentence: str, fact: str) -> bool:
    """Both open on who says it, each voice named, the two share no word, and the sentence names the fact's voice as
    someone else: another voice's account of the event does not tell that this voice confirmed or announced it
    ('The Israeli military said ... the leader of the Hezbollah militant group' beside 'Hezbollah has confirmed ...';
    not 'The Israeli military said' beside 'The IDF said', one voice named two ways)."""
    mine, theirs = opening_voice(fact), opening_voice(sentence)
    return bool(mine) and bool(theirs) and not mine & theirs and bool(mine & set(content_stems(sentence))) \
        and not _speaks_for_someone(sentence)


def _speaks_for_someone(sentence: str) -> bool:
    """The sentence's voice is someone by a role, who may speak for the fact's ('Spokesman John Kirby said the
    Pentagon would ...', 'Chief executive Tim Cook said Apple's ...')."""
    return any(word.lower().strip(".,") in ROLE_NOUNS for word in _voice_words(sentence))


@lru_cache(maxsize=200_000)
def _voice_words(text: str) -> tuple[str, ...]:
    """The words before the verb a sentence opens its speech with ('The Israeli military' of 'The Israeli military
    said Saturday ...'); () when it opens on none."""
    match = _OPENING_VOICE.match(text)
    return tuple(match.group(1).split()) if match else ()


@lru_cache(maxsize=200_000)
def opening_voice(text: str) -> frozenset[str]:
    """The content stems of the voice a sentence opens on, when it names one ('Hezbollah has confirmed that ...',
    'The Israeli military said Saturday ...'); empty for an unnamed one ('Officials said', 'It said') or none."""
    words = _voice_words(text)
    named = any(word[:1].isupper() and (k > 0 or word.lower() not in stop_words() and word.lower() not in PEOPLE_WORDS
                                        and word.lower() not in ROLE_NOUNS and word.lower() not in UNNAMED_VOICES)
                for k, word in enumerate(words))
    return frozenset(stem(re.sub(r"[’']s?$", "", word.lower().strip(".,"))) for word in words
                     if word.lower() not in stop_words()) if named else frozenset()


# A sentence opening on its voice and the verb by which it speaks: 'Hezbollah has confirmed that', 'The Israeli
# military said Saturday'
_OPENING_VOICE = re.compile(r"((?:[\w’'.-]+\s+){1,5}?)(?:has\s+|have\s+|had\s+)?(?:said|says|confirmed|confirms|"
                            r"announced|announces|claimed|claims|stated|states|denied|denies|admitted|admits)\b")


@lru_cache(maxsize=200_000)
def newsrooms_asked(text: str) -> frozenset[str]:
    """The newsrooms a sentence says someone spoke to or was reached by ('told Reuters', 'contacted by Bloomberg',
    'in an interview with CNN'): only that newsroom's own report, or one naming it, tells that."""
    return frozenset(named for match in _ASKED_BY.finditer(text)
                     if (named := _known_newsroom(match.group(1))))


_ASKED_BY = re.compile(r"\b(?:told|tells|contacted\s+by|reached\s+by|interview\s+with|speaking\s+(?:to|with)|spoke\s+"
                       r"(?:to|with)|according\s+to|statement\s+to|comment\s+(?:to|from))\s+(?:the\s+)?"
                       r"((?-i:[A-Z][\w.&'’-]*)(?:\s+(?-i:[A-Z][\w.&'’-]*)){0,3})", re.I)


def _known_newsroom(name: str) -> str:
    """The outlet list's name for a run of capitalised words that is a known outlet, a weekday or a month after it
    aside ('Reuters Tuesday' -> 'Reuters'; 'Guardian Council', 'Bloomberg Philanthropies' and 'Reuters Institute'
    are no newsrooms), or ''."""
    words = [w.rstrip(".,’'") for w in name.split()]
    while words and words[-1].lower() in CALENDAR_WORDS:
        words.pop()
    return known_outlet(" ".join(words)) if words else ""


def directions_reversed(sentence: str, fact: str) -> bool:
    """One side goes to a place the other comes from ('travelling to Azerbaijan', 'traveling from Azerbaijan')."""
    mine, theirs = _directions(sentence), _directions(fact)
    return any((("from" if way == "to" else "to"), place) in mine and (way, place) not in mine for way, place in theirs)


@lru_cache(maxsize=200_000)
def _directions(text: str) -> frozenset[tuple[str, str]]:
    """('to', 'Azerbaijan') for 'travelling to Azerbaijan', ('from', ...) for 'from', outside quotations."""
    return frozenset(("from" if way == "from" else "to", place) for way, place in _DIRECTION.findall(outside_quotes(text)))


# A journey's verb (any case: 'Travelling from Azerbaijan, Durov ...'), then where to or from, the place's whole name
# ('to New York' and 'from New Delhi' are two places)
_DIRECTION = re.compile(r"\b(?i:" + "|".join(TRAVEL_VERBS) + r")\s+(?:(?:back|home|directly)\s+)?"
                        r"(to|towards|toward|into|from)\s+([A-Z][\w'’-]+(?:\s+[A-Z][\w'’-]+)*)")


@lru_cache(maxsize=200_000)
def record_claims(text: str) -> frozenset[str]:
    """The words by which a sentence ranks what it tells against all others ('first', 'only', 'largest', 'worst',
    'record'), outside quotations."""
    return frozenset(w for w in re.findall(r"[a-z]+", outside_quotes(text).lower()) if w in RECORD_WORDS)


def first_scopes_differ(sentence: str, fact: str) -> bool:
    """The fact says who or what was first ('the first private probe to land') and the sentence, first too, says it
    of something else ('the first U.S. moon landing'): for each 'first' of the fact, one of the sentence's must rank
    the same thing, its first word among the other's few ('first elected woman president' and 'first woman president'
    do; 'first female president' and 'first woman to serve as president' too)."""
    mine, theirs = first_scopes(fact), first_scopes(sentence)
    return bool(theirs) and any(not any(head in other or other_head in scope for other_head, other in theirs)
                                for head, scope in mine)


@lru_cache(maxsize=200_000)
def first_scopes(text: str) -> tuple[tuple[str, frozenset[str]], ...]:
    """What each 'first' of a sentence ranks, outside quotations: its first word and the (up to three) content words
    after it, as stems ('first private probe to land' -> ('privat', {'privat', 'probe', 'land'})); 'the first time',
    'the first day' rank nothing of their own, and 'First lady Jill Biden' no one."""
    found = []
    for match in _FIRST_SCOPE.finditer(outside_quotes(text).lower()):
        following = match.group(1).split()
        if following[0] in FIRST_TITLES or following[0] in FIRST_OF_NOTHING:
            continue
        scope = [FIRST_SCOPE_FOLD.get(stem(word), stem(word)) for word in following
                 if word not in FIRST_OF_NOTHING and word not in stop_words()][:3]
        if scope:
            found.append((scope[0], frozenset(scope)))
    return tuple(found)


_FIRST_SCOPE = re.compile(r"\bfirst(?:[\s-]+ever)?((?:\s+[a-z][\w.’'-]*){1,6})")  # 'first woman to serve as president'


def bounds_disagree(sentence: str, fact: str) -> bool:
    """One side bounds an amount from above and the other from below ('over a decade' and 'nearly a decade', 'more
    than 40' and 'almost 40'): the two say different things of it."""
    mine, theirs = bounded_amounts(sentence), bounded_amounts(fact)
    return any((amount, not above) in mine for amount, above in theirs)


@lru_cache(maxsize=200_000)
def bounded_amounts(text: str) -> frozenset[tuple[str, bool]]:
    """Each amount given with a bound, and whether the bound is from below ('more than', 'over'): ('a decade',
    True) for 'over a decade', ('40 people', False) for 'almost 40 people'."""
    return frozenset((f"{match.group(2)} {match.group(3)}", match.group(1) in _FROM_BELOW)
                     for match in _BOUNDED.finditer(text.lower()))


_BOUNDED = re.compile(r"\b(" + "|".join((*_FROM_BELOW, *_FROM_ABOVE)) + r")\s+"
                      r"(a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d[\d,.]*)\s+([a-z]+)")


def hedged_alike(sentence: str, fact: str) -> bool:
    """Both say what may be, or both what is: an outlet that reported the strike ended is not cited for 'the guild
    said its leaders may end the strike as soon as Tuesday', nor one that said it may end for 'it ended' (the two
    still tell one story's fact, so they merge; only the citation asks this)."""
    return wording(sentence).hedged == wording(fact).hedged


@lru_cache(maxsize=200_000)
def spans_of_time(text: str) -> frozenset[str]:
    """The spans of time a text gives without a figure ('after months of negotiations', 'for years'), outside
    quotations: as a figure is, each is part of the fact ('two days' is a figure, read with the numbers)."""
    own = outside_quotes(text)
    return frozenset(m.group(1).lower() for m in _SPAN.finditer(own)
                     if not any(w[:1].isdigit() or w.lower() in NUMBER_WORDS for w in own[:m.start()].split()[-3:]))


_SPAN = re.compile(r"\b(hours|days|weeks|months|years|decades)\b", re.I)  # 'for 15 consecutive days' has a figure


@lru_cache(maxsize=200_000)
def speakers_named(text: str) -> tuple[str, ...]:
    """The names a fact gives as who said it, outside quotations ('Abduljaleel said ...', '..., said Othman
    Abduljaleel'): the surname of each (a title or first name may differ between outlets)."""
    own = outside_quotes(text)
    found = [m.group(1) for m in _NAME_SAID.finditer(own)] + [m.group(1) for m in _SAID_NAME.finditer(own)]
    for match in _ROLE_SAID.finditer(own):  # 'the deputy prime minister said today': not told by a page that
        words = match.group(0).split()[1:-1]  # names no deputy (Fico's own title is 'Prime Minister')
        if words[-1] in ROLE_NOUNS:
            found += [w for w in words if w in OTHER_OFFICE]
    return tuple(dict.fromkeys(n for n in found if n.lower() not in stop_words() and n.lower() not in PEOPLE_WORDS))


_SPEECH = r"(?:" + "|".join(ATTRIBUTION_VERBS) + r")"
_NAME_SAID = re.compile(r"\b([A-Z][a-z][\w’'-]*)(?:[’']s)?\s+" + _SPEECH + r"\b")  # 'Abduljaleel said'
_ROLE_SAID = re.compile(r"\b(?:the|a|an|its|his|her|their)\s+(?:[\w’'-]+\s+){0,3}?([a-z]+)\s+" + _SPEECH + r"\b")
_SAID_NAME = re.compile(r"\b" + _SPEECH + r"\s+(?:[A-Z][\w.’'-]*\s+){0,3}?([A-Z][a-z][\w’'-]*)(?=\s*[,.;]|$)")


def recounted(said: Wording, told: Wording) -> bool:
    """The sentence gives a figure of the fact to another thing counted: the fact counts three of something the
    sentence counts eight of (and the sentence never gives three of it)."""
    return any(other.unit == count.unit and other.value != count.value
               and not any(c.unit == count.unit and c.value == count.value for c in said.counts)
               for count in told.counts for other in said.counts)


@lru_cache(maxsize=200_000)
def quoted_stems(fact: str) -> frozenset[str]:
    """Content stems of what a fact quotes (empty when it quotes no one)."""
    return wording(" ".join(_QUOTED.findall(fact))).stems


def same_quotation(sentence: str, fact: str) -> bool:
    """True when the fact quotes someone (at least three content words) and the sentence carries every word of that quote."""
    quoted = quoted_stems(fact)
    return len(quoted) >= SUPPORT.quotation_words and quoted <= wording(sentence).stems


def carries_quotation(sentence: str, fact: str, said: Wording | None = None) -> bool:
    """True when the fact quotes no one, or the sentence carries the quoted words: all of a short quotation's
    content words, and all but SUPPORT.quotation_slack of a long one's ('I offer my deepest condolences' is not
    'we immediately notified the families', however many of the other words they share), run together as one
    passage (see `in_one_run`)."""
    quoted = quoted_stems(fact)
    if not quoted:
        return True
    missing = quoted - (said or wording(sentence)).stems
    return len(missing) <= SUPPORT.quotation_slack * len(quoted) and all(
        in_one_run(passage, sentence) for passage in _QUOTED.findall(fact))


@lru_cache(maxsize=100_000)
def in_one_run(passage: str, sentence: str) -> bool:
    """The quoted words run together in the sentence, in order, give or take a few: 'paying homage to false
    feminism' is not carried by '... paying homage to Mr Tebas, and those who are paying tribute to false feminism'
    though every word of it is there, nor by '... paying tribute to false feminism' (another word of its own). Read
    in the stretch of the sentence around its longest run of the words ('we will not surrender' in '... and we will
    never surrender to them', not from an earlier 'We will'); only small words may differ."""
    wanted = _WORDS.findall(passage.lower())
    if len(wanted) < SUPPORT.quotation_words:
        return True
    have = _WORDS.findall(sentence.lower())
    longest = SequenceMatcher(None, have, wanted, autojunk=False).find_longest_match(0, len(have), 0, len(wanted))
    if not longest.size:
        return False
    slack = max(SUPPORT.quotation_gap_words, round(SUPPORT.quotation_slack * len(wanted)))
    start = max(0, longest.a - longest.b - slack)
    stretch = have[start:longest.a + len(wanted) - longest.b + slack]
    blocks = SequenceMatcher(None, stretch, wanted, autojunk=False).get_matching_blocks()
    found = {k for b in blocks for k in range(b.b, b.b + b.size)}
    missing = [w for k, w in enumerate(wanted) if k not in found]
    stop = stop_words()
    return len(missing) <= slack and all(w in stop for w in missing)  # 'tribute' for 'homage' is another quote


_WORDS = re.compile(r"\w+")


_QUOTED = re.compile(r"[\"“]([^\"”]+)[\"”]")


def variant(sentence: str, fact: str) -> str:
    """What both count differently when `sentence` tells `fact`'s event with another figure, else ''.

    Both must count the same thing (a death toll however worded, or the same word after the figure)
    for the same action ('killed eight people' and 'nine people died'); a figure that is the sum of
    the other side's parts ('113 people' against '109 people ... and four') is not a difference, nor is a figure the
    other side gives too."""
    said, told = wording(sentence), wording(fact)
    if elsewhere(sentence, fact):
        return ""  # 'two dead on Hainan' and 'four dead in Vietnam' count two places, not one toll two ways
    for count in told.counts:
        for other in said.counts:
            if count.unit != other.unit or count.value == other.value or not same_thing(count, other):
                continue
            if any(c.unit == count.unit and c.value == count.value for c in said.counts) or \
                    any(c.unit == other.unit and c.value == other.value for c in told.counts):
                continue  # both give both figures ('7 million reported ... closer to 20 million'): no difference
            if sums_to(count.value, said.numbers) or sums_to(other.value, told.numbers):
                continue
            if within_bound(count, other) or within_bound(other, count):
                continue  # 'over a dozen people' and '17 people' say one thing, one of them loosely
            if not _MAGNITUDE.search(fact + " " + sentence) and rounded_alike(count.value, other.value):
                continue  # 'about 25 miles' and '24.8 miles' are one figure, one of them rounded
            if count.unit in ("toll", "injured") and running_total(sentence) != running_total(fact):
                continue  # 'Since October, the country has recorded ... 32 deaths' is cholera's, not the sinking's 94
            if count.unit not in ("toll", "injured") and of_others(sentence, fact):
                continue  # 'Purdy completed 23 of 38 passes for 255 yards' beside Mahomes's 333: two players' counts
            if count.unit not in ("toll", "injured") and bool(counted_in(sentence)) != bool(counted_in(fact)):
                continue  # 'sentenced to 16 years in a California prison' beside 'sentenced to 23 years in prison':
                # one count is placed and the other not, so they may be two (a toll told without its place is
                # the same toll risen, see `elsewhere`)
            return count.unit
    return ""


_MAGNITUDE = re.compile(r"\bmagnitude\b", re.I)  # a magnitude 7 is 7.0, never 6.6 rounded


def running_total(text: str) -> bool:
    """A count kept over months ('Since October, the country has recorded ... 32 deaths', 'so far this year'), not
    one event's ('since Sunday, rescuers have recovered 94 bodies' is the sinking's)."""
    return bool(_RUNNING_TOTAL.search(text))


_RUNNING_TOTAL = re.compile(r"\b(?:since (?:early |late |mid-)?(?:" + "|".join(MONTHS) + r")\b|so far (?:this|in) "
                            r"(?:year|\d{4})|(?:this|last) year\b)", re.I)


def of_others(a: str, b: str) -> bool:
    """Both sentences count what someone different did ('Brock Purdy completed 23 of 38 passes' and 'Patrick Mahomes
    completed 34 of 46'): see `count_subjects`. Two accounts crediting different sources ('60 missing, Governor Josh
    Green said' and '58 missing, county officials said') name no subject and stay one count."""
    first, second = count_subjects(a), count_subjects(b)
    return bool(first) and bool(second) and not first & second


@lru_cache(maxsize=200_000)
def count_subjects(text: str) -> frozenset[str]:
    """The surnames of the people named in full before a sentence's first figure, as who did what it counts; not
    one who says it ('Governor Josh Green said 2,200 ...')."""
    head = _FIRST_FIGURE.split(text, maxsplit=1)[0]
    return frozenset(surname for surname, end in _named_in_full(head) if not _SAYS_AFTER.match(head[end:]))


def named_in_full(text: str) -> frozenset[str]:
    """The surnames of the people a sentence names with a given name ('Rams kicker Jon Pell' -> {'pell'}); an outlet
    credited ('according to the Associated Press') names no one."""
    return frozenset(surname for surname, _ in _named_in_full(text))


def _named_in_full(text: str) -> list[tuple[str, int]]:
    given = first_names()
    return [(match.group(2).lower(), match.end()) for match in _FULL_NAME.finditer(text) if match.group(1).lower() in given]


_FIRST_FIGURE = re.compile(r"\d")
_FULL_NAME = re.compile(r"\b([A-Z][a-z]+)\s+((?:Mc|Mac|O[’'])?[A-Z][a-z]+(?:-[A-Z][a-z]+)?)\b")
_SAYS_AFTER = re.compile(r"[,]?\s+(?:said|says|told|tells|announced|estimated|reported|wrote|added)\b")


def within_bound(bounded: Count, other: Count) -> bool:
    """The other figure is what a loose count means: 17 is 'over a dozen', 112 is not; 2,411 evacuated are 'more
    than 2,000' ('at least 207' against 288 is a toll that rose, an update to note)."""
    try:
        limit, figure = float(bounded.value), float(other.value)
    except ValueError:
        return False
    loose = " a dozen" in f" {bounded.shown.lower()}" or bounded.unit not in ("toll", "injured") and limit % 100 == 0
    return bounded.bound in FLOOR_BOUNDS and loose and limit < figure < 2 * limit


def rounded_alike(a: str, b: str) -> bool:
    """One figure is the other rounded half up to its own precision ('25' and '24.8'; '2.1' and '2.06'; not '25'
    and '26', nor '5' and '5.5')."""
    try:
        x, y = Decimal(repr(amount(a))), Decimal(repr(amount(b)))
    except (ValueError, ArithmeticError):
        return False
    places_a, places_b = (len(v.partition(".")[2]) for v in (a, b))
    if places_a == places_b:
        return x == y
    coarse, fine, places = (x, y, places_a) if places_a < places_b else (y, x, places_b)
    return fine.quantize(Decimal(1).scaleb(-places), rounding=ROUND_HALF_UP) == coarse


def elsewhere(a: str, b: str) -> bool:
    """The counts are of two places: both name places and none in common ('the Chinese island of Hainan', 'northern
    Vietnam'; a demonym is its country, 'Vietnamese' is Vietnam). A sentence naming no place may count the same
    one ('has risen to 288' beside '207 killed in India'): the list knows countries, not every province."""
    first, second = places_named(a), places_named(b)
    if not first or not second:
        return False
    # a count placed somewhere the other sentence never names is that place's count: 'killed at least 11 people'
    # in a story of central Europe against 'the death of six people in Romania's Galati County'
    return not first & second or not counted_in(a) <= second or not counted_in(b) <= first


@lru_cache(maxsize=200_000)
def counted_in(text: str) -> frozenset[str]:
    """The known places a sentence puts its figures in: 'six people in Romania's Galati County' -> {'roma'}; a year or
    a day of a month is no figure ('began on March 5 in Paris', 'started in 2023 in California')."""
    return frozenset(place for match in _COUNTED_IN.finditer(text) if not _MONTH_BEFORE.search(text[:match.start()])
                     and not _YEAR_AFTER.match(text, match.start())
                     for place in places_named(_POSSESSIVE_S.sub("", match.group(1))))


_COUNTED_IN = re.compile(r"\b(?:\d[\d,.]*|(?i:" + "|".join(NUMBER_WORDS) + r"))(?:\s+[a-z][\w-]*){0,3}\s+"
                         r"(?:in|across|throughout)\s+(?:(?:the|a|an)\s+)?((?:[A-Z][\w’'-]*\s*){1,4})")


@lru_cache(maxsize=200_000)
def places_named(text: str) -> frozenset[str]:
    """The known places a text names, each by its first four letters ('Vietnam', 'Vietnamese' -> 'viet'; 'the
    Turkey-Syria earthquake' names both)."""
    known = places()
    return frozenset(part.lower()[:4] for word in _CAPITALISED.findall(text) for part in _joined_places(word, known)
                     if part.lower() in known)


def _joined_places(word: str, known: frozenset[str]) -> list[str]:
    """A capitalised word, or its parts when it joins places with a hyphen ('Turkey-Syria')."""
    return [word] if word.lower() in known or "-" not in word else word.split("-")


_CAPITALISED = re.compile(r"\b[A-Z][a-z]+(?:[-’'][A-Za-z]+)?\b")
_POSSESSIVE_S = re.compile(r"[’']s\b")
_MONTH_BEFORE = re.compile(r"\b(?:" + "|".join(m[:3] for m in MONTHS) + r")[a-z]*\.?\s+$", re.I)  # 'March 5', 'Sept. 5 in Paris': a day
_YEAR_AFTER = re.compile(r"(?:1[89]|20)\d\d\s+(?:in|on|at)\b")  # 'started in 2023 in California' (not '2000 people in ...')


def shares_count(sentence: str, fact: str) -> bool:
    """True when both give the same figure for the same thing counted ('killed 207 people', 'toll of 207')."""
    said, told = wording(sentence), wording(fact)
    return any(count.unit == other.unit and count.value == other.value and same_thing(count, other)
               for count in told.counts for other in said.counts)


def figureless_toll(sentence: str) -> bool:
    """A sentence that speaks of a toll and gives no figure ('The death toll from Friday's earthquake has
    increased', 'a significant increase in the casualties'): it says a count changed, not what it is."""
    return bool(_COUNT_NOUN.search(sentence)) and not wording(sentence).numbers


_COUNT_NOUN = re.compile(r"\b(?:toll|casualties|fatalities|number of (?:dead|deaths|victims|people))\b", re.I)


def names_a_year(sentence: str) -> bool:
    """A year in the sentence ('In August 1995, ...'): a figure beside it may be another event's."""
    return bool(_A_YEAR.search(sentence))


_A_YEAR = re.compile(r"\b" + _YEAR.pattern + r"\b")


def highest_toll(sentence: str) -> float:
    """The largest death toll a sentence gives (0 when it gives none). A toll only rises as bodies are found, so
    of two reports of one toll the higher is the later."""
    return max((amount(c.value) for c in wording(sentence).counts if c.unit == "toll"), default=0.0)


def toll_is_bound(sentence: str) -> bool:
    """The sentence's highest toll is an estimate's upper bound ('as many as 20 people are dead', 'up to 20'), not
    a count."""
    toll = highest_toll(sentence)
    return bool(toll) and any(number_value(m.group(1)) and amount(scaled([m.group(1), ""], 0)) == toll
                              for m in _UPPER_BOUND.finditer(compound_numbers(sentence)))


_UPPER_BOUND = re.compile(r"\b(?:as many as|up to)\s+([\w,.]+)", re.I)


def says_toll_rose(text: str) -> bool:
    """The sentence says the death toll itself rose to a figure ('The death toll from the powerful earthquake in Taiwan
    has risen to 10 as of Friday morning'), outside quotations: not a temperature that rose, nor a province's part."""
    return bool(_TOLL_ROSE.search(outside_quotes(text)))


_TOLL_ROSE = re.compile(r"\b(?:death\s+toll|number\s+of\s+(?:dead|deaths|victims|fatalities))\b[^.;,]{0,60}?\b(?:"
                        + "|".join(sorted(RISE_VERBS)) + r")\s+to\s+(?:at\s+least\s+)?\d", re.I)


def revised_figures(sentences: list[str]) -> frozenset[float]:
    """Figures a story says were revised ('Authorities revised the confirmed death toll from 79 ...', 'down from
    80'): a report giving one is out of date, whether the count went up or down."""
    found = set()
    for text in sentences:
        for match in _REVISED_FROM.finditer(compound_numbers(text)):
            value = number_value(match.group(1))
            if value and any(w in TOLL_WORDS for w in re.findall(r"[a-z]+", match.group(0).lower())):
                found.add(amount(value))
    return frozenset(found)


def out_of_date(text: str, revised: frozenset[float]) -> bool:
    """Every toll a sentence gives is one the story says was revised ('at least 79 people have died'); a sentence
    giving the revision too ('revised the toll from 79 to 78') is not out of date."""
    tolls = {amount(c.value) for c in wording(text).counts if c.unit == "toll"}
    return bool(tolls) and tolls <= revised


# 'revised the confirmed death toll from 79', 'the toll, down from 80': a toll word within the revision
_REVISED_FROM = re.compile(r"\b(?:(?:revis|correct|lower|rais|adjust|updat)\w*\b[^.;]{0,60}?|(?:down|up))"
                           r"\s+from\s+(?:an?\s+|the\s+)?(?:earlier\s+|previous\s+|initial\s+)?(\d[\d,]*)\b", re.I)


def shown_counts(sentence: str, unit: str) -> list[str]:
    """The figures a sentence gives for a thing counted, as written ('207 people')."""
    return [count.shown for count in wording(sentence).counts if count.unit == unit]


def same_thing(a: Count, b: Count) -> bool:
    """Two counts of one unit count one thing: a toll is a toll; otherwise they need one action in common."""
    return a.unit in ("toll", "injured") or same_action(a.actions, b.actions)


def same_action(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two counts are of one action when they share an action word (kill/die, wound/injure), or, with no
    action word on either side, two words of their surroundings."""
    verbs_a, verbs_b = a & action_stems(), b & action_stems()
    if verbs_a and verbs_b:
        return bool(verbs_a & verbs_b)
    return len(a & b) >= 2


def sums_to(total: str, parts: frozenset[str]) -> bool:
    """True when two of the figures add up to `total`."""
    try:
        wanted, values = amount(total), [amount(p) for p in parts]
    except ValueError:
        return False
    return any(a + b == wanted for i, a in enumerate(values) for b in values[i + 1:])


def reverses(said: Wording, told: Wording) -> bool:
    """One side says the opposite: a negation only one has, a word whose opposite the other has, or another stage
    of a case ('charged' against 'convicted')."""
    if said.negated != told.negated:
        return True
    if said.stages and told.stages and not told.stages & said.stages:
        return True
    said_words, told_words = said.all_stems, told.all_stems
    for a, b in _OPPOSITE_STEMS:
        if (a in said_words and b in told_words and b not in said_words) or \
                (b in said_words and a in told_words and a not in said_words):
            return True
    return False
