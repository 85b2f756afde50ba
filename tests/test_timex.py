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


def test_relative_without_publication_date_is_unresolved():
    assert one("yesterday", published=None) == (None, None, "unknown", "unresolved")
