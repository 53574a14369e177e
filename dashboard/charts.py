"""Chart builders: a DataFrame in, a plotly Figure out.

Pure and offline: no Streamlit, no database, no network. The Streamlit pages and the press
brief call the same functions, so a figure must look right when rendered statically, with no
app theme and no outside resource (the map uses MapLibre's "white-bg": no tiles, no style).
Every value put into a figure is a plain Python type, so `fig.to_dict()` is JSON.
"""

from __future__ import annotations

import csv
import functools
import html
import json
import math
import textwrap
from pathlib import Path

import pandas as pd
import plotly.graph_objects as go

ROOT = Path(__file__).resolve().parent.parent
BOUNDARIES = ROOT / "data" / "gazetteer" / "PRK_ADM1.geojson"
CROSSWALK = ROOT / "data" / "gazetteer" / "admin1_crosswalk.csv"
BOUNDARY_CREDIT = (
    "Boundaries: geoBoundaries gbOpen PRK ADM1, from OpenStreetMap data "
    "© OpenStreetMap contributors, ODbL 1.0."
)

# Okabe-Ito: told apart with every common colour-vision deficiency and in greyscale print.
VOICE_COLOURS: dict[str, str] = {
    "official": "#0072B2",  # blue
    "local": "#D55E00",  # vermilion
    "independent": "#009E73",  # bluish green
}
MEASURE_SYMBOLS: dict[str, str] = {
    "deaths": "x",
    "cases": "circle",
    "suspected_cases": "circle-open",
    "quarantined": "square",
    "hospitalized": "cross",
    "recovered": "triangle-up",
    "tested": "diamond",
    "arrests": "hexagram",
    "restriction": "star",
    "other": "triangle-down",
}
MAX_MARKS = 5000  # beyond this an SVG timeline is slow to draw and unreadable anyway

LANES = {"official": 2, "local": 1, "independent": 0}  # official on top, as the design asks
LANE_LABELS = {"official": "Official", "local": "Local accounts", "independent": "Independent"}
CLAIM_NOUNS = {**{voice: f"{voice} claim" for voice in LANES}, "local": "local account"}
PRECISIONS = ("day", "month", "year")
JITTER = 0.3  # marks sharing a lane and a period spread over lane ± this
# Purples start well above white, so one claim never looks like the grey of none.
MAP_SCALE = [[0.0, "#e6e6e6"], [1e-9, "#bcbddc"], [0.5, "#807dba"], [1.0, "#3f007d"]]
HOVER = "%{hovertext}<extra></extra>"
NOTE = {"showarrow": False, "align": "left"}


def _layout(fig: go.Figure, title: str | None, **layout) -> go.Figure:
    fig.update_layout(
        template="plotly_white",
        font={"family": "Arial, Helvetica, sans-serif", "size": 14},
        hoverlabel={"font_size": 13, "align": "left"},
        title={"text": html.escape(title)} if title else None,
        margin={"l": 10, "r": 10, "t": 60 if title else 30, "b": 10},
        **layout,
    )
    return fig


def _note(fig: go.Figure, text: str, y: float = 1.0, size: int = 12, **where) -> None:
    """Grey text at the top left (with y=0 under the plot; `where` moves it elsewhere)."""
    where = {"x": 0, "xanchor": "left", "yanchor": "bottom" if y else "top", **where}
    font = {"size": size, "color": "#555555"}
    fig.add_annotation(text=text, y=y, xref="paper", yref="paper", font=font, **NOTE, **where)


def _require(frame: pd.DataFrame, columns: set[str], what: str) -> None:
    missing = sorted(columns - set(frame.columns))
    if missing:
        raise ValueError(f"{what} needs the columns {', '.join(missing)}; got {list(frame)}")


def _lane_y(voices: pd.Series, what: str) -> pd.Series:
    unknown = sorted(set(voices) - set(LANES))
    if unknown:
        raise ValueError(f"{what}: unknown voice {unknown}; use one of {sorted(LANES)}")
    return voices.map(LANES).astype(float)


