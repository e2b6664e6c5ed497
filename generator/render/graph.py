"""Relationship maps: inline SVG graphs of who and what appear together.

Two maps are drawn at build time, in pure Python, with no script on the page:

* `article_map` — one article's most-mentioned entities, joined when they are named in
  the same sentence (an inline `<figure>` block for the article page);
* `overview_page` — the corpus's most widely covered entities, joined by the number of
  articles they share (the Markdown page at `map/`).

Each node is a labelled box whose shape and colour say its kind (CSS classes
`xp-node-person`, `xp-node-organization`, `xp-node-place`, `xp-node-term`) and which
links to the entity's page. The SVG is a labelled `role="group"` whose node links are hidden
from screen readers; its text alternative is the list of
connections printed under it (the same edges, the same links), so the graphic's own links
are kept out of the tab order.

The layout is a small force-directed simulation with box-overlap removal, started from a
fixed spiral and run for a fixed number of steps: the same input gives byte-identical
output. Coordinates are rounded to one decimal.
"""
from __future__ import annotations

import hashlib
import unicodedata
from collections import Counter

from .. import urls
from ..link import cooccurrence
from ..model import ORGANIZATION, PERSON, PLACE, TERM, Entity, KnowledgeBase
from . import esc
from .common import KIND_LABEL, front_matter
from .context import LayoutCache, RenderContext
from .layout import _layout, _Node

KINDS = (PERSON, ORGANIZATION, PLACE, TERM)
"""Kinds drawn on maps (anonymous sources are left out), in legend order."""

MAP_URL = "map/"

# Article map geometry (viewBox units). 640 wide: on a 390 px phone the map is scaled to
# about 0.55, so an 19-unit label is still ~10.5 px.
ARTICLE_WIDTH = 640
ARTICLE_FONT = 19
# Overview: wider, more nodes; shown in a horizontally scrollable box on phones.
OVERVIEW_WIDTH = 960
OVERVIEW_FONT = 16
OVERVIEW_NODES = 40
OVERVIEW_EDGES = 80
ARTICLE_EDGES_PER_NODE = 4
OVERVIEW_EDGES_PER_NODE = 3

LABEL_MAX_EM = 9.0
"""Longer names are shortened with an ellipsis on the map (the full name is in the
tooltip and in the text list)."""


# --- text measurement -----------------------------------------------------------------


def _char_em(c: str) -> float:
    if c == " ":
        return 0.3
    if unicodedata.east_asian_width(c) in ("W", "F"):
        return 1.0
    if c in "il.,:;'|!()[]":
        return 0.35
    if c.isupper() or c in "mwMW@%":
        return 0.75
    return 0.58


def text_em(text: str) -> float:
    """Estimated width of `text` in em (Hangul and CJK ~1 em, Latin ~0.6 em)."""
    return sum(_char_em(c) for c in text)


def short_label(name: str, max_em: float = LABEL_MAX_EM) -> str:
    name = " ".join(name.split())
    if text_em(name) <= max_em:
        return name
    out = ""
    for c in name:
        if text_em(out + c) > max_em - 1.0:
            break
        out += c
    return out.rstrip() + "…"


def _f(v: float) -> str:
    """Coordinates with one decimal, no `-0.0`."""
    s = f"{round(v, 1):.1f}"
    s = s[:-2] if s.endswith(".0") else s
    return "0" if s == "-0" else s


def _shape(nd: _Node) -> str:
    x0, y0, w, h = nd.x - nd.w / 2, nd.y - nd.h / 2, nd.w, nd.h
    kind = nd.ent.kind
    if kind == PLACE:  # chamfered box (octagon)
        c = h * 0.3
        pts = [(x0 + c, y0), (x0 + w - c, y0), (x0 + w, y0 + c), (x0 + w, y0 + h - c),
               (x0 + w - c, y0 + h), (x0 + c, y0 + h), (x0, y0 + h - c), (x0, y0 + c)]
        return ('<polygon class="xp-shape" points="'
                + " ".join(f"{_f(px)},{_f(py)}" for px, py in pts) + '"/>')
    rx = {PERSON: h / 2, ORGANIZATION: 2.0, TERM: 6.0}.get(kind, 4.0)
    dash = ' stroke-dasharray="5 3"' if kind == TERM else ""
    return (f'<rect class="xp-shape" x="{_f(x0)}" y="{_f(y0)}" width="{_f(w)}" height="{_f(h)}"'
            f' rx="{_f(rx)}"{dash}/>')


