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
"""
from __future__ import annotations

import bisect
import logging
from dataclasses import replace

from ..model import ANONYMOUS, ORGANIZATION, PERSON, Mention, Quote, Span
from .actors import ActorIndex
from .doc import Doc
from .qgrammar import (OPEN, after_index, find_quotes, genitive_speaker, is_speech, long_chain_speech, modifier_head,
                       SPEECH_NOUNS, says_something, verb_of_saying)
from .speakers import QuoteSite, Speakers, _name_before_mark, resolve_speaker
from .subjects import DOCUMENT_NOUNS, SUBJ, _key, _subject_particle

log = logging.getLogger(__name__)

__all__ = ["extract_quotes", "OPEN"]


def extract_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    text = doc.text
    found = []  # every paragraph's quotations, found first: pronouns skip names inside any of them
    quoted = []
    for para in doc.paras:
        pend = para.start + len(para.text)
        qs = find_quotes(para.toks, text, pend)
        found.append(qs)
        quoted.extend((para.toks[q[0]].start, q_end(para.toks, q, pend)) for q in qs)
    sp = Speakers(doc, actors, quoted)
    quotes: list[Quote] = []
    pending_headline: list[int] = []  # indices of headline quotations whose speaker is unknown
    carried: list[int] = []  # quotations running to a paragraph's end with no speaker
    chunks_by_sent: dict[int, list] = {}
    for ch in doc.chunks:
        chunks_by_sent.setdefault(ch.sent, []).append(ch)
    last = (-9, None)  # (sentence, speaker key)
    for pi, para in enumerate(doc.paras):
        toks = para.toks
        ids = para.sent_ids
        pend = para.start + len(para.text)
        qs = found[pi]
        if not qs:
            continue
        span_starts = [toks[q[0]].start for q in qs]
        span_ends = [q_end(toks, q, pend) for q in qs]

        def inside(pos: int, starts=span_starts, ends=span_ends) -> bool:
            k = bisect.bisect_right(starts, pos) - 1  # quotations do not overlap: one candidate
            return k >= 0 and pos < ends[k]

        speech = [is_speech(toks, q, text) for q in qs]
        # "A", "B"고 밝혔다: a quotation followed only by a comma and a spoken one is spoken too
        for qi in range(len(qs) - 2, -1, -1):
            a, o2 = after_index(qs[qi]), qs[qi + 1][0]
            if not speech[qi] and speech[qi + 1] and _joined(toks, a, o2):
                speech[qi] = True
        for qi, q in enumerate(qs):
            if not speech[qi] and long_chain_speech(toks, q, ids, text):
                speech[qi] = True
        # ‘…’(김공수 기획예산처장): a bracket right after the quotation names who said it
        signed = {qi: m for qi, q in enumerate(qs) if (m := _signed_by(toks, q, sp)) is not None}
        for qi in signed:
            speech[qi] = True
        # "…"는 운전자의 주장, 중앙정보부에 따르면 "…".: the source is named by a noun, not a subject
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
                m = _noun_source(doc, sp, chunks_by_sent.get(ids[k], []), toks, k)
                if m is not None:
                    cited[qi] = m
                    speech[qi] = True
        # “…” as a sentence of its own after a sentence whose subject spoke (… 환영했다. “…”)
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
            m = _previous_subject(doc, sp, chunks_by_sent, ids[o] - 1, quoted)
            if m is not None:
                alone[qi] = m
                speech[qi] = True
        cited.update(alone)
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
        # the headline, or a subheading written like one (short, no sentence ending):
        # 인근 주민, ‘수년 전부터 보수 공사 요구해왔다’ … 인재 가능성
        headline = (pi == 0 and doc.article.headline is not None) or _heading_like(para.text)
        first_of_para = len(quotes)
        kept: list[int] = []  # index in qs of each quotation appended for this paragraph
        for qi, q in enumerate(qs):
            o, c, virtual = q
            sent = ids[o]
            q0 = toks[o].end
            q1 = toks[c].start if c < len(toks) else pend
            while q1 > q0 and text[q1 - 1].isspace():
                q1 -= 1
            body = text[q0:q1].strip()
            if len(body) < 2 or actors.kinds.get(body) == PERSON:
                continue  # (부인인 ‘리설주’라고 전했다: a name in quotation marks says who, not what)
            chained = qi > 0 and speech[qi - 1] and (ids[qs[qi - 1][0]] == sent or _joined(toks, after_index(qs[qi - 1]), o)) \
                and _joined(toks, after_index(qs[qi - 1]), o)
            head_q = headline and _headline_speech(toks, q, body) and says_something(toks, o, c)
            if not (speech[qi] or chained or head_q):
                continue
            # the verb: after this quotation or the chain it belongs to
            q2 = qi
            while q2 + 1 < len(qs) and speech[q2] and (
                    (ids[qs[q2 + 1][0]] == sent and qs[q2 + 1][0] - after_index(qs[q2]) <= 3)
                    or _joined(toks, after_index(qs[q2]), qs[q2 + 1][0])):
                q2 += 1
            verb, vpos = verb_of_saying(doc.text, toks, after_index(qs[q2]), ids[qs[q2][0]], ids)
            if head_q and not speech[qi]:
                speaker, kind, span = headline_speaker(doc, sp, toks, q)
                verb = None
            elif qi in signed or qi in cited:
                m = signed[qi] if qi in signed else cited[qi]
                speaker, kind, span = m.key, m.kind, Span(m.start, m.end)
            else:
                site = QuoteSite(doc, sp, chunks_by_sent.get(sent, []), toks, q, after_index(qs[q2]), vpos, sent,
                                 prev_close_of.get(o, -1), last, inside)
                speaker, kind, span = resolve_speaker(site)
            if speaker is not None:
                last = (sent, speaker)
            elif head_q:
                pending_headline.append(len(quotes))
            elif virtual and c >= len(toks):
                carried.append(len(quotes))
            quotes.append(Quote(text[q0:q1], q0, q1, doc.sentences[sent], speaker=speaker,
                                speaker_span=span, speaker_kind=kind, verb=verb))
            kept.append(qi)
        # one chain of quotations ("…", "…"고 말했다) has one speaker: fill the gaps from the chain
        for k in range(len(kept) - 2, -1, -1):
            a, b = first_of_para + k, first_of_para + k + 1
            if kept[k + 1] == kept[k] + 1 and _joined(toks, after_index(qs[kept[k]]), qs[kept[k + 1]][0]) \
                    and quotes[b].speaker is not None and quotes[a].speaker != quotes[b].speaker:
                # the verb and its subject follow the last quotation: they govern the whole chain
                quotes[a] = replace(quotes[a], speaker=quotes[b].speaker, speaker_kind=quotes[b].speaker_kind,
                                    verb=quotes[a].verb or quotes[b].verb)
    _fill_from_body(quotes, pending_headline)
    _fill_carried(doc, quotes, carried)
    inner = _inner_sayings(doc, sp, quotes)
    if inner:
        quotes = sorted(quotes + inner, key=lambda x: x.start)
    return quotes


def _past_bracket(text: str, pos: int) -> int:
    """Position after a bracket written right at pos (`시룸(21)이` -> at 이)."""
    if text[pos:pos + 1] == "(":
        close = text.find(")", pos, pos + 30)
        if close > 0:
            return close + 1
    return pos


def _inner_sayings(doc: Doc, sp, quotes: list[Quote]) -> list[Quote]:
    """`"… 시룸이 조사에서 ‘한국에서 살고 싶다’는 취지의 발언을 했다"고 전했다`: a saying quoted
    inside a reported saying. Its speaker is the subject written before it inside the outer
    quotation, or nobody (the outer speaker only reports it)."""
    out = []
    text = doc.text
    sent_index = None
    starts_of: dict[int, list[int]] = {}
    chunk_starts = None
    for q in quotes:
        if "‘" not in q.text and "'" not in q.text:
            continue
        if sent_index is None:
            sent_index = {(sp_.start, sp_.end): k for k, sp_ in enumerate(doc.sentences)}
        si = sent_index.get((q.sentence.start, q.sentence.end))
        if si is None:
            continue
        pi = doc.sent_para[si]
        para = doc.paras[pi]
        toks = para.toks
        starts = starts_of.get(pi)
        if starts is None:
            starts = starts_of[pi] = [x.start for x in toks]
        k0 = bisect.bisect_left(starts, q.start)
        for k in range(k0, len(toks)):
            t = toks[k]
            if t.end > q.end:
                break
            if t.tag != "SSO" or t.form not in ("‘", "'"):
                continue
            c = t.pair
            if c <= k or toks[c].end > q.end or not is_speech(toks, (k, c, False), text) \
                    or not says_something(toks, k, c):
                continue
            i0, i1 = t.end, toks[c].start
            m = None  # the last subject before the inner quotation: a person or body, or a group (…들)
            if chunk_starts is None:
                chunk_starts = [c_.start for c_ in doc.chunks]
            lo = bisect.bisect_left(chunk_starts, q.start)
            hi = bisect.bisect_left(chunk_starts, t.start)
            for ch in doc.chunks[lo:hi]:
                if ch.para != pi or ch.end > t.start:
                    continue
                if _subject_particle(toks, ch)[1] not in ("은", "는", "이", "가", "도"):
                    continue
                ms = [x for x in sp.within(ch.start, ch.end) if x.kind in (PERSON, ORGANIZATION)]
                if ms:
                    m = ms[-1]
                elif doc.text[ch.start:ch.end].endswith("들"):
                    g = doc.text[ch.start:ch.end]
                    m = Mention(g, ch.start, ch.end, ANONYMOUS, g, Span(ch.start, ch.end))
                else:
                    m = None
            if m is None:  # (시룸(21)이: a bracket between the name and its particle)
                cands = [x for x in sp.within(q.start, t.start) if x.kind in (PERSON, ORGANIZATION)
                         and _marked_subject(toks, _past_bracket(text, x.end))]
                m = cands[-1] if cands else None
            out.append(Quote(text[i0:i1], i0, i1, q.sentence, speaker=m.key if m else None,
                             speaker_span=Span(m.start, m.end) if m else None, speaker_kind=m.kind if m else None))
    return out


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
        a, form = _subject_particle(toks, ch)
        if form not in ("은", "는", "이", "가", "도"):
            continue
        ms = [m for m in sp.within(ch.start, ch.end) if m.kind in (PERSON, ORGANIZATION, ANONYMOUS)]
        if ms:
            return next((m for m in ms if m.kind == PERSON), ms[-1])
        return None  # the subject is something else: no speaker to carry over
    if pron is not None:
        return sp.antecedent(toks[pron].start)  # 그는 다음과 같이 답변했다. “…”
    return None


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
    o, c, virtual = q
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


def _heading_like(t: str) -> bool:
    t = t.strip()
    return 0 < len(t) <= 80 and "\n" not in t and not t.endswith((".", "다", "요", "?", "!", "”", "\"", "’", "'", ")"))


def _signed_by(toks, q, sp):
    """The person named alone in a bracket written right after the quotation (`‘…’(김공수
    기획예산처장)`), or None."""
    o, c, virtual = q
    if virtual or c + 1 >= len(toks):
        return None
    b = toks[c + 1]
    if b.form != "(" or b.start != toks[c].end or not (c + 1 < b.pair <= c + 8):
        return None
    ms = [m for m in sp.within(b.end, toks[b.pair].start) if m.kind == PERSON]
    if len(ms) != 1 or ms[0].start != b.end:
        return None
    return ms[0]


def q_end(toks, q, para_end: int) -> int:
    """Offset just past the quotation (its closing mark included, if it has one)."""
    o, c, virtual = q
    if virtual:
        return toks[c].start if c < len(toks) else para_end
    return toks[c].end


def _headline_speech(toks, q, body: str) -> bool:
    """A quotation in a headline is speech when it is a saying: several words in double quote
    marks, or a long one in single marks (`‘더플랜’` names a film)."""
    mark = toks[q[0]].form
    if mark in ("“", "\""):
        return " " in body or len(body) >= 6
    return len(body) >= 15


def _bigrams(s: str) -> set[str]:
    s = "".join(s.split())
    return {s[k:k + 2] for k in range(len(s) - 1)}


def _fill_from_body(quotes: list[Quote], pending: list[int]) -> None:
    """A headline quotation repeats (or condenses) one from the body: take that one's speaker."""
    for k in pending:
        hq = quotes[k]
        hb = _bigrams(hq.text)
        best, score = None, 0.0
        for q in quotes:
            if q is hq or q.speaker is None or q.start < hq.end:
                continue
            sc = len(hb & _bigrams(q.text)) / max(1, len(hb))
            if sc > score:
                best, score = q, sc
        if best is not None and score >= 0.5:
            quotes[k] = Quote(hq.text, hq.start, hq.end, hq.sentence, speaker=best.speaker, speaker_kind=best.speaker_kind)


