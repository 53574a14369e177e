"""dashboard.analysis.signals: EARS C1/C2/C3 on hand-computed vectors, and the divergence
signal per region and week."""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analysis.signals import divergence_signals, ears, ranked_signals


def test_c1_against_the_previous_seven_periods():
    # baseline 1,3,1,3,1,3,1: mean 13/7 = 1.857143; squared deviations 4 x 0.734694 +
    # 3 x 1.306122 = 6.857143; / 6 = 1.142857; sd = 1.069045.
    # C1 = (9 - 1.857143) / 1.069045 = 6.681531
    out = ears([1, 3, 1, 3, 1, 3, 1, 9], method="C1")
    assert out["expected"].iloc[7] == pytest.approx(13 / 7)
    assert out["sd"].iloc[7] == pytest.approx(1.069045, rel=1e-6)
    assert out["statistic"].iloc[7] == pytest.approx(6.681531, rel=1e-6)
    assert out["flagged"].tolist() == [False] * 7 + [True]


def test_c2_skips_a_two_period_guard_band():
    # t = 9: baseline is t-9 .. t-3 = the same seven values; the 50s at t = 7, 8 are the
    # guard band and do not enter it. C2 = 6.681531 as above.
    out = ears([1, 3, 1, 3, 1, 3, 1, 50, 50, 9], method="C2")
    assert out["statistic"].iloc[9] == pytest.approx(6.681531, rel=1e-6)
    assert out["statistic"].iloc[:9].isna().all()


def test_c3_sums_the_last_three_c2_excesses_over_one():
    # Nine zeros then 2, 3, 5: the baseline stays all zero, sd 0 -> min_sd 1, so
    # C2 = 2, 3, 5 at t = 9, 10, 11 (and 0 at t = 8? no: t = 8 has no full baseline).
    # C3(t=11) = (2-1) + (3-1) + (5-1) = 7; C3(t=10) needs C2(t=8): NaN.
    out = ears([0] * 9 + [2, 3, 5], method="C3", threshold=2.0)
    assert out["statistic"].iloc[11] == pytest.approx(7)
    assert pd.isna(out["statistic"].iloc[10])
    assert bool(out["flagged"].iloc[11])


def test_flat_baseline_uses_the_minimum_sd():
    out = ears([0] * 7 + [3, 4], method="C1", min_sd=1.0)
    # (3 - 0) / 1 = 3: not above 3. Next: baseline 0 x6 + 3: mean 3/7, sd 1.133893.
    assert out["statistic"].iloc[7] == 3 and not out["flagged"].iloc[7]


def test_unknown_method_is_refused():
    with pytest.raises(ValueError, match="C1, C2, C3"):
        ears([1, 2, 3], method="C4")


def daily(rows):
    frame = pd.DataFrame(rows, columns=["region_code", "voice", "stated_on", "claims"])
    frame["stated_on"] = pd.to_datetime(frame["stated_on"])
    return frame


def test_local_surge_with_flat_official_figures_is_a_signal():
    # KP-10: 1 local claim a week for 7 weeks from Monday 2021-01-04, then 9; official 2 a
    # week throughout. KP-09: the same local surge but official claims jump to 10.
    weeks = pd.date_range("2021-01-04", periods=8, freq="7D")
    rows = []
    for i, week in enumerate(weeks):
        surge = i == 7
        rows += [
            ("KP-10", "local", week, 9 if surge else 1),
            ("KP-10", "official", week, 2),
            ("KP-09", "local", week + pd.Timedelta(days=2), 9 if surge else 1),
            ("KP-09", "official", week, 10 if surge else 2),
        ]
    out = divergence_signals(daily(rows), method="C1", threshold=3.0, min_sd=1.0, baseline=7)
    last = out[out["week"] == weeks[-1]].set_index("region_code")
    # baseline 1 x 7: mean 1, sd 0 -> 1; C1 = (9 - 1) / 1 = 8
    assert last.loc["KP-10", "statistic"] == 8 and last.loc["KP-10", "expected"] == 1
    assert last.loc["KP-10", "signal"] and last.loc["KP-10", "official_flat"]
    assert last.loc["KP-09", "flagged"] and not last.loc["KP-09", "signal"]
    ranked = ranked_signals(out)
    assert ranked["region_code"].tolist() == ["KP-10"]


def test_weeks_without_claims_count_as_zero_and_date_from_trims():
    rows = [("KP-10", "local", "2021-01-04", 1), ("KP-10", "local", "2021-03-01", 6)]
    out = divergence_signals(
        daily(rows), date_from=date(2021, 2, 22), method="C1", min_sd=1.0, threshold=3.0
    )
    assert out["week"].min() == pd.Timestamp("2021-02-22")
    march = out[out["week"] == pd.Timestamp("2021-03-01")].iloc[0]
    # baseline: the 7 weeks 2021-01-11 .. 2021-02-22, all 0 -> C1 = 6 / 1
    assert march["statistic"] == 6 and march["official"] == 0 and march["signal"]


def test_claims_frame_leaves_out_month_precision_and_refuted():
    claims = pd.DataFrame(
        {
            "region_code": ["KP-10"] * 3,
            "voice": ["local"] * 3,
            "stated_on": [date(2021, 3, 1), date(2021, 3, 2), date(2021, 3, 3)],
            "stated_precision": ["month", "day", "day"],
            "status": ["unverified", "refuted", "unverified"],
        }
    )
    out = divergence_signals(claims, method="C1")
    assert out["local"].sum() == 1
