"""Copular definitions: `Y는 … N이다.` and `Y란 … 말한다.` with Y the first phrase of a sentence
(or of a clause after `-고,`).
"""
from __future__ import annotations

from ..model import PERSON, PLACE, Span
from . import lexicon as L
from .doc import Chunk, Doc
from .labels import P_ANON, P_NUM, P_ROLE, label_part
from .rules import rule
from .wordlists import word_set

PRED_STOP = word_set("terms_pred_stop")
"""Bound and generic nouns that end a predicate without defining the subject (것, 셈, 계획)."""
DEFINE_VERBS = word_set("terms_define_verbs")
"""Verb stems of defining: `Y란 … 을 말한다` defines Y."""
LEAD_ADVERBS = word_set("terms_lead_adverbs")
DEMONSTRATIVE = word_set("terms_demonstratives")
CLAUSE_LINK_EC = frozenset(("고", "며", "으며"))
"""Connective endings that close one defining clause before a comma and the next (`…을 가리키고, Y는`).
(A narrower set than speakers.CLAUSE_EC, which lists every ending that may close a clause.)"""
CLAUSE_EC = CLAUSE_LINK_EC  # (the old name)
TOPIC_MARKERS = ("은", "는", "란", "이란")


def _defining_end(toks, a: int, end: int) -> bool:
    """Does the clause end in a present-tense defining verb (말한다, 뜻한다, 가리킨다) with an object?"""
    v = end - 1
    if v <= a or toks[end].tag not in ("EF", "EC"):
        return False
    stem = toks[v].form if toks[v].tag == "VV" else (toks[v - 1].form + "하" if toks[v].tag == "XSV" else "")
    k = v - 1 if toks[v].tag == "VV" else v - 2
    return stem in DEFINE_VERBS and k > a and toks[k].tag == "JKO" and not any(
        toks[x].tag == "JX" for x in range(a + 1, end))


@rule("terms", "여기서 가온지수란 … 지표를 말한다 → term 가온지수 (the clause opens after an adverb)",
      "terms-clause-start")
def _definition_starts(doc: Doc) -> list[tuple[int, Chunk]]:
    """A definition's subject opens a sentence (maybe after 여기서, 즉) or a clause after `-고,`.

    Returns (sentence, chunk) of each such phrase (`…을 가리키고, 생합성은 …`)."""
    starts: list[tuple[int, Chunk]] = []
    seen: set[int] = set()
    for ch in doc.chunks:
        if ch.sent not in seen:
            seen.add(ch.sent)
            lead = doc.text[doc.sentences[ch.sent].start:ch.start].strip(" ,")
            if ch.start == doc.sentences[ch.sent].start or lead in LEAD_ADVERBS:
                starts.append((ch.sent, ch))
                continue
        toks = doc.paras[ch.para].toks
        i0 = ch.parts[0].i0
        if i0 >= 2 and toks[i0 - 1].form == "," and toks[i0 - 2].tag == "EC" and toks[i0 - 2].form in CLAUSE_LINK_EC:
            starts.append((ch.sent, ch))
    return starts


def _clause_end(doc: Doc, ch: Chunk, si: int) -> int:
    """Index of the clause's last word token after the topic: the sentence's end, or a connective
    ending before a comma (closing punctuation skipped)."""
    para = doc.paras[ch.para]
    toks = para.toks
    a = ch.after
    k = a
    last = a
    while k < len(toks) and para.sent_ids[k] == si:
        last = k
        if toks[k].tag == "EC" and toks[k].form in CLAUSE_LINK_EC and k + 1 < len(toks) and toks[k + 1].form == ",":
            break
        k += 1
    end = last
    while end > a and toks[end].tag in ("SF", "SSC", "SP"):
        end -= 1
    return end


