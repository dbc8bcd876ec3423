"""When a claim was made and what period it covers (CLAIMS.md "Who and when", `claim_date`,
`period_start`, `modality`, `restated`), read through extract_article.

Unless a case says otherwise the article was published on Friday 2024-06-14."""
from __future__ import annotations

import datetime

import pytest

from lib import schema as S
from tests.extract_helpers import PUBLISHED, check, claims_of, day, only

FRIDAY = PUBLISHED


def case(case_id, *args, xfail=None):
    marks = [pytest.mark.xfail(strict=True, reason=xfail)] if xfail else []
    return pytest.param(*args, id=case_id, marks=marks)


# (text, published, value_best, expected claim_date)
CLAIM_DATE_CASES = [
    case("no-time-expression-is-publication-day",
         "The health ministry said 40 people were killed in the floods in Kerala.", FRIDAY, 40, day("2024-06-14")),
    case("explicit-date-wins",
         "The health ministry said on June 3 that 40 people had been killed in the floods.", FRIDAY, 40, day("2024-06-03")),
    case("explicit-abbreviated-month",
         "Seoul's JCS said on Dec. 16 that 100 KPA troops were dead after Ukrainian drone strikes.",
         day("2024-12-19"), 100, day("2024-12-16")),
    case("explicit-day-month-order",
         "On 12 March the civil defence agency said 75 people had died in the landslide.",
         day("2024-03-20"), 75, day("2024-03-12")),
    case("explicit-date-wins-over-weekday-elsewhere",
         "Rescuers resumed work on Monday. The governor said on June 5 that 31 people had been injured.",
         FRIDAY, 31, day("2024-06-05")),
    case("the-day-of-the-deaths-before-a-trailing-speaker-is-no-claim-date",
         "Nine people were killed when the bridge collapsed on Tuesday, the mayor said.", FRIDAY, 9,
         day("2024-06-14")),
    case("a-weekday-after-a-trailing-speaker-dates-the-claim",
         "Nine people were killed when the bridge collapsed, the mayor said on Tuesday.", FRIDAY, 9,
         day("2024-06-11")),
    case("said-on-monday-is-latest-monday",
         "Ukraine's General Staff said on Monday that 25 Russian soldiers were killed in the ambush.",
         FRIDAY, 25, day("2024-06-10")),
    case("said-on-monday-by-unnamed-army",
         "The army said on Monday that 25 soldiers were killed in the ambush.", FRIDAY, 25, day("2024-06-10")),
    case("said-tuesday-without-on",
         "Police said Tuesday that 9 people were hurt in the stampede.", FRIDAY, 9, day("2024-06-11")),
    case("weekday-equal-to-publication-day",
         "The ministry said on Friday that 63 people had died in the heatwave.", FRIDAY, 63, day("2024-06-14")),
    case("weekday-after-publication-weekday-goes-back",
         "On Saturday, the coast guard said 44 migrants were missing off Lampedusa.", FRIDAY, 44, day("2024-06-08")),
    case("weekday-opening-the-sentence",
         "On Wednesday, Ukraine's General Staff said 1,210 Russian soldiers had been killed or wounded.",
         FRIDAY, 1210, day("2024-06-12")),
    case("yesterday-is-day-before",
         "The interior ministry said yesterday that 17 people were killed in the blast.", FRIDAY, 17, day("2024-06-13")),
    case("weekday-and-explicit-date-together",
         "The Sudan Doctors Network said on Monday, June 10, that 88 people had died in the camp.",
         FRIDAY, 88, day("2024-06-10")),
    case("explicit-date-after-unnamed-ministry",
         "The ministry said on Monday, June 10, that 88 people had died in the camp.", FRIDAY, 88, day("2024-06-10")),
    case("date-carried-to-speakers-later-sentence",
         "The governor spoke to reporters in Odesa on Tuesday. The governor said 19 people had been wounded.",
         FRIDAY, 19, day("2024-06-11")),
    # a date years after publication is what is to come, never when the claim was made
    case("future-date-opening-the-sentence-is-no-claim-date",
         "On May 2, 2031, the coast guard said 14 fishermen were missing.", FRIDAY, 14, day("2024-06-14")),
    case("future-date-after-the-cue-is-no-claim-date",
         "The relief agency said on March 9, 2029 that 260 families had been injured.", FRIDAY, 260, day("2024-06-14")),
    case("future-date-is-not-carried-to-the-speakers-later-sentence",
         "The governor spoke to reporters on Jan. 8, 2030. The governor said 19 people had been wounded.",
         FRIDAY, 19, day("2024-06-14")),
    case("date-within-the-slack-of-publication-stays",
         "The mayor said on June 20 that 11 people had been injured.", FRIDAY, 11, day("2024-06-20")),
    # an opening phrase that dates the statement
    case("a-sentence-opening-with-its-date-and-no-comma",
         "Officials said 36 people were killed. Yesterday evening the figure was 33.", FRIDAY, 33, day("2024-06-13")),
    case("a-date-closing-an-opening-phrase",
         "In its weekly bulletin on June 4, the northern provincial public health office said 212 people had died of cholera.",
         FRIDAY, 212, day("2024-06-04")),
    case("an-opening-clause-with-a-figure-is-no-opening-phrase",
         "At least 88 residents were killed in the valley earlier this week, local officials said.",
         FRIDAY, 88, day("2024-06-14")),
    case("an-event-date-after-an-active-verb-before-a-trailing-speaker",
         "Gunmen killed 31 villagers in the hills on Monday, according to the regional governor.", FRIDAY, 31,
         day("2024-06-14")),
    # a date that names an event ("the May 3 attack", "Sunday's quake") is when people died
    case("a-date-naming-an-attack-is-no-claim-date",
         "Officials in the capital say 310 people were killed in the May 3 attack on the fair.", FRIDAY, 310,
         day("2024-06-14")),
    case("a-weekday-naming-a-quake-is-no-claim-date",
         "The death toll from Sunday's quake has risen to 48, the civil protection agency said.", FRIDAY, 48,
         day("2024-06-14")),
    case("a-date-naming-two-adjectives-and-an-event",
         "Doctors said 27 people had died since the June 2 twin explosions at the depot.", FRIDAY, 27,
         day("2024-06-14")),
    case("a-statement-date-before-a-plural-event-word-stays",
         "The mayor said on Monday strikes had killed 12 people in the port.", FRIDAY, 12, day("2024-06-10")),
]


