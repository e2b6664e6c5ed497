"""Labels of the parts of a noun chunk: place, organisation, role, anonymous head, name, noun.

A part (one spelled word, see `doc`) is labelled once from its form, its morphemes' tags,
the gazetteer (`gazetteer`), the organisation lexicon (`orglex`) and suffix rules with
guards against common nouns; `actors` reads the label sequences.
"""
from __future__ import annotations

import logging
import re

from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .doc import Doc, Part
from .textutil import HANGUL, HANGUL_ANY
from .wordlists import word_set, words

log = logging.getLogger(__name__)

# part labels
P_PLACE, P_ORG, P_ROLE, P_ANON, P_NAME, P_NOUN, P_NUM, P_MOD = "place org role anon name noun num mod".split()
P_ORGHEAD = "orghead"  # 협회, 연구소, 대학교 written as a word of its own

ORG_CLASS = words("actors_org_class_nouns")
PLACE_CLASS = words("actors_place_class_nouns")
MILITARY_UNITS = words("actors_military_units")
MILITARY = word_set("actors_military_forces")
LOCATIVE = frozenset(("에서", "에서는", "에서도"))
_HANGUL = HANGUL  # (old names, imported by other modules)
_HANGUL_ANY = HANGUL_ANY
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


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


_LABELS: dict[tuple, str] = {}


def label_part(toks, p: Part) -> str:
    if p.label is None:
        # a label depends only on the part's spelling and morphemes: shared across articles
        key = (p.text, *[(toks[k].form, toks[k].tag) for k in range(p.i0, p.i1)])
        lab = _LABELS.get(key)
        if lab is None:
            if len(_LABELS) > 200_000:
                _LABELS.clear()
            lab = _LABELS[key] = _label_part(toks, p)
        p.label = lab
    return p.label


