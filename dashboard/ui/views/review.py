"""Review: claims extracted from ingested documents wait here for a person to accept (after
editing any field) or reject. Nothing counts on the dashboard until it is accepted."""

import streamlit as st

from dashboard.ui import data, pages, review_form, state

st.title("Review")
st.caption(
    "Claims the extractor proposed from ingested articles. Check each against the text, "
    "edit what it got wrong, attach it to an event and a source, then accept it — or "
    "reject it with a reason. Every decision is kept with your name."
)
notice = st.session_state.pop(state.REVIEW_NOTICE, None)
if notice:
    st.success(notice)
    if st.session_state.get(state.EVENT) is not None:
        st.page_link(pages.EVENT, label="See it on the Event page", icon="➡️")

review_form.add_document()
st.text_input("Your name (kept with each decision)", key=state.REVIEWER)

documents = data.review_documents()
if documents.empty:
    st.info(
        "Nothing waits for review. Add a document above, or from the command line: "
        "`python -m dashboard ingest URL|FEED|FILE|FOLDER`."
    )
    st.stop()

titles = {
    int(row.id): f"{row.title or row.url} — {row.publisher or 'unknown publisher'} "
    f"({int(row.proposals)} waiting)"
    for row in documents.itertuples()
}
if st.session_state.get(state.REVIEW_DOCUMENT) not in titles:
    st.session_state[state.REVIEW_DOCUMENT] = next(iter(titles))
document_id = st.selectbox(
    "Document", list(titles), format_func=titles.get, key=state.REVIEW_DOCUMENT
)
document = data.document(document_id)
proposals = data.proposals(document_id)

text_column, form_column = st.columns([1, 1])
with text_column:
    published = document["published_on"] or "no publication date"
    st.caption(f"{document['publisher'] or 'Unknown publisher'} · {published} · {document['url']}")
    with st.container(height=620):
        st.html(review_form.highlighted(document["text"] or "", proposals))

with form_column:
    labels = {
        int(row.id): f"#{int(row.id)} {row.voice or '?'} · {row.measure}"
        + ("" if row.count != row.count or row.count is None else f" {int(row.count)}")
        + (f" · {row.cause}" if row.cause else "")
        for row in proposals.itertuples()
    }
    was_open = st.session_state.get(state.REVIEW_PROPOSAL)
    if was_open not in labels:
        if was_open is not None and was_open != st.session_state.get(state.REVIEW_DECIDED):
            # Decided by a colleague since this page was drawn: say so, never drop it silently.
            st.warning(data.decided_elsewhere(int(was_open)))
        st.session_state[state.REVIEW_PROPOSAL] = next(iter(labels))
    chosen = st.radio("Proposal", list(labels), format_func=labels.get, key=state.REVIEW_PROPOSAL)
    proposal = proposals[proposals["id"] == chosen].iloc[0].to_dict()
    url, role = data.current()
    review_form.decision_form(proposal, document, data.events(url, role), data.sources(url, role))
