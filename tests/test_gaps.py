"""dashboard.analysis.gaps: pairing and discrepancy measures, hand-computed cases.

The Hyesan case is from ../shared/seeds/hyesan-crackdown-dailynk.txt (Daily NK, 2021); the
2022 fever figures are the official KCTV/Rodong Sinmun series in data/raw (SOURCES.md).
"""

from __future__ import annotations

from datetime import date

import pandas as pd
import pytest

from dashboard.analysis import gaps
from dashboard.store import Store, make_engine

COLUMNS = [
    "id",
    "event_id",
    "event",
    "region_code",
    "voice",
    "source_id",
    "source",
    "measure",
    "count",
    "count_low",
    "count_high",
    "cause",
    "stated_on",
    "stated_precision",
    "occurred_from",
    "occurred_from_precision",
    "occurred_to",
    "occurred_to_precision",
    "status",
]


def claim(claim_id: int, **overrides) -> dict:
    row = {
        "id": claim_id,
        "event_id": 1,
        "event": "Isolation-ward deaths, test hospital",
        "region_code": "KP-10",
        "voice": "official",
        "source_id": 1,
        "source": "Provincial hospital (test)",
        "measure": "deaths",
        "count": None,
        "count_low": None,
        "count_high": None,
        "cause": None,
        "stated_on": date(2021, 3, 20),
        "stated_precision": "day",
        "occurred_from": None,
        "occurred_from_precision": None,
        "occurred_to": None,
        "occurred_to_precision": None,
        "status": "unverified",
    }
    unknown = set(overrides) - set(row)
    assert not unknown, f"not claim columns: {unknown}"
    row.update(overrides)
    return row


def local(claim_id: int, **overrides) -> dict:
    return claim(claim_id, **{"voice": "local", "source_id": 2, "source": "Informant", **overrides})


def frame(*rows: dict) -> pd.DataFrame:
    out = pd.DataFrame(list(rows), columns=COLUMNS)
    for column in ("count", "count_low", "count_high"):
        out[column] = out[column].astype("Int64")
    return out


def row(table: pd.DataFrame, facet: str, event_id: int = 1) -> pd.Series:
    hit = table[(table["facet"] == facet) & (table["event_id"] == event_id)]
    assert len(hit) == 1, f"{facet}: {len(hit)} rows"
    return hit.iloc[0]


TODAY = date(2021, 4, 30)


# --- pairing ------------------------------------------------------------------------------


def test_pairing_lists_facets_with_each_sides_claims():
    pairs = gaps.pair_claims(
        frame(
            claim(1, count=8, cause="tuberculosis"),
            local(2, count=8, cause="COVID-19"),
            claim(3, measure="restriction", stated_on=date(2021, 3, 3)),
        )
    )
    assert list(pairs["facet"]) == ["cause:deaths", "count:deaths", "existence", "restriction"]
    cause = row(pairs, "cause:deaths")
    assert cause["official_ids"] == (1,) and cause["local_ids"] == (2,)
    assert row(pairs, "restriction")["local_ids"] == ()


def test_pairing_keeps_only_claims_in_the_span_both_sides_cover():
    # Official daily deaths 1-10 March (as occurrence dates); local account for 5-6 March.
    daily = [
        claim(
            10 + d,
            count=d,
            stated_on=date(2021, 3, d + 1),
            occurred_from=date(2021, 3, d),
            occurred_from_precision="day",
            occurred_to=date(2021, 3, d),
            occurred_to_precision="day",
        )
        for d in range(1, 11)
    ]
    account = local(
        2,
        count=40,
        stated_on=date(2021, 3, 8),
        occurred_from=date(2021, 3, 5),
        occurred_from_precision="day",
        occurred_to=date(2021, 3, 6),
        occurred_to_precision="day",
    )
    table = gaps.event_gaps(frame(*daily, account), today=TODAY)
    deaths = row(table, "count:deaths")
    assert deaths["official_ids"] == (15, 16)
    assert deaths["window_start"] == pd.Timestamp("2021-03-05")
    # Official 5 + 6 = 11 over 5-6 March; local 40: ratio 40/11, difference 29.
    assert deaths["official_count"] == 11 and deaths["local_count"] == 40
    assert deaths["ratio"] == pytest.approx(40 / 11)
    assert deaths["difference"] == 29 and deaths["count_gap"] and not deaths["denial"]


def test_month_precision_covers_the_whole_month():
    table = gaps.pair_claims(
        frame(
            claim(1, count=3, stated_on=date(2021, 3, 1), stated_precision="month"),
            local(2, count=9, stated_on=date(2021, 3, 31)),
        )
    )
    deaths = row(table, "count:deaths")
    assert deaths["periods_overlap"]
    assert deaths["window_start"] == deaths["window_end"] == pd.Timestamp("2021-03-31")


