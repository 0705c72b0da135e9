"""Who said it: direct quotations and their speakers, precision first.

A quotation's speaker comes from its own sentence: a speech verb outside the quotation marks
whose subject is a name ('"…," Zakharova said', 'said spokeswoman Maria Zakharova'), a role
('a police spokesman said') or a pronoun ('he told reporters'). A pronoun is resolved only from
an unambiguous antecedent: the subject of the nearest earlier sentence with narrative text
(sentences that are all quotation are skipped), when that sentence names no other person or
human role outside its quotes and the pronoun's gender does not contradict what is known. A
quotation that fills its sentence and directly follows an attributed one continues it (the
news convention for quotes running over paragraphs). Anything else is unattributed.

Role-only speakers ('a resident said') come back with `speaker=None` and `role` set: the
section may show them as '— a resident' but never under a person's name.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from briefing import lexicon as lx
from briefing.model import Sentence, Source
from briefing.people import NameIndex, NameSpan, Person, Token, index_people, mentions_in, tokenize
from briefing.vectors import stop_words

LOOKBACK = 8  # sentences `quotes_in` reads before its sentence (open quotes, antecedents)
ANTECEDENT_REACH = 6  # all-quote sentences skipped while looking for a pronoun's antecedent
MAX_FILLERS = 3  # words allowed between a subject and its speech verb ("Putin on Thursday said")

_OPENERS = "“„«"
_CLOSERS = "”»"
_DETERMINERS = frozenset({"a", "an", "the", "one", "another", "his", "her", "its", "their"})
_OTHER_SUBJECTS = frozenset({"i", "we", "they", "it", "you", "this", "that", "who", "which"})
_PRONOUNS = frozenset({"he", "she"})


@dataclass
class Quote:
    """A direct quotation and who said it."""

    text: str  # the quoted words, without the marks, joined over the sentences it spans
    sentences: list[Sentence] = field(default_factory=list)  # the sentences it spans, in order
    speaker: Person | None = None
    role: str = ""  # the speaker as the sentence names them ("a police spokesman") when there is no name
    how: str = ""  # "named", "pronoun", "continued", "role-only", or "" when unattributed


# --- quotation marks --------------------------------------------------------------------


def _spans(text: str, open_at_start: bool) -> tuple[list[tuple[int, int, bool]], bool]:
    """Quoted spans (start, end, opened here) of one sentence, and whether a quotation is still open at its end.
    Curly, straight and mixed marks ('“…,"') pair up; an apostrophe never closes a double quotation."""
    spans = []
    inside, kind, start, opened_here = open_at_start, '"', 0, False
    for i, ch in enumerate(text):
        before = text[i - 1] if i else " "
        after = text[i + 1] if i + 1 < len(text) else " "
        if not inside:
            if ch in _OPENERS or (ch == '"' and (before.isspace() or before in "([—–-:")):
                inside, kind, start, opened_here = True, '"', i + 1, True
            elif ch == "‘" and (before.isspace() or before in "([—–") and after.isalpha():
                inside, kind, start, opened_here = True, "'", i + 1, True
        elif kind == '"' and (ch in _CLOSERS or ch == '"'):
            spans.append((start, i, opened_here))
            inside = False
        elif kind == '"' and ch in _OPENERS and not text[start:i].strip():
            start = i + 1  # a doubled opening mark
        elif kind == "'" and ch == "’" and not after.isalpha() and (before in ",.?!…" or after in ",.;:?! —" or i + 1 == len(text)):
            spans.append((start, i, opened_here))
            inside = False
    if inside:
        spans.append((start, len(text), opened_here))
    return spans, inside


def _starts_with_quote(text: str) -> bool:
    """The sentence opens with a quotation mark."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0] in _OPENERS or stripped[0] in "\"‘")


# --- reading one sentence ---------------------------------------------------------------


