"""End to end on the two seed articles: exactly the claims a careful reader finds there."""
import datetime as dt

import pandas as pd
import pytest

from lib import schema as S
from lib.corpus import read_seed_corpus
from lib.extract import extract_corpus

SEED_000 = "000_071b230e98daac43"
SEED_003 = "003_6c45fb8dd0a55761"

# (article, category, qualifier, low, high, best, claimant, via, claim date, period start, modality, restated)
EXPECTED = [
    (SEED_000, "killed", "at_least", 100, None, 100, "South Korea NIS", "Lee Seong-kweun", "2024-12-19", "2024-12-01", "reported", False),
    (SEED_000, "injured", "nearly", None, 1000, 1000, "South Korea NIS", "Lee Seong-kweun", "2024-12-19", None, "projected", False),
    (SEED_000, "total", "vague", 200, 999, None, "US official", "", "2024-12-17", None, "reported", True),
    (SEED_003, "total", "about", None, None, 1100, "South Korea JCS", "", "2024-12-23", None, "reported", False),
    (SEED_003, "killed", "at_least", 100, None, 100, "South Korea NIS", "", "2024-12-16", "2024-12-01", "reported", True),
]


@pytest.fixture(scope="module")
def claims() -> pd.DataFrame:
    result = read_seed_corpus()
    assert not result.errors
    return extract_corpus(result.articles)


def _row(claims, article, category, best, low):
    rows = claims[(claims[S.ARTICLE_ID] == article) & (claims[S.CATEGORY] == category)]
    key = S.VALUE_BEST if best is not None else S.VALUE_LOW
    value = best if best is not None else low
    rows = rows[rows[key] == value]
    assert len(rows) == 1, f"expected one {category} {value} claim in {article}, got {len(rows)}"
    return rows.iloc[0]


def _blank(value):
    return None if pd.isna(value) else value


@pytest.mark.parametrize("expected", EXPECTED, ids=lambda e: f"{e[0][:3]}-{e[1]}-{e[2]}")
def test_seed_claim(claims, expected):
    article, category, qualifier, low, high, best, claimant, via, date, period, modality, restated = expected
    row = _row(claims, article, category, best, low)
    assert row[S.QUALIFIER] == qualifier
    assert (_blank(row[S.VALUE_LOW]), _blank(row[S.VALUE_HIGH]), _blank(row[S.VALUE_BEST])) == (low, high, best)
    assert row[S.CLAIMANT] == claimant
    assert (row[S.CLAIMANT_VIA] or "") == via
    assert row[S.CLAIM_DATE].date() == dt.date.fromisoformat(date)
    assert _blank(row[S.PERIOD_START]) == (pd.Timestamp(period) if period else None)
    assert row[S.MODALITY] == modality
    assert bool(row[S.RESTATED]) == restated
    assert row[S.SUBJECT] == "North Korea"


def test_no_other_rows(claims):
    assert len(claims) == len(EXPECTED)


def test_every_claim_points_at_its_figure(claims):
    from lib.cleaning import clean
    texts = {a.id: clean(a.text).text for a in read_seed_corpus().articles}
    for _, row in claims.iterrows():
        figure = texts[row[S.ARTICLE_ID]][row[S.SPAN_START]:row[S.SPAN_END]]
        assert figure in row[S.EVIDENCE]
        assert any(ch.isdigit() for ch in figure) or figure.lower() in row[S.FIGURE_TEXT].lower()
