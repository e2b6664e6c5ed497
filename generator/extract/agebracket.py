"""`강채영(25·현대모비스)`, `김OO(34·회사원)`: a name followed by an age bracket.

Korean news (sports, court and accident reports) writes a person's age, and often their team,
school or employer, in a bracket right after the name. The age makes the name a person's;
a proper-noun affiliation after the age names an organisation (or a place: `(34·서울)`),
while a common noun there is an occupation or a sex (`회사원`, `무직`, `여`) and names nothing.
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .collect import Actor, Collector
from .doc import Chunk, Doc, Part
from .rules import rule
from .labels import P_NAME, P_ORG, P_PLACE, _korean_name, label_part
from .textutil import HANGUL as _HANGUL
from .textutil import particle_suits
from .wordlists import word_set

# "25", "25세", "25살" alone or followed by "·X" / ", X"
_AGE_BRACKET = re.compile(r"^\s*(\d{1,3})(?:세|살)?\s*(?:[·,]\s*(?!\d)(.+?))?\s*$")  # (not 8,163m: a height)


@rule("people", "강채영(25·현대모비스) → person 강채영; 라벤슬루(8,163m) → no person (a height)", "people-age-bracket")
def age_brackets(doc: Doc, ch: Chunk, col: Collector, n0: int) -> None:
    """A name followed by a bracket opening with an age (not a number such as a height) is a
    person's. `n0`: index in `col.found` of the first actor the chunk's own reading added (a
    person found there with a role is kept as it is)."""
    toks = doc.paras[ch.para].toks
    mine = col.found[n0:]
    for k, p in enumerate(ch.parts):
        if p.gloss is None:
            continue
        o, c = p.gloss
        if toks[o].form != "(":
            continue
        m = _AGE_BRACKET.match(doc.text[toks[o].end:toks[c].start])
        if not m or not 1 <= int(m.group(1)) <= 110:
            continue
        # the name: the glossed part plus up to two name parts before it (a foreign given name)
        lab = label_part(toks, p)
        if not _one_or_two_hangul_words(p.text):
            continue
        if not (lab == P_NAME or _korean_name(p.text) or (lab in (P_PLACE, P_ORG) and len(p.text) <= 4)):
            continue  # (안산(20·광주여대): a name spelled like a city is still a person's)
        i = k
        while i > 0 and k - i < 2 and label_part(toks, ch.parts[i - 1]) == P_NAME \
                and _HANGUL.match(ch.parts[i - 1].text) and not _korean_name(p.text):
            i -= 1
        if not any(a.kind == PERSON and a.start <= p.start and p.end <= a.end for a in mine):
            # the age outweighs a place or organisation reading of the same word
            col.found[n0:] = [a for a in mine if not (a.start == p.start and a.end == p.end)]
            mine = col.found[n0:]
            col.add(ch.parts[i:k + 1], PERSON, ch, confidence=0.7)
        if m.group(2):
            _places_between(doc, toks, o, c, ch, col)
            _affiliation(doc, ch, toks, o, c, col)


def _one_or_two_hangul_words(text: str) -> bool:
    """강채영; 올리버 하트 (a foreign name the analyser knows as one word, written with a space)."""
    words = text.split(" ")
    return len(words) <= 2 and all(_HANGUL.match(w) and len(w) <= 6 for w in words)


@rule("places", "올리버 하트(68, 영국, 하버드대 교수) → place 영국 (the person's country)", "places-in-age-bracket")
def _places_between(doc: Doc, toks, o: int, c: int, ch: Chunk, col: Collector) -> None:
    """An item between the age and the last item of an age bracket that is one known place
    (a country, a city) says where the person is from: a place."""
    seps = [x for x in range(o + 1, c) if toks[x].form in ("·", ",")]
    for a, b in zip(seps, seps[1:]):
        if b - a != 2 or toks[a + 1].tag != "NNP":
            continue
        t = toks[a + 1]
        if G.place_kind(t.form, True):
            col.add([Part(a + 1, b, t.start, t.end, t.form)], PLACE, ch, confidence=0.6)


def _affiliation(doc: Doc, ch: Chunk, toks, o: int, c: int, col: Collector) -> None:
    """The item after the age: the last `·`/`,` in the bracket starts it."""
    sep = max((x for x in range(o + 1, c) if toks[x].form in ("·", ",")), default=None)
    if sep is None or sep + 1 >= c:
        return
    i0, i1 = sep + 1, c
    if any(toks[x].tag not in ("NNP", "NNG", "SL", "SH", "SN", "XSN", "XPN") for x in range(i0, i1)):
        return
    gaps = [doc.text[toks[x - 1].end:toks[x].start] for x in range(i0 + 1, i1)]
    if any(g and g != " " for g in gaps) or gaps.count(" ") > 1:
        return  # one spelled word, or two (한화 이글스, KIA 타이거즈)
    if " " in gaps and all(toks[x].tag in ("NNG", "XSN") for x in range(i0, i1)):
        return  # (two common nouns: an occupation)
    part = Part(i0, i1, toks[i0].start, toks[i1 - 1].end, doc.text[toks[i0].start:toks[i1 - 1].end])
    if " " in part.text:
        first, last = part.text.split(" ")[0], part.text.split(" ")[-1]
        if last in L.ROLE_HEADS:  # (67, 핀란드, 매사추세츠공과대학 교수): the body, then the post
            return
        if first in L.ORGS or first in O.ALL or any(toks[x].tag in ("NNP", "SL") for x in range(i0, i1)):
            col.add([part], ORGANIZATION, ch, confidence=0.6)  # 류현진(37·한화 이글스)
        return
    lab = label_part(toks, part)
    proper = any(toks[x].tag in ("NNP", "SL", "SH") for x in range(i0, i1))
    if lab == P_ORG or (lab == P_NAME and proper and not _korean_name(part.text)):
        col.add([part], ORGANIZATION, ch, confidence=0.6)
    elif lab == P_PLACE:
        col.add([part], PLACE, ch, confidence=0.6)


_FOREIGN_AGE_TEXT = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{2,6} [가-힣]{1,5})\((\d{1,3})(?:세|살)?(?:\s*[·,][^()\n]{1,30})?\)")
_POST_WORDS = frozenset(L.ROLE_HEADS) | word_set("people_occupation_posts") | word_set("people_field_occupations")
_NAME_AGE_TEXT = re.compile(r"(?<![가-힣A-Za-z0-9])([가-힣]{3})\((\d{1,3})(?:세|살)?(?:\s*[·,][^()\n]{1,30})?\)")


@rule("people", "화물차 운전자 양승호(58)씨가 → person 양승호 (the analyser split the name: 양/승/호)",
      "people-name-age-in-text")
def names_with_age_in_text(doc: Doc, col: Collector) -> None:
    """A word shaped like a Korean full name written right before an age bracket is a person,
    read from the text itself when the analyser split or merged the name's syllables; a name
    some rule already read is left as it is."""
    covered = [(a.start, a.end) for a in col.found]
    for para in doc.paras:
        for m in _FOREIGN_AGE_TEXT.finditer(para.text):  # 모하메드 칸(33·파키스탄)씨
            start, end = para.start + m.start(1), para.start + m.end(1)
            if _foreign_name_before_age(para.text, m) and (start, end) not in covered \
                    and not _dictionary_noun_in(para, start, end):
                col.found[:] = [a for a in col.found if not (start <= a.start and a.end <= end)]
                col.found.append(Actor(m.group(1), start, end, PERSON, sentence_at(para, start), confidence=0.6))
                covered.append((start, end))
                _places_after_age(para, m, col)
        _korean_names_before_age(para, col)


def _foreign_name_before_age(text: str, m: re.Match) -> bool:
    """Two words before an age bracket are a foreign person's name when the first is a common
    foreign given name, or when a post, an occupation or a country's 의 comes right before
    them (테니스 선수 토마시 노박(21), 뉴질랜드 국적의 리엄 피터스(27))."""
    first = m.group(1).split()[0]
    if not 1 <= int(m.group(2)) <= 110 or first in L.ROLE_HEADS or first in G.ALL_PLACES or first in O.ALL:
        return False
    if first in L.FOREIGN_GIVEN_NAMES:
        return True
    before = text[max(0, m.start(1) - 12):m.start(1)].split()
    return bool(before) and (before[-1] in _POST_WORDS or before[-1].endswith("의") or before[-1] == "출신")


def _dictionary_noun_in(para, start: int, end: int) -> bool:
    """A common noun the analyser knows (지인, 약혼남) within the span: no foreign name."""
    return any(t.tag == "NNG" and not t.oov and len(t.form) >= 2 and start <= t.start and t.end <= end
               for t in para.toks)


def _korean_names_before_age(para, col: Collector) -> None:
    """Korean full names right before an age bracket, read from the text (see names_with_age_in_text)."""
    for m in _NAME_AGE_TEXT.finditer(para.text):
        name, age = m.group(1), int(m.group(2))
        start = para.start + m.start(1)
        end = start + 3
        if not 1 <= age <= 110 or not _korean_name(name) or name in G.ALL_PLACES or name in O.ALL \
                or name in L.ORGS:
            continue
        inside = [a for a in col.found if a.start < end and start < a.end]
        if any(not (a.kind == PERSON and start <= a.start and a.end < end) for a in inside):
            continue  # (a bare surname the analyser split off, 임 of 임채민, gives way to the name)
        col.found[:] = [a for a in col.found if not any(a is b for b in inside)]
        was = inside[0] if inside else None  # (its post and body: 대호중공업 대표 임/채민)
        col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.6,
                               role=was.role if was else None, affiliation=was.affiliation if was else None))
        _places_after_age(para, m, col)


def _places_after_age(para, m: re.Match, col: Collector) -> None:
    """The countries and places listed after the age in the bracket (`(33·파키스탄)`)."""
    bracket = para.text.find("(", m.end(1))
    pos = bracket + 1
    for piece in re.split(r"([·,])", para.text[bracket + 1:m.end() - 1]):
        word = piece.strip()
        if word and (word in G.COUNTRIES or G.place_kind(word, True)) \
                and not any(a.kind == PLACE and a.start == para.start + pos + piece.index(word) for a in col.found):
            a = para.start + pos + piece.index(word)
            col.found.append(Actor(word, a, a + len(word), PLACE, sentence_at(para, a), confidence=0.6))
        pos += len(piece)


_NAME_LABELLED_BRACKET = re.compile(r"(?:이름|실명|본명|성명|가명)\(([가-힣]{2,4})\)")
_NAMES_IN_BRACKET = re.compile(r"\(([가-힣]{3}(?:·[가-힣]{3}){0,5})(?:·(\d{1,3}))?\)")


@rule("people", "최초 신고자(정민호·58), 한국(임시현·전훈영·남수현) → persons (names in a bracket)",
      "people-names-in-bracket")
def names_in_brackets(doc: Doc, col: Collector) -> None:
    """A bracket holding a Korean full name and an age (`(정민호·58)`), two or more Korean full
    names joined by middle dots (a team's members), or a name after 이름/실명 (`이름(박대성)`),
    names those people."""
    covered = [(a.start, a.end) for a in col.found]
    for para in doc.paras:
        for m in _NAME_LABELLED_BRACKET.finditer(para.text):  # 피의자의 이름(박대성)
            pos = para.start + m.start(1)
            if not any(a < pos + len(m.group(1)) and pos < b for a, b in covered):
                col.found.append(Actor(m.group(1), pos, pos + len(m.group(1)), PERSON, sentence_at(para, pos),
                                       confidence=0.6))
        for m in _NAMES_IN_BRACKET.finditer(para.text):
            names = m.group(1).split("·")
            if (m.group(2) is None) == (len(names) == 1):
                continue  # one name needs its age; a list of names needs none
            if not all(_korean_name(x) and x not in G.ALL_PLACES and x not in O.ALL for x in names):
                continue
            pos = para.start + m.start(1)
            for x in names:
                if not any(a < pos + 3 and pos < b for a, b in covered):
                    col.found.append(Actor(x, pos, pos + 3, PERSON, sentence_at(para, pos), confidence=0.6))
                pos += 4


_MEMBER = re.compile(r"(?<![가-힣])멤버 ([가-힣]{1,4}?)(이|가|은|는|을|를|와|과|의)?(?=[\s,.])")
_NOT_MEMBER_NAMES = frozenset(("전원", "모두", "일부", "전체", "중", "들", "각자", "다수", "대부분", "전원이"))


@rule("people", "그룹 방탄소년단 멤버 진이, 블랙핑크의 멤버 리사가 → person 진, 리사 (a group's member)",
      "people-member-of-group")
def members_in_text(doc: Doc, col: Collector) -> None:
    """The word right after 멤버 'member', its particle taken off (the particle must suit the
    word's last syllable), is the member's name, read from the text: the analyser often cuts
    such one-word stage names (리/사, 진/이); and so is the name joined to it by 와/과."""
    for para in doc.paras:
        for m in _MEMBER.finditer(para.text):
            if not _group_before(para, col, m.start()):
                continue
            _add_member(para, col, m.start(1), m.group(1), m.group(2))
            if m.group(2) in ("와", "과"):
                nxt = _MEMBER_NEXT.match(para.text, m.end())
                if nxt:
                    _add_member(para, col, nxt.start(1), nxt.group(1), nxt.group(2))


_MEMBER_NEXT = re.compile(r" ([가-힣]{1,4}?)(이|가|은|는|을|를|의)?(?=[\s,.])")


def _group_before(para, col: Collector, at: int) -> bool:
    """멤버 follows a group: the word 그룹, or a body the first pass found, just before it."""
    pos = para.start + at
    return "그룹" in para.text[max(0, at - 20):at] or any(
        a.kind == ORGANIZATION and pos - 12 <= a.end <= pos for a in col.found)


def _add_member(para, col: Collector, at: int, name: str, particle: str | None) -> None:
    if name in _NOT_MEMBER_NAMES or (particle and not particle_suits(name, particle)):
        return
    start = para.start + at
    end = start + len(name)
    if any(t.tag == "NNG" and not t.oov and t.start == start and t.end == end and len(name) >= 2 for t in para.toks):
        return  # (멤버 교체가: a common noun the analyser knows)
    if any(a.start < end and start < a.end and a.kind != PERSON for a in col.found) \
            or any(a.start == start and a.end == end for a in col.found):
        return
    col.found[:] = [a for a in col.found if not (start <= a.start and a.end <= end)]
    col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.5))


def sentence_at(para, offset: int) -> int:
    """The document sentence index of the token at (or right after) `offset`."""
    for k, t in enumerate(para.toks):
        if t.start >= offset:
            return para.sent_ids[k]
    return para.sent_ids[-1] if para.sent_ids else 0
