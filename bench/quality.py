"""Quality gate: ROUGE of briefing's plain summaries against human references, beside the baselines.

    .venv/bin/python bench/quality.py                       # bench/clusters, 250 words
    .venv/bin/python bench/quality.py --max-words 100 --rankers coverage centroid
    .venv/bin/python bench/quality.py --update-baseline      # accept the current numbers

Input: a folder of clusters, each a folder with docs/ (articles in any format ingest reads),
refs/ (one or more human summaries, plain text) and optionally focus.txt. Every system is run
in the same process on the same cleaned sentences and cut to the same word budget; ROUGE-1/2/L
recall and F1 (rouge-score, stemming on) are averaged over the references. The result is
written to bench/results/quality.json and compared with bench/quality_baseline.json: a drop of
more than --tolerance ROUGE-2 recall points for any system is reported and exits 1.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

import numpy as np
from rouge_score import rouge_scorer

from briefing.ingest import load_sources
from briefing.pipeline import Options, summarize
from briefing.rank import RANKERS, Corpus, rank
from briefing.vectors import tfidf

ROOT = Path(__file__).resolve().parent.parent
CLUSTERS = ROOT / "bench" / "clusters"
BASELINE = ROOT / "bench" / "quality_baseline.json"
RESULT = ROOT / "bench" / "results" / "quality.json"
METRICS = ("rouge1", "rouge2", "rougeL")


def cut(sentences: list[str], max_words: int) -> str:
    """Sentences in order, truncated to exactly the word budget (as ROUGE evaluations do)."""
    words = " ".join(sentences).split()
    return " ".join(words[:max_words])


def plain_ranker_summary(folder: Path, ranker: str, max_words: int) -> list[str]:
    """A baseline: one ranker's top sentences, no merging, no signals (sumy's LexRank/TextRank as sumy uses them)."""
    sources, _ = load_sources([folder])
    sentences = [s for source in sources for s in source.sentences]
    vectors, _, _ = tfidf([s.text for s in sentences])
    corpus = Corpus(sentences, vectors, {s.id: s.outlet for s in sources})
    scores = rank(corpus, ranker)
    chosen, total = [], 0
    for index in np.argsort(-scores, kind="stable"):
        if total >= max_words:
            break
        chosen.append(sentences[index].text)
        total += len(sentences[index].text.split())
    return chosen


def lead_summary(folder: Path, max_words: int) -> list[str]:
    """Lead baseline: the first sentences of the newest article (the last by name when no dates)."""
    sources, _ = load_sources([folder])
    newest = max(enumerate(sources), key=lambda pair: (pair[1].date or "", pair[0]))[1]
    return [s.text for s in newest.sentences]


def round_robin_summary(folder: Path, max_words: int) -> list[str]:
    """Round-robin leads: first sentence of each article, then the second of each, and so on."""
    sources, _ = load_sources([folder])
    out, depth = [], 0
    while sum(len(t.split()) for t in out) < max_words and depth < max(len(s.sentences) for s in sources):
        out.extend(s.sentences[depth].text for s in sources if depth < len(s.sentences))
        depth += 1
    return out


def briefing_summary(folder: Path, ranker: str, max_words: int, focus: str | None) -> list[str]:
    """briefing's own plain-summary mode (`briefing make DIR --format summary`)."""
    return [item.text for item in summarize(Options([folder], None, max_words, ranker, focus))]


def score(summary: str, references: list[str], scorer: rouge_scorer.RougeScorer) -> dict[str, float]:
    """ROUGE recall and F1 averaged over the references, in points (0-100)."""
    totals = {f"{m}_{k}": 0.0 for m in METRICS for k in ("r", "f")}
    for reference in references:
        result = scorer.score(reference, summary)
        for metric in METRICS:
            totals[f"{metric}_r"] += result[metric].recall
            totals[f"{metric}_f"] += result[metric].fmeasure
    return {key: round(100 * value / len(references), 2) for key, value in totals.items()}