def _tip(ent: Entity) -> str:
    bits = [ent.name, f"({KIND_LABEL.get(ent.kind, ent.kind)})"]
    if ent.short:
        bits.append("— " + ent.short)
    return " ".join(bits)


def _svg(nodes: list[_Node], edges: dict[tuple[int, int], float], edge_tip, width: float,
         height: float, font: float, page_url: str, uid: str, title: str, desc: str,
         wide: bool = False) -> str:
    wmax = max(edges.values(), default=1.0)
    out = [f'<svg class="xp-map-svg{" xp-map-wide" if wide else ""}" viewBox="0 0 {_f(width)} {_f(height)}"'
           f' width="100%" role="group" aria-labelledby="{uid}-t {uid}-d"'
           f' xmlns="http://www.w3.org/2000/svg" font-size="{_f(font)}">',
           f'<title id="{uid}-t">{esc.html(title)}</title>',
           f'<desc id="{uid}-d">{esc.html(desc)}</desc>',
           '<g class="xp-edges" stroke="currentColor" stroke-opacity="0.35" fill="none">']
    for (i, j), w in _edge_order(nodes, edges):
        a, b = nodes[i], nodes[j]
        sw = 1.0 + 3.0 * (w - 1) / max(wmax - 1, 1) if wmax > 1 else 1.5
        out.append(f'<line class="xp-edge" data-a="{esc.html(a.ent.id)}" data-b="{esc.html(b.ent.id)}"'
                   f' x1="{_f(a.x)}" y1="{_f(a.y)}" x2="{_f(b.x)}" y2="{_f(b.y)}"'
                   f' stroke-width="{_f(sw)}"><title>{esc.html(edge_tip(a.ent, b.ent, w))}</title></line>')
    out.append("</g>")
    # the nodes' links are for the pointer; screen readers get the same links once, in the
    # list under the map (a role="img" holding links would be nested-interactive)
    out.append('<g class="xp-nodes" stroke="currentColor" text-anchor="middle" aria-hidden="true">')
    for nd in nodes:
        href = urls.rel(page_url, urls.entity_url(nd.ent))
        out.append(f'<a class="xp-node xp-node-{esc.html(nd.ent.kind)}" href="{esc.html(href)}"'
                   f' tabindex="-1"><title>{esc.html(_tip(nd.ent))}</title>'
                   f'{_shape(nd)}'
                   f'<text x="{_f(nd.x)}" y="{_f(nd.y + font * 0.36)}" stroke="none"'
                   f' fill="currentColor">{esc.html(nd.label)}</text></a>')
    out.append("</g></svg>")
    return "".join(out)


def _edge_order(nodes: list[_Node], edges: dict[tuple[int, int], float]):
    """Edges strongest first, ties by the two names: the order of the text list."""
    return sorted(edges.items(), key=lambda e: (-e[1], nodes[e[0][0]].ent.name,
                                                nodes[e[0][1]].ent.name, e[0]))


def _text_list(nodes: list[_Node], edges: dict[tuple[int, int], float], page_url: str,
               unit: str) -> str:
    def a(ent: Entity) -> str:
        href = urls.rel(page_url, urls.entity_url(ent))
        return (f'<a class="xp-link xp-{esc.html(ent.kind)}" href="{esc.html(href)}">'
                f'{esc.html(ent.name)}</a>')

    items = []
    for (i, j), w in _edge_order(nodes, edges):
        items.append(f'<li class="xp-map-edge" data-a="{esc.html(nodes[i].ent.id)}"'
                     f' data-b="{esc.html(nodes[j].ent.id)}">{a(nodes[i].ent)} — {a(nodes[j].ent)}'
                     f' <small>{unit} {int(w)}</small></li>')
    linked = {i for e in edges for i in e}
    alone = [nd for i, nd in enumerate(nodes) if i not in linked]
    out = []
    if items:
        out.append('<ul class="xp-map-list">' + "".join(items) + "</ul>")
    if alone:
        out.append('<p class="xp-map-alone">연결 없이 등장: '
                   + ", ".join(a(nd.ent) for nd in alone) + "</p>")
    return "".join(out)


