"""The Brief page through Streamlit's AppTest: choose, build, download."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.store import Store, make_engine
from dashboard.ui import state

VIEW = str(Path(__file__).resolve().parent.parent / "dashboard" / "ui" / "views" / "brief.py")
HYESAN_DEATHS = "Isolation-ward deaths at Ryanggang Provincial People's Hospital, spring 2021"


@pytest.fixture(autouse=True)
def _fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


def open_brief(monkeypatch, url: str, region: str | None, period: tuple | None) -> AppTest:
    """The page on its own, with the sidebar's filters set as the app would set them."""
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_ROLE", "editor")  # the brief is shielded whatever the role
    at = AppTest.from_file(VIEW, default_timeout=120)
    if region:
        at.session_state[state.REGION] = region
    if period:
        at.session_state[state.PERIOD] = period
    at.run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def test_brief_page_offers_the_hyesan_events_and_every_format(monkeypatch, demo_url):
    at = open_brief(monkeypatch, demo_url, "KP-10", (date(2021, 3, 1), date(2021, 4, 30)))
    assert at.title[0].value == "Brief"
    assert HYESAN_DEATHS in at.multiselect[0].options
    assert "Hyesan lockdown, January–February 2021" not in at.multiselect[0].options
    assert at.radio[0].options == ["Word (DOCX)", "PDF", "Markdown", "HTML"]
    assert not at.get("download_button")


def hyesan_deaths_id(url: str) -> int:
    store = Store(make_engine(url))
    events = store.events()
    store.engine.dispose()
    return int(events.loc[events["title"] == HYESAN_DEATHS, "id"].iloc[0])


@pytest.mark.parametrize("fmt", ["md", "pdf"])
def test_building_a_brief_offers_its_download(monkeypatch, demo_url, fmt):
    at = open_brief(monkeypatch, demo_url, "KP-10", (date(2021, 3, 1), date(2021, 4, 30)))
    at.multiselect[0].set_value([hyesan_deaths_id(demo_url)])
    at.radio[0].set_value(fmt)
    at.button[0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.warning, [w.value for w in at.warning]  # charts drawn (PDF)
    (download,) = at.get("download_button")
    name = f"parallax-brief-ryanggang-kp-10-2021-03-01-to-2021-04-30.{fmt}"
    assert download.proto.label == f"Download {name}"
    assert "Chosen events in Ryanggang (KP-10)" in at.caption[-1].value


def test_a_period_without_events_says_so(monkeypatch, demo_url):
    at = open_brief(monkeypatch, demo_url, "KP-10", (date(2030, 1, 1), date(2030, 2, 1)))
    assert "No events in this region and period" in at.info[0].value


def test_too_many_events_is_said_not_crashed(monkeypatch, demo_url):
    at = open_brief(monkeypatch, demo_url, None, None)
    at.radio[0].set_value("md")
    at.button[0].click().run()
    assert "a brief holds at most" in at.error[0].value
