"""Precision, recall and F1, and token-overlap scores, shared by the benchmarks."""

from __future__ import annotations

import re
from collections import Counter


def prf(tp_pred: int, n_pred: int, tp_gold: int, n_gold: int) -> dict[str, float]:
    """P = correct predictions / predictions, R = gold items found / gold items, F1 their harmonic mean."""
    p = tp_pred / n_pred if n_pred else 0.0
    r = tp_gold / n_gold if n_gold else 0.0
    f = 2 * p * r / (p + r) if p + r else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4)}


_TOKEN = re.compile(r"\w+", re.UNICODE)


def tokens(text: str) -> list[str]:
    return [t.lower() for t in _TOKEN.findall(text)]


def token_overlap(predicted: str, gold: str) -> tuple[float, float]:
    """Bag-of-tokens precision and recall of one text against another."""
    pred, ref = Counter(tokens(predicted)), Counter(tokens(gold))
    common = sum((pred & ref).values())
    precision = common / sum(pred.values()) if pred else (1.0 if not ref else 0.0)
    recall = common / sum(ref.values()) if ref else 1.0
    return precision, recall


def _shingles(text: str, n: int) -> Counter:
    words = _TOKEN.findall(text or "")
    return Counter(tuple(words[i:i + n]) for i in range(max(1, len(words) - n + 1)) if words[i:i + n])


def shingle_match(predicted: str, gold: str, n: int = 4) -> tuple[float, float, float]:
    pred, ref = _shingles(predicted, n), _shingles(gold, n)
    tp = sum((pred & ref).values())
    fp = sum((pred - ref).values())
    fn = sum((ref - pred).values())
    total = tp + fp + fn
    return (tp / total, fp / total, fn / total) if total else (0.0, 0.0, 0.0)


def shingle_scores(triples: list[tuple[float, float, float]]) -> dict[str, float]:
    """Mean per-page precision (pages with a prediction) and recall (pages with gold text), F1 of the means."""

    def precision(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fp == 0 else tp / (tp + fp))

    def recall(tp, fp, fn):
        return 1.0 if fp == fn == 0 else (0.0 if tp == fn == 0 else tp / (tp + fn))

    ps = [precision(*t) for t in triples if t[0] + t[1] > 0]
    rs = [recall(*t) for t in triples if t[0] + t[2] > 0]
    p = sum(ps) / len(ps) if ps else 0.0
    r = sum(rs) / len(rs) if rs else 0.0
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def overlaps(a: tuple, b: tuple) -> bool:
    """Two (start, end, ...) spans share at least one character."""
    return a[0] < b[1] and b[0] < a[1]


def span_matches(predicted: list[tuple], gold: list[tuple], same=lambda p, g: True) -> tuple[int, int]:
    """How many predicted spans overlap a gold span (and agree by ``same``), and how many gold spans are so found."""
    found_pred = sum(1 for p in predicted if any(overlaps(p, g) and same(p, g) for g in gold))
    found_gold = sum(1 for g in gold if any(overlaps(p, g) and same(p, g) for p in predicted))
    return found_pred, found_gold
