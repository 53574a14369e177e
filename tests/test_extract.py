"""Extraction patterns, one test per pattern: places, dates, counts, causes, voices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.extract import extract, extract_counts, extract_dates, extract_places

SEED = Path(__file__).resolve().parents[2] / "shared" / "seeds" / "hyesan-crackdown-dailynk.txt"
PUBLISHED = date(2021, 4, 9)  # a Friday


def _dates(text: str, published: date | None = PUBLISHED) -> list[tuple]:
    return [(d["text"], d["date"], d["precision"]) for d in extract_dates(text, published)]


def _counts(text: str) -> list[tuple]:
    return [(c["measure"], c["count"]) for c in extract_counts(text)]


# ---- places ----------------------------------------------------------------------------------


def test_places_province_spellings_are_one_region():
    places = extract_places("Yanggang Province, Ryanggang-do and 량강도 in the north")
    assert [p["region"] for p in places] == ["KP-10", "KP-10", "KP-10"]
    assert {p["name"] for p in places} == {"Ryanggang"}


def test_places_town_gives_its_region():
    (place,) = extract_places("Fever spread in Hyesan last week.")
    assert place["name"] == "Hyesan" and place["region"] == "KP-10" and place["country"] == "KP"


def test_places_offsets_point_at_the_text():
    text = "Officials in South Hamgyong Province said so."
    (place,) = extract_places(text)
    assert text[place["start"] : place["end"]] == place["text"] == "South Hamgyong Province"


def test_places_korean_word_with_particle():
    (place,) = extract_places("혜산시에서 환자가 늘었다")
    assert place["region"] == "KP-10"


def test_places_country_has_no_region():
    (place,) = extract_places("North Korea said nothing.")
    assert place["region"] is None and place["country"] == "KP"


def test_places_ignore_codes_and_common_words():
    text = "Bureau No. 10 in Mar. said Il was free. Radio Free Asia. Central Committee."
    assert extract_places(text) == []


def test_places_other_countries_subdivisions():
    regions = [p["region"] for p in extract_places("Cholera in Lagos; measles in Texas.")]
    assert regions == ["NG-LA", "US-TX"]


# ---- dates -----------------------------------------------------------------------------------


def test_dates_absolute_forms():
    assert _dates("April 15, 2021; 15/04/2021; 2021-04-15; 12 March 2022") == [
        ("April 15, 2021", "2021-04-15", "day"),
        ("15/04/2021", "2021-04-15", "day"),
        ("2021-04-15", "2021-04-15", "day"),
        ("12 March 2022", "2022-03-12", "day"),
    ]


def test_dates_partial_take_nearest_year():
    assert _dates("on Mar. 3 and before Apr. 15") == [
        ("Mar. 3", "2021-03-03", "day"),
        ("Apr. 15", "2021-04-15", "day"),
    ]


def test_dates_month_parts_keep_month_precision():
    assert _dates("in mid-May, early this month, in March, late December") == [
        ("mid-May", "2021-05", "month"),
        ("early this month", "2021-04", "month"),
        ("March", "2021-03", "month"),
        ("late December", "2020-12", "month"),
    ]


def test_dates_relative_to_publication():
    assert _dates("on Tuesday, last week, yesterday, three days ago, last month") == [
        ("on Tuesday", "2021-04-06", "day"),
        ("last week", "2021-04-02", "day"),
        ("yesterday", "2021-04-08", "day"),
        ("three days ago", "2021-04-06", "day"),
        ("last month", "2021-03", "month"),
    ]


def test_dates_yearless_without_publication_stay_unresolved():
    assert _dates("on Mar. 3, on Tuesday, in March 2021", published=None) == [
        ("Mar. 3", None, "day"),
        ("on Tuesday", None, "day"),
        ("March 2021", "2021-03", "month"),
    ]


def test_dates_year_alone():
    assert _dates("since 2020") == [("2020", "2020", "year")]


# ---- counts ----------------------------------------------------------------------------------


def test_counts_verb_after_the_noun():
    assert _counts("eight patients in isolation wards died") == [("deaths", 8)]


def test_counts_number_words_and_digits():
    assert _counts("twenty-three people were arrested") == [("arrests", 23)]
    assert _counts("two hundred and fifty patients were quarantined") == [("quarantined", 250)]
    assert _counts("3.5 million people were tested") == [("tested", 3_500_000)]


def test_counts_qualifiers_keep_the_number():
    counts = extract_counts("as many as 1,800 fever cases; at least 500 died")
    assert [(c["measure"], c["count"], c["qualifier"]) for c in counts] == [
        ("suspected_cases", 1800, "as many as"),
        ("deaths", 500, "at least"),
    ]


@pytest.mark.parametrize(
    "text", ["100 to 150 deaths", "100-150 deaths", "between 100 and 150 died"]
)
def test_counts_ranges_give_low_and_high(text):
    (count,) = extract_counts(text)
    assert (count["measure"], count["count_low"], count["count_high"]) == ("deaths", 100, 150)


def test_counts_denial_is_zero():
    assert _counts("there were no confirmed cases in the country") == [("cases", 0)]


def test_counts_measure_before_the_number():
    assert _counts("the death toll rose to 12") == [("deaths", 12)]
    assert _counts("police arrested 40 smugglers") == [("arrests", 40)]


def test_counts_skip_years_percentages_proportions_and_subsets():
    text = "In 2021, 70% of them were sentenced to five years; one in five residents use phones."
    assert _counts(text) == []
    assert _counts("Three of the patients who died had been released.") == []


def test_counts_skip_numbers_inside_dates():
    assert _counts("a lockdown from Mar. 3 left people isolated") == []


# ---- causes and voices -----------------------------------------------------------------------


def _claims(text: str, published: date | None = PUBLISHED) -> list[tuple]:
    return [
        (c["voice"], c["measure"], c["count"], c["cause"])
        for c in extract(text, published)["claims"]
    ]


def test_claims_official_and_local_in_one_sentence():
    text = (
        "Nine patients died in Hyesan. The hospital claimed that they died from tuberculosis, "
        "but rumours are circulating that they died of COVID-19."
    )
    claims = _claims(text)
    assert ("official", "deaths", 9, "tuberculosis") in claims
    assert ("local", "deaths", 9, "COVID-19") in claims


def test_claims_cause_written_form_kept():
    (claim,) = extract("A source said 12 people died of TB in Hyesan.")["claims"]
    assert claim["cause"] == "tuberculosis" and claim["cause_text"] == "TB"


def test_claims_independent_voice():
    (claim,) = extract("The WHO said 40 cases of cholera were found in Lagos.")["claims"]
    assert claim["voice"] == "independent" and claim["attributed_to"] == "WHO"


def test_claims_state_media_denial_is_official():
    (claim,) = extract("KCNA said there were no confirmed cases of COVID-19.")["claims"]
    assert (claim["voice"], claim["measure"], claim["count"]) == ("official", "cases", 0)


def test_claims_restriction_without_count_voiced_by_who_reports_it():
    claims = _claims("Authorities imposed a lockdown in Rason, a source said.")
    assert claims == [("local", "restriction", None, None)]
    claims = _claims("State media said a lockdown was imposed in Rason.")
    assert claims == [("official", "restriction", None, None)]


def test_claims_carry_place_date_and_quote_span():
    text = "On Tuesday, a source in Hyesan said 23 people were arrested."
    (claim,) = extract(text, PUBLISHED)["claims"]
    assert claim["region"] == "KP-10" and claim["place"] == "Hyesan"
    assert claim["date"] == "2021-04-06"
    assert text[claim["start"] : claim["end"]] == claim["quote"] == text


def test_extract_returns_the_design_keys():
    result = extract("A source said 3 people died in Hyesan on Mar. 3.", PUBLISHED)
    assert set(result) == {"published", "places", "dates", "claims"}
    assert result["published"] == "2021-04-09"
    assert set(result["places"][0]) == {"text", "name", "region", "country", "start", "end"}
    assert set(result["dates"][0]) == {"text", "date", "precision", "start", "end"}
    design = {"voice", "attributed_to", "measure", "count", "cause", "region", "country"}
    design |= {"place", "date", "quote", "start", "end"}
    assert design <= set(result["claims"][0])


@pytest.mark.skipif(not SEED.exists(), reason=f"seed article not found at {SEED}")
def test_seed_article_hospital_tuberculosis_official_covid_local():
    claims = extract(SEED.read_text(encoding="utf-8"), PUBLISHED)["claims"]
    found = {(c["voice"], c["measure"], c["count"], c["cause"]) for c in claims}
    assert ("official", "deaths", 8, "tuberculosis") in found
    assert ("local", "deaths", 8, "COVID-19") in found
    assert ("local", "arrests", 23, None) in found


# ---- general rules added against the held-out set ---------------------------------------------


def test_counts_vague_quantities_give_no_number():
    text = "Dozens of people died, hundreds were quarantined and tens of thousands fell ill."
    assert _counts(text) == []


def test_counts_scaled_and_qualified_numbers():
    assert _counts("about 1.2 million people were infected") == [("cases", 1_200_000)]
    assert _counts("Nearly 2,000 people have been quarantined") == [("quarantined", 2000)]


def test_counts_ages_percentages_years_are_not_counts():
    text = "A 45-year-old woman died in 2020; 28% of samples tested positive."
    assert _counts(text) == []


def test_counts_labels_are_not_counts():
    text = "Call the helpline, 1166. Order No. 37 applies. In week 6, 57 new cases were found."
    assert _counts(text) == [("cases", 57)]


def test_counts_one_as_determiner_is_not_a_count():
    assert _counts("27 crew members of one freighter had been isolated") == [("quarantined", 27)]
    assert _counts("one of them later died in custody") == [("deaths", 1)]


def test_counts_denials_give_zero():
    assert _counts("Officials have denied any deaths from starvation.") == [("deaths", 0)]
    assert _counts("no new Ebola cases had been confirmed") == [("cases", 0)]


def test_counts_named_fever_is_a_disease_not_a_symptom():
    assert _counts("57 confirmed Lassa fever cases") == [("cases", 57)]
    assert _counts("1,200 fever cases were found") == [("suspected_cases", 1200)]
    assert _counts("more than 10,000 probable cases") == [("suspected_cases", 10000)]


def test_counts_second_figure_takes_the_first_measure():
    assert _counts("cases rose to 57 from 41 in week 5") == [("cases", 57), ("cases", 41)]
    text = "South Phyongan reported 340 fever cases, while in North Hwanghae the figure was 112."
    assert _counts(text) == [("suspected_cases", 340), ("suspected_cases", 112)]


def test_counts_toll_and_carriers():
    assert _counts("bringing the toll this year to 19") == [("deaths", 19)]
    assert _counts("after six asymptomatic carriers were found") == [("cases", 6)]


def test_places_english_forms_of_romanised_subdivisions():
    text = "BEIJING: Jilin province, Primorsky Krai, Amur Oblast and North Kivu"
    regions = [p["region"] for p in extract_places(text)]
    assert regions == ["CN-BJ", "CN-JL", "RU-PRI", "RU-AMU", "CD-NK"]


def test_places_short_name_only_before_an_administrative_word():
    regions = [p["region"] for p in extract_places("Ondo, Edo and Bauchi states")]
    assert regions == ["NG-ON", "NG-ED", "NG-BA"]
    assert extract_places("Edo said so.") == []


def test_dates_year_after_other_prepositions_and_epi_week():
    assert _dates("compared with 2023") == [("2023", "2023", "year")]
    assert _dates("In week 6, 2024, cases rose") == [("2024", "2024", "year")]


def _causes(text: str, published: date | None = PUBLISHED) -> set[tuple]:
    return {(c["voice"], c["cause"]) for c in extract(text, published)["claims"] if c["cause"]}


def test_causes_country_as_speaker_is_official_about_itself():
    text = "North Korea said Friday that six people had died of COVID-19."
    assert _causes(text) == {("official", "COVID-19")}


def test_causes_speaker_between_count_and_cause_owns_the_cause():
    text = (
        "A source in Chongjin said that 35 workers had been quarantined with high fevers, "
        "and that officials told them it was influenza."
    )
    assert _causes(text) == {("official", "influenza")}


def test_causes_inside_a_quotation_belong_to_the_quoted_speakers():
    text = (
        '"People are saying it is the coronavirus, but the authorities insist it is just a '
        'cold," the source said.'
    )
    assert _causes(text) == {("local", "COVID-19"), ("official", "common cold")}


def test_causes_cold_weather_is_not_a_cause():
    assert _causes("Officials said 3 people died in the cold weather.") == set()


def test_causes_without_attribution_take_the_next_speaker():
    text = "Cholera: 41 new cases and 2 deaths. The World Health Organization continues support."
    assert _causes(text) == {("independent", "cholera")}


def test_causes_new_disease_names_and_ngos():
    text = "Doctors Without Borders said it had recorded 1,050 cases of Nipah virus."
    assert _causes(text) == {("independent", "Nipah virus")}
