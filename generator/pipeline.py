"""The whole build, stage by stage:

    seeds/*.txt --load--> Article --analyse--> Analysis --resolve--> KnowledgeBase
      --link--> related, co-occurrence --render--> Markdown --write--> <work>/docs
      --mkdocs--> temporary site --search index--> swap into site/

Everything is gathered before anything is written: cross-links need the whole
knowledge base.
"""
from __future__ import annotations

import gc
import logging
import pickle
import multiprocessing
import os
import time
from dataclasses import dataclass, field
from pathlib import Path

from . import urls
from .analyse import analyse_corpus
from .config import Options
from .corpus import load_corpus
from .curated import Curated, load_curated
from .errors import InputError, Problem
from .explain.base import load_base_glossary, with_base
from .explain.actors import publish_actors
from .explain.choose import explain_terms
from .explain.scan import known_terms_stage
from .export import kb_to_json
from .link import cooccurrence, related_articles
from .model import TERM, KnowledgeBase
from .render.article import render_article
from .render.entity import render_actor, render_term
from .render import graph
from .render.graph import overview_page
from .render.indexes import (render_actors_index, render_articles_index,
                             render_glossary_index, render_timeline)
from .render.review import render_review, review_text
from .redirects import write_redirects
from .resolve import resolve
from .site import STAMP, SiteBuildError, discard, forget_site, mkdocs_build, remember_site, temp_site_dir
from .worklock import WorkFolderBusy, work_lock
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
    """Articles, and the site's curated data over the base glossary shipped with the generator."""
    articles, problems = load_corpus(opts.seeds)
    curated, cproblems = load_curated(opts.seeds)
    base, bproblems, _digest = load_base_glossary(opts.base_glossary)
    return articles, with_base(curated, base), problems + cproblems + list(bproblems)


def check(opts: Options) -> list[Problem]:
    """Validate corpus, curated data and the extractor's word lists without building."""
    from .extract.wordlists import validate
    _a, _c, problems = load_inputs(opts)
    return problems + validate()


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
    analyses = known_terms_stage(articles, analyses, curated.entries)
    t2 = time.perf_counter()
    kb = resolve(articles, analyses, curated)
    report.stats.update(explain_terms(kb))
    report.stats.update(publish_actors(kb))
    t3 = time.perf_counter()
    report.timings.update(load=t1 - t0, analyse=t2 - t1, resolve=t3 - t2)
    report.stats.update(stats)
    report.articles = len(articles)
    report.entities = len(kb.entities)
    return kb


PARALLEL_RENDER_MIN = 300
"""Articles + entities from which article and entity pages are rendered by two forked
processes (below that, forking costs more than it saves)."""
_RENDER_CHUNK = 100
_render_state: tuple | None = None
"""(kb, related, co) for forked render workers: inherited, never pickled."""


def _render_one(kind: str, key: str) -> tuple[str, str]:
    kb, related, co = _render_state
    if kind == "a":
        return (urls.md_path(urls.article_url(key)),
                render_article(kb.articles[key], kb.analyses[key], kb, related.get(key, [])))
    ent = kb.entities[key]
    render = render_term if ent.kind == TERM else render_actor
    return urls.md_path(urls.entity_url(ent)), render(ent, kb, co.get(ent.id, {}))


def _render_chunk(items: list[tuple[str, str]]) -> tuple[list[tuple[str, str]], dict, set]:
    """Pages of `items`, plus the map layouts this process computed and used for them
    (sent back so the parent can save the layout cache)."""
    graph.NEW_LAYOUTS.clear()
    graph.USED_LAYOUTS.clear()
    pages = [_render_one(kind, key) for kind, key in items]
    return pages, dict(graph.NEW_LAYOUTS), set(graph.USED_LAYOUTS)


def _load_layouts(cache_dir: Path | None) -> None:
    graph.LAYOUTS.clear()
    if cache_dir is None:
        return
    try:
        with (cache_dir / "layouts.pickle").open("rb") as f:
            graph.LAYOUTS.update(pickle.load(f))
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError):
        pass


