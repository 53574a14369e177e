"""From ingested article to reviewed claim: ingest → extract → propose → accept or reject.

The core of the Review page and of `python -m dashboard ingest` / `review`. No Streamlit.

- `ingest_documents` runs an ingest adapter, keeps each document once (by content hash),
  extracts its claims as pending proposals, remembers feed items, and records the run —
  all in one transaction: a failure leaves nothing half-stored.
- `accept` writes one proposal, as edited by the reviewer, through the same checks as a
  claims import, and marks it accepted, in one transaction; `reject` keeps the reason.
  Both are compare-and-set on the proposal's version: of two reviewers deciding the same
  proposal, the second gets `ReviewConflict`, never a silent double.
"""

from __future__ import annotations

import json
import time
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

import pandas as pd
from sqlalchemy import func, select, update

from dashboard import settings
from dashboard.extract import extract
from dashboard.ingest import DocumentRecord, IngestProblem, IngestRun, from_text, ingest
from dashboard.interchange.importer import write_rows
from dashboard.statuses import refresh_statuses
from dashboard.store import Store
from dashboard.store import proposals as queue
from dashboard.store.dates import format_partial_date, utcnow
from dashboard.store.models import MEASURES, VOICES, Claim, Source
from dashboard.store.proposals import ReviewConflict
from dashboard.store.writer import finish_run, start_run

__all__ = [
    "IngestOutcome",
    "ReviewConflict",
    "ReviewInvalid",
    "accept",
    "form_values",
    "ingest_documents",
    "proposals_from",
    "reject",
]


class ReviewInvalid(ValueError):
    """The edited claim does not pass the import checks; `problems` says each one."""

    def __init__(self, problems: list[str]):
        super().__init__("; ".join(problems))
        self.problems = problems


@dataclass
class IngestOutcome:
    target: str
    kind: str
    run_id: int | None = None
    documents_read: int = 0
    documents_new: int = 0
    documents_known: int = 0
    proposals: int = 0
    problems: list[str] = field(default_factory=list)
    seconds: float = 0.0
    document_ids: list[int] = field(default_factory=list)

    def summary(self) -> str:
        parts = [
            f"{self.target}: {self.documents_read} document(s) read",
            f"{self.documents_new} new",
            f"{self.documents_known} already stored",
            f"{self.proposals} claim(s) proposed for review",
        ]
        if self.problems:
            parts.append(f"{len(self.problems)} problem(s)")
        return ", ".join(parts) + f" ({self.seconds:.1f} s)"


# --- ingest and extract ------------------------------------------------------------------


def ingest_documents(
    store: Store,
    target: str,
    *,
    text: str | None = None,
    allow_private: bool | None = None,
    timeout: float | None = None,
    about: Mapping[str, str | None] | None = None,
) -> IngestOutcome:
    """Read `target` (URL, feed, file, folder, or "-" with `text`), store its documents
    once each, and propose the claims of the new ones for review.

    `about` gives pasted text what a file or page carries itself: `title`, `url`,
    `publisher`, `published` (YYYY, YYYY-MM or YYYY-MM-DD).
    """
    store.require_schema()
    started = time.perf_counter()
    if target.strip() == "-" and about:
        run = _pasted(text or "", about)
    else:
        with store.engine.connect() as conn:
            seen = queue.seen_items(conn, target)
        run = ingest(
            target,
            text=text,
            seen=seen,
            allow_private=(
                settings.allow_private_urls() if allow_private is None else allow_private
            ),
            timeout=settings.fetch_timeout() if timeout is None else timeout,
            fetch_links=True,
        )
    records = [r for r in run.records if isinstance(r, DocumentRecord)]
    shown = "pasted text" if target.strip() == "-" else target
    outcome = IngestOutcome(target=shown, kind=run.kind, problems=list(run.problems))
    # Items the feed listed without text whose page could not be fetched either.
    for item in run.records:
        if not isinstance(item, DocumentRecord):
            outcome.problems.append(f"{target}: item {item.link or item.key}: no text to read")
    extracted = {r.content_hash: proposals_from(r) for r in records}
    with store.engine.begin() as conn:
        run_id = start_run(conn, f"ingest-{run.kind}", shown)
        for record in records:
            document_id, is_new = queue.save_document(conn, record)
            outcome.documents_read += 1
            outcome.document_ids.append(document_id)
            if is_new:
                outcome.documents_new += 1
                outcome.proposals += queue.insert_proposals(
                    conn, document_id, run_id, extracted[record.content_hash]
                )
            else:
                outcome.documents_known += 1
        if run.kind == "feed":
            queue.remember_items(conn, target, run.seen)
        outcome.seconds = time.perf_counter() - started
        finish_run(
            conn,
            run_id,
            status="ok" if not outcome.problems else "partial",
            rows_read=outcome.documents_read,
            rows_written=outcome.documents_new,
            rows_unchanged=outcome.documents_known,
            rows_rejected=len(outcome.problems),
            proposals=outcome.proposals,
            errors=json.dumps(outcome.problems[:1000]) if outcome.problems else None,
        )
    outcome.run_id = run_id
    return outcome


