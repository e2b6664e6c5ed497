"""Quotations and who said them.

A quotation is reported speech when the grammar after its closing mark says so: a quotative
particle (`라고`, `이라고`, `고`), a connective (`며`, `면서`, `라며`) or another quotation joined
to one that is. The verb of saying is the first predicate that closes a clause after the
chain (`밝혔다`, `설명했다`, `반겼다`).

The speaker is the actor phrase marked as subject or topic (은/는/이/가/도) in the same
sentence — before the quotation, or between it and the verb (`…라고 벡톨 교수는 밝혔다`).
A pronoun subject (`그는`, `그녀는`, `이 관계자는`) takes the last named person (or source)
before it; a sentence with no subject keeps the previous sentence's speaker or topic.
"""
from __future__ import annotations

import bisect
import logging

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE, Mention, Quote, Span
from .actors import ActorIndex
from .doc import Doc

log = logging.getLogger(__name__)

OPEN = {"“": "”\"", "\"": "\"”", "‘": "’'", "'": "'’", "「": "」", "『": "』"}
SPEECH_EC = frozenset(("며", "면서", "라며", "이라며", "고", "라고", "이라고", "면서도", "라면서", "이라면서"))
SUBJ = frozenset(("은", "는", "이", "가", "께서", "도", "측은", "에서는"))
MAX_QUOTE = 2000


def _find_quotes(doc: Doc, pi: int) -> list[tuple[int, int]]:
    """(open, close) token index pairs of outermost quotations in the paragraph."""
    para = doc.paras[pi]
    toks = para.toks
    out = []
    i = 0
    n = len(toks)
    while i < n:
        t = toks[i]
        if t.tag == "SSO" and t.form in OPEN:
            c = t.pair
            if c <= i:
                # unpaired: take the next closing mark of a matching kind within the paragraph
                closers = OPEN[t.form]
                c = next((k for k in range(i + 1, min(n, i + 400)) if toks[k].form in closers
                          and toks[k].tag in ("SSC", "SSO")), -1)
            if c > i and toks[c].start - t.end <= MAX_QUOTE:
                out.append((i, c))
                i = c + 1
                continue
        i += 1
    return out


def _is_speech(toks, c: int) -> bool:
    if c + 1 >= len(toks):
        return False
    nx = toks[c + 1]
    if nx.start != toks[c].end and nx.tag not in ("SP",):
        return False
    if nx.tag == "JKQ":
        return True
    if nx.tag == "EC" and nx.form in SPEECH_EC:
        return True
    if nx.tag == "VCP" and c + 2 < len(toks) and toks[c + 2].tag == "EC":
        return True
    return False


def _say_ends(toks, k: int, sent: int, ids) -> bool:
    from .lexicon import SAY_STEMS
    j = k
    while j < len(toks) and ids[j] == sent and j - k < 30:
        t = toks[j]
        stem = t.form if t.tag == "VV" else (toks[j - 1].form + "하" if t.tag == "XSV" and j > 0 else "")
        if stem in SAY_STEMS:
            return True
        if t.tag == "SSO":
            return False
        j += 1
    return False


def _verb(doc: Doc, toks, k: int, sent: int, ids) -> tuple[str | None, int]:
    """First predicate after token k that closes a clause: returns (spelled word, token index)."""
    n = len(toks)
    text = doc.text
    j = k
    while j < n and ids[j] == sent and j - k < 40:
        t = toks[j]
        if t.tag in ("VV", "XSV", "VX") or (t.tag == "VA" and j > k):
            # the word's last morpheme must close a clause (not a modifier like 대한)
            e = j
            while e + 1 < n and toks[e + 1].start <= toks[e].end and toks[e + 1].tag not in ("SF", "SP", "SSO", "SSC"):
                e += 1
            if toks[e].tag in ("EF", "EC") and not (toks[e].tag == "EC" and toks[e].form in ("어", "아", "게", "지")):
                s = j
                while s > 0 and toks[s - 1].end >= toks[s].start and toks[s - 1].tag not in ("SF", "SP", "SSO", "SSC", "JKQ", "EC"):
                    s -= 1
                return text[toks[s].start:toks[e].end], e
        if t.tag == "SSO" and t.form in OPEN:
            return None, j
        j += 1
    return None, j


