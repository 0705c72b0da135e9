"""Every supported file type reads into the same clean source."""

from __future__ import annotations

import os

import docx

from briefing.ingest import load_source, load_sources
from briefing.ingest.clean import join_wrapped_lines
from tests.conftest import write
from tests.hostile_inputs import body_xml, docx_bytes, paragraph

BODY = [
    "Russian forces said on Thursday they had recaptured the town of Sudzha in the Kursk region.",
    "Ukraine's army chief said his troops were maneuvering to more advantageous lines.",
    "The claim could not be independently verified by reporters on the ground.",
]


def test_markdown_front_matter_headings_and_links(tmp_path):
    path = write(tmp_path / "story.md", "---\noutlet: Reuters\ndate: 2025-03-13\n---\n# Russia retakes Sudzha\n\n"
                 f"{BODY[0]}\n\n## Battle for Kursk\n\n[Ukraine's army chief](https://x.example/a) said his troops "
                 "were maneuvering to **more advantageous** lines.\n\n![photo](p.jpg)\n")
    source = load_source(path)
    assert (source.outlet, source.outlet_from, source.date) == ("Reuters", "front matter", "2025-03-13")
    assert source.headline == "Russia retakes Sudzha"
    assert [s.text for s in source.sentences] == BODY[:2]
    assert source.sentences[1].context == "Battle for Kursk"


def test_html_main_text_and_metadata(tmp_path):
    paragraphs = "".join(f"<p>{p}</p>" for p in BODY)
    html = ("<html><head><title>Russia retakes Sudzha | Example News</title>"
            '<meta property="og:site_name" content="Example News">'
            '<meta property="article:published_time" content="2025-03-13T10:00:00Z"></head><body>'
            "<nav><a href='/'>Home</a> <a href='/world'>World</a></nav>"
            f"<article><h1>Russia retakes Sudzha</h1>{paragraphs}</article>"
            "<footer>Copyright Example News. All rights reserved. Privacy policy.</footer></body></html>")
    source = load_source(write(tmp_path / "page.html", html))
    assert source.outlet == "Example News"
    assert source.date == "2025-03-13"
    assert [s.text for s in source.sentences] == BODY
    assert "Russia retakes Sudzha" in source.headline


def test_docx_title_style_and_core_properties(tmp_path):
    document = docx.Document()
    document.add_paragraph("Russia retakes Sudzha", style="Title")
    for text in BODY:
        document.add_paragraph(text)
    document.core_properties.title = "Russia retakes Sudzha"
    path = tmp_path / "story.docx"
    document.save(path)
    source = load_source(path)
    assert source.headline == "Russia retakes Sudzha"
    assert [s.text for s in source.sentences] == BODY


def test_sidecar_names_the_outlet(tmp_path):
    write(tmp_path / "a.txt", "\n".join(BODY))
    write(tmp_path / "a.meta.yaml", "outlet: Kyiv Independent\nheadline: Sudzha falls\ndate: 2025-03-13\n")
    sources, notes = load_sources([tmp_path])
    assert notes == []  # the sidecar is metadata, not a skipped file
    assert (sources[0].outlet, sources[0].headline, sources[0].date) == ("Kyiv Independent", "Sudzha falls", "2025-03-13")


def test_folder_loads_supported_files_sorted_and_notes_the_rest(tmp_path):
    write(tmp_path / "b.txt", "\n".join(BODY))
    write(tmp_path / "a.md", "\n".join(BODY))
    write(tmp_path / "notes.pdf", b"%PDF-1.4")
    sources, notes = load_sources([tmp_path])
    assert [s.path.name for s in sources] == ["a.md", "b.txt"]
    assert notes == [f"{tmp_path / 'notes.pdf'}: skipped, not a supported type (.docx, .htm, .html, .markdown, .md, .text, .txt)"]


def test_a_source_nothing_names_is_unattributed_not_named_after_its_file(tmp_path):
    source = load_source(write(tmp_path / "kyiv-post.txt", "\n".join(BODY)))
    assert (source.outlet, source.outlet_from) == ("", "unattributed")
    assert source.label == "unattributed (kyiv-post.txt)"


