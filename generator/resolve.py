"""Mentions from all articles -> canonical entities (the knowledge base).

How mentions are grouped, in order:
1. A curated entry claims every mention whose text, key or given forms match one of its
   forms (name, aliases, glosses); `not_aliases` keeps a form away from it.
2. Otherwise mentions are grouped by their *key* (the fullest name the extractor saw in
   the article, e.g. "조 바이든" for a later "바이든"), and keys that share a
   distinctive form given in brackets (`오커스(AUKUS)` / `AUKUS`, `마이크로소프트(MS)` /
   `MS`) are merged with a union-find.
3. A person known in an article only by a short name ("바이든") joins the one person
   whose full name ends or starts with it; if several people share it, no merge is made
   and the case goes to the review queue (two people with one surname are not merged
   without evidence).
A group's kind is the majority of its mentions' kinds, actors winning over terms (an
organisation given with its abbreviation is still an organisation).
"""
from __future__ import annotations

import re

import bisect
import hashlib
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass, field

from .curated import Curated, CuratedEntry, norm
from .extract.gazetteer import SHORT_COUNTRY
from .extract.rules import rule
from .extract.wordlists import word_set
from .model import (ACTOR_KINDS, ANONYMOUS, ORGANIZATION, PERSON, PLACE, TERM, Analysis, Article,
                    Definition, Entity, KnowledgeBase, MentionRef, QuoteRef,
                    ReviewItem, Role)
from .slug import slugify

log = logging.getLogger(__name__)


class _UF:
    def __init__(self) -> None:
        self.parent: dict[str, str] = {}

    def find(self, x: str) -> str:
        self.parent.setdefault(x, x)
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a: str, b: str) -> None:
        ra, rb = self.find(a), self.find(b)
        if ra != rb:
            # Deterministic: the smaller key becomes the root.
            if rb < ra:
                ra, rb = rb, ra
            self.parent[rb] = ra


def _family(kind: str) -> str:
    return "actor" if kind in ACTOR_KINDS else kind


def _distinctive(form: str) -> bool:
    """A bracketed form good enough to merge on: not a number, not a single letter."""
    f = form.strip()
    return len(f) >= 2 and not f.replace(".", "").replace(",", "").isdigit()


@dataclass
class _Group:
    key: str
    curated: CuratedEntry | None = None


@rule("resolve", "대한민국 축구 국가 대표팀 = 대한민국 축구 국가대표팀 (the same body written with another spacing)", "resolve-spacing")
def _node_key(kind: str, key: str) -> str:
    """Organisations and places written with different spacing are one (Korean spacing of
    compound names varies); people's names keep their spaces."""
    k = norm(place_stem(key) if kind == PLACE else _full_country(key) if kind == ORGANIZATION else key)
    return k if kind == PERSON else k.replace(" ", "")


_SHORT_COUNTRY_WORDS = frozenset("미중일러영북독불")  # (not 한, 대, 인, 호: also plain words)


@rule("resolve", "미 정부 = 미국 정부, 미 항공우주국 → the entry 미국 항공우주국", "resolve-short-country")
def _full_country(key: str) -> str:
    """A body written after a country's one-syllable short form (미, 중, 일, 러) is the body
    written after the country's name."""
    first, _, rest = key.partition(" ")
    return f"{SHORT_COUNTRY[first]} {rest}" if rest and first in _SHORT_COUNTRY_WORDS else key


_HOME_PREFIXES = ("대한민국 ", "한국 ")


@rule("resolve", "광주 북구 … 북구, 미국 민주당 … 민주당 → no other name 북구, 민주당 (nor a page pointing to it)",
      "resolve-generic-form")
def _generic_form(m) -> bool:
    """A mention keyed with its city or body (광역수사대 → 서울지방경찰청 광역수사대) does not give
    the entity its bare text as another name: every city or body has one."""
    key = m.entity_key or m.key
    return key != m.text and key.endswith(" " + m.text) and (
        m.text in word_set("korea_shared_district_names") or m.text in word_set("actors_generic_sub_units")
        or m.text in word_set("explain_generic_bodies") or m.text in word_set("actors_national_body_names")
        or (m.kind == PLACE and len(m.text) == 2))  # (not 푸틴)


