"""Sentence splitting works offline and gets news copy right."""

from __future__ import annotations

import pytest

from briefing.segment import Tokenizer, fragment_reason, split_sentences


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("He backed a U.S. proposal for a truce. Moscow agreed.", 2),
        ("Mr. Trump spoke. Gen. Oleksandr Syrskyi and Maj. Gen. Dmytro Krasylnykov did not.", 2),
        ("The invasion began on Feb. 24, 2022. It goes on.", 2),
        ("Dr. Smith of St. Louis met Sen. Jones at 9 a.m. Monday.", 1),
        ('"I think we need to talk to our colleagues... Maybe have a phone call," he said. Then he left.', 2),
        ("“We’re going to have to see. It’s up to Russia now,” Trump told reporters. He declined to say more.", 2),
        ("Prices rose 2.5 percent. Wages did not.", 2),
        ("He spoke amid chants of “liberty!” and songs calling for change. Then he left.", 2),
        ("“Is it over?” she asked. He said it was.", 2),
        ("The state's top bureaucrat, P.K. Jena, said 900 were hurt. Crews worked overnight.", 2),
        ("The talks were held in Washington, D.C. The next round is in May.", 2),
        ("Shots rang out at 6:15 p.m. ET.Trump grabbed his ear.One attendee was killed.", 3),  # a page's glued paragraphs
        ("Biden called it “sick.”He spoke to Trump by phone.", 2),
        ("Shots rang out at 6:15 p.m. ET on Saturday.", 1),  # the clock's time zone is no sentence
        ("Read News.Az and SET.BK data at www.Example.com today.", 1),  # a site, a ticker and an address glue nothing
        ("Leaders such as the President of Maldives, H.E. Dr. Jane Roe; and H.E. Mr. John Doe were present. Then "
         "they left.", 2),  # 'His Excellency' before a title and a name ends nothing
        ("The files were seized by the F.B.I. Mr. Trump has denied wrongdoing.", 2),  # other initials still end one
    ],
)
def test_sentence_boundaries(text, expected):
    assert len(split_sentences(text)) == expected, split_sentences(text)


def test_multi_sentence_quote_stays_with_its_speaker():
    sentences = split_sentences("“We’re going to have to see. It’s up to Russia now,” Trump told reporters.")
    assert sentences == ["“We’re going to have to see. It’s up to Russia now,” Trump told reporters."]


def test_sumy_tokenizer_works_offline():
    from sumy.nlp.tokenizers import Tokenizer as SumyTokenizer

    from briefing.segment import use_shipped_punkt_tab

    use_shipped_punkt_tab()  # the shipped punkt_tab on NLTK's path: sumy's own tokenizer loads it
    assert SumyTokenizer("english").to_sentences("Mr. Trump met Gen. Smith. Then he left.") == (
        "Mr. Trump met Gen. Smith.", "Then he left.")
    assert Tokenizer().to_words("Russia’s U.S.-backed plan, he said.") == ("Russia", "U.S", "backed", "plan", "he", "said")


@pytest.mark.parametrize(
    "sentence",
    [
        "Troops were driven out of a key town in , where fighting went on.",
        "Officials confirmed the arrival of the special envoy, .",
        "The U.S. on Friday of military aid for Kyiv after officials met.",
        "The visit unfolded as the president seeks an end to the war, which began with",
        "They held talks on a Chinese-brokered that both sides accepted.",
        "and campaign songs calling for the ouster of all politicians, promising change.",
    ],
)
def test_fragments_from_stripped_links_are_rejected(sentence):
    assert fragment_reason(sentence) is not None


@pytest.mark.parametrize(
    "sentence",
    [
        "He said on Tuesday of last week that he was ready.",
        "It is what we are striving for.",
        "He said that that cessation would lead to peace.",
        "Washington said it had resumed its support for Kyiv.",
        "iPhone sales fell by a tenth in the first quarter of the year.",
        "de Blasio said the city would reopen its schools on Monday.",
        "Alcaraz won his first Wimbledon title in a five-set epic, 1-6 7-6 (8-6) 6-1 3-6 6-4.",
    ],
)
def test_whole_sentences_are_kept(sentence):
    assert fragment_reason(sentence) is None


def test_a_closing_mark_left_alone_after_the_sentence_end_is_dropped():
    from briefing.segment import split_sentences

    text = "“It was a fraud,” the prosecutor said in a statement after the verdict. ”"
    assert split_sentences(text) == ["“It was a fraud,” the prosecutor said in a statement after the verdict."]
    assert split_sentences("He said: “We will win.” Then he left.") == ["He said: “We will win.”", "Then he left."]


def test_straight_quotation_marks_become_one_typographic_style():
    from briefing.segment import curly_quotes

    assert curly_quotes('He said "we agree" and ("yes") -"no"') == "He said “we agree” and (“yes”) -“no”"
    assert curly_quotes('"It is over," she said.') == "“It is over,” she said."


def test_a_bracket_opened_before_an_abbreviation_keeps_the_sentence_whole():
    from briefing.segment import split_sentences

    text = "Guards heard the alarm at 6:20 p.m. local time (12:20 p.m. ET) and began to evacuate. Then it burned."
    assert split_sentences(text) == ["Guards heard the alarm at 6:20 p.m. local time (12:20 p.m. ET) and began to "
                                     "evacuate.", "Then it burned."]
    assert split_sentences("The plane landed (at 4 p.m.). Then it left.") == ["The plane landed (at 4 p.m.).",
                                                                               "Then it left."]


def test_a_companys_abbreviation_before_the_rest_of_its_name_ends_no_sentence():
    text = ("Talks resumed once four executives — Disney's Bob Iger, Warner Bros. Discovery's David Zaslav and "
            "Netflix's Ted Sarandos — entered the room. It worked.")
    assert split_sentences(text)[0].endswith("entered the room.")
    assert split_sentences("The film was made by Warner Bros. It was a hit.") == [
        "The film was made by Warner Bros.", "It was a hit."]


def test_a_paragraph_opened_with_a_closing_mark_is_the_speaker_s_words_going_on():
    from briefing.segment import curly_quotes
    paragraph = curly_quotes("”The faces of men and women are strained and anxious. Hundreds of families are uncertain "
                             "of their future.")
    assert split_sentences(paragraph) == ["“The faces of men and women are strained and anxious. Hundreds of families "
                                          "are uncertain of their future."]
