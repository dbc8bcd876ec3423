"""Cached steps for the Streamlit pages: the one lib module that imports streamlit.

Only expensive pure steps are cached, keyed on their inputs' content and bounded; nothing
one user uploads is kept here."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.dashboard import Prepared, View, prepare, view
from lib.filters import Filters
from lib.store import Store, database_url


def get_store() -> Store:
    """The article store of this server ($DATABASE_URL, else data/claims.db), seeded on
    first start. One per database URL, shared by every session."""
    return _open_store(database_url())


@st.cache_resource(max_entries=4, show_spinner="Opening the article store…")
def _open_store(url: str) -> Store:
    store = Store.open(url)
    store.ensure_seeded()
    return store


def claims_for(store: Store) -> pd.DataFrame:
    """The stored claims table (Store.claims_frame), read again only when the store changes."""
    return _stored_claims(store.url, store.version())


def articles_for(store: Store) -> pd.DataFrame:
    """The stored articles (Store.articles_frame), read again only when the store changes."""
    return _stored_articles(store.url, store.version())


@st.cache_data(max_entries=4, show_spinner="Reading the claims…")
def _stored_claims(url: str, version: str) -> pd.DataFrame:
    return _open_store(url).claims_frame()


@st.cache_data(max_entries=4, show_spinner="Reading the articles…")
def _stored_articles(url: str, version: str) -> pd.DataFrame:
    return _open_store(url).articles_frame()


def prepared() -> Prepared:
    """The store's claims grouped into claims and indexed for filtering (lib.dashboard),
    rebuilt only when the store changes."""
    store = get_store()
    return _prepared(store.url, store.version())


def current_view() -> View:
    """The data under the sidebar's filters (their widgets' values in session state)."""
    return view(prepared(), Filters.from_state(st.session_state))


# cache_resource, not cache_data: cache_data would hand every rerun its own copy of a
# 100,000-row table, which costs more than the filtering. Nothing here modifies it.
@st.cache_resource(max_entries=4, show_spinner="Grouping the claims…")
def _prepared(url: str, version: str) -> Prepared:
    return prepare(_open_store(url).claims_frame())
