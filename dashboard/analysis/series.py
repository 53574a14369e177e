"""Counts over time for the Region page. Pure: DataFrame in, DataFrame out."""

from __future__ import annotations

import pandas as pd

# Measures whose counts are comparable across voices on one chart.
COUNTED = ("deaths", "cases", "suspected_cases", "quarantined", "hospitalized", "recovered")


def counts_over_time(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim with a count: date, voice, measure, count, label, series.

    The label names the voice and measure ("Official deaths"); `series` is the event when
    the claims span several events, so that a line never joins figures about different
    events ("" otherwise).
    """
    columns = ["date", "voice", "measure", "count", "label", "series"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    counted = claims[claims["measure"].isin(COUNTED) & claims["count"].notna()]
    out = pd.DataFrame(
        {
            "date": counted["stated_on"],
            "voice": counted["voice"],
            "measure": counted["measure"],
            "count": counted["count"].astype("int64"),
        }
    )
    voice_word = {"official": "Official", "local": "Local", "independent": "Independent"}
    out["label"] = [
        f"{voice_word.get(v, v)} {m.replace('_', ' ')}"
        for v, m in zip(out["voice"], out["measure"], strict=True)
    ]
    several = "event" in counted.columns and counted["event"].nunique() > 1
    out["series"] = [_short(e) for e in counted["event"]] if several else ""
    return out[columns].sort_values(["date", "label"], kind="stable").reset_index(drop=True)


def spans_orders_of_magnitude(counts: pd.DataFrame) -> bool:
    """True when the positive counts range over more than two orders of magnitude."""
    positive = counts.loc[counts["count"] > 0, "count"] if not counts.empty else counts
    return not positive.empty and positive.max() / positive.min() > 100


def _short(text: str, limit: int = 40) -> str:
    return text if len(text) <= limit else text[: limit - 1] + "…"


def reports_without_figures(claims: pd.DataFrame) -> pd.DataFrame:
    """Local and independent claims of a counted measure that give no figure: date, voice,
    measure, statement. They belong beside the official series, not out of the chart."""
    columns = ["date", "voice", "measure", "statement"]
    if claims.empty:
        return pd.DataFrame(columns=columns)
    chosen = claims[
        (claims["voice"] != "official")
        & claims["measure"].isin(COUNTED)
        & claims["count"].isna()
        & claims["count_low"].isna()
    ]
    out = chosen.rename(columns={"stated_on": "date"})[columns]
    return out.sort_values("date", kind="stable").reset_index(drop=True)
