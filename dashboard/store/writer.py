"""Bulk writes of imported claims, inside one transaction owned by the caller."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from datetime import date

from sqlalchemy import Connection, select, update

from dashboard.store.dates import period_end, utcnow
from dashboard.store.models import Claim, Document, Event, IngestRun, Source
from dashboard.store.visibility import label_source_id

CLAIM_COLUMNS = (
    "claim_uid",
    "content_hash",
    "event_id",
    "source_id",
    "document_id",
    "stated_on",
    "stated_precision",
    "region_code",
    "place",
    "voice",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause",
    "cause_text",
    "statement",
    "quote",
    "occurred_from",
    "occurred_from_precision",
    "occurred_to",
    "occurred_to_precision",
    "credibility",
    "status",
    "synthetic",
    "ingest_run_id",
    "created_at",
)
# Short enough for every backend's limit on bound parameters in one IN (...).
_BATCH = 500


def _batches(values: Sequence, size: int = _BATCH) -> Iterable[Sequence]:
    for start in range(0, len(values), size):
        yield values[start : start + size]


class ClaimWriter:
    """Looks up or creates events, sources and documents, and inserts claims, on `conn`."""

    def __init__(self, conn: Connection, run_id: int | None = None):
        self.conn = conn
        self.run_id = run_id
        placeholder = "?" if conn.dialect.paramstyle == "qmark" else "%s"
        self._insert_sql = (
            f"INSERT INTO claim ({', '.join(CLAIM_COLUMNS)}) "
            f"VALUES ({', '.join([placeholder] * len(CLAIM_COLUMNS))})"
        )
        # Claims inserted by this writer never collide with stored ones if none were stored.
        self._claims_were_empty = conn.scalar(select(Claim.id).limit(1)) is None
        self._dropped_indexes: list[str] = []
        self._periods: dict[int, tuple[date, date]] = {}
        self._events: dict[str, int] = {}
        self._sources: dict[str, tuple[int, str, str]] = {}
        self._documents: dict[str, int] = {}

    # Events ---------------------------------------------------------------------------
    def event_ids(self, wanted: dict[str, tuple[str, bool]]) -> dict[str, int]:
        """Title -> id; creates missing events with (region, synthetic) from `wanted`."""
        missing = [t for t in wanted if t not in self._events]
        for batch in _batches(missing):
            rows = self.conn.execute(select(Event.title, Event.id).where(Event.title.in_(batch)))
            self._events.update(dict(rows.all()))
        new = [t for t in missing if t not in self._events]
        if new:
            now = utcnow()
            self.conn.execute(
                Event.__table__.insert(),
                [
                    {
                        "title": t,
                        "region_code": wanted[t][0],
                        "synthetic": wanted[t][1],
                        "created_at": now,
                    }
                    for t in new
                ],
            )
            for batch in _batches(new):
                rows = self.conn.execute(
                    select(Event.title, Event.id).where(Event.title.in_(batch))
                )
                self._events.update(dict(rows.all()))
        return self._events

    # Sources --------------------------------------------------------------------------
    def source_grades(self, names: Iterable[str]) -> dict[str, tuple[int, str, str]]:
        """Name -> (id, reliability, stored name) for the sources that already exist.

        A neutral label from an export ("Protected source #12 (Ryanggang)") maps back to
        source 12 when that source is protected, so export → import stays on one source.
        """
        missing = [n for n in names if n not in self._sources]
        for batch in _batches(missing):
            rows = self.conn.execute(
                select(Source.name, Source.id, Source.reliability).where(Source.name.in_(batch))
            )
            for name, sid, grade in rows:
                self._sources[name] = (sid, grade, name)
        labelled = {
            n: sid
            for n in missing
            if n not in self._sources and (sid := label_source_id(n)) is not None
        }
        if labelled:
            rows = self.conn.execute(
                select(Source.id, Source.reliability, Source.name).where(
                    Source.id.in_(list(labelled.values())), Source.protected.is_(True)
                )
            )
            by_id = {sid: (grade, real) for sid, grade, real in rows}
            for name, sid in labelled.items():
                if sid in by_id:
                    self._sources[name] = (sid, *by_id[sid])
        return self._sources

    def create_sources(self, new: dict[str, tuple[str, str, bool]]) -> None:
        """Create sources: name -> (voice, reliability, synthetic)."""
        if not new:
            return
        now = utcnow()
        self.conn.execute(
            Source.__table__.insert(),
            [
                {
                    "name": name,
                    "voice": voice,
                    "reliability": grade,
                    # A label that looks like a protected source's stays protected.
                    "protected": label_source_id(name) is not None,
                    "synthetic": synthetic,
                    "created_at": now,
                }
                for name, (voice, grade, synthetic) in new.items()
            ],
        )
        self.source_grades(list(new))

    # Documents ------------------------------------------------------------------------
    def document_ids(self, wanted: dict[str, dict]) -> dict[str, int]:
        """doc_key -> id; creates missing documents from the value dicts in `wanted`."""
        missing = [k for k in wanted if k not in self._documents]
        for batch in _batches(missing):
            rows = self.conn.execute(
                select(Document.doc_key, Document.id).where(Document.doc_key.in_(batch))
            )
            self._documents.update(dict(rows.all()))
        new = [k for k in missing if k not in self._documents]
        if new:
            now = utcnow()
            self.conn.execute(
                Document.__table__.insert(),
                [{**wanted[k], "doc_key": k, "retrieved_at": now} for k in new],
            )
            for batch in _batches(new):
                rows = self.conn.execute(
                    select(Document.doc_key, Document.id).where(Document.doc_key.in_(batch))
                )
                self._documents.update(dict(rows.all()))
        return self._documents

    # Claims ---------------------------------------------------------------------------
    def existing_claims(self, uids: Sequence[str]) -> dict[str, str]:
        """claim_uid -> content_hash for the uids already stored."""
        found: dict[str, str] = {}
        if self._claims_were_empty:
            return found
        for batch in _batches(list(uids)):
            rows = self.conn.execute(
                select(Claim.claim_uid, Claim.content_hash).where(Claim.claim_uid.in_(batch))
            )
            found.update(dict(rows.all()))
        return found

    def insert_claims(self, rows: list[tuple]) -> int:
        """Insert claim rows (tuples in CLAIM_COLUMNS order); give their events' spans to
        `widen_periods`, and call `finish` once at the end."""
        if rows:
            # The driver's own executemany: the same path as a raw sqlite3/psycopg insert.
            self.conn.exec_driver_sql(self._insert_sql, rows)
        return len(rows)

    def widen_periods(self, spans) -> None:
        """Widen events' periods by (event_id, first day, last date, its precision) spans."""
        for event_id, first, last, precision in spans:
            first = _as_date(first)
            last = period_end(_as_date(last), precision or "day")
            known = self._periods.get(event_id)
            self._periods[event_id] = (
                (first, last) if known is None else (min(known[0], first), max(known[1], last))
            )

    def finish(self, run_id: int) -> None:
        """Before commit: rebuild suspended indexes, count the run's claims into the summary
        tables, and widen the periods of the events they are about."""
        self.restore_claim_indexes()
        count_run_into_summaries(self.conn, run_id)
        ids = list(self._periods)
        for batch in _batches(ids):
            stored = self.conn.execute(
                select(Event.id, Event.period_from, Event.period_to).where(Event.id.in_(batch))
            ).all()
            for event_id, old_first, old_last in stored:
                first, last = self._periods[event_id]
                first = min(first, _as_date(old_first)) if old_first else first
                last = max(last, _as_date(old_last)) if old_last else last
                if (first, last) != (old_first, old_last):
                    self.conn.execute(
                        update(Event)
                        .where(Event.id == event_id)
                        .values(period_from=first, period_to=last)
                    )
        self._periods = {}

    def suspend_claim_indexes(self) -> None:
        """SQLite bulk load: drop the claim table's secondary indexes until `restore_...`.

        Rebuilding an index once from sorted data is far cheaper than updating it for every
        row of a large import. DDL is transactional in SQLite, so a rollback restores the
        indexes too. Not done on PostgreSQL, where DROP INDEX would lock out readers.
        """
        if self.conn.dialect.name != "sqlite" or self._dropped_indexes:
            return
        rows = self.conn.exec_driver_sql(
            "SELECT name, sql FROM sqlite_master WHERE type = 'index' AND tbl_name = 'claim' "
            "AND sql IS NOT NULL AND sql NOT LIKE 'CREATE UNIQUE%'"
        ).all()
        for name, sql in rows:
            self.conn.exec_driver_sql(f'DROP INDEX "{name}"')
            self._dropped_indexes.append(sql)

    def restore_claim_indexes(self) -> None:
        for sql in self._dropped_indexes:
            self.conn.exec_driver_sql(sql)
        self._dropped_indexes = []


