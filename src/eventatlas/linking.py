"""Linking: do two event records describe the same happening?

``compare(a, b)`` weighs each field of two events' ``Profile`` and returns a
``Link`` (a score and, per field, what agreed or disagreed) or ``None``.
Fields either support a link (points), say nothing (unknown), or rule it out
(a veto): a link needs no veto and ``LINK_SCORE`` points, at least one of them
from the place or the time.

- type: the same type, or a related one (a strike reported by one outlet as
  shelling and by another as an attack on civilians; deserters later
  detained); unrelated types never link.
- time: the events' day ranges, from each date's precision ("last week" is a
  seven-day range, "by Oct. 14" ends on that day); an undated event is taken
  to lie in the week before its article's publication (weak evidence).
  Ranges further apart than ``DAY_TOLERANCE`` rule a link out.
- place: the same place, one inside the other (Komarichi in the Komarichsky
  district in the Bryansk region; a place in either region of a border
  area), or two points close for their precision; different countries, or
  points too far apart for their precision, rule a link out.
- counts (count, fatalities, injured): equal, close (18 and 20: a
  disagreement the story lists), or too far apart to be one event.
- actors: the same names, or the same country and kind.
- wording: the share of content words the two evidence sentences share.
- prospective events (planned, or dated from publication onward) never link
  with events that already happened.

Two events of the same article link only when nothing disagrees: within one
report, a different place, day or number means a different event. Across
reports small disagreements are allowed, and the story shows them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from typing import Any

from spacy.lang.en.stop_words import STOP_WORDS

from .gazetteer import km, norm
from .records import TYPE_MAP

LINK_SCORE = 4.0
DAY_TOLERANCE = 2  # days between two reports' dates of one event (15 vs 16 October)
SEQUENCE_TOLERANCE = 4  # days between related events of one story (deserted, then detained)
UNDATED_WINDOW = 7  # an undated event: the week up to its article's publication
OPEN_WINDOW = 30  # "by Oct. 14" / "from Oct. 14": a month on the open side

TYPES = tuple(TYPE_MAP)

# Types that one happening may be reported under (unordered pairs).
RELATED_TYPES = {
    frozenset(p) for p in (
        ("remote_strike", "attack_on_civilians"), ("remote_strike", "armed_clash"),
        ("armed_clash", "territory_change"), ("armed_clash", "attack_on_civilians"),
        ("remote_strike", "interception"),
        ("desertion", "arrest_detention"), ("desertion", "withdrawal"), ("withdrawal", "territory_change"),
        ("deployment", "training_cooperation"),
        ("arrest_detention", "prisoner_exchange"),
    )
}

# Radius (km) within which two points of a given precision may be one place.
RADIUS_KM = {1: 15.0, 2: 30.0, 3: 120.0, 4: 1500.0}


_WORD = re.compile(r"[^\W\d_]{3,}")


def stems(text: str) -> frozenset[str]:
    """Content words cut to six letters: enough to match 'detained' with 'detention'."""
    return frozenset(w[:6] for w in (m.group(0).lower() for m in _WORD.finditer(text or "")) if w not in STOP_WORDS)


@dataclass(frozen=True)
class Days:
    """A range of days an event lies in; ``weak`` when it is a default, not read from the text."""

    first: dt.date
    last: dt.date
    exact: bool = False  # a single day read from the text
    weak: bool = False

    def gap(self, other: "Days") -> int:
        if self.last < other.first:
            return (other.first - self.last).days
        if other.last < self.first:
            return (self.first - other.last).days
        return 0


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10]) if value else None
    except ValueError:
        return None


def days_of(time: dict | None, published: str | None) -> Days | None:
    """The day range of an event's time, or of its article's week when it has none."""
    time = time or {}
    start, end = _date(time.get("start")), _date(time.get("end"))
    if start and end:
        return Days(min(start, end), max(start, end), exact=start == end and time.get("precision") == "day")
    if end:
        return Days(end - dt.timedelta(days=OPEN_WINDOW), end, weak=True)
    if start:
        return Days(start, start + dt.timedelta(days=OPEN_WINDOW), weak=True)
    pub = _date(published)
    if pub:
        return Days(pub - dt.timedelta(days=UNDATED_WINDOW), pub, weak=True)
    return None


@dataclass
class Profile:
    """What linking compares of one event."""

    id: str
    article: str
    type: str
    modality: str
    days: Days | None
    prospective: bool
    place: dict | None
    counts: dict[str, dict]
    actors: list[dict]
    words: frozenset[str]
    text: str = ""  # the evidence sentences, folded

    @classmethod
    def of(cls, record: dict[str, Any]) -> "Profile":
        article = record.get("article") or {}
        published = article.get("published")
        time = record.get("time") or {}
        start, pub = _date(time.get("start")), _date(published)
        prospective = record.get("modality") == "planned" or bool(
            start and pub and start >= pub and not time.get("end"))
        place = record.get("location")
        if place and place.get("lat") is None and not place.get("country_code"):
            place = None
        return cls(
            id=record["id"], article=article.get("id") or "", type=record["type"],
            modality=record.get("modality") or "asserted", days=days_of(time, published), prospective=prospective, place=place,
            counts={k: record[k] for k in ("count", "fatalities", "injured") if record.get(k)},
            actors=record.get("actors") or [], words=stems((record.get("evidence") or {}).get("text", "")),
            text=norm(" ".join([(record.get("evidence") or {}).get("text", "")]
                               + [m.get("text", "") for m in record.get("mentions") or []])),
        )


@dataclass
class Link:
    """Why two events were taken for one happening."""

    a: str
    b: str
    score: float
    agreed: dict[str, str]  # field → what agreed ("same day 2024-10-16", "18 = 18")
    differed: dict[str, str]  # field → a disagreement the story will list

    def to_dict(self) -> dict[str, Any]:
        return {"events": [self.a, self.b], "score": round(self.score, 2), "agreed": self.agreed,
                "differed": self.differed}


class Veto(Exception):
    """A field that rules a link out."""


def types_relation(a: str, b: str) -> str | None:
    if a == b:
        return "same"
    if frozenset((a, b)) in RELATED_TYPES:
        return "related"
    return None


# --- places -----------------------------------------------------------------

def _border_regions(place: dict) -> set[str]:
    if place.get("relation") != "border":
        return set()
    name = re.sub(r"\s+border$", "", place.get("name") or "")
    return {norm(p) for p in re.split(r"\s+[–-]\s+", name) if p}


def _area_names(place: dict) -> set[str]:
    """The names of the areas a place is in (its district and region)."""
    return {norm(n) for n in (place.get("admin2"), place.get("admin1")) if n}


def _rank(place: dict) -> float:
    """Country 4, region 3.5, district 3, then the place's own precision."""
    precision = place.get("precision", 4)
    return 3.5 if precision == 3 and not place.get("admin2") else float(precision)


