"""Export: the filtered claims as CSV (Excel-ready) and as JSON, every row, named after the filter."""
import streamlit as st

from lib.dashboard import counted
from lib.export import COLUMNS, csv_bytes, file_name, json_bytes
from lib.passages import escape_markdown
from lib.ui import current_view

st.title("Export")
data = current_view()
st.markdown(escape_markdown(
    f"{counted(len(data.rows), 'row')} ({counted(len(data.selection.claims), 'distinct claim')} "
    f"from {counted(data.articles, 'article')}) match: {data.filters.describe()}."))
st.caption("One row per claim per article, as on the Claims page, and every row is written. "
           "The CSV opens cleanly in Excel (UTF-8 with a byte-order mark); a cell that a "
           "spreadsheet would run as a formula starts with an apostrophe. The JSON keeps every "
           "value exactly as stored: no spreadsheet runs it.")
csv_side, json_side = st.columns(2)
# The bytes are built when a button is pressed, not on every rerun of the page.
csv_side.download_button(
    "Download CSV", data=lambda: csv_bytes(data.mentions), file_name=file_name(data.filters, "csv"),
    mime="text/csv", key="download_csv", on_click="ignore", icon=":material/download:")
json_side.download_button(
    "Download JSON", data=lambda: json_bytes(data.mentions), file_name=file_name(data.filters, "json"),
    mime="application/json", key="download_json", on_click="ignore", icon=":material/download:")
st.caption(escape_markdown("Columns: " + ", ".join(COLUMNS)))
