"""Who said a quotation: the subject of the clause whose predicate is the verb of saying.

Candidates are noun phrases marked as subject or topic (은/는/이/가/도/께서, also after `씨`,
`모`, an age bracket, `측` or `에서`: `박 모씨(45)는`, `당선자 측은`, `리얼미터에서는`) and sources
(`X에 따르면`), not inside a quotation:

- the head of a relative clause of saying (`"…"고 말한 김 장관은`, `"…"고 본 나상윤 위원의 말처럼`)
  wins, then a subject between the quotation and its verb (`"…"라고 벡톨 교수는 밝혔다`), then
  the topic before the quotation in the same clause (`X는 "…"라고 말했다`);
- a role phrase with no name (`美 대통령은`, `국방부 장관은`) is the one person the article
  introduced with that role (`rolerefs`), not the country or ministry inside it;
- a pronoun (`그는`, `그녀는`) takes the last person named before it; a definite description
  (`이 관계자는`, `장관이`, `한 단장은`) the last source or person with that head or role;
- with no subject: a headline's `X, "…"`, the speaker of the previous quotation nearby, or the
  first actor of the previous sentence.

`resolve_speaker` is the driver: each step above is a named rule (`python -m generator rules`).
What one subject phrase names (a crowd, a definite description, a document …) is in `subjects`.
"""
from __future__ import annotations

import bisect
from collections.abc import Callable
from dataclasses import dataclass

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE, Mention, Span
from . import lexicon as L
from .actors import ActorIndex
from .doc import Doc
from .qgrammar import modifier_head
from .rules import rule
from .subjects import (
    TOPIC,
    _definite_description,
    _document_source,
    _embedded_subject,
    _group,
    _head,
    _key,
    _phrase_around_place,
    _quoted_name_subjects,
    _subject_clause_closed,
    _subject_particle,
    _these_people,
    _unclassified_name_subject,
    _unnamed_part,
    _unnamed_post,
)
from .wordlists import word_set, words

SOURCE_HEADS = words("speech_source_heads")  # (a tuple: read by str.endswith)


class Speakers:
    """Actor mentions by position, for subject lookups."""

    def __init__(self, doc: Doc, actors: ActorIndex, quoted: list[tuple[int, int]] = ()) -> None:
        self.q_starts = [a for a, _ in quoted]
        self.q_ends = [b for _, b in quoted]
        # places speak for their governments (`이스라엘 측은`, `이란에서는`), ranked last
        self.ms = [m for m in actors.mentions if m.kind in (PERSON, ORGANIZATION, ANONYMOUS, PLACE)]
        if actors.role_refs:  # `美 대통령은`: the person the role phrase refers to (rolerefs)
            self.ms = sorted(self.ms + actors.role_refs, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.ms]

    def within(self, s: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.ms) and self.ms[i].start < e:
            if self.ms[i].end <= e:
                out.append(self.ms[i])
            i += 1
        return out

    def quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self.q_starts, pos) - 1
        return k >= 0 and pos < self.q_ends[k]

    def antecedent(self, pos: int) -> Mention | None:
        """What `그는`/`그녀는` at pos refers to: the last person (or named source) outside quotations."""
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 200)
        while i > stop:
            m = self.ms[i]
            if not self.quoted(m.start):
                if m.kind == ANONYMOUS and m.text.endswith(SOURCE_HEADS):
                    return m
                if m.kind == PERSON:
                    # a person named inside a source phrase (정의당 장혜영 의원실 관계자): the source
                    k = i - 1
                    while k > stop and self.ms[k].end >= m.end and self.ms[k].start <= m.start:
                        if self.ms[k].kind == ANONYMOUS:
                            return self.ms[k]
                        k -= 1
                    return m
            i -= 1
        return None

    def last_before(self, pos: int, ok) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 200)  # bounded look-back keeps long inputs linear
        while i > stop:
            if ok(self.ms[i]):
                return self.ms[i]
            i -= 1
        return None


@dataclass(frozen=True)
class QuoteSite:
    """Where a quotation is, for finding who said it (`resolve_speaker`)."""

    doc: Doc
    sp: Speakers
    chunks: list  # the noun-phrase chunks of the quotation's sentence, in order
    toks: list  # the paragraph's tokens
    q: tuple  # the quotation: (open, close, virtual) token indices
    chain_end: int  # index of the first token after the last quotation of its chain
    vpos: int  # index of the verb of saying (or where the search for it stopped)
    sent: int  # the quotation's sentence
    floor: int  # offset where the previous saying of the sentence ends (-1: none)
    last: tuple  # (sentence, speaker key) of the last quotation given a speaker
    inside: Callable[[int], bool]  # is an offset inside a quotation of the paragraph?

    @property
    def o(self) -> int:
        return self.q[0]

    @property
    def qstart(self) -> int:
        return self.toks[self.q[0]].start

    @property
    def span(self) -> Span:
        return self.doc.sentences[self.sent]

    @property
    def vend(self) -> int:
        """Offset of the verb of saying (the sentence's end when there is none)."""
        return self.toks[self.vpos].start if self.vpos < len(self.toks) else self.span.end

    @property
    def para(self) -> int:
        return self.doc.sent_para[self.sent]


