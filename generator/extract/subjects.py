"""Subject phrases as speakers: what a noun phrase marked as subject or topic names.

`speakers` looks for the subject of the clause of a verb of saying. This module says, for one
noun phrase (a chunk), whether it is marked as a subject, topic or source (`_subject_particle`)
and which speaker it names: a person or body found by the first pass, the one source or person
a definite description refers back to (`이 관계자는`, `장관이`), an unnamed crowd (`시민들은`),
a name the first pass left unclassified (`샤오치잉은`), a quoted media name (`'더 선'은`), a
document (`유서에서는`) or a post nobody is named for (`남측 연락대표가`).
"""
from __future__ import annotations

import bisect
from typing import TYPE_CHECKING

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE, Mention, Span
from .doc import Doc, Part
from .labels import P_ANON, P_NAME, P_NOUN, P_PLACE, P_ROLE, label_part
from .people import particle_after
from .rules import rule
from .wordlists import word_set

if TYPE_CHECKING:
    from .speakers import Speakers

SUBJ = word_set("speech_subject_particles")
TOPIC = frozenset(("은", "는", "께서는"))
# connective endings that close the clause of an earlier subject (…비판적인데, 존 스미스는 "…")
CLAUSE_LINKING_EC = word_set("quotes_clause_linking_endings")
DEFINITE = frozenset(("이", "그", "해당", "같은", "이런"))
NAME_CLOSERS = frozenset("’”\"'》>」』")  # '더 선'은, <자유일보>는, 《한겨레》는
MEDIA_CLASS = word_set("speech_media_class_nouns")
# people as a crowd: with or without 들, the subject of a saying names unnamed speakers
CROWD_HEADS = word_set("speech_crowd_nouns")
QUANTIFIERS = word_set("speech_quantifiers")
DOCUMENT_NOUNS = word_set("speech_document_nouns")
REFLEXIVE = word_set("speech_reflexive_words")


def _key(m: Mention):
    """(speaker key, kind, span) of a mention: what the speaker rules return."""
    return m.key, m.kind, Span(m.start, m.end)


def _unnamed_source(doc: Doc, start: int, end: int) -> Mention:
    """The text between start and end as an unnamed source."""
    t = doc.text[start:end]
    return Mention(t, start, end, ANONYMOUS, t, Span(start, end))


def _unnamed_part(p: Part) -> Mention:
    """One part of a chunk (as the analyser spelled it) as an unnamed source."""
    return Mention(p.text, p.start, p.end, ANONYMOUS, p.text, Span(p.start, p.end))


def _head(ms: list[Mention], end: int) -> Mention | None:
    """The actor a subject phrase names: a source, else a person, else what ends the phrase."""
    for kind in (ANONYMOUS, PERSON):
        for m in ms:
            if m.kind == kind:
                return m
    actors = [m for m in ms if m.kind != PLACE] or ms
    for m in actors:
        if m.end == end:
            return m
    return actors[-1] if actors else None


def _subject_particle(toks, ch) -> tuple[int, str | None]:
    """(index, form) of the particle that marks the chunk as subject or topic; the form is
    `source` for `X에 따르면` and `에서` for a body speaking (`대통령실에서 “…”`); None otherwise."""
    a = particle_after(toks, ch.after)
    if a < 0 or a >= len(toks):
        return a, None
    t = toks[a]
    if t.tag in ("JX", "JKS") and t.form in SUBJ:
        return a, t.form
    if t.tag == "JKB" and t.form == "에" and a + 1 < len(toks) and toks[a + 1].form.startswith("따르"):
        return a, "source"
    if _body_speaking_in(toks, a):
        return a, "에서"
    return a, None


@rule("speakers", "대통령실에서 “…”라고 했다 → 대통령실 (에서 marks who speaks)", "speakers-body-speaking-in")
def _body_speaking_in(toks, a: int) -> bool:
    """에서 before a quotation marks a body (or a document) speaking, not a venue."""
    t = toks[a]
    if t.tag != "JKB" or t.form != "에서":
        return False
    if a + 1 < len(toks) and toks[a + 1].tag == "SSO" and toks[a + 1].form in "“\"‘'" \
            and _quotative_after(toks, a + 1):
        # 대통령실에서 “…”라고 했다: a body speaking (에서 marks the subject); not 성당에서 ‘…미사’ 진행 중
        return True
    # 유서에서는 “…”라는 내용이 적혀 있었다
    return a + 2 < len(toks) and toks[a + 1].tag == "JX" and toks[a + 1].form in ("는", "도") \
        and toks[a + 2].tag == "SSO" and toks[a + 2].form in "“\"‘'"


