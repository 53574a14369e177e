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
    rf"(?<![\w.,/-])(?=\w)(?:(?P<qualifier>{_QUALIFIER})\s+)?(?:between\s+)?(?P<low>{_NUMBER})"
    rf"(?:\s*(?:-|–|to|and)\s*(?P<high>{_NUMBER}))?(?![\w%/-]|\.\d|,\d)",
    re.IGNORECASE,
)
_DISEASE_WORD = (
    r"(?-i:[A-Z][\w-]*)|covid(?:-19)?|coronavirus|cholera|measles|dengue|typhoid|influenza|flu"
    r"|tuberculosis|malaria|mpox|polio|diphtheria|[a-z]+ fever"
)
DENIAL_RE = re.compile(
    r"\b(?:no|zero|not a single|not one|not any|(?:denied|deny|denies|denying|ruled out)"
    r"(?: that there (?:had been|were|was|have been))? any)\s+"
    rf"(?:(?:new|confirmed|suspected|reported|known|further|additional|{_DISEASE_WORD})\s+)*"
    r"(?P<noun>cases?|infections?|deaths?|fatalities|patients?|fever cases?)\b",
    re.IGNORECASE,
)

# Measure words, most specific first; each is matched as a word prefix.
MEASURE_WORDS: tuple[tuple[str, str], ...] = (
    ("suspected_cases", r"fever cases?|suspected cases?|probable cases?|suspected infections?"
                        r"|people with fevers?"
                        r"|fever patients?|febrile|(?:showed|showing|with|had|developed) symptoms"
                        r"|fever"),
    ("deaths", r"death toll|toll\b|deaths?|died|dead|dying|killed|fatalit\w+|lives|succumbed"
               r"|perished"
               r"|passed away|bodies|corpses|cremated"),
    ("recovered", r"recover\w*|discharged|cured"),
    ("hospitalized", r"hospitali[sz]\w*|admitted(?= (?:to|with|into|for))|in hospital|inpatients?"),
    ("quarantined", r"quarantin\w*|isolat\w*+(?! wards?)|under (?:medical )?observation"),
    ("tested", r"tested|tests?\b|testing|screened"),
    ("arrests", r"arrest\w*|detained|detain\w*|jailed|rounded up|apprehended|taken into custody"),
    ("cases", r"cases?|infections?|infected|tested positive|positive|patients?|sick|ill\b"
              r"|(?:asymptomatic )?carriers?"
              r"|illness(?:es)?"
              r"|fell ill|contracted|outbreak"),
)  # fmt: skip
_MEASURE_RE = re.compile(
    r"(?<!\w)(?=\w)(?:" + "|".join(f"(?P<{m}>\\b(?:{p}))" for m, p in MEASURE_WORDS) + ")",
    re.IGNORECASE,
)
# After the number these words mean it is not a count of people.
_NOT_PEOPLE = re.compile(
    r"\s*(?:%|percent|per cent|years?|months?|weeks?|days?|hours?|minutes?|times|km|kilomet"
    r"|miles?|meters?|metres?|won|yuan|dollars?|usd|kg|tons?|tonnes?|households?"
    r"|in\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|twenty|a hundred|every)\b"
    r"|of (?:the|those|these) \w+ (?:who|that|which)\b"
    r"|a\.m|p\.m|o'clock|st\b|nd\b|rd\b|th\b"
    r"|recorded instances|instances|sentences?)",
    re.IGNORECASE,
)
_CLAUSE_BREAK = re.compile(r"[.;:!?]\s|,\s+(?:but|while|whereas|although|and|who|which)\b|\n")
# Words before a number that make it a label: identifiers, phone numbers, periods, stages.
_LABEL_WORDS = frozenset(
    """no nos number bureau unit article room ward order decree directive resolution law case
    patient flight bus train route building block gate platform box helpline hotline phone
    telephone tel fax call dial ext code id week phase stage level wave round chapter page
    section grade version bulletin""".split()
)


def _label_before(text: str, start: int) -> bool:
    """The number at ``start`` follows a label word ("No. 37", "helpline, 1166", "week 6")."""
    before = text[max(0, start - 16) : start].rstrip(" ,:.(\t")
    if before.endswith("#"):
        return True
    word = before.rsplit(None, 1)[-1] if before.strip() else ""
    word = word.rsplit("(", 1)[-1].lower()
    return word in _LABEL_WORDS


