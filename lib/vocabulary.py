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
def opponents() -> dict[str, str]:
    return {side: opponent for side, opponent in _rows("opponents.tsv")}


@functools.cache
def subjects() -> dict[str, tuple[str, ...]]:
    return {name: tuple(names.split("|")) for name, names in _rows("subjects.tsv")}


def alternation(phrases, flexible_space: bool = True) -> str:
    """One regex for many phrases, built as a trie so that matching costs one pass over the
    text rather than one try per phrase ("killed|killed or wounded" -> "killed(?: or wounded)?").
    A space matches any run of white space; an apostrophe matches ' and ’."""
    trie: dict = {}
    for phrase in set(phrases):
        node = trie
        for atom in _atoms(phrase, flexible_space):
            node = node.setdefault(atom, {})
        node[""] = {}
    return _trie_regex(trie)


def _atoms(phrase: str, flexible_space: bool) -> list[str]:
    atoms = []
    for char in phrase:
        if char == " " and flexible_space:
            atoms.append(r"\s+")
        elif char in "'’":
            atoms.append("['’]")
        else:
            atoms.append(re.escape(char))
    return atoms


def _trie_regex(node: dict) -> str:
    ends = "" in node
    branches = [atom + _trie_regex(child) for atom, child in sorted(node.items()) if atom]
    if not branches:
        return ""
    body = branches[0] if len(branches) == 1 else "(?:" + "|".join(branches) + ")"
    if ends:
        return f"(?:{body})?"
    return body


@functools.cache
def reporting_cues() -> dict[str, str]:
    return {phrase: form for phrase, form in _rows("reporting.tsv")}


class PhraseMatcher:
    """Finds whole-word occurrences of many phrases in one pass over a text.

    Phrases match case-insensitively, except those listed as case-sensitive (acronyms such as
    "NIS" or "WHO", which must not match "who"). Case folding is done on the text once,
    which lets the regex engine skip ahead on the first letter instead of trying every
    phrase at every position."""

    def __init__(self, phrases, case_sensitive=(), allow_hyphen_after: bool = False):
        after = r"(?![\w])" if allow_hyphen_after else r"(?![\w-])"
        folded = sorted({p.lower() for p in phrases if p not in set(case_sensitive)})
        exact = sorted(set(case_sensitive))
        self._folded = re.compile(rf"(?<![\w-])(?:{alternation(folded)}){after}") if folded else None
        self._exact = CapitalisedNames(exact, allow_hyphen_after) if exact else None

    def find(self, text: str) -> list[tuple[int, int]]:
        """(start, end) of every match, in order, longest first where two overlap."""
        hits = []
        if self._folded is not None:
            hits += [m.span() for m in self._folded.finditer(lower_same_length(text))]
        if self._exact is not None:
            hits += self._exact.find(text)
            hits.sort(key=lambda span: (span[0], -span[1]))
            kept, reach = [], -1
            for start, end in hits:
                if start >= reach:
                    kept.append((start, end))
                    reach = end
            hits = kept
        return hits


def lower_same_length(text: str) -> str:
    """`text` lower-cased with its length kept, so that offsets in one are offsets in the other.

    "İ" (U+0130) is the one character whose lower case is two characters; it becomes the
    dotless "ı", a letter like it that no phrase contains. (A case-insensitive regex would be
    no substitute: its Unicode rules match "ſaid" and "kılled", which `phrase_key` does not
    turn into "said" and "killed", so the match would have no entry in the phrase table.)
    """
    lowered = text.lower()
    return lowered if len(lowered) == len(text) else text.replace("\u0130", "\u0131").lower()


def phrase_key(text: str) -> str:
    """The form a matched phrase is looked up by: lower case, single spaces, straight quotes."""
    return " ".join(text.replace("’", "'").split()).lower()


class CapitalisedNames:
    """Finds case-sensitive names that start with a capital ("North Korean", "NIS") by
    looking up each capitalised word, which is much faster than one big regex for them."""

    # A capital not inside a word, with the rest of its word (looked ahead, not consumed: a
    # capital after "/" or "(" within that word is a candidate of its own). The pattern opens
    # with the capital, so the regex engine skips straight to capitals. A word ends at space,
    # a hyphen, an apostrophe or punctuation ("Gaza:", "NIS;", "(Gaza)").
    WORD_REST = r"[^\s.,;:!?'’\"“”()\[\]-]*"
    CAPITALISED_WORD = re.compile(rf"[A-Z](?<![\w-][A-Z])(?=({WORD_REST}))")

    def __init__(self, names, allow_hyphen_after: bool = False):
        self._by_first: dict[str, list[str]] = {}
        for name in set(names):
            for form in {name, name.replace("'", "’")}:
                first = re.match(self.WORD_REST, form).group(0)
                self._by_first.setdefault(first, []).append(form)
        for forms in self._by_first.values():
            forms.sort(key=len, reverse=True)
        self._after = re.compile(r"[\w]") if allow_hyphen_after else re.compile(r"[\w-]")

    def find(self, text: str) -> list[tuple[int, int]]:
        hits, reach = [], 0
        by_first, after = self._by_first, self._after
        for capital in self.CAPITALISED_WORD.finditer(text):
            start = capital.start()
            if start < reach:
                continue
            for form in by_first.get("".join(capital.group(0, 1)), ()):
                end = start + len(form)
                if text.startswith(form, start) and not (end < len(text) and after.match(text, end)):
                    hits.append((start, end))
                    reach = end
                    break
        return hits
