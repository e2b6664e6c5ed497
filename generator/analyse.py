"""The analysis stage: articles -> `Analysis`, cached per article.

The cache key of an article is its content hash, the analyser's user dictionary (from
curated data: only that part of the curated files changes what the analyser sees) and
the generator version, so after one article changes only that article is analysed
again. Cached results live in `<work>/cache/analysis/<article id>.pickle`.
"""
from __future__ import annotations

import hashlib
import logging
import pickle
from pathlib import Path
from typing import Iterable

from .config import VERSION
from .model import Analysis, Article

log = logging.getLogger(__name__)


def cache_key(article: Article, user_words: list[tuple[str, str]]) -> str:
    h = hashlib.sha256()
    h.update(VERSION.encode())
    h.update(article.digest.encode() or article.text.encode())
    h.update(repr(sorted(set(user_words))).encode())
    h.update(repr(article.meta.date).encode())  # relative dates resolve against it
    return h.hexdigest()


def _cache_path(cache_dir: Path, article_id: str) -> Path:
    return cache_dir / "analysis" / f"{article_id}.pickle"


def analyse_corpus(articles: list[Article], user_words: list[tuple[str, str]], cache_dir: Path | None,
                   executor: str = "local", scheduler: str | None = None) -> tuple[dict[str, Analysis], dict]:
    """Analyses for every article; returns (analyses by id, stats)."""
    from . import extract

    results: dict[str, Analysis] = {}
    todo: list[Article] = []
    keys = {a.id: cache_key(a, user_words) for a in articles}
    if cache_dir is not None:
        for a in articles:
            p = _cache_path(cache_dir, a.id)
            try:
                with p.open("rb") as f:
                    key, an = pickle.load(f)
                if key == keys[a.id]:
                    results[a.id] = an
                    continue
            except (OSError, pickle.PickleError, EOFError, ValueError, AttributeError):
                pass
            todo.append(a)
    else:
        todo = list(articles)
    if todo:
        if executor == "dask":
            from .distributed import analyse_on_dask
            fresh: Iterable[Analysis] = analyse_on_dask(todo, user_words, scheduler)
        else:
            fresh = extract.analyse_many(todo, extract.get_analyser(user_words))
        for an in fresh:
            results[an.article_id] = an
            if cache_dir is not None:
                p = _cache_path(cache_dir, an.article_id)
                p.parent.mkdir(parents=True, exist_ok=True)
                tmp = p.with_suffix(".tmp")
                with tmp.open("wb") as f:
                    pickle.dump((keys[an.article_id], an), f, protocol=pickle.HIGHEST_PROTOCOL)
                tmp.replace(p)
    return results, {"analysed": len(todo), "cached": len(articles) - len(todo)}
