"""Which figure in a sentence does each casualty word count?

A pipeline over one tokenised sentence:
1. `casualty_words`  - the casualty phrases of lib/vocab/casualty_terms.tsv, longest first;
2. `reject_reason`   - figures that count something else (percentages, units, years, ages,
                       money, force sizes, dates) are kept as blockers but never linked;
3. `link`            - each casualty word proposes figures: the nearest one before it
                       ("300 soldiers were killed"), one right after an active verb ("killed 50
                       soldiers"), or one after a toll construction ("the death toll rose to
                       558"); proposals are accepted nearest first, one figure per word and one
                       word per figure.
"""
from __future__ import annotations

import bisect
import functools
from dataclasses import dataclass, replace

from lib import vocabulary
from lib.text import Token, token_ranges

MAX_BACKWARD = 14      # tokens between a figure and a casualty word after it
MAX_TOLL = 24          # tokens between "death toll" and the figure it reaches ("the toll from <a long
                       # description of the attack> has risen to 74")
MIN_VAGUE_HIGH = 10    # "a few" and "several" alone are too vague to chart
PASSIVE = frozenset("was were been be being is are get got gets".split())
AUXILIARIES = PASSIVE | frozenset("have has had".split())
ADVERBS = frozenset("reportedly also already allegedly now since then just all reported "
                    "believed thought said estimated".split())
FORWARD_SKIP = frozenset("at least more than over about around nearly almost up to as many some "
                         "another an estimated approximately roughly close no fewer less under a "
                         "total of well just further additional other between upwards".split())
TOLL_LINKS = frozenset("to at reached reach reaches reaching stands stood stand exceeded exceeds "
                       "surpassed surpasses crossed crosses topped tops hit hits amounted amount "
                       "amounts totaled totalled totals is was were are be rose risen climbed "
                       "jumped passed passes pass exceed surpass top reach near nearing neared "
                       "approach approaching of range ranges ranging between : =".split())
DETAINEES = frozenset("political jailed detained convicted".split())
# the words of a list of fates after one "the" ("the killed, wounded and missing")
LIST_SEPARATORS = frozenset(", and or".split())
FATE_LIST = LIST_SEPARATORS | frozenset("killed wounded injured dead missing captured".split())
# the last word of a place named after casualties ("Martyrs Hospital", "Martyrs' Square")
PLACE_NAME_HEADS = frozenset("hospital square street avenue road bridge cemetery memorial mosque stadium "
                             "school brigade brigades park".split())
# prepositions that put a casualty noun in a phrase of its own, apart from a figure before it
NOUN_BARRIERS = frozenset("in on with against after from".split())
# words after a hyphen that leave the figure a count ("100-plus", "40-odd")
COUNT_SUFFIXES = frozenset("plus odd".split())
FRACTIONS = frozenset("half third thirds quarter quarters fifth fifths tenth tenths".split())
PEOPLE_AFTER_DEPLOYMENT = 6
TIME_UNITS = frozenset("day days week weeks month months year years hour hours minutes".split())
FUNCTION_AFTER = frozenset("last this next per a an each every in on over of the and or".split())
# words for people that may stand between a figure and a unit-like word ("40 people per day")
PEOPLE_WORDS = frozenset("people persons civilians soldiers troops children women men residents "
                         "villagers servicemen fighters militants police officers".split())


@dataclass(frozen=True)
class CasualtyWord:
    first: int   # token indices, inclusive
    last: int
    category: str
    role: str


@dataclass(frozen=True)
class Link:
    figure: int          # token index of the figure
    word: CasualtyWord
    direction: str       # "backward", "forward", "toll", "coordinated" (a second figure of
                         # the same word) or "previous" (an earlier value: "rose to 262 from 231")


@functools.cache
def _casualty_matcher() -> tuple[vocabulary.PhraseMatcher, dict[str, vocabulary.CasualtyTerm]]:
    terms = {vocabulary.phrase_key(t.phrase): t for t in vocabulary.casualty_terms()}
    return vocabulary.PhraseMatcher(terms), terms


