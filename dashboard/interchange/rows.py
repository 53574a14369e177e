"""Check and normalise chunks of interchange rows. Pure: no database, no Streamlit.

Every problem is reported as a RowError (row, field, value, reason); nothing is dropped
or repaired silently.
"""

from __future__ import annotations

import hashlib
import re
from dataclasses import dataclass, field

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.causes import normalise_cause
from dashboard.gazetteer import Gazetteer
from dashboard.interchange.formulas import QUOTED_COLUMNS, unquote_formulas
from dashboard.store.dates import parse_partial_date, period_end
from dashboard.store.models import MEASURES, RELIABILITY_GRADES, STATUSES, VOICES

_COUNT = re.compile(r"^\d{1,3}(?:,\d{3})+$|^\d+$")
_TRUE = {"true", "1", "yes", "y"}
_FALSE = {"false", "0", "no", "n", ""}
_DATE_FIELDS = ("stated_on", "published_on", "occurred_from", "occurred_to")
_TEXT_LIMITS = {
    "event": 500,
    "source": 300,
    "publisher": 300,
    "place": 300,
    "cause": 500,
    "claim_id": 200,
}


@dataclass(frozen=True)
class RowError:
    row: int
    field: str
    value: str
    reason: str
    label: str = "row"

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 60 else self.value[:57] + "..."
        shown = shown.replace("\n", "\\n")
        where = f"{self.label} {self.row}, {self.field}"
        return f'{where}: "{shown}" {self.reason}' if self.value else f"{where}: {self.reason}"


@dataclass
class CheckedChunk:
    """The chunk's rows that passed, normalised, plus every error found in the chunk."""

    rows: pd.DataFrame
    errors: list[RowError] = field(default_factory=list)


