"""Extraction patterns, one test per pattern: places, dates, counts, causes, voices."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from dashboard.causes import normalise_cause
from dashboard.extract import extract, extract_counts, extract_dates, extract_places
from dashboard.extract.voice import find_attributions

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


# ---- general rules added against held out 2 (own sentences, not the set's) --------------------


def test_dates_sentence_initial_words_in_any_case():
    assert _dates("In 2019, the clinic closed. Last week it reopened. Yesterday it closed.") == [
        ("2019", "2019", "year"),
        ("Last week", "2021-04-02", "day"),
        ("Yesterday", "2021-04-08", "day"),
    ]


def test_dates_capitalised_months_in_datelines_but_not_lower_case_words():
    assert _dates("TOKYO, AUG. 9 (Kyodo) - prices may 3x") == [("AUG. 9", "2021-08-09", "day")]


def test_dates_parts_of_the_year():
    text = "since the start of the year, in the second half of the year, by the end of last year"
    assert _dates(text) == [
        ("the start of the year", "2021", "year"),
        ("the second half of the year", "2021", "year"),
        ("the end of last year", "2020", "year"),
    ]


def test_dates_weeks_of_a_named_month_keep_month_precision():
    text = "during the first two weeks of February and in the last week of January"
    assert _dates(text) == [
        ("the first two weeks of February", "2021-02", "month"),
        ("the last week of January", "2021-01", "month"),
    ]


def test_dates_month_with_relative_year_and_named_month():
    assert _dates("in June last year, in January of this year, last May, next May") == [
        ("June last year", "2020-06", "month"),
        ("January of this year", "2021-01", "month"),
        ("last May", "2020-05", "month"),
        ("next May", "2021-05", "month"),
    ]


def test_dates_dotted_and_slashed_year_first_dates():
    assert _dates("on 2020.11.03 and 2021/2/7") == [
        ("2020.11.03", "2020-11-03", "day"),
        ("2021/2/7", "2021-02-07", "day"),
    ]


def test_dates_korean():
    assert _dates("2020년 11월 3일, 7월에, 지난달, 올해") == [
        ("2020년 11월 3일", "2020-11-03", "day"),
        ("7월", "2021-07", "month"),
        ("지난달", "2021-03", "month"),
        ("올해", "2021", "year"),
    ]


def test_dates_scan_agrees_with_the_full_pattern():
    from dashboard.extract import dates

    text = (
        "PYONGYANG, SEPT. 5 - In 2020 and mid-2021, on Monday, in early May last year, "
        "3 weeks ago, 2022년 5월, the end of the month; since the start of the year; 5/6/2021."
    )
    full = [dates._mention(text, m, PUBLISHED) for m in dates._COMBINED.finditer(text)]
    assert extract_dates(text, PUBLISHED) == full


def test_counts_tested_positive_is_cases_not_tests():
    assert _counts("after three travellers tested positive for measles") == [("cases", 3)]
    assert _counts("some 900 people were tested") == [("tested", 900)]


def test_counts_partitive_restating_a_group_is_not_a_count():
    assert _counts("Police detained 12 traders; one of those detained was a teacher.") == [
        ("arrests", 12)
    ]
    assert _counts("two of the quarantined workers died on Sunday") == [("deaths", 2)]


def test_counts_compared_figure_takes_the_measure_before_it():
    text = "120 people were hospitalised in the city this week, down from 150 the week before."
    assert _counts(text) == [("hospitalized", 120), ("hospitalized", 150)]


def test_counts_killing_and_sickened():
    assert _counts("the outbreak spread quickly, killing 14 villagers") == [("deaths", 14)]
    assert _counts("contaminated water sickened 230 residents") == [("cases", 230)]


def test_counts_korean_people_counter():
    assert _counts("주민 15명이 체포됐다") == [("arrests", 15)]
    assert _counts("환자 40명이 격리됐다") == [("quarantined", 40)]


def test_causes_starved_to_death_is_malnutrition():
    text = "A farmer in Hamhung told RFA that four of his neighbours had starved to death."
    assert _causes(text) == {("local", "malnutrition")}


def test_causes_calling_and_suspecting_are_speech():
    text = (
        "A source said provincial officials are calling it typhoid fever, but villagers "
        "suspect cholera."
    )
    assert _causes(text) == {("official", "typhoid fever"), ("local", "cholera")}


def test_causes_doctors_speaking_privately_are_local():
    text = (
        "The county hospital reported 5 deaths from pneumonia, but nurses there told families "
        "the patients had measles."
    )
    assert _causes(text) == {("official", "pneumonia"), ("local", "measles")}


def test_causes_a_declaration_by_an_agency_is_its_claim():
    assert _causes("UNICEF declared the cholera outbreak a national emergency.") == {
        ("independent", "cholera")
    }
    text = "In Ibb, 40 deaths from dengue were reported, according to the World Health Organization"
    assert _causes(text) == {("independent", "dengue")}


def test_voice_whole_words_only():
    from dashboard.extract.voice import find_attributions

    text = "Marib governorate recorded cases in residential areas."
    assert [a["text"] for a in find_attributions(text)] == []


def test_voice_city_government_is_official_and_africa_cdc_independent():
    assert _causes("The city government said 3 people died of typhus.") == {("official", "typhus")}
    assert _causes("Africa CDC said 80 cases of mpox were confirmed in Uvira.") == {
        ("independent", "mpox")
    }


def test_claims_even_as_separates_two_voices():
    text = (
        "State television insisted there were no cases of COVID-19, even as residents said "
        "20 people had died of fever."
    )
    claims = _claims(text)
    assert ("official", "cases", 0, "COVID-19") in claims
    assert ("local", "deaths", 20, None) in claims


def test_claims_speaker_of_the_same_voice_between_count_and_cause_keeps_them_together():
    text = "Twelve miners died in Tanchon last month of what villagers believe was typhoid."
    assert _claims(text) == [("local", "deaths", 12, "typhoid fever")]


def test_causes_korean():
    text = "양강도 소식통에 따르면 지난달 혜산에서 주민 6명이 장티푸스로 사망했다."
    claims = extract(text, PUBLISHED)["claims"]
    assert [(c["voice"], c["measure"], c["count"], c["cause"]) for c in claims] == [
        ("local", "deaths", 6, "typhoid fever")
    ]


def test_places_towns_the_gazetteer_lacks():
    text = "Traders from Yanji, Khabarovsk and Suwon met in Nairobi."
    regions = [p["region"] for p in extract_places(text)]
    assert regions == ["CN-JL", "RU-KHA", "KR-41", "KE-30"]


def test_places_north_korean_counties_but_not_people_of_the_same_name():
    regions = [p["region"] for p in extract_places("Pochon County and Kimhyongjik County")]
    assert regions == ["KP-10", "KP-10"]
    assert extract_places("Kim Hyong Jik University of Education") == []


def test_places_every_listed_town_resolves_to_its_own_region():
    from dashboard.extract.towns import TOWNS

    for code, names in TOWNS.items():
        assert isinstance(names, tuple), code
        for name in names:
            found = {p["region"] for p in extract_places(f"It happened in {name} then.")}
            assert found == {code}, (name, found)


def test_places_name_with_a_lower_case_generic_word():
    text = "the Omsk region, the Moscow region, Washington state and Washington"
    places = [(p["text"], p["region"]) for p in extract_places(text)]
    assert places == [
        ("Omsk region", "RU-OMS"),
        ("Moscow region", "RU-MOS"),
        ("Washington state", "US-WA"),
        ("Washington", "US-DC"),
    ]


def test_places_subdivision_spelt_otherwise_settled_by_sound():
    text = "In Yemen, Hadramout governorate and Lahj governorate reported cases."
    assert [p["region"] for p in extract_places(text)] == [None, "YE-HD", "YE-LA"]
    text = "Ukraine: shelling in the Kharkiv oblast."
    assert [p["region"] for p in extract_places(text)] == [None, "UA-63"]


def test_claims_place_is_where_it_happened_not_where_people_came_from():
    (claim,) = extract("Nine workers from Chongjin were quarantined in Hamhung.")["claims"]
    assert claim["region"] == "KP-08"


def test_dispatcher_matches_the_full_pattern():
    from dashboard.extract.claims import _CAUSES, _RESTRICTIONS
    from dashboard.extract.voice import _VOICE

    text = (
        "The health ministry said; a local source in Hyesan told us; WHO officials and "
        "Chinese researchers; 소식통에 따르면 결핵으로; the Workers' Party; residential areas; "
        "KCDC and UN said COVID-19, Covid and colds; a lockdown, LOCKDOWNS and curfews. "
        # (the alternatives to try are chosen by the next five characters of the text, which
        # may run over a line break into the next word, or past the end: "the\nm", "WHO")
        "Officials of the\nministry said; the Ministry\nsaid; an\nofficial said TB; WHO"
    )
    # alternatives that may begin with any word, tried only where their literal is in the
    # text, or after the character they look behind for
    broad = (
        'A Seoul-based monitoring group said the "red fever" and "Red Fever" spread; the '
        "county's party committee and the Party Committee; rat poisoning, RAT POISONING; "
        "the military command; “black disease”."
    )
    for dispatcher in (_VOICE, _CAUSES, _RESTRICTIONS):
        for scanned in (text, broad, text + " " + broad):
            found = [(m.span(), m.lastgroup) for m in dispatcher.finditer(scanned)]
            assert found == [(m.span(), m.lastgroup) for m in dispatcher.full.finditer(scanned)]
        assert list(dispatcher.finditer(text))
    found = {m.group() for d in (_CAUSES, _VOICE) for m in d.finditer(broad)}
    assert {"red fever", "rat poisoning", "black disease", "Seoul-based monitoring group"} <= found


def test_dispatcher_of_measures_matches_the_full_pattern_in_windows():
    from dashboard.extract.counts import _MEASURES

    text = (
        "Officials said 14 patients died and 300 people were hospitalised; 40 suspected cases, "
        "eight deaths and 1,200 fever patients were quarantined, while 75 pupils fell ill and "
        "doctors treated 1,340 people for diarrhoea. 환자 120명이 격리됐다."
    )
    # the extractor scans windows of a text: every window gives what the full pattern gives
    for lo, hi in ((0, len(text)), (10, 80), (37, 120), (95, 160), (150, len(text))):
        found = [(m.span(), m.lastgroup) for m in _MEASURES.finditer(text, lo, hi)]
        assert found == [(m.span(), m.lastgroup) for m in _MEASURES.full.finditer(text, lo, hi)]
    assert len(list(_MEASURES.finditer(text))) >= 8


def test_window_tests_give_what_their_patterns_give_at_every_position():
    """The cheap word tests before four window patterns never hide a match: at every
    position of a text holding matches of each, the gated test and the pattern's search
    agree."""
    from dashboard.extract import claims, counts, voice
    from dashboard.extract.dispatch import ends_near

    text = (
        "The ministry told residents; a notice sent by the committee to all parents said; "
        "officials, reached by a relative, insisted; it described the cases to foreign "
        "diplomats as; a city of 2 million; home to an estimated 40,000; Rs.500 and US$12; "
        "a ratio of 1:0.8; 10 cases per 100,000; the toll stood at 12; the total rose to 40; "
        "this 5; the number was 7; urged several residents and warned a group of traders. "
        "(per 1,000)\nwritten to\nthe governor; US$\n90; told\nthe; the deaths were "
        "officially recorded as acute pneumonia or as a heart attack; on paper, the men "
        "died of; in the records the boy; a claim residents mock; the assurance officials "
        "gave"
    )
    for end in range(1, len(text) + 1):
        for lo in (max(0, end - 30), max(0, end - 45), max(0, end - 60)):
            assert bool(voice._addressed(text, lo, end)) == bool(
                voice._ADDRESSEE_BEFORE.search(text, lo, end)
            ), text[lo:end]
            assert voice._described_to(text, lo, end) == bool(
                voice._DESCRIBED_TO.search(text, lo, end)
            ), text[lo:end]
            assert voice._not_speaking(text, lo, end) == bool(
                voice._NOT_SPEAKING_BEFORE.search(text, lo, end)
            ), text[lo:end]
        for pattern, words, count, back in (
            (claims._RECORDED_AS_BEFORE, ("as",), 8, 60),
            (claims._ON_PAPER, claims._ON_PAPER_WORDS, 5, 50),
        ):
            if pattern.search(text, max(0, end - back), end):
                assert ends_near(text, max(0, end - back), end, words, count), text[:end]
        lo = max(0, end - 40)
        if counts._FIGURE_VERB_RE.search(text, lo, end):
            assert ends_near(text, lo, end, counts._FIGURE_VERB_WORDS, 1), text[lo:end]
        assert counts._not_a_count_before(text, end) == bool(
            counts._NOT_A_COUNT_BEFORE.search(text, max(0, end - 45), end)
        ), text[max(0, end - 45) : end]
    matched = [e for e in range(len(text)) if counts._not_a_count_before(text, e)]
    assert len(matched) >= 5
    assert sum(bool(voice._addressed(text, max(0, e - 30), e)) for e in range(len(text))) >= 4


def test_introductions_are_tried_only_where_a_sentence_or_clause_opens():
    from dashboard.extract.people import _INTRODUCED, _introductions

    text = (
        "Kang Ok-sun was a nurse at a district clinic, Dr. Lee Min-ho worked in Hyesan, and "
        "the man said Park Ji-won is a researcher, Choi Young-ae runs a pharmacy, Kim Sung."
    )
    for start in range(0, len(text), 7):
        for end in (len(text), len(text) - 20, start + 40):
            wanted = [
                (m.span(), m.group("name"))
                for m in _INTRODUCED.finditer(text, start, end)
                if m.start() == start or text[m.start() - 2 : m.start()] == ", "
            ]
            found = [(m.span(), m.group("name")) for m in _introductions(text, start, end)]
            assert found == wanted, (start, end)
    names = [m.group("name") for m in _introductions(text, 0, len(text))]
    assert names == ["Kang Ok-sun", "Dr. Lee Min-ho", "Choi Young-ae"]


def test_counts_suspected_disease_cases_are_suspected_cases():
    assert _counts("WHO counted 640 suspected measles cases") == [("suspected_cases", 640)]


def test_counts_sickened_before_the_number_is_cases():
    text = "the fever has sickened at least 75 pupils since May, killing two"
    assert _counts(text) == [("cases", 75), ("deaths", 2)]


def test_places_capitalised_word_before_a_name_with_a_generic_word():
    places = [(p["text"], p["region"]) for p in extract_places("In Texas state, and")]
    assert places == [("Texas state", "US-TX")]


def test_voice_according_to_with_an_article():
    text = "In Kilju, 9 people died of typhus, according to a defector who fled in 2019."
    assert _causes(text) == {("local", "typhus")}


def test_claims_dateline_city_is_not_where_it_happened():
    text = "BANGKOK (Reuters) - Officials in Laos said 16 people had died of dengue."
    (claim,) = extract(text)["claims"]
    assert claim["country"] == "LA" and claim["region"] is None
    assert {p["region"] for p in extract(text)["places"]} == {"TH-10", None}


def test_voice_sources_with_a_place_and_a_verb_are_local():
    text = "Sources in Onsong said 6 guards had died of typhus."
    assert _causes(text) == {("local", "typhus")}


def test_voice_phone_calls_are_not_speech():
    from dashboard.extract.voice import find_attributions

    (attribution,) = find_attributions("Nine villagers were held for phone calls to China.")
    assert attribution["text"] == "villagers" and not attribution["speaks"]


def test_claims_though_separates_two_voices():
    text = "Residents said 14 people died of hunger, though officials said nobody had died."
    claims = _claims(text)
    assert ("local", "deaths", 14, "malnutrition") in claims
    assert ("official", "deaths", 0, None) in claims


def test_counts_number_of_phrase_gives_the_measure():
    text = "the number of miners who have died in the collapse this year has reached at least 31"
    assert _counts(text) == [("deaths", 31)]


def test_counts_places_and_things_are_not_people():
    text = "Officials said 210 people died in 12 of the region's 17 districts and 4 hospitals."
    assert _counts(text) == [("deaths", 210)]


def test_counts_the_figure_in_the_next_sentence_takes_the_measure():
    # (people who fell ill, untested, are suspected cases: the convention of 2026-12-06)
    text = "On Feb. 2, 40 workers fell ill. By Feb. 9 the number had climbed to 95."
    assert _counts(text) == [("suspected_cases", 40), ("suspected_cases", 95)]


def test_counts_nobody_died_is_zero_deaths():
    assert _counts("The hospital insisted that no one had died.") == [("deaths", 0)]


def test_dates_since_points_to_the_past():
    published = date(2019, 10, 24)
    assert _dates("cases since January 1 and since March", published) == [
        ("January 1", "2019-01-01", "day"),
        ("March", "2019-03", "month"),
    ]
    assert _dates("expected on January 1", published) == [("January 1", "2020-01-01", "day")]


def test_dates_day_of_the_month_alone():
    assert _dates("sealed on the 5th, reopened on the 20th, on the 3rd floor") == [
        ("on the 5th", "2021-04-05", "day"),
        ("on the 20th", "2021-03-20", "day"),
    ]


def test_counts_day_numbers_of_a_date_range_are_not_counts():
    assert _counts("11 deaths between 2 May and 9 June") == [("deaths", 11)]


def test_causes_more_names():
    text = (
        "Officials said 12 people died of acute watery diarrhoea. Officials said 3 died of "
        "bird flu. Officials said 2 died of HIV/AIDS; the agency aids families."
    )
    assert _causes(text) == {
        ("official", "acute watery diarrhoea"),
        ("official", "avian influenza"),
        ("official", "HIV/AIDS"),
    }


def test_counts_scan_agrees_with_the_full_pattern():
    from dashboard.extract import counts

    text = "About 1,200 and Nearly 40, between 3 and 5, twenty-three, a dozen, 7명, x-9, 2.5 bn"
    assert [m.span() for m in counts._scan(counts.NUMBER_RE, counts._NUMBER_STARTS, text)] == [
        m.span() for m in counts.NUMBER_RE.finditer(text)
    ]


def test_voice_place_where_the_speaker_is_does_not_speak():
    text = "A doctor in Pyongyang told reporters that 40 students fell ill with influenza."
    assert ("local", "cases", 40, "influenza") in _claims(text)


def test_causes_acknowledged_and_convinced_are_assertions():
    text = (
        "Officials in Kowon have acknowledged the measles outbreak, but villagers are "
        "convinced it is rubella."
    )
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert ("official", "measles") in causes and ("local", "rubella") in causes


def test_causes_hospital_recorded_the_deaths_as():
    text = (
        "Nine miners in Tanchon died of what their families called cholera, while the county "
        "hospital recorded the deaths as dysentery."
    )
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert causes == {("local", "cholera"), ("official", "dysentery")}


def test_causes_new_terms_keep_their_words():
    text = "Health officials say the 14 patients have gastroenteritis, a resident said."
    assert ("official", "cases", 14, "gastroenteritis") in _claims(text)


def test_causes_listed_together_are_each_asserted():
    text = "Experts said on Monday the illness in Haeju was likely dysentery or typhoid."
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert causes == {("independent", "dysentery"), ("independent", "typhoid fever")}


def test_counts_verb_after_a_long_subject():
    text = (
        "Forty-two soldiers from a road-building battalion stationed near the port of Nampho "
        "were quarantined on Friday."
    )
    assert [(c["measure"], c["count"]) for c in extract_counts(text)] == [("quarantined", 42)]


def test_counts_came_down_with_diagnosed_and_treated_for():
    text = (
        "About 70 farmers came down with mumps. Another 25 pupils were diagnosed with "
        "hepatitis A, and 16 were treated for a high fever."
    )
    found = [(c["measure"], c["count"]) for c in extract_counts(text)]
    assert found == [("cases", 70), ("cases", 25), ("suspected_cases", 16)]


def test_counts_ages_are_not_counts():
    # (the infants vaccinated are a response figure, `other`; their ages are not counts)
    text = "Some 900 infants under two and people aged 65 were vaccinated against measles."
    assert [c["count"] for c in extract_counts(text)] == [900]


def test_causes_ruled_out_or_denied_are_not_asserted():
    text = (
        "Provincial officials ruled out anthrax after 6 herders died near Kilju. "
        "The 3 deaths in Orang were caused by bad water, not by cholera, state media said."
    )
    assert all(c is None for _, _, _, c in _claims(text))


def test_causes_relative_clause_names_its_own_speaker():
    text = (
        "About 35 dock workers fell ill with a fever, which the authorities call influenza, "
        "a source in Nampho said."
    )
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert causes == {("official", "influenza")}


def test_voice_many_suspect_is_local():
    text = "Officials said 12 patients died of pneumonia, though many suspect typhus."
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert causes == {("official", "pneumonia"), ("local", "typhus")}


def test_causes_speaker_before_cause_keeps_it_when_another_owns_the_count():
    text = (
        "Researchers said the symptoms pointed to Japanese encephalitis, after the regime "
        "reported 48 patients in Kaesong."
    )
    claims = _claims(text)
    assert ("independent", "cases", None, "Japanese encephalitis") in claims
    assert ("official", "cases", 48, None) in claims


def test_voice_passive_agent_of_blame_speaks():
    text = "Twenty pupils fell ill. The illness was blamed on food poisoning by school cadres."
    causes = {(v, c) for v, _, _, c in _claims(text) if c}
    assert causes == {("official", "food poisoning")}


def test_voice_pronoun_speaks_for_the_last_speaker():
    text = "The WHO said on Friday it had sent kits to Sinuiju. It blamed the outbreak on cholera."
    causes = {(v, c) for v, _, _, c in _claims(text)}
    assert causes == {("independent", "cholera")}


# ---- fourth round: every asserted cause, the speaker who governs it ---------------------------


def test_causes_each_cause_of_a_sentence_without_counts_is_asserted():
    text = (
        "The provincial committee says it is only influenza, while people in the town "
        "believe it is COVID-19."
    )
    assert _causes(text) == {("official", "influenza"), ("local", "COVID-19")}
    text = "The source said officials call it the flu and most people think it is measles."
    assert _causes(text) == {("official", "influenza"), ("local", "measles")}


def test_causes_the_speaker_governing_a_cause_owns_it_when_another_owns_the_count():
    text = (
        "The outbreak, which county officials describe as ordinary enteritis, has left 19 "
        "people hospitalised, a resident told reporters."
    )
    claims = _claims(text)
    assert ("official", "hospitalized", None, "enteritis") in claims
    assert ("local", "hospitalized", 19, None) in claims


def test_causes_those_spoken_to_do_not_govern():
    text = "Cadres told the families that the miners had died of tuberculosis, a resident said."
    assert _causes(text) == {("official", "tuberculosis")}


def test_causes_a_vaccine_or_kit_is_not_an_illness():
    text = "A trader said smuggled measles vaccine sells for 20,000 won in Hyesan."
    assert _causes(text) == set()
    text = "Officials said 30 people had died of measles despite the measles vaccination drive."
    assert _causes(text) == {("official", "measles")}


def test_causes_a_ban_to_stop_a_disease_does_not_assert_it():
    text = "Officials closed the market to stop the spread of cholera, a source said."
    assert _causes(text) == set()


def test_voice_an_agency_with_its_speakers_role_is_one_independent_speaker():
    text = "A WHO official said the symptoms were more consistent with COVID-19."
    (claim,) = extract(text)["claims"]
    assert (claim["voice"], claim["attributed_to"]) == ("independent", "WHO official")


def test_voice_an_unnamed_person_who_speaks_is_local_and_one_who_does_not_is_no_voice():
    text = "A mother in Chongjin told RFA that 40 children had come down with measles."
    assert _causes(text) == {("local", "measles")}
    assert [a for a in find_attributions("A miner died of tuberculosis.")] == []
    (speaker,) = find_attributions("The partner said so.")
    assert speaker["voice"] == "local" and speaker["speaks"]


def test_voice_a_clinic_calling_it_something_is_official():
    text = '"The clinic is calling it enteritis, but everyone here knows cholera," a man said.'
    assert _causes(text) == {("official", "enteritis"), ("local", "cholera")}


def test_voice_an_aside_between_speaker_and_verb_still_speaks():
    for text in (
        "Doctors at two city hospitals, speaking on condition of anonymity, said 60 had died.",
        "Villagers, however, suspect typhus.",
    ):
        assert find_attributions(text)[0]["speaks"], text


def test_counts_fourth_round_measures_and_labels():
    assert _counts("19 people were taken to hospital.") == [("hospitalized", 19)]
    assert _counts("Not a single person had been infected.") == [("cases", 0)]
    assert _counts("Officials confined 1,850 residents of two blocks to their homes.") == [
        ("quarantined", 1850)
    ]
    assert _counts("40 children at two kindergartens came down with measles.") == [("cases", 40)]
    assert _counts("1,309 suspected Lassa fever cases were recorded.") == [
        ("suspected_cases", 1309)
    ]
    assert _counts("Call the toll-free line 6232 for help.") == []


def test_causes_a_situation_report_title_gives_its_counts_their_cause():
    text = (
        "WHO country office, cholera situation report as of 2 March 2024. Malawi: 1,210 "
        "cases and 33 deaths, the ministry of health said."
    )
    claims = _claims(text)
    assert ("official", "cases", 1210, "cholera") in claims
    assert ("official", "deaths", 33, "cholera") in claims
    # a title with two diseases, or no report word, gives its counts no cause
    two = "Cholera and measles situation update. Malawi: 1,210 cases, the ministry said."
    assert all(c is None for _, _, _, c in _claims(two))
    plain = "Cholera spreads in Malawi. There were 1,210 cases, the ministry said."
    assert all(c is None for _, _, _, c in _claims(plain))


# ---- fifth round ------------------------------------------------------------------------------


def test_places_a_common_word_or_the_tail_of_a_longer_name_is_no_place():
    assert extract_places("Most of the patients live in Hyesan.")[0]["region"] == "KP-10"
    assert len(extract_places("Most of the patients live in Hyesan.")) == 1
    assert extract_places("A farmer from Poços de Caldas died.") == []
    places = extract_places("Cases rose in Mato Grosso do Sul and Rio de Janeiro.")
    assert [p["region"] for p in places] == ["BR-MS", "BR-RJ"]


def test_causes_nobody_believing_a_cause_does_not_assert_it():
    text = '"Nobody believes it is just the flu," the source said.'
    assert _causes(text) == set()


def test_voice_the_place_a_speaker_works_does_not_speak_for_them():
    text = '"The doctors at the county clinic call it typhus," a resident said.'
    assert _causes(text) == {("local", "typhus")}


def test_voice_a_relative_clause_between_speaker_and_verb():
    text = (
        "A researcher at a university in Seoul who has interviewed dozens of defectors said "
        "tuberculosis was common in the province."
    )
    assert _causes(text) == {("independent", "tuberculosis")}


def test_voice_stations_offices_and_headquarters_are_official():
    for text in (
        "The city's hygiene and anti-epidemic station told residents it was food poisoning.",
        "The construction headquarters told families the men died of heart attacks.",
        "The provincial health office said 12 people had died of anthrax.",
        "The consumer health watchdog said 54 cases of tick-borne encephalitis were confirmed.",
    ):
        assert {v for v, _ in _causes(text)} == {"official"}, text
    text = "An infectious disease specialist said the deaths were caused by measles."
    assert _causes(text) == {("independent", "measles")}


def test_causes_a_gloss_in_brackets_is_the_same_mention():
    text = "A source said 70 soldiers came down with hepatitis A (간염)."
    assert _causes(text) == {("local", "hepatitis A")}


def test_causes_an_alert_or_a_prevention_drive_is_no_illness():
    text = "Officials issued a plague prevention alert, a source said."
    assert _causes(text) == set()


def test_counts_fifth_round():
    text = (
        "An adult has died, officials said, bringing the number of deaths linked to the "
        "outbreak to two."
    )
    assert _counts(text) == [("deaths", 2)]
    assert _counts("130 contacts of the dead were placed in isolation.") == [("quarantined", 130)]
    assert _counts("with 190 children being treated at the main hospital") == [
        ("hospitalized", 190)
    ]
    assert _counts("It treated 1,100 patients with suspected cholera.") == [
        ("suspected_cases", 1100)
    ]
    assert _counts("Seven members of two families died.") == [("deaths", 7)]
    assert _counts("An outbreak was declared in District 2 and District 4.") == []
    text = "The number of children who have died rose to 54, with 190 being treated in hospital."
    assert _counts(text)[0] == ("deaths", 54)


# ---- sixth round ------------------------------------------------------------------------------


def test_voice_a_passive_verb_of_saying_leaves_its_subject_silent():
    (residents,) = find_attributions("Two residents have been diagnosed with typhus.")
    assert not residents["speaks"]
    (people,) = find_attributions("People are saying it is typhus.")
    assert people["speaks"]
    text = "Two residents have been diagnosed with typhus, the regional health office said."
    assert _causes(text) == {("official", "typhus")}


def test_voice_a_newspaper_urging_parents_speaks():
    text = "Rodong Sinmun urged parents to guard against measles, saying 126 children were ill."
    assert _causes(text) == {("official", "measles")}


def test_voice_more_agencies():
    assert _causes("The Edhi Foundation said most had died of heatstroke.") == {
        ("independent", "heatstroke")
    }
    text = "The Africa Centres for Disease Control and Prevention said cholera was spreading."
    assert _causes(text) == {("independent", "cholera")}
    text = "The city's emergency anti-epidemic command told kindergartens it was a seasonal cold."
    assert _causes(text) == {("official", "common cold")}
    text = "Pakistan's Emergency Operations Centre said 41 polio cases were recorded this year."
    assert _causes(text) == {("official", "poliomyelitis")}


def test_causes_the_cold_as_weather_and_eradication_are_not_illnesses():
    assert _causes("Residents sealed their windows against the cold, a source said.") == set()
    assert _causes("The centre for polio eradication said it was working.") == set()


def test_causes_nobody_having_seen_a_disease_does_not_assert_it():
    text = '"People here say it was food poisoning. Nobody has seen anthrax here," he said.'
    assert _causes(text) == {("local", "food poisoning")}


def test_causes_a_quotation_over_several_sentences_belongs_to_its_speaker():
    text = (
        "A partner in Chongjin said 40 students fell ill. \"It's hepatitis. The pump has been "
        'broken for weeks and nobody boils the water," the partner said.'
    )
    assert ("local", "hepatitis") in _causes(text)


def test_causes_one_voice_naming_a_disease_generally_and_specifically_names_one():
    text = (
        "A herdsman was diagnosed with bubonic plague, the health commission said. Samples "
        "tested positive for Yersinia pestis, the commission said."
    )
    assert _causes(text) == {("official", "bubonic plague")}


def test_places_compass_words_before_an_administrative_word_and_county_towns():
    places = extract_places("Cases rose in Lusaka, Central and Copperbelt provinces of Zambia.")
    assert [p["region"] for p in places if p["region"]] == ["ZM-09", "ZM-02", "ZM-08"]
    assert extract_places("Central Committee members said") == []
    places = extract_places("in Kowon and Yonggwang counties")
    assert [p["region"] for p in places] == ["KP-08", "KP-08"]
    assert [p["region"] for p in extract_places("in Dar es Salaam")] == ["TZ-02"]


def test_places_a_foreign_name_inside_a_longer_name_is_no_place():
    text = "Epidemiologists at Cayetano Heredia University in Lima, Peru, said so."
    assert [p["region"] for p in extract_places(text) if p["region"]] == ["PE-LMA"]
    assert [p["region"] for p in extract_places("In Pyongyang, 187 people")] == ["KP-01"]


def test_voice_officers_guards_councils_and_acronyms():
    text = '"Military medical officers have diagnosed dysentery," the trader said.'
    assert _causes(text) == {("official", "dysentery")}
    text = '"The guards called it typhus and burned our blankets," she said.'
    assert ("official", "typhus") in _causes(text)
    text = "In Mykolaiv, the city council said 17 residents had been treated for salmonellosis."
    assert _causes(text) == {("official", "salmonellosis")}
    text = "NKDB said it believed malnutrition had contributed to many of the deaths."
    assert _causes(text) == {("independent", "malnutrition")}
    text = "KCNA said 12 people had died of measles."
    assert _causes(text) == {("official", "measles")}


def test_voice_a_doctor_speaking_from_abroad_is_independent_a_defector_is_not():
    text = (
        "Seven builders have died in Wonsan, sources said. A physician at a hospital in Seoul "
        "who treats defectors said the symptoms pointed to shigellosis."
    )
    assert _causes(text) == {("independent", "shigellosis")}
    text = (
        "Seven builders have died in Wonsan, sources said. A defector living in Seoul said "
        "the symptoms pointed to shigellosis."
    )
    assert _causes(text) == {("local", "shigellosis")}


def test_causes_found_no_and_ruled_out_after_the_cause():
    text = "Health authorities said tests had found no cholera in the flooded areas."
    assert _causes(text) == set()
    text = (
        "The health agency said 38 people had acute intestinal infection and that cholera "
        "had been ruled out."
    )
    assert _causes(text) == {("official", "acute intestinal infection")}


def test_causes_a_quotation_closed_by_a_pronoun_belongs_to_the_speaker_before():
    text = (
        "A doctor at a hospital in Bajil, who asked not to be named, said his ward was full. "
        '"Everyone knows it is cholera. We have no tests," he said.'
    )
    assert ("local", "cholera") in _causes(text)


def test_counts_sixth_round():
    assert _counts("more than 200 children, aged between two and seven, fell ill") == [
        ("suspected_cases", 200)
    ]
    assert _counts("Seven have died, according to two sources in the province.") == [("deaths", 7)]
    assert _counts("No deaths were reported; the youngest patient is 13.") == [("deaths", 0)]
    assert _counts("Kerala reported Nipah outbreaks in 2018, 2019 and 2021.") == []
    assert _counts("36 people had died and hospitals opened 150 extra beds.") == [("deaths", 36)]
    assert _counts("said a mother of three whose son died") == []
    assert _counts("a new case of wild poliovirus type 1 was confirmed") == []
    assert _counts("MSF said it had admitted more than 1,800 patients with cholera.") == [
        ("hospitalized", 1800)
    ]
    text = "Teams treated 1,340 people for diarrhoea and 212 children for suspected measles."
    assert _counts(text) == [("cases", 1340), ("suspected_cases", 212)]
    assert _counts("Twelve people have drowned.") == [("deaths", 12)]
    assert _counts("as many as 40 students have fallen ill") == [("suspected_cases", 40)]
    text = "2.4 million people have fallen ill with fever since April."
    assert _counts(text) == [("suspected_cases", 2400000)]


# ---- world towns (data/gazetteer/towns_world.csv, GeoNames) -----------------------------------


def _regions(text: str) -> list[str]:
    return [p["region"] for p in extract_places(text) if p["region"]]


def test_places_towns_of_the_countries_a_text_names():
    assert _regions("Floods hit Bekasi, Indonesia, last week.") == ["ID-JB"]
    assert _regions("In Mykolaiv, Ukraine, the council said 17 were ill.") == ["UA-48"]
    # "Port Sudan" takes in the country named inside it
    places = extract_places("PORT SUDAN, Sudan (Reuters) - Cholera spread.")
    assert [(p["text"], p["region"]) for p in places if p["region"]] == [("PORT SUDAN", "SD-RS")]


def test_places_a_dateline_town_names_its_country():
    assert _regions("BEKASI, West Java — Seven people have died of leptospirosis.") == ["ID-JB"]


def test_places_a_town_of_the_text_s_country_beats_a_foreign_region_of_that_name():
    text = "JALALABAD, Afghanistan — Measles spread in the camps of Nangarhar province."
    assert _regions(text) == ["AF-NAN", "AF-NAN"]


def test_places_no_town_from_a_country_the_text_does_not_name_nor_a_river():
    assert _regions("Epidemiologists at Cayetano Heredia University in Lima, Peru.") == ["PE-LMA"]
    assert _regions("Traders crossed the Yalu River from Dandong, China.") == ["CN-LN"]


# ---- seventh round ----------------------------------------------------------------------------


def test_voice_the_agency_of_a_dateline_tells_the_story():
    text = (
        "Pyongyang, January 8 (KCNA) -- Medical workers are fighting the influenza that has "
        "spread among residents of the capital this winter."
    )
    assert _causes(text) == {("official", "influenza")}


def test_voice_public_bodies_named_in_full_are_official():
    text = (
        "A man died of rabies yesterday, bringing the state's toll to eight, the Sarawak "
        "Disaster Management Committee said."
    )
    assert _causes(text) == {("official", "rabies")}
    text = (
        "The Korea Disease Control and Prevention Agency (KDCA) said 142 malaria cases were found."
    )
    (claim,) = extract(text)["claims"]
    assert claim["voice"] == "official" and claim["attributed_to"].startswith("Korea Disease")


def test_voice_records_and_units_speak_for_the_state():
    text = 'The hospital\'s register lists the patients as suffering from "intestinal infection".'
    assert _causes(text) == {("official", "intestinal infection")}
    text = "The unit reported the deaths to higher command as acute gastroenteritis."
    assert _causes(text) == {("official", "acute gastroenteritis")}
    text = (
        "Twelve were admitted to the hospital, where doctors recorded the deaths as carbon "
        "monoxide poisoning, a resident said."
    )
    assert ("official", "carbon monoxide poisoning") in _causes(text)


def test_voice_community_leaders_prisoners_and_rights_groups():
    text = "Community leaders said the children had died of malnutrition."
    assert _causes(text) == {("local", "malnutrition")}
    text = "A former prisoner says dozens of inmates died of dysentery."
    assert _causes(text) == {("local", "dysentery")}
    text = "A human rights group said malnutrition was an underlying factor in the deaths."
    assert _causes(text) == {("independent", "malnutrition")}


def test_causes_a_closure_does_not_hide_the_cause_its_speaker_names():
    text = (
        "A source said the hospital had told the college the students had hepatitis A and "
        "had ordered the canteen closed."
    )
    assert ("official", "hepatitis A") in _causes(text)


def test_counts_seventh_round():
    assert _counts("The station had taken stool samples from 65 workers.") == [("tested", 65)]
    assert _counts("Samples from two other patients tested positive for Marburg virus.") == [
        ("cases", 2)
    ]
    assert _counts("more than 300 people had been ordered to stay in their homes") == [
        ("quarantined", 300)
    ]
    assert _counts("at least 30 kindergarten and primary-school pupils have fallen ill") == [
        ("suspected_cases", 30)
    ]
    assert _counts("Nineteen students remain in the hospital's infectious disease ward.") == [
        ("hospitalized", 19)
    ]
    assert _counts("Of the confirmed cases, 29 have been hospitalized.") == [("hospitalized", 29)]
    assert _counts("Twenty-two people are undergoing treatment at the Sadar hospital.") == [
        ("hospitalized", 22)
    ]
    assert _counts("The centre admitted 412 patients, nine of whom have died.") == [
        ("hospitalized", 412),
        ("deaths", 9),
    ]
    text = "9,361 people were taken to hospital, including 1,138 in Tokyo."
    assert _counts(text) == [("hospitalized", 9361), ("hospitalized", 1138)]
    assert _counts("17 human cases of yellow fever, nine of them fatal") == [
        ("cases", 17),
        ("deaths", 9),
    ]
    assert _counts("Of 11,587 suspected cases, 7,202 have been confirmed.") == [
        ("suspected_cases", 11587),
        ("cases", 7202),
    ]
    assert _counts("eight patients in isolation wards died") == [("deaths", 8)]


# ---- eighth round -----------------------------------------------------------------------------


def test_voice_national_institutes_and_lower_case_departments_are_official():
    text = "Cases of measles reached 977, the National Institute of Infectious Diseases said."
    assert _causes(text) == {("official", "measles")}
    text = (
        "Nineteen residents were hospitalized with brucellosis, the regional department of "
        "disease prevention reported."
    )
    assert _causes(text) == {("official", "brucellosis")}
    text = "The Ministry of Health (Minsa) reported 248 deaths from dengue."
    (claim,) = extract(text)["claims"]
    assert claim["voice"] == "official"


def test_voice_one_speaker_in_adjacent_words_and_the_verb_of_the_nearest():
    text = "A South Korean government official said 1,800 children had measles."
    assert _causes(text) == {("independent", "measles")}
    (first, second) = find_attributions("Three residents have died, the source said.")
    assert not first["speaks"] and second["speaks"]


def test_voice_an_official_speaking_privately_is_a_local_account():
    text = "The medical officer told the men privately that it is paratyphoid."
    assert _causes(text) == {("local", "paratyphoid fever")}
    text = "The command insists it is just a common cold."
    assert _causes(text) == {("official", "common cold")}


def test_causes_denied_together_and_rumours_about_a_disease():
    text = "Samples tested negative for Ebola and Marburg viruses, the ministry said."
    assert _causes(text) == set()
    text = "Attacks linked to cholera rumours were reported, the police said."
    assert _causes(text) == set()


def test_voice_officials_telling_residents_and_a_ward_office():
    text = 'Local officials, however, are telling residents that it is "food poisoning".'
    assert _causes(text) == {("official", "food poisoning")}
    text = "The local ward office recorded the cause of death as acute pneumonia, a source said."
    assert ("official", "acute pneumonia") in _causes(text)


def test_counts_eighth_round():
    assert _counts("Piura alone accounts for 62 of the deaths.") == [("deaths", 62)]
    assert _counts("Most patients were over 30, and the infection can kill.") == []
    assert _counts("43 patients were currently in treatment centres") == [("hospitalized", 43)]
    assert _counts("Three of the patients, all men, died last week.") == [("deaths", 3)]


# ---- ninth round ------------------------------------------------------------------------------


def test_causes_vaccines_against_diseases_and_feared_diseases_are_not_asserted():
    text = "UNICEF said it had delivered vaccines against polio, diphtheria and measles."
    assert _causes(text) == set()
    text = (
        "Researchers said hepatitis A and tetanus, neither of which has yet been detected, "
        "were a risk."
    )
    assert _causes(text) == set()


def test_voice_a_verb_after_a_full_stop_belongs_to_the_next_sentence():
    (residents,) = [
        a
        for a in find_attributions("It praised residents. It added that 12 were ill.")
        if a["text"] == "residents"
    ]
    assert not residents["speaks"]


def test_voice_state_media_quoting_its_own_doctors_is_official():
    text = (
        "PYONGYANG, Aug. 5 (KCNA) -- Medical workers of the provincial People's Hospital have "
        "admitted 37 farmers to hospital with heatstroke."
    )
    assert _causes(text) == {("official", "heatstroke")}


def test_voice_which_clause_between_an_agency_and_its_verb():
    text = (
        "Medecins Sans Frontieres, which supports the county hospital, said it had admitted "
        "87 patients with kala-azar."
    )
    assert _causes(text) == {("independent", "visceral leishmaniasis")}


def test_places_ninth_round():
    assert _regions("LANDSHUT — Legionnaires' disease cases rose to 31.") == ["DE-BY"]
    assert _regions("Cholera spread in Deir ez-Zor, Syria.") == ["SY-DY"]
    text = "In Canoas, Brazil, residents of the Mathias Velho neighbourhood, said Marlene Souza."
    assert _regions(text) == ["BR-RS"]
    assert _regions("The West Java office said, in Garut, Indonesia.") == ["ID-JB"]


def test_places_a_compass_word_begins_a_longer_name_not_a_town():
    assert _regions("Cases rose across the Southern Plains of Texas.") == ["US-TX"]
    assert _regions("Sinuiju's markets closed, a source in Sinuiju said.") == ["KP-03", "KP-03"]


def test_claims_a_zero_for_a_named_disease_keeps_the_disease():
    # the zero is a claim about cholera; denying cholera as the explanation is not
    assert _claims("Health officials denied any deaths from cholera in the province.") == [
        ("official", "deaths", 0, "cholera")
    ]
    assert _claims("Officials denied that anyone had died of cholera.") == [
        ("official", "deaths", 0, "cholera")
    ]
    denied = _claims("The ministry denied that the deaths were caused by typhoid.")
    assert all(c[3] != "typhoid fever" for c in denied)


def test_claims_a_zero_is_not_a_group_later_sentences_refer_back_to():
    text = (
        "State media said there were no confirmed cases of COVID-19 in Hyesan. A doctor at the "
        "provincial hospital told Daily NK that the patients had tuberculosis."
    )
    assert _claims(text) == [
        ("official", "cases", 0, "COVID-19"),
        ("local", "cases", None, "tuberculosis"),
    ]


def test_voice_doctors_speaking_through_the_state_are_official():
    quoted = "State television quoted a doctor at Pyongyang General Hospital as saying it was flu."
    assert _causes(quoted) == {("official", "influenza")}
    assert _causes("A doctor told state media that the patients had tuberculosis.") == {
        ("official", "tuberculosis")
    }
    assert _causes("Doctors said at a briefing that the children had measles.") == {
        ("official", "measles")
    }
    assert _causes("The hospital's chief doctor said the patients died of tuberculosis.") == {
        ("official", "tuberculosis")
    }
    # privately, or to an outside outlet, a doctor stays a local voice
    assert _causes("A doctor at the hospital told Daily NK the patients had measles.") == {
        ("local", "measles")
    }


# ---- tenth round (tuned on held out 11) -------------------------------------------------------


def test_voice_passive_agents_of_telling_and_reporting_speak():
    assert _causes("Families were told by the hospital that the patients had acute enteritis.") == {
        ("official", "acute enteritis")
    }
    text = (
        "Researchers in Seoul said the symptoms were more consistent with cholera than with the "
        "enterocolitis reported by Pyongyang."
    )
    assert _causes(text) == {("independent", "cholera"), ("official", "enterocolitis")}


def test_voice_records_of_a_camp_and_those_told_how_to_word_it():
    assert _causes("In the camp's own records, the deaths appear as heart failure.") == {
        ("official", "heart failure")
    }
    text = (
        "Residents believe COVID-19 has returned, but unit heads have been instructed to "
        "describe the illness as seasonal influenza."
    )
    assert _causes(text) == {("local", "COVID-19"), ("official", "influenza")}


def test_voice_a_sentence_led_by_a_pronoun_belongs_to_the_last_speaker():
    text = (
        "The delegation's spokesman denied that the outbreak was out of control. He attributed "
        "several of the deaths counted by MSF to severe malnutrition."
    )
    assert _causes(text) == {("official", "malnutrition")}


def test_voice_hospital_roles_and_specialists():
    text = (
        "At least 26 children have died of acute encephalitis syndrome, the hospital's "
        "principal, Dr R.K. Mishra, told reporters."
    )
    assert _causes(text) == {("official", "acute encephalitis syndrome")}
    text = "An entomologist at the university said Oropouche fever was linked to rain."
    assert _causes(text) == {("independent", "Oropouche fever")}


def test_causes_symptoms_died_of_infections_by_site_and_poisoning():
    assert _causes("Four children had died of diarrhoea, a source told Daily NK.") == {
        ("local", "diarrhoea")
    }
    assert _causes("The patients fell ill with diarrhoea and fever, officials said.") == set()
    assert _causes("The county people's committee said the men had a skin infection.") == {
        ("official", "skin infection")
    }
    assert _causes("Residents insisted that the illness was poisoning, not a disease.") == {
        ("local", "poisoning")
    }
    assert _causes("Rumours said health workers were poisoning wells.") == set()
    # the weather, not a cold
    assert _causes("Officials said it was acute pneumonia brought on by the cold.") == {
        ("official", "acute pneumonia")
    }


def test_places_pathogens_possessive_compass_words_and_based():
    assert _regions("Samples tested positive for Zaire ebolavirus in Kinshasa.") == ["CD-KN"]
    assert _regions("In past years the North's state media denied outbreaks.") == []
    assert _regions("Cholera spread in the North region of Cameroon.") == ["CM-NO"]
    assert _regions("A Seoul-based researcher said so.") == ["KR-11"]


def test_counts_figures_referred_back_to():
    text = "Foshan reported 512 new cases on Monday, bringing the city's total since July to 4,800."
    assert _counts(text) == [("cases", 512), ("cases", 4800)]
    assert _counts("A boy was confirmed as a polio case, bringing the total this year to 11.") == [
        ("cases", 11)
    ]
    text = "Malaria cases in the border counties had fallen to 15 this year, from 64 in 2023."
    assert _counts(text) == [("cases", 15), ("cases", 64)]
    text = "More than 20 people died. A second source put the figure closer to 40."
    assert _counts(text) == [("deaths", 20), ("deaths", 40)]
    text = "MSF counted 37 deaths, while the health delegation has acknowledged only nine."
    assert _counts(text) == [("deaths", 37), ("deaths", 9)]


def test_counts_confirmed_in_people_own_adjectives_and_not_counts():
    assert _counts("Laboratory tests have also confirmed Lyme disease in 31 people.") == [
        ("cases", 31)
    ]
    assert _counts("Partners confirmed Marburg virus in two of the samples.") == []
    assert _counts("A total of 43 confirmed and seven probable cases were reported.") == [
        ("cases", 43),
        ("suspected_cases", 7),
    ]
    assert _counts('"Nobody was sick," one woman said.') == []
    assert _counts("Her brother, 41, died of tuberculosis.") == []
    assert _counts("Across the state line, nine cases have been reported.") == [("cases", 9)]
    assert _counts("Sixty members of staff are being kept inside the building.") == [
        ("quarantined", 60)
    ]
    assert _counts("Eight people had been sent to the provincial tuberculosis sanatorium.") == [
        ("hospitalized", 8)
    ]


def test_dates_years_as_words_spans_and_month_ranges():
    got = _dates("It spread near the 2018-2020 epidemic area, worse than any year except 2024.")
    assert got == [("2018", "2018", "year"), ("2020", "2020", "year"), ("2024", "2024", "year")]
    assert _dates("It has returned every monsoon since the 2018 floods.") == [
        ("2018", "2018", "year")
    ]
    assert _dates("The 2000 patients were sent home.") == []
    text = "Cases rose this year, with 42,200 reported between January and October."
    assert _dates(text, date(2023, 12, 14)) == [
        ("this year", "2023", "year"),
        ("January", "2023-01", "month"),
        ("October", "2023-10", "month"),
    ]
    assert _dates("From November to March 2024 it was cold.") == [
        ("November", "2023-11", "month"),
        ("March 2024", "2024-03", "month"),
    ]


# ---- eleventh round (tuned on held out 12) ----------------------------------------------------


def test_voice_the_official_word_consulates_and_named_speakers_with_a_role():
    text = '"The doctors tell us quietly it is cholera, but the official word is food poisoning."'
    assert _causes(text) == {("local", "cholera"), ("official", "food poisoning")}
    text = "Russia's consulate general said four crew members tested positive for influenza A."
    assert _causes(text) == {("independent", "influenza")}
    text = (
        '"Two children in our block died of monkeypox," said Esperance Kahindo, a mother of four.'
    )
    assert _causes(text) == {("local", "mpox")}


def test_causes_not_mentioned_or_never_confirmed_are_not_asserted():
    assert _causes("North Korea has never publicly confirmed a cholera outbreak.") == set()
    text = "The newspaper said hygiene was good. It did not mention paratyphoid."
    assert _causes(text) == set()


def test_voice_recorded_as_something_else_and_rumours_of():
    text = (
        "Hospitals in Yekaterinburg have been recording patients who die with symptoms of "
        'COVID-19 as victims of "community-acquired pneumonia", doctors told Meduza.'
    )
    assert _causes(text) == {("local", "COVID-19"), ("official", "community-acquired pneumonia")}
    text = (
        "Death certificates list acute pneumonia or heart disease as the cause of death, the "
        "source said."
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("official", "heart disease")}
    text = (
        'A security official warned that anyone spreading "rumours of starvation" would be jailed.'
    )
    assert _causes(text) == {("local", "malnutrition")}
    assert _causes("Residents are blaming malnutrition, a source told Daily NK.") == {
        ("local", "malnutrition")
    }


def test_causes_a_stroke_in_context():
    assert _causes("His death certificate gives the cause as a stroke.") == {("official", "stroke")}
    assert _causes("Officials said it was a stroke of luck that nobody died.") == set()


def test_counts_eleventh_round():
    text = "The watchdog said 212 cases had been confirmed since January, 148 of them in the city."
    assert _counts(text) == [("cases", 212), ("cases", 148)]
    assert _counts("Hyesan, a city of roughly 190,000 people, has suffered outbreaks.") == []
    text = (
        "It registered 1,347 suspected cases over four weeks, compared with 310 in the previous "
        "four. Of 188 samples analysed by the laboratory, 64 were positive for cholera."
    )
    assert _counts(text) == [
        ("suspected_cases", 1347),
        ("suspected_cases", 310),
        ("tested", 188),
        ("cases", 64),
    ]
    text = "1,674 infections were confirmed by molecular testing, compared with 1,042 last year."
    assert _counts(text) == [("cases", 1674), ("cases", 1042)]
    text = "The ministry put the total number of cholera cases in the state at 642."
    assert _counts(text) == [("cases", 642)]
    text = "The bulletin brings the number of fever patients recorded since Oct. 27 to 1.9 million."
    assert _counts(text) == [("suspected_cases", 1900000)]
    assert _counts("Around 90 people have shown symptoms.") == [("suspected_cases", 90)]
    assert _counts("The lecture insisted that no child had died of measles.") == [("deaths", 0)]
    assert _counts("Eleven children were taken to the provincial children's hospital.") == [
        ("hospitalized", 11)
    ]
    assert _counts("We have had 30 to 40 measles admissions a day.") == [("hospitalized", 30)]
    assert _counts("It will open two more fever clinics and spent Rs2.5 billion.") == []
    assert _counts("They only test you if your fever is above 39 degrees.") == []


def test_dates_lists_of_years_and_years_as_predicates():
    assert _dates("Later outbreaks, in 2019, 2021, 2023 and 2024, were smaller.") == [
        ("2019", "2019", "year"),
        ("2021", "2021", "year"),
        ("2023", "2023", "year"),
        ("2024", "2024", "year"),
    ]
    assert _dates("The worst recent year was 2019, when cases peaked.") == [
        ("2019", "2019", "year")
    ]
    # a year of its own earlier in the sentence does not move a later month
    text = "The variant, first identified last year, caused 38 deaths in October alone."
    assert _dates(text, date(2024, 11, 13)) == [
        ("last year", "2023", "year"),
        ("October", "2024-10", "month"),
    ]


# ---- twelfth round (tuned on held out 13) -----------------------------------------------------


def test_voice_twelfth_round():
    text = (
        "Sources in the province told NK News that at least 19 people had died of cholera, "
        "although state media said not a single case had been found."
    )
    assert ("local", "cholera") in _causes(text)
    text = (
        "In Seoul, an official at the Ministry of Unification told reporters that the ministry "
        "believed the outbreak was cholera."
    )
    assert _causes(text) == {("independent", "cholera")}
    text = (
        "Doctors in Turkmenabat, the capital of Lebap province, told Radio Azatlyk that 18 people "
        "had died of COVID-19."
    )
    assert _causes(text) == {("local", "COVID-19")}
    text = (
        "Doctors said 19 children had died of diphtheria, far more than the seven diphtheria "
        "deaths reported by the provincial health department."
    )
    assert ("official", "diphtheria") in _causes(text)
    text = "Volunteers from the neighbourhood groups said their count of cholera deaths was higher."
    assert _causes(text) == {("local", "cholera")}
    text = "Everyone is saying it is corona again, the source said."
    assert _causes(text) == {("local", "COVID-19")}
    text = "Seoul offered to discuss joint malaria control, an official said."
    assert _causes(text) == set()


def test_voice_the_body_heading_a_situation_report_speaks():
    text = (
        "Ministry of Health of the Kyrgyz Republic. Situation update on anthrax, as of 18 August "
        "2025. Nine cases of cutaneous anthrax have been laboratory confirmed in Osh region."
    )
    # (the general name stays beside the specific form since the forty-third round)
    assert _causes(text) == {("official", "cutaneous anthrax"), ("official", "anthrax")}


def test_counts_twelfth_round():
    text = "At least 70 workers at Factory No. 26 have been hospitalized since July 20."
    assert _counts(text) == [("hospitalized", 70)]
    assert _counts("Foshan reported 412 new chikungunya fever cases on Monday.") == [("cases", 412)]
    text = "The worst hit are Al Hudaydah (9,211 suspected cases), Taiz (6,884) and Ibb (5,102)."
    assert _counts(text) == [
        ("suspected_cases", 9211),
        ("suspected_cases", 6884),
        ("suspected_cases", 5102),
    ]
    text = "The total is 5,840 suspected cases, of which 1,709 have been laboratory-confirmed."
    assert _counts(text) == [("suspected_cases", 5840), ("cases", 1709)]
    text = "62 new confirmed cases were reported, with Ondo alone accounting for 27."
    assert _counts(text) == [("cases", 62), ("cases", 27)]
    assert _counts("Kano accounted for nearly three quarters of them.") == []
    text = "The government insists the country has not had a single case."
    assert _counts(text) == [("cases", 0)]
    assert _counts("It denied that any inmate has died of tuberculosis.") == [("deaths", 0)]
    text = "The state has recorded 4.1 million probable dengue cases."
    assert _counts(text) == [("suspected_cases", 4100000)]


def test_dates_day_ranges():
    assert _dates("In week 6 (February 3 to 9, 2025) the agency said.", date(2025, 2, 13)) == [
        ("February 3", "2025-02-03", "day"),
        ("9, 2025", "2025-02-09", "day"),
    ]
    assert _dates("from 3 to 9 February 2025", date(2025, 2, 13)) == [
        ("3", "2025-02-03", "day"),
        ("9 February 2025", "2025-02-09", "day"),
    ]
    assert _dates("On March 3 and 5 people died.", date(2025, 2, 13)) == [
        ("March 3", "2025-03-03", "day")
    ]


def test_twelfth_round_speakers_places_and_ranges():
    text = (
        "Researchers at the Oswaldo Cruz Foundation (Fiocruz) said the serotype had returned. "
        "They also warned that some deaths were in fact caused by chikungunya."
    )
    assert _causes(text) == {("independent", "chikungunya")}
    text = (
        "In a report on Hoeryong, North Korea's mission in Geneva denied that any inmate has "
        "died of tuberculosis."
    )
    assert _causes(text) == {("official", "tuberculosis")}
    assert _dates("Cases rose between Aug. 1 and Sept. 8, it said.", date(2025, 2, 13)) == [
        ("Aug. 1", "2024-08-01", "day"),
        ("Sept. 8", "2024-09-08", "day"),
    ]


# ---- thirteenth round (tuned on held out 14 and 15) --------------------------------------------


def test_voice_thirteenth_round():
    text = '"With little food, tuberculosis spreads through a cell in weeks," he said.'
    prior = 'A former inmate said: "The guards knew it was bad." '
    assert _causes(prior + text) == {("local", "tuberculosis")}
    text = (
        "County health officials quarantined the farm on 14 May and confirmed that the patients "
        "had anthrax, one source said."
    )
    assert ("official", "anthrax") in _causes(text)
    text = "An official with the World Health Organization told us the symptoms were malaria."
    assert _causes(text) == {("independent", "malaria")}
    text = "A doctor with an international aid organisation said it was cholera."
    assert _causes(text) == {("independent", "cholera")}
    text = "Doctors say many dengue deaths are being entered in hospital registers as malaria."
    assert ("official", "malaria") in _causes(text)
    text = "North Korea has not had a single case of COVID-19, an official told visiting diplomats."
    assert _causes(text) == {("official", "COVID-19")}
    text = "Park Ji-won, who studies the camps at an institute in Seoul, said it was typhus."
    assert _causes(text) == {("independent", "typhus")}
    assert _causes("Junta-run MRTV reported that 1,245 patients had acute diarrhoea.") == {
        ("official", "acute diarrhoeal disease")
    }
    assert _causes("Posts on Douyin claimed that the surge was a return of COVID-19.") == {
        ("local", "COVID-19")
    }
    assert _causes("Soldiers are dying of what army doctors call typhus.") == {
        ("official", "typhus")
    }


def test_causes_thirteenth_round_negations_and_names():
    assert _causes("Some residents dispute that all the deaths are Lassa fever.") == set()
    text = (
        '"We tested every patient for typhoid and every result was negative," a spokeswoman said.'
    )
    assert _causes(text) == set()
    assert (
        _causes("The agency tested 40 samples for Zika and ruled it out, officials said.") == set()
    )
    assert _causes("It said no cholera had been detected, officials said.") == set()
    text = "WHO said it was supporting further tests for meningitis and for chemical poisoning."
    assert _causes(text) == set()
    text = "Officials blamed litchi poisoning; residents said it was chlorine poisoning."
    assert _causes(text) == {("official", "litchi poisoning"), ("local", "chlorine poisoning")}
    assert _causes("The chief medical officer said the men had chronic bronchitis.") == {
        ("official", "chronic bronchitis")
    }
    assert _causes("The first patient, a man with diabetes, had contact with camels.") == set()
    assert _causes("Officials said the five had died of complications of diabetes.") == {
        ("official", "diabetes")
    }


def test_counts_thirteenth_round():
    text = "36 more people died, bringing the national death toll since March to 1,210."
    assert _counts(text) == [("deaths", 36), ("deaths", 1210)]
    text = (
        "It reported 1,214 new cases, bringing the total since December 2023 to 10,472, with 12 "
        "deaths."
    )
    assert _counts(text) == [("cases", 1214), ("cases", 10472), ("deaths", 12)]
    text = "The ministry said 17 deaths had been recorded. Doctors say the real figure is 60."
    assert _counts(text) == [("deaths", 17), ("deaths", 60)]
    assert _counts("The ministry said 127 of those hospitalised were children.") == [
        ("hospitalized", 127)
    ]
    assert _counts("One of those detained was a student.") == []
    assert _counts("MSF had seen more than 2,000 patients with mpox symptoms.") == [
        ("suspected_cases", 2000)
    ]
    text = "In the latest reporting week, 67 new cases were recorded, up from 58 the week before."
    assert _counts(text) == [("cases", 67), ("cases", 58)]
    text = "2,478 cases were registered, including 1,364 in Osh region and 402 in Bishkek."
    assert _counts(text) == [("cases", 2478), ("cases", 1364), ("cases", 402)]
    text = "287 of 512 samples sent to the institute in Kinshasa tested positive for mpox."
    assert _counts(text) == [("cases", 287), ("tested", 512)]
    assert _counts('"We have lost more than 20 patients to dengue," a physician said.') == [
        ("deaths", 20)
    ]


# ---- fourteenth round (tuned on held out 16 and 17) --------------------------------------------


def test_voice_fourteenth_round():
    text = "Local officials have entered the deaths in the register as heart failure, he added."
    assert _causes(text) == {("official", "heart failure")}
    text = "The police record such deaths as alcohol poisoning, the partner said."
    assert _causes(text) == {("official", "alcohol poisoning")}
    assert _causes("A private hospital in the city had recorded his death as typhus.") == {
        ("official", "typhus")
    }
    assert _causes("Children fell ill with a rash that parents are sure is measles.") == {
        ("local", "measles")
    }
    text = "According to a rights foundation that tracks them, 31 children died of malnutrition."
    assert _causes(text) == {("independent", "malnutrition")}
    assert _causes("In letters sent to parents, it said the students died of typhus.") != {
        ("local", "typhus")
    }
    text = "His daughter said the family still believed he had caught bird flu from the chickens."
    assert _causes(text) == {("local", "avian influenza")}
    text = '"People say the sick were poisoned by a rival family, not that this is Ebola," he said.'
    assert {c for _, c in _causes(text)} == {"poisoning"}


def test_causes_fourteenth_round_negations():
    assert _causes("The secretariat insists that none was caused by malnutrition.") == set()
    text = "The ministry said none of the recent deaths had been caused by mercury poisoning."
    assert _causes(text) == set()
    assert _causes('"You cannot exclude norovirus," said a researcher.') == set()
    assert (
        _causes("North Korea has not reported a measles outbreak to WHO, officials said.") == set()
    )
    assert _causes('A spokesperson said "there is no measles epidemic in Herat."') == set()
    assert (
        _causes("Officials first tested the patients for plague; the results were negative.")
        == set()
    )
    text = (
        "The institute found no trace of Ebola or Marburg virus in 12 samples, the minister said."
    )
    assert _causes(text) == set()
    assert _causes("Bodies are found every morning as the cold deepens, a partner said.") == set()
    assert _causes("Aid groups report chronic malnutrition in the camps.") == {
        ("independent", "malnutrition")
    }


def test_counts_fourteenth_round():
    text = "They recorded three more cases, raising the tally to 87, including 12 deaths."
    assert _counts(text) == [("cases", 3), ("cases", 87), ("deaths", 12)]
    text = "The update put the cumulative toll since March last year at 1,210 deaths."
    assert _counts(text) == [("deaths", 1210)]
    text = "Nine are under medical observation and 31 contacts are under home observation."
    assert _counts(text) == [("quarantined", 9), ("quarantined", 31)]
    text = "Kyrgyzstan records 10 human anthrax cases in a typical year; in 2023 there were 17."
    assert _counts(text) == [("cases", 10), ("cases", 17)]


# ---- fifteenth round (tuned on held out 18 to 29) -----------------------------------------------


def test_counts_fifteenth_round_response_figures_are_other():
    text = "Since vaccination began on 8 August 2018, 297,650 people have been vaccinated."
    assert _counts(text) == [("other", 297650)]
    text = "The ministry said it had sent 20 epidemiologists to the district."
    assert _counts(text) == [("other", 20)]
    text = "More than 3,500 households have received water purification tablets."
    assert _counts(text) == [("other", 3500)]
    text = "WHO is supporting 46 diarrhoea treatment centres and 150 oral rehydration corners."
    assert _counts(text) == [("other", 46), ("other", 150)]
    text = "The office said 14,370 people reported bites from dogs and other animals."
    assert _counts(text) == [("other", 14370)]


def test_counts_fifteenth_round_what_is_not_a_response_figure():
    # a measure word in the clause wins; a ratio, a share and a population are no count
    text = "Two people, one of them a girl of nine, are in hospital after tick bites."
    assert ("other", 2) not in _counts(text)
    assert _counts("Officials said there is one toilet for every 850 people in the shelters.") == []
    text = "Officials say fewer than 12 percent of adults have completed the vaccine course."
    assert _counts(text) == []
    text = "The country of about 26 million people has no stocks of vaccines."
    assert _counts(text) == []
    # doses shipped are a response figure (the writers of the sets counted 22 of 37); the doses
    # of a schedule are not, and livestock stays uncounted (most writers left it out)
    assert _counts("UNICEF said it had shipped 1.2 million doses of measles vaccine.") == [
        ("other", 1200000)
    ]
    assert _counts("Few children had received all three doses of the vaccine.") == []
    assert _counts("Veterinary services have vaccinated 340 head of cattle.") == []
    text = "More than 6,500 doctors and medical students have been sent to carry out checks."
    assert _counts(text) == [("other", 6500)]
    text = "More than 1,000 people have been flown to hospitals in Boa Vista for treatment."
    assert _counts(text) == [("hospitalized", 1000)]


def test_causes_fifteenth_round_cold_weather():
    text = "The region recorded fewer bites, attributing the lower figure to a cold, wet spring."
    assert _causes(text) == set()


def test_causes_fifteenth_round_denials_and_records():
    text = "Residents of Mocímboa are convinced the illness is not a disease at all but poisoning."
    assert _causes(text) == {("local", "poisoning")}
    assert _causes("The ministry said tests for cholera were negative.") == set()
    assert _causes("Some residents say Ebola is a lie invented to bring money.") == set()
    text = (
        "Medical officers have denied that the deaths were caused by typhus and have put them "
        "down to pneumonia."
    )
    assert _causes(text) == {("official", "pneumonia")}
    text = (
        "'The local authorities write tuberculosis on the papers, never hunger,' the partner said."
    )
    assert _causes(text) == {("official", "tuberculosis")}
    text = "Nine people have died of hunger, Asia Press's reporting partner in the city said."
    assert _causes(text) == {("local", "malnutrition")}
    # (a hospital run with partners is no speaker)
    text = "The aid group said its partner hospitals had identified 12 patients with cholera."
    assert _causes(text) == {("independent", "cholera")}


def test_voice_fifteenth_round_clauses_and_speakers():
    text = (
        "Health authorities in Yemen are reporting a surge in what they call acute watery "
        "diarrhoea, but aid workers say laboratory tests show that cholera has returned."
    )
    assert _causes(text) == {("official", "acute watery diarrhoea"), ("independent", "cholera")}
    text = (
        "During the COVID-19 outbreak that the North acknowledged in 2022, the city was locked "
        "down for 40 days, residents later told NK News."
    )
    assert _causes(text) == {("official", "COVID-19")}
    # a speaker closing the sentence after a comma speaks for the clauses with none of their own
    text = (
        "Soldiers in Kangwon Province are dying of tuberculosis made worse by hunger, but their "
        "commanders have been reporting the deaths as heart failure, a military source told "
        "Daily NK."
    )
    assert _causes(text) == {
        ("local", "tuberculosis"),
        ("local", "malnutrition"),
        ("official", "heart failure"),
    }
    # the agent of a passive speaks for its own phrase only; an apposition ends at its comma
    text = (
        "Kim Jin-ho, a professor of preventive medicine at a university in Seoul, said the "
        "symptoms described by the source were consistent with cholera."
    )
    assert _causes(text) == {("independent", "cholera")}
    # "she" is one person, not the residents quoted last
    text = (
        "Dr. Amina Bello, an epidemiologist at the university, said the outbreak was serious. "
        "Families have fled the district, residents said. "
        '"Every house in this street has someone with cholera," she said.'
    )
    assert _causes(text) == {("independent", "cholera")}


def test_causes_fifteenth_round_acronyms_defined_in_the_text():
    text = (
        "A man has died of primary amoebic meningoencephalitis (PAM), the health department "
        "said. A study by researchers counted more than 100 deaths from PAM in the city."
    )
    assert _causes(text) == {
        ("official", "primary amoebic meningoencephalitis"),
        ("independent", "primary amoebic meningoencephalitis"),
    }
    text = (
        "Nine children have died of acute encephalitis syndrome (AES), officials said. "
        '"AES is a description, not a diagnosis," a researcher said.'
    )
    assert _causes(text) == {("official", "acute encephalitis syndrome")}


def test_voice_fifteenth_round_more_speakers():
    text = (
        "North Kivu's provincial health division said samples had tested negative for Ebola, "
        "and that the deaths had been caused by severe malaria."
    )
    assert _causes(text) == {("official", "severe malaria")}
    text = "Katrin Weber, a family doctor in Cham, said half of her patients had Lyme disease."
    assert _causes(text) == {("local", "Lyme disease")}
    text = "Three workers tested positive for hepatitis A, a trading-company employee told RFA."
    assert _causes(text) == {("local", "hepatitis A")}
    text = (
        "A cholera outbreak in Syria has killed 23 people, with the health ministry reporting 20 "
        "deaths in Aleppo province."
    )
    assert _causes(text) == {("official", "cholera")}
    # a participle after a comma belongs to the subject, not to the man last named
    text = (
        "City health officials ruled out yellow fever in the death of a 52-year-old man from "
        "Venda Nova, saying laboratory tests had confirmed dengue instead."
    )
    assert _causes(text) == {("official", "dengue")}


def test_counts_fifteenth_round_totals_wards_and_burials():
    text = (
        "The ministry recorded 1,005 new suspected cases and 24 deaths, bringing the total this "
        "year to more than 16,700 suspected cases and 570 deaths."
    )
    assert _counts(text) == [
        ("suspected_cases", 1005),
        ("deaths", 24),
        ("suspected_cases", 16700),
        ("deaths", 570),
    ]
    text = "Dengue cases in the region climbed to 9,812 this year, with 21 deaths confirmed."
    assert _counts(text) == [("cases", 9812), ("deaths", 21)]
    text = "'We are treating 140 patients on wards built for half that number,' she said."
    assert _counts(text) == [("hospitalized", 140)]
    assert _counts("He said the isolation ward held 26 patients on Monday.") == [
        ("hospitalized", 26)
    ]
    text = "At Children's Hospital 1, 96 children with the disease were on the wards on Monday."
    assert _counts(text) == [("hospitalized", 96)]
    text = "'We buried four from our street in a fortnight,' said a trader."
    assert _counts(text) == [("deaths", 4)]
    # a date on the way to the measure word is no other number
    text = (
        "The paper said 1,240 people who had returned from work overseas since August 1 were "
        "being kept under medical observation."
    )
    assert _counts(text) == [("quarantined", 1240)]


def test_causes_fifteenth_round_quoted_blamed_and_ruled_out():
    text = (
        "Rodong Sinmun on Feb. 3 quoted Ri Chol Min, director of the provincial hospital, as "
        "saying that a seasonal common cold was spreading among children."
    )
    assert _causes(text) == {("official", "common cold")}
    text = (
        "Some villagers, however, blame poisoning, and believe a rival put something in the water."
    )
    assert _causes(text) == {("local", "poisoning")}
    text = "Early samples were tested for Marburg virus, which was ruled out, the ministry said."
    assert _causes(text) == set()


def test_voice_fifteenth_round_the_voice_that_first_said_it():
    # reported speech inside reported speech: the cause is the claim of whoever first said it
    text = (
        "According to the source, officials from the provincial anti-epidemic station told "
        "neighbourhood unit leaders at a meeting that the illness was typhoid."
    )
    assert _causes(text) == {("official", "typhoid fever")}
    text = "The source said the city quarantine office insisted they had died of acute pneumonia."
    assert _causes(text) == {("official", "acute pneumonia")}
    text = (
        "According to the source, the regiment's political officer told a meeting of soldiers "
        "that smugglers had carried measles across the river."
    )
    assert _causes(text) == {("official", "measles")}
    text = (
        "A relative of the dead man, reached through the same broker, said the doctor who "
        "examined the body had told the family it was probably typhus."
    )
    assert _causes(text) == {("local", "typhus")}
    text = (
        "A Seoul-based group that tracks health conditions in North Korea said on Tuesday that "
        "19 miners had died of tuberculosis."
    )
    assert _causes(text) == {("independent", "tuberculosis")}
    # (a complement "that" is no relative clause hiding the speakers after it)
    text = (
        "'The doctors at the hospital whispered to us that it was cholera, but the official "
        "line is that it is an intestinal infection,' the resident said."
    )
    assert ("official", "intestinal infection") in _causes(text)


def test_causes_fifteenth_round_bodies_denials_and_coordinated_speakers():
    text = (
        "The Committee for Sanitary-Epidemiological Welfare and Public Health reports that seven "
        "cases of Crimean-Congo haemorrhagic fever have been registered."
    )
    assert _causes(text) == {("official", "Crimean-Congo haemorrhagic fever")}
    text = (
        "The Ministry rejects messages claiming that an outbreak of Zika has been detected in "
        "Sullana."
    )
    assert _causes(text) == set()
    text = "Reports on social media of an anthrax outbreak have not been confirmed, officials said."
    assert _causes(text) == set()
    text = "The commission said the patient's tests for anthrax had been negative."
    assert _causes(text) == set()
    # a denial ends where the denier goes on to say what it was instead
    text = (
        "The health ministry denied that the 12 people who died in a camp for displaced "
        "families had cholera, saying they had died of food poisoning."
    )
    assert _causes(text) == {("official", "food poisoning")}
    text = (
        "The ministry denied there was an outbreak, saying on state television that not a "
        "single cholera case has been detected."
    )
    assert _causes(text) == {("official", "cholera")}
    # speakers joined by "and" share the cause they assert
    text = (
        "The ministry and the WHO country office both said the measles surge was driven by "
        "falling vaccination coverage."
    )
    assert _causes(text) == {("official", "measles"), ("independent", "measles")}
    text = (
        "The city committee has told residents it is food poisoning, but a doctor at the "
        "provincial hospital and several market vendors told RFA it was cholera."
    )
    assert _causes(text) == {("official", "food poisoning"), ("local", "cholera")}
    # a second mention of a cause, governed by a speaker of its own
    text = (
        "Congo has recorded 611 deaths from mpox this year, the health minister said, after the "
        "World Health Organization declared mpox a global health emergency."
    )
    assert _causes(text) == {("official", "mpox"), ("independent", "mpox")}


def test_causes_fifteenth_round_background_tests_and_pronouns():
    text = (
        "The virus is carried by a midge rather than by the Aedes mosquitoes that spread dengue, "
        "and its symptoms are often mistaken for dengue, the ministry said."
    )
    assert _causes(text) == set()
    # suspected first, ruled out by tests later in the sentence: asserted by no one
    text = (
        "Doctors had initially suspected yellow fever in a cluster of patients, the doctor said, "
        "but samples tested negative for yellow fever at the reference laboratory."
    )
    assert _causes(text) == set()
    text = "The clinic's explanation was food poisoning, the source said."
    assert _causes(text) == {("official", "food poisoning")}
    text = "A volunteer said 45 people had died of cholera in the town last week alone."
    assert _causes(text) == {("local", "cholera")}
    # "he" is not "her sister"
    text = (
        "Dr. Paolo Ferri, a medical coordinator for an aid group, said the camp was flooded. "
        "Nyaruach Gatkuoth, who lost her sister to hepatitis E, said the family had walked to "
        'the hospital. "Without clean water, hepatitis E will keep coming back," he said.'
    )
    assert ("independent", "hepatitis E") in _causes(text)


def test_counts_fifteenth_round_symptoms_wards_and_partitives():
    # people with symptoms, untested, are suspected cases
    text = '"At our camp, 26 people have bloody diarrhoea, and two babies died," a woman said.'
    assert _counts(text) == [("suspected_cases", 26), ("deaths", 2)]
    text = "Officials confirmed cholera after 63 people with severe diarrhoea sought care."
    assert _counts(text) == [("suspected_cases", 63)]
    text = "More than 300 students had turned yellow or were too weak to attend classes."
    assert _counts(text) == [("suspected_cases", 300)]
    # ... unless what happened to them is the measure
    text = "In Ibague, 14 patients with severe yellow fever are in intensive care."
    assert _counts(text) == [("hospitalized", 14)]
    text = "About 400 people with diarrhoea had been placed in quarantine in school buildings."
    assert _counts(text) == [("quarantined", 400)]
    # (round thirty-three: people who came down with diarrhoea, untested, are suspected cases,
    # as the labelling conventions have them)
    text = "More than 300 people had come down with diarrhoea and vomiting, and 11 had died."
    assert _counts(text) == [("suspected_cases", 300), ("deaths", 11)]
    text = "At least 23 people have been taken to the city's infectious disease hospital."
    assert _counts(text) == [("hospitalized", 23)]
    text = "'About 60 patients are crowded onto a single ward,' he said."
    assert _counts(text) == [("hospitalized", 60)]
    text = "Twenty babies with whooping cough were on ventilators or oxygen."
    assert _counts(text) == [("hospitalized", 20)]
    text = (
        "The death toll from an outbreak of acute encephalitis syndrome among children in the "
        "eastern state of Bihar rose to 108 on Tuesday."
    )
    assert _counts(text) == [("deaths", 108)]
    # the suspected cases of a partitive, unless the number is of those confirmed
    text = "Kamituga accounts for 4,200 of the suspected cases."
    assert _counts(text) == [("suspected_cases", 4200)]
    assert _counts("Laboratory tests confirmed 96 of the suspected cases.") == [("cases", 96)]
    text = "Nine truck drivers returning from Rason had tested positive for influenza."
    assert _counts(text) == [("cases", 9)]
    text = "Blood cultures from 23 of the 40 patients tested had grown Salmonella Typhi."
    assert ("cases", 23) in _counts(text)


def test_voice_fifteenth_round_states_abroad_and_bodies_across_borders():
    # the state of one country is official about what happens there, independent elsewhere
    text = (
        "Russian health authorities said 17 tourists back from the Wonsan-Kalma resort in "
        "North Korea had acute gastroenteritis."
    )
    assert _causes(text) == {("independent", "acute gastroenteritis")}
    text = (
        "In July 2022, health authorities in China's Jilin Province confirmed two human cases of "
        "cutaneous anthrax in Jiaohe."
    )
    assert _causes(text) == {("official", "cutaneous anthrax")}
    text = "The International Rescue Committee said malaria was spreading in Amhara."
    assert _causes(text) == {("independent", "malaria")}
    text = (
        "The World Health Organization said in a bulletin from its regional office in Cairo "
        "that laboratories had confirmed cholera in 58 samples."
    )
    assert _causes(text) == {("independent", "cholera")}
    text = "A community health worker said at least 30 people had died of malaria since June."
    assert _causes(text) == {("local", "malaria")}
    text = (
        "The army's medical department has recorded the cases as food poisoning, the source said."
    )
    assert _causes(text) == {("official", "food poisoning")}


def test_causes_fifteenth_round_alerts_notices_and_rumours():
    text = "The Pan American Health Organization issued an epidemiological alert on pertussis."
    assert _causes(text) == {("independent", "pertussis")}
    text = (
        "The European Centre for Disease Prevention and Control, based in Stockholm, said "
        "Romania accounted for most of the measles cases in the bloc."
    )
    assert ("independent", "measles") in _causes(text)
    text = (
        "The International Livestock Research Institute, based in Nairobi, said the floods had "
        "created ideal conditions for Rift Valley fever."
    )
    assert _causes(text) == {("independent", "Rift Valley fever")}
    text = (
        "A notice from the Rason people's committee insisted that there was not a single case "
        "of COVID-19 in the zone."
    )
    assert _causes(text) == {("official", "COVID-19")}
    text = (
        "Officials said a patient who died had tested negative for Ebola, after rumours of an "
        "Ebola case spread on social media."
    )
    assert _causes(text) == set()
    text = "Aid workers say the winter cold and poor nutrition make measles more dangerous."
    assert ("independent", "common cold") not in _causes(text)
    text = "Officials urged care for any fever that does not respond to malaria treatment."
    assert _causes(text) == set()


def test_voice_fifteenth_round_hospitals_committees_and_units():
    text = (
        "The hospital informed the soldiers' families that the men had contracted haemorrhagic "
        "fever with renal syndrome, a source said."
    )
    assert ("official", "haemorrhagic fever with renal syndrome") in _causes(text)
    text = (
        "Fourteen villagers were taken to the provincial hospital in Chongjin, which reported "
        "the cases to the county people's committee as anthrax."
    )
    assert _causes(text) == {("official", "anthrax")}
    text = (
        "The factory's party committee has told employees that the men died of heart disease, "
        "the partner said."
    )
    assert _causes(text) == {("official", "heart disease")}
    # a unit someone has a relative in does not speak; an apposition's hospital does not either
    text = (
        "Soldiers have been stricken by typhus, a resident of the capital with a relative in "
        "the unit told RFA."
    )
    assert ("official", "typhus") not in _causes(text)
    text = "Several patients were first treated for suspected COVID-19, but tests ruled it out."
    assert _causes(text) == set()


def test_voice_fifteenth_round_its_own_people_and_those_spoken_to():
    text = (
        "Medecins Sans Frontieres said its doctors in Halba had diagnosed 74 patients with "
        "cutaneous leishmaniasis in October."
    )
    assert _causes(text) == {("independent", "cutaneous leishmaniasis")}
    text = (
        "The Ministry of Public Health described the cases to foreign diplomats as acute "
        "intestinal infections caused by contaminated water."
    )
    assert _causes(text) == {("official", "acute intestinal infection")}
    # an official who told reporters in Seoul speaks for South Korea about a North Korean town
    text = (
        "An outbreak of enteritis in Haeju is highly likely to be cholera, a ministry official "
        "told reporters in Seoul."
    )
    assert _causes(text) == {("independent", "enteritis"), ("independent", "cholera")}


def test_counts_fifteenth_round_more_hospital_words():
    text = "The sanatorium was holding about 300 patients in wards built for half that number."
    assert _counts(text) == [("hospitalized", 300)]
    text = "'We had 300 people in the hospital and nothing to give them,' he said."
    assert _counts(text) == [("hospitalized", 300)]
    text = "The director said 23 patients were being treated there."
    assert _counts(text) == [("hospitalized", 23)]
    text = "A nurse said the ward had 19 meningitis patients on Sunday."
    assert _counts(text) == [("hospitalized", 19)]
    text = "The director said 11 patients were in the isolation unit."
    assert _counts(text) == [("hospitalized", 11)]
    text = "In June 2024, a similar outbreak sent 390 people to hospital."
    assert _counts(text) == [("hospitalized", 390)]
    text = "MSF said it was caring for nine patients at its centre in Bikoro."
    assert _counts(text) == [("hospitalized", 9)]
    text = "Leptospirosis cases in the city have crossed 400 since June 1, with 3 deaths."
    assert _counts(text) == [("cases", 400), ("deaths", 3)]
    # (patients "referred to hospital" who died are deaths; a ward that "had died" no count)
    text = "He said two elderly patients he had referred to hospital had died."
    assert _counts(text) == [("deaths", 2)]
    text = "The hospital said eight patients in its isolation ward had died of tuberculosis."
    assert _counts(text) == [("deaths", 8)]


def test_voice_fifteenth_round_interviews_and_more_speakers():
    # a question-and-answer interview: the answers are the interviewee's
    text = (
        "Dr Anjali Rao, an epidemiologist at a research institute in Mumbai, spoke to us.\n"
        "Q: What are you seeing?\n"
        "A: Leptospirosis, mostly, and dengue and malaria, as every monsoon.\n"
        "Q: Is it getting worse?\n"
        "A: Yes. We saw 40 patients with leptospirosis in one week."
    )
    found = _causes(text)
    assert ("independent", "leptospirosis") in found and ("independent", "dengue") in found
    text = (
        "Kim, 41, left Hoeryong in 2019 and now lives in Seoul.\n"
        "Q: What did people die of?\n"
        "A: Most of them died of tuberculosis.\n"
        "Q: And the children?\n"
        "A: Measles went through the schools."
    )
    assert ("local", "tuberculosis") in _causes(text)
    text = (
        "The port's health station told families the men had acute pneumonia, but their "
        "colleagues believe they caught COVID-19 from the ship's crew."
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("local", "COVID-19")}
    text = (
        "Nine soldiers have died, and their officers have put the deaths down to pneumonia, a "
        "military source told Daily NK."
    )
    assert _causes(text) == {("official", "pneumonia")}
    text = "“Everyone knows it's dysentery,” the merchant said."
    assert _causes(text) == {("local", "dysentery")}
    # the sentence's closing speaker, before a speaker quoted in another clause
    text = (
        "“The officers tell us it is nothing serious, but everyone knows it's dysentery,” the "
        "merchant said."
    )
    assert _causes(text) == {("local", "dysentery")}


def test_voice_fifteenth_round_notices_funeral_groups_and_a_speaker_after_the_cause():
    text = (
        "A notice posted at the plant last week told employees that several colleagues had "
        "died of pneumoconiosis."
    )
    assert _causes(text) == {("official", "pneumoconiosis")}
    text = (
        "A network of volunteer funeral groups said it had collected the bodies of 30 people "
        "who died of cholera."
    )
    assert _causes(text) == {("local", "cholera")}
    # with no speaker before it, a cause is the first speaker's after it, not the one who
    # reported the rise in cases at the end of the sentence
    text = (
        "Malaria has spread among North Korean soldiers in Kaesong, South Korea's military "
        "intelligence has told lawmakers, as health authorities in the South reported a sharp "
        "rise in cases."
    )
    assert ("independent", "malaria") in _causes(text)


def test_counts_fifteenth_round_households_losses_and_wards():
    text = "About 60 households in the worst-hit blocks have been placed under quarantine."
    assert _counts(text) == [("quarantined", 60)]
    text = (
        "Some 120 families in the Osan neighbourhood, where the first cases appeared, have been "
        "barred from leaving."
    )
    assert _counts(text) == [("quarantined", 120)]
    assert _counts('"Yesterday we lost three people, among them children," he said.') == [
        ("deaths", 3)
    ]
    text = "A further 706 people on the contact list have been asked to stay at home."
    assert _counts(text) == [("quarantined", 706)]
    text = '"We have 90 patients in a ward built for half that," a nurse said.'
    assert _counts(text) == [("hospitalized", 90)]
    text = "Three patients are being treated in intensive care at the Klinikum Passau."
    assert _counts(text) == [("hospitalized", 3)]
    text = "The director said the isolation ward was treating 12 patients."
    assert _counts(text) == [("hospitalized", 12)]
    # clinics that treated people did not admit them
    text = "Clinics treated 1,100 people with suspected cholera last week."
    assert _counts(text) == [("suspected_cases", 1100)]


# ---- sixteenth round (named people; tuned on held out 10 to 31) -------------------------------


def test_voice_sixteenth_round_a_named_person_closes_a_quotation():
    # "she said" is the woman named just before, not the ministry named earlier
    text = (
        "The ministry said the deaths were caused by tuberculosis. Elena Popa said her son "
        'had been in the same ward. "It was COVID-19, everybody knows it," she said.'
    )
    assert _causes(text) == {("official", "tuberculosis"), ("local", "COVID-19")}
    text = (
        "The hospital blamed the deaths on pneumonia. Pensioner Halyna Bondar said she had "
        'lost her husband. "They died of cholera," she said.'
    )
    assert _causes(text) == {("official", "pneumonia"), ("local", "cholera")}
    # a name after the quotation, with a relative clause
    text = (
        "The provincial health office said the patients had typhoid fever. "
        '"It is cholera, we saw it in Pakistan," said Gul Ahmad, who returned from Pakistan '
        "in May."
    )
    assert _causes(text) == {("official", "typhoid fever"), ("local", "cholera")}


def test_voice_sixteenth_round_a_person_takes_the_voice_of_their_description():
    text = (
        "Residents said the children had died of measles. Maria Sina, who heads the provincial "
        'health office, said they had pneumonia. "We have seen no measles," Sina said.'
    )
    assert _causes(text) == {("local", "measles"), ("official", "pneumonia")}
    text = (
        "Villagers blamed cholera. Sarah Whitfield, a tuberculosis specialist at a charity in "
        'London, said the pattern fitted typhoid. "It looks like typhoid fever," she said.'
    )
    assert ("independent", "typhoid fever") in _causes(text)
    # a community spokeswoman speaks for the community, not for an office
    text = (
        "The health secretariat said the children died of hepatitis A. "
        '"It is lead poisoning, and the mine knows it," said Rosa Velazquez, a community '
        "spokeswoman."
    )
    assert _causes(text) == {("official", "hepatitis A"), ("local", "lead poisoning")}
    # Korean names lead with the surname: "Choi" later is Choi Myong-suk
    text = (
        "Camp officials said the deaths were caused by heart failure. Choi Myong-suk, a former "
        "nurse who fled to South Korea, said she had seen the records. "
        '"Every one of them had tuberculosis," Choi said.'
    )
    assert _causes(text) == {("official", "heart failure"), ("local", "tuberculosis")}


def test_voice_sixteenth_round_bodies_are_not_people():
    # "The Institut Pasteur" is a body (an article before the name)
    text = (
        "The ministry confirmed pneumonic plague. The Institut Pasteur de Madagascar said "
        "culture had confirmed plague in samples from the first patients."
    )
    assert ("local", "plague") not in _causes(text)


def test_voice_sixteenth_round_offices_of_independent_bodies_and_whose_clauses():
    text = (
        "The World Health Organization's regional office in Copenhagen said Europe had recorded "
        "more than 30,000 measles cases."
    )
    assert _causes(text) == {("independent", "measles")}
    text = '"This is a measles resurgence we predicted," a WHO Europe official said.'
    assert _causes(text) == {("independent", "measles")}
    text = (
        "The ministry said four children had died of measles. A mother in the Ferentari "
        "district, whose two children were in hospital, said she had delayed their vaccination. "
        '"Now I am afraid of measles," she said.'
    )
    assert _causes(text) == {("official", "measles"), ("local", "measles")}


def test_causes_sixteenth_round_not_like():
    text = '"It is not like dengue, it comes back after you think it has gone," a fisherman said.'
    assert _causes(text) == set()


# ---- seventeenth round (who speaks: restated figures, workplaces, quotations in single quotes,
# people after quotations; tuned on held out 10 to 33) -----------------------------------------


def test_voice_seventeenth_round_the_official_named_before():
    # "The official" is the WHO official the text introduced, not the state's
    text = (
        "The ministry said 12 children had died of measles. A WHO official working with the "
        "immunisation programme said vaccine stocks were low. The official said measles was "
        "spreading in the northern districts."
    )
    assert ("independent", "measles") in _causes(text)
    # "a foundation spokesman" speaks for the foundation named before
    text = (
        "The Sayed Relief Foundation said its morgues had received 300 bodies in a week. "
        "'Most of them died of heatstroke,' a foundation spokesman said."
    )
    assert _causes(text) == {("independent", "heatstroke")}


def test_voice_seventeenth_round_an_independent_body_restating_a_state():
    text = (
        "The World Health Organization said on Monday that Ukraine had reported the most "
        "diphtheria cases in Europe this year."
    )
    assert _causes(text) == {("independent", "diphtheria")}
    # the state speaking for itself stays official
    text = "Ukraine reported 40 cases of diphtheria on Monday, the health ministry said."
    assert _causes(text) == {("official", "diphtheria")}


def test_voice_seventeenth_round_a_speaker_whose_verb_follows_the_workplace():
    text = (
        "The health ministry said the deaths were caused by pneumonia. An epidemiologist at "
        "the European Centre for Disease Prevention and Control in Stockholm said the pattern "
        "pointed to measles."
    )
    assert _causes(text) == {("official", "pneumonia"), ("independent", "measles")}


def test_voice_seventeenth_round_quotations_in_single_quotes():
    # a quotation in single quotes opens a sentence of its own, and its speaker follows it
    text = (
        "The district office said the illness was food poisoning. 'My brother died of "
        "cholera, and the clinic knows it,' a fisherman named Tomas told the radio station."
    )
    assert _causes(text) == {("official", "food poisoning"), ("local", "cholera")}
    text = (
        "The regional directorate said 40 people had died of leptospirosis. 'Half the street "
        "has had dengue, and my aunt is in hospital,' said Rosa Quispe, a market vendor."
    )
    assert ("local", "dengue") in _causes(text)


def test_voice_seventeenth_round_the_official_line_reported_by_a_source():
    # a body ordering the deaths recorded as something asserts that something
    text = (
        "A source in the city said at least 20 people had died of influenza. The provincial "
        "health bureau, however, has ordered hospitals to record the deaths as acute pneumonia, "
        "the source said."
    )
    assert _causes(text) == {("local", "influenza"), ("official", "acute pneumonia")}
    # death certificates, even when the sentence begins with those who received them
    text = (
        "Relatives believe the men died of typhus. Families who received the bodies were given "
        "death certificates listing heart failure as the cause, a source said."
    )
    assert ("official", "heart failure") in _causes(text)
    # notices from an office say what the office says
    text = (
        '"The doctors call it typhoid among themselves, but the notices from the ward office say '
        'it is an intestinal infection," the source said.'
    )
    assert ("official", "intestinal infection") in _causes(text)


def test_voice_seventeenth_round_korean_offices():
    # a city people's committee and a provincial anti-epidemic station speak for the state
    text = "소식통에 따르면 시 인민위원회는 식중독이라고 설명했다."
    assert _causes(text) == {("official", "food poisoning")}
    text = "소식통에 따르면 도 위생방역소는 환자들을 장티푸스로 진단했다."
    assert _causes(text) == {("official", "typhoid fever")}


def test_voice_seventeenth_round_people_named_after_an_introduction_or_a_quotation():
    # "Headman Peter Banda of Mwanza village said": a person of a place, then "he said"
    text = (
        "The district office said the deaths were caused by heart failure. Headman Peter Banda "
        'of Mwanza village said the sickness was familiar. "It is anthrax, we have seen it '
        'before," he said.'
    )
    assert _causes(text) == {("official", "heart failure"), ("local", "anthrax")}
    # an introduction with a "where" clause before the person
    text = (
        "The ministry said the deaths were caused by food poisoning. In the Kanengo township, "
        "where families draw water from open wells, vegetable seller Ruth Mbewe said two "
        'neighbours had died. "It is the cholera. The toilets flood the wells," she said.'
    )
    assert _causes(text) == {("official", "food poisoning"), ("local", "cholera")}
    # a name after "said the <role>,"
    text = (
        "The ministry said the deaths were caused by hepatitis. "
        '"It is yellow fever, the old people knew it at once," said the promoter, Jose Ruiz.'
    )
    assert _causes(text) == {("official", "hepatitis"), ("local", "yellow fever")}


def test_voice_seventeenth_round_unnamed_people_with_a_word_before_their_role():
    # "a cattle herder" speaks, and the quotation after his goes on in his voice
    text = (
        "Officials said the deaths were caused by heatstroke. "
        '"Nobody sprayed the cattle this year," said a cattle herder. "My uncle died of the '
        'Congo fever in May."'
    )
    assert ("local", "Crimean-Congo haemorrhagic fever") in _causes(text)
    text = (
        "State media said the illness was food poisoning. A camp leader told us that bodies "
        'were buried at night. "The soldiers tell us not to say the word, but we know it is '
        'cholera," he said.'
    )
    assert _causes(text) == {("official", "food poisoning"), ("local", "cholera")}
    # a party leader is no private person
    text = "A party leader said the workers had died of pneumonia."
    assert ("local", "pneumonia") not in _causes(text)


def test_voice_seventeenth_round_who_publishes_outbreak_news():
    # WHO, which publishes Disease Outbreak News, asserts the disease its title names, beside
    # the ministry that notified it
    text = (
        "Disease Outbreak News: Rift Valley fever, Mauritania\n\nSituation at a glance\n"
        "On 3 October, the Ministry of Health of Mauritania notified WHO of 12 confirmed "
        "cases of Rift Valley fever, including three deaths."
    )
    assert _causes(text) == {
        ("official", "Rift Valley fever"),
        ("independent", "Rift Valley fever"),
    }
    # a plain article naming the series is no bulletin of WHO's
    text = "The ministry said 12 people had died of Rift Valley fever."
    assert _causes(text) == {("official", "Rift Valley fever")}


def test_voice_seventeenth_round_the_body_signing_a_situation_report():
    text = (
        "Mpox in Burundi: situation update for week 40. WHO Regional Office for Africa. "
        "Bujumbura: 40 new suspected cases were notified during the week."
    )
    assert _causes(text) == {("independent", "mpox")}


def test_voice_seventeenth_round_a_statement_in_the_first_person():
    # a relief group's statement: "our teams" speak for the group
    text = (
        "STATEMENT: Rio Verde Health Network, 2 August 2024\n"
        "Our mobile teams have diagnosed 900 cases of malaria in riverside villages since May. "
        "The departmental health secretariat says the deaths were caused by malnutrition."
    )
    assert _causes(text) == {("independent", "malaria"), ("official", "malnutrition")}
    # a briefing headed by a state agency: "we" is the agency
    text = (
        "Korea Disease Control and Prevention Agency (KDCA) briefing, January 10.\n"
        "We have received reports of eight deaths among patients with influenza since December."
    )
    assert _causes(text) == {("official", "influenza")}
    # "we" inside a quotation is the one quoted
    text = (
        'A resident said: "We have buried six people who died of cholera." The ministry said '
        "the illness was food poisoning."
    )
    assert ("local", "cholera") in _causes(text)


def test_causes_seventeenth_round_names():
    text = "The hospital's director told parents the children had suffered severe tonsillitis."
    assert _causes(text) == {("official", "tonsillitis")}
    text = "The hospital recorded the deaths as alcoholic liver disease, a source said."
    assert ("official", "alcoholic liver disease") in _causes(text)
    # a kind of infection in its own words, in the singular however it is written
    text = "Parents said the children had died of throat infections."
    assert _causes(text) == {("local", "throat infection")}


def test_voice_seventeenth_round_a_ministry_official_of_the_ministry_named_before():
    text = (
        "North Korea has sealed off part of Rason, South Korea's unification ministry said. "
        "A ministry official told reporters that 300 residents had fevers. The official said the "
        "illness was believed to be influenza."
    )
    assert _causes(text) == {("independent", "influenza")}
    # the country owning the speaker is not where things happen
    text = (
        "PYONGYANG -- State media said 200 people in Haeju had acute enteritis. South Korea's "
        'Ministry of Unification said it suspected a waterborne disease. "We assess that it is '
        'most likely cholera," a ministry official told reporters in Seoul.'
    )
    assert _causes(text) == {("official", "acute enteritis"), ("independent", "cholera")}


def test_voice_seventeenth_round_researchers_described_by_a_clause_estimate():
    text = (
        "Defectors say many died. Researchers at an American university who compared satellite "
        "images of cemeteries have estimated that COVID-19 deaths were many times the official "
        "figure."
    )
    assert _causes(text) == {("independent", "COVID-19")}


def test_causes_seventeenth_round_general_names_give_way():
    # "hepatitis" and "hepatitis B" from one speaker are one disease
    text = (
        "A source said young people are dying of hepatitis. The source said tests showed most "
        "had hepatitis B."
    )
    assert _causes(text) == {("local", "hepatitis B")}
    # two speakers of one voice, one general and one specific, make two claims
    text = (
        "The World Health Organization estimates that 15,000 people died of tuberculosis in "
        "2022. Moon, a physician with an aid group, said multidrug-resistant tuberculosis was "
        "spreading in the provinces."
    )
    assert _causes(text) == {
        ("independent", "tuberculosis"),
        ("independent", "multidrug-resistant tuberculosis"),
    }
    # the pathogen family of a named disease
    text = (
        "The city's Centre for Disease Control recorded 1,025 cases of hand, foot and mouth "
        "disease last week, and said most were caused by enterovirus infection."
    )
    assert _causes(text) == {("official", "hand, foot and mouth disease")}
    # a diarrhoeal illness is what the sick suffer, not a cause
    text = (
        "A diarrhoeal illness has swept through flood shelters in Sinuiju, killing 11 people, "
        "residents said."
    )
    assert _causes(text) == set()


def test_causes_seventeenth_round_a_treatment_centre_admitting_patients():
    # the patients a cholera treatment centre admits have cholera
    text = (
        "Medecins Sans Frontieres, which runs a cholera treatment centre in Beira, said it had "
        "admitted 185 patients since August."
    )
    assert _causes(text) == {("independent", "cholera")}
    # a treatment centre opened, or a vaccine, asserts nothing
    text = "The charity said it would open a cholera treatment centre in Beira next week."
    assert _causes(text) == set()


def test_voice_seventeenth_round_a_person_described_by_the_body_named_before():
    text = (
        "The ministry said the deaths were caused by food poisoning. UNICEF said children were "
        'most at risk. "This is the worst cholera outbreak in years," said Anna Keller, the '
        "agency's representative in Lilongwe."
    )
    assert _causes(text) == {("official", "food poisoning"), ("independent", "cholera")}
    text = (
        "Military authorities insist the conscripts had pneumonia. Tatyana Orlova, who heads a "
        "soldiers' mothers' committee in Vladivostok, said families had written to her. "
        '"This is a meningitis outbreak," Orlova said.'
    )
    assert ("independent", "meningitis") in _causes(text)


def test_voice_seventeenth_round_it_said_a_state_had_reported():
    # "It" is WHO, restating what Tajikistan reported
    text = (
        "The health ministry said three people had died. The World Health Organization said "
        "ticks were active. It said Tajikistan had reported 41 cases of Crimean-Congo "
        "haemorrhagic fever last year."
    )
    assert ("independent", "Crimean-Congo haemorrhagic fever") in _causes(text)


def test_voice_seventeenth_round_more_international_bodies():
    text = (
        "The Ministry of Fisheries said cattle had died. The Food and Agriculture Organization "
        "said anthrax had been confirmed in animals in several districts."
    )
    assert _causes(text) == {("independent", "anthrax")}


# ---- seventeenth round, second step (tuned on held out 34 and 35 as well) -------------------


def test_voice_seventeenth_round_a_quotation_going_on_from_the_last():
    # the second quotation goes on in the voice of the speaker named after the first
    text = (
        "The ministry said the deaths were caused by heart failure. "
        '"The tower has been steaming day and night," said Ioana Pop, 71, whose husband is in '
        'intensive care at the city hospital. "He caught legionnaires\' from that tower."'
    )
    assert ("local", "Legionnaires' disease") in _causes(text)
    text = (
        "The health department said 40 people had died of dengue. Rolando Dizon, 46, a driver "
        'from Malabon, said he had waded through floods. "My eyes turned yellow," he said from '
        'a hospital bed. "It was leptospirosis from the flood water."'
    )
    assert ("local", "leptospirosis") in _causes(text)
    # a title before the name says what the person is
    text = (
        "The ministry said 23 people had died of typhoid fever. "
        '"Two people died here last week," said Group Village Head Mphatso Banda. "Everybody '
        'knows that is cholera."'
    )
    assert ("local", "cholera") in _causes(text)


def test_voice_seventeenth_round_the_record_of_a_workplace_or_an_order():
    text = (
        '"Three men died in February," said the resident. "The company recorded it as heart '
        'failure, but everybody knows it was TB."'
    )
    assert _causes(text) == {("official", "heart failure"), ("local", "tuberculosis")}
    # staff told what to write on a certificate write the official line
    text = (
        "At least 14 patients died, a doctor told Daily NK, adding that staff had been told to "
        'write "acute pneumonia" on every death certificate.'
    )
    assert ("official", "acute pneumonia") in _causes(text)
    # "they" at the hospital are the hospital
    text = (
        '"At the hospital they say it is an ordinary intestinal infection, but everyone knows '
        'it is typhoid," the source said.'
    )
    assert _causes(text) == {("official", "intestinal infection"), ("local", "typhoid fever")}


def test_voice_seventeenth_round_a_state_that_goes_on_reporting():
    text = (
        "Residents say dozens died. North Korea has continued to report zero COVID-19 cases to "
        "the World Health Organization."
    )
    assert ("official", "COVID-19") in _causes(text)
    # a place named in capitals between the speaker and the verb; "free of" a disease is a
    # claim of zero about it
    text = (
        "Officials in the Rason Special Economic Zone are telling residents that the city is "
        "free of COVID-19, a source said."
    )
    assert _causes(text) == {("official", "COVID-19")}


def test_voice_seventeenth_round_a_phrase_quoted_inside_a_clause():
    text = (
        "Doctors told families the students had paratyphoid, but the city health department has "
        'informed the university only that they have an "intestinal infection caused by '
        'unsanitary food brought from home," according to the source.'
    )
    assert ("official", "intestinal infection") in _causes(text)


def test_voice_seventeenth_round_korean_health_authorities():
    text = (
        '도 보건당국은 인민반 회의를 통해 사망 원인이 "급성폐렴"이라고 설명했지만, '
        "주민들은 코로나라고 믿는다."
    )
    assert ("official", "acute pneumonia") in _causes(text)


def test_voice_seventeenth_round_more_specialists():
    text = (
        "KCNA said 27 children had been diagnosed with encephalitis and had recovered. A "
        "paediatric neurologist in Seoul who has treated defector children said the cluster was "
        "almost certainly Japanese encephalitis."
    )
    assert ("independent", "Japanese encephalitis") in _causes(text)
    text = (
        "Officials reported 14 deaths. Researchers at Mahidol University in Bangkok estimate "
        "that melioidosis kills about 2,800 people in Thailand every year."
    )
    assert ("independent", "melioidosis") in _causes(text)


def test_causes_seventeenth_round_a_disease_put_forward_to_be_rejected():
    text = (
        "The county committee said the deaths were caused by food poisoning. "
        '"Food poisoning does not leave black scabs," the source said.'
    )
    assert _causes(text) == {("official", "food poisoning")}
    text = (
        "Officials described the illness as influenza. "
        '"Calling it influenza does not help anyone," the specialist said.'
    )
    assert _causes(text) == {("official", "influenza")}
    text = (
        'The hospital said he had pneumonia. "If it was pneumonia, why burn him?" his father said.'
    )
    assert _causes(text) == {("official", "pneumonia")}
    text = (
        'Officials call it acute enterocolitis. "Acute enterocolitis is the label used for '
        'illnesses the authorities would rather not name," she said.'
    )
    assert _causes(text) == {("official", "acute enterocolitis")}


def test_voice_seventeenth_round_they_in_a_quotation_are_the_authorities():
    text = (
        '"They keep telling us it is chickenpox, but every mother here knows what measles looks '
        'like," a resident told Daily NK.'
    )
    assert _causes(text) == {("official", "chickenpox"), ("local", "measles")}
    text = (
        '"By the time they admitted it was measles, the wards were already full," the source said.'
    )
    assert ("official", "measles") in _causes(text)
    # outside a quotation, "they" is whoever was named before
    text = "Residents fear the worst. They call it cholera."
    assert ("official", "cholera") not in _causes(text)


def test_causes_seventeenth_round_more_names_and_speakers():
    # "intestinal illness" in its own words, "old age" given as a cause of death
    text = (
        "Officials of the provincial people's committee have described the outbreak as an "
        '"intestinal illness caused by melting snow water", the source said.'
    )
    assert ("official", "intestinal illness") in _causes(text)
    text = '"The county says they died of old age, but everyone knows it is starvation."'
    assert ("official", "old age") in _causes(text)
    # a security department's account is the state's
    text = (
        "The county security department told neighbours the family had died of carbon "
        "monoxide poisoning, but relatives believe they starved."
    )
    assert ("official", "carbon monoxide poisoning") in _causes(text)
    # those a notice is addressed to do not speak
    text = (
        "The city people's committee described the illness in a notice to parents as a "
        "seasonal cold."
    )
    assert _causes(text) == {("official", "common cold")}
    # the clinic in town speaks for itself
    text = '"The clinic in town said it was hepatitis," Lozano said.'
    assert ("official", "hepatitis") in _causes(text)
    text = '"By the time they said Guillain-Barre, she could no longer breathe," her mother said.'
    assert ("local", "Guillain-Barré syndrome") in _causes(text)


def test_places_seventeenth_round_a_surname_that_speaks_is_no_town():
    text = (
        "Miners in Musan, near the border with China, are dying of lung disease, residents "
        'said. "Almost every driller over 45 has pneumoconiosis," Kang said in an interview in '
        "Seoul."
    )
    regions = {p["region"] for p in extract_places(text) if p["region"]}
    assert regions == {"KP-09", "KR-11"}
    # where a speaker is, and a capital speaking for its government, stay places
    text = "A trader in Dandong said the border was shut. Pyongyang said there were no cases."
    assert {p["text"] for p in extract_places(text)} == {"Dandong", "Pyongyang"}


# ---- seventeenth round, fourth step (tuned on held out 38 and 39 as well) -------------------


def test_causes_seventeenth_round_misdiagnoses_and_assumptions_assert_nothing():
    text = (
        "Three more people died of dengue, officials said. Some of them had first been "
        "misdiagnosed with malaria or typhoid, a hospital administrator said."
    )
    assert _causes(text) == {("official", "dengue")}
    text = (
        '"Patients arrive late, after treating themselves at home for what they assumed was '
        "malaria,\" the hospital's head said."
    )
    assert _causes(text) == set()


def test_causes_seventeenth_round_names_in_the_officials_own_words():
    text = (
        "Local health officials have told residents that the children are suffering from a "
        '"seasonal skin fever", according to the source.'
    )
    assert _causes(text) == {("official", "seasonal skin fever")}
    # a quoted phrase beginning with an article is no name
    text = 'Residents said "the fever" had killed two children.'
    assert ("local", "the fever") not in _causes(text)
    text = (
        "Five residents have been hospitalized with the cutaneous form of anthrax, the "
        "ministry said."
    )
    assert _causes(text) == {("official", "cutaneous anthrax")}
    text = '"My kids\' doctor said a lot of these are just roseola," said a mother.'
    assert ("local", "roseola") in _causes(text)
    text = "Local officials at first said the men were suffering from an allergic reaction."
    assert _causes(text) == {("official", "allergic reaction")}
    text = 'Residents call it "breakbone fever", the source said.'
    assert _causes(text) == {("local", "dengue")}


def test_voice_seventeenth_round_a_social_security_office_records():
    text = (
        "When a man was found dead in his home, the local social security office recorded the "
        "cause as tuberculosis, according to the source."
    )
    assert _causes(text) == {("official", "tuberculosis")}


def test_counts_seventeenth_round_people_who_fell_ill_are_suspected_cases():
    # untested people with symptoms are suspected cases; with the disease named, cases
    assert _counts("143 students had fallen ill with vomiting and diarrhoea") == [
        ("suspected_cases", 143)
    ]
    assert _counts("The outbreak has left 380 people sick, most of them children.") == [
        ("suspected_cases", 380)
    ]
    assert _counts("At least 40 workers fell sick in late May.") == [("suspected_cases", 40)]
    assert _counts("Twelve miners fell ill with cholera last week.") == [("cases", 12)]


def test_voice_eighteenth_round_a_hospital_that_tells_families():
    text = '"The hospital tells the families the miners died of heart failure," a relative said.'
    assert _causes(text) == {("official", "heart failure")}


def test_voice_eighteenth_round_a_medical_post_records():
    text = (
        "Workers say it is malaria, the source said. But the camp's medical post has recorded "
        "the deaths as heatstroke."
    )
    assert ("official", "heatstroke") in _causes(text)
    assert ("local", "heatstroke") not in _causes(text)


def test_voice_eighteenth_round_staff_of_a_health_authority_at_work():
    text = (
        "According to the source, doctors from the county's anti-epidemic station visited every "
        "house last week telling families that the sick had the flu."
    )
    assert _causes(text) == {("official", "influenza")}
    # (speaking privately, they leak)
    text = (
        "A doctor at the county's anti-epidemic station privately told the source that the "
        "patients had cholera."
    )
    assert _causes(text) == {("local", "cholera")}


def test_voice_eighteenth_round_an_acronym_the_text_defines():
    text = (
        "The Department of Health (DOH) logged 300 cases of leptospirosis, the secretary said. "
        "The DOH said it had also recorded 9,000 dengue cases."
    )
    assert ("official", "dengue") in _causes(text)
    assert ("independent", "dengue") not in _causes(text)
    # an acronym the text does not define stays an independent body
    assert _causes("NKDB said 12 prisoners had died of typhus.") == {("independent", "typhus")}


def test_voice_eighteenth_round_the_body_issuing_a_press_release():
    text = (
        "PRESS RELEASE - Ministry of Health of the Republic of Moldova\n\n"
        "Since January, 412 cases of measles have been registered, of which 300 were among "
        "children. The rise is due to parents refusing vaccination."
    )
    assert _causes(text) == {("official", "measles")}


def test_voice_eighteenth_round_north_korean_broadcasters():
    text = (
        "The Korean Central Broadcasting Station reported on Monday that anthrax had been found "
        "among cattle in the county."
    )
    assert _causes(text) == {("official", "anthrax")}


def test_voice_eighteenth_round_a_person_inside_a_quotation_does_not_speak_it():
    text = (
        "Lee Min-ho, a microbiologist at a university in Busan, said the case was typical. "
        '"A plague case in a farmer who traps marmots is what we expect in July," Lee said.'
    )
    assert ("local", "plague") not in _causes(text)


def test_voice_eighteenth_round_health_records():
    text = (
        "The city had its worst dengue outbreak in 2019, when 20,000 cases were recorded, "
        "according to provincial health records."
    )
    assert _causes(text) == {("official", "dengue")}


def test_voice_eighteenth_round_an_interview_set_out_in_paragraphs():
    text = (
        "INTERVIEW | 'Nobody had any medicine'\n\n"
        "Pak Sun-hui (not her real name) was a nurse in Kimchaek until 2020. She now lives in "
        "Seoul.\n\n"
        "Were the patients all tuberculosis cases?\n"
        "Officially, yes. But many of them also had typhoid, and nobody tested them.\n\n"
        "What did the authorities say?\n"
        "The provincial health department said the wards were in order.\n"
    )
    causes = _causes(text)
    # the answer is the interviewee's; the question asserts nothing
    assert ("local", "typhoid fever") in causes
    assert ("official", "tuberculosis") not in causes
    # an interviewee who works for an aid group speaks for it (the headline quotes her, and
    # is no introduction)
    text = (
        "Q&A: 'Whole villages come at once'\n"
        "Anna Berg runs the measles ward that Médecins Sans Frontières opened in Lubumbashi.\n"
        "How bad is it?\n"
        "'We have admitted 600 children since June.'\n"
        "Is it only measles?\n"
        "'No. Some of the children also have malaria.'\n"
    )
    assert ("independent", "malaria") in _causes(text)
    assert ("local", "malaria") not in _causes(text)


def test_voice_eighteenth_round_death_certificates_giving_the_cause():
    text = (
        "According to the source, the bodies were handed to relatives with death certificates "
        "giving the cause as heart failure."
    )
    assert _causes(text) == {("official", "heart failure")}


def test_voice_eighteenth_round_from_what_others_describe():
    text = (
        "Choi Min-ji, a virologist at a university in Daegu, said one test proved little. "
        '"From what residents describe, this looks like cholera to me," she said.'
    )
    assert ("independent", "cholera") in _causes(text)
    assert ("local", "cholera") not in _causes(text)
    # (those who suspect are still the ones asserting)
    text = "Nearly 30 people have died from what locals suspect was typhoid."
    assert _causes(text) == {("local", "typhoid fever")}


def test_voice_eighteenth_round_a_hospital_that_tested_and_confirmed():
    text = (
        '"The clinic gave them aspirin, but then the county hospital tested them and confirmed '
        'hepatitis A," the source said.'
    )
    assert ("official", "hepatitis A") in _causes(text)


def test_voice_eighteenth_round_korean_quotative_endings():
    # the anti-epidemic station "says it is only food poisoning"; the hospital's doctors
    # quietly tell families it is typhoid
    text = (
        '소식통은 "시 위생방역소는 식중독일 뿐이라며 격리도 하지 않는다"면서 "병원 의사들은 '
        '가족들에게 장티푸스라고 조용히 말한다"고 전했다.'
    )
    causes = _causes(text)
    assert ("official", "food poisoning") in causes
    assert ("local", "typhoid fever") in causes
    assert ("local", "food poisoning") not in causes


def test_voice_eighteenth_round_korean_clauses():
    # the authorities' explanation ends at "설명했지만" ("explained, but"); the talk going
    # round among residents is theirs
    text = (
        '도 보건당국은 사망 원인이 "급성폐렴"이라고 설명했지만, 주민들 사이에서는 '
        "코로나19가 퍼졌다는 말이 돌고 있다."
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("local", "COVID-19")}
    # doctors hint at typhoid; the authorities tell residents it is only food poisoning
    text = (
        '소식통은 "병원 의사들은 장티푸스라고 귀띔하는데 당국은 주민들에게 식중독이라고만 '
        '선전하고 있다"고 말했다.'
    )
    assert _causes(text) == {("local", "typhoid fever"), ("official", "food poisoning")}


def test_voice_eighteenth_round_those_who_pass_a_document_on_or_are_consulted():
    text = (
        "A notice posted by the port's quarantine office, photographed by a Chinese trader "
        'working in the zone, says no one may go ashore "until the danger of cholera has passed."'
    )
    assert ("local", "cholera") not in _causes(text)
    text = (
        "The WHO said it was in contact with Thai authorities about the anthrax cases and was "
        "ready to help."
    )
    assert _causes(text) == {("independent", "anthrax")}


def test_voice_eighteenth_round_a_state_health_foundation_and_the_nurse():
    text = (
        "Para state has confirmed 1,200 cases of Oropouche fever, the state health surveillance "
        "foundation said. The foundation recorded 800 dengue cases over the same period."
    )
    assert _causes(text) == {("official", "Oropouche fever"), ("official", "dengue")}
    text = (
        "A nurse at a private clinic in Uvira said many patients never reached a hospital. "
        "\"They come with lesions all over their bodies. It's mpox, and the families hide "
        'them," said the nurse.'
    )
    assert _causes(text) == {("local", "mpox")}


def test_voice_eighteenth_round_everybody_calling_it_corona_and_a_lecture():
    text = '"Everybody in our street is calling it corona again," she said.'
    assert _causes(text) == {("local", "COVID-19")}
    text = (
        "A lecture given to neighbourhood units last week blamed the illness on food poisoning "
        "and warned residents against spreading rumours, according to the source."
    )
    assert _causes(text) == {("official", "food poisoning")}


def test_causes_eighteenth_round_what_the_residents_described_fitted_better_than():
    text = (
        "Park Ji-hoon, an infectious disease specialist at a university hospital in Seoul, said "
        "the symptoms the residents "
        "described, yellow eyes and dark urine, fitted hepatitis A far better than food "
        "poisoning."
    )
    assert _causes(text) == {("independent", "hepatitis A")}


def test_voice_eighteenth_round_a_representative_for_a_country():
    text = (
        "WHO's representative for North Korea said in an email that influenza was circulating "
        "widely across the region."
    )
    assert _causes(text) == {("independent", "influenza")}


def test_causes_eighteenth_round_the_disease_referred_back_to():
    text = (
        "Tuberculosis is rife in the prison camps, a former inmate said. Dengue is rarer. "
        "Tuberculosis kills more prisoners than anything else, he said. The World Health "
        "Organization estimated that 16,000 people in the country died of the disease in 2022."
    )
    claims = extract(text)["claims"]
    who = [c for c in claims if c["voice"] == "independent"]
    assert [(c["count"], c["cause"], c["cause_text"]) for c in who] == [
        (16000, "tuberculosis", "the disease")
    ]


def test_voice_nineteenth_round_illnesses_reported_to_a_body():
    text = (
        "Since the last update, 24 more illnesses have been reported to CDC, bringing the total "
        "to 186 people infected with Salmonella."
    )
    assert _causes(text) == {("official", "salmonellosis")}


def test_voice_nineteenth_round_a_hypothetical_report_asserts_nothing():
    text = (
        '"If the province reports cholera, the party sends inspectors, and the inspectors need '
        'someone to punish," he said.'
    )
    assert ("official", "cholera") not in _causes(text)


def test_causes_nineteenth_round_an_interview_headline_names_the_disease():
    text = (
        '"The virus follows the trucks": an epidemiologist on mpox in South Kivu\n'
        "Dr. Amani Mbuyi is an epidemiologist at a university in Bukavu.\n"
        "How bad is it?\n"
        "In the health zone we counted 1,460 suspected cases since January.\n"
        "And the official figures?\n"
        "The province counts only confirmed cases, around 390 so far.\n"
    )
    claims = extract(text)["claims"]
    assert {(c["voice"], c["cause"], c["count"]) for c in claims if c["count"]} == {
        ("independent", "mpox", 1460),
        ("official", "mpox", 390),
    }


def test_voice_nineteenth_round_more_local_and_official_speakers():
    text = "Herders in Wajir county say people are dying of Rift Valley fever."
    assert _causes(text) == {("local", "Rift Valley fever")}
    text = '"Our neighbourhood doctor said it was scarlet fever," Kim said.'
    assert _causes(text) == {("local", "scarlet fever")}
    text = (
        "According to the agency, Pyongyang circulated an internal directive blaming food "
        "poisoning from spoiled meat."
    )
    assert ("official", "food poisoning") in _causes(text)
    text = "The mine's medical office has registered the cases as acute gastritis, the source said."
    assert _causes(text) == {("official", "acute gastritis")}


def test_voice_nineteenth_round_the_agency_named_before():
    text = (
        "UNICEF said 40 children had died of diphtheria in Taiz. The agency also said measles "
        "was spreading in the camps."
    )
    assert _causes(text) == {("independent", "diphtheria"), ("independent", "measles")}
    text = (
        "South Korea's spy agency told lawmakers that 5 people had died of anthrax. The agency "
        "also told lawmakers that tuberculosis was spreading in the prison camps."
    )
    assert ("independent", "tuberculosis") in _causes(text)


def test_causes_nineteenth_round_gastritis_and_an_ordinary_cold():
    text = "The party secretary told us it was an ordinary cold, Kim said."
    assert _causes(text) == {("official", "common cold")}
    text = "The plant's clinic recorded the illness as acute gastritis."
    assert _causes(text) == {("official", "acute gastritis")}


def test_voice_nineteenth_round_a_testimony_and_the_record_of_a_centre():
    text = (
        "A woman who was held in the provincial holding centre has described an outbreak of "
        "typhus that she says killed 20 detainees. The centre's doctor, she said, recorded the "
        'deaths as "heart failure".'
    )
    assert _causes(text) == {("local", "typhus"), ("official", "heart failure")}
    # (the unit's medics who only suspect speak for no one but themselves)
    text = "The source said the unit's medics suspected tuberculosis."
    assert ("official", "tuberculosis") not in _causes(text)


def test_voice_nineteenth_round_a_lawyer_for_the_group_and_what_it_estimates():
    text = (
        "Her account matches other testimony, the group said. It estimates that at least 130 "
        "women died at the prison, most of them from tuberculosis. Jung Da-eun, a lawyer who "
        "has documented prison conditions for the group, said pellagra was a telling sign."
    )
    assert _causes(text) == {("independent", "tuberculosis"), ("independent", "pellagra")}


def test_causes_nineteenth_round_the_disease_as_its_speaker_named_it():
    text = (
        'North Korea says it has contained an "intestinal epidemic" in Haeju, but residents '
        "say the disease was cholera. State media reported that 1,610 patients with symptoms of "
        "the disease had been identified."
    )
    claims = extract(text)["claims"]
    assert {(c["voice"], c["cause"]) for c in claims if c["count"] == 1610} == {
        ("official", "intestinal infection")
    }


def test_voice_nineteenth_round_families_told_by_those_in_charge():
    text = (
        "A trader said three dock workers died last week. Their families were told the men had "
        "died of acute pneumonia, the trader said."
    )
    assert ("official", "acute pneumonia") in _causes(text)
    # (told something else: the cause is the speaker's)
    text = (
        "Two were taken to hospital with pneumonia, and families have been told they may send "
        "food but not visit, the resident said."
    )
    assert _causes(text) == {("local", "pneumonia")}


def test_voice_nineteenth_round_more_bodies():
    text = (
        "The Global Fund, which financed the North's bed nets, said last year that malaria "
        "was spreading again."
    )
    assert _causes(text) == {("independent", "malaria")}
    text = (
        "The RSF-appointed civil administration in Khartoum state has described the illness as "
        '"acute watery diarrhoea".'
    )
    assert _causes(text) == {("official", "acute watery diarrhoea")}
    text = "An emergency response room in Omdurman said 45 people had died of cholera."
    assert _causes(text) == {("local", "cholera")}


def test_counts_nineteenth_round_inpatients_fever_deaths_partitives_and_ellipses():
    text = "The ministry reported that 9,870 patients were receiving in-patient care at sanatoria."
    assert _counts(text) == [("hospitalized", 9870)]
    text = "It said the 318 fever deaths recorded since mid-June were mostly due to malaria."
    assert _counts(text) == [("deaths", 318)]
    text = "Thirty of the worst cases were moved to the city hospital on May 30."
    assert _counts(text) == [("hospitalized", 30)]
    # (a partitive beside another keeps its noun)
    text = "Dhi Qar accounted for 81 of the suspected cases and eight of the deaths."
    assert _counts(text) == [("suspected_cases", 81), ("deaths", 8)]
    text = (
        "The ministry confirmed 11 human cases of Rift Valley fever in Garissa and four in "
        "Wajir, including two deaths."
    )
    assert _counts(text) == [("cases", 11), ("cases", 4), ("deaths", 2)]


def test_causes_twentieth_round_encephalitis_and_ehec():
    # the syndrome gives way to the named disease across a voice
    text = (
        "Rospotrebnadzor said 31 people had been diagnosed with tick-borne encephalitis. Tests "
        "on ticks found the encephalitis virus in one tick in twenty, the agency said."
    )
    assert _causes(text) == {("official", "tick-borne encephalitis")}
    assert normalise_cause("EHEC infection") == normalise_cause("E. coli O157")


def test_voice_twentieth_round_an_interviewed_defector_and_a_factory_clinic():
    text = (
        "Ri Chol-min was a doctor at a hospital in Pyongsong until he left North Korea in 2019. "
        "We asked him about the fever the North says it defeated.\n\n"
        "Q: Do you believe the figures?\n"
        "A: No. It was COVID-19, everybody knew.\n\n"
        "Q: And before the pandemic?\n"
        "A: We lost two or three patients a week to tuberculosis.\n"
    )
    assert _causes(text) == {("local", "COVID-19"), ("local", "tuberculosis")}
    text = (
        "The factory clinic, however, records the deaths as pneumonia, the partner said, because "
        "a tuberculosis death counts against it."
    )
    assert ("official", "pneumonia") in _causes(text)


def test_voice_twentieth_round_a_state_notifies_and_the_disease_of_its_sentence():
    text = (
        "According to the World Health Organization, North Korea notified about 68,000 "
        "tuberculosis cases in 2022, while the WHO estimates that some 131,000 people fell ill "
        "with the disease that year."
    )
    claims = extract(text)["claims"]
    assert {(c["voice"], c["cause"], c["count"]) for c in claims} == {
        ("official", "tuberculosis", 68000),
        ("independent", "tuberculosis", 131000),
    }


def test_voice_twentieth_round_the_doctor_at_the_hospital_tells_the_families():
    text = (
        '"The doctor at the county hospital told the families straight out that it was '
        'anthrax," the source said.'
    )
    assert _causes(text) == {("local", "anthrax")}


def test_causes_twentieth_round_a_first_belief_and_a_hospital_named_specialist():
    text = (
        "He said the family had first believed the illness was typhoid and had spent a week "
        "buying drugs for it."
    )
    assert _causes(text) == set()
    text = (
        '"We were told to kill the rats," said Tunde Adeyemi, a cocoa farmer whose brother died '
        "of Lassa fever at the Irrua Specialist Teaching Hospital."
    )
    assert _causes(text) == {("local", "Lassa fever")}


def test_counts_twentieth_round_suspected_patients_a_rash_and_lab_confirmation():
    text = "The isolation unit had received 21 suspected patients since March."
    assert _counts(text) == [("suspected_cases", 21)]
    text = "More than 120 children have come down with the rash and a high fever."
    assert _counts(text) == [("suspected_cases", 120)]
    text = "Of these, 283 were confirmed by laboratory tests."
    assert _counts(text) == [("cases", 283)]


def test_causes_twenty_first_round_a_disease_defined_in_apposition():
    text = (
        "Kwon said the accounts were clear. Paratyphoid fever, a bacterial infection spread "
        "through food and water, causes symptoms similar to typhoid."
    )
    assert _causes(text) == set()
    text = '"The doctors said it\'s lepto, from rat urine in the water," Mercado said.'
    assert _causes(text) == {("local", "leptospirosis")}


def test_voice_twenty_first_round_more_sanitary_departments_and_former_nurses():
    text = (
        "Five cases of Crimean-Congo haemorrhagic fever have been confirmed, the regional "
        "sanitary and epidemiological control department said on Monday."
    )
    assert _causes(text) == {("official", "Crimean-Congo haemorrhagic fever")}
    text = (
        "A former nurse from Tanchon, identified only as Ms. Ri, told researchers that patients "
        "were dying of pellagra."
    )
    assert _causes(text) == {("local", "pellagra")}


def test_causes_twenty_first_round_a_situation_summary_names_its_disease():
    text = (
        "Ebola virus disease, Kasai Province — situation summary as of 5 October 2025\n\n"
        "The Ministry of Public Health has reported 71 cases, including 39 deaths."
    )
    claims = extract(text)["claims"]
    assert {(c["voice"], c["cause"], c["count"]) for c in claims if c["count"]} == {
        ("official", "Ebola", 71),
        ("official", "Ebola", 39),
    }


def test_voice_twenty_first_round_the_interviewee_spoken_to_and_those_described():
    text = (
        "In Paju, health authorities have confirmed 47 cases of malaria. We spoke to Han So-yeon, "
        "an epidemiologist at Hallym University.\n\n"
        "How serious is it?\n"
        "From what defectors from Kaesong describe, I have no doubt malaria is widespread.\n\n"
        "And here?\n"
        "Of this season's patients, 31 are soldiers.\n"
    )
    claims = extract(text)["claims"]
    assert ("local", "malaria") not in {(c["voice"], c["cause"]) for c in claims}
    assert {(c["voice"], c["count"]) for c in claims if c["count"] == 31} == {("independent", 31)}


def test_counts_twenty_first_round_bare_adjectives_dialysis_and_supervision():
    text = "The ministry has reported 71 cases (58 confirmed and 13 probable), including 39 deaths."
    assert _counts(text) == [
        ("cases", 71),
        ("cases", 58),
        ("suspected_cases", 13),
        ("deaths", 39),
    ]
    # (the adjectives of deaths in brackets qualify the deaths)
    text = "In total there have been 2,242 deaths (2,127 confirmed and 115 probable)."
    assert _counts(text) == [("deaths", 2242), ("deaths", 2127), ("deaths", 115)]
    assert _counts("Castillo said 212 patients were undergoing dialysis.") == [
        ("hospitalized", 212)
    ]
    text = "112 people who had contact with them are under medical supervision."
    assert _counts(text) == [("quarantined", 112)]


def test_voice_twenty_first_round_a_notice_that_blames_and_a_ministry_that_declared():
    text = (
        "The notice blames the illness on acute enterocolitis caused by careless handling of "
        "food and makes no mention of typhoid, the source said."
    )
    assert _causes(text) == {("official", "acute enterocolitis")}
    text = (
        "Sudan's Federal Ministry of Health, which has operated from Port Sudan since the war, "
        "declared a cholera epidemic on Aug. 12. It says 11,327 cases have been recorded."
    )
    claims = extract(text)["claims"]
    assert {(c["voice"], c["cause"]) for c in claims if c["cause"]} == {("official", "cholera")}
    assert [c["voice"] for c in claims if c["count"] == 11327] == ["official"]
    # (a passive "was confirmed" is no one's statement)
    text = (
        "The student, who had returned home, died on Sept. 9, but the infection was confirmed "
        "only on Sunday."
    )
    assert not any(a["text"] == "student" and a["speaks"] for a in find_attributions(text))


def test_voice_twenty_first_round_a_provincial_newspaper_and_a_disease_explained():
    text = (
        "The provincial newspaper Hamnam Ilbo reported on Nov. 21 that 186 pupils had been "
        "diagnosed with scarlet fever."
    )
    assert _causes(text) == {("official", "scarlet fever")}
    text = (
        '"Two children have died," the resident said. Scarlet fever, caused by group A '
        "streptococcus bacteria, mostly affects children between five and 15."
    )
    assert _causes(text) == set()


# ---- twenty-second round ---------------------------------------------------------------------


def test_places_twenty_second_round_a_city_in_a_text_that_names_no_country():
    # no country named anywhere: a city of some size is looked for the world over
    text = (
        "Brucellosis has been diagnosed in 64 residents of Pastdargom district, Samarkand "
        "region, since early May, the regional sanitary service said."
    )
    assert _regions(text) == ["UZ-SA"]
    # a dateline city is the one that bears the name ("Phoenix" is also one of Warsaw's names)
    text = "PHOENIX - Maricopa County has confirmed 57 human cases of West Nile virus."
    assert _regions(text) == ["US-AZ"]
    # the town's own office after its name does not make the town part of a longer name
    text = "The Stuttgart Health Office has now confirmed Legionella infection in 19 people."
    assert _regions(text) == ["DE-BW"]
    # a small town is not looked for the world over; in a text about its country it is
    assert _regions("Cases were also reported in Rudnyy last week.") == []
    assert _regions("Cases were also reported in Rudnyy, Kazakhstan, last week.") == ["KZ-39"]


def test_voice_twenty_second_round_said_a_spokesperson_and_a_first_name_again():
    # "said a UNICEF spokesperson": the speaker after the quotation, with an indefinite article
    text = (
        'Mohammed Saleh said his son was ill. "The doctor said it was diphtheria," he said. '
        '"Diphtheria is spreading because children have missed their vaccines," said a UNICEF '
        "spokesperson in Aden."
    )
    claims = extract(text)["claims"]
    assert [c["voice"] for c in claims if c["start"] >= text.index('"Diph')] == ["independent"]
    # a person named again by the first word of the name, after a title ("Dr. Pornthip Srisuk"
    # is "Pornthip"), and not by those who were told something in the same sentence
    text = (
        "Dr. Pornthip Srisuk, who heads disease control at the provincial health office, said "
        "212 people had been admitted. Pornthip said no cases of melioidosis had been found in "
        "the province so far, but that doctors had been told to watch for it."
    )
    assert _causes(text) == {("official", "melioidosis")}
    # a public-health role of a state speaks for it
    text = (
        '"Hantavirus is rare, but when it strikes it is deadly," said Dr. Laura Benally, the '
        "state's public health veterinarian."
    )
    assert {c["voice"] for c in extract(text)["claims"]} == {"official"}


def test_voice_twenty_second_round_inside_a_sources_quotation():
    # a workplace's management speaks for it; the doctor who told the workers is a local voice
    text = (
        '"The mine management says it is pneumonia from the cold, but the doctor at the mine '
        'clinic told the young men it is TB," the partner said.'
    )
    assert _causes(text) == {("official", "pneumonia"), ("local", "tuberculosis")}
    text = (
        "\"The doctor at the children's hospital told my neighbour straight out that it was "
        'measles," the source said.'
    )
    assert _causes(text) == {("local", "measles")}
    # the police announcing at a meeting
    text = (
        "\"The police announced at a residents' meeting that anyone who touches goods from "
        'China will spread the corona infection," the partner said.'
    )
    assert _causes(text) == {("official", "COVID-19")}


def test_causes_twenty_second_round_set_aside_ruled_out_and_named_for_a_body():
    # "not ordinary food poisoning" denies the label
    text = (
        '"They came in protective suits, which tells you this is not ordinary food poisoning," '
        "the source said."
    )
    assert _causes(text) == set()
    # tests "have all been negative", after a relative clause
    text = (
        "Tests for Zika virus, which was linked to Guillain-Barré syndrome during the 2016 "
        "epidemic in Latin America, have all been negative, the ministry added."
    )
    assert ("official", "Zika virus disease") not in _causes(text)
    # "At first people thought it was chickenpox": set aside
    text = '"At first people thought it was chickenpox," he said. "Now everyone knows it is mpox."'
    assert _causes(text) == {("local", "mpox")}
    # a surname in an institute's name names no disease
    text = (
        "The ministry said it was investigating, after the Evandro Chagas Institute in Belem "
        "found the virus in tissue from a stillborn baby."
    )
    assert _causes(text) == set()


def test_causes_twenty_second_round_the_general_name_in_a_text_on_one_specific_form():
    # one voice says "hantavirus" in a report on hantavirus pulmonary syndrome: that disease
    text = (
        "Two people have died of hantavirus pulmonary syndrome in the state's northwest, "
        'health officials said. "His family thinks he caught hantavirus clearing out his '
        "mother's shed,\" said Lorraine Tsosie, his cousin."
    )
    assert _causes(text) == {
        ("official", "hantavirus pulmonary syndrome"),
        ("local", "hantavirus pulmonary syndrome"),
    }
    # a syndrome counted by its own case definition stays itself
    text = (
        "MSF said it had treated 1,200 patients with acute jaundice syndrome in the camps. "
        "The ministry said 40 cases of hepatitis E had been confirmed by laboratory tests."
    )
    assert _causes(text) == {
        ("independent", "acute jaundice syndrome"),
        ("official", "hepatitis E"),
    }
    # ("the ministry" is never the charity named before it)


def test_counts_twenty_second_round_places_listed_with_their_share_and_day_ranges():
    # places in brackets, or "X with N", share the measure of the count before
    assert _counts("Five new deaths were recorded among confirmed cases (Ondo 3, Edo 2).") == [
        ("deaths", 5),
        ("deaths", 3),
        ("deaths", 2),
    ]
    text = "Rawalpindi led with 186 new cases, followed by Lahore with 121 and Multan with 47."
    assert _counts(text) == [("cases", 186), ("cases", 121), ("cases", 47)]
    # "10-16 February": a range of days, no count
    text = "Situation report, reporting period 10-16 February 2025. 12 cases were confirmed."
    assert _counts(text) == [("cases", 12)]
    assert _counts("Between 3 – 9 March, 40 people died.") == [("deaths", 40)]


def test_counts_twenty_second_round_intensive_care_lost_of_them_jaundice_and_ev71():
    text = "He said 23 patients were being treated, six of them in intensive care."
    assert _counts(text) == [("hospitalized", 23), ("hospitalized", 6)]
    text = "During the outbreak, we had about 300 patients admitted and lost six of them."
    assert ("deaths", 6) in _counts(text)
    # fallen ill with jaundice, a sign: suspected cases
    text = "More than 100 people have fallen ill with jaundice since late January."
    assert _counts(text) == [("suspected_cases", 100)]
    # the 71 of enterovirus 71 names a virus
    text = "Tests found enterovirus 71 in samples from many of the children admitted."
    assert _counts(text) == []


# ---- twenty-third round ----------------------------------------------------------------------


def test_voice_twenty_third_round_a_subject_described_at_length_and_a_paediatrician():
    # the subject of the sentence, described at length before its verb of saying
    text = (
        "A former prisoner of a North Korean re-education camp near Hoeryong says an outbreak "
        "of typhus killed scores of inmates, and that guards burned the bodies at night."
    )
    assert _causes(text) == {("local", "typhus")}
    text = (
        "A woman released last year from the Kaechon women's re-education camp in South "
        "Pyongan Province says tuberculosis spread unchecked through the barracks."
    )
    assert _causes(text) == {("local", "tuberculosis")}
    # an anonymous paediatrician is a local voice, like an anonymous doctor
    text = (
        "UNICEF called it the worst epidemic in two decades. In the town of Batken, a "
        "paediatrician who asked not to be named said the children's hospital was treating "
        "more than 90 measles patients."
    )
    assert ("local", "measles") in _causes(text)


def test_voice_twenty_third_round_the_department_the_office_and_those_who_left():
    # "The department said": a body named before, or the state's
    text = (
        "Volunteers helped to clear the mud. The department said melioidosis had also been "
        "confirmed in two patients in Songkhla."
    )
    assert _causes(text) == {("official", "melioidosis")}
    # "an officer at the regional office" speaks for the body that office belongs to
    text = (
        "The World Health Organization's regional office said it had delivered tuberculosis "
        "drugs to North Korea, which reported 106,000 new tuberculosis cases in 2023. "
        '"Every month without drugs means more patients will not respond," said Dr. Anand '
        "Mehta, a tuberculosis officer at the regional office. Mehta said some 1,800 patients "
        "had been waiting for treatment."
    )
    claims = extract(text)["claims"]
    assert [c["voice"] for c in claims if c["count"] == 1800] == ["independent"]
    # a doctor who left the public health service no longer speaks for it
    text = (
        "A doctor who left the public health service to join the Civil Disobedience "
        "Movement, and who now runs a charity clinic, said 22 of 30 stool samples had been "
        "positive for cholera."
    )
    assert _causes(text) == {("local", "cholera")}


def test_voice_twenty_third_round_a_person_who_remembers_and_the_clinic_doctor_who_wrote():
    text = (
        "Park Mi-ran remembers the day her husband stopped going down the mine.\n"
        "\"The clinic doctor listened to his chest and wrote 'pleurisy' in the register,\" "
        'said Park, 52, who left North Korea in 2019. "Everyone knew what it really was. It '
        'was tuberculosis."\n'
        "She said nine people on her street died of the disease."
    )
    assert _causes(text) == {("official", "pleurisy"), ("local", "tuberculosis")}
    assert [c["voice"] for c in extract(text)["claims"] if c["count"] == 9] == ["local"]


def test_counts_twenty_third_round_past_a_figure_temperatures_ages_and_hospital_treatment():
    text = "Dengue cases climbed past 150,000 since January, with 27 deaths confirmed."
    assert _counts(text) == [("cases", 150000), ("deaths", 27)]
    # a temperature is no count, whatever verb goes before it
    text = "At least 31 people have died of heatstroke since Friday as temperatures passed 50°C."
    assert _counts(text) == [("deaths", 31)]
    assert _counts("Twelve people died as temperatures topped 38 C in the city.") == [
        ("deaths", 12)
    ]
    # ages: "an adult over 70", "patients as young as 12"
    text = "One person, an adult over 70 with underlying health conditions, has died."
    assert _counts(text) == [("deaths", 1)]
    assert _counts("Neurologists said they had seen patients as young as 12.") == []
    text = "The city has recorded 9,462 cases, of which 2,811 required hospital treatment."
    assert _counts(text) == [("cases", 9462), ("hospitalized", 2811)]
    text = "More than 7,400 people had been treated for flu-like symptoms since December 1."
    assert _counts(text) == [("suspected_cases", 7400)]
    assert _counts("Doctors treated 300 people for flu-like symptoms.") == [
        ("suspected_cases", 300)
    ]


def test_counts_twenty_third_round_the_verb_after_a_described_person_and_a_relative_clause():
    text = (
        "One patient, a 63-year-old man from Spassk-Dalny who had not been vaccinated, died in "
        "hospital on June 4."
    )
    assert _counts(text) == [("deaths", 1)]
    text = (
        "Five relatives of an elderly woman who died of the disease had been infected while "
        "caring for her."
    )
    assert _counts(text) == [("cases", 5)]


def test_voice_twenty_third_round_the_one_who_reached_the_speaker_does_not_speak():
    text = (
        "An official at the Nampo city people's committee, reached by a relative of one of "
        "the children, insisted that the children had died of heat stroke and told the family "
        "not to spread rumours, the relative said."
    )
    assert _causes(text) == {("official", "heatstroke")}


def test_places_twenty_third_round_names_listed_before_a_shared_generic_word_and_a_river():
    text = "Malaria cases continue to rise in Gambella, Amhara and Oromia regions of Ethiopia."
    assert _regions(text) == ["ET-GA", "ET-AM", "ET-OR"]
    assert _regions("Cases in Al-Qassim and Hail regions of Saudi Arabia.") == [
        "SA-05",
        "SA-06",
    ]
    # "the Yalu" after "the Yalu River" is the river, not a town that also bears the name
    text = (
        "The Yalu River rose. Rain pushed the Yalu over its banks, flooding homes in the "
        "Chinese city of Dandong. Sinuiju, North Korea."
    )
    assert _regions(text) == ["CN-LN", "KP-03"]


def test_causes_twenty_third_round_the_word_withheld_and_there_is_no_disease():
    # the word the authorities keep from their statements is no official claim
    text = '"The hospital won\'t even say the word typhoid," the source said.'
    assert ("official", "typhoid fever") not in _causes(text)
    text = (
        "Officials have avoided using the word cholera in public statements, a practice health "
        "workers say is meant to protect exports."
    )
    assert ("official", "cholera") not in _causes(text)
    # "there is no cholera in the township": the disease rejected, asserted by no one
    text = (
        "The state health department insists there is no cholera in the township and has "
        "blamed the deaths on diarrhoea."
    )
    assert ("official", "cholera") not in _causes(text)
    # (a zero of a count keeps its disease)
    text = 'An official said there had been "no tuberculosis deaths among returnees this year."'
    assert _causes(text) == {("official", "tuberculosis")}


def test_voice_twenty_third_round_a_clause_of_its_own_and_a_projects_command():
    text = (
        "An outbreak of hepatitis A has spread among workers at seafood plants, according to "
        "Chinese traders who do business there, though North Korean officials have told their "
        "partners it is food poisoning."
    )
    assert _causes(text) == {("local", "hepatitis A"), ("official", "food poisoning")}
    text = (
        "Dozens of workers have fallen ill with a fever that local sources say is hemorrhagic "
        "fever with renal syndrome, though the project's command has blamed food poisoning."
    )
    assert _causes(text) == {
        ("local", "haemorrhagic fever with renal syndrome"),
        ("official", "food poisoning"),
    }


def test_causes_twenty_third_round_a_funds_name_and_kidney_failure_as_a_sign():
    text = (
        "The Global Fund to Fight AIDS, Tuberculosis and Malaria ended its grants in 2018, and "
        "the WHO says tuberculosis is spreading."
    )
    assert _causes(text) == {("independent", "tuberculosis")}
    # kidney failure among the signs of another disease is no cause of its own
    text = (
        "In all, 38 soldiers were taken to the military hospital with high fevers and kidney "
        "failure, the source said."
    )
    assert _causes(text) == set()
    # but what people died of, or live with, it is
    text = "At least 12 children died of acute kidney failure, the health ministry said."
    assert _causes(text) == {("official", "acute kidney injury")}
    text = "Residents said elderly neighbours with kidney failure had died at home."
    assert _causes(text) == {("local", "acute kidney injury")}


def test_causes_twenty_third_round_a_record_an_outbreak_denied_to_be_another_disease():
    text = "“The hospital wrote heart attack on his death certificate,” said his brother."
    assert _causes(text) == {("official", "heart attack")}
    text = (
        "Brigade commanders told the families only that the young men were suffering from "
        '"exhaustion" and needed rest.'
    )
    assert _causes(text) == {("official", "exhaustion")}
    assert _causes("The joke gave me a heart attack, she said.") == set()
    # what the outbreak is denied to be is denied; the outbreak itself stands
    text = (
        "Health authorities in Cabo Delgado province have denied that an outbreak of acute "
        "watery diarrhoea in Mecúfi district is cholera."
    )
    assert _causes(text) == {("official", "acute watery diarrhoea")}
    assert _causes("The ministry denied that cholera was present.") == set()


def test_counts_twenty_third_round_patients_in_the_hospital_a_sentence_is_about():
    text = (
        "At the Irrua Specialist Teaching Hospital in Edo State, the chief medical director "
        "told reporters on Monday that 46 patients were being treated."
    )
    assert _counts(text) == [("hospitalized", 46)]
    text = "A former nurse said her ward had held about 45 tuberculosis patients at a time."
    assert _counts(text) == [("hospitalized", 45)]
    # (patients with no hospital in their sentence stay cases)
    assert _counts("The ministry said 46 patients were being treated.") == [("cases", 46)]
    assert _counts("Every day we admit between 80 and 100 patients, a nurse said.") == [
        ("hospitalized", 80)
    ]
    text = "During the outbreak we had about 300 patients admitted and lost six of them."
    assert _counts(text) == [("hospitalized", 300), ("deaths", 6)]


def test_counts_twenty_third_round_signs_make_suspected_cases():
    text = "By Aug. 12, 74 students had fallen sick with nausea, fever and yellowed eyes."
    assert _counts(text) == [("suspected_cases", 74)]
    text = "At the school, 26 students came down with swollen cheeks and fever within days."
    assert _counts(text) == [("suspected_cases", 26)]
    text = "On one farm, 52 farmers have come down with shaking fevers since late June."
    assert _counts(text) == [("suspected_cases", 52)]
    # (a disease named stays cases)
    assert _counts("On one farm, 52 farmers have come down with malaria.") == [("cases", 52)]


def test_counts_twenty_third_round_found_in_samples_and_people_with_fever_admitted():
    text = "Rospotrebnadzor said laboratory tests had found Shigella in samples from 23 patients."
    assert _counts(text) == [("cases", 23)]
    assert _counts("Samples from 65 workers were sent to the capital.") == [("tested", 65)]
    text = "Radhika said 12 people with fever had been admitted to isolation wards."
    assert _counts(text) == [("hospitalized", 12)]
    # (the deaths after another number are that number's)
    text = "North Korea reported 392,920 more people with fever symptoms and eight new deaths."
    assert _counts(text) == [("suspected_cases", 392920), ("deaths", 8)]


def test_counts_twenty_third_round_a_figure_fallen_to_reached_or_compared_with_a_record():
    text = (
        "State media reported that malaria cases had fallen to 15 so far this year, from 64 in "
        "the same period of 2023."
    )
    assert _counts(text) == [("cases", 15), ("cases", 64)]
    text = (
        "The weekly bulletin showed 164 new cases in the week ending June 22, down from a peak "
        "of 604 in a single week in May."
    )
    assert _counts(text) == [("cases", 164), ("cases", 604)]
    text = (
        "Cases of streptococcal toxic shock syndrome have reached 977 nationwide so far this "
        "year, already surpassing last year's record of 941."
    )
    assert _counts(text) == [("cases", 977), ("cases", 941)]


def test_counts_twenty_third_round_another_figure_of_the_same_kind():
    text = (
        "The state health secretariat said 148 deaths had been confirmed as caused by dengue "
        "and another 390 were under investigation."
    )
    assert _counts(text) == [("deaths", 148), ("deaths", 390)]


def test_voice_twenty_third_round_they_said_and_the_state_calling_it():
    text = (
        '"They said it was just a bad flu, but then why would they lock up his whole office?" '
        "the source said."
    )
    assert _causes(text) == {("official", "influenza")}
    text = (
        '"People are saying it is corona again, and that the state is calling it flu so the port '
        'does not have to close," she said.'
    )
    assert _causes(text) == {("local", "COVID-19"), ("official", "influenza")}


def test_causes_twenty_third_round_first_attributed_to_and_a_negative_test():
    text = (
        "Because his symptoms were at first attributed to malaria and typhoid, he was not "
        "isolated, the ministry said."
    )
    assert _causes(text) == set()
    text = '"At the health post they told us it was dengue, but the test was negative," she said.'
    assert _causes(text) == set()


def test_places_twenty_third_round_kazakh_regions_a_name_written_twice_and_a_countrys_name():
    text = "A shepherd from Turkistan region has died, and cases rose in Zhambyl, Kazakhstan."
    assert _regions(text) == ["KZ-61", "KZ-31"]
    assert _regions("Cases rose in Almaty, Kazakhstan.") == ["KZ-75"]  # the city
    # a name written twice counts once for its country: Boa Vista is Roraima's capital in a
    # report on Brazil, not the island of Cabo Verde
    text = (
        "BOA VISTA, Brazil - Malaria is spreading in Yanomami lands in Roraima and Amazonas "
        "states, officials in Boa Vista said."
    )
    assert "CV-BV" not in _regions(text)
    assert {"BR-RR", "BR-AM"} <= set(_regions(text))
    # a country's own name is the country, not the city or state that shares it
    text = "Measles cases rose in Mexico and in Chihuahua state."
    assert _regions(text) == ["MX-CHH"]


# ---- twenty-fourth round ---------------------------------------------------------------------


def test_places_twenty_fourth_round_a_region_is_not_given_up_for_a_town_that_only_spells_so():
    # a text mostly on South Korea: Kaesong stays Kaesong (KP-15), not Koesan (KR-43), which
    # GeoNames also spells "Kaesong" among its other names
    text = (
        "Seoul said on Monday that malaria cases in Gyeonggi and Gangwon provinces had risen. "
        "In Kaesong, just across the border, farm workers have high fevers, residents said. "
        "Incheon also reported cases."
    )
    assert "KP-15" in _regions(text)
    assert "KR-43" not in _regions(text)


def test_causes_twenty_fourth_round_a_disease_rejected_by_what_it_does_not_do():
    text = (
        '"An influenza season does not produce this many fever patients in two weeks," said '
        "Choi Eun-ha, an epidemiologist at a university hospital in Seoul."
    )
    assert _causes(text) == set()
    text = (
        '"Food poisoning from a batch of crabs does not usually keep spreading from household '
        'to household for weeks," said Maria Hansen, a researcher.'
    )
    assert _causes(text) == set()


def test_voice_twenty_fourth_round_the_director_who_said():
    text = (
        "The director called a meeting and said the deaths would be recorded as acute "
        "pneumonia, a former nurse said."
    )
    assert _causes(text) == {("official", "acute pneumonia")}


# ---- twenty-fifth round ----------------------------------------------------------------------


def test_causes_twenty_fifth_round_a_likeness_or_a_risk_is_not_a_cause():
    # what a disease resembles, or what it can lead to, is no one's account of a case
    text = (
        "Oropouche fever has sickened 300 people, the ministry said. The disease causes fever "
        "and joint pain similar to dengue."
    )
    assert _causes(text) == {("official", "Oropouche fever")}
    text = (
        '"Measles can cause pneumonia, brain swelling and death," said Karen Liu, an '
        "epidemiologist at the University of Washington."
    )
    assert _causes(text) == {("independent", "measles")}


def test_voice_twenty_fifth_round_an_aid_worker_speaks_for_an_outside_body():
    text = "An aid worker who visited Wonsan in June said 30 soldiers had been treated for malaria."
    assert _causes(text) == {("independent", "malaria")}


def test_voice_twenty_fifth_round_we_in_an_interview_is_the_interviewee_or_the_interviewers():
    text = (
        "Kim Young-ok, 52, worked as a nurse in Hoeryong until she escaped in 2019. We spoke "
        "to her last week about tuberculosis in her home town.\n\n"
        "Q: Did many patients die?\n\n"
        "A: Of course. I recorded 14 deaths in one month. We were told not to put "
        "tuberculosis on paper.\n\n"
        "Q: Were there enough drugs?\n\n"
        "A: No. The medicine ran out every spring."
    )
    assert _causes(text) == {("local", "tuberculosis")}


def test_voice_twenty_fifth_round_people_calling_it_a_disease():
    text = (
        "Sixty people have fallen ill in Hyesan. Local people are calling it typhoid fever; "
        "the authorities are not."
    )
    assert _causes(text) == {("local", "typhoid fever")}


def test_voice_twenty_fifth_round_the_centre_that_noted_is_the_centre_named_before():
    text = (
        "A herder has bubonic plague, the National Center for Zoonotic Diseases (NCZD) said. "
        "In 2019, two residents died of bubonic plague after eating raw marmot, the centre noted."
    )
    assert _causes(text) == {("official", "bubonic plague")}


def test_causes_twenty_fifth_round_the_carriers_of_a_disease_are_background():
    text = (
        "Hunting marmots, the main carriers of the plague bacteria in Mongolia, is banned, but "
        "the ban is widely ignored in rural areas."
    )
    assert _causes(text) == set()


def test_causes_twenty_fifth_round_a_two_syllable_korean_name():
    # two letters are too few for an English name, but two Hangul syllables are a word
    assert _causes("소식통에 따르면 혜산시에서 뇌염 환자 5명이 발생했다.") == {
        ("local", "encephalitis")
    }
    assert _causes("소식통에 따르면 혜산시에서 황열로 3명이 사망했다.") == {
        ("local", "yellow fever")
    }


def test_voice_twenty_fifth_round_a_local_health_authority_by_its_name():
    text = "YAKIMA, Wash. - The Yakima Health District today reported 14 new cases of measles."
    assert _causes(text) == {("official", "measles")}
    text = "The Southern Nevada Health District said two people had died of West Nile virus."
    assert _causes(text) == {("official", "West Nile fever")}


def test_causes_twenty_fifth_round_two_diseases_ruled_out_together():
    text = (
        "The provincial CDC said laboratory testing had found hantavirus in all 126 patients "
        "and that plague and COVID-19 had been ruled out."
    )
    assert _causes(text) == {("official", "hantavirus infection")}


def test_voice_twenty_sixth_round_a_certificate_is_the_state_word():
    text = "Q: What did the doctors tell you?\n\nA: The certificate said tuberculosis."
    assert _causes(text) == {("official", "tuberculosis")}


def test_voice_twenty_sixth_round_a_state_epidemiologist_is_official():
    text = "In Bauchi, the state epidemiologist said 37 Lassa fever patients were on admission."
    assert _causes(text) == {("official", "Lassa fever")}
    text = '"The risk remains low," said county epidemiologist Dr. Ana Ruiz of the measles cases.'
    assert _causes(text) == {("official", "measles")}


def test_voice_twenty_sixth_round_a_body_reported_to_does_not_speak():
    text = (
        "Two children died of rabies, a source said. Pyongyang has not reported any human "
        "rabies cases to the World Health Organization in recent years."
    )
    assert ("independent", "rabies") not in _causes(text)


def test_voice_twenty_sixth_round_a_report_named_in_a_sentence_heads_nothing():
    # a situation report heading the text makes its body the teller (and doctors speak for
    # it); one only named in a sentence does not
    text = (
        "The Nigeria Centre for Disease Control and Prevention (NCDC) says 218 cases of Lassa "
        "fever have been confirmed.\n\nIn its latest situation report, the agency said 41 "
        "people had died.\n\nA nurse at a teaching hospital in Owo, who asked not to be named, "
        "said three of her colleagues had died of Lassa fever."
    )
    assert _causes(text) == {("official", "Lassa fever"), ("local", "Lassa fever")}


def test_voice_twenty_sixth_round_a_person_named_by_surname_and_age():
    text = (
        "Kang, 61, who asked that only her surname be used, told RFA that five elderly people "
        'died. "The doctor told us it was the same coronavirus as in China," she said.'
    )
    assert _causes(text) == {("local", "COVID-19")}
    # (and "Kang" is no town of China, though the text names China)
    assert _regions(text) == []
    text = "Ri, 54, a former market trader, left North Korea in 2023. Ri said it was COVID-19."
    assert _causes(text) == {("local", "COVID-19")}


def test_voice_twenty_sixth_round_the_neighbourhood_doctor_who_told_us():
    text = "The district doctor told the families that it was cholera."
    assert _causes(text) == {("local", "cholera")}


def test_voice_twenty_sixth_round_a_clause_after_the_speaker_is_not_where_they_are():
    # "as in China" says nothing of where the doctor works
    text = "In Wonsan, a doctor told us it was the same coronavirus as in China."
    assert _causes(text) == {("local", "COVID-19")}


def test_voice_twenty_sixth_round_a_foreign_businessman_is_a_local_source():
    text = (
        "A Chinese businessman who trades seafood through the city told NK News that dock "
        "workers believed they had caught COVID-19 from the crew."
    )
    assert _causes(text) == {("local", "COVID-19")}


def test_voice_twenty_sixth_round_but_we_know_is_the_one_quoted():
    text = (
        '"Eleven old people died in one week," a resident told RFA. "The officials call it '
        'pneumonia, but we know it was COVID."'
    )
    assert _causes(text) == {("official", "pneumonia"), ("local", "COVID-19")}


def test_voice_twenty_sixth_round_suspected_qualifying_a_noun_is_no_verb():
    text = (
        "In Chongjin, the tuberculosis ward is full, a second source said. She added that "
        "authorities in Hoeryong had sent 37 suspected tuberculosis patients to a sanatorium."
    )
    assert _causes(text) == {("local", "tuberculosis")}


def test_causes_twenty_sixth_round_what_a_body_might_say_is_not_said():
    text = (
        '"The regime is afraid that if it says cholera, people will ask why there is no clean '
        'water," a doctor said.'
    )
    assert _causes(text) == set()


def test_causes_twenty_sixth_round_not_believing_it_is_the_flu():
    assert _causes('"The staff don\'t believe it is the flu," the resident said.') == set()


def test_voice_twenty_sixth_round_people_believed_to_have_been_hospitalized_do_not_speak():
    text = (
        "North Korea is struggling with an influenza outbreak, with at least 1,200 people "
        "believed to have been hospitalized, South Korea's spy agency told lawmakers."
    )
    assert _causes(text) == {("independent", "influenza")}


def test_causes_twenty_sixth_round_a_question_asserts_nothing():
    text = '"They call it flu. Since when does flu kill healthy young men?" a resident said.'
    assert _causes(text) == {("official", "influenza")}
    # (a question after an assertion leaves the assertion)
    text = (
        '"The port hospital said he died of acute pneumonia, but then why would they lock up '
        'the whole crew?" the source said.'
    )
    assert ("official", "acute pneumonia") in _causes(text)


def test_voice_twenty_sixth_round_the_government_of_a_foreign_official():
    text = (
        "An official at the Unification Ministry in Seoul told reporters that the government "
        "believed the illness was most likely cholera."
    )
    assert _causes(text) == {("independent", "cholera")}
    text = (
        "Seoul's Unification Ministry said it was watching closely. A ministry official, "
        "speaking on condition of anonymity under briefing rules, said the government "
        "suspected cholera."
    )
    assert _causes(text) == {("independent", "cholera")}


def test_causes_twenty_sixth_round_what_could_not_be_confirmed_is_left_open():
    text = (
        "South Korea's Unification Ministry said it could not confirm whether the lockdown "
        "was linked to COVID-19."
    )
    assert _causes(text) == set()


def test_voice_twenty_sixth_round_the_businessman_said():
    text = '"He thinks it is COVID again, but nobody may say that," the businessman said.'
    assert _causes(text) == {("local", "COVID-19")}


def test_causes_twenty_sixth_round_a_word_the_authorities_forbid_in_korean():
    text = (
        '소식통은 "병원 의사들은 장티푸스라고 보고 있지만 군 위생방역소는 식중독이라고 설명하고 '
        '있다"고 말했다. 그는 "당국이 장티푸스라는 말을 쓰지 못하게 한다"고 덧붙였다.'
    )
    assert ("official", "typhoid fever") not in _causes(text)


def test_voice_twenty_sixth_round_where_tests_were_done_does_not_speak():
    text = (
        '"Tests at the provincial anti-epidemic station showed it was hepatitis A, but the '
        'managers say production comes first," said the resident.'
    )
    assert _causes(text) == {("local", "hepatitis A")}


def test_causes_twenty_seventh_round_the_wider_kind_in_an_apposition():
    text = (
        "Ten people have died of Sudan virus disease, a rare form of Ebola, in Mubende, the "
        "health ministry said."
    )
    assert _causes(text) == {("official", "Sudan virus disease")}
    # (not "a more contagious form of mpox", which is mpox)
    text = "Residents say a more contagious form of mpox is spreading through South Kivu."
    assert _causes(text) == {("local", "mpox")}


def test_causes_twenty_seventh_round_what_staff_had_not_suspected():
    text = (
        "A doctor at a private hospital said staff had not suspected Nipah at first, because "
        "the man had arrived with a cough."
    )
    assert _causes(text) == set()


def test_voice_twenty_seventh_round_the_doctor_who_asked_not_to_be_named():
    text = (
        '"Every one of them had the symptoms of coronavirus, but we may not write that," said '
        "the doctor, who asked not to be named."
    )
    assert _causes(text) == {("local", "COVID-19")}


def test_causes_twenty_eighth_round_a_denial_ends_at_the_next_verb():
    text = (
        "An official of the city people's committee denied that typhoid was behind the "
        "illness, blamed food poisoning from spoiled bean curd, and said no one had died."
    )
    assert _causes(text) == {("official", "food poisoning")}


def test_voice_twenty_eighth_round_those_called_in_or_asking_do_not_speak():
    text = (
        '"But the hygiene and anti-epidemic station called in the parents and told them the '
        'children have acute pneumonia."'
    )
    assert _causes(text) == {("official", "acute pneumonia")}
    text = (
        "Provincial health officials, asked by families about the deaths, said that the "
        "patients had died of heart failure."
    )
    assert _causes(text) == {("official", "heart failure")}


def test_voice_twenty_eighth_round_a_county_health_executive_is_official():
    text = "County health executive Dr. Grace Wambui said tests confirmed that the cow had anthrax."
    assert _causes(text) == {("official", "anthrax")}


def test_voice_twenty_eighth_round_an_interview_run_on_in_one_paragraph():
    text = (
        "Q: What happened at the site? A: In my brigade, at least 20 men were diagnosed with "
        "hepatitis A at the clinic. Q: How did the authorities explain it? A: The medical "
        "officer announced that it came from malnutrition. Nobody believed him."
    )
    assert _causes(text) == {("local", "hepatitis A"), ("official", "malnutrition")}


def test_causes_twenty_eighth_round_a_new_corona():
    text = (
        '"The doctors at the city hospital say quietly that it is a new corona," the source said.'
    )
    assert _causes(text) == {("local", "COVID-19")}


def test_voice_twenty_eighth_round_a_foundation_named_like_a_person():
    text = (
        "Eugene Bell, a foundation based in Seoul that supplies treatment in the North, said "
        "many tuberculosis patients had gone without drugs."
    )
    assert _causes(text) == {("independent", "tuberculosis")}


def test_causes_twenty_eighth_round_not_reported_on():
    assert (
        _causes("North Korean state media have not reported on tuberculosis in Hoeryong.") == set()
    )


def test_voice_twenty_eighth_round_the_stevedore_said():
    text = '"He says the sick men had water pouring out, that it was cholera," the stevedore said.'
    assert _causes(text) == {("local", "cholera")}


def test_causes_twenty_eighth_round_what_nobody_thought_of():
    assert _causes('"Nobody here thought of anthrax," said a villager.') == set()


def test_voice_twenty_eighth_round_a_release_in_the_present_tense():
    text = (
        "The State Health Department (SES-MG) confirms nine human cases of yellow fever in "
        "2025, four of them fatal, all in residents of rural areas."
    )
    assert _causes(text) == {("official", "yellow fever")}


def test_causes_twenty_eighth_round_more_named_encephalitides_and_fevers():
    text = (
        "The state health department said a patient was confirmed to have Murray Valley "
        "encephalitis. "
        "Tests ruled out Japanese encephalitis."
    )
    assert _causes(text) == {("official", "Murray Valley encephalitis")}
    text = "The ministry said two hunters had died of Omsk hemorrhagic fever."
    assert _causes(text) == {("official", "Omsk haemorrhagic fever")}


def test_voice_twenty_eighth_round_a_state_health_service_and_the_subject_of_what_it_said():
    text = "NSW Health said a man from Griffith was confirmed to have Murray Valley encephalitis."
    assert _causes(text) == {("official", "Murray Valley encephalitis")}
    text = "Public Health England said two travellers had been diagnosed with Lassa fever."
    assert _causes(text) == {("official", "Lassa fever")}


def test_voice_twenty_ninth_round_the_interviewee_introduced_with_a_title():
    text = (
        "The health ministry said 684 suspected anthrax cases had been recorded. We asked Dr. "
        "Chanda Mwila, a veterinary epidemiologist at the University of Zambia, what is "
        "driving it.\n\nQ: Why is it so large?\nA: People eat meat from animals that died of "
        "anthrax.\n\nQ: Do you trust the figures?\nA: I think they undercount anthrax."
    )
    assert ("independent", "anthrax") in _causes(text)


def test_voice_twenty_ninth_round_a_surname_with_age_after_the_full_introduction():
    text = (
        "Dr. Chanda Mwila, a veterinary epidemiologist at the University of Zambia, has studied "
        "the outbreak.\n\nMwila, 46, said anthrax was killing hippos along the river."
    )
    assert _causes(text) == {("independent", "anthrax")}


def test_counts_twenty_ninth_round_a_line_that_is_a_number():
    assert _counts("Four people died, the ministry said. Its toll-free line is 909.") == [
        ("deaths", 4)
    ]


def test_counts_twenty_ninth_round_phone_numbers_in_groups_and_after_on():
    assert _counts("Four people died. Call the NCDC toll-free line on 6232 for advice.") == [
        ("deaths", 4)
    ]
    assert _counts("Four people died. Or call the toll-free line, 0800 555 0142.") == [
        ("deaths", 4)
    ]


# ---- thirtieth round ---------------------------------------------------------------------------
def test_voice_thirtieth_round_a_quarantine_or_construction_command_is_official():
    text = (
        "A resident said the city's quarantine command told residents over loudspeakers that "
        "the illness was influenza."
    )
    assert _causes(text) == {("official", "influenza")}
    text = (
        "The construction command told the brigade that the illness was dysentery, according "
        "to a source."
    )
    assert _causes(text) == {("official", "dysentery")}


def test_voice_thirtieth_round_the_adjective_official_is_no_speaker():
    text = (
        "A nurse at the district hospital, who asked not to be named, said the official "
        'figures lagged far behind. "They are not counted as dengue, but it was dengue," she '
        "said."
    )
    assert _causes(text) == {("local", "dengue")}


def test_causes_thirtieth_round_hepatitis_by_type_and_three_day_fever():
    text = "The anti-epidemic station said the disease was viral hepatitis type A."
    assert _causes(text) == {("official", "hepatitis A")}
    text = 'A source said 200 soldiers had come down with what locals call "three-day fever".'
    assert _causes(text) == {("local", "malaria")}


def test_causes_thirtieth_round_a_disease_known_by_another_name_is_one_cause():
    text = (
        'The commission said 40 herders had brucellosis, known locally as "waiting fever" '
        "for its recurring fevers."
    )
    assert _causes(text) == {("official", "brucellosis")}


def test_causes_thirtieth_round_absolutely_no_cholera_is_a_denial():
    text = (
        "The command told the workers that the illness was dysentery and that there was "
        "'absolutely no cholera', the source said."
    )
    assert ("official", "cholera") not in _causes(text)
    assert ("local", "cholera") not in _causes(text)


def test_places_thirtieth_round_a_river_named_after_a_place_is_not_the_place():
    text = "In Hamhung, many families drink water from the Songchon River without boiling it."
    assert _regions(text) == ["KP-08"]
    text = "Heavy rain pushed the Amnok (Yalu) River over its banks in Sinuiju."
    assert _regions(text) == ["KP-03"]


def test_places_thirtieth_round_the_place_after_in_says_which_place_is_meant():
    text = "Musan lies across the river from Nanping in China's Jilin Province."
    assert _regions(text) == ["KP-09", "CN-JL"]
    text = "A doctor at the Santa Rosa hospital in Piura said the figures lagged behind."
    assert _regions(text) == ["PE-PIU"]


def test_places_thirtieth_round_gangwon_is_south_koreas_spelling():
    text = (
        "Sources in Hyesan, Hoeryong and Musan said fevers were spreading. Seoul issued a "
        "malaria warning for Gyeonggi and Gangwon provinces."
    )
    assert _regions(text) == ["KP-10", "KP-09", "KP-09", "KR-11", "KR-41", "KR-42"]
    text = "A source in Hyesan said soldiers in North Korea's Gangwon Province fell ill."
    assert _regions(text) == ["KP-10", "KP-07"]


def test_places_thirtieth_round_a_surname_is_not_a_town():
    text = (
        "Kang Mi-ok, a defector from Hoeryong, crossed into China in 2019.\n\nKang, who now "
        "lives near Incheon, said four people died."
    )
    assert _regions(text) == ["KP-09", "KR-28"]


def test_voice_thirtieth_round_a_hospitals_medical_director_or_superintendent():
    assert _causes("The hospital's medical director said 12 patients had cholera.") == {
        ("official", "cholera")
    }
    text = (
        "At least 27 children have died of diphtheria in Karachi, doctors said. The hospital "
        "has admitted 140 children with the disease, its medical superintendent, Dr Farhan "
        "Qureshi, told reporters."
    )
    assert ("official", "diphtheria") in _causes(text)


def test_causes_thirtieth_round_a_disease_that_could_spread_further_is_here():
    text = "The World Health Organization said chikungunya could spread further."
    assert _causes(text) == {("independent", "chikungunya")}
    text = "The World Health Organization warned that cholera could spread in the camps."
    assert _causes(text) == set()


def test_voice_thirtieth_round_a_person_after_a_place_and_its_description():
    text = (
        "The Africa Centres for Disease Control and Prevention said the mpox outbreak was "
        "growing.\n\nIn Kroo Bay, a crowded seafront community in Freetown, community health "
        'worker Fatmata Kamara said people hid their symptoms. "At least 15 people on my '
        'street have the mpox rash," Kamara said.'
    )
    assert _causes(text) == {("independent", "mpox"), ("local", "mpox")}


def test_voice_thirtieth_round_a_paediatrician_abroad_is_independent():
    text = (
        "Scarlet fever has spread through kindergartens in Pyongsong, a local doctor told "
        "Daily NK.\n\nHan Ji-soo, a paediatrician at Korea University Anam Hospital in Seoul, "
        "said scarlet fever was easily treated with penicillin."
    )
    assert _causes(text) == {("local", "scarlet fever"), ("independent", "scarlet fever")}


def test_causes_thirtieth_round_a_death_notice_from_the_camp():
    text = (
        "Families were informed only by a short notice from the camp that gave the cause of "
        'death as "acute heart failure", according to the source.'
    )
    assert _causes(text) == {("official", "acute heart failure")}


def test_counts_thirtieth_round_an_age_after_who_was():
    text = "The centre said the man, who was 38, had eaten marmot meat before falling ill."
    assert _counts(text) == []


def test_counts_thirtieth_round_people_who_caught_a_disease_are_cases():
    assert _counts('"My two girls caught measles after the party," she said.') == [("cases", 2)]
    assert _counts("Police caught two nurses selling amoxicillin.") == []


def test_counts_thirtieth_round_confirmed_of_them_and_more_suspected():
    text = "The ministry said 42 suspected cases had been reported, 11 of them confirmed."
    assert _counts(text) == [("suspected_cases", 42), ("cases", 11)]
    text = (
        "The ministry said 42 cases had been confirmed by laboratory tests and 15 more were "
        "suspected."
    )
    assert _counts(text) == [("cases", 42), ("suspected_cases", 15)]


def test_counts_thirtieth_round_infecting_before_the_number():
    text = (
        "The outbreak spread to every district, infecting more than 58,000 people and killing "
        "about 1,770."
    )
    assert _counts(text) == [("cases", 58000), ("deaths", 1770)]


def test_counts_thirtieth_round_taken_to_hospital_and_admitted_now():
    text = "A source said army doctors had taken 23 sick soldiers to the provincial hospital."
    assert _counts(text) == [("hospitalized", 23)]
    text = '"We have 52 patients with Japanese encephalitis admitted right now," a doctor said.'
    assert _counts(text) == [("hospitalized", 52)]


def test_causes_thirtieth_round_denials_by_the_dead_and_by_nobody_i_know():
    text = '"They didn\'t die of flu. They died of hunger," the partner said.'
    assert ("local", "influenza") not in _causes(text)
    assert _causes('"Nobody I know believes this is just the flu," a trader said.') == set()
    text = (
        "The nurse said staff were instructed to call everyone with a fever a fever patient "
        "and never to write COVID."
    )
    assert ("official", "COVID-19") not in _causes(text)
    # (being told not to say the word implies it)
    text = '"The soldiers tell us not to say the word cholera, but we know," a resident said.'
    assert _causes(text) == {("local", "cholera")}


def test_voice_thirtieth_round_doctors_who_write_on_the_death_papers_record_for_the_state():
    text = (
        '"The mine doctors write acute pneumonia on the death papers, but everyone here knows '
        'these men had TB," a source said.'
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("local", "tuberculosis")}


def test_voice_thirtieth_round_according_to_sources():
    assert _causes("Eight people died of typhoid, according to sources in the city.") == {
        ("local", "typhoid fever")
    }
    text = (
        "At least 18 miners have died of what officials there call acute pneumonia, according "
        "to sources in the area, who say many of the dead had tuberculosis."
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("local", "tuberculosis")}


def test_voice_thirtieth_round_witnesses_people_familiar_police_and_the_military():
    assert _causes("Eight people died of typhoid, according to witnesses.") == {
        ("local", "typhoid fever")
    }
    text = "Eight people died of typhoid, according to people familiar with the matter."
    assert _causes(text) == {("local", "typhoid fever")}
    assert _causes("Eight soldiers died of typhoid, the military said.") == {
        ("official", "typhoid fever")
    }
    assert _causes("Eight people died of typhoid, police said.") == {("official", "typhoid fever")}


def test_causes_thirtieth_round_a_word_talked_about_is_not_said():
    text = (
        "The state health minister urged people to take doxycycline, and warned against "
        'spreading "baseless rumours" about cholera.'
    )
    assert _causes(text) == set()
    text = "Officials warned that anyone using the word cholera would be punished."
    assert _causes(text) == set()


def _month_dates(text: str, published: date) -> list[tuple[str, str | None]]:
    return [(d["text"], d["date"]) for d in extract_dates(text, published)]


def test_dates_thirtieth_round_a_month_earlier_in_the_year_is_of_that_year():
    text = "The province reported 1,200 cases between January and August."
    assert _month_dates(text, date(2023, 10, 11)) == [
        ("January", "2023-01"),
        ("August", "2023-08"),
    ]
    # a later month is the nearer one, the earlier of two as near
    assert _month_dates("Cases rose in December.", date(2025, 1, 29)) == [("December", "2024-12")]
    assert _month_dates("A campaign begins in November.", date(2023, 10, 19)) == [
        ("November", "2023-11")
    ]
    text = "She left Rason in August and reached Seoul in January."
    assert _month_dates(text, date(2023, 2, 28)) == [("August", "2022-08"), ("January", "2023-01")]


def test_dates_thirtieth_round_a_month_to_come_and_a_month_of_that_year():
    text = "Schools are scheduled to reopen in February, the report said."
    assert _month_dates(text, date(2024, 12, 18)) == [("February", "2025-02")]
    text = "Families had been told the students would return by the end of November."
    assert _month_dates(text, date(2025, 12, 17))[-1][1] == "2025-11"
    text = (
        "The state reported its first case in May 2022. It declared victory over the virus in "
        "August of that year."
    )
    assert _month_dates(text, date(2024, 2, 8)) == [("May 2022", "2022-05"), ("August", "2022-08")]


def test_dates_thirtieth_round_a_day_earlier_in_the_year_is_of_that_year():
    assert _month_dates("The first case was reported on March 3.", date(2023, 10, 11)) == [
        ("March 3", "2023-03-03")
    ]
    assert _month_dates("Cases rose on Dec. 28.", date(2025, 1, 5)) == [("Dec. 28", "2024-12-28")]
    assert _month_dates("The campaign will start on Jan. 15.", date(2023, 12, 19)) == [
        ("Jan. 15", "2024-01-15")
    ]


def test_dates_thirtieth_round_a_works_named_after_a_date():
    text = "He worked at the February 8 Vinalon Complex, where 12 workers died."
    assert _month_dates(text, date(2024, 12, 4)) == []
    assert _counts(text) == [("deaths", 12)]


def test_dates_thirtieth_round_a_month_after_for_of_and_until_at_least():
    assert _month_dates("Tours planned for August would go ahead.", date(2025, 7, 9)) == [
        ("August", "2025-08")
    ]
    assert _month_dates("The heat of December bred mosquitoes.", date(2025, 1, 29)) == [
        ("December", "2024-12")
    ]
    assert _month_dates("Cases will rise until at least April.", date(2024, 3, 20)) == [
        ("April", "2024-04")
    ]


def test_dates_thirtieth_round_a_korean_day_alone():
    published = date(2023, 9, 6)
    assert _month_dates("함경남도 소식통은 25일 데일리NK와의 통화에서 말했다.", published) == [
        ("25일", "2023-08-25")
    ]
    assert _month_dates("장마당도 이달 10일까지 문을 닫도록 했다.", published) == [
        ("이달 10일", "2023-09-10")
    ]
    assert _month_dates("소식통은 지난 2일 숨졌다고 전했다.", published) == [
        ("지난 2일", "2023-09-02")
    ]
    assert _month_dates("환자들은 3일간 열이 났다.", published) == []


def test_places_thirty_first_round_paired_compass_names_and_short_names_in_a_list():
    assert _regions("Cases rose in North and South Hwanghae provinces.") == ["KP-06", "KP-05"]
    assert _regions("Cases rose in North and South Kivu.") == ["CD-NK", "CD-SK"]
    text = "Cases came from Ondo, Edo, Bauchi and Benue States in Nigeria."
    assert _regions(text) == ["NG-ON", "NG-ED", "NG-BA", "NG-BE"]
    assert _regions("Kim, Lee and Park said the clinic was full.") == []
    assert _regions("The pro-Pyongyang newspaper Choson Sinbo reported it.") == []


def test_places_thirty_first_round_a_special_city_in_its_old_province_stays():
    assert _regions("Cases were found in Nampo in South Pyongan Province.") == ["KP-14", "KP-02"]
    assert _regions("Cases were found in Rason in North Hamgyong Province.") == ["KP-13", "KP-09"]


def test_causes_thirty_first_round_hepatitis_before_the_article_a():
    text = "The ministry said 12 people fell ill with viral hepatitis a week ago."
    assert _causes(text) == {("official", "hepatitis")}
    assert _causes("The ministry said 12 people had hepatitis A.") == {("official", "hepatitis A")}


def test_places_thirty_second_round_accented_capitals_and_mongolian_provinces():
    assert _regions("Two people died in neighbouring Bayan-Ölgii province in May.") == ["MN-071"]
    assert _regions("Cases in Khuvsgul and Uvurkhangai provinces.") == ["MN-041", "MN-055"]
    assert _regions("Cases in Évora, Portugal.") == ["PT-07"]


def test_places_thirty_second_round_mountains_a_verb_and_a_river_named_alone():
    assert _regions("Both men fell ill after a hunting trip in the Altai mountains.") == []
    assert _regions("Do not eat the meat. Bury them or burn them.") == []
    assert _regions("Families drew water from the Yalu, the source said.") == []
    assert _regions("A trader in Tumen said prices rose.") == ["CN-JL"]


def test_counts_thirty_second_round_cases_that_died_contacts_and_a_province_to():
    assert _counts("All 10 cases have died, the ministry said.") == [("deaths", 10)]
    text = (
        "Officials said 2,300 residents who had been in close contact with patients had been "
        "placed in quarantine."
    )
    assert _counts(text) == [("quarantined", 2300)]
    text = "A third death brought the number of confirmed cases in the province to 14."
    assert _counts(text) == [("cases", 14)]
    assert _counts("It is a city of 2 million people and home to 40,000 refugees.") == []
    text = "The ward was full, with 80 children admitted at the peak."
    assert _counts(text) == [("hospitalized", 80)]
    assert _counts("The ministry recorded 12 cases, and the two governments agreed.") == [
        ("cases", 12)
    ]


def test_causes_thirty_third_round_a_speaker_across_a_but_is_contrasted_not_the_owner():
    text = (
        '"The county doctor says it is typhoid, but the party secretary reported that the '
        'workers ate bad pork," the source said.'
    )
    assert _causes(text) == {("local", "typhoid fever")}


def test_causes_thirty_third_round_an_unnamed_record_is_the_authorities_claim():
    text = (
        "A nurse in Hoeryong told RFA that her patients had COVID-19, though most deaths were "
        "written down as acute pneumonia or as heart failure."
    )
    assert _causes(text) == {
        ("local", "COVID-19"),
        ("official", "acute pneumonia"),
        ("official", "heart failure"),
    }
    text = "A nurse in Hoeryong told RFA that the man was never registered as a cholera patient."
    assert ("official", "cholera") not in _causes(text)


def test_causes_thirty_third_round_departments_of_state_and_those_read_to():
    text = (
        "According to the source, the brigade's political department told the families that "
        "the soldiers had died of heart failure."
    )
    assert _causes(text) == {("official", "heart failure")}
    text = "The county education department has blamed the closures on seasonal flu, a source said."
    assert _causes(text) == {("official", "influenza")}
    text = (
        "A notice from the city people's committee, read out to residents on Monday, blamed "
        '"food poisoning from bad fish".'
    )
    assert ("local", "food poisoning") not in _causes(text)


def test_counts_thirty_third_round_found_in_n_of_m_samples():
    text = "The laboratory confirmed measles in 34 of 52 samples tested, the ministry said."
    assert sorted(_counts(text)) == [("cases", 34), ("tested", 52)]
    text = "Tests found the virus in 23 of the first 38 samples."
    assert sorted(_counts(text)) == [("cases", 23), ("tested", 38)]
    text = "When the kits came, 9 of the first 20 samples I sent were positive for COVID-19."
    assert sorted(_counts(text)) == [("cases", 9), ("tested", 20)]


def test_counts_thirty_third_round_treated_and_sent_home_have_recovered():
    text = "The station said 38 patients had been treated and sent home."
    assert _counts(text) == [("recovered", 38)]
    text = "The committee said 27 workers had been treated and returned to their jobs."
    assert _counts(text) == [("recovered", 27)]


def test_counts_thirty_third_round_down_with_symptoms_is_suspected():
    text = "A resident said 31 people had come down with watery diarrhoea in the shelter."
    assert _counts(text) == [("suspected_cases", 31)]
    text = "About 300 people have come down with cycles of fever and chills, a source said."
    assert _counts(text) == [("suspected_cases", 300)]
    text = "The health office said 1,214 people had been treated for acute watery diarrhoea."
    assert _counts(text) == [("cases", 1214)]


def test_places_thirty_third_round_a_first_name_after_an_honorific_is_no_place():
    text = '"It is moving within families," said Dr Amara Sesay, who leads the response team.'
    assert _regions(text) == []
    assert _regions("Cases rose in Amara, Ethiopia.") == ["ET-AM"]


def test_causes_thirty_third_round_pronouns_of_a_son_do_not_give_his_mother_a_gender():
    text = (
        "Dr. Tran Van Hung, deputy director of the city's disease control centre, said cases "
        "were rising. Nguyen Thi Lan, whose son was admitted with blisters on his hands, said "
        'the school had not warned parents. "Several children in his class had hand, foot and '
        'mouth disease before him," she said.'
    )
    assert ("local", "hand, foot and mouth disease") in _causes(text)


def test_causes_thirty_third_round_an_interviewee_spoken_with_on_a_day():
    text = (
        "The Ministry of Health has confirmed 7,650 cases this year.\n\n"
        "We spoke on Friday with Luciana Freitas, a virologist at the Federal University of "
        "Amazonas.\n\n"
        "Why is the disease spreading now?\n\n"
        "Oropouche fever moves with the people who travel between regions.\n\n"
        "Are cases being missed?\n\n"
        "Certainly. Many towns test only for dengue."
    )
    assert ("independent", "Oropouche fever") in _causes(text)


def test_causes_thirty_third_round_the_peoples_committee_speaks_for_the_state():
    text = (
        "\"The doctors told the parents it was measles, but the people's committee announced "
        'that it was rubella," the partner said.'
    )
    assert ("official", "rubella") in _causes(text)


def test_causes_thirty_third_round_a_word_avoided_or_written_only_if():
    text = (
        "A former officer said medical officers were under pressure to avoid recording hunger "
        "as a cause of death."
    )
    assert _causes(text) == set()
    text = (
        "Choi Jung-hoon, a former army officer, said medical officers were under heavy pressure. "
        '"If you write malnutrition, the commander is finished," Choi said.'
    )
    assert ("official", "malnutrition") not in _causes(text)
    text = (
        "그러나 시 위생방역소는 급성 장염이라고만 설명하고, 파라티푸스라는 병명은 공식적으로 "
        "입에 올리지 않고 있다."
    )
    assert ("official", "paratyphoid fever") not in _causes(text)


def test_causes_thirty_third_round_a_korean_noun_with_no_particle_does_not_speak():
    text = "도 위생방역소는 주민 강연회에서 식중독이라고만 발표했다."
    assert _causes(text) == {("official", "food poisoning")}


def test_causes_thirty_third_round_an_information_line_is_no_illness():
    text = "Residents with questions can call the measles information line at 614-645-1519."
    assert _causes(text) == set()


def test_causes_thirty_third_round_the_doctor_quoted_and_the_next_quotation():
    text = (
        "A doctor who asked not to be named said the wards were full. "
        '"This is cholera. We see rice-water stools every day," the doctor said. '
        '"We are told to write acute watery diarrhoea on the forms."'
    )
    assert ("local", "cholera") in _causes(text)
    assert ("official", "cholera") not in _causes(text)


def test_causes_thirty_third_round_not_described_as_is_no_claim():
    assert _causes("The ministry has not described the outbreak as cholera.") == set()
    assert _causes("The ministry has described the outbreak as cholera.") == {
        ("official", "cholera")
    }


def test_causes_thirty_third_round_what_a_disease_does_not_do_is_no_claim():
    text = (
        "Officials blamed food poisoning. "
        '"Food poisoning does not turn people yellow," a doctor in Seoul said.'
    )
    assert _causes(text) == {("official", "food poisoning")}
    text = '"Heatstroke doesn\'t come back every other day," the source said.'
    assert _causes(text) == set()


def test_causes_thirty_third_round_corona_said_or_back():
    text = '"Nobody believes them. People remember 2022 and say corona is back," the source said.'
    assert _causes(text) == {("local", "COVID-19")}
    assert _causes("The brewery said Corona sales rose.") == set()


def test_causes_thirty_third_round_the_cold_that_came_is_weather():
    text = '"The young ones just collapsed when the cold came," the source said.'
    assert _causes(text) == set()
    text = "The residents said families slept in one room with a window open, despite the cold."
    assert _causes(text) == set()
    assert _causes('"It is just a cold," the official said.') == {("official", "common cold")}


def test_causes_thirty_third_round_a_speaker_in_a_relative_clause_after_the_cause():
    text = (
        "The Health Ministry said 312 people had sought help. In January, more than 300 people "
        "fell ill with dysentery after a water main broke, prompting promises of repairs that "
        "residents say were never carried out."
    )
    assert ("local", "dysentery") not in _causes(text)
    text = "It was mpox, the disease that the World Health Organization declared an emergency."
    assert _causes(text) == {("independent", "mpox")}


def test_places_thirty_third_round_first_level_regions_of_districts_and_lima():
    assert _regions("Cases rose in Cox's Bazar and Dhaka.") == ["BD-B", "BD-C"]
    assert _regions("Cases rose in Barcelona.") == ["ES-CT"]
    assert _regions("Cases rose in Lima.") == ["PE-LMA"]
    assert _regions("Cases rose in the Lima region.") == ["PE-LIM"]
    assert _regions("Cases rose in Blantyre.") == ["MW-BL"]


def test_counts_thirty_third_round_money_ratios_areas_and_samples_processed():
    text = '"We spent 18,000 taka on medicine," said a mother whose son was admitted.'
    assert _counts(text) == []
    assert _counts("The male-to-female ratio among 40 confirmed cases is 1:0.8.") == [("cases", 40)]
    text = "Cases were reported from 14 states and 77 local government areas, with 137 deaths."
    assert _counts(text) == [("deaths", 137)]
    text = "The institute, which has so far processed 118 throat swabs, confirmed 61 cases."
    assert sorted(_counts(text)) == [("cases", 61), ("tested", 118)]
    text = "Laboratory tests confirmed the disease in 96 of the suspected cases."
    assert _counts(text) == [("cases", 96)]


def test_causes_thirty_third_round_hunger_that_weakens_is_no_cause():
    text = "Measles has killed 40 children weakened by hunger, the ministry said."
    assert _causes(text) == {("official", "measles")}
    text = "Aid groups warned that malnutrition leaves children more vulnerable to infection."
    assert _causes(text) == set()
    text = "Former prisoners described starvation rations and forced labour, researchers said."
    assert _causes(text) == set()
    text = "The source said 13 people had died of hunger in the village."
    assert _causes(text) == {("local", "malnutrition")}


def test_causes_thirty_third_round_complications_such_as_and_ordinary_x_does_not():
    text = "Hunger has left children vulnerable to complications such as pneumonia, UNICEF said."
    assert _causes(text) == set()
    text = '"Ordinary pneumonia does not make young men cough blood for weeks," a doctor said.'
    assert _causes(text) == set()


def test_causes_thirty_third_round_it_has_acknowledged_is_a_body_not_the_last_person():
    text = (
        "Health officials told the group he had tested negative. A driver told relatives the "
        "man had been coughing blood, the source said. North Korea reopened its borders in "
        "August. It has acknowledged only 74 deaths from COVID-19 since 2020, a figure doubted "
        "by outside experts."
    )
    assert ("official", "COVID-19") in _causes(text)
    assert ("local", "COVID-19") not in _causes(text)


def test_causes_thirty_third_round_the_symptoms_the_mother_described():
    text = (
        "Lee Jin-ho, an epidemiologist in Seoul, said the symptoms the mother described were "
        "textbook scarlet fever."
    )
    assert _causes(text) == {("independent", "scarlet fever")}


def test_causes_thirty_third_round_according_to_the_department():
    text = (
        "A doctor said many patients were recorded wrongly. The state has recorded 112,600 "
        "dengue cases this year, according to the department."
    )
    assert ("official", "dengue") in _causes(text)
    assert ("local", "dengue") not in _causes(text)


def test_causes_thirty_third_round_a_foreign_physician_named_again_and_recording_as():
    text = (
        "Camp authorities recorded every death in Hyesan as heart failure, a source said. "
        "Kang Min-jae, a South Korean physician who worked in North Korea, said the account "
        'fitted tuberculosis. "It is tuberculosis, without doubt," Kang said. '
        '"Recording these deaths as heart failure is a familiar pattern."'
    )
    assert _causes(text) == {
        ("official", "heart failure"),
        ("independent", "tuberculosis"),
    }


def test_causes_thirty_third_round_volunteers_of_the_red_crescent():
    text = (
        "Volunteers of the Yemen Red Crescent Society in Taiz have referred 3,145 people with "
        "acute watery diarrhoea to health facilities."
    )
    assert _causes(text) == {("independent", "acute watery diarrhoea")}


def test_causes_thirty_third_round_a_department_named_in_full_and_by_its_acronym():
    text = (
        "BANGKOK — The Department of Disease Control (DDC) confirmed that methanol poisoning "
        "killed 12 workers. Thailand's worst outbreak of methanol poisoning, in 2018, killed 20 "
        "people, the DDC said."
    )
    assert _causes(text) == {("official", "methanol poisoning")}


def test_causes_thirty_third_round_a_listed_vaccine_and_a_doubt():
    text = "The department said 41 cases had not received the measles, mumps and rubella vaccine."
    assert _causes(text) == set()
    text = "One father said he doubted the girl had died of measles."
    assert _causes(text) == set()
    assert _causes("Relatives said they had no doubt he had the plague.") == {("local", "plague")}


def test_causes_thirty_third_round_what_nobody_would_do_for_a_disease():
    text = '"They sealed the whole street. You don\'t do that for food poisoning," the source said.'
    assert _causes(text) == set()


def test_causes_thirty_third_round_korean_professors_rejections_and_test_kits():
    text = (
        '서울의 한 대학병원 감염내과 교수인 이정민 박사는 "A형 간염일 가능성이 가장 높다"며 '
        '"위장염으로는 황달을 설명할 수 없다"고 말했다.'
    )
    assert _causes(text) == {("independent", "hepatitis A")}
    text = '소식통은 "병원에 간염 검사 시약이 없다"고 말했다.'
    assert _causes(text) == set()


def test_counts_thirty_third_round_ages_in_a_range():
    assert _counts("The 51 patients range in age from 4 to 81.") == [("cases", 51)]
    assert _counts("Most of the 47 infected are children between 5 and 17.") == [("cases", 47)]
    assert _counts("Between 70 and 80 residents have fallen ill.") == [("suspected_cases", 70)]


def test_places_thirty_third_round_hong_kong_macau_and_seoul_in_korean():
    assert _regions("Cases were also reported in Hong Kong and Macau.") == ["CN-HK", "CN-MO"]
    assert _regions("서울의 한 대학병원 교수는 말했다.") == ["KR-11"]


def test_dates_thirty_third_round_days_joined_by_a_hyphen():
    text = "In epidemiological week 7 (10-16 February 2025), confirmed cases rose to 74."
    assert _dates(text) == [("10", "2025-02-10", "day"), ("16", "2025-02-16", "day")]
    assert _dates("Cases rose in February 2025.") == [("February 2025", "2025-02", "month")]


def test_causes_thirty_third_round_it_after_a_phrase_that_sets_the_scene():
    text = (
        '"People are saying cholera," a resident told RFA. The provincial anti-epidemic station '
        "said the wells were safe. In a notice circulated to neighbourhood units, it described "
        'the illness as "acute enteritis" and warned residents against spreading rumours.'
    )
    assert _causes(text) == {("local", "cholera"), ("official", "acute enteritis")}


def test_causes_thirty_fourth_round_a_body_is_warning_of():
    text = (
        "KABUL, 29 May 2025 – UNICEF is warning of a rapid rise in acute watery diarrhoea and "
        "measles among children in Nangarhar province."
    )
    assert _causes(text) == {
        ("independent", "acute watery diarrhoea"),
        ("independent", "measles"),
    }


def test_causes_thirty_sixth_round_a_body_described_by_a_relative_clause_and_word_put_out():
    text = (
        "Three students died last week. The hospital that treated the students who died told "
        "their families that the cause was acute pneumonia, according to the source."
    )
    assert _causes(text) == {("official", "acute pneumonia")}
    text = (
        '"The Ministry of Public Health has put out word that this is seasonal influenza and '
        'nothing more," the source said.'
    )
    assert _causes(text) == {("official", "influenza")}


def test_causes_thirty_sixth_round_a_former_officer_who_defected_is_no_official():
    text = (
        "A former North Korean army medical officer who defected in 2019 told NK News that the "
        "outbreak was almost certainly haemorrhagic fever."
    )
    assert _causes(text) == {("local", "haemorrhagic fever")}
    assert _causes("An army doctor who fled in 2019 said the soldiers had typhoid.") == {
        ("local", "typhoid fever")
    }
    assert _causes("Army doctors said the soldiers had typhoid.") == {("official", "typhoid fever")}


def test_causes_thirty_sixth_round_doctors_who_diagnose_officially_and_acute_tonsillitis():
    text = (
        "Doctors at the Hamhung Children's Hospital have officially diagnosed the children with "
        "acute tonsillitis, according to the source."
    )
    assert _causes(text) == {("official", "acute tonsillitis")}
    text = '위생방역소는 "봄철에 흔히 나타나는 급성 편도염이 돌고 있을 뿐"이라며 당부했다.'
    assert _causes(text) == {("official", "acute tonsillitis")}


def test_causes_thirty_sixth_round_a_person_of_a_body_named_at_length():
    text = (
        "Toxicologist Natalya Orlova of the Pirogov Russian National Research Medical University "
        'in Moscow said type E toxin is typical of fish. "This outbreak is classic foodborne '
        'botulism," she said.'
    )
    assert _causes(text) == {("independent", "botulism")}


def test_causes_thirty_sixth_round_a_person_named_in_full_with_an_age_then_by_surname():
    text = (
        "Kang Mi-ok, 41, worked for nine years as a nurse at the county hospital in Musan. She "
        "left North Korea in 2023 and now lives in Seoul, where she described an outbreak that "
        "she says the authorities never acknowledged. Kang believes the illness was hepatitis A, "
        "spread through a reservoir."
    )
    assert _causes(text) == {("local", "hepatitis A")}


def test_causes_thirty_sixth_round_a_body_named_after_a_month_and_a_comma():
    text = (
        "Mozambique has recorded 1,362 cholera cases and 14 deaths in Nampula province since "
        "October, the National Institute of Health (INS) said on Wednesday, amid renewed attacks "
        "on health workers by residents who accuse them of spreading the disease."
    )
    assert _causes(text) == {("official", "cholera")}


def test_counts_thirty_sixth_round_positives_among_the_tested_and_symptoms_without_a_name():
    text = (
        "Samples taken from 1,120 patients were examined at the institute, and influenza virus "
        "was detected in 864 of them."
    )
    assert _counts(text) == [("tested", 1120), ("cases", 864)]
    text = (
        "The authorities said 64 of 210 patients whose stool samples were tested at the central "
        "public health laboratory were positive for Vibrio cholerae O1 by culture."
    )
    assert _counts(text) == [("cases", 64), ("tested", 210)]
    text = "Six of them have been admitted to hospital, but none has tested positive so far."
    assert ("cases", 6) not in _counts(text)
    text = "About 300 people have fallen ill with watery diarrhoea and vomiting since Aug. 3."
    assert _counts(text) == [("suspected_cases", 300)]
    assert _counts("About 300 people have fallen ill with cholera.") == [("cases", 300)]
    text = "About 40 soldiers had come down with recurring fevers and chills since early June."
    assert _counts(text) == [("suspected_cases", 40)]


def test_places_thirty_sixth_round_korean_particles_possessives_papers_and_peoples():
    text = "함흥은 북한의 도시다. 서울의 한 대학병원 교수는 말했다."
    assert _regions(text) == ["KP-08", "KR-11"]
    assert _regions("혜산은 중국 지린성 창바이현과 마주하고 있다.") == ["KP-10", "CN-JL"]
    assert _regions("Mexico's federal health ministry said it had sent vaccine.") == []
    assert _regions("Villagers told the Bangkok Post that the cow had died.") == []
    assert _regions("Teams are going into villages and Roma communities.") == []
    assert _regions("A housing district in Pyongyang's Hwasong area.") == ["KP-01"]
    assert _regions("Nanping in China's Jilin Province") == ["CN-JL"]


def test_dates_thirty_sixth_round_a_year_after_a_possessive_and_in_korean():
    text = "similar to that seen during the country's 2022 COVID-19 wave"
    assert _dates(text) == [("2022", "2022", "year")]
    assert _dates("2020년 초 국경이 봉쇄된 이후") == [("2020년", "2020", "year")]
    assert _dates("2022년 5월 12일") == [("2022년 5월 12일", "2022-05-12", "day")]
    assert _dates("the country's 2000 patients") == []


def test_dates_thirty_sixth_round_a_later_month_after_a_verb_in_the_past():
    published = date(2024, 10, 23)
    text = "Amna Adam, who fled Wad Madani in December with her five children, said."
    assert _dates(text, published) == [("December", "2023-12", "month")]
    assert _dates("Cases peaked in early December.", published) == [
        ("early December", "2023-12", "month")
    ]
    text = "The campaign will resume in December."
    assert _dates(text, published) == [("December", "2024-12", "month")]
    text = "The ministry would extend a campaign for children who had missed shots until March."
    assert _dates(text, published) == [("March", "2025-03", "month")]


def test_dates_thirty_sixth_round_the_previous_week_is_a_span_not_a_date():
    text = "In the week ending 28 January, 61 cases were confirmed, up from 52 the previous week."
    assert [d[1] for d in _dates(text)] == ["2021-01-28"]
    assert _dates("Cases fell over the past week.") == []
    assert [d[1] for d in _dates("Cases fell last week.")] == ["2021-04-02"]


def test_causes_thirty_seventh_round_an_outside_body_speaking_of_the_disease():
    text = (
        "Two more people have died of Crimean-Congo haemorrhagic fever in Balochistan, health "
        "officials said. The World Health Organization says the disease is endemic in Pakistan."
    )
    assert _causes(text) == {
        ("official", "Crimean-Congo haemorrhagic fever"),
        ("independent", "Crimean-Congo haemorrhagic fever"),
    }
    text = (
        "Two more people have died of Crimean-Congo haemorrhagic fever in Balochistan, health "
        "officials said. Residents say the disease is everywhere."
    )
    assert _causes(text) == {("official", "Crimean-Congo haemorrhagic fever")}


def test_causes_thirty_seventh_round_a_junior_doctor_speaking_anonymously():
    text = (
        "Naseer Ahmed Kakar, the department's focal person for the disease, said 19 cases had "
        "been confirmed. A junior doctor at the hospital, who spoke on condition of anonymity, "
        'said four more patients had died at home. "They had all the signs of Congo fever," he '
        "said."
    )
    speakers = {c["attributed_to"] for c in extract(text)["claims"] if c["cause"]}
    assert speakers == {"A junior doctor"}


def test_causes_thirty_seventh_round_told_by_a_ministry_a_notice_to_parents_pyongyang_maintains():
    text = (
        "Families in Namyang were told by the Ministry of State Security that the workers were "
        "being treated for pneumonia in a quarantine facility, said a second source."
    )
    assert _causes(text) == {("official", "pneumonia")}
    text = (
        "A notice sent by the university to parents blamed food poisoning from spoiled bean curd "
        "served in the canteen, the source said."
    )
    assert _causes(text) == {("official", "food poisoning")}
    text = (
        '"People are calling it corona," a resident said. Pyongyang maintains that it has had '
        "no confirmed cases of COVID-19."
    )
    assert _causes(text) == {("local", "COVID-19"), ("official", "COVID-19")}


def test_causes_thirty_seventh_round_officials_placed_at_length_before_their_verb():
    text = (
        "Officials at the Musan Mining Complex in North Hamgyong Province have told workers' "
        "families that the deaths are caused by tuberculosis, according to a miner's wife who "
        "spoke to RFA's Korean Service on Sunday."
    )
    assert _causes(text) == {("official", "tuberculosis")}


def test_causes_thirty_seventh_round_a_ministry_informs_the_public():
    text = (
        "Niamey, 25 March 2026 – The Ministry of Public Health informs the public that 1,286 "
        "suspected cases of meningitis have been notified. The Zinder region is the most "
        "affected, with 612 suspected cases. In Magaria, a traditional chief told a local radio "
        "station that 11 children had died."
    )
    owners = {c["count"]: c["voice"] for c in extract(text)["claims"] if c["count"]}
    assert owners == {1286: "official", 612: "official", 11: "local"}


def test_causes_thirty_seventh_round_accusations_and_a_provincial_health_director():
    assert _causes("Residents accused officials of covering up a cholera outbreak.") == {
        ("local", "cholera")
    }
    text = (
        'Residents accused community health workers of putting cholera into wells. "Chlorine '
        "does not cause cholera, it prevents it,\" said Nampula's provincial health director, "
        "Dr Celso Muianga. He said the province had recorded 1,870 cholera cases since October."
    )
    owners = {c["count"]: c["voice"] for c in extract(text)["claims"] if c["count"]}
    assert owners == {1870: "official"}


def test_causes_thirty_seventh_round_a_former_north_korean_soldier_and_a_name_not_a_disease():
    text = (
        "The agency said officials had described an outbreak as paratyphoid fever. A former North "
        "Korean soldier who left the country in 2023 and now lives in South Korea said "
        "tuberculosis had been rife in his unit."
    )
    assert _causes(text) == {("official", "paratyphoid fever"), ("local", "tuberculosis")}
    text = (
        '"If farmers lose nothing by reporting, they will report," said Hendra Wijaya, an FAO '
        "animal health officer in Jakarta."
    )
    assert _causes(text) == set()
    assert _causes("Ebola Zaire is spreading, the WHO said.") == {("independent", "Ebola")}


def test_places_thirty_seventh_round_near_a_town_names_after_a_title_and_peoples():
    assert _regions("Near Raqqa, farmer Khalil al-Hassan said the water was bad.") == ["SY-RA"]
    assert _regions("Kassala, Gedaref and Al Jazirah states are the worst hit.") == [
        "SD-KA",
        "SD-GD",
        "SD-GZ",
    ]
    assert _regions("said Dr. Rosa Elena Mendoza, a pediatrician at the hospital") == []
    assert _regions("a health worker who works with Somali families in Minneapolis") == ["US-MN"]
    assert _regions("Cases rose in the Somali region.") == ["ET-SO"]


def test_counts_thirty_seventh_round_korean_about_n_people_infect_and_kill_found_in_n_of_them():
    assert _counts("당국은 주민 150여 명을 격리한 것으로 알려졌다.") == [("quarantined", 150)]
    text = "환자가 60여 명 나왔으며, 이 가운데 노인 3명이 숨졌다."
    assert _counts(text) == [("cases", 60), ("deaths", 3)]
    text = "Cholera went on to infect more than 820,000 people and kill nearly 10,000."
    assert _counts(text) == [("cases", 820000), ("deaths", 10000)]
    text = "Tests on 58 samples found the cholera bacterium in 31 of them."
    assert _counts(text) == [("tested", 58), ("cases", 31)]


def test_dates_thirty_seventh_round_that_august_is_of_the_year_written_before():
    text = (
        "Q: What happened when the fever wave came in 2022?\n\nA: In May 2022 the wards filled "
        "up.\n\nQ: State media declared victory over the epidemic that August."
    )
    dates = _dates(text, date(2023, 11, 8))
    assert dates[-1] == ("that August", "2022-08", "month")
    assert _dates("Cases rose in August.", date(2023, 11, 8)) == [("August", "2023-08", "month")]


def test_dates_thirty_seventh_round_into_a_year():
    text = "The epidemic began in 2022 and dragged on into 2024, killing 400."
    assert [d[1] for d in _dates(text)] == ["2022", "2024"]


def test_causes_thirty_seventh_round_an_acute_intestinal_infectious_disease_keeps_its_name():
    text = (
        "An acute intestinal infectious disease broke out in Kangryong County, KCNA reported, "
        "and the county's acute intestinal epidemic is under control."
    )
    assert _causes(text) == {("official", "acute intestinal infectious disease")}
    assert normalise_cause("acute intestinal epidemic") == "acute intestinal infectious disease"
    assert normalise_cause("intestinal infectious disease") == "intestinal infection"


# ---- thirty-eighth round ----------------------------------------------------------------------


def test_causes_thirty_eighth_round_a_local_account_runs_on_one_sentence_only():
    opening = (
        "Health officials in Kasai said 30 people had died of cholera. A fisherman in the town "
        "said the river was dirty."
    )
    # the sentence right after a resident speaks is still the resident's
    text = opening + " Three of his neighbours have died of malaria."
    assert _causes(text) == {("official", "cholera"), ("local", "malaria")}
    # two sentences on, the narrator speaks: no resident's claim, and its figure stays
    text = opening + " The town is poor. The province's last measles epidemic killed 212."
    assert _causes(text) == {("official", "cholera")}
    assert ("deaths", 212) in {(c["measure"], c["count"]) for c in extract(text)["claims"]}
    # an official account still runs on
    text = (
        "A fisherman said the river was dirty. Health officials said 30 people had died of "
        "cholera. The town is poor. The province's last measles epidemic killed 212."
    )
    assert _causes(text) == {("official", "cholera"), ("official", "measles")}


def test_causes_thirty_eighth_round_a_disease_defined_as_a_sentence_of_its_own():
    opening = "Residents of the camp said 14 children had died of diphtheria last month. "
    for definition in (
        "Diphtheria is a bacterial infection that kills one in ten of those infected.",
        "Diphtheria is among the most contagious diseases, and it kills young children.",
        "Diphtheria is spread by droplets from infected people.",
        "Diphtheria is endemic in the region, where it kills children every winter.",
        "Diphtheria spreads mainly through droplets from infected people.",
    ):
        text = opening + "UNICEF said it had sent a team. " + definition
        assert _causes(text) == {("local", "diphtheria")}, definition
    # (a speaker quoted saying it still says it)
    text = opening + 'UNICEF said on Monday: "Diphtheria is a disease of the unvaccinated."'
    assert ("independent", "diphtheria") in _causes(text)


def test_causes_thirty_eighth_round_a_quotation_no_one_says_is_not_a_body_s_three_sentences_back():
    opening = "The ministry said 40 people had died of cholera. The river is low."
    text = opening + ' "Typhoid has killed many of us."'
    assert _causes(text) == {("official", "cholera"), ("official", "typhoid fever")}
    text = opening + ' The town is poor. "Typhoid has killed many of us."'
    assert _causes(text) == {("official", "cholera")}


def test_causes_thirty_eighth_round_a_surname_that_also_speaks_and_the_society_s_officer():
    text = (
        "Yaw Mensah, the agency's head of emergency response at the World Health Organization, "
        "said 40 people had died of cholera. Residents said the water was dirty. Mensah also "
        "warned that mpox had killed 80 people in Sierra Leone."
    )
    assert ("independent", "mpox") in _causes(text)
    text = (
        "The Kenya Red Cross Society said it was sending tents. Volunteers have referred 87 "
        "people with acute watery diarrhoea to clinics, said Amina Yusuf, the society's "
        "branch secretary in Garissa."
    )
    assert _causes(text) == {("independent", "acute watery diarrhoea")}


def test_causes_thirty_eighth_round_an_interviewee_speaks_and_a_pronoun_leads_its_sentence():
    text = (
        "A Seoul-based group said it had surveyed 300 defectors. Another interviewee, from "
        "Hoeryong, said measles had killed five children, while officials were busy at the "
        "border."
    )
    assert _causes(text) == {("local", "measles")}
    text = (
        "The city's health department said 142 cases of leptospirosis were recorded. Doctors "
        "said the wards were full. It also recorded 388 dengue cases this month."
    )
    assert ("official", "dengue") in _causes(text)
    # ("He said", two sentences after the resident spoke, is still the resident)
    text = (
        "A fisherman in the town said the river was dirty. The town is poor. He said three of "
        "his neighbours had died of cholera."
    )
    assert _causes(text) == {("local", "cholera")}


def test_causes_thirty_ninth_round_the_leader_speaks_and_a_country_was_telling():
    opening = "Residents said 40 people had fallen ill with jaundice. "
    text = opening + (
        "The outbreak comes weeks after leader Kim Jong Un declared victory over COVID-19, "
        "claiming only 74 people had died."
    )
    assert ("official", "COVID-19") in _causes(text)
    assert ("local", "COVID-19") not in _causes(text)
    text = opening + "North Korea was telling the WHO that it had no COVID-19 cases."
    assert _causes(text) == {("official", "COVID-19")}


def test_causes_thirty_ninth_round_a_body_in_a_speaker_s_clause_and_a_doctor_at_a_university():
    text = (
        "The NCDC said 500 cases of Lassa fever had been confirmed. Médecins Sans Frontières, "
        "which supports the Lassa fever ward at the Federal Medical Centre in Owo, said 27 "
        "patients with Lassa fever were admitted there."
    )
    assert _causes(text) == {("official", "Lassa fever"), ("independent", "Lassa fever")}
    text = (
        "Residents told RFA that 64 children had been admitted. Shin Hee-young, a "
        "paediatrician at Korea University who has interviewed defector families, said 12 of "
        "them had died of scarlet fever."
    )
    assert ("independent", "scarlet fever") in _causes(text)
    # (a doctor at a university hospital is the hospital's doctor)
    text = (
        "A doctor at the University Hospital in Mirebalais said 40 patients had died of "
        "cholera, speaking on condition of anonymity."
    )
    assert _causes(text) == {("local", "cholera")}


def test_causes_thirty_ninth_round_a_person_introduced_then_quoted_by_surname_and_pronoun():
    text = (
        "When the borders closed, Kang Ok-sun was a nurse at a clinic in Hamhung. Kang said "
        '26 people died there that April. "The doctors wrote acute pneumonia on every '
        'certificate, but among ourselves we knew it was corona," she said.'
    )
    assert ("local", "COVID-19") in _causes(text)


def test_causes_thirty_ninth_round_a_role_then_a_name_in_apposition():
    text = (
        "A Seoul-based group has interviewed 300 defectors. The network's director, Lee "
        "Su-jin, said the testimonies suggested COVID-19 had killed thousands more than "
        "officials admitted."
    )
    assert _causes(text) == {("independent", "COVID-19")}
    text = (
        "Médecins Sans Frontières runs the treatment centre. The charity's coordinator, Grace "
        "Phiri, said 12 patients had died of cholera."
    )
    assert _causes(text) == {("independent", "cholera")}


def test_causes_fortieth_round_an_official_assures_and_users_speculate():
    text = (
        "The hospital recorded the deaths as heart failure, the source said, and a hospital "
        'official assured the families that there was "nothing here beyond the usual TB."'
    )
    assert _causes(text) == {("official", "heart failure"), ("official", "tuberculosis")}
    text = (
        "Hospitals in Beijing reported 400 influenza cases. Some users speculated that the "
        "illness was a new variant of COVID-19 that the authorities were not disclosing."
    )
    assert ("local", "COVID-19") in _causes(text)
    assert ("official", "COVID-19") not in _causes(text)


def test_causes_fortieth_round_recorded_old_age_a_quoted_term_at_a_full_stop_a_korean_doctor():
    text = "Sources said villagers starved, but officials are recording the deaths as old age."
    assert ("official", "old age") in _causes(text)
    text = (
        'A resident said the district hospital had recorded every one of the deaths as "chronic '
        'illness."'
    )
    assert ("official", "chronic illness") in _causes(text)
    # (a sentence quoted, not a term: "are classic scarlet fever.")
    text = 'A paediatrician said the symptoms "are classic scarlet fever."'
    assert {c["cause"] for c in extract(text)["claims"] if c["cause"]} == {"scarlet fever"}
    text = '도 인민병원의 한 의사는 환자 가족들에게 "장티푸스가 틀림없다"고 조용히 말했다.'
    assert _causes(text) == {("local", "typhoid fever")}


def test_causes_fortieth_round_died_of_diarrhoea_is_a_cause_diarrhoea_alone_a_symptom():
    text = '"Old people are dying of diarrhoea almost every day," a resident told Daily NK.'
    assert _causes(text) == {("local", "diarrhoea")}
    text = "Residents said 14 people with fever and diarrhoea had been admitted."
    assert _causes(text) == set()


def test_causes_forty_first_round_certificates_giving_a_cause_and_what_is_on_paper():
    text = 'Families received certificates giving the cause as "heart failure," the partner said.'
    assert _causes(text) == {("official", "heart failure")}
    text = (
        'The doctor said 12 workers had died of tuberculosis. "On paper they died of '
        'pneumonia," he said.'
    )
    assert _causes(text) == {("local", "tuberculosis"), ("official", "pneumonia")}


def test_counts_forty_first_round_people_vaccinated_since_the_outbreak_began():
    text = "Mobile teams had vaccinated 120,000 people since the outbreak began."
    assert _counts(text) == [("other", 120000)]
    assert _counts("The outbreak has infected 120,000 people.") == [("cases", 120000)]


def test_causes_forty_first_round_a_poisoning_is_what_residents_tell():
    text = (
        "Health officials said 40 people had died of cholera. Residents have attributed the "
        "deaths to the poisoning of a water source."
    )
    assert _causes(text) == {("official", "cholera"), ("local", "poisoning")}
    text = '"The gangs poisoned the wells," a resident of Cité Soleil said.'
    assert _causes(text) == {("local", "poisoning")}
    # (an act of poisoning alleged is no cause of the illness)
    text = "A crowd accused nurses of poisoning the wells with chlorine, police said."
    assert _causes(text) == set()


def test_causes_forty_second_round_excess_deaths_measure_mortality_and_name_no_cause():
    text = (
        "Excess deaths in the province ran into the thousands in 2020, researchers at the "
        "institute estimated, and most were from COVID-19."
    )
    assert {c for _, c in _causes(text)} == {"COVID-19"}
    assert normalise_cause("excess deaths") == "excess mortality"  # (still for a reviewer)


def test_causes_forty_second_round_what_is_so_officially_is_the_record_s_claim():
    text = 'Children have measles, residents said. "Officially it is flu," she said.'
    assert ("official", "influenza") in _causes(text)


def test_causes_forty_second_round_watch_unit_heads_and_a_tourism_bureau_speak_for_the_state():
    text = (
        '"The heads of the neighbourhood watch units told us it was acute pneumonia from the '
        'cold," the source said.'
    )
    assert _causes(text) == {("official", "acute pneumonia")}
    text = (
        "The Rason city tourism bureau told her in a written reply that the tourists had "
        "suffered food poisoning."
    )
    assert _causes(text) == {("official", "food poisoning")}


def test_causes_forty_second_round_a_notice_read_out_speaks_for_the_authorities():
    text = (
        "A notice read to students on Mar. 24 said they had suffered food poisoning from "
        "spoiled bean paste, the source said."
    )
    assert _causes(text) == {("official", "food poisoning")}


# ---- forty-third round -------------------------------------------------------------------------
def test_causes_forty_third_round_what_we_were_told_it_was_is_the_official_line():
    text = (
        '"Everyone here says it is cholera, but at the neighbourhood meeting we were told it '
        'is dysentery," the resident said.'
    )
    assert _causes(text) == {("local", "cholera"), ("official", "dysentery")}
    text = (
        "\"They were taken to the isolation facility, and they're being told it is ordinary "
        'flu," the source said.'
    )
    assert _causes(text) == {("official", "influenza")}
    # (told what to do, not what it is: the speaker's own claim stands)
    text = '"It is cholera, and we were told to boil our water," the resident said.'
    assert _causes(text) == {("local", "cholera")}


def test_causes_forty_third_round_those_a_speaker_s_relative_clause_names_do_not_speak():
    text = (
        "Choi Eun-hee, a liver specialist at a university hospital in Seoul who has treated "
        "North Korean defectors, said the symptoms were consistent with hepatitis A."
    )
    assert _causes(text) == {("independent", "hepatitis A")}
    # (a role in the apposition itself still speaks: the professor)
    text = "Kim Jin-ho, a professor at Seoul National University, said it was cholera."
    assert _causes(text) == {("independent", "cholera")}


def test_causes_forty_third_round_a_city_corporation_a_civic_body_and_a_press_service():
    text = (
        "Leptospirosis cases have doubled as residents wade through flooded streets, according "
        "to data released by the Brihanmumbai Municipal Corporation (BMC) on Tuesday. The "
        "civic body recorded 124 cases of leptospirosis in July. Malaria and dengue are also "
        "on the rise, with 812 malaria cases."
    )
    assert {v for v, _ in _causes(text)} == {"official"}
    text = (
        "The hospital's press service confirmed the deaths and said both men had been treated "
        "for severe pneumonia, a worker said."
    )
    assert ("official", "pneumonia") in _causes(text)


def test_causes_forty_third_round_what_it_looks_more_like_than_is_set_aside():
    text = (
        "Researchers in Seoul said the fevers residents describe look far more like influenza "
        "than a cold."
    )
    assert _causes(text) == {("independent", "influenza")}
    text = (
        "Researchers in Seoul said the pattern was more consistent with cholera than with "
        "enterocolitis."
    )
    assert _causes(text) == {("independent", "cholera")}
    # ("than" alone sets nothing aside)
    text = "Researchers said cholera had killed more people this year than typhoid fever."
    assert {c for _, c in _causes(text)} == {"cholera", "typhoid fever"}


def test_causes_forty_third_round_a_transcript_s_turns_speak_in_their_labels_voices():
    text = (
        "Transcript: Morning Call, community radio, 11 January 2024\n\n"
        "HOST: We have the Ministry of Health spokesperson on the line. Where are we with the "
        "outbreak?\n\n"
        "SPOKESPERSON: We have recorded 7,452 cases and 296 deaths since October.\n\n"
        "HOST: Listeners are calling in to say their children are dying of diarrhoea. What do "
        "you say to them?\n\n"
        "SPOKESPERSON: What we are dealing with is cholera. Our laboratories have confirmed "
        "it.\n"
    )
    assert _causes(text) == {("official", "cholera"), ("local", "diarrhoea")}
    # a label described after a comma gives the voice, and the surname alone later keeps it
    text = (
        "Transcript: news briefing on a plague death, June 18, 2025\n\n"
        "REPORTER (KOB-TV): How unusual is this?\n\n"
        "DR. DAVID ORTEGA, state epidemiologist, New Mexico Department of Health: This is the "
        "second human case this year.\n\n"
        "REPORTER (KOB-TV): What did he have?\n\n"
        "ORTEGA: He had pneumonic plague, which can pass from person to person.\n"
    )
    assert _causes(text) == {("official", "pneumonic plague")}


def test_causes_forty_third_round_a_ministry_known_by_a_mixed_case_acronym_speaks_for_it():
    text = (
        "The figures come from data shared by the Ministry of Public Health (MoPH). The MoPH "
        "reported 17,420 new cases of tuberculosis in the quarter. No cases of measles were "
        "reported by the MoPH during the quarter."
    )
    assert _causes(text) == {("official", "tuberculosis"), ("official", "measles")}
    # ("Daily NK reported": two capitals are no ministry's acronym)
    text = "Daily NK reported in 2018 that typhus had broken out among soldiers."
    assert ("independent", "typhus") not in _causes(text)


def test_causes_forty_third_round_meningitis_and_anthrax_stay_beside_their_specific_forms():
    text = (
        "The Ministry of Health said 412 cases of meningitis had been reported, and that "
        "meningococcal meningitis had been confirmed in 37 samples."
    )
    assert _causes(text) == {("official", "meningitis"), ("official", "meningococcal meningitis")}
    text = (
        "The ministry said 12 people had fallen ill with hepatitis, and that tests had "
        "confirmed hepatitis B in nine."
    )
    assert _causes(text) == {("official", "hepatitis B")}


def test_causes_forty_third_round_a_subject_placed_at_length_before_its_verb_speaks():
    text = (
        "Parents in the northeastern border city of Dandong say paediatric wards are "
        "overflowing with children suffering from pneumonia, as health officials insist the "
        "surge is caused by familiar bugs."
    )
    assert _causes(text) == {("local", "pneumonia")}


def test_causes_forty_third_round_a_country_declaring_victory_or_first_admitting_speaks():
    for text in (
        "North Korea declared victory over COVID-19 in August 2022.",
        "North Korea first admitted an outbreak of COVID-19 on May 12, 2022.",
        "North Korea first acknowledged that COVID-19 was spreading in May 2022.",
        "The country declared the end of its COVID-19 outbreak in August 2022.",
    ):
        assert _causes(text) == {("official", "COVID-19")}, text


def test_counts_forty_third_round_every_one_outbreaks_health_areas_and_the_dead_under_five():
    assert _counts("Every one of these deaths could have been prevented.") == []
    assert _counts("Congo has had more than a dozen Ebola outbreaks since 1976.") == []
    text = "The ministry has recorded 27 suspected cases in four health areas."
    assert _counts(text) == [("suspected_cases", 27)]
    text = "Imagery shows 46 new prefabricated buildings at the quarantine site."
    assert _counts(text) == []
    assert _counts("Most of the dead were under five, he said.") == []
    # (one death is still a count of one)
    assert _counts("One patient died on Monday.") == [("deaths", 1)]


def test_counts_forty_third_round_ages_of_the_dead_all_but_one_and_hours_of_the_day():
    assert _counts("The man who died was 53 and had diabetes.") == []
    assert _counts("All of those who died were over 70, the office said.") == []
    text = "Of these, 236 children were hospitalised, most of them under five."
    assert _counts(text) == [("hospitalized", 236)]
    text = "Pakistan recorded 14 deaths from the infection last year, all but one of them in Sindh."
    assert _counts(text) == [("deaths", 14)]
    text = "My mother has been here since five in the morning with a fever, she said."
    assert _counts(text) == []


def test_counts_forty_third_round_a_speaker_s_age_closing_the_sentence():
    text = '"Now he is on oxygen," said Monika Hartmann, 67. "Someone should have warned us."'
    assert _counts(text) == []
    assert _counts("The ministry said deaths had risen to 67.") == [("deaths", 67)]


def test_causes_forty_third_round_what_they_write_or_say_in_public_is_the_official_line():
    text = '"They wrote flu on the certificate," the grandmother said.'
    assert _causes(text) == {("official", "influenza")}
    text = '"In public they say chickenpox," a resident said.'
    assert _causes(text) == {("official", "chickenpox")}
    # ("they say" alone is as often the neighbours)
    text = '"They say it is cholera," a resident said.'
    assert _causes(text) == {("local", "cholera")}


def test_causes_forty_third_round_what_residents_describe_is_not_their_claim():
    text = (
        '"What these residents describe is almost certainly measles," said Lee Jae-won, a '
        "public health researcher at a university in Seoul."
    )
    assert _causes(text) == {("independent", "measles")}
    # (residents who say it themselves still speak)
    text = '"It is measles," residents told the newspaper.'
    assert _causes(text) == {("local", "measles")}


def test_regions_forty_third_round_imperatives_and_strains_are_no_places():
    assert _regions("Store grains in rodent-proof containers.") == []
    assert _regions("Drug-resistant strains are spreading.") == []
    assert _regions("The Zaire strain of Ebola was confirmed.") == []
    # (a university named for a city still gives the city)
    assert _regions("A professor at Seoul National University said.") == ["KR-11"]


def test_regions_forty_third_round_washington_beside_the_state_s_towns_is_the_state():
    assert _regions("A measles outbreak in central Washington has grown.") == ["US-WA"]
    text = "About 300 students in Yakima, Washington, were told to stay home."
    assert _regions(text) == ["US-WA", "US-WA"]
    assert _regions("The Pan American Health Organization, based in Washington, said.") == ["US-DC"]
    assert _regions("Seattle officials met in Washington, D.C.") == ["US-WA", "US-DC"]


def test_regions_forty_third_round_binh_tan_is_the_ho_chi_minh_city_district():
    text = "Most cases were in Binh Tan and Thu Duc districts of Ho Chi Minh City."
    assert _regions(text) == ["VN-SG", "VN-SG"]


# ---- forty-fourth round ------------------------------------------------------------------------
def test_causes_forty_fourth_round_a_transcript_label_s_bracket_and_the_introduction_s_words():
    text = (
        "Transcript of an interview broadcast on a community radio station in Bunia.\n\n"
        "PRESENTER: Doctor, what is the situation in Rethy?\n\n"
        "DR. LOKANA (chief medical officer, Rethy health zone): We have notified 74 suspected "
        "cases of pneumonic plague.\n\n"
        "PRESENTER: Why do people die so quickly?\n\n"
        "DR. LOKANA: The pneumonic form attacks the lungs.\n"
    )
    assert _causes(text) == {("official", "pneumonic plague")}
    text = (
        "HEALTH MATTERS - radio programme transcript\n\n"
        "PRESENTER: With me are Dr. Tesfaye Alemu of the Amhara Regional Health Bureau, and "
        "Dr. Hanna Girma, who coordinates emergency programmes for a medical charity. How bad "
        "is it?\n\n"
        "TESFAYE: We have recorded more than 1.4 million malaria cases in Amhara.\n\n"
        "PRESENTER: What are you seeing?\n\n"
        "HANNA: We are seeing more malaria than in any year before.\n"
    )
    assert _causes(text) == {("official", "malaria"), ("independent", "malaria")}


def test_causes_forty_fourth_round_a_heading_is_no_turn_of_a_surname_answering_questions():
    text = (
        "Interview: a defector from Sinuiju\n\n"
        "The interviewee left Sinuiju in 2023 and asked to be identified only by her surname, "
        "Choi.\n\n"
        "Q: What did the doctors say?\n\n"
        "Choi: The city hospital wrote acute pneumonia on the death paper.\n\n"
        "Q: And what did people think?\n\n"
        "Choi: We all knew it was the corona.\n"
    )
    assert _causes(text) == {("official", "acute pneumonia"), ("local", "COVID-19")}


def test_causes_forty_fourth_round_notices_security_men_a_sanatorium_s_director_and_put_down():
    text = (
        "Notices pasted up at the market describe the illness as an acute respiratory "
        "infection, a source said."
    )
    assert _causes(text) == {("official", "acute respiratory infection")}
    text = '"The families were given the bodies, and the security men said it was heart failure."'
    assert _causes(text) == {("official", "heart failure")}
    text = (
        "The sanatorium's director said the deaths had been caused by pneumonia, according to "
        "a relative who attended."
    )
    assert _causes(text) == {("official", "pneumonia")}
    text = (
        "The city hospital has put every one of the deaths down to acute pneumonia, a resident "
        "told RFA."
    )
    assert _causes(text) == {("official", "acute pneumonia")}


def test_causes_forty_fourth_round_a_named_person_who_estimates_speaks():
    text = (
        "Lee Ji-hoon, a researcher at a Seoul university institute who follows health "
        "conditions in the North, estimates that Kaesong saw nearly 2,000 malaria cases in "
        "2023, based on satellite imagery and scattered reports from defectors."
    )
    assert _causes(text) == {("independent", "malaria")}


# Round forty-five: held out 112 to 115 (written blind; first scored at da89006, then tuned on)


def test_causes_forty_fifth_round_people_in_a_named_place_believe():
    text = (
        "Asia Maritime Watch, a Tokyo-based group, said on Monday that two sailors had died and "
        "that people in Nampo believe they had COVID-19."
    )
    assert _causes(text) == {("local", "COVID-19")}


def test_causes_forty_fifth_round_authorities_treating_it_as_a_disease():
    text = (
        "A typhus outbreak has struck workers in Kanggye, but authorities are treating it as "
        "ordinary influenza, two sources told RFA."
    )
    assert _causes(text) == {("local", "typhus"), ("official", "influenza")}


def test_causes_forty_fifth_round_people_in_contact_with_residents_are_a_local_source():
    text = (
        "Measles has killed at least seven children in Sinuiju since January, according to two "
        "people in regular contact with hospital staff there."
    )
    assert _causes(text) == {("local", "measles")}


def test_causes_forty_fifth_round_suffered_a_heart_attack():
    text = "Its spokeswoman, Zarina Nazarova, said the shepherd had suffered a heart attack."
    assert _causes(text) == {("official", "heart attack")}
    # (not a figure of speech about the news)
    assert _causes("The bill gave the minister a heart attack, a source said.") == set()


def test_causes_forty_fifth_round_a_state_epidemiologist_is_a_public_health_officer():
    text = (
        "The Ondo State epidemiologist, Dr. Adebayo Ogunleye, said six of the samples tested "
        "positive for Lassa virus."
    )
    assert _causes(text) == {("official", "Lassa fever")}


def test_causes_forty_fifth_round_a_host_s_turn_names_its_own_speaker():
    text = (
        "PRESENTER: Good morning. We have Ana Rojas, a farmer from Beni, with us.\n"
        "ROJAS: My husband died of chikungunya, I am sure.\n"
        "PRESENTER: SEDES director Julio Aponte told this programme on Monday that both of "
        "those people died of heart failure.\n"
        "ROJAS: That is a lie.\n"
    )
    assert _causes(text) == {("local", "chikungunya"), ("official", "heart failure")}


def test_causes_forty_fifth_round_a_quoted_name_set_aside():
    text = "Parents in Hyesan say children's 'scarlet fever' is really measles"
    assert _causes(text) == {("local", "measles")}
    text = (
        'Parents told Reuters they believed it was chickenpox and that the "mpox" label had '
        "been brought in by outsiders."
    )
    assert _causes(text) == {("local", "chickenpox")}
    text = (
        "The provincial health ministry said measles had also been considered and ruled out "
        "after 14 children tested negative for it."
    )
    assert _causes(text) == set()


def test_causes_forty_fifth_round_unlike_and_neither_nor_assert_nothing():
    text = "Unlike influenza, the illness responds to antibiotics, according to aid groups."
    assert _causes(text) == set()
    assert _causes("State media have mentioned neither deaths nor pneumonia.") == set()


def test_causes_forty_fifth_round_a_cold_store_is_no_cold():
    text = (
        "Officials have told the workforce that the illness was food poisoning from squid that "
        "spoiled when a cold store broke down, a source said."
    )
    assert _causes(text) == {("official", "food poisoning")}


def test_causes_forty_fifth_round_what_local_people_call_it_and_what_the_family_believes():
    text = (
        "At least nine soldiers have died since April of what local people call 유행성출혈열, "
        '"epidemic hemorrhagic fever".'
    )
    assert _causes(text) == {("local", "haemorrhagic fever with renal syndrome")}
    text = "The family believes it was valley fever, she said."
    assert _causes(text) == {("local", "coccidioidomycosis")}


def test_causes_forty_fifth_round_what_is_recorded_after_a_cause_ruled_out():
    text = (
        "Doctors at the county hospital on March 21 ruled out anthrax and recorded the deaths as "
        "food poisoning caused by spoiled meat, the source said."
    )
    assert ("local", "food poisoning") in _causes(text)
    assert not any(cause == "anthrax" for _, cause in _causes(text))


def test_causes_forty_fifth_round_acute_encephalitis_is_encephalitis():
    text = (
        "Relatives say his death certificate gave the cause as acute encephalitis and that no "
        "samples were sent for testing."
    )
    claims = extract(text, PUBLISHED)["claims"]
    assert [(c["voice"], c["cause"], c["cause_text"]) for c in claims if c["cause"]] == [
        ("official", "encephalitis", "acute encephalitis")
    ]


def test_counts_forty_fifth_round_treated_at_treatment_centres_and_on_admission():
    text = (
        "Health Minister Mutinta Hambayi said 387 cases had been recorded in Chingola, and that "
        "52 patients were being treated at cholera treatment centres."
    )
    assert ("hospitalized", 52) in _counts(text)
    text = "The isolation centre at FMC Owo had 37 patients on admission as of Sunday."
    assert ("hospitalized", 37) in _counts(text)
    text = (
        "Around 30 others were taken to the North Hamgyong Provincial People's Hospital, a "
        "health worker said."
    )
    assert ("hospitalized", 30) in _counts(text)


def test_counts_forty_fifth_round_people_who_fell_ill_and_were_admitted():
    text = (
        "Currently 68 high-risk contacts are in home quarantine, while 11 people who developed "
        "mild fever have been admitted to the isolation ward, she said."
    )
    assert ("hospitalized", 11) in _counts(text)
    # (those with symptoms who are quarantined stay suspected cases)
    text = "Of those screened, 60 crew members who showed symptoms were quarantined on the ship."
    assert ("suspected_cases", 60) in _counts(text)


def test_counts_forty_fifth_round_animals_are_no_people_but_their_farmers_are():
    assert _counts("Herders said 300 cattle had died on the pasture.") == []
    assert _counts("The livestock office said 28,000 dogs had been vaccinated.") == []
    text = "Two livestock farmers have died in the Kara-Suu district, the department said."
    assert _counts(text) == [("deaths", 2)]


def test_counts_forty_fifth_round_samples_among_suspected_patients_and_cases_under_investigation():
    text = "A private laboratory told me it had found 74 positives among 190 samples since August."
    assert ("tested", 190) in _counts(text)
    text = "Another 12 cases are under investigation in the Mucuri valley, the secretariat said."
    assert _counts(text) == [("suspected_cases", 12)]
    text = "The headquarters has registered 158 suspected typhoid patients since September."
    assert _counts(text) == [("suspected_cases", 158)]


def test_causes_forty_fifth_round_but_insisted_is_the_subject_s():
    text = (
        "Relatives of two women from Ifon who died last week said they had been told the women "
        'had Lassa fever, but insisted they had died of "ordinary malaria" that the hospital '
        "failed to treat."
    )
    assert _causes(text) == {("official", "Lassa fever"), ("local", "malaria")}


def test_causes_forty_fifth_round_what_the_family_initially_believed():
    text = (
        "The minister confirmed two deaths from Nipah virus infection. His family initially "
        "believed he had suffered a heart attack, and he was buried without any tests."
    )
    assert ("local", "heart attack") in _causes(text)


def test_places_forty_fifth_round_a_river_named_in_brackets_and_a_surname_after_an_initial():
    places = extract_places("Changbai, the Chinese county across the Amnok (Yalu) River, is quiet.")
    assert [(p["text"], p["region"]) for p in places] == [("Changbai", "CN-JL")]
    assert extract_places("Evacuees from the islands of the Amnok (Yalu) River are ill.") == []
    assert extract_places("— posted by J. Harrow, 22 Aug 2018") == []
    # (a lake's name stays a lake's, and a country's initials are no initial)
    assert extract_places("Fishermen on Lake Victoria said.") == []
    places = extract_places("He flew to Washington, D.C. and then to the U.S. Virgin Islands.")
    assert [p["region"] for p in places] == ["US-DC", "US-VI"]


def test_places_forty_fifth_round_pohang_is_a_district_of_chongjin_in_a_report_on_chongjin():
    text = "Residents of Chongjin said a second resident, from Pohang district, fell ill."
    assert [p["region"] for p in extract_places(text)] == ["KP-09", "KP-09"]
    text = "POHANG, South Korea - The steelworks in Pohang closed for a week."
    assert {p["region"] for p in extract_places(text)} == {"KR-47", None}


def test_causes_forty_fifth_round_deaths_recorded_as_in_a_headline_and_co_workers():
    text = "Hyesan miners' deaths recorded as pneumonia; co-workers say tuberculosis"
    assert _causes(text) == {("official", "pneumonia"), ("local", "tuberculosis")}
    text = (
        "Herders in Garissa County's Ijara and Fafi sub-counties say Rift Valley fever has "
        "killed at least nine people."
    )
    assert _causes(text) == {("local", "Rift Valley fever")}


def test_causes_forty_fifth_round_what_no_one_thought_of():
    text = 'Chhun Sokha said: "We did not think of bird flu. We thought it was dengue."'
    assert _causes(text) == {("local", "dengue")}


def test_counts_forty_fifth_round_a_rate_is_no_count():
    text = "Maman says the epidemic threshold of 10 cases per 100,000 inhabitants was crossed."
    assert _counts(text) == []


def test_counts_forty_fifth_round_samples_tested_named_with_words_or_tests_run_on_them():
    text = "Nine of 12 throat swabs sent to the national laboratory grew the bacterium."
    assert ("tested", 12) in _counts(text)
    text = "Rapid diagnostic tests run by HRA on 40 stool samples were positive for cholera in 29."
    assert ("tested", 40) in _counts(text)
    assert ("cases", 29) in _counts(text)


def test_counts_forty_fifth_round_figures_listed_by_place_share_the_measure():
    text = (
        "Of the new fever patients, 9,870 were in South Hamgyong Province, 7,415 in Kangwon "
        "Province and 5,102 in Pyongyang City."
    )
    assert ("suspected_cases", 7415) in _counts(text)
    text = (
        "By district, Haeju City accounted for 402 confirmed cases, Kangryong County for 318, "
        "Ongjin County for 211 and Kaesong City for 215."
    )
    assert [n for _, n in _counts(text)] == [402, 318, 211, 215]
    assert {m for m, _ in _counts(text)} == {"cases"}


def test_causes_forty_sixth_round_a_quoted_deed_is_no_illness():
    text = (
        "The mayor said his council had barred Syrians from the spring and blamed them for "
        '"bringing the disease".'
    )
    assert _causes(text) == set()
    text = 'Officials described the illness as a "seasonal skin fever".'
    assert _causes(text) == {("official", "seasonal skin fever")}


def test_causes_forty_sixth_round_voices_named_but_not_speaking():
    text = (
        "The Dandong city government said in a statement that no new cases of COVID-19 had "
        'been recorded in the city and described the post as "a malicious rumour."'
    )
    assert _causes(text) == {("official", "COVID-19")}
    text = (
        "In Seoul, a researcher said the official figures were hard to square with testing. "
        "Many of the fever patients were probably suffering from seasonal influenza, he said, "
        "and the real number of deaths was likely to be far higher than the state media "
        "acknowledged."
    )
    assert _causes(text) == {("independent", "influenza")}
    text = (
        "The paper repeated that there was not a single confirmed case of COVID-19 in the "
        "country, a claim that foreign health experts have long questioned."
    )
    assert ("independent", "COVID-19") not in _causes(text)


def test_causes_forty_sixth_round_the_body_a_report_is_sent_to_does_not_speak():
    text = (
        "Pyongyang's health ministry, in its annual submission to the World Health "
        "Organization, reported 65,000 tuberculosis cases nationwide in 2021."
    )
    assert _causes(text) == {("official", "tuberculosis")}


def test_causes_forty_sixth_round_an_illness_left_unnamed_and_mourners():
    text = 'The minister told local radio that an "unidentified illness" had killed 41 people.'
    assert _causes(text) == set()
    text = "In one village, mourners said the deaths were caused by typhoid from a new well."
    assert _causes(text) == {("local", "typhoid fever")}
    text = "Mourners should not share food at funeral gatherings of people who died of cholera."
    assert ("local", "cholera") not in _causes(text)


def test_counts_forty_sixth_round_a_toll_brought_to_a_figure_and_a_relative_clause():
    text = (
        "Sindh's health department said the death brought the province's toll from the "
        "infection to 4 since January, compared with 12 in 2022."
    )
    assert _counts(text) == [("deaths", 4), ("deaths", 12)]
    text = (
        "The spokesman said 3 elderly patients who suffered from chronic illnesses died of "
        "heatstroke."
    )
    assert _counts(text) == [("deaths", 3)]


def test_counts_forty_sixth_round_head_of_cattle_and_carcasses_are_no_people():
    text = (
        "The cow had died of anthrax. The farm's remaining 43 head of cattle were vaccinated, "
        "six carcasses were burned, and 370 residents of the village were tested."
    )
    assert _counts(text) == [("tested", 370)]
    assert _counts("Officials said 1,500 reindeer had died of anthrax on the tundra.") == []
    assert _counts("Herders said 17 cattle and 40 horses died.") == []


def test_causes_forty_sixth_round_who_answers_at_a_bodys_briefing_speaks_for_it():
    text = (
        "Transcript excerpt: Texas Department of State Health Services media briefing, "
        "March 15\n\n"
        "MODERATOR: We'll begin with an update from the regional medical director.\n"
        "DR. LAURA GARCIA: Thank you. We now have 48 confirmed measles cases in Gaines and "
        "Terry counties since Feb. 2.\n"
        "REPORTER: Are the schools closing?\n"
        "DR. GARCIA: No school in the area has closed.\n"
    )
    assert _causes(text) == {("official", "measles")}


def test_counts_forty_sixth_round_told_to_stay_home_and_not_allowed_to_leave():
    text = (
        "Another 41 suspected cases were under investigation, and 156 close contacts had been "
        "given preventive antibiotics and told to stay home."
    )
    assert _counts(text) == [("suspected_cases", 41), ("quarantined", 156)]
    text = "She said police had sealed the blocks and that 150 residents were not allowed to leave."
    assert _counts(text) == [("quarantined", 150)]
    text = "He said 38 people who had eaten the meat were being held in a school under guard."
    assert _counts(text) == [("quarantined", 38)]


def test_counts_forty_sixth_round_no_new_fever_patients_is_a_suspected_zero():
    text = "Rason City reported no new fever patients for the third consecutive day."
    assert _counts(text) == [("suspected_cases", 0)]
    assert _counts("The ministry said there had been no yellow fever cases.") == [("cases", 0)]


def test_counts_forty_sixth_round_patients_who_have_returned_home_recovered():
    text = (
        "He told KCNA that 806 patients had been admitted to hospitals in the province and "
        "that more than 700 of them had already returned home."
    )
    assert _counts(text) == [("hospitalized", 806), ("recovered", 700)]


def test_causes_forty_sixth_round_a_named_persons_relative_or_neighbour_speaks():
    text = (
        "Gul Jan's neighbour in the next tent, a former taxi driver, said his niece had died. "
        '"She died of pneumonia, from the cold in the back of the truck," he said.'
    )
    assert _causes(text) == {("local", "pneumonia")}


def test_causes_forty_sixth_round_a_research_units_doctor_is_independent():
    text = (
        "Dr Arjen Veldhuis of the Mahidol Oxford Tropical Medicine Research Unit in Bangkok "
        "said samples from the border showed resistant malaria."
    )
    assert _causes(text) == {("independent", "malaria")}


def test_causes_forty_sixth_round_doctors_without_borders_is_no_person():
    text = (
        "The health ministry said 1,240 cases had been recorded. Doctors Without Borders gave "
        "a larger figure. The group said its centres had admitted 2,100 patients with acute "
        "watery diarrhoea."
    )
    assert _causes(text) == {("independent", "acute watery diarrhoea")}


# ---- forty_seventh_round: held out 120 to 123 ----------------------------------------------


def test_causes_forty_seventh_round_a_speaker_across_a_contrast_blames_only_what_follows():
    text = (
        "Isingiro: anthrax confirmed after cattle deaths, but villagers blame bad meat\n\n"
        "Health authorities in Isingiro District have confirmed an outbreak of anthrax, the "
        'district health officer said. "That is food poisoning," a villager said.'
    )
    assert _causes(text) == {("official", "anthrax"), ("local", "food poisoning")}


def test_causes_forty_seventh_round_a_belief_after_a_bare_comma_is_the_believers_own():
    text = (
        "Measles in Gagauzia: confirmed cases grow, some parents insist it is rubella\n\n"
        "The National Agency for Public Health confirmed 27 cases of measles in Comrat."
    )
    assert _causes(text) == {("official", "measles"), ("local", "rubella")}
    # (a speaker after "and" takes the sentence, as the sets' writers read it)
    text = (
        "The hospital has been overwhelmed by dengue since January, and families say the "
        "worst may be yet to come."
    )
    assert _causes(text) == {("local", "dengue")}


def test_causes_forty_seventh_round_nothing_to_do_with_is_a_denial():
    text = (
        "The district health office confirmed four cases of anthrax. Many residents, however, "
        "say the illness "
        "has nothing to do with anthrax."
    )
    assert _causes(text) == {("official", "anthrax")}


def test_causes_forty_seventh_round_a_disease_said_to_be_invented_is_not_asserted():
    text = (
        "Residents of Mavivi told Reuters that the victims had died of malaria and that the "
        'authorities were "inventing Ebola" to attract foreign money.'
    )
    assert _causes(text) == {("local", "malaria")}


def test_causes_forty_seventh_round_stopping_short_of_naming_a_disease():
    text = (
        "The health ministry said an outbreak of acute watery diarrhoea had killed 22 people, "
        "but stopped short of calling it cholera."
    )
    assert _causes(text) == {("official", "acute watery diarrhoea")}


def test_causes_forty_seventh_round_people_tested_for_a_disease_all_negative():
    text = (
        "North Korea tested 23,121 people for COVID-19 up to March 25 and all of them were "
        "negative, according to the latest World Health Organization monitoring report."
    )
    assert _causes(text) == set()


def test_voice_forty_seventh_round_people_told_to_do_something_do_not_speak():
    from dashboard.extract.voice import find_attributions

    found = find_attributions("Lassa fever: Owo traders told to cover food as cases climb")
    assert [a["speaks"] for a in found if a["text"] == "traders"] == [False]
    found = find_attributions("A source told to Daily NK that eight had died.")
    assert [a["speaks"] for a in found if a["text"] == "A source"] == [True]


def test_causes_forty_seventh_round_the_body_in_a_headings_field_tells_the_report():
    text = (
        "LASSA FEVER SITUATION REPORT | Nigeria Centre for Disease Control and Prevention\n"
        "Key points: 97 new confirmed cases of Lassa fever were recorded in eleven states.\n"
        "Community feedback: in one ward of Toro, residents attribute a cluster of deaths to "
        "malaria."
    )
    assert _causes(text) == {("official", "Lassa fever"), ("local", "malaria")}


def test_causes_forty_seventh_round_those_who_mock_a_claim_do_not_make_it():
    text = (
        "Provincial officials insist the situation is under control. A bulletin read on local "
        'radio said there had been "no deaths from the intestinal infection", a claim '
        "residents openly mock."
    )
    assert ("local", "intestinal infection") not in _causes(text)


def test_voice_forty_seventh_round_sources_quoted_by_outlets_and_herders_interviewed():
    from dashboard.extract.voice import find_attributions

    found = find_attributions("Sources quoted by Seoul-based outlets say Sinuiju is sealed.")
    assert [(a["text"], a["voice"], a["speaks"]) for a in found] == [("Sources", "local", True)]
    text = (
        "Herders interviewed by regional television, however, said the reindeer had died of "
        "heatstroke."
    )
    assert _causes(text) == {("local", "heatstroke")}


def test_causes_forty_seventh_round_a_diseases_restrictions_are_no_case():
    text = (
        "The National Health Commission said the increase followed the lifting of COVID-19 "
        "restrictions last December."
    )
    assert _causes(text) == set()


def test_causes_forty_seventh_round_private_practitioners_speak_locally():
    text = (
        "Mhow: hepatitis A confirmed in contaminated water outbreak, private clinics say typhoid"
        "\n\nHealth officials have confirmed hepatitis A as the cause of the illness. However, "
        "several private practitioners in Mhow said many of their patients had typhoid."
    )
    assert _causes(text) == {("official", "hepatitis A"), ("local", "typhoid fever")}


def test_counts_forty_seventh_round_animals_with_a_word_before_them_are_not_people():
    text = (
        "Officials recorded the deaths of 37 howler monkeys in the forest. At least 60 hippos "
        "have died, and anthrax was found in 11 dead hippos. He weighed 45 kilogrammes."
    )
    assert _counts(text) == []
    assert _counts("12 farm workers fell ill") == [("suspected_cases", 12)]


def test_counts_forty_seventh_round_no_human_deaths_is_a_zero():
    assert _counts("The ministry said no human deaths had been recorded.") == [("deaths", 0)]


def test_counts_forty_seventh_round_a_total_brought_up_takes_its_sentences_measure_word():
    text = (
        "North Korea reported eight additional deaths on Monday. KCNA said the new fever cases "
        "were logged on Sunday, bringing the cumulative number since late April to 1,213,550."
    )
    assert _counts(text) == [("deaths", 8), ("suspected_cases", 1213550)]
    # (a figure referred back keeps the measure of the count before)
    text = (
        "The source initially put the number of deaths at 35. After checking with relatives of "
        "patients, the source later told us the number was 25."
    )
    assert _counts(text) == [("deaths", 35), ("deaths", 25)]


def test_causes_forty_seventh_round_an_authority_a_site_command_and_parents_meetings():
    text = 'Students of Sariwon college fall sick; authority says "food poisoning"'
    assert _causes(text) == {("official", "food poisoning")}
    text = (
        "The construction site command told the brigade members on Sunday that the illness was "
        "dysentery, the source said."
    )
    assert _causes(text) == {("official", "dysentery")}
    text = (
        "The county health department said the students were sent home. In a notice read at "
        'parents\' meetings on July 5, it said the students had suffered "colds".'
    )
    assert _causes(text) == {("official", "common cold")}


def test_causes_forty_seventh_round_if_it_is_only_after_a_comma_is_no_assertion():
    text = (
        '"The mother was asking why, if it is only food poisoning, they burned the girl," the '
        "source said."
    )
    assert _causes(text) == set()


def test_causes_forty_seventh_round_a_country_declaring_an_emergency_over_a_disease():
    text = (
        "When Sierra Leone declared a public-health emergency over mpox on January 13, the "
        "country had recorded two cases."
    )
    assert _causes(text) == {("official", "mpox")}