def _legend(nodes: list[_Node]) -> str:
    present = [k for k in KINDS if any(nd.ent.kind == k for nd in nodes)]
    return ('<span class="xp-map-legend">' + " ".join(
        f'<span class="xp-key xp-key-{k}">{KIND_LABEL[k]}</span>' for k in present) + "</span>")


def _make_nodes(ents: list[Entity], font: float) -> list[_Node]:
    out = []
    for e in ents:
        label = short_label(e.name)
        out.append(_Node(e, label, w=text_em(label) * font + font * 1.1, h=font * 1.75))
    return out


def _uid(key: str) -> str:
    return "xp-map-" + hashlib.sha1(key.encode("utf-8")).hexdigest()[:10]


def _strongest(weights: dict[tuple[int, int], float], per_node: int, n: int) -> dict[tuple[int, int], float]:
    """Each node's `per_node` strongest edges (ties: the more important partner)."""
    keep: set[tuple[int, int]] = set()
    for i in range(n):
        mine = sorted((p for p in weights if i in p), key=lambda p: (-weights[p], p))
        keep.update(mine[:per_node])
    return {p: weights[p] for p in sorted(keep)}


# --- article map ----------------------------------------------------------------------

def article_graph(article_id: str, kb: KnowledgeBase, ctx: RenderContext,
                  max_nodes: int = 12) -> tuple[list[_Node], dict[tuple[int, int], float]] | None:
    """The boxes and links of an article's map (`article_map`), None below two boxes."""
    order = [e for e in kb.article_entities.get(article_id, [])
             if e in kb.entities and kb.entities[e].kind in KINDS]
    # This article's mentions only (an entity's own list spans the whole corpus).
    mine = ctx.mentions_by_article().get(article_id, {})
    inner = _nested_mentions(mine)
    sentences = {e: {(m.sentence_start, m.sentence_end) for m in mine.get(e, ()) if (m.start, m.end) not in inner}
                 for e in order}
    count = {e: len(mine.get(e, ())) for e in order}
    first = {eid: i for i, eid in enumerate(order)}
    chosen = sorted(order, key=lambda e: (-count[e], first[e]))[:max(0, max_nodes)]
    if len(chosen) < 2:
        return None
    nodes = _make_nodes([kb.entities[e] for e in chosen], ARTICLE_FONT)
    shared: dict[tuple[int, int], float] = {}
    for i in range(len(chosen)):
        for j in range(i + 1, len(chosen)):
            n = len(sentences[chosen[i]] & sentences[chosen[j]])
            if n:
                shared[(i, j)] = float(n)
    return nodes, _strongest(shared, ARTICLE_EDGES_PER_NODE, len(chosen))


def _nested_mentions(mine: dict) -> set[tuple[int, int]]:
    """Spans inside another entity's longer mention (미국 in 미국 상무부): they link no pair, or
    every ministry would be drawn beside its own country."""
    spans = sorted({(m.start, m.end) for ms in mine.values() for m in ms}, key=lambda s: (s[0], -s[1]))
    inner, reach = set(), -1
    for a, b in spans:
        if b <= reach:
            inner.add((a, b))
        reach = max(reach, b)
    return inner


