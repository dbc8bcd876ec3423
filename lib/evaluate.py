"""Score extracted claims against the hand-made gold claims of ../shared/eval.

This is the project's own implementation of ../shared/eval/score.py: for the same gold and the
same predictions it returns the same result dict, and `format_summary` gives the same three
lines (with `verbose_out`, `score` also writes the same MISS / WRONG / EXTRA lines).

Matching rules
--------------
Predictions are matched to gold claims one article at a time.

* Figure. A prediction's *anchor* is `value_best`, else `value_low`, else `value_high`.
  - Gold with a stated figure (`value` and/or `alt_values`): the anchor must equal one of
    them. A gold range (`qualifier == "range"`) is matched by a prediction that has both
    bounds only when both equal the gold `low` and `high`; a range prediction without both
    bounds matches when any of its figures is a stated value.
  - Vague gold (no stated figure): the prediction's interval
    [`value_low` or its smallest figure, `value_high` or its largest figure] must overlap the
    gold interval [`low`, `high`], a missing gold bound being open. A prediction with no
    figure, or gold with neither bound, never matches.
* Category. The predicted category (stripped, lower-cased) must be the gold category or one
  of its `alt_categories`.
* Best first. Every (gold, prediction) pair that agrees on figure and category is a
  candidate, ranked by 4 x exact category + 2 x claimant right + 1 x date right (ties: gold
  order, then prediction order). Candidates are taken greedily, one prediction per gold claim
  and one gold claim per prediction. A prediction left over that was a candidate for a gold
  claim is a *duplicate*: counted, never an error. Any other left-over prediction is a false
  positive; an unmatched gold claim is a false negative.
* Optional gold claims take part in matching (so finding one is not a false positive) but
  are never required and never count as true positives; they are tallied as
  `optional_found`.

Attributes, checked on matched non-optional claims:

* claimant: a gold name (`claimant` or any of `claimant_aliases`) occurs as whole words in
  the predicted `claimant` + " " + `claimant_via`; or the predicted `claimant` (when at least
  4 characters long once normalised) occurs as whole words in a gold name. Text is compared
  lower-cased with every run of punctuation/underscores read as one space; a name written in
  a script without spaces (kana, CJK, Hangul) is matched as a plain substring.
* claim_date: the first 10 characters of the predicted date fall inside `date_window`
  (string comparison of YYYY-MM-DD). Without a window, the gold `claim_date` is a one-day
  window; with neither, the date is not scored.
* qualifier: same class (exact; lower = at_least/more_than; upper = at_most/less_than/nearly;
  about; range; vague). Gold `nearly` also accepts the `about` class.
* category (exact, not an alt category); subject (a gold subject name in the predicted
  subject; scored when the prediction has a subject column and the gold a subject);
  modality (empty reads as "reported"); restated (1/true/yes/t/y is true). Modality and
  restated are scored when the prediction has those columns.

Scores: claims P / R / F1 count a match as a true positive. Strict P / R / F1 (the headline)
count a match as a true positive only when the claimant is right and the date is not wrong;
a strict failure is both a false positive and a false negative.

Predictions are read the way score.py reads a CSV: every cell is text (missing cells empty),
figures are parsed to ints (commas dropped, rounded), the category is stripped and
lower-cased. `predictions_from_rows` first turns in-memory values into the text the contract
CSV would hold (None/NA -> "", dates -> YYYY-MM-DD, booleans -> true/false), so a frame and
the CSV written from it score the same.
"""
from __future__ import annotations

import csv
import datetime as dt
import json
import math
import re
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable, Iterable, Mapping, TextIO

FIGURE_FIELDS = ("value_low", "value_high", "value_best")

QUALIFIER_CLASS = {
    "exact": "exact",
    "at_least": "lower", "more_than": "lower",
    "at_most": "upper", "less_than": "upper", "nearly": "upper",
    "about": "about",
    "range": "range",
    "vague": "vague",
}
# Extra qualifier classes a gold qualifier accepts besides its own.
QUALIFIER_ALSO_ACCEPTS = {"nearly": frozenset({"about"})}

