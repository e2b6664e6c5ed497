"""A clean build rendered by several MkDocs processes (`generator.site_split`) is the
single process' build, byte for byte; a failure in any of them fails the build with its
message and leaves the previous site as it was."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path
from urllib.parse import unquote

import pytest

from generator import site_split
from generator.pipeline import build, generate, search_known
from generator.site import SiteBuildError, mkdocs_build

from .conftest import make_seeds, options_for
from .test_incremental import differing, small_seeds, snapshot

BUILD_DATE = "1712707200"
"""SOURCE_DATE_EPOCH for both builds of a comparison (sitemap.xml embeds the build date)."""


def _generated(root: Path, seeds: Path):
    opts = options_for(root, seeds, strict=True)
    return opts, search_known(generate(opts))


@pytest.fixture(scope="module")
def founding(tmp_path_factory):
    """The founding article's site: docs folder generated, search-known URLs."""
    root = tmp_path_factory.mktemp("split-founding")
    return _generated(root, make_seeds(root, with_dev=False))


@pytest.fixture(scope="module")
def several(tmp_path_factory):
    """The founding article and 15 development articles."""
    root = tmp_path_factory.mktemp("split-several")
    return _generated(root, small_seeds(root))


def _mkdocs(opts, known, dest: Path, processes: int, monkeypatch):
    monkeypatch.setattr(site_split, "processes", lambda pages: processes)
    dest.mkdir()
    return mkdocs_build(opts.config, opts.docs_out, dest, True, material_index=False, known=known)


def _children() -> list[int]:
    """This process' child processes (Linux)."""
    pids = []
    for task in os.listdir("/proc/self/task"):
        with open(f"/proc/self/task/{task}/children") as f:
            pids += [int(p) for p in f.read().split()]
    return pids


@pytest.mark.slow
@pytest.mark.parametrize("corpus", ["founding", "several"])
@pytest.mark.parametrize("processes", [2, 3])
def test_split_build_is_the_single_process_build(request, corpus, processes, tmp_path, monkeypatch):
    opts, known = request.getfixturevalue(corpus)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BUILD_DATE)
    one = _mkdocs(opts, known, tmp_path / "one", 1, monkeypatch)
    split = _mkdocs(opts, known, tmp_path / "split", processes, monkeypatch)
    assert one.shares is None
    assert split.shares is not None and len(split.shares) == processes and all(split.shares)
    assert sum(split.shares) == split.pages == one.pages
    assert differing(snapshot(tmp_path / "one"), snapshot(tmp_path / "split")) == []
    # Material's entries of the pages our index does not make, kept for the next build
    assert split.material_pages and list(split.material_pages.items()) == list(one.material_pages.items())


@pytest.mark.slow
def test_no_file_is_written_by_two_processes(several, tmp_path, monkeypatch):
    """Each process' share rendered into a folder of its own: the shares have no file in
    common, and together they are the single process' site."""
    opts, known = several
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BUILD_DATE)
    _mkdocs(opts, known, tmp_path / "one", 1, monkeypatch)
    shares = []
    for index in range(2):
        (tmp_path / f"share{index}").mkdir()
        site_split.build_share({"config_file": str(opts.config), "docs_dir": str(opts.docs_out),
                                "site_dir": str(tmp_path / f"share{index}"), "strict": True,
                                "known": frozenset(known), "index": index, "count": 2})
        shares.append(snapshot(tmp_path / f"share{index}"))
    assert shares[0].keys() & shares[1].keys() == set()
    assert {**shares[0], **shares[1]} == snapshot(tmp_path / "one")
    assert {"sitemap.xml", "sitemap.xml.gz", "404.html", "search/search_index.json"} <= shares[0].keys()
    assert any(k.startswith("assets/") for k in shares[0]) and not any(k.startswith("assets/") for k in shares[1])


def _page_of(opts, known, process: int, count: int) -> Path:
    """A generated page that process `process` of `count` renders."""
    from mkdocs.structure.files import File
    for path in sorted(opts.docs_out.rglob("*.md")):
        src = path.relative_to(opts.docs_out).as_posix()
        url = File(src, str(opts.docs_out), str(opts.site), use_directory_urls=True).url
        if site_split.owner(src, unquote(url) not in known, count) == process:
            return path
    raise AssertionError(f"no page for process {process}")


