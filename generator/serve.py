"""Live preview: MkDocs' dev server on a site rebuilt in place, only what changed.

`serve` runs MkDocs' `LiveReloadServer` (the server behind `mkdocs serve`) with a builder
of its own, `Preview.rebuild`, and MkDocs' watcher on the seeds, the hand-written docs/,
`mkdocs.yml` and the theme overrides. After a change the builder, in one thread:

1. regenerates the docs folder (`pipeline.generate`: the analysis cache keeps unchanged
   articles, Kiwi stays loaded in this process, only pages whose bytes changed are
   rewritten);
2. builds the site with MkDocs over the previous preview build (`site.preview_build`:
   dirty, so only pages whose Markdown changed are rendered; Material's search indexes
   only the pages the Korean index does not make itself, as in a site build);
3. writes the Korean search index (`generator.search`; the segmentation cache in
   `<work>/cache/search/` segments only changed documents).

The server answers no page while the builder runs (it never serves a half-built site);
then browsers showing a page reload it (livereload). A first build, clean, happens before
the server starts listening.

Input problems (a malformed article, curated data that does not validate) are printed and
the preview keeps showing the last good build. Any other failure is printed with its
traceback; a failed MkDocs step makes the next build a clean one.

Work folder: the whole rebuild holds the work folder's build lock (`worklock`), like a
build does (the search step writes the work folder's cache too). If a build holds it
when `serve` starts, `serve` stops at once with the holder's pid; if a build holds it
when a file changes, the rebuild waits for it, trying again every second (page requests
wait too).
"""
from __future__ import annotations

import contextlib
import os
import shutil
import signal
import sys
import tempfile
import threading
import time
import traceback
from pathlib import Path

from .config import Options
from .errors import InputError
from .worklock import WorkFolderBusy, work_lock

LOCK_RETRY_SECONDS = 1.0


class Preview:
    """The preview's state between rebuilds: the knowledge base and the last MkDocs build."""

    def __init__(self, opts: Options, site_dir: Path, serve_url: str) -> None:
        self.opts, self.site_dir, self.serve_url = opts, site_dir, serve_url
        self.kb = None
        self.site = None
        """`site.SiteBuild` of the last successful MkDocs build (None: the next is clean)."""

    def watched(self) -> list[Path]:
        """What the dev server watches: a change to any of these rebuilds the preview."""
        from mkdocs.config import load_config
        custom_dir = load_config(config_file=str(self.opts.config)).theme.custom_dir
        paths = [self.opts.seeds, self.opts.docs, self.opts.config] + ([Path(custom_dir)] if custom_dir else [])
        return [p for p in paths if p.exists()]

    def start(self) -> None:
        """The first build; `InputError` and `WorkFolderBusy` are the caller's to report."""
        from .pipeline import generate
        with work_lock(self.opts.work_dir):
            self.kb = generate(self.opts)
            self._site_and_search()

    def rebuild(self) -> None:
        """The dev server's builder, called after a watched file changed."""
        from .pipeline import BuildReport, generate
        t0 = time.perf_counter()
        report = BuildReport()
        try:
            with contextlib.ExitStack() as held:
                _wait_for_lock(held, self.opts.work_dir)
                t1 = time.perf_counter()
                self.kb = generate(self.opts, report)
                t2 = time.perf_counter()
                search = self._site_and_search()
        except InputError as e:
            for p in e.problems:
                print(p, file=sys.stderr)
            print("preview not rebuilt: the pages shown are those of the last good input", file=sys.stderr)
            return
        except Exception:  # noqa: BLE001 - keep the preview alive while the user edits
            traceback.print_exc()
            print("preview not rebuilt (error above)", file=sys.stderr)
            return
        t3 = time.perf_counter()
        waited = f"waited {t1 - t0:.1f} s for the work folder, " if t1 - t0 >= LOCK_RETRY_SECONDS else ""
        print(f"preview rebuilt in {t3 - t0:.1f} s: {waited}pages {t2 - t1:.1f} s "
              f"(analysed {report.stats.get('analysed', 0)}, written {report.stats.get('written', 0)}), "
              f"MkDocs {t3 - t2 - search:.1f} s ({self.site.rebuilt} of {self.site.pages} pages), "
              f"search {search:.1f} s", file=sys.stderr)

    def _site_and_search(self) -> float:
        """MkDocs over the previous preview build, then the Korean index; seconds of the latter."""
        from .pipeline import search_known
        from .site import preview_build
        opts, previous, self.site = self.opts, self.site, None
        known = search_known(self.kb) if opts.search else frozenset()
        self.site = preview_build(opts.config, opts.docs_out, self.site_dir, self.serve_url, previous,
                                  static_docs=opts.docs, known=known, material_index=not opts.search)
        t0 = time.perf_counter()
        if opts.search:
            _index(self.site_dir, self.kb, opts.cache_dir if opts.use_cache else None)
        return time.perf_counter() - t0


