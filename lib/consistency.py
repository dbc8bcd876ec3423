"""Consistency flags on consolidated claims (lib/citations.consolidate): figures that do not
square with the same claimant's other figures, for an analyst to look at.

- SUM_MISMATCH: a claimant's killed + injured on one day is far (more than SUM_TOLERANCE)
  from its total of the same day, for the same subject.
- FALLING: a claimant's cumulative figure for a subject and category is lower than one it
  gave earlier (for the same period start; a figure covering another period is not compared).
- SAME_DAY_CONFLICT: one claimant gives figures for the same subject, category and day whose
  ranges cannot both be true ("more than 1,000" and "around 1,100" can; 600 and 900 cannot).
- UNDATED: the claim has no claim date.

Projections are never compared with reports. Each function takes the consolidated claims
and returns a boolean Series on their index; `flag_claims` joins their names.
"""
from __future__ import annotations

import math

import numpy as np
import pandas as pd

from lib import schema as S

SUM_MISMATCH = "killed+injured far from total"
FALLING = "cumulative figure fell"
SAME_DAY_CONFLICT = "different figures same day"
UNDATED = "no date"
SUM_TOLERANCE = 0.25       # |killed + injured - total| above this share of the total
ABOUT_SLACK = 0.10         # "about 1,100" spans 990-1,210
NEARLY_SLACK = 0.10        # "nearly 1,000" spans 900-1,000


def bounds(claim: pd.Series) -> tuple[float, float]:
    """The range of counts a claim allows, from its qualifier and figures."""
    best, low, high = (_number(claim[c]) for c in (S.VALUE_BEST, S.VALUE_LOW, S.VALUE_HIGH))
    qualifier = claim[S.QUALIFIER]
    if qualifier in ("range", "vague"):
        return (low if low is not None else 0.0, high if high is not None else math.inf)
    if best is None:
        return (low if low is not None else 0.0, high if high is not None else math.inf)
    if qualifier in ("at_least", "more_than"):
        return (best, math.inf)
    if qualifier in ("at_most", "less_than"):
        return (0.0, best)
    if qualifier == "nearly":
        return (best * (1 - NEARLY_SLACK), best)
    if qualifier == "about":
        return (best * (1 - ABOUT_SLACK), best * (1 + ABOUT_SLACK))
    return (best, best)


def figure(claim: pd.Series) -> float | None:
    """The one number a claim gives: its stated figure, else its lower bound."""
    best = _number(claim[S.VALUE_BEST])
    return best if best is not None else _number(claim[S.VALUE_LOW])


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)


def _reported(claims: pd.DataFrame) -> pd.Series:
    return (claims[S.MODALITY] != "projected").fillna(True).astype(bool)


def undated(claims: pd.DataFrame) -> pd.Series:
    return claims[S.CLAIM_DATE].isna()


def same_day_conflict(claims: pd.DataFrame) -> pd.Series:
    out = pd.Series(False, index=claims.index)
    dated = claims[_reported(claims) & claims[S.CLAIM_DATE].notna()]
    for _, group in dated.groupby([S.CLAIMANT, S.SUBJECT, S.CATEGORY, S.CLAIM_DATE],
                                  dropna=False, observed=True):
        if len(group) < 2:
            continue
        ranges = {index: bounds(row) for index, row in group.iterrows()}
        for index, (low, high) in ranges.items():
            if any(other != index and (low > o_high or o_low > high)
                   for other, (o_low, o_high) in ranges.items()):
                out[index] = True
    return out


def falling(claims: pd.DataFrame) -> pd.Series:
    out = pd.Series(False, index=claims.index)
    dated = claims[_reported(claims) & claims[S.CLAIM_DATE].notna()]
    period = dated[S.PERIOD_START].fillna(pd.Timestamp.min)
    for _, group in dated.assign(_period=period).groupby(
            [S.CLAIMANT, S.SUBJECT, S.CATEGORY, "_period"], dropna=False, observed=True):
        highest: dict = {}   # claim date -> the highest figure given that day
        for index, row in group.sort_values(S.CLAIM_DATE, kind="stable").iterrows():
            number = figure(row)
            if number is None:
                continue
            earlier = [value for day, value in highest.items() if day < row[S.CLAIM_DATE]]
            if earlier and number < max(earlier):
                out[index] = True
            highest[row[S.CLAIM_DATE]] = max(highest.get(row[S.CLAIM_DATE], number), number)
    return out


def sum_mismatch(claims: pd.DataFrame) -> pd.Series:
    out = pd.Series(False, index=claims.index)
    dated = claims[_reported(claims) & claims[S.CLAIM_DATE].notna()]
    for _, group in dated.groupby([S.CLAIMANT, S.SUBJECT, S.CLAIM_DATE], dropna=False, observed=True):
        parts = {}
        for category in ("killed", "injured", "total"):
            rows = group[group[S.CATEGORY] == category]
            numbers = [n for n in (figure(row) for _, row in rows.iterrows()) if n is not None]
            if not numbers:
                break
            parts[category] = (max(numbers), rows.index)
        else:
            total = parts["total"][0]
            if total and abs(parts["killed"][0] + parts["injured"][0] - total) > SUM_TOLERANCE * total:
                for _, index in parts.values():
                    out[index] = True
    return out


CHECKS = ((SUM_MISMATCH, sum_mismatch), (FALLING, falling),
          (SAME_DAY_CONFLICT, same_day_conflict), (UNDATED, undated))


def flag_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """The claims with FLAGS: the names of the checks each fails, "; "-separated ("" if none)."""
    found = {name: check(claims).to_numpy(dtype=bool) for name, check in CHECKS}
    names = np.array([name for name, _ in CHECKS], dtype=object)
    matrix = np.column_stack(list(found.values())) if len(claims) else np.zeros((0, len(CHECKS)), bool)
    flags = ["; ".join(names[row]) for row in matrix]
    return claims.assign(**{S.FLAGS: pd.array(flags, dtype="string")})
