"""Import and export on both databases: round trips, every kind of bad input, atomicity."""

from __future__ import annotations

import json

import pandas as pd
import pytest

from dashboard.interchange.export import write_claims
from dashboard.interchange.importer import import_claims
from dashboard.interchange.readers import FileProblem
from dashboard.store import INTERCHANGE_COLUMNS, Store, make_engine
from tests.factories import claim_row, sample_rows, write_csv, write_jsonl, write_xlsx

WRITERS = {"csv": write_csv, "jsonl": write_jsonl, "xlsx": write_xlsx}


def _nothing_written(store: Store) -> bool:
    counts = store.counts()
    return counts["claims"] == counts["events"] == counts["sources"] == counts["documents"] == 0


@pytest.mark.parametrize("fmt", ["csv", "jsonl", "xlsx"])
def test_export_then_import_round_trips_losslessly(store, tmp_path, fmt, sqlite_template):
    path = WRITERS[fmt](tmp_path / f"in.{fmt}", sample_rows())
    assert import_claims(store, path).ok
    first = store.export_frame()
    assert len(first) == 4
    out = tmp_path / f"out.{fmt}"
    write_claims(first, str(out), fmt)

    other_path = tmp_path / "other.db"
    other_path.write_bytes(sqlite_template.read_bytes())
    other = Store(make_engine(f"sqlite:///{other_path}"))
    report = import_claims(other, out)
    assert report.ok and report.written == 4
    second = other.export_frame()
    pd.testing.assert_frame_equal(first.reset_index(drop=True), second.reset_index(drop=True))
    # and the values kept what the rows said
    row = second.set_index("event").loc["Deaths in a test county"]
    assert (row["region"], row["count_low"], row["count_high"]) == ("KP-10", "100", "150")
    assert second.set_index("event").loc["Lockdown, test city", "stated_on"] == "2021"
    assert set(second.columns) == set(INTERCHANGE_COLUMNS)


def test_importing_the_same_file_twice_adds_nothing(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", sample_rows())
    assert import_claims(store, path).written == 4
    again = import_claims(store, path)
    assert again.ok and again.written == 0 and again.unchanged == 4
    assert store.counts()["claims"] == 4


def test_export_of_the_same_database_reimports_as_unchanged(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    out = tmp_path / "export.csv"
    write_claims(store.export_frame(), str(out), "csv")
    report = import_claims(store, out)
    assert report.ok and report.written == 0 and report.unchanged == 4


def test_every_bad_value_is_reported_and_nothing_is_written(store, tmp_path):
    rows = sample_rows() + [
        claim_row(stated_on="2021-13-01", statement="bad date"),
        claim_row(count="eight", statement="bad count"),
        claim_row(voice="rumour", statement="bad voice"),
        claim_row(region="Atlantis Province", statement="bad region"),
        claim_row(credibility="9", statement="bad credibility"),
        claim_row(count="5", count_low="10", count_high="2", statement="bad range"),
        claim_row(document_url="", statement="no document"),
    ]
    report = import_claims(store, write_csv(tmp_path / "bad.csv", rows))
    messages = [str(e) for e in report.errors]
    assert 'row 6, stated_on: "2021-13-01" is not a date (no such day or month)' in messages
    assert any(m.startswith('row 7, count: "eight" is not a whole number') for m in messages)
    assert any(m.startswith('row 8, voice: "rumour" is not a voice') for m in messages)
    assert any(
        m.startswith('row 9, region: "Atlantis Province" is not a known region') for m in messages
    )
    assert any(m.startswith('row 10, credibility: "9"') for m in messages)
    assert any(m.startswith('row 11, count_low: "10" is above count_high') for m in messages)
    assert any(m.startswith("row 12, document_url: is required") for m in messages)
    assert not report.committed and report.written == 0
    assert _nothing_written(store)
    runs = store.ingest_runs()
    assert runs["status"].iloc[-1] == "rejected" and runs["rows_rejected"].iloc[-1] == 7


def test_skip_invalid_writes_valid_rows_and_saves_rejects(store, tmp_path):
    rows = sample_rows() + [claim_row(stated_on="2021-02-30", statement="bad")]
    path = write_csv(tmp_path / "mixed.csv", rows)
    report = import_claims(store, path, skip_invalid=True)
    assert report.committed and report.written == 4 and report.rejected == 1
    rejects = pd.read_csv(report.rejects_path, dtype=str, keep_default_na=False)
    assert list(rejects["source_row"]) == ["6"]
    assert "stated_on" in rejects["problems"].iloc[0]
    assert rejects["statement"].iloc[0] == "bad"
    assert store.counts()["claims"] == 4


def test_misspelt_region_is_refused_with_a_suggestion(store, tmp_path):
    report = import_claims(store, write_csv(tmp_path / "c.csv", [claim_row(region="Ryangang")]))
    assert "did you mean Ryanggang (KP-10)" in str(report.errors[0])
    assert _nothing_written(store)


def test_place_name_in_region_column_resolves_to_its_region(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "c.csv", [claim_row(region="Hyesan", place="")]))
    claim = store.claims().iloc[0]
    assert (claim["region_code"], claim["place"]) == ("KP-10", "Hyesan")


def test_missing_required_columns_are_named(store, tmp_path):
    columns = [c for c in INTERCHANGE_COLUMNS if c not in ("voice", "stated_on")]
    path = write_csv(tmp_path / "c.csv", sample_rows(), columns=columns)
    with pytest.raises(FileProblem, match="missing required columns: stated_on, voice"):
        import_claims(store, path)
    assert _nothing_written(store)


def test_empty_file_and_header_only_are_refused(store, tmp_path):
    empty = tmp_path / "empty.csv"
    empty.write_text("")
    with pytest.raises(FileProblem, match="the file is empty"):
        import_claims(store, empty)
    header = write_csv(tmp_path / "header.csv", [])
    with pytest.raises(FileProblem, match="header but no claims"):
        import_claims(store, header)
    assert _nothing_written(store)


def test_wrong_encoding_says_where_and_what_to_do(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", sample_rows())
    text = path.read_text(encoding="utf-8").replace("Test Publisher", "Publicación", 1)
    path.write_bytes(text.encode("latin-1"))
    with pytest.raises(FileProblem, match=r"line 2: byte 0xF3 .* is not UTF-8; re-save"):
        import_claims(store, path)
    assert _nothing_written(store)


def test_a_ten_megabyte_line_is_reported_not_crashed_or_truncated(store, tmp_path):
    huge = "x" * (10 * 1024 * 1024)
    rows = [claim_row(), claim_row(statement=huge, claim_id="huge")]
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows))
    assert not report.committed
    assert "row 3, statement" in str(report.errors[0])
    assert "10,485,760 characters; the limit is 20,000" in str(report.errors[0])
    assert _nothing_written(store)


