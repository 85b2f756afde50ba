"""Speed of geoparsing (finding and resolving every toponym) on GeoWebNews articles.

    python scripts/bench_geo.py [--corpus gwn] [--limit N]

Two ways in one run, on the same articles, parsing included: one article at a
time in this process with the full English pipeline, and the way ``eventatlas
eval geo`` runs (two worker processes parse in batches without the lemmatizer
while this process finds and resolves places).  Prints documents per second and
their ratio; asserts nothing (machines are noisy).
"""

from __future__ import annotations

import argparse
import time
from pathlib import Path

from eventatlas import gazetteer, nlp
from eventatlas.evaluation import geo

ROOT = Path(__file__).resolve().parents[1]


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--corpus", default="gwn", choices=sorted(geo.CORPORA))
    parser.add_argument("--limit", type=int, default=None)
    args = parser.parse_args()
    texts = [text for text, _ in geo.documents(ROOT.parent / "shared" / "benchmarks" / geo.CORPORA[args.corpus])]
    texts = texts[: args.limit] if args.limit else texts
    gaz = gazetteer.load()
    geo.found_places(texts[0], gaz)  # model and gazetteer loaded before timing

    start = time.perf_counter()
    one = sum(len(geo.found_places(text, gaz)[0]) for text in texts)
    single = len(texts) / (time.perf_counter() - start)

    start = time.perf_counter()
    docs = nlp.parse_many(texts, disable=("lemmatizer",))
    two = sum(len(geo.found_places(text, gaz, doc)[0]) for doc, text in zip(docs, texts))  # docs run out first
    parallel = len(texts) / (time.perf_counter() - start)

    words = sum(len(t.split()) for t in texts) / len(texts)
    print(f"{args.corpus}: {len(texts)} articles, {words:.0f} words each on average")
    print(f"one at a time, full pipeline:          {single:5.1f} docs/s ({one} places)")
    print(f"two parsing workers, no lemmatizer:    {parallel:5.1f} docs/s ({two} places)")
    print(f"ratio: {parallel / single:.2f}")


if __name__ == "__main__":
    main()