def _contains(outer: dict, inner: dict) -> bool:
    """Whether ``inner`` lies within ``outer`` by the names of their areas."""
    if outer.get("country_code") and outer.get("country_code") != inner.get("country_code"):
        return False
    if outer.get("precision") == 4:
        return bool(outer.get("country_code"))
    borders = _border_regions(outer)
    if borders:
        return bool(borders & (_area_names(inner) | _border_regions(inner)))
    if _rank(outer) < 3 or _rank(inner) >= _rank(outer):
        return False
    if _rank(outer) == 3.5:
        return norm(inner.get("admin1") or "") == norm(outer.get("admin1") or outer.get("name") or "")
    return (norm(inner.get("admin2") or "") == norm(outer.get("admin2") or outer.get("name") or "")
            and norm(inner.get("admin1") or "") == norm(outer.get("admin1") or ""))


def _same_place(a: dict, b: dict) -> bool:
    if a.get("geonameid") and a.get("geonameid") == b.get("geonameid"):
        return True
    return (norm(a.get("name") or "") == norm(b.get("name") or "") and a.get("country_code") == b.get("country_code")
            and norm(a.get("admin1") or "") == norm(b.get("admin1") or ""))


def place_relation(a: dict, b: dict, strict: bool) -> tuple[float, str, str | None]:
    """Points, what agreed, and a disagreement (or None); raises Veto."""
    ca, cb = a.get("country_code"), b.get("country_code")
    if ca and cb and ca != cb:
        raise Veto(f"place: {ca} vs {cb}")
    if _same_place(a, b):
        return 2.0, f"same place: {a.get('name')}", None
    for outer, inner in ((a, b), (b, a)):
        if _contains(outer, inner):
            return 1.5, f"{inner.get('name')} within {outer.get('name')}", None
    pa, pb = a.get("precision", 4), b.get("precision", 4)
    if None in (a.get("lat"), b.get("lat")):
        return 0.0, "", None
    d = km(a["lat"], a["lon"], b["lat"], b["lon"])
    if strict:
        raise Veto(f"place: {a.get('name')} vs {b.get('name')} in one report")
    if max(pa, pb) <= 2 and d <= RADIUS_KM[max(pa, pb)]:
        return 1.0, f"{a.get('name')} and {b.get('name')} {d:.0f} km apart", f"{a.get('name')} vs {b.get('name')}"
    if max(pa, pb) == 3 and d <= RADIUS_KM[1]:
        return 0.5, f"{a.get('name')} and {b.get('name')} {d:.0f} km apart", None
    raise Veto(f"place: {a.get('name')} and {b.get('name')} {d:.0f} km apart")


