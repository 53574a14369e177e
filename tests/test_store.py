"""The store on both databases: migrations, reads, writes, visibility."""

from __future__ import annotations

import pandas as pd
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import text
from sqlalchemy.exc import IntegrityError

from dashboard.filters import Filters
from dashboard.interchange.importer import import_claims
from dashboard.store import Store, make_engine
from dashboard.store.db import head_revision
from dashboard.store.models import Base
from tests.factories import claim_row, sample_rows, write_csv


def test_migrations_from_empty_build_the_models_schema(tmp_path, request):
    urls = [f"sqlite:///{tmp_path / 'empty.db'}"]
    try:
        server = request.getfixturevalue("postgres_server")
        urls.append(server.create())
    except pytest.skip.Exception:
        pass
    for url in urls:
        store = Store(make_engine(url))
        assert store.table_names() == []
        store.migrate()
        assert store.schema_is_current()
        with store.engine.connect() as conn:
            context = MigrationContext.configure(conn)
            assert context.get_current_revision() == head_revision()
            assert compare_metadata(context, Base.metadata) == []
        assert {
            "claim",
            "claim_status_history",
            "document",
            "event",
            "ingest_run",
            "place",
            "region",
            "source",
        } <= set(store.table_names())
        store.migrate()  # a second run changes nothing
        store.engine.dispose()


def test_sqlite_connections_use_wal_and_foreign_keys(sqlite_url):
    engine = make_engine(sqlite_url)
    with engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_foreign_keys_refuse_a_claim_for_a_missing_event(store):
    with pytest.raises(IntegrityError), store.engine.begin() as conn:
        conn.execute(
            text(
                "INSERT INTO claim (claim_uid, content_hash, event_id, source_id, document_id, "
                "stated_on, stated_precision, region_code, voice, measure, statement, status, "
                "synthetic, created_at) VALUES ('x', 'h', 999, 999, 999, '2021-01-01', 'day', "
                "'KP-10', 'local', 'deaths', 's', 'unverified', false, '2021-01-01 00:00:00')"
            )
        )


def test_gazetteer_regions_are_seeded_once(store):
    from dashboard.gazetteer import load_gazetteer

    before = store.counts()["regions"]
    assert before == len(load_gazetteer().regions())
    assert store.seed_gazetteer(load_gazetteer()) == 0
    assert store.counts()["regions"] == before


def _load(store, tmp_path, rows):
    report = import_claims(store, write_csv(tmp_path / "claims.csv", rows))
    assert report.ok, [str(e) for e in report.errors]
    return report


def test_reads_return_dataframes_with_dates_and_counts(store, tmp_path):
    _load(store, tmp_path, sample_rows())
    events = store.events()
    assert isinstance(events, pd.DataFrame)
    hospital = events.set_index("title").loc["Isolation-ward deaths, test hospital"]
    assert (hospital["official"], hospital["local"], hospital["claims"]) == (1, 1, 2)
    assert hospital["region_name"] == "Ryanggang"
    claims = store.claims(Filters(region="KP-10", voices=("local",)))
    assert list(claims["cause"]) == ["COVID-19"]
    assert str(claims["stated_on"].iloc[0]) == "2021-03-20"
    lockdown = events.set_index("title").loc["Lockdown, test city"]
    assert str(lockdown["period_from"]) == "2021-03-03"
    assert str(lockdown["period_to"]) == "2021-04-30"  # "2021-04" runs to the month's end


def _protect(store, name, region="KP-10"):
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE source SET protected = true, region_code = :r, notes = :n "
                "WHERE name = :name"
            ),
            {"r": region, "n": "met in Changbai, March", "name": name},
        )


def test_protected_source_is_a_neutral_label_for_viewers(store, editor_store, tmp_path):
    _load(store, tmp_path, sample_rows())
    _protect(store, "Resident source (test)")
    for frame in (store.sources(), store.claims(), store.export_frame()):
        text_dump = frame.astype(str).to_csv()
        assert "Resident source (test)" not in text_dump
        assert "Changbai" not in text_dump
    labels = set(store.sources()["source"])
    assert any(s.startswith("Protected source #") and s.endswith("(Ryanggang)") for s in labels)
    assert "Resident source (test)" in set(editor_store.sources()["source"])
    assert "Resident source (test)" in set(editor_store.claims()["source"])
    # Exports never carry the identity, whoever asks.
    assert "Resident source (test)" not in editor_store.export_frame().to_csv()


def test_unknown_role_is_refused(store):
    with pytest.raises(ValueError, match="unknown role"):
        Store(store.engine, role="admin")


