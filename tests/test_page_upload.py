"""AppTest: the upload page previews the claims of uploaded files and pasted text, stores
them on request, and shows the same lines as `python -m lib ingest`."""
from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys

import pytest
from streamlit.testing.v1 import AppTest

from lib import schema as S
from lib.articles import Article
from lib.ingest import RESULT_LINE
from lib.passages import escape_markdown
from lib.store import Store
from lib.ui import claims_for
from tests.store_helpers import HARBOUR, REPO, TUNNEL, VALLEY

APP = str(REPO / "app.py")
PAGE = "pages/upload.py"
FEED = (json.dumps({"text": TUNNEL, "outlet": "Mining Weekly", "published": "2024-08-02"}) + "\n"
        + "{not json\n").encode()


@pytest.fixture
def db_url(tmp_path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'claims.db'}"
    monkeypatch.setenv("DATABASE_URL", url)   # lib.ui.get_store opens this, never data/claims.db
    return url


@pytest.fixture
def page(db_url):
    app = AppTest.from_file(APP, default_timeout=60)
    app.run()
    app.switch_page(PAGE).run()
    assert not app.exception
    return app


def stored(db_url):
    store = Store.open(db_url)
    try:
        return store.articles_frame()
    finally:
        store.close()


def result_lines(page) -> list[str]:
    return list(page.dataframe[-1].value[RESULT_LINE])


def test_the_page_opens_on_the_seeded_store_and_asks_for_articles(page, db_url):
    assert "Choose files or paste" in page.info[0].value
    assert len(stored(db_url)) == 2           # the seed corpus, stored on first start


def test_pasted_text_is_previewed_then_added_with_the_forms_metadata(page, db_url):
    page.text_area(key="upload_pasted").input(HARBOUR)
    page.text_input(key="upload_outlet").input("Quay Courier")
    page.date_input(key="upload_published").set_value(dt.date(2024, 10, 1))
    page.run()
    preview = page.dataframe[0].value
    assert list(preview[S.FIGURE_TEXT]) == ["At least 14"]
    assert len(stored(db_url)) == 2           # previewing stores nothing
    page.button(key="upload_add").click().run()
    assert not page.exception
    assert result_lines(page)[0].startswith("pasted text: added (1 claim)")
    article = stored(db_url).iloc[-1]
    assert (article[S.OUTLET], article[S.PUBLISHED]) == ("Quay Courier", dt.datetime(2024, 10, 1))


def test_several_files_give_the_command_lines_lines(page, db_url, tmp_path):
    files = [("valley.txt", VALLEY.encode("utf-16")), ("feed.jsonl", FEED)]
    page.file_uploader(key="upload_files").set_value([(name, data, "text/plain") for name, data in files])
    page.run()
    assert [w.value for w in page.warning] == [escape_markdown("feed.jsonl:2: rejected: invalid JSON: Expecting "
                                                               "property name enclosed in double quotes (column 2)")]
    page.button(key="upload_add").click().run()
    for name, data in files:
        (tmp_path / name).write_bytes(data)
    cli = subprocess.run([sys.executable, "-m", "lib", "ingest", *(name for name, _ in files),
                          "--db", str(tmp_path / "cli.db")], cwd=tmp_path, capture_output=True, text=True,
                         env={**os.environ, "PYTHONPATH": str(REPO)})
    assert result_lines(page) == cli.stdout.splitlines()[:-1]   # all but the summary
    assert "Mining Weekly" in set(stored(db_url)[S.OUTLET])      # a record's own outlet is kept


def test_adding_again_reports_duplicates(page):
    page.text_area(key="upload_pasted").input(VALLEY).run()
    page.button(key="upload_add").click().run()
    page.run()
    assert page.warning[0].value.startswith(escape_markdown("pasted text: duplicate of "))
    assert page.button(key="upload_add").disabled


def test_only_rejected_files_leave_nothing_to_add(page):
    page.file_uploader(key="upload_files").set_value(("blank.txt", b"   \n", "text/plain")).run()
    assert [w.value for w in page.warning] == [escape_markdown("blank.txt: rejected: empty file")]
    assert page.button(key="upload_add").disabled


def test_stored_claims_reach_the_cached_frame_at_once(db_url):
    store = Store.open(db_url)
    before = len(claims_for(store))
    store.add_article(Article("t", TUNNEL))
    assert len(claims_for(store)) == before + 1
    store.close()


def test_the_servers_upload_cap_lies_above_the_file_limit_so_our_reason_is_shown():
    """Streamlit refuses files over server.maxUploadSize itself; ours (10 MB) must come first."""
    import tomllib

    from lib.documents import DEFAULT_LIMITS, MB
    from tests.store_helpers import REPO

    config = tomllib.loads((REPO / ".streamlit" / "config.toml").read_text())
    assert DEFAULT_LIMITS.max_file_bytes / MB < config["server"]["maxUploadSize"] <= 50
