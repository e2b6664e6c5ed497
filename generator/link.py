"""Cross-article links: related articles and co-occurring entities.

Related articles are ranked by the entities they share, each weighted by its inverse
document frequency (sharing 방산정책조정회의 says more than sharing 미국). Entities in
more than `COMMON_SHARE` of all articles are skipped, which keeps the cost linear in the
corpus size instead of quadratic.
"""
from __future__ import annotations

import math
from collections import Counter, defaultdict

from .model import KnowledgeBase

COMMON_SHARE = 0.2
RELATED = 5
COOCCUR_PER_ARTICLE = 40


def related_articles(kb: KnowledgeBase, k: int = RELATED) -> dict[str, list[tuple[str, int]]]:
    """article id -> [(related article id, number of shared entities)], best first."""
    n = max(1, len(kb.articles))
    postings: dict[str, list[str]] = defaultdict(list)
    for aid, ids in kb.article_entities.items():
        for e in ids:
            postings[e].append(aid)
    limit = max(3, int(COMMON_SHARE * n))
    idf = {e: math.log(n / len(arts)) + 0.1 for e, arts in postings.items() if len(arts) <= limit}
    out: dict[str, list[tuple[str, int]]] = {}
    for aid, ids in kb.article_entities.items():
        score: dict[str, float] = defaultdict(float)
        shared: Counter = Counter()
        for e in ids:
            w = idf.get(e)
            if w is None:
                continue
            for other in postings[e]:
                if other != aid:
                    score[other] += w
                    shared[other] += 1
        best = sorted(score, key=lambda o: (-score[o], o))[:k]
        out[aid] = [(o, shared[o]) for o in best if shared[o] >= 1]
    return out


def cooccurrence(kb: KnowledgeBase) -> dict[str, Counter]:
    """entity id -> Counter of entities seen in the same articles."""
    co: dict[str, Counter] = defaultdict(Counter)
    for ids in kb.article_entities.values():
        ids = ids[:COOCCUR_PER_ARTICLE]
        for a in ids:
            c = co[a]
            for b in ids:
                if a != b:
                    c[b] += 1
    return co
