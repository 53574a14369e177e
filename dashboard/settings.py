"""Every setting Parallax reads, declared once with its default and a line of help.

Settings come from environment variables. `tests/test_docs.py` checks that each one is
documented in the README.
"""

from __future__ import annotations

import os
from dataclasses import dataclass
from pathlib import Path

REPO_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = REPO_ROOT / "data"


@dataclass(frozen=True)
class Setting:
    name: str
    default: str
    help: str

    def value(self) -> str:
        raw = os.environ.get(self.name, "")
        return raw if raw.strip() else self.default


SETTINGS: dict[str, Setting] = {
    s.name: s
    for s in (
        Setting(
            "DATABASE_URL",
            f"sqlite:///{DATA_DIR / 'parallax.db'}",
            "SQLAlchemy URL of the claim store. Default: an SQLite file under data/. "
            "For a shared team database: postgresql+psycopg://user@host:5432/parallax",
        ),
        Setting(
            "PARALLAX_ROLE",
            "viewer",
            "Role of whoever uses the dashboard or command line: 'viewer' (protected "
            "sources shown only by a neutral label) or 'editor' (sees their identity).",
        ),
        Setting(
            "PARALLAX_IMPORT_CHUNK_ROWS",
            "50000",
            "Rows read, checked and written per chunk by `import`; bounds memory on large files.",
        ),
        Setting(
            "PARALLAX_MAX_FIELD_CHARS",
            "20000",
            "Longest text accepted in one field of an imported claim; longer values are "
            "reported as errors, never truncated.",
        ),
        Setting(
            "PARALLAX_ALLOW_PRIVATE_URLS",
            "false",
            "'true' lets `ingest` fetch URLs and feeds on loopback and private addresses "
            "(an intranet mirror, say). Off by default: a fetched link must not reach "
            "services inside your network.",
        ),
        Setting(
            "PARALLAX_FETCH_TIMEOUT",
            "10",
            "Seconds `ingest` waits for a URL or feed before reporting it unreachable.",
        ),
    )
}


def get(name: str) -> str:
    return SETTINGS[name].value()


def database_url() -> str:
    return get("DATABASE_URL")


def role() -> str:
    return get("PARALLAX_ROLE")


def import_chunk_rows() -> int:
    return int(get("PARALLAX_IMPORT_CHUNK_ROWS"))


def max_field_chars() -> int:
    return int(get("PARALLAX_MAX_FIELD_CHARS"))


def allow_private_urls() -> bool:
    return get("PARALLAX_ALLOW_PRIVATE_URLS").strip().lower() in ("true", "1", "yes")


def fetch_timeout() -> float:
    return float(get("PARALLAX_FETCH_TIMEOUT"))
