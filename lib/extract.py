"""From one article to its casualty claims (../shared/CLAIMS.md), as a pipeline:

    clean -> sentences -> speakers (who says what, sentence by sentence)
          -> figures linked to casualty words -> one mention per figure
             (qualifier, bounds, subject, claimant, date, modality, restated, period)
          -> mentions of one statement merged into one claim

Every claim keeps its provenance: the article, the sentence it was read from and the
character span of its figure in the cleaned text (and, through CleanText, in the original).
"""
from __future__ import annotations

import datetime as dt
import functools
import re
from dataclasses import dataclass, field, replace

from lib import attribution, dates, gazetteer, linking, schema as S, vocabulary
from lib.articles import Article
from lib.cleaning import CleanText, clean
from lib.gazetteer import NameMatch
from lib.text import Sentence, Token, split_sentences, tokenize

EXTRACTOR_VERSION = "1"
PROJECTION = frozenset("could may might expected likely projected forecast would feared set "
                       "estimated-to".split())
RESTATED_CUES = re.compile(
    r"\b(?:previously|earlier(?!\s+this\s+(?:week|month))|had\s+(?:said|estimated|reported|told|put|given)|"
    r"(?:has|have)\s+(?:previously\s+)?(?:said|estimated|put)|came\s+after|follows\s+(?:a|an|the)\s+"
    r"(?:report|statement|estimate|assessment)|"
    # "said last week" restates; "killed since last month" only dates the period
    r"(?<!since\s)(?<!since\sthe\sstart\sof\s)(?<!from\s)(?<!over\sthe\s)(?<!during\s)last\s+(?:week|month|year))\b",
    re.IGNORECASE)
RESTATED_AFTER_DAYS = 3
STOP_SUBJECT_BEFORE = frozenset("for against alongside in into to with by near across at on of "
                                "toward towards from".split())
LOCATION_BEFORE = frozenset("in across inside throughout at near".split())
ESTIMATE_WINDOW = 10
# how much each way of naming a claimant is worth when mentions of one statement merge
CLAIMANT_RANK = {"outlet": 0, "generic": 1, "named": 1.5, "country": 2, "media": 3, "relay": 3}


@dataclass(frozen=True)
class Mention:
    """One figure read as a casualty claim, before merging."""
    category: str
    subject: str
    qualifier: str
    low: int | None
    high: int | None
    best: int | None
    claimant: str
    claimant_via: str
    claimant_rank: int
    claim_date: dt.date | None
    period_start: dt.date | None
    modality: str
    restated: bool
    evidence: str
    span_start: int
    span_end: int
    figure_text: str
    sentence: int


@dataclass
class _SentenceFacts:
    """One sentence and what the extractor learns of it. Tokens, dates and speakers are
    filled in only for sentences that need them (tokenising is the expensive step)."""
    sentence: Sentence
    paragraph: int
    claimable: bool   # a casualty word and something like a figure: a claim is possible
    casualty_spans: list[tuple[int, int]] = field(default_factory=list)
    cue_spans: list[tuple[int, int]] = field(default_factory=list)
    tokens: list[Token] | None = None
    speakers: list[attribution.Speaker] = field(default_factory=list)
    dates: list[dates.DateMention] = field(default_factory=list)
    read: bool = False
    _subjects: list[NameMatch] | None = None
    _names: list[NameMatch] | None = None
    main_subject: str | None = None  # kept on the first sentence: the article's main subject
    claim_dates: list[dates.DateMention] | None = None

    @property
    def names(self) -> list[NameMatch]:
        """The claimant names in the sentence (looked up on first use)."""
        if self._names is None:
            self._names = gazetteer.find_claimants(self.sentence.text)
        return self._names

    @property
    def subjects(self) -> list[NameMatch]:
        if self._subjects is None:
            self._subjects = gazetteer.find_subjects(self.sentence.text)
        return self._subjects


FIGURE_HINT = re.compile(r"\d|\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|"
                         r"twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred|thousand|"
                         r"million|dozen|dozens|hundreds|thousands|scores)\b", re.IGNORECASE)
FIGURE_REFERENCE = re.compile(r"\bthe\s+(?:figure|estimate|tally|count)\b", re.IGNORECASE)


