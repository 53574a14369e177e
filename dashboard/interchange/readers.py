"""Claims files in, as chunks of string-valued DataFrames: one reader per format.

Every reader yields (first_row_number, frame) where each frame has only the interchange
columns, all values str ("" when blank). Problems with the file as a whole raise
FileProblem with a message that says what is wrong and what to do.

CSV frames carry `attrs["formula_quoted"]`: the checker then removes the `'` that a CSV
export puts before text a spreadsheet would run as a formula (see formulas.py). Parquet
is read typed (dates with their `<column>_precision` beside them, as `export` writes it)
and turned into the same strings as the other formats.
"""

from __future__ import annotations

import codecs
import json
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pandas as pd

from dashboard.store import INTERCHANGE_COLUMNS, REQUIRED_COLUMNS

_EXTENSIONS = {
    ".csv": "csv",
    ".tsv": "csv",
    ".txt": "csv",
    ".jsonl": "jsonl",
    ".ndjson": "jsonl",
    ".json": "jsonl",
    ".xlsx": "xlsx",
    ".xlsm": "xlsx",
    ".parquet": "parquet",
    ".pq": "parquet",
}


class FileProblem(ValueError):
    """The file cannot be read as claims at all (nothing in it was imported)."""


def detect_format(path: Path) -> str:
    suffix = path.suffix.lower()
    if suffix == ".xls":
        raise FileProblem(
            f"{path}: old binary .xls workbooks are not read; save it as .xlsx or CSV"
        )
    if suffix in _EXTENSIONS:
        return _EXTENSIONS[suffix]
    with path.open("rb") as handle:
        head = handle.read(512)
    if head.startswith(b"PK\x03\x04"):
        return "xlsx"
    if head.startswith(b"PAR1"):
        return "parquet"
    if head.lstrip().startswith(b"{"):
        return "jsonl"
    return "csv"


def row_label(fmt: str) -> str:
    """How a person finds a bad record: a spreadsheet row (header = row 1) or a JSON line."""
    return "line" if fmt == "jsonl" else "row"


def read_claims(path: Path, fmt: str | None = None, chunk_rows: int = 50_000):
    """Check the file, then return (format, iterator of (first_row_number, frame))."""
    path = Path(path)
    if not path.exists():
        raise FileProblem(f"{path}: no such file")
    if not path.is_file():
        raise FileProblem(f"{path}: is a folder, not a file")
    if path.stat().st_size == 0:
        raise FileProblem(f"{path}: the file is empty; expected a header row and claims")
    fmt = fmt or detect_format(path)
    if fmt == "xlsx":
        return fmt, _read_xlsx(path)
    if fmt == "parquet":
        return fmt, _read_parquet(path, chunk_rows)
    _check_text(path)
    if fmt == "jsonl":
        return fmt, _read_jsonl(path, chunk_rows)
    return fmt, _read_csv(path, chunk_rows)


def _check_text(path: Path) -> None:
    """Refuse binary files and text that is not UTF-8, saying where the first bad byte is."""
    decoder = codecs.getincrementaldecoder("utf-8")()
    line, offset = 1, 0
    with path.open("rb") as handle:
        first = True
        while block := handle.read(1 << 20):
            if first and b"\x00" in block[:8192]:
                raise FileProblem(
                    f"{path}: this is not a text file (it holds binary data); "
                    "expected CSV, JSON lines or an .xlsx workbook"
                )
            first = False
            try:
                decoder.decode(block)
            except UnicodeDecodeError as exc:
                bad_line = line + block[: exc.start].count(b"\n")
                raise FileProblem(
                    f"{path}: line {bad_line}: byte 0x{block[exc.start]:02X} at offset "
                    f"{offset + exc.start} is not UTF-8; re-save the file as UTF-8 "
                    "(in a spreadsheet: CSV UTF-8)"
                ) from None
            line += block.count(b"\n")
            offset += len(block)
        try:
            decoder.decode(b"", final=True)
        except UnicodeDecodeError:
            raise FileProblem(f"{path}: the file ends inside a UTF-8 character") from None