NULL_TEXTS = frozenset({"nan", "none", "null", "<na>"})
TRUE_TEXTS = frozenset({"1", "true", "yes", "t", "y"})
NON_WORD = re.compile(r"[\W_]+")
UNSPACED_SCRIPT = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")  # kana, CJK, Hangul
MIN_CLAIMANT_CHARS = 4  # a predicted claimant this long may be found inside a gold name


# ---------------------------------------------------------------------------------------------
# Loading


def load_gold(path) -> dict[str, list[dict]]:
    """Gold claims by article id, from a JSONL file of {"id": ..., "claims": [...]} lines."""
    gold: dict[str, list[dict]] = {}
    with open(path, encoding="utf-8") as handle:
        for line in handle:
            if line.strip():
                record = json.loads(line)
                gold[str(record["id"])] = record["claims"]
    return gold


def predictions_from_csv(path) -> dict[str, list[dict]]:
    """Predicted claims by article id, from an extraction CSV (extra columns ignored)."""
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return predictions_from_rows(csv.DictReader(handle))


def predictions_from_rows(rows: Iterable[Mapping]) -> dict[str, list[dict]]:
    """Predicted claims by article id, from rows keyed by the contract columns.

    Cells may be strings (as read from a CSV) or Python/pandas values; either way each row
    becomes what score.py makes of the matching CSV row. A column a row lacks stays absent
    (subject, modality and restated are only scored where present).
    """
    predictions: dict[str, list[dict]] = defaultdict(list)
    for row in rows:
        prediction = _normalise_row(row)
        predictions[str(prediction.get("article_id", "")).strip()].append(prediction)
    return dict(predictions)


def _normalise_row(row: Mapping) -> dict:
    prediction = {str(key).strip(): _cell_text(value) for key, value in row.items() if key}
    for name in FIGURE_FIELDS:
        prediction[name] = parse_figure(prediction.get(name))
    prediction["category"] = prediction.get("category", "").strip().lower()
    prediction["claimant"] = prediction.get("claimant", "")
    return prediction


def _cell_text(value: object) -> str:
    """The text a contract CSV holds for `value`: empty when missing."""
    if isinstance(value, str):
        return value
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "true" if value else "false"
    if isinstance(value, (dt.date, dt.datetime)):  # includes pandas.Timestamp
        return value.strftime("%Y-%m-%d")
    if type(value).__name__ == "datetime64":  # numpy
        import pandas

        return pandas.Timestamp(value).strftime("%Y-%m-%d")
    return str(value)


def _is_missing(value: object) -> bool:
    if value is None:
        return True
    if isinstance(value, float):
        return math.isnan(value)
    if isinstance(value, (int, bool, dt.date)) and type(value).__name__ not in {"NaTType"}:
        return False
    try:  # pandas.NA, pandas.NaT, numpy NaN/NaT: pandas is only needed for such values
        import pandas
    except ImportError:
        return False
    try:
        return bool(pandas.isna(value))
    except (TypeError, ValueError):  # not a scalar
        return False


def parse_figure(text: object) -> int | None:
    """A figure cell as an int: commas dropped, decimals rounded; None when empty or not a number."""
    if text is None:
        return None
    text = str(text).strip().replace(",", "")
    if not text or text.lower() in NULL_TEXTS:
        return None
    try:
        return int(round(float(text)))
    except ValueError:
        return None


def parse_flag(text: object) -> bool:
    return str(text).strip().lower() in TRUE_TEXTS


# ---------------------------------------------------------------------------------------------
# Comparing one gold claim with one prediction


def normalise_words(text: object) -> str:
    """Lower-cased text with every run of non-word characters (and underscores) as one space."""
    return NON_WORD.sub(" ", str(text or "").lower()).strip()


def mentions(haystack: object, needle: object) -> bool:
    """`needle` occurs in `haystack` as whole words (as a substring for unspaced scripts)."""
    wanted = normalise_words(needle)
    if not wanted:
        return False
    padded = f" {normalise_words(haystack)} "
    if UNSPACED_SCRIPT.search(wanted):
        return wanted in padded
    return f" {wanted} " in padded


