"""The claims table: its columns, their dtypes, and the one function that builds it.

Every other module names columns through the constants here, never as string literals,
so a renamed column is one edit. The column set follows ../shared/CLAIMS.md.
"""
from __future__ import annotations

from typing import Iterable, Mapping

import pandas as pd

ARTICLE_ID = "article_id"
CATEGORY = "category"
SUBJECT = "subject"
VALUE_LOW = "value_low"
VALUE_HIGH = "value_high"
VALUE_BEST = "value_best"
QUALIFIER = "qualifier"
CLAIMANT = "claimant"
CLAIMANT_VIA = "claimant_via"
CLAIM_DATE = "claim_date"
PERIOD_START = "period_start"
MODALITY = "modality"
RESTATED = "restated"
EVIDENCE = "evidence"
SPAN_START = "span_start"
SPAN_END = "span_end"
FIGURE_TEXT = "figure_text"

CATEGORIES = ("killed", "injured", "total", "missing", "captured")
QUALIFIERS = ("exact", "at_least", "more_than", "at_most", "less_than", "about", "nearly", "range", "vague")
MODALITIES = ("reported", "projected")

FIGURE_COLUMNS = (VALUE_LOW, VALUE_HIGH, VALUE_BEST)
DATE_COLUMNS = (CLAIM_DATE, PERIOD_START)

# Column -> pandas dtype. Figures are nullable integers (a vague amount has no best value),
# dates are real datetimes, category and qualifier are categoricals with a fixed order.
DTYPES: dict[str, object] = {
    ARTICLE_ID: "string",
    CATEGORY: pd.CategoricalDtype(CATEGORIES),
    SUBJECT: "string",
    VALUE_LOW: "Int64",
    VALUE_HIGH: "Int64",
    VALUE_BEST: "Int64",
    QUALIFIER: pd.CategoricalDtype(QUALIFIERS),
    CLAIMANT: "string",
    CLAIMANT_VIA: "string",
    CLAIM_DATE: "datetime64[ns]",
    PERIOD_START: "datetime64[ns]",
    MODALITY: pd.CategoricalDtype(MODALITIES),
    RESTATED: "boolean",
    EVIDENCE: "string",
    SPAN_START: "Int64",
    SPAN_END: "Int64",
    FIGURE_TEXT: "string",
}
COLUMNS = tuple(DTYPES)

# The columns ../shared/eval/README.md asks of an extraction CSV, in its order.
CONTRACT_COLUMNS = (
    ARTICLE_ID, CATEGORY, SUBJECT, VALUE_LOW, VALUE_HIGH, VALUE_BEST, QUALIFIER, CLAIMANT,
    CLAIMANT_VIA, CLAIM_DATE, PERIOD_START, MODALITY, RESTATED, EVIDENCE, SPAN_START, SPAN_END,
)


class SchemaError(ValueError):
    """A frame or record does not fit the claims schema; the message names the column."""


def claims_frame(records: Iterable[Mapping[str, object]] = ()) -> pd.DataFrame:
    """Build the claims table from claim records (dicts keyed by the column constants)."""
    frame = pd.DataFrame.from_records(list(records), columns=list(COLUMNS))
    return coerce(frame)


def coerce(frame: pd.DataFrame) -> pd.DataFrame:
    """Give every schema column its dtype; a value that does not fit raises SchemaError."""
    out = frame.copy()
    for column, dtype in DTYPES.items():
        if column not in out:
            out[column] = pd.Series([None] * len(out), dtype="object")
        try:
            if dtype == "datetime64[ns]":
                out[column] = pd.to_datetime(out[column], errors="raise").astype("datetime64[ns]")
            elif dtype == "boolean":
                out[column] = out[column].map(_as_bool).astype("boolean")
            else:
                out[column] = out[column].astype(dtype)
        except (ValueError, TypeError) as error:
            raise SchemaError(f"column {column!r}: {error}") from error
        if isinstance(dtype, pd.CategoricalDtype):
            stray = out[column].isna() & frame.get(column, pd.Series(dtype=object)).reindex(out.index).notna()
            if stray.any():
                bad = frame.loc[stray, column].iloc[0]
                raise SchemaError(f"column {column!r}: {bad!r} is not one of {list(dtype.categories)}")
    return out[list(COLUMNS) + [c for c in out.columns if c not in DTYPES]]


