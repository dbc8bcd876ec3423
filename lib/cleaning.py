"""Boilerplate removal for news texts, with a map from cleaned offsets back to the original.

The unit is the line (one paragraph a line). A line is either kept verbatim or dropped
whole, and kept lines are joined with "\\n", so every character of the cleaned text is a
character of the original at a known place: claim spans found in the cleaned text can be
shown in the original. The cue words live in vocab/boilerplate.txt, not in this code.

The rules lean towards keeping: a line with a number and a casualty word is never dropped
as page furniture, because losing a figure costs more than keeping some noise.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import NamedTuple

VOCAB_FILE = Path(__file__).parent / "vocab" / "boilerplate.txt"

MIN_REPEAT_LEN = 20      # shorter lines (subheadings like "Background") may legitimately recur
MAX_CAPTION_LEN = 400    # a caption is a sentence or two, not a paragraph
MAX_CRUMB_LEN = 200
MAX_CRUMB_ITEM_WORDS = 4

_TRAILING_PAREN = re.compile(r"\(([^()]{1,80})\)\s*\.?$")
_BULLET = re.compile(r"[-•*–—·]\s")
_SENTENCE_END = ".!?:;\"”"   # a line ending in one of these is a sentence
_CRUMB_STRONG_SEP = re.compile(r"\s*[|»›>•·]\s*")   # "Home » World": two items suffice
_CRUMB_WEAK_SEP = re.compile(r"\s*,\s*|\s+/\s+")   # "A, B, C": a list needs three
_CRUMB_VERB = re.compile(  # matched against the lower-cased line
    r"\b(is|are|was|were|be|been|has|have|had|will|would|can|could|may|might|said|says|"
    r"told|did|does)\b")


@dataclass(frozen=True)
class CleanText:
    text: str
    # (clean_start, original_start, length) for each run of the original copied into text,
    # in increasing order; runs are separated in text by one "\n".
    pieces: tuple[tuple[int, int, int], ...]

    def to_original(self, offset: int) -> int:
        """The offset in the original text of the character at `offset` in the cleaned text.

        A separator between two runs (and the end of a run, for exclusive span ends) maps
        to just after the preceding run, which is that run's line break in the original.
        """
        if not 0 <= offset <= len(self.text):
            raise IndexError(f"offset {offset} outside the cleaned text (length {len(self.text)})")
        if not self.pieces:
            return 0
        index = max(bisect.bisect_right(self._starts, offset) - 1, 0)
        clean_start, original_start, length = self.pieces[index]
        return original_start + min(offset - clean_start, length)

    def __post_init__(self) -> None:
        # the run starts, kept once so that mapping many offsets stays cheap
        object.__setattr__(self, "_starts", [piece[0] for piece in self.pieces])


class _Line(NamedTuple):
    text: str   # stripped of surrounding whitespace
    lower: str  # the same, lower-cased once: most cues are matched against this


@dataclass(frozen=True)
class _Vocab:
    """The compiled cue patterns, one alternation per section of the vocab file."""
    patterns: dict[str, re.Pattern[str]]
    cased: frozenset[str]  # sections matched against the line as written

    def whole(self, section: str, line: _Line) -> bool:
        return self.patterns[section].fullmatch(
            line.text if section in self.cased else line.lower) is not None

    def starts(self, section: str, line: _Line) -> bool:
        return self.patterns[section].match(
            line.text if section in self.cased else line.lower) is not None

    def has(self, section: str, line: _Line) -> bool:
        return self.patterns[section].search(
            line.text if section in self.cased else line.lower) is not None


@lru_cache(maxsize=1)
def vocab() -> _Vocab:
    """Load and compile vocab/boilerplate.txt once."""
    sections: dict[str, list[str]] = {}
    cased: set[str] = set()
    current = None
    for raw in VOCAB_FILE.read_text(encoding="utf-8").splitlines():
        line = raw.strip()
        if not line or line.startswith("#"):
            continue
        header = re.fullmatch(r"\[(\w+)(:cased)?\]", line)
        if header:
            current = sections.setdefault(header.group(1), [])
            if header.group(2):
                cased.add(header.group(1))
        elif current is None:
            raise ValueError(f"{VOCAB_FILE}: pattern {line!r} before any [section]")
        else:
            current.append(line)
    return _Vocab({name: _compile(patterns) for name, patterns in sections.items()}, frozenset(cased))


def _compile(patterns: list[str]) -> re.Pattern[str]:
    """One alternation for a section, built for speed.

    No re.IGNORECASE: lines are lower-cased once instead, which is several times faster.
    When every pattern starts with a word boundary, it is tested once per position, before
    the alternatives, rather than once per alternative (a 2-3x faster search).
    """
    if all(p.startswith(r"\b") for p in patterns):
        return re.compile(r"\b(?:" + "|".join(f"(?:{p[2:]})" for p in patterns) + ")")
    return re.compile("|".join(f"(?:{p})" for p in patterns))


def clean(text: str) -> CleanText:
    """Drop boilerplate lines from `text`; see the module docstring and vocab/boilerplate.txt."""
    lines = text.split("\n")
    keep = _kept_lines([line.strip() for line in lines])
    return _assemble(lines, keep)


def _kept_lines(stripped: list[str]) -> list[bool]:
    """Decide, line by line, which lines to keep. Blank lines are never kept."""
    words = vocab()
    keep = [False] * len(stripped)
    seen: set[str] = set()
    later = _LaterLines(stripped)
    in_appeal = in_related = False
    for i, text in enumerate(stripped):
        if not text:
            continue  # blank lines neither keep nor end a block
        line = _Line(text, text.lower())
        if in_related:
            if _BULLET.match(text):
                continue
            in_related = False
        if in_appeal:
            if _continues_appeal(line, words):
                continue
            in_appeal = False
        if text in seen:
            continue  # a repeated paragraph: the first occurrence was kept
        if words.whole("related", line):
            in_related = True
            continue
        if words.starts("related_link", line):
            continue
        if not _carries_figure(line, words):
            if words.starts("appeal_start", line):
                in_appeal = True
                continue
            if _is_furniture(line, words) or _is_teaser(stripped, i, later):
                continue
        keep[i] = True
        if len(text) >= MIN_REPEAT_LEN:
            seen.add(text)
    return keep


def _carries_figure(line: _Line, words: _Vocab) -> bool:
    """A number and a casualty word: the line might hold a claim, so it is kept."""
    # (the casualty word first: most lines have a digit, fewer a casualty word)
    return words.has("casualty", line) and words.has("number", line)


def _continues_appeal(line: _Line, words: _Vocab) -> bool:
    # An appeal talks to the reader ("we need your help"); news resumes with a line that
    # does not, or with any line carrying a figure.
    if _carries_figure(line, words):
        return False
    return (words.has("reader_address", line) or words.has("appeal_cue", line)
            or words.whole("line", line))


def _is_furniture(line: _Line, words: _Vocab) -> bool:
    """Page furniture on a line of its own: widgets, tags, bylines, appeals, crumbs, captions."""
    if words.whole("line", line) or words.whole("byline", line):
        return True
    if words.has("appeal_cue", line) and not words.has("reporting", line):
        return True
    return _is_crumb(line) or _is_caption(line, words)


def _is_caption(line: _Line, words: _Vocab) -> bool:
    """A picture's description: ends in a credit like "(Name/Agency)" or names a picture."""
    # (the reported-speech test, the dearest, comes last: the outcome is the same)
    if len(line.text) > MAX_CAPTION_LEN:
        return False
    if not words.has("caption_cue", line):
        credit = _TRAILING_PAREN.search(line.lower)
        if credit is None or words.patterns["credit"].search(credit.group(1)) is None:
            return False
    return not words.has("reporting", line)


