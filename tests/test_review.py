"""Ingest → extract → review, against a real database (SQLite file and PostgreSQL): documents
kept once, proposals waiting, accept with edits, reject with a reason, and two reviewers
never both succeeding on one proposal."""

from __future__ import annotations

import threading

import pytest
from sqlalchemy import select

from dashboard.filters import Filters
from dashboard.review import (
    ReviewConflict,
    ReviewInvalid,
    accept,
    form_values,
    ingest_documents,
    reject,
)
from dashboard.store import Store, make_engine
from dashboard.store.models import Source
from tests.localweb import rss, serve

ARTICLE = (
    "Hyesan, April 20, 2021. The Ryanggang Provincial People's Hospital said eight patients "
    "in the isolation ward died of tuberculosis. But residents say they died of COVID-19, "
    "a source in Yanggang Province told reporters, pointing to the immediate cremations."
)


def _article(tmp_path, name="article.txt", text=ARTICLE):
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def _only_document(store):
    documents = store.review_documents()
    assert len(documents) == 1
    return int(documents["id"].iloc[0])


def _proposal(store, voice):
    pending = store.proposals()
    row = pending[pending["voice"] == voice].iloc[0]
    return row.to_dict()


def _values(store, proposal, **edits):
    document = store.document(int(proposal["document_id"]))
    values = form_values(proposal, document)
    # A text file carries no publication date: the reviewer gives the statement date.
    values.update(event="Isolation-ward deaths, Hyesan, spring 2021", stated_on="2021-04-20")
    values.update(edits)
    return values


def test_ingest_stores_document_once_and_proposes_its_claims(store, tmp_path):
    path = _article(tmp_path)
    first = ingest_documents(store, str(path))
    assert (first.documents_read, first.documents_new, first.problems) == (1, 1, [])
    assert first.proposals >= 2
    proposals = store.proposals()
    official = proposals[proposals["voice"] == "official"].iloc[0]
    local = proposals[proposals["voice"] == "local"].iloc[0]
    assert (official["measure"], int(official["count"]), official["cause"]) == (
        "deaths",
        8,
        "tuberculosis",
    )
    assert local["cause"] == "COVID-19" and local["region_code"] == "KP-10"
    text = store.document(_only_document(store))["text"]
    # Each span points at its claim's sentence in the stored text.
    assert "tuberculosis" in text[int(official["span_start"]) : int(official["span_end"])]

    again = ingest_documents(store, str(path))
    same_text_pasted = ingest_documents(store, "-", text="  " + ARTICLE.replace(". ", ".\n"))
    assert (again.documents_new, again.documents_known, again.proposals) == (0, 1, 0)
    assert (same_text_pasted.documents_new, same_text_pasted.documents_known) == (0, 1)
    assert store.counts()["documents"] == 1
    assert len(store.proposals()) == first.proposals

    runs = store.ingest_runs()
    run = runs[runs["id"] == first.run_id].iloc[0]
    assert (run["kind"], run["status"], int(run["proposals"])) == (
        "ingest-file",
        "ok",
        first.proposals,
    )
    assert run["finished_at"] is not None


def test_pasted_text_without_address_is_cited_by_its_content_hash(store):
    outcome = ingest_documents(store, "-", text=ARTICLE)
    document = store.document(outcome.document_ids[0])
    assert document["url"] == f"urn:sha256:{document['content_hash']}"


def test_accept_with_edits_writes_a_claim_visible_at_once(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "official")
    values = _values(
        store,
        proposal,
        source="Ryanggang Provincial People's Hospital",
        source_reliability="D",
        statement="The provincial hospital attributed eight deaths to tuberculosis.",
    )
    claim_id = accept(store, int(proposal["id"]), int(proposal["version"]), values, "Reviewer A")

    claims = store.claims()
    assert claims["id"].tolist() == [claim_id]
    claim = claims.iloc[0]
    assert claim["event"] == "Isolation-ward deaths, Hyesan, spring 2021"
    assert (claim["voice"], claim["measure"], int(claim["count"]), claim["cause"]) == (
        "official",
        "deaths",
        8,
        "tuberculosis",
    )
    assert claim["source_reliability"] == "D" and claim["region_code"] == "KP-10"
    # The claim cites the ingested document, not a copy of it.
    assert int(claim["document_id"]) == int(proposal["document_id"])
    # The overview's summary tables count it in the same transaction.
    assert store.claim_cube()["claims"].sum() == 1
    assert store.event_ids(Filters(region="KP-10")) == [int(claim["event_id"])]

    decided = store.proposals(states=("accepted",))
    assert decided["id"].tolist() == [proposal["id"]]
    assert int(decided["claim_id"].iloc[0]) == claim_id
    assert decided["decided_by"].iloc[0] == "Reviewer A"
    assert proposal["id"] not in store.proposals()["id"].tolist()


