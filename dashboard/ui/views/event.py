"""Event: official statements left, local accounts right, aligned by date; the gap said plainly."""

from datetime import date

import streamlit as st

from dashboard import charts
from dashboard.analysis.lifecycle import as_of_claims
from dashboard.ui import data, state, widgets
from dashboard.ui.status_form import status_form

st.title("Event")
url, role = data.current()
filters = state.current_filters()
events = data.events(url, role)
matching = set(data.event_ids(url, role, filters))
chosen = st.session_state.get(state.EVENT)
options = events[events["id"].isin(matching) | (events["id"] == chosen)]
if options.empty:
    st.info("No events match these filters. Clear a filter in the sidebar.")
    st.stop()
titles = dict(zip(options["id"], options["title"], strict=True))
if chosen not in titles:
    st.session_state[state.EVENT] = int(options["id"].iloc[0])
event_id = st.selectbox("Event", list(titles), key=state.EVENT, format_func=titles.get)
state.write_url(filters, event_id)

event = events.set_index("id").loc[event_id]
st.header(event["title"])
widgets.event_facts(event)

claims = data.claims(url, role, None, event_id=event_id)
history = data.status_history(url, role, tuple(int(i) for i in claims["id"]))
as_of = st.date_input(
    "As of",
    value=None,
    min_value=date(1990, 1, 1),
    key=state.AS_OF,
    help="The event as it stood at the end of that day: only claims stated by then, each "
    "with its status then, and silence counted to then. Empty: as of today.",
)
if as_of is not None:
    claims = as_of_claims(claims, history, as_of)
    history = history[history["claim_id"].isin(claims["id"])] if not history.empty else history
    st.caption(f"As of {as_of:%Y-%m-%d}: {len(claims):,} claim(s) stated by then.")
    if claims.empty:
        st.info("No claim about this event had been stated by then.")
        st.stop()
widgets.gap_summary(claims, as_of or date.today())

st.plotly_chart(charts.timeline(claims.head(charts.MAX_MARKS)), config=widgets.PLOT_CONFIG)
widgets.side_by_side(claims)
widgets.claim_downloads(url, role, None, key="event", event_id=event_id)

st.subheader("Status history")
if history.empty:
    st.caption("No status has changed yet: every claim is as first recorded.")
else:
    st.dataframe(
        history,
        hide_index=True,
        column_order=[
            "claim_id",
            "changed_at",
            "previous_status",
            "status",
            "changed_by",
            "reason",
            "evidence_url",
        ],
        column_config={
            "claim_id": "Claim",
            "changed_at": st.column_config.DatetimeColumn("When (UTC)"),
            "previous_status": "From",
            "status": "To",
            "changed_by": "Who",
            "reason": "Why",
            "evidence_url": st.column_config.LinkColumn("Evidence"),
        },
    )
status_form(claims, role == "editor")