def systems(rankers: list[str]) -> dict:
    """Every system to compare: briefing with each ranker, then the baselines."""
    table = {f"briefing ({name})": ("briefing", name) for name in rankers}
    table.update({"sumy LexRank": ("plain", "lexrank"), "sumy TextRank": ("plain", "textrank"),
                  "lead (newest article)": ("lead", None), "round-robin leads": ("round_robin", None)})
    return table


def run_system(kind: str, arg: str | None, folder: Path, max_words: int, focus: str | None) -> list[str]:
    if kind == "briefing":
        return briefing_summary(folder, arg, max_words, focus)
    if kind == "plain":
        return plain_ranker_summary(folder, arg, max_words)
    if kind == "lead":
        return lead_summary(folder, max_words)
    return round_robin_summary(folder, max_words)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("clusters", nargs="?", type=Path, default=CLUSTERS)
    parser.add_argument("--max-words", type=int, default=250)
    parser.add_argument("--rankers", nargs="*", default=[r for r in RANKERS if r not in ("lexrank", "textrank")])
    parser.add_argument("--focus", action="store_true", help="use each cluster's focus.txt")
    parser.add_argument("--tolerance", type=float, default=0.5, help="ROUGE-2 recall points a system may lose")
    parser.add_argument("--update-baseline", action="store_true")
    args = parser.parse_args()

    scorer = rouge_scorer.RougeScorer(list(METRICS), use_stemmer=True)
    folders = sorted(p for p in args.clusters.iterdir() if (p / "docs").is_dir() and (p / "refs").is_dir())
    results: dict[str, dict[str, dict[str, float]]] = {}
    for folder in folders:
        references = [r.read_text(encoding="utf-8") for r in sorted((folder / "refs").glob("*.txt"))]
        focus_file = folder / "focus.txt"
        focus = focus_file.read_text(encoding="utf-8").strip() if args.focus and focus_file.exists() else None
        for name, (kind, arg) in systems(args.rankers).items():
            summary = cut(run_system(kind, arg, folder / "docs", args.max_words, focus), args.max_words)
            results.setdefault(name, {})[folder.name] = score(summary, references, scorer)

    names = [f.name for f in folders]
    print(f"{len(folders)} cluster(s): {', '.join(names)}; {args.max_words} words; ROUGE in points, mean over clusters"
          + ("; focused" if args.focus else ""))
    print(f"{'system':<26}" + "".join(f"{h:>9}" for h in ("R1 rec", "R2 rec", "RL rec", "R1 F1", "R2 F1", "RL F1")))
    means = {}
    for name, per_cluster in results.items():
        mean = {k: round(float(np.mean([c[k] for c in per_cluster.values()])), 2) for k in next(iter(per_cluster.values()))}
        means[name] = mean
        print(f"{name:<26}" + "".join(f"{mean[k]:>9.2f}" for k in
                                      ("rouge1_r", "rouge2_r", "rougeL_r", "rouge1_f", "rouge2_f", "rougeL_f")))
    RESULT.parent.mkdir(exist_ok=True)
    record = {"max_words": args.max_words, "focus": args.focus, "clusters": names, "mean": means, "per_cluster": results}
    RESULT.write_text(json.dumps(record, indent=2))

    key = f"{args.max_words}{'-focus' if args.focus else ''}"
    stored = json.loads(BASELINE.read_text()) if BASELINE.exists() else {}
    if args.update_baseline:
        stored[key] = means
        BASELINE.write_text(json.dumps(stored, indent=2, sort_keys=True) + "\n")
        print(f"baseline updated: {BASELINE.relative_to(ROOT)} [{key}]")
        return 0
    if key not in stored:
        print(f"no stored baseline for {key}: run with --update-baseline to create one")
        return 0
    regressions = [(name, stored[key][name]["rouge2_r"], mean["rouge2_r"]) for name, mean in means.items()
                   if name in stored[key] and mean["rouge2_r"] < stored[key][name]["rouge2_r"] - args.tolerance]
    for name, before, now in regressions:
        print(f"REGRESSION {name}: ROUGE-2 recall {before:.2f} -> {now:.2f}")
    if not regressions:
        print(f"no regression against the stored baseline [{key}] (tolerance {args.tolerance} R2 points)")
    return 1 if regressions else 0


if __name__ == "__main__":
    sys.exit(main())
