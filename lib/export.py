"""Downloads of the filtered claims: CSV for spreadsheets, JSON for programs.

Every row is written, never a preview. The CSV is UTF-8 with a byte-order mark, so Excel
reads the accents and dashes of article text correctly, and any text cell that a
spreadsheet would run as a formula (starting with =, +, -, @, tab or carriage return) gets
a leading apostrophe: article text is untrusted.

Every CSV this program writes is neutralised so: the claims (csv_bytes: the Export page,
`python -m lib export` and `claims`), any other table (table_csv_bytes: the consolidated
claims, the audit trail) and the extraction CSV of `python -m lib extract` (contract_csv,
without a byte-order mark, as before; ../shared/eval/score.py reads it unchanged, since no
column it matches on starts with a formula character). Numbers stay numbers: only text
cells are touched, and figures are never negative. A cell that starts with apostrophes
before a formula character gets one more, so `recovered` gives every original value back:
drop one leading apostrophe where the cell, past its apostrophes, starts with a formula
character.

JSON is not neutralised: no spreadsheet runs a JSON file, and a program reading it gets
exactly the values stored.
"""
from __future__ import annotations

import json
import re

import pandas as pd

from lib import schema as S
from lib.filters import Filters

COLUMNS = (*S.CONTRACT_COLUMNS, S.FIGURE_TEXT, S.OUTLET, S.URL, S.TITLE, S.STATUS, S.REASON, S.NOTE,
           S.CLAIM_KEY)
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")
BOM = "\ufeff"
MAX_NAME_LENGTH = 120


def neutralise(cell: str) -> str:
    """A text cell a spreadsheet shows as text, never runs as a formula."""
    return "'" + cell if cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def recovered(cell: str) -> str:
    """The value neutralise() was given: the inverse, for programs reading the CSV back."""
    return cell[1:] if cell.startswith("'") and cell.lstrip("'").startswith(FORMULA_STARTS) else cell


def export_frame(mentions: pd.DataFrame) -> pd.DataFrame:
    """The exported columns, dates as YYYY-MM-DD, missing values empty."""
    # a table without the review columns (never reviewed) exports them empty
    out = mentions.reindex(columns=list(COLUMNS)).copy()
    for column in S.DATE_COLUMNS:
        out[column] = out[column].dt.strftime("%Y-%m-%d")
    out[S.RESTATED] = out[S.RESTATED].map({True: "true", False: "false"})
    return out


def csv_bytes(mentions: pd.DataFrame) -> bytes:
    out = _neutralised_frame(export_frame(mentions))
    return (BOM + out.to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def contract_csv(frame: pd.DataFrame) -> str:
    """The extraction CSV of `python -m lib extract` (the evaluation contract's columns,
    lib.schema.contract_table), its text cells neutralised."""
    return _neutralised_frame(S.contract_table(frame)).to_csv(index=False)


def neutralised(cells: pd.Series) -> pd.Series:
    """neutralise() over a column of text at once (100,000 rows in a fraction of a second)."""
    return cells.mask(cells.str.lstrip("'").str.startswith(FORMULA_STARTS, na=False), "'" + cells)


def table_csv_bytes(table: pd.DataFrame) -> bytes:
    """Any table (the consolidated claims, the audit trail) as the same Excel-ready CSV:
    dates as YYYY-MM-DD (times as YYYY-MM-DD HH:MM:SS), formula cells neutralised."""
    out = table.copy()
    for column in out.columns:
        if pd.api.types.is_datetime64_any_dtype(out[column]):
            times = out[column].dropna()
            daily = bool((times == times.dt.normalize()).all())
            out[column] = out[column].dt.strftime("%Y-%m-%d" if daily else "%Y-%m-%d %H:%M:%S")
    return (BOM + _neutralised_frame(out).to_csv(index=False, lineterminator="\r\n")).encode("utf-8")


def json_bytes(mentions: pd.DataFrame) -> bytes:
    """A JSON list of claim objects; missing values are null. Not neutralised (see above)."""
    out = export_frame(mentions).astype(object)
    records = out.where(out.notna(), None).to_dict(orient="records")
    return json.dumps(records, ensure_ascii=False, indent=1).encode("utf-8")


def file_name(filters: Filters, extension: str) -> str:
    """The download's name says the filter: claims_claimant-south-korea-nis_from-2024-12-01.csv"""
    terms = [_slug(f"{name}-{value}") for name, value in filters.terms()]
    stem = "_".join(["claims", *terms]) if terms else "claims_all"
    return f"{stem[:MAX_NAME_LENGTH].rstrip('_-')}.{extension}"


def _neutralised_frame(out: pd.DataFrame) -> pd.DataFrame:
    """Every text column neutralised; numbers (not booleans) left as they are."""
    for column in out.columns:
        if not pd.api.types.is_numeric_dtype(out[column]) or pd.api.types.is_bool_dtype(out[column]):
            out[column] = neutralised(out[column].astype("string"))
    return out


def _slug(text: str) -> str:
    return re.sub(r"[\W_]+", "-", text.casefold()).strip("-")