@rule("resolve", "광주 북구 → its own page, not the entry for every city's 북구; 미국 민주당 → not the Korean 민주당",
      "resolve-city-district")
def _city_district(key: str, text: str) -> bool:
    """A district name many cities share, keyed with its city (광주 북구), a city keyed with its
    province because another province has one of that name (경기 광주), or a body many countries
    have, keyed with its country (미국 기상청), is not claimed by the entry that explains the bare name."""
    return key != text and (text in word_set("korea_shared_district_names")
                            or text in word_set("actors_national_body_names")
                            or key in word_set("korea_city_names_in_two_provinces"))  # (경기 광주)


@rule("resolve", "강남·중화·상원군의 강남 (key 강남군) → not the entry for Seoul's 강남; 롯데 (key 롯데카드) → not the 롯데 group",
      "resolve-keyed-apart")
def _named_apart(kind: str, key: str, text: str) -> bool:
    """A body or place the article names more fully (its key is not the text: 강남 → 강남군, 롯데 →
    롯데카드, 두산 → 두산 베어스) is not claimed by the entry for the bare text, which explains
    another thing of that name; the home country before a body (대한민국 금융위원회), a parent
    before a unit (유엔 인권이사회) or a spacing variant keeps the bare name's entry."""
    if kind not in (ORGANIZATION, PLACE) or key == text or key.endswith(" " + text):
        return False  # (유엔 인권이사회: a unit keyed with its parent is still the entry's unit)
    rest = key.split(" ", 1)[1] if key.startswith(_HOME_PREFIXES) else key
    return norm(rest.replace(" ", "")) != norm(text.replace(" ", ""))


@rule("resolve", "인천 광역시 → 인천광역시's entry; 대한민국 금융감독원 → 금융감독원's entry; 피어슨 국제 공항 → "
      "피어슨 국제공항's", "resolve-other-spelling")
def _known_by_other_spelling(by_form: dict, key: str) -> CuratedEntry | None:
    """A body or place written with a space the entry leaves out (인천 광역시), or a Korean body
    written after the country's name (a country before a Korean body is not part of its name),
    is the entry's."""
    cur = by_form.get(norm(key.replace(" ", ""))) if " " in key else None
    if cur is None and _full_country(key) != key:
        cur = by_form.get(norm(_full_country(key)))
    if cur is None and key.startswith(_HOME_PREFIXES):
        cur = by_form.get(norm(key.split(" ", 1)[1]))
    if cur is None and " " in key:
        cur = _spaceless(by_form).get(norm(key).replace(" ", ""))  # 피어슨 국제 공항 = 피어슨 국제공항
    return cur if cur is not None and cur.kind != TERM else None


_SPACELESS: list = [None, {}]
"""The last table `_spaceless` indexed and its index (one slot: each build has its own table)."""


def _spaceless(by_form: dict) -> dict:
    """`by_form` keyed without spaces (built once per table; ambiguous keys left out)."""
    if _SPACELESS[0] is not by_form:
        index: dict[str, CuratedEntry | None] = {}
        for form, entry in by_form.items():
            k = form.replace(" ", "")
            index[k] = entry if index.get(k, entry) is entry else None
        _SPACELESS[:] = [by_form, {k: v for k, v in index.items() if v is not None}]
    return _SPACELESS[1]


def block_index(article: Article) -> list[int]:
    return [b.start for b in article.blocks]


