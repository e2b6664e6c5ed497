"""Who an actor is, and the evidence an actor needs before it gets a page.

- `summary_line`: a profile's one-line description when nobody curated one: the role
  and affiliation the articles give most often, with the years they cover
  ("미국 대통령 (2021–2024)").
- `has_evidence`: a person, organisation or place gets a page only with evidence: a
  curated entry, a role or title, a quote, an explanation from the text, a confident
  mention (kind-bearing head or known-name list), or mentions in two or more articles.
  A bare surname (박, 김) is never an actor by itself. Others stay plain text and go to the
  review queue.
"""
from __future__ import annotations

import functools
import re
from collections import Counter

from ..curated import norm
from ..extract import lexicon as L
from ..extract import orglex as O
from ..extract.gazetteer import ALL_PLACES, COUNTRIES, KR_AMBIGUOUS_STEMS, KR_DISTRICTS, place_kind
from ..extract.wordlists import word_set
from ..model import ORGANIZATION, PERSON, PLACE, TERM, Entity, KnowledgeBase, ReviewItem
from .choose import _unlist
from .identity import heads
from .rules import explain_rule

_ONE_SYLLABLE = re.compile(r"^[가-힣]$")


def _role_label(title: str, affiliation: str | None) -> str:
    return " ".join(x for x in (affiliation, title) if x)


def summary_line(ent: Entity) -> str | None:
    """The most frequent role and affiliation, with the years the articles date it."""
    if not ent.roles:
        return None
    counts = Counter(_role_label(r.title, r.affiliation) for r in ent.roles)
    # a role with its body says more than a bare title ("국방부 장관" over "장관")
    with_body = Counter({_role_label(r.title, r.affiliation): counts[_role_label(r.title, r.affiliation)]
                         for r in ent.roles if r.affiliation})
    label, _n = (with_body or counts).most_common(1)[0]
    years = sorted({r.date.year for r in ent.roles if r.date and _role_label(r.title, r.affiliation) == label})
    if not years:
        return label
    span = f"{years[0]}" if years[0] == years[-1] else f"{years[0]}–{years[-1]}"
    return f"{label} ({span}년 기사)"


@explain_rule("actors", "박 전 대통령은 … (the surname alone) → no page for '박'", "actors-bare-surname")
def bare_surname(ent: Entity) -> bool:
    """A person named by one Hangul syllable, or by a surname and 모 (남모, 윤모씨: a person the
    article does not name), is a surname left alone, never an actor by itself."""
    name = ent.name.removesuffix("씨").rstrip()
    return ent.kind == PERSON and (bool(_ONE_SYLLABLE.match(name))
                                   or (len(name) == 2 and name[1] == "모" and name[0] in word_set("surnames")))


@explain_rule("actors", "한 기사에 한 번, 직함도 인용도 없이 추측으로만 잡힌 이름 → review queue", "actors-evidence")
def has_evidence(ent: Entity, confident: bool) -> bool:
    """A page needs a curated entry, a role, a quote, an explanation, two articles, or a
    confident mention whose kind the name itself bears (`kind_evidence`)."""
    return (ent.curated or bool(ent.roles) or bool(ent.quotes) or bool(ent.description)
            or bool(ent.definitions) or (confident and kind_evidence(ent)) or len(ent.articles) >= 2
            or listed_person(ent))


@explain_rule("actors", "스티브 워즈니악과 함께 (one article, no title) → a page: 스티브 is a listed given name",
              "actors-listed-person")
def listed_person(ent: Entity) -> bool:
    """A person the lists know: a known name (`known_people`), or a name of two or more words
    starting with a common foreign given name (`foreign_given_names`)."""
    if ent.kind != PERSON:
        return False
    words = ent.name.split()
    return ent.name in L.KNOWN_PEOPLE or (len(words) >= 2 and words[0] in L.FOREIGN_GIVEN_NAMES)


_LATIN_START = re.compile(r"^[A-Z]{2,}")  # (NATO군, JR동일본, KAC한국예술원)
_NUMBERED_DIVISION = re.compile(r"[가-힣]\d+부$")  # (형사2부, 민사합의21부)
_HANGUL2_END = re.compile(r"[가-힣]{2}$")
# Word lists of the ends that make a name an organisation or a place (the extractor's own)
_KIND_HEAD_LISTS = {
    ORGANIZATION: ("org_heads", "org_class_nouns", "actors_institution_heads", "actors_headed_bodies",
                   "actors_company_tails", "actors_military_units", "actors_association_heads",
                   "actors_slot_body_heads", "actors_for_body_ends", "actors_sub_bodies"),
    PLACE: ("place_heads", "actors_geo_heads", "actors_landform_nouns", "actors_place_class_nouns",
            "actors_admin_suffixes", "actors_page_place_ends"),
}


