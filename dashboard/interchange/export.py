"""Claims out, in the interchange columns: CSV, JSON lines, Excel or Parquet.

Every writer takes the export frame of the store (`Store.export_frame`: interchange
columns, every value a string, protected sources by their neutral label whoever asks), or
an iterable of such frames, written one after another so a caller that reads in chunks
never holds more than one. `import` reads every one of these files back unchanged.

- CSV: UTF-8, every field quoted; text that a spreadsheet would run as a formula is
  neutralised with a leading `'` (dashboard.interchange.formulas), and import removes it.
- JSON lines: one object a line, every value a string, as in the CSV.
- Excel: one sheet; text cells are stored as text, never as formulas; counts as numbers.
- Parquet: typed columns: dates as date32 (the first day of the period) with a
  `<column>_precision` column beside each (day, month or year, so "March 2021" stays a
  month), counts and credibility int64, `synthetic` bool, the rest strings (null when blank).

The schema.org ClaimReview export lives in dashboard.interchange.claimreview.
"""

from __future__ import annotations

import io
import json
import os
import sys
from collections.abc import Iterable
from contextlib import contextmanager, suppress
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.compute as pc

from dashboard.interchange.formulas import quote_table
from dashboard.store import INTERCHANGE_COLUMNS

EXPORT_FORMATS = ("csv", "jsonl", "xlsx", "parquet", "claimreview")
# What every table of claims in the app offers: (format, button label, file suffix, MIME type).
TABLE_FORMATS = (
    ("csv", "CSV", "csv", "text/csv"),
    ("parquet", "Parquet", "parquet", "application/vnd.apache.parquet"),
    ("jsonl", "JSON lines", "jsonl", "application/jsonl"),
)
_SUFFIXES = {
    "csv": "csv",
    "tsv": "csv",
    "json": "jsonl",
    "jsonl": "jsonl",
    "ndjson": "jsonl",
    "xlsx": "xlsx",
    "parquet": "parquet",
    "pq": "parquet",
    "jsonld": "claimreview",
}
DATE_COLUMNS = ("stated_on", "published_on", "occurred_from", "occurred_to")
INTEGER_COLUMNS = ("count", "count_low", "count_high", "credibility")
PRECISION_COLUMNS = tuple(f"{c}_precision" for c in DATE_COLUMNS)
# Excel's last row is 1,048,576; the header takes one.
EXCEL_MAX_CLAIMS = 1_048_575
_PRECISION = {4: "year", 7: "month", 10: "day"}

# What the writers take: export chunks, each a pandas frame or an Arrow table of strings in
# the interchange columns (Store.export_frame, Store.export_tables), or a single one.
Chunk = pd.DataFrame | pa.Table
Frames = Chunk | Iterable[Chunk]


def _text(chunk: Chunk, column: str) -> pa.Array:
    """One column of a chunk as an Arrow string array."""
    if isinstance(chunk, pa.Table):
        return chunk.column(column).combine_chunks().cast(pa.string())
    return pa.array(chunk[column].tolist(), type=pa.string())


def _values(chunk: Chunk, column: str) -> list[str]:
    if isinstance(chunk, pa.Table):
        return chunk.column(column).to_pylist()
    return chunk[column].tolist()


def _single(frames: Frames) -> Iterable[Chunk]:
    return [frames] if isinstance(frames, pd.DataFrame | pa.Table) else frames


def format_for(path: str | None, fmt: str | None) -> str:
    if fmt:
        return fmt
    if path and path != "-":
        return _SUFFIXES.get(Path(path).suffix.lower().lstrip("."), "csv")
    return "csv"


def write_claims(frames: Frames, path: str | None, fmt: str) -> int:
    """Write export frames to `path` (None or "-": standard output); returns the rows written.

    A file is written beside its target and moved into place when complete, so a failed
    export never leaves half a file under the name asked for.
    """
    if fmt not in EXPORT_FORMATS or fmt == "claimreview":
        table_formats = [f for f in EXPORT_FORMATS if f != "claimreview"]
        raise ValueError(f'unknown export format "{fmt}"; use one of: {", ".join(table_formats)}')
    frames = _single(frames)
    to_stdout = path in (None, "-")
    if fmt in ("xlsx", "parquet") and to_stdout:
        raise ValueError(f"a {fmt} export needs --out FILE.{fmt}")
    with _target(path) as handle:
        return WRITERS[fmt](frames, handle)


def export_bytes(frames: Frames, fmt: str) -> bytes:
    """The whole file in memory, for a download button."""
    frames = _single(frames)
    buffer = io.BytesIO()
    WRITERS[fmt](frames, buffer)
    return buffer.getvalue()


@contextmanager
def _target(path: str | None):
    if path in (None, "-"):
        sys.stdout.flush()
        yield sys.stdout.buffer
        sys.stdout.buffer.flush()
        return
    final = Path(path)
    partial = final.with_name(final.name + ".part")
    try:
        with partial.open("wb") as handle:
            yield handle
        os.replace(partial, final)
    finally:
        partial.unlink(missing_ok=True)


# ---- CSV ------------------------------------------------------------------------------

_TEXT_SCHEMA = pa.schema([(c, pa.string()) for c in INTERCHANGE_COLUMNS])


