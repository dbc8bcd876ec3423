"""The article store: articles and their claims in a database, through SQLAlchemy Core.

A SQLite file (data/claims.db) by default, or the database named by DATABASE_URL (PostgreSQL
through psycopg 3 for a team). What it guarantees:

- An article's id is the hash of its normalised text (lib.articles.content_id): the same
  text is stored once, and a second copy is reported as a duplicate of the first.
- An article is written with all its claims in one transaction: a process killed in the
  middle of a batch leaves whole articles or none, and running the batch again completes it.
- Every write bumps a revision number; `version()` returns it, so a cache keyed on it (the
  dashboard's) sees every change at once and no stale data.
- The schema carries a version. A new database is created at the current version; an older
  one is upgraded in place, one step of UPGRADES at a time, in one transaction.

SQLite runs in WAL mode (readers never wait for the writer) with foreign keys on, and
synchronous=NORMAL: a killed process loses nothing committed, a power cut may lose the last
commits. Writers take the write lock when their transaction begins (BEGIN IMMEDIATE) and
wait up to BUSY_TIMEOUT_S for each other instead of failing. The store issues SQLite's
BEGIN itself: the driver's own transaction handling commits DDL implicitly, which would
make a schema upgrade half-done if it failed.

On PostgreSQL too, one write transaction runs at a time: each begins by bumping the
revision (one row of store_info), whose row lock the next writer waits for. Without it, two
sessions reviewing one claim both found it unreviewed and the second failed on the
reviews table's key or overwrote the first's edit, and two re-extractions of one article
each inserted their claims, doubling them. Every transaction is short (extraction runs
outside it), so the queue moves fast.

A transaction the database refuses for a moment (SQLite still locked after the busy
timeout; PostgreSQL's serialization failures, deadlocks, lock timeouts) is run again from
its start, up to RETRIES times with growing pauses; `Store.retried` counts those reruns.
"""
from __future__ import annotations

import datetime as dt
import json
import multiprocessing
import multiprocessing.connection
import os
import random
import sqlite3
import threading
import time
from concurrent.futures import ProcessPoolExecutor
from contextlib import contextmanager
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Callable, Iterable, Iterator, TypeVar

import pandas as pd
from sqlalchemy import (BigInteger, bindparam, Boolean, Column, Connection, Date, DateTime, Engine,
                        ForeignKey, Index, Integer, MetaData, String, Table, Text, create_engine,
                        delete, event, func, inspect, or_, select, text, update)
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import ArgumentError, DBAPIError, IntegrityError, SQLAlchemyError

from lib import review
from lib import schema as S
from lib.articles import Article, content_id
from lib.corpus import DATA_DIR, SEED_DIR
from lib.extract import EXTRACTOR_VERSION, extract_article

DEFAULT_PATH = DATA_DIR / "claims.db"
URL_VARIABLE = "DATABASE_URL"
BUSY_TIMEOUT_S = 60
FIRST_SCHEMA_VERSION = 1
MIGRATION_LOCK = 7_311_203   # PostgreSQL advisory lock held while the schema is checked
PARALLEL_MIN_ARTICLES = 200  # fewer are extracted in this process: starting workers costs ~1 s
EXTRACT_CHUNK = 16           # articles sent to a worker at once
ID_BATCH = 500               # ids a query looks up at once (SQLite allows 999 parameters)
_WRITE = "store_write"       # execution option: this transaction writes (SQLite: BEGIN IMMEDIATE)
RETRIES = 8                  # attempts at a transaction the database refuses for a moment
RETRY_PAUSE_S = 0.05         # the pause after the first refusal; it doubles each time, up to 2 s
# PostgreSQL's SQLSTATEs of a refusal that a rerun may not meet: serialization failure,
# deadlock detected, lock not available (lock_timeout)
TRANSIENT_STATES = frozenset({"40001", "40P01", "55P03"})
T = TypeVar("T")

TEXT = "text"
EXTRACTED_WITH = "extractor_version"
SCHEMA_VERSION_KEY = "schema_version"
REVISION_KEY = "revision"

metadata = MetaData()

store_info = Table(
    "store_info", metadata,
    Column("name", String(40), primary_key=True),
    Column("value", BigInteger, nullable=False),
)

