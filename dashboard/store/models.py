"""The claim store's tables (SQLAlchemy 2). Schema changes go through Alembic migrations.

Dates that people state loosely ("in March 2021") are kept as the first day of the period
plus a precision ('day', 'month' or 'year'), never as a false exact day.
"""

from __future__ import annotations

from datetime import date, datetime

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    Float,
    ForeignKey,
    Index,
    Integer,
    SmallInteger,
    String,
    Text,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, mapped_column

from dashboard.vocabulary import (  # noqa: F401  (re-exported)
    MEASURES,
    PRECISIONS,
    RELIABILITY_GRADES,
    STATUSES,
    VOICES,
)


def _in(column: str, values: tuple[str, ...]) -> str:
    # An OR chain, not IN (...): SQLite evaluates a constant IN list in a CHECK far more
    # slowly, and on a million-row import it halved the insert rate.
    return "(" + " OR ".join(f"{column} = '{v}'" for v in values) + ")"


class Base(DeclarativeBase):
    pass


class Region(Base):
    """An ISO 3166-2 subdivision, or a whole country under its ISO 3166-1 alpha-2 code."""

    __tablename__ = "region"
    code: Mapped[str] = mapped_column(String(10), primary_key=True)
    country: Mapped[str] = mapped_column(String(2), index=True)
    name: Mapped[str] = mapped_column(String(200))
    level: Mapped[str] = mapped_column(String(12))
    type: Mapped[str | None] = mapped_column(String(100))
    parent_code: Mapped[str | None] = mapped_column(String(10))


class Place(Base):
    __tablename__ = "place"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(200))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    country: Mapped[str] = mapped_column(String(2))
    latitude: Mapped[float | None] = mapped_column(Float)
    longitude: Mapped[float | None] = mapped_column(Float)
    population: Mapped[int | None] = mapped_column(BigInteger)
    geonameid: Mapped[int | None] = mapped_column(BigInteger)