def _pasted(text: str, about: Mapping[str, str | None]) -> IngestRun:
    started, clock = utcnow(), time.monotonic()
    records, problems = [], []
    fields = {k: (v.strip() if isinstance(v, str) else v) or None for k, v in about.items()}
    try:
        records.append(from_text(text, **fields))
    except IngestProblem as exc:
        problems.append(str(exc))
    return IngestRun("-", "text", records, problems, set(), started, time.monotonic() - clock)


def proposals_from(record: DocumentRecord) -> list[dict]:
    """The extractor's claims in a document, as proposal rows (Proposal's columns).

    Relative dates are resolved against the publication date only when it is known to the
    day; "on Tuesday" against "March 2021" would be a guess.
    """
    published = record.published_on if record.published_precision == "day" else None
    result = extract(record.text, published)
    rows = []
    for claim in result["claims"]:
        occurred, precision = _claim_date(claim, result["dates"])
        rows.append(
            {
                "voice": claim.get("voice") if claim.get("voice") in VOICES else None,
                "attributed_to": claim.get("attributed_to"),
                "measure": claim["measure"] if claim.get("measure") in MEASURES else "other",
                "count": claim.get("count"),
                "count_low": claim.get("count_low"),
                "count_high": claim.get("count_high"),
                "cause": _cut(claim.get("cause"), 200),
                "cause_text": _cut(claim.get("cause_text"), 500),
                "region_code": claim.get("region"),
                "country": claim.get("country"),
                "place": _cut(claim.get("place"), 300),
                "occurred_on": occurred,
                "occurred_precision": precision,
                "quote": claim.get("quote"),
                "span_start": int(claim["start"]),
                "span_end": int(claim["end"]),
            }
        )
    return rows


def _claim_date(claim: Mapping, dates: list[dict]) -> tuple[date | None, str | None]:
    if not claim.get("date"):
        return None, None
    value = date.fromisoformat(claim["date"])
    inside = [
        d
        for d in dates
        if d.get("date") == claim["date"] and claim["start"] <= d["start"] < claim["end"]
    ]
    same = inside or [d for d in dates if d.get("date") == claim["date"]]
    return value, (same[0]["precision"] if same else "day")


def _cut(value: str | None, limit: int) -> str | None:
    return value[:limit] if value else value


# --- decide ------------------------------------------------------------------------------