def article_map(article_id: str, kb: KnowledgeBase, page_url: str, max_nodes: int = 12,
                ctx: RenderContext | None = None) -> str:
    """Inline `<figure>` with the article's relationship map, or "" below two nodes.

    Nodes: the entities mentioned most often in the article (ties: first mention first).
    Edges: pairs named in the same sentence, weighted by the number of such sentences;
    each node keeps its `ARTICLE_EDGES_PER_NODE` strongest.
    """
    ctx = ctx if ctx is not None and ctx.kb is kb else RenderContext(kb)
    graph = article_graph(article_id, kb, ctx, max_nodes)
    if graph is None:
        return ""
    nodes, edges = graph
    height = _layout(nodes, edges, ARTICLE_WIDTH, 0.62, ctx.layouts)
    uid = _uid("article:" + article_id)
    article = kb.articles.get(article_id)
    title = f"관계 지도: {article.title}" if article else "관계 지도"
    desc = (f"이 기사에 자주 나오는 {len(nodes)}개 항목과, 같은 문장에 함께 나온 항목 사이의 "
            f"연결 {len(edges)}개. 같은 내용이 아래 목록에 있습니다.")
    svg = _svg(nodes, edges,
               lambda a, b, w: f"{a.name} — {b.name}: 같은 문장에 {int(w)}번",
               ARTICLE_WIDTH, height, ARTICLE_FONT, page_url, uid, title, desc)
    caption = ('<figcaption><p class="xp-map-caption"><strong>관계 지도</strong> — '
               "같은 문장에 함께 나온 인물·기관·장소·용어를 선으로 이었습니다. "
               "선이 굵을수록 자주 함께 나옵니다. 이름을 누르면 설명 페이지로 갑니다. "
               + _legend(nodes) + "</p>"
               + f'<details class="xp-map-details"><summary>연결 {len(edges)}개 글로 보기</summary>'
               + _text_list(nodes, edges, page_url, "문장") + "</details></figcaption>")
    return f'<figure class="xp-map" id="{uid}">\n{svg}\n{caption}\n</figure>'


# --- overview -------------------------------------------------------------------------


OVERVIEW_PLACE_SHARE = 4
"""At most one node in four is a place: countries and cities are in nearly every article and
would make the overview a hub of places around 한국."""


