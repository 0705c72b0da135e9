"""Time `briefing make` as a whole process (wall time, peak memory) against sumy's LexRank.

    .venv/bin/python bench/speed.py                 # seeds and 200 synthetic articles
    .venv/bin/python bench/speed.py --sentences 5000 40000 --sumy-timeout 300

Peak memory is the maximum resident set size of the child process (Linux getrusage).
"""

from __future__ import annotations

import argparse
import json
import math
import subprocess
import sys
import tempfile
from pathlib import Path

from corpus import SEEDS, make_corpus, sentences_per_article

ROOT = Path(__file__).resolve().parent.parent
BRIEFING = [sys.executable, "-m", "briefing.cli"]
SUMY = [sys.executable, str(ROOT / "bench" / "sumy_lexrank.py")]

MEASURE = r"""
import resource, subprocess, sys, time, json
start = time.perf_counter()
try:
    done = subprocess.run(sys.argv[2:], stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, timeout=float(sys.argv[1]))
    code, timed_out = done.returncode, False
except subprocess.TimeoutExpired:
    code, timed_out = None, True
wall = time.perf_counter() - start
peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
print(json.dumps({"wall": wall, "peak_mb": peak, "code": code, "timed_out": timed_out}))
"""


def measure(command: list[str], timeout: float) -> dict:
    """Run a command in a fresh process; wall seconds and peak MB of that process alone."""
    out = subprocess.run([sys.executable, "-c", MEASURE, str(timeout), *command], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    return json.loads(out.stdout)


def fmt(result: dict, timeout: float) -> str:
    if result["timed_out"]:
        return f"> {timeout:.0f} s (stopped)"
    status = "" if result["code"] == 0 else f" (exit {result['code']})"
    return f"{result['wall']:.2f} s, {result['peak_mb']:.0f} MB{status}"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--articles", type=int, nargs="*", default=[200], help="synthetic corpus sizes in articles")
    parser.add_argument("--sentences", type=int, nargs="*", default=[], help="synthetic corpus sizes in sentences")
    parser.add_argument("--sumy-timeout", type=float, default=120.0)
    parser.add_argument("--repeat", type=int, default=3, help="runs per briefing measurement (best is reported)")
    args = parser.parse_args()

    per_article = sentences_per_article()
    sizes = [("seeds", SEEDS, None)]
    with tempfile.TemporaryDirectory() as tmp:
        for n in args.articles:
            sizes.append((f"{n} articles", make_corpus(Path(tmp) / f"a{n}", n), n))
        for n in args.sentences:
            articles = math.ceil(n / per_article)
            sizes.append((f"{n:,} sentences ({articles} articles)", make_corpus(Path(tmp) / f"s{n}", articles), articles))
        print(f"{'input':<34} {'briefing make':<22} {'sumy LexRank':<22} ratio")
        rows = []
        for label, folder, _ in sizes:
            out = Path(tmp) / "briefing.docx"
            runs = [measure([*BRIEFING, "make", str(folder), "--out", str(out)], 600) for _ in range(args.repeat)]
            ours = min(runs, key=lambda r: r["wall"])
            theirs = measure([*SUMY, str(folder)], args.sumy_timeout)
            ratio = theirs["wall"] / ours["wall"]
            ratio_text = f"{'>= ' if theirs['timed_out'] else ''}{ratio:.0f}x"
            print(f"{label:<34} {fmt(ours, 600):<22} {fmt(theirs, args.sumy_timeout):<22} {ratio_text}", flush=True)
            rows.append({"input": label, "briefing": ours, "sumy_lexrank": theirs})
        results = ROOT / "bench" / "results"
        results.mkdir(exist_ok=True)
        (results / "speed.json").write_text(json.dumps(rows, indent=2))


if __name__ == "__main__":
    main()
