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
import hashlib
import re
from dataclasses import dataclass, field, replace
from pathlib import Path

from lib import attribution, dates, gazetteer, linking, numbers, schema as S
from lib.merge import CLAIMANT_RANK, merge_mentions
from lib.qualifiers import figure_as_stated, figure_reading
from lib.subjects import subject_of
from lib.articles import Article
from lib.cleaning import CleanText, clean
from lib.gazetteer import NameMatch
from lib.text import Sentence, Token, split_sentences, tokenize


def _code_fingerprint(entry: Path = Path(__file__)) -> str:
    """A short hash of the extractor's own code (this module and every lib module it imports,
    directly or not) and of its vocabulary files. Any change to a rule or a word list changes
    it, so claims stored by an earlier extractor can be found and read again (Store.outdated);
    a number bumped by hand was forgotten."""
    package = entry.parent
    imports = re.compile(r"^\s*(?:from lib import ([\w, ]+)|from lib\.(\w+) import|import lib\.(\w+))", re.MULTILINE)
    seen, queue = set(), [entry.stem]
    while queue:
        name = queue.pop()
        if name in seen or not (package / f"{name}.py").is_file():
            continue
        seen.add(name)
        for names, module, imported in imports.findall((package / f"{name}.py").read_text(encoding="utf-8")):
            queue += [module or imported] if not names else [n.split(" as ")[0].strip() for n in names.split(",")]
    vocabulary_files = sorted(path for path in (package / "vocab").iterdir() if path.is_file())
    files = [package / f"{name}.py" for name in sorted(seen)] + vocabulary_files
    digest = hashlib.sha256()
    for path in files:
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:12]


EXTRACTOR_VERSION = _code_fingerprint()
PROJECTION = frozenset("could may might expected likely projected forecast would feared set "
                       "estimated-to".split())
RESTATED_CUES = re.compile(
    r"\b(?:previously|earlier(?!\s+this\s+(?:week|month))|"
    r"had\s+(?:(?:initially|originally|first|already)\s+)?(?:said|estimated|reported|told|put|given)|"
    r"(?:has|have)\s+(?:previously\s+)?(?:said|estimated|put)|came\s+after|follows\s+(?:a|an|the)\s+"
    r"(?:report|statement|estimate|assessment))\b",
    re.IGNORECASE)
# "last week" restates when it dates a statement ("said last week", "a report last week",
# "Last week, the ministry ..."); "killed since last month", "in the last week", "last week
# alone" and "when rebels took the city last week" date the events counted
LAST_PERIOD = re.compile(r"(?<!since\s)(?<!since\sthe\sstart\sof\s)(?<!from\s)(?<!the\s)(?<!during\s)"
                         r"\blast\s+(?:week|month|year)\b(?!\s+alone)", re.IGNORECASE)
STATEMENT_WORDS = frozenset("""said says told reported estimated announced stated claimed confirmed
put gave given cited published released issued wrote added noted report reports estimate estimates
statement statements briefing assessment figure figures tally""".split())
STATEMENT_REACH = 3   # words between "last week" and the statement it dates
RESTATED_AFTER_DAYS = 3


def _dates_a_statement(text: str, last_period: re.Match) -> bool:
    """Does this "last week" date a statement: does it open the sentence, or stand within
    a few words of a reporting verb or a report?"""
    before = re.findall(r"[\w']+", text[:last_period.start()])
    if not before:
        return True
    near = before[-STATEMENT_REACH:] + re.findall(r"[\w']+", text[last_period.end():])[:STATEMENT_REACH]
    return any(word.lower() in STATEMENT_WORDS for word in near)


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
    claimant_rank: float  # lib.merge.CLAIMANT_RANK: "named" ranks 1.5
    claim_date: dt.date | None
    period_start: dt.date | None
    modality: str
    restated: bool
    evidence: str
    span_start: int
    span_end: int
    figure_text: str
    sentence: int
    date_from_text: bool = False  # the text dates the claim (not the publication day)
    headline: bool = False  # read from a headline: a summary of the body, not a statement of its own


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
    title: str = ""   # kept on the first sentence: the article's title from its metadata
    claim_dates: list[dates.DateMention] | None = None
    asked: str | None = None   # the category the sentence before asked about ("How many have died?")

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

    # Tests of the whole sentence, made once however many figures it holds: a long sentence
    # of many figures would otherwise be searched again for each.
    @functools.cached_property
    def restates(self) -> bool:
        text = self.sentence.text
        return RESTATED_CUES.search(text) is not None or any(
            _dates_a_statement(text, m) for m in LAST_PERIOD.finditer(text))

    @functools.cached_property
    def passive_report(self) -> bool:
        return PASSIVE_REPORTED.search(self.sentence.text) is not None

    @functools.cached_property
    def since_year_start(self) -> bool:
        return YEAR_START.search(self.sentence.text) is not None


