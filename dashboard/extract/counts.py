"""Counts tied to a measure: "eight patients ... died" -> deaths 8.

A number (digits, "1,800", "3.5 million", or words: "eight", "twenty-three") is taken with
its qualifier ("at least", "more than", "as many as") and range ("100 to 150", "100-150",
"between 100 and 150"); its measure is the nearest measure word in the same clause, looked for
after the number first ("23 people arrested", "eight patients ... died") and then before it
("arrested 23 people", "the death toll rose to 12"). A number with no measure word is not a
count (years, ages, sentences, percentages). "No confirmed cases" is cases 0.
"""

from __future__ import annotations

import re

from dashboard.extract.dates import extract_dates

UNITS = {
    "zero": 0, "no": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6,
    "seven": 7, "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12,
    "thirteen": 13, "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17,
    "eighteen": 18, "nineteen": 19, "a dozen": 12, "dozen": 12,
}  # fmt: skip
TENS = {
    "twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
    "eighty": 80, "ninety": 90,
}  # fmt: skip
SCALES = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}

_UNIT_WORDS = "|".join(sorted((k for k in UNITS if k != "no"), key=len, reverse=True))
_TEN_WORDS = "|".join(TENS)
_SMALL_WORD = (
    rf"(?:(?:{_TEN_WORDS})(?:[- ](?:one|two|three|four|five|six|seven|eight|nine))?|{_UNIT_WORDS})"
)
# "eight", "twenty-three", "two hundred and fifty", "one thousand two hundred", "a dozen"
_WORD_NUMBER = (
    rf"{_SMALL_WORD}(?:\s+(?:hundred|thousand|million|billion)"
    rf"(?:\s+(?:and\s+)?{_SMALL_WORD}(?!\s+(?:hundred|thousand|million|billion)))?)*"
)
_DIGITS = r"\d{1,3}(?:,\d{3})+(?:\.\d+)?|\d+(?:\.\d+)?"
_NUMBER = rf"(?:{_DIGITS})(?:\s*(?:hundred|thousand|million|billion))?|{_WORD_NUMBER}"
_QUALIFIER = (
    r"at least|more than|over|nearly|almost|about|around|roughly|some|up to|as many as"
    r"|fewer than|less than|at most|approximately|an estimated"
)
NUMBER_RE = re.compile(
    rf"(?<![\w.,/-])(?:(?P<qualifier>{_QUALIFIER})\s+)?(?:between\s+)?(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<high>{_NUMBER}))?(?![\w%/-]|\.\d|,\d)",
    re.IGNORECASE,
)
DENIAL_RE = re.compile(
    r"\b(?:no|zero|not a single|not one|not any)\s+(?:new\s+|confirmed\s+|suspected\s+|"
    r"reported\s+|known\s+|further\s+)*(?P<noun>cases?|infections?|deaths?|fatalities|patients?"
    r"|fever cases?)\b",
    re.IGNORECASE,
)

# Measure words, most specific first; each is matched as a word prefix.
MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("suspected_cases", r"fever cases?|suspected cases?|suspected infections?|people with fevers?"
                        r"|fever patients?|febrile|(?:showed|showing|with|had|developed) symptoms"
                        r"|fever"),
    ("deaths", r"death toll|deaths?|died|dead|dying|killed|fatalit\w+|lives|succumbed|perished"
               r"|passed away|bodies|corpses|cremated"),
    ("recovered", r"recover\w*|discharged|cured"),
    ("hospitalized", r"hospitali[sz]\w*|admitted(?= (?:to|with|into|for))|in hospital|inpatients?"),
    ("quarantined", r"quarantin\w*|isolat\w*+(?! wards?)|under (?:medical )?observation"),
    ("tested", r"tested|tests?\b|testing|screened"),
    ("arrests", r"arrest\w*|detained|detain\w*|jailed|rounded up|apprehended|taken into custody"),
    ("cases", r"cases?|infections?|infected|tested positive|positive|patients?|sick|ill\b"
              r"|illness(?:es)?"
              r"|fell ill|contracted|outbreak"),
)  # fmt: skip
_MEASURE_RE = re.compile("|".join(f"(?P<{m}>\\b(?:{p}))" for m, p in MEASURE_WORDS), re.IGNORECASE)
# After the number these words mean it is not a count of people.
_NOT_PEOPLE = re.compile(
    r"\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|times|km|kilomet"
    r"|miles?|meters?|metres?|won|yuan|dollars?|usd|kg|tons?|tonnes?|households?|in\s+(?:five|"
    r"ten|\w+)\b|of (?:the|those|these) \w+ (?:who|that|which)\b"
    r"|a\.m|p\.m|o'clock|st\b|nd\b|rd\b|th\b"
    r"|recorded instances|instances|sentences?)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s+(?:but|while|whereas|although|and|who|which)\b|\n")
AFTER_WINDOW = 70
BEFORE_WINDOW = 45


