"""Many map layouts at once: `layout._force_layout`'s simulation run with NumPy over every
map of a build that has the same number of boxes and iterations, giving the same numbers
bit for bit.

A clean build lays out about 2,600 maps of at most 12 boxes, 150–220 steps each: in pure
Python that was three quarters of the render stage (a few microseconds per pair of boxes
per step). Batched, each step is a few dozen array operations over all maps of a group.

Why the numbers are the same, not merely close (the site must not change, and layouts are
cached by input across builds, so both paths must agree):

* every operation is the same IEEE operation on the same operands in the same order:
  element-wise arithmetic is exact in NumPy as in Python;
* sums that Python accumulates in a loop are accumulated with `np.cumsum` (sequential,
  unlike `np.sum`'s pairwise summation), in the loop's order; entries outside the loop's
  range are +0.0, which leaves a sum unchanged;
* the scatter of spring forces uses `np.add.at` (unbuffered, in index order) with the
  edges in the loop's order;
* `math.hypot` is not the C library's `hypot`: `_hypot` is CPython's algorithm
  (`vector_norm` in Modules/mathmodule.c: scaling by a power of two, exact squares by
  Dekker's product, compensated sums, one correction step), element-wise.

`tests/test_layout_batch.py` compares both paths on random maps and on the development
corpus' maps.
"""
from __future__ import annotations

from collections import defaultdict

import numpy as np

from .layout import ITERATIONS, _finish, _Node, _setup, _Setup, layout_key

_SPLIT = 134217729.0
"""2**27 + 1: Veltkamp's constant, splitting a double into two 26-bit halves."""


def _square(x):
    """(x*x, its rounding error), exactly: CPython's `dl_mul(x, x)` (Dekker's product,
    whose two cross terms `xh*xl` and `xl*xh` are the same number)."""
    z = x * x
    c = _SPLIT * x
    xh = c - (c - x)
    xl = x - xh
    cross = xh * xl
    return z, (((xh * xh - z) + cross) + cross) + xl * xl


def _fast_sum(a, b):
    """(a+b, its rounding error) for |a| >= |b| (CPython's `dl_fast_sum`)."""
    x = a + b
    return x, b - (x - a)


def _hypot(dx, dy):
    """`math.hypot(dx, dy)` element-wise, bit for bit (CPython 3.10+ `vector_norm`, n=2)."""
    a = np.abs(dx)
    b = np.abs(dy)
    biggest = np.maximum(a, b)
    scale = np.ldexp(1.0, -np.frexp(biggest)[1])
    csum, frac1, frac2 = 1.0, 0.0, 0.0
    for v in (a, b):
        hi, lo = _square(v * scale)
        csum, s_lo = _fast_sum(csum, hi)
        frac1 = frac1 + lo
        frac2 = frac2 + s_lo
    with np.errstate(invalid="ignore", divide="ignore"):
        h = np.sqrt(csum - 1.0 + (frac1 + frac2))
        hi, lo = _square(h)  # dl_mul(-h, h) is this, negated: the split is symmetric
        csum, s_lo = _fast_sum(csum, -hi)
        frac1 = frac1 - lo
        frac2 = frac2 + s_lo
        x = csum - 1.0 + (frac1 + frac2)
        h = h + x / (2.0 * h)
        return np.where(biggest == 0.0, biggest, h / scale)


