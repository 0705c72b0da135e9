"""From raw lines to a clean source: joined lines, date, headline, boilerplate, subheads, sentences."""

from __future__ import annotations

import re
from itertools import islice
from pathlib import Path

from briefing import boilerplate
from briefing.errors import BriefingError
from briefing.guard import clean_field
from briefing.ingest.language import not_english
from briefing.ingest.loaders import RawDocument
from briefing.ingest.metadata import date_from_line, to_iso_date
from briefing.lexicon import DROP_CAPITAL_WORDS, LINKING_CONJUNCTIONS, SHORT_COMMON_WORDS
from briefing.model import Dropped, Sentence, Source
from briefing.segment import abbreviations, curly_quotes, fragment_reason, split_sentences
from briefing.vectors import stop_words
from briefing.wording import unquoted_speech, word_count

MAX_LINE_CHARS = 50_000  # one line longer than this is a dump, not a paragraph
MAX_JOINED_CHARS = 10_000  # hard-wrapped lines joined past this are not one paragraph: keep them as written
MAX_HEADLINE_WORDS = 30
TEASER_SEARCH = 40  # lines below a headline candidate read for the paragraph it may be a cut copy of
TEASER_MIN_WORDS = 6  # a cut copy of a later line this long is the page's teaser of it, never its headline
DATELINE_LINES = 3  # a place and a colon or dash opens a dateline only in a source's first lines ('New Delhi: ')
MENU_WINDOW = 6  # lines either side of a newsroom byline where a menu's other items ('Crypto News') would be
MENU_ITEM_WORDS = 5
PLACE_LABELS = 2  # ... and only when no other paragraph opens so: two are a roundup's labels ('Texas:', 'Oklahoma:')
CAPTION_TWICE = "caption (printed twice: the photo's and its alt text)"
BARE_CREDIT_WORDS = 6  # a photo credit line with no caption of its own
DATE_LINE_SEARCH = 8  # date lines sit above the story: the first lines only ...
DATED_RULES = (None, "metadata", "breaking banner")  # a date line may be a page's update stamp ('UPDATED 19:18 EDT /
# JANUARY 10 2024'), never a caption or a byline
DATE_FOOT_LINES = 6  # ... or, one alone, at its foot ('May 16, 2024' above 'Leave a Comment')
HEADLINE_CONTEXT_LINES = 6  # a short headline shares a word with the lines below it ...
WIDGET_MAX_WORDS = 4  # ... or it is a widget ('Open Extended Reactions'); a longer title may use its own words
KICKER_MAX_WORDS = 2  # a line this short above the headline, with no sentence end, is a kicker: 'Murdaugh Case'
HEADLINE_SEARCH = 6  # the headline is the first real line; widgets and banners may sit above it (lines with text)
MAX_SUBHEAD_WORDS = 10

_DATE_PREFIX = re.compile(r"^\s*(?:date|published|dated|updated)\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)"
                          r"(?:[T ]\d{1,2}:\d{2}[\d:.+Z-]*)?\s*", re.I)  # a clock has a colon: ' date 2024-07-30 63 dead,
# hundreds feared trapped' keeps its count; a month alone ('date 2019-04') is stripped but dates nothing
_LINE_END = re.compile(r"[.!?:”\"]$")


def build_source(source_id: str, shown: str, raw: RawDocument, extra_outlets: dict[str, str] | None = None) -> Source:
    """Clean a raw document: metadata, boilerplate, subheads, sentences, fragments."""
    for line in raw.lines:
        if len(line) > MAX_LINE_CHARS:
            raise BriefingError(shown, f"a line of {len(line):,} characters: not article text")
    if language := not_english("\n".join(raw.lines[:2000])):
        raise BriefingError(shown, f"looks like {language}: only English text is supported")
    source = Source(id=source_id, path=Path(shown), outlet="", notes=list(raw.notes))
    lines = join_wrapped_lines([line.strip() for line in raw.lines])
    lines, mastheads = take_masthead(lines, source)
    lines, date_lines = take_date(lines, source, raw.meta)
    mastheads += [name for line in date_lines if (name := boilerplate.leading_outlet(line) or boilerplate.source_site(line)
                                                  or boilerplate.stamped_outlet(line))]
    # 'Sputnik International, 1920, 20.11.2022', 'Source: B92 Wednesday, March 1, 2023', 'Reuters Published July 31,
    # 2024 ...': the publisher above its date
    headline = boilerplate.clean_headline(raw.meta.get("headline", ""))
    lines, headline, teasers = take_headline(lines, headline, raw.headings)
    source.dropped.extend(Dropped(line, "another story's teaser above the headline", 0) for line in teasers)
    source.date = source.date or to_iso_date(boilerplate.headline_date(headline))
    source.headline = clean_field(curly_quotes(boilerplate.clean_headline(headline)))
    kept, signature_outlets = remove_boilerplate(lines, headline, source, extra_outlets)
    paragraphs_with_context(kept, raw.headings, source)
    signature_outlets += segment_source(source) + mastheads
    source.outlet, source.outlet_from, source.agency = choose_outlet(raw.meta, signature_outlets, extra_outlets)
    return source


