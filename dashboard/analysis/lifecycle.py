"""Claim lifecycle: which claims corroborate or contest each other, and replaying history.

Pure: claims (and the status history, as ``claim_status_history`` rows) in, DataFrames
out. Writing a status change is the store's job (``Store.set_status``); confirmed and
refuted are set only by a person, with evidence, so nothing here ever proposes them or
moves a claim out of them.

Independence: two outlets relaying the same informant are one source. The informant is the
claim's source (the publisher is the document's), so independent sources are distinct
``source_id``s, not distinct publishers or documents.

When do two claims (of one event and measure, from different sources) meet?
- Claims with no occurrence dates are figures for the event as a whole, so far: they
  always meet.
- Otherwise each has a period (occurrence dates, else the statement date at its
  precision; see ``gaps.claim_periods``). Causes meet when the periods overlap. Counts
  are compared only where one period holds the other: a count over a longer period cannot
  be smaller than one over a period inside it, and equal periods must give overlapping
  ranges.
- A count without a figure for deaths, cases or suspected cases says "at least one".
- An official 0 cases against local deaths in the same period contradicts them, unless
  both sides name causes and they differ (as on the Event page).
"""

from __future__ import annotations

from datetime import date

import numpy as np
import pandas as pd

from dashboard.analysis.disagreement import REPORTED_MEASURES
from dashboard.analysis.gaps import _period_end, _standing

OPEN_STATUSES = ("unverified", "corroborated", "contested")
PROPOSAL_COLUMNS = ["claim_id", "current", "proposed", "changes", "reason", "related_ids"]


def independent_sources(claims: pd.DataFrame) -> pd.DataFrame:
    """Per event, measure and voice: claims, sources (distinct informants: the independent
    ones), publishers (distinct outlets, for comparison). Refuted claims are left out."""
    columns = ["event_id", "measure", "voice", "claims", "sources", "publishers"]
    standing = claims[claims["status"] != "refuted"] if "status" in claims else claims
    if standing.empty:
        return pd.DataFrame(columns=columns)
    publisher = standing["publisher"] if "publisher" in standing else standing["source_id"]
    frame = standing.assign(_publisher=publisher)
    out = frame.groupby(["event_id", "measure", "voice"], sort=True).agg(
        claims=("id", "size"),
        sources=("source_id", "nunique"),
        publishers=("_publisher", "nunique"),
    )
    return out.reset_index()[columns]


def proposed_statuses(claims: pd.DataFrame) -> pd.DataFrame:
    """For each open claim (unverified, corroborated, contested), the status the evidence
    gives: claim_id, current, proposed, changes (proposed differs from current), reason
    (plain words), related_ids (the claims it rests on).

    - contested: a claim from another source conflicts with it (different causes; counts
      that cannot both be true; an official 0 against local reports);
    - corroborated: another source of the same voice agrees (same cause, or overlapping
      counts for the same period) and none conflicts;
    - unverified: neither.
    Refuted claims are evidence of nothing; confirmed ones count like the others.
    """
    if claims.empty:
        return pd.DataFrame(columns=PROPOSAL_COLUMNS)
    frame = _standing(claims).copy()
    frame["status"] = claims.set_index("id").loc[frame["id"], "status"].to_numpy()
    rows: list[tuple] = []
    for _, group in frame.groupby("event_id", sort=False):
        rows += _propose(group)
    out = pd.DataFrame(rows, columns=PROPOSAL_COLUMNS)
    return out.sort_values("claim_id", kind="stable").reset_index(drop=True)


def _propose(group: pd.DataFrame) -> list[tuple]:
    records = group.to_dict("records")
    found = []
    for claim in records:
        if claim["status"] not in OPEN_STATUSES:
            continue
        agree, conflict = [], []
        for other in records:
            if other["id"] == claim["id"] or other["source_id"] == claim["source_id"]:
                continue
            verdict = _compare(claim, other)
            if verdict == "conflict":
                conflict.append(other)
            elif verdict == "agree" and other["voice"] == claim["voice"]:
                agree.append(other)
        if conflict:
            proposed = "contested"
            reason = _reason("conflicts with", conflict)
            related = conflict
        elif agree:
            proposed = "corroborated"
            reason = _reason("agrees with", agree)
            related = agree
        else:
            proposed, reason, related = "unverified", "no other source speaks to it", []
        found.append(
            (
                int(claim["id"]),
                claim["status"],
                proposed,
                proposed != claim["status"],
                reason,
                tuple(sorted(int(o["id"]) for o in related)),
            )
        )
    return found


def _reason(verb: str, others: list[dict]) -> str:
    sources = len({o["source_id"] for o in others})
    claims = len(others)
    what = f"{claims} claim{'s' if claims != 1 else ''}"
    by = f"{sources} other independent source{'s' if sources != 1 else ''}"
    return f"{verb} {what} by {by}"


def _compare(a: dict, b: dict) -> str | None:
    """ "agree", "conflict" or None (they do not speak to the same thing)."""
    whole = not a["dated"] and not b["dated"]
    overlap = whole or (a["start"] <= b["end"] and b["start"] <= a["end"])
    if not overlap:
        return None
    if a["measure"] == b["measure"]:
        causes = _causes(a, b)
        if causes == "conflict":
            return "conflict"
        counts = _counts(a, b, whole)
        if counts == "conflict":
            return "conflict"
        if causes == "agree" or counts == "agree":
            return "agree"
        return None
    if _zero_cases_against_deaths(a, b) or _zero_cases_against_deaths(b, a):
        return "conflict"
    return None


