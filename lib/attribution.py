"""Who asserts a figure: reporting cues, the claimant they name, and the go-between.

For each sentence, `find_speakers` reads every reporting cue ("said", "according to",
"citing", "put the figure at") and the noun phrase it names. A phrase that holds a gazetteer
alias becomes the canonical claimant; a pronoun or "the agency" is resolved against the
speakers before it; anything else is kept as written ("local media", "Min Thu Aung"). A relay
(a lawmaker) who cites an agency becomes the go-between and the agency the claimant.
"""
from __future__ import annotations

import functools
import re
from dataclasses import dataclass, field, replace

from lib import gazetteer, linking, vocabulary
from lib.gazetteer import NameMatch
from lib.text import FORMAT_MARKS, Token, token_ranges

PRONOUNS = frozenset("he she they it which who".split())
ANAPHORS = frozenset("""agency ministry unit military army statement report official officials
general commander president minister spokesman spokeswoman spokesperson office service group
police department command council government authorities authority lawmaker legislator
journalists researchers officers investigators institute network organisation organization
directorate mission monitor observatory""".split())
RELAY_HEADS = frozenset("lawmaker lawmakers legislator legislators mp mps rep rep. representative "
                        "senator congressman congresswoman".split())
SPEAKER_HEADS = ANAPHORS | RELAY_HEADS | frozenset("""officials media outlets outlet residents resident
locals witnesses sources source officers analysts experts rescuers doctors medics hospital hospitals
observatory organization organisation committee fighter governor mayor chief leader mission forces
monitor monitors newspaper agency television tv broadcaster journalists commanders villagers
intelligence staff administration junta prosecutors authority institute network society crescent
centre center coalition alliance union federation association foundation bureau directorate
secretariat commission watchdog doctor physician nurse volunteers volunteer activists activist
brigade battalion regiment corps envoy ambassador coordinator court prosecutor parliament
assembly cabinet presidency embassy rebels insurgents militants guard guards director directors
ombudsman ombudsperson commissioner chancellor premier force navy wing prefecture county
municipality movement party radio examiner coroner coastguard coastguards gendarmerie firefighters
paramedics workers operator airline company firm utility railway railways charity charities militia militias
headquarters team authors author scientists scientist""".split())
NP_WORDS = frozenset("""the a an of and for in senior top local western unnamed military
intelligence health state some two three several other defense defence security national foreign
interior information chief deputy former regional provincial district civil emergency fire rescue
relief disaster medical humanitarian aid rights coast""".split())
# lower-case words inside a proper name: "Commission on Human Rights", "Committee against Torture"
NAME_LINKS = frozenset("on against del de la di da du des der van von dos das y".split())
DETERMINERS = frozenset("the a an its his her their some".split())
TITLES = frozenset("""ministry agency opposition ruling lawmaker legislator rep representative senator sen congressman
congresswoman governor gov mayor president vice prime minister deputy spokesman spokeswoman
spokesperson general gen lt lieutenant colonel col major maj commander chief director secretary
ambassador envoy chancellor premier dr mr mrs ms health interior foreign defence defense information regional
provincial district local senior police army military official officer head leader
state""".split())
SKIP_BEFORE_CUE = frozenset("also has have had previously recently later further then had "
                            "later earlier now already initially reportedly separately there here "
                            "locally".split())
FIGURE_OBJECTS = frozenset("figure estimate estimates toll number count casualties estimated tally "
                           "death losses total".split())
SPEAKER_KINDS_FOR_SOURCE = frozenset({"relay", "generic", "media"})
MAX_NP = 10
POSSESSIVE = ("'s", "’s")   # "the ministry's": the possessor's word is "ministry"
# capitalised only because they open a sentence: never a name
FUNCTION_WORDS = frozenset("""out of in on at after before following during the a an this that these
those it its their his her our we they he she and but as while when where since from for with by
to over under about around some many more most""".split())
AFTER_NP_WORDS = NP_WORDS | SPEAKER_HEADS | frozenset("information data from by unnamed anonymous".split())
# "according to estimates by the ministry": these lead to the speaker only before by/from/of
LEADING_NOUNS = frozenset("figures reports report estimates estimate statement statements data bulletin "
                          "bulletins update updates".split())
# nouns of a count that lead on only to its maker: "a tally by the AP" (not "a tally of figures")
COUNT_NOUNS = frozenset("tally tallies count counts assessment analysis survey".split())
PLACE_PREPOSITIONS = frozenset("near in at into across outside inside around toward towards".split())
PLACE_OR_OF = PLACE_PREPOSITIONS | {"of"}
# words that end a run of modifiers: verbs and the like ("were killed, the agency said")
STOP_MODIFIERS = frozenset("""is are was were be been being has have had said says told killed
wounded injured died dead that which who whom when while where after before since as""".split())
MONTH_AND_DAY_NAMES = frozenset("""January February March April May June July August September October
November December Monday Tuesday Wednesday Thursday Friday Saturday Sunday""".split())
# what a possessor's words are: "the ministry's daily bulletin said" means the ministry said
DOCUMENTS = frozenset("""bulletin statement report estimate estimates figures figure data tally count
assessment update address briefing interview post""".split())
CLOSERS = frozenset([",", '"', "”", "’", "'", "—", "–", "("])
PASSIVE_REPORT = frozenset("been being are were is was be".split())
PARTICIPLE_CUES = frozenset("saying adding noting claiming citing".split())
PARENTHETICAL_OPENERS = frozenset("which who together along including a an whose".split())
# prepositions that open an aside between a speaker and its verb
CLAUSE_OPENERS = frozenset("in on at after before during with without under as for by through via".split())


