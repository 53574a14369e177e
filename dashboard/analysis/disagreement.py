"""What official claims and local accounts about one event disagree on, said plainly.

Pure: one event's claims (a DataFrame as ``Store.claims(event_id=...)`` returns it) in,
plain data out. The Event page shows the sentences above its two columns; a brief can
quote them as they are.

Facets, in this order, each by measure in the order of ``MEASURES``:

- **cause** — for one measure, the official side names a normalised cause and the other
  side names a different one ("Cause of 8 deaths: tuberculosis (…, official) vs COVID-19
  (local accounts).").
- **count** — both sides give a figure for one measure and the figures cannot both be
  true (their ranges do not overlap). An official 0 is a denial.
- **existence** — the other side reports deaths, cases or suspected cases and there is no
  official claim about the event at all.
- **timing** (the lag to acknowledgment) is not measured yet.

The "other" side is local accounts; independent claims stand in for it, as "independent
estimates", only when the event has no local claim at all. Local sources are never named:
their labels may stand for protected informants. Refuted claims are set aside: a claim
shown false is not a standing disagreement.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime

import pandas as pd

from dashboard.vocabulary import MEASURES

# Restrictions and "other" claims carry neither comparable counts nor causes.
COMPARED_MEASURES = tuple(m for m in MEASURES if m not in ("restriction", "other"))
# Measures whose mere report, met by official silence, is a discrepancy.
REPORTED_MEASURES = ("deaths", "cases", "suspected_cases")
# Above this many claims of one measure on one side the claims are a series (a daily
# report, say); comparing single figures across a series would mislead, so it is skipped.
SERIES_LIMIT = 3

LOCAL_LABEL = "local accounts"
INDEPENDENT_LABEL = "independent estimates"

# Singular and plural noun for a number of each measure ("1 death", "8 deaths").
_NOUNS = {
    "deaths": ("death", "deaths"),
    "cases": ("case", "cases"),
    "suspected_cases": ("suspected case", "suspected cases"),
    "quarantined": ("person quarantined", "people quarantined"),
    "hospitalized": ("person hospitalized", "people hospitalized"),
    "recovered": ("recovery", "recoveries"),
    "tested": ("person tested", "people tested"),
    "arrests": ("arrest", "arrests"),
    "restriction": ("restriction", "restrictions"),
    "other": ("other matter", "other matters"),
}
_MONTHS = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)
_PROTECTED_LABEL = re.compile(r"^Protected source #\d+")


@dataclass(frozen=True)
class Disagreement:
    facet: str  # "cause" | "count" | "existence" | "timing"
    measure: str | None
    sentence: str  # one plain sentence for a press officer
    official: str  # what the official side says, short ("tuberculosis", "0 cases", "silent")
    local: str  # what the other side says, short
    claim_ids: tuple[int, ...]  # the claims the sentence rests on


@dataclass(frozen=True)
class _Figure:
    """One claim's figure: an exact count, a range, or an open bound ("at least 120")."""

    low: int | None
    high: int | None
    claim_id: int

    @property
    def largest(self) -> int:
        return self.high if self.high is not None else self.low

    @property
    def is_one(self) -> bool:
        return self.low == 1 and self.high == 1

    def overlaps(self, other: _Figure) -> bool:
        inf = float("inf")
        return (self.low or 0) <= (other.high if other.high is not None else inf) and (
            other.low or 0
        ) <= (self.high if self.high is not None else inf)

    def text(self) -> str:
        if self.high is None:
            return f"at least {self.low:,}"
        if self.low is None:
            return f"up to {self.high:,}"
        if self.low == self.high:
            return f"{self.low:,}"
        return f"{self.low:,}–{self.high:,}"


@dataclass(frozen=True)
class _Sides:
    official: pd.DataFrame
    other: pd.DataFrame
    other_label: str  # LOCAL_LABEL or INDEPENDENT_LABEL

    def of(self, frame: pd.DataFrame, measure: str) -> pd.DataFrame:
        return frame[frame["measure"] == measure]


def disagreements(claims: pd.DataFrame, today: date | None = None) -> list[Disagreement]:
    """Every disagreement between the official side and local accounts of one event.

    Counts: when either side has more than ``SERIES_LIMIT`` claims of a measure (a daily
    series, say), the count facet for that measure is skipped; otherwise the largest single
    figure on each side is compared. Summing a series over the period local accounts cover
    is left to a later, series-aware measure. A claim's range (count_low–count_high) is used
    when given, and two figures conflict only when their ranges cannot both be true.

    `today` (default: the current date) ends the days of official silence.
    """
    if claims.empty:
        return []
    return _disagreements(_sides(_standing(claims)), today or date.today())


