"""Quotations whose speaker the clause around them does not give (see `quotes`).

- a headline quotation with no verb: the name before the mark (`김 장관 “…”`), the subject after
  it (`“…” 문 대통령이 …`), else the speaker of the body quotation it repeats;
- a quotation carried over to the next paragraph: the speaker named where it closes;
- a saying quoted inside a reported saying (`"… 시룸이 ‘…’는 취지의 발언을 했다"고 전했다`): a
  quotation of its own, said by the subject written before it inside the outer quotation.
"""
from __future__ import annotations

import bisect

from ..model import ANONYMOUS, ORGANIZATION, PERSON, Mention, Quote, Span
from .doc import Doc
from .qgrammar import is_speech, says_something
from .rules import rule
from .speakers import Speakers, _name_before_mark
from .subjects import SUBJ, _key, _subject_particle


@rule("quotes", "학생 대표, 시위 계획 밝혀 (a short line with no sentence ending) → read as a headline",
      "quotes-subheading-as-headline")
def _heading_like(t: str) -> bool:
    """A short paragraph with no sentence ending is a subheading, written like a headline."""
    t = t.strip()
    return 0 < len(t) <= 80 and "\n" not in t and not t.endswith((".", "다", "요", "?", "!", "”", "\"", "’", "'", ")"))


@rule("quotes", "한가람 “예산 더 필요” (headline) → a saying; ‘나래섬’ (headline) → a title",
      "quotes-headline-saying")
def _headline_speech(toks, q, body: str) -> bool:
    """A quotation in a headline is a saying when it has several words in double marks, or is long.

    A short one in single marks (`‘더플랜’`) names a film or a book."""
    mark = toks[q[0]].form
    if mark in ("“", "\""):
        return " " in body or len(body) >= 6
    return len(body) >= 15


@rule("speakers", "“예산 더 필요” 한가람 장관이 … (headline) → 한가람", "speakers-headline-speaker")
def headline_speaker(doc: Doc, sp: Speakers, toks, q):
    """A headline quotation with no verb is said by the name before it or the subject after it.

    `X “…”`, `X, “…”`, or the subject after it (`“…” 문 대통령이 …`)."""
    o, c, _virtual = q
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
    while k < len(toks) and toks[k].tag in ("NNG", "NNP", "SL", "XSN", "NNB"):
        k += 1
    return k < len(toks) and toks[k].tag in ("JKS", "JX") and toks[k].form in SUBJ


def _bigrams(s: str) -> set[str]:
    s = "".join(s.split())
    return {s[k:k + 2] for k in range(len(s) - 1)}


@rule("speakers", "“예산 더 필요” (headline) … 한가람 장관은 “예산이 더 필요하다”고 말했다 → 한가람",
      "speakers-headline-from-body")
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


@rule("speakers", "“… (no closing mark) ¶ … ”라고 한가람 장관은 말했다 → both parts 한가람", "speakers-carried-over")
def _fill_carried(doc: Doc, quotes: list[Quote], carried: list[int]) -> None:
    """A quotation carried over to the next paragraph: its speaker is named where it closes."""
    for k in carried:
        q = quotes[k]
        nxt = quotes[k + 1] if k + 1 < len(quotes) else None
        if nxt is not None and nxt.speaker and nxt.start - q.end <= 400:
            quotes[k] = Quote(q.text, q.start, q.end, q.sentence, speaker=nxt.speaker, speaker_kind=nxt.speaker_kind,
                              verb=nxt.verb)


def _past_bracket(text: str, pos: int) -> int:
    """Position after a bracket written right at pos (`시룸(21)이` -> at 이)."""
    if text[pos:pos + 1] == "(":
        close = text.find(")", pos, pos + 30)
        if close > 0:
            return close + 1
    return pos


@rule("quotes", "\"… 도훈이 ‘집에 가고 싶다’는 취지의 발언을 했다\"고 전했다 → inner saying, 도훈",
      "quotes-inner-saying")
def _inner_sayings(doc: Doc, sp, quotes: list[Quote]) -> list[Quote]:
    """A saying in single marks inside a reported saying is a quotation of its own.

    `"… 시룸이 조사에서 ‘한국에서 살고 싶다’는 취지의 발언을 했다"고 전했다`: its speaker is the
    subject written before it inside the outer quotation, or nobody (the outer speaker only
    reports it)."""
    outer = [q for q in quotes if "‘" in q.text or "'" in q.text]
    if not outer:
        return []
    text = doc.text
    sent_index = {(s.start, s.end): k for k, s in enumerate(doc.sentences)}
    chunk_starts = [c.start for c in doc.chunks]
    starts_of: dict[int, list[int]] = {}
    out = []
    for q in outer:
        si = sent_index.get((q.sentence.start, q.sentence.end))
        if si is None:
            continue
        pi = doc.sent_para[si]
        toks = doc.paras[pi].toks
        if pi not in starts_of:
            starts_of[pi] = [x.start for x in toks]
        for k, c in _inner_marks(toks, starts_of[pi], q, text):
            t = toks[k]
            m = _inner_speaker(doc, sp, toks, pi, q, t, chunk_starts)
            i0, i1 = t.end, toks[c].start
            out.append(Quote(text[i0:i1], i0, i1, q.sentence, speaker=m.key if m else None,
                             speaker_span=Span(m.start, m.end) if m else None, speaker_kind=m.kind if m else None))
    return out


def _inner_marks(toks, starts: list[int], q: Quote, text: str):
    """(open, close) token indices of each saying in single marks inside the quotation q."""
    for k in range(bisect.bisect_left(starts, q.start), len(toks)):
        t = toks[k]
        if t.end > q.end:
            break
        if t.tag != "SSO" or t.form not in ("‘", "'"):
            continue
        c = t.pair
        if c <= k or toks[c].end > q.end or not is_speech(toks, (k, c, False), text) \
                or not says_something(toks, k, c):
            continue
        yield k, c


def _inner_speaker(doc: Doc, sp, toks, pi: int, q: Quote, t, chunk_starts: list[int]) -> Mention | None:
    """The last subject before the inner quotation (opening at token t) inside the outer one q:
    a person or body, or a group (…들)."""
    m = None
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
                 and _marked_subject(toks, _past_bracket(doc.text, x.end))]
        m = cands[-1] if cands else None
    return m
