"""Map layout: where each box of a relationship map goes (`graph.py` draws them).

A small force-directed simulation (Fruchterman–Reingold on box centres, an elliptical pull
to the centre, boxes kept inside the band), started from a golden-angle spiral, then a
pass that pushes overlapping boxes apart. Deterministic: the same input gives the same
layout, which is why layouts can be cached by their input (`context.LayoutCache`).
"""
from __future__ import annotations

import hashlib
import math
from dataclasses import dataclass

from ..model import Entity
from .context import LayoutCache

MARGIN = 8.0
GAP = 10.0
"""Minimum gap between two boxes."""
ITERATIONS = 220
GRAVITY = 0.12
SPREAD = 0.6


@dataclass
class _Node:
    ent: Entity
    label: str
    w: float
    h: float
    x: float = 0.0
    y: float = 0.0


def layout_key(nodes: list[_Node], edges: dict[tuple[int, int], float], width: float, aspect: float,
               iterations: int = ITERATIONS) -> str:
    """The layout cache's key: everything a layout depends on (box sizes, edges, band)."""
    return hashlib.sha1(repr((width, aspect, iterations, [(nd.w, nd.h) for nd in nodes],
                              sorted(edges.items()))).encode()).hexdigest()


def _layout(nodes: list[_Node], edges: dict[tuple[int, int], float], width: float,
            aspect: float, layouts: LayoutCache, iterations: int = ITERATIONS) -> float:
    """`_force_layout`, remembered in `layouts`: the layout is a pure function of its input."""
    key = layout_key(nodes, edges, width, aspect, iterations)

    def compute():
        height = _force_layout(nodes, edges, width, aspect, iterations)
        return height, tuple((nd.x, nd.y) for nd in nodes)
    height, pos = layouts.get(key, compute)
    for nd, (x, y) in zip(nodes, pos):
        nd.x, nd.y = x, y
    return height


@dataclass
class _Setup:
    """A simulation's constants and starting positions (`_setup`)."""

    k: float
    adj: list[tuple[int, int, float]]
    att: float
    xs: list[float]
    ys: list[float]
    box: tuple[list[float], list[float], list[float], list[float]]
    half_sep: list[list[float]]
    centre: tuple[float, float, float, float]
    t0: float


def _setup(nodes: list[_Node], edges: dict[tuple[int, int], float], width: float, aspect: float) -> _Setup:
    n = len(nodes)
    height0 = width * aspect
    k = math.sqrt(width * height0 / max(n, 1)) * SPREAD
    _spiral_start(nodes, k, width / 2, height0 / 2, aspect)
    wmax = max((w for w in edges.values()), default=1.0)
    adj = [(a, b, 0.5 + 0.5 * w / wmax) for (a, b), w in sorted(edges.items())]
    # dense graphs would collapse into a ball: weaken springs as edges per node grow
    att = 1.0 / max(1.0, math.sqrt(2 * len(adj) / max(n, 1)))
    box = ([MARGIN + nd.w / 2 for nd in nodes], [width - MARGIN - nd.w / 2 for nd in nodes],
           [MARGIN + nd.h / 2 for nd in nodes], [height0 - MARGIN - nd.h / 2 for nd in nodes])
    # repulsion acts on the distance between box edges (roughly), not centres, so wide
    # labels keep further apart
    half_sep = [[((a.w + b.w) / 4 + (a.h + b.h) / 4) * 0.5 for b in nodes] for a in nodes]
    return _Setup(k, adj, att, [nd.x for nd in nodes], [nd.y for nd in nodes], box, half_sep,
                  (width / 2, height0 / 2, GRAVITY * k / 40, aspect), width / 8)


def _force_layout(nodes: list[_Node], edges: dict[tuple[int, int], float], width: float,
                  aspect: float, iterations: int = ITERATIONS) -> float:
    """Place `nodes` (importance order) in a `width`-wide band; return the height used.

    Fruchterman–Reingold forces on box centres, an elliptical pull to the centre, boxes
    kept inside the band, then a pass that pushes overlapping boxes apart.
    (`layout_batch.force_layouts` computes the same numbers for many maps at once.)
    """
    st = _setup(nodes, edges, width, aspect)
    xs, ys = st.xs, st.ys
    for it in range(iterations):
        dx, dy = _repulsion(xs, ys, st.half_sep, st.k * st.k)
        _attraction(st.adj, xs, ys, st.k, st.att, dx, dy)
        _move(xs, ys, dx, dy, st.centre, st.t0 * (1 - it / iterations) + 1.0, st.box)
    return _finish(nodes, xs, ys, width)