def test_sides_that_never_meet_are_listed_but_not_compared():
    table = gaps.event_gaps(
        frame(
            claim(1, count=3, stated_on=date(2021, 1, 5)),
            local(2, count=9, stated_on=date(2021, 3, 5)),
        ),
        today=TODAY,
    )
    deaths = row(table, "count:deaths")
    assert not deaths["periods_overlap"]
    assert deaths["official_ids"] == (1,) and deaths["local_ids"] == (2,)
    assert pd.isna(deaths["ratio"]) and not deaths["count_gap"]


# --- cause --------------------------------------------------------------------------------


def test_hyesan_cause_conflict():
    table = gaps.event_gaps(
        frame(claim(1, count=8, cause="tuberculosis"), local(2, count=8, cause="COVID-19")),
        today=TODAY,
    )
    cause = row(table, "cause:deaths")
    assert cause["cause_conflict"]
    assert cause["official_causes"] == ("tuberculosis",) and cause["local_causes"] == ("COVID-19",)
    count = row(table, "count:deaths")
    assert count["ratio"] == 1 and count["difference"] == 0 and not count["count_gap"]


def test_a_zero_with_a_cause_denies_rather_than_attributes():
    table = gaps.event_gaps(
        frame(claim(1, count=0, cause="COVID-19"), local(2, count=8, cause="COVID-19")),
        today=TODAY,
    )
    assert row(table, "cause:deaths")["official_ids"] == ()
    assert not row(table, "cause:deaths")["cause_conflict"]


# --- counts -------------------------------------------------------------------------------


def test_official_zero_is_a_denial_without_a_ratio():
    table = gaps.event_gaps(frame(claim(1, count=0), local(2, count=8)), today=TODAY)
    deaths = row(table, "count:deaths")
    assert deaths["denial"] and deaths["count_gap"]
    assert pd.isna(deaths["ratio"]) and deaths["difference"] == 8
    assert "Local accounts give 8 deaths" not in " ".join(gaps.gap_sentences(table))
    assert (
        "Deaths, 2021-03-20: local accounts give 8 deaths; official figures 0 — an official denial."
        in gaps.gap_sentences(table)
    )


def test_local_report_without_a_figure_against_official_zero_is_a_denial():
    table = gaps.event_gaps(frame(claim(1, count=0), local(2)), today=TODAY)
    deaths = row(table, "count:deaths")
    assert deaths["denial"] and deaths["local_reports_without_figure"] == 1
    assert pd.isna(deaths["local_count"])


def test_zero_for_another_disease_is_no_denial():
    table = gaps.event_gaps(
        frame(claim(1, count=0, cause="COVID-19"), local(2, count=8, cause="malnutrition")),
        today=TODAY,
    )
    assert not row(table, "count:deaths")["denial"]


def test_ranges_that_overlap_are_no_gap_and_those_apart_are():
    overlapping = gaps.event_gaps(
        frame(claim(1, count_low=5, count_high=10), local(2, count_low=8, count_high=20)),
        today=TODAY,
    )
    deaths = row(overlapping, "count:deaths")
    assert not deaths["count_gap"]
    # largest each side allows: official 10, local 20 -> ratio 2.0
    assert deaths["official_count"] == 10 and deaths["ratio"] == 2
    apart = gaps.event_gaps(
        frame(claim(1, count_low=5, count_high=10), local(2, count_low=30)), today=TODAY
    )
    deaths = row(apart, "count:deaths")
    # "at least 30": open upper bound; the comparable figure is its low end
    assert deaths["count_gap"] and deaths["local_high"] == float("inf")
    assert deaths["local_count"] == 30 and deaths["ratio"] == 3


def test_claims_with_no_count_give_no_figures():
    table = gaps.event_gaps(frame(claim(1), local(2)), today=TODAY)
    deaths = row(table, "count:deaths")
    assert pd.isna(deaths["official_count"]) and pd.isna(deaths["local_count"])
    assert not deaths["count_gap"] and not deaths["denial"]


def test_one_sources_totals_are_not_added_but_series_are():
    # The hospital repeats "8 deaths" twice (undated totals): 8, not 16.
    table = gaps.event_gaps(
        frame(claim(1, count=8), claim(3, count=8, stated_on=date(2021, 3, 20)), local(2, count=8)),
        today=TODAY,
    )
    assert row(table, "count:deaths")["official_count"] == 8


def test_refuted_claims_are_set_aside():
    table = gaps.event_gaps(
        frame(claim(1, count=0), local(2, count=8, status="refuted")), today=TODAY
    )
    assert row(table, "count:deaths")["local_ids"] == ()
    assert not row(table, "count:deaths")["denial"]


# --- silence and acknowledgment -----------------------------------------------------------


