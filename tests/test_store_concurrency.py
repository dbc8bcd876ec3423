"""Sessions writing at once and processes killed mid-batch lose nothing and leave no half
article: on SQLite, and on PostgreSQL when DATABASE_URL names a server."""
from __future__ import annotations

import subprocess
import sys
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest

from lib import schema as S
from lib.articles import Article
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
    source = write_jsonl(tmp_path / "batch.jsonl", numbered_articles(BATCH))
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
    assert 10 <= len(killed) < BATCH
    assert set(killed[S.CLAIM_COUNT]) == {CLAIMS_EACH}       # no article without all its claims
    rerun = run_cli("ingest", source, "--db", db_url, "--workers", workers)
    assert rerun.returncode == 0, rerun.stdout + rerun.stderr
    assert rerun.stdout.count(": duplicate of ") == len(killed)
    assert rerun.stdout.count(": added (2 claims)") == BATCH - len(killed)
    final = store.articles_frame()
    assert len(final) == BATCH and set(final[S.CLAIM_COUNT]) == {CLAIMS_EACH}
    store.close()
