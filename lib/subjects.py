"""Whose casualties a figure counts: the subject (../shared/CLAIMS.md), from the names and
adjectives of lib/vocab/subjects.tsv found around the figure, its casualty word, the clause,
the place, or the sentences before."""
from __future__ import annotations

import functools
import re

from lib import gazetteer, vocabulary
from lib.linking import PASSIVE

STOP_SUBJECT_BEFORE = frozenset("for against alongside in into to with by near across at on of "
                                "toward towards from".split())
LOCATION_BEFORE = frozenset("in across inside throughout at near".split())


def subject_of(text, tokens, link, fact, facts, index, claimant: str = "") -> str:
    """Whose casualties: a name in the figure's own phrase ("100 North Koreans"), one joined
    to the casualty word ("Russian losses", "casualties among North Korean forces"), the
    clause's subject ("North Korean forces have suffered ..."), a place ("across Lebanon"),
    the claimant's own side ("three of its soldiers"), or the subject of the claim before."""
    claimant_spans = [(n.start, n.end) for n in fact.names if n.kind != "country"] + [
        s.chars for s in fact.speakers if s.chars[0] >= 0]
    mentions = [m for m in fact.subjects
                if not any(s <= m.start < e for s, e in claimant_spans)
                and not _not_a_side(text, m)]
    figure = tokens[link.figure]
    word_first, word_last = tokens[link.word.first], tokens[link.word.last]
    prep = {m: _word_before(tokens, m.start) for m in mentions}

    own_phrase_end = _phrase_end(tokens, link.figure)
    enemy = _enemy_of(claimant, tokens, link, own_phrase_end)
    if enemy:
        return enemy
    for m in mentions:
        if figure.end <= m.start < own_phrase_end and prep[m] not in STOP_SUBJECT_BEFORE - {"from", "of"}:
            return m.name
    for m in mentions:
        if word_first.start - 40 <= m.end <= word_first.start and not _figure_between(tokens, m.end, word_first.start):
            if prep[m] not in STOP_SUBJECT_BEFORE:
                return m.name
        if word_last.end <= m.start <= word_last.end + 25 and \
                re.match(r"\s*(?:among|of)\b", text[word_last.end:m.start]):
            return m.name
    active_agent_end = word_first.start if link.direction == "forward" and link.word.role == "verb" else None
    before = [m for m in mentions if m.end <= figure.start and prep[m] not in STOP_SUBJECT_BEFORE
              and (active_agent_end is None or m.end > word_first.end)]
    whole = _partitive_whole(text, tokens, link.figure)
    if whole is not None:   # "Of the 3,000 Chadian troops sent to help Mali, about 400 ...": the whole's side
        in_whole = [m for m in before if whole[0] <= m.start < whole[1]]
        if in_whole:
            return in_whole[0].name
    clause_start = _clause_start(tokens, link.figure)
    in_clause = [m for m in before if m.start >= clause_start]
    if in_clause:
        return in_clause[-1].name
    places = [m for m in mentions if prep[m] in LOCATION_BEFORE or _word_before(tokens, m.start, 2) in LOCATION_BEFORE]
    if places:
        return places[0].name
    if before:   # "300 North Korean troops were killed, while some 2,700 were wounded"
        return before[-1].name
    side = side_of(claimant)   # the claimant's own side, if it is named after one
    return (_own_side(tokens, link, side) or _side_under_attack(text, fact, side)
            or _civil_side(claimant, side, text) or _previous_subject(facts, index))


# words that open a clause of its own, whose subject may not be the figure's: "Russia targeted
# 40 power stations while 90 civilians were killed across Ukraine" (a place in the clause wins)
CLAUSE_BREAKS = frozenset("while whereas ;".split())


PARTITIVE_OPENING = re.compile(r"(?:out\s+)?of\s+", re.IGNORECASE)


def _partitive_whole(text: str, tokens, figure: int) -> tuple[int, int] | None:
    """(start, end) of the whole a sentence opens with ("Of the 3,000 troops sent, ...",
    "Out of an estimated 11,000 troops, ..."), when the figure stands after its comma; or None."""
    opening = PARTITIVE_OPENING.match(text)
    if opening is None or not tokens or tokens[0].lower not in ("of", "out"):
        return None
    comma = next((t.start for t in tokens if t.text == ","), None)
    if comma is None or tokens[figure].start < comma:
        return None
    return opening.end(), comma


def _clause_start(tokens, figure: int) -> int:
    """Where the figure's clause starts: after the last clause break before it, else 0."""
    for token in reversed(tokens[:figure]):
        if token.lower in CLAUSE_BREAKS:
            return token.end
    return 0


OWN_SIDE = frozenset("its their our".split())


