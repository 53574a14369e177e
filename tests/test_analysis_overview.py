"""Overview figures from the claim cube, hand-computed."""

from datetime import date

import pandas as pd

from dashboard.analysis import overview, series
from dashboard.filters import Filters


def cube() -> pd.DataFrame:
    rows = [
        ("KP-10", "official", "unverified", "COVID-19", "2021-03-01", 3),
        ("KP-10", "local", "unverified", "COVID-19", "2021-03-02", 2),
        ("KP-10", "local", "contested", "COVID-19", "2021-03-09", 1),
        ("KP-09", "official", "unverified", "fever", "2022-05-16", 10),
        ("KP", "official", "unverified", "fever", "2022-05-17", 5),
        ("US-NY", "independent", "unverified", None, "2020-04-06", 7),
    ]
    frame = pd.DataFrame(
        rows, columns=["region_code", "voice", "status", "topic", "stated_on", "claims"]
    )
    frame["stated_on"] = pd.to_datetime(frame["stated_on"])
    return frame


def test_headline_counts_by_voice():
    assert overview.headline(cube()) == {"claims": 28, "official": 18, "local": 3, "independent": 7}


def test_country_filter_takes_the_country_and_its_subdivisions():
    kept = overview.filter_cube(cube(), Filters(region="KP"))
    assert set(kept["region_code"]) == {"KP", "KP-10", "KP-09"}


def test_filters_combine():
    kept = overview.filter_cube(
        cube(),
        Filters(
            region="KP-10",
            voices=("local",),
            statuses=("contested",),
            date_from=date(2021, 3, 5),
            topic="COVID-19",
        ),
    )
    assert kept["claims"].tolist() == [1]


def test_by_region_pivots_voices_and_names_regions():
    names = pd.DataFrame(
        {
            "code": ["KP-10", "KP-09", "KP", "US-NY"],
            "name": ["Ryanggang", "North Hamgyong", "North Korea", "New York"],
        }
    )
    table = overview.by_region(cube(), names).set_index("region_code")
    assert table.loc["KP-10", "value"] == 6 and table.loc["KP-10", "local"] == 3
    assert table.loc["KP-10", "region_name"] == "Ryanggang"
    assert table.index[0] == "KP-09"  # most claims first


def test_weekly_sums_by_monday_week():
    weeks = overview.weekly(cube())
    march = weeks[weeks["week"] == date(2021, 3, 1)]
    assert dict(zip(march["voice"], march["claims"], strict=True)) == {"local": 2, "official": 3}
    assert weeks[weeks["week"] == date(2021, 3, 8)]["claims"].tolist() == [1]


def test_empty_cube_gives_empty_tables():
    empty = cube().iloc[0:0]
    assert overview.headline(empty)["claims"] == 0
    assert overview.weekly(empty).empty and overview.period(empty) is None


def test_counts_over_time_keeps_counted_measures_only():
    claims = pd.DataFrame(
        {
            "stated_on": [date(2022, 5, 16), date(2022, 5, 20), date(2022, 5, 20)],
            "voice": ["official", "local", "local"],
            "measure": ["deaths", "deaths", "restriction"],
            "count": pd.array([2, 9, None], dtype="Int64"),
        }
    )
    out = series.counts_over_time(claims)
    assert out["label"].tolist() == ["Official deaths", "Local deaths"]
    assert out["count"].tolist() == [2, 9]
    assert not series.spans_orders_of_magnitude(out)


def test_counts_over_time_keeps_events_apart():
    claims = pd.DataFrame(
        {
            "stated_on": [date(2021, 3, 1), date(2022, 5, 16)],
            "voice": ["official", "official"],
            "measure": ["deaths", "deaths"],
            "count": pd.array([8, 2], dtype="Int64"),
            "event": ["Hospital deaths, 2021", "Fever outbreak, 2022"],
        }
    )
    out = series.counts_over_time(claims)
    assert out["series"].tolist() == ["Hospital deaths, 2021", "Fever outbreak, 2022"]
    from dashboard.charts import counts_over_time

    names = sorted(trace.name for trace in counts_over_time(out).data)
    assert names == ["deaths — Fever outbreak, 2022", "deaths — Hospital deaths, 2021"]


def _events() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "id": [1, 2, 3, 4],
            "region_code": ["KP-10", "KP-09", "KP-10", "US-NY"],
            "official": [1, 1, 0, 50],
            "local": [1, 1, 2, 0],
        }
    )


def test_open_discrepancies_finds_cause_conflicts_and_silence():
    cause_sets = pd.DataFrame(
        [
            (1, "deaths", True, "tuberculosis"),
            (1, "deaths", False, "COVID-19"),
            (2, "deaths", True, "COVID-19"),  # same cause on both sides: no conflict
            (2, "deaths", False, "COVID-19"),
            (4, "deaths", True, "COVID-19"),  # official only: nothing to compare
        ],
        columns=["event_id", "measure", "official", "cause"],
    )
    found = overview.open_discrepancies(cause_sets, _events())
    assert sorted(zip(found["event_id"], found["facet"], strict=True)) == [
        (1, "cause"),
        (3, "silence"),
    ]
    assert set(found["region_code"]) == {"KP-10"}


def test_a_shared_cause_among_several_still_differs_as_a_set():
    cause_sets = pd.DataFrame(
        [
            (1, "deaths", True, "influenza"),
            (1, "deaths", False, "influenza"),
            (1, "deaths", False, "COVID-19"),
        ],
        columns=["event_id", "measure", "official", "cause"],
    )
    assert overview.open_discrepancies(cause_sets, _events().iloc[:1])["facet"].tolist() == [
        "cause"
    ]


def test_discrepancies_by_region_counts_events():
    found = pd.DataFrame(
        {
            "event_id": [1, 3, 3],
            "facet": ["cause", "silence", "cause"],
            "region_code": ["KP-10", "KP-10", "KP-10"],
        }
    )
    by_region = pd.DataFrame(
        {"region_code": ["KP-10", "KP-09"], "region_name": ["Ryanggang", "North Hamgyong"]}
    )
    out = overview.discrepancies_by_region(found, by_region)
    assert dict(zip(out["region_code"], out["value"], strict=True)) == {"KP-10": 2, "KP-09": 0}


def test_reports_without_figures_keep_the_local_accounts_that_give_no_number():
    claims = pd.DataFrame(
        {
            "stated_on": [date(2022, 5, 24), date(2022, 5, 24), date(2022, 5, 16)],
            "voice": ["local", "local", "official"],
            "measure": ["deaths", "restriction", "deaths"],
            "count": pd.array([None, None, None], dtype="Int64"),
            "count_low": pd.array([None, None, None], dtype="Int64"),
            "statement": ["Residents died at home.", "Markets shut.", "No figure."],
        }
    )
    reports = series.reports_without_figures(claims)
    assert reports["statement"].tolist() == ["Residents died at home."]
    from dashboard.charts import counts_over_time

    counted = series.counts_over_time(claims.assign(count=pd.array([None, None, 3], dtype="Int64")))
    figure = counts_over_time(counted, reports=reports)
    triangles = [t for t in figure.data if t.name == "reports without a figure"]
    assert len(triangles) == 1 and list(triangles[0].x) == ["2022-05-24"]
    assert "Residents died at home." in triangles[0].hovertext[0]
