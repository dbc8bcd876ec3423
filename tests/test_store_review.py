"""The review layer in the store: confirm, edit, reject, note and add, each surviving a
restart and a re-extraction; orphans listed, never dropped; the audit trail; the upgrade of
a version-1 store. Runs on SQLite, and on PostgreSQL when DATABASE_URL names a server."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest
from sqlalchemy import inspect

from lib import schema as S
from lib import store as store_module
from lib.articles import Article
from lib.extract import extract_article
from lib.review import ReviewError
from lib.store import Store
from tests.store_helpers import BRIDGE, HARBOUR, TUNNEL, db_url, run_cli, store  # noqa: F401

PORT = Article("p", HARBOUR + "\nA second crane was damaged; 6 workers were hurt in the yard.",
               outlet="Port Gazette", published=dt.date(2024, 10, 1), url="https://gazette.example/p")
MINE = Article("m", TUNNEL, outlet="Mining Weekly", published=dt.date(2024, 10, 3))


def keys(store: Store) -> dict[str, str]:
    """The claim key of each claim by its figure as stated."""
    frame = store.claims_frame()
    return dict(zip(frame[S.FIGURE_TEXT], frame[S.CLAIM_KEY]))


def row(store: Store, key: str) -> pd.Series:
    frame = store.claims_frame()
    return frame[frame[S.CLAIM_KEY] == key].iloc[0]


@pytest.fixture
def reviewed(store):
    """A store with one claim confirmed, one edited, one rejected and one added."""
    store.add_article(PORT)
    store.add_article(MINE)
    found = keys(store)
    store.confirm(found["At least 14"], "Ana")
    store.edit(found["6"], "Ana", {S.VALUE_BEST: "7", S.VALUE_LOW: 7, S.VALUE_HIGH: 7})
    store.reject(found["31"], "Ben", "the miners were found alive")
    added = store.add_claim(store.claims_frame()[S.ARTICLE_ID].iloc[0], "Ben",
                            {S.FIGURE_TEXT: "A second crane", S.SPAN_START: None, S.CATEGORY: "missing",
                             S.VALUE_BEST: 1, S.SUBJECT: "Dockland"})
    return store, found, added.key


def statuses(store: Store) -> dict[str, str]:
    frame = store.claims_frame()
    return dict(zip(frame[S.CLAIM_KEY], frame[S.STATUS]))


def check_reviews(store: Store, found: dict, added: str) -> None:
    assert statuses(store) == {found["At least 14"]: "confirmed", found["6"]: "edited",
                               found["31"]: "rejected", added: "added"}
    assert row(store, found["6"])[S.VALUE_BEST] == 7
    assert row(store, found["31"])[S.REASON] == "the miners were found alive"
    assert row(store, added)[S.OUTLET] == "Port Gazette"


def test_each_review_shows_in_the_claims_table_with_its_status(reviewed):
    check_reviews(*reviewed)


def test_reviews_survive_a_restart(reviewed, db_url):
    store, found, added = reviewed
    store.close()
    reopened = Store.open(db_url)
    check_reviews(reopened, found, added)
    reopened.close()


def test_reviews_survive_reextract(reviewed):
    store, found, added = reviewed
    store.reextract()
    check_reviews(store, found, added)
    assert store.orphans() == []


def test_a_review_whose_claim_is_no_longer_extracted_is_an_orphan_not_dropped(reviewed, monkeypatch):
    store, found, added = reviewed
    monkeypatch.setattr(store_module, "extract_article",
                        lambda a: [r for r in extract_article(a) if r[S.FIGURE_TEXT] != "6"])
    store.reextract()
    assert [o.key for o in store.orphans()] == [found["6"]]
    assert found["6"] not in statuses(store)
    store.keep_orphan(found["6"], "Ana")
    assert store.orphans() == []
    assert row(store, found["6"])[S.STATUS] == "added" and row(store, found["6"])[S.VALUE_BEST] == 7


def test_discarding_an_orphan_is_recorded(reviewed, monkeypatch):
    store, found, _ = reviewed
    with pytest.raises(ReviewError, match="not an orphaned review"):
        store.discard_orphan(found["6"], "Ana")   # its claim is still extracted
    monkeypatch.setattr(store_module, "extract_article", lambda a: [])
    store.reextract()
    store.discard_orphan(found["6"], "Ana")
    assert store.audit_frame().iloc[0][[S.FIELD, S.NEW]].tolist() == ["review", "discarded (orphan)"]


def test_the_audit_trail_records_who_changed_which_field_from_what_to_what(reviewed):
    store, found, _ = reviewed
    trail = store.audit_frame()
    assert list(trail.columns) == list(S.AUDIT_COLUMNS)
    edit = trail[(trail[S.CLAIM_KEY] == found["6"]) & (trail[S.FIELD] == S.VALUE_BEST)].iloc[0]
    assert (edit[S.REVIEWER], edit[S.OLD], edit[S.NEW]) == ("Ana", "6", "7")
    reject = trail[(trail[S.CLAIM_KEY] == found["31"]) & (trail[S.FIELD] == S.STATUS)].iloc[0]
    assert (reject[S.REVIEWER], reject[S.OLD], reject[S.NEW]) == ("Ben", "machine", "rejected")


def test_setting_a_field_back_to_the_extracted_value_undoes_the_edit(reviewed):
    store, found, _ = reviewed
    store.edit(found["6"], "Ana", {S.VALUE_BEST: 6, S.VALUE_LOW: 6, S.VALUE_HIGH: 6})
    assert statuses(store)[found["6"]] == "machine"


def test_confirming_withdraws_a_rejection(reviewed):
    store, found, _ = reviewed
    store.confirm(found["31"], "Ana")
    assert statuses(store)[found["31"]] == "confirmed" and row(store, found["31"])[S.REASON] == ""


def test_a_note_keeps_the_status(reviewed):
    store, found, _ = reviewed
    store.note(found["At least 14"], "Ana", "checked with the port authority")
    assert row(store, found["At least 14"])[[S.STATUS, S.NOTE]].tolist() == [
        "confirmed", "checked with the port authority"]


def test_every_review_changes_the_store_version(store):
    store.add_article(PORT)
    before = store.version()
    store.confirm(store.claims_frame()[S.CLAIM_KEY].iloc[0], "Ana")
    assert store.version() != before


BAD = [
    ("no reviewer", lambda s, k: s.confirm(k, "  "), "reviewer"),
    ("unknown claim", lambda s, k: s.confirm("p:999:killed", "Ana"), "claim_key"),
    ("malformed key", lambda s, k: s.confirm("nonsense", "Ana"), "claim_key"),
    ("unknown field", lambda s, k: s.edit(k, "Ana", {"colour": "red"}), "colour"),
    ("category outside the vocabulary", lambda s, k: s.edit(k, "Ana", {S.CATEGORY: "hurt"}), "category"),
    ("negative figure", lambda s, k: s.edit(k, "Ana", {S.VALUE_BEST: -3}), "value_best"),
    ("unreadable date", lambda s, k: s.edit(k, "Ana", {S.CLAIM_DATE: "03/04/2024"}), "claim_date"),
    ("low above high", lambda s, k: s.edit(k, "Ana", {S.VALUE_LOW: 90}), "value_low"),
    ("rejection without a reason", lambda s, k: s.reject(k, "Ana", ""), "reason"),
    ("added figure not in the text",
     lambda s, k: s.add_claim(k.split(":")[0], "Ana", {S.FIGURE_TEXT: "4,000", S.CATEGORY: "killed",
                                                      S.SUBJECT: "Dockland"}), "figure_text"),
    ("added claim without a category",
     lambda s, k: s.add_claim(k.split(":")[0], "Ana", {S.FIGURE_TEXT: "6"}), "category"),
    ("added claim in an unknown article",
     lambda s, k: s.add_claim("nope", "Ana", {S.FIGURE_TEXT: "6", S.CATEGORY: "killed"}), "article_id"),
]


@pytest.mark.parametrize("action, field", [c[1:] for c in BAD], ids=[c[0] for c in BAD])
def test_bad_reviews_are_refused_naming_the_field_and_change_nothing(store, action, field):
    store.add_article(PORT)
    key = keys(store)["6"]
    before = store.claims_frame()
    with pytest.raises(ReviewError, match=field):
        action(store, key)
    pd.testing.assert_frame_equal(store.claims_frame(), before)
    assert store.audit_frame().empty


def test_a_version_1_store_is_upgraded_with_the_review_tables(db_url, monkeypatch):
    monkeypatch.setattr(store_module, "UPGRADES", [])
    old = Store.open(db_url)
    old.add_article(PORT)
    with old._writer.begin() as conn:
        store_module.audit.drop(conn)
        store_module.reviews.drop(conn)
    old.close()
    monkeypatch.undo()
    upgraded = Store.open(db_url)
    with upgraded._engine.connect() as conn:
        assert {"reviews", "audit"} <= set(inspect(conn).get_table_names())
    assert len(upgraded.claims_frame()) == 2
    upgraded.confirm(keys(upgraded)["6"], "Ana")
    assert statuses(upgraded)[keys(upgraded)["6"]] == "confirmed"
    upgraded.close()


def test_cli_writes_consolidated_claims_and_the_audit_trail(reviewed, db_url, tmp_path):
    store, _, _ = reviewed
    store.add_article(Article("p2", BRIDGE, outlet="Valley Times", published=dt.date(2024, 10, 2)))
    out = tmp_path / "consolidated.csv"
    done = run_cli("claims", "--consolidated", "--db", db_url, "--out", out)
    assert done.returncode == 0, done.stderr
    table = pd.read_csv(out, encoding="utf-8-sig")
    assert "31" not in set(table[S.FIGURE_TEXT].astype(str))          # rejected: left out
    assert "4 consolidated claims from 4 mentions (1 rejected)" in done.stderr
    trail = tmp_path / "audit.csv"
    assert run_cli("audit", "--db", db_url, "--out", trail).returncode == 0
    assert len(pd.read_csv(trail, encoding="utf-8-sig")) == len(store.audit_frame())
