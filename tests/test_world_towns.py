"""The world towns table (data/gazetteer/towns_world.csv) and its look-up, on the real file."""

from __future__ import annotations

import csv
import hashlib
import importlib.util
import sys
from pathlib import Path

import pytest

from dashboard.extract.world_towns import (
    CITY_SIZE,
    COLUMNS,
    DOMINANCE,
    WORLD_TOWNS_CSV,
    dominant_country,
    load_world_towns,
    lookup_world_city,
    lookup_world_town,
    world_town_countries,
)
from dashboard.gazetteer import DATA_DIR, load_gazetteer, normalise

ROOT = Path(__file__).resolve().parent.parent
SCRIPT = ROOT / "scripts" / "build_world_towns.py"


def _script():
    spec = importlib.util.spec_from_file_location("build_world_towns", SCRIPT)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclasses look themselves up there
    spec.loader.exec_module(module)
    return module


def _rows() -> list[dict[str, str]]:
    with WORLD_TOWNS_CSV.open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _population(spelling: str, country: str) -> dict[str, int]:
    """Region -> population of its most populous town of that spelling."""
    key, out = normalise(spelling), {}
    for town in load_world_towns():
        forms = (town.name, town.ascii_name, *town.alternate_names)
        if town.country == country and any(normalise(f) == key for f in forms):
            out[town.iso_3166_2] = max(out.get(town.iso_3166_2, 0), town.population)
    return out


# Checked by hand: each town lies in that first-level region.
SAMPLE = [
    ("Bekasi", "ID", "ID-JB"),
    ("Port Sudan", "SD", "SD-RS"),
    ("Bishkek", "KG", "KG-GB"),
    ("Dar es Salaam", "TZ", "TZ-02"),
    ("Mykolaiv", "UA", "UA-48"),
    ("Lusaka", "ZM", "ZM-09"),
    ("Manaus", "BR", "BR-AM"),
    ("Kozhikode", "IN", "IN-KL"),
    ("Goma", "CD", "CD-NK"),
    ("Herat", "AF", "AF-HER"),
    ("Jalalabad", "AF", "AF-NAN"),
    ("Jalal-Abad", "KG", "KG-J"),
    ("Mariupol", "UA", "UA-14"),
    ("Kharkiv", "UA", "UA-63"),
    ("El Fasher", "SD", "SD-DN"),
    ("Nyala", "SD", "SD-DS"),
    ("Maiduguri", "NG", "NG-BO"),
    ("Mosul", "IQ", "IQ-NI"),
    ("Erbil", "IQ", "IQ-AR"),
    ("Aleppo", "SY", "SY-HL"),
    ("Kismayo", "SO", "SO-JH"),
    ("Peshawar", "PK", "PK-KP"),
    ("Lille", "FR", "FR-HDF"),
    ("Kraków", "PL", "PL-12"),
]


@pytest.mark.parametrize(("spelling", "country", "code"), SAMPLE)
def test_sample_of_towns_abroad(spelling, country, code):
    found = lookup_world_town(spelling, {country})
    assert found is not None, spelling
    assert found[:2] == (code, country)


def test_osh_is_in_osh():
    found = lookup_world_town("Osh", {"KG"})
    assert found is not None and found[0] in {"KG-GO", "KG-O"}


def test_result_names_the_town():
    assert lookup_world_town("Port Sudan", {"SD"}) == ("SD-RS", "SD", "Port Sudan")
    assert lookup_world_town("Calicut", {"IN"}) == ("IN-KL", "IN", "Kozhikode")


def test_only_the_texts_countries():
    # Heredia is a town of Costa Rica, and a surname: a text about Peru has no town of it
    assert "CR" in world_town_countries("Heredia")
    assert "PE" not in world_town_countries("Heredia")
    assert lookup_world_town("Heredia", {"PE"}) is None
    assert lookup_world_town("Heredia", {"CR"})[:2] == ("CR-H", "CR")
    assert lookup_world_town("Heredia", {"PE", "CR"})[:2] == ("CR-H", "CR")
    # Most is a Czech town and an English word
    assert lookup_world_town("Most", {"GB", "US"}) is None
    assert lookup_world_town("Most", {"CZ"})[:2] == ("CZ-42", "CZ")
    assert lookup_world_town("Bekasi", set()) is None
    assert lookup_world_town("Bekasi", {"id"})[0] == "ID-JB"  # codes in any case


def test_two_regions_need_a_tenfold_lead():
    # Jalalabad (Afghanistan) and Jalal-Abad (Kyrgyzstan) meet on one key, neither 10x the other
    af, kg = _population("Jalalabad", "AF"), _population("Jalalabad", "KG")
    assert af and kg and max(af.values()) < DOMINANCE * max(kg.values())
    assert lookup_world_town("Jalalabad", {"AF", "KG"}) is None
    # two Indian Jalalabads, in Punjab and Uttar Pradesh, of like size
    india = _population("Jalalabad", "IN")
    assert len(india) >= 2
    assert lookup_world_town("Jalalabad", {"IN"}) is None
    # Kandahar the Afghan city is more than ten times Kandahar in Maharashtra
    kandahar = _population("Kandahar", "AF")["AF-KAN"]
    assert kandahar >= DOMINANCE * max(_population("Kandahar", "IN").values())
    assert lookup_world_town("Kandahar", {"AF", "IN"})[:2] == ("AF-KAN", "AF")
    assert lookup_world_town("Kandahar", {"IN"})[:2] == ("IN-MH", "IN")


