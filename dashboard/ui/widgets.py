"""Pieces that several pages draw: the map, the timeline, region and event lists."""

from __future__ import annotations

import pandas as pd
import streamlit as st

from dashboard import charts
from dashboard.analysis import overview
from dashboard.filters import Filters
from dashboard.ui import data, state

MAP_COUNTRY = "KP"  # the boundaries shipped with Parallax (data/gazetteer/PRK_ADM1.*)
PLOT_CONFIG = {"displaylogo": False}


def region_map(by_region: pd.DataFrame, key: str, value_label: str = "Claims") -> None:
    """Draw the shipped provinces coloured by claims; clicking one filters to it."""
    shown = by_region[by_region["region_code"].str.startswith(f"{MAP_COUNTRY}-")]
    if shown.empty:
        st.info(
            "The map shows North Korea's provinces, the boundaries shipped with Parallax; "
            "these claims are elsewhere, so see the table."
        )
        return
    figure = charts.region_map(shown, charts.load_boundaries(), value_label=value_label)
    st.plotly_chart(
        figure,
        key=key,
        on_select=lambda: _filter_to_clicked_region(key),
        selection_mode="points",
        config=PLOT_CONFIG,
    )
    outside = int(by_region["value"].sum() - shown["value"].sum())
    if outside:
        st.caption(
            f"{outside:,} ({value_label.lower()}) outside North Korea's provinces: see the table."
        )


def _filter_to_clicked_region(key: str) -> None:
    # A callback runs before the rerun, so it may still set the sidebar's region widget.
    event = st.session_state.get(key) or {}
    for point in event.get("selection", {}).get("points", []):
        code = point.get("location") or _first(point.get("customdata"))
        if isinstance(code, str):
            state.set_region(code)
            return


def _first(value):
    if isinstance(value, (list, tuple)) and value:
        return value[0]
    return value


def region_table(by_region: pd.DataFrame) -> None:
    st.dataframe(
        by_region,
        hide_index=True,
        height=360,
        column_config={
            "region_code": "Code",
            "region_name": "Region",
            "value": st.column_config.NumberColumn("Claims"),
            "official": st.column_config.NumberColumn("Official"),
            "local": st.column_config.NumberColumn("Local"),
            "independent": st.column_config.NumberColumn("Independent"),
        },
    )


def timeline(
    url: str, role: str, filters: Filters, cube: pd.DataFrame, signals: pd.DataFrame
) -> None:
    """Every claim as a mark when few enough; otherwise claims per week, said plainly.
    Divergence signals are marked on the local lane."""
    total = int(cube["claims"].sum())
    if total <= charts.MAX_MARKS:
        figure = charts.timeline(data.claims(url, role, filters))
        note = (
            "Markers are claims stated on a known day; bars span a month or a year when "
            "only that is known."
        )
    else:
        figure = charts.timeline_aggregated(overview.weekly(cube))
        note = (
            f"{total:,} claims match: more than {charts.MAX_MARKS:,}, so they are counted per "
            "week. Narrow the region or period to see each claim."
        )
    st.plotly_chart(charts.add_signals(figure, signals), config=PLOT_CONFIG)
    if not signals.empty and signals["signal"].any():
        note += " Red triangles mark divergence signals (see the list below)."
    st.caption(note)


