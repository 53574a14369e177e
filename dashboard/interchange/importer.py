"""Import a claims file into the store: all or nothing by default.

Flow: read (readers) → check (rows) → look up or create events, sources and documents →
insert claims, all in one transaction. Any invalid row rolls everything back unless
`skip_invalid` is set, in which case the valid rows are written and the rejects are saved
to a file beside the input. Re-importing the same rows adds nothing.
"""

from __future__ import annotations

import json
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd
from sqlalchemy import Connection

from dashboard import settings
from dashboard.gazetteer import load_gazetteer
from dashboard.interchange.readers import read_claims, row_label
from dashboard.interchange.rows import RowChecker, RowError, content_hashes
from dashboard.statuses import refresh_statuses
from dashboard.store import INTERCHANGE_COLUMNS, Store
from dashboard.store.dates import utcnow
from dashboard.store.proposals import document_key
from dashboard.store.writer import ClaimWriter, finish_run, start_run

# Larger imports leave corroborated/contested to `python -m dashboard statuses`: comparing
# claims pairwise per event is slow next to the import itself.
AUTO_STATUS_MAX_CLAIMS = 100_000
# Above this size (about 50,000 claims) an SQLite import rebuilds the claim indexes once at
# the end instead of updating them row by row.
BULK_LOAD_BYTES = 16 * 1024 * 1024


@dataclass
class ImportReport:
    path: str
    format: str = ""
    rows_read: int = 0
    written: int = 0
    unchanged: int = 0
    duplicates: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    notices: list[str] = field(default_factory=list)
    rejects_path: str | None = None
    committed: bool = False
    seconds: float = 0.0
    run_id: int | None = None
    statuses: str | None = None  # what recomputing corroborated/contested did

    @property
    def ok(self) -> bool:
        return self.committed and not self.errors

    def summary(self) -> str:
        if not self.committed:
            return (
                f"{self.path}: nothing imported: {len(self.errors)} problem(s) in "
                f"{self.rejected} of {self.rows_read} row(s); fix them, or use --skip-invalid "
                "to import the valid rows and save the rejects"
            )
        parts = [
            f"{self.path}: {self.written} claim(s) imported",
            f"{self.unchanged} already present",
        ]
        if self.duplicates:
            parts.append(f"{self.duplicates} repeated row(s) kept once")
        if self.rejected:
            parts.append(f"{self.rejected} rejected, saved to {self.rejects_path}")
        text = ", ".join(parts) + f" ({self.rows_read} read in {self.seconds:.1f} s)"
        return text + (f"; {self.statuses}" if self.statuses else "")


