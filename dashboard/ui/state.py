"""Every session-state key the app uses, and the link between the filters and the URL."""

from __future__ import annotations

from datetime import date

import streamlit as st

from dashboard.filters import Filters

# Widget keys of the shared filters (sidebar).
REGION = "filter_region"
PERIOD = "filter_period"
TOPIC = "filter_topic"
VOICES = "filter_voices"
STATUSES = "filter_statuses"
# How the overview map is coloured (claims or open discrepancies).
MAP_COLOUR = "map_colour"
# Set once per session, when the URL's filters have been copied into the widgets.
FROM_URL = "filters_read_from_url"
# The event shown on the Event page (also kept in the URL as ?event=ID).
EVENT = "event_id"
EVENT_PARAM = "event"
# Review page: who is reviewing, the document and proposal open, the last decision's note.
REVIEWER = "reviewer_name"
REVIEW_DOCUMENT = "review_document_id"
REVIEW_PROPOSAL = "review_proposal_id"
REVIEW_NOTICE = "review_notice"
REVIEW_DECIDED = "review_decided_here"
# Event page: the note left by the last status change.
STATUS_NOTICE = "status_notice"
# Event page: the day the event is seen as of (None: today).
AS_OF = "event_as_of"


def filters_from_url_once() -> list[str]:
    """On a session's first run, put the URL's filters into the widgets; return problems."""
    if st.session_state.get(FROM_URL):
        return []
    st.session_state[FROM_URL] = True
    filters = Filters.from_params(st.query_params.to_dict() | _lists())
    # Only what the link sets: an unset widget shows its placeholder ("All regions").
    if filters.region:
        st.session_state[REGION] = filters.region
    if filters.date_from or filters.date_to:
        st.session_state[PERIOD] = tuple(d for d in (filters.date_from, filters.date_to) if d)
    if filters.topic:
        st.session_state[TOPIC] = filters.topic
    if filters.voices:
        st.session_state[VOICES] = list(filters.voices)
    if filters.statuses:
        st.session_state[STATUSES] = list(filters.statuses)
    event = st.query_params.get(EVENT_PARAM)
    if event and event.isdigit():
        st.session_state[EVENT] = int(event)
    return list(filters.problems)


def _lists() -> dict[str, list[str]]:
    return {key: st.query_params.get_all(key) for key in ("voice", "status")}


def current_filters() -> Filters:
    period = st.session_state.get(PERIOD) or ()
    start = period[0] if len(period) > 0 else None
    end = period[1] if len(period) > 1 else None
    return Filters(
        region=st.session_state.get(REGION),
        date_from=start if isinstance(start, date) else None,
        date_to=end if isinstance(end, date) else None,
        topic=st.session_state.get(TOPIC),
        voices=tuple(st.session_state.get(VOICES) or ()),
        statuses=tuple(st.session_state.get(STATUSES) or ()),
    )


def write_url(filters: Filters, event_id: int | None = None) -> None:
    """Keep the URL in step with the filters, so the view can be shared as a link."""
    params = filters.to_params()
    if event_id is not None:
        params[EVENT_PARAM] = str(event_id)
    if params != _current_params():
        st.query_params.from_dict(params)


def _current_params() -> dict[str, str | list[str]]:
    out: dict[str, str | list[str]] = {}
    for key in st.query_params:
        values = st.query_params.get_all(key)
        out[key] = values if key in ("voice", "status") else values[0]
    return out


def set_region(code: str | None) -> None:
    st.session_state[REGION] = code
