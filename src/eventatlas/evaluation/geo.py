"""``eval geo``: toponyms found and placed, against geoparsing corpora.

Data (``../shared/benchmarks``): ``--corpus gwn`` GeoWebNews (200 articles),
``lgl`` the Local-Global Lexicon corpus (588 local news articles), ``trnews``
TR-News (118 articles), ``geovirus`` GeoVirus (229 WikiNews articles, for
tuning).  Each is one test set.  Gold toponyms are those with coordinates.

- ``end_to_end_161km``: the share of gold toponyms for which a place we found
  overlaps the gold span and lies within 161 km (100 miles) of the gold point;
- ``detection``: precision, recall and F1 of our place spans against all gold
  toponym spans with coordinates (span overlap);
- ``resolution_161km``: given each gold span's text (and the places we found in
  the document as context), the share we place within 161 km; ``resolution_exact``
  the share with the gold GeoNames id, over the toponyms that have one;
- ``docs_per_second``: articles processed per second, parsing included (two worker
  processes parse while the main one finds and resolves places), on this machine.

The places we find are those the pipeline finds, and the other uses in the text
of a name it places (one name, one place within an article), with the names that modify
another word ("U.S. officials", "the Syrian army", "European ministers"): these
refer to a country or a world region, which GeoWebNews, LGL and TR-News mark as
toponyms and GeoVirus does not, but they are never an event's place and do not
steer how the text's other names are resolved.  Given a gold span, a demonym
means its country or region, and an acronym only a country, a region or an area; a
name the gazetteer does not know is placed by the longest part of it that names a place
("Port Harcourt Teaching Hospital" by Port Harcourt), as the pipeline places a site.
"""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from pathlib import Path

from .. import gazetteer, nlp, places
from ..division_points import demonyms
from ..gazetteer import norm
from ..lexicon import REGION_DEMONYMS
from .metrics import prf

NAME = "geo"
DATA = "."
SPLITS = ("test",)
CORPORA = {"gwn": "geowebnews/GWN.xml", "lgl": "lgl/lgl.xml", "trnews": "tr-news/TR-News.xml",
           "geovirus": "geovirus/GeoVirus.xml"}


def _num(node, tag):
    found = node.find(tag)
    try:
        return float(found.text) if found is not None and found.text else None
    except ValueError:
        return None


def documents(path: Path) -> list[tuple[str, list[dict]]]:
    """(text, gold toponyms) of each article; a toponym has start, end, lat, lon and an optional geonameid."""
    docs = []
    for article in ET.parse(path).getroot().iter("article"):
        text_node = article.find("text")
        text = text_node.text if text_node is not None and text_node.text else ""
        gold = []
        for top in [*article.iter("toponym"), *article.iter("location")]:
            start, end = top.findtext("start"), top.findtext("end")
            gaz = top.find("gaztag")
            if gaz is not None:  # LGL, TR-News
                lat, lon, gid = _num(gaz, "lat"), _num(gaz, "lon"), gaz.get("geonameid")
            elif top.find("latitude") is not None:  # GeoWebNews
                lat, lon, gid = _num(top, "latitude"), _num(top, "longitude"), top.findtext("geonamesID")
            else:  # GeoVirus
                lat, lon, gid = _num(top, "lat"), _num(top, "lon"), None
            if start is None or end is None or lat is None or lon is None:
                continue
            start, end = _aligned(text, int(start), int(end), top.findtext("phrase") or top.findtext("name")
                                  or top.findtext("extractedName"))
            gold.append({"start": start, "end": end, "lat": lat, "lon": lon,
                         "geonameid": int(gid) if gid and gid.strip().isdigit() else None})
        docs.append((text, gold))
    return docs


def _aligned(text: str, start: int, end: int, name: str | None) -> tuple[int, int]:
    """Gold offsets moved onto the written name where a corpus counts from 1 or around a stray character."""
    if not name or text[start:end] == name:
        return start, end
    for shift in (-1, 1, -2, 2, -3, 3):
        if text[start + shift:end + shift] == name:
            return start + shift, end + shift
    return start, end



