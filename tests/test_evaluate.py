"""Tests for lib.evaluate, the project's port of ../shared/eval/score.py.

All gold claims and predictions here are invented (fictional countries, agencies and people).
"""
from __future__ import annotations

import csv
import io
import json
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest

from lib.evaluate import (
    format_summary,
    load_gold,
    predictions_from_csv,
    predictions_from_rows,
    score,
)

REPO = Path(__file__).resolve().parents[1]
SCORE_PY = REPO.parent / "shared" / "eval" / "score.py"
ARTICLE = "art-1"


def gold_claim(**changes) -> dict:
    claim = {
        "category": "killed", "subject": "Freedonia", "subject_aliases": ["Freedonian"],
        "value": 40, "alt_values": [], "low": 40, "high": None, "qualifier": "exact",
        "claimant": "Freedonia Interior Ministry",
        "claimant_aliases": ["Interior Ministry", "Rufus Firefly"],
        "claim_date": "2031-03-14", "date_window": ["2031-03-13", "2031-03-14"],
        "modality": "reported", "restated": False, "optional": False,
        "evidence": "An invented line: forty people lost their lives in the made-up flood.",
    }
    claim.update(changes)
    return claim


def pred_row(**changes) -> dict:
    row = {
        "article_id": ARTICLE, "category": "killed", "subject": "Freedonia", "value_low": "",
        "value_high": "", "value_best": "40", "qualifier": "exact",
        "claimant": "Freedonia Interior Ministry", "claimant_via": "", "claim_date": "2031-03-14",
        "modality": "reported", "restated": "false", "evidence": "invented prediction text",
    }
    row.update({key: "" if value is None else str(value) for key, value in changes.items()})
    return row


def run(gold_claims: list[dict], rows: list[dict], verbose_out=None) -> dict:
    return score({ARTICLE: gold_claims}, predictions_from_rows(rows), verbose_out)


def matched(result: dict) -> bool:
    return result["tp"] == 1 and result["fp"] == 0 and result["fn"] == 0


# --------------------------------------------------------------------------------------------
# Figures

FIGURE_CASES = [
    # id, gold changes, prediction changes, matches
    ("exact-best", {}, {}, True),
    ("best-off-by-one", {}, {"value_best": 41}, False),
    ("best-with-commas", {"value": 1200, "low": 1200}, {"value_best": "1,200"}, True),
    ("best-decimal-rounds", {}, {"value_best": "39.6"}, True),
    ("low-when-no-best", {}, {"value_best": None, "value_low": 40}, True),
    ("high-when-no-best-or-low", {}, {"value_best": None, "value_high": 40}, True),
    ("best-wins-over-low", {}, {"value_best": 45, "value_low": 40}, False),
    ("alt-value", {"value": 47, "alt_values": [40, 50]}, {"value_best": 50}, True),
    ("not-an-alt-value", {"value": 47, "alt_values": [40, 50]}, {"value_best": 45}, False),
    ("no-figure", {}, {"value_best": None}, False),
    ("vague-inside", {"value": None, "low": 200, "high": 900, "qualifier": "vague"},
     {"value_best": None, "value_low": 300, "value_high": 400}, True),
    ("vague-overlap-at-edge", {"value": None, "low": 200, "high": 900, "qualifier": "vague"},
     {"value_best": None, "value_low": 900, "value_high": 2000}, True),
    ("vague-best-only-inside", {"value": None, "low": 200, "high": 900, "qualifier": "vague"},
     {"value_best": 500}, True),
    ("vague-below", {"value": None, "low": 200, "high": 900, "qualifier": "vague"},
     {"value_best": 150}, False),
    ("vague-above", {"value": None, "low": 200, "high": 900, "qualifier": "vague"},
     {"value_best": None, "value_low": 901}, False),
    ("vague-open-top", {"value": None, "low": 1000, "high": None, "qualifier": "vague"},
     {"value_best": 250000}, True),
    ("vague-without-bounds", {"value": None, "low": None, "high": None, "qualifier": "vague"},
     {"value_best": 5}, False),
    ("range-both-bounds", {"value": 20, "low": 20, "high": 30, "qualifier": "range"},
     {"value_best": None, "value_low": 20, "value_high": 30}, True),
    ("range-wrong-upper-bound", {"value": 20, "low": 20, "high": 30, "qualifier": "range"},
     {"value_best": None, "value_low": 20, "value_high": 35}, False),
    ("range-bounds-beat-best", {"value": 20, "low": 20, "high": 30, "qualifier": "range"},
     {"value_best": 20, "value_low": 21, "value_high": 30}, False),
    ("range-one-bound-is-value", {"value": 20, "low": 20, "high": 30, "qualifier": "range"},
     {"value_best": 99, "value_low": 20}, True),
    ("range-midpoint", {"value": 20, "low": 20, "high": 30, "qualifier": "range"},
     {"value_best": 25}, False),
    ("alt-category", {"category": "total", "alt_categories": ["killed"]}, {}, True),
    ("category-case-and-space", {}, {"category": " Killed "}, True),
    ("other-category", {}, {"category": "injured"}, False),
]


