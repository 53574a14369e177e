"""Measuring the gap between what officials say and what local people report. Pure.

Claims (a DataFrame as ``Store.claims()`` returns it) in, DataFrames out; no database.

**Pairing.** For each event the claims are grouped by *facet*:

- ``count:<measure>`` — every claim of a comparable measure (deaths, cases, …), with or
  without a figure;
- ``cause:<measure>`` — the claims of that measure that attribute it to a cause (a zero
  with a cause, "0 COVID-19 cases", denies rather than attributes, so it is left out);
- ``existence`` — claims of deaths, cases or suspected cases: did anything happen at all;
- ``restriction`` — lockdowns, bans, closures.

The two sides are the official voice and local accounts; as on the Event page
(`disagreement`), independent claims stand in for local accounts only when an event has no
local claim at all. Refuted claims are set aside.

**Periods.** A claim speaks of the period it says something happened in (``occurred_from``
… ``occurred_to``), or, without one, of the period it was stated in. Dates carry a
precision: "March 2021" covers 1–31 March, "2021" the whole year. The two sides of a facet
are compared over the span where their periods overlap (the intersection of each side's
first start and last end); claims outside it are not paired. When the spans do not meet
at all, both sides are listed but not compared (``periods_overlap`` is False).

**Counts over a period.** One source's figures for distinct periods add up (a daily
series); its figures with no occurrence period are totals for the event so far, so the
largest stands; different sources are alternatives, so the largest source total stands.
Ranges (count_low … count_high) are carried through as low and high; an open upper bound
("at least 120") is infinite.

**Day counts with coarse dates.** Official silence and acknowledgment lag are lower
bounds: they run from the *end* of the first local account's date (the last day it could
have been made) to the *start* of the official one; ``silence_exact`` is True when both
dates are exact days.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.analysis.disagreement import (
    COMPARED_MEASURES,
    INDEPENDENT_LABEL,
    LOCAL_LABEL,
    REPORTED_MEASURES,
    _plural,
    format_stated,
)

OFFICIAL = "official"
OTHER = "other"  # local accounts, or independent estimates standing in for them

PAIR_COLUMNS = [
    "event_id",
    "facet",
    "measure",
    "other_voice",
    "window_start",
    "window_end",
    "periods_overlap",
    "official_ids",
    "local_ids",
]
GAP_COLUMNS = [
    *PAIR_COLUMNS,
    "region_code",
    "first_claim_on",
    "official_causes",
    "local_causes",
    "cause_conflict",
    "official_low",
    "official_high",
    "local_low",
    "local_high",
    "official_count",
    "local_count",
    "local_reports_without_figure",
    "ratio",
    "difference",
    "denial",
    "count_gap",
    "gap_from",
    "gap_to",
    "gap_official_count",
    "gap_local_count",
    "first_local_on",
    "first_local_precision",
    "first_official_on",
    "first_official_precision",
    "official_silence_days",
    "still_silent",
    "silence_exact",
    "first_report_on",
    "acknowledged_on",
    "acknowledgment_lag_days",
    "still_unacknowledged",
]


# --- preparing claims ---------------------------------------------------------------------


def _timestamps(values) -> pd.Series:
    return pd.to_datetime(pd.Series(values), errors="coerce").astype("datetime64[s]")


def _period_end(start: pd.Series, precision: pd.Series) -> pd.Series:
    """The last day each date covers: 2021-03 (month) -> 2021-03-31, 2021 (year) -> 12-31."""
    end = start.copy()
    precision = precision.reindex(start.index)
    month = (precision == "month").to_numpy()
    year = (precision == "year").to_numpy()
    if month.any():
        end[month] = start[month] + pd.offsets.MonthEnd(0)
    if year.any():
        end[year] = start[year] + pd.offsets.YearEnd(0)
    return end


def _numbers(frame: pd.DataFrame, column: str) -> pd.Series:
    if column not in frame:
        return pd.Series(np.nan, index=frame.index)
    return pd.to_numeric(frame[column], errors="coerce").astype("float64")


def claim_periods(claims: pd.DataFrame) -> pd.DataFrame:
    """Each claim's period: start, end (Timestamps, both days inclusive) and ``dated``
    (True when the claim gives occurrence dates; else the period is its statement date's)."""
    stated = _timestamps(claims["stated_on"]).set_axis(claims.index)
    stated_end = _period_end(stated, claims["stated_precision"])
    if "occurred_from" in claims:
        occurred_from = _timestamps(claims["occurred_from"]).set_axis(claims.index)
        occurred_to = _timestamps(claims["occurred_to"]).set_axis(claims.index)
        from_end = _period_end(occurred_from, claims["occurred_from_precision"])
        to_end = _period_end(occurred_to, claims["occurred_to_precision"])
    else:
        occurred_from = occurred_to = from_end = to_end = pd.Series(
            pd.NaT, index=claims.index, dtype="datetime64[s]"
        )
    dated = (occurred_from.notna() | occurred_to.notna()).to_numpy()
    start = stated.where(~dated, occurred_from.fillna(occurred_to))
    # "From 14 May" with no end runs until the claim was made, at least.
    open_end = from_end.where(from_end > stated_end, stated_end)
    end = stated_end.where(~dated, to_end.fillna(open_end))
    return pd.DataFrame({"start": start, "end": end, "dated": dated}, index=claims.index)


def _standing(claims: pd.DataFrame) -> pd.DataFrame:
    """Claims not refuted, earliest first, with figures, periods and side worked out once.

    ``low``/``high``: the claim's range (its count at both ends when no range is given; an
    open upper bound is +inf; "up to N" has low 0); ``figure``: whether it gives one;
    ``side``: "official", "other" (local, or independent standing in) or None.
    """
    standing = claims[claims["status"] != "refuted"] if "status" in claims else claims
    count = _numbers(standing, "count")
    low = _numbers(standing, "count_low").fillna(count)
    high = _numbers(standing, "count_high").fillna(count)
    figure = low.notna() | high.notna()
    frame = pd.DataFrame(
        {
            "id": standing["id"].astype("int64"),
            "event_id": standing["event_id"].astype("int64"),
            "region_code": standing["region_code"].astype(object),
            "voice": standing["voice"].astype(object),
            "source_id": (
                standing["source_id"].astype("int64")
                if "source_id" in standing
                else pd.Series(-1, index=standing.index, dtype="int64")
            ),
            "measure": standing["measure"].astype(object),
            "cause": standing["cause"].astype(object).where(standing["cause"].notna(), None),
            "stated_on": _timestamps(standing["stated_on"]).set_axis(standing.index),
            "stated_precision": standing["stated_precision"].astype(object),
            "low": low.where(~figure, low.fillna(0.0)),
            "high": high.where(~(figure & high.isna()), np.inf),
            "figure": figure,
        },
        index=standing.index,
    )
    frame["stated_end"] = _period_end(frame["stated_on"], frame["stated_precision"])
    periods = claim_periods(standing)
    frame["start"], frame["end"], frame["dated"] = (
        periods["start"],
        periods["end"],
        periods["dated"],
    )
    frame["named_cause"] = frame["cause"].map(lambda c: isinstance(c, str) and bool(c.strip()))
    has_local = frame.loc[frame["voice"] == "local", "event_id"].unique()
    other_voice = np.where(frame["event_id"].isin(has_local), "local", "independent")
    frame["other_voice"] = other_voice
    frame["side"] = np.where(
        frame["voice"] == OFFICIAL,
        OFFICIAL,
        np.where(frame["voice"] == other_voice, OTHER, None),
    )
    return frame.sort_values(["stated_on", "id"], kind="stable")


def _facets(standing: pd.DataFrame) -> pd.DataFrame:
    """One row per claim and facet it speaks to (a claim can speak to several)."""
    sided = standing[standing["side"].notna()]
    compared = sided["measure"].isin(COMPARED_MEASURES)
    attributes = compared & sided["named_cause"] & ~(sided["figure"] & (sided["high"] == 0))
    parts = [
        sided[compared].assign(facet="count:" + sided.loc[compared, "measure"]),
        sided[attributes].assign(facet="cause:" + sided.loc[attributes, "measure"]),
        sided[sided["measure"].isin(REPORTED_MEASURES)].assign(facet="existence"),
        sided[sided["measure"] == "restriction"].assign(facet="restriction"),
    ]
    return pd.concat(parts, ignore_index=True)


def _paired(standing: pd.DataFrame) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(claim × facet rows with ``in_pair``, one row per event × facet with the window)."""
    facets = _facets(standing)
    keys = ["event_id", "facet"]
    spans = facets.groupby([*keys, "side"], sort=False).agg(
        start=("start", "min"), end=("end", "max")
    )
    spans = spans.unstack("side")
    groups = facets.groupby(keys, sort=False).agg(
        measure=("measure", "first"), other_voice=("other_voice", "first")
    )
    for side in (OFFICIAL, OTHER):
        for edge in ("start", "end"):
            column = (edge, side)
            groups[f"{side}_{edge}"] = (
                spans[column].reindex(groups.index) if column in spans.columns else pd.NaT
            )
    both = groups[f"{OFFICIAL}_start"].notna() & groups[f"{OTHER}_start"].notna()
    groups["window_start"] = groups[[f"{OFFICIAL}_start", f"{OTHER}_start"]].max(axis=1)
    groups["window_end"] = groups[[f"{OFFICIAL}_end", f"{OTHER}_end"]].min(axis=1)
    groups["periods_overlap"] = both & (groups["window_start"] <= groups["window_end"])
    groups.loc[~both, ["window_start", "window_end"]] = pd.NaT
    groups["measure"] = [
        m if f.startswith(("count:", "cause:")) else None
        for f, m in zip(groups.index.get_level_values("facet"), groups["measure"], strict=True)
    ]
    windows = groups[["window_start", "window_end", "periods_overlap"]]
    facets = facets.join(windows, on=keys)
    facets["in_pair"] = ~facets["periods_overlap"] | (
        (facets["start"] <= facets["window_end"]) & (facets["end"] >= facets["window_start"])
    )
    return facets, groups.reset_index()


def _id_tuples(rows: pd.DataFrame, keys: list[str]) -> pd.Series:
    return rows.groupby(keys, sort=False)["id"].agg(lambda ids: tuple(sorted(int(i) for i in ids)))


# --- pairing ------------------------------------------------------------------------------


def pair_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The official and local claims that speak to each event and facet.

    One row per event × facet: event_id, facet ("count:deaths", "cause:deaths",
    "existence", "restriction"), measure (None for existence and restriction),
    other_voice ("local", or "independent" standing in), window_start/window_end (the span
    both sides cover, NaT when a side is missing or the spans do not meet),
    periods_overlap, official_ids and local_ids (tuples of claim ids, sorted).
    """
    if claims.empty:
        return pd.DataFrame(columns=PAIR_COLUMNS)
    facets, groups = _paired(_standing(claims))
    return _pairs(facets, groups)


def _pairs(facets: pd.DataFrame, groups: pd.DataFrame) -> pd.DataFrame:
    keys = ["event_id", "facet"]
    paired = facets[facets["in_pair"]]
    out = groups.set_index(keys)
    for side, column in ((OFFICIAL, "official_ids"), (OTHER, "local_ids")):
        ids = _id_tuples(paired[paired["side"] == side], keys)
        out[column] = [ids.get(key, ()) for key in out.index]
    out = out.reset_index()
    out["_order"] = [_facet_order(f) for f in out["facet"]]
    out = out.sort_values(["event_id", "_order"], kind="stable")
    return out[PAIR_COLUMNS].reset_index(drop=True)


def _facet_order(facet: str) -> tuple[int, int]:
    kind, _, measure = facet.partition(":")
    kinds = ("cause", "count", "existence", "restriction")
    rank = COMPARED_MEASURES.index(measure) if measure in COMPARED_MEASURES else 0
    return kinds.index(kind), rank


# --- measures -----------------------------------------------------------------------------


def event_gaps(claims: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Every discrepancy measure, one row per event × facet (the columns of GAP_COLUMNS).

    Beside pair_claims' columns:

    - region_code (the region most of the event's claims name), first_claim_on;
    - cause facets: official_causes, local_causes (tuples, in order of first mention) and
      cause_conflict (both sides name causes and the sets differ);
    - count facets, over the paired window: official_low/high, local_low/high (floats, high
      may be inf), official_count / local_count (the largest figure each side's range
      allows, NaN without a figure), local_reports_without_figure (local claims of the
      measure that give no number), ratio (local / official; NaN when official is 0),
      difference (local − official), denial (official 0 against local reports of deaths,
      cases or suspected cases, or a local figure above 0 — unless both sides name causes
      and none is shared), count_gap (the ranges cannot both be true, or a denial);
    - existence: denial when every official report of deaths/cases is a 0;
    - every row of an event: first_local_on / first_official_on (Timestamps) with their
      precisions, official_silence_days (to the first official claim on the event, or to
      `today` with still_silent True), silence_exact;
    - count facets of deaths, cases and suspected cases: first_report_on (first local
      report), acknowledged_on (first official claim of the measure with a count above 0,
      or naming a cause the local side names), acknowledgment_lag_days (to then, or to
      `today` with still_unacknowledged True).

    Day counts are lower bounds when dates are coarser than a day (see the module notes).
    """
    if claims.empty:
        return pd.DataFrame(columns=GAP_COLUMNS)
    today_ts = pd.Timestamp(today or date.today())
    standing = _standing(claims)
    if standing.empty:
        return pd.DataFrame(columns=GAP_COLUMNS)
    facets, groups = _paired(standing)
    out = _pairs(facets, groups)
    keys = ["event_id", "facet"]
    index = pd.MultiIndex.from_frame(out[keys])
    paired = facets[facets["in_pair"]]

    events = _event_frame(standing, today_ts)
    out = out.join(events, on="event_id")

    causes = _cause_lists(paired, attributions_only=True)
    named = _cause_lists(paired, attributions_only=False)
    for side, column in ((OFFICIAL, "official_causes"), (OTHER, "local_causes")):
        out[column] = [causes.get((*key, side), ()) for key in index]
    is_cause = out["facet"].str.startswith("cause:").to_numpy()
    out["cause_conflict"] = is_cause & [
        bool(o) and bool(loc) and set(o) != set(loc)
        for o, loc in zip(out["official_causes"], out["local_causes"], strict=True)
    ]

    figures = _side_figures(paired)
    for side, prefix in ((OFFICIAL, "official"), (OTHER, "local")):
        for edge in ("low", "high"):
            column = (edge, side)
            values = figures[column] if column in figures.columns else pd.Series(dtype=float)
            out[f"{prefix}_{edge}"] = values.reindex(index).to_numpy(dtype=float)
    unquantified = (
        paired[(paired["side"] == OTHER) & ~paired["figure"]].groupby(keys, sort=False).size()
    )
    out["local_reports_without_figure"] = unquantified.reindex(index).fillna(0).to_numpy("int64")
    is_count = out["facet"].str.startswith("count:").to_numpy()
    is_existence = (out["facet"] == "existence").to_numpy()
    out.loc[~is_count, ["official_low", "official_high", "local_low", "local_high"]] = np.nan
    out.loc[~(is_count | is_existence), "local_reports_without_figure"] = 0
    out["official_count"] = _largest(out["official_low"], out["official_high"])
    out["local_count"] = _largest(out["local_low"], out["local_high"])
    comparable = out["periods_overlap"].to_numpy(dtype=bool)
    both = comparable & out["official_count"].notna() & out["local_count"].notna()
    out["ratio"] = np.where(
        both & (out["official_count"] > 0), out["local_count"] / out["official_count"], np.nan
    )
    out["difference"] = np.where(both, out["local_count"] - out["official_count"], np.nan)

    official_causes = [named.get((*key, OFFICIAL), ()) for key in index]
    other_causes = [named.get((*key, OTHER), ()) for key in index]
    causes_apart = np.array(
        [
            bool(o) and bool(loc) and not set(o) & set(loc)
            for o, loc in zip(official_causes, other_causes, strict=True)
        ],
        dtype=bool,
    )
    reported = np.array(
        [m in REPORTED_MEASURES if isinstance(m, str) else False for m in out["measure"]],
        dtype=bool,
    )
    local_positive = (out["local_low"] > 0).to_numpy() | (
        reported & (out["local_reports_without_figure"] > 0).to_numpy()
    )
    official_zero = (out["official_high"] == 0).to_numpy()
    count_denial = is_count & comparable & official_zero & local_positive & ~causes_apart
    existence_denial = is_existence & _existence_denials(paired, index) & ~causes_apart
    out["denial"] = count_denial | existence_denial
    apart = (out["official_high"] < out["local_low"]) | (out["local_high"] < out["official_low"])
    envelope_gap = (is_count & both & apart.to_numpy()) | count_denial
    windows = _window_gaps(facets).reindex(index)
    window_gap = windows["gap"].fillna(False).to_numpy(dtype=bool)
    window_denial = windows["denial"].fillna(False).to_numpy(dtype=bool)
    out["denial"] = out["denial"].to_numpy() | window_denial
    out["count_gap"] = envelope_gap | window_gap
    # Where the gap shows: the first local account's own period that shows it, else the
    # span both sides cover.
    use_window = window_gap
    out["gap_from"] = np.where(use_window, windows["start"], out["window_start"])
    out["gap_to"] = np.where(use_window, windows["end"], out["window_end"])
    out["gap_official_count"] = np.where(use_window, windows["official"], out["official_count"])
    out["gap_local_count"] = np.where(use_window, windows["local"], out["local_count"])
    no_gap = ~out["count_gap"].to_numpy(dtype=bool)
    out.loc[no_gap, ["gap_from", "gap_to"]] = pd.NaT
    out.loc[no_gap, ["gap_official_count", "gap_local_count"]] = np.nan
    for column in ("gap_from", "gap_to"):
        out[column] = pd.to_datetime(out[column])

    out = _acknowledgments(out, standing, today_ts)
    for column in ("official_silence_days", "acknowledgment_lag_days"):
        out[column] = out[column].astype("Int64")
    return out[GAP_COLUMNS]


def _window_gaps(facets: pd.DataFrame) -> pd.DataFrame:
    """Each local account of a count set against the official figures for its own period.

    An official series can acknowledge deaths early on and report 0 on the days a local
    account speaks of; the span-wide totals would hide that. For each local claim of a
    count facet, the official figures with occurrence dates whose periods overlap the
    claim's period are added up (per source; the largest source total stands). Returns,
    per event × facet, the earliest local claim whose figure cannot match (``gap``), or
    that reports deaths/cases against an official 0 (``denial``): start, end, official,
    local (NaN without a figure).
    """
    keys = ["event_id", "facet"]
    columns = ["start", "end", "official", "local", "gap", "denial"]
    counts = facets[facets["facet"].str.startswith("count:")]
    local = counts[counts["side"] == OTHER][
        [*keys, "id", "measure", "start", "end", "low", "high", "figure"]
    ]
    official = counts[(counts["side"] == OFFICIAL) & counts["figure"] & counts["dated"]][
        [*keys, "source_id", "start", "end", "low", "high"]
    ]
    if local.empty or official.empty:
        return pd.DataFrame(columns=columns, index=pd.MultiIndex.from_tuples([], names=keys))
    met = local.merge(official, on=keys, suffixes=("", "_official"))
    met = met[(met["start_official"] <= met["end"]) & (met["end_official"] >= met["start"])]
    figures = (
        met.groupby(["id", "source_id", "start_official", "end_official"])[
            ["low_official", "high_official"]
        ]
        .max()
        .groupby(level=["id", "source_id"])
        .sum()
        .groupby(level="id")
        .max()
    )
    local = local.join(figures, on="id", how="inner")
    reported = local["measure"].isin(REPORTED_MEASURES)
    says_some = (local["figure"] & (local["low"] > 0)) | (~local["figure"] & reported)
    local["denial"] = (local["high_official"] == 0) & says_some
    local["gap"] = local["denial"] | (
        local["figure"]
        & ((local["low"] > local["high_official"]) | (local["high"] < local["low_official"]))
    )
    found = local[local["gap"]].sort_values(["start", "end", "id"], kind="stable")
    found = found.drop_duplicates(keys).set_index(keys)
    return pd.DataFrame(
        {
            "start": found["start"],
            "end": found["end"],
            "official": _largest(found["low_official"], found["high_official"]),
            "local": _largest(found["low"], found["high"]).where(found["figure"]),
            "gap": True,
            "denial": found["denial"],
        }
    )


def _largest(low: pd.Series, high: pd.Series) -> pd.Series:
    return high.where(np.isfinite(high), low)


def _cause_lists(paired: pd.DataFrame, attributions_only: bool) -> dict:
    """(event_id, facet, side) -> causes named, in order of first mention."""
    named = paired[paired["named_cause"]]
    if attributions_only:
        named = named[~(named["figure"] & (named["high"] == 0))]
    found: dict = {}
    for key, cause in zip(
        zip(named["event_id"], named["facet"], named["side"], strict=True),
        named["cause"],
        strict=True,
    ):
        causes = found.setdefault(key, [])
        if cause not in causes:
            causes.append(cause)
    return {key: tuple(causes) for key, causes in found.items()}


def _side_figures(paired: pd.DataFrame) -> pd.DataFrame:
    """Low and high of each side's total over the window, per event × facet.

    Per source: figures for distinct periods add up (a series), undated figures are totals
    (the largest stands); across sources the largest stands.
    """
    counted = paired[paired["figure"] & paired["facet"].str.startswith("count:")]
    keys = ["event_id", "facet", "side"]
    if counted.empty:
        return pd.DataFrame(columns=pd.MultiIndex.from_product([["low", "high"], [OFFICIAL]]))
    # The same source giving two figures for the same period: the larger one stands.
    periods = counted.groupby([*keys, "source_id", "dated", "start", "end"], sort=False)[
        ["low", "high"]
    ].max()
    per_source = periods.groupby(level=[*keys, "source_id", "dated"], sort=False).agg(
        ["sum", "max"]
    )
    dated = per_source.index.get_level_values("dated").to_numpy(dtype=bool)
    totals = pd.DataFrame(
        {
            "low": np.where(dated, per_source[("low", "sum")], per_source[("low", "max")]),
            "high": np.where(dated, per_source[("high", "sum")], per_source[("high", "max")]),
        },
        index=per_source.index,
    )
    sides = totals.groupby(level=keys, sort=False).max()
    return sides.unstack("side")


def _existence_denials(paired: pd.DataFrame, index: pd.MultiIndex) -> np.ndarray:
    """True where every official report of deaths/cases is a 0 and the other side reports
    something (a figure above 0, or no figure at all)."""
    existence = paired[paired["facet"] == "existence"]
    official = existence[existence["side"] == OFFICIAL]
    zero = (
        (official["figure"] & (official["high"] == 0))
        .groupby([official["event_id"], official["facet"]])
        .all()
    )
    other = existence[existence["side"] == OTHER]
    reports = (
        (~other["figure"] | (other["low"] > 0)).groupby([other["event_id"], other["facet"]]).any()
    )
    zero = zero.reindex(index).fillna(False).to_numpy(dtype=bool)
    reports = reports.reindex(index).fillna(False).to_numpy(dtype=bool)
    return zero & reports


def _region_of_events(standing: pd.DataFrame) -> pd.Series:
    counts = standing.groupby(["event_id", "region_code"], sort=False).size()
    counts = counts.sort_values(ascending=False, kind="stable")
    return counts.reset_index().drop_duplicates("event_id").set_index("event_id")["region_code"]


def _event_frame(standing: pd.DataFrame, today: pd.Timestamp) -> pd.DataFrame:
    """Per event: region_code, first_claim_on, first local and official dates, silence."""
    events = pd.DataFrame(index=pd.Index(standing["event_id"].unique(), name="event_id"))
    events["region_code"] = _region_of_events(standing)
    events["first_claim_on"] = standing.groupby("event_id")["stated_on"].min()
    first_local = _firsts(standing[standing["side"] == OTHER])
    first_official = _firsts(standing[standing["side"] == OFFICIAL])
    events["first_local_on"] = first_local["stated_on"]
    events["first_local_precision"] = first_local["stated_precision"]
    local_end = first_local["stated_end"].reindex(events.index)
    events["first_official_on"] = first_official["stated_on"]
    events["first_official_precision"] = first_official["stated_precision"]
    official_start = events["first_official_on"]
    has_local = events["first_local_on"].notna()
    silent = has_local & official_start.isna()
    until = official_start.where(~silent, today)
    days = (until - local_end).dt.days.clip(lower=0)
    events["official_silence_days"] = days.where(has_local)
    events["still_silent"] = silent
    day = "day"
    events["silence_exact"] = has_local & (
        (events["first_local_precision"] == day)
        & (silent | (events["first_official_precision"] == day))
    )
    return events


def _firsts(rows: pd.DataFrame) -> pd.DataFrame:
    """The earliest claim of each event (by statement date, then the end of its period)."""
    ordered = rows.sort_values(["stated_on", "stated_end", "id"], kind="stable")
    return ordered.drop_duplicates("event_id").set_index("event_id")[
        ["stated_on", "stated_precision", "stated_end"]
    ]


def _acknowledgments(out: pd.DataFrame, standing: pd.DataFrame, today: pd.Timestamp):
    """First local report of deaths/cases and the first official acknowledgment of it."""
    out["first_report_on"] = pd.NaT
    out["acknowledged_on"] = pd.NaT
    out["acknowledgment_lag_days"] = np.nan
    out["still_unacknowledged"] = False
    reported = standing[standing["measure"].isin(REPORTED_MEASURES)]
    local = reported[(reported["side"] == OTHER) & (~reported["figure"] | (reported["low"] > 0))]
    if local.empty:
        return out
    keys = ["event_id", "measure"]
    first = local.sort_values(["stated_on", "stated_end"], kind="stable").drop_duplicates(keys)
    first = first.set_index(keys)
    local_causes = local[local["named_cause"]].groupby(keys)["cause"].agg(frozenset)
    official = reported[reported["side"] == OFFICIAL]
    positive = official["figure"] & (official["high"] > 0) & (official["low"] > 0)
    names_cause = np.array(
        [
            bool(named) and cause in local_causes.get((event, measure), frozenset())
            for event, measure, cause, named in zip(
                official["event_id"],
                official["measure"],
                official["cause"],
                official["named_cause"],
                strict=True,
            )
        ],
        dtype=bool,
    )
    acknowledging = official[positive.to_numpy() | names_cause]
    acknowledged = acknowledging.groupby(keys)["stated_on"].min()
    row_keys = list(zip(out["event_id"], out["measure"], strict=True))
    is_count = out["facet"].str.startswith("count:").to_numpy()
    report_on, report_end, ack_on = [], [], []
    for key, counted in zip(row_keys, is_count, strict=True):
        if counted and key in first.index:
            report_on.append(first.at[key, "stated_on"])
            report_end.append(first.at[key, "stated_end"])
            ack_on.append(acknowledged.get(key, pd.NaT))
        else:
            report_on.append(pd.NaT)
            report_end.append(pd.NaT)
            ack_on.append(pd.NaT)
    report_on = pd.Series(report_on, dtype="datetime64[s]")
    report_end = pd.Series(report_end, dtype="datetime64[s]")
    ack_on = pd.Series(ack_on, dtype="datetime64[s]")
    waiting = report_on.notna() & ack_on.isna()
    until = ack_on.where(~waiting, today)
    out["first_report_on"] = report_on.to_numpy()
    out["acknowledged_on"] = ack_on.to_numpy()
    out["acknowledgment_lag_days"] = (until - report_end).dt.days.clip(lower=0).to_numpy()
    out["still_unacknowledged"] = waiting.to_numpy()
    return out


# --- roll-ups -----------------------------------------------------------------------------

ROLL_UP_COLUMNS = [
    "events",
    "events_with_cause_conflict",
    "events_with_count_gap",
    "events_with_denial",
    "events_still_silent",
    "max_official_silence_days",
    "median_official_silence_days",
    "median_ratio",
    "max_acknowledgment_lag_days",
]


def roll_up(gaps: pd.DataFrame, by: str = "region", freq: str = "M") -> pd.DataFrame:
    """Per region (by="region": region_code) or per period of the events' first claim
    (by="period": period, the Monday of the week for freq="W", the first of the month for
    "M"): events, events_with_cause_conflict, events_with_count_gap, events_with_denial,
    events_still_silent, max/median official_silence_days, median_ratio (of count facets
    with a ratio), max_acknowledgment_lag_days. Accepts event_gaps' frame or any frame with
    event_id, region_code, first_claim_on and whichever measure columns it has.
    """
    if by not in ("region", "period"):
        raise ValueError(f'roll_up by "{by}": use "region" or "period"')
    if freq not in ("W", "M"):
        raise ValueError(f'roll_up freq "{freq}": use "W" (weeks) or "M" (months)')
    key = "region_code" if by == "region" else "period"
    if gaps.empty:
        return pd.DataFrame(columns=[key, *ROLL_UP_COLUMNS])
    frame = gaps.copy()
    if by == "period":
        first = pd.to_datetime(frame["first_claim_on"])
        if freq == "W":
            frame["period"] = (
                first - pd.to_timedelta(first.dt.day_of_week, unit="D")
            ).dt.normalize()
        else:
            frame["period"] = first.dt.to_period("M").dt.start_time
    events = frame.drop_duplicates("event_id")
    grouped = events.groupby(key, sort=True)
    out = pd.DataFrame({"events": grouped["event_id"].size()})
    for flag, column in (
        ("cause_conflict", "events_with_cause_conflict"),
        ("count_gap", "events_with_count_gap"),
        ("denial", "events_with_denial"),
    ):
        if flag in frame:
            hit = frame[frame[flag].fillna(False).astype(bool)]
            out[column] = hit.groupby(key)["event_id"].nunique().reindex(out.index).fillna(0)
        else:
            out[column] = 0
    if "still_silent" in events:
        silent = events[events["still_silent"].fillna(False).astype(bool)]
        out["events_still_silent"] = silent.groupby(key).size().reindex(out.index).fillna(0)
    else:
        out["events_still_silent"] = 0
    if "official_silence_days" in events:
        silence = pd.to_numeric(events["official_silence_days"], errors="coerce")
        out["max_official_silence_days"] = silence.groupby(events[key]).max()
        out["median_official_silence_days"] = silence.groupby(events[key]).median()
    if "ratio" in frame:
        ratio = pd.to_numeric(frame["ratio"], errors="coerce")
        out["median_ratio"] = ratio.groupby(frame[key]).median()
    if "acknowledgment_lag_days" in frame:
        lag = pd.to_numeric(frame["acknowledgment_lag_days"], errors="coerce")
        out["max_acknowledgment_lag_days"] = lag.groupby(frame[key]).max()
    for column in ROLL_UP_COLUMNS:
        if column not in out:
            out[column] = np.nan
    for column in ROLL_UP_COLUMNS[:5]:
        out[column] = out[column].astype("int64")
    return out.reset_index()[[key, *ROLL_UP_COLUMNS]]


def event_silences(daily: pd.DataFrame, today: date | None = None) -> pd.DataFrame:
    """Official silence per event from day counts, cheap enough for the overview.

    `daily` has event_id, region_code, voice, stated_on and optionally status (the
    claim_daily summary, or claims). Returns event_id, region_code, first_claim_on,
    first_local_on, first_official_on, official_silence_days, still_silent — the columns
    roll_up reads. Dates are taken as days: the summary keeps no precision, so a claim dated
    "March 2021" counts from 1 March here (the Event page, from full claims, is exact).
    """
    columns = [
        "event_id",
        "region_code",
        "first_claim_on",
        "first_local_on",
        "first_official_on",
        "official_silence_days",
        "still_silent",
    ]
    if daily.empty:
        return pd.DataFrame(columns=columns)
    today_ts = pd.Timestamp(today or date.today())
    rows = daily[daily["status"] != "refuted"] if "status" in daily else daily
    stated = pd.to_datetime(rows["stated_on"])
    event = rows["event_id"]
    firsts = stated.groupby([event, rows["voice"]]).min().unstack("voice")
    for voice in ("official", "local", "independent"):
        if voice not in firsts:
            firsts[voice] = pd.NaT
    out = pd.DataFrame(index=firsts.index)
    counts = rows.groupby(["event_id", "region_code"], sort=False).size()
    counts = counts.sort_values(ascending=False, kind="stable").reset_index()
    out["region_code"] = counts.drop_duplicates("event_id").set_index("event_id")["region_code"]
    out["first_claim_on"] = stated.groupby(event).min()
    out["first_local_on"] = firsts["local"].fillna(firsts["independent"])
    out["first_official_on"] = firsts["official"]
    has_local = out["first_local_on"].notna()
    silent = has_local & out["first_official_on"].isna()
    until = out["first_official_on"].where(~silent, today_ts)
    days = (until - out["first_local_on"]).dt.days.clip(lower=0)
    out["official_silence_days"] = days.where(has_local).astype("Int64")
    out["still_silent"] = silent
    out.index.name = "event_id"
    return out.reset_index()[columns]


# --- inconsistencies within the official record --------------------------------------------

INCONSISTENCY_COLUMNS = [
    "stated_on",
    "covers",
    "measure",
    "cause",
    "country",
    "national",
    "province_sum",
    "provinces",
    "difference",
    "national_ids",
    "province_ids",
]


def official_inconsistencies(claims: pd.DataFrame) -> pd.DataFrame:
    """Official figures by province that do not add up to the national figure.

    Official claims with a count and a day-precise statement date are grouped by country,
    measure, cause and the period the figure covers: its occurrence dates when given (so
    the figures for the same 24 hours meet even when the national paper printed them a day
    before the provincial broadcast, and two reports dated the same day for different days
    are not added together), else its statement day. Where a national figure (region code
    = the two-letter country) and province figures (``XX-nn``) meet, and the provinces' sum
    differs from the national figure, one row: stated_on (the national report's date),
    covers ("YYYY-MM-DD/YYYY-MM-DD", or the statement day), measure, cause, country,
    national, province_sum, provinces (how many reported), difference (national − province
    sum), national_ids, province_ids.
    Several national claims for one key (two outlets) are shown by the largest.
    """
    if claims.empty:
        return pd.DataFrame(columns=INCONSISTENCY_COLUMNS)
    rows = claims[
        (claims["voice"] == OFFICIAL)
        & (claims["stated_precision"] == "day")
        & claims["count"].notna()
        & (claims["status"] != "refuted" if "status" in claims else True)
    ]
    if rows.empty:
        return pd.DataFrame(columns=INCONSISTENCY_COLUMNS)
    region = rows["region_code"].astype(str)
    country = region.str.slice(0, 2)
    national = region.str.len() == 2
    province = pd.Series(
        [r.startswith(f"{c}-") for r, c in zip(region, country, strict=True)], index=rows.index
    )
    frame = pd.DataFrame(
        {
            "id": rows["id"].astype("int64"),
            "stated_on": _timestamps(rows["stated_on"]).set_axis(rows.index),
            "measure": rows["measure"].astype(object),
            "cause": rows["cause"].astype(object).fillna(""),
            "country": country,
            "level": np.where(national, "national", np.where(province, "province", None)),
            "region_code": region,
            "count": pd.to_numeric(rows["count"]).astype("float64"),
        }
    )
    periods = claim_periods(rows)
    # The figures for the same 24 hours (or other period) are compared, whatever day each
    # outlet published them on; a figure without occurrence dates, by its statement day.
    frame["covers"] = [
        f"{s:%Y-%m-%d}/{e:%Y-%m-%d}" if dated else f"{stated:%Y-%m-%d}"
        for s, e, dated, stated in zip(
            periods["start"], periods["end"], periods["dated"], frame["stated_on"], strict=True
        )
    ]
    frame = frame[frame["level"].notna()]
    keys = ["country", "measure", "cause", "covers"]
    nat = (
        frame[frame["level"] == "national"]
        .groupby(keys)
        .agg(
            stated_on=("stated_on", "min"),
            national=("count", "max"),
            national_ids=("id", lambda s: tuple(sorted(s))),
        )
    )
    prov_rows = frame[frame["level"] == "province"]
    # One province giving two figures for one key (two outlets): the larger one stands.
    per_province = prov_rows.groupby([*keys, "region_code"])["count"].max()
    prov = per_province.groupby(level=keys).agg(["sum", "size"])
    prov.columns = ["province_sum", "provinces"]
    prov["province_ids"] = prov_rows.groupby(keys)["id"].agg(lambda s: tuple(sorted(s)))
    both = nat.join(prov, how="inner")
    both["difference"] = both["national"] - both["province_sum"]
    both = both[both["difference"] != 0].reset_index()
    both["stated_on"] = both["stated_on"].dt.date
    for column in ("national", "province_sum", "difference"):
        both[column] = both[column].astype("int64")
    both["cause"] = both["cause"].replace("", None)
    out = both.sort_values(["stated_on", "measure"], kind="stable")
    return out[INCONSISTENCY_COLUMNS].reset_index(drop=True)


def inconsistency_summary(inconsistencies: pd.DataFrame) -> pd.DataFrame:
    """Per country and measure: dates (that do not add up), first_on, last_on, national
    (sum of national figures on those dates), province_sum, difference."""
    columns = ["country", "measure", "dates", "first_on", "last_on", "national", "province_sum"]
    if inconsistencies.empty:
        return pd.DataFrame(columns=[*columns, "difference"])
    out = (
        inconsistencies.groupby(["country", "measure"], sort=True)
        .agg(
            dates=("stated_on", "nunique"),
            first_on=("stated_on", "min"),
            last_on=("stated_on", "max"),
            national=("national", "sum"),
            province_sum=("province_sum", "sum"),
        )
        .reset_index()
    )
    out["difference"] = out["national"] - out["province_sum"]
    return out


# --- plain sentences ----------------------------------------------------------------------


def measured_gap(claims: pd.DataFrame, today: date | None = None) -> list[str]:
    """Everything measured between one event's official line and the other accounts, as
    plain sentences, each said once: cause conflicts and denials (`disagreements`), then
    count gaps, official silence and acknowledgment lag (`gap_sentences`). The Event page
    and the press brief both say exactly these."""
    from dashboard.analysis.disagreement import disagreements

    gaps = event_gaps(claims, today=today)
    measured = gap_sentences(gaps)
    # A count gap measured over dated periods says more than the event-wide comparison.
    dated = set()
    if not gaps.empty:
        counted = gaps[gaps["facet"].str.startswith("count:")]
        counted = counted[counted["count_gap"].fillna(False).astype(bool)]
        dated = set(counted["measure"])
    said = disagreements(claims, today=today)
    found = [d.sentence for d in said if not (d.facet == "count" and d.measure in dated)]
    if any(d.official.split(" ", 1)[0] == "0" for d in said):  # the denial is said
        measured = [m for m in measured if not m.startswith("Official figures deny")]
    # Official silence is said once (the first sentence names it), and "not acknowledged"
    # adds nothing while there is no official claim at all.
    if any(f.startswith("Official silence") for f in found):
        measured = [m for m in measured if not m.startswith("Official silence")]
    if not gaps.empty and gaps["still_silent"].fillna(False).astype(bool).any():
        measured = [m for m in measured if not m.startswith("Not acknowledged")]
    return list(dict.fromkeys(found + measured))


def gap_sentences(gaps: pd.DataFrame) -> list[str]:
    """One event's measured gaps as plain sentences with figures, for the Event page.

    Counts, denials, official silence and acknowledgment lag. Cause conflicts are left to
    `disagreement.disagreements`, whose sentences the Event page already shows.
    """
    if gaps.empty:
        return []
    found: list[str] = []
    for row in gaps.itertuples(index=False):
        label = LOCAL_LABEL if row.other_voice == "local" else INDEPENDENT_LABEL
        if row.facet.startswith("count:"):
            sentence = _count_sentence(row, label)
            if sentence:
                found.append(sentence)
        if row.facet == "existence" and row.denial:
            found.append(
                f"Official figures deny any deaths or cases (every official figure is 0); "
                f"{label} report them."
            )
    found += [s for s in (_acknowledgment_sentence(r) for r in gaps.itertuples()) if s]
    silence = _silence_sentence(gaps.iloc[0], gaps)
    if silence:
        found.insert(0, silence)
    return found


def _count_sentence(row, label: str) -> str | None:
    if not (row.count_gap or row.denial):
        return None
    measure = row.measure
    heading = _plural(measure).capitalize()
    when = _span(row.gap_from, row.gap_to)
    if row.gap_official_count == 0:
        if pd.notna(row.gap_local_count) and row.gap_local_count > 0:
            local_says = f"give {row.gap_local_count:,.0f} {_plural(measure)}"
        else:
            local_says = f"report {_plural(measure)} (no figure given)"
        return f"{heading}{when}: {label} {local_says}; official figures 0 — an official denial."
    if pd.isna(row.ratio) or (row.gap_from, row.gap_to) != (row.window_start, row.window_end):
        return (
            f"{heading}{when}: {label} give {row.gap_local_count:,.0f}; official figures "
            f"{row.gap_official_count:,.0f} ({row.gap_local_count / row.gap_official_count:,.1f}×, "
            f"{abs(row.gap_local_count - row.gap_official_count):,.0f} "
            f"{'more' if row.gap_local_count >= row.gap_official_count else 'fewer'})."
        )
    ratio = f"{row.ratio:,.1f}×, " if pd.notna(row.ratio) else ""
    more = row.difference
    diff = f"{abs(more):,.0f} {'more' if more >= 0 else 'fewer'}"
    return (
        f"{heading}{when}: {label} give {_figure_text(row.local_low, row.local_high)}; "
        f"official figures {_figure_text(row.official_low, row.official_high)} "
        f"({ratio}{diff})."
    )


def _acknowledgment_sentence(row) -> str | None:
    if pd.isna(row.first_report_on) or pd.isna(row.acknowledgment_lag_days):
        return None
    first = format_stated(row.first_report_on, None)
    days = _days(int(row.acknowledgment_lag_days))
    what = _plural(row.measure)
    if row.still_unacknowledged:
        return (
            f"Not acknowledged: {what} reported locally since {first}; no official claim "
            f"acknowledges them ({days}, still counting)."
        )
    if int(row.acknowledgment_lag_days) == 0:
        return None
    return (
        f"Acknowledgment lag: {days} (first local report of {what} {first}; first official "
        f"acknowledgment {format_stated(row.acknowledged_on, None)})."
    )


def _silence_sentence(first_row: pd.Series, gaps: pd.DataFrame) -> str | None:
    if pd.isna(first_row["first_local_on"]) or pd.isna(first_row["official_silence_days"]):
        return None
    days = int(first_row["official_silence_days"])
    at_least = "" if first_row["silence_exact"] else "at least "
    local_on = format_stated(first_row["first_local_on"], first_row["first_local_precision"])
    if first_row["still_silent"]:
        return (
            f"Official silence: {at_least}{_days(days)} (first local account {local_on}; "
            "no official claim yet, still counting)."
        )
    if days == 0:
        return None
    official_on = format_stated(
        first_row["first_official_on"], first_row["first_official_precision"]
    )
    return (
        f"Official silence: {at_least}{_days(days)} (first local account {local_on}; "
        f"first official claim {official_on})."
    )


def _days(n: int) -> str:
    return f"{n:,} day" if n == 1 else f"{n:,} days"


def _span(start, end) -> str:
    if pd.isna(start) or pd.isna(end):
        return ""
    first, last = format_stated(start, None), format_stated(end, None)
    return f", {first}" if first == last else f", {first} to {last}"


def _figure_text(low: float, high: float) -> str:
    if pd.isna(low) and pd.isna(high):
        return "no figure"
    if not np.isfinite(high):
        return f"at least {low:,.0f}"
    if low == high:
        return f"{low:,.0f}"
    return f"{low:,.0f}–{high:,.0f}"
