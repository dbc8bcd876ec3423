"""How a figure is hedged, read from the words around it: the qualifier and the bounds of
../shared/CLAIMS.md's table ("at least 100" -> at_least, low 100), and the figure as the text
said it. The hedge phrases are lib/vocab/qualifiers.tsv."""
from __future__ import annotations

import functools

from lib import vocabulary

ESTIMATE_WINDOW = 10  # tokens before a figure in which "estimated" makes it "about"

@functools.cache
def _hedges_by_last_word() -> dict[str, list[tuple[list[str], str]]]:
    """The qualifier phrases indexed by their last word, longest first."""
    index: dict[str, list[tuple[list[str], str]]] = {}
    for phrase, qualifier in vocabulary.qualifiers().items():
        words = phrase.lower().split()
        index.setdefault(words[-1], []).append((words, qualifier))
    for phrases in index.values():
        phrases.sort(key=lambda pq: -len(pq[0]))
    return index


QUOTES = frozenset('"“”')


def _hedge_before(tokens, index) -> tuple[str, int] | None:
    """The hedge right before the figure at `index`: (qualifier, index of its first token)."""
    positions = [j for j in range(max(0, index - 6), index) if tokens[j].lower not in QUOTES][-5:]
    words = [tokens[j].lower for j in positions]
    if not words:
        return None
    for phrase, qualifier in _hedges_by_last_word().get(words[-1], ()):
        if len(phrase) <= len(words) and words[len(words) - len(phrase):] == phrase:
            if phrase == ["some"] and len(words) > 1 and words[-2] in ("of", "for"):
                continue
            return qualifier, positions[len(words) - len(phrase)]
    return None


def figure_reading(tokens, index, counted=None):
    """(qualifier, low, high, best) of the figure at `index`, per the CLAIMS.md table.
    `counted`: the token indices of the sentence's casualty figures, where known."""
    figure = tokens[index].figure
    if figure.kind == "vague":
        return "vague", figure.low, figure.high, None
    if figure.kind == "range":
        return "range", figure.low, figure.high, None
    qualifier = _qualifier_before(tokens, index) or _qualifier_after(tokens, index) \
        or _shared_hedge(tokens, index, counted)
    if qualifier is None:
        qualifier = "about" if figure.about or _estimated_before(tokens, index) else "exact"
    value = figure.value
    bounds = {
        "exact": (value, value), "at_least": (value, None), "more_than": (value, None),
        "at_most": (None, value), "less_than": (None, value), "nearly": (None, value),
        "about": (None, None),
    }[qualifier]
    return qualifier, bounds[0], bounds[1], value


def _qualifier_before(tokens, index):
    hedge = _hedge_before(tokens, index)
    if hedge:
        return hedge[0]
    # "more than another 300": the hedge stands before "a" / "another"
    if index >= 2 and tokens[index - 1].lower in ("another", "a"):
        hedge = _hedge_before(tokens[:index - 1] + [tokens[index]], index - 1)
        return hedge[0] if hedge else None
    return None


def _shared_hedge(tokens, index, counted=None):
    """"around 300 killed and 2,700 injured": a hedge stands for both casualty figures of a
    pair (not for "at least 1.2 million displaced and 3,400 killed")."""
    if index < 2 or tokens[index - 1].lower != "and":
        return None
    for j in range(index - 2, max(-1, index - 9), -1):
        if tokens[j].figure:
            shared = tokens[j].figure.kind == "number" and (counted is None or j in counted)
            return _qualifier_before(tokens, j) if shared else None
        if not tokens[j].is_word:
            return None
    return None


def _qualifier_after(tokens, index):
    after = [t.lower for t in tokens[index + 1:index + 3]]
    if after[:2] == ["or", "more"]:
        return "at_least"
    if after[:1] == ["plus"] or after[:2] == ["-", "plus"] or tokens[index].text.endswith("+"):
        return "more_than"   # "1,100 plus", "1,100-plus", "1,100+"
    return None


def _estimated_before(tokens, index) -> bool:
    return any(t.lower in ("estimated", "estimate", "estimates", "estimating")
               for t in tokens[max(0, index - ESTIMATE_WINDOW):index])


def figure_as_stated(text, tokens, index) -> str:
    """The figure with its hedge, as the text said it ("at least 100")."""
    hedge = _hedge_before(tokens, index)
    start = tokens[hedge[1]].start if hedge else tokens[index].start
    return text[start:tokens[index].end]