def _wait_for_lock(stack: contextlib.ExitStack, work: Path) -> None:
    """Enter the work folder's lock on `stack`, waiting while a build holds it."""
    told = False
    while True:
        try:
            stack.enter_context(work_lock(work))
            return
        except WorkFolderBusy as e:
            if not told:
                print(f"{e}: the preview is rebuilt when it is done", file=sys.stderr)
                told = True
            time.sleep(LOCK_RETRY_SECONDS)


def _index(site_dir: Path, kb, cache_dir: Path | None) -> None:
    """Write the Korean search index into the preview. A failure is reported and leaves the
    preview running: its search then falls back to substring matching."""
    from .search import build_search
    try:
        build_search(site_dir, kb, cache_dir)
    except Exception as e:  # noqa: BLE001 - keep the preview alive
        print(f"search index not written for the preview: {e}", file=sys.stderr)


def _error_page(site_dir: Path):
    """The dev server's handler for 404 and 500: the site's own page, as `mkdocs serve` does."""
    def handler(code: int) -> bytes | None:
        page = site_dir / f"{code}.html"
        return page.read_bytes() if code in (404, 500) and page.is_file() else None
    return handler


def _host_port(dev_addr: str) -> tuple[str, int] | None:
    host, _sep, port = dev_addr.rpartition(":")
    return (host.strip("[]"), int(port)) if host and port.isdigit() else None


def _interrupt(_signum, _frame) -> None:
    raise KeyboardInterrupt


def serve(opts: Options, dev_addr: str) -> int:
    """Run the preview until interrupted (Ctrl-C or SIGTERM: the preview's folder is removed)."""
    from mkdocs.livereload import LiveReloadServer

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    address = _host_port(dev_addr)
    if address is None:
        print(f"error: --dev-addr must be HOST:PORT, not {dev_addr!r}", file=sys.stderr)
        return 2
    host, port = address
    if threading.current_thread() is threading.main_thread():
        signal.signal(signal.SIGTERM, _interrupt)
    site_dir = Path(tempfile.mkdtemp(prefix="generator-preview-"))
    preview = Preview(opts, site_dir, f"http://{dev_addr}/")
    try:
        try:
            preview.start()
        except InputError as e:
            for p in e.problems:
                print(p, file=sys.stderr)
            return 1
        server = LiveReloadServer(builder=preview.rebuild, host=host, port=port, root=str(site_dir))
        server.error_handler = _error_page(site_dir)
        for path in preview.watched():
            server.watch(str(path))
        print(f"serving on http://{dev_addr}/ — edit files in {opts.seeds} and the page reloads", file=sys.stderr)
        try:
            server.serve()
        except KeyboardInterrupt:
            print("stopped", file=sys.stderr)
        except OSError as e:  # the address is taken or cannot be bound
            print(f"error: cannot serve on {dev_addr}: {e}", file=sys.stderr)
            return 1
        finally:
            server.shutdown()
    finally:
        shutil.rmtree(site_dir, ignore_errors=True)
    return 0
