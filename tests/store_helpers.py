"""Fixtures and invented articles for the store and ingestion tests (tests/test_store*.py,
tests/test_ingest*.py).

Each test gets an empty store of its own: a SQLite file in its tmp_path, or, when
DATABASE_URL names a PostgreSQL server (as in CI's second run), a new database created on
that server for the test and dropped after it.
"""
from __future__ import annotations

import json
import os
import subprocess
import sys
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine
from sqlalchemy.engine import make_url

from lib.store import Store, database_url

REPO = Path(__file__).resolve().parent.parent
SERVER = os.environ.get("DATABASE_URL", "")   # read once: tests may change the variable

# Sentences written for these tests: each has one casualty figure the extractor reads.
HARBOUR = "At least 14 dock workers were killed when a crane collapsed in the harbour, the port authority said on Tuesday."
VALLEY = "Nine hikers were injured by a rockslide in the northern valley, the mountain rescue service said."
TUNNEL = "Rescuers said 31 miners were missing after the tunnel flooded overnight."
BRIDGE = "About 200 villagers were hurt when the footbridge gave way during the festival, the governor said."
NO_CLAIM = "The council approved a new budget for road repairs on Wednesday."


def using_postgres() -> bool:
    return SERVER.startswith(("postgres", "postgresql"))


@pytest.fixture
def db_url(tmp_path):
    """The URL of an empty database for this test."""
    if not using_postgres():
        yield f"sqlite:///{tmp_path / 'claims.db'}"
        return
    server = make_url(database_url(SERVER))
    name = f"claims_test_{uuid.uuid4().hex[:12]}"
    admin = create_engine(server, isolation_level="AUTOCOMMIT")
    with admin.connect() as conn:
        conn.exec_driver_sql(f'CREATE DATABASE "{name}"')
    yield server.set(database=name).render_as_string(hide_password=False)
    with admin.connect() as conn:
        conn.exec_driver_sql(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    admin.dispose()


@pytest.fixture
def store(db_url):
    opened = Store.open(db_url)
    yield opened
    opened.close()


def numbered_articles(count: int, start: int = 0) -> list[dict]:
    """`count` distinct invented articles (records for .jsonl), each with claims."""
    return [{"id": f"n{number}", "outlet": "Coastal Herald", "published": "2024-11-05",
             "url": f"https://herald.example/{number}",
             "text": (f"At least {number + 3} fishermen were killed when a storm hit the coast, the coast "
                      f"guard said on Monday.\n{number + 40} others were injured, officials said.")}
            for number in range(start, start + count)]


def write_jsonl(path: Path, records: list[dict]) -> Path:
    path.write_text("".join(json.dumps(r) + "\n" for r in records), encoding="utf-8")
    return path


def run_cli(*args, env: dict | None = None, timeout: float = 300):
    return subprocess.run([sys.executable, "-m", "lib", *map(str, args)], cwd=REPO, capture_output=True,
                          text=True, timeout=timeout, env={**os.environ, **(env or {})})