def _quotative_after(toks, o: int) -> bool:
    """The quotation opening at o is followed by a quotative (`"…"라고`, `"…"며`, `"…"는`)."""
    c = toks[o].pair
    if c <= o or c + 1 >= len(toks):
        return c < 0  # (an unpaired mark: the quotation runs on; say yes)
    nx = toks[c + 1]
    return nx.tag in ("JKQ", "EC", "VCP", "ETM", "JX") or nx.form == ","


@rule("speakers", "정부 관계자는 … 이 관계자는 \"…\" → 정부 관계자", "speakers-definite-description")
def _definite_description(doc: Doc, sp: Speakers, toks, ch, m: Mention | None) -> Mention | None:
    """A definite description refers back to the source or person named before with that head or role.

    `이 관계자는` -> the source named before with that head; `장관이`, `한 단장은` -> the person
    with that role."""
    det = _definite_det(toks, ch)
    if m is not None and m.kind == ANONYMOUS and det and " " not in m.text:
        prev = sp.last_before(ch.start, lambda x: x.kind == ANONYMOUS and x.text != m.text and x.text.endswith(m.text))
        return prev
    if m is None and len(ch.parts) == 1 and label_part(toks, ch.parts[0]) == P_ROLE:
        role = ch.parts[0].text
        return sp.last_before(ch.start, lambda x: x.kind == PERSON and x.role is not None
                              and (x.role.endswith(role) or role.endswith(x.role.split()[-1])))
    return None


def _definite_det(toks, ch) -> bool:
    i0 = ch.parts[0].i0
    return i0 > 0 and toks[i0 - 1].form in DEFINITE and toks[i0 - 1].tag in ("MM", "NP", "NNG")


@rule("speakers", "'나래일보'는 '…'라고 밝혔다 → 나래일보", "speakers-quoted-name-subject")
def _quoted_name_subjects(doc: Doc, toks, o: int, floor: int) -> list:
    """A short quoted name marked as topic or subject before the quotation speaks (`'더 선'은`)."""
    out = []
    for k in range(max(1, o - 25), o - 1):
        t = toks[k]
        cls = 0  # "이란 인터내셔널" 매체도: a class noun between the quoted name and its particle
        if t.tag == "SSC" and k + 2 < o and toks[k + 1].tag == "NNG" and toks[k + 1].form in MEDIA_CLASS \
                and toks[k + 2].tag in ("JX", "JKS") and toks[k + 2].form in SUBJ:
            cls = 1
        if t.tag == "SSC" and t.form in NAME_CLOSERS and 0 <= t.pair < k \
                and (toks[t.pair].start >= floor or t.end == floor) \
                and toks[k + 1 + cls].tag in ("JX", "JKS") \
                and toks[k + 1 + cls].form in SUBJ and (cls or toks[k + 1].start == t.end):
            a, b = toks[t.pair].end, t.start
            name = doc.text[a:b].strip()
            if 1 < len(name) <= 20:
                out.append((toks[k + 1 + cls].form, Mention(name, a, b, ORGANIZATION, name, Span(a, b)), k + 1 + cls))
    return out


def _group(doc: Doc, toks, ch) -> Mention | None:
    """An unnamed crowd (`_crowd_speaker`), with the determiner that is part of it (`많은 사람들은`)."""
    m = _crowd_speaker(doc, toks, ch)
    if m is None:
        return None
    i0 = ch.parts[0].i0
    # 많은 사람들은, 어떤 사람들은: the determiner is part of who speaks (not 일부, 몇몇: quantities)
    if m.start == ch.parts[0].start and i0 >= 2 and toks[i0 - 1].tag == "ETM" and toks[i0 - 2].form in ("많", "수많") \
            and toks[i0 - 2].tag == "VA":
        start = toks[i0 - 2].start
    elif m.start == ch.parts[0].start and i0 >= 1 and toks[i0 - 1].tag == "MM" and toks[i0 - 1].form == "어떤":
        start = toks[i0 - 1].start
    else:
        return m
    return _unnamed_source(doc, start, m.end)