def join_wrapped_lines(lines: list[str]) -> list[str]:
    """Join a hard-wrapped line to the next when it has no final punctuation and the next starts lowercase.

    Linear in the text; a run that would grow past MAX_JOINED_CHARS is not a wrapped paragraph
    (a list of lowercase lines, say), so its lines are kept as written rather than run together."""
    out: list[str] = []
    run: list[str] = []
    size = 0

    def flush() -> None:
        if size > MAX_JOINED_CHARS:
            out.extend(run)
        elif run:
            out.append(" ".join(run))

    for line in lines:
        if run and run[-1] and len(line) > 1 and line[0].islower() and not _LINE_END.search(run[-1]) \
                and line != run[-1]:  # a line printed twice (a caption and its alt text) is no wrapped paragraph
            # (a lone 'x' under a headline is a close button, no wrapped word)
            run.append(line)
            size += len(line) + 1
            continue
        flush()
        run, size = [line], len(line)
    flush()
    return out


def take_masthead(lines: list[str], source: Source) -> tuple[list[str], list[str]]:
    """The lines without the page's masthead, and the publishers it names: a known outlet among the first lines
    (alone, or glued to a slogan or a menu), else the page's logo read as text, else a publisher's name alone on the
    first line, after a stored page's date prefix (' date 2024-07-16 The New York Sun'; the prefix stays for
    `take_date`; a known agency there is a photo's credit: ' date 2023-06-07 AFP'). The masthead is neither the
    headline nor the text."""
    top = [line for line in lines if line][:MASTHEAD_LINES]
    if mastheads := [named for line in top if (named := boilerplate.masthead_outlet(line))]:
        return [line for line in lines if not boilerplate.masthead_outlet(line) or line not in lines[:MASTHEAD_LINES + 2]], \
            mastheads
    if logos := [(line, named) for line in top if (named := boilerplate.logo_masthead(line))]:
        source.dropped.extend(Dropped(line, "masthead", 0) for line, _ in logos)  # 'Houston Chronicle Logo...'
        return [line for line in lines if line not in {line for line, _ in logos}], [logos[0][1]]
    prefix = _date_prefix(top[0]) if top else ""
    # 'Taiwan Tati Cultural and Educational Foundation' alone atop the page, after a stored date prefix or not
    if top and (named := boilerplate.named_masthead(top[0][len(prefix):])):
        source.dropped.append(Dropped(top[0][len(prefix):], "masthead", 0))
        return [prefix] * bool(prefix) + lines[lines.index(top[0]) + 1:], [named]
    return lines, []


def _date_prefix(line: str) -> str:
    """A stored page's date prefix opening the line (' date 2024-07-16 '), or ''."""
    match = _DATE_PREFIX.match(line)
    return match.group(0) if match else ""


def take_date(lines: list[str], source: Source, meta: dict[str, str]) -> tuple[list[str], list[str]]:
    """The lines without the article's date lines, and those date lines. The date: metadata, else a 'date:
    YYYY-MM-DD' prefix, else the earliest date line near the top (each dropped, with its rule). A page header may
    carry the day it was read ('Thursday, July 18, 2024') above the publication stamp ('ARGENTINA | 19-11-2023 22:37'); updates and reading days come after publication, never before."""
    source.date = to_iso_date(meta.get("date", ""))
    source.date_given = bool(source.date) and meta.get("date_from", "") in USER_ORIGINS
    out = lines[:]
    stated: list[str] = []
    date_lines: list[str] = []
    for index, line in enumerate(lines[:_index_after_lines_with_text(lines, DATE_LINE_SEARCH)]):
        if match := _DATE_PREFIX.match(line):
            source.date = source.date or (match.group(1) if len(match.group(1)) == 10 else "")
            out[index] = line = line[match.end():]  # what follows may be a date line too ('General News of ...')
        if (line and not has_sentence_end(line) and boilerplate.line_rule(line) in DATED_RULES
              and (date := date_from_line(line))):
            if not any(lines[:index]) and site_header(lines[index + 1:]):  # the page's first line, in its header
                source.dropped.append(Dropped(line, "page header date", 0))  # the day the page was served
            else:
                stated.append(date)
                source.dropped.append(Dropped(line, "date line", 0))
                date_lines.append(line)
            out[index] = ""
    source.date = source.date or min(stated, default="")
    if not source.date:  # one date line at the page's foot, after the story: its date
        foot = [k for k in range(len(out)) if out[k]][-DATE_FOOT_LINES:]
        dated = [(k, date) for k in foot if not has_sentence_end(out[k]) and boilerplate.line_rule(out[k]) in
                 (None, "metadata") and (date := date_from_line(out[k]))]
        if len({date for _, date in dated}) == 1:
            source.date = dated[0][1]
            for k, _ in dated:
                source.dropped.append(Dropped(out[k], "date line", 0))
                date_lines.append(out[k])
                out[k] = ""
    return out, date_lines


HEADER_LINES = 3  # lines after a date line that show it sits in the site's header


def site_header(below: list[str]) -> bool:
    """The lines below a page's first line, a date, are the site's own furniture ('Newsletter sign-up', 'Subscribe
    now'): the date is the header's today, printed on every page the day it was read, not when the article was
    published (a date under a byline, above 'Follow us', is still the article's)."""
    near = [line for line in below if line.strip()][:HEADER_LINES]
    return any(boilerplate.line_rule(line) == "follow prompt" for line in near)


