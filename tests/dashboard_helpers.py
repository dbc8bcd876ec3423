"""Claims tables for the dashboard's tests: the seed corpus's, and hand-made mentions.

`mention(...)` builds one row of the store's claims table from the fields a test cares
about; everything else gets a plain default, so each test reads as its example.
"""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib import schema as S
from lib.corpus import read_seed_corpus
from lib.dashboard import View, prepare, view
from lib.extract import extract_corpus
from lib.filters import Filters

NIS, JCS, US_OFFICIAL = "South Korea NIS", "South Korea JCS", "US official"


def seed_mentions() -> pd.DataFrame:
    """The seed corpus's claims table with the article columns the store joins on."""
    articles = read_seed_corpus().articles
    frame = extract_corpus(articles)
    by_id = {article.id: article for article in articles}
    return frame.assign(**{
        S.OUTLET: frame[S.ARTICLE_ID].map(lambda a: by_id[a].outlet),
        S.URL: frame[S.ARTICLE_ID].map(lambda a: by_id[a].url),
        S.TITLE: frame[S.ARTICLE_ID].map(lambda a: by_id[a].title),
    })


def mention(article: str = "a1", *, figure: int | None = 100, low: int | None = None,
            high: int | None = None, qualifier: str = "exact", category: str = "killed",
            subject: str = "Ruritania", claimant: str = "Ruritania army", via: str = "",
            date: str | None = "2024-03-04", modality: str = "reported", restated: bool = False,
            evidence: str = "The army said 100 soldiers were killed.", figure_text: str = "100",
            outlet: str = "Harbour Post", url: str = "https://harbour.example/a1",
            title: str = "A report") -> dict:
    if qualifier == "exact" and low is None and high is None:
        low = high = figure
    return {
        S.ARTICLE_ID: article, S.CATEGORY: category, S.SUBJECT: subject, S.VALUE_LOW: low,
        S.VALUE_HIGH: high, S.VALUE_BEST: figure, S.QUALIFIER: qualifier, S.CLAIMANT: claimant,
        S.CLAIMANT_VIA: via, S.CLAIM_DATE: date, S.PERIOD_START: None, S.MODALITY: modality,
        S.RESTATED: restated, S.EVIDENCE: evidence, S.SPAN_START: 0, S.SPAN_END: 3,
        S.FIGURE_TEXT: figure_text, S.OUTLET: outlet, S.URL: url, S.TITLE: title,
    }


def frame(*mentions: dict) -> pd.DataFrame:
    """A claims table of these mentions, with the schema's dtypes."""
    table = S.coerce(pd.DataFrame.from_records(list(mentions)))
    return table.astype({S.OUTLET: "string", S.URL: "string", S.TITLE: "string"})


def day(text: str) -> dt.date:
    return dt.date.fromisoformat(text)


def view_of(table: pd.DataFrame, filters: Filters = Filters()) -> View:
    """The dashboard's data for a claims table under `filters`."""
    return view(prepare(table), filters)


def cases(table: list[tuple]) -> list:
    """pytest parameters from a table of examples whose first column is the example's id."""
    return [pytest.param(*row[1:], id=row[0]) for row in table]