@dataclass
class _Grouping:
    """Mentions of all articles as nodes of a union-find, keyed by (family, key) or by the
    curated entry that claims them."""

    curated: Curated
    by_form: dict[str, CuratedEntry] = field(default_factory=dict)
    uf: _UF = field(default_factory=_UF)
    node_kinds: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    node_names: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    form_owner: dict[tuple[str, str], str] = field(default_factory=dict)
    mention_node: dict[tuple[str, int, int], str] = field(default_factory=dict)
    term_node: dict[tuple[str, int, int], str] = field(default_factory=dict)
    review: list[ReviewItem] = field(default_factory=list)

    def curated_for(self, kind: str, key: str, text: str, forms) -> CuratedEntry | None:
        by_form = self.by_form
        cur = by_form.get(norm(key)) or (None if _city_district(key, text) or _named_apart(kind, key, text)
                                         else by_form.get(norm(text)))
        if cur is None and kind == PLACE and place_stem(key) != key:
            cur = by_form.get(norm(place_stem(key)))  # 파주지역, 후쿠시마현: the entry for 파주, 후쿠시마
        if cur is None and kind in (ORGANIZATION, PLACE):
            cur = _known_by_other_spelling(by_form, key)
        if cur is None:
            # a bracket form the article gives (제네시스(DH)) claims only a site entry: shipped
            # knowledge is matched by the name itself, short Latin forms being ambiguous
            cur = next((by_form[norm(f)] for f in forms if norm(f) in by_form and not by_form[norm(f)].base), None)
        if cur and norm(text) in {norm(x) for x in cur.not_aliases}:
            return None
        if cur and cur.base and ((cur.kind == TERM) != (kind == TERM) or (cur.kind == PERSON) != (kind == PERSON)):
            return None  # shipped knowledge never turns an actor into a term, nor a term into an actor,
            # nor a person into a place or body (the archer 안산 is not the city 안산)
        return cur

    def _claim(self, k: tuple[str, str], node: str) -> None:
        if k in self.form_owner:
            self.uf.union(self.form_owner[k], node)
        else:
            self.form_owner[k] = node

    def add(self, kind: str, key: str, text: str, forms, weight: int = 1) -> str:
        """The node of one mention; bracket forms and shared names join nodes."""
        cur = self.curated_for(kind, key, text, forms)
        if cur:
            node = f"curated\x1f{cur.kind}\x1f{cur.id}"
        else:
            node = f"{_family(kind)}\x1f{_node_key(kind, key)}"
        self.uf.find(node)
        self.node_kinds[node][kind] += weight
        self.node_names[node][key] += 1
        if cur is None:
            for f in forms:
                if _distinctive(f):
                    # An organisation and a term given with the same bracket form (마이크로소프트(MS),
                    # MS) are one thing; two people are never merged through a bracket form.
                    self._claim(("person" if kind == PERSON else "shared", norm(f)), node)
            # The same name seen as a term in one place and an organisation or place in
            # another is one thing (the kind vote then prefers the actor kind).
            if kind != PERSON:
                self._claim(("shared", norm(key)), node)
        return node


def _add_mentions(g: _Grouping, articles: list[Article], analyses: dict[str, Analysis]) -> None:
    """Pass 1: a node for every (family, key), unions through bracketed forms."""
    for art in articles:
        an = analyses.get(art.id)
        if an is None:
            continue
        nodes_at: dict[tuple[int, int], dict[str, str]] = defaultdict(dict)
        for m in an.mentions:
            if m.kind == ANONYMOUS:
                continue
            if (m.kind == TERM and norm(m.text) in g.curated.not_terms) or \
               (m.kind != TERM and norm(m.text) in g.curated.not_actors):
                continue
            if m.entity_key == "":
                continue  # a match-up's side: linked to no page
            node = g.mention_node[(art.id, m.start, m.end)] = g.add(m.kind, m.entity_key or m.key, m.text, m.forms)
            nodes_at[(m.start, m.end)][_family(m.kind)] = node
        _term_read_as_actor(g, nodes_at)
        _company_glossed_as_term(g, an, art.id)
        for t in an.terms:
            if norm(t.term) in g.curated.not_terms:
                continue
            # TermInfo carries no weight in the kind vote: its mentions already count.
            g.term_node[(art.id, t.start, t.end)] = g.add(TERM, t.term, t.term, t.glosses, weight=0)