def find_casualty_spans(text: str) -> list[tuple[int, int]]:
    """Where casualty words stand in a text (one pass; callers split it by sentence)."""
    return _casualty_matcher()[0].find(text)


def casualty_words(sentence: str, tokens: list[Token], spans=None) -> list[CasualtyWord]:
    """The casualty words of a sentence as token ranges; `spans` are their offsets in the
    sentence when already found."""
    matcher, terms = _casualty_matcher()
    words = []
    found = spans if spans is not None else matcher.find(sentence)
    for first, last, start, end in token_ranges(tokens, found):
        if _inside_a_name(tokens, first, last):
            continue
        term = terms[vocabulary.phrase_key(sentence[start:end])]
        words.append(CasualtyWord(first, last, term.category, term.role))
    return words


def _inside_a_name(tokens: list[Token], first: int, last: int) -> bool:
    """"the Al-Aqsa Martyrs Hospital", "Martyrs Square": a capitalised casualty word in the
    name of a place (not a title-case headline's "Soldiers Killed In Russia")."""
    if last + 1 >= len(tokens) or not tokens[first].text[:1].isupper():
        return False
    after = tokens[last + 1]
    return after.text[:1].isupper() and after.lower in PLACE_NAME_HEADS


def question_category(sentence: str, spans) -> str | None:
    """The category a question asks about ("How many people have died?": killed), or None
    for a sentence that is no question or names no casualty."""
    if not sentence.rstrip('"”’\' ').endswith("?") or not spans:
        return None
    start, end = spans[0]
    return _casualty_matcher()[1][vocabulary.phrase_key(sentence[start:end])].category


ANSWER_REACH = 4   # tokens from an answer's start to its figure ("At least 300, ...")


def answer(tokens: list[Token], rejected: dict[int, str], category: str) -> list[Link]:
    """"How many people have died? At least 300, according to the ministry.": the figure that
    opens the answer counts what the question asked."""
    for i, token in enumerate(tokens[:ANSWER_REACH]):
        if token.figure:
            return [] if i in rejected else [Link(i, CasualtyWord(i, i, category, "noun"), "answer")]
        if token.lower not in FORWARD_SKIP:
            return []
    return []


def reject_reason(tokens: list[Token], index: int, date_spans=()) -> str | None:
    """Why the figure at `index` is not a casualty count, or None when it may be one.
    `date_spans` are the sentence's dates, in order and not overlapping (as dates.find_dates
    gives them)."""
    figure = tokens[index].figure
    after = tokens[index + 1].lower if index + 1 < len(tokens) else ""
    after2 = tokens[index + 2].lower if index + 2 < len(tokens) else ""
    before = [t.lower for t in tokens[max(0, index - 3):index]]
    if _in_spans(tokens[index].start, date_spans):
        return "date"
    if figure.kind == "vague" and (figure.high or 0) < MIN_VAGUE_HIGH:
        return "too vague"
    if figure.kind == "number" and figure.value == 1:
        return "single"
    if after in vocabulary.units() or (after == "per" and after2 in ("cent", "centum")):
        return "unit"
    if _unit_after_modifiers(tokens, index):
        return "unit"  # "100 hog deer", "12 Russian tanks", "25 Pakistani army posts" (not "48,240 last month")
    if after.endswith("-year-old") or after.endswith("-strong"):
        return "unit"
    if before and before[-1] in ("magnitude", "level", "category", "grade"):
        return "unit"
    if before and (before[-1] in ("$", "€", "£", "us$", "no", "number") or
                   {"aged", "age", "ages"} & set(before[-2:])):
        return "money, age or label"
    if after == ":" and index + 2 < len(tokens) and tokens[index + 2].figure:
        return "time"
    if _in_a_ratio(tokens, index):
        return "ratio"  # "1 in 3 deaths", "one out of five": no count
    if before[-1:] == [":"] and index >= 2 and tokens[index - 2].figure:
        return "time"  # the minutes of "09:14"
    if after == "," and after2.isdigit() and len(after2) == 3:
        return "split number"  # "15, 200": a figure broken by a stray space, not 15
    if before[-1:] == [","] and index >= 2 and tokens[index - 2].figure and tokens[index].text.isdigit() \
            and len(tokens[index].text) == 3 and tokens[index].start - tokens[index - 1].end == 1 \
            and not _in_spans(tokens[index - 2].start, date_spans):
        return "split number"  # ... nor 200 (but "Since Jan. 1, 230 people": a day, then a count)
    if after == "-" and after2.startswith(("year", "month", "week")):
        return "money, age or label"  # "a 56-year-old"
    if after == "-" and after2 not in COUNT_SUFFIXES and index + 2 < len(tokens) and tokens[index + 2].is_word \
            and tokens[index].end == tokens[index + 1].start and tokens[index + 1].end == tokens[index + 2].start:
        return "unit"  # "a five-storey building", "a two-day attack": a compound that describes, no count
    if before[-1:] == [","] and after == "," and index >= 2 and tokens[index - 2].text[:1].isupper():
        return "money, age or label"  # "Ghulam Rasool, 70, said": an age
    if is_year(tokens[index]):
        return "year"
    if _after_fraction(before):
        return "share of a group"
    if _after_all_but(tokens, index):
        return "whole less an exception"
    if before[-2:] == ["all", "but"]:
        return "all but"   # "all but two of the 181 on board died": the two are who survived
    if _is_deployment(tokens, index):
        return "force size"
    return None