@pytest.mark.parametrize("text, published, best, expected", CLAIM_DATE_CASES)
def test_claim_date(text, published, best, expected):
    rows = claims_of(text, published=published)
    check(only(rows, **{S.VALUE_BEST: best}), {S.CLAIM_DATE: expected}, rows)


# (text, value_best, earliest, latest) for expressions that name a span of days.
WINDOW_CASES = [
    case("last-week-is-previous-week",
         "The Red Cross said last week that 500 people had been killed near the river.", 500,
         day("2024-06-03"), day("2024-06-09")),
    case("last-week-by-unnamed-ministry",
         "The ministry said last week that 500 soldiers had been killed near the river.", 500,
         day("2024-06-03"), day("2024-06-09")),
    case("earlier-this-month",
         "Officials said earlier this month that 210 people had died in the cholera outbreak after the floods.", 210,
         day("2024-06-01"), day("2024-06-14")),
    case("this-month",
         "The regional governor said this month that 72 people were injured in drone attacks.", 72,
         day("2024-06-01"), day("2024-06-14")),
    case("a-month-in-an-opening-phrase-before-its-noun",
         "In its April 2024 report, the country's independent monitoring group said 3,400 civilians had been killed.", 3400,
         day("2024-04-01"), day("2024-04-30")),
    # "said at the time": the figure was given when the events happened
    case("said-at-the-time-takes-the-events-month",
         "Air strikes on the port in March killed 61 people, the health ministry said at the time.", 61,
         day("2024-03-01"), day("2024-03-31")),
    # the date after the speaker an "after" cue names
    case("given-by-a-speaker-then-a-month",
         "The last official toll, 870 dead, was given by Interior Minister Pavel Drach in May 2023.", 870,
         day("2023-05-01"), day("2023-05-31")),
]


