"""Dates with a precision: "2021-03-03" (day), "2021-03" (month), "2021" (year)."""

from __future__ import annotations

import calendar
import re
from datetime import UTC, date, datetime

_PARTIAL = re.compile(r"^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?$")
# Spreadsheets hand back a date cell as "2021-03-03 00:00:00"; only a zero time is a date.
_MIDNIGHT = re.compile(r"^(\d{4}-\d{2}-\d{2})[ T]00:00(?::00(?:\.0+)?)?$")


def parse_partial_date(text: str) -> tuple[date, str]:
    """Parse an interchange date; raise ValueError with a reason a person can act on."""
    value = text.strip()
    midnight = _MIDNIGHT.match(value)
    if midnight:
        value = midnight.group(1)
    match = _PARTIAL.match(value)
    if not match:
        raise ValueError("is not a date (use YYYY-MM-DD, YYYY-MM or YYYY)")
    year, month, day = match.groups()
    try:
        if day is not None:
            return date(int(year), int(month), int(day)), "day"
        if month is not None:
            return date(int(year), int(month), 1), "month"
        return date(int(year), 1, 1), "year"
    except ValueError:
        raise ValueError("is not a date (no such day or month)") from None


def format_partial_date(value: date | None, precision: str | None) -> str:
    if value is None:
        return ""
    if precision == "year":
        return f"{value.year:04d}"
    if precision == "month":
        return f"{value.year:04d}-{value.month:02d}"
    return value.isoformat()


def period_end(start: date, precision: str) -> date:
    """The last day a partial date covers: 2021-03 (month) -> 2021-03-31."""
    if precision == "year":
        return date(start.year, 12, 31)
    if precision == "month":
        return date(start.year, start.month, calendar.monthrange(start.year, start.month)[1])
    return start


def utcnow() -> datetime:
    """Now, in UTC, without a zone (stored as such: UTC everywhere)."""
    return datetime.now(UTC).replace(tzinfo=None)
