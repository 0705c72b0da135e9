"""Where accounts differ: one fact told with different figures or days, side by side.

Accounts of one fact are the sentences that tell it (its members) and those that tell it with
another figure (its variants, see briefing.support); two different facts are never compared.
When the fact is placed elsewhere, the difference becomes a note on it; when the reports are of
different days, the note says the figure was reported over time, in date order.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, replace

from briefing.dates import WEEKDAYS
from briefing.lexicon import EARLIER_EVENT_OPENERS, MEASURE_WORDS, RISE_VERBS
from briefing.model import DifferenceLine, Item, Section, Sentence
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.story import StoryIndex
from briefing.support import amount, literal_stem, shown_counts, variant, wording
from briefing.vectors import stem
from briefing.wording import outside_quotes

_WEEKDAY = "(?:" + "|".join(w.capitalize() for w in WEEKDAYS) + ")"
_DAY = re.compile(r"\b(" + _WEEKDAY + r")\b")
# A clause of an earlier or other event, to its comma: 'ordered the grounding ... following a cabin blowout late Friday'
# dates the blowout, not the order
_EARLIER_EVENT = re.compile(r"\b(?:" + "|".join(w.replace(" ", r"\s+") for w in EARLIER_EVENT_OPENERS) + r"|when)\b[^,;]*",
                            re.I)


# A day that may date something else than the act told: when it takes effect, a deadline or a span (see `fact_days`)
_STARTS = re.compile(r"\b(?:t[ao]ke[sn]?|took)\s+effect\b|\b(?:c[oa]me|comes|coming)\s+into\s+(?:force|effect)\b|"
                     r"\b(?:began|begins|begin|started|starts|start|opened|opens|kicked\s+off)\b", re.I)
# A clause on when something else began: 'Five people have died ... in wildfires that broke out Tuesday' dates the
# fires, not the deaths
_BEGAN_ON = re.compile(r"\b(?:that|which)\s+(?:first\s+)?(?:broke\s+out|began|started|erupted|ignited|struck|hit|occurred|"
                       r"happened|took\s+place)\s+(?:on\s+|late\s+|early\s+)?" + _WEEKDAY + r"\b")
_SAID_ON = re.compile(r"\b(?:said|says|told|stated|added|noted|wrote|posted|insisted|announced|declared)\s+(?:\w+\s+)?"
                      r"(?:(?:on|early|late)\s+)?" + _WEEKDAY + r"\b")
_OTHER_DAY = re.compile(r"\b(?:effective|as\s+of|starting|beginning|until|till|through|by|since|from|before|after)\s+"
                        r"(?:(?:last|next|this|early|late)\s+)?" + _WEEKDAY + r"\b")


@dataclass
class Difference:
    """One fact told two ways: what differs, the fact's own account and the other accounts."""

    facet: str  # "number" or "day"
    unit: str  # the thing counted (stem), for numbers
    item: Item
    accounts: list[Sentence]  # the fact's wording first, then one account per other voice
    later_toll: bool = False  # the other account is a later report of the toll told in other words: a note only


def find_differences(items: list[Item], voice_of: dict[str, str], risen: Sequence[Sentence] = ()) -> list[Difference]:
    """Facts whose outlets give different figures for the same count (the fact's variants), or name
    different days for it. Only what both accounts state is compared, so an omission is never a
    conflict, and two facts are never set against each other: only accounts of one fact. `risen`: the
    story's sentences saying a death toll rose to a figure ('The death toll ... has risen to 10 as of Friday'),
    told in other words than any fact's: one that counts a fact's dead higher is that toll's later report."""
    found: list[Difference] = []
    for item in items:
        wording = item.members[0]
        own = {voice_of[m.source_id] for m in item.members}
        later = [s for s in risen if voice_of[s.source_id] not in own and s not in item.variants]
        others = one_per_voice([v for v in item.variants if voice_of[v.source_id] not in own], voice_of)
        if not others and (update := rise_of(wording, later)) is not None:
            found.append(Difference("number", "toll", item, [wording, update], later_toll=True))
            continue
        units = [variant(v.text, wording.text) for v in others]
        if others and units[0]:
            # a sentence giving several figures of the count ('17.18C (62.92F), above the 17.01C of the day
            # before') relates them: which one would differ cannot be told, so it is set against nothing
            accounts = [v for v, u in zip(others, units, strict=True) if u == units[0]
                        and len(shown_counts(v.text, u)) == 1]
            if accounts and len(shown_counts(wording.text, units[0])) == 1 \
                    and not (units[0] in _POSITION_UNITS and any(moving_position(a.text) for a in [wording, *accounts])):
                found.append(Difference("number", units[0], item, [wording, *accounts]))
            continue
        accounts = one_per_voice(list(item.members), voice_of)
        days = [(m, fact_days(m.text)) for m in accounts]
        named = [(m, set(d)) for m, d in days if len(set(d)) == 1]
        if len({frozenset(d) for _, d in named}) > 1 and len({said_on(m.text) for m, _ in named}) == 1:
            found.append(Difference("day", "", item, [m for m, _ in named]))
    return sorted(found, key=lambda d: -d.item.score)