# Something like a figure: a digit or a number word (from lib.numbers' own tables, so that no
# number it reads, "fourteen" say, is missed here)
FIGURE_HINT = re.compile(r"\d|\b(?:" + "|".join([*numbers.UNITS, *numbers.TENS, *numbers.SCALES, "dozens?",
                                                  "hundreds", "thousands", "millions", "scores"]) + r")\b",
                         re.IGNORECASE)
FIGURE_REFERENCE = re.compile(r"\bthe\s+(?:figure|estimate|tally|count)\b", re.IGNORECASE)


def extract_article(article: Article) -> list[dict]:
    """The claims of one article as records keyed by the schema's column names."""
    return [_record(article, m) for m in extract_mentions(article)]


def extract_mentions(article: Article) -> list[Mention]:
    return _extract(article.text, article.published, article.outlet or _host(article.url), article.title)


def _extract(text: str, published: dt.date | None, outlet: str, title: str = "") -> list[Mention]:
    cleaned = clean(text)
    ref_year = dates.reference_year(text) if published is None else None
    facts = _read_sentences(cleaned)
    if not any(f.claimable for f in facts):
        return []
    facts[0].title = title
    read = functools.partial(_read, published=published, ref_year=ref_year)
    discourse = _follow_speakers(facts, read)
    speaker_dates: dict[str, dt.date] = {}
    mentions: list[Mention] = []
    main: Mention | None = None   # the first figure of the last sentence that had one
    for index, fact in enumerate(facts):
        if not fact.read:
            continue
        # "36 were killed and 121 wounded. Yesterday the figure was 33.": the main figure before
        previous = main if main is not None and main.sentence == index - 1 else None
        found = _sentence_mentions(index, fact, facts, discourse, published, outlet, speaker_dates, previous)
        mentions.extend(found)
        main = found[0] if found else main
        _remember_dates(fact, speaker_dates, published)
    return merge_mentions(mentions)


def _host(url: str) -> str:
    match = re.match(r"https?://(?:www\.)?([^/]+)", url or "")
    return match.group(1) if match else ""


def _read_sentences(cleaned: CleanText) -> list[_SentenceFacts]:
    """The sentences with their casualty words and reporting cues (each found in one pass
    over the whole text), and which of them may hold a claim."""
    text = cleaned.text
    sentences = split_sentences(text)
    casualties = _by_sentence(linking.find_casualty_spans(text), sentences)
    cues = _by_sentence(attribution.find_cue_spans(text), sentences)
    facts, paragraph, line_cursor, asked = [], 0, 0, None
    for i, sentence in enumerate(sentences):
        paragraph += text.count("\n", line_cursor, sentence.start)
        line_cursor = sentence.start
        claimable = (bool(casualties[i]) or asked is not None
                     or ("the" in sentence.text and bool(FIGURE_REFERENCE.search(sentence.text)))) \
            and bool(FIGURE_HINT.search(sentence.text))
        facts.append(_SentenceFacts(sentence, paragraph, claimable, casualties[i], cues[i], asked=asked))
        asked = linking.question_category(sentence.text, casualties[i])
    return facts


def _by_sentence(spans, sentences):
    """Split (start, end) spans found in the whole text among the sentences that hold them,
    with offsets made relative to their sentence."""
    out, cursor, count = [[] for _ in sentences], 0, len(spans)
    for i, sentence in enumerate(sentences):
        while cursor < count and spans[cursor][0] < sentence.start:
            cursor += 1
        while cursor < count and spans[cursor][1] <= sentence.end:
            start, end = spans[cursor]
            out[i].append((start - sentence.start, end - sentence.start))
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
            if fact.claimable:
                fact.casualty_spans = _outside_names(fact.casualty_spans, fact.names)
        else:
            fact.read = False
            return False
    return True