def test_duplicate_rows_are_kept_once_and_said(store, tmp_path):
    rows = [claim_row(), claim_row(), claim_row(voice="local", source="Other")]
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows))
    assert report.ok and report.written == 2 and report.duplicates == 1
    assert report.notices == ["row 3 repeats row 2; kept once"]


def test_one_claim_id_for_two_claims_is_an_error(store, tmp_path):
    rows = [claim_row(claim_id="a"), claim_row(claim_id="a", count="9")]
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows))
    assert 'row 3, claim_id: "a" is also used by row 2' in str(report.errors[0])
    assert _nothing_written(store)


def test_changed_claim_with_an_existing_id_is_not_overwritten(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "a.csv", [claim_row(claim_id="a")]))
    report = import_claims(
        store, write_csv(tmp_path / "b.csv", [claim_row(claim_id="a", count="9")])
    )
    assert "already in the database with other values" in str(report.errors[0])
    assert store.claims()["count"].tolist() == [8]


def test_conflicting_source_grades_are_reported(store, tmp_path):
    rows = [claim_row(), claim_row(source_reliability="A", statement="other")]
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows))
    assert (
        'row 3, source_reliability: "A" conflicts with grade C given for the same source in '
        "row 2" in [str(e) for e in report.errors]
    )


def test_a_file_that_is_not_a_spreadsheet_is_refused(store, tmp_path):
    fake = tmp_path / "claims.xlsx"
    fake.write_bytes(b"\x89PNG\r\n\x1a\n" + bytes(range(256)) * 4)
    with pytest.raises(FileProblem, match="not an Excel workbook"):
        import_claims(store, fake)
    binary = tmp_path / "claims.csv"
    binary.write_bytes(b"\x00\x01\x02" * 100)
    with pytest.raises(FileProblem, match="not a text file"):
        import_claims(store, binary)
    broken_zip = tmp_path / "broken.xlsx"
    broken_zip.write_bytes(b"PK\x03\x04" + b"\x00" * 100)
    with pytest.raises(FileProblem):
        import_claims(store, broken_zip)
    assert _nothing_written(store)


