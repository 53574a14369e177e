"""The claim store: every read and write of Parallax goes through here.

Reads return pandas DataFrames. Writes are transactional. Visibility (protected sources)
is applied here, so no caller can leak what its role may not see.
"""

from __future__ import annotations

from contextlib import contextmanager
from dataclasses import replace
from datetime import date

import pandas as pd
from sqlalchemy import (
    Connection,
    Engine,
    Select,
    and_,
    bindparam,
    case,
    func,
    inspect,
    or_,
    select,
    update,
)
from sqlalchemy.exc import OperationalError, ProgrammingError

from dashboard import settings
from dashboard.filters import Filters
from dashboard.store import db, export_read
from dashboard.store import proposals as review_queue
from dashboard.store.dates import format_partial_date, utcnow
from dashboard.store.models import (
    STATUSES,
    Claim,
    ClaimCause,
    ClaimDaily,
    ClaimStatusChange,
    Document,
    Event,
    IngestRun,
    Place,
    Region,
    Source,
)
from dashboard.store.visibility import check_role, shield
from dashboard.store.writer import SUMMARIES, add_counts

INTERCHANGE_COLUMNS = (
    "claim_id",
    "event",
    "stated_on",
    "region",
    "place",
    "voice",
    "source",
    "source_reliability",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause",
    "statement",
    "quote",
    "document_url",
    "document_title",
    "publisher",
    "published_on",
    "occurred_from",
    "occurred_to",
    "credibility",
    "status",
    "synthetic",
)
EXPORT_CHUNK_ROWS = 100_000  # claims an export holds in memory at once
REQUIRED_COLUMNS = (
    "event",
    "stated_on",
    "region",
    "voice",
    "source",
    "measure",
    "statement",
    "document_url",
)


