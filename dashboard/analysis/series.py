"""Counts over time for the Region page. Pure: DataFrame in, DataFrame out."""

from __future__ import annotations

import pandas as pd

# Measures whose counts are comparable across voices on one chart.
COUNTED = ("deaths", "cases", "suspected_cases", "quarantined", "hospitalized", "recovered")


def counts_over_time(claims: pd.DataFrame) -> pd.DataFrame:
    """One row per claim with a count: date, voice, measure, count, label.

    The label names the voice and measure ("Official deaths", "Local deaths").
    """
    columns = ["date", "voice", "measure", "count", "label"]
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
    return out[columns].sort_values(["date", "label"], kind="stable").reset_index(drop=True)


def spans_orders_of_magnitude(counts: pd.DataFrame) -> bool:
    """True when the positive counts range over more than two orders of magnitude."""
    positive = counts.loc[counts["count"] > 0, "count"] if not counts.empty else counts
    return not positive.empty and positive.max() / positive.min() > 100