def import_claims(
    store: Store,
    path: str | Path,
    *,
    skip_invalid: bool = False,
    rejects_path: str | Path | None = None,
    progress: bool | None = None,
    kind: str = "import",
    prepare: Callable[[Connection], None] | None = None,
    recompute_statuses: bool = True,
) -> ImportReport:
    """Import one claims file. Raises FileProblem when the file cannot be read at all.

    `prepare`, if given, runs first inside the import's transaction (the demo loader uses
    it to write events and sources), so it is rolled back with the claims.
    """
    path = Path(path)
    report = ImportReport(path=str(path))
    started = time.perf_counter()
    fmt, chunks = read_claims(path, chunk_rows=settings.import_chunk_rows())
    report.format = fmt
    label = row_label(fmt)
    checker = RowChecker(load_gazetteer(), settings.max_field_chars(), label)
    store.require_schema()

    with store.engine.begin() as conn:
        run_id = start_run(conn, kind, str(path.resolve()))
    report.run_id = run_id

    rejected_rows: list[pd.DataFrame] = []
    seen: dict[str, int] = {}
    source_seen: dict[str, tuple[int, str]] = {}
    bar = _progress_bar(path, progress)
    try:
        with store.engine.begin() as conn:
            if prepare:
                prepare(conn)
            writer = ClaimWriter(conn, run_id)
            if path.stat().st_size > BULK_LOAD_BYTES:
                writer.suspend_claim_indexes()
            for first, frame in chunks:
                numbers = frame.attrs.get("lines") or list(range(first, first + len(frame)))
                report.rows_read += len(frame)
                checked = checker.check(frame, numbers)
                rows = _with_stored_source_names(checked.rows, writer)
                errors = list(checked.errors)
                rows, more = _sort_out_repeats(rows, seen, label, report)
                errors += more
                rows, more = _check_sources(rows, writer, source_seen, label)
                errors += more
                existing = writer.existing_claims(rows["claim_uid"].tolist())
                if existing:
                    known = rows["claim_uid"].isin(list(existing))
                    changed = known & (rows["claim_uid"].map(existing) != rows["content_hash"])
                    for row, uid in zip(
                        rows.loc[changed, "row"], rows.loc[changed, "claim_uid"], strict=True
                    ):
                        errors.append(
                            RowError(
                                int(row),
                                "claim_id",
                                uid,
                                "is already in the database with other values; "
                                "import does not overwrite claims",
                                label,
                            )
                        )
                    report.unchanged += int((known & ~changed).sum())
                    rows = rows[~known]
                if errors:
                    errors.sort(key=_error_order)
                    bad_rows = {e.row for e in errors}
                    report.errors.extend(errors)
                    report.rejected += len(bad_rows)
                    if skip_invalid:
                        rejected_rows.append(_rejects(frame, numbers, errors))
                if not report.errors or skip_invalid:
                    report.written += _write(writer, rows, run_id)
                if bar:
                    bar.update(len(frame))
            if report.errors and not skip_invalid:
                conn.rollback()
            else:
                writer.finish(run_id)
                report.committed = True
    except Exception as exc:
        with store.engine.begin() as conn:
            finish_run(
                conn,
                run_id,
                status="failed",
                rows_read=report.rows_read,
                errors=json.dumps([f"{type(exc).__name__}: {exc}"]),
            )
        raise
    finally:
        if bar:
            bar.close()

    if rejected_rows and report.committed:
        target = Path(rejects_path) if rejects_path else path.with_name(path.stem + ".rejects.csv")
        pd.concat(rejected_rows).to_csv(target, index=False)
        report.rejects_path = str(target)
    if not report.committed:
        report.written = 0
    elif report.written and recompute_statuses:
        if report.written <= AUTO_STATUS_MAX_CLAIMS:
            report.statuses = refresh_statuses(store, store.events_of_run(run_id)).summary()
        else:
            report.statuses = (
                f"statuses not recomputed for an import of {report.written:,} claims; "
                "run `python -m dashboard statuses` when convenient"
            )
    report.seconds = time.perf_counter() - started
    with store.engine.begin() as conn:
        finish_run(
            conn,
            run_id,
            status="ok" if report.ok else ("partial" if report.committed else "rejected"),
            rows_read=report.rows_read,
            rows_written=report.written,
            rows_unchanged=report.unchanged,
            rows_rejected=report.rejected,
            errors=json.dumps([str(e) for e in report.errors[:1000]]) if report.errors else None,
        )
    return report


def write_rows(
    conn: Connection, frame: pd.DataFrame, run_id: int, label: str = "row"
) -> tuple[list[str], list[RowError]]:
    """Check and write a few in-memory interchange rows on `conn` (the caller's
    transaction): all or nothing. Returns (the written claims' claim_uids, []) or
    ([], every error); on errors nothing was written.

    Used by the review step, which writes one accepted claim at a time through the same
    checks as an import.
    """
    frame = frame.reindex(columns=list(INTERCHANGE_COLUMNS)).fillna("").astype(str)
    checker = RowChecker(load_gazetteer(), settings.max_field_chars(), label)
    writer = ClaimWriter(conn, run_id)
    checked = checker.check(frame, list(range(1, len(frame) + 1)))
    rows = _with_stored_source_names(checked.rows, writer)
    errors = list(checked.errors)
    rows, more = _sort_out_repeats(rows, {}, label, ImportReport(path=""))
    errors += more
    rows, more = _check_sources(rows, writer, {}, label)
    errors += more
    for uid in writer.existing_claims(rows["claim_uid"].tolist()):
        row = int(rows.loc[rows["claim_uid"] == uid, "row"].iloc[0])
        errors.append(RowError(row, "claim_id", uid, "is already in the database", label))
    if errors:
        return [], sorted(errors, key=_error_order)
    _write(writer, rows, run_id)
    writer.finish(run_id)
    return rows["claim_uid"].tolist(), []