class Store:
    def __init__(self, engine: Engine, role: str = "viewer"):
        self.engine = engine
        self.role = check_role(role)

    @classmethod
    def open(cls, url: str | None = None, role: str | None = None) -> Store:
        return cls(db.make_engine(url), role or settings.role())

    @property
    def is_editor(self) -> bool:
        return self.role == "editor"

    # ---- schema -------------------------------------------------------------------------

    def migrate(self) -> None:
        db.migrate(self.engine)

    def schema_is_current(self) -> bool:
        try:
            return db.current_revision(self.engine) == db.head_revision()
        except (OperationalError, ProgrammingError) as exc:
            raise db.StoreUnavailable(db.describe_connection_error(self.engine, exc)) from exc

    def require_schema(self) -> None:
        if not self.schema_is_current():
            url = self.engine.url.render_as_string(hide_password=True)
            raise db.StoreUnavailable(
                f"the database {url} has no Parallax tables, or older ones; "
                "run `python -m dashboard init` (add --demo for the demo data)"
            )

    def seed_gazetteer(self, gazetteer) -> int:
        """Add every region the gazetteer knows (and its places) that the store lacks."""
        with self.engine.begin() as conn:
            known = set(conn.scalars(select(Region.code)))
            rows = [
                {
                    "code": r.code,
                    "country": r.country,
                    "name": r.name,
                    "level": r.level,
                    "type": r.type,
                    "parent_code": r.parent,
                }
                for r in gazetteer.regions()
                if r.code not in known
            ]
            if rows:
                conn.execute(Region.__table__.insert(), rows)
            if not conn.scalar(select(func.count()).select_from(Place)):
                places = [
                    {
                        "name": p.name,
                        "region_code": p.region_code,
                        "country": p.country,
                        "latitude": p.latitude,
                        "longitude": p.longitude,
                        "population": p.population,
                        "geonameid": p.geonameid,
                    }
                    for p in gazetteer.places()
                ]
                if places:
                    conn.execute(Place.__table__.insert(), places)
        return len(rows)

    # ---- reads --------------------------------------------------------------------------

    def _frame(self, query: Select) -> pd.DataFrame:
        with self.engine.connect() as conn:
            result = conn.execute(query)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))

    def counts(self) -> dict[str, int]:
        with self.engine.connect() as conn:
            return {
                "events": conn.scalar(select(func.count()).select_from(Event)),
                "claims": conn.scalar(select(func.count()).select_from(Claim)),
                "sources": conn.scalar(select(func.count()).select_from(Source)),
                "documents": conn.scalar(select(func.count()).select_from(Document)),
                "synthetic_claims": conn.scalar(
                    select(func.count()).select_from(Claim).where(Claim.synthetic.is_(True))
                ),
                "regions": conn.scalar(select(func.count()).select_from(Region)),
            }

    def events(self, region: str | None = None) -> pd.DataFrame:
        """Every event with its region and how many claims each voice made about it."""
        per_voice = {
            voice: func.sum(case((ClaimDaily.voice == voice, ClaimDaily.claims), else_=0))
            for voice in ("official", "local", "independent")
        }
        query = (
            select(
                Event.id,
                Event.title,
                Event.region_code,
                Region.name.label("region_name"),
                Event.topic,
                Event.description,
                Event.period_from,
                Event.period_to,
                Event.synthetic,
                func.coalesce(func.sum(ClaimDaily.claims), 0).label("claims"),
                *(expr.label(voice) for voice, expr in per_voice.items()),
            )
            .join(Region, Region.code == Event.region_code)
            .outerjoin(ClaimDaily, ClaimDaily.event_id == Event.id)
            .group_by(Event.id, Region.name)
            .order_by(Event.period_from.desc().nulls_last(), Event.title)
        )
        if region:
            query = query.where(Event.region_code == region)
        frame = self._frame(query)
        for column in ("claims", "official", "local", "independent"):
            frame[column] = frame[column].fillna(0).astype("int64")
        return frame

    def first_claim_dates(self) -> pd.DataFrame:
        """Per event, region and voice, the first statement date of its claims that stand
        (refuted ones left out): event_id, region_code, voice, stated_on. Read from the
        claim_daily summary, so it costs events × voices rows, not a scan of every claim."""
        query = (
            select(
                ClaimDaily.event_id,
                ClaimDaily.region_code,
                ClaimDaily.voice,
                func.min(ClaimDaily.stated_on).label("stated_on"),
            )
            .where(ClaimDaily.status != "refuted", ClaimDaily.claims > 0)
            .group_by(ClaimDaily.event_id, ClaimDaily.region_code, ClaimDaily.voice)
        )
        frame = self._frame(query)
        frame["stated_on"] = pd.to_datetime(frame["stated_on"])
        return frame

    def sources(self) -> pd.DataFrame:
        query = (
            select(
                Source.id.label("source_id"),
                Source.name.label("source"),
                Source.voice,
                Source.reliability,
                Source.protected.label("source_protected"),
                Source.notes.label("source_notes"),
                Source.region_code,
                Region.name.label("source_region_name"),
                func.count(Claim.id).label("claims"),
            )
            .outerjoin(Region, Region.code == Source.region_code)
            .outerjoin(Claim, Claim.source_id == Source.id)
            .group_by(Source.id, Region.name)
            .order_by(Source.name)
        )
        frame = shield(self._frame(query), self.role)
        return frame.sort_values("source", kind="stable").reset_index(drop=True)

    def _claims_query(
        self,
        filters: Filters | None = None,
        event_id: int | None = None,
        source_id: int | None = None,
    ) -> Select:
        source_region = Region.__table__.alias("source_region")
        query = (
            select(
                Claim.id,
                Claim.claim_uid,
                Claim.event_id,
                Event.title.label("event"),
                Event.topic,
                Claim.stated_on,
                Claim.stated_precision,
                Claim.region_code,
                Claim.place,
                Claim.voice,
                Claim.source_id,
                Source.name.label("source"),
                Source.reliability.label("source_reliability"),
                Source.protected.label("source_protected"),
                source_region.c.name.label("source_region_name"),
                Claim.measure,
                Claim.count,
                Claim.count_low,
                Claim.count_high,
                Claim.cause,
                Claim.cause_text,
                Claim.statement,
                Claim.quote,
                Claim.document_id,
                Document.url.label("document_url"),
                Document.title.label("document_title"),
                Document.publisher,
                Document.published_on,
                Document.published_precision,
                Claim.occurred_from,
                Claim.occurred_from_precision,
                Claim.occurred_to,
                Claim.occurred_to_precision,
                Claim.credibility,
                Claim.status,
                Claim.synthetic,
            )
            .join(Event, Event.id == Claim.event_id)
            .join(Source, Source.id == Claim.source_id)
            .join(Document, Document.id == Claim.document_id)
            .outerjoin(source_region, source_region.c.code == Source.region_code)
            .order_by(Claim.stated_on, Claim.id)
        )
        conditions = _conditions(filters or Filters())
        if event_id is not None:
            conditions.append(Claim.event_id == event_id)
        if source_id is not None:
            conditions.append(Claim.source_id == source_id)
        return query.where(and_(*conditions)) if conditions else query

    def claims(
        self,
        filters: Filters | None = None,
        event_id: int | None = None,
        limit: int | None = None,
        source_id: int | None = None,
    ) -> pd.DataFrame:
        """Claims joined to their event, source and document (the first `limit` if given)."""
        query = self._claims_query(filters, event_id, source_id)
        if limit is not None:
            query = query.limit(limit)
        return shield(self._frame(query), self.role)

    def status_counts(self) -> pd.DataFrame:
        """Claims counted per source, region and status (source shown as the role may see
        it): the input of the track record, cheap at any size."""
        source_region = Region.__table__.alias("source_region")
        query = (
            select(
                Source.id.label("source_id"),
                Source.name.label("source"),
                Claim.voice,
                Source.reliability.label("source_reliability"),
                Source.protected.label("source_protected"),
                source_region.c.name.label("source_region_name"),
                Claim.region_code,
                Claim.status,
                func.count().label("claims"),
            )
            .join(Source, Source.id == Claim.source_id)
            .outerjoin(source_region, source_region.c.code == Source.region_code)
            .group_by(
                Source.id,
                Source.name,
                Claim.voice,
                Source.reliability,
                Source.protected,
                source_region.c.name,
                Claim.region_code,
                Claim.status,
            )
        )
        return shield(self._frame(query), self.role)

    def claims_of_events(self, event_ids: list[int]) -> pd.DataFrame:
        """Every claim about these events (as `claims` returns them)."""
        frames = [
            shield(self._frame(self._claims_query().where(Claim.event_id.in_(batch))), self.role)
            for batch in _chunks(sorted(set(event_ids)), 1000)
        ]
        frames = [f for f in frames if not f.empty]
        if not frames:
            return self.claims(limit=0)
        return pd.concat(frames, ignore_index=True)

    def events_of_run(self, run_id: int) -> list[int]:
        """The events an ingest run wrote claims about."""
        with self.engine.connect() as conn:
            rows = conn.execute(
                select(Claim.event_id).where(Claim.ingest_run_id == run_id).distinct()
            )
            return sorted(rows.scalars())

    def last_changed_by(self, claim_ids: list[int]) -> dict[int, str]:
        """Who made each claim's latest status change (claims never changed are absent)."""
        history = ClaimStatusChange.__table__
        latest = (
            select(history.c.claim_id, func.max(history.c.id).label("last"))
            .where(history.c.claim_id.in_(claim_ids))
            .group_by(history.c.claim_id)
            .subquery()
        )
        query = select(history.c.claim_id, history.c.changed_by).join(
            latest, history.c.id == latest.c.last
        )
        found: dict[int, str] = {}
        with self.engine.connect() as conn:
            for batch in _chunks(list(claim_ids), 5000):
                rows = conn.execute(query.where(history.c.claim_id.in_(batch)))
                found.update({int(c): b for c, b in rows.all()})
        return found

    def count_claims(self, filters: Filters | None = None) -> int:
        query = select(func.count()).select_from(Claim)
        conditions = _conditions(filters or Filters())
        if (filters or Filters()).topic:
            query = query.join(Event, Event.id == Claim.event_id)
        with self.engine.connect() as conn:
            return conn.scalar(query.where(and_(*conditions)) if conditions else query)

    def claim_cube(self) -> pd.DataFrame:
        """Claims counted by region, voice, status, event topic and statement date.

        Read from the claim_daily summary (kept in step by every write), so it costs a few
        hundred thousand rows at most, not a scan of every claim. Every page's headline
        figures, map and weekly timeline are then filtered and summed from it in memory
        (see dashboard.analysis.overview).
        """
        query = (
            select(
                ClaimDaily.region_code,
                ClaimDaily.voice,
                ClaimDaily.status,
                Event.topic,
                ClaimDaily.stated_on,
                func.sum(ClaimDaily.claims).label("claims"),
            )
            .join(Event, Event.id == ClaimDaily.event_id)
            .group_by(
                ClaimDaily.region_code,
                ClaimDaily.voice,
                ClaimDaily.status,
                Event.topic,
                ClaimDaily.stated_on,
            )
        )
        frame = self._frame(query)
        frame["stated_on"] = pd.to_datetime(frame["stated_on"])
        frame["claims"] = frame["claims"].astype("int64")
        return frame

    def event_ids(self, filters: Filters | None = None) -> list[int]:
        """Ids of the events that have at least one claim matching the filters."""
        filters = filters or Filters()
        query = select(ClaimDaily.event_id).distinct()
        conditions = _conditions(filters, ClaimDaily)
        if filters.topic:
            query = query.join(Event, Event.id == ClaimDaily.event_id)
        if conditions:
            query = query.where(and_(*conditions))
        with self.engine.connect() as conn:
            return list(conn.scalars(query))

    def regions_in_use(self) -> pd.DataFrame:
        """Regions that events or claims refer to, with their names and claim counts."""
        query = (
            select(
                Region.code,
                Region.name,
                Region.country,
                Region.level,
                func.count(Claim.id).label("claims"),
            )
            .join(Claim, Claim.region_code == Region.code)
            .group_by(Region.code, Region.name, Region.country, Region.level)
            .order_by(Region.country, Region.code)
        )
        return self._frame(query)

    def cause_sets(self) -> pd.DataFrame:
        """Distinct (event, measure, official?, normalised cause) of claims that name a cause,
        leaving out refuted claims and restrictions: the input of open_discrepancies. Read
        from the claim_cause summary, not from every claim."""
        official = case((ClaimCause.voice == "official", True), else_=False)
        query = (
            select(
                ClaimCause.event_id,
                ClaimCause.measure,
                official.label("official"),
                ClaimCause.cause,
            )
            .where(
                ClaimCause.status != "refuted",
                ClaimCause.measure.not_in(["restriction", "other"]),
            )
            .distinct()
        )
        return self._frame(query)

    def topics(self) -> list[str]:
        with self.engine.connect() as conn:
            query = select(Event.topic).where(Event.topic.is_not(None)).distinct()
            return sorted(conn.scalars(query))

    def export_frame(
        self,
        filters: Filters | None = None,
        event_id: int | None = None,
        source_id: int | None = None,
    ) -> pd.DataFrame:
        """The claims in the interchange columns, every value a string ("" when absent),
        in claim order. Exports never carry a protected source's identity, whatever the
        caller's role."""
        chunks = list(self.export_chunks(filters, event_id=event_id, source_id=source_id))
        return pd.concat(chunks, ignore_index=True) if len(chunks) > 1 else chunks[0]

    def export_chunks(
        self,
        filters: Filters | None = None,
        event_id: int | None = None,
        source_id: int | None = None,
        chunk_rows: int = EXPORT_CHUNK_ROWS,
    ):
        """`export_frame` in chunks of at most `chunk_rows` claims, as pandas frames."""
        for table in self.export_tables(filters, event_id, source_id, chunk_rows):
            yield table.to_pandas()  # pandas' str columns, as every frame of strings

    def export_tables(
        self,
        filters: Filters | None = None,
        event_id: int | None = None,
        source_id: int | None = None,
        chunk_rows: int = EXPORT_CHUNK_ROWS,
        reader: str | None = None,
    ):
        """The export in Arrow tables of at most `chunk_rows` claims, in claim order, every
        column a string ("" when absent), so an export of any size holds one chunk in
        memory. Always yields at least one table (an empty one when nothing matches).
        Protected sources appear by their neutral label whatever the role; the identity
        never leaves the database (dashboard/store/export_read.py). `reader` ("adbc" or
        "sqlalchemy") forces how a SQLite file is read, for tests.
        """
        conditions = _conditions(replace(filters or Filters(), topic=None))
        if filters is not None and filters.topic:
            topic = select(Event.id).where(Event.topic == filters.topic)
            conditions.append(Claim.event_id.in_(topic))
        if event_id is not None:
            conditions.append(Claim.event_id == event_id)
        if source_id is not None:
            conditions.append(Claim.source_id == source_id)
        return export_read.export_tables(
            self.engine, conditions, INTERCHANGE_COLUMNS, chunk_rows, reader
        )

    def ingest_runs(self) -> pd.DataFrame:
        return self._frame(select(IngestRun).order_by(IngestRun.id))

    def status_history(self, claim_id: int) -> pd.DataFrame:
        """One claim's status changes, oldest first, with the evidence document's URL."""
        return self.status_histories([claim_id])

    def status_histories(self, claim_ids: list[int] | None = None) -> pd.DataFrame:
        """Status changes of these claims (all claims if None), oldest first: who, when,
        why, and the evidence document with its URL."""
        history = ClaimStatusChange.__table__
        query = (
            select(history, Document.url.label("evidence_url"))
            .outerjoin(Document, Document.id == history.c.evidence_document_id)
            .order_by(history.c.changed_at, history.c.id)
        )
        if claim_ids is None:
            return self._frame(query)
        frames = [
            self._frame(query.where(history.c.claim_id.in_(batch)))
            for batch in _chunks(list(claim_ids), 5000)
        ]
        frames = [f for f in frames if not f.empty]
        if not frames:
            return self._frame(query.where(history.c.claim_id.in_([])))
        return pd.concat(frames, ignore_index=True).sort_values(["changed_at", "id"])

    # ---- review queue ---------------------------------------------------------------

    def review_documents(self, states: tuple[str, ...] = ("pending",)) -> pd.DataFrame:
        """Documents with proposals in `states`, newest first, with how many."""
        return self._frame(review_queue.documents_with_proposals_query(states))

    def proposals(
        self, document_id: int | None = None, states: tuple[str, ...] = ("pending",)
    ) -> pd.DataFrame:
        """Extracted claims waiting for review (or in other `states`), in text order."""
        return self._frame(review_queue.proposals_query(document_id, states))

    def document(self, document_id: int) -> dict | None:
        """One document with its text, or None."""
        with self.engine.connect() as conn:
            row = conn.execute(select(Document).where(Document.id == document_id)).first()
        return dict(row._mapping) if row else None

    def event_of_claim(self, claim_id: int) -> int | None:
        with self.engine.connect() as conn:
            return conn.scalar(select(Claim.event_id).where(Claim.id == claim_id))

    def has_real_claims(self) -> bool:
        with self.engine.connect() as conn:
            return bool(conn.scalar(select(Claim.id).where(Claim.synthetic.is_(False)).limit(1)))

    def has_synthetic_claims(self) -> bool:
        with self.engine.connect() as conn:
            return bool(conn.scalar(select(Claim.id).where(Claim.synthetic.is_(True)).limit(1)))

    # ---- writes -------------------------------------------------------------------------

    @contextmanager
    def _begin(self, conn: Connection | None):
        """Join the caller's transaction when given one, else run in a new one."""
        if conn is not None:
            yield conn
        else:
            with self.engine.begin() as new:
                yield new

    def upsert_events(self, events: pd.DataFrame, conn: Connection | None = None) -> int:
        """Create or update events from columns event, region, topic, description."""
        written = 0
        with self._begin(conn) as conn:
            existing = dict(conn.execute(select(Event.title, Event.id)).all())
            for row in events.itertuples(index=False):
                values = {
                    "region_code": row.region,
                    "topic": row.topic or None,
                    "description": row.description or None,
                }
                if row.event in existing:
                    conn.execute(
                        update(Event).where(Event.id == existing[row.event]).values(**values)
                    )
                else:
                    conn.execute(
                        Event.__table__.insert(),
                        {**values, "title": row.event, "synthetic": False, "created_at": utcnow()},
                    )
                written += 1
        return written

    def upsert_sources(self, sources: pd.DataFrame, conn: Connection | None = None) -> int:
        """Create or update sources from columns source, voice, reliability, protected, notes,
        region."""
        written = 0
        with self._begin(conn) as conn:
            existing = dict(conn.execute(select(Source.name, Source.id)).all())
            for row in sources.itertuples(index=False):
                values = {
                    "voice": row.voice,
                    "reliability": row.reliability or "F",
                    "protected": str(row.protected).strip().lower() in ("true", "1", "yes"),
                    "notes": row.notes or None,
                    "region_code": row.region or None,
                }
                if row.source in existing:
                    conn.execute(
                        update(Source).where(Source.id == existing[row.source]).values(**values)
                    )
                else:
                    conn.execute(
                        Source.__table__.insert(),
                        {**values, "name": row.source, "synthetic": False, "created_at": utcnow()},
                    )
                written += 1
        return written

    def set_status(
        self,
        claim_id: int,
        status: str,
        changed_by: str,
        reason: str,
        evidence_document_id: int | None = None,
    ) -> None:
        """Change a claim's status and keep the change in its history, in one transaction."""
        if status not in STATUSES:
            raise ValueError(f'unknown status "{status}"; use one of: {", ".join(STATUSES)}')
        if not reason.strip():
            raise ValueError("a status change needs a reason")
        if status in ("confirmed", "refuted") and evidence_document_id is None:
            raise ValueError(f"{status} needs the evidence document")
        with self.engine.begin() as conn:
            columns = sorted({c for keys in SUMMARIES.values() for c in keys})
            claim = conn.execute(
                select(*(getattr(Claim, c) for c in columns)).where(Claim.id == claim_id)
            ).first()
            if claim is None:
                raise LookupError(f"no claim with id {claim_id}")
            previous = claim.status
            conn.execute(update(Claim).where(Claim.id == claim_id).values(status=status))
            # Move the claim between the summaries' status buckets.
            values = {c: getattr(claim, c) for c in columns}
            values["stated_on"] = values["stated_on"].isoformat()
            for table, keys in SUMMARIES.items():
                old = tuple(previous if k == "status" else values[k] for k in keys)
                new = tuple(status if k == "status" else values[k] for k in keys)
                add_counts(conn, table, {old: -1})
                add_counts(conn, table, {new: 1})
            conn.execute(
                ClaimStatusChange.__table__.insert(),
                {
                    "claim_id": claim_id,
                    "status": status,
                    "previous_status": previous,
                    "changed_at": utcnow(),
                    "changed_by": changed_by,
                    "reason": reason,
                    "evidence_document_id": evidence_document_id,
                },
            )

    def apply_statuses(self, changes: pd.DataFrame, changed_by: str) -> int:
        """Write computed status changes (columns claim_id, current, proposed, reason) in one
        transaction, each kept in the history. A claim whose status moved since `current`
        was read is left alone; confirmed and refuted are never set here (a person sets
        them, with evidence, through `set_status`)."""
        rows = changes[changes["proposed"] != changes["current"]]
        if rows.empty:
            return 0
        if rows["proposed"].isin(["confirmed", "refuted"]).any():
            raise ValueError("confirmed and refuted are set by a person, with evidence")
        keys = sorted({c for keys in SUMMARIES.values() for c in keys} | {"status"})
        wanted = {int(c.claim_id): c for c in rows.itertuples()}
        now = utcnow()
        with self.engine.begin() as conn:
            stored = {}
            for batch in _chunks(sorted(wanted), 5000):
                query = select(Claim.id, *(getattr(Claim, c) for c in keys)).where(
                    Claim.id.in_(batch)
                )
                # Rows locked until commit on PostgreSQL, so `current` cannot move under us.
                stored.update({r.id: r for r in conn.execute(query.with_for_update())})
            moves: dict[str, dict[tuple, int]] = {table: {} for table in SUMMARIES}
            updates, history = [], []
            for claim_id, change in wanted.items():
                claim = stored.get(claim_id)
                if claim is None or claim.status != change.current:
                    continue  # gone, or changed since it was read: leave it
                values = {c: getattr(claim, c) for c in keys}
                values["stated_on"] = values["stated_on"].isoformat()
                for table, table_keys in SUMMARIES.items():
                    old = tuple(change.current if k == "status" else values[k] for k in table_keys)
                    new = tuple(change.proposed if k == "status" else values[k] for k in table_keys)
                    moves[table][old] = moves[table].get(old, 0) - 1
                    moves[table][new] = moves[table].get(new, 0) + 1
                updates.append({"claim": claim_id, "new": change.proposed})
                history.append(
                    {
                        "claim_id": claim_id,
                        "status": change.proposed,
                        "previous_status": change.current,
                        "changed_at": now,
                        "changed_by": changed_by,
                        "reason": change.reason,
                        "evidence_document_id": None,
                    }
                )
            if updates:
                conn.execute(
                    update(Claim.__table__)
                    .where(Claim.__table__.c.id == bindparam("claim"))
                    .values(status=bindparam("new")),
                    updates,
                )
                conn.execute(ClaimStatusChange.__table__.insert(), history)
            for table, counts in moves.items():
                add_counts(conn, table, {k: n for k, n in counts.items() if n})
        return len(updates)

    def evidence_document(
        self,
        url: str,
        title: str | None = None,
        publisher: str | None = None,
        published_on: date | None = None,
    ) -> int:
        """The id of the document at `url` (with this title, publisher and date), stored
        now if new: the evidence a status change cites."""
        url = (url or "").strip()
        if not url.lower().startswith(("http://", "https://", "urn:")):
            raise ValueError(
                f'evidence URL "{url}" is not a web address; give the http(s) address of '
                "the document that settles the claim"
            )
        precision = "day" if published_on else None
        key = review_queue.document_key(url, title, publisher, published_on, precision)
        with self.engine.begin() as conn:
            found = conn.scalar(select(Document.id).where(Document.doc_key == key))
            if found is not None:
                return found
            result = conn.execute(
                Document.__table__.insert().values(
                    doc_key=key,
                    url=url,
                    title=title or None,
                    publisher=publisher or None,
                    published_on=published_on,
                    published_precision=precision,
                    retrieved_at=utcnow(),
                    synthetic=False,
                )
            )
            return result.inserted_primary_key[0]

    def table_names(self) -> list[str]:
        return sorted(inspect(self.engine).get_table_names())


