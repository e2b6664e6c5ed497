"""Who or what an actor is, in one line, when nobody described it and no role is given.

A reader hovering a name wants more than "기관·단체". When an organisation or a place has
no curated or base description and no role, the line is built from what the articles
themselves say, by three named rules tried in order:

1. `appositive`: the text calls it something just before the name — "문화재 관리 기구인
   문화재청" → "문화재 관리 기구", "섬나라 트리니다드 토바고" is not taken (no copula).
2. `parent_and_head`: what its name's last word says it is (`identity/heads.yml`: 강남구 → 구,
   노벨위원회 → 위원회), and where it belongs — the place or body written just before it in
   the articles ("서울특별시 강남구" → "서울특별시의 구") or at the front of its own name
   ("일본 정부" → "일본의 정부").
3. otherwise nothing: the pop-up says the kind, and the entity stays as it is.

The result goes to `Entity.summary` (the profile's one-line description and the pop-up).
"""
from __future__ import annotations

import functools
import re
from collections import Counter
from pathlib import Path

from ..curated import _read_yaml
from ..errors import Problem
from ..model import ORGANIZATION, PERSON, PLACE, Entity, KnowledgeBase
from .rules import explain_rule

HEADS = Path(__file__).resolve().parent / "identity" / "heads.yml"
_PARENT_GAPS = (" ", "의 ", " 산하 ", " 소속 ", " 산하의 ", " 소속의 ")
"""What stands between a place or body and what belongs to it: 서울특별시 강남구, 환경부 산하
국립환경과학원, 한국콘텐츠진흥원의 게임산업본부."""
_STRINGS = {"type": "array", "items": {"type": "string", "minLength": 1}}
_HEADS_SCHEMA = {
    "type": "object", "additionalProperties": False,
    "properties": {**{k: {"type": "object", "additionalProperties": {"type": "string", "minLength": 1}}
                      for k in (ORGANIZATION, PLACE)},
                   "need_parent": _STRINGS, "sub_units": _STRINGS},
}
_HANGUL2 = re.compile(r"[가-힣]{2}$")
_WORD = r"[^\s,.·()\[\]“”\"'‘’「」『』<>《》]+"
_APPOSITIVE = re.compile(rf"(?:^|[\s,(])((?:{_WORD}\s){{0,3}}{_WORD})인\s$")
_NOT_CATEGORY_END = ("적", "것", "등", "중", "때", "곳", "데", "수", "뿐", "가운데", "하나", "씨", "측")
_PARTICLE_END = "은는이가을를과와에로도만서며고다"
_BARE_OR_GENITIVE = re.compile(rf"(?:[A-Za-z0-9가-힣·-]*[가-힣A-Za-z0-9](?<![{_PARTICLE_END}])|[가-힣A-Za-z0-9·-]+의)")
_CLASS_LISTS = {
    PERSON: ("role_nouns",),
    ORGANIZATION: ("actors_org_class_nouns", "org_class_nouns", "explain_org_heads", "org_heads"),
    PLACE: ("actors_place_class_nouns", "explain_place_heads", "place_heads"),
}


@functools.lru_cache(maxsize=3)
def _categories(kind: str) -> tuple[str, ...]:
    """Class nouns an appositive of this kind may end with (word lists, at least 2 syllables)."""
    from ..extract.wordlists import words
    out = {w for name in _CLASS_LISTS.get(kind, ()) for w in words(name) if len(w) >= 2}
    out |= {v.split()[-1] for v in heads().get(kind, {}).values() if len(v.split()[-1]) >= 2}
    return tuple(sorted(out))


@functools.lru_cache(maxsize=1)
def heads() -> dict:
    """{kind: {name end: what it is}, need_parent: [...], sub_units: [...]}; raises
    ValueError naming file and line when the file is broken."""
    data, _node, problems = _read_yaml(HEADS, _HEADS_SCHEMA, _NoHash())
    if problems:
        raise ValueError(str(problems[0]))
    return data or {}


def heads_problems() -> list[Problem]:
    return _read_yaml(HEADS, _HEADS_SCHEMA, _NoHash())[2]


class _NoHash:
    def update(self, _b: bytes) -> None:
        pass


