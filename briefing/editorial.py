"""Editorial finders: who is named (and their roles), who said what, and when events happened.

Each finder works on the merged items and the story index and returns candidates; the
section kinds (briefing/sections/) place them under the word budget, one fact in one place.
Every finder prefers saying nothing to guessing: a quote without a resolvable speaker,
a date it cannot resolve, or two numbers that are not about the same thing are left out.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from datetime import date, timedelta

from briefing.model import Item, Sentence, Source
from briefing.wording import QUOTE, standalone

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
_PRONOUN_SPEAKER = re.compile(rf"\b(?:he|she)\s+{SPEECH_VERBS}\b|\b{SPEECH_VERBS}\s+(?:he|she)\b", re.I)
WEEKDAYS = ["monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday"]
MONTHS = ["january", "february", "march", "april", "may", "june", "july", "august", "september", "october",
          "november", "december"]
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
    outside = QUOTE.sub(" ", sentence.text)
    for match in _SUBJECT_SPEAKS.finditer(outside):
        if person := people.get(surname_key(match.group(1))):
            return person
    for match in _VERB_THEN_NAME.finditer(outside):
        between = {w.lower() for w in match.group(1).split()}
        if not between & _NOT_A_ROLE and (person := people.get(surname_key(match.group(2)))):
            return person
    if _PRONOUN_SPEAKER.search(outside) and previous is not None:
        earlier = {surname_key(name) for name, _, _ in names_in(previous.text)}
        earlier |= {surname_key(m.group(1)) for m in _SUBJECT_SPEAKS.finditer(QUOTE.sub(" ", previous.text))}
        candidates = [people[k] for k in earlier if k in people]
        if len(candidates) == 1:  # unambiguous only
            return candidates[0]
    return None


def find_quotes(items: list[Item], previous: dict[tuple[str, int], Sentence | None],
                people: dict[str, Person]) -> list[Quote]:
    """Direct quotes (eight words or more) whose speaker is known, one per item, best items first."""
    quotes = []
    for item in sorted(items, key=lambda i: -i.score):
        for member in item.members:
            spans = [q.strip(" ,.") for q in QUOTE.findall(member.text) if len(q.split()) >= 8]
            if not spans:
                continue
            speaker = speaker_of(member, previous.get((member.source_id, member.position)), people)
            if speaker is not None:
                quotes.append(Quote(max(spans, key=len), speaker, item))
                break
    return quotes


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
