"""What they said: the most important direct quotes whose speaker the article names, with their role.

A quote whose speaker is not named in its own sentence or by an unambiguous antecedent (see
briefing.quotes) is not shown here: no speaker is better than a wrong one.
"""

from __future__ import annotations

import re

from briefing.lexicon import FRAGMENT_OPENERS
from briefing.model import Item, QuoteLine, Section, Sentence
from briefing.quotes import Quote
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement
from briefing.settings import PLACE
from briefing.story import QUOTE_MARK, StoryIndex, word_pairs


def attributed_quote(item: Item, story: StoryIndex) -> Quote | None:
    """The longest quotation of the item's sentences that has a named speaker."""
    voices, readable = set(), []
    for member in item.members:  # copies of one story quote alike: one account per voice, a few voices at most
        voice = story.voice_of[member.source_id]
        if QUOTE_MARK.search(member.text) and voice not in voices and len(voices) < PLACE.quote_voices:
            voices.add(voice)
            readable.append(member)
    quotes = [q for m in readable for q in story.quotes_of(m)
              if q.speaker is not None and len(q.text.split()) >= PLACE.quote_min_words and not clause_fragment(q.text)]
    quote = max(quotes, key=lambda q: len(q.text), default=None)
    return None if quote is None or disputed(quote, story) else quote


def clause_fragment(text: str) -> bool:
    """Words quoted from the middle of someone's sentence, opening on a conjunction ('even if it will cost us a few
    weeks', 'but if you look far back ...'): alone they say nothing the reader can follow."""
    opening = re.match(r"[^\w]*([\w’']+)(?:\s+([\w’']+))?", text)  # case kept: 'But we will ...' opens a sentence
    if not opening:
        return False
    first, second = opening.group(1), opening.group(2)
    return first in FRAGMENT_OPENERS or bool(second) and f"{first} {second}" in FRAGMENT_OPENERS


def disputed(quote: Quote, story: StoryIndex) -> bool:
    """Another outlet gives these words to someone else ('… we threw ourselves at them', said the father in one
    paper, his son in another): no speaker is better than a wrong one."""
    mine = word_pairs(quote.text)
    for other in story.quotes_sharing(mine, PLACE.quote_part, PLACE.dispute_voices) if mine else ():
        if other.speaker is None or other.speaker is quote.speaker:
            continue
        theirs = word_pairs(other.text)
        if len(other.text.split()) >= PLACE.quote_min_words and len(mine & theirs) >= PLACE.quote_carried * len(mine):
            return True  # the other gives most of these words to someone else (a short echo of them does not)
    return False


_STRAY_CLOSE = re.compile(r"(?<=[.!?,])[’']\s*$")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=[A-Z“‘\"])")


def excerpt(text: str) -> str:
    """A quotation as a briefing shows it: whole, or its first sentences within PLACE.quote_max_words with the
    cut marked ('…'); '' when even its first sentence is longer (a speech is not a quote)."""
    if "‘" not in text:  # a stray single closing mark the page typed for a double one: '... I haven’t said.’'
        text = _STRAY_CLOSE.sub("", text)
    text = text.strip(" ,.;:")
    if len(text.split()) <= PLACE.quote_max_words:
        return text
    kept: list[str] = []
    for sentence in _SENTENCE_END.split(text):
        if len(" ".join([*kept, sentence]).split()) > PLACE.quote_max_words:
            break
        kept.append(sentence)
    return " ".join(kept).rstrip(" ,;:") + " …" if kept else ""


def fill(sections: list[Section], placement: Placement) -> None:
    story = placement.story
    shown = placement.once("quotations shown", list)  # a quotation spans sentences: each is shown once
    for section in sections:
        for item in placement.free_to_quote():
            if placement.room(section) <= 0:
                break
            quote = attributed_quote(item, story)
            if quote is None:
                continue
            words = quote.text.strip(" ,.;:")
            if any(words in other or other in words for other in shown) or not (text := excerpt(words)):
                continue
            cut = text.rstrip(" …")
            if any(cut in other for other in shown):
                continue  # two statements that open alike show alike once cut: 'I love everything. …' twice
            person = quote.speaker
            outlets = quoting_outlets(item, text, quote, story)
            if placement.place(section, QuoteLine(item=item, outlets=outlets, quote=text, speaker=person.name,
                                                  role=person.role)):
                shown.extend([words, cut])


def quoting_outlets(item: Item, shown: str, quote: Quote, story: StoryIndex) -> tuple[str, ...]:
    """The outlets whose own sentences (or their paragraph, for a quotation spanning sentences) carry the quoted
    words shown and give them to the same speaker: an outlet that quoted a shorter or other version of the
    statement is not cited for this one, nor one that gives the words to no one it names ('a National Security
    Council official told ...'); at least the outlet the quotation was read from."""
    wanted = word_pairs(shown.rstrip(" …"))
    need = PLACE.quote_carried * len(wanted)

    def carries(member: Sentence) -> bool:  # its sentence, or its paragraph (a quotation may span sentences)
        found = len(wanted & word_pairs(member.text))
        return found >= need or (found >= PLACE.quote_part * len(wanted)
                                 and len(wanted & word_pairs(story.paragraph_of(member))) >= need)

    carried: set[str] = set()
    for member in item.members if wanted else ():
        outlet = story.outlet_of[member.source_id]
        if outlet not in carried and carries(member) and any(q.speaker is quote.speaker
                                                             for q in story.quotes_of(member)):
            carried.add(outlet)
    carried |= {story.outlet_of[s.source_id] for s in quote.sentences}
    return tuple(sorted(carried, key=str.lower))


KIND = SectionKind("quotes", fill)
