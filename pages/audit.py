"""Audit trail: every review change (who, when, which claim, field, old and new value), as a
table and a CSV; and the orphans, reviews whose claim the extractor no longer gives."""
import streamlit as st

from lib import schema as S
from lib.export import table_csv_bytes
from lib.passages import escape_markdown
from lib.review import ReviewError
from lib.ui import get_store, reviewer_name

st.title("Audit trail")
store, reviewer = get_store(), reviewer_name()
trail = store.audit_frame()
st.caption(f"{len(trail):,} changes, newest first.")
st.dataframe(trail, hide_index=True, key="audit_table", placeholder="")
st.download_button("Download the audit trail (CSV)", data=lambda: table_csv_bytes(store.audit_frame()),
                   file_name="audit_trail.csv", mime="text/csv", key="download_audit",
                   on_click="ignore", icon=":material/download:")

st.subheader("Orphaned reviews")
orphans = store.orphans()
if not orphans:
    st.caption("None: every reviewed claim still comes out of its article.")


def decide(action, key: str) -> None:
    try:
        action(key, reviewer)
    except ReviewError as error:
        st.session_state["orphan_message"] = str(error)


if message := st.session_state.pop("orphan_message", None):
    st.error(message)
for number, orphan in enumerate(orphans):
    values = {**orphan.original, **orphan.values}
    st.markdown(escape_markdown(
        f"{orphan.key} · {orphan.status} by {orphan.reviewer}: {values.get(S.FIGURE_TEXT)} "
        f"{values.get(S.CATEGORY)} · {values.get(S.CLAIMANT)} — {values.get(S.EVIDENCE)}"))
    keep, discard = st.columns(2)
    keep.button("Keep as an added claim", key=f"orphan_keep_{number}", on_click=decide,
                args=(store.keep_orphan, orphan.key))
    discard.button("Discard the review", key=f"orphan_discard_{number}", on_click=decide,
                   args=(store.discard_orphan, orphan.key))
