"""Chart builders, checked on real figures built from small frames (no browser, no mocks)."""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta

import pandas as pd
import pytest

from dashboard import charts
from dashboard.charts import (
    MAX_MARKS,
    MEASURE_SYMBOLS,
    VOICE_COLOURS,
    counts_over_time,
    empty_figure,
    load_boundaries,
    region_map,
    timeline,
    timeline_aggregated,
)

PROVINCES = {"KP-01", "KP-02", "KP-03", "KP-04", "KP-05", "KP-06", "KP-07", "KP-08", "KP-09"}
PROVINCES |= {"KP-10", "KP-13"}  # Nampo (KP-14) and Kaesong (KP-15) have no shape in gbOpen


def claims_frame(*rows: dict) -> pd.DataFrame:
    """Claims as the store hands them to the timeline; each row overrides a default claim."""
    base = {
        "event": "Isolation-ward deaths, Hyesan",
        "voice": "official",
        "measure": "deaths",
        "count": 8,
        "cause": "tuberculosis",
        "statement": "The hospital said eight patients died of tuberculosis.",
        "source": "Provincial People's Hospital",
        "stated_on": date(2021, 3, 20),
        "stated_precision": "day",
    }
    frame = pd.DataFrame([{"id": i + 1, **base, **row} for i, row in enumerate(rows)])
    frame["count"] = frame["count"].astype("Int64")
    return frame


def marks(fig, voice: str | None = None) -> list:
    """The traces that draw claims (every trace in a timeline), optionally one voice's."""
    return [t for t in fig.data if voice is None or t.legendgroup == voice]


def ends(trace) -> list[tuple[datetime, datetime]]:
    """Start and end of each horizontal bar (base + length in milliseconds)."""
    return [
        (datetime.fromisoformat(base), datetime.fromisoformat(base) + timedelta(milliseconds=ms))
        for base, ms in zip(trace.base, trace.x, strict=True)
    ]


def values_frame(*rows: tuple[str, str, int]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["region_code", "region_name", "value"])


# ---- timeline -------------------------------------------------------------------------------


def test_timeline_puts_official_above_local():
    fig = timeline(claims_frame({"voice": "official"}, {"voice": "local", "cause": "COVID-19"}))
    official = [y for t in marks(fig, "official") for y in t.y]
    local = [y for t in marks(fig, "local") for y in t.y]
    assert min(official) > max(local)
    labels = dict(zip(fig.layout.yaxis.tickvals, fig.layout.yaxis.ticktext, strict=True))
    assert labels[max(labels)] == "Official" and labels[min(labels)] == "Local accounts"


def test_timeline_shares_one_time_axis():
    fig = timeline(claims_frame({"voice": "official"}, {"voice": "local"}))
    assert {t.xaxis or "x" for t in fig.data} == {"x"}
    assert fig.layout.xaxis.type == "date"


def test_independent_voices_get_a_third_lane_at_the_bottom():
    fig = timeline(
        claims_frame({"voice": "official"}, {"voice": "local"}, {"voice": "independent"})
    )
    assert list(fig.layout.yaxis.ticktext) == ["Independent", "Local accounts", "Official"]
    independent = [y for t in marks(fig, "independent") for y in t.y]
    local = [y for t in marks(fig, "local") for y in t.y]
    assert max(independent) < min(local)


def test_official_and_local_lanes_show_even_when_one_voice_is_silent():
    fig = timeline(claims_frame({"voice": "local"}))
    assert list(fig.layout.yaxis.ticktext) == ["Local accounts", "Official"]


def test_day_precision_claims_are_markers_with_voice_colour_and_measure_symbol():
    fig = timeline(claims_frame({"voice": "local", "measure": "arrests", "count": 3}))
    (trace,) = fig.data
    assert trace.type == "scatter" and trace.mode == "markers"
    assert trace.marker.color == VOICE_COLOURS["local"]
    assert trace.marker.symbol == MEASURE_SYMBOLS["arrests"]
    assert list(trace.x) == ["2021-03-20"]