def extract_article(article: Article) -> list[dict]:
    """The claims of one article as records keyed by the schema's column names."""
    return [_record(article, m) for m in extract_mentions(article)]


def extract_mentions(article: Article) -> list[Mention]:
    return _extract_cached(article.text, article.published, article.outlet or _host(article.url))


@functools.lru_cache(maxsize=512)
def _extract_cached(text: str, published: dt.date | None, outlet: str) -> list[Mention]:
    cleaned = clean(text)
    ref_year = dates.reference_year(text) if published is None else None
    facts = _read_sentences(cleaned)
    if not any(f.claimable for f in facts):
        return []
    read = functools.partial(_read, published=published, ref_year=ref_year)
    discourse = _follow_speakers(facts, read)
    speaker_dates: dict[str, dt.date] = {}
    mentions: list[Mention] = []
    for index, fact in enumerate(facts):
        if not fact.read:
            continue
        mentions.extend(_sentence_mentions(index, fact, facts, discourse, published, outlet,
                                           speaker_dates, mentions[-1] if mentions else None))
        _remember_dates(fact, speaker_dates)
    return merge_mentions(mentions)


def _host(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?([^/]+)", url or "")
    return match.group(1) if match else ""


def _read_sentences(cleaned: CleanText) -> list[_SentenceFacts]:
    """The sentences with their casualty words and reporting cues (each found in one pass
    over the whole text), and which of them may hold a claim."""
    text = cleaned.text
    sentences = split_sentences(text)
    casualties = _by_sentence(linking.find_casualty_spans(text), sentences, lambda s: s,
                              lambda s, off: (s[0] - off, s[1] - off))
    cues = _by_sentence(attribution.find_cue_spans(text), sentences, lambda s: s,
                        lambda s, off: (s[0] - off, s[1] - off))
    facts, paragraph, line_cursor = [], 0, 0
    for i, sentence in enumerate(sentences):
        paragraph += text.count("\n", line_cursor, sentence.start)
        line_cursor = sentence.start
        claimable = (bool(casualties[i]) or ("the" in sentence.text and bool(FIGURE_REFERENCE.search(sentence.text)))) \
            and bool(FIGURE_HINT.search(sentence.text))
        facts.append(_SentenceFacts(sentence, paragraph, claimable, casualties[i], cues[i]))
    return facts


def _by_sentence(items, sentences, span_of, shift):
    """Split items found in the whole text among the sentences that hold them, with offsets
    made relative to their sentence."""
    out, cursor = [[] for _ in sentences], 0
    for i, sentence in enumerate(sentences):
        while cursor < len(items) and span_of(items[cursor])[0] < sentence.start:
            cursor += 1
        while cursor < len(items) and span_of(items[cursor])[1] <= sentence.end:
            out[i].append(shift(items[cursor], sentence.start))
            cursor += 1
    return out


def _read(fact: _SentenceFacts, published, ref_year) -> bool:
    """Tokenise a sentence and find its dates, once; False when it holds nothing to read."""
    if not fact.read:
        fact.read = True
        if fact.claimable or fact.cue_spans:
            fact.tokens = tokenize(fact.sentence.text, figures=fact.claimable)
            if _may_hold_date(fact.tokens):
                fact.dates = dates.find_dates(fact.sentence.text, published, ref_year)
        else:
            fact.read = False
            return False
    return True


DATE_WORDS = frozenset("""january february march april may june july august september october
november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday week month year yesterday today tonight night morning afternoon
evening ago weekend overnight""".split())


def _may_hold_date(tokens: list[Token]) -> bool:
    """A quick test before the date finder: a digit or a word of the calendar."""
    return any(t.figure is not None or t.lower in DATE_WORDS or t.text[:1].isdigit() for t in tokens)


CONTEXT_BEFORE = 1   # sentences before a possible claim whose speakers a pronoun may point to
RELAY_HINT = re.compile(r"\b(?:lawmakers?|legislators?|MPs?|Rep\.|representative|senator)\b", re.IGNORECASE)


def _follow_speakers(facts: list[_SentenceFacts], read) -> attribution.Discourse:
    """Read who speaks, sentence by sentence, where it can matter: the sentences that may
    hold a claim, the few before them (whom a "he said" points back to), the one after
    ("This was confirmed by ..."), and any that names a relay (a lawmaker passing on an
    agency's figure). Past the last claim, read on only for a speaker still owed: one named
    after its pronoun ("the minister said ... Abiad said"), or the source of a relay."""
    discourse = attribution.Discourse()
    near_claim = _near_claims(facts)
    last_claim = max(i for i, f in enumerate(facts) if f.claimable)
    for index, fact in enumerate(facts):
        owed = _tail_needed(facts, discourse, index)
        if index > last_claim + 1 and not owed:
            break
        wanted = near_claim[index] or owed or (fact.cue_spans and RELAY_HINT.search(fact.sentence.text))
        if not wanted:
            discourse.last_named = None  # unread: whoever it names is out of a pronoun's reach
            continue
        if read(fact):
            spans = [(d.start, d.end) for d in fact.dates]
            fact.speakers = attribution.find_speakers(fact.sentence.text, fact.tokens, fact.names,
                                                      discourse, spans, fact.cue_spans)
        attribution.remember(discourse, fact.speakers, fact.names, fact.sentence.text)
    _resolve_pending(facts)
    return discourse


def _tail_needed(facts, discourse, index) -> bool:
    pending = any(s.kind == "pending" for f in facts[max(0, index - 8):index] for s in f.speakers)
    unsourced_relay = discourse.first_relay is not None and not discourse.relay_sources
    return pending or unsourced_relay


def _near_claims(facts: list[_SentenceFacts]) -> list[bool]:
    near = [False] * len(facts)
    for i, fact in enumerate(facts):
        if fact.claimable:
            for j in range(max(0, i - CONTEXT_BEFORE), min(len(facts), i + 2)):
                near[j] = True
    return near


def _resolve_pending(facts: list[_SentenceFacts]) -> None:
    """"the minister said" at the top of an excerpt that names the minister only later: the
    first named speaker after it."""
    for index, fact in enumerate(facts):
        for k, speaker in enumerate(fact.speakers):
            if speaker.kind != "pending":
                continue
            later = next((s for f in facts[index + 1:] for s in f.speakers
                          if s.explicit and s.kind not in ("pending", "generic", "relay")
                          and _describes(speaker.name, s)), None)
            if later is None and speaker.name in attribution.PRONOUNS:
                fact.speakers[k] = None  # "he said" with nobody to point to names no one
                continue
            # nobody named later: "the army" stays the speaker, as written
            fact.speakers[k] = replace(later or speaker, cue=speaker.cue, explicit=False,
                                       form=speaker.form, trailing=speaker.trailing,
                                       kind=later.kind if later else "generic")
        fact.speakers = [s for s in fact.speakers if s is not None]


def _describes(head: str, speaker) -> bool:
    """Can "the <head>" be this speaker? A pronoun can be anyone; "the ministry" only a
    speaker whose name or words hold "ministry" (or "minister")."""
    if head in attribution.PRONOUNS:
        return True
    stem = head[:-1] if head.endswith("y") else head
    return stem in speaker.name.lower() or stem in speaker.text.lower()


def _sentence_mentions(index, fact, facts, discourse, published, outlet, speaker_dates, previous):
    if not fact.claimable:
        return []
    tokens, sentence = fact.tokens, fact.sentence
    words = linking.casualty_words(sentence.text, tokens, fact.casualty_spans)
    date_spans = [(d.start, d.end) for d in fact.dates]
    figures = [i for i, t in enumerate(tokens) if t.figure]
    reasons = {i: linking.reject_reason(tokens, i, date_spans) for i in figures}
    rejected = {i: reason for i, reason in reasons.items() if reason}
    links = linking.link(tokens, words, rejected)
    if not words and previous is not None:
        links = linking.figure_restatement(tokens, rejected, previous.category)
    out = []
    for link in links:
        if _hypothetical(tokens, link):
            continue
        claimant, via, rank, cue = _claimant(index, fact, facts, discourse, link.figure, outlet)
        claim_date, explicit = _claim_date(fact, cue, (claimant, via), speaker_dates, published, link.figure)
        qualifier, low, high, best = _figure_reading(tokens, link.figure)
        restated = _restated(sentence.text, claim_date, published, explicit)
        if link.direction == "previous":  # "rose to 262 from 231 a week ago": an earlier figure
            claim_date, restated = _date_after(fact, tokens, link.figure, claim_date), True
        figure_token = tokens[link.figure]
        out.append(Mention(
            category=link.word.category,
            subject=_subject(sentence.text, tokens, link, fact, facts, index),
            qualifier=qualifier, low=low, high=high, best=best,
            claimant=claimant, claimant_via=via, claimant_rank=rank,
            claim_date=claim_date,
            period_start=_period_start(tokens, fact.dates, sentence.text, published),
            modality=_modality(tokens, link),
            restated=restated,
            evidence=sentence.text,
            span_start=sentence.start + figure_token.start,
            span_end=sentence.start + figure_token.end,
            figure_text=_figure_as_stated(sentence.text, tokens, link.figure),
            sentence=index,
        ))
    return out


# --------------------------------------------------------------------------- claimant

def _claimant(index, fact, facts, discourse, figure_index, outlet):
    """(claimant, go-between, rank, cue token index or None) for one figure."""
    speaker, via = attribution.choose_speaker(fact.speakers, figure_index, discourse)
    cue = speaker.cue if speaker else None
    if speaker is None:
        speaker = _next_sentence_attribution(facts, index) or _carried_speaker(facts, index)
        if speaker is None:
            return outlet, "", CLAIMANT_RANK["outlet"], None
    via_name = attribution.relay_name(via, discourse) if via else ""
    name = speaker.name
    if speaker.kind == "relay":
        name = attribution.relay_name(speaker, discourse)
    rank = CLAIMANT_RANK.get(speaker.kind, 5)
    if speaker.kind == "generic" and name[:1].isupper():
        rank = CLAIMANT_RANK["named"]  # "Sudan Doctors Network" says more than "the group"
    return name, via_name, rank, cue


THIS_WAS = re.compile(r"^(?:this|that|the (?:figure|number|toll|estimate))\s+(?:was|has been)\s+"
                      r"(?:stated|confirmed|reported|announced|said|disclosed|given|released)\s+by\b",
                      re.IGNORECASE)
SAID_THIS = re.compile(r"\b(?:said|stated|reported|announced|confirmed|wrote)\s+(?:this|that|so)\b",
                       re.IGNORECASE)
PASSIVE_REPORTED = re.compile(r"\b(?:reportedly|(?:are|is|were|was|been)\s+(?:reported|believed|"
                              r"said|thought|estimated)\s+(?:to|as)|according\s+to\s+(?:the\s+)?reports?)\b",
                              re.IGNORECASE)
QUOTE_OPENERS = ('"', "“", "«")


def _next_sentence_attribution(facts, index):
    """"1,000 were killed last week. This was confirmed by Kirby." (or "Kirby said this")
    names the claimant in the sentence after."""
    if index + 1 >= len(facts):
        return None
    following = facts[index + 1]
    text = following.sentence.text
    if following.speakers and (THIS_WAS.match(text) or SAID_THIS.search(text)):
        return following.speakers[0]
    return None


def _carried_speaker(facts, index):
    """A sentence naming nobody still has a speaker when it is a quotation going on from the
    one before, or says "reportedly" / "are believed to" of reports the same paragraph named."""
    fact = facts[index]
    text = fact.sentence.text
    quoted = text.startswith(QUOTE_OPENERS)
    if not quoted and not PASSIVE_REPORTED.search(text):
        return None
    for position in range(index - 1, max(-1, index - 4), -1):
        earlier = facts[position]
        if earlier.paragraph != fact.paragraph and not quoted:
            return None
        explicit = [s for s in earlier.speakers if s.form != "source"]
        if explicit:
            return explicit[-1]
    return None


# --------------------------------------------------------------------------- dates

def _claim_date(fact, cue, names, speaker_dates, published, figure=None):
    """(claim date, whether the text gave it): the date attached to the reporting cue, a
    sentence-opening date ("On Monday, ..."), the claimant's date earlier in the article,
    or the publication date."""
    mention = _cue_date(fact, cue, figure)
    if mention is not None and mention.date is not None:
        return mention.date, True
    for name in names:
        if name in speaker_dates:
            return speaker_dates[name], True
    return published, False


def _cue_date(fact, cue, figure=None):
    tokens = fact.tokens
    if fact.claim_dates is None:  # the dates that may say when a claim was made, found once
        fact.claim_dates = [d for d in fact.dates if not _after_since(fact.sentence.text, d)]
    usable = fact.claim_dates
    if not usable:
        return None
    opening = [d for d in usable if d.start <= (tokens[2].start if len(tokens) > 2 else 0)
               and fact.sentence.text[d.end:d.end + 2].strip().startswith((",", ")"))]
    if cue is None:
        return opening[0] if opening else None
    cue_start, cue_end = tokens[cue].start, tokens[cue].end
    near = []
    for d in usable:
        before = _tokens_between(tokens, d.end, cue_start) if d.end <= cue_start else None
        after = _tokens_between(tokens, cue_end, d.start) if d.start >= cue_end else None
        # a month named after the figure ("estimates 1,180 deaths in July") is the period
        # counted, unless it follows the verb at once ("said in July")
        past_figure = figure is not None and d.start > tokens[figure].end
        reach_after = 2 if d.kind == "month" and past_figure else 8
        if before is not None and before <= 5:
            near.append((before, d))
        elif after is not None and after <= reach_after:
            near.append((after, d))
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    return opening[0] if opening else None


DAY_BEFORE = re.compile(r"\s*(?:on\s+)?the\s+(?:previous|prior)\s+day|\s*the\s+day\s+before", re.IGNORECASE)


def _date_after(fact, tokens, index, claim_date=None):
    """The date right after an earlier figure ("from 58 on Monday", "from 1,470 the previous
    day", a day before the claim), or None."""
    end = tokens[index].end
    for mention in fact.dates:
        if 0 <= mention.start - end <= 4 and mention.date is not None:
            return mention.date
    if claim_date and DAY_BEFORE.match(fact.sentence.text, end):
        return claim_date - dt.timedelta(days=1)
    return None


def _tokens_between(tokens, start, end) -> int:
    """How many tokens lie wholly between two offsets (tokens are in order: bisection)."""
    return max(0, _first_token_at(tokens, end, by_end=True) - _first_token_at(tokens, start))


def _first_token_at(tokens, offset, by_end=False) -> int:
    """Index of the first token starting at or after `offset` (or, `by_end`, ending after it)."""
    low, high = 0, len(tokens)
    while low < high:
        middle = (low + high) // 2
        if (tokens[middle].end if by_end else tokens[middle].start) < offset + (1 if by_end else 0):
            low = middle + 1
        else:
            high = middle
    return low


PERIOD_OPENER = re.compile(r"\b(?:since|from|until|between)\b[^,.;]{0,40}$|\bby\s+$", re.IGNORECASE)


def _after_since(text: str, mention) -> bool:
    """A date that opens a period ("since the start of December") is not when the claim was made."""
    if re.match(r"(?:since|from|until|between|by)\b", mention.text, re.IGNORECASE):
        return True
    return PERIOD_OPENER.search(text, max(0, mention.start - 60), mention.start) is not None


def _remember_dates(fact, speaker_dates):
    for speaker in fact.speakers:
        mention = _cue_date(fact, speaker.cue)
        if mention is not None and mention.date is not None and speaker.explicit:
            speaker_dates.setdefault(speaker.name, mention.date)


YEAR_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)


