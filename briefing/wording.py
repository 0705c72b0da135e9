"""How a sentence reads on its own: word counts, quotations, and whether it can stand alone.

Shared by ranking, merging and the sections, so it sits below all of them.
"""

from __future__ import annotations

import re

from briefing.lexicon import (
    ANAPHORIC_NOUNS,
    ANAPHORIC_SUBJECTS,
    ATTRIBUTION_VERBS,
    CONNECTIVE_OPENERS,
    FIRST_SECOND_PERSON,
    NATIONALS,
    NOT_THINGS,
    NUMBER_WORDS,
    PERSON_EPITHETS,
    PLAYER_EPITHETS,
    SAME_REFERENTS,
    SETTING_WORDS,
    SPEECH_VERBS,
    TIME_WORDS,
)

_PRONOUN_START = re.compile(r"^(?:He|She|It|They|This|That|These|Those|His|Her|Its|Their|But|And|Also|Meanwhile|However"
                            r"|Still|Yet|Instead)(?=[\s,’'])")
_ATTRIBUTION = re.compile(r"\b(?:" + "|".join(ATTRIBUTION_VERBS) + r"|according to)\b")
_OPEN_TO_CLOSE = re.compile(r"[\"“][^\"”]*[\"”]?")


def word_count(text: str) -> int:
    """Words as an editor counts them: the one word count of the briefing."""
    return len(text.split())


def outside_quotes(text: str) -> str:
    """The text with quoted passages removed."""
    return _OPEN_TO_CLOSE.sub(" ", text)


def standalone(text: str) -> bool:
    """True when a sentence can stand alone: no leading pronoun, no quote whose speaker is lost."""
    if _PRONOUN_START.match(text) or text[:1] == "”":
        return False  # a stray closing mark opens a quotation whose speaker is lost
    if text[:1] in "\"“‘":
        # A quote stands alone only with a named speaker outside the quotation marks. Single marks (British
        # style) close where a closing mark follows punctuation: '‘I will leave at the end of the season,’ he said.'
        if text[:1] == "‘":
            closing = _SINGLE_QUOTED.match(text)
            outside = text[closing.end():] if closing else ""
        else:
            outside = outside_quotes(text)
        return bool(_ATTRIBUTION.search(outside) and re.search(r"\b[A-Z][a-z]+", outside))
    return True


_DANGLING = re.compile(r"^(?:It|Its|Instead|So(?!\s+(?:far|many|much)\b)(?=[\s,])"
                       r"|(?:" + "|".join(w for w in CONNECTIVE_OPENERS if " " not in w and "," not in w) + r")(?=[\s,]))\b"
                       r"|^(?:" + "|".join(w.rstrip(",") for w in CONNECTIVE_OPENERS if " " in w or "," in w) + r"),"
                       r"|^(?:This|That|These|Those)(?:[’']s\b|\s+(?!(?:" + "|".join(TIME_WORDS) + r")\b)[a-z])"
                       r"|^(?:If|Once|When|Unless)\s+[a-z]+(?:\s+[a-z]+)?,\s+(?:that|this|it|they)\b"
                       r"|^(?:At|In|From|During|After|Before|On|Of|With|Among)\s+(?:this|that|these|those)\s+"
                       r"(?!(?:" + "|".join(TIME_WORDS) + r")\b)[a-z]"
                       # 'Following this,', 'Despite all that,', 'Before that, a 1961 fire ...' (not 'The company said that, ...')
                       r"|^(?:Following|Despite|Because\s+of|Besides|Beyond|After|Before|Since|Until|Given|Unlike|Like|"
                       r"Apart\s+from|Aside\s+from|"
                       r"Along\s+with|Amid|Against|Due\s+to|Thanks\s+to|In\s+spite\s+of|In\s+light\s+of|Without|Through|"
                       r"Notwithstanding)\s+(?:all\s+)?(?:this|that|these|those)\s*,"
                       r"|^The\s+(?:" + "|".join(ANAPHORIC_NOUNS) + r")\b(?!\s+(?:of|that|to|about|from|by|on|for)\b|"
                       r"\s*[“\"‘'])"  # 'The words “deny,” “defend” and “depose” were carved ...' says which
                       r"|^The\s+(?:" + "|".join(ANAPHORIC_SUBJECTS) + r")(?:\s*,|\s+(?:was|were|is|are|has|had|have|"
                       r"came|comes|wasn[’']t|isn[’']t|weren[’']t|drew|prompted|followed|sparked|led|said|says)\b)"
                       r"|^The\s+penalty\s+(?:is|was|comes|came|follows|followed|means|marks)\b"  # not 'The penalty shootout'
                       r"|^(?:[A-Z][\w.'’-]*\s+){1,4}(?:added|continued|went\s+on)\s*[:,]"
                       # 'About 12 hours later, a second earthquake ...', 'Two days earlier, ...': later than what?
                       r"|^(?i:(?:(?:about|some|nearly|almost|just|only|barely)\s+)?(?:(?:a\s+few|several|a|an|\d+|"
                       r"[a-z]+)\s+)?(?:moments?|seconds?|minutes?|hours?|days?|weeks?|months?|years?)\s+(?:later|earlier)\b)")