def agreement_summary(claims: pd.DataFrame) -> str:
    """One sentence on where the sides stand, for when `disagreements` has nothing to say.

    "No claims.", "Only official claims so far (12); no local account.", "Only local
    accounts so far (3); no official claim.", "Official and local claims agree on 8 deaths
    (tuberculosis).", or, when the sides do disagree, what on ("Official and local claims
    disagree on the cause of deaths.").
    """
    if claims.empty:
        return "No claims."
    standing = _standing(claims)
    refuted = len(claims) - len(standing)
    aside = f"; {refuted:,} refuted claim{'s' if refuted != 1 else ''} set aside" if refuted else ""
    official = int((standing["voice"] == "official").sum())
    local = int((standing["voice"] == "local").sum())
    independent = int((standing["voice"] == "independent").sum())
    if not (official or local or independent):
        return f"No standing claims{aside}."
    if not official:
        if local and independent:
            return (
                f"Only local accounts ({local:,}) and independent estimates ({independent:,}) "
                f"so far; no official claim{aside}."
            )
        if local:
            return f"Only local accounts so far ({local:,}); no official claim{aside}."
        return (
            f"Only independent estimates so far ({independent:,}); "
            f"no official claim or local account{aside}."
        )
    if not (local or independent):
        return f"Only official claims so far ({official:,}); no local account{aside}."
    sides = _sides(standing)
    both = (
        "Official and local claims"
        if sides.other_label == LOCAL_LABEL
        else "Official claims and independent estimates"
    )
    found = _disagreements(sides, date.today())
    if found:
        points = _join(_point(d) for d in found)
        return f"{both} disagree on {points}{aside}."
    return _agreement(sides, both, aside)


def format_stated(stated_on: date | datetime | str | None, precision: str | None) -> str:
    """A statement date as people read it: "2021-03-20", "March 2021", "2021"."""
    when = _as_date(stated_on)
    if when is None:
        return ""
    if precision == "year":
        return f"{when.year:04d}"
    if precision == "month":
        return f"{_MONTHS[when.month - 1]} {when.year:04d}"
    return when.isoformat()


# --- facets ------------------------------------------------------------------------------


def _disagreements(sides: _Sides, today: date) -> list[Disagreement]:
    counts = sorted(_count_gaps(sides), key=lambda d: MEASURES.index(d.measure))
    return [*_cause_conflicts(sides), *counts, *_silences(sides, today)]


def _cause_conflicts(sides: _Sides) -> list[Disagreement]:
    found = []
    for measure in COMPARED_MEASURES:
        official = _attributions(sides.of(sides.official, measure))
        other = _attributions(sides.of(sides.other, measure))
        official_causes = _unique(official["cause"])
        other_causes = _unique(other["cause"])
        if not official_causes or not other_causes or set(official_causes) == set(other_causes):
            continue
        figure = _single_figure(official) or _single_figure(other)
        what = _amount(figure, measure) if figure else _plural(measure)
        official_says = " / ".join(official_causes)
        other_says = " / ".join(other_causes)
        sentence = (
            f"Cause of {what}: {official_says} ({_official_attribution(official)}) "
            f"vs {other_says} ({sides.other_label})."
        )
        found.append(
            Disagreement(
                facet="cause",
                measure=measure,
                sentence=sentence,
                official=official_says,
                local=other_says,
                claim_ids=_ids(official, other),
            )
        )
    return found


def _count_gaps(sides: _Sides) -> list[Disagreement]:
    found = []
    for measure in COMPARED_MEASURES:
        official = sides.of(sides.official, measure)
        other = sides.of(sides.other, measure)
        if official.empty or other.empty:
            continue
        if len(official) > SERIES_LIMIT or len(other) > SERIES_LIMIT:
            continue
        official_top = _largest(official)
        other_top = _largest(other)
        if official_top is None:
            continue
        if official_top.largest == 0:
            if other_top is None and measure not in REPORTED_MEASURES:
                continue
            denial = _denial(sides, official, other, measure, other_top, measure)
            if denial:
                found.append(denial)
            continue
        if other_top is None or official_top.overlaps(other_top):
            continue
        ratio = other_top.largest / official_top.largest
        heading = _plural(measure).capitalize()
        found.append(
            Disagreement(
                facet="count",
                measure=measure,
                sentence=(
                    f"{heading}: official {official_top.text()} vs {sides.other_label} "
                    f"{other_top.text()} ({ratio:,.1f}×)."
                ),
                official=_amount(official_top, measure),
                local=_amount(other_top, measure),
                claim_ids=tuple(sorted({official_top.claim_id, other_top.claim_id})),
            )
        )
    cross = _zero_cases_against_deaths(sides)
    if cross:
        found.append(cross)
    return found


