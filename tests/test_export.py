"""CSV and JSON downloads: every row, Excel-safe, formula cells neutralised, named after the filter."""
import csv
import datetime as dt
import io
import json

import pytest

from lib import export as E
from lib import schema as S
from lib.filters import Filters
from tests.dashboard_helpers import cases, frame, mention, seed_mentions


def _rows(data: bytes) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf"), "UTF-8 byte-order mark for Excel"
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


# (id, cell as written by the article, cell in the CSV)
CELLS = [
    ("equals", "=HYPERLINK(\"http://x.example\")", "'=HYPERLINK(\"http://x.example\")"),
    ("plus", "+1 killed", "'+1 killed"),
    ("minus", "-5 wounded", "'-5 wounded"),
    ("at", "@SUM(A1)", "'@SUM(A1)"),
    ("tab", "\tcmd", "'\tcmd"),
    ("carriage return", "\rcmd", "'\rcmd"),
    ("plain text untouched", "Officials said 12 died.", "Officials said 12 died."),
    ("minus inside untouched", "a toll of 3-4", "a toll of 3-4"),
]


@pytest.mark.parametrize("written, expected", cases(CELLS))
def test_formula_cells_are_neutralised(written, expected):
    rows = _rows(E.csv_bytes(frame(mention(evidence=written, claimant=written))))
    assert rows[0][S.EVIDENCE] == expected
    assert rows[0][S.CLAIMANT] == expected


def test_csv_keeps_every_row_and_column_values():
    many = frame(*[mention(f"a{i}", figure=i + 1, figure_text=str(i + 1)) for i in range(2500)])
    rows = _rows(E.csv_bytes(many))
    assert len(rows) == 2500
    assert [row[S.VALUE_BEST] for row in rows[:3]] == ["1", "2", "3"]
    assert list(rows[0]) == list(E.COLUMNS)


def test_csv_writes_text_accents_dates_and_blanks_plainly():
    rows = _rows(E.csv_bytes(frame(mention(figure=None, low=200, high=999, qualifier="vague",
                                           via="Zoë Łukasz", date="2024-12-19", restated=True))))
    row = rows[0]
    assert (row[S.VALUE_BEST], row[S.VALUE_LOW], row[S.CLAIMANT_VIA]) == ("", "200", "Zoë Łukasz")
    assert (row[S.CLAIM_DATE], row[S.PERIOD_START], row[S.RESTATED]) == ("2024-12-19", "", "true")


def test_evidence_with_commas_quotes_and_newlines_survives():
    evidence = 'He said, "at least 40 died"\nand more were hurt.'
    assert _rows(E.csv_bytes(frame(mention(evidence=evidence))))[0][S.EVIDENCE] == evidence


def test_json_lists_every_claim_with_nulls():
    records = json.loads(E.json_bytes(seed_mentions()))
    assert len(records) == 5
    vague = next(r for r in records if r[S.QUALIFIER] == "vague")
    assert vague[S.VALUE_BEST] is None and vague[S.VALUE_LOW] == 200 and vague[S.CLAIM_DATE] == "2024-12-17"
    assert vague[S.OUTLET] == "The Moscow Times"


# (id, filters, extension, file name)
NAMES = [
    ("no filter", Filters(), "csv", "claims_all.csv"),
    ("claimant and date", Filters(claimants=("South Korea NIS",), date_from=dt.date(2024, 12, 1)), "csv",
     "claims_claimant-south-korea-nis_from-2024-12-01.csv"),
    ("switches and search", Filters(include_restated=False, search="Kursk region"), "json",
     "claims_without-restated_search-kursk-region.json"),
    ("no path tricks", Filters(outlets=("../../etc/passwd",)), "csv", "claims_outlet-etc-passwd.csv"),
]


@pytest.mark.parametrize("filters, extension, name", cases(NAMES))
def test_file_name_says_the_filter(filters, extension, name):
    assert E.file_name(filters, extension) == name


def test_long_filters_give_a_bounded_name():
    name = E.file_name(Filters(claimants=tuple(f"claimant number {i}" for i in range(40))), "csv")
    assert name.startswith("claims_claimant-claimant-number-0_claimant-claimant-number-1_")
    assert name.endswith(".csv") and len(name) <= E.MAX_NAME_LENGTH + len(".csv")