articles = Table(
    "articles", metadata,
    Column(S.ARTICLE_ID, String(32), primary_key=True),
    Column(S.URL, Text, nullable=False),
    Column(S.OUTLET, Text, nullable=False),
    Column(S.TITLE, Text, nullable=False),
    Column(S.PUBLISHED, Date),
    Column(S.LANGUAGE, String(16), nullable=False),
    Column(TEXT, Text, nullable=False),          # the original text, exactly as read
    Column(S.SOURCE, Text, nullable=False),      # file name (and line or member) it came from
    Column(S.ADDED_AT, DateTime, nullable=False),  # UTC
    Column(EXTRACTED_WITH, String(32), nullable=False),  # the extractor its claims came from
)
Index("articles_by_url", articles.c[S.URL])

claims = Table(
    "claims", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(S.ARTICLE_ID, String(32), ForeignKey(articles.c[S.ARTICLE_ID], ondelete="CASCADE"),
           nullable=False, index=True),
    Column(S.CATEGORY, String(16), nullable=False),
    Column(S.SUBJECT, Text),
    Column(S.VALUE_LOW, BigInteger),
    Column(S.VALUE_HIGH, BigInteger),
    Column(S.VALUE_BEST, BigInteger),
    Column(S.QUALIFIER, String(16)),
    Column(S.CLAIMANT, Text),
    Column(S.CLAIMANT_VIA, Text),
    Column(S.CLAIM_DATE, Date),
    Column(S.PERIOD_START, Date),
    Column(S.MODALITY, String(16)),
    Column(S.RESTATED, Boolean),
    Column(S.EVIDENCE, Text),
    Column(S.SPAN_START, Integer),
    Column(S.SPAN_END, Integer),
    Column(S.FIGURE_TEXT, Text),
    Column(EXTRACTED_WITH, String(32), nullable=False),
)
# The analyst's reviews (lib/review.py), one row per reviewed claim, keyed by its stable claim
# key (article, figure start, extracted category) — not by claims.id, which reextract renews —
# and the audit trail of every change. Neither refers to the claims table, so reextract
# leaves both untouched.
reviews = Table(
    "reviews", metadata,
    Column(S.CLAIM_KEY, String(80), primary_key=True),
    Column(S.ARTICLE_ID, String(32), nullable=False, index=True),
    Column("confirmed", Boolean, nullable=False),
    Column("rejected", Boolean, nullable=False),
    Column("added", Boolean, nullable=False),
    Column("edited_values", Text, nullable=False),    # JSON: field -> reviewed value
    Column("original_values", Text, nullable=False),  # JSON: the claim as first reviewed
    Column(S.REASON, Text, nullable=False),
    Column(S.NOTE, Text, nullable=False),
    Column(S.REVIEWER, Text, nullable=False),
    Column("updated_at", DateTime, nullable=False),   # UTC
)

audit = Table(
    "audit", metadata,
    Column("id", Integer, primary_key=True, autoincrement=True),
    Column(S.AUDIT_AT, DateTime, nullable=False),     # UTC
    Column(S.REVIEWER, Text, nullable=False),
    Column(S.CLAIM_KEY, String(80), nullable=False, index=True),
    Column(S.FIELD, String(32), nullable=False),
    Column(S.OLD, Text),
    Column(S.NEW, Text),
)

CLAIM_FIELDS = tuple(c.name for c in claims.columns if c.name not in ("id", EXTRACTED_WITH))
ARTICLE_FIELDS = tuple(c for c in S.ARTICLE_DTYPES if c != S.CLAIM_COUNT)
JOINED_FIELDS = (S.OUTLET, S.URL, S.TITLE)   # the article's columns on each claim

# Statements run once per article, built once: building them costs more than running them.
_FIND_TEXT = select(articles.c[S.ARTICLE_ID]).where(articles.c[S.ARTICLE_ID] == bindparam("id"))
_FIND_TEXTS = select(articles.c[S.ARTICLE_ID]).where(
    articles.c[S.ARTICLE_ID].in_(bindparam("ids", expanding=True)))
_FIND_TEXT_OR_URL = select(articles.c[S.ARTICLE_ID]).where(
    or_(articles.c[S.ARTICLE_ID] == bindparam("id"), articles.c[S.URL] == bindparam("url")))
_BUMP_REVISION = (update(store_info).where(store_info.c.name == REVISION_KEY)
                  .values(value=store_info.c.value + 1))

# Upgrades of an existing database, oldest first: UPGRADES[0] takes version 1 to 2, and so
# on. A new table or column goes into the definitions above (for new databases) and into
# one new step here (for existing ones).


def _add_review_tables(conn: Connection) -> None:
    """Version 1 to 2: the reviews and audit tables (issue 5)."""
    reviews.create(conn, checkfirst=True)
    audit.create(conn, checkfirst=True)