@dataclass(frozen=True)
class Speaker:
    name: str
    kind: str        # gazetteer type, "relay", "generic" or "outlet"
    cue: int         # token index of the cue
    text: str = ""
    form: str = "before"
    explicit: bool = True   # False when resolved from a pronoun or "the agency"
    phrase_start: int = -1  # token index where the phrase naming the speaker starts
    listed: bool = False    # named by the gazetteer (a canonical name), not as written
    chars: tuple[int, int] = (-1, -1)  # where the phrase naming the speaker stands in the sentence
    trailing: bool = False  # ", the ministry said": an attribution closing the clause before it


@dataclass
class Discourse:
    """What earlier sentences of the article said about who speaks."""
    last_speaker: Speaker | None = None
    relay_sources: dict[str, Speaker] = field(default_factory=dict)
    first_relay: Speaker | None = None
    # someone named without a reporting verb ("Zelensky addressed parliament."), whom a "he
    # said" in the next sentence may mean; cleared by the next speaker
    last_named: Speaker | None = None
    history: list[Speaker] = field(default_factory=list)  # earlier speakers, latest last


# adverbs set off by commas between a speaker and its verb
ASIDE_ADVERBS = frozenset("however meanwhile though too also separately moreover nevertheless instead "
                          "likewise".split())
OWN_PRONOUN_REACH = 3   # "X told reporters he ...": tokens from X's verb to the pronoun meaning X


@functools.cache
def _cue_matcher() -> tuple[vocabulary.PhraseMatcher, dict[str, str]]:
    cues = {vocabulary.phrase_key(c): form for c, form in vocabulary.reporting_cues().items()}
    return vocabulary.PhraseMatcher(cues), cues


def find_cue_spans(text: str) -> list[tuple[int, int]]:
    """Where reporting cues stand in a text (one pass; callers split it by sentence)."""
    return _cue_matcher()[0].find(text)


def find_speakers(sentence: str, tokens: list[Token], names: list[NameMatch],
                  discourse: Discourse, date_spans=(), cue_spans=None) -> list[Speaker]:
    """Every speaker a reporting cue in the sentence names, in cue order; `cue_spans` are
    the cues' offsets in the sentence when already found."""
    matcher, cues = _cue_matcher()
    speakers = []
    spans = cue_spans if cue_spans is not None else matcher.find(sentence)
    for first, last, start, end in token_ranges(tokens, spans):
        form = cues[vocabulary.phrase_key(sentence[start:end])]
        speaker = _speaker_for_cue(sentence, tokens, names, discourse, first, last, form, date_spans)
        if speaker and not speaker.explicit and 0 < speaker.phrase_start < len(tokens) \
                and tokens[speaker.phrase_start].lower in ("it", "they", "he", "she"):
            # "the ministry said that it had recorded ...", "Malam Sani, a local leader, said he
            # had counted ...": the pronoun is the speaker just named
            earlier = [s for s in speakers if s.explicit and s.form != "source"]
            if earlier and (tokens[speaker.phrase_start - 1].lower == "that"
                            or 0 < speaker.phrase_start - earlier[-1].cue <= OWN_PRONOUN_REACH):
                speaker = replace(earlier[-1], cue=speaker.cue, explicit=False, form=speaker.form,
                                  phrase_start=speaker.phrase_start, trailing=speaker.trailing)
        if speaker:
            speakers.append(speaker)
    speakers.extend(_headline_speakers(sentence, tokens, names))
    return speakers


def _speaker_for_cue(sentence, tokens, names, discourse, first, last, form, date_spans):
    if form == "after" and tokens[last].lower == "by" and first > 0 \
            and tokens[first - 1].lower in ("have", "has", "had"):
        form, last = "before", first  # "Mediazona have confirmed by name": the verb, active
    if form in ("after", "source"):
        span = _cover_names(tokens, _phrase_after(tokens, last, date_spans=date_spans), names)
        return _resolve(sentence, tokens, names, discourse, span, first, form)
    if form == "figure":
        following = {t.lower for t in tokens[last + 1:last + 5]}
        if not following & FIGURE_OBJECTS:
            return None
    if tokens[first].lower in ("claimed", "claims", "claim") and \
            {"lives", "life", "victims"} & {t.lower for t in tokens[last + 1:last + 5]}:
        return None  # "the blast claimed 40 lives": a casualty verb here, not a reporting one
    if first > 0 and tokens[first - 1].lower in PASSIVE_REPORT:
        return None  # "4,000 have been reported as casualties": no speaker named here
    if tokens[first].lower in PARTICIPLE_CUES and first > 0 and tokens[first - 1].lower == ",":
        return _participle_speaker(sentence, tokens, names, discourse, first, form)
    if first > 0 and tokens[first - 1].lower == "and":
        # "The RSF denied the claims and said ...": the subject of the first verb
        opening = _opening_phrase(tokens, first)
        if opening and any(is_head(t.lower) or t.text[:1].isupper() for t in tokens[opening[0] + 1:opening[1]]) \
                or opening and any(n.start <= tokens[opening[0]].start < n.end for n in names):
            speaker = _resolve(sentence, tokens, names, discourse, _cover_names(tokens, opening, names), first, form)
            if speaker:
                return speaker
    if form == "before" and first > 0 and tokens[first - 1].lower in CLOSERS:
        inverted = _cover_names(tokens, _phrase_after(tokens, last, max_tokens=6, date_spans=date_spans), names)
        if inverted and tokens[inverted[0]].lower in PLACE_OR_OF | {"on", "to", "during", "through"}:
            inverted = None   # "Karaganda Ugol, said in a statement": a circumstance, no speaker
        if inverted and _closes_clause(tokens, inverted[1]):
            speaker = _resolve(sentence, tokens, names, discourse, inverted, first, form)
            if speaker:
                return replace(speaker, trailing=True)
    span = _cover_names(tokens, _phrase_before(tokens, first, date_spans), names)
    if span and _comments_on_a_figure(tokens, span[0]):
        return None
    speaker = _resolve(sentence, tokens, names, discourse, span, first, form)
    if speaker and span:
        opener = span[0] - 1
        while opener >= 0 and tokens[opener].lower in DETERMINERS:
            opener -= 1
        if opener < 0 or tokens[opener].lower in CLOSERS:
            speaker = replace(speaker, trailing=True)
    return speaker