def _lane_layout(fig: go.Figure, voices: set[str], title: str | None, **layout) -> go.Figure:
    # Official and local lanes always show: an empty lane is official silence, or none heard.
    shown = sorted({"official", "local"} | voices, key=LANES.get)
    fig.update_xaxes(type="date", title=None)
    fig.update_yaxes(
        tickvals=[LANES[v] for v in shown],
        ticktext=[LANE_LABELS[v] for v in shown],
        range=[LANES[shown[0]] - 0.5, 2.5],
        zeroline=False,
        fixedrange=True,
    )
    return _layout(fig, title, height=160 + 110 * len(shown), hovermode="closest", **layout)


def _legend(voice: str, **trace) -> dict:
    """Legend entries in lane order (official first), grouped under their voice."""
    group = {"legendgroup": voice, "legendgrouptitle": {"text": LANE_LABELS[voice]}}
    return {"legendrank": 100 * (3 - LANES[voice]), **group, **trace}


def _iso(dates, fmt: str = "%Y-%m-%d") -> list[str]:
    return [d.strftime(fmt) for d in dates]


def _words(code: str) -> str:
    return str(code).replace("_", " ")


def _hover(texts) -> dict:
    return {"hovertext": list(texts), "hovertemplate": HOVER}


def _marker(voice: str, measure: str, size: int) -> dict:
    symbol = MEASURE_SYMBOLS.get(measure, MEASURE_SYMBOLS["other"])
    line = {"width": 1, "color": "white"}
    return {"symbol": symbol, "size": size, "color": VOICE_COLOURS[voice], "line": line}


def empty_figure(message: str) -> go.Figure:
    """A blank figure with the message centred, for empty states."""
    fig = go.Figure()
    _note(fig, html.escape(message), y=0.5, size=16, x=0.5, xanchor="center", yanchor="middle")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return _layout(fig, None, height=300)


# ---- map ------------------------------------------------------------------------------------


@functools.lru_cache(maxsize=4)
def load_boundaries(path: Path | None = None) -> dict:
    """North Korea's provinces as GeoJSON, each feature's `id` its ISO 3166-2 code.

    `properties.name` is the crosswalk's common English name (geoBoundaries mixes spellings).
    The result is shared through the cache: treat it as read-only.
    """
    geojson = json.loads((path or BOUNDARIES).read_text(encoding="utf-8"))
    with CROSSWALK.open(encoding="utf-8", newline="") as handle:
        common = {row["iso_3166_2"]: row["name_en_common"] for row in csv.DictReader(handle)}
    features = []
    for feature in geojson["features"]:
        code = feature["properties"].get("shapeISO")
        if not code:  # Kumgangsan: no ISO code, so no claim can ever be placed in it
            continue
        name = common.get(code) or feature["properties"].get("shapeName") or code
        properties = {**feature["properties"], "name": name}
        features.append({**feature, "id": code, "properties": properties})
    return {"type": "FeatureCollection", "features": features}


def _points(geometry: dict):
    polygons = geometry["coordinates"]
    for polygon in [polygons] if geometry["type"] == "Polygon" else polygons:
        for ring in polygon:
            yield from ring


def _mercator(latitude: float) -> float:
    return math.log(math.tan(math.pi / 4 + math.radians(latitude) / 2))


def _center_zoom(geojson: dict, width: int = 560, height: int = 460) -> tuple[dict, float]:
    """Centre and zoom that fit the shapes in a width × height plot (fitbounds needs a network
    round trip in some renderers, and the brief renders statically)."""
    points = [p for feature in geojson["features"] for p in _points(feature["geometry"])]
    west, east = min(p[0] for p in points), max(p[0] for p in points)
    south, north = _mercator(min(p[1] for p in points)), _mercator(max(p[1] for p in points))
    # MapLibre draws the world 512 px wide at zoom 0; each zoom step doubles it.
    lon_zoom = math.log2(width * 360 / (512 * max(east - west, 1e-6)))
    lat_zoom = math.log2(height * 2 * math.pi / (512 * max(north - south, 1e-6)))
    center_lat = math.degrees(math.atan(math.sinh((south + north) / 2)))
    return {"lon": (west + east) / 2, "lat": center_lat}, round(min(lon_zoom, lat_zoom) - 0.2, 2)


