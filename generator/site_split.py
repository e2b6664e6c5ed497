"""A clean MkDocs build rendered by several processes, one per core (issue #18).

MkDocs renders pages on one core. For a clean build `generator.site` starts
`processes()` new Python processes (not forked: the pipeline's knowledge base stays in
the parent; not multiprocessing's spawn, which would run the caller's script again),
each of which reads the whole configuration, every file and the navigation, exactly as
a single run does, so links and navigation are those of a single run. Each process then renders only its share of the documentation pages, into the same
temporary site folder, by MkDocs' own dirty mechanism: `build(config, dirty=True)` reads
and writes only the files whose `File.is_modified()` is true, and the share plugin
(`on_files`) sets that per file:

* a page goes to process `owner(...)`: a hash of its source path, modulo the count;
* the pages Material's (cut-down) search plugin indexes — those whose search documents do
  not come from the knowledge base — all go to process 0, which writes
  `search/search_index.json` from them (`site.lean_material_search`);
* static files, theme assets and the theme's static templates (sitemap.xml and its gzip,
  404.html) are written by process 0 only; the other processes write none of them.

So no two processes write the same file, and every file is what a single run writes
(`tests/test_site_split.py` compares every byte). Log records of the processes are
forwarded to the parent's loggers (a message every process logs, once); strict mode
counts warnings in each process. A failure of any process (MkDocs' error, an exception,
a crash) stops the others and raises `SiteBuildError` with its message: the caller then
discards the temporary folder, and the previous site stays.

One thing differs from a single run: MkDocs checks the `#anchor` of a link only against
a page rendered in the same process (at its default level, `validation.anchors: info`,
such a finding is a notice, never a failure).
"""
from __future__ import annotations

import logging
import logging.handlers
import os
import socket
import subprocess
import sys
import time
import traceback
import zlib
from multiprocessing.connection import Connection, wait
from pathlib import Path
from urllib.parse import unquote

log = logging.getLogger(__name__)

MIN_PAGES = 300
"""Markdown pages from which a clean build is split (below that, starting the processes
costs more than it saves)."""


def processes(pages: int) -> int:
    """How many processes render a clean build of `pages` Markdown pages (1: in-process)."""
    if pages < MIN_PAGES or os.name != "posix":  # workers talk over inherited sockets
        return 1
    if hasattr(os, "sched_getaffinity"):
        return max(1, len(os.sched_getaffinity(0)))
    return max(1, os.cpu_count() or 1)


def owner(src_uri: str, material_indexed: bool, count: int) -> int:
    """The process (0 … count-1) that renders the page `src_uri`."""
    if material_indexed or count <= 1:
        return 0
    return zlib.crc32(src_uri.encode("utf-8")) % count


def share_plugin(index: int, count: int, known: frozenset[str] | set[str]):
    """The plugin that makes process `index` of `count` render only its own files."""
    from mkdocs.plugins import BasePlugin

    def is_mine(f) -> bool:
        if not f.is_documentation_page():
            return index == 0  # static files and theme assets
        return owner(f.src_uri, unquote(f.url) not in known, count) == index

    class Share(BasePlugin):
        rendered = 0

        def on_files(self, files, /, *, config):
            for f in files:
                mine = is_mine(f)
                f.is_modified = (lambda: True) if mine else (lambda: False)
                if mine and f.is_documentation_page() and f.inclusion.is_included():
                    self.rendered += 1
            if index != 0:
                config.theme.static_templates.clear()
                config.extra_templates = []
            return files

    return Share()


def build_share(job: dict) -> dict:
    """In a worker process: load the configuration and render this process' share."""
    from mkdocs.config import load_config

    from .site import SiteBuild, SiteBuildError, lean_material_search, run_mkdocs

    cfg = load_config(config_file=job["config_file"], docs_dir=job["docs_dir"], site_dir=job["site_dir"],
                      strict=job["strict"])
    result = SiteBuild(signature="")
    if not lean_material_search(cfg, result, job["known"], write_index=job["index"] == 0):
        raise SiteBuildError("Material's search plugin could not be adapted to a split build")
    share = cfg.plugins["generator/share"] = share_plugin(job["index"], job["count"], job["known"])
    run_mkdocs(cfg, dirty=True)
    return {"material_pages": result.material_pages, "rendered": share.rendered}


_BOOT = ("import sys; sys.path.insert(0, sys.argv[2]); "
         "from generator.site_split import main; main(int(sys.argv[1]))")
"""A worker's command: `python -c` with the package the parent imported first on its path
(not multiprocessing's spawn, which runs the caller's main script again in the child)."""