@dataclass
class _Reading:
    """What one sentence says outside its quotations: its subject, the other people it names, its attribution."""

    sentence: Sentence
    spans: list[tuple[int, int, bool]]
    open_at_end: bool
    narrative: bool  # has words outside quotation marks
    subject: Person | str | None  # a Person, "he"/"she", or None (no clear single human subject)
    others: int  # human mentions outside quotes that are not the subject
    attribution: tuple[str, object] | None  # ("name", Person) / ("pronoun", "he") / ("role", "a resident") / ("none", None)
    pronoun_gender: str = ""
    speaker: Person | None = None  # the resolved subject, for antecedent chains
    quotes: list[Quote] = field(default_factory=list)


def _outside(tokens: tuple[Token, ...], spans: list[tuple[int, int, bool]]) -> list[Token]:
    """The tokens outside quotation marks, each quotation collapsed to one token 'Q'."""
    out: list[Token] = []
    for token in tokens:
        inside = next((s for s in spans if s[0] - 1 <= token.start < s[1] + 1), None)
        if inside is None:
            if token.text not in _OPENERS + _CLOSERS + '"‘’':
                out.append(token)
        elif not out or out[-1].text != "Q" or out[-1].start != inside[0]:
            out.append(Token("Q", inside[0], inside[1], "q"))
    return out


def _human_at(out: list[Token], k: int, names: list[NameSpan]) -> tuple[str, object, int, int] | None:
    """The human reference that ends at or starts at token k: a name, a pronoun or a role-only phrase,
    as (kind, value, first token, last token)."""
    token = out[k]
    for span in names:
        if span.start <= token.start < span.end:
            first = next(i for i in range(len(out)) if out[i].start >= span.start)
            last = max(i for i in range(len(out)) if out[i].start < span.end)
            return ("name" if span.person else "ambiguous", span.person, first, last)
    word = token.text.lower()
    if word in _PRONOUNS:
        return ("pronoun", word, k, k)
    if token.text[0].islower() and (word in lx.HUMAN_NOUNS or word in lx.ROLE_NOUNS or word in lx.HUMAN_PLURALS):
        first = k
        while first > 0 and k - first < 6 and (out[first - 1].bare in lx.ROLE_MODIFIERS or out[first - 1].bare in lx.ROLE_NOUNS
                                               or out[first - 1].text[0].isupper() and out[first - 1].text != "Q"
                                               or out[first - 1].bare in _DETERMINERS):
            first -= 1
            if out[first].bare in _DETERMINERS:
                break
        if out[first].bare in _DETERMINERS or word in lx.HUMAN_PLURALS or first < k:
            return ("role", " ".join(t.text for t in out[first:k + 1]), first, k)
    if word in _OTHER_SUBJECTS or token.text[0].isupper() and token.text != "Q":
        return ("other", None, k, k)
    return None


