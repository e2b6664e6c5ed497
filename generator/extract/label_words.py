"""Word-shape tests the part labels use (`labels`): suffixes, institutions, schools, regions,
geographic names, vessels, demonyms, posts written on a name, brands, units of a place.

Each test looks at one word's spelling (and sometimes its morphemes) against the gazetteer,
the lexicons and the word lists in `data/actors_*.yml`.
"""
from __future__ import annotations

import re

from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .doc import Part
from .rules import rule
from .textutil import HANGUL as _HANGUL
from .textutil import HANGUL_ANY as _HANGUL_ANY
from .wordlists import word_set, words


def _suffix_tokens(toks, p: Part, words) -> str | None:
    """The longest of `words` equal to the part's last 1-3 morphemes joined."""
    best = None
    s = ""
    for k in range(p.i1 - 1, max(p.i0 - 1, p.i1 - 4), -1):
        s = toks[k].form + s
        if s in words:
            best = s
    return best


def _suffix_index(words) -> tuple[dict[str, str], int]:
    return {w: w for w in words}, max(len(w) for w in words)


_ORG_SUF, _ORG_MAX = _suffix_index(L.ORG_SUFFIXES)
_PLACE_SUF, _PLACE_MAX = _suffix_index(L.PLACE_SUFFIXES)


def _suffixes(t: str, index: dict[str, str], longest: int):
    """Suffixes of t found in index, longest first (a few dict lookups, not a scan of the list)."""
    for k in range(min(longest, len(t) - 1), 0, -1):
        s = t[-k:]
        if s in index:
            yield s


# kinds of body that common nouns name on their own (철도노조, 금속노조, 건강보험공단, 교육재단)
COMPOUND_BODIES = word_set("actors_compound_bodies")
# bodies whose head is written NAME + 장 (경찰서장, 협회장, 연구원장, 공사장 is a building site)
HEADED_BODIES = words("actors_headed_bodies")
STATE_NOUNS = words("actors_state_nouns")  # 크림자치공화국: a state (a place), not an organisation
VESSEL_SUFFIX = frozenset("호함")
MILITARY_STEMS = words("actors_military_stems")


# stems that with 인/계 name people of a community (besides countries and regions)
DEMONYM_STEMS = word_set("actors_demonym_stems")
# a stem ending so makes X+섬/산/강 a plain word, not a mountain, island or river
NOT_GEO_STEM_ENDS = word_set("actors_not_geo_stem_ends")


# who founds a public institution: 국립 (the state), 왕립 (the crown), 시립/도립 (a city, a province)
PUBLIC_PREFIXES = words("actors_public_prefixes")
# what such an institution is (국립공원 is a park: a place, not a body)
INSTITUTION_HEADS = words("actors_institution_heads")
# rank words that make ...연구원 a researcher's post (박사후연구원, 수석연구원)
RESEARCHER_RANKS = word_set("actors_researcher_ranks")


def _public_institution(t: str) -> bool:
    return t.startswith(PUBLIC_PREFIXES) and len(t) >= 5 and t.endswith(INSTITUTION_HEADS) and _HANGUL.match(t) is not None


def _institute(toks, p: Part) -> bool:
    """`건설정책연구원` (건설/정책/연구원), `한국천문연구원`: three morphemes or a proper noun before
    연구원 name an institute; `수석연구원`, `박사후연구원` are posts."""
    if toks[p.i1 - 1].form != "연구원" or p.i1 - p.i0 < 2:
        return False
    before = [toks[k] for k in range(p.i0, p.i1 - 1)]
    if any(tk.form in RESEARCHER_RANKS for tk in before):
        return False
    return len(before) >= 2 or before[0].tag == "NNP"


_REGION = re.compile(r"^(?:중|남|북|동|서|남동|남서|북동|북서|중서|중동|중남)부지방$|^영[동서]지방$"
                     r"|^(?:" + "|".join(words("actors_poll_regions")) + r")권$")  # (전라권, 경북권, 수도권: a region of polls and elections)
_SCHOOL_HEADS = words("actors_school_heads")


def _school(t: str) -> bool:
    """`단원고`, `경기여고`: a school abbreviated after the district or city it is in."""
    for h in _SCHOOL_HEADS:
        if t.endswith(h) and _HANGUL.match(t):
            stem = t[: -len(h)]
            if len(h) >= 2 and 4 <= len(stem) <= 6 and _place_stem(stem[:2]):
                return True  # 진주선명여고: a city and the school's own name, then 여고
            return 2 <= len(stem) <= 3 and _place_stem(stem)
    return False


def _place_stem(stem: str) -> bool:
    return (stem in G.KR_CITY_STEMS or stem in G.KR_AMBIGUOUS_STEMS or stem + "구" in G.KR_DISTRICTS
            or stem + "동" in G.KR_DISTRICTS or stem + "도" in G.KR_PROVINCES or stem + "시" in G.KR_DISTRICTS)


# heads of geographic names (mountains, waters, ports, villages, roads, markets)
# (not 리, 로, 역: transliterated names and common words end in them too: 힐러리, 카스트로, 고수온역)
GEO_HEADS = words("actors_geo_heads")


def _geo_name(t: str) -> bool:
    """One proper-noun (or out-of-vocabulary) word of a name and a geographic head (`시루봉`,
    `괴연저수지`, `보령호`). Heads that also end other words need more: 호 (a ship's name) and 항
    a known place before them, 시장 a name that is not a city's (부산시장 is its mayor)."""
    if not _HANGUL.match(t) or len(t) < 3:
        return False
    for h in GEO_HEADS:
        if t.endswith(h):
            stem = t[: -len(h)]
            if len(stem) < 2:
                return False
            if h in ("호", "항"):
                return stem in G.ALL_PLACES or G.place_kind(stem, True)
            if h == "시장":
                return not (stem in G.ALL_PLACES or G.place_kind(stem, True) or stem in G.KR_AMBIGUOUS_STEMS)
            return True
    return False


