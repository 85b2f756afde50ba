"""Stories: the events that describe one happening, with their reports,
independent source lines and disagreements.

A story is a group of events joined by ``linking`` links: within each
connected group of linked events, ``cluster`` joins events while the mean
link score between the groups stays at least ``STORY_SCORE``. A story's id
is derived from its smallest event id, so the same set of articles gives the
same stories whatever order they were stored in.

Source lines. Every event carries a source chain, originator first and
publishing outlet last. Chains whose originators are the same body are one
line:

- a body is known by its country and what it is, so "HUR source",
  "military intelligence source" and "Ukrainian intelligence sources" are all
  Ukraine's intelligence (``BODY_ALIASES`` maps the names of bodies that
  news cites to one body); a named person is known by name, and a person
  who speaks for a body ("X, head of the Y administration") joins the body's
  line; a source with no country joins the one line of its kind in the story
  that has one;
- an outlet that cites another outlet ("Suspilne reported") belongs to the
  line of what that outlet reported in the story, or to the cited outlet's
  own line if the story has no report of its own from it;
- an outlet reporting on its own authority, with no source named, is its
  own line.

The count of lines is a conservative count of independent sourcing: two
anonymous sources of one body and country count once.
"""

from __future__ import annotations

import hashlib
import re
from collections import defaultdict
from dataclasses import dataclass
from typing import Any, Iterable

from .lexicon import COUNTRY_ALIASES, DEMONYMS
from .gazetteer import norm
from .linking import LINK_SCORE

STORY_SCORE = LINK_SCORE / 2  # mean link score (unlinked pairs count 0) that holds a story together
SCORE_CAP = 12.0  # scores above this count as this much

# Bodies cited under many names: words of a source's name → (country, body).
# A country named in the source itself wins over the default here.
BODY_ALIASES: dict[str, tuple[str | None, str]] = {
    "hur": ("UA", "intelligence"), "gur": ("UA", "intelligence"),
    "main intelligence directorate": ("UA", "intelligence"), "defence intelligence": (None, "intelligence"),
    "defense intelligence": (None, "intelligence"), "military intelligence": (None, "intelligence"),
    "intelligence directorate": (None, "intelligence"), "intelligence": (None, "intelligence"),
    "gru": ("RU", "intelligence"), "fsb": ("RU", "security service"), "sbu": ("UA", "security service"),
    "security service": (None, "security service"),
    "defence ministry": (None, "defence ministry"), "defense ministry": (None, "defence ministry"),
    "ministry of defence": (None, "defence ministry"), "ministry of defense": (None, "defence ministry"),
    "mod": (None, "defence ministry"), "general staff": (None, "general staff"),
    "air force": (None, "air force"), "kremlin": ("RU", "presidency"), "presidential office": (None, "presidency"),
    "idf": ("IL", "military"), "israel defense forces": ("IL", "military"),
}
_FILLER = {"the", "a", "an", "of", "in", "from", "at", "s", "source", "sources", "official", "officials",
           "spokesperson", "spokesman", "spokeswoman", "representative", "insider", "insiders", "its", "their",
           "unnamed", "anonymous", "senior", "one", "two", "several", "some"}
_SPEAKS_FOR = re.compile(r"\b(?:head|chief|spokesperson|spokesman|spokeswoman|commander|director|governor|"
                         r"mayor|minister|representative|press secretary|secretary)\s+(?:of|for|at)\s+(?:the\s+)?"
                         r"(?P<body>[^,;()]+)", re.I)


def _country_of(words: list[str]) -> str | None:
    text = " ".join(words)
    for name, code in list(DEMONYMS.items()) + list(COUNTRY_ALIASES.items()):
        if re.search(rf"(?<!\w){re.escape(name)}(?!\w)", text):
            return code
    if re.search(r"(?<!\w)ukraine(?!\w)", text):
        return "UA"
    return None


