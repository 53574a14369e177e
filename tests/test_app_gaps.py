"""The measured gap on screen (AppTest): event sentences and as-of replay, contradictions
inside the official record, divergence signals on the overview, track records on Sources;
and the `signals` and `statuses` commands."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from dashboard.filters import Filters
from dashboard.interchange.importer import import_claims
from dashboard.store import Store, make_engine
from tests.factories import claim_row, write_csv
from tests.test_app import HYESAN_DEATHS, _event_id, _fresh_caches, open_page  # noqa: F401
from tests.test_cli import run

FEVER_RYANGGANG = "2022 fever outbreak — Ryanggang"


def test_fever_series_against_local_death_reports_shows_the_denial_and_its_dates(
    monkeypatch, demo_url
):
    event_id = _event_id(demo_url, FEVER_RYANGGANG)
    at = open_page(monkeypatch, demo_url, "event", {"event": str(event_id)})
    warnings = [w.value for w in at.warning]
    assert any(
        "2022-06-04 to 2022-06-06" in w and "official figures 0" in w and "denial" in w
        for w in warnings
    ), warnings
    corroboration = [c.value for c in at.caption if c.value.startswith("Corroboration")]
    assert corroboration and "independent source" in corroboration[0]


def test_event_as_of_a_day_before_any_claim_says_nothing_was_stated(monkeypatch, demo_url):
    event_id = _event_id(demo_url, HYESAN_DEATHS)
    at = open_page(monkeypatch, demo_url, "event", {"event": str(event_id)})
    assert any("tuberculosis" in w.value for w in at.warning)
    at.date_input(key="event_as_of").set_value(date(2020, 6, 1)).run()
    assert any("No claim about this event had been stated by then" in i.value for i in at.info)


def test_region_page_shows_national_totals_that_do_not_add_up(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url, "region", {"region": "KP-10"})
    warnings = [w.value for w in at.warning if "do not add up" in w.value]
    assert any("suspected cases" in w and "53 day(s)" in w for w in warnings), warnings
    assert any("3,485,028" in w and "3,117,248" in w for w in warnings)


def test_overview_on_the_demo_says_plainly_there_is_no_signal(monkeypatch, demo_url):
    at = open_page(monkeypatch, demo_url)
    assert any(c.value.startswith("No divergence signal in") for c in at.caption)
    assert any("EARS C2" in c.value for c in at.caption)


@pytest.fixture
def surge(sqlite_url, tmp_path):
    """Local accounts in Ryanggang: one a week for ten weeks, then eight in one week, while
    the only official claims stop; the week of the surge is a divergence signal."""

    def local_deaths(day: date, source: str, statement: str, url: str, published: date):
        return claim_row(
            event="Fever in Hyesan, 2023",
            stated_on=day.isoformat(),
            voice="local",
            source=source,
            source_reliability="C",
            measure="deaths",
            count="",
            cause="",
            statement=statement,
            document_url=url,
            published_on=published.isoformat(),
        )

    start = date(2023, 1, 2)
    rows = []
    for week in range(10):
        day = start + timedelta(weeks=week)
        rows.append(
            local_deaths(
                day,
                f"Resident {week} (test)",
                f"A resident reported deaths in week {week}.",
                f"https://example.org/w{week}",
                day,
            )
        )
    surge_week = start + timedelta(weeks=10)
    for n in range(8):
        rows.append(
            local_deaths(
                surge_week + timedelta(days=n % 5),
                f"Trader {n} (test)",
                f"Trader {n} reported more deaths.",
                f"https://example.org/s{n}",
                surge_week,
            )
        )
    store = Store(make_engine(sqlite_url))
    assert import_claims(store, write_csv(tmp_path / "surge.csv", rows)).ok
    store.engine.dispose()
    return sqlite_url, surge_week


def test_overview_lists_and_marks_a_divergence_signal(monkeypatch, surge):
    url, surge_week = surge
    at = open_page(monkeypatch, url)
    tables = [d.value for d in at.dataframe if "statistic" in d.value.columns]
    assert tables, "no signal table"
    signal = tables[0].iloc[0]
    assert signal["week"] == surge_week and int(signal["local"]) == 8
    assert "Ryanggang" in signal["region"]
    import json

    specs = [json.loads(c.proto.spec) for c in at.get("plotly_chart")]
    names = [t.get("name") for spec in specs for t in spec["data"]]
    assert "Divergence signal" in names


def test_signals_command_reports_the_same_week(surge):
    url, surge_week = surge
    result = run("signals", "--region", "KP-10", url=url)
    assert result.returncode == 0, result.stderr
    assert f"SIGNAL KP-10 week of {surge_week:%Y-%m-%d}: 8 local" in result.stdout
    assert "1 signal(s)" in result.stdout
    early = run("signals", "--from", "2023-01-01", "--to", "2023-02-01", url=url)
    assert "0 signal(s)" in early.stdout
    bad = run("signals", "--from", "2023-03-01", "--to", "2023-02-01", url=url)
    assert bad.returncode == 1 and "is after" in bad.stderr


def test_statuses_command_and_sources_track_record(monkeypatch, sqlite_url, tmp_path):
    rows = [
        claim_row(),
        claim_row(
            voice="local",
            source="Resident (test)",
            source_reliability="D",
            cause="COVID-19",
            statement="Residents said they died of COVID-19.",
        ),
    ]
    store = Store(make_engine(sqlite_url))
    report = import_claims(store, write_csv(tmp_path / "c.csv", rows), recompute_statuses=False)
    assert report.ok and set(store.claims()["status"]) == {"unverified"}
    result = run("statuses", url=sqlite_url)
    assert result.returncode == 0 and "2 status(es) recomputed" in result.stdout
    assert set(store.claims()["status"]) == {"contested"}
    local = int(store.claims(Filters(voices=("local",)))["id"].iloc[0])
    document = int(store.claims()["document_id"].iloc[0])
    store.set_status(local, "refuted", "Editor", "records", evidence_document_id=document)
    store.engine.dispose()
    at = open_page(monkeypatch, sqlite_url, "sources")
    table = [d.value for d in at.dataframe if "verdict" in d.value.columns][0]
    resident = table[table["source"] == "Resident (test)"].iloc[0]
    assert int(resident["refuted"]) == 1
    assert resident["verdict"] == "too few to judge (1 resolved)"


def test_overview_rolls_up_official_silence_and_cause_conflicts_per_region_and_month(
    monkeypatch, demo_url
):
    at = open_page(monkeypatch, demo_url, params={"region": "KP-10"})
    tables = {tuple(t.value.columns[:1]): t.value for t in at.dataframe if len(t.value.columns) > 1}
    by_region = tables[("region",)].set_index("region").loc["Ryanggang (KP-10)"]
    # The child deaths of March 2024 have local accounts from 2024-03-25 and no official
    # claim: silent ever since. The Hyesan deaths: tuberculosis vs COVID-19.
    assert by_region["events_still_silent"] == 1
    assert by_region["max_official_silence_days"] == (date.today() - date(2024, 3, 25)).days
    assert by_region["events_with_cause_conflict"] >= 1
    store = Store(make_engine(demo_url))
    in_ryanggang = store.events(region="KP-10")
    store.engine.dispose()
    assert by_region["events"] == int((in_ryanggang["claims"] > 0).sum())
    by_month = tables[("month",)].set_index("month")
    assert by_month.loc["2024-03", "events_still_silent"] == 1
    assert int(by_month["events"].sum()) == by_region["events"]