@rule("speakers", "일부 누리꾼들은 \"…\"라고 적었다 → 누리꾼들 (an unnamed group)", "speakers-crowd-subject")
def _crowd_speaker(doc: Doc, toks, ch) -> Mention | None:
    """A plural role noun or a noun for people, as subject, names an unnamed group of speakers.

    `선수들은`, `현장에 있던 사람들은`, `일부 네티즌들은`, `한 시민은`, `몇몇은`."""
    parts = list(ch.parts)
    while len(parts) > 1 and parts[0].text in QUANTIFIERS:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1].text in QUANTIFIERS:  # 외신들 대부분은
        parts = parts[:-1]
    if len(parts) > 1:
        return _narrowed_crowd(doc, toks, parts)
    p = parts[0]
    if p.i1 - p.i0 == 1 and ch.parts[0].text in QUANTIFIERS - {"한", "여러"} and toks[p.i0].tag in ("NNG", "NR"):
        return _unnamed_part(p)  # 몇몇은 "…"
    plural = p.i1 - p.i0 >= 2 and toks[p.i1 - 1].form == "들"
    core_text = p.text[:-1] if plural else p.text  # (누리/NNG 꾼/XSN: the spelled word, not the morpheme)
    crowd = core_text in CROWD_HEADS or (plural and any(core_text.endswith(h) for h in CROWD_HEADS if len(h) >= 2))
    if crowd and (plural or p.i1 - p.i0 == 1 or core_text in CROWD_HEADS):
        return _unnamed_part(p)
    if not plural:
        return None
    core = Part(p.i0, p.i1 - 1, p.start, toks[p.i1 - 2].end, doc.text[p.start:toks[p.i1 - 2].end])
    if label_part(toks, core) not in (P_ROLE, P_ANON):
        return None
    return _unnamed_part(p)


def _narrowed_crowd(doc: Doc, toks, parts) -> Mention | None:
    """`해외 팬들은`, `현지 주민들은`: a plural crowd noun with words that narrow it down."""
    last = parts[-1]
    core_last = last.text[:-1] if last.text.endswith("들") else ""
    if last.i1 - last.i0 >= 2 and core_last in CROWD_HEADS and all(
            label_part(toks, x) in (P_NOUN, P_PLACE) for x in parts[:-1]):
        return _unnamed_source(doc, parts[0].start, last.end)
    return None


@rule("speakers", "다라칸 자신들은 \"…\"라고 주장했다 → 다라칸", "speakers-unclassified-name-subject")
def _unclassified_name_subject(doc: Doc, toks, ch) -> Mention | None:
    """An unclassified proper noun as the subject of a saying is the speaker (kind unknown).

    `샤오치잉 자신들은`, `샤오치잉은`: kept as a source."""
    first = ch.parts[0]
    if not all(p.text in REFLEXIVE for p in ch.parts[1:]):
        return None
    reflexive = len(ch.parts) == 2 and ch.parts[1].text in ("자신", "자신들", "스스로")
    if not reflexive and (label_part(toks, first) != P_NAME or first.i1 - first.i0 != 1
                          or toks[first.i0].tag not in ("NNP", "SL")):
        return None
    if reflexive and (len(first.text) < 2 or label_part(toks, first) not in (P_NAME, P_NOUN)):
        return None
    return _unnamed_part(first)


@rule("speakers", "잠실 주 가톨릭계에서는 \"…\" → the phrase, not the place in it", "speakers-phrase-around-place")
def _phrase_around_place(doc: Doc, toks, ch, m: Mention) -> Mention | None:
    """A subject phrase that only begins with a place is the phrase speaking, not the place.

    `일리노이 주 가톨릭계에서는`, `하이드로 토론토는`."""
    if m.kind == PLACE and ch.end > m.end and label_part(toks, ch.parts[-1]) not in (P_ROLE,):
        return _unnamed_source(doc, ch.start, ch.end)
    return None


