import pytest

from eventatlas.quantities import parse_quantity, words_to_int


@pytest.mark.parametrize("text, value, low, high, approx", [
    ("18 soldiers", 18, None, None, False),
    ("eighteen soldiers", 18, None, None, False),
    ("around 40 instructors", 40, None, None, True),
    ("about 50 soldiers", 50, None, None, True),
    ("a dozen men", 12, None, None, False),
    ("About a dozen men", 12, None, None, True),
    ("dozens of people", 12, 12, None, True),
    ("tens of drones", 10, 10, None, True),
    ("hundreds of troops", 100, 100, None, True),
    ("more than 20 people", 21, 21, None, True),
    ("at least 15 people", 15, 15, None, False),
    ("up to 50 drones", 50, None, 50, True),
    ("between 10 and 15 soldiers", 10, 10, 15, True),
    ("1,200 troops", 1200, None, None, False),
    ("two hundred and fifty prisoners", 250, None, None, False),
])
def test_counts(text, value, low, high, approx):
    q = parse_quantity(text)
    assert (q.value, q.low, q.high, q.approx) == (value, low, high, approx)


def test_no_number():
    assert parse_quantity("some of the soldiers") is None


def test_words_to_int():
    assert words_to_int("twenty-one") == 21
    assert words_to_int("3 thousand") == 3000
    assert words_to_int("banana") is None
