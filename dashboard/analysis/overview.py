"""Overview figures from the claim cube (see Store.claim_cube). Pure: DataFrame in, out.

The cube holds claim counts by region, voice, status, topic and day; filtering and summing
it in memory keeps a filter change far below a new scan of a million claims.
"""

from __future__ import annotations

import pandas as pd

from dashboard.filters import Filters
from dashboard.vocabulary import VOICES


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


def open_discrepancies(cause_sets: pd.DataFrame, events: pd.DataFrame) -> pd.DataFrame:
    """Events with an open discrepancy, found cheaply enough for the overview: event_id,
    region_code, facet ("cause" or "silence").

    - cause: for one measure, official claims name a cause and the other voices name a
      different set of causes (tuberculosis vs COVID-19);
    - silence: local accounts exist and no official claim at all.
    Count gaps need each event's series read in full; the Event page measures them.
    `cause_sets` comes from Store.cause_sets, `events` from Store.events.
    """
    found: list[tuple[int, str]] = []
    if not cause_sets.empty:
        sides = cause_sets.groupby(["event_id", "measure", "official"])["cause"].agg(frozenset)
        table = sides.unstack("official")
        if True in table.columns and False in table.columns:
            both = table.dropna(subset=[True, False])
            conflicted = both[both[True] != both[False]]
            found += [(int(e), "cause") for e in conflicted.index.get_level_values(0).unique()]
    silent = events[(events["official"] == 0) & (events["local"] > 0)]
    found += [(int(e), "silence") for e in silent["id"]]
    out = pd.DataFrame(found, columns=["event_id", "facet"])
    regions = dict(zip(events["id"], events["region_code"], strict=True))
    out["region_code"] = [regions.get(e) for e in out["event_id"]]
    return out.drop_duplicates().reset_index(drop=True)


def discrepancies_by_region(discrepancies: pd.DataFrame, by_region: pd.DataFrame) -> pd.DataFrame:
    """Events with an open discrepancy per region, in the shape of `by_region` (value =
    events), for colouring the map; regions with claims but none get 0."""
    counts = discrepancies.groupby("region_code")["event_id"].nunique()
    out = by_region[["region_code", "region_name"]].copy()
    out["value"] = [int(counts.get(code, 0)) for code in out["region_code"]]
    return out
