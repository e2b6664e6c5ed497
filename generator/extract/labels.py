"""Labels of the parts of a noun chunk: place, organisation, role, anonymous head, name, noun.

A part (one spelled word, see `doc`) is labelled once from its form, its morphemes' tags,
the gazetteer (`gazetteer`), the organisation lexicon (`orglex`) and suffix rules with
guards against common nouns; `actors` reads the label sequences.
"""
from __future__ import annotations

import functools
import logging
import re
from dataclasses import dataclass

from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .doc import Doc, Part
from .label_words import (  # noqa: F401
    _ORG_MAX,
    _ORG_SUF,
    _PLACE_MAX,
    _PLACE_SUF,
    _REGION,
    COMPANY_TAILS,
    COMPOUND_BODIES,
    DEMONYM_STEMS,
    GEO_HEADS,
    HEADED_BODIES,
    INSTITUTION_HEADS,
    MILITARY_STEMS,
    NOT_GEO_STEM_ENDS,
    PLACE_TITLES,
    PUBLIC_PREFIXES,
    RESEARCHER_RANKS,
    ROLE_SET,
    STATE_NOUNS,
    UNIT_AFTER_PLACE,
    VESSEL_SUFFIX,
    _brand_company,
    _demonym,
    _geo_name,
    _institute,
    _place_title,
    _place_unit,
    _public_institution,
    _role_suffix,
    post_with_nim,
    _school,
    _stationed_in,
    _suffix_index,
    _suffix_tokens,
    _suffixes,
    _vessel,
    c_hangul,
    is_short_run,
)
from .rules import rule
from .textutil import HANGUL, HANGUL_ANY
from .wordlists import word_set, words

log = logging.getLogger(__name__)

# part labels
P_PLACE, P_ORG, P_ROLE, P_ANON, P_NAME, P_NOUN, P_NUM, P_MOD = ("place", "org", "role", "anon", "name", "noun", "num", "mod")
P_ORGHEAD = "orghead"  # 협회, 연구소, 대학교 written as a word of its own

ORG_CLASS = words("actors_org_class_nouns")
PLACE_CLASS = words("actors_place_class_nouns")
MILITARY_UNITS = words("actors_military_units")
MILITARY = word_set("actors_military_forces")
LOCATIVE = frozenset(("에서", "에서는", "에서도"))
_HANGUL = HANGUL  # (old names, imported by other modules)
_HANGUL_ANY = HANGUL_ANY
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


_LABELS: dict[tuple, str] = {}


def label_part(toks, p: Part) -> str:
    if p.label is None:
        # a label depends only on the part's spelling and morphemes: shared across articles
        if p.i1 - p.i0 == 1:  # (most parts: the same key, built without a list)
            t = toks[p.i0]
            key = (p.text, (t.form, t.tag))
        else:
            key = (p.text, *[(toks[k].form, toks[k].tag) for k in range(p.i0, p.i1)])
        lab = _LABELS.get(key)
        if lab is None:
            if len(_LABELS) > 200_000:
                _LABELS.clear()
            lab = _LABELS[key] = _label_part(toks, p)
        p.label = lab
    return p.label


@dataclass
class _Word:
    """A part being labelled: its text, morpheme tags and what the rules ask of them."""
    toks: list
    p: Part
    t: str
    tags: list[str]
    nnp: bool
    proper: bool
    not_org: bool


def _word(toks, p: Part) -> _Word:
    t = p.text
    tags = [toks[k].tag for k in range(p.i0, p.i1)]
    nnp = "NNP" in tags
    proper = nnp or "SH" in tags or (len(tags) == 1 and tags[0] == "NNG" and len(t) >= 5)
    not_org = t in L.NOT_ORG or (len(t) >= 2 and t.endswith(L.NOT_ORG_ENDINGS) and t not in L.ORGS and t not in O.ALL)
    return _Word(toks, p, t, tags, nnp, proper, not_org)


CELESTIAL = word_set("celestial_bodies")


