"""dashboard.analysis.lifecycle: proposed statuses and replaying history, by hand."""

from __future__ import annotations

from datetime import date, datetime

import pandas as pd

from dashboard.analysis.lifecycle import (
    as_of_claims,
    independent_sources,
    proposed_statuses,
    replay,
)
from tests.test_gaps import claim, frame, local


def proposals(*rows):
    return proposed_statuses(frame(*rows)).set_index("claim_id")


def test_two_outlets_relaying_one_informant_are_one_source():
    claims = frame(local(1, count=8), local(2, count=8)).assign(publisher=["Daily NK", "Archyde"])
    found = independent_sources(claims).iloc[0]
    assert (found["claims"], found["sources"], found["publishers"]) == (2, 1, 2)
    # ... so they do not corroborate each other.
    assert proposals(local(1, count=8), local(2, count=8))["proposed"].tolist() == [
        "unverified",
        "unverified",
    ]


def test_two_independent_local_sources_agreeing_corroborate():
    found = proposals(local(1, count=8), local(2, count_low=6, count_high=10, source_id=3))
    assert found["proposed"].tolist() == ["corroborated", "corroborated"]
    assert found.loc[1, "reason"] == "agrees with 1 claim by 1 other independent source"
    assert found.loc[1, "related_ids"] == (2,)


def test_conflicting_cause_contests_both_sides():
    found = proposals(claim(1, count=8, cause="tuberculosis"), local(2, count=8, cause="COVID-19"))
    assert found["proposed"].tolist() == ["contested", "contested"]
    assert found["changes"].all()


def test_official_zero_cases_against_local_deaths_contests():
    found = proposals(claim(1, measure="cases", count=0), local(2))
    assert found.loc[1, "proposed"] == "contested" and found.loc[2, "proposed"] == "contested"


def test_confirmed_and_refuted_are_never_proposed_over():
    found = proposals(
        claim(1, count=8, cause="tuberculosis", status="confirmed"),
        local(2, count=8, cause="COVID-19"),
    )
    assert list(found.index) == [2]
    assert found.loc[2, "proposed"] == "contested"  # a confirmed claim still conflicts


def test_a_refuted_claim_contests_nothing():
    found = proposals(claim(1, count=0, status="refuted"), local(2, count=8))
    assert found.loc[2, "proposed"] == "unverified"


def test_a_daily_zero_does_not_contest_a_monthly_report_but_a_same_day_zero_does():
    day = {"occurred_from_precision": "day", "occurred_to_precision": "day"}
    zero = claim(
        1,
        count=0,
        stated_on=date(2022, 6, 6),
        occurred_from=date(2022, 6, 5),
        occurred_to=date(2022, 6, 5),
        **day,
    )
    month = local(2, stated_on=date(2022, 6, 1), stated_precision="month")
    assert proposals(zero, month).loc[2, "proposed"] == "unverified"
    same_day = local(3, stated_on=date(2022, 6, 5))
    assert proposals(zero, same_day).loc[3, "proposed"] == "contested"


def history():
    return pd.DataFrame(
        {
            "id": [1, 2],
            "claim_id": [2, 2],
            "status": ["contested", "confirmed"],
            "previous_status": ["unverified", "contested"],
            "changed_at": [datetime(2021, 3, 22, 9), datetime(2021, 4, 10, 15)],
            "changed_by": ["parallax", "editor@example.org"],
            "reason": ["conflicts with claim 1", "cremation records"],
            "evidence_document_id": [None, 42],
        }
    )


def claims_now():
    return frame(
        claim(1, count=8, cause="tuberculosis", status="contested"),
        local(2, count=8, cause="COVID-19", status="confirmed"),
        local(3, stated_on=date(2021, 4, 1), stated_precision="month"),
    )


def test_replay_before_any_change_gives_the_status_before_the_first_change():
    state = replay(claims_now(), history(), date(2021, 3, 21)).set_index("id")
    assert list(state.index) == [1, 2]
    assert state.loc[2, "status_as_of"] == "unverified"
    assert state.loc[1, "status_as_of"] == "contested"  # no history: as it is now


def test_replay_between_changes_and_after():
    between = replay(claims_now(), history(), date(2021, 3, 22)).set_index("id")
    assert between.loc[2, "status_as_of"] == "contested"
    assert between.loc[2, "status_changed_by"] == "parallax"
    after = replay(claims_now(), history(), date(2021, 4, 10)).set_index("id")
    assert after.loc[2, "status_as_of"] == "confirmed"
    assert after.loc[2, "evidence_document_id"] == 42
    # "April 2021" is kept from 1 April but is certain only once April is over.
    assert not after.loc[3, "stated_for_certain"]
    assert (
        as_of_claims(claims_now(), history(), date(2021, 3, 21)).set_index("id").loc[2, "status"]
        == "unverified"
    )
