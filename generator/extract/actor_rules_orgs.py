"""Rules of the actor reading that decide organisations (`actor_chunk` calls them).

An organisation is a known name (`알 카에다`), a name and a kind of body (`인파르팍스 통신`,
`한화 이글스`), a body named by its head noun (`시민방사능감시센터`, `폴란드 공군`), a mission
named by where and whose it is (`주한 미국 대사관`), or a name after a class noun of bodies
(`반도체기업 인텔`).
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .actor_rules_places import DOTS, KOREAN_PLACES, _city_government_acts, _dot_groups
from .actor_state import ChunkState
from .doc import Doc, Part
from .labels import (
    _MIXED_SCRIPT,
    _ACRONYM,
    MILITARY,
    ORG_CLASS,
    P_MOD,
    P_NAME,
    P_NOUN,
    P_ORG,
    P_ORGHEAD,
    P_PLACE,
    P_ROLE,
    ROLE_SET,
    _korean_name,
    label_part,
)
from .people import affiliation_before_name
from .rules import rule
from .textutil import HANGUL
from .wordlists import word_set, words

# a kind of organisation written after an unknown name (인파르팍스 통신) or a known one's body (노조)
ATTACHED_KINDS = word_set("actors_attached_org_kinds")
SUB_BODIES = word_set("actors_sub_bodies")
# tails that name a company even written apart (빅히트 뮤직, 구글 코리아); 미디어, 에너지, 바이오
# written apart after a company name are its business (LG 에너지 사업)
SPACED_BRAND_TAILS = frozenset(t for t in word_set("org_brand_tails")
                               if t.endswith(("스", "즈")) or t in ("코리아", "뮤직", "엔터테인먼트", "엔터", "인터내셔널"))
DIPLOMATIC = word_set("actors_diplomatic_missions")
LEADER_GOVERNMENT = word_set("actors_leader_governments")
# fields a government's ministry is named after (외무부, 내무부, 재무부, 상무부): 진흥청 alone is no body
FIELDS_OF_MINISTRIES = word_set("actors_ministry_fields")
_GENERIC_HEADS = tuple(x for x in L.ORG_SUFFIXES if len(x) >= 2)
# heads of a body's name written in common nouns, read as a body between a person's name and post
_SLOT_HEADS = tuple(x for x in _GENERIC_HEADS if x not in ROLE_SET) + words("actors_slot_body_heads")
_COMMON_TAGS = ("NNG", "XSN")


@rule("organisations", "산업통상부·한국연구재단 → two organisations; 두산-LG → two clubs", "orgs-dotted-list")
def _dot_orgs(doc: Doc, toks, span, p: Part) -> list[Part] | None:
    """Organisations listed with middle dots (or a match-up of known ones with a hyphen) in one word are each one."""
    groups = _dot_groups(span, DOTS, 16)
    if groups is None:
        return None
    hyphen = any(span[g1].form == "-" for _, g1 in groups[:-1])
    out = []
    for a, k in groups:
        q = Part(p.i0 + a, p.i0 + k, span[a].start, span[k - 1].end, doc.text[span[a].start:span[k - 1].end],
                 p.gloss if k == len(span) else None)
        known = q.text in O.ALL or q.text in L.ORGS or (hyphen and _MIXED_SCRIPT.match(q.text) is not None)
        if hyphen and not known:
            return None
        if not known and (len(q.text) < 3 or label_part(toks, q) != P_ORG):
            return None
        q.label = P_ORG
        out.append(q)
    return out


@rule("organisations", "알 카에다, 보코 하람 → one organisation each", "orgs-two-words")
def _known_org_in_two_words(st: ChunkState, k: int) -> bool:
    """A known organisation's name written in two words (with a space) is one organisation,
    also when its first word is a known body of its own (LG 유플러스: not the group LG)."""
    joined = st.parts[k - 1].text + st.parts[k].text
    return joined in O.ALL and len(joined) >= 4 and st.labels[k - 1] in (P_NAME, P_NOUN, P_ORG) \
        and st.gap(k - 1, k) == " "


@rule("organisations", "주한 미국 대사관 → organisation 주한 미국 대사관", "orgs-diplomatic-mission")
def _diplomatic_mission(st: ChunkState) -> None:
    """A mission (대사관, 영사관) with the places and `주X` before it is one organisation."""
    parts = st.parts
    for h in range(1, st.n):
        labels = st.labels
        if parts[h].text in DIPLOMATIC and labels[h - 1] in (P_MOD, P_PLACE):
            k = h
            while k > 0 and (labels[k - 1] == P_PLACE or (labels[k - 1] == P_MOD and parts[k - 1].text[:1] == "주"
                                                           and parts[k - 1].text not in L.ROLE_MODIFIERS)):
                k -= 1
            if k < h:
                st.merge(k, h, P_ORG)
            return


@rule("organisations", "한화 이글스, 경찰 야구단, FC 바르셀로나 → one club", "orgs-team-name")
def _team_name(st: ChunkState) -> None:
    """A brand or home and a club word written after it (이글스, 야구단), or a club word
    (`team_prefixes`: FC, 레알) written before a town, make one club."""
    parts = st.parts
    for h in range(1, st.n):
        word = _club_word(st, h)
        before = st.labels[h - 1] in (P_ORG, P_PLACE, P_NAME) or (
            st.labels[h - 1] == P_NOUN and word not in GENERIC_CLUB_WORDS and HANGUL.match(parts[h - 1].text))
        if word and before and st.gap(h - 1, h) == " " and parts[h].gloss is None and parts[h - 1].gloss is None:
            st.merge(h - 1, h, P_ORG)
            return
        if parts[h - 1].text in L.TEAM_PREFIXES and st.labels[h] == P_PLACE and st.gap(h - 1, h) == " " \
                and parts[h - 1].gloss is None:
            st.merge(h - 1, h, P_ORG)  # FC 바르셀로나, 레알 마드리드: a club named by its town
            return


GENERIC_CLUB_WORDS = frozenset(("야구단", "축구단", "농구단", "배구단", "구단"))


def _club_word(st: ChunkState, h: int) -> str | None:
    """The club word part h is (두산 베어스전: 베어스 with 전 'the match against' written on,
    which is cut off the part)."""
    p = st.parts[h]
    t = p.text.lower()
    if t in L.TEAM_WORDS:
        return t
    if t.endswith("전") and t[:-1] in L.TEAM_WORDS and t[:-1] not in GENERIC_CLUB_WORDS:
        st.parts[h] = Part(p.i0, p.i1, p.start, p.end - 1, p.text[:-1], p.gloss)
        return t[:-1]
    return None


def _slot_body(toks, p: Part) -> bool:
    """A compound of two or more morphemes ending in a kind of body (`시민방사능감시센터`,
    `공공교통네트워크`): in the affiliation slot of `NAME … POST` it names that body."""
    return p.i1 - p.i0 >= 2 and p.text.endswith(_SLOT_HEADS) and HANGUL.match(p.text) is not None \
        and toks[p.i1 - 1].tag in ("NNG", "NNP")


def _generic_compound(toks, p: Part) -> bool:
    """`축구협회`, `공산당` as one dictionary word: a kind of body named by common nouns, which a
    country before it makes a name (루마니아 축구협회)."""
    if p.i1 - p.i0 != 1 or getattr(toks[p.i0], "oov", False) or len(p.text) < 4:
        return False
    return p.text.endswith(_GENERIC_HEADS) and p.text not in O.ALL and p.text not in L.ORGS


def _whole_body(word: str) -> bool:
    """`통일부`, `기획재정부`, `대통령실`, `국세청`: a body's whole name in one word (a ministry,
    office or agency), which takes neither the country nor the words before it (`대한민국 통일부`,
    `양국 국방부`, `지난번 대통령실` name 통일부, 국방부, 대통령실); `공군`, `정부`, `협회` do."""
    return len(word) >= 3 and word[-1] in "부처청실" and HANGUL.match(word) is not None \
        and word not in L.GENERIC_ORG and (word in L.ORGS or word in O.ALL or len(word) >= 4
                                           or word[:-1] in FIELDS_OF_MINISTRIES)


def _acronym_org(parts: list[Part], labels: list[str], k: int) -> bool:
    """A Latin acronym between a person's name and a role is the affiliation (`김상균 KR 이사장`)."""
    return labels[k] == P_NAME and _ACRONYM.match(parts[k].text) is not None and k + 1 < len(parts) \
        and labels[k + 1] in (P_ROLE, P_ORG, P_MOD, P_NOUN)


