"""The dashboard in a real browser: `streamlit run app.py` driven by Playwright and Debian's
Chromium, doing what an analyst does. Each test saves a screenshot in tests/screenshots/
(git-ignored). Without /usr/bin/chromium or the playwright package the tests skip; CI
installs both (.ci/run), so they run there.
"""
from __future__ import annotations

import csv
import io
import os
import re
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from lib import filters as F
from lib import schema as S
from tests.dashboard_helpers import JCS, NIS, US_OFFICIAL

REPO = Path(__file__).resolve().parent.parent
SCREENSHOTS = REPO / "tests" / "screenshots"
CHROMIUM = Path("/usr/bin/chromium")
CHROMIUM_ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]
START_TIMEOUT_S = 90
WAIT_MS = 30_000
# An article written for this test: one figure, one claimant the gazetteer does not know.
UPLOADED = ("Forty-two fishermen were killed when a storm struck the Varna coast on Monday, "
            "the regional coast guard said on Tuesday.\n"
            "Rescue boats searched the bay through the night.\n")
UPLOAD_OUTLET, UPLOAD_PUBLISHED = "Coastal Courier", "20250305"
ROW_PX = 35   # a st.dataframe row's height, and its header's

playwright_api = pytest.importorskip("playwright.sync_api", reason="the playwright package is not installed")
if not CHROMIUM.exists():
    pytest.skip(f"no Chromium at {CHROMIUM} (apt-get install chromium)", allow_module_level=True)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@pytest.fixture(scope="module")
def app_url(tmp_path_factory):
    """A dashboard on a free local port over a fresh SQLite store (seeded on first start)."""
    folder = tmp_path_factory.mktemp("browser")
    port = _free_port()
    env = {**os.environ, "DATABASE_URL": f"sqlite:///{folder / 'claims.db'}"}
    log = (folder / "streamlit.log").open("w")
    server = subprocess.Popen(
        [sys.executable, "-m", "streamlit", "run", "app.py", "--server.headless", "true",
         "--server.port", str(port), "--server.address", "127.0.0.1",
         "--browser.gatherUsageStats", "false", "--server.fileWatcherType", "none"],
        cwd=REPO, env=env, stdout=log, stderr=subprocess.STDOUT)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_until_healthy(url, server, folder / "streamlit.log")
        yield url
    finally:
        server.terminate()
        try:
            server.wait(timeout=20)
        except subprocess.TimeoutExpired:
            server.kill()
        log.close()


def _wait_until_healthy(url: str, server: subprocess.Popen, log: Path) -> None:
    deadline = time.monotonic() + START_TIMEOUT_S
    while time.monotonic() < deadline:
        if server.poll() is not None:
            pytest.fail(f"streamlit exited with {server.returncode}:\n{log.read_text()}")
        try:
            with urllib.request.urlopen(f"{url}/_stcore/health", timeout=2) as answer:
                if answer.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"streamlit did not answer within {START_TIMEOUT_S} s:\n{log.read_text()}")


@pytest.fixture(scope="module")
def browser():
    with playwright_api.sync_playwright() as playwright:
        chromium = playwright.chromium.launch(executable_path=str(CHROMIUM), args=CHROMIUM_ARGS)
        yield chromium
        chromium.close()


@pytest.fixture
def page(browser, request):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    tab = context.new_page()
    tab.set_default_timeout(WAIT_MS)
    yield tab
    SCREENSHOTS.mkdir(exist_ok=True)
    tab.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
    context.close()


def open_page(page, url: str):
    page.goto(url)
    page.wait_for_selector("[data-testid='stApp'][data-test-script-state='notRunning']", state="attached")
    page.get_by_test_id("stMainBlockContainer").locator("h1").first.wait_for()


def table_rows(page, key: str, count: int | None = None) -> list[list[str]]:
    """The cells of a st.dataframe, row by row, from its accessible grid (once it has
    `count` rows, when given)."""
    rows = page.locator(f".st-key-{key} [role='row']:has([role='gridcell'])")
    if count is not None:
        playwright_api.expect(rows).to_have_count(count, timeout=WAIT_MS)
    return [row.locator("[role='gridcell']").all_text_contents() for row in rows.all()]


def choose(page, label: str, option: str):
    """Pick an option in the sidebar multiselect labelled `label`."""
    box = page.get_by_test_id("stSidebar").get_by_test_id("stMultiSelect").filter(has_text=label)
    box.locator("input").click()
    page.get_by_role("option", name=option, exact=True).click()
    page.keyboard.press("Escape")


