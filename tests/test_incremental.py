"""Incremental generation gives exactly what a clean build gives, and re-analyses only
what changed.

Corpus: the founding article plus 15 development articles (every 20th row). The
analysis cache key of an article is its text, the analyser's user dictionary (names and
aliases of curated entries), the extractor's source and the generator version, so:

* one changed article -> one article analysed, everything else from the cache;
* a changed curated *definition* -> nothing analysed (definitions are applied by the
  resolver and renderers, after analysis);
* a changed curated *alias* -> every article analysed again, because aliases are user
  words of the analyser and can change how any article is tokenised.
"""
from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from generator.importer import import_file
from generator.pipeline import BuildReport, build, generate

from .conftest import make_seeds, options_for, sample_csv

pytestmark = pytest.mark.slow  # builds whole sites with MkDocs

DEV_EVERY = 20
DEV_ROWS = 15
BUILD_DATE_FILES = {"sitemap.xml.gz"}
"""The only file that embeds the build time: MkDocs writes the build *date* as the gzip
header time of sitemap.xml.gz (our sitemap.xml template, overrides/sitemap.xml, has no
<lastmod>), so two builds on either side of midnight (UTC) differ there. The test pins SOURCE_DATE_EPOCH (MkDocs honours
it) and then expects no difference at all; `ALLOWED_TO_DIFFER` is what may differ without it."""
ALLOWED_TO_DIFFER: set[str] = set()


def small_seeds(root: Path, every: int = DEV_EVERY, limit: int = DEV_ROWS) -> Path:
    """The founding article, curated data and `limit` development articles."""
    seeds = make_seeds(root, with_dev=False)
    import_file(sample_csv(root / "sample.csv", every=every, limit=limit), seeds, source="위키뉴스",
                licence="CC BY 2.5", author="Korean Wikinews contributors")
    return seeds


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def differing(a: dict[str, bytes], b: dict[str, bytes]) -> list[str]:
    return sorted(k for k in a.keys() | b.keys() if a.get(k) != b.get(k))


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    root = tmp_path_factory.mktemp("incremental")
    seeds = small_seeds(root)
    opts = options_for(root, seeds, strict=True)
    first = build(opts)
    n = len(list(seeds.glob("*.txt")))
    assert first.stats["analysed"] == n and first.articles == n
    return root, opts, n


def test_one_changed_article_matches_a_clean_build(corpus, monkeypatch):
    root, opts, n = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712707200")  # 2024-04-10: same build date for both builds
    target = sorted(p for p in opts.seeds.glob("*.txt") if p.name != "000_3114c304e57fa8c9.txt")[3]
    with target.open("a", encoding="utf-8") as f:
        f.write("미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.\n")

    inc = build(opts)
    assert inc.stats["analysed"] == 1, inc.stats
    assert inc.stats["cached"] == n - 1, inc.stats
    assert inc.stats["unchanged"] > 0, inc.stats  # only changed pages are rewritten
    # MkDocs built over a copy of the previous site and rendered only the changed pages
    assert inc.stats["site_dirty"] == 1, inc.stats
    assert 0 < inc.stats["site_rebuilt"] <= inc.stats["written"] < inc.pages // 4, inc.stats
    inc_docs, inc_site = snapshot(opts.docs_out), snapshot(opts.site)

    # the same input, built from scratch in the same place (paths are part of the input)
    shutil.rmtree(opts.work)
    shutil.rmtree(opts.site)
    clean = build(opts)
    assert clean.stats["analysed"] == n and clean.stats.get("cached", 0) == 0
    assert clean.stats["site_dirty"] == 0
    assert differing(inc_docs, snapshot(opts.docs_out)) == []
    assert set(differing(inc_site, snapshot(opts.site))) <= ALLOWED_TO_DIFFER
    assert inc.pages == clean.pages and inc.entities == clean.entities


def stub_mtimes(site: Path, kb) -> dict[str, int]:
    from generator.redirects import redirect_pages
    return {rel: (site / rel).stat().st_mtime_ns for rel in redirect_pages(kb) if (site / rel).is_file()}


def test_redirect_stubs_are_kept_when_unchanged_and_rewritten_when_changed(corpus, monkeypatch):
    """An incremental build keeps the previous site's redirect stubs that are still the
    same (not deleted and written again: each lives in a folder of its own) and replaces
    the others: renaming a curated term turns its old page into a stub and changes the
    stubs of its other names; the site is still that of a clean build."""
    from generator.pipeline import knowledge_base
    from generator.redirects import redirect_pages
    root, opts, n = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712707200")
    build(opts)
    before_kb = knowledge_base(opts)
    before, old_stubs = stub_mtimes(opts.site, before_kb), redirect_pages(before_kb)
    assert len(before) > 20
    _edit_curated(opts.seeds, "- name: 오커스\n", "- name: 오커스 안보협의체\n")
    after_kb = knowledge_base(opts)
    new_stubs = redirect_pages(after_kb)
    changed = {k for k in new_stubs if old_stubs.get(k) != new_stubs[k]}
    assert "glossary/오커스/index.html" in changed and len(changed) >= 2, changed

    inc = build(opts)
    assert inc.stats["site_dirty"] == 1, inc.stats
    after = stub_mtimes(opts.site, after_kb)
    assert {k for k in after if after[k] != before.get(k)} == changed
    inc_site = snapshot(opts.site)
    shutil.rmtree(opts.work)
    shutil.rmtree(opts.site)
    build(opts)
    assert set(differing(inc_site, snapshot(opts.site))) <= ALLOWED_TO_DIFFER
    _edit_curated(opts.seeds, "- name: 오커스 안보협의체\n", "- name: 오커스\n")  # as the other tests expect