def body_key(name: str, kind: str | None) -> tuple[str | None, str]:
    """(country, body) of an organisation or an anonymous source's affiliation."""
    words = [w for w in re.findall(r"[a-z]+", norm(name).replace("’", "'")) if w not in _FILLER]
    country = _country_of(words)
    text = " ".join(words)
    for alias, (default_country, body) in sorted(BODY_ALIASES.items(), key=lambda kv: -len(kv[0])):
        if re.search(rf"(?<!\w){re.escape(alias)}(?!\w)", text):
            return country or default_country, body
    rest = " ".join(w for w in words if _country_of([w]) is None)
    return country, rest or (kind or "other")


@dataclass(frozen=True)
class Node:
    key: str
    name: str
    media: bool


def source_node(source: dict, outlets: frozenset[str] = frozenset()) -> Node:
    """The identity of one link of a source chain; ``outlets``: the folded names of
    outlets known to publish, so a cited outlet is recognised as one."""
    name, kind = source.get("name") or "", source.get("kind")
    if kind == "media" or norm(name) in outlets:
        return Node("media:" + norm(name), name, True)
    speaks_for = _SPEAKS_FOR.search(source.get("text") or "")
    if speaks_for:  # "the head of the Sumy regional military administration": that administration
        country, body = body_key(speaks_for.group("body"), kind)
        return Node(f"body:{country or '?'}:{body}", name, False)
    if not source.get("anonymous") and re.match(r"^[A-Z][\w’'-]+(?: [A-Z][\w’'-]+)+$", name) and not _org_like(name):
        return Node("person:" + norm(name), name, False)
    country, body = body_key(name, kind)
    return Node(f"body:{country or '?'}:{body}", name, False)


def _org_like(name: str) -> bool:
    words = norm(name).split()
    return any(w in ("ministry", "staff", "force", "forces", "service", "office", "army", "command", "directorate",
                     "administration", "council", "police", "guard", "agency", "committee", "department")
               or w in BODY_ALIASES for w in words)


class _Union:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        while self.parent[x] != x:
            self.parent[x] = self.parent[self.parent[x]]
            x = self.parent[x]
        return x

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            self.parent[max(ra, rb)] = min(ra, rb)


@dataclass
class Chain:
    nodes: list[Node]
    article: str
    outlet: str | None

    @property
    def text(self) -> str:
        return " → ".join(n.name for n in self.nodes)


def _chains(records: list[dict]) -> list[Chain]:
    seen: dict[tuple, Chain] = {}
    outlets = frozenset(norm((r.get("article") or {}).get("outlet") or "") for r in records) - {""}
    for r in records:
        article = r.get("article") or {}
        outlet = article.get("outlet")
        nodes = [source_node(s, outlets) for s in r.get("sources") or []]
        if not nodes and outlet:
            nodes = [Node("media:" + norm(outlet), outlet, True)]
        if not nodes:
            nodes = [Node("article:" + (article.get("id") or r["id"]), f"article {article.get('id')}", True)]
        key = (article.get("id"), tuple(n.key for n in nodes))
        seen.setdefault(key, Chain(nodes, article.get("id") or "", outlet))
    return list(seen.values())