class _Speakers:
    """Actor mentions by position, for subject lookups."""

    def __init__(self, doc: Doc, actors: ActorIndex) -> None:
        self.ms = [m for m in actors.mentions if m.kind in (PERSON, ORGANIZATION, ANONYMOUS)]
        self.starts = [m.start for m in self.ms]

    def within(self, s: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.ms) and self.ms[i].start < e:
            if self.ms[i].end <= e:
                out.append(self.ms[i])
            i += 1
        return out

    def last_before(self, pos: int, kinds) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 200)  # bounded look-back keeps long inputs linear
        while i > stop:
            if self.ms[i].kind in kinds:
                return self.ms[i]
            i -= 1
        return None


def _head(ms: list[Mention], end: int) -> Mention | None:
    """The actor a subject phrase names: a source, else a person, else what ends the phrase."""
    for kind in (ANONYMOUS, PERSON):
        for m in ms:
            if m.kind == kind:
                return m
    for m in ms:
        if m.end == end:
            return m
    return ms[-1] if ms else None


def extract_quotes(doc: Doc, actors: ActorIndex) -> list[Quote]:
    sp = _Speakers(doc, actors)
    text = doc.text
    quotes: list[Quote] = []
    chunks_by_sent: dict[int, list] = {}
    for ch in doc.chunks:
        chunks_by_sent.setdefault(ch.sent, []).append(ch)
    last_speaker: tuple[int, Mention | None, str | None] = (-9, None, None)  # (sentence, mention, name)
    for pi, para in enumerate(doc.paras):
        toks = para.toks
        ids = para.sent_ids
        qs = _find_quotes(doc, pi)

        def speech_chain(qi: int) -> bool:
            # the previous quotation leads into this one (…”며 “…): same speaker, no new subject
            c, o2 = qs[qi - 1][1], qs[qi][0]
            return o2 - c <= 3
        span_starts = [toks[o].start for o, c in qs]
        span_ends = [toks[c].end for o, c in qs]

        prev_close_of = {}
        for qi in range(1, len(qs)):
            if ids[qs[qi][0]] == ids[qs[qi - 1][0]] and not speech_chain(qi):
                prev_close_of[qs[qi][0]] = toks[qs[qi - 1][1]].end

        def inside(pos: int, starts=span_starts, ends=span_ends) -> bool:
            k = bisect.bisect_right(starts, pos) - 1  # quotations do not overlap: one candidate
            return k >= 0 and pos < ends[k]

        # chains: “A”며 “B”고 말했다 — a quotation followed (after 며/고/,) by another shares the verb
        speech = [_is_speech(toks, c) for _, c in qs]
        # “A”, “B”고 밝혔다: a quotation followed only by a comma and a spoken one is spoken too
        for qi in range(len(qs) - 2, -1, -1):
            c, o2 = qs[qi][1], qs[qi + 1][0]
            if not speech[qi] and speech[qi + 1] and o2 - c <= 3 and all(toks[x].tag in ("SP", "SF") for x in range(c + 1, o2)):
                speech[qi] = True
        # a long quotation whose sentence ends in a verb of saying
        for qi, (o, c) in enumerate(qs):
            if not speech[qi] and toks[c].start - toks[o].end >= 20 and _say_ends(toks, c + 1, ids[o], ids):
                speech[qi] = True
        for qi, (o, c) in enumerate(qs):
            sent = ids[o]
            chained = qi + 1 < len(qs) and speech[qi] and ids[qs[qi + 1][0]] == sent
            is_speech = speech[qi] or (qi > 0 and speech[qi - 1] and ids[qs[qi - 1][0]] == sent
                                       and qs[qi - 1][1] + 3 >= o)
            headline_quote = (doc.sent_para[sent] == 0 or pi == 0) and o > 0 and (
                toks[o - 1].form == "," or toks[o - 1].tag in ("NNP", "NNG", "SL", "XSN"))
            long_quote = toks[c].start - toks[o].end >= 15
            if not (is_speech or (headline_quote and long_quote)):
                continue
            if toks[c].start - toks[o].end < 2:
                continue
            # verb: after this quotation or the chain it belongs to
            k = c + 1
            q2 = qi
            while q2 + 1 < len(qs) and speech[q2] and ids[qs[q2 + 1][0]] == sent:
                q2 += 1
            verb, vpos = _verb(doc, toks, qs[q2][1] + 1, sent, ids)
            speaker, kind, span = _resolve(doc, sp, chunks_by_sent.get(sent, []), toks, o, qs[q2][1], vpos,
                                           sent, last_speaker, inside, prev_close_of)
            if speaker is not None:
                last_speaker = (sent, None, speaker)
            q0, q1 = toks[o].end, toks[c].start
            quotes.append(Quote(text[q0:q1], q0, q1, doc.sentences[sent], speaker=speaker,
                                speaker_span=span, speaker_kind=kind, verb=verb))
    return quotes