def take_headline(lines: list[str], headline: str, headings: set[str]) -> tuple[list[str], str, list[str]]:
    """Take the first line that is not junk as headline when it is a title; return the remaining lines, the
    headline, and the teasers of other stories found above it (sentences sharing no word with the story below)."""
    search = _index_after_lines_with_text(lines, HEADLINE_SEARCH)
    lines = [boilerplate.without_banner_label(line) if k < search else line for k, line in enumerate(lines)]
    lines = _split_glued_bylines(lines, search)
    search = _index_after_lines_with_text(lines, HEADLINE_SEARCH)
    if sum(boilerplate.without_feed_age(line) != line for line in lines) == 1:  # the page's own headline stamped
        lines = [boilerplate.without_feed_age(line) if k < search else line for k, line in enumerate(lines)]  # (a
        # feed's list of other stories carries a stamp on every item)
    first = next((i for i, line in enumerate(lines[:search]) if line and boilerplate.line_rule(line) is None
                  and not boilerplate.sectioned_link(line) and not date_from_line(line)), None)
    if first is None:
        return lines, headline, []
    candidate = lines[first]
    if headline and _same_text(candidate, headline):
        return lines[:first] + lines[first + 1:], headline, []
    if headline:
        return lines, headline, []
    teasers: list[int] = []
    for index in range(first, min(len(lines), search)):
        candidate, rest = lines[index], lines[index + 1:]
        if not candidate or boilerplate.line_rule(candidate) is not None or boilerplate.sectioned_link(candidate) \
                or date_from_line(candidate):
            continue
        if len(candidate.split()) <= MENU_ITEM_WORDS and menu_item(rest):
            continue  # 'Stocks in Play' above 'Dividend Stocks', 'Breakout Stocks', ...: a site's menu, no headline
        if cut_copy_of_a_later_line(candidate, rest):
            teasers.append(index)  # 'A wave of IT outages swept ... as some Mi': the lede, cut, above the headline
            continue
        if not is_title(candidate, rest, headings):
            if len(candidate.split()) <= KICKER_MAX_WORDS and not has_sentence_end(candidate):
                continue  # a kicker or section label above the headline ('Murdaugh Case')
            if not tells_the_story(candidate, rest):  # 'Donald Trump fought to save ... Paxton' above a Murdaugh story
                teasers.append(index)
                continue
            return lines, headline, []  # the story has begun: no headline line
        if len(candidate.split()) > WIDGET_MAX_WORDS or tells_the_story(candidate, rest):
            return ([line for k, line in enumerate(lines[:index]) if k not in teasers] + rest, candidate,
                    [lines[k] for k in teasers])
        # A title-shaped line that shares no word with the story is a widget or a banner ('Open Extended Reactions').
    return lines, headline, []  # no headline below them: the first lines are the story's own


def _split_glued_bylines(lines: list[str], search: int) -> list[str]:
    """The first lines with a headline run into its byline made two lines: 'Tom Brady retires after 22 seasons, 7
    Super Bowl titles' and 'ROB MAADDI, AP Pro Football Writer Feb. 1, 2022 Updated: ...'."""
    out: list[str] = []
    for k, line in enumerate(lines):
        head, byline = boilerplate.headline_byline_split(line) if k < search else (line, "")
        out.extend([head, byline] if byline else [line])
    return out


def _index_after_lines_with_text(lines: list[str], count: int) -> int:
    """The index just past the first `count` lines that hold text (blank lines between them do not count)."""
    seen = 0
    for index, line in enumerate(lines):
        seen += bool(line)
        if seen == count:
            return index + 1
    return len(lines)


def cut_copy_of_a_later_line(line: str, rest: list[str]) -> bool:
    """A line that is the start of a later, longer line (a page's teaser of its own lede, cut off mid-word)."""
    start = line.rstrip(" .…")
    words = len(start.split())
    return words >= TEASER_MIN_WORDS and any(len(other.split()) > words and other.startswith(start)
                                             for other in rest[:TEASER_SEARCH]) \
        and not any(_same_text(line, other) for other in rest[:TEASER_SEARCH])  # a headline printed twice (its
    # caption below may start with it too) is no teaser


def tells_the_story(title: str, rest: list[str]) -> bool:
    """A headline shares a content word (four letters or more) with the first paragraphs below it."""
    words = {w.lower() for w in re.findall(r"[A-Za-z]{4,}", title)} - stop_words()
    below = " ".join(line for line in rest[:HEADLINE_CONTEXT_LINES] if line).lower()
    return any(re.search(rf"\b{re.escape(w)}", below) for w in words)


def is_title(line: str, rest: list[str], headings: set[str]) -> bool:
    """A title: a marked heading, a line repeated later, or a short line without a sentence end."""
    n_words = len(line.split())
    if line in headings:
        return True
    if line.split()[0] in LINKING_CONJUNCTIONS:
        return False  # 'But stops short of calling on Israel to suspend ...': a deck going on from the headline
    if not 3 <= n_words <= MAX_HEADLINE_WORDS or line.rstrip().endswith((",", ";", ":")):
        return False  # a line ending on a comma is a cut sentence, one ending on a colon opens a list
        # ('(Bloomberg) -- Here are key takeaways from the decision:'): no title
    if any(_same_text(line, other) for other in rest):
        return True
    if line.rstrip().endswith("?") and not _QUOTE_MARK.match(line) and set_apart(rest):
        return True  # 'As UN court rules on Israel's military action in Gaza, what happens next?' above a photo
    if any(has_sentence_end(line[:m.start() + 1]) and not _QUOTE_MARK.search(line[:m.start()])
           for m in _INNER_SENTENCE_END.finditer(line)):
        return False  # two sentences, the last unfinished: a caption ('Supporters in Niamey. He is believed to be ...');
        # not a quotation's ('Maine shootings: 'Helicopters, sirens. It's crazy' - resident') or a question's
    return not has_sentence_end(line) and not boilerplate.ends_like_fragment(line + ".")


