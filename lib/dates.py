"""Time expressions in a sentence, resolved against the article's publication date.

The extractor finds casualty figures; this module finds the words that say *when* a figure was
given ("on Tuesday", "Dec. 16", "last week") and turns them into a day and a window of days,
following ../shared/CLAIMS.md ("Who and when") and the annotation guide (rule 7):

- an explicit date with a year is that day; a month and day without a year take the year of
  publication (the previous year when that would put the day more than two weeks after
  publication), else ``reference_year``, else no date;
- a weekday is the latest such day on or before publication ("Monday" in a Monday article is
  that day);
- "last week" is Monday-Sunday of the previous ISO week; "this week" is Monday to publication;
- "last month" is the whole previous month; "this month" / "earlier this month" is the first of
  the month to publication;
- a month name without a day ("in January") is the most recent such month on or before
  publication, or the named year's;
- "yesterday" / "today" and their kin are plain offsets from publication.

Candidates are found with a handful of compiled regular expressions (linear in the text) and
resolved with plain ``datetime`` arithmetic: every candidate pattern captures its month, day
and year as groups, so there is nothing left for a general date parser to guess, and the
module stays fast (no ``dateparser`` import, no whole-text ``search_dates``).
"""
from __future__ import annotations

import calendar
import datetime
import re
from collections import Counter
from dataclasses import dataclass
from typing import Iterator

__all__ = ["DateMention", "KINDS", "find_dates", "reference_year"]

Date = datetime.date
_DAY1 = datetime.timedelta(days=1)

# --------------------------------------------------------------------------------------------
# Vocabulary.
# Month: canonical name, number, accepted abbreviations (each may carry a trailing dot:
# "Jan." / "Jan"). Names must start with a capital letter ("May 5" is a date, "may" is not);
# the rest of the word may be in any case, so all-caps headlines ("DECEMBER 16") still match.
_MONTHS: tuple[tuple[str, int, tuple[str, ...]], ...] = (
    ("January", 1, ("Jan",)),
    ("February", 2, ("Feb",)),
    ("March", 3, ("Mar",)),
    ("April", 4, ("Apr",)),
    ("May", 5, ()),
    ("June", 6, ("Jun",)),
    ("July", 7, ("Jul",)),
    ("August", 8, ("Aug",)),
    ("September", 9, ("Sept", "Sep")),
    ("October", 10, ("Oct",)),
    ("November", 11, ("Nov",)),
    ("December", 12, ("Dec",)),
)
# Weekday: name -> datetime.weekday() number. Full names only ("Tue" is too rare in prose to
# be worth the false hits); same capitalisation rule as months.
_WEEKDAYS: tuple[tuple[str, int], ...] = (
    ("Monday", 0), ("Tuesday", 1), ("Wednesday", 2), ("Thursday", 3),
    ("Friday", 4), ("Saturday", 5), ("Sunday", 6),
)
# Small counts in "two days ago" / "a week ago".
_COUNT_WORDS = {
    "a": 1, "an": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
    "six": 6, "seven": 7, "eight": 8, "nine": 9, "ten": 10,
}
# A month-day without a year may lie at most this far after publication (an announced date);
# further than that it is read as last year's ("Dec. 27" in a January article).
_FUTURE_SLACK = datetime.timedelta(days=14)
# --------------------------------------------------------------------------------------------

_MONTH_NUMBER = {name.lower(): num for name, num, abbrs in _MONTHS for name in (name, *abbrs)}
_WEEKDAY_NUMBER = {name.lower(): num for name, num in _WEEKDAYS}

KINDS = (
    "explicit", "weekday", "last_week", "this_week", "last_month", "this_month", "month",
    "relative_day",
)


@dataclass(frozen=True)
class DateMention:
    """One time expression: its span in the searched string and what it resolves to.

    ``kind`` is one of ``KINDS``. ``date`` is the resolved day and ``window`` the inclusive
    range of days the expression allows; both are None when the expression cannot be resolved
    (no publication date, or a month-day with no year to give it).
    """

    start: int
    end: int
    text: str
    kind: str
    date: Date | None
    window: tuple[Date, Date] | None


def _word_alternation(names: list[str]) -> str:
    """Longest first; capital first letter required, the rest case-insensitive."""
    names = sorted(names, key=len, reverse=True)
    return "(?:" + "|".join(f"{n[0]}(?i:{n[1:]})" for n in names) + r")\b"