# --- counts -----------------------------------------------------------------

def _range(q: dict) -> tuple[float, float]:
    value = q.get("value")
    low = q.get("low") if q.get("low") is not None else value
    high = q.get("high") if q.get("high") is not None else value
    if q.get("approx") and value:
        low, high = value * 0.8, value * 1.2
    return float(low or 0), float(high if high is not None else low or 0)


def count_relation(name: str, a: dict, b: dict, strict: bool) -> tuple[float, str, str | None]:
    if a.get("value") is None or b.get("value") is None:
        return 0.0, "", None
    (la, ha), (lb, hb) = _range(a), _range(b)
    if la <= hb and lb <= ha:
        if a.get("value") == b.get("value"):
            return 1.5, f"{a['value']} = {b['value']}", None
        return 1.0, f"{a.get('text') or a['value']} ~ {b.get('text') or b['value']}", None
    va, vb = a["value"], b["value"]
    if strict:
        raise Veto(f"{name}: {va} vs {vb} in one report")
    small, big = sorted((va, vb))
    # a toll that rises between reports is the same event; a count twice as large is another
    limit = 3.0 if name in ("fatalities", "injured") else 1.5
    if big - small <= 3 or big <= small * limit:
        return 0.5, f"{va} vs {vb}", f"{va} vs {vb}"
    raise Veto(f"{name}: {va} vs {vb}")


# --- actors -----------------------------------------------------------------

def actor_relation(a: list[dict], b: list[dict], strict: bool, sides: bool = True) -> tuple[float, str, str | None]:
    """Shared actor names, or a shared country and kind; with ``sides``, different
    countries acting is a disagreement (two reports blaming different sides)."""
    names_a = {norm(x.get("name") or "") for x in a}
    names_b = {norm(x.get("name") or "") for x in b}
    shared = sorted(n for n in names_a & names_b if n)
    kinds_a = {(x.get("country"), x.get("kind")) for x in a if x.get("country")}
    kinds_b = {(x.get("country"), x.get("kind")) for x in b if x.get("country")}
    doers_a = {x.get("country") for x in a if x.get("role") == "actor" and x.get("country")}
    doers_b = {x.get("country") for x in b if x.get("role") == "actor" and x.get("country")}
    differed = None
    if sides and doers_a and doers_b and not doers_a & doers_b:
        if strict:
            raise Veto("actors: different sides in one report")
        differed = f"{'/'.join(sorted(doers_a))} vs {'/'.join(sorted(doers_b))} as the actor"
    if shared:
        return 1.0, "same actors: " + ", ".join(shared), differed
    if kinds_a & kinds_b:
        common = sorted(f"{c} {k}" for c, k in kinds_a & kinds_b)
        return 0.5, "same side and kind: " + ", ".join(common), differed
    return 0.0, "", differed