def _period_start(tokens, mentions, text="", published=None):
    if published and YEAR_START.search(text):
        return dt.date(published.year, 1, 1)
    for mention in mentions:
        opens = mention.text.lower().startswith("since") or "since" in text[max(0, mention.start - 40):mention.start].lower()
        if mention.window and opens:
            return mention.window[0]
    return None


def _restated(text, claim_date, published, explicit) -> bool:
    if RESTATED_CUES.search(text):
        return True
    return bool(explicit and claim_date and published
                and (published - claim_date).days > RESTATED_AFTER_DAYS)


# --------------------------------------------------------------------------- figures

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


def _figure_reading(tokens, index):
    """(qualifier, low, high, best) of the figure at `index`, per the CLAIMS.md table."""
    figure = tokens[index].figure
    if figure.kind == "vague":
        return "vague", figure.low, figure.high, None
    if figure.kind == "range":
        return "range", figure.low, figure.high, None
    qualifier = _qualifier_before(tokens, index) or _qualifier_after(tokens, index) \
        or _shared_hedge(tokens, index)
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


def _shared_hedge(tokens, index):
    """"around 300 killed and 2,700 injured": a hedge stands for both figures of a pair."""
    if index < 2 or tokens[index - 1].lower != "and":
        return None
    for j in range(index - 2, max(-1, index - 9), -1):
        if tokens[j].figure:
            return _qualifier_before(tokens, j) if tokens[j].figure.kind == "number" else None
        if not tokens[j].is_word:
            return None
    return None