def resolve_speaker(site: QuoteSite):
    """(speaker key, kind, span) of the quotation at `site`: the subject of the clause of its
    verb of saying (see the module docstring for the order of the rules)."""
    before, after_, crowd = _candidates(site)
    pron = _pronoun_before(site)
    after_ = [x for x in after_ if x[0] != "place"] or after_
    mh = modifier_head(site.toks, site.chain_end)
    got = _relative_clause_head(site, mh, before)
    if got is None:
        got = _crowd_named_before(site, before, after_, crowd)
    if got is None and after_:
        got = _subject_after_quotation(after_)
    if got is not None:
        return got
    pick = _clause_subject_speaker(site, before, mh)
    if pron is not None and (pick is None or pick.start < pron.start):
        got = _pronoun_speaker(site, pron)
        if got is not None:
            return got
    if pick is not None:
        return _key(pick)
    return _without_subject(site)


def _candidates(site: QuoteSite):
    """Subjects before the quotation (in the same clause region) and between the quotation and
    its verb: lists of (particle form, mention, particle index); and the keys of unnamed crowds."""
    doc, toks, o = site.doc, site.toks, site.o
    before, after_ = [], []
    crowd: set[str] = set()  # keys of unnamed groups found by `_group`
    cstarts = [c.start for c in site.chunks]
    lo = max(0, bisect.bisect_left(cstarts, site.qstart) - 40)
    hi = bisect.bisect_right(cstarts, site.vend) + 1
    for ch in site.chunks[lo:hi]:
        if site.inside(ch.start):
            continue  # a subject inside a quotation is the quoted speaker's, not ours
        a, form = _subject_particle(toks, ch)
        if form is None:
            continue
        m = _chunk_speaker(site, ch, a, form, crowd)
        if m is None:
            continue
        if m.kind == PLACE:
            form = "place"
        if ch.end <= site.qstart:
            if ch.start >= site.floor:
                before.append((form, m, a))
        elif ch.para == site.para and ch.parts[0].i0 >= site.chain_end and ch.end <= site.vend \
                and not (toks[a].form in ("이", "가") and _embedded_subject(toks, a)):
            after_.append((form, m, a))
    start = max(site.floor, site.span.start)
    before.extend(_quoted_name_subjects(doc, toks, o, start))
    for k, m in _these_people(toks, start, site.vend):  # 이들은 "…", "…"라며 … 하는 이들도
        if m.end <= site.qstart:
            before.append((toks[k].form, m, k))
        elif toks[k].start >= toks[site.chain_end - 1].end:
            after_.append((toks[k].form, m, k))
    before.sort(key=lambda x: x[2])
    return before, after_, crowd


def _chunk_speaker(site: QuoteSite, ch, a: int, form: str, crowd: set[str]) -> Mention | None:
    """The speaker a chunk marked as subject names (see `subjects`), or None."""
    doc, toks = site.doc, site.toks
    # (A씨는: the mention runs to 씨, past the chunk, up to the particle)
    m = _head(site.sp.within(ch.start, max(ch.end, toks[a].start)), ch.end)
    d = _definite_description(doc, site.sp, toks, ch, m)
    if d is not None:
        m = d
    if m is None:
        m = _group(doc, toks, ch)
        if m is not None:
            crowd.add(m.key)
    if m is None:
        m = _unclassified_name_subject(doc, toks, ch)
    else:
        # 일리노이 주 가톨릭계에서는, 하이드로 토론토는: the phrase, not the place in it
        m = _phrase_around_place(doc, toks, ch, m) or m
    if m is None:
        m = _document_source(toks, ch, a, form)
    if m is None:
        m = _unnamed_post(doc, toks, ch)
    return m


def _pronoun_before(site: QuoteSite):
    """The last `그`/`그녀` marked as subject or topic before the quotation in its sentence."""
    toks, o = site.toks, site.o
    pron = None
    for k in range(max(0, o - 30), o):
        t = toks[k]
        if t.start >= site.span.start and t.tag == "NP" and t.form in ("그", "그녀") and k + 1 < len(toks) \
                and toks[k + 1].tag in ("JX", "JKS"):
            pron = t
    return pron


