"""Sessions that ingest, review and export at once lose nothing and raise nothing, and a
database that another connection holds for a moment is waited for or retried, never a
failure: on SQLite, and on PostgreSQL when DATABASE_URL names a server (as in CI's second run).
"""
from __future__ import annotations

import csv
import io
import json
import multiprocessing
import random
import sqlite3
import threading
import time
from collections import Counter
from concurrent.futures import ProcessPoolExecutor, ThreadPoolExecutor

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from lib import schema as S
from lib import store as store_module
from lib.articles import Article
from lib.export import csv_bytes, json_bytes, table_csv_bytes
from lib.ingest import DUPLICATE, ingest_bytes
from lib.store import Store
from tests.store_helpers import (db_url, numbered_articles, run_cli, using_postgres,  # noqa: F401
                                 write_jsonl)

SESSIONS = 4
BASE_ARTICLES = 16          # stored before the sessions start: 32 claims to review
NEW_EACH = 8                # articles each session ingests, half of them also the next session's
CLI_NEW = range(30, 42)     # articles a `python -m lib ingest` process stores meanwhile
CLAIMS_EACH = 2             # every numbered article reports one killed and one injured figure
OWN_REVIEWS = 7             # claims each session reviews alone
WAIT_S = 120                # how long a test waits for something to happen before failing


# --- the mixed sessions ---------------------------------------------------------------------

def jsonl(numbers) -> bytes:
    records = numbered_articles(len(numbers), start=numbers[0])
    return "".join(json.dumps(r) + "\n" for r in records).encode()


