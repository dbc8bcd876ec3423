"""lib.dates: time expressions found in a sentence and resolved against publication.

All sentences here are made up for the tests. Publication dates used most:
WED = Wednesday 2025-01-08 (a week after a year boundary), MON = Monday 2025-01-06,
THU = Thursday 2025-01-02.
"""
from __future__ import annotations

import datetime as dt

import pytest

from lib.dates import KINDS, DateMention, find_dates, reference_year

D = dt.date.fromisoformat
WED = D("2025-01-08")
MON = D("2025-01-06")
THU = D("2025-01-02")
SAT = D("2024-12-21")


def _only(text, published, ref=None) -> DateMention:
    found = find_dates(text, published, ref)
    assert len(found) == 1, found
    m = found[0]
    assert text[m.start:m.end] == m.text
    assert m.kind in KINDS
    return m


def _case(id_, text, published, span, kind, day, window, ref=None):
    """One expected mention: its text, kind, day and window (ISO strings or None)."""
    win = None if window is None else (D(window[0]), D(window[1]))
    return pytest.param(text, published, ref, span, kind, None if day is None else D(day), win, id=id_)


CASES = [
    # --- weekdays: the latest such day on or before publication
    _case("weekday-before-pub", "The ministry said on Tuesday that 40 people died.", WED,
          "on Tuesday", "weekday", "2025-01-07", ("2025-01-07", "2025-01-07")),
    _case("weekday-same-day", "Officials on Wednesday put the toll at 12 dead.", WED,
          "on Wednesday", "weekday", "2025-01-08", ("2025-01-08", "2025-01-08")),
    _case("weekday-monday-in-monday-article", "Rescuers said Monday that 9 bodies were found.", MON,
          "Monday", "weekday", "2025-01-06", ("2025-01-06", "2025-01-06")),
    _case("weekday-across-year", "The governor said on Sunday that 3 villagers were hurt.", THU,
          "on Sunday", "weekday", "2024-12-29", ("2024-12-29", "2024-12-29")),
    _case("weekday-day-after-pub-wraps-back", "A spokesman said Thursday that 15 were missing.", WED,
          "Thursday", "weekday", "2025-01-02", ("2025-01-02", "2025-01-02")),
    _case("weekday-last-is-strictly-before", "Figures released last Wednesday listed 70 wounded.", WED,
          "last Wednesday", "weekday", "2025-01-01", ("2025-01-01", "2025-01-01")),
    _case("weekday-night-is-relative-day", "The shelling on Sunday night killed 6 people.", MON,
          "on Sunday night", "relative_day", "2025-01-05", ("2025-01-05", "2025-01-05")),
    # --- explicit days
    _case("explicit-abbrev-dot", "The army said on Dec. 16 that 200 soldiers had died.", WED,
          "on Dec. 16", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("explicit-full-with-year", "In a report dated December 16, 2024, it counted 90 dead.", WED,
          "December 16, 2024", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("explicit-day-month-year", "A briefing on 16 December 2024 gave 300 casualties.", None,
          "on 16 December 2024", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("explicit-iso", "The log entry 2024-12-16 records 4 deaths.", None,
          "2024-12-16", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("explicit-weekday-with-paren-date", "Police said on Monday (Jan 13) that 5 were hurt.", D("2025-01-15"),
          "on Monday (Jan 13)", "explicit", "2025-01-13", ("2025-01-13", "2025-01-13")),
    _case("explicit-weekday-comma-date", "The count rose to 80 on Friday, Jan. 3, the agency said.", WED,
          "on Friday, Jan. 3", "explicit", "2025-01-03", ("2025-01-03", "2025-01-03")),
    _case("explicit-ordinal", "By January 1st the toll stood at 41.", WED,
          "January 1st", "explicit", "2025-01-01", ("2025-01-01", "2025-01-01")),
    _case("explicit-sept-abbrev", "A memo from Sept. 9 cites 18 wounded.", D("2024-10-01"),
          "Sept. 9", "explicit", "2024-09-09", ("2024-09-09", "2024-09-09")),
    _case("explicit-sep-no-dot", "A memo from Sep 9 cites 18 wounded.", D("2024-10-01"),
          "Sep 9", "explicit", "2024-09-09", ("2024-09-09", "2024-09-09")),
    _case("explicit-jan-no-dot", "On Jan 4 medics counted 27 injured.", WED,
          "On Jan 4", "explicit", "2025-01-04", ("2025-01-04", "2025-01-04")),
    _case("explicit-the-16th-of", "Since the 16th of December 2024, 35 have died.", None,
          "the 16th of December 2024", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    # --- month-day without a year: year of publication, previous year when far ahead
    _case("monthday-across-year-boundary", "The Dec. 27 update listed 150 dead.", WED,
          "Dec. 27", "explicit", "2024-12-27", ("2024-12-27", "2024-12-27")),
    _case("monthday-same-year", "The Jan. 5 update listed 150 dead.", WED,
          "Jan. 5", "explicit", "2025-01-05", ("2025-01-05", "2025-01-05")),
    _case("monthday-near-future-kept", "A hearing on Jan. 20 will review the 60 deaths.", WED,
          "on Jan. 20", "explicit", "2025-01-20", ("2025-01-20", "2025-01-20")),
    _case("monthday-far-future-goes-back", "A census on Jan. 30 had found 60 missing.", WED,
          "on Jan. 30", "explicit", "2024-01-30", ("2024-01-30", "2024-01-30")),
    # --- ranges
    _case("range-dash", "Strikes on Dec. 14-15 killed 22 people.", WED,
          "on Dec. 14-15", "explicit", "2024-12-14", ("2024-12-14", "2024-12-15")),
    _case("range-and", "Raids on December 14 and 15 wounded 31.", WED,
          "on December 14 and 15", "explicit", "2024-12-14", ("2024-12-14", "2024-12-15")),
    _case("range-day-first", "Clashes on 14-15 December left 8 dead.", WED,
          "on 14-15 December", "explicit", "2024-12-14", ("2024-12-14", "2024-12-15")),
    _case("range-across-months", "Between Dec. 30-Jan. 2 some 19 were killed.", WED,
          "Dec. 30-Jan. 2", "explicit", "2024-12-30", ("2024-12-30", "2025-01-02")),
    _case("range-backwards-is-one-day", "On Dec. 14-10 forms, 3 cases appear.", WED,
          "On Dec. 14", "explicit", "2024-12-14", ("2024-12-14", "2024-12-14")),
    # --- weeks
    _case("last-week-across-year", "Last week the agency reported 500 casualties.", WED,
          "Last week", "last_week", "2024-12-30", ("2024-12-30", "2025-01-05")),
    _case("last-week-in-monday-article", "Officials said last week that 45 had died.", MON,
          "last week", "last_week", "2024-12-30", ("2024-12-30", "2025-01-05")),
    _case("last-week-before-new-year", "Officials said late last week that 45 had died.", THU,
          "late last week", "last_week", "2024-12-23", ("2024-12-23", "2024-12-29")),
    _case("this-week", "Earlier this week the toll reached 64.", WED,
          "Earlier this week", "this_week", "2025-01-06", ("2025-01-06", "2025-01-08")),
    # --- months
    _case("last-month-in-january", "The ministry said last month that 1,200 were killed.", WED,
          "last month", "last_month", "2024-12-01", ("2024-12-01", "2024-12-31")),
    _case("last-month-in-march-leap", "Last month 33 were reported missing.", D("2024-03-10"),
          "Last month", "last_month", "2024-02-01", ("2024-02-01", "2024-02-29")),
    _case("earlier-this-month", "Earlier this month officials counted 77 injured.", D("2024-12-20"),
          "Earlier this month", "this_month", "2024-12-20", ("2024-12-01", "2024-12-20")),
    _case("this-month", "This month alone, 14 medics were killed.", D("2024-12-20"),
          "This month", "this_month", "2024-12-20", ("2024-12-01", "2024-12-20")),
    _case("in-month-previous-year", "In November the army lost 2,000 men, analysts said.", WED,
          "In November", "month", "2024-11-01", ("2024-11-01", "2024-11-30")),
    _case("in-month-current-is-clipped", "In January at least 25 people died.", WED,
          "In January", "month", "2025-01-01", ("2025-01-01", "2025-01-08")),
    _case("in-month-with-year", "Back in March 2023 the toll was 900.", WED,
          "in March 2023", "month", "2023-03-01", ("2023-03-01", "2023-03-31")),
    _case("in-month-then-count", "in March 15 soldiers were killed near the river.", WED,
          "in March", "month", "2024-03-01", ("2024-03-01", "2024-03-31")),
    _case("in-may-then-count", "The agency says in May 2,000 troops died.", WED,
          "in May", "month", "2024-05-01", ("2024-05-01", "2024-05-31")),
    _case("late-december", "In late December, 120 were wounded.", WED,
          "In late December", "month", "2024-12-01", ("2024-12-01", "2024-12-31")),
    # the year in words after the month: "last year" even where the month is still to come
    _case("month-last-year-before-pub-month", "Since April last year the rebels have lost 900 men.",
          D("2025-06-10"), "Since April last year", "month", "2024-04-01", ("2024-04-01", "2024-04-30")),
    _case("month-of-last-year", "By October of last year 45 aid workers had died.", WED,
          "By October of last year", "month", "2024-10-01", ("2024-10-01", "2024-10-31")),
    _case("month-this-year-clipped", "Some 64 were hurt in June this year, the council said.",
          D("2025-06-10"), "in June this year", "month", "2025-06-01", ("2025-06-01", "2025-06-10")),
    _case("month-last-year-no-lead-word", "The blockade began March last year and 30 starved.",
          D("2025-06-10"), "March last year", "month", "2024-03-01", ("2024-03-01", "2024-03-31")),
    _case("month-last-year-reference-year", "Since May last year 12 guards went missing.", None,
          "Since May last year", "month", "2019-05-01", ("2019-05-01", "2019-05-31"), ref=2020),
    # --- relative days
    _case("yesterday", "Yesterday the council confirmed 11 deaths.", WED,
          "Yesterday", "relative_day", "2025-01-07", ("2025-01-07", "2025-01-07")),
    _case("yesterday-across-year", "The mayor said yesterday that 2 firefighters died.", D("2025-01-01"),
          "yesterday", "relative_day", "2024-12-31", ("2024-12-31", "2024-12-31")),
    _case("today", "Officials today raised the figure to 58.", WED,
          "today", "relative_day", "2025-01-08", ("2025-01-08", "2025-01-08")),
    _case("last-night", "Drones struck last night, wounding 7.", WED,
          "last night", "relative_day", "2025-01-07", ("2025-01-07", "2025-01-08")),
    _case("days-ago", "Three days ago the toll was 40.", WED,
          "Three days ago", "relative_day", "2025-01-05", ("2025-01-05", "2025-01-05")),
    _case("day-before-yesterday", "The day before yesterday the toll was 21.", WED,
          "The day before yesterday", "relative_day", "2025-01-06", ("2025-01-06", "2025-01-06")),
    _case("this-morning", "Police this morning counted 4 dead.", WED,
          "this morning", "relative_day", "2025-01-08", ("2025-01-08", "2025-01-08")),
    _case("today-sentence-start", "Today the agency put the toll at 23.", WED,
          "Today", "relative_day", "2025-01-08", ("2025-01-08", "2025-01-08")),
    _case("over-the-weekend-in-monday-article", "Over the weekend 16 people were hurt.", MON,
          "Over the weekend", "relative_day", "2025-01-04", ("2025-01-04", "2025-01-05")),
    _case("last-weekend-in-sunday-article", "Last weekend 16 people were hurt.", D("2025-01-05"),
          "Last weekend", "relative_day", "2024-12-28", ("2024-12-28", "2024-12-29")),
    # --- sentence punctuation stays out of the span
    _case("month-before-full-stop", "Most of the 70 deaths came in mid-December.", WED,
          "in mid-December", "month", "2024-12-01", ("2024-12-01", "2024-12-31")),
    _case("day-month-before-full-stop", "The 70 deaths were confirmed on 16 December.", WED,
          "on 16 December", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("year-then-comma", "On Dec. 16, 2024, the army said 200 had died.", None,
          "On Dec. 16, 2024", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    _case("count-after-day-not-year", "By Dec. 16, 2,000 soldiers had died.", WED,
          "Dec. 16", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16")),
    # --- no publication date
    _case("no-pub-weekday-unresolved", "The ministry said on Tuesday that 40 people died.", None,
          "on Tuesday", "weekday", None, None),
    _case("no-pub-last-week-unresolved", "Last week 13 were injured.", None,
          "Last week", "last_week", None, None),
    _case("no-pub-yesterday-unresolved", "Yesterday 13 were injured.", None,
          "Yesterday", "relative_day", None, None),
    _case("no-pub-monthday-unresolved", "The Dec. 16 tally was 88.", None,
          "Dec. 16", "explicit", None, None),
    _case("no-pub-monthday-with-ref-year", "The Dec. 16 tally was 88.", None,
          "Dec. 16", "explicit", "2024-12-16", ("2024-12-16", "2024-12-16"), 2024),
    _case("no-pub-explicit-year-ignores-ref", "The Dec. 16, 2023 tally was 88.", None,
          "Dec. 16, 2023", "explicit", "2023-12-16", ("2023-12-16", "2023-12-16"), 2024),
    _case("no-pub-month-with-ref-year", "In November 64 were killed.", None,
          "In November", "month", "2024-11-01", ("2024-11-01", "2024-11-30"), 2024),
    _case("no-pub-month-with-year", "In November 2022 some 64 were killed.", None,
          "In November 2022", "month", "2022-11-01", ("2022-11-01", "2022-11-30")),
    _case("no-pub-weekday-ignores-ref", "Medics said on Friday that 9 had died.", None,
          "on Friday", "weekday", None, None, 2024),
]


@pytest.mark.parametrize("text,published,ref,span,kind,day,window", CASES)
def test_resolution(text, published, ref, span, kind, day, window):
    m = _only(text, published, ref)
    assert (m.text, m.kind, m.date, m.window) == (span, kind, day, window)


@pytest.mark.parametrize(
    "text",
    [
        pytest.param("Fighting in 2024 killed 4,000 soldiers.", id="bare-year"),
        pytest.param("The alert came at 10:13 and 18 were hurt.", id="clock-time"),
        pytest.param("A man aged 25 and a boy of 12 were among the 30 dead.", id="ages"),
        pytest.param("Some 4,000 troops and 240mm rockets were sent.", id="counts-and-calibres"),
        pytest.param("The 94th brigade lost 1,100 men.", id="unit-number"),
        pytest.param("Officials may revise the figure of 31 killed.", id="modal-may"),
        pytest.param("Troops march 12 km a day; 8 collapsed.", id="verb-march"),
        pytest.param("USA Today put the toll at 19.", id="outlet-named-today"),
        pytest.param("May 4,000 more die? The report does not say.", id="may-before-count"),
        pytest.param("A 2024-13-45 code is not a date; 6 died.", id="bad-iso"),
        pytest.param("Investigators counted 3 bodies on Feb. 30 forms.", id="impossible-day"),
        pytest.param("Weekly totals rose to 50 in the past months.", id="week-month-substrings"),
        pytest.param("May this year's 20 dead be the last?", id="may-before-this-years"),
        pytest.param("Shelling killed 64 people in the last week, the governor said.", id="the-last-week-a-span"),
        pytest.param("Over the last month 300 homes burned down.", id="the-last-month-a-span"),
    ],
)
def test_not_dates(text):
    assert find_dates(text, WED) == []


def test_several_mentions_in_order():
    text = "On Monday the army said 50 died; last week it said 30, and on Dec. 20 only 10."
    found = find_dates(text, WED)
    assert [(m.text, m.kind, m.date) for m in found] == [
        ("On Monday", "weekday", D("2025-01-06")),
        ("last week", "last_week", D("2024-12-30")),
        ("on Dec. 20", "explicit", D("2024-12-20")),
    ]
    assert [text[m.start:m.end] for m in found] == [m.text for m in found]


def test_explicit_beats_weekday_and_month():
    # "Monday (Jan 13)" is one explicit mention, not a weekday plus a date;
    # "December 16, 2024" is a day, not "in December".
    found = find_dates("On Monday (Jan 13) and in December 16, 2024 some 9 died.", WED)
    assert [(m.text, m.kind) for m in found] == [
        ("On Monday (Jan 13)", "explicit"), ("December 16, 2024", "explicit")]


@pytest.mark.parametrize(
    "published",
    [
        pytest.param(dt.datetime(2025, 1, 8, 23, 30), id="datetime"),
        pytest.param("2025-01-08", id="iso-string"),
    ],
)
def test_published_types(published):
    assert _only("Officials said on Tuesday that 5 died.", published).date == D("2025-01-07")


def test_mentions_are_frozen():
    m = _only("Yesterday 3 died.", WED)
    with pytest.raises(Exception):
        m.date = WED  # type: ignore[misc]


@pytest.mark.parametrize(
    "text,expected",
    [
        pytest.param("Filed Dec. 17, 2024. On Jan. 3 officials said 20 died.", 2024, id="us-style"),
        pytest.param("Filed 17 December 2024. 20 died.", 2024, id="day-month-year"),
        pytest.param("Stamp 2023-05-01; later Dec. 17, 2024 and Nov. 2, 2024.", 2024, id="most-frequent"),
        pytest.param("Jan. 2, 2025 or Dec. 30, 2024 reports", 2025, id="tie-goes-to-first"),
        pytest.param("On Dec. 17 officials said 20 died in 2024.", None, id="no-full-date"),
        pytest.param("", None, id="empty"),
    ],
)
def test_reference_year(text, expected):
    assert reference_year(text) == expected


def test_empty_and_dateless_text():
    assert find_dates("", WED) == []
    assert find_dates("No time words at all here.", None) == []


NUMERIC_CASES = [
    ("The agency said on 16.12.2024 that the count had risen.", dt.date(2024, 12, 16)),
    ("Figures released 12/16/2024 put the toll higher.", dt.date(2024, 12, 16)),
    ("Figures released 03/04/2024 put the toll higher.", dt.date(2024, 4, 3)),
]


@pytest.mark.parametrize("sentence, expected", NUMERIC_CASES, ids=["dotted-dmy", "slashed-mdy-when-dmy-impossible", "slashed-dmy-first"])
def test_numeric_dates_day_first_unless_impossible(sentence, expected):
    mentions = find_dates(sentence, dt.date(2024, 12, 20))
    assert [m.date for m in mentions] == [expected]


@pytest.mark.parametrize("sentence", ["Nearly 3/4 of the wards were shut.", "Release 1.2.3 fixed it."], ids=["fraction", "version"])
def test_numeric_non_dates(sentence):
    assert find_dates(sentence, dt.date(2024, 12, 20)) == []


@pytest.mark.parametrize("sentence, expected", [
    ("A day earlier, the army put its losses at 40.", dt.date(2024, 12, 19)),
    ("One day before, the agency had given a lower count.", dt.date(2024, 12, 19)),
], ids=["a-day-earlier-opening", "one-day-before-opening"])
def test_a_day_earlier_opening_a_sentence(sentence, expected):
    assert [m.date for m in find_dates(sentence, dt.date(2024, 12, 20))] == [expected]


def test_a_day_earlier_inside_a_sentence_is_no_date():
    assert find_dates("The convoy left a day earlier than planned.", dt.date(2024, 12, 20)) == []