def _in_a_ratio(tokens: list[Token], index: int) -> bool:
    """Is the figure a term of "1 in 3" or "one out of five" (not "4,789 in 2023" or "1,500 in
    ten days")?"""
    for join in RATIO_JOINS:
        n = len(join)
        partner = index + 1 + n   # "1 in 3": the term after
        if [t.lower for t in tokens[index + 1:partner]] == join and partner < len(tokens) and tokens[partner].figure:
            return _ratio_terms(tokens, index, partner)
        partner = index - n - 1   # the term before
        if partner >= 0 and [t.lower for t in tokens[partner + 1:index]] == join and tokens[partner].figure:
            return _ratio_terms(tokens, partner, index)
    return False


def _ratio_terms(tokens: list[Token], first: int, second: int) -> bool:
    a, b = tokens[first], tokens[second]
    return (a.figure.kind == b.figure.kind == "number" and not is_year(b)
            and (a.figure.value or 0) < (b.figure.value or 0) <= RATIO_MAX
            and not (second + 1 < len(tokens) and tokens[second + 1].lower in TIME_UNITS))


RATIO_JOINS = (["in"], ["out", "of"])
RATIO_MAX = 1000   # "one in 1,000" at most: larger second terms are counts ("1,500 in ten days")
UNIT_MODIFIERS = 2   # words that may describe a unit between it and its figure


def _unit_after_modifiers(tokens: list[Token], index: int) -> bool:
    """A unit behind a word or two that describe it, none of them people ("12 Russian tanks",
    "25 Pakistani army posts")."""
    units = vocabulary.units()
    for k in range(index + 1, min(len(tokens) - 1, index + 1 + UNIT_MODIFIERS)):
        token = tokens[k]
        if not token.is_word or token.lower in PEOPLE_WORDS or token.lower in FUNCTION_AFTER:
            return False
        following = tokens[k + 1].lower
        if following in units and following not in TIME_UNITS:
            return True
    return False


def _in_spans(offset: int, spans) -> bool:
    """Whether `offset` lies in one of `spans`, sorted and not overlapping: by bisection, so
    that a sentence of hundreds of dates and figures is not read in quadratic time."""
    i = bisect.bisect_right(spans, (offset, float("inf"))) - 1
    return i >= 0 and spans[i][0] <= offset < spans[i][1]


def is_year(token: Token) -> bool:
    figure = token.figure
    return (figure.kind == "number" and token.text.isdigit() and len(token.text) == 4
            and 1900 <= figure.value <= 2100)


def _after_fraction(before: list[str]) -> bool:
    """"a third of the 11,000 soldiers", "40% of the": the figure is the whole, not the count."""
    if "of" not in before:
        return False
    head = before[:before.index("of")]
    return any(w in FRACTIONS or w in ("%", "percent") for w in head)