@pytest.mark.slow
@pytest.mark.parametrize("process", [0, 1])
def test_a_failure_in_either_process_fails_the_build(several, process, tmp_path, monkeypatch, caplog):
    """A broken link in a page of one process: strict mode fails that process, the build
    fails with its message, the warning reaches the parent's log, no process is left."""
    opts, known = several
    docs = opts.docs_out
    opts = replace(opts, work=tmp_path / "work")
    shutil.copytree(docs, opts.docs_out)
    page = _page_of(opts, known, process, 2)
    with page.open("a", encoding="utf-8") as f:
        f.write("\n[없는 페이지](no-such-page.md)\n")
    before = set(_children())  # other fixtures' processes (a browser) may be running
    with pytest.raises(SiteBuildError, match=f"process {process + 1} of 2.*strict mode"):
        _mkdocs(opts, known, tmp_path / "site", 2, monkeypatch)
    assert any("no-such-page.md" in r.getMessage() and r.levelname == "WARNING" for r in caplog.records)
    assert set(_children()) <= before


@pytest.mark.slow
def test_a_failed_split_build_leaves_the_previous_site(tmp_path, monkeypatch):
    root = tmp_path
    docs = root / "docs"
    shutil.copytree(Path(__file__).resolve().parent.parent / "docs", docs)
    opts = replace(options_for(root, make_seeds(root, with_dev=False), strict=True), docs=docs)
    monkeypatch.setattr(site_split, "processes", lambda pages: 2)
    first = build(opts)
    assert first.stats["site_processes"] == 2
    before = snapshot(opts.site)
    (docs / "about.md").write_text("# 소개\n\n[없는 페이지](no-such-page.md)\n", encoding="utf-8")
    with pytest.raises(SiteBuildError, match="of 2"):
        build(opts)
    assert snapshot(opts.site) == before
    assert not list(root.glob(".site.tmp-*"))


@pytest.mark.slow
def test_a_rebuild_after_a_split_build_matches_a_clean_build(tmp_path, monkeypatch):
    """The incremental build carries Material's entries that the split build recorded."""
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BUILD_DATE)
    opts = options_for(tmp_path, small_seeds(tmp_path), strict=True)
    monkeypatch.setattr(site_split, "processes", lambda pages: 2)
    assert build(opts).stats["site_processes"] == 2
    target = sorted(opts.seeds.glob("*.txt"))[4]
    with target.open("a", encoding="utf-8") as f:
        f.write("미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.\n")
    rebuilt = build(opts)
    assert rebuilt.stats["site_dirty"] == 1 and rebuilt.stats["site_processes"] == 1, rebuilt.stats
    after_rebuild = snapshot(opts.site)
    shutil.rmtree(opts.work)
    shutil.rmtree(opts.site)
    monkeypatch.setattr(site_split, "processes", lambda pages: 1)
    build(opts)
    assert differing(after_rebuild, snapshot(opts.site)) == []


def test_a_message_every_process_logs_is_logged_once(caplog):
    import logging
    seen: set[tuple] = set()
    for message in ("nav: page missing", "nav: page missing", "page a.md: broken link"):
        site_split._handle(logging.LogRecord("mkdocs.structure.nav", logging.WARNING, __file__, 1, message,
                                             None, None), seen)
    assert [r.getMessage() for r in caplog.records] == ["nav: page missing", "page a.md: broken link"]


def test_process_count_follows_the_cores_from_a_size_on(monkeypatch):
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0, 1}, raising=False)
    assert site_split.processes(site_split.MIN_PAGES) == 2
    assert site_split.processes(site_split.MIN_PAGES - 1) == 1
    monkeypatch.setattr(os, "sched_getaffinity", lambda pid: {0}, raising=False)
    assert site_split.processes(10**6) == 1


def test_pages_are_shared_out_evenly_and_material_indexed_ones_go_to_the_first():
    srcs = [f"articles/2024-04-{i:05d}.md" for i in range(2000)] + [f"actors/a{i}.md" for i in range(2000)]
    counts = [0, 0]
    for src in srcs:
        counts[site_split.owner(src, False, 2)] += 1
    assert abs(counts[0] - counts[1]) < len(srcs) * 0.05, counts
    assert {site_split.owner(src, True, 2) for src in srcs} == {0}
    assert {site_split.owner(src, False, 1) for src in srcs} == {0}