UPGRADES: list[Callable[[Connection], None]] = [_add_review_tables]


class StoreError(RuntimeError):
    """The store cannot be opened or used; the message is one line for the user."""


class ExtractionError(ValueError):
    """The extractor failed on one article's text; the article is not stored."""


@dataclass(frozen=True)
class Stored:
    """What storing one article did."""
    article_id: str
    added: bool            # False: the same text was already stored under article_id
    claims: int = 0
    same_url: str = ""     # another stored article with this url (its text has changed)
    failure: str = ""      # why the extractor could not read it; nothing was stored


@dataclass
class Reextracted:
    articles: int = 0
    claims_before: int = 0
    claims_after: int = 0
    failed: list[tuple[str, str]] = field(default_factory=list)   # (article id, reason)


def database_url(url: str | None = None) -> str:
    """The URL to open: the one given, else $DATABASE_URL, else the SQLite file under data/.

    A bare file path means a SQLite file; postgres:// and postgresql:// use psycopg 3.
    """
    url = url or os.environ.get(URL_VARIABLE) or str(DEFAULT_PATH)
    if "://" not in url:
        return f"sqlite:///{Path(url).expanduser().resolve()}"
    for prefix in ("postgres://", "postgresql://"):
        if url.startswith(prefix):
            return "postgresql+psycopg://" + url.removeprefix(prefix)
    return url


def current_schema_version() -> int:
    return FIRST_SCHEMA_VERSION + len(UPGRADES)


def extract_records(article: Article) -> list[dict]:
    """The extractor's claim records, or ExtractionError: untrusted text must cost only its
    own article, never the batch."""
    try:
        return extract_article(article)
    except Exception as error:  # any failure of the extractor on one text, reported per item
        raise ExtractionError(f"the extractor failed on this text ({type(error).__name__})") from error


