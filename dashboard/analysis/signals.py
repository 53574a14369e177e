"""Divergence signal: local accounts rising in a region while official figures stay flat.

The detector is EARS, the Early Aberration Reporting System of the US CDC, as used in
public-health syndromic surveillance:

- Hutwagner L, Thompson W, Seeman GM, Treadwell T. "The bioterrorism preparedness and
  response Early Aberration Reporting System (EARS)." J Urban Health 2003;80(2 Suppl 1):
  i89–96.
- Fricker RD Jr, Hegler BL, Dunfee DA. "Comparing syndromic surveillance detection
  methods: EARS' versus a CUSUM-based methodology." Stat Med 2008;27(17):3407–3429.

With Y_t the count in period t and mean/sd over a baseline of `baseline` periods:

- C1: baseline t−7 … t−1;           C1_t = (Y_t − mean) / sd
- C2: baseline t−9 … t−3 (a guard band of 2 periods keeps an outbreak's own start out of
  its baseline);                    C2_t = (Y_t − mean) / sd
- C3: C3_t = Σ_{i=t−2..t} max(0, C2_i − 1)

A period is flagged when the statistic exceeds `threshold` (3 in EARS for C1 and C2; EARS
flags C3 above 2, so set the threshold to 2 to follow it for C3). Here the periods are
weeks, not days. sd is floored at `min_sd`: a baseline of identical weeks (often all zero
for local accounts) has sd 0 and would make any claim an infinite signal; the R package
`surveillance` (earsC, ``minSigma``) takes the same way out. With the default of 1, a week
needs more than mean + 3 claims to be flagged after a flat baseline.
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard import settings

METHODS = ("C1", "C2", "C3")
SIGNAL_COLUMNS = [
    "region_code",
    "week",
    "local",
    "expected",
    "statistic",
    "flagged",
    "official",
    "official_expected",
    "official_flat",
    "signal",
]


def ears(
    counts,
    method: str = "C2",
    baseline: int = 7,
    guard: int = 2,
    threshold: float = 3.0,
    min_sd: float = 1.0,
) -> pd.DataFrame:
    """EARS on one vector of counts, oldest first: expected, sd, statistic, flagged.

    `guard` applies to C2 and C3 (C1 has none). The first periods, whose baseline is not
    yet full, get NaN and are never flagged. sd is the sample standard deviation (n − 1).
    """
    if method not in METHODS:
        raise ValueError(f'EARS method "{method}": use one of {", ".join(METHODS)}')
    values = pd.Series(np.asarray(counts, dtype="float64"))
    lag = 1 if method == "C1" else 1 + guard
    window = values.rolling(baseline, min_periods=baseline)
    expected = window.mean().shift(lag)
    sd = window.std(ddof=1).shift(lag).clip(lower=min_sd)
    c2 = (values - expected) / sd
    if method == "C3":
        excess = (c2 - 1).clip(lower=0)
        statistic = excess.rolling(3, min_periods=3).sum()
    else:
        statistic = c2
    return pd.DataFrame(
        {
            "count": values,
            "expected": expected,
            "sd": sd,
            "statistic": statistic,
            "flagged": (statistic > threshold).fillna(False).astype(bool),
        }
    )


def weekly_counts(daily: pd.DataFrame) -> pd.DataFrame:
    """Claims per region, week (the Monday) and voice from day counts or claims.

    `daily` has region_code, voice, stated_on and either claims (a count, as in
    claim_daily or the claim cube) or one row per claim. Refuted claims are left out
    when a status column is there. Claims dated only to a month or year cannot be put in
    a week: given claims with stated_precision they are left out; the summary tables keep
    no precision, so there they count in the week of the period's first day.
    """
    rows = daily
    if "status" in rows:
        rows = rows[rows["status"] != "refuted"]
    if "stated_precision" in rows:
        rows = rows[rows["stated_precision"] == "day"]
    stated = pd.to_datetime(rows["stated_on"])
    week = (stated - pd.to_timedelta(stated.dt.day_of_week, unit="D")).dt.normalize()
    claims = rows["claims"] if "claims" in rows else pd.Series(1, index=rows.index)
    frame = pd.DataFrame(
        {
            "region_code": rows["region_code"].to_numpy(),
            "voice": rows["voice"].to_numpy(),
            "week": week.to_numpy(),
            "claims": claims.to_numpy(),
        }
    )
    out = frame.groupby(["region_code", "week", "voice"], sort=True)["claims"].sum()
    return out.unstack("voice", fill_value=0).reset_index()


def divergence_signals(
    daily: pd.DataFrame,
    date_from: date | None = None,
    date_to: date | None = None,
    method: str | None = None,
    baseline: int | None = None,
    guard: int | None = None,
    threshold: float | None = None,
    min_sd: float | None = None,
) -> pd.DataFrame:
    """Per region and week: local accounts against their own EARS baseline, and whether
    official claims stayed flat.

    Returns region_code, week (Timestamp, Monday), local (claims), expected (baseline mean),
    statistic (of `method`), flagged, official (claims), official_expected (the same
    baseline's mean of official claims), official_flat (no official claim that week, or no
    more than that mean), signal (flagged and official_flat). Weeks without a claim count
    as 0; the weeks before `date_from` are used as baseline but not returned. Parameters
    left as None come from the settings (PARALLAX_EARS_*).
    """
    method = method or settings.ears_method()
    baseline = baseline if baseline is not None else settings.ears_baseline_weeks()
    guard = guard if guard is not None else settings.ears_guard_weeks()
    threshold = threshold if threshold is not None else settings.ears_threshold()
    min_sd = min_sd if min_sd is not None else settings.ears_min_sd()
    weekly = weekly_counts(daily)
    if weekly.empty:
        return pd.DataFrame(columns=SIGNAL_COLUMNS)
    for voice in ("official", "local"):
        if voice not in weekly:
            weekly[voice] = 0
    first = weekly["week"].min()
    last = weekly["week"].max()
    if date_to is not None:
        last = _monday(pd.Timestamp(date_to))
    weeks = pd.date_range(first, max(first, last), freq="7D")
    regions = weekly["region_code"].unique()
    grid = pd.MultiIndex.from_product([regions, weeks], names=["region_code", "week"])
    full = (
        weekly.set_index(["region_code", "week"])[["local", "official"]]
        .reindex(grid, fill_value=0)
        .sort_index()
    )
    n = len(weeks)
    local = full["local"].to_numpy(dtype="float64").reshape(len(regions), n)
    official = full["official"].to_numpy(dtype="float64").reshape(len(regions), n)
    stats = _ears_matrix(local, method, baseline, guard, min_sd)
    official_expected = _baseline_mean(official, 1 if method == "C1" else 1 + guard, baseline)
    out = pd.DataFrame(
        {
            "region_code": np.repeat(regions, n),
            "week": np.tile(weeks, len(regions)),
            "local": local.ravel().astype("int64"),
            "expected": stats["expected"].ravel(),
            "statistic": stats["statistic"].ravel(),
            "official": official.ravel().astype("int64"),
            "official_expected": official_expected.ravel(),
        }
    )
    out["flagged"] = (out["statistic"] > threshold).fillna(False).astype(bool)
    out["official_flat"] = (out["official"] == 0) | (
        out["official"] <= out["official_expected"]
    ).fillna(False)
    out["signal"] = out["flagged"] & out["official_flat"]
    if date_from is not None:
        out = out[out["week"] >= _monday(pd.Timestamp(date_from))]
    return out[SIGNAL_COLUMNS].reset_index(drop=True)


def ranked_signals(signals: pd.DataFrame, limit: int | None = 20) -> pd.DataFrame:
    """The weeks with a signal, strongest first (statistic, then the most recent week)."""
    hits = signals[signals["signal"]]
    ranked = hits.sort_values(["statistic", "week"], ascending=[False, False], kind="stable")
    ranked = ranked.reset_index(drop=True)
    return ranked if limit is None else ranked.head(limit)


def _monday(day: pd.Timestamp) -> pd.Timestamp:
    return (day - pd.Timedelta(days=day.day_of_week)).normalize()


def _baseline_mean(matrix: np.ndarray, lag: int, baseline: int) -> np.ndarray:
    """Row-wise mean of the `baseline` periods ending `lag` periods before each column."""
    frame = pd.DataFrame(matrix.T)
    return frame.rolling(baseline, min_periods=baseline).mean().shift(lag).to_numpy().T


def _ears_matrix(
    local: np.ndarray, method: str, baseline: int, guard: int, min_sd: float
) -> dict[str, np.ndarray]:
    """`ears` on every row of a region × week matrix at once (same definitions)."""
    if method not in METHODS:
        raise ValueError(f'EARS method "{method}": use one of {", ".join(METHODS)}')
    lag = 1 if method == "C1" else 1 + guard
    frame = pd.DataFrame(local.T)
    window = frame.rolling(baseline, min_periods=baseline)
    expected = window.mean().shift(lag)
    sd = window.std(ddof=1).shift(lag).clip(lower=min_sd)
    statistic = (frame - expected) / sd
    if method == "C3":
        statistic = (statistic - 1).clip(lower=0).rolling(3, min_periods=3).sum()
    return {"expected": expected.to_numpy().T, "statistic": statistic.to_numpy().T}