def _comments_on_a_figure(tokens: list[Token], start: int) -> bool:
    """"..., a figure Western officials say is inflated": a speaker who judges the figure
    named before, and claims none."""
    k = start - 1
    if k >= 0 and tokens[k].lower in ("that", "which"):
        k -= 1
    # (the noun opens the phrase itself when no "that" parts them: "a figure Western officials say")
    return any(n >= 2 and tokens[n].lower in FIGURE_NOUNS and tokens[n - 1].lower in ("a", "an", "the")
               and tokens[n - 2].lower == "," for n in (k, start))


FIGURE_NOUNS = frozenset("figure number toll claim estimate tally count".split())


def _closes_clause(tokens: list[Token], end: int) -> bool:
    """", said the ministry." names a speaker; ", said the hospital was full" does not."""
    return end >= len(tokens) or not tokens[end].is_word or tokens[end].lower in (
        "on", "in", "at", "during", "to", "late", "earlier", "last", "this", "today", "yesterday")


def _cover_names(tokens: list[Token], span, names: list[NameMatch]):
    """Widen a phrase to the whole of any listed name it cuts ("spy | agency")."""
    if not span:
        return span
    start, end = span
    char_start, char_end = tokens[start].start, tokens[end - 1].end
    for name in names:
        # a name the phrase cuts, or one that starts right where the phrase stops
        if name.start <= char_end + 1 and name.end > char_start:
            while start > 0 and tokens[start].start > name.start:
                start -= 1
            while end < len(tokens) and tokens[end - 1].end < name.end:
                end += 1
    return start, end


def _opening_phrase(tokens: list[Token], limit: int):
    """The noun phrase that opens a sentence (after a date or "On Monday,"), before `limit`."""
    i = 0
    while i < limit and (tokens[i].lower in ("on", "in", ",") or tokens[i].text in MONTH_AND_DAY_NAMES):
        i += 1
    while i < limit and tokens[i].lower in DETERMINERS:
        i += 1
    end = i
    while end < limit and _np_token(tokens, end):
        end += 1
    return (i, end) if end > i else None


def _participle_speaker(sentence, tokens, names, discourse, first, form):
    """", saying ..." / ", adding ...": the speaker is the subject of the main clause."""
    opening = [n for n in names if n.start < tokens[first].start and n.start <= 60]
    if opening:
        head = _head_name(sentence, opening)
        return Speaker(head.name, head.kind, first, head.text, form, phrase_start=0, listed=True)
    return None


def _phrase_after(tokens: list[Token], index: int, max_tokens: int = MAX_NP, date_spans=()) -> tuple[int, int] | None:
    """The phrase a cue names after it ("according to the ministry"), up to punctuation or a
    lower-case word that cannot be part of a name (a verb, most likely)."""
    j = index + 1
    stop = min(len(tokens), j + max_tokens)
    end = j
    while end < stop and not _count_figure(tokens[end]):
        token = tokens[end]
        if token.lower in (",", ";", ".", "that", '"', "“", "”", "—", ":") or _in_spans(token, date_spans):
            break   # (a date is no part of a name: "given by Minister X in September 2022")
        leads_on = _leads_on(tokens, end)
        # a word of any kind right before a head modifies it: "the energy ministry" (but a
        # document is no speaker: "said in a video statement")
        modifies_head = end + 1 < stop and (tokens[end + 1].lower.rstrip("s") in SPEAKER_HEADS
                                            and tokens[end + 1].lower not in DOCUMENTS
                                            or _leads_on(tokens, end + 1))  # "the latest bulletin from"
        # "given by then Defence Minister Sergei Shoigu"
        former_title = token.lower == "then" and end + 1 < stop and tokens[end + 1].text[:1].isupper()
        if token.is_word and not token.text[:1].isupper() and token.lower not in AFTER_NP_WORDS \
                and not leads_on and not modifies_head and not former_title and not token.lower.endswith(("'s", "’s")) \
                and token.lower.rstrip("s") not in SPEAKER_HEADS:
            break
        end += 1
    return (j, end) if end > j else None


