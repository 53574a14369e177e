"""The gazetteer on its real data: pycountry, the DPRK crosswalk, GeoNames, Open Admin Data."""

from __future__ import annotations

import csv
import re
import time
from pathlib import Path

import pycountry
import pytest

from dashboard.gazetteer import (
    DATA_DIR,
    Gazetteer,
    load_gazetteer,
    normalise,
    resolve,
)

CROSSWALK = DATA_DIR / "admin1_crosswalk.csv"
OPEN_ADMIN = DATA_DIR / "admin_divisions_openadmindata.csv"

# Columns of the crosswalk that are codes of other systems, not spellings of a name.
NOT_NAMES = {"iso_3166_2", "gadm41_HASC_1", "geonames_admin1_code", "open_admin_data_id_NOT_ISO"}


def _crosswalk_rows() -> list[dict[str, str]]:
    with CROSSWALK.open(encoding="utf-8", newline="") as f:
        return [row for row in csv.DictReader(f) if row["iso_3166_2"]]


def _spellings(row: dict[str, str]) -> list[tuple[str, str]]:
    """(column, spelling) for every spelling in a row: cells split on "|" and ";"; a cell in
    parentheses is a note whose first item is the name."""
    out = []
    for column, cell in row.items():
        cell = (cell or "").strip()
        if column in NOT_NAMES or not cell:
            continue
        if cell.startswith("(") and cell.endswith(")"):
            cell = re.split(r"[;,]", cell[1:-1])[0]
        out.extend((column, part.strip()) for part in re.split(r"[|;]", cell) if part.strip())
    return out


CROSSWALK_CASES = [
    pytest.param(row["iso_3166_2"], spelling, id=f"{row['iso_3166_2']}-{column}-{spelling}")
    for row in _crosswalk_rows()
    for column, spelling in _spellings(row)
]


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return load_gazetteer()


# ---- North Korea: Ryanggang and Hyesan -------------------------------------------------------


@pytest.mark.parametrize(
    "name",
    [
        "Yanggang Province",
        "량강도",
        "Ryanggang-do",
        "양강도",
        "Ryangkang",
        "Ryanggang",
        "Yanggang",
        "Yanggang-do",
        "Ryanggang Province",
        "Yanggang Prov.",
        "량강",
        "  RYANGGANG  ",
    ],
)
def test_spellings_of_ryanggang_resolve_exactly_to_kp10(gaz, name):
    r = gaz.resolve(name)
    assert r.status == "region", r.message()
    assert r.region.code == "KP-10"
    assert r.region.name == "Ryanggang"
    assert r.score == 100 and not r.fuzzy and r.ok
    assert r.place is None


@pytest.mark.parametrize("code, spelling", CROSSWALK_CASES)
def test_every_crosswalk_spelling_resolves_to_its_own_code(gaz, code, spelling):
    r = gaz.resolve(spelling, fuzzy=False)
    assert r.status == "region", r.message()
    assert r.region.code == code


def test_crosswalk_covers_every_pycountry_subdivision_of_kp():
    codes = {row["iso_3166_2"] for row in _crosswalk_rows()}
    assert codes == {s.code for s in pycountry.subdivisions.get(country_code="KP")}


def test_kp_labels_are_the_crosswalk_common_english_names(gaz):
    for row in _crosswalk_rows():
        assert gaz.label(row["iso_3166_2"]) == row["name_en_common"]


@pytest.mark.parametrize(
    "oad_id",
    [
        row["open_admin_data_id_NOT_ISO"]
        for row in _crosswalk_rows()
        if row["open_admin_data_id_NOT_ISO"]
    ],
)
def test_open_admin_data_ids_in_the_crosswalk_are_never_iso_codes(gaz, oad_id):
    r = gaz.resolve(oad_id)
    assert r.region is None, f"{oad_id} must not resolve: {r.message()}"
    assert gaz.region(oad_id) is None


def test_open_admin_data_provinces_map_by_name_not_by_id(gaz):
    with OPEN_ADMIN.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(line for line in f if not line.startswith("#")))
    provinces = [row for row in rows if row["level"] == "1"]
    assert provinces, "the file has province rows"
    by_name = {row["name.en"]: gaz.resolve(row["name.en"], fuzzy=False) for row in provinces}
    assert all(r.status == "region" for r in by_name.values())
    assert by_name["Ryanggang"].region.code == "KP-10"  # Open Admin Data's KP01
    assert by_name["Pyongyang"].region.code == "KP-01"  # Open Admin Data's KP10