@rule("resolve", "한국철도시설공단(KR) read as a body and as a glossed term → one body, KR its short name",
      "resolve-term-read-as-actor")
def _term_read_as_actor(g: _Grouping, nodes_at: dict[tuple[int, int], dict[str, str]]) -> None:
    """A span the article's reading took both as an actor and as a term (a body introduced
    with its abbreviation in brackets) is one entity: the term's node joins the actor's,
    bringing its short forms, and the actor's kind wins the vote. `nodes_at`: one article's
    span -> {family: node}."""
    for nodes in nodes_at.values():
        if "actor" in nodes and TERM in nodes:
            g.uf.union(nodes["actor"], nodes[TERM])


_LEGAL_FORM = re.compile(r"^(?:주식회사\s*|\(주\)\s*|㈜\s*)|(?:\s*주식회사|\s*\(주\)|\s*㈜)$")


@rule("resolve", "주식회사 에스알(SR)은 … 에스알 관계자는 → one company (the glossed legal name is its name)",
      "resolve-legal-form-term")
def _company_glossed_as_term(g: _Grouping, an: Analysis, aid: str) -> None:
    """A term read from a company's legal name with its abbreviation (주식회사 에스알(SR)) joins
    the organisation the same article names without the legal form."""
    orgs = {norm(m.key): g.mention_node[(aid, m.start, m.end)] for m in an.mentions
            if m.kind == ORGANIZATION and (aid, m.start, m.end) in g.mention_node}
    for m in an.mentions:
        if m.kind == TERM and _LEGAL_FORM.search(m.text) and (aid, m.start, m.end) in g.mention_node:
            plain = orgs.get(norm(_LEGAL_FORM.sub("", m.text)))
            if plain is not None:
                g.uf.union(plain, g.mention_node[(aid, m.start, m.end)])


def _merge_short_names(g: _Grouping) -> None:
    """Pass 2: a short person name joins the one person whose full name has it; when several
    people share it, nothing is merged and the case goes to the review queue."""
    persons_by_part: dict[str, set[str]] = defaultdict(set)
    for node, kinds in g.node_kinds.items():
        if kinds.most_common(1)[0][0] == PERSON and not node.startswith("curated"):
            parts = node.split("\x1f", 1)[1].split()
            if len(parts) > 1:
                for p in (parts[0], parts[-1]):
                    persons_by_part[p].add(node)
    for node, kinds in list(g.node_kinds.items()):
        if node.startswith("curated") or kinds.most_common(1)[0][0] != PERSON:
            continue
        name = node.split("\x1f", 1)[1]
        if " " in name:
            continue
        cands = {g.uf.find(c) for c in persons_by_part.get(name, ())}
        if len(cands) == 1:
            g.uf.union(cands.pop(), node)
        elif len(cands) > 1:
            names = sorted(g.node_names[c].most_common(1)[0][0] for c in cands if g.node_names[c])
            g.review.append(ReviewItem(
                "candidate-merge", f"'{name}'은(는) 다음 중 누구인지 알 수 없어 합치지 않았습니다: {', '.join(names)}",
                suggestion=f"- name: {names[0]}\n  kind: person\n  aliases: [{name}]\n"))


def _person_nodes(g: _Grouping):
    """(node, name) of the people the articles name (not claimed by a curated entry)."""
    for node, kinds in g.node_kinds.items():
        if not node.startswith("curated") and kinds.most_common(1)[0][0] == PERSON:
            yield node, node.split("\x1f", 1)[1]


@rule("resolve", "앙드레김 (a headline) + 앙드레 김 → one person", "resolve-person-spacing")
def _merge_person_spacing(g: _Grouping) -> None:
    """People whose names differ only by spaces (앙드레김, 앙드레 김) are one person."""
    by_bare: dict[str, str] = {}
    for node, name in _person_nodes(g):
        bare = name.replace(" ", "")
        if len(bare) >= 3 and bare in by_bare:
            g.uf.union(by_bare[bare], node)
        else:
            by_bare.setdefault(bare, node)


