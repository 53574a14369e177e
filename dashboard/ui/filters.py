"""The shared filters, drawn once in the sidebar for every page."""

from __future__ import annotations

import streamlit as st

from dashboard.filters import Filters
from dashboard.gazetteer import load_gazetteer
from dashboard.ui import data, state
from dashboard.vocabulary import STATUSES, VOICES


def sidebar() -> Filters:
    url, role = data.current()
    problems = state.filters_from_url_once()
    regions = data.regions(url, role)
    labels = {
        code: f"{name} ({code})"
        for code, name in zip(regions["code"], regions["name"], strict=True)
    }
    countries = sorted({c for c in regions["country"]})
    for country in countries:
        labels.setdefault(country, f"{_country_name(regions, country)} — whole country")
    chosen = st.session_state.get(state.REGION)
    if chosen and chosen not in labels:
        labels[chosen] = f"{chosen} (no claims)"
    options = sorted(labels, key=lambda c: (c[:2], len(c) > 2, labels[c]))
    with st.sidebar:
        st.header("Filters")
        # No choice (None) means every region; the widget's clear button returns to it.
        st.selectbox(
            "Region",
            options,
            index=None,
            key=state.REGION,
            placeholder="All regions",
            format_func=labels.get,
        )
        st.date_input(
            "Stated between",
            value=(),
            key=state.PERIOD,
            format="YYYY-MM-DD",
            help="Claims whose statement date falls in this period.",
        )
        st.selectbox(
            "Topic", data.topics(url, role), index=None, key=state.TOPIC, placeholder="All topics"
        )
        st.multiselect("Voice", list(VOICES), key=state.VOICES, placeholder="All voices")
        st.multiselect("Status", list(STATUSES), key=state.STATUSES, placeholder="All statuses")
        for problem in problems:
            st.warning(f"Link filter ignored: {problem}")
    return state.current_filters()


def _country_name(regions, country: str) -> str:
    row = regions[regions["code"] == country]
    return row["name"].iloc[0] if not row.empty else load_gazetteer().label(country)
