"""Claims out, in the interchange columns: CSV, JSON lines or Excel."""

from __future__ import annotations

import json
import sys
from pathlib import Path

import pandas as pd

EXPORT_FORMATS = ("csv", "jsonl", "xlsx")


def format_for(path: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if path and path != "-":
        suffix = Path(path).suffix.lower().lstrip(".")
        if suffix in ("json", "ndjson"):
            return "jsonl"
        if suffix in EXPORT_FORMATS:
            return suffix
    return "csv"


def write_claims(frame: pd.DataFrame, path: str | None, fmt: str) -> None:
    """Write an export frame (all string values); path None or "-" is standard output."""
    to_stdout = path in (None, "-")
    if fmt == "xlsx" and to_stdout:
        raise ValueError("an Excel export needs --out FILE.xlsx")
    if fmt == "csv":
        frame.to_csv(sys.stdout if to_stdout else path, index=False)
    elif fmt == "jsonl":
        handle = sys.stdout if to_stdout else open(path, "w", encoding="utf-8")  # noqa: SIM115
        try:
            for record in frame.to_dict(orient="records"):
                handle.write(json.dumps(record, ensure_ascii=False) + "\n")
        finally:
            if not to_stdout:
                handle.close()
    elif fmt == "xlsx":
        frame.to_excel(path, index=False, engine="openpyxl")
    else:
        raise ValueError(f'unknown export format "{fmt}"; use one of: {", ".join(EXPORT_FORMATS)}')