def _qualifier_after(tokens, index):
    after = [t.lower for t in tokens[index + 1:index + 3]]
    if after[:2] == ["or", "more"]:
        return "at_least"
    if after[:1] == ["plus"] or tokens[index].text.endswith("+"):
        return "more_than"
    return None


def _estimated_before(tokens, index) -> bool:
    return any(t.lower in ("estimated", "estimate", "estimates", "estimating")
               for t in tokens[max(0, index - ESTIMATE_WINDOW):index])


def _figure_as_stated(text, tokens, index) -> str:
    """The figure with its hedge, as the text said it ("at least 100")."""
    hedge = _hedge_before(tokens, index)
    start = tokens[hedge[1]].start if hedge else tokens[index].start
    return text[start:tokens[index].end]


# --------------------------------------------------------------------------- subject

def _subject(text, tokens, link, fact, facts, index) -> str:
    """Whose casualties: a name in the figure's own phrase ("100 North Koreans"), one joined
    to the casualty word ("Russian losses", "casualties among North Korean forces"), the
    clause's subject ("North Korean forces have suffered ..."), a place ("across Lebanon"),
    or the subject of the claim before."""
    claimant_spans = [(n.start, n.end) for n in fact.names if n.kind != "country"] + [
        s.chars for s in fact.speakers if s.chars[0] >= 0]
    mentions = [m for m in fact.subjects
                if not any(s <= m.start < e for s, e in claimant_spans)
                and _next_word(text, m.end) not in AGENT_NOUNS]
    figure = tokens[link.figure]
    word_first, word_last = tokens[link.word.first], tokens[link.word.last]
    prep = {m: _word_before(tokens, m.start) for m in mentions}

    own_phrase_end = _phrase_end(tokens, link.figure)
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
    if before:
        return before[-1].name
    places = [m for m in mentions if prep[m] in LOCATION_BEFORE or _word_before(tokens, m.start, 2) in LOCATION_BEFORE]
    if places:
        return places[0].name
    return _previous_subject(facts, index)


