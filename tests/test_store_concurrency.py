"""Sessions writing at once and processes killed mid-batch (ingesting or re-extracting) lose
nothing and leave no half article: on SQLite, and on PostgreSQL when DATABASE_URL names a
server. Sessions mixing ingestion, reviews and exports: tests/test_store_sessions.py."""
from __future__ import annotations

import signal
import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
from sqlalchemy import create_engine, insert, select, update

from lib import schema as S
from lib import store as store_module
from lib.articles import Article
from lib.extract import EXTRACTOR_VERSION
from lib.ingest import DUPLICATE, ingest_bytes
from lib.store import Store
from tests.store_helpers import REPO, db_url, numbered_articles, run_cli, write_jsonl  # noqa: F401

CLAIMS_EACH = 2   # every numbered article reports one killed and one injured figure
SESSIONS = [
    ("two_sessions_overlapping_batches", [range(0, 40), range(20, 60)]),
    ("four_sessions_the_same_batch", [range(0, 30)] * 4),
    ("four_sessions_disjoint_batches", [range(0, 15), range(15, 30), range(30, 45), range(45, 60)]),
]


@pytest.mark.parametrize("batches", [c[1] for c in SESSIONS], ids=[c[0] for c in SESSIONS])
def test_sessions_ingesting_at_once_lose_nothing(db_url, batches):
    records = numbered_articles(max(b.stop for b in batches))
    stores = [Store.open(db_url) for _ in batches]
    start = threading.Barrier(len(batches))

    def session(store, numbers):
        start.wait()
        return list(store.add_articles([Article(records[n]["id"], records[n]["text"]) for n in numbers]))

    with ThreadPoolExecutor(len(batches)) as pool:
        results = [r for batch in pool.map(session, stores, batches) for r in batch]
    wanted = {n for b in batches for n in b}
    assert sum(r.added for r in results) == len(wanted)
    assert not any(r.failure for r in results)
    articles = stores[0].articles_frame()
    assert len(articles) == len(wanted)
    assert set(articles[S.CLAIM_COUNT]) == {CLAIMS_EACH}
    assert len(stores[0].claims_frame()) == CLAIMS_EACH * len(wanted)
    for store in stores:
        store.close()


def test_uploads_of_one_file_in_two_sessions_store_it_once(db_url):
    data = "".join(f"{r['text']}\n\n" for r in numbered_articles(1)).encode()
    stores = [Store.open(db_url), Store.open(db_url)]
    start = threading.Barrier(2)

    def upload(store):
        start.wait()
        return ingest_bytes(store, "storm.txt", data)

    with ThreadPoolExecutor(2) as pool:
        (first,), (second,) = pool.map(upload, stores)
    assert sorted([first.status, second.status]) == ["added", DUPLICATE]
    assert len(stores[0].articles_frame()) == 1
    for store in stores:
        store.close()


BATCH = 400
# the batch an ingest is killed in: large enough that the kill lands mid-batch however fast
# extraction and storing get (400 tiny articles were once all stored before the kill), small
# enough that every figure stays below 1,000 (a four-digit number may be read as a year)
INGEST_BATCH = 950


def descendants(pid: int) -> set[int]:
    """The processes below `pid` (Linux's /proc)."""
    parents = {}
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:   # ended meanwhile
            continue
        parents[int(stat.parent.name)] = int(fields[1])
    found, frontier = set(), {pid}
    while frontier:
        frontier = {child for child, parent in parents.items() if parent in frontier} - found
        found |= frontier
    return found