def _as_date(value) -> date:
    return value if isinstance(value, date) else date.fromisoformat(str(value)[:10])


# Summary tables kept in step with the claim table by every write, in the same transaction:
# table -> the claim columns it counts by (claim_cause only for claims that name a cause).
SUMMARIES: dict[str, tuple[str, ...]] = {
    "claim_daily": ("event_id", "region_code", "voice", "status", "stated_on"),
    "claim_cause": ("event_id", "measure", "voice", "status", "cause"),
}
_SUMMARY_FILTER = {"claim_cause": " AND cause IS NOT NULL"}


def count_run_into_summaries(conn: Connection, run_id: int) -> None:
    """Add one ingest run's claims to every summary table, one grouped statement each."""
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    for table, keys in SUMMARIES.items():
        columns = ", ".join(keys)
        conn.exec_driver_sql(
            f"INSERT INTO {table} ({columns}, claims) "
            f"SELECT {columns}, count(*) FROM claim "
            f"WHERE ingest_run_id = {mark}{_SUMMARY_FILTER.get(table, '')} "
            f"GROUP BY {columns} "
            f"ON CONFLICT ({columns}) DO UPDATE SET claims = {table}.claims + excluded.claims",
            (run_id,),
        )


def add_counts(conn: Connection, table: str, counts: dict[tuple, int]) -> None:
    """Add (or, with negative numbers, take away) claims in a summary table."""
    counts = {key: n for key, n in counts.items() if None not in key}
    if not counts:
        return
    keys = SUMMARIES[table]
    mark = "?" if conn.dialect.paramstyle == "qmark" else "%s"
    conn.exec_driver_sql(
        f"INSERT INTO {table} ({', '.join(keys)}, claims) "
        f"VALUES ({', '.join([mark] * (len(keys) + 1))}) "
        f"ON CONFLICT ({', '.join(keys)}) DO UPDATE SET claims = {table}.claims + excluded.claims",
        [(*key, n) for key, n in counts.items()],
    )
    if any(n < 0 for n in counts.values()):
        conn.exec_driver_sql(f"DELETE FROM {table} WHERE claims <= 0")


def start_run(conn: Connection, kind: str, origin: str) -> int:
    result = conn.execute(
        IngestRun.__table__.insert().values(
            kind=kind, origin=origin, started_at=utcnow(), status="running"
        )
    )
    return result.inserted_primary_key[0]


def finish_run(conn: Connection, run_id: int, **values) -> None:
    conn.execute(
        update(IngestRun).where(IngestRun.id == run_id).values(finished_at=utcnow(), **values)
    )


__all__ = ["CLAIM_COLUMNS", "ClaimWriter", "finish_run", "start_run"]