def overview_nodes(kb: KnowledgeBase, k: int = OVERVIEW_NODES) -> list[Entity]:
    """The `k` entities in the most articles (ties: more mentions, then name), at most a
    quarter of them places."""
    ents = [e for e in kb.entities.values() if e.kind in KINDS and e.mentions]
    ents.sort(key=lambda e: (-len(e.articles), -len(e.mentions), e.name, e.id))
    places = [e for e in ents if e.kind == PLACE][:max(1, k // OVERVIEW_PLACE_SHARE)]
    keep = {e.id for e in places} | {e.id for e in ents if e.kind != PLACE}
    return [e for e in ents if e.id in keep][:k]


def _sentence_pairs(kb: KnowledgeBase, ids: set[str]) -> Counter:
    """(a, b) with a < b -> number of sentences naming both (tie-breaker for edges)."""
    where: dict[tuple[str, int, int], set[str]] = {}
    for eid in ids:
        for m in kb.entities[eid].mentions:
            where.setdefault((m.article_id, m.sentence_start, m.sentence_end), set()).add(eid)
    pairs: Counter = Counter()
    for group in where.values():
        g = sorted(group)
        for i in range(len(g)):
            for j in range(i + 1, len(g)):
                pairs[(g[i], g[j])] += 1
    return pairs


def overview_graph(kb: KnowledgeBase, co: dict[str, Counter] | None = None,
                   k: int = OVERVIEW_NODES) -> tuple[list[Entity], dict[tuple[int, int], float], str]:
    """Nodes, the edges drawn between them and the edges' unit ("기사" or "문장").

    Each node keeps its strongest few links (shared articles, then shared sentences), at
    most `OVERVIEW_EDGES` in all. When no drawn pair shares more than one article (a
    one-article corpus), the article count says nothing and the weight is the number of
    shared sentences instead."""
    ents = overview_nodes(kb, k)
    co = cooccurrence(kb) if co is None else co
    index = {e.id: i for i, e in enumerate(ents)}
    sent = _sentence_pairs(kb, set(index))
    cand: dict[tuple[int, int], tuple[int, int]] = {}
    for e in ents:
        for other, n in co.get(e.id, {}).items():
            if other in index and other != e.id:
                i, j = sorted((index[e.id], index[other]))
                key = tuple(sorted((e.id, other)))
                cand[(i, j)] = (n, sent.get(key, 0))

    def strength(p: tuple[int, int]):
        n, s = cand[p]
        return (-n, -s, p)

    picked: set[tuple[int, int]] = set()
    for i in range(len(ents)):
        mine = sorted((p for p in cand if i in p), key=strength)
        picked.update(mine[:OVERVIEW_EDGES_PER_NODE])
    ranked = sorted(picked, key=strength)[:OVERVIEW_EDGES]
    if ranked and all(cand[p][0] <= 1 for p in ranked):
        return ents, {p: float(cand[p][1]) for p in ranked if cand[p][1]}, "문장"
    return ents, {p: float(cand[p][0]) for p in ranked}, "기사"


def overview_map(kb: KnowledgeBase, co: dict[str, Counter] | None = None,
                 page_url: str = MAP_URL, layouts: LayoutCache | None = None) -> str:
    """The overview `<figure>` block (for `map/`), or "" below two nodes."""
    ents, edges, unit = overview_graph(kb, co)
    if len(ents) < 2:
        return ""
    nodes = _make_nodes(ents, OVERVIEW_FONT)
    height = _layout(nodes, edges, OVERVIEW_WIDTH, 0.66, layouts if layouts is not None else LayoutCache())
    uid = _uid("overview")
    desc = (f"여러 기사에 자주 나오는 {len(nodes)}개 항목과 그 사이의 주요 연결 {len(edges)}개. "
            "같은 내용이 아래 목록에 있습니다.")
    tip = ((lambda a, b, w: f"{a.name} — {b.name}: 같은 문장에 {int(w)}번") if unit == "문장"
           else (lambda a, b, w: f"{a.name} — {b.name}: 함께 다룬 기사 {int(w)}건"))
    svg = _svg(nodes, edges, tip, OVERVIEW_WIDTH, height, OVERVIEW_FONT, page_url, uid,
               "관계 지도: 전체 기사", desc, wide=True)
    caption = ('<figcaption><p class="xp-map-caption">'
               + ("선은 같은 문장에 함께 나온 횟수를, " if unit == "문장"
                  else "선은 함께 다룬 기사 수를, ")
               + "선의 굵기는 그 정도를 나타냅니다. " + _legend(nodes) + "</p>"
               + "<p><strong>주요 연결</strong></p>"
               + _text_list(nodes, edges, page_url, unit) + "</figcaption>")
    hint = '<p class="xp-map-scroll-hint">지도가 화면보다 넓습니다. 옆으로 밀어 보세요 ↔</p>'
    return (f'<figure class="xp-map xp-map-overview" id="{uid}">\n'
            f'{hint}<div class="xp-map-scroll" tabindex="0" aria-label="관계 지도 (옆으로 스크롤)">{svg}</div>\n{caption}\n</figure>')


def overview_page(kb: KnowledgeBase, co: dict[str, Counter] | None = None,
                  layouts: LayoutCache | None = None) -> str:
    """Markdown for `map/index.md`."""
    parts = [front_matter("관계 지도", "기사에 나오는 인물·기관·장소·용어가 서로 어떻게 이어지는지 "
                          "한눈에 보는 지도", {"hide": "[navigation, toc]"})]
    parts.append("# 관계 지도\n\n")
    parts.append("여러 기사에 자주 등장하는 인물·기관·장소·용어와, 이들이 얼마나 자주 함께 "
                 "다뤄지는지를 그린 지도입니다. 상자를 누르면 해당 항목의 설명 페이지로 갑니다. "
                 "상자의 모양과 색은 종류를 나타내며, 같은 연결이 지도 아래에 글로도 "
                 "정리되어 있습니다. 기사마다 그 기사만의 작은 지도도 있습니다.\n\n")
    block = overview_map(kb, co, layouts=layouts)
    if block:
        parts.append(block + "\n")
    else:
        parts.append("아직 지도를 그릴 만큼 항목이 많지 않습니다.\n")
    return "".join(parts)