def test_generic_boilerplate_from_other_outlets(tmp_path):
    text = "\n".join([
        "KYIV, Ukraine (AP) — " + BODY[0],
        "Photo: Jane Doe/Getty Images",
        BODY[1],
        "Reuters has reached out to the Kremlin for comment.",
        "Reporting by Jane Doe; Editing by John Roe",
        "--With assistance from Jane Roe.",
        "Follow our live coverage of the war",
        "This article was updated with new details.",
        "BREAKING: Sudzha falls",
        "#Ukraine #Russia #Kursk",
        "12 comments",
        "5 min read",
        "* * *",
        BODY[2],
        "With Reuters and AFP",
    ])
    source = load_source(write(tmp_path / "x.txt", text))
    assert [s.text for s in source.sentences] == BODY
    rules = {d.rule for d in source.dropped}
    assert {"dateline", "photo credit", "asked for comment", "credit", "follow prompt", "correction note",
            "breaking banner", "hashtags", "comments", "metadata", "separator", "agency signature"} <= rules
    assert source.outlet == "Reuters"


def test_two_files_with_one_name_are_two_sources_with_their_own_outlets(tmp_path):
    write(tmp_path / "x" / "story.txt", "---\noutlet: Harbor Gazette\n---\n" + "\n".join(BODY))
    write(tmp_path / "y" / "story.txt", "---\noutlet: Valley Courier\n---\n" + "\n".join(BODY[:2]))
    sources, _ = load_sources([tmp_path / "x", tmp_path / "y"])
    assert [(s.id, s.outlet) for s in sources] == [("x/story", "Harbor Gazette"), ("y/story", "Valley Courier")]
    assert {m.source_id for s in sources for m in s.sentences} == {"x/story", "y/story"}


def test_the_same_file_given_twice_or_linked_counts_once(tmp_path):
    path = write(tmp_path / "a.txt", "\n".join(BODY))
    (tmp_path / "again.txt").symlink_to(path)
    sources, notes = load_sources([tmp_path, path, path])
    assert len(sources) == 1
    assert notes == [f"{tmp_path / 'again.txt'}: the same file as {path}: read once",
                     f"{path}: the same file as {path}: read once", f"{path}: the same file as {path}: read once"]


def test_metadata_strings_are_cleaned(tmp_path):
    write(tmp_path / "a.md", '---\noutlet: "Harbor\\x07 Gazette\\ud800"\nheadline: "' + "Bridge " * 100
          + '"\n---\n' + "\n".join(BODY))
    source = load_sources([tmp_path])[0][0]
    assert source.outlet == "Harbor Gazette"
    assert len(source.headline) <= 300 and source.headline.endswith("…")


def test_front_matter_alias_bomb_is_ignored_with_a_note(tmp_path):
    bomb = "a: &a [x, x, x]\nb: &b [*a, *a, *a]\n"
    source = load_source(write(tmp_path / "a.md", f"---\n{bomb}---\n" + "\n".join(BODY)))
    assert [s.text for s in source.sentences] == BODY
    assert source.notes == ["front matter ignored: not valid YAML: aliases ('*a') are not supported, line 2"]


def test_non_utf8_file_name_is_shown_with_a_replacement_character(tmp_path):
    with open(os.path.join(os.fsencode(tmp_path), b"caf\xe9.txt"), "w") as handle:
        handle.write("\n".join(BODY))
    source = load_sources([tmp_path])[0][0]
    assert source.id == "caf\ufffd" and source.path.name == "caf\ufffd.txt"
    source.path.name.encode("utf-8")  # printable in every output


def test_hard_wrapped_paragraphs_join_but_a_wall_of_lowercase_lines_does_not(tmp_path):
    wrapped = ["Russian forces said on Thursday they had", "recaptured the town of Sudzha in", "the Kursk region."]
    assert join_wrapped_lines(wrapped) == [" ".join(wrapped)]
    wall = ["the talks would go on next week"] * 5_000
    assert join_wrapped_lines(wall) == wall  # kept as written: nothing run together, nothing lost