def test_hyesan_is_a_place_in_kp10_with_coordinates(gaz):
    r = gaz.resolve("Hyesan")
    assert r.status == "place", r.message()
    assert r.place.name == "Hyesan"
    assert r.place.region_code == "KP-10" and r.region.code == "KP-10"
    assert r.place.country == "KP"
    assert r.place.latitude == pytest.approx(41.40167)
    assert r.place.longitude == pytest.approx(128.17778)
    assert r.place.geonameid == 2043837
    assert r.place.population and r.place.population > 100_000
    assert r.score == 100 and not r.fuzzy


@pytest.mark.parametrize("name", ["혜산", "혜산시", "Hyesan-si", "Hyesan City", "hyesan", "Keizan"])
def test_other_spellings_of_hyesan_give_the_same_place(gaz, name):
    r = gaz.resolve(name)
    assert r.status == "place", r.message()
    assert (r.place.name, r.region.code) == ("Hyesan", "KP-10")


def test_hyesan_dong_is_a_place_of_its_own(gaz):
    r = gaz.resolve("Hyesan-dong")
    assert r.status == "place" and r.place.name == "Hyesan-dong"


@pytest.mark.parametrize(
    "name, code", [("Pyongyang", "KP-01"), ("Kaesong", "KP-15"), ("Nampo", "KP-14")]
)
def test_a_region_beats_a_same_named_place_inside_it(gaz, name, code):
    assert any(
        p.region_code == code and normalise(p.name) == normalise(name) for p in gaz.places("KP")
    )
    r = gaz.resolve(name)
    assert r.status == "region", r.message()
    assert r.region.code == code


def test_a_place_named_like_a_region_elsewhere_is_ambiguous(gaz):
    # GeoNames lists "Tainan" among the names of T'aet'an-ŭp (KP-05); Tainan is also TW-TNN.
    r = gaz.resolve("Tainan")
    assert r.status == "ambiguous", r.message()
    assert "Tainan (TW-TNN)" in r.candidates
    assert any(c.endswith("(KP-05)") for c in r.candidates)
    assert r.region is None and r.place is None


def test_a_province_word_picks_the_province_over_towns_of_that_name(gaz):
    assert gaz.resolve("Kogen").status == "ambiguous"  # Kangwon, or the towns Kōgen
    r = gaz.resolve("Kogen-do")
    assert r.status == "region" and r.region.code == "KP-07"


@pytest.mark.parametrize("name", ["라선시", "나선시", "나선", "Rason", "Rajin-Sonbong"])
def test_north_and_south_korean_forms_of_rason_meet(gaz, name):
    r = gaz.resolve(name)
    assert r.status == "region" and r.region.code == "KP-13", r.message()


# ---- fuzzy matching ------------------------------------------------------------------------


@pytest.mark.parametrize(
    "name, code, place",
    [
        ("Ryangang", "KP-10", None),
        ("Yangang Province", "KP-10", None),
        ("Ryanggnag", "KP-10", None),
        ("Hyesna", "KP-10", "Hyesan"),
        ("Hyesann", "KP-10", "Hyesan"),
        ("Nort Pyongan", "KP-03", None),
        ("Chongjn", "KP-09", "Chongjin"),
        ("Californa", "US-CA", None),
    ],
)
def test_small_misspellings_resolve_fuzzily(gaz, name, code, place):
    r = gaz.resolve(name)
    assert r.ok, r.message()
    assert r.region.code == code
    assert (r.place.name if r.place else None) == place
    assert r.fuzzy and 88 <= r.score < 100
    assert r.matched
    assert "taken as" in r.message()


def test_misspellings_are_not_resolved_when_fuzzy_is_off(gaz):
    r = gaz.resolve("Hyesna", fuzzy=False)
    assert r.status == "unknown" and r.region is None


