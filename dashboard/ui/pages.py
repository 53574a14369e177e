"""The app's pages, declared once so pages can link to each other."""

from pathlib import Path

import streamlit as st

VIEWS = Path(__file__).resolve().parent / "views"

OVERVIEW = st.Page(VIEWS / "overview.py", title="Overview", url_path="overview", default=True)
EVENT = st.Page(VIEWS / "event.py", title="Event", url_path="event")
REGION = st.Page(VIEWS / "region.py", title="Region", url_path="region")
SOURCES = st.Page(VIEWS / "sources.py", title="Sources", url_path="sources")
DATA = st.Page(VIEWS / "data_table.py", title="Data", url_path="data")
REVIEW = st.Page(VIEWS / "review.py", title="Review", url_path="review")
BRIEF = st.Page(VIEWS / "brief.py", title="Brief", url_path="brief")

ALL = [OVERVIEW, EVENT, REGION, SOURCES, DATA, REVIEW, BRIEF]
