"""The sidebar's filters on a hand-made claims table: each keeps exactly the mentions it should."""
import datetime as dt

import pytest

from lib import filters as F
from lib import schema as S
from lib.filters import Filters
from tests.dashboard_helpers import cases, day, frame, mention

TABLE = frame(
    mention("post-1", figure=40, figure_text="40", category="killed", subject="Ruritania",
            claimant="Ruritania army", date="2024-03-01", outlet="Harbour Post",
            evidence="The army said 40 soldiers were killed near the river."),
    mention("post-2", figure=120, figure_text="at least 120", qualifier="at_least", low=120,
            category="injured", subject="Ruritania", claimant="Ruritania army",
            date="2024-03-05", outlet="Daily Meridian", restated=True,
            evidence="Earlier the army had said at least 120 were wounded in the shelling."),
    mention("post-3", figure=900, figure_text="could reach 900", category="total",
            subject="Borduria", claimant="Borduria health ministry", date="2024-03-09",
            modality="projected", outlet="Harbour Post",
            evidence="The health ministry in Łódź warned casualties could reach 900."),
    mention("post-4", figure=None, low=200, high=999, qualifier="vague",
            figure_text="several hundred", category="total", subject="Borduria",
            claimant="UN monitors", date=None, outlet="Capital Wire",
            evidence="UN monitors counted several hundred dead and wounded."),
)

# (id, filters, article ids kept)
CASES = [
    ("no filter keeps all", Filters(), ["post-1", "post-2", "post-3", "post-4"]),
    ("subject", Filters(subjects=("Borduria",)), ["post-3", "post-4"]),
    ("category", Filters(categories=("killed", "injured")), ["post-1", "post-2"]),
    ("claimant", Filters(claimants=("UN monitors",)), ["post-4"]),
    ("outlet", Filters(outlets=("Harbour Post",)), ["post-1", "post-3"]),
    ("qualifier", Filters(qualifiers=("at_least", "vague")), ["post-2", "post-4"]),
    ("date from drops undated", Filters(date_from=day("2024-03-05")), ["post-2", "post-3"]),
    ("date to includes its whole day", Filters(date_to=day("2024-03-05")), ["post-1", "post-2"]),
    ("date range", Filters(date_from=day("2024-03-02"), date_to=day("2024-03-08")), ["post-2"]),
    ("without restated", Filters(include_restated=False), ["post-1", "post-3", "post-4"]),
    ("without projected", Filters(include_projected=False), ["post-1", "post-2", "post-4"]),
    ("search is case-blind", Filters(search="HEALTH ministry"), ["post-3"]),
    ("search is literal, not a pattern", Filters(search="shell.ng"), []),
    ("search matches punctuation literally", Filters(search="river."), ["post-1"]),
    ("filters combine", Filters(subjects=("Ruritania",), include_restated=False), ["post-1"]),
    ("a choice absent from the data keeps nothing", Filters(claimants=("Nobody",)), []),
    ("search ignores case beyond ASCII", Filters(search="ŁÓDŹ"), ["post-3"]),
]


@pytest.mark.parametrize("filters, kept", cases(CASES))
def test_filter_keeps(filters, kept):
    assert list(TABLE[F.mask(F.index(TABLE), filters)][S.ARTICLE_ID]) == kept


# (id, widget state, filters)
STATES = [
    ("empty state is no filter", {}, Filters()),
    ("every widget", {
        F.SUBJECT_KEY: ["Borduria"], F.CATEGORY_KEY: ["total"], F.CLAIMANT_KEY: ["UN monitors"],
        F.OUTLET_KEY: ["Capital Wire"], F.QUALIFIER_KEY: ["vague"],
        F.DATE_FROM_KEY: day("2024-03-01"), F.DATE_TO_KEY: day("2024-03-31"),
        F.RESTATED_KEY: False, F.PROJECTED_KEY: False, F.SEARCH_KEY: "  monitors "},
     Filters(("Borduria",), ("total",), ("UN monitors",), ("Capital Wire",), ("vague",),
             day("2024-03-01"), day("2024-03-31"), False, False, "monitors")),
    ("cleared widgets are no filter", {F.SUBJECT_KEY: [], F.DATE_FROM_KEY: None, F.SEARCH_KEY: None},
     Filters()),
]


@pytest.mark.parametrize("state, expected", cases(STATES))
def test_filters_from_widget_state(state, expected):
    assert Filters.from_state(state) == expected


# (id, filters, description)
DESCRIPTIONS = [
    ("nothing", Filters(), "all claims"),
    ("choices and dates", Filters(claimants=("UN monitors",), date_from=dt.date(2024, 3, 1)),
     "claimant UN monitors, from 2024-03-01"),
    ("switches and search", Filters(include_restated=False, include_projected=False, search="river"),
     "without restated, without projected, search river"),
]


@pytest.mark.parametrize("filters, words", cases(DESCRIPTIONS))
def test_filters_in_words(filters, words):
    assert filters.describe() == words


def test_options_are_the_distinct_values_sorted():
    index = F.index(TABLE)
    assert index.options(S.SUBJECT) == ("Borduria", "Ruritania")
    assert index.options(S.CLAIMANT) == ("Borduria health ministry", "Ruritania army", "UN monitors")
    assert index.options(S.OUTLET) == ("Capital Wire", "Daily Meridian", "Harbour Post")
