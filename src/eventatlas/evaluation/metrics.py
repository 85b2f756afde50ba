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


# --- clustering (coreference) scores -----------------------------------------

def _clusters(labels: dict[str, object]) -> list[frozenset[str]]:
    groups: dict[object, set[str]] = {}
    for item, label in labels.items():
        groups.setdefault(label, set()).add(item)
    return [frozenset(g) for g in groups.values()]


def _f(p: float, r: float) -> dict[str, float]:
    return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(2 * p * r / (p + r) if p + r else 0.0, 4)}


def bcubed(predicted: dict[str, object], gold: dict[str, object]) -> dict[str, float]:
    """B³ (Bagga & Baldwin 1998): per item, the share of its predicted cluster that is in its
    gold cluster (precision) and of its gold cluster that is in its predicted one (recall), averaged."""
    pred = {x: c for c in _clusters(predicted) for x in c}
    ref = {x: c for c in _clusters(gold) for x in c}
    items = list(gold)
    p = sum(len(pred[x] & ref[x]) / len(pred[x]) for x in items) / len(items)
    r = sum(len(pred[x] & ref[x]) / len(ref[x]) for x in items) / len(items)
    return _f(p, r)


def muc(predicted: dict[str, object], gold: dict[str, object]) -> dict[str, float]:
    """MUC (Vilain et al. 1995): the links needed to join each cluster, shared with the other side."""

    def score(keys: list[frozenset[str]], other: dict[str, object]) -> tuple[int, int]:
        num = den = 0
        for k in keys:
            parts = {other.get(x, ("alone", x)) for x in k}
            num += len(k) - len(parts)
            den += len(k) - 1
        return num, den

    rn, rd = score(_clusters(gold), predicted)
    pn, pd = score(_clusters(predicted), gold)
    return _f(pn / pd if pd else 0.0, rn / rd if rd else 0.0)


def ceafe(predicted: dict[str, object], gold: dict[str, object]) -> dict[str, float]:
    """CEAF-e (Luo 2005): the best one-to-one alignment of clusters by φ4 similarity (2|K∩R|/(|K|+|R|))."""
    import numpy as np
    from scipy.optimize import linear_sum_assignment

    keys, responses = _clusters(gold), _clusters(predicted)
    sim = np.array([[2 * len(k & r) / (len(k) + len(r)) for r in responses] for k in keys])
    rows, cols = linear_sum_assignment(-sim)
    total = float(sim[rows, cols].sum())
    return _f(total / len(responses) if responses else 0.0, total / len(keys) if keys else 0.0)


def conll(predicted: dict[str, object], gold: dict[str, object]) -> dict[str, object]:
    """MUC, B³ and CEAF-e, and the CoNLL F1: the mean of their three F1s."""
    scores = {"muc": muc(predicted, gold), "b3": bcubed(predicted, gold), "ceafe": ceafe(predicted, gold)}
    scores["conll_f1"] = round(sum(s["f1"] for s in scores.values()) / 3, 4)
    return scores
