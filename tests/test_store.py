"""The SQLite store: schema versions, idempotency, one transaction per article."""

from __future__ import annotations

import sqlite3

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from eventatlas import RawDocument, Store, StoreError, process_document
from eventatlas.records import (
    EVENT_TYPES, Actor, Event, Place, Quantity, Source, Span, TimeSpan, event_from_dict, event_to_dict,
)
from eventatlas.store import SCHEMA_VERSION

from .conftest import REPORTS


def doc(name, published):
    return RawDocument(input=name, text=(REPORTS / f"{name}.txt").read_text(), published=published)


def test_new_database_has_the_current_schema(db):
    with Store(db) as store:
        assert store.schema_version == SCHEMA_VERSION
        assert store.counts() == {"articles": 0, "events": 0, "stories": 0}


def test_article_text_removed_spans_and_events_round_trip(db):
    article, events = process_document(doc("r03_desertion", "2024-01-02"))
    with Store(db) as store:
        saved = store.save(article, events)
        assert saved.article_new and saved.events_new == len(events) == 1
        again = store.save(article, events)
        assert not again.article_new and again.events_new == 0
        stored = store.article(article.id)
        assert stored.text == article.text and stored.removed == article.removed
        assert [event_to_dict(e) for e in store.events(article.id)] == [event_to_dict(e) for e in events]


def test_a_failure_mid_article_leaves_the_store_as_it_was(db):
    first, first_events = process_document(doc("r01_shelling", "2025-03-10"))
    second, second_events = process_document(doc("r08_clash", "2024-04-15"))
    with Store(db) as store:
        store.save(first, first_events)
        # a real constraint the second article's event breaks, raised by SQLite inside the transaction
        store.conn.execute("CREATE TRIGGER no_clashes BEFORE INSERT ON events WHEN NEW.type = 'armed_clash' "
                           "BEGIN SELECT RAISE(ABORT, 'clashes refused'); END")
        with pytest.raises(StoreError, match=r"could not store article \w+ \(clashes refused\)"):
            store.save(second, second_events)
        assert store.article(second.id) is None  # the article row went with the failed event
        assert store.counts() == {"articles": 1, "events": 1, "stories": 1}
        assert store.article(first.id) is not None


def test_newer_schema_is_refused(db):
    conn = sqlite3.connect(db)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    conn.close()
    with pytest.raises(StoreError, match="is newer than this eventatlas understands"):
        Store(db)


def test_foreign_sqlite_file_is_refused(db):
    conn = sqlite3.connect(db)
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(StoreError, match="not an eventatlas database"):
        Store(db)


names = st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=20)
quantities = st.one_of(st.none(), st.builds(Quantity, value=st.integers(0, 10**6), low=st.none() | st.integers(0, 99),
                                            high=st.none() | st.integers(100, 999), approx=st.booleans(), text=names))
events = st.builds(
    Event,
    id=st.text("0123456789abcdef", min_size=16, max_size=16),
    article=st.fixed_dictionaries({"id": names, "url": st.none(), "outlet": st.none() | names,
                                   "published": st.none() | st.just("2024-10-21"), "title": st.none()}),
    type=st.sampled_from(EVENT_TYPES),
    modality=st.sampled_from(["asserted", "hedged", "denied", "planned"]),
    verification=st.sampled_from([None, "unverified", "confirmed"]),
    actors=st.lists(st.builds(Actor, role=st.sampled_from(["actor", "target", "with"]), text=names, name=names,
                              kind=st.sampled_from(["military", "civilians", "other"]), country=st.none() | st.just("UA")),
                    max_size=3),
    count=quantities, fatalities=quantities, injured=quantities,
    location=st.none() | st.builds(Place, text=names, name=names, lat=st.floats(-90, 90), lon=st.floats(-180, 180),
                                   precision=st.integers(1, 4)),
    time=st.none() | st.builds(TimeSpan, text=st.none() | names, start=st.none() | st.just("2024-10-14"),
                               end=st.none() | st.just("2024-10-20"), precision=st.sampled_from(["day", "week", "unknown"])),
    sources=st.lists(st.builds(Source, name=names, kind=st.sampled_from(["media", "intelligence"]),
                               anonymous=st.booleans()), max_size=3),
    evidence=st.builds(Span, text=names, start=st.integers(0, 100), end=st.integers(100, 200)),
    extractor=st.just("eventatlas.rules.v1"),
)


@settings(max_examples=60, deadline=None)
@given(event=events)
def test_event_to_dict_and_back(event):
    assert event_from_dict(event_to_dict(event)) == event


def test_public_surface():
    import eventatlas

    assert sorted(eventatlas.__all__) == sorted([
        "Actor", "Article", "EVENT_TYPES", "Event", "EventAtlasError", "FetchError", "InputError", "Place",
        "Quantity", "RawDocument", "Source", "Span", "Store", "StoreError", "TimeSpan", "ValueProblem",
        "event_from_dict", "event_to_dict", "extract_events", "process_document", "to_article",
    ])
    for name in eventatlas.__all__:
        assert hasattr(eventatlas, name)