class RowChecker:
    """Holds look-up caches across the chunks of one file (regions, dates, causes)."""

    def __init__(self, gazetteer: Gazetteer, max_field_chars: int = 20_000, label: str = "row"):
        self.gazetteer = gazetteer
        self.max_field_chars = max_field_chars
        self.label = label
        self._regions: dict[str, tuple[str | None, str | None, str | None]] = {}
        self._dates: dict[str, tuple | str] = {}
        self._causes: dict[str, str | None] = {}

    # -- single values, cached ------------------------------------------------------------
    def region(self, text: str) -> tuple[str | None, str | None, str | None]:
        """(code, place name or None, error) for a region cell."""
        if text not in self._regions:
            resolution = self.gazetteer.resolve(text, fuzzy=False)
            if resolution.status == "region":
                self._regions[text] = (resolution.region.code, None, None)
            elif resolution.status == "place":
                self._regions[text] = (resolution.region.code, resolution.place.name, None)
            else:
                suggestion = self.gazetteer.resolve(text, fuzzy=True)
                if resolution.status == "ambiguous":
                    reason = resolution.message()
                elif suggestion.ok:
                    target = suggestion.place or suggestion.region
                    code = suggestion.region.code
                    reason = (
                        f"is not a known region or place; did you mean {target.name} ({code})? "
                        "Give the ISO 3166-2 code or an exact spelling"
                    )
                else:
                    reason = "is not a known region or place; give an ISO 3166-2 code (e.g. KP-10)"
                self._regions[text] = (None, None, reason)
        return self._regions[text]

    def date(self, text: str):
        if text not in self._dates:
            try:
                self._dates[text] = parse_partial_date(text)
            except ValueError as exc:
                self._dates[text] = str(exc)
        return self._dates[text]

    def cause(self, text: str) -> str | None:
        if text not in self._causes:
            self._causes[text] = normalise_cause(text)
        return self._causes[text]

    # -- a chunk --------------------------------------------------------------------------
    def check(self, frame: pd.DataFrame, row_numbers: list[int]) -> CheckedChunk:
        errors: list[RowError] = []
        bad = pd.Series(False, index=frame.index)
        rows = pd.Series(row_numbers, index=frame.index)
        out = pd.DataFrame(index=frame.index)

        def report(mask: pd.Series, column: str, reason: str, values=None) -> None:
            nonlocal bad
            if not mask.any():
                return
            shown = frame[column] if values is None else values
            for index in mask[mask].index:
                errors.append(
                    RowError(int(rows[index]), column, str(shown[index]), reason, self.label)
                )
            bad |= mask

        text = {c: frame[c].str.strip() for c in frame.columns}
        if frame.attrs.get("formula_quoted"):
            # After the strip: an exported "'\t=1" must come back as "\t=1", tab and all.
            for column in QUOTED_COLUMNS:
                text[column] = unquote_formulas(text[column])

        for column in ("event", "stated_on", "region", "voice", "source", "measure"):
            report(text[column] == "", column, "is required and empty")
        report(text["statement"] == "", "statement", "is required and empty")
        report(
            text["document_url"] == "",
            "document_url",
            "is required: every claim is traced to the document it was read in",
        )

        for column, limit in _TEXT_LIMITS.items():
            lengths = text[column].str.len()
            report(
                lengths > limit, column, f"is longer than {limit} characters", values=text[column]
            )
        for column in ("statement", "quote", "document_title", "document_url"):
            lengths = text[column].str.len()
            report(
                lengths > self.max_field_chars,
                column,
                f"is {{n}} characters; the limit is {self.max_field_chars:,} "
                "(PARALLAX_MAX_FIELD_CHARS)",
                values=text[column],
            )

        voice = text["voice"].str.lower()
        report(
            (voice != "") & ~voice.isin(VOICES),
            "voice",
            f"is not a voice; use one of: {', '.join(VOICES)}",
        )
        measure = text["measure"].str.lower()
        report(
            (measure != "") & ~measure.isin(MEASURES),
            "measure",
            f"is not a measure; use one of: {', '.join(MEASURES)}",
        )
        status = text["status"].str.lower().replace("", "unverified")
        report(
            ~status.isin(STATUSES), "status", f"is not a status; use one of: {', '.join(STATUSES)}"
        )
        grade = text["source_reliability"].str.upper().replace("", "F")
        report(
            ~grade.isin(RELIABILITY_GRADES),
            "source_reliability",
            "is not a reliability grade; use A (reliable) to E (unreliable), F (cannot be judged)",
        )
        synthetic_text = text["synthetic"].str.lower()
        report(~synthetic_text.isin(_TRUE | _FALSE), "synthetic", "is not true or false")

        numbers = {}
        for column in ("count", "count_low", "count_high", "credibility"):
            numbers[column], problem = _integers(text[column])
            report(problem, column, "is not a whole number of 0 or more")
        credibility = numbers["credibility"]
        report(
            credibility.notna() & ((credibility < 1) | (credibility > 6)),
            "credibility",
            "is not a credibility; use 1 (confirmed) to 6 (cannot be judged)",
        )
        low, high, count = numbers["count_low"], numbers["count_high"], numbers["count"]
        report(low.notna() & high.notna() & (low > high), "count_low", "is above count_high")
        report(count.notna() & low.notna() & (count < low), "count", "is below count_low")
        report(count.notna() & high.notna() & (count > high), "count", "is above count_high")

        parsed_dates = {}
        for column in _DATE_FIELDS:
            values = [self.date(v) if v else None for v in text[column].tolist()]
            # A parsed date is a tuple; a string is the reason it could not be parsed.
            reasons = pd.Series(
                [v if isinstance(v, str) else None for v in values],
                index=frame.index,
                dtype=object,
            )
            for reason in reasons.dropna().unique():
                report(reasons == reason, column, reason)
            parsed_dates[column] = [v if isinstance(v, tuple) else None for v in values]
        # "2020-02-09" to "2020-02" is fine: a month-precision end runs to the month's end.
        order = pd.Series(
            [
                a is not None and b is not None and a[0] > period_end(*b)
                for a, b in zip(
                    parsed_dates["occurred_from"], parsed_dates["occurred_to"], strict=True
                )
            ],
            index=frame.index,
        )
        report(order, "occurred_to", "is before occurred_from")

        regions = [self.region(v) if v else (None, None, None) for v in text["region"].tolist()]
        region_error = pd.Series([r[2] for r in regions], index=frame.index)
        for reason in set(region_error.dropna()):
            report(region_error == reason, "region", reason)

        def objects(values: list) -> pd.Series:
            # object dtype: turning millions of Python values into Arrow strings is costly.
            return pd.Series(values, index=frame.index, dtype=object)

        out["claim_id"] = text["claim_id"]
        out["event"] = text["event"]
        out["stated_on"] = objects([d[0] if d else None for d in parsed_dates["stated_on"]])
        out["stated_precision"] = objects([d[1] if d else None for d in parsed_dates["stated_on"]])
        out["region_code"] = objects([r[0] for r in regions])
        resolved_place = pd.Series([r[1] or "" for r in regions], index=frame.index)
        out["place"] = text["place"].where(text["place"] != "", resolved_place)
        out["voice"] = voice
        out["source"] = text["source"]
        out["source_reliability"] = grade
        out["measure"] = measure
        for column in ("count", "count_low", "count_high", "credibility"):
            out[column] = numbers[column]
        out["cause"] = objects([self.cause(v) for v in text["cause"].tolist()])
        out["cause_text"] = text["cause"]
        out["statement"] = text["statement"]
        out["quote"] = text["quote"]
        out["document_url"] = text["document_url"]
        out["document_title"] = text["document_title"]
        out["publisher"] = text["publisher"]
        for column, precision in (
            ("published_on", "published_precision"),
            ("occurred_from", "occurred_from_precision"),
            ("occurred_to", "occurred_to_precision"),
        ):
            out[column] = objects([d[0] if d else None for d in parsed_dates[column]])
            out[precision] = objects([d[1] if d else None for d in parsed_dates[column]])
        out["status"] = status
        out["synthetic"] = synthetic_text.isin(_TRUE)
        out["row"] = rows
        errors = [_fill_length(e) for e in errors]
        return CheckedChunk(rows=out[~bad], errors=errors)


