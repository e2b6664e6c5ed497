"""The analysis stage on a Dask distributed cluster, for corpora beyond one machine.

Why Dask rather than Ray: the stage is a plain map over independent chunks of articles
with no shared state, which `Client.submit` expresses directly; Dask's scheduler and
workers are pure-Python packages from PyPI (`dask[distributed]`), start with one command
on any host (`dask scheduler`, `dask worker tcp://host:8786`), and a `LocalCluster` gives
the tests a real two-worker cluster in-process. Ray would add a large native runtime
for features (actors, object store) this stage does not need.

Each worker process loads the Korean analyser once (cached per process by
`get_analyser`, ~2 s) and analyses a chunk of articles; results come back as `Analysis`
dataclasses, exactly what the local path produces, so the knowledge base is the same.

Streaming: at most `IN_FLIGHT_PER_WORKER` chunks per worker are submitted at a time and
each result is released as soon as it has been handed on, so neither the scheduler nor
the workers ever hold the whole corpus or all of its analyses.
"""
from __future__ import annotations

import logging
from itertools import islice
from typing import Iterable, Iterator

from .model import Analysis, Article

log = logging.getLogger(__name__)

CHUNK = 64
"""Articles per task: large enough to amortise scheduling (~1 ms per task) and fill
Kiwi's batches, small enough to balance and to keep a task's payload near 0.5 MB."""
IN_FLIGHT_PER_WORKER = 3
"""Chunks queued per worker: one running, the next ones already shipped."""


def _analyse_chunk(articles: list[Article], user_words: list[tuple[str, str]]) -> list[Analysis]:
    from . import extract
    return list(extract.analyse_many(articles, extract.get_analyser(user_words)))


def _chunks(articles: Iterable[Article], size: int) -> Iterator[list[Article]]:
    it = iter(articles)
    while chunk := list(islice(it, size)):
        yield chunk


def analyse_on_dask(articles: Iterable[Article], user_words: list[tuple[str, str]],
                    scheduler: str | None, chunk: int = CHUNK) -> Iterator[Analysis]:
    """Analyses in completion order; `scheduler` None starts a local two-worker cluster
    bound to 127.0.0.1 (no dashboard)."""
    try:
        from dask.distributed import Client, LocalCluster, as_completed
    except ImportError as e:  # pragma: no cover - depends on the optional extra
        raise SystemExit("the dask executor needs the optional extra: pip install -e '.[dask]'") from e
    cluster = None
    if scheduler:
        client = Client(scheduler)
    else:
        cluster = LocalCluster(n_workers=2, threads_per_worker=1, processes=True, host="127.0.0.1",
                               dashboard_address=None)
        client = Client(cluster)
    try:
        words = client.scatter(list(user_words), broadcast=True)
        workers = max(1, len(client.scheduler_info().get("workers", {})))
        pending = _chunks(articles, chunk)
        queue = as_completed()
        for ch in islice(pending, workers * IN_FLIGHT_PER_WORKER):
            queue.add(client.submit(_analyse_chunk, ch, words, pure=False))
        for fut in queue:
            for ch in islice(pending, 1):  # keep the workers fed
                queue.add(client.submit(_analyse_chunk, ch, words, pure=False))
            results = fut.result()
            fut.release()
            yield from results
    finally:
        client.close()
        if cluster is not None:
            cluster.close()