def parse_number(text: str) -> float | None:
    """'1,800' -> 1800; '3.5 million' -> 3500000; 'twenty-three' -> 23; 'a dozen' -> 12."""
    text = text.strip().lower().replace(",", "")
    digits = re.fullmatch(r"(\d+(?:\.\d+)?)\s*(hundred|thousand|million|billion)?", text)
    if digits:
        return float(digits[1]) * (SCALES[digits[2]] if digits[2] else 1)
    total = current = 0
    text = text.replace("a dozen", "dozen")
    for word in re.split(r"[- ]+", text):
        if word == "and":
            continue
        if word in UNITS:
            current += UNITS[word]
        elif word in TENS:
            current += TENS[word]
        elif word == "hundred":
            current *= 100
        elif word in SCALES:
            total += current * SCALES[word]
            current = 0
        else:
            return None
    return total + current


def _as_count(value: float | None) -> int | float | None:
    if value is None:
        return None
    return int(value) if value == int(value) else value


def _clause(text: str, start: int, end: int) -> tuple[int, int]:
    """The clause around [start, end): from the last break before to the first after."""
    left = max(0, start - 200)
    clause_start = left
    for m in _CLAUSE_BREAK.finditer(text, left, start):
        clause_start = m.end()
    m = _CLAUSE_BREAK.search(text, end, min(len(text), end + 200))
    clause_end = m.start() if m else min(len(text), end + 200)
    return clause_start, clause_end


_WEAK = re.compile(r"patients?|sick|ill|people", re.IGNORECASE)
_IMMEDIATE_GAP = re.compile(
    r"\W*(?:of|to|at|reached|rose to|stood at|of the|by)?\W*$", re.IGNORECASE
)


def _measure_near(text: str, start: int, end: int) -> str | None:
    """The measure of the number at [start, end): a measure word just before it ("deaths of
    eight", "arrested 23"), else the first strong one after it in the clause ("died" beats
    "patients"), else a weak one after, else the nearest before."""
    clause_start, clause_end = _clause(text, start, end)
    before = list(_MEASURE_RE.finditer(text, max(clause_start, start - BEFORE_WINDOW), start))
    if before and _IMMEDIATE_GAP.fullmatch(text, before[-1].end(), start):
        return before[-1].lastgroup
    after = list(_MEASURE_RE.finditer(text, end, min(clause_end, end + AFTER_WINDOW)))
    strong = [m for m in after if not _WEAK.fullmatch(m.group())]
    if strong:
        return strong[0].lastgroup
    if after:
        return after[0].lastgroup
    if before:
        return before[-1].lastgroup
    return None


def extract_counts(text: str, date_spans: list[tuple[int, int]] | None = None) -> list[dict]:
    """Every count with a measure: {"measure", "count", "count_low", "count_high",
    "qualifier", "text", "start", "end"}. Numbers inside ``date_spans`` (found here when not
    given) are parts of dates, not counts."""
    if date_spans is None:
        date_spans = [(d["start"], d["end"]) for d in extract_dates(text)]
    skip = date_spans
    out = []
    for m in NUMBER_RE.finditer(text):
        low = m.group("low")
        if low.lower() in ("one",) and re.match(r"\s+(?:of|in|another)\b", text[m.end() :]):
            continue
        if _NOT_PEOPLE.match(text, m.end()):
            continue
        if re.search(
            r"(?:No\.|Number|Bureau|Unit|Article|Room|Ward|No)\s*$",
            text[m.start() - 12 : m.start()],
        ):
            continue
        low_value = parse_number(low)
        if low_value is None:
            continue
        if re.fullmatch(r"(?:19|20)\d\d", low) and not m.group("high"):
            continue  # a year
        high_value = parse_number(m.group("high")) if m.group("high") else None
        if any(s <= m.start() < e for s, e in skip):
            continue
        if re.search(
            r"\b(?:one|\d+|two|three|four|five|ten)\s+(?:in|out of)\s*$",
            text[max(0, m.start() - 15) : m.start()],
        ):
            continue  # "one in five residents": a proportion
        measure = _measure_near(text, m.start(), m.end())
        if measure is None:
            continue
        out.append(
            {
                "measure": measure,
                "count": _as_count(low_value),
                "count_low": _as_count(low_value) if high_value is not None else None,
                "count_high": _as_count(high_value),
                "qualifier": (m.group("qualifier") or "").lower() or None,
                "text": m.group(),
                "start": m.start(),
                "end": m.end(),
            }
        )
    for m in DENIAL_RE.finditer(text):
        noun = m.group("noun").lower()
        measure = "deaths" if noun.startswith(("death", "fatal")) else "cases"
        if "suspected" in m.group().lower() or noun.startswith("fever"):
            measure = "suspected_cases"
        out.append(
            {
                "measure": measure,
                "count": 0,
                "count_low": None,
                "count_high": None,
                "qualifier": None,
                "text": m.group(),
                "start": m.start(),
                "end": m.end(),
            }  # fmt: skip
        )
    out.sort(key=lambda c: c["start"])
    return out
