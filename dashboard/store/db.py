"""Engines and migrations. SQLite (the default) gets WAL and foreign keys on every connection."""

from __future__ import annotations

from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, create_engine, event
from sqlalchemy.engine import make_url

from dashboard import settings

MIGRATIONS_DIR = Path(__file__).resolve().parent.parent / "migrations"


class StoreUnavailable(RuntimeError):
    """The database named by DATABASE_URL cannot be opened; the message says what to check."""


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # Let SQLAlchemy, not the sqlite3 module, decide when transactions begin (see _begin):
    # the module would otherwise run DDL such as DROP INDEX outside the transaction.
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys = ON")
    cursor.execute("PRAGMA journal_mode = WAL")
    cursor.execute("PRAGMA synchronous = NORMAL")
    # 64 MB of page cache (default 2 MB): large imports and scans stay off the disk.
    cursor.execute("PRAGMA cache_size = -65536")
    cursor.close()


def _begin(conn) -> None:
    conn.exec_driver_sql("BEGIN")


def make_engine(url: str | None = None) -> Engine:
    url = url or settings.database_url()
    try:
        parsed = make_url(url)
    except Exception as exc:  # sqlalchemy raises ArgumentError with a terse text
        raise StoreUnavailable(
            f'DATABASE_URL "{url}" is not a database URL ({exc}); '
            "expected e.g. sqlite:///data/parallax.db or postgresql+psycopg://user@host/db"
        ) from exc
    if parsed.get_backend_name() == "sqlite":
        database = parsed.database
        if database and database != ":memory:":
            folder = Path(database).expanduser().resolve().parent
            if not folder.is_dir():
                raise StoreUnavailable(
                    f'DATABASE_URL points into "{folder}", which does not exist; '
                    "create the folder or change DATABASE_URL"
                )
        engine = create_engine(url)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _begin)
        return engine
    if parsed.get_backend_name() == "postgresql" and parsed.drivername == "postgresql":
        # Plain postgresql:// would ask for psycopg2; Parallax ships psycopg 3.
        url = parsed.set(drivername="postgresql+psycopg")
    return create_engine(url, pool_pre_ping=True)


def alembic_config(engine: Engine) -> Config:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    config.attributes["engine"] = engine
    return config


def head_revision() -> str:
    config = Config()
    config.set_main_option("script_location", str(MIGRATIONS_DIR))
    return ScriptDirectory.from_config(config).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as conn:
        return MigrationContext.configure(conn).get_current_revision()


def migrate(engine: Engine) -> None:
    """Bring the schema to the newest migration (creates every table on an empty database)."""
    try:
        command.upgrade(alembic_config(engine), "head")
    except Exception as exc:
        raise StoreUnavailable(describe_connection_error(engine, exc)) from exc


def describe_connection_error(engine: Engine, exc: Exception) -> str:
    url = engine.url.render_as_string(hide_password=True)
    reason = str(exc).strip().splitlines()[0] if str(exc).strip() else type(exc).__name__
    if engine.url.get_backend_name() == "postgresql":
        hint = "check that the PostgreSQL server is running and that the user and database exist"
    else:
        hint = "check that the file is a Parallax SQLite database and that it can be written"
    return f"cannot use the database {url}: {reason}; {hint}"