def test_alternate_names_and_spellings():
    assert lookup_world_town("Nikolaev", {"UA"})[0] == "UA-48"  # Mykolayiv
    assert lookup_world_town("Akyab", {"MM"})[0] == "MM-16"  # Sittwe
    assert lookup_world_town("만달레이", {"MM"})[0] == "MM-04"  # Mandalay, in Hangul
    assert lookup_world_town("PORT-SUDAN", {"SD"})[0] == "SD-RS"
    assert lookup_world_town("Herāt", {"AF"})[0] == "AF-HER"
    # a spelling in more words than any of the town's names is not the town
    assert lookup_world_town("Bek Asi", {"ID"}) is None
    assert lookup_world_town("", {"ID"}) is None
    assert world_town_countries("") == set()


def test_a_towns_own_name_outranks_another_towns_alternate_name():
    # Warsaw, the larger city, is also "Phoenix City" among its other names, which meets
    # "Phoenix" on the normalised key
    phoenix = [t for t in load_world_towns() if "Phoenix City" in t.alternate_names]
    assert any(t.country == "PL" and t.population > 1_650_070 for t in phoenix)
    assert dominant_country("PHOENIX", factor=3) == "US"
    # "Samarkand" was once a name of Temirtau (Kazakhstan): the Uzbek city bears it as its own
    assert dominant_country("Samarkand", factor=3) == "UZ"
    # a name that is only ever another name still counts
    assert dominant_country("Nikolaev", factor=3) == "UA"


def test_a_city_of_a_text_that_names_no_country():
    assert lookup_world_city("Stuttgart") == ("DE-BW", "DE", "Stuttgart")
    assert lookup_world_city("Samarkand")[:2] == ("UZ-SA", "UZ")
    # a small town, even the only one so called, is not looked for the world over
    rudnyy = [t for t in load_world_towns() if t.name == "Rudnyy"]
    assert rudnyy and rudnyy[0].population < CITY_SIZE
    assert lookup_world_city("Rudnyy") is None
    # a city's other names count when no city bears the name as its own
    assert lookup_world_city("Cologne")[:2] == ("DE-NW", "DE")
    assert lookup_world_city("") is None


def test_every_code_is_a_region_the_gazetteer_knows():
    gazetteer = load_gazetteer()
    bad = []
    for row in _rows():
        region = gazetteer.region(row["iso_3166_2"])
        if region is None or region.level != "subdivision" or region.country != row["country"]:
            bad.append((row["name"], row["country"], row["iso_3166_2"]))
    assert not bad, bad[:20]


def test_rows_are_sorted_unique_and_clean():
    with WORLD_TOWNS_CSV.open(encoding="utf-8", newline="") as f:
        assert next(csv.reader(f)) == list(COLUMNS)
    rows = _rows()
    assert len(rows) > 30000

    def order(r):
        return (r["country"], r["iso_3166_2"], r["ascii_name"].casefold(), int(r["geonameid"]))

    assert rows == sorted(rows, key=order)
    ids = [r["geonameid"] for r in rows]
    assert len(ids) == len(set(ids))
    assert not {r["country"] for r in rows} & {"KP", "VN"}
    for row in rows:
        assert int(row["population"]) >= 15000
        assert row["name"].strip() and row["ascii_name"].isascii()
        alternates = [a for a in row["alternate_names"].split("|") if a]
        assert all(len(a) >= 4 for a in alternates), row["name"]
        keys = [normalise(a) for a in alternates]
        assert len(keys) == len(set(keys)), row["name"]


def test_sources_cite_this_file():
    digest = hashlib.sha256(WORLD_TOWNS_CSV.read_bytes()).hexdigest()
    sources = (DATA_DIR / "SOURCES.md").read_text(encoding="utf-8")
    assert "## `towns_world.csv`" in sources
    assert digest in sources, "towns_world.csv changed: update its sha256 in SOURCES.md"


def test_the_script_makes_this_file(tmp_path):
    script = _script()
    if not script.inputs_present():
        pytest.skip(
            f"build inputs not in {script.inputs_dir()}: "
            "run scripts/build_world_towns.py --fetch to check the CSV is reproducible"
        )
    out = tmp_path / "towns_world.csv"
    assert script.main(["--output", str(out)]) == 0
    assert out.read_bytes() == WORLD_TOWNS_CSV.read_bytes()


def test_a_word_may_begin_a_town_only_when_some_spelling_begins_with_it():
    from dashboard.extract.world_towns import may_begin_world_town

    assert may_begin_world_town("Port")  # Port Sudan, Port Moresby ...
    assert may_begin_world_town("Bayannur")  # the whole of "Bayan Nur" in one word
    assert not may_begin_world_town("Xqzv")
