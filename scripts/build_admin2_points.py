"""Build src/eventatlas/data/admin2_points.tsv.gz: a point for each second-level division.

    python scripts/build_admin2_points.py [../shared/benchmarks/geonames/cities15000.txt.gz]

GeoNames' admin2 table has no coordinates.  For every (country, admin1, admin2)
that holds a place of the GeoNames cities15000 table, this writes its most
populous place: the gazetteer uses it as the district's point when no place is
named after the district.  It also writes the people of all its cities15000
places, a lower bound of the district's population that the gazetteer weighs
a district by.  Data: GeoNames (CC BY 4.0).
"""

from __future__ import annotations

import gzip
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
DEFAULT = ROOT.parent / "shared" / "benchmarks" / "geonames" / "cities15000.txt.gz"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else DEFAULT
    best: dict[tuple[str, str, str], tuple[int, str, str, str]] = {}
    total: dict[tuple[str, str, str], int] = {}
    with gzip.open(source, "rt", encoding="utf-8") as rows:
        for line in rows:
            cols = line.rstrip("\n").split("\t")
            cc, admin1, admin2, population = cols[8], cols[10], cols[11], int(cols[14] or 0)
            if not admin2:
                continue
            key = (cc, admin1, admin2)
            total[key] = total.get(key, 0) + population
            if key not in best or population > best[key][0]:
                best[key] = (population, cols[1], cols[4], cols[5])
    out = ROOT / "src" / "eventatlas" / "data" / "admin2_points.tsv.gz"
    with gzip.open(out, "wt", encoding="utf-8") as handle:
        handle.write("# GeoNames (CC BY 4.0): most populous cities15000 place of each admin2, its people, "
                     "and the people of all the admin2's cities15000 places\n")
        for key, (population, name, lat, lon) in sorted(best.items()):
            cc, admin1, admin2 = key
            handle.write(f"{cc}.{admin1}.{admin2}\t{name}\t{lat}\t{lon}\t{population}\t{total[key]}\n")
    print(f"{len(best)} divisions -> {out}")


if __name__ == "__main__":
    main()