def test_month_precision_is_drawn_as_a_span_over_the_month():
    fig = timeline(
        claims_frame({"stated_on": date(2021, 3, 1), "stated_precision": "month", "voice": "local"})
    )
    (trace,) = fig.data
    assert trace.type == "bar" and trace.orientation == "h"
    ((start, end),) = ends(trace)
    assert start == datetime(2021, 3, 1)
    assert end == datetime(2021, 4, 1)  # covers the whole of 31 March, and no more
    assert trace.marker.color == VOICE_COLOURS["local"]
    assert trace.y[0] == pytest.approx(1.0)  # the local lane


def test_year_precision_spans_the_year():
    fig = timeline(claims_frame({"stated_on": date(2020, 1, 1), "stated_precision": "year"}))
    ((start, end),) = ends(fig.data[0])
    assert (start, end) == (datetime(2020, 1, 1), datetime(2021, 1, 1))  # 2020 is a leap year


def test_spans_and_markers_overlay_instead_of_grouping():
    fig = timeline(claims_frame({"stated_precision": "month"}, {"stated_precision": "day"}))
    assert fig.layout.barmode == "overlay"
    assert sorted(t.type for t in fig.data) == ["bar", "scatter"]


def test_same_day_marks_in_a_lane_are_spread_deterministically():
    rows = [{"voice": "local", "measure": m} for m in ("deaths", "deaths", "cases")]
    first, second = timeline(claims_frame(*rows)), timeline(claims_frame(*rows))
    ys = sorted(y for t in first.data for y in t.y)
    assert len(set(ys)) == 3
    assert all(0.5 < y < 1.5 for y in ys)  # still inside the local lane
    assert ys == sorted(y for t in second.data for y in t.y)


def test_every_mark_carries_its_claim_id():
    frame = claims_frame(
        {}, {"voice": "local"}, {"stated_precision": "month"}, {"measure": "cases"}
    )
    fig = timeline(frame)
    ids = sorted(i for t in fig.data for i in t.customdata)
    assert ids == [1, 2, 3, 4]
    assert sum(len(t.customdata) for t in fig.data) == len(frame)


def test_hover_text_contains_statement_and_source():
    fig = timeline(claims_frame({}))
    (hover,) = fig.data[0].hovertext
    assert "The hospital said eight patients died of tuberculosis." in hover
    assert "Provincial People&#x27;s Hospital" in hover  # escaped for plotly's HTML
    assert "Deaths: 8" in hover and "tuberculosis" in hover
    assert "2021-03-20" in hover


def test_hover_states_the_date_as_stated_with_its_precision():
    fig = timeline(claims_frame({"stated_on": date(2021, 3, 1), "stated_precision": "month"}))
    assert "2021-03 (month)" in fig.data[0].hovertext[0]
    assert "2021-03-01" not in fig.data[0].hovertext[0]


def test_hover_shows_the_cause_when_there_is_no_count():
    fig = timeline(claims_frame({"voice": "local", "count": None, "cause": "COVID-19"}))
    hover = fig.data[0].hovertext[0]
    assert "COVID-19" in hover and "<NA>" not in hover


def test_long_statements_are_wrapped_and_cut():
    statement = "word " * 200
    fig = timeline(claims_frame({"statement": statement}))
    quoted = [line for line in fig.data[0].hovertext[0].split("<br>") if line.startswith("<i>")]
    text = [line.removeprefix("<i>").removesuffix("</i>") for line in quoted]
    assert len(text) > 1 and all(len(line) <= 60 for line in text)
    assert sum(len(line) for line in text) <= 300 and text[-1].endswith("…")


def test_statements_cannot_inject_markup_into_the_hover():
    fig = timeline(claims_frame({"statement": "<script>alert(1)</script> said <b>so</b>"}))
    assert "<script>" not in fig.data[0].hovertext[0]
    assert "&lt;script&gt;" in fig.data[0].hovertext[0]