def _columns(path: Path, found: list[str]) -> dict[str, str]:
    """Map the file's header to interchange columns, or say which are missing or unknown."""
    mapping = {}
    for name in found:
        key = str(name).strip().lower().lstrip("\ufeff")
        mapping[name] = key
    keys = list(mapping.values())
    unknown = [k for k in keys if k not in INTERCHANGE_COLUMNS]
    missing = [c for c in REQUIRED_COLUMNS if c not in keys]
    repeated = sorted({k for k in keys if keys.count(k) > 1})
    problems = []
    if missing:
        problems.append(f"missing required columns: {', '.join(missing)}")
    if unknown:
        problems.append(f"unknown columns: {', '.join(map(str, unknown))}")
    if repeated:
        problems.append(f"repeated columns: {', '.join(repeated)}")
    if problems:
        raise FileProblem(
            f"{path}: {'; '.join(problems)}. Columns found: {', '.join(map(str, keys))}. "
            f"Expected the interchange columns: {', '.join(INTERCHANGE_COLUMNS)}"
        )
    return mapping


def _complete(frame: pd.DataFrame) -> pd.DataFrame:
    for column in INTERCHANGE_COLUMNS:
        if column not in frame.columns:
            frame[column] = ""
    return frame[list(INTERCHANGE_COLUMNS)].astype(str)


def _sniff_separator(path: Path) -> str:
    if path.suffix.lower() == ".tsv":
        return "\t"
    with path.open(encoding="utf-8-sig", errors="replace") as handle:
        header = handle.readline()
    if header.count(";") > header.count(",") and header.count(";") > header.count("\t"):
        return ";"
    if header.count("\t") > header.count(","):
        return "\t"
    return ","


def _read_csv(path: Path, chunk_rows: int) -> Iterator[tuple[int, pd.DataFrame]]:
    separator = _sniff_separator(path)
    try:
        reader = pd.read_csv(
            path,
            sep=separator,
            dtype=str,
            keep_default_na=False,
            na_filter=False,
            encoding="utf-8-sig",
            chunksize=chunk_rows,
            engine="c",
        )
        first = 2  # row 1 is the header, as a spreadsheet shows it
        seen_rows = False
        for chunk in reader:
            if first == 2:
                mapping = _columns(path, list(chunk.columns))
            chunk = chunk.rename(columns=mapping)
            seen_rows = seen_rows or not chunk.empty
            frame = _complete(chunk.reset_index(drop=True))
            frame.attrs["formula_quoted"] = True
            yield first, frame
            first += len(chunk)
    except pd.errors.EmptyDataError:
        raise FileProblem(f"{path}: the file has no header row and no claims") from None
    except pd.errors.ParserError as exc:
        raise FileProblem(
            f"{path}: not readable as CSV ({str(exc).strip()}); check quoting and that "
            "every row has as many fields as the header"
        ) from None
    if not seen_rows:
        raise FileProblem(f"{path}: the file has a header but no claims")


def _json_text(value) -> str:
    if value is None:
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    if isinstance(value, (dict, list)):
        return json.dumps(value, ensure_ascii=False)
    return str(value)


def _read_jsonl(path: Path, chunk_rows: int) -> Iterator[tuple[int, pd.DataFrame]]:
    """JSON lines (one object a line). A whole JSON array is accepted too."""
    with path.open(encoding="utf-8-sig") as handle:
        text_head = handle.read(1).lstrip()
    if text_head == "[":
        yield from _read_json_array(path)
        return
    records: list[dict] = []
    first_line = 1
    seen = False
    with path.open(encoding="utf-8-sig") as handle:
        for number, line in enumerate(handle, start=1):
            if not line.strip():
                continue
            try:
                value = json.loads(line)
            except json.JSONDecodeError as exc:
                raise FileProblem(
                    f"{path}: line {number}: not valid JSON ({exc.msg} at column {exc.colno}); "
                    "each line must be one JSON object"
                ) from None
            if not isinstance(value, dict):
                raise FileProblem(
                    f"{path}: line {number}: expected a JSON object, got {type(value).__name__}"
                )
            if not records:
                first_line = number
            value["__line__"] = number
            records.append(value)
            if len(records) >= chunk_rows:
                seen = True
                yield first_line, _json_frame(path, records)
                records = []
    if records:
        seen = True
        yield first_line, _json_frame(path, records)
    if not seen:
        raise FileProblem(f"{path}: the file holds no JSON objects")