def _attribution(out: list[Token], names: list[NameSpan]) -> tuple[str, object] | None:
    """Who the speech verbs outside the quotes name as speaker; the one nearest a quotation wins a tie."""
    found: list[tuple[int, tuple[str, object]]] = []
    quotes_at = [i for i, t in enumerate(out) if t.text == "Q"]
    for v, token in enumerate(out):
        verb = token.text.lower()
        reported = verb in lx.REPORT_VERBS
        if verb not in lx.SPEECH_VERBS and not reported \
                and not (verb == "according" and v + 1 < len(out) and out[v + 1].text == "to"):
            continue
        who = None
        if verb != "according":
            k, skipped = v - 1, 0
            while k >= 0 and out[k].bare in lx.SUBJECT_FILLERS and skipped < MAX_FILLERS:
                k, skipped = k - 1, skipped + 1
            if k >= 1 and out[k].text == "," and not any(n.start <= out[k - 1].start < n.end for n in names):
                # "Yuri Ushakov, Putin’s adviser, said": skip the apposition (but not "adviser, Yuri Ushakov, said")
                j = _clause_comma(out, k)
                if j >= 1 and out[j].text == ",":
                    k = j - 1
                while k >= 2 and out[k].bare.replace(".", "") in lx.POST_NOMINALS and out[k - 1].text == ",":
                    k -= 2  # "Joanne Pike, PhD, the association president, said": the degree is hers
            if k >= 1 and out[k].text == "," and any(n.start <= out[k - 1].start < n.end for n in names):
                j = _clause_comma(out, k)
                name = next(n for n in names if n.start <= out[k - 1].start < n.end)
                if j >= 1 and out[j].text == "," and out[j + 1].start < min(name.start, name.context[0]):
                    k = j - 1  # "Warner Bros TV, which produced it with John Smith, said", "Jane Doe, a friend of
                    # John Smith, said": the name is inside a clause about the subject before it
                else:
                    k -= 1  # "…, Yuri Ushakov, reaffirmed", "Another official, Deputy Minister Jo Roe, said"
            if k >= 0 and out[k].text not in {",", "Q", ":"}:
                who = _human_at(out, k, names)
                if who is None and reported and out[k].bare in lx.ORG_HEADS and out[k].text.islower():
                    who = ("other", None, k, k)  # 'the emergency situations ministry reported that "..."': a body
            if reported and not _reports_as_speaker(who, out, k, v):
                continue  # '..., the BBC reported': an outlet's report of someone's words, not a speaker
        after = v + 2 if verb == "according" else v + 1
        inverted = verb == "according" or (verb in lx.INVERTIBLE_SPEECH_VERBS and (v == 0 or out[v - 1].text in {",", "Q"}))
        if who is None and inverted and after < len(out):
            k = after
            while k < len(out) - 1 and not any(n.start <= out[k].start < n.end for n in names) and (
                    any(n.context[0] <= out[k].start < n.context[1] for n in names)  # "said spokeswoman Maria Zakharova"
                    or (out[k].bare in _DETERMINERS or out[k].bare in lx.ROLE_MODIFIERS) and _human_at(out, k, names) is None):
                k += 1
            who = _human_at(out, k, names)
            if who is not None and who[0] == "role":  # extend "a police spokesman" to its last noun
                who = _role_phrase_after(out, after, names) or who
        if who is None and v > 0 and out[v - 1].bare in {"and", "but"}:
            who = ("coordinated", None, v, v)  # "… but said it was …": the subject of the sentence
        if who is None:
            continue
        kind, value = who[0], who[1] if who[0] != "other" else out[who[2]].text
        distance = min((abs(q - v) for q in quotes_at), default=99)
        found.append((distance, (kind, value)))
    if not found:
        return None
    if all(kind == "coordinated" for _, (kind, _) in found):
        return ("coordinated", None)
    found = [f for f in found if f[1][0] != "coordinated"]
    distinct = {(kind, id(value) if kind == "name" else value) for _, (kind, value) in found}
    if len(distinct) == 1:
        return found[0][1]
    found.sort(key=lambda f: f[0])
    if found[0][0] < found[1][0] and found[0][1][0] != "other":
        return found[0][1]
    return ("none", None)


def _reports_as_speaker(who: tuple[str, object, int, int] | None, out: list[Token], k: int, v: int) -> bool:
    """'reported' names a speaker when a person reports ('Jane Roe, the chief engineer, reported that "..."', 'Allen
    reported to the council') or a body says so itself ('the ministry reported that "..."', 'the company reported "a
    record year"'); an outlet reporting someone's words ('..., the BBC reported') names none."""
    if who is None:
        return False
    if who[0] != "other":
        return True
    return out[k].text.islower() and v + 1 < len(out) and out[v + 1].text in ("that", "Q")


def _clause_comma(out: list[Token], k: int) -> int:
    """Where the clause ending at the comma `k` opens: the comma or quotation before it, within MAX_CLAUSE_TOKENS
    ('Yuri Ushakov[,] Putin’s adviser, said'); -1 or a nearer token when there is none."""
    j = k - 1
    while j >= 0 and out[j].text not in {",", "Q"} and k - j < MAX_CLAUSE_TOKENS:
        j -= 1
    return j