def fact_days(text: str) -> list[str]:
    """The weekdays a sentence gives for its fact: not an earlier event's, and not the day something takes effect
    ('announced Monday that he retired, effective Sunday' tells Monday; 'announced his retirement effective Sunday'
    tells no day of the announcement), unless the fact is that start ('The ceasefire took effect from Tuesday')."""
    own = _BEGAN_ON.sub(" ", _EARLIER_EVENT.sub(" ", outside_quotes(text)))
    return _DAY.findall(own if _STARTS.search(own) else _OTHER_DAY.sub(" ", own))


def said_on(text: str) -> bool:
    """The day a sentence gives is the day someone spoke ('Macron said Monday that the arrest ...', '..., Peskov said
    on Saturday'): set against another such day it dates one statement two ways ('Ruto said on Wednesday', 'Ruto said
    on Thursday'); against the day of an act ('was arrested on Saturday evening') it dates two things."""
    return bool(_SAID_ON.search(outside_quotes(text)))


def moving_position(text: str) -> bool:
    """Where something moving was when the report was written: a distance and a bearing from a place, with the speed it
    moves at ('Beryl was about 445 miles east-southeast of Isla Beata ... and was moving west-northwest at 22 mph').
    Reports written hours apart give other distances; no account is wrong (an epicentre's distance does not move)."""
    return bool(_BEARING.search(text) and _MOVING.search(text))


_DISTANCES = ("miles", "mi", "kilometres", "kilometers", "km")
_POSITION_UNITS = frozenset(stem(w) for w in (*_DISTANCES, "mph", "kph", "knots"))  # where it is, how fast it goes
_BEARING = re.compile(r"\d[\d,.]*\s*(?:nautical\s+miles|" + "|".join(_DISTANCES) + r")\s+(?:\(\s*[^()]{1,20}\)\s+)?"
                      r"(?:north|south|east|west)[\w-]*\s+of\b", re.I)
_MOVING = re.compile(r"\b(?:moving|heading|headed|travell?ing|tracking|drifting|churning|approaching)\b[^.;]{0,40}?\bat\s+"
                     r"(?:about\s+|around\s+|nearly\s+)?\d+\s*(?:mph|km/h|kph|knots|miles\s+per\s+hour|"
                     r"kilometres\s+per\s+hour|kilometers\s+per\s+hour)", re.I)


def rise_of(wording: Sentence, risen: list[Sentence]) -> Sentence | None:
    """Of the sentences saying a toll rose, the one that counts the wording's dead highest, higher than it does."""
    own = _highest(wording.text, "toll")
    if not own:
        return None
    later = [(toll, s) for s in risen if (toll := _highest(s.text, "toll")) > own and variant(s.text, wording.text) == "toll"]
    return max(later, key=lambda pair: pair[0])[1] if later else None


def one_per_voice(sentences: list[Sentence], voice_of: dict[str, str]) -> list[Sentence]:
    """The first sentence of each voice (copies of one voice's story cannot contradict each other)."""
    seen: set[str] = set()
    out = []
    for sentence in sentences:
        voice = voice_of[sentence.source_id]
        if voice not in seen:
            seen.add(voice)
            out.append(sentence)
    return out


def values(text: str, difference: Difference) -> list[str]:
    """What a sentence gives for the differing facet ('Wednesday'; '207 people')."""
    if difference.facet == "day":
        return sorted(set(_DAY.findall(outside_quotes(text))))
    return [_before_a_comma(value, text) for value in shown_counts(text, difference.unit)]


def _before_a_comma(value: str, text: str) -> str:
    """A figure without the word a comma sets apart from it ('has risen to 154, including 26 foreigners, officials
    said' gives '154', not '154 officials')."""
    figure = value.rpartition(" ")[0]
    return figure if figure and re.search(rf"(?<![\w,.]){re.escape(figure)},\s", text) else value