def _zero_cases_against_deaths(sides: _Sides) -> Disagreement | None:
    """Official figures of 0 cases while the other side reports deaths (DESIGN's example).

    Only when neither side speaks of the other's measure, so the same-measure facets have
    nothing to say.
    """
    official = sides.of(sides.official, "cases")
    other = sides.of(sides.other, "deaths")
    if official.empty or other.empty or len(official) > SERIES_LIMIT:
        return None
    if not sides.of(sides.official, "deaths").empty or not sides.of(sides.other, "cases").empty:
        return None
    official_top = _largest(official)
    if official_top is None or official_top.largest != 0:
        return None
    other_top = _largest(other) if len(other) <= SERIES_LIMIT else None
    return _denial(sides, official, other, "cases", other_top, "deaths")


def _denial(
    sides: _Sides,
    official: pd.DataFrame,
    other: pd.DataFrame,
    measure: str,
    other_top: _Figure | None,
    other_measure: str,
) -> Disagreement | None:
    """Official 0 of `measure` against reports of `other_measure`, unless they can agree.

    A zero for one disease does not deny reports of another: when both sides name causes
    and the causes differ, nothing is contradicted.
    """
    zeros = official[official["largest"].notna()]
    official_causes = set(_unique(zeros["cause"]))
    other_causes = set(_unique(other["cause"]))
    if official_causes and other_causes and not official_causes & other_causes:
        return None
    if other_top is not None and other_top.overlaps(_Figure(0, 0, 0)):
        return None
    if other_top is None:
        what = _plural(other_measure)
        local_short = f"{_plural(other_measure)} reported"
        rests_on = set(other["id"])
    else:
        what = other_top.text() if other_measure == measure else _amount(other_top, other_measure)
        local_short = _amount(other_top, other_measure)
        rests_on = {other_top.claim_id}
    return Disagreement(
        facet="count",
        measure=measure,
        sentence=(
            f"{_plural(measure).capitalize()}: official figures say 0; "
            f"{sides.other_label} report {what}."
        ),
        official=f"0 {_plural(measure)}",
        local=local_short,
        claim_ids=tuple(sorted({int(i) for i in zeros["id"]} | {int(i) for i in rests_on})),
    )


def _silences(sides: _Sides, today: date) -> list[Disagreement]:
    if not sides.official.empty:
        return []
    found = []
    for measure in REPORTED_MEASURES:
        reports = sides.of(sides.other, measure)
        if reports.empty:
            continue
        first = reports.iloc[0]  # claims are sorted by stated_on, then id
        precision = first["stated_precision"]
        first_on = _as_date(first["stated_on"])
        when = format_stated(first_on, precision)
        since = "on" if precision == "day" else "in"
        silence = ""
        if precision == "day" and first_on is not None:
            days = (today - first_on).days
            if days == 1:
                silence = " in the day since"
            elif days > 1:
                silence = f" in the {days:,} days since"
        found.append(
            Disagreement(
                facet="existence",
                measure=measure,
                sentence=(
                    f"Official silence: {sides.other_label} report {_plural(measure)} "
                    f"(first {since} {when}); no official statement{silence}."
                ),
                official="silent",
                local=f"{_plural(measure)} reported",
                claim_ids=tuple(sorted(int(i) for i in reports["id"])),
            )
        )
    return found


# --- agreement ----------------------------------------------------------------------------


def _agreement(sides: _Sides, both: str, aside: str) -> str:
    official_measures = _measures(sides.official)
    other_measures = _measures(sides.other)
    shared = [m for m in official_measures if m in other_measures]
    if not shared:
        return (
            f"Official claims ({_join(_plural(m) for m in official_measures)}) and "
            f"{sides.other_label} ({_join(_plural(m) for m in other_measures)}) "
            f"speak of different things; nothing to compare directly{aside}."
        )
    agreed = []
    series = False
    for measure in (m for m in shared if m in COMPARED_MEASURES):
        official = sides.of(sides.official, measure)
        other = sides.of(sides.other, measure)
        causes = _unique(_attributions(official)["cause"])
        cause_agreed = causes and set(causes) == set(_unique(_attributions(other)["cause"]))
        figure = None
        if len(official) > SERIES_LIMIT or len(other) > SERIES_LIMIT:
            series = True
        else:
            official_top, other_top = _largest(official), _largest(other)
            if official_top and other_top and official_top.overlaps(other_top):
                figure = official_top
        cause_text = " / ".join(causes)
        if figure and cause_agreed:
            agreed.append(f"{_amount(figure, measure)} ({cause_text})")
        elif figure:
            agreed.append(_amount(figure, measure))
        elif cause_agreed:
            agreed.append(f"the cause of {_plural(measure)} ({cause_text})")
    if agreed:
        return f"{both} agree on {_join(agreed)}{aside}."
    unmeasured = "; count series are not compared yet" if series else ""
    return (
        f"No disagreement found: {both[0].lower()}{both[1:]} both speak of "
        f"{_join(_plural(m) for m in shared)}{unmeasured}{aside}."
    )


