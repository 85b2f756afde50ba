"""The canonical example of PRODUCT.md: the seed article, processed with published=2024-10-21.

Every expected value below was read off the article text and PRODUCT.md's
table, not off the program's output.
"""

from __future__ import annotations

import pytest

from eventatlas import RawDocument, process_document
from eventatlas.records import event_to_dict

from .conftest import SEED

pytestmark = pytest.mark.shared


@pytest.fixture(scope="module")
def seed():
    article, events = process_document(
        RawDocument(input=str(SEED), text=SEED.read_text(encoding="utf-8"), published="2024-10-21", outlet="Kyiv Post")
    )
    return article, [event_to_dict(e) for e in events]


def find(events, event_type, trigger_word):
    """The event of a type whose evidence sentence holds a given word."""
    hits = [e for e in events if e["type"] == event_type and trigger_word in e["evidence"]["text"]]
    assert len(hits) == 1, [(e["type"], e["evidence"]["text"][:60]) for e in events]
    return hits[0]


def source_names(event):
    return [s["name"] for s in event["sources"]]


def test_boilerplate_is_removed_and_kept(seed):
    article, _ = seed
    assert "Advertisement" not in article.text
    assert "Romanian" not in article.text and "Romania finds" not in article.text
    assert "Ctrl + Enter" not in article.text and "correction" not in article.text
    removed = {r.text for r in article.removed}
    assert "Other Topics of Interest" in removed
    assert "To suggest a correction or clarification, write to us here" in removed
    # every article sentence survives
    for sentence in ("Kyiv Post cannot independently verify this information.",
                     "On Oct. 14, some of the North Koreans decided to leave their positions"):
        assert sentence in article.text


def test_seven_events_and_nothing_from_the_teaser(seed):
    _, events = seed
    assert len(events) == 7
    assert {e["type"] for e in events} == {"arrest_detention", "deployment", "training_cooperation", "desertion"}
    for e in events:
        assert "Romania" not in e["evidence"]["text"]


def test_evidence_offsets_point_into_the_cleaned_text(seed):
    article, events = seed
    for e in events:
        ev = e["evidence"]
        assert article.text[ev["start"]:ev["end"]] == ev["text"]
        trig = e["trigger"]
        assert article.text[trig["start"]:trig["end"]] == trig["text"]


def test_event_1_detention_in_komarichsky_district(seed):
    _, events = seed
    e = find(events, "arrest_detention", "detained by Russian forces in the Komarichsky")
    assert e["count"]["value"] == 18 and e["count"]["approx"] is False
    assert e["time"]["start"] == e["time"]["end"] == "2024-10-16" and e["time"]["precision"] == "day"
    loc = e["location"]
    assert loc["admin2"].startswith("Komarichskiy") and loc["admin1"] == "Bryansk Oblast"
    assert loc["country_code"] == "RU" and loc["precision"] == 3
    assert abs(loc["lat"] - 52.42) < 0.3 and abs(loc["lon"] - 34.80) < 0.3
    actors = {a["role"]: a for a in e["actors"]}
    assert actors["actor"]["country"] == "RU" and actors["target"]["country"] == "KP"
    assert source_names(e) == ["HUR source", "Kyiv Post"]
    assert e["verification"] == "unverified" and e["modality"] == "asserted"
    # "Two days later, on Oct. 16, the missing soldiers were found and detained" is the same event
    assert any("Oct. 16" in m["text"] for m in e["mentions"])


def test_event_2_deployment_near_kolyachek(seed):
    _, events = seed
    e = find(events, "deployment", "stationed in a forest area near Kolyachek")
    assert e["count"]["value"] == 40 and e["count"]["approx"] is True
    loc = e["location"]
    assert loc["name"] == "Kolyachek" and loc["geonameid"] is None  # not in the bundled gazetteer: kept as written
    assert loc["admin2"].startswith("Khomutovskiy") and loc["admin1"] == "Kursk Oblast"
    assert loc["relation"] == "near" and loc["precision"] == 2 and loc["lat"] is not None
    roles = {(a["role"], a["country"]) for a in e["actors"]}
    assert ("actor", "KP") in roles and ("with", "RU") in roles
    assert e["time"]["end"] == "2024-10-14" and e["time"]["precision"] == "unknown"  # before Oct. 14, day unknown
    assert source_names(e) == ["HUR source", "Kyiv Post"]