def gap_roll_ups(
    silences: pd.DataFrame,
    discrepancies: pd.DataFrame,
    event_ids: list[int],
    regions: pd.DataFrame,
) -> None:
    """Official silence and cause conflicts of the events shown, per region and per month
    of their first claim."""
    from dashboard.analysis.gaps import roll_up

    shown = silences[silences["event_id"].isin(event_ids)]
    if shown.empty:
        st.caption("No event in these filters.")
        return
    conflicted = discrepancies[discrepancies["facet"] == "cause"]["event_id"]
    shown = shown.assign(cause_conflict=shown["event_id"].isin(conflicted))
    names = dict(zip(regions["code"], regions["name"], strict=True))
    columns = {
        "events": st.column_config.NumberColumn("Events"),
        "events_with_cause_conflict": st.column_config.NumberColumn("Cause conflicts"),
        "events_still_silent": st.column_config.NumberColumn(
            "Still silent", help="Local accounts and no official claim yet"
        ),
        "max_official_silence_days": st.column_config.NumberColumn(
            "Longest silence (days)",
            help="Days from the first local account to the first official claim, or to today",
        ),
        "median_official_silence_days": st.column_config.NumberColumn(
            "Median silence (days)", format="%.0f"
        ),
    }
    by_region = roll_up(shown, by="region")
    by_region.insert(0, "region", [f"{names.get(c, c)} ({c})" for c in by_region["region_code"]])
    by_month = roll_up(shown, by="period", freq="M")
    by_month.insert(0, "month", pd.to_datetime(by_month["period"]).dt.strftime("%Y-%m"))
    left, right = st.columns(2)
    with left:
        st.caption("By region")
        st.dataframe(
            by_region[["region", *columns]],
            hide_index=True,
            column_config={"region": "Region", **columns},
        )
    with right:
        st.caption("By month of the event's first claim")
        st.dataframe(
            by_month[["month", *columns]],
            hide_index=True,
            column_config={"month": "Month", **columns},
        )
    st.caption(
        "Count gaps and acknowledgment lags need each event's claims in full: the Event page "
        "measures them."
    )


def signal_list(signals: pd.DataFrame, regions: pd.DataFrame, limit: int = 20) -> None:
    """The divergence signals, strongest first, with the method said."""
    from dashboard import settings
    from dashboard.analysis.signals import ranked_signals

    method = (
        f"EARS {settings.ears_method()}: a week is flagged when local accounts exceed their "
        f"{settings.ears_baseline_weeks()}-week baseline by more than "
        f"{settings.ears_threshold():g} standard deviations, and counts as a signal when "
        "official claims that week stayed at or below their own baseline, or were absent."
    )
    ranked = ranked_signals(signals, limit=limit)
    if ranked.empty:
        tested = len(signals)
        st.caption(f"No divergence signal in {tested:,} region-week(s) of these filters. {method}")
        return
    names = dict(zip(regions["code"], regions["name"], strict=True))
    shown = ranked.assign(
        region=[f"{names.get(c, c)} ({c})" for c in ranked["region_code"]],
        week=pd.to_datetime(ranked["week"]).dt.date,
    )
    st.dataframe(
        shown[["region", "week", "local", "expected", "statistic", "official"]],
        hide_index=True,
        column_config={
            "region": "Region",
            "week": st.column_config.DateColumn("Week of"),
            "local": st.column_config.NumberColumn("Local accounts"),
            "expected": st.column_config.NumberColumn("Baseline", format="%.1f"),
            "statistic": st.column_config.NumberColumn("EARS statistic", format="%.1f"),
            "official": st.column_config.NumberColumn("Official claims"),
        },
    )
    st.caption(method)


def event_links(events: pd.DataFrame, page, filters: Filters, limit: int = 200) -> None:
    """A table of events with a link to each one's side-by-side page."""
    if events.empty:
        st.info("No events match these filters.")
        return
    shown = events.head(limit)
    params = filters.to_params()
    table = shown.assign(
        link=[_page_url(page, {**params, state.EVENT_PARAM: str(i)}) for i in shown["id"]]
    )
    st.dataframe(
        table[
            [
                "link",
                "title",
                "region_name",
                "topic",
                "period_from",
                "period_to",
                "official",
                "local",
                "independent",
            ]
        ],
        hide_index=True,
        column_config={
            "link": st.column_config.LinkColumn("Open", display_text="open"),
            "title": "Event",
            "region_name": "Region",
            "topic": "Topic",
            "period_from": st.column_config.DateColumn("From"),
            "period_to": st.column_config.DateColumn("To"),
            "official": st.column_config.NumberColumn("Official"),
            "local": st.column_config.NumberColumn("Local"),
            "independent": st.column_config.NumberColumn("Independent"),
        },
    )
    if len(events) > limit:
        st.caption(f"First {limit} of {len(events):,} events; narrow the filters to see others.")


