"""A claim repeated by several articles is one claim: mentions grouped into claims.

The claims table keeps one row per claim per article, a mention (../shared/CLAIMS.md); the
dashboard counts each claim once. Mentions are one claim when they give the same figure —
subject, category, claimant, modality, qualifier, bounds and value — on claim dates at most
SAME_CLAIM_DAYS apart, chained through the dates in between. So a spy agency's "at least
100", reported on a Thursday and restated the next Monday as said "last week", is one claim
cited by two articles, while the same figure repeated a month later is a new claim. A
mention without a claim date joins its figure's latest claim.

`assign_claims` and `groups` sort the whole table once per version of the data; `select`
runs on filter changes and only counts over arrays, so it stays fast at 100,000 rows.
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import pandas as pd

from lib import schema as S

SAME_CLAIM_DAYS = 7
IDENTITY = (S.SUBJECT, S.CATEGORY, S.CLAIMANT, S.MODALITY, S.QUALIFIER,
            S.VALUE_LOW, S.VALUE_HIGH, S.VALUE_BEST)


def assign_claims(mentions: pd.DataFrame) -> pd.DataFrame:
    """The mentions, latest claim date first, each with the CLAIM_ID of the claim it repeats."""
    out = mentions.sort_values(
        [S.CLAIM_DATE, S.ARTICLE_ID, S.SPAN_START], ascending=[False, True, True],
        na_position="last", kind="stable").reset_index(drop=True)
    figure = out.groupby(list(IDENTITY), dropna=False, observed=True, sort=False).ngroup()
    by_date = pd.DataFrame({"figure": figure, "date": out[S.CLAIM_DATE]}).sort_values(
        ["figure", "date"], na_position="last", kind="stable")
    new_figure = by_date["figure"].ne(by_date["figure"].shift())
    # diff() of an undated mention is NaT, which compares False: it stays in the claim before it
    gap = by_date["date"].diff() > pd.Timedelta(days=SAME_CLAIM_DAYS)
    out[S.CLAIM_ID] = ((new_figure | gap).cumsum() - 1).sort_index().astype("int64")
    return out


@dataclass(frozen=True)
class ClaimGroups:
    """Each mention's claim, and the mentions in the orders that counting per claim needs."""
    claim_id: np.ndarray     # per mention
    article: np.ndarray      # per mention: a code for its article
    restated: np.ndarray     # per mention
    by_rank: np.ndarray      # mention positions by claim, the one to show for it first
    by_article: np.ndarray   # mention positions by claim, then article
    claims: int


def groups(mentions: pd.DataFrame) -> ClaimGroups:
    """From assign_claims' mentions. A claim speaks through a first-hand mention before a
    restated one, then through its earliest dated one."""
    claim_id = mentions[S.CLAIM_ID].to_numpy()
    article, _ = pd.factorize(mentions[S.ARTICLE_ID].astype(object))
    restated = mentions[S.RESTATED].to_numpy(dtype=bool, na_value=False)
    date = mentions[S.CLAIM_DATE].to_numpy(dtype="datetime64[ns]")
    undated = np.isnat(date)
    # lexsort: the last key is the first sorted on
    by_rank = np.lexsort((article, date.view("int64"), undated, restated, claim_id))
    by_article = np.lexsort((article, claim_id))
    return ClaimGroups(claim_id, article, restated, by_rank, by_article,
                       int(claim_id.max()) + 1 if len(claim_id) else 0)


@dataclass(frozen=True)
class Selection:
    """The claims that the mentions kept by a set of filters make."""
    claims: np.ndarray       # position of each claim's representative mention, in mention order
    citations: np.ndarray    # per claim: the distinct kept articles that cite it
    restated: np.ndarray     # per claim: every kept mention of it restates it


def select(groups: ClaimGroups, keep: np.ndarray) -> Selection:
    """The claims among the mentions that `keep` (a boolean array) lets through."""
    ranked = groups.by_rank[keep[groups.by_rank]]
    representatives = ranked[_run_starts(groups.claim_id[ranked])]
    claim_ids = groups.claim_id[representatives]

    paired = groups.by_article[keep[groups.by_article]]
    new_pair = _run_starts(groups.claim_id[paired]) | _run_starts(groups.article[paired])
    citations = np.bincount(groups.claim_id[paired][new_pair], minlength=groups.claims)
    first_hand = np.bincount(groups.claim_id[keep & ~groups.restated], minlength=groups.claims)

    order = np.argsort(representatives, kind="stable")
    return Selection(claims=representatives[order], citations=citations[claim_ids][order],
                     restated=(first_hand[claim_ids] == 0)[order])


def distinct_articles(groups: ClaimGroups, rows: np.ndarray) -> int:
    """How many articles the mentions at `rows` come from."""
    return int(np.count_nonzero(np.bincount(groups.article[rows]))) if len(rows) else 0