@rule("speakers", "유서에서는 “…”라는 내용이 적혀 있었다 → 유서", "speakers-document-source")
def _document_source(toks, ch, a: int, form: str) -> Mention | None:
    """A document marked with 에서 says the quotation (its writer is not named here)."""
    if (form == "에서" or (a > 0 and toks[a - 1].form == "에서")) and len(ch.parts) == 1 \
            and ch.parts[0].text in DOCUMENT_NOUNS:
        return _unnamed_part(ch.parts[0])
    return None


@rule("speakers", "북측 연락대표가 \"…\"라고 말했다 → 북측 연락대표", "speakers-unnamed-post")
def _unnamed_post(doc: Doc, toks, ch) -> Mention | None:
    """A post nobody in the article is named for speaks as itself (`남측 연락대표가 "…"`)."""
    if label_part(toks, ch.parts[-1]) == P_ROLE and not _definite_det(toks, ch):
        return _unnamed_source(doc, ch.start, ch.end)
    return None


@rule("speakers", "그는 북한이 핵을 보유했다는 사실을 \"…\" → 북한 is not the speaker", "speakers-embedded-subject")
def _embedded_subject(toks, a: int) -> bool:
    """A subject whose first predicate is a modifier belongs to an embedded clause, not the saying.

    `북한이 핵을 보유했다는 사실을`: 북한 is not who speaks."""
    for k in range(a + 1, min(len(toks), a + 12)):
        t = toks[k]
        if t.tag in ("SF", "SSO", "SSC"):
            return False
        if t.tag in ("VV", "VA", "XSV", "XSA", "VCP", "VX"):
            e = k
            while e + 1 < len(toks) and toks[e + 1].start <= toks[e].end and toks[e + 1].tag in ("EP", "ETM", "EC", "EF", "VX"):
                e += 1
            return toks[e].tag == "ETM" and e + 1 < len(toks) and toks[e + 1].tag in ("NNG", "NNB")
    return False


@rule("speakers", "이들은 \"…\"라고 말했다 → 이들 (an unnamed group)", "speakers-these-people")
def _these_people(toks, lo: int, hi: int):
    """`이들은`, `이들도`, `누군가는` as subject are unnamed speakers.

    Yields (particle index, mention) between character offsets lo and hi."""
    k = bisect.bisect_left(toks, lo, key=lambda t: t.start)
    while k + 2 < len(toks) and toks[k].start < hi:
        t = toks[k]
        if t.tag in ("NP", "NNB") and t.form == "이" and toks[k + 1].form == "들" and toks[k + 1].tag == "XSN" \
                and toks[k + 2].tag in ("JX", "JKS") and toks[k + 2].form in SUBJ:
            yield k + 2, Mention("이들", t.start, toks[k + 1].end, ANONYMOUS, "이들", Span(t.start, toks[k + 1].end))
        elif t.tag == "NP" and t.form == "누구" and k + 3 < len(toks) and toks[k + 1].tag == "VCP" \
                and toks[k + 2].form == "ᆫ가" and toks[k + 3].tag in ("JX", "JKS") and toks[k + 3].form in SUBJ:
            # 누군가는 "…": someone unnamed
            yield k + 3, Mention("누군가", t.start, toks[k + 2].end, ANONYMOUS, "누군가", Span(t.start, toks[k + 2].end))
        k += 1


@rule("speakers", "정부는 비판적인데, 한가람 교수는 \"…\"라고 말했다 → 한가람", "speakers-clause-closed")
def _subject_clause_closed(toks, a: int, o: int, topic: bool) -> bool:
    """A connective ending between a subject and the quotation closes the subject's clause.

    So does a relative clause for a subject marked 이/가 (`곽 전 교육감이 추진해온 개편과 관련해서는`)."""
    for k in range(a + 1, o):
        t = toks[k]
        if t.tag == "EC" and t.form in CLAUSE_LINKING_EC and k + 1 < o and toks[k + 1].tag in ("SP", "NNP", "NNG", "SL"):
            return True
        if not topic and t.tag == "ETM" and k > 0 and toks[k - 1].tag in ("VV", "VX", "XSV", "EP", "VA") \
                and k + 1 < o and toks[k + 1].tag in ("NNG", "NNP", "NNB"):
            return True
    return False
