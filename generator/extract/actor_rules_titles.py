"""The `NAME [AFFIL] POST` reading of a chunk (`애덤 스미스 민주당 하원의원`), split in rules.

After a name come up to four parts of affiliation (bodies, places, acronyms, a body's name in
common nouns), then the post and its modifiers (`전`, `겸` and a second post). The person gets
the post as role and the affiliation; the bodies and places in the slot are recorded too.
"""
from __future__ import annotations

from ..model import ORGANIZATION, PERSON, PLACE
from .actor_rules_orgs import FIELDS_OF_MINISTRIES, _acronym_org, _slot_body
from .actor_rules_places import _titled_place
from . import gazetteer as G
from .actor_state import ChunkState
from .doc import Part
from .labels import (
    P_MOD,
    P_NAME,
    P_NOUN,
    P_ORG,
    P_ORGHEAD,
    P_PLACE,
    P_ROLE,
    _korean_name,
    _person_like,
)
from .rules import rule
from .wordlists import word_set
from .textutil import HANGUL
from .textutil import phrase as _phrase

_SLOT = (P_ORG, P_PLACE, P_NOUN, P_MOD)


def _name_goes_on(st: ChunkState, i: int, j: int, k: int) -> bool:
    """One name part, then a one-morpheme Hangul noun before a body or place: the noun is the rest of the name."""
    labels, parts = st.labels, st.parts
    return j - i == 1 and j + 1 < k and labels[j] == P_NOUN and labels[j + 1] in (P_PLACE, P_ORG, P_ORGHEAD) \
        and HANGUL.match(parts[j].text) is not None and parts[j].i1 - parts[j].i0 == 1


def _affiliation_slot(st: ChunkState, i: int, j: int) -> tuple[int, int]:
    """(j, k): the end of the name (it may take one more word) and the end of the affiliation slot."""
    parts, labels, n = st.parts, st.labels, st.n
    k = j
    while k < n and (labels[k] in _SLOT or _acronym_org(parts, labels, k)) and k - j < 4:
        k += 1
    if _name_goes_on(st, i, j, k):
        j += 1
    while k < n and labels[k] == P_ORGHEAD and k - j < 5:
        k += 1
        while k < n and labels[k] in _SLOT and k - j < 5:
            k += 1
    return j, k


@rule("people", "최경숙 시민방사능감시센터 활동가 → organisation 시민방사능감시센터", "people-body-in-affiliation-slot")
def _body_in_affiliation_slot(st: ChunkState, i: int, j: int, k: int) -> None:
    """Between a Korean full name and a post, a compound ending in a kind of body names that body."""
    labels, parts = st.labels, st.parts
    if k < st.n and labels[k] == P_ROLE and j - i == 1 and _korean_name(parts[i].text) and P_NOUN in labels[j:k]:
        st.labels = [P_ORG if j <= q < k and lb == P_NOUN and _slot_body(st.toks, parts[q]) else lb
                     for q, lb in enumerate(labels)]


@rule("people", "경기 부천병 후보 → no person 경기 (a province before its constituency)", "people-place-before-place")
def _place_before_place(st: ChunkState, i: int, j: int) -> bool:
    """A known place name before another place and a post is that place's province or city,
    not a person's name (경기 부천병 후보, 서울 종로 후보)."""
    name = st.parts[i].text
    return j - i == 1 and (name in G.ALL_PLACES or name in word_set("korea_ambiguous_stems"))


def _post_after_name(st: ChunkState, i: int, j: int, k: int) -> bool:
    """A post at k, after an affiliation slot that names a body or place (or holds no plain noun)."""
    labels, parts = st.labels, st.parts
    between = labels[j:k]
    if P_PLACE in between and _place_before_place(st, i, j):
        return False
    return k < st.n and labels[k] == P_ROLE and (
        P_NOUN not in between or P_ORG in between or P_PLACE in between or P_ORGHEAD in between
        # 최경숙 시민방사능감시센터 활동가: one compound between
        or (between == [P_NOUN] and j - i == 1 and _korean_name(parts[i].text) and parts[j].i1 - parts[j].i0 >= 3)
        or _field_of_post(st, i, j, k) or _field_of_occupation(st, i, j, k)) \
        and _person_like(st.doc, parts[i:j]) and not _market_not_mayor(st, i, j, k)


