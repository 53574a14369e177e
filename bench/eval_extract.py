"""Extraction accuracy on the labelled set: precision, recall and F1 per field.

Usage: python bench/eval_extract.py [--verbose]  (``make eval``)

Fields, each compared as a set per text and summed over texts (micro-averaged):
- regions: ISO 3166-2 codes of the places found (countries alone are not regions);
- counts: (measure, number) of claims with a count;
- causes: (voice, normalised cause) of claims with a cause;
- dates: (date or null, precision) of the date mentions.
A record with "text_file" reads its text from that path (relative to the repository); it is
skipped, with a note, when the file is absent.
"""

from __future__ import annotations

import json
import sys
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from dashboard.extract import extract  # noqa: E402

EVAL_SET = ROOT / "tests" / "eval" / "extraction_set.jsonl"
FIELDS = ("regions", "counts", "causes", "dates")
TARGET = 0.9


def load_records(path: Path = EVAL_SET) -> list[dict]:
    records = []
    for line in path.read_text(encoding="utf-8").splitlines():
        if not line.strip():
            continue
        record = json.loads(line)
        if "text_file" in record:
            source = (ROOT / record["text_file"]).resolve()
            if not source.exists():
                print(f"skipped {record['id']}: {record['text_file']} not found")
                continue
            record["text"] = source.read_text(encoding="utf-8")
        records.append(record)
    return records


def found_fields(result: dict) -> dict[str, set]:
    claims = result["claims"]
    return {
        "regions": {p["region"] for p in result["places"] if p["region"]},
        "counts": {(c["measure"], c["count"]) for c in claims if c["count"] is not None},
        "causes": {(c["voice"], c["cause"]) for c in claims if c["cause"]},
        "dates": {(d["date"], d["precision"]) for d in result["dates"]},
    }


def expected_fields(record: dict) -> dict[str, set]:
    return {
        "regions": set(record["regions"]),
        "counts": {(m, n) for m, n in record["counts"]},
        "causes": {(v, c) for v, c in record["causes"]},
        "dates": {(d, p) for d, p in record["dates"]},
    }


def evaluate(records: list[dict], verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    tallies = {f: [0, 0, 0] for f in FIELDS}  # true positives, found, expected
    for record in records:
        published = date.fromisoformat(record["published"]) if record["published"] else None
        got = found_fields(extract(record["text"], published))
        want = expected_fields(record)
        for field in FIELDS:
            hits = got[field] & want[field]
            tallies[field][0] += len(hits)
            tallies[field][1] += len(got[field])
            tallies[field][2] += len(want[field])
            if verbose and got[field] != want[field]:
                missed = sorted(want[field] - got[field], key=str)
                extra = sorted(got[field] - want[field], key=str)
                print(f"{record['id']:<24} {field:<8} missed {missed} extra {extra}")
    scores = {}
    for field, (tp, found, expected) in tallies.items():
        precision = tp / found if found else 1.0
        recall = tp / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[field] = (precision, recall, f1)
    return scores


def main() -> int:
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    records = load_records()
    scores = evaluate(records, verbose)
    print(f"extraction evaluation: {len(records)} texts ({EVAL_SET.relative_to(ROOT)})")
    print(f"{'field':<10}{'precision':>10}{'recall':>10}{'F1':>10}")
    for field, (p, r, f1) in scores.items():
        flag = "" if f1 >= TARGET else f"  below target {TARGET}"
        print(f"{field:<10}{p:>10.3f}{r:>10.3f}{f1:>10.3f}{flag}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