class _Group:
    """The constants of `len(setups)` simulations of `n` boxes, as arrays (`_setup`)."""

    def __init__(self, setups: list[_Setup], n: int) -> None:
        col = lambda vals: np.array(vals, dtype=float)[:, None]  # noqa: E731 - one per map
        self.xs = np.array([s.xs for s in setups], dtype=float)
        self.ys = np.array([s.ys for s in setups], dtype=float)
        self.n = n
        self.pairs = np.triu_indices(n, 1)
        """Every (i, j) with j > i, in `_repulsion`'s loop order."""
        self.half_sep = np.array([s.half_sep for s in setups], dtype=float)[:, self.pairs[0], self.pairs[1]]
        self.kk = np.array([s.k * s.k for s in setups], dtype=float)[:, None]
        self.cx, self.cy, self.g, self.aspect = (col([s.centre[i] for s in setups]) for i in range(4))
        self.t0 = col([s.t0 for s in setups])
        self.box = [np.array([s.box[i] for s in setups], dtype=float) for i in range(4)]
        self.tiny_dx = (0.01 * (1 + (self.pairs[0] % 3)))[None, :]
        # springs, flattened over the group in each map's edge order
        ends, k, att, wt = [], [], [], []
        for m, s in enumerate(setups):
            for a, b, w in s.adj:
                ends += [m * n + a, m * n + b]
                k.append(s.k)
                att.append(s.att)
                wt.append(w)
        self.ends = np.array(ends, dtype=np.intp)
        self.edge_k, self.edge_att, self.edge_wt = (np.array(v, dtype=float) for v in (k, att, wt))

    def repulsion(self):
        """`layout._repulsion` of every map: (dx, dy), shape (maps, n)."""
        i, j = self.pairs
        ddx = self.xs[:, i] - self.xs[:, j]
        ddy = self.ys[:, i] - self.ys[:, j]
        d = _hypot(ddx, ddy)
        close = d < 0.01
        ddx = np.where(close, self.tiny_dx, ddx)
        ddy = np.where(close, 0.01, ddy)
        d = np.where(close, 0.015, d)
        eff = d - self.half_sep
        f = self.kk / np.where(eff > 1.0, eff, 1.0) / d
        out = []
        for dd in (ddx, ddy):
            push = np.zeros((len(dd), self.n, self.n))
            push[:, i, j] = dd * f
            # pushes received from earlier boxes (in loop order), then the box's own sum
            received = np.cumsum(-push, axis=1)[:, -1, :]
            out.append(received + np.cumsum(push, axis=2)[:, :, -1])
        return out[0], out[1]

    def attraction(self, dx, dy) -> None:
        """`layout._attraction` of every map, added into `dx`, `dy` in place."""
        if not len(self.ends):
            return
        flat_x, flat_y = self.xs.reshape(-1), self.ys.reshape(-1)
        a, b = self.ends[0::2], self.ends[1::2]
        ddx = flat_x[a] - flat_x[b]
        ddy = flat_y[a] - flat_y[b]
        d = _hypot(ddx, ddy)
        f = np.where(d < 0.01, 0.0, d / self.edge_k * self.edge_wt * self.edge_att)
        for dd, acc in ((ddx, dx), (ddy, dy)):
            pull = np.empty(len(self.ends))
            pull[0::2] = -(dd * f)
            pull[1::2] = dd * f
            np.add.at(acc.reshape(-1), self.ends, pull)

    def move(self, dx, dy, temp) -> None:
        """`layout._move` of every map, `temp` (maps, 1) the step's temperature."""
        mx = dx - (self.xs - self.cx) * self.g
        my = dy - (self.ys - self.cy) * self.g / self.aspect
        d = _hypot(mx, my)
        with np.errstate(invalid="ignore", divide="ignore"):
            step = np.where(d < temp, d, temp) / d
        lo_x, hi_x, lo_y, hi_y = self.box
        xs = np.where(d > 0, self.xs + mx * step, self.xs)
        ys = np.where(d > 0, self.ys + my * step, self.ys)
        self.xs = np.minimum(np.maximum(xs, lo_x), hi_x)
        self.ys = np.minimum(np.maximum(ys, lo_y), hi_y)


def _simulate(setups: list[_Setup], n: int, iterations: int) -> tuple[list, list]:
    group = _Group(setups, n)
    for it in range(iterations):
        dx, dy = group.repulsion()
        group.attraction(dx, dy)
        group.move(dx, dy, group.t0 * (1 - it / iterations) + 1.0)
    return group.xs.tolist(), group.ys.tolist()


Job = tuple[list[_Node], dict[tuple[int, int], float], float, float, int]
"""(nodes, edges, width, aspect, iterations): the arguments of `layout._force_layout`."""


def force_layouts(jobs: list[Job]) -> list[tuple[float, tuple[tuple[float, float], ...]]]:
    """`(height, positions)` of each job, as `_force_layout` computes them (which sets
    the nodes' `x`, `y` too, as here)."""
    groups: dict[tuple[int, int], list[int]] = defaultdict(list)
    for i, (nodes, _edges, _w, _a, iterations) in enumerate(jobs):
        groups[(len(nodes), iterations)].append(i)
    out: list = [None] * len(jobs)
    for (n, iterations), members in groups.items():
        if n == 0:
            continue
        setups = [_setup(*jobs[i][:4]) for i in members]
        xs, ys = _simulate(setups, n, iterations)
        for i, x, y in zip(members, xs, ys):
            nodes, _edges, width, _aspect, _it = jobs[i]
            height = _finish(nodes, x, y, width)
            out[i] = (height, tuple((nd.x, nd.y) for nd in nodes))
    return out




BATCH_MIN = 16
"""Fewer missing layouts than this are left to `layout._layout` (one at a time in Python
costs less than NumPy's per-step overhead for a handful of maps)."""


def lay_out_maps(ctx, article_ids, entity_ids) -> int:
    """Compute at once, into `ctx.layouts`, the layouts of the maps on the pages of these
    articles and entities that the cache does not hold; returns how many. Rendering then
    finds each layout in the cache (`layout._layout`)."""
    from .entity_map import ITERATIONS as ENTITY_ITERATIONS, entity_graph
    from .graph import ARTICLE_WIDTH, article_graph

    kb = ctx.kb
    graphs = [(g, ITERATIONS) for g in (article_graph(a, kb, ctx) for a in article_ids) if g]
    graphs += [(g[:2], ENTITY_ITERATIONS) for g in (entity_graph(kb.entities[e], ctx) for e in entity_ids) if g]
    jobs: dict[str, Job] = {}
    for (nodes, edges), iterations in graphs:
        key = layout_key(nodes, edges, ARTICLE_WIDTH, 0.62, iterations)
        if key not in ctx.layouts.known:
            jobs.setdefault(key, (nodes, edges, ARTICLE_WIDTH, 0.62, iterations))
    if len(jobs) < BATCH_MIN:
        return 0
    for key, done in zip(jobs, force_layouts(list(jobs.values()))):
        if done is not None:
            ctx.layouts.known[key] = ctx.layouts.new[key] = done
    return len(jobs)

__all__ = ["force_layouts", "lay_out_maps"]
