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

Candidates are found with a handful of compiled regular expressions (linear in the text).
Written-out dates are resolved with plain ``datetime`` arithmetic: their patterns capture month,
day and year, so there is nothing left to guess. Numeric dates ("16.12.2024", "12/16/2024")
are read day first, month first when that is impossible (as ``dateparser`` with
DATE_ORDER DMY then MDY reads them; arithmetic is a thousand times faster, and a text of
thousands of different dates took a minute a megabyte); a two-digit year is in the century
that puts the day on or before publication, give or take the slack of month-days below
("3/4/68" in 2024 is 1968).
"""
from __future__ import annotations

import bisect
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


def after_publication(day: Date, published: Date | None) -> bool:
    """A day past the article's publication (beyond the slack of an announced date): a date
    the text gives for what is to come, never when a claim was made."""
    return published is not None and day > published + _FUTURE_SLACK


# --------------------------------------------------------------------------------------------

_MONTH_NUMBER = {name.lower(): num for name, num, abbrs in _MONTHS for name in (name, *abbrs)}
_WEEKDAY_NUMBER = {name.lower(): num for name, num in _WEEKDAYS}
_FULL_MONTHS = frozenset(name.lower() for name, _, _ in _MONTHS)

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
MONTH_NAME = _MON   # a month's name or abbreviation, capitalised ("Oct", "October"): lib.numbers uses it
_WD = _word_alternation([name for name, _ in _WEEKDAYS])
_DAYNUM = r"(?:3[01]|[12]\d|0?[1-9])"
_ORD = r"(?:st|nd|rd|th)?"
_YEAR = r"(?:19|20)\d\d(?!\d|,\d)"        # "2,000" is a count, not a year
_RANGE_SEP = r"\s*(?:-|–|—|(?i:to|through|and|&))\s*"      # "Dec. 14-15", "December 14 and 15"
_DASH_SEP = r"\s*(?:-|–|—|(?i:to|through))\s*"             # "Dec. 30-Jan. 2" (not "and": a list)
_AFTER_DAY = r"(?!\d|[,.:]\d)"              # "May 4,000", "Dec 3.5", "Jan 10:13" are not days

# Most patterns below start with a literal or a character class, never with an optional group
# or a word boundary, so the regex engine can skip quickly to the places they can match; what
# comes before a match (a preposition, "on", a weekday lead) is checked afterwards with small
# "...$" patterns searched in a short window just before it. Phrases of ordinary words are
# matched on an ASCII-lowercased copy of the text (same length, same offsets).
_RX_MD = re.compile(            # "Dec. 16", "December 14 and 15, 2024", "Dec. 30-Jan. 2"
    rf"(?P<m1>{_MON})(?:\.\s*|\s+)(?P<d1>{_DAYNUM}){_ORD}{_AFTER_DAY}"
    rf"(?:(?:{_RANGE_SEP}|{_DASH_SEP}(?P<m2>{_MON})(?:\.\s*|\s+))(?P<d2>{_DAYNUM}){_ORD}{_AFTER_DAY})?"
    rf"(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_DM = re.compile(            # "16 December", "14-15 December 2024", "16th of December"
    rf"(?P<d1>\d\d?(?!\d)){_ORD}(?:{_RANGE_SEP}(?P<d2>{_DAYNUM}){_ORD})?"   # d1 checked in code
    rf"\s+(?:[Oo][Ff]\s+)?(?P<m1>{_MON})\.?(?:,?\s+(?P<y>{_YEAR}))?"
)
_RX_ISO = re.compile(r"(?P<y>(?:19|20)\d\d)-(?P<m>0[1-9]|1[0-2])-(?P<d>0[1-9]|[12]\d|3[01])(?!\d)")
# What may stand before an explicit date: "on", a weekday ("Monday, Dec. 16", "Monday (Dec. 16)",
# "on Monday Dec 16"); the weekday then joins the mention.
_LEAD = rf"(?:\b(?P<on>[Oo]n)\s+)?(?:(?P<wd>{_WD})(?:\s*,\s*|\s*(?P<paren>\()\s*|\s+))?"
_RX_LEAD_MD = re.compile(_LEAD + "$")
_RX_LEAD_DM = re.compile(_LEAD + r"(?:[Tt]he\s+)?$")
_RX_CLOSE_PAREN = re.compile(r"\s*\)")
_RX_ON_BEFORE = re.compile(r"\bon\s+$")                 # on the lowercased text
_RX_IN_BEFORE = re.compile(r"\bin\s+$")
_RX_LOWER_WORD = re.compile(r"\s+[a-z]")
_RX_LAST_WORD = re.compile(r"\blast\b")

_RX_WEEKDAY = re.compile(rf"(?P<wd>{_WD})(?:\s+(?P<part>(?:night|morning|afternoon|evening)\b))?")
_RX_WEEKDAY_PRE = re.compile(r"\b(?P<pre>on|last|this|next|since|by|until|from)\s+$")

_RX_WEEK_MONTH = re.compile(r"(?P<which>last|this)\s+(?P<unit>week|month)\b")
_RX_WEEK_MONTH_PRE = re.compile(
    r"(?:\b(?:earlier|early|later|late)\s+(?:in\s+)?|\b(?:at\s+)?the\s+(?:end|beginning|start|middle)\s+of\s+)$"
)

_RX_MONTH = re.compile(rf"(?P<m>{_MON})\.?(?:,?\s+(?P<y>{_YEAR}))?")
# "May last year", "March of this year": the year said in words after the month
_RX_YEAR_IN_WORDS = re.compile(r"\s+(?:of\s+)?(?P<which>last|this|next)\s+year\b(?!['’])")
_YEAR_OFFSET = {"last": -1, "this": 0, "next": 1}
_RX_MONTH_PRE = re.compile(
    r"(?:\b(?:in|during|since|throughout|through|until|till|by|from|last|early|late|mid"
    r"|(?:the\s+)?(?:end|beginning|start|middle)\s+of)(?:\s+|-)){1,3}$"
)

# Relative days are found by their key word, then the words around it are checked.
_RX_RELATIVE_KEY = re.compile(r"today|tonight|yesterday|overnight|night|weekend|morning|afternoon|evening")
_RX_REL_TODAY_PRE = re.compile(r"\b(?:earlier|later)\s+$")
_RX_DAY_EARLIER = re.compile(r"^\s*(?:a|one)\s+day\s+(?:earlier|before)\b")
_RX_REL_YDAY_PRE = re.compile(r"\bthe\s+day\s+before\s+$|\b(?:early|late)\s+$")
_RX_REL_PART_AFTER = re.compile(r"\s+(?:morning|afternoon|evening)\b")
_RX_REL_LAST_PRE = re.compile(r"\blast\s+$")
_RX_REL_THIS_PRE = re.compile(r"\bthis\s+$")
_RX_REL_WEEKEND_PRE = re.compile(r"(?:\b(?:over|at|during)\s+)?\b(?:the|last|this)\s+$")
_RX_AGO = re.compile(
    r"(?P<n>an?|one|two|three|four|five|six|seven|eight|nine|ten|\d{1,2})\s+(?P<unit>days?|weeks?)\s+ago\b"
)
_ASCII_LOWER = str.maketrans("ABCDEFGHIJKLMNOPQRSTUVWXYZ", "abcdefghijklmnopqrstuvwxyz")

_PRIORITY = {"explicit": 0, "relative_day": 1, "last_week": 2, "this_week": 2,
             "last_month": 2, "this_month": 2, "month": 3, "weekday": 4}


# The last word of what _RX_LEAD_* / _RX_MONTH_PRE can match: a cheap test before the search.
_LEAD_WORDS = frozenset({"on", "the", *_WEEKDAY_NUMBER})
_MONTH_PRE_WORDS = frozenset({
    "in", "during", "since", "throughout", "through", "until", "till", "by", "from", "last",
    "early", "late", "mid", "of",
})


def _prev_word(low: str, i: int) -> str:
    """The word ending just before ``low[i]``, skipping spaces, "(", "," and "-"."""
    j = i
    while j > 0 and low[j - 1] in " \t\n\r(,-\u00a0":
        j -= 1
    k = j
    while k > 0 and low[k - 1].isalpha():
        k -= 1
    return low[k:j]


def _starts_word(s: str, i: int) -> bool:
    return i == 0 or not s[i - 1].isalnum()


def _ends_word(s: str, i: int) -> bool:
    return i >= len(s) or not s[i].isalnum()


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
# Each generator yields (start, end, kind, date, window); ``low`` is the ASCII-lowercased text.

_Cand = tuple[int, int, str, "Date | None", "tuple[Date, Date] | None"]


def _explicit_spans(text: str, low: str) -> Iterator[tuple[int, int, re.Match, bool]]:
    """(start, end, match, range_ok) of each month-day date, its lead ("on Monday (") included."""
    for rx, lead_rx in ((_RX_MD, _RX_LEAD_MD), (_RX_DM, _RX_LEAD_DM)):
        for m in rx.finditer(text):
            s, e = m.start(), m.end()
            if rx is _RX_DM and s > 0 and (text[s - 1].isalnum() or text[s - 1] in ",.$£€"):
                continue                                  # "1,16 December", "$5 Dec"
            m1, d1 = _MONTH_NUMBER[m.group("m1").lower()], int(m.group("d1"))
            if _safe_date(2000, m1, d1) is None:          # "Feb. 31" (2000 is a leap year)
                continue
            range_ok = True
            if m.group("d2"):
                m2 = _MONTH_NUMBER[m.group("m2").lower()] if rx is _RX_MD and m.group("m2") else m1
                d2 = int(m.group("d2"))
                if _safe_date(2000, m2, d2) is None or (m2 == m1 and d2 <= d1):
                    range_ok = False                      # "Dec. 14-10" is no range: one day
                    if rx is _RX_MD:
                        e = m.end("d1")
                        while e < len(text) and text[e].isalpha():   # ordinal suffix
                            e += 1
            if e == m.end() and text[e - 1] == "." and m.group("m1").lower() in _FULL_MONTHS:
                e -= 1                                    # "16 December." ends a sentence
            start = s
            lead = None
            if s > 0 and _prev_word(low, s) in _LEAD_WORDS:
                lead = lead_rx.search(text, max(0, s - 24), s)
                if lead is not None and lead.start() < s:
                    if lead.group("paren"):
                        close = _RX_CLOSE_PAREN.match(text, e)
                        if close is None:
                            lead = None
                        else:
                            e = close.end()
                    if lead is not None:
                        start = lead.start()
                else:
                    lead = None
            if (rx is _RX_MD and lead is None and not m.group("y") and not m.group("d2")
                    and _RX_IN_BEFORE.search(low, max(0, s - 4), s) and _RX_LOWER_WORD.match(text, e)):
                continue       # "in March 15 soldiers were killed": a month, then a count
            yield start, e, m, range_ok


def _explicit(text: str, low: str, published: Date | None, ref_year: int | None) -> Iterator[_Cand]:
    for start, end, m, range_ok in _explicit_spans(text, low):
        m1, d1 = _MONTH_NUMBER[m.group("m1").lower()], int(m.group("d1"))
        d2 = int(m.group("d2")) if range_ok and m.group("d2") else None
        m2_name = m.groupdict().get("m2")
        m2 = _MONTH_NUMBER[m2_name.lower()] if m2_name else m1
        if m.group("y"):
            year = int(m.group("y"))
            if d2 is not None and m2 < m1:                # "Dec. 30-Jan. 2, 2025"
                year -= 1
            first = _safe_date(year, m1, d1)
            if first is None:                             # Feb. 29 of a common year
                continue
        else:
            first = _month_day(m1, d1, published, ref_year)
        if first is None:
            yield (start, end, "explicit", None, None)
            continue
        last = first
        if d2 is not None:
            last = _safe_date(first.year + (1 if m2 < m1 else 0), m2, d2) or first
        yield (start, end, "explicit", first, (first, last))
    if "-" in text:
        for m in _RX_ISO.finditer(text):
            s = m.start()
            if s > 0 and (text[s - 1].isdigit() or text[s - 1] == "-"):
                continue
            d = _safe_date(int(m.group("y")), int(m.group("m")), int(m.group("d")))
            if d is None:
                continue
            on = _RX_ON_BEFORE.search(low, max(0, s - 6), s)
            yield (on.start() if on else s, m.end(), "explicit", d, (d, d))


# Numeric dates ("16.12.2024", "12/16/2024", "16/12/24") are ambiguous in their order of day
# and month: day first unless that is impossible. A full stop may end the sentence after one.
_RX_NUMERIC = re.compile(r"(?<![\d./-])(\d{1,2})([./])(\d{1,2})\2((?:19|20)?\d\d)(?![\d/-]|\.\d)")


def _parse_numeric(m: re.Match, published: Date | None) -> Date | None:
    first, second, year_text = int(m.group(1)), int(m.group(3)), m.group(4)
    year = int(year_text)
    if len(year_text) == 2:
        if published is None:   # the strptime rule: 00-68 are 2000-2068, 69-99 are 1969-1999
            year += 2000 if year <= 68 else 1900
        else:   # the century that puts the day on or before publication (give or take the slack)
            year += published.year - published.year % 100
            d = _safe_date(year, second, first) or _safe_date(year, first, second)
            if d is None or d > published + _FUTURE_SLACK:
                year -= 100
    return _safe_date(year, second, first) or _safe_date(year, first, second)


def _numeric(text: str, published: Date | None) -> Iterator[_Cand]:
    if "/" not in text and "." not in text:
        return
    for m in _RX_NUMERIC.finditer(text):
        d = _parse_numeric(m, published)
        if d is not None:
            yield (m.start(), m.end(), "explicit", d, (d, d))


def _weekdays(text: str, low: str, published: Date | None) -> Iterator[_Cand]:
    if "day" not in low:
        return
    for m in _RX_WEEKDAY.finditer(text):
        s = m.start()
        if not _starts_word(text, s):
            continue
        kind = "relative_day" if m.group("part") else "weekday"
        pre_m = _RX_WEEKDAY_PRE.search(low, max(0, s - 8), s)
        start = pre_m.start() if pre_m else s
        if published is None:
            yield (start, m.end(), kind, None, None)
            continue
        wd = _WEEKDAY_NUMBER[m.group("wd").lower()]
        pre = pre_m.group("pre") if pre_m else ""
        if pre == "next":
            d = published + datetime.timedelta(days=(wd - published.weekday()) % 7 or 7)
        else:
            d = _weekday_on_or_before(published, wd, strictly_before=(pre == "last"))
        yield (start, m.end(), kind, d, (d, d))


def _weeks_months(low: str, published: Date | None) -> Iterator[_Cand]:
    if "week" not in low and "month" not in low:
        return
    for m in _RX_WEEK_MONTH.finditer(low):
        s = m.start()
        if not _starts_word(low, s):
            continue
        pre = _RX_WEEK_MONTH_PRE.search(low, max(0, s - 32), s)
        if pre is None and _prev_word(low, s) == "the":
            continue    # "in the last week": the past seven days, a span and not a date
        start = pre.start() if pre else s
        which, unit = m.group("which"), m.group("unit")
        kind = f"{which}_{unit}"
        if published is None:
            yield (start, m.end(), kind, None, None)
            continue
        if unit == "week":
            monday = published - datetime.timedelta(days=published.weekday())
            if which == "last":
                first = monday - datetime.timedelta(days=7)
                yield (start, m.end(), kind, first, (first, first + datetime.timedelta(days=6)))
            else:
                yield (start, m.end(), kind, monday, (monday, published))
        else:
            first = published.replace(day=1)
            if which == "last":
                prev_end = first - _DAY1
                prev_first = prev_end.replace(day=1)
                yield (start, m.end(), kind, prev_first, (prev_first, prev_end))
            else:
                yield (start, m.end(), kind, published, (first, published))


def _months(text: str, low: str, published: Date | None, ref_year: int | None) -> Iterator[_Cand]:
    for m in _RX_MONTH.finditer(text):
        s, y = m.start(), m.group("y")
        pre = None
        if s > 0 and _prev_word(low, s) in _MONTH_PRE_WORDS:
            pre = _RX_MONTH_PRE.search(low, max(0, s - 40), s)
        in_words = None if y else _RX_YEAR_IN_WORDS.match(low, m.end())
        if pre is None and not y and in_words is None:
            continue                        # a bare "March" / "May" is too ambiguous
        start, end = (pre.start() if pre else s), (in_words.end() if in_words else m.end())
        if in_words is None and text[end - 1] == "." and m.group("m").lower() in _FULL_MONTHS:
            end -= 1                        # "in December." ends a sentence
        month = _MONTH_NUMBER[m.group("m").lower()]
        base_year = published.year if published is not None else ref_year
        if y:
            year = int(y)
        elif in_words is not None and base_year is not None:
            year = base_year + _YEAR_OFFSET[in_words.group("which")]
        elif published is not None:
            if _RX_LAST_WORD.search(pre.group(0)):   # "last December": before this month
                year = published.year if month < published.month else published.year - 1
            else:
                year = published.year if month <= published.month else published.year - 1
        elif ref_year is not None:
            year = ref_year
        else:
            yield (start, end, "month", None, None)
            continue
        first, last = Date(year, month, 1), _month_end(year, month)
        if published is not None and first <= published < last:
            last = published                # no claim can be dated after publication
        yield (start, end, "month", first, (first, last))


def _relative(text: str, low: str, published: Date | None) -> Iterator[_Cand]:
    """(start, end, days before publication, window) of "yesterday", "last night", "two days ago"..."""
    found: list[tuple[int, int, str]] = []          # (start, end, what)
    for m in _RX_RELATIVE_KEY.finditer(low):
        s, e, key = m.start(), m.end(), m.group(0)
        if not (_starts_word(low, s) and _ends_word(low, e)):
            continue
        lo = max(0, s - 24)
        if key == "today":
            if text.startswith("Today", s):
                # "USA Today", "Russia Today": a capitalised Today right after a word is a name.
                k = s - 1
                while k >= 0 and text[k] == " ":
                    k -= 1
                if k >= 0 and text[k].isalpha():
                    continue
            pre = _RX_REL_TODAY_PRE.search(low, lo, s)
            found.append((pre.start() if pre else s, e, "today"))
        elif key == "tonight":
            found.append((s, e, "today"))
        elif key == "yesterday":
            pre = _RX_REL_YDAY_PRE.search(low, lo, s)
            after = _RX_REL_PART_AFTER.match(low, e)
            what = "day_before_yesterday" if pre and pre.group(0).startswith("the") else "yesterday"
            found.append((pre.start() if pre else s, after.end() if after else e, what))
        elif key == "overnight":
            found.append((s, e, "night"))
        elif key == "night":
            pre = _RX_REL_LAST_PRE.search(low, lo, s)
            if pre:
                found.append((pre.start(), e, "night"))
        elif key == "weekend":
            pre = _RX_REL_WEEKEND_PRE.search(low, lo, s)
            if pre:
                found.append((pre.start(), e, "last_weekend" if "last" in pre.group(0) else "weekend"))
        else:                                       # morning / afternoon / evening
            pre = _RX_REL_THIS_PRE.search(low, lo, s)
            if pre:
                found.append((pre.start(), e, "today"))
    if "day" in low:
        # "A day earlier, the ministry said ...": the day before the article's
        for m in _RX_DAY_EARLIER.finditer(low):
            found.append((m.start(), m.end(), "yesterday"))
    if "ago" in low:
        for m in _RX_AGO.finditer(low):
            if _starts_word(low, m.start()):
                n = int(m.group("n")) if m.group("n").isdigit() else _COUNT_WORDS[m.group("n")]
                days = n * (7 if m.group("unit").startswith("week") else 1)
                found.append((m.start(), m.end(), f"ago:{days}"))
    for s, e, what in found:
        if published is None:
            yield (s, e, "relative_day", None, None)
            continue
        p = published
        if what == "today":
            d, w = p, None
        elif what == "yesterday":
            d, w = p - _DAY1, None
        elif what == "day_before_yesterday":
            d, w = p - 2 * _DAY1, None
        elif what == "night":
            d, w = p - _DAY1, (p - _DAY1, p)
        elif what.startswith("ago:"):
            d, w = p - datetime.timedelta(days=int(what[4:])), None
        else:   # the weekend: the latest Saturday-Sunday that has begun ("last weekend": the one before)
            sat = _weekday_on_or_before(p, 5)
            if what == "last_weekend" and p - sat <= _DAY1:
                sat -= datetime.timedelta(days=7)
            d, w = sat, (sat, min(sat + _DAY1, p))
        yield (s, e, "relative_day", d, w or (d, d))


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
    if not text:
        return []
    published = _as_date(published)
    low = text.lower() if text.isascii() else text.translate(_ASCII_LOWER)
    cands: list[_Cand] = [
        *_explicit(text, low, published, reference_year),
        *_numeric(text, published),
        *_relative(text, low, published),
        *_weeks_months(low, published),
        *_months(text, low, published, reference_year),
        *_weekdays(text, low, published),
    ]
    if not cands:
        return []
    if len(cands) > 1:
        cands.sort(key=lambda c: (_PRIORITY[c[2]], c[0] - c[1], c[0]))
        taken: list[_Cand] = []      # in order of start, never overlapping: a candidate can
        starts: list[int] = []       # only overlap the one before or after where it would go
        for c in cands:
            i = bisect.bisect_right(starts, c[0])
            if (i == 0 or taken[i - 1][1] <= c[0]) and (i == len(taken) or c[1] <= taken[i][0]):
                taken.insert(i, c)
                starts.insert(i, c[0])
        cands = taken
    return [DateMention(s, e, text[s:e], kind, d, w) for s, e, kind, d, w in cands]


def reference_year(article_text: str) -> int | None:
    """The year to give month-day dates when the article has no publication date.

    It is the year of the explicit full dates in the text ("Dec. 17, 2024", "17 December 2024",
    "2024-12-17"): the most frequent one, ties going to the first seen. None when the text
    has no full date.
    """
    if not article_text:
        return None
    seen: list[tuple[int, int]] = []                # (position, year)
    for c in _explicit(article_text, article_text.translate(_ASCII_LOWER), None, None):
        if c[3] is not None:                        # without published/ref only full dates resolve
            seen.append((c[0], c[3].year))
    if not seen:
        return None
    seen.sort()
    counts = Counter(y for _, y in seen)
    best = max(counts.values())
    return next(y for _, y in seen if counts[y] == best)
