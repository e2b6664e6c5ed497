"""The best explanation per term, and the threshold before a term gets a public page.

After resolving, each term entity has its curated or base definition (`description`)
and the definitions the articles gave (`definitions`). Here:

1. bracket markers are dropped from glosses; every extracted definition is judged
   (`quality.judge`): another name moves to the other forms, noise is dropped;
2. definitional sentences anywhere in the corpus (`patterns.find_definitions`) add
   explanations for terms whose own articles gave none;
3. explanations are ordered: agreed by most articles first, then the most informative;
4. a term with neither a definition nor an extracted explanation leaves the site (no page,
   no link) and goes to the review queue, ranked by how many articles use it, with a
   ready-to-paste entry.
"""
from __future__ import annotations

import logging
from collections import Counter
from dataclasses import replace

from ..curated import norm
from ..model import ORGANIZATION, PERSON, PLACE, TERM, Definition, Entity, KnowledgeBase, ReviewItem
from . import quality
from .patterns import find_definitions
from .rules import explain_rule

log = logging.getLogger(__name__)


def _sort_definitions(ent: Entity) -> None:
    """Explanations before categories; agreed across articles, then longer, first."""
    agree = Counter(norm(d.text) for d in ent.definitions)
    ent.definitions.sort(key=lambda d: (d.kind != quality.EXPLANATION, -agree[norm(d.text)], -len(d.text)))
    seen: set[str] = set()
    ent.definitions[:] = [d for d in ent.definitions if not (norm(d.text) in seen or seen.add(norm(d.text)))]


def _judge_definitions(ent: Entity) -> None:
    ent.glosses[:] = [g for g in ent.glosses if not quality.bracket_marker(g)]
    kept = []
    for d in ent.definitions:
        v = quality.judge(ent.name, d.text, ent.glosses)
        if v.kind == quality.OTHER_NAME:
            if v.text not in ent.glosses and v.text != ent.name:
                ent.glosses.append(v.text)
        elif v.kind in (quality.EXPLANATION, quality.CATEGORY):
            kept.append(replace(d, text=v.text, kind=v.kind))
    ent.definitions[:] = kept


def _add_corpus_definitions(kb: KnowledgeBase, terms: list[Entity]) -> int:
    known: dict[str, str] = {}
    by_name = {}
    for ent in terms:
        by_name[ent.name] = ent
        for f in (ent.name, *ent.forms):
            if len(f) >= 2:
                known.setdefault(norm(f), ent.name)
    added = 0
    for f in find_definitions(kb.articles.values(), kb.analyses, known):
        ent = by_name[f.term]
        v = quality.judge(ent.name, f.definition, ent.glosses)
        if v.kind == quality.EXPLANATION and not any(norm(d.text) == norm(v.text) for d in ent.definitions):
            ent.definitions.append(Definition(v.text, "extracted", f.article_id, f.sentence, f.start, f.end))
            added += 1
    return added


@explain_rule("choose", "V90이 공개됐다 (이름뿐, 설명 없음) → review queue, no page", "choose-listed-needs-explanation")
def is_explained(ent: Entity) -> bool:
    """A term is listed only with a curated or base definition, or an extracted explanation."""
    return bool(ent.description) or any(d.kind == quality.EXPLANATION for d in ent.definitions)


def _suggestion(ent: Entity) -> str:
    gl = f"\n  glosses: [{', '.join(ent.glosses)}]" if ent.glosses else ""
    cat = next((d.text for d in ent.definitions if d.kind == quality.CATEGORY), None)
    hint = f"{cat}의 하나. " if cat else ""
    return f"- name: {ent.name}{gl}\n  definition: \"{hint}\"\n"


def _unlist(kb: KnowledgeBase, gone: set[str]) -> None:
    for eid in gone:
        kb.entities.pop(eid, None)
    for k in [k for k, v in kb.mention_entity.items() if v in gone]:
        del kb.mention_entity[k]
    for aid, ids in kb.article_entities.items():
        kb.article_entities[aid] = [i for i in ids if i not in gone]


@explain_rule("terms", "노키아(핀란드 최대의 휴대전화 제조사) with 노키아 a known company → the company's page, not a term", "terms-actor-never-a-term")
def actor_for_term(ent: Entity, actors: dict[str, Entity]) -> Entity | None:
    """A term whose name is also the name of a person, organisation or place (listed, curated
    or known) is that actor: an actor never becomes a glossary term. (A base glossary term
    named like an actor the articles give no role, quote or entry keeps the mentions.)"""
    if ent.curated and not ent.base:
        return None  # the site's own glossary decided it is a term
    return actors.get(norm(ent.name))


def _terms_that_are_actors(kb: KnowledgeBase, terms: list[Entity]) -> set[str]:
    """Move such terms' mentions and explanations to the actor; their ids leave the glossary."""
    actors = {norm(f): e for e in kb.entities.values() if e.kind in (PERSON, ORGANIZATION, PLACE)
              for f in (e.name, *e.forms)}
    moved: dict[str, str] = {}  # id of the entry that leaves -> id of the one that keeps its mentions
    for ent in terms:
        actor = actor_for_term(ent, actors)
        if actor is None:
            continue
        if ent.base and not actor.curated and not actor.roles and not actor.quotes:
            actor, ent = ent, actor  # 노인보호구역: a base glossary term beats an unsupported guess
        actor.mentions += ent.mentions
        actor.definitions += [d for d in ent.definitions if d.kind == quality.EXPLANATION]
        for aid in ent.articles:
            ids = kb.article_entities.setdefault(aid, [])
            if actor.id not in ids:
                ids.append(actor.id)
        for k, v in moved.items():
            if v == ent.id:  # moved earlier into the entry that leaves now: follow it
                moved[k] = actor.id
        moved[ent.id] = actor.id
    if moved:  # one pass over the mentions, however many entries moved
        for key, eid in kb.mention_entity.items():
            if eid in moved:
                kb.mention_entity[key] = moved[eid]
    return set(moved)


def explain_terms(kb: KnowledgeBase) -> dict[str, int]:
    """Judge, add and order explanations; move unexplained terms to the review queue."""
    terms = [e for e in kb.entities.values() if e.kind == TERM]
    for ent in terms:
        _judge_definitions(ent)
    added = _add_corpus_definitions(kb, terms)
    gone = _terms_that_are_actors(kb, terms)
    queue = []
    for ent in terms:
        if ent.id in gone:
            continue
        _sort_definitions(ent)
        if not ent.curated and ent.definitions and ent.definitions[0].kind == quality.EXPLANATION:
            kind = quality.actor_kind(ent.definitions[0].text)
            if kind:
                ent.kind = kind  # 방화수류정 "…에 있는 누각": a place, described; not a term
                continue
        if not ent.mentions:
            gone.add(ent.id)  # a curated or base entry no article uses: no page
        elif not is_explained(ent):
            gone.add(ent.id)
            queue.append(ent)
    queue.sort(key=lambda e: (-len(e.articles), e.name))
    for ent in queue:
        kb.review.append(ReviewItem(
            "no-definition", f"'{ent.name}': 기사 {len(ent.articles)}건에 나오지만 설명이 없습니다",
            (ent.id,), tuple(ent.articles[:3]), _suggestion(ent)))
    _unlist(kb, gone)
    listed = sum(1 for e in terms if e.kind == TERM) - len(gone)
    log.info("glossary: %d terms listed, %d to review, %d corpus definitions", listed, len(queue), added)
    return {"terms_listed": listed, "terms_to_review": len(queue), "corpus_definitions": added}