def test_ragged_csv_is_refused_whole(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", sample_rows())
    with path.open("a", encoding="utf-8") as handle:
        handle.write("a,b,c," * 20 + "\n")
    with pytest.raises(FileProblem, match="not readable as CSV"):
        import_claims(store, path)
    assert _nothing_written(store)


def test_bad_json_line_is_refused_with_its_line(store, tmp_path):
    path = write_jsonl(tmp_path / "c.jsonl", sample_rows())
    with path.open("a", encoding="utf-8") as handle:
        handle.write('{"event": "x", \n')
    with pytest.raises(FileProblem, match="line 5: not valid JSON"):
        import_claims(store, path)
    assert _nothing_written(store)


def test_json_lines_report_errors_by_line(store, tmp_path):
    path = tmp_path / "c.jsonl"
    rows = sample_rows()
    rows[1]["count"] = "-3"
    with path.open("w", encoding="utf-8") as handle:
        handle.write(json.dumps(rows[0]) + "\n\n" + json.dumps(rows[1]) + "\n")
    report = import_claims(store, path)
    assert str(report.errors[0]).startswith('line 3, count: "-3"')


def test_excel_date_cells_and_numbers_import(store, tmp_path):
    from datetime import datetime

    frame = pd.DataFrame([claim_row()], columns=list(INTERCHANGE_COLUMNS)).astype(object)
    frame.loc[0, "stated_on"] = datetime(2021, 3, 20)
    frame.loc[0, "count"] = 8
    path = tmp_path / "c.xlsx"
    frame.to_excel(path, index=False)
    report = import_claims(store, path)
    assert report.ok, [str(e) for e in report.errors]
    claim = store.claims().iloc[0]
    assert (str(claim["stated_on"]), claim["count"]) == ("2021-03-20", 8)


def test_semicolon_csv_from_a_european_spreadsheet_imports(store, tmp_path):
    path = tmp_path / "c.csv"
    pd.DataFrame(sample_rows()).to_csv(path, sep=";", index=False)
    assert import_claims(store, path).written == 4


def test_wrong_types_are_reported_per_field(store, tmp_path):
    rows = [claim_row(count="8.5", credibility="high", synthetic="maybe", measure="Deaths")]
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows))
    fields = sorted(e.field for e in report.errors)
    assert fields == ["count", "credibility", "synthetic"]  # "Deaths" is fine: case-insensitive


def test_unknown_columns_are_refused(store, tmp_path):
    path = write_csv(tmp_path / "c.csv", [claim_row()], columns=[*INTERCHANGE_COLUMNS])
    text = path.read_text().replace("synthetic", "notes", 1)
    path.write_text(text)
    with pytest.raises(FileProblem, match="unknown columns: notes"):
        import_claims(store, path)


def test_protected_label_reimports_onto_the_same_source(store, tmp_path):
    from sqlalchemy import text

    import_claims(store, write_csv(tmp_path / "c.csv", sample_rows()))
    with store.engine.begin() as conn:
        conn.execute(
            text(
                "UPDATE source SET protected = true, region_code = 'KP-10' "
                "WHERE name = 'Resident source (test)'"
            )
        )
    out = tmp_path / "export.csv"
    write_claims(store.export_frame(), str(out), "csv")
    assert "Resident source (test)" not in out.read_text()
    edited = pd.read_csv(out, dtype=str, keep_default_na=False)
    edited["claim_id"] = ""  # as if a researcher re-keyed the rows
    edited.to_csv(out, index=False)
    report = import_claims(store, out)
    assert report.ok and report.written == 0 and report.unchanged == 4
    assert store.counts()["sources"] == 3  # no new source named after the label


def _claim_indexes(store) -> set[str]:
    from sqlalchemy import inspect

    return {ix["name"] for ix in inspect(store.engine).get_indexes("claim")}


def test_bulk_load_rebuilds_the_indexes_it_suspends(store, tmp_path, monkeypatch):
    from dashboard.interchange import importer

    before = _claim_indexes(store)
    monkeypatch.setattr(importer, "BULK_LOAD_BYTES", 0)  # treat every file as large
    assert import_claims(store, write_csv(tmp_path / "c.csv", sample_rows())).written == 4
    assert _claim_indexes(store) == before
    bad = import_claims(store, write_csv(tmp_path / "bad.csv", [claim_row(voice="x")]))
    assert not bad.committed
    assert _claim_indexes(store) == before and store.counts()["claims"] == 4


def test_grade_conflict_with_a_stored_source_is_logged_without_its_name(store, tmp_path):
    import_claims(store, write_csv(tmp_path / "a.csv", [claim_row()]))
    report = import_claims(
        store, write_csv(tmp_path / "b.csv", [claim_row(source_reliability="A", count="9")])
    )
    message = str(report.errors[0])
    assert "conflicts with grade C stored for this source" in message
    assert "Provincial hospital (test)" not in store.ingest_runs()["errors"].iloc[-1]