def test_status_change_is_kept_with_who_when_why(store, tmp_path):
    _load(store, tmp_path, [claim_row()])
    claim_id = int(store.claims()["id"].iloc[0])
    store.set_status(claim_id, "contested", "reviewer@test", "a local account disagrees")
    history = store.status_history(claim_id)
    assert list(history["status"]) == ["contested"]
    assert history["previous_status"].iloc[0] == "unverified"
    assert history["changed_by"].iloc[0] == "reviewer@test"
    assert store.claims()["status"].iloc[0] == "contested"


def test_confirming_without_evidence_writes_nothing(store, tmp_path):
    _load(store, tmp_path, [claim_row()])
    claim_id = int(store.claims()["id"].iloc[0])
    with pytest.raises(ValueError, match="evidence"):
        store.set_status(claim_id, "confirmed", "editor", "seen the records")
    assert store.claims()["status"].iloc[0] == "unverified"
    assert store.status_history(claim_id).empty


def test_require_schema_says_what_to_run(tmp_path):
    from dashboard.store import StoreUnavailable

    store = Store(make_engine(f"sqlite:///{tmp_path / 'new.db'}"))
    with pytest.raises(StoreUnavailable, match="python -m dashboard init"):
        store.require_schema()


def test_unreachable_postgres_is_reported_with_what_to_check():
    from dashboard.store import StoreUnavailable

    store = Store(make_engine("postgresql+psycopg://nobody@127.0.0.1:1/none?connect_timeout=2"))
    with pytest.raises(StoreUnavailable, match="PostgreSQL server is running"):
        store.migrate()


def _summary(store, table: str) -> dict:
    from dashboard.store.writer import SUMMARIES

    keys = ", ".join(SUMMARIES[table])
    with store.engine.connect() as conn:
        rows = conn.execute(text(f"SELECT {keys}, claims FROM {table}")).all()
    return {tuple(str(v) for v in row[:-1]): row[-1] for row in rows}


def _recount(store, table: str) -> dict:
    from dashboard.store.writer import SUMMARIES

    keys = ", ".join(SUMMARIES[table])
    where = " WHERE cause IS NOT NULL" if table == "claim_cause" else ""
    with store.engine.connect() as conn:
        rows = conn.execute(
            text(f"SELECT {keys}, count(*) FROM claim{where} GROUP BY {keys}")
        ).all()
    return {tuple(str(v) for v in row[:-1]): row[-1] for row in rows}


def _daily(store) -> dict:
    return _summary(store, "claim_daily")


def _recounted(store) -> dict:
    return _recount(store, "claim_daily")


def _summaries_match(store) -> bool:
    return all(_summary(store, t) == _recount(store, t) for t in ("claim_daily", "claim_cause"))


def test_daily_summary_stays_equal_to_a_recount(store, tmp_path):
    rows = sample_rows() + [claim_row(statement="another", voice="local", source="Other")]
    _load(store, tmp_path, rows)
    assert _summaries_match(store) and sum(_daily(store).values()) == 5
    assert sum(_summary(store, "claim_cause").values()) == 4  # the restriction has no cause
    claim_id = int(store.claims()["id"].iloc[0])
    store.set_status(claim_id, "contested", "reviewer", "a local account disagrees")
    assert _summaries_match(store)
    failed = import_claims(store, write_csv(tmp_path / "bad.csv", [claim_row(voice="x")]))
    assert not failed.committed and _summaries_match(store)


def test_cube_and_event_counts_come_from_the_summary(store, tmp_path):
    _load(store, tmp_path, sample_rows())
    cube = store.claim_cube()
    assert int(cube["claims"].sum()) == 4
    assert set(cube["voice"]) == {"official", "local", "independent"}
    events = store.events().set_index("title")
    assert events.loc["Isolation-ward deaths, test hospital", "claims"] == 2
    ids = store.event_ids(Filters(voices=("local",)))
    assert ids == [int(events.loc["Isolation-ward deaths, test hospital", "id"])]


def test_migration_0002_counts_the_claims_already_stored(store, tmp_path):
    from alembic import command

    from dashboard.store.db import alembic_config

    _load(store, tmp_path, sample_rows())
    command.downgrade(alembic_config(store.engine), "0001")
    assert "claim_daily" not in store.table_names()
    store.migrate()
    assert _summaries_match(store) and sum(_daily(store).values()) == 4


def test_cause_sets_leave_out_refuted_claims_and_restrictions(store, tmp_path):
    _load(store, tmp_path, sample_rows())
    sets = store.cause_sets()
    assert set(zip(sets["official"], sets["cause"], strict=True)) == {
        (True, "tuberculosis"),
        (False, "COVID-19"),
        (False, "excess mortality"),
    }
    local = int(store.claims(Filters(voices=("local",)))["id"].iloc[0])
    document = int(store.claims()["document_id"].iloc[0])
    store.set_status(local, "refuted", "editor", "records seen", evidence_document_id=document)
    assert "COVID-19" not in set(store.cause_sets()["cause"])