class Store:
    def __init__(self, engine: Engine, url: str):
        self._engine = engine
        self._writer = engine.execution_options(**{_WRITE: True})
        self.url = url
        self.retried = 0   # transactions run again after the database refused them for a moment
        self._retried_lock = threading.Lock()

    @classmethod
    def open(cls, url: str | None = None) -> "Store":
        """Open (creating or upgrading it if need be) the store at `url` (see database_url)."""
        url = database_url(url)
        try:
            store = cls(_engine(make_url(url)), url)
        except ImportError as error:
            raise StoreError(f"cannot open the store at {_shown(url)}: no driver for it is "
                             f"installed ({error.name})") from None
        except (SQLAlchemyError, ValueError) as error:
            raise StoreError(f"cannot open the store at {_shown(url)}: {_reason(error)}") from None
        try:
            store._migrate()
        except (SQLAlchemyError, OSError) as error:
            store.close()
            raise StoreError(f"cannot open the store at {_shown(url)}: {_reason(error)}") from None
        except StoreError:
            store.close()
            raise
        return store

    def close(self) -> None:
        self._engine.dispose()

    # --- writing ------------------------------------------------------------------------

    def add_article(self, article: Article, records: list[dict] | None = None) -> Stored:
        """Store one article with its claims, in one transaction, unless its text is known.

        `records` are its claims when they were extracted already (in another process);
        otherwise the extractor runs here. If it fails, nothing is stored (Stored.failure).
        """
        article = replace(article, id=content_id(article.text))
        stored_before, same_url = self._known(article)
        if stored_before:
            return Stored(article.id, added=False)
        if records is None:
            try:
                records = extract_records(article)
            except ExtractionError as error:
                return Stored(article.id, added=False, failure=str(error))
        def write(conn: Connection) -> None:
            conn.execute(articles.insert(), _article_row(article))
            _insert_claims(conn, records)

        try:
            self._write(write)
        except IntegrityError:
            # another session stored the same text after our check: it is a duplicate now
            if self._known(article)[0]:
                return Stored(article.id, added=False)
            raise
        return Stored(article.id, added=True, claims=len(records), same_url=same_url)

    def add_articles(self, items: Iterable[Article], workers: int = 1) -> Iterator[Stored]:
        """Store each article in its own transaction (see add_article), in order, yielding
        what was done as each is written.

        With workers > 1 and a batch worth it, the extractor runs in that many processes
        while this one writes: extraction is most of the work of ingesting. Texts already
        stored are found first, in one query, and never extracted.
        """
        items = [replace(article, id=content_id(article.text)) for article in items]
        stored = self.stored_ids(article.id for article in items)
        new = list({a.id: a for a in items if a.id not in stored}.values())
        waiting = {article.id for article in new}
        with _extracting(new, workers) as outcomes:   # records or a failure, in the order of `new`
            for article in items:
                if article.id not in waiting:
                    yield self.add_article(article)   # stored before, or earlier in this batch
                    continue
                waiting.discard(article.id)
                outcome = next(outcomes)
                yield (Stored(article.id, added=False, failure=outcome) if isinstance(outcome, str)
                       else self.add_article(article, outcome))

    def stored_ids(self, ids: Iterable[str]) -> set[str]:
        """Which of these article ids are stored."""
        ids = list(ids)

        def read(conn: Connection) -> set[str]:
            return {found for start in range(0, len(ids), ID_BATCH)
                    for found in conn.execute(_FIND_TEXTS, {"ids": ids[start:start + ID_BATCH]}).scalars()}
        return self._read(read)

    def outdated(self) -> int:
        """How many stored articles an earlier extractor read (see EXTRACTOR_VERSION): their
        claims may differ from what the current one finds."""
        return self._read(lambda conn: conn.execute(
            select(func.count()).where(articles.c[EXTRACTED_WITH] != EXTRACTOR_VERSION)).scalar_one())

    def reextract(self, outdated_only: bool = False) -> Reextracted:
        """Run the current extractor over every stored article again, after an upgrade, or
        (`outdated_only`) over those an earlier extractor read.

        Each article's claims are replaced in one transaction, so an interrupted run leaves
        every article with a whole set of claims (old or new) and can simply be run again.
        Texts and metadata are never touched; an article the extractor fails on keeps its
        previous claims and is listed in `failed`.
        """
        query = select(articles.c[S.ARTICLE_ID]).order_by(articles.c[S.ADDED_AT], articles.c[S.ARTICLE_ID])
        if outdated_only:
            query = query.where(articles.c[EXTRACTED_WITH] != EXTRACTOR_VERSION)
        ids = self._read(lambda conn: conn.execute(query).scalars().all())
        summary = Reextracted()
        for article_id in ids:
            article = self.article(article_id)
            try:
                records = extract_records(article)
            except ExtractionError as error:
                summary.failed.append((article_id, str(error)))
                continue

            def replace_claims(conn: Connection) -> int:
                removed = conn.execute(delete(claims).where(claims.c[S.ARTICLE_ID] == article_id))
                _insert_claims(conn, records)
                conn.execute(update(articles).where(articles.c[S.ARTICLE_ID] == article_id)
                             .values({EXTRACTED_WITH: EXTRACTOR_VERSION}))
                return removed.rowcount

            summary.claims_before += self._write(replace_claims)
            summary.articles += 1
            summary.claims_after += len(records)
        return summary

    def ensure_seeded(self) -> list:
        """Ingest the seed corpus (data/seeds); a second call finds only duplicates and
        changes nothing. Returns the ingest results (lib.ingest.IngestResult)."""
        from lib.ingest import ingest_paths  # lib.ingest stores through this module

        return ingest_paths(self, [SEED_DIR])

    # --- reading ------------------------------------------------------------------------

    def version(self) -> str:
        """Changes whenever articles or claims change: the cache key of their frames."""
        return str(self._read(lambda conn: conn.execute(
            select(store_info.c.value).where(store_info.c.name == REVISION_KEY)).scalar_one()))

    def articles_frame(self) -> pd.DataFrame:
        """One row per article (lib.schema.ARTICLE_DTYPES), oldest first, without texts."""
        counts = (select(claims.c[S.ARTICLE_ID], func.count().label(S.CLAIM_COUNT))
                  .group_by(claims.c[S.ARTICLE_ID]).subquery())
        query = (select(*(articles.c[name] for name in ARTICLE_FIELDS),
                        func.coalesce(counts.c[S.CLAIM_COUNT], 0).label(S.CLAIM_COUNT))
                 .outerjoin(counts, counts.c[S.ARTICLE_ID] == articles.c[S.ARTICLE_ID])
                 .order_by(articles.c[S.ADDED_AT], articles.c[S.ARTICLE_ID]))
        frame = self._frame(query)
        return frame.astype({name: dtype for name, dtype in S.ARTICLE_DTYPES.items()
                             if dtype != "datetime64[ns]"}).pipe(_datetimes, (S.PUBLISHED, S.ADDED_AT))

    def claims_frame(self, reviewed: bool = True) -> pd.DataFrame:
        """The claims table (lib.schema columns and dtypes) with its article's outlet, url
        and title, in the order the articles were added, then the claims analysts added.

        `reviewed` (the default): the analysts' reviews applied (lib.review.apply_reviews),
        with each claim's CLAIM_KEY, STATUS, REASON and NOTE; False: as extracted."""
        frame = self._extracted_frame()
        if not reviewed:
            return frame
        found = self.reviews()
        meta = self._article_meta() if any(r.added for r in found) else {}
        return review.apply_reviews(frame, found, meta)

    def _extracted_frame(self) -> pd.DataFrame:
        query = (select(*(claims.c[name] for name in CLAIM_FIELDS),
                        *(articles.c[name] for name in JOINED_FIELDS))
                 .join(articles, articles.c[S.ARTICLE_ID] == claims.c[S.ARTICLE_ID])
                 .order_by(articles.c[S.ADDED_AT], articles.c[S.ARTICLE_ID], claims.c.id))
        frame = S.coerce(self._frame(query))
        return frame.astype({name: "string" for name in JOINED_FIELDS})

    def _article_meta(self) -> dict[str, dict]:
        query = select(articles.c[S.ARTICLE_ID], *(articles.c[name] for name in JOINED_FIELDS))
        rows = self._read(lambda conn: conn.execute(query).mappings().all())
        return {row[S.ARTICLE_ID]: {name: row[name] for name in JOINED_FIELDS} for row in rows}

    def published_dates(self) -> dict[str, dt.date | None]:
        """Each article's publication date, by id (consolidation's first and last seen)."""
        return dict(self._read(lambda conn: conn.execute(
            select(articles.c[S.ARTICLE_ID], articles.c[S.PUBLISHED])).all()))

    # --- the review layer (lib/review.py) ------------------------------------------------

    def reviews(self) -> list[review.Review]:
        """Every stored review, oldest change first."""
        rows = self._read(lambda conn: conn.execute(
            select(reviews).order_by(reviews.c.updated_at, reviews.c[S.CLAIM_KEY])).mappings().all())
        return [_review_of(row) for row in rows]

    def orphans(self) -> list[review.Review]:
        """Reviews whose claim the extractor no longer gives: listed for a decision
        (keep_orphan or discard_orphan), never dropped."""
        return review.orphans(self._extracted_frame(), self.reviews())

    def audit_frame(self) -> pd.DataFrame:
        """The audit trail (lib.schema.AUDIT_COLUMNS), newest first."""
        query = select(*(audit.c[name] for name in S.AUDIT_COLUMNS)).order_by(audit.c.id.desc())
        frame = self._frame(query)
        frame[S.AUDIT_AT] = pd.to_datetime(frame[S.AUDIT_AT]).astype("datetime64[ns]")
        return frame.astype({name: "string" for name in S.AUDIT_COLUMNS if name != S.AUDIT_AT})

    def confirm(self, key: str, reviewer: str) -> review.Review:
        """The claim is right as it stands (a rejection is withdrawn)."""
        def change(current: review.Review) -> None:
            current.confirmed, current.rejected, current.reason = True, False, ""
        return self._review(key, reviewer, change)

    def edit(self, key: str, reviewer: str, changes: dict) -> review.Review:
        """Set fields of the claim (lib.schema.EDITABLE); ReviewError names a bad field."""
        checked = review.validate_changes(changes)

        def change(current: review.Review) -> None:
            base = current.values if current.added else current.original
            current.values = ({**current.values, **checked} if current.added
                              else review.edited_values(base, current.values, checked))
            _check_bounds(current.original, current.values)
        return self._review(key, reviewer, change)

    def reject(self, key: str, reviewer: str, reason: str) -> review.Review:
        """The claim is wrong; `reason` says why (required)."""
        reason = " ".join(str(reason or "").split())
        if not reason:
            raise review.ReviewError("reason: say why the claim is rejected")

        def change(current: review.Review) -> None:
            current.rejected, current.confirmed, current.reason = True, False, reason
        return self._review(key, reviewer, change)

    def note(self, key: str, reviewer: str, text: str) -> review.Review:
        def change(current: review.Review) -> None:
            current.note = str(text or "").strip()
        return self._review(key, reviewer, change)

    def add_claim(self, article_id: str, reviewer: str, fields: dict) -> review.Review:
        """A claim the extractor missed, read by an analyst from the article's text.

        `fields`: FIGURE_TEXT (words of the article, found in its cleaned text; SPAN_START
        picks an occurrence), CATEGORY, and any of the editable fields; the rest default to
        the article (claimant: its outlet; claim date: its publication date)."""
        found = self.article(article_id)
        if found is None:
            raise review.ReviewError(f"article_id: no stored article {article_id!r}")
        record = review.added_record(found, dict(fields))
        key = review.claim_key(article_id, record[S.SPAN_START], record[S.CATEGORY])

        def change(current: review.Review) -> None:
            if current.added or current.original:
                raise review.ReviewError(f"span_start: a claim {key} exists already; edit it instead")
            current.added, current.confirmed, current.values = True, True, record
        return self._review(key, reviewer, change, new_claim=True)

    def keep_orphan(self, key: str, reviewer: str) -> review.Review:
        """An orphan's decision: keep the claim as reviewed, as an added claim."""
        def change(current: review.Review) -> None:
            current.values = {**current.original, **current.values, S.ARTICLE_ID: review.parse_key(key)[0]}
            current.added = True
        return self._review(key, reviewer, change, orphan=True)

    def discard_orphan(self, key: str, reviewer: str) -> None:
        """An orphan's decision: its review no longer applies. The audit trail keeps it."""
        reviewer = review.clean_reviewer(reviewer)

        def discard(conn: Connection) -> None:
            current = self._current_review(conn, key)
            if current is None or current.added or self._extracted(conn, key) is not None:
                raise review.ReviewError(f"claim_key: {key} is not an orphaned review")
            conn.execute(delete(reviews).where(reviews.c[S.CLAIM_KEY] == key))
            _audit(conn, reviewer, key, [("review", current.status, "discarded (orphan)")])

        self._write(discard)

    def _review(self, key: str, reviewer: str, change, new_claim: bool = False,
                orphan: bool = False) -> review.Review:
        reviewer = review.clean_reviewer(reviewer)
        article_id, _, _ = review.parse_key(key)

        def write(conn: Connection) -> review.Review:
            # read inside the write transaction, after its lock: the state every other
            # session's review left, so none is overwritten
            current = self._current_review(conn, key)
            stored = current is not None
            extracted = self._extracted(conn, key)
            if orphan and (current is None or current.added or extracted is not None):
                raise review.ReviewError(f"claim_key: {key} is not an orphaned review")
            if current is None:
                if extracted is None and not new_claim:
                    raise review.ReviewError(f"claim_key: no claim {key} in the store")
                current = review.Review(key, original=extracted or {})
            elif extracted is not None and not current.added:
                current.original = extracted   # the claim as the extractor gives it now
            before = review.Review(**{**current.__dict__, "values": dict(current.values)})
            change(current)
            current.reviewer, current.updated_at = reviewer, _now()
            row = _review_row(current, article_id)
            if stored:
                conn.execute(update(reviews).where(reviews.c[S.CLAIM_KEY] == key).values(row))
            else:
                conn.execute(reviews.insert(), row)
            _audit(conn, reviewer, key, review.changes(before, current))
            return current

        return self._write(write)

    def _current_review(self, conn: Connection, key: str) -> review.Review | None:
        row = conn.execute(select(reviews).where(reviews.c[S.CLAIM_KEY] == key)).mappings().first()
        return None if row is None else _review_of(row)

    def _extracted(self, conn: Connection, key: str) -> dict | None:
        """The extracted claim with this key, as plain values, or None."""
        article_id, span, category = review.parse_key(key)
        row = conn.execute(select(*(claims.c[name] for name in CLAIM_FIELDS)).where(
            claims.c[S.ARTICLE_ID] == article_id, claims.c[S.SPAN_START] == span,
            claims.c[S.CATEGORY] == category).order_by(claims.c.id)).mappings().first()
        return None if row is None else {name: review.plain(value) for name, value in row.items()}

    def article(self, article_id: str) -> Article | None:
        """The stored article with its original text, or None."""
        row = self._read(lambda conn: conn.execute(
            select(articles).where(articles.c[S.ARTICLE_ID] == article_id)).mappings().first())
        if row is None:
            return None
        return Article(id=row[S.ARTICLE_ID], text=row[TEXT], outlet=row[S.OUTLET],
                       published=row[S.PUBLISHED], url=row[S.URL], title=row[S.TITLE],
                       language=row[S.LANGUAGE], source=row[S.SOURCE])

    # --- internals ----------------------------------------------------------------------

    def _known(self, article: Article) -> tuple[bool, str]:
        """Whether this text is stored, and the id of another article with the same url."""
        query = _FIND_TEXT_OR_URL if article.url else _FIND_TEXT
        rows = self._read(lambda conn: conn.execute(query, {"id": article.id, "url": article.url}).scalars().all())
        others = sorted(row for row in rows if row != article.id)
        return article.id in rows, others[0] if others else ""

    def _frame(self, query) -> pd.DataFrame:
        def read(conn: Connection) -> pd.DataFrame:
            result = conn.execute(query)
            return pd.DataFrame(result.fetchall(), columns=list(result.keys()))
        return self._read(read)

    def _write(self, work: Callable[[Connection], T]) -> T:
        """work(conn) in one write transaction, which first takes the store's write lock by
        bumping the revision (see the module's doc); run again while the database refuses
        it for a moment. An error of `work` itself (ReviewError...) rolls it back and rises."""
        def attempt() -> T:
            with self._writer.begin() as conn:
                _bump_revision(conn)
                return work(conn)
        return self._retrying(attempt)

    def _read(self, work: Callable[[Connection], T]) -> T:
        """work(conn) on a connection of its own, run again while the database is busy."""
        def attempt() -> T:
            with self._engine.connect() as conn:
                return work(conn)
        return self._retrying(attempt)

    def _retrying(self, attempt: Callable[[], T]) -> T:
        failures = 0
        while True:
            try:
                return attempt()
            except DBAPIError as error:
                failures += 1
                if failures == RETRIES or not _transient(error):
                    raise
            with self._retried_lock:
                self.retried += 1
            # a random share, so sessions refused together do not all come back together
            time.sleep(min(RETRY_PAUSE_S * 2 ** (failures - 1), 2.0) * random.uniform(0.5, 1.5))

    def _migrate(self) -> None:
        """Create the schema, or upgrade an older one in place, in one transaction."""
        self._retrying(self._migrate_once)

    def _migrate_once(self) -> None:
        with self._writer.begin() as conn:
            if conn.dialect.name == "postgresql":  # two first starts at once: one creates, one waits
                conn.execute(text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK})
            current = current_schema_version()
            if not inspect(conn).has_table(store_info.name):
                metadata.create_all(conn)
                conn.execute(store_info.insert(), [{"name": SCHEMA_VERSION_KEY, "value": current},
                                                   {"name": REVISION_KEY, "value": 0}])
                return
            found = conn.execute(select(store_info.c.value)
                                 .where(store_info.c.name == SCHEMA_VERSION_KEY)).scalar_one()
            if found > current:
                raise StoreError(f"the store at {_shown(self.url)} has schema version {found}, newer "
                                 f"than this program's {current}: upgrade the program")
            for step in UPGRADES[found - FIRST_SCHEMA_VERSION:]:
                step(conn)
            if found != current:
                conn.execute(update(store_info).where(store_info.c.name == SCHEMA_VERSION_KEY)
                             .values(value=current))
                _bump_revision(conn)


