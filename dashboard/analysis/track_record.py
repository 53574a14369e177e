"""How often each source, and each voice in a region, was later confirmed or refuted. Pure.

Claims (as ``Store.claims()`` returns them, or counted as ``Store.status_counts()`` does,
with a ``claims`` column; protected sources already shown by a neutral label for viewers)
in, one row per source or per voice × region out. Sources are kept apart by source_id,
never by name, so a neutral label is never resolved to an identity.

The empirical reliability is confirmed / (confirmed + refuted); below `min_sample`
resolved claims it is not given, and the verdict says "too few to judge".
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from dashboard import settings

RECORD_COLUMNS = ["claims", "confirmed", "refuted", "resolved", "reliability", "verdict"]
SOURCE_COLUMNS = ["source_id", "source", "voice", "source_reliability", *RECORD_COLUMNS]
VOICE_COLUMNS = ["voice", "region_code", *RECORD_COLUMNS]


def source_track_record(claims: pd.DataFrame, min_sample: int | None = None) -> pd.DataFrame:
    """Per source: source_id, source (as the claims frame shows it), voice,
    source_reliability (the assigned A–F grade), claims, confirmed, refuted, resolved,
    reliability (confirmed / resolved, NaN below `min_sample`), verdict
    ("7 of 9 confirmed (78%)" or "too few to judge (2 resolved)"). Most resolved first."""
    if claims.empty:
        return pd.DataFrame(columns=SOURCE_COLUMNS)
    labels = claims.groupby("source_id", sort=False)[
        ["source", "voice", "source_reliability"]
    ].first()
    record = _record(claims, ["source_id"], min_sample).join(labels)
    record = record.reset_index()[SOURCE_COLUMNS]
    return record.sort_values(
        ["resolved", "claims", "source_id"], ascending=[False, False, True], kind="stable"
    ).reset_index(drop=True)


def voice_track_record(claims: pd.DataFrame, min_sample: int | None = None) -> pd.DataFrame:
    """Per voice and region (of the claims): the same counts, reliability and verdict."""
    if claims.empty:
        return pd.DataFrame(columns=VOICE_COLUMNS)
    record = _record(claims, ["voice", "region_code"], min_sample).reset_index()
    return (
        record[VOICE_COLUMNS]
        .sort_values(["voice", "region_code"], kind="stable")
        .reset_index(drop=True)
    )


def _record(claims: pd.DataFrame, keys: list[str], min_sample: int | None) -> pd.DataFrame:
    minimum = settings.track_record_min() if min_sample is None else min_sample
    status = claims["status"]
    # One row a claim, or (as Store.status_counts gives) one row per group with its count.
    weight = claims["claims"].astype("int64") if "claims" in claims else 1
    frame = pd.DataFrame(
        {
            **{key: claims[key] for key in keys},
            "claims": weight,
            "confirmed": (status == "confirmed").astype("int64") * weight,
            "refuted": (status == "refuted").astype("int64") * weight,
        }
    )
    out = frame.groupby(keys, sort=False)[["claims", "confirmed", "refuted"]].sum()
    out["resolved"] = out["confirmed"] + out["refuted"]
    enough = out["resolved"] >= max(minimum, 1)
    out["reliability"] = np.where(enough, out["confirmed"] / out["resolved"].clip(lower=1), np.nan)
    out["verdict"] = [
        _verdict(confirmed, resolved, ok)
        for confirmed, resolved, ok in zip(out["confirmed"], out["resolved"], enough, strict=True)
    ]
    return out


def _verdict(confirmed: int, resolved: int, enough: bool) -> str:
    if not enough:
        return f"too few to judge ({resolved:,} resolved)"
    return f"{confirmed:,} of {resolved:,} confirmed ({confirmed / resolved:.0%})"
