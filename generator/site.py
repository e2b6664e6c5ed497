"""Runs the MkDocs build on the prepared docs folder, into a temporary folder.

The caller swaps the result in only when everything succeeded, so a failed build
leaves the previous site untouched.

Incremental builds. MkDocs' `build(config, dirty=True)` renders a page only when its
Markdown is newer than its HTML (`File.is_modified`), and `write.write_tree` rewrites a
generated page only when its bytes change. So when the previous site was built from
this work folder with the same configuration, `mkdocs_build(previous=…)` first copies it
into the temporary folder (real copies with their mtimes: MkDocs writes outputs in place
with `open(path, "wb")`, so hard links would change the live site through the links),
removes every file of the copy that this build will not produce (pages no longer
generated, the Korean search index, which is written again after MkDocs, and redirect
stubs that changed or are gone; unchanged stubs stay), and builds dirty over it. Pages that depend on a changed page — indexes, backlinks,
related articles — are regenerated Markdown with new bytes, hence new mtimes, so they
are rebuilt too; `tests/test_incremental.py` checks the result is byte-identical to a
clean build.

A clean build happens instead when the work folder has no record of the previous site
(`site-stamp.json`), when the site is not the one recorded (another build swapped in
its own, or a file in it was changed: sizes and mtimes of every file are compared), or
when the signature changes: `mkdocs.yml`, the theme's `custom_dir` (overrides/), the
hand-written `docs/`, the versions of MkDocs, Material, Markdown and pymdown-extensions,
or this module.

The live preview (`serve`) uses the same machinery in place: `preview_build` builds dirty
over the dev server's own folder (nothing to copy, nothing to swap) when its previous
build had the same signature.

A clean build is rendered by one process per core (`generator.site_split`), each
rendering its share of the pages into the same temporary folder; the result is the
single run's, byte for byte.
"""
from __future__ import annotations

import hashlib
import json
import logging
import os
import re
import shutil
import sys
import tempfile
import time
from dataclasses import dataclass
from pathlib import Path
from types import MappingProxyType
from typing import Mapping
from urllib.parse import unquote

log = logging.getLogger(__name__)


class SiteBuildError(Exception):
    pass


