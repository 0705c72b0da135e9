"""Key points: 3-5 bullets, the most important facts across themes, in the reporter's voice."""

from __future__ import annotations

import re
from collections import Counter

from briefing.dates import MONTH_NUMBER, WEEKDAYS
from briefing.lexicon import (
    COMMON_CAPITALISED,
    DECISION_VERBS,
    EVENT_NOUNS,
    HEDGES,
    NEGATED_VERB,
    NEWBORN_NOUNS,
    ORG_NOUNS_BEFORE,
    REACTIONS,
    ROLE_NOUNS,
)
from briefing.model import FactLine, Item, Section
from briefing.sections.base import SectionKind
from briefing.sections.placer import Placement, answers_first
from briefing.settings import PLACE
from briefing.story import concepts
from briefing.support import figureless_toll, highest_toll, toll_is_bound, variant
from briefing.wording import outside_quotes, standalone, word_count

QUOTE_MARKS = "\"“‘'"  # key points are stated in the reporter's voice; quotes stay in the sections


def lede_voices(item: Item) -> int:
    """How many voices lead their story with this fact's event (news leads with what happened)."""
    return int(item.signals.get("event_ledes", item.signals.get("ledes", 0)))


def fill(sections: list[Section], placement: Placement) -> None:
    """The events most voices lead with first, at most two per theme, none close to another, none a bare quote."""
    theme_titles = {s.title for s in placement.sections if s.kind == "theme"}
    section_of = placement.themes.section_of
    focus = any("focus" in i.signals for i in placement.candidates)
    if focus:  # a question asked: the key points answer it, the facts closest to it first, from any theme
        return fill_for_question(sections, placement)
    ranked = sorted(placement.candidates, key=lambda i: -i.score * (1 + PLACE.lede_weight * lede_voices(i)))
    lead = what_happened(ranked, placement)
    if lead is not None:
        ranked = [lead, *(i for i in ranked if i is not lead)]
    for section in sections:
        per_theme: Counter[str] = Counter()
        for item in ranked:
            if placement.room(section) <= 0:
                break
            theme = section_of.get(item.id, "")
            overlap = max((placement.story.item_similarity(item.id, k.id) for k in section.items), default=0.0)
            off_theme = bool(theme_titles) and theme not in theme_titles  # with no theme sections, every fact may lead
            if (overlap >= PLACE.key_points_overlap or off_theme or mostly_quoted(item.text)
                    or (theme_titles and per_theme[theme] >= PLACE.key_points_per_theme)):
                continue
            line = FactLine(item=item, outlets=item.outlets, similarity=placement.themes.similarity.get(item.id, 0.0))
            if placement.place(section, line):
                per_theme[theme] += 1


def mostly_quoted(text: str) -> bool:
    """A bare quote ('“We will win,” he said') or a line most of whose words are someone's ('the WGA said: “The WGA
    reached a tentative agreement ... The strike ends at 12.01am.”'): key points speak in the reporter's voice."""
    return text[:1] in QUOTE_MARKS or word_count(outside_quotes(text)) < PLACE.key_point_own_words * word_count(text)


def names_someone(text: str) -> bool:
    """A capitalised word that is no day, month or common word: the line names someone or somewhere ('Milei won
    ...'; 'The rocket tumbled and exploded on Thursday' names nothing)."""
    return any(w.lower() not in _NOT_NAMES and w.lower() not in COMMON_CAPITALISED for w in _CAPITALISED.findall(text))


_CAPITALISED = re.compile(r"(?:^|(?<=\s))[A-Z][A-Za-z]+")
_NOT_NAMES = frozenset(WEEKDAYS) | frozenset(MONTH_NUMBER) | {"i"}


def unnamed_actor(text: str) -> bool:
    """A line that goes on from a sentence that named its actor, where a lead names who acted: its actor is a kind
    ('The toy retailer filed for bankruptcy in a Richmond, Virginia, federal court'), it speaks of a kind's act
    before naming anyone ('Approval of the company's proposal was announced at Tesla's annual meeting'), or it adds
    one more act ('The shareholders also voted to move Tesla to Texas')."""
    return bool(_KIND_SUBJECT.match(text) or _ALSO_DID.match(text) or _KIND_POSSESSIVE.match(text))


