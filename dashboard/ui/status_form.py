"""Change a claim's status on the Event page: editors only; `confirmed` and `refuted` need the
evidence document. Every change is kept (who, when, why, evidence) by the store."""

from __future__ import annotations

from datetime import date

import pandas as pd
import streamlit as st

from dashboard.analysis.disagreement import format_stated
from dashboard.ui import data, state
from dashboard.vocabulary import STATUSES

NEEDS_EVIDENCE = ("confirmed", "refuted")


def status_form(claims: pd.DataFrame, is_editor: bool) -> None:
    notice = st.session_state.pop(state.STATUS_NOTICE, None)
    if notice:
        st.success(notice)
    with st.expander("Change a claim's status"):
        if not is_editor:
            st.caption(
                "Only editors change statuses (PARALLAX_ROLE=editor). Corroborated and "
                "contested are also set by Parallax as claims arrive."
            )
            return
        labels = {
            int(c.id): f"#{int(c.id)} {c.voice} · {format_stated(c.stated_on, c.stated_precision)}"
            f" · {c.measure}" + (f" · {c.cause}" if isinstance(c.cause, str) else "")
            for c in claims.itertuples()
        }
        with st.form("status_change", clear_on_submit=True):
            claim_id = st.selectbox("Claim", list(labels), format_func=labels.get)
            status = st.selectbox("New status", STATUSES)
            reason = st.text_area("Why (kept in the history)")
            documents = claims.drop_duplicates("document_id")
            cited = {
                int(d.document_id): f"{_text(d.publisher, 'document')}: "
                f"{_text(d.document_title, d.document_url)}"
                for d in documents.itertuples()
            }
            evidence = st.selectbox(
                "Evidence: a document already cited here",
                [None, *cited],
                format_func=lambda i: "(none, or a new one below)" if i is None else cited[i],
            )
            new_url = st.text_input("…or the evidence's address (https://…)")
            new_title = st.text_input("Its title")
            new_publisher = st.text_input("Its publisher")
            new_date = st.date_input("Its date", value=None, min_value=date(1990, 1, 1))
            who = st.text_input("Your name", value=st.session_state.get(state.REVIEWER, ""))
            sent = st.form_submit_button("Change status")
        if not sent:
            return
        try:
            store = data.writer()
            if new_url.strip():
                evidence = store.evidence_document(new_url, new_title, new_publisher, new_date)
            if not who.strip():
                raise ValueError("give your name; every status change is kept with it")
            store.set_status(claim_id, status, who.strip(), reason, evidence_document_id=evidence)
        except (ValueError, LookupError) as exc:
            st.error(f"Not changed: {exc}")
            return
        data.clear()
        st.session_state[state.STATUS_NOTICE] = f"Claim #{claim_id} is now {status}."
        st.rerun()


def _text(value, otherwise: str) -> str:
    return value if isinstance(value, str) and value else str(otherwise)