def _point(found: Disagreement) -> str:
    if found.facet == "cause":
        return f"the cause of {_plural(found.measure)}"
    if found.facet == "count":
        return f"the number of {_plural(found.measure)}"
    return f"whether there were {_plural(found.measure)}"


# --- helpers ------------------------------------------------------------------------------


def _standing(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims not refuted, earliest first, with their figures worked out once.

    Adds ``low`` and ``high`` (a claim's range, its count at both ends when no range is
    given, NaN where unknown), ``largest`` (high, else low), ``named_cause`` and
    ``protected``. Only the columns used here are kept: event frames can be wide and long.
    """
    standing = claims[claims["status"] != "refuted"] if "status" in claims else claims
    frame = pd.DataFrame(
        {
            "id": standing["id"].astype("int64"),
            "voice": standing["voice"],
            "source": standing["source"],
            "measure": standing["measure"],
            "cause": standing["cause"],
            "stated_on": standing["stated_on"],
            "stated_precision": standing["stated_precision"],
        },
        index=standing.index,
    )
    count = _numbers(standing, "count")
    frame["low"] = _numbers(standing, "count_low").fillna(count)
    frame["high"] = _numbers(standing, "count_high").fillna(count)
    frame["largest"] = frame["high"].fillna(frame["low"])
    frame["named_cause"] = [isinstance(c, str) and bool(c.strip()) for c in frame["cause"]]
    labelled = [isinstance(n, str) and bool(_PROTECTED_LABEL.match(n)) for n in frame["source"]]
    flagged = (
        standing["source_protected"].fillna(False).astype(bool).to_numpy()
        if "source_protected" in standing
        else False
    )
    frame["protected"] = pd.Series(labelled, index=frame.index, dtype=bool) | flagged
    return frame.sort_values(["stated_on", "id"], kind="stable")


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(float("nan"), index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").astype("float64")


def _sides(claims: pd.DataFrame) -> _Sides:
    official = claims[claims["voice"] == "official"]
    local = claims[claims["voice"] == "local"]
    if not local.empty:
        return _Sides(official, local, LOCAL_LABEL)
    return _Sides(official, claims[claims["voice"] == "independent"], INDEPENDENT_LABEL)


def _figures(frame: pd.DataFrame) -> list[_Figure]:
    known = frame[frame["largest"].notna()]
    return [
        _Figure(_integer(low), _integer(high), int(claim_id))
        for claim_id, low, high in zip(known["id"], known["low"], known["high"], strict=True)
    ]


def _largest(frame: pd.DataFrame) -> _Figure | None:
    return max(_figures(frame), key=lambda f: f.largest, default=None)


def _single_figure(frame: pd.DataFrame) -> _Figure | None:
    """The figure when every claim with one gives the same; else None (ambiguous)."""
    figures = _figures(frame)
    if len({(f.low, f.high) for f in figures}) != 1:
        return None
    return figures[0]


def _attributions(frame: pd.DataFrame) -> pd.DataFrame:
    """Claims that name a cause for something that happened.

    A zero count with a cause ("0 COVID-19 cases") denies, it does not attribute.
    """
    return frame[frame["named_cause"] & (frame["largest"] != 0)]


def _official_attribution(official: pd.DataFrame) -> str:
    names = _unique(official["source"])
    if 1 <= len(names) <= 2 and not official["protected"].any():
        return f"{' and '.join(names)}, official"
    return "an official source" if len(names) == 1 else "official sources"


def _measures(frame: pd.DataFrame) -> list[str]:
    present = set(frame["measure"])
    return [m for m in MEASURES if m in present]


def _unique(values: Iterable) -> list[str]:
    seen: list[str] = []
    for value in values:
        if isinstance(value, str) and value.strip() and value not in seen:
            seen.append(value)
    return seen


def _ids(*frames: pd.DataFrame) -> tuple[int, ...]:
    return tuple(sorted({int(i) for frame in frames for i in frame["id"]}))


def _integer(value) -> int | None:
    if value is None or pd.isna(value):
        return None
    return int(value)


def _amount(figure: _Figure, measure: str) -> str:
    singular, plural = _NOUNS.get(measure, (measure, measure))
    return f"{figure.text()} {singular if figure.is_one else plural}"


def _plural(measure: str | None) -> str:
    return _NOUNS.get(measure, (measure, measure))[1] if measure else "claims"


def _join(items: Iterable[str]) -> str:
    items = list(items)
    if len(items) <= 1:
        return "".join(items)
    return f"{', '.join(items[:-1])} and {items[-1]}"


def _as_date(value) -> date | None:
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return None
    if isinstance(value, datetime):  # pandas Timestamp is a datetime
        return value.date()
    if isinstance(value, date):
        return value
    year, month, day = ([*map(int, str(value).strip()[:10].split("-")), 1, 1])[:3]
    return date(year, month, day)
