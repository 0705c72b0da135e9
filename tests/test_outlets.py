"""Outlets, headlines and dates come from evidence in the file or beside it, never from the body's 'told X'."""

from __future__ import annotations

import pytest

from briefing.ingest import load_source, load_sources, read_manifest
from tests.conftest import write

BODY = [
    "The city council voted on Tuesday to close the old bridge for repairs after engineers found cracks.",
    "The mayor said the bridge would reopen in the spring and that buses would run a free shuttle.",
    "Engineers told the council that the cracks were found during a routine inspection last month.",
]


def story(tmp_path, *lines: str, name: str = "a.txt"):
    return load_source(write(tmp_path / name, "\n".join(lines)))


@pytest.mark.parametrize("body_line", [
    "A council official told Reuters the vote was close, with five members against the plan.",
    "According to the Associated Press, the vote was close, with five members against the plan.",
    "CNN reported that the vote was close, with five members against the plan on Tuesday.",
    "A U.S. official confirmed to CBS News that the vote was close, with five members against.",
])
def test_an_outlet_named_in_the_body_is_not_the_source_s_outlet(tmp_path, body_line):
    source = story(tmp_path, *BODY, body_line)
    assert source.outlet == "" and source.label == "unattributed (a.txt)"


@pytest.mark.parametrize(("credit", "outlet"), [
    ("By Jane Doe, Reuters", "Reuters"),
    ("By Jane Doe and John Roe | CNN", "CNN"),
    ("RIVERTON, Ohio (AP) -- " + BODY[0], "AP"),
    ("(Reuters) — " + BODY[0], "Reuters"),
    ("(Harbor Gazette) — " + BODY[0], "Harbor Gazette"),
    ("By Jane Doe,  Harbor Gazette Staff", "Harbor Gazette"),
    ("MANTA, Ecuador, April 19 (UPI) -- " + BODY[0], "UPI"),
    ("MOSCOW, March 13 /ITAR-TASS/. " + BODY[0], "TASS"),
    ("Source: Xinhua", "Xinhua"),
    ("© 2017 USA Today", "USA Today"),
    ("With AFP", "AFP"),
    ("Watch CBS News", "CBS News"),
    ("GENEVA (Harbor Gazette / Sputnik - 05th May, 2023) " + BODY[0], "Harbor Gazette"),  # the carrier, and its agency
    ("H24N — " + BODY[0], "H24N"),
    ("By Harbornews", "Harbornews"),  # a byline of one brand word: the newsroom itself
    ("Riverton, Jan 16 (PTI) " + BODY[0], "Press Trust of India"),  # an agency's bracket after the day, no dash
    ("Riverton, Jan 16 (ANI) " + BODY[0], "ANI"),
    ("(Reuters) -" + BODY[0], "Reuters"),  # the agency's dash touching the first word
    ("PARIS/RIVERTON (Reuters) -" + BODY[0], "Reuters"),  # a dateline of two places
    ("Harbor Tech Press (Oct 16) -- " + BODY[0], "Harbor Tech Press"),  # the publisher's own dateline
    ("Riverton, 14 April, /HNA/", "HNA"),  # a dateline on its own line, the agency's tag after the day
    ("New to Harbornews? Signup for a Free Account", "Harbornews"),  # the page's own prompts: its account, ...
    ("Follow Harbor Gazette's live blog for updates from the council", "Harbor Gazette"),  # ... its live page ...
    ("Sign up now: Get HG's newsletters delivered to your inbox", "HG"),  # ... and its newsletters
    ("Source: Harbor Gazette Wednesday, March 1, 2023 | 09:09 Tweet Share", "Harbor Gazette"),  # a dated header
    ("Harbor Times - " + BODY[0], "Harbor Times"),  # a newsroom's name opening its story
    ("rmt/lo (AFP, AP)", "AFP"),  # the editors' initials before the agencies, as AFP signs off
    ("For free real time breaking news alerts sent straight to your inbox sign up to our breaking news emails Please "
     "enter a valid email address SIGN UP I would like to be emailed about offers, events and updates from Harbor "
     "Gazette. Read our privacy policy Thanks for signing up", "Harbor Gazette"),  # a sign-up box read as text
    ("Riverton, Dec 6 (EFE).- " + BODY[0], "EFE"),  # EFE's own dash after the bracket
    ("Riverton, Ohio, Jan. 6 (Jiji Press)--" + BODY[0], "Jiji Press"),  # ... and Jiji's, touching the first word
    ("(Harbornews) - " + BODY[0], "Harbornews"),  # a publisher no list knows, in brackets, then a hyphen
    ("Start your 7-day Harbornews GOLD free trial to access thousands of curated premium stories.", "Harbornews"),
    ("This story is from the December 04, 2024 edition of The Harbor Times.", "The Harbor Times"),  # a news-stand's
    ("Register to get The Harbor Times's insight and opinion straight to your inbox.", "The Harbor Times"),
    ("Get top local stories delivered every morning. >Sign up for Harbor Gazette's News Headlines newsletter.",
     "Harbor Gazette"),
    ("Harbor Soccer Newsletter Get your Soccer Fix I agree to receive the \"Harbor Soccer Newsletter\" and marketing "
     "communications, updates, special offers, and other information from CBS Sports and the Paramount family of "
     "companies. By pressing sign up, I confirm that I have read and agree to the Terms of Use See All Newsletters "
     "Thanks for signing up! Keep an eye on your inbox.", "CBS Sports"),  # a house's other brand: not CBS News
    ("By Jane Doe, AP Sports Writer", "AP"),  # ... but a newsroom's job after the word keeps the outlet
    ("By Jane Doe, CNN Business", "CNN"),  # ... and a brand of the house the list names by its own name is the house
    ("By Jane Doe, Fox News Digital", "Fox News"),
    ("By Jane Doe, Chief football writer, BBC Sport", "BBC"),
    ("Read more on FRANCE 24 English", "France 24"),  # a known outlet's edition: its name
    ("Follow Harbor Sport for the latest news on Facebook, Twitter and Instagram.", "Harbor Sport"),  # its own feeds
    ("Byharbornews.com, HN News Desk", "harbornews.com"),  # the site's 'By' run into its domain
    ("Join thought-provoking conversations, follow other Harbor Gazette readers and see their repliesComments",
     "Harbor Gazette"),  # the comments box
    ("Council chief Jane Roe John Doe for The Wall Street Journal", "The Wall Street Journal"),  # its photographer
    ("Create a free Harbor Equipment News account to continue", "Harbor Equipment News"),  # its paywall, no headline
    ("Find out what's happening in Rivertonfor free with the latest updates from Harbor Patch.", "Harbor Patch"),
    ("Riverton, Ohio, Aug 8 (HarborPoint / Harbor Point News - 8th Aug, 2020 ) :" + BODY[0], "HarborPoint"),
    ("JANE ROE, Harbor staff writer", "Harbor"),  # a writer in capitals and the brand's staff
    ("RIVERTON,  (Reuters) – " + BODY[0], "Reuters"),  # the page lost the day between the comma and the bracket
    ("RIVERTON (AP) " + BODY[0], "AP"),  # a place in capitals and the agency, no dash
    ("By Jane Roe New York Times", "The New York Times"),  # the writer and a known outlet, no comma
    ("AP, Reuters", "AP"),  # a closing line of agency credits: the first named, the copy is theirs  # a site's news tag: capitals with a figure, which no place has
])
def test_credit_and_dateline_shapes_name_the_outlet(tmp_path, credit, outlet):
    source = story(tmp_path, credit, *BODY)
    assert (source.outlet, source.outlet_from) == (outlet, "credit line")
    assert not any(credit[:12] in s.text for s in source.sentences)


def test_a_dated_source_header_run_into_the_opening_paragraph_names_the_outlet(tmp_path):
    source = story(tmp_path, "Bridge closed for repairs. Source: Harbor Gazette Wednesday, March 1, 2023 | 09:09 Tweet",
                   *BODY)
    assert (source.outlet, source.outlet_from) == ("Harbor Gazette", "credit line")
    assert not any("Source:" in s.text for s in source.sentences)


@pytest.mark.parametrize("line", [
    "Source: World Bank",  # a chart's data, no page's header
    "Image via Reuters",  # a photo's credit
    "Follow his live updates from the council on our site.",
    "Breaking News - The council closed the bridge.",  # a section's label, no newsroom
    "Harbor Media - The company said it would bid for the repair work.",  # a company's statement
    "The company said users who subscribe get alerts, and its privacy policy changed.",
    "NewsNational News",  # a menu's items run together
])
def test_a_data_source_a_photo_credit_or_someone_elses_updates_name_no_outlet(tmp_path, line):
    source = story(tmp_path, line, *BODY)
    assert source.outlet == ""


def test_manifest_names_outlet_date_headline_and_template(tmp_path):
    write(tmp_path / "story.yaml", "template: wire-story\nsources:\n  a.txt: {outlet: Harbor Gazette, date: 2005-07-12, "
          "headline: Bridge closes, url: 'https://harborgazette.example/bridge'}\noutlets:\n  Valley Courier: [valleycourier.example]\n")
    write(tmp_path / "a.txt", "\n".join(BODY))
    write(tmp_path / "b.txt", "\n".join(["By Jane Doe, Valley Courier", *BODY[:2]]))
    sources, notes = load_sources([tmp_path])
    assert notes == []  # the manifest is metadata, not a skipped file
    assert [(s.outlet, s.outlet_from) for s in sources] == [("Harbor Gazette", "manifest"), ("Valley Courier", "credit line")]
    assert (sources[0].date, sources[0].headline) == ("2005-07-12", "Bridge closes")
    assert read_manifest(tmp_path).template == "wire-story"


def test_manifest_wins_over_a_sidecar_and_the_sidecar_over_front_matter(tmp_path):
    write(tmp_path / "story.yaml", "sources:\n  a.md: {outlet: Harbor Gazette}\n")
    write(tmp_path / "a.md", "---\noutlet: Front Matter News\nheadline: From front matter\n---\n" + "\n".join(BODY))
    write(tmp_path / "a.meta.yaml", "outlet: Sidecar Times\nheadline: From the sidecar\n")
    source = load_sources([tmp_path])[0][0]
    assert (source.outlet, source.headline) == ("Harbor Gazette", "From the sidecar")


def test_a_syndicated_copy_names_the_agency_and_the_carrier(tmp_path):
    html = ("<html><head><title>Bridge closes</title><meta property='og:site_name' content='The Guardian'></head><body>"
            f"<article><h1>Bridge closes</h1><p>RIVERTON, Ohio (AP) — {BODY[0]}</p><p>{BODY[1]}</p><p>{BODY[2]}</p>"
            "</article></body></html>")
    source = load_source(write(tmp_path / "page.html", html))
    assert (source.outlet, source.agency, source.label) == ("The Guardian", "AP", "The Guardian (AP)")


def test_an_unattributed_wire_copy_takes_the_outlet_it_copies(tmp_path):
    write(tmp_path / "a.txt", "\n".join(["(Reuters) — " + BODY[0], *BODY[1:]]))
    write(tmp_path / "b.txt", "\n".join(BODY))
    sources = {s.id: s for s in load_sources([tmp_path])[0]}
    assert sources["b"].outlet == "Reuters" and sources["b"].outlet_from.startswith("wire copy of a.txt")


def test_a_copy_shared_with_a_paper_that_names_itself_is_not_that_paper_s(tmp_path):
    write(tmp_path / "a.txt", "\n".join(["By Jane Doe, Harbor Gazette Staff", *BODY]))
    write(tmp_path / "b.txt", "\n".join(BODY))
    sources = {s.id: s for s in load_sources([tmp_path])[0]}
    assert sources["a"].outlet == "Harbor Gazette" and sources["b"].outlet == ""  # two papers running one story
    assert sources["b"].voice == sources["a"].voice  # still one voice


def test_a_page_that_runs_some_wire_copy_among_its_own_lines_is_not_labelled_with_the_agency(tmp_path):
    own = [f"The council's {n} bridge inspectors met residents of district {n} on Friday to explain the plan."
           for n in ("first", "second", "third", "fourth", "fifth", "sixth", "seventh")]
    write(tmp_path / "a.txt", "\n".join(["(Reuters) — " + BODY[0], *BODY[1:]]))
    write(tmp_path / "b.txt", "\n".join([*BODY, *own]))
    sources = {s.id: s for s in load_sources([tmp_path])[0]}
    assert sources["b"].outlet == ""  # its own seven lines are not Reuters'
    assert sources["b"].voice == sources["a"].voice  # but the copy it shares still counts once


@pytest.mark.parametrize(("line", "date"), [
    ("Tuesday, July 12, 2005", "2005-07-12"),
    ("Sept. 20, 2017", "2017-09-20"),
    ("Published 3:45 PM EDT, Wed September 20, 2017", "2017-09-20"),
    ("2012-02-08 12:06", "2012-02-08"),
    ("12 July 2005", "2005-07-12"),
    ("Jul 4, 2023, 7:05 PM | Updated: Jul 5, 2023, 1:36 pm", "2023-07-04"),  # first published
    ("Written by Tue 21 Nov 2023", "2023-11-21"),  # a byline with no name
    ("UPDATED 19:18 EDT / JANUARY 10 2024", "2024-01-10"),  # a page's update stamp
    ("General News of Monday, 22 July 2024", "2024-07-22"),  # a site's section label and the day
])
def test_the_date_line_gives_the_date_and_is_dropped_with_its_rule(tmp_path, line, date):
    source = story(tmp_path, "Bridge closes for repairs after cracks found", line, *BODY)
    assert source.date == date
    assert source.headline == "Bridge closes for repairs after cracks found"
    assert any(d.text == line and d.rule in ("date line", "metadata") for d in source.dropped)
    assert [s.text for s in source.sentences] == BODY


