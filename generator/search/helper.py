"""The search analyser in a process of its own, started when a build starts.

Segmenting a few changed documents takes milliseconds, but the analyser they need —
Kiwi without the curated user words, not the analysis stage's — takes 2–3 s to load and
prepare, and holds the interpreter lock while it does: in a rebuild after one changed
article or definition that load was most of the search step. `SegmentHelper` starts a
Python process at the beginning of a build (`pipeline.build`) that loads the analyser at
once, while the build process loads, analyses, resolves, renders and runs MkDocs; the
search step then sends it the texts to segment (`Segmenter(helper=…)`) and receives
their index terms, computed by the same code (`segment.terms_of` over the same
analyser's tokens), so the index is the same byte for byte.

If the helper fails (it could not start, died, or answers with an error) the segmenter
falls back to an analyser in the build process; a helper that was never asked anything
is stopped with the build.
"""
from __future__ import annotations

import logging
import socket
import subprocess
import sys
from multiprocessing.connection import Connection
from pathlib import Path

log = logging.getLogger(__name__)


def ask(conn: Connection, message, count: int) -> tuple[bool, object]:
    """Send `message` to a helper process and read its `(status, answer)`: (True, answer) when it
    answered "ok" with `count` items, else (False, what went wrong). Shared by the build's
    helpers (this search analyser, `analysis_helper`)."""
    try:
        conn.send(message)
        status, got = conn.recv()
    except (OSError, EOFError) as e:
        return False, repr(e)
    return status == "ok" and len(got) == count, got

_BOOT = ("import sys; sys.path.insert(0, sys.argv[2]); "
         "from generator.search.helper import serve; serve(int(sys.argv[1]))")


PREFETCH_CHARS = 200_000
"""Characters per analyser call while segmenting ahead (only one call's tokens in memory)."""


def serve(fd: int) -> None:
    """In the helper process: load the analyser, then answer requests until the connection
    closes: `("terms", texts)` with each text's index terms, `("ahead", texts)` (no answer)
    by segmenting them now and keeping their terms for the requests to come."""
    from ..extract import get_analyser
    from .segment import terms_of
    conn = Connection(fd)
    try:
        analyser = get_analyser()
        analyser.analyse(["준비"])  # Kiwi builds its dictionary on the first call
    except Exception as e:  # noqa: BLE001 - reported to the build, which segments itself
        conn.send(("error", repr(e)))
        return
    done: dict[str, list[str]] = {}

    def segment(texts: list[str]) -> None:
        todo = [t for t in dict.fromkeys(texts) if t not in done]
        start = 0
        while start < len(todo):
            end, size = start, 0
            while end < len(todo) and (end == start or size < PREFETCH_CHARS):
                size += len(todo[end])
                end += 1
            batch = todo[start:end]
            done.update(zip(batch, (terms_of(t, toks) for t, toks in zip(batch, analyser.analyse(batch)))))
            start = end

    while True:
        try:
            kind, texts = conn.recv()
        except EOFError:
            return
        try:
            segment(texts)
            if kind == "terms":
                conn.send(("ok", [done[t] for t in texts]))
                for t in texts:  # the build keeps them from here (`Segmenter`'s memo)
                    done.pop(t, None)
        except Exception as e:  # noqa: BLE001
            conn.send(("error", repr(e)))
            return


class SegmentHelper:
    """A started helper process (`serve`); `terms(texts)` asks it, `close()` stops it."""

    def __init__(self, start: bool = True) -> None:
        """`start=False`: the process starts at the first `start()` (or request), so that a
        build can let its own analyser load first (`pipeline.knowledge_base`)."""
        self._proc: subprocess.Popen | None = None
        self._conn: Connection | None = None
        self._closed = False
        if start:
            self.start()

    def start(self) -> None:
        """Start the process, unless it is started or the helper closed."""
        if self._proc is not None or self._closed:
            return
        package_parent = str(Path(__file__).resolve().parent.parent.parent)
        ours, theirs = socket.socketpair()
        with theirs:
            self._proc = subprocess.Popen([sys.executable, "-c", _BOOT, str(theirs.fileno()), package_parent],
                                          pass_fds=(theirs.fileno(),))
        self._conn = Connection(ours.detach())

    def terms(self, texts: list[str]) -> list[list[str]] | None:
        """Index terms of each text, or None if the helper cannot answer (then closed)."""
        self.start()
        if self._conn is None:
            return None
        ok, got = ask(self._conn, ("terms", texts), len(texts))
        if ok:
            return got
        log.warning("search analyser process failed (%s): segmenting in the build process", got)
        self.close()
        return None

    def segment_ahead(self, texts: list[str]) -> None:
        """Have the helper segment `texts` now, in the build's idle moments, for the search
        step to come (`pipeline.build` sends the article texts of a clean build)."""
        self.start()
        if self._conn is not None:
            try:
                self._conn.send(("ahead", texts))
            except OSError:
                pass  # the search step finds out, and segments in the build process

    def close(self) -> None:
        self._closed = True
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc is None:
            return
        if self._proc.poll() is None:  # idle, or still loading if it was never asked
            self._proc.kill()
        self._proc.wait()

    def __enter__(self) -> SegmentHelper:
        return self

    def __exit__(self, *exc) -> None:
        self.close()