def _error_order(error: RowError) -> tuple[int, int]:
    """By row, then in the order of the interchange columns."""
    field_order = (
        INTERCHANGE_COLUMNS.index(error.field) if error.field in INTERCHANGE_COLUMNS else 99
    )
    return error.row, field_order


def _with_stored_source_names(rows: pd.DataFrame, writer: ClaimWriter) -> pd.DataFrame:
    """Put a protected source's stored name in place of its neutral label (kept inside the
    store, never shown), then hash: an exported claim re-imports as the same claim."""
    if not rows.empty:
        stored = writer.source_grades(rows["source"].unique().tolist())
        names = rows["source"].tolist()
        rows = rows.assign(source=[stored[n][2] if n in stored else n for n in names])
    hashes = pd.Series(content_hashes(rows), index=rows.index, dtype="str")
    return rows.assign(content_hash=hashes)


_LOW_64 = (1 << 64) - 1


def _sort_out_repeats(rows, seen: dict[str, int], label, report):
    """Give every row its claim_uid; a row repeated in the file is kept once (and said so);
    one claim_id used for two different claims is an error.

    `seen` maps each claim_uid to one int packing its row number and 64 bits of its content
    hash: a million claims then cost tens, not hundreds, of megabytes.
    """
    given = rows["claim_id"]
    rows = rows.assign(claim_uid=given.where(given != "", "c-" + rows["content_hash"].str[:24]))
    errors, keep = [], []
    for row, uid, digest in zip(
        rows["row"].tolist(), rows["claim_uid"].tolist(), rows["content_hash"].tolist(), strict=True
    ):
        packed = seen.get(uid)
        if packed is None:
            seen[uid] = (int(row) << 64) | int(digest[:16], 16)
            keep.append(True)
            continue
        previous = (packed >> 64, packed & _LOW_64)
        if previous[1] == int(digest[:16], 16):
            report.duplicates += 1
            report.notices.append(f"{label} {row} repeats {label} {previous[0]}; kept once")
            keep.append(False)
        else:
            errors.append(
                RowError(
                    int(row),
                    "claim_id",
                    uid,
                    f"is also used by {label} {previous[0]} for a different claim",
                    label,
                )
            )
            keep.append(False)
    return rows[pd.Series(keep, index=rows.index, dtype=bool)], errors


def _check_sources(rows, writer, source_seen, label):
    """One grade per source: across the file, and against the grade already stored."""
    if rows.empty:
        return rows, []
    stored = writer.source_grades(rows["source"].unique().tolist())
    errors, keep = [], []
    for row, name, grade in zip(
        rows["row"].tolist(),
        rows["source"].tolist(),
        rows["source_reliability"].tolist(),
        strict=True,
    ):
        if name in stored and stored[name][1] != grade:
            errors.append(
                RowError(
                    int(row),
                    "source_reliability",
                    grade,
                    # The source is not named: import logs may outlive this terminal, and
                    # a protected source's name must not reach them.
                    f"conflicts with grade {stored[name][1]} stored for this source",
                    label,
                )
            )
            keep.append(False)
            continue
        first = source_seen.setdefault(name, (int(row), grade))
        if first[1] != grade:
            errors.append(
                RowError(
                    int(row),
                    "source_reliability",
                    grade,
                    f"conflicts with grade {first[1]} given for the same source "
                    f"in {label} {first[0]}",
                    label,
                )
            )
            keep.append(False)
        else:
            keep.append(True)
    return rows[pd.Series(keep, index=rows.index, dtype=bool)], errors