@pytest.mark.parametrize("workers", [1, 2], ids=["extracting_in_process", "extracting_in_workers"])
def test_an_ingest_killed_mid_batch_leaves_whole_articles_and_a_rerun_completes_it(db_url, tmp_path, workers):
    source = write_jsonl(tmp_path / "batch.jsonl", numbered_articles(INGEST_BATCH))
    ingest = subprocess.Popen([sys.executable, "-m", "lib", "ingest", str(source), "--db", db_url,
                               "--workers", str(workers)], cwd=REPO,
                              stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    store = Store.open(db_url)
    deadline = time.monotonic() + 240
    while len(store.articles_frame()) < 10:
        assert ingest.poll() is None, "the batch finished before it could be killed: make it larger"
        assert time.monotonic() < deadline, "the ingest stored nothing in time"
        time.sleep(0.01)
    helpers = descendants(ingest.pid)
    assert len(helpers) >= (0 if workers == 1 else workers)   # workers, their fork server, a tracker
    ingest.kill()
    ingest.wait()
    while helpers and time.monotonic() < deadline:   # they notice their parent is gone, and end
        helpers = {pid for pid in helpers if Path(f"/proc/{pid}").exists()}
        time.sleep(0.05)
    assert not helpers, "worker processes outlived the killed ingest"
    killed = store.articles_frame()
    assert 10 <= len(killed) < INGEST_BATCH
    assert set(killed[S.CLAIM_COUNT]) == {CLAIMS_EACH}       # no article without all its claims
    rerun = run_cli("ingest", source, "--db", db_url, "--workers", workers)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert rerun.stdout.count(": duplicate of ") == len(killed)
    assert rerun.stdout.count(": added (2 claims)") == INGEST_BATCH - len(killed)
    final = store.articles_frame()
    assert len(final) == INGEST_BATCH and set(final[S.CLAIM_COUNT]) == {CLAIMS_EACH}
    store.close()


OLD_VERSION = "0-before-the-upgrade"


def claims_by_article(db_url: str) -> dict[str, tuple[str, list[str]]]:
    """Each article's extractor version and the versions of its claims, straight from the tables."""
    engine = create_engine(db_url)
    with engine.connect() as conn:
        found = {row[0]: (row[1], []) for row in conn.execute(select(
            store_module.articles.c[S.ARTICLE_ID], store_module.articles.c[store_module.EXTRACTED_WITH]))}
        for article_id, version in conn.execute(select(
                store_module.claims.c[S.ARTICLE_ID], store_module.claims.c[store_module.EXTRACTED_WITH])):
            found[article_id][1].append(version)
    engine.dispose()
    return found


def review_state(store: Store) -> tuple:
    """The reviews, the audit trail's length and the reviewed claims' statuses."""
    frame = store.claims_frame()
    reviewed = frame[frame[S.STATUS] != "machine"]
    return ([(r.key, r.status, r.values, r.reason, r.note) for r in store.reviews()], len(store.audit_frame()),
            sorted(zip(reviewed[S.CLAIM_KEY], reviewed[S.STATUS])))


def test_a_reextract_killed_mid_run_leaves_each_article_its_old_or_its_new_claims(db_url):
    store = Store.open(db_url)
    list(store.add_articles([Article(r["id"], r["text"]) for r in numbered_articles(BATCH)], workers=2))
    keys = sorted(store.claims_frame()[S.CLAIM_KEY])
    store.confirm(keys[0], "Ana")
    store.edit(keys[10], "Ana", {S.CLAIMANT: "Harbour master"})
    store.reject(keys[20], "Ben", "counted twice")
    store.note(keys[-1], "Ben", "checked")
    store.add_claim(keys[30].split(":")[0], "Ben", {S.FIGURE_TEXT: "fishermen", S.CATEGORY: "missing",
                                                     S.VALUE_BEST: 3, S.SUBJECT: "Coastal"})
    reviewed = review_state(store)
    # the claims of an older extractor: marked, and one more per article than the current one gives
    engine = create_engine(db_url)
    with engine.begin() as conn:
        conn.execute(update(store_module.articles).values({store_module.EXTRACTED_WITH: OLD_VERSION}))
        conn.execute(update(store_module.claims).values({store_module.EXTRACTED_WITH: OLD_VERSION}))
        conn.execute(insert(store_module.claims), [
            {S.ARTICLE_ID: article_id, S.CATEGORY: "total", S.SPAN_START: 10_000, S.SPAN_END: 10_003,
             S.FIGURE_TEXT: "old", store_module.EXTRACTED_WITH: OLD_VERSION}
            for article_id in store.articles_frame()[S.ARTICLE_ID]])
    engine.dispose()
    old_state = {article_id: (OLD_VERSION, [OLD_VERSION] * (CLAIMS_EACH + 1))
                 for article_id in store.articles_frame()[S.ARTICLE_ID]}
    new_state = (EXTRACTOR_VERSION, [EXTRACTOR_VERSION] * CLAIMS_EACH)

    reextract = subprocess.Popen([sys.executable, "-m", "lib", "reextract", "--db", db_url], cwd=REPO,
                                 stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 240
    while sum(version == EXTRACTOR_VERSION for version, _ in claims_by_article(db_url).values()) < 10:
        assert reextract.poll() is None, "reextract finished before it could be killed: make the store larger"
        assert time.monotonic() < deadline, "reextract replaced nothing in time"
        time.sleep(0.01)
    reextract.send_signal(signal.SIGKILL)
    reextract.wait()

    killed = claims_by_article(db_url)
    done = [article_id for article_id, state in killed.items() if state[0] == EXTRACTOR_VERSION]
    assert 10 <= len(done) < BATCH
    for article_id, (version, claim_versions) in killed.items():   # old or new, never half of each
        assert (version, sorted(claim_versions)) in (old_state[article_id], new_state), article_id
    reopened = Store.open(db_url)
    assert review_state(reopened) == reviewed
    rerun = run_cli("reextract", "--db", db_url)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert f"{BATCH} article(s) re-extracted" in rerun.stdout
    assert all((version, sorted(versions)) == new_state for version, versions in claims_by_article(db_url).values())
    assert review_state(reopened) == reviewed and reopened.orphans() == []
    reopened.close()
    store.close()