def claims_frame(mentions: pd.DataFrame, selection: Selection,
                 which: np.ndarray | slice = slice(None)) -> pd.DataFrame:
    """The selected claims (or the `which` of them) as rows: each its representative
    mention's fields with its CITATIONS and whether it is only ever RESTATED; index CLAIM_ID."""
    out = mentions.iloc[selection.claims[which]].set_index(S.CLAIM_ID)
    return out.assign(**{S.CITATIONS: selection.citations[which],
                         S.RESTATED: pd.array(selection.restated[which], dtype="boolean")})


def _run_starts(values: np.ndarray) -> np.ndarray:
    """True where a value differs from the one before it (and at the start)."""
    starts = np.ones(len(values), dtype=bool)
    starts[1:] = values[1:] != values[:-1]
    return starts


# --- the consolidated table: one row per claim across articles -----------------------------

CONSOLIDATED_COLUMNS = (
    S.CLAIM_ID, S.CATEGORY, S.SUBJECT, S.VALUE_LOW, S.VALUE_HIGH, S.VALUE_BEST, S.QUALIFIER,
    S.FIGURE_TEXT, S.CLAIMANT, S.CLAIMANT_VIA, S.CLAIM_DATE, S.PERIOD_START, S.MODALITY,
    S.RESTATED, S.MENTIONS, S.CITATIONS, S.CORROBORATION, S.FIRST_SEEN, S.LAST_SEEN,
    S.ARTICLES, S.OUTLETS, S.STATUS, S.CLAIMANT_TYPE, S.OWN_LOSSES, S.GRADE, S.FLAGS, S.EVIDENCE)
# The status a claim shows when its mentions were reviewed differently: the strongest.
STATUS_ORDER = ("edited", "added", "confirmed", "machine")


def consolidate(mentions: pd.DataFrame, published: dict | None = None) -> pd.DataFrame:
    """One row per claim (assign_claims' grouping) with its citations: how many mentions and
    citing articles, its distinct outlets (CORROBORATION) and their names, the citing
    article ids, and FIRST_SEEN / LAST_SEEN, the earliest and latest publication dates of
    those articles (`published`: article id -> date; claim dates where it has none).

    A claim speaks through a first-hand mention before a restated one, then its earliest
    dated one; RESTATED is true when every mention restates it. Rejected mentions are left
    out. Then the consistency flags and the source grade (lib/consistency, lib/grading)."""
    from lib import consistency, grading   # they work on this table

    kept = mentions
    if S.STATUS in mentions:
        kept = mentions[mentions[S.STATUS].fillna("machine") != "rejected"]
    if kept.empty:
        return pd.DataFrame(columns=list(CONSOLIDATED_COLUMNS))
    out = assign_claims(kept) if S.CLAIM_ID not in kept else kept.reset_index(drop=True)
    seen = out[S.ARTICLE_ID].map(lambda a: (published or {}).get(a))
    out = out.assign(_seen=pd.to_datetime(seen).astype("datetime64[ns]").fillna(out[S.CLAIM_DATE]),
                     _restated=out[S.RESTATED].fillna(False).astype(bool),
                     _undated=out[S.CLAIM_DATE].isna())
    status = out[S.STATUS].fillna("machine") if S.STATUS in out else pd.Series("machine", index=out.index)
    out["_status"] = status.map({name: rank for rank, name in enumerate(STATUS_ORDER)}).fillna(len(STATUS_ORDER))
    ranked = out.sort_values([S.CLAIM_ID, "_restated", "_undated", S.CLAIM_DATE, S.ARTICLE_ID],
                             kind="stable")
    first = ranked.groupby(S.CLAIM_ID, sort=True).head(1).set_index(S.CLAIM_ID)
    by_claim = out.groupby(S.CLAIM_ID, sort=True)
    table = first.assign(**{
        S.RESTATED: by_claim["_restated"].all().astype("boolean"),
        S.MENTIONS: by_claim.size(),
        S.CITATIONS: by_claim[S.ARTICLE_ID].nunique(),
        S.CORROBORATION: by_claim[S.OUTLET].nunique(),
        S.FIRST_SEEN: by_claim["_seen"].min(),
        S.LAST_SEEN: by_claim["_seen"].max(),
        S.ARTICLES: by_claim[S.ARTICLE_ID].agg(_joined),
        S.OUTLETS: by_claim[S.OUTLET].agg(_joined),
        S.STATUS: by_claim["_status"].min().map(
            lambda rank: STATUS_ORDER[int(rank)] if rank < len(STATUS_ORDER) else "machine"),
    }).reset_index()
    table = grading.grade_claims(consistency.flag_claims(table))
    table = table.sort_values([S.CLAIM_DATE, S.CLAIM_ID], na_position="last", kind="stable")
    return table.reindex(columns=list(CONSOLIDATED_COLUMNS)).reset_index(drop=True)


def _joined(values: pd.Series) -> str:
    return "; ".join(dict.fromkeys(str(v) for v in values if not pd.isna(v)))
