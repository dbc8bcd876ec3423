"""Loads the vocabulary data files in lib/vocab/ once: casualty words, qualifiers, vague
amounts, units, deployment verbs, claimants and subjects. Each file is commented; edit them,
not the code, to teach the extractor a new word or claimant."""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass
from pathlib import Path

VOCAB_DIR = Path(__file__).with_name("vocab")


def _rows(name: str) -> list[list[str]]:
    rows = []
    for line in (VOCAB_DIR / name).read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.lstrip().startswith("#"):
            rows.append([cell.strip() for cell in line.split("\t")])
    return rows


@dataclass(frozen=True)
class CasualtyTerm:
    phrase: str
    category: str
    role: str  # "verb", "noun" or "loss"


@dataclass(frozen=True)
class Claimant:
    name: str
    kind: str
    aliases: tuple[str, ...]


@functools.cache
def casualty_terms() -> tuple[CasualtyTerm, ...]:
    return tuple(CasualtyTerm(p, c, r) for p, c, r in _rows("casualty_terms.tsv"))


@functools.cache
def qualifiers() -> dict[str, str]:
    return {phrase: qualifier for phrase, qualifier in _rows("qualifiers.tsv")}


@functools.cache
def vague_amounts() -> dict[str, tuple[int, int]]:
    return {phrase: (int(low), int(high)) for phrase, low, high in _rows("vague_amounts.tsv")}


@functools.cache
def units() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows("units.txt"))


@functools.cache
def deployment_words() -> frozenset[str]:
    return frozenset(row[0].lower() for row in _rows("deployment_words.txt"))


@functools.cache
def claimants() -> tuple[Claimant, ...]:
    return tuple(Claimant(name, kind, tuple(a for a in aliases.split("|") if a))
                 for name, kind, aliases in _rows("claimants.tsv"))


@functools.cache
def subjects() -> dict[str, tuple[str, ...]]:
    return {name: tuple(names.split("|")) for name, names in _rows("subjects.tsv")}


def alternation(phrases, flexible_space: bool = True) -> str:
    """A regex alternation of phrases, longest first, with any run of spaces matching \\s+."""
    ordered = sorted(set(phrases), key=len, reverse=True)
    parts = []
    for phrase in ordered:
        escaped = re.escape(phrase)
        if flexible_space:
            escaped = escaped.replace(r"\ ", r"\s+")
        # apostrophes in names match both the straight and the curly form
        escaped = escaped.replace("'", "['’]")
        parts.append(escaped)
    return "|".join(parts)


@functools.cache
def reporting_cues() -> dict[str, str]:
    return {phrase: form for phrase, form in _rows("reporting.tsv")}
