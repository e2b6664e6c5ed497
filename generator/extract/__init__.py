"""Korean extraction engine: terms, actors, quotes, figures and dates from articles.

    analyser = get_analyser(user_words=[("라피더스", "NNP")])
    for analysis in analyse_many(articles, analyser):
        ...

`get_analyser` loads Kiwi once per process (cached per user-word set); `analyse_many`
tokenises the paragraphs of `batch_size` articles in one analyser call and streams one
`Analysis` per article, in input order.
"""
from __future__ import annotations

import logging
import threading
from typing import Iterable, Iterator

from ..model import Analysis, Article
from .analyser import Analyser, KiwiAnalyser, create_analyser, register_backend
from .pipeline import run

log = logging.getLogger(__name__)

__all__ = ["Analyser", "KiwiAnalyser", "analyse_article", "analyse_many", "create_analyser",
           "get_analyser", "register_backend"]

_CACHE: dict[tuple, Analyser] = {}
_LOCK = threading.Lock()
DEFAULT_BATCH = 32


def get_analyser(user_words: Iterable[tuple[str, str]] = (), backend: str = "kiwi") -> Analyser:
    """The process's analyser with these user words (loaded once, then reused)."""
    words = tuple(sorted({(f.strip(), t or "NNP") for f, t in user_words if f and f.strip()}))
    key = (backend, words)
    with _LOCK:
        an = _CACHE.get(key)
        if an is None:
            log.info("loading %s analyser (%d user words)", backend, len(words))
            an = create_analyser(backend, user_words=words)
            _CACHE[key] = an
        return an


def analyse_article(article: Article, analyser: Analyser | None = None) -> Analysis:
    return next(iter(run([article], analyser or get_analyser(), batch_size=1)))


def analyse_many(articles: Iterable[Article], analyser: Analyser | None = None,
                 batch_size: int = DEFAULT_BATCH) -> Iterator[Analysis]:
    """One `Analysis` per article, streamed; one analyser call per `batch_size` articles."""
    return run(articles, analyser or get_analyser(), batch_size=max(1, batch_size))