def test_only_local_claims_count_silence_to_today():
    table = gaps.event_gaps(frame(local(2, count=8, stated_on=date(2021, 3, 5))), today=TODAY)
    deaths = row(table, "count:deaths")
    # 2021-03-05 -> 2021-04-30: 26 + 30 = 56 days
    assert deaths["official_silence_days"] == 56 and deaths["still_silent"]
    assert deaths["silence_exact"]
    assert deaths["acknowledgment_lag_days"] == 56 and deaths["still_unacknowledged"]
    assert gaps.gap_sentences(table)[0] == (
        "Official silence: 56 days (first local account 2021-03-05; "
        "no official claim yet, still counting)."
    )


def test_silence_ends_at_the_first_official_claim_and_lag_at_acknowledgment():
    table = gaps.event_gaps(
        frame(
            local(2, count=8, stated_on=date(2021, 3, 5)),
            claim(1, measure="restriction", stated_on=date(2021, 3, 12)),
            claim(3, count=2, stated_on=date(2021, 3, 25)),
        ),
        today=TODAY,
    )
    deaths = row(table, "count:deaths")
    assert deaths["official_silence_days"] == 7 and not deaths["still_silent"]
    assert deaths["acknowledgment_lag_days"] == 20 and not deaths["still_unacknowledged"]
    assert deaths["acknowledged_on"] == pd.Timestamp("2021-03-25")
    sentences = gaps.gap_sentences(table)
    assert (
        "Official silence: 7 days (first local account 2021-03-05; first official claim "
        "2021-03-12)." in sentences
    )
    assert (
        "Acknowledgment lag: 20 days (first local report of deaths 2021-03-05; first "
        "official acknowledgment 2021-03-25)." in sentences
    )


def test_naming_the_local_cause_acknowledges():
    table = gaps.event_gaps(
        frame(
            local(2, cause="COVID-19", stated_on=date(2021, 3, 5)),
            claim(1, count=None, cause="COVID-19", stated_on=date(2021, 3, 8)),
        ),
        today=TODAY,
    )
    assert row(table, "count:deaths")["acknowledgment_lag_days"] == 3


def test_month_precision_silence_is_a_lower_bound():
    table = gaps.event_gaps(
        frame(local(2, stated_on=date(2021, 3, 1), stated_precision="month")), today=TODAY
    )
    deaths = row(table, "count:deaths")
    # from the end of March (the last day the account could have been made): 30 days
    assert deaths["official_silence_days"] == 30 and not deaths["silence_exact"]
    assert "at least 30 days (first local account March 2021" in gaps.gap_sentences(table)[0]


def test_only_official_claims_have_no_silence():
    table = gaps.event_gaps(frame(claim(1, count=3)), today=TODAY)
    deaths = row(table, "count:deaths")
    assert pd.isna(deaths["official_silence_days"]) and not deaths["still_silent"]
    assert gaps.gap_sentences(table) == []


def test_a_source_both_official_and_later_refuted_drops_out():
    table = gaps.event_gaps(
        frame(claim(1, count=0, status="refuted"), local(2, count=8)), today=TODAY
    )
    deaths = row(table, "count:deaths")
    assert deaths["official_ids"] == () and not deaths["denial"]
    assert deaths["still_silent"]


# --- roll-ups -----------------------------------------------------------------------------


def test_roll_up_by_region_and_month():
    table = gaps.event_gaps(
        frame(
            claim(1, count=8, cause="tuberculosis"),
            local(2, count=8, cause="COVID-19"),
            local(3, event_id=2, region_code="KP-09", stated_on=date(2021, 4, 1)),
            claim(4, event_id=3, region_code="KP-09", count=0, stated_on=date(2021, 4, 2)),
            local(5, event_id=3, region_code="KP-09", count=4, stated_on=date(2021, 4, 2)),
        ),
        today=TODAY,
    )
    regions = gaps.roll_up(table, by="region").set_index("region_code")
    assert regions.loc["KP-10", "events_with_cause_conflict"] == 1
    assert regions.loc["KP-09", "events"] == 2
    assert regions.loc["KP-09", "events_still_silent"] == 1
    assert regions.loc["KP-09", "max_official_silence_days"] == 29
    assert regions.loc["KP-09", "events_with_denial"] == 1
    months = gaps.roll_up(table, by="period", freq="M").set_index("period")
    assert months.loc[pd.Timestamp("2021-03-01"), "events"] == 1
    assert months.loc[pd.Timestamp("2021-04-01"), "events"] == 2
    with pytest.raises(ValueError, match="use"):
        gaps.roll_up(table, by="topic")