@functools.lru_cache(maxsize=2)
def _kind_heads(kind: str) -> tuple[frozenset[str], frozenset[str]]:
    """(heads of two or more syllables, one-syllable heads) of organisations or places."""
    every = {w for name in _KIND_HEAD_LISTS[kind] for w in word_set(name)} | set(heads().get(kind, {}))
    return frozenset(w for w in every if len(w) >= 2), frozenset(w for w in every if len(w) == 1)


def _bears_kind(name: str, kind: str) -> bool:
    """The name's last word ends with a head of its kind (사단, 홀딩스, 저수지; 다카하타 역). A
    one-syllable head counts for a place after two Hangul syllables (청계동, 주왕산) or as a
    word of its own; an organisation's (원, 부) only through the line its head gave."""
    words = name.split()
    last = words[-1]
    long_heads, short_heads = _kind_heads(kind)
    if any(last.endswith(h) and (len(last) > len(h) or len(words) > 1) for h in long_heads):
        return True
    if (last in short_heads and len(words) > 1) or (kind == ORGANIZATION and _NUMBERED_DIVISION.search(last)):
        return True
    return kind == PLACE and last[-1:] in short_heads and _HANGUL2_END.search(last[:-1]) is not None


@explain_rule("actors", "러브카스톤 (one article, no kind word, in no list) → review queue; 28사단, 상계역, 장성 keep a page",
              "actors-kind-evidence")
def kind_evidence(ent: Entity) -> bool:
    """An organisation or place the corpus names once must bear its kind: a head word of its
    kind (`_bears_kind`), a line the text or a head gave it (`describe_actors`), the gazetteer,
    a list of known bodies, or a name starting with Latin capitals (NATO군). A person's name
    shape is the extractor's evidence."""
    if ent.kind not in (ORGANIZATION, PLACE) or ent.summary:
        return True
    forms = (ent.name, *ent.forms)
    if any(_bears_kind(f, ent.kind) for f in forms):
        return True
    if ent.kind == PLACE:
        return any(place_kind(f, True) or f in ALL_PLACES or f in KR_AMBIGUOUS_STEMS or f + "군" in KR_DISTRICTS
                   for f in forms)  # (장성, 영동: a county the extractor read as one from its context)
    known = _known_bodies()
    return any(f in known or f.split()[-1] in known or _LATIN_START.match(f) for f in forms)


@functools.lru_cache(maxsize=1)
def _known_bodies() -> frozenset[str]:
    return L.ORGS | O.ALL | L.STANDALONE_ORGS


def _confident_entities(kb: KnowledgeBase) -> set[str]:
    out = set()
    for aid, an in kb.analyses.items():
        for m in an.mentions:
            if m.confidence >= 1.0:
                eid = kb.mention_entity.get((aid, m.start, m.end))
                if eid:
                    out.add(eid)
    return out


@explain_rule("actors", "재판부는 … 선고했다 → no page for '재판부' (the bench of that case)", "actors-generic-body")
def generic_body(ent: Entity) -> bool:
    """A noun that names a kind of body (재판부, 사법부, 수사본부), a country's force of many bodies
    (영국 경찰, 대한민국 법원: `actors_national_forces`) or team without its sport (한국 대표팀:
    `explain_generic_teams`), or a district name many cities share (북구, 서구: `광주 북구` has
    its page), is not one body or place when written alone."""
    if ent.kind not in (ORGANIZATION, PLACE):
        return False
    if ent.name in word_set("korea_shared_district_names"):
        return not ent.curated or ent.base  # (shipped knowledge explains the name; a site may curate one)
    return not ent.curated and (ent.name in word_set("explain_generic_bodies") or _country_and_generic(ent.name)
                                or _unit_kinds_first(ent.name))


_UNIT_KINDS = re.compile(r"^[시도군구읍면동리](?:[·‧ㆍ,][시도군구읍면동리])+\s")


def _unit_kinds_first(name: str) -> bool:
    """읍·면·동 주민센터, 시·군·구 보건소: the offices of a kind of district, not one office."""
    return _UNIT_KINDS.match(name) is not None


def _country_and_generic(name: str) -> bool:
    """영국 경찰, 대한민국 법원 (a force of many bodies); 한국 대표팀, 한국팀 (a team without its sport);
    대한민국 교회, 기독교 교회 (a kind of body of a country or a faith: `explain_religions`)."""
    generic = word_set("explain_generic_bodies")
    for country in (name.split()[0], *(name[:n] for n in (1, 2, 3, 4))):
        rest = name[len(country):].strip()
        if not rest:
            continue
        if (country in COUNTRIES or country in word_set("home_country") or len(country) == 1) \
                and (rest in word_set("actors_national_forces") or rest in word_set("explain_generic_teams")
                     or rest in generic):
            return True
        if country in word_set("explain_religions") and rest in generic:
            return True
    return False


