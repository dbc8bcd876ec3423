"""Hostile text in a real browser: articles whose text, title, outlet and url carry script
tags, event handlers, javascript: links and Markdown or LaTeX, and reviews whose claimant,
go-between, reason, note and reviewer carry the same, shown on every page of the dashboard
(`streamlit run app.py` driven by Playwright and Debian's Chromium, as tests/test_browser.py).

On each page: no dialog opens, no payload runs (each sets window.__xss or calls alert), no
element carries an event handler or a javascript: address from the data, nothing of it is
read as Markdown or LaTeX (no bold, link, image or formula made of it), and the hostile text
shows literally where the page shows that field. Skips without Chromium.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import re
from pathlib import Path
from urllib.parse import urlencode

import pytest
from sqlalchemy import create_engine, update

from lib import schema as S
from lib import store as store_module
from lib.articles import Article
from lib.store import Store
from tests.test_browser import (ROW_PX, SCREENSHOTS, WAIT_MS, browser, open_page,  # noqa: F401
                                playwright_api, table_rows)
from tests.test_browser_review import idle, server

FLAG = "window.__xss=1"
# each runs if a page ever treats the text as HTML, Markdown or LaTeX
TAGS = f"<script>{FLAG}</script> <img src=x onerror={FLAG}> <svg onload={FLAG}> <iframe src=javascript:{FLAG}></iframe>"
MARKS = f"[tap here](javascript:{FLAG}) ![pic](javascript:{FLAG}) **bold** $\\alpha$ :red[red] <b>b</b>"
ALERTS = "<script>alert(1)</script> <img src=x onerror=alert(1)> javascript:alert(1)"
# articles written for this test: a real casualty sentence each, hostile text around it
FERRY_TEXT = ("At least 17 sailors were killed when a ferry capsized off the Varna coast on Monday, "
              f"the coast guard said on Tuesday. {TAGS} {MARKS}\n"
              f"Divers searched the hull through the night. {ALERTS}\n")
FERRY = Article("ferry", FERRY_TEXT, outlet=f"<img src=x onerror={FLAG}> Herald **loud**",
                published=dt.date(2025, 3, 11), url=f"javascript:{FLAG}",
                title=f"<script>{FLAG}</script> Ferry **sinks** $\\alpha$ [x](javascript:{FLAG})")
QUARRY_TEXT = ("Nine quarry workers were injured by a blast near Pleven on Wednesday, "
               f"the mine inspectorate said. {MARKS}\n"
               f"A second blast was reported later. <svg onload=alert(1)> {TAGS}\n")
QUARRY = Article("quarry", QUARRY_TEXT, outlet="[Quarry](javascript:alert(1)) Post $x^2$",
                 published=dt.date(2025, 3, 13), url="javascript:alert(1)",
                 title=f"<img src=x onerror=alert(1)> Quarry **blast** <svg onload={FLAG}>")
CAVE = Article("cave", f"Four cavers were killed by a flood in the gorge, rescuers said. {TAGS}\n",
               outlet="Gorge Gazette", published=dt.date(2025, 3, 12), title="Cave flood")
# what the reviews write (Store.edit, reject, note, add_claim)
REVIEWER = f"<img src=x onerror={FLAG}> Mallory **M**"
CLAIMANT = f"<script>{FLAG}</script> Ministry **of** $\\beta$ [Truth](javascript:{FLAG})"
VIA = f"<svg onload={FLAG}> Agency :blue[wire] ![p](javascript:{FLAG})"
NOTE = "<img src=x onerror=alert(1)> check **this** [link](javascript:alert(1))"
REASON = f"<iframe src=javascript:{FLAG}></iframe> a __double__ count"
ADDED_CLAIMANT = f"<b onmouseover={FLAG}>Port</b> office _italic_"
ORPHAN_NOTE = f"<img src=x onerror={FLAG}> orphaned **note**"


def hostile_store(url: str) -> dict[str, str]:
    """The store at `url` with the hostile articles and their reviews (the dashboard adds
    the seed corpus on its first start); the claim keys by role."""
    store = Store.open(url)
    store.add_article(FERRY)
    store.add_article(QUARRY)
    claims = store.claims_frame()
    ferry = claims[claims[S.FIGURE_TEXT] == "At least 17"].iloc[0]
    quarry = claims[claims[S.FIGURE_TEXT] == "Nine"].iloc[0]
    store.edit(ferry[S.CLAIM_KEY], REVIEWER, {S.CLAIMANT: CLAIMANT, S.CLAIMANT_VIA: VIA})
    store.note(ferry[S.CLAIM_KEY], REVIEWER, NOTE)
    store.reject(quarry[S.CLAIM_KEY], REVIEWER, REASON)
    added = store.add_claim(quarry[S.ARTICLE_ID], REVIEWER, {
        S.FIGURE_TEXT: "A second blast", S.CATEGORY: "total", S.VALUE_BEST: 2,
        S.SUBJECT: "Bulgaria", S.CLAIMANT: ADDED_CLAIMANT})
    # an orphan: a review whose claim the extractor no longer gives (here: its figure moved)
    store.add_article(CAVE)
    claims = store.claims_frame()
    cave = claims[claims[S.FIGURE_TEXT] == "Four"].iloc[0]
    store.edit(cave[S.CLAIM_KEY], REVIEWER, {S.CLAIMANT: CLAIMANT})
    store.note(cave[S.CLAIM_KEY], REVIEWER, ORPHAN_NOTE)
    store.close()
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(update(store_module.claims).where(
            store_module.claims.c[S.ARTICLE_ID] == cave[S.ARTICLE_ID]).values(
            {S.SPAN_START: store_module.claims.c[S.SPAN_START] + 1}))
    engine.dispose()
    return {"ferry": ferry[S.CLAIM_KEY], "quarry": quarry[S.CLAIM_KEY], "added": added.key,
            "orphan": cave[S.CLAIM_KEY]}


# --- what every page must (not) do --------------------------------------------------------

# Any element carrying a handler or an address made of the data, or a script holding it.
DANGEROUS = """() => {
  const found = [];
  for (const element of document.querySelectorAll('*')) {
    for (const attribute of element.attributes) {
      const name = attribute.name.toLowerCase(), value = attribute.value;
      if (name.startsWith('on') && /__xss|alert\\(/.test(value)) found.push(`${element.tagName} ${name}=${value}`);
      if (['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'srcdoc'].includes(name)
          && (/^\\s*javascript:/i.test(value) || /__xss|alert\\(/.test(value)))
        found.push(`${element.tagName} ${name}=${value}`);
    }
    if (element.tagName === 'SCRIPT' && /__xss|alert\\(/.test(element.textContent))
      found.push(`SCRIPT ${element.textContent.slice(0, 60)}`);
  }
  return found;
}"""
# The words the data wraps in Markdown: none may come out bold, italic, struck, linked or an image.
MARKED = """() => Array.from(document.querySelectorAll(
    '[data-testid="stMain"] :is(strong, em, b, i, del, a, img), [data-testid="stSidebar"] :is(strong, em, b, i, del, a, img)'))
  .map(element => (element.textContent || element.getAttribute('alt') || '').trim())"""
MARKED_WORDS = {"bold", "loud", "sinks", "blast", "of", "this", "M", "note", "double", "italic", "tap here", "pic",
                "Truth", "link", "x", "Quarry", "p", "wire", "red", "b", "Port", "typed", "α", "β"}


def assert_inert(page, dialogs: list[str]) -> None:
    """Nothing of the data ran, or became HTML, Markdown or LaTeX, on this page."""
    assert dialogs == []
    assert page.evaluate("window.__xss") is None
    assert page.evaluate(DANGEROUS) == []
    assert page.locator("img[onerror], svg[onload], iframe, [onmouseover]").count() == 0
    assert MARKED_WORDS.isdisjoint(page.evaluate(MARKED))
    assert page.locator(".katex").count() == 0


def grid_cells(frame) -> list[str]:
    """Every cell of a st.dataframe (drawn on a canvas) from its accessible grid."""
    rows = frame.locator("[role='row']:has([role='gridcell'])")
    rows.first.wait_for(state="attached")
    return [cell for row in rows.all() for cell in row.locator("[role='gridcell']").all_text_contents()]


def frame_with(page, text: str):
    """The st.dataframe of the main area with a cell holding exactly `text`."""
    frames = page.get_by_test_id("stMain").get_by_test_id("stDataFrame")
    frames.first.wait_for()
    for number in range(frames.count()):
        if text in grid_cells(frames.nth(number)):
            return frames.nth(number)
    raise AssertionError(f"no table shows {text!r} as a cell")


def click_row(page, key: str, row: int) -> None:
    """Select row `row` (from 0) of the selectable st.dataframe under `key`."""
    grid = page.locator(f".st-key-{key} canvas").first.bounding_box()
    page.mouse.click(grid["x"] + 15, grid["y"] + ROW_PX * (1.5 + row))
    idle(page)


def query(**params) -> str:
    return "?" + urlencode(params)


# --- the pages: what each shows of the data, and where ------------------------------------

def overview(page, keys, folder):
    legend = page.get_by_test_id("stVegaLiteChart").first.get_by_label(re.compile("legend titled 'claimant'"))
    assert CLAIMANT in legend.get_attribute("aria-label")
    point = page.locator("[data-testid='stVegaLiteChart'] g.mark-symbol.role-mark path[aria-label*='Ministry']")
    point.first.hover(force=True)
    tooltip = page.locator("#vg-tooltip-element")
    for shown in (CLAIMANT, VIA, TAGS, MARKS):
        playwright_api.expect(tooltip).to_contain_text(shown, timeout=WAIT_MS)
    assert tooltip.locator("img, svg, script, iframe, a, strong").count() == 0
    assert CLAIMANT in grid_cells(frame_with(page, CLAIMANT))   # the latest figure per claimant


def claims(page, keys, folder):
    assert {CLAIMANT, VIA} <= set(table_rows(page, "claims_table", count=1)[0])
    click_row(page, "claims_table", 0)
    page.get_by_test_id("stMarkdownContainer").filter(has_text="Varna coast").last.wait_for()


def articles(page, keys, folder):
    cells = grid_cells(page.locator(".st-key-articles_table"))
    assert {FERRY.title, FERRY.outlet, QUARRY.title, QUARRY.outlet} <= set(cells)
    newest_first = sorted([QUARRY, FERRY, CAVE], key=lambda a: a.published, reverse=True)
    click_row(page, "articles_table", newest_first.index(FERRY))
    page.get_by_test_id("stMarkdownContainer").filter(has_text="Divers searched").last.wait_for()
    assert CLAIMANT in grid_cells(frame_with(page, CLAIMANT))   # the article's claims


def export(page, keys, folder):
    with page.expect_download() as started:
        page.get_by_role("button", name="Download CSV").click()
    data = Path(started.value.path()).read_bytes().decode("utf-8-sig")
    rows = list(csv.DictReader(io.StringIO(data, newline="")))
    assert [(r[S.CLAIMANT], r[S.CLAIMANT_VIA], r[S.NOTE], r[S.OUTLET], r[S.TITLE]) for r in rows] == [
        (CLAIMANT, VIA, NOTE, FERRY.outlet, FERRY.title)]


def chosen_claim(page) -> str:
    """The label of the claim chosen in the review page's "Claim to review" box."""
    box = page.get_by_test_id("stMain").get_by_test_id("stSelectbox").filter(has_text="Claim to review")
    return box.locator("input").input_value()


def review(page, keys, folder):
    assert CLAIMANT in grid_cells(frame_with(page, CLAIMANT))   # the queue
    page.get_by_test_id("stMarkdownContainer").filter(has_text="Varna coast").last.wait_for()
    assert chosen_claim(page) == f"At least 17 · {FERRY.outlet} · {keys['ferry']}"
    sidebar = page.get_by_test_id("stSidebar")
    sidebar.get_by_role("textbox", name="Reviewer").fill(REVIEWER)
    sidebar.get_by_role("textbox", name="Reviewer").press("Enter")
    idle(page)
    main = page.get_by_test_id("stMain")
    main.get_by_role("tab", name="Add a missed claim", exact=True).click()
    form = main.get_by_test_id("stForm").filter(has_text="Add the claim")
    form.get_by_role("textbox", name=S.FIGURE_TEXT, exact=True).fill(TYPED)
    main.get_by_role("button", name="Add the claim").click()
    idle(page)
    playwright_api.expect(page.get_by_test_id("stAlertContentError")).to_contain_text(
        f"figure_text: {TYPED!r} is not in", timeout=WAIT_MS)   # the message quotes what was typed


def rejected_review(page, keys, folder):
    assert QUARRY.outlet in grid_cells(frame_with(page, QUARRY.outlet))
    page.get_by_test_id("stMarkdownContainer").filter(has_text="Pleven").last.wait_for()
    assert chosen_claim(page) == f"Nine · {QUARRY.outlet} · {keys['quarry']}"


def consolidated(page, keys, folder):
    cells = grid_cells(frame_with(page, CLAIMANT))
    assert {CLAIMANT, ADDED_CLAIMANT} <= set(cells)


def audit(page, keys, folder):
    cells = grid_cells(frame_with(page, REVIEWER))   # the rows in view: the newest changes
    assert {REVIEWER, CLAIMANT, ORPHAN_NOTE} <= set(cells)


def upload(page, keys, folder):
    duplicate = folder / UPLOAD_NAME
    duplicate.write_text(FERRY_TEXT, encoding="utf-8")
    main = page.get_by_test_id("stMain")
    main.get_by_role("textbox", name="Title").fill(QUARRY.title)
    main.get_by_role("textbox", name="Title").press("Enter")
    idle(page)
    page.locator("input[type='file']").set_input_files(str(duplicate))
    main.get_by_role("textbox", name=re.compile("paste an article")).fill(PASTED)
    main.get_by_role("textbox", name=re.compile("paste an article")).press("Control+Enter")
    page.get_by_test_id("stAlertContentWarning").filter(has_text="duplicate of").wait_for()
    assert QUARRY.title in grid_cells(frame_with(page, QUARRY.title))   # the preview's claims


TYPED = f"[typed](javascript:{FLAG}) **typed** $\\gamma$ <img src=x onerror={FLAG}>"   # no such words in the text
UPLOAD_NAME = "[x](javascript:alert(1)) **bold** <img src=x onerror=alert(1)>.txt"
PASTED = QUARRY_TEXT.replace("Nine quarry", "Eleven quarry")

PAGES = [
    # id, address, what the page is made to show, the hostile texts it must show literally
    ("overview", "/" + query(claimant=CLAIMANT), overview, [f"Showing claimant {CLAIMANT}"]),
    ("claims", "/claims" + query(claimant=CLAIMANT), claims,
     [f"claimant {CLAIMANT}", f"At least 17 · {CLAIMANT}", f"{FERRY.outlet}: {FERRY.title}", TAGS, MARKS]),
    ("articles", "/articles", articles,
     [FERRY.title, FERRY.outlet, TAGS, MARKS, ALERTS]),
    ("export", "/export" + query(claimant=CLAIMANT), export, [f"match: claimant {CLAIMANT}"]),
    ("review", "/review" + query(claimant=CLAIMANT), review,
     [TAGS, MARKS, f"Status: edited. {NOTE}"]),
    ("review_of_a_rejected_claim", "/review" + query(claimant=QUARRY.outlet, rejected="true"), rejected_review,
     [MARKS, f"Status: rejected. {REASON}"]),
    ("consolidated", "/consolidated", consolidated, []),
    ("audit", "/audit", audit, [f"edited by {REVIEWER}: Four killed · {CLAIMANT} — Four cavers", TAGS]),
    ("upload", "/upload", upload, [f"{UPLOAD_NAME}: duplicate of", "Preview: 1 new articles"]),
]


@pytest.fixture(scope="module")
def hostile_app(tmp_path_factory, browser):
    """The dashboard on a store of hostile articles and reviews; the claim keys by role."""
    folder = tmp_path_factory.mktemp("hostile")
    url = f"sqlite:///{folder / 'claims.db'}"
    keys = hostile_store(url)
    with server(url, folder) as app:
        warm = browser.new_page()   # the router's first run: see tests/test_browser_review.open_review
        open_page(warm, app)
        warm.close()
        yield app, keys, folder


@pytest.mark.parametrize("path, show, texts", [p[1:] for p in PAGES], ids=[p[0] for p in PAGES])
def test_hostile_text_shows_literally_and_runs_nothing(browser, hostile_app, request, path, show, texts):
    app, keys, folder = hostile_app
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    page.set_default_timeout(WAIT_MS)
    dialogs: list[str] = []
    page.on("dialog", lambda dialog: (dialogs.append(dialog.message), dialog.dismiss()))
    try:
        open_page(page, app + path)
        show(page, keys, folder)
        main = page.get_by_test_id("stMain")
        for text in texts:
            playwright_api.expect(main).to_contain_text(text, timeout=WAIT_MS)
        assert_inert(page, dialogs)
    finally:
        SCREENSHOTS.mkdir(exist_ok=True)
        page.screenshot(path=str(SCREENSHOTS / f"{request.node.name}.png"), full_page=True)
        context.close()
