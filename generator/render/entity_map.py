"""A map centred on one actor or term: who and what the articles put beside it.

Like BIGKinds' 관계도: the entity in the middle, its strongest co-occurrences around it —
people and organisations first, then places and terms — linked to the centre by the number
of articles they share, and to each other where they share articles too. Drawn with the
article maps' layout and SVG (`graph.py`), with the same text list underneath.
"""
from __future__ import annotations

from collections import Counter
from operator import itemgetter

from ..model import ORGANIZATION, PERSON, Entity
from .context import RenderContext
from .graph import ARTICLE_FONT, ARTICLE_WIDTH, KINDS, _legend, _make_nodes, _strongest, _svg, _text_list, _uid
from .layout import _layout, _Node

NEIGHBOURS = 10
ACTORS_FIRST = 7
"""Up to this many people and organisations, then places and terms fill the map."""
EDGES_PER_NODE = 3
ITERATIONS = 150


def neighbours(ent: Entity, ctx: RenderContext) -> list[tuple[str, int]]:
    """The strongest co-occurrences, people and organisations first: the `ACTORS_FIRST`
    best-ranked people and organisations, then the best-ranked others up to `NEIGHBOURS`
    (ranked by count, descending, ties by id)."""
    co = ctx.co.get(ent.id, Counter())
    entities = ctx.kb.entities
    first: list[tuple[str, int]] = []
    rest: list[tuple[str, int]] = []
    # two stable sorts in C, then a scan that stops once both lists are full: the rows of
    # common entities hold thousands of names
    for e, n in sorted(sorted(co.items()), key=itemgetter(1), reverse=True):
        other = entities.get(e)
        if other is None or other.kind not in KINDS:
            continue
        if other.kind in (PERSON, ORGANIZATION) and len(first) < ACTORS_FIRST:
            first.append((e, n))
        elif len(rest) < NEIGHBOURS:
            rest.append((e, n))
        if len(first) == ACTORS_FIRST and len(rest) >= NEIGHBOURS - ACTORS_FIRST:
            break
    return sorted(first + rest[:NEIGHBOURS - len(first)], key=lambda kv: (-kv[1], kv[0]))


def _neighbours_reference(ent: Entity, ctx: RenderContext) -> list[tuple[str, int]]:
    """`neighbours` as first written (every name of the row filtered twice), for the tests."""
    co = ctx.co.get(ent.id, Counter())
    ranked = [(e, n) for e, n in sorted(co.items(), key=lambda kv: (-kv[1], kv[0]))
              if e in ctx.kb.entities and ctx.kb.entities[e].kind in KINDS]
    first = [x for x in ranked if ctx.kb.entities[x[0]].kind in (PERSON, ORGANIZATION)][:ACTORS_FIRST]
    rest = [x for x in ranked if x not in first][:NEIGHBOURS - len(first)]
    return sorted(first + rest, key=lambda kv: (-kv[1], kv[0]))


MIN_ARTICLES = 2
"""An entity of one article has that article's map; its own map needs two articles or more."""


def entity_graph(ent: Entity, ctx: RenderContext) -> tuple[list[_Node], dict[tuple[int, int], float], list] | None:
    """The boxes, links and neighbours of `ent`'s map (`entity_map`), or None without one."""
    if len({m.article_id for m in ent.mentions}) < MIN_ARTICLES:
        return None
    around = neighbours(ent, ctx)
    if len(around) < 2:
        return None
    ids = [ent.id] + [e for e, _n in around]
    nodes = _make_nodes([ctx.kb.entities[e] for e in ids], ARTICLE_FONT)
    edges = {(0, k): float(n) for k, (_e, n) in enumerate(around, 1)}
    between: dict[tuple[int, int], float] = {}
    for i in range(1, len(ids)):
        co_i = ctx.co.get(ids[i], Counter())
        for j in range(i + 1, len(ids)):
            if co_i.get(ids[j]):
                between[(i, j)] = float(co_i[ids[j]])
    edges.update(_strongest(between, EDGES_PER_NODE, len(ids)))
    return nodes, edges, around


def entity_map(ent: Entity, ctx: RenderContext, page_url: str) -> str:
    """Inline `<figure>` centred on `ent`, or "" with fewer than two neighbours or articles."""
    graph = entity_graph(ent, ctx)
    if graph is None:
        return ""
    nodes, edges, around = graph
    height = _layout(nodes, edges, ARTICLE_WIDTH, 0.62, ctx.layouts, ITERATIONS)
    uid = _uid("entity:" + ent.id)
    desc = (f"{ent.name}과(와) 같은 기사에 자주 나오는 {len(around)}개 항목, 연결 {len(edges)}개. "
            "같은 내용이 아래 목록에 있습니다.")
    svg = _svg(nodes, edges, lambda a, b, w: f"{a.name} — {b.name}: 함께 나온 기사 {int(w)}건",
               ARTICLE_WIDTH, height, ARTICLE_FONT, page_url, uid, f"관계 지도: {ent.name}", desc)
    caption = ('<figcaption><p class="xp-map-caption"><strong>관계 지도</strong> — '
               f"{ent.name}을(를) 가운데 두고, 같은 기사에 함께 나온 인물·기관을 먼저, 장소·용어를 이어 "
               "보여 줍니다. 선이 굵을수록 함께 나온 기사가 많습니다. " + _legend(nodes) + "</p>"
               + f'<details class="xp-map-details"><summary>연결 {len(edges)}개 글로 보기</summary>'
               + _text_list(nodes, edges, page_url, "기사") + "</details></figcaption>")
    return f'<figure class="xp-map" id="{uid}">\n{svg}\n{caption}\n</figure>'
