"""Editorial sections: who is who, who said what, what only one outlet has, where outlets differ, and when.

Each finder works on the merged items (and the sources they come from) and returns
candidates; the pipeline places them under the word budget, one fact in one place.
Every finder prefers saying nothing to guessing: a quote without a resolvable speaker,
a date it cannot resolve, or two numbers that are not about the same thing are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, timedelta
from functools import lru_cache

from briefing.ingest import sentences_before
from briefing.merge import standalone
from briefing.model import Item, Sentence, Source
from briefing.vectors import stem, stop_words

# Words that end a role: "Kremlin foreign policy aide", "Russian foreign ministry spokeswoman".
TITLE_NOUNS = {
    "president", "spokeswoman", "spokesman", "spokesperson", "aide", "adviser", "advisor", "envoy", "secretary",
    "minister", "commander", "chief", "general", "head", "leader", "official", "ambassador", "director", "chancellor",
    "mayor", "governor", "senator", "representative", "king", "queen", "pope", "premier", "diplomat", "negotiator",
    "analyst", "lawmaker", "prosecutor", "judge", "mp", "congressman", "congresswoman", "speaker", "chairman", "ceo",
}
ABBREVIATED_TITLES = {"mr", "mrs", "ms", "dr", "gen", "lt", "col", "maj", "sen", "rep", "gov", "sgt", "capt", "adm"}
# Capitalized words that begin names of places, bodies and nationalities, not people.
NOT_FIRST_NAMES = {
    "the", "a", "an", "us", "u.s", "uk", "un", "eu", "nato", "white", "north", "south", "east", "west", "new", "saudi",
    "united", "russian", "ukrainian", "american", "european", "british", "french", "german", "chinese", "kremlin",
    "oval", "world", "state", "national", "defense", "defence", "foreign", "northern", "southern", "institute",
    "security", "pentagon", "moscow", "kyiv", "washington", "russia", "ukraine", "china", "india", "brazil", "africa",
    "on", "in", "at", "by", "for", "but", "and", "as", "when", "meanwhile", "previously", "speaking", "referring",
    "wearing", "dressed", "setting", "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
    "january", "february", "march", "april", "may", "june", "july", "august", "september", "october", "november",
    "december", "treasury", "telegram", "associated", "press", "cbs", "cnn", "afp", "ap", "reuters", "bbc", "ria",
    "it", "he", "she", "they", "we", "i", "this", "that", "there", "his", "her", "its", "our", "their",
    "crimea", "kursk", "sudzha", "sumy", "vnukovo", "suspilne", "operational", "command", "ministry", "air", "force",
    "major", "general", "gen", "maj", "mr", "mrs", "ms", "dr", "president", "secretary", "minister", "prime",
    "adviser", "advisor", "spokesman", "spokeswoman", "envoy", "aide", "chief", "commander", "senator", "governor",
}
SPEECH_VERBS = r"(?:said|says|told|added|noted|warned|wrote|stated|insisted|argued|claimed|explained|declared|asked|responded|replied|complained|reaffirmed)"
_NAME = r"(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?)"
_CAPITALIZED_RUN = re.compile(r"\b[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)+")
_QUOTE = re.compile(r"[“\"]([^”\"]{12,}?)[”\"]")
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she)\s+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}\s+(?:he|she)\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
EXCLUSIVE_ECHO = 0.12  # an item without a new name is exclusive only if no other voice says anything this close
_NOTABLE = re.compile(r"\b(?:[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)*|\$?\d[\d,.]*\d|\d)\b")
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"


@dataclass
class Person:
    """Someone the sources name, with the role they give and the outlets that name them."""

    name: str
    key: str
    roles: Counter = field(default_factory=Counter)
    spellings: Counter = field(default_factory=Counter)
    outlets: set[str] = field(default_factory=set)
    mentions: int = 0

    @property
    def role(self) -> str:
        """The most specific role that covers what most sources say ('Kremlin foreign policy aide' covers 'Kremlin aide')."""
        if not self.roles:
            return ""

        def words(role: str) -> set[str]:
            return set(role.lower().split())

        def support(role: str) -> int:
            return sum(count for other, count in self.roles.items() if words(other) <= words(role))

        return max(self.roles, key=lambda r: (support(r), len(r)))


def surname_key(name: str) -> str:
    """A spelling-tolerant key for a surname: 'Zelenskyy' and 'Zelensky' both give 'zelensk'."""
    word = name.split()[-1].lower()
    word = re.sub(r"(.)\1+", r"\1", word)
    return re.sub(r"(?:iy|yi|y|i)$", "", word)


def names_in(text: str) -> list[tuple[str, int, int]]:
    """Personal names in a text with their spans: the tail of a capitalized run after titles and places
    ('Russian President Vladimir Putin' -> 'Vladimir Putin')."""
    found = []
    for match in _CAPITALIZED_RUN.finditer(text):
        tokens = match.group(0).split()
        offsets = [m.start() + match.start() for m in re.finditer(r"\S+", match.group(0))]
        first = 0
        while first < len(tokens) and (tokens[first].lower().strip("’'.,").removesuffix("’s") in NOT_FIRST_NAMES
                                       or tokens[first].lower() in TITLE_NOUNS):
            first += 1
        tail = [re.sub(r"[’']s$", "", t.rstrip(",.;:")) for t in tokens[first:]]
        if 2 <= len(tail) <= 3 and is_person_name(" ".join(tail)) and all(re.fullmatch(_NAME, t) for t in tail):
            name = " ".join(tail)
            found.append((name, offsets[first], offsets[first] + len(name)))
    return found


def is_person_name(candidate: str) -> bool:
    """A plausible personal name: two or three capitalized words, none a place, body or function word."""
    tokens = candidate.split()
    return 2 <= len(tokens) <= 3 and not any(t.lower().strip("’'") in NOT_FIRST_NAMES for t in tokens)


def find_people(sources: list[Source]) -> dict[str, Person]:
    """Everyone named with a first name and surname, merged across spellings, with roles from appositions."""
    people: dict[str, Person] = {}
    for source in sources:
        for sentence in source.sentences:
            for name, start, end in names_in(sentence.text):
                key = surname_key(name)
                person = people.setdefault(key, Person(name, key))
                person.spellings[name] += 1
                person.mentions += 1
                person.outlets.add(source.outlet)
                role = role_around(sentence.text, start, end)
                if role:
                    person.roles[role] += 1
    for person in people.values():
        person.name = max(person.spellings.items(), key=lambda kv: (kv[1], len(kv[0])))[0]
    # A surname that is never named with an honorific, role or speech verb is likely not a person.
    return {k: p for k, p in people.items() if p.roles or p.mentions >= 2}


def role_around(text: str, start: int, end: int) -> str:
    """The role a sentence gives a name: 'Kremlin aide Yuri Ushakov' or 'Yuri Ushakov, Putin's foreign policy adviser,'."""
    before = text[:start].split()
    role: list[str] = []
    for word in reversed(before[-7:]):
        bare = word.strip(",;:“”\"()").lower()
        if word.endswith((",", ";", ":", "“", "\"")) or bare in {"the", "a", "an", "and", "said", "that", "of", "with", "by",
                                                             "to", "on", "in", "for", "from", "as", "when", "while"}:
            break
        role.insert(0, word.strip("“”\"()"))
    while role and role[-1].lower().rstrip(".") in ABBREVIATED_TITLES:
        role = role[:-1]
    if not role:
        # An apposition before the name: "Ukraine's top military head, Gen. Oleksandr Syrskyi, said".
        head = re.search(r"(?:^|[,;:]\s|\b(?:and|as|while)\s)([^,;:]{3,60}),\s+(?:(?:[A-Z][a-z]{0,3}\.|[A-Z][a-z]+)\s+){0,2}$",
                         text[:start])
        if head and any(w.lower().strip("’s") in TITLE_NOUNS for w in head.group(1).split()):
            return head.group(1).strip()
    if role and any(w.lower() in TITLE_NOUNS for w in role):
        return " ".join(role)
    after = re.match(r",\s+((?:the\s+)?[^,.;“”\"]{3,70}?),", text[end:])
    if after:
        phrase = after.group(1)
        words = phrase.lower().replace("’s", "").split()
        if any(w in TITLE_NOUNS for w in words) and not re.search(SPEECH_VERBS + r"|\b(?:who|which|was|is|has)\b", phrase):
            return phrase
    return ""


