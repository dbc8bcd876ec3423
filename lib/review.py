"""The analyst's review layer: confirmations, edits, rejections, notes and added claims,
kept apart from the extractor's claims and applied on top of them.

A review is keyed by the claim's stable key — its article, the start of its figure in the
cleaned text, and the category the extractor gave it — so re-running the extractor (after
an upgrade) finds the same claims again and the reviews still apply. A review whose claim
no longer comes out of the text is an orphan: it is listed for a decision, never dropped.

Everything here is pure: the store (lib/store.py) keeps reviews and the audit trail, and
calls `apply_reviews` when it builds the claims table.
"""
from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass, field
from typing import Iterable, Mapping

import pandas as pd

from lib import schema as S

MACHINE, CONFIRMED, EDITED, REJECTED, ADDED = S.STATUSES
FIGURES = (S.VALUE_BEST, S.VALUE_LOW, S.VALUE_HIGH)
CHOICES = {S.CATEGORY: S.CATEGORIES, S.QUALIFIER: S.QUALIFIERS, S.MODALITY: S.MODALITIES}
OPTIONAL_TEXT = (S.CLAIMANT_VIA,)
MAX_TEXT = 500
_KEY = re.compile(r"^(?P<article>[^:]+):(?P<span>\d+):(?P<category>[a-z]+)$")


class ReviewError(ValueError):
    """A review that cannot be stored; the message names the field at fault."""


def claim_key(article_id: str, span_start: int, category: str) -> str:
    """"5d0c9a41b7e2f318:120:killed": the claim's article, figure start and extracted category."""
    return f"{article_id}:{int(span_start)}:{category}"


def parse_key(key: str) -> tuple[str, int, str]:
    match = _KEY.match(str(key or ""))
    if not match or match["category"] not in S.CATEGORIES:
        raise ReviewError(f"claim_key: {key!r} is not ARTICLE:SPAN:CATEGORY "
                          f"(category one of {', '.join(S.CATEGORIES)})")
    return match["article"], int(match["span"]), match["category"]


def keys_of(claims: pd.DataFrame) -> pd.Series:
    """Each claim's CLAIM_KEY."""
    if claims.empty:
        return pd.Series([], index=claims.index, dtype="string")
    spans = claims[S.SPAN_START].astype("Int64").astype("string").fillna("")
    return (claims[S.ARTICLE_ID].astype("string") + ":" + spans + ":"
            + claims[S.CATEGORY].astype("string")).astype("string")


def clean_reviewer(name: object) -> str:
    name = " ".join(str(name or "").split())
    if not name:
        raise ReviewError("reviewer: give your name (the sidebar's Reviewer field) before reviewing")
    if len(name) > 120:
        raise ReviewError("reviewer: a name of at most 120 characters")
    return name


def validate_changes(changes: Mapping[str, object]) -> dict[str, object]:
    """The changes as stored (JSON-ready: dates as YYYY-MM-DD, figures as int, empty as None).

    An unknown field, a value outside its vocabulary, a negative or unreadable figure, an
    unreadable date, or a low bound above the high one raises ReviewError naming the field.
    """
    out: dict[str, object] = {}
    for name, value in changes.items():
        if name not in S.EDITABLE:
            raise ReviewError(f"{name}: not a field a reviewer can change "
                              f"(editable: {', '.join(S.EDITABLE)})")
        out[name] = _field_value(name, value)
    low, high = out.get(S.VALUE_LOW), out.get(S.VALUE_HIGH)
    if low is not None and high is not None and low > high:
        raise ReviewError(f"value_low: {low} is above value_high {high}")
    return out