def _unit(label: str, n: int) -> str:
    """'Claims' -> 'claims' / '1 claim'; 'Open discrepancies' -> '1 open discrepancy'."""
    unit = label if label[1:2].isupper() else label[:1].lower() + label[1:]
    if n == 1:
        return unit[:-3] + "y" if unit.endswith("ies") else unit.removesuffix("s")
    return unit


def region_map(
    values: pd.DataFrame, geojson: dict, value_label: str = "Claims", title: str | None = None
) -> go.Figure:
    """Provinces coloured by value; a province without a row is drawn grey, with 0."""
    _require(values, {"region_code", "region_name", "value"}, "region_map")
    if not geojson.get("features"):
        return empty_figure("No province boundaries to draw.")
    totals = values.groupby("region_code", sort=False).agg(
        region_name=("region_name", "first"), value=("value", "sum")
    )
    codes = [feature["id"] for feature in geojson["features"]]
    names = {f["id"]: f["properties"].get("name") or f["id"] for f in geojson["features"]}
    names.update({code: str(name) for code, name in totals["region_name"].items()})
    z = [int(totals["value"].get(code, 0)) for code in codes]
    hover = [
        f"{html.escape(names[code])} ({code}): {n:,} {html.escape(_unit(value_label, n))}"
        for code, n in zip(codes, z, strict=True)
    ]
    shapes = go.Choroplethmap(geojson=geojson, locations=codes, customdata=codes, **_hover(hover))
    colorbar = {"title": {"text": html.escape(value_label)}, "thickness": 14}
    fig = go.Figure(shapes).update_traces(
        z=z,
        zmin=0,
        zmax=max(max(z), 1),
        colorscale=MAP_SCALE,
        colorbar=colorbar,
        marker={"line": {"color": "white", "width": 1}},
    )
    notes = [BOUNDARY_CREDIT]
    # Nampo and Kaesong have no shape in gbOpen: say what is not drawn rather than drop it.
    off_map = totals[~totals.index.isin(codes) & (totals["value"] != 0)]
    if len(off_map):
        listed = ", ".join(
            f"{r.region_name} ({code}): {int(r.value):,}" for code, r in off_map.iterrows()
        )
        notes.insert(0, f"Not on the map (no boundary): {html.escape(listed)}")
    _note(fig, "<br>".join(notes), y=0, size=10)
    center, zoom = _center_zoom(geojson)
    fig = _layout(fig, title, height=520, map={"style": "white-bg", "center": center, "zoom": zoom})
    return fig.update_layout(margin={"b": 16 + 14 * len(notes)})


# ---- timeline -------------------------------------------------------------------------------


def _period(stated_on: pd.Timestamp, precision: str) -> tuple[pd.Timestamp, pd.Timestamp]:
    """The whole period a date covers, end exclusive: 2021-03 (month) -> 1 Mar to 1 Apr."""
    if precision == "day":
        return stated_on, stated_on + pd.Timedelta(days=1)
    period = pd.Period(stated_on, freq="M" if precision == "month" else "Y")
    return period.start_time, (period + 1).start_time


def _present(value) -> bool:
    return value is not None and (isinstance(value, str) or not pd.isna(value)) and value != ""