@pytest.mark.parametrize("gold_changes, pred_changes, expected",
                         [case[1:] for case in FIGURE_CASES], ids=[case[0] for case in FIGURE_CASES])
def test_figure_and_category_matching(gold_changes, pred_changes, expected):
    result = run([gold_claim(**gold_changes)], [pred_row(**pred_changes)])
    assert matched(result) is expected
    if not expected:
        assert (result["tp"], result["fp"], result["fn"]) == (0, 1, 1)


def test_alt_category_match_marks_category_wrong():
    result = run([gold_claim(category="total", alt_categories=["killed"])], [pred_row()])
    assert result["attribute_accuracy"]["category"] == 0.0


# --------------------------------------------------------------------------------------------
# Attributes on matched claims

CLAIMANT_CASES = [
    # id, gold changes, prediction changes, claimant right
    ("canonical-name", {}, {}, True),
    ("alias", {}, {"claimant": "Rufus Firefly"}, True),
    ("alias-inside-longer-text", {}, {"claimant": "a spokesman for the interior ministry"}, True),
    ("alias-in-claimant-via", {}, {"claimant": "state radio", "claimant_via": "Interior Ministry"}, True),
    ("case-and-punctuation", {}, {"claimant": "INTERIOR-MINISTRY"}, True),
    ("alias-only-as-part-of-a-word", {"claimant_aliases": ["RFL"]},
     {"claimant": "RFLX monitors"}, False),
    ("prediction-inside-gold-name", {}, {"claimant": "Firefly"}, True),
    ("short-prediction-inside-gold-name", {"claimant": "Sylvania Red Cross", "claimant_aliases": []},
     {"claimant": "Red"}, False),
    ("unspaced-script-substring", {"claimant_aliases": ["自由省"]}, {"claimant": "自由省内务部"}, True),
    ("other-claimant", {}, {"claimant": "Sylvania Army"}, False),
    ("no-claimant", {}, {"claimant": ""}, False),
]


@pytest.mark.parametrize("gold_changes, pred_changes, expected",
                         [case[1:] for case in CLAIMANT_CASES], ids=[case[0] for case in CLAIMANT_CASES])
def test_claimant_aliases_match_whole_words(gold_changes, pred_changes, expected):
    result = run([gold_claim(**gold_changes)], [pred_row(**pred_changes)])
    assert matched(result)
    assert result["attribute_accuracy"]["claimant"] == (1.0 if expected else 0.0)
    assert result["strict_f1"] == (1.0 if expected else 0.0)


DATE_CASES = [
    # id, gold changes, predicted date, date right (None: not scored)
    ("window-end", {}, "2031-03-14", True),
    ("window-start", {}, "2031-03-13", True),
    ("day-after-window", {}, "2031-03-15", False),
    ("day-before-window", {}, "2031-03-12", False),
    ("with-time-of-day", {}, "2031-03-14T08:30:00", True),
    ("padded-with-spaces", {}, " 2031-03-13 ", True),
    ("missing-date", {}, "", False),
    ("no-window-uses-claim-date", {"date_window": None}, "2031-03-14", True),
    ("no-window-other-day", {"date_window": None}, "2031-03-13", False),
    ("unscored-null-window", {"date_window": None, "claim_date": None}, "1999-01-01", None),
    ("unscored-null-window-no-date", {"date_window": None, "claim_date": None}, "", None),
]