def _field_value(name: str, value: object) -> object:
    if _empty(value):
        if name in CHOICES or name in (S.SUBJECT, S.CLAIMANT):
            raise ReviewError(f"{name}: cannot be empty")
        return False if name == S.RESTATED else None
    if name in CHOICES:
        text = str(value).strip()
        if text not in CHOICES[name]:
            raise ReviewError(f"{name}: {text!r} is not one of {', '.join(CHOICES[name])}")
        return text
    if name in FIGURES:
        return _figure(name, value)
    if name in S.DATE_COLUMNS:
        return _date(name, value)
    if name == S.RESTATED:
        if isinstance(value, str):
            lowered = value.strip().lower()
            if lowered not in {"true", "false", "yes", "no", "1", "0"}:
                raise ReviewError(f"restated: {value!r} is not true or false")
            return lowered in {"true", "yes", "1"}
        return bool(value)
    text = " ".join(str(value).split())
    if len(text) > MAX_TEXT:
        raise ReviewError(f"{name}: at most {MAX_TEXT} characters")
    return text


def _empty(value: object) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    if isinstance(value, float) and pd.isna(value):
        return True
    return isinstance(value, str) and not value.strip()


def _figure(name: str, value: object) -> int:
    if isinstance(value, bool):
        raise ReviewError(f"{name}: {value!r} is not a whole number")
    if isinstance(value, str):
        text = value.strip().replace(",", "").replace("_", "")
        if not text.isdigit():
            raise ReviewError(f"{name}: {value!r} is not a whole number of people")
        value = int(text)
    try:
        number = int(value)
    except (TypeError, ValueError):
        raise ReviewError(f"{name}: {value!r} is not a whole number of people") from None
    if number != value or number < 0:
        raise ReviewError(f"{name}: {value!r} is not a whole number of people")
    return number


def _date(name: str, value: object) -> str:
    if isinstance(value, (dt.date, pd.Timestamp)):
        return value.strftime("%Y-%m-%d")
    try:
        return dt.date.fromisoformat(str(value).strip()).isoformat()
    except ValueError:
        raise ReviewError(f"{name}: {value!r} is not a date written YYYY-MM-DD") from None


def plain(value: object) -> object:
    """A claim field as stored in a review (JSON-ready), for comparison and the audit trail."""
    if _empty(value):
        return None
    if isinstance(value, (pd.Timestamp, dt.date)):
        return value.strftime("%Y-%m-%d")
    if hasattr(value, "item"):   # numpy scalars
        value = value.item()
    return value


@dataclass
class Review:
    """The reviewed state of one claim."""
    key: str
    confirmed: bool = False
    rejected: bool = False
    added: bool = False
    values: dict[str, object] = field(default_factory=dict)    # edited fields (added: all)
    original: dict[str, object] = field(default_factory=dict)  # the claim when first reviewed
    reason: str = ""
    note: str = ""
    reviewer: str = ""
    updated_at: dt.datetime | None = None

    @property
    def status(self) -> str:
        if self.rejected:
            return REJECTED
        if self.added:
            return ADDED
        if self.values:
            return EDITED
        return CONFIRMED if self.confirmed else MACHINE


def edited_values(original: Mapping[str, object], current: Mapping[str, object],
                  changes: Mapping[str, object]) -> dict[str, object]:
    """The review's edited fields after `changes`: a field set back to the extracted value
    is no longer an edit."""
    values = dict(current)
    for name, value in changes.items():
        if plain(original.get(name)) == value:
            values.pop(name, None)
        else:
            values[name] = value
    return values


def apply_reviews(claims: pd.DataFrame, reviews: Iterable[Review],
                  articles: Mapping[str, Mapping[str, object]] | None = None) -> pd.DataFrame:
    """The claims table with every review applied: edited values replace extracted ones,
    added claims are appended (with their article's columns from `articles`), and each row
    gets its CLAIM_KEY, STATUS, REASON and NOTE. Rejected claims stay, marked rejected:
    the filters hide them unless asked (lib/filters.py). Orphaned reviews change nothing."""
    out = claims.copy()
    out[S.CLAIM_KEY] = keys_of(out)
    out[S.STATUS] = MACHINE
    out[S.REASON] = ""
    out[S.NOTE] = ""
    reviews = list(reviews)
    added = [review for review in reviews if review.added]
    if added:
        extra = S.coerce(pd.DataFrame.from_records(
            [{**_record(review), **(articles or {}).get(review.values.get(S.ARTICLE_ID), {})}
             for review in added]))
        extra = extra[[column for column in out.columns if column in extra.columns]]
        out = pd.concat([out, extra.astype({c: out[c].dtype for c in extra.columns if c in out})],
                        ignore_index=True)
        out[S.CLAIM_KEY] = out[S.CLAIM_KEY].astype("string")
    rows = pd.Series(range(len(out)), index=out[S.CLAIM_KEY].to_numpy())
    for review in reviews:
        if review.key not in rows.index:
            continue
        where = out.index[rows.loc[[review.key]].to_numpy()]
        for name, value in review.values.items():
            if name in S.EDITABLE:
                out.loc[where, name] = _cell(name, value)
        out.loc[where, S.STATUS] = review.status
        out.loc[where, S.REASON] = review.reason
        out.loc[where, S.NOTE] = review.note
    for column in (S.STATUS, S.REASON, S.NOTE):
        out[column] = out[column].astype("string")
    return out