def _conditions(filters: Filters, table=Claim) -> list:
    """SQL conditions on `table` (Claim or ClaimDaily; Event for the topic) for the filters."""
    conditions = []
    if filters.region:
        code = filters.region
        if len(code) == 2:  # a country: the country itself and all its subdivisions
            conditions.append(or_(table.region_code == code, table.region_code.like(f"{code}-%")))
        else:
            conditions.append(table.region_code == code)
    if filters.date_from:
        conditions.append(table.stated_on >= filters.date_from)
    if filters.date_to:
        conditions.append(table.stated_on <= filters.date_to)
    if filters.voices:
        conditions.append(table.voice.in_(list(filters.voices)))
    if filters.statuses:
        conditions.append(table.status.in_(list(filters.statuses)))
    if filters.topic:
        conditions.append(Event.topic == filters.topic)
    return conditions


def _formatted(frame: pd.DataFrame, value: str, precision: str) -> list[str]:
    return [
        format_partial_date(v if isinstance(v, date) else None, p)
        for v, p in zip(frame[value], frame[precision], strict=True)
    ]


def _int_text(value) -> str:
    if value is None or (isinstance(value, float) and value != value) or value is pd.NA:
        return ""
    return str(int(value))


def _chunks(values: list, size: int):
    for start in range(0, len(values), size):
        yield values[start : start + size]