def _extraction_outcome(article: Article) -> list[dict] | str:
    """A worker's answer: the claim records, or why the extractor failed."""
    try:
        return extract_records(article)
    except ExtractionError as error:
        return str(error)


@contextmanager
def _extracting(articles: list[Article], workers: int) -> Iterator[Iterator[list[dict] | str]]:
    if workers <= 1 or len(articles) < PARALLEL_MIN_ARTICLES:
        yield map(_extraction_outcome, articles)
        return
    # forkserver, not fork: a forked worker would inherit this process's open database
    # connections, and SQLite's locks do not survive a child closing them
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload(["lib.store"])
    pool = ProcessPoolExecutor(max_workers=workers, mp_context=context, initializer=_end_with_parent)
    try:
        yield pool.map(_extraction_outcome, articles, chunksize=EXTRACT_CHUNK)
    finally:
        pool.shutdown(cancel_futures=True)


def _end_with_parent() -> None:
    """In a worker: exit as soon as the process that started it is gone, even killed
    outright. Otherwise the worker would wait forever on a queue nobody writes to, and
    keep the fork server alive with it."""
    def watch(sentinel: int) -> None:
        multiprocessing.connection.wait([sentinel])
        os._exit(1)

    threading.Thread(target=watch, args=(multiprocessing.parent_process().sentinel,), daemon=True).start()


