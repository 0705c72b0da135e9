"""sumy's LexRank on the same cleaned sentences briefing reads: the baseline, timed as a whole process."""

from __future__ import annotations

import sys
from pathlib import Path

from sumy.nlp.stemmers import Stemmer
from sumy.summarizers.lex_rank import LexRankSummarizer
from sumy.utils import get_stop_words

from briefing.ingest import load_sources
from briefing.rank import Corpus, sumy_document


def main(folder: str, count: int = 10) -> None:
    sources, _ = load_sources([Path(folder)])
    sentences = [s for source in sources for s in source.sentences]
    document = sumy_document(Corpus(sentences, None, {}))
    summarizer = LexRankSummarizer(Stemmer("english"))
    summarizer.stop_words = get_stop_words("english")
    for sentence in summarizer(document, count):
        print(sentence)


if __name__ == "__main__":
    main(sys.argv[1])
