"""Export benchmark: `make bench` (never part of the tests).

Builds a SQLite file with N synthetic claims (default 1,000,000; the same generator and
import as bench_import.py), then, each in its own process so its peak memory is its own:

- ours: `python -m dashboard export --format csv`'s code path, store to file: the store
  read (Store.export_tables: ADBC straight into Arrow for a SQLite file), formula
  neutralising and the CSV write, timed apart;
- pandas: `DataFrame.to_csv` of the same export frame, already in memory (its read is not
  timed).

Target (issue 6): a 1,000,000-row CSV export in <= 10 s.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import peak_mb, run_child  # noqa: E402

TARGET_SECONDS = 10.0


def prepare(folder: Path, claims: int) -> Path:
    from bench.bench_import import prepare as prepare_import
    from dashboard.interchange.importer import import_claims
    from dashboard.store import Store, make_engine

    csv_path, db_path = prepare_import(folder, claims)
    store = Store(make_engine(f"sqlite:///{db_path}"))
    report = import_claims(store, csv_path, progress=False)
    assert report.ok, report.summary()
    store.engine.dispose()
    csv_path.unlink()
    return db_path


def run_ours(db_path: str, out: str) -> dict:
    from dashboard.interchange.export import write_claims
    from dashboard.store import Store, make_engine

    store = Store(make_engine(f"sqlite:///{db_path}"))
    started = time.perf_counter()
    read_seconds = 0.0

    def timed_frames():
        nonlocal read_seconds
        frames = store.export_tables()
        while True:
            began = time.perf_counter()
            try:
                frame = next(frames)
            except StopIteration:
                return
            finally:
                read_seconds += time.perf_counter() - began
            yield frame

    rows = write_claims(timed_frames(), out, "csv")
    seconds = time.perf_counter() - started
    return {
        "rows": rows,
        "seconds": seconds,
        "read_seconds": read_seconds,
        "write_seconds": seconds - read_seconds,
        "bytes": Path(out).stat().st_size,
        "peak_mb": peak_mb(),
    }


def run_pandas(db_path: str, out: str) -> dict:
    from dashboard.store import Store, make_engine

    frame = Store(make_engine(f"sqlite:///{db_path}")).export_frame()
    started = time.perf_counter()
    frame.to_csv(out, index=False)
    seconds = time.perf_counter() - started
    return {
        "rows": len(frame),
        "seconds": seconds,
        "bytes": Path(out).stat().st_size,
        "peak_mb": peak_mb(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument(
        "--db", type=Path, help="use this SQLite file of synthetic claims instead of building one"
    )
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = run_ours(*rest) if kind == "ours" else run_pandas(*rest)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        if args.db:
            db_path = args.db
        else:
            print(f"preparing {args.claims:,} synthetic claims ...", flush=True)
            db_path = prepare(folder, args.claims)
        ours = run_child(__file__, "ours", str(db_path), str(folder / "ours.csv"))
        pandas = run_child(__file__, "pandas", str(db_path), str(folder / "pandas.csv"))

    print(f"\nCSV export of {ours['rows']:,} claims from SQLite")
    print(
        f"  parallax export (store read + neutralise + write): {ours['seconds']:7.2f} s "
        f"{ours['rows'] / ours['seconds']:>10,.0f} rows/s  {ours['bytes'] / 1e6:,.0f} MB  "
        f"peak {ours['peak_mb']:,.0f} MB"
    )
    print(f"    of which store read (export_tables):            {ours['read_seconds']:7.2f} s")
    print(f"    of which neutralise + CSV write:                {ours['write_seconds']:7.2f} s")
    print(
        f"  pandas to_csv of the same frame, in memory:        {pandas['seconds']:7.2f} s "
        f"{pandas['rows'] / pandas['seconds']:>10,.0f} rows/s  {pandas['bytes'] / 1e6:,.0f} MB"
    )
    whole = ours["seconds"] / pandas["seconds"]
    print(f"  ratio parallax (whole export) / pandas to_csv:    {whole:.2f}x")
    print(
        f"  ratio parallax (neutralise + write) / to_csv:      "
        f"{ours['write_seconds'] / pandas['seconds']:.2f}x"
    )
    met = ours["seconds"] <= TARGET_SECONDS
    print(f"  target <= {TARGET_SECONDS:.0f} s store to file: {'met' if met else 'MISSED'}")


if __name__ == "__main__":
    main()
