"""Upload: add articles to the store from files or pasted text, see the claims they bring,
then one line per item, exactly as `python -m lib ingest` prints them.

The uploader takes any file: lib/documents.py refuses what it cannot read, each file with
its own line (Streamlit's own type check would refuse the whole selection, naming no file).
The lines carry untrusted names and contents, so they are shown as escaped Markdown."""
import streamlit as st

from lib import schema as S
from lib.documents import SUPPORTED
from lib.ingest import ingest_uploads, preview_uploads, results_frame, summary
from lib.passages import escape_markdown
from lib.ui import get_store

RESULTS = "upload_results"   # session state: the last batch's results, shown until the next one

st.title("Add articles")
store = get_store()
files = st.file_uploader("Article files", accept_multiple_files=True, key="upload_files",
                         help="Text, Markdown, HTML, JSON, JSON Lines, CSV (a text column) or a zip of them: "
                              + " ".join(SUPPORTED))
pasted = st.text_area("…or paste an article's text", key="upload_pasted", height=150)
with st.expander("Metadata for items that carry none", expanded=True):
    left, right = st.columns(2)
    metadata = {"outlet": left.text_input("Outlet", key="upload_outlet"),
                "published": right.date_input("Published", value=None, key="upload_published"),
                "url": left.text_input("URL", key="upload_url"),
                "title": right.text_input("Title", key="upload_title")}

uploads = [(file.name, file.getvalue()) for file in files or []]
if uploads or pasted.strip():
    with st.spinner("Reading and extracting…"):
        preview = preview_uploads(store, uploads, pasted, metadata)
    st.subheader(f"Preview: {len(preview.articles)} new articles, {len(preview.claims)} claims")
    for item in preview.skipped:
        st.warning(escape_markdown(item.line()))
    st.dataframe(
        preview.claims[[S.TITLE, S.FIGURE_TEXT, S.CATEGORY, S.SUBJECT, S.CLAIMANT, S.CLAIM_DATE, S.EVIDENCE]],
        hide_index=True,
        column_config={S.CLAIM_DATE: st.column_config.DateColumn("date"),
                       S.FIGURE_TEXT: st.column_config.TextColumn("figure as stated"),
                       S.EVIDENCE: st.column_config.TextColumn("evidence", width="large")},
    )
    if st.button(f"Add {len(preview.articles)} articles", type="primary", disabled=not preview.articles,
                 key="upload_add"):
        st.session_state[RESULTS] = ingest_uploads(store, uploads, pasted, metadata)
else:
    st.info("Choose files or paste a text to see the claims they would add.")

if st.session_state.get(RESULTS):
    st.subheader("Result")
    st.success(summary(st.session_state[RESULTS]))
    st.dataframe(results_frame(st.session_state[RESULTS]), hide_index=True)
