"""Rules of the actor reading that decide people (`actor_chunk` calls them).

Korean news writes a person `NAME [AFFIL] POST` (`애덤 스미스 민주당 하원의원`),
`[AFFIL] POST NAME` (`장관 이주호`), `POST-인 NAME` (`사장인 스티븐 엘롭`), `NAME 씨`; names
joined by a middle dot share the post after them (`이명박·박근혜 전 대통령`); an anonymous
source ends in a head such as 관계자/당국자. Relabelling rules first correct what a part's
own label got wrong in context (a name shaped like a district, 연구원 after a full name).
"""
from __future__ import annotations

import re

from ..model import ANONYMOUS, PERSON
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .actor_state import ChunkState
from .collect import Actor
from .doc import Part
from .labels import (
    _ACRONYM,
    NOT_NAME_END,
    P_ANON,
    P_MOD,
    P_NAME,
    P_NOUN,
    P_ORG,
    P_ORGHEAD,
    P_PLACE,
    P_ROLE,
    ROLE_SET,
    _korean_name,
    _person_like,
)
from .label_words import _demonym, _place_unit
from .people import foreign_looking, relabel_names
from .rules import rule
from .textutil import HANGUL
from .textutil import phrase as _phrase
from .wordlists import word_set, words

_LETTER_HONORIFICS = ("씨", "모씨", "군", "양")
_REAL_NAME_WORDS = tuple(sorted(words("people_real_name_labels"), key=len, reverse=True))
_NAME_JOINS = ("·", "‧", ",")
_PARTICLES_AFTER_NAME = ("JC", "JKS", "JX", "JKO")


@rule("actors", "A씨는, B 씨가 → anonymous A씨", "actors-letter-honorific")
def _letter_with_honorific(st: ChunkState) -> bool:
    """A Latin capital with 씨/군/양 is a person the article does not name: anonymous (A씨 of one story is not of another)."""
    parts, after = st.parts, st.after
    if not (st.honorific and st.n == 1 and len(parts[0].text) == 1 and "A" <= parts[0].text <= "Z"
            and after.form in _LETTER_HONORIFICS):
        return False
    whole = Part(parts[0].i0, st.ch.after + 1, parts[0].start, after.end, st.text[parts[0].start:after.end])
    st.col.add([whole], ANONYMOUS, st.ch, confidence=0.7)
    return True


@rule("people", "장관인 유영숙은 → person 유영숙 (role 장관)", "people-name-after-copula-role")
def _name_after_role_copula(st: ChunkState) -> None:
    """After `ROLE-인`, a Korean full name the analyser split into common nouns is a name."""
    if st.prev_role and st.labels[0] == P_NOUN and _korean_name(st.parts[0].text):
        st.labels = [P_NAME] + st.labels[1:]


_LINEAGE_WORDS = frozenset(("빈", "이븐", "반", "판", "폰", "데", "델", "다", "디"))


@rule("people", "무함마드 빈 살만, 타밈 빈 하마드 알사니 → one name ('son of', 'of' inside a name)", "people-name-particle-inside")
def _name_particle_inside(st: ChunkState) -> None:
    """Names joined by a word for 'son of' or 'of' written apart (빈, 이븐, 반, 폰, 데) are one
    person's name: the analyser reads 빈 as 'empty'."""
    for k in range(1, st.n - 1):
        if st.parts[k].text in _LINEAGE_WORDS and st.labels[k] == P_NOUN and st.labels[k - 1] in (P_NAME, P_NOUN) \
                and st.labels[k + 1] == P_NAME \
                and HANGUL.match(st.parts[k - 1].text) and HANGUL.match(st.parts[k + 1].text):
            end = k + 1
            while end + 1 < st.n and st.labels[end + 1] == P_NAME and HANGUL.match(st.parts[end + 1].text):
                end += 1
            start = k - 1
            while start > 0 and st.labels[start - 1] == P_NAME and HANGUL.match(st.parts[start - 1].text) \
                    and k - start < 3:
                start -= 1
            st.merge(start, end, P_NAME)
            return


