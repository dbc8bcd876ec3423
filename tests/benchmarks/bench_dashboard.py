"""Dashboard rerun time after a filter change, at 1,000 and 100,000 claims (a script, not a test).

Run from the repository root:

    .venv/bin/python tests/benchmarks/bench_dashboard.py [--sizes 1000 100000] [--rounds 3] [--repeats 3]

For each size it builds a SQLite store holding that many generated claims (three a
generated article; about a third of them repeat an earlier claim in another outlet, as news
does), then drives app.py with Streamlit's AppTest in a fresh process: one first run
(reading the store and grouping the claims, which the dashboard caches on the store's
version), then a series of sidebar filter changes on the Overview and on the Claims page,
each a full script rerun. The sizes take turns over several rounds, so a machine busy with
something else slows both alike. It prints the median rerun time per page and size, and the
ratio of the largest size to the smallest; the issue's target is at most 1.5 for 100,000
claims against 1,000. The data are seeded, so runs are comparable.

Claims are written straight into the store's tables (lib.store.articles and lib.store.claims)
rather than extracted from text, so building 100,000 of them takes seconds, not minutes.
"""
from __future__ import annotations

import argparse
import datetime as dt
import json
import os
import random
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(REPO))

from sqlalchemy import create_engine, update  # noqa: E402

from lib import filters as F  # noqa: E402
from lib import schema as S  # noqa: E402
from lib import store as store_module  # noqa: E402
from lib.store import Store  # noqa: E402
from tests.apptest_pages import route_pages_through_navigation  # noqa: E402

CLAIMS_PER_ARTICLE = 3
REPEAT_SHARE = 0.35
OUTLETS = [f"{town} {paper}" for town in ("Northern", "Harbour", "Capital", "Eastern", "Valley", "Coastal")
           for paper in ("Ledger", "Post", "Wire", "Courier", "Herald")]
CLAIMANTS = [f"{body} of {place}" for body in ("Defence Ministry", "Health Ministry", "Army Staff",
                                              "Interior Ministry", "Civil Defence", "Red Cross office")
             for place in ("Ruritania", "Borduria", "Syldavia", "Carpania", "Osterlich", "Vulgaria",
                           "Grand Fenwick", "Latveria")]
SUBJECTS = ["Ruritania", "Borduria", "Syldavia", "Carpania", "Osterlich", "Vulgaria",
            "Grand Fenwick", "Latveria", "civilians", "aid workers"]
WORDS = {"killed": "were killed", "injured": "were wounded", "total": "were killed or wounded",
         "missing": "are missing", "captured": "were taken prisoner"}
HEDGES = [("exact", ""), ("at_least", "at least "), ("more_than", "more than "), ("about", "about "),
          ("nearly", "nearly "), ("at_most", "up to ")]
FIRST_DAY = dt.date(2023, 1, 1)


