"""Keep claims' computed statuses current: `corroborated` when another independent source
agrees, `contested` when one conflicts (rules in `analysis/lifecycle.py`).

Run after claims arrive (an accepted review, an import) for the events they are about, and
from the command line (`python -m dashboard statuses`). Confirmed and refuted are a
person's, with evidence; never touched here. A status given by a person or a file is only
ever moved to `corroborated` or `contested`, never back to `unverified`: only a status
Parallax computed itself is withdrawn when its reason goes away (a conflicting claim was
refuted, say).
"""

from __future__ import annotations

from dataclasses import dataclass, field

from dashboard.analysis.lifecycle import proposed_statuses
from dashboard.store import Store

COMPUTED_BY = "Parallax (computed)"
# Comparing claims pairwise costs the square of an event's claims; an event above this
# (a long daily series, a synthetic load) is left for a person and said so.
MAX_EVENT_CLAIMS = 500


@dataclass
class StatusRefresh:
    changed: int = 0
    events: int = 0
    skipped_events: list[int] = field(default_factory=list)

    def summary(self) -> str:
        text = f"{self.changed} status(es) recomputed across {self.events} event(s)"
        if self.skipped_events:
            text += (
                f"; {len(self.skipped_events)} event(s) with more than {MAX_EVENT_CLAIMS:,} "
                "claims left as they were (too many to compare pairwise)"
            )
        return text


def refresh_statuses(store: Store, event_ids: list[int] | None = None) -> StatusRefresh:
    """Recompute corroborated/contested for these events (all if None) and write changes."""
    if event_ids is None:
        event_ids = store.events()["id"].astype(int).tolist()
    outcome = StatusRefresh(events=len(set(event_ids)))
    if not event_ids:
        return outcome
    claims = store.claims_of_events(event_ids)
    sizes = claims.groupby("event_id").size()
    too_big = sorted(int(e) for e in sizes[sizes > MAX_EVENT_CLAIMS].index)
    outcome.skipped_events = too_big
    claims = claims[~claims["event_id"].isin(too_big)]
    proposals = proposed_statuses(claims)
    changes = proposals[proposals["changes"].astype(bool)]
    if changes.empty:
        return outcome
    backwards = changes["proposed"] == "unverified"
    if backwards.any():
        setters = store.last_changed_by(changes.loc[backwards, "claim_id"].astype(int).tolist())
        mine = changes["claim_id"].map(lambda c: setters.get(int(c)) == COMPUTED_BY)
        changes = changes[~backwards | mine]
    outcome.changed = store.apply_statuses(changes, COMPUTED_BY)
    return outcome