_NUMBERED_PLANT = re.compile(r"(.+)제\d+원전")


@rule("resolve", "후쿠시마 원전 (one article) + 후쿠시마 제1원전 (another) → one plant", "resolve-plant-number")
def _merge_unnumbered_plants(g: _Grouping) -> None:
    """A plant named by its place alone (후쿠시마 원전) is the one plant there that the corpus
    numbers (후쿠시마 제1원전), when it numbers only one."""
    places = [(node, node.split("\x1f", 1)[1]) for node, kinds in g.node_kinds.items()
              if not node.startswith("curated") and kinds.most_common(1)[0][0] == PLACE]
    numbered: dict[str, list[str]] = defaultdict(list)
    for node, key in places:
        m = _NUMBERED_PLANT.fullmatch(key)
        if m:
            numbered[m.group(1)].append(node)
    for node, key in places:
        if key.endswith("원전") and not _NUMBERED_PLANT.fullmatch(key) and len(numbered.get(key[:-2], ())) == 1:
            g.uf.union(numbered[key[:-2]][0], node)


@rule("resolve", "known 푸틴 ('… 블라디미르 푸틴.') + 블라디미르 푸틴 in an article → one person",
      "resolve-known-short-name")
def _merge_known_short_names(g: _Grouping) -> None:
    """Shipped knowledge names a foreign leader as the news does (푸틴, 바이든) and writes the full
    name in its description; a person the articles name in full (블라디미르 푸틴, 아베 신조), whose
    name starts or ends with that short name and appears in the description, is the same person."""
    by_part: dict[str, list[tuple[str, str]]] = defaultdict(list)
    for node, full in _person_nodes(g):
        if len(full.split()) > 1:
            for part in {full.split()[0], full.split()[-1]}:  # (아베 신조: the family name first)
                by_part[part].append((node, full))
    for e in g.curated.entries:
        node = f"curated\x1f{e.kind}\x1f{e.id}"
        if not e.base or e.kind != PERSON or " " in e.name or node not in g.node_kinds:
            continue
        said = [n for n, full in by_part.get(e.name, ()) if full in (e.text or "")]
        if len(said) == 1:
            g.uf.union(node, said[0])


def _kind_and_name(kinds: Counter, names: Counter) -> tuple[str, str]:
    """A group's kind is the majority of its mentions' kinds, actors winning over terms; its
    name the fullest Korean-looking form (places: the form the articles use most)."""
    actor_kinds = Counter({k: v for k, v in kinds.items() if k in ACTOR_KINDS})
    kind = actor_kinds.most_common(1)[0][0] if actor_kinds else (kinds.most_common(1)[0][0] if kinds else TERM)
    if kind == PLACE:
        # 서울 / 서울시 / 서울특별시: the form the articles use most
        name = sorted(names.items(), key=lambda kv: (-_hangul(kv[0]), -kv[1], len(kv[0]), kv[0]))[0][0]
    else:
        name = sorted(names.items(), key=lambda kv: (-_hangul(kv[0]), -len(kv[0].split()), -kv[1], kv[0]))[0][0]
    return kind, name


def _groups(g: _Grouping) -> dict[str, tuple[str, str, CuratedEntry | None]]:
    """Pass 3: (kind, name, curated entry) per union-find root."""
    groups: dict[str, list[str]] = defaultdict(list)
    for node in list(g.uf.parent):
        groups[g.uf.find(node)].append(node)
    curated_by_node = {f"curated\x1f{e.kind}\x1f{e.id}": e for e in g.curated.entries}
    out = {}
    for root, nodes in groups.items():
        cur = next((curated_by_node[n] for n in nodes if n in curated_by_node), None)
        kinds, names = Counter(), Counter()
        for n in nodes:
            kinds.update(g.node_kinds.get(n, Counter()))
            names.update(g.node_names.get(n, Counter()))
        if cur:
            out[root] = (cur.kind, _known_full_name(cur, names), cur)
        elif kinds or names:
            out[root] = (*_kind_and_name(kinds, names), None)
    return out


