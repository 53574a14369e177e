"""The Review page through AppTest on a real SQLite file: accept → the claim is on the Event
page; reject needs a reason; a stale decision is refused; document text stays inert."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from dashboard.review import accept, form_values, ingest_documents
from dashboard.store import Store, make_engine
from dashboard.ui.review_form import highlighted

APP = str(Path(__file__).resolve().parent.parent / "dashboard" / "app.py")
REVIEW = "ui/views/review.py"
EVENT = "ui/views/event.py"
ARTICLE = (
    "The Ryanggang Provincial People's Hospital said eight patients in the isolation ward "
    "died of tuberculosis on April 15, 2021. But residents say they died of COVID-19, a "
    "source in Yanggang Province said, pointing to the immediate cremations."
)
NEW_EVENT = "Isolation-ward deaths in Hyesan, April 2021"


@pytest.fixture(autouse=True)
def _fresh_caches():
    st.cache_data.clear()
    st.cache_resource.clear()
    yield


@pytest.fixture
def ingested(sqlite_url):
    store = Store(make_engine(sqlite_url))
    ingest_documents(store, "-", text=ARTICLE)
    yield sqlite_url, store
    store.engine.dispose()


def open_review(monkeypatch, url: str) -> AppTest:
    monkeypatch.setenv("DATABASE_URL", url)
    monkeypatch.setenv("PARALLAX_ROLE", "viewer")
    at = AppTest.from_file(APP, default_timeout=60)
    at.run()
    at.switch_page(REVIEW).run()
    assert not at.exception, [e.value for e in at.exception]
    return at


def _official(store: Store) -> dict:
    pending = store.proposals()
    return pending[pending["voice"] == "official"].iloc[0].to_dict()


def test_review_page_on_an_empty_database_says_how_to_add_a_document(monkeypatch, sqlite_url):
    at = open_review(monkeypatch, sqlite_url)
    assert any("Nothing waits for review" in i.value for i in at.info)


def test_pending_proposals_are_shown_beside_the_marked_text(monkeypatch, ingested):
    url, store = ingested
    at = open_review(monkeypatch, url)
    marked = at.get("html")[0].proto.body
    assert marked.count("<mark") == len(store.proposals())
    assert "tuberculosis" in marked and "COVID-19" in marked
    options = at.radio(key="review_proposal_id").options
    assert any("official · deaths 8 · tuberculosis" in o for o in options)


def test_accepted_claim_appears_on_the_event_page_at_once(monkeypatch, ingested):
    url, store = ingested
    proposal = _official(store)
    pid = int(proposal["id"])
    at = open_review(monkeypatch, url)
    at.radio(key="review_proposal_id").set_value(pid).run()
    at.text_input(key="reviewer_name").input("Reviewer A").run()
    at.text_input(key=f"new_event_{pid}").input(NEW_EVENT)
    # Pasted with no publication date: the statement date is the reviewer's to give.
    assert at.text_input(key=f"s_{pid}").value == ""
    at.text_input(key=f"s_{pid}").input("2021-04-20")
    at.text_input(key=f"nsrc_{pid}").input("Ryanggang Provincial People's Hospital")
    at.text_area(key=f"st_{pid}").input("The hospital gave tuberculosis as the cause.")
    at.button(key=f"accept_{pid}").click().run()
    assert not at.exception, [e.value for e in at.exception]
    assert not at.error, [e.value for e in at.error]
    assert any(f"Proposal #{pid} accepted" in s.value for s in at.success)

    at.switch_page(EVENT).run()
    assert not at.exception
    assert at.selectbox(key="event_id").value is not None
    shown = "\n".join(m.value for m in at.markdown)
    assert "tuberculosis as the cause" in shown
    assert NEW_EVENT in [h.value for h in at.header]
    # The rest still waits; the accepted one left the queue.
    assert pid not in store.proposals()["id"].tolist()


def test_reject_without_a_reason_is_refused_with_a_reason_kept(monkeypatch, ingested):
    url, store = ingested
    proposal = _official(store)
    pid = int(proposal["id"])
    at = open_review(monkeypatch, url)
    at.radio(key="review_proposal_id").set_value(pid).run()
    at.text_input(key="reviewer_name").input("Reviewer B").run()
    at.button(key=f"reject_{pid}").click().run()
    assert any("reason" in e.value for e in at.error)
    at.text_input(key=f"reason_{pid}").input("the count is from another year")
    at.button(key=f"reject_{pid}").click().run()
    assert any(f"Proposal #{pid} rejected" in s.value for s in at.success)
    assert store.proposals(states=("rejected",))["reason"].tolist() == [
        "the count is from another year"
    ]


def test_decision_on_a_proposal_someone_else_decided_is_refused(monkeypatch, ingested):
    url, store = ingested
    proposal = _official(store)
    pid = int(proposal["id"])
    at = open_review(monkeypatch, url)
    at.radio(key="review_proposal_id").set_value(pid).run()
    at.text_input(key="reviewer_name").input("Reviewer B").run()
    # Meanwhile a colleague accepts it.
    values = form_values(proposal, store.document(int(proposal["document_id"])))
    values.update(
        event=NEW_EVENT,
        stated_on="2021-04-20",
        source="Provincial hospital",
        source_reliability="D",
    )
    accept(store, pid, int(proposal["version"]), values, "Reviewer A")
    at.text_input(key=f"new_event_{pid}").input("Another title")
    at.button(key=f"accept_{pid}").click().run()
    # The page redraws from the database: the proposal left the queue, and it says who took
    # it; the second decision was not applied.
    assert any(f"Proposal #{pid} was accepted by Reviewer A" in w.value for w in at.warning)
    assert store.counts()["claims"] == 1
    assert store.claims()["event"].tolist() == [NEW_EVENT]


def test_invalid_edit_names_the_field(monkeypatch, ingested):
    url, store = ingested
    pid = int(_official(store)["id"])
    at = open_review(monkeypatch, url)
    at.radio(key="review_proposal_id").set_value(pid).run()
    at.text_input(key="reviewer_name").input("Reviewer A").run()
    at.text_input(key=f"count_{pid}").input("eight")
    at.button(key=f"accept_{pid}").click().run()
    errors = " ".join(e.value for e in at.error)
    assert 'count: "eight" is not a whole number' in errors
    assert "event: is required" in errors
    assert store.counts()["claims"] == 0


def test_pasting_an_article_on_the_page_proposes_its_claims(monkeypatch, sqlite_url):
    at = open_review(monkeypatch, sqlite_url)
    at.text_area(key="paste").input(ARTICLE)
    at.text_input(key="paste_title").input("Deaths in Hyesan")
    at.text_input(key="paste_publisher").input("Example News")
    at.text_input(key="paste_published").input("2021-04-20")
    at.button[0].click().run()
    assert not at.exception
    assert any("pasted text: 1 document(s) read" in s.value for s in at.success)
    pid = at.radio(key="review_proposal_id").value
    assert len(at.radio(key="review_proposal_id").options) >= 2
    # The statement date comes from the publication date given with the text.
    assert at.text_input(key=f"s_{pid}").value == "2021-04-20"
    store = Store(make_engine(sqlite_url))
    document = store.document(int(store.proposals()["document_id"].iloc[0]))
    store.engine.dispose()
    assert (document["title"], document["publisher"]) == ("Deaths in Hyesan", "Example News")


def test_marked_text_is_escaped():
    text = "<script>alert(1)</script> said eight <b>died</b>."
    spans = pd.DataFrame({"id": [1], "voice": ["official"], "span_start": [26], "span_end": [48]})
    out = highlighted(text, spans)
    assert "<script>" not in out and "&lt;script&gt;" in out
    assert "<b>" not in out and "&lt;b&gt;died&lt;/b&gt;" in out
    assert out.count("<mark") == 1