def _label_part(toks, p: Part) -> str:
    t = p.text
    tags = [toks[k].tag for k in range(p.i0, p.i1)]
    nnp = "NNP" in tags
    proper = nnp or "SH" in tags or (len(tags) == 1 and tags[0] == "NNG" and len(t) >= 5)
    if tags[0] == "SN" and len(tags) >= 2 and t.endswith(MILITARY_UNITS):
        return P_ORG  # 28사단, 3군사령부, 6사단: a numbered military unit
    if all(tg in ("SN", "NR") for tg in tags) or (tags[0] == "SN") or (
            tags[-1] == "NNB" and "SN" in tags and all(tg in ("XPN", "SN", "NNB") for tg in tags)):
        return P_NUM  # (제44/SN 대/NNB: an ordinal with its counter)
    if _demonym(t):
        return P_NOUN  # 한국인, 미국인들, 한국계: people of a country, neither persons nor places
    if G.place_kind(t, nnp):
        return P_PLACE
    if t[-1:] in "역갑을병" and _place_unit(t):
        return P_PLACE  # 대전역, 부천병: a station or constituency of a known place
    not_org = t in L.NOT_ORG or (len(t) >= 2 and t.endswith(L.NOT_ORG_ENDINGS) and t not in L.ORGS and t not in O.ALL)
    if not_org and not t.endswith(STATE_NOUNS):
        return P_NOUN
    if t in L.SHORT_COUNTRY and len(t) == 1 and tags[0] in ("NNP", "SH") and t not in ("한", "남"):
        return P_PLACE
    if len(t) > 1 and is_short_run(t) and tags[0] in ("NNP", "SH"):
        return P_PLACE
    if t in L.ORGS or t in O.ALL or t in MILITARY or t in L.STANDALONE_ORGS or _brand_company(t):
        return P_ORG
    if tags[0] == "SL" and t in O.NOT_ORG_ACRONYMS:
        return P_ROLE if t in ROLE_SET else P_NOUN  # CEO, CFO before a name are titles
    if t in L.ORG_SUFFIXES and t not in L.WEAK_ORG_SUFFIXES and t not in L.GENERIC_ORG:
        return P_ORGHEAD
    if t in L.ROLE_MODIFIERS or _stationed_in(t):
        return P_MOD
    head = toks[p.i1 - 1].form
    if head in ("들", "등") and p.i1 - p.i0 >= 2:  # 목격자들, 관계자들: the noun before the plural
        head = toks[p.i1 - 2].form
    if head in L.ANON_HEADS:
        return P_ANON
    if _public_institution(t):
        return P_ORG  # 국립허리케인센터, 왕립과학원: a state institution named by its field
    if _institute(toks, p):
        return P_ORG  # 건설정책연구원, 한국천문연구원: an institute, not a researcher
    if _suffix_tokens(toks, p, ROLE_SET) or _role_suffix(t, tags) or _place_title(t, tags):
        return P_ROLE
    if len(t) >= 3 and t[-1] == "장" and (t[:-1] in L.ORGS or t[:-1] in O.ALL
                                          or (len(t) >= 5 and t[:-1].endswith(HEADED_BODIES))):
        return P_ROLE  # 금감원장, 종로경찰서장, 한국안전전문가협회장: the head of a body
    if t in L.HONORIFIC_NNB:
        return P_NOUN
    if nnp and len(tags) == 1 and _vessel(t):
        return P_NOUN  # 세월호, 천안함, 나로호: ships, satellites, named vessels are not places
    if nnp and len(tags) >= 2 and toks[p.i1 - 1].form in VESSEL_SUFFIX and toks[p.i1 - 1].tag in ("NNG", "XSN"):
        return P_NOUN
    for suf in _suffixes(t, _ORG_SUF, _ORG_MAX) if not not_org else ():
        stem = t[: -len(suf)]
        if suf == "군" and not (stem in G.COUNTRIES or stem.endswith(MILITARY_STEMS) or stem in L.SHORT_COUNTRY):
            continue  # 천리마군, 상원군: a county, not an army (미군, 러시아군, 정부군 are armies)
        if suf == "군" and len(stem) >= 2 and stem in MILITARY_STEMS:
            return P_ORG  # 방위군, 정부군, 반군: an armed force named by its kind
        if suf in L.GENERIC_ORG and not (proper or "SL" in tags) \
                and not (suf in COMPOUND_BODIES and len(tags) >= 2 and len(stem) >= 2 and toks[p.i1 - 1].form == suf
                         and all(tg == "NNG" for tg in tags)):
            continue  # NK뉴스, KB증권 (철도노조, 건강보험공단: a body named by common nouns + its kind)
        if suf in L.WEAK_ORG_SUFFIXES:
            if suf in ("원", "국") and tags == ["NNP"] and _korean_name(t):
                continue  # 최재원: a Korean name (known bodies such as 국정원, 감사원 are in the lexicon)
            last = toks[p.i1 - 1].form
            if not proper and last != suf and len(last) < 3:
                continue  # 군입대 (입대), 양형부당 (부당): the suffix ends a plain word (식품부, 우주국 pass)
            ministry = suf in ("부", "청", "처") and len(t) >= 3 and tags[-1] == "NNG"
            if len(stem) < 2 or not (proper or len(tags) >= 2 or ministry):
                continue
            if suf in ("원", "대") and not proper and len(tags) < 2:
                continue
        elif len(stem) < 2 and not proper:
            continue
        return P_ORG
    if len(t) >= 3 and t[-1] in "시도" and (t[:-1] in L.PLACES or t[:-1] in L.COUNTRIES):
        return P_PLACE
    if _REGION.match(t):
        return P_PLACE  # 중부지방, 영동 지방, 남부지방: a region of the country
    if nnp and len(tags) == 1 and _school(t):
        return P_ORG  # 단원고, 경기고: a school named after its district
    if len(tags) == 1 and (nnp or getattr(toks[p.i0], "oov", False)) and _geo_name(t):
        return P_PLACE  # 시루봉, 용추폭포, 괴연저수지, 평택항, 동창리: a name unknown to the analyser with a geographic head
    for suf in _suffixes(t, _PLACE_SUF, _PLACE_MAX) if proper else ():
        stem = t[: -len(suf)]
        if suf == "산" and (stem in G.COUNTRIES or toks[p.i1 - 1].tag == "XSN"):
            return P_NOUN  # 미국산, 국내산: "made in", not a mountain
        if suf == "산" and not nnp and any(c in "그느드르므브스즈츠크트프흐" for c in stem):
            return P_NOUN  # 카르복실산, 아스코르브산: an acid (a transliterated stem), not a mountain
        if stem in G.NOT_PLACE or suf in ("섬", "산", "강") and stem[-1:] in NOT_GEO_STEM_ENDS:
            continue
        if suf in L.WEAK_PLACE_SUFFIXES:
            # 버지니아/NNP 주/NNG: the suffix is a morpheme of its own; one proper-noun morpheme
            # only for districts (강남구), since names end in 시/도/주/현 too (펠로시, 곽상도)
            if len(stem) < 2:
                continue
            if len(tags) == 1 or toks[p.i1 - 1].form != suf:
                if not (len(tags) == 1 and suf in L.DISTRICT_SUFFIXES and len(t) >= 3):
                    continue
        elif len(stem) < 2:
            continue
        return P_PLACE
    if proper:
        return P_NAME
    if tags[0] == "SL" and len(tags) == 1 and _ACRONYM.match(t):
        return P_NAME
    # a Korean name Kiwi split into syllables: 성/혜/림
    if len(tags) == 3 and len(t) == 3 and t[0] in L.SURNAMES and _HANGUL.match(t):
        return P_NAME
    return P_NOUN


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
            return 2 <= len(stem) <= 3 and (stem in G.KR_CITY_STEMS or stem in G.KR_AMBIGUOUS_STEMS
                                            or stem + "구" in G.KR_DISTRICTS or stem + "동" in G.KR_DISTRICTS
                                            or stem + "도" in G.KR_PROVINCES or stem + "시" in G.KR_DISTRICTS)
    return False


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
    if t[-1] == "호" and len(t) == 3 and t[0] in L.SURNAMES:
        return False
    return True


