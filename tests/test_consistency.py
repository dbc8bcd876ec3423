"""Consolidation across articles (lib/citations.consolidate), consistency flags
(lib/consistency.py) and source grades (lib/grading.py), on cases written for these tests."""
from __future__ import annotations

import datetime as dt

import pandas as pd
import pytest

from lib import consistency as C
from lib import grading as G
from lib import schema as S
from lib.citations import consolidate
from tests.dashboard_helpers import frame, mention


def flags_of(*mentions) -> list[str]:
    """Each consolidated claim's flags, in claim-date then claim order."""
    return list(consolidate(frame(*mentions))[S.FLAGS])


ARMY = "Ruritania army"
# (id, mentions, the flags of each consolidated claim)
FLAGS = [
    ("killed plus injured matches the total", [
        mention("a1", figure=100, category="killed"), mention("a1", figure=300, category="injured"),
        mention("a1", figure=410, category="total")], ["", "", ""]),
    ("killed plus injured far from the total", [
        mention("a1", figure=100, category="killed"), mention("a1", figure=300, category="injured"),
        mention("a1", figure=900, category="total")], [C.SUM_MISMATCH] * 3),
    ("a total on another day is not compared", [
        mention("a1", figure=100, category="killed"), mention("a1", figure=300, category="injured"),
        mention("a2", figure=900, category="total", date="2024-03-20")], ["", "", ""]),
    ("a cumulative figure falls", [
        mention("a1", figure=500, date="2024-03-01"), mention("a2", figure=450, date="2024-03-15")],
     ["", C.FALLING]),
    ("a cumulative figure rises", [
        mention("a1", figure=450, date="2024-03-01"), mention("a2", figure=500, date="2024-03-15")],
     ["", ""]),
    ("another claimant's lower figure is no fall", [
        mention("a1", figure=500, date="2024-03-01"),
        mention("a2", figure=450, date="2024-03-15", claimant="Ruritania police")], ["", ""]),
    ("two figures the same day that cannot both hold", [
        mention("a1", figure=600), mention("a2", figure=900)], [C.SAME_DAY_CONFLICT] * 2),
    ("a rounded and a precise form of one statement agree", [
        mention("a1", figure=1000, qualifier="more_than", low=1000),
        mention("a2", figure=1100, qualifier="about")], ["", ""]),
    ("a projection is not a conflicting report", [
        mention("a1", figure=600), mention("a2", figure=900, modality="projected")], ["", ""]),
    ("no date", [mention("a1", date=None)], [C.UNDATED]),
]


@pytest.mark.parametrize("mentions, expected", [c[1:] for c in FLAGS], ids=[c[0] for c in FLAGS])
def test_consistency_flags(mentions, expected):
    assert flags_of(*mentions) == expected


def test_bounds_of_each_qualifier():
    claims = frame(mention(figure=100, qualifier="at_least", low=100), mention(figure=100, qualifier="nearly"),
                   mention(figure=None, qualifier="vague", low=200, high=999))
    assert [C.bounds(row) for _, row in claims.iterrows()] == [
        (100, float("inf")), (90, 100), (200, 999)]


def test_one_claim_across_outlets_with_its_citations():
    table = consolidate(frame(
        mention("a1", date="2024-03-07", outlet="Harbour Post"),
        mention("a2", date="2024-03-04", restated=True, outlet="Daily Meridian"),
        mention("a3", date="2024-03-07", outlet="Harbour Post"),
        mention("a4", figure=12, category="injured")),
        published={"a1": dt.date(2024, 3, 7), "a2": dt.date(2024, 3, 11), "a3": dt.date(2024, 3, 8)})
    killed = table[table[S.CATEGORY] == "killed"].iloc[0]
    assert len(table) == 2
    assert (killed[S.MENTIONS], killed[S.CITATIONS], killed[S.CORROBORATION]) == (3, 3, 2)
    assert killed[S.ARTICLES] == "a1; a3; a2"                  # latest claim date first
    assert killed[S.OUTLETS] == "Harbour Post; Daily Meridian"
    assert killed[S.CLAIM_DATE] == dt.datetime(2024, 3, 7)          # the first-hand mention's date
    assert (killed[S.FIRST_SEEN], killed[S.LAST_SEEN]) == (dt.datetime(2024, 3, 7), dt.datetime(2024, 3, 11))
    assert not killed[S.RESTATED]


def test_rejected_mentions_are_left_out_of_the_consolidated_table():
    table = frame(mention("a1"), mention("a2", figure=7)).assign(**{S.STATUS: ["machine", "rejected"]})
    assert list(consolidate(table)[S.VALUE_BEST]) == [100]


# (id, claimant, outlets, corroboration, flags, grade)
GRADES = [
    ("named claimant, two outlets", "South Korea NIS", "Harbour Post; Daily Meridian", 2, "", G.CORROBORATED),
    ("named claimant, one outlet", "UN OCHA", "Harbour Post", 1, "", G.SINGLE_OUTLET),
    ("unnamed official", "US official", "Harbour Post; Daily Meridian", 2, "", G.UNNAMED),
    ("nobody named: the outlet itself", "Harbour Post", "Harbour Post", 1, "", G.UNNAMED),
    ("a conflict makes it contested", "South Korea NIS", "Harbour Post", 1, C.SAME_DAY_CONFLICT, G.CONTESTED),
    ("no date alone is no contest", "UN OCHA", "Harbour Post", 1, C.UNDATED, G.SINGLE_OUTLET),
]


@pytest.mark.parametrize("claimant, outlets, corroboration, flags, grade", [c[1:] for c in GRADES],
                         ids=[c[0] for c in GRADES])
def test_source_grades(claimant, outlets, corroboration, flags, grade):
    assert G.grade(G.claimant_type(claimant, outlets), corroboration, flags) == grade


CLAIMANT_TYPES = [
    ("intelligence agency", "South Korea NIS", "intelligence"),
    ("armed group", "Hamas", "armed group"),
    ("not in the gazetteer", "Ruritania army", G.UNLISTED),
]


@pytest.mark.parametrize("claimant, kind", [c[1:] for c in CLAIMANT_TYPES], ids=[c[0] for c in CLAIMANT_TYPES])
def test_claimant_type_comes_from_the_gazetteer(claimant, kind):
    assert G.claimant_type(claimant) == kind


@pytest.mark.parametrize("claimant, subject, own", [
    ("Ukraine GUR", "Ukraine", True), ("Ukraine GUR", "Russia", False), ("Russia", "Russia", True)],
    ids=["agency about its own side", "agency about the enemy", "country about itself"])
def test_own_losses(claimant, subject, own):
    assert G.own_losses(claimant, subject) is own


SELECT_CASES = [
    ("kept-article", {"a1"}, (), False, ["c1", "c3"]),
    ("grade", {"a1", "a2"}, ("contested",), False, ["c2"]),
    ("flagged-only", {"a1", "a2"}, (), True, ["c2"]),
    ("nothing-kept", set(), (), False, []),
]


@pytest.mark.parametrize("case, kept, grades, flagged, expected", SELECT_CASES, ids=[c[0] for c in SELECT_CASES])
def test_select_consolidated(case, kept, grades, flagged, expected):
    from lib.grading import select_consolidated
    table = pd.DataFrame({
        "id": ["c1", "c2", "c3"],
        S.ARTICLES: ["a1; a2", "a2", "a1"],
        S.GRADE: ["on record, single outlet", "contested", "unnamed source"],
        S.FLAGS: ["", "falling figure", ""],
    })
    assert list(select_consolidated(table, kept, grades, flagged)["id"]) == expected
