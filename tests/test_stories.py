"""Stories: one incident reported five ways, a look-alike a week later, another town the same day,
and the seed's desertion/detention story.

tests/stories/ holds short reports written for eventatlas: a guided-bomb strike on
Bilopillia (Sumy region) on Tuesday 11 March 2025 told by five invented outlets
(a1–a5) in different wording and spellings (Belopolye), with different tolls
(three dead; four after a woman died in hospital), dates (Borderland Post says
Monday) and targets (Moscow claims a command post); b1 is a strike on the same
town a week later; c1 a strike on Kramatorsk on the same day. The expected
stories, lines and disagreements below were worked out from those texts.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path

import pytest

from eventatlas import RawDocument, process_document
from eventatlas.linking import Profile, compare, why_not
from eventatlas.records import event_to_dict
from eventatlas.stories import source_lines
from eventatlas.store import Store

from .conftest import ROOT, SEED

STORIES = ROOT / "tests" / "stories"
REPORTS = [tuple(line.split("\t")) for line in (STORIES / "index.tsv").read_text(encoding="utf-8").splitlines()
           if line and not line.startswith("#")]  # file, outlet, published


def ingest(db: Path, order) -> dict[str, str]:
    """Store the reports in the given order; returns file name → article id."""
    ids = {}
    with Store(db) as store:
        for name, outlet, published in order:
            text = (STORIES / f"{name}.txt").read_text(encoding="utf-8")
            article, events = process_document(RawDocument(input=name, text=text, outlet=outlet, published=published))
            store.save(article, events)
            ids[name] = article.id
    return ids


@pytest.fixture(scope="module")
def stored(tmp_path_factory):
    db = tmp_path_factory.mktemp("stories") / "events.db"
    ids = ingest(db, REPORTS)
    with Store(db) as store:
        return ids, store.stories()


def story_of(stories, article_id):
    found = [s for s in stories if any(r["article"] == article_id for r in s["reports"])
             and "remote_strike" in s["types"] and len(s["reports"]) > 1]
    assert len(found) == 1, [(s["types"], [r["outlet"] for r in s["reports"]]) for s in stories]
    return found[0]


def test_the_five_reports_are_one_story(stored):
    ids, stories = stored
    story = story_of(stories, ids["a1_courier"])
    assert {r["article"] for r in story["reports"]} == {ids[n] for n in ("a1_courier", "a2_ledger", "a3_wire",
                                                                           "a4_monitor", "a5_borderland")}
    assert story["outlets"] == ["Borderland Post", "Dnipro Daily Wire", "Eastern Monitor", "Northern Ledger",
                                "Sumy Courier"]
    assert story["first_reported"] == {"article": ids["a1_courier"], "outlet": "Sumy Courier",
                                       "published": "2025-03-11"}
    assert "Bilopillia" in story["places"]


def test_a_week_later_and_another_town_are_other_stories(stored):
    ids, stories = stored
    story = story_of(stories, ids["a1_courier"])
    members = {r["article"] for r in story["reports"]}
    assert ids["b1_courier"] not in members
    assert ids["c1_wire"] not in members


def test_three_independent_source_lines(stored):
    ids, stories = stored
    story = story_of(stories, ids["a1_courier"])
    # the regional administration (told by its head to Sumy Courier, and to Northern Ledger), with
    # Dnipro Daily Wire citing Sumy Courier; the Russian Defence Ministry; Borderland Post's own reporter
    assert story["independent_sources"] == 3
    by_report = {}
    for number, line in enumerate(story["source_lines"]):
        for article in line["reports"]:
            by_report.setdefault(article, set()).add(number)
    same = {n for name in ("a1_courier", "a2_ledger", "a3_wire") for n in by_report[ids[name]]}
    assert len(same) == 1
    assert by_report[ids["a4_monitor"]].isdisjoint(same)
    assert by_report[ids["a5_borderland"]].isdisjoint(same | by_report[ids["a4_monitor"]])
    moscow = story["source_lines"][next(iter(by_report[ids["a4_monitor"]]))]
    assert moscow["originators"] == ["Russian Defence Ministry"]


def test_disagreements_are_listed_with_their_reports(stored):
    ids, stories = stored
    story = story_of(stories, ids["a1_courier"])
    conflicts = {c["field"]: {v["value"]: set(v["outlets"]) for v in c["values"]} for c in story["conflicts"]}
    assert conflicts["fatalities"]["3"] >= {"Sumy Courier", "Borderland Post"}
    assert conflicts["fatalities"]["4"] == {"Northern Ledger"}
    assert conflicts["date"]["2025-03-10"] == {"Borderland Post"}
    assert "Sumy Courier" in conflicts["date"]["2025-03-11"]
    assert conflicts["target"]["military"] == {"Eastern Monitor"}
    assert "Sumy Courier" in conflicts["target"]["civilians"]


def test_links_say_why(stored):
    ids, stories = stored
    story = story_of(stories, ids["a1_courier"])
    assert story["links"]
    for link in story["links"]:
        assert link["score"] >= 4.0
        assert set(link["events"]) <= set(story["events"])
        assert "type" in link["agreed"] and ("place" in link["agreed"] or "time" in link["agreed"])


def test_stories_do_not_depend_on_the_order_of_ingest(stored, tmp_path):
    ids, stories = stored
    ingest(tmp_path / "reverse.db", list(reversed(REPORTS)))
    with Store(tmp_path / "reverse.db") as store:
        again = store.stories()
    assert sorted((s["id"], tuple(s["events"])) for s in again) == sorted((s["id"], tuple(s["events"])) for s in stories)


def test_a_new_report_joins_without_relinking_the_store(tmp_path):
    db = tmp_path / "events.db"
    ids = ingest(db, REPORTS[:2])
    with Store(db) as store:
        links_before = store.conn.execute("SELECT a, b, score FROM links").fetchall()
    ingest(db, REPORTS[2:3])
    with Store(db) as store:
        links_after = store.conn.execute("SELECT a, b, score FROM links").fetchall()
        story = story_of(store.stories(), ids["a1_courier"])
    assert set(links_before) <= set(links_after)
    assert len(story["reports"]) == 3


def test_a_database_from_before_stories_gets_its_stories(tmp_path):
    db = tmp_path / "events.db"
    ingest(db, REPORTS[:2])
    conn = sqlite3.connect(db)  # back to what schema 1 held: events with no stories, no links
    conn.execute("DELETE FROM links")
    conn.execute("UPDATE events SET story_id = NULL")
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.conn.execute("SELECT count(*) FROM events WHERE story_id IS NULL").fetchone()[0] == 0
        assert any(len(s["reports"]) == 2 for s in store.stories())


# --- linking rules on records written here -------------------------------------------------------

def record(id, article="a", type="desertion", published="2024-10-21", outlet="Outlet A", time=None, place=None,
           count=None, actors=None, modality="asserted", text="", sources=None):
    return {
        "id": id, "type": type, "modality": modality,
        "article": {"id": article, "outlet": outlet, "published": published},
        "time": time, "location": place, "count": count,
        "actors": actors or [{"role": "actor", "name": "North Korean soldiers", "kind": "military", "country": "KP"}],
        "evidence": {"text": text}, "sources": sources or [{"name": outlet, "kind": "media"}],
    }


DAY16 = {"start": "2024-10-16", "end": "2024-10-16", "precision": "day"}
DAY15 = {"start": "2024-10-15", "end": "2024-10-15", "precision": "day"}
KOMARICHI = {"name": "Komarichi", "lat": 52.42, "lon": 34.79, "admin1": "Bryansk Oblast",
             "admin2": "Komarichskiy Rayon", "country_code": "RU", "precision": 1, "relation": "in"}
KOMARICHSKY = {"name": "Komarichskiy Rayon", "lat": 52.42, "lon": 34.8, "admin1": "Bryansk Oblast",
               "admin2": "Komarichskiy Rayon", "country_code": "RU", "precision": 3, "relation": "in"}
BRYANSK = {"name": "Bryansk Oblast", "lat": 52.9, "lon": 33.4, "admin1": "Bryansk Oblast", "admin2": None,
           "country_code": "RU", "precision": 3, "relation": "in"}
LGOVSKY = {"name": "L’govskiy Rayon", "lat": 51.69, "lon": 35.28, "admin1": "Kursk Oblast",
           "admin2": "L’govskiy Rayon", "country_code": "RU", "precision": 3, "relation": "in"}
KHARKIV = {"name": "Kharkiv", "lat": 49.99, "lon": 36.23, "admin1": "Kharkivs'ka Oblast'", "admin2": None,
           "country_code": "UA", "precision": 1, "relation": "in"}


def q(value):
    return {"value": value, "low": None, "high": None, "approx": False, "text": str(value)}


def test_a_village_inside_its_district_inside_its_region_links():
    village = Profile.of(record("1", article="a", time=DAY16, place=KOMARICHI))
    district = Profile.of(record("2", article="b", time=DAY16, place=KOMARICHSKY))
    region = Profile.of(record("3", article="c", time=DAY16, place=BRYANSK))
    for a, b in ((village, district), (district, region), (village, region)):
        link = compare(a, b)
        assert link is not None, why_not(a, b)
        assert "within" in link.agreed["place"]


def test_18_against_20_links_as_a_disagreement_but_18_against_200_does_not():
    a = Profile.of(record("1", article="a", time=DAY16, place=KOMARICHSKY, count=q(18)))
    b = Profile.of(record("2", article="b", time=DAY16, place=KOMARICHSKY, count=q(20)))
    c = Profile.of(record("3", article="c", time=DAY16, place=KOMARICHSKY, count=q(200)))
    link = compare(a, b)
    assert link is not None and link.differed["count"] == "18 vs 20"
    assert compare(a, c) is None and "count" in why_not(a, c)


def test_one_day_apart_across_reports_but_not_within_one():
    a = Profile.of(record("1", article="a", time=DAY16, place=KOMARICHSKY, count=q(18)))
    b = Profile.of(record("2", article="b", time=DAY15, place=KOMARICHSKY, count=q(18)))
    same_article = Profile.of(record("3", article="a", time=DAY15, place=KOMARICHSKY, count=q(18)))
    assert compare(a, b).differed["time"] == "2024-10-16 vs 2024-10-15"
    assert compare(a, same_article) is None


def test_different_districts_countries_types_and_futures_never_link():
    base = Profile.of(record("1", article="a", time=DAY16, place=KOMARICHSKY))
    assert "place" in why_not(base, Profile.of(record("2", article="b", time=DAY16, place=LGOVSKY)))
    assert "place" in why_not(base, Profile.of(record("3", article="b", time=DAY16, place=KHARKIV)))
    assert "type" in why_not(base, Profile.of(record("4", article="b", type="remote_strike", time=DAY16,
                                                        place=KOMARICHSKY)))
    planned = Profile.of(record("5", article="b", time=DAY16, place=KOMARICHSKY, modality="planned"))
    assert "announced" in why_not(base, planned)


def test_deserters_detained_two_days_later_link():
    fled = Profile.of(record("1", article="a", type="desertion", time=DAY15, place=KOMARICHSKY, count=q(18)))
    caught = Profile.of(record("2", article="b", type="arrest_detention", time=DAY16, place=KOMARICHSKY,
                               count=q(18), actors=[{"role": "target", "name": "North Korean soldiers",
                                                     "kind": "military", "country": "KP"},
                                                    {"role": "actor", "name": "Russian forces", "kind": "military",
                                                     "country": "RU"}]))
    link = compare(fled, caught)
    assert link is not None, why_not(fled, caught)
    assert "actors" not in link.differed  # the deserters are the detainees, not another side


# --- source lines ------------------------------------------------------------------------------------

def chain(*names_kinds, anonymous=()):
    return [{"name": n, "kind": k, "anonymous": n in anonymous} for n, k in names_kinds]


def test_three_names_of_ukrainian_military_intelligence_are_one_line():
    records = [
        record("1", article="a", outlet="Kyiv Post",
               sources=chain(("HUR source", "intelligence"), ("Kyiv Post", "media"), anonymous={"HUR source"})),
        record("2", article="b", outlet="Outlet B",
               sources=chain(("Ukrainian intelligence source", "intelligence"), ("Outlet B", "media"),
                             anonymous={"Ukrainian intelligence source"})),
        record("3", article="c", outlet="Outlet C",
               sources=chain(("military intelligence source", "intelligence"), ("Outlet C", "media"),
                             anonymous={"military intelligence source"})),
    ]
    lines = source_lines(records)
    assert len(lines) == 1 and lines[0]["reports"] == ["a", "b", "c"]


def test_an_outlet_citing_an_outlet_is_not_independent_of_it():
    records = [
        record("1", article="a", outlet="Suspilne",
               sources=chain(("General Staff of the Armed Forces of Ukraine", "military"), ("Suspilne", "media"))),
        record("2", article="b", outlet="Kyiv Post", sources=chain(("Suspilne", "media"), ("Kyiv Post", "media"))),
        record("3", article="c", outlet="Outlet C", sources=chain(("Outlet C", "media"))),
        record("4", article="d", outlet="Outlet D",
               sources=chain(("Russian Defence Ministry", "military"), ("Outlet D", "media"))),
    ]
    lines = source_lines(records)
    assert sorted(line["reports"] for line in lines) == [["a", "b"], ["c"], ["d"]]


def test_a_person_speaking_for_a_body_is_that_body():
    records = [
        record("1", article="a", outlet="A", sources=[
            {"name": "Ivan Petrenko", "kind": "government", "anonymous": False,
             "text": "Ivan Petrenko, head of the Sumy regional military administration"},
            {"name": "A", "kind": "media"}]),
        record("2", article="b", outlet="B", sources=chain(("Sumy regional military administration", "government"),
                                                         ("B", "media"))),
    ]
    assert len(source_lines(records)) == 1


# --- the seed ---------------------------------------------------------------------------------------

@pytest.mark.shared
def test_seed_desertion_detention_and_suspilne_report_are_one_story_with_one_line(tmp_path):
    text = SEED.read_text(encoding="utf-8")
    article, events = process_document(RawDocument(input="seed", text=text, published="2024-10-21",
                                                   outlet="Kyiv Post"))
    with Store(tmp_path / "events.db") as store:
        store.save(article, events)
        stories = store.stories()
    records = {e.id: event_to_dict(e) for e in events}
    desertions = [r for r in records.values() if r["type"] == "desertion"]
    detention = [r for r in records.values() if r["type"] == "arrest_detention"]
    assert len(desertions) == 2 and len(detention) == 1
    wanted = {r["id"] for r in desertions + detention}
    story = next(s for s in stories if wanted & set(s["events"]))
    assert set(story["events"]) == wanted  # and none of the deployments
    assert story["independent_sources"] == 1
    assert {c for line in story["source_lines"] for c in line["chains"]} >= {
        "HUR source → Kyiv Post", "Ukrainian intelligence source → Suspilne → Kyiv Post"}


# --- the command ------------------------------------------------------------------------------------

def test_stories_command_filters_and_prints_jsonl(tmp_path):
    from click.testing import CliRunner

    from eventatlas.cli import main

    db = tmp_path / "events.db"
    ids = ingest(db, REPORTS)
    runner = CliRunner()
    out = runner.invoke(main, ["stories", "--db", str(db), "--format", "jsonl"], catch_exceptions=False)
    assert out.exit_code == 0
    stories = [json.loads(line) for line in out.output.splitlines()]
    for key in ("id", "events", "reports", "outlets", "first_reported", "independent_sources", "source_lines",
                "conflicts"):
        assert all(key in s for s in stories), key
    later = runner.invoke(main, ["stories", "--db", str(db), "--format", "jsonl", "--since", "2025-03-19"])
    later_reports = {r["article"] for line in later.output.splitlines() for r in json.loads(line)["reports"]}
    assert ids["b1_courier"] in later_reports and ids["c1_wire"] not in later_reports
    typed = runner.invoke(main, ["stories", "--db", str(db), "--format", "jsonl", "--type", "remote_strike"])
    assert all("remote_strike" in json.loads(line)["types"] for line in typed.output.splitlines())
    table = runner.invoke(main, ["stories", "--db", str(db), "--format", "table"])
    assert "independent source lines: 3" in table.output
    bad = runner.invoke(main, ["stories", "--db", str(db), "--since", "last week"])
    assert bad.exit_code == 2 and "--since" in bad.output and "YYYY-MM-DD" in bad.output


# --- the ECB+ scores ---------------------------------------------------------------------------------

def test_cluster_scores_on_a_worked_example():
    from eventatlas.evaluation.metrics import conll

    gold = {"a": 1, "b": 1, "c": 1, "d": 2, "e": 2}
    predicted = {"a": "x", "b": "x", "c": "y", "d": "y", "e": "y"}
    scores = conll(predicted, gold)
    # worked by hand: B³ (1+1+1/3+2/3+2/3)/5 both ways; MUC 2 of 3 links both ways; CEAF-e (0.8+0.8)/2
    assert scores["b3"] == {"precision": 0.7333, "recall": 0.7333, "f1": 0.7333}
    assert scores["muc"] == {"precision": 0.6667, "recall": 0.6667, "f1": 0.6667}
    assert scores["ceafe"] == {"precision": 0.8, "recall": 0.8, "f1": 0.8}
    assert scores["conll_f1"] == round((0.7333 + 0.6667 + 0.8) / 3, 4)


def test_average_link_keeps_a_bridge_from_chaining_two_groups():
    from eventatlas.stories import cluster

    # x links strongly to a and to d, but a–b and d–e are the groups; single links would join all five
    scores = {("a", "b"): 9, ("d", "e"): 9, ("a", "x"): 5, ("d", "x"): 5}
    groups = cluster(["a", "b", "d", "e", "x"], scores, threshold=2.0, cap=12.0)
    assert ["a", "b"] in groups or ["a", "b", "x"] in groups
    assert not any({"a", "d"} <= set(g) for g in groups)


@pytest.mark.shared
def test_eval_stories_on_two_dev_topics():
    from eventatlas.evaluation import evaluate

    metrics = evaluate("stories", "dev", limit=2)
    assert metrics["topics"] == 2 and metrics["documents"] == 44  # topics 2 (10 + 11 documents) and 5 (13 + 10)
    assert metrics["gold_stories"] == 4
    assert 0 < metrics["b3"]["f1"] <= 1 and "conll_f1" in metrics


def test_one_village_against_another_is_listed():
    from eventatlas.stories import conflicts

    # Lgov and Kolpakovo (Lgovsky district) are about 10 km apart: two reports naming either
    lgov = {"name": "L’gov", "lat": 51.659, "lon": 35.264, "admin1": "Kursk Oblast", "admin2": "L’govskiy Rayon",
            "country_code": "RU", "precision": 1, "relation": "in"}
    kolpakovo = {"name": "Kolpakovo", "lat": 51.74, "lon": 35.33, "admin1": "Kursk Oblast",
                 "admin2": "L’govskiy Rayon", "country_code": "RU", "precision": 1, "relation": "in"}
    a = record("1", article="a", outlet="Outlet A", time=DAY16, place=lgov, count=q(18))
    b = record("2", article="b", outlet="Outlet B", time=DAY16, place=kolpakovo, count=q(18))
    link = compare(Profile.of(a), Profile.of(b))
    assert link is not None and link.differed["place"] == "L’gov vs Kolpakovo"
    listed = {c["field"]: c for c in conflicts([a, b])}
    assert [(v["value"], v["outlets"]) for v in listed["place"]["values"]] == [
        ("Kolpakovo", ["Outlet B"]), ("L’gov", ["Outlet A"])]
    assert "count" not in listed


def test_a_schema_1_database_is_migrated_and_linked(tmp_path):
    from eventatlas.store import MIGRATIONS

    db = tmp_path / "v1.db"
    conn = sqlite3.connect(db)
    conn.executescript(MIGRATIONS[0] + "; PRAGMA user_version = 1;")
    for name, outlet, published in REPORTS[:2]:  # what a first-version store held: articles and events only
        text = (STORIES / f"{name}.txt").read_text(encoding="utf-8")
        article, events = process_document(RawDocument(input=name, text=text, outlet=outlet, published=published))
        conn.execute("INSERT INTO articles (id, text, outlet, published) VALUES (?, ?, ?, ?)",
                     (article.id, article.text, outlet, published))
        for e in events:
            r = event_to_dict(e)
            conn.execute("INSERT INTO events (id, article_id, type, modality, extractor, record, time_start, time_end)"
                         " VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                         (e.id, article.id, e.type, e.modality, e.extractor, json.dumps(r),
                          (r["time"] or {}).get("start"), (r["time"] or {}).get("end")))
    conn.commit()
    conn.close()
    with Store(db) as store:
        assert store.schema_version == 2
        assert any(len(s["reports"]) == 2 for s in store.stories())


def test_the_store_finds_every_pair_compare_links_whatever_the_time_form(tmp_path):
    """The candidate query narrows by day in SQL; it must never drop a pair ``compare`` would link:
    exact days, ranges, a start or an end only (a month-long open window), undated events
    placed by their article's week, and a month given without a day."""
    from eventatlas.records import Actor, Article, Event, Place, Span, TimeSpan

    times = [("2024-10-16", "2024-10-16", "day"), ("2024-10-12", "2024-10-14", "range"), ("2024-09-20", None, "unknown"),
             (None, "2024-11-10", "unknown"), (None, None, "unknown"), ("2024-10", None, "month"),
             ("2024-10-19", "2024-10-19", "day"), ("2024-11-12", "2024-11-12", "day")]
    published = ["2024-10-17", "2024-10-21", "2024-11-15"]
    events, profiles = [], []
    for i, (start, end, precision) in enumerate(times):
        for j, day in enumerate(published):
            article = {"id": f"art{j}", "outlet": f"Outlet {j}", "published": day, "url": None, "title": None}
            e = Event(id=f"e{i}{j}", article=article, type="desertion" if i % 2 else "arrest_detention",
                      actors=[Actor("actor", "North Korean soldiers", "North Korean soldiers", "military", "KP")],
                      location=Place("Komarichi", "Komarichi", lat=52.42, lon=34.79, country_code="RU", precision=1),
                      time=TimeSpan(None, start, end, precision),
                      evidence=Span("North Korean soldiers deserted near Komarichi", 0, 44))
            events.append(e)
            profiles.append(Profile.of(event_to_dict(e)))
    expected = {tuple(sorted((a.id, b.id))) for a in profiles for b in profiles
                if a.id < b.id and compare(a, b) is not None}
    assert len(expected) > 20  # the case is worth testing only when many pairs link
    with Store(tmp_path / "events.db") as store:
        for j, day in enumerate(published):
            mine = [e for e in events if e.article["id"] == f"art{j}"]
            store.save(Article(id=f"art{j}", text="-", published=day), mine)
        found = {tuple(sorted(pair)) for pair in store.conn.execute("SELECT a, b FROM links")}
    assert found == expected