def _copular(doc: Doc, add, actor_ms) -> None:
    """`Y는 … N이다.` and `Y란 … 말한다.` with Y the sentence's first phrase."""
    for si, ch in _definition_starts(doc):
        toks = doc.paras[ch.para].toks
        a = ch.after
        if a >= len(toks) or toks[a].tag != "JX" or toks[a].form not in TOPIC_MARKERS:
            continue
        if label_part(toks, ch.parts[-1]) in (P_ROLE, P_ANON, P_NUM):
            continue
        end = _clause_end(doc, ch, si)
        y = doc.text[ch.start:ch.end]
        if y.split()[0] in DEMONSTRATIVE or _subject_in_clause(toks, a, end):
            continue
        named = [m for m in actor_ms if m.start >= ch.start and m.end == ch.end]
        if named:
            if named[0].kind in (PERSON, PLACE):
                continue
            y = named[0].text
        ystart = ch.end - len(y)
        closing = toks[end].tag == "EF" or (toks[end].tag == "EC" and toks[end].form in CLAUSE_LINK_EC)
        if closing and end - 1 > a and toks[end - 1].tag == "VCP" and toks[end - 2].tag in ("NNG",) \
                and toks[end - 2].form not in PRED_STOP:
            _y_is_n(doc, toks, a, end, (y, ystart, si), add)
        elif closing:
            _y_means(doc, toks, a, end, (y, ystart, si), add)


@rule("terms", "파랑지수는 바람이 강해지면 높아지는 값을 말한다 → a definition, though a subject sits inside it",
      "terms-another-clause")
def _subject_in_clause(toks, a: int, end: int) -> bool:
    """A subject or topic inside the rest is another clause, unless a defining verb ends the sentence.

    (`엘니뇨는 … 온도가 높아지는 현상을 말한다`: the subject is in a relative clause.)"""
    inner = any(toks[x].tag in ("JKS", "JX") for x in range(a + 1, end))
    return inner and not _defining_end(toks, a, end)


@rule("terms", "가온지수는 바다의 온도를 재는 지표다 → term 가온지수, defined 바다의 온도를 재는 지표",
      "terms-y-is-n")
def _y_is_n(doc: Doc, toks, a: int, end: int, subject: tuple[str, int, int], add) -> None:
    """`Y는 … N이다`: a sentence that says what Y is (N a common noun, not 것/계획/전망) defines Y."""
    y, ystart, si = subject
    d0 = toks[a + 1].start
    d1 = toks[end - 2].end
    if d1 - d0 <= 80 and y not in L.COUNTRIES:
        add(y, ystart, si, definition=doc.text[d0:d1], definition_span=Span(d0, d1), how="copular",
            confidence=0.6)


@rule("terms", "모래톱지수란 해안의 모래가 줄어드는 속도를 말한다 → term 모래톱지수", "terms-y-means")
def _y_means(doc: Doc, toks, a: int, end: int, subject: tuple[str, int, int], add) -> None:
    """`Y란/Y는 … 을 말한다/뜻한다`: a present-tense defining verb with no quotation defines Y.

    (`X는 “…”고 말했다` reports speech.)"""
    y, ystart, si = subject
    v = end - 1
    while v > a and toks[v].tag in ("EP",):
        v -= 1
    stem = toks[v].form if toks[v].tag in ("VV",) else (toks[v - 1].form + "하" if toks[v].tag == "XSV" else "")
    quoted = any(toks[x].tag in ("SSO", "SSC") and toks[x].form in "“”\"‘’'" for x in range(a + 1, v))
    past = any(toks[x].tag == "EP" for x in range(v, end + 1))
    if not (stem in DEFINE_VERBS and toks[a].form in TOPIC_MARKERS and not quoted and not past):
        return
    d0 = toks[a + 1].start
    d1 = toks[v - 1].start if toks[v].tag == "XSV" else toks[v].start
    obj = v - 2 if toks[v].tag == "XSV" else v - 1
    if obj > a and toks[obj].tag == "JKO":
        d1 = toks[obj].start  # (…협력체를 말한다: the definition without its object marker)
    add(y, ystart, si, definition=doc.text[d0:d1].strip(), definition_span=Span(d0, d1),
        how="copular", confidence=0.6)