def _fill_length(error: RowError) -> RowError:
    if "{n}" not in error.reason:
        return error
    return RowError(
        error.row,
        error.field,
        error.value[:40],
        error.reason.replace("{n}", f"{len(error.value):,}"),
        error.label,
    )


def _integers(values: pd.Series) -> tuple[pd.Series, pd.Series]:
    """Parse "1,234", "8" and spreadsheet floats like "8.0"; blank is missing."""
    cleaned = values.str.replace(r"\.0+$", "", regex=True)
    blank = cleaned == ""
    valid = cleaned.str.match(_COUNT) | blank
    numbers = pd.to_numeric(cleaned.where(valid & ~blank).str.replace(",", ""), errors="coerce")
    return numbers.astype("Int64"), ~valid


_HASHED = (
    "event",
    "stated_on",
    "stated_precision",
    "region_code",
    "place",
    "voice",
    "source",
    "source_reliability",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause_text",
    "statement",
    "quote",
    "document_url",
    "document_title",
    "publisher",
    "published_on",
    "published_precision",
    "occurred_from",
    "occurred_from_precision",
    "occurred_to",
    "occurred_to_precision",
    "credibility",
    "synthetic",
)


def content_hashes(rows: pd.DataFrame) -> list[str]:
    """sha256 (128 bits, hex) over a claim's normalised values: the same claim always hashes
    the same.

    Values are joined with U+001F, a missing value as "", dates as YYYY-MM-DD.
    """
    if rows.empty:
        return []
    arrays = [_arrow_text(rows[c]) for c in _HASHED]
    joined = pc.binary_join_element_wise(
        *arrays, "\x1f", null_handling="replace", null_replacement=""
    )
    return [hashlib.sha256(s.encode("utf-8")).hexdigest()[:32] for s in joined.to_pylist()]


def _arrow_text(values: pd.Series) -> pa.Array:
    if values.dtype == object:
        array = pa.array(values.tolist(), from_pandas=True)
    else:
        array = pa.array(values, from_pandas=True)
    return array if pa.types.is_string(array.type) else pc.cast(array, pa.string())
