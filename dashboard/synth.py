"""A synthetic claims data set for scale tests. Every row says it is synthetic.

Synthetic rows carry `synthetic=true`, a "[synthetic]" event and source name, and a
document URL under the reserved `.invalid` domain, so they can never pass for real claims.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import date, timedelta

import numpy as np
import pandas as pd

from dashboard.store import INTERCHANGE_COLUMNS
from dashboard.store.models import MEASURES, VOICES

SYNTHETIC_PUBLISHER = "Parallax synthetic generator"
# A spread of real region codes, so maps and region filters have something to show.
REGIONS = (
    "KP-01 KP-02 KP-03 KP-04 KP-05 KP-06 KP-07 KP-08 KP-09 KP-10 KP-13 KP-14 KP-15 "
    "CN-JL CN-LN US-CA US-NY IT-25 ES-MD FR-IDF GB-ENG CL-RM"
).split()
CAUSES = ("COVID-19", "tuberculosis", "acute pneumonia", "paratyphoid fever", "influenza", "")


def synthetic_chunks(claims: int, seed: int, chunk_rows: int = 100_000) -> Iterator[pd.DataFrame]:
    """Yield interchange frames (string values) with `claims` rows in all, reproducibly."""
    rng = np.random.default_rng(seed)
    events = max(10, claims // 1000)
    sources = max(5, min(2000, claims // 200))
    documents = max(20, claims // 20)
    origin = date(2020, 1, 1)
    days = 4 * 365
    event_region = rng.choice(REGIONS, size=events)
    event_start = rng.integers(0, days - 120, size=events)
    source_voice = rng.choice(VOICES, size=sources, p=[0.4, 0.45, 0.15])
    source_grade = rng.choice(list("ABCDEF"), size=sources)
    document_day = [
        (origin + timedelta(days=int(d))).isoformat() for d in rng.integers(0, days, size=documents)
    ]
    measure_choices = np.array(MEASURES)
    done = 0
    while done < claims:
        n = min(chunk_rows, claims - done)
        ids = np.arange(done, done + n)
        event = rng.integers(0, events, size=n)
        source = rng.integers(0, sources, size=n)
        document = rng.integers(0, documents, size=n)
        offset = event_start[event] + rng.integers(0, 120, size=n)
        stated = [(origin + timedelta(days=int(d))).isoformat() for d in offset]
        measure = measure_choices[rng.integers(0, len(MEASURES), size=n)]
        count = rng.integers(0, 500, size=n)
        has_count = measure != "restriction"
        cause = np.array(CAUSES)[rng.integers(0, len(CAUSES), size=n)]
        frame = pd.DataFrame(
            {
                "claim_id": [f"synthetic-{seed}-{i}" for i in ids],
                "event": [f"[synthetic] event {e}" for e in event],
                "stated_on": stated,
                "region": event_region[event],
                "place": "",
                "voice": source_voice[source],
                "source": [f"[synthetic] source {s}" for s in source],
                "source_reliability": source_grade[source],
                "measure": measure,
                "count": np.where(has_count, count.astype(str), ""),
                "count_low": "",
                "count_high": "",
                "cause": cause,
                "statement": [f"[synthetic] claim {i}, generated for scale tests." for i in ids],
                "quote": "",
                "document_url": [f"https://synthetic.invalid/doc/{d}" for d in document],
                "document_title": [f"[synthetic] document {d}" for d in document],
                "publisher": SYNTHETIC_PUBLISHER,
                "published_on": [document_day[d] for d in document],
                "occurred_from": "",
                "occurred_to": "",
                "credibility": "",
                "status": "unverified",
                "synthetic": "true",
            }
        )
        yield frame[list(INTERCHANGE_COLUMNS)]
        done += n


def write_synthetic_csv(path, claims: int, seed: int) -> int:
    written = 0
    for index, frame in enumerate(synthetic_chunks(claims, seed)):
        frame.to_csv(path, mode="w" if index == 0 else "a", header=index == 0, index=False)
        written += len(frame)
    return written
