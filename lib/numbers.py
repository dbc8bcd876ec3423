"""Figures in text: digits with separators, decimals with a scale word, number words and
mixed forms ("twenty-seven", "27-hundred", "four-thousand-100"), ranges ("50 to 70") and
the vague amounts of lib/vocab/vague_amounts.tsv ("several hundred", "tens of thousands").

`find_figures(text)` is a small pipeline: mask vague phrases, find runs of number tokens,
parse each run into one or more numbers, then join pairs that form a range.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, replace

from lib import dates, vocabulary

UNITS = {
    "zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7,
    "eight": 8, "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13,
    "fourteen": 14, "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18,
    "nineteen": 19,
}
TENS = {"twenty": 20, "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70,
        "eighty": 80, "ninety": 90}
# (lakh and crore: the Indian scale words, 100,000 and 10 million)
SCALES = {"hundred": 100, "thousand": 1_000, "lakh": 100_000, "million": 1_000_000, "crore": 10_000_000,
          "billion": 1_000_000_000}
# scales written onto the digits ("3k", "1.5mn", "2bn"; "m" only after a decimal, as "5m" is metres)
SCALE_SUFFIXES = {"k": 1_000, "mn": 1_000_000, "m": 1_000_000, "bn": 1_000_000_000}
# Larger "figures" are runs of digits, not counts. The cap keeps values exact in the float
# arithmetic below and inside the claims table's Int64 columns.
MAX_DIGITS = 15
MAX_VALUE = 10 ** MAX_DIGITS

# Digits: thousands separated by a comma, a thin/no-break space or a plain space ("80 000"),
# or a plain run, optionally with decimals. Never part of a word ("94th", "240mm") or a date.
DIGITS = r"\d{1,3}(?:(?:,|\u202f|\u00a0| )\d{3})+(?![\d,.]\d)|\d+(?:\.\d+)?(?:k|mn|bn|(?<=\.\d)m|(?<=\.\d\d)m)?"
# "10.000 soldiers": a full stop between groups of three digits separates thousands (European
# style), unless a scale word follows ("1.500 million")
DOTTED_THOUSANDS = re.compile(r"\d{1,3}(?:\.\d{3})+")
WORD = vocabulary.alternation([*UNITS, *TENS, *SCALES, "dozen"])
NUMBER_TOKEN = rf"(?:{DIGITS})(?![\w])|(?:{WORD})\b|a(?=[\s-]+(?:hundred|thousand|million|dozen)\b)"
RUN = rf"(?<![\w.,])(?:{NUMBER_TOKEN})(?:(?:[\s-]+|\s+and\s+)(?:{NUMBER_TOKEN}))*"
# searched in lower-cased text (vocabulary.lower_same_length): much faster than re.IGNORECASE
NUMBER_RUN = re.compile(RUN)
TOKEN = re.compile(rf"{NUMBER_TOKEN}|and", re.IGNORECASE)
RANGE_JOINER = re.compile(r"\s*(?:-|–|—)\s*|\s+to\s+|\s+and\s+", re.IGNORECASE)
SEPARATOR = re.compile(r"[,\u202f\u00a0 ]")  # compiled once: _token_value runs per token
BETWEEN = re.compile(r"\b(?:between|from)\s+$", re.IGNORECASE)
# "since Oct. 7 to 24,927": a number right after a month is a day of it, no end of a range
# (capitalised, as months are written: "on the march 50 to 70 died" is a range)
MONTH_BEFORE = re.compile(rf"\b{dates.MONTH_NAME}\.?\s+$")
CHANGE_BEFORE_FROM = re.compile(
    r"\b(?:rose|risen|rising|increased|increasing|climbed|jumped|grew|went\s+up|up)\s+from\s+$",
    re.IGNORECASE)
# "rose by 12 to 87": the first figure is the change, the second the new total
CHANGE_BEFORE_BY = re.compile(
    r"\b(?:rose|risen|rising|increased|increasing|climbed|jumped|grew|went\s+up|up|fell|dropped|"
    r"down)\s+by\s+$", re.IGNORECASE)
# "half a million", "a quarter of a million": a share of a scale word, read as one number
SHARE_OF_SCALE = re.compile(r"\b(?:(half)\s+an?|(?:a\s+)?(quarter)\s+of\s+a)\s+(million|billion)\b")
SHARES = {"half": 0.5, "quarter": 0.25}


@dataclass(frozen=True)
class Figure:
    """A figure in text. `value` is the stated number (None for vague amounts and ranges);
    `low`/`high` are set for ranges and vague amounts; `about` marks "a dozen"."""
    start: int
    end: int
    text: str
    value: int | None
    low: int | None = None
    high: int | None = None
    kind: str = "number"  # "number", "range" or "vague"
    about: bool = False

    @property
    def magnitude(self) -> int:
        return self.value if self.value is not None else (self.high or self.low or 0)


def find_figures(text: str) -> list[Figure]:
    """Every figure in `text`, in order, ranges joined."""
    lowered = vocabulary.lower_same_length(text)
    vague = _vague_figures(text, lowered) + _share_figures(text, lowered)
    masked = _mask(lowered, vague)
    numbers = [fig for match in NUMBER_RUN.finditer(masked) for fig in _parse_run(text, match)]
    figures = sorted(vague + numbers, key=lambda f: f.start)
    return _join_ranges(text, figures)


@functools.cache
def _vague_pattern() -> re.Pattern:
    return re.compile(rf"\b(?:{vocabulary.alternation(vocabulary.vague_amounts())})\b")


@functools.cache
def _vague_keys() -> re.Pattern | None:
    """A quick test that a text may hold a vague amount: some word of every phrase appears in
    it as it stands. Few sentences pass, and the test costs a third of the full search. Words
    with an apostrophe match either quote, so a phrase made only of such words gets no key,
    and then (None) every text is searched."""
    keys = set()
    for phrase in vocabulary.vague_amounts():
        words = [word for word in phrase.split(" ") if word and not set(word) & set("'’")]
        if not words:
            return None
        keys.add(max(words, key=len))
    # a key containing another key is redundant ("dozens" is found by "dozen")
    keys = {key for key in keys if not any(other != key and other in key for other in keys)}
    return re.compile("|".join(re.escape(key) for key in sorted(keys)))


def _vague_figures(text: str, lowered: str) -> list[Figure]:
    keys = _vague_keys()
    if keys is not None and not keys.search(lowered):
        return []
    table = vocabulary.vague_amounts()
    figures = []
    for match in _vague_pattern().finditer(lowered):
        phrase = " ".join(match.group(0).lower().split())
        low, high = table[phrase]
        end = match.end()
        if phrase.endswith(" of"):  # "hundreds of people": the figure is "hundreds"
            end = match.start() + len(match.group(0).rsplit(None, 1)[0])
        figures.append(Figure(match.start(), end, text[match.start():end], None, low, high, "vague"))
    return figures


def _share_figures(text: str, lowered: str) -> list[Figure]:
    """"half a million", "a quarter of a million": 500,000 and 250,000."""
    if "half" not in lowered and "quarter" not in lowered:
        return []
    return [Figure(m.start(), m.end(), text[m.start():m.end()],
                   int(SHARES[m.group(1) or m.group(2)] * SCALES[m.group(3)]))
            for m in SHARE_OF_SCALE.finditer(lowered)]


def _mask(text: str, figures: list[Figure]) -> str:
    if not figures:
        return text
    chars = list(text)
    for fig in figures:
        chars[fig.start:fig.end] = "#" * (fig.end - fig.start)
    return "".join(chars)


def _parse_run(text: str, match: re.Match) -> list[Figure]:
    """Split one run of number tokens into numbers: "300 and 2,700" is two, "one hundred and
    twenty" is one, "four-thousand-100" is one."""
    tokens = [(m.start() + match.start(), m.end() + match.start(), m.group(0).lower())
              for m in TOKEN.finditer(match.group(0))]
    figures, i = [], 0
    while i < len(tokens):
        value, used, about = _parse_tokens(tokens[i:])
        if used == 0:
            i += 1
            continue
        start, end = tokens[i][0], tokens[i + used - 1][1]
        if value is not None and 0 < value <= MAX_VALUE:
            figures.append(Figure(start, end, text[start:end], value, about=about))
        i += used
    return figures


