"""What the dashboard computes from the store's claims table.

`prepare` runs once per version of the data (the caller caches it). `view` and what reads a
View run on every filter change: they work on arrays and turn into DataFrame rows only what
a page shows (a chart's points, a table's page, the latest figures), so a rerun costs about
the same at 1,000 and at 100,000 claims.
"""
from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property
from urllib.parse import urlsplit

import numpy as np
import pandas as pd

from lib import schema as S
from lib.citations import (ClaimGroups, Selection, assign_claims, claims_frame, distinct_articles,
                           groups, select)
from lib.filters import FilterIndex, Filters, index, mask

TABLE_COLUMNS = (S.FIGURE_TEXT, S.VALUE_LOW, S.VALUE_HIGH, S.CATEGORY, S.SUBJECT, S.CLAIMANT,
                 S.CLAIMANT_VIA, S.CLAIM_DATE, S.OUTLET, S.URL, S.EVIDENCE, S.STATUS)
LATEST_COLUMNS = (S.CLAIMANT, S.SUBJECT, S.CATEGORY, S.FIGURE_TEXT, S.CLAIM_DATE, S.CITATIONS)
# A table page: a browser grid with row selection receives every row it is given.
PAGE_ROWS = 500


@dataclass(frozen=True)
class Prepared:
    mentions: pd.DataFrame      # the claims table with CLAIM_ID, latest claim date first
    index: FilterIndex
    groups: ClaimGroups


def prepare(claims_table: pd.DataFrame) -> Prepared:
    mentions = assign_claims(claims_table)
    return Prepared(mentions, index(mentions), groups(mentions))


@dataclass(frozen=True)
class View:
    """The data under one set of filters; what a page does not ask for is never computed."""
    prepared: Prepared
    filters: Filters
    keep: np.ndarray          # which mentions pass the filters

    @cached_property
    def rows(self) -> np.ndarray:
        """Positions of the kept mentions, in the mentions' order."""
        return np.flatnonzero(self.keep)

    @cached_property
    def articles(self) -> int:
        return distinct_articles(self.prepared.groups, self.rows)

    @cached_property
    def selection(self) -> Selection:
        """The claims the kept mentions make, each once."""
        return select(self.prepared.groups, self.keep)

    @property
    def mentions(self) -> pd.DataFrame:
        """Every kept mention as rows (costly at 100,000: for exports, not for display)."""
        return self.prepared.mentions.iloc[self.rows]

    def mention_page(self, page: int) -> pd.DataFrame:
        """The kept mentions of 1-based `page` of PAGE_ROWS (the last page when past the end)."""
        start = (min(page, page_count(len(self.rows))) - 1) * PAGE_ROWS
        return self.prepared.mentions.iloc[self.rows[start:start + PAGE_ROWS]]

    def claims(self, which: np.ndarray | slice = slice(None)) -> pd.DataFrame:
        """The kept claims (or `which` of them), with their citation counts."""
        return claims_frame(self.prepared.mentions, self.selection, which)

    def claim_codes(self, column: str) -> np.ndarray:
        """Each kept claim's code in a choice column (lib.filters.FilterIndex)."""
        if column not in self._claim_codes:
            self._claim_codes[column] = self.prepared.index.codes[column][self.selection.claims]
        return self._claim_codes[column]

    @cached_property
    def _claim_codes(self) -> dict[str, np.ndarray]:
        return {}

    @cached_property
    def claim_dates(self) -> np.ndarray:
        return self.prepared.index.claim_date[self.selection.claims]

    def claim_values(self, column: str, empty: str | None = None) -> list[str]:
        """The distinct values of a choice column among the kept claims, sorted; then `empty`
        if it is given and some claim has no value there."""
        labels = self.prepared.index.labels[column]
        found = [labels[code] if code >= 0 else "" for code in np.unique(self.claim_codes(column))]
        named = sorted((value for value in found if value), key=str.casefold)
        return named + [empty] if empty is not None and len(named) < len(found) else named


def view(prepared: Prepared, filters: Filters) -> View:
    """The data under `filters`: only the filter runs here, the rest when a page asks."""
    return View(prepared, filters, mask(prepared.index, filters))


def headline(data: View) -> list[tuple[str, str]]:
    """(label, value) pairs for the overview's metrics: each claim counted once."""
    dates = data.claim_dates
    dated = dates[~np.isnat(dates)]
    return [
        ("claims", f"{len(data.selection.claims):,}"),
        ("citing articles", f"{data.articles:,}"),
        ("claimants", f"{len(data.claim_values(S.CLAIMANT)):,}"),
        ("latest claim", str(dated.max().astype("datetime64[D]")) if len(dated) else "—"),
    ]


def latest_figures(data: View) -> pd.DataFrame:
    """Each claimant's latest claim per subject and category, latest first (undated last)."""
    key = np.zeros(len(data.selection.claims), dtype=np.int64)
    for column in (S.CLAIMANT, S.SUBJECT, S.CATEGORY):   # one integer per combination
        key = key * (len(data.prepared.index.labels[column]) + 1) + data.claim_codes(column) + 1
    # claims come in the mentions' order, latest claim date first: a key's first is its latest
    chosen = np.flatnonzero(~pd.Series(key).duplicated().to_numpy())
    return data.claims(chosen).loc[:, list(LATEST_COLUMNS)].reset_index(drop=True)


def category_claims(data: View, category: str, limit: int) -> tuple[pd.DataFrame, int]:
    """At most `limit` of the kept claims in `category` — the most cited, then the latest —
    in date order, and how many claims the category holds."""
    code = data.prepared.index.values[S.CATEGORY].get(category, -2)
    in_category = np.flatnonzero(data.claim_codes(S.CATEGORY) == code)
    total = len(in_category)
    if total > limit:
        dates = data.claim_dates[in_category].astype("datetime64[D]")
        days = np.where(np.isnat(dates), np.iinfo(np.int32).max, -dates.view("int64"))
        citations = data.selection.citations[in_category].astype(np.int64)
        # one integer orders by citations (most first), then by date (latest first)
        order_key = -citations * 2**32 + days
        in_category = in_category[np.argpartition(order_key, limit - 1)[:limit]]
    by_date = np.argsort(data.claim_dates[in_category], kind="stable")
    return data.claims(in_category[by_date]), total


def _latest_first(dates: np.ndarray) -> np.ndarray:
    """A sort key putting later dates first and undated ones last."""
    return np.where(np.isnat(dates), np.iinfo(np.int64).max, -dates.view("int64"))


def counted(number: int, noun: str) -> str:
    """"1 claim", "2,000 claims": for nouns that take an s."""
    return f"{number:,} {noun}{'' if number == 1 else 's'}"


def page_count(rows: int) -> int:
    return max(1, -(-rows // PAGE_ROWS))


def claims_table(mentions: pd.DataFrame) -> pd.DataFrame:
    """The Claims page's rows: one per mention, links only where they are web addresses."""
    return mentions.reindex(columns=list(TABLE_COLUMNS)).assign(**{S.URL: mentions[S.URL].map(web_link)})


def web_link(url: object) -> str | None:
    """`url` when it is an http(s) address; an article's "javascript:" link must not be clickable."""
    if not isinstance(url, str):
        return None
    return url if urlsplit(url.strip()).scheme.lower() in ("http", "https") else None
