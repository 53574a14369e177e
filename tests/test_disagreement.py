"""dashboard.analysis.disagreement: hand-computed cases, one event's claims built by code.

The Hyesan case is from ../shared/seeds/hyesan-crackdown-dailynk.txt (Daily NK, 2021): the
provincial People's Hospital put eight isolation-ward deaths down to tuberculosis; local
accounts said COVID-19.
"""

from __future__ import annotations

from datetime import date

import pandas as pd

from dashboard.analysis.disagreement import (
    Disagreement,
    agreement_summary,
    disagreements,
    format_stated,
)

HOSPITAL = "Ryanggang Provincial People's Hospital"
INFORMANT = "A source in Yanggang Province"
PROTECTED = "Protected source #3 (Ryanggang)"
COLUMNS = [
    "id",
    "event",
    "voice",
    "source",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause",
    "cause_text",
    "statement",
    "stated_on",
    "stated_precision",
    "status",
]


def claim(claim_id: int, **overrides) -> dict:
    row = {
        "id": claim_id,
        "event": "Isolation-ward deaths, test hospital",
        "voice": "official",
        "source": HOSPITAL,
        "measure": "deaths",
        "count": None,
        "count_low": None,
        "count_high": None,
        "cause": None,
        "cause_text": None,
        "statement": "A statement.",
        "stated_on": date(2021, 3, 20),
        "stated_precision": "day",
        "status": "unverified",
    }
    unknown = set(overrides) - set(row)
    assert not unknown, f"not claim columns: {unknown}"
    row.update(overrides)
    if row["cause"] and not row["cause_text"]:
        row["cause_text"] = row["cause"]
    return row


def local(claim_id: int, **overrides) -> dict:
    return claim(claim_id, **{"voice": "local", "source": INFORMANT, **overrides})


def claims(*rows: dict) -> pd.DataFrame:
    frame = pd.DataFrame(list(rows), columns=COLUMNS)
    for column in ("count", "count_low", "count_high"):
        frame[column] = frame[column].astype("Int64")
    frame["id"] = frame["id"].astype("int64")
    return frame


def hyesan() -> pd.DataFrame:
    return claims(
        claim(1, count=8, cause="tuberculosis"),
        local(2, count=8, cause="COVID-19"),
    )


def sentences(frame: pd.DataFrame, today: date | None = None) -> list[str]:
    return [found.sentence for found in disagreements(frame, today=today)]


# --- cause --------------------------------------------------------------------------------


def test_hyesan_gives_exactly_one_cause_disagreement():
    found = disagreements(hyesan())
    assert found == [
        Disagreement(
            facet="cause",
            measure="deaths",
            sentence=(
                "Cause of 8 deaths: tuberculosis (Ryanggang Provincial People's Hospital, "
                "official) vs COVID-19 (local accounts)."
            ),
            official="tuberculosis",
            local="COVID-19",
            claim_ids=(1, 2),
        )
    ]


def test_cause_uses_local_count_when_official_gives_none():
    frame = claims(claim(1, cause="influenza"), local(2, count=12, cause="pneumonia"))
    assert sentences(frame) == [
        f"Cause of 12 deaths: influenza ({HOSPITAL}, official) vs pneumonia (local accounts)."
    ]


def test_cause_uses_official_count_when_the_sides_differ_on_it():
    frame = claims(claim(1, count=8, cause="tuberculosis"), local(2, count=20, cause="COVID-19"))
    assert sentences(frame)[0].startswith("Cause of 8 deaths: tuberculosis")


def test_claims_without_counts_give_a_cause_sentence_without_a_number_and_no_count_facet():
    frame = claims(claim(1, cause="influenza"), local(2, cause="COVID-19"))
    found = disagreements(frame)
    assert [d.facet for d in found] == ["cause"]
    assert found[0].sentence == (
        f"Cause of deaths: influenza ({HOSPITAL}, official) vs COVID-19 (local accounts)."
    )


def test_one_death_is_singular():
    frame = claims(claim(1, count=1, cause="tuberculosis"), local(2, count=1, cause="COVID-19"))
    assert sentences(frame)[0].startswith("Cause of 1 death: ")


def test_two_official_sources_are_named_three_are_not():
    two = claims(
        claim(1, count=8, cause="tuberculosis"),
        claim(2, count=8, cause="tuberculosis", source="KCNA"),
        local(3, cause="COVID-19"),
    )
    assert sentences(two) == [
        f"Cause of 8 deaths: tuberculosis ({HOSPITAL} and KCNA, official) "
        "vs COVID-19 (local accounts)."
    ]
    three = claims(
        claim(1, cause="tuberculosis"),
        claim(2, cause="tuberculosis", source="KCNA"),
        claim(3, cause="tuberculosis", source="Rodong Sinmun"),
        local(4, cause="COVID-19"),
    )
    assert sentences(three) == [
        "Cause of deaths: tuberculosis (official sources) vs COVID-19 (local accounts)."
    ]


