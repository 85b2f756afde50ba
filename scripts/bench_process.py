"""Speed of `eventatlas process` on one article: cold start and warm per-article time.

    python scripts/bench_process.py [ARTICLE] [--runs N]

Cold: a fresh `eventatlas process` subprocess (loads spaCy and the gazetteer
cache, parses, extracts, stores), wall time, median of 3.  Warm: the library
in one process after a first call, median per article over N runs.  Prints
numbers; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "seed" / "000_823e125711c4bcac.txt"


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("article", nargs="?", default=str(DEFAULT if DEFAULT.exists() else ROOT / "examples" / "report.txt"))
    parser.add_argument("--runs", type=int, default=20)
    args = parser.parse_args()

    exe = Path(sys.executable).with_name("eventatlas")
    cold = []
    for _ in range(3):
        with tempfile.TemporaryDirectory() as tmp:
            start = time.perf_counter()
            subprocess.run([str(exe), "process", args.article, "--published", "2024-10-21", "--db", f"{tmp}/e.db",
                            "--format", "jsonl", "-q"], check=True, capture_output=True)
            cold.append(time.perf_counter() - start)

    from eventatlas import RawDocument, gazetteer, nlp, process_document

    text = Path(args.article).read_text(encoding="utf-8")
    start = time.perf_counter()
    nlp.load()
    load_nlp = time.perf_counter() - start
    start = time.perf_counter()
    gazetteer.load()
    load_gaz = time.perf_counter() - start
    process_document(RawDocument(input="warm-up", text=text, published="2024-10-21"))
    warm = []
    for _ in range(args.runs):
        start = time.perf_counter()
        process_document(RawDocument(input="bench", text=text, published="2024-10-21"))
        warm.append(time.perf_counter() - start)
    words = len(text.split())
    print(f"article: {args.article} ({words} words)")
    print(f"cold start, whole command (median of 3): {statistics.median(cold):.2f} s")
    print(f"  of which loading spaCy: {load_nlp:.2f} s, loading the gazetteer cache: {load_gaz:.2f} s")
    print(f"warm, per article (median of {args.runs}): {statistics.median(warm) * 1000:.0f} ms "
          f"({words / statistics.median(warm):.0f} words/s)")


if __name__ == "__main__":
    main()