def found_places(text: str, gaz, doc=None) -> tuple[list[tuple[int, int, places.Place]], dict]:
    """Every place mention eventatlas finds in a text, each resolved on its own with the text as context."""
    doc = doc if doc is not None else nlp.parse(text)
    mentions = [m for sent in doc.sents for m in places.find_mentions(sent, gaz, modifiers=True)]
    context = places.context_of(mentions)
    mentions += places.repeated(doc, mentions)
    out = []
    for mention in mentions:
        place = places.resolve([mention], "in", gaz, context)
        if place is not None and place.lat is not None:
            out.append((mention.start, mention.end, place))
    return out, context


def resolve_name(name: str, gaz, context: dict):
    """The gazetteer entry a name most likely means, given the document's context.

    A span the corpus marks as a toponym may be a demonym ("British"): it means its country."""
    key = norm(name)
    if key in REGION_DEMONYMS:  # "European", "Central American": the world region
        candidates = places.world_region(gaz, key)
    elif key in demonyms():  # "Canadian" is Canada, not Canadian, Texas
        candidates = [c for c in [gaz.country(demonyms()[key])] if c is not None]
    else:  # as the pipeline looks names up: an acronym ("EU", "BC") names a country, a region or an area
        candidates = places.candidates_for(gaz, name) or gaz.divisions(name)
    if not candidates:  # "Port Harcourt Teaching Hospital": the place a longer name holds
        name, candidates = places.known_part(gaz, name)
    if not candidates:
        return None
    return max(candidates, key=lambda e: places.score(e, context, name))


def run(data: Path, split: str, limit: int | None = None, progress=None, corpus: str = "gwn") -> dict:
    if corpus not in CORPORA:
        from ..errors import ValueProblem

        raise ValueProblem(f"unknown corpus '{corpus}'; choose one of: {', '.join(CORPORA)}")
    docs = documents(data / CORPORA[corpus])
    docs = docs[:limit] if limit else docs
    gaz = gazetteer.load()
    n_gold = n_pred = det_pred = det_gold = e2e = res_161 = res_exact = with_id = 0
    started = time.perf_counter()
    # two worker processes on a long list; place finding reads no lemmas
    parsed = nlp.parse_many((text for text, _ in docs), disable=("lemmatizer",))
    try:
        for number, doc in enumerate(parsed, start=1):  # read to the end, so the workers finish
            text, gold = docs[number - 1]
            found, context = found_places(text, gaz, doc)
            n_gold += len(gold)
            n_pred += len(found)
            det_pred += sum(1 for s, e, _ in found if any(s < g["end"] and g["start"] < e for g in gold))
            for g in gold:
                overlapping = [p for s, e, p in found if s < g["end"] and g["start"] < e]
                det_gold += bool(overlapping)
                e2e += any(gazetteer.km(p.lat, p.lon, g["lat"], g["lon"]) <= 161 for p in overlapping)
                entry = resolve_name(text[g["start"]:g["end"]], gaz, context)
                if entry is not None:
                    res_161 += gazetteer.km(entry.lat, entry.lon, g["lat"], g["lon"]) <= 161
                if g["geonameid"]:
                    with_id += 1
                    res_exact += entry is not None and entry.geonameid == g["geonameid"]
            if progress:
                progress(number, len(docs))
    finally:
        parsed.close()  # an error mid-way ends the parsing workers
    elapsed = time.perf_counter() - started
    return {
        "benchmark": NAME, "corpus": corpus, "documents": len(docs), "gold_toponyms": n_gold, "found": n_pred,
        "end_to_end_161km": round(e2e / n_gold, 4) if n_gold else 0.0,
        "detection": prf(det_pred, n_pred, det_gold, n_gold),
        "resolution_161km": round(res_161 / n_gold, 4) if n_gold else 0.0,
        "resolution_exact": round(res_exact / with_id, 4) if with_id else None,
        "docs_per_second": round(len(docs) / elapsed, 1) if elapsed else None,
    }