_MON = _word_alternation(list({n for name, _, abbrs in _MONTHS for n in (name, *abbrs)}))
_WD = _word_alternation([name for name, _ in _WEEKDAYS])
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d(?!\d|,\d)"        # "2,000" is a count, not a year
_RANGE_SEP = r"\s*(?:-|–|—|(?i:to|through|and|&))\s*"      # "Dec. 14-15", "December 14 and 15"
_DASH_SEP = r"\s*(?:-|–|—|(?i:to|through))\s*"             # "Dec. 30-Jan. 2" (not "and": a list)
_AFTER_DAY = r"(?!\d|[,.:]\d)"              # "May 4,000", "Dec 3.5", "Jan 10:13" are not days
# "Monday, Dec. 16" / "Monday (Dec. 16)" / "on Monday Dec 16": the weekday joins the mention.
_WD_LEAD = rf"(?:(?P<wd>{_WD})(?:\s*,\s*|\s*(?P<paren>\()\s*|\s+))?"
_ON = r"(?:\b(?P<on>[Oo]n)\s+)?"
_PAREN_CLOSE = r"(?(paren)\s*\))"

_RX_MONTH_DAY = re.compile(
    rf"{_ON}{_WD_LEAD}"
    rf"(?P<m1>{_MON})(?:\.\s*|\s+)(?P<d1>{_DAYNUM}){_ORD}{_AFTER_DAY}"
    rf"(?:(?:{_RANGE_SEP}|{_DASH_SEP}(?P<m2>{_MON})(?:\.\s*|\s+))(?P<d2>{_DAYNUM}){_ORD}{_AFTER_DAY})?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
    rf"{_PAREN_CLOSE}"
)
_RX_DAY_MONTH = re.compile(
    rf"{_ON}{_WD_LEAD}"
    rf"(?:(?i:the)\s+)?(?<![\d,.$£€])\b(?P<d1>{_DAYNUM}){_ORD}"
    rf"(?:{_RANGE_SEP}(?P<d2>{_DAYNUM}){_ORD})?"
    rf"\s+(?:(?i:of)\s+)?(?P<m1>{_MON})\.?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
    rf"{_PAREN_CLOSE}"
)
_RX_ISO = re.compile(
    rf"{_ON}(?<![\d-])(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)"
)
_RX_WEEKDAY = re.compile(
    rf"(?:\b(?P<pre>(?i:on|last|this|next|since|by|until|from))\s+)?"
    rf"(?P<wd>{_WD})"
    rf"(?:\s+(?P<part>(?i:night|morning|afternoon|evening)))?"
)
_RX_WEEK_MONTH = re.compile(
    r"(?i:\b(?:(?:earlier|early|later|late)\s+(?:in\s+)?"
    r"|(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)?"
    r"(?P<which>last|this)\s+(?P<unit>week|month)\b)"
)
_RX_MONTH = re.compile(
    r"(?P<pre>\b(?i:(?:in|during|since|throughout|through|until|till|by|from|last|early|late"
    r"|mid|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-)){1,3})?"
    rf"(?P<m>{_MON})\.?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_RELATIVE = re.compile(
    r"(?i:\b(?:"
    r"(?P<dby>the\s+day\s+before\s+yesterday)"
    r"|(?P<today>(?:earlier\s+|later\s+)?today|tonight|this\s+(?:morning|afternoon|evening))"
    r"|(?P<yday>(?:early\s+|late\s+)?yesterday(?:\s+(?:morning|afternoon|evening))?)"
    r"|(?P<night>last\s+night|overnight)"
    r"|(?P<n>a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+"
    r"(?P<unit>days?|weeks?)\s+ago"
    r"|(?P<wkend>(?:over\s+|at\s+|during\s+)?(?:the|last|this)\s+weekend)"
    r")\b)"
)
# Cheap pre-check: a text with none of these cannot hold a mention.
_RX_ANY = re.compile(
    rf"\d|{_MON}|{_WD}|(?i:today|tonight|yesterday|night|week|month|morning|afternoon|evening|ago)"
)

_RX_IN_BEFORE = re.compile(r"(?i:\bin)\s+$")
_RX_LOWER_WORD = re.compile(r"\s+[a-z]")

_PRIORITY = {"explicit": 0, "relative_day": 1, "last_week": 2, "this_week": 2,
             "last_month": 2, "this_month": 2, "month": 3, "weekday": 4}


# ----------------------------------------------------------------------------- date helpers

def _safe_date(year: int, month: int, day: int) -> Date | None:
    try:
        return Date(year, month, day)
    except ValueError:
        return None


def _month_end(year: int, month: int) -> Date:
    return Date(year, month, calendar.monthrange(year, month)[1])


def _month_day(month: int, day: int, published: Date | None, ref_year: int | None) -> Date | None:
    """A month-day without a year: publication year (previous one if too far ahead), else ref."""
    if published is not None:
        d = _safe_date(published.year, month, day)
        if d is None or d > published + _FUTURE_SLACK:
            d = _safe_date(published.year - 1, month, day)
        return d
    if ref_year is not None:
        return _safe_date(ref_year, month, day)
    return None