def _all_common(st: ChunkState, i: int) -> bool:
    return all(tg in _COMMON_TAGS for tg in st.tags(i))


def _generic_body(st: ChunkState, i: int) -> bool:
    """An organisation word made of common nouns that names no particular body (`공단`, `노조`)."""
    t = st.parts[i].text
    return st.labels[i] == P_ORG and _all_common(st, i) and t not in O.ALL and t not in L.ORGS \
        and t not in MILITARY and t not in L.STANDALONE_ORGS and not _whole_body(t)


def _head_start(st: ChunkState, i: int) -> int:
    """The first part of the name a body's head word ends (up to four free nouns or names, and a place)."""
    parts, labels, used = st.parts, st.labels, st.used
    k = i
    while k > 0 and (labels[k - 1] in (P_NOUN, P_NAME) or _members_kind(st, k - 1, i) or _chamber_of(st, k - 1, i)) \
            and not used[k - 1] and i - k < 4 and parts[k - 1].text not in L.NAME_STOP_NOUNS:
        k -= 1
    while k < i and labels[k] == P_NOUN and len(parts[k].text) == 1 and HANGUL.match(parts[k].text):
        k += 1  # (각 국 협회: a one-syllable noun is a bound word, no part of a name)
    if k > 0 and labels[k - 1] == P_PLACE and not used[k - 1]:
        k -= 1
        if st.col.found and st.col.found[-1].start == parts[k].start:
            st.col.found.pop()
    return k


