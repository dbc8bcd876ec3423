"""The dashboard's router: page config, the filters every page shares, and the pages.

Each filter widget is bound to a URL query parameter named by its key, so a copied link
opens the same view; the pages read the filters back from session state (lib.filters).
"""
import datetime as dt

import streamlit as st

from lib import filters as F
from lib import schema as S
from lib.ui import REVIEWER_KEY, prepared

st.set_page_config(page_title="Casualty claims", page_icon=":material/monitoring:", layout="wide")

EARLIEST, LATEST = dt.date(1900, 1, 1), dt.date(2100, 12, 31)
URL = "query-params"

choices = prepared().index
with st.sidebar:
    st.header("Filters")
    st.multiselect("Subject", choices.options(S.SUBJECT), key=F.SUBJECT_KEY, bind=URL)
    st.multiselect("Category", S.CATEGORIES, key=F.CATEGORY_KEY, bind=URL)
    st.multiselect("Claimant", choices.options(S.CLAIMANT), key=F.CLAIMANT_KEY, bind=URL)
    st.multiselect("Outlet", choices.options(S.OUTLET), key=F.OUTLET_KEY, bind=URL)
    st.date_input("Claimed from", value=None, min_value=EARLIEST, max_value=LATEST,
                  key=F.DATE_FROM_KEY, bind=URL)
    st.date_input("Claimed until", value=None, min_value=EARLIEST, max_value=LATEST,
                  key=F.DATE_TO_KEY, bind=URL)
    st.multiselect("Qualifier", S.QUALIFIERS, key=F.QUALIFIER_KEY, bind=URL)
    st.toggle("Include restated claims", value=True, key=F.RESTATED_KEY, bind=URL)
    st.toggle("Include projections", value=True, key=F.PROJECTED_KEY, bind=URL)
    st.text_input("Search the evidence", key=F.SEARCH_KEY, bind=URL,
                  placeholder="words in the claim's sentence")
    st.toggle("Include rejected claims", value=False, key=F.REJECTED_KEY, bind=URL)
    st.text_input("Reviewer", key=REVIEWER_KEY, placeholder="your name, for the audit trail",
                  help="Recorded with each review; the signed-in user where login is configured.")

pages = [
    st.Page("pages/overview.py", title="Overview", icon=":material/monitoring:", default=True),
    st.Page("pages/claims.py", title="Claims", icon=":material/table_rows:"),
    st.Page("pages/articles.py", title="Articles", icon=":material/article:"),
    st.Page("pages/export.py", title="Export", icon=":material/download:"),
    st.Page("pages/review.py", title="Review", icon=":material/fact_check:"),
    st.Page("pages/consolidated.py", title="Consolidated", icon=":material/join:"),
    st.Page("pages/audit.py", title="Audit trail", icon=":material/history:"),
    st.Page("pages/upload.py", title="Add articles", icon=":material/upload_file:"),
]
st.navigation(pages).run()
