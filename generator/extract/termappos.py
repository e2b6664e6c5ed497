"""Appositive definitions and namings: `[modifier phrase] X인 Y`, `… 중 하나인 Y`, `Y(이)라는 X`,
and `이를 Y라고 부른다` (the writer names what the sentence before described).
"""
from __future__ import annotations

from ..model import PERSON, PLACE, Span
from .collect import ActorIndex
from .copular import PRED_STOP
from .doc import NOUNISH, Chunk, Doc
from .labels import P_ROLE, label_part
from .rules import rule
from .termguards import NAME_NOUNS
from .termsink import TermSink
from .wordlists import word_set, words

PLACE_NOUNS = words("terms_place_nouns")
"""Nouns of places: `중앙 광장인 Y` names a place, not a term."""
RELATION_NOUNS = words("terms_relation_nouns")
"""Nouns of relation: `X의 자회사인 Y` relates Y to X, it does not define Y."""
CALL_VERBS = word_set("terms_call_verbs")
ANAPHORS = word_set("terms_anaphors")


def _modifier_start(doc: Doc, para, i0: int) -> int:
    """Token index where the modifier phrase ending just before token i0 starts."""
    toks = para.toks
    k = i0 - 1
    start = i0
    n_words = 0
    while k >= 0 and n_words < 8:
        # the word (eojeol) ending at token k
        j = k
        while j > 0 and toks[j - 1].end >= toks[j].start and toks[j - 1].tag not in ("SP", "SF", "SSO", "SSC"):
            j -= 1
        last = toks[k].tag
        if para.sent_ids[j] != para.sent_ids[i0]:
            break
        first_tag = toks[start].tag if start < len(toks) else ""
        ok = (last in ("JKG", "ETM", "JC") or last in NOUNISH or toks[k].form in ("및", "등")
              or (last in ("JKO", "JKB") and first_tag in ("VV", "VA", "XSV", "VX")))
        if not ok or last == "SP":
            break
        start = j
        n_words += 1
        k = j - 1
    return start


def _appositive(doc: Doc, actors: ActorIndex, add: TermSink) -> None:
    """Each pair of neighbouring noun phrases of a paragraph, read as `X인 Y` or `Y(이)라는 X`."""
    person_starts = {m.start for m in actors.mentions if m.kind in (PERSON, PLACE)}
    for prev, ch in zip(doc.chunks, doc.chunks[1:]):
        if prev.para != ch.para:
            continue
        toks = doc.paras[ch.para].toks
        a = prev.after
        if (a + 2 == ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].tag == "ETM"
                and toks[a + 1].form == "ᆫ" and ch.start not in person_starts):
            if _describing_noun(toks, prev, ch):
                _x_in_y_appositive(doc, prev, ch, add)
            else:
                _one_of_appositive(doc, prev, ch, add)
        _y_called_x(doc, prev, ch, add)


@rule("terms", "세계적인 라온지수가 → no term: X is an adjective in -적 (nor a post, a number, a relation)",
      "terms-describing-noun")
def _describing_noun(toks, prev: Chunk, ch: Chunk) -> bool:
    """`X인 Y` defines Y only when X is a describing noun (not a post, a relation, -적, a number).

    Nor a bound noun (것, 셈), nor a relation (자회사인), nor Y a name with a particle glued on."""
    return (label_part(toks, prev.parts[-1]) != P_ROLE and prev.parts[-1].text not in PRED_STOP
            and toks[prev.parts[-1].i1 - 1].form != "적"
            and not prev.parts[-1].text.endswith(RELATION_NOUNS)
            and toks[ch.parts[0].i0].tag not in ("SN", "NR")
            and toks[prev.parts[0].i0].tag not in ("SN", "NR")
            and not (len(ch.parts) == 1 and ch.parts[0].text.endswith(("와", "과"))
                     and ch.parts[0].i1 - ch.parts[0].i0 == 1))  # 사라와/NNP: a particle glued on


@rule("terms", "수질 정화 장치인 라온망은 → term 라온망, defined 수질 정화 장치",
      "terms-appositive")
def _x_in_y_appositive(doc: Doc, prev: Chunk, ch: Chunk, add: TermSink) -> None:
    """`[modifier phrase] X인 Y`: the phrase ending in X defines Y, unless X is a place noun.

    (중앙 광장인 «알라-토» is a place the article names.)"""
    if prev.parts[-1].text.endswith(PLACE_NOUNS):
        return
    para = doc.paras[ch.para]
    d0, d1 = para.toks[_modifier_start(doc, para, prev.parts[0].i0)].start, prev.end
    y = ch.parts[0]
    add(y.text, y.start, ch.sent, definition=doc.text[d0:d1], definition_span=Span(d0, d1),
        how="appositive", confidence=0.8)


@rule("terms", "주요 포털 사이트 중 하나인 다온은 → term 다온, defined 주요 포털 사이트 중 하나",
      "terms-one-of")