_ASSOCIATION_HEADS = tuple(words("actors_association_heads"))


@rule("organisations", "저축은행 중앙회, 은행 연합회 → one organisation (the association of that kind of body)",
      "orgs-association-of-kind")
def _members_kind(st: ChunkState, q: int, i: int) -> bool:
    """A kind of body (저축은행) written just before an association's head (중앙회) is the
    association's name: the body of those bodies, not one of them."""
    return q == i - 1 and st.labels[q] == P_ORGHEAD and st.parts[i].text.endswith(_ASSOCIATION_HEADS)


_CHAMBERS = frozenset(("의회", "국회", "중의원", "참의원"))  # (상원, 하원: plain nouns, read by the head rule)


@rule("organisations", "국회 정보위원회, 일본 중의원 예산위원회 → one body (a chamber's committee)", "orgs-chamber-committee")
def _chamber_of(st: ChunkState, q: int, i: int) -> bool:
    """A legislative chamber the lists know, written just before a committee (정보위원회) or a
    body's head word, is the committee's parent: one body, not the chamber and a committee of
    no one."""
    return q == i - 1 and st.labels[q] == P_ORG and st.parts[q].text in _CHAMBERS \
        and (st.labels[i] == P_ORGHEAD or st.parts[i].text.endswith("위원회"))


# standing words that only a party or a body has (not 보수, 진보, 친러: a person may be so called)
_PARTY_STANDING = frozenset(("집권", "야당", "여당", "제1야당", "제2야당", "연립", "군소"))


@rule("organisations", "멕시코 집권 모레나는, 집권 아프리카민족회의(ANC)는 → organisation (a party by its standing)",
      "orgs-party-by-standing")
def party_by_standing(st: ChunkState) -> None:
    """A name written right after a word of a party's standing (집권 'ruling', 야당 'opposition',
    연립) is that party, not a person."""
    for k in range(st.n - 1):
        if st.parts[k].text in _PARTY_STANDING and st.labels[k + 1] == P_NAME \
                and (k + 2 == st.n or st.labels[k + 2] != P_NAME):
            st.relabel(k + 1, P_ORG)