def test_second_decision_on_the_same_version_is_a_conflict(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "local")
    version = int(proposal["version"])
    values = _values(store, proposal, source="a source in Yanggang Province")
    accept(store, int(proposal["id"]), version, values, "Reviewer A")
    with pytest.raises(ReviewConflict, match="already accepted by Reviewer A"):
        accept(store, int(proposal["id"]), version, values, "Reviewer B")
    with pytest.raises(ReviewConflict):
        reject(store, int(proposal["id"]), version, "duplicate", "Reviewer B")
    assert store.counts()["claims"] == 1


def test_two_reviewers_at_the_same_moment_one_wins(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "official")
    pid, version = int(proposal["id"]), int(proposal["version"])
    values = _values(store, proposal, source="Provincial hospital", source_reliability="D")
    start = threading.Barrier(2)
    outcomes: dict[str, object] = {}

    def decide(name: str, action):
        # Each reviewer has their own engine, as two app sessions or processes would.
        own = Store(make_engine(store.engine.url.render_as_string(hide_password=False)))
        start.wait()
        try:
            outcomes[name] = action(own)
        except ReviewConflict as exc:
            outcomes[name] = exc
        finally:
            own.engine.dispose()

    threads = [
        threading.Thread(
            target=decide, args=("A", lambda s: accept(s, pid, version, values, "Reviewer A"))
        ),
        threading.Thread(
            target=decide,
            args=("B", lambda s: reject(s, pid, version, "not a claim", "Reviewer B")),
        ),
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(timeout=60)
    conflicts = [v for v in outcomes.values() if isinstance(v, ReviewConflict)]
    assert len(outcomes) == 2 and len(conflicts) == 1
    state = store.proposals(states=("accepted", "rejected"))
    assert len(state) == 1
    winner = state["decided_by"].iloc[0]
    assert store.counts()["claims"] == (1 if winner == "Reviewer A" else 0)


def test_invalid_edit_is_refused_field_by_field_and_nothing_changes(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "official")
    values = _values(store, proposal, event="", region="Atlantis", count="eight")
    with pytest.raises(ReviewInvalid) as caught:
        accept(store, int(proposal["id"]), int(proposal["version"]), values, "Reviewer A")
    problems = caught.value.problems
    assert any(p.startswith("event: is required") for p in problems)
    assert any(p.startswith('region: "Atlantis"') for p in problems)
    assert any(p.startswith('count: "eight"') for p in problems)
    # Rolled back: still pending at the same version, no claim, no event.
    again = store.proposals()
    row = again[again["id"] == proposal["id"]].iloc[0]
    assert (row["state"], int(row["version"])) == ("pending", int(proposal["version"]))
    assert store.counts()["claims"] == 0 and store.counts()["events"] == 0


def test_reject_needs_a_reason_and_keeps_it(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "local")
    with pytest.raises(ReviewInvalid, match="reason"):
        reject(store, int(proposal["id"]), int(proposal["version"]), "  ", "Reviewer A")
    with pytest.raises(ReviewInvalid, match="reviewer"):
        reject(store, int(proposal["id"]), int(proposal["version"]), "why", " ")
    reject(store, int(proposal["id"]), int(proposal["version"]), "a rumour, no figure", "R")
    rejected = store.proposals(states=("rejected",))
    assert rejected["reason"].tolist() == ["a rumour, no figure"]
    assert store.counts()["claims"] == 0


def test_accepting_an_unnamed_informant_can_protect_the_new_source(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    proposal = _proposal(store, "local")
    values = _values(store, proposal, source="Kim, a trader in Hyesan", source_reliability="C")
    accept(
        store,
        int(proposal["id"]),
        int(proposal["version"]),
        values,
        "Reviewer A",
        protect_new_source=True,
    )
    with store.engine.connect() as conn:
        assert conn.scalar(select(Source.protected)) is True
    viewer_claims = store.claims()
    assert "Kim" not in viewer_claims["source"].iloc[0]
    assert viewer_claims["source"].iloc[0].startswith("Protected source #")
    editor = Store(store.engine, role="editor")
    assert editor.claims()["source"].iloc[0] == "Kim, a trader in Hyesan"


def test_accept_onto_a_protected_source_by_its_label_keeps_it_protected(store, tmp_path):
    ingest_documents(store, str(_article(tmp_path)))
    local = _proposal(store, "local")
    values = _values(store, local, source="Kim, a trader in Hyesan", source_reliability="C")
    accept(store, int(local["id"]), 1, values, "A", protect_new_source=True)
    label = store.sources()["source"].iloc[0]
    official = _proposal(store, "official")
    values = _values(store, official, voice="local", source=label, source_reliability="C")
    accept(store, int(official["id"]), 1, values, "A")
    assert store.counts()["sources"] == 1
    assert set(store.claims()["source"]) == {label}


def test_feed_items_are_remembered_in_the_database(store, server, monkeypatch):
    monkeypatch.setenv("PARALLAX_ALLOW_PRIVATE_URLS", "true")
    items = [
        ("n-1", "Fever in Hyesan", "Residents say 12 people died of COVID-19 in Hyesan."),
        ("n-2", "Hospital statement", "The hospital said there were no cases in Hyesan."),
    ]
    url = serve(server, "/review/feed.xml", rss(items), "application/rss+xml")
    first = ingest_documents(store, url)
    assert (first.kind, first.documents_new, first.problems) == ("feed", 2, [])
    assert ingest_documents(store, url).documents_read == 0
    items.append(("n-3", "Lockdown", "A lockdown was imposed on Hyesan on April 3, 2021."))
    serve(server, "/review/feed.xml", rss(items), "application/rss+xml")
    third = ingest_documents(store, url)
    assert (third.documents_read, third.documents_new) == (1, 1)


def test_private_addresses_need_the_setting(store, server, monkeypatch):
    page = (
        "<html><head><title>Deaths in Hyesan</title></head>"
        f"<body><article><p>{ARTICLE}</p></article></body></html>"
    )
    url = serve(server, "/review/page.html", page.encode())
    monkeypatch.delenv("PARALLAX_ALLOW_PRIVATE_URLS", raising=False)
    refused = ingest_documents(store, url)
    assert refused.documents_read == 0
    assert "loopback or private" in refused.problems[0]
    assert "PARALLAX_ALLOW_PRIVATE_URLS=true" in refused.problems[0]
    monkeypatch.setenv("PARALLAX_ALLOW_PRIVATE_URLS", "true")
    fetched = ingest_documents(store, url)
    assert fetched.documents_new == 1 and fetched.proposals >= 2
    assert store.document(fetched.document_ids[0])["url"] == url


def test_bad_input_is_reported_and_nothing_is_stored(store, tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 40)
    outcome = ingest_documents(store, str(junk))
    assert outcome.documents_read == 0 and len(outcome.problems) == 1
    assert "junk.txt" in outcome.problems[0]
    assert store.counts()["documents"] == 0
    runs = store.ingest_runs()
    assert runs["status"].iloc[-1] == "partial" and int(runs["rows_rejected"].iloc[-1]) == 1


def test_cli_ingest_then_review_list(tmp_path):
    import json

    from tests.test_cli import run

    url = f"sqlite:///{tmp_path / 'p.db'}"
    assert run("init", url=url).returncode == 0
    path = _article(tmp_path)
    first = run("ingest", str(path), url=url)
    assert first.returncode == 0, first.stderr
    assert "1 new" in first.stdout and "claim(s) proposed for review" in first.stdout
    again = run("ingest", str(path), url=url)
    assert "0 new, 1 already stored, 0 claim(s) proposed" in again.stdout
    listed = run("review", "list", url=url)
    assert listed.returncode == 0
    assert "official" in listed.stdout and "tuberculosis" in listed.stdout
    rows = [
        json.loads(line)
        for line in run("review", "list", "--json", url=url).stdout.split("\n")
        if line
    ]
    assert {r["voice"] for r in rows} >= {"official", "local"}
    assert all(r["state"] == "pending" for r in rows)
    assert run("review", "list", "--state", "accepted", url=url).stdout.strip() == "0 proposal(s)"


def test_cli_ingest_reports_each_bad_target_on_its_own_line(tmp_path):
    from tests.test_cli import run

    url = f"sqlite:///{tmp_path / 'p.db'}"
    run("init", url=url)
    empty = tmp_path / "empty.txt"
    empty.write_text("   \n")
    result = run(
        "ingest", str(empty), str(tmp_path / "missing.html"), "http://127.0.0.1:9/", url=url
    )
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 3
    assert "empty.txt" in errors[0] and "missing.html" in errors[1] and "private" in errors[2]