@rule("people", "승리(본명 이승현) → person 승리 (a stage name)", "people-stage-name")
def _stage_name(st: ChunkState) -> None:
    """A name followed by a bracket giving the person's other name (본명, 한국명, 미국명:
    `people_real_name_labels`) is a person's, and so is the name in the bracket."""
    toks, parts = st.toks, st.parts
    for k in range(st.n):
        g = parts[k].gloss
        if g is None or not HANGUL.match(parts[k].text):
            continue
        o, c = toks[g[0]].end, toks[g[1]].start
        inner = st.text[o:c]
        label = next((w for w in _REAL_NAME_WORDS if inner.lstrip().startswith(w)), None)
        if label is None:
            continue
        i = k  # (빅토르 안: the words of a foreign name before the bracket)
        while i > 0 and k - i < 2 and st.labels[i - 1] in (P_NAME, P_NOUN) and HANGUL.match(parts[i - 1].text):
            i -= 1
        name = _phrase(st.doc, parts[i:k + 1])
        other = _bracketed_other_name(st, o + inner.index(label) + len(label), c, name)
        st.col.add(parts[i:k + 1], PERSON, st.ch, confidence=0.6, forms=(name, other) if other else ())
        for q in range(i, k + 1):
            st.relabel(q, "stage")


def _bracketed_other_name(st: ChunkState, start: int, end: int, name: str) -> str | None:
    """The name after the label in the bracket (`한국명 안현수`: one to three Hangul words), added
    as the same person's (both mentions carry both names, so the site makes them one person)."""
    m = re.match(r"\s*([가-힣]{2,}(?: [가-힣]{2,}){0,2})\s*(?:[,·][^()]*)?$", st.text[start:end])
    if not m:
        return None
    a, other = start + m.start(1), m.group(1)
    st.col.found.append(Actor(other, a, a + len(other), PERSON, st.ch.sent, confidence=0.6, forms=(name, other)))
    return other


_PLACE_POSTS = tuple(words("actors_place_posts"))


@rule("people", "이완구 새누리당 원내대표, 홍길동 기자, 기자 홍길동 → person (not the district 이완+구, 길+동)",
      "people-district-shaped-name")
def _district_shaped_name(st: ChunkState) -> None:
    """A Korean full name shaped like a district (no gazetteer knows it), before a post — or a
    body and a post — or right after one at the end of the phrase, or listed after a person
    (전도연과 설경구가), is the person's name; a post that names a place (구청장) keeps the place."""
    parts = st.parts
    for k in range(st.n - 1):
        labels = st.labels
        if _body_then_shaped_name(st, k):
            st.relabel(k, P_NAME)
            continue
        if labels[k] != P_PLACE or not _korean_name(parts[k].text) or parts[k].text in G.ALL_PLACES \
                or _place_unit(parts[k].text) or (k > 0 and labels[k - 1] in (P_PLACE, P_ORG, P_NAME)):
            continue  # (김상회 더불어민주당 부천병 후보: a constituency after its party)
        post = k + 2 if labels[k + 1] == P_ORG and k + 2 < st.n else k + 1
        if labels[post] == P_ROLE and not parts[post].text.endswith(_PLACE_POSTS):
            st.relabel(k, P_NAME)
    k = st.n - 1  # 위키뉴스 기자 홍길동: the name after a post, ending the phrase
    if k >= 1 and st.labels[k] == P_PLACE and st.labels[k - 1] == P_ROLE and _korean_name(parts[k].text) \
            and parts[k].text not in G.ALL_PLACES and not _place_unit(parts[k].text):
        st.relabel(k, P_NAME)
    if st.n == 1 and st.labels[0] == P_PLACE and _korean_name(parts[0].text) and parts[0].text not in G.ALL_PLACES \
            and not _place_unit(parts[0].text) and _listed_after_person(st):
        st.relabel(0, P_NAME)  # 배우 전도연과 설경구가: a name listed with a person


_CONSTITUENCY_ENDS = ("갑", "을", "병", "정")


@rule("people", "국민의힘 권성동 원내대표, 더불어민주당 박찬대 원내대표 → person 권성동, 박찬대 (not 권성+동, 박찬+대)",
      "people-shaped-name-between-body-and-post")
def _body_then_shaped_name(st: ChunkState, k: int) -> bool:
    """Between a body and a post, a Korean full name whose last syllable is also a district's
    or a college's (동, 구, 대), or that is also a common word, and that no list knows is the
    person's name (a constituency, 부천병, keeps its place)."""
    parts, labels = st.parts, st.labels
    w = parts[k].text
    if not (0 < k < st.n - 1 and labels[k - 1] == P_ORG and labels[k + 1] == P_ROLE and _korean_name(w)) \
            or w in G.ALL_PLACES or w in L.ORGS or w in O.ALL or parts[k + 1].text.endswith(_PLACE_POSTS):
        return False
    if labels[k] == P_NOUN:  # 국민의힘 배수진 의원: a name that is also a word (背水陣)
        return st.tags(k) in (["NNG"], ["NNP"]) and w[-1] not in NOT_NAME_END and w not in L.NAME_STOP_NOUNS
    return labels[k] in (P_PLACE, P_ORG) and not w.endswith(_CONSTITUENCY_ENDS) and st.tags(k) == ["NNP"] \
        and not _place_unit(w)