def test_a_fuzzy_tie_between_two_regions_is_not_guessed(gaz):
    # "Hamgyong" is the stem of both North and South Hamgyong
    r = gaz.resolve("Hamgyong")
    assert not r.ok
    assert {"South Hamgyong (KP-08)", "North Hamgyong (KP-09)"} <= set(r.candidates)


# ---- other countries -----------------------------------------------------------------------


def test_georgia_is_ambiguous_and_lists_both(gaz):
    r = gaz.resolve("Georgia")
    assert r.status == "ambiguous"
    assert r.region is None and r.place is None and not r.ok
    assert "Georgia (GE)" in r.candidates and "Georgia (US-GA)" in r.candidates
    assert len(r.candidates) <= 8
    assert r.message() == '"Georgia" is ambiguous: Georgia (GE), Georgia (US-GA); give the ISO code'


@pytest.mark.parametrize("country, code", [("US", "US-GA"), ("us", "US-GA"), ("GE", "GE")])
def test_country_restriction_settles_georgia(gaz, country, code):
    r = gaz.resolve("Georgia", country=country)
    assert r.status == "region" and r.region.code == code


def test_country_restriction_excludes_other_countries(gaz):
    assert gaz.resolve("Hyesan", country="US").status == "unknown"
    assert gaz.resolve("Californa", country="US").region.code == "US-CA"


@pytest.mark.parametrize(
    "name, code",
    [
        ("Lombardia", "IT-25"),
        ("Lombardy", "IT-25"),
        ("California", "US-CA"),
        ("Bavaria", "DE-BY"),
        ("Catalunya", "ES-CT"),
        ("Cataluña", "ES-CT"),
        ("Île-de-France", "FR-IDF"),
        ("Ile de France", "FR-IDF"),
        ("Comunidad de Madrid", "ES-MD"),
        ("İstanbul", "TR-34"),
        ("North Korea", "KP"),
        ("Democratic People's Republic of Korea", "KP"),
        ("PRK", "KP"),
    ],
)
def test_other_regions_and_countries_by_name(gaz, name, code):
    r = gaz.resolve(name)
    assert r.status == "region", r.message()
    assert r.region.code == code


def test_korea_alone_is_ambiguous(gaz):
    r = gaz.resolve("Korea")
    assert r.status == "ambiguous"
    assert set(r.candidates) >= {"North Korea (KP)", "South Korea (KR)"}


# ---- codes, unknowns, edge cases -------------------------------------------------------------


@pytest.mark.parametrize("text", ["KP-10", "kp-10", " Kp-10 "])
def test_a_subdivision_code_resolves_to_itself(gaz, text):
    r = gaz.resolve(text)
    assert r.status == "region" and r.region.code == "KP-10" and r.score == 100


@pytest.mark.parametrize("text", ["KP", "kp"])
def test_a_country_code_resolves_to_the_country(gaz, text):
    r = gaz.resolve(text)
    assert r.status == "region"
    assert r.region.code == "KP" and r.region.level == "country" and r.region.type == "Country"


@pytest.mark.parametrize("name", ["Atlantis Province", "qwertyuiop"])
def test_unknown_names_say_so(gaz, name):
    r = gaz.resolve(name)
    assert r.status == "unknown" and not r.ok
    assert r.region is None and r.place is None
    assert r.message().startswith(f'unknown place "{name}"')
    assert len(r.candidates) <= 3


def test_unknown_names_offer_suggestions_when_something_is_close(gaz):
    r = gaz.resolve("Atlantis Province")
    assert r.candidates
    assert "did you mean" in r.message()


@pytest.mark.parametrize("text", ["", "   ", "\t\n"])
def test_empty_input_is_unknown(gaz, text):
    r = gaz.resolve(text)
    assert r.status == "unknown"
    assert r.message() == "empty place name"


def test_module_level_resolve_uses_the_shared_gazetteer():
    assert load_gazetteer() is load_gazetteer()
    r = resolve("양강도")
    assert r.region.code == "KP-10"


# ---- regions, places, names, labels ----------------------------------------------------------


def test_regions_cover_every_pycountry_country_and_subdivision(gaz):
    regions = gaz.regions()
    assert len(regions) == len(pycountry.subdivisions) + len(pycountry.countries)
    codes = {r.code for r in regions}
    assert codes == {s.code for s in pycountry.subdivisions} | {
        c.alpha_2 for c in pycountry.countries
    }