def _preposition_before(text: str, start: int) -> bool:
    words = re.findall(r"[\w']+", text[max(0, start - 30):start].lower())
    while words and words[-1] in ("the", "a", "an"):
        words.pop()
    return bool(words) and words[-1] in STOP_SUBJECT_BEFORE


def _next_word(text: str, end: int) -> str:
    match = re.match(r"\s*([\w'-]+)", text[end:])
    return match.group(1).lower() if match else ""


def _phrase_end(tokens, index) -> int:
    """End offset of the noun phrase after a figure: up to a verb-like word or punctuation."""
    end = tokens[index].end
    for token in tokens[index + 1:index + 10]:
        if not token.is_word or token.lower in linking.PASSIVE or token.lower in (
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
                        "incursion aggression".split())


def _previous_subject(facts, index) -> str:
    """The subject of the sentences before (the article's running subject): the first name
    there that is neither a claimant, nor after a preposition, nor an attacker."""
    for fact in reversed(facts[max(0, index - 3):index]):
        text = fact.sentence.text
        if not fact.subjects:
            continue
        names = [n for n in fact.subjects
                 if not any(c.start <= n.start < c.end for c in fact.names if c.kind != "country")
                 and _next_word(text, n.end) not in AGENT_NOUNS]
        direct = [n for n in names if not _preposition_before(text, n.start)]
        if direct or names:
            return (direct or names)[0].name
    return _main_subject(facts)


