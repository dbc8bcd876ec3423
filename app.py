"""The dashboard's router: page config and the pages, listed explicitly."""
import streamlit as st

st.set_page_config(page_title="Casualty claims", page_icon="📊", layout="wide")

pages = [
    st.Page("pages/claims.py", title="Claims", icon="📋", default=True),
]
st.navigation(pages).run()