@pytest.mark.parametrize("gold_changes, claim_date, expected",
                         [case[1:] for case in DATE_CASES], ids=[case[0] for case in DATE_CASES])
def test_date_windows(gold_changes, claim_date, expected):
    result = run([gold_claim(**gold_changes)], [pred_row(claim_date=claim_date)])
    assert matched(result)
    if expected is None:
        assert "claim_date" not in result["attribute_accuracy"]
        assert result["strict_f1"] == 1.0  # an unscored date does not fail strict
    else:
        assert result["attribute_accuracy"]["claim_date"] == (1.0 if expected else 0.0)
        assert result["strict_f1"] == (1.0 if expected else 0.0)


QUALIFIER_CASES = [
    # id, gold qualifier, predicted qualifier, right
    ("exact", "exact", "exact", True),
    ("lower-class", "at_least", "more_than", True),
    ("upper-class", "at_most", "less_than", True),
    ("nearly-is-upper", "nearly", "at_most", True),
    ("nearly-also-accepts-about", "nearly", "about", True),
    ("about-does-not-accept-nearly", "about", "nearly", False),
    ("at-most-does-not-accept-about", "at_most", "about", False),
    ("lower-is-not-exact", "at_least", "exact", False),
    ("case-and-space", "about", " About ", True),
    ("unknown-word", "about", "approximately", False),
    ("empty", "exact", "", False),
]


@pytest.mark.parametrize("gold_qualifier, pred_qualifier, expected",
                         [case[1:] for case in QUALIFIER_CASES], ids=[case[0] for case in QUALIFIER_CASES])
def test_qualifier_classes(gold_qualifier, pred_qualifier, expected):
    result = run([gold_claim(qualifier=gold_qualifier)], [pred_row(qualifier=pred_qualifier)])
    assert matched(result)
    assert result["attribute_accuracy"]["qualifier"] == (1.0 if expected else 0.0)
    assert result["strict_f1"] == 1.0  # the qualifier is not part of strict


OTHER_ATTRIBUTE_CASES = [
    # id, gold changes, prediction changes, attribute, right
    ("subject-alias-in-text", {}, {"subject": "Freedonian soldiers"}, "subject", True),
    ("subject-other", {}, {"subject": "Sylvania"}, "subject", False),
    ("modality-empty-is-reported", {}, {"modality": ""}, "modality", True),
    ("modality-projected", {}, {"modality": "Projected"}, "modality", False),
    ("restated-yes", {"restated": True}, {"restated": "yes"}, "restated", True),
    ("restated-empty-is-false", {}, {"restated": ""}, "restated", True),
    ("restated-wrong", {}, {"restated": "1"}, "restated", False),
]


@pytest.mark.parametrize("gold_changes, pred_changes, attribute, expected",
                         [case[1:] for case in OTHER_ATTRIBUTE_CASES],
                         ids=[case[0] for case in OTHER_ATTRIBUTE_CASES])
def test_other_attributes(gold_changes, pred_changes, attribute, expected):
    result = run([gold_claim(**gold_changes)], [pred_row(**pred_changes)])
    assert result["attribute_accuracy"][attribute] == (1.0 if expected else 0.0)


def test_attributes_without_columns_are_not_scored():
    row = {key: value for key, value in pred_row().items()
           if key not in {"subject", "modality", "restated"}}
    result = run([gold_claim()], [row])
    assert set(result["attribute_scored"]) == {"category", "claim_date", "claimant", "qualifier"}


# --------------------------------------------------------------------------------------------
# Counting