@explain_rule("actors", "포괄적 차별금지법, 기후변화협약, 건강보험, 조선시대 → no actor page", "actors-not-an-actor")
def not_an_actor(ent: Entity) -> bool:
    """A name ending in a law, treaty, scheme, era or time span (`explain_not_actor_heads`) is
    not an organisation or place, whatever its first reading was."""
    if ent.kind not in (ORGANIZATION, PLACE) or ent.curated:
        return False
    last = ent.name.split()[-1]
    several = " " in ent.name
    return any(last.endswith(h) and (len(last) > len(h) or several) for h in word_set("explain_not_actor_heads")) \
        or "/" in ent.name


@explain_rule("actors", "유럽 입자 물리 연구소(CERN) → one page; the entry CERN, whose mentions went there, gets none",
              "actors-no-articles")
def no_articles(ent: Entity) -> bool:
    """An actor no article mentions any more (its mentions joined another entity) has no page."""
    return not ent.articles


_SENTENCE_END = re.compile(r"[.!?]\s")


def _description_head(text: str, words_: int = 1) -> str:
    """The last word (or `words_` words) of a description's first sentence ("… 찾아 주는 앱.
    애플이 …" → 앱; "… 한국의 인터넷 커뮤니티." → 인터넷 커뮤니티 for two)."""
    first = _SENTENCE_END.split(text.strip() + " ", maxsplit=1)[0]
    words = first.strip().rstrip(".").split()
    return " ".join(words[-words_:]) if len(words) >= words_ else ""


@explain_rule("actors", "스포티파이 — '음악 스트리밍 서비스' → a glossary term, not an organisation",
              "actors-service-is-term")
def service_is_term(ent: Entity) -> bool:
    """An organisation described (shipped knowledge, or the first explanation the articles give)
    by a service noun (`explain_service_heads`: 앱, 사이트, 플랫폼) is a thing people use, not a
    body that acts: the glossary explains it. A site's own entry and a name that speaks stay."""
    if ent.kind != ORGANIZATION or (ent.curated and not ent.base) or ent.quotes:
        return False
    text = ent.description or (ent.definitions[0].text if ent.definitions else "")
    head = _description_head(text)
    heads = word_set("explain_service_heads")
    return bool(head) and (any(head.endswith(h) for h in heads) or _description_head(text, 2) in heads)


def services_to_glossary(kb: KnowledgeBase) -> dict[str, int]:
    """Services and apps filed as organisations become glossary terms (before terms are judged);
    a term of the same name the articles gave (`위 더 피플` quoted as a 사이트) joins the entry."""
    terms = {norm(f): e for e in kb.entities.values() if e.kind == TERM for f in (e.name, *e.forms)}
    moved = [ent for ent in kb.entities.values() if service_is_term(ent)]
    joined: dict[str, str] = {}
    for ent in moved:
        ent.kind = TERM
        same = terms.get(norm(ent.name))
        if same is not None and same is not ent and same.id not in joined:
            ent.mentions += same.mentions
            ent.definitions += same.definitions
            joined[same.id] = ent.id
    if joined:
        for aid, ids in kb.article_entities.items():
            kb.article_entities[aid] = list(dict.fromkeys(joined.get(i, i) for i in ids))
        for key, eid in kb.mention_entity.items():
            if eid in joined:
                kb.mention_entity[key] = joined[eid]
        for eid in joined:
            kb.entities.pop(eid, None)
    return {"services_as_terms": len(moved)}


def publish_actors(kb: KnowledgeBase) -> dict[str, int]:
    """Summaries for profiles; weak candidates and bare surnames leave the site."""
    confident = _confident_entities(kb)
    gone, weak = set(), []
    for ent in kb.entities.values():
        if ent.kind == TERM:
            continue
        if bare_surname(ent) or generic_body(ent) or not_an_actor(ent) or no_articles(ent):
            gone.add(ent.id)
        elif not has_evidence(ent, ent.id in confident):
            gone.add(ent.id)
            weak.append(ent)
        elif not ent.description:
            ent.summary = summary_line(ent) or ent.summary
        if ent.kind == PLACE:
            ent.quotes[:] = []  # a country or city does not speak; its named officials do
    for ent in sorted(weak, key=lambda e: e.name):
        kb.review.append(ReviewItem(
            "weak-actor", f"'{ent.name}': 근거가 약해 페이지를 만들지 않았습니다 (기사 {len(ent.articles)}건)",
            (ent.id,), tuple(ent.articles[:3]),
            f"- name: {ent.name}\n  kind: {ent.kind}\n  description: \"\"\n"))
    _unlist(kb, gone)
    return {"actors_unlisted": len(gone), "actors_to_review": len(weak)}
