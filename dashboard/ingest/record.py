"""The one record every ingest adapter returns, and the text rules all adapters share.

A `DocumentRecord` is where claims are read: the text plus where and when it came from.
The content hash is taken over whitespace-normalised text so the same article pasted,
downloaded and read from a file hashes the same, and the store can keep it once.
"""

from __future__ import annotations

import hashlib
import re
import unicodedata
from dataclasses import dataclass
from datetime import UTC, date, datetime

ORIGINS = ("text", "file", "url", "feed")
PRECISIONS = ("day", "month", "year")


class IngestProblem(ValueError):
    """An input that cannot be ingested. The message says what, where and what to do."""


@dataclass(frozen=True)
class DocumentRecord:
    text: str
    url: str | None
    title: str | None
    publisher: str | None
    published_on: date | None
    published_precision: str | None  # "day" | "month" | "year"
    retrieved_at: datetime  # UTC, naive
    language: str | None
    content_hash: str  # sha256 hex of the whitespace-normalised text
    origin: str  # "text" | "file" | "url" | "feed"


@dataclass(frozen=True)
class IngestRun:
    """What one `ingest` call did: for the run log (counts, errors, duration)."""

    target: str
    kind: str
    records: list  # DocumentRecords; a feed read without fetch_links may add FeedItems
    problems: list[str]
    seen: set[str]
    started_at: datetime
    duration_seconds: float


def utc_now() -> datetime:
    return datetime.now(UTC).replace(tzinfo=None)


# Control characters other than tab and newline never carry meaning in an article and can
# corrupt a terminal or a brief; they are dropped from stored text.
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f\u200b\u2028\u2029\ufeff]")
_SPACES = re.compile(r"[ \t\u00a0\u3000]+")
_BLANK_LINES = re.compile(r"\n{3,}")
_ANY_WHITESPACE = re.compile(r"\s+")


def clean_text(text: str) -> str:
    """Text as stored: NFC, no control characters, tidy spaces, paragraphs kept."""
    text = unicodedata.normalize("NFC", text.replace("\r\n", "\n").replace("\r", "\n"))
    text = _CONTROL.sub("", text)
    lines = [_SPACES.sub(" ", line).strip() for line in text.split("\n")]
    return _BLANK_LINES.sub("\n\n", "\n".join(lines)).strip()


def content_hash(text: str) -> str:
    """sha256 of the text with every run of whitespace made one space: re-wrapping or
    re-indenting a document does not make it a new one."""
    normal = _ANY_WHITESPACE.sub(" ", unicodedata.normalize("NFC", text)).strip()
    return hashlib.sha256(normal.encode("utf-8")).hexdigest()


_PARTIAL_DATE = re.compile(r"^\s*(\d{4})(?:[-/.](\d{1,2})(?:[-/.](\d{1,2}))?)?(?:[T ].*)?\s*$")


def parse_published(value: object) -> tuple[date | None, str | None]:
    """(date, precision) from a date, a datetime or an ISO-like string: "2021" is year
    precision, "2021-03" month, "2021-03-15" (or a timestamp) day. Unknown → (None, None).

    A month-precision date is stored as the first of the month; the precision says it is
    not really the 1st.
    """
    if value is None or value == "":
        return None, None
    if isinstance(value, datetime):
        return value.date(), "day"
    if isinstance(value, date):
        return value, "day"
    match = _PARTIAL_DATE.match(str(value))
    if not match:
        return None, None
    year, month, day = (int(g) if g else None for g in match.groups())
    try:
        if day is not None:
            return date(year, month, day), "day"
        if month is not None:
            return date(year, month, 1), "month"
        return date(year, 1, 1), "year"
    except ValueError:
        return None, None


_HANGUL = re.compile(r"[\uac00-\ud7a3\u1100-\u11ff\u3130-\u318f]")
_LETTERS = re.compile(r"[^\W\d_]", re.UNICODE)
_ENGLISH_WORDS = frozenset("the of and to in that is was for on said with by from".split())


def guess_language(text: str) -> str | None:
    """A cheap guess for the languages Parallax sees most: Korean by script, English by
    its commonest words. Anything else is left unknown rather than guessed."""
    sample = text[:5000]
    letters = _LETTERS.findall(sample)
    if not letters:
        return None
    if len(_HANGUL.findall(sample)) / len(letters) > 0.3:
        return "ko"
    words = re.findall(r"[a-z]+", sample.lower())
    if words and sum(w in _ENGLISH_WORDS for w in words) / len(words) > 0.08:
        return "en"
    return None


def make_record(
    text: str,
    *,
    origin: str,
    where: str,
    url: str | None = None,
    title: str | None = None,
    publisher: str | None = None,
    published: object = None,
    precision: str | None = None,
    language: str | None = None,
) -> DocumentRecord:
    """Build a record, refusing empty text. `where` names the input in messages."""
    if origin not in ORIGINS:
        raise ValueError(f"origin must be one of {ORIGINS}, not {origin!r}")
    text = clean_text(text)
    if not text:
        raise IngestProblem(f"{where}: no readable text; check that it is the article itself")
    published_on, parsed_precision = parse_published(published)
    if published_on is None and published not in (None, ""):
        raise IngestProblem(
            f"{where}: publication date {published!r} is not a date; "
            "use YYYY-MM-DD, YYYY-MM or YYYY"
        )
    if precision is not None and precision not in PRECISIONS:
        raise ValueError(f"precision must be one of {PRECISIONS}, not {precision!r}")
    return DocumentRecord(
        text=text,
        url=url,
        title=_tidy(title),
        publisher=_tidy(publisher),
        published_on=published_on,
        published_precision=precision or parsed_precision,
        retrieved_at=utc_now(),
        language=(language or guess_language(text)),
        content_hash=content_hash(text),
        origin=origin,
    )


def _tidy(value: str | None) -> str | None:
    if value is None:
        return None
    value = clean_text(value).replace("\n", " ")
    return value or None