@rule("actors", "천왕성이 달 뒤로 숨었다 → no person or place 천왕성 (a planet)", "actors-celestial-body")
def _celestial_body(w: _Word) -> str | None:
    """A planet, moon, star or comet (`celestial_bodies`) is a plain noun, whatever its shape."""
    return P_NOUN if w.t in CELESTIAL else None


@rule("organisations", "28사단, 3군사령부 → organisation", "orgs-numbered-military-unit")
def _numbered_unit(w: _Word) -> str | None:
    """A number and a military unit noun (사단, 군단, 함대) is an organisation."""
    return P_ORG if w.tags[0] == "SN" and len(w.tags) >= 2 and w.t.endswith(MILITARY_UNITS) else None


_NUMBERED_POST = re.compile(r"^제?\d{1,2}(\D+)$")


@rule("people", "윤경호 국가안보실 1차장, 제1부부장 → a post (a numbered deputy)", "people-numbered-post")
def _numbered_post(w: _Word) -> str | None:
    """A number (or 제 and a number) written on a post noun (1차장, 2차관, 제1부부장) is the post."""
    if w.tags[0] not in ("SN", "XPN") or len(w.tags) < 2:
        return None
    m = _NUMBERED_POST.match(w.t)
    return P_ROLE if m and m.group(1) in ROLE_SET else None


def _number(w: _Word) -> str | None:
    """Numbers, and an ordinal with its counter (제44/SN 대/NNB)."""
    tags = w.tags
    if all(tg in ("SN", "NR") for tg in tags) or (tags[0] == "SN") or (
            tags[-1] == "NNB" and "SN" in tags and all(tg in ("XPN", "SN", "NNB") for tg in tags)):
        return P_NUM
    return None


def _demonym_noun(w: _Word) -> str | None:
    """A country's or community's name with 인/계 (한국인, 미국인들, 한국계) names people of it, not a place."""
    return P_NOUN if _demonym(w.t) else None


def _known_place(w: _Word) -> str | None:
    """A place the gazetteer knows, or a station or constituency of one (대전역, 부천병)."""
    if G.place_kind(w.t, w.nnp):
        return P_PLACE
    if w.t[-1:] in "역갑을병" and _place_unit(w.t):
        return P_PLACE
    return None


def _not_org_word(w: _Word) -> str | None:
    """Words the lexicon says are no body (and not a state's name)."""
    return P_NOUN if w.not_org and not w.t.endswith(STATE_NOUNS) else None


def _short_country(w: _Word) -> str | None:
    """`美`, `韓美日`, `한·미`: a country's short form, or several written together."""
    t, tags = w.t, w.tags
    if t in L.SHORT_COUNTRY and len(t) == 1 and tags[0] in ("NNP", "SH") and t not in ("한", "남"):
        return P_PLACE
    if len(t) > 1 and is_short_run(t) and tags[0] in ("NNP", "SH"):
        return P_PLACE
    return None


@rule("organisations", "볼보트럭코리아, 해병대 → organisation", "orgs-known-or-brand")
def _known_org(w: _Word) -> str | None:
    """A body the lexicon knows, an armed force, or a known brand with company words written on (볼보트럭코리아);
    a known name that is also a common noun (현대, 기아) only as a proper noun."""
    t = w.t
    if t in _COMMON_WORD_ORGS and not w.nnp:
        return None  # 현대에 복원해: the era, not the company (현대/NNG)
    if t in L.ORGS or t in O.ALL or t in MILITARY or t in L.STANDALONE_ORGS or _brand_company(t):
        return P_ORG
    return None


_COMMON_WORD_ORGS = word_set("known_orgs_common_words")