MAX_CLAUSE_TOKENS = 16  # an apposition or relative clause between a subject and its 'said' is this short


def _role_phrase_after(out: list[Token], k: int, names: list[NameSpan]) -> tuple[str, object, int, int] | None:
    """'said a ruling party official' -> the whole phrase 'a ruling party official'."""
    end = k
    while end < len(out) and (out[end].bare in _DETERMINERS or out[end].bare in lx.ROLE_MODIFIERS
                              or out[end].bare in lx.ROLE_NOUNS or out[end].bare in lx.HUMAN_NOUNS
                              or out[end].bare in lx.HUMAN_PLURALS):
        end += 1
    while end > k and not (out[end - 1].bare in lx.ROLE_NOUNS or out[end - 1].bare in lx.HUMAN_NOUNS
                           or out[end - 1].bare in lx.HUMAN_PLURALS):
        end -= 1
    if end == k:
        return None
    return ("role", " ".join(t.text for t in out[k:end]), k, end - 1)


def _humans(out: list[Token], names: list[NameSpan]) -> list[tuple[str, object, int, int]]:
    """Every human reference outside quotations, in order; titles and appositions of a name are part of it."""
    humans: list[tuple[str, object, int, int]] = []
    covered: list[tuple[int, int]] = [span.context for span in names]
    # a name inside another's apposition is part of it: 'Nolan's wife and producer of Oppenheimer, Emma Thomas, ...'
    within = [s for s in names if any(o is not s and o.context[0] <= s.start < o.context[1]
                                      and not o.start <= s.start < o.end for o in names)]
    k = 0
    while k < len(out):
        token = out[k]
        if token.text != "Q" and any(a <= token.start < b for a, b in covered) and \
                not any(s.start <= token.start < s.end for s in names if s not in within):
            k += 1  # a title or apposition of a name: part of that name
            continue
        who = _human_at(out, k, names)
        if who is not None and who[0] in ("name", "ambiguous") and _POSSESSIVE_END.search(out[who[3]].text):
            k = who[3] + 1  # "Nolan's wife ..., Emma Thomas, ... stated": a name in the possessive belongs to the
            continue        # noun after it, and is neither the subject nor who speaks
        if who is not None and who[0] == "role" and who[2] > 0 and out[who[2] - 1].bare in lx.LISTENER_VERBS:
            k = who[3] + 1  # "told reporters", "told a state TV reporter": the listener, not a candidate speaker
            continue
        if who is not None and who[0] != "other":
            humans.append(who)
            k = who[3] + 1
            continue
        k += 1
    return humans


_POSSESSIVE_END = re.compile(r"[’']s?$")


def _opening_subject(out: list[Token], names: list[NameSpan], humans: list[tuple[str, object, int, int]]) -> object:
    """The first human reference when it opens its clause (nothing before it but a quotation, an introductory
    phrase ending in a comma, or time words); None otherwise."""
    if not humans:
        return None
    kind, value, first, _ = humans[0]
    covered = [span.context for span in names]
    before = [t for t in out[:first] if not any(a <= t.start < b for a, b in covered)]
    opens = not before or before[-1].text in {",", "Q"} or all(t.bare in lx.SUBJECT_FILLERS for t in before)
    if opens and kind == "role" and len(humans) > 1 and humans[1][0] == "name":
        _, person, name_first, name_last = humans[1]
        commas = [i for i in range(humans[0][3] + 1, name_first) if out[i].text == ","]
        if commas == [name_first - 1] and name_last + 1 < len(out) and out[name_last + 1].text == ",":
            return person  # 'Nolan's wife and producer of the film, Emma Thomas, ... stated': the apposition names
            # the role that opens the sentence
    return value if opens and kind in {"name", "pronoun"} else None


