"""The analysis stage on a Dask distributed cluster, for corpora beyond one machine.

Why Dask rather than Ray: the stage is a plain map over independent chunks of articles
with no shared state, which `Client.map` expresses directly; Dask's scheduler and
workers are pure-Python packages from PyPI (`dask[distributed]`), start with one command
on any host (`dask scheduler`, `dask worker tcp://host:8786`), and a `LocalCluster` gives
the tests a real two-worker cluster in-process. Ray would add a large native runtime
for features (actors, object store) this stage does not need.

Each worker process loads the Korean analyser once (cached per process by
`get_analyser`) and analyses a chunk of articles; results come back as `Analysis`
dataclasses, exactly what the local path produces, so the knowledge base is the same.
"""
from __future__ import annotations

import logging
from typing import Iterator

from .model import Analysis, Article

log = logging.getLogger(__name__)

CHUNK = 64
"""Articles per task: large enough to amortise scheduling, small enough to balance."""


def _analyse_chunk(articles: list[Article], user_words: list[tuple[str, str]]) -> list[Analysis]:
    from . import extract
    return list(extract.analyse_many(articles, extract.get_analyser(user_words)))


def analyse_on_dask(articles: list[Article], user_words: list[tuple[str, str]],
                    scheduler: str | None) -> Iterator[Analysis]:
    """Analyses in completion order; `scheduler` None starts a local two-worker cluster."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:  # pragma: no cover - depends on the optional extra
        raise SystemExit("the dask executor needs the optional extra: pip install -e '.[dask]'") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, dashboard_address=None)
        client = Client(cluster)
    try:
        words = client.scatter(list(user_words), broadcast=True)
        chunks = [articles[i:i + CHUNK] for i in range(0, len(articles), CHUNK)]
        futures = [client.submit(_analyse_chunk, ch, words, pure=False) for ch in chunks]
        for fut in as_completed(futures):
            yield from fut.result()
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
