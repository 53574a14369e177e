"""Date mentions, resolved against the publication date, each with its precision.

One compiled alternation of patterns; a match becomes {"text", "date", "precision", "start",
"end"}, where "date" is "YYYY-MM-DD", "YYYY-MM" or "YYYY" as the precision allows, or None
when the text gives no year and the publication date is unknown (never guessed).

Rules for what the text leaves open:
- a day or month without a year takes the year that puts it nearest the publication date
  ("Apr. 15" in an article of 2021-04-10 is 2021-04-15; "in December" in January is last
  December);
- a weekday ("on Tuesday") is the latest such day on or before publication;
- "last week" is seven days before publication, "N days/weeks ago" likewise (precision day);
- "early/mid/late May" and "early this month" keep month precision.
"""

from __future__ import annotations

import re
from datetime import date, timedelta

MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "jan": 1, "feb": 2, "mar": 3, "apr": 4, "jun": 6, "jul": 7, "aug": 8, "sep": 9,
    "sept": 9, "oct": 10, "nov": 11, "dec": 12,
}  # fmt: skip
WEEKDAYS = {
    "monday": 0, "tuesday": 1, "wednesday": 2, "thursday": 3, "friday": 4, "saturday": 5,
    "sunday": 6,
}  # fmt: skip
SMALL_NUMBERS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}  # fmt: skip

_MONTH = (
    r"(?P<{g}>Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?)"
)
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
_PART = r"(?P<part>early|mid|late|the (?:beginning|middle|end) of)[- ]?"
_REL_NUM = r"(?P<n>\d{1,2}|a|an|one|two|three|four|five|six|seven|eight|nine|ten)"


def _g(pattern: str, group: str) -> str:
    return pattern.format(g=group)