@rule("speakers", "‘…’라고 표현한 한지호 대표의 발언에 정부가 … → 한지호", "speakers-relative-clause-head")
def _relative_clause_head(site: QuoteSite, mh: int, before) -> tuple | None:
    """The head of a relative clause of saying said it (`"…"고 말한 김 장관은`).

    Not the subject of the clause the relative clause sits in; unless the relative clause has
    its own subject (`[법률 대리인이 "…"이라고 밝힌] SBS와의 인터뷰`)."""
    own_subject = any(f in ("이", "가") and not _subject_clause_closed(site.toks, a_, site.o, False) for f, _, a_ in before)
    if mh <= 0 or own_subject:
        return None
    ch = next((c for c in site.chunks if c.parts[0].i0 == mh and c.para == site.para), None)
    if ch is None:
        return None
    m = _head(site.sp.within(ch.start, ch.end), ch.end) or _definite_description(site.doc, site.sp, site.toks, ch, None)
    if m is not None and m.kind != PLACE:
        return _key(m)
    return None


@rule("speakers", "시민들은 \"…\"라며 걱정하는 사람도 있었다 → 시민들", "speakers-crowd-named-before")
def _crowd_named_before(site: QuoteSite, before, after_, crowd: set[str]) -> tuple | None:
    """People after the quotation who belong to a crowd named as topic before it: the crowd speaks.

    `시민들은 … "…"라며 걱정하는 사람도 있었다`."""
    if not (after_ and all(m.text == "이들" or m.key in crowd for _, m, _ in after_)):
        return None
    first = next((m for f, m, a_ in before if f in TOPIC and (m.key in crowd or m.kind == ANONYMOUS)
                  and not _subject_clause_closed(site.toks, a_, site.o, True)), None)
    return _key(first) if first is not None else None


@rule("speakers", "\"…\"라고 한가람 교수는 밝혔다 → 한가람", "speakers-subject-after-quotation")
def _subject_after_quotation(after_) -> tuple:
    """A subject between the quotation and its verb of saying is the speaker."""
    return _key(after_[0][1])


@rule("speakers", "한가람 교수는 \"…\"라고 말했다 → 한가람", "speakers-topic-before-quotation")
def _clause_subject_speaker(site: QuoteSite, before, mh: int) -> Mention | None:
    """The topic of the clause holding the quotation speaks, else its last subject, else a source.

    `X에 따르면` names the speaker only when the clause has no subject of its own; subjects of
    earlier clauses closed by a connective ending (…비판적인데, 존 스미스는 "…"이라고 일축했고)
    are dropped."""
    if not before:
        return None
    cl = [c for c in before if not _subject_clause_closed(site.toks, c[2], site.o, c[0] in TOPIC)]
    if not cl and not all(c[0] in ("이", "가") for c in before):
        cl = before  # only subjects of embedded clauses (이/가): the speaker is not named here
    if not cl:
        return None
    topics = [m for f, m, _ in cl if f in TOPIC]
    subjects = [m for f, m, _ in cl if f not in ("source", "place", "에서")]
    sources = [m for f, m, _ in cl if f in ("source", "에서")]
    if mh > 0 and subjects:
        topics = []  # [X가 "…"라고 주장한] 것: the embedded clause's own subject
    # `X에 따르면` names the speaker only when the clause has no subject of its own
    if topics and _reported_report(site.toks, site.vpos):
        topics = _reported_speaker(site, cl, topics)
    if topics:
        return topics[0]
    if subjects:
        return subjects[-1]
    return sources[0] if sources else cl[-1][1]


@rule("speakers", "관계자는 … 해적들도 \"…\"는 말을 했다고 전했다 → 해적들", "speakers-reported-report")
def _reported_speaker(site: QuoteSite, cl, topics: list[Mention]) -> list[Mention]:
    """A saying itself reported (`…는 말을 했다고 전했다`) is said by its own subject, after the reporter.

    Returns the topics to choose from."""
    inner = [m for f, m, a_ in cl if f in ("이", "가", "도") and m.start > topics[0].start]
    for ch in site.chunks if not inner else ():
        if topics[0].end <= ch.start and ch.end <= site.qstart and not site.inside(ch.start) \
                and _subject_particle(site.toks, ch)[1] in ("이", "가", "도") \
                and ch.parts[-1].text.endswith("들") and len(ch.parts[-1].text) >= 3:
            inner.append(_unnamed_part(ch.parts[-1]))  # (다른 해적들도: a group named by what they are)
    return [inner[-1]] if inner else topics


@rule("speakers", "한가람 교수가 왔다. 그는 \"…\"라고 말했다 → 한가람", "speakers-pronoun")
def _pronoun_speaker(site: QuoteSite, pron) -> tuple | None:
    """A pronoun subject (`그는`, `그녀는`) is the last person (or source) named before it."""
    prev = site.sp.antecedent(pron.start)
    if prev is not None:
        return prev.key, prev.kind, Span(pron.start, pron.end)
    return None