def test_a_close_button_under_the_headline_does_not_end_it(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("‘Friends’ actor Matthew Perry found dead at Los Angeles home\nx\n"
                    "Matthew Perry, the actor who played Chandler Bing in Friends, has died at 54, police said.\n"
                    "He was found at his home in Los Angeles on Saturday afternoon, officials said.\n")
    source = load_source(path)
    assert source.headline == "‘Friends’ actor Matthew Perry found dead at Los Angeles home"
    assert "separator" in {d.rule for d in source.dropped}  # the 'x' shows in `briefing inspect`


def test_a_docx_with_many_paragraphs_reads_every_one(tmp_path):
    paragraphs = [f"Paragraph {i} says the council met the press on Tuesday." for i in range(3_000)]
    path = tmp_path / "long.docx"
    path.write_bytes(docx_bytes(body_xml("".join(paragraph(p) for p in paragraphs))))
    source = load_source(path)
    assert len(source.sentences) + sum(d.rule != "too short" for d in source.dropped) >= 3_000


def test_python_docx_default_creation_date_is_not_the_article_date(tmp_path):
    document = docx.Document()  # carries python-docx's template date, 2013-12-23
    for text in BODY:
        document.add_paragraph(text)
    document.save(tmp_path / "story.docx")
    assert load_source(tmp_path / "story.docx").date == ""


def test_a_briefing_whose_sources_name_no_outlet_has_no_empty_slot_in_its_date_line(tmp_path):
    from briefing import make_briefing

    write(tmp_path / "a.txt", "\n".join(BODY))
    write(tmp_path / "b.txt", "\n".join(reversed(BODY)))
    date_line = make_briefing([tmp_path]).date_line
    assert date_line.endswith("2 sources") and not date_line.rstrip().endswith("·")


def test_one_named_outlet_among_unattributed_sources_does_not_read_as_the_briefings_author(tmp_path):
    from briefing import make_briefing

    write(tmp_path / "a.txt", "\n".join(["By Jane Doe, Reuters", *BODY]))
    write(tmp_path / "b.txt", "Crews closed the river crossing for repairs on Tuesday after cracks were found.\n"
                              "Drivers faced queues of an hour at both ends of the town, the council said.")
    write(tmp_path / "c.txt", "Engineers found cracks in the old crossing during an inspection last month.\n"
                              "The repairs are expected to last until the spring, a spokeswoman said.")
    assert make_briefing([tmp_path]).date_line.endswith("3 sources: Reuters and 2 unattributed")


def test_a_two_sentence_caption_atop_the_page_is_no_headline_but_a_quotation_in_one_is(tmp_path):
    body = ("Soldiers said on Wednesday that the president had been removed from power in the capital.\n"
            "The borders were closed and a curfew declared until further notice, they said.\n")
    caption = tmp_path / "a.txt"
    caption.write_text("Supporters of the president in the capital. He is believed to be held inside his palace\n"
                       + body)
    assert load_source(caption).headline == ""
    quoted = tmp_path / "b.txt"
    quoted.write_text("Coup in the capital: 'Gunfire, sirens. It's chaos' - resident\n" + body)
    assert load_source(quoted).headline == "Coup in the capital: 'Gunfire, sirens. It's chaos' - resident"


def test_a_dateline_without_a_year_takes_the_year_of_the_story(tmp_path):
    body = ("Three prisoners released in a swap arrived home late on Thursday and were greeted by the president.\n"
            "Officials said the exchange was the largest since the end of the Cold War, with 24 people freed.\n")
    (tmp_path / "a.txt").write_text("Published August 1, 2024\n" + body)
    (tmp_path / "b.txt").write_text("Aug. 2 (UPI) -- " + body)
    (tmp_path / "c.txt").write_text("Washington, Aug 2\n" + body)
    (tmp_path / "d.txt").write_text("Washington, Dec 25\n" + body)  # months away from the story: no guess
    dates = {source.path.name: source.date for source in load_sources([tmp_path])[0]}
    assert dates == {"a.txt": "2024-08-01", "b.txt": "2024-08-02", "c.txt": "2024-08-02", "d.txt": ""}


def test_one_date_line_at_the_foot_of_the_page_dates_it(tmp_path):
    body = "".join(f"Paragraph {n}: a suspect was charged on Thursday with the attempted murder of the mayor, the "
                   "minister said.\n" for n in range(10))
    path = tmp_path / "a.txt"
    path.write_text(body + "\nMay 16, 2024\n\nLeave a Comment\n")
    assert load_source(path).date == "2024-05-16"
    two = tmp_path / "b.txt"
    two.write_text(body + "\nRelated\nMay 3, 2024\nApril 28, 2024\n")  # a list of other stories' days: no guess
    assert load_source(two).date == ""


def test_a_close_button_glued_to_the_headline_is_cut(tmp_path):
    path = tmp_path / "page.txt"
    path.write_text("✕ Close Buildings in Riverton go up in flames as lava reaches town\n"
                    "Lava flowed into the town of Riverton on Sunday and set three houses on fire, officials said.\n"
                    "Residents had been evacuated in November and were allowed back in December, the mayor said.\n")
    assert load_source(path).headline == "Buildings in Riverton go up in flames as lava reaches town"


def test_a_forums_comment_bar_is_no_headline(tmp_path):
    source = load_source(write(tmp_path / "x.txt", "\n\n".join(["17/11/2023 1041comments  |  Jump to last", *BODY])))
    assert source.headline != "17/11/2023 1041comments  |  Jump to last"
    assert [s.text for s in source.sentences] == BODY
    assert "comments" in {d.rule for d in source.dropped}