def _own_side(tokens, link, side: str) -> str:
    """"three of its soldiers", "taking its losses to 195": the claimant's own side, when the
    claimant is named after it (the Israel Defense Forces count Israel's dead)."""
    if not side:
        return ""
    after_figure = tokens[link.figure + 1:link.figure + 4]
    before_word = tokens[max(0, link.word.first - 2):link.word.first]
    return side if any(t.lower in OWN_SIDE for t in after_figure + before_word) else ""


def _side_under_attack(text: str, fact, side: str) -> str:
    """"Pakistan's military said Indian missile strikes had killed 11 soldiers": with another
    side named as the attacker, a claimant named after a country counts its own side."""
    if not side:
        return ""
    attackers = {m.name for m in fact.subjects if _attacker(text, m.end)}
    return side if attackers and side not in attackers else ""


def _civil_side(claimant: str, side: str, text: str) -> str:
    """"Lebanon's health ministry said 3,800 people had been killed", "Turkish officials said
    105,000 people had been injured": with no side named in the sentence, a civil body named
    after a country counts that country's people, and so does its government when the count
    is not of fighters (whose side it would not say)."""
    if not side:
        return ""
    names = gazetteer.claimant_names(claimant)
    if any(CIVIL_BODY.search(name) for name in names):
        return side
    if any(GOVERNMENT.search(name) for name in names) and not any(FIGHTERS.search(name) for name in names) \
            and not FIGHTERS.search(text):
        return side
    return ""


# words of a civil body that counts its own country's people: a health ministry, a disaster
# agency, the police (not a military, which counts its enemy's losses as often as its own)
CIVIL_BODY = re.compile(r"\b(?:health|disaster|emergency|interior|civil\s+defen[cs]e|rescue|police)\b", re.IGNORECASE)
GOVERNMENT = re.compile(r"\b(?:officials?|government|authorities|ministry|minister|president|governor|mayor)\b",
                        re.IGNORECASE)
# words of fighting forces: a count of them, or a claimant that is one ("Russia's Defence
# Ministry"), may be the other side's
FIGHTERS = re.compile(r"\b(?:soldiers?|troops|forces|fighters|militants|servicem[ae]n|personnel|army|"
                      r"combatants|rebels|insurgents|invaders|enemy|military|defen[cs]e|MoD|armed)\b",
                      re.IGNORECASE)


@functools.cache
def side_of(claimant: str) -> str:
    """The subject a claimant is named after ("Ukraine General Staff" -> "Ukraine",
    "Hezbollah" -> "Lebanon"), or, for a listed person, the one an alias names ("Ukraine's
    Commander-in-Chief" for Oleksandr Syrskyi), or ""."""
    for name in gazetteer.claimant_names(claimant):
        side = next((n.name for n in gazetteer.find_subjects(name) if n.start == 0), "")
        if side:
            return side
    return ""


ENEMY_WORDS = frozenset("enemy invaders invader occupiers occupier adversary".split())
POSSESSIVE_END = re.compile(r"['’ʼ]s$")


def _enemy_of(claimant: str, tokens, link, own_phrase_end: int) -> str:
    """"our soldiers neutralised 15,000 invaders", "the enemy's losses amounted to 40,000":
    a side's word for its foe counts the foe listed in lib/vocab/opponents.tsv."""
    words = [t.lower for t in tokens[link.figure + 1:] if t.end <= own_phrase_end]
    words += [t.lower for t in tokens[max(0, link.word.first - 3):link.word.first]]
    if not ENEMY_WORDS.intersection(POSSESSIVE_END.sub("", w) for w in words):
        return ""
    return vocabulary.opponents().get(side_of(claimant), "")


def _preposition_before(text: str, start: int) -> bool:
    words = re.findall(r"[\w']+", text[max(0, start - 30):start].lower())
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return bool(words) and words[-1] in STOP_SUBJECT_BEFORE


NEXT_WORD = re.compile(r"\s*([\w'-]+)")
# the word after a name, past one adverb ("Russia deliberately targeted")
NEXT_WORD_PAST_ADVERB = re.compile(r"\s*(?:\w+ly\s+)?([\w'-]+)")


def _next_word(text: str, end: int) -> str:
    match = NEXT_WORD.match(text, end)   # from `end`, without copying the rest of the text
    return match.group(1).lower() if match else ""


def _not_a_side(text: str, name) -> bool:
    """Is this name no side whose casualties a figure counts: an attacker, the agent of a
    passive ("blamed on Israel", "shelled by Russia"), or part of the proper name of a place
    ("the Saudi Hospital", "the American University")?"""
    if _attacker(text, name.end) or AGENT_BEFORE.search(text, max(0, name.start - 24), name.start):
        return True
    if text.startswith(BASE_SUFFIXES, name.end):   # "a Britain-based monitor": where it sits
        return True
    following = NEXT_WORD.match(text, name.end)
    return following is not None and following.group(1)[0].isupper() and following.group(1).lower() in FACILITIES


