"""AppTest over app.py on the seed corpus: every page runs, every filter changes the claims
table, the filters round-trip through the URL, and the overview counts each claim once."""
from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pandas as pd
import pytest
from streamlit import dataframe_util
from streamlit.testing.v1 import AppTest

from lib import filters as F
from lib import schema as S
from lib.passages import HIGHLIGHT
from tests.dashboard_helpers import JCS, NIS, US_OFFICIAL, cases

APP = str(Path(__file__).resolve().parent.parent / "app.py")
PAGES = ["pages/overview.py", "pages/claims.py", "pages/articles.py", "pages/export.py"]


@pytest.fixture(scope="module")
def db_url(tmp_path_factory):
    """One seeded SQLite store for this module's apps (the first run seeds it)."""
    return f"sqlite:///{tmp_path_factory.mktemp('store') / 'claims.db'}"


@pytest.fixture
def app(db_url, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", db_url)
    return AppTest.from_file(APP, default_timeout=60)


def on(app: AppTest, page: str) -> AppTest:
    app.run()
    app.switch_page(page).run()
    assert not app.exception, app.exception
    return app


def charted(app: AppTest) -> pd.DataFrame:
    """The points of every overview panel, one row per claim drawn, with its panel's title."""
    frames = [dataframe_util.convert_arrow_bytes_to_pandas_df(chart.proto.datasets[0].data.data)
              .assign(panel=json.loads(chart.proto.spec)["title"]) for chart in app.main.get("vega_lite_chart")]
    return pd.concat(frames, ignore_index=True) if frames else pd.DataFrame()


def claims_table(app: AppTest) -> pd.DataFrame:
    return app.dataframe(key="claims_table").value


@pytest.mark.parametrize("page", PAGES)
def test_every_page_runs_on_the_seed_corpus(app, page):
    on(app, page)
    assert app.title[0].value


def test_overview_shows_three_claimants_with_the_restated_nis_figure_once(app):
    on(app, "pages/overview.py")
    points = charted(app)
    assert set(points[S.CLAIMANT]) == {NIS, JCS, US_OFFICIAL}
    nis_killed = points[(points[S.CLAIMANT] == NIS) & (points["panel"] == "killed")]
    assert len(nis_killed) == 1 and nis_killed.iloc[0][S.CITATIONS] == 2
    assert len(points) == 4
    assert [metric.value for metric in app.metric] == ["4", "2", "3", "2024-12-23"]
    latest = app.dataframe[0].value
    assert set(latest[S.CLAIMANT]) == {NIS, JCS, US_OFFICIAL}


def test_overview_draws_a_panel_per_category_present(app):
    on(app, "pages/overview.py")
    titles = [json.loads(chart.proto.spec)["title"] for chart in app.main.get("vega_lite_chart")]
    assert titles == ["killed", "injured", "total"]


def test_log_scale_toggle_changes_the_y_scale(app):
    on(app, "pages/overview.py")
    app.toggle(key="log").set_value(True).run()
    spec = json.loads(app.main.get("vega_lite_chart")[0].proto.spec)
    assert spec["layer"][0]["encoding"]["y"]["scale"]["type"] == "log"


def test_overview_without_matches_says_so(app):
    on(app, "pages/overview.py")
    app.text_input(key=F.SEARCH_KEY).input("no sentence says this").run()
    assert "No claims match" in app.info[0].value
    assert not app.main.get("vega_lite_chart")


# (id, widget key, value, figures as stated in the claims table)
FILTERS = [
    ("subject", F.SUBJECT_KEY, ["North Korea"],
     ["around 1,100", "At least 100", "nearly 1,000", "several hundred", "at least 100"]),
    ("category", F.CATEGORY_KEY, ["killed"], ["At least 100", "at least 100"]),
    ("claimant", F.CLAIMANT_KEY, [JCS], ["around 1,100"]),
    ("outlet", F.OUTLET_KEY, ["The Moscow Times"],
     ["around 1,100", "At least 100", "nearly 1,000", "several hundred", "at least 100"]),
    ("claimed from", F.DATE_FROM_KEY, dt.date(2024, 12, 19), ["around 1,100", "At least 100", "nearly 1,000"]),
    ("claimed until", F.DATE_TO_KEY, dt.date(2024, 12, 17), ["several hundred", "at least 100"]),
    ("qualifier", F.QUALIFIER_KEY, ["vague", "about"], ["around 1,100", "several hundred"]),
    ("without restated", F.RESTATED_KEY, False, ["around 1,100", "At least 100", "nearly 1,000"]),
    ("without projections", F.PROJECTED_KEY, False,
     ["around 1,100", "At least 100", "several hundred", "at least 100"]),
    ("evidence search", F.SEARCH_KEY, "spy agency", ["at least 100"]),
]


def _set(app: AppTest, key: str, value) -> None:
    for widgets in (app.multiselect, app.date_input, app.toggle, app.text_input):
        try:
            widgets(key=key).set_value(value)
            return
        except KeyError:
            continue
    raise KeyError(key)


@pytest.mark.parametrize("key, value, figures", cases(FILTERS))
def test_each_filter_changes_the_claims_table(app, key, value, figures):
    on(app, "pages/claims.py")
    assert len(claims_table(app)) == 5
    _set(app, key, value)
    app.run()
    assert not app.exception
    assert list(claims_table(app)[S.FIGURE_TEXT]) == figures


# (id, query parameters of a copied link, figures in its claims table)
LINKS = [
    ("claimant", {F.CLAIMANT_KEY: NIS}, ["At least 100", "nearly 1,000", "at least 100"]),
    ("two categories", {F.CATEGORY_KEY: ["killed", "injured"]}, ["At least 100", "nearly 1,000", "at least 100"]),
    ("dates and a switch", {F.DATE_FROM_KEY: "2024-12-17", F.RESTATED_KEY: "false"},
     ["around 1,100", "At least 100", "nearly 1,000"]),
    ("search", {F.SEARCH_KEY: "Joint Chiefs"}, []),
    ("a value the data lack is ignored", {F.CLAIMANT_KEY: "Nobody at all"},
     ["around 1,100", "At least 100", "nearly 1,000", "several hundred", "at least 100"]),
]


@pytest.mark.parametrize("params, figures", cases(LINKS))
def test_a_copied_link_opens_the_same_view(app, params, figures):
    app.query_params = dict(params)
    on(app, "pages/claims.py")
    assert list(claims_table(app)[S.FIGURE_TEXT]) == figures


def test_query_parameters_round_trip_through_the_widgets(app):
    """The URL sets the widgets; after the runs and a page switch the URL still says the same
    (a value the data lack is dropped). That a widget change writes the URL is the browser's
    part: tests/test_browser.py."""
    app.query_params = {F.CATEGORY_KEY: ["killed", "injured"], F.RESTATED_KEY: "false",
                        F.DATE_FROM_KEY: "2024-12-17", F.SEARCH_KEY: "spy", F.CLAIMANT_KEY: "Nobody"}
    on(app, "pages/overview.py")
    app.switch_page("pages/claims.py").run()
    assert app.multiselect(key=F.CATEGORY_KEY).value == ["killed", "injured"]
    assert app.toggle(key=F.RESTATED_KEY).value is False
    assert app.date_input(key=F.DATE_FROM_KEY).value == dt.date(2024, 12, 17)
    assert app.text_input(key=F.SEARCH_KEY).value == "spy"
    assert app.query_params == {F.CATEGORY_KEY: ["killed", "injured"], F.RESTATED_KEY: "false",
                                F.DATE_FROM_KEY: "2024-12-17", F.SEARCH_KEY: "spy"}


def test_selected_claim_shows_its_passage_with_the_figure_highlighted(app):
    on(app, "pages/claims.py")
    row = list(claims_table(app)[S.FIGURE_TEXT]).index("around 1,100")
    app.session_state["claims_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    app.run()
    passage = app.markdown[-1].value
    assert HIGHLIGHT.format("1\\,100") in passage
    assert "Through various sources of information" in passage


def test_selected_article_is_read_with_all_its_claims(app):
    on(app, "pages/articles.py")
    titles = list(app.dataframe(key="articles_table").value[S.TITLE])
    row = next(i for i, title in enumerate(titles) if title.startswith("At least 100"))
    app.session_state["articles_table"] = {"selection": {"rows": [row], "columns": [], "cells": []}}
    app.run()
    assert not app.exception
    listed = app.dataframe[-1].value
    assert sorted(listed[S.FIGURE_TEXT]) == ["At least 100", "nearly 1,000", "several hundred"]
    text = app.markdown[-1].value
    assert text.count(":orange-background[") == 3


def test_export_offers_csv_and_json_of_the_filtered_rows(app):
    app.query_params = {F.CLAIMANT_KEY: NIS}
    on(app, "pages/export.py")
    assert [button.label for button in app.download_button] == ["Download CSV", "Download JSON"]
    assert app.markdown[0].value.startswith("3 rows \\(2 distinct claims from 2 articles\\)")