COUNT_CASES = [
    # id, gold claims, predictions, expected counts
    ("duplicate-is-not-an-error", [gold_claim()], [pred_row(), pred_row(claimant="Sylvania Army")],
     {"tp": 1, "fp": 0, "fn": 0, "duplicates": 1, "precision": 1.0, "strict_f1": 1.0}),
    ("extra-is-a-false-positive", [gold_claim()], [pred_row(), pred_row(value_best=7)],
     {"tp": 1, "fp": 1, "fn": 0, "duplicates": 0, "precision": 0.5, "recall": 1.0}),
    ("optional-found", [gold_claim(optional=True)], [pred_row()],
     {"gold_claims": 0, "tp": 0, "fp": 0, "fn": 0, "optional_found": 1}),
    ("optional-missed", [gold_claim(optional=True)], [],
     {"gold_claims": 0, "tp": 0, "fp": 0, "fn": 0, "optional_found": 0}),
    ("optional-duplicate", [gold_claim(optional=True)], [pred_row(), pred_row()],
     {"tp": 0, "fp": 0, "duplicates": 1, "optional_found": 1}),
    ("optional-beside-required", [gold_claim(), gold_claim(value=9, low=9, optional=True)],
     [pred_row(), pred_row(value_best=9)],
     {"gold_claims": 1, "tp": 1, "fp": 0, "fn": 0, "optional_found": 1, "f1": 1.0}),
    ("missed-claim", [gold_claim(), gold_claim(value=12, low=12)], [pred_row()],
     {"tp": 1, "fp": 0, "fn": 1, "recall": 0.5, "f1": 0.6667}),
    ("strict-wrong-claimant", [gold_claim()], [pred_row(claimant="Sylvania Army")],
     {"f1": 1.0, "strict_precision": 0.0, "strict_recall": 0.0, "strict_f1": 0.0}),
    ("strict-half", [gold_claim(), gold_claim(value=12, low=12)],
     [pred_row(), pred_row(value_best=12, claim_date="2030-01-01")],
     {"tp": 2, "f1": 1.0, "strict_precision": 0.5, "strict_recall": 0.5, "strict_f1": 0.5}),
    ("nothing-predicted", [gold_claim()], [],
     {"tp": 0, "fn": 1, "precision": 0.0, "recall": 0.0, "f1": 0.0, "attribute_accuracy": {}}),
    ("best-first-by-claimant",
     [gold_claim(), gold_claim(claimant="Sylvania Army", claimant_aliases=["Sylvanian army"])],
     [pred_row(claimant="Sylvanian army"), pred_row()],
     {"tp": 2, "fp": 0, "fn": 0, "strict_f1": 1.0}),
]


@pytest.mark.parametrize("gold_claims, rows, expected",
                         [case[1:] for case in COUNT_CASES], ids=[case[0] for case in COUNT_CASES])
def test_counts(gold_claims, rows, expected):
    result = run(gold_claims, rows)
    assert {key: result[key] for key in expected} == expected


def test_rows_for_unknown_articles_are_reported():
    result = run([gold_claim()], [pred_row(), pred_row(article_id="elsewhere")])
    assert result["predicted_rows"] == 2
    assert result["rows_for_articles_not_in_gold"] == 1
    assert (result["tp"], result["fp"]) == (1, 0)


def test_article_without_gold_claims_counts_extras():
    result = score({ARTICLE: []}, predictions_from_rows([pred_row()]))
    assert (result["articles"], result["gold_claims"], result["fp"]) == (1, 0, 1)


# --------------------------------------------------------------------------------------------
# Reading predictions

TYPED_CELL_CASES = [
    # id, column, in-memory value, normalised value
    ("int-figure", "value_best", 40, 40),
    ("float-figure", "value_best", 39.6, 40),
    ("text-figure-with-commas", "value_best", "1,250", 1250),
    ("none-figure", "value_best", None, None),
    ("pandas-na-figure", "value_best", pd.NA, None),
    ("nan-figure", "value_low", float("nan"), None),
    ("nan-text-figure", "value_high", "NaN", None),
    ("word-figure", "value_high", "forty", None),
    ("timestamp-date", "claim_date", pd.Timestamp("2031-03-14"), "2031-03-14"),
    ("nat-date", "claim_date", pd.NaT, ""),
    ("true-flag", "restated", True, "true"),
    ("false-flag", "restated", False, "false"),
    ("na-flag", "restated", pd.NA, ""),
    ("category-normalised", "category", " INJURED ", "injured"),
    ("none-text", "claimant_via", None, ""),
]