@rule("people", "김영삼 정권, 이명박·박근혜 정부 → persons 김영삼, 이명박, 박근혜", "people-leader-government")
def _leaders_of_government(st: ChunkState, k: int, i: int) -> bool:
    """Korean full names before 정부/정권/내각 are the leaders (people), not part of a body's name."""
    parts = st.parts
    if not (parts[i].text in LEADER_GOVERNMENT and k < i
            and all(st.labels[q] == P_NAME and _korean_name(parts[q].text) for q in range(k, i))):
        return False
    for q in range(k, i):
        st.col.add([parts[q]], PERSON, st.ch, confidence=0.6)
        st.used[q] = True
    return True


@rule("organisations", "한울 환경 연구소, 달빛마을 노조 → one organisation", "orgs-named-by-head")
def _body_named_by_head(st: ChunkState, i: int) -> int | None:
    """A body's head word (연구소, 협회) or a generic body word takes the nouns and names before it as its name."""
    parts, labels, lab = st.parts, st.labels, st.labels[i]
    if not (lab == P_ORGHEAD or (_generic_body(st, i) and i > 0 and labels[i - 1] in (P_NOUN, P_NAME)
                                 and parts[i - 1].text not in L.NAME_STOP_NOUNS)):
        return None
    k = _head_start(st, i)
    if _leaders_of_government(st, k, i) or _class_phrase_before_copula(st, k, i):
        return i + 1
    if k < i or parts[i].text in L.STANDALONE_ORGS or lab == P_ORG:
        st.col.add(parts[k:i + 1], ORGANIZATION, st.ch)
        st.take(k, i + 1)
    return i + 1


@rule("organisations", "문화재 관리 기구인 문화재청, 저명 저널인 ‘…’ → no organisation '문화재 관리 기구' (it describes the name after it)",
      "orgs-class-phrase-before-copula")
def _class_phrase_before_copula(st: ChunkState, k: int, i: int) -> bool:
    """Common nouns ending in a body's head word, followed by the copula 인, describe the name
    that comes next; they name no body of their own."""
    after = st.after
    return after is not None and after.tag == "VCP" and k < i == st.n - 1 \
        and not any("NNP" in st.tags(q) for q in range(k, i))  # (the head word itself may be tagged NNP: 저널)


@rule("organisations", "최초의 철도건설기구인 철도국 → no organisation 철도건설기구 (it describes 철도국)",
      "orgs-class-word-before-copula")
def _class_word_before_copula(st: ChunkState, i: int) -> bool:
    """One compound of common nouns ending in a kind of body (기구, 기관, 단체), followed by the
    copula 인, describes the name that comes next; it names no body of its own."""
    after = st.after
    return i == st.n - 1 and after is not None and after.tag == "VCP" and st.parts[i].text.endswith(ORG_CLASS) \
        and len(st.tags(i)) >= 2 and all(tg == "NNG" for tg in st.tags(i))


@rule("organisations", "폴란드 공군, 루마니아 축구협회 → one organisation", "orgs-country-before-body")
def _country_before_generic_body(st: ChunkState, i: int) -> bool:
    """A generic body word takes the country before it (미국 상무부), but a whole body's name does not take home."""
    parts, labels = st.parts, st.labels
    return labels[i] == P_ORG and i > 0 and labels[i - 1] == P_PLACE and not st.used[i - 1] \
        and (_all_common(st, i) or _generic_compound(st.toks, parts[i])) \
        and parts[i].i1 - parts[i].i0 <= 2 \
        and not (_whole_body(parts[i].text) and (parts[i - 1].text in G.HOME_COUNTRY
                                                 or parts[i - 1].text in KOREAN_PLACES))


@rule("organisations", "동해중공업 노조 → organisation 동해중공업 노조", "orgs-sub-body")
def _body_with_sub_body(st: ChunkState, i: int) -> bool:
    """A body followed by its union or board (노조, 이사회) is a body of its own."""
    return st.labels[i] == P_ORG and i + 1 < st.n and (
        st.labels[i + 1] == P_NOUN and st.parts[i + 1].text in SUB_BODIES or _body_then_head(st, i))


@rule("organisations", "위키미디어 재단은, 삼성 연구소, 빅히트 뮤직은 → one organisation (not 위키미디어 alone)",
      "orgs-body-then-head")