def _others(humans: list[tuple[str, object, int, int]], subject: object, upto: int | None = None) -> int:
    """Human references other than the subject (before token `upto` when given); pronouns are not counted."""
    return sum(1 for kind, value, first, _ in humans
               if kind != "pronoun" and value is not subject and (upto is None or first < upto)
               and not (kind == "name" and isinstance(subject, Person) and value is subject))


def _read(sentence: Sentence, index: NameIndex, open_at_start: bool) -> _Reading:
    """Quotation spans, subject, other people and attribution of one sentence."""
    spans, open_at_end = _spans(sentence.text, open_at_start)
    names = mentions_in(sentence, index)
    names = [n for n in names if not any(s[0] <= n.start < s[1] for s in spans)]  # names inside quotes do not speak
    out = _outside(tokenize(sentence.text), spans)
    narrative = any(t.text[0].isalnum() and t.text != "Q" for t in out)
    humans = _humans(out, names)
    subject = _opening_subject(out, names, humans)
    attribution = _attribution(out, names)
    if attribution and attribution[0] == "coordinated":
        pronoun = isinstance(subject, str) and subject in _PRONOUNS
        attribution = ("pronoun", subject) if pronoun else ("name", subject) if subject else None
    if subject is None and attribution and attribution[0] == "name":
        subject = attribution[1]  # "…, Ushakov said": the reporting clause's subject
    others = _others(humans, subject)
    gender = ""
    if attribution and attribution[0] == "pronoun":
        gender = lx.PRONOUN_GENDER.get(str(attribution[1]), "")
        pronoun_at = next(h[2] for h in humans if h[0] == "pronoun") if any(h[0] == "pronoun" for h in humans) else None
        others = _others(humans, subject, pronoun_at)  # people named after "he said" do not compete
    return _Reading(sentence, spans, open_at_end, narrative, subject, others, attribution, gender)


# --- speakers ---------------------------------------------------------------------------


def _antecedent(readings: list[_Reading], at: int, gender: str) -> Person | None:
    """The person 'he' or 'she' in reading `at` means: the subject of the nearest earlier narrative sentence,
    when it is the only human that sentence names and the pronoun's gender fits."""
    k = at - 1
    skipped = 0
    while k >= 0 and not readings[k].narrative and skipped < ANTECEDENT_REACH:
        k, skipped = k - 1, skipped + 1
    if k < 0 or not readings[k].narrative:
        return None
    earlier = readings[k]
    person = earlier.speaker
    if person is None or earlier.others:
        return None
    if gender and person.gender and gender != person.gender:
        return None
    return person


def _resolve_subject(readings: list[_Reading], at: int) -> None:
    """Set the reading's resolved subject (a name, or a pronoun resolved through the sentence before)."""
    reading = readings[at]
    if isinstance(reading.subject, Person):
        reading.speaker = reading.subject
    elif isinstance(reading.subject, str) and reading.subject in _PRONOUNS and reading.others == 0:
        reading.speaker = _antecedent(readings, at, lx.PRONOUN_GENDER[str(reading.subject)])


def _speaker(readings: list[_Reading], at: int, quote_readings: list[int]) -> tuple[Person | None, str, str]:
    """(speaker, role, how) of a quotation spanning the given readings."""
    attributions = [(i, readings[i].attribution) for i in quote_readings if readings[i].attribution]
    kinds = {(a[0], id(a[1]) if a[0] == "name" else a[1]) for _, a in attributions}
    if len(kinds) > 1:
        return None, "", ""
    if attributions:
        i, (kind, value) = attributions[0]
        if kind == "name":
            return value, "", "named"  # type: ignore[return-value]
        if kind == "role":
            return None, str(value), "role-only"
        if kind == "pronoun":
            own = readings[i]
            if own.others == 0:
                person = _antecedent(readings, quote_readings[0], own.pronoun_gender)
                if person is not None:
                    return person, "", "pronoun"
        return None, "", ""
    first = quote_readings[0]
    reading = readings[first]
    if not any(readings[i].narrative for i in quote_readings) and _starts_with_quote(reading.sentence.text) and first > 0:
        previous = readings[first - 1]
        if previous.quotes and (previous.quotes[-1].speaker or previous.quotes[-1].role):
            last = previous.quotes[-1]
            return last.speaker, last.role, "continued"
    return None, "", ""