@pytest.mark.parametrize("column, value, expected",
                         [case[1:] for case in TYPED_CELL_CASES], ids=[case[0] for case in TYPED_CELL_CASES])
def test_predictions_from_rows_normalises_cells(column, value, expected):
    row = pred_row()
    row[column] = value
    (prediction,) = predictions_from_rows([row])[ARTICLE]
    assert prediction[column] == expected


def test_typed_rows_score_like_their_csv(tmp_path):
    gold = {ARTICLE: [gold_claim(restated=True), gold_claim(value=12, low=12, date_window=None)]}
    typed = [
        {**pred_row(), "value_best": 40, "value_low": pd.NA, "value_high": None,
         "claim_date": pd.Timestamp("2031-03-13"), "restated": True},
        {**pred_row(), "value_best": 12, "value_low": pd.NA, "value_high": pd.NA,
         "claim_date": pd.NaT, "restated": pd.NA, "claimant_via": pd.NA},
    ]
    path = tmp_path / "predictions.csv"
    pd.DataFrame(typed).assign(
        claim_date=lambda f: f["claim_date"].dt.strftime("%Y-%m-%d"),
        restated=lambda f: f["restated"].map({True: "true", False: "false"}),
        value_best=lambda f: f["value_best"].astype("Int64"),
        value_low=lambda f: f["value_low"].astype("Int64"),
        value_high=lambda f: f["value_high"].astype("Int64"),
    ).to_csv(path, index=False)
    from_rows, from_csv = io.StringIO(), io.StringIO()
    assert predictions_from_rows(typed) == predictions_from_csv(path)
    assert score(gold, predictions_from_rows(typed), from_rows) == score(gold, predictions_from_csv(path), from_csv)
    assert from_rows.getvalue() == from_csv.getvalue()


def test_csv_reading_strips_headers_and_ignores_extra_columns(tmp_path):
    path = tmp_path / "predictions.csv"
    path.write_text("\ufeffarticle_id, category ,value_best,claimant,note\n"
                    f"{ARTICLE},Killed,40,Rufus Firefly,anything\n"
                    f"{ARTICLE},killed\n", encoding="utf-8")
    rows = predictions_from_csv(path)[ARTICLE]
    assert [(row["category"], row["value_best"], row["claimant"]) for row in rows] == [
        ("killed", 40, "Rufus Firefly"), ("killed", None, "")]


def test_load_gold(tmp_path):
    path = tmp_path / "gold.jsonl"
    path.write_text(json.dumps({"id": 7, "claims": [gold_claim()]}) + "\n\n", encoding="utf-8")
    assert load_gold(path) == {"7": [gold_claim()]}


# --------------------------------------------------------------------------------------------
# Reporting

def test_format_summary():
    result = {
        "precision": 0.5, "recall": 0.6667, "f1": 0.5714, "tp": 2, "fp": 2, "fn": 1,
        "duplicates": 3, "strict_precision": 0.25, "strict_recall": 0.3333, "strict_f1": 0.2857,
        "attribute_accuracy": {"category": 1.0, "claim_date": None, "claimant": 0.5},
    }
    assert format_summary(result) == (
        "claims: P 0.500  R 0.667  F1 0.571  (tp 2, fp 2, fn 1, duplicates 3)\n"
        "attributes on matched claims: category 1.000, claimant 0.500\n"
        "strict (figure + claimant + date): P 0.250  R 0.333  F1 0.286")


def test_verbose_lines():
    out = io.StringIO()
    run([gold_claim(), gold_claim(value=12, low=12)],
        [pred_row(claimant="Sylvania Army"), pred_row(value_best=3, evidence="x" * 200)], out)
    lines = out.getvalue().splitlines()
    assert [line.split()[0] for line in lines] == ["MISS", "WRONG", "EXTRA"]
    assert lines[1] == (f"  WRONG {ARTICLE}: killed 40 (claimant) gold=[Freedonia Interior Ministry, "
                        "2031-03-14, exact] pred=[Sylvania Army, 2031-03-14, exact]")
    assert lines[2] == f"  EXTRA {ARTICLE}: killed 3 [Freedonia Interior Ministry] :: " + "x" * 90