def _write(writer: ClaimWriter, rows: pd.DataFrame, run_id: int) -> int:
    if rows.empty:
        return 0
    # Plain lists: iterating Arrow-backed pandas columns value by value is many times slower.
    col = {name: rows[name].tolist() for name in rows.columns}
    events = {}
    for title, region, synthetic in zip(
        col["event"], col["region_code"], col["synthetic"], strict=True
    ):
        events.setdefault(title, (region, bool(synthetic)))
    event_ids = writer.event_ids(events)

    stored = writer.source_grades(list(dict.fromkeys(col["source"])))
    new_sources = {}
    for name, voice, grade, synthetic in zip(
        col["source"], col["voice"], col["source_reliability"], col["synthetic"], strict=True
    ):
        if name not in stored:
            new_sources.setdefault(name, (voice, grade, bool(synthetic)))
    writer.create_sources(new_sources)
    sources = writer.source_grades([])

    keys = [
        document_key(u, t, p, d, pr)
        for u, t, p, d, pr in zip(
            col["document_url"],
            col["document_title"],
            col["publisher"],
            col["published_on"],
            col["published_precision"],
            strict=True,
        )
    ]
    documents = {}
    for key, url, title, publisher, published, precision, synthetic in zip(
        keys,
        col["document_url"],
        col["document_title"],
        col["publisher"],
        col["published_on"],
        col["published_precision"],
        col["synthetic"],
        strict=True,
    ):
        if key not in documents:
            documents[key] = {
                "url": url,
                "title": title or None,
                "publisher": publisher or None,
                "published_on": published,
                "published_precision": precision,
                "synthetic": bool(synthetic),
            }
    document_ids = writer.document_ids(documents)

    now = utcnow().isoformat(sep=" ")
    event_column = [event_ids[t] for t in col["event"]]
    records = list(
        zip(
            col["claim_uid"],
            col["content_hash"],
            event_column,
            [sources[n][0] for n in col["source"]],
            [document_ids[k] for k in keys],
            _iso(col["stated_on"]),
            col["stated_precision"],
            col["region_code"],
            _blank_none(col["place"]),
            col["voice"],
            col["measure"],
            _ints(col["count"]),
            _ints(col["count_low"]),
            _ints(col["count_high"]),
            col["cause"],
            _blank_none(col["cause_text"]),
            col["statement"],
            _blank_none(col["quote"]),
            _iso(col["occurred_from"]),
            col["occurred_from_precision"],
            _iso(col["occurred_to"]),
            col["occurred_to_precision"],
            _ints(col["credibility"]),
            col["status"],
            [bool(v) for v in col["synthetic"]],
            [run_id] * len(rows),
            [now] * len(rows),
            strict=True,
        )
    )
    written = writer.insert_claims(records)
    writer.widen_periods(_event_spans(rows, event_column))
    return written


def _event_spans(rows: pd.DataFrame, event_ids: list[int]) -> list[tuple]:
    """Per event and precision: the first day a claim covers and the last date it names
    (occurrence dates when given, else the statement date)."""
    start = rows["occurred_from"].where(rows["occurred_from"].notna(), rows["stated_on"])
    end = rows["occurred_to"].where(rows["occurred_to"].notna(), start)
    precision = rows["occurred_to_precision"].where(
        rows["occurred_to"].notna(),
        rows["occurred_from_precision"].where(
            rows["occurred_from"].notna(), rows["stated_precision"]
        ),
    )
    frame = pd.DataFrame(
        {
            "event": event_ids,
            "start": start.values,
            "end": end.values,
            "precision": precision.values,
        }
    )
    grouped = frame.groupby(["event", "precision"]).agg(start=("start", "min"), end=("end", "max"))
    return [(event, first, last, prec) for (event, prec), (first, last) in grouped.iterrows()]


def _iso(values) -> list:
    return [d.isoformat() if d is not None else None for d in values]


def _ints(values: list) -> list:
    return [None if v is pd.NA or v is None else int(v) for v in values]


def _blank_none(values: pd.Series) -> list:
    return [v if v else None for v in values]


def _rejects(frame: pd.DataFrame, numbers: list[int], errors: list[RowError]) -> pd.DataFrame:
    """The rejected rows exactly as read, with the row number and every reason."""
    reasons: dict[int, list[str]] = {}
    for error in errors:
        reasons.setdefault(error.row, []).append(str(error))
    position = {n: i for i, n in enumerate(numbers)}
    picked = [position[n] for n in reasons if n in position]
    out = frame.iloc[picked].copy()
    out.insert(0, "problems", ["; ".join(reasons[numbers[i]]) for i in picked])
    out.insert(0, "source_row", [numbers[i] for i in picked])
    return out


def _progress_bar(path: Path, progress: bool | None):
    big = path.stat().st_size > 5 * 1024 * 1024
    if progress is False or (progress is None and not (big and sys.stderr.isatty())):
        return None
    from tqdm import tqdm

    return tqdm(desc=f"importing {path.name}", unit=" rows", file=sys.stderr)