def _word_class(w: _Word) -> str | None:
    """Latin titles (CEO), a body's kind word alone (협회), modifiers of a post (전, 주한), anonymous heads."""
    t, toks, p = w.t, w.toks, w.p
    if w.tags[0] == "SL" and t in O.NOT_ORG_ACRONYMS:
        return P_ROLE if t in ROLE_SET else P_NOUN  # CEO, CFO before a name are titles
    if t in L.ORG_SUFFIXES and t not in L.WEAK_ORG_SUFFIXES and t not in L.GENERIC_ORG:
        return P_ORGHEAD
    if t in L.ROLE_MODIFIERS or _stationed_in(t):
        return P_MOD
    head = toks[p.i1 - 1].form
    if head in ("들", "등") and p.i1 - p.i0 >= 2:  # 목격자들, 관계자들: the noun before the plural
        head = toks[p.i1 - 2].form
    return P_ANON if head in L.ANON_HEADS else None


@rule("organisations", "국립허리케인센터 → organisation; 건설정책연구원 → institute, 수석연구원 → post", "orgs-institution")
def _institution(w: _Word) -> str | None:
    """A state institution named by its field (국립…센터) or an institute (…연구원 after a field) is an organisation."""
    return P_ORG if _public_institution(w.t) or _institute(w.toks, w.p) else None


@rule("people", "도시교통본부장, 종로경찰서장 → post", "people-post-word")
def _post_word(w: _Word) -> str | None:
    """A word ending in a post (본부장), a place's head (서울시장), a body's name + 장 (경찰서장), a
    job ending in 원 (구조대원) or a post's team (교수팀) is a post."""
    t, tags = w.t, w.tags
    if _suffix_tokens(w.toks, w.p, ROLE_SET) or _role_suffix(t, tags) or _place_title(t, tags) or post_with_nim(t):
        return P_ROLE
    if (len(t) >= 3 and t[-1] == "팀" and t[:-1] in ROLE_SET) or (len(t) >= 3 and t.endswith(_JOBS_IN_WON)):
        return P_ROLE  # 이준호 교수팀 (the professor's team: he leads it), 구조대원 메흐메트 일디즈
    if len(t) >= 3 and t[-1] == "장" and (t[:-1] in L.ORGS or t[:-1] in O.ALL
                                          or (len(t) >= 5 and t[:-1].endswith(HEADED_BODIES))):
        return P_ROLE  # 금감원장, 종로경찰서장, 한국안전전문가협회장: the head of a body
    return None


def _vessel_noun(w: _Word) -> str | None:
    """Ships and satellites (세월호, 천안함, 나로호) and honorific bound nouns name no place or body."""
    if w.t in L.HONORIFIC_NNB:
        return P_NOUN
    if w.nnp and len(w.tags) == 1 and _vessel(w.t):
        return P_NOUN
    last = w.toks[w.p.i1 - 1]
    if w.nnp and len(w.tags) >= 2 and last.form in VESSEL_SUFFIX and last.tag in ("NNG", "XSN"):
        return P_NOUN
    return None


@rule("people", "야마모토 요시노부, 세르게이 쇼이구 → a name (no body 요시노+부, no district 쇼이+구)",
      "people-spaced-dictionary-name")
def _spaced_dictionary_name(w: _Word, suf: str) -> bool:
    """One proper-noun morpheme written with a space is a multi-word name from the analyser's
    dictionary (mostly people's): its last syllable alone is no body's or district's suffix
    (a place's or body's first word, `미 항공우주국`, and a longer head, `국제공항`, still are)."""
    if len(suf) != 1 or " " not in w.t or w.tags[0] != "NNP" or len(w.tags) > 2 \
            or " " not in w.toks[w.p.i0].form:
        return False  # (나카무라 히로/NNP 시/NNG: the analyser cut the name's last syllable off)
    first = w.t.split()[0]
    return first not in G.ALL_PLACES and first not in L.SHORT_COUNTRY and first not in L.ORGS


def _org_by_suffix(w: _Word) -> str | None:
    """A word ending in an organisation suffix (협회, 군, 부) is a body, with guards for names and plain words."""
    if w.not_org:
        return None
    if _list_of_kinds(w.t):
        return P_NOUN
    longest_place = max((len(x) for x in _suffixes(w.t, _PLACE_SUF, _PLACE_MAX)), default=0)
    for suf in _suffixes(w.t, _ORG_SUF, _ORG_MAX):
        if len(suf) < longest_place:
            return None  # 용산공원: the place head 공원 holds the body head 원
        if _spaced_dictionary_name(w, suf):
            return None
        verdict = _org_suffix_verdict(w, suf)
        if verdict is not None:
            return verdict
    return None


