"""Synthetic corpora for benchmarks: the seed articles copied many times with word-level perturbations."""

from __future__ import annotations

import random
import re
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SEEDS = ROOT / "seeds"


def perturb_line(line: str, vocabulary: list[str], rng: random.Random) -> str:
    """Replace, drop or repeat about one word in eight, keeping punctuation and line shape."""
    out = []
    for word in line.split(" "):
        roll = rng.random()
        if roll < 0.07 and re.fullmatch(r"[A-Za-z]+", word):
            out.append(rng.choice(vocabulary))
        elif roll < 0.09 and len(out) > 2:
            continue
        elif roll < 0.095:
            out.extend([word, word])
        else:
            out.append(word)
    return " ".join(out)


def make_corpus(directory: Path, n_articles: int, seed: int = 0) -> Path:
    """Write n_articles perturbed copies of the seeds into directory (as .txt, UTF-8) and return it."""
    rng = random.Random(seed)
    seeds = sorted(SEEDS.glob("*.txt"))
    texts = [p.read_bytes().decode("utf-8") for p in seeds]
    vocabulary = sorted({w for t in texts for w in re.findall(r"\b[a-z]{4,}\b", t)})
    directory.mkdir(parents=True, exist_ok=True)
    for index in range(n_articles):
        base = texts[index % len(texts)]
        lines = [perturb_line(line, vocabulary, rng) if len(line.split()) > 6 else line for line in base.split("\n")]
        (directory / f"{index:05d}.txt").write_text("\n".join(lines), encoding="utf-8")
    return directory


def sentences_per_article(sample: int = 50) -> float:
    """Average usable sentences a synthetic article yields (measured on a sample corpus)."""
    import tempfile

    from briefing.ingest import load_sources

    with tempfile.TemporaryDirectory() as tmp:
        sources, _ = load_sources([make_corpus(Path(tmp), sample, seed=1)])
    return sum(len(s.sentences) for s in sources) / len(sources)