def _finish(nodes: list[_Node], xs: list[float], ys: list[float], width: float) -> float:
    """Set the simulated positions, push overlapping boxes apart, move the map to the top
    margin; return its height."""
    for nd, x, y in zip(nodes, xs, ys):
        nd.x, nd.y = x, y
    _remove_overlaps(nodes, width)
    top = min(nd.y - nd.h / 2 for nd in nodes)
    bottom = max(nd.y + nd.h / 2 for nd in nodes)
    for nd in nodes:
        nd.y += MARGIN - top
    return bottom - top + 2 * MARGIN


def _spiral_start(nodes: list[_Node], k: float, cx: float, cy: float, aspect: float) -> None:
    """Start on a golden-angle spiral, most important node in the middle."""
    golden = math.pi * (3 - math.sqrt(5))
    for i, nd in enumerate(nodes):
        r = k * 0.6 * math.sqrt(i + 0.5)
        nd.x = cx + r * math.cos(i * golden)
        nd.y = cy + r * math.sin(i * golden) * aspect


def _repulsion(xs: list[float], ys: list[float], half_sep, kk: float) -> tuple[list[float], list[float]]:
    """Every pair of boxes pushes apart, more strongly the closer their edges are."""
    n = len(xs)
    hypot = math.hypot
    dx = [0.0] * n
    dy = [0.0] * n
    for i in range(n):
        xi, yi, hs = xs[i], ys[i], half_sep[i]
        fx = fy = 0.0
        for j in range(i + 1, n):
            ddx, ddy = xi - xs[j], yi - ys[j]
            d = hypot(ddx, ddy)
            if d < 0.01:
                ddx, ddy, d = 0.01 * (1 + (i % 3)), 0.01, 0.015
            eff = d - hs[j]
            f = kk / (eff if eff > 1.0 else 1.0) / d
            fx += ddx * f
            fy += ddy * f
            dx[j] -= ddx * f
            dy[j] -= ddy * f
        dx[i] += fx
        dy[i] += fy
    return dx, dy


def _attraction(adj, xs: list[float], ys: list[float], k: float, att: float, dx: list[float], dy: list[float]) -> None:
    """Linked boxes pull together, by the weight of their link."""
    for a_i, b_i, wt in adj:
        ddx, ddy = xs[a_i] - xs[b_i], ys[a_i] - ys[b_i]
        d = math.hypot(ddx, ddy)
        if d < 0.01:
            continue
        f = d / k * wt * att
        dx[a_i] -= ddx * f
        dy[a_i] -= ddy * f
        dx[b_i] += ddx * f
        dy[b_i] += ddy * f


def _move(xs, ys, dx, dy, centre: tuple[float, float, float, float], temp: float, box) -> None:
    """One step: forces plus gravity (stronger vertically, so the map keeps its aspect),
    at most `temp` long, boxes kept inside the band."""
    cx, cy, g, aspect = centre
    lo_x, hi_x, lo_y, hi_y = box
    for i in range(len(xs)):
        mx = dx[i] - (xs[i] - cx) * g
        my = dy[i] - (ys[i] - cy) * g / aspect
        d = math.hypot(mx, my)
        if d > 0:
            step = (d if d < temp else temp) / d
            xs[i] += mx * step
            ys[i] += my * step
        xs[i] = min(max(xs[i], lo_x[i]), hi_x[i])
        ys[i] = min(max(ys[i], lo_y[i]), hi_y[i])


def _remove_overlaps(nodes: list[_Node], width: float, rounds: int = 200) -> None:
    n = len(nodes)
    for _ in range(rounds):
        moved = False
        for i in range(n):
            a = nodes[i]
            for j in range(i + 1, n):
                b = nodes[j]
                ox = (a.w + b.w) / 2 + GAP - abs(a.x - b.x)
                oy = (a.h + b.h) / 2 + GAP / 2 - abs(a.y - b.y)
                if ox <= 0 or oy <= 0:
                    continue
                moved = True
                # separate along the cheaper axis; vertical moves are favoured because
                # the band's width is fixed
                if ox < oy * 0.8 and not _at_wall(a, width) and not _at_wall(b, width):
                    s = 1.0 if a.x >= b.x else -1.0
                    a.x += s * ox / 2
                    b.x -= s * ox / 2
                else:
                    s = 1.0 if (a.y, i) >= (b.y, j) else -1.0
                    a.y += s * (oy / 2 + 0.5)
                    b.y -= s * (oy / 2 + 0.5)
                for nd in (a, b):
                    nd.x = min(max(nd.x, MARGIN + nd.w / 2), width - MARGIN - nd.w / 2)
        if not moved:
            return


def _at_wall(nd: _Node, width: float) -> bool:
    return nd.x - nd.w / 2 <= MARGIN + 0.5 or nd.x + nd.w / 2 >= width - MARGIN - 0.5


# --- drawing --------------------------------------------------------------------------