def _without_subject(site: QuoteSite):
    """No subject: the headline's `X, "…"`, the previous speaker, or the previous sentence's actor."""
    doc, toks, o = site.doc, site.toks, site.o
    if o > 0 and (toks[o - 1].form == "," or (site.para == 0 and toks[o - 1].tag in ("NNP", "NNG", "SL", "XSN"))):
        got = _name_before_mark(doc, site.sp, toks, o, site.span)
        if got[0] is not None:
            return got
    got = _previous_speaker(site)
    if got is None:
        got = _previous_sentence_actor(site)
    return got if got is not None else (None, None, None)


@rule("speakers", "한가람 교수는 \"…\"라고 말했다. \"…\" → 한가람 goes on talking", "speakers-previous-speaker")
def _previous_speaker(site: QuoteSite) -> tuple | None:
    """A quotation with no subject close after one with a speaker: that speaker goes on talking."""
    lsent, lname = site.last
    sent, para_of = site.sent, site.doc.sent_para
    if lname is not None and (sent - lsent <= 2 or (sent - lsent <= 4 and para_of[lsent] == para_of[sent])):
        return lname, None, None
    return None


@rule("speakers", "한가람 교수가 회견을 열었다. \"…\"라고 했다 → 한가람", "speakers-previous-sentence-actor")
def _previous_sentence_actor(site: QuoteSite) -> tuple | None:
    """With no subject and no speaker nearby, the first actor of the previous sentence speaks.

    A sentence naming only places is passed over for the one before it in the same paragraph
    (해당 발언은 군산시 … 성당에서 나왔다. "…")."""
    doc, sp, sent = site.doc, site.sp, site.sent
    for back in range(1, 4):
        if sent - back < 0 or (back > 1 and doc.sent_para[sent - back] != doc.sent_para[sent]):
            break
        prev_s = doc.sentences[sent - back]
        ms = [m for m in sp.within(prev_s.start, prev_s.end) if not sp.quoted(m.start)
              and not doc.text.startswith(("에서", "에선"), m.end)]  # (수송동 성당에서: a venue)
        if back > 1 or (ms and all(m.kind == PLACE for m in ms)):
            ms = [m for m in ms if m.kind != PLACE]
        if ms:
            m = _head(ms[:1] + [x for x in ms if x.kind == ANONYMOUS], ms[0].end)
            return m.key, m.kind, None
    return None


# verbs that report a saying already reported: …는 말을 했다고 전했다
REPORTING_STEMS = word_set("speech_reporting_verb_stems")


def _reported_report(toks, vpos: int) -> bool:
    """Does the verb of saying at vpos end in a quotative connective that another verb of saying
    follows (`…는 말을 했다고 전했다`, `…고 말했다고 밝혔다`)?"""
    n = len(toks)
    if vpos >= n or toks[vpos].tag != "EC" or toks[vpos].form not in ("고", "다고", "라고"):
        return False
    for j in range(vpos + 1, min(n, vpos + 6)):
        t = toks[j]
        if t.tag in ("SF", "SSO"):
            return False
        st = t.form if t.tag == "VV" else (toks[j - 1].form + t.form if t.tag == "XSV" else "")
        if st in L.SAY_STEMS or st in REPORTING_STEMS:
            return True
    return False


@rule("speakers", "나래 정부, “…” (a headline) → 나래 정부", "speakers-headline-before-mark")
def _name_before_mark(doc: Doc, sp: Speakers, toks, o: int, s: Span):
    """In a headline `X, “…”` / `X “…”`, the actor (or else the noun phrase) before the mark speaks."""
    end = toks[o - 1].start if toks[o - 1].form == "," else toks[o - 1].end
    ms = [m for m in sp.within(s.start, end) if not sp.quoted(m.start)]  # (not a name inside "…"이라며, "…")
    m = _head(ms, end) if ms else None
    if m is not None and not (m.kind == PLACE and m.end < end):  # "소말리아 해적들, “…”": not the country
        return _key(m)
    k = o - 2 if toks[o - 1].form == "," else o - 1
    j = k
    while j > 0 and toks[j - 1].tag in ("NNG", "NNP", "XSN", "SL") and toks[j - 1].start >= s.start:
        j -= 1
    if k >= 0 and j <= k and toks[k].tag in ("NNG", "NNP", "XSN") and toks[k].start >= s.start:
        # unnamed speakers of a headline: "압송된 해적들, “…”"
        return doc.text[toks[j].start:toks[k].end], ANONYMOUS, Span(toks[j].start, toks[k].end)
    return None, None, None
