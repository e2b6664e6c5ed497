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
import threading
import time
from dataclasses import dataclass, field, replace
from pathlib import Path

from . import analysis_helper, urls
from .analyse import analyse_corpus
from .config import Options
from .corpus import load_corpus
from .curated import Curated, load_curated
from .errors import InputError, Problem
from .explain.base import load_base_glossary, with_base
from .explain.actors import publish_actors, services_to_glossary
from .explain.choose import explain_terms
from .explain.identity import describe_actors
from .explain.scan import KnownTerms
from .export import kb_to_json
from .link import cooccurrence, related_articles
from .model import TERM, KnowledgeBase
from .render import pagecache
from .render.article import render_article
from .render.entity import render_actor, render_all_older_articles, render_term
from .render.context import LayoutCache, RenderContext
from .render.layout_batch import lay_out_maps
from .render.home import render_home
from .render.graph import overview_page
from .render.actors_index import render_actors_pages
from .render.indexes import render_articles_index, render_glossary_pages
from .render.timeline import render_timeline_pages
from .render.review import render_review_pages, review_text
from .redirects import redirect_pages, write_redirects
from .resolve import resolve
from .site import (STAMP, Prepared, SiteBuildError, discard, forget_site, mkdocs_build, prepare_site,
                   remember_site, temp_site_dir)
from .worklock import WorkFolderBusy, work_lock
from .write import KEEP, swap_in, write_tree

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
    peak_mb: dict[str, float] = field(default_factory=dict)
    """Peak resident memory of this process at the end of each stage, and of the largest
    MkDocs process of a split build (`mkdocs processes`), in MB."""

    def mark_peak(self, stage: str) -> None:
        try:
            import resource
        except ImportError:  # not on Unix
            return
        self.peak_mb[stage] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def load_inputs(opts: Options) -> tuple[list, Curated, list[Problem]]:
    """Articles, and the site's curated data over the base glossary shipped with the generator."""
    curated, cproblems = _curated_inputs(opts)
    articles, problems = load_corpus(opts.seeds)
    return articles, curated, problems + cproblems


def _curated_inputs(opts: Options) -> tuple[Curated, list[Problem]]:
    curated, cproblems = load_curated(opts.seeds)
    base, bproblems, _digest = load_base_glossary(opts.base_glossary, opts.cache_dir if opts.use_cache else None)
    return with_base(curated, base), cproblems + list(bproblems)


def check(opts: Options) -> list[Problem]:
    """Validate corpus, curated data and the extractor's word lists without building."""
    from .explain.identity import heads_problems
    from .extract.wordlists import validate
    _a, _c, problems = load_inputs(opts)
    return problems + validate() + heads_problems()


def knowledge_base(opts: Options, report: BuildReport | None = None, allow_empty: bool = False,
                   helper=None, fork_analyser: bool = False, after_fork=None) -> KnowledgeBase:
    """Load, analyse and resolve. `allow_empty` accepts a corpus with no articles (the
    base branch of a project's first pull request) and gives an empty knowledge base.
    `helper`: the build's search analyser (`search.helper`), which is sent the articles'
    text when every article was analysed (a clean build), to segment it in idle moments.
    `fork_analyser`: when articles will be analysed, load the analyser in a forked process
    while the articles are read (`analysis_helper`; not for the live preview, whose
    process keeps its analyser loaded between rebuilds). `after_fork`: work to do while the
    build process waits for its forked analyser (threads may start from there), called
    once the articles are read; when no analyser is forked (and the analysis is local), it
    is called at once, to run beside loading, analysis and resolution."""
    report = report or BuildReport()
    t0 = time.perf_counter()
    curated, problems = _curated_inputs(opts)
    analyser, files = (analysis_helper.start(opts, curated.user_words()) if fork_analyser else (None, None))
    report.stats["analyser_forked"] = int(analyser is not None)
    if after_fork is not None and analyser is None and opts.executor == "local":
        after_fork()  # nothing forks before rendering: the work runs beside the whole stage
        after_fork = None
    if helper is not None and analyser is None:
        helper.start()  # else once the analysis is done: two analysers loading at once slow both
    try:
        return _knowledge_base(opts, report, allow_empty, helper, analyser, files, curated, problems, t0,
                               after_fork if analyser is not None else None)
    finally:
        if analyser is not None:
            analyser.close()


