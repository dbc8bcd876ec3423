"""One claim per statement within an article: mentions of the same figure (a headline and
its paragraph, a rounded and a precise form of one claimant's figure) merge into one, keeping
the precise figure and the best-named claimant."""
from __future__ import annotations

from dataclasses import replace

# how much each way of naming a claimant is worth when mentions of one statement merge
CLAIMANT_RANK = {"outlet": 0, "generic": 1, "named": 1.5, "country": 2, "media": 3, "relay": 3}

MERGE_WINDOW = 64  # earlier claims of a category compared with each new mention
LEAD_SENTENCES = 1  # the headline and the first sentence (index 0 and 1) sum up the article


def merge_mentions(mentions: list) -> list:
    """One claim per statement: repeats of a figure (headline and body) and a rounded and a
    precise form of one claimant's figure become one mention, the precise one, keeping the
    best-named claimant and the dates and periods the repeats gave.

    A mention is compared with the claims of its category that state the same figure, and
    with the last MERGE_WINDOW others of that category, so that a text of thousands of
    figures merges in linear time."""
    claims: list = []
    by_category: dict[str, list[int]] = {}
    by_figure: dict[tuple, list[int]] = {}
    for mention in mentions:
        recent = by_category.setdefault(mention.category, [])
        candidates = by_figure.get(_figure_key(mention), []) + recent[-MERGE_WINDOW:]
        for i in dict.fromkeys(candidates):
            if _same_statement(claims[i], mention):
                before = _figure_key(claims[i])
                claims[i] = _combine(claims[i], mention)
                if _figure_key(claims[i]) != before:  # now precise: findable by its new figure
                    by_figure.setdefault(_figure_key(claims[i]), []).append(i)
                break
        else:
            claims.append(mention)
            recent.append(len(claims) - 1)
            by_figure.setdefault(_figure_key(mention), []).append(len(claims) - 1)
    return claims


def _figure_key(mention) -> tuple:
    if mention.best is not None:
        return mention.category, mention.best
    return mention.category, mention.low, mention.high