def _quotes_of_source(sentences: list[Sentence], index: NameIndex) -> list[_Reading]:
    """Read a source's sentences in order and attach each quotation, with its speaker, to the readings it spans."""
    readings: list[_Reading] = []
    open_quote: tuple[list[int], list[str]] | None = None  # reading indexes and text pieces of a quotation still open
    for at, sentence in enumerate(sentences):
        continues = open_quote is not None and (
            sentence.paragraph == readings[-1].sentence.paragraph or _starts_with_quote(sentence.text))
        if open_quote is not None and not continues:
            _close(readings, *open_quote)
            open_quote = None
        same_paragraph = open_quote is not None and sentence.paragraph == readings[-1].sentence.paragraph
        reading = _read(sentence, index, open_at_start=same_paragraph)
        readings.append(reading)
        _resolve_subject(readings, at)
        for n, (start, end, _) in enumerate(reading.spans):
            piece = sentence.text[start:end]
            last = n == len(reading.spans) - 1
            if n == 0 and open_quote is not None:
                open_quote[0].append(at)
                open_quote[1].append(piece)
                if not (last and reading.open_at_end):
                    _close(readings, *open_quote)
                    open_quote = None
            elif last and reading.open_at_end:
                open_quote = ([at], [piece])
            else:
                _close(readings, [at], [piece])
    if open_quote is not None:
        _close(readings, *open_quote)
    return readings


def _close(readings: list[_Reading], spanned: list[int], pieces: list[str]) -> None:
    """Finish a quotation: find its speaker and attach it to the last reading it spans."""
    text = " ".join(p.strip() for p in pieces).strip(" ,")
    if not re.search(r"\w", text):
        return
    speaker, role, how = _speaker(readings, spanned[-1], spanned)
    quote = Quote(text, [readings[i].sentence for i in spanned], speaker, role, how)
    readings[spanned[-1]].quotes.append(quote)


def find_quotes(sources: list[Source], people: list[Person]) -> list[Quote]:
    """Every direct quotation in the sources, in source order, each with its speaker or None."""
    index = index_people(people)
    quotes = []
    for source in sources:
        for reading in _quotes_of_source(source.sentences, index):
            quotes.extend(reading.quotes)
    return quotes


def quotes_in(sentence: Sentence, previous: list[Sentence], people: list[Person]) -> list[Quote]:
    """The quotations that end in `sentence`, read with the sentences of its source before it (the last LOOKBACK)."""
    return _read_up_to(sentence, previous, index_people(people))[-1].quotes


def _read_up_to(sentence: Sentence, previous: list[Sentence], index: NameIndex) -> list[_Reading]:
    """The readings of `sentence` and the last LOOKBACK sentences of its source before it."""
    same = [s for s in previous if s.source_id == sentence.source_id][-LOOKBACK:]
    return _quotes_of_source(same + [sentence], index)


def pronoun_antecedent(sentence: Sentence, previous: list[Sentence], index: NameIndex) -> Person | None:
    """Who 'he' or 'she' is in a sentence that says 'he said', as a quotation's speaker is read: the person the
    sentence opens on ('Gen. Dmytro Krasylnykov ... was dismissed from his post, he told Suspilne'), else the only
    person the sentence before names, of the pronoun's gender ('The authorities will not prosecute the fighters, he
    said' after 'Peskov said'); None when the sentence names someone else too, or neither settles it."""
    readings = _read_up_to(sentence, previous, index)
    last = readings[-1]
    if not last.attribution or last.attribution[0] != "pronoun" or last.others:
        return None
    if isinstance(last.subject, Person):
        return last.speaker
    return _antecedent(readings, len(readings) - 1, last.pronoun_gender)


