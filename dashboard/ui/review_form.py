"""The Review page's pieces: adding a document, the text with claim spans marked, and the
form that accepts (with edits) or rejects one proposal. Decisions go through
`dashboard.review`, which checks them like an import and refuses a stale decision."""

from __future__ import annotations

import html
import tempfile
from pathlib import Path

import pandas as pd
import streamlit as st

from dashboard.review import ReviewConflict, ReviewInvalid, accept, form_values, reject
from dashboard.ui import data, state
from dashboard.vocabulary import MEASURES, RELIABILITY_GRADES, VOICES

NEW_EVENT = "(a new event: title below)"
NEW_SOURCE = "(a new source: name below)"
_MARK_COLOURS = {"official": "#dbe9f6", "local": "#fde2c8", "independent": "#e3e3e3"}


def highlighted(text: str, proposals: pd.DataFrame) -> str:
    """The document as HTML, every character escaped, each proposal's span in a <mark>
    numbered like its form. Overlapping spans: the later one starts after the earlier."""
    parts, at = [], 0
    for row in proposals.sort_values("span_start").itertuples():
        start, end = max(int(row.span_start), at), min(int(row.span_end), len(text))
        if end <= start:
            continue
        colour = _MARK_COLOURS.get(row.voice, "#fff3b0")
        parts.append(html.escape(text[at:start]))
        parts.append(
            f'<mark style="background:{colour}" title="proposal #{int(row.id)}">'
            f"<sup>#{int(row.id)}</sup>{html.escape(text[start:end])}</mark>"
        )
        at = end
    parts.append(html.escape(text[at:]))
    body = "".join(parts).replace("\n", "<br>")
    return f'<div style="line-height:1.6">{body}</div>'


def add_document() -> None:
    """Paste text, give a URL or feed, or upload a file: ingest it and propose its claims."""
    with st.expander("Add a document", expanded=False):
        with st.form("add_document", clear_on_submit=True):
            target = st.text_input("URL or feed address", placeholder="https://…")
            pasted = st.text_area("…or paste the article's text", height=120, key="paste")
            st.caption("For pasted text, say where it was read (a page or file says it itself):")
            columns = st.columns(4)
            about = {
                "title": columns[0].text_input("Title", key="paste_title"),
                "publisher": columns[1].text_input("Publisher", key="paste_publisher"),
                "published": columns[2].text_input("Published (YYYY-MM-DD)", key="paste_published"),
                "url": columns[3].text_input("Its address, if any", key="paste_url"),
            }
            upload = st.file_uploader("…or upload a file", type=["txt", "html", "htm", "pdf"])
            sent = st.form_submit_button("Read and propose claims")
        if sent:
            _ingest(target.strip(), pasted, upload, about)


def _ingest(target: str, pasted: str, upload, about: dict) -> None:
    given = [bool(target), bool(pasted.strip()), upload is not None]
    if sum(given) != 1:
        st.error("Give one thing to read: a URL, pasted text, or a file.")
        return
    with st.spinner("Reading…"):
        if upload is not None:
            with tempfile.TemporaryDirectory() as folder:
                path = Path(folder) / Path(upload.name).name
                path.write_bytes(upload.getvalue())
                outcome = data.ingest(str(path))
                outcome.target = upload.name
        elif target:
            outcome = data.ingest(target)
        else:
            outcome = data.ingest("-", text=pasted, about=about)
    for problem in outcome.problems:
        st.error(problem)
    if outcome.documents_read:
        (st.success if outcome.proposals else st.info)(outcome.summary())
    if outcome.document_ids:
        st.session_state[state.REVIEW_DOCUMENT] = outcome.document_ids[0]


