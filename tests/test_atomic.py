"""Atomic builds: a build that fails for any reason leaves the previous `site/` exactly
as it was (every file's bytes hashed before and after) and leaves no temporary folder.

One real build makes the first site; the failing builds reuse its analysis cache, so
each costs a load (bad input) or a MkDocs run (strict failure, search failure).
"""
from __future__ import annotations

import hashlib
import shutil
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import ROOT, Options
from generator.errors import InputError
from generator.site import SiteBuildError

from .conftest import SEED_ARTICLE

pytestmark = pytest.mark.slow  # builds whole sites with MkDocs


def tree_hash(root: Path) -> dict[str, str]:
    """Relative path -> sha256 of the bytes (folders as "dir")."""
    out = {}
    for p in sorted(root.rglob("*")):
        rel = p.relative_to(root).as_posix()
        out[rel] = "dir" if p.is_dir() else hashlib.sha256(p.read_bytes()).hexdigest()
    return out


def leftovers(parent: Path, site: Path) -> list[str]:
    """Anything next to the site that a build made and did not clean up."""
    return sorted(p.name for p in parent.iterdir() if p.name.startswith(f".{site.name}"))


@pytest.fixture(scope="module")
def first_site(tmp_path_factory):
    root = tmp_path_factory.mktemp("atomic")
    seeds = root / "seeds"
    seeds.mkdir()
    shutil.copy(SEED_ARTICLE, seeds / SEED_ARTICLE.name)
    shutil.copytree(ROOT / "seeds" / "curated", seeds / "curated")
    docs = root / "docs"
    shutil.copytree(ROOT / "docs", docs)
    opts = replace(Options(), seeds=seeds, site=root / "out" / "site", work=root / "work", docs=docs, strict=True)
    from generator.pipeline import build
    build(opts)
    assert (opts.site / "index.html").is_file()
    return opts


@pytest.fixture()
def opts(first_site):
    """The first site's options; restores seeds and docs after each test."""
    seeds, docs = first_site.seeds, first_site.docs
    before = {p: p.read_bytes() for p in [*seeds.rglob("*"), *docs.rglob("*")] if p.is_file()}
    yield first_site
    for p in [*seeds.rglob("*"), *docs.rglob("*")]:
        if p.is_file() and p not in before:
            p.unlink()
    for p, data in before.items():
        p.write_bytes(data)


def assert_untouched(opts: Options, before: dict[str, str]) -> None:
    assert tree_hash(opts.site) == before, "the previous site changed"
    assert leftovers(opts.site.parent, opts.site) == []


def test_bad_article_leaves_the_site_alone(opts):
    from generator.pipeline import build
    before = tree_hash(opts.site)
    (opts.seeds / "broken.txt").write_bytes("제목\n\n본문이다.\n".encode("cp949"))
    with pytest.raises(InputError) as e:
        build(opts)
    assert any(p.path.name == "broken.txt" for p in e.value.problems)
    assert_untouched(opts, before)


def test_bad_curated_data_leaves_the_site_alone(opts):
    from generator.pipeline import build
    before = tree_hash(opts.site)
    (opts.seeds / "curated" / "glossary.yml").write_text("- name: [오커스\n", encoding="utf-8")
    with pytest.raises(InputError):
        build(replace(opts, keep_going=True))
    assert_untouched(opts, before)


def test_mkdocs_strict_failure_leaves_the_site_alone(opts):
    """A hand-written page with a broken link fails the strict MkDocs run."""
    from generator.pipeline import build
    before = tree_hash(opts.site)
    (opts.docs / "about.md").write_text("# 소개\n\n[없는 페이지](no-such-page.md)\n", encoding="utf-8")
    with pytest.raises(SiteBuildError):
        build(opts)
    assert_untouched(opts, before)


def test_failure_after_mkdocs_leaves_the_site_alone(opts, monkeypatch):
    """The search index step runs on the finished temporary site; if it fails (or the
    build is interrupted), the temporary site is discarded. The build is incremental
    (MkDocs rebuilt the changed article's pages over a copy of the site): the live site's
    files keep their bytes and their mtimes, so nothing was written through to them."""
    import generator.search
    import generator.site
    from generator.pipeline import build
    build(opts)  # the site and its record in the work folder match the current input
    before = tree_hash(opts.site)
    mtimes = {p: p.stat().st_mtime_ns for p in opts.site.rglob("*") if p.is_file()}
    with (opts.seeds / SEED_ARTICLE.name).open("a", encoding="utf-8") as f:
        f.write("정부는 이 문제를 계속 검토하겠다고 밝혔다.\n")
    copies = []
    real_copy = generator.site._copy_site
    monkeypatch.setattr(generator.site, "_copy_site", lambda src, dest: copies.append(src) or real_copy(src, dest))

    def boom(site_dir, *_a, **_k):
        assert (Path(site_dir) / "articles" / "index.html").is_file()
        raise KeyboardInterrupt("interrupted while writing the search index")

    monkeypatch.setattr(generator.search, "build_search", boom)
    with pytest.raises(KeyboardInterrupt):
        build(opts)
    assert copies == [opts.site]  # it was an incremental build
    assert_untouched(opts, before)
    assert {p: p.stat().st_mtime_ns for p in opts.site.rglob("*") if p.is_file()} == mtimes


def test_cli_reports_the_site_was_not_changed(opts):
    import subprocess
    import sys
    before = tree_hash(opts.site)
    (opts.seeds / "empty.txt").write_bytes(b"")
    r = subprocess.run([sys.executable, "-m", "generator", "build", "--seeds", str(opts.seeds),
                        "--site", str(opts.site), "--work", str(opts.work)],
                       cwd=ROOT, capture_output=True, text=True, timeout=120)
    assert r.returncode == 1
    assert "empty.txt" in r.stderr and f"the site in {opts.site} was not changed" in r.stderr
    assert_untouched(opts, before)


def test_a_good_rebuild_replaces_the_site_and_cleans_up(opts):
    from generator.pipeline import build
    before = tree_hash(opts.site)
    (opts.site / "stale.html").write_text("old", encoding="utf-8")  # only the new site survives
    (opts.seeds / "extra.txt").write_text("새 기사\n\n정부는 11일 새 계획을 발표했다.\n", encoding="utf-8")
    report = build(opts)
    assert report.stats["site_dirty"] == 0  # the site changed behind the work folder's back
    after = tree_hash(opts.site)
    assert "stale.html" not in after
    assert "articles/extra/index.html" in after
    assert set(before) <= set(after) | {"stale.html"}
    assert leftovers(opts.site.parent, opts.site) == []