def _leads_on(tokens: list[Token], k: int) -> bool:
    """Does the noun at `k` lead on to its maker ("estimates by the ministry", "a bulletin
    from the agency", "a tally by the AP")?"""
    if k + 2 < len(tokens) and tokens[k + 1].lower in MADE_BY and tokens[k + 2].lower == "by":
        k += 1   # "data compiled by the monitor"
    return k + 1 < len(tokens) and (
        tokens[k].lower in LEADING_NOUNS | MADE_BY and tokens[k + 1].lower in ("by", "from", "of")
        or tokens[k].lower in COUNT_NOUNS and tokens[k + 1].lower == "by")


MADE_BY = frozenset("compiled collected gathered released published provided issued".split())


def _phrase_before(tokens: list[Token], index: int, date_spans=()) -> tuple[int, int] | None:
    j = index - 1
    # skip "has also", "on Monday", "in a statement" between the claimant and the verb
    while j >= 0 and (tokens[j].lower in SKIP_BEFORE_CUE or _in_spans(tokens[j], date_spans)
                      or tokens[j].lower in ("on", "last", "week", "this")):
        j -= 1
    if j >= 2 and tokens[j].lower == "," and tokens[j - 1].lower in ASIDE_ADVERBS and tokens[j - 2].lower == ",":
        j -= 3   # "The health department, however, said"
    if j >= 0 and tokens[j].lower in PRONOUNS:
        return j, j + 1
    if j >= 0 and tokens[j].lower == ",":
        j = _skip_parenthetical(tokens, j)
        while j >= 1 and tokens[j].lower in ("there", "here"):
            j -= 1   # "A doctor there, who asked not to be named, said"
    head = _head_before_place(tokens, j) if j >= 2 and tokens[j].is_word else None
    if head is not None:
        # "Health officials in the territory said", "the governor of South Kivu province
        # said": the place belongs to the speaker
        k = head
        while k - 1 >= 0 and _np_token(tokens, k - 1):
            k -= 1
        return k, j + 1
    end = j + 1
    while j >= 0 and end - j <= MAX_NP and _np_token(tokens, j) and not _in_spans(tokens[j], date_spans):
        j -= 1
    j = _modifiers_after_determiner(tokens, j, end)
    start = j + 1
    while end > start and tokens[end - 1].lower in ("and", "of", "for", "in", "-", "("):
        end -= 1
    if start > 0 and tokens[start - 1].lower in PLACE_PREPOSITIONS:
        if start >= 2 and is_head(tokens[start - 2].lower):
            # "Health officials in the territory said": the place belongs to the speaker
            k = start - 2
            while k - 1 >= 0 and _np_token(tokens, k - 1):
                k -= 1
            return k, end
        return None  # "fighting near Haifa and claimed ...": a place, not a speaker
    while start < end and tokens[start].lower in DETERMINERS | {"and", "of", "for", "in"}:
        start += 1
    # "lawmakers briefed by intelligence officials estimate": the relay before the source cue
    if start >= 3 and tokens[start - 1].lower == "by" and tokens[start - 2].lower in ("briefed", "informed"):
        outer = _phrase_before(tokens, start - 2, date_spans)
        if outer:
            return outer
    return (start, end) if end > start else None


def _head_before_place(tokens: list[Token], j: int) -> int | None:
    """Where a speaker's head stands before the place ending at `j`: "officials in the
    territory", "the governor of South Kivu province" (a preposition of place or "of", an
    optional determiner, up to three capitalised words, then the word at `j`), or None."""
    k = j - 1
    while k >= 0 and j - k <= 3 and _proper_word(tokens[k]):
        k -= 1
    if k >= 0 and tokens[k].lower in DETERMINERS:
        k -= 1
    if k >= 1 and tokens[k].lower in PLACE_OR_OF and is_head(tokens[k - 1].lower):
        return k - 1
    return None


def _modifiers_after_determiner(tokens: list[Token], j: int, end: int) -> int:
    """"the national search and rescue agency said": lower-case words between a determiner
    and the head belong to the phrase. Returns the index before the phrase's first token."""
    k = j
    while k >= 0 and j - k < 6 and (tokens[k].is_word or _abbreviation_dot(tokens, k)) \
            and tokens[k].lower not in DETERMINERS and tokens[k].lower not in STOP_MODIFIERS \
            and (tokens[k].lower not in FUNCTION_WORDS or tokens[k].lower == "and") \
            and not tokens[k].lower.endswith(("'s", "’s")):
        k -= 1
    possessive = k >= 0 and tokens[k].lower.endswith(("'s", "’s"))
    if k >= 0 and k < j and (tokens[k].lower in DETERMINERS or possessive) and end - 1 > j:
        # "Ecuador's prison agency SNAI": a possessor opens the phrase as "the" does
        return k - 1 if not possessive else _np_start(tokens, k)
    return j


def _abbreviation_dot(tokens: list[Token], k: int) -> bool:
    """The full stop closing an abbreviation ("U.N. peacekeeping mission"), a token of its own."""
    return tokens[k].text == "." and k > 0 and "." in tokens[k - 1].text and tokens[k - 1].end == tokens[k].start


def _np_start(tokens: list[Token], k: int) -> int:
    """The index before a possessor's own phrase ("the region's"), walking back over it."""
    while k - 1 >= 0 and (tokens[k - 1].text[:1].isupper() or tokens[k - 1].lower in DETERMINERS):
        k -= 1
    return k - 1