def _save_layouts(cache_dir: Path | None, used: set[str]) -> None:
    if cache_dir is None:
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / "layouts.pickle.tmp"
    with tmp.open("wb") as f:
        pickle.dump({k: graph.LAYOUTS[k] for k in sorted(used) if k in graph.LAYOUTS}, f,
                    protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(cache_dir / "layouts.pickle")


def _render_workers(n_items: int) -> int:
    if n_items < PARALLEL_RENDER_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def render_pages(kb: KnowledgeBase, cache_dir: Path | None = None) -> dict[str, str | bytes]:
    """Every page as Markdown (and the JSON export). Map layouts are cached in
    `cache_dir` so a rebuild after one changed article lays out only what changed."""
    global _render_state
    _load_layouts(cache_dir)
    used: set[str] = set()
    related = related_articles(kb)
    co = cooccurrence(kb)
    pages: dict[str, str | bytes] = {}
    items = [("a", aid) for aid in kb.articles] + [("e", eid) for eid in kb.entities]
    _render_state = (kb, related, co)
    try:
        workers = _render_workers(len(items))
        if workers > 1:
            # Article and entity pages are pure functions of the knowledge base: two forked
            # processes share it copy-on-write; results come back in input order, so the
            # pages are the same, in the same order, as in one process.
            chunks = [items[i:i + _RENDER_CHUNK] for i in range(0, len(items), _RENDER_CHUNK)]
            gc.freeze()  # keep the inherited objects' pages shared (no refcount GC churn)
            try:
                with multiprocessing.get_context("fork").Pool(workers) as pool:
                    for done, new, seen in pool.imap(_render_chunk, chunks):
                        pages.update(done)
                        graph.LAYOUTS.update(new)
                        used |= seen
            finally:
                gc.unfreeze()
        else:
            done, _new, seen = _render_chunk(items)
            pages.update(done)
            used |= seen
    finally:
        _render_state = None
    pages.update(render_articles_index(kb))
    pages["glossary/index.md"] = render_glossary_index(kb)
    pages["actors/index.md"] = render_actors_index(kb)
    pages["timeline/index.md"] = render_timeline(kb)
    pages["review/index.md"] = render_review(kb)
    graph.USED_LAYOUTS.clear()
    pages["map/index.md"] = overview_page(kb, co)
    used |= graph.USED_LAYOUTS
    _save_layouts(cache_dir, used)
    pages["data/kb.json"] = kb_to_json(kb).encode("utf-8")
    return pages


def generate(opts: Options, report: BuildReport | None = None) -> KnowledgeBase:
    """Analyse, resolve, render and write the docs folder (no MkDocs run), holding the
    work folder's lock (`worklock`: raises `WorkFolderBusy` if another build has it)."""
    with work_lock(opts.work_dir):
        return _generate(opts, report or BuildReport())


def _generate(opts: Options, report: BuildReport) -> KnowledgeBase:
    kb = knowledge_base(opts, report)
    t0 = time.perf_counter()
    pages = render_pages(kb, opts.cache_dir if opts.use_cache else None)
    t1 = time.perf_counter()
    report.stats.update(write_tree(opts.docs_out, pages, static_dir=opts.docs))
    (opts.work_dir / "review.md").write_text(review_text(kb), encoding="utf-8")
    report.timings.update(render=t1 - t0, write=time.perf_counter() - t1)
    report.pages = sum(1 for p in pages if p.endswith(".md"))
    return kb


def search_known(kb: KnowledgeBase) -> set[str]:
    """URLs of the pages whose search documents the Korean index makes from the knowledge
    base (`search.documents`); Material's search plugin indexes only the others."""
    from .search.documents import KIND_CODE
    return ({urls.article_url(aid) for aid in kb.articles}
            | {urls.entity_url(e) for e in kb.entities.values() if KIND_CODE.get(e.kind) is not None})


def build(opts: Options) -> BuildReport:
    """Generate pages and build the site; the old site stays until the new one is complete.
    The work folder's lock is held from the first read to the swap."""
    with work_lock(opts.work_dir):
        return _build(opts)


def _build(opts: Options) -> BuildReport:
    report = BuildReport()
    kb = _generate(opts, report)
    t0 = time.perf_counter()
    tmp = temp_site_dir(opts.site)
    stamp = opts.work_dir / STAMP
    try:
        site = mkdocs_build(opts.config, opts.docs_out, tmp, opts.strict, material_index=not opts.search,
                            previous=opts.site if opts.incremental else None, stamp=stamp,
                            static_docs=opts.docs, known=search_known(kb) if opts.search else frozenset())
        t1 = time.perf_counter()
        if opts.search:
            from .search import build_search
            report.stats.update(build_search(tmp, kb, opts.cache_dir if opts.use_cache else None))
        report.stats["redirects"] = write_redirects(tmp, kb)
        report.timings.update(mkdocs=t1 - t0, search=time.perf_counter() - t1)
        report.stats.update(site_dirty=int(site.dirty), site_copied=site.copied, site_pruned=site.pruned,
                            site_rebuilt=site.rebuilt)
        forget_site(stamp)  # from here until remember_site, the next build is a clean one
        swap_in(tmp, opts.site)
    except BaseException:
        discard(tmp)
        raise
    remember_site(stamp, opts.site, site)
    return report


__all__ = ["build", "generate", "check", "knowledge_base", "BuildReport", "SiteBuildError", "InputError",
           "WorkFolderBusy"]
