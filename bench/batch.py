"""Benchmark `briefing batch`: synthetic feeds built from the development stories, with known labels.

    .venv/bin/python bench/batch.py --devset              # the 10 real stories mixed into one feed (+ perturbed copies)
    .venv/bin/python bench/batch.py --articles 1000       # a synthetic feed of 1,000 articles
    .venv/bin/python bench/batch.py --articles 10000 --format md

A synthetic story is a few perturbed copies (bench/corpus.py's word-level perturbation) of one development
story's articles, dated within a day of each other; copies of one development story are spread over many
synthetic stories days apart (further than the time window), and some copies stand alone (singletons). Each
article has a sidecar with its outlet, headline and date from the story's gold file (bench/devset/*.yaml).
Prints wall time, peak memory, stories found, adjusted Rand index and purity against the labels.
"""

from __future__ import annotations

import argparse
import random
import re
import resource
import sys
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "bench"))

from corpus import perturb_line  # noqa: E402

DEVSET = ROOT.parent / "devset" if not (ROOT / "devset").is_dir() else ROOT / "devset"
GOLD = ROOT / "bench" / "devset"
BUCKET_DAYS = 5  # synthetic stories of one development story lie this far apart: beyond the 3-day window
START = date(2024, 1, 1)
SINGLETON_SHARE = 0.1


def devset_stories(devset: Path = DEVSET) -> dict[str, list[tuple[str, dict]]]:
    """Story name -> [(article text, its gold metadata)] for every story with articles and gold."""
    stories = {}
    for folder in sorted(p for p in devset.iterdir() if p.is_dir()):
        gold_file = GOLD / f"{folder.name}.yaml"
        if not gold_file.is_file():
            continue
        files = yaml.safe_load(gold_file.read_text(encoding="utf-8")).get("files") or {}
        stories[folder.name] = [(path.read_bytes().decode("utf-8", "replace"), files.get(path.name) or {})
                                for path in sorted(folder.glob("*.txt"))]
    return stories


def write_article(feed: Path, name: str, text: str, meta: dict, day: date | None) -> None:
    """One article and its sidecar (outlet, headline, date)."""
    (feed / f"{name}.txt").write_text(text, encoding="utf-8")
    sidecar = {k: str(meta[k]) for k in ("outlet", "headline") if meta.get(k)}
    if day is not None:
        sidecar["date"] = day.isoformat()
    elif meta.get("date"):
        sidecar["date"] = str(meta["date"])
    (feed / f"{name}.meta.yaml").write_text(yaml.safe_dump(sidecar, allow_unicode=True), encoding="utf-8")


def perturbed(text: str, vocabulary: list[str], rng: random.Random) -> str:
    """A copy of an article with about one word in eight replaced, dropped or repeated."""
    return "\n".join(perturb_line(line, vocabulary, rng) if len(line.split()) > 6 else line for line in text.split("\n"))


def devset_feed(feed: Path, copies: int = 0, seed: int = 0) -> dict[str, str]:
    """The real stories mixed in one folder (real dates), plus `copies` perturbed copies of each article; file -> label."""
    rng = random.Random(seed)
    stories = devset_stories()
    vocabulary = _vocabulary(stories)
    feed.mkdir(parents=True, exist_ok=True)
    labels = {}
    articles = [(story, text, meta) for story, items in stories.items() for text, meta in items]
    rng.shuffle(articles)
    for index, (story, text, meta) in enumerate(articles):
        for copy in range(copies + 1):
            name = f"{index:05d}-{copy}"
            write_article(feed, name, text if copy == 0 else perturbed(text, vocabulary, rng), meta, None)
            labels[f"{name}.txt"] = story
    return labels