@rule("organisations", "사회과학대·공과대·사범대 등 단과대학 → no organisation (a list of kinds of college)",
      "orgs-dotted-list-of-kinds")
def _list_of_kinds(word: str) -> bool:
    """Words joined by middle dots that each end in a body's suffix list several bodies, not one
    (항공·철도사고조사위원회, whose first word has no suffix, stays one body)."""
    pieces = word.split("·")
    return len(pieces) >= 2 and sum(bool(_suffixes(x, _ORG_SUF, _ORG_MAX)) for x in pieces) >= 2


@rule("organisations", "정부군, 반군 → organisation; 천리마군 → a county; 최재원 → a name", "orgs-suffix")
def _org_suffix_verdict(w: _Word, suf: str) -> str | None:
    """One organisation suffix of the word: an armed force, a body named by common nouns, or not a body (None)."""
    t, tags, proper, toks, p = w.t, w.tags, w.proper, w.toks, w.p
    stem = t[: -len(suf)]
    if suf == "군" and not (stem in G.COUNTRIES or stem.endswith(MILITARY_STEMS) or stem in L.SHORT_COUNTRY):
        return None  # 천리마군, 상원군: a county, not an army (미군, 러시아군, 정부군 are armies)
    if suf == "군" and len(stem) >= 2 and stem in MILITARY_STEMS:
        return P_ORG  # 방위군, 정부군, 반군: an armed force named by its kind
    if suf in L.GENERIC_ORG and not (proper or "SL" in tags) \
            and not (suf in COMPOUND_BODIES and len(tags) >= 2 and len(stem) >= 2 and toks[p.i1 - 1].form == suf
                     and all(tg == "NNG" for tg in tags)):
        return None  # NK뉴스, KB증권 (철도노조, 건강보험공단: a body named by common nouns + its kind)
    if suf in L.WEAK_ORG_SUFFIXES:
        if suf in _OFFICE_SUFFIXES and _transliterated(stem):
            return None  # 스컬프처, 어드벤처: a loanword ends in 처, no 보훈처
        if toks[p.i1 - 1].form == suf and toks[p.i1 - 1].tag == "XSN":
            return None  # 초반대, 가격대, 연령대: a derivational suffix (a range), no university
        if suf == "원" and t.endswith(_JOBS_IN_WON) and t not in L.ORGS and t not in O.ALL:
            return None  # 동물보호감시원, 구조대원: a person's job or membership, no body
        if suf in ("원", "국", "실") and tags == ["NNP"] and _korean_name(t):
            return None  # 최재원, 최순실: a Korean name (known bodies such as 국정원, 감사원 are in the lexicon)
        last = toks[p.i1 - 1].form
        if not proper and last != suf and len(last) < 3:
            return None  # 군입대 (입대), 양형부당 (부당): the suffix ends a plain word (식품부, 우주국 pass)
        ministry = suf in ("부", "청", "처") and len(t) >= 3 and tags[-1] == "NNG"
        if len(stem) < 2 or not (proper or len(tags) >= 2 or ministry):
            return None
        if suf in ("원", "대") and not proper and len(tags) < 2:
            return None
    elif len(stem) < 2 and not proper:
        return None
    if _one_syllable_before_long_head(stem, suf):
        return None
    return P_ORG


@rule("organisations", "대기업 → no body (대+기업 'large company'), 경전선 → no body (경+전선 'front')",
      "orgs-one-syllable-before-long-head")
def _one_syllable_before_long_head(stem: str, suf: str) -> bool:
    """One Hangul syllable before a head of two or more (대+기업, 경+전선) is no body's name: a
    body named by its kind has a name of its own before it (카빈다해방+전선); bodies with
    short names are in the lexicon."""
    return len(stem) == 1 and len(suf) >= 2 and "가" <= stem <= "힣"