def _skip_parenthetical(tokens: list[Token], comma: int) -> int:
    """"Min Thu Aung, a resistance commander, said": step back over ", a resistance commander," to
    the name before it; "the agency, the HUR, said" and "a doctor, Mohamed Yusuf, said" keep
    the name set off by the commas. Returns the index of the last token of the phrase."""
    for k in range(comma - 1, max(-1, comma - 16), -1):
        if tokens[k].lower == ",":
            opener = tokens[k + 1].lower if k + 1 < comma else ""
            if opener in PARENTHETICAL_OPENERS or opener in CLAUSE_OPENERS or opener.endswith("ing"):
                return k - 1  # ", in an assessment seen by X," / ", speaking on condition of ..."
            if opener == "the" and k > 0 and tokens[k - 1].text[:1].isupper() \
                    and not any(tokens[i].text[:1].isupper() for i in range(k + 2, comma)):
                return k - 1  # "Amina Diallo, the regional health chief, said": the name, not the role
            if k + 1 < comma and all(_np_token(tokens, i) for i in range(k + 1, comma)):
                return comma - 1  # an appositive name
            return comma
        if _count_figure(tokens[k]):
            return comma
    return comma


def _count_figure(token: Token) -> bool:
    """A figure that may be a count, not the "two" of "two security sources" (a speaker's
    phrase may hold a number under ten, as _np_token allows)."""
    if token.figure is None or token.figure.kind == "number" and (token.figure.value or 0) < 10:
        return False
    return not linking.is_year(token)


def _in_spans(token: Token, spans) -> bool:
    return any(s <= token.start < e for s, e in spans)


NAME_PARTICLE = re.compile(r"^(?:al|el|ad|as|ash|at|az|abu|bin|ibn|ben|van|von|de|da|del|di|du|le|la)-[A-Z]")


def is_head(word: str) -> bool:
    """A noun that can head a speaker's phrase, singular or plural ("agency", "agencies"), or
    a document that speaks for its author ("the ministry's bulletin")."""
    return word in SPEAKER_HEADS or word in DOCUMENTS or word[:-1] in SPEAKER_HEADS or (
        word.endswith("ies") and word[:-3] + "y" in SPEAKER_HEADS) or (
        word.endswith("es") and word[:-2] in SPEAKER_HEADS)


def _np_token(tokens: list[Token], j: int) -> bool:
    token = tokens[j]
    if token.is_word and NAME_PARTICLE.match(token.text):
        return True  # "Othman al-Fakhri"
    if token.figure:
        return token.figure.kind == "number" and (token.figure.value or 0) < 10
    text = token.text
    if text in ("(", ")"):  # only around an acronym or a one-word name: "(NIS)", "(Fiscalia)"
        inner = tokens[j + 1] if text == "(" and j + 1 < len(tokens) else tokens[j - 1] if j > 0 else None
        other = j + 2 if text == "(" else j - 2   # where the other bracket must stand
        return inner is not None and inner.is_word and inner.text[:1].isupper() and 0 <= other < len(tokens) \
            and tokens[other].text == (")" if text == "(" else "(")
    if text in ("’s", "'s", "&", "."):
        return True
    if not token.is_word:
        return False
    if token.lower in NAME_LINKS and token.text.islower():   # (capitalised, "Das" is a name)
        # bounded by capitalised words, past other particles ("Oficina de la Defensa")
        before, after = j - 1, j + 1
        while before > 0 and tokens[before].lower in NAME_LINKS and tokens[before].text.islower():
            before -= 1
        while after < len(tokens) - 1 and tokens[after].lower in NAME_LINKS and tokens[after].text.islower():
            after += 1
        return 0 <= before and after < len(tokens) and j > 0 and tokens[before].text[:1].isupper() \
            and tokens[after].text[:1].isupper()
    return (text[:1].isupper() and token.lower not in FUNCTION_WORDS) or token.lower in NP_WORDS \
        or is_head(token.lower) or token.lower.endswith(("'s", "’s")) \
        or any(part in SPEAKER_HEADS for part in token.lower.split("-"))  # "commander-in-chief"


def _resolve(sentence, tokens, names, discourse, span, cue, form) -> Speaker | None:
    if not span:
        return None
    start, end = span
    # (an "and" between capitalised words is inside a name: "Centre for Research and Security Studies")
    conjunction = next((k for k in range(start + 1, end - 1) if tokens[k].lower == "and"
                        and not tokens[k + 1].text[:1].isupper()), None)
    if conjunction is not None and any(is_head(t.lower) for t in tokens[start:conjunction]) \
            and not any(n.start < tokens[conjunction].start for n in names if n.end > tokens[start].start):
        # "two security sources and a United Nations official": the first speaker named
        end = conjunction
    char_start, char_end = tokens[start].start, tokens[end - 1].end
    text = sentence[char_start:char_end].strip(" ()\"“”'")
    # a name that starts inside the phrase counts whole ("citing information from Seoul's spy agency")
    inside = [n for n in names if n.start < char_end and n.end > char_start
              and not _possessor_only(sentence, n, char_end)]
    if inside:
        best = _head_name(sentence, inside)
        longer = _longer_name(tokens, start, end, best, inside)
        if longer:  # "Kenya Red Cross", "United States Geological Survey": not the listed body
            return Speaker(longer, "generic", cue, longer, form, phrase_start=start, chars=(char_start, char_end))
        return Speaker(best.name, best.kind, cue, best.text, form, phrase_start=start, listed=True,
                       chars=(char_start, char_end))
    words = [t.lower[:-2] if t.lower.endswith(POSSESSIVE) else t.lower for t in tokens[start:end]]
    possessor = _possessor(tokens, start, end) or _author(tokens, start, end)
    if possessor is not None:
        return _resolve(sentence, tokens, names, discourse, possessor, cue, form)
    determiner = tokens[start - 1].lower if start > 0 else ""
    if len(words) == 1 and words[0] in DOCUMENTS and determiner in ("a", "an"):
        return None   # "said in a statement read on state radio": the speaker's own document
    if len(words) == 1 and words[0] in PRONOUNS:
        return _anaphor(sentence, tokens, names, discourse, cue, form, words[0], start)
    if len(words) == 1 and words[0] in ANAPHORS and determiner in ("the", "its", "his", "her", "their"):
        return _anaphor(sentence, tokens, names, discourse, cue, form, words[0], start)
    heads = [w for w in words if is_head(w)]
    named = [t for t in tokens[start:end] if t.is_word and t.text[:1].isupper()
             and t.lower not in FUNCTION_WORDS]
    if not heads and not named:
        return None
    kind = "relay" if any(w in RELAY_HEADS for w in words) else "generic"
    return Speaker(_clean_phrase(text), kind, cue, text, form, phrase_start=start,
                   chars=(char_start, char_end))


