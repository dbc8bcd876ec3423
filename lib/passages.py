"""Article text shown safely as Markdown, with the claims' figures highlighted.

Article text is untrusted: it never goes out as HTML. Every ASCII punctuation character is
backslash-escaped (CommonMark allows that for all of them), so no link, image, emphasis,
heading, list, table, Streamlit directive (":red[...]") or LaTeX ("$...$") written in an
article takes effect, and a tag such as "<script>" shows as text.
"""
from __future__ import annotations

import re
from typing import Iterable

PASSAGE_REACH = 400      # characters kept each side of a figure when its paragraph is longer
HIGHLIGHT = ":orange-background[**{}**]"

_PUNCTUATION = re.compile(r"([!-/:-@\[-`{-~])")
_SPACES = re.compile(r"[^\S\n]+")   # runs of blanks: four at a line's start would open a code block


def escape_markdown(text: str) -> str:
    """`text` as Markdown that displays exactly these words; lines stay paragraphs."""
    return _PUNCTUATION.sub(r"\\\1", _SPACES.sub(" ", text)).replace("\n", "\n\n")


def highlighted(text: str, spans: Iterable[tuple[int, int]]) -> str:
    """Escaped Markdown of `text` with each (start, end) span highlighted.

    Spans outside the text, empty or overlapping an earlier one are left unmarked.
    """
    parts, done = [], 0
    for start, end in sorted(spans):
        if start < done or not 0 <= start < end <= len(text):
            continue
        figure = escape_markdown(text[start:end].replace("\n", " "))
        parts += [escape_markdown(text[done:start]), HIGHLIGHT.format(figure)]
        done = end
    parts.append(escape_markdown(text[done:]))
    return "".join(parts)


def passage(text: str, start: int, end: int) -> tuple[str, int, int]:
    """The paragraph around text[start:end], cut to PASSAGE_REACH characters each side at
    word boundaries, and the span's offsets within it."""
    first = text.rfind("\n", 0, start) + 1
    last = text.find("\n", end)
    last = len(text) if last == -1 else last
    if start - first > PASSAGE_REACH:
        first = text.find(" ", start - PASSAGE_REACH, start) + 1 or start - PASSAGE_REACH
    if last - end > PASSAGE_REACH:
        cut = text.rfind(" ", end, end + PASSAGE_REACH)
        last = cut if cut != -1 else end + PASSAGE_REACH
    return text[first:last], start - first, end - first
