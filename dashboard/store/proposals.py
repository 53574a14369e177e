"""Ingested documents, the proposals extracted from them, and feed memory, in the store.

A document is kept once: by the hash of its text (the same article pasted, fetched and read
from a file is one document), else by its key (URL, title, publisher, date) as imports use.
Proposals wait for a reviewer; a decision is a compare-and-set on the proposal's `version`,
so two reviewers acting on one proposal never both succeed.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable
from datetime import date, datetime

import pandas as pd
from sqlalchemy import Connection, func, select, update

from dashboard.store.dates import utcnow
from dashboard.store.models import Document, FeedItemSeen, Proposal


class ReviewConflict(RuntimeError):
    """The proposal was decided (or changed) by someone else since it was read."""


def document_key(
    url: str, title: str | None, publisher: str | None, published_on: date | None, precision
) -> str:
    """The key imports give a document: the same report read twice is one row."""
    published = f"{published_on.isoformat() if published_on else ''}/{precision}"
    parts = (url, title or "", publisher or "", published)
    return hashlib.sha256("\x1f".join(parts).encode()).hexdigest()


def text_url(content_hash: str) -> str:
    """Where a pasted text with no address was read: a name for its content."""
    return f"urn:sha256:{content_hash}"


def save_document(conn: Connection, record) -> tuple[int, bool]:
    """Store an ingest `DocumentRecord` once → (document id, whether its text is new).

    A document already imported by key (a claims file names its URL but carries no text)
    gets the text now, and counts as new: its claims have not been proposed yet.
    """
    found = conn.scalar(
        select(Document.id).where(Document.content_hash == record.content_hash).limit(1)
    )
    if found is not None:
        return found, False
    url = record.url or text_url(record.content_hash)
    key = document_key(
        url, record.title, record.publisher, record.published_on, record.published_precision
    )
    row = conn.execute(select(Document.id, Document.text).where(Document.doc_key == key)).first()
    values = {
        "text": record.text,
        "content_hash": record.content_hash,
        "retrieved_at": record.retrieved_at,
        "language": record.language,
    }
    if row is not None:
        if row.text:
            # Same address and title, different text: the page changed since it was read.
            # The first reading stays the record; the claims already read cite it.
            return row.id, False
        conn.execute(update(Document).where(Document.id == row.id).values(**values))
        return row.id, True
    result = conn.execute(
        Document.__table__.insert().values(
            doc_key=key,
            url=url,
            title=record.title,
            publisher=record.publisher,
            published_on=record.published_on,
            published_precision=record.published_precision,
            synthetic=False,
            **values,
        )
    )
    return result.inserted_primary_key[0], True


def insert_proposals(
    conn: Connection, document_id: int, run_id: int | None, claims: list[dict]
) -> int:
    """Insert extracted claims (dicts with Proposal's column names) as pending proposals."""
    if not claims:
        return 0
    now = utcnow()
    conn.execute(
        Proposal.__table__.insert(),
        [
            {
                **claim,
                "document_id": document_id,
                "ingest_run_id": run_id,
                "position": position,
                "state": "pending",
                "version": 1,
                "created_at": now,
            }
            for position, claim in enumerate(claims)
        ],
    )
    return len(claims)


def _hash(text: str) -> str:
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def seen_items(conn: Connection, feed: str) -> set[str]:
    rows = conn.execute(select(FeedItemSeen.item_key).where(FeedItemSeen.feed_hash == _hash(feed)))
    return set(rows.scalars())


def remember_items(conn: Connection, feed: str, keys: Iterable[str]) -> int:
    new = set(keys) - seen_items(conn, feed)
    if new:
        now = utcnow()
        conn.execute(
            FeedItemSeen.__table__.insert(),
            [
                {
                    "feed_hash": _hash(feed),
                    "item_hash": _hash(key),
                    "feed": feed,
                    "item_key": key,
                    "seen_at": now,
                }
                for key in sorted(new)
            ],
        )
    return len(new)


def decide(
    conn: Connection,
    proposal_id: int,
    version: int,
    state: str,
    reviewer: str,
    reason: str | None = None,
) -> None:
    """Mark a pending proposal accepted or rejected, if it is still at `version`.

    The check and the change are one UPDATE: on PostgreSQL a second reviewer's UPDATE waits
    for the first to commit, then finds the version moved on; on SQLite the write lock
    serialises them. Either way the loser gets ReviewConflict, not a silent overwrite.
    """
    changed = conn.execute(
        update(Proposal)
        .where(
            Proposal.id == proposal_id,
            Proposal.version == version,
            Proposal.state == "pending",
        )
        .values(
            state=state,
            version=Proposal.version + 1,
            decided_by=reviewer,
            decided_at=utcnow(),
            reason=reason,
        )
    ).rowcount
    if changed == 1:
        return
    row = conn.execute(
        select(Proposal.state, Proposal.decided_by, Proposal.decided_at, Proposal.version).where(
            Proposal.id == proposal_id
        )
    ).first()
    if row is None:
        raise LookupError(f"no proposal with id {proposal_id}")
    if row.state != "pending":
        when = _when(row.decided_at)
        raise ReviewConflict(
            f"proposal {proposal_id} was already {row.state} by {row.decided_by} at {when}; "
            "reload the Review page to see the current state"
        )
    raise ReviewConflict(
        f"proposal {proposal_id} changed since you opened it (version {version}, now "
        f"{row.version}); reload and decide again"
    )


def link_claim(conn: Connection, proposal_id: int, claim_id: int) -> None:
    conn.execute(update(Proposal).where(Proposal.id == proposal_id).values(claim_id=claim_id))


def _when(value: datetime | None) -> str:
    return value.strftime("%Y-%m-%d %H:%M UTC") if value else "an unknown time"


PROPOSAL_COLUMNS = (
    "id",
    "document_id",
    "position",
    "voice",
    "attributed_to",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause",
    "cause_text",
    "region_code",
    "country",
    "place",
    "occurred_on",
    "occurred_precision",
    "quote",
    "span_start",
    "span_end",
    "state",
    "version",
    "decided_by",
    "decided_at",
    "reason",
    "claim_id",
)


def proposals_query(document_id: int | None = None, states: tuple[str, ...] = ("pending",)):
    query = select(*(getattr(Proposal, c) for c in PROPOSAL_COLUMNS)).order_by(
        Proposal.document_id, Proposal.position
    )
    if document_id is not None:
        query = query.where(Proposal.document_id == document_id)
    if states:
        query = query.where(Proposal.state.in_(states))
    return query


def documents_with_proposals_query(states: tuple[str, ...] = ("pending",)):
    pending = func.count(Proposal.id).label("proposals")
    return (
        select(
            Document.id,
            Document.title,
            Document.url,
            Document.publisher,
            Document.published_on,
            Document.published_precision,
            Document.retrieved_at,
            Document.language,
            pending,
        )
        .join(Proposal, Proposal.document_id == Document.id)
        .where(Proposal.state.in_(states))
        .group_by(
            Document.id,
            Document.title,
            Document.url,
            Document.publisher,
            Document.published_on,
            Document.published_precision,
            Document.retrieved_at,
            Document.language,
        )
        .order_by(Document.retrieved_at.desc(), Document.id.desc())
    )


def frame(conn: Connection, query) -> pd.DataFrame:
    result = conn.execute(query)
    return pd.DataFrame(result.all(), columns=list(result.keys()))
