"""The analysis stage: articles -> `Analysis`, cached per article.

The cache key of an article is its content hash, the analyser's user dictionary (from
curated data: only names and aliases change what the analyser sees; definitions,
glosses and categories are applied later, by the resolver and renderers), a fingerprint
of the extractor's source (`generator/extract/*.py`, `generator/model.py`: editing a
rule invalidates the cache without a version bump) and the generator version, so after
one article changes only that article is analysed again. Cached results live in
`<work>/cache/analysis/<article id>.pickle`; files of articles that are gone are removed.

Results are returned in the order of the input articles whatever the executor's
completion order, so the knowledge base does not depend on how analysis was scheduled.
"""
from __future__ import annotations

import functools
import gc
import hashlib
import logging
import os
import pickle
import threading
from pathlib import Path
from typing import Iterable

from .config import VERSION
from .model import Analysis, Article

log = logging.getLogger(__name__)

GC_FREEZE_EVERY = 500
"""Analyses between two `gc.freeze()` calls (measured: 17 full collections, 4.4 s of
66 s, while analysing 3,000 articles without it)."""


@functools.lru_cache(maxsize=1)
def extractor_fingerprint() -> str:
    """Hash of the source files whose change can change an `Analysis`."""
    pkg = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for p in sorted((pkg / "extract").glob("*.py")) + [pkg / "model.py"]:
        h.update(p.name.encode())
        h.update(p.read_bytes())
    from .extract.wordlists import fingerprint
    h.update(fingerprint().encode())  # the word lists are part of the engine
    return h.hexdigest()[:16]


def cache_key(article: Article, user_words: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    h.update(VERSION.encode())
    h.update(extractor_fingerprint().encode())
    h.update(article.digest.encode() or article.text.encode())
    h.update(repr(sorted(set(user_words))).encode())
    h.update(repr(article.meta.date).encode())  # relative dates resolve against it
    return h.hexdigest()


def _cache_path(cache_dir: Path, article_id: str) -> Path:
    return cache_dir / "analysis" / f"{article_id}.pickle"


def analyse_corpus(articles: list[Article], user_words: list[tuple[str, str]], cache_dir: Path | None,
                   executor: str = "local", scheduler: str | None = None,
                   helper=None, meanwhile=None) -> tuple[dict[str, Analysis], dict]:
    """Analyses for every article; returns (analyses by id, stats). `helper`: a process
    loading the same analyser (`analysis_helper.AnalysisHelper`), asked first.
    `meanwhile(cached)`: work on the cached analyses (by id), run in a thread while the
    build waits for its helper (its failure is logged and ignored)."""
    from . import extract

    results: dict[str, Analysis] = {}
    todo: list[Article] = []
    keys = {a.id: cache_key(a, user_words) for a in articles}
    if cache_dir is not None:
        for a in articles:
            p = _cache_path(cache_dir, a.id)
            try:
                with p.open("rb") as f:
                    # the key is pickled first: a stale entry is rejected without loading it
                    if pickle.load(f) == keys[a.id]:
                        results[a.id] = pickle.load(f)
                        continue
            except FileNotFoundError:
                pass
            except Exception as e:  # noqa: BLE001 - a damaged cache entry means "analyse again"
                log.debug("ignoring cached analysis %s: %s", p, e)
            todo.append(a)
    else:
        todo = list(articles)
    if todo:
        if executor == "dask":
            from .distributed import analyse_on_dask
            fresh: Iterable[Analysis] = analyse_on_dask(todo, user_words, scheduler)
        else:
            side = _beside(meanwhile, dict(results)) if helper is not None and meanwhile is not None else None
            fresh = helper.analyse(todo) if helper is not None else None
            if side is not None:
                side.join()
            if fresh is None:
                fresh = extract.analyse_many(todo, extract.get_analyser(user_words))
        try:
            for i, an in enumerate(fresh, 1):
                results[an.article_id] = an
                if i % GC_FREEZE_EVERY == 0:
                    # Finished analyses live until the end: move them out of the cyclic
                    # collector's view, so its full collections do not rescan a growing heap.
                    gc.freeze()
                if cache_dir is not None:
                    p = _cache_path(cache_dir, an.article_id)
                    p.parent.mkdir(parents=True, exist_ok=True)
                    tmp = p.with_suffix(".tmp")
                    with tmp.open("wb") as f:
                        pickle.dump(keys[an.article_id], f, protocol=pickle.HIGHEST_PROTOCOL)
                        pickle.dump(an, f, protocol=pickle.HIGHEST_PROTOCOL)
                    tmp.replace(p)
        finally:
            gc.unfreeze()
    if cache_dir is not None:
        _prune(cache_dir, keys)
    ordered = {a.id: results[a.id] for a in articles if a.id in results}
    return ordered, {"analysed": len(todo), "cached": len(articles) - len(todo)}


def _beside(work, arg) -> threading.Thread:
    """`work(arg)` started in a thread (the build process only waits meanwhile)."""
    def run() -> None:
        try:
            work(arg)
        except Exception:  # noqa: BLE001 - an optimisation: the stage does the work later
            log.debug("work beside the analysis failed", exc_info=True)

    thread = threading.Thread(target=run, name="beside-analysis", daemon=True)
    thread.start()
    return thread


def _prune(cache_dir: Path, keep: dict[str, str]) -> None:
    """Remove cached analyses of articles no longer in the corpus."""
    try:
        entries = list(os.scandir(cache_dir / "analysis"))
    except OSError:
        return
    for e in entries:
        stem, dot, ext = e.name.rpartition(".")
        if dot and stem not in keep and ext in ("pickle", "tmp"):
            try:
                os.unlink(e.path)
            except OSError:
                pass