def test_event_silences_from_day_counts():
    daily = pd.DataFrame(
        {
            "event_id": [1, 1, 2],
            "region_code": ["KP-10", "KP-10", "KP-09"],
            "voice": ["local", "official", "local"],
            "status": ["unverified"] * 3,
            "stated_on": pd.to_datetime(["2021-03-05", "2021-03-15", "2021-04-20"]),
            "claims": [2, 1, 1],
        }
    )
    silences = gaps.event_silences(daily, today=TODAY)
    by_event = silences.set_index("event_id")
    assert by_event.loc[1, "official_silence_days"] == 10 and not by_event.loc[1, "still_silent"]
    assert by_event.loc[2, "official_silence_days"] == 10 and by_event.loc[2, "still_silent"]
    assert (
        gaps.roll_up(silences, by="region")
        .set_index("region_code")
        .loc["KP-09", "events_still_silent"]
        == 1
    )


# --- inconsistencies in the official record -----------------------------------------------


def test_province_figures_that_do_not_add_up_to_the_national_figure():
    day = dict(stated_on=date(2022, 5, 16), measure="suspected_cases", cause="fever")
    table = gaps.official_inconsistencies(
        frame(
            claim(1, region_code="KP", count=100, **day),
            claim(2, region_code="KP-01", count=60, **day),
            claim(3, region_code="KP-10", count=30, **day),
            claim(4, region_code="KP", count=5, measure="deaths", stated_on=date(2022, 5, 16)),
            claim(5, region_code="KP-01", count=5, measure="deaths", stated_on=date(2022, 5, 16)),
            local(6, region_code="KP-10", count=500, **day),
        )
    )
    assert len(table) == 1
    found = table.iloc[0]
    assert found["national"] == 100 and found["province_sum"] == 90
    assert found["difference"] == 10 and found["provinces"] == 2
    assert found["province_ids"] == (2, 3) and found["stated_on"] == date(2022, 5, 16)


# --- the demo data ------------------------------------------------------------------------


@pytest.fixture(scope="module")
def demo_claims(demo_url):
    store = Store(make_engine(demo_url))
    claims = store.claims()
    store.engine.dispose()
    return claims


def _event(claims: pd.DataFrame, title: str) -> int:
    return int(claims.loc[claims["event"] == title, "event_id"].iloc[0])


def test_demo_hyesan_deaths_show_the_cause_conflict(demo_claims):
    event = _event(
        demo_claims,
        "Isolation-ward deaths at Ryanggang Provincial People's Hospital, spring 2021",
    )
    table = gaps.event_gaps(demo_claims[demo_claims["event_id"] == event], today=TODAY)
    cause = row(table, "cause:deaths", event)
    assert cause["cause_conflict"]
    assert cause["official_causes"] == ("tuberculosis",)
    assert cause["local_causes"] == ("COVID-19",)


def test_demo_ryanggang_2022_deaths_against_the_official_series(demo_claims):
    event = _event(demo_claims, "2022 fever outbreak — Ryanggang")
    table = gaps.event_gaps(demo_claims[demo_claims["event_id"] == event], today=TODAY)
    deaths = row(table, "count:deaths", event)
    # Local accounts: deaths during the lockdown from 14 May (stated 2022-05-24) and deaths
    # on 4-6 June (ASIAPRESS, June 2022), no figures. Official KCTV series: 5 + 2 + 1 = 8
    # deaths for 14, 15 and 17 May, then 0 every day, 0 for 4, 5 and 6 June.
    assert deaths["official_count"] == 8
    assert deaths["local_reports_without_figure"] == 2
    assert deaths["denial"] and deaths["count_gap"]
    assert deaths["gap_from"] == pd.Timestamp("2022-06-04")
    assert deaths["gap_to"] == pd.Timestamp("2022-06-06")
    assert deaths["gap_official_count"] == 0
    assert (
        "Deaths, 2022-06-04 to 2022-06-06: local accounts report deaths (no figure given); "
        "official figures 0 — an official denial." in gaps.gap_sentences(table)
    )


def test_demo_province_totals_do_not_add_up_to_national(demo_claims):
    table = gaps.official_inconsistencies(demo_claims)
    first = table[table["measure"] == "suspected_cases"].iloc[0]
    # Fever cases in the 24 hours to 18:00 on 2022-05-14: Rodong Sinmun (2022-05-15)
    # 296,180 nationally; the 13 provinces on KCTV (2022-05-16) add up to 218,188.
    assert first["covers"] == "2022-05-14/2022-05-14"
    assert first["national"] == 296_180 and first["province_sum"] == 218_188
    assert first["provinces"] == 13 and first["difference"] == 77_992
    # Daily deaths add up wherever both were broadcast.
    assert "deaths" not in set(table["measure"])
    summary = gaps.inconsistency_summary(table).set_index("measure")
    assert summary.loc["suspected_cases", "dates"] == 53