def _listed_after_person(st: ChunkState) -> bool:
    """The phrase follows a person's name joined to it by 과/와 or a comma."""
    prev = st.col.found[-1] if st.col.found else None
    return prev is not None and prev.kind == PERSON and st.doc.text[prev.end:st.parts[0].start] in ("과 ", "와 ", ", ")


@rule("people", "김설화 연구원은 → person 김설화 (role 연구원)", "people-researcher-post")
def _researcher_post(st: ChunkState) -> None:
    """After a Korean full name, 연구원 (also an institute) is the person's post."""
    parts = st.parts
    for k in range(1, st.n):
        labels = st.labels
        if labels[k] == P_ORGHEAD and parts[k].text in ROLE_SET and labels[k - 1] == P_NAME \
                and _korean_name(parts[k - 1].text):
            st.relabel(k, P_ROLE)


def _names_split_as_nouns(st: ChunkState) -> None:
    """Names the analyser split into common nouns, in a chunk with a post (`people.relabel_names`)."""
    if P_NOUN in st.labels and (P_ROLE in st.labels):
        toks = st.toks
        st.labels = relabel_names(st.parts, st.labels, lambda p: [toks[x].tag for x in range(p.i0, p.i1)], _korean_name,
                                  P_NOUN, P_NAME, P_ROLE, (P_ROLE, P_ORG, P_PLACE, P_MOD, P_ORGHEAD))


_SPLIT_NOT_ENDS = word_set("people_split_name_not_ends")


@rule("people", "주심은 한지윤 대법관이 맡았다 → person 한지윤 (the analyser read 한지 'paper' + 윤); 정부군 대변인 → none",
      "people-name-split-before-post")
def _split_name_before_post(st: ChunkState) -> None:
    """A word shaped like a Korean full name that the analyser split into a common noun of two
    syllables and one of one, right before a post and not after another noun, is a name: unless
    its last syllable ends common compounds (`people_split_name_not_ends`: 정부+군, 대학+생)."""
    for k in range(st.n - 1):
        t = st.parts[k].text
        if st.labels[k] == P_NOUN and st.labels[k + 1] == P_ROLE and st.tags(k) == ["NNG", "NNG"] \
                and _korean_name(t) and t[-1] not in _SPLIT_NOT_ENDS and t not in L.NAME_STOP_NOUNS \
                and (k == 0 or st.labels[k - 1] in (P_ROLE, P_ORG, P_PLACE, P_MOD)) \
                and len(st.toks[st.parts[k].i0].form) == 2:
            st.relabel(k, P_NAME)


@rule("people", "캐서린 멀로니 동아시아태평양 담당 차관보 → person 캐서린 멀로니 (the field 동아시아태평양 is the post's)",
      "people-field-in-charge")
def _field_in_charge(st: ChunkState) -> None:
    """A word before 담당 'in charge of' and a post names the post's field, not part of the name
    before it (`X 담당 차관보`: the assistant secretary for X)."""
    for k in range(1, st.n - 2):
        if st.labels[k] == P_NAME and st.parts[k + 1].text == "담당" and st.labels[k + 2] == P_ROLE \
                and st.labels[k - 1] == P_NAME:
            st.relabel(k, P_NOUN)


_OCCUPATIONS = word_set("people_occupation_posts")


@rule("people", "소설가 한강의 작품, 가수 보아가 → person 한강, 보아 (not the river, not a place)",
      "people-occupation-then-place-word")
def _occupation_then_place_word(st: ChunkState) -> None:
    """A one-word name the gazetteer knows as a place, written right after an occupation only a
    person has (`people_occupation_posts`) and ending the phrase, is that person's name."""
    parts, labels = st.parts, st.labels
    k = st.n - 1
    if k >= 1 and labels[k] == P_PLACE and labels[k - 1] == P_ROLE and parts[k - 1].text in _OCCUPATIONS \
            and HANGUL.match(parts[k].text) and 2 <= len(parts[k].text) <= 4 and parts[k].text not in G.COUNTRIES:
        st.relabel(k, P_NAME)


