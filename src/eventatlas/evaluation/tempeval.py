"""``eval time``: time expressions found and normalised, against TempEval-3's TIMEX3 annotations.

Data: TempEval-3, ``../shared/benchmarks/tempeval3``: test = TE3-Platinum (20
documents), dev = TimeBank and AQUAINT (``tbaq-cleaned``, 256 documents, for
tuning).  The input is each document's text with its creation time (DCT); the
DCT's own TIMEX3 is not scored.

As in TempEval-3 (UzZaman et al. 2013):
- ``strict``: extraction precision, recall and F1 where a found expression must
  have exactly the gold span;
- ``relaxed``: the same where overlapping spans match;
- ``value``: precision, recall and F1 where a match is a relaxed match whose
  normalised TIMEX3 value (2013-03-22, 2013-W11, P3Y, PRESENT_REF, ...) equals
  the gold value.
"""

from __future__ import annotations

import datetime as dt
import html
import re
from pathlib import Path

from .. import nlp
from ..timex import find_times, normalise, timex3_value
from .metrics import prf, span_matches

NAME = "time"
DATA = "tempeval3"
SPLITS = ("test", "dev")
_TAG = re.compile(r"<(/?)(\w+)([^>]*)>")
_LEADING = re.compile(r"(?:on|in|since|over|for|during|by|at|from|between)\s+", re.I)
_ATTR = re.compile(r'(\w+)="([^"]*)"')


def parse_tml(path: Path) -> tuple[str, dt.date | None, list[tuple[int, int, str]]]:
    """The document text (tags removed), its creation date and its TIMEX3 spans with values."""
    raw = path.read_text(encoding="utf-8")
    dct_match = re.search(r"<DCT>.*?value=\"(\d{4}-\d{2}-\d{2})", raw, re.S)
    dct = dt.date.fromisoformat(dct_match.group(1)) if dct_match else None
    body = re.search(r"<TEXT>(.*?)</TEXT>", raw, re.S)
    inner = body.group(1) if body else ""
    text_parts: list[str] = []
    length = 0
    spans: list[tuple[int, int, str]] = []
    open_timex: tuple[int, str] | None = None
    pos = 0
    for match in _TAG.finditer(inner):
        chunk = html.unescape(inner[pos:match.start()])
        text_parts.append(chunk)
        length += len(chunk)
        closing, name, attrs = match.groups()
        if name == "TIMEX3":
            if not closing:
                open_timex = (length, dict(_ATTR.findall(attrs)).get("value", ""))
            elif open_timex is not None:
                spans.append((open_timex[0], length, open_timex[1]))
                open_timex = None
        pos = match.end()
    text_parts.append(html.unescape(inner[pos:]))
    return "".join(text_parts), dct, spans


_FUTURE_AUX = {"will", "shall", "'ll", "wo"}


def _ahead(doc, start: int) -> bool:
    """The clause of the expression at ``start`` speaks of the future ("will meet in April")."""
    span = doc.char_span(start, start + 1, alignment_mode="expand")
    if span is None or len(span) == 0:
        return False
    node = span[0]
    for _ in range(6):
        if node.pos_ in ("VERB", "AUX"):
            if any(c.lower_ in _FUTURE_AUX for c in node.children if c.dep_ == "aux"):
                return True
            if node.head.lemma_.lower() in ("plan", "expect", "schedule", "go", "intend") and node.dep_ == "xcomp":
                return True
            return False
        if node.head == node:
            return False
        node = node.head
    return False


def tag(text: str, dct: dt.date | None) -> list[tuple[int, int, str | None]]:
    """Our time expressions with TIMEX3 values; "later" counts from the last full date, as in a narrative,
    and a date without a year or a weekday in a future clause is the coming one."""
    out = []
    anchor = None
    doc = nlp.parse(text)
    for mention in find_times(text):
        span = normalise(mention, dct, anchor, ahead=_ahead(doc, mention.start))
        start = mention.start
        lead = _LEADING.match(mention.text)
        if lead:  # TimeML leaves the preposition out: "on [Tuesday]", "in [March]"
            start += lead.end()
        out.append((start, mention.end, timex3_value(mention, span, dct)))
        if span.precision == "day" and span.start and mention.kind not in ("weekday", "day_word"):
            anchor = dt.date.fromisoformat(span.start)
    return out


def files(data: Path, split: str) -> list[Path]:
    if split == "test":
        return sorted((data / "te3-platinum").glob("*.tml"))
    return sorted((data / "tbaq-cleaned").glob("*/*.tml"))


def run(data: Path, split: str, limit: int | None = None, progress=None) -> dict:
    paths = files(data, split)[:limit] if limit else files(data, split)
    n_pred = n_gold = strict = relaxed_pred = relaxed_gold = value_pred = value_gold = 0
    for number, path in enumerate(paths, start=1):
        text, dct, gold = parse_tml(path)
        predicted = tag(text, dct)
        n_pred += len(predicted)
        n_gold += len(gold)
        strict += sum(1 for p in predicted if any(p[0] == g[0] and p[1] == g[1] for g in gold))
        found_pred, found_gold = span_matches(predicted, gold)
        relaxed_pred, relaxed_gold = relaxed_pred + found_pred, relaxed_gold + found_gold
        found_pred, found_gold = span_matches(predicted, gold, same=lambda p, g: p[2] == g[2])
        value_pred, value_gold = value_pred + found_pred, value_gold + found_gold
        if progress:
            progress(number, len(paths))
    return {
        "benchmark": NAME, "split": split, "documents": len(paths), "gold_timexes": n_gold, "predicted": n_pred,
        "strict": prf(strict, n_pred, strict, n_gold),
        "relaxed": prf(relaxed_pred, n_pred, relaxed_gold, n_gold),
        "value": prf(value_pred, n_pred, value_gold, n_gold),
    }
