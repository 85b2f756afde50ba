"""How many real conflict headlines eventatlas finds an event in, on UCDP GED source headlines.

    python scripts/probe_ucdp_headlines.py [--misses]

Every event of the 1,000-row UCDP GED sample (../shared/benchmarks/ucdp-ged-sample) is organised
violence with at least one death, and most cite the headlines of their sources. Each distinct headline
in English (four words or more, most of them English words: not another language or a bare list of
names) is processed on its own, as one article (a lone headline is the article's text). Prints the share
from which at least one event comes out, and with ``--misses`` the headlines with none. A recall probe
for tuning: headlines are terse, many only tell a toll ("163 people died yesterday"), some are report
titles; there is no gold event to compare types with. Asserts nothing.
"""

from __future__ import annotations

import argparse
import csv
import re
from pathlib import Path

from eventatlas import RawDocument, nlp, process_document
from eventatlas.errors import InputError

DATA = Path(__file__).resolve().parents[2] / "shared" / "benchmarks" / "ucdp-ged-sample" / "ucdpged_sample_1000.csv"


def headlines() -> list[str]:
    """The sample's distinct English headlines (UCDP joins several sources' with ";")."""
    words = nlp.dictionary_words()
    found = []
    for row in csv.DictReader(DATA.open(encoding="utf-8")):
        for headline in row["source_headline"].split(";"):
            headline = headline.strip()
            tokens = re.findall(r"[A-Za-z]+", headline)
            if len(headline.split()) < 4 or not tokens:
                continue
            if sum(t.lower() in words for t in tokens) / len(tokens) < 0.6:
                continue  # another language, or a list of names
            found.append(headline)
    return list(dict.fromkeys(found))


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--misses", action="store_true", help="print the headlines no event comes from")
    args = parser.parse_args()
    total = with_event = furniture = 0
    misses = []
    for number, headline in enumerate(headlines()):
        try:
            _, events = process_document(RawDocument(input=f"headline {number}", text=headline))
        except InputError:
            furniture += 1  # the cleaner keeps nothing: a title-cased line taken for a page's title
            continue
        total += 1
        with_event += bool(events)
        if not events:
            misses.append(headline)
    print(f"UCDP GED sample: {total} English headlines processed ({furniture} more taken for page furniture)")
    print(f"share with an event: {with_event / total:.3f} ({with_event} of {total})")
    if args.misses:
        print("\n".join(misses))


if __name__ == "__main__":
    main()
