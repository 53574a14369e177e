"""The app's only door to the store: the engine cached once, queries cached with limits."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import settings
from dashboard.store import Store, StoreUnavailable, make_engine


@st.cache_resource(show_spinner=False)
def _engine(url: str):
    return make_engine(url)


def store() -> Store:
    """The store for this session's role; raises StoreUnavailable with what to check."""
    url = settings.database_url()
    return Store(_engine(url), settings.role())


@st.cache_data(ttl=60, max_entries=32, show_spinner=False)
def events(url: str, role: str, region: str | None = None) -> pd.DataFrame:
    return Store(_engine(url), role).events(region=region)


@st.cache_data(ttl=60, max_entries=8, show_spinner=False)
def counts(url: str, role: str) -> dict[str, int]:
    return Store(_engine(url), role).counts()


def current() -> tuple[str, str]:
    """The plain arguments the cached loads are keyed by."""
    return settings.database_url(), settings.role()


__all__ = ["StoreUnavailable", "counts", "current", "events", "store"]
