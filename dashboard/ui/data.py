"""The app's only door to the store: the engine cached once, loads cached with limits.

Loads are keyed by plain arguments (URL, role, filters); pages filter and sum the cached
claim cube in memory rather than query again for every widget change.
"""

from __future__ import annotations

from dataclasses import replace

import pandas as pd
import streamlit as st

from dashboard import settings
from dashboard.analysis import overview
from dashboard.filters import Filters
from dashboard.store import Store, StoreUnavailable, make_engine

TTL = 300


@st.cache_resource(show_spinner=False, max_entries=4)
def _engine(url: str):
    return make_engine(url)


def current() -> tuple[str, str]:
    """The plain arguments every cached load is keyed by: database URL and role."""
    return settings.database_url(), settings.role()


def _store(url: str, role: str) -> Store:
    return Store(_engine(url), role)


def check() -> dict[str, int]:
    """Raise StoreUnavailable (with what to check) unless the store can be read."""
    url, role = current()
    store = _store(url, role)
    store.require_schema()
    return counts(url, role)


@st.cache_data(ttl=TTL, max_entries=8, show_spinner=False)
def counts(url: str, role: str) -> dict[str, int]:
    return _store(url, role).counts()


@st.cache_data(ttl=TTL, max_entries=4, show_spinner="Counting claims…")
def cube(url: str, role: str) -> pd.DataFrame:
    return _store(url, role).claim_cube()


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def regions(url: str, role: str) -> pd.DataFrame:
    return _store(url, role).regions_in_use()


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def topics(url: str, role: str) -> list[str]:
    return _store(url, role).topics()


@st.cache_data(ttl=TTL, max_entries=32, show_spinner="Loading claims…")
def claims(url: str, role: str, filters: Filters, event_id: int | None = None) -> pd.DataFrame:
    return _store(url, role).claims(filters, event_id=event_id)


@st.cache_data(ttl=TTL, max_entries=16, show_spinner=False)
def events(url: str, role: str) -> pd.DataFrame:
    return _store(url, role).events()


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def open_discrepancies(url: str, role: str) -> pd.DataFrame:
    store = _store(url, role)
    return overview.open_discrepancies(store.cause_sets(), events(url, role))


@st.cache_data(ttl=TTL, max_entries=32, show_spinner=False)
def event_ids(url: str, role: str, filters: Filters) -> list[int]:
    return _store(url, role).event_ids(filters)


@st.cache_data(ttl=TTL, max_entries=8, show_spinner=False)
def sources(url: str, role: str) -> pd.DataFrame:
    return _store(url, role).sources()


@st.cache_data(ttl=TTL, max_entries=16, show_spinner="Loading claims…")
def first_claims(
    url: str, role: str, filters: Filters, limit: int, source_id: int | None = None
) -> pd.DataFrame:
    return _store(url, role).claims(filters, limit=limit, source_id=source_id)


@st.cache_data(ttl=TTL, max_entries=32, show_spinner=False)
def count_claims(url: str, role: str, filters: Filters) -> int:
    return _store(url, role).count_claims(filters)


def export_claims(
    url: str,
    role: str,
    filters: Filters | None,
    fmt: str,
    event_id: int | None = None,
    source_id: int | None = None,
) -> bytes:
    """Every matching claim (no row cap, protected sources shielded) as a file in `fmt`;
    called by a download button only when it is clicked, so never cached."""
    from dashboard.interchange.export import export_bytes

    frames = _store(url, role).export_tables(filters, event_id=event_id, source_id=source_id)
    return export_bytes(frames, fmt)


@st.cache_data(ttl=TTL, max_entries=8, show_spinner="Writing the brief…")
def brief_file(url: str, role: str, scope, fmt: str) -> tuple[str, bytes, str, list[str]]:
    """A brief as a file: name, bytes, scope in words, and notes on charts not drawn.
    Raises dashboard.brief.model.BriefProblem when the scope holds nothing to brief."""
    from dashboard.brief.images import draw_charts
    from dashboard.brief.model import load_brief
    from dashboard.brief.render import render

    brief = load_brief(_store(url, role), scope)
    images = None if fmt == "md" else draw_charts(brief)
    notes = [f"{i.title}: {i.text}" for i in images or () if i.png is None]
    return brief.file_name(fmt), render(brief, fmt, images), brief.scope, notes


@st.cache_data(ttl=TTL, max_entries=16, show_spinner=False)
def signals(url: str, role: str, filters: Filters) -> pd.DataFrame:
    """Divergence signals per region and week within the filters' period. The weeks before
    it serve as baseline, and both voices are always counted: the signal compares them."""
    from dashboard.analysis.signals import divergence_signals

    base = replace(filters, date_from=None, date_to=None, voices=(), statuses=())
    weekly = overview.filter_cube(cube(url, role), base)
    return divergence_signals(weekly, filters.date_from, filters.date_to)


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def silences(url: str, role: str) -> pd.DataFrame:
    """Official silence per event (days from the first local account to the first official
    claim, or to today), from the daily summary."""
    from dashboard.analysis.gaps import event_silences

    return event_silences(_store(url, role).first_claim_dates())


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def status_counts(url: str, role: str) -> pd.DataFrame:
    return _store(url, role).status_counts()


@st.cache_data(ttl=TTL, max_entries=4, show_spinner=False)
def status_history(url: str, role: str, claim_ids: tuple[int, ...]) -> pd.DataFrame:
    return _store(url, role).status_histories(list(claim_ids))


# Review: read fresh on every run (a colleague may have decided meanwhile), never cached.


def writer() -> Store:
    """The store for a decision; the role still governs what it shows."""
    return _store(*current())


def review_documents() -> pd.DataFrame:
    return writer().review_documents()


def proposals(document_id: int) -> pd.DataFrame:
    return writer().proposals(document_id)


def document(document_id: int) -> dict | None:
    return writer().document(document_id)


def decided_elsewhere(proposal_id: int) -> str:
    """What became of a proposal that left the queue while a reviewer had it open."""
    decided = writer().proposals(None, ("accepted", "rejected"))
    row = decided[decided["id"] == proposal_id]
    if row.empty:
        return f"Proposal #{proposal_id} is no longer waiting for review."
    row = row.iloc[0]
    when = pd.Timestamp(row["decided_at"]).strftime("%Y-%m-%d %H:%M UTC")
    return (
        f"Proposal #{proposal_id} was {row['state']} by {row['decided_by']} at {when} while "
        "you had it open; your edits to it were not saved."
    )


def event_id_of_claim(claim_id: int) -> int | None:
    return writer().event_of_claim(claim_id)


def ingest(target: str, text: str | None = None, about: dict | None = None):
    from dashboard.review import ingest_documents

    return ingest_documents(writer(), target, text=text, about=about)


def clear() -> None:
    """After a write: every cached load is stale, so the dashboard shows it at once."""
    st.cache_data.clear()


__all__ = ["StoreUnavailable"]
