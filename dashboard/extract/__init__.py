"""From article text to proposed claims: places, dates, counts, causes, voices.

Pure functions: no Streamlit, no database, no network. ``extract`` returns the extraction
JSON of DESIGN.md; two keys are added to each claim beyond it, for the review form and the
interchange columns of the same names: ``count_low``/``count_high`` (a range, "100 to 150")
and ``cause_text`` (the cause as written, beside the normalised ``cause``).
"""

from __future__ import annotations

from datetime import date

from dashboard.extract.claims import build_claims
from dashboard.extract.counts import extract_counts
from dashboard.extract.dates import extract_dates
from dashboard.extract.places import extract_places

__all__ = ["extract", "extract_counts", "extract_dates", "extract_places"]


def extract(text: str, published: date | None = None) -> dict:
    """The places, dates and claims found in ``text``, dates resolved against ``published``."""
    places = extract_places(text)
    dates = extract_dates(text, published)
    return {
        "published": published.isoformat() if published else None,
        "places": places,
        "dates": dates,
        "claims": build_claims(text, places, dates),
    }