@pytest.mark.parametrize("text, best, earliest, latest", WINDOW_CASES)
def test_claim_date_within_window(text, best, earliest, latest):
    rows = claims_of(text)
    row = only(rows, **{S.VALUE_BEST: best})
    assert row[S.CLAIM_DATE] is not None and earliest <= row[S.CLAIM_DATE] <= latest, (
        f"claim_date {row[S.CLAIM_DATE]} not within {earliest}..{latest}")


# Without a publication date only an explicit date with a year gives a claim date.
NO_PUBLICATION_CASES = [
    case("no-publication-no-date-is-empty",
         "The ministry said 40 people were killed in the floods.", 40, None),
    case("no-publication-weekday-is-empty",
         "The army said on Monday that 25 soldiers were killed in the ambush.", 25, None),
    case("no-publication-last-week-is-empty",
         "Rescuers said last week that 90 people were missing after the mudslide.", 90, None),
    case("no-publication-explicit-date-with-year",
         "On March 3, 2024, the health ministry said 52 people had died in the outbreak.", 52, day("2024-03-03")),
]


@pytest.mark.parametrize("text, best, expected", NO_PUBLICATION_CASES)
def test_claim_date_without_publication_date(text, best, expected):
    rows = claims_of(text, published=None)
    check(only(rows, **{S.VALUE_BEST: best}), {S.CLAIM_DATE: expected}, rows)


# (text, value_best, expected fields): earlier claims repeated as background.
RESTATED_CASES = [
    case("had-said-on-date-keeps-original-date",
         "The health ministry had said on March 3 that 120 people were killed in the camp.", 120,
         {S.RESTATED: True, S.CLAIM_DATE: day("2024-03-03")}),
    case("had-initially-reported",
         "Police had initially reported 6 deaths in the pile-up on the ring road.", 6, {S.RESTATED: True}),
    case("had-originally-put",
         "The governor had originally put the number of injured at 140.", 140, {S.RESTATED: True}),
    case("previously-said",
         "The ministry previously said 80 soldiers had been killed in the fighting for the ridge.", 80,
         {S.RESTATED: True}),
    case("follows-a-report-last-week",
         "The new figure follows a report by the agency last week which said 500 soldiers had been killed.", 500,
         {S.RESTATED: True}),
    case("had-estimated-in-april",
         "In April, the Pentagon had estimated that 2,000 North Korean troops were wounded.", 2000,
         {S.RESTATED: True}),
    case("fresh-news-is-not-restated",
         "Ukraine's military intelligence said on Thursday that 33 Russian soldiers were killed in the attack on the convoy.", 33,
         {S.RESTATED: False, S.CLAIM_DATE: day("2024-06-13")}),
    case("plain-news-is-not-restated",
         "Floods in Assam killed 46 people, the state disaster authority said.", 46,
         {S.RESTATED: False}),
    case("an-earlier-figure-keeps-the-day-it-was-given",
         "The toll was later revised up from an earlier 19 deaths given on Tuesday night.", 19,
         {S.RESTATED: True, S.CLAIM_DATE: day("2024-06-11")}),
    case("said-last-week-restates",
         "The coastal agency said last week that 75 fishermen had been killed in the storm.", 75,
         {S.RESTATED: True}),
    case("an-event-last-week-is-news-not-a-restatement",
         "The UN says at least 700 people were killed when rebels stormed the town last week.", 700,
         {S.RESTATED: False}),
    case("deaths-last-year-are-the-period-counted",
         "Floods killed 230 people across the region last year, according to the disaster agency.", 230,
         {S.RESTATED: False}),
    case("last-week-opening-a-sentence-restates",
         "Last week, the agency put the toll from the landslide at 310.", 310,
         {S.RESTATED: True}),
    case("a-figure-cited-last-month-restates",
         "The new count is higher than the 900 dead that the governor cited last month.", 900,
         {S.RESTATED: True}),
    case("the-last-week-is-the-period-counted",
         "The regional governor said 64 people had been killed in the last week of shelling.", 64,
         {S.RESTATED: False}),
    case("last-week-alone-is-the-period-counted",
         "Around 200 fighters died last week alone, the monitoring group said on Friday.", 200,
         {S.RESTATED: False}),
]