def test_timeline_refuses_more_than_max_marks():
    frame = claims_frame(*({} for _ in range(MAX_MARKS + 1)))
    with pytest.raises(ValueError, match="timeline_aggregated"):
        timeline(frame)


def test_timeline_draws_exactly_max_marks():
    frame = claims_frame(*({"measure": "cases"} for _ in range(MAX_MARKS)))
    assert sum(len(t.x) for t in timeline(frame).data) == MAX_MARKS


def test_timeline_rejects_an_unknown_voice_with_the_name():
    with pytest.raises(ValueError, match="rumour"):
        timeline(claims_frame({"voice": "rumour"}))


def test_timeline_rejects_missing_columns_by_name():
    with pytest.raises(ValueError, match="stated_precision"):
        timeline(claims_frame({}).drop(columns=["stated_precision"]))


# ---- weekly timeline ------------------------------------------------------------------------


def weekly_frame(*rows: tuple[date, str, int]) -> pd.DataFrame:
    return pd.DataFrame(rows, columns=["week", "voice", "claims"])


def test_weekly_marker_area_follows_claims_and_hover_reads_plainly():
    fig = timeline_aggregated(
        weekly_frame((date(2022, 5, 16), "local", 1234), (date(2022, 5, 16), "official", 1))
    )
    by_name = {t.name: t for t in fig.data}
    assert by_name["Local accounts"].hovertext == ("Week of 2022-05-16: 1,234 local accounts",)
    assert by_name["Official"].hovertext == ("Week of 2022-05-16: 1 official claim",)
    assert by_name["Local accounts"].marker.sizemode == "area"
    assert by_name["Local accounts"].marker.size[0] > by_name["Official"].marker.size[0]
    assert by_name["Official"].y[0] > by_name["Local accounts"].y[0]
    assert by_name["Official"].marker.color == VOICE_COLOURS["official"]


def test_weekly_marks_sit_mid_week_and_carry_the_monday():
    fig = timeline_aggregated(weekly_frame((date(2022, 5, 16), "local", 5)))
    assert fig.data[0].x == ("2022-05-19 12:00",)
    assert fig.data[0].customdata == ("2022-05-16",)


def test_weekly_timeline_says_claims_are_aggregated():
    fig = timeline_aggregated(weekly_frame((date(2022, 5, 16), "local", 5)))
    assert any("aggregated per week" in a.text for a in fig.layout.annotations)


def test_weekly_timeline_refuses_weeks_not_given_by_their_monday():
    with pytest.raises(ValueError, match="Monday"):
        timeline_aggregated(weekly_frame((date(2022, 5, 18), "local", 5)))


# ---- map ------------------------------------------------------------------------------------


def test_boundaries_are_keyed_by_iso_code_without_kumgangsan():
    geojson = load_boundaries()
    assert {f["id"] for f in geojson["features"]} == PROVINCES
    assert all(f["properties"]["shapeISO"] == f["id"] for f in geojson["features"])
    assert load_boundaries() is geojson  # cached


def test_boundaries_carry_the_common_english_name():
    names = {f["id"]: f["properties"]["name"] for f in load_boundaries()["features"]}
    assert names["KP-08"] == "South Hamgyong" and names["KP-10"] == "Ryanggang"


def test_map_uses_maplibre_white_bg_with_no_external_style():
    fig = region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries())
    assert fig.data[0].type == "choroplethmap"
    assert fig.layout.map.style == "white-bg"
    assert fig.layout.map.fitbounds is None
    assert fig.layout.map.layers == ()
    assert "http" not in json.dumps(fig.to_dict())  # no tiles, style, sprite or glyph URL


def test_map_is_centred_on_the_provinces():
    fig = region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries())
    center = fig.layout.map.center
    assert 38 < center.lat < 42 and 125 < center.lon < 130
    assert 4.5 < fig.layout.map.zoom < 6.5