def _after_all_but(tokens: list[Token], index: int) -> bool:
    """"all but two of the 181 on board": the figure is the whole, less those excepted."""
    k = index - 1
    if k >= 0 and tokens[k].lower == "the":
        k -= 1
    return (k >= 3 and tokens[k].lower == "of" and tokens[k - 1].figure is not None
            and tokens[k - 3].lower == "all" and tokens[k - 2].lower == "but")


def _is_deployment(tokens: list[Token], index: int) -> bool:
    deploy = vocabulary.deployment_words()
    j = index - 1
    while j >= 0 and tokens[j].lower in FORWARD_SKIP:
        j -= 1
    if j >= 0 and tokens[j].lower in deploy:
        return True
    if index + 1 < len(tokens) and tokens[index + 1].lower == "of":
        return False  # "3,000 of the troops sent there died": the verb is the group's, not the count's
    after = tokens[index + 1:index + 1 + PEOPLE_AFTER_DEPLOYMENT]
    for k, token in enumerate(after):
        if token.figure or not token.is_word or token.lower in FATES:
            return False   # (a fate first: "45 wounded people had arrived" counts the wounded)
        if token.lower in deploy:
            # "1,000 troops sent by Pyongyang were killed": the clause goes on to their fate
            rest = tokens[index + 2 + k:index + 8 + k]
            for m, t in enumerate(rest):
                if t.figure or not t.is_word:
                    return True
                if t.lower in FATES:  # "were killed", not "to replace the wounded"
                    return not (m > 0 and rest[m - 1].lower in AUXILIARIES)
            return True
    return False


FATES = frozenset("killed wounded injured dead died captured missing casualties".split())


# Rejected figures that a casualty word looks straight past ("the 31 victims, aged between 18
# and 60, were killed"); the others stand in the way ("40 percent of ... were killed" links
# to no figure before the percentage).
TRANSPARENT = frozenset({"date", "year", "money, age or label", "time"})
# Verbs that give a figure a fate of its own, so it is a clause apart and shares no casualty
# word after "and": "18 miners remained trapped and 6 were confirmed dead"
OTHER_FATES = frozenset("remain remains remained stay stays stayed flee flees fled survive survives "
                        "survived escape escapes escaped".split())


def link(tokens: list[Token], words: list[CasualtyWord], rejected: dict[int, str]) -> list[Link]:
    """Pair casualty words with figures, nearest pairs first."""
    proposals = []
    for word in words:
        for distance, figure, direction in _proposals(tokens, word, rejected):
            if figure not in rejected or _whole_described(tokens, figure, word, direction, rejected):
                proposals.append((distance, figure, direction, word))
    proposals.sort(key=lambda p: (p[0], p[1]))
    taken_figures, taken_words, links = set(), set(), []
    for _, figure, direction, word in proposals:
        if figure in taken_figures or word in taken_words:
            continue
        taken_figures.add(figure)
        taken_words.add(word)
        links.append(Link(figure, word, direction))
    casualty_tokens = {i for w in words for i in range(w.first, w.last + 1)}
    for link_ in list(links):
        extras = ((_coordinated(tokens, link_, casualty_tokens), "coordinated"),
                  (_previous_value(tokens, link_), "previous"),
                  (_running_total(tokens, link_), "running total"),
                  (_latest_period(tokens, link_, rejected), "coordinated"))
        for extra, direction in extras:
            if extra is not None and extra not in taken_figures and extra not in rejected:
                taken_figures.add(extra)
                links.append(Link(extra, link_.word, direction))
    for reference in _figure_references(tokens, rejected):
        # "3,700 died, while the UN put the figure at 4,000": the figure counts what the
        # figure before it counted
        before = [l for l in links if l.figure < reference.word.first]
        if reference.figure not in taken_figures and before:
            category = max(before, key=lambda l: l.figure).word.category
            links.append(Link(reference.figure, replace(reference.word, category=category), "toll"))
    if any(l.word.category == "injured" for l in links):
        # "we lost four of our members and we have eight wounded": beside its own count of
        # wounded, a side's losses are its dead
        links = [replace(l, word=replace(l.word, category="killed")) if l.word.role == "loss" else l for l in links]
    return sorted(links, key=lambda l: l.figure)


