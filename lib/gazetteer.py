"""Finding claimant and subject names in text, from the data files in lib/vocab/.

One compiled regex per table, built once: matching a whole article is a single pass.
"""
from __future__ import annotations

import functools
import re
from typing import NamedTuple

from lib import vocabulary



class NameMatch(NamedTuple):
    start: int
    end: int
    text: str
    name: str   # canonical claimant or subject
    kind: str   # claimant type ("intelligence", "relay", ...) or "subject"


def _is_acronym(alias: str) -> bool:
    return alias.replace(".", "").replace(" ", "").isupper()


@functools.cache
def _claimant_index() -> tuple[vocabulary.PhraseMatcher, dict[str, tuple[str, str]]]:
    index: dict[str, tuple[str, str]] = {}
    for claimant in vocabulary.claimants():
        for alias in (claimant.name, *claimant.aliases):
            index.setdefault(alias, (claimant.name, claimant.kind))
    matcher = vocabulary.PhraseMatcher(index, case_sensitive=[a for a in index if _is_acronym(a)])
    return matcher, {vocabulary.phrase_key(a): v for a, v in index.items()}


@functools.cache
def _subject_index() -> tuple[vocabulary.PhraseMatcher, dict[str, str]]:
    index = {alias: name for name, aliases in vocabulary.subjects().items() for alias in (name, *aliases)}
    # subjects are proper names: all case-sensitive ("Indian" the people, not "indian" ink)
    matcher = vocabulary.CapitalisedNames(index, allow_hyphen_after=True)
    return matcher, {vocabulary.phrase_key(a): v for a, v in index.items()}


@functools.cache
def _aliases_by_name() -> dict[str, tuple[str, ...]]:
    return {claimant.name: claimant.aliases for claimant in vocabulary.claimants()}


def claimant_names(name: str) -> tuple[str, ...]:
    """A claimant's canonical name with its listed aliases; a name not listed, alone."""
    return (name, *_aliases_by_name().get(name, ()))


def find_claimants(text: str) -> list[NameMatch]:
    matcher, index = _claimant_index()
    out = []
    for start, end in matcher.find(text):
        name, kind = index[vocabulary.phrase_key(text[start:end])]
        if not _another_countrys(text, start, name):
            out.append(NameMatch(start, end, text[start:end], name, kind))
    return out


COUNTRY_BEFORE_REACH = 40  # characters before an alias searched for the country it belongs to


def _another_countrys(text: str, start: int, name: str) -> bool:
    """"Burkina Faso's junta", "Russia's General Staff": an alias that names no country
    ("junta", "General Staff") right after another country than its claimant's is that
    country's body, not the claimant listed."""
    own = _country_of(name)
    if own is None or not text[max(0, start - 1):start].isspace():
        return False
    before = text[max(0, start - COUNTRY_BEFORE_REACH):start]
    countries = [m for m in find_subjects(before) if POSSESSIVE_GAP.fullmatch(before, m.end)]
    return bool(countries) and countries[-1].name != own


POSSESSIVE_GAP = re.compile(r"(?:['’]s)?\s+")


@functools.cache
def _country_of(name: str) -> str | None:
    """The country a listed claimant belongs to, from its canonical name ("Myanmar military
    government": Myanmar), or None."""
    countries = find_subjects(name)
    return countries[0].name if countries and countries[0].start == 0 else None


def find_subjects(text: str) -> list[NameMatch]:
    matcher, index = _subject_index()
    return [NameMatch(start, end, text[start:end], index[vocabulary.phrase_key(text[start:end])], "subject")
            for start, end in matcher.find(text)]