_OFFICE_SUFFIXES = frozenset("처청실")
_JOBS_IN_WON = tuple(words("people_jobs_ending_in_won"))


@rule("organisations", "플루이딕 스컬프처, 텍스처 → no body (프, 스: an open ㅡ syllable is a loanword's)",
      "orgs-loanword-stem")
def _transliterated(stem: str) -> bool:
    """A Hangul syllable with the vowel ㅡ and no final consonant (스, 프, 크, 트, 드) is never
    Sino-Korean: a stem with one spells a foreign word. The heads of Korean government offices
    (처, 청, 실: 보훈처, 기상청, 비서실) follow Sino-Korean stems, so after such a stem they end
    the loanword (스컬프처 'sculpture'). Foreign bodies keep their heads (하버드대, 리쿠드당)."""
    return any("가" <= c <= "힣" and (ord(c) - 0xAC00) % 588 // 28 == 18 and (ord(c) - 0xAC00) % 28 == 0
               for c in stem)


@rule("places", "중부지방, 수도권, 대전시 → place; 단원고 → a school", "places-region-or-school")
def _region_or_school(w: _Word) -> str | None:
    """A city or province with 시/도, a region of the country (중부지방, 수도권), or a school named after its district."""
    t = w.t
    if len(t) >= 3 and t[-1] in "시도" and (t[:-1] in L.PLACES or t[:-1] in L.COUNTRIES) \
            and not (t[-1] == "도" and t[:-1] in L.COUNTRIES):
        return P_PLACE  # (멕시코시, 쿠웨이트시: a country's capital; no country has a province 도: 그리스도)
    if _REGION.match(t):
        return P_PLACE  # 중부지방, 영동 지방, 남부지방: a region of the country
    if w.nnp and len(w.tags) == 1 and _school(t):
        return P_ORG  # 단원고, 경기고: a school named after its district
    return None


@rule("places", "시루봉, 괴연저수지 → place", "places-geographic-head")
def _geographic_name(w: _Word) -> str | None:
    """A name unknown to the analyser with a geographic head (봉, 폭포, 저수지) is a place."""
    if len(w.tags) == 1 and (w.nnp or getattr(w.toks[w.p.i0], "oov", False)) and _geo_name(w.t) \
            and not (w.t.endswith("산") and not w.nnp and _transliterated(w.t[:-1])):
        return P_PLACE  # (카르복실산: an acid, a loanword the analyser does not know)
    return None


def _place_by_suffix(w: _Word) -> str | None:
    """A proper word ending in a place suffix (주, 시, 산, 섬) is a place, with guards."""
    if not w.proper:
        return None
    sufs = list(_suffixes(w.t, _PLACE_SUF, _PLACE_MAX))
    if sufs and royal_name(w.t):
        return P_NAME  # 흥선대원군, 양녕대군: a prince, not a county
    for suf in sufs:
        if _spaced_dictionary_name(w, suf):
            return None
        verdict = _place_suffix_verdict(w, suf)
        if verdict is not None:
            return verdict
    return None


_JOBS_LIKE_PLACES = tuple(words("people_jobs_ending_like_places"))


@rule("places", "버지니아 주 → place; 미국산, 카르복실산 → no mountain; 안전신호수 → no lake", "places-suffix")
def _place_suffix_verdict(w: _Word, suf: str) -> str | None:
    """One place suffix of a proper word: a place, a plain noun (미국산, an acid), or not decided (None)."""
    t, tags, toks, p = w.t, w.tags, w.toks, w.p
    stem = t[: -len(suf)]
    if suf == "산" and (stem in G.COUNTRIES or toks[p.i1 - 1].tag == "XSN"):
        return P_NOUN  # 미국산, 국내산: "made in", not a mountain
    if suf == "산" and not w.nnp and any(c in "그느드르므브스즈츠크트프흐" for c in stem):
        return P_NOUN  # 카르복실산, 아스코르브산: an acid (a transliterated stem), not a mountain
    if stem in G.NOT_PLACE or t in G.NOT_PLACE or suf in ("섬", "산", "강") and stem[-1:] in NOT_GEO_STEM_ENDS:
        return None
    if t.endswith(_JOBS_LIKE_PLACES):
        return P_NOUN  # 안전신호수: a signalman, not a lake
    if suf in L.WEAK_PLACE_SUFFIXES:
        # 버지니아/NNP 주/NNG: the suffix is a morpheme of its own; one proper-noun morpheme
        # only for districts (강남구), since names end in 시/도/주/현 too (펠로시, 곽상도)
        if len(stem) < 2 or _name_shaped_state(t, stem, suf) and not _after_country(w):
            return None
        if (len(tags) == 1 or toks[p.i1 - 1].form != suf) \
                and not (len(tags) == 1 and suf in L.DISTRICT_SUFFIXES and len(t) >= 3):
            return None
    elif len(stem) < 2:
        return None
    return P_PLACE