def _transient(error: DBAPIError) -> bool:
    """Whether the database refused for a moment (busy, locked, a conflict with another
    session) rather than for good: a rerun of the transaction may succeed."""
    original = error.orig
    if getattr(original, "sqlstate", None) in TRANSIENT_STATES:
        return True
    return isinstance(original, sqlite3.OperationalError) and any(
        words in str(original) for words in ("database is locked", "database table is locked",
                                             "database is busy"))


def _engine(url: URL) -> Engine:
    if url.get_backend_name() != "sqlite":
        return create_engine(url, pool_pre_ping=True)
    engine = create_engine(url, connect_args={"timeout": BUSY_TIMEOUT_S})
    event.listen(engine, "connect", _sqlite_connect)
    event.listen(engine, "begin", _sqlite_begin)
    return engine


def _sqlite_connect(dbapi_connection, _record) -> None:
    dbapi_connection.isolation_level = None  # the driver begins nothing; _sqlite_begin does
    cursor = dbapi_connection.cursor()
    for pragma in ("journal_mode=WAL", "foreign_keys=ON", "synchronous=NORMAL",
                   f"busy_timeout={BUSY_TIMEOUT_S * 1000}"):
        cursor.execute(f"PRAGMA {pragma}")
    cursor.close()


def _sqlite_begin(conn: Connection) -> None:
    conn.exec_driver_sql("BEGIN IMMEDIATE" if conn.get_execution_options().get(_WRITE) else "BEGIN")