@rule("people", "팀 쿡 애플 최고경영자 → person 팀 쿡 (팀 'team' is also a given name)", "people-given-name-as-noun")
def _given_name_read_as_noun(st: ChunkState) -> None:
    """A foreign given name the analyser read as a common noun (팀, 빌), right before a
    transliterated name, opens that name."""
    parts, labels = st.parts, st.labels
    for k in range(st.n - 1):
        if labels[k] == P_NOUN and labels[k + 1] == P_NAME and parts[k].text in L.FOREIGN_GIVEN_NAMES \
                and HANGUL.match(parts[k + 1].text) and not _korean_name(parts[k + 1].text) \
                and parts[k].end + 1 == parts[k + 1].start:
            st.relabel(k, P_NAME)


@rule("people", "미국인 모스에 의해, 일본인 다나카가 → person 모스, 다나카", "people-nationality-then-name")
def _nationality_then_name(st: ChunkState) -> None:
    """A nationality (미국인, 일본인) written right before a one-word proper name that ends the
    phrase says who that person is: the name is a person's."""
    parts, labels = st.parts, st.labels
    k = st.n - 2
    if k >= 0 and labels[k] == P_NOUN and _demonym(parts[k].text) and not parts[k].text.endswith("들") \
            and labels[k + 1] == P_NAME and HANGUL.match(parts[k + 1].text) and " " not in parts[k + 1].text \
            and all(st.toks[x].tag == "NNP" for x in range(parts[k + 1].i0, parts[k + 1].i1)) \
            and parts[k].end + 1 == parts[k + 1].start and not _korean_name(parts[k + 1].text):
        st.col.add([parts[k + 1]], PERSON, st.ch, confidence=0.6)
        st.relabel(k + 1, "stage")


RELABELS = (_name_after_role_copula, _stage_name, _district_shaped_name, _researcher_post, _names_split_as_nouns,
            _split_name_before_post, _field_in_charge, _occupation_then_place_word, _given_name_read_as_noun, _nationality_then_name)


@rule("people", "이명박·박근혜 전 대통령 → persons 이명박, 박근혜 (role 전 대통령)", "people-coordinated-names")
def _coordinated_names(st: ChunkState, i: int) -> int | None:
    """Korean full names joined by a middle dot or comma are people who share the post after them."""
    parts, labels, n = st.parts, st.labels, st.n
    if not (i + 1 < n and labels[i + 1] == P_NAME and st.gap(i, i + 1) in _NAME_JOINS):
        return None
    q = i
    while q + 1 < n and labels[q + 1] == P_NAME and st.gap(q, q + 1) in _NAME_JOINS:
        q += 1
    if not all(_korean_name(parts[g].text) for g in range(i, q + 1)):
        return None
    r = q + 1
    while r < n and labels[r] == P_MOD:
        r += 1
    role = _phrase(st.doc, parts[q + 1:r + 1]) if r < n and labels[r] == P_ROLE else None
    for g in range(i, q + 1):
        st.col.add([parts[g]], PERSON, st.ch, role=role, confidence=0.7)
        st.used[g] = True
    return r + 1 if role else q + 1


def _one_proper_korean_name(st: ChunkState, k: int) -> bool:
    p = st.parts[k]
    return _korean_name(p.text) and p.i1 - p.i0 == 1 and st.toks[p.i0].tag == "NNP" and not foreign_looking(p.text)


@rule("people", "문종현 이스트시큐리티 이사, 하지원 에코맘 코리아 대표 → person 문종현, 하지원 and their bodies",
      "people-full-name-then-affiliation")
def _affiliation_after_full_name(st: ChunkState, i: int) -> None:
    """After a Korean full name, the longer names before the post are the affiliation, not more of the name."""
    parts, labels, n = st.parts, st.labels, st.n
    if not (i + 2 < n and labels[i + 1] in (P_NAME, P_NOUN) and _one_proper_korean_name(st, i)):
        return
    q = i + 1
    while q < n and labels[q] in (P_NAME, P_NOUN) and q - i <= 2 and not (q > i + 1 and _head_post(st, q)):
        q += 1
    if q < n and _head_post(st, q):
        st.labels[q] = labels[q] = P_ROLE  # 정현호 전국대학총학생회모임 집행장
    if not (q < n and labels[q] == P_ROLE and (labels[q - 1] == P_NAME or _body_end(parts[q - 1].text))):
        return
    if (labels[i + 1] == P_NOUN and q - i == 3) or (q - i == 3 and _body_end(parts[q - 1].text)):
        st.merge(i + 1, q - 1, P_ORG)  # 하지원 에코맘 코리아 대표: a body named by a word and a name
        return
    # (기시다 후미오 총리: a short second word is a given name; an affiliation is longer)
    if P_NOUN not in labels[i + 1:q] and all(len(parts[x].text) >= 4 or not HANGUL.match(parts[x].text)
                                            for x in range(i + 1, q)) or (q - i == 2 and _body_end(parts[i + 1].text)):
        st.labels = labels[:i + 1] + [P_ORG] * (q - i - 1) + labels[q:]