def _claim_hover(claim) -> str:
    stated = claim.stated_on.strftime(
        {"day": "%Y-%m-%d", "month": "%Y-%m (month)", "year": "%Y (year)"}[claim.stated_precision]
    )
    what = _words(claim.measure).capitalize()
    what += f": {int(claim.count):,}" if _present(claim.count) else ""
    what += f" (cause: {claim.cause})" if _present(claim.cause) else ""
    source = claim.source if _present(claim.source) else "not given"
    lines = [f"Stated: {stated}", f"Source: {source}", what]
    head = f"<b>{html.escape(f'{LANE_LABELS[claim.voice]} · {claim.event}')}</b>"
    statement = _wrap(claim.statement if _present(claim.statement) else "")
    return "<br>".join([head, *map(html.escape, lines), *([""] + [statement] if statement else [])])


def _wrap(statement) -> str:
    """Statements run long: cut at ~300 characters, wrap at ~60 so the hover box stays narrow."""
    text = textwrap.shorten(str(statement), 300, placeholder=" …")
    return "<br>".join(f"<i>{html.escape(line)}</i>" for line in textwrap.wrap(text, 60))


def _jitter(frame: pd.DataFrame, keys: list[str]) -> pd.Series:
    """Spread marks sharing a lane and a period evenly over lane ± JITTER, in id order."""
    groups = frame.groupby(keys, sort=False)
    rank, size = groups.cumcount(), groups["id"].transform("size")
    return (rank / (size - 1).clip(lower=1) * 2 - 1).where(size > 1, 0.0) * JITTER


def _prepare_claims(claims: pd.DataFrame) -> pd.DataFrame:
    frame = claims.sort_values("id", kind="stable").reset_index(drop=True)
    unknown = sorted(set(frame["stated_precision"]) - set(PRECISIONS))
    if unknown:
        raise ValueError(f"timeline: unknown stated_precision {unknown}; use day, month or year")
    frame["stated_on"] = pd.to_datetime(frame["stated_on"])
    undated = frame.loc[frame["stated_on"].isna(), "id"].tolist()
    if undated:
        raise ValueError(f"timeline: claims {undated[:10]} have no stated_on date")
    periods = [
        _period(d, p) for d, p in zip(frame["stated_on"], frame["stated_precision"], strict=True)
    ]
    frame["start"] = [start for start, _ in periods]
    frame["end"] = [end for _, end in periods]
    frame["y"] = _lane_y(frame["voice"], "timeline") + _jitter(frame, ["voice", "start", "end"])
    frame["hover"] = [_claim_hover(claim) for claim in frame.itertuples(index=False)]
    return frame


def _mark_trace(voice: str, group: pd.DataFrame, **trace) -> dict:
    """What a day marker and a period span share: lane, colour, hover, claim ids, legend group."""
    return dict(
        y=group["y"].tolist(),
        customdata=group["id"].astype(int).tolist(),
        **_hover(group["hover"]),
        **_legend(voice, **trace),
    )


def _day_traces(frame: pd.DataFrame) -> list[go.Scatter]:
    traces = []
    for (voice, measure), group in frame.groupby(["voice", "measure"], sort=True):
        marks = _mark_trace(voice, group, x=_iso(group["start"]), name=_words(measure))
        traces.append(go.Scatter(marks, mode="markers", marker=_marker(voice, measure, 11)))
    return traces


def _span_traces(frame: pd.DataFrame) -> list[go.Bar]:
    # Horizontal bars on a date axis, as px.timeline draws them: x is the length in
    # milliseconds from `base`, and hover answers anywhere along the period, not only its ends.
    traces = []
    for voice, group in frame.groupby("voice", sort=True):
        lengths = ((group["end"] - group["start"]).dt.total_seconds() * 1000).astype(int).tolist()
        spans = _mark_trace(
            voice, group, x=lengths, base=_iso(group["start"]), name="month or year (span)"
        )
        marker = {"color": VOICE_COLOURS[voice], "opacity": 0.55}
        traces.append(go.Bar(spans, orientation="h", width=0.12, marker=marker))
    return traces