# --- quotes ---------------------------------------------------------------------------


@dataclass
class Quote:
    """A direct quote with its speaker, from one item."""

    text: str
    speaker: Person
    item: Item


_SUBJECT_SPEAKS = re.compile(rf"({_NAME}(?:\s+{_NAME}){{0,2}})(?:,[^,]{{0,80}},)?\s+{SPEECH_VERBS}\b")
_VERB_THEN_NAME = re.compile(rf"\b{SPEECH_VERBS}\s+((?:[\w.’'-]+\s+){{0,5}}?)({_NAME}(?:\s+{_NAME}){{0,2}})")
_NOT_A_ROLE = {"with", "to", "by", "from", "after", "following", "about", "at", "in", "on", "for", "that", "he", "she",
               "it", "they", "would", "will", "was", "is", "had", "has", "of"}


def speaker_of(sentence: Sentence, previous: Sentence | None, people: dict[str, Person]) -> Person | None:
    """Who speaks the quotes in a sentence: a named person who is the subject of a speech verb outside
    the quotes ('Zakharova said', 'said spokeswoman Maria Zakharova'), else 'he said' resolved to the
    one person named in the previous sentence. None when that is ambiguous."""
    outside = _QUOTE.sub(" ", sentence.text)
    for match in _SUBJECT_SPEAKS.finditer(outside):
        if person := people.get(surname_key(match.group(1))):
            return person
    for match in _VERB_THEN_NAME.finditer(outside):
        between = {w.lower() for w in match.group(1).split()}
        if not between & _NOT_A_ROLE and (person := people.get(surname_key(match.group(2)))):
            return person
    if _PRONOUN_SPEAKER.search(outside) and previous is not None:
        earlier = {surname_key(name) for name, _, _ in names_in(previous.text)}
        earlier |= {surname_key(m.group(1)) for m in _SUBJECT_SPEAKS.finditer(_QUOTE.sub(" ", previous.text))}
        candidates = [people[k] for k in earlier if k in people]
        if len(candidates) == 1:  # unambiguous only
            return candidates[0]
    return None