def main(fd: int) -> None:
    """Entry point of a worker process: read its job from the socket `fd`, render its
    share, forward its log records and send back the result."""
    from multiprocessing.connection import Connection
    conn = Connection(fd)
    job = conn.recv()
    root = logging.getLogger()
    root.handlers[:] = [logging.handlers.QueueHandler(_Outbox(conn))]
    root.setLevel(job["levels"]["root"])
    logging.getLogger("mkdocs").setLevel(job["levels"]["mkdocs"])
    t0 = time.perf_counter()
    try:
        got = build_share(job)
        got["seconds"] = time.perf_counter() - t0
        got["peak_mb"] = _peak_mb()
        conn.send(("ok", got))
    except BaseException as e:  # noqa: BLE001 - reported to the parent, which fails the build
        logging.getLogger(__name__).debug("process %d: %s", job["index"] + 1, traceback.format_exc())
        conn.send(("error", f"{type(e).__name__}: {e}" if str(e) else type(e).__name__))
    finally:
        conn.close()


def _peak_mb() -> float | None:
    """This process' peak resident memory in MB: VmHWM, the high-water mark of its own
    memory (`ru_maxrss` would carry over the parent's, which this process was started from)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            return next(int(x.split()[1]) / 1024 for x in f if x.startswith("VmHWM:"))
    except (OSError, StopIteration, ValueError):
        return None


class _Outbox:
    """What `QueueHandler` puts log records into: the connection to the parent."""

    def __init__(self, conn) -> None:
        self.conn = conn

    def put_nowait(self, record: logging.LogRecord) -> None:
        self.conn.send(("log", record))


def _levels() -> dict[str, int]:
    return {"root": logging.getLogger().getEffectiveLevel(),
            "mkdocs": logging.getLogger("mkdocs").getEffectiveLevel()}


def _start(jobs: list[dict], started: list[tuple]) -> None:
    """Start one worker per job, adding (process, connection) to `started` as it goes."""
    package_parent = str(Path(__file__).resolve().parent.parent)
    for job in jobs:
        ours, theirs = socket.socketpair()
        with theirs:
            p = subprocess.Popen([sys.executable, "-c", _BOOT, str(theirs.fileno()), package_parent],
                                 pass_fds=(theirs.fileno(),))
        started.append((p, Connection(ours.detach())))
    for (_p, conn), job in zip(started, jobs):
        conn.send(job)


def _handle(record: logging.LogRecord, seen: set[tuple]) -> None:
    """A worker's log record, handed to the parent's logger of the same name; a message
    every worker logs (about the configuration or the navigation) is handed on once."""
    key = (record.name, record.levelno, record.getMessage())
    if key in seen:
        return
    seen.add(key)
    logger = logging.getLogger(record.name)
    if logger.isEnabledFor(record.levelno):
        logger.handle(record)


def _collect(started: list[tuple]) -> list[dict]:
    """Each worker's result, in order, relaying their log records meanwhile; the first
    failure raises `SiteBuildError`."""
    from .site import SiteBuildError
    results: list[dict | None] = [None] * len(started)
    pending = {conn: i for i, (_p, conn) in enumerate(started)}
    seen: set[tuple] = set()
    while pending:
        for conn in wait(list(pending)):
            i = pending[conn]
            try:
                status, got = conn.recv()
            except EOFError:
                status, got = "error", f"the process ended without a result (exit code {started[i][0].wait()})"
            if status == "log":
                _handle(got, seen)
                continue
            if status != "ok":
                raise SiteBuildError(f"MkDocs build failed (process {i + 1} of {len(started)}): {got}")
            results[i] = got
            del pending[conn]
    return results  # type: ignore[return-value]


def _stop(started: list[tuple]) -> None:
    for p, _conn in started:
        if p.poll() is None:
            p.terminate()
    for p, conn in started:
        p.wait()
        conn.close()


def build_split(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool, known, count: int) -> list[dict]:
    """Render a clean build with `count` processes into `site_dir` (see the module
    docstring); returns each process' result (`material_pages`, `rendered`, `seconds`,
    `peak_mb`: its peak resident memory)."""
    base = {"config_file": str(config_file), "docs_dir": str(docs_dir), "site_dir": str(site_dir),
            "strict": strict, "known": frozenset(known), "count": count, "levels": _levels()}
    started: list[tuple] = []
    try:
        _start([{**base, "index": i} for i in range(count)], started)
        results = _collect(started)
    finally:
        _stop(started)
    for i, got in enumerate(results):
        log.info("mkdocs process %d of %d: %d pages in %.1f s, peak %.0f MB", i + 1, count, got["rendered"],
                 got["seconds"], got["peak_mb"] or 0)
    return results
