"""Sentences and tokens: the units the extractor reads.

Sentences are found with a small rule set (a full stop, question or exclamation mark followed
by a capital or a quote, or a line break) that does not split after common abbreviations
("Dec.", "U.S.", "Gen."). Tokens are words (with inner hyphens and apostrophes), figures
(from lib.numbers, one token each) and single punctuation marks.
"""
from __future__ import annotations

import re
from typing import NamedTuple

from lib.numbers import Figure, find_figures

ABBREVIATIONS = frozenset("""
jan feb mar apr jun jul aug sep sept oct nov dec mon tue tues wed thu thur thurs fri sat sun
mr mrs ms dr gen lt col maj sgt capt cpl adm rep sen gov pres st no vs etc inc co corp jr sr
prof dept approx est fig u.s u.n u.k e.g i.e n.korea
""".split())

# A sentence ends at . ! or ? before a capital or a digit, or at a line break. Scraped text
# sometimes loses the space ("said Friday.Kim touched"): a full stop between a lower-case
# word and a capitalised one ends a sentence too. A run of marks is tried from its first
# mark only (the look-behind): trying it again from each mark in it took quadratic time.
# The pattern opens with the one character class every end starts with, which lets the
# regex engine skip straight to the candidates (five times faster than three alternatives).
SENTENCE_END = re.compile(r"[.!?\n](?:(?<=[.!?])(?<![.!?].)[.!?]*[\"'”’)\]]*(?=\s+[\"'“‘(\[]?[A-Z0-9])"
                          r"|(?<=[a-z]{2}\.)(?=[A-Z][a-z])|(?<=\n)\n*)")
# Invisible format marks (zero-width spaces and joiners, left-to-right and right-to-left marks
# and embeddings, the byte-order mark, the soft hyphen) are no tokens: between two words they
# would break up a hedge such as "at least".
FORMAT_MARKS = "\u00ad\u061c\u180e\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff"
# Group 1 is a word; a match outside it is a punctuation mark (match.lastindex tells which,
# more cheaply than testing the first character).
WORD = re.compile(rf"(\w+(?:[-'’.]\w+)*)|[^\w\s{FORMAT_MARKS}]")


class Sentence(NamedTuple):
    start: int
    end: int
    text: str


class Token(NamedTuple):
    """A word, a figure or a punctuation mark; offsets are within the sentence. A named tuple
    because a long article makes tens of thousands of them."""
    start: int
    end: int
    text: str
    lower: str
    figure: Figure | None = None
    is_word: bool = False


def split_sentences(text: str) -> list[Sentence]:
    """Sentence spans of `text`, stripped of surrounding white space."""
    sentences, start = [], 0
    for match in SENTENCE_END.finditer(text):
        if match.group(0)[0] == "." and _ends_with_abbreviation(text, match.start()):
            continue
        _add(sentences, text, start, match.end())
        start = match.end()
    _add(sentences, text, start, len(text))
    return sentences


def _ends_with_abbreviation(text: str, dot: int) -> bool:
    start = dot
    while start > 0 and dot - start < 12 and (text[start - 1].isalnum() or text[start - 1] in "._"):
        start -= 1
    if start == dot:
        return False
    token = text[start:dot].lower().rstrip(".")
    # single capital initials ("N. Korea", "John F. Kennedy") are abbreviations too
    return token in ABBREVIATIONS or (len(token) == 1 and text[dot - 1].isupper())


MAX_SENTENCE = 1500  # longer "sentences" (lists, scraped runs without stops) are cut up


def _add(sentences: list[Sentence], text: str, start: int, end: int) -> None:
    chunk = text[start:end]
    stripped = chunk.strip()
    if not stripped:
        return
    offset = start + chunk.index(stripped)
    while len(stripped) > MAX_SENTENCE:
        # cut at the last comma or space before the limit, so work per sentence stays bounded
        cut = max(stripped.rfind(", ", 0, MAX_SENTENCE) + 1, stripped.rfind(" ", 0, MAX_SENTENCE))
        cut = cut if cut > MAX_SENTENCE // 2 else MAX_SENTENCE
        piece = stripped[:cut].rstrip()
        if piece:
            sentences.append(Sentence(offset, offset + len(piece), piece))
        rest = stripped[cut:]
        offset += cut + (len(rest) - len(rest.lstrip()))
        stripped = rest.strip()
    if stripped:
        sentences.append(Sentence(offset, offset + len(stripped), stripped))


def tokenize(sentence: str, figures: bool = True) -> list[Token]:
    """Tokens of one sentence; each figure is a single token. Without `figures` (a sentence
    read only for who speaks in it) numbers stay plain words, which is cheaper."""
    figures = find_figures(sentence) if figures else []
    lowered = sentence.lower()
    if len(lowered) != len(sentence):
        lowered = None  # lower-casing changed the length: lower each word instead
    tokens: list[Token] = []
    append = tokens.append
    # tuple.__new__ is what Token(...) calls, without its Python-level __new__: this loop runs
    # once per word of every sentence, so the saved call is a third of tokenising.
    new = tuple.__new__
    position = 0
    for figure in figures + [None]:
        stop = figure.start if figure else len(sentence)
        for match in WORD.finditer(sentence, position, stop):
            start, end = match.span()
            word = match[0]
            lower = lowered[start:end] if lowered is not None else word.lower()
            append(new(Token, (start, end, word, lower, None, match.lastindex is not None)))
        if figure:
            append(new(Token, (figure.start, figure.end, figure.text, figure.text.lower(), figure, False)))
            position = figure.end
    return tokens


def token_ranges(tokens: list[Token], spans) -> list[tuple[int, int, int, int]]:
    """For character spans that start and end on token edges: (first token, last token,
    span start, span end). Spans cutting through a token are skipped."""
    starts = {t.start: i for i, t in enumerate(tokens)}
    ends = {t.end: i for i, t in enumerate(tokens)}
    out = []
    for start, end in spans:
        first, last = starts.get(start), ends.get(end)
        if first is not None and last is not None:
            out.append((first, last, start, end))
    return out