def _edit_curated(seeds: Path, old: str, new: str) -> None:
    path = seeds / "curated" / "glossary.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_changed_definition_reanalyses_nothing(corpus):
    root, opts, n = corpus
    generate(opts, BuildReport())  # cache up to date with the current input
    _edit_curated(opts.seeds, "3자 안보협의체.", "3자 안보협의체(시험용 정의).")
    report = BuildReport()
    generate(opts, report)
    assert report.stats["analysed"] == 0 and report.stats["cached"] == n, report.stats
    assert any("시험용 정의" in p.read_text(encoding="utf-8") for p in (opts.docs_out / "glossary").rglob("*.md"))


def test_changed_alias_reanalyses_everything(corpus):
    """Aliases are the analyser's user words: a new one may change any tokenisation."""
    root, opts, n = corpus
    generate(opts, BuildReport())
    _edit_curated(opts.seeds, "aliases: [AUKUS]", "aliases: [AUKUS, 오커스동맹]")
    report = BuildReport()
    generate(opts, report)
    assert report.stats["analysed"] == n and report.stats["cached"] == 0, report.stats


def test_parallel_render_gives_the_same_pages(corpus, monkeypatch):
    """Large corpora render article and entity pages in two forked processes; the pages
    (and their order) must be those of one process."""
    from generator import pipeline
    root, opts, n = corpus
    kb = pipeline.knowledge_base(opts)
    monkeypatch.setattr(pipeline, "PARALLEL_RENDER_MIN", 10**9)
    one = pipeline.render_pages(kb)
    monkeypatch.setattr(pipeline, "PARALLEL_RENDER_MIN", 0)
    monkeypatch.setattr(pipeline, "_RENDER_CHUNK", 7)  # several chunks per worker
    monkeypatch.setattr(pipeline, "_SEND_EVERY", 3)  # several batches from each worker
    two = pipeline.render_pages(kb)
    assert list(two) == list(one) and two == one


def test_material_search_indexes_only_the_pages_our_index_reads_from_it(corpus, tmp_path, monkeypatch):
    """Material's search plugin indexes only the pages our Korean index does not make
    from the knowledge base (home, about, index and listing pages): its entries for them
    are those of its full index, every page is what it is with the full index, and the
    index file is what `shrink_material_index` makes of the full one."""
    import json
    from urllib.parse import unquote

    from generator import pipeline
    from generator.search import shrink_material_index
    from generator.site import SiteBuild, mkdocs_build
    root, opts, n = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712707200")
    known = pipeline.search_known(pipeline.knowledge_base(opts))
    full, lean = tmp_path / "full", tmp_path / "lean"
    mkdocs_build(opts.config, opts.docs_out, full, True, material_index=True)
    result = mkdocs_build(opts.config, opts.docs_out, lean, True, material_index=False, known=known)
    assert isinstance(result, SiteBuild) and not result.dirty

    def entries(site):
        return json.loads((site / "search" / "search_index.json").read_text(encoding="utf-8"))

    full_docs, lean_docs = entries(full)["docs"], entries(lean)["docs"]
    assert lean_docs == [e for e in full_docs if unquote(e["location"]).partition("#")[0] not in known]
    assert 10 < len(lean_docs) < len(full_docs) // 5, (len(lean_docs), len(full_docs))
    assert entries(lean)["config"] == entries(full)["config"]
    # kept for the next, incremental build: by source page, in MkDocs' order
    assert {"index.md", "about.md", "articles/index.md", "glossary/index.md"} <= set(result.material_pages)
    assert all((opts.docs_out / src).is_file() for src in result.material_pages)
    assert [e for v in result.material_pages.values() for e in v] == lean_docs
    shrink_material_index(full)
    shrink_material_index(lean)
    assert differing(snapshot(full), snapshot(lean)) == []


def _retitle(path: Path, headline: str) -> None:
    """Replace an imported article's headline (the first line after its front matter)."""
    head, sep, body = path.read_text(encoding="utf-8").partition("\n---\n")
    assert sep, path
    lines = body.split("\n")
    lines[0] = headline
    path.write_text(head + sep + "\n".join(lines), encoding="utf-8")