def stated_values(gold: dict) -> list:
    return [v for v in [gold.get("value"), *(gold.get("alt_values") or [])] if v is not None]


def figure_matches(gold: dict, pred: dict) -> bool:
    low, high, best = pred["value_low"], pred["value_high"], pred["value_best"]
    points = [v for v in (best, low, high) if v is not None]
    stated = stated_values(gold)
    if not stated:
        return _intervals_overlap(gold.get("low"), gold.get("high"), low, high, points)
    is_range = gold.get("qualifier") == "range"
    if is_range and low is not None and high is not None:
        return low == gold.get("low") and high == gold.get("high")
    anchor = next((v for v in (best, low, high) if v is not None), None)
    if anchor is not None and anchor in stated:
        return True
    return is_range and bool(set(points) & set(stated))


def _intervals_overlap(gold_low, gold_high, low, high, points) -> bool:
    if (gold_low is None and gold_high is None) or not points:
        return False
    low = low if low is not None else min(points)
    high = high if high is not None else max(points)
    return (gold_high is None or low <= gold_high) and (gold_low is None or high >= gold_low)


def category_matches(gold: dict, pred: dict) -> bool:
    return pred["category"] in {gold["category"], *(gold.get("alt_categories") or [])}


def claimant_ok(gold: dict, pred: dict) -> bool:
    names = [gold.get("claimant", ""), *(gold.get("claimant_aliases") or [])]
    said = pred["claimant"] + " " + pred.get("claimant_via", "")
    if any(mentions(said, name) for name in names if name):
        return True
    if len(normalise_words(pred["claimant"])) >= MIN_CLAIMANT_CHARS:
        return any(mentions(name, pred["claimant"]) for name in names)
    return False


def date_window(gold: dict) -> list | None:
    if gold.get("date_window"):
        return gold["date_window"]
    return [gold["claim_date"]] * 2 if gold.get("claim_date") else None


def date_ok(gold: dict, pred: dict) -> bool | None:
    """Whether the predicted date is in the gold window; None when the date is not scored."""
    window = date_window(gold)
    if not window:
        return None
    day = (pred.get("claim_date") or "").strip()[:10]
    return bool(day) and window[0] <= day <= window[1]


def subject_ok(gold: dict, pred: dict) -> bool:
    names = [gold.get("subject", ""), *(gold.get("subject_aliases") or [])]
    return any(mentions(pred.get("subject", ""), name) for name in names if name)


def qualifier_ok(gold: dict, pred: dict) -> bool:
    gold_qualifier = gold.get("qualifier", "exact")
    pred_class = QUALIFIER_CLASS.get(pred.get("qualifier", "").strip().lower(), "?")
    gold_class = QUALIFIER_CLASS.get(gold_qualifier, gold_qualifier)
    return pred_class == gold_class or pred_class in QUALIFIER_ALSO_ACCEPTS.get(gold_qualifier, ())


def modality_ok(gold: dict, pred: dict) -> bool:
    return (pred["modality"].strip().lower() or "reported") == gold.get("modality", "reported")


def restated_ok(gold: dict, pred: dict) -> bool:
    return parse_flag(pred["restated"]) == bool(gold.get("restated"))


def attribute_checks(gold: dict, pred: dict) -> dict[str, bool | None]:
    """Attribute name -> right (True), wrong (False) or not scored (None), in report order."""
    checks = {
        "claimant": claimant_ok(gold, pred),
        "claim_date": date_ok(gold, pred),
        "qualifier": qualifier_ok(gold, pred),
        "category": pred["category"] == gold["category"],
    }
    if "subject" in pred and gold.get("subject"):
        checks["subject"] = subject_ok(gold, pred)
    if "modality" in pred:
        checks["modality"] = modality_ok(gold, pred)
    if "restated" in pred:
        checks["restated"] = restated_ok(gold, pred)
    return checks


# ---------------------------------------------------------------------------------------------
# Matching one article


