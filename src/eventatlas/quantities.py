"""Counts as written ("around 40", "eighteen", "more than 20", "dozens") to ``Quantity``.

Conventions follow ACLED's conservative coding: a vague plural takes the
lowest number it implies ("dozens" 12, "tens" 10, "hundreds" 100), "more
than N" takes N+1, "at least N" takes N, and every vague or hedged figure is
marked ``approx``.
"""

from __future__ import annotations

import re

from .records import Quantity

_UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14, "fifteen": 15,
    "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19,
}
_TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80, "ninety": 90}
_SCALES = {"hundred": 100, "thousand": 1000, "million": 1_000_000}
_VAGUE = {
    "a dozen": (12, False), "dozen": (12, False), "dozens": (12, True), "tens": (10, True),
    "scores": (20, True), "hundreds": (100, True), "thousands": (1000, True), "a couple": (2, True),
    "a couple of": (2, True), "a pair of": (2, False), "a few": (3, True), "several": (3, True),
    "a handful": (3, True), "a handful of": (3, True),
}
_APPROX = r"(?:around|about|approximately|roughly|some|nearly|almost|an estimated|estimated|close to|circa|c\.|an approximate)"
_AT_LEAST = r"(?:at least|no fewer than|no less than|a minimum of|not less than)"
_MORE = r"(?:more than|over|upwards of|in excess of|above)"
_UP_TO = r"(?:up to|as many as|no more than|fewer than|less than|under|at most|a maximum of)"

_WORD_NUM = "|".join(sorted(list(_UNITS) + list(_TENS) + list(_SCALES), key=len, reverse=True))
_NUMBER = rf"(?:\d[\d,]*(?:\.\d+)?(?:\s*(?:thousand|million))?|(?:(?:{_WORD_NUM})(?:[\s-]+(?:and\s+)?(?:{_WORD_NUM}))*))"


def words_to_int(text: str) -> int | None:
    """'eighteen' -> 18, 'two hundred and fifty' -> 250, '1,200' -> 1200, '3 thousand' -> 3000."""
    text = text.lower().strip()
    match = re.fullmatch(r"(\d[\d,]*(?:\.\d+)?)\s*(thousand|million)?", text)
    if match:
        number = float(match.group(1).replace(",", ""))
        if match.group(2):
            number *= _SCALES[match.group(2)]
        return int(number)
    total, current, seen = 0, 0, False
    for word in re.split(r"[\s-]+", text):
        if word == "and":
            continue
        if word in _UNITS:
            current += _UNITS[word]
        elif word in _TENS:
            current += _TENS[word]
        elif word == "hundred":
            current = max(current, 1) * 100
        elif word in ("thousand", "million"):
            total += max(current, 1) * _SCALES[word]
            current = 0
        else:
            return None
        seen = True
    return total + current if seen else None


_PATTERNS = [
    (re.compile(rf"\bbetween\s+({_NUMBER})\s+and\s+({_NUMBER})\b", re.I), "range"),
    (re.compile(rf"\b({_NUMBER})\s*(?:-|–|to)\s*({_NUMBER})\b", re.I), "range"),
    (re.compile(rf"\b{_AT_LEAST}\s+({_NUMBER})\b", re.I), "at_least"),
    (re.compile(rf"\b{_MORE}\s+({_NUMBER})\b", re.I), "more"),
    (re.compile(rf"\b{_UP_TO}\s+({_NUMBER})\b", re.I), "up_to"),
    (re.compile(rf"\b{_APPROX}\s+({_NUMBER})\b", re.I), "approx"),
    (re.compile(rf"\b({_NUMBER})\b", re.I), "exact"),
]
_VAGUE_RE = re.compile(r"\b(" + "|".join(sorted(map(re.escape, _VAGUE), key=len, reverse=True)) + r")\b", re.I)


def parse_quantity(text: str) -> Quantity | None:
    """The first count in ``text``, or None when it holds no number."""
    for pattern, kind in _PATTERNS:
        match = pattern.search(text)
        if not match:
            continue
        first = words_to_int(match.group(1))
        if first is None:
            continue
        written = match.group(0).strip()
        if kind == "range":
            second = words_to_int(match.group(2))
            if second is None or second < first:
                continue
            return Quantity(value=first, low=first, high=second, approx=True, text=written)
        if kind == "at_least":
            return Quantity(value=first, low=first, approx=False, text=written)
        if kind == "more":
            return Quantity(value=first + 1, low=first + 1, approx=True, text=written)
        if kind == "up_to":
            return Quantity(value=first, high=first, approx=True, text=written)
        if kind == "approx":
            return Quantity(value=first, approx=True, text=written)
        return Quantity(value=first, approx=False, text=written)
    match = _VAGUE_RE.search(text)
    if match:
        value, approx = _VAGUE[match.group(1).lower()]
        hedge = re.search(rf"\b{_APPROX}\s+$", text[: match.start()], re.I)
        written = (hedge.group(0) if hedge else "") + match.group(0)
        return Quantity(value=value, low=value if approx else None, approx=approx or bool(hedge), text=written)
    return None
