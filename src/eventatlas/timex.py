"""Stage 5a — resolve time: time expressions as written to dates with a precision.

``find_times(text)`` finds the expressions in a sentence; ``normalise`` turns
one into a ``TimeSpan`` relative to the publication date, or — for "two days
later", "the next day" — relative to the narrative anchor (the date of the
event before it).  An expression that cannot be resolved (no publication
date, say) is kept with ``resolution: unresolved``: never guessed.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

from .quantities import words_to_int
from .records import TimeSpan

_MONTHS = {name.lower(): i for i, name in enumerate(calendar.month_name) if name}
_MONTHS.update({name.lower(): i for i, name in enumerate(calendar.month_abbr) if name})
_MONTHS["sept"] = 9
_MONTH = r"(?P<month>January|February|March|April|May|June|July|August|September|October|November|December|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\.?"
_DAY = r"(?P<day>[0-3]?\d)(?:st|nd|rd|th)?"
_YEAR = r"(?P<year>(?:19|20)\d\d)"
_WEEKDAYS = {name.lower(): i for i, name in enumerate(calendar.day_name)}
_WEEKDAY = r"(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)"
_NUM = r"(?P<n>\d+|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|a)"
_UNIT = r"(?P<unit>day|week|month|year)s?"


@dataclass
class TimeMention:
    text: str
    start: int
    end: int
    kind: str
    groups: dict[str, str | None]


_PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(r"\b(?P<year>(?:19|20)\d\d)-(?P<month>[01]\d)-(?P<day>[0-3]\d)\b")),
    ("dmy_num", re.compile(r"\b(?P<day>[0-3]?\d)[./](?P<month>[01]?\d)[./](?P<year>(?:19|20)\d\d)\b")),
    ("range_md", re.compile(rf"\b(?:between|from)\s+{_MONTH}\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|-)\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?(?:,?\s+{_YEAR})?", re.I)),
    ("range_dm", re.compile(rf"\b(?:between|from)\s+(?P<day>[0-3]?\d)(?:st|nd|rd|th)?\s+(?:and|to|-)\s+(?P<day2>[0-3]?\d)(?:st|nd|rd|th)?\s+{_MONTH}(?:,?\s+{_YEAR})?", re.I)),
    ("mdy", re.compile(rf"\b{_MONTH}\s+{_DAY}(?:,?\s+{_YEAR})?\b", re.I)),
    ("dmy", re.compile(rf"\b{_DAY}\s+(?:of\s+)?{_MONTH}(?:,?\s+{_YEAR})?\b", re.I)),
    ("part_month", re.compile(rf"\b(?:in\s+)?(?P<part>early|mid|middle of|late|end of|beginning of|start of)[\s-]+{_MONTH}(?:\s+{_YEAR})?\b", re.I)),
    ("since_month", re.compile(rf"\bsince\s+{_MONTH}(?:\s+{_YEAR})?\b", re.I)),
    ("month_year", re.compile(rf"\b(?:in\s+)?{_MONTH}\s+{_YEAR}\b", re.I)),
    ("in_month", re.compile(rf"\bin\s+{_MONTH}\b", re.I)),
    ("relative_n", re.compile(rf"\b{_NUM}\s+{_UNIT}\s+(?P<dir>later|earlier|ago|before|after)\b", re.I)),
    ("next_day", re.compile(r"\b(?:the\s+)?(?P<which>next|following|previous|preceding)\s+(?P<unit>day|morning|evening|night|week|month|year)\b", re.I)),
    ("same_day", re.compile(r"\b(?:(?:the\s+same|that\s+same|that)\s+(?P<unit>day|morning|afternoon|evening|night)|(?:hours|minutes|moments)\s+later)\b", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>last|past|this|earlier this|previous)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("past_day", re.compile(r"\b(?:over|in|during|within)\s+the\s+(?:past|last)\s+(?P<span>day|24 hours|twenty-four hours)\b", re.I)),
    ("day_word", re.compile(r"\b(?P<word>yesterday|tomorrow|today|tonight|overnight|last night|this morning|this past night|the night before|on the night of)\b", re.I)),
    ("weekday", re.compile(rf"\b(?:on\s+|last\s+|this\s+past\s+)?{_WEEKDAY}(?:\s+(?P<part>morning|evening|night|afternoon))?\b", re.I)),
    ("next_unit", re.compile(r"\b(?P<which>next|coming|this|last|past)\s+(?P<unit>spring|summer|autumn|fall|winter|quarter)\b", re.I)),
    ("next_unit", re.compile(r"\b(?P<which>next|coming)\s+(?P<unit>week|month|year|weekend)\b", re.I)),
    ("quarter", re.compile(r"\b(?:the\s+)?(?:(?P<which>latest|last|current|past|previous|same)\s+)?(?:(?P<ordinal>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+)?(?:fiscal[\s-]+)?quarter\b", re.I)),
    ("fiscal", re.compile(r"\b(?:the\s+)?(?:(?P<which>current|latest|full|next|last|previous|same)\s+)?(?:fiscal[\s-]+year|full[\s-]+year|year-end|year-earlier\s+period|year-ago\s+period)\b", re.I)),
    ("rel_month", re.compile(rf"\b(?P<which>last|this|next|past)\s+{_MONTH}\b", re.I)),
    ("clock", re.compile(r"\b(?:(?:at|around|about|before|after|by|until)\s+)?(?P<hour>[01]?\d)(?::(?P<minute>[0-5]\d))?\s*(?P<ampm>a\.?\s?m\b\.?|p\.?\s?m\b\.?)|\b(?P<word>noon|midnight|midday)\b", re.I)),
    ("holiday", re.compile(r"\b(?P<holiday>Christmas(?: Day| Eve)?|New Year's(?: Day| Eve)?|Thanksgiving(?: Day)?|Independence Day|Halloween|Valentine's Day)\b")),
    ("decade", re.compile(r"\b(?:the\s+)?(?P<decade>(?:19|20)\d0)s\b", re.I)),
    ("year", re.compile(r"(?<![\d.,$])\b(?P<year>(?:19|20)\d\d)\b(?![\d%]|,\d|\s*(?:people|percent|troops|soldiers|km|kilometres|kilometers|dollars|euros))")),
    ("duration", re.compile(r"\b(?:(?:the|over the|for the|in the|during the)\s+)?(?:(?P<mod>past|last|next|first|coming|recent|previous|following)\s+)?(?P<n>\d+(?:\.\d+)?|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|twenty|thirty|forty|fifty|hundred|a|an|a few|few|several|many|some|a couple of|couple of)[\s-]+(?P<unit>second|minute|hour|day|night|week|weekend|month|year|decade|century|centuries)s?(?:[\s-]+long)?\b(?![\s-]+old\b|-)", re.I)),
    ("duration", re.compile(r"\b(?:(?:the\s+)?(?P<mod>past|last|next|coming|recent|previous|following)\s+)?(?P<n>)(?P<unit>minute|hour|day|week|month|year|decade|centurie)s\b(?![\s-]+(?:old|ago|later|earlier|before|after)\b)", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>the|over the)\s+(?P<unit>weekend)\b", re.I)),
    ("last_unit", re.compile(r"\b(?P<which>the)\s+(?P<unit>year|week|month)\b(?![\s-]+(?:of|before|after|earlier|ago|long|old)\b|-)", re.I)),
    ("set", re.compile(r"\b(?P<every>each|every|per)\s+(?P<unit>day|week|month|year|season|night|morning|hour|minute|quarter)\b|\b(?P<adverb>daily|weekly|monthly|annually|yearly|hourly|nightly)\b", re.I)),
    ("ref", re.compile(r"\b(?P<ref>now|currently|at present|recently|nowadays|the past|the future|these days)\b", re.I)),
]

# kinds that name a stretch of time or a habit, not a date an event can take
NON_DATE_KINDS = {"duration", "set", "ref"}
# and a clock time alone says nothing of the day
NOT_EVENT_DATES = NON_DATE_KINDS | {"clock"}
# kinds that name one day or an hour of it: "on Friday", "last night", "June 9", "at 3pm"
DAY_PRECISE = {"iso", "dmy_num", "mdy", "dmy", "range_md", "range_dm", "day_word", "weekday", "clock", "next_day", "same_day"}


def find_times(text: str) -> list[TimeMention]:
    """Time expressions in ``text``, longest first where they overlap, in text order."""
    found: list[TimeMention] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _PATTERNS:
        for m in pattern.finditer(text):
            if any(m.start() < e and s < m.end() for s, e in taken):
                continue
            if kind == "dmy_num" and not (1 <= int(m.group("month")) <= 12):
                continue
            if kind in ("mdy", "dmy") and not 1 <= int(m.group("day")) <= 31:
                continue
            found.append(TimeMention(m.group(0), m.start(), m.end(), kind, m.groupdict()))
            taken.append((m.start(), m.end()))
    return sorted(found, key=lambda t: t.start)


def _month(value: str) -> int:
    return int(value) if value.isdigit() else _MONTHS[value.lower().rstrip(".")]


def _infer_year(month: int, day: int, published: dt.date, ahead: bool = False) -> int:
    """The year of a date written without one: the latest such date on or before publication,
    unless it falls within about three months after it ("December 28" in a report of 3 January
    is last year's; "April 7" in a report of 22 March is this year's)."""
    def on(year: int) -> dt.date:
        return dt.date(year, month, min(day, calendar.monthrange(year, month)[1]))

    past = published.year if on(published.year) <= published else published.year - 1
    coming = past + 1
    if ahead:  # the clause speaks of the future: the next such date
        return coming if on(past) < published else past
    # a date ahead of publication is taken as coming only when it is near (within about a quarter)
    return coming if (on(coming) - published).days <= 92 else past


def _day_span(text: str, day: dt.date, resolution: str) -> TimeSpan:
    iso = day.isoformat()
    return TimeSpan(text=text, start=iso, end=iso, precision="day", resolution=resolution)


def _month_span(text: str, year: int, month: int, first: int = 1, last: int | None = None) -> TimeSpan:
    last = last or calendar.monthrange(year, month)[1]
    return TimeSpan(
        text=text,
        start=dt.date(year, month, first).isoformat(),
        end=dt.date(year, month, last).isoformat(),
        precision="month",
        resolution="absolute",
    )


def normalise(mention: TimeMention, published: dt.date | None, anchor: dt.date | None = None,
              ahead: bool = False) -> TimeSpan:
    """One expression to a span; relative ones need ``published`` (or ``anchor`` for 'later').

    ``ahead``: the clause speaks of the future ("will meet on Tuesday"), so a weekday is the
    next one after publication rather than the last one on or before it."""
    g, text, kind = mention.groups, mention.text, mention.kind
    unresolved = TimeSpan(text=text, start=None, end=None, precision="unknown", resolution="unresolved")
    try:
        if kind in ("iso", "dmy_num"):
            return _day_span(text, dt.date(int(g["year"]), _month(g["month"]), int(g["day"])), "absolute")
        if kind in ("mdy", "dmy", "range_md", "range_dm"):
            month, day = _month(g["month"]), int(g["day"])
            if g.get("year"):
                year, resolution = int(g["year"]), "absolute"
            elif published:
                year, resolution = _infer_year(month, day, published, ahead), "relative"
            else:
                return unresolved
            if kind.startswith("range"):
                return TimeSpan(text, dt.date(year, month, day).isoformat(),
                                dt.date(year, month, int(g["day2"])).isoformat(), "day", resolution)
            return _day_span(text, dt.date(year, month, day), resolution)
        if kind in ("month_year", "in_month", "part_month", "since_month"):
            month = _month(g["month"])
            if g.get("year"):
                year = int(g["year"])
            elif published:
                year = _infer_year(month, 1 if not ahead else 28, published, ahead)
            else:
                return unresolved
            if kind == "part_month":
                part = g["part"].lower()
                last = calendar.monthrange(year, month)[1]
                first, end = {"early": (1, 10), "beginning of": (1, 10), "start of": (1, 10), "mid": (11, 20),
                              "middle of": (11, 20)}.get(part, (21, last))
                return _month_span(text, year, month, first, end)
            if kind == "since_month":
                return TimeSpan(text, dt.date(year, month, 1).isoformat(), None, "month", "absolute" if g.get("year") else "relative")
            span = _month_span(text, year, month)
            span.resolution = "absolute" if g.get("year") else "relative"
            return span
        if kind == "relative_n":
            relative_to_event = g["dir"].lower() in ("later", "after", "before")
            if relative_to_event:
                base = anchor
            elif g["dir"].lower() == "earlier":
                base = anchor or published  # "a day earlier": from the day the story is at ("ago": publication)
            else:
                base = published
            if base is None:
                # "a day after the army pulled back" counts from an event, not from the day of publication
                return unresolved
            n = 1 if g["n"].lower() == "a" else (words_to_int(g["n"]) or 0)
            sign = 1 if g["dir"].lower() in ("later", "after") else -1
            unit = g["unit"].lower()
            if unit == "day":
                return _day_span(text, base + dt.timedelta(days=sign * n), "relative")
            if unit == "week":
                day = base + dt.timedelta(weeks=sign * n)
                return TimeSpan(text, (day - dt.timedelta(days=3)).isoformat(), (day + dt.timedelta(days=3)).isoformat(), "week", "relative")
            if unit == "month":
                month_index = base.year * 12 + base.month - 1 + sign * n
                span = _month_span(text, month_index // 12, month_index % 12 + 1)
                span.resolution = "relative"
                return span
            return TimeSpan(text, f"{base.year + sign * n}-01-01", f"{base.year + sign * n}-12-31", "year", "relative")
        if kind == "next_day":
            base = anchor or published
            if base is None:
                return unresolved
            sign = 1 if g["which"].lower() in ("next", "following") else -1
            if g["unit"].lower() == "year":
                year = base.year + sign
                return TimeSpan(text, f"{year}-01-01", f"{year}-12-31", "year", "relative")
            if g["unit"].lower() == "month":
                index = base.year * 12 + base.month - 1 + sign
                span = _month_span(text, index // 12, index % 12 + 1)
                span.resolution = "relative"
                return span
            if g["unit"].lower() == "week":
                day = base + dt.timedelta(weeks=sign)
                monday = day - dt.timedelta(days=day.weekday())
                return TimeSpan(text, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week", "relative")
            return _day_span(text, base + dt.timedelta(days=sign), "relative")
        if kind == "same_day":  # "on the same day", "that night": the day of the event told before, never a guess
            return _day_span(text, anchor, "relative") if anchor is not None else unresolved
        if kind == "year":
            year = int(g["year"])
            return TimeSpan(text, f"{year}-01-01", f"{year}-12-31", "year", "absolute")
        if kind == "decade":
            start = int(g["decade"])
            return TimeSpan(text, f"{start}-01-01", f"{start + 9}-12-31", "year", "absolute")
        if kind in NON_DATE_KINDS:
            return unresolved
        if published is None:
            return unresolved
        if kind == "clock":
            return TimeSpan(text, published.isoformat(), published.isoformat(), "day", "relative")
        if kind == "holiday":
            name = g["holiday"].lower()
            if name.startswith("thanksgiving"):
                november = dt.date(published.year, 11, 1)
                day = november + dt.timedelta(days=(3 - november.weekday()) % 7 + 21)
                month, day_of_month = 11, day.day
            else:
                month, day_of_month = {"christmas": (12, 25), "christmas day": (12, 25), "christmas eve": (12, 24),
                                       "new year's": (1, 1), "new year's day": (1, 1), "new year's eve": (12, 31),
                                       "independence day": (7, 4), "halloween": (10, 31),
                                       "valentine's day": (2, 14)}[name]
            return _day_span(text, dt.date(_infer_year(month, day_of_month, published), month, day_of_month), "relative")
        if kind == "quarter":
            current = (published.month - 1) // 3  # 0..3
            ordinal = (g.get("ordinal") or "").lower()
            if ordinal:
                number = {"first": 0, "1st": 0, "second": 1, "2nd": 1, "third": 2, "3rd": 2, "fourth": 3, "4th": 3}[ordinal]
                year = published.year if number <= current else published.year - 1
            else:  # "the quarter", "the latest quarter": the last one reported, the one before this
                index = published.year * 4 + current - 1
                year, number = index // 4, index % 4
            first_month = number * 3 + 1
            return TimeSpan(text, dt.date(year, first_month, 1).isoformat(),
                            dt.date(year, first_month + 2, calendar.monthrange(year, first_month + 2)[1]).isoformat(),
                            "quarter", "relative")
        if kind == "fiscal":
            which = (g.get("which") or "").lower()
            year = published.year + {"next": 1, "last": -1, "previous": -1}.get(which, 0)
            if "earlier" in text.lower() or "ago" in text.lower():
                year = published.year - 1
            return TimeSpan(text, f"{year}-01-01", f"{year}-12-31", "year", "relative")
        if kind == "rel_month":
            month = _month(g["month"])
            which = g["which"].lower()
            if which == "next":
                year = published.year if month > published.month else published.year + 1
            elif which == "this":
                year = published.year
            else:
                year = published.year if month < published.month else published.year - 1
            span = _month_span(text, year, month)
            span.resolution = "relative"
            return span
        if kind == "next_unit":
            which, unit = g["which"].lower(), g["unit"].lower()
            sign = {"next": 1, "coming": 1, "this": 0}.get(which, -1)
            if unit in ("week", "weekend"):
                monday = published - dt.timedelta(days=published.weekday()) + dt.timedelta(weeks=sign)
                return TimeSpan(text, monday.isoformat(), (monday + dt.timedelta(days=6)).isoformat(), "week", "relative")
            if unit == "month":
                index = published.year * 12 + published.month - 1 + sign
                span = _month_span(text, index // 12, index % 12 + 1)
                span.resolution = "relative"
                return span
            if unit == "year":
                year = published.year + sign
                return TimeSpan(text, f"{year}-01-01", f"{year}-12-31", "year", "relative")
            if unit == "quarter":
                quarter = (published.month - 1) // 3 + sign
                year = published.year + quarter // 4
                first_month = (quarter % 4) * 3 + 1
                return TimeSpan(text, dt.date(year, first_month, 1).isoformat(),
                                dt.date(year, first_month + 2, calendar.monthrange(year, first_month + 2)[1]).isoformat(),
                                "month", "relative")
            season_start = {"spring": 3, "summer": 6, "autumn": 9, "fall": 9, "winter": 12}[unit]
            year = published.year + (sign if sign else 0)
            if sign < 0 and season_start <= published.month:
                year = published.year if season_start + 3 <= published.month else published.year - 1
            end_month = (season_start + 2 - 1) % 12 + 1
            end_year = year + (1 if season_start == 12 else 0)
            return TimeSpan(text, dt.date(year, season_start, 1).isoformat(),
                            dt.date(end_year, end_month, calendar.monthrange(end_year, end_month)[1]).isoformat(),
                            "month", "relative")
        if kind == "last_unit":
            which, unit = g["which"].lower(), g["unit"].lower()
            if unit in ("week", "weekend"):
                this_monday = published - dt.timedelta(days=published.weekday())
                if which in ("last", "previous"):
                    monday = this_monday - dt.timedelta(days=7)
                    end = monday + dt.timedelta(days=6)
                elif which == "past" or (which in ("the", "over the") and unit == "weekend"):
                    monday, end = published - dt.timedelta(days=7), published
                    if unit == "weekend":
                        monday = published - dt.timedelta(days=published.weekday() + (0 if published.weekday() >= 5 else 7))
                else:
                    monday, end = this_monday, published
                if unit == "weekend":
                    monday, end = monday + dt.timedelta(days=5), monday + dt.timedelta(days=6)
                return TimeSpan(text, monday.isoformat(), end.isoformat(), "week", "relative")
            if unit == "month":
                if which in ("last", "previous", "past"):
                    index = published.year * 12 + published.month - 2
                    span = _month_span(text, index // 12, index % 12 + 1)
                else:
                    span = _month_span(text, published.year, published.month, 1, published.day)
                span.resolution = "relative"
                return span
            year = published.year - (1 if which in ("last", "previous", "past") else 0)
            return TimeSpan(text, f"{year}-01-01", f"{year}-12-31", "year", "relative")
        if kind == "past_day":
            return TimeSpan(text, (published - dt.timedelta(days=1)).isoformat(), published.isoformat(), "day", "relative")
        if kind == "day_word":
            word = g["word"].lower()
            if word in ("today", "tonight", "this morning"):
                return _day_span(text, published, "relative")
            if word == "tomorrow":
                return _day_span(text, published + dt.timedelta(days=1), "relative")
            if word in ("yesterday", "last night", "the night before"):
                return _day_span(text, published - dt.timedelta(days=1), "relative")
            # overnight / this past night: the night before publication, which spans two days
            return TimeSpan(text, (published - dt.timedelta(days=1)).isoformat(), published.isoformat(), "day", "relative")
        if kind == "weekday":
            weekday = _WEEKDAYS[g["weekday"].lower()]
            if ahead and not text.lower().startswith(("last", "this past")):
                forward = (weekday - published.weekday()) % 7 or 7
                return _day_span(text, published + dt.timedelta(days=forward), "relative")
            back = (published.weekday() - weekday) % 7
            if text.lower().startswith("last") and back == 0:
                back = 7
            return _day_span(text, published - dt.timedelta(days=back), "relative")
    except (ValueError, KeyError):
        return unresolved
    return unresolved



_UNIT_CODES = {"second": "S", "minute": "M", "hour": "H", "day": "D", "night": "D", "week": "W", "weekend": "WE",
               "month": "M", "year": "Y", "decade": "DE", "century": "CE", "centuries": "CE"}
_COUNT_WORDS = {"a": 1, "an": 1, "one": 1, "a couple of": 2, "couple of": 2}
_PARTS = {"morning": "MO", "afternoon": "AF", "evening": "EV", "night": "NI"}


def timex3_value(mention: TimeMention, span: TimeSpan, dct: dt.date | None) -> str | None:
    """The TimeML TIMEX3 ``value`` of an expression: 2013-03-22, 2013-W11, 2013-03, 2013, P3Y, PRESENT_REF, ..."""
    g, kind = mention.groups, mention.kind
    if kind == "ref":
        ref = g["ref"].lower()
        if ref in ("recently", "the past", "previously", "recent"):
            return "PAST_REF"
        if ref in ("the future", "future", "soon"):
            return "FUTURE_REF"
        return "PRESENT_REF"
    if kind == "duration":
        unit = g["unit"].lower()
        code = _UNIT_CODES.get(unit.rstrip("s"), _UNIT_CODES.get(unit, "X"))
        n = (g.get("n") or "").lower()
        if not n:
            amount = "X"
        elif n in _COUNT_WORDS:
            amount = str(_COUNT_WORDS[n])
        else:
            number = words_to_int(n) if not re.fullmatch(r"\d+\.\d+", n) else None
            amount = str(number) if number is not None else ("X" if not re.fullmatch(r"\d+\.\d+", n) else n)
        if code == "DE":
            return f"P{int(amount) * 10 if amount.isdigit() else 'X'}Y" if amount != "X" else "PXDE"
        if code == "CE":
            return f"P{int(amount) * 100}Y" if amount.isdigit() else "PXCE"
        if code in ("S", "H") or (code == "M" and unit.startswith("minute")):
            return f"PT{amount}{code}"
        return f"P{amount}{code}"
    if kind == "set":
        unit = (g.get("unit") or g.get("adverb") or "").lower()
        code = {"daily": "D", "weekly": "W", "monthly": "M", "annually": "Y", "yearly": "Y", "hourly": "H",
                "nightly": "D"}.get(unit) or _UNIT_CODES.get(unit, "X")
        return f"PT1{code}" if code in ("H", "M") and unit in ("hour", "hourly", "minute") else f"P1{code}"
    if kind == "decade":
        return g["decade"][:3]
    if span.start is None and span.end is None:
        return None
    start = dt.date.fromisoformat(span.start or span.end)
    if span.precision == "year":
        return f"{start.year:04d}"
    if span.precision == "month":
        if kind == "next_unit" and (g.get("unit") or "").lower() in ("spring", "summer", "autumn", "fall", "winter"):
            season = {"spring": "SP", "summer": "SU", "autumn": "FA", "fall": "FA", "winter": "WI"}[g["unit"].lower()]
            return f"{start.year:04d}-{season}"
        if kind == "next_unit" and (g.get("unit") or "").lower() == "quarter":
            return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
        return f"{start.year:04d}-{start.month:02d}"
    if span.precision == "quarter":
        return f"{start.year:04d}-Q{(start.month - 1) // 3 + 1}"
    if span.precision == "week":
        year, week, _ = start.isocalendar()
        return f"{year:04d}-W{week:02d}"
    if kind == "clock":
        if g.get("word"):
            hour = {"noon": "12", "midday": "12", "midnight": "24"}[g["word"].lower()]
            return f"{start.isoformat()}T{hour}:00"
        hour = int(g["hour"]) % 12 + (12 if g["ampm"].lower().startswith("p") else 0)
        return f"{start.isoformat()}T{hour:02d}:{g.get('minute') or '00'}"
    day = dt.date.fromisoformat(span.end) if kind == "day_word" and span.end and span.start != span.end else start
    value = day.isoformat()
    part = (g.get("part") or "").lower()
    if kind == "day_word" and g.get("word", "").lower() in ("tonight", "last night", "overnight", "this past night"):
        part = "night"
    if kind == "day_word" and g.get("word", "").lower() == "this morning":
        part = "morning"
    return value + ("T" + _PARTS[part] if part in _PARTS else "")


_URL_DATE = re.compile(r"/((?:19|20)\d\d)[/-]([01]?\d)[/-]([0-3]?\d)(?:/|-|$)|[/_-]((?:19|20)\d\d)([01]\d)([0-3]\d)[/_.-]")
_DATELINE = re.compile(r"^\W*[A-Z][A-Za-z.'’ -]{1,40},\s+(?:[A-Z][A-Za-z.'’ -]{1,40},\s+)?")  # "GOMA, Congo, April 30"


def dateline_end(text: str) -> int:
    """Where a dateline's date ends ("KYIV, 15 October 2024"), or 0: that date is the report's, not an event's."""
    match = _DATELINE.match(text[:200])
    if not match:
        return 0
    found = find_times(text[match.end(): match.end() + 40])
    if found and found[0].start == 0 and found[0].kind in ("mdy", "dmy", "iso", "dmy_num"):
        return match.end() + found[0].end
    return 0


def publication_date(text: str, url: str | None) -> tuple[str | None, str | None]:
    """A publication date from the URL (``/2024/10/21/``) or the dateline ("Kyiv, 15 October 2024 —"),
    with where it came from; (None, None) when neither gives a full date."""
    if url:
        match = _URL_DATE.search(url)
        if match:
            parts = [p for p in match.groups() if p]
            try:
                return dt.date(int(parts[0]), int(parts[1]), int(parts[2])).isoformat(), "url"
            except ValueError:
                pass
    match = _DATELINE.match(text[:200])
    if match:
        found = find_times(text[match.end(): match.end() + 40])
        first = found[0] if found else None
        if first is not None and first.start == 0 and first.groups.get("year") and first.kind in ("mdy", "dmy", "iso", "dmy_num"):
            span = normalise(first, None)
            if span.start:
                return span.start, "dateline"
    return None, None