_BODY_ENDS = tuple(sorted(word_set("actors_company_tails") | word_set("actors_slot_body_heads")
                          | word_set("actors_association_heads"), key=len, reverse=True))


def _body_end(text: str) -> bool:
    """에코맘 코리아, 전국대학총학생회모임: the word ends like a company or a body of people."""
    return text.endswith(_BODY_ENDS)


@rule("people", "정현호 전국대학총학생회모임 집행장 → post 집행장 (X장: the head of something)", "people-head-post-in-slot")
def _head_post(st: ChunkState, q: int) -> bool:
    """Between a Korean full name and the end of its run, after a body, a common noun of two
    or more syllables with 장 is the head's post (집행장, 학부장; not 입장 or 공장)."""
    p = st.parts[q]
    return q == st.n - 1 and st.labels[q] == P_NOUN and p.i1 - p.i0 <= 2 and p.text.endswith("장") \
        and len(p.text) >= 3 and HANGUL.match(p.text) is not None \
        and all(st.toks[k].tag in ("NNG", "XSN") for k in range(p.i0, p.i1)) and _body_end(st.parts[q - 1].text)


@rule("people", "구원파 금고지기 김혜경 씨 → person 김혜경", "people-full-name-later-in-run")
def _full_name_starts(st: ChunkState, i: int, q: int) -> bool:
    """A Korean full name later in a run of names starts the person's name; the words before describe."""
    if not _one_proper_korean_name(st, q):
        return False
    parts = st.parts
    return any("NNP" not in st.tags(r) for r in range(i, q)) \
        or (q - i >= 2 and all(len(parts[r].text) >= 3 for r in range(i, q)))  # (버락 오바마)


_INITIAL = re.compile(r"^[A-Z]\.$")


@rule("people", "조지 W. 부시 전 대통령 → person 조지 W. 부시 (a middle initial)", "people-middle-initial")
def _middle_initial(st: ChunkState, j: int) -> bool:
    """One capital letter with a full stop between two Hangul names is a middle initial."""
    return _INITIAL.match(st.parts[j].text) is not None and 0 < j < st.n - 1 and st.labels[j + 1] == P_NAME \
        and HANGUL.match(st.parts[j - 1].text) is not None and HANGUL.match(st.parts[j + 1].text) is not None


def _name_extent(st: ChunkState, i: int) -> tuple[int, int]:
    """[i, j) of the name parts starting at i (up to three words written apart)."""
    parts, labels, n = st.parts, st.labels, st.n
    j = i
    q = i + 1
    while q < n and labels[q] == P_NAME and q - i < 3:
        if _full_name_starts(st, i, q):
            i = j = q
            break
        q += 1
    while j < n and labels[j] == P_NAME and j - i < 3 \
            and not (j > i and _ACRONYM.match(parts[j].text) and not _middle_initial(st, j)) \
            and (j == i or st.gap(j - 1, j).isspace()):
        j += 1  # (크리스티아나 피게레즈 UNFCCC 사무총장: the acronym is the affiliation; 이명박·박근혜: two)
    return i, j


@rule("people", "송하윤씨 → person 송하윤; 유민아빠 김영오씨 → person 김영오", "people-honorific")
def _name_with_honorific(st: ChunkState, i: int, j: int) -> int | None:
    """A name ending the chunk before 씨/군/양 is a person's (the full name, if words before it describe them)."""
    if not (j == st.n and st.honorific):
        return None
    if _clan_name(st, i, j):
        st.take(i, j)
        return j
    name_parts = st.parts[i:j]
    if len(name_parts) > 1 and _korean_name(name_parts[-1].text) \
            and not any(_korean_name(q.text) or len(q.text) == 1 for q in name_parts[:-1]):
        name_parts = name_parts[-1:]
    st.col.add(name_parts, PERSON, st.ch, role=None)
    return j