def _main_subject(facts) -> str:
    """The subject the article names most often, outside claimant names (worked out once)."""
    first = facts[0]
    if first.main_subject is None:
        counts: dict[str, int] = {}
        for fact in facts:
            subjects = fact.subjects
            claimants = [c for c in fact.names if c.kind != "country"] if subjects else []
            for n in subjects:
                if not any(c.start <= n.start < c.end for c in claimants):
                    counts[n.name] = counts.get(n.name, 0) + 1
        first.main_subject = max(counts, key=counts.get) if counts else ""
    return first.main_subject


# --------------------------------------------------------------------------- modality

HYPOTHETICAL = frozenset("would wouldve scenario worst-case hypothetical".split())


def _hypothetical(tokens, link) -> bool:
    """"Had the dam burst, hundreds would have died": a counterfactual is no claim, while a
    projection ("could rise to 300") is one, marked projected."""
    first = min(link.figure, link.word.first)
    window = [t.lower for t in tokens[max(0, first - 8):max(link.figure, link.word.last)]]
    opens_with_had = bool(tokens) and tokens[0].lower in ("had", "were") and first > 2
    return opens_with_had or any(w in HYPOTHETICAL for w in window)


def _modality(tokens, link) -> str:
    first = min(link.figure, link.word.first)
    window = tokens[max(0, first - 6):max(link.figure, link.word.last)]
    words = [t.lower if t.text != "May" else "May" for t in window]  # the month is no modal
    for i, word in enumerate(words):
        if word in PROJECTION and not (i + 1 < len(words) and words[i + 1] == "not"):
            if word == "set" and (i + 1 >= len(words) or words[i + 1] != "to"):
                continue
            return "projected"
    return "reported"


