"""Copular definitions: `Y는 … N이다.` and `Y란 … 말한다.` with Y the sentence's first phrase."""
from __future__ import annotations

from ..model import PERSON, PLACE, Span
from . import lexicon as L
from .actors import P_ANON, P_NUM, P_ROLE, label_part
from .doc import Chunk, Doc

PRED_STOP = frozenset("것 셈 수 때문 중 상황 예정 방침 계획 전망 입장 상태 사실 뒤 후 전 때 일 곳 등 바 점 이유 결과 분석 평가".split())
DEFINE_VERBS = frozenset(("말하", "뜻하", "의미하", "가리키", "일컫", "이르"))
CLAUSE_EC = frozenset(("고", "며", "으며"))
LEAD_ADVERBS = frozenset(("여기서", "여기에서", "이때", "이 때", "즉", "참고로", "덧붙여"))
DEMONSTRATIVE = ("이번", "이", "그", "해당", "같은", "당시", "최근", "지난", "올해")


def _defining_end(toks, a: int, end: int) -> bool:
    """Does the clause end in a present-tense defining verb (말한다, 뜻한다, 가리킨다) with an object?"""
    v = end - 1
    if v <= a or toks[end].tag not in ("EF", "EC"):
        return False
    stem = toks[v].form if toks[v].tag == "VV" else (toks[v - 1].form + "하" if toks[v].tag == "XSV" else "")
    k = v - 1 if toks[v].tag == "VV" else v - 2
    return stem in DEFINE_VERBS and k > a and toks[k].tag == "JKO" and not any(
        toks[x].tag == "JX" for x in range(a + 1, end))


def _copular(doc: Doc, add, actor_ms) -> None:
    """`Y는 … N이다.` and `Y란 … 말한다.` with Y the sentence's first phrase."""
    text = doc.text
    starts: list[tuple[int, Chunk]] = []  # (sentence, chunk) opening a sentence or a clause
    seen: set[int] = set()
    for ch in doc.chunks:
        if ch.sent not in seen:
            seen.add(ch.sent)
            lead = doc.text[doc.sentences[ch.sent].start:ch.start].strip(" ,")
            if ch.start == doc.sentences[ch.sent].start or lead in LEAD_ADVERBS:
                starts.append((ch.sent, ch))  # (여기서 취약가구란 …: an adverb before the term)
                continue
        toks = doc.paras[ch.para].toks
        i0 = ch.parts[0].i0
        # `…을 가리키고, 생합성은 …을 가리킨다`: a clause after a connective ending and a comma
        if i0 >= 2 and toks[i0 - 1].form == "," and toks[i0 - 2].tag == "EC" and toks[i0 - 2].form in CLAUSE_EC:
            starts.append((ch.sent, ch))
    for si, ch in starts:
        para = doc.paras[ch.para]
        toks = para.toks
        a = ch.after
        if a >= len(toks) or toks[a].tag != "JX" or toks[a].form not in ("은", "는", "란", "이란"):
            continue
        if label_part(toks, ch.parts[-1]) in (P_ROLE, P_ANON, P_NUM):
            continue
        # last tokens of the clause: the sentence's end, or a connective ending before a comma
        k = a
        last = a
        while k < len(toks) and para.sent_ids[k] == si:
            last = k
            if toks[k].tag == "EC" and toks[k].form in CLAUSE_EC and k + 1 < len(toks) and toks[k + 1].form == ",":
                break
            k += 1
        end = last
        while end > a and toks[end].tag in ("SF", "SSC", "SP"):
            end -= 1
        y = text[ch.start:ch.end]
        if y.split()[0] in DEMONSTRATIVE:
            continue
        # a subject or topic inside the rest: another clause, unless a defining verb closes the
        # sentence (`엘니뇨는 … 온도가 높아지는 현상을 말한다`: the subject is in a relative clause)
        inner = any(toks[x].tag in ("JKS", "JX") for x in range(a + 1, end))
        if inner and not _defining_end(toks, a, end):
            continue
        named = [m for m in actor_ms if m.start >= ch.start and m.end == ch.end]
        if named:
            if named[0].kind in (PERSON, PLACE):
                continue
            y = named[0].text
        ystart = ch.end - len(y)
        closing = toks[end].tag == "EF" or (toks[end].tag == "EC" and toks[end].form in CLAUSE_EC)
        if closing and end - 1 > a and toks[end - 1].tag == "VCP" and toks[end - 2].tag in ("NNG",) \
                and toks[end - 2].form not in PRED_STOP:
            d0 = toks[a + 1].start
            d1 = toks[end - 2].end
            if d1 - d0 <= 80 and y not in L.COUNTRIES:
                add(y, ystart, si, definition=text[d0:d1], definition_span=Span(d0, d1), how="copular",
                    confidence=0.6)
        elif closing:
            v = end - 1
            while v > a and toks[v].tag in ("EP",):
                v -= 1
            stem = toks[v].form if toks[v].tag in ("VV",) else (toks[v - 1].form + "하" if toks[v].tag == "XSV" else "")
            quoted = any(toks[x].tag in ("SSO", "SSC") and toks[x].form in "“”\"‘’'" for x in range(a + 1, v))
            past = any(toks[x].tag == "EP" for x in range(v, end + 1))
            if stem in DEFINE_VERBS and toks[a].form in ("란", "이란", "은", "는") and not quoted and not past:
                # (X는 “…”고 말했다 reports speech; X는 …을 말한다 defines)
                d0 = toks[a + 1].start
                d1 = toks[v - 1].start if toks[v].tag == "XSV" else toks[v].start
                obj = v - 2 if toks[v].tag == "XSV" else v - 1
                if obj > a and toks[obj].tag == "JKO":
                    d1 = toks[obj].start  # (…협력체를 말한다: the definition without its object marker)
                add(y, ystart, si, definition=text[d0:d1].strip(), definition_span=Span(d0, d1),
                    how="copular", confidence=0.6)
