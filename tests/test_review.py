"""The review layer's pure functions (lib/review.py): checking edits, applying reviews to a
claims table, orphans, and the review queue's order."""
from __future__ import annotations

import datetime as dt

import pytest

from lib import schema as S
from lib.review import (Review, ReviewError, apply_reviews, changed_fields, claim_key, orphans,
                        parse_key, review_queue, validate_changes)
from tests.dashboard_helpers import frame, mention

# (id, changes, what is stored)
VALID = [
    ("figure with thousands separator", {S.VALUE_BEST: "1,250"}, {S.VALUE_BEST: 1250}),
    ("date object", {S.CLAIM_DATE: dt.date(2024, 5, 6)}, {S.CLAIM_DATE: "2024-05-06"}),
    ("date text", {S.PERIOD_START: " 2024-05-01 "}, {S.PERIOD_START: "2024-05-01"}),
    ("empty go-between is none", {S.CLAIMANT_VIA: "  "}, {S.CLAIMANT_VIA: None}),
    ("empty bound is none", {S.VALUE_HIGH: ""}, {S.VALUE_HIGH: None}),
    ("restated as text", {S.RESTATED: "yes"}, {S.RESTATED: True}),
    ("claimant spaces collapsed", {S.CLAIMANT: " Ruritania   army "}, {S.CLAIMANT: "Ruritania army"}),
    ("qualifier from the vocabulary", {S.QUALIFIER: "at_least"}, {S.QUALIFIER: "at_least"}),
]


@pytest.mark.parametrize("changes, stored", [c[1:] for c in VALID], ids=[c[0] for c in VALID])
def test_valid_changes_are_stored_plainly(changes, stored):
    assert validate_changes(changes) == stored


INVALID = [
    ("figure in words", {S.VALUE_BEST: "twelve"}, "value_best"),
    ("fractional figure", {S.VALUE_LOW: 2.5}, "value_low"),
    ("day-month order unclear", {S.CLAIM_DATE: "04/05/2024"}, "claim_date"),
    ("empty claimant", {S.CLAIMANT: ""}, "claimant"),
    ("modality outside the vocabulary", {S.MODALITY: "rumoured"}, "modality"),
    ("restated neither true nor false", {S.RESTATED: "perhaps"}, "restated"),
    ("not editable", {S.EVIDENCE: "another sentence"}, "evidence"),
    ("bounds the wrong way round", {S.VALUE_LOW: 10, S.VALUE_HIGH: 5}, "value_low"),
]


@pytest.mark.parametrize("changes, field", [c[1:] for c in INVALID], ids=[c[0] for c in INVALID])
def test_invalid_changes_name_the_field(changes, field):
    with pytest.raises(ReviewError, match=f"^{field}:"):
        validate_changes(changes)


def test_a_key_round_trips():
    assert parse_key(claim_key("a1", 40, "injured")) == ("a1", 40, "injured")


def test_only_changed_fields_are_edits():
    claim = {S.VALUE_BEST: 100, S.CLAIMANT: "Ruritania army", S.CLAIM_DATE: dt.date(2024, 3, 4)}
    form = {S.VALUE_BEST: "100", S.CLAIMANT: "Ruritania navy", S.CLAIM_DATE: "2024-03-04"}
    assert changed_fields(claim, form) == {S.CLAIMANT: "Ruritania navy"}


TABLE = frame(mention("a1"), mention("a2", figure=40, category="injured"))
KEY_1, KEY_2 = claim_key("a1", 0, "killed"), claim_key("a2", 0, "injured")

# (id, reviews, expected (key, status, value_best) rows)
APPLIED = [
    ("no reviews: all machine", [], [(KEY_1, "machine", 100), (KEY_2, "machine", 40)]),
    ("confirmed", [Review(KEY_1, confirmed=True)], [(KEY_1, "confirmed", 100), (KEY_2, "machine", 40)]),
    ("edited figure", [Review(KEY_2, values={S.VALUE_BEST: 45})],
     [(KEY_1, "machine", 100), (KEY_2, "edited", 45)]),
    ("rejected stays, marked", [Review(KEY_1, rejected=True, reason="duplicate")],
     [(KEY_1, "rejected", 100), (KEY_2, "machine", 40)]),
    ("added appended", [Review("a1:9:missing", added=True, values={
        **mention("a1", figure=3, category="missing"), S.SPAN_START: 9, S.CLAIM_DATE: "2024-03-05"})],
     [(KEY_1, "machine", 100), (KEY_2, "machine", 40), ("a1:9:missing", "added", 3)]),
    ("an orphan changes nothing", [Review("a9:5:killed", confirmed=True)],
     [(KEY_1, "machine", 100), (KEY_2, "machine", 40)]),
]


@pytest.mark.parametrize("reviews, expected", [c[1:] for c in APPLIED], ids=[c[0] for c in APPLIED])
def test_reviews_apply_on_top_of_the_extracted_claims(reviews, expected):
    out = apply_reviews(TABLE, reviews)
    assert list(zip(out[S.CLAIM_KEY], out[S.STATUS], out[S.VALUE_BEST])) == expected


def test_an_edited_date_keeps_the_date_dtype():
    out = apply_reviews(TABLE, [Review(KEY_1, values={S.CLAIM_DATE: "2024-02-01"})])
    assert out[S.CLAIM_DATE].dtype == "datetime64[ns]" and out[S.CLAIM_DATE].iloc[0].day == 1


def test_orphans_are_reviews_of_claims_no_longer_extracted():
    found = orphans(TABLE, [Review(KEY_1, confirmed=True), Review("a9:5:killed", confirmed=True),
                            Review("a9:7:killed", added=True)])
    assert [review.key for review in found] == ["a9:5:killed"]


def test_the_queue_puts_unreviewed_first_then_the_least_confident():
    # undated and unknown claimant 0.5; unknown claimant 0.75; sure 1.0; done is reviewed
    table = apply_reviews(frame(
        mention("sure", claimant="Known body"),
        mention("undated", claimant="Somebody", date=None),
        mention("done", claimant="Known body", date=None),
        mention("unknown", claimant="Somebody"),
    ), [Review(claim_key("done", 0, "killed"), confirmed=True)])
    queue = review_queue(table, "confidence", known_claimants=["Known body"])
    assert list(queue[S.ARTICLE_ID]) == ["undated", "unknown", "sure", "done"]


def test_the_queue_by_date_is_latest_first_with_undated_last():
    table = apply_reviews(frame(mention("old", date="2024-01-01"), mention("none", date=None),
                                mention("new", date="2024-06-01")), [])
    assert list(review_queue(table, "date")[S.ARTICLE_ID]) == ["new", "old", "none"]