def _is_crumb(line: _Line) -> bool:
    """Navigation crumbs: short capitalised items between separators, no sentence verb."""
    text = line.text
    if len(text) > MAX_CRUMB_LEN or text[-1] in _SENTENCE_END or _CRUMB_VERB.search(line.lower):
        return False
    items = _CRUMB_STRONG_SEP.split(text)
    if len(items) < 2:
        items = _CRUMB_WEAK_SEP.split(text)
        if len(items) < 3:
            return False
    return all(_is_crumb_item(item) for item in items)


def _is_crumb_item(item: str) -> bool:
    words = item.split()
    return 0 < len(words) <= MAX_CRUMB_ITEM_WORDS and (words[0][0].isupper() or words[0][0].isdigit())


def _is_teaser(stripped: list[str], i: int, later: _LaterLines) -> bool:
    """A cut-off teaser ("... in the city of El…") of a paragraph that follows in full."""
    text = stripped[i]  # not blank, and stripped: it does not end in a line break
    if text.endswith("…"):
        prefix = text[:-1].rstrip()
    elif text.endswith("..."):
        prefix = text[:-3].rstrip()
    else:
        return False
    return len(prefix) >= MIN_REPEAT_LEN and later.last_starting_with(prefix) > i


class _LaterLines:
    """The last line that starts with a prefix. (Scanning the lines after each teaser took
    quadratic time on a text of many lines ending in "...".) The lines are sorted once, on
    the first question; those starting with a prefix are one run of that order, and each
    prefix's answer is kept. Runs of prefixes that are not prefixes of one another do not
    overlap, so all the runs read come to about the length of the text."""

    def __init__(self, lines: list[str]):
        self._lines = lines
        self._sorted: list[tuple[str, int]] | None = None
        self._last: dict[str, int] = {}

    def last_starting_with(self, prefix: str) -> int:
        """Index of the last line starting with `prefix`, or -1."""
        if prefix not in self._last:
            if self._sorted is None:
                self._sorted = sorted((line, i) for i, line in enumerate(self._lines))
            k, last = bisect.bisect_left(self._sorted, (prefix,)), -1
            while k < len(self._sorted) and self._sorted[k][0].startswith(prefix):
                last = max(last, self._sorted[k][1])
                k += 1
            self._last[prefix] = last
        return self._last[prefix]


def _assemble(lines: list[str], keep: list[bool]) -> CleanText:
    """Join the kept lines with "\\n", merging runs of adjacent kept lines into one piece."""
    parts: list[str] = []
    pieces: list[tuple[int, int, int]] = []
    clean_len = original_pos = 0
    previous_kept = False
    for line, kept in zip(lines, keep):
        if kept:
            separator = 1 if parts else 0
            if previous_kept:  # the run goes on over the original "\n" and this line
                clean_start, original_start, length = pieces[-1]
                pieces[-1] = (clean_start, original_start, length + 1 + len(line))
            else:
                pieces.append((clean_len + separator, original_pos, len(line)))
            clean_len += separator + len(line)
            parts.append(line)
        previous_kept = kept
        original_pos += len(line) + 1
    return CleanText("\n".join(parts), tuple(pieces))
