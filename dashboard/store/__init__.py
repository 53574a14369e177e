"""The claim store (SQLAlchemy; SQLite by default, PostgreSQL for a team)."""

from dashboard.store.db import StoreUnavailable, make_engine, migrate
from dashboard.store.store import INTERCHANGE_COLUMNS, REQUIRED_COLUMNS, Store

__all__ = [
    "INTERCHANGE_COLUMNS",
    "REQUIRED_COLUMNS",
    "Store",
    "StoreUnavailable",
    "make_engine",
    "migrate",
]