def plans(keys: list[str], article_ids: list[str]) -> dict[str, list[tuple]]:
    """Each session's operations, shuffled (by a fixed seed) so that they interleave:
    4 uploads of 2 articles, 7 reviews of its own claims (2 confirmed, 2 edited, 2
    rejected, 1 noted), 1 added claim, 4 reviews of claims every session reviews (each
    session changes another field of them), and 3 exports."""
    out = {}
    shared = keys[SESSIONS * OWN_REVIEWS:]
    for number in range(SESSIONS):
        name = f"session-{number}"
        own = keys[number * OWN_REVIEWS:(number + 1) * OWN_REVIEWS]
        first = BASE_ARTICLES + number * NEW_EACH // 2
        plan = [("ingest", f"upload-{number}-{part}.jsonl", jsonl(range(first + 2 * part, first + 2 * part + 2)))
                for part in range(NEW_EACH // 2)]
        plan += [("confirm", own[0]), ("confirm", own[1]),
                 ("edit", own[2], {S.CLAIMANT: f"Claimant of {name} A"}),
                 ("edit", own[3], {S.CLAIMANT: f"Claimant of {name} B", S.CLAIM_DATE: "2024-11-04"}),
                 ("reject", own[4], f"rejected by {name}: a background figure"),
                 ("reject", own[5], f"rejected by {name}: counted twice"),
                 ("note", own[6], f"noted by {name}")]
        plan.append(("add", article_ids[number], {S.FIGURE_TEXT: "fishermen", S.CATEGORY: "missing",
                                                  S.VALUE_BEST: number + 1, S.SUBJECT: "Coastal"}))
        for key in shared:
            plan.append([("edit", key, {S.CLAIMANT: "Harbour master"}), ("edit", key, {S.CLAIMANT_VIA: "Coast radio"}),
                         ("note", key, "seen by all four"), ("confirm", key)][number])
        plan += [("export", "csv"), ("export", "json"), ("export", "audit")]
        random.Random(number).shuffle(plan)
        out[name] = plan
    return out


def run_session(url: str, name: str, plan: list[tuple], start=None) -> dict:
    """One analyst's session with a store of its own; every error is kept, none stops it."""
    store = Store.open(url)
    outcome = {"errors": [], "ingested": [], "exported": []}
    if start is not None:
        start.wait()
    for operation in plan:
        try:
            perform(store, name, operation, outcome)
        except Exception as error:  # recorded: the test shows what failed
            outcome["errors"].append(f"{name} {operation[0]}: {type(error).__name__}: {error}")
    outcome["retried"] = store.retried
    store.close()
    return outcome


def perform(store: Store, name: str, operation: tuple, outcome: dict) -> None:
    kind, *args = operation
    if kind == "ingest":
        outcome["ingested"] += [r.status for r in ingest_bytes(store, *args)]
    elif kind == "confirm":
        store.confirm(args[0], name)
    elif kind == "edit":
        store.edit(args[0], name, args[1])
    elif kind == "reject":
        store.reject(args[0], name, args[1])
    elif kind == "note":
        store.note(args[0], name, args[1])
    elif kind == "add":
        store.add_claim(args[0], name, dict(args[1]))
    elif args[0] == "csv":
        frame = store.claims_frame()
        rows = list(csv.DictReader(io.StringIO(csv_bytes(frame).decode("utf-8-sig"), newline="")))
        assert len(rows) == len(frame) == len({row[S.CLAIM_KEY] for row in rows}), "CSV rows lost or doubled"
        outcome["exported"].append(len(rows))
    elif args[0] == "json":
        frame = store.claims_frame()
        assert len(json.loads(json_bytes(frame))) == len(frame)
        outcome["exported"].append(len(frame))
    else:
        trail = store.audit_frame()
        rows = list(csv.DictReader(io.StringIO(table_csv_bytes(trail).decode("utf-8-sig"), newline="")))
        assert len(rows) == len(trail)
        outcome["exported"].append(len(rows))


def threads(url: str, plan_of: dict) -> list[dict]:
    start = threading.Barrier(SESSIONS)
    with ThreadPoolExecutor(SESSIONS) as pool:
        return list(pool.map(lambda name: run_session(url, name, plan_of[name], start), plan_of))


def processes(url: str, plan_of: dict) -> list[dict]:
    context = multiprocessing.get_context("spawn")   # fresh interpreters: nothing shared
    with context.Manager() as manager, ProcessPoolExecutor(SESSIONS, mp_context=context) as pool:
        start = manager.Barrier(SESSIONS)
        futures = [pool.submit(run_session, url, name, plan, start) for name, plan in plan_of.items()]
        return [future.result(timeout=WAIT_S * 2) for future in futures]


def expected_audit(name: str, operation: tuple) -> tuple:
    """The audit row (reviewer, claim key, field, new value) an operation must leave; None
    for a field stands for any row of that reviewer and claim."""
    kind, key, *rest = operation
    if kind == "confirm":
        return name, key, None, None   # "status" on an unreviewed claim, "confirmed" on an edited one
    if kind == "edit":
        field, value = next(iter(rest[0].items()))
        return name, key, field, value
    if kind in ("reject", "note"):
        return name, key, S.REASON if kind == "reject" else S.NOTE, rest[0]
    return name, None, S.STATUS, "added"


@pytest.mark.parametrize("run", [threads, processes], ids=["four_threads", "four_processes"])
def test_sessions_ingesting_reviewing_and_exporting_at_once_lose_nothing(db_url, tmp_path, run):
    store = Store.open(db_url)
    list(store.add_articles(Article(r["id"], r["text"]) for r in numbered_articles(BASE_ARTICLES)))
    base = store.claims_frame()
    keys = sorted(base[S.CLAIM_KEY])
    plan_of = plans(keys, sorted(set(base[S.ARTICLE_ID])))
    cli_batch = write_jsonl(tmp_path / "cli.jsonl", numbered_articles(len(CLI_NEW), start=CLI_NEW[0]))
    with ThreadPoolExecutor(2) as beside:   # command-line processes at the same time
        cli_ingest = beside.submit(run_cli, "ingest", cli_batch, "--db", db_url)
        cli_export = beside.submit(run_cli, "export", "--out", tmp_path / "export.csv", "--db", db_url)
        outcomes = run(db_url, plan_of)
        cli_ingest, cli_export = cli_ingest.result(), cli_export.result()

    assert [error for outcome in outcomes for error in outcome["errors"]] == []
    assert cli_ingest.returncode == 0, cli_ingest.stderr
    assert cli_export.returncode == 0, cli_export.stderr
    # every article stored once, with all its claims
    wanted = set(range(BASE_ARTICLES, BASE_ARTICLES + (SESSIONS + 1) * NEW_EACH // 2)) | set(CLI_NEW)
    statuses = Counter(status for outcome in outcomes for status in outcome["ingested"])
    added_by_cli = cli_ingest.stdout.count(": added (2 claims)")
    assert statuses["added"] + added_by_cli == len(wanted)
    assert statuses[DUPLICATE] + cli_ingest.stdout.count(": duplicate of ") == SESSIONS * NEW_EACH + len(CLI_NEW) - len(wanted)
    articles = store.articles_frame()
    assert len(articles) == BASE_ARTICLES + len(wanted)
    assert set(articles[S.CLAIM_COUNT]) == {CLAIMS_EACH}
    # every review applied, none overwritten by another session's
    final = store.claims_frame().set_index(S.CLAIM_KEY)
    assert final.index.is_unique
    assert len(final) == CLAIMS_EACH * len(articles) + SESSIONS   # one added claim each
    for name, plan in plan_of.items():
        for kind, *args in plan:
            if kind in ("confirm", "edit", "reject", "note") and args[0] in keys[SESSIONS * OWN_REVIEWS:]:
                continue   # the shared claims: checked below
            if kind == "confirm":
                assert final.loc[args[0], S.STATUS] == "confirmed"
            elif kind == "edit":
                assert final.loc[args[0], S.STATUS] == "edited"
                assert final.loc[args[0], S.CLAIMANT] == args[1][S.CLAIMANT]
            elif kind == "reject":
                assert final.loc[args[0], [S.STATUS, S.REASON]].tolist() == ["rejected", args[1]]
            elif kind == "note":
                assert final.loc[args[0], [S.STATUS, S.NOTE]].tolist() == ["machine", args[1]]
    added = final[final[S.STATUS] == "added"]
    assert sorted(added[S.VALUE_BEST]) == list(range(1, SESSIONS + 1))
    shared = final.loc[keys[SESSIONS * OWN_REVIEWS:]]
    assert set(shared[S.STATUS]) == {"edited"}
    assert set(shared[S.CLAIMANT]) == {"Harbour master"} and set(shared[S.CLAIMANT_VIA]) == {"Coast radio"}
    assert set(shared[S.NOTE]) == {"seen by all four"}
    assert {r.key for r in store.reviews() if r.confirmed} >= set(shared.index)
    # every review has its audit row
    trail = store.audit_frame()
    rows = set(zip(trail[S.REVIEWER], trail[S.CLAIM_KEY], trail[S.FIELD], trail[S.NEW]))
    for name, plan in plan_of.items():
        for operation in plan:
            if operation[0] in ("ingest", "export"):
                continue
            reviewer, key, field, new = expected_audit(name, operation)
            assert any(r[0] == reviewer and key in (None, r[1]) and field in (None, r[2])
                       and new in (None, r[3]) for r in rows), (name, operation)
    # the exports each session took, and the command line's, were whole
    assert all(outcome["exported"] for outcome in outcomes)
    with open(tmp_path / "export.csv", encoding="utf-8-sig", newline="") as exported:
        assert len(list(csv.DictReader(exported))) >= len(base)
    store.close()


def test_sessions_reextracting_while_another_reviews_leave_each_article_one_set_of_claims(db_url):
    """Three sessions re-extract every article while a fourth confirms claims: each article
    ends with its claims once (not one copy per session), and every confirmation stands."""
    store = Store.open(db_url)
    list(store.add_articles(Article(r["id"], r["text"]) for r in numbered_articles(BASE_ARTICLES * 2)))
    keys = sorted(store.claims_frame()[S.CLAIM_KEY])
    stores = [Store.open(db_url) for _ in range(SESSIONS)]
    start = threading.Barrier(SESSIONS)

    def session(number: int):
        start.wait()
        if number < SESSIONS - 1:
            return stores[number].reextract().articles
        return [stores[number].confirm(key, "Ana").status for key in keys]

    with ThreadPoolExecutor(SESSIONS) as pool:
        *reextracted, confirmed = pool.map(session, range(SESSIONS))
    assert reextracted == [BASE_ARTICLES * 2] * (SESSIONS - 1)
    assert set(confirmed) == {"confirmed"}
    assert set(store.articles_frame()[S.CLAIM_COUNT]) == {CLAIMS_EACH}
    final = store.claims_frame()
    assert sorted(final[S.CLAIM_KEY]) == keys and set(final[S.STATUS]) == {"confirmed"}
    for opened in [store, *stores]:
        opened.close()


# --- every review action leaves an audit row ----------------------------------------------

REVIEW_SEQUENCES = [
    ("confirm_an_unreviewed_claim", ["confirm"], [(S.STATUS, "confirmed")]),
    ("confirm_an_edited_claim", ["edit", "confirm"], [(S.CLAIMANT, "Port pilot"), ("confirmed", "True")]),
    ("confirm_a_rejected_claim", ["reject", "confirm"], [(S.REASON, "a typo"), (S.STATUS, "confirmed")]),
    ("reject_an_edited_and_confirmed_claim", ["edit", "confirm", "reject"],
     [("confirmed", "True"), (S.STATUS, "rejected")]),
    ("note_a_confirmed_claim", ["confirm", "note"], [(S.STATUS, "confirmed"), (S.NOTE, "checked")]),
]


@pytest.mark.parametrize("actions, rows", [c[1:] for c in REVIEW_SEQUENCES], ids=[c[0] for c in REVIEW_SEQUENCES])
def test_every_review_action_that_changes_a_claim_leaves_an_audit_row(db_url, actions, rows):
    store = Store.open(db_url)
    store.add_article(Article("a", numbered_articles(1)[0]["text"]))
    key = store.claims_frame()[S.CLAIM_KEY].iloc[0]
    act = {"confirm": lambda: store.confirm(key, "Ana"),
           "edit": lambda: store.edit(key, "Ana", {S.CLAIMANT: "Port pilot"}),
           "reject": lambda: store.reject(key, "Ana", "a typo"),
           "note": lambda: store.note(key, "Ana", "checked")}
    lengths = []
    for action in actions:
        act[action]()
        lengths.append(len(store.audit_frame()))
    trail = store.audit_frame()
    assert set(rows) <= set(zip(trail[S.FIELD], trail[S.NEW]))
    assert lengths == sorted(set(lengths)) and lengths[0] > 0   # each action added rows of its own
    store.close()


# --- a database held by another connection ------------------------------------------------

class Holder:
    """Another connection holding the store's write lock until release(): on SQLite a
    BEGIN IMMEDIATE of its own; on PostgreSQL the revision row, locked FOR UPDATE (what
    every write of the store takes first)."""

    def __init__(self, url: str):
        self.url = url
        if using_postgres():
            self.engine = create_engine(url)
            self.connection = self.engine.connect()
            self.connection.execute(text("SELECT value FROM store_info WHERE name = 'revision' FOR UPDATE"))
        else:
            self.connection = sqlite3.connect(make_url(url).database, isolation_level=None)
            self.connection.execute("BEGIN IMMEDIATE")

    def someone_waits(self) -> bool:
        return someone_waits(self.engine)

    def release(self) -> None:
        if using_postgres():
            self.connection.commit()
            self.connection.close()
            self.engine.dispose()
        else:
            self.connection.execute("COMMIT")
            self.connection.close()


def someone_waits(engine) -> bool:
    """PostgreSQL: whether a session of this database is waiting for a lock."""
    with engine.connect() as probe:
        return bool(probe.execute(text(
            "SELECT count(*) FROM pg_stat_activity WHERE datname = current_database() "
            "AND wait_event_type = 'Lock'")).scalar_one())


def wait_for(condition, what: str) -> None:
    deadline = time.monotonic() + WAIT_S
    while not condition():
        assert time.monotonic() < deadline, f"waited {WAIT_S} s for {what}"
        time.sleep(0.02)


STORM = numbered_articles(1, start=90)[0]["text"]
OPERATIONS = [
    ("ingest_an_article", lambda store, key: store.add_article(Article("x", STORM)).added),
    ("confirm_a_claim", lambda store, key: store.confirm(key, "Ana").status == "confirmed"),
    ("edit_a_claim", lambda store, key: store.edit(key, "Ana", {S.CLAIMANT: "Port pilot"}).status == "edited"),
    ("add_a_claim", lambda store, key: store.add_claim(key.split(":")[0], "Ana", {
        S.FIGURE_TEXT: "fishermen", S.CATEGORY: "missing", S.VALUE_BEST: 2, S.SUBJECT: "Coastal"}).added),
    ("reextract", lambda store, key: store.reextract().articles == 1),
]
HOLDS = [
    # how long the lock is held, what the store must do, and the backend the case runs on
    ("sqlite_held_for_a_second_is_waited_for", "sqlite", "wait"),
    ("sqlite_held_past_the_busy_timeout_is_retried", "sqlite", "retry"),
    ("postgres_row_lock_is_waited_for", "postgres", "wait"),
    ("postgres_lock_timeout_is_retried", "postgres", "retry"),
]


@pytest.mark.parametrize("backend, expect", [h[1:] for h in HOLDS], ids=[h[0] for h in HOLDS])
@pytest.mark.parametrize("operation", [o[1] for o in OPERATIONS], ids=[o[0] for o in OPERATIONS])
def test_a_write_waits_for_or_retries_a_database_held_by_another_connection(db_url, monkeypatch, operation,
                                                                            backend, expect):
    if backend != ("postgres" if using_postgres() else "sqlite"):
        pytest.skip(f"a {backend} case")
    if expect == "retry" and backend == "sqlite":
        monkeypatch.setattr(store_module, "BUSY_TIMEOUT_S", 0.1)   # SQLite gives up after 0.1 s
    if expect == "retry" and backend == "postgres":   # the server gives up a lock wait after 0.1 s
        with create_engine(db_url, isolation_level="AUTOCOMMIT").connect() as admin:
            admin.execute(text(f'ALTER DATABASE "{make_url(db_url).database}" SET lock_timeout = 100'))
    store = Store.open(db_url)
    store.add_article(Article("a", numbered_articles(1)[0]["text"]))
    key = store.claims_frame()[S.CLAIM_KEY].iloc[0]
    events = []
    holder = Holder(db_url)
    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(lambda: (operation(store, key), events.append("written"))[0])
        if expect == "retry":
            wait_for(lambda: store.retried or done.done(), "a retry")
        elif backend == "postgres":
            wait_for(lambda: holder.someone_waits() or done.done(), "the store to wait for the lock")
        else:
            time.sleep(1)   # SQLite shows no waiters: hold the lock for a second
        events.append("released")
        holder.release()
        assert done.result(timeout=WAIT_S) is True
    assert events == ["released", "written"]
    assert (store.retried > 0) == (expect == "retry")
    store.close()


def test_a_deadlock_on_postgres_is_retried(db_url):
    """Another transaction locks the article a re-extraction is about to update, then waits
    for the revision row the re-extraction holds. PostgreSQL breaks the deadlock by failing
    the re-extraction's transaction (its deadlock_timeout is the shorter), and the store
    runs it again."""
    if not using_postgres():
        pytest.skip("PostgreSQL's deadlock detection")
    name = make_url(db_url).database
    with create_engine(db_url, isolation_level="AUTOCOMMIT").connect() as admin:
        admin.execute(text(f"ALTER DATABASE \"{name}\" SET deadlock_timeout = '2s'"))
    store = Store.open(db_url)
    stored = store.add_article(Article("a", numbered_articles(1)[0]["text"]))
    engine = create_engine(db_url)
    other = engine.connect()
    other.execute(text("SET deadlock_timeout = '60s'"))
    other.execute(text("UPDATE articles SET title = title WHERE article_id = :id"), {"id": stored.article_id})
    with ThreadPoolExecutor(1) as pool:
        done = pool.submit(store.reextract)
        wait_for(lambda: someone_waits(engine) or done.done(), "the re-extraction to wait for the article")
        other.execute(text("UPDATE store_info SET value = value + 1 WHERE name = 'revision'"))
        other.commit()
        result = done.result(timeout=WAIT_S)
    other.close()
    engine.dispose()
    assert (result.articles, result.failed, store.retried) == (1, [], 1)
    assert store.articles_frame()[S.CLAIM_COUNT].tolist() == [CLAIMS_EACH]
    store.close()