def _weekday_on_or_before(published: Date, weekday: int, strictly_before: bool = False) -> Date:
    delta = (published.weekday() - weekday) % 7
    if strictly_before and delta == 0:
        delta = 7
    return published - datetime.timedelta(days=delta)


def _as_date(value: object) -> Date | None:
    if value is None or value == "":
        return None
    if isinstance(value, datetime.datetime):      # also pandas.Timestamp
        return value.date()
    if isinstance(value, Date):
        return value
    if isinstance(value, str):
        try:
            return Date.fromisoformat(value.strip())
        except ValueError:
            return datetime.datetime.fromisoformat(value.strip()).date()
    raise TypeError(f"published must be a date, not {type(value).__name__}")


# ----------------------------------------------------------------------------- candidates
# Each generator yields (start, end, kind, date, window).

_Cand = tuple[int, int, str, "Date | None", "tuple[Date, Date] | None"]


def _explicit_from_match(m: re.Match, published: Date | None, ref_year: int | None) -> _Cand | None:
    g = m.groupdict()
    m1, d1 = _MONTH_NUMBER[g["m1"].lower()], int(g["d1"])
    if _safe_date(2000, m1, d1) is None:                  # "Feb. 31" (2000 is a leap year)
        return None
    if m.re is _RX_MONTH_DAY and not (g["y"] or g["d2"] or g["on"] or g["wd"]):
        # "in March 15 soldiers were killed": a month, then a count; _RX_MONTH takes it.
        if _RX_IN_BEFORE.search(m.string, max(0, m.start() - 4), m.start()) \
                and _RX_LOWER_WORD.match(m.string, m.end()):
            return None
    d2 = int(g["d2"]) if g["d2"] else None
    m2 = _MONTH_NUMBER[g["m2"].lower()] if g.get("m2") else m1
    if d2 is not None and (_safe_date(2000, m2, d2) is None or (m2 == m1 and d2 <= d1)):
        d2 = None                                         # "Dec. 14-10" is no range
        end = _end_of_day_number(m)
    else:
        end = m.end()
    if g["y"]:
        year = int(g["y"])
        if d2 is not None and m2 < m1:                    # "Dec. 30-Jan. 2, 2025"
            year -= 1
        first = _safe_date(year, m1, d1)
        if first is None:                                 # Feb. 29 of a common year
            return None
    else:
        first = _month_day(m1, d1, published, ref_year)
    if first is None:
        return (m.start(), end, "explicit", None, None)
    last = first
    if d2 is not None:
        last = _safe_date(first.year + (1 if m2 < m1 else 0), m2, d2) or first
    return (m.start(), end, "explicit", first, (first, last))


def _end_of_day_number(m: re.Match) -> int:
    end = m.end("d1")
    while end < len(m.string) and m.string[end].isalpha():      # ordinal suffix
        end += 1
    if m.re is _RX_DAY_MONTH:                                   # the month follows the day
        return m.end("m1")
    return end


def _explicit(text: str, published: Date | None, ref_year: int | None) -> Iterator[_Cand]:
    for rx in (_RX_MONTH_DAY, _RX_DAY_MONTH):
        for m in rx.finditer(text):
            cand = _explicit_from_match(m, published, ref_year)
            if cand is not None:
                yield cand
    for m in _RX_ISO.finditer(text):
        d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
        if d is not None:
            yield (m.start(), m.end(), "explicit", d, (d, d))


def _weekdays(text: str, published: Date | None) -> Iterator[_Cand]:
    for m in _RX_WEEKDAY.finditer(text):
        kind = "relative_day" if m.group("part") else "weekday"
        if published is None:
            yield (m.start(), m.end(), kind, None, None)
            continue
        wd = _WEEKDAY_NUMBER[m.group("wd").lower()]
        pre = (m.group("pre") or "").lower()
        if pre == "next":
            delta = (wd - published.weekday()) % 7 or 7
            d = published + datetime.timedelta(days=delta)
        else:
            d = _weekday_on_or_before(published, wd, strictly_before=(pre == "last"))
        yield (m.start(), m.end(), kind, d, (d, d))


def _weeks_months(text: str, published: Date | None) -> Iterator[_Cand]:
    for m in _RX_WEEK_MONTH.finditer(text):
        which, unit = m.group("which").lower(), m.group("unit").lower()
        kind = f"{which}_{unit}"
        if published is None:
            yield (m.start(), m.end(), kind, None, None)
            continue
        if unit == "week":
            monday = published - datetime.timedelta(days=published.weekday())
            if which == "last":
                start = monday - datetime.timedelta(days=7)
                yield (m.start(), m.end(), kind, start, (start, start + datetime.timedelta(days=6)))
            else:
                yield (m.start(), m.end(), kind, monday, (monday, published))
        else:
            first = published.replace(day=1)
            if which == "last":
                prev_end = first - _DAY1
                prev_first = prev_end.replace(day=1)
                yield (m.start(), m.end(), kind, prev_first, (prev_first, prev_end))
            else:
                yield (m.start(), m.end(), kind, published, (first, published))


