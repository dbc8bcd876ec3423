"""The article store (lib/store.py): what is stored, what comes back, and what survives a
restart, a re-extraction and a schema upgrade. Runs on SQLite, and on PostgreSQL when
DATABASE_URL names a server (see tests/store_helpers.py)."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from sqlalchemy import Column, Text, inspect

from lib import schema as S
from lib import store as store_module
from lib.articles import Article, content_id
from lib.corpus import read_seed_corpus
from lib.extract import EXTRACTOR_VERSION, extract_article
from lib.store import DEFAULT_PATH, Store, StoreError, database_url
from tests.store_helpers import (BRIDGE, HARBOUR, NO_CLAIM, TUNNEL, VALLEY, db_url, numbered_articles,  # noqa: F401
                                 run_cli, store, write_jsonl)

HARBOUR_ARTICLE = Article("given-id", HARBOUR, outlet="Port Gazette", published=dt.date(2024, 10, 1),
                          url="https://gazette.example/crane", title="Crane collapse", source="crane.txt")


# --- what goes in comes back ------------------------------------------------------------------

def test_an_article_comes_back_with_its_original_text_and_metadata(store):
    stored = store.add_article(HARBOUR_ARTICLE)
    assert stored.added and stored.claims == 1
    assert stored.article_id == content_id(HARBOUR)   # the id is the text's, not the one given
    back = store.article(stored.article_id)
    assert back == Article(content_id(HARBOUR), HARBOUR, "Port Gazette", dt.date(2024, 10, 1),
                           "https://gazette.example/crane", "Crane collapse", "en", "crane.txt")
    assert store.article("no-such-id") is None


def test_articles_frame_has_one_row_per_article_with_its_claim_count(store):
    store.add_article(HARBOUR_ARTICLE)
    store.add_article(Article("b", NO_CLAIM, outlet="Council News"))
    frame = store.articles_frame()
    assert list(frame.columns) == list(S.ARTICLE_DTYPES)
    assert {c: str(t) for c, t in frame.dtypes.items()} == {c: str(pd.Series(dtype=t).dtype)
                                                          for c, t in S.ARTICLE_DTYPES.items()}
    assert list(frame[S.CLAIM_COUNT]) == [1, 0]
    assert frame[S.PUBLISHED].iloc[0] == pd.Timestamp("2024-10-01")
    assert pd.isna(frame[S.PUBLISHED].iloc[1])
    added = frame[S.ADDED_AT].iloc[0]
    assert abs(added - pd.Timestamp.now(tz="UTC").tz_localize(None)) < pd.Timedelta(minutes=5)


def test_claims_frame_has_the_schema_columns_and_the_articles_outlet_url_title(store):
    store.add_article(HARBOUR_ARTICLE)
    claims = store.claims_frame()
    assert list(claims.columns) == [*S.COLUMNS, S.OUTLET, S.URL, S.TITLE, *S.REVIEW_COLUMNS]
    expected = S.claims_frame(extract_article(Article(content_id(HARBOUR), HARBOUR, "Port Gazette",
                                                      dt.date(2024, 10, 1))))
    pd.testing.assert_frame_equal(claims[list(S.COLUMNS)], expected)
    assert claims.loc[0, [S.OUTLET, S.URL, S.TITLE]].tolist() == [
        "Port Gazette", "https://gazette.example/crane", "Crane collapse"]
    assert all(str(claims[c].dtype) == "string" for c in (S.OUTLET, S.URL, S.TITLE))


def test_every_schema_column_has_a_place_in_the_claims_table():
    # a column added to lib/schema.py needs a column (and an upgrade step) in the store
    assert set(S.COLUMNS) <= set(store_module.CLAIM_FIELDS)


def test_empty_store_gives_empty_frames_with_the_right_columns(store):
    assert store.articles_frame().empty and list(store.articles_frame().columns) == list(S.ARTICLE_DTYPES)
    assert store.claims_frame().empty and list(store.claims_frame().columns) == [*S.COLUMNS, S.OUTLET, S.URL, S.TITLE, *S.REVIEW_COLUMNS]


# --- duplicates and versions ----------------------------------------------------------------

SAME_TEXT = [
    ("identical", HARBOUR, HARBOUR),
    ("other_spacing_and_line_endings", HARBOUR, HARBOUR.replace(" ", "  ").replace(", ", ",\r\n")),
    ("trailing_blank_lines", HARBOUR, HARBOUR + "\n\n\n"),
    ("composed_and_decomposed_accents", "Caf\u00e9 owners said: " + HARBOUR, "Cafe\u0301 owners said: " + HARBOUR),
]


@pytest.mark.parametrize("first_text, second_text", [c[1:] for c in SAME_TEXT], ids=[c[0] for c in SAME_TEXT])
def test_the_same_text_is_stored_once(store, first_text, second_text):
    first = store.add_article(Article("a", first_text))
    again = store.add_article(Article("b", second_text, outlet="Another Outlet"))
    assert (again.added, again.article_id) == (False, first.article_id)
    assert len(store.articles_frame()) == 1


def test_a_known_url_with_new_text_is_stored_and_points_to_the_earlier_version(store):
    first = store.add_article(HARBOUR_ARTICLE)
    update = store.add_article(Article("x", HARBOUR + " Two more bodies were found later.",
                                       url=HARBOUR_ARTICLE.url))
    assert update.added and update.same_url == first.article_id
    assert len(store.articles_frame()) == 2


def test_version_changes_with_every_write_and_only_then(store):
    versions = [store.version()]
    store.add_article(HARBOUR_ARTICLE)
    versions.append(store.version())
    store.add_article(HARBOUR_ARTICLE)           # a duplicate writes nothing
    versions.append(store.version())
    store.reextract()
    versions.append(store.version())
    assert versions[0] != versions[1] == versions[2] != versions[3]


def test_seeding_twice_changes_nothing(store):
    first = store.ensure_seeded()
    version = store.version()
    second = store.ensure_seeded()
    assert [r.status for r in first] == ["added"] * len(read_seed_corpus().articles)
    assert [r.status for r in second] == ["duplicate"] * len(first)
    assert store.version() == version
    assert len(store.claims_frame()) == sum(r.claims for r in first) > 0


# --- batches --------------------------------------------------------------------------------

def test_a_batch_stores_each_article_once_in_order(store):
    batch = [Article("1", VALLEY), Article("2", TUNNEL), Article("3", VALLEY), Article("4", BRIDGE)]
    results = list(store.add_articles(batch))
    assert [(r.added, r.claims) for r in results] == [(True, 1), (True, 1), (False, 0), (True, 1)]
    assert results[2].article_id == results[0].article_id


def test_a_batch_extracted_by_worker_processes_stores_the_same(store, monkeypatch):
    monkeypatch.setattr(store_module, "PARALLEL_MIN_ARTICLES", 2)
    batch = [Article(r["id"], r["text"]) for r in numbered_articles(12)]
    results = list(store.add_articles(batch + batch[:2], workers=2))
    assert [r.added for r in results] == [True] * 12 + [False] * 2
    assert [r.claims for r in results[:12]] == [len(extract_article(a)) for a in batch]
    assert len(store.claims_frame()) == sum(r.claims for r in results)


def test_an_extractor_failure_costs_only_its_article(store, monkeypatch):
    def fragile(article):
        if "tunnel" in article.text:
            raise IndexError("simulated extractor bug")
        return extract_article(article)

    monkeypatch.setattr(store_module, "extract_article", fragile)
    results = list(store.add_articles([Article("1", VALLEY), Article("2", TUNNEL), Article("3", BRIDGE)]))
    assert [r.added for r in results] == [True, False, True]
    assert results[1].failure == "the extractor failed on this text (IndexError)"
    assert len(store.articles_frame()) == 2


# --- re-extraction --------------------------------------------------------------------------

def test_reextract_replaces_every_articles_claims_and_keeps_the_articles(store, monkeypatch):
    list(store.add_articles([HARBOUR_ARTICLE, Article("v", VALLEY), Article("n", NO_CLAIM)]))
    before = store.claims_frame()
    articles_before = store.articles_frame().drop(columns=[S.CLAIM_COUNT])
    # an "older extractor" that found nothing more than the figure 1 in every article
    monkeypatch.setattr(store_module, "extract_article", lambda a: [
        {**r, S.VALUE_BEST: 1} for r in extract_article(a)])
    done = store.reextract()
    assert (done.articles, done.claims_before, done.claims_after, done.failed) == (3, 2, 2, [])
    assert set(store.claims_frame()[S.VALUE_BEST]) == {1}
    monkeypatch.undo()
    store.reextract()
    pd.testing.assert_frame_equal(store.claims_frame(), before)
    pd.testing.assert_frame_equal(store.articles_frame().drop(columns=[S.CLAIM_COUNT]), articles_before)


def test_reextract_keeps_the_earlier_claims_of_an_article_it_fails_on(store, monkeypatch):
    list(store.add_articles([Article("v", VALLEY), Article("t", TUNNEL)]))
    before = store.claims_frame()

    def failing_on_tunnel(article):
        if "tunnel" in article.text:
            raise RecursionError("deep")
        return extract_article(article)

    monkeypatch.setattr(store_module, "extract_article", failing_on_tunnel)
    done = store.reextract()
    assert done.articles == 1
    assert done.failed == [(content_id(TUNNEL), "the extractor failed on this text (RecursionError)")]
    pd.testing.assert_frame_equal(store.claims_frame(), before)


def test_only_the_articles_an_earlier_extractor_read_are_outdated_and_read_again(store, monkeypatch):
    # an earlier extractor, which found no claims at all
    monkeypatch.setattr(store_module, "EXTRACTOR_VERSION", "earlier")
    monkeypatch.setattr(store_module, "extract_article", lambda article: [])
    list(store.add_articles([Article("v", VALLEY), Article("t", TUNNEL)]))
    monkeypatch.undo()
    store.add_article(HARBOUR_ARTICLE)
    assert store.outdated() == 2
    done = store.reextract(outdated_only=True)
    expected = len(extract_article(Article("v", VALLEY))) + len(extract_article(Article("t", TUNNEL)))
    assert (done.articles, done.claims_before, done.claims_after, done.failed) == (2, 0, expected, [])
    assert store.outdated() == 0
    assert store.reextract(outdated_only=True).articles == 0


def test_claims_carry_the_extractor_version_that_produced_them(store):
    store.add_article(HARBOUR_ARTICLE)
    with store._engine.connect() as conn:
        versions = conn.execute(store_module.claims.select()).mappings().all()
    assert {row[store_module.EXTRACTED_WITH] for row in versions} == {EXTRACTOR_VERSION}


# --- opening, schema versions and upgrades -----------------------------------------------------

def test_articles_and_claims_survive_a_new_process(db_url, tmp_path):
    source = write_jsonl(tmp_path / "batch.jsonl", numbered_articles(5))
    assert run_cli("ingest", source, "--db", db_url).returncode == 0
    reopened = Store.open(db_url)
    assert len(reopened.articles_frame()) == 5
    assert len(reopened.claims_frame()) == 10
    reopened.close()
    out = tmp_path / "claims.csv"
    assert run_cli("export", "--out", out, "--db", db_url).returncode == 0
    assert len(pd.read_csv(out, encoding="utf-8-sig")) == 10


def test_an_older_database_is_upgraded_in_place(db_url, monkeypatch):
    old = Store.open(db_url)
    old.add_article(HARBOUR_ARTICLE)
    old.close()
    note = Column("analyst_note", Text)

    def add_note_column(conn):   # a step as a later version of the program would add
        conn.exec_driver_sql(f"ALTER TABLE articles ADD COLUMN {note.name} TEXT")

    steps = store_module.UPGRADES
    monkeypatch.setattr(store_module, "UPGRADES", [*steps, add_note_column])
    upgraded = Store.open(db_url)
    with upgraded._engine.connect() as conn:
        assert note.name in {c["name"] for c in inspect(conn).get_columns("articles")}
        info = dict(conn.execute(store_module.store_info.select()).all())
    assert info[store_module.SCHEMA_VERSION_KEY] == len(steps) + 2
    assert len(upgraded.claims_frame()) == 1           # nothing lost on the way
    upgraded.close()
    Store.open(db_url).close()                            # and a second start upgrades nothing


def test_a_database_from_a_newer_program_is_refused_with_a_reason(db_url, monkeypatch):
    steps = store_module.UPGRADES
    monkeypatch.setattr(store_module, "UPGRADES", [*steps, lambda conn: None])
    Store.open(db_url).close()
    monkeypatch.setattr(store_module, "UPGRADES", steps)
    newer, ours = len(steps) + 2, len(steps) + 1
    with pytest.raises(StoreError, match=f"schema version {newer}, newer than this program's {ours}"):
        Store.open(db_url)


URLS = [
    ("nothing_given_means_the_sqlite_file_under_data", None, {}, f"sqlite:///{DEFAULT_PATH}"),
    ("environment_variable", None, {"DATABASE_URL": "sqlite:////tmp/team.db"}, "sqlite:////tmp/team.db"),
    ("given_wins_over_environment", "sqlite:////tmp/mine.db", {"DATABASE_URL": "sqlite:////tmp/team.db"},
     "sqlite:////tmp/mine.db"),
    ("bare_path_is_a_sqlite_file", "/tmp/x/claims.db", {}, "sqlite:////tmp/x/claims.db"),
    ("postgresql_uses_psycopg3", "postgresql://u:p@db:5432/claims", {}, "postgresql+psycopg://u:p@db:5432/claims"),
    ("postgres_scheme_too", "postgres://u@db/claims", {}, "postgresql+psycopg://u@db/claims"),
    ("explicit_driver_kept", "postgresql+psycopg://u@db/claims", {}, "postgresql+psycopg://u@db/claims"),
]


@pytest.mark.parametrize("given, env, expected", [c[1:] for c in URLS], ids=[c[0] for c in URLS])
def test_database_url(monkeypatch, given, env, expected):
    monkeypatch.delenv("DATABASE_URL", raising=False)
    for name, value in env.items():
        monkeypatch.setenv(name, value)
    assert database_url(given) == expected


UNOPENABLE = [
    ("folder_missing", lambda tmp: f"sqlite:///{tmp}/no/such/folder/claims.db", "unable to open database file"),
    ("not_a_database", lambda tmp: _garbage_file(tmp), "file is not a database"),
    ("unknown_scheme", lambda tmp: "nosuchdb://host/db", "Can't load plugin"),
    ("no_server_listening", lambda tmp: "postgresql://someone:secret@127.0.0.1:9/claims", "failed"),
]


def _garbage_file(tmp):
    path = tmp / "garbage.db"
    path.write_bytes(b"these bytes are no SQLite database" * 100)
    return str(path)


@pytest.mark.parametrize("make_url, message", [c[1:] for c in UNOPENABLE], ids=[c[0] for c in UNOPENABLE])
def test_a_store_that_cannot_be_opened_says_why_in_one_line(tmp_path, make_url, message):
    with pytest.raises(StoreError) as raised:
        Store.open(make_url(tmp_path))
    assert message in str(raised.value) and "\n" not in str(raised.value)
    assert "secret" not in str(raised.value)


def test_sqlite_runs_in_wal_mode_with_foreign_keys(tmp_path):
    opened = Store.open(str(tmp_path / "claims.db"))
    with opened._engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
    opened.close()

