"""Quotations and who said them.

Spans: every quotation mark pair the analyser matched (`“…”`, `"…"`, `‘…’`, `'…'`, `「…」`). An
opening mark left unpaired is recovered: the quotation ends where a quotative ending followed
by a predicate comes (`…않았다라고 장관이 말했다`), else at the end of the paragraph when it is
long (a quotation carried over to the next paragraph).

A quotation is reported speech when the grammar after it says so (`qgrammar.is_speech`): a
quotative particle (`라고`, `이라고`, `고`), a connective (`며`, `면서`, `라며`), a noun clause
(`"…"는 말을 했다`, `"…"라는 입장이다`), `"…" 하는`, or another quotation joined to one that is;
a quotation that names something (`"…"라고 불리는`) is not. In a headline a quotation needs no
verb (`김 장관 "…"`, `"…" 문 대통령이 …`). The verb of saying is the first predicate closing a
clause after the chain (`밝혔다`, `설명했다`, `발혔다` — a misspelt one too).

The speaker is resolved by `speakers.resolve_speaker` (subject of the clause of the verb of saying).

`extract_quotes` is a short driver over named rules (`python -m generator rules`): spans come
from `qspans`, the speech tests from `qgrammar`, speakers that the clause does not give
(headlines, quotations carried over, sayings inside sayings) from `quotefill`.
"""
from __future__ import annotations

import bisect
import logging
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from ..model import ANONYMOUS, ORGANIZATION, PERSON, Mention, Quote, Span
from .actors import ActorIndex
from .doc import Doc
from .qgrammar import (
    OPEN,
    SPEECH_NOUNS,
    after_index,
    find_quotes,
    genitive_speaker,
    is_speech,
    long_chain_speech,
    modifier_head,
    says_something,
    verb_of_saying,
)
from .quotefill import (
    _fill_carried,
    _fill_from_body,
    _heading_like,
    _headline_speech,
    _inner_sayings,
    headline_speaker,
)
from .rules import rule
from .speakers import QuoteSite, Speakers, resolve_speaker
from .subjects import DOCUMENT_NOUNS, _subject_particle

log = logging.getLogger(__name__)

__all__ = ["OPEN", "extract_quotes"]


@dataclass
class _Run:
    """What `extract_quotes` carries from one paragraph to the next."""

    doc: Doc
    actors: ActorIndex
    sp: Speakers
    quoted: list  # (start, end) of every quotation of the document
    chunks_by_sent: dict
    quotes: list = field(default_factory=list)
    pending_headline: list = field(default_factory=list)  # headline quotations whose speaker is unknown
    carried: list = field(default_factory=list)  # quotations running to a paragraph's end with no speaker
    last: tuple = (-9, None)  # (sentence, speaker key) of the last quotation given a speaker


@dataclass(frozen=True)
class _Para:
    """One paragraph's quotations and what the grammar around them says."""

    pi: int
    toks: list
    ids: list  # sentence index of each token
    pend: int  # offset of the paragraph's end
    qs: list  # its quotations, (open, close, virtual)
    span_ends: list
    inside: Callable[[int], bool]
    speech: list  # is each quotation reported speech?
    sources: dict  # quotation index -> the mention that signed or is cited as its source
    prev_close_of: dict  # opening index -> end offset of the previous saying of the sentence
    headline: bool


def extract_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    """Every quotation of the document that is reported speech, with its speaker and verb."""
    found = []  # every paragraph's quotations, found first: pronouns skip names inside any of them
    quoted = []
    for para in doc.paras:
        pend = para.start + len(para.text)
        qs = find_quotes(para.toks, doc.text, pend)
        found.append(qs)
        quoted.extend((para.toks[q[0]].start, q_end(para.toks, q, pend)) for q in qs)
    chunks_by_sent: dict[int, list] = {}
    for ch in doc.chunks:
        chunks_by_sent.setdefault(ch.sent, []).append(ch)
    run = _Run(doc, actors, Speakers(doc, actors, quoted), quoted, chunks_by_sent)
    for pi, para in enumerate(doc.paras):
        if found[pi]:
            _paragraph_quotes(run, _read_paragraph(run, pi, para, found[pi]))
    quotes = run.quotes
    _fill_from_body(quotes, run.pending_headline)
    _fill_carried(doc, quotes, run.carried)
    inner = _inner_sayings(doc, run.sp, quotes)
    if inner:
        quotes = sorted(quotes + inner, key=lambda x: x.start)
    return quotes