def _outside_names(spans, names: list[NameMatch]) -> list[tuple[int, int]]:
    """The casualty words that are not part of a claimant's name: the "Prisoners" of a
    prisoners' rights group names the group, it counts no one."""
    return [(start, end) for start, end in spans
            if not any(n.start <= start and end <= n.end for n in names)]


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
    pending_at = -PENDING_REACH - 1   # the last sentence read with a speaker named only later
    for index, fact in enumerate(facts):
        past_claims = index > last_claim + 1
        owed = (past_claims or not near_claim[index]) and _tail_needed(discourse, index - pending_at)
        if past_claims and not owed:
            break
        wanted = near_claim[index] or owed or (fact.cue_spans and RELAY_HINT.search(fact.sentence.text))
        if not wanted:
            discourse.last_named = None  # unread: whoever it names is out of a pronoun's reach
            continue
        if read(fact):
            spans = [(d.start, d.end) for d in fact.dates]
            fact.speakers = attribution.find_speakers(fact.sentence.text, fact.tokens, fact.names,
                                                      discourse, spans, fact.cue_spans)
            if any(s.kind == "pending" for s in fact.speakers):
                pending_at = index
        attribution.remember(discourse, fact.speakers, fact.names, fact.sentence.text)
    _resolve_pending(facts)
    return discourse


PENDING_REACH = 8   # sentences after "the minister said" within which the minister may be named


def _tail_needed(discourse, since_pending: int) -> bool:
    """A speaker still owed: one named after its pronoun, or the source of a relay."""
    pending = since_pending <= PENDING_REACH
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
    if not words and fact.asked:
        links = linking.answer(tokens, rejected, fact.asked)
    out, counted = [], {link.figure for link in links}
    earlier = {link.figure for link in links if link.direction == "previous" or _after_up_from(tokens, link.figure)}
    for link in links:
        if _hypothetical(tokens, link):
            continue
        claimant, via, rank, cue = _claimant(index, fact, facts, discourse, link.figure, outlet)
        claim_date, explicit = _claim_date(fact, cue, (claimant, via), speaker_dates, published, link.figure)
        qualifier, low, high, best = figure_reading(tokens, link.figure, counted)
        # beside an earlier figure ("rose to 262 from an earlier 231"), the cue that marks a
        # restatement is the earlier figure's: the new one is restated only by its own date
        restated = _restated(fact, claim_date, published, explicit, cues=not earlier)
        if link.figure in earlier:  # "rose to 262 from 231 a week ago", "up from 812 dead on Monday"
            # (the day just after it, else the day its own speaker gave it: "reported by X on Monday")
            claim_date, restated = _date_after(fact, tokens, link.figure, claim_date) or (
                claim_date if explicit and _after_up_from(tokens, link.figure) else None), True
        figure_token = tokens[link.figure]
        subject = subject_of(sentence.text, tokens, link, fact, facts, index, claimant)
        if out and _part_of_previous(tokens, link.figure):
            subject = out[-1].subject   # "15,000 invaders, of which about 7,000 were killed"
        out.append(Mention(
            category=link.word.category,
            subject=subject,
            qualifier=qualifier, low=low, high=high, best=best,
            claimant=claimant, claimant_via=via, claimant_rank=rank,
            claim_date=claim_date,
            period_start=_period_start(fact, published, link.figure),
            modality=_modality(tokens, link),
            restated=restated,
            evidence=sentence.text,
            span_start=sentence.start + figure_token.start,
            span_end=sentence.start + figure_token.end,
            figure_text=figure_as_stated(sentence.text, tokens, link.figure),
            sentence=index,
            date_from_text=explicit,
            headline=index == 0 and not sentence.text.endswith(SENTENCE_CLOSERS),
        ))
    return out


def _two_words_before(tokens, figure: int) -> tuple[str, str]:
    """The two words before a figure and its hedge ("up from [about] 812" -> ("up", "from"))."""
    k = figure - 1
    while k >= 0 and tokens[k].lower in linking.FORWARD_SKIP:
        k -= 1
    return (tokens[k - 1].lower if k >= 1 else "", tokens[k].lower if k >= 0 else "")