def timeline(claims: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Official claims above, local accounts below, independent at the bottom; one time axis."""
    columns = {"id", "event", "voice", "measure", "count", "cause", "statement", "source"}
    _require(claims, columns | {"stated_on", "stated_precision"}, "timeline")
    if claims.empty:
        return empty_figure("No claims match these filters.")
    if len(claims) > MAX_MARKS:
        raise ValueError(
            f"timeline draws at most {MAX_MARKS:,} claims and got {len(claims):,}; "
            "narrow the filters or draw weekly totals with timeline_aggregated"
        )
    frame = _prepare_claims(claims)
    spans = frame["stated_precision"] != "day"
    fig = go.Figure(_span_traces(frame[spans]) + _day_traces(frame[~spans]))
    legend = {"title": {"text": "Voice and measure"}, "groupclick": "toggleitem"}
    return _lane_layout(fig, set(frame["voice"]), title, barmode="overlay", legend=legend)


def timeline_aggregated(weekly: pd.DataFrame, title: str | None = None) -> go.Figure:
    """Claims per week and voice, in the timeline's lanes; marker area ~ claims that week."""
    _require(weekly, {"week", "voice", "claims"}, "timeline_aggregated")
    frame = weekly.assign(week=pd.to_datetime(weekly["week"]))
    frame = frame.groupby(["voice", "week"], as_index=False)["claims"].sum()
    frame = frame[frame["claims"] > 0]
    if frame.empty:
        return empty_figure("No claims match these filters.")
    if (frame["week"].dt.day_of_week != 0).any():
        raise ValueError("timeline_aggregated: every week must be given by its Monday")
    frame["y"] = _lane_y(frame["voice"], "timeline_aggregated")
    sizeref = 2.0 * int(frame["claims"].max()) / 40**2  # the busiest week: 40 px across
    fig = go.Figure()
    for voice, group in frame.groupby("voice", sort=True):
        noun = CLAIM_NOUNS[voice]
        hover = [
            f"Week of {week:%Y-%m-%d}: {n:,} {noun if n == 1 else noun + 's'}"
            for week, n in zip(group["week"], group["claims"], strict=True)
        ]
        # Drawn mid-week (Thursday noon): the mark stands for the whole week, not its Monday.
        middle = group["week"] + pd.Timedelta(hours=84)
        marker = {**_marker(voice, "cases", 0), "size": group["claims"].astype(int).tolist()}
        marker.update(sizemode="area", sizeref=sizeref, sizemin=3, opacity=0.75)
        fig.add_trace(
            go.Scatter(
                x=_iso(middle, "%Y-%m-%d %H:%M"),
                y=group["y"].tolist(),
                mode="markers",
                name=LANE_LABELS[voice],
                legendrank=100 * (3 - LANES[voice]),
                customdata=_iso(group["week"]),
                marker=marker,
                **_hover(hover),
            )
        )
    _note(fig, "Claims are aggregated per week (Monday to Sunday); a mark's area is its count.")
    return _lane_layout(fig, set(frame["voice"]), title, legend={"title": {"text": "Voice"}})


SIGNAL_COLOUR = "#b2182b"


def add_signals(fig: go.Figure, signals: pd.DataFrame) -> go.Figure:
    """Mark divergence signals on a timeline's local lane: weeks where a region's local
    accounts rose past their own baseline while official claims stayed flat (rows of
    `analysis.signals.divergence_signals`; only those with `signal` true are drawn)."""
    _require(signals, {"region_code", "week", "local", "expected", "signal"}, "add_signals")
    shown = signals[signals["signal"].astype(bool)]
    if shown.empty or not fig.data:
        return fig
    weeks = pd.to_datetime(shown["week"])
    hover = [
        f"Divergence signal, {region}, week of {week:%Y-%m-%d}: {int(local)} local "
        f"account{'s' if local != 1 else ''} (baseline {expected:.1f}); official claims flat"
        for region, week, local, expected in zip(
            shown["region_code"], weeks, shown["local"], shown["expected"], strict=True
        )
    ]
    fig.add_trace(
        go.Scatter(
            x=_iso(weeks + pd.Timedelta(hours=84), "%Y-%m-%d %H:%M"),
            y=[LANES["local"] + 0.38] * len(shown),
            mode="markers",
            name="Divergence signal",
            legendrank=1,
            marker={"symbol": "triangle-down", "size": 15, "color": SIGNAL_COLOUR},
            **_hover(hover),
        )
    )
    return fig


# ---- counts over time -----------------------------------------------------------------------


def counts_over_time(
    series: pd.DataFrame,
    title: str | None = None,
    log_y: bool = False,
    reports: pd.DataFrame | None = None,
) -> go.Figure:
    """Official counts as lines with markers; local and independent reports as loose markers.

    `reports` (date, voice, measure, statement): accounts that give no figure (e.g. "people
    are dying at home"), drawn as open triangles along the bottom so they stand beside the
    official series instead of vanishing from a chart of numbers.
    """
    _require(series, {"date", "voice", "measure", "count", "label"}, "counts_over_time")
    if series.empty:
        return empty_figure("No counts match these filters.")
    frame = series.assign(date=pd.to_datetime(series["date"])).sort_values("date", kind="stable")
    _lane_y(frame["voice"], "counts_over_time")
    fig = go.Figure()
    # An optional `series` column (e.g. the event) splits traces further, so a line never
    # joins figures of different series (one event's daily reports, another's statement).
    if "series" not in frame.columns:
        frame = frame.assign(series="")
    for (voice, measure, series_name), group in frame.groupby(
        ["voice", "measure", "series"], sort=True
    ):
        official = voice == "official"
        hover = [
            f"<b>{html.escape(str(label))}</b><br>{day:%Y-%m-%d}: {int(n):,}"
            for label, day, n in zip(group["label"], group["date"], group["count"], strict=True)
        ]
        # Local reports are sparse: a line between two of them would invent the days between.
        mode, size = ("lines+markers", 7) if official else ("markers", 12)
        fig.add_trace(
            go.Scatter(
                x=_iso(group["date"]),
                y=group["count"].astype(int).tolist(),
                mode=mode,
                **_legend(
                    voice,
                    name=f"{_words(measure)} — {series_name}" if series_name else _words(measure),
                ),
                line={"color": VOICE_COLOURS[voice], "width": 2},
                marker=_marker(voice, measure, size),
                **_hover(hover),
            )
        )
    if reports is not None and not reports.empty:
        _add_reports_without_figures(fig, reports, frame, log_y)
    zeros = int((frame["count"] <= 0).sum())
    if log_y and zeros:
        _note(fig, f"{zeros:,} zero count{'' if zeros == 1 else 's'} not shown on the log scale.")
    fig.update_xaxes(type="date", title=None)
    fig.update_yaxes(type="log" if log_y else "linear", title={"text": "Count"})
    if not log_y:
        fig.update_yaxes(rangemode="tozero")
    legend = {"title": {"text": "Voice and measure"}}
    return _layout(fig, title, height=460, hovermode="closest", legend=legend)


def _add_reports_without_figures(
    fig: go.Figure, reports: pd.DataFrame, series: pd.DataFrame, log_y: bool
) -> None:
    positive = series.loc[series["count"] > 0, "count"]
    floor = float(positive.min()) if log_y and not positive.empty else 0.0
    for voice, group in reports.groupby("voice", sort=True):
        dates = pd.to_datetime(group["date"])
        hover = [
            f"<b>{LANE_LABELS.get(voice, voice)}, no figure given</b><br>{day:%Y-%m-%d} · "
            f"{html.escape(_words(measure))}<br>{_wrap(statement)}"
            for day, measure, statement in zip(
                dates, group["measure"], group["statement"], strict=True
            )
        ]
        fig.add_trace(
            go.Scatter(
                x=_iso(dates),
                y=[floor] * len(group),
                mode="markers",
                **_legend(voice, name="reports without a figure"),
                marker={
                    "symbol": "triangle-up-open",
                    "size": 13,
                    "color": VOICE_COLOURS[voice],
                    "line": {"width": 2},
                },
                **_hover(hover),
            )
        )