# --------------------------------------------------------------------------- merging

MERGE_WINDOW = 64  # earlier claims of a category compared with each new mention


def merge_mentions(mentions: list[Mention]) -> list[Mention]:
    """One claim per statement: repeats of a figure (headline and body) and a rounded and a
    precise form of one claimant's figure become one mention, the precise one, keeping the
    best-named claimant and the dates and periods the repeats gave.

    A mention is compared with the claims of its category that state the same figure, and
    with the last MERGE_WINDOW others of that category, so that a text of thousands of
    figures merges in linear time."""
    claims: list[Mention] = []
    by_category: dict[str, list[int]] = {}
    by_figure: dict[tuple, list[int]] = {}
    for mention in mentions:
        recent = by_category.setdefault(mention.category, [])
        candidates = by_figure.get(_figure_key(mention), []) + recent[-MERGE_WINDOW:]
        for i in dict.fromkeys(candidates):
            if _same_statement(claims[i], mention):
                before = _figure_key(claims[i])
                claims[i] = _combine(claims[i], mention)
                if _figure_key(claims[i]) != before:  # now precise: findable by its new figure
                    by_figure.setdefault(_figure_key(claims[i]), []).append(i)
                break
        else:
            claims.append(mention)
            recent.append(len(claims) - 1)
            by_figure.setdefault(_figure_key(mention), []).append(len(claims) - 1)
    return claims


def _figure_key(mention: Mention) -> tuple:
    if mention.best is not None:
        return mention.category, mention.best
    return mention.category, mention.low, mention.high


def _same_claimant(a: str, b: str) -> bool:
    """"Amir Rostami" and "Rostami" are one claimant: a name and its surname."""
    if a == b:
        return True
    short, long = sorted((a.split(), b.split()), key=len)
    return bool(short) and long[-len(short):] == short and short[-1][:1].isupper()


def _same_statement(a: Mention, b: Mention) -> bool:
    if a.category != b.category:
        return False
    # subjects are a guess; they keep two named claimants' figures apart, but not a headline's
    # or an unnamed source's from the body's
    loosely_named = min(a.claimant_rank, b.claimant_rank) <= CLAIMANT_RANK["named"]
    if a.subject and b.subject and a.subject != b.subject and not loosely_named:
        return False
    same_figure = (a.best, a.low, a.high) == (b.best, b.low, b.high) or (
        a.best is not None and a.best == b.best)
    # two bodies named apart keep their own claims; a bare country ("Ukraine said") or the
    # outlet's own headline is the same statement as the body's figure
    named_apart = (a.claimant_rank > CLAIMANT_RANK["country"] and b.claimant_rank > CLAIMANT_RANK["country"]
                   and not _same_claimant(a.claimant, b.claimant))
    if same_figure:
        return not named_apart
    if (a.qualifier == "vague") != (b.qualifier == "vague"):
        vague, precise = (a, b) if a.qualifier == "vague" else (b, a)
        within = precise.best is not None and vague.low <= precise.best <= (vague.high or precise.best)
        unattributed = CLAIMANT_RANK["outlet"] in (a.claimant_rank, b.claimant_rank)
        # a headline's "scores injured" and the body's 62 injured
        return within and (unattributed or _same_claimant(a.claimant, b.claimant))
    unattributed = CLAIMANT_RANK["outlet"] in (a.claimant_rank, b.claimant_rank)
    return (_same_claimant(a.claimant, b.claimant) or unattributed) and _rounded_pair(a, b)