def head_category(name: str, kind: str, parent: str | None = None) -> str | None:
    """What the last word of `name` says it is (longest listed end). A one-syllable end needs
    two Hangul syllables before it (형사2부 is not read as 부), and an end listed under
    `need_parent` counts only when the articles say where the thing is (트리폴리 is no 리)."""
    last = name.split()[-1]
    table = heads().get(kind, {})
    for end in sorted((e for e in table if last.endswith(e)), key=len, reverse=True):
        if len(end) == 1 and not _HANGUL2.search(last[:-1]) and not (" " in name and place_in_name(name)):
            return None  # (광주 북구: the place written first makes 북구 a 구)
        if end in heads().get("need_parent", ()) and not parent:
            return None
        return table[end]
    return None


_AFTER_NUMBER = frozenset(("이상", "이하", "미만", "초과", "가량", "정도", "이후", "이전", "전후", "남짓"))


@explain_rule("actors", "대한민국의 문화재 관리 기구인 문화재청 → 문화재청: 대한민국의 문화재 관리 기구", "identity-appositive")
def appositive(before: str, kind: str) -> str | None:
    """The noun phrase joined to the name by the copula 인 just before it ("…기구인 X"): its
    last word must be a class noun of that kind (기구, 도시, 수도; a role for a person) and the
    words before it bare nouns or genitives (never 파인스타인 민주당, 이유로 … 국가인 X)."""
    m = _APPOSITIVE.search(before)
    if not m:
        return None
    words = m.group(1).split()
    while len(words) > 1 and (not _BARE_OR_GENITIVE.fullmatch(words[0]) or words[0] in _AFTER_NUMBER):
        words = words[1:]  # (만 65세 이상 전직 국회의원 모임 → 전직 국회의원 모임)
    if any(not _BARE_OR_GENITIVE.fullmatch(w) for w in words[:-1]):
        return None
    last = words[-1]
    if last.endswith(_NOT_CATEGORY_END) or not any(last.endswith(c) for c in _categories(kind)):
        return None
    return " ".join(words)


@explain_rule("actors", "서울특별시 강남구 → 강남구: 서울특별시의 구; 일본 정부 → 일본의 정부", "identity-parent-and-head")
def parent_and_head(name: str, kind: str, parent: str | None) -> str | None:
    """The name's head category, placed under the place or body written before it."""
    parent = parent or place_in_name(name)
    category = head_category(name, kind, parent)
    if category and parent:
        return f"{parent}의 {category}"
    return category


_ADMIN_SUFFIX = re.compile(r"\s?(?:주|현|성|시|군|구|도|특별시|광역시|자치구|자치주)$")


@explain_rule("actors", "아이오와 주 → 아이오와's description (a known place written with its suffix)", "identity-known-stem")
def known_stem(name: str, kind: str) -> str | None:
    """A known place or body written with an administrative suffix the list leaves out
    (아이오와 주, 가고시마 현) takes the known entry's description."""
    stem = _ADMIN_SUFFIX.sub("", name)
    if stem == name or len(stem) < 2:
        return None
    desc = _known_descriptions().get((kind, stem))
    suffix = name[len(stem):].strip()
    # (뉴욕 주: the entry for 뉴욕 describes the city; only a description naming the unit fits)
    return desc if desc and re.search(rf"(?<![가-힣]){suffix}(?![가-힣])|{suffix}(?:과|와|이며|로|다)", desc) else None


@functools.lru_cache(maxsize=1)
def _known_descriptions() -> dict[tuple[str, str], str]:
    from .base import load_base_glossary
    entries = load_base_glossary()[0]
    return {(e.kind, f): e.text for e in entries if e.kind in (PLACE, ORGANIZATION) and e.text
            for f in e.forms}


@functools.lru_cache(maxsize=1)
def _known_places() -> frozenset[str]:
    """The extractor's gazetteer of places, regions and seas aside (아시아 X is no parent)."""
    from ..extract import gazetteer as G
    return frozenset(G.COUNTRIES | G.HOME_COUNTRY | G.CAPITALS_CITIES | G.KR_PROVINCES | G.KR_CITY_STEMS
                     | G.KR_DISTRICTS | G.JP | G.CN | G.US)


@explain_rule("actors", "부산역 → 부산; 한국환경공단 → 한국; 바오터우 공항 → 바오터우 (never 강남구 → 강남)", "identity-place-in-name")
def place_in_name(name: str) -> str | None:
    """A known place the name starts with (its first word, or the longest known stem of a
    one-word name), when what follows is more than an administrative suffix."""
    words = name.split()
    known = _known_places()
    if len(words) > 1:
        return words[0] if words[0] in known else None
    for cut in range(len(name) - 1, 1, -1):
        stem, rest = name[:cut], name[cut:]
        if stem in known:
            return None if _ADMIN_SUFFIX.fullmatch(rest) else stem
    return None