@rule("places", "중국의 진징주가 → no state 진징+주 (a name of three syllables); 뉴욕주, 파키스탄 신드주 → place",
      "places-state-suffix-needs-stem")
def _name_shaped_state(t: str, stem: str, suf: str) -> bool:
    """A word of three syllables ending in 주 whose stem of two is no place we know is shaped like
    a person's name (진징주, 왕주), not a state: states with short stems are known (뉴욕주, 유타주),
    and one written right after its country stays a state (파키스탄 신드주)."""
    return suf == "주" and len(t) == 3 and stem not in G.ALL_PLACES and not G.place_kind(stem, True)


def _after_country(w: _Word) -> bool:
    """Is the word written right after a country's name, with no particle (파키스탄 신드주)?"""
    k = w.p.i0 - 1
    return k >= 0 and w.toks[k].form in G.COUNTRIES and w.toks[k].end < w.toks[w.p.i0].start


_ROYAL_TITLES = tuple(words("people_royal_titles"))


@rule("people", "세종대왕은, 흥선대원군은 → person (not the county 흥선대원+군)", "people-royal-title")
def royal_name(text: str) -> bool:
    """A name with a royal or noble title written on (`people_royal_titles`: 대왕, 대원군, 황후,
    세자), at least two syllables before it, is a person's."""
    return any(text.endswith(t) and len(text) - len(t) >= 2 for t in _ROYAL_TITLES) and _HANGUL.match(text) is not None


@rule("places", "경부선 열차, 경전선 복선전철 → place 경부선, 경전선 (a railway line)", "places-railway-line")
def _railway_line(w: _Word) -> str | None:
    """A proper noun of three syllables ending in 선 that the analyser knows as one word, in a
    paragraph about railways (`actors_railway_context`: 열차, 노선 …), is a railway line, named by
    the places it joins (경부선: 경성-부산), which is a place (박영선 in a paragraph about politics
    stays a name)."""
    t = w.t
    if w.tags == ["NNP"] and len(t) == 3 and t.endswith("선") and _HANGUL.match(t) and t not in L.KNOWN_PEOPLE \
            and any(tok.form in _RAILWAY_WORDS for tok in w.toks):
        return P_PLACE
    return None


_RAILWAY_WORDS = word_set("actors_railway_context")


def _name(w: _Word) -> str | None:
    """A proper noun, a Latin acronym, or a Korean name the analyser split into syllables (성/혜/림)."""
    t, tags = w.t, w.tags
    if w.proper:
        return P_NAME
    if tags[0] == "SL" and len(tags) == 1 and _ACRONYM.match(t):
        return P_NAME
    if len(tags) == 3 and len(t) == 3 and t[0] in L.SURNAMES and _HANGUL.match(t):
        return P_NAME
    return None


_PERSON_CLASS_ENDS = tuple(w for w in words("people_class_nouns") if len(w) >= 2)


@rule("people", "결혼이주여성 응우옌티흐엉(31)씨 → person 응우옌티흐엉 (결혼이주여성 describes her)",
      "people-class-noun-compound")