def _page_url(page, params: dict) -> str:
    from urllib.parse import urlencode

    return f"/{page.url_path}?{urlencode(params, doseq=True)}"


def event_facts(event: pd.Series) -> None:
    facts = [f"**Region:** {event['region_name']} ({event['region_code']})"]
    if event.get("topic"):
        facts.append(f"**Topic:** {event['topic']}")
    if pd.notna(event.get("period_from")):
        facts.append(f"**Period:** {event['period_from']} to {event['period_to']}")
    facts.append(
        f"**Claims:** {event['official']} official, {event['local']} local, "
        f"{event['independent']} independent"
    )
    st.markdown(" · ".join(facts))
    if event.get("description"):
        st.caption(event["description"])


def gap_summary(claims: pd.DataFrame, today) -> None:
    """The measured gap between the official line and the other accounts, in sentences:
    cause conflicts and denials, count gaps, official silence, acknowledgment lag; and
    how many independent sources stand behind each side."""
    from dashboard.analysis.disagreement import agreement_summary
    from dashboard.analysis.gaps import measured_gap
    from dashboard.analysis.lifecycle import independent_sources

    sentences = measured_gap(claims, today=today)
    for sentence in sentences:
        st.warning(sentence)
    if not sentences:
        st.info(agreement_summary(claims))
    sides = independent_sources(claims)
    if not sides.empty:
        per_voice = sides.groupby("voice").agg(claims=("claims", "sum"))
        sources = claims[claims["status"] != "refuted"].groupby("voice")["source_id"].nunique()
        parts = [
            f"{voice}: {int(per_voice.loc[voice, 'claims']):,} claim(s) from "
            f"{int(sources.get(voice, 0)):,} independent source(s)"
            for voice in per_voice.index
        ]
        st.caption(
            "Corroboration — "
            + "; ".join(parts)
            + ". Outlets relaying the same informant count as one source."
        )


def official_inconsistencies(official: pd.DataFrame, country: str) -> None:
    """Where the official record contradicts itself: national totals that are not the sum
    of the provinces' figures for the same day."""
    from dashboard.analysis.gaps import inconsistency_summary, official_inconsistencies

    found = official_inconsistencies(official)
    if found.empty:
        st.caption(
            f"No contradiction found within the official record of {country}: where both "
            "national and provincial figures exist for a day, they add up."
        )
        return
    for row in inconsistency_summary(found).itertuples():
        st.warning(
            f"Official figures that do not add up: on {row.dates} day(s) from "
            f"{row.first_on} to {row.last_on}, the national {_words_of(row.measure)} total "
            f"({row.national:,}) differs from the sum of the provinces' figures "
            f"({row.province_sum:,}), by {row.difference:,} in all."
        )
    shown = found.assign(days=found["covers"])
    st.dataframe(
        shown[["days", "measure", "national", "province_sum", "provinces", "difference"]],
        hide_index=True,
        column_config={
            "days": "Day(s) covered",
            "measure": "Measure",
            "national": st.column_config.NumberColumn("National figure"),
            "province_sum": st.column_config.NumberColumn("Sum of provinces"),
            "provinces": st.column_config.NumberColumn("Provinces reporting"),
            "difference": st.column_config.NumberColumn("Difference"),
        },
    )


def _words_of(measure: str) -> str:
    return str(measure).replace("_", " ")


CARDS_PER_SIDE = 40


def side_by_side(claims: pd.DataFrame) -> None:
    """Official claims on the left, local accounts (and independent ones) on the right,
    in rows by statement period so both sides line up in time."""
    official = claims[claims["voice"] == "official"]
    other = claims[claims["voice"] != "official"]
    if max(len(official), len(other)) > CARDS_PER_SIDE:
        left, right = st.columns(2)
        with left:
            st.subheader(f"Official ({len(official):,})")
            claims_table(official)
        with right:
            st.subheader(f"Local accounts and others ({len(other):,})")
            claims_table(other)
        return
    left, right = st.columns(2)
    left.subheader("Official statements")
    right.subheader("Local accounts")
    periods = claims.assign(
        period=[
            _period_key(d, p)
            for d, p in zip(claims["stated_on"], claims["stated_precision"], strict=True)
        ]
    )
    for _period, group in periods.groupby("period", sort=True):
        left, right = st.columns(2)
        with left:
            for _, claim in group[group["voice"] == "official"].iterrows():
                _claim_card(claim)
        with right:
            for _, claim in group[group["voice"] != "official"].iterrows():
                _claim_card(claim)