def test_module_does_not_import_pandas():
    code = "import sys, lib.evaluate; print('pandas' in sys.modules)"
    done = subprocess.run([sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True)
    assert done.stdout.strip() == "False"


# --------------------------------------------------------------------------------------------
# Parity with the reference scorer

def parity_fixture() -> tuple[dict, list[dict]]:
    """Several invented articles that exercise most rules at once."""
    gold = {
        "a1": [gold_claim(), gold_claim(category="injured", value=130, alt_values=[100], low=130,
                                        qualifier="more_than"),
               gold_claim(value=None, low=1000, high=9999, qualifier="vague", optional=True)],
        "a2": [gold_claim(value=20, low=20, high=30, qualifier="range", date_window=None, claim_date=None),
               gold_claim(category="total", alt_categories=["killed"], value=300, low=300,
                          qualifier="nearly", claimant="Sylvania Red Cross", claimant_aliases=["SRC"])],
        "a3": [gold_claim(value=5, low=5, restated=True, modality="projected"),
               gold_claim(category="missing", value=8, low=8)],
    }
    rows = [
        pred_row(article_id="a1", claimant="interior ministry", qualifier="about"),
        pred_row(article_id="a1", value_best=None, value_low=130, category="injured",
                 claimant="Firefly", qualifier="at_least", claim_date="2031-03-20"),
        pred_row(article_id="a1", value_best=2000, subject="Sylvanian"),
        pred_row(article_id="a1", value_best=2500, subject="Sylvanian"),
        pred_row(article_id="a1", value_best=6, evidence="an invented stray figure"),
        pred_row(article_id="a2", value_best=None, value_low=20, value_high=30, qualifier="range",
                 claim_date=""),
        pred_row(article_id="a2", value_best=300, qualifier="about", claimant="state radio",
                 claimant_via="SRC"),
        pred_row(article_id="a2", value_best=300, qualifier="about", claimant="Nobody"),
        pred_row(article_id="a3", value_best="5.0", restated="TRUE", modality=""),
        pred_row(article_id="a9", value_best=1),
    ]
    return gold, rows


def write_fixture(tmp_path: Path) -> tuple[Path, Path]:
    gold, rows = parity_fixture()
    gold_path, pred_path = tmp_path / "gold.jsonl", tmp_path / "predictions.csv"
    gold_path.write_text("".join(json.dumps({"id": article, "claims": claims}) + "\n"
                                 for article, claims in gold.items()), encoding="utf-8")
    with open(pred_path, "w", newline="", encoding="utf-8") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(pred_row()))
        writer.writeheader()
        writer.writerows(rows)
    return gold_path, pred_path


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/eval/score.py is not available")
@pytest.mark.parametrize("verbose", [False, True], ids=["summary", "verbose"])
def test_parity_with_reference_scorer(tmp_path, verbose):
    gold_path, pred_path = write_fixture(tmp_path)
    args = [sys.executable, str(SCORE_PY), str(gold_path), str(pred_path)]
    reference = subprocess.run(args + (["--verbose"] if verbose else []),
                               capture_output=True, text=True, check=True).stdout
    out = io.StringIO()
    result = score(load_gold(gold_path), predictions_from_csv(pred_path), out if verbose else None)
    assert out.getvalue() + format_summary(result) + "\n" == reference
    if not verbose:
        assert format_summary(result) + "\n" == reference


@pytest.mark.skipif(not SCORE_PY.exists(), reason="../shared/eval/score.py is not available")
def test_parity_of_result_dict(tmp_path):
    gold_path, pred_path = write_fixture(tmp_path)
    json_path = tmp_path / "reference.json"
    subprocess.run([sys.executable, str(SCORE_PY), str(gold_path), str(pred_path), "--json", str(json_path)],
                   capture_output=True, check=True)
    result = score(load_gold(gold_path), predictions_from_csv(pred_path))
    assert result == json.loads(json_path.read_text(encoding="utf-8"))
    # the fixture exercises every kind of outcome
    assert result["optional_found"] == 1 and result["duplicates"] >= 2
    assert result["fn"] >= 1 and result["fp"] >= 1 and result["strict_f1"] < result["f1"] < 1