def _write_csv(frames: Iterable[Chunk], handle) -> int:
    import pyarrow.csv as pa_csv

    written = 0
    # Arrow's CSV writer quotes every text field and is many times faster than pandas.
    with pa_csv.CSVWriter(handle, _TEXT_SCHEMA) as writer:
        for chunk in frames:
            table = pa.Table.from_arrays(
                [_text(chunk, c) for c in INTERCHANGE_COLUMNS], schema=_TEXT_SCHEMA
            )
            writer.write_table(quote_table(table))
            written += table.num_rows
    return written


# ---- JSON lines -----------------------------------------------------------------------


def _write_jsonl(frames: Iterable[Chunk], handle) -> int:
    written = 0
    columns = list(INTERCHANGE_COLUMNS)
    for chunk in frames:
        values = [_values(chunk, c) for c in columns]
        lines = [
            json.dumps(dict(zip(columns, record, strict=True)), ensure_ascii=False)
            for record in zip(*values, strict=True)
        ]
        if lines:
            handle.write(("\n".join(lines) + "\n").encode("utf-8"))
        written += len(lines)
    return written


# ---- Excel ----------------------------------------------------------------------------


def _write_xlsx(frames: Iterable[Chunk], handle) -> int:
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.utils.exceptions import IllegalCharacterError

    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("claims")
    columns = list(INTERCHANGE_COLUMNS)
    numeric = {columns.index(c) for c in INTEGER_COLUMNS}
    sheet.append(columns)
    written = 0

    def cell(position: int, value: str, row: int):
        if position in numeric and value:
            return int(value)
        try:
            text = WriteOnlyCell(sheet, value=value)
        except IllegalCharacterError:
            raise ValueError(
                f"row {row}, {columns[position]}: holds a control character that Excel "
                "cannot store; export as CSV, JSON lines or Parquet instead"
            ) from None
        # openpyxl takes any text starting with "=" for a formula; a claim is never one.
        text.data_type = "s"
        return text

    try:
        for chunk in frames:
            values = [_values(chunk, c) for c in columns]
            rows = len(values[0])
            if written + rows > EXCEL_MAX_CLAIMS:
                raise ValueError(
                    f"an Excel sheet holds at most {EXCEL_MAX_CLAIMS:,} claims; narrow the "
                    "filters, or export as CSV or Parquet"
                )
            records = zip(*values, strict=True)
            for offset, record in enumerate(records):
                row = written + offset + 2  # as a spreadsheet numbers it, header = row 1
                sheet.append([cell(i, v, row) for i, v in enumerate(record)])
            written += rows
    except BaseException:
        with suppress(Exception):
            sheet.close()  # release openpyxl's temporary sheet file
        raise
    workbook.save(handle)
    return written


# ---- Parquet --------------------------------------------------------------------------

PARQUET_SCHEMA = pa.schema(
    [
        pa.field(
            c,
            pa.date32()
            if c in DATE_COLUMNS
            else pa.int64()
            if c in INTEGER_COLUMNS
            else pa.bool_()
            if c == "synthetic"
            else pa.string(),
        )
        for c in INTERCHANGE_COLUMNS
    ]
    + [pa.field(p, pa.string()) for p in PRECISION_COLUMNS]
)


def parquet_table(chunk: Chunk) -> pa.Table:
    """An export chunk as a typed Arrow table (see the module docstring)."""
    arrays = {}
    for column in INTERCHANGE_COLUMNS:
        text = _text(chunk, column)
        blank = pc.equal(text, "")
        if column in DATE_COLUMNS:
            dates, precision = _typed_dates(text, blank)
            arrays[column] = dates
            arrays[f"{column}_precision"] = precision
        elif column in INTEGER_COLUMNS:
            arrays[column] = pc.cast(pc.if_else(blank, None, text), pa.int64())
        elif column == "synthetic":
            arrays[column] = pc.equal(text, "true")
        else:
            arrays[column] = pc.if_else(blank, None, text)
    return pa.Table.from_pydict(
        {f.name: arrays[f.name] for f in PARQUET_SCHEMA}, schema=PARQUET_SCHEMA
    )


def _typed_dates(text: pa.Array, blank: pa.Array) -> tuple[pa.Array, pa.Array]:
    lengths = pc.utf8_length(text)
    padded = pc.if_else(
        pc.equal(lengths, 4),
        pc.binary_join_element_wise(text, "-01-01", ""),
        pc.if_else(pc.equal(lengths, 7), pc.binary_join_element_wise(text, "-01", ""), text),
    )
    padded = pc.if_else(blank, None, padded)
    dates = pc.cast(pc.strptime(padded, format="%Y-%m-%d", unit="s"), pa.date32())
    precision = pa.array(
        [_PRECISION.get(n) if n else None for n in lengths.to_pylist()], type=pa.string()
    )
    return dates, precision


def _write_parquet(frames: Iterable[Chunk], handle) -> int:
    import pyarrow.parquet as pq

    written = 0
    with pq.ParquetWriter(handle, PARQUET_SCHEMA, compression="zstd") as writer:
        for chunk in frames:
            table = parquet_table(chunk)
            writer.write_table(table)
            written += table.num_rows
    return written


WRITERS = {
    "csv": _write_csv,
    "jsonl": _write_jsonl,
    "xlsx": _write_xlsx,
    "parquet": _write_parquet,
}