def _attributes(c: dict) -> bool:
    return c["named_cause"] and not (c["figure"] and c["high"] == 0)


def _causes(a: dict, b: dict) -> str | None:
    if not (_attributes(a) and _attributes(b)):
        return None
    return "agree" if a["cause"] == b["cause"] else "conflict"


def _range(c: dict) -> tuple[float, float] | None:
    if c["figure"]:
        return c["low"], c["high"]
    if c["measure"] in REPORTED_MEASURES:
        return 1.0, np.inf  # "people died" says at least one
    return None


def _counts(a: dict, b: dict, whole: bool) -> str | None:
    ra, rb = _range(a), _range(b)
    if ra is None or rb is None or not (a["figure"] or b["figure"]):
        return None
    if whole or (a["start"] == b["start"] and a["end"] == b["end"]):
        overlaps = ra[0] <= rb[1] and rb[0] <= ra[1]
        return (
            "agree"
            if overlaps and a["figure"] and b["figure"]
            else (None if overlaps else "conflict")
        )
    # One period holds the other: the longer one's count cannot be the smaller.
    if a["start"] <= b["start"] and b["end"] <= a["end"]:
        return "conflict" if ra[1] < rb[0] else None
    if b["start"] <= a["start"] and a["end"] <= b["end"]:
        return "conflict" if rb[1] < ra[0] else None
    return None


def _zero_cases_against_deaths(official: dict, other: dict) -> bool:
    if official["voice"] != "official" or other["voice"] == "official":
        return False
    if official["measure"] != "cases" or other["measure"] != "deaths":
        return False
    if not (official["figure"] and official["high"] == 0):
        return False
    other_range = _range(other)
    if other_range is None or other_range[0] <= 0:
        return False
    return not (
        official["named_cause"] and other["named_cause"] and official["cause"] != other["cause"]
    )


# --- replay -------------------------------------------------------------------------------

REPLAY_EXTRA = [
    "status_as_of",
    "status_changed_at",
    "status_changed_by",
    "status_reason",
    "evidence_document_id",
    "stated_for_certain",
]


def replay(claims: pd.DataFrame, history: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """The claims as they stood at the end of `as_of`.

    Keeps the claims stated on or before `as_of` (a claim dated "March 2021" is kept from
    1 March; ``stated_for_certain`` is True only once its whole period has passed), and
    gives each its status then (``status_as_of``): the last change made on or before
    `as_of`; else, if it changed later, the status before its first later change; else
    its current status. The change applied is described by status_changed_at,
    status_changed_by, status_reason and evidence_document_id (empty when none).
    `history` has the columns of claim_status_history (claim_id, status,
    previous_status, changed_at, changed_by, reason, evidence_document_id). Feed the result
    to gaps.event_gaps(..., today=as_of) for the measures as they stood.
    """
    cutoff = pd.Timestamp(as_of)
    stated = pd.to_datetime(pd.Series(claims["stated_on"], index=claims.index))
    kept = claims[(stated <= cutoff).to_numpy()].copy()
    kept_stated = pd.to_datetime(kept["stated_on"])
    kept["stated_for_certain"] = (
        _period_end(kept_stated, kept["stated_precision"]) <= cutoff
    ).to_numpy()
    kept["status_as_of"] = kept["status"]
    for column in REPLAY_EXTRA[1:5]:
        kept[column] = None
    if history.empty or kept.empty:
        return kept.reset_index(drop=True)
    changes = history.copy()
    changes["changed_at"] = pd.to_datetime(changes["changed_at"])
    order = ["changed_at", "id"] if "id" in changes else ["changed_at"]
    changes = changes.sort_values(order, kind="stable")
    end_of_day = cutoff + pd.Timedelta(days=1)
    before = changes[changes["changed_at"] < end_of_day].drop_duplicates("claim_id", keep="last")
    after = changes[changes["changed_at"] >= end_of_day].drop_duplicates("claim_id", keep="first")
    before = before.set_index("claim_id")
    after = after.set_index("claim_id")
    status, at, by, why, evidence = [], [], [], [], []
    for claim_id, current in zip(kept["id"], kept["status"], strict=True):
        if claim_id in before.index:
            change = before.loc[claim_id]
            status.append(change["status"])
            at.append(change["changed_at"])
            by.append(change["changed_by"])
            why.append(change["reason"])
            evidence.append(change.get("evidence_document_id"))
        else:
            later = after["previous_status"].get(claim_id) if claim_id in after.index else None
            status.append(later if isinstance(later, str) and later else current)
            at.append(None)
            by.append(None)
            why.append(None)
            evidence.append(None)
    kept["status_as_of"] = status
    kept["status_changed_at"] = at
    kept["status_changed_by"] = by
    kept["status_reason"] = why
    kept["evidence_document_id"] = evidence
    return kept.reset_index(drop=True)


def as_of_claims(claims: pd.DataFrame, history: pd.DataFrame, as_of: date) -> pd.DataFrame:
    """`replay`, with ``status`` replaced by the status as of then: a claims frame every
    analysis function takes as it takes today's."""
    replayed = replay(claims, history, as_of)
    return replayed.assign(status=replayed["status_as_of"])