def set_apart(rest: list[str]) -> bool:
    """The next line is page furniture (a caption, a byline, a date): what stands above it is a title, even one
    ending on a question mark; a story's question is followed by more of the story."""
    following = next((line for line in rest if line), "")
    return bool(following) and (boilerplate.line_rule(following) is not None or bool(date_from_line(following)))


_INNER_SENTENCE_END = re.compile(r"\.(?=\s+[A-Z])")
_QUOTE_MARK = re.compile(r"[\"“”‘’']")


def has_sentence_end(line: str) -> bool:
    """True when a line ends a sentence (a final abbreviation such as 'U.S.' does not count)."""
    if not re.search(r"[.!?…][\"'”’)]*$", line):
        return False
    last = line.split()[-1].rstrip("\"'”’)").rstrip(".").lower()
    return last not in abbreviations() or last in ("a.m", "p.m")  # '... a little before 7 p.m.' ends a sentence


def _same_text(a: str, b: str) -> bool:
    """Equal up to case, spacing and punctuation."""
    def norm(s: str) -> str:
        return re.sub(r"\W+", " ", s).strip().lower()
    return norm(a) == norm(b)


MASTHEAD_LINES = 2  # a page's masthead is among its first lines
SIGNED_PARAGRAPH_WORDS = 25  # a paragraph this long above a lone agency name at the page's foot is the story's
SITE_NAME_FOOT_LINES = 3  # a site's name alone ('News.Az') credits the page atop it or among its last lines
USER_ORIGINS = ("manifest", "sidecar", "front matter")  # metadata the user wrote, as `normalize_meta` names it
# Lines whose outlet names are evidence of who published the copy
CREDIT_RULES = ("credit", "byline", "agency signature", "outlet only", "follow prompt", "asked for comment", "widget",
                "copyright", "source line", "author bio", "tip line", "syndication note", "sign-up box",
                "subscription prompt", "trust badge")


def menu_item(rest: list[str]) -> bool:
    """The next two lines with text are short title-case labels too ('Dividend Stocks', 'Breakout Stocks'): a short
    line above them is a menu's item, not a headline (a headline is followed by a deck, a byline, a date or the
    story)."""
    following = [line for line in rest[:MENU_WINDOW] if line][:2]
    return len(following) == 2 and all(
        len(line.split()) <= MENU_ITEM_WORDS and not has_sentence_end(line)
        and all(w[:1].isupper() or w.lower() in stop_words() for w in line.split())
        and boilerplate.line_rule(line) is None and not date_from_line(line) for line in following)


def in_a_menu(line: str, lines: list[str], index: int) -> bool:
    """A short line among others that end on its last word, a site's menu ('Commodity News', 'Crypto News', 'Crude
    Oil News'), not a newsroom's byline alone above the story ('Moneycontrol News')."""
    last = line.split()[-1].lower()
    near = [lines[k] for k in range(max(0, index - MENU_WINDOW), min(len(lines), index + MENU_WINDOW + 1))
            if k != index and lines[k]]
    return any(len(other.split()) <= MENU_ITEM_WORDS and other.split()[-1].lower() == last for other in near)


def opening_line(kept: list[str]) -> bool:
    """The next line is among a source's first DATELINE_LINES lines with text (blank lines between a headline, a
    byline and the first paragraph do not count)."""
    return len(list(islice(filter(None, kept), DATELINE_LINES))) < DATELINE_LINES


def labelled_by_place(lines: list[str]) -> bool:
    """Paragraphs open on different places as labels, a roundup's ('Texas: At least three people died ...',
    'Oklahoma: Two people were killed ...'), not one dateline (a page may print its first paragraph twice): none of
    them is cut as a dateline."""
    places = {match.group(0).strip(" :—–-").lower() for line in lines if line
              and (match := boilerplate.place_dateline(line))}
    return len(places) >= PLACE_LABELS