def _known_full_name(cur: CuratedEntry, names: Counter) -> str:
    """A person shipped knowledge names short (스가) is shown by the full name the articles use and
    the description gives (스가 요시히데); any other entry by its own name."""
    if not cur.base or cur.kind != PERSON or " " in cur.name:
        return cur.name
    full = [n for n in names if " " in n and cur.name in n.split() and n in (cur.text or "")]
    return max(full, key=lambda n: names[n]) if full else cur.name


def _entity(eid: str, kind: str, name: str, cur: CuratedEntry | None) -> Entity:
    ent = Entity(id=eid, kind=kind, name=name, curated=bool(cur))
    if cur:
        ent.forms = [f for f in (*cur.aliases, cur.name) if f != name]  # (스가 under 스가 요시히데)
        ent.glosses = list(cur.glosses)
        ent.description = cur.text
        ent.category = cur.category
        ent.source = _repo_relative(cur.source)
        ent.base = cur.base
        ent.related = list(cur.related)
    return ent


def resolve(articles: list[Article], analyses: dict[str, Analysis], curated: Curated) -> KnowledgeBase:
    """Mentions of every article grouped into entities (see the module docstring)."""
    g = _Grouping(curated, curated.by_form())
    _add_mentions(g, articles, analyses)
    _merge_short_names(g)
    _merge_person_spacing(g)
    _merge_known_short_names(g)
    _merge_unnumbered_plants(g)
    group_info = _groups(g)
    claims = [(root, name) for root, (_k, name, cur) in group_info.items() if not cur]
    slugs, collisions = _stable_slugs(claims, {e.id for e in curated.entries})
    for slug, keys in collisions:
        g.review.append(ReviewItem("slug-collision", f"여러 항목이 같은 주소 '{slug}'를 원합니다: "
                                   + ", ".join(k.split('\x1f')[-1] for k in keys)))
    ents: dict[str, Entity] = {}
    root_entity: dict[str, str] = {}
    for root, (kind, name, cur) in group_info.items():
        eid = cur.id if cur else slugs[root]
        ents[eid] = _entity(eid, kind, name, cur)
        root_entity[root] = eid
    # A curated entry no article mentions gets no page: the site explains its corpus.
    kb = KnowledgeBase(articles={a.id: a for a in articles}, analyses=analyses, entities=ents, review=g.review)
    _attach(kb, articles, analyses, g.uf, g.mention_node, g.term_node, root_entity)
    return kb


_AIRPORT = re.compile(r"\s*(?:국제\s*)?공항$")
_ADMIN_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "자치시", "시", "도", "현", "지역")


def _repo_relative(source: str) -> str:
    """`/…/repo/seeds/curated/glossary.yml:12` -> `seeds/curated/glossary.yml:12`."""
    from .config import ROOT
    root = str(ROOT) + "/"
    return source[len(root):] if source.startswith(root) else source


def place_stem(name: str) -> str:
    """서울특별시 / 서울시 -> 서울, 부산광역시 -> 부산, 경기도 -> 경기, 성주지역 -> 성주, 후쿠시마현 -> 후쿠시마: Korean
    administrative suffixes are dropped for grouping when a two-syllable stem remains, so
    the short and the official name of one place share a profile; so do a US state with and
    without 주 when its name alone means the state (`us_states_named_alone`). Names of other
    shapes (인도, 이란, 미국) are left alone."""
    n = name.strip()
    if n.endswith("공항") and len(n) > 4:
        return _AIRPORT.sub(" 공항", n)  # 브누코보 국제공항 = 브누코보 공항, 인천국제공항 = 인천공항
    state = n.removesuffix("주").rstrip()
    if state != n and state in word_set("us_states_named_alone"):
        return state  # 일리노이 주, 일리노이주 -> 일리노이 (not 뉴욕 주: 뉴욕 is the city)
    if " " in n:
        return n  # (미야자키 현 stays: the bare 미야자키 may be the city)
    for suf in _ADMIN_SUFFIXES:
        if n.endswith(suf) and len(n) - len(suf) >= 2 and all("가" <= c <= "힣" for c in n):
            return n[: -len(suf)]
    return n