def _after_up_from(tokens, figure: int) -> bool:
    """"..., up from 812 dead on Monday": a figure with a casualty word of its own that the
    text gives as an earlier value."""
    change, word = _two_words_before(tokens, figure)
    return word == "from" and change in CHANGED_FROM


# "up from 812", "the toll rose from 133 on Saturday": the value before the change
CHANGED_FROM = frozenset("up down rose risen increased climbed jumped grew fell dropped".split())


PART_OPENERS = (("of", "which"), ("of", "whom"), ("of", "them"))


def _part_of_previous(tokens, figure: int) -> bool:
    """Does the figure count part of the one before ("..., of which about 7,000 were killed")?"""
    return _two_words_before(tokens, figure) in PART_OPENERS


SENTENCE_CLOSERS = (".", "!", "?", '"', "”", "'", "’")


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
# "The agency said 41 had died. Another 180 were injured.": the count goes on, and so does its source
CONTINUING = re.compile(r"(?:another|a\s+further|further|also|in\s+addition|besides)\b", re.IGNORECASE)


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
    one before, goes on with the count ("Another 180 were injured"), or says "reportedly" /
    "are believed to" of reports the same paragraph named."""
    fact = facts[index]
    text = fact.sentence.text
    quoted = text.startswith(QUOTE_OPENERS)
    if not quoted and not fact.passive_report and not CONTINUING.match(text):
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
    sentence-opening date ("On Monday, ..."), the day an earlier figure was given, the
    claimant's date earlier in the article, or the publication date."""
    mention = _cue_date(fact, cue, figure)
    if mention is not None and mention.date is not None and not dates.after_publication(mention.date, published):
        return mention.date, True
    if cue is None and figure is not None and fact.restates:
        # "revised from an earlier 23 given on Thursday": with no reporting verb, the day
        # just after the earlier figure is when it was given
        given = _date_after(fact, fact.tokens, figure)
        if given is not None and not dates.after_publication(given, published):
            return given, True
    for name in names:
        if name in speaker_dates:
            return speaker_dates[name], True
    return published, False


def _cue_date(fact, cue, figure=None):
    tokens = fact.tokens
    if fact.claim_dates is None:  # the dates that may say when a claim was made, found once
        fact.claim_dates = [d for d in fact.dates
                            if not _after_since(fact.sentence.text, d) and not _names_an_event(fact.sentence.text, d)]
    usable = fact.claim_dates
    if not usable:
        return None
    opening = [d for d in usable if _opens_sentence(fact.sentence.text, tokens, d)]
    if cue is None:
        return opening[0] if opening else None
    cue_start, cue_end = tokens[cue].start, tokens[cue].end
    if AT_THE_TIME.match(fact.sentence.text, cue_end):
        # "strikes in April killed 80, the ministry said at the time": the events' date
        before_cue = [d for d in usable if d.end <= cue_start]
        if before_cue:
            return before_cue[-1]
    # "was given by Defence Minister X in September 2022": a date after the speaker the cue names
    named = next((s for s in fact.speakers if s.cue == cue and s.explicit and s.form == "after"
                  and s.chars[1] > cue_end), None)
    speaker_end = named.chars[1] if named is not None else cue_end
    near = []
    for d in usable:
        before = _tokens_between(tokens, d.end, cue_start) if d.end <= cue_start else None
        after_from = speaker_end if speaker_end <= d.start else cue_end
        after = _tokens_between(tokens, after_from, d.start) if d.start >= cue_end else None
        # a month named after the figure ("estimates 1,180 deaths in July") is the period
        # counted, unless it follows the verb at once ("said in July")
        past_figure = figure is not None and d.start > tokens[figure].end and any(
            s >= tokens[figure].end and e <= d.start for s, e in fact.casualty_spans)
        reach_after = 2 if d.kind == "month" and past_figure else 8
        # "killed when the plane crashed on Sunday, the ministry said", "killed 40 people in
        # the north on Sunday, according to ...": a date in the event's clause before a
        # trailing speaker dates the deaths, not the statement
        in_event = past_figure or (figure is not None and d.start > tokens[figure].end and any(
            e <= tokens[figure].start for s, e in fact.casualty_spans))
        event_day = in_event and before is not None and "," in fact.sentence.text[d.end:cue_start]
        if before is not None and before <= 5 and not event_day:
            near.append((before, d))
        elif after is not None and after <= reach_after and not _clause_break(fact.sentence.text, cue_end, d.start):
            near.append((after, d))
    if near:
        return min(near, key=lambda pair: pair[0])[1]
    return opening[0] if opening else None