def _coordinated(tokens: list[Token], link_: Link, casualty_tokens: set[int]) -> int | None:
    """"15 soldiers and 10 civilians were killed": the casualty word counts both figures;
    "lost over 300 troops in the past day and more than 27,600 since August": both too; but
    not "1.2 million have fled and 3,400 were killed", two clauses."""
    if link_.direction == "forward":
        return _coordinated_after(tokens, link_.figure, casualty_tokens)
    if link_.direction != "backward":
        return None
    j = link_.figure - 1
    if j < 0 or tokens[j].lower not in ("and", ","):
        return None
    for k in range(j - 1, max(-1, j - 5), -1):
        if k in casualty_tokens or not (tokens[k].is_word or tokens[k].figure) \
                or tokens[k].lower in AUXILIARIES or tokens[k].lower in OTHER_FATES:  # two clauses
            return None
        if tokens[k].figure:
            return k
    return None


def _coordinated_after(tokens: list[Token], figure: int, casualty_tokens: set[int]) -> int | None:
    for k in range(figure + 1, min(len(tokens), figure + 10)):
        token = tokens[k]
        if k in casualty_tokens or token.figure or token.lower in (";", ".", "said", "says"):
            return None
        if token.lower == "and":
            return _figure_just_after(tokens, k)
    return None


def _figure_just_after(tokens: list[Token], index: int, skip=FORWARD_SKIP, reach: int = 3) -> int | None:
    """The figure within `reach` tokens after `index`, past only words a figure may follow
    ("and more than 27,600", "from about 127"), or None."""
    for m in range(index + 1, min(len(tokens), index + 1 + reach)):
        if tokens[m].figure:
            return m
        if tokens[m].lower not in skip:
            return None
    return None


def _previous_value(tokens: list[Token], link_: Link) -> int | None:
    """"the toll rose to 262 from 231", "2,900 were killed, up from a previous estimate of
    700": the earlier figure, counted by the same word."""
    if link_.direction not in ("toll", "forward", "backward"):
        return None
    start = None
    if link_.direction != "backward":
        # "143 people, up from 127": a few words may stand between
        start = next((k for k in range(link_.figure + 1, min(len(tokens), link_.figure + 6))
                      if tokens[k].lower == "from" or tokens[k].figure), None)
        if start is not None and tokens[start].figure:
            return None
    if start is None:
        start = _up_from(tokens, max(link_.figure, link_.word.last) + 1)
    if start is None:
        return None
    return _figure_just_after(tokens, start, EARLIER_FIGURE_SKIP, reach=6)   # tokens[start] is "from"


def _running_total(tokens: list[Token], link_: Link) -> int | None:
    """"30 deaths were recorded, bringing the total to 1,230": the total the new figure makes,
    counted by the same word (when no casualty word of its own names it), or None."""
    after = max(link_.figure, link_.word.last) + 1
    for k in range(after, min(len(tokens) - 3, after + RUNNING_TOTAL_REACH)):
        if tokens[k].figure:
            return None
        if tokens[k].lower in TOTAL_VERBS:
            m = k + 1 + (tokens[k + 1].lower in ("the", "its", "their"))
            if m + 2 < len(tokens) and tokens[m + 1].lower in TOTAL_NOUNS and tokens[m].is_word:
                m += 1   # one modifier: "the national total", "the overall toll"
            if m + 1 < len(tokens) and tokens[m].lower in TOTAL_NOUNS and tokens[m + 1].lower == "to":
                return _figure_just_after(tokens, m + 1)
            return None
    return None