def dangling(text: str) -> bool:
    """A sentence whose subject is what the sentence before it said: 'It concludes a stunning fall ...', 'That is
    almost half of its expenses', 'Instead, the next leader ...', 'So all rise for the jury', 'This tragic loss
    included ...', 'Finally, the judge emerged ...', 'If confirmed, that would make ...', 'At those events, ...'
    ('This year's prize' and 'In this morning's vote' name their own subject; 'So far, 106 people ...' is a time,
    not a conclusion); 'Klopp added: “...”' goes on from words the reader does not have, 'Tests found that was
    incorrect' from what was thought, 'Moments later, ...' from a moment told before, 'Corbyn was one of those'
    from those counted before ('one of those who ...' says who they are), 'said this number is likely to rise' from
    a figure, 'The other Florida deaths ...' from deaths told before, '... in the same region' from a region told
    before, 'An aviation expert, however, ...' from what it answers, 'Another worker ...' from the one told before
    and 'Garland said in a statement.' from the words it attributes; so does one behind an attribution ('According
    to the businessman, this happened ...') or behind a report named before ('According to the report, ...'). Two
    more cannot stand alone either: a teaser of what the page goes on to tell ('Here's what it was like in the
    courtroom.') and a line dated by a live page's clock ('Almost an hour ago, ...')."""
    own = outside_quotes(text)
    figure = _THAT_FIGURE.search(own)
    rest = _after_attribution(text)
    return bool(_DANGLING.match(text) or rest and _DANGLING.match(rest[:1].upper() + rest[1:]) or teaser(text)
                or _PAGE_CLOCK.match(text)
                or _THAT_AS_SUBJECT.search(own) or _ONE_OF_THOSE.search(own)
                or figure and not re.search(r"\d", own[:figure.start()]) or _THE_OTHER.match(text)
                or _IN_THE_MESSAGE.match(text) or _THE_POST.match(text) or same_as_before(own)
                or _HOWEVER.match(text) or _ANOTHER.match(text) or _THE_REPORT.match(text) or orphan_attribution(text)
                or any(_names_a_thing(m, own) for m in _THOSE_THINGS.finditer(own)))


def same_as_before(text: str) -> bool:
    """'... in the same region' pointing back at a region told before; not when the sentence itself names what shares
    it ('The victims and the suspect were taken to the same hospital', 'Both shootings happened in the same county')."""
    match = _THE_SAME.search(text)
    return bool(match) and not _SHARED_BY.search(text[:match.start()])


_SHARED_BY = re.compile(r"\b(?i:both|all|each)\b|\band\s+(?:(?i:the|a|an|his|her|their|its)\b|[A-Z])")  # 'The
# victims and the suspect ...' (not 'Rescuers searched overnight and found another body in the same region')


def orphan_attribution(text: str) -> bool:
    """Only who spoke, where and when: 'Attorney General Merrick Garland said in a statement.', 'Trump wrote in a
    statement posted to his social media website Saturday.': the words were in the paragraph before (not 'The
    safety board said on Saturday it would also investigate', which says what)."""
    match = _ORPHAN_ATTRIBUTION.match(text)
    if not match:
        return False
    words = re.findall(r"[\w’'.-]+", match.group("setting") or "")
    # only where, when and through what: 'Ukraine said on Friday its troops hold the village' says what
    return all(w[:1].isupper() or w[:1].isdigit() or w.lower() in SETTING_WORDS for w in words)