def remove_boilerplate(lines: list[str], headline: str, source: Source,
                       extra: dict[str, str] | None = None) -> tuple[list[str], list[str]]:
    """Drop boilerplate lines (recorded with their rule); return kept lines and the outlets credit lines name."""
    kept: list[str] = []
    outlets: list[str] = []
    after_credit = False  # some sites put the caption below its photo credit
    after_linked_headline = False  # aggregator pages set another story's headline and lede in the text
    in_appeal = False  # a page's appeal box goes on in lines that speak to the reader
    with_text = [k for k, line in enumerate(lines) if line]
    last = with_text[-1] if with_text else -1
    foot = set(with_text[-SITE_NAME_FOOT_LINES:])
    edges = set(with_text[:MASTHEAD_LINES]) | foot  # where a page names its own site
    labels = labelled_by_place(lines)
    following_text = [""] * len(lines)  # the next line with text after each line
    for k in range(len(lines) - 2, -1, -1):
        following_text[k] = lines[k + 1] or following_text[k + 1]
    for index, line in enumerate(lines):
        if not line:
            kept.append("")
            continue
        if (newsroom := boilerplate.newsroom_byline(line)) and not any(has_sentence_end(k) for k in kept if k) \
                and not in_a_menu(line, lines, index) and not (headline and _same_text(line, headline)):
            outlets.append(known_name(newsroom, extra) or newsroom)  # 'Moneycontrol News' above the story: the
            # page's own byline ('OAN Staff ...' -> 'One America News' when the outlet list knows the initials)
            source.dropped.append(Dropped(line, "byline", 0))
            continue
        if boilerplate.bare_name(line) and not any(has_sentence_end(k) for k in kept if k) \
                and not named_below(line.strip(), lines[index + 1:]):
            source.dropped.append(Dropped(line, "byline", 0))  # 'Chris Lynch' under the headline: the writer
            continue
        if after_linked_headline:  # the linked story's lede below its headline: that story, not this one
            source.dropped.append(Dropped(line, "linked story's lede", 0))
            after_linked_headline = False
            continue
        if boilerplate.linked_headline(line) and any(has_sentence_end(k) for k in kept if k):
            source.dropped.append(Dropped(line, "linked headline", 0))
            after_linked_headline = True
            continue
        if in_appeal and boilerplate.addresses_reader(line):
            source.dropped.append(Dropped(line, "subscription prompt (its box)", 0))
            outlets.extend(boilerplate.signature_outlets(line))  # 'The Independent is trusted by Americans ...'
            continue
        if in_appeal and (glued := boilerplate.glued_appeal(line)):
            source.dropped.append(Dropped(glued, "subscription prompt (its box)", 0))  # 'Your support makes all
            line = line[len(glued):]  # the difference.A businessman and his family were killed ...': the story's lede
        in_appeal = False
        if after_credit and boilerplate.caption_like(line) and not has_sentence_end(line):
            source.dropped.append(Dropped(line, "caption (next to a photo credit)", 0))
            after_credit = False
            continue
        after_credit = False
        twice = boilerplate.caption_printed_twice(line, following_text[index])
        again = bool(source.dropped) and source.dropped[-1] == Dropped(line, CAPTION_TWICE, 0)
        if (twice or again) and (has_sentence_end(line) or boilerplate.strip_signed_tail(line)[1]):
            source.dropped.append(Dropped(line, CAPTION_TWICE, 0))  # (a title-case headline printed twice is the
            continue  # headline: it ends no sentence; a caption may end on its agency: '... 2024. REUTERS')
        line, artefacts = boilerplate.strip_artefacts(line)
        source.dropped.extend(Dropped(a, "markup artefact", 0) for a in artefacts)
        rule = "repeated headline" if headline and _same_text(line, headline) else boilerplate.line_rule(line)
        if rule == "caption" and index == last and boilerplate.signed_paragraph(line):
            rule = None  # the story's last paragraph, signed by its agencies: '... in 1992. (Reuters/AP)'
        # 'Mr. Payne is a political reporter at The New York Sun.' under a story that never names him
        if rule is None and index in foot and (box := own_author_bio_outlet(line, lines)):
            source.dropped.append(Dropped(line, "author bio", 0))
            outlets.append(known_name(box, extra) or box)
            continue
        if rule is None:
            line, dateline = boilerplate.strip_dateline(line, opening=opening_line(kept) and not labels)
            if dateline:
                source.dropped.append(Dropped(dateline, "dateline", 0))
                source.date = source.date or date_from_line(dateline.strip(" —–-_"))  # 'January 15, 2024 -'
                outlets.extend(credited(dateline, extra, "dateline"))
            line, mark = boilerplate.strip_lead_mark(line)
            if mark:
                source.dropped.append(Dropped(mark, "list dash or label", 0))
            line, writer = boilerplate.strip_caps_byline(line) if opening_line(kept) else (line, "")
            if writer:  # 'JANE ROE, AP Transport Writer The city council voted ...'
                source.dropped.append(Dropped(writer, "byline", 0))
                outlets.extend(credited(writer, extra, "byline"))
            line, signed = boilerplate.strip_signed_tail(line)
            if opening_line(kept) and (via := boilerplate.reporting_via(line)):
                outlets.append(known_name(via, extra) or via)  # '..., APA reports citing France 24.'
            if not signed and index == last:
                line, signed = boilerplate.strip_closing_signoff(line)  # '... the project manager. /BGNES'
            if signed:  # '... the Grand Slam that begins Monday. EFE'
                source.dropped.append(Dropped(signed, "agency signature", 0))
                outlets.append(signed)
            kept.append(line)
            continue
        # 'AFP' alone under the story's last paragraph signs the copy; under a caption it credits the photo
        if rule == "photo credit" and index == last and (agency := boilerplate.lone_agency(line)) \
                and word_count(next((k for k in reversed(kept) if k), "")) >= SIGNED_PARAGRAPH_WORDS:
            rule = "agency signature"
            outlets.append(agency)
        elif rule == "copyright" and boilerplate.photo_copyright(line):
            pass  # '© AFP 2022 / ODD ANDERSEN': a photo's credit, not the page's
        elif rule == "outlet only" and (site := boilerplate.site_name(line)):
            if index in edges:  # 'News.Az' at the page's foot; a site named inside the story is no credit
                outlets.append(known_name(site, extra) or site)
        elif rule in CREDIT_RULES and not boilerplate.links_elsewhere(line) and not boilerplate.embedded_post(line):
            outlets.extend(credited(line, extra, rule if rule in ("copyright", "byline", "author bio", "source line",
                                                                  "syndication note", "sign-up box") else ""))
        elif rule == "metadata":  # 'Updated | By AFP': a byline among the page's fields
            outlets.extend(name for part in line.split("|") if boilerplate.byline(part.strip())
                           for name in credited(part.strip(), extra, "byline"))
            outlets.extend(name for name in [boilerplate.stamped_outlet(line)] if name)  # 'Reuters Published ...'
        elif rule == "dateline" and line.rstrip().endswith("/"):
            outlets.extend(credited(line, extra, "dateline"))  # 'Tokyo, 14 April, /AJMEDIA/': the agency's tag
        elif rule in ("photo credit", "caption") and (own := boilerplate.own_credit(line)):
            outlets.append(own)  # '(L.A. Times photo illustration; photos by ... AP ...)': only its own name counts
        if rule == "credit":
            # The names of a credit run may sit on the lines above it: 'Tucker Reals,' / 'Eleanor Watson and'.
            while kept and kept[-1] and boilerplate.name_fragment(kept[-1]):
                source.dropped.append(Dropped(kept.pop(), "byline", 0))
        if rule == "author bio":  # the writer's name heading their box: 'Chris Lynch' above 'Chris Lynch is a ...'
            while kept and (not kept[-1] or line.startswith(kept[-1]) and boilerplate.bare_name(kept[-1])):
                if kept[-1]:
                    source.dropped.append(Dropped(kept[-1], "byline", 0))
                kept.pop()
        if rule == "embedded post" and boilerplate.post_signature(line) and not post_above(lines, index):
            # '— Jeff Passan (@JeffPassan) December 9, 2023' alone: the line above it is the post's text, unless the
            # reporter's line introduces the post by its author ('The governor posted a video ...' above '— Gov. Josh
            # Green (@GovJoshGreen) ...')
            above = next((k for k in range(len(kept) - 1, max(-1, len(kept) - 3), -1) if kept[k]), None)
            if above is not None and not boilerplate.names_the_poster(kept[above], line):
                source.dropped.append(Dropped(kept.pop(above), "embedded post (its text)", 0))
        in_appeal = rule in ("subscription prompt", "donation appeal")
        after_credit = rule in ("photo credit", "caption") and len(line.split()) <= BARE_CREDIT_WORDS
        caption_above = bool(source.dropped) and source.dropped[-1].rule.startswith("caption")
        if after_credit and not caption_above:
            # A bare credit ('Jane Roe/Reuters') follows its caption: a short descriptive line just above it.
            if kept and kept[-1] and boilerplate.caption_like(kept[-1]):
                source.dropped.append(Dropped(kept.pop(), "caption (next to a photo credit)", 0))
        source.dropped.append(Dropped(line, rule, 0))
    return without_repeated_captions(kept, source), outlets


