"""The whole build, stage by stage:

    seeds/*.txt --load--> Article --analyse--> Analysis --resolve--> KnowledgeBase
      --link--> related, co-occurrence --render--> Markdown --write--> <work>/docs
      --mkdocs--> temporary site --search index--> swap into site/

Everything is gathered before anything is written: cross-links need the whole
knowledge base.
"""
from __future__ import annotations

import logging
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import urls
from .analyse import analyse_corpus
from .config import Options
from .corpus import load_corpus
from .curated import Curated, load_curated
from .errors import InputError, Problem
from .export import kb_to_json
from .link import cooccurrence, related_articles
from .model import TERM, KnowledgeBase
from .render.article import render_article
from .render.entity import render_actor, render_term
from .render.graph import overview_page
from .render.indexes import (render_actors_index, render_articles_index,
                             render_glossary_index, render_timeline)
from .render.review import render_review, review_text
from .redirects import write_redirects
from .resolve import resolve
from .site import SiteBuildError, discard, mkdocs_build, temp_site_dir
from .write import swap_in, write_tree

log = logging.getLogger(__name__)


@dataclass
class BuildReport:
    articles: int = 0
    entities: int = 0
    pages: int = 0
    skipped: list[Problem] = field(default_factory=list)
    warnings: list[Problem] = field(default_factory=list)
    timings: dict[str, float] = field(default_factory=dict)
    stats: dict[str, int] = field(default_factory=dict)


def load_inputs(opts: Options) -> tuple[list, Curated, list[Problem]]:
    articles, problems = load_corpus(opts.seeds)
    curated, cproblems = load_curated(opts.seeds)
    return articles, curated, problems + cproblems


def check(opts: Options) -> list[Problem]:
    """Validate corpus and curated data without building."""
    _a, _c, problems = load_inputs(opts)
    return problems


def knowledge_base(opts: Options, report: BuildReport | None = None, allow_empty: bool = False) -> KnowledgeBase:
    """Load, analyse and resolve. `allow_empty` accepts a corpus with no articles (the
    base branch of a project's first pull request) and gives an empty knowledge base."""
    report = report or BuildReport()
    t0 = time.perf_counter()
    articles, curated, problems = load_inputs(opts)
    errors = [p for p in problems if p.severity == "error"]
    if allow_empty and not articles:
        errors = [p for p in errors if "no article files" not in p.message and "does not exist" not in p.message]
    report.warnings += [p for p in problems if p.severity != "error"]
    if errors:
        curated_errors = [p for p in errors if "curated" in p.path.parts]
        if not opts.keep_going or curated_errors:
            raise InputError(errors)
        report.skipped = errors
    if not articles and not allow_empty:
        raise InputError(errors or [Problem(opts.seeds, "no articles to build")])
    t1 = time.perf_counter()
    analyses, stats = analyse_corpus(articles, curated.user_words(),
                                     opts.cache_dir if opts.use_cache else None,
                                     opts.executor, opts.scheduler)
    t2 = time.perf_counter()
    kb = resolve(articles, analyses, curated)
    t3 = time.perf_counter()
    report.timings.update(load=t1 - t0, analyse=t2 - t1, resolve=t3 - t2)
    report.stats.update(stats)
    report.articles = len(articles)
    report.entities = len(kb.entities)
    return kb


def render_pages(kb: KnowledgeBase) -> dict[str, str | bytes]:
    related = related_articles(kb)
    co = cooccurrence(kb)
    pages: dict[str, str | bytes] = {}
    for aid, art in kb.articles.items():
        pages[urls.md_path(urls.article_url(aid))] = render_article(art, kb.analyses[aid], kb, related.get(aid, []))
    for ent in kb.entities.values():
        render = render_term if ent.kind == TERM else render_actor
        pages[urls.md_path(urls.entity_url(ent))] = render(ent, kb, co.get(ent.id, {}))
    pages.update(render_articles_index(kb))
    pages["glossary/index.md"] = render_glossary_index(kb)
    pages["actors/index.md"] = render_actors_index(kb)
    pages["timeline/index.md"] = render_timeline(kb)
    pages["review/index.md"] = render_review(kb)
    pages["map/index.md"] = overview_page(kb, co)
    pages["data/kb.json"] = kb_to_json(kb).encode("utf-8")
    return pages


def generate(opts: Options, report: BuildReport | None = None) -> KnowledgeBase:
    """Analyse, resolve, render and write the docs folder (no MkDocs run)."""
    report = report or BuildReport()
    kb = knowledge_base(opts, report)
    t0 = time.perf_counter()
    pages = render_pages(kb)
    t1 = time.perf_counter()
    report.stats.update(write_tree(opts.docs_out, pages, static_dir=opts.docs))
    (opts.work / "review.md").write_text(review_text(kb), encoding="utf-8")
    report.timings.update(render=t1 - t0, write=time.perf_counter() - t1)
    report.pages = sum(1 for p in pages if p.endswith(".md"))
    return kb


def build(opts: Options) -> BuildReport:
    """Generate pages and build the site; the old site stays until the new one is complete."""
    report = BuildReport()
    kb = generate(opts, report)
    t0 = time.perf_counter()
    tmp = temp_site_dir(opts.site)
    try:
        mkdocs_build(opts.config, opts.docs_out, tmp, opts.strict)
        t1 = time.perf_counter()
        if opts.search:
            from .search import build_search
            report.stats.update(build_search(tmp, kb))
        report.stats["redirects"] = write_redirects(tmp, kb)
        report.timings.update(mkdocs=t1 - t0, search=time.perf_counter() - t1)
        swap_in(tmp, opts.site)
    except BaseException:
        discard(tmp)
        raise
    return report


__all__ = ["build", "generate", "check", "knowledge_base", "BuildReport", "SiteBuildError", "InputError"]