def _rounded_pair(a: Mention, b: Mention) -> bool:
    """"more than 1,000" and "around 1,100" from one claimant: two forms of one figure."""
    if a.best is None or b.best is None:
        return False
    rounded, precise = (a, b) if _zeros(a.best) > _zeros(b.best) else (b, a)
    if _zeros(rounded.best) <= _zeros(precise.best):
        return False
    r, p = rounded.best, precise.best
    step = 10 ** _zeros(r)
    # the rounded form must be what the precise one rounds to: "more than 1,000" for 1,100,
    # "nearly 40" for 37, "about 300" for 318; not "about 1,180" for 1,052
    if rounded.qualifier in ("more_than", "at_least"):
        return r <= p < r + step
    if rounded.qualifier in ("nearly", "at_most", "less_than"):
        return r - step < p <= r
    return rounded.qualifier in ("about", "exact") and round(p / step) * step == r and abs(r - p) <= 0.15 * r


def _zeros(value: int) -> int:
    count = 0
    while value and value % 10 == 0:
        value //= 10
        count += 1
    return count


def _combine(a: Mention, b: Mention) -> Mention:
    keep, other = (a, b)
    if a.qualifier == "vague" and b.qualifier != "vague":
        keep, other = b, a  # the precise figure stands for the vague one
    elif _zeros(b.best or 0) < _zeros(a.best or 0) and b.best is not None and a.best != b.best:
        keep, other = b, a
    elif a.best == b.best and a.qualifier == "exact" and b.qualifier != "exact":
        keep, other = b, a  # "100" in a headline, "at least 100" in the body: the hedge is the claim
    claimant, via, rank = keep.claimant, keep.claimant_via, keep.claimant_rank
    # the better-named claimant wins; between equals, the fuller name ("local activist group"
    # in the body over "activists" in the headline)
    if (other.claimant_rank, len(other.claimant)) > (rank, len(claimant)):
        claimant, via, rank = other.claimant, other.claimant_via or via, other.claimant_rank
    merged = replace(keep, claimant=claimant, claimant_via=via or other.claimant_via, claimant_rank=rank,
                     period_start=keep.period_start or other.period_start,
                     restated=keep.restated and other.restated,
                     subject=keep.subject or other.subject)
    if other.claim_date and (merged.claim_date is None):
        merged = replace(merged, claim_date=other.claim_date)
    if other.modality == "projected" and keep.modality == "reported" and rank == other.claimant_rank:
        merged = replace(merged, modality="reported")
    return merged


def extract_corpus(articles) -> "pd.DataFrame":
    """The claims table of many articles (one row per claim per article)."""
    return S.claims_frame(record for article in articles for record in extract_article(article))


def _record(article: Article, m: Mention) -> dict:
    return {
        S.ARTICLE_ID: article.id, S.CATEGORY: m.category, S.SUBJECT: m.subject,
        S.VALUE_LOW: m.low, S.VALUE_HIGH: m.high, S.VALUE_BEST: m.best, S.QUALIFIER: m.qualifier,
        S.CLAIMANT: m.claimant, S.CLAIMANT_VIA: m.claimant_via, S.CLAIM_DATE: m.claim_date,
        S.PERIOD_START: m.period_start, S.MODALITY: m.modality, S.RESTATED: m.restated,
        S.EVIDENCE: m.evidence, S.SPAN_START: m.span_start, S.SPAN_END: m.span_end,
        S.FIGURE_TEXT: m.figure_text,
    }