CLAUSE_EC = frozenset(("는데", "은데", "ᆫ데", "고", "며", "으며", "면서", "으면서", "지만", "으나", "나", "어서", "아서"))


def _clause_closed(toks, a: int, o: int) -> bool:
    """A connective ending between the subject's particle and the quotation closes its clause."""
    for k in range(a + 1, o):
        t = toks[k]
        if t.tag == "EC" and t.form in CLAUSE_EC and k + 1 < o and toks[k + 1].tag in ("SP", "NNP", "NNG", "SL"):
            return True
    return False


def pi_of(doc: Doc, sent: int) -> int:
    return doc.sent_para[sent]


def _resolve(doc: Doc, sp: _Speakers, chunks, toks, o: int, close: int, vpos: int, sent: int, last, inside,
             prev_close_of):
    text = doc.text
    qstart = toks[o].start
    floor = prev_close_of.get(o, -1)
    vend = toks[vpos].start if vpos < len(toks) else doc.sentences[sent].end
    cands_before = []
    cands_after = []
    # only the chunks near the quotation: a sentence can be arbitrarily long
    cstarts = [c.start for c in chunks]
    lo = max(0, bisect.bisect_left(cstarts, qstart) - 40)
    hi = bisect.bisect_right(cstarts, vend) + 1
    for ch in chunks[lo:hi]:
        if inside(ch.start):
            continue  # a subject inside a quotation is the quoted speaker's, not ours
        a = ch.after
        if a >= len(toks) or toks[a].tag not in ("JX", "JKS") or toks[a].form not in SUBJ:
            continue
        ms = sp.within(ch.start, ch.end)
        m = _head(ms, ch.end)
        if m is None:
            continue
        if ch.end <= qstart:
            if ch.start >= floor:
                cands_before.append((toks[a].form, m, a))
        elif ch.para == doc.sent_para[sent] and ch.parts[0].i0 > close and ch.end <= vend:
            cands_after.append((toks[a].form, m, a))
    # pronouns: 그는 / 그녀는 / 이 관계자는
    pron = None
    s = doc.sentences[sent]
    for k in range(max(0, o - 30), o):
        t = toks[k]
        if t.start < s.start:
            continue
        if t.tag == "NP" and t.form in ("그", "그녀") and k + 1 < len(toks) and toks[k + 1].tag in ("JX", "JKS"):
            pron = t
    pick = None
    if cands_after:
        pick = cands_after[0][1]
    elif cands_before:
        # the subject of the clause that holds the quotation: drop subjects of earlier clauses
        # closed by a connective ending (…비판적인데, 존 스미스는 "…"이라고 일축했고)
        cl = [c for c in cands_before if not _clause_closed(toks, c[2], o)] or cands_before
        topics = [m for f, m, _ in cl if f in ("은", "는", "측은", "에서는")]
        pick = topics[0] if topics else cl[-1][1]
    if pron is not None and (pick is None or pick.start < pron.start):
        prev = sp.last_before(pron.start, (PERSON,))
        if prev is not None:
            key = prev.key
            return key, PERSON, Span(pron.start, pron.end)
    if pick is not None:
        return pick.key, pick.kind, Span(pick.start, pick.end)
    # no subject: the headline's "X, “…”" or the previous sentence's speaker/topic
    if o > 0 and (toks[o - 1].form == "," or (pi_of(doc, sent) == 0 and toks[o - 1].tag in ("NNP", "NNG", "SL", "XSN"))):
        # headline: 'X, “…”' or 'X “…” 눈물'
        end = toks[o - 1].start if toks[o - 1].form == "," else toks[o - 1].end
        ms = sp.within(s.start, end)
        if ms:
            m = _head(ms, end)
            return m.key, m.kind, Span(m.start, m.end)
    lsent, _, lname = last
    if lname is not None and (sent - lsent <= 2 or (sent - lsent <= 4 and doc.sent_para[lsent] == doc.sent_para[sent])):
        # no subject: the speaker of the previous quotation in this paragraph goes on talking
        return lname, None, None
    prev_s = doc.sentences[sent - 1] if sent > 0 else None
    if prev_s is not None:
        ms = sp.within(prev_s.start, prev_s.end)
        if ms:
            m = _head(ms[:1] + [x for x in ms if x.kind == ANONYMOUS], ms[0].end)
            return m.key, m.kind, None
    return None, None, None
