"""The map on an actor or term page: the entity in the middle, its strongest co-occurrences
around it, people and organisations first."""
from __future__ import annotations

from collections import Counter

from bs4 import BeautifulSoup

from generator.model import ORGANIZATION, PERSON, PLACE, TERM, Entity, KnowledgeBase, MentionRef
from generator.render.context import RenderContext
from generator.render.entity_map import ACTORS_FIRST, NEIGHBOURS, entity_map, neighbours

PAGE = "actors/x/"


def ctx_with(co: dict[str, Counter], kinds: dict[str, str]) -> RenderContext:
    ents = {e: Entity(e, k, e.upper()) for e, k in kinds.items()}
    return RenderContext(KnowledgeBase(articles={}, analyses={}, entities=ents), co=co)


def test_people_and_organisations_come_first_then_places_and_terms():
    kinds = {"x": PERSON, **{f"p{i}": PLACE for i in range(12)}, **{f"o{i}": ORGANIZATION for i in range(3)},
             "t": TERM}
    co = {"x": Counter({**{f"p{i}": 50 for i in range(12)}, "o0": 2, "o1": 2, "o2": 1, "t": 40})}
    got = [e for e, _n in neighbours(Entity("x", PERSON, "X"), ctx_with(co, kinds))]
    assert {"o0", "o1", "o2"} <= set(got)  # weaker, but people and bodies are kept
    assert len(got) == NEIGHBOURS and len([g for g in got if g.startswith("o")]) <= ACTORS_FIRST


def test_map_puts_the_entity_in_the_middle_with_its_links_and_a_text_list():
    kinds = {"x": PERSON, "a": PERSON, "b": ORGANIZATION, "c": TERM}
    co = {"x": Counter({"a": 3, "b": 2, "c": 1}), "a": Counter({"b": 1, "x": 3})}
    ent = Entity("x", PERSON, "X", mentions=[MentionRef(a, 0, 1, "X", 0, 1, 0) for a in ("a1", "a2")])
    assert entity_map(Entity("x", PERSON, "X"), ctx_with(co, kinds), PAGE) == ""  # one article: its map suffices
    out = entity_map(ent, ctx_with(co, kinds), PAGE)
    s = BeautifulSoup(out, "html.parser")
    edges = {frozenset((li["data-a"], li["data-b"])) for li in s.select("li.xp-map-edge")}
    assert {frozenset(("x", "a")), frozenset(("x", "b")), frozenset(("x", "c")), frozenset(("a", "b"))} == edges
    assert s.select_one("svg")["role"] == "group" and "관계 지도: X" in s.select_one("svg title").get_text()


def test_no_map_with_fewer_than_two_neighbours():
    kinds = {"x": PERSON, "a": PERSON}
    assert entity_map(Entity("x", PERSON, "X"), ctx_with({"x": Counter({"a": 1})}, kinds), PAGE) == ""


def test_neighbours_scan_gives_what_the_first_version_gave():
    """`neighbours` stops scanning a row once its lists are full: the same neighbours, in
    the same order, as filtering the whole row (random rows: ties, missing entities,
    anonymous sources, few or many actors)."""
    import random

    from generator.model import ANONYMOUS
    from generator.render.entity_map import _neighbours_reference
    rnd = random.Random(7)
    for _ in range(300):
        kinds = {f"e{i}": rnd.choice((PERSON, ORGANIZATION, PLACE, TERM, ANONYMOUS)) for i in range(40)}
        row = Counter({f"e{rnd.randrange(45)}": rnd.randint(1, 4) for _ in range(rnd.randrange(30))})
        ctx = ctx_with({"x": row}, kinds)
        assert neighbours(Entity("x", PERSON, "X"), ctx) == _neighbours_reference(Entity("x", PERSON, "X"), ctx)