def _token_value(token: str) -> tuple[str, float] | None:
    if token in UNITS:
        return "unit", UNITS[token]
    if token in TENS:
        return "tens", TENS[token]
    if token in SCALES:
        return "scale", SCALES[token]
    if token == "dozen":
        return "dozen", 12
    if token == "a":
        return "a", 1
    if token == "and":
        return "and", 0
    digits = SEPARATOR.sub("", token)
    scale = 1
    suffix = digits.lstrip("0123456789.")
    if suffix in SCALE_SUFFIXES:
        digits, scale = digits[:-len(suffix)], SCALE_SUFFIXES[suffix]
    if len(digits.partition(".")[0]) > MAX_DIGITS:
        return None  # float() would round it, or overflow to infinity
    try:
        return ("digits" if scale == 1 else "digits-scaled"), float(digits) * scale
    except ValueError:
        return None


def _parse_tokens(tokens) -> tuple[int | None, int, bool]:
    """Parse the longest number at the start of `tokens`; returns (value, tokens used, about)."""
    total, current, used, last, about = 0.0, None, 0, None, False
    for index, (_, _, token) in enumerate(tokens):
        kind_value = _token_value(token)
        if kind_value is None:
            break
        kind, value = kind_value
        if kind == "digits" and DOTTED_THOUSANDS.fullmatch(token) and not _scale_after(tokens, index):
            value = float(token.replace(".", ""))
        if kind == "digits-scaled":
            if used:
                break
            current, used, last = value, index + 1, "scale-big"
            break
        if kind == "and":
            # "one hundred and twenty", "one thousand and five": only after a scale word and
            # before a word number ("1,000 and 5" stays two figures)
            following = _token_value(tokens[index + 1][2]) if index + 1 < len(tokens) else None
            if last in ("scale", "scale-big") and following and following[0] in ("unit", "tens"):
                last = "and"
                continue
            break
        if kind in ("unit", "tens", "digits", "a"):
            if current is None or last in ("scale-big",):
                if kind == "digits" and last == "scale-big" and not _hyphen_before(tokens, index):
                    break
                current = value
            elif last == "tens" and kind == "unit":
                current += value
            elif last in ("scale", "and") and value < 100 and kind != "digits":
                current += value
            elif last == "scale" and kind == "digits" and value < 100 and _hyphen_before(tokens, index):
                current += value
            else:
                break
        elif kind == "scale" and value == 100:
            if last == "scale":
                break
            current = (current if current is not None else 1) * 100
            kind = "scale"
        elif kind == "scale":
            if last in ("scale-big",):
                break
            total += (current if current is not None else 1) * value
            current, kind = None, "scale-big"
        elif kind == "dozen":
            about = True  # "a dozen", "two dozen": round counts (CLAIMS.md: a dozen is about 12)
            current = (current if current is not None else 1) * 12
            kind = "scale"
        last = "tens" if kind == "tens" else kind
        used = index + 1
    if used and tokens[used - 1][2] == "a":  # a bare "a" is not a number
        used -= 1
    value = total + (current or 0)
    return (int(round(value)) if used else None), used, about