def _body_then_head(st: ChunkState, i: int) -> bool:
    """A body's name written before a body's head word of its own (재단, 연구소, 협회) or a
    company name's loanword tail (`org_brand_tails`: 뮤직, 코리아) names the foundation,
    institute or company that body set up: one organisation."""
    return (st.labels[i + 1] == P_ORGHEAD or st.parts[i + 1].text in SPACED_BRAND_TAILS) and not st.used[i] \
        and (i == 0 or st.labels[i - 1] != P_ORG)


# 군 after a country is its armed forces; 주의회 after a state is the state's legislature; 상원
# and 하원 after a country (미국, 미) are its chambers (alone, 하원 is also leaving kindergarten)
_COUNTRY_FORMS = G.COUNTRIES | frozenset(L.SHORT_COUNTRY)
_BODY_OF_PLACE = {"군": G.COUNTRIES, "주의회": G.ALL_PLACES, "상원": _COUNTRY_FORMS, "하원": _COUNTRY_FORMS}


@rule("organisations", "이스라엘 군은, 일리노이 주의회는, 태국 하원은 → organisation (양평 군: a county; 하원 시간: no body)",
      "orgs-place-then-its-body")
def _place_then_its_body(st: ChunkState, i: int) -> bool:
    """A country followed by 군 written apart is the country's armed forces, a country followed by
    상원 or 하원 its chamber, and a place followed by 주의회 that state's legislature: one
    organisation, not the place alone (대한민국 군, the home country's forces, is the plain phrase
    'our military')."""
    if st.labels[i] != P_PLACE or i + 1 >= st.n:
        return False
    places = _BODY_OF_PLACE.get(st.parts[i + 1].text)
    return places is not None and st.parts[i].text in places and st.parts[i].text not in G.HOME_COUNTRY


def _class_descriptor(st: ChunkState, i: int, start_k: int) -> str | None:
    """The class noun written before an organisation (`반도체기업 인텔`), kept as its descriptor."""
    if st.labels[i] == P_ORG and start_k == i and i > 0 and st.labels[i - 1] == P_NOUN:
        d = st.parts[i - 1].text
        if d.endswith(ORG_CLASS):
            return d
    return None


def _org_or_place(st: ChunkState, i: int) -> int | None:
    """An organisation or place part is recorded as one (with the country before a generic body)."""
    lab = st.labels[i]
    if lab not in (P_ORG, P_PLACE):
        return None
    if lab == P_ORG and _class_word_before_copula(st, i):
        return i + 1
    if lab == P_ORG and i + 1 < st.n and _chamber_of(st, i, i + 1):
        return i + 1  # (상원 정보위원회: read with the committee after it)
    start_k = i
    if lab == P_ORG and i > 0 and not st.used[i - 1] and _chamber_of(st, i - 1, i):
        place_first = i > 1 and st.labels[i - 2] == P_PLACE and not st.used[i - 2]
        start_k = i - 2 if place_first else i - 1  # (일본 중의원 예산위원회: the country, too)
    elif _country_before_generic_body(st, i):
        start_k = i - 1  # (미국 상무부 stays one body, told apart from 중국 상무부; 대한민국 통일부 is 통일부)
        found = st.col.found
        if found and found[-1].start == st.parts[i - 1].start:
            found.pop()
    desc = _class_descriptor(st, i, start_k)
    if _body_with_sub_body(st, i) or _place_then_its_body(st, i):
        st.col.add(st.parts[start_k:i + 2], ORGANIZATION, st.ch)
        return i + 2
    kind = ORGANIZATION if lab == P_ORG else PLACE
    if kind == PLACE and _city_government_acts(st, i, start_k):
        kind = ORGANIZATION
    st.col.add(st.parts[start_k:i + 1], kind, st.ch, descriptor=desc)
    return i + 1


_MATCH_WORDS = word_set("actors_match_words")
_SPONSOR = re.compile(r"^(?:[A-Z]{2,4}|[가-힣]{2,4})$")


@rule("organisations", "전북 현대를 2-1로 꺾었다, 부산 KCC는 서울 SK를 눌렀다 → clubs 전북 현대, 부산 KCC, 서울 SK",
      "orgs-home-town-club")