@pytest.mark.parametrize("text, best, expected", RESTATED_CASES)
def test_restated(text, best, expected):
    rows = claims_of(text)
    check(only(rows, **{S.VALUE_BEST: best}), expected, rows)


# (text, {value_best: (restated, claim_date)}): an update and the earlier figure it replaces.
# The earlier figure is restated and dated by the text or not at all; the update is news.
UPDATE_CASES = [
    case("up-from-after-a-clause",
         "At least 260 people were killed when the dam burst, up from a previous estimate of 190, "
         "the governor said.", {260: (False, FRIDAY), 190: (True, None)}),
    case("an-earlier-figure-does-not-restate-the-update",
         "The toll rose to 75, up from an earlier figure of 60, the ministry said.",
         {75: (False, FRIDAY), 60: (True, None)}),
    case("from-a-figure-a-day-earlier",
         "The number of injured climbed to 450 from 310 a day earlier, officials said.",
         {450: (False, FRIDAY), 310: (True, day("2024-06-13"))}),
    case("up-from-after-the-speaker-earlier-in-the-day",
         "Floods have killed 88 people in the valley, the agency said on Tuesday, up from 70 it had "
         "reported earlier in the day.", {88: (False, day("2024-06-11")), 70: (True, day("2024-06-11"))}),
    case("up-from-an-earlier-figure-with-its-own-casualty-word-and-day",
         "The toll rose to 420, the agency said on Thursday, up from 310 dead on Monday.",
         {420: (False, day("2024-06-13")), 310: (True, day("2024-06-10"))}),
    case("up-from-a-figure-reported-a-day-earlier",
         "The board said 95 people had died, up from 81 deaths reported a day earlier.",
         {95: (False, FRIDAY), 81: (True, day("2024-06-13"))}),
    case("up-from-a-figure-given-in-the-morning",
         "The agency said 27 climbers were missing, up from 18 that it gave in the morning.",
         {27: (False, FRIDAY), 18: (True, FRIDAY)}),
    case("up-from-a-figure-its-speaker-dated",
         "The toll stands at 60. That is up from 34 dead reported by the agency on Monday.",
         {60: (False, FRIDAY), 34: (True, day("2024-06-10"))}),
    case("the-toll-rose-from-an-earlier-figure-on-a-day",
         "The toll now stands at 212. The toll rose from 140 on Tuesday, after more bodies were found.",
         {212: (False, FRIDAY), 140: (True, day("2024-06-11"))}),
    case("up-from-an-earlier-years-count-in-the-same-statement",
         "The rights office said on Thursday that 3,150 people were killed in 2023, up from 2,410 in 2022.",
         {3150: (False, day("2024-06-13")), 2410: (True, day("2024-06-13"))}),
]


@pytest.mark.parametrize("text, expected", UPDATE_CASES)
def test_an_update_and_the_earlier_figure(text, expected):
    rows = claims_of(text)
    got = {row[S.VALUE_BEST]: (row[S.RESTATED], row[S.CLAIM_DATE]) for row in rows}
    assert got == expected


def test_restated_earlier_claim_next_to_new_one():
    rows = claims_of("The junta said on Thursday that 350 soldiers had been killed in the battle. "
                     "It had said on May 28 that 200 had died.")
    check(only(rows, **{S.VALUE_BEST: 350}), {S.RESTATED: False, S.CLAIM_DATE: day("2024-06-13")}, rows)
    check(only(rows, **{S.VALUE_BEST: 200}), {S.RESTATED: True, S.CLAIM_DATE: day("2024-05-28")}, rows)


