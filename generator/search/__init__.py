"""Korean-aware site search: a segmented, sharded index and a worker for Material's search box.

Why not Material's own index: with `lang: ko` lunr has no Korean segmentation (`정책`
does not find 방산정책조정회의; `‘오커스(AUKUS)’가` is one token) and its single
`search_index.json` is fetched whole on every page load — measured at 11 MB (2.5 MB
gzipped) for 3,220 pages, so about 8 MB gzipped at 10,000. Pagefind chunks its index but
does not segment Korean and, through its bug #1211, ships a Korean site as one chunk.

What this package does instead, after MkDocs has built the site:

1. `documents.collect` makes one `SearchDoc` per article, term, actor and other page,
   with weighted fields taken from the knowledge base: names, forms, glosses,
   abbreviations, Hanja and role titles of entities; title, deck and text of articles,
   plus the names of the entities each article mentions.
2. `segment.Segmenter` runs the extraction analyser (kiwipiepy) over every field:
   particles and punctuation fall away, compounds are indexed whole and by parts.
3. `index.write_index` writes `search/ko/`: a manifest, term shards keyed by the first
   one or two characters of a term (prefix matching reads one shard) and small chunks
   of result records.
4. Material's `search/search_index.json` is cut down to its `config` (no documents): the
   theme fetches it on every page load.

The browser side is `docs/javascripts/search-ko-worker.js`, set as Material's search
worker by `overrides/javascripts/xp-chrome.js` (Material's `__config`); Material keeps its search UI, keyboard handling and
instant navigation, the worker only answers its query messages.

Measured with scripts/bench_search.py (2-core machine shared with other jobs, load ~6):
the dev corpus (322 articles + the founding article, real extraction: 1,877 entities)
and a synthetic corpus of its real sentences reshuffled into 10,000 articles.

                                  323 articles        10,000 articles
    documents / terms             2,200 / 16,338      11,877 / 25,994
    term shards / record chunks   21 / 69             1,163 / 372
    index on disk (raw / gzip)    0.72 / 0.29 MB      31.5 / 9.6 MB
    one Material-style index      0.87 / 0.27 MB      62.2 / 19.0 MB   (all fetched on page load)
    first search, 10 queries      48–138 kB raw       236–385 kB raw
                                  20–61 kB gzip       75–150 kB gzip   (target: < 1.5 MB)
    build: segment + invert       9.6 s               38 s (each distinct sentence analysed once)
           write                  0.7 s               3.6 s

A first search downloads the worker (13.7 kB, 5.4 kB gzip), the manifest (0.1 kB; 28.7 kB,
12.6 kB gzip at 10,000), one or two term shards (median 17 kB raw) and the record chunks
of the top 20 results (~11 kB raw each). Analysis dominates the build: ~30k chars/s on
this loaded machine, so a real 10,000-article corpus (12 M chars) would add ~7 minutes;
kiwipiepy reaches 70–135k chars/s on an idle machine (FIELD-NOTES).
"""
from __future__ import annotations

import json
import logging
import time
from pathlib import Path

from ..model import KnowledgeBase
from .cache import SegmentCache
from .documents import SearchDoc, collect
from .index import Index, build_index, write_index
from .segment import Segmenter, normalise, terms_of

log = logging.getLogger(__name__)

OUT = Path("search") / "ko"


def shrink_material_index(site_dir: Path) -> None:
    """Keep only Material's search `config`: its UI needs the file, our worker does not
    need the documents, and the theme downloads it on every page load."""
    path = site_dir / "search" / "search_index.json"
    try:
        data = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        data = {}
    cfg = data.get("config") or {"lang": ["ko"], "separator": r"[\s\-]+", "pipeline": []}
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(json.dumps({"config": cfg, "docs": []}, ensure_ascii=False), encoding="utf-8")


def build_search(site_dir: Path, kb: KnowledgeBase, cache_dir: Path | None = None,
                 segmenter: Segmenter | None = None) -> dict[str, int]:
    """Write the Korean search index into a built site; returns statistics for the build report.

    With `cache_dir`, each document's segmentation is kept in `<cache_dir>/search/`
    (`cache.py`) and only new or changed documents go through the analyser; the index
    written is the same with or without the cache. `cache_dir=None` caches nothing."""
    t0 = time.perf_counter()
    docs = collect(kb, site_dir)
    segmenter = segmenter or Segmenter()
    cache = None
    if cache_dir is not None:
        config = segmenter.cache_config()
        if config is not None:
            cache = SegmentCache(Path(cache_dir) / "search", config)
    index = build_index(docs, segmenter, cache)
    if kb.articles and not index.postings:
        raise RuntimeError("search index is empty although there are articles: "
                           "check that the Korean analyser is installed (kiwipiepy)")
    stats = write_index(index, Path(site_dir) / OUT)
    shrink_material_index(Path(site_dir))
    if cache is not None:
        stats.update(search_cached=cache.hits, search_segmented=cache.misses)
    log.info("search index: %d documents (%s), %d terms, %d bytes in %.1f s", stats["search_docs"],
             f"{cache.hits} from cache" if cache else "no cache", stats["search_terms"],
             stats["search_bytes"], time.perf_counter() - t0)
    return stats


__all__ = ["build_search", "build_index", "SegmentCache", "write_index", "collect", "Segmenter", "SearchDoc",
           "Index", "normalise", "terms_of"]
