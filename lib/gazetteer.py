"""Finding claimant and subject names in text, from the data files in lib/vocab/.

One compiled regex per table, built once: matching a whole article is a single pass.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass

from lib import vocabulary

COUNTRY_SPEAKERS = {"South Korea": ("South Korea", "Seoul")}


@dataclass(frozen=True)
class NameMatch:
    start: int
    end: int
    text: str
    name: str   # canonical claimant or subject
    kind: str   # claimant type ("intelligence", "relay", ...) or "subject"


def _pattern(aliases: dict[str, tuple[str, str]]) -> re.Pattern:
    """Aliases in capitals (acronyms) match case-sensitively, the rest case-insensitively."""
    caps = [a for a in aliases if a.replace(".", "").replace(" ", "").isupper()]
    other = [a for a in aliases if a not in caps]
    parts = []
    if other:
        parts.append(rf"(?i:{vocabulary.alternation(other)})")
    if caps:
        parts.append(vocabulary.alternation(caps))
    return re.compile(rf"(?<![\w-])(?:{'|'.join(parts)})(?![\w-])")


@functools.cache
def _claimant_index() -> tuple[re.Pattern, dict[str, tuple[str, str]]]:
    index: dict[str, tuple[str, str]] = {}
    for claimant in vocabulary.claimants():
        for alias in (claimant.name, *claimant.aliases):
            index.setdefault(alias, (claimant.name, claimant.kind))
    for name, aliases in COUNTRY_SPEAKERS.items():
        for alias in aliases:
            index.setdefault(alias, (name, "country"))
    return _pattern(index), {_key(a): v for a, v in index.items()}


@functools.cache
def _subject_index() -> tuple[re.Pattern, dict[str, str]]:
    index = {alias: (name, "subject") for name, aliases in vocabulary.subjects().items()
             for alias in (name, *aliases)}
    pattern = re.compile(rf"(?<![\w-])(?:{vocabulary.alternation(index)})(?![\w])")
    return pattern, {_key(a): v[0] for a, v in index.items()}


def _key(alias: str) -> str:
    return " ".join(alias.replace("’", "'").split()).lower()


def find_claimants(text: str) -> list[NameMatch]:
    pattern, index = _claimant_index()
    out = []
    for match in pattern.finditer(text):
        name, kind = index[_key(match.group(0))]
        out.append(NameMatch(match.start(), match.end(), match.group(0), name, kind))
    return out


def find_subjects(text: str) -> list[NameMatch]:
    pattern, index = _subject_index()
    return [NameMatch(m.start(), m.end(), m.group(0), index[_key(m.group(0))], "subject")
            for m in pattern.finditer(text)]


def claimant_kind(name: str) -> str | None:
    """The gazetteer type of a canonical claimant name, or None when it is not listed."""
    _, index = _claimant_index()
    hit = index.get(_key(name))
    return hit[1] if hit and hit[0] == name else None
