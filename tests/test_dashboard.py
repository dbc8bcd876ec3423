"""The overview's summaries and the Claims page's rows, on the seed corpus and made-up claims."""
import pytest

from lib import dashboard as D
from lib import schema as S
from lib.filters import Filters
from tests.dashboard_helpers import JCS, NIS, US_OFFICIAL, cases, frame, mention, seed_mentions, view_of


@pytest.fixture(scope="module")
def seed():
    return view_of(seed_mentions())


def test_prepare_offers_the_data_as_choices(seed):
    assert seed.prepared.index.options(S.CLAIMANT) == (JCS, NIS, US_OFFICIAL)
    assert seed.prepared.index.options(S.OUTLET) == ("The Moscow Times",)
    assert len(seed.mentions) == 5


def test_latest_figure_per_claimant_subject_and_category(seed):
    latest = D.latest_figures(seed)
    assert [tuple(row) for row in latest[[S.CLAIMANT, S.CATEGORY, S.FIGURE_TEXT, S.CITATIONS]].itertuples(index=False)] == [
        (JCS, "total", "around 1,100", 1),
        (NIS, "killed", "At least 100", 2),
        (NIS, "injured", "nearly 1,000", 1),
        (US_OFFICIAL, "total", "several hundred", 1),
    ]


# (id, mentions, latest figures shown)
LATEST = [
    ("a newer figure replaces an older one",
     [mention("a1", figure=40, figure_text="40", date="2024-03-01"),
      mention("a2", figure=90, figure_text="90", date="2024-04-01")], ["90"]),
    ("an undated figure is not the latest",
     [mention("a1", figure=40, figure_text="40", date="2024-03-01"),
      mention("a2", figure=90, figure_text="90", date=None)], ["40"]),
    ("each subject has its own latest figure",
     [mention("a1", figure=40, figure_text="40", subject="Borduria"),
      mention("a2", figure=90, figure_text="90", subject="Ruritania", date="2024-02-01")], ["40", "90"]),
]


@pytest.mark.parametrize("mentions, shown", cases(LATEST))
def test_latest_figures(mentions, shown):
    assert list(D.latest_figures(view_of(frame(*mentions)))[S.FIGURE_TEXT]) == shown


def test_headline_counts_claims_once(seed):
    assert D.headline(seed) == [
        ("claims", "4"), ("citing articles", "2"), ("claimants", "3"), ("latest claim", "2024-12-23")]


def test_headline_of_nothing():
    nothing = view_of(frame(mention()), Filters(claimants=("Nobody",)))
    assert D.headline(nothing) == [
        ("claims", "0"), ("citing articles", "0"), ("claimants", "0"), ("latest claim", "—")]


def test_category_claims_keep_the_most_cited_in_date_order():
    data = view_of(frame(
        mention("a1", figure=1, date="2024-01-01"),
        mention("a2", figure=2, date="2024-02-01"), mention("a3", figure=2, date="2024-02-02"),
        mention("a4", figure=3, date="2024-03-01"), mention("a5", figure=4, date=None),
        mention("a6", figure=9, category="injured")))
    chosen, total = D.category_claims(data, "killed", limit=2)
    assert (list(chosen[S.VALUE_BEST]), total) == ([2, 3], 4)
    assert len(D.category_claims(data, "captured", limit=2)[0]) == 0


def test_claims_table_has_the_columns_to_read_a_claim(seed):
    table = D.claims_table(seed.mentions)
    assert list(table.columns) == list(D.TABLE_COLUMNS)
    assert len(table) == 5


# (id, url, link shown)
LINKS = [
    ("https", "https://news.example/a", "https://news.example/a"),
    ("http", "http://news.example/a", "http://news.example/a"),
    ("javascript", "javascript:alert(1)", None),
    ("javascript in capitals with spaces", "  JavaScript:alert(1)", None),
    ("data", "data:text/html,<b>x</b>", None),
    ("relative", "/a/b", None),
    ("missing", None, None),
]


@pytest.mark.parametrize("url, shown", cases(LINKS))
def test_only_web_addresses_are_links(url, shown):
    assert D.web_link(url) == shown


# (id, rows, page asked, rows shown, pages)
PAGES = [
    ("empty table has one page", 0, 1, 0, 1),
    ("first page", D.PAGE_ROWS * 2 + 3, 1, D.PAGE_ROWS, 3),
    ("last page holds the rest", D.PAGE_ROWS * 2 + 3, 3, 3, 3),
    ("past the end shows the last page", D.PAGE_ROWS * 2 + 3, 9, 3, 3),
    ("exactly full pages", D.PAGE_ROWS * 2, 2, D.PAGE_ROWS, 2),
]


@pytest.mark.parametrize("rows, page, shown, pages", cases(PAGES))
def test_table_pages(rows, page, shown, pages):
    table = frame(*[mention(f"a{i}") for i in range(max(rows, 1))])
    data = view_of(table, Filters() if rows else Filters(claimants=("Nobody",)))
    assert len(data.mention_page(page)) == shown
    assert D.page_count(rows) == pages


def test_claim_values_are_those_of_the_kept_claims(seed):
    assert seed.claim_values(S.CLAIMANT) == [JCS, NIS, US_OFFICIAL]
    only_killed = view_of(seed_mentions(), Filters(categories=("killed",)))
    assert only_killed.claim_values(S.CLAIMANT) == [NIS]


# (id, claimants of the kept claims, values listed, values listed with a label for none)
VALUES = [
    ("named only", ["B army", "a police"], ["a police", "B army"], ["a police", "B army"]),
    ("one claim names nobody", ["B army", ""], ["B army"], ["B army", "(nobody)"]),
    ("nobody at all", [""], [], ["(nobody)"]),
]


@pytest.mark.parametrize("claimants, listed, with_empty", cases(VALUES))
def test_claim_values(claimants, listed, with_empty):
    data = view_of(frame(*[mention(f"a{i}", claimant=name, figure=i + 1) for i, name in enumerate(claimants)]))
    assert data.claim_values(S.CLAIMANT) == listed
    assert data.claim_values(S.CLAIMANT, empty="(nobody)") == with_empty


@pytest.mark.parametrize("number, words", [(0, "0 claims"), (1, "1 claim"), (2500, "2,500 claims")])
def test_counted(number, words):
    assert D.counted(number, "claim") == words