def test_overview_draws_the_chart_of_the_seed_claims(page, app_url):
    open_page(page, app_url)
    marks = page.locator("[data-testid='stVegaLiteChart'] svg g.mark-symbol.role-mark path")
    marks.first.wait_for()
    assert page.get_by_test_id("stVegaLiteChart").count() == 3   # killed, injured, total
    # four claims (the restated NIS figure once) and the arrowheads of its two open bounds
    assert marks.count() == 6
    legend = page.get_by_test_id("stVegaLiteChart").first.get_by_label(re.compile("legend titled 'claimant'"))
    assert all(claimant in legend.get_attribute("aria-label") for claimant in (NIS, JCS, US_OFFICIAL))


def test_a_filter_updates_the_url_and_the_table(page, app_url, browser):
    open_page(page, f"{app_url}/claims")
    assert len(table_rows(page, "claims_table", count=5)) == 5
    choose(page, "Claimant", JCS)
    page.wait_for_url(re.compile(rf"[?&]{F.CLAIMANT_KEY}=South\+Korea\+JCS"))
    assert [row[0] for row in table_rows(page, "claims_table", count=1)] == ["around 1,100"]

    shared = browser.new_page()   # the copied link, opened afresh
    try:
        open_page(shared, page.url)
        assert [row[0] for row in table_rows(shared, "claims_table", count=1)] == ["around 1,100"]
    finally:
        shared.close()


def test_the_csv_download_parses_and_matches_the_table(page, app_url):
    query = f"?{F.CATEGORY_KEY}=killed&{F.CATEGORY_KEY}=total"
    open_page(page, f"{app_url}/claims{query}")
    table = table_rows(page, "claims_table", count=4)
    open_page(page, f"{app_url}/export{query}")
    with page.expect_download() as started:
        page.get_by_role("button", name="Download CSV").click()
    download = started.value
    data = Path(download.path()).read_bytes()
    assert download.suggested_filename == "claims_category-killed_category-total.csv"
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))
    assert [row[S.FIGURE_TEXT] for row in rows] == [row[0] for row in table]
    assert [row[S.CLAIMANT] for row in rows] == [row[5] for row in table]
    assert len(rows) == 4


def test_selecting_a_claim_shows_its_passage_highlighted(page, app_url):
    open_page(page, f"{app_url}/claims")
    assert table_rows(page, "claims_table", count=5)[0][0] == "around 1,100"
    grid = page.locator(".st-key-claims_table canvas").first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + ROW_PX * 1.5)   # the first row's selection box
    page.get_by_test_id("stMarkdownContainer").filter(has_text="Through various sources").wait_for()
    highlighted = page.locator("[data-testid='stMarkdownContainer'] strong", has_text="1,100")
    assert highlighted.count() == 1


def test_an_uploaded_txt_article_appears_on_the_overview(page, app_url, tmp_path):
    open_page(page, app_url)
    claims_before = int(page.get_by_test_id("stMetricValue").first.inner_text().replace(",", ""))
    article = tmp_path / "storm.txt"
    article.write_text(UPLOADED, encoding="utf-8")
    open_page(page, f"{app_url}/upload")
    form = page.get_by_test_id("stMain")
    form.get_by_role("textbox", name="Outlet").fill(UPLOAD_OUTLET)
    form.get_by_role("textbox", name="Outlet").press("Enter")
    form.get_by_role("spinbutton", name="year, Published").click()
    page.keyboard.type(UPLOAD_PUBLISHED)   # the year, month and day fields take their digits in turn
    page.keyboard.press("Tab")
    page.locator("input[type='file']").set_input_files(str(article))
    page.get_by_role("button", name=re.compile(r"Add 1 articles?")).click()
    page.get_by_text("1 added").wait_for()

    open_page(page, app_url)
    page.get_by_test_id("stMetricValue").first.filter(has_text=str(claims_before + 1)).wait_for()
    killed = page.get_by_test_id("stVegaLiteChart").first
    killed.locator("svg g.mark-symbol.role-mark path").first.wait_for()
    legend = killed.get_by_label(re.compile("legend titled 'claimant'")).get_attribute("aria-label")
    assert "regional coast guard" in legend   # the claimant the article names, unknown to the gazetteer
    latest = page.get_by_test_id("stDataFrame").last   # the latest figure per claimant
    playwright_api.expect(latest).to_contain_text("Forty-two", timeout=WAIT_MS)