def _scale_after(tokens, index: int) -> bool:
    return index + 1 < len(tokens) and tokens[index + 1][2] in SCALES


def _hyphen_before(tokens, index: int) -> bool:
    return index > 0 and tokens[index][0] - tokens[index - 1][1] <= 1


def _join_ranges(text: str, figures: list[Figure]) -> list[Figure]:
    """Join "50 to 70", "50-70", "between 50 and 70" and "from 50 to 70" into one range figure.
    After a verb of change ("rose from 40 to 60") the first figure is an old value: dropped."""
    out: list[Figure] = []
    i = 0
    while i < len(figures):
        first = figures[i]
        if i + 1 < len(figures) and first.kind == "number" and figures[i + 1].kind == "number":
            second = figures[i + 1]
            joiner = text[first.end:second.start]
            before = text[max(0, first.start - 30):first.start]
            is_and = joiner.strip().lower() == "and"
            if RANGE_JOINER.fullmatch(joiner) and second.value > first.value and (
                    not is_and or BETWEEN.search(before)) and not MONTH_BEFORE.search(before):
                if CHANGE_BEFORE_FROM.search(before) or CHANGE_BEFORE_BY.search(before):
                    out.append(second)
                else:
                    out.append(replace(first, end=second.end, text=text[first.start:second.end],
                                       value=None, low=first.value, high=second.value, kind="range"))
                i += 2
                continue
        out.append(first)
        i += 1
    return out
