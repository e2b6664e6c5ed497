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

import bisect
import hashlib
import logging
from collections import Counter, defaultdict
from dataclasses import dataclass

from .curated import Curated, CuratedEntry, norm
from .model import (ACTOR_KINDS, ANONYMOUS, PERSON, PLACE, TERM, Analysis, Article,
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


def block_index(article: Article) -> list[int]:
    return [b.start for b in article.blocks]


def resolve(articles: list[Article], analyses: dict[str, Analysis], curated: Curated) -> KnowledgeBase:
    by_form = curated.by_form()
    uf = _UF()
    node_kinds: dict[str, Counter] = defaultdict(Counter)
    node_names: dict[str, Counter] = defaultdict(Counter)
    review: list[ReviewItem] = []

    def node_for(kind: str, key: str) -> str:
        if kind == PLACE:
            key = place_stem(key)
        return f"{_family(kind)}\x1f{norm(key)}"

    def curated_for(kind: str, key: str, text: str, forms) -> CuratedEntry | None:
        cur = by_form.get(norm(key)) or by_form.get(norm(text)) or \
            next((by_form[norm(f)] for f in forms if norm(f) in by_form), None)
        if cur and norm(text) in {norm(x) for x in cur.not_aliases}:
            return None
        if cur and cur.base and kind != TERM:
            return None  # the base glossary never turns a person, body or place into a term
        return cur

    # Pass 1: nodes for every (family, key), unions through bracketed forms.
    form_owner: dict[tuple[str, str], str] = {}
    mention_node: dict[tuple[str, int, int], str] = {}
    term_node: dict[tuple[str, int, int], str] = {}

    def add(kind: str, key: str, text: str, forms, weight: int = 1) -> str:
        cur = curated_for(kind, key, text, forms)
        node = f"curated\x1f{cur.kind}\x1f{cur.id}" if cur else node_for(kind, key)
        uf.find(node)
        node_kinds[node][kind] += weight
        node_names[node][key] += 1
        if cur is None:
            for f in forms:
                if not _distinctive(f):
                    continue
                # An organisation and a term given with the same bracket form (마이크로소프트(MS),
                # MS) are one thing; two people are never merged through a bracket form.
                k = ("person" if kind == PERSON else "shared", norm(f))
                if k in form_owner:
                    uf.union(form_owner[k], node)
                else:
                    form_owner[k] = node
            # The same name seen as a term in one place and an organisation or place in
            # another is one thing (the kind vote then prefers the actor kind).
            if kind != PERSON:
                k = ("shared", norm(key))
                if k in form_owner:
                    uf.union(form_owner[k], node)
                else:
                    form_owner[k] = node
        return node

    for art in articles:
        an = analyses.get(art.id)
        if an is None:
            continue
        for m in an.mentions:
            if m.kind == ANONYMOUS:
                continue
            if (m.kind == TERM and norm(m.text) in curated.not_terms) or \
               (m.kind != TERM and norm(m.text) in curated.not_actors):
                continue
            mention_node[(art.id, m.start, m.end)] = add(m.kind, m.key, m.text, m.forms)
        for t in an.terms:
            if norm(t.term) in curated.not_terms:
                continue
            # TermInfo carries no weight in the kind vote: its mentions already count.
            term_node[(art.id, t.start, t.end)] = add(TERM, t.term, t.term, t.glosses, weight=0)

    # Pass 2: short person names -> the one person whose full name has them.
    persons_by_part: dict[str, set[str]] = defaultdict(set)
    for node, kinds in node_kinds.items():
        if kinds.most_common(1)[0][0] == PERSON and not node.startswith("curated"):
            name = node.split("\x1f", 1)[1]
            parts = name.split()
            if len(parts) > 1:
                for p in (parts[0], parts[-1]):
                    persons_by_part[p].add(node)
    for node, kinds in list(node_kinds.items()):
        if node.startswith("curated") or kinds.most_common(1)[0][0] != PERSON:
            continue
        name = node.split("\x1f", 1)[1]
        if " " in name:
            continue
        cands = {uf.find(c) for c in persons_by_part.get(name, ())}
        if len(cands) == 1:
            uf.union(cands.pop(), node)
        elif len(cands) > 1:
            names = sorted(node_names[c].most_common(1)[0][0] for c in cands if node_names[c])
            review.append(ReviewItem(
                "candidate-merge", f"'{name}'은(는) 다음 중 누구인지 알 수 없어 합치지 않았습니다: {', '.join(names)}",
                suggestion=f"- name: {names[0]}\n  kind: person\n  aliases: [{name}]\n"))

    # Pass 3: groups -> entities.
    groups: dict[str, list[str]] = defaultdict(list)
    for node in list(uf.parent):
        groups[uf.find(node)].append(node)
    curated_by_node = {f"curated\x1f{e.kind}\x1f{e.id}": e for e in curated.entries}

    ents: dict[str, Entity] = {}
    root_entity: dict[str, str] = {}
    claims: list[tuple[str, str]] = []
    group_info: dict[str, tuple[str, str, CuratedEntry | None]] = {}
    for root, nodes in groups.items():
        cur = next((curated_by_node[n] for n in nodes if n in curated_by_node), None)
        kinds = Counter()
        names = Counter()
        for n in nodes:
            kinds.update(node_kinds.get(n, Counter()))
            names.update(node_names.get(n, Counter()))
        if cur:
            kind, name = cur.kind, cur.name
        else:
            if not kinds and not names:
                continue
            actor_kinds = Counter({k: v for k, v in kinds.items() if k in ACTOR_KINDS})
            kind = actor_kinds.most_common(1)[0][0] if actor_kinds else (kinds.most_common(1)[0][0] if kinds else TERM)
            # Fullest Korean-looking name wins; ties by frequency, then alphabetically.
            if kind == PLACE:
                # 서울 / 서울시 / 서울특별시: the form the articles use most
                name = sorted(names.items(), key=lambda kv: (-_hangul(kv[0]), -kv[1], len(kv[0]), kv[0]))[0][0]
            else:
                name = sorted(names.items(), key=lambda kv: (-_hangul(kv[0]), -len(kv[0].split()), -kv[1], kv[0]))[0][0]
        group_info[root] = (kind, name, cur)
        if not cur:
            claims.append((root, name))
    slugs, collisions = _stable_slugs(claims, {e.id for e in curated.entries})
    for slug, keys in collisions:
        review.append(ReviewItem("slug-collision", f"여러 항목이 같은 주소 '{slug}'를 원합니다: "
                                 + ", ".join(k.split('\x1f')[-1] for k in keys)))
    for root, (kind, name, cur) in group_info.items():
        eid = cur.id if cur else slugs[root]
        ent = Entity(id=eid, kind=kind, name=name, curated=bool(cur))
        if cur:
            ent.forms = [f for f in cur.aliases if f != name]
            ent.glosses = list(cur.glosses)
            ent.description = cur.text
            ent.category = cur.category
            ent.source = _repo_relative(cur.source)
            ent.base = cur.base
            ent.related = list(cur.related)
        ents[eid] = ent
        root_entity[root] = eid
    # A curated entry no article mentions gets no page: the site explains its corpus.
    kb = KnowledgeBase(articles={a.id: a for a in articles}, analyses=analyses, entities=ents, review=review)
    _attach(kb, articles, analyses, uf, mention_node, term_node, root_entity)
    return kb


_ADMIN_SUFFIXES = ("특별자치시", "특별자치도", "특별시", "광역시", "자치시", "시", "도")


def _repo_relative(source: str) -> str:
    """`/…/repo/seeds/curated/glossary.yml:12` -> `seeds/curated/glossary.yml:12`."""
    from .config import ROOT
    root = str(ROOT) + "/"
    return source[len(root):] if source.startswith(root) else source


def place_stem(name: str) -> str:
    """서울특별시 / 서울시 -> 서울, 부산광역시 -> 부산, 경기도 -> 경기: Korean
    administrative suffixes are dropped for grouping when a two-syllable stem remains, so
    the short and the official name of one place share a profile. Names of other shapes
    (인도, 이란, 미국) are left alone."""
    n = name.strip()
    if " " in n:
        return n
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
            if m.text != ent.name and m.text not in ent.forms and len(m.text) > 1:
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
