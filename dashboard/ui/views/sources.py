"""Sources: who said what, with their grade and how many claims."""

import streamlit as st

from dashboard import settings
from dashboard.analysis.track_record import source_track_record, voice_track_record
from dashboard.ui import data, state, widgets

SHOWN = 5000

st.title("Sources")
url, role = data.current()
filters = state.current_filters()
sources = data.sources(url, role)
st.caption(
    "Grades are the Admiralty scale: A reliable … E unreliable, F cannot be judged. "
    "Protected sources appear only by a neutral label unless you are an editor."
)
counts = data.status_counts(url, role)
record = source_track_record(counts).set_index("source_id")
table = sources.join(record[["confirmed", "refuted", "verdict"]], on="source_id")
st.dataframe(
    table[
        ["source", "voice", "reliability", "claims", "confirmed", "refuted", "verdict"]
        + ["source_region_name"]
    ],
    hide_index=True,
    column_config={
        "source": "Source",
        "voice": "Voice",
        "reliability": st.column_config.TextColumn("Grade", help="Assigned, A to F"),
        "claims": st.column_config.NumberColumn("Claims"),
        "confirmed": st.column_config.NumberColumn("Later confirmed"),
        "refuted": st.column_config.NumberColumn("Later refuted"),
        "verdict": st.column_config.TextColumn(
            "Track record",
            help="Confirmed out of the claims resolved either way, beside the assigned "
            f"grade; below {settings.track_record_min()} resolved claims, too few to judge "
            "(PARALLAX_TRACK_RECORD_MIN).",
        ),
        "source_region_name": "Region",
    },
)
with st.expander("Track record by voice and region"):
    by_voice = voice_track_record(counts)
    names = dict(zip(data.regions(url, role)["code"], data.regions(url, role)["name"], strict=True))
    by_voice = by_voice.assign(region=[names.get(c, c) for c in by_voice["region_code"]])
    st.dataframe(
        by_voice[["voice", "region", "claims", "confirmed", "refuted", "verdict"]],
        hide_index=True,
    )
# Labels as options (names are unique, neutral labels too), mapped back to source ids.
ids = dict(zip(sources["source"], sources["source_id"], strict=True))
chosen = st.selectbox("Claims of", list(ids), index=None, placeholder="Choose a source")
if chosen is not None:
    mine = data.first_claims(url, role, filters, SHOWN, source_id=int(ids[chosen]))
    st.caption(
        f"Claims by {widgets.plain(chosen)} that match the filters"
        + (f" (the first {SHOWN:,})." if len(mine) == SHOWN else f": {len(mine):,}.")
    )
    widgets.claims_table(mine)
    widgets.claim_downloads(url, role, filters, key="source", source_id=int(ids[chosen]))