_KIND_SUBJECT = re.compile(r"^The\s+(?:[a-z][\w-]*\s+){0,2}(?:" + "|".join(sorted(ORG_NOUNS_BEFORE | set(ROLE_NOUNS)))
                           + r")\s+(?:[a-z]+ed|has|have|had|was|were|is|are|said|says|will|would)\b")
_ALSO_DID = re.compile(r"^(?:[\w’'-]+\s+){1,4}also\s+(?:[a-z]+(?:ed|[^s\W]s)|said|won|took|made|told|gave|became|met|lost|"
                       r"sent|saw|went|came|got|struck|fell|rose|hit|set|put|ran)\b")  # (not 'is also the biggest')
_KIND_POSSESSIVE = re.compile(r"(?:[A-Z][a-z]+\s+(?:of|for|on|in|to)\s+)?[Tt]he\s+(?:[a-z][\w-]*\s+){0,2}(?:"
                              + "|".join(sorted(ORG_NOUNS_BEFORE)) + r")[’']s\b")


def says_what_is(text: str) -> bool:
    """Neither what may be ('The strike may be close to an end') nor what is not ('A filing does not mean the
    stores close'), outside quotations; a negation in a clause about someone ('Card, who has not been found, ...')
    or 'no longer' still says what is, and so does a decision not to act ('will not seek re-election')."""
    own = outside_quotes(text)
    if any(w in HEDGES for w in re.findall(r"[a-z]+", own)):  # lower case: the month May is no hedge
        return False
    return not any(not re.search(r"\b(?:who|which|that)\s+(?:\S+\s+){0,2}$", own[:m.start()])
                   and not _DECIDED_NOT.match(own, m.start()) for m in NEGATED_VERB.finditer(own))


# A decision not to do something, which is the news ('Kishida ... will not seek re-election', 'won't run for a second
# term'), not a statement of what is not
_DECIDED_NOT = re.compile(r"(?:(?:will|would)\s+not|won[’']t)\s+(?:be\s+)?(?:" + "|".join(DECISION_VERBS) + r")\b")


def comments_on_the_event(text: str) -> bool:
    """A line that names the event as someone's act already known ('Lai's win means ...', 'A federal judge's ruling
    ... marks a historic win', 'van Dijk admitted Klopp's decision to leave is a tough one'): it says what the
    event means, not what happened."""
    return bool(_KNOWN_EVENT.search(outside_quotes(text)))


_KNOWN_EVENT = re.compile(r"[’']s\s+(?:[a-z-]+\s+){0,2}(?:" + "|".join(EVENT_NOUNS) + r")\b")


def reacts(text: str) -> bool:
    """A line telling someone's answer to the event, outside quotations ('Macron has vowed that the cathedral will be
    rebuilt after fire ravaged the building', 'Yoon ... announced a national mourning period over the deadly crowd
    crush', 'As Sweden joined NATO, Biden welcomed ...'): what followed, not what happened; one that is done to
    someone ('was praised') is no answer of theirs."""
    return bool(_REACTION.search(outside_quotes(text)))


_REACTION = re.compile(r"(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bbe\s)\b(?:"
                       + "|".join(r.replace(" ", r"\s+(?:\w+\s+)?") for r in REACTIONS) + r")\b"
                       r"(?=\s+(?:the|a|an|his|her|their|its|this|that|these|those|him|them|it|us|for|over|to|period|[A-Z]))"
                       r"(?!\s+(?:\w+\s+){0,2}(?:" + "|".join(NEWBORN_NOUNS) + r")\b)")
# (what follows a reaction is whom or what it answers: 'condemned the attack', 'vowed that ...'; not 'the condemned
# inmate', 'pledged $40 billion', 'welcomed their third child', 'nine days of mourning.')


