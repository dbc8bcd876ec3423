"""Ingest throughput into the SQLite store (a script, not a test).

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_ingest.py [--articles 10000] [--seed 7] [--db URL]

Writes that many synthetic articles (the generator of bench_extract.py: 2-4 KB each, with
claims, non-claims and boilerplate) as .jsonl files of 1,000 articles, then times:

- `python -m lib ingest FOLDER --db sqlite:///...` in a subprocess, into a new database:
  everything an analyst waits for (start-up, reading, hashing, extraction in one worker
  process per CPU, one transaction per article);
- the same again into the now full database: every article a duplicate (reading and
  hashing only, no extraction);
- the first run again into another new database with `--workers 1`: extraction in the
  ingesting process itself;
- lib.extract.extract_corpus alone on the same articles, in this process, to show how
  much of the ingest time is the extractor's.

Prints articles, seconds and articles/s for each. With --db (an empty PostgreSQL database,
say) the first two runs go there instead of a temporary SQLite file.
"""
from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from bench_extract import make_article  # noqa: E402

from lib.articles import read_articles  # noqa: E402
from lib.extract import extract_corpus  # noqa: E402

FILE_SIZE = 1000   # articles a file: well under the 10 MB limit a file


def write_corpus(folder: Path, count: int, seed: int) -> None:
    rng = random.Random(f"{seed}-{count}")
    for start in range(0, count, FILE_SIZE):
        with (folder / f"batch_{start // FILE_SIZE:03d}.jsonl").open("w", encoding="utf-8") as out:
            for number in range(start, min(start + FILE_SIZE, count)):
                out.write(json.dumps(make_article(rng, number), ensure_ascii=False) + "\n")


def run_ingest(folder: Path, db: str, *options: str) -> tuple[float, str]:
    start = time.perf_counter()
    done = subprocess.run([sys.executable, "-m", "lib", "ingest", str(folder), "--db", db, *options],
                          cwd=REPO, check=True, capture_output=True, text=True)
    return time.perf_counter() - start, done.stdout.strip().splitlines()[-1]


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--articles", type=int, default=10_000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--db", help="database URL (default: a new SQLite file in a temporary folder)")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp, "corpus")
        folder.mkdir()
        write_corpus(folder, args.articles, args.seed)
        db = args.db or f"sqlite:///{Path(tmp, 'bench.db')}"
        mb = sum(p.stat().st_size for p in folder.iterdir()) / 1e6
        print(f"{args.articles} articles, {mb:.1f} MB, into {db.split('://')[0]}")
        print(f"{'run':<34}{'seconds':>9}{'art/s':>9}  summary")
        runs = [("ingest, new database", db, ()), ("ingest again, all duplicates", db, ()),
                ("ingest, new database, --workers 1", f"sqlite:///{Path(tmp, 'one.db')}", ("--workers", "1"))]
        for label, url, options in runs:
            seconds, summary = run_ingest(folder, url, *options)
            print(f"{label:<34}{seconds:>9.2f}{args.articles / seconds:>9.1f}  {summary}", flush=True)
        articles = read_articles(sorted(folder.iterdir())).articles
        start = time.perf_counter()
        extract_corpus(articles)
        seconds = time.perf_counter() - start
        print(f"{'extractor alone (in-process)':<34}{seconds:>9.2f}{args.articles / seconds:>9.1f}")


if __name__ == "__main__":
    main()
