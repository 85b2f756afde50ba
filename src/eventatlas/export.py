"""Stage 8 — export: events as JSON Lines (the public record) or a readable table."""

from __future__ import annotations

import json
import shutil
import textwrap
from typing import Any

from .records import Event, Quantity, event_to_json


def jsonl(events: list[Event]) -> str:
    return "".join(event_to_json(e) + "\n" for e in events)


def _quantity(q: Quantity | None) -> str:
    if q is None or q.value is None:
        return "—"
    if q.low is not None and q.high is not None and q.low != q.high:
        return f"{q.low}–{q.high}"
    prefix = "~" if q.approx else ""
    if q.high is not None and q.low is None:
        prefix = "≤"
    elif q.low is not None and q.approx:
        prefix = "≥"
    return f"{prefix}{q.value}"


def _who(event: Event) -> str:
    parts = []
    for role, label in (("actor", ""), ("with", "with "), ("target", "→ ")):
        names = [a.name for a in event.actors if a.role == role]
        if names:
            parts.append(label + ", ".join(names))
    return " ".join(parts) or "—"


def _where(event: Event) -> str:
    loc = event.location
    if loc is None:
        return "—"
    bits = [("near " if loc.relation == "near" else "") + loc.name]
    for extra in (loc.admin2, loc.admin1):
        if extra and extra != loc.name and extra not in bits[0]:
            bits.append(extra)
    if loc.country_code:
        bits.append(loc.country_code)
    return f"{', '.join(bits)} (p{loc.precision})"


def _when(event: Event) -> str:
    t = event.time
    if t is None or (t.start is None and t.end is None):
        return "unresolved"
    if t.precision == "day" and t.start == t.end:
        return t.start
    if t.start and t.end:
        return f"{t.start}…{t.end}"
    if t.start:
        return f"from {t.start}"
    return f"by {t.end}"


def _status(event: Event) -> str:
    bits = [event.modality] if event.modality != "asserted" else []
    if event.verification:
        bits.append(event.verification)
    return ", ".join(bits) or "asserted"


def table(events: list[Event], width: int | None = None) -> str:
    """One block of aligned rows per event, wrapped to the terminal's width."""
    if not events:
        return "no events\n"
    width = width or shutil.get_terminal_size((120, 24)).columns
    headers = ["#", "type", "who / to whom", "count", "where", "when", "sources", "status"]
    rows = []
    for number, e in enumerate(events, start=1):
        count = _quantity(e.count)
        if e.fatalities:
            count += f" ({_quantity(e.fatalities)} killed)"
        if e.injured:
            count += f" ({_quantity(e.injured)} injured)"
        rows.append([str(number), e.type, _who(e), count, _where(e), _when(e),
                     " → ".join(s.name for s in e.sources) or "—", _status(e)])
    fixed = [3, 20, 0, 10, 0, 23, 0, 20]
    flexible = max(60, width - sum(fixed) - 3 * (len(headers) - 1))
    widths = [w or 0 for w in fixed]
    widths[2], widths[4], widths[6] = int(flexible * 0.34), int(flexible * 0.36), flexible - int(flexible * 0.34) - int(flexible * 0.36)
    lines = [" | ".join(h.ljust(w) for h, w in zip(headers, widths)).rstrip(),
             "-+-".join("-" * w for w in widths)]
    for row in rows:
        cells = [textwrap.wrap(c, w) or [""] for c, w in zip(row, widths)]
        for i in range(max(len(c) for c in cells)):
            lines.append(" | ".join((c[i] if i < len(c) else "").ljust(w) for c, w in zip(cells, widths)).rstrip())
    return "\n".join(lines) + "\n"


def stories_jsonl(stories: list[dict[str, Any]]) -> str:
    return "".join(json.dumps(s, ensure_ascii=False) + "\n" for s in stories)


def stories_table(stories: list[dict[str, Any]], show_all: bool = False) -> str:
    """Stories for reading: the happening, its reports, its source lines and its disagreements."""
    shown = [s for s in stories if show_all or len(s["events"]) > 1 or len(s["reports"]) > 1]
    lines = []
    for s in shown:
        start, end = s["time"]["start"], s["time"]["end"]
        when = (f"{start}…{end}" if start and end and start != end else start or (f"by {end}" if end else "date unknown"))
        first = s["first_reported"] or {}
        lines.append(f"{s['id']}  {' / '.join(s['types'])}  {when}  {'; '.join(s['places'][:3]) or 'place unknown'}")
        lines.append(f"  {len(s['events'])} events in {len(s['reports'])} reports from "
                     f"{', '.join(s['outlets']) or 'unknown outlets'}; first: {first.get('outlet') or '?'} "
                     f"{first.get('published') or ''}".rstrip())
        lines.append(f"  independent source lines: {s['independent_sources']}")
        for number, line in enumerate(s["source_lines"], 1):
            lines.append(f"    {number}. " + " | ".join(line["chains"]))
        for c in s["conflicts"]:
            sides = "  vs  ".join(f"{v['value']} ({', '.join(v['outlets']) or ', '.join(v['reports'])})"
                                  for v in c["values"])
            lines.append(f"  disagree on {c['field']} ({c['type']}): {sides}")
        lines.append("")
    hidden = len(stories) - len(shown)
    if hidden:
        lines.append(f"({hidden} single-event stories not shown; --all shows them)")
    return "\n".join(lines) + ("\n" if lines else "")