def _article_row(article: Article) -> dict:
    return {S.ARTICLE_ID: article.id, S.URL: article.url, S.OUTLET: article.outlet,
            S.TITLE: article.title, S.PUBLISHED: article.published, S.LANGUAGE: article.language,
            TEXT: article.text, S.SOURCE: article.source,
            S.ADDED_AT: dt.datetime.now(dt.timezone.utc).replace(tzinfo=None),
            EXTRACTED_WITH: EXTRACTOR_VERSION}


def _insert_claims(conn: Connection, records: list[dict]) -> None:
    if records:
        conn.execute(claims.insert(), [{**{name: record.get(name) for name in CLAIM_FIELDS},
                                        EXTRACTED_WITH: EXTRACTOR_VERSION} for record in records])


def _now() -> dt.datetime:
    return dt.datetime.now(dt.timezone.utc).replace(tzinfo=None)


def _review_of(row) -> review.Review:
    return review.Review(
        key=row[S.CLAIM_KEY], confirmed=bool(row["confirmed"]), rejected=bool(row["rejected"]),
        added=bool(row["added"]), values=json.loads(row["edited_values"]),
        original=json.loads(row["original_values"]), reason=row[S.REASON], note=row[S.NOTE],
        reviewer=row[S.REVIEWER], updated_at=row["updated_at"])