def _possessor_only(sentence: str, name: NameMatch, phrase_end: int) -> bool:
    """A bare country that only owns the speaker ("Ukraine's interior minister Ihor Klymenko",
    "Austria's chancellor"): the speaker is who follows it, not the country."""
    return name.kind == "country" and sentence.startswith(POSSESSIVE, name.end) and name.end + 2 < phrase_end


def _longer_name(tokens: list[Token], start: int, end: int, name: NameMatch, listed) -> str | None:
    """The proper name a listed alias is only part of, when capitalised words (not titles,
    not a possessor) run on from it: "Kenya Red Cross" holds "Red Cross" but is not the ICRC."""
    inside = [i for i in range(start, end) if tokens[i].start >= name.start and tokens[i].end <= name.end]
    if not inside:
        return None
    first, last = inside[0], inside[-1]
    if tokens[last].lower.endswith(("'s", "’s")):
        return None
    def free(token):  # a capitalised word that no other listed name claims
        return _proper_word(token) and not any(n.start <= token.start < n.end for n in listed)

    left = first
    while left - 1 >= start and free(tokens[left - 1]):
        left -= 1
    right = last
    while right + 1 < end and free(tokens[right + 1]):
        right += 1
    if (left, right) == (first, last):
        return None
    return " ".join(t.text for t in tokens[left:right + 1])


def _proper_word(token: Token) -> bool:
    """A capitalised word of a name: not a title, a possessive, or a modifier such as
    "Britain-based" or "Iran-backed" (capitalised only for the name it is built on)."""
    return token.is_word and token.text[:1].isupper() and token.lower not in TITLES \
        and token.lower not in FUNCTION_WORDS and not token.lower.endswith(("'s", "’s")) \
        and not token.text.rpartition("-")[2][:1].islower()


def _possessor(tokens: list[Token], start: int, end: int):
    """"the agency's January estimate", "Zelensky's nightly address": the phrase of the one
    whose document it is, when the phrase ends in a document noun after a possessive."""
    if not (end - start >= 2 and tokens[end - 1].lower in DOCUMENTS):
        return None
    for k in range(end - 2, start - 1, -1):
        if tokens[k].lower.endswith(("'s", "’s")):
            return (start, k + 1)
    return None


def _author(tokens: list[Token], start: int, end: int):
    """"a tally by the Associated Press", "an estimate by local officials", "a statement from
    the presidency": whoever made the document the phrase names."""
    for k in range(start + 1, end - 1):
        document = tokens[k - 2].lower if tokens[k - 1].lower in MADE_BY and k >= 2 else tokens[k - 1].lower
        if tokens[k].lower in ("by", "from", "of") and document in DOCUMENTS:
            return (k + 1, end)   # ("the latest report of the monitor", "data compiled by the monitor")
    return None


def _head_name(sentence: str, inside: list[NameMatch]) -> NameMatch:
    """The claimant a phrase names: not a possessor ("Ukraine's Ministry of Defence's Main
    Intelligence Directorate" is the directorate), and a body before a bare country."""
    heads = [n for n in inside if not sentence[n.end:n.end + 2] in ("'s", "’s")] or inside
    specific = [n for n in heads if n.kind != "country"] or heads
    # "U.N. Office for the Coordination of Humanitarian Affairs": the fullest name, not "U.N."
    return max(specific, key=lambda n: (len(n.text), -n.start))


