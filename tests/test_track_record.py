"""dashboard.analysis.track_record: confirmed and refuted claims per source and voice."""

from __future__ import annotations

import pandas as pd

from dashboard.analysis.track_record import source_track_record, voice_track_record


def claims(rows):
    return pd.DataFrame(
        rows,
        columns=[
            "id",
            "source_id",
            "source",
            "voice",
            "source_reliability",
            "region_code",
            "status",
        ],
    )


def sample():
    rows = []
    statuses = ["confirmed"] * 4 + ["refuted"] * 2 + ["unverified"]
    for i, status in enumerate(statuses):
        rows.append((i, 1, "Provincial hospital", "official", "C", "KP-10", status))
    # A protected informant, shown by its neutral label: kept by id, never resolved.
    rows.append((20, 7, "Protected source #3 (Ryanggang)", "local", "D", "KP-10", "confirmed"))
    rows.append((21, 7, "Protected source #3 (Ryanggang)", "local", "D", "KP-10", "refuted"))
    return claims(rows)


def test_rate_and_sample_beside_the_grade():
    record = source_track_record(sample(), min_sample=5).set_index("source_id")
    hospital = record.loc[1]
    assert (hospital["confirmed"], hospital["refuted"], hospital["resolved"]) == (4, 2, 6)
    assert hospital["reliability"] == 4 / 6 and hospital["source_reliability"] == "C"
    assert hospital["verdict"] == "4 of 6 confirmed (67%)"


def test_below_the_threshold_too_few_to_judge():
    record = source_track_record(sample(), min_sample=5).set_index("source_id")
    informant = record.loc[7]
    assert pd.isna(informant["reliability"])
    assert informant["verdict"] == "too few to judge (2 resolved)"
    assert informant["source"] == "Protected source #3 (Ryanggang)"


def test_an_official_source_later_refuted_counts_against_it():
    rows = [(1, 1, "KCNA", "official", "D", "KP", "refuted")] * 3
    record = source_track_record(claims(rows), min_sample=3)
    assert record.iloc[0]["reliability"] == 0
    assert record.iloc[0]["verdict"] == "0 of 3 confirmed (0%)"


def test_voice_per_region():
    record = voice_track_record(sample(), min_sample=2).set_index(["voice", "region_code"])
    assert record.loc[("local", "KP-10"), "verdict"] == "1 of 2 confirmed (50%)"
    assert record.loc[("official", "KP-10"), "claims"] == 7
