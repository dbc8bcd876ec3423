"""Source grading of consolidated claims (lib/citations.consolidate): who the claimant is,
how many outlets carry the claim, and one grade an analyst can filter on.

The claimant's type comes from the gazetteer's type column (lib/vocab/claimants.tsv). A
claimant that is one of the claim's own outlets is OUTLET_ITSELF (nobody was named); one
not in the gazetteer is UNLISTED. The grades, best first (the README defines them too):

- CONTESTED: a consistency flag other than "no date" (lib/consistency.py) is raised.
- UNNAMED: the claimant is an unnamed official, or nobody is named (the outlet itself).
- CORROBORATED: a named claimant, carried by two or more distinct outlets.
- SINGLE_OUTLET: a named claimant, carried by one outlet only.

OWN_LOSSES marks a claimant counting its own side's losses (its name starts with the subject,
"Ukraine GUR" about Ukraine): a party has reasons to shade those.
"""
from __future__ import annotations

import functools

import pandas as pd

from lib import consistency
from lib import schema as S
from lib import vocabulary

CONTESTED = "contested"
UNNAMED = "unnamed source"
CORROBORATED = "on record, corroborated"
SINGLE_OUTLET = "on record, single outlet"
GRADES = (CORROBORATED, SINGLE_OUTLET, UNNAMED, CONTESTED)
OUTLET_ITSELF = "outlet itself"
UNLISTED = "unlisted"
UNNAMED_TYPES = ("unnamed official", OUTLET_ITSELF)


@functools.cache
def claimant_types() -> dict[str, str]:
    return {claimant.name: claimant.kind for claimant in vocabulary.claimants()}


def claimant_type(claimant: object, outlets: str = "") -> str:
    if claimant is None or pd.isna(claimant) or not str(claimant).strip():
        return OUTLET_ITSELF
    name = str(claimant)
    if name in claimant_types():
        return claimant_types()[name]
    return OUTLET_ITSELF if name in (outlets or "").split("; ") else UNLISTED


def own_losses(claimant: object, subject: object) -> bool:
    if any(value is None or pd.isna(value) for value in (claimant, subject)):
        return False
    claimant, subject = str(claimant), str(subject)
    return claimant == subject or claimant.startswith(subject + " ")


def grade(kind: str, corroboration: int, flags: str) -> str:
    raised = [flag for flag in (flags or "").split("; ") if flag and flag != consistency.UNDATED]
    if raised:
        return CONTESTED
    if kind in UNNAMED_TYPES:
        return UNNAMED
    return CORROBORATED if corroboration >= 2 else SINGLE_OUTLET


def grade_claims(claims: pd.DataFrame) -> pd.DataFrame:
    """Consolidated claims (with CORROBORATION, OUTLETS and FLAGS) with CLAIMANT_TYPE,
    OWN_LOSSES and GRADE."""
    kinds = [claimant_type(c, o) for c, o in zip(claims[S.CLAIMANT], claims[S.OUTLETS])]
    own = [own_losses(c, s) for c, s in zip(claims[S.CLAIMANT], claims[S.SUBJECT])]
    grades = [grade(k, int(n), f) for k, n, f in zip(kinds, claims[S.CORROBORATION], claims[S.FLAGS])]
    return claims.assign(**{S.CLAIMANT_TYPE: pd.array(kinds, dtype="string"),
                            S.OWN_LOSSES: pd.array(own, dtype="boolean"),
                            S.GRADE: pd.Categorical(grades, categories=GRADES)})


def select_consolidated(table: pd.DataFrame, kept_articles, grades=(), flagged_only: bool = False) -> pd.DataFrame:
    """The consolidated claims the filters keep: those cited by one of the kept articles (the
    sidebar's filters), of the chosen grades, and only flagged ones when asked."""
    kept = set(kept_articles)
    out = table[table[S.ARTICLES].map(lambda ids: bool(kept & set(str(ids).split("; "))))]
    if grades:
        out = out[out[S.GRADE].isin(list(grades))]
    if flagged_only:
        out = out[out[S.FLAGS] != ""]
    return out