def form_values(proposal: Mapping, document: Mapping) -> dict[str, str]:
    """The interchange row a proposal stands for: what the review form starts from.

    The claim was stated when the document was published; what it reports happened on the
    date found in its sentence, kept as `occurred_from`.
    """

    def text(value) -> str:
        if value is None or (not isinstance(value, str) and pd.isna(value)):
            return ""
        return str(value)

    def number(value) -> str:
        return "" if value is None or pd.isna(value) else str(int(value))

    occurred = _as_date(proposal.get("occurred_on"))
    published = _as_date(document.get("published_on"))
    published_text = (
        format_partial_date(published, document.get("published_precision") or "day")
        if published
        else ""
    )
    occurred_text = (
        format_partial_date(occurred, proposal.get("occurred_precision") or "day")
        if occurred
        else ""
    )
    quote = text(proposal.get("quote"))
    return {
        "claim_id": "",
        "event": "",
        # Unknown unless the document says when it was published: the reviewer gives it.
        "stated_on": published_text,
        "region": text(proposal.get("region_code")),
        "place": text(proposal.get("place")),
        "voice": text(proposal.get("voice")),
        "source": text(proposal.get("attributed_to"))[:300],
        "source_reliability": "F",
        "measure": text(proposal.get("measure")),
        "count": number(proposal.get("count")),
        "count_low": number(proposal.get("count_low")),
        "count_high": number(proposal.get("count_high")),
        "cause": text(proposal.get("cause_text")) or text(proposal.get("cause")),
        "statement": quote,
        "quote": quote,
        "document_url": text(document.get("url")),
        "document_title": text(document.get("title")),
        "publisher": text(document.get("publisher")),
        "published_on": published_text,
        "occurred_from": occurred_text,
        "occurred_to": "",
        "credibility": "",
        "status": "unverified",
        "synthetic": "false",
    }


def accept(
    store: Store,
    proposal_id: int,
    version: int,
    values: Mapping[str, str],
    reviewer: str,
    *,
    protect_new_source: bool = False,
) -> int:
    """Write the reviewed claim (interchange `values`) and mark the proposal accepted, in
    one transaction. Returns the new claim's id.

    `protect_new_source` marks the claim's source protected when this claim created it
    (an unnamed informant, say); an existing source's protection is an editor's decision.
    """
    reviewer = _reviewer(reviewer)
    store.require_schema()
    with store.engine.begin() as conn:
        queue.decide(conn, proposal_id, version, "accepted", reviewer)
        run_id = start_run(conn, "review", f"proposal {proposal_id} accepted by {reviewer}")
        uids, errors = write_rows(conn, pd.DataFrame([dict(values)]), run_id, label="claim")
        if errors:
            raise ReviewInvalid([_problem(e) for e in errors])
        claim_id, source_id = conn.execute(
            select(Claim.id, Claim.source_id).where(Claim.claim_uid == uids[0])
        ).one()
        queue.link_claim(conn, proposal_id, claim_id)
        if protect_new_source:
            uses = conn.scalar(select(func.count()).where(Claim.source_id == source_id))
            if uses == 1:
                conn.execute(update(Source).where(Source.id == source_id).values(protected=True))
        finish_run(conn, run_id, status="ok", rows_read=1, rows_written=1)
        event_id = conn.scalar(select(Claim.event_id).where(Claim.id == claim_id))
    # A new claim can corroborate or contest the others about its event.
    refresh_statuses(store, [event_id])
    return claim_id


def reject(store: Store, proposal_id: int, version: int, reason: str, reviewer: str) -> None:
    """Set a proposal aside with the reviewer's reason; it never becomes a claim."""
    reviewer = _reviewer(reviewer)
    if not reason or not reason.strip():
        raise ReviewInvalid(["reason: say why the proposal is rejected"])
    store.require_schema()
    with store.engine.begin() as conn:
        queue.decide(conn, proposal_id, version, "rejected", reviewer, reason.strip())


def _reviewer(name: str) -> str:
    if not name or not name.strip():
        raise ReviewInvalid(["reviewer: give your name; every decision is kept with it"])
    return name.strip()[:200]


def _problem(error) -> str:
    shown = error.value if len(error.value) <= 60 else error.value[:57] + "..."
    return (
        f'{error.field}: "{shown}" {error.reason}'
        if error.value
        else (f"{error.field}: {error.reason}")
    )


def _as_date(value) -> date | None:
    if value is None or (not isinstance(value, date) and pd.isna(value)):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])