def what_happened(ranked: list[Item], placement: Placement) -> Item | None:
    """The lead: of the best facts, the one most voices lead with or headline (on a tie, the one closer to all the
    ledes), one the placer takes as a fact line (else rank would choose the lead), saying enough (who, what, and
    where, when or how many), naming who or where ('The rocket tumbled and exploded' names nothing) and saying what
    is, not what is not ('A filing does not necessarily mean the stores close') or what may be ('The strike may be
    close to an end'); never a toll said to rise without its figure."""
    votes = placement.story.lede_votes
    readable = [i for i in ranked[:PLACE.lead_candidates] if i.text[:1] not in QUOTE_MARKS and standalone(i.text)
                and placement.stands_alone(i) and not figureless_toll(i.text) and says_what_is(i.text)
                and len(concepts(i.text)) >= PLACE.lead_min_concepts and names_someone(i.text)
                and not comments_on_the_event(i.text) and not unnamed_actor(i.text) and not reacts(i.text)]
    backed = toll_voices(ranked[:PLACE.lead_candidates], placement.story.voice_of)
    readable = [i for i in readable if not outweighed(i, readable, backed)]
    headlines = placement.story.headline_votes(readable)
    # a voice's headline votes as its lede does; of equals, the one closest to all the ledes
    closeness = placement.story.lede_closeness
    # of equals, the one that says how many died ('Nearly 100 people died ... after an overcrowded boat sank' before
    # 'A makeshift ferry ... sank'), then the one closest to all the ledes
    return max(readable, key=lambda i: (votes[i.id] + headlines[i.id], highest_toll(i.text) > 0, closeness[i.id])) \
        if readable else None


def toll_voices(items: list[Item], voice_of: dict[str, str]) -> dict[float, int]:
    """Per death toll the facts give: how many voices give it (of the facts' own sentences)."""
    voices: dict[float, set[str]] = {}
    for item in items:
        if toll := highest_toll(item.text):
            voices.setdefault(toll, set()).update(voice_of.get(m.source_id, m.source_id) for m in item.members)
    return {toll: len(v) for toll, v in voices.items()}


def outweighed(item: Item, others: list[Item], backed: dict[float, int]) -> bool:
    """A toll that is not the story's toll: part of it (another fact counts the same dead higher, and at least as
    many voices give that: 'seven people died at the bowling alley' beside '18 people were killed'), or an early
    estimate's bound ('as many as 20 people are dead') where more voices give a count."""
    toll = highest_toll(item.text)
    if not toll:
        return False
    bound = toll_is_bound(item.text)
    return any(variant(o.text, item.text) and not toll_is_bound(o.text)
               and (((other := highest_toll(o.text)) > toll and backed.get(other, 0) >= backed.get(toll, 0))
                    or (bound and backed.get(other, 0) > backed.get(toll, 0))) for o in others)


def fill_for_question(sections: list[Section], placement: Placement) -> None:
    """Key points under --focus: the best facts by their relevance to the question, none close to another."""
    ranked = sorted(placement.candidates, key=answers_first)
    by_score = sorted(placement.candidates, key=lambda i: -i.score * (1 + PLACE.lede_weight * lede_voices(i)))
    lead = what_happened(by_score, placement)
    best = max((i.signals.get("focus", 0.0) for i in ranked), default=0.0)
    if lead is not None and lead.signals.get("focus", 0.0) >= PLACE.focus_lead_share * best:
        ranked = [lead, *(i for i in ranked if i is not lead)]  # the question asks about what happened: it leads
    for section in sections:
        for item in ranked:
            if placement.room(section) <= 0:
                break
            overlap = max((placement.story.item_similarity(item.id, k.id) for k in section.items), default=0.0)
            if overlap < PLACE.key_points_overlap and item.text[:1] not in QUOTE_MARKS:
                placement.place(section, FactLine(item=item, outlets=item.outlets,
                                                  similarity=placement.themes.similarity.get(item.id, 0.0)))


KIND = SectionKind("key_points", fill)