def _hangul(s: str) -> int:
    return 1 if any("가" <= c <= "힣" for c in s) else 0


def _stable_slugs(claims: list[tuple[str, str]], taken: set[str]) -> tuple[dict[str, str], list]:
    """Slug per group, unique across terms and actors (it is also the entity id).

    Every claimant of a colliding slug gets a suffix made from a hash of its own group
    key, so a URL depends on the entity alone, not on the order the corpus was read.
    """
    by_slug: dict[str, list[str]] = defaultdict(list)
    for key, name in claims:
        by_slug[slugify(name)].append(key)
    out: dict[str, str] = {}
    collisions = []
    for slug, keys in by_slug.items():
        if len(keys) == 1 and slug not in taken:
            out[keys[0]] = slug
            continue
        collisions.append((slug, sorted(keys)))
        for k in keys:
            out[k] = f"{slug}-{hashlib.sha1(k.encode()).hexdigest()[:6]}"
    return out, collisions


def _attach(kb: KnowledgeBase, articles, analyses, uf, mention_node, term_node, root_entity) -> None:
    for art in articles:
        an = analyses.get(art.id)
        if an is None:
            continue
        starts = block_index(art)
        order: dict[str, None] = {}
        key_entity: dict[str, str] = {}
        for m in sorted(an.mentions, key=lambda m: m.start):
            node = mention_node.get((art.id, m.start, m.end))
            if node is None:
                continue
            eid = root_entity.get(uf.find(node))
            if eid is None:
                continue
            ent = kb.entities[eid]
            kb.mention_entity[(art.id, m.start, m.end)] = eid
            order.setdefault(eid, None)
            key_entity.setdefault(norm(m.key), eid)
            key_entity.setdefault(norm(m.text), eid)
            bi = max(0, bisect.bisect_right(starts, m.start) - 1)
            ent.mentions.append(MentionRef(art.id, m.start, m.end, m.text, m.sentence.start, m.sentence.end, bi))
            for f in m.forms:
                if f not in ent.forms and f not in ent.glosses and f != ent.name:
                    ent.forms.append(f)
            if m.text != ent.name and m.text not in ent.forms and len(m.text) > 1 and not _generic_form(m):
                ent.forms.append(m.text)
            if m.kind == PERSON and m.role:
                role = Role(m.role, m.affiliation, art.id, art.meta.date)
                if not any(r.title == role.title and r.article_id == art.id for r in ent.roles):
                    ent.roles.append(role)
            elif m.descriptor and ent.kind != TERM and not ent.description:
                if not any(d.text == m.descriptor for d in ent.definitions):
                    ent.definitions.append(Definition(m.descriptor, "extracted", art.id,
                                                      art.text[m.sentence.start:m.sentence.end], m.start, m.end))
        for t in an.terms:
            node = term_node.get((art.id, t.start, t.end))
            eid = root_entity.get(uf.find(node)) if node else None
            if eid is None:
                continue
            ent = kb.entities[eid]
            order.setdefault(eid, None)
            for g in t.glosses:
                if g not in ent.glosses and g != ent.name:
                    ent.glosses.append(g)
            if t.definition and not any(d.text == t.definition for d in ent.definitions):
                ent.definitions.append(Definition(t.definition, "extracted", art.id,
                                                  art.text[t.sentence.start:t.sentence.end],
                                                  t.definition_span.start if t.definition_span else None,
                                                  t.definition_span.end if t.definition_span else None))
        for q in an.quotes:
            if not q.speaker:
                continue
            eid = key_entity.get(norm(q.speaker))
            if eid:
                kb.entities[eid].quotes.append(QuoteRef(art.id, q.text, q.start, q.end, q.verb))
        kb.article_entities[art.id] = list(order)
