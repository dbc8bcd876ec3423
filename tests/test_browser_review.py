"""The review page in a real browser (Playwright and Debian's Chromium, as
tests/test_browser.py): confirm, edit, reject and add a claim, then restart the server, then
re-extract and restart again; the reviews are still there. Skips without Chromium."""
from __future__ import annotations

import os
import re
import subprocess
import sys
from contextlib import contextmanager

from lib import schema as S
from lib.store import Store
from tests.test_browser import (REPO, SCREENSHOTS, WAIT_MS, _free_port, _wait_until_healthy,  # noqa: F401
                                browser, open_page, page, playwright_api)


@contextmanager
def server(db_url: str, folder):
    port = _free_port()
    log = (folder / f"streamlit-{port}.log").open("w")
    process = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=REPO, env={**os.environ, "DATABASE_URL": db_url}, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, process, folder / f"streamlit-{port}.log")
        yield url
    finally:
        process.terminate()
        process.wait(timeout=20)
        log.close()


def statuses(db_url: str) -> dict[str, str]:
    store = Store.open(db_url)
    frame = store.claims_frame()
    store.close()
    return dict(zip(frame[S.CLAIM_KEY], frame[S.STATUS]))


def open_review(page, url: str) -> None:
    """The review page of a fresh server. The root first: until app.py has run once, a fresh
    server takes /review for an old-style page of the pages/ folder and runs it without the
    router's sidebar (tests/apptest_pages.py explains the flag)."""
    open_page(page, url)
    open_page(page, f"{url}/review")


def wait_saved(page) -> None:
    page.get_by_test_id("stAlertContentSuccess").filter(has_text="Saved.").wait_for()
    idle(page)


def pick(page, figure: str) -> None:
    """Choose the claim whose figure is written `figure` in the "Claim to review" box."""
    idle(page)
    page.keyboard.press("Escape")
    box = page.get_by_test_id("stMain").get_by_test_id("stSelectbox").filter(has_text="Claim to review")
    box.locator("input").click()
    box.locator("input").fill(figure + " ·")
    page.get_by_role("option").filter(has_text=re.compile(rf"^{re.escape(figure)} ·")).first.click()
    idle(page)


def idle(page) -> None:
    page.wait_for_timeout(300)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached")


def test_reviews_persist_across_restart_and_reextract(page, tmp_path):
    db_url = f"sqlite:///{tmp_path / 'claims.db'}"
    with server(db_url, tmp_path) as url:
        open_review(page, url)
        sidebar = page.get_by_test_id("stSidebar")
        sidebar.get_by_role("textbox", name="Reviewer").fill("Ana")
        sidebar.get_by_role("textbox", name="Reviewer").press("Enter")
        main = page.get_by_test_id("stMain")
        main.get_by_role("button", name="Confirm").click()
        wait_saved(page)
        confirmed = {k for k, v in statuses(db_url).items() if v == "confirmed"}
        assert len(confirmed) == 1

        pick(page, "nearly 1,000")
        main.get_by_role("tab", name="Edit", exact=True).click()
        form = main.get_by_test_id("stForm").filter(has_text="Save the edits")
        claimant = form.get_by_role("textbox", name=S.CLAIMANT, exact=True)
        claimant.fill("Analyst corrected")
        main.get_by_role("button", name="Save the edits").click()
        wait_saved(page)

        pick(page, "around 1,100")
        main.get_by_role("tab", name="Reject", exact=True).click()
        main.get_by_role("textbox", name="Reason").fill("a restated background figure")
        main.get_by_role("button", name="Reject", exact=True).click()
        wait_saved(page)

        main.get_by_role("tab", name="Add a missed claim", exact=True).click()
        claims = Store.open(db_url).claims_frame()
        first = claims[claims[S.FIGURE_TEXT] == "around 1,100"].iloc[0]   # the claim still chosen
        form = main.get_by_test_id("stForm").filter(has_text="Add the claim")
        form.get_by_role("textbox", name=S.FIGURE_TEXT, exact=True).fill(str(first[S.EVIDENCE])[:12])
        main.get_by_role("button", name="Add the claim").click()
        wait_saved(page)

    reviewed = statuses(db_url)
    assert sorted(v for v in reviewed.values() if v != "machine") == ["added", "confirmed", "edited", "rejected"]
    for step in ("restart", "reextract"):
        if step == "reextract":
            Store.open(db_url).reextract()
        with server(db_url, tmp_path) as url:
            open_review(page, url)
            rows = page.get_by_test_id("stMain").get_by_test_id("stDataFrame").first.locator(
                "[role='row']:has([role='gridcell'])")
            playwright_api.expect(rows).to_have_count(sum(v != "rejected" for v in reviewed.values()),
                                                      timeout=WAIT_MS)
            rows = [row.locator("[role='gridcell']").all_text_contents() for row in rows.all()]
            shown = sorted(row[0] for row in rows if row[0] != "machine")
            assert shown == sorted(v for v in reviewed.values() if v not in ("machine", "rejected"))
        assert statuses(db_url) == reviewed
