"""Resolved claims as schema.org ClaimReview JSON-LD (https://schema.org/ClaimReview).

One ClaimReview a claim whose current status is `confirmed` or `refuted`, in the shape of
Google's fact-check markup:

- `claimReviewed`: the claim's statement; `itemReviewed`: the Claim, with its source as
  author (an Organization for official and independent voices, a Person for local
  accounts; a protected source only by its neutral label), the date it was stated (with
  its precision: "2021-03" is a month) and the document it appeared in;
- `reviewRating`: 5 "Confirmed" or 1 "Refuted" on a 1–5 scale;
- `datePublished`: the day of the status change to the current status; `url`: the
  evidence document of that change. A claim resolved without a recorded change (imported
  with its status) has neither; `missing_resolutions` counts them.
- `author`: the reviewing organisation ("Parallax" unless told otherwise).

The reason given for a status change is not published: it is free text written by an
editor and may name a protected source.

Pure: `claim_reviews` takes the claims frame (`Store.claims` columns) and a frame of
resolutions; `resolutions` builds that frame from `Store.status_histories`.
"""

from __future__ import annotations

import json
from collections.abc import Iterable
from datetime import date, datetime

import pandas as pd

from dashboard.store.dates import format_partial_date
from dashboard.store.visibility import shield

RESOLVED = ("confirmed", "refuted")
RATINGS = {"confirmed": (5, "Confirmed"), "refuted": (1, "Refuted")}
RESOLUTION_COLUMNS = ("claim_id", "status", "changed_at", "evidence_document_url")
_AUTHOR_TYPE = {"official": "Organization", "independent": "Organization", "local": "Person"}


def claim_reviews(
    claims: pd.DataFrame, resolutions: pd.DataFrame, reviewer: str = "Parallax"
) -> list[dict]:
    """One ClaimReview object per confirmed or refuted claim, in the claims' order.

    `claims`: Store.claims columns (id, claim_uid, statement, source, source_id,
    source_protected, source_region_name, voice, stated_on, stated_precision,
    document_url, status). Protected sources are shielded here again, whatever role read
    the frame. `resolutions`: RESOLUTION_COLUMNS, any number of rows per claim; the
    latest change to the claim's current status is used.
    """
    if claims.empty:
        return []
    claims = shield(claims, "viewer")
    claims = claims[claims["status"].isin(RESOLVED)]
    latest = _latest_resolutions(resolutions)
    reviews = []
    for claim in claims.itertuples(index=False):
        rating, rating_name = RATINGS[claim.status]
        resolution = latest.get((int(claim.id), claim.status))
        item = {
            "@type": "Claim",
            "identifier": claim.claim_uid,
            "author": {
                "@type": _AUTHOR_TYPE.get(claim.voice, "Organization"),
                "name": claim.source,
            },
            "datePublished": format_partial_date(_day(claim.stated_on), claim.stated_precision),
            "appearance": {"@type": "CreativeWork", "url": claim.document_url},
        }
        review = {
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "claimReviewed": claim.statement,
            "itemReviewed": item,
            "author": {"@type": "Organization", "name": reviewer},
            "reviewRating": {
                "@type": "Rating",
                "ratingValue": rating,
                "bestRating": 5,
                "worstRating": 1,
                "alternateName": rating_name,
            },
        }
        if resolution is not None:
            changed_at, evidence_url = resolution
            review["datePublished"] = _day(changed_at).isoformat()
            if evidence_url:
                review["url"] = evidence_url
        reviews.append(review)
    return reviews


def missing_resolutions(reviews: Iterable[dict]) -> int:
    """How many reviews lack a recorded status change (no date, no evidence URL)."""
    return sum(1 for r in reviews if "datePublished" not in r)


def _latest_resolutions(resolutions: pd.DataFrame) -> dict[tuple[int, str], tuple]:
    if resolutions is None or resolutions.empty:
        return {}
    ordered = resolutions.sort_values("changed_at", kind="stable")
    latest = {}
    for row in ordered.itertuples(index=False):
        url = row.evidence_document_url
        latest[(int(row.claim_id), row.status)] = (
            row.changed_at,
            url if isinstance(url, str) else None,
        )
    return latest


def _day(value) -> date | None:
    if value is None or value is pd.NaT or (isinstance(value, float) and value != value):
        return None
    if isinstance(value, pd.Timestamp):
        return value.date()
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return date.fromisoformat(str(value)[:10])


def resolutions(history: pd.DataFrame) -> pd.DataFrame:
    """RESOLUTION_COLUMNS from Store.status_histories (its `evidence_url` is the evidence
    document's URL): the changes to confirmed or refuted."""
    if history is None or history.empty:
        return pd.DataFrame(columns=list(RESOLUTION_COLUMNS))
    resolved = history[history["status"].isin(RESOLVED)]
    resolved = resolved.rename(columns={"evidence_url": "evidence_document_url"})
    return resolved[list(RESOLUTION_COLUMNS)].reset_index(drop=True)


def write_claim_reviews(reviews: list[dict], handle) -> None:
    """A JSON array of ClaimReview objects (JSON-LD), UTF-8, to a binary handle."""
    handle.write(json.dumps(reviews, ensure_ascii=False, indent=2).encode("utf-8") + b"\n")


def reviews_from_store(store, filters=None, event_id: int | None = None, reviewer="Parallax"):
    """ClaimReviews for the resolved claims matching the filters, read as a viewer (so a
    protected source is only ever its neutral label)."""
    from dataclasses import replace

    from dashboard.filters import Filters
    from dashboard.store import Store

    filters = filters or Filters()
    wanted = tuple(s for s in (filters.statuses or RESOLVED) if s in RESOLVED)
    if not wanted:
        return []
    viewer = Store(store.engine, "viewer")
    claims = viewer.claims(replace(filters, statuses=wanted), event_id=event_id)
    if claims.empty:
        return []
    history = viewer.status_histories([int(i) for i in claims["id"]])
    return claim_reviews(claims, resolutions(history), reviewer)