def find_quotes(items: list[Item], sources: list[Source], people: dict[str, Person]) -> list[Quote]:
    """Direct quotes (eight words or more) whose speaker is known, one per item, best items first."""
    previous = sentences_before(sources)
    quotes = []
    for item in sorted(items, key=lambda i: -i.score):
        for member in item.members:
            spans = [q.strip(" ,.") for q in _QUOTE.findall(member.text) if len(q.split()) >= 8]
            if not spans:
                continue
            speaker = speaker_of(member, previous.get((member.source_id, member.position)), people)
            if speaker is not None:
                quotes.append(Quote(max(spans, key=len), speaker, item))
                break
    return quotes


def quote_line(quote: Quote) -> dict:
    """'“…” — Maria Zakharova, Russian foreign ministry spokeswoman' with the item's outlets."""
    who = quote.speaker.name + (f", {quote.speaker.role}" if quote.speaker.role else "")
    return {"text": f"“{quote.text}” — {who}", "citation": ", ".join(quote.item.outlets)}


def people_lines(people: dict[str, Person], limit: int) -> list[dict]:
    """'Yuri Ushakov — Kremlin foreign policy aide', most mentioned first."""
    ranked = sorted(people.values(), key=lambda p: (-len(p.outlets), -p.mentions, p.name))
    return [{"text": f"{p.name} — {p.role}" if p.role else p.name, "citation": ", ".join(sorted(p.outlets, key=str.lower))}
            for p in ranked[:limit]]


# --- exclusives -----------------------------------------------------------------------


def find_exclusives(items: list[Item], voice_of: dict[str, str], echoed: Callable[[Item], float],
                    sources: list[Source]) -> list[Item]:
    """Notable facts only one voice reported: told by one voice, standalone, and either naming someone
    or something (a name, a number) no other voice mentions, or echoed by no other voice's sentence.
    Ranked by how much is new in them, then by how early their outlet put them."""
    words_of: dict[str, set[str]] = {}
    for source in sources:
        words_of.setdefault(voice_of[source.id], set()).update(
            w for s in source.sentences for w in _NOTABLE.findall(s.text))
    found = []
    for item in items:
        voices = {voice_of[m.source_id] for m in item.members}
        if len(voices) != 1 or not standalone(item.text):
            continue
        elsewhere = set().union(*(words for voice, words in words_of.items() if voice not in voices))
        novel = {w for w in _NOTABLE.findall(item.text.split(" ", 1)[-1]) if w not in elsewhere}
        if novel or echoed(item) < EXCLUSIVE_ECHO:
            best_position = min(m.position for m in item.members)
            found.append((min(len(novel), 3), -best_position, item))
    return [item for *_, item in sorted(found, key=lambda f: (-f[0], -f[1]))]


# --- differences ----------------------------------------------------------------------

NUMBER_WORDS = {w: n for n, w in enumerate(
    "zero one two three four five six seven eight nine ten eleven twelve thirteen fourteen fifteen sixteen seventeen "
    "eighteen nineteen twenty".split())}
