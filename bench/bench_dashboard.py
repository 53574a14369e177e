"""Dashboard benchmark: `make bench` (never part of the tests).

On N synthetic claims (default 1,000,000) in SQLite, times what the Overview needs:
- first render: every load the Overview makes (claim cube, events, matching event ids,
  cause sets, all from the summary tables) plus the figures, map table and weekly timeline
  computed from them, beside the same SQL run with raw sqlite3;
- a filter change: the same figures from the cached cube for another region and period,
  beside plain pandas filtering and grouping of the same cube;
and the process's peak resident memory. Targets (issue 3): first render <= 3 s, filter
change <= 0.5 s, <= 1.5 GB, never more than 5,000 marks sent to the browser.
"""

from __future__ import annotations

import argparse
import resource
import sqlite3
import sys
import tempfile
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import timed  # noqa: E402

# The SQL the overview needs on a first visit, written out by hand: the cube, the events
# with their claims by voice, the ids of the events that match, the cause sets.
FIRST_RENDER_SQL = (
    "SELECT d.region_code, d.voice, d.status, event.topic, d.stated_on, sum(d.claims) "
    "FROM claim_daily d JOIN event ON event.id = d.event_id "
    "GROUP BY d.region_code, d.voice, d.status, event.topic, d.stated_on",
    "SELECT event.id, event.title, region.name, sum(d.claims), "
    "sum(CASE WHEN d.voice = 'official' THEN d.claims ELSE 0 END), "
    "sum(CASE WHEN d.voice = 'local' THEN d.claims ELSE 0 END), "
    "sum(CASE WHEN d.voice = 'independent' THEN d.claims ELSE 0 END) "
    "FROM event JOIN region ON region.code = event.region_code "
    "LEFT JOIN claim_daily d ON d.event_id = event.id GROUP BY event.id, region.name",
    "SELECT DISTINCT event_id FROM claim_daily",
    "SELECT DISTINCT event_id, measure, voice = 'official', cause FROM claim_cause "
    "WHERE status != 'refuted' AND measure NOT IN ('restriction', 'other')",
)
# For scale: the cube's grouping scanned from every claim instead of the summary.
SCAN_SQL = (
    "SELECT claim.region_code, claim.voice, claim.status, event.topic, claim.stated_on, "
    "count(*) FROM claim JOIN event ON event.id = claim.event_id "
    "GROUP BY claim.region_code, claim.voice, claim.status, event.topic, claim.stated_on"
)


def build(folder: Path, claims: int) -> str:
    from dashboard.gazetteer import load_gazetteer
    from dashboard.interchange.importer import import_claims
    from dashboard.store import Store, make_engine
    from dashboard.synth import write_synthetic_csv

    csv_path = folder / "synthetic.csv"
    write_synthetic_csv(csv_path, claims, seed=7)
    url = f"sqlite:///{folder / 'bench.db'}"
    store = Store(make_engine(url))
    store.migrate()
    store.seed_gazetteer(load_gazetteer())
    assert import_claims(store, csv_path, progress=False).ok
    csv_path.unlink()
    store.engine.dispose()
    return url


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    args = parser.parse_args()

    from dashboard.analysis import overview
    from dashboard.charts import MAX_MARKS
    from dashboard.filters import Filters
    from dashboard.store import Store, make_engine

    with tempfile.TemporaryDirectory() as name:
        print(f"building a database of {args.claims:,} synthetic claims ...", flush=True)
        url = build(Path(name), args.claims)
        store = Store(make_engine(url))
        regions = store.regions_in_use()

        def first_render():
            # Everything the Overview loads on a first visit: the cube, the events and the
            # ids of the events that match, then the figures computed from the cube.
            cube = store.claim_cube()
            events = store.events()
            store.event_ids(Filters())
            overview.open_discrepancies(store.cause_sets(), events)
            shown = overview.filter_cube(cube, Filters())
            return cube, (
                overview.headline(shown),
                overview.by_region(shown, regions),
                overview.weekly(shown),
            )

        def bare_sql(*statements):
            connection = sqlite3.connect(url.removeprefix("sqlite:///"))
            rows = [connection.execute(sql).fetchall() for sql in statements]
            connection.close()
            return rows[0]

        first, (cube, (_, _, weekly_all)) = timed(first_render)
        raw, rows = timed(lambda: bare_sql(*FIRST_RENDER_SQL))
        scan, _ = timed(lambda: bare_sql(SCAN_SQL), repeat=1)
        narrow = Filters(
            region="KP-10",
            date_from=date(2021, 1, 1),
            date_to=date(2022, 6, 30),
            voices=("official", "local"),
        )

        def filter_change():
            store.event_ids(narrow)  # the one query a filter change runs
            shown = overview.filter_cube(cube, narrow)
            return (
                overview.headline(shown),
                overview.by_region(shown, regions),
                overview.weekly(shown),
            )

        def plain_pandas():
            shown = cube[
                (cube["region_code"] == "KP-10")
                & (cube["stated_on"] >= "2021-01-01")
                & (cube["stated_on"] <= "2022-06-30")
                & cube["voice"].isin(["official", "local"])
            ]
            return shown.groupby("voice")["claims"].sum(), shown.groupby(["region_code", "voice"])[
                "claims"
            ].sum()

        change, (figures, _, weekly_narrow) = timed(filter_change)
        pandas_time, _ = timed(plain_pandas)
        peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
        marks = max(len(weekly_all), len(weekly_narrow))

    print(f"\nOverview on {args.claims:,} claims (cube: {len(cube):,} rows from {len(rows):,})")
    print(
        f"  first render (loads + figures):  {first:6.3f} s   the same SQL, raw sqlite3: "
        f"{raw:6.3f} s   ratio {first / raw:.2f}x"
    )
    print(f"  (the cube's grouping scanned from every claim instead, raw sqlite3: {scan:.3f} s)")
    print(
        f"  filter change (from the cube):   {change:6.3f} s   plain pandas:      "
        f"{pandas_time:6.3f} s   ratio {change / pandas_time:.2f}x"
    )
    print(
        f"  timeline marks sent: {marks:,} (weekly aggregates above {MAX_MARKS:,} claims;"
        f" {figures['claims']:,} claims match the narrow filter)"
    )
    print(f"  peak resident memory: {peak_mb:,.0f} MB")
    checks = {
        "first render <= 3 s": first <= 3,
        "filter change <= 0.5 s": change <= 0.5,
        "memory <= 1.5 GB": peak_mb <= 1536,
        "marks <= 5,000": marks <= MAX_MARKS,
    }
    for label, passed in checks.items():
        print(f"  target {label}: {'met' if passed else 'MISSED'}")


if __name__ == "__main__":
    main()