def _fill_carried(doc: Doc, quotes: list[Quote], carried: list[int]) -> None:
    """A quotation carried over to the next paragraph: its speaker is named where it closes."""
    for k in carried:
        q = quotes[k]
        nxt = quotes[k + 1] if k + 1 < len(quotes) else None
        if nxt is not None and nxt.speaker and nxt.start - q.end <= 400:
            quotes[k] = Quote(q.text, q.start, q.end, q.sentence, speaker=nxt.speaker, speaker_kind=nxt.speaker_kind,
                              verb=nxt.verb)


def headline_speaker(doc: Doc, sp: Speakers, toks, q):
    """A headline quotation with no verb: `X “…”`, `X, “…”`, or the subject after it (`“…” 문
    대통령이 …`)."""
    o, c, virtual = q
    s = Span(toks[0].start, toks[-1].end) if toks else Span(0, 0)
    if o > 0 and (toks[o - 1].form == "," or toks[o - 1].tag in ("NNP", "NNG", "SL", "XSN", "SH")):
        got = _name_before_mark(doc, sp, toks, o, s)
        if got[0] is not None:
            return got
    end = toks[c].end if c < len(toks) else s.end
    for m in sp.within(end, s.end):
        if m.kind in (PERSON, ORGANIZATION) and _marked_subject(toks, m.end):
            return _key(m)
    return None, None, None


def _marked_subject(toks, pos: int) -> bool:
    """Is the phrase ending at `pos` (maybe followed by title nouns) marked as subject or topic?"""
    k = bisect.bisect_left([t.start for t in toks], pos)
    while k < len(toks) and toks[k].tag in ("NNG", "NNP", "SL", "XSN", "NNB") and k < len(toks):
        k += 1
    return k < len(toks) and toks[k].tag in ("JKS", "JX") and toks[k].form in SUBJ
