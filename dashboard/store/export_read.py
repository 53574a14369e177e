"""Claims read out for export, straight into Arrow, in chunks: the store's fast path.

The claim table is read alone, in claim order, `chunk_rows` at a time, with every value
turned into text by the database (dates at their precision, counts, booleans); events,
sources and documents are read once, each a small table, and joined to every chunk in
Arrow. Joining in SQL costs more than the rest of the read together on a million claims.

A protected source's name is replaced by the empty string in the query itself, so the
identity never leaves the database, and its neutral label is put in its place here.

A SQLite file is read through ADBC (Arrow Database Connectivity), which hands over Arrow
batches without making a Python object per value; any other database (PostgreSQL, an
in-memory SQLite) through SQLAlchemy. Both run the same SQL and give the same tables.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import date
from pathlib import Path
from urllib.parse import quote

import pyarrow as pa
import pyarrow.compute as pc
from sqlalchemy import Engine, Select, String, and_, case, cast, func, select

from dashboard.store.models import Claim, Document, Event, Region, Source
from dashboard.store.visibility import protected_label

READERS = ("adbc", "sqlalchemy")


def _text(column):
    return func.coalesce(column, "")


def _number(column):
    return func.coalesce(cast(column, String), "")


def _partial(column, precision, postgres: bool):
    """A date as text at its precision: 2021, 2021-03 or 2021-03-20 ("" when absent)."""
    full = func.to_char(column, "YYYY-MM-DD") if postgres else cast(column, String)
    return func.coalesce(
        case(
            (precision == "year", func.substr(full, 1, 4)),
            (precision == "month", func.substr(full, 1, 7)),
            else_=full,
        ),
        "",
    )


def _labelled(columns: dict) -> list:
    return [expression.label(name) for name, expression in columns.items()]


def _schema(ints: tuple[str, ...], names) -> pa.Schema:
    return pa.schema([pa.field(n, pa.int64() if n in ints else pa.string()) for n in names])


def _claims_query(conditions: list, postgres: bool) -> tuple[Select, pa.Schema]:
    columns = {
        "claim_id": _text(Claim.claim_uid),
        "event_id_": Claim.event_id,
        "stated_on": _partial(Claim.stated_on, Claim.stated_precision, postgres),
        "region": _text(Claim.region_code),
        "place": _text(Claim.place),
        "voice": _text(Claim.voice),
        "source_id_": Claim.source_id,
        "measure": _text(Claim.measure),
        "count": _number(Claim.count),
        "count_low": _number(Claim.count_low),
        "count_high": _number(Claim.count_high),
        "cause": _text(Claim.cause_text),
        "statement": _text(Claim.statement),
        "quote": _text(Claim.quote),
        "document_id_": Claim.document_id,
        "occurred_from": _partial(Claim.occurred_from, Claim.occurred_from_precision, postgres),
        "occurred_to": _partial(Claim.occurred_to, Claim.occurred_to_precision, postgres),
        "credibility": _number(Claim.credibility),
        "status": _text(Claim.status),
        "synthetic": case((Claim.synthetic.is_(True), "true"), else_="false"),
    }
    query = select(*_labelled(columns)).select_from(Claim).order_by(Claim.id)
    if conditions:
        query = query.where(and_(*conditions))
    return query, _schema(("event_id_", "source_id_", "document_id_"), columns)


def _lookups(postgres: bool) -> dict[str, tuple[Select, pa.Schema]]:
    events = {"id": Event.id, "event": _text(Event.title)}
    sources = {
        "id": Source.id,
        # The identity of a protected source stays in the database.
        "source": case((Source.protected.is_(True), ""), else_=_text(Source.name)),
        "source_reliability": _text(Source.reliability),
        "protected_": case((Source.protected.is_(True), 1), else_=0),
        "region_name_": _text(Region.name),
    }
    documents = {
        "id": Document.id,
        "document_url": _text(Document.url),
        "document_title": _text(Document.title),
        "publisher": _text(Document.publisher),
        "published_on": _partial(Document.published_on, Document.published_precision, postgres),
    }
    return {
        "event_id_": (select(*_labelled(events)), _schema(("id",), events)),
        "source_id_": (
            select(*_labelled(sources)).outerjoin(Region, Region.code == Source.region_code),
            _schema(("id", "protected_"), sources),
        ),
        "document_id_": (select(*_labelled(documents)), _schema(("id",), documents)),
    }


def sqlite_file(engine: Engine) -> str | None:
    """The path of the engine's SQLite file, or None (another database, or in memory)."""
    url = engine.url
    if url.get_backend_name() != "sqlite" or url.database in (None, "", ":memory:"):
        return None
    return url.database