@rule("people", "청송 심씨의 도공, 김해 김씨 종친회 → no person 심, 김 (a clan: its seat and surname)", "people-clan-not-person")
def _clan_name(st: ChunkState, i: int, j: int) -> bool:
    """A surname alone after a place, before 씨, names a clan by its ancestral seat (본관: 청송 심씨,
    김해 김씨), not a person."""
    return j - i == 1 and len(st.parts[i].text) == 1 and st.parts[i].text in L.SURNAMES \
        and i > 0 and st.labels[i - 1] == P_PLACE and st.doc.text[st.parts[i].end:st.parts[i].end + 1] == "씨"


_PERSON_CLASS_NOUNS = word_set("people_class_nouns")


@rule("people", "사장인 스티븐 엘롭은, 장관 이주호 → person with that role", "people-post-then-name")
def _post_then_name(st: ChunkState, i: int, j: int) -> int | None:
    """A name right after a post (`[AFFIL] POST NAME`) or after `POST-인` is the person holding the post;
    a people or nationality before a noun for an unnamed person (`용의자인 위구르족 남성`) is none."""
    parts, labels, n = st.parts, st.labels, st.n
    name_parts = parts[i:j]
    if not (((i > 0 and labels[i - 1] == P_ROLE) or (i == 0 and st.prev_role)) and _person_like(st.doc, name_parts)):
        return None
    if i > 0:
        r0 = i - 1
        while r0 > 0 and labels[r0 - 1] in (P_ROLE, P_MOD, P_NOUN):
            r0 -= 1
        role = _phrase(st.doc, parts[r0:i])
        aff = [p for p, lb in zip(parts[:r0], labels[:r0]) if lb in (P_ORG, P_PLACE)]
    else:
        role, aff = st.prev_role, []
    if j < n and parts[j].text in _PERSON_CLASS_NOUNS:
        if j - i == 1 and parts[i].text.endswith(("족", "인")) and not _korean_name(parts[i].text):
            return None  # 용의자인 위구르족 남성, 중국인 여성: someone the article does not name
    elif j < n and j == n - 1 and labels[j] == P_NOUN and HANGUL.match(parts[j].text) \
            and len(name_parts) == 1 and st.after is not None and st.after.tag in _PARTICLES_AFTER_NAME:
        name_parts = parts[i:j + 1]  # (a given name the analyser read as a common noun)
        j += 1
    st.col.add(name_parts, PERSON, st.ch, role=role, affiliation=_phrase(st.doc, aff[-1:]) if aff else None)
    st.take(i, j)
    return j


_RELATIONS = word_set("relation_nouns")


@rule("people", "김정은 위원장이 딸 주애와 함께 → person 주애 (a name after a family relation)",
      "people-relation-then-name")
def _relation_then_name(st: ChunkState, i: int, j: int) -> int | None:
    """A proper name ending the phrase right after a noun of family or personal relation (딸,
    아들, 남편: `relation_nouns`) is that relative's name."""
    parts, labels = st.parts, st.labels
    if i == 0 or j != st.n or parts[i - 1].text not in _RELATIONS or labels[i - 1] != P_NOUN \
            or not all(lb == P_NAME for lb in labels[i:j]) or st.after is None \
            or st.after.tag not in _PARTICLES_AFTER_NAME + ("JKG", "JKB"):
        return None
    text = _phrase(st.doc, parts[i:j])
    if not HANGUL.match(text) or text in G.ALL_PLACES or text in L.ORGS or text in O.ALL:
        return None
    st.col.add(parts[i:j], PERSON, st.ch, confidence=0.6)
    st.take(i, j)
    return j


@rule("actors", "익명의 정부 고위 당국자는 → anonymous 정부 고위 당국자", "actors-anonymous-source")
def _anonymous_source(st: ChunkState, i: int) -> int | None:
    """A phrase ending in an anonymous head (관계자, 당국자) is an anonymous source, from after its last stop noun."""
    if st.labels[i] != P_ANON:
        return None
    s0 = 0  # (사퇴 발표 이후 대검찰청 간부들 -> 대검찰청 간부들)
    for q in range(i):
        if st.parts[q].text in L.NAME_STOP_NOUNS:
            s0 = q + 1
    st.col.add(st.parts[s0: i + 1], ANONYMOUS, st.ch, confidence=0.8)
    return i + 1
