"""The accuracy script's per-text report and its comparison with a report saved before."""

from __future__ import annotations

import copy
import importlib.util
import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_SPEC = importlib.util.spec_from_file_location("eval_extract", ROOT / "bench" / "eval_extract.py")
eval_extract = importlib.util.module_from_spec(_SPEC)
_SPEC.loader.exec_module(eval_extract)

RECORD = {
    "id": "t1",
    "text": "Cholera has killed 12 people in Hyesan, the provincial health ministry said.",
    "published": "2024-05-01",
    "regions": ["KP-10"],
    "counts": [["deaths", 12], ["cases", 5]],
    "causes": [["official", "cholera"], ["local", "cholera"]],
    "dates": [],
}


def test_tally_reports_each_texts_misses_and_extras():
    report: dict = {}
    tallies = eval_extract.tally([RECORD], report=report)
    assert tallies["counts"] == [1, 1, 2]
    assert report["t1"]["counts"] == {"missed": [["cases", 5]], "extra": []}
    assert report["t1"]["causes"] == {"missed": [["local", "cholera"]], "extra": []}
    assert report["t1"]["regions"] == {"missed": [], "extra": []}
    json.dumps(report)  # (saved as JSON)


def test_compare_reports_names_what_was_gained_and_lost():
    new: dict = {}
    eval_extract.tally([RECORD], report=new)
    old = copy.deepcopy(new)
    old["t1"]["counts"]["missed"].append(["deaths", 12])  # then missed, now found
    old["t1"]["causes"]["extra"].append(["independent", "cholera"])  # then wrong, now gone
    new["t1"]["regions"]["extra"].append("KP-01")  # now wrong
    changes = eval_extract.compare_reports(old, new)
    assert changes == [
        ("t1", "regions", "wrong +", '"KP-01"'),
        ("t1", "counts", "right +", '["deaths", 12]'),
        ("t1", "causes", "wrong -", '["independent", "cholera"]'),
    ]
    assert eval_extract.compare_reports(new, new) == []
    assert eval_extract.compare_reports({}, new) == []  # a text not in the saved report


def test_the_script_saves_a_report_and_compares_with_it(tmp_path):
    saved = tmp_path / "report.json"
    script = [sys.executable, str(ROOT / "bench" / "eval_extract.py"), "--set", "development"]
    first = subprocess.run([*script, "--save", str(saved)], capture_output=True, text=True)
    assert first.returncode == 0, first.stderr
    report = json.loads(saved.read_text(encoding="utf-8"))
    # (the seed article is read from outside the repository, and skipped where it is absent)
    expected = eval_extract.load_records(eval_extract.EVAL_SET)
    assert sorted(report["development"]) == sorted(r["id"] for r in expected)
    again = subprocess.run([*script, "--compare", str(saved)], capture_output=True, text=True)
    assert again.returncode == 0, again.stderr
    assert "no change against the saved report" in again.stdout
    missing = subprocess.run(
        [*script, "--compare", str(tmp_path / "absent.json")], capture_output=True, text=True
    )
    assert missing.returncode == 2
    assert "cannot read a saved report" in missing.stderr