def _read_json_array(path: Path) -> Iterator[tuple[int, pd.DataFrame]]:
    try:
        values = json.loads(path.read_text(encoding="utf-8-sig"))
    except json.JSONDecodeError as exc:
        raise FileProblem(f"{path}: not valid JSON ({exc.msg} at line {exc.lineno})") from None
    if not isinstance(values, list) or not all(isinstance(v, dict) for v in values):
        raise FileProblem(f"{path}: expected JSON lines, or one JSON array of objects")
    if not values:
        raise FileProblem(f"{path}: the JSON array is empty")
    for index, value in enumerate(values, start=1):
        value["__line__"] = index
    yield 1, _json_frame(path, values)


def _json_frame(path: Path, records: list[dict]) -> pd.DataFrame:
    keys = sorted({k for r in records for k in r if k != "__line__"})
    _columns_for_json(path, records, keys)
    frame = pd.DataFrame(
        {k: [_json_text(r.get(k)) for r in records] for k in keys if k in INTERCHANGE_COLUMNS}
    )
    frame = _complete(frame)
    frame.attrs["lines"] = [r["__line__"] for r in records]
    return frame


def _columns_for_json(path: Path, records: list[dict], keys: list[str]) -> None:
    if "@type" in keys and any(r.get("@type") == "ClaimReview" for r in records):
        raise FileProblem(
            f"{path}: this is a schema.org ClaimReview export, made for publishing fact "
            "checks, not for import; import a CSV, JSON lines, Excel or Parquet export instead"
        )
    unknown = [k for k in keys if k not in INTERCHANGE_COLUMNS]
    if unknown:
        line = next(r["__line__"] for r in records if any(k in r for k in unknown))
        raise FileProblem(
            f"{path}: line {line}: unknown fields: {', '.join(unknown)}. "
            f"Expected the interchange columns: {', '.join(INTERCHANGE_COLUMNS)}"
        )


def _read_xlsx(path: Path) -> Iterator[tuple[int, pd.DataFrame]]:
    if not zipfile.is_zipfile(path):
        raise FileProblem(
            f"{path}: this is not an Excel workbook (.xlsx files are zip archives and this is "
            "not one); export it again as .xlsx, or as CSV UTF-8"
        )
    try:
        frame = pd.read_excel(
            path, dtype=str, keep_default_na=False, na_filter=False, engine="openpyxl"
        )
    except Exception as exc:  # openpyxl raises many kinds for damaged workbooks
        raise FileProblem(
            f"{path}: the workbook cannot be read ({type(exc).__name__}: {exc}); "
            "open and re-save it, or export it as CSV UTF-8"
        ) from None
    mapping = _columns(path, list(frame.columns))
    if frame.empty:
        raise FileProblem(f"{path}: the sheet has a header but no claims")
    yield 2, _complete(frame.rename(columns=mapping))


_DATE_COLUMNS = ("stated_on", "published_on", "occurred_from", "occurred_to")
_PRECISION_COLUMNS = {f"{c}_precision": c for c in _DATE_COLUMNS}
_DATE_FORMATS = {"year": "%Y", "month": "%Y-%m", "day": "%Y-%m-%d"}