@dataclass(frozen=True)
class Candidate:
    rank: int
    gold_index: int
    pred_index: int

    @property
    def order(self) -> tuple[int, int, int]:
        return (-self.rank, self.gold_index, self.pred_index)


@dataclass
class ArticleMatch:
    pairs: list[tuple[int, int]]  # (gold index, prediction index), in the order taken
    unmatched: list[int]  # false-positive predictions, in row order
    duplicates: set[int]


def candidates(gold_claims: list[dict], pred_claims: list[dict]) -> list[Candidate]:
    """Every pair that agrees on category and figure, best first."""
    found = []
    for gi, gold in enumerate(gold_claims):
        for pi, pred in enumerate(pred_claims):
            if category_matches(gold, pred) and figure_matches(gold, pred):
                rank = (4 * (pred["category"] == gold["category"]) + 2 * claimant_ok(gold, pred)
                        + bool(date_ok(gold, pred)))
                found.append(Candidate(rank, gi, pi))
    return sorted(found, key=lambda c: c.order)


def match_article(gold_claims: list[dict], pred_claims: list[dict]) -> ArticleMatch:
    ranked = candidates(gold_claims, pred_claims)
    gold_taken: set[int] = set()
    pred_taken: set[int] = set()
    pairs = []
    for c in ranked:
        if c.gold_index not in gold_taken and c.pred_index not in pred_taken:
            gold_taken.add(c.gold_index)
            pred_taken.add(c.pred_index)
            pairs.append((c.gold_index, c.pred_index))
    duplicates = {c.pred_index for c in ranked
                  if c.pred_index not in pred_taken and c.gold_index in gold_taken}
    unmatched = [pi for pi in range(len(pred_claims)) if pi not in pred_taken and pi not in duplicates]
    return ArticleMatch(pairs, unmatched, duplicates)


# ---------------------------------------------------------------------------------------------
# Scoring


@dataclass
class Tally:
    gold: int = 0
    tp: int = 0
    fp: int = 0
    fn: int = 0
    duplicates: int = 0
    optional_found: int = 0
    strict_tp: int = 0
    unknown_article_rows: int = 0
    attributes: dict[str, list[int]] = field(default_factory=lambda: defaultdict(lambda: [0, 0]))

    def record_attributes(self, checks: dict[str, bool | None]) -> None:
        for name, ok in checks.items():
            if ok is not None:
                right_scored = self.attributes[name]
                right_scored[0] += bool(ok)
                right_scored[1] += 1


@dataclass(frozen=True)
class PRF:
    precision: float
    recall: float
    f1: float

    @classmethod
    def of(cls, tp: int, fp: int, fn: int) -> "PRF":
        precision = tp / (tp + fp) if tp + fp else 0.0
        recall = tp / (tp + fn) if tp + fn else 0.0
        f1 = 2 * precision * recall / (precision + recall) if precision + recall else 0.0
        return cls(precision, recall, f1)


def score(gold: dict[str, list[dict]], predictions: dict[str, list[dict]],
          verbose_out: TextIO | None = None) -> dict:
    """Score predictions (from predictions_from_csv / _rows) against gold (from load_gold).

    Returns score.py's result dict. With `verbose_out`, writes one line per missed gold claim,
    matched claim with a wrong attribute, and false-positive prediction, article by article.
    """
    tally = Tally()
    for article_id, gold_claims in sorted(gold.items()):
        pred_claims = predictions.get(article_id, [])
        _score_article(article_id, gold_claims, pred_claims, tally, verbose_out)
    for article_id in sorted(set(predictions) - set(gold)):
        tally.unknown_article_rows += len(predictions[article_id])
    return _result(tally, articles=len(gold),
                   predicted_rows=sum(len(rows) for rows in predictions.values()))