def _has_adbc() -> bool:
    """ADBC is in requirements.txt; an older environment without it reads, more slowly,
    through SQLAlchemy."""
    try:
        import adbc_driver_sqlite.dbapi  # noqa: F401
    except ImportError:
        return False
    return True


@contextmanager
def _adbc_reader(engine: Engine):
    import adbc_driver_sqlite.dbapi as adbc

    path = Path(sqlite_file(engine)).expanduser().resolve()
    connection = adbc.connect(f"file:{quote(str(path))}?mode=ro")

    def batches(query: Select, schema: pa.Schema, chunk_rows: int) -> Iterator[pa.RecordBatch]:
        compiled = query.compile(
            dialect=engine.dialect, compile_kwargs={"render_postcompile": True}
        )
        parameters = [compiled.params[name] for name in compiled.positiontup]
        parameters = [v.isoformat() if isinstance(v, date) else v for v in parameters]
        cursor = connection.cursor()
        try:
            cursor.adbc_statement.set_options(**{"adbc.sqlite.query.batch_rows": str(chunk_rows)})
            cursor.execute(str(compiled), parameters)
            for batch in cursor.fetch_record_batch():
                # Column types are inferred from the values; an empty result has none.
                yield pa.RecordBatch.from_arrays(
                    [c.cast(f.type) for c, f in zip(batch.columns, schema, strict=True)],
                    schema=schema,
                )
        finally:
            cursor.close()

    try:
        yield batches
    finally:
        connection.close()


@contextmanager
def _sqlalchemy_reader(engine: Engine):
    with engine.connect() as conn:

        def batches(query: Select, schema: pa.Schema, chunk_rows: int):
            result = conn.execution_options(stream_results=True, yield_per=chunk_rows).execute(
                query
            )
            for rows in result.partitions(chunk_rows):
                columns = zip(*rows, strict=True)
                yield pa.RecordBatch.from_arrays(
                    [pa.array(c, type=f.type) for c, f in zip(columns, schema, strict=True)],
                    schema=schema,
                )

        yield batches


def _table(batches, schema: pa.Schema) -> pa.Table:
    return pa.Table.from_batches(list(batches), schema=schema)


def export_tables(
    engine: Engine,
    conditions: list,
    columns: tuple[str, ...],
    chunk_rows: int,
    reader: str | None = None,
) -> Iterator[pa.Table]:
    """Arrow tables of at most `chunk_rows` claims matching `conditions` (SQL conditions on
    the claim table), in claim order, with exactly `columns` (the interchange columns), all
    strings. Always yields at least one table (an empty one when nothing matches)."""
    if reader is None:
        reader = "adbc" if sqlite_file(engine) and _has_adbc() else "sqlalchemy"
    if reader not in READERS:
        raise ValueError(f'unknown reader "{reader}"; use one of: {", ".join(READERS)}')
    postgres = engine.dialect.name == "postgresql"
    query, schema = _claims_query(conditions, postgres)
    out_schema = pa.schema([pa.field(c, pa.string()) for c in columns])
    opened = _adbc_reader(engine) if reader == "adbc" else _sqlalchemy_reader(engine)
    with opened as batches:
        lookups = {
            key: _table(batches(lookup, lookup_schema, 100_000), lookup_schema)
            for key, (lookup, lookup_schema) in _lookups(postgres).items()
        }
        lookups["source_id_"] = _with_labels(lookups["source_id_"])
        yielded = False
        for batch in batches(query, schema, chunk_rows):
            if batch.num_rows:
                yielded = True
                yield _joined(batch, lookups).select(list(columns)).cast(out_schema)
    if not yielded:
        yield out_schema.empty_table()


def _with_labels(sources: pa.Table) -> pa.Table:
    """The sources lookup with each protected source's neutral label as its name."""
    names = sources.column("source").to_pylist()
    for i, (sid, hidden, region) in enumerate(
        zip(
            sources.column("id").to_pylist(),
            sources.column("protected_").to_pylist(),
            sources.column("region_name_").to_pylist(),
            strict=True,
        )
    ):
        if hidden:
            names[i] = protected_label(sid, region or None)
    return sources.set_column(
        sources.schema.get_field_index("source"), "source", pa.array(names, pa.string())
    )


def _joined(batch: pa.RecordBatch, lookups: dict[str, pa.Table]) -> pa.Table:
    """A chunk of claims with its event, source and document columns attached."""
    table = pa.Table.from_batches([batch])
    for key, lookup in lookups.items():
        position = pc.index_in(table.column(key), value_set=lookup.column("id"))
        for name in lookup.column_names:
            if name == "id" or name.endswith("_"):
                continue
            values = pc.fill_null(pc.take(lookup.column(name), position), "")
            table = table.append_column(name, values)
    return table