def _read_paragraph(run: _Run, pi: int, para, qs) -> _Para:
    """Which quotations of the paragraph are speech, and what bounds each one's clause."""
    toks, ids, text = para.toks, para.sent_ids, run.doc.text
    pend = para.start + len(para.text)
    span_starts = [toks[q[0]].start for q in qs]
    span_ends = [q_end(toks, q, pend) for q in qs]

    def inside(pos: int, starts=span_starts, ends=span_ends) -> bool:
        k = bisect.bisect_right(starts, pos) - 1  # quotations do not overlap: one candidate
        return k >= 0 and pos < ends[k]

    speech = [is_speech(toks, q, text) for q in qs]
    _joined_to_spoken(toks, qs, speech)
    for qi, q in enumerate(qs):
        if not speech[qi] and long_chain_speech(toks, q, ids, text):
            speech[qi] = True
    # ‘…’(김공수 기획예산처장): a bracket right after the quotation names who said it
    signed = {qi: m for qi, q in enumerate(qs) if (m := _signed_by(toks, q, run.sp)) is not None}
    for qi in signed:
        speech[qi] = True
    cited = _cited_sources(run, toks, ids, qs, speech, signed)
    cited.update(_sentences_alone(run, toks, ids, qs, speech, cited))
    headline = (pi == 0 and run.doc.article.headline is not None) or _heading_like(para.text)
    return _Para(pi, toks, ids, pend, qs, span_ends, inside, speech, {**signed, **cited},
                 _previous_closes(toks, ids, qs, speech, cited, span_ends), headline)


@rule("quotes", "\"세금을 낮추겠다\", \"일자리를 늘리겠다\"고 말했다 → both are speech", "quotes-joined-chain")
def _joined_to_spoken(toks, qs, speech: list[bool]) -> None:
    """A quotation followed only by a comma and a spoken one is spoken too (`"A", "B"고 밝혔다`)."""
    for qi in range(len(qs) - 2, -1, -1):
        a, o2 = after_index(qs[qi]), qs[qi + 1][0]
        if not speech[qi] and speech[qi + 1] and _joined(toks, a, o2):
            speech[qi] = True


@rule("quotes", "경찰청에 따르면 \"…\". / \"…\"는 운전자의 주장 → the source is the noun", "quotes-noun-source")
def _cited_sources(run: _Run, toks, ids, qs, speech, signed) -> dict:
    """A source named by a noun, not a subject, says the quotation: quotation index -> mention.

    `"…"는 운전자의 주장`, `중앙정보부에 따르면 "…".`"""
    cited = {}
    for qi, q in enumerate(qs):
        if qi in signed:
            continue
        k = genitive_speaker(toks, q)
        if k < 0:
            k = _according_to(toks, q)
            if k >= 0 and not (speech[qi] or _ends_clause(toks, q)):
                k = -1
        if k >= 0:
            m = _noun_source(run.doc, run.sp, run.chunks_by_sent.get(ids[k], []), toks, k)
            if m is not None:
                cited[qi] = m
                speech[qi] = True
    return cited


@rule("quotes", "한가람 장관도 결정을 환영했다. “…” → a saying of 한가람", "quotes-sentence-alone")
def _sentences_alone(run: _Run, toks, ids, qs, speech, cited) -> dict:
    """`“…”` as a sentence of its own after a sentence whose subject spoke is that subject's saying.

    `… 환영했다. “…”`: quotation index -> the mention of the previous sentence's subject."""
    alone = {}
    for qi, q in enumerate(qs):
        if speech[qi] or qi in cited or q[2] or toks[q[0]].form not in ("“", "\""):
            continue
        o = q[0]
        if not (o == 0 or toks[o - 1].tag == "SF") or not says_something(toks, o, q[1]):
            continue
        a = after_index(q)
        if not (a >= len(toks) or toks[a].tag == "SF" or (toks[a].tag == "SSO" and toks[a].form in ("“", "\""))):
            continue
        m = _previous_subject(run.doc, run.sp, run.chunks_by_sent, ids[o] - 1, run.quoted)
        if m is not None:
            alone[qi] = m
            speech[qi] = True
    return alone


def _previous_closes(toks, ids, qs, speech, cited, span_ends) -> dict:
    """Opening index -> end offset of the last saying before it in its sentence (where a subject
    of its own clause can start), not after a saying embedded in a relative clause."""
    prev_close_of = {}
    last_said = -1  # the last quotation that is speech (a quoted title or word sets no bound)
    for qi in range(1, len(qs)):
        if speech[qi - 1] and not (qi - 1 in cited and genitive_speaker(toks, qs[qi - 1]) >= 0):
            last_said = qi - 1  # (a saying inside a noun phrase, "…"는 X의 트윗, closes no clause)
        p = last_said
        # (not after an embedded one: [B가 "…"고 말한] 데 대해 A는 "…")
        if p >= 0 and ids[qs[qi][0]] == ids[qs[p][0]] and qs[qi][0] - after_index(qs[p]) > 2 \
                and modifier_head(toks, after_index(qs[p])) < 0:
            prev_close_of[qs[qi][0]] = span_ends[p]
    return prev_close_of