# "In its monthly report on March 3, the ministry said ...": an opening phrase that dates the statement
OPENING_PHRASE = re.compile(r"(?:in|on|at(?!\s+(?:least|most)\b)|during|by)\s[^,;]*$", re.IGNORECASE)


def _opens_sentence(text: str, tokens, mention) -> bool:
    """Does the date close the sentence's opening phrase ("On Monday,", "In its August 2024
    report,")?"""
    if mention.start == 0 or text[mention.end:mention.end + 2].strip().startswith((",", ")")) \
            and mention.start <= (tokens[2].start if len(tokens) > 2 else 0):
        return True   # ("Yesterday evening the figure was 33": the sentence opens with it)
    # (a phrase, not a clause: no figure stands in it, as in "At least 88 were killed last week,")
    return OPENING_PHRASE.match(text, 0, mention.start) is not None and \
        PHRASE_CLOSE.match(text, mention.end) is not None and \
        not any(t.figure for t in tokens if t.start < mention.start)


PHRASE_CLOSE = re.compile(r"(?:\s+[A-Za-z][\w'’-]*){0,2}\s*,")   # "..., report,": the opening phrase ends


AT_THE_TIME = re.compile(r"\s+at\s+the\s+time\b", re.IGNORECASE)
# "from 1,470 the previous day", "up from 788 deaths reported a day earlier"
DAY_BEFORE = re.compile(r"(?:\s+[\w']+){0,3}?\s*(?:(?:on\s+)?the\s+(?:previous|prior)\s+day|the\s+day\s+before|"
                        r"a\s+day\s+earlier)\b", re.IGNORECASE)


def _date_after(fact, tokens, index, claim_date=None):
    """The date right after an earlier figure ("from 58 on Monday", "from 1,470 the previous
    day", a day before the claim), or None."""
    end = tokens[index].end
    for mention in fact.dates:
        if mention.start >= end and _tokens_between(tokens, end, mention.start) <= 2 and mention.date is not None:
            return mention.date
    if claim_date and DAY_BEFORE.match(fact.sentence.text, end):
        return claim_date - dt.timedelta(days=1)
    if claim_date and (SAME_DAY.match(fact.sentence.text, end) or EARLIER_YEAR.match(fact.sentence.text, end)):
        return claim_date
    return None


# "killed in 2024, up from 4,789 in 2023": an earlier year's count, given with the new one
EARLIER_YEAR = re.compile(r"\s+(?:in|for|during)\s+(?:19|20)\d\d\b(?!-)")


# "up from 11 he had reported earlier in the day": the earlier figure was given the same day
SAME_DAY = re.compile(r"(?:\s+[\w']+){0,4}?\s+(?:earlier\s+(?:in\s+the\s+day|today)|(?:earlier\s+)?(?:in\s+the|this)\s+"
                      r"morning)\b", re.IGNORECASE)


def _clause_break(text: str, start: int, end: int) -> bool:
    """"said, as insurgents who swept into Aleppo last week ...": the date is in another clause."""
    return any(mark in text[start:end] for mark in (", ", ";", "—", " as ", " while "))


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


# (no figure between the opener and the date: "up from 34 dead reported on Monday" is no period)
PERIOD_OPENER = re.compile(r"\b(?:since|from|until|between)\b[^,.;\d]{0,40}$|\bby\s+$", re.IGNORECASE)


def _after_since(text: str, mention) -> bool:
    """A date that opens a period ("since the start of December") is not when the claim was made."""
    if re.match(r"(?:since|from|until|between|by)\b", mention.text, re.IGNORECASE):
        return True
    return PERIOD_OPENER.search(text, max(0, mention.start - 60), mention.start) is not None