def _stationed_in(t: str) -> bool:
    """`주유엔`, `주러시아`, `주한`: 駐 + a country or body, before a diplomat's title."""
    if len(t) < 2 or t[0] != "주" or not _HANGUL.match(t):
        return False
    rest = t[1:]
    return rest in G.COUNTRIES or rest in O.INTERNATIONAL or rest in L.SHORT_COUNTRY


def _vessel(t: str) -> bool:
    """세월호, 천안함, 무궁화호 written as one proper noun (a Korean name such as 이주호 is not)."""
    if len(t) < 3 or t[-1] not in VESSEL_SUFFIX:
        return False
    return not (t[-1] == "호" and len(t) == 3 and t[0] in L.SURNAMES)


def _demonym(t: str) -> bool:
    t = t.removesuffix("들")
    if len(t) < 3 or t[-1] not in "인계":
        return False
    stem = t[:-1]
    return stem in G.COUNTRIES or stem in DEMONYM_STEMS or stem in G.REGIONS


ROLE_SET = frozenset(L.ROLE_HEADS)
_ROLE_SUF, _ROLE_MAX = _suffix_index([r for r in L.ROLE_HEADS if len(r) >= 2 and r not in L.RISKY_ROLE_SUFFIXES
                                      and r not in L.WEAK_ROLE_HEADS])


def _role_suffix(t: str, tags) -> bool:
    """`도시교통본부장`, `천수만사업단장` kept as one common noun: a role head ends it."""
    if len(t) < 4 or any(tg not in ("NNG", "XSN", "NNP") for tg in tags) or not _HANGUL.match(t):
        return False
    return next(_suffixes(t, _ROLE_SUF, _ROLE_MAX), None) is not None or _scholar_of_field(t)


@rule("people", "봉준서 감독님께, 김 교수님은 → post 감독님, 교수님 (a post with the honorific 님)", "people-post-with-nim")
def post_with_nim(t: str) -> bool:
    """A post followed by the honorific suffix 님 (감독님, 교수님, 선생님) is still that post."""
    return len(t) >= 3 and t.endswith("님") and t[:-1] in ROLE_SET


# the syllable before 학 in verbal nouns of going to school (입학, 유학, 재학, 견학 …): 입학자 is an entrant
_SCHOOLING = frozenset("입유재휴퇴전취진통견복편")


@rule("people", "정치학자 잉리드 할보르센, 사회학자 → a post (a scholar of 정치학); 입학자, 조기유학자 → none",
      "people-scholar-of-field")
def _scholar_of_field(t: str) -> bool:
    """A word of four syllables or more ending in 학자 names a scholar of the field written
    before 자 (정치학, 물리학): an occupation, like 경제학자; 학자 alone stays a risky suffix, since
    입학자, 유학자 and 재학자 are people going to school."""
    return len(t) >= 4 and t.endswith("학자") and t[-3] not in _SCHOOLING


PLACE_TITLES = words("actors_place_titles")


def _place_title(t: str, tags) -> bool:
    """`서울시장`, `부산시장` tagged as one common noun: a place's name + the title of its head
    (시장 alone also means "market": only after a known place name)."""
    if len(tags) not in (1, 2) or any(tg not in ("NNG", "NNP") for tg in tags):
        return False  # (진주/NNP 시장/NNG)
    for h in PLACE_TITLES:
        if t.endswith(h) and len(t) > len(h) + 1:
            stem = t[: -len(h)]
            return stem in L.PLACES or stem.rstrip("시도군구") in L.PLACES or stem in G.KR_AMBIGUOUS_STEMS \
                or (len(stem) == 2 and any(stem + x in G.ALL_PLACES for x in "시군구"))  # (진주시장: 진주's mayor)
    return False


def is_short_run(t: str) -> bool:
    """`美`, `韓美日`, `미일`, `한·미`, `북-러`: country short forms written together."""
    core = t.replace("·", "").replace("-", "").replace("‧", "")
    return 1 <= len(core) <= 3 and all(c in L.SHORT_RUN_CHARS for c in core) and (len(core) > 1 or not c_hangul(core))


def c_hangul(c: str) -> bool:
    return "가" <= c <= "힣"


# what a company named after its group's brand adds: 볼보트럭, 볼보트럭코리아, 삼성전자, 현대건설
COMPANY_TAILS = words("actors_company_tails")


def _brand_company(t: str) -> bool:
    """A known organisation's name followed, in one word, by company words (`볼보트럭코리아`)."""
    if len(t) < 4 or not _HANGUL_ANY.search(t):
        return False
    for k in range(2, len(t) - 1):
        head, rest = t[:k], t[k:]
        if head in O.ALL and head not in G.ALL_PLACES:
            while rest:
                tail = next((c for c in COMPANY_TAILS if rest.startswith(c)), None)
                if tail is None:
                    break
                rest = rest[len(tail):]
            if not rest:
                return True
    return False


# 점 (a shop's branch), 역 (station), 갑/을/병 (a constituency's divisions) after a place name
UNIT_AFTER_PLACE = frozenset("점역갑을병")


def _place_unit(word: str) -> bool:
    """`양평점`, `부천병`, `대전역`: a known place's stem + the one-syllable noun of a unit of it."""
    if len(word) < 3 or word[-1] not in UNIT_AFTER_PLACE or not _HANGUL.match(word):
        return False
    stem = word[:-1]
    return G.place_kind(stem, True) or stem in G.KR_AMBIGUOUS_STEMS or stem in L.PLACES