def synthetic_feed(feed: Path, n_articles: int, seed: int = 0) -> dict[str, str]:
    """n_articles perturbed copies spread over many synthetic stories (2-7 articles) and singletons; file -> label."""
    rng = random.Random(seed)
    stories = devset_stories()
    names = sorted(stories)
    vocabulary = _vocabulary(stories)
    feed.mkdir(parents=True, exist_ok=True)
    labels: dict[str, str] = {}
    bucket = Counter()  # per development story, its next free date bucket
    written = 0
    while written < n_articles:
        origin = names[rng.randrange(len(names))]
        size = 1 if rng.random() < SINGLETON_SHARE else rng.randint(2, min(7, len(stories[origin])))
        size = min(size, n_articles - written)
        day = START + timedelta(days=BUCKET_DAYS * bucket[origin])
        label = f"{origin}@{day.isoformat()}"
        bucket[origin] += 1
        for text, meta in rng.sample(stories[origin], size):
            name = f"{written:06d}"
            write_article(feed, name, perturbed(text, vocabulary, rng), meta, day + timedelta(days=rng.randint(0, 1)))
            labels[f"{name}.txt"] = label
            written += 1
    return labels


def _vocabulary(stories: dict[str, list[tuple[str, dict]]]) -> list[str]:
    """Words the perturbation draws from: every lowercase word of four letters or more in the stories."""
    return sorted({w for items in stories.values() for text, _ in items for w in re.findall(r"\b[a-z]{4,}\b", text)})


def quality(labels: dict[str, str], groups: list[list[Path]]) -> tuple[float, float]:
    """Adjusted Rand index and purity of the groups found against the labels."""
    from sklearn.metrics import adjusted_rand_score

    found = {path.name: index for index, group in enumerate(groups) for path in group}
    names = sorted(set(labels) & set(found))
    ari = adjusted_rand_score([labels[n] for n in names], [found[n] for n in names])
    purity = sum(Counter(labels[p.name] for p in g).most_common(1)[0][1] for g in groups) / max(1, len(names))
    return ari, purity


def peak_mb() -> tuple[float, float]:
    """Peak resident memory of this process and of its largest child, in MB."""
    return (resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024,
            resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024)


def main() -> None:
    """Build a feed, run the batch, print the numbers."""
    from briefing.batch import BatchOptions, run_batch

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=1000)
    parser.add_argument("--devset", action="store_true", help="the real stories mixed (plus --copies perturbed copies)")
    parser.add_argument("--copies", type=int, default=0)
    parser.add_argument("--format", default="md")
    parser.add_argument("--scheduler", default=None)
    parser.add_argument("--workers", type=int, default=None)
    parser.add_argument("--group-only", action="store_true", help="group the articles; brief nothing")
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()

    with tempfile.TemporaryDirectory(prefix="batch-bench-") as tmp:
        feed = Path(tmp) / "feed"
        started = time.perf_counter()
        labels = devset_feed(feed, args.copies, args.seed) if args.devset else synthetic_feed(feed, args.articles, args.seed)
        print(f"feed: {len(labels)} articles, {len(set(labels.values()))} labelled stories "
              f"(built in {time.perf_counter() - started:.1f} s)")
        started = time.perf_counter()
        if args.group_only:
            from briefing.batch.group import group_stories, lead_of
            from briefing.ingest import load_sources

            sources, _ = load_sources([feed])
            groups = [[sources[i].path for i in g] for g in group_stories([lead_of(s) for s in sources])]
            briefed = 0
        else:
            options = BatchOptions((args.format,), scheduler=args.scheduler, workers=args.workers)
            report = run_batch([feed], Path(tmp) / "out", options)
            groups, briefed = report.groups, report.briefed
            if report.failed:
                print(f"failed: {len(report.failed)}: {report.failed[:3]}")
        wall = time.perf_counter() - started
        ari, purity = quality(labels, groups)
        own, child = peak_mb()
        print(f"wall {wall:.1f} s; peak memory {own:.0f} MB (largest worker {child:.0f} MB); "
              f"groups {len(groups)} ({sum(len(g) > 1 for g in groups)} stories, {briefed} briefed); "
              f"ARI {ari:.3f}; purity {purity:.3f}")


if __name__ == "__main__":
    main()