def test_several_causes_on_one_side_are_joined_with_a_slash():
    frame = claims(
        claim(1, cause="tuberculosis", stated_on=date(2021, 3, 1)),
        claim(2, cause="influenza", stated_on=date(2021, 3, 2)),
        local(3, cause="COVID-19"),
    )
    found = disagreements(frame)
    assert found[0].official == "tuberculosis / influenza"
    assert "tuberculosis / influenza (" in found[0].sentence


def test_same_causes_on_both_sides_are_no_disagreement():
    frame = claims(claim(1, count=8, cause="COVID-19"), local(2, count=8, cause="COVID-19"))
    assert disagreements(frame) == []


def test_a_protected_official_source_is_not_named():
    frame = claims(
        claim(1, count=8, cause="tuberculosis", source=PROTECTED), local(2, cause="COVID-19")
    )
    assert sentences(frame) == [
        "Cause of 8 deaths: tuberculosis (an official source) vs COVID-19 (local accounts)."
    ]


def test_a_zero_count_with_a_cause_is_a_denial_not_an_attribution():
    frame = claims(
        claim(1, measure="cases", count=0, cause="COVID-19"),
        local(2, measure="cases", count=12, cause="paratyphoid fever"),
    )
    assert [d.facet for d in disagreements(frame)] == []


def test_restrictions_are_not_compared():
    frame = claims(
        claim(1, measure="restriction", cause="COVID-19"),
        local(2, measure="restriction", cause="influenza"),
    )
    assert disagreements(frame) == []


# --- count --------------------------------------------------------------------------------


def test_count_gap_gives_both_figures_and_the_ratio():
    frame = claims(claim(1, count=74), local(2, count_low=120))
    [found] = disagreements(frame)
    assert found.facet == "count"
    assert found.sentence == "Deaths: official 74 vs local accounts at least 120 (1.6×)."
    assert (found.official, found.local, found.claim_ids) == (
        "74 deaths",
        "at least 120 deaths",
        (1, 2),
    )


def test_count_figures_have_thousands_separators():
    frame = claims(claim(1, count=1_500), local(2, count=24_000))
    assert sentences(frame) == ["Deaths: official 1,500 vs local accounts 24,000 (16.0×)."]


def test_official_zero_is_a_denial():
    frame = claims(claim(1, measure="cases", count=0), local(2, measure="cases", count=12))
    [found] = disagreements(frame)
    assert found.sentence == "Cases: official figures say 0; local accounts report 12."
    assert (found.official, found.local) == ("0 cases", "12 cases")


def test_official_zero_against_reports_without_a_figure_is_a_denial():
    frame = claims(claim(1, measure="cases", count=0), local(2, measure="cases"))
    assert sentences(frame) == ["Cases: official figures say 0; local accounts report cases."]


def test_official_zero_cases_against_reported_deaths_is_a_denial():
    frame = claims(
        claim(1, measure="cases", count=0, cause="COVID-19"),
        local(2, measure="deaths", count=180),
    )
    assert sentences(frame) == ["Cases: official figures say 0; local accounts report 180 deaths."]


def test_official_zero_cases_does_not_deny_deaths_of_another_cause():
    frame = claims(
        claim(1, measure="cases", count=0, cause="COVID-19"),
        local(2, measure="deaths", cause="malnutrition"),
    )
    assert disagreements(frame) == []


def test_count_range_is_shown_and_compared_by_its_top():
    frame = claims(claim(1, count=74), local(2, count=120, count_low=100, count_high=150))
    assert sentences(frame) == ["Deaths: official 74 vs local accounts 100–150 (2.0×)."]


def test_figure_inside_the_other_sides_range_is_no_gap():
    frame = claims(claim(1, count=120), local(2, count_low=100, count_high=150))
    assert disagreements(frame) == []


def test_largest_figure_on_each_side_is_compared():
    frame = claims(
        claim(1, count=10),
        claim(2, count=40),
        local(3, count=30),
        local(4, count=90),
    )
    [found] = disagreements(frame)
    assert found.sentence == "Deaths: official 40 vs local accounts 90 (2.2×)."
    assert found.claim_ids == (2, 4)


def test_a_long_official_series_gives_no_count_facet():
    series = [claim(i, measure="suspected_cases", count=100 * i) for i in range(1, 5)]
    frame = claims(*series, local(9, measure="suspected_cases", count=5_000))
    assert disagreements(frame) == []
    three = claims(*series[:3], local(9, measure="suspected_cases", count=5_000))
    assert [d.facet for d in disagreements(three)] == ["count"]


def test_independent_estimates_stand_in_when_there_are_no_local_claims():
    frame = claims(claim(1, count=74), claim(2, voice="independent", source="WHO", count=300))
    assert sentences(frame) == ["Deaths: official 74 vs independent estimates 300 (4.1×)."]


def test_independent_claims_are_not_used_when_local_claims_exist():
    frame = claims(
        claim(1, count=74),
        claim(2, voice="independent", source="WHO", count=300),
        local(3, count=74),
    )
    assert disagreements(frame) == []


# --- existence ----------------------------------------------------------------------------