def _one_of_appositive(doc: Doc, prev: Chunk, ch: Chunk, add: TermSink) -> None:
    """`X 중 하나인 Y`: "one of X" defines the name Y."""
    para = doc.paras[ch.para]
    toks = para.toks
    if not (prev.parts[-1].text == "하나" and len(prev.parts) == 1 and prev.parts[0].i0 >= 2
            and toks[prev.parts[0].i0 - 1].form == "중"):
        return
    k = prev.parts[0].i0 - 2
    if toks[k].tag not in NOUNISH:
        return
    s = _modifier_start(doc, para, k)
    while s > 0 and toks[s - 1].tag in NOUNISH and toks[s - 1].end >= toks[s].start - 1 \
            and para.sent_ids[s - 1] == para.sent_ids[k]:
        s -= 1
    d0, d1 = toks[s].start, prev.end
    y = ch.parts[0]
    add(y.text, y.start, ch.sent, definition=doc.text[d0:d1], definition_span=Span(d0, d1),
        how="appositive", confidence=0.7)


@rule("terms", "달빛정책이라는 구상을 → term 달빛정책, defined 구상", "terms-y-called-x")
def _y_called_x(doc: Doc, prev: Chunk, ch: Chunk, add: TermSink) -> None:
    """`Y(이)라는 X`: a name-like Y is defined by the noun X after it (not `X라는 이름`: a name)."""
    toks = doc.paras[ch.para].toks
    text = doc.text
    a = prev.after
    if not (a + 2 == ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].tag == "ETM"
            and toks[a + 1].form in ("라는", "이라는")):
        return
    last = prev.parts[-1]
    term = text[last.start:prev.end]
    name_like = (last.i1 - last.i0 >= 2 or any(toks[x].tag in ("NNP", "SL") for x in range(last.i0, last.i1))
                 or (last.start > 0 and text[last.start - 1] in "‘'\"“"))
    if name_like and term not in PRED_STOP and ch.parts[0].text not in NAME_NOUNS:
        add(term, last.start, prev.sent, definition=text[ch.start:ch.end],
            definition_span=Span(ch.start, ch.end), how="copular", confidence=0.7)


def _called(doc: Doc, add: TermSink) -> None:
    """`이를 디페이스 해킹 공격이라고 한다`, `이런 현상을 역간척이라고 부른다`: the writer names
    what the sentence before described; the definition is that sentence."""
    for ch in doc.chunks:
        toks = doc.paras[ch.para].toks
        a = ch.after
        if a + 2 >= len(toks) or ch.in_gloss:
            continue
        k = a
        if toks[k].tag == "SSC" and toks[k].form in "’'\"”" and k + 2 < len(toks):
            k += 1  # ‘평형수’라고: past the closing mark
        if toks[k].tag == "VCP":
            k += 1
        if not (toks[k].form in ("라고", "이라고") and toks[k].tag in ("EC", "JKQ")):
            continue
        if toks[k + 1].tag not in ("VV", "VX") or toks[k + 1].form not in CALL_VERBS:
            continue
        if not _called_this(doc, ch, toks, add):
            _called_object(doc, ch, toks, k, add)


@rule("terms", "… 파도가 한꺼번에 밀려온다. 이를 물벽현상이라고 부른다 → term 물벽현상, defined by the sentence before",
      "terms-called-this")
def _called_this(doc: Doc, ch: Chunk, toks, add: TermSink) -> bool:
    """`이를/이런 현상을 Y라고 부른다`: Y names what the sentence before described (in the same paragraph)."""
    i0 = ch.parts[0].i0
    # the object before the name: 이를 / 이런 현상을 / 이를 가리켜
    window = toks[max(0, i0 - 5):i0]
    if not (any(t.tag == "JKO" for t in window) and any(t.form in ANAPHORS and t.tag in ("NP", "MM") for t in window)):
        return False
    si = ch.sent
    text = doc.text
    prev = doc.sentences[si - 1] if si > 0 and doc.sent_para[si - 1] == doc.sent_para[si] else None
    kw = {}
    if prev is not None:
        kw = {"definition": text[prev.start:prev.end].strip(), "definition_span": Span(prev.start, prev.end)}
    add(text[ch.start:ch.end], ch.start, si, how="copular", confidence=0.6, **kw)
    return True


@rule("terms", "배의 균형을 잡기 위해 싣는 바닷물을 ‘평형수’라고 한다 → term 평형수, defined 배의 … 바닷물",
      "terms-called-object")
def _called_object(doc: Doc, ch: Chunk, toks, k: int, add: TermSink) -> None:
    """`…하는 N을 ‘Y’라고 한다`: the quoted word names the object described before it."""
    text = doc.text
    i0 = ch.parts[0].i0
    quoted = ch.start > 0 and text[ch.start - 1] in "‘'\"“" and text[ch.end:ch.end + 1] in "’'\"”"
    o = i0 - 2 if quoted else i0 - 1  # the object particle right before the (quoted) name
    if quoted and o >= 0 and toks[o].tag == "JKO" and o > 0 and toks[o - 1].tag in ("NNG", "NNP") \
            and k + 2 < len(toks) and toks[k + 2].tag in ("EF", "EP"):
        si = ch.sent
        s0 = doc.sentences[si].start
        d1 = toks[o - 1].end
        if d1 - s0 >= 6:
            add(text[ch.start:ch.end], ch.start, si, how="copular", confidence=0.6,
                definition=text[s0:d1].strip(), definition_span=Span(s0, d1))
