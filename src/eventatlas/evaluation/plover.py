"""``eval types``: event types on the PLOVER gold-standard records.

Data: the PLOVER GSR (322 sentences edited from the CAMEO manual, each coded
with one PLOVER type), ``../shared/benchmarks/plover-gsr``; one split, test.

Each record's sentence is processed on its own.  PLOVER types map to ours:

- FIGHT (conventional military force): armed_clash, remote_strike, territory_change,
  interception, attack_on_civilians
- ASSAULT (unconventional violence): attack_on_civilians, armed_clash, remote_strike,
  territory_change
- COERCE: arrest_detention; RETREAT: withdrawal, desertion; MOBILIZE: deployment;
  COOPERATE: training_cooperation; CONCEDE: prisoner_exchange

- ``type_accuracy``: over the records whose PLOVER type maps to ours, the share
  for which the event we extract is of one of the mapped types.  The event
  judged is the one whose trigger is a word of the record's ``eventText``, else
  the first one; a record we extract nothing from counts as wrong.
- ``nonconflict_event_rate``: over the records of every other PLOVER type
  (AGREE, DEMAND, PROTEST, ...), the share from which we extract any event.
"""

from __future__ import annotations

import json
from collections import Counter
from pathlib import Path

from ..pipeline import RawDocument, process_document

NAME = "types"
DATA = "plover-gsr"
SPLITS = ("test",)
PLOVER_TO_OURS = {
    "FIGHT": {"armed_clash", "remote_strike", "territory_change", "interception", "attack_on_civilians"},
    "ASSAULT": {"attack_on_civilians", "armed_clash", "remote_strike", "territory_change"},
    "COERCE": {"arrest_detention"},
    "RETREAT": {"withdrawal", "desertion"},
    "MOBILIZE": {"deployment"},
    "COOPERATE": {"training_cooperation"},
    "CONCEDE": {"prisoner_exchange"},
}


def records(data: Path) -> list[dict]:
    items = json.loads((data / "PLOVER_GSR_CAMEO.json").read_text(encoding="utf-8"))
    return [r for r in items if r.get("event") and r.get("event") != "DOCUMENT" and r.get("text")]


def run(data: Path, split: str, limit: int | None = None, progress=None) -> dict:
    items = records(data)
    if limit:
        items = items[:limit]
    mapped_total = mapped_right = other_total = other_with_events = 0
    confusion: Counter = Counter()
    for number, record in enumerate(items, start=1):
        _, events = process_document(RawDocument(input=record["id"], text=record["text"], published=record.get("date")))
        wanted = PLOVER_TO_OURS.get(record["event"])
        if wanted:
            mapped_total += 1
            words = {w.lower() for w in str(record.get("eventText", "")).split()}
            judged = next((e for e in events if e.trigger and e.trigger.text.lower() in words), events[0] if events else None)
            got = judged.type if judged else "none"
            mapped_right += got in wanted
            confusion[f"{record['event']}->{got}"] += 1
        else:
            other_total += 1
            other_with_events += bool(events)
        if progress:
            progress(number, len(items))
    return {
        "benchmark": NAME, "split": split, "records": len(items),
        "mapped_records": mapped_total, "type_accuracy": round(mapped_right / mapped_total, 4) if mapped_total else 0.0,
        "nonconflict_records": other_total,
        "nonconflict_event_rate": round(other_with_events / other_total, 4) if other_total else 0.0,
        "confusion": dict(sorted(confusion.items())),
    }
