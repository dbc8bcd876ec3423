"""`python -m lib ingest | export | reextract`: one line per item and a summary, exit codes,
and the stored claims written back out. On SQLite, and PostgreSQL when DATABASE_URL names one."""
from __future__ import annotations

import csv
import io
import json

from lib.articles import content_id
from lib.export import COLUMNS as EXPORT_COLUMNS
from lib.extract import EXTRACTOR_VERSION
from tests.store_helpers import BRIDGE, HARBOUR, TUNNEL, VALLEY, db_url, run_cli  # noqa: F401


def test_ingest_prints_a_line_per_item_then_a_summary_and_fails_on_a_rejection(db_url, tmp_path):
    batch = tmp_path / "batch"
    batch.mkdir()
    (batch / "crane.txt").write_text(HARBOUR)
    (batch / "feed.jsonl").write_text(json.dumps({"text": TUNNEL}) + "\n{oops\n" + json.dumps({"text": HARBOUR}) + "\n")
    (batch / "scan.pdf").write_bytes(b"%PDF")
    first = run_cli("ingest", batch, "--db", db_url)
    lines = first.stdout.splitlines()
    assert lines[:-1] == [
        f"{batch}/crane.txt: added (1 claim)",
        f"{batch}/feed.jsonl:1: added (1 claim)",
        f"{batch}/feed.jsonl:2: rejected: invalid JSON: Expecting property name enclosed in double quotes (column 2)",
        f"{batch}/feed.jsonl:3: duplicate of {content_id(HARBOUR)}",
        f"{batch}/scan.pdf: rejected: unsupported file type '.pdf': expected .txt, .md, .html, .htm, .json, "
        ".jsonl, .csv, .zip",
    ]
    assert lines[-1] == "5 items: 2 added (2 claims), 1 duplicate, 2 rejected"
    assert (first.returncode, first.stderr) == (1, "")


def test_a_clean_batch_exits_0_and_running_it_again_finds_duplicates(db_url, tmp_path):
    (tmp_path / "valley.txt").write_text(VALLEY)
    (tmp_path / "bridge.md").write_text(BRIDGE)
    first = run_cli("ingest", tmp_path / "valley.txt", tmp_path / "bridge.md", "--db", db_url)
    again = run_cli("ingest", tmp_path / "valley.txt", tmp_path / "bridge.md", "--db", db_url)
    assert (first.returncode, first.stdout.splitlines()[-1]) == (0, "2 items: 2 added (2 claims), 0 duplicate, 0 rejected")
    assert (again.returncode, again.stdout.splitlines()[-1]) == (0, "2 items: 0 added (0 claims), 2 duplicate, 0 rejected")


def test_max_mb_sets_the_file_limit(db_url, tmp_path):
    (tmp_path / "long.txt").write_text(HARBOUR * 20)
    done = run_cli("ingest", tmp_path / "long.txt", "--db", db_url, "--max-mb", "0.001")
    assert done.stdout.splitlines()[0] == (f"{tmp_path / 'long.txt'}: rejected: larger than the limit of "
                                           f"1,000 bytes a file ({len(HARBOUR) * 20:,} bytes)")


def test_max_items_sets_the_articles_a_file_may_hold(db_url, tmp_path):
    feed = tmp_path / "feed.jsonl"
    feed.write_text("".join(json.dumps({"text": t}) + "\n" for t in (HARBOUR, TUNNEL, VALLEY)))
    refused = run_cli("ingest", feed, "--db", db_url, "--max-items", "2")
    assert refused.stdout.splitlines()[-1] == "1 item: 0 added (0 claims), 0 duplicate, 1 rejected"
    assert "more than 2 lines" in refused.stdout.splitlines()[0]
    taken = run_cli("ingest", feed, "--db", db_url, "--max-items", "3")
    assert (taken.returncode, taken.stdout.splitlines()[-1]) == (0, "3 items: 3 added (3 claims), 0 duplicate, 0 rejected")


def test_a_store_that_cannot_be_opened_is_one_error_line_and_exit_2(tmp_path):
    done = run_cli("ingest", tmp_path, "--db", tmp_path / "no" / "such" / "folder.db")
    assert done.returncode == 2 and done.stdout == ""
    assert done.stderr == (f"error: cannot open the store at sqlite:///{tmp_path}/no/such/folder.db: "
                           "unable to open database file\n")


def test_export_writes_the_stored_claims_with_their_articles_outlet_url_and_title(db_url, tmp_path):
    record = {"text": HARBOUR, "outlet": "Port Gazette", "url": "https://gazette.example/crane", "title": "Crane"}
    (tmp_path / "in.jsonl").write_text(json.dumps(record) + "\n" + json.dumps({"text": TUNNEL}) + "\n")
    assert run_cli("ingest", tmp_path / "in.jsonl", "--db", db_url).returncode == 0
    done = run_cli("export", "--out", "-", "--db", db_url)
    rows = list(csv.DictReader(io.StringIO(done.stdout.removeprefix("\ufeff"))))
    assert done.returncode == 0 and list(rows[0]) == list(EXPORT_COLUMNS)
    assert [(r["value_best"], r["outlet"], r["url"], r["title"]) for r in rows] == [
        ("14", "Port Gazette", "https://gazette.example/crane", "Crane"), ("31", "", "", "")]


def test_reextract_reports_what_it_did(db_url, tmp_path):
    (tmp_path / "a.txt").write_text(VALLEY)
    run_cli("ingest", tmp_path / "a.txt", "--db", db_url)
    done = run_cli("reextract", "--db", db_url)
    assert (done.returncode, done.stdout) == (
        0, f"1 article(s) re-extracted with extractor {EXTRACTOR_VERSION}: claims 1 before, 1 now\n")
    outdated_only = run_cli("reextract", "--outdated", "--db", db_url)
    assert (outdated_only.returncode, outdated_only.stdout) == (
        0, f"0 article(s) re-extracted with extractor {EXTRACTOR_VERSION}: claims 0 before, 0 now\n")
