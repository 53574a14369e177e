"""Overview: headline figures, the map, the two-lane timeline, the events."""

import streamlit as st

from dashboard.analysis import overview
from dashboard.ui import data, pages, state, widgets

st.title("Overview")
url, role = data.current()
filters = state.current_filters()
cube = overview.filter_cube(data.cube(url, role), filters)
st.caption(f"Showing {filters.describe()}.")
if cube.empty:
    st.info("No claims match these filters. Widen the period or clear a filter in the sidebar.")
    st.stop()

figures = overview.headline(cube)
event_ids = data.event_ids(url, role, filters)
discrepancies = data.open_discrepancies(url, role)
discrepancies = discrepancies[discrepancies["event_id"].isin(event_ids)]
columns = st.columns(6)
columns[0].metric("Events", f"{len(event_ids):,}")
columns[1].metric("Claims", f"{figures['claims']:,}")
columns[2].metric("Official", f"{figures['official']:,}")
columns[3].metric("Local accounts", f"{figures['local']:,}")
columns[4].metric("Independent", f"{figures['independent']:,}")
columns[5].metric(
    "Open discrepancies",
    f"{discrepancies['event_id'].nunique():,}",
    help="Events where official and other claims name different causes, or where local "
    "accounts meet official silence. The Event page measures count gaps too.",
)

left, right = st.columns([3, 2])
with left:
    st.subheader("Claims by region")
    by_region = overview.by_region(cube, data.regions(url, role))
    colour = st.radio(
        "Colour by", ["Claims", "Open discrepancies"], horizontal=True, key=state.MAP_COLOUR
    )
    if colour == "Open discrepancies":
        widgets.region_map(
            overview.discrepancies_by_region(discrepancies, by_region),
            key="overview_map",
            value_label="Open discrepancies",
        )
    else:
        widgets.region_map(by_region, key="overview_map")
with right:
    st.subheader("Regions")
    widgets.region_table(by_region)

st.subheader("Timeline: official above, local accounts below")
signals = data.signals(url, role, filters)
widgets.timeline(url, role, filters, cube, signals)

st.subheader("Divergence signals: local accounts rising, official figures flat")
widgets.signal_list(signals, data.regions(url, role))

st.subheader("Official silence and cause conflicts, rolled up")
widgets.gap_roll_ups(data.silences(url, role), discrepancies, event_ids, data.regions(url, role))

st.subheader("Events")
events = data.events(url, role)
events = events[events["id"].isin(event_ids)]
widgets.event_links(events, pages.EVENT, filters)
widgets.claim_downloads(url, role, filters, key="overview")
