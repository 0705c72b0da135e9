"""Which language an article is in, as far as we need to know: English or not (we support only English)."""

from __future__ import annotations

import re
import unicodedata
from collections import Counter

SAMPLE_CHARS = 20_000  # enough text to judge; the cost stays flat on big files
MIN_LETTERS = 200  # below this there is too little text to judge
MIN_LATIN_SHARE = 0.6  # English prose is Latin letters; a few foreign names or quotes do not matter
MIN_WORDS = 60  # the stop-word test needs this many words
MIN_STOPWORD_SHARE = 0.1  # these words are 25-40% of English prose and under 5% of French, Spanish or German
ENGLISH_STOPWORDS = frozenset(
    "the of and to is was that for with by it at from he she said are were has have be his her they this "
    "an not but who will which would their been had its".split())
_SCRIPTS = {"CJK": "Chinese or Japanese", "HIRAGANA": "Japanese", "KATAKANA": "Japanese", "HANGUL": "Korean",
            "CYRILLIC": "Cyrillic-script", "ARABIC": "Arabic-script", "HEBREW": "Hebrew", "GREEK": "Greek",
            "DEVANAGARI": "Devanagari-script", "THAI": "Thai"}
_WORD = re.compile(r"[^\W\d_]+")


def not_english(text: str) -> str:
    """'' for English text (or too little to judge); else a short description of what it looks like."""
    sample = text[:SAMPLE_CHARS]
    letters = [c for c in sample if c.isalpha()]
    if len(letters) < MIN_LETTERS:
        return ""
    foreign = [c for c in letters if c > "\u024f"]
    if len(foreign) > (1 - MIN_LATIN_SHARE) * len(letters):
        script = Counter(unicodedata.name(c, "OTHER").split()[0] for c in foreign).most_common(1)[0][0]
        return f"{_SCRIPTS.get(script, 'non-Latin-script')} text"
    words = [w.lower() for w in _WORD.findall(sample)]
    if len(words) >= MIN_WORDS and sum(w in ENGLISH_STOPWORDS for w in words) < MIN_STOPWORD_SHARE * len(words):
        return "text that does not read as English"
    return ""
