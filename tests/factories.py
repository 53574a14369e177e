"""Test data built by code: interchange rows and files in every format."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from dashboard.store import INTERCHANGE_COLUMNS


def claim_row(**overrides) -> dict[str, str]:
    row = {
        "claim_id": "",
        "event": "Isolation-ward deaths, test hospital",
        "stated_on": "2021-03-20",
        "region": "KP-10",
        "place": "Hyesan",
        "voice": "official",
        "source": "Provincial hospital (test)",
        "source_reliability": "C",
        "measure": "deaths",
        "count": "8",
        "count_low": "",
        "count_high": "",
        "cause": "tuberculosis",
        "statement": "The hospital said eight patients died of tuberculosis.",
        "quote": "died from tuberculosis",
        "document_url": "https://example.org/report-1",
        "document_title": "Test report",
        "publisher": "Test Publisher",
        "published_on": "2021-03",
        "occurred_from": "",
        "occurred_to": "",
        "credibility": "",
        "status": "unverified",
        "synthetic": "false",
    }
    unknown = set(overrides) - set(row)
    assert not unknown, f"not interchange columns: {unknown}"
    row.update(overrides)
    return row


def sample_rows() -> list[dict[str, str]]:
    """A small, varied set: both voices, a range, month/year precision, a restriction."""
    return [
        claim_row(),
        claim_row(
            voice="local",
            source="Resident source (test)",
            source_reliability="D",
            cause="COVID-19",
            statement="Residents said the eight died of COVID-19 and were cremated at once.",
            quote="",
            credibility="3",
        ),
        claim_row(
            event="Lockdown, test city",
            measure="restriction",
            count="",
            cause="",
            stated_on="2021",
            occurred_from="2021-03-03",
            occurred_to="2021-04",
            statement="A month-long lockdown began on 3 March.",
            quote="",
        ),
        claim_row(
            event="Deaths in a test county",
            region="Ryanggang-do",
            place="",
            voice="independent",
            source="Research group (test)",
            source_reliability="B",
            count="120",
            count_low="100",
            count_high="150",
            cause="excess deaths",
            statement="Researchers estimated 100 to 150 excess deaths.",
            document_url="https://example.org/study",
            document_title="A study, with a comma",
            publisher="Journal, Test",
            published_on="2022-01-05",
            status="corroborated",
        ),
    ]


def write_csv(path: Path, rows: list[dict[str, str]], columns=INTERCHANGE_COLUMNS) -> Path:
    with path.open("w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(columns), extrasaction="ignore")
        writer.writeheader()
        writer.writerows(rows)
    return path


def write_jsonl(path: Path, rows: list[dict[str, str]]) -> Path:
    with path.open("w", encoding="utf-8") as handle:
        for row in rows:
            handle.write(json.dumps(row, ensure_ascii=False) + "\n")
    return path


def write_xlsx(path: Path, rows: list[dict[str, str]]) -> Path:
    import pandas as pd

    pd.DataFrame(rows, columns=list(INTERCHANGE_COLUMNS)).to_excel(path, index=False)
    return path