def _anaphor(sentence, tokens, names, discourse, cue, form, word, start) -> Speaker | None:
    """"he said", "the unit said", "which said": the speaker a pronoun or a definite head
    points back to. A head ("the officers") first looks for the last speaker it describes;
    a non-personal one ("the agency", "which") for the nearest body named before it in the
    sentence (a bare country is a place more often than a speaker); all fall back on the
    article's last speaker. With no speaker before (an excerpt that starts mid-story) it is
    left "pending" for the first named speaker after it."""
    last = discourse.last_speaker
    if word in ("which", "who") and start >= 2 and tokens[start - 1].lower == ",":
        # "clashes with Azerbaijan, which reported ...": the name the clause hangs on, a
        # country too
        antecedent = next((n for n in names if n.end == tokens[start - 2].end), None)
        if antecedent is not None:
            return Speaker(antecedent.name, antecedent.kind, cue, antecedent.text, form, False, start, listed=True)
        first = start - 2
        while first - 1 >= 0 and _np_token(tokens, first - 1) and start - first < MAX_NP:
            first -= 1
        named = _resolve(sentence, tokens, names, discourse, (first, start - 1), cue, form)
        if named is not None:
            return replace(named, explicit=False, phrase_start=start)
    if word in ("he", "she"):
        # "the number Zelensky gave last week, when he said ...": a person named before it
        people = [n for n in names if n.end <= tokens[cue].start and _looks_like_person(n.name)]
        if people:
            return Speaker(people[-1].name, people[-1].kind, cue, people[-1].text, form, False, start, listed=True)
    if word in ("he", "she", "they") and discourse.last_named is not None:
        return _echo(discourse.last_named, cue, form, start)
    if word in ANAPHORS:
        # "the ministry" is the latest speaker named a ministry, not its spokesman
        described = next((s for s in reversed(discourse.history[-6:])
                          if word in s.name.lower() or word == _head_word(s.text) or word == s.kind), None)
        if described is None and last and word in last.text.lower():
            described = last
        if described is not None:
            return _echo(described, cue, form, start)
    if word not in ("he", "she", "they"):
        earlier = [n for n in names if n.end <= tokens[cue].start and n.kind != "country"]
        if earlier:
            near = earlier[-1]
            return Speaker(near.name, near.kind, cue, near.text, form, False, start, listed=True)
    if last:
        return _echo(last, cue, form, start)
    return Speaker(word, "pending", cue, word, form, False, start)


ORGANISATION_WORDS = frozenset("""ministry agency forces force department staff office service house council
command army military police government committee organization organisation network society
nations survey directorate center centre mission group""".split())


def _looks_like_person(name: str) -> bool:
    """"Volodymyr Zelensky", not "South Korea NIS" or "Israel Defense Forces"."""
    words = name.split()
    return len(words) >= 2 and all(w[:1].isupper() and not w.isupper() for w in words) and not any(
        w.lower() in ORGANISATION_WORDS for w in words) and not gazetteer.find_subjects(name)


def _head_word(phrase: str) -> str:
    """The head noun of a speaker as written: "UN Human Rights Monitoring Mission in Ukraine"
    is a mission; "Daniel Hagari, the military's spokesman" a spokesman, not the military."""
    words = HEAD_WORDS.findall(phrase.lower())
    cut = next((i for i, w in enumerate(words) if w in ("in", "of", "for", "on") and i > 0), len(words))
    return words[cut - 1] if cut else ""


HEAD_WORDS = re.compile(r"[\w'’-]+")


def _echo(speaker: Speaker, cue: int, form: str, start: int) -> Speaker:
    return replace(speaker, cue=cue, form=form, explicit=False, phrase_start=start, trailing=False)


_FORMAT_MARK = re.compile(f"[{FORMAT_MARKS}]")


def _clean_phrase(text: str) -> str:
    """A speaker as a name: "the regional Governor Oleh Syniehubov" -> "Oleh Syniehubov";
    a phrase that is no person's name stays as written ("local media")."""
    words = _FORMAT_MARK.sub("", text).split()  # a zero-width space is no word
    while words and (words[0].lower() in DETERMINERS or words[0].lower() == "then"):  # "then Defence Minister X"
        words.pop(0)
    for i, word in enumerate(words[1:], start=1):
        if word.lower() in ("in", "at") and i >= 1:  # "officials in the territory": the officials
            words = words[:i]
            break
    if len(words) >= 2 and words[-1].startswith("("):
        words.pop()  # "... on Human Rights (KNCHR)", "Prosecutor's Office (Fiscalia)": it repeats the name
    if words and words[-1].endswith(POSSESSIVE):
        words[-1] = words[-1][:-2]   # the possessor of a document: "the interior ministry's figures"
    titled = list(words)
    while titled and titled[0].lower().rstrip(".") in TITLES:
        titled.pop(0)
    if len(titled) >= 2 and len(titled) < len(words) and all(
            w[:1].isupper() or NAME_PARTICLE.match(w) for w in titled):
        words = titled
    else:
        # "fire service official Anwar Hossain", "the state-funded Kenya National Commission
        # on Human Rights": lower-case words describing a proper name that ends the phrase
        first = _proper_name_start(words)
        if len(words) - first >= 2 and first > 0 and _describes_name(words[first - 1]):
            words = words[first:]
    return " ".join(words).strip(" ,")


TYING_WORDS = FUNCTION_WORDS | PLACE_PREPOSITIONS


def _describes_name(word: str) -> bool:
    """A lower-case word that describes the name after it ("official", "state-funded"), not
    one that ties it to something else ("resident of", "the territory's")."""
    return word[:1].islower() and word.lower() not in TYING_WORDS and not word.endswith(POSSESSIVE)


INSIDE_NAMES = NAME_LINKS | frozenset("of for the and".split())


def _proper_name_start(words: list[str]) -> int:
    """Where the run of capitalised words (with "al-", "on", "of" and the like inside it)
    that ends `words` begins; len(words) when the last word is not capitalised."""
    first = len(words)
    while first > 0 and (words[first - 1][:1].isupper() or NAME_PARTICLE.match(words[first - 1])
                         or (words[first - 1] in INSIDE_NAMES and first < len(words))):
        first -= 1
    while first < len(words) and not words[first][:1].isupper():
        first += 1  # the run opens with a capital
    return first