def _contexts(kb: KnowledgeBase) -> tuple[dict[str, Counter], dict[str, Counter]]:
    """Per entity: the appositives written before its mentions, and the entity names written
    just before them (a place before a place or body, a body before a body)."""
    apps: dict[str, Counter] = {}
    parents: dict[str, Counter] = {}
    for aid, an in kb.analyses.items():
        text = kb.articles[aid].text
        order = sorted(an.mentions, key=lambda m: m.start)
        prev = None
        for m in order:
            eid = kb.mention_entity.get((aid, m.start, m.end))
            if eid:
                ent = kb.entities.get(eid)
                got = appositive(text[max(0, m.start - 40):m.start], ent.kind) if ent else None
                if got:
                    apps.setdefault(eid, Counter())[got] += 1
                _note_parent(kb, text, prev, m, eid, parents)
            prev = (m, eid)
    return apps, parents


def _note_parent(kb: KnowledgeBase, text: str, prev, m, eid: str, parents: dict[str, Counter]) -> None:
    if not prev or not prev[1] or prev[1] == eid or text[prev[0].end:m.start] not in _PARENT_GAPS:
        return
    pe, ent = kb.entities.get(prev[1]), kb.entities.get(eid)
    if pe is None or ent is None or pe.kind not in (PLACE, ORGANIZATION):
        return
    if ent.kind == PLACE and pe.kind != PLACE:
        return
    parents.setdefault(eid, Counter())[(pe.name, pe.kind)] += 1


@explain_rule("actors", "태광실업 회장 박연차 → 태광실업: 관련 인물: 박연차 회장", "identity-members")
def members_line(members: Counter) -> str | None:
    """An organisation nobody describes is shown by the people the articles place in it, with
    their posts (at most two, the most mentioned first)."""
    if not members:
        return None
    return "관련 인물: " + ", ".join(f"{name} {title}" for (name, title), _n in members.most_common(2))


def _members(kb: KnowledgeBase) -> dict[str, Counter]:
    """Organisation name -> (person, post) pairs whose role names that organisation."""
    out: dict[str, Counter] = {}
    for ent in kb.entities.values():
        if ent.kind == PERSON:
            for r in ent.roles:
                if r.affiliation:
                    out.setdefault(r.affiliation, Counter())[(ent.name, r.title)] += 1
    return out


def describe_actors(kb: KnowledgeBase) -> dict[str, int]:
    """Fill `summary` for organisations, places and people that have no description,
    definition or role-based summary yet."""
    apps, parents = _contexts(kb)
    members = _members(kb)
    done = 0
    for ent in kb.entities.values():
        if ent.kind not in (PERSON, ORGANIZATION, PLACE) or _described(ent):
            continue
        line = _line(ent, apps.get(ent.id), parents.get(ent.id))
        if not line and ent.kind == ORGANIZATION:
            line = members_line(sum((members.get(f, Counter()) for f in {ent.name, *ent.forms}), Counter()))
        if line:
            ent.summary = line
            done += 1
    return {"actors_described_from_text": done}


def _described(ent: Entity) -> bool:
    return bool(ent.description or ent.definitions or ent.summary or ent.roles)


def _line(ent: Entity, apps: Counter | None, parents: Counter | None) -> str | None:
    if apps:
        return apps.most_common(1)[0][0]
    if ent.kind == PERSON:
        return None
    known = known_stem(ent.name, ent.kind)
    if known:
        return known
    ranked = [(name, kind) for (name, kind), _n in (parents or Counter()).most_common()]
    if ent.kind == ORGANIZATION and not _is_sub_unit(ent.name):
        ranked = [p for p in ranked if p[1] == PLACE]  # 검찰 경찰: not "검찰의 경찰"
    return parent_and_head(ent.name, ent.kind, ranked[0][0] if ranked else None)


def _is_sub_unit(name: str) -> bool:
    return head_category(name, ORGANIZATION, "-") in heads().get("sub_units", ())


__all__ = ["appositive", "describe_actors", "head_category", "heads", "heads_problems",
           "parent_and_head"]
