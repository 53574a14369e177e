"""Analysis benchmark for the Overview (issue 5): `.venv/bin/python bench/bench_analysis.py`.

On N synthetic claims (default 1,000,000; the generator of `python -m dashboard synth`,
seed 7 as in bench_dashboard.py) it builds, in memory, the inputs the Overview reads: the
claim_daily summary (claims per event, region, voice, status and day, the store's
SUMMARIES keys) and the claim cube. It then times the Overview's gap analysis:

- official silence per event from the daily summary, rolled up per region and per month;
- the divergence signal (EARS) per region and week from the cube;

beside a plain pandas groupby over the same million-claim frame (claims per region, week
and voice), the least the analysis needs. The full per-claim measures (event_gaps, the
Event page's) are timed too, for scale. Target: the Overview's analysis <= 1 s.
"""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import timed  # noqa: E402


def claims_frame(n: int):
    """The synthetic claims as Store.claims() would give them (ids for events/sources)."""
    import pandas as pd

    from dashboard.synth import synthetic_chunks

    raw = pd.concat(list(synthetic_chunks(n, seed=7)), ignore_index=True)
    events = pd.factorize(raw["event"])[0] + 1
    sources = pd.factorize(raw["source"])[0] + 1
    count = pd.to_numeric(raw["count"].replace("", None)).astype("Int64")
    return pd.DataFrame(
        {
            "id": range(1, len(raw) + 1),
            "event_id": events,
            "event": raw["event"],
            "region_code": raw["region"],
            "voice": raw["voice"],
            "source_id": sources,
            "source": raw["source"],
            "measure": raw["measure"],
            "count": count,
            "count_low": pd.array([None] * len(raw), dtype="Int64"),
            "count_high": pd.array([None] * len(raw), dtype="Int64"),
            "cause": raw["cause"].replace("", None),
            "stated_on": pd.to_datetime(raw["stated_on"]),
            "stated_precision": "day",
            "status": raw["status"],
        }
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--skip-event-gaps", action="store_true")
    args = parser.parse_args()

    from dashboard.analysis import gaps, signals

    today = date(2024, 1, 1)
    print(f"generating {args.claims:,} synthetic claims ...", flush=True)
    claims = claims_frame(args.claims)
    keys = ["event_id", "region_code", "voice", "status", "stated_on"]
    daily = claims.groupby(keys, as_index=False).size().rename(columns={"size": "claims"})
    cube = daily.groupby(["region_code", "voice", "status", "stated_on"], as_index=False)[
        "claims"
    ].sum()

    def overview_analysis():
        silences = gaps.event_silences(daily, today=today)
        by_region = gaps.roll_up(silences, by="region")
        by_month = gaps.roll_up(silences, by="period", freq="M")
        found = signals.divergence_signals(cube, method="C2", baseline=7, guard=2, threshold=3.0)
        return by_region, by_month, signals.ranked_signals(found), found

    def plain_pandas():
        stated = claims["stated_on"]
        week = stated - __import__("pandas").to_timedelta(stated.dt.day_of_week, unit="D")
        return claims.assign(week=week).groupby(["region_code", "week", "voice"]).size()

    analysis, (by_region, _, ranked, found) = timed(overview_analysis)
    baseline, _ = timed(plain_pandas)
    print(
        f"\nOverview analysis on {args.claims:,} claims "
        f"(claim_daily: {len(daily):,} rows; cube: {len(cube):,} rows)"
    )
    print(
        f"  silence roll-ups + EARS signals: {analysis:6.3f} s   plain pandas groupby "
        f"(claims per region, week, voice): {baseline:6.3f} s   ratio {analysis / baseline:.2f}x"
    )
    print(
        f"  {len(by_region):,} regions rolled up; {len(found):,} region-weeks tested, "
        f"{int(found['signal'].sum()):,} signals"
    )
    if not args.skip_event_gaps:
        full, table = timed(lambda: gaps.event_gaps(claims, today=today), repeat=1)
        print(
            f"  (for scale: event_gaps over every claim, the Event page's measures: {full:.2f} s, "
            f"{len(table):,} event x facet rows)"
        )
    print(f"  target overview analysis <= 1 s: {'met' if analysis <= 1 else 'MISSED'}")


if __name__ == "__main__":
    main()
