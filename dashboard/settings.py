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
        Setting(
            "PARALLAX_EARS_METHOD",
            "C2",
            "EARS method of the divergence signal: C1, C2 or C3 (Hutwagner et al. 2003).",
        ),
        Setting(
            "PARALLAX_EARS_BASELINE_WEEKS",
            "7",
            "Weeks of local accounts whose mean and standard deviation are the baseline.",
        ),
        Setting(
            "PARALLAX_EARS_GUARD_WEEKS",
            "2",
            "Weeks left out between the baseline and the week tested (C2 and C3).",
        ),
        Setting(
            "PARALLAX_EARS_THRESHOLD",
            "3.0",
            "A week is flagged when its EARS statistic exceeds this (EARS uses 3 for C1 and "
            "C2, 2 for C3).",
        ),
        Setting(
            "PARALLAX_EARS_MIN_SD",
            "1.0",
            "Smallest standard deviation used, so a flat baseline (all zero) does not make "
            "one claim an infinite signal.",
        ),
        Setting(
            "PARALLAX_TRACK_RECORD_MIN",
            "5",
            "Fewest confirmed-or-refuted claims needed before a source's track record is "
            "given as a rate; below it, 'too few to judge'.",
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


def ears_method() -> str:
    return get("PARALLAX_EARS_METHOD").strip().upper()


def ears_baseline_weeks() -> int:
    return int(get("PARALLAX_EARS_BASELINE_WEEKS"))


def ears_guard_weeks() -> int:
    return int(get("PARALLAX_EARS_GUARD_WEEKS"))


def ears_threshold() -> float:
    return float(get("PARALLAX_EARS_THRESHOLD"))


def ears_min_sd() -> float:
    return float(get("PARALLAX_EARS_MIN_SD"))


def track_record_min() -> int:
    return int(get("PARALLAX_TRACK_RECORD_MIN"))