# "one" followed by a thing rather than a person or a measure: "one freighter", "one day".
_ONE_THING = re.compile(
    r"\s+(?!of\s+(?:them|those|these)\b)(?!(?:more|new|additional|other|person|man|woman|child|boy|girl|baby|infant|patient"
    r"|resident|worker|soldier|student|doctor|nurse|teacher|farmer|trader|official|member"
    r"|prisoner|detainee|villager|guard|citizen|case|death|infection|victim|suspect|individual"
    r"|adult|elderly|old|young|local|citizen|sailor|crew)\w*\b)(?=[a-z])",
)
# "rose to 57 from 41": the second number is the same measure as the first.
_FROM_PREVIOUS = re.compile(
    r"\s*,?\s*(?:up |down )?(?:from|against|compared (?:with|to)|versus|vs\.?)\s+", re.IGNORECASE
)
# "the figure was 112" takes the measure of the count before it in the same sentence.
_FIGURE_BEFORE = re.compile(
    r"\b(?:the|its|their|that)\s+(?:figure|number|tally|total|count)\s+(?:was|is|stood at"
    r"|reached|rose to|fell to|came to)\s+$",
    re.IGNORECASE,
)
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


# "fever" after one of these (or a capitalised name: "Lassa fever") names a disease: its cases
# are cases, not the fever cases that stand for suspected ones.
_NAMED_FEVER = re.compile(
    r"(?:\b(?:typhoid|paratyphoid|scarlet|yellow|dengue|ha?emorrhagic|swine|rheumatic|enteric"
    r"|spotted|relapsing|glandular|valley|congo|Q)|(?-i:\b[A-Z][a-z]+))[\s-]+$",
    re.IGNORECASE,
)


_CONFIRMED_AND = re.compile(r"\bconfirmed\s+(?:and|or|&)\s+$", re.IGNORECASE)


def _measure_of(text: str, m: re.Match) -> str:
    if m.lastgroup == "suspected_cases":
        word = m.group().lower()
        if word.startswith("fever") and _NAMED_FEVER.search(
            text, max(0, m.start() - 25), m.start()
        ):
            return "cases"
        if word.startswith("probable") and _CONFIRMED_AND.search(
            text, max(0, m.start() - 20), m.start()
        ):
            return "cases"  # "confirmed and probable cases" together
    return m.lastgroup


def _measure_near(text: str, start: int, end: int) -> str | None:
    """The measure of the number at [start, end): a measure word just before it ("deaths of
    eight", "arrested 23"), else the first strong one after it in the clause ("died" beats
    "patients"), else a weak one after, else the nearest before."""
    clause_start, clause_end = _clause(text, start, end)
    before = list(_MEASURE_RE.finditer(text, max(clause_start, start - BEFORE_WINDOW), start))
    if before and _IMMEDIATE_GAP.fullmatch(text, before[-1].end(), start):
        return _measure_of(text, before[-1])
    after = list(_MEASURE_RE.finditer(text, end, min(clause_end, end + AFTER_WINDOW)))
    strong = [m for m in after if not _WEAK.fullmatch(m.group())]
    if strong:
        return _measure_of(text, strong[0])
    if after:
        return _measure_of(text, after[0])
    if before:
        return _measure_of(text, before[-1])
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
        if low.lower() == "one" and (
            re.match(r"\s+(?:of(?!\s+(?:them|those|these)\b)|in|another)\b", text[m.end() :])
            or _ONE_THING.match(text, m.end())
        ):
            continue  # "one of the hospitals", "one freighter": not a count of one
        if _NOT_PEOPLE.match(text, m.end()):
            continue
        if _label_before(text, m.start()):
            continue  # "No. 37", "helpline, 1166", "week 6", "phase 2": a label, not a count
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
        if measure is None and out and _FROM_PREVIOUS.fullmatch(text, out[-1]["end"], m.start()):
            measure = out[-1]["measure"]
        if (
            measure is None
            and out
            and _FIGURE_BEFORE.search(text, max(0, m.start() - 40), m.start())
        ):
            previous = out[-1]
            if m.start() - previous["end"] < 300 and not re.search(
                r"[.!?]\s", text[previous["end"] : m.start()]
            ):
                measure = previous["measure"]
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
