"""Review: the claims queue (unreviewed first); confirm, edit, reject, note or add a claim."""
import streamlit as st

from lib import schema as S
from lib import vocabulary
from lib.cleaning import clean
from lib.passages import escape_markdown, highlighted, passage
from lib.review import CONFIDENCE, MACHINE, QUEUE_ORDERS, ReviewError, changed_fields, review_queue
from lib.ui import claim_fields_form, current_view, form_values, get_store, reviewer_name

st.title("Review")
store, reviewer = get_store(), reviewer_name()
if not reviewer:
    st.warning("Type your name in the sidebar's Reviewer field: every review is recorded with it.")


def act(action, *args) -> None:
    """Run one review action in a callback, before the page reads the store again."""
    try:
        action(*args)
        st.session_state["review_message"] = ("success", "Saved.")
    except ReviewError as error:
        st.session_state["review_message"] = ("error", str(error))


def edit(claim) -> None:
    act(lambda: store.edit(claim[S.CLAIM_KEY], reviewer,
                           changed_fields(claim, form_values(f"edit_{claim[S.CLAIM_KEY]}"))))


def add(article_id) -> None:
    fields = {**form_values("add"), S.FIGURE_TEXT: st.session_state.get("add_figure_text")}
    act(store.add_claim, article_id, reviewer, fields)


order = st.radio("Order", QUEUE_ORDERS, horizontal=True, key="review_order",
                 format_func=lambda o: {CONFIDENCE: "least confident first", "date": "latest first"}[o])
queue = review_queue(current_view().mentions, order, (c.name for c in vocabulary.claimants()))
st.caption(f"{(queue[S.STATUS] == MACHINE).sum():,} of {len(queue):,} claims unreviewed (sidebar filters apply).")
st.dataframe(queue.head(500).loc[:, [S.STATUS, CONFIDENCE, S.FIGURE_TEXT, S.CATEGORY, S.SUBJECT,
                                     S.CLAIMANT, S.CLAIM_DATE, S.OUTLET, S.EVIDENCE]],
             hide_index=True, key="review_queue", height=240,
             column_config={S.CLAIM_DATE: st.column_config.DateColumn("claim date")})
if queue.empty:
    st.info("No claims match these filters.")
    st.stop()
# labels from what a review does not change: a select box keeps the labels it was given first
labels = {row[S.CLAIM_KEY]: f"{row[S.FIGURE_TEXT]} · {row[S.OUTLET]} · {row[S.CLAIM_KEY]}"
          for _, row in queue.head(500).iterrows()}
key = st.selectbox("Claim to review", list(labels), format_func=labels.get, key="review_claim")
claim = queue.set_index(S.CLAIM_KEY).loc[[key]].iloc[0].copy()
claim[S.CLAIM_KEY] = key
if message := st.session_state.pop("review_message", None):
    getattr(st, message[0])(escape_markdown(message[1]))   # an error quotes what the analyst typed

article = store.article(claim[S.ARTICLE_ID])
if article is not None:
    text, start, end = passage(clean(article.text).text, int(claim[S.SPAN_START]), int(claim[S.SPAN_END]))
    st.markdown(highlighted(text, [(start, end)]))
st.caption(escape_markdown(f"Status: {claim[S.STATUS]}. {claim[S.REASON] or ''} {claim[S.NOTE] or ''}"))

st.button("Confirm", key="review_confirm", on_click=act, args=(store.confirm, key, reviewer),
          icon=":material/check:")
edit_tab, reject_tab, note_tab, add_tab = st.tabs(["Edit", "Reject", "Note", "Add a missed claim"])
with edit_tab, st.form("review_edit"):
    claim_fields_form(claim, f"edit_{key}")
    st.form_submit_button("Save the edits", on_click=edit, args=(claim,))
with reject_tab, st.form("review_reject"):
    st.text_input("Reason", key="reject_reason")
    st.form_submit_button("Reject", on_click=lambda: act(
        store.reject, key, reviewer, st.session_state.get("reject_reason")))
with note_tab, st.form("review_note"):
    st.text_area("Note", value=claim[S.NOTE] or "", key=f"note_{key}")
    st.form_submit_button("Save the note", on_click=lambda: act(
        store.note, key, reviewer, st.session_state.get(f"note_{key}")))
with add_tab, st.form("review_add"):
    st.caption("A figure of this claim's article that the extractor missed, as the text writes it.")
    st.text_input("figure_text", key="add_figure_text")
    claim_fields_form(claim, "add")
    st.form_submit_button("Add the claim", on_click=add, args=(claim[S.ARTICLE_ID],))
