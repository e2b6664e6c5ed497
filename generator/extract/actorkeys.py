"""The last step of actor extraction: one mention per actor, keyed to the fullest form of its name.

Duplicate and nested mentions of the same kind are dropped, a Korean name the article introduced
as a person stays a person, and every mention gets the fullest form of its name in the article as
its key (`바이든` -> `조 바이든`, `박 대통령` -> `박근혜`, `금융위원회` -> `대한민국 금융위원회`).
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON, PLACE, Mention
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .collect import Actor, ActorIndex
from .doc import Doc
from .labels import _HANGUL, _korean_name
from .rules import rule
from .wordlists import word_set, words


def index_actors(doc: Doc, found: list[Actor]) -> ActorIndex:
    """The article's actor index: deduplicated mentions, each keyed to the fullest form of its name."""
    found.sort(key=lambda a: (a.start, -a.end))
    # drop exact duplicates and mentions nested in a longer mention of the same kind
    out: list[Actor] = []
    for a in found:
        if out and a.start >= out[-1].start and a.end <= out[-1].end and a.kind == out[-1].kind:
            continue
        if out and a.start == out[-1].start and a.end == out[-1].end:
            continue
        out.append(a)
    # 한상대(53) 검찰총장 … 한상대 총장은: a Korean name the article introduced as a person is not
    # read later as a body with a short suffix (X대 총장 = a university's president)
    body_written_whole(doc.text, out)
    people = {a.text for a in out if a.kind == PERSON}
    for a in out:
        if a.kind == ORGANIZATION and a.text in people and _korean_name(a.text) and a.text not in L.ORGS:
            a.kind = PERSON
    body_before_name(doc.text, out)
    relation_of_person(out)
    country_before_body(out)
    sea_written_apart(doc.text, out)
    plant_after_place(doc.text, out)
    keys = fullest_forms(out)
    national = national_body_keys(doc.text, out)
    entity_keys = dict(national)
    for span in match_up_sides(doc.text, out) | military_forces(doc.text, out):
        entity_keys.setdefault(span, "")  # (a side the article names in full takes that name's key below)
    keys.update(plain_name_keys(out))
    keys.update(plant_keys(out))
    keys.update(bracket_abbreviation_keys(doc.text, out, keys))
    shared = shared_suffix_keys(doc.text, out) | district_keys(doc.text, out) | place_tail_keys(out) \
        | city_of_its_province_keys(doc.text, out) \
        | sub_unit_keys(doc.text, out) | list_head_keys(doc.text, out) | council_keys(doc.text, out, national) \
        | court_district_keys(doc.text, out)
    sents = doc.sentences
    idx = ActorIndex()
    for a in out:
        key = shared.get((a.start, a.end)) or keys.get((a.kind, a.text), a.text)
        ekey = entity_keys.get((a.start, a.end))
        if ekey == "" and key != a.text:
            ekey = None  # (두산 in 두산-LG(잠실) of an article that names 두산 베어스: that team)
        idx.mentions.append(Mention(a.text, a.start, a.end, a.kind, key, sents[a.sent], role=a.role,
                                    affiliation=a.affiliation, descriptor=a.descriptor,
                                    confidence=a.confidence, entity_key=ekey, forms=a.forms))
        idx.kinds.setdefault(a.text, a.kind)
        idx.keys.setdefault(a.text, key)
    return idx



_WORD_HEAD = re.compile(r"[가-힣]{1,8}$")


_PLANT = re.compile(r" (?:제\d+ ?)?(?:원자력 ?발전소|핵발전소|원전)(?=[^가-힣]|$|(?:에서|에|의|은|는|이|가|을|를|과|와|도|으로|로)(?:[^가-힣]|$))")


@rule("places", "후쿠시마 제1원전에서 → place 후쿠시마 제1원전, and 후쿠시마 as before", "places-power-plant")
def plant_after_place(text: str, actors: list[Actor]) -> None:
    """A place followed by a nuclear plant noun (원전, 원자력 발전소, with its number: 제1원전)
    names that plant, a place of its own (a facility, as KLUE tags it); the place keeps its
    mention."""
    spans = []
    for a in actors:
        m = _PLANT.match(text, a.end) if a.kind == PLACE else None
        if m:
            spans.append((a, text[a.start:m.end()], a.start, m.end()))
    _add_places(actors, spans)


def _add_places(actors: list[Actor], spans: list[tuple[Actor, str, int, int]]) -> None:
    """Add a place mention (text, start, end) beside each actor that shows it, unless one is there."""
    have = {(a.start, a.end) for a in actors}
    added = []
    for a, t, s, e in spans:
        if (s, e) not in have:
            have.add((s, e))
            added.append(Actor(t, s, e, PLACE, a.sent, confidence=a.confidence))
    if added:
        actors.extend(added)
        actors.sort(key=lambda a: (a.start, -a.end))


_PLANT_END = re.compile(r"\s*(?:원자력\s*발전소|핵발전소|원전)$")