def test_map_colours_every_province_even_without_claims():
    fig = region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries())
    z = dict(zip(fig.data[0].locations, fig.data[0].z, strict=True))
    assert set(z) == PROVINCES
    assert z["KP-10"] == 12 and z["KP-01"] == 0
    assert fig.data[0].colorscale[0][1] == charts.MAP_SCALE[0][1]  # zero is the grey stop
    assert fig.data[0].zmin == 0


def test_map_customdata_carries_region_codes():
    fig = region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries())
    assert list(fig.data[0].customdata) == list(fig.data[0].locations)


def test_map_hover_names_the_province_code_and_count():
    fig = region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries())
    hover = dict(zip(fig.data[0].locations, fig.data[0].hovertext, strict=True))
    assert hover["KP-10"] == "Ryanggang (KP-10): 12 claims"
    assert hover["KP-08"] == "South Hamgyong (KP-08): 0 claims"


def test_map_hover_uses_the_value_label_in_the_singular_for_one():
    values = values_frame(("KP-10", "Ryanggang", 1))
    fig = region_map(values, load_boundaries(), value_label="Open discrepancies")
    hover = dict(zip(fig.data[0].locations, fig.data[0].hovertext, strict=True))
    assert hover["KP-10"] == "Ryanggang (KP-10): 1 open discrepancy"
    assert fig.data[0].colorbar.title.text == "Open discrepancies"


def test_map_credits_openstreetmap_under_odbl():
    fig = region_map(values_frame(), load_boundaries())
    assert any(charts.BOUNDARY_CREDIT in a.text for a in fig.layout.annotations)


def test_map_names_regions_it_cannot_draw():
    fig = region_map(values_frame(("KP-14", "Nampo", 3)), load_boundaries())
    assert any("Nampo (KP-14): 3" in a.text for a in fig.layout.annotations)


# ---- counts over time -----------------------------------------------------------------------


def series_frame() -> pd.DataFrame:
    return pd.DataFrame(
        [
            (date(2022, 5, 12), "official", "deaths", 1, "Official deaths (KCTV)"),
            (date(2022, 5, 13), "official", "deaths", 6, "Official deaths (KCTV)"),
            (date(2022, 5, 14), "official", "deaths", 21, "Official deaths (KCTV)"),
            (date(2022, 5, 20), "local", "deaths", 40, "Reported deaths (Daily NK)"),
            (date(2022, 5, 27), "local", "deaths", 90, "Reported deaths (RFA)"),
            (date(2022, 5, 14), "official", "suspected_cases", 0, "Official fever cases"),
        ],
        columns=["date", "voice", "measure", "count", "label"],
    )


def test_counts_over_time_has_one_trace_per_voice_and_measure():
    fig = counts_over_time(series_frame())
    assert sorted((t.legendgroup, t.name) for t in fig.data) == [
        ("local", "deaths"),
        ("official", "deaths"),
        ("official", "suspected cases"),
    ]
    assert {t.yaxis or "y" for t in fig.data} == {"y"}  # one y axis


def test_counts_over_time_does_not_join_local_points_with_lines():
    fig = counts_over_time(series_frame())
    modes = {t.legendgroup: t.mode for t in fig.data if t.name == "deaths"}
    assert modes == {"official": "lines+markers", "local": "markers"}


def test_counts_over_time_hover_shows_label_date_and_count():
    fig = counts_over_time(series_frame())
    local = next(t for t in fig.data if t.legendgroup == "local")
    assert local.hovertext[0] == "<b>Reported deaths (Daily NK)</b><br>2022-05-20: 40"
    assert list(local.x) == ["2022-05-20", "2022-05-27"]


def test_counts_over_time_log_scale_says_zeros_are_not_shown():
    assert counts_over_time(series_frame()).layout.yaxis.type == "linear"
    fig = counts_over_time(series_frame(), log_y=True)
    assert fig.layout.yaxis.type == "log"
    assert any("1 zero count" in a.text for a in fig.layout.annotations)


