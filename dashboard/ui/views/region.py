"""Region: every event in a region; official vs reported counts over time."""

import streamlit as st

from dashboard import charts
from dashboard.analysis import overview, series
from dashboard.filters import Filters
from dashboard.ui import data, pages, state, widgets

INCONSISTENCY_LIMIT = 50_000

st.title("Region")
url, role = data.current()
filters = state.current_filters()
regions = data.regions(url, role)
if not filters.region:
    st.info("Choose a region in the sidebar (or click one on the Overview map).")
    busiest = overview.by_region(overview.filter_cube(data.cube(url, role), filters), regions)
    widgets.region_table(busiest)
    st.stop()

names = dict(zip(regions["code"], regions["name"], strict=True))
st.header(f"{names.get(filters.region, filters.region)} ({filters.region})")
cube = overview.filter_cube(data.cube(url, role), filters)
if cube.empty:
    st.info("No claims in this region match the other filters.")
    st.stop()

st.subheader("Official vs reported counts over time")
total = int(cube["claims"].sum())
if total > charts.MAX_MARKS:
    st.plotly_chart(charts.timeline_aggregated(overview.weekly(cube)), config=widgets.PLOT_CONFIG)
    st.caption(f"{total:,} claims: counted per week. Narrow the period to see the figures.")
else:
    claims = data.claims(url, role, filters)
    counts = series.counts_over_time(claims)
    log_y = st.toggle("Logarithmic scale", value=series.spans_orders_of_magnitude(counts))
    figure = charts.counts_over_time(
        counts, log_y=log_y, reports=series.reports_without_figures(claims)
    )
    st.plotly_chart(figure, config=widgets.PLOT_CONFIG)
    st.caption(
        "Official figures are lines; local and independent reports are separate "
        "markers, never joined, since they are sparse; open triangles along the bottom are "
        "reports that give no figure."
    )

country = filters.region.split("-")[0]
st.subheader(f"Inside the official record of {names.get(country, country)}")
national = Filters(region=country, voices=("official",))
if data.count_claims(url, role, national) > INCONSISTENCY_LIMIT:
    st.caption(
        f"More than {INCONSISTENCY_LIMIT:,} official claims in {country}: the check that "
        "national totals match the provinces' figures is left to the command line export."
    )
else:
    widgets.official_inconsistencies(data.claims(url, role, national), country)

st.subheader("Events in this region")
events = data.events(url, role)
events = events[events["id"].isin(data.event_ids(url, role, filters))]
widgets.event_links(events, pages.EVENT, filters)
widgets.claim_downloads(url, role, filters, key="region")