def _knowledge_base(opts: Options, report: BuildReport, allow_empty: bool, helper, analyser, files,
                    curated: Curated, problems: list[Problem], t0: float, while_waiting=None) -> KnowledgeBase:
    articles, aproblems = load_corpus(opts.seeds)
    problems = aproblems + problems
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
    report.mark_peak("load")
    if while_waiting is not None:
        while_waiting()  # the articles are read: the build now mostly waits for its analyser
    known = KnownTerms(curated.entries)
    analyses, stats = analyse_corpus(articles, curated.user_words(),
                                     opts.cache_dir if opts.use_cache else None,
                                     opts.executor, opts.scheduler, analyser,
                                     meanwhile=lambda cached: known.prepare(articles, cached))
    if analyser is not None:
        analyser.close()  # its memory back before resolving
    if helper is not None:
        helper.start()
    if files is not None and opts.use_cache:
        analysis_helper.remember(opts.cache_dir, files, curated.user_words())
    if helper is not None and articles and stats.get("analysed") == len(articles):
        from .search.documents import article_fields
        helper.segment_ahead([t for a in articles for _w, t, _whole in article_fields(a) if t.strip()])
    analyses = known.finish(articles, analyses)
    t2 = time.perf_counter()
    report.mark_peak("analyse")
    kb = resolve(articles, analyses, curated)
    report.stats.update(services_to_glossary(kb))
    report.stats.update(explain_terms(kb))
    report.stats.update(describe_actors(kb))  # (the line a name's head gives is evidence for a page)
    report.stats.update(publish_actors(kb))
    t3 = time.perf_counter()
    report.mark_peak("resolve")
    report.timings.update(load=t1 - t0, analyse=t2 - t1, resolve=t3 - t2)
    report.stats.update(stats)
    report.articles = len(articles)
    report.entities = len(kb.entities)
    return kb


PARALLEL_RENDER_MIN = 300
"""Articles + entities from which article and entity pages are rendered by two forked
processes (below that, forking costs more than it saves)."""
_RENDER_CHUNK = 100


def _page_path(kb: KnowledgeBase, kind: str, key: str) -> str:
    return urls.md_path(urls.article_url(key) if kind == "a" else urls.entity_url(kb.entities[key]))


def _render_one(ctx: RenderContext, kind: str, key: str) -> tuple[str, str]:
    kb = ctx.kb
    if kind == "a":
        return (_page_path(kb, kind, key),
                render_article(kb.articles[key], kb.analyses[key], kb, ctx.related.get(key, []), ctx))
    ent = kb.entities[key]
    render = render_term if ent.kind == TERM else render_actor
    return _page_path(kb, kind, key), render(ent, kb, ctx.co.get(ent.id, {}), ctx)


def _render_items(ctx: RenderContext, items: list[tuple[int, str, str]],
                  cache: pagecache.PageCache | None = None, keys: pagecache.PageKeys | None = None) -> tuple[list, dict]:
    """(numbered pages, with the map layout keys each used and its page key; layouts
    computed) for `items`. With `cache`, a page whose key is the one its docs file was
    written for is `write.KEEP` instead of its Markdown."""
    pages: list = []
    return pages, _render_each(ctx, items, cache, keys, pages.append)


def _render_each(ctx: RenderContext, items: list[tuple[int, str, str]], cache: pagecache.PageCache | None,
                 keys: pagecache.PageKeys | None, emit) -> dict:
    """`_render_items`, handing each page to `emit` as it is made; returns the layouts computed."""
    mine = replace(ctx, layouts=ctx.layouts.fresh())
    if not ctx.layouts.known:
        # no layout cache (a clean build): every map is new, lay them out at once; with
        # one, a rebuild's few changed maps cost less one at a time than finding them
        lay_out_maps(mine, [k for _i, kind, k in items if kind == "a"], [k for _i, kind, k in items if kind == "e"])
    for i, kind, key in items:
        path = _page_path(ctx.kb, kind, key)
        page_key = pagecache.page_key(keys, kind, key) if keys is not None else ""
        used = cache.kept(path, page_key) if cache is not None else None
        if used is not None:
            emit((i, path, KEEP, used, page_key))
            continue
        mine.layouts.used = set()
        text = _render_one(mine, kind, key)[1]
        emit((i, path, text, frozenset(mine.layouts.used), page_key))
    return mine.layouts.new