def test_renamed_removed_and_added_articles_match_a_clean_build(corpus, monkeypatch):
    """Headlines appear on other pages (indexes, timeline, related articles, actor and
    term pages); a removed article's pages and redirects must leave the copied site."""
    root, opts, n = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712707200")
    build(opts)  # a site of the current input to start from
    arts = sorted(p for p in opts.seeds.glob("*.txt") if p.name != "000_3114c304e57fa8c9.txt")
    renamed, removed = arts[1], arts[5]
    assert (opts.site / "articles" / removed.stem.replace("_", "-") / "index.html").is_file()
    _retitle(renamed, "미국 국무부, 오커스 협력 계속 검토")
    removed.unlink()
    (opts.seeds / "zz_added.txt").write_text("새 기사 제목\n\n정부는 11일 새 계획을 발표했다.\n", encoding="utf-8")

    inc = build(opts)
    assert inc.stats["site_dirty"] == 1 and inc.stats["site_pruned"] > 0, inc.stats
    assert inc.stats["site_rebuilt"] < inc.pages, inc.stats
    inc_site = snapshot(opts.site)
    assert f"articles/{removed.stem.replace('_', '-')}/index.html" not in inc_site
    assert "articles/zz-added/index.html" in inc_site
    assert any("오커스 협력 계속 검토" in inc_site[k].decode("utf-8") for k in ("articles/index.html", "timeline/index.html")
               if k in inc_site)

    shutil.rmtree(opts.work)
    shutil.rmtree(opts.site)
    clean = build(opts)
    assert clean.stats["site_dirty"] == 0
    assert set(differing(inc_site, snapshot(opts.site))) <= ALLOWED_TO_DIFFER


def test_changes_that_reach_other_pages_match_a_clean_build(corpus, monkeypatch):
    """A curated definition quoted in the pop-ups of other articles, and an entity gaining
    an article: the page cache (`render.pagecache`) keeps most pages, and the site and
    docs folder are those of a clean build, byte for byte."""
    root, opts, n = corpus
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1712707200")
    build(opts)  # a site and page cache of the current input to start from
    _edit_curated(opts.seeds, "호주가 2021년 출범시킨", "호주가 2021년 9월 출범시킨")  # in the pop-ups' first sentence
    added = opts.seeds / "zz_more.txt"
    added.write_text("오커스 협력 계속된다\n\n미국 국무부는 11일 오커스 협력을 계속 검토하겠다고 밝혔다.\n",
                     encoding="utf-8")
    try:
        inc = build(opts)
        assert inc.stats["site_dirty"] == 1 and inc.stats["analysed"] == 1, inc.stats
        assert 0 < inc.stats["pages_rendered"] < inc.stats["pages_cached"], inc.stats
        inc_docs, inc_site = snapshot(opts.docs_out), snapshot(opts.site)
        popups = [k for k, v in inc_docs.items() if k.startswith("articles/") and "2021년 9월 출범".encode() in v]
        assert len(popups) >= 2, popups
        shutil.rmtree(opts.work)
        shutil.rmtree(opts.site)
        clean = build(opts)
        assert clean.stats["site_dirty"] == 0 and clean.stats["pages_cached"] == 0
        assert differing(inc_docs, snapshot(opts.docs_out)) == []
        assert set(differing(inc_site, snapshot(opts.site))) <= ALLOWED_TO_DIFFER
    finally:
        _edit_curated(opts.seeds, "호주가 2021년 9월 출범시킨", "호주가 2021년 출범시킨")
        added.unlink()


def test_what_forces_a_clean_site_build(tmp_path):
    """The previous site is reused only if it is the one this work folder recorded and
    nothing but Markdown changed since."""
    from generator.site import SiteBuild, _reuse_reason, remember_site, site_signature
    config, overrides, docs, site = (tmp_path / "mkdocs.yml", tmp_path / "overrides", tmp_path / "docs",
                                     tmp_path / "site")
    config.write_text("site_name: x\n", encoding="utf-8")
    for d in (overrides, docs, site):
        d.mkdir()
    (overrides / "main.html").write_text("{% extends 'base.html' %}", encoding="utf-8")
    (docs / "about.md").write_text("# about\n", encoding="utf-8")
    (site / "index.html").write_text("<p>site</p>", encoding="utf-8")
    stamp = tmp_path / "site-stamp.json"

    def sig():
        return site_signature(config, overrides, docs, material_index=False)

    signature = sig()
    assert _reuse_reason(stamp, site, signature, False).startswith("no record")
    remember_site(stamp, site, SiteBuild(signature, material_pages={"index.md": []}))
    assert _reuse_reason(stamp, site, signature, False) == ""
    assert _reuse_reason(stamp, tmp_path / "other", signature, False) != ""
    assert _reuse_reason(stamp, site, signature, True) != ""  # Material's full index needs every page
    assert _reuse_reason(None, site, signature, False) != ""
    for path, text in ((config, "site_name: y\n"), (overrides / "main.html", "{# changed #}"),
                       (docs / "about.md", "# 소개\n")):
        old = path.read_text(encoding="utf-8")
        path.write_text(text, encoding="utf-8")
        assert sig() != signature and _reuse_reason(stamp, site, sig(), False).startswith("configuration")
        path.write_text(old, encoding="utf-8")
        assert sig() == signature
    (site / "stray.html").write_text("", encoding="utf-8")  # the site changed behind our back
    assert _reuse_reason(stamp, site, signature, False).startswith("the site is not")