def _person_class_compound(w: _Word) -> str | None:
    """A compound ending in a noun for a person by sex, age or group (…여성, …청년, …주민) is a
    description, not a name, however the analyser tags it."""
    t = w.t
    if len(t) >= 4 and w.tags == ["NNP"] and t.endswith(_PERSON_CLASS_ENDS) and not _korean_name(t) and " " not in t \
            and t not in L.ORGS:
        return P_NOUN
    return None


_MIXED_SCRIPT = re.compile(r"^(?:[A-Z]{2,5}[가-힣]{2,10}|[가-힣]{1,8}[A-Z]{2,5})$")


@rule("organisations", "토트넘 홋스퍼, 대구FC → organisation (a club)", "orgs-club-word-in-word")
def _club_in_word(w: _Word) -> str | None:
    """A word with a club's word glued on (대구FC) or a dictionary name whose last word is a
    club's (토트넘 홋스퍼) is a club."""
    t = w.t
    if (" " in t and t.rsplit(" ", 1)[1].lower() in L.TEAM_WORDS) or (
            len(t) >= 4 and (t.endswith("FC") or t.startswith("FC")) and _MIXED_SCRIPT.match(t)):
        return P_ORG
    return None


_MISSIONS = ("총영사관", "영사관", "대사관", "대표부")


@rule("organisations", "주미대사관, 주일본대사관 → organisation (a mission in that country)", "orgs-stationed-mission-word")
def _stationed_mission_word(w: _Word) -> str | None:
    """주 + a country (or its one-syllable form) + 대사관, 영사관, 대표부, written as one word, is
    that country's mission."""
    t = w.t
    if not t.startswith("주") or not t.endswith(_MISSIONS):
        return None
    middle = t[1:-next(len(m) for m in _MISSIONS if t.endswith(m))]
    return P_ORG if middle in L.SHORT_COUNTRY or middle in G.COUNTRIES or middle == "유엔" else None


@rule("organisations", "LG에너지솔루션, 제주MBC → a proper name (a list of bodies then makes it one)",
      "orgs-mixed-script-name")
def _mixed_script_name(w: _Word) -> str | None:
    """A word of Latin capitals and Hangul written together, that no other rule labelled, is a
    proper name, whatever the analyser's tags."""
    return P_NAME if len(w.tags) >= 2 and w.tags[0] in ("SL", "NNP", "NNG") and _MIXED_SCRIPT.match(w.t) else None


_BRAND_TAILS = tuple(sorted(word_set("org_brand_tails"), key=len, reverse=True))
_BRAND_TAIL_WORDS = word_set("org_brand_tail_words")  # (에듀테크, 볼륨파마: an industry, a perm)


@rule("organisations", "빅히트뮤직은, 블루문뮤직, JW테크 → organisation; 댄스뮤직, 하이테크 → none (words the analyser knows)",
      "orgs-brand-tail")
def _brand_tail(w: _Word) -> str | None:
    """A word ending in a loanword tail of company names (`org_brand_tails`: 뮤직, 게임즈, 코리아,
    테크), two syllables or more before it, is a company when the analyser does not know the word
    (one unknown noun) or reads its stem as a proper noun or Latin letters; a compound of words
    it knows (댄스뮤직) and the ordinary words of `org_brand_tail_words` (에듀테크) are not."""
    t = w.t
    tail = next((x for x in _BRAND_TAILS if t.endswith(x) and len(t) - len(x) >= 2), None)
    if tail is None or not _HANGUL_ANY.search(t) or t in _BRAND_TAIL_WORDS:
        return None
    toks = [w.toks[k] for k in range(w.p.i0, w.p.i1)]
    unknown_word = len(toks) == 1 and toks[0].oov
    proper_stem = len(toks) >= 2 and toks[-1].form == tail and all(x.tag in ("NNP", "SL") for x in toks[:-1])
    return P_ORG if unknown_word or proper_stem else None


_KNOWN_THEN_LATIN = re.compile(r"^([가-힣]{2,})([A-Z]{2,5})$")