def _period_key(stated_on, precision: str) -> str:
    if precision == "year":
        return f"{stated_on.year:04d}"
    return f"{stated_on.year:04d}-{stated_on.month:02d}"


def _claim_card(claim: pd.Series) -> None:
    from dashboard.analysis.disagreement import format_stated

    with st.container(border=True):
        what = claim["measure"].replace("_", " ")
        if pd.notna(claim["count"]):
            what = f"{what}: {int(claim['count']):,}"
            if pd.notna(claim["count_low"]) and pd.notna(claim["count_high"]):
                what += f" ({int(claim['count_low']):,}–{int(claim['count_high']):,})"
        if claim.get("cause"):
            what += f" · cause: {claim['cause']}"
        voice = "" if claim["voice"] in ("official", "local") else f" · {claim['voice']}"
        st.markdown(
            f"**{format_stated(claim['stated_on'], claim['stated_precision'])}** · "
            f"{plain(what)}{voice}"
        )
        st.markdown(plain(claim["statement"]))
        if claim.get("quote"):
            st.markdown(f"> “{plain(claim['quote'])}”")
        credibility = (
            f" · credibility {int(claim['credibility'])}" if pd.notna(claim["credibility"]) else ""
        )
        publisher = plain(claim.get("publisher") or "document")
        st.caption(
            f"Source: {plain(claim['source'])} (grade {claim['source_reliability']})"
            f"{credibility} · status: {claim['status']} · "
            f"[{publisher}]({_safe_url(claim['document_url'])})"
        )


_MARKDOWN = str.maketrans({c: "\\" + c for c in "\\`*_{}[]<>()#+-.!|~$:"})


def plain(text) -> str:
    """Text from the data, shown as text: markdown, links, images and HTML stay inert."""
    return str(text).translate(_MARKDOWN)


def _safe_url(url: str) -> str:
    """Only http(s) links; anything else (javascript:, data:) becomes no link at all."""
    url = str(url).strip()
    if not url.lower().startswith(("http://", "https://")):
        return "#"
    return url.replace(")", "%29").replace("(", "%28").replace(" ", "%20")


def claim_downloads(
    url: str,
    role: str,
    filters: Filters | None,
    *,
    key: str,
    event_id: int | None = None,
    source_id: int | None = None,
) -> None:
    """CSV, Parquet and JSON lines buttons for every claim behind a table, not just the rows
    shown: each file is built only when its button is clicked, not on every rerun."""
    from functools import partial

    from dashboard.interchange.export import TABLE_FORMATS

    columns = st.columns(len(TABLE_FORMATS))
    for column, (fmt, label, suffix, mime) in zip(columns, TABLE_FORMATS, strict=True):
        column.download_button(
            f"Download {label}",
            data=partial(
                data.export_claims, url, role, filters, fmt, event_id=event_id, source_id=source_id
            ),
            file_name=f"parallax-claims.{suffix}",
            mime=mime,
            key=f"{key}-download-{fmt}",
            on_click="ignore",
            help="Every matching claim in the interchange columns, which "
            "`python -m dashboard import` reads back; protected sources by their neutral label.",
        )


def claims_table(claims: pd.DataFrame) -> None:
    st.dataframe(
        claims[
            [
                "stated_on",
                "stated_precision",
                "voice",
                "measure",
                "count",
                "cause",
                "source",
                "source_reliability",
                "status",
                "statement",
                "document_url",
            ]
        ],
        hide_index=True,
        column_config={
            "stated_on": st.column_config.DateColumn("Stated"),
            "stated_precision": "Precision",
            "source_reliability": "Grade",
            "document_url": st.column_config.LinkColumn("Document"),
        },
    )