def own_author_bio_outlet(line: str, lines: list[str]) -> str:
    """The outlet of a writer's box at the page's foot (see `boilerplate.bare_author_bio`) about someone no sentence of the
    page names: the page's own writer ('Mr. Payne is a political reporter at The New York Sun.' under a story signed
    'RUSSELL PAYNE'), not a journalist in the news ('Gershkovich is a reporter for The Wall Street Journal.' closing
    a story on his trial); '' otherwise."""
    surname, outlet = boilerplate.bare_author_bio(line)
    named = re.compile(rf"\b{re.escape(surname)}\b") if surname else None
    return outlet if named and not any(named.search(other) for other in lines
                                       if other != line and has_sentence_end(other)) else ""


def post_above(lines: list[str], index: int) -> bool:
    """The line with text above a post's signature is itself a post's, dropped as such ('Welcome to Los Angeles,
    Shohei! pic.twitter.com/...'): the signature closes that one, not the reporter's paragraph above it."""
    above = next((line for line in reversed(lines[max(0, index - 3):index]) if line), "")
    return boilerplate.line_rule(above) == "embedded post"


def named_below(name: str, below: list[str]) -> bool:
    """The story speaks of the person a name line names ('Josh Shapiro' above 'Shapiro, 51, ...': a profile's
    subhead); a writer's name appears again only as their byline or at the head of their box."""
    surname = re.compile(r"\b" + re.escape(name.split()[-1]) + r"\b")
    return any(surname.search(line) for line in below if line.strip() != name and not line.startswith(name))


REPEATED_CAPTION_CHARS = 40  # a line this long that opens a caption of the page is that caption again (alt text)


def without_repeated_captions(kept: list[str], source: Source) -> list[str]:
    """Lines that are a caption of the page again without its credit ('Men transfer body bags ... Kalamata,
    Greece.' above the same words with 'Photo credit: Reuters'): dropped with the caption's rule."""
    captions = [d.text for d in source.dropped if d.rule.startswith("caption")]
    out = []
    for line in kept:
        if len(line) >= REPEATED_CAPTION_CHARS and any(c.startswith(line) for c in captions):
            source.dropped.append(Dropped(line, "caption (repeated without its credit)", 0))
            continue
        cut = _CUT_OFF.sub("", line)
        if cut != line and len(cut) >= REPEATED_CAPTION_CHARS and any(o != line and o.startswith(cut)
                                                                      for o in (*kept, *captions)):
            source.dropped.append(Dropped(line, "cut-off copy of a line below", 0))  # 'Hostages ... are handed over...'
            continue  # above the whole caption: the page's preview of it
        out.append(line)
    return out