def _same_claimant(a: str, b: str) -> bool:
    """"Amir Rostami" and "Rostami" are one claimant: a name and its surname; so are a bare
    head and a description ending in it ("sources", "two security sources")."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    if not short or long[-len(short):] != short:
        return False
    return short[-1][:1].isupper() or (len(short) == 1 and short[0].islower())


def _same_statement(a, b) -> bool:
    if a.category != b.category:
        return False
    # subjects are a guess; they keep two named claimants' figures apart, but not a headline's
    # or an unnamed source's from the body's
    loosely_named = min(a.claimant_rank, b.claimant_rank) <= CLAIMANT_RANK["named"]
    if a.subject and b.subject and a.subject != b.subject and not loosely_named:
        return False
    same_figure = (a.best, a.low, a.high) == (b.best, b.low, b.high) or (
        a.best is not None and a.best == b.best) or _bound_of_range(a, b) or _bound_of_range(b, a)
    # two bodies named apart keep their own claims; a bare country ("Ukraine said") or the
    # outlet's own headline is the same statement as the body's figure, and so is a headline
    # that names the body more loosely ("UN says" above "the UN human rights office said")
    named_apart = (a.claimant_rank > CLAIMANT_RANK["country"] and b.claimant_rank > CLAIMANT_RANK["country"]
                   and not _same_claimant(a.claimant, b.claimant) and not (a.headline or b.headline))
    if same_figure:
        return not named_apart
    if (a.qualifier == "vague") != (b.qualifier == "vague"):
        vague, precise = (a, b) if a.qualifier == "vague" else (b, a)
        low, high = (precise.best, precise.best) if precise.best is not None else (precise.low, precise.high)
        within = low is not None and high is not None and vague.low <= low and high <= (vague.high or high)
        unattributed = CLAIMANT_RANK["outlet"] in (a.claimant_rank, b.claimant_rank)
        # a lead that sums up ("injuring scores, officials said") before the body's figure
        summed_up = vague.sentence <= LEAD_SENTENCES and vague.claimant_rank <= CLAIMANT_RANK["generic"]
        # a headline's "scores injured" and the body's 62 injured
        return within and (unattributed or summed_up or _same_claimant(a.claimant, b.claimant))
    unattributed = CLAIMANT_RANK["outlet"] in (a.claimant_rank, b.claimant_rank)
    # figures the text dates days apart are two statements, however close their values
    gap = abs((a.claim_date - b.claim_date).days) if a.claim_date and b.claim_date else 0
    dated_apart = (a.date_from_text and b.date_from_text and gap > 3) or (
        (a.date_from_text or b.date_from_text) and gap > 31)
    return (_same_claimant(a.claimant, b.claimant) or unattributed) and not dated_apart and _rounded_pair(a, b)


def _bound_of_range(bound, whole) -> bool:
    """"up to 15" in a headline and "12 to 15" in the body: a bound the range states."""
    return whole.qualifier == "range" and bound.best is not None and (
        bound.qualifier in ("at_most", "nearly") and bound.best == whole.high
        or bound.qualifier in ("at_least", "more_than") and bound.best == whole.low)


def _rounded_pair(a, b) -> bool:
    """"more than 1,000" and "around 1,100" from one claimant: two forms of one figure."""
    if a.best is None or b.best is None:
        return False
    rounded, precise = (a, b) if _zeros(a.best) > _zeros(b.best) else (b, a)
    if _zeros(rounded.best) <= _zeros(precise.best):
        return False
    r, p = rounded.best, precise.best
    step = 10 ** _zeros(r)
    # the rounded form must be what the precise one rounds to: "more than 1,000" for 1,100,
    # "nearly 40" for 37, "about 300" for 318; not "about 1,180" for 1,052
    if rounded.qualifier in ("more_than", "at_least"):
        return r <= p < r + step
    if rounded.qualifier in ("nearly", "at_most", "less_than"):
        return r - step < p <= r
    return rounded.qualifier in ("about", "exact") and round(p / step) * step == r and abs(r - p) <= 0.15 * r


def _zeros(value: int) -> int:
    count = 0
    while value and value % 10 == 0:
        value //= 10
        count += 1
    return count


def _combine(a, b):
    keep, other = (a, b)
    if a.qualifier == "vague" and b.qualifier != "vague":
        keep, other = b, a  # the precise figure stands for the vague one
    elif b.qualifier == "range" and a.qualifier != "range":
        keep, other = b, a  # the range stands for one of its bounds
    elif _zeros(b.best or 0) < _zeros(a.best or 0) and b.best is not None and a.best != b.best:
        keep, other = b, a
    elif a.best == b.best and a.qualifier == "exact" and b.qualifier != "exact":
        keep, other = b, a  # "100" in a headline, "at least 100" in the body: the hedge is the claim
    claimant, via, rank = keep.claimant, keep.claimant_via, keep.claimant_rank
    # the better-named claimant wins; between equals, the fuller name ("local activist group"
    # in the body over "activists" in the headline); a headline's looser name ("UN says")
    # gives way to the body's ("UN OCHA")
    if keep.headline != other.headline:
        body = other if keep.headline else keep
        headline = keep if keep.headline else other
        better = body.claimant_rank >= headline.claimant_rank
        take_other = (body is other) == better
    else:
        take_other = (other.claimant_rank, len(other.claimant)) > (rank, len(claimant))
    if take_other:
        claimant, via, rank = other.claimant, other.claimant_via or via, other.claimant_rank
    merged = replace(keep, claimant=claimant, claimant_via=via or other.claimant_via, claimant_rank=rank,
                     period_start=keep.period_start or other.period_start,
                     restated=keep.restated and other.restated,
                     subject=keep.subject or other.subject,
                     headline=keep.headline and other.headline)
    if other.claim_date and (merged.claim_date is None or (other.date_from_text and not merged.date_from_text)):
        # a date the text gives beats the publication day a headline falls back on
        merged = replace(merged, claim_date=other.claim_date, date_from_text=other.date_from_text)
    if other.modality == "projected" and keep.modality == "reported" and rank == other.claimant_rank:
        merged = replace(merged, modality="reported")
    return merged