_PATTERNS = [
    ("iso", rf"\b{_g(_YEAR, 'y')}-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])\b"),
    ("numeric", r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
    (
        "month_day",
        rf"\b{_g(_MONTH, 'm')}\s+{_g(_DAY, 'd')}\b(?:,?\s+{_g(_YEAR, 'y')}\b)?",
    ),
    (
        "day_month",
        rf"\b{_g(_DAY, 'd')}\s+(?:of\s+)?{_g(_MONTH, 'm')}(?:,?\s+{_g(_YEAR, 'y')}\b)?",
    ),
    ("part_month", rf"\b{_PART}{_g(_MONTH, 'm')}\b(?:,?\s+{_g(_YEAR, 'y')}\b)?"),
    (
        "part_relative_month",
        rf"\b{_PART}(?P<which>this|last|next|the previous|the past|the) month\b",
    ),
    ("month_year", rf"\b{_g(_MONTH, 'm')},?\s+{_g(_YEAR, 'y')}\b"),
    ("in_month", rf"\b(?P<prep>in|since|until|by|during|from|through|early|late)\s+"
                 rf"{_g(_MONTH, 'm')}(?![\w.]*\s+\d)\b"),
    ("relative_month", r"\b(?P<which>this|last|next|the previous|the past) month\b"),
    ("relative_year", r"\b(?P<which>this|last|next|the previous|the past) year\b"),
    ("relative_week", r"\b(?P<which>this|last|next|the previous|the past) week\b"),
    ("ago", rf"\b{_REL_NUM}\s+(?P<unit>day|week|month|year)s?\s+ago\b"),
    ("day_word", r"\b(?P<word>the day before yesterday|yesterday|today|tomorrow)\b"),
    (
        "weekday",
        r"\b(?:(?P<which>on|last|this|next|since|from|until|by)\s+)?"
        r"(?P<wd>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)\b",
    ),
    ("year", rf"\b(?P<prep>in|since|until|by|during|of|from|early|late|mid-?|with|than|to"
             rf"|for|after|before|throughout|over|between|and|week \d{{1,2}},)\s*"
             rf"{_g(_YEAR, 'y')}\b(?![-/.]\d|,\d{{3}})"),
]  # fmt: skip

_COMBINED = re.compile(
    r"(?<![\w-])(?=[\w])(?:"
    + "|".join(
        f"(?P<{name}>{pattern.replace('(?P<', f'(?P<{name}_')})" for name, pattern in _PATTERNS
    )
    + ")"
)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year_day(month: int, day: int, published: date) -> date | None:
    options = [
        _valid(y, month, day) for y in (published.year - 1, published.year, published.year + 1)
    ]
    options = [d for d in options if d]
    return min(options, key=lambda d: abs((d - published).days)) if options else None


def _nearest_year_month(month: int, published: date) -> int:
    best = min(
        (published.year - 1, published.year, published.year + 1),
        key=lambda y: abs((y - published.year) * 12 + month - published.month),
    )
    return best


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


def _relative(which: str) -> int:
    return {"this": 0, "the": 0, "last": -1, "next": 1, "the previous": -1, "the past": -1}[which]


def _resolve(kind: str, g: dict, published: date | None) -> tuple[str | None, str]:
    """(date text or None, precision) for one match."""

    def get(name: str) -> str | None:
        return g.get(f"{kind}_{name}")

    if kind == "iso":
        d = _valid(int(get("y")), int(get("m")), int(get("d")))
        return (d.isoformat() if d else None), "day"
    if kind == "numeric":
        a, b, y = int(get("a")), int(get("b")), int(get("y"))
        day, month = (b, a) if b > 12 else (a, b)  # day first unless it cannot be
        d = _valid(y, month, day)
        return (d.isoformat() if d else None), "day"
    if kind in ("month_day", "day_month"):
        month, day = _month(get("m")), int(get("d"))
        if get("y"):
            d = _valid(int(get("y")), month, day)
        elif published:
            d = _nearest_year_day(month, day, published)
        else:
            return None, "day"
        return (d.isoformat() if d else None), "day"
    if kind in ("part_month", "month_year", "in_month"):
        month = _month(get("m"))
        if get("y"):
            year = int(get("y"))
        elif published:
            year = _nearest_year_month(month, published)
        else:
            return None, "month"
        return f"{year:04d}-{month:02d}", "month"
    if published is None:
        precision = {"relative_month": "month", "part_relative_month": "month",
                     "relative_year": "year", "year": "year"}.get(kind, "day")  # fmt: skip
        if kind == "year":
            return get("y"), "year"
        if kind == "ago":
            precision = {"month": "month", "year": "year"}.get(get("unit"), "day")
        return None, precision
    if kind in ("relative_month", "part_relative_month"):
        year, month = _shift_month(published, _relative(get("which")))
        return f"{year:04d}-{month:02d}", "month"
    if kind == "relative_year":
        return f"{published.year + _relative(get('which')):04d}", "year"
    if kind == "relative_week":
        return (published + timedelta(days=7 * _relative(get("which")))).isoformat(), "day"
    if kind == "ago":
        n = int(get("n")) if get("n").isdigit() else SMALL_NUMBERS[get("n").lower()]
        unit = get("unit")
        if unit in ("day", "week"):
            return (published - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        if unit == "month":
            year, month = _shift_month(published, -n)
            return f"{year:04d}-{month:02d}", "month"
        return f"{published.year - n:04d}", "year"
    if kind == "day_word":
        offset = {"the day before yesterday": -2, "yesterday": -1, "today": 0, "tomorrow": 1}
        return (published + timedelta(days=offset[get("word").lower()])).isoformat(), "day"
    if kind == "weekday":
        target = WEEKDAYS[get("wd").lower()]
        back = (published.weekday() - target) % 7
        which = (get("which") or "").lower()
        if which == "last" and back == 0:
            back = 7
        if which == "next":
            forward = (target - published.weekday()) % 7 or 7
            return (published + timedelta(days=forward)).isoformat(), "day"
        return (published - timedelta(days=back)).isoformat(), "day"
    if kind == "year":
        return get("y"), "year"
    raise ValueError(kind)


def extract_dates(text: str, published: date | None = None) -> list[dict]:
    """Every date mention: {"text", "date", "precision", "start", "end"}."""
    out = []
    for match in _COMBINED.finditer(text):
        kind = match.lastgroup
        groups = {k: v for k, v in match.groupdict().items() if v is not None}
        start, end = match.span()
        if kind in ("in_month", "year", "weekday"):
            # keep the preposition out of the written form only when it carries no meaning
            inner = "in_month_m" if kind == "in_month" else ("year_y" if kind == "year" else None)
            if (
                inner
                and groups.get(f"{kind}_prep", "").lower()
                in (
                    "in",
                    "since",
                    "until",
                    "by",
                    "during",
                    "of",
                    "from",
                    "through",
                    "with",
                    "than",
                    "to",
                    "for",
                    "after",
                    "before",
                    "throughout",
                    "over",
                    "between",
                    "and",
                )
                or groups.get(f"{kind}_prep", "").lower().startswith("week")
            ):
                start = match.start(inner)
        value, precision = _resolve(kind, groups, published)
        out.append(
            {
                "text": text[start:end],
                "date": value,
                "precision": precision,
                "start": start,
                "end": end,
            }  # fmt: skip
        )
    return out
