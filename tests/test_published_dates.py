"""Publication dates in any human form (lib.articles.parse_published), and the ones that
are reported instead of guessed: ambiguous, incomplete, unreadable, in the future."""
from __future__ import annotations

import datetime as dt

import pytest

from lib.articles import RecordError, parse_published

TODAY = dt.date.today()

READ = [
    ("iso_date", "2024-12-19", "en", dt.date(2024, 12, 19)),
    ("iso_datetime_utc", "2024-12-19T10:13:00Z", "en", dt.date(2024, 12, 19)),
    ("iso_datetime_keeps_the_written_day", "2024-12-19T23:30:00-05:00", "en", dt.date(2024, 12, 19)),
    ("month_name_first", "Dec 19, 2024", "en", dt.date(2024, 12, 19)),
    ("abbreviation_with_time_and_zone", "Dec. 19, 2024, 10:13 a.m. ET", "en", dt.date(2024, 12, 19)),
    ("weekday_and_day_first", "Thursday, 19 December 2024 10:13 GMT", "en", dt.date(2024, 12, 19)),
    ("dotted_day_over_twelve", "19.12.2024", "en", dt.date(2024, 12, 19)),
    ("slashed_month_first_day_over_twelve", "12/19/2024", "en", dt.date(2024, 12, 19)),
    ("day_and_month_equal", "11/11/2024", "en", dt.date(2024, 11, 11)),
    ("year_first_with_slashes", "2024/03/04", "en", dt.date(2024, 3, 4)),
    ("article_language", "19 décembre 2024", "fr", dt.date(2024, 12, 19)),
    ("yesterday", "yesterday", "en", TODAY - dt.timedelta(days=1)),
    ("days_ago", "3 days ago", "en", TODAY - dt.timedelta(days=3)),
    ("empty_is_no_date", "  ", "en", None),
    ("none_is_no_date", None, "en", None),
    ("a_date_object_from_a_form", dt.date(2023, 5, 6), "en", dt.date(2023, 5, 6)),
]


@pytest.mark.parametrize("value, language, expected", [c[1:] for c in READ], ids=[c[0] for c in READ])
def test_human_dates_are_read(value, language, expected):
    assert parse_published(value, language) == expected


REPORTED = [
    ("day_and_month_either_way", "03/04/2024", "ambiguous 'published' date '03/04/2024'"),
    ("two_digit_year_either_way", "4.3.24", "ambiguous 'published' date"),
    ("ambiguous_with_time", "05-06-2024 14:00", "ambiguous 'published' date"),
    ("no_year", "Dec 19", "unreadable 'published' date 'Dec 19' (needs a day, month and year)"),
    ("no_day", "December 2024", "unreadable 'published' date"),
    ("words", "shortly after the storm", "unreadable 'published' date"),
    ("relative_future", "next week", "'published' date 'next week' is in the future"),
    ("iso_future", "2999-01-01", "is in the future (2999-01-01)"),
    ("a_number", 20241219, "'published' is not a string"),
]


@pytest.mark.parametrize("value, message", [c[1:] for c in REPORTED], ids=[c[0] for c in REPORTED])
def test_unsure_dates_are_reported_not_guessed(value, message):
    with pytest.raises(RecordError) as raised:
        parse_published(value)
    assert message in str(raised.value)
