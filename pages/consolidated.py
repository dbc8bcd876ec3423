"""Consolidated claims: each claim once across articles, with its citations, source grade and
consistency flags; filterable by grade and flag, downloadable as CSV."""
import streamlit as st

from lib import schema as S
from lib.dashboard import counted
from lib.export import table_csv_bytes
from lib.grading import GRADES, select_consolidated
from lib.passages import escape_markdown
from lib.ui import consolidated_for, current_view, get_store

st.title("Consolidated claims")
data = current_view()
grades = st.multiselect("Grade", GRADES, key="grade")
flagged = st.toggle("Only claims with a consistency flag", key="flagged")
# the sidebar's filters: a claim stays when one of its kept mentions cites it
table = select_consolidated(consolidated_for(get_store()), data.mentions[S.ARTICLE_ID], grades, flagged)
st.caption(escape_markdown(f"{counted(len(table), 'claim')} from {counted(len(data.rows), 'mention')}: "
                           f"{data.filters.describe()}. Grades and flags are defined in the README."))
st.dataframe(table.drop(columns=[S.ARTICLES]), hide_index=True, key="consolidated_table", column_config={
    S.CLAIM_DATE: st.column_config.DateColumn("date"),
    S.FIRST_SEEN: st.column_config.DateColumn("first seen"),
    S.LAST_SEEN: st.column_config.DateColumn("last seen"),
    S.CORROBORATION: st.column_config.NumberColumn("outlets"),
    S.EVIDENCE: st.column_config.TextColumn("evidence", width="large"),
})
st.download_button("Download CSV", data=lambda: table_csv_bytes(table), file_name="claims_consolidated.csv",
                   mime="text/csv", key="download_consolidated", on_click="ignore", icon=":material/download:")