_CUT_OFF = re.compile(r"\s*(?:\.\.\.|…)$")


def credited(line: str, extra: dict[str, str] | None, shape: str = "") -> list[str]:
    """Outlets a credit line names: the shipped list, and the story manifest's own names; a dateline's
    bracketed name, a copyright holder or a byline's outlet counts even when no list knows it ('LONDON (Harbor
    Gazette) –', '© 2024 Blaze Media LLC', 'By Rob Quinn, Newser Staff'): the shape itself says who published."""
    found = boilerplate.signature_outlets(line)
    for alias, name in (extra or {}).items():
        if name not in found and re.search(r"(?<!\w)" + re.escape(alias) + r"(?!\w)", line, re.I):
            found.append(name)
    if shape == "dateline":  # '(UrduPoint News / Sputnik - 05th May, 2023)': the carrier beside the agency
        found.extend(name for name in boilerplate.bracket_publishers(line) if name not in found)
        found.extend(tag for tag in [boilerplate.news_tag(line)] if tag and not found)  # 'Q24N —
    if not found and shape in ("dateline", "copyright", "byline") and (named := boilerplate.named_publisher(line, shape)):
        found.append(named)
    if not found and shape == "syndication note" and (named := boilerplate.first_appeared(line)):
        found.append(named)  # '(The above story first appeared on LatestLY on Oct 30, 2022 ...)'
    if not found and shape == "dateline" and (named := boilerplate.dated_publisher(line)):
        found.append(named)  # 'Asian Tech Press (Oct 16) --': the publisher's own dateline
    if not found and shape == "sign-up box" and (named := boilerplate.sign_up_publisher(line)):
        found.append(named)  # '... I would like to be emailed about offers ... from The Independent.'
    if not found and shape == "source line" and (named := boilerplate.source_site(line)):
        found.append(named)  # 'Source: TUKO.co.ke'
    if not found and shape == "author bio" and (named := boilerplate.author_bio_outlet(line)):
        found.append(named)  # 'Jane Roe is a correspondent for Just the News. Follow her on X.'
    if not found and shape == "byline" and (named := boilerplate.desk_outlet(line) or boilerplate.brand_byline(line)
                                            or boilerplate.caps_byline_outlet(line)):
        found.append(named)  # 'Reported By: X | Source: DNA Web Desk', 'By Africanews'
    if not found and (site := boilerplate.crumb_site(line)):
        found.append(site)  # 'Rediff.com » Sports » ...': the page's path through its own menus
    if not found and (site := boilerplate.promoted_site(line)):
        found.append(site)  # a page promotes its own site: 'Join GlobeSt.com now!'
    return found


def choose_outlet(meta: dict[str, str], credits: list[str], extra: dict[str, str] | None = None) -> tuple[str, str, str]:
    """(outlet, evidence, agency) from evidence only, in order: manifest or sidecar or front matter, page
    metadata, credit and dateline lines, the page's address. Never from 'told X' in the body: nothing
    named is unattributed (''). A copy crediting an agency that another outlet carries names both."""
    agencies = [c for c in credits if c in boilerplate.AGENCIES]
    carriers = [c for c in credits if c not in boilerplate.AGENCIES]
    outlet, evidence = meta.get("outlet", ""), meta.get("outlet_from", "metadata")
    if outlet and evidence == "page metadata":
        outlet = known_name(outlet, extra) or outlet  # sites name themselves by domain too: 'apnews.com'
    elif not outlet and (carriers or agencies):
        outlet, evidence = most_common(carriers or agencies), "credit line"
    elif not outlet and meta.get("url") and (named := known_name(domain_of(meta["url"]), extra)):
        outlet, evidence = named, "web address"
    elif not outlet:
        return "", "unattributed", ""
    agency = most_common([a for a in agencies if a != outlet]) if outlet not in boilerplate.AGENCIES else ""
    return outlet, evidence, agency


def most_common(names: list[str]) -> str:
    """The most frequent name, the first met on a tie."""
    return max(names, key=names.count) if names else ""


def known_name(text: str, extra: dict[str, str] | None = None) -> str:
    """The outlet list's name for a name, alias or web domain ('apnews.com' -> 'AP'), or ''."""
    key = text.strip().lower()
    key = key[4:] if key.startswith("www.") else key
    return (extra or {}).get(key) or boilerplate.KNOWN_OUTLETS.get(key, "") if key != "agencies" else ""


def domain_of(url: str) -> str:
    """'https://www.apnews.com/article/x' -> 'apnews.com'."""
    match = re.match(r"^(?:[a-z]+:)?//(?:www\.)?([^/:?#\s]+)", url.strip(), re.I)
    return match.group(1).lower() if match else ""


def paragraphs_with_context(lines: list[str], headings: set[str], source: Source) -> None:
    """Number the story paragraphs; subheads become the context of the paragraphs under them."""
    context = ""
    number = 0
    nonblank = [line for line in lines if line]
    for index, line in enumerate(nonblank):
        if is_subhead(line, headings) and index + 1 < len(nonblank):
            context = line
            source.dropped.append(Dropped(line, "subhead (kept as context)", number + 1))
            continue
        number += 1
        source.paragraphs.append((number, context, line))