def _paragraph_quotes(run: _Run, par: _Para) -> None:
    """Append the paragraph's quotations that are speech (with their speakers) to run.quotes."""
    first_of_para = len(run.quotes)
    kept: list[int] = []  # index in qs of each quotation appended for this paragraph
    for qi in range(len(par.qs)):
        if _one_quote(run, par, qi):
            kept.append(qi)
    _one_speaker_per_chain(run.quotes, first_of_para, kept, par.toks, par.qs)


def _one_quote(run: _Run, par: _Para, qi: int) -> bool:
    """Append quotation qi of the paragraph if it is a saying; True when appended."""
    toks, qs, text = par.toks, par.qs, run.doc.text
    o, c, virtual = qs[qi]
    sent = par.ids[o]
    q0 = toks[o].end
    q1 = toks[c].start if c < len(toks) else par.pend
    while q1 > q0 and text[q1 - 1].isspace():
        q1 -= 1
    body = text[q0:q1].strip()
    if len(body) < 2 or run.actors.kinds.get(body) == PERSON:
        return False  # (부인인 ‘리설주’라고 전했다: a name in quotation marks says who, not what)
    chained = qi > 0 and par.speech[qi - 1] and _joined(toks, after_index(qs[qi - 1]), o)
    head_q = par.headline and _headline_speech(toks, qs[qi], body) and says_something(toks, o, c)
    if not (par.speech[qi] or chained or head_q):
        return False
    speaker, kind, span, verb = _speaker_and_verb(run, par, qi, head_q)
    if speaker is not None:
        run.last = (sent, speaker)
    elif head_q:
        run.pending_headline.append(len(run.quotes))
    elif virtual and c >= len(toks):
        run.carried.append(len(run.quotes))
    run.quotes.append(Quote(text[q0:q1], q0, q1, run.doc.sentences[sent], speaker=speaker,
                            speaker_span=span, speaker_kind=kind, verb=verb))
    return True


def _speaker_and_verb(run: _Run, par: _Para, qi: int, head_q: bool):
    """(speaker key, kind, span, verb of saying) of quotation qi."""
    toks, qs, ids = par.toks, par.qs, par.ids
    q = qs[qi]
    sent = ids[q[0]]
    q2 = _chain_end(toks, qs, ids, par.speech, qi)  # the verb comes after the chain the quotation is in
    verb, vpos = verb_of_saying(run.doc.text, toks, after_index(qs[q2]), ids[qs[q2][0]], ids)
    if head_q and not par.speech[qi]:
        speaker, kind, span = headline_speaker(run.doc, run.sp, toks, q)
        return speaker, kind, span, None
    if qi in par.sources:
        m = par.sources[qi]
        return m.key, m.kind, Span(m.start, m.end), verb
    site = QuoteSite(run.doc, run.sp, run.chunks_by_sent.get(sent, []), toks, q, after_index(qs[q2]), vpos, sent,
                     par.prev_close_of.get(q[0], -1), run.last, par.inside)
    speaker, kind, span = resolve_speaker(site)
    return speaker, kind, span, verb


def _chain_end(toks, qs, ids, speech, qi: int) -> int:
    """Index of the last quotation of the chain that quotation qi begins (`"…", "…"고 말했다`)."""
    sent = ids[qs[qi][0]]
    q2 = qi
    while q2 + 1 < len(qs) and speech[q2] and (
            (ids[qs[q2 + 1][0]] == sent and qs[q2 + 1][0] - after_index(qs[q2]) <= 3)
            or _joined(toks, after_index(qs[q2]), qs[q2 + 1][0])):
        q2 += 1
    return q2


@rule("speakers", "\"세금을 낮추겠다\", \"일자리를 늘리겠다\"고 한가람 후보는 말했다 → both 한가람",
      "speakers-one-speaker-per-chain")
def _one_speaker_per_chain(quotes: list[Quote], first_of_para: int, kept: list[int], toks, qs) -> None:
    """One chain of quotations (`"…", "…"고 말했다`) has one speaker: the verb and its subject
    follow the last quotation and govern the whole chain."""
    for k in range(len(kept) - 2, -1, -1):
        a, b = first_of_para + k, first_of_para + k + 1
        if kept[k + 1] == kept[k] + 1 and _joined(toks, after_index(qs[kept[k]]), qs[kept[k + 1]][0]) \
                and quotes[b].speaker is not None and quotes[a].speaker != quotes[b].speaker:
            quotes[a] = replace(quotes[a], speaker=quotes[b].speaker, speaker_kind=quotes[b].speaker_kind,
                                verb=quotes[a].verb or quotes[b].verb)


