"""Cached steps for the Streamlit pages: the one lib module that imports streamlit.

Only expensive pure steps are cached, keyed on their inputs' content and bounded; nothing
one user uploads is kept here."""
from __future__ import annotations

import pandas as pd
import streamlit as st

from lib.dashboard import Prepared, View, prepare, view
from lib.filters import Filters
from lib.passages import escape_markdown
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


REEXTRACTED_KEY = "reextracted"   # session state: what the last "Read them again" did


def outdated_notice(store: Store) -> None:
    """A warning, with a button that reads them again, when an earlier version of the
    extractor read some stored articles (after an upgrade): their claims may be stale.
    Reviews are kept (Store.reextract)."""
    done = st.session_state.pop(REEXTRACTED_KEY, None)
    if done:
        st.success(escape_markdown(done))   # it names articles by their ids, which uploads set
    count = _outdated(store.url, store.version())
    if not count:
        return
    st.warning(f"Articles read by an earlier version of the extractor: {count:,}. Their claims "
               "may differ from what it finds now; reading them again keeps your reviews.")
    if st.button("Read them again", key="reextract_outdated"):
        with st.spinner(f"Reading {count:,} articles again…"):
            result = store.reextract(outdated_only=True)
        failures = "".join(f" {article_id} failed ({reason}) and keeps its earlier claims."
                           for article_id, reason in result.failed)
        st.session_state[REEXTRACTED_KEY] = (
            f"Articles read again: {result.articles:,}. Claims before: {result.claims_before:,}; "
            f"now: {result.claims_after:,}.{failures}")
        st.rerun()


@st.cache_data(max_entries=4, show_spinner=False)
def _outdated(url: str, version: str) -> int:
    return _open_store(url).outdated()


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


REVIEWER_KEY = "reviewer"   # the sidebar's Reviewer field (app.py)


def reviewer_name() -> str:
    """Who is reviewing: the signed-in user where Streamlit login is configured, else the
    name typed in the sidebar ("" when neither)."""
    try:
        if st.user.is_logged_in:
            return str(st.user.get("name") or st.user.get("email") or "")
    except (AttributeError, KeyError, Exception):   # no login configured (secrets absent)
        pass
    return str(st.session_state.get(REVIEWER_KEY) or "").strip()


def consolidated_for(store: Store) -> pd.DataFrame:
    """The consolidated claims (lib.citations.consolidate), rebuilt only when the store changes."""
    return _consolidated(store.url, store.version())


@st.cache_data(max_entries=4, show_spinner="Consolidating the claims…")
def _consolidated(url: str, version: str) -> pd.DataFrame:
    from lib.citations import consolidate

    store = _open_store(url)
    return consolidate(store.claims_frame(), store.published_dates())


def claim_fields_form(claim: pd.Series, key: str) -> None:
    """The editable fields of `claim` as inputs, each under f"{key}_{field}" (inside a form);
    `form_values(key)` reads them back as text for lib.review.validate_changes."""
    from lib import schema as S
    from lib.review import CHOICES

    left, right = st.columns(2)
    for number, name in enumerate(S.EDITABLE):
        column = left if number % 2 == 0 else right
        value = claim.get(name)
        if name in CHOICES:
            options = list(CHOICES[name])
            column.selectbox(name, options, key=f"{key}_{name}",
                             index=options.index(value) if value in options else 0)
        elif name == S.RESTATED:
            column.checkbox(name, value=bool(value) if not pd.isna(value) else False, key=f"{key}_{name}")
        else:
            shown = "" if value is None or pd.isna(value) else (
                value.strftime("%Y-%m-%d") if hasattr(value, "strftime") else str(value))
            column.text_input(name, value=shown, key=f"{key}_{name}")


def form_values(key: str) -> dict:
    from lib import schema as S

    return {name: st.session_state.get(f"{key}_{name}") for name in S.EDITABLE
            if f"{key}_{name}" in st.session_state}
