"""Shared fixtures: real SQLite files and, where a server answers, real PostgreSQL databases.

PostgreSQL: PARALLAX_TEST_POSTGRES_URL names a server database the tests may use to create
their own throw-away databases (default postgresql+psycopg://postgres@127.0.0.1:5432/test).
Without a server those tests are skipped with the reason shown; with
PARALLAX_REQUIRE_POSTGRES=1 (as in CI) they fail instead.
"""

from __future__ import annotations

import os
import shutil
import uuid

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from dashboard.gazetteer import load_gazetteer
from dashboard.store import Store, make_engine

PG_URL = os.environ.get(
    "PARALLAX_TEST_POSTGRES_URL", "postgresql+psycopg://postgres@127.0.0.1:5432/test"
)
REQUIRE_PG = os.environ.get("PARALLAX_REQUIRE_POSTGRES") == "1"


class PostgresServer:
    def __init__(self, url: str):
        self.admin = create_engine(url, isolation_level="AUTOCOMMIT")
        self.url = make_url(url)
        self.created: list[str] = []

    def create(self, template: str | None = None) -> str:
        name = f"parallax_t_{uuid.uuid4().hex[:12]}"
        clause = f' TEMPLATE "{template}"' if template else ""
        with self.admin.connect() as conn:
            conn.execute(text(f'CREATE DATABASE "{name}"{clause}'))
        self.created.append(name)
        return self.url.set(database=name).render_as_string(hide_password=False)

    def drop_all(self) -> None:
        with self.admin.connect() as conn:
            for name in reversed(self.created):
                conn.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
        self.admin.dispose()


@pytest.fixture(scope="session")
def postgres_server():
    try:
        server = PostgresServer(PG_URL)
        with server.admin.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception as exc:  # any failure to reach the server
        reason = (
            f"no PostgreSQL server at {PG_URL} ({type(exc).__name__}); set "
            "PARALLAX_TEST_POSTGRES_URL to run these tests"
        )
        if REQUIRE_PG:
            pytest.fail(reason + " — PARALLAX_REQUIRE_POSTGRES=1 makes this an error")
        pytest.skip(reason)
    yield server
    server.drop_all()


@pytest.fixture(scope="session")
def sqlite_template(tmp_path_factory):
    """A migrated SQLite file with the gazetteer's regions, copied for each test."""
    path = tmp_path_factory.mktemp("template") / "template.db"
    store = Store(make_engine(f"sqlite:///{path}"))
    store.migrate()
    store.seed_gazetteer(load_gazetteer())
    with store.engine.connect() as conn:
        conn.exec_driver_sql("PRAGMA wal_checkpoint(TRUNCATE)")
    store.engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres_template(postgres_server):
    url = postgres_server.create()
    store = Store(make_engine(url))
    store.migrate()
    store.seed_gazetteer(load_gazetteer())
    store.engine.dispose()
    return make_url(url).database


def _sqlite_url(tmp_path, sqlite_template) -> str:
    path = tmp_path / "parallax.db"
    shutil.copy(sqlite_template, path)
    return f"sqlite:///{path}"


@pytest.fixture(params=["sqlite", pytest.param("postgres", marks=pytest.mark.postgres)])
def db_url(request, tmp_path, sqlite_template):
    """A fresh, migrated database with regions: SQLite file, then PostgreSQL database."""
    if request.param == "sqlite":
        return _sqlite_url(tmp_path, sqlite_template)
    server = request.getfixturevalue("postgres_server")
    template = request.getfixturevalue("postgres_template")
    return server.create(template=template)


@pytest.fixture
def sqlite_url(tmp_path, sqlite_template):
    return _sqlite_url(tmp_path, sqlite_template)


@pytest.fixture
def store(db_url):
    store = Store(make_engine(db_url), role="viewer")
    yield store
    store.engine.dispose()


@pytest.fixture
def editor_store(store):
    return Store(store.engine, role="editor")


@pytest.fixture(scope="session")
def demo_url(tmp_path_factory, sqlite_template):
    """A SQLite file with the demo data set loaded, shared by the app and browser tests."""
    from dashboard.demo_load import load_demo

    path = tmp_path_factory.mktemp("demo") / "demo.db"
    path.write_bytes(sqlite_template.read_bytes())
    url = f"sqlite:///{path}"
    store = Store(make_engine(url))
    assert load_demo(store).ok
    store.engine.dispose()
    return url


@pytest.fixture(scope="module")
def server():
    """A local HTTP server (tests/localweb.py): add routes with `serve(server, path, body)`."""
    from tests.localweb import start_server

    site = start_server()
    yield site
    site.stop()
