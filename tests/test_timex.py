import datetime as dt

import pytest

from eventatlas.timex import find_times, normalise

PUB = dt.date(2024, 10, 21)  # a Monday


def one(text, published=PUB, anchor=None):
    found = find_times(text)
    assert len(found) == 1, found
    span = normalise(found[0], published, anchor)
    return span.start, span.end, span.precision, span.resolution


@pytest.mark.parametrize("text, expected", [
    ("On Oct. 14, they left", ("2024-10-14", "2024-10-14", "day", "relative")),
    ("on 14 October 2024", ("2024-10-14", "2024-10-14", "day", "absolute")),
    ("on October 14th", ("2024-10-14", "2024-10-14", "day", "relative")),
    ("dated 2024-10-14", ("2024-10-14", "2024-10-14", "day", "absolute")),
    ("on 14.10.2024", ("2024-10-14", "2024-10-14", "day", "absolute")),
    ("yesterday", ("2024-10-20", "2024-10-20", "day", "relative")),
    ("on Tuesday", ("2024-10-15", "2024-10-15", "day", "relative")),
    ("last week", ("2024-10-14", "2024-10-20", "week", "relative")),
    ("in early October", ("2024-10-01", "2024-10-10", "month", "absolute")),
    ("since August", ("2024-08-01", None, "month", "relative")),
    ("between Oct. 14 and 16", ("2024-10-14", "2024-10-16", "day", "relative")),
])
def test_forms(text, expected):
    assert one(text) == expected


def test_year_inferred_across_a_year_boundary():
    assert one("on December 28", published=dt.date(2025, 1, 3))[0] == "2024-12-28"


def test_later_counts_from_the_narrative_anchor():
    assert one("Two days later", anchor=dt.date(2024, 10, 14))[:2] == ("2024-10-16", "2024-10-16")


@pytest.mark.parametrize("text", ["On the same day", "that night", "Hours later", "minutes later"])
def test_the_same_day_is_the_day_of_the_event_before(text):
    assert one(text, anchor=dt.date(2024, 10, 14))[:3] == ("2024-10-14", "2024-10-14", "day")
    assert one(text)[3] == "unresolved"  # with no event before it, never the day of publication


def test_relative_without_publication_date_is_unresolved():
    assert one("yesterday", published=None) == (None, None, "unknown", "unresolved")


@pytest.mark.parametrize("text, published, expected", [
    ("this past night", dt.date(2025, 1, 1), ("2024-12-31", "2025-01-01", "day", "relative")),
    ("overnight", dt.date(2024, 3, 1), ("2024-02-29", "2024-03-01", "day", "relative")),
    ("earlier this month", dt.date(2024, 10, 21), ("2024-10-01", "2024-10-21", "month", "relative")),
    ("in mid-October", dt.date(2024, 10, 21), ("2024-10-11", "2024-10-20", "month", "absolute")),
    ("in late December", dt.date(2025, 1, 4), ("2024-12-21", "2024-12-31", "month", "absolute")),
    ("from 10 to 12 May", dt.date(2024, 5, 20), ("2024-05-10", "2024-05-12", "day", "relative")),
    ("last weekend", dt.date(2024, 10, 21), ("2024-10-19", "2024-10-20", "week", "relative")),
    ("the third quarter", dt.date(2024, 10, 21), ("2024-07-01", "2024-09-30", "quarter", "relative")),
    ("next month", dt.date(2024, 12, 15), ("2025-01-01", "2025-01-31", "month", "relative")),
    ("tomorrow", dt.date(2024, 12, 31), ("2025-01-01", "2025-01-01", "day", "relative")),
    ("two weeks ago", dt.date(2024, 10, 21), ("2024-10-04", "2024-10-10", "week", "relative")),
    ("last November", dt.date(2025, 1, 10), ("2024-11-01", "2024-11-30", "month", "relative")),
    ("on Dec. 31", dt.date(2025, 1, 2), ("2024-12-31", "2024-12-31", "day", "relative")),
    ("on January 3", dt.date(2024, 12, 30), ("2025-01-03", "2025-01-03", "day", "relative")),
    ("on Sunday", dt.date(2024, 9, 2), ("2024-09-01", "2024-09-01", "day", "relative")),
    ("last Monday", dt.date(2024, 10, 21), ("2024-10-14", "2024-10-14", "day", "relative")),
    ("in 2023", dt.date(2024, 10, 21), ("2023-01-01", "2023-12-31", "year", "absolute")),
    ("in October 2022", dt.date(2024, 10, 21), ("2022-10-01", "2022-10-31", "month", "absolute")),
    ("over the past day", dt.date(2025, 3, 1), ("2025-02-28", "2025-03-01", "day", "relative")),
])
def test_more_forms(text, published, expected):
    assert one(text, published=published) == expected


@pytest.mark.parametrize("text, value", [
    ("for three years", "P3Y"), ("a decade", "P10Y"), ("recent weeks", "PXW"), ("the past five months", "P5M"),
    ("90 minutes", "PT90M"), ("now", "PRESENT_REF"), ("recently", "PAST_REF"), ("every year", "P1Y"),
    ("the 1990s", "199"), ("last summer", "2024-SU"), ("this week", "2024-W43"),
])
def test_timeml_values(text, value):
    from eventatlas.timex import timex3_value

    [mention] = find_times(text)
    assert timex3_value(mention, normalise(mention, PUB), PUB) == value


def test_publication_date_from_dateline_and_url():
    from eventatlas.timex import publication_date

    assert publication_date("KHARKIV, 3 March 2025 — Drones struck the city.", None) == ("2025-03-03", "dateline")
    assert publication_date("Drones struck the city.", "https://news.example/2025/03/03/drones") == ("2025-03-03", "url")
    assert publication_date("MOSCOW, December 28. /TASS/. Troops advanced.", None) == (None, None)


def test_events_use_the_dateline_and_stay_unresolved_without_any_date():
    from eventatlas import RawDocument, process_document

    article, events = process_document(RawDocument(
        input="d", text="KHARKIV, 3 March 2025 — Russian forces shelled the city of Kupiansk on Sunday, the army said."))
    assert article.published == "2025-03-03" and article.published_source == "dateline"
    assert events[0].time.start == "2025-03-02"
    _, events = process_document(RawDocument(input="n", text="Russian forces shelled the city of Kupiansk on Sunday, the army said."))
    assert events[0].time.start is None and events[0].time.resolution == "unresolved"


def test_a_weekday_in_a_future_clause_is_the_next_one():
    from eventatlas import RawDocument, process_document

    _, events = process_document(RawDocument(
        input="f", text="Ukrainian troops will withdraw from the town on Friday, the commander said.", published="2024-10-21"))
    assert events[0].modality == "planned" and events[0].time.start == "2024-10-25"


def test_acled_time_precision_in_the_record():
    from eventatlas.records import TimeSpan, acled_time_precision

    assert acled_time_precision(TimeSpan("x", "2024-10-14", "2024-10-14", "day")) == 1
    assert acled_time_precision(TimeSpan("x", "2024-10-14", "2024-10-20", "week")) == 2
    assert acled_time_precision(TimeSpan("x", "2024-10-01", "2024-10-31", "month")) == 3
    assert acled_time_precision(TimeSpan(None, None, None, "unknown")) is None


def test_fiscal_year_forms():
    assert one("in the fiscal year", published=dt.date(1989, 10, 26))[:3] == ("1989-01-01", "1989-12-31", "year")
    assert one("the year-earlier period", published=dt.date(1989, 10, 26))[0] == "1988-01-01"
    assert [m.text for m in find_times("profits for the full year rose")] == ["the full year"]
