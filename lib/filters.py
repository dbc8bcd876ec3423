"""The dashboard's filters: their values, their widget keys, and which mentions they keep.

Each key names both the sidebar widget (st.session_state) and its URL query parameter, so
a copied link opens the same view; keep them short and stable, links depend on them.

Filters select mentions (rows of the claims table). A filter change must cost little even
at 100,000 mentions, so `index` turns the filtered columns into arrays once per version of
the data (integer codes, dates as integers, evidence lower-cased in Arrow strings) and
`mask` compares only those arrays.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Mapping

import numpy as np
import pandas as pd

from lib import schema as S

SUBJECT_KEY = "subject"
CATEGORY_KEY = "category"
CLAIMANT_KEY = "claimant"
OUTLET_KEY = "outlet"
QUALIFIER_KEY = "qualifier"
DATE_FROM_KEY = "from"
DATE_TO_KEY = "to"
RESTATED_KEY = "restated"
PROJECTED_KEY = "projected"
SEARCH_KEY = "q"
REJECTED_KEY = "rejected"

CHOICE_COLUMNS = (S.SUBJECT, S.CATEGORY, S.CLAIMANT, S.OUTLET, S.QUALIFIER)


@dataclass(frozen=True)
class Filters:
    """An empty choice means no restriction."""
    subjects: tuple[str, ...] = ()
    categories: tuple[str, ...] = ()
    claimants: tuple[str, ...] = ()
    outlets: tuple[str, ...] = ()
    qualifiers: tuple[str, ...] = ()
    date_from: dt.date | None = None
    date_to: dt.date | None = None
    include_restated: bool = True
    include_projected: bool = True
    search: str = ""
    include_rejected: bool = False   # claims an analyst rejected (lib/review.py)

    @classmethod
    def from_state(cls, state: Mapping[str, object]) -> Filters:
        """The filters held under the widget keys (st.session_state); missing keys are defaults."""
        def choice(key: str) -> tuple[str, ...]:
            return tuple(state.get(key) or ())

        return cls(
            subjects=choice(SUBJECT_KEY), categories=choice(CATEGORY_KEY),
            claimants=choice(CLAIMANT_KEY), outlets=choice(OUTLET_KEY),
            qualifiers=choice(QUALIFIER_KEY),
            date_from=state.get(DATE_FROM_KEY), date_to=state.get(DATE_TO_KEY),
            include_restated=bool(state.get(RESTATED_KEY, True)),
            include_projected=bool(state.get(PROJECTED_KEY, True)),
            search=str(state.get(SEARCH_KEY) or "").strip(),
            include_rejected=bool(state.get(REJECTED_KEY, False)),
        )

    def choices(self) -> dict[str, tuple[str, ...]]:
        return {S.SUBJECT: self.subjects, S.CATEGORY: self.categories, S.CLAIMANT: self.claimants,
                S.OUTLET: self.outlets, S.QUALIFIER: self.qualifiers}

    def terms(self) -> list[tuple[str, str]]:
        """(what, value) for each restriction in force, in the sidebar's order."""
        terms = [(name, value) for name, values in self.choices().items() for value in values]
        if self.date_from:
            terms.append(("from", self.date_from.isoformat()))
        if self.date_to:
            terms.append(("to", self.date_to.isoformat()))
        if not self.include_restated:
            terms.append(("without", "restated"))
        if not self.include_projected:
            terms.append(("without", "projected"))
        if self.search:
            terms.append(("search", self.search))
        if self.include_rejected:
            terms.append(("with", "rejected"))
        return terms

    def describe(self) -> str:
        """The filters in words, e.g. "claimant South Korea NIS, from 2024-12-01"; "all claims"."""
        return ", ".join(f"{name} {value}" for name, value in self.terms()) or "all claims"


@dataclass(frozen=True)
class FilterIndex:
    """The mentions' filtered columns as arrays, row for row."""
    codes: dict[str, np.ndarray]             # choice column -> code of each row's value (-1: none)
    labels: dict[str, tuple[str, ...]]       # choice column -> the value of each code
    values: dict[str, dict[str, int]]        # choice column -> the code of each value
    sorted_labels: dict[str, tuple[str, ...]]  # choice column -> its values as the sidebar lists them
    claim_date: np.ndarray                   # datetime64[ns]; NaT when undated
    restated: np.ndarray                     # bool
    projected: np.ndarray                    # bool
    evidence: pd.Series                      # lower-cased, Arrow-backed: fast substring search
    rejected: np.ndarray | None = None       # bool: an analyst rejected the claim

    def options(self, column: str) -> tuple[str, ...]:
        """The values of a choice column, sorted for a person to scan."""
        return self.sorted_labels[column]


def index(mentions: pd.DataFrame) -> FilterIndex:
    codes, labels = {}, {}
    for column in CHOICE_COLUMNS:
        codes[column], uniques = pd.factorize(mentions[column].astype(object))
        labels[column] = tuple(str(value) for value in uniques)
    return FilterIndex(
        codes=codes, labels=labels,
        values={column: {value: code for code, value in enumerate(names)} for column, names in labels.items()},
        sorted_labels={column: tuple(sorted((name for name in names if name), key=str.casefold))
                       for column, names in labels.items()},
        claim_date=mentions[S.CLAIM_DATE].to_numpy(dtype="datetime64[ns]"),
        restated=mentions[S.RESTATED].to_numpy(dtype=bool, na_value=False),
        projected=(mentions[S.MODALITY] == "projected").to_numpy(dtype=bool, na_value=False),
        evidence=mentions[S.EVIDENCE].str.lower().astype("string[pyarrow]"),
        rejected=((mentions[S.STATUS] == "rejected").to_numpy(dtype=bool, na_value=False)
                  if S.STATUS in mentions else None),
    )


def mask(index: FilterIndex, filters: Filters) -> np.ndarray:
    """Which rows pass every filter (a boolean array)."""
    keep = np.ones(len(index.restated), dtype=bool)
    for column, chosen in filters.choices().items():
        if chosen:
            wanted = [index.values[column][value] for value in chosen if value in index.values[column]]
            keep &= np.isin(index.codes[column], wanted)
    # NaT compares False either way: an undated mention fails any date filter
    if filters.date_from:
        keep &= index.claim_date >= np.datetime64(filters.date_from, "ns")
    if filters.date_to:
        keep &= index.claim_date < np.datetime64(filters.date_to + dt.timedelta(days=1), "ns")
    if not filters.include_restated:
        keep &= ~index.restated
    if not filters.include_projected:
        keep &= ~index.projected
    if not filters.include_rejected and index.rejected is not None:
        keep &= ~index.rejected
    if filters.search:
        found = index.evidence.str.contains(filters.search.lower(), regex=False)
        keep &= found.to_numpy(dtype=bool, na_value=False)
    return keep
