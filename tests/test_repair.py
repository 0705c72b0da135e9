"""Encodings: whatever bytes a newsroom system produced, the text comes out as proper Unicode."""

from __future__ import annotations

import codecs

import pytest

from briefing.errors import BriefingError
from briefing.repair import clean_text, decode_bytes, repair_gbk_mojibake


def gbk_mojibake(text: str) -> str:
    """What a GBK-configured system shows for UTF-8 text."""
    return text.encode("utf-8").decode("gbk", errors="ignore")


def test_utf8_punctuation_decoded_as_gbk_is_restored():
    assert repair_gbk_mojibake("Russia鈥檚 court") == "Russia’s court"
    assert repair_gbk_mojibake("鈥淪o the idea") == "“So the idea"


def test_round_trip_on_new_text():
    original = "“It’s up to them,” she said — and left."
    assert repair_gbk_mojibake(gbk_mojibake(original)) == original


@pytest.mark.parametrize(
    ("broken", "expected"),
    [("partners.鈥", "partners.”"), ("Ukraine has 鈥 whether", "Ukraine has — whether"), ("support it,鈥 Putin", "support it,” Putin")],
)
def test_lost_third_byte_gets_the_likeliest_character(broken, expected):
    assert repair_gbk_mojibake(broken) == expected


def test_real_chinese_text_is_left_alone():
    assert repair_gbk_mojibake("普京说，停火") == "普京说，停火"


def test_ordinary_mojibake_is_fixed_but_curly_quotes_stay_curly():
    assert clean_text("Zelenskyâ€™s â€œplanâ€\x9d") == "Zelensky’s “plan”"


def test_control_characters_are_removed():
    assert clean_text("a\x00b\x0bc\x1fd") == "ab cd"


@pytest.mark.parametrize(
    "data",
    [codecs.BOM_UTF8 + "Kyiv’s".encode(), "Kyiv’s".encode("utf-16"), "Kyiv’s".encode("utf-16-le"),
     "Kyiv’s".encode()],
)
def test_decodes_utf8_bom_and_utf16(data):
    assert decode_bytes(data, "x.txt") == "Kyiv’s"


def test_decodes_cp1252():
    assert decode_bytes("Zelensky’s café".encode("cp1252"), "x.txt") == "Zelensky’s café"


def test_binary_is_refused_with_the_file_name():
    with pytest.raises(BriefingError, match=r"photo\.txt: binary file, not text"):
        decode_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)), "photo.txt")


def test_russian_utf16le_without_bom_is_decoded_not_called_binary():
    text = "Городской совет во вторник проголосовал за закрытие старого моста на ремонт. " * 10
    assert decode_bytes(text.encode("utf-16-le"), "ru.txt") == text
    assert decode_bytes(text.encode("utf-16-be"), "ru.txt") == text


def test_random_bytes_are_still_binary():
    noise = bytes((i * 7919 + 13) % 256 for i in range(4096))
    with pytest.raises(BriefingError, match="binary file, not text"):
        decode_bytes(noise, "noise.txt")
