"""Extraction accuracy on the labelled sets: precision, recall and F1 per field and per set.

Usage: python bench/eval_extract.py [--verbose] [--set NAME] [--save FILE] [--compare FILE]
(``make eval``)

``--save FILE`` writes each text's misses and extras per field as JSON; ``--compare FILE``
prints, text by text, what changed against such a file saved before (by an earlier version of
the extractor): items found right or wrong that were not, and items lost.

Sets (tests/eval/README.md says how each was written, and records every first score):
- development: written alongside the extractor, so its score is optimistic;
- held out, and held out 2 to 103: each written blind (from held out 4 on, by a writer who
  never read the extractor nor ran it), scored once, then tuned on; their later scores are no
  longer estimates;
- the eight newest scored blind sets (held out 104 to 111): their first score, all eight with
  the extractor at the end of round forty-three, is the honest estimate (the first step of
  round forty-four was tuned on them after it, so their scores now are not);
- sets written blind for a later round are not listed until their first score.

Fields, each compared as a set per text and summed over texts (micro-averaged):
- regions: ISO 3166-2 codes of the places found (countries alone are not regions);
- counts: (measure, number) of claims with a count;
- causes: (voice, normalised cause) of claims with a cause, the labels normalised by the same
  function as the extractor's output (so spellings of one disease are one cause);
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

from dashboard.causes import normalise_cause  # noqa: E402
from dashboard.extract import extract  # noqa: E402

EVAL_DIR = ROOT / "tests" / "eval"
EVAL_SET = EVAL_DIR / "extraction_set.jsonl"
# (name, file, note printed beside the scores)
SETS: tuple[tuple[str, Path, str], ...] = (
    ("development", EVAL_SET, "written with the extractor: optimistic"),
    (
        "held out",
        EVAL_DIR / "heldout_set.jsonl",
        "HELD OUT, labelled blind; its first (pre-fix) score is in tests/eval/README.md",
    ),
    (
        "held out 2",
        EVAL_DIR / "heldout2_set.jsonl",
        "labelled blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 3",
        EVAL_DIR / "heldout3_set.jsonl",
        "labelled blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 4",
        EVAL_DIR / "heldout4_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 5",
        EVAL_DIR / "heldout5_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 6",
        EVAL_DIR / "heldout6_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 7",
        EVAL_DIR / "heldout7_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 8",
        EVAL_DIR / "heldout8_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 9",
        EVAL_DIR / "heldout9_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 10",
        EVAL_DIR / "heldout10_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 11",
        EVAL_DIR / "heldout11_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 12",
        EVAL_DIR / "heldout12_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 13",
        EVAL_DIR / "heldout13_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 14",
        EVAL_DIR / "heldout14_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 15",
        EVAL_DIR / "heldout15_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 16",
        EVAL_DIR / "heldout16_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 17",
        EVAL_DIR / "heldout17_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 18",
        EVAL_DIR / "heldout18_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 19",
        EVAL_DIR / "heldout19_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 20",
        EVAL_DIR / "heldout20_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 21",
        EVAL_DIR / "heldout21_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 22",
        EVAL_DIR / "heldout22_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 23",
        EVAL_DIR / "heldout23_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 24",
        EVAL_DIR / "heldout24_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 25",
        EVAL_DIR / "heldout25_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 26",
        EVAL_DIR / "heldout26_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 27",
        EVAL_DIR / "heldout27_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 28",
        EVAL_DIR / "heldout28_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 29",
        EVAL_DIR / "heldout29_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 30",
        EVAL_DIR / "heldout30_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 31",
        EVAL_DIR / "heldout31_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 32",
        EVAL_DIR / "heldout32_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 33",
        EVAL_DIR / "heldout33_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 34",
        EVAL_DIR / "heldout34_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 35",
        EVAL_DIR / "heldout35_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 36",
        EVAL_DIR / "heldout36_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 37",
        EVAL_DIR / "heldout37_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 38",
        EVAL_DIR / "heldout38_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 39",
        EVAL_DIR / "heldout39_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 40",
        EVAL_DIR / "heldout40_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 41",
        EVAL_DIR / "heldout41_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 42",
        EVAL_DIR / "heldout42_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 43",
        EVAL_DIR / "heldout43_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 44",
        EVAL_DIR / "heldout44_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 45",
        EVAL_DIR / "heldout45_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 46",
        EVAL_DIR / "heldout46_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 47",
        EVAL_DIR / "heldout47_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 48",
        EVAL_DIR / "heldout48_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 49",
        EVAL_DIR / "heldout49_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 50",
        EVAL_DIR / "heldout50_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 51",
        EVAL_DIR / "heldout51_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 52",
        EVAL_DIR / "heldout52_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 53",
        EVAL_DIR / "heldout53_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 54",
        EVAL_DIR / "heldout54_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 55",
        EVAL_DIR / "heldout55_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 56",
        EVAL_DIR / "heldout56_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 57",
        EVAL_DIR / "heldout57_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 58",
        EVAL_DIR / "heldout58_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 59",
        EVAL_DIR / "heldout59_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 60",
        EVAL_DIR / "heldout60_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 61",
        EVAL_DIR / "heldout61_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 62",
        EVAL_DIR / "heldout62_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 63",
        EVAL_DIR / "heldout63_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 64",
        EVAL_DIR / "heldout64_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 65",
        EVAL_DIR / "heldout65_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 66",
        EVAL_DIR / "heldout66_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 67",
        EVAL_DIR / "heldout67_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 68",
        EVAL_DIR / "heldout68_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 69",
        EVAL_DIR / "heldout69_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 70",
        EVAL_DIR / "heldout70_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 71",
        EVAL_DIR / "heldout71_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 72",
        EVAL_DIR / "heldout72_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 73",
        EVAL_DIR / "heldout73_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 74",
        EVAL_DIR / "heldout74_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 75",
        EVAL_DIR / "heldout75_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 76",
        EVAL_DIR / "heldout76_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 77",
        EVAL_DIR / "heldout77_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 78",
        EVAL_DIR / "heldout78_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 79",
        EVAL_DIR / "heldout79_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 80",
        EVAL_DIR / "heldout80_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 81",
        EVAL_DIR / "heldout81_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 82",
        EVAL_DIR / "heldout82_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 83",
        EVAL_DIR / "heldout83_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 84",
        EVAL_DIR / "heldout84_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 85",
        EVAL_DIR / "heldout85_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 86",
        EVAL_DIR / "heldout86_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 87",
        EVAL_DIR / "heldout87_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 88",
        EVAL_DIR / "heldout88_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 89",
        EVAL_DIR / "heldout89_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 90",
        EVAL_DIR / "heldout90_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 91",
        EVAL_DIR / "heldout91_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 92",
        EVAL_DIR / "heldout92_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 93",
        EVAL_DIR / "heldout93_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 94",
        EVAL_DIR / "heldout94_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 95",
        EVAL_DIR / "heldout95_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 96",
        EVAL_DIR / "heldout96_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 97",
        EVAL_DIR / "heldout97_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 98",
        EVAL_DIR / "heldout98_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 99",
        EVAL_DIR / "heldout99_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 100",
        EVAL_DIR / "heldout100_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 101",
        EVAL_DIR / "heldout101_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 102",
        EVAL_DIR / "heldout102_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 103",
        EVAL_DIR / "heldout103_set.jsonl",
        "written blind; tuned on after its first score (in tests/eval/README.md)",
    ),
    (
        "held out 104",
        EVAL_DIR / "heldout104_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 105",
        EVAL_DIR / "heldout105_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 106",
        EVAL_DIR / "heldout106_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 107",
        EVAL_DIR / "heldout107_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 108",
        EVAL_DIR / "heldout108_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 109",
        EVAL_DIR / "heldout109_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 110",
        EVAL_DIR / "heldout110_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 111",
        EVAL_DIR / "heldout111_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 112",
        EVAL_DIR / "heldout112_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 113",
        EVAL_DIR / "heldout113_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 114",
        EVAL_DIR / "heldout114_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 115",
        EVAL_DIR / "heldout115_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 116",
        EVAL_DIR / "heldout116_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 117",
        EVAL_DIR / "heldout117_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 118",
        EVAL_DIR / "heldout118_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 119",
        EVAL_DIR / "heldout119_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 120",
        EVAL_DIR / "heldout120_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 121",
        EVAL_DIR / "heldout121_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 122",
        EVAL_DIR / "heldout122_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
    (
        "held out 123",
        EVAL_DIR / "heldout123_set.jsonl",
        "written blind; its first score (tests/eval/README.md) is the estimate; tuned on since",
    ),
)
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


def _name(cause: str) -> str:
    """Both the labels and the extractor's output pass through the product's normaliser, so two
    spellings of one disease ("dengue" and "dengue fever") score as one cause."""
    return normalise_cause(cause) or cause


def found_fields(result: dict) -> dict[str, set]:
    claims = result["claims"]
    return {
        "regions": {p["region"] for p in result["places"] if p["region"]},
        "counts": {(c["measure"], c["count"]) for c in claims if c["count"] is not None},
        "causes": {(c["voice"], _name(c["cause"])) for c in claims if c["cause"]},
        "dates": {(d["date"], d["precision"]) for d in result["dates"]},
    }


def expected_fields(record: dict) -> dict[str, set]:
    return {
        "regions": set(record["regions"]),
        "counts": {(m, n) for m, n in record["counts"]},
        "causes": {(v, _name(c)) for v, c in record["causes"]},
        "dates": {(d, p) for d, p in record["dates"]},
    }


def evaluate(records: list[dict], verbose: bool = False) -> dict[str, tuple[float, float, float]]:
    return scores_from(tally(records, verbose))


def tally(
    records: list[dict], verbose: bool = False, report: dict | None = None
) -> dict[str, list[int]]:
    """Per field: [true positives, found, expected] summed over the records. ``report``, when
    given, receives each text's misses and extras: {id: {field: {"missed": [...], "extra":
    [...]}}}, the items as lists (JSON)."""
    tallies = {f: [0, 0, 0] for f in FIELDS}  # true positives, found, expected
    for record in records:
        published = date.fromisoformat(record["published"]) if record["published"] else None
        got = found_fields(extract(record["text"], published))
        want = expected_fields(record)
        if report is not None:
            report[record["id"]] = {}
        for field in FIELDS:
            hits = got[field] & want[field]
            tallies[field][0] += len(hits)
            tallies[field][1] += len(got[field])
            tallies[field][2] += len(want[field])
            missed = sorted(want[field] - got[field], key=str)
            extra = sorted(got[field] - want[field], key=str)
            if report is not None:
                report[record["id"]][field] = {
                    "missed": [_as_list(item) for item in missed],
                    "extra": [_as_list(item) for item in extra],
                }
            if verbose and got[field] != want[field]:
                print(f"{record['id']:<24} {field:<8} missed {missed} extra {extra}")
    return tallies


def _as_list(item) -> list | str:
    return list(item) if isinstance(item, tuple) else item


def compare_reports(old: dict, new: dict) -> list[tuple[str, str, str, str]]:
    """What changed from one saved report to another, text by text (texts in both only):
    (text id, field, change, item), change being "right +" (an item no longer missed),
    "right -" (an item now missed), "wrong +" (a new extra) or "wrong -" (an extra gone)."""
    changes = []
    for text_id, fields in new.items():
        before = old.get(text_id)
        if before is None:
            continue
        for field, now in fields.items():
            then = before.get(field, {"missed": [], "extra": []})
            for kind, key, sign in (
                ("right +", "missed", -1),
                ("right -", "missed", 1),
                ("wrong +", "extra", 1),
                ("wrong -", "extra", -1),
            ):
                was = {json.dumps(i) for i in then[key]}
                is_ = {json.dumps(i) for i in now[key]}
                for item in sorted(is_ - was if sign > 0 else was - is_):
                    changes.append((text_id, field, kind, item))
    return changes


def print_comparison(old: dict, new: dict) -> None:
    """Per set, the changes of ``compare_reports``, then their totals per field."""
    totals: dict[tuple[str, str], int] = {}
    for name, report in new.items():
        if name not in old:
            print(f"{name}: not in the saved report, not compared")
            continue
        for text_id, field, kind, item in compare_reports(old[name], report):
            print(f"{name:<13} {text_id:<40} {field:<8} {kind}  {item}")
            totals[(field, kind)] = totals.get((field, kind), 0) + 1
    if not totals:
        print("no change against the saved report")
    for (field, kind), n in sorted(totals.items()):
        print(f"  {field:<8} {kind}: {n}")


def scores_from(tallies: dict[str, list[int]]) -> dict[str, tuple[float, float, float]]:
    scores = {}
    for field, (tp, found, expected) in tallies.items():
        precision = tp / found if found else 1.0
        recall = tp / expected if expected else 1.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        scores[field] = (precision, recall, f1)
    return scores


def print_scores(title: str, scores: dict[str, tuple[float, float, float]]) -> None:
    print(title)
    print(f"  {'field':<10}{'precision':>10}{'recall':>10}{'F1':>10}")
    for field, (p, r, f1) in scores.items():
        flag = "" if f1 >= TARGET else f"  below target {TARGET}"
        print(f"  {field:<10}{p:>10.3f}{r:>10.3f}{f1:>10.3f}{flag}")


def _option(name: str) -> str | None:
    return sys.argv[sys.argv.index(name) + 1] if name in sys.argv[:-1] else None


def main() -> int:
    verbose = "--verbose" in sys.argv or "-v" in sys.argv
    only = _option("--set")
    save, compare = _option("--save"), _option("--compare")
    saved = None
    if compare:
        try:
            saved = json.loads(Path(compare).read_text(encoding="utf-8"))
        except (OSError, ValueError) as error:
            print(f"--compare {compare}: cannot read a saved report ({error})", file=sys.stderr)
            return 2
    reports: dict[str, dict] = {}
    combined = {f: [0, 0, 0] for f in FIELDS}
    for name, path, note in SETS:
        if only and only != name.replace(" ", ""):
            continue
        if not path.exists():
            print(f"{name}: {path.relative_to(ROOT)} not found, skipped\n")
            continue
        records = load_records(path)
        if verbose:
            print(f"-- {name}: misses and extras")
        reports[name] = {}
        tallies = tally(records, verbose, reports[name])
        for field in FIELDS:
            combined[field] = [a + b for a, b in zip(combined[field], tallies[field], strict=True)]
        title = f"{name}: {len(records)} texts ({path.relative_to(ROOT)}), {note}"
        print_scores(title, scores_from(tallies))
        print()
    if not only:
        print_scores("all sets, micro-averaged", scores_from(combined))
    if save:
        Path(save).write_text(json.dumps(reports, ensure_ascii=False), encoding="utf-8")
        print(f"\nmisses and extras of each text saved to {save}")
    if saved is not None:
        print(f"\nchanges against {compare}")
        print_comparison(saved, reports)
    return 0


if __name__ == "__main__":
    sys.exit(main())
