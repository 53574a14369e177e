"""The Streamlit app through AppTest: empty, uninitialised and demo databases."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.demo_load import load_demo
from dashboard.store import Store, make_engine

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")


@pytest.fixture(autouse=True)
def _fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory, sqlite_template):
    path = tmp_path_factory.mktemp("demo") / "demo.db"
    path.write_bytes(sqlite_template.read_bytes())
    url = f"sqlite:///{path}"
    store = Store(make_engine(url))
    assert load_demo(store).ok
    store.engine.dispose()
    return url


def _run(monkeypatch, url: str, role: str = "viewer") -> AppTest:
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_ROLE", role)
    at = AppTest.from_file(APP, default_timeout=30)
    at.run()
    assert not at.exception, at.exception
    return at


def test_events_page_lists_the_demo_events(monkeypatch, demo_url):
    at = _run(monkeypatch, demo_url)
    frame = at.dataframe[0].value
    titles = set(frame["title"])
    assert "Isolation-ward deaths at Ryanggang Provincial People's Hospital, spring 2021" in titles
    hyesan = frame.set_index("title").loc[
        "Isolation-ward deaths at Ryanggang Provincial People's Hospital, spring 2021"
    ]
    assert hyesan["region_name"] == "Ryanggang"
    assert hyesan["official"] >= 1 and hyesan["local"] >= 1
    assert [m.value for m in at.metric][1] == f"{19806:,}"


def test_empty_database_says_how_to_load_the_demo(monkeypatch, sqlite_url):
    at = _run(monkeypatch, sqlite_url)
    assert "python -m dashboard init --demo" in at.info[0].value
    assert not at.dataframe


def test_uninitialised_database_says_what_to_run(monkeypatch, tmp_path):
    at = _run(monkeypatch, f"sqlite:///{tmp_path / 'new.db'}")
    assert "python -m dashboard init" in at.error[0].value


def test_unreachable_database_says_what_to_check(monkeypatch):
    at = _run(monkeypatch, "postgresql+psycopg://x@127.0.0.1:1/none?connect_timeout=2")
    assert "PostgreSQL server is running" in at.error[0].value