BASE_SUFFIXES = ("-based", "-headquartered")
AGENT_BEFORE = re.compile(r"\b(?:by|blamed\s+on|attributed\s+to)\s+(?:the\s+)?$", re.IGNORECASE)
# "Israel continued its attacks", "Russia stepped up its shelling": a verb and the name's own attacks
OWN_ATTACKS_AFTER = re.compile(r"\s*(?:[\w'-]+\s+){1,2}?(?:its|their)\s+(?:[\w'-]+\s+)??([\w'-]+)")


def _attacker(text: str, end: int) -> bool:
    """Does the name ending at `end` name an attacker: "a Russian drone", "Israeli strikes",
    "Russia deliberately targeted", "Israel continued its attacks"?"""
    if _next_word(text, end) in AGENT_NOUNS:
        return True
    past_adverb = NEXT_WORD_PAST_ADVERB.match(text, end)
    if past_adverb is not None and past_adverb.group(1).lower() in ATTACK_VERBS:
        return True
    own_attacks = OWN_ATTACKS_AFTER.match(text, end)
    return own_attacks is not None and own_attacks.group(1).lower() in AGENT_NOUNS


FACILITIES = frozenset("hospital clinic university college school academy airport airlines airways "
                       "stadium mosque church cathedral temple embassy consulate bank hotel market "
                       "mall museum library".split())


def _phrase_end(tokens, index) -> int:
    """End offset of the noun phrase after a figure: up to a verb-like word or punctuation."""
    end = tokens[index].end
    for token in tokens[index + 1:index + 10]:
        if not token.is_word or token.lower in PASSIVE or token.lower in (
                "have", "has", "had", "who", "that", "which", "and", "or", "while"):
            break
        end = token.end
    return end


def _word_before(tokens, char_start, skip_determiners=1) -> str:
    # tokens are in order: find the last one ending by char_start by bisection
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if tokens[middle].end <= char_start:
            low = middle + 1
        else:
            high = middle
    words = [t.lower for t in tokens[max(0, low - 3):low]]
    while words and words[-1] in ("the", "a", "an") and skip_determiners:
        words.pop()
        skip_determiners -= 1
    return words[-1] if words else ""


def _figure_between(tokens, start, end) -> bool:
    return any(t.figure and start <= t.start < end for t in tokens)


AGENT_NOUNS = frozenset("attack attacks strike strikes airstrike airstrikes bombardment bombardments "
                        "shelling fire drones drone missiles missile offensive raid raids "
                        "government authorities intelligence operation operations invasion "
                        "incursion aggression air artillery rocket rockets warplanes jets bombing "
                        "bombings bombs shells".split())


ATTACK_VERBS = frozenset("attacked targeted struck bombed shelled shells pounded pounds raided "
                         "invaded invades fired launched launches bombarded bombards stormed ambushed "
                         "hit hits shot shoots".split())


def _previous_subject(facts, index) -> str:
    """The subject of the sentences before (the article's running subject): the first name
    there that is neither a claimant, nor after a preposition, nor an attacker."""
    for fact in reversed(facts[max(0, index - 3):index]):
        text = fact.sentence.text
        if not fact.subjects:
            continue
        names = [n for n in fact.subjects
                 if not any(c.start <= n.start < c.end for c in fact.names if c.kind != "country")
                 and not _not_a_side(text, n)]
        direct = [n for n in names if not _preposition_before(text, n.start)]
        if direct or names:
            return (direct or names)[0].name
    return _main_subject(facts)


def _main_subject(facts) -> str:
    """The subject the article's casualty sentences (and those around them) name most often,
    outside claimant names and attackers ("a Russian drone"), else the one the rest of the
    article names most often, else the one its title names; worked out once."""
    first = facts[0]
    if first.main_subject is None:
        # (the rest of the article is read for names only when the casualty sentences have none)
        counts = _side_counts(f for f in facts if f.read) or _side_counts(f for f in facts if not f.read)
        first.main_subject = max(counts, key=counts.get) if counts else _title_subject(first.title)
    return first.main_subject


def _side_counts(facts) -> dict[str, int]:
    """How often these sentences name each side, outside claimant names and non-sides."""
    counts: dict[str, int] = {}
    for fact in facts:
        subjects = fact.subjects
        claimants = [c for c in fact.names if c.kind != "country"] if subjects else []
        for n in subjects:
            if not any(c.start <= n.start < c.end for c in claimants) and not _not_a_side(fact.sentence.text, n):
                counts[n.name] = counts.get(n.name, 0) + 1
    return counts


def _title_subject(title: str) -> str:
    """The first side a title kept apart from the text names ("Floods in Kenya kill 38"),
    the last resort when the text itself names none."""
    return next((n.name for n in gazetteer.find_subjects(title) if not _not_a_side(title, n)), "")
