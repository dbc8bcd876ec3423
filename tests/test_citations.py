"""A claim repeated by several articles is one claim with its citation count."""
import pandas as pd
import pytest

from lib import schema as S
from lib.filters import Filters
from tests.dashboard_helpers import JCS, NIS, US_OFFICIAL, cases, frame, mention, seed_mentions, view_of

# (id, mentions, expected claims as (figure, claim date, citations, restated), oldest first)
GROUPING = [
    ("two outlets, same day, one claim",
     [mention("a1"), mention("a2", outlet="Daily Meridian")],
     [(100, "2024-03-04", 2, False)]),
    ("restated as said last week joins the first-hand report and keeps its date",
     [mention("a1", date="2024-03-07"), mention("a2", date="2024-03-04", restated=True)],
     [(100, "2024-03-07", 2, False)]),
    ("the same figure a month later is a new claim",
     [mention("a1", date="2024-03-04"), mention("a2", date="2024-04-04")],
     [(100, "2024-03-04", 1, False), (100, "2024-04-04", 1, False)]),
    ("repeats chain through the days between",
     [mention("a1", date="2024-03-01"), mention("a2", date="2024-03-06"), mention("a3", date="2024-03-11")],
     [(100, "2024-03-01", 3, False)]),
    ("an undated mention joins its figure's latest claim",
     [mention("a1", date="2024-03-04"), mention("a2", date="2024-04-04"), mention("a3", date=None)],
     [(100, "2024-03-04", 1, False), (100, "2024-04-04", 2, False)]),
    ("only ever restated, the claim is restated",
     [mention("a1", restated=True), mention("a2", restated=True)],
     [(100, "2024-03-04", 2, True)]),
    ("one article mentioning a claim twice cites it once",
     [mention("a1"), mention("a1")],
     [(100, "2024-03-04", 1, False)]),
    ("a different hedge is a different claim",
     [mention("a1"), mention("a2", qualifier="at_least", low=100)],
     [(100, "2024-03-04", 1, False), (100, "2024-03-04", 1, False)]),
    ("a different claimant is a different claim",
     [mention("a1"), mention("a2", claimant="Ruritania police")],
     [(100, "2024-03-04", 1, False), (100, "2024-03-04", 1, False)]),
    ("a projection is not the count it projects",
     [mention("a1"), mention("a2", modality="projected")],
     [(100, "2024-03-04", 1, False), (100, "2024-03-04", 1, False)]),
    ("vague amounts with the same bounds are one claim",
     [mention("a1", figure=None, low=200, high=999, qualifier="vague"),
      mention("a2", figure=None, low=200, high=999, qualifier="vague")],
     [(None, "2024-03-04", 2, False)]),
]


def _summary(table: pd.DataFrame) -> list[tuple]:
    return sorted(
        ((None if pd.isna(r[S.VALUE_BEST]) else int(r[S.VALUE_BEST]),
          r[S.CLAIM_DATE].strftime("%Y-%m-%d"), int(r[S.CITATIONS]), bool(r[S.RESTATED]))
         for _, r in table.iterrows()), key=lambda row: row[1])


@pytest.mark.parametrize("mentions, expected", cases(GROUPING))
def test_repeats_are_one_claim(mentions, expected):
    assert _summary(view_of(frame(*mentions)).claims()) == expected


def test_mentions_are_ordered_latest_first_and_keep_every_row():
    data = view_of(frame(mention("a1", date="2024-03-01"), mention("a2", date=None),
                         mention("a3", date="2024-05-01")))
    assert list(data.mentions[S.ARTICLE_ID]) == ["a3", "a1", "a2"]


def test_claims_come_in_the_mentions_order():
    data = view_of(frame(mention("a1", figure=5, date="2024-03-01"),
                         mention("a2", figure=6, date="2024-05-01")))
    assert list(data.claims()[S.VALUE_BEST]) == [6, 5]


# (id, filters, the claim as the filtered mentions leave it)
FILTERED = [
    ("one outlet left: its restated mention speaks for the claim",
     Filters(outlets=("Daily Meridian",)), [(100, "2024-03-04", 1, True)]),
    ("restated hidden: the first-hand mention alone",
     Filters(include_restated=False), [(100, "2024-03-07", 1, False)]),
    ("no filter: both cite it", Filters(), [(100, "2024-03-07", 2, False)]),
    ("nothing kept, no claims", Filters(claimants=("Nobody",)), []),
]


@pytest.mark.parametrize("filters, expected", cases(FILTERED))
def test_filters_count_only_the_citations_left(filters, expected):
    table = frame(mention("a1", outlet="Harbour Post", date="2024-03-07"),
                  mention("a2", outlet="Daily Meridian", date="2024-03-04", restated=True))
    assert _summary(view_of(table, filters).claims()) == expected


def test_seed_corpus_restated_nis_figure_counted_once():
    claims = view_of(seed_mentions()).claims()
    assert set(claims[S.CLAIMANT]) == {NIS, JCS, US_OFFICIAL}
    killed = claims[(claims[S.CLAIMANT] == NIS) & (claims[S.CATEGORY] == "killed")]
    assert len(killed) == 1
    assert killed.iloc[0][S.CITATIONS] == 2
    assert killed.iloc[0][S.CLAIM_DATE] == pd.Timestamp("2024-12-19")
    assert not killed.iloc[0][S.RESTATED]
    assert len(claims) == 4
