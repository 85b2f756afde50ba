"""``eval types``: event types on the PLOVER gold-standard records.

Data: the PLOVER GSR (322 sentences edited from the CAMEO manual, each coded
with one PLOVER type), ``../shared/benchmarks/plover-gsr``; one split, test.

Each record's sentence is processed on its own.  A record maps to our types
by its PLOVER type and, where PLOVER's types are wider than conflict events,
its mode or context (the ontology's own sub-categories, as listed in
CAMEO2PLOVER-2021.txt):

- FIGHT (conventional military force), any mode: armed_clash, remote_strike,
  territory_change, interception, attack_on_civilians
- ASSAULT (unconventional violence), any mode: attack_on_civilians, remote_strike,
  armed_clash
- COERCE with mode arrest or detain: arrest_detention; with mode seize (occupy
  territory): territory_change
- RETREAT in a military context (withdraw, demobilise, surrender, release of
  people): withdrawal, desertion, prisoner_exchange
- MOBILIZE with mode troops, weapons or police: deployment
- COOPERATE in a military context: training_cooperation

Records of AGREE, CONSULT, DEMAND, DISAPPROVE, INVESTIGATE, PROTEST, REJECT,
SANCTION, SUPPORT, THREATEN and AID are not conflict events.  The rest (COERCE
by bans, curfews, censorship or confiscation; CONCEDE; RETREAT and COOPERATE
outside the military) are political acts outside our types and are counted
but not scored.

- ``type_accuracy``: over the mapped records, the share for which the event we
  extract is of one of the mapped types.  The event judged is the one whose
  trigger is a word of the record's ``eventText``, else the first one; a record
  we extract nothing from counts as wrong.
- ``nonconflict_event_rate``: over the records that are not conflict events,
  the share from which we extract any event.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..pipeline import RawDocument, process_document

NAME = "types"
DATA = "plover-gsr"
SPLITS = ("test",)
NOT_CONFLICT = {"AGREE", "CONSULT", "DEMAND", "DISAPPROVE", "INVESTIGATE", "PROTEST", "REJECT", "SANCTION", "SUPPORT",
                "THREATEN", "AID"}
VIOLENCE = {"armed_clash", "remote_strike", "territory_change", "interception", "attack_on_civilians"}


def ours_for(record: dict) -> set[str] | None:
    """Our event types a PLOVER record corresponds to, or None when it is outside them."""
    event, mode = record.get("event"), str(record.get("mode") or "").lower()
    military = "military" in str(record.get("context") or "").lower()
    if event == "FIGHT":
        return VIOLENCE
    if event == "ASSAULT":
        return {"attack_on_civilians", "remote_strike", "armed_clash"}
    if event == "COERCE" and mode in ("arrest", "detain"):
        return {"arrest_detention"}
    if event == "COERCE" and mode == "seize":
        return {"territory_change"}
    if event == "RETREAT" and military:
        return {"withdrawal", "desertion", "prisoner_exchange"}
    if event == "MOBILIZE" and mode in ("troops", "weapons", "police"):
        return {"deployment"}
    if event == "COOPERATE" and military:
        return {"training_cooperation"}
    return None


def records(data: Path) -> list[dict]:
    items = json.loads((data / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    return [r for r in items if r.get("event") and r.get("event") != "DOCUMENT" and r.get("text")]


def run(data: Path, split: str, limit: int | None = None, progress=None) -> dict:
    items = records(data)
    if limit:
        items = items[:limit]
    mapped_total = mapped_right = other_total = other_with_events = outside = 0
    confusion: Counter = Counter()
    for number, record in enumerate(items, start=1):
        _, events = process_document(RawDocument(input=record["id"], text=record["text"], published=record.get("date")))
        wanted = ours_for(record)
        if wanted:
            mapped_total += 1
            words = {w.lower() for w in str(record.get("eventText", "")).split()}
            judged = next((e for e in events if e.trigger and e.trigger.text.lower() in words), events[0] if events else None)
            got = judged.type if judged else "none"
            mapped_right += got in wanted
            confusion[f"{record['event']}->{got}"] += 1
        elif record["event"] in NOT_CONFLICT:
            other_total += 1
            other_with_events += bool(events)
        else:
            outside += 1
        if progress:
            progress(number, len(items))
    return {
        "benchmark": NAME, "split": split, "records": len(items),
        "mapped_records": mapped_total, "type_accuracy": round(mapped_right / mapped_total, 4) if mapped_total else 0.0,
        "nonconflict_records": other_total, "outside_records": outside,
        "nonconflict_event_rate": round(other_with_events / other_total, 4) if other_total else 0.0,
        "confusion": dict(sorted(confusion.items())),
    }