@rule("organisations", "현대EP 울산공장, 삼성SDS는 → organisation (a known group's name + Latin letters)",
      "orgs-known-name-then-latin")
def _known_then_latin(w: _Word) -> str | None:
    """A known organisation's name with Latin capitals written on (현대EP, 삼성SDS, 롯데GRS) is a
    company of that group."""
    m = _KNOWN_THEN_LATIN.match(w.t)
    return P_ORG if m and (m.group(1) in O.ALL or m.group(1) in L.ORGS) else None


_LABEL_RULES = (_celestial_body, _numbered_unit, _numbered_post, _number, _person_class_compound, _demonym_noun, _known_place, _railway_line, _not_org_word,
                _short_country, _known_org, _club_in_word, _stationed_mission_word,
                _word_class, _institution, _post_word, _vessel_noun, _org_by_suffix, _brand_tail, _known_then_latin,
                _region_or_school,
                _geographic_name, _place_by_suffix, _name, _mixed_script_name)
"""Tried in this order; the first label given is the part's (a plain noun if none is)."""


def _label_part(toks, p: Part) -> str:
    w = _word(toks, p)
    for label_rule in _LABEL_RULES:
        lab = label_rule(w)
        if lab is not None:
            return lab
    return P_NOUN


def _person_like(doc: Doc, parts: list[Part]) -> bool:
    """A person's name is written in Hangul (an acronym before a role is an organisation or a term)."""
    text = doc.text[parts[0].start:parts[-1].end]
    return any("가" <= c <= "힣" for c in text) and not _place_unit(parts[-1].text)


def _latin_glossed(doc: Doc, part: Part) -> bool:
    if part.gloss is None:
        return False
    toks = doc_toks(doc, part)
    if not toks:
        return False
    inner = doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start]
    return bool(re.match(r"^[A-Za-z]", inner.strip()))


_NAME_ASPIRATED = word_set("given_name_aspirated_syllables")
_RARE_NAME_INITIALS = frozenset((1, 4, 8, 10, 13, 15, 16, 17))  # ㄲ ㄸ ㅃ ㅆ ㅉ ㅋ ㅌ ㅍ


@rule("people", "김재환 → a Korean full name; 신칸센, 신주쿠 → no (칸, 쿠: a transliteration)", "people-korean-name-shape")
@functools.lru_cache(maxsize=65536)
def _korean_name(text: str) -> bool:
    """Three Hangul syllables, a surname first, and a given name without the syllables Korean
    given names do not use (ㅋ/ㅌ/ㅍ or a doubled consonant first, bar 태, 필, 표 …); or four,
    after a surname of two syllables (남궁혜원, 제갈민호, 황보다은)."""
    if len(text) == 4 and text[:2] in L.SURNAMES:
        given = text[2:]
    elif len(text) == 3 and text[0] in L.SURNAMES:
        given = text[1:]
    else:
        return False
    return _HANGUL.match(text) is not None \
        and not any((ord(c) - 0xAC00) // 588 in _RARE_NAME_INITIALS and c not in _NAME_ASPIRATED for c in given)



NOT_NAME_END = word_set("actors_not_name_end_syllables")  # (한국어, 고기압)


def _hanja_glossed(doc: Doc, part: Part) -> bool:
    """`기시다 후미오(岸田文雄)`: a proper name glossed in Hanja is a person's."""
    if part.gloss is None:
        return False
    toks = doc_toks(doc, part)
    inner = doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start]
    first = re.split(r"[,，·]", inner)[0].strip()
    # (two Hanja gloss a word rather than name a person: 총안(銃眼), 전안(箭眼))
    if len(part.text) >= 5 and _HANGUL.match(part.text) and len(first) == len(part.text):
        return False  # 서북공심돈(西北空心墩): one Hanja a syllable over five syllables names a thing, not a person
    return bool(first) and all("\u3400" <= c <= "\u9fff" for c in first) and 3 <= len(first) <= 6


def doc_toks(doc: Doc, part: Part):
    for p in doc.paras:
        if p.start <= part.start <= p.start + len(p.text):
            return p.toks
    return []
