"""Overview figures from the claim cube (see Store.claim_cube). Pure: DataFrame in, out.

The cube holds claim counts by region, voice, status, topic and day; filtering and summing
it in memory keeps a filter change far below a new scan of a million claims.
"""

from __future__ import annotations

import pandas as pd

from dashboard.filters import Filters
from dashboard.vocabulary import VOICES

CUBE_COLUMNS = ("region_code", "voice", "status", "topic", "stated_on", "claims")


def filter_cube(cube: pd.DataFrame, filters: Filters) -> pd.DataFrame:
    keep = pd.Series(True, index=cube.index)
    if filters.region:
        code = filters.region
        if len(code) == 2:
            keep &= (cube["region_code"] == code) | cube["region_code"].str.startswith(f"{code}-")
        else:
            keep &= cube["region_code"] == code
    if filters.date_from:
        keep &= cube["stated_on"] >= pd.Timestamp(filters.date_from)
    if filters.date_to:
        keep &= cube["stated_on"] <= pd.Timestamp(filters.date_to)
    if filters.topic:
        keep &= cube["topic"] == filters.topic
    if filters.voices:
        keep &= cube["voice"].isin(list(filters.voices))
    if filters.statuses:
        keep &= cube["status"].isin(list(filters.statuses))
    return cube[keep]


def headline(cube: pd.DataFrame) -> dict[str, int]:
    """Claims in all and by voice."""
    by_voice = cube.groupby("voice")["claims"].sum()
    figures = {"claims": int(cube["claims"].sum())}
    for voice in VOICES:
        figures[voice] = int(by_voice.get(voice, 0))
    return figures


def by_region(cube: pd.DataFrame, names: pd.DataFrame) -> pd.DataFrame:
    """Claims per region and voice: region_code, region_name, value, official, local, independent.

    `names` has columns code and name.
    """
    if cube.empty:
        return pd.DataFrame(columns=["region_code", "region_name", "value", *VOICES])
    table = cube.pivot_table(
        index="region_code", columns="voice", values="claims", aggfunc="sum", fill_value=0
    )
    for voice in VOICES:
        if voice not in table.columns:
            table[voice] = 0
    table = table[list(VOICES)].astype("int64")
    table["value"] = table.sum(axis=1)
    table = table.reset_index()
    lookup = dict(zip(names["code"], names["name"], strict=True))
    table["region_name"] = [lookup.get(code, code) for code in table["region_code"]]
    return table[["region_code", "region_name", "value", *VOICES]].sort_values(
        "value", ascending=False, kind="stable"
    )


def weekly(cube: pd.DataFrame) -> pd.DataFrame:
    """Claims per week (weeks start on Monday) and voice: week, voice, claims."""
    if cube.empty:
        return pd.DataFrame(columns=["week", "voice", "claims"])
    days = cube["stated_on"]
    week = (days - pd.to_timedelta(days.dt.day_of_week, unit="D")).dt.normalize()
    out = (
        cube.assign(week=week)
        .groupby(["week", "voice"], as_index=False)["claims"]
        .sum()
        .sort_values(["week", "voice"], kind="stable")
    )
    out["week"] = out["week"].dt.date
    return out.reset_index(drop=True)


def period(cube: pd.DataFrame) -> tuple | None:
    """First and last statement dates in the cube, or None."""
    if cube.empty:
        return None
    return cube["stated_on"].min().date(), cube["stated_on"].max().date()
