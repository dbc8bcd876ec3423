"""AppTest: after an upgrade of the extractor, the overview and articles pages say how many
stored articles an earlier version read, and one click reads them again."""
from __future__ import annotations

import pytest
from sqlalchemy import delete, update
from streamlit.testing.v1 import AppTest

from lib import schema as S
from lib import store as store_module
from lib.passages import escape_markdown
from lib.store import Store
from tests.store_helpers import REPO

APP = str(REPO / "app.py")


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    monkeypatch.setenv("DATABASE_URL", url)
    return url


def read_by_an_earlier_extractor(db_url: str) -> tuple[Store, int]:
    """The seeded store, with its first article as an earlier extractor left it: no claims.
    Returns the store and how many claims the current extractor finds in that article."""
    store = Store.open(db_url)
    store.ensure_seeded()
    first = store.articles_frame()[S.ARTICLE_ID].iloc[0]
    claims = int((store.claims_frame()[S.ARTICLE_ID] == first).sum())

    def downgrade(conn):
        conn.execute(delete(store_module.claims).where(store_module.claims.c[S.ARTICLE_ID] == first))
        conn.execute(update(store_module.articles).where(store_module.articles.c[S.ARTICLE_ID] == first)
                     .values({store_module.EXTRACTED_WITH: "earlier"}))
    store._write(downgrade)
    return store, claims


@pytest.mark.parametrize("page", ["pages/overview.py", "pages/articles.py"])
def test_outdated_articles_are_announced_and_read_again_on_request(db_url, page):
    store, claims = read_by_an_earlier_extractor(db_url)
    total = len(store.claims_frame())
    assert claims > 0
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page(page).run()
    assert not app.exception
    assert [w.value for w in app.warning] == [
        "Articles read by an earlier version of the extractor: 1. Their claims may differ from "
        "what it finds now; reading them again keeps your reviews."]
    app.button(key="reextract_outdated").click().run()
    assert not app.exception and not app.warning
    assert [s.value for s in app.success] == [
        escape_markdown(f"Articles read again: 1. Claims before: 0; now: {claims}.")]
    assert store.outdated() == 0 and len(store.claims_frame()) == total + claims


def test_an_up_to_date_store_shows_no_notice(db_url):
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    assert not app.exception and not app.warning and not app.button
