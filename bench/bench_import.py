"""Import benchmark: `make bench` (never part of the tests).

Imports N synthetic claims (default 1,000,000) from CSV into a fresh SQLite file through
`python -m dashboard import`'s code path, and, in the same run, inserts the same claim rows
with a raw `sqlite3.executemany` into the same schema. Each runs in its own process so its
peak memory is its own. Targets (issue 2): >= 50,000 rows/s, within 2x of raw, < 1 GB.
"""

from __future__ import annotations

import argparse
import json
import shutil
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench.common import peak_mb, run_child  # noqa: E402


def prepare(folder: Path, claims: int) -> tuple[Path, Path]:
    from dashboard.gazetteer import load_gazetteer
    from dashboard.store import Store, make_engine
    from dashboard.synth import write_synthetic_csv

    csv_path = folder / "synthetic.csv"
    write_synthetic_csv(csv_path, claims, seed=1)
    template = folder / "template.db"
    store = Store(make_engine(f"sqlite:///{template}"))
    store.migrate()
    store.seed_gazetteer(load_gazetteer())
    store.engine.dispose()
    return csv_path, template


def run_parallax(csv_path: str, db_path: str) -> dict:
    from dashboard.interchange.importer import import_claims
    from dashboard.store import Store, make_engine

    store = Store(make_engine(f"sqlite:///{db_path}"))
    started = time.perf_counter()
    report = import_claims(store, csv_path, progress=False)
    seconds = time.perf_counter() - started
    assert report.ok, report.summary()
    return {"rows": report.written, "seconds": seconds, "peak_mb": peak_mb()}


def run_raw(db_path: str, parallax_db: str) -> dict:
    """The same claim rows, read back from the Parallax-imported file, inserted raw."""
    import sqlite3

    from dashboard.store.writer import CLAIM_COLUMNS

    source = sqlite3.connect(parallax_db)
    columns = ", ".join(CLAIM_COLUMNS)
    rows = source.execute(f"SELECT {columns} FROM claim").fetchall()
    parents = {
        table: source.execute(f"SELECT * FROM {table}").fetchall()
        for table in ("ingest_run", "event", "source", "document")
    }
    source.close()
    target = sqlite3.connect(db_path)
    target.execute("PRAGMA journal_mode = WAL")
    target.execute("PRAGMA synchronous = NORMAL")
    target.execute("PRAGMA foreign_keys = ON")
    for table, values in parents.items():
        if values:
            marks = ", ".join("?" * len(values[0]))
            target.executemany(f"INSERT INTO {table} VALUES ({marks})", values)
    target.commit()
    marks = ", ".join("?" * len(CLAIM_COLUMNS))
    started = time.perf_counter()
    with target:
        target.executemany(f"INSERT INTO claim ({columns}) VALUES ({marks})", rows)
    seconds = time.perf_counter() - started
    target.close()
    return {"rows": len(rows), "seconds": seconds, "peak_mb": peak_mb()}


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--claims", type=int, default=1_000_000)
    parser.add_argument("--child", nargs="+", help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.child:
        kind, *rest = args.child
        result = run_parallax(*rest) if kind == "parallax" else run_raw(*rest)
        print(json.dumps(result))
        return

    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        print(f"preparing {args.claims:,} synthetic claims ...", flush=True)
        csv_path, template = prepare(folder, args.claims)
        ours_db, raw_db = folder / "parallax.db", folder / "raw.db"
        shutil.copy(template, ours_db)
        shutil.copy(template, raw_db)
        ours = run_child(__file__, "parallax", str(csv_path), str(ours_db))
        raw = run_child(__file__, "raw", str(raw_db), str(ours_db))

    ours_rate = ours["rows"] / ours["seconds"]
    raw_rate = raw["rows"] / raw["seconds"]
    ratio = ours["seconds"] / raw["seconds"]
    print(f"\nimport of {ours['rows']:,} claims into SQLite")
    print(
        f"  parallax import (CSV read + checks + write): {ours['seconds']:7.2f} s "
        f"{ours_rate:>10,.0f} rows/s  peak {ours['peak_mb']:,.0f} MB"
    )
    print(
        f"  raw sqlite3.executemany (same rows, schema): {raw['seconds']:7.2f} s "
        f"{raw_rate:>10,.0f} rows/s  peak {raw['peak_mb']:,.0f} MB"
    )
    print(f"  ratio parallax / raw: {ratio:.2f}x")
    checks = {
        ">= 50,000 rows/s": ours_rate >= 50_000,
        "within 2x of raw": ratio <= 2.0,
        "peak memory < 1 GB": ours["peak_mb"] < 1024,
    }
    for label, passed in checks.items():
        print(f"  target {label}: {'met' if passed else 'MISSED'}")


if __name__ == "__main__":
    main()