def test_a_date_line_after_a_stored_date_field_is_no_headline(tmp_path):
    source = story(tmp_path, "date 2024-07-22 General News of Monday, 22 July 2024",
                   "Bridge closes for repairs after cracks found", *BODY)
    assert (source.date, source.headline) == ("2024-07-22", "Bridge closes for repairs after cracks found")


def test_of_two_date_lines_the_publication_stamp_before_the_day_the_page_was_read_gives_the_date(tmp_path):
    source = story(tmp_path, "Thursday, July 18, 2024", "NATION | 19-11-2023 22:37",
                   "Bridge closes for repairs after cracks found", *BODY)
    assert (source.date, source.headline) == ("2023-11-19", "Bridge closes for repairs after cracks found")


def test_a_date_in_the_sites_header_above_its_sign_up_prompts_is_not_the_articles_date(tmp_path):
    source = story(tmp_path, "Wed, 22 May 2024", "Newsletter sign-up", "Subscribe now",
                   "Bridge closes for repairs after cracks found", *BODY)
    assert source.date == ""
    assert ("Wed, 22 May 2024", "page header date") in [(d.text, d.rule) for d in source.dropped]
    byline = story(tmp_path, "Bridge closes for repairs after cracks found", "By Jane Doe", "Wed, 22 May 2024",
                   "Follow us on Facebook", *BODY, name="b.txt")
    assert byline.date == "2024-05-22"  # a date under the byline is the article's, whatever prompt follows


@pytest.mark.parametrize(("junk", "rule"), [
    ("A firefighter carries a child from the rubble on Tuesday. (Jane Roe/AP)", "photo credit"),
    ("Photo by Jane Roe/UPI", "caption"),
    ("1 of 3 | Rescuers search the rubble of the old bridge", "caption"),
    ("(Full-size photo)(All photos)", "caption"),
    ("Gallery 12 photo Gallery © EPA/JANE ROE Situation at the bridge", "widget"),
    ("CLOSE Our reporters give their observations on the bridge closure", "widget"),
    ("WATCH | Engineers inspect the old bridge", "widget"),
    ("Listen 4 min Comment on this story Comment Gift Article Share", "widget"),
    ("Read more: Why old bridges crack", "follow prompt"),
    ("Support our Gazette today - please donate here", "donation appeal"),
    ("The Last Ride 🎙️ A balanced diet 🍎 Should you buy now? The Crossword", "widget"),
    ("Riverton's Jane Roe in action during her final match against Lowmoor's Ann Cole", "caption"),
    ("Toll rising. Latest report from @SRC_Lowmoor puts the figure at 207. @CMO_Lowmoor @IPR_Lowmoor", "embedded post"),
    ("Toll rising. The figure is 207. @CMO_Lowmoor — Jane Roe (@JaneRoe) June 2, 2023", "embedded post"),
    ("MORE FROM THE COURIER", "follow prompt"),
    ("Advertisement", "follow prompt"),
    ("Skip to content", "follow prompt"),
    ("Share this article", "follow prompt"),
    ("Text size", "follow prompt"),
    ("Now reading", "follow prompt"),
    ("A post shared by Riverton Council (@rivertoncouncil) on Jul 12, 2005 at 3:00pm PDT", "embedded post"),
    ("If you have information about the cracks, call the council hotline on 0800 123 4567.", "call to action"),
    ("For Riverton and Lowmoor non-emergency calls, the public should call 330-921-9254 or 330-457-0733.",
     "call to action"),
    ("Anyone with information is asked to contact the council.", "call to action"),
    ("A man and his dog walk past the closed bridge in Riverton, Ohio. Credit: AP", "caption"),
    ("Engineers at the site of the cracked bridge in Riverton. Photo / Riverton Herald via AP", "caption"),
    ("Council members unveil the repair plan in Riverton, Ohio, Apr. 10, 2019. EPA-EFE/JANE ROE", "caption"),
    ("(L-R) Jane Roe, John Doe and Mary Major attend the vote at the council in Riverton, Ohio, on Tuesday.",
     "caption"),
    ("The mayor and her husband walk out of the council chamber together on Tuesday.", "caption (present tense)"),
    ("Aerial view shows the closed bridge over the Riverton river, Ohio, on May 2, 2024.", "caption (present tense)"),
    ("Jane Roe leaves the courthouse surrounded by police after the verdict in the trial of her ex-husband.",
     "caption (present tense)"),
    ("The mayor and her husband leave the council chamber together on Tuesday.", "caption (present tense)"),
    ("The mayor announces the closure at the town hall in Riverton. Video / Jane Roe", "caption"),
    ("The closed bridge is seen from the river bank where the cracks were found on Wednesday, March 1, 2023 in "
     "Riverton, Ohio.", "caption"),
    ("The mayor appears in Riverton Municipal Court, Thursday, May 30, 2024, in Riverton.", "caption"),
    ("Cars piled up by the closed bridge, south of Riverton - Copyright AFP JANE ROE", "caption"),
    ("Tags: riverton | old bridge | council vote", "metadata"),
    ("02:53 - Source: Riverton TV", "metadata"),  # a video's length and its credit
    ("New to Harbornews? Signup for a Free Account", "follow prompt"),
    ("From left, Mayor Jane Roe, engineer John Doe and Mary Major answer questions about the old bridge.", "caption"),
    ("Teen sensation Jane Roe won the top four prizes at the county fair on Sunday, taking home best new...", "teaser"),
    ("Jane Roe/Staff photographer", "photo credit"),
    ("Protesters outside the council, Riverton, ahead of the vote. Photo Jane Roe/PA Wire", "caption"),
    ("Jane Roe/AP / AP / AP Residents look at cars piled up by the flood in Riverton on Wednesday.", "caption"),
    ("Bottom: The coastal area of Riverton is seen Tuesday morning after many buildings were washed away.", "caption"),
    ("Article continues below this ad", "widget"),
    ("Riverton council hall doors are seen closed shortly after the end of the council's debate on the results of the "
     "first vote on the bridge, at the council headquarters in Riverton, Ohio, 06 December 2024. EFE/EPA/JANE ROE",
     "caption"),  # long, but the agencies and the photographer close it
    ("EFE/EPA/JANE ROE EPA POOL", "photo credit"),
    ("REUTERS/Jane Roe", "photo credit"),
    ("The old bridge in Riverton is closed for repairs. Image Source: Riverton Herald", "caption"),
    ("The mayor announced the closure after a 40-year career. Photo courtesy of Jane Roe/Wikimedia Commons", "caption"),
    ("HOME > NATION > Article", "breadcrumb"),
    ("Sign in to commentAPP spainSPAINchileCHILEcolombiaCOLOMBIAusaUSA", "breadcrumb"),  # menu items run together
    ("WARNING: This story contains details of sexual assault.", "content warning"),
    ("Start your 7-day Harbornews GOLD free trial to access thousands of curated premium stories.",
     "subscription prompt"),
    ("By , Reporter", "byline"),  # the page's byline with its name left out
    ("Have you got a news tip? Get in touch here", "tip line"),
    ("Jane Roe is a journalist and videographer, broadcasting from her studio in Riverton. If you have a news tip, "
     "email her.", "author bio"),
])
def test_junk_lines_are_dropped_by_shape_and_shown_with_their_rule(tmp_path, junk, rule):
    source = story(tmp_path, junk, *BODY)
    assert [s.text for s in source.sentences] == BODY
    assert (junk, rule) in [(d.text, d.rule) for d in source.dropped]


@pytest.mark.parametrize("dateline", ["PARIS _", "NEWPORT NAVAL STATION, R.I. _", "SYDNEY, Australia –",
                                      "MANTA, Ecuador, April 19 (UPI) --", "May 13 (Reuters) -", "New Delhi:",
                                      "San Francisco (US):", "London -", "Washington, DC—", "Boca Chica, Texas —",
                                      "Riverton, California -",
                                      "ISMAILIA (Egypt) •", "Kabul (Web Desk):", "Seoul, October 30:",
                                      "BARCELONA:", "Riverton, Texas:", "Riverton (Texas) |", "LONDON and PARIS —"])