def _demonym(t: str) -> bool:
    if t.endswith("들"):
        t = t[:-1]
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
    return next(_suffixes(t, _ROLE_SUF, _ROLE_MAX), None) is not None


PLACE_TITLES = words("actors_place_titles")


def _place_title(t: str, tags) -> bool:
    """`서울시장`, `부산시장` tagged as one common noun: a place's name + the title of its head
    (시장 alone also means "market": only after a known place name)."""
    if len(tags) != 1 or tags[0] not in ("NNG", "NNP"):
        return False
    for h in PLACE_TITLES:
        if t.endswith(h) and len(t) > len(h) + 1:
            stem = t[: -len(h)]
            return stem in L.PLACES or stem.rstrip("시도군구") in L.PLACES
    return False


def is_short_run(t: str) -> bool:
    """`美`, `韓美日`, `미일`, `한·미`, `북-러`: country short forms written together."""
    core = t.replace("·", "").replace("-", "").replace("‧", "")
    return 1 <= len(core) <= 3 and all(c in L.SHORT_RUN_CHARS for c in core) and (len(core) > 1 or not c_hangul(core))


def c_hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _person_like(doc: Doc, parts: list[Part]) -> bool:
    """A person's name is written in Hangul (an acronym before a role is an organisation or a term)."""
    text = doc.text[parts[0].start:parts[-1].end]
    return any("가" <= c <= "힣" for c in text) and not _place_unit(parts[-1].text)


def _latin_glossed(doc: Doc, part: Part) -> bool:
    if part.gloss is None:
        return False
    toks = None
    for p in doc.paras:
        if p.start <= part.start <= p.start + len(p.text):
            toks = p.toks
            break
    if toks is None:
        return False
    inner = doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start]
    return bool(re.match(r"^[A-Za-z]", inner.strip()))


def _korean_name(text: str) -> bool:
    return len(text) == 3 and _HANGUL.match(text) is not None and text[0] in L.SURNAMES



NOT_NAME_END = word_set("actors_not_name_end_syllables")  # (한국어, 고기압)


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

# 점 (a shop's branch), 역 (station), 갑/을/병 (a constituency's divisions) after a place name
UNIT_AFTER_PLACE = frozenset("점역갑을병")


def _place_unit(word: str) -> bool:
    """`양평점`, `부천병`, `대전역`: a known place's stem + the one-syllable noun of a unit of it."""
    if len(word) < 3 or word[-1] not in UNIT_AFTER_PLACE or not _HANGUL.match(word):
        return False
    stem = word[:-1]
    return G.place_kind(stem, True) or stem in G.KR_AMBIGUOUS_STEMS or stem in L.PLACES


