"""The command line as a user runs it: real processes, real files, DATABASE_URL honoured."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from dashboard.cli import COMMANDS
from tests.factories import claim_row, sample_rows, write_csv

ROOT = Path(__file__).resolve().parent.parent


def run(*args: str, url: str | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ}
    if url:
        env["DATABASE_URL"] = url
    return subprocess.run(
        [sys.executable, "-m", "dashboard", *args],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=300,
    )


@pytest.mark.parametrize("command", [None, *COMMANDS])
def test_every_command_has_help(command):
    result = run(*([command] if command else []), "--help")
    assert result.returncode == 0
    assert "usage: python -m dashboard" in result.stdout


def test_init_import_export_status_on_a_fresh_file(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    assert run("init", url=url).returncode == 0
    imported = run("import", str(write_csv(tmp_path / "c.csv", sample_rows())), url=url)
    assert imported.returncode == 0, imported.stderr
    assert "4 claim(s) imported" in imported.stdout
    status = run("status", url=url)
    assert "claims: 4" in status.stdout
    exported = run("export", "--region", "KP-10", "--voice", "local", url=url)
    assert exported.returncode == 0
    lines = exported.stdout.strip().splitlines()
    assert len(lines) == 2 and "COVID-19" in lines[1]


def test_bad_import_exits_non_zero_with_one_line_per_problem(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    run("init", url=url)
    rows = [claim_row(stated_on="2021-13-01"), claim_row(voice="x", statement="b")]
    result = run("import", str(write_csv(tmp_path / "bad.csv", rows)), url=url)
    assert result.returncode == 1
    errors = [line for line in result.stderr.splitlines() if line.startswith("error:")]
    assert len(errors) == 2
    assert 'row 2, stated_on: "2021-13-01" is not a date' in errors[0]
    assert "nothing imported" in result.stderr
    assert "claims: 0" in run("status", url=url).stdout


def test_missing_file_and_uninitialised_database_are_explained(tmp_path):
    url = f"sqlite:///{tmp_path / 'p.db'}"
    missing = run("import", str(tmp_path / "nope.csv"), url=url)
    assert missing.returncode == 1 and "no such file" in missing.stderr
    status = run("status", url=url)
    assert status.returncode == 3 and "python -m dashboard init" in status.stderr


def test_unreachable_database_url_exits_3(tmp_path):
    result = run("init", url=f"sqlite:///{tmp_path / 'no' / 'such' / 'folder.db'}")
    assert result.returncode == 3
    assert "does not exist" in result.stderr
    result = run("status", url="postgresql+psycopg://x@127.0.0.1:1/none?connect_timeout=2")
    assert result.returncode == 3 and "PostgreSQL server is running" in result.stderr


def test_synth_marks_every_row_and_refuses_a_real_database(tmp_path):
    out = tmp_path / "s.csv"
    assert run("synth", "--claims", "500", "--seed", "3", "--out", str(out)).returncode == 0
    import pandas as pd

    frame = pd.read_csv(out, dtype=str, keep_default_na=False)
    assert len(frame) == 500 and set(frame["synthetic"]) == {"true"}
    assert frame["event"].str.startswith("[synthetic]").all()
    assert frame["document_url"].str.startswith("https://synthetic.invalid/").all()
    again = tmp_path / "s2.csv"
    run("synth", "--claims", "500", "--seed", "3", "--out", str(again))
    assert out.read_bytes() == again.read_bytes()

    url = f"sqlite:///{tmp_path / 'p.db'}"
    run("init", url=url)
    run("import", str(write_csv(tmp_path / "c.csv", [claim_row()])), url=url)
    refused = run("synth", "--claims", "10", url=url)
    assert refused.returncode == 1 and "holds real claims" in refused.stderr

    synth_url = f"sqlite:///{tmp_path / 'synth.db'}"
    run("init", url=synth_url)
    assert run("synth", "--claims", "300", url=synth_url).returncode == 0
    assert "synthetic_claims: 300" in run("status", url=synth_url).stdout
    demo = run("init", "--demo", url=synth_url)
    assert demo.returncode == 1 and "synthetic" in demo.stderr


def test_synth_rejects_a_zero_count():
    result = run("synth", "--claims", "0")
    assert result.returncode == 2 and "not a whole number of 1 or more" in result.stderr


def test_extract_prints_the_design_json_for_the_seed_shape(tmp_path):
    import json

    article = tmp_path / "a.txt"
    article.write_text(
        "The hospital in Hyesan claimed that eight patients died from tuberculosis, but "
        "rumours are circulating that they died from COVID-19.",
        encoding="utf-8",
    )
    result = run("extract", str(article), "--published", "2021-03-20", "--json")
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert set(data) == {"published", "places", "dates", "claims"}
    assert data["published"] == "2021-03-20"
    assert all(
        set(c)
        == {
            "voice",
            "attributed_to",
            "measure",
            "count",
            "cause",
            "region",
            "country",
            "place",
            "date",
            "quote",
            "start",
            "end",
        }
        for c in data["claims"]
    )
    pairs = {(c["voice"], c["measure"], c["count"], c["cause"]) for c in data["claims"]}
    assert ("official", "deaths", 8, "tuberculosis") in pairs
    assert any(v == "local" and cause == "COVID-19" for v, _, _, cause in pairs)
    assert all(c["region"] == "KP-10" for c in data["claims"])


def test_extract_refuses_a_binary_file(tmp_path):
    junk = tmp_path / "junk.txt"
    junk.write_bytes(bytes(range(256)) * 20)
    result = run("extract", str(junk))
    assert result.returncode == 1 and result.stderr.startswith("error:")
