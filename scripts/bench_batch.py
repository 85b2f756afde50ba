"""Speed of `eventatlas process DIR` on a folder of articles: parsing workers against none.

    python scripts/bench_batch.py [--docs N]

Writes the first N GeoWebNews articles (from ../shared) as .txt files to a
temporary folder and runs the whole command on it twice, wall time, with
EVENTATLAS_WORKERS=2 (the default) and EVENTATLAS_WORKERS=1.  Prints documents
per second and their ratio; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import argparse
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from eventatlas.evaluation import geo

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--docs", type=int, default=130)
    args = parser.parse_args()
    texts = [t for t, _ in geo.documents(ROOT.parent / "shared" / "benchmarks" / geo.CORPORA["gwn"])][: args.docs]
    exe = Path(sys.executable).with_name("eventatlas")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "articles"
        folder.mkdir()
        for number, text in enumerate(texts):
            (folder / f"{number:04d}.txt").write_text(text, encoding="utf-8")
        rates = {}
        for workers in ("2", "1"):
            start = time.perf_counter()
            subprocess.run([str(exe), "process", str(folder), "--published", "2024-01-01", "--db",
                            f"{tmp}/w{workers}.db", "--format", "jsonl", "-q"], check=True, capture_output=True,
                           env={**os.environ, "EVENTATLAS_WORKERS": workers})
            rates[workers] = len(texts) / (time.perf_counter() - start)
    print(f"{len(texts)} articles, whole command (start-up included)")
    print(f"two parsing workers: {rates['2']:5.1f} docs/s")
    print(f"one process:         {rates['1']:5.1f} docs/s")
    print(f"ratio: {rates['2'] / rates['1']:.2f}")


if __name__ == "__main__":
    main()
