"""The command line: `python -m lib extract` writes the contract CSV, reports bad records by
file and line with a non-zero exit, and still writes the good records."""
import csv
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from lib import schema as S

REPO = Path(__file__).resolve().parent.parent
GOOD = {"id": "good-1", "outlet": "Harbour Post", "published": "2024-06-14",
        "text": "At least 40 people were killed in the floods, the disaster agency said on Thursday."}


def run_cli(*args):
    return subprocess.run([sys.executable, "-m", "lib", *map(str, args)], cwd=REPO,
                          capture_output=True, text=True, timeout=120)


def read_rows(path):
    with open(path, encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_extract_writes_the_contract_columns(tmp_path):
    source = tmp_path / "articles.jsonl"
    source.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    result = run_cli("extract", source, "--out", out)
    assert result.returncode == 0, result.stderr
    rows = read_rows(out)
    assert list(rows[0]) == list(S.CONTRACT_COLUMNS)
    assert (rows[0][S.CATEGORY], rows[0][S.VALUE_BEST], rows[0][S.QUALIFIER]) == ("killed", "40", "at_least")
    assert rows[0][S.CLAIM_DATE] == "2024-06-13"


BAD_INPUTS = [
    ("broken-json-line", "jsonl", lambda: (json.dumps(GOOD) + "\n{not json\n").encode(), "articles.jsonl:2"),
    ("missing-text", "jsonl", lambda: (json.dumps(GOOD) + "\n" + json.dumps({"id": "x"}) + "\n").encode(), "articles.jsonl:2"),
    ("non-utf8-line", "jsonl", lambda: json.dumps(GOOD).encode() + b"\n" + b'{"id": "y", "text": "\xff\xfe bad"}\n', "articles.jsonl:2"),
]


@pytest.mark.parametrize("case, suffix, content, where", BAD_INPUTS, ids=[b[0] for b in BAD_INPUTS])
def test_bad_record_is_named_and_good_records_still_written(tmp_path, case, suffix, content, where):
    source = tmp_path / f"articles.{suffix}"
    source.write_bytes(content())
    out = tmp_path / "claims.csv"
    result = run_cli("extract", source, "--out", out)
    assert result.returncode == 1
    assert where in result.stderr
    assert [row[S.ARTICLE_ID] for row in read_rows(out)] == ["good-1"]


def test_empty_file_is_an_error_and_other_inputs_still_written(tmp_path):
    empty = tmp_path / "empty.jsonl"
    empty.write_bytes(b"")
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    result = run_cli("extract", empty, good, "--out", out)
    assert result.returncode == 1
    assert "empty.jsonl" in result.stderr and "empty" in result.stderr.lower()
    assert len(read_rows(out)) == 1


SPECIAL_FILES = [
    ("device", lambda tmp_path: Path("/dev/zero")),
    ("named-pipe", lambda tmp_path: (os.mkfifo(tmp_path / "feed.jsonl"), tmp_path / "feed.jsonl")[1]),
]


@pytest.mark.parametrize("case, make", SPECIAL_FILES, ids=[c[0] for c in SPECIAL_FILES])
def test_devices_and_pipes_are_refused_unread_and_other_inputs_still_written(tmp_path, case, make):
    special = make(tmp_path)   # read, /dev/zero would fill the memory and a pipe block forever
    good = tmp_path / "good.jsonl"
    good.write_text(json.dumps(GOOD) + "\n", encoding="utf-8")
    out = tmp_path / "claims.csv"
    result = run_cli("extract", special, good, "--out", out)
    assert result.returncode == 1
    assert f"error: {special}: not a regular file (a device, pipe or socket): not read" in result.stderr
    assert len(read_rows(out)) == 1


def test_extract_reads_the_seed_folder():
    result = run_cli("extract", "data/seeds", "--out", "-")
    assert result.returncode == 0, result.stderr
    assert result.stdout.count("\n") == 6  # header and five claims