def test_official_silence_counts_days_to_today():
    frame = claims(
        local(1, stated_on=date(2021, 3, 20)),
        local(2, stated_on=date(2021, 4, 2), count=5),
    )
    [found] = disagreements(frame, today=date(2021, 5, 4))
    assert found.facet == "existence"
    assert found.sentence == (
        "Official silence: local accounts report deaths (first on 2021-03-20); "
        "no official statement in the 45 days since."
    )
    assert (found.official, found.claim_ids) == ("silent", (1, 2))


def test_official_silence_from_a_month_gives_no_day_count():
    frame = claims(local(1, stated_on=date(2021, 3, 1), stated_precision="month"))
    assert sentences(frame, today=date(2021, 5, 4)) == [
        "Official silence: local accounts report deaths (first in March 2021); "
        "no official statement."
    ]


def test_any_official_claim_on_the_event_ends_the_silence():
    frame = claims(claim(1, measure="restriction"), local(2))
    assert disagreements(frame, today=date(2021, 5, 4)) == []


def test_local_restrictions_alone_are_not_official_silence():
    assert disagreements(claims(local(1, measure="restriction"))) == []


# --- order and privacy --------------------------------------------------------------------


def test_cause_comes_before_count_and_measures_keep_their_order():
    frame = claims(
        claim(1, measure="cases", count=10),
        local(2, measure="cases", count=300),
        claim(3, measure="deaths", count=8, cause="tuberculosis"),
        local(4, measure="deaths", count=80, cause="COVID-19"),
    )
    found = disagreements(frame)
    assert [(d.facet, d.measure) for d in found] == [
        ("cause", "deaths"),
        ("count", "deaths"),
        ("count", "cases"),
    ]


def test_protected_local_source_label_never_appears():
    frame = claims(
        claim(1, count=8, cause="tuberculosis"),
        local(2, count=80, cause="COVID-19", source=PROTECTED),
        claim(3, measure="cases", count=0),
        local(4, measure="cases", count=12, source=PROTECTED),
    )
    silent = claims(local(5, source=PROTECTED))
    found = disagreements(frame) + disagreements(silent, today=date(2021, 5, 4))
    assert {d.facet for d in found} == {"cause", "count", "existence"}
    for item in found:
        assert "Protected" not in item.sentence + item.official + item.local
    assert "Protected" not in agreement_summary(frame) + agreement_summary(silent)


def test_refuted_claims_are_set_aside():
    frame = hyesan()
    frame.loc[frame["id"] == 2, "status"] = "refuted"
    assert disagreements(frame) == []
    assert agreement_summary(frame) == (
        "Only official claims so far (1); no local account; 1 refuted claim set aside."
    )


# --- agreement_summary --------------------------------------------------------------------


def test_summary_of_no_claims():
    assert agreement_summary(claims()) == "No claims."
    assert agreement_summary(pd.DataFrame()) == "No claims."
    assert disagreements(pd.DataFrame()) == []


def test_summary_of_only_official_claims():
    frame = claims(*[claim(i, count=i) for i in range(1, 13)])
    assert agreement_summary(frame) == "Only official claims so far (12); no local account."


def test_summary_of_only_local_accounts():
    frame = claims(local(1), local(2), local(3, measure="restriction"))
    assert agreement_summary(frame) == "Only local accounts so far (3); no official claim."


def test_summary_when_the_sides_agree_on_count_and_cause():
    frame = claims(claim(1, count=8, cause="COVID-19"), local(2, count=8, cause="COVID-19"))
    assert agreement_summary(frame) == "Official and local claims agree on 8 deaths (COVID-19)."


def test_summary_when_the_sides_speak_of_different_measures():
    frame = claims(claim(1, measure="restriction"), local(2, measure="arrests", count=3))
    assert agreement_summary(frame) == (
        "Official claims (restrictions) and local accounts (arrests) speak of different "
        "things; nothing to compare directly."
    )


def test_summary_names_what_is_disputed_when_there_is_a_disagreement():
    assert (
        agreement_summary(hyesan()) == "Official and local claims disagree on the cause of deaths."
    )


def test_summary_names_a_count_dispute():
    frame = claims(claim(1, count=74), local(2, count=120))
    assert agreement_summary(frame) == "Official and local claims disagree on the number of deaths."


def test_summary_agrees_on_a_figure_inside_a_range():
    frame = claims(claim(1, count=120), local(2, count_low=100, count_high=150))
    assert agreement_summary(frame) == "Official and local claims agree on 120 deaths."


def test_summary_notes_count_series_are_not_compared():
    series = [claim(i, count=100 * i) for i in range(1, 5)]
    frame = claims(*series, local(9, count=5_000))
    assert agreement_summary(frame) == (
        "No disagreement found: official and local claims both speak of deaths; "
        "count series are not compared yet."
    )


# --- format_stated ------------------------------------------------------------------------


def test_format_stated_by_precision():
    assert format_stated(date(2021, 3, 20), "day") == "2021-03-20"
    assert format_stated("2021-03-01", "month") == "March 2021"
    assert format_stated(date(2021, 3, 1), "month") == "March 2021"
    assert format_stated(pd.Timestamp("2021-01-01"), "year") == "2021"
    assert format_stated(None, "day") == ""