# --- the comparison ---------------------------------------------------------

def compare(a: Profile, b: Profile) -> Link | None:
    """A Link when ``a`` and ``b`` are taken for one happening, else None."""
    try:
        return _compare(a, b)
    except Veto:
        return None


def why_not(a: Profile, b: Profile) -> str:
    """The reason two events do not link (for explanations and tests)."""
    try:
        link = _compare(a, b)
    except Veto as veto:
        return str(veto)
    return "linked" if link else "too little agrees"


def _compare(a: Profile, b: Profile) -> Link | None:
    if a.id == b.id:
        return None
    relation = types_relation(a.type, b.type)
    if relation is None:
        raise Veto(f"type: {a.type} vs {b.type}")
    if a.prospective != b.prospective:
        raise Veto("time: one is announced or expected, the other has happened")
    strict = a.article == b.article
    agreed: dict[str, str] = {"type": a.type if relation == "same" else f"{a.type} ~ {b.type}"}
    differed: dict[str, str] = {}
    score = 2.0 if relation == "same" else 1.0
    anchored = False  # a place or a time read from the text agrees

    if a.days and b.days:
        gap = a.days.gap(b.days)
        tolerance = (0 if strict else DAY_TOLERANCE) if relation == "same" else SEQUENCE_TOLERANCE
        if gap > tolerance:
            raise Veto(f"time: {gap} days apart")
        if gap == 0 and a.days.exact and b.days.exact:
            score += 2.0
            agreed["time"] = f"same day {a.days.first}"
            anchored = True
        elif gap == 0 and not (a.days.weak or b.days.weak):
            score += 1.0
            agreed["time"] = f"overlapping {a.days.first}…{a.days.last} and {b.days.first}…{b.days.last}"
            anchored = True
        elif gap == 0 and a.days == b.days:
            score += 1.0
            agreed["time"] = f"same range {a.days.first}…{a.days.last}"
            anchored = True
        elif gap == 0:
            score += 0.25
            agreed["time"] = "compatible"
        else:
            agreed["time"] = f"{gap} days apart"
            if relation == "same" and a.days.exact and b.days.exact:
                differed["time"] = f"{a.days.first} vs {b.days.first}"

    if a.place and b.place:
        points, what, disagreement = place_relation(a.place, b.place, strict)
        score += points
        if what:
            agreed["place"] = what
            anchored = anchored or points >= 1.0
        if disagreement:
            differed["place"] = disagreement

    elif a.place or b.place:
        placed, other = (a, b) if a.place else (b, a)
        names = {norm(placed.place.get(k) or "") for k in ("text", "name")} - {""}
        if any(re.search(rf"(?<!\w){re.escape(n)}(?!\w)", other.text) for n in names):
            score += 1.5
            agreed["place"] = f"{placed.place.get('name')} named in both reports"
            anchored = True
        elif placed.place.get("precision", 4) <= 2:
            score -= 1.5  # one report names a town, the other does not mention it

    if relation == "same" or {a.type, b.type} <= {"desertion", "arrest_detention", "prisoner_exchange"}:
        for name in ("count", "fatalities", "injured"):
            if name in a.counts and name in b.counts:
                points, what, disagreement = count_relation(name, a.counts[name], b.counts[name], strict)
                score += points
                if what:
                    agreed[name] = what
                if disagreement:
                    differed[name] = disagreement

    points, what, disagreement = actor_relation(a.actors, b.actors, strict, sides=relation == "same")
    score += points
    if what:
        agreed["actors"] = what
    if disagreement:
        differed["actors"] = disagreement

    if a.words and b.words:
        dice = 2 * len(a.words & b.words) / (len(a.words) + len(b.words))
        score += 2.0 * dice
        if dice >= 0.1:
            agreed["wording"] = f"{dice:.2f} of content words shared"

    if a.modality != b.modality and "denied" in (a.modality, b.modality):
        differed["modality"] = f"{a.modality} vs {b.modality}"

    if not anchored or score < LINK_SCORE:
        return None
    first, second = sorted((a.id, b.id))
    return Link(first, second, score, agreed, differed)