def _headline_speakers(sentence: str, tokens: list[Token], names: list[NameMatch]) -> list[Speaker]:
    """Headline attributions: "Zelensky: 3,000 killed" and "3,000 killed: Ukraine"."""
    out = []
    colons = [i for i, t in enumerate(tokens) if t.text == ":"]
    for i in colons:
        before = [n for n in names if n.end <= tokens[i].start and n.kind != "country"
                  and n.start >= (tokens[i - 3].start if i >= 3 else 0) and not n.text.isupper()]
        if before and (i <= 4 or any(t.text == "." for t in tokens[max(0, i - 5):i])):
            out.append(Speaker(before[-1].name, before[-1].kind, i, before[-1].text, "headline", listed=True))
        after = [n for n in names if n.start >= tokens[i].end]
        if after and after[-1].end >= len(sentence.rstrip(" .")) - 1 and len(tokens) - i <= 4:
            out.append(Speaker(after[-1].name, after[-1].kind, i, after[-1].text, "headline", listed=True))
    return out


def choose_speaker(speakers: list[Speaker], figure_index: int, discourse: Discourse):
    """The claimant and go-between of the figure at `figure_index`: the nearest cue's speaker,
    with a relay or a generic speaker replaced by the source it cites."""
    direct = [s for s in speakers if s.form != "source" and _covers(s, figure_index)]
    sources = [s for s in speakers if s.form == "source" and s.kind != "relay"]
    if not direct and not sources:
        return None, None
    if not direct:
        named = [s for s in sources if s.kind != "generic"]
        return (named or sources)[0], None
    speaker = min(direct, key=lambda s: (abs(s.cue - figure_index), s.cue < figure_index))
    cited = [s for s in sources if _cites(speaker, s)]
    if cited:   # "Local media, citing police, reported ...": the police's figure, relayed
        return cited[0], speaker
    if speaker.kind in SPEAKER_KINDS_FOR_SOURCE:
        source = _source_for(speaker, speakers, sources, discourse)
        if source:
            return source, speaker
    return speaker, None


def _cites(speaker: Speaker, source: Speaker) -> bool:
    """Is `source` cited in the speaker's own clause: between the speaker and its verb
    ("Reuters, citing two security sources, said") or right after the verb ("the party said,
    citing hospital sources, that")?"""
    return 0 <= speaker.phrase_start < source.cue <= speaker.cue + CITING_AFTER_VERB


CITING_AFTER_VERB = 2   # tokens from a reporting verb to a "citing" that belongs to it ("said, citing")


def _covers(speaker: Speaker, figure_index: int) -> bool:
    """A cue after the figure speaks for it only as a closing attribution (", X said") or
    in the "according to X" form; "..., and the military raised the toll" does not."""
    return speaker.cue < figure_index or speaker.form in ("after", "headline") or speaker.trailing


def _source_for(speaker, speakers, sources, discourse):
    named = [s for s in sources if s.kind != "generic"]
    if named:
        return named[0]
    if sources and speaker.kind == "relay":
        return sources[0]
    if speaker.kind == "relay":
        agencies = [s for s in speakers if s is not speaker and s.kind not in ("relay", "generic", "country")]
        if agencies:
            return agencies[0]
        known = discourse.relay_sources.get(speaker.name)
        if known:
            return known
        if discourse.relay_sources:
            return next(iter(discourse.relay_sources.values()))
    return None


PERSON_OPENING = re.compile(r"^(?:[A-Z][a-z]+(?:[ -][A-Z][a-z]+){1,2})(?=,| [a-z])")


def remember(discourse: Discourse, speakers: list[Speaker], names: list[NameMatch],
             sentence: str = "") -> None:
    """Update what the article has said so far with one sentence's speakers (or, in a
    sentence with none, the body or person it names first)."""
    if not speakers:
        discourse.last_named = _named_in(sentence, names)
        return
    discourse.last_named = None
    sources = [s for s in speakers if s.form == "source" and s.kind not in ("relay", "generic")]
    direct = [s for s in speakers if s.form != "source"]
    for speaker in direct:
        if speaker.kind == "relay":
            if discourse.first_relay is None or not discourse.first_relay.listed:
                discourse.first_relay = speaker
            if sources:
                discourse.relay_sources.setdefault(speaker.name, sources[0])
    if direct:
        # "X said this, according to Ukrinform": X speaks on; the relaying outlet does not
        explicit = [s for s in direct if s.explicit] or direct
        bodies = [s for s in explicit if s.kind != "media"] or explicit
        discourse.last_speaker = bodies[-1]
        discourse.history.extend(s for s in explicit if s.explicit)
    elif sources:
        discourse.last_speaker = sources[-1]


def _named_in(sentence: str, names: list[NameMatch]) -> Speaker | None:
    bodies = [n for n in names if n.kind != "country"]
    if bodies:
        return Speaker(bodies[0].name, bodies[0].kind, -1, bodies[0].text, listed=True)
    person = PERSON_OPENING.match(sentence)
    if person and not gazetteer.find_subjects(person.group(0)):
        return Speaker(person.group(0), "generic", -1, person.group(0))
    return None


def relay_name(speaker: Speaker, discourse: Discourse) -> str:
    """A relay as a name: "a South Korean lawmaker" becomes the lawmaker the article names."""
    named = discourse.first_relay
    if speaker.kind == "relay" and not speaker.listed and named is not None and named.listed:
        return named.name
    return speaker.name
