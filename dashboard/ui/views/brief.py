"""Brief: region and period (from the sidebar), events and a format; build, then download."""

from dataclasses import replace

import streamlit as st

from dashboard.brief.formats import FORMATS, MIME_TYPES
from dashboard.brief.model import BriefProblem, Scope, candidate_events
from dashboard.ui import data, state

FORMAT_LABELS = {"docx": "Word (DOCX)", "pdf": "PDF", "md": "Markdown", "html": "HTML"}
BUILT = "brief_built"  # session key: the (scope, format) of the last brief asked for


st.title("Brief")
url, role = data.current()
filters = state.current_filters()
scope = Scope(filters.region, filters.date_from, filters.date_to)
events = candidate_events(data.events(url, role), scope)
st.caption(
    f"Region and period come from the sidebar: {filters.describe()}. Protected sources "
    "appear only by their neutral label, whoever builds the brief."
)
if events.empty:
    st.info("No events in this region and period. Choose another in the sidebar.")
    st.stop()

titles = dict(zip(events["id"].astype(int), events["title"], strict=True))
with st.form("brief_choices"):
    chosen = st.multiselect(
        "Events", list(titles), format_func=titles.get, placeholder="Every event listed"
    )
    fmt = st.radio("Format", FORMATS, format_func=FORMAT_LABELS.get, horizontal=True)
    if st.form_submit_button("Build brief", type="primary"):
        st.session_state[BUILT] = (replace(scope, event_ids=tuple(chosen)), fmt)

if st.session_state.get(BUILT):
    built_scope, built_fmt = st.session_state[BUILT]
    try:
        name, content, described, notes = data.brief_file(url, role, built_scope, built_fmt)
    except BriefProblem as exc:
        st.error(f"No brief: {exc}.")
        st.stop()
    for note in notes:
        st.warning(note)
    st.caption(described)
    st.download_button(
        f"Download {name}",
        content,
        file_name=name,
        mime=MIME_TYPES[built_fmt],
        on_click="ignore",
        type="primary",
    )