_SEND_EVERY = 200
"""Pages a render worker sends at a time: it never holds all its pages, nor their pickle
(at 10,000 articles that halved the workers' part of the build's peak memory)."""


def _render_worker(ctx: RenderContext, items, cache, keys, conn) -> None:
    """Runs in a forked child: `ctx` is inherited (copy-on-write), never pickled. Sends
    ("pages", [...]) as they are made, then ("done", layouts computed)."""
    batch: list = []

    def emit(page) -> None:
        batch.append(page)
        if len(batch) >= _SEND_EVERY:
            conn.send(("pages", batch))
            batch.clear()

    new = _render_each(ctx, items, cache, keys, emit)
    if batch:
        conn.send(("pages", batch))
    conn.send(("done", new))
    conn.close()


def _render_parallel(ctx: RenderContext, items: list[tuple[int, str, str]], workers: int,
                     cache: pagecache.PageCache | None = None, keys: pagecache.PageKeys | None = None) -> tuple[list, dict]:
    # Article and entity pages are pure functions of the context: forked processes share it
    # copy-on-write; pages carry their index, so the result is in input order as in one process.
    chunks = [items[i:i + _RENDER_CHUNK] for i in range(0, len(items), _RENDER_CHUNK)]
    fork = multiprocessing.get_context("fork")
    procs = []
    gc.freeze()  # keep the inherited objects' pages shared (no refcount GC churn)
    try:
        for w in range(workers):
            mine = [it for c in chunks[w::workers] for it in c]
            recv, send = fork.Pipe(duplex=False)
            p = fork.Process(target=_render_worker, args=(ctx, mine, cache, keys, send), daemon=True)
            p.start()
            send.close()
            procs.append((p, recv))
        pages, new = _collect_pages(procs)
    finally:
        gc.unfreeze()
    return sorted(pages), new


def _collect_pages(procs: list) -> tuple[list, dict]:
    """The render workers' pages and layouts, read from whichever worker has sent some (a
    worker waiting for its turn would stop rendering)."""
    from multiprocessing.connection import wait
    pages, new = [], {}
    pending = {recv: p for p, recv in procs}
    while pending:
        for conn in wait(list(pending)):
            p = pending[conn]
            try:
                tag, got = conn.recv()
            except EOFError:
                p.join()
                raise RuntimeError(f"a render worker failed (exit code {p.exitcode})") from None
            if tag == "pages":
                pages += got
                continue
            new.update(got)
            del pending[conn]
            p.join()
            if p.exitcode:
                raise RuntimeError(f"a render worker failed (exit code {p.exitcode})")
    return pages, new


def _load_layouts(cache_dir: Path | None) -> LayoutCache:
    if cache_dir is None:
        return LayoutCache()
    try:
        with (cache_dir / "layouts.pickle").open("rb") as f:
            return LayoutCache(dict(pickle.load(f)))
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError):
        return LayoutCache()


def _save_layouts(cache_dir: Path | None, layouts: LayoutCache, used: set[str]) -> None:
    if cache_dir is None:
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / "layouts.pickle.tmp"
    with tmp.open("wb") as f:
        pickle.dump({k: layouts.known[k] for k in sorted(used) if k in layouts.known}, f,
                    protocol=pickle.HIGHEST_PROTOCOL)
    tmp.replace(cache_dir / "layouts.pickle")


def _render_workers(n_items: int) -> int:
    if n_items < PARALLEL_RENDER_MIN or "fork" not in multiprocessing.get_all_start_methods():
        return 1
    return min(2, len(os.sched_getaffinity(0)) if hasattr(os, "sched_getaffinity") else os.cpu_count() or 1)