# (text, published, value_best, expected period_start)
PERIOD_CASES = [
    case("a-pair-joined-by-and-shares-its-period",
         "The ministry said 310 people had been killed and 1,450 wounded in the shelling since Tuesday.",
         FRIDAY, 310, day("2024-06-11")),
    case("a-figure-of-another-clause-keeps-its-own-period",
         "The ministry said 310 people had been killed, while 1,450 were wounded since Tuesday.",
         FRIDAY, 310, None),
    case("since-the-start-of-june",
         "More than 2,000 people have been killed in El Fasher since the start of June, the UN said.",
         FRIDAY, 2000, day("2024-06-01")),
    case("since-the-start-of-december",
         "The NIS said 1,100 DPRK troops had become casualties since the start of December.",
         day("2024-12-23"), 1100, day("2024-12-01")),
    case("since-a-date-last-year",
         "The health ministry said 37,000 Palestinians had been killed since October 7.",
         FRIDAY, 37000, day("2023-10-07")),
    case("since-the-beginning-of-the-year",
         "The monitor said 640 civilians had been killed in Rakhine since the beginning of the year.",
         FRIDAY, 640, day("2024-01-01")),
    case("since-january-1",
         "The monitor said 640 civilians had been killed in Rakhine since January 1.",
         FRIDAY, 640, day("2024-01-01")),
    case("since-an-abbreviated-date-then-to",
         "The ministry said 31 people died on Sunday, taking the toll since Sept. 9 to 4,118.",
         FRIDAY, 4118, day("2023-09-09")),
    case("since-a-dated-year-after-an-earlier-figure",
         "Shelling killed 12 on Monday, and the army's losses since March 3, 2022 now stand at 9,400.",
         FRIDAY, 9400, day("2022-03-03")),
    case("since-when-dates-the-deaths-not-a-period",
         "It was the worst flood since August 2019, when the river burst its banks and killed 83 people.",
         FRIDAY, 83, None),
    case("since-a-day-then-a-three-digit-count",
         "Since Jan. 1, 230 people have been killed in the province, police said.", FRIDAY, 230, day("2024-01-01")),
    case("since-month-last-year",
         "Aid groups say 950 civilians have been killed since May last year, the UN said.",
         FRIDAY, 950, day("2023-05-01")),
    case("no-period-is-empty",
         "The ministry said 57 people were killed in the floods.", FRIDAY, 57, None),
]


@pytest.mark.parametrize("text, published, best, expected", PERIOD_CASES)
def test_period_start(text, published, best, expected):
    rows = claims_of(text, published=published)
    check(only(rows, **{S.VALUE_BEST: best}), {S.PERIOD_START: expected}, rows)


def test_period_start_does_not_become_claim_date():
    rows = claims_of("More than 2,000 people have been killed in El Fasher since the start of June, the UN said.")
    check(only(rows, **{S.VALUE_BEST: 2000}), {S.CLAIM_DATE: FRIDAY}, rows)


# (text, value_best, expected modality)
MODALITY_CASES = [
    case("expected-to-reach", "The death toll is expected to reach 500 as rescuers dig through the rubble, officials said.", 500, "projected"),
    case("could-rise-to", "The toll could rise to 1,000 once teams reach the remote valleys, the UN warned.", 1000, "projected"),
    case("may-have", "As many as 300 people may have died in the landslide, the governor said.", 300, "projected"),
    case("likely-killed", "Western officials said 2,000 Russian soldiers were likely killed in the assault.", 2000, "projected"),
    case("reported-plain", "The governor said 300 people died in the landslide.", 300, "reported"),
    case("month-may-is-not-a-modal",
         "The WHO said on May 28 that 200 people had died in the outbreak.", 200, "reported"),
    case("month-may-opening-sentence",
         "On 3 May, the civil defence agency said 61 people were killed in the floods.", 61, "reported"),
    case("reported-not-expected-elsewhere", "Rains are expected to continue, but the ministry said 41 people have died so far.", 41, "reported"),
]


@pytest.mark.parametrize("text, best, modality", MODALITY_CASES)
def test_modality(text, best, modality):
    rows = claims_of(text)
    check(only(rows, **{S.VALUE_BEST: best}), {S.MODALITY: modality}, rows)