def source_lines(records: list[dict]) -> list[dict[str, Any]]:
    """The independent source lines behind a set of events (see the module docstring)."""
    chains = _chains(records)
    union = _Union()
    for c in chains:
        union.find(c.nodes[0].key)
    # an outlet cited without its source joins what that outlet reported
    published_by: dict[str, list[Chain]] = defaultdict(list)
    for c in chains:
        if c.outlet:
            published_by["media:" + norm(c.outlet)].append(c)
    for c in chains:
        origin = c.nodes[0]
        if origin.media:
            for own in published_by.get(origin.key, []):
                if own is not c:
                    union.union(origin.key, own.nodes[0].key)
    # a source with no country joins the one line of its body that has a country
    bodies: dict[str, set[str]] = defaultdict(set)
    for c in chains:
        key = c.nodes[0].key
        if key.startswith("body:") and not key.startswith("body:?:"):
            bodies[key.split(":", 2)[2]].add(union.find(key))
    for c in chains:
        key = c.nodes[0].key
        if key.startswith("body:?:"):
            roots = bodies.get(key.split(":", 2)[2], set())
            if len(roots) == 1:
                union.union(key, next(iter(roots)))
    lines: dict[str, list[Chain]] = defaultdict(list)
    for c in chains:
        lines[union.find(c.nodes[0].key)].append(c)
    out = []
    for members in lines.values():
        members.sort(key=lambda c: (c.text, c.article))
        originators = sorted({c.nodes[0].name for c in members})
        sources = sorted({n.name for c in members for n in c.nodes[:-1] if len(c.nodes) > 1} | set(originators))
        out.append({
            "originators": originators,
            "sources": sources,
            "chains": sorted({c.text for c in members}),
            "reports": sorted({c.article for c in members}),
        })
    out.sort(key=lambda line: (-len(line["reports"]), line["chains"]))
    return out


# --- disagreements ----------------------------------------------------------

def _quantity_text(q: dict) -> str:
    return str(q.get("value")) + (" (approx)" if q.get("approx") else "")


def _place_text(p: dict) -> str:
    return p.get("name") or p.get("text") or "?"


def _time_text(t: dict) -> str | None:
    if t.get("precision") == "day" and t.get("start") and t.get("start") == t.get("end"):
        return t["start"]
    return None


def conflicts(records: list[dict]) -> list[dict[str, Any]]:
    """Where the events of one type in a story disagree: each value with the reports behind it.

    Values are compared between reports (articles): one article's own events
    never contradict each other, since linking keeps only agreeing events of
    one article together. Counts and places are compared when both are
    given; dates when both are single days; modality when one report denies
    what another asserts; the actor when reports name different sides.
    """
    out = []
    by_type: dict[str, list[dict]] = defaultdict(list)
    for r in records:
        by_type[r["type"]].append(r)
    for event_type, group in sorted(by_type.items()):
        fields = {
            "count": lambda r: r.get("count") and r["count"].get("value") is not None and _quantity_text(r["count"]),
            "fatalities": lambda r: r.get("fatalities") and r["fatalities"].get("value") is not None
            and _quantity_text(r["fatalities"]),
            "injured": lambda r: r.get("injured") and r["injured"].get("value") is not None
            and _quantity_text(r["injured"]),
            "date": lambda r: r.get("time") and _time_text(r["time"]),
            "place": lambda r: r.get("location") and r["location"].get("precision", 4) <= 2
            and _place_text(r["location"]),
            "modality": lambda r: r.get("modality") if r.get("modality") in ("asserted", "denied") else None,
            "target": lambda r: ", ".join(sorted({a["kind"] for a in r.get("actors") or []
                                                  if a.get("role") == "target" and a.get("kind") in
                                                  ("civilians", "military", "armed_group")})) or None,
            "actor": lambda r: ", ".join(sorted({a["country"] for a in r.get("actors") or []
                                                 if a.get("role") == "actor" and a.get("country")})) or None,
        }
        for name, get in fields.items():
            values: dict[str, list[dict]] = defaultdict(list)
            for r in group:
                value = get(r)
                if value:
                    values[str(value)].append(r)
            if len(values) < 2:
                continue
            articles = {(r.get("article") or {}).get("id") for rs in values.values() for r in rs}
            if len(articles) < 2:
                continue
            if name == "count" and _counts_agree(values):
                continue
            sides = []
            for value, rs in sorted(values.items()):
                sides.append({
                    "value": value,
                    "reports": sorted({(r.get("article") or {}).get("id") for r in rs}),
                    "outlets": sorted({(r.get("article") or {}).get("outlet") for r in rs
                                       if (r.get("article") or {}).get("outlet")}),
                    "events": sorted(r["id"] for r in rs),
                })
            out.append({"field": name, "type": event_type, "values": sides})
    return out


