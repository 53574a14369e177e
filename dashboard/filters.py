"""The filters every page shares, and their form in a URL (so a view can be shared as a link).

Pure: no Streamlit. The app reads `st.query_params` into `Filters.from_params` and writes
`Filters.to_params()` back.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date

from dashboard.vocabulary import STATUSES, VOICES


@dataclass(frozen=True)
class Filters:
    region: str | None = None  # an ISO 3166-2 code, or a country code for the whole country
    date_from: date | None = None
    date_to: date | None = None
    topic: str | None = None
    voices: tuple[str, ...] = ()
    statuses: tuple[str, ...] = ()
    problems: tuple[str, ...] = field(default=(), compare=False)

    @property
    def is_empty(self) -> bool:
        return self == Filters()

    def to_params(self) -> dict[str, str | list[str]]:
        params: dict[str, str | list[str]] = {}
        if self.region:
            params["region"] = self.region
        if self.date_from:
            params["from"] = self.date_from.isoformat()
        if self.date_to:
            params["to"] = self.date_to.isoformat()
        if self.topic:
            params["topic"] = self.topic
        if self.voices:
            params["voice"] = list(self.voices)
        if self.statuses:
            params["status"] = list(self.statuses)
        return params

    @classmethod
    def from_params(cls, params: Mapping[str, str | list[str]]) -> Filters:
        """Read URL parameters; a value that makes no sense is dropped and said in `problems`."""
        problems: list[str] = []

        def values(key: str) -> list[str]:
            raw = params.get(key, [])
            items = [raw] if isinstance(raw, str) else list(raw)
            return [v for item in items for v in str(item).split(",") if v.strip()]

        def one_date(key: str) -> date | None:
            found = values(key)
            if not found:
                return None
            try:
                return date.fromisoformat(found[0].strip())
            except ValueError:
                problems.append(f'"{key}={found[0]}" is not a date (YYYY-MM-DD); ignored')
                return None

        def choices(key: str, allowed: tuple[str, ...]) -> tuple[str, ...]:
            kept = []
            for value in values(key):
                value = value.strip().lower()
                if value in allowed:
                    kept.append(value)
                else:
                    problems.append(f'"{key}={value}" is not one of {", ".join(allowed)}; ignored')
            return tuple(dict.fromkeys(kept))

        region = (values("region") or [None])[0]
        topic = (values("topic") or [None])[0]
        date_from, date_to = one_date("from"), one_date("to")
        if date_from and date_to and date_from > date_to:
            problems.append("the period ends before it starts; dates swapped")
            date_from, date_to = date_to, date_from
        return cls(
            region=region.strip().upper() if region else None,
            date_from=date_from,
            date_to=date_to,
            topic=topic.strip() if topic else None,
            voices=choices("voice", VOICES),
            statuses=choices("status", STATUSES),
            problems=tuple(problems),
        )

    def describe(self) -> str:
        """The filters in words, for captions and exports."""
        parts = []
        if self.region:
            parts.append(f"region {self.region}")
        if self.date_from or self.date_to:
            start = self.date_from.isoformat() if self.date_from else "…"
            end = self.date_to.isoformat() if self.date_to else "…"
            parts.append(f"stated {start} to {end}")
        if self.topic:
            parts.append(f"topic {self.topic}")
        if self.voices:
            parts.append("voice " + "/".join(self.voices))
        if self.statuses:
            parts.append("status " + "/".join(self.statuses))
        return ", ".join(parts) if parts else "all claims"