def decision_form(proposal: dict, document: dict, events: pd.DataFrame, sources: pd.DataFrame):
    """One proposal: every field editable; Accept writes the claim, Reject keeps a reason."""
    values = form_values(proposal, document)
    pid = int(proposal["id"])
    with st.form(f"proposal_{pid}_{int(proposal['version'])}"):
        st.caption(f"“{proposal.get('quote') or ''}”")
        left, right = st.columns(2)
        event_titles = [NEW_EVENT, *events["title"].tolist()]
        event = left.selectbox("Event", event_titles, key=f"event_{pid}")
        new_event = left.text_input("New event title", key=f"new_event_{pid}")
        source_names = [NEW_SOURCE, *sources["source"].tolist()]
        source = right.selectbox("Source", source_names, key=f"source_{pid}")
        new_source = right.text_input("New source name", values["source"], key=f"nsrc_{pid}")
        grade = right.selectbox(
            "Grade of a new source", RELIABILITY_GRADES, index=5, key=f"grade_{pid}"
        )
        protect = right.checkbox(
            "Protect a new source (an unnamed informant: shown only to editors)",
            value=values["voice"] == "local",
            key=f"protect_{pid}",
        )
        voice = left.selectbox(
            "Voice", VOICES, index=_index(VOICES, values["voice"]), key=f"voice_{pid}"
        )
        measure = left.selectbox(
            "Measure", MEASURES, index=_index(MEASURES, values["measure"]), key=f"measure_{pid}"
        )
        edited = {
            "count": left.text_input("Count", values["count"], key=f"count_{pid}"),
            "count_low": left.text_input("At least", values["count_low"], key=f"low_{pid}"),
            "count_high": left.text_input("At most", values["count_high"], key=f"high_{pid}"),
            "cause": left.text_input("Cause (as written)", values["cause"], key=f"cause_{pid}"),
            "region": right.text_input("Region (code or name)", values["region"], key=f"r_{pid}"),
            "place": right.text_input("Place", values["place"], key=f"place_{pid}"),
            "stated_on": right.text_input(
                "Stated on (YYYY, YYYY-MM or YYYY-MM-DD)", values["stated_on"], key=f"s_{pid}"
            ),
            "occurred_from": right.text_input(
                "Happened on or from", values["occurred_from"], key=f"of_{pid}"
            ),
            "occurred_to": right.text_input("Happened until", "", key=f"ot_{pid}"),
            "credibility": right.text_input("Credibility 1–6", "", key=f"cred_{pid}"),
        }
        edited["statement"] = st.text_area(
            "Statement (in your words)", values["statement"], key=f"st_{pid}"
        )
        reason = st.text_input("Reason, if you reject it", key=f"reason_{pid}")
        accept_clicked = st.form_submit_button("Accept", type="primary", key=f"accept_{pid}")
        reject_clicked = st.form_submit_button("Reject", key=f"reject_{pid}")
    if not (accept_clicked or reject_clicked):
        return
    reviewer = st.session_state.get(state.REVIEWER, "")
    st.session_state[state.REVIEW_DECIDED] = pid
    try:
        if reject_clicked:
            reject(data.writer(), pid, int(proposal["version"]), reason, reviewer)
            data.clear()
            st.session_state[state.REVIEW_NOTICE] = f"Proposal #{pid} rejected."
        else:
            chosen_source = new_source if source == NEW_SOURCE else source
            if source != NEW_SOURCE:
                grade = sources.loc[sources["source"] == source, "reliability"].iloc[0]
            values.update(
                edited,
                event=new_event if event == NEW_EVENT else event,
                source=chosen_source,
                source_reliability=grade,
                voice=voice,
                measure=measure,
            )
            claim_id = accept(
                data.writer(),
                pid,
                int(proposal["version"]),
                values,
                reviewer,
                protect_new_source=protect and source == NEW_SOURCE,
            )
            data.clear()
            st.session_state[state.REVIEW_NOTICE] = (
                f"Proposal #{pid} accepted as claim {claim_id} on “{values['event']}”."
            )
            st.session_state[state.EVENT] = data.event_id_of_claim(claim_id)
    except ReviewConflict as exc:
        st.error(str(exc))
        return
    except ReviewInvalid as exc:
        st.error("Not saved. " + " · ".join(exc.problems))
        return
    st.rerun()


def _index(options, value) -> int:
    return list(options).index(value) if value in options else 0
