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
  "the previous week" and "the past week" (a span, often before another date) are no date;
- "early/mid/late May", "the first two weeks of May" and "early this month" keep month
  precision; "since the start of the year" and "the end of last year" keep year precision;
- "since" or "as of" puts a year-less date on or before publication ("since March 3"), as
  does a verb in the past just before "in December" or "early December" ("fled Wad Madani in
  December", in an October report, is last December);
- "that August" is of the year written last before it ("in May 2022 ... that August");
- "last March" is the latest March before the publication month, "March last year" is March
  of the year before; "on the 15th" is the latest 15th on or before publication;
- words are matched in any case ("In 2022,", "Last week"), month names in title case or
  capitals ("MAY 13" in a dateline) but not in lower case ("may", "march");
- a year stands alone after a possessive ("the country's 2022 COVID-19 wave");
- Korean dates: 2022년 5월 12일, 5월, 2020년, 지난달 (last month), 올해 (this year), 어제 ...
"""

from __future__ import annotations

import functools
import re
from datetime import date, timedelta

from dashboard.extract.dispatch import word_starts

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

_MONTH_NAMES = (
    r"Jan(?:uary|\.)?|Feb(?:ruary|\.)?|Mar(?:ch|\.)?|Apr(?:il|\.)?|May|June?|July?"
    r"|Aug(?:ust|\.)?|Sept?(?:ember|\.)?|Oct(?:ober|\.)?|Nov(?:ember|\.)?|Dec(?:ember|\.)?"
)
# Title case or capitals ("MAY 13" in a dateline), never lower case ("may", "march").
_MONTH = rf"(?P<{{g}}>{_MONTH_NAMES}|{_MONTH_NAMES.upper()})"
_DAY = r"(?P<{g}>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)?"
_YEAR = r"(?P<{g}>(?:19|20)\d\d)"
# A part of a month or year: "early", "mid-", "the end of", "the first two weeks of",
# "the second half of", "the start of". Words are matched in any case ("Late last month").
_PART = (
    r"(?P<part>(?i:early|mid|late|the (?:very )?(?:beginning|middle|end|start) of"
    r"|the (?:first|second|third|fourth|last|final|past|closing|opening)"
    r"(?: (?:two|three|four|few|ten))? (?:weeks?|days|half|fortnight|quarter) of))[- ]?"
)
_REL_NUM = r"(?P<n>\d{1,2}|(?i:a|an|one|two|three|four|five|six|seven|eight|nine|ten))"
_WHICH = r"(?P<which>(?i:this|last|next|the previous|the past|the current))"
# "March last year", "January of this year"
_OF_YEAR = r"(?:,?\s+(?:of\s+)?(?P<ry>(?i:this|last|next|the previous|the past)) (?i:year)\b)"
_WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday"


def _g(pattern: str, group: str) -> str:
    return pattern.format(g=group)


# Words after a four-digit number that make it a count, not a year ("the 2000 patients")
_NOT_AFTER_YEAR = (
    "people|patients|cases|deaths|residents|children|workers|persons|households|families|doses"
    "|samples|tests|beds|tonnes|tons|new|more|confirmed|suspected|additional|other|of"
)
_PATTERNS = [
    ("iso", rf"\b{_g(_YEAR, 'y')}(?P<sep>[-./])(?P<m>0?[1-9]|1[0-2])(?P=sep)"
            r"(?P<d>[12]\d|3[01]|0?[1-9])\b(?![-./]\d)"),
    ("numeric", r"\b(?P<a>[0-3]?\d)[/.](?P<b>[01]?\d)[/.](?P<y>(?:19|20)\d\d)\b"),
    # Korean: 2022년 5월 12일, 2022년 5월, 5월 12일
    ("korean", r"(?:(?P<y>(?:19|20)\d\d)년\s*)?(?P<m>1[0-2]|0?[1-9])월(?:\s*(?P<d>[12]\d|3[01]"
               r"|0?[1-9])일)?"),
    # a day alone, of the publication month or the one before: "소식통은 17일 데일리NK에",
    # "지난 15일부터", "이달 10일까지" (not a number of days: "3일간", "5일 동안", "사흘째")
    ("korean_day", r"(?:(?P<which>지난|이달|이번\s*달)\s*)?(?P<d>[12]\d|3[01]|0?[1-9])일"
                   r"(?!\s*(?:간|동안|째|만에|이상|이내|가량|정도|분|치))"),
    (
        "month_day",
        rf"\b{_g(_MONTH, 'm')}\s+{_g(_DAY, 'd')}\b(?:,?\s+{_g(_YEAR, 'y')}\b|{_OF_YEAR})?",
    ),
    (
        "day_month",
        rf"\b{_g(_DAY, 'd')}\s+(?:of\s+)?{_g(_MONTH, 'm')}(?:,?\s+{_g(_YEAR, 'y')}\b|{_OF_YEAR})?",
    ),
    ("part_month", rf"\b{_PART}{_g(_MONTH, 'm')}\b(?:,?\s+{_g(_YEAR, 'y')}\b|{_OF_YEAR})?"),
    ("part_relative_month", rf"\b{_PART}(?:{_WHICH}|(?i:the)) (?i:month)\b"),
    ("part_relative_year", rf"\b{_PART}(?:{_WHICH}|(?i:the)) (?i:year)\b(?! (?:before|after))"),
    ("month_year", rf"\b{_g(_MONTH, 'm')},?\s+{_g(_YEAR, 'y')}\b"),
    # ("planned for August", "the heat of December", "until at least April")
    ("in_month", rf"\b(?P<prep>(?i:in|since|until|till|by|during|from|through|throughout|early"
                 rf"|late|before|after|last|this|next|between|for|of|that))\s+(?:(?i:at least)\s+)?"
                 rf"{_g(_MONTH, 'm')}(?![\w.]*\s+\d)\b{_OF_YEAR}?"),
    ("month_of_year", rf"\b{_g(_MONTH, 'm')}{_OF_YEAR}"),
    ("relative_month", rf"\b{_WHICH} (?i:month)\b"),
    ("relative_year", rf"\b{_WHICH} (?i:year)\b"),
    # ("the previous week", "the past week": a span before another date, not a date)
    ("relative_week", rf"\b(?!(?i:the previous|the past) ){_WHICH} (?i:week)\b(?! of\b)"),
    ("ago", rf"\b{_REL_NUM}\s+(?P<unit>(?i:day|week|month|year))s?\s+(?i:ago)\b"),
    ("day_word", r"\b(?P<word>(?i:the day before yesterday|yesterday|today|tomorrow))\b"),
    # Korean: 지난달 (last month), 올해 (this year), 지난주 (last week), 어제 (yesterday) ...
    ("korean_relative", r"(?P<word>지난\s*달|이번\s*달|이달|지난\s*해|작년|올해|금년|지난\s*주"
                        r"|이번\s*주|그저께|그제|어제|오늘(?!날)|내일)"),
    # "on the 15th": a day of the publication month, or of the month before
    ("ordinal_day", r"\b(?i:on) the (?P<d>[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)\b(?! (?:of\b|century"
                    r"|anniversary|floor|time|round|day|week|month|year|consecutive|straight))"),
    (
        "weekday",
        r"\b(?:(?P<which>(?i:on|last|this|next|since|from|until|by))\s+)?"
        rf"(?P<wd>{_WEEKDAY}|{_WEEKDAY.upper()})\b",
    ),
    ("year", rf"\b(?P<prep>(?i:in|since|until|by|during|of|from|early|late|mid-?|with|than|to"
             rf"|for|after|before|throughout|over|between|and|into|week \d{{1,2}},))\s*"
             rf"{_g(_YEAR, 'y')}\b(?![-/.]\d|,\d{{3}})"),
    # "the 2018 floods", "except 2024", "the 2018-2020 epidemic": a year standing as a word
    ("year_noun", rf"(?P<prep>(?i:the|except|unlike|an?|was|is))\s+{_g(_YEAR, 'y')}"
                  rf"\b(?![-/.,]\d)(?!\s+(?:{_NOT_AFTER_YEAR})\b)(?=\s+[A-Za-z]|[,.;])"),
    # "the country's 2022 COVID-19 wave", "2020년 초" (early 2020): a year as a word, after a
    # possessive or in Korean
    ("year_bare", rf"(?<=['’]s ){_g(_YEAR, 'y')}\b(?![-/.,]\d)(?!\s+(?:{_NOT_AFTER_YEAR})\b)"
                  r"(?=\s+[A-Za-z])"),
    ("korean_year", rf"{_g(_YEAR, 'y')}년(?!\s*(?:1[0-2]|0?[1-9])월)(?!\s*\d)"),
    # both ends of a span of years: "2018-2020"
    ("year_range", rf"(?:(?P<prep>(?i:the|from|in|between|a|an))\s+)?{_g(_YEAR, 'y')}"
                   r"(?=[-–](?:19|20)\d\d\b)"),
]  # fmt: skip


def _prefix(pattern: str, name: str) -> str:
    """The pattern with its groups (and back-references) renamed "<name>_<group>"."""
    return pattern.replace("(?P<", f"(?P<{name}_").replace("(?P=", f"(?P={name}_")


_START = r"(?<![\w-])(?=[\w])"
# Every pattern, in order (the first that matches at a position wins): extract_dates uses the
# same patterns through _FIRST_WORDS; this one is kept to check that they agree.
_COMBINED = re.compile(
    _START
    + "(?:"
    + "|".join(f"(?P<{name}>{_prefix(pattern, name)})" for name, pattern in _PATTERNS)
    + ")"
)

# The words a pattern can begin with ("digit" for a number, "hangul" for a Korean word). Only
# the patterns that can begin with a word are tried where it stands, and most words begin
# none: this keeps the scan fast (one compiled alternation of every pattern, tried at each
# word, is several times slower).
_MONTH_WORDS = tuple(MONTHS)
_IN_MONTH_WORDS = ("in since until till by during from through throughout early late before after"
                   " last this next between for of that").split()  # fmt: skip
_YEAR_WORDS = ("in since until by during of from early late mid with than to for after before"
               " throughout over between and into week").split()  # fmt: skip
_FIRST_WORDS: dict[str, tuple[str, ...]] = {
    "iso": ("digit",),
    "numeric": ("digit",),
    "korean": ("digit",),
    "korean_day": ("digit", "hangul"),
    "month_day": _MONTH_WORDS,
    "day_month": ("digit",),
    "part_month": ("early", "mid", "late", "the"),
    "part_relative_month": ("early", "mid", "late", "the"),
    "part_relative_year": ("early", "mid", "late", "the"),
    "month_year": _MONTH_WORDS,
    "in_month": tuple(_IN_MONTH_WORDS),
    "month_of_year": _MONTH_WORDS,
    "relative_month": ("this", "last", "next", "the"),
    "relative_year": ("this", "last", "next", "the"),
    "relative_week": ("this", "last", "next", "the"),
    "ago": ("digit", *SMALL_NUMBERS),
    "day_word": ("the", "yesterday", "today", "tomorrow"),
    "ordinal_day": ("on",),
    "korean_relative": ("hangul",),
    "weekday": ("on", "last", "this", "next", "since", "from", "until", "by", *WEEKDAYS),
    "year": tuple(_YEAR_WORDS),
    "year_noun": ("the", "except", "unlike", "a", "an", "was", "is"),
    "year_bare": ("digit",),
    "korean_year": ("digit",),
    "year_range": ("digit", "the", "from", "in", "between", "a", "an"),
}


@functools.cache
def _compiled(names: tuple[str, ...]) -> re.Pattern:
    return re.compile(
        _START + "(?:" + "|".join(f"(?P<{n}>{_prefix(p, n)})" for n, p in _PATTERNS
                                  if n in names) + ")"
    )  # fmt: skip


def _patterns_by_word() -> dict[str, re.Pattern]:
    words: dict[str, list[str]] = {}
    for name, _ in _PATTERNS:
        for word in _FIRST_WORDS[name]:
            words.setdefault(word, []).append(name)
    return {word: _compiled(tuple(names)) for word, names in words.items()}


_BY_WORD = _patterns_by_word()


def _pattern_for(word: str) -> re.Pattern | None:
    """The patterns that can begin with this (lower-cased) word (its first character for a
    number or a Korean word), or None."""
    first = word[0]
    if first.isdigit():
        return _BY_WORD["digit"]
    if "\uac00" <= first <= "\ud7a3":
        return _BY_WORD["hangul"]
    return _BY_WORD.get(word)


def _month(text: str) -> int:
    return MONTHS[text.rstrip(".").lower()]


def _valid(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _nearest_year_day(month: int, day: int, published: date, future: bool = False) -> date | None:
    """The year of a day named without one, as for a month (``_nearest_year_month``): up to
    the publication day it is of the publication year ("reported on March 3" in October); after
    it, the nearer of the days before and after, unless the sentence speaks of what is to come
    ("will start on Jan. 15" in December) and the day is not a few weeks back."""
    this, last, next_ = (_valid(published.year + k, month, day) for k in (0, -1, 1))
    if this is None:  # (29 February)
        options = [d for d in (last, next_) if d]
        return min(options, key=lambda d: abs((d - published).days)) if options else None
    if future and (this >= published or (published - this).days > 60):
        return this if this >= published else next_
    if this <= published:
        return this
    if last is None or (this - published).days < (published - last).days:
        return this
    return last


def _nearest_year_month(month: int, published: date, future: bool = False) -> int:
    """The year of a month named without one: a month up to the publication's is of the
    publication year ("between January and August" in an October report); a later month is the
    nearer of the months before and after, the earlier when they are as near ("December" in
    January is last December, "November" in October is next month). In a sentence about what
    is to come ("Schools are scheduled to reopen in February", in December) it is the next,
    unless it is a month or two back ("would return by the end of November", in December)."""
    if future and (month >= published.month or published.month - month > 2):
        return published.year if month >= published.month else published.year + 1
    if month <= published.month:
        return published.year
    ahead, back = month - published.month, published.month + 12 - month
    return published.year if ahead < back else published.year - 1


def _shift_month(day: date, months: int) -> tuple[int, int]:
    index = day.year * 12 + day.month - 1 + months
    return index // 12, index % 12 + 1


# Korean relative words: (unit, offset); a week is seven days back, as "last week".
_KOREAN_RELATIVE = {
    "지난달": ("month", -1), "이번달": ("month", 0), "이달": ("month", 0), "지난해": ("year", -1),
    "작년": ("year", -1), "올해": ("year", 0), "금년": ("year", 0), "지난주": ("day", -7),
    "이번주": ("day", 0), "그저께": ("day", -2), "그제": ("day", -2), "어제": ("day", -1),
    "오늘": ("day", 0), "내일": ("day", 1),
}  # fmt: skip
_RELATIVE = {"this": 0, "the": 0, "the current": 0, "last": -1, "next": 1, "the previous": -1,
             "the past": -1}  # fmt: skip


def _relative(which: str | None) -> int:
    return _RELATIVE[which.lower()] if which else 0


def _named_month_year(month: int, which: str, published: date) -> int:
    """The year of "last March" (the latest March before the publication month), "this
    March" (the publication year) or "next March" (the first March after)."""
    if which == "last":
        return published.year if month < published.month else published.year - 1
    if which == "next":
        return published.year if month > published.month else published.year + 1
    return published.year


def _resolve(
    kind: str, g: dict, published: date | None, past: bool = False, future: bool = False
) -> tuple[str | None, str]:
    """(date text or None, precision) for one match; ``past`` when the text says the date is
    before publication ("since March 3"), ``future`` when its sentence speaks of what is to
    come ("will reopen in February")."""

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
        elif get("ry") and published:
            d = _valid(published.year + _relative(get("ry")), month, day)
        elif published and past:
            d = _valid(published.year, month, day)
            if d is None or d > published:
                d = _valid(published.year - 1, month, day)
        elif published:
            d = _nearest_year_day(month, day, published, future)
        else:
            return None, "day"
        return (d.isoformat() if d else None), "day"
    if kind in ("ordinal_day", "korean_day"):
        # a day of the publication month, or of the month before when it is still to come
        # there ("on the 15th"); "이달 10일" is of this month whatever the day
        if published is None:
            return None, "day"
        day = int(get("d"))
        year, month = published.year, published.month
        if day > published.day and not (get("which") or "").startswith(("이달", "이번")):
            year, month = _shift_month(published, -1)
        d = _valid(year, month, day)
        return (d.isoformat() if d else None), "day"
    if kind == "korean":
        month = int(get("m"))
        if get("d"):
            day = int(get("d"))
            if get("y"):
                d = _valid(int(get("y")), month, day)
            elif published:
                d = _nearest_year_day(month, day, published, future)
            else:
                return None, "day"
            return (d.isoformat() if d else None), "day"
        if get("y"):
            return f"{int(get('y')):04d}-{month:02d}", "month"
        if published is None:
            return None, "month"
        return f"{_nearest_year_month(month, published, future):04d}-{month:02d}", "month"
    if kind in ("part_month", "month_year", "in_month", "month_of_year"):
        month = _month(get("m"))
        which = (get("prep") or "").lower()
        if get("y"):
            year = int(get("y"))
        elif get("ry") and published:
            year = published.year + _relative(get("ry"))
        elif published and which in ("last", "this", "next"):
            year = _named_month_year(month, which, published)
        elif published and (past or which == "since"):
            year = published.year if month <= published.month else published.year - 1
        elif published:
            year = _nearest_year_month(month, published, future)
        else:
            return None, "month"
        return f"{year:04d}-{month:02d}", "month"
    if published is None:
        precision = {"relative_month": "month", "part_relative_month": "month",
                     "relative_year": "year", "part_relative_year": "year",
                     "year": "year"}.get(kind, "day")  # fmt: skip
        if kind in ("year", "year_noun", "year_range", "year_bare", "korean_year"):
            return get("y"), "year"
        if kind == "ago":
            precision = {"month": "month", "year": "year"}.get(get("unit").lower(), "day")
        if kind == "korean_relative":
            precision = _KOREAN_RELATIVE[get("word").replace(" ", "")][0]
        return None, precision
    if kind in ("relative_month", "part_relative_month"):
        year, month = _shift_month(published, _relative(get("which")))
        return f"{year:04d}-{month:02d}", "month"
    if kind in ("relative_year", "part_relative_year"):
        return f"{published.year + _relative(get('which')):04d}", "year"
    if kind == "relative_week":
        return (published + timedelta(days=7 * _relative(get("which")))).isoformat(), "day"
    if kind == "ago":
        n = int(get("n")) if get("n").isdigit() else SMALL_NUMBERS[get("n").lower()]
        unit = get("unit").lower()
        if unit in ("day", "week"):
            return (published - timedelta(days=n * (7 if unit == "week" else 1))).isoformat(), "day"
        if unit == "month":
            year, month = _shift_month(published, -n)
            return f"{year:04d}-{month:02d}", "month"
        return f"{published.year - n:04d}", "year"
    if kind == "korean_relative":
        unit, offset = _KOREAN_RELATIVE[get("word").replace(" ", "")]
        if unit == "month":
            year, month = _shift_month(published, offset)
            return f"{year:04d}-{month:02d}", "month"
        if unit == "year":
            return f"{published.year + offset:04d}", "year"
        return (published + timedelta(days=offset)).isoformat(), "day"
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
    if kind in ("year", "year_noun", "year_range", "year_bare", "korean_year"):
        return get("y"), "year"
    raise ValueError(kind)


_SINCE_BEFORE = re.compile(r"\b(?i:since|as of)\s+$")
# Prepositions left out of a date's written form ("in March" is written "March"); the others
# change its meaning and stay ("early March", "last March", "mid-2021").
_BARE_PREPOSITIONS = frozenset(
    "in since until till by during of from through with than to for after before throughout"
    " over between and".split()
)


_WRITES_A_YEAR = re.compile(r"(?:19|20)\d\d")


def extract_dates(text: str, published: date | None = None) -> list[dict]:
    """Every date mention: {"text", "date", "precision", "start", "end"}."""
    out = []
    last_end = 0
    context: tuple[str, int] | None = None  # the year of "this year" or "last year", and where
    written: int | None = None  # the last year written out ("in May 2022")
    for position, word in word_starts(text):
        if position < last_end:
            continue
        pattern = _pattern_for(word)
        if pattern is None:
            continue
        if (
            word in _BEFORE_A_YEAR_ONLY
            and not text[position + len(word) + 1 : position + len(word) + 2].isdigit()
        ):
            continue  # "a", "was": only "a 2014 report", "was 2019" make them dates
        match = pattern.match(text, position)
        if match and match.lastgroup == "month_day" and NAMED_AFTER_A_DATE.match(text, match.end()):
            last_end = match.end()
            continue  # "the February 8 Vinalon Complex": the name of a works, not a date
        if match:
            mention = _mention(text, match, published)
            kind = match.lastgroup
            if mention["precision"] == "year" and mention["date"] and kind == "relative_year":
                context = (mention["date"], mention["end"])
            elif (
                kind == "in_month"
                and mention["date"]
                and match.group("in_month_ry") is None
                and (later := _LATER_MONTH_YEAR.match(text, match.end()))
            ):
                # "from November to March 2024": the first month takes the year of the second
                month, later_month = int(mention["date"][5:7]), _month(later.group("m"))
                year = int(later.group("y")) - (month > later_month)
                mention["date"] = f"{year:04d}-{month:02d}"
            elif (
                kind == "in_month"
                and context
                and mention["date"]
                and match.group("in_month_ry") is None
                and match.group("in_month_prep").lower() in ("between", "from")
                and not _SENTENCE_BREAK.search(text, context[1], mention["start"])
            ):
                # "this year, ... between January and October": the months of that year
                mention["date"] = f"{context[0]}-{mention['date'][5:]}"
            elif (
                kind == "in_month"
                and match.group("in_month_prep").lower() == "that"
                and match.group("in_month_ry") is None
                and written
                and published is not None
                and written < published.year
                and mention["date"]
            ):
                # "the epidemic that August" (after "in May 2022"): the year written last
                mention["date"] = f"{written:04d}-{mention['date'][5:7]}"
            hyphened = (
                _HYPHENED_DAYS.search(text, max(last_end, match.start() - 8), match.start())
                if kind == "month_year" and mention["date"]
                else None
            )
            if hyphened is not None:
                # "week 7 (10-16 February 2025)": the first and last days, not the month
                month = mention["date"]
                for group in ("d1", "d2"):
                    day = _valid(int(month[:4]), int(month[5:7]), int(hyphened.group(group)))
                    if day:
                        out.append(_span(text, *hyphened.span(group), day.isoformat(), "day"))
                last_end = match.end()
                continue
            if kind in ("month_day", "day_month") and mention["date"]:
                lead = _DAY_LEAD.search(text, max(last_end - 40, 0), match.start())
                if kind == "day_month" and lead and lead.end() == match.start():
                    # "from 3 to 9 February 2025": the first day, of the same month
                    day = int(lead.group("d"))
                    if 0 < day < int(mention["date"][8:10]):
                        date_text = f"{mention['date'][:8]}{day:02d}"
                        out.append(_span(text, *lead.span("d"), date_text, "day"))
            out.append(mention)
            last_end = match.end()
            if mention["date"] and _WRITES_A_YEAR.search(match.group()):
                written = int(mention["date"][:4])
            day_tail = (
                _DAY_TAIL.match(text, last_end) if kind == "month_day" and mention["date"] else None
            )
            if day_tail and int(day_tail.group("d")) > int(mention["date"][8:10]):
                # "February 3 to 9, 2025": the last day, of the same month
                year = day_tail.group("y") or mention["date"][:4]
                if day_tail.group("y") and not match.group("month_day_y"):
                    mention["date"] = f"{year}{mention['date'][4:]}"
                second = _valid(int(year), int(mention["date"][5:7]), int(day_tail.group("d")))
                if second:
                    out.append(
                        _span(text, day_tail.start("d"), day_tail.end(), second.isoformat(), "day")
                    )
                    last_end = day_tail.end()
            month_tail = _MONTH_TAIL.match(text, last_end) if kind == "in_month" else None
            if month_tail and mention["date"] and match.group("in_month_ry") is None:
                # "between July and October", "from January to March": the second month, in
                # the first one's year (or the next, when it comes round again)
                first_year, first_month = int(mention["date"][:4]), int(mention["date"][5:7])
                month = _month(month_tail.group("m"))
                year = first_year + (month < first_month)
                out.append(_span(text, *month_tail.span("m"), f"{year:04d}-{month:02d}", "month"))
                last_end = month_tail.end()
            if kind in ("year", "year_noun"):
                # "in 2019, 2021, 2023 and 2024": every year of the list
                while more := _YEAR_LIST_TAIL.match(text, last_end):
                    out.append(_span(text, *more.span("y"), more.group("y"), "year"))
                    last_end = more.end()
            tail = _YEAR_TAIL.match(text, last_end) if match.lastgroup == "year_range" else None
            if tail:  # the second year of "2018-2020"
                out.append(_span(text, *tail.span("y"), tail.group("y"), "year"))
                last_end = tail.end()
    if published is not None:
        _order_ranges(text, out, published)
    return out


# North Korean works are named after dates: "the February 8 Vinalon Complex", "the February 8
# Machine Factory", "the June 4 Rolling Stock Works"
NAMED_AFTER_A_DATE = re.compile(
    r"\s+(?:(?-i:[A-Z][\w-]*)\s+){0,3}(?-i:Complex|Factory|Works|Mine|Plant|Enterprise|Colliery"
    r"|Stadium|Street|Bridge|Hospital|University|School|Farm)\b"
)
_RANGE_GAP = re.compile(r"\s*(?:and|to|until|till|through|[-–])\s*")


def _order_ranges(text: str, out: list[dict], published: date) -> None:
    """ "Between Aug. 1 and Sept. 8" in a February report: each end alone is nearest the
    publication in a different year; the range is the one before publication."""
    for first, second in zip(out, out[1:], strict=False):
        if (
            first["precision"] == "day"
            and second["precision"] == "day"
            and first["date"]
            and second["date"]
            and first["date"] > published.isoformat() >= second["date"]
            and not re.search(r"\d{4}", first["text"])
            and _RANGE_GAP.fullmatch(text, first["end"], second["start"])
        ):
            earlier = _valid(
                int(first["date"][:4]) - 1, int(first["date"][5:7]), int(first["date"][8:])
            )
            if earlier:
                first["date"] = earlier.isoformat()


# words that begin a date only before a year (tried only when a digit follows)
_BEFORE_A_YEAR_ONLY = frozenset({"was", "is", "except", "unlike"})
_MONTH_TAIL = re.compile(
    rf"\s*(?:and|to|through|until|till|[-–])\s+{_g(_MONTH, 'm')}\b(?![\w.]*\s+\d)(?!,?\s+\d)"
)
_LATER_MONTH_YEAR = re.compile(
    rf"\s*(?:and|to|through|until|till|[-–])\s+{_g(_MONTH, 'm')},?\s+{_g(_YEAR, 'y')}\b"
)
_DAY_TAIL = re.compile(
    r"\s*(?:to|-|–|and|through|until|till)\s*(?P<d>[12]\d|3[01]|0?[1-9])\b"
    r"(?!\s*(?:%|per\b|people|persons|patients|cases|deaths|children|residents|more|new|others?"
    r"|of|were|have|had|died)\b)"
    r"(?:,?\s+(?P<y>(?:19|20)\d\d)\b)?"
)
_DAY_LEAD = re.compile(r"\b(?P<d>[12]\d|3[01]|0?[1-9])\s*(?:to|-|–|and|through|until|till)\s*$")
_SENTENCE_BREAK = re.compile(r"[.!?]\s|\n")
_HYPHENED_DAYS = re.compile(r"\b(?P<d1>[12]\d|3[01]|0?[1-9])-(?P<d2>[12]\d|3[01]|0?[1-9])\s+$")
_YEAR_LIST_TAIL = re.compile(r"(?:,\s*|,?\s+(?:and|or)\s+)(?P<y>(?:19|20)\d\d)\b(?![-/.,]\d)")
_YEAR_TAIL = re.compile(r"[-–](?P<y>(?:19|20)\d\d)\b(?![-/.]\d)")


def _mention(text: str, match: re.Match, published: date | None) -> dict:
    """One match as {"text", "date", "precision", "start", "end"}."""
    kind = match.lastgroup
    groups = {k: v for k, v in match.groupdict().items() if v is not None}
    start, end = match.span()
    if kind in ("in_month", "year", "year_noun", "year_range"):
        # keep the preposition out of the written form when it carries no meaning
        prep = groups.get(f"{kind}_prep", "").lower()
        bare = prep in _BARE_PREPOSITIONS or prep.startswith("week")
        if bare or kind in ("year_noun", "year_range"):
            start = match.start(f"{kind}_{'m' if kind == 'in_month' else 'y'}")
    past = kind in ("month_day", "day_month", "part_month") and bool(
        _SINCE_BEFORE.search(text, max(0, start - 10), start)
    )
    if (
        not past
        and published is not None
        and (kind == "part_month" or (kind == "in_month" and match.group()[:3].lower() == "in "))
        and _PAST_VERB_BEFORE.search(text, max(0, match.start() - 30), match.start())
        and not _FUTURE_BEFORE.search(text, max(0, start - 70), start)
    ):
        past = True  # "who fled Wad Madani in December", in an October report: last December
    future = _without_year(kind, groups) and bool(
        _FUTURE_BEFORE.search(text, max(0, start - 70), start)
    )
    value, precision = _resolve(kind, groups, published, past, future)
    if value and precision == "month" and _THAT_YEAR_AFTER.match(text, end):
        # "declared victory in August of that year": the year last written before it
        years = _YEAR_WRITTEN.findall(text, max(0, start - 600), start)
        if years:
            value = f"{years[-1]}-{value[5:7]}"
    return _span(text, start, end, value, precision)


_THAT_YEAR_AFTER = re.compile(r",?\s+(?:of\s+)?(?:that|the\s+same)\s+year\b", re.IGNORECASE)
_YEAR_WRITTEN = re.compile(r"(?<![\d-])((?:19|20)\d\d)(?![\d-])")


# a verb in the past tense just before a month named without its year
_PAST_VERB_BEFORE = re.compile(
    r"\b(?:fled|died|began|started|arrived|left|returned|fell|was|were|had|did|(?!need)[a-z]+ed)"
    r"\b[^.!?;,\n]{0,20}\s$"
)
# what is to come: "Schools are scheduled to reopen in February", "the toll would rise further
# in January" (within the sentence)
_FUTURE_BEFORE = re.compile(
    r"\b(?:will|would|shall|scheduled|expected|due|planned|plans?|plan to|set to|going to"
    r"|forecast|predicted|projected)\b[^.!?;\n]*$",
    re.IGNORECASE,
)


def _without_year(kind: str, groups: dict) -> bool:
    """A month, or a day of a month, named without its year (the mentions ``future`` moves)."""
    return kind in (
        "korean", "month_day", "day_month", "part_month", "month_year", "in_month", "month_of_year"
    ) and not groups.get(f"{kind}_y")  # fmt: skip


def _span(text: str, start: int, end: int, value: str | None, precision: str) -> dict:
    """A date mention: {"text", "date", "precision", "start", "end"}."""
    return {"text": text[start:end], "date": value, "precision": precision, "start": start,
            "end": end}  # fmt: skip