def _as_bool(value: object) -> object:
    if value is None or (isinstance(value, float) and pd.isna(value)) or value is pd.NA:
        return pd.NA
    if isinstance(value, str):
        return value.strip().lower() in {"1", "true", "yes", "t", "y"}
    return bool(value)


def contract_table(frame: pd.DataFrame) -> pd.DataFrame:
    """The extraction table of the evaluation contract as written to CSV (lib.export.contract_csv):
    its columns, dates as YYYY-MM-DD, restated as true/false, empty for missing."""
    out = frame.loc[:, list(CONTRACT_COLUMNS)].copy()
    for column in DATE_COLUMNS:
        out[column] = out[column].dt.strftime("%Y-%m-%d")
    out[RESTATED] = out[RESTATED].map({True: "true", False: "false"})
    return out


# The article's columns that the store joins onto each claim (Store.claims_frame).
OUTLET = "outlet"
URL = "url"
TITLE = "title"

# Columns the dashboard derives from the claims table (lib/citations.py): the claim a
# mention belongs to, once repeats across articles are counted as one claim, and how many
# articles cite that claim.
CLAIM_ID = "claim_id"
CITATIONS = "citations"

# The articles table (Store.articles_frame): one row per stored article, without its text.
PUBLISHED = "published"
LANGUAGE = "language"
SOURCE = "source"
ADDED_AT = "added_at"
CLAIM_COUNT = "claim_count"
ARTICLE_DTYPES: dict[str, object] = {
    ARTICLE_ID: "string",
    URL: "string",
    OUTLET: "string",
    TITLE: "string",
    PUBLISHED: "datetime64[ns]",
    LANGUAGE: "string",
    SOURCE: "string",
    ADDED_AT: "datetime64[ns]",   # UTC
    CLAIM_COUNT: "Int64",
}

# The review layer (lib/review.py, Store.claims_frame): each mention's stable key — its
# article, the start of its figure in the cleaned text and the category the extractor gave
# it — and its review status, with the reviewer's reason for a rejection and note.
CLAIM_KEY = "claim_key"
STATUS = "status"
REASON = "reason"
NOTE = "note"
STATUSES = ("machine", "confirmed", "edited", "rejected", "added")
REVIEW_COLUMNS = (CLAIM_KEY, STATUS, REASON, NOTE)
# The fields a reviewer may change (../shared/CLAIMS.md), in the review form's order.
EDITABLE = (CATEGORY, VALUE_BEST, VALUE_LOW, VALUE_HIGH, QUALIFIER, SUBJECT, CLAIMANT,
            CLAIMANT_VIA, CLAIM_DATE, PERIOD_START, MODALITY, RESTATED)

# The audit trail (Store.audit_frame): one row per changed field.
AUDIT_AT = "at"
REVIEWER = "reviewer"
FIELD = "field"
OLD = "old"
NEW = "new"
AUDIT_COLUMNS = (AUDIT_AT, REVIEWER, CLAIM_KEY, FIELD, OLD, NEW)

# Consolidated claims (lib/citations.consolidate): one row per claim across articles.
ARTICLES = "articles"          # the citing article ids, "; "-separated
OUTLETS = "outlets"            # the citing outlets, "; "-separated
CORROBORATION = "corroboration"  # distinct outlets citing the claim
FIRST_SEEN = "first_seen"      # earliest publication date of a citing article
LAST_SEEN = "last_seen"
MENTIONS = "mentions"
CLAIMANT_TYPE = "claimant_type"  # lib/vocab/claimants.tsv's type column
OWN_LOSSES = "own_losses"      # the claimant is the party whose losses it counts
GRADE = "grade"                # lib/grading.py; defined in the README
FLAGS = "flags"                # lib/consistency.py's flags, "; "-separated