def _score_article(article_id: str, gold_claims: list[dict], pred_claims: list[dict],
                   tally: Tally, out: TextIO | None) -> None:
    match = match_article(gold_claims, pred_claims)
    matched_gold = {gi for gi, _ in match.pairs}
    for gi, gold in enumerate(gold_claims):
        if gold.get("optional"):
            continue
        tally.gold += 1
        if gi not in matched_gold:
            tally.fn += 1
            _say(out, _miss_line, article_id, gold)
    for gi, pi in match.pairs:
        gold, pred = gold_claims[gi], pred_claims[pi]
        if gold.get("optional"):
            tally.optional_found += 1
            continue
        tally.tp += 1
        checks = attribute_checks(gold, pred)
        tally.record_attributes(checks)
        tally.strict_tp += bool(checks["claimant"] and checks["claim_date"] is not False)
        if any(ok is False for ok in checks.values()):
            _say(out, _wrong_line, article_id, gold, pred, checks)
    tally.duplicates += len(match.duplicates)
    tally.fp += len(match.unmatched)
    for pi in match.unmatched:
        _say(out, _extra_line, article_id, pred_claims[pi])


def _result(tally: Tally, articles: int, predicted_rows: int) -> dict:
    claims = PRF.of(tally.tp, tally.fp, tally.fn)
    strict_misses = tally.tp - tally.strict_tp
    strict = PRF.of(tally.strict_tp, tally.fp + strict_misses, tally.fn + strict_misses)
    attributes = sorted(tally.attributes.items())
    result = {
        "articles": articles, "gold_claims": tally.gold, "predicted_rows": predicted_rows,
        "tp": tally.tp, "fp": tally.fp, "fn": tally.fn, "duplicates": tally.duplicates,
        "optional_found": tally.optional_found,
        "precision": round(claims.precision, 4), "recall": round(claims.recall, 4),
        "f1": round(claims.f1, 4),
        "strict_precision": round(strict.precision, 4), "strict_recall": round(strict.recall, 4),
        "strict_f1": round(strict.f1, 4),
        "attribute_accuracy": {name: round(right / scored, 4) if scored else None
                               for name, (right, scored) in attributes},
        "attribute_scored": {name: scored for name, (_, scored) in attributes},
    }
    if tally.unknown_article_rows:
        result["rows_for_articles_not_in_gold"] = tally.unknown_article_rows
    return result


# ---------------------------------------------------------------------------------------------
# Reporting


def _say(out: TextIO | None, make_line: Callable[..., str], *args) -> None:
    """Write a report line, building it only when there is somewhere to write it."""
    if out is not None:
        print(make_line(*args), file=out)


def _miss_line(article_id: str, gold: dict) -> str:
    return (f"  MISS  {article_id}: {gold['category']} {gold.get('value')} {gold.get('qualifier')} "
            f"[{gold.get('claimant')}] {gold.get('claim_date')} :: {(gold.get('evidence') or '')[:90]}")


def _wrong_line(article_id: str, gold: dict, pred: dict, checks: dict) -> str:
    wrong = ", ".join(name for name, ok in checks.items() if ok is False)
    return (f"  WRONG {article_id}: {gold['category']} {gold.get('value')} ({wrong}) "
            f"gold=[{gold.get('claimant')}, {gold.get('claim_date')}, {gold.get('qualifier')}] "
            f"pred=[{pred['claimant']}, {pred.get('claim_date')}, {pred.get('qualifier')}]")


def _extra_line(article_id: str, pred: dict) -> str:
    return (f"  EXTRA {article_id}: {pred['category']} {pred['value_best']} [{pred['claimant']}] "
            f":: {(pred.get('evidence') or '')[:90]}")


def format_summary(result: dict) -> str:
    """The three summary lines score.py prints (joined by newlines, no trailing newline)."""
    attributes = ", ".join(f"{name} {accuracy:.3f}"
                           for name, accuracy in result["attribute_accuracy"].items()
                           if accuracy is not None)
    return "\n".join([
        f"claims: P {result['precision']:.3f}  R {result['recall']:.3f}  F1 {result['f1']:.3f}  "
        f"(tp {result['tp']}, fp {result['fp']}, fn {result['fn']}, "
        f"duplicates {result['duplicates']})",
        "attributes on matched claims: " + attributes,
        f"strict (figure + claimant + date): P {result['strict_precision']:.3f}  "
        f"R {result['strict_recall']:.3f}  F1 {result['strict_f1']:.3f}",
    ])