@rule("people", "에듀테크 시장이 커졌다 → no person (시장 'market'); 에릭 애덤스 뉴욕 시장, 오세훈 시장 → person",
      "people-market-not-mayor")
def _market_not_mayor(st: ChunkState, i: int, j: int, k: int) -> bool:
    """시장 is a mayor after a place, a surname, a Korean full name or a foreign name of two words
    or more; after one other word with nothing between (에듀테크 시장, 메타버스 시장) it is a market."""
    name = st.parts[i].text
    return st.parts[k].text == "시장" and j - i == 1 and k == j and len(name) >= 2 and not _korean_name(name)


@rule("people", "홍남기 경제 부총리, 김하늘 국방 장관 → person with post 경제 부총리, 국방 장관", "people-field-of-post")
def _field_of_post(st: ChunkState, i: int, j: int, k: int) -> bool:
    """Between a Korean full name and a post, the fields a ministry is named after (경제, 국방,
    외교 안보: `actors_ministry_fields`) are part of the post, not a body."""
    parts = st.parts
    return j - i == 1 and _korean_name(parts[i].text) and j < k \
        and all(st.labels[q] == P_NOUN and parts[q].text in FIELDS_OF_MINISTRIES for q in range(j, k))


FIELD_OCCUPATIONS = word_set("people_field_occupations")


@rule("people", "장이머우 영화 감독, 홍정우 축구 선수 → person with post 영화 감독, 축구 선수", "people-field-of-occupation")
def _field_of_occupation(st: ChunkState, i: int, j: int, k: int) -> bool:
    """Between a name the analyser reads as a proper noun and an occupation written after its
    field (`people_field_occupations`), one plain Hangul noun is the occupation's field."""
    parts, labels = st.parts, st.labels
    return j - i == 1 and k - j == 1 and labels[i] == P_NAME and labels[j] == P_NOUN \
        and parts[k].text in FIELD_OCCUPATIONS and HANGUL.fullmatch(parts[j].text) is not None \
        and parts[j].i1 - parts[j].i0 == 1 and any(st.toks[x].tag == "NNP" for x in range(parts[i].i0, parts[i].i1))


@rule("people", "부총리 겸 기획재정부 장관 → organisation 기획재정부, one person's two posts", "people-second-post")
def _second_post(st: ChunkState, r1: int) -> int:
    """After 겸, the bodies and places before a second post are recorded, and the post is the person's too."""
    labels = st.labels
    q = r1 + 1
    while q < st.n and labels[q] in (P_ORG, P_PLACE, P_ORGHEAD):
        q += 1
    if not (q < st.n and labels[q] == P_ROLE):
        return r1
    for x in range(r1 + 1, q):
        if labels[x] in (P_ORG, P_PLACE):
            st.col.add([st.parts[x]], ORGANIZATION if labels[x] == P_ORG else PLACE, st.ch)
    return q


def _post_span(st: ChunkState, j: int, k: int) -> tuple[int, int]:
    """[r0, r1) of the post: its modifiers before k, the post, and what follows it (겸 + a second post)."""
    labels = st.labels
    r0 = k
    while r0 > j and labels[r0 - 1] in (P_MOD, P_NOUN):
        r0 -= 1
    r1 = k + 1
    while r1 < st.n and labels[r1] in (P_ROLE, P_MOD):
        if st.parts[r1].text == "겸":
            r1 = _second_post(st, r1)
        r1 += 1
    return r0, r1


