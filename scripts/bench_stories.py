"""How fast new events are linked into stories as the store grows.

    python scripts/bench_stories.py [N]

Stores the events of the reports in tests/reports/ and tests/stories/ again and
again, each copy as a new article a day later and 0.1° further east, until N
events (default 5000) are stored, and prints the time per article at several
store sizes. Prints numbers; asserts nothing.
"""

from __future__ import annotations

import copy
import sys
import tempfile
import time
from pathlib import Path

from eventatlas import RawDocument, process_document
from eventatlas.records import content_hash
from eventatlas.store import Store

ROOT = Path(__file__).resolve().parents[1]


def main(total: int) -> None:
    base = []
    for path in sorted((ROOT / "tests" / "reports").glob("*.txt")) + sorted((ROOT / "tests" / "stories").glob("*.txt")):
        article, events = process_document(RawDocument(input=path.name, text=path.read_text(encoding="utf-8"),
                                                       published="2025-03-12", outlet="Bench Wire"))
        base.append((article, events))
    with tempfile.TemporaryDirectory() as tmp, Store(Path(tmp) / "bench.db") as store:
        stored, copy_number, marks = 0, 0, {500, 1000, 2000, 5000, 10000, 20000}
        window_start, window_articles = time.perf_counter(), 0
        while stored < total:
            copy_number += 1
            for article, events in base:
                a = copy.deepcopy(article)
                a.id = content_hash(article.id, str(copy_number))
                day = f"2025-{1 + (copy_number // 28) % 12:02d}-{1 + copy_number % 28:02d}"
                a.published = day
                new_events = []
                for e in copy.deepcopy(events):
                    e.id = content_hash(e.id, str(copy_number))
                    e.article = a.ref()
                    if e.time and e.time.start:
                        e.time.start = day
                    if e.time and e.time.end:
                        e.time.end = day
                    if e.location and e.location.lon is not None:
                        e.location.lon += 0.1 * (copy_number % 50)
                    new_events.append(e)
                store.save(a, new_events)
                stored += len(new_events)
                window_articles += 1
                crossed = [m for m in marks if stored >= m]
                if crossed:
                    marks -= set(crossed)
                    elapsed = time.perf_counter() - window_start
                    counts = store.counts()
                    print(f"{counts['events']:>6} events, {counts['stories']:>6} stories: "
                          f"{1000 * elapsed / window_articles:.1f} ms per article (last {window_articles} articles)")
                    window_start, window_articles = time.perf_counter(), 0
                if stored >= total:
                    break


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 5000)
