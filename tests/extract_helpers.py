"""Small helpers for the table-driven extractor tests (tests/test_extract_*.py).

`claims_of(text)` runs the real extractor on one invented article; the other helpers find
rows and compare only the fields a test cares about, with messages that show every row.
"""
from __future__ import annotations

import datetime

from lib import schema as S
from lib.articles import Article
from lib.extract import extract_article

PUBLISHED = datetime.date(2024, 6, 14)  # a Friday
OUTLET = "Meridian Wire"

SHOWN = (S.CATEGORY, S.SUBJECT, S.VALUE_LOW, S.VALUE_HIGH, S.VALUE_BEST, S.QUALIFIER, S.CLAIMANT,
         S.CLAIMANT_VIA, S.CLAIM_DATE, S.PERIOD_START, S.MODALITY, S.RESTATED, S.FIGURE_TEXT)


def claims_of(text: str, published: datetime.date | None = PUBLISHED, outlet: str = OUTLET,
              title: str = "", url: str = "") -> list[dict]:
    """The extractor's claims for one article made of `text`."""
    return extract_article(Article("test-article", text, outlet=outlet, published=published,
                                   url=url, title=title))


def show(rows: list[dict]) -> str:
    if not rows:
        return "  (no claims)"
    return "\n".join("  " + ", ".join(f"{k}={row.get(k)!r}" for k in SHOWN) for row in rows)


def where(rows: list[dict], **fields) -> list[dict]:
    """Rows whose fields equal all the given values (field names as in lib/schema.py)."""
    return [row for row in rows if all(row.get(k) == v for k, v in fields.items())]


def only(rows: list[dict], **fields) -> dict:
    """The one row matching `fields`; fails, showing every row, if there is none or several."""
    found = where(rows, **fields)
    assert len(found) == 1, f"expected exactly one claim with {fields}, got {len(found)}:\n{show(rows)}"
    return found[0]


def check(row: dict, expected: dict, rows: list[dict] | None = None) -> None:
    """Every expected field equals the row's; the message lists each mismatch."""
    wrong = {k: (row.get(k), v) for k, v in expected.items() if row.get(k) != v}
    assert not wrong, ("fields differ (got, expected): " + repr(wrong) + "\nall claims:\n"
                       + show(rows if rows is not None else [row]))


def values(rows: list[dict], column: str = S.VALUE_BEST) -> list:
    return [row.get(column) for row in rows]


def day(text: str) -> datetime.date:
    return datetime.date.fromisoformat(text)