def test_datelines_of_every_agency_style_are_cut_from_the_paragraph(tmp_path, dateline):
    source = story(tmp_path, f"{dateline} {BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert (dateline, "dateline") in [(d.text, d.rule) for d in source.dropped]


def test_an_agency_dateline_below_a_page_s_menus_is_cut_and_names_the_agency(tmp_path):
    source = story(tmp_path, "Text Size", "small", "medium", "large", "Bridge closes after cracks found",
                   f"   Riverton, Ohio, Jan. 6 (Jiji Press)--{BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY and source.outlet == "Jiji Press"


@pytest.mark.parametrize("name", ["Wires", "Updated", "Staff"])
def test_a_page_label_in_brackets_before_a_hyphen_names_no_outlet(tmp_path, name):
    assert story(tmp_path, f"({name}) - {BODY[0]}", *BODY[1:]).outlet == ""


def test_a_paragraph_signed_by_an_agency_is_kept_and_names_it(tmp_path):
    source = story(tmp_path, BODY[0], BODY[1], BODY[2] + " EFE")
    assert [s.text for s in source.sentences] == BODY and source.outlet == "EFE"


def test_a_caption_printed_twice_is_dropped_but_a_headline_printed_twice_is_the_headline(tmp_path):
    caption = "The mayor holds a press conference in Riverton, Ohio, on Monday after visiting the old bridge."
    source = story(tmp_path, "Mayor Seeks Answers On Bridge", "Mayor Seeks Answers On Bridge", caption, caption, *BODY)
    assert source.headline == "Mayor Seeks Answers On Bridge" and [s.text for s in source.sentences] == BODY
    assert (caption, "caption (printed twice: the photo's and its alt text)") in [(d.text, d.rule) for d in source.dropped]


def test_a_lower_case_caption_printed_twice_is_two_captions_not_one_wrapped_paragraph(tmp_path):
    caption = ("riverpix - Mayor Jane Roe (RP), acting head of the city council and party leader, walks to the council "
               "group meeting room after a press statement on her dismissal by the county governor. (Wiping effect by "
               "pulling along) Photo: John Doe/dpa")
    source = story(tmp_path, "Bridge closes after cracks found", caption, caption, *BODY)
    assert [s.text for s in source.sentences] == BODY


def test_a_caption_and_its_credit_run_into_the_story_s_dateline_are_cut(tmp_path):
    source = story(tmp_path, "Bridge closes after cracks found",
                   f"The old bridge at dusk. (AP Photo)RIVERTON, OHIO — {BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    dropped = [(d.text, d.rule) for d in source.dropped]
    assert ("(AP Photo)", "photo credit") in dropped and ("RIVERTON, OHIO —", "dateline") in dropped


def test_a_paragraph_a_page_prints_twice_in_the_past_tense_is_kept(tmp_path):
    source = story(tmp_path, "Bridge closes after cracks found", BODY[0], BODY[0], *BODY[1:])
    assert BODY[0] in [s.text for s in source.sentences]


def test_a_headline_printed_twice_above_a_caption_that_repeats_it_is_the_headline(tmp_path):
    headline = "Old Bridge In Riverton Closes, Repairs To Take Months"
    source = story(tmp_path, "Harbor Expat", "Featured News", headline, headline,
                   headline + ". Image Source: Riverton Herald", *BODY)
    assert source.headline == headline and [s.text for s in source.sentences] == BODY


def test_a_witness_s_words_under_a_broadcaster_s_speaker_label_are_not_the_page_s_own(tmp_path):
    source = story(tmp_path, "Bridge closes after cracks found", BODY[0], "", "Jane Roe-Smith / Witness",
                   "I felt the deck shake before I heard a crack. The railings were bent and the road was split.", "",
                   *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert ("The railings were bent and the road was split.", "someone's words under their label") in \
        [(d.text, d.rule) for d in source.dropped]


def test_a_reported_paragraph_under_a_label_with_a_slash_is_kept(tmp_path):
    source = story(tmp_path, "Bridge closes after cracks found", BODY[0], "", "Riverton Council / Transport",
                   BODY[1], "", BODY[2])
    assert [s.text for s in source.sentences] == BODY


def test_a_headline_glued_to_the_site_s_path_is_read_without_it(tmp_path):
    source = story(tmp_path, "Home Films & TV Riverton Bridge Reopens After Three Years Of Repairs", *BODY)
    assert source.headline == "Riverton Bridge Reopens After Three Years Of Repairs"


def test_a_newsletter_prompt_naming_a_country_is_dropped_and_names_no_outlet(tmp_path):
    source = story(tmp_path, "Get Britain's best politics newsletters", *BODY)
    assert source.outlet == "" and [s.text for s in source.sentences] == BODY


def test_a_section_label_above_the_headline_names_no_newsroom(tmp_path):
    source = story(tmp_path, "Featured News", "Bridge closes after cracks found", *BODY)
    assert source.outlet == "" and source.headline == "Bridge closes after cracks found"


@pytest.mark.parametrize("label", ["Tesla", "Police", "Watch", "Jane"])
def test_a_company_a_label_or_a_name_before_a_colon_opening_a_lede_is_no_dateline(tmp_path, label):
    lede = "Deliveries fell 9% in the second quarter to 384,000 vehicles, the company said on Wednesday."
    source = story(tmp_path, "Deliveries fall in the second quarter", f"{label}: {lede}", *BODY)
    assert (f"{label}:", "dateline") not in [(d.text, d.rule) for d in source.dropped]


def test_a_dateline_below_the_headline_and_byline_is_cut_however_many_blank_lines_lie_between(tmp_path):
    source = story(tmp_path, "Bridge closes after cracks found", "", "By Jane Roe", "", "",
                   f"Riverton, Ohio – {BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert ("Riverton, Ohio –", "dateline") in [(d.text, d.rule) for d in source.dropped]


def test_a_dateline_dash_touching_both_words_is_cut(tmp_path):
    source = story(tmp_path, f"Washington, DC—{BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert ("Washington, DC—", "dateline") in [(d.text, d.rule) for d in source.dropped]


def test_a_line_of_credit_fields_names_the_outlet_its_source_desk_gives(tmp_path):
    credit = "Reported By:Jane Doe| Edited By: John Roe |Source: Harbor Web Desk |Updated: Jan 22, 2023, 11:36 AM IST"
    source = story(tmp_path, "Bridge closes for repairs after cracks found", credit, *BODY)
    assert source.outlet == "Harbor Web Desk" and [s.text for s in source.sentences] == BODY
    plain = "Reported By: Jane Doe | Source: our news desk | Updated: Jan 22, 2023"
    assert story(tmp_path, "Bridge closes for repairs after cracks found", plain, *BODY, name="b.txt").outlet == ""


def test_a_page_crediting_its_own_illustration_names_itself_not_the_agencies_of_the_photos(tmp_path):
    credit = "(L.A. Times photo illustration; photos by Jane Roe/AP, John Doe/Getty Images)"
    source = story(tmp_path, BODY[0], credit, *BODY[1:])
    assert (source.outlet, source.agency) == ("Los Angeles Times", "")
    assert [s.text for s in source.sentences] == BODY
    plain = story(tmp_path, BODY[0], "(Photo by Jane Roe/AP)", *BODY[1:], name="b.txt")
    assert plain.outlet == ""  # an agency's photo inside a page is not the page's publisher


@pytest.mark.parametrize("opening", ["San Francisco (US):", "(Updated) —", "(Live Updates) —", "(John Smith) —",
                                     "By Jane Doe, John Roe\n", "By Jane Doe, Oluwaseun Adeyemi\n",
                                     "By Jane Doe, Senior Correspondent\n", "By Jane Doe, Sports Writer\n",
                                     "By Jane Doe, Washington Bureau\n", "MAN KILLED IN WORKSHOP MISHAP\n",
                                     "By Ramsden\n", "By Newsome\n", "Riverton (Oct 16) --"])
def test_a_place_a_label_a_person_a_job_or_capitals_ending_in_ap_name_no_outlet(tmp_path, opening):
    source = story(tmp_path, f"{opening} {BODY[0]}", *BODY[1:])
    assert source.outlet == "" and source.label == "unattributed (a.txt)"


def test_a_pages_logo_read_as_text_names_its_publisher_and_is_no_headline(tmp_path):
    source = story(tmp_path, "Harbor Gazette LogoRiverton Newspapers Logo", "",
                   "Bridge closes for repairs after cracks found", *BODY)
    assert (source.outlet, source.headline) == ("Harbor Gazette", "Bridge closes for repairs after cracks found")
    assert [s.text for s in source.sentences] == BODY


def test_an_agency_signing_off_the_story_between_slashes_is_its_outlet_but_a_photo_credit_so_is_not(tmp_path):
    signed = story(tmp_path, *BODY[:-1], BODY[-1] + " /HNA")
    assert signed.outlet == "HNA" and [s.text for s in signed.sentences] == BODY
    for name, lines in (("b.txt", ["/HNA", *BODY]), ("c.txt", [BODY[0] + " /HNA", *BODY[1:]])):
        assert story(tmp_path, *lines, name=name).outlet == ""  # atop the page, or under a photo inside it


def test_a_writers_name_alone_under_the_headline_or_heading_their_box_is_a_byline(tmp_path):
    bio = "Jane Roe is a journalist and videographer in Riverton. If you have a news tip, email her."
    source = story(tmp_path, "Bridge closes for repairs after cracks found", "Jane Roe", *BODY, "", "Jane Roe", bio)
    assert [s.text for s in source.sentences] == BODY
    assert [d.text for d in source.dropped if d.rule == "byline"] == ["Jane Roe", "Jane Roe"]
    inside = story(tmp_path, BODY[0], "Jane Roe", *BODY[1:], name="b.txt")  # inside the story: a subhead, not a byline
    assert ("Jane Roe", "byline") not in [(d.text, d.rule) for d in inside.dropped]


def test_a_sites_name_alone_at_the_foot_of_the_page_names_its_publisher(tmp_path):
    source = story(tmp_path, *BODY, "HarborNews.Az")
    assert source.outlet == "HarborNews.Az" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, *BODY, "GoFundMe.com", name="c.txt").outlet == ""  # a shop's or a fund's site is no publisher
    more = ["Buses will leave the town hall every ten minutes while the bridge is closed.",
            "The council will meet again next month to approve the cost of the repairs.",
            "Shops near the bridge said they expected fewer customers during the work."]
    inside = story(tmp_path, *BODY[:2], "Tickets.com", BODY[2], *more, name="b.txt")
    assert inside.outlet == ""  # a site named on a line inside the story is no credit of the page


def test_a_caption_above_a_photo_credit_goes_with_it(tmp_path):
    source = story(tmp_path, BODY[0], "Commuters wait for the shuttle bus by the closed bridge", "Jane Roe/Reuters", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    dropped = {d.text: d.rule for d in source.dropped}
    assert dropped["Commuters wait for the shuttle bus by the closed bridge"].startswith("caption")


def test_a_present_tense_caption_is_dropped_but_past_tense_news_is_kept(tmp_path):
    caption = "Rescue workers search for survivors at the collapsed bridge in Lowmoor, June 3."
    pair = "Council leader Jane Roe and her deputy, John Doe, speak together in Riverton on June 5."
    news = "Council leader Jane Roe and her deputy, John Doe, spoke together in Riverton on June 5."
    source = story(tmp_path, BODY[0], caption, *BODY[1:], "Exterior of the council building in Lowmoor.", pair, news)
    assert [s.text for s in source.sentences] == [*BODY, news]
    rules = {d.text: d.rule for d in source.dropped}
    assert rules[caption] == rules["Exterior of the council building in Lowmoor."] == rules[pair] == "caption (present tense)"


def test_a_headline_whose_noun_is_also_a_photo_verb_is_no_caption(tmp_path):
    source = story(tmp_path, "CBS News", "Council loses court case over search", *BODY)
    assert source.headline == "Council loses court case over search" and source.outlet == "CBS News"


def test_a_caption_in_gettys_order_ending_on_date_then_place_is_dropped(tmp_path):
    caption = ("Chief executive of Harbor Corp and owner of the Gazette, Jane Roe attends a conference dedicated to "
               "bridges at the Riverton exhibition centre on June 16, 2023 in Riverton, Northshire.")
    news = "The council met on June 16, 2023 in Riverton, Northshire."
    source = story(tmp_path, *BODY, caption, news)
    assert [s.text for s in source.sentences] == [*BODY, news]


def test_a_wire_caption_ending_on_place_and_date_is_dropped_and_is_no_headline(tmp_path):
    caption = ("Council leader Jane Roe waves to supporters during the closing event of her campaign ahead of the "
               "vote, in Riverton, Northshire, November 16, 2023")
    news = "Roe held her closing rally in Riverton, Northshire, November 16, 2023."
    rules = "The new rules take effect in the new year, January 1, 2025."
    source = story(tmp_path, caption, *BODY, news, rules)
    assert [s.text for s in source.sentences] == [*BODY, news, rules]
    assert "waves" not in source.headline
    assert (caption, "caption") in [(d.text, d.rule) for d in source.dropped]


def test_wiki_artefacts_are_cut_and_a_headline_never_comes_from_junk(tmp_path):
    source = story(tmp_path, "WATCH | Engineers inspect the old bridge", "Cquote1.svg " + BODY[0], *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert "WATCH" not in source.headline and "Engineers inspect" not in source.headline
    assert ("Cquote1.svg", "markup artefact") in [(d.text, d.rule) for d in source.dropped]


def test_a_metadata_headline_loses_its_widget_tag(tmp_path):
    write(tmp_path / "a.txt", "\n".join(BODY))
    write(tmp_path / "a.meta.yaml", "headline: 'WATCH | Engineers inspect the old bridge'\n")
    assert load_sources([tmp_path])[0][0].headline == "Engineers inspect the old bridge"


def test_the_headline_is_the_first_real_line_below_widgets_and_date_lines(tmp_path):
    source = story(tmp_path, "Advertisement", "Watch CBS News", "Bridge closes for repairs after cracks found",
                   "RIVERTON (WKRC/CBS News) -- " + BODY[0], *BODY[1:])
    assert source.headline == "Bridge closes for repairs after cracks found"
    assert (source.outlet, [s.text for s in source.sentences]) == ("CBS News", BODY)


@pytest.mark.parametrize("top", [
    ["- Share this article on Facebook", "- Share this article on Twitter", "- Show additional share options"],
    ["The council has debated the bridge since May. | Photo by Jane Q. Roe / AFP via Getty Images"],
    ["(Harbor Wire) -- Here are key takeaways from the council's vote on Tuesday:"],
])
def test_share_buttons_a_piped_caption_and_a_list_opener_are_no_headline(tmp_path, top):
    source = story(tmp_path, *top, *BODY)
    assert source.headline == ""
    assert not any(line.lstrip("- ")[:20] in s.text for line in top for s in source.sentences)


def test_the_page_s_cut_teaser_of_its_lede_is_not_its_headline(tmp_path):
    source = story(tmp_path, BODY[0][:60], "", "Bridge closes for repairs after cracks found", "", *BODY)
    assert source.headline == "Bridge closes for repairs after cracks found"
    assert [s.text for s in source.sentences] == BODY


def test_a_wire_label_before_the_headline_is_cut(tmp_path):
    source = story(tmp_path, "HNN WIRE — Bridge closes for repairs after cracks found", *BODY)
    assert source.headline == "Bridge closes for repairs after cracks found"


def test_a_byline_without_by_and_a_credit_above_its_caption(tmp_path):
    source = story(tmp_path, "Jane Doe And John Roe Los Angeles Times", "Harbor Gazette photo", *BODY)
    assert source.outlet == "Los Angeles Times"
    assert [(d.text, d.rule) for d in source.dropped] == [
        ("Jane Doe And John Roe Los Angeles Times", "byline"), ("Harbor Gazette photo", "photo credit")]


@pytest.mark.parametrize("lines", [
    ["Jane Roe/Reuters", "Commuters wait for the shuttle bus by the closed bridge"],
    ["Commuters wait for the shuttle bus by the closed bridge. Photograph: Jane Roe"],
    ["Click for larger image of the bridge"],
])
def test_captions_on_either_side_of_their_credit(tmp_path, lines):
    quote = "“We will fix it as fast as we can,” the mayor said."
    last = "The shuttle will run every ten minutes from six in the morning."
    source = story(tmp_path, *BODY, quote, *lines, last)
    assert [s.text for s in source.sentences] == [*BODY, quote, last]


def test_a_dateline_or_copyright_line_names_a_publisher_no_list_knows(tmp_path):
    from briefing.ingest import load_sources

    folder = tmp_path / "story"
    write(folder / "a.txt", "LONDON (Harbor Politics Weekly) – The prime minister resigned on Thursday after a revolt "
                            "by his own ministers, ending three years in office.\n")
    write(folder / "b.txt", "The prime minister resigned on Thursday, ending three years in office after a revolt.\n"
                            "© 2024 Lantern Media LLC. All rights reserved.\n")
    write(folder / "c.txt", "Delhi [India], Oct. 13 (ZNA): The prime minister resigned on Thursday after a revolt.\n")
    sources, _ = load_sources([folder])
    assert [s.outlet for s in sources] == ["Harbor Politics Weekly", "Lantern Media", "ZNA"]
    assert all("resigned" in s.sentences[0].text and "(" not in s.sentences[0].text for s in sources)


def test_a_masthead_glued_to_its_slogan_names_the_outlet_but_a_body_sentence_does_not(tmp_path):
    folder = tmp_path / "story"
    write(folder / "a.txt", "The Washington PostDemocracy Dies in Darkness\nThe prime minister resigned on Thursday after "
                            "a revolt by his own ministers.\n")
    write(folder / "b.txt", "Reuters witnesses said crowds gathered outside parliament as the news spread.\n")
    write(folder / "c.txt", "UK POLITICSThe Straits Times\nThe prime minister resigned on Thursday after a revolt.\n")
    write(folder / "d.txt", "Fox News-Dominion settlement does not end the crisis\nFox Corp. settled the defamation "
                            "lawsuit brought by Dominion Voting Systems on Tuesday.\n")
    sources, _ = load_sources([folder])
    assert [s.outlet for s in sources] == ["The Washington Post", "", "The Straits Times", ""]
    assert sources[3].headline == "Fox News-Dominion settlement does not end the crisis"


@pytest.mark.parametrize(("mark", "rule"), [("-", "list dash or label"), ("–", "list dash or label"),
                                            ("STORY:", "list dash or label"), ("Why it matters:", "list dash or label"),
                                            ("What he’s saying:", "list dash or label"), ("Q:", "list dash or label"),
                                            ("What's the story", "list dash or label")])  # a label with no colon
def test_a_list_dash_or_a_script_label_is_cut_from_the_paragraph(tmp_path, mark, rule):
    source = story(tmp_path, f"{mark} {BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert (mark, rule) in [(d.text, d.rule) for d in source.dropped]


def test_a_stored_date_prefix_with_a_month_only_is_cut_but_dates_nothing(tmp_path):
    source = story(tmp_path, f" date 2019-04 {BODY[0]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY and source.date == ""
    assert story(tmp_path, f" date 2019-04-10 {BODY[0]}", *BODY[1:], name="b.txt").date == "2019-04-10"


def test_outlets_quoting_one_long_statement_are_not_one_voice(tmp_path):
    statement = ["“It has been the most wonderful time of my life and I thank every person in this city for it.",
                 "“I will leave at the end of the season because I am running out of energy, and I know it.",
                 "“I cannot do the job again and again, so I had to make the decision now, and I made it.”"]
    write(tmp_path / "a.txt", "\n".join(["(Reuters) — " + BODY[0], *statement, BODY[1]]))
    write(tmp_path / "b.txt", "\n".join(["The club announced the manager's departure at a news conference.",
                                        *statement, "Fans gathered outside the stadium after the news broke."]))
    sources = {s.id: s for s in load_sources([tmp_path])[0]}
    assert sources["a"].voice != sources["b"].voice and sources["b"].outlet == ""


def test_the_briefing_title_is_a_headline_that_tells_the_story_never_a_widget(tmp_path):
    from briefing import make_briefing

    write(tmp_path / "a.txt", "\n".join(["Open Extended Reactions", *BODY]))
    write(tmp_path / "b.txt", "\n".join(["Council closes the old bridge for repairs",
                                        "The council closed the old bridge for repairs on Tuesday after engineers found cracks.",
                                        "Buses will run a free shuttle until the bridge reopens in the spring, the mayor said."]))
    assert make_briefing([tmp_path]).title == "Briefing: Council closes the old bridge for repairs"


def test_the_title_is_the_headline_that_tells_the_story_not_the_longest_or_a_teaser(tmp_path):
    from briefing import make_briefing

    story_lines = ["The council closed the old bridge for repairs on Tuesday after engineers found cracks.",
                   "Buses will run a free shuttle until the bridge reopens in the spring, the mayor said."]
    write(tmp_path / "a.txt", "\n".join(["Council closes old bridge & Riverton's mayor described it in the best way",
                                         *story_lines]))
    write(tmp_path / "b.txt", "\n".join(["Will the old bridge close? What you need to know about the repairs",
                                         *story_lines[::-1]]))
    write(tmp_path / "c.txt", "\n".join(["Council closes old bridge for repairs", "Engineers found cracks in the old "
                                         "bridge, and the council closed it on Tuesday for repairs."]))
    assert make_briefing([tmp_path]).title == "Briefing: Council closes old bridge for repairs"


def test_the_title_is_the_headline_of_what_the_outlets_lead_with_not_a_follow_up():
    from briefing.model import Item, Sentence
    from briefing.pipeline import story_headline

    def item(k: int, text: str, source: str, position: int, score: float) -> Item:
        return Item(k, text, (Sentence(text, source, 1, position),), (source,), 1.0, score)

    ledes = [item(0, "A faulty Harbortech update grounded flights and took banks offline around the world.", "a", 0, 1.0),
             item(1, "Flights were grounded and banks went offline after a Harbortech update failed.", "b", 0, 0.9),
             item(2, "Banks and airlines were taken offline by the faulty Harbortech update.", "c", 0, 0.8)]
    # the best-scored facts after the ledes tell the chief's apology, as one follow-up's page does at length
    apology = [item(3 + k, f"The Harbortech chief apologised for the global outage, his {k}th statement said.", "d",
                    5 + k, 2.0) for k in range(6)]
    headlines = ["Harbortech chief apologises after global outage", "Harbortech update grounds flights, takes banks offline"]
    assert story_headline(headlines, ledes + apology) == headlines[1]


def test_a_headline_with_an_early_toll_does_not_title_a_briefing_whose_facts_give_the_latest(tmp_path):
    from briefing import make_briefing

    write(tmp_path / "a.txt", "\n".join(["Flood death toll in Riverton jumps to 36",
                                         "The death toll from the floods that swept the old river town of Riverton "
                                         "has risen to 106, as crews search the mud for victims.",
                                         "Hundreds of residents remain in shelters, the mayor said."]))
    write(tmp_path / "b.txt", "\n".join(["The death toll from the floods in Riverton has risen to 106, officials said.",
                                         "Crews searched the mud for victims on Sunday."]))
    title = make_briefing([tmp_path]).title
    assert "36" not in title and "106" in title


def test_with_no_headline_the_lead_titles_the_briefing_never_a_speech_tag():
    from briefing.pipeline import fact_title

    assert fact_title('The statement read, "We are pleased that the striker will join the club this summer."') == \
        'The statement read, "We are pleased that the striker will join the…'
    assert fact_title("The death toll from the floods in Riverton has risen to 106, officials said.") == \
        "The death toll from the floods in Riverton has risen to 106"
    assert fact_title("At 11:07 a.m. local time (1807 GMT), the flood wave reached the old bridge in Riverton.") == \
        "The flood wave reached the old bridge in Riverton"  # what happened, not when


def test_a_title_shaped_widget_sharing_no_word_with_the_story_is_not_its_headline(tmp_path):
    source = story(tmp_path, "Open Extended Reactions", "Council closes the old bridge", *BODY)
    assert source.headline == "Council closes the old bridge"
    assert story(tmp_path, "The engineers found, after a long inspection,", *BODY, name="b.txt").headline == ""
    long_title = "Ageing span shut in shock move by Riverton leaders"  # no word of the story, but a real headline
    assert story(tmp_path, long_title, *BODY, name="c.txt").headline == long_title


def test_a_label_inside_a_page_that_runs_paragraphs_together_is_cut(tmp_path):
    source = story(tmp_path, f"{BODY[0]} STORY: {BODY[1]} – {BODY[2]}")
    assert [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize("line", [
    "The talks will resume in Geneva on Monday, the foreign ministry said in a statement. AFP",
    "The company said its photo/video app would be sold to investors in Europe/Asia next year.",
    "Tax credits: what changes for families in April is explained in a letter sent to every home.",
    "Ministers leave for Brussels on Monday for budget talks with the other members.",
    "The president leaves for Paris on Monday.",
    "The leaders hold talks in Geneva on Monday.",
    "The two leaders meet the press in Geneva on Monday.",
    "The mayor and the governor speak together at a rally in Riverton on Saturday.",
    "BIDEN: We will raise taxes on the richest Americans to pay for the new bridges.",
])
def test_news_sentences_that_look_a_little_like_captions_or_labels_are_kept(tmp_path, line):
    source = story(tmp_path, *BODY, line)
    kept = " ".join(s.text for s in source.sentences)
    assert line.split(":")[-1].split(". AFP")[0].strip()[:40] in kept


def test_two_short_reports_sharing_one_background_line_are_not_one_wire_story():
    from briefing.ingest.wire import attribute_wire_copies
    from tests.test_people import article

    background = "The bridge, built in 1932, carries about 40,000 vehicles a day across the river."
    agency = article("a", BODY[0], background, BODY[1], BODY[2])
    agency.outlet = "Reuters"
    other = article("b", "Drivers faced long queues at both ends of the town on Wednesday morning.", background,
                    "The council said the detour would add twenty minutes to every journey.",
                    "Shops near the bridge said trade had fallen by half since the closure.")
    other.outlet = ""
    attribute_wire_copies([agency, other])
    assert other.outlet == "" and agency.voice != other.voice


def test_a_page_promoting_its_own_site_names_the_outlet_and_the_promotion_is_junk(tmp_path):
    promotion = "Don't miss the news you need to run your business. Join HarborGazette.com now"
    source = story(tmp_path, *BODY, promotion)
    assert [s.text for s in source.sentences] == BODY
    assert source.outlet == "HarborGazette.com" and (promotion, "follow prompt") in [(d.text, d.rule) for d in source.dropped]


def test_a_line_that_only_looks_like_a_caption_or_a_teaser_is_kept(tmp_path):
    kept = ["The defendant, who is seen as a flight risk, was denied bail on Tuesday, May 2, 2023, the judge ruled.",
            "And then the lights went out...",
        "The mayor tagged @GazetteNews and @RivertonPD in a post on Sunday, officials said."]
    source = story(tmp_path, *BODY, *kept)
    assert [s.text for s in source.sentences][-len(kept):] == kept


def test_a_place_and_a_colon_inside_the_story_is_a_subhead_not_a_dateline(tmp_path):
    source = story(tmp_path, *BODY, "China: Taiwan must be reunified with the mainland, the president said on Monday.")
    assert source.sentences[-1].text.startswith("China: Taiwan")


@pytest.mark.parametrize(("opening", "shown"), [
    ("THE city council voted on Tuesday", "The city council voted on Tuesday"),  # a print page's drop capital
    ("AFTER a long debate, the city council voted on Tuesday", "After a long debate, the city council voted"),
    ("NASA engineers said the city council voted on Tuesday", "NASA engineers said"),  # an acronym stays
    ("US officials said the city council voted on Tuesday", "US officials said"),  # 'us' is a name in capitals
])
def test_a_paragraph_opening_on_a_word_in_capitals_reads_in_sentence_case_unless_it_is_a_name(tmp_path, opening,
                                                                                               shown):
    source = story(tmp_path, opening + " to close the old bridge for repairs after engineers found cracks.", *BODY[1:])
    assert source.sentences[0].text.startswith(shown)


def test_a_request_for_comment_the_page_made_names_it_and_is_no_fact(tmp_path):
    unanswered = "The mayor did not immediately return a call from The Daily Beast."
    source = story(tmp_path, BODY[0], BODY[1] + " " + unanswered, BODY[2])
    assert (source.outlet, [s.text for s in source.sentences]) == ("The Daily Beast", BODY)
    assert story(tmp_path, *BODY, "He did not return a call from his lawyer, who was in court.", name="b.txt").outlet == ""


@pytest.mark.parametrize("errand", ["The company did not immediately respond to a request for comment.",
                                    "A representative for the mayor did not respond to EW's request for comment.",
                                    "The mayor's aides did not immediately return messages seeking comment."])
def test_an_unanswered_request_for_comment_is_no_fact_even_when_no_outlet_is_named(tmp_path, errand):
    source = story(tmp_path, BODY[0], BODY[1] + " " + errand, BODY[2])
    assert [s.text for s in source.sentences] == BODY and source.outlet == ""
    kept = "The mayor declined to comment on the cracks."  # a stance, not the page's errand
    assert kept in [s.text for s in story(tmp_path, *BODY, kept, name="b.txt").sentences]


def test_a_photo_of_what_someone_wears_is_a_caption(tmp_path):
    caption = "Council leader Jane Roe wears a gray coat while talking at Riverton University."
    source = story(tmp_path, *BODY, caption)
    assert [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize(("line", "outlet"), [
    ("Harborview News", "Harborview News"),  # a newsroom's own byline above the story
    ("World News", ""),  # a section label
    ("Music News", ""),
    ("White House News", ""),  # a building, not a publisher
])
def test_a_newsroom_byline_above_the_story_names_the_outlet(tmp_path, line, outlet):
    source = story(tmp_path, "Bridge closes for repairs after cracks found", line, *BODY)
    assert source.outlet == outlet and [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize(("line", "outlet"), [
    ("OAN Staff Jane Roe", "One America News"),  # a known outlet's initials and its staff writer
    ("HGZ Staff", "HGZ"),  # a newsroom's initials and its staff alone
    ("HGZ Correspondent", "HGZ"),
    ("USAID Staff Placed On Leave", ""),  # a title-case headline, not a byline
    ("CNN Correspondent Clarissa Ward", ""),  # a caption or a subject, not a byline
    ("Tribune News Service", ""),  # a syndicate's credit
    ("UN Correspondent", ""),  # a beat, not a newsroom
    ("DC Correspondent", ""),
    ("US Correspondent", ""),
    ("Our Correspondent", ""),
    ("Special Correspondent", ""),
])
def test_a_staff_or_correspondent_byline_above_the_story_names_the_outlet(tmp_path, line, outlet):
    source = story(tmp_path, "Bridge closes for repairs after cracks found", line, *BODY)
    assert source.outlet == outlet and [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize(("prompt", "outlet"), [
    ("Stay up to date with the latest news. Follow HGZ on WhatsApp Channels.", "HGZ"),
    ("Follow Harbor Gazette on Telegram", "Harbor Gazette"),
    ("Read more on RFI English", "RFI"),  # the copy's whole story on the outlet that wrote it
    ("Read more from Sky News:", "Sky News"),  # the outlet's own list of its stories
    ("Read more on RFI English.", "RFI"),
    ("Read more on Climate Change", ""),  # a topic, not an outlet
    ("Follow us on WhatsApp", ""),
])
def test_a_prompt_to_follow_or_read_on_the_outlet_names_it(tmp_path, prompt, outlet):
    source = story(tmp_path, *BODY, prompt)
    assert source.outlet == outlet and [s.text for s in source.sentences] == BODY


def test_a_sentence_about_someones_channel_is_news_and_names_no_outlet(tmp_path):
    line = "Hamas urged its supporters to follow its Telegram channel for statements."
    source = story(tmp_path, *BODY, line)
    assert source.outlet == "" and [s.text for s in source.sentences] == [*BODY, line]


def test_a_newsroom_name_inside_the_story_is_no_byline(tmp_path):
    assert story(tmp_path, BODY[0], "Harborview News", *BODY[1:]).outlet == ""


def test_a_photo_naming_where_people_stand_is_a_caption(tmp_path):
    caption = ("Council leader Jane Roe, left, of the Harbor Party, and her deputy, John Doe, wave as they hold a news "
               "conference in Riverton last night following their victory in the election.")
    source = story(tmp_path, *BODY, caption, "Jane Roe, left, was elected council leader on Tuesday.")
    assert [s.text for s in source.sentences] == [*BODY, "Jane Roe, left, was elected council leader on Tuesday."]


def test_another_storys_teaser_above_the_headline_is_dropped_and_a_kicker_does_not_hide_the_headline(tmp_path):
    teaser = "Senator Tom Hale fought to save his friend from impeachment. Republicans mostly ignored him."
    source = story(tmp_path, teaser, "View All News", "Bridge News", "", "Council closes old bridge for repairs after cracks",
                   "", *BODY)
    assert source.headline == "Council closes old bridge for repairs after cracks"
    assert [s.text for s in source.sentences] == BODY
    assert (teaser, "another story's teaser above the headline") in [(d.text, d.rule) for d in source.dropped]


def test_a_first_line_that_tells_the_story_is_never_taken_for_a_teaser(tmp_path):
    source = story(tmp_path, BODY[0], "Council closes old bridge for repairs after cracks", *BODY[1:])
    assert [s.text for s in source.sentences][0] == BODY[0]


def test_a_caption_repeated_without_its_credit_is_still_a_caption(tmp_path):
    alt = "Rescue workers carry sandbags along the closed old bridge at the port of Riverton, Northshire."
    source = story(tmp_path, BODY[0], alt, f"{alt} Photo credit: Reuters", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY


def test_a_broadcast_transcript_line_is_no_fact(tmp_path):
    source = story(tmp_path, *BODY, "INTERPRETER: The council's 16th session has concluded today in Riverton.",
                   "UNIDENTIFIED MALE: We ran when the bridge began to shake.")
    assert [s.text for s in source.sentences] == BODY


def test_a_date_stamped_after_the_headline_dates_the_article_and_a_video_title_card_is_no_headline(tmp_path):
    source = story(tmp_path, "Council closes old bridge for repairs after cracks 2023-04-21", "", *BODY)
    assert (source.headline, source.date) == ("Council closes old bridge for repairs after cracks", "2023-04-21")
    card = story(tmp_path, "Engineer on the old bridge Engineer weighs in on the bridge closure 06:25", "", *BODY,
                 name="b.txt")
    assert card.headline == "" and [s.text for s in card.sentences] == BODY


@pytest.mark.parametrize(("top", "outlet"), [
    ("Harbor Valley Cultural and Educational Foundation", "Harbor Valley Cultural and Educational Foundation"),
    ("Riverton Evening Gazette", "Riverton Evening Gazette"),
    ("Latest News", ""),  # a section label
    ("Watch CBS News", "CBS News"),  # a widget, read for its known outlet, never a masthead of its own
])
def test_a_publisher_name_alone_atop_the_page_is_its_masthead(tmp_path, top, outlet):
    source = story(tmp_path, top, "", "• Increase font size", "Home The News News Council closes old bridge after cracks",
                   "", *BODY)
    assert (source.outlet, source.headline) == (outlet, "Council closes old bridge after cracks")
    assert [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize("prompt", ["Follow DW for the latest.", "Follow the DW live blog for the latest.",
                                    "Get our free weekly email for all the latest news from DW, sign up here",
                                    "Know the news with the DW app: Download today",
                                    "Get the latest news on the DW app",
                                    "I would like to be emailed about offers, event and updates from DW. Read our "
                                    "privacy notice."])
def test_a_prompt_to_follow_the_page_names_its_outlet(tmp_path, prompt):
    source = story(tmp_path, *BODY, prompt)
    assert (source.outlet, [s.text for s in source.sentences]) == ("DW", BODY)


def test_an_embedded_post_credits_no_outlet_however_its_signature_reads(tmp_path):
    post = ("The moment the bridge reopened! 🎥🤯pic.twitter.com/aGzlCcw7BE — Sky Sports NFL (@SkySportsNFL) "
            "February 12, 2024")
    source = story(tmp_path, *BODY, post)
    assert (source.outlet, [s.text for s in source.sentences]) == ("", BODY)


@pytest.mark.parametrize("line", [
    "Hackers got into the Uber app last week, the company said.",
    "With the Uber app, riders in Riverton can book a car to the bridge.",
])
def test_news_about_an_app_names_no_outlet(tmp_path, line):
    source = story(tmp_path, *BODY, line)
    assert source.sentences[-1].text == line and source.outlet == ""


@pytest.mark.parametrize("tip", ["Download the FEMA app.", "Download the Watch Duty app: available for iPhone and "
                                                           "Android."])
def test_a_tip_to_download_someone_s_app_is_dropped_but_names_no_outlet(tmp_path, tip):
    source = story(tmp_path, *BODY, tip)
    assert [s.text for s in source.sentences] == BODY and source.outlet == ""


@pytest.mark.parametrize("line", [
    "The president leaves his post on Monday.",
    "Follow the river road for more than two miles and the broken dam comes into view.",
    "All officers wear body cameras on patrol in Riverton.",
    "Biden and Xi meet the press in San Francisco on Nov. 15.",
    "Hou Yu-ih, left, trails Lai by eight points in the latest poll.",
    "Police charged the driver with manslaughter on Monday; his lawyer did not immediately respond to a request for "
    "comment from Reuters.",
])
def test_news_sentences_that_share_a_caption_or_a_credit_shape_are_kept(tmp_path, line):
    source = story(tmp_path, *BODY, line)
    assert source.sentences[-1].text == line and source.outlet == ""


@pytest.mark.parametrize(("top", "headline", "outlet"), [
    ("Home Secretary Jane Roe sacked after bridge row", "Home Secretary Jane Roe sacked after bridge row", ""),
    ("Council Orders Bridge Review", "Council Orders Bridge Review", ""),
    ("Riverton bridge vote: polls close at 8:00", "Riverton bridge vote: polls close at 8:00", ""),
    ("Elon Musk News", "", ""),
])
def test_headlines_that_only_look_like_a_masthead_a_path_or_a_video_card_stay_headlines(tmp_path, top, headline,
                                                                                         outlet):
    source = story(tmp_path, top, "", *BODY)
    assert (source.headline, source.outlet) == (headline, outlet)


def test_a_summit_name_with_a_figure_is_no_news_tag_and_an_outlet_name_with_and_is_one_outlet(tmp_path):
    summit = "G20 — Leaders agreed on Sunday to close the old bridge for repairs after cracks were found."
    assert story(tmp_path, summit, *BODY[1:]).sentences[0].text == summit
    assert story(tmp_path, *BODY, "The Globe and Mail", name="b.txt").outlet == "The Globe and Mail"


def test_an_author_box_at_the_foot_names_the_outlet_but_a_sentence_about_a_reporter_does_not(tmp_path):
    box = "Jane Roe is an international correspondent for Harbor Daily Report. Follow her on X or Instagram."
    source = story(tmp_path, *BODY, box)
    assert source.outlet == "Harbor Daily Report" and [s.text for s in source.sentences] == BODY
    news = "John Doe is a reporter for the Harbor Daily Report."  # about a journalist in the news: no contact prompt
    source = story(tmp_path, *BODY, news, name="b.txt")
    assert source.outlet == "" and news in [s.text for s in source.sentences]


def test_a_byline_among_the_page_fields_names_the_outlet(tmp_path):
    source = story(tmp_path, "Bridge closes for repairs after cracks found", "Updated | By AFP", *BODY)
    assert source.outlet == "AFP" and [s.text for s in source.sentences] == BODY


def test_a_prompt_to_turn_on_notifications_is_no_news(tmp_path):
    prompt = ["Be the first to know", "Get browser notifications for breaking news, live events, and exclusive reporting."]
    source = story(tmp_path, BODY[0], *prompt, *BODY[1:], *prompt)
    assert [s.text for s in source.sentences] == BODY


def test_a_caption_marking_where_someone_stands_in_brackets_is_dropped(tmp_path):
    caption = "Council leader Jane Roe is carried from a helicopter on a stretcher by medics and her guard (r)."
    collage = "Harbor Court Judge John Doe (l.) ordered the suspension of the ferry company's licence."
    news = "Council leader Jane Roe (R) was taken to hospital on Wednesday."  # a party, and news
    source = story(tmp_path, *BODY, caption, collage, news)
    assert [s.text for s in source.sentences] == [*BODY, news]


def test_another_storys_headline_and_lede_set_in_the_page_are_dropped_but_a_page_headline_is_kept(tmp_path):
    linked = ["Council threatens legal action against builder over bridge: report",
              "The council has threatened legal action against the builder, according to a letter seen by a paper."]
    source = story(tmp_path, *BODY[:2], *linked, BODY[2])
    assert [s.text for s in source.sentences] == BODY
    own = story(tmp_path, "Council to close old bridge for repairs: report", *BODY, name="b.txt")
    assert own.headline == "Council to close old bridge for repairs: report" and [s.text for s in own.sentences] == BODY


def test_a_link_to_another_story_names_no_publisher_but_a_story_field_does(tmp_path):
    link = "Read more: FTSE 100 LIVE: European stocks dip as Japan's Nikkei Asia index slumps on CNN"
    assert story(tmp_path, *BODY[:2], link, BODY[2]).outlet == ""
    fields = story(tmp_path, *BODY, "PUBLISHED: 15/01/2024; STORY: Harbor Graphic News", name="b.txt")
    assert fields.outlet == "Harbor Graphic News" and [s.text for s in fields.sentences] == BODY


@pytest.mark.parametrize("junk", [
    "• For full details of graphics available/in preparation, see Menu -> Planners",
    "Graphic shows details of the eruption.",
    "Lava from an erupting volcano consuming a building near the town of Lowmoor, Northshire, Sunday January 14, 2024.",
    "Workers of the council pull out of the old bridge to return to the depot, in the city of Riverton. — Reuters",
    "CHECK OUT: No Location Limits! Master Bridge Design from Anywhere with Our Online Course. Enroll Today!",
    "Enroll & Get Started Today!",
    "Riverton Airport expansion will help the town soar Partner content",
])
def test_a_menu_path_and_what_a_picture_shows_are_page_furniture(tmp_path, junk):
    source = story(tmp_path, BODY[0], junk, *BODY[1:])
    assert [s.text for s in source.sentences] == BODY


def test_a_full_date_before_a_dash_is_a_dateline_that_dates_the_page(tmp_path):
    source = story(tmp_path, "January 15, 2024 - " + BODY[0], *BODY[1:])
    assert [s.text for s in source.sentences] == BODY and source.date == "2024-01-15"
    kept = "May 13 - 2024 was the year the council closed the bridge."  # no year after the day: no dateline
    assert story(tmp_path, *BODY, kept, name="b.txt").sentences[-1].text.startswith("May 13")


def test_a_byline_with_the_outlet_and_a_job_before_the_name_names_the_outlet(tmp_path):
    source = story(tmp_path, "Council votes to close the old bridge", "By Harbor Gazette Producer Jane Mary Roe", *BODY)
    assert source.outlet == "Harbor Gazette" and [s.text for s in source.sentences] == BODY
    assert all(not s.context for s in source.sentences)  # a byline is not a subhead over the story
    headline = story(tmp_path, "By Land And Sea Rescuers Reach The Flooded Village", *BODY, name="b.txt")
    assert headline.outlet == "" and headline.headline.startswith("By Land")  # a title in title case, no job


def test_an_author_box_with_its_role_in_brackets_and_a_source_site_name_the_outlet(tmp_path):
    box = ("Jane Roe (Political and current affairs editor) Jane Roe is a political and current affairs editor at "
           "Harbornews.co.ke. She holds a degree in Communication from Riverton University in 2021. "
           "Email: jane.roe@harbornews.co.ke")
    source = story(tmp_path, *BODY, box)
    assert source.outlet == "Harbornews.co.ke" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, *BODY, "Source: Harbornews.co.ke", name="b.txt").outlet == "Harbornews.co.ke"
    assert story(tmp_path, *BODY, "Source: World Bank", name="c.txt").outlet == ""  # a chart's data, not a site


def test_a_question_set_apart_above_a_photo_is_the_headline(tmp_path):
    title = "As the council closes the old bridge, what happens next?"
    source = story(tmp_path, title, "Engineers inspect the old bridge in Riverton. Credit: AP", *BODY)
    assert source.headline == title and [s.text for s in source.sentences] == BODY
    lede = story(tmp_path, "What happens to the old bridge now?", *BODY, name="b.txt")  # the story goes on below it
    assert lede.headline == "" and lede.sentences[0].text == "What happens to the old bridge now?"


def test_a_caption_ending_at_a_place_on_its_date_is_dropped(tmp_path):
    caption = "President Jane Roe speaking at State House, Riverton on January 8, 2023."
    assert [s.text for s in story(tmp_path, BODY[0], caption, *BODY[1:]).sentences] == BODY
    news = "Roe spoke at State House, Riverton on January 8, 2023."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="b.txt").sentences]


def test_news_signed_by_an_agency_is_kept_though_a_caption_so_signed_is_not(tmp_path):
    signed = "The council raised the bridge toll by two dollars on Thursday. — Reuters"  # tells what happened
    assert any(s.text.startswith("The council raised") for s in story(tmp_path, *BODY, signed).sentences)


def test_a_list_s_numbers_and_its_introduction_are_not_part_of_the_sentences(tmp_path):
    source = story(tmp_path, "Here are top 10 updates on the bridge, 1) " + BODY[0], "2) " + BODY[1], "3. " + BODY[2])
    assert [s.text for s in source.sentences] == BODY


def test_a_cookie_banner_is_no_headline_or_text_and_the_search_counts_lines_with_text(tmp_path):
    page = ["+", "", "Cookies on the Harbor Gazette website", "",
            "Harbor Gazette has updated its Privacy and Cookie policy. We use cookies to ensure that we give you the "
            "best experience on our website.", "", "Close", "Home Quiz Share", "", "",
            "Wondering what just happened to the old bridge? Here's everything you need to know", "",
            "Mar 11, 2023, 06:19 IST", *BODY]
    source = story(tmp_path, *page)
    assert source.headline.startswith("Wondering what just happened") and source.date == "2023-03-11"
    assert [s.text for s in source.sentences] == BODY
    news = "Google said it would stop using third-party cookies in its Chrome browser next year."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="b.txt").sentences]


def test_a_banner_label_before_the_headline_and_a_deck_opening_on_but(tmp_path):
    labelled = story(tmp_path, "DEVELOPING STORY: Council closes old bridge for repairs", *BODY)
    assert labelled.headline == "Council closes old bridge for repairs"
    deck = story(tmp_path, "But stops short of closing the new bridge", *BODY, name="b.txt")
    assert deck.headline == "" and [s.text for s in deck.sentences] == BODY


def test_a_word_cut_at_the_page_s_end_is_no_outlet_and_a_photo_s_description_is_a_caption(tmp_path):
    cut = story(tmp_path, *BODY, "Ap")  # 'Apple' cut off where the stored page ends, not 'AP'
    assert cut.outlet == ""
    for junk in ("A photo of the front of the old bridge after the repairs",
                 "CLOSED: The old bridge is fenced off by the council after the inspection. Pic: Screenshot"):
        assert [s.text for s in story(tmp_path, BODY[0], junk, *BODY[1:], name="c.txt").sentences] == BODY
    news = "A photo of the cracks was released by the council on Monday."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="d.txt").sentences]


def test_news_shaped_like_a_byline_an_advert_a_cookie_banner_or_a_caption_is_kept(tmp_path):
    shapes = ("By midnight hospital staff had fled the city.", "Messi Leads Miami To First Ever Trophy!",
              "The EU says the cookie consent banners confuse users.",
              "A photo of the suspect circulated on social media on Monday.")
    for number, news in enumerate(shapes):
        assert news in [s.text for s in story(tmp_path, *BODY, news, name=f"{number}.txt").sentences], news


def test_credits_a_page_opens_or_closes_with_name_its_publisher_and_are_no_text(tmp_path):
    syndicated = story(tmp_path, "(MENAFN- Harbor Press) " + BODY[0], *BODY[1:])
    assert syndicated.outlet == "MENAFN" and [s.text for s in syndicated.sentences] == BODY
    affiliate = story(tmp_path, "(NBC, KXYZ/KABC) - " + BODY[0], *BODY[1:], name="b.txt")
    assert affiliate.outlet and [s.text for s in affiliate.sentences] == BODY
    placed = story(tmp_path, "WASHINGTON, D.C. (NBC, KXYZ/KABC) - " + BODY[0], *BODY[1:], name="d.txt")
    assert placed.outlet and [s.text for s in placed.sentences] == BODY
    dated = story(tmp_path, "Bridge closes for repairs after cracks found", "Sputnik International, 1920, 20.11.2022",
                  *BODY, "© AFP 2022 / JANE ROE", name="e.txt")
    assert dated.outlet == "Sputnik" and [s.text for s in dated.sentences] == BODY  # the photo's agency is not it
    signed = story(tmp_path, *BODY[:-1], BODY[-1] + " EFE", name="c.txt")
    assert signed.outlet == "EFE" and [s.text for s in signed.sentences] == BODY
    edition = story(tmp_path, "Los Angeles Times (Sunday)", "COUNCIL CLOSES OLD BRIDGE", *BODY, name="d.txt")
    assert edition.outlet == "Los Angeles Times"
    unsigned = story(tmp_path, *BODY[:-1], BODY[-1] + " Then", name="e.txt")  # a word that is no agency signs nothing
    assert unsigned.outlet == "" and ("Then", "too short") in [(d.text, d.rule) for d in unsigned.dropped]


def test_a_dateline_on_its_own_line_is_no_headline(tmp_path):
    source = story(tmp_path, "Portland (US), January 6", "", *BODY)
    assert source.headline == "" and [s.text for s in source.sentences] == BODY
    assert any(d.text == "Portland (US), January 6" and d.rule == "dateline" for d in source.dropped)


def test_a_link_s_markup_is_dropped_and_its_words_kept(tmp_path):
    linked = ('The council said the <a href=”https://example.com/tags/bridge” target="_blank">bridge</a>\'s '
              'repairs would cost <a href="https://example.com/x">$2 million</a> over two years.')
    source = story(tmp_path, *BODY, linked)
    assert source.sentences[-1].text == "The council said the bridge's repairs would cost $2 million over two years."
    assert any(d.rule == "markup artefact" and d.text.startswith("<a href") for d in source.dropped)


def test_a_paragraph_closing_on_a_photographer_s_credit_or_marking_where_someone_stands_is_a_caption(tmp_path):
    for number, caption in enumerate((
            "Oxygen masks hang from the roof next to a missing window of the bus. Jane Roe via REUTERS",
            "Mayor Jane Doe (L) leaves the town hall before a council meeting in the city centre. John Roe/AAP/dpa",
            "Mayor Jane Doe (L) leaves the town hall before a council meeting in the city centre.")):
        assert [s.text for s in story(tmp_path, BODY[0], caption, *BODY[1:], name=f"{number}.txt").sentences] == BODY


def test_a_headline_that_tells_none_of_the_lead_does_not_title_the_briefing(tmp_path):
    from briefing import make_briefing
    from briefing.pipeline import fact_title

    write(tmp_path / "a.txt", "\n".join(["The preacher's original name is Ram Lal",
                                         "At least 121 people died in a crush at a religious gathering in the "
                                         "town of Riverton on Tuesday, officials said.",
                                         "The crowd was three times larger than permitted, police said."]))
    write(tmp_path / "b.txt", "\n".join(["At least 121 people died in a crush at a religious gathering in Riverton "
                                         "on Tuesday.", "Rescuers carried bodies to the district hospital."]))
    briefing = make_briefing([tmp_path])
    assert "preacher" not in briefing.title and "121 people" in briefing.title
    assert fact_title("Around 116 people, including several women and children, were killed in a crush in Riverton, "
                      "officials said.") == "Around 116 people were killed in a crush in Riverton"


def test_a_page_asking_for_tips_in_its_own_voice_names_its_site_and_is_no_text(tmp_path):
    source = story(tmp_path, *BODY, "Got a tip? Send it to The Daily Beast here.")
    assert source.outlet == "The Daily Beast" and [s.text for s in source.sentences] == BODY
    news = "Police urged residents to send their tips to the hotline on Monday."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="b.txt").sentences]


def test_a_source_line_in_brackets_credits_its_agency(tmp_path):
    source = story(tmp_path, "[Source: Reuters]", "", *BODY)
    assert source.outlet == "Reuters" and [s.text for s in source.sentences] == BODY


def test_an_outlet_saying_it_could_not_verify_something_names_itself_and_is_housekeeping(tmp_path):
    source = story(tmp_path, *BODY, "Al Jazeera could not immediately verify the videos.")
    assert source.outlet == "Al Jazeera" and [s.text for s in source.sentences] == BODY
    news = "Police could not confirm the number of people hurt in the crush."
    other = story(tmp_path, *BODY, news, name="b.txt")
    assert other.outlet == "" and news in [s.text for s in other.sentences]


def test_a_caption_of_several_people_arriving_somewhere_on_a_full_date_is_dropped(tmp_path):
    caption = ("Britain's Prince William, Prince of Wales, Britain's Catherine, Princess of Wales, Britain's Princess "
               "Charlotte of Wales and Britain's Prince Louis of Wales arrive at Westminster Abbey in central London "
               "on May 6, 2023.")
    assert [s.text for s in story(tmp_path, BODY[0], caption, *BODY[1:]).sentences] == BODY
    for number, news in enumerate(("The king was crowned at Westminster Abbey in central London on May 6, 2023.",
                                   "Voting begins in northern India on April 19, 2024.")):  # past, or scheduled
        assert news in [s.text for s in story(tmp_path, *BODY, news, name=f"b{number}.txt").sentences]


def test_the_page_s_own_membership_box_and_more_stories_list_name_its_site(tmp_path):
    assert story(tmp_path, *BODY, "Keep independent media alive. Become a Harbor member today!").outlet == "Harbor"
    assert story(tmp_path, *BODY, "More from HARBOR", name="b.txt").outlet == "HARBOR"
    for number, section in enumerate(("More from Politics", "More From This Section")):  # a section, not a site
        assert story(tmp_path, *BODY, section, name=f"c{number}.txt").outlet == ""


def test_a_gallery_s_headline_is_a_headline_and_a_photo_credit_is_not(tmp_path):
    assert story(tmp_path, "In Pictures: Council closes old bridge for repairs", *BODY).headline == \
        "In Pictures: Council closes old bridge for repairs"
    assert story(tmp_path, "Pictures: John Smith", "Council closes old bridge", *BODY, name="b.txt").headline == \
        "Council closes old bridge"


def test_a_photo_s_credit_or_its_description_and_an_outlet_after_a_headline_are_no_text(tmp_path):
    for number, caption in enumerate((
            'Jane Roe and John Roe pose in the press room with the prize for "Best Song". - AFP pix',
            "This Dec. 21, 2022 image provided by the council shows the cracks in the old bridge.")):
        assert [s.text for s in story(tmp_path, BODY[0], caption, *BODY[1:], name=f"{number}.txt").sentences] == BODY
    assert story(tmp_path, "Council closes old bridge for repairs – BBC", *BODY, name="h.txt").headline == \
        "Council closes old bridge for repairs"


def test_a_page_dated_far_from_a_story_told_within_a_month_is_left_undated(tmp_path):
    dates = {"a": "2022-10-15", "b": "2022-10-15", "c": "2022-10-16", "d": "2024-11-16"}
    for name, day in dates.items():
        write(tmp_path / f"{name}.txt", f"Published {day}\n" + "\n".join(BODY))
    found = {s.id: s.date for s in load_sources([tmp_path])[0]}
    assert found == {"a": "2022-10-15", "b": "2022-10-15", "c": "2022-10-16", "d": ""}



def test_credits_of_a_picture_or_a_poll_and_a_number_someone_called_are_no_notice_or_publisher(tmp_path):
    for number, (line, outlet) in enumerate((("Copyright 2024 The Associated Press / All Rights Reserved", "AP"),
                                             ("AFP/Getty Images, 20 November 2022", ""),
                                             ("Reuters/Ipsos, March 5, 2024", ""))):
        assert story(tmp_path, "Council closes old bridge", line, *BODY, name=f"c{number}.txt").outlet == outlet, line
    news = "The woman told police she had tried to call 020 7946 0018 several times before the attack."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="n.txt").sentences]
    label = "EU • The bloc agreed new sanctions on Monday."
    assert label in [s.text for s in story(tmp_path, label, *BODY, name="l.txt").sentences]


def test_a_syndication_note_and_a_paper_s_own_desk_name_the_publisher(tmp_path):
    note = ("(The above story first appeared on Harbor Gazette on Oct 30, 2022 08:53 AM IST. For more news, log on to "
            "our website harborgazette.com).")
    source = story(tmp_path, *BODY, note, name="a.txt")
    assert source.outlet == "Harbor Gazette" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, "Harborline Digital Desk", *BODY, name="b.txt").outlet == "Harborline"
    assert story(tmp_path, *BODY, "This article first appeared on Harbor Gazette.", name="c.txt").outlet == \
        "Harbor Gazette"  # not 'Harbor Gazette.'


def test_a_line_cut_off_above_the_whole_of_it_is_the_page_s_preview(tmp_path):
    caption = "Engineers inspect the cracked bridge over the river in Riverton on Monday morning before it closes"
    source = story(tmp_path, "Council closes old bridge", caption[:70] + "...", caption + " - Photo: Jane Roe/AP",
                   *BODY, name="a.txt")
    assert [s.text for s in source.sentences] == BODY
    assert ("cut-off copy of a line below", caption[:70] + "...") in [(d.rule, d.text) for d in source.dropped]


def test_a_shouted_masthead_a_channel_promotion_and_a_writer_s_box_name_the_publisher(tmp_path):
    assert story(tmp_path, "THE HARBOR ONE NEWS", *BODY, name="a.txt").outlet == "The Harbor One News"
    assert story(tmp_path, "UNITED STATES NEWS", *BODY, name="b.txt").outlet == ""  # a section, not a paper
    promo = "Get exclusive content with Gulf News WhatsApp channel"
    source = story(tmp_path, *BODY, promo, name="c.txt")
    assert source.outlet == "Gulf News" and [s.text for s in source.sentences] == BODY
    bio = ("Jane Roe is Senior Space Editor for Harbor Week, based in Riverton. Before joining Harbor Week in 2017, "
           "Jane spent 25 years as a wire service reporter.")
    source = story(tmp_path, *BODY, bio, name="d.txt")
    assert source.outlet == "Harbor Week" and [s.text for s in source.sentences] == BODY


def test_an_agency_byline_with_its_author_link_names_it_and_a_glued_outlet_leaves_the_headline(tmp_path):
    source = story(tmp_path, "By REUTERS More by this Author", *BODY, name="a.txt")
    assert source.outlet == "Reuters" and source.headline == "" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, "Bridge death toll rises to 154-Xinhua", *BODY, name="b.txt").headline == \
        "Bridge death toll rises to 154"


def test_ordinary_news_the_second_review_ran_stays_news_and_names_no_publisher(tmp_path):
    for number, news in enumerate((
            "This story was first published on Monday.", "Hamas posted the video on its Telegram channel.",
            "Tucker Carlson was a host at Fox News. Before joining Fox News in 2009, he worked at CNN.",
            "Jane Roe is a reporter for the Harbor Gazette. Before joining the Gazette, she worked in Lowmoor.")):
        source = story(tmp_path, *BODY, news, name=f"n{number}.txt")
        assert news in " ".join(s.text for s in source.sentences) and source.outlet == "", news
    tuesday = "Tuesday, March 5: Voters went to the polls across the county."
    assert tuesday in [s.text for s in story(tmp_path, tuesday, *BODY, name="t.txt").sentences]
    assert story(tmp_path, "Foreign News Desk", *BODY, name="f.txt").outlet == ""


def test_a_page_dated_three_weeks_from_a_story_told_within_a_week_is_left_undated(tmp_path):
    dates = {"a": "2022-12-18", "b": "2022-12-19", "c": "2022-12-19", "d": "2022-11-20", "e": "2022-12-14"}
    for name, day in dates.items():
        write(tmp_path / f"{name}.txt", f"Published {day}\n" + "\n".join(BODY))
    found = {s.id: s.date for s in load_sources([tmp_path])[0]}
    assert found == {**dates, "d": ""}  # five days before is its own; 28 before is a tag page's date
    later = {"a": "2022-12-18", "b": "2022-12-19", "c": "2022-12-19", "f": "2023-01-13"}  # a follow-up page
    for name, day in later.items():
        write(tmp_path / "later" / f"{name}.txt", f"Published {day}\n" + "\n".join(BODY))
    assert {s.id: s.date for s in load_sources([tmp_path / "later"])[0]} == later


def test_the_wave_s_ingest_rules_leave_ordinary_news_and_a_masthead_alone(tmp_path):
    for number, news in enumerate((
            "Gov. Ron DeSantis (R) signed the bill into law on Monday in Tallahassee.",  # a party, not a position
            "Al Jazeera could not verify the claims, but the UN says at least 200 people were killed in the strike.",
            "Police urged anyone with footage of the attack to send it to detectives here.")):
        source = story(tmp_path, *BODY, news, name=f"n{number}.txt")
        assert news in [s.text for s in source.sentences] and source.outlet == "", news
    for number, widget in enumerate(("More from Jane Doe", "More from Ukraine")):  # an author, a topic
        assert story(tmp_path, "CNN", "Council closes old bridge", *BODY, widget, name=f"w{number}.txt").outlet == "CNN"
    dated = story(tmp_path, "Updated: Jul 5, 2023, 1:36 pm | Published Jul 4, 2023", *BODY, name="d.txt")
    assert dated.date == "2023-07-04"  # the earliest part


def test_a_date_the_user_gives_stays_however_far_from_the_other_pages(tmp_path):
    write(tmp_path / "story.yaml", "sources:\n  d.txt: {date: 2023-10-14}\n")
    for name, day in {"a": "2022-10-15", "b": "2022-10-15", "c": "2022-10-16"}.items():
        write(tmp_path / f"{name}.txt", f"Published {day}\n" + "\n".join(BODY))
    write(tmp_path / "d.txt", "\n".join(BODY))
    assert {s.id: s.date for s in load_sources([tmp_path])[0]}["d"] == "2023-10-14"


def test_a_photo_pointing_at_itself_is_a_caption(tmp_path):
    caption = "The old bridge is seen here in a close-up taken by a council drone above the river."
    assert [s.text for s in story(tmp_path, BODY[0], caption, *BODY[1:]).sentences] == BODY
    news = "The old bridge is seen as a risk to shipping, engineers said."
    assert news in [s.text for s in story(tmp_path, *BODY, news, name="b.txt").sentences]


def test_a_live_page_greeting_its_reader_is_cut_from_the_news_it_opens(tmp_path):
    source = story(tmp_path, f"IF YOU’RE JUST waking up, t{BODY[0][1:]}", *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert ("IF YOU’RE JUST waking up,", "list dash or label") in [(d.text, d.rule) for d in source.dropped]


@pytest.mark.parametrize(("line", "read"), [
    ("NOBODY expected the council to close the old bridge on Tuesday.",
     "Nobody expected the council to close the old bridge on Tuesday."),
    ("THE council voted on Tuesday to close the old bridge for repairs.",
     "The council voted on Tuesday to close the old bridge for repairs."),
    ("UN AND EU officials inspected the old bridge in Riverton on Tuesday.", None),
    ("THE UN said the old bridge in Riverton would close on Tuesday.",
     "The UN said the old bridge in Riverton would close on Tuesday."),
    ("WHO officials said the old bridge in Riverton would close on Tuesday.", None),
    ("NASA said the old bridge in Riverton could be seen from orbit.", None),
])
def test_opening_words_set_in_capitals_are_read_in_sentence_case_but_initials_stay(tmp_path, line, read):
    source = story(tmp_path, line, *BODY)
    assert source.sentences[0].text == (read or line)


def test_a_site_s_menu_gives_neither_headline_nor_outlet(tmp_path):
    menu = ["Latest News", "", "Stocks in Play", "", "Dividend Stocks", "", "Breakout Stocks", "", "US Markets", "",
            "Commodity News", "", "Crypto News", "", "Metals & Mining News", ""]
    source = story(tmp_path, *menu, *BODY)
    assert (source.headline, source.outlet) == ("", "")
    assert [s.text for s in source.sentences] == BODY


def test_the_sentences_after_a_caption_in_its_short_paragraph_go_with_it(tmp_path):
    block = ("Mayor Jane Roe appears on a television screen at the council's headquarters, in Riverton, June 9, 2024. "
             "Roe closed the old bridge and called for new inspections.")
    source = story(tmp_path, *BODY[:1], block, *BODY[1:])
    assert [s.text for s in source.sentences] == BODY
    assert ("Roe closed the old bridge and called for new inspections.", "caption (its paragraph)") in \
        [(d.text, d.rule) for d in source.dropped]


def test_the_text_above_an_embedded_post_s_signature_is_the_post(tmp_path):
    post = "The council's bridge deal has big deferrals that include most of the cost — an idea, a source said."
    source = story(tmp_path, *BODY, post, "— Jane Roe (@JaneRoe) December 9, 2023")
    assert [s.text for s in source.sentences] == BODY
    assert (post, "embedded post (its text)") in [(d.text, d.rule) for d in source.dropped]


def test_a_masthead_after_the_stored_date_an_edition_a_broadcaster_and_a_writer_s_box_name_the_publisher(tmp_path):
    source = story(tmp_path, " date 2024-07-16 The Boston Sun", "", "Council closes old bridge after cracks", "",
                   *BODY, name="a.txt")
    assert (source.outlet, source.date, source.headline) == ("The Boston Sun", "2024-07-16",
                                                             "Council closes old bridge after cracks")
    assert story(tmp_path, "USA TODAY US Edition", "", *BODY, name="b.txt").outlet == "USA Today"
    source = story(tmp_path, "Harbor Broadcasting Corporation", "", "The most credible news source in Harbor", "",
                   "Flood waters on Union Island in Lowmoor. (API Photo)", "",
                   "Council closes old bridge after cracks", "", *BODY, name="c.txt")
    assert (source.outlet, source.headline) == ("Harbor Broadcasting Corporation", "Council closes old bridge after cracks")
    assert [s.text for s in source.sentences] == BODY
    box = "Mr. Roe is a political reporter at The Harbor Ledger. He covers the council."
    source = story(tmp_path, "JANE ROE", "", *BODY, box, name="d.txt")
    assert source.outlet == "The Harbor Ledger" and box not in " ".join(s.text for s in source.sentences)
    news = "Roe is a political reporter at The Harbor Ledger."  # a journalist the story is about
    source = story(tmp_path, "Ledger reporter Jane Roe was arrested in Lowmoor on Monday.", *BODY, news, name="e.txt")
    assert source.outlet == "" and news in [s.text for s in source.sentences]


@pytest.mark.parametrize("line", ["Why you can trust SCMP",
                                  "This story has been made freely available as a public service to our readers. "
                                  "Please consider supporting SCMP’s journalism by subscribing."])
def test_a_page_s_trust_badge_or_appeal_for_its_journalism_names_it(tmp_path, line):
    source = story(tmp_path, line, "Reading Time:4 minutes", *BODY)
    assert source.outlet == "South China Morning Post" and [s.text for s in source.sentences] == BODY


def test_an_agency_alone_under_the_last_paragraph_signs_the_copy_but_under_a_caption_credits_a_photo(tmp_path):
    last = ("City were banned from European competitions for two years by the governing body for alleged breaches of "
            "its rules in February 2020, but the sanction was overturned on appeal later that year.")
    source = story(tmp_path, *BODY, last, "AFP", name="a.txt")
    assert source.outlet == "AFP" and source.sentences[-1].text == last
    caption = story(tmp_path, *BODY, "Fans outside the stadium on Monday.", "AFP", name="b.txt")
    assert caption.outlet == ""


def test_a_fact_box_heading_run_into_its_first_line_and_a_feed_promo_are_dropped(tmp_path):
    source = story(tmp_path, "A personalised news feed of stories that matter to you", "",
                   "Council closes old bridge after cracks", "", BODY[0],
                   "BRIDGE REPAIRS EXPLAINED The mayor said the bridge would reopen in the spring and that buses "
                   "would run a free shuttle.", BODY[2])
    assert source.headline == "Council closes old bridge after cracks" and [s.text for s in source.sentences] == BODY


def test_news_under_an_update_label_is_kept_without_the_label(tmp_path):
    later = "The toll in the river town rose to 7 after another body was found on Monday, rescuers said."
    first = "The storm has flooded 300 homes in the river town, the county's emergency service said."
    found = "Police found a second car belonging to the suspect near the bridge, the county sheriff said."
    source = story(tmp_path, "Update: Storm floods river town, seven dead", BODY[0],
                   "Update: " + later, "Update (Sept 16): " + first, "Initial story: " + BODY[1], BODY[2],
                   "Update: 9/16/24-11:00 a.m. – " + found,
                   "Update: This story has been updated with the latest toll.")
    assert source.headline == "Storm floods river town, seven dead"
    assert [s.text for s in source.sentences] == [BODY[0], later, first, *BODY[1:], found]
    assert "correction note" in {d.rule for d in source.dropped}


def test_links_to_other_stories_with_their_section_run_in_are_no_headline(tmp_path):
    links = ["- MoviesJane Star says she will never work in Hollywood again: They are disposable",
             "- SportsRiverton striker takes inspiration from a rival for the cup final"]
    source = story(tmp_path, *links, *BODY)
    assert source.headline is None or source.headline not in links
    assert [s.text for s in source.sentences] == BODY
    assert story(tmp_path, "MoneyLine said it would cut 300 jobs at its Riverton call centre on Tuesday.", *BODY,
                 name="b.txt").sentences[0].text.startswith("MoneyLine")


def test_a_page_stored_on_one_line_loses_its_run_in_header_and_names_its_staffs_outlet(tmp_path):
    header = ("Politics / Riverton Riverton Stunner: Mayor Quits Over Bridge But he stays on the board By Jane Doe, "
              "Harbor Wire Staff Posted Apr 25, 2024 8:36 AM CDT Copied The mayor leaves city hall on Oct. 4, 2022.")
    source = story(tmp_path, " ".join([header, "(John Roe/Pool Photo via AP, File)", *BODY]))
    assert source.outlet == "Harbor Wire"
    assert [s.text for s in source.sentences] == BODY


def test_a_wire_caption_with_its_purpose_after_the_date_is_dropped_inside_a_paragraph(tmp_path):
    caption = ("The Harbor Line ferry lifts off from the slipway near Port Vale, Northshire, on October 13, 2024, "
               "for the Harbor Line Sea Trial 5.")
    news = "The ferry left the slipway near Port Vale on October 13, 2024, for the Harbor Line Sea Trial 5."
    source = story(tmp_path, " ".join([caption, *BODY]), news)  # a page's opening paragraph
    assert [s.text for s in source.sentences] == [*BODY, news]


@pytest.mark.parametrize(("top", "outlet"), [("Wexbury Press", "Wexbury Press"), ("HarborPost", "Harbor Post")])
def test_a_newspapers_name_no_list_knows_atop_the_page_names_it(tmp_path, top, outlet):
    source = story(tmp_path, top, "Sports", "Council closes the old bridge for repairs", *BODY)
    assert source.outlet == outlet and [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize("top", ["Latest Post", "Daily Star", "John Post"])
def test_a_label_or_a_name_before_a_papers_word_names_no_outlet(tmp_path, top):
    assert story(tmp_path, top, "Council closes the old bridge for repairs", *BODY).outlet == ""


def test_a_menu_path_from_the_sites_own_address_names_it(tmp_path):
    source = story(tmp_path, "Wexbury.com » Local » Council closes the old bridge for repairs", *BODY)
    assert source.outlet == "Wexbury.com" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, "Home › Local › Council closes the old bridge", *BODY, name="b.txt").outlet == ""


def test_an_embedded_videos_title_with_its_channel_after_a_bar_is_dropped(tmp_path):
    title = "Site of the bridge collapse which injured all 12 workers. | FRANCE 24 English"
    source = story(tmp_path, *BODY[:2], title, BODY[2])
    assert [s.text for s in source.sentences] == BODY


def test_a_caption_signed_with_the_agency_and_a_photographer_in_title_case_is_dropped(tmp_path):
    caption = ("A young girl helps to put out a fire in the hills above Port Vale, Valparaiso Region, Chile. "
               "EFE/Adriana Thomasa")
    source = story(tmp_path, *BODY[:2], caption, BODY[2])
    assert [s.text for s in source.sentences] == BODY


def test_a_caption_printed_twice_with_its_agency_credits_the_photo_not_the_copy(tmp_path):
    caption = "Houses burn on the hills above Port Vale, Northshire February 3, 2024. REUTERS"
    source = story(tmp_path, *BODY[:2], caption, caption, BODY[2])
    assert [s.text for s in source.sentences] == BODY
    assert source.outlet == ""


def test_a_partners_note_at_the_foot_names_the_original_publisher(tmp_path):
    source = story(tmp_path, *BODY, "Originally published by Wexbury Times")
    assert source.outlet == "Wexbury Times" and [s.text for s in source.sentences] == BODY


def test_an_appeal_to_become_the_pages_sponsor_names_it_even_run_into_the_last_paragraph(tmp_path):
    source = story(tmp_path, " ".join([*BODY, "Sponsor Message Become an NPR sponsor"]))
    assert source.outlet == "NPR" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, *BODY, "She said the town would become a NATO member.", name="b.txt").outlet == ""


def test_an_appeal_box_is_dropped_whole_names_its_outlet_and_is_never_the_headline(tmp_path):
    source = story(tmp_path, "We need your help now", "",
                   "Support from readers like you keeps The Harbor Gazette open.", "",
                   "You are visiting us because we have something you value. Independent news that tells the truth. "
                   "Advertising revenue goes some way to support our mission, but this year it has not been enough", "",
                   "If you've seen value in our reporting, please contribute what you can, so we can continue.", "",
                   "Bridge closes for repairs after cracks found", "", *BODY)
    assert source.headline == "Bridge closes for repairs after cracks found"
    assert source.outlet == "The Harbor Gazette" and [s.text for s in source.sentences] == BODY


@pytest.mark.parametrize("line", [
    "The mayor told residents: you should plan for us to keep the detour until we finish.",  # reported speech
    "‘We will not let our people down, and we ask you to stand with us,’ the council leader told residents.",
    "“The company has told you again and again that our members will get nothing, and we will not accept that.",
])
def test_a_story_line_addressing_readers_right_after_an_appeal_is_kept(tmp_path, line):
    source = story(tmp_path, "Bridge closes for repairs after cracks found", "Support our journalism. Subscribe today.",
                   line, *BODY)
    assert line in [s.text for s in source.sentences]


@pytest.mark.parametrize(("lines", "outlet"), [
    (["Riverton, 14 October 2024 (dpa/HGZ) -- " + BODY[0], *BODY[1:]], "HGZ"),  # a day before the month; the carrier
    (["RIVERTON (Harbor24) – " + BODY[0], *BODY[1:]], "Harbor24"),  # a publisher's name with a figure
    ([*BODY[:-1], BODY[-1] + "/HGZ"], "HGZ"),  # an agency's slash sign-off glued to the last full stop
    (["ByHGZ News Desk", *BODY], "HGZ"),  # the page's 'By' run into its desk's name
    (["London24NEWS", "", "Bridge closes for repairs after cracks found", *BODY], "London24NEWS"),
    ([*BODY, "Unlock exclusive access to the latest news on the city's bridges, only on the HGZ App. Download Now!"],
     "HGZ"),
])
def test_more_shapes_of_a_page_naming_its_outlet(tmp_path, lines, outlet):
    source = story(tmp_path, *lines)
    assert source.outlet == outlet and [s.text for s in source.sentences] == BODY


def test_a_wire_caption_of_several_sentences_closed_by_its_bracketed_credit_is_a_caption(tmp_path):
    caption = ("A Harbor Heavy rocket with the Riverland probe aboard launches from Launch Complex 9 at the Riverton "
               "Space Center in Riverton on October 14, 2024. The probe will soon launch for Jupiter's moon Europa, "
               "one of dozens of moons orbiting the Solar System's biggest planet and the nearest spot in our celestial "
               "neighborhood that could offer a perch for life. It should reach orbit around Jupiter "
               "and Europa in 2031, where it will begin a detailed study of the moon that scientists believe is covered "
               "in frozen water. (Photo by Jane Roe / AFP) (Photo by JANE ROE/AFP via Getty Images)")
    source = story(tmp_path, *BODY[:2], caption, BODY[2])
    assert [s.text for s in source.sentences] == BODY


def test_a_known_outlet_opening_the_pages_publication_stamp_names_it(tmp_path):
    source = story(tmp_path, "Bridge closes for repairs after cracks found",
                   "Reuters Published July 31, 2024 Updated July 31, 2024 01:02pm", *BODY)
    assert source.outlet == "Reuters" and [s.text for s in source.sentences] == BODY
    assert story(tmp_path, "Harbor Council Published July 31, 2024", *BODY, name="b.txt").outlet == ""


def test_a_known_site_signing_by_its_domain_is_named_and_a_writers_feed_names_no_outlet(tmp_path):
    assert story(tmp_path, "Byhindustantimes.com, HT News Desk", *BODY).outlet == "Hindustan Times"
    source = story(tmp_path, *BODY, "Follow Jane Doe for the latest news on X.", name="b.txt")
    assert (source.outlet, [s.text for s in source.sentences]) == ("", BODY)


def test_an_appeal_box_is_dropped_whole_names_its_outlet_and_leaves_the_lede_run_into_it(tmp_path):
    source = story(tmp_path, "Council closes old bridge", "Your support helps us to tell the story",
                   "From roads to schools, The Independent is on the ground when the story is developing. Whether it's "
                   "our latest documentary or a report, we know how important it is to parse out the facts.",
                   "At such a critical moment, we need reporters on the ground. Your donation allows us to keep "
                   "sending journalists to speak to both sides of the story.",
                   "Your support makes all the difference." + BODY[0], *BODY[1:])
    assert (source.outlet, [s.text for s in source.sentences]) == ("The Independent", BODY)


def test_a_paywall_box_line_naming_the_site_names_its_outlet(tmp_path):
    source = story(tmp_path, *BODY, "You have exhausted your free article limit. Please support quality journalism.",
                   "X The Hindu operates by its editorial values to provide you quality journalism.")
    assert (source.outlet, [s.text for s in source.sentences]) == ("The Hindu", BODY)


def test_a_paywall_prompt_atop_the_page_is_no_headline(tmp_path):
    source = story(tmp_path, "Create a free Harbor Equipment News account to continue", "",
                   "Council Closes Old Bridge After Cracks", "", *BODY)
    assert (source.outlet, source.headline) == ("Harbor Equipment News", "Council Closes Old Bridge After Cracks")


def test_a_headline_ending_for_an_outlet_is_no_photo_credit_and_a_us_official_is_no_reader(tmp_path):
    source = story(tmp_path, "Jane Roe No Longer Works for Fox News", "", "RIVERTON, Ohio (AP) -- " + BODY[0], *BODY[1:])
    assert (source.outlet, source.headline) == ("AP", "Jane Roe No Longer Works for Fox News")
    official = "A US official confirmed the closure to CNN, the council said on Tuesday."
    source = story(tmp_path, *BODY, "Please consider supporting our journalism.", official, name="b.txt")
    assert (source.outlet, [s.text for s in source.sentences]) == ("", [*BODY, official])


def test_a_last_paragraph_signed_by_its_agencies_in_brackets_is_kept_and_names_the_agency(tmp_path):
    last = ["The council started out as a ferry company in 1964 before building the bridge around 1983.",
            "It ran tours to popular places under the name Harbor One Tours and became the council in 1992."]
    source = story(tmp_path, *BODY, " ".join(last) + " (Reuters/AP)")
    assert (source.outlet, [s.text for s in source.sentences]) == ("Reuters", [*BODY, *last])


def test_a_file_photos_caption_a_picture_desks_caption_and_a_feeds_items_are_dropped(tmp_path):
    file_photo = ("FILE - Riverton Rovers quarterback Jane Roe (12) throws a pass against the Harbor Rams during the "
                  "first half of a playoff game Jan. 23, 2022, in Riverton, Ohio.")
    desk = ("RIVERTON, OHIO - MAY 06: A Harbor Airlines jet takes off from Riverton Airport on May 06, 2024 in Riverton, "
            "Ohio. Harbor Airlines reported a quarterly loss of $160 million. (Photo by Jane Roe")
    feed = ["-", "Jane Roe throws down an alley-oop to extend Riverton's lead - 15 mins ago", "-",
            "Harbor Shopper Blocking a Car Applauded: ‘Way to Go!’ - about 1 hour ago"]
    source = story(tmp_path, *feed, file_photo, *BODY, desk)
    assert ([s.text for s in source.sentences], source.headline) == (BODY, "")


def test_a_lists_introduction_is_cut_from_its_first_item(tmp_path):
    source = story(tmp_path, *BODY, "Here's a breakdown of the bridge's 60 years: The council built it in 1964.")
    assert [s.text for s in source.sentences] == [*BODY, "The council built it in 1964."]


def test_a_headline_run_into_its_byline_and_stamps_is_the_headline_and_no_sentence(tmp_path):
    source = story(tmp_path, "Riverton closes its old bridge after 60 years JANE ROE, AP Transport Writer Feb. 1, 2022 "
                             "Updated: Feb. 1, 2022 10:21 a.m.", "", *BODY)
    assert (source.headline, [s.text for s in source.sentences]) == ("Riverton closes its old bridge after 60 years", BODY)


def test_an_opening_paragraph_relaying_anothers_report_names_the_page_and_a_source_does_not(tmp_path):
    relayed = BODY[0][:-1] + ", HNA reports citing France 24."
    assert story(tmp_path, relayed, *BODY[1:]).outlet == "HNA"
    sourced = BODY[0][:-1] + ", Bloomberg reports."
    assert story(tmp_path, sourced, *BODY[1:], name="b.txt").outlet == ""


def test_a_correction_note_and_captions_of_a_satellite_image_or_a_photo_taken_from_somewhere_are_dropped(tmp_path):
    notes = ["Earlier versions of this story misstated the bridge's age.",
             "A satellite image shows the old bridge in Riverton on May 28, 2023.",
             "Photo taken from a Harbor News helicopter shows the old bridge during its repairs on Feb. 17, 2024. (HNA)"]
    source = story(tmp_path, *BODY, *notes)
    assert [s.text for s in source.sentences] == BODY
