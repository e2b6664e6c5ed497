"""Map layouts computed many at once with NumPy (generator/render/layout_batch.py) are the
pure-Python layouts (`layout._force_layout`) bit for bit: the site must not change, and
both paths fill the same layout cache."""
from __future__ import annotations

import copy
import math
import random

import numpy as np
import pytest

from generator.model import PERSON, Entity
from generator.render import graph
from generator.render.context import LayoutCache, RenderContext
from generator.render.layout import _force_layout, _layout, _Node, layout_key
from generator.render.layout_batch import BATCH_MIN, _hypot, force_layouts, lay_out_maps
from tests.test_graph import make_kb


def test_hypot_is_math_hypot_bit_for_bit():
    rng = np.random.default_rng(7)
    for scale in (1e-6, 1e-2, 1.0, 37.0, 640.0, 1e5):
        a = rng.normal(0.0, scale, 200_000)
        b = rng.normal(0.0, scale, 200_000)
        a[:50] = 0.0
        b[25:75] = 0.0
        b[100:150] = a[100:150]
        want = np.array([math.hypot(x, y) for x, y in zip(a.tolist(), b.tolist())])
        assert np.array_equal(_hypot(a, b), want)


def _random_job(rng: random.Random, n: int, iterations: int):
    ent = Entity("x", PERSON, "x")
    nodes = [_Node(ent, "x", w=rng.uniform(30, 200), h=rng.choice([19 * 1.75, 33.25])) for _ in range(n)]
    pairs = [(i, j) for i in range(n) for j in range(i + 1, n)]
    edges = {p: float(rng.randint(1, 9)) for p in rng.sample(pairs, k=min(len(pairs), rng.randint(0, 3 * n)))}
    return nodes, edges, rng.choice([640.0, 900.0]), rng.choice([0.62, 0.66]), iterations


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_batched_layouts_equal_python_layouts(seed):
    rng = random.Random(seed)
    # several maps per group, groups of different sizes, a map whose boxes start on one spot
    jobs = [_random_job(rng, n, it) for n in (1, 2, 3, 7, 12) for it in (40, 60) for _ in range(3)]
    jobs.append(([_Node(Entity("x", PERSON, "x"), "x", w=50.0, h=30.0) for _ in range(4)], {}, 1.0, 0.62, 30))
    reference = []
    for nodes, edges, width, aspect, iterations in copy.deepcopy(jobs):
        height = _force_layout(nodes, edges, width, aspect, iterations)
        reference.append((height, tuple((nd.x, nd.y) for nd in nodes)))
    got = force_layouts(jobs)
    assert got == reference
    for (nodes, *_rest), (_h, pos) in zip(jobs, got):
        assert tuple((nd.x, nd.y) for nd in nodes) == pos  # the nodes are set, as _force_layout does


def _kb(articles: int):
    spec, kinds = {}, {}
    rng = random.Random(5)
    names = [chr(0xAC00 + 300 * k) for k in range(14)]
    for a in range(articles):
        chosen = rng.sample(names, k=rng.randint(2, 9))
        spec[f"a{a}"] = {e: rng.sample(range(8), k=rng.randint(1, 3)) for e in chosen}
    kinds.update({e: PERSON for e in names})
    return make_kb(spec, kinds)


def test_lay_out_maps_fills_the_cache_with_what_rendering_computes():
    from generator.link import cooccurrence
    kb = _kb(BATCH_MIN + 10)
    ctx = RenderContext(kb, co=cooccurrence(kb), layouts=LayoutCache())
    done = lay_out_maps(ctx, list(kb.articles), list(kb.entities))
    assert done >= BATCH_MIN
    assert set(ctx.layouts.new) == set(ctx.layouts.known)
    # each cached layout is the one the pure-Python path computes for that map
    for aid in kb.articles:
        got = graph.article_graph(aid, kb, ctx)
        if got is None:
            continue
        nodes, edges = got
        key = layout_key(nodes, edges, graph.ARTICLE_WIDTH, 0.62)
        fresh = LayoutCache()
        height = _layout(nodes, edges, graph.ARTICLE_WIDTH, 0.62, fresh)
        assert ctx.layouts.known[key] == (height, tuple((nd.x, nd.y) for nd in nodes)) == fresh.known[key]


def test_few_missing_layouts_are_left_to_rendering():
    kb = _kb(2)
    ctx = RenderContext(kb, layouts=LayoutCache())
    assert lay_out_maps(ctx, list(kb.articles), []) == 0
    assert not ctx.layouts.known
