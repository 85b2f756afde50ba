"""Typed records and their one serialisation.

Every stage reads and writes these dataclasses; ``to_dict``/``from_dict`` are
the only place where they become the JSON record of PRODUCT.md (the public
contract).  Field names here *are* the contract: add fields, never rename.
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
from dataclasses import dataclass, field
from typing import Any

EVENT_TYPES = (
    "armed_clash",
    "territory_change",
    "remote_strike",
    "attack_on_civilians",
    "interception",
    "arrest_detention",
    "desertion",
    "deployment",
    "withdrawal",
    "training_cooperation",
    "prisoner_exchange",
    "loss_report",
    "other",
)

# type -> (ACLED event_type, ACLED sub_event_type, PLOVER type or None)
TYPE_MAP: dict[str, tuple[str, str, str | None]] = {
    "armed_clash": ("Battles", "Armed clash", "ASSAULT"),
    "territory_change": ("Battles", "Non-state actor overtakes territory", "ASSAULT"),
    "remote_strike": ("Explosions/Remote violence", "Shelling/artillery/missile attack", "ASSAULT"),
    "attack_on_civilians": ("Violence against civilians", "Attack", "ASSAULT"),
    "interception": ("Strategic developments", "Disrupted weapons use", None),
    "arrest_detention": ("Strategic developments", "Arrests", "COERCE"),
    "desertion": ("Strategic developments", "Change to group/activity", "RETREAT"),
    "deployment": ("Strategic developments", "Change to group/activity", "MOBILIZE"),
    "withdrawal": ("Strategic developments", "Change to group/activity", "RETREAT"),
    "training_cooperation": ("Strategic developments", "Other", "COOPERATE"),
    "prisoner_exchange": ("Strategic developments", "Agreement", "CONCEDE"),
    "loss_report": ("", "", None),
    "other": ("Strategic developments", "Other", None),
}

MODALITIES = ("asserted", "hedged", "denied", "planned")
ACTOR_KINDS = ("military", "intelligence", "government", "armed_group", "civilians", "media", "other")
PRECISIONS = ("day", "week", "month", "quarter", "year", "unknown")


def content_hash(*parts: str, length: int = 16) -> str:
    """A stable id: the same parts always give the same id."""
    digest = hashlib.sha256("\x1f".join(parts).encode("utf-8")).hexdigest()
    return digest[:length]


@dataclass
class Span:
    """A stretch of the cleaned article text."""

    text: str
    start: int
    end: int


@dataclass
class Removed:
    """A stretch of the raw text the cleaner removed, and why."""

    text: str
    start: int
    end: int
    reason: str


@dataclass
class Article:
    id: str
    text: str
    url: str | None = None
    outlet: str | None = None
    published: str | None = None
    title: str | None = None
    published_source: str | None = None  # given | html | url | dateline | none
    input: str | None = None  # what the user gave: path, URL, "<stdin>", "file.jsonl:3"
    removed: list[Removed] = field(default_factory=list)

    @staticmethod
    def make_id(text: str) -> str:
        return content_hash("article", text)

    def ref(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "url": self.url,
            "outlet": self.outlet,
            "published": self.published,
            "title": self.title,
        }


@dataclass
class Actor:
    role: str  # actor | target | with
    text: str
    name: str
    kind: str
    country: str | None = None


@dataclass
class Quantity:
    value: int | None
    low: int | None = None
    high: int | None = None
    approx: bool = False
    text: str = ""


@dataclass
class Place:
    text: str
    name: str
    geonameid: int | None = None
    lat: float | None = None
    lon: float | None = None
    admin1: str | None = None
    admin2: str | None = None
    country_code: str | None = None
    precision: int = 4
    relation: str = "in"
    resolution: str = "resolved"  # resolved | parent | unresolved


@dataclass
class TimeSpan:
    text: str | None
    start: str | None
    end: str | None
    precision: str = "unknown"
    resolution: str = "unresolved"  # absolute | relative | unresolved


@dataclass
class Source:
    name: str
    kind: str
    anonymous: bool = False
    text: str | None = None


@dataclass
class Event:
    id: str
    article: dict[str, Any]
    type: str
    modality: str = "asserted"
    verification: str | None = None
    actors: list[Actor] = field(default_factory=list)
    count: Quantity | None = None
    fatalities: Quantity | None = None
    injured: Quantity | None = None
    location: Place | None = None
    time: TimeSpan | None = None
    sources: list[Source] = field(default_factory=list)
    evidence: Span | None = None
    trigger: Span | None = None
    mentions: list[Span] = field(default_factory=list)
    extractor: str = ""

    @property
    def acled(self) -> dict[str, str]:
        event_type, sub_event_type, _ = TYPE_MAP[self.type]
        return {"event_type": event_type, "sub_event_type": sub_event_type}

    @property
    def plover(self) -> str | None:
        return TYPE_MAP[self.type][2]


def event_id(article_id: str, event_type: str, trigger_start: int, extractor: str) -> str:
    """Same article text, same event (type and trigger offset), same extractor: same id."""
    return content_hash("event", article_id, event_type, str(trigger_start), extractor)


def _clean(value: Any) -> Any:
    if dataclasses.is_dataclass(value):
        return {f.name: _clean(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, list):
        return [_clean(v) for v in value]
    if isinstance(value, dict):
        return {k: _clean(v) for k, v in value.items()}
    return value


def event_to_dict(event: Event) -> dict[str, Any]:
    """The JSON record of PRODUCT.md, in its documented field order."""
    data = _clean(event)
    return {
        "id": data["id"],
        "article": data["article"],
        "type": data["type"],
        "acled": event.acled,
        "plover": event.plover,
        "modality": data["modality"],
        "verification": data["verification"],
        "actors": data["actors"],
        "count": data["count"],
        "fatalities": data["fatalities"],
        "injured": data["injured"],
        "location": data["location"],
        "time": None if data["time"] is None else {**data["time"], "acled_time_precision": acled_time_precision(event.time)},
        "sources": data["sources"],
        "evidence": data["evidence"],
        "trigger": data["trigger"],
        "mentions": data["mentions"],
        "extractor": data["extractor"],
    }


def acled_time_precision(time: "TimeSpan | None") -> int | None:
    """ACLED's time_precision: 1 the day is known, 2 the week (or a few days), 3 the month or longer;
    None when nothing is known."""
    if time is None or (time.start is None and time.end is None):
        return None
    return {"day": 1, "week": 2}.get(time.precision, 3)


def event_from_dict(data: dict[str, Any]) -> Event:
    def opt(cls, value):
        if value is None:
            return None
        return cls(**{k: v for k, v in value.items() if k in {f.name for f in dataclasses.fields(cls)}})

    return Event(
        id=data["id"],
        article=dict(data["article"]),
        type=data["type"],
        modality=data["modality"],
        verification=data["verification"],
        actors=[Actor(**a) for a in data["actors"]],
        count=opt(Quantity, data["count"]),
        fatalities=opt(Quantity, data["fatalities"]),
        injured=opt(Quantity, data["injured"]),
        location=opt(Place, data["location"]),
        time=opt(TimeSpan, data["time"]),
        sources=[Source(**s) for s in data["sources"]],
        evidence=opt(Span, data["evidence"]),
        trigger=opt(Span, data.get("trigger")),
        mentions=[Span(**m) for m in data.get("mentions", [])],
        extractor=data["extractor"],
    )


def event_to_json(event: Event) -> str:
    return json.dumps(event_to_dict(event), ensure_ascii=False)