_ORPHAN_ATTRIBUTION = re.compile(r"^(?:[\w.'’-]+\s+){1,7}?(?<!\bwas\s)(?<!\bwere\s)(?<!\bbeen\s)(?<!\bis\s)(?<!\bare\s)"
                                 r"(?:said|says|wrote|writes|added|stated|posted|explained|tweeted)"
                                 r"(?P<setting>\s+(?:in|on|at|during|after|before|via)\b(?:\s+[\w.'’-]+){1,12})?\s*\.$")


def _after_attribution(text: str) -> str:
    """What follows an opening 'According to X, ' ('this happened at ...'), or '' when nothing does or it goes on
    with 'it' or 'its' ('According to the company, it will cut 500 jobs': 'it' is the company)."""
    attributed = _ACCORDING_TO.match(text)
    rest = text[attributed.end():] if attributed else ""
    return "" if re.match(r"its?\b", rest) else rest


def teaser(text: str) -> bool:
    """A teaser of what the page goes on to tell ('Here's what it was like in the courtroom.'); one that tells it after
    a colon ('Here's who won: Stein beat Robinson ...') is no teaser."""
    return bool(_POINTS_AHEAD.match(text)) and not re.search(r":\s+\S", text)


_ACCORDING_TO = re.compile(r"^According\s+to\s+[^,]{2,60},\s+")
# 'Almost an hour ago, Georgian President Salome Zourabichvili has called ...': a live page's clock, which the briefing's
# reader does not have
_PAGE_CLOCK = re.compile(r"^(?:(?:Almost|About|Around|Just|Nearly|Some|Over|More\s+than|Less\s+than)\s+)?(?:an?|one|two|"
                         r"three|four|five|\d+|a\s+few|several|moments?|minutes)\s+(?:(?:minutes?|hours?)\s+)?ago\b", re.I)
# 'Here's what it was like in the courtroom.', 'Here is how it happened', 'This is what we know': a teaser of what
# the page goes on to tell, no fact of its own
_POINTS_AHEAD = re.compile(r"^(?:Here(?:['’]s|\s+is|\s+are)|This\s+is|These\s+are)\s+(?:what|how|why|who|when|where|"
                           r"everything|all\s+(?:you|we)|the\s+latest)\b")


# 'In the social media post, Barracuda Music said ...': the post the sentence before told of
_IN_THE_MESSAGE = re.compile(r"^In\s+the\s+(?:[a-z-]+\s+){0,2}(?:post|statement|letter|video|message|interview|speech|address|"
                             r"tweet)\s*,")  # (not 'In his victory speech, Starmer ...': whose speech is said)
_THE_POST = re.compile(r"^The\s+post\s+(?:[a-z]+ed|was|has|had|is|said|says|read|reads)\b")  # 'The post gained ...'
# (not 'The post office', 'The post-mortem examination')
# 'An aviation expert, however, suggested ...': against what the sentence before said
_HOWEVER = re.compile(r"^[^,.;:“\"]{1,60},\s+however,")
# 'Another Russian news agency ...', 'Another worker survived': one more than the sentence before told
_ANOTHER = re.compile(r"^Another\s+(?!\d|(?i:" + "|".join(NUMBER_WORDS) + r")\b)[A-Za-z]")  # ('Another 20 people', 'Another
# two' are counts added to the story's, which say themselves what they count)
# 'According to the report, ...': a report the sentence before named
_THE_REPORT = re.compile(r"^According\s+to\s+(?:the|this|that|these|those)\s+(?:report|reports|statement|document|documents|"
                         r"study|survey|source|sources|letter|filing|complaint|post|video|outlet|newspaper|paper|"
                         r"publication|website|data|figures)\s*,")
# 'Another body was found in the same region on Sunday': the region the sentence before named (not 'in the same
# village as the victim's family')
_THE_SAME = re.compile(r"\b[Tt]he\s+same\s+(?:" + "|".join(SAME_REFERENTS) + r")\b(?!\s+(?:as|that|which|where|when|"
                       r"with|of|in\s+which)\b)")