def is_subhead(line: str, headings: set[str]) -> bool:
    """A subhead: a marked heading, or a short line with no sentence end that is not a broken sentence."""
    if line in headings:
        return True
    n_words = len(line.split())
    if n_words > MAX_SUBHEAD_WORDS or has_sentence_end(line) or line.endswith((",", ";", ":")):
        return False
    return bool(re.match(r"[\"'“‘A-Z0-9]", line)) and not boilerplate.ends_like_fragment(line + ".")


def segment_source(source: Source) -> list[str]:
    """Split paragraphs into sentences; keep usable ones, record fragments and boilerplate with reasons. Return the
    outlets a dropped sentence credits as the page's own ('... did not return a call from The Daily Beast.')."""
    position = 0
    credits: list[str] = []
    labelled = ""  # the speaker label whose first paragraph has been read
    for number, context, text in source.paragraphs:
        spoken = boilerplate.speaker_label(context) and context != labelled  # 'Bang Geon-jun / Witness' above 'I felt
        labelled = context if spoken else labelled  # a vibration ...': the witness's words, printed as the page's
        captioned = False  # a short paragraph opening on a caption is the caption's block: 'X appears on a screen at
        # ..., June 9, 2024. Macron dissolved the National Assembly ...' says what the photo is about, not the news
        short = len(text.split()) <= boilerplate.MAX_CAPTION_WORDS
        for k, sentence in enumerate(split_sentences(curly_quotes(drop_capital(text)))):  # one style of quotes
            sentence, mark = boilerplate.strip_lead_mark(sentence)  # a page that runs paragraphs together
            if mark:
                source.dropped.append(Dropped(mark, "list dash or label", number))
            sentence, credit = boilerplate.strip_photo_credit_opening(sentence)
            if credit:  # '(AP Photo)SOUTH PADRE ISLAND, TEXAS — ...': a caption's credit, then the story's dateline
                source.dropped.append(Dropped(credit, "photo credit", number))
                if k and source.sentences and source.sentences[-1].paragraph == number \
                        and boilerplate.caption_like(source.sentences[-1].text):  # 'The Space X explosion.', its caption
                    source.dropped.append(Dropped(source.sentences.pop().text, "caption (before its credit)", number))
                    position -= 1
                sentence, dateline = boilerplate.strip_dateline(sentence, opening=False)
                if dateline:
                    source.dropped.append(Dropped(dateline, "dateline", number))
            reason = boilerplate.line_rule(sentence) or ("byline" if boilerplate.run_in_header(sentence) else None) \
                or fragment_reason(sentence)
            captioned = captioned or k == 0 and short and (reason or "").startswith("caption") and (
                reason != "caption (present tense)" or bool(date_from_line(sentence)) or boilerplate.calendar_date(sentence))
            # (a present-tense opener alone is a guess: 'Protesters gather outside parliament in Tbilisi.' opens a
            # live entry whose next sentence is news; a dated one is a photo's: '..., in Paris, June 9, 2024.')
            reason = reason or ("caption (its paragraph)" if captioned else None)
            spoken = spoken and (k > 0 or unquoted_speech(sentence))
            reason = reason or ("someone's words under their label" if spoken else None)
            if reason:
                source.dropped.append(Dropped(sentence, reason, number))
                if reason in ("asked for comment", "subscription prompt"):  # '... Become an NPR sponsor' at its end
                    credits.extend(boilerplate.signature_outlets(sentence))
                # a header run into the opening paragraph: '... Greek media report. Source: B92 Wednesday, March 1,
                # 2023 | 09:09 Tweet', '... By John Johnson, Newser Staff Posted Apr 25, 2024 ...'
                credits.extend(named for named in [boilerplate.source_site(sentence),
                                                   boilerplate.run_in_byline_outlet(sentence)] if named)
                continue
            source.sentences.append(Sentence(sentence, source.id, number, position, context))
            position += 1
    return credits


def drop_capital(paragraph: str) -> str:
    """A paragraph opening on a function word in capitals, a print page's drop capital ('THE UK Government's plan
    ...'), in sentence case; a name or an acronym in capitals ('NASA said', 'BORIS Johnson') is left as written."""
    match = _CAPITAL_OPENING.match(paragraph)
    if match and match.group(1).lower() in DROP_CAPITAL_WORDS:
        return match.group(1).capitalize() + paragraph[match.end(1):]
    run = _CAPITAL_RUN.match(paragraph)  # 'NOBODY can fill ...', 'IF YOU'RE JUST waking up, ...': common words only
    if run and all(_common_word(w) for w in run.group(1).split()):
        return run.group(1)[0] + run.group(1)[1:].lower() + paragraph[run.end(1):]
    return paragraph


def _common_word(word: str) -> bool:
    """A word in capitals that is a common English word, not initials ('UN', 'WHO', 'IT', 'US' stay)."""
    bare = word.lower().replace("’", "'").split("'")[0]
    return bare in stop_words() and (len(bare) > 3 or bare in SHORT_COMMON_WORDS)


_CAPITAL_OPENING = re.compile(r"([A-Z]{2,})(?=\s)")
_CAPITAL_RUN = re.compile(r"((?:[A-Z][A-Z’']*[A-Z]|I|A)(?:\s+(?:[A-Z][A-Z’']*[A-Z]|I|A))*)(?=\s+[a-z])")