_COUNT = re.compile(r"(?<![\w.])(\$?\d[\d,.]*|" + "|".join(NUMBER_WORDS) + r")\b(\s*(?:%|percent|billion|million|thousand))?"
                    r"[\s-]+(?:more\s+|other\s+)?([A-Za-z]+)", re.I)
_DAY = re.compile(r"\b(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b")


@dataclass
class Difference:
    """One fact told two ways: what differs and each outlet's sentence."""

    facet: str
    first: Sentence
    second: Sentence
    item: Item  # the fact the first account belongs to
    other: Item  # the fact the second account belongs to (the same item when both were merged)


def find_differences(items: list[Item], voice_of: dict[str, str], people: dict[str, Person]) -> list[Difference]:
    """Two accounts of one event, from different voices, that give different numbers or days for it.

    Accounts of one event are the members of one merged fact, or two sentences that name the same
    two people. Only facets both accounts state are compared, so an omission is never called a
    conflict."""
    found: list[Difference] = []
    seen: set[tuple[int, int]] = set()
    for item in items:
        accounts = one_per_voice([(item, m) for m in item.members], voice_of)
        for a_index, (_, a) in enumerate(accounts):
            for _, b in accounts[a_index + 1:]:
                if facet := differing_facet(a.text, b.text):
                    found.append(Difference(facet, a, b, item, item))
                    seen.add((id(a), id(b)))
    by_pair: dict[tuple[str, str], list[tuple[Item, Sentence]]] = {}
    for item in items:
        for member in item.members:
            named = sorted(people_named(member.text, people))
            for k, first in enumerate(named):
                for second in named[k + 1:]:
                    by_pair.setdefault((first, second), []).append((item, member))
    for group in by_pair.values():
        accounts = one_per_voice(sorted(group, key=lambda pair: -pair[0].score), voice_of)
        for k, (item_a, a) in enumerate(accounts):
            for item_b, b in accounts[k + 1:]:
                if (id(a), id(b)) in seen or (id(b), id(a)) in seen:
                    continue
                if facet := differing_facet(a.text, b.text):
                    found.append(Difference(facet, a, b, item_a, item_b))
                    seen.add((id(a), id(b)))
    return sorted(found, key=lambda d: -max(d.item.score, d.other.score))


def one_per_voice(accounts: list[tuple[Item, Sentence]], voice_of: dict[str, str]) -> list[tuple[Item, Sentence]]:
    """The first account of each voice (copies of one voice's story cannot contradict each other)."""
    seen: set[str] = set()
    out = []
    for item, sentence in accounts:
        voice = voice_of[sentence.source_id]
        if voice not in seen:
            seen.add(voice)
            out.append((item, sentence))
    return out


def people_named(text: str, people: dict[str, Person]) -> set[str]:
    """Keys of the known people a text names, by full name or surname alone."""
    words = {surname_key(w) for w in re.findall(r"[A-Z][a-z]+(?:[-’'][A-Z]?[a-z]+)?", text)}
    return words & people.keys()


def differing_facet(a: str, b: str) -> str:
    """'number' when both sentences count the same thing (the word after the number) differently,
    'day' when each names one different day; else ''."""
    (counts_a, days_a), (counts_b, days_b) = facets(a), facets(b)
    for unit in counts_a.keys() & counts_b.keys():
        if not counts_a[unit] & counts_b[unit]:
            return "number"
    if len(days_a) == 1 and len(days_b) == 1 and days_a != days_b:
        return "day"
    return ""