class Source(Base):
    """Who asserts. A protected source's name and notes reach editors only (see Store)."""

    __tablename__ = "source"
    __table_args__ = (
        CheckConstraint(_in("voice", VOICES), name="ck_source_voice"),
        CheckConstraint(_in("reliability", RELIABILITY_GRADES), name="ck_source_reliability"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    name: Mapped[str] = mapped_column(String(300), unique=True)
    voice: Mapped[str] = mapped_column(String(12))
    reliability: Mapped[str] = mapped_column(String(1), default="F")
    protected: Mapped[bool] = mapped_column(Boolean, default=False)
    notes: Mapped[str | None] = mapped_column(Text)
    region_code: Mapped[str | None] = mapped_column(ForeignKey("region.code"))
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class Document(Base):
    """Where a claim was read. The publisher is not the source."""

    __tablename__ = "document"
    __table_args__ = (
        CheckConstraint(
            f"published_precision IS NULL OR {_in('published_precision', PRECISIONS)}",
            name="ck_document_precision",
        ),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # sha256 of url, title, publisher and publication date: one row per report read.
    doc_key: Mapped[str] = mapped_column(String(64), unique=True)
    url: Mapped[str] = mapped_column(Text)
    title: Mapped[str | None] = mapped_column(Text)
    publisher: Mapped[str | None] = mapped_column(String(300))
    published_on: Mapped[date | None] = mapped_column(Date)
    published_precision: Mapped[str | None] = mapped_column(String(5))
    retrieved_at: Mapped[datetime | None] = mapped_column(DateTime)
    language: Mapped[str | None] = mapped_column(String(20))
    text: Mapped[str | None] = mapped_column(Text)
    # sha256 of the text, when the text itself was stored.
    content_hash: Mapped[str | None] = mapped_column(String(64), index=True)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)


class Event(Base):
    __tablename__ = "event"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    title: Mapped[str] = mapped_column(String(500), unique=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), index=True)
    topic: Mapped[str | None] = mapped_column(String(200))
    description: Mapped[str | None] = mapped_column(Text)
    period_from: Mapped[date | None] = mapped_column(Date)
    period_to: Mapped[date | None] = mapped_column(Date)
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class IngestRun(Base):
    """One import (or later: one feed or URL fetch), with what it read, wrote and refused."""

    __tablename__ = "ingest_run"
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    kind: Mapped[str] = mapped_column(String(30))
    origin: Mapped[str] = mapped_column(Text)
    started_at: Mapped[datetime] = mapped_column(DateTime)
    finished_at: Mapped[datetime | None] = mapped_column(DateTime)
    status: Mapped[str] = mapped_column(String(12))
    rows_read: Mapped[int] = mapped_column(Integer, default=0)
    rows_written: Mapped[int] = mapped_column(Integer, default=0)
    rows_unchanged: Mapped[int] = mapped_column(Integer, default=0)
    rows_rejected: Mapped[int] = mapped_column(Integer, default=0)
    errors: Mapped[str | None] = mapped_column(Text)
    # Claims proposed for review by an ingest run (None for a claims import).
    proposals: Mapped[int | None] = mapped_column(Integer)


class Claim(Base):
    __tablename__ = "claim"
    __table_args__ = (
        CheckConstraint(_in("voice", VOICES), name="ck_claim_voice"),
        CheckConstraint(_in("measure", MEASURES), name="ck_claim_measure"),
        CheckConstraint(_in("status", STATUSES), name="ck_claim_status"),
        CheckConstraint(_in("stated_precision", PRECISIONS), name="ck_claim_stated_precision"),
        CheckConstraint("count IS NULL OR count >= 0", name="ck_claim_count"),
        CheckConstraint(
            "credibility IS NULL OR (credibility >= 1 AND credibility <= 6)",
            name="ck_claim_credibility",
        ),
        Index("ix_claim_region_stated", "region_code", "stated_on"),
        Index("ix_claim_stated_on", "stated_on"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    # The interchange `claim_id`: given by the file, or derived from the claim's content.
    claim_uid: Mapped[str] = mapped_column(String(200), unique=True)
    # sha256 (first 128 bits, hex) of the claim's normalised values: re-importing the same
    # row changes nothing.
    content_hash: Mapped[str] = mapped_column(String(64))
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), index=True)
    source_id: Mapped[int] = mapped_column(ForeignKey("source.id"), index=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"), index=True)
    stated_on: Mapped[date] = mapped_column(Date)
    stated_precision: Mapped[str] = mapped_column(String(5))
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"))
    place: Mapped[str | None] = mapped_column(String(300))
    voice: Mapped[str] = mapped_column(String(12))
    measure: Mapped[str] = mapped_column(String(20))
    count: Mapped[int | None] = mapped_column(BigInteger)
    count_low: Mapped[int | None] = mapped_column(BigInteger)
    count_high: Mapped[int | None] = mapped_column(BigInteger)
    cause: Mapped[str | None] = mapped_column(String(200))
    cause_text: Mapped[str | None] = mapped_column(String(500))
    statement: Mapped[str] = mapped_column(Text)
    quote: Mapped[str | None] = mapped_column(Text)
    occurred_from: Mapped[date | None] = mapped_column(Date)
    occurred_from_precision: Mapped[str | None] = mapped_column(String(5))
    occurred_to: Mapped[date | None] = mapped_column(Date)
    occurred_to_precision: Mapped[str | None] = mapped_column(String(5))
    credibility: Mapped[int | None] = mapped_column(SmallInteger)
    status: Mapped[str] = mapped_column(String(12), default="unverified")
    synthetic: Mapped[bool] = mapped_column(Boolean, default=False)
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_run.id"), index=True)
    created_at: Mapped[datetime] = mapped_column(DateTime)


class ClaimDaily(Base):
    """Claims counted per event, region, voice, status and statement day.

    Kept in step with the claim table by every write (import, status change), in the same
    transaction; the dashboard's overview reads it instead of scanning every claim.
    """

    __tablename__ = "claim_daily"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    region_code: Mapped[str] = mapped_column(ForeignKey("region.code"), primary_key=True)
    voice: Mapped[str] = mapped_column(String(12), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    stated_on: Mapped[date] = mapped_column(Date, primary_key=True)
    claims: Mapped[int] = mapped_column(Integer)


class ClaimCause(Base):
    """Claims counted per event, measure, voice, status and normalised cause (claims that
    name a cause only). Kept in step like ClaimDaily; finds cause conflicts cheaply."""

    __tablename__ = "claim_cause"
    event_id: Mapped[int] = mapped_column(ForeignKey("event.id"), primary_key=True)
    measure: Mapped[str] = mapped_column(String(20), primary_key=True)
    voice: Mapped[str] = mapped_column(String(12), primary_key=True)
    status: Mapped[str] = mapped_column(String(12), primary_key=True)
    cause: Mapped[str] = mapped_column(String(200), primary_key=True)
    claims: Mapped[int] = mapped_column(Integer)


class ClaimStatusChange(Base):
    """Every status change of a claim: who, when, why, and the evidence document."""

    __tablename__ = "claim_status_history"
    __table_args__ = (CheckConstraint(_in("status", STATUSES), name="ck_history_status"),)
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    claim_id: Mapped[int] = mapped_column(ForeignKey("claim.id"), index=True)
    status: Mapped[str] = mapped_column(String(12))
    previous_status: Mapped[str | None] = mapped_column(String(12))
    changed_at: Mapped[datetime] = mapped_column(DateTime)
    changed_by: Mapped[str] = mapped_column(String(200))
    reason: Mapped[str] = mapped_column(Text)
    evidence_document_id: Mapped[int | None] = mapped_column(ForeignKey("document.id"))


PROPOSAL_STATES = ("pending", "accepted", "rejected")


class Proposal(Base):
    """A claim the extractor found in a stored document, waiting for a person.

    Nothing here counts until a reviewer accepts it: acceptance writes a real claim (and
    links it in `claim_id`); rejection keeps the reason. `version` rises with every
    decision, so two reviewers acting on the same proposal cannot both succeed.
    """

    __tablename__ = "proposal"
    __table_args__ = (
        CheckConstraint(_in("state", PROPOSAL_STATES), name="ck_proposal_state"),
        CheckConstraint(f"voice IS NULL OR {_in('voice', VOICES)}", name="ck_proposal_voice"),
        CheckConstraint(_in("measure", MEASURES), name="ck_proposal_measure"),
        Index("ix_proposal_state_document", "state", "document_id"),
    )
    id: Mapped[int] = mapped_column(Integer, primary_key=True)
    document_id: Mapped[int] = mapped_column(ForeignKey("document.id"))
    ingest_run_id: Mapped[int | None] = mapped_column(ForeignKey("ingest_run.id"))
    position: Mapped[int] = mapped_column(Integer)
    voice: Mapped[str | None] = mapped_column(String(12))
    attributed_to: Mapped[str | None] = mapped_column(Text)
    measure: Mapped[str] = mapped_column(String(20))
    count: Mapped[int | None] = mapped_column(BigInteger)
    count_low: Mapped[int | None] = mapped_column(BigInteger)
    count_high: Mapped[int | None] = mapped_column(BigInteger)
    cause: Mapped[str | None] = mapped_column(String(200))
    cause_text: Mapped[str | None] = mapped_column(String(500))
    region_code: Mapped[str | None] = mapped_column(String(10))
    country: Mapped[str | None] = mapped_column(String(2))
    place: Mapped[str | None] = mapped_column(String(300))
    occurred_on: Mapped[date | None] = mapped_column(Date)
    occurred_precision: Mapped[str | None] = mapped_column(String(5))
    quote: Mapped[str | None] = mapped_column(Text)
    span_start: Mapped[int] = mapped_column(Integer)
    span_end: Mapped[int] = mapped_column(Integer)
    state: Mapped[str] = mapped_column(String(10), default="pending")
    version: Mapped[int] = mapped_column(Integer, default=1)
    decided_by: Mapped[str | None] = mapped_column(String(200))
    decided_at: Mapped[datetime | None] = mapped_column(DateTime)
    reason: Mapped[str | None] = mapped_column(Text)
    claim_id: Mapped[int | None] = mapped_column(ForeignKey("claim.id"))
    created_at: Mapped[datetime] = mapped_column(DateTime)


class FeedItemSeen(Base):
    """Feed items already read, so a feed followed again yields only new items.

    Keyed by hashes: feed URLs and item ids can be longer than an index allows."""

    __tablename__ = "feed_item_seen"
    feed_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    item_hash: Mapped[str] = mapped_column(String(64), primary_key=True)
    feed: Mapped[str] = mapped_column(Text)
    item_key: Mapped[str] = mapped_column(Text)
    seen_at: Mapped[datetime] = mapped_column(DateTime)
