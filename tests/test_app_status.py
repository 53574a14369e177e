"""Changing a claim's status on the Event page (AppTest, real SQLite file): editors only;
confirmed and refuted need evidence; the change shows in the status history at once."""

from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.interchange.importer import import_claims
from dashboard.store import Store, make_engine
from tests.factories import sample_rows, write_csv

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
EVENT_TITLE = "Isolation-ward deaths, test hospital"


@pytest.fixture(autouse=True)
def _fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture
def loaded(sqlite_url, tmp_path):
    store = Store(make_engine(sqlite_url))
    assert import_claims(store, write_csv(tmp_path / "c.csv", sample_rows())).ok
    event_id = int(store.events().set_index("title").loc[EVENT_TITLE, "id"])
    yield sqlite_url, store, event_id
    store.engine.dispose()


def open_event(monkeypatch, url: str, event_id: int, role: str) -> AppTest:
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_ROLE", role)
    at = AppTest.from_file(APP, default_timeout=60)
    at.query_params["event"] = str(event_id)
    at.run()
    at.switch_page("ui/views/event.py").run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _local_claim(store: Store, event_id: int) -> int:
    claims = store.claims(event_id=event_id)
    return int(claims.loc[claims["voice"] == "local", "id"].iloc[0])


def test_viewer_cannot_change_a_status(monkeypatch, loaded):
    url, _, event_id = loaded
    at = open_event(monkeypatch, url, event_id, "viewer")
    assert any("Only editors change statuses" in c.value for c in at.caption)
    assert not [b for b in at.button if b.label == "Change status"]


def test_editor_refutes_with_evidence_and_the_history_shows_it(monkeypatch, loaded):
    url, store, event_id = loaded
    claim_id = _local_claim(store, event_id)
    at = open_event(monkeypatch, url, event_id, "editor")
    form = [s for s in at.selectbox if s.label == "Claim"][0]
    form.set_value(claim_id)
    [s for s in at.selectbox if s.label == "New status"][0].set_value("refuted")
    [t for t in at.text_area if t.label == "Why (kept in the history)"][0].input(
        "Hospital records obtained later list tuberculosis."
    )
    [t for t in at.text_input if t.label == "Your name"][0].input("Editor E")
    [b for b in at.button if b.label == "Change status"][0].click().run()
    # No evidence given: refused, nothing changed.
    assert any("needs the evidence document" in e.value for e in at.error)
    # Only the change Parallax computed on import (the local cause conflicts with the
    # official one); the refused change left no trace.
    before = store.status_history(claim_id)
    assert before[["status", "changed_by"]].values.tolist() == [
        ["contested", "Parallax (computed)"]
    ]

    [s for s in at.selectbox if s.label == "Claim"][0].set_value(claim_id)
    [s for s in at.selectbox if s.label == "New status"][0].set_value("refuted")
    [t for t in at.text_area if t.label == "Why (kept in the history)"][0].input(
        "Hospital records obtained later list tuberculosis."
    )
    [t for t in at.text_input if t.label == "Your name"][0].input("Editor E")
    [t for t in at.text_input if t.label.startswith("…or the evidence")][0].input(
        "https://example.org/records"
    )
    [b for b in at.button if b.label == "Change status"][0].click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert any(f"Claim #{claim_id} is now refuted" in s.value for s in at.success)
    history = store.status_history(claim_id)
    assert history[["status", "previous_status", "changed_by"]].values.tolist() == [
        ["contested", "unverified", "Parallax (computed)"],
        ["refuted", "contested", "Editor E"],
    ]
    assert history["evidence_url"].tolist()[-1] == "https://example.org/records"
    shown = [d.value for d in at.dataframe if "changed_by" in d.value.columns]
    assert shown and shown[0]["status"].tolist()[-1] == "refuted"
