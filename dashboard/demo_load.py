"""Load the demo data set into a store, through the same import path as any claims file."""

from __future__ import annotations

import tempfile
from pathlib import Path

from dashboard import demo
from dashboard.interchange.importer import ImportReport, import_claims
from dashboard.store import Store


def load_demo(store: Store) -> ImportReport:
    """Events and sources first (their topics, grades and protection), then the claims.

    All in one transaction: if any claim is refused, no event or source is written either.
    Idempotent: a second run adds nothing.
    """
    events = demo.demo_events()
    sources = demo.demo_sources()
    sources["protected"] = sources["protected"].map({True: "true", False: "false"})

    def prepare(conn) -> None:
        # Sources first, so a protected source is never stored unprotected, even briefly.
        store.upsert_sources(sources, conn)
        store.upsert_events(events, conn)

    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "parallax-demo-claims.csv"
        demo.demo_claims().to_csv(path, index=False)
        return import_claims(store, path, progress=False, kind="demo", prepare=prepare)
