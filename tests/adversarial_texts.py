"""Hostile article texts for tests/test_adversarial.py and tests/benchmarks/bench_adversarial.py.

Every builder takes a target size in characters and returns a text of about that size.
Most of them carry one ordinary casualty sentence (`CLAIM`) somewhere: inside the hostile
text, or on its own line after it. A case's `finds_claim` says that the extractor should
still read that sentence in full (figure, hedge, category and claimant); `finds_figure`,
that it should find the figure as a killed count with its hedge, though the claimant may be
lost (the sentence is cut where a "sentence" runs past lib.text.MAX_SENTENCE characters).
Cases with neither carry no such sentence; only the contract of the claims is checked.
"""
from __future__ import annotations

import datetime as dt
import itertools
from typing import Callable, NamedTuple

from lib import schema as S
from lib.articles import Article
from lib.cleaning import clean
from lib.extract import extract_corpus

PUBLISHED = dt.date(2024, 6, 14)
OUTLET = "Hostile Input Gazette"
CLAIM = "At least 2,718 people were killed in the earthquake, the disaster agency said."
CLAIM_FIGURE = 2718


def _fill(unit: str, size: int, sep: str = "") -> str:
    """`unit` repeated (joined by `sep`) to `size` characters, cut at a whole unit."""
    count = max(1, size // (len(unit) + len(sep)))
    return sep.join(itertools.repeat(unit, count))


def _cycle(units: list[str], size: int, sep: str = " ") -> str:
    """The units in turn, joined by `sep`, to about `size` characters."""
    out, total = [], 0
    for unit in itertools.cycle(units):
        if total >= size:
            break
        out.append(unit)
        total += len(unit) + len(sep)
    return sep.join(out)


def _then_claim(text: str) -> str:
    return text + "\n\n" + CLAIM


def digit_commas(size: int) -> str:
    """"1,2,3,4,...": digits with a comma between each (no 3-digit groups)."""
    return _then_claim(",".join(str(i % 10) for i in range(size // 2)) + " people were killed")


def digit_groups(size: int) -> str:
    """"1,000,000,000,...": one endless thousands-separated number before a casualty word."""
    return _then_claim("1" + _fill(",000", size) + " people were killed")


def digit_dots(size: int) -> str:
    """"1.000.000.000...": dots as thousands separators, one endless number."""
    return _then_claim("1" + _fill(".000", size) + " people were killed")


def digit_spaces(size: int) -> str:
    """"123 456 789 ...": space-separated groups of three, which a thousands separator allows."""
    return _then_claim(_fill("123 456 789", size, " ") + " people were killed")


def nines(size: int) -> str:
    """"999999...": one number of a million digits (it overflowed a float)."""
    return _then_claim("9" * size + " people were killed")


def at_least_chain(size: int) -> str:
    """"at least at least ... 12 people were killed": a hedge repeated without end."""
    return _then_claim("At " + _fill("least at", size, " ") + " least 12 people were killed")


def prose_no_stop(size: int) -> str:
    """One line of claim-dense prose with commas but no full stop, cut into pieces by the
    sentence splitter (its longest sentence is 1,500 characters)."""
    clause = ("at least 12 people were killed and 30 wounded in the strike on Monday, officials "
              "said, according to the health ministry, which said the toll could rise")
    return _fill(clause, size, ", ")


def prose_plain(size: int) -> str:
    """One line of prose with no figures and no full stop, then the claim on its own line."""
    clause = "the people of the valley were killed and wounded in the fighting near the old city"
    return _then_claim(_fill(clause, size, " and "))


def empty_lines(size: int) -> str:
    """The claim between two halves of `size` empty lines (100,000 and more at 200 KB)."""
    half = "\n" * (size // 2)
    return half + CLAIM + half


def blank_lines_spaces(size: int) -> str:
    """Lines of white space only (spaces, tabs, carriage returns) around the claim."""
    half = _fill(" \t \r\n", size // 2)
    return half + CLAIM + "\n" + half


def curly_quotes(size: int) -> str:
    """The claim at the bottom of “‘“‘... nested quotation marks, closed again after it."""
    depth = size // 4
    return "“‘" * depth + CLAIM + "’”" * depth


def straight_quotes(size: int) -> str:
    return "\"'" * (size // 4) + CLAIM + "'\"" * (size // 4)


def parentheses(size: int) -> str:
    return "(" * (size // 2) + CLAIM + ")" * (size // 2)


MIXED = ("قُتل ١٢٣ شخصاً في الغارة", "Погибли 45 человек, ранены ٣٠", "地震造成１２３人死亡", "४५६ लोग मारे गए",
         "１,２３４ killed", "\u200f\u200e\u202e\u2067", "\u200b\u200c\u200d\ufeff\u2060", "\u061c١٢\u061c")


def mixed_scripts(size: int) -> str:
    """Arabic, Cyrillic, CJK and Devanagari text, Arabic-Indic, Devanagari and full-width
    digits, right-to-left and zero-width marks, with the claim set among them, between
    right-to-left marks, on the same line."""
    text = _cycle(list(MIXED), size // 2)
    return text + " \u200f" + CLAIM + "\u200e " + text


def marks_in_claim(size: int) -> str:
    """The claim with a zero-width space or a right-to-left mark after every space, among
    lines of marks and mixed scripts."""
    marked = CLAIM.replace(" ", " \u200b").replace("people ", "people\u200f ")
    return _cycle(list(MIXED), size, "\n") + "\n" + marked


def casualty_words(size: int) -> str:
    """A run of casualty words (and their compounds) with no figure, then the claim."""
    words = ["killed", "wounded", "dead", "casualties", "injured", "missing", "killed or wounded",
             "captured", "deaths", "died", "fatalities", "losses", "killed and injured"]
    return _then_claim(_cycle(words, size))


def casualty_figures(size: int) -> str:
    """Figures and casualty words in turn, a claim every few words, no full stop."""
    return _cycle(["12 killed", "30 wounded", "dead", "casualties", "at least 7 missing"], size)


def names(size: int) -> str:
    """A run of capitalised names (made up, and claimants from the gazetteer) before "said"."""
    people = ["Anna Petrova", "Lee Min-jun", "John Smith", "Maria Kowalczyk", "Ahmed Farouk",
              "Zelensky", "Putin", "General Staff", "Health Ministry", "Red Cross", "UN", "WHO",
              "Volodymyr Zelensky", "Oksana Petrenko", "Kim Jong Un", "President Biden"]
    return _then_claim(_cycle(people, size) + " said 12 people were killed")


def dates(size: int) -> str:
    """"on Monday on Tuesday on December 3 ...": weekdays, month-days, months, relative days."""
    when = ["on Monday", "on Tuesday", "on December 3", "last week", "on 12 March 2024",
            "in January", "yesterday", "on Friday night", "since the start of May", "2024-05-06"]
    return _then_claim(_cycle(when, size) + " 2,718 people were killed, the ministry said")


def numeric_dates(size: int) -> str:
    """Numeric dates that need their day and month settled ("3/4/2021", "17.11.99"), all
    different, in sentences with a casualty word."""
    out = []
    for i in itertools.count():
        if sum(map(len, out)) >= size:
            break
        day, month, year = i % 28 + 1, i // 28 % 12 + 1, 1990 + i // 336 % 40
        out.append(f"{month}/{day}/{year} {day}.{month}.{year % 100:02d} killed")
    return _then_claim(" ".join(out))


def timestamps(size: int) -> str:
    """A page-furniture time stamp that goes on and on ("Updated Mon 1 Jan. 1 Jan. ...") and
    fails to match at its end: a pattern of lib/vocab/boilerplate.txt backtracked on it."""
    return _then_claim("Updated " + _fill("Mon 1 Jan.", size, " ") + " x")


def teasers(size: int) -> str:
    """Thousands of different lines cut off with "..." before the claim: the cleaner looked
    for each one's full paragraph in all the lines after it (quadratic time)."""
    lines, total = [], 0
    for i in itertools.count():
        if total >= size:
            break
        lines.append(f"Quarter number {i:06d}...")  # none is the start of another
        total += len(lines[-1]) + 1
    return _then_claim("\n".join(lines))


def stops(size: int) -> str:
    """A run of full stops and one of exclamation marks, each followed by a lower-case word
    (so no sentence ends there): the sentence splitter tried each run again from each of its
    marks (quadratic time)."""
    return _then_claim("12 killed " + "." * (size // 2) + " and " + "!" * (size // 2) + " more")


def coordinated(size: int) -> str:
    """"1, 2, 3, ... and 4 killed": one long list of coordinated figures."""
    numbers = ", ".join(str(i % 999 + 1) for i in range(size // 5))
    return _then_claim(numbers + " and 4 killed")


def dense_claims(size: int) -> str:
    """Short claim sentences one after another: the most claims a text can pack."""
    return _cycle(["3 soldiers were killed.", "At least 40 were wounded, the army said.",
                   "Police said 12 people died.", "Over 1,000 civilians were injured on Monday."], size)


class Case(NamedTuple):
    name: str
    build: Callable[[int], str]
    finds_claim: bool = False    # the embedded CLAIM is read in full
    finds_figure: bool = False   # the embedded CLAIM's figure is found as killed


CASES = [
    Case("digit-commas", digit_commas, finds_claim=True),
    Case("digit-groups", digit_groups, finds_claim=True),
    Case("digit-dots", digit_dots, finds_claim=True),
    Case("digit-spaces", digit_spaces, finds_claim=True),
    Case("nines", nines, finds_claim=True),
    Case("at-least-chain", at_least_chain, finds_claim=True),
    Case("prose-no-stop", prose_no_stop),
    Case("prose-plain", prose_plain, finds_claim=True),
    Case("empty-lines", empty_lines, finds_claim=True),
    Case("blank-lines", blank_lines_spaces, finds_claim=True),
    Case("curly-quotes", curly_quotes, finds_figure=True),
    Case("straight-quotes", straight_quotes, finds_figure=True),
    Case("parentheses", parentheses, finds_figure=True),
    Case("mixed-scripts", mixed_scripts, finds_claim=True),
    Case("marks-in-claim", marks_in_claim, finds_figure=True),
    Case("casualty-words", casualty_words, finds_claim=True),
    Case("casualty-figures", casualty_figures),
    Case("names", names, finds_claim=True),
    Case("dates", dates, finds_claim=True),
    Case("numeric-dates", numeric_dates, finds_claim=True),
    Case("timestamps", timestamps, finds_claim=True),
    Case("teasers", teasers, finds_claim=True),
    Case("stops", stops, finds_claim=True),
    Case("coordinated", coordinated, finds_claim=True),
    Case("dense-claims", dense_claims),
]


def article(text: str) -> Article:
    return Article("adversarial", text, outlet=OUTLET, published=PUBLISHED)


def extract(text: str):
    """The claims table of one article, as `python -m lib extract` builds it (cleaning included)."""
    return extract_corpus([article(text)])


def claim_rows(frame) -> list[dict]:
    """Rows of the embedded CLAIM's figure."""
    return [row for row in frame.to_dict("records")
            if row[S.VALUE_BEST] == CLAIM_FIGURE and row[S.CATEGORY] == "killed"]


def span_problems(text: str, frame) -> list[str]:
    """What is wrong with the spans of a claims table read from `text` (empty when nothing)."""
    cleaned = clean(text)
    problems = []
    for row in frame.to_dict("records"):
        start, end = int(row[S.SPAN_START]), int(row[S.SPAN_END])
        if not 0 <= start < end <= len(cleaned.text):
            problems.append(f"span {start}:{end} outside the cleaned text ({len(cleaned.text)} chars)")
            continue
        figure = cleaned.text[start:end]
        original = text[cleaned.to_original(start):cleaned.to_original(end)]
        if figure not in row[S.EVIDENCE] or not row[S.FIGURE_TEXT].endswith(figure) or original != figure:
            problems.append(f"span {start}:{end} reads {figure!r} (original {original!r}), "
                            f"figure {row[S.FIGURE_TEXT]!r}")
    return problems