def _joined(toks, a: int, o: int) -> bool:
    """Only a comma (or nothing), possibly with a bracketed aside, between token a and the next
    quotation at o: `"…", "…"고`, `"…", (운영자는)"…"고` (one chain of quotations, one verb)."""
    if o - a > 12:
        return False
    k = a
    seen_comma = False
    while k < o:
        t = toks[k]
        if t.tag == "SSO" and t.form == "(" and a < t.pair < o:
            k = t.pair + 1
        elif t.tag in ("SP", "SF") and t.form in (",", "，", "·"):
            seen_comma = True
            k += 1
        else:
            return False
    return seen_comma or o - a <= 0


@rule("speakers", "‘…’(한가람 기획처장) → 한가람", "speakers-signed-in-bracket")
def _signed_by(toks, q, sp):
    """The person named alone in a bracket right after the quotation said it (`‘…’(김공수 기획예산처장)`)."""
    _o, c, virtual = q
    if virtual or c + 1 >= len(toks):
        return None
    b = toks[c + 1]
    if b.form != "(" or b.start != toks[c].end or not (c + 1 < b.pair <= c + 8):
        return None
    ms = [m for m in sp.within(b.end, toks[b.pair].start) if m.kind == PERSON]
    if len(ms) != 1 or ms[0].start != b.end:
        return None
    return ms[0]


def _according_to(toks, q) -> int:
    """`X에 따르면 "…"`, `X에 의하면, "…"`: index of the last token of X, or -1."""
    k = q[0] - 1
    if k >= 0 and toks[k].form in (",", "，"):
        k -= 1
    if k < 2 or toks[k].tag != "EC" or toks[k].form not in ("면", "으면"):
        return -1
    if toks[k - 1].form not in ("따르", "의하") or toks[k - 2].form != "에" or toks[k - 2].tag != "JKB":
        return -1
    k -= 3
    if toks[k].tag not in ("NNG", "NNP", "SL", "XSN", "NNB"):
        return -1
    if k >= 2 and toks[k - 1].form == "의" and toks[k - 1].tag == "JKG" and (
            toks[k].form in DOCUMENT_NOUNS or toks[k].form in SPEECH_NOUNS or toks[k].form in ("글", "말", "주장")) \
            and toks[k - 2].tag in ("NNG", "NNP", "SL", "XSN"):
        return k - 2  # 김설화 연구원의 글에 따르면 "…": the writer
    return k


def _ends_clause(toks, q) -> bool:
    """The quotation is the whole statement: a full stop or the paragraph's end follows it."""
    _o, _c, virtual = q
    a = after_index(q)
    return not virtual and (a >= len(toks) or toks[a].tag == "SF")


def _noun_source(doc: Doc, sp, chunks, toks, k: int):
    """The actor a noun phrase ending at token k names, or the phrase itself as an unnamed source."""
    end = toks[k].end
    ch = next((c for c in chunks if c.start < end <= c.end), None)
    if ch is None:
        return None
    ms = [m for m in sp.within(ch.start, end) if m.kind != "term"]
    people = [m for m in ms if m.kind == PERSON]
    if people:
        return people[-1]
    bodies = [m for m in ms if m.end == end]
    if bodies:
        return bodies[-1]
    text = doc.text[ch.start:end]
    return Mention(text, ch.start, end, ANONYMOUS, text, Span(ch.start, end))


def _previous_subject(doc: Doc, sp, chunks_by_sent, si: int, quoted):
    """The person or body that is the subject of sentence si (`베너드 체카소브도 …를 환영했다`,
    `그는 다음과 같이 답변했다`), when that sentence ends in a verb and quotes nobody itself."""
    if si < 0:
        return None
    span = doc.sentences[si]
    if any(span.start <= a < span.end for a, _ in quoted):
        return None
    para = doc.paras[doc.sent_para[si]]
    toks = para.toks
    pron = next((k for k in range(len(toks) - 1) if para.sent_ids[k] == si and toks[k].tag == "NP"
                 and toks[k].form in ("그", "그녀") and toks[k + 1].tag in ("JX", "JKS")
                 and toks[k + 1].form in ("은", "는", "이", "가", "도")), None)
    for ch in chunks_by_sent.get(si, []):
        if pron is not None and toks[pron].start < ch.start:
            break
        _a, form = _subject_particle(toks, ch)
        if form not in ("은", "는", "이", "가", "도"):
            continue
        ms = [m for m in sp.within(ch.start, ch.end) if m.kind in (PERSON, ORGANIZATION, ANONYMOUS)]
        if ms:
            return next((m for m in ms if m.kind == PERSON), ms[-1])
        return None  # the subject is something else: no speaker to carry over
    if pron is not None:
        return sp.antecedent(toks[pron].start)  # 그는 다음과 같이 답변했다. “…”
    return None


def q_end(toks, q, para_end: int) -> int:
    """Offset just past the quotation (its closing mark included, if it has one)."""
    _o, c, virtual = q
    if virtual:
        return toks[c].start if c < len(toks) else para_end
    return toks[c].end
