"""The page cache (`generator.render.pagecache`): after a change, the pages taken from the
cache and the pages rendered again are exactly the pages a render without any cache
gives — for changes that reach other pages than their own (a curated definition quoted
in the pop-ups of other articles, an entity gaining an article, a changed headline) —
and a rebuild renders only some pages."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import pipeline
from generator.importer import import_file
from generator.render import pagecache

from .conftest import make_seeds, options_for, sample_csv


@pytest.fixture()
def corpus(tmp_path):
    seeds = make_seeds(tmp_path, with_dev=False)
    import_file(sample_csv(tmp_path / "sample.csv", every=20, limit=12), seeds, source="위키뉴스",
                licence="CC BY 2.5", author="Korean Wikinews contributors")
    opts = options_for(tmp_path, seeds)
    pipeline.generate(opts)  # fills the analysis, layout and page caches
    return opts


def cached_and_fresh(opts) -> tuple[dict, dict, dict]:
    """(the docs folder's pages after a generation through the page cache, the same pages
    rendered without any cache, the generation's stats)."""
    report = pipeline.BuildReport()
    kb = pipeline.generate(opts, report)
    fresh = {p: v.encode("utf-8") if isinstance(v, str) else v for p, v in pipeline.render_pages(kb).items()}
    docs = {p.relative_to(opts.docs_out).as_posix(): p.read_bytes() for p in opts.docs_out.rglob("*") if p.is_file()}
    return {p: docs[p] for p in docs if p in fresh or not (opts.docs / p).is_file()}, fresh, report.stats


def assert_same(cached: dict, fresh: dict) -> None:
    assert sorted(p for p in cached.keys() | fresh.keys() if cached.get(p) != fresh.get(p)) == []


def _edit(path: Path, old: str, new: str) -> None:
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_nothing_changed_renders_no_page(corpus):
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    assert stats["pages_rendered"] == 0 and stats["pages_cached"] > 20, stats


def test_changed_definition_reaches_the_pop_ups_of_other_articles(corpus):
    before, _fresh, _stats = cached_and_fresh(corpus)
    _edit(corpus.seeds / "curated" / "glossary.yml", "3자 안보협의체.", "3자 안보협의체(시험용 정의).")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    changed = {p for p in fresh if before.get(p) != fresh[p]}
    assert any(p.startswith("articles/") for p in changed), changed  # quoted in pop-ups
    assert 0 < stats["pages_rendered"] < stats["pages_cached"], stats


def test_an_entity_gaining_an_article(corpus):
    before, _fresh, _stats = cached_and_fresh(corpus)
    (corpus.seeds / "zz_added.txt").write_text(
        "오커스 협력 계속된다\n\n미국 국무부는 11일 오커스 협력을 계속 검토하겠다고 밝혔다.\n", encoding="utf-8")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    changed = {p for p in fresh if before.get(p) != fresh[p]}
    assert {"glossary/오커스.md", "actors/미국-국무부.md"} <= changed, changed
    assert 0 < stats["pages_rendered"] < stats["pages_cached"], stats


def test_a_new_headline_reaches_the_related_articles_lists(corpus):
    """Only the headline changes: the other articles that list it among their related
    articles read it."""
    from generator.link import related_articles
    kb = pipeline.knowledge_base(corpus)
    listed = sorted({r for rel in related_articles(kb).values() for r, _n in rel} - {"000_3114c304e57fa8c9"})
    retitled = kb.articles[listed[0]]
    readers = {f"articles/{a.replace('_', '-')}.md" for a, rel in related_articles(kb).items()
               if retitled.id in dict(rel)}
    before, _fresh, _stats = cached_and_fresh(corpus)
    head, sep, body = retitled.path.read_text(encoding="utf-8").partition("\n---\n")
    assert sep, retitled.path
    retitled.path.write_text(head + sep + "바뀐 제목의 기사\n" + body.split("\n", 1)[1], encoding="utf-8")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    changed = {p for p in fresh if before.get(p) != fresh[p]}
    assert readers and readers <= changed, (readers, changed)
    assert 0 < stats["pages_rendered"] < stats["pages_cached"], stats


def test_changed_article_text(corpus):
    target = sorted(p for p in corpus.seeds.glob("*.txt") if p.name != "000_3114c304e57fa8c9.txt")[3]
    with target.open("a", encoding="utf-8") as f:
        f.write("미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.\n")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    assert 0 < stats["pages_rendered"] < stats["pages_cached"], stats


def test_an_unreadable_cache_renders_every_page(corpus):
    (corpus.cache_dir / pagecache.CACHE_FILE).write_bytes(b"not a pickle")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    assert stats["pages_cached"] == 0, stats


def test_a_page_changed_in_the_docs_folder_is_rendered_again(corpus):
    page = next(corpus.docs_out.glob("articles/2*.md"))
    page.write_text(page.read_text(encoding="utf-8") + "손으로 고친 줄\n", encoding="utf-8")
    cached, fresh, stats = cached_and_fresh(corpus)
    assert_same(cached, fresh)
    assert stats["pages_rendered"] == 1, stats


def test_the_key_covers_the_rendering_code():
    """Every rendering module is part of the code version (a changed renderer renders
    every page again)."""
    files = {p.relative_to(pagecache._PACKAGE).as_posix() for pattern in pagecache._CODE
             for p in pagecache._PACKAGE.glob(pattern)}
    assert {"render/article.py", "render/entity.py", "render/graph.py", "urls.py", "model.py",
            "pipeline.py"} <= files