_DATA_SEARCH = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""What Material's search plugin strips from every page's HTML (its `on_page_context`)."""


def lean_material_search(cfg, result: "SiteBuild", known: set[str] | frozenset = frozenset(),
                         carried: dict[str, list] | None = None, write_index: bool = True) -> bool:
    """Make Material's search plugin index only the pages our Korean index reads from it.

    Our index (`generator.search`) makes the documents of articles, terms and actors from
    the knowledge base; for the other pages (home, about, index and listing pages) it
    reads Material's `search/search_index.json` (`documents.page_docs`), then cuts the
    file down to its `config`. Material parses every page's HTML into sections
    (`on_page_context` -> `SearchIndex.add_entry_from_context`) and dumps them all as JSON
    (`on_post_build`): 7 MB and a third of the MkDocs step on the development corpus.
    Here the plugin's registered handlers are replaced:

    * per page: Material's own indexing only for a page whose URL is not in `known` (the
      URLs of the knowledge base's documents), then, for every page, Material's removal
      of `data-search-*` attributes, so pages are byte for byte what they were;
    * after the build: `search_index.json` with the plugin's config and the entries of
      the other pages, in the order of MkDocs' pages, as a full build would write them.

    In an incremental build only changed pages are rendered: the other pages' entries of
    the previous build (`carried`, by source path, kept in the work folder's site record)
    stand in for the pages not rendered again, and a page with no carried entries is made
    to render (its copied output is deleted before MkDocs reads the pages). The entries
    of this build end up in `result.material_pages`. `on_config` still runs (it fills in
    the config's defaults from the theme's language). `write_index=False`: the index is
    not written (a process of a split build that renders none of these pages,
    `generator.site_split`). Returns False, changing nothing, if the plugin is not there
    or looks different."""
    try:
        from material.plugins.search.plugin import SearchPlugin
    except ImportError:
        return False
    plugin = next((p for p in cfg.plugins.values() if isinstance(p, SearchPlugin)), None)
    handlers = _search_handlers(cfg, plugin) if plugin is not None else None
    if handlers is None:
        return False
    lean = _LeanSearch(plugin, result, known, dict(carried or {}), write_index)
    for event, ours in (("page_context", lean.on_page_context), ("post_build", lean.on_post_build)):
        events = cfg.plugins.events[event]
        theirs = events[handlers[event]]
        ours.__func__.mkdocs_priority = getattr(theirs, "mkdocs_priority", 0)
        cfg.plugins._event_origins[ours] = cfg.plugins._event_origins.get(theirs, "material/search")
        events[handlers[event]] = ours
    cfg.plugins["generator/search-order"] = lean.order_plugin()
    return True


def _search_handlers(cfg, plugin) -> dict[str, int] | None:
    """Positions of Material's search handlers in MkDocs' event lists, or None if changed."""
    handlers = {}
    for event in ("page_context", "post_build"):
        found = [i for i, h in enumerate(cfg.plugins.events[event])
                 if getattr(h, "__self__", None) is plugin and getattr(h, "__name__", "") == f"on_{event}"]
        if len(found) != 1:
            log.warning("Material's search plugin has changed: its full index is built as before")
            return None
        handlers[event] = found[0]
    return handlers


class _LeanSearch:
    """The replacement handlers of Material's search plugin (see `lean_material_search`)."""

    def __init__(self, plugin, result: "SiteBuild", known, carried: dict[str, list], write_index: bool) -> None:
        self.plugin, self.result, self.known, self.carried = plugin, result, known, carried
        self.write_index = write_index
        self.order: list[str] = []
        self.fresh: dict[str, list] = {}

    def indexed(self, page_url: str) -> bool:
        return unquote(page_url) not in self.known

    def order_plugin(self):
        from mkdocs.plugins import BasePlugin
        lean = self

        class Order(BasePlugin):
            def on_files(self, files, /, *, config):
                for f in files.documentation_pages():
                    if not f.inclusion.is_included() or not lean.indexed(f.url):
                        continue
                    lean.order.append(f.src_uri)
                    if lean.result.dirty and f.src_uri not in lean.carried and not f.is_modified():
                        os.unlink(f.abs_dest_path)  # no entries to carry: render it again
                return files
        return Order()

    def on_page_context(self, context, *, page, config, nav):
        if self.plugin.config.enabled:
            if self.indexed(page.url):
                index = self.plugin.search_index
                before = len(index.entries)
                index.add_entry_from_context(page)
                self.fresh[page.file.src_uri] = index.entries[before:]
            if page.content:
                page.content = _DATA_SEARCH.sub("", page.content)
        return context

    def on_post_build(self, *, config):
        if not self.plugin.config.enabled or not self.write_index:
            return
        pages = {src: self.fresh[src] if src in self.fresh else self.carried.get(src, []) for src in self.order}
        self.result.material_pages = pages
        keys = ("lang", "separator", "pipeline", "fields")
        data = {"config": {k: self.plugin.search_index.config[k] for k in keys},
                "docs": [e for entries in pages.values() for e in entries]}
        path = Path(config.site_dir) / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")


STAMP = "site-stamp.json"
"""In the work folder: the signature and file digest of the site built last from it."""
_VERSIONED = ("mkdocs", "mkdocs-material", "markdown", "pymdown-extensions", "jinja2")


@dataclass
class SiteBuild:
    signature: str
    dirty: bool = False
    reason: str = ""
    """Why the build was clean (empty when dirty)."""
    copied: int = 0
    pruned: int = 0
    pages: int = 0
    rebuilt: int = 0
    """Markdown pages in the site, and how many of them MkDocs rendered (all when clean)."""
    material_pages: dict[str, list] | None = None
    """Material's search entries of the pages our index does not make itself, by source
    path (`lean_material_search`); kept in the site record for the next build."""
    copy_seconds: float = 0.0
    shares: list[int] | None = None
    """Pages rendered by each process of a split clean build (`site_split`)."""
    share_peak_mb: float | None = None
    """The largest peak resident memory of those processes, in MB."""


def _tree_bytes(h, root: Path | None, label: str) -> None:
    h.update(f"\0{label}\0".encode())
    if root is None or not root.is_dir():
        return
    for p in sorted(root.rglob("*")):
        if p.is_file():
            h.update(p.relative_to(root).as_posix().encode("utf-8", "surrogateescape") + b"\0")
            h.update(hashlib.sha256(p.read_bytes()).digest())


def site_signature(config_file: Path, custom_dir: Path | None, static_docs: Path | None,
                   material_index: bool) -> str:
    """Everything besides the Markdown that shapes every page of the site."""
    from importlib import metadata
    h = hashlib.sha256()
    h.update(Path(config_file).read_bytes())
    _tree_bytes(h, custom_dir, "overrides")
    _tree_bytes(h, static_docs, "docs")
    for dist in _VERSIONED:
        try:
            h.update(f"{dist}={metadata.version(dist)}\0".encode())
        except metadata.PackageNotFoundError:
            h.update(f"{dist}=-\0".encode())
    h.update(f"python={sys.version_info[:2]} material_index={material_index}\0".encode())
    h.update(Path(__file__).read_bytes())
    h.update(Path(__file__).with_name("site_split.py").read_bytes())
    return h.hexdigest()


def site_digest(site: Path) -> str | None:
    """Digest of every file's path, size and mtime under `site` (None if it is missing)."""
    if not site.is_dir():
        return None
    entries = []
    for dirpath, _dirs, files in os.walk(site):
        for name in files:
            p = os.path.join(dirpath, name)
            st = os.lstat(p)
            entries.append(f"{os.path.relpath(p, site)}\0{st.st_size}\0{st.st_mtime_ns}")
    entries.sort()
    return hashlib.sha256("\n".join(entries).encode("utf-8", "surrogateescape")).hexdigest()


def remember_site(stamp: Path, site: Path, build: SiteBuild) -> None:
    """Record the site just swapped in, for the next build's incremental decision."""
    data = {"signature": build.signature, "site": str(Path(site).resolve()), "digest": site_digest(site),
            "material_pages": build.material_pages}
    tmp = stamp.with_name(stamp.name + ".tmp")
    tmp.write_text(json.dumps(data), encoding="utf-8")
    os.replace(tmp, stamp)


def forget_site(stamp: Path | None) -> None:
    if stamp is not None:
        try:
            stamp.unlink()
        except FileNotFoundError:
            pass


def _previous_site(stamp: Path | None, previous: Path | None, signature: str,
                   material_index: bool) -> tuple[str, dict]:
    """("", the site record) if `previous` can be reused, else (why not, {})."""
    if previous is None or stamp is None:
        return "incremental builds off", {}
    if material_index:
        return "Material's own search index is built, and it needs every page", {}
    try:
        data = json.loads(stamp.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return "no record of a previous site in the work folder", {}
    if data.get("site") != str(Path(previous).resolve()):
        return "the previous site was built elsewhere", {}
    if data.get("signature") != signature:
        return "configuration, theme overrides, docs/ or MkDocs/Material changed", {}
    if not isinstance(data.get("material_pages"), dict):
        return "no search entries of the previous site's other pages", {}
    if data.get("digest") is None or site_digest(previous) != data.get("digest"):
        return "the site is not the one this work folder built last", {}
    return "", data


def _reuse_reason(stamp: Path | None, previous: Path | None, signature: str, material_index: bool) -> str:
    return _previous_site(stamp, previous, signature, material_index)[0]


def _copy_site(src: Path, dest: Path) -> int:
    """Real copies (never hard links) keeping mtimes, which MkDocs' dirty check compares."""
    n = 0

    def copy(s, d):
        nonlocal n
        n += 1
        return shutil.copy2(s, d)

    shutil.copytree(src, dest, symlinks=True, copy_function=copy, dirs_exist_ok=True)
    return n


def _same_bytes(path: str, data: bytes | None) -> bool:
    try:
        return data is not None and os.path.getsize(path) == len(data) and Path(path).read_bytes() == data
    except OSError:
        return False


def _prune_plugin(result: SiteBuild, written_after: Mapping[str, bytes]):
    """A plugin whose `on_env` (after every page is read, before anything is written)
    deletes each file of the copied site that this build will not write. A file the
    caller writes after MkDocs (`written_after`: redirect stubs) is kept when the copy
    already has its exact bytes: deleting and writing again a thousand stubs in their
    own folders cost seconds (an `rmdir` takes milliseconds on ext4)."""
    from mkdocs.plugins import BasePlugin

    class Prune(BasePlugin):
        def on_env(self, env, /, *, config, files):
            pages = [f for f in files.documentation_pages() if f.inclusion.is_included()]
            result.pages = len(pages)
            result.rebuilt = sum(1 for f in pages if f.is_modified())
            keep = {f.dest_uri for f in files if f.inclusion.is_included()}
            keep |= set(config.theme.static_templates) | {"sitemap.xml.gz", "search/search_index.json"}
            keep |= {f.dest_uri for f in files if f.src_uri in set(config.extra_templates)}
            site = config.site_dir
            for dirpath, _dirs, names in os.walk(site, topdown=False):
                for name in names:
                    p = os.path.join(dirpath, name)
                    rel = os.path.relpath(p, site).replace(os.sep, "/")
                    if rel not in keep and not _same_bytes(p, written_after.get(rel)):
                        os.unlink(p)
                        result.pruned += 1
                if dirpath != site and not os.listdir(dirpath):
                    os.rmdir(dirpath)
            return env

    return Prune()


class _DropDirtyNotices(logging.Filter):
    """MkDocs warns on every dirty build that navigation may be inaccurate, and notes that
    the folder holds files already; ours rebuilds every page whose Markdown changed (or,
    split, renders every page in one process: `site_split`), and strict mode would turn
    the warning into a failure."""

    def filter(self, record: logging.LogRecord) -> bool:
        message = record.getMessage()
        return "'dirty' build is being performed" not in message and "contains stale files" not in message


def run_mkdocs(cfg, dirty: bool, serve_url: str | None = None) -> None:
    """MkDocs' build of the loaded configuration, without its notices about dirty builds
    (`serve_url`: the dev server's address, as MkDocs' own serve passes it); raw HTML
    blocks go around Markdown (`site_passthrough`); compiled templates are kept between
    runs (`_template_cache_plugin`)."""
    from mkdocs.commands.build import build

    from .site_passthrough import passthrough_plugin
    cfg.plugins["generator/passthrough"] = passthrough_plugin()
    cfg.plugins["generator/template-cache"] = _template_cache_plugin()
    quiet = _DropDirtyNotices()
    build_log = logging.getLogger("mkdocs.commands.build")
    build_log.addFilter(quiet)
    try:
        build(cfg, serve_url=serve_url, dirty=dirty)
    finally:
        build_log.removeFilter(quiet)


def _template_cache_plugin():
    """Jinja's compiled templates kept between MkDocs runs, in Jinja's own per-user cache
    folder (each entry checked against its template's source): every run, and every
    process of a split build, otherwise compiles the theme's forty templates again
    (0.2–0.4 s each). Without a usable folder, templates are compiled as before."""
    from mkdocs.plugins import BasePlugin, event_priority

    class TemplateCache(BasePlugin):
        @event_priority(100)  # before any template is loaded
        def on_env(self, env, /, *, config, files):
            from jinja2 import FileSystemBytecodeCache
            try:
                env.bytecode_cache = FileSystemBytecodeCache()
            except (OSError, RuntimeError) as e:  # no private cache folder to be had
                log.debug("no template cache: %s", e)
            return env

    return TemplateCache()


def _load_config(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool, **overrides):
    from mkdocs.config import load_config
    return load_config(config_file=str(config_file), docs_dir=str(docs_dir), site_dir=str(site_dir),
                       strict=strict, **overrides)


def _signature(cfg, config_file: Path, static_docs: Path | None, material_index: bool) -> str:
    custom = cfg.theme.custom_dir
    return site_signature(config_file, Path(custom) if custom else None, static_docs, material_index)


def _run_mkdocs(cfg, result: SiteBuild, material_index: bool, known, carried: dict | None,
                serve_url: str | None = None, written_after: Mapping[str, bytes] = MappingProxyType({})) -> None:
    """MkDocs' build of `cfg` into its `site_dir`: dirty over the files there when
    `result.dirty` (stale files pruned), else clean; Material's search made lean unless
    `material_index`. `serve_url`: the dev server's address (MkDocs' own serve passes it)."""
    if result.dirty:
        cfg.plugins["generator/prune"] = _prune_plugin(result, written_after)
    if not material_index:
        if not lean_material_search(cfg, result, known, carried) and result.dirty:
            raise SiteBuildError("Material's search plugin could not be adapted to an incremental build")
    run_mkdocs(cfg, dirty=result.dirty, serve_url=serve_url)
    if not result.dirty:
        result.rebuilt = result.pages = len(list(Path(cfg.docs_dir).rglob("*.md")))


@dataclass
class Prepared:
    """The first half of `mkdocs_build` (`prepare_site`): the loaded configuration, the
    build's record (signature, clean or dirty and why, files copied) and the previous
    site's record."""
    cfg: object
    result: SiteBuild
    record: dict


def prepare_site(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool, material_index: bool = True,
                 previous: Path | None = None, stamp: Path | None = None,
                 static_docs: Path | None = None) -> Prepared:
    """Load the configuration and decide whether the build can be incremental; if it can,
    copy the previous site into `site_dir`. Nothing here reads the docs folder, so a
    build may do this while it generates the Markdown (`pipeline.build`)."""
    docs_dir.mkdir(parents=True, exist_ok=True)  # (MkDocs logs an ERROR for a docs folder not yet written)
    cfg = _load_config(config_file, docs_dir, site_dir, strict)
    result = SiteBuild(_signature(cfg, config_file, static_docs, material_index))
    result.reason, record = _previous_site(stamp, previous, result.signature, material_index)
    if not result.reason:
        t0 = time.perf_counter()
        result.copied = _copy_site(previous, site_dir)
        result.copy_seconds = time.perf_counter() - t0
        result.dirty = True
    return Prepared(cfg, result, record)


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool,
                 material_index: bool = True, previous: Path | None = None,
                 stamp: Path | None = None, static_docs: Path | None = None,
                 known: set[str] | frozenset = frozenset(),
                 written_after: Mapping[str, bytes] = MappingProxyType({}),
                 prepared: Prepared | None = None) -> SiteBuild:
    """Build the site with MkDocs into `site_dir` (an empty folder).

    `material_index=False`: Material's search plugin indexes only the pages whose URL is
    not in `known` (`lean_material_search`). With `previous` (the live site) and `stamp`
    (the work folder's record of it), the build is incremental when the record matches
    (module docstring); `static_docs` (the hand-written docs/) is part of the signature.
    `known`: URLs of the pages whose search documents come from the knowledge base.
    `written_after`: files (site-relative path -> bytes) the caller writes into the site
    after MkDocs where no page is (redirect stubs); an incremental build keeps the
    copies that already hold those bytes (`_prune_plugin`). A clean build with the lean
    index is rendered by one process per core (`generator.site_split`). `prepared`:
    `prepare_site` already done with the same arguments (`site_dir` then holds its copy)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        if prepared is None:
            prepared = prepare_site(config_file, docs_dir, site_dir, strict, material_index, previous, stamp,
                                    static_docs)
        cfg, result, record = prepared.cfg, prepared.result, prepared.record
        split = 1 if result.dirty or material_index else _split_count(cfg, docs_dir)
        if split > 1:
            _build_split(config_file, docs_dir, site_dir, strict, known, split, result)
        else:
            _run_mkdocs(cfg, result, material_index, known, record.get("material_pages"), written_after=written_after)
    except (Abort, ConfigurationError) as e:
        raise SiteBuildError(f"MkDocs build failed: {e}") from e
    if result.dirty:
        log.info("mkdocs: %d of %d pages rebuilt over a copy of the previous site (%d files, %.1f s), "
                 "%d stale files removed", result.rebuilt, result.pages, result.copied, result.copy_seconds,
                 result.pruned)
    else:
        result.rebuilt = result.pages = len(list(Path(docs_dir).rglob("*.md")))
        log.info("mkdocs: clean build (%s)%s", result.reason, f", {split} processes" if split > 1 else "")
    return result


def preview_build(config_file: Path, docs_dir: Path, site_dir: Path, serve_url: str,
                  previous: SiteBuild | None, static_docs: Path | None = None,
                  known: set[str] | frozenset = frozenset(), material_index: bool = False) -> SiteBuild:
    """Build the live preview (`serve`) in place into `site_dir`, the dev server's own folder.

    No reader but the preview sees that folder, so there is no copy and no swap: when
    `previous` (this preview's last successful build) has the same signature, MkDocs
    builds dirty over it and renders only the pages whose Markdown changed; Material's
    search is lean as in `mkdocs_build` (the Korean index is written afterwards) and the
    entries of pages not rendered again are carried from `previous`. Otherwise (first
    build, or `mkdocs.yml`, overrides/, docs/ or MkDocs changed, or `material_index`:
    Material's own full index needs every page) the folder is cleaned and every page is
    rendered. After a failure pass `previous=None`: the folder may be half updated.
    `site_url` is `serve_url`, so the preview lives at the server's root."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    cfg = _load_config(config_file, docs_dir, site_dir, False, site_url=serve_url)
    result = SiteBuild(_signature(cfg, config_file, static_docs, material_index))
    carried = previous.material_pages if previous is not None else None
    if previous is None:
        result.reason = "first build of the preview"
    elif material_index:
        result.reason = "Material's own search index is built, and it needs every page"
    elif previous.signature != result.signature or carried is None:
        result.reason = "configuration, theme overrides, docs/ or MkDocs/Material changed"
    else:
        result.dirty = True
    _run_mkdocs(cfg, result, material_index, known, carried if result.dirty else None, serve_url)
    return result


def _split_count(cfg, docs_dir: Path) -> int:
    """Processes for a clean build with the lean index (1 if Material's plugin changed)."""
    from .site_split import processes
    count = processes(sum(1 for _ in Path(docs_dir).rglob("*.md")))
    try:
        from material.plugins.search.plugin import SearchPlugin
    except ImportError:
        return 1
    plugin = next((p for p in cfg.plugins.values() if isinstance(p, SearchPlugin)), None)
    if count > 1 and (plugin is None or _search_handlers(cfg, plugin) is None):
        return 1
    return count


def _build_split(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool, known,
                 count: int, result: SiteBuild) -> None:
    from .site_split import build_split
    shares = build_split(config_file, docs_dir, site_dir, strict, known, count)
    result.material_pages = shares[0]["material_pages"]
    result.shares = [s["rendered"] for s in shares]
    result.share_peak_mb = max((s["peak_mb"] or 0 for s in shares), default=None)


def temp_site_dir(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))


def discard(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