def _counts_agree(values: dict[str, list[dict]]) -> bool:
    """'about 40' and '40' are not a disagreement."""
    numbers = {int(v.split()[0]) for v in values}
    return len(numbers) == 1


# --- the story view ---------------------------------------------------------

def story_id(event_ids: Iterable[str]) -> str:
    return "st-" + hashlib.sha256(min(event_ids).encode()).hexdigest()[:16]


def describe(records: list[dict], links: list[dict]) -> dict[str, Any]:
    """A story as the public JSON object: its events, reports, outlets, source lines and conflicts."""
    records = sorted(records, key=lambda r: ((r.get("article") or {}).get("published") or "9999",
                                             (r.get("article") or {}).get("id") or "",
                                             (r.get("evidence") or {}).get("start", 0), r["id"]))
    reports: dict[str, dict] = {}
    for r in records:
        a = r.get("article") or {}
        reports.setdefault(a.get("id"), {"article": a.get("id"), "outlet": a.get("outlet"),
                                         "published": a.get("published"), "title": a.get("title"),
                                         "url": a.get("url"), "events": []})["events"].append(r["id"])
    dated = [rep for rep in reports.values() if rep["published"]]
    first = min(dated, key=lambda rep: (rep["published"], rep["article"])) if dated else None
    lines = source_lines(records)
    types = sorted({r["type"] for r in records})
    starts = sorted(r["time"]["start"] for r in records if r.get("time") and r["time"].get("start"))
    ends = sorted(r["time"]["end"] for r in records if r.get("time") and r["time"].get("end"))
    places = []
    for r in records:
        loc = r.get("location")
        if loc and loc.get("name") and loc["name"] not in places:
            places.append(loc["name"])
    return {
        "id": story_id(r["id"] for r in records),
        "types": types,
        "events": [r["id"] for r in records],
        "reports": list(reports.values()),
        "outlets": sorted({rep["outlet"] for rep in reports.values() if rep["outlet"]}),
        "first_reported": {"article": first["article"], "outlet": first["outlet"], "published": first["published"]}
        if first else None,
        "independent_sources": len(lines),
        "source_lines": lines,
        "conflicts": conflicts(records),
        "time": {"start": starts[0] if starts else None, "end": ends[-1] if ends else None},
        "places": places,
        "links": links,
    }


def cluster(ids: Iterable[str], scores: dict[tuple[str, str], float], threshold: float,
            cap: float | None = None) -> list[list[str]]:
    """Average-link groups of ``ids``: two groups join while the mean score over all
    their pairs (0 for a pair without a link) is at least ``threshold``.

    Deterministic: the result depends only on the ids and the scores, not on
    their order. A member that links strongly to only some of a story's
    events still needs the story as a whole to hold together, so one vague
    report cannot chain two happenings into one story.
    """
    import numpy as np
    from scipy.cluster.hierarchy import fcluster, linkage
    from scipy.spatial.distance import squareform

    ids = sorted(set(ids))
    if len(ids) < 2:
        return [ids] if ids else []
    cap = cap if cap is not None else max([threshold, *scores.values()])
    index = {x: i for i, x in enumerate(ids)}
    distance = np.full((len(ids), len(ids)), cap, dtype=float)
    np.fill_diagonal(distance, 0.0)
    for (a, b), score in scores.items():
        if a in index and b in index and a != b:
            distance[index[a], index[b]] = distance[index[b], index[a]] = cap - min(score, cap)
    tree = linkage(squareform(distance, checks=False), method="average")
    labels = fcluster(tree, t=cap - threshold + 1e-9, criterion="distance")
    groups: dict[int, list[str]] = defaultdict(list)
    for x, label in zip(ids, labels):
        groups[int(label)].append(x)
    return sorted(groups.values(), key=lambda g: g[0])