def test_event_3_training_both_ways(seed):
    _, events = seed
    e = find(events, "training_cooperation", "training Russian soldiers")
    assert {a["country"] for a in e["actors"]} == {"KP", "RU"}
    assert e["time"]["end"] == "2024-10-14" and e["time"]["precision"] == "unknown"
    assert e["location"]["name"] == "Kolyachek"
    assert source_names(e) == ["HUR source", "Kyiv Post"]


def test_event_4_desertion_on_oct_14(seed):
    _, events = seed
    e = find(events, "desertion", "On Oct. 14")
    assert e["time"]["start"] == "2024-10-14" and e["time"]["precision"] == "day"
    assert e["location"]["name"] == "Kolyachek" and e["location"]["relation"] == "near"
    assert e["count"] is None  # "some of the North Koreans"
    assert e["actors"][0]["country"] == "KP"
    assert source_names(e) == ["HUR source", "Kyiv Post"]


def test_event_5_transfer_to_lgovsky_district(seed):
    _, events = seed
    e = find(events, "deployment", "transferred to the Lgovsky district")
    assert e["count"]["value"] == 40 and e["count"]["approx"] is False
    loc = e["location"]
    assert loc["admin2"].replace("’", "'").startswith("L'govskiy") and loc["admin1"] == "Kursk Oblast"
    assert loc["precision"] == 3
    assert e["time"]["end"] == "2024-10-21" and e["time"]["start"] is None  # on or before publication
    assert source_names(e) == ["HUR source", "Kyiv Post"]


def test_event_6_desertion_reported_by_suspilne(seed):
    _, events = seed
    e = find(events, "desertion", "Suspiline")
    assert e["count"]["value"] == 18
    assert source_names(e) == ["Ukrainian intelligence source", "Suspilne", "Kyiv Post"]
    assert [s["kind"] for s in e["sources"]] == ["intelligence", "media", "media"]
    loc = e["location"]
    assert loc["relation"] == "border" and loc["precision"] == 3 and loc["country_code"] == "RU"
    assert "Bryansk" in loc["name"] and "Kursk" in loc["name"]
    # "Last week" before a Monday 2024-10-21 publication: Monday 14 to Sunday 20 October
    assert (e["time"]["start"], e["time"]["end"], e["time"]["precision"]) == ("2024-10-14", "2024-10-20", "week")


def test_event_7_hedged_future_deployment(seed):
    _, events = seed
    e = find(events, "deployment", "may be deployed")
    assert e["modality"] == "hedged"
    assert e["location"]["admin1"] == "Kursk Oblast" and e["location"]["precision"] == 3
    assert e["time"]["start"] == "2024-10-21" and e["time"]["end"] is None
    assert any(a["role"] == "target" and a["country"] == "UA" for a in e["actors"])
    assert source_names(e) == ["HUR source", "Kyiv Post"]


def test_every_event_is_unverified_and_anonymous_sources_are_flagged(seed):
    _, events = seed
    assert all(e["verification"] == "unverified" for e in events)
    for e in events:
        assert e["sources"][0]["anonymous"] is True
        assert e["acled"]["event_type"] and e["extractor"].startswith("eventatlas.")


def test_cli_stores_the_seed_once(cli, db):
    first = cli("process", str(SEED), "--published", "2024-10-21", "--outlet", "Kyiv Post", "--format", "jsonl")
    assert first.exit_code == 0
    assert len(first.stdout.strip().splitlines()) == 7
    second = cli("process", str(SEED), "--published", "2024-10-21", "--outlet", "Kyiv Post", "--format", "jsonl")
    assert second.exit_code == 0
    assert "7 events, 0 new" in second.stderr
    assert first.stdout == second.stdout  # same text, same events, same ids
