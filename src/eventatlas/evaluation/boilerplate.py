"""``eval boilerplate``: the article text we keep from a web page, against the human-marked article body.

Data: the article-extraction benchmark (181 news and blog pages with their gold
``articleBody``), ``../shared/benchmarks/article-extraction-benchmark``.

Each page goes through the same cleaning as ``eventatlas process`` (trafilatura,
then the line filter). Per page, token precision is the share of our tokens
that the gold body holds and token recall the share of the gold body's tokens
that we kept (bags of lower-cased word tokens); ``precision`` and ``recall``
are their means over pages and ``f1`` is the F1 of those means, as the
benchmark's own evaluation reports it. A page we return nothing for scores
precision 0 and recall 0.

``shingle`` holds the benchmark's own measure, for comparison with its published
table: the same means over word 4-gram shingles (case-sensitive), each page's
true-positive, false-positive and false-negative counts normalised to sum to 1.
"""

from __future__ import annotations

import gzip
import json
from pathlib import Path

from ..errors import InputError
from ..pipeline import RawDocument, to_article
from .metrics import shingle_match, shingle_scores, token_overlap

NAME = "boilerplate"
DATA = "article-extraction-benchmark"
SPLITS = ("test",)


def run(data: Path, split: str, limit: int | None = None, progress=None) -> dict:
    truth = json.loads((data / "ground-truth.json").read_text(encoding="utf-8"))
    ids = sorted(truth)[:limit] if limit else sorted(truth)
    precisions, recalls, triples, empty = [], [], [], 0
    for number, item in enumerate(ids, start=1):
        html = gzip.decompress((data / "html" / f"{item}.html.gz").read_bytes()).decode("utf-8", errors="replace")
        try:
            text = to_article(RawDocument(input=item, html=html, url=truth[item].get("url"))).text
        except InputError:
            text, empty = "", empty + 1
        p, r = token_overlap(text, truth[item]["articleBody"])
        triples.append(shingle_match(text, truth[item]["articleBody"]))
        precisions.append(p if text else 0.0)
        recalls.append(r if text else 0.0)
        if progress:
            progress(number, len(ids))
    p = sum(precisions) / len(precisions)
    r = sum(recalls) / len(recalls)
    return {
        "benchmark": NAME, "split": split, "documents": len(ids), "no_text": empty,
        "precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4),
        "shingle": shingle_scores(triples),
    }