def _latest_period(tokens: list[Token], link_: Link, rejected: dict[int, str]) -> int | None:
    """"1,001,870 since the invasion, including 1,140 over the past day": the latest period's
    count, a claim of its own (a part by time, not a subset of people), or None."""
    after = max(link_.figure, link_.word.last) + 1
    for k in range(after, min(len(tokens), after + LATEST_PERIOD_REACH)):
        if tokens[k].figure and rejected.get(k) not in TRANSPARENT:   # (past "since 24 February 2022")
            return None
        if tokens[k].lower == "including":
            part = _figure_just_after(tokens, k)
            if part is not None and {t.lower for t in tokens[part + 1:part + 5]} & LATEST_PERIOD_WORDS:
                return part
            return None
    return None


LATEST_PERIOD_REACH = 24   # tokens from the figure to its "including" (past a long "since ..." phrase)
LATEST_PERIOD_WORDS = frozenset("past last day overnight yesterday hours".split())
RUNNING_TOTAL_REACH = 8
TOTAL_VERBS = frozenset("bringing brought taking took raising raised pushing pushed".split())
TOTAL_NOUNS = frozenset("total tally toll count number figure".split())


def _up_from(tokens: list[Token], after: int) -> int | None:
    """The "from" of an explicit "up from" or "down from" after a clause ("rose to 14 on
    Friday, the governor said, up from 11"), with no other figure before it, or None."""
    for k in range(after, min(len(tokens), after + UP_FROM_REACH)):
        if tokens[k].figure and not is_year(tokens[k]):   # "killed in 2024, up from 4,789 in 2023"
            return None
        if tokens[k].lower == "from" and k > 0 and tokens[k - 1].lower in ("up", "down"):
            return k
    return None


UP_FROM_REACH = 18   # tokens from a figure or its casualty word to the "up from" of its earlier figure
# words between "from" and an earlier figure: "from a previous estimate of 700"
EARLIER_FIGURE_SKIP = FORWARD_SKIP | frozenset("the previous earlier initial prior original estimate figure "
                                               "toll count tally of".split())


def _whole_described(tokens, figure, word, direction, rejected) -> bool:
    """"40 percent of the 2,100 people killed": the whole is itself a casualty count when the
    casualty word describes it directly, with no verb between (unlike "a third of the 11,000
    soldiers have been killed")."""
    return rejected.get(figure) == "share of a group" and direction == "backward" and not any(
        t.lower in AUXILIARIES for t in tokens[figure + 1:word.first])


def _proposals(tokens: list[Token], word: CasualtyWord, rejected=None):
    rejected = rejected or {}
    if _names_a_group(tokens, word):
        return
    passive = _is_passive(tokens, word.first)
    if word.role == "loss" and passive:
        return  # "28 drones were lost": people are killed; things are lost
    backward = _nearest_figure_before(tokens, word.first, rejected) if word.role != "active" else None
    if backward is not None and word.role == "noun" and any(
            t.lower in NOUN_BARRIERS for t in tokens[backward + 1:word.first]):
        backward = None   # "released 33 hostages in exchange for prisoners": another phrase's noun
    if backward is not None:
        yield word.first - backward, backward, "backward"
    if word.role in ("verb", "loss", "active") and not passive:
        forward = _figure_right_after(tokens, word.last)
        if forward is not None:
            yield forward - word.last - 0.5, forward, "forward"
    if word.role == "noun" or _after_number_of(tokens, word.first):
        toll = _toll_figure(tokens, word.last, rejected)
        if toll is not None:
            yield toll - word.last + 1, toll, "toll"


def _names_a_group(tokens: list[Token], word: CasualtyWord) -> bool:
    """"four of the wounded died", "among the dead", "119 prisoners died": a casualty word
    used as a noun for a group counts nothing itself."""
    if word.role == "verb":
        # "the injured", "among the dead", "including the killed, wounded and missing": people
        # named by their fate, no count
        k = word.first - 1
        if k >= 0 and tokens[k].lower in LIST_SEPARATORS:   # (not "four of the wounded died")
            while k >= 0 and tokens[k].lower in FATE_LIST:
                k -= 1
        if k >= 0 and tokens[k].lower == "the":
            return True
    if word.category == "captured" and word.first > 0 and tokens[word.first - 1].lower in DETAINEES:
        return True   # "1,303 political prisoners": people jailed, not taken in war
    following = [t.lower for t in tokens[word.last + 1:word.last + 4] if t.lower not in ADVERBS]
    return word.category == "captured" and word.role == "noun" and bool(following) and (
        following[0] in ("died", "killed", "dead") or following[:2] in (["were", "killed"], ["have", "died"],
                                                                       ["had", "died"], ["were", "wounded"]))