def generate(size: int, seed: int) -> tuple[list[dict], list[dict]]:
    """(article rows, claim rows) for the store's tables: `size` claims."""
    rng = random.Random(seed)
    articles, claims, said = [], [], []
    for number in range(-(-size // CLAIMS_PER_ARTICLE)):
        published = FIRST_DAY + dt.timedelta(days=rng.randint(0, 720))
        sentences, rows = [], []
        for _ in range(min(CLAIMS_PER_ARTICLE, size - len(claims))):
            if said and rng.random() < REPEAT_SHARE:
                claim = dict(rng.choice(said), restated=rng.random() < 0.5)
            else:
                claim = _new_claim(rng, published)
                said.append(claim)
            sentence, start, end = _sentence(claim, offset=sum(len(s) + 1 for s in sentences))
            sentences.append(sentence)
            rows.append({**claim, S.EVIDENCE: sentence, S.SPAN_START: start, S.SPAN_END: end})
        article_id = f"bench{number:08d}"
        articles.append({
            S.ARTICLE_ID: article_id, S.URL: f"https://news.example/{article_id}",
            S.OUTLET: rng.choice(OUTLETS), S.TITLE: f"Casualty report {number}",
            S.PUBLISHED: published, S.LANGUAGE: "en", store_module.TEXT: "\n".join(sentences),
            S.SOURCE: "bench_dashboard.py",
            S.ADDED_AT: dt.datetime(2025, 1, 1) + dt.timedelta(seconds=number),
            store_module.EXTRACTED_WITH: "bench"})
        claims += [{**row, S.ARTICLE_ID: article_id, store_module.EXTRACTED_WITH: "bench"} for row in rows]
    return articles, claims


def _new_claim(rng: random.Random, published: dt.date) -> dict:
    qualifier, hedge = rng.choice(HEDGES)
    figure = rng.choice([rng.randint(2, 99), rng.randint(100, 9_999), rng.randint(10_000, 400_000)])
    low = figure if qualifier in ("exact", "at_least", "more_than") else None
    high = figure if qualifier in ("exact", "nearly", "at_most") else None
    return {
        S.CATEGORY: rng.choices(list(WORDS), weights=[5, 3, 3, 1, 1])[0],
        S.SUBJECT: rng.choice(SUBJECTS), S.VALUE_LOW: low, S.VALUE_HIGH: high,
        S.VALUE_BEST: figure, S.QUALIFIER: qualifier, S.CLAIMANT: rng.choice(CLAIMANTS),
        S.CLAIMANT_VIA: None, S.CLAIM_DATE: published - dt.timedelta(days=rng.randint(0, 3)),
        S.PERIOD_START: None, S.MODALITY: "projected" if rng.random() < 0.05 else "reported",
        S.RESTATED: False, S.FIGURE_TEXT: f"{hedge}{figure:,}",
    }


def _sentence(claim: dict, offset: int) -> tuple[str, int, int]:
    lead = f"The {claim[S.CLAIMANT]} said "
    figure = claim[S.FIGURE_TEXT]
    sentence = f"{lead}{figure} people from {claim[S.SUBJECT]} {WORDS[claim[S.CATEGORY]]}."
    return sentence, offset + len(lead), offset + len(lead) + len(figure)


def build_store(path: Path, size: int, seed: int) -> str:
    url = f"sqlite:///{path}"
    Store.open(url).close()   # creates the schema
    articles, claims = generate(size, seed)
    engine = create_engine(url)
    with engine.begin() as conn:
        conn.execute(store_module.articles.insert(), articles)
        conn.execute(store_module.claims.insert(), claims)
        conn.execute(update(store_module.store_info)
                     .where(store_module.store_info.c.name == store_module.REVISION_KEY)
                     .values(value=store_module.store_info.c.value + 1))
    engine.dispose()
    return url


# Each rerun sets one sidebar widget: (key, value). The sequence returns to no filter, so
# every step is a change.
CHANGES = [
    (F.CATEGORY_KEY, ["killed"]), (F.CATEGORY_KEY, ["injured", "total"]), (F.CATEGORY_KEY, []),
    (F.RESTATED_KEY, False), (F.RESTATED_KEY, True),
    (F.SEARCH_KEY, "Ruritania"), (F.SEARCH_KEY, ""),
    (F.QUALIFIER_KEY, ["at_least", "nearly"]), (F.QUALIFIER_KEY, []),
]


PAGES = ("pages/overview.py", "pages/claims.py")


def time_reruns(url: str, repeats: int) -> dict:
    """In this process: AppTest over app.py on the store at `url`; the first run's seconds
    and every filter-change rerun's seconds, per page."""
    os.environ[store_module.URL_VARIABLE] = url
    route_pages_through_navigation()
    from streamlit.testing.v1 import AppTest

    app = AppTest.from_file(str(REPO / "app.py"), default_timeout=900)
    started = time.perf_counter()
    app.run()
    results = {"first run": time.perf_counter() - started}
    assert not app.exception, app.exception
    for page in PAGES:
        app.switch_page(page).run()
        results[page] = []
        for _ in range(repeats):
            for key, value in CHANGES:
                widget = _widget(app, key)
                started = time.perf_counter()
                widget.set_value(value).run()
                results[page].append(time.perf_counter() - started)
                assert not app.exception, app.exception
    return results


def _widget(app, key):
    for kind in (app.multiselect, app.toggle, app.text_input):
        try:
            return kind(key=key)
        except KeyError:
            continue
    raise KeyError(key)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1_000, 100_000])
    parser.add_argument("--rounds", type=int, default=3, help="times each size is timed, sizes taking turns")
    parser.add_argument("--repeats", type=int, default=3, help="passes over the filter changes per round")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--one", metavar="URL", help=argparse.SUPPRESS)  # child process: time one store
    args = parser.parse_args()
    if args.one:
        print(json.dumps(time_reruns(args.one, args.repeats)))
        return

    reruns = {size: {page: [] for page in PAGES} for size in args.sizes}
    first_runs = {size: [] for size in args.sizes}
    with tempfile.TemporaryDirectory() as folder:
        urls = {}
        for size in args.sizes:
            started = time.perf_counter()
            urls[size] = build_store(Path(folder) / f"claims-{size}.db", size, args.seed)
            print(f"{size:>8,} claims: store built in {time.perf_counter() - started:.1f} s")
        # Sizes take turns, each in a fresh process (no cache or warm import carries over),
        # so a machine busy with something else slows both sizes alike.
        for _ in range(args.rounds):
            for size in args.sizes:
                child = subprocess.run([sys.executable, __file__, "--one", urls[size], "--repeats", str(args.repeats)],
                                       capture_output=True, text=True, cwd=REPO)
                if child.returncode:
                    sys.exit(f"timing {size:,} claims failed:\n{child.stderr}")
                timed = json.loads(child.stdout.strip().splitlines()[-1])
                first_runs[size].append(timed["first run"])
                for page in PAGES:
                    reruns[size][page] += timed[page]

    medians = {size: {page: statistics.median(reruns[size][page]) for page in PAGES} for size in args.sizes}
    for size in args.sizes:
        print(f"{size:>8,} claims: first run (reads and groups the claims) {statistics.median(first_runs[size]):5.2f} s; "
              f"filter-change rerun, median of {len(reruns[size][PAGES[0]])}: "
              + ", ".join(f"{page.removeprefix('pages/')} {medians[size][page] * 1000:4.0f} ms" for page in PAGES))
    small, large = min(args.sizes), max(args.sizes)
    for page in PAGES:
        print(f"{page.removeprefix('pages/')}: rerun at {large:,} claims / at {small:,} claims = "
              f"{medians[large][page] / medians[small][page]:.2f} (target: at most 1.5)")


if __name__ == "__main__":
    main()