def facets(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    """What a sentence counts (outside quotes; years aside; 'nine' is 9), by the thing counted,
    and the day names it states: ({'peopl': {'9'}}, {'Thursday'})."""
    return _facets(text)


@lru_cache(maxsize=100_000)
def _facets(text: str) -> tuple[dict[str, frozenset[str]], frozenset[str]]:
    counts: dict[str, set[str]] = {}
    for number, _, word in _COUNT.findall(_QUOTE.sub(" ", text)):
        value = str(NUMBER_WORDS[number.lower()]) if number.lower() in NUMBER_WORDS else _normalize_number(number)
        if value and word.lower() not in stop_words():
            counts.setdefault(stem(word), set()).add(value)
    return {unit: frozenset(values) for unit, values in counts.items()}, frozenset(_DAY.findall(text))


def _normalize_number(text: str) -> str:
    digits = re.sub(r"[^\d.]", "", text).rstrip(".")
    return digits if digits and not re.fullmatch(r"(?:19|20)\d\d", digits) else ""


def difference_lines(difference: Difference, outlet_of: dict[str, str]) -> list[dict]:
    """The two versions side by side, each led by the value it gives and ending with its outlet."""
    lines = []
    for sentence in (difference.first, difference.second):
        values = facet_values(sentence.text, difference.facet)
        lead = f"{' / '.join(values)}: " if values else ""
        lines.append({"text": f"{lead}{sentence.text}", "citation": outlet_of[sentence.source_id]})
    return lines


def difference_note(difference: Difference, outlet_of: dict[str, str]) -> str:
    """'accounts differ: eight (Reuters); nine (AFP)' for one fact told two ways."""
    parts = []
    for sentence in (difference.first, difference.second):
        values = " / ".join(facet_values(sentence.text, difference.facet))
        parts.append(f"{values} ({outlet_of[sentence.source_id]})")
    return "accounts differ: " + "; ".join(parts)


def facet_values(text: str, facet: str) -> list[str]:
    """The values a sentence gives for a facet ('Wednesday'; 'nine people')."""
    if facet == "day":
        return sorted(set(_DAY.findall(text)))
    return [f"{number}{scale or ''} {word}" for number, scale, word in _COUNT.findall(_QUOTE.sub(" ", text))
            if word.lower() not in stop_words()]


# --- timeline -------------------------------------------------------------------------


def story_date(sources: list[Source]) -> date | None:
    """The date day names are resolved against: the latest known article date."""
    dates = sorted(s.date for s in sources if s.date)
    return date.fromisoformat(dates[-1]) if dates else None


_BACKGROUND = re.compile(r"\b(?:since|sparked by|began|begun|started|ago|anniversary|invasion|invaded)\b[^.;]{0,40}$"
                         r"|(?:\b(?:where|which|who|whose)\b|--|—)[^,;]{0,60}$", re.I)


def event_date(text: str, reference: date | None) -> tuple[date, str] | None:
    """When a sentence says its event happened, resolved against the article date, with the precision shown.
    A date that only dates the background ('the war sparked by the invasion on Feb. 24, 2022') is not the event's."""
    for match in re.finditer(rf"\b({_MONTH})\s+\d{{1,2}},?\s+\d{{4}}\b|\b(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b"
                             rf"|\b{_MONTH}\s+\d{{1,2}}\b|\blast [A-Z][a-z]+\b", text):
        if _BACKGROUND.search(text[:match.start()]):
            return None
        return resolve_date(match.group(0), reference)
    return None


def resolve_date(text: str, reference: date | None) -> tuple[date, str] | None:
    """A date expression ('Feb. 24, 2022', 'Tuesday', 'March 3', 'last August') as a date and its precision."""
    if match := re.search(rf"\b({_MONTH})\s+(\d{{1,2}}),?\s+(\d{{4}})\b", text):
        month = _month_number(match.group(1))
        if month:
            return date(int(match.group(3)), month, int(match.group(2))), "day"
    if reference is None:
        return None
    if match := re.search(r"\b(?:late |early )?(Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b", text):
        weekday = WEEKDAYS.index(match.group(1).lower())
        back = (reference.weekday() - weekday) % 7
        return reference - timedelta(days=back), "day"
    if match := re.search(rf"\b({_MONTH})\s+(\d{{1,2}})\b(?!,?\s*\d{{4}})", text):
        month = _month_number(match.group(1))
        if month and 1 <= int(match.group(2)) <= 31:
            year = reference.year if (month, int(match.group(2))) <= (reference.month, reference.day) else reference.year - 1
            return date(year, month, int(match.group(2))), "day"
    if match := re.search(r"\blast (January|February|March|April|May|June|July|August|September|October|November|December)\b", text):
        month = MONTHS.index(match.group(1).lower()) + 1
        year = reference.year if month < reference.month else reference.year - 1
        return date(year, month, 1), "month"
    return None


def _month_number(text: str) -> int:
    prefix = text.lower()[:3]
    return next((i + 1 for i, m in enumerate(MONTHS) if m.startswith(prefix)), 0)


def find_timeline(items: list[Item], sources: list[Source]) -> list[tuple[date, str, Item]]:
    """Items that say when they happened, with their resolved date and precision."""
    reference = story_date(sources)
    dated = []
    for item in items:
        resolved = event_date(item.text, reference)
        if resolved and standalone(item.text):
            dated.append((resolved[0], resolved[1], item))
    return dated


def timeline_label(when: date, precision: str) -> str:
    """'Tue 11 Mar 2025' or 'Aug 2024'."""
    return when.strftime("%b %Y") if precision == "month" else when.strftime("%a %-d %b %Y")