def _read_parquet(path: Path, chunk_rows: int) -> Iterator[tuple[int, pd.DataFrame]]:
    """Parquet: rows are numbered from 1 (the file has no header row)."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    try:
        parquet = pq.ParquetFile(path)
    except (pa.ArrowException, OSError) as exc:
        raise FileProblem(
            f"{path}: not a readable Parquet file ({exc}); export it again, or as CSV UTF-8"
        ) from None
    schema = parquet.schema_arrow
    precisions = {
        name: _PRECISION_COLUMNS[name.strip().lower()]
        for name in schema.names
        if name.strip().lower() in _PRECISION_COLUMNS
    }
    names = [n for n in schema.names if n not in precisions]
    mapping = _columns(path, names)
    for name in names:
        _parquet_type_check(path, name, schema.field(name).type)
    total = parquet.metadata.num_rows
    if total == 0:
        raise FileProblem(f"{path}: the file has columns but no claims")
    precision_of = {date_column: name for name, date_column in precisions.items()}
    first = 1
    batches = parquet.iter_batches(batch_size=chunk_rows)
    while True:
        try:
            batch = next(batches)
        except StopIteration:
            break
        except (pa.ArrowException, OSError) as exc:
            last = min(first + chunk_rows - 1, total)
            raise FileProblem(
                f"{path}: rows {first} to {last} cannot be read ({exc}); the file is damaged: "
                "export it again"
            ) from None
        columns = {}
        for name in names:
            key = mapping[name]
            precision = None
            if key in precision_of:
                precision = batch.column(batch.schema.get_field_index(precision_of[key]))
            columns[key] = _parquet_text(path, key, batch.column(name), precision, first)
        yield first, _complete(pd.DataFrame(columns, dtype=object))
        first += batch.num_rows


def _parquet_type_check(path: Path, name: str, kind) -> None:
    import pyarrow as pa

    if pa.types.is_dictionary(kind):
        kind = kind.value_type
    readable = (
        pa.types.is_string(kind)
        or pa.types.is_large_string(kind)
        or pa.types.is_integer(kind)
        or pa.types.is_floating(kind)
        or pa.types.is_boolean(kind)
        or pa.types.is_date(kind)
        or pa.types.is_timestamp(kind)
        or pa.types.is_null(kind)
    )
    if not readable:
        raise FileProblem(
            f"{path}: column {name} holds {kind}; expected text, whole numbers, dates or true/false"
        )


def _parquet_text(path: Path, name: str, column, precision, first: int) -> list[str]:
    """One Parquet column as interchange strings ("" when null)."""
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_dictionary(column.type):
        column = column.dictionary_decode()
    kind = column.type
    if pa.types.is_null(kind):
        return [""] * len(column)
    if pa.types.is_boolean(kind):
        text = pc.if_else(column, "true", "false")
    elif pa.types.is_floating(kind):
        text = pc.cast(pc.if_else(pc.is_nan(column), None, column), pa.string())
    elif pa.types.is_date(kind) or pa.types.is_timestamp(kind):
        text = _parquet_dates(path, name, column, precision, first)
    else:
        text = pc.cast(column, pa.string())
    return pc.fill_null(text, "").to_pylist()


def _parquet_dates(path: Path, name: str, column, precision, first: int):
    import pyarrow as pa
    import pyarrow.compute as pc

    if pa.types.is_date(column.type):
        column = pc.cast(column, pa.timestamp("s"))
    if precision is None:
        return pc.strftime(column, format=_DATE_FORMATS["day"])
    precision = pc.utf8_lower(pc.cast(precision, pa.string()))
    for offset, value in enumerate(precision.to_pylist()):
        if value is not None and value not in _DATE_FORMATS:
            raise FileProblem(
                f'{path}: row {first + offset}, {name}_precision: "{value}" is not a '
                "precision; use day, month or year"
            )
    precision = pc.fill_null(precision, "day")
    text = pc.strftime(column, format=_DATE_FORMATS["day"])
    for level in ("month", "year"):
        text = pc.if_else(
            pc.equal(precision, level), pc.strftime(column, format=_DATE_FORMATS[level]), text
        )
    return text