def difference_lines(difference: Difference, outlet_of: dict[str, str]) -> list[DifferenceLine]:
    """The accounts side by side, each led by the value it gives and citing its own outlet."""
    return [DifferenceLine(item=difference.item, outlets=(outlet_of[sentence.source_id],), facet=difference.facet,
                           values=tuple(values(sentence.text, difference)), sentence=sentence.text)
            for sentence in difference.accounts]


def difference_note(difference: Difference, story: StoryIndex) -> str:
    """'accounts differ: eight people (Reuters); nine people (AFP)', or, when the reports are of different
    days, 'reported over time: 207 people (AP, 2 Jun 2023); 288 people (Reuters, 3 Jun 2023)', or, when some page
    says the count has risen to one of the figures and the days are not all known, 'a rising count: five people
    (Mint); 13 people (Daily Post); 23 people (Reuters)', from the lowest."""
    dated = [(story.date_of(s.source_id), s) for s in difference.accounts]
    over_time = all(d for d, _ in dated) and len({d for d, _ in dated}) == len(dated) \
        and difference.unit not in _MEASURES  # a toll grows over the days; a distance or a magnitude does not
    rising = not over_time and difference.facet == "number" and said_to_rise(difference, story)
    if over_time:
        dated.sort(key=lambda p: p[0] or "")
    elif rising:
        dated.sort(key=lambda p: _highest(p[1].text, difference.unit))
    parts: list[tuple[str, list[str]]] = []  # a value several outlets give at no known time is shown once, citing all
    for when, sentence in dated:
        shown = " / ".join(values(sentence.text, difference)) or "?"
        cited = f"{story.outlet_of[sentence.source_id]}, {when}" if over_time else story.outlet_of[sentence.source_id]
        same = next((outlets for value, outlets in parts if value == shown), None) if not over_time else None
        if same is not None:
            same.append(cited)
        else:
            parts.append((shown, [cited]))
    label = "reported over time: " if over_time else "a rising count: " if rising else "accounts differ: "
    return label + "; ".join(f"{value} ({', '.join(outlets)})" for value, outlets in parts)


_MEASURES = frozenset(literal_stem(word) for word in MEASURE_WORDS)
# A count said to have grown: 'the toll has risen to 13', 'climbed above 15,000'.
_RISEN = re.compile(r"\b(?:" + "|".join(sorted(RISE_VERBS)) + r")\s+(?:to|above|past|beyond|over)\b", re.I)


def said_to_rise(difference: Difference, story: StoryIndex) -> bool:
    """Some sentence of the story says the count rose to a figure one of the accounts gives ('the country's protest
    death toll has risen to 13' beside '23 people were killed' and 'five people were shot dead')."""
    figures = {_highest(s.text, difference.unit) for s in difference.accounts}
    return any(_RISEN.search(outside_quotes(s.text)) and _highest(s.text, difference.unit) in figures
               for s in story.sentences if _RISEN.search(s.text))


def _highest(text: str, unit: str) -> float:
    """The highest figure a sentence gives for a thing counted ('1.5 million people' as 1500000)."""
    found = []
    for count in wording(text).counts:
        if count.unit == unit:
            try:
                found.append(amount(count.value))
            except ValueError:  # no figure after all
                continue
    return max(found, default=0.0)


def fill(sections: list[Section], placement: Placement) -> None:
    """Differences side by side in each section; a difference inside one placed fact becomes its note."""
    for section in sections:
        place_differences(section, placement)


def top_up(sections: list[Section], placement: Placement) -> None:
    """Facts placed after the first pass may carry a disagreement too: notes only."""
    place_differences(None, placement)


def place_differences(section: Section | None, placement: Placement) -> None:
    story = placement.story
    items = [placement.current(i) for i in story.items]
    for difference in find_differences(items, story.voice_of, story.toll_rise_reports):
        if not placement.is_free(difference.item):
            placement.add_note(difference.item, difference_note(difference, story))
            continue
        shown = difference.accounts[:max(2, placement.room(section))] if section is not None else []
        if section is None or placement.room(section) < 2 or difference.later_toll:
            continue
        placement.place_together(section, difference_lines(replace(difference, accounts=shown), story.outlet_of))


KIND = SectionKind("differences", fill, top_up)