@rule("organisations", "태광실업 회장 박연차 → organisation 태광실업, person 박연차", "orgs-affiliation-post-name")
def _affiliation_post_name(st: ChunkState, i: int, j: int, r0: int, r1: int) -> bool:
    """A foreign-looking name, a post, then a name: the first name is the affiliation, the second the person
    (not after a post of its own: `가수 X 배우 Y` lists two people)."""
    parts = st.parts
    return r1 < st.n and st.labels[r1] == P_NAME and j - i == 1 and j == r0 and not _korean_name(parts[i].text) \
        and _person_like(st.doc, parts[r1:r1 + 1]) and not (i > 0 and st.labels[i - 1] == P_ROLE)


def _record_titled_person(st: ChunkState, i: int, j: int, r0: int, r1: int) -> None:
    """The person with post and affiliation, and the bodies and places named in the slot and the post."""
    parts, labels, col, ch = st.parts, st.labels, st.col, st.ch
    aff_idx = [q for q in range(j, r0) if labels[q] in (P_ORG, P_PLACE, P_NAME, P_ORGHEAD)]
    aff = parts[aff_idx[0]:aff_idx[-1] + 1] if aff_idx else []
    col.add(parts[i:j], PERSON, ch, role=_former_before_body(st, j, r0) + _phrase(st.doc, parts[r0:r1]),
            affiliation=_phrase(st.doc, aff) if aff else None)
    st.take(i, r1)
    for q, (p, lb) in enumerate(zip(parts[j:r0], labels[j:r0]), start=j):
        if lb in (P_ORG, P_PLACE):
            col.add([p], ORGANIZATION if lb == P_ORG else PLACE, ch)
        elif _acronym_org(parts, labels, q):
            col.add([p], ORGANIZATION, ch, confidence=0.6)  # 김상균 KR 이사장
    if aff and labels[aff_idx[-1]] == P_ORGHEAD and len(aff) >= 2:
        _body_ending_the_slot(st, aff)
    for p in parts[r0:r1]:
        stem = _titled_place(p.text)
        if stem:  # 이광재 강원도지사: the post names its place
            col.add([Part(p.i0, p.i1, p.start, p.start + len(stem), stem)], PLACE, ch, confidence=0.6)


@rule("people", "애덤 스미스 민주당 하원의원 → person 애덤 스미스 (role 하원의원, affiliation 민주당)",
      "people-name-then-post")
def _name_then_post(st: ChunkState, i: int, j: int) -> tuple[int, int | None]:
    """A name, its affiliation and a post after it are a person holding the post. Returns (j, next part or None)."""
    j, k = _affiliation_slot(st, i, j)
    _body_in_affiliation_slot(st, i, j, k)
    if not _post_after_name(st, i, j, k):
        return j, None
    r0, r1 = _post_span(st, j, k)
    if i > 0 and st.labels[i - 1] == P_ROLE and r1 < st.n and st.labels[r1] == P_NAME and j == r0:
        return j, None  # 가수 아이유 배우 이정은: each name holds the post before it
    if _affiliation_post_name(st, i, j, r0, r1):
        st.col.add(st.parts[i:j], ORGANIZATION, st.ch, confidence=0.6)
        st.used[i] = True
        return j, j
    _record_titled_person(st, i, j, r0, r1)
    return j, r1


@rule("organisations", "가브리엘 아메이 토고 축구 협회 부회장 → organisation 토고 축구 협회", "orgs-body-ending-affiliation")
def _body_ending_the_slot(st: ChunkState, aff: list[Part]) -> None:
    """An affiliation that ends in a body's head word (협회, 연구소) written apart names that body."""
    st.col.add(aff, ORGANIZATION, st.ch)


@rule("people", "정상문 전 청와대 비서관 → role 전 비서관 (the 전 written before the body is the post's)",
      "people-former-before-body")
def _former_before_body(st: ChunkState, j: int, r0: int) -> str:
    """`전` (former) written before the affiliation belongs to the post after it."""
    return "전 " if any(st.labels[q] == P_MOD and st.parts[q].text in ("전", "前") for q in range(j, r0)) else ""
