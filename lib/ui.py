"""Cached steps for the Streamlit pages: the one lib module that imports streamlit.

Only expensive pure steps are cached, keyed on their inputs' content and bounded; nothing
one user uploads is kept here."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.corpus import read_seed_corpus
from lib.extract import extract_corpus


@st.cache_data(max_entries=4, show_spinner="Reading the seed corpus…")
def seed_claims() -> pd.DataFrame:
    result = read_seed_corpus()
    return extract_corpus(result.articles)
