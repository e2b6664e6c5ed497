"""What every page renderer may read besides the knowledge base, passed explicitly.

`RenderContext` holds the knowledge base, the link stage's results (related articles,
co-occurrence) and the map layout cache. Renderers never keep state in their modules: a
build makes one context, forked render workers inherit it, and the layouts they compute
come back to the parent in their results.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from ..model import KnowledgeBase

Layout = tuple[float, tuple[tuple[float, float], ...]]


@dataclass
class LayoutCache:
    """Map layouts by input (a layout is a pure function of its input): loaded from and saved
    to the build cache, so an incremental build lays out only maps whose input changed."""

    known: dict[str, Layout] = field(default_factory=dict)
    new: dict[str, Layout] = field(default_factory=dict)
    """Layouts computed since this cache was made (a worker sends them back)."""
    used: set[str] = field(default_factory=set)
    """Keys used since this cache was made (what the saved cache keeps)."""

    def get(self, key: str, compute) -> Layout:
        self.used.add(key)
        hit = self.known.get(key)
        if hit is None:
            hit = self.known[key] = self.new[key] = compute()
        return hit

    def fresh(self) -> LayoutCache:
        """The same known layouts, with empty `new` and `used` (one per worker's batch)."""
        return LayoutCache(self.known)


@dataclass
class RenderContext:
    kb: KnowledgeBase
    related: dict[str, list[tuple[str, int]]] = field(default_factory=dict)
    co: dict[str, Counter] = field(default_factory=dict)
    layouts: LayoutCache = field(default_factory=LayoutCache)
    _by_article: dict[str, dict[str, list]] | None = None

    def mentions_by_article(self) -> dict[str, dict[str, list]]:
        """article id -> entity id -> its mentions there (built once per context), so a map
        costs its article's mentions, not every mention of every entity it shows."""
        if self._by_article is None:
            index: dict[str, dict[str, list]] = {}
            for eid, ent in self.kb.entities.items():
                for m in ent.mentions:
                    index.setdefault(m.article_id, {}).setdefault(eid, []).append(m)
            self._by_article = index
        return self._by_article