_PERSONAL = re.compile(r"^(?:he|she|they|his|her|their|him|them)$", re.I)
# A finite verb after a sentence's first word makes that word its subject ('Lively has said she ...', 'Neely
# shouted'), a name; an adverb is followed by the rest of the clause ('Completely freeing the ship ...').
_FINITE = re.compile(r"^(?:has|had|have|was|were|is|are|will|would|could|can|may|might|should|must|did|does|do|"
                     r"[a-z]+ed|[a-z]+s)$")


# An opening participle's clause, then a pronoun as the subject of the sentence: 'Draped in garlands, they were ...'
# (not 'Saying she was saddened, Mills announced ...', whose pronoun points ahead to the subject's name)
_PARTICIPLE_THEN_PRONOUN = re.compile(r"^[A-Z][a-z]+(?:ed|ing|en)\s+[a-z][^,;:“\"]{0,120},\s+(?:he|she|they)\s+[a-z]")


def is_unresolved_pronoun_start(text: str) -> bool:
    """The text's first reference to a person, outside quotation marks, is a pronoun ('He said…',
    '“…,” he said', 'Another issue, he said, is…'): it cannot stand alone without its antecedent. A possessive
    after a common noun belongs to it ('Both players showed their skills'); a body or a place is no 'he' ('The
    Kremlin said he was kept informed'), though it may be 'they'."""
    if _PARTICIPLE_THEN_PRONOUN.match(text):
        return True  # 'Draped in garlands of marigold, they were greeted ...': the subject is the pronoun
    spans, _ = _spans(text, open_at_start=False)
    subjects: set[str] = set()  # possessives a noun met before resolves: 'Both players showed their skills'
    tokens = _outside(tokenize(text), spans)
    for n, token in enumerate(tokens):
        if token.text == "Q" or not token.text[0].isalpha():
            continue
        if _PERSONAL.match(token.text):
            return token.text.lower() not in subjects
        adverb = token.bare.endswith(lx.ADVERB_ENDINGS) and len(tokens) > 1 and not _FINITE.match(tokens[1].bare)
        if n == 0 and (token.bare in stop_words() or adverb) and not token.bare.endswith("ing") \
                and len(tokens) > 1 and tokens[1].text.islower() and tokens[1].bare not in lx.SPEECH_VERBS:
            continue  # a capital that opens the sentence ('Like a balloon, she ...', 'Completely freeing the ship
            # “might take weeks,” he added'), not a name ('May said she ...', 'Kelly told ...');
            # an opening participle may point ahead ('Saying she was saddened, Mills announced ...')
        if token.text[0].isupper() and (token.bare in lx.ORGANISATIONS or token.bare in lx.places()):
            subjects |= {"they", "their", "them"}  # 'The Kremlin said he was kept informed': a body is no 'he'
            continue
        if token.text[0].isupper() and token.bare not in lx.COMMON_CAPITALISED and token.bare not in lx.COUNTING_WORDS:
            return False  # a name ('Tens of thousands ..., he said' names no one)
        if token.text.islower() and token.bare not in stop_words():
            if token.bare.endswith("s") and len(token.bare) > 3:
                subjects.add("their")  # 'Both players showed their skills'
                if n + 1 < len(tokens) and tokens[n + 1].bare in lx.SPEECH_VERBS:
                    subjects |= {"they", "them"}  # 'Other officials said they ...' (not 'In a debris field, they')
            if token.bare in lx.ROLE_NOUNS:
                subjects |= {"he", "she", "him", "his", "her"}  # 'the striker signed his contract', 'The Tesla
                # chief said he was misled'
    return False