def plant_keys(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """One key per plant in an article: 후쿠시마 제1 원자력 발전소, 후쿠시마 제1원전 and (when the
    article numbers one plant there) 후쿠시마 원전 are all 후쿠시마 제1원전."""
    base = {a.text: re.sub(r"\s*(제\d+)\s*$", r" \1", _PLANT_END.sub("", a.text)).strip()
            for a in actors if a.kind == PLACE and _PLANT_END.search(a.text) and " " in a.text}
    numbered: dict[str, set[str]] = {}
    for b in base.values():
        place, _sp, num = b.rpartition(" ")
        if num.startswith("제") and num[1:].isdigit():
            numbered.setdefault(place, set()).add(b)
    out = {}
    for text, b in base.items():
        one = numbered.get(b, set())
        b = next(iter(one)) if len(one) == 1 else b
        out[(PLACE, text)] = b + "원전" if b.split()[-1].startswith("제") else b + " 원전"
    return out


_SEA_APART = re.compile(r" 해(?=[ ,.·]|의 |와 |에 |에서 |를 |로 )")


@rule("places", "카리브 해 연안 → place 카리브 해 (the sea, not the region 카리브)", "places-sea-written-apart")
def sea_written_apart(text: str, actors: list[Actor]) -> None:
    """A place followed by 해 written apart, where the two make a sea the gazetteer knows
    (카리브 해, 발트 해), is that sea: the analyser reads such a 해 as the verb 하다."""
    for a in actors:
        if a.kind == PLACE and _SEA_APART.match(text, a.end) and G.place_kind(a.text + "해", True):
            a.end += 2
            a.text = text[a.start:a.end]


@rule("places", "미국 국무부는 → place 미국, and organisation 미국 국무부 as before", "places-country-before-body")
def country_before_body(actors: list[Actor]) -> None:
    """A country written as a word of its own at the start of an organisation's name (미국
    국무부, 대한민국 헌법재판소) is also a place mention: the body keeps its whole name, and the
    country page lists the article (a country is a place; links go to the longer name)."""
    spans = []
    for a in actors:
        first, sep, rest = a.text.partition(" ")
        if a.kind == ORGANIZATION and sep and rest and (first in G.COUNTRIES or first in G.HOME_COUNTRY):
            spans.append((a, first, a.start, a.start + len(first)))
    _add_places(actors, spans)


@rule("organisations", "더불어시민당의 → organisation 더불어시민당 (not 시민당: the analyser read 더불어 as an adverb)",
      "orgs-written-as-one-word")
def body_written_whole(text: str, actors: list[Actor]) -> None:
    """An organisation found inside a written word, after Hangul the analyser split off
    (`더불어|시민당`, `나쁜|차별금지법반대…위원회`), is the whole word up to its end: a name
    never starts in the middle of a word. Not when another name ends there."""
    ends = {a.end for a in actors}
    for a in actors:
        if a.kind != ORGANIZATION or a.start == 0 or a.start in ends:
            continue
        m = _WORD_HEAD.search(text, max(0, a.start - 9), a.start)
        if m is None or m.end() != a.start:
            continue
        if m.start() > 0 and not text[m.start() - 1].isspace() and text[m.start() - 1] not in "(\"'‘“「『《〈":
            continue  # (a longer run glued to other signs: left as it was)
        a.text, a.start = text[m.start():a.end], m.start()


_NAME_LIST_MARKS = ("·", ", ", ",")
_GAP_STOP = re.compile(r"[.,;:!?\"“”‘’]|다 |고 ")


def _affiliation_gap(gap: str, role: str | None) -> bool:
    """What may stand between a body and a person of that body: nothing, 의, or the person's post
    (`토고 대표팀의 미드필더 X`, `이집트의 대통령인 X`, `문화재청(청장 X)`, `행정13부(X 부장판사)`)."""
    if gap in (" ", "의 ", "("):
        return True
    if not role or len(gap) > 25 or role not in gap or _GAP_STOP.search(gap.replace(": ", " ")):
        return False
    return gap.startswith(("의 ", " ", "("))


_UNIT = re.compile(r"^(?:의 )? ?([가-힣]{0,12}(?:학과|학부|과|의대|대학원|연구소|연구실|병원|센터))(?:의)? $")


@rule("people", "연세대 지구시스템과학과 홍태호 교수 → affiliation 연세대 지구시스템과학과", "people-unit-of-body")
def _unit_between(gap: str | None) -> str | None:
    """A department or unit of a body (…학과, …학부, 의대, …연구소) written between the body and a
    person with a post is part of the person's affiliation."""
    m = _UNIT.match(gap or "")
    return m.group(1) if m and len(m.group(1)) >= 2 else None


@rule("people", "자유한국당 홍준표 후보, LG 트윈스의 김현수 선수 → affiliation 자유한국당, LG 트윈스", "people-body-before-name")
def body_before_name(text: str, actors: list[Actor]) -> None:
    """A body or country written just before a person who has a post and no affiliation (`ORG
    NAME POST`, `ORG의 NAME POST`, `ORG의 POST NAME`, `ORG(POST NAME)`) is the post's affiliation;
    names listed with `·` after it share it (더불어민주당 박주민·정재호 의원). `actors` is in
    reading order."""
    body: str | None = None
    prev: Actor | None = None
    for a in actors:
        gap = text[prev.end:a.start] if prev else None
        if a.kind == PERSON and prev is not None:
            unit = _unit_between(gap) if prev.kind == ORGANIZATION and a.role else None
            if unit:
                body = f"{prev.text} {unit}"
            elif prev.kind in (ORGANIZATION, PLACE) and _affiliation_gap(gap, a.role):
                body = prev.text
            elif not (prev.kind == PERSON and gap in _NAME_LIST_MARKS):
                body = None
            if body and a.role and not a.affiliation:
                a.affiliation = body
        else:
            body = None
        prev = a


_RELATIONS = word_set("relation_nouns")
_BRACKETED = re.compile(r"\([^()]*\)")


@rule("people", "최성순(49세)과 아내 이은경 → 이은경: role 아내, affiliation 최성순 (whose wife)", "people-relation-of-person")
def relation_of_person(actors: list[Actor]) -> None:
    """A person whose post is a relation (아내, 딸, 본처) is related to the person named last
    before them in the same sentence; that person stands where a body would (`최성순 아내`)."""
    last: Actor | None = None
    for a in actors:
        if a.kind != PERSON:
            continue
        if a.role in _RELATIONS and not a.affiliation and last is not None and last.sent == a.sent \
                and last.text != a.text and len(last.text) > 1:
            a.affiliation = last.text
        if a.role not in _RELATIONS:
            last = a


_SHARED_SUFFIXES = ("군", "구", "읍", "면", "리")
"""(Not 시 or 도: 대전·충청남도, 서울·경기도 list a city and a province.)"""


_ITEM_SUFFIXES = tuple(L.PLACE_SUFFIXES)  # (청원군·천안시·연기군: the known 천안시 has its own)


_SHARED_DISTRICTS = word_set("korea_shared_district_names")


def _shared_unit_name(name: str) -> bool:
    """중구, 강서구 (listed), or any unit named by one syllable and its suffix (북면, 남동): many
    cities and counties have one."""
    return name in _SHARED_DISTRICTS or (len(name) == 2 and name[-1] in "구군면읍동리" and _HANGUL.match(name) is not None
                                         and name not in G.ALL_PLACES)  # (하동, 양구: a county of its own)


def _province(name: str) -> bool:
    """A province (경상남도, 경기), whose units of one syllable are counties of their own (하동);
    a city (서울특별시, 대전광역시) is no province here."""
    return name in G.KR_PROVINCES and not name.endswith("시")


def _keyed_after(text: str, actors: list[Actor], unit, parent) -> dict[tuple[int, int], str]:
    """(start, end) -> `PARENT UNIT` for each actor `unit(a)` accepts: the parent is what
    `parent(prev, a, out)` makes of the actor written just before it (one space between); the
    article's later bare mentions of the unit take the same key."""
    out: dict[tuple[int, int], str] = {}
    parent_of: dict[str, str] = {}
    prev = None
    for a in actors:
        if unit(a):
            p = parent(prev, a, out) if prev is not None and text[prev.end:a.start] == " " else None
            if p:
                parent_of.setdefault(a.text, p)
            if a.text in parent_of:
                out[(a.start, a.end)] = f"{parent_of[a.text]} {a.text}"
        prev = a
    return out


@rule("places", "광주 북구 중흥동 … 북구청 → 광주 북구; 울진군 북면 → 울진군 북면 (every city has a 중구, every county a 북면)",
      "places-district-with-city")
def district_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A district name many cities share, or a unit named by one syllable and its suffix, written
    after its city or county, is keyed with it; the article's later bare mentions take the same key."""
    return _keyed_after(text, actors, lambda a: a.kind == PLACE and _shared_unit_name(a.text), _district_parent)


def _district_parent(prev: Actor, a: Actor, out: dict) -> str | None:
    """The city, county or keyed district before a district (대전광역시 중구 목동); never a
    country before a city (프랑스 파리) nor a province before its county (경상남도 하동)."""
    parent = out.get((prev.start, prev.end), prev.text)
    ok = prev.kind == PLACE and (not _shared_unit_name(prev.text) or parent != prev.text) \
        and prev.text not in G.COUNTRIES and a.text not in G.CAPITALS_CITIES \
        and (a.text in _SHARED_DISTRICTS or not _province(prev.text))
    return parent if ok else None


_TWO_PROVINCE_CITIES = word_set("korea_city_names_in_two_provinces")
_PROVINCE_FORMS = {"경기": ("경기", "경기도"), "강원": ("강원", "강원도", "강원특별자치도"), "경남": ("경남", "경상남도")}


@rule("places", "경기 광주 오포읍 → 경기 광주 (not 광주광역시); 강원 고성, 경남 고성 → two places",
      "places-city-of-its-province")
def city_of_its_province_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A city or county whose name a place of another province shares
    (`korea_city_names_in_two_provinces`), written right after its province, is keyed with the
    province, so the corpus never merges it with the other place."""
    out: dict[tuple[int, int], str] = {}
    for a in actors:
        if a.kind != PLACE:
            continue
        stem = a.text[:-1] if a.text[-1:] in "시군" and len(a.text) == 3 else a.text
        for entry in _TWO_PROVINCE_CITIES:
            province, name = entry.split()
            if stem == name and text[max(0, a.start - 12):a.start].rstrip().endswith(_PROVINCE_FORMS.get(province, ())):
                out[(a.start, a.end)] = entry
    return out


_VENUE = re.compile(r"\(([^()]{1,12})\)")


@rule("organisations", "개막전은 KT-롯데(수원), 두산-LG(잠실) → no link to the companies KT, 롯데, LG",
      "orgs-match-up-sides")
def match_up_sides(text: str, actors: list[Actor]) -> set[tuple[int, int]]:
    """Two names joined by a hyphen with a bracketed venue after them (`KT-롯데(수원)`) are the
    two sides of a match: sports teams, not the company or city of the same name. They keep a
    link only where the article names the team in full (두산 → 두산 베어스, `orgs-head-of-longer-name`).
    `actors` is in reading order."""
    places = {a.text for a in actors if a.kind == PLACE}
    out: set[tuple[int, int]] = set()
    for a, b in zip(actors, actors[1:]):
        venue = _VENUE.match(text, b.end)
        if text[a.end:b.start] == "-" and a.kind in (ORGANIZATION, PLACE) and b.kind in (ORGANIZATION, PLACE) \
                and venue and venue.group(1).strip() in places | G.ALL_PLACES \
                and venue.group(1).strip() not in G.COUNTRIES:  # (삼성-애플(미국) 소송: two companies)
            out |= {(a.start, a.end), (b.start, b.end)}
    return out


_LEGAL_FORMS = ("주식회사 ", "(주)", "㈜", " 주식회사")
_KIND_WORDS = ("방송", "본사")  # (AFP통신, 요미우리신문, 볼보그룹: the kind is part of the name)


_BRACKET_WORD = re.compile(r"\(([가-힣]{2,5})\)")


def _abbreviates(short: str, name: str) -> bool:
    """방통위 of 방송통신심의위원회: the first syllable of the name, then the others in its order."""
    name = name.replace(" ", "")
    if not short or short[0] != name[0] or len(short) >= len(name):
        return False
    k = 1
    for c in short[1:]:
        k = name.find(c, k) + 1
        if k == 0:
            return False
    return True


@rule("organisations", "방송통신심의위원회(방통위)가 … 방통위는 → 방송통신심의위원회 (the article's own short name)",
      "orgs-bracket-abbreviation")
def bracket_abbreviation_keys(text: str, actors: list[Actor], keys: dict) -> dict[tuple[str, str], str]:
    """A Hangul short name in brackets right after a body's name, made of that name's syllables
    in order, names that body wherever this article uses it, whatever other body the short
    name means elsewhere."""
    out: dict[tuple[str, str], str] = {}
    for a in actors:
        m = _BRACKET_WORD.match(text, a.end)
        if a.kind == ORGANIZATION and m and _abbreviates(m.group(1), a.text):
            out.setdefault((ORGANIZATION, m.group(1)), keys.get((a.kind, a.text), a.text))
    return out


@rule("organisations", "주식회사 에스알 → 에스알; CNN방송 → CNN; 서해상 → 서해 (one actor, one key)",
      "actors-plain-name-key")
def plain_name_keys(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """The key of a body written with its legal form (주식회사, ㈜) or with a kind word after a known
    name (CNN방송, KBS방송), and of a sea written with 상 'on' (서해상), is the plain name, so the
    articles that write it plainly meet on one page."""
    out: dict[tuple[str, str], str] = {}
    for a in actors:
        t = a.text
        if a.kind == ORGANIZATION:
            plain = next((t.replace(f, "").strip() for f in _LEGAL_FORMS if f in t), None)
            if plain is None:
                base = next((t[:-len(w)] for w in _KIND_WORDS if t.endswith(w)), "")
                plain = base if base in L.ORGS or base in O.ALL else None
        elif a.kind == PLACE and t.endswith("상") and t[:-1] in G.ALL_PLACES and len(t) >= 3:
            plain = t[:-1]
        else:
            plain = None
        if plain and len(plain) >= 2:
            out[(a.kind, t)] = plain
    return out


@rule("organisations", "두산 베어스가 이겼다 … 두산은 → 두산 베어스; 교통대 … 교통대학교 → 교통대학교",
      "orgs-head-of-longer-name")
def by_head(name: str, orgs: list[str]) -> list[str]:
    """The one longer organisation of the article whose name starts with this one as a word
    (두산 → 두산 베어스), spells its short 대 out (교통대 → 교통대학교) or adds a company name's
    loanword tail (스텔라 → 스텔라엔터테인먼트)."""
    longer = [o for o in orgs if (o.startswith(name + " ") and o[len(name) + 1:] not in _SUB_UNITS)
              or (name.endswith("대") and o == name + "학교") or o[len(name):] in _OWN_NAME_TAILS and o.startswith(name)]
    return longer if len(longer) == 1 else []  # (현대중공업 is not 현대중공업 노조)


_SUB_UNITS = word_set("actors_generic_sub_units")
_OWN_NAME_TAILS = word_set("org_brand_tails") - {"코리아"}  # (애플코리아 is 애플's Korean arm, not 애플)
_DIVISION = re.compile(r"(?:형사|민사|행정|가사|특허|형사합의|민사합의)\d+(?:부|단독)")  # a court's numbered division


@rule("organisations", "서울지방경찰청 광역수사대는 … 광역수사대는 → 서울지방경찰청 광역수사대", "orgs-sub-unit-with-body")
def sub_unit_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A unit every body of its kind has (광역수사대, 이사회, 노조, a court's 형사2부), written right
    after its body, is keyed with the body; the article's later bare mentions take the same key."""
    return _keyed_after(
        text, actors, lambda a: a.kind == ORGANIZATION and (a.text in _SUB_UNITS or _DIVISION.fullmatch(a.text)),
        lambda prev, _a, _out: prev.text if prev.kind in (ORGANIZATION, PLACE) else None)


_COURT_DISTRICT = re.compile(r"(?:북부|남부|동부|서부|중부|북동부|북서부|남동부|남서부)?(?:연방)?지방법원")


@rule("organisations", "미국 캘리포니아 주 북부지방법원 → one court (캘리포니아 주 북부지방법원)", "orgs-court-of-a-place")
def court_district_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A district court named by a direction only (북부지방법원), written right after its state or
    city, is that place's court: keyed with it; the article's later bare mentions too."""
    return _keyed_after(text, actors, lambda a: a.kind == ORGANIZATION and _COURT_DISTRICT.fullmatch(a.text),
                        lambda prev, _a, _out: prev.text if prev.kind == PLACE else None)


@rule("organisations", "군 검찰과 군 법원 … 검찰과 법원에 대해 → no link to the civil 검찰, 법원", "orgs-military-force")
def military_forces(text: str, actors: list[Actor]) -> set[tuple[int, int]]:
    """A force of many bodies (검찰, 경찰, 법원) after the word 군 'military' is the armed forces' own,
    not the civil one the bare name's page describes: it is linked to no page — nor are the
    article's bare mentions of it (`군 검찰과 군 법원 … 지휘관이 검찰과 법원에 대해`)."""
    military = {a.text for a in actors if a.kind == ORGANIZATION and a.text in _NATIONAL_FORCES
                and text[max(0, a.start - 2):a.start] == "군 " and (a.start < 3 or not text[a.start - 3].isalnum())}
    return {(a.start, a.end) for a in actors if a.kind == ORGANIZATION and a.text in military}


_COUNCIL_HEADS = ("위원회", "이사회", "특위")
_GENERIC_BODIES = word_set("explain_generic_bodies")


def _council_of_any_body(name: str) -> bool:
    """A council named by a generic word (최고위원회), a short field (인권이사회, 노벨위원회) or a
    phrase (연대회의 창당준비위원회): one every body may have, unlike 항공철도사고조사위원회."""
    head = next((h for h in _COUNCIL_HEADS if name.endswith(h)), None)
    if head is None or name in L.ORGS or name in O.ALL or name in _SUB_UNITS:
        return False
    return name in _GENERIC_BODIES or len(name) - len(head) <= 2 or " " in name


@rule("organisations", "유엔 인권이사회, 진보신당 연대회의 창당준비위원회 → one body with its parent",
      "orgs-council-of-body")
def council_keys(text: str, actors: list[Actor], parent_keys: dict) -> dict[tuple[int, int], str]:
    """A committee or council nobody knows by its name alone (인권이사회: `위원회`, `이사회`, `특위`),
    written right after a body, is that body's: keyed with it (유엔 인권이사회); the article's
    later bare mentions take the same key. `parent_keys`: keys other rules gave the parents
    (말레이시아 국회 정보위원회, not the Korean 국회's)."""
    return _keyed_after(
        text, actors, lambda a: a.kind == ORGANIZATION and _council_of_any_body(a.text),
        lambda prev, _a, _out: (parent_keys.get((prev.start, prev.end)) or prev.text) if prev.kind == ORGANIZATION
        else None)


_NATIONAL_BODIES = word_set("actors_national_body_names")
_NATIONAL_FORCES = word_set("actors_national_forces")


@rule("organisations", "미국 대선 기사의 민주당, 키르기스스탄 기사의 노동부 → 미국 민주당, 키르기스스탄 노동부",
      "orgs-foreign-national-body")
def national_body_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A body many countries have (민주당, 노동부, 기상청: `actors_national_body_names`), written
    bare in an article with nothing Korean in it (no Korean place, no Korean name, no 한국), belongs
    to the foreign country the article is about — named (with its cities and states) at least
    twice and twice as often as any other: it is keyed with that country (미국 민주당), not taken
    for the Korean body of the same name — as it is where the article writes it once with one
    foreign country (미국 민주당 … 민주당 전당대회), whatever else it names, unless a Korean is of it
    (`중국 외교부는 … 조태영 외교부 대변인`: Seoul's ministry); a bare force (경찰, 검찰: `actors_national_forces`) is
    no one body there and is keyed "" (dropped). (News of North Korea cites Seoul's bodies: no key.)"""
    korean = {a.affiliation for a in actors if a.kind == PERSON and a.affiliation and _korean_name(a.text)}
    written = {bare: full for bare, full in _written_with_country(text, actors).items() if bare not in korean}
    written.update({bare: full for bare, full in _of_foreign_members(actors).items()
                    if bare not in korean and bare not in written})
    country = _foreign_subject(actors)
    out: dict[tuple[int, int], str] = {}
    for a in actors:
        if a.kind != ORGANIZATION:
            continue
        if a.text in written:
            out[(a.start, a.end)] = written[a.text]
        elif country and (a.text in _NATIONAL_BODIES or a.text in _NATIONAL_FORCES):
            out[(a.start, a.end)] = f"{country} {a.text}" if a.text in _NATIONAL_BODIES else ""
    return out


@rule("organisations", "조 바이든 민주당 후보, 민주당 알 그린 하원의원 → 미국 민주당 (not the Korean party)",
      "orgs-body-of-foreign-members")
def _of_foreign_members(actors: list[Actor]) -> dict[str, str]:
    """A body many countries have (민주당) that a person with a transliterated full name belongs
    to is a foreign one: the foreign country the article names most (bare name -> full name).
    (Korean members keep it Korean: `national_body_keys` checks them first.)"""
    members = {a.affiliation for a in actors if a.kind == PERSON and a.affiliation in _NATIONAL_BODIES
               and " " in a.text and _HANGUL_NAME.match(a.text) and not _korean_name(a.text.replace(" ", ""))}
    if not members:
        return {}
    ranked = [(c, n) for c, n in _foreign_countries(actors)[0] if c not in _NORTH_KOREA]
    if not ranked[0][0] or ranked[0][1] == ranked[1][1]:
        return {}
    return {bare: f"{ranked[0][0]} {bare}" for bare in members}


_HANGUL_NAME = re.compile(r"^[가-힣]+(?: [가-힣]+)+$")


def _foreign_countries(actors: list[Actor]) -> tuple[list[tuple[str, int]], bool]:
    """The foreign countries an article names (with their cities and states), most named first
    and closed by ("", 0), and whether it names anything Korean."""
    counts: dict[str, int] = {}
    korean = False
    for a in actors:
        country = _country_of(a)
        if country is None:
            continue
        if country in G.HOME_COUNTRY:
            korean = True
            continue
        counts[country] = counts.get(country, 0) + 1
    return sorted(counts.items(), key=lambda kv: -kv[1]) + [("", 0)], korean


def _foreign_subject(actors: list[Actor]) -> str | None:
    """The one foreign country an article with nothing Korean in it is about, if any."""
    ranked, korean = _foreign_countries(actors)
    if korean:
        return None
    country, n = ranked[0]
    return None if n < 2 or n < 2 * ranked[1][1] or country in _NORTH_KOREA else country


def _written_with_country(text: str, actors: list[Actor]) -> dict[str, str]:
    """Bodies the article also writes with one foreign country before them (미국 민주당 … 민주당
    전당대회): bare name -> that full name."""
    found: dict[str, set[str]] = {}
    for prev, a in zip([None, *actors], actors):
        words = a.text.split()
        if a.kind != ORGANIZATION:
            continue
        if len(words) == 2 and _state_body_name(words[1]):
            country, bare = words
        elif prev is not None and prev.kind == PLACE and text[prev.end:a.start] == " " and _state_body_name(a.text):
            country, bare = prev.text, a.text
        else:
            continue
        country = G.SHORT_COUNTRY.get(country, country)
        if _foreign_national_body(country, bare) and country not in _NORTH_KOREA:  # (북한 노동당: 조선노동당)
            found.setdefault(bare, set()).add(f"{country} {bare}")
    return {bare: full.pop() for bare, full in found.items() if len(full) == 1}


_NORTH_KOREA = frozenset(("북한", "조선", "북", "조선민주주의인민공화국", "北"))
_KOREAN_PLACES = G.KR_PROVINCES | G.KR_DISTRICTS | G.KR_CITY_STEMS


def _country_of(a: Actor) -> str | None:
    """The country an actor says the article is about: 한국 for anything Korean."""
    if a.text in G.HOME_COUNTRY or a.text.split()[0] in G.HOME_COUNTRY \
            or (a.kind == PERSON and _korean_name(a.text)) or (a.kind == PLACE and a.text in _KOREAN_PLACES):
        return "한국"
    if a.kind != PLACE:
        return None
    country = G.SHORT_COUNTRY.get(a.text, a.text)
    if country in G.COUNTRIES:
        return country
    for places, name in ((G.US, "미국"), (G.JP, "일본"), (G.CN, "중국")):
        if a.text in places or a.text.removesuffix(" 주").removesuffix("주") in places:
            return name
    return None


_LIST_HEADS = dict(w.split(" ", 1) for w in words("actors_list_shared_heads"))
_LIST_GAP = (", ", ",", "·")
_CLASS_BEFORE = re.compile(r"(\S+)\($")


@rule("organisations", "8개 카드사(KB국민, 농협, 롯데) → 롯데카드; 부산2, 대전, 전주저축은행 → 대전저축은행",
      "orgs-list-shared-head")
def list_head_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """Companies listed by short names share the head their full names end in: the one the list's
    class noun names before a bracket (`카드사(…)` → 카드), or the one its last item carries
    (`…, 전주저축은행`). Each short item becomes that company (kind and key); `actors` is in
    reading order."""
    out: dict[tuple[int, int], str] = {}
    run: list[Actor] = []
    for a in actors + [None]:
        if a is not None and a.kind in (ORGANIZATION, PLACE) and (not run or text[run[-1].end:a.start] in _LIST_GAP):
            run.append(a)
            continue
        head = _run_head(text, run)
        for item in run if head else ():
            if not item.text.endswith(head) and len(item.text) >= 2 and not item.text.endswith(("사", "회사")):
                item.kind = ORGANIZATION
                out[(item.start, item.end)] = item.text + head
        run = [a] if a is not None and a.kind in (ORGANIZATION, PLACE) else []
    return out


def _run_head(text: str, run: list[Actor]) -> str | None:
    if len(run) < 2:
        return None
    cls = _CLASS_BEFORE.search(text, max(0, run[0].start - 12), run[0].start)
    kind = cls.group(1).lstrip("0123456789개") if cls else ""  # (8개 카드사 -> 카드사)
    if kind in _LIST_HEADS:
        return _LIST_HEADS[kind]
    last = run[-1]
    for head in _LIST_HEADS.values():
        if last.kind == ORGANIZATION and last.text.endswith(head) and len(last.text) > len(head) + 1:
            return head
    return None


@rule("places", "대전조차장역 … 조차장역 구간 → 대전조차장역", "places-tail-of-longer-place")
def place_tail_keys(actors: list[Actor]) -> dict[tuple[int, int], str]:
    """A place named by the end of a longer place's name in the same article (조차장역 after
    대전조차장역, 화산군 after 기리시마 화산군) is that place, when the rest is a name of two
    syllables or more."""
    places = {a.text for a in actors if a.kind == PLACE}
    out: dict[tuple[int, int], str] = {}
    for a in actors:
        if a.kind != PLACE or len(a.text) < 3:
            continue
        longer = [p for p in places if p.endswith(a.text) and len(p.replace(" ", "")) - len(a.text) >= 2
                  and p != a.text and not p[:-len(a.text)].endswith(("·", ","))]
        if len(longer) == 1:
            out[(a.start, a.end)] = longer[0]
    return out


@rule("places", "강남·중화·상원군 → 강남군, 중화군, 상원군 (the suffix written once for the list)", "places-shared-suffix")
def shared_suffix_keys(text: str, actors: list[Actor]) -> dict[tuple[int, int], str]:
    """Places listed with `·` whose last item carries an administrative suffix and the others
    none share it: the bare items are keyed (named) with the suffix."""
    out: dict[tuple[int, int], str] = {}
    run: list[Actor] = []
    for a in actors + [None]:
        if a is not None and a.kind == PLACE and (not run or text[run[-1].end:a.start] == "·"):
            run.append(a)
            continue
        if len(run) >= 2 and run[-1].text.endswith(_SHARED_SUFFIXES) and len(run[-1].text) >= 3:
            suffix = "지구" if run[-1].text.endswith("지구") else run[-1].text[-1]  # (신동·둔곡지구)
            for item in run[:-1]:
                if _HANGUL.match(item.text) and not item.text.endswith(_SHARED_SUFFIXES) and len(item.text) >= 2 \
                        and not (item.text in G.ALL_PLACES and item.text.endswith(_ITEM_SUFFIXES)) \
                        and item.text not in G.KR_PROVINCES and item.text not in G.COUNTRIES:  # (강원·홍천군)
                    out[(item.start, item.end)] = item.text + suffix
        run = [a] if a is not None and a.kind == PLACE else []
    return out


def fullest_forms(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """Fullest form per name within the article."""
    keys: dict[tuple[str, str], str] = {}
    persons = list(dict.fromkeys(a.text for a in actors if a.kind == PERSON))  # (distinct, in order)
    by_word: dict[str, list[str]] = {}  # word -> the longer names (2+ words) that contain it
    for other in persons:
        ow = other.split()
        if len(ow) >= 2:
            for w in set(ow):
                by_word.setdefault(w, []).append(other)
    for name in persons:
        words = name.split()
        best = name
        if len(words) == 1:
            for other in by_word.get(words[0], ()):
                ow = other.split()
                if best == name or (ow[-1] == words[0] and best.split()[-1] != words[0]):
                    best = other
        keys[(PERSON, name)] = best
    # Korean surname + role: "박 대통령" -> 박근혜 when one Korean name starts with it
    roles: dict[str, set[str]] = {}
    for a in actors:
        if a.kind == PERSON and a.role:
            roles.setdefault(a.text, set()).add(a.role)
    for name in persons:
        if len(name) == 1 or name in L.COMPOUND_SURNAMES:
            full = [p for p in persons if len(p) == len(name) + 2 and p.startswith(name) and _HANGUL.match(p)]
            if len(full) > 1:
                mine = roles.get(name, set())
                full = [p for p in full if any(r.endswith(m) or m.endswith(r) for r in roles.get(p, ()) for m in mine)]
            if len(full) == 1:
                keys[(PERSON, name)] = full[0]
    orgs = list(dict.fromkeys(a.text for a in actors if a.kind == ORGANIZATION))
    # "금융위원회" -> "대한민국 금융위원회" when the article wrote the longer form
    by_tail: dict[str, list[str]] = {}  # every tail after a space -> the names ending with it
    for o in orgs:
        for k, ch in enumerate(o):
            if ch == " " and not _foreign_national_body(o[:k], o[k + 1:]):
                by_tail.setdefault(o[k + 1:], []).append(o)
    us_article = us_state_sense(actors)
    for a in actors:
        if a.kind == PLACE:
            t = _BRACKETED.sub("", a.text) if "(" in a.text else a.text  # 신모에다케(新燃岳) 화산
            keys[(PLACE, a.text)] = t + "주" if us_article and t in _US_SHARED \
                else L.SHORT_COUNTRY.get(t, t) if len(t) <= 2 else t
        elif a.kind == ORGANIZATION and (ORGANIZATION, a.text) not in keys:
            longer = by_tail.get(a.text) or by_head(a.text, orgs) or by_end(a.text, orgs)
            keys[(ORGANIZATION, a.text)] = max(longer, key=len) if longer else a.text
    return keys


_SHORTENED_HEADS = ("공단", "공사", "재단", "진흥원", "협회", "연맹", "조합", "연구원")


@rule("organisations", "한국철도시설공단 … 시설공단은 → 한국철도시설공단", "orgs-end-of-longer-name")
def by_end(name: str, orgs: list[str]) -> list[str]:
    """A public corporation, foundation or association written by the end of its name after the
    article gave it in full (시설공단 after 한국철도시설공단) is that body: the one longer name of
    the article that ends with it, two syllables or more longer."""
    if len(name) < 4 or not name.endswith(_SHORTENED_HEADS) or " " in name:
        return []
    longer = [o for o in orgs if o.endswith(name) and len(o.replace(" ", "")) - len(name) >= 2 and o != name]
    return longer if len(longer) == 1 else []


def _foreign_national_body(head: str, tail: str) -> bool:
    """중국 외교부: a foreign country's body of a name many countries have, which a bare 외교부 of
    the same article need not be (`national_body_keys` decides those)."""
    country = G.SHORT_COUNTRY.get(head, head)
    return _state_body_name(tail) and country in G.COUNTRIES and country not in G.HOME_COUNTRY


_AGENCY_HEADS = ("국", "청", "처")


@rule("organisations", "미국 지질조사국(USGS) … 지질조사국은 → 미국 지질조사국 (not a Korean or a generic 지질조사국)",
      "orgs-foreign-agency")
def _state_body_name(name: str) -> bool:
    """A body many countries have (`actors_national_body_names`), or a state agency nobody knows
    by its name alone (…국, …청, …처 of three syllables or more, in no lexicon): written after a
    foreign country, it is that country's (keyed with it, as are the article's bare mentions)."""
    if name in _NATIONAL_BODIES:
        return True
    return len(name) >= 3 and name.endswith(_AGENCY_HEADS) and _HANGUL_WORD.match(name) is not None \
        and name not in L.ORGS and name not in O.ALL


_HANGUL_WORD = re.compile(r"^[가-힣]+$")


_US_SHARED = word_set("us_states_shared_names")


@rule("places", "조지아와 애리조나, 노스캐롤라이나는 … → 조지아주 (the US state, not the country)", "places-us-state-sense")
def us_state_sense(actors: list[Actor]) -> bool:
    """In an article that names two or more other US states or cities, a name shared by a US
    state and another place (조지아, 워싱턴) is the state."""
    return len({a.text.removesuffix(" 주").removesuffix("주") for a in actors if a.kind == PLACE
                and a.text.removesuffix(" 주").removesuffix("주") in G.US
                and a.text not in G.US_AMBIGUOUS}) >= 2

