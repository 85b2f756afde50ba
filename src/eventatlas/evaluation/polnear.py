"""``eval attribution``: who the text says said it, against PolNeAR's source spans.

Data: PolNeAR v1.0.0 (political news attribution relations, 2016 US election
coverage), ``../shared/benchmarks/polnear``: dev = November articles, test =
December.  Where an article has two annotators, the first annotation file (by
name) is the gold.  Gold sources are the ``Source`` spans that an
``Attribution`` relation links.

Predicted sources are the noun phrases eventatlas takes as sources
(``attribution.source_spans``: subjects of attribution verbs, objects of
"according to"), over the whole text.  Exact: a predicted span is correct when
a gold span has the same start and end.  Overlap: when it shares at least one
character with a gold span; a gold span counts as found when a predicted span
overlaps it.  Precision, recall and F1 are micro-averaged over all spans.
"""

from __future__ import annotations

from pathlib import Path

from .. import nlp
from ..attribution import source_spans
from .metrics import prf, span_matches

NAME = "attribution"
DATA = "polnear"
SPLITS = ("dev", "test")


def gold_sources(ann: Path) -> set[tuple[int, int]]:
    spans: dict[str, tuple[int, int]] = {}
    linked: set[str] = set()
    for line in ann.read_text(encoding="utf-8").splitlines():
        parts = line.split("\t")
        if line.startswith("T") and len(parts) >= 2:
            label, *offsets = parts[1].split(" ")
            if label == "Source" and ";" not in parts[1]:
                spans[parts[0]] = (int(offsets[0]), int(offsets[-1]))
        elif line.startswith("E") and len(parts) >= 2:
            for arg in parts[1].split(" "):
                role, _, ref = arg.partition(":")
                if role.startswith("Source"):
                    linked.add(ref)
    return {spans[t] for t in linked if t in spans}


def documents(data: Path, split: str):
    folder = data / split
    anns = sorted((folder / "attributions").glob("*.ann"))
    seen: set[str] = set()
    for ann in anns:
        stem = ann.stem.rsplit("_", 1)[0]
        if stem in seen:
            continue
        seen.add(stem)
        yield stem, (folder / "text" / f"{stem}.txt").read_text(encoding="utf-8"), gold_sources(ann)


def run(data: Path, split: str, limit: int | None = None, progress=None) -> dict:
    docs = list(documents(data, split))[:limit] if limit else list(documents(data, split))
    n_pred = n_gold = exact_tp = overlap_pred = overlap_gold = 0
    for number, (_, text, gold) in enumerate(docs, start=1):
        predicted = set(source_spans(nlp.parse(text)))
        n_pred += len(predicted)
        n_gold += len(gold)
        exact_tp += len(predicted & gold)
        found_pred, found_gold = span_matches(list(predicted), list(gold))
        overlap_pred, overlap_gold = overlap_pred + found_pred, overlap_gold + found_gold
        if progress:
            progress(number, len(docs))
    return {
        "benchmark": NAME, "split": split, "documents": len(docs), "gold_sources": n_gold, "predicted": n_pred,
        "exact": prf(exact_tp, n_pred, exact_tp, n_gold),
        "overlap": prf(overlap_pred, n_pred, overlap_gold, n_gold),
    }