# 'Investigators are working to determine if those substances ...': things the sentence before named
_THOSE_THINGS = re.compile(r"\b(?:these|those)\s+([a-z]+)\b")


def _names_a_thing(match: re.Match[str], text: str) -> bool:
    """The word after 'these' or 'those' is a noun of things told before ('those substances'), not a time ('these
    days'), a participle or an adjective of people ('those killed', 'those responsible'), a preposition ('those over
    65', 'those without heat'), a relative ('those who', 'those people who were evacuated'), nor a thing the sentence
    itself names before ('Biden won 306 electoral votes, and those votes were certified')."""
    word = match.group(1)
    after = text[match.end():].lstrip().split(" ", 1)[0].lower()
    return word not in TIME_WORDS and word not in NOT_THINGS and not word.endswith(("ed", "ing", "ble")) \
        and after not in ("who", "whom", "whose", "which", "that") and word.rstrip("s") not in text[:match.start()].lower()


# 'Gov. Roy Cooper said this number is likely to rise': a figure the sentence before gave; 'The other Florida deaths
# occurred in Dixie County': others than those counted before
_THAT_FIGURE = re.compile(r"\b(?:this|these|those)\s+(?:numbers?|figures?|tolls?|totals?|counts?|estimates?)\b", re.I)
# ('that' opens a clause: 'The judge ruled that counts 1 and 3 be dismissed'; a figure before it is its own: 'said 5,300
# had died and that this toll would rise')
# What a player named before did next: 'scored', 'has', ', who' (not 'The forward operating base', 'The goalkeeper coach')
_DID = (r"(?:\s*,|\s+(?:who|has|had|was|is|will|would|won|scored|netted|registered|made|added|struck|became|joined|"
        r"signed|said|says|missed|played|finished|ended|beat|lost)\b)")
_THE_OTHER = re.compile(r"^The\s+others?\b(?!\s+(?:side|day|way|hand)\b)"
                        # 'The 27-year-old, who won the US Open ...', 'The Italian, who ...': the man named before
                        # (not 'The Vatican said', 'The Taliban, who seized power ...', 'The Guardian has learned')
                        r"|^The\s+\d{1,3}-year-old(?:,|\s+(?:who|has|had|was|is|will|would|said|says|added)\b)"
                        r"|^The\s+(?:" + "|".join(sorted(NATIONALS)) + r"),?\s+who\b"
                        # 'The defensive midfielder registered ...', 'The Spain international won ...': a player named
                        # before by position or cap (not 'The striker Harry Kane', 'The international community')
                        r"|^The\s+(?:(?!public\b)[a-z][\w-]*\s+){0,2}(?:" + "|".join(PLAYER_EPITHETS) + r")" + _DID
                        + r"|^The\s+[A-Z][a-z]+\s+international" + _DID
                        # 'The South African-born Tesla boss offered ...': a person named before by a description
                        + r"|^The\s+(?:[\w’'-]+\s+){0,3}(?:" + "|".join(PERSON_EPITHETS) + r")(?:" + _DID
                        + r"|\s+[a-z]{3,}ed\b)")


# 'Jeremy Corbyn was one of those, winning his seat ...': those the sentence before counted.
_ONE_OF_THOSE = re.compile(r"\b(?:was|is|were|are|being)\s+(?:one|among|some|two|three|several)\s+of\s+(?:those|them)\b"
                           r"(?!\s+(?:who|which|that|whose|in|at|on|from|with)\b)")
# 'Tests after the surgery found that was incorrect': 'that' right before a verb is what the sentence before said.
_THAT_AS_SUBJECT = re.compile(r"\b(?:found|find|finds|said|says|showed|shows|confirmed|determined|revealed|believe|"
                              r"believes|believed|think|thinks|thought|knew|know|knows)\s+that\s+"
                              r"(?:was|is|were|are|would|will|had|has)\b")