def _record(review: Review) -> dict[str, object]:
    record = {name: review.values.get(name) for name in S.COLUMNS}
    record[S.CLAIM_KEY] = review.key
    return record


def _cell(name: str, value: object) -> object:
    if value is None:
        return pd.NaT if name in S.DATE_COLUMNS else pd.NA
    if name in S.DATE_COLUMNS:
        return pd.Timestamp(value)
    return value


def orphans(claims: pd.DataFrame, reviews: Iterable[Review]) -> list[Review]:
    """The reviews of claims the extractor no longer gives (added claims are never orphans)."""
    present = set(keys_of(claims))
    return [review for review in reviews if not review.added and review.key not in present]


def changes(before: Review, after: Review) -> list[tuple[str, object, object]]:
    """(field, old, new) for each change from `before` to `after`: the audit trail's rows.
    Edited fields show the value in force before (the extracted one if not edited yet)."""
    out: list[tuple[str, object, object]] = []
    if before.status != after.status:
        out.append((S.STATUS, before.status, after.status))
    elif before.confirmed != after.confirmed:
        # confirming an edited claim leaves its status "edited": the confirmation is a row of its own
        out.append((CONFIRMED, before.confirmed, after.confirmed))
    if after.added and not before.added:
        out += [(name, None, after.values.get(name)) for name in S.COLUMNS
                if after.values.get(name) is not None and name != S.ARTICLE_ID]
    else:
        for name in dict.fromkeys([*before.values, *after.values]):
            old = before.values.get(name, before.original.get(name))
            new = after.values.get(name, after.original.get(name))
            if old != new:
                out.append((name, old, new))
    for name, old, new in ((S.REASON, before.reason, after.reason), (S.NOTE, before.note, after.note)):
        if old != new:
            out.append((name, old or None, new or None))
    return out


def added_record(article, fields: dict[str, object]) -> dict[str, object]:
    """A claim record (lib.schema columns, JSON-ready) for a claim an analyst read in
    `article` (lib.articles.Article). FIGURE_TEXT must be words of its cleaned text (the text
    the passages show); SPAN_START, if given, picks which occurrence."""
    from lib.cleaning import clean
    from lib.text import split_sentences

    figure = str(fields.pop(S.FIGURE_TEXT, "") or "").strip()
    if not figure:
        raise ReviewError("figure_text: give the figure as the article writes it")
    text = clean(article.text).text
    start = fields.pop(S.SPAN_START, None)
    if _empty(start):
        start = text.find(figure)
        if start < 0:
            raise ReviewError(f"figure_text: {figure!r} is not in the article's text")
    else:
        start = _figure(S.SPAN_START, start)
        if text[start:start + len(figure)] != figure:
            raise ReviewError(f"span_start: the article's text at {start} is not {figure!r}")
    if _empty(fields.get(S.CATEGORY)):
        raise ReviewError("category: say what the figure counts "
                          f"({', '.join(S.CATEGORIES)})")
    fields.setdefault(S.QUALIFIER, "exact")
    fields.setdefault(S.MODALITY, "reported")
    fields.setdefault(S.RESTATED, False)
    if _empty(fields.get(S.CLAIMANT)):
        fields[S.CLAIMANT] = article.outlet or "unknown"
    if _empty(fields.get(S.CLAIM_DATE)) and article.published:
        fields[S.CLAIM_DATE] = article.published
    if _empty(fields.get(S.VALUE_BEST)) and fields[S.QUALIFIER] not in ("range", "vague"):
        digits = figure.replace(",", "")
        if not digits.isdigit():
            raise ReviewError("value_best: give the figure as a number")
        fields[S.VALUE_BEST] = digits
    if _empty(fields.get(S.SUBJECT)):
        raise ReviewError("subject: say whose casualties the figure counts")
    record = validate_changes(fields)
    if record[S.QUALIFIER] == "exact" and record.get(S.VALUE_BEST) is not None:
        record.setdefault(S.VALUE_LOW, record[S.VALUE_BEST])
        record.setdefault(S.VALUE_HIGH, record[S.VALUE_BEST])
    sentence = next((s for s in split_sentences(text) if s.start <= start < s.end), None)
    return {**{name: None for name in S.COLUMNS}, **record, S.ARTICLE_ID: article.id,
            S.SPAN_START: start, S.SPAN_END: start + len(figure), S.FIGURE_TEXT: figure,
            S.EVIDENCE: sentence.text if sentence else figure}


