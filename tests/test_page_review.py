"""AppTest of the review page on the seed corpus: confirm, edit, reject and add a claim,
each still there after a restart of the app and after `reextract`; the audit trail page
lists the changes and the consolidated page shows grades."""
from __future__ import annotations

from pathlib import Path

import pytest
import streamlit as st
from streamlit.testing.v1 import AppTest

from lib import schema as S
from lib.store import Store

APP = str(Path(__file__).resolve().parent.parent / "app.py")


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def restart() -> None:
    """What a new server process starts from: no cached store, frames or views."""
    st.cache_resource.clear()
    st.cache_data.clear()


def review_page(reviewer: str = "Ana") -> AppTest:
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page("pages/review.py").run()
    app.text_input(key="reviewer").set_value(reviewer).run()
    assert not app.exception, app.exception
    return app


def pick(app: AppTest, key: str) -> AppTest:
    app.selectbox(key="review_claim").set_value(key).run()
    return app


def press(app: AppTest, label: str) -> AppTest:
    next(button for button in app.button if button.label == label).click().run()
    assert not app.exception, app.exception
    assert not app.error, [e.value for e in app.error]
    return app


def statuses(url: str) -> dict[str, str]:
    store = Store.open(url)
    frame = store.claims_frame()
    store.close()
    return dict(zip(frame[S.CLAIM_KEY], frame[S.STATUS]))


def test_confirm_edit_reject_add_persist_across_restart_and_reextract(db_url):
    app = review_page()
    keys = list(Store.open(db_url).claims_frame()[S.CLAIM_KEY])
    confirmed, edited, rejected = keys[:3]

    press(pick(app, confirmed), "Confirm")
    pick(app, edited).text_input(key=f"edit_{edited}_{S.CLAIMANT}").set_value("Analyst corrected")
    press(app, "Save the edits")
    pick(app, rejected).text_input(key="reject_reason").set_value("a force size, not casualties")
    press(app, "Reject")
    article_id, figure = Store.open(db_url).claims_frame().iloc[0][[S.ARTICLE_ID, S.FIGURE_TEXT]]
    pick(app, keys[0])
    app.text_input(key="add_figure_text").set_value(figure)
    app.selectbox(key=f"add_{S.CATEGORY}").set_value("missing")
    press(app, "Add the claim")

    expected = {confirmed: "confirmed", edited: "edited", rejected: "rejected"}
    for _ in ("restart", "reextract"):
        restart()
        found = statuses(db_url)
        assert {k: found[k] for k in expected} == expected
        assert [k for k, v in found.items() if v == "added"] == [
            k for k in found if k.startswith(f"{article_id}:") and k.endswith(":missing")]
        app = review_page()
        queue = app.dataframe[0].value
        shown = dict(zip(queue[S.CLAIMANT], queue[S.STATUS]))
        assert shown["Analyst corrected"] == "edited" and "confirmed" in shown.values()
        assert rejected not in app.selectbox(key="review_claim").options   # hidden unless asked
        Store.open(db_url).reextract()


def test_reviewing_without_a_name_is_refused_with_the_reason(db_url):
    app = review_page(reviewer="")
    assert app.warning
    next(button for button in app.button if button.label == "Confirm").click().run()
    assert "reviewer" in app.error[0].value
    assert set(statuses(db_url).values()) == {"machine"}


def test_the_audit_page_lists_changes_and_the_consolidated_page_grades(db_url):
    app = review_page()
    press(app, "Confirm")
    app.switch_page("pages/audit.py").run()
    assert not app.exception
    trail = app.dataframe[0].value
    assert list(trail[S.FIELD]) == [S.STATUS] and list(trail[S.REVIEWER]) == ["Ana"]
    app.switch_page("pages/consolidated.py").run()
    assert not app.exception
    table = app.dataframe[0].value
    assert len(table) and table[S.GRADE].notna().all()