def pronoun_speaker(text: str) -> bool:
    """Someone's words told as ', he said' with no one named as saying anything before it ('The authorities will not
    persecute Wagner members ..., he said'; 'Prigozhin will go to Belarus, he said'): alone, the reader takes 'he'
    for the last man the briefing named, or a man the line names, when the speaker may be someone else. 'Peskov said
    the case was dropped, he added' names him. Who 'he' is, the placer asks the page (`quotes.pronoun_antecedent`)."""
    own = outside_quotes(text)
    pronoun = _PRONOUN_SPEAKS.search(own)
    return bool(pronoun) and not _NAMED_SPEAKS.search(own[:pronoun.start()])


_SPEECH = "|".join(sorted(SPEECH_VERBS))
# The reporting clause after the words: ', he said.', ', she told reporters', ', said he.' ('for what he said was its
# slow response' and 'as she confirmed an election' report no one's words).
_PRONOUN_SPEAKS = re.compile(rf",\s+(?:(?:he|she)\s+(?:also\s+)?(?:{_SPEECH})\b|(?:{_SPEECH})\s+(?:he|she)(?=\s*[.,;]))", re.I)
_NAMED_SPEAKS = re.compile(rf"(?!(?:He|She|It|They|We|I)\b)(?-i:[A-Z])[\w.'’-]+\s+(?:{_SPEECH})\b|"
                           rf"\b(?:{_SPEECH})\s+(?!(?:He|She|It|They|We|I)\b)(?-i:[A-Z])", re.I)  # a name, not 'He said'


def not_yet_known(text: str) -> bool:
    """A sentence that only says something is not known yet ('Details of the agreement with GM ... were not
    immediately available.'): it tells no fact, and beside the outlets that give the details it is stale. One that
    says something first ('the shooter was 71, but the motive was not immediately clear') is news."""
    from briefing.support import wording  # support reads wording's quotation helpers: imported when asked

    if not _NOT_YET_KNOWN.search(text) or re.search(r"\bbut\b|;|,\s+(?:and|where|while|as)\b", text):
        return False
    return not wording(text).counts  # 'Two people were killed ... and the motive was not clear' reports deaths first


_NOT_YET_KNOWN = re.compile(r"\b(?:(?:was|were|is|are|remains?)\s+(?:not\s+)?(?:immediately|yet)|(?:have|has)\s+not\s+"
                            r"(?:yet\s+)?been(?:\s+immediately)?)\s+(?:available|clear|known|released|disclosed|made\s+public)\W*$")


def unattributed_quotation(text: str) -> bool:
    """Someone's words set as the verb of the line's own subject, and no one said to say them ('Yevgeny Prigozhin,
    “will go to Belarus,” and the criminal case against him will be dropped'; 'The ring, which has the mass of 6.5
    billion suns, “is something that we were incredibly confident about.”'): the reader cannot tell whose words they
    are. A quotation that opens on another word is framed by the line ('won the prize for “his verse”', 'informed
    jurors that “the parties have resolved their case”'), and so is one after 'that' or 'as' ('means that “will ...')."""
    if not _QUOTED_PREDICATE.search(text):
        return False
    outside = outside_quotes(text)
    return not (_ATTRIBUTION.search(outside) or any(w.lower() in SPEECH_VERBS for w in _WORD.findall(outside)))


_QUOTED_PREDICATE = re.compile(r"(?<=[\w*])(?<!\bthat)(?<!\bas),?\s+[“\"](?:will|would|has|have|had|is|was|are|were|"
                               r"must|should|could|can|did|does)\s")


def unquoted_speech(text: str) -> bool:
    """A speaker's words printed without quotation marks or a speaker ('I have to thank you on behalf of the
    people of Minnesota'): first or second person outside any quotation, and no one said to say it."""
    outside = outside_quotes(text)
    words = [w.replace("’", "'") for w in _WORD.findall(outside)]
    if _ATTRIBUTION.search(outside) or any(w.lower() in SPEECH_VERBS for w in words):
        return False
    return any(w.lower() in FIRST_SECOND_PERSON and (w[0].islower() or k == 0 or w.split("'")[0] == "I"
                                                     and (k == 1 or not words[k - 1][:1].isupper()))  # 'World War I'
               for k, w in enumerate(words))


_WORD = re.compile(r"[A-Za-z]+(?:[’'][a-z]+)?")
_SINGLE_QUOTED = re.compile(r"‘.*?[,.!?…]’")