def _render_cached(ctx: RenderContext, items: list[tuple[int, str, str]], cache: pagecache.PageCache | None,
                   stats: dict[str, int]) -> list[tuple[int, str, str, frozenset]]:
    """Article and entity pages, numbered, with the layout keys each used: a page whose
    key (`render.pagecache`) is the one its file in the docs folder was written for is
    `write.KEEP`, the others are rendered. Keys are computed where the pages would be
    rendered: by two forked processes when there are many."""
    keys = pagecache.PageKeys(ctx) if cache is not None else None
    workers = _render_workers(len(items))
    done, new = (_render_parallel(ctx, items, workers, cache, keys) if workers > 1
                 else _render_items(ctx, items, cache, keys))
    ctx.layouts.known.update(new)
    kept = sum(1 for page in done if page[2] is KEEP)
    stats.update(pages_cached=kept, pages_rendered=len(done) - kept)
    if cache is not None:
        for _i, path, _text, used, page_key in done:
            cache.add(path, page_key, used)
    return [(i, path, text, used) for i, path, text, used, _k in done]


def render_pages(kb: KnowledgeBase, cache_dir: Path | None = None, stats: dict[str, int] | None = None,
                 cache: pagecache.PageCache | None = None) -> dict[str, str | bytes]:
    """Every page as Markdown (and the JSON export). Map layouts are cached in
    `cache_dir`, so a rebuild lays out only the maps that changed; with `cache` (the
    page cache of the docs folder being written), an article or entity page whose
    Markdown there is still right is `write.KEEP` (`render.pagecache`). `stats` gets the
    pages kept and rendered."""
    ctx = RenderContext(kb, related_articles(kb), cooccurrence(kb), _load_layouts(cache_dir))
    items = [(i, kind, key) for i, (kind, key) in
             enumerate([("a", aid) for aid in kb.articles] + [("e", eid) for eid in kb.entities])]
    done = _render_cached(ctx, items, cache, stats if stats is not None else {})
    used = set().union(*(u for *_rest, u in done))
    pages: dict[str, str | bytes] = {path: text for _i, path, text, _u in done}
    pages["index.md"] = render_home(kb)
    pages.update(render_articles_index(kb))
    pages.update(render_glossary_pages(kb))
    pages.update(render_actors_pages(kb))
    pages.update(render_all_older_articles(kb))
    pages.update(render_timeline_pages(kb))
    pages.update(render_review_pages(kb))
    overview = ctx.layouts.fresh()
    pages["map/index.md"] = overview_page(kb, ctx.co, layouts=overview)
    _save_layouts(cache_dir, ctx.layouts, used | overview.used)
    pages["data/kb.json"] = kb_to_json(kb).encode("utf-8")
    return pages


def generate(opts: Options, report: BuildReport | None = None) -> KnowledgeBase:
    """Analyse, resolve, render and write the docs folder (no MkDocs run), holding the
    work folder's lock (`worklock`: raises `WorkFolderBusy` if another build has it)."""
    with work_lock(opts.work_dir):
        return _generate(opts, report or BuildReport())


def _generate(opts: Options, report: BuildReport, helper=None, fork_analyser: bool = False,
              site_prep: _SitePrep | None = None) -> KnowledgeBase:
    kb = knowledge_base(opts, report, helper=helper, fork_analyser=fork_analyser,
                        after_fork=site_prep.start if site_prep is not None else None)
    if site_prep is not None:
        site_prep.wait()  # before the render workers fork
    t0 = time.perf_counter()
    cache = pagecache.PageCache(opts.cache_dir, opts.docs_out) if opts.use_cache else None
    pages = render_pages(kb, opts.cache_dir if opts.use_cache else None, report.stats, cache)
    t1 = time.perf_counter()
    report.mark_peak("render")
    report.stats.update(write_tree(opts.docs_out, pages, static_dir=opts.docs))
    if cache is not None:
        cache.save()
    (opts.work_dir / "review.md").write_text(review_text(kb), encoding="utf-8")
    report.timings.update(render=t1 - t0, write=time.perf_counter() - t1)
    report.pages = sum(1 for p in pages if p.endswith(".md"))
    report.mark_peak("write")
    return kb


def search_known(kb: KnowledgeBase) -> set[str]:
    """URLs of the pages whose search documents the Korean index makes from the knowledge
    base (`search.documents`); Material's search plugin indexes only the others."""
    from .search.documents import KIND_CODE
    return ({urls.article_url(aid) for aid in kb.articles}
            | {urls.entity_url(e) for e in kb.entities.values() if KIND_CODE.get(e.kind) is not None})


