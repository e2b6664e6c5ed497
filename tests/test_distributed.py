"""The Dask executor builds the same knowledge base as the local one.

A real two-worker cluster (two processes, one thread each, bound to 127.0.0.1, no
dashboard) analyses a small corpus (the founding article and 9 development articles);
each worker loads Kiwi once (~2 s). Chunks of 3 articles make several tasks per worker,
so results come back out of order and the merge is exercised.
"""
from __future__ import annotations

from dataclasses import replace

import pytest

from generator import distributed
from generator.export import kb_to_dict
from generator.pipeline import BuildReport, knowledge_base

from .test_incremental import small_seeds
from .conftest import options_for

pytest.importorskip("dask.distributed")


@pytest.fixture(scope="module")
def cluster():
    from dask.distributed import LocalCluster
    with LocalCluster(n_workers=2, processes=True, threads_per_worker=1, host="127.0.0.1",
                      dashboard_address=None) as c:
        yield c


def test_dask_executor_matches_local(tmp_path, cluster, monkeypatch):
    seeds = small_seeds(tmp_path, every=32, limit=9)
    opts = options_for(tmp_path, seeds, use_cache=False)
    local_report = BuildReport()
    local = kb_to_dict(knowledge_base(opts, local_report))

    monkeypatch.setattr(distributed, "CHUNK", 3)
    dask_report = BuildReport()
    dask_opts = replace(opts, executor="dask", scheduler=cluster.scheduler_address)
    remote = kb_to_dict(knowledge_base(dask_opts, dask_report))

    assert dask_report.stats["analysed"] == local_report.stats["analysed"] == 10
    assert remote["articles"] and remote["entities"]
    assert remote == local, _differences(local, remote)


def _differences(a: dict, b: dict, limit: int = 5) -> str:
    """The first differing entities/articles, field by field (a readable failure)."""
    out = []
    for section in ("articles", "entities"):
        ia = {x["id"]: x for x in a.get(section, [])}
        ib = {x["id"]: x for x in b.get(section, [])}
        for k in sorted(ia.keys() ^ ib.keys())[:limit]:
            out.append(f"{section}: {k} only in {'local' if k in ia else 'dask'}")
        for k in sorted(ia.keys() & ib.keys()):
            for f in ia[k]:
                if ia[k][f] != ib[k].get(f) and len(out) < 2 * limit:
                    out.append(f"{section} {k}.{f}: local {str(ia[k][f])[:200]} != dask {str(ib[k].get(f))[:200]}")
    return "\n".join(out) or "top-level keys differ"