# ---- every builder --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "build",
    [
        lambda: timeline(claims_frame({}).iloc[0:0]),
        lambda: timeline_aggregated(weekly_frame()),
        lambda: counts_over_time(series_frame().iloc[0:0]),
    ],
    ids=["timeline", "timeline_aggregated", "counts_over_time"],
)
def test_empty_inputs_give_a_message(build):
    fig = build()
    assert fig.data == ()
    assert (
        len(fig.layout.annotations) == 1 and "match these filters" in fig.layout.annotations[0].text
    )


def test_empty_map_values_still_draw_every_province_grey():
    fig = region_map(values_frame(), load_boundaries())
    assert set(fig.data[0].z) == {0}


def test_map_without_boundaries_gives_a_message():
    fig = region_map(values_frame(), {"type": "FeatureCollection", "features": []})
    assert fig.data == () and "boundaries" in fig.layout.annotations[0].text


def test_empty_figure_centres_the_message():
    fig = empty_figure("Nothing here.")
    (note,) = fig.layout.annotations
    assert (note.text, note.x, note.y, note.xanchor) == ("Nothing here.", 0.5, 0.5, "center")


def all_figures():
    rows = [{}, {"voice": "local", "stated_precision": "month"}, {"voice": "independent"}]
    return {
        "timeline": timeline(claims_frame(*rows), title="Hyesan"),
        "weekly": timeline_aggregated(weekly_frame((date(2022, 5, 16), "local", 3))),
        "map": region_map(values_frame(("KP-10", "Ryanggang", 12)), load_boundaries()),
        "counts": counts_over_time(series_frame(), log_y=True),
        "empty": empty_figure("No claims match these filters."),
    }


def test_figures_serialise_to_json():
    for name, fig in all_figures().items():
        assert json.loads(json.dumps(fig.to_dict())), name


def test_figures_use_the_white_template_and_a_readable_font():
    for name, fig in all_figures().items():
        assert fig.layout.template.layout.paper_bgcolor == "white", name
        assert fig.layout.font.size >= 12, name


def test_legends_have_titles():
    figures = all_figures()
    for name in ("timeline", "weekly", "counts"):
        assert figures[name].layout.legend.title.text, name


def test_voice_colours_are_distinct_and_cover_every_voice():
    assert set(VOICE_COLOURS) == {"official", "local", "independent"}
    assert len(set(VOICE_COLOURS.values())) == 3


def test_every_measure_has_its_own_symbol():
    measures = {"deaths", "cases", "suspected_cases", "quarantined", "hospitalized"}
    measures |= {"recovered", "tested", "arrests", "restriction", "other"}
    assert set(MEASURE_SYMBOLS) == measures
    assert len(set(MEASURE_SYMBOLS.values())) == len(measures)


def test_divergence_signals_are_marked_on_the_local_lane_only_where_signalled():
    fig = charts.timeline(claims_frame({"voice": "local"}, {"voice": "official"}))
    signals = pd.DataFrame(
        {
            "region_code": ["KP-10", "KP-09"],
            "week": [pd.Timestamp("2021-03-01"), pd.Timestamp("2021-03-08")],
            "local": [5, 9],
            "expected": [0.4, 0.0],
            "signal": [True, False],
        }
    )
    before = len(fig.data)
    charts.add_signals(fig, signals)
    assert len(fig.data) == before + 1
    marks = fig.data[-1]
    assert marks.name == "Divergence signal"
    assert list(marks.x) == ["2021-03-04 12:00"]  # mid-week, for the whole week
    assert 1 < marks.y[0] < 2  # above the local lane, below the official one
    assert "KP-10" in marks.hovertext[0] and "5 local accounts (baseline 0.4)" in marks.hovertext[0]
    # Nothing signalled: the figure is left alone.
    quiet = charts.timeline(claims_frame({"voice": "local"}))
    n = len(quiet.data)
    charts.add_signals(quiet, signals.assign(signal=False))
    assert len(quiet.data) == n