# "the October 7 attack", "Saturday's bombing", "the Feb. 6 twin earthquakes": a date that
# names an event says when people died, never when a figure was given
EVENT_NOUNS = ("attacks?|bombings?|strikes?|raids?|massacres?|(?:earth)?quakes?|explosions?|blasts?|fires?|"
               "floods?|flooding|crash(?:es)?|shootings?|assaults?|offensive|incursion|invasion|incidents?|"
               "disasters?|collapse|stampede|cyclone|storm|landslides?|derailment|sinking|shelling|ambush|"
               "fighting|clashes|riots?|uprising|tsunami|eruption|hurricane|typhoon|tornado")
NAMES_AN_EVENT = re.compile(r"(?:['’]s)?(?:\s+(?!(?:in|on|at|of|and|or|when|after|as|the|a|an|to|by|for|from|"
                            r"that|which|said|says|were|was|had|have|has)\b)[A-Za-z][\w-]*){0,2}?\s+"
                            rf"(?:{EVENT_NOUNS})\b", re.IGNORECASE)


ATTRIBUTIVE_BEFORE = re.compile(r"\b(?:the|this|that|last)\s+$", re.IGNORECASE)


def _names_an_event(text: str, mention) -> bool:
    """Does the date name an event? Only a date used as a modifier does ("the October 7
    attack", "Saturday's bombing"); in "said on Monday strikes had killed 40" it is the
    statement's."""
    event = NAMES_AN_EVENT.match(text, mention.end)
    if event is None:
        return False
    return event.group(0)[:1] in "'’" or ATTRIBUTIVE_BEFORE.search(text, max(0, mention.start - 6), mention.start) is not None


def _remember_dates(fact, speaker_dates, published):
    for speaker in fact.speakers:
        mention = _cue_date(fact, speaker.cue)
        if mention is not None and mention.date is not None and speaker.explicit \
                and not dates.after_publication(mention.date, published):
            speaker_dates.setdefault(speaker.name, mention.date)


YEAR_START = re.compile(r"\bsince\s+the\s+(?:start|beginning|turn)\s+of\s+(?:the|this)\s+year\b", re.IGNORECASE)


# "the deadliest since January, when a strike killed 46": the date is when those died, no period
WHEN_AFTER = re.compile(r"\s*,?\s*when\b", re.IGNORECASE)


PAIRED = re.compile(r"[^,;.:()]*\sand\s+")   # words between two figures of one clause, ending in "and"


def _period_start(fact, published=None, figure=None):
    """The start of the period a figure covers ("since the start of December"): a "since"
    date between this figure and the next, else one before it (after the figure before)."""
    tokens, mentions, text = fact.tokens, fact.dates, fact.sentence.text
    if published and fact.since_year_start:
        return dt.date(published.year, 1, 1)
    opening = [m for m in mentions if m.window and (
        m.text.lower().startswith("since") or "since" in text[max(0, m.start - 40):m.start].lower())
        and not WHEN_AFTER.match(text, m.end) and not dates.after_publication(m.window[0], published)]
    if not opening or figure is None:
        return opening[0].window[0] if opening else None
    # (the day of "since Oct. 7" is a figure token too, but no figure the period could belong to)
    figure_starts = [t.start for t in tokens
                     if t.figure and not any(m.start <= t.start < m.end for m in mentions)]
    here = tokens[figure].start
    following = min((f for f in figure_starts if f > here), default=len(text))
    # "224 killed and 1,277 wounded since Friday": a pair joined by "and" shares its period
    while following < len(text) and PAIRED.fullmatch(text, tokens[figure].end, following):
        following = min((f for f in figure_starts if f > following), default=len(text))
    preceding = max((f for f in figure_starts if f < here), default=-1)
    after = [m for m in opening if here < m.start < following]
    before = [m for m in opening if preceding < m.start < here]
    chosen = after[:1] or before[-1:]
    return chosen[0].window[0] if chosen else None


def _restated(fact, claim_date, published, explicit, cues: bool = True) -> bool:
    if cues and fact.restates:
        return True
    return bool(explicit and claim_date and published
                and (published - claim_date).days > RESTATED_AFTER_DAYS)


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


def extract_corpus(articles):
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