def _is_passive(tokens: list[Token], index: int) -> bool:
    j = index - 1
    while j >= 0 and tokens[j].lower in ADVERBS:
        j -= 1
    return j >= 0 and tokens[j].lower in PASSIVE


def _nearest_figure_before(tokens: list[Token], index: int, rejected) -> int | None:
    for j in range(index - 1, max(-1, index - 1 - MAX_BACKWARD), -1):
        if tokens[j].figure and rejected.get(j) not in TRANSPARENT and not _in_breakdown(tokens, j, index):
            return j
        if tokens[j].lower in (";", "that") or tokens[j].lower in ("said", "says", "told"):
            return None
    return None


def _in_breakdown(tokens: list[Token], figure: int, word: int) -> bool:
    """"More than 1,600 people, including nearly 700 soldiers, were killed": the figure in
    the "including" aside is a part; the casualty word counts the whole before it."""
    aside = [t.lower for t in tokens[max(0, figure - 4):figure]]
    if "including" not in aside and "among" not in aside:
        return False
    return any(t.lower == "," for t in tokens[figure + 1:word])


def _figure_right_after(tokens: list[Token], index: int) -> int | None:
    for j in range(index + 1, min(len(tokens), index + 6)):
        if tokens[j].figure:
            return j
        if tokens[j].lower not in FORWARD_SKIP and tokens[j].lower not in ('"', "“", "”", "'"):
            return None
    return None


def _after_number_of(tokens: list[Token], index: int) -> bool:
    window = [t.lower for t in tokens[max(0, index - 8):index]]
    return any(a == "number" and b == "of" for a, b in zip(window, window[1:]))


def _toll_figure(tokens: list[Token], index: int, rejected=None) -> int | None:
    if index + 2 < len(tokens) and tokens[index + 1].lower == "from" and tokens[index + 2].figure:
        return None  # "raising its toll from 70": an earlier value, read by _previous_value
    linked = False
    for j in range(index + 1, min(len(tokens), index + 1 + MAX_TOLL)):
        token = tokens[j]
        if token.figure and ((rejected or {}).get(j) == "unit" or (rejected or {}).get(j) in TRANSPARENT):
            continue  # "the toll from the magnitude 6.8 quake rose to 318", "losses since Feb. 24, 2022 at"
        if token.figure:
            return j if linked else None
        if token.lower in TOLL_LINKS:
            # "death of ten civilians": "of" links only right after the casualty word
            linked = linked or token.lower != "of" or j == index + 1
        elif token.lower in (";", "said", "says", "told"):
            return None
    return None


def figure_restatement(tokens: list[Token], rejected: dict[int, str], category: str) -> list[Link]:
    """"The ministry put the figure at 3,000": no casualty word, but "the figure" refers to
    the claim before, so the figure after it has that claim's category."""
    return [replace(link_, word=replace(link_.word, category=category))
            for link_ in _figure_references(tokens, rejected)][:1]


def _figure_references(tokens: list[Token], rejected: dict[int, str]) -> list[Link]:
    """The figures that "the figure", "the estimate", "the tally" or "the count" reach ("put
    the figure at 3,000"), linked to that noun with no category yet."""
    out = []
    for i, token in enumerate(tokens):
        if token.lower in REFERENCE_NOUNS and i > 0 and tokens[i - 1].lower == "the":
            target = _toll_figure(tokens, i, rejected)
            if target is not None and target not in rejected:
                out.append(Link(target, CasualtyWord(i, i, "", "noun"), "toll"))
    return out


REFERENCE_NOUNS = frozenset("figure estimate tally count".split())
