"""Hostile texts (tests/adversarial_texts.py) through the whole extraction, cleaning included.

Two kinds of check, one table of cases:

- sanity: no error, every span inside the cleaned text and on its figure (also in the
  original text), no evidence longer than the longest sentence, and the ordinary casualty
  sentence embedded in the hostile text still read where the case says it can be;
- guards against catastrophic backtracking: each text is extracted at 50 KB and at 200 KB,
  and the larger may take at most 12 times as long as the smaller plus half a second (linear
  work takes about 4 times as long), and neither more than 30 s. The limits are generous on
  purpose: they catch quadratic or exponential blow-ups (seconds turning into minutes),
  not ordinary noise in timing; and a case over the limit is timed twice more, keeping the
  best times, before it fails, because other work on a busy machine slows single runs.
  tests/benchmarks/bench_adversarial.py measures the real speeds at 0.25 and 1 MB.
"""
from __future__ import annotations

import functools
import time

import pytest

from lib import schema as S
from lib.text import MAX_SENTENCE
from tests.adversarial_texts import CASES, CLAIM, CLAIM_FIGURE, claim_rows, extract, span_problems

SMALL, LARGE = 50_000, 200_000
GROWTH_LIMIT = 12        # time(LARGE) / time(SMALL) for a four-fold text: about 4 when linear
SLACK_SECONDS = 0.5      # for texts read so fast that timer noise dominates
CAP_SECONDS = 30.0


@functools.cache
def _warm() -> None:
    """Load the vocabularies and compile the patterns once, outside every timing."""
    extract(CLAIM)


@functools.cache
def _run(name: str, size: int):
    """(text, claims table, seconds) of one case at one size, extracted once per session."""
    _warm()
    text = {case.name: case for case in CASES}[name].build(size)
    return (text, *_timed(text))


def _timed(text: str):
    start = time.perf_counter()
    frame = extract(text)
    return frame, time.perf_counter() - start


IDS = [case.name for case in CASES]


@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_no_catastrophic_backtracking(case):
    (small_text, _, small), (large_text, _, large) = _run(case.name, SMALL), _run(case.name, LARGE)
    for _ in range(2):  # over the limit: time again, keep the best (see the module docstring)
        if large <= GROWTH_LIMIT * small + SLACK_SECONDS:
            break
        small, large = min(small, _timed(small_text)[1]), min(large, _timed(large_text)[1])
    assert large <= CAP_SECONDS and small <= CAP_SECONDS, f"{small:.2f}s at 50 KB, {large:.2f}s at 200 KB"
    assert large <= GROWTH_LIMIT * small + SLACK_SECONDS, (
        f"{case.name}: {small:.3f}s at 50 KB but {large:.3f}s at 200 KB: worse than linear")


@pytest.mark.parametrize("size", [SMALL, LARGE], ids=["50KB", "200KB"])
@pytest.mark.parametrize("case", CASES, ids=IDS)
def test_spans_and_evidence_are_sane(case, size):
    text, frame, _ = _run(case.name, size)
    assert span_problems(text, frame) == []
    too_long = [len(e) for e in frame[S.EVIDENCE] if len(e) > MAX_SENTENCE]
    assert not too_long, f"evidence longer than a sentence may be: {too_long}"
    assert frame[S.CATEGORY].notna().all() and frame[S.QUALIFIER].notna().all()


def _expectations():
    for case in CASES:
        if case.finds_claim or case.finds_figure:
            for size, label in ((SMALL, "50KB"), (LARGE, "200KB")):
                yield pytest.param(case, size, id=f"{case.name}-{label}")


@pytest.mark.parametrize("case,size", list(_expectations()))
def test_the_embedded_claim_is_still_found(case, size):
    """The casualty sentence inside the hostile text: its figure, as a killed count with its
    hedge, and (unless it is cut out of a sentence longer than the longest one read) its
    claimant."""
    _, frame, _ = _run(case.name, size)
    rows = claim_rows(frame)
    assert rows, f"no killed claim of {CLAIM_FIGURE} in {case.name}"
    assert any(row[S.QUALIFIER] == "at_least" for row in rows), rows
    if case.finds_claim:
        assert any(row[S.CLAIMANT] == "disaster agency" for row in rows), rows


def test_a_million_digit_number_is_no_figure():
    """It overflowed the float it was read into (OverflowError): a figure has at most 15 digits."""
    _, frame, _ = _run("nines", SMALL)
    assert frame[S.VALUE_BEST].tolist() == [CLAIM_FIGURE]


@pytest.mark.parametrize("mark", ["\u200b", "\u200f", "\u202e", "\ufeff"],
                         ids=["zero-width-space", "right-to-left-mark", "right-to-left-override", "byte-order-mark"])
def test_invisible_marks_between_words_keep_the_hedge(mark):
    rows = claim_rows(extract(CLAIM.replace(" ", " " + mark)))
    assert [(row[S.QUALIFIER], row[S.VALUE_LOW]) for row in rows] == [("at_least", CLAIM_FIGURE)]


@pytest.mark.parametrize("mark", ["\u200b", "\u200f"], ids=["zero-width-space", "right-to-left-mark"])
def test_invisible_marks_stay_out_of_the_claimant(mark):
    rows = claim_rows(extract(CLAIM.replace(" ", " " + mark)))
    assert [row[S.CLAIMANT] for row in rows] == ["disaster agency"]