def _review_row(current: review.Review, article_id: str) -> dict:
    return {S.CLAIM_KEY: current.key, S.ARTICLE_ID: article_id, "confirmed": current.confirmed,
            "rejected": current.rejected, "added": current.added,
            "edited_values": json.dumps(current.values, sort_keys=True),
            "original_values": json.dumps(current.original, sort_keys=True),
            S.REASON: current.reason, S.NOTE: current.note, S.REVIEWER: current.reviewer,
            "updated_at": current.updated_at}


def _check_bounds(original: dict, values: dict) -> None:
    merged = {**original, **values}
    low, high = merged.get(S.VALUE_LOW), merged.get(S.VALUE_HIGH)
    if low is not None and high is not None and low > high:
        raise review.ReviewError(f"value_low: {low} is above value_high {high}")


def _audit(conn: Connection, reviewer: str, key: str, changed: list[tuple[str, object, object]]) -> None:
    at = _now()
    if changed:
        conn.execute(audit.insert(), [
            {S.AUDIT_AT: at, S.REVIEWER: reviewer, S.CLAIM_KEY: key, S.FIELD: name,
             S.OLD: None if old is None else str(old), S.NEW: None if new is None else str(new)}
            for name, old, new in changed])


def _bump_revision(conn: Connection) -> None:
    conn.execute(_BUMP_REVISION)


def _datetimes(frame: pd.DataFrame, columns: Iterable[str]) -> pd.DataFrame:
    for column in columns:
        frame[column] = pd.to_datetime(frame[column]).astype("datetime64[ns]")
    return frame


def _shown(url: str) -> str:
    """The URL without its password, for messages."""
    try:
        return make_url(url).render_as_string(hide_password=True)
    except ArgumentError:
        return url


def _reason(error: Exception) -> str:
    """The driver's own message, on one line (SQLAlchemy appends SQL and a help link)."""
    original = getattr(error, "orig", None) or error
    return " ".join(str(original).split()) or type(original).__name__
