"""How far the places eventatlas gives fall from UCDP's coordinates, on UCDP GED place descriptions.

    python scripts/probe_ucdp_places.py

Each of the 1,000 UCDP GED sample events (../shared/benchmarks/ucdp-ged-sample) whose location
precision is 1-3 (a village, a place within 25 km, a district) has a place description written by UCDP
coders ("Kisima village in Beni territory"). Each becomes one sentence, "Fighting was reported in
<description>, <country>.", and the place of the event eventatlas extracts from it is compared with
UCDP's point. Prints the share within 25 km and within 161 km, the events without a point, and the
precision counts. A probe for tuning (the descriptions are terse coder notes, not news prose), not a test.
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from eventatlas import RawDocument, gazetteer, process_document

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ucdp-ged-sample" / "ucdpged_sample_1000.csv"


def main() -> None:
    rows = list(csv.DictReader(DATA.open(encoding="utf-8")))
    total = near = within = pointless = 0
    precisions: Counter = Counter()
    for row in rows:
        description = row["where_description"].strip()
        if not description or row["where_prec"] not in ("1.0", "2.0", "3.0"):
            continue
        country = re.sub(r"\s*\(.*\)", "", row["country"])  # "DR Congo (Zaire)": the name of today
        text = f"Fighting was reported in {description}, {country}."
        _, events = process_document(RawDocument(input=row["id"], text=text, published="2020-01-01"))
        total += 1
        place = events[0].location if events else None
        if place is None or place.lat is None:
            pointless += 1
            continue
        precisions[place.precision] += 1
        distance = gazetteer.km(place.lat, place.lon, float(row["latitude"]), float(row["longitude"]))
        near += distance <= 25
        within += distance <= 161
    print(f"UCDP GED sample: {total} place descriptions of precision 1-3")
    print(f"within 25 km: {near / total:.3f}  within 161 km: {within / total:.3f}  no point: {pointless}")
    print("precision of the places given:", dict(sorted(precisions.items())))


if __name__ == "__main__":
    main()