def _months(text: str, published: Date | None, ref_year: int | None) -> Iterator[_Cand]:
    for m in _RX_MONTH.finditer(text):
        pre, y = m.group("pre"), m.group("y")
        if not pre and not y:
            continue                        # a bare "March" / "May" is too ambiguous
        month = _MONTH_NUMBER[m.group("m").lower()]
        if y:
            year = int(y)
        elif published is not None:
            if re.search(r"(?i:\blast\b)", pre):
                year = published.year if month < published.month else published.year - 1
            else:
                year = published.year if month <= published.month else published.year - 1
        elif ref_year is not None:
            year = ref_year
        else:
            yield (m.start(), m.end(), "month", None, None)
            continue
        first, last = Date(year, month, 1), _month_end(year, month)
        if published is not None and first <= published < last:
            last = published                # no claim can be dated after publication
        yield (m.start(), m.end(), "month", first, (first, last))


def _relative(text: str, published: Date | None) -> Iterator[_Cand]:
    for m in _RX_RELATIVE.finditer(text):
        s = m.group(0)
        if s[0] == "T" and s[:5] == "Today":
            # "USA Today", "Russia Today": a capitalised Today after a word is a name.
            k = m.start() - 1
            while k >= 0 and text[k] == " ":
                k -= 1
            if k >= 0 and text[k].isalpha():
                continue
        if published is None:
            yield (m.start(), m.end(), "relative_day", None, None)
            continue
        p = published
        if m.group("dby"):
            d, w = p - 2 * _DAY1, None
        elif m.group("today"):
            d, w = p, None
        elif m.group("yday"):
            d, w = p - _DAY1, None
        elif m.group("night"):
            d, w = p - _DAY1, (p - _DAY1, p)
        elif m.group("n"):
            n_txt = m.group("n").lower()
            n = int(n_txt) if n_txt.isdigit() else _COUNT_WORDS[n_txt]
            days = n * (7 if m.group("unit").lower().startswith("week") else 1)
            d, w = p - datetime.timedelta(days=days), None
        else:   # the weekend: the latest Saturday-Sunday that has begun ("last weekend": the one before)
            sat = _weekday_on_or_before(p, 5)
            if "last" in s.lower() and p - sat <= _DAY1:
                sat -= datetime.timedelta(days=7)
            d, w = sat, (sat, min(sat + _DAY1, p))
        yield (m.start(), m.end(), "relative_day", d, w or (d, d))


# ----------------------------------------------------------------------------- public API

def find_dates(
    text: str,
    published: Date | None,
    reference_year: int | None = None,
) -> list[DateMention]:
    """Every time expression in ``text``, in order, resolved against ``published``.

    ``published`` is the article's publication date (a ``date``; a ``datetime`` or an ISO
    string is accepted too). Without it, only explicit dates with a year resolve, plus
    month-day dates and month names when ``reference_year`` is given (see ``reference_year()``);
    everything else comes back with ``date`` and ``window`` None. Overlapping candidates are
    settled in favour of the more specific one (an explicit date beats a weekday or a month).
    """
    if not text or not _RX_ANY.search(text):
        return []
    published = _as_date(published)
    cands: list[_Cand] = [
        *_explicit(text, published, reference_year),
        *_relative(text, published),
        *_weeks_months(text, published),
        *_months(text, published, reference_year),
        *_weekdays(text, published),
    ]
    if not cands:
        return []
    cands.sort(key=lambda c: (_PRIORITY[c[2]], c[0] - c[1], c[0]))
    taken: list[_Cand] = []
    for c in cands:
        if all(c[1] <= t[0] or c[0] >= t[1] for t in taken):
            taken.append(c)
    taken.sort(key=lambda c: c[0])
    return [DateMention(s, e, text[s:e], kind, d, w) for s, e, kind, d, w in taken]


def reference_year(article_text: str) -> int | None:
    """The year to give month-day dates when the article has no publication date.

    It is the year of the explicit full dates in the text ("Dec. 17, 2024", "17 December 2024",
    "2024-12-17"): the most frequent one, ties going to the first seen. None when the text
    has no full date.
    """
    if not article_text:
        return None
    seen: list[tuple[int, int]] = []                # (position, year)
    for rx in (_RX_MONTH_DAY, _RX_DAY_MONTH, _RX_ISO):
        for m in rx.finditer(article_text):
            if m.group("y"):
                seen.append((m.start(), int(m.group("y"))))
    if not seen:
        return None
    seen.sort()
    counts = Counter(y for _, y in seen)
    best = max(counts.values())
    return next(y for _, y in seen if counts[y] == best)