def test_regions_of_one_country(gaz):
    kp = gaz.regions("KP")
    assert kp[0].code == "KP" and kp[0].level == "country"
    assert {r.code for r in kp[1:]} == {
        s.code for s in pycountry.subdivisions.get(country_code="KP")
    }


def test_region_fields(gaz):
    r = gaz.region("kp-10")
    assert (r.code, r.country, r.name, r.level, r.type, r.parent) == (
        "KP-10",
        "KP",
        "Ryanggang",
        "subdivision",
        "Province",
        None,
    )
    assert gaz.region("IT-MI").parent == "IT-25"
    assert gaz.region("XX-99") is None


def test_labels(gaz):
    assert gaz.label("KP-10") == "Ryanggang"
    assert gaz.label("kp-01") == "Pyongyang"
    assert gaz.label("US-CA") == "California"
    assert gaz.label("KP") == "North Korea"
    assert gaz.label("XX-99") == "XX-99"


def test_names_lists_every_spelling_of_a_region(gaz):
    names = gaz.names("KP-10")
    assert names[0] == "Ryanggang"
    assert {"량강도", "양강도", "Yanggang", "Ryanggang-do", "Ryangkangto"} <= set(names)
    assert "KP01" not in names  # Open Admin Data's id is not a name
    assert "DPRK" not in gaz.names("KP-07")  # "Gangwon (DPRK)" qualifies, it is no name


def test_bracketed_additions_to_iso_names_are_names_too(gaz):
    assert gaz.resolve("Honiara").region.code == "SB-CT"  # "Capital Territory (Honiara)"
    assert gaz.resolve("Sir Ynys Môn").region.code == "GB-AGY"  # "[Sir Ynys Môn GB-YNM]"
    assert gaz.resolve("DPRK").region.code == "KP"
    assert gaz.names("XX-99") == []


def test_places_come_from_geonames_once_each(gaz):
    with (DATA_DIR / "places_geonames.csv").open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    places = gaz.places("KP")
    ids = [p.geonameid for p in places if p.geonameid is not None]
    assert len(ids) == len(set(ids)) == len(rows)
    assert all(gaz.region(p.region_code) for p in gaz.places())
    assert gaz.places("US") == []


# ---- normalisation and speed -----------------------------------------------------------------


@pytest.mark.parametrize(
    "a, b",
    [
        ("Yanggang Province", "Yanggang"),
        ("Ryanggang-do", "Ryanggang"),
        ("Ryanggang do", "Ryanggang"),
        ("량강도", "양강"),
        ("P’yŏngyang", "Pyongyang"),
        ("P'yongyang", "P`yongyang"),
        ("Hyesan City", "Hyesan"),
        ("Hyesan-si", "Hyesan"),
        ("Pyongan-namdo", "Pyongan namdo"),
        ("Nampho Special City", "Nampho"),
        ("State of Georgia", "Georgia"),
        ("Île-de-France", "ile de france"),
        ("ＲＹＡＮＧＧＡＮＧ", "ryanggang"),  # fullwidth letters, NFKC
    ],
)
def test_normalise_makes_spellings_meet(a, b):
    assert normalise(a) == normalise(b) != ""


def test_normalise_keeps_a_name_that_is_only_a_generic_word():
    assert normalise("Province") == "province"
    assert normalise("Do") == "do"


def test_gazetteer_builds_fast_and_exact_lookups_are_cheap():
    start = time.perf_counter()
    gaz = Gazetteer()
    assert time.perf_counter() - start < 1.0
    start = time.perf_counter()
    for _ in range(1000):
        gaz.resolve("Yanggang Province")
    assert (time.perf_counter() - start) / 1000 < 1e-4  # well under a tenth of a millisecond


def test_data_files_are_in_place():
    for name in (
        "admin1_crosswalk.csv",
        "places_geonames.csv",
        "admin_divisions_openadmindata.csv",
        "PRK_ADM1.geojson",
        "PRK_ADM1.topojson",
        "PRK_ADM1.metadata.json",
        "SOURCES.md",
    ):
        assert (DATA_DIR / name).is_file(), name
    assert DATA_DIR == Path(__file__).resolve().parent.parent / "data" / "gazetteer"