# --- the review queue ---------------------------------------------------------------------

QUEUE_ORDERS = ("confidence", "date")
CONFIDENCE = "confidence"
# What lowers the confidence of an extracted claim (1.0 = nothing doubtful); the queue shows
# the least certain first. A rule-based extractor has no probabilities: these are the signs
# of its known weak spots (README, "Accuracy").
DOUBTS = {
    "no claim date": 0.25,
    "claimant not in the gazetteer": 0.25,
    "vague or range figure": 0.15,
    "restated": 0.15,
    "no subject": 0.2,
}


def confidence(mentions: pd.DataFrame, known_claimants: Iterable[str] = ()) -> pd.Series:
    """A 0-1 score per mention: 1 minus the DOUBTS that apply to it."""
    known = set(known_claimants)
    doubts = {
        "no claim date": mentions[S.CLAIM_DATE].isna(),
        "claimant not in the gazetteer": ~mentions[S.CLAIMANT].isin(known).fillna(False).astype(bool),
        "vague or range figure": mentions[S.QUALIFIER].isin(["vague", "range"]).astype(bool),
        "restated": mentions[S.RESTATED].fillna(False).astype(bool),
        "no subject": mentions[S.SUBJECT].isna() | (mentions[S.SUBJECT].astype("string") == ""),
    }
    score = pd.Series(1.0, index=mentions.index)
    for name, applies in doubts.items():
        score -= DOUBTS[name] * applies.fillna(False).astype(float)
    return score.clip(lower=0).round(2)


def review_queue(mentions: pd.DataFrame, order: str = "confidence",
                 known_claimants: Iterable[str] = ()) -> pd.DataFrame:
    """The mentions to review: unreviewed (status machine) first, then by `order` —
    "confidence" (least certain first) or "date" (latest claim date first, undated last)."""
    if order not in QUEUE_ORDERS:
        raise ReviewError(f"order: {order!r} is not one of {', '.join(QUEUE_ORDERS)}")
    status = mentions[S.STATUS] if S.STATUS in mentions else pd.Series(MACHINE, index=mentions.index)
    out = mentions.assign(**{CONFIDENCE: confidence(mentions, known_claimants),
                             "_reviewed": status.fillna(MACHINE) != MACHINE})
    keys = (["_reviewed", CONFIDENCE, S.CLAIM_DATE] if order == "confidence"
            else ["_reviewed", S.CLAIM_DATE, CONFIDENCE])
    ascending = [True, True, False] if order == "confidence" else [True, False, True]
    return out.sort_values(keys, ascending=ascending, na_position="last", kind="stable").drop(columns="_reviewed")


def changed_fields(claim: Mapping[str, object], form: Mapping[str, object]) -> dict[str, object]:
    """The fields of a review form whose (validated) value differs from the claim's."""
    checked = validate_changes(form)
    return {name: value for name, value in checked.items() if plain(claim.get(name)) != value}