def _home_town_club(st: ChunkState, i: int) -> int | None:
    """A Korean city or province written before a company (현대, SK) or a short Latin name in a
    sentence about a match names a professional club, by its home town and sponsor: one
    organisation, not the place and the company."""
    parts, labels = st.parts, st.labels
    if not (labels[i] == P_PLACE and i + 1 < st.n and not st.used[i] and parts[i].text in KOREAN_PLACES
            and (labels[i + 1] == P_ORG or labels[i + 1] == P_NAME and st.tags(i + 1) == ["SL"])
            and _SPONSOR.match(parts[i + 1].text) and _match_sentence(st)):
        return None
    st.col.add(parts[i:i + 2], ORGANIZATION, st.ch)
    st.take(i, i + 2)
    return i + 2


def _match_sentence(st: ChunkState) -> bool:
    """Does the chunk's sentence report a match (꺾었다, 홈경기, 세트)?"""
    s = st.doc.sentences[st.ch.sent]
    return any(t.form in _MATCH_WORDS for t in st.toks if s.start <= t.start < s.end)


@rule("organisations", "반도체기업 노바칩 → organisation 노바칩 (descriptor 반도체기업)", "orgs-class-noun-before")
def _class_noun_then_org(st: ChunkState, i: int) -> int | None:
    """An organisation class noun (기업, 방송사) before one or two names makes them a body, unless a post follows."""
    parts, labels, n = st.parts, st.labels, st.n
    if not (labels[i] == P_NOUN and i + 1 < n and labels[i + 1] == P_NAME and parts[i].text.endswith(ORG_CLASS)):
        return None
    j = i + 1
    while j < n and labels[j] == P_NAME and j - i <= 2:
        j += 1
    if j == n or labels[j] not in (P_ROLE,):
        st.col.add(parts[i + 1:j], ORGANIZATION, st.ch, descriptor=parts[i].text)
        return j
    return None


@rule("organisations", "두잇서베이 최종기 대표 → organisation 두잇서베이, person 최종기", "orgs-before-full-name")
def _org_before_full_name(st: ChunkState, i: int, j: int) -> int | None:
    """An unknown proper noun written before a Korean full name is the organisation of that person."""
    name_parts = st.parts[i:j]
    if j - i == 2 and _proper_word(st, name_parts[0]) \
            and affiliation_before_name(name_parts[0].text, name_parts[1].text, _korean_name):
        st.col.add(name_parts[:1], ORGANIZATION, st.ch, confidence=0.5)
        st.used[i] = True
        return i + 1
    return None


def _proper_word(st: ChunkState, p: Part) -> bool:
    """One proper noun, or nouns with a proper noun first (넥스트/NNP 플레이/NNG: a company's name)."""
    toks = [st.toks[k] for k in range(p.i0, p.i1)]
    return toks[0].tag == "NNP" and all(t.tag in ("NNP", "NNG") for t in toks)


@rule("organisations", "인파르팍스 통신, 도이체 벨레 방송 → one organisation", "orgs-name-kind-noun")
def _name_with_kind_noun(st: ChunkState, i: int, j: int) -> int | None:
    """A name followed by a kind of body written apart (통신, 방송, 재단) is that body."""
    if j < st.n and st.labels[j] == P_NOUN and st.parts[j].text in ATTACHED_KINDS:
        st.col.add(st.parts[i:j + 1], ORGANIZATION, st.ch)
        st.take(i, j + 1)
        return j + 1
    return None


@rule("organisations", "토고 축구 협회, 바이든 행정부 → one organisation", "orgs-name-then-body")
def _name_then_body_word(st: ChunkState, i: int, j: int) -> int | None:
    """A name, common nouns and a body word after them (or a generic body word right after it) are one body.
    A known body's own name is no body word: `교학사 한국사 교과서 위키백과` names no body."""
    parts, labels = st.parts, st.labels
    k = j
    while k < st.n and labels[k] == P_NOUN:
        k += 1
    known = parts[k].text in L.ORGS or parts[k].text in O.ALL if k < st.n else False
    if k < st.n and labels[k] == P_ORG and not known and (k > j or st.toks[parts[k].i0].tag != "NNP"):
        st.col.add(parts[i:k + 1], ORGANIZATION, st.ch)
        st.take(i, k + 1)
        return k + 1
    return None