def build(opts: Options) -> BuildReport:
    """Generate pages and build the site; the old site stays until the new one is complete.
    The work folder's lock is held from the first read to the swap. With the Korean
    search index, its analyser loads in a process of its own meanwhile (`search.helper`)."""
    with work_lock(opts.work_dir):
        if not opts.search:
            return _build(opts)
        from .search.helper import SegmentHelper
        with SegmentHelper(start=False) as helper:  # started by knowledge_base
            return _build(opts, helper)


class _SitePrep:
    """`site.prepare_site` in a thread: the MkDocs configuration loaded and the previous
    site copied into the temporary folder while the build waits for its forked analyser
    (`knowledge_base` starts it once the articles are read; not before the fork: a thread
    must not be running then), or beside the whole knowledge-base stage when no analyser
    is forked (a rebuild after a changed definition copies the previous site meanwhile).
    Waited for before rendering, which may fork too."""

    def __init__(self, opts: Options, tmp: Path) -> None:
        self.opts, self.tmp = opts, tmp
        self._thread: threading.Thread | None = None
        self.prepared: Prepared | None = None

    def start(self) -> None:
        if self.opts.incremental and self._thread is None:
            self._thread = threading.Thread(target=self._run, name="site-prep", daemon=True)
            self._thread.start()

    def _run(self) -> None:
        o = self.opts
        try:
            self.prepared = prepare_site(o.config, o.docs_out, self.tmp, o.strict, not o.search, o.site,
                                         o.work_dir / STAMP, o.docs)
        except Exception as e:  # noqa: BLE001 - the MkDocs step does it again and reports it
            log.debug("site preparation failed, done again by the MkDocs step: %s", e)
            discard(self.tmp)
            self.tmp.mkdir()

    def wait(self) -> Prepared | None:
        if self._thread is not None:
            self._thread.join()
            self._thread = None
        return self.prepared


def release_freed_memory() -> None:
    """Give the rendered pages' freed memory back to the system before MkDocs' processes start
    (glibc keeps freed heap otherwise: at 10,000 articles the build process held it through the
    MkDocs step, the peak of all processes together)."""
    gc.collect()
    try:
        import ctypes
        ctypes.CDLL("libc.so.6").malloc_trim(0)
    except (OSError, AttributeError):
        pass  # (not glibc: nothing to do)


def _build(opts: Options, helper=None) -> BuildReport:
    report = BuildReport()
    tmp = temp_site_dir(opts.site)
    stamp = opts.work_dir / STAMP
    prep = _SitePrep(opts, tmp)
    try:
        kb = _generate(opts, report, helper, fork_analyser=True, site_prep=prep)
        release_freed_memory()
        t0 = time.perf_counter()
        redirects = redirect_pages(kb)
        site = mkdocs_build(opts.config, opts.docs_out, tmp, opts.strict, material_index=not opts.search,
                            previous=opts.site if opts.incremental else None, stamp=stamp,
                            static_docs=opts.docs, known=search_known(kb) if opts.search else frozenset(),
                            written_after=redirects, prepared=prep.wait())
        t1 = time.perf_counter()
        report.mark_peak("mkdocs")
        if site.share_peak_mb:
            report.peak_mb["mkdocs processes"] = site.share_peak_mb
        if opts.search:
            from .search import Segmenter, build_search
            report.stats.update(build_search(tmp, kb, opts.cache_dir if opts.use_cache else None,
                                             Segmenter(helper=helper)))
        report.stats["redirects"] = write_redirects(tmp, redirects)
        report.timings.update(mkdocs=t1 - t0, search=time.perf_counter() - t1)
        report.mark_peak("search")
        report.stats.update(site_dirty=int(site.dirty), site_copied=site.copied, site_pruned=site.pruned,
                            site_rebuilt=site.rebuilt, site_processes=len(site.shares or [1]))
        forget_site(stamp)  # from here until remember_site, the next build is a clean one
        swap_in(tmp, opts.site)
    except BaseException:
        prep.wait()
        discard(tmp)
        raise
    remember_site(stamp, opts.site, site)
    return report


__all__ = ["build", "generate", "check", "knowledge_base", "BuildReport", "SiteBuildError", "InputError",
           "WorkFolderBusy"]
