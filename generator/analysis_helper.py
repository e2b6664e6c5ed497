"""The analysis stage's analyser, loaded in a forked process while the build reads its input.

Loading and preparing Kiwi with the curated user words takes 1–1.5 s and holds the
interpreter lock, so a thread cannot hide it; a rebuild after one changed article spent
most of its analysis stage there. When a build starts and some of its article files (up
to `FORK_MAX`) differ from those of the last analysis, with the same user words and
extractor (`to_analyse`: a digest of every article file's bytes, and of the words and the
extractor, kept in `<work>/cache/analysed-files.json`), `AnalysisHelper` forks a process
that loads the analyser at once, while the build process parses the articles and reads the analysis
cache; the analysis stage then sends it the articles to analyse and receives their
`Analysis` objects, made by the same code (`extract.analyse_many`) with the same
analyser. When nothing changed, no analyser is loaded at all.

If the helper fails (it died or answers with an error), the build analyses in its own
process as before; a helper that was never asked anything is stopped once the analysis
stage is over. A process that has an analyser loaded already (Kiwi's native workers make
`fork` unsafe) analyses in its own process, as before.
"""
from __future__ import annotations

import gc
import hashlib
import json
import logging
import multiprocessing
from pathlib import Path

from .corpus import article_id_for, article_paths
from .search.helper import ask

log = logging.getLogger(__name__)

INDEX = "analysed-files.json"
FORK_MAX = 100
"""Changed articles up to which a rebuild loads its analyser in a forked process (more
take seconds to analyse, and the build analyses in its own process as before)."""


def _words_digest(user_words: list[tuple[str, str]]) -> str:
    from .analyse import extractor_fingerprint
    from .config import VERSION
    return hashlib.sha256(repr((VERSION, extractor_fingerprint(), sorted(set(user_words)))).encode()).hexdigest()


def seed_files(seeds: Path) -> dict[str, str]:
    """Article id -> sha256 of its file's bytes, for every article file (unreadable: "")."""
    out = {}
    for path in article_paths(seeds) if seeds.is_dir() else []:
        try:
            out[article_id_for(path)] = hashlib.sha256(path.read_bytes()).hexdigest()
        except OSError:
            out[article_id_for(path)] = ""
    return out


def to_analyse(cache_dir: Path | None, files: dict[str, str], user_words: list[tuple[str, str]]) -> int | None:
    """How many article files changed since the last analysis (`remember`): 0 when none did
    and the user words are the same, None when everything is analysed (no cache, no
    record, other user words or extractor)."""
    if cache_dir is None:
        return None
    try:
        last = json.loads((cache_dir / INDEX).read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(last, dict) or last.get("words") != _words_digest(user_words) or \
            not isinstance(last.get("files"), dict):
        return None
    return sum(1 for aid, digest in files.items() if last["files"].get(aid) != digest)


def needs_analysis(cache_dir: Path | None, files: dict[str, str], user_words: list[tuple[str, str]]) -> bool:
    """Whether any article will be analysed (`to_analyse` is not 0)."""
    return to_analyse(cache_dir, files, user_words) != 0


def remember(cache_dir: Path | None, files: dict[str, str], user_words: list[tuple[str, str]]) -> None:
    """Record the files and user words an analysis stage has just brought the cache up to."""
    if cache_dir is None:
        return
    cache_dir.mkdir(parents=True, exist_ok=True)
    tmp = cache_dir / (INDEX + ".tmp")
    tmp.write_text(json.dumps({"words": _words_digest(user_words), "files": files}), encoding="utf-8")
    tmp.replace(cache_dir / INDEX)


def fork_safe() -> bool:
    """Whether no analyser is loaded in this process: Kiwi's native worker threads make a
    forked child inherit locks they may hold (a test session, a long-lived process that
    analysed before), and no Python thread runs besides this one."""
    import threading

    from . import extract
    loaded = getattr(extract, "_CACHE", None)
    return loaded is not None and not loaded and threading.active_count() == 1


def _analyse(articles: list, analyser) -> list:
    """`extract.analyse_many`, keeping finished analyses out of the cyclic collector's view
    as `analyse.analyse_corpus` does (a clean build sends every article here)."""
    from . import extract
    from .analyse import GC_FREEZE_EVERY
    out = []
    try:
        for i, an in enumerate(extract.analyse_many(articles, analyser), 1):
            out.append(an)
            if i % GC_FREEZE_EVERY == 0:
                gc.freeze()
    finally:
        gc.unfreeze()
    return out


def _serve(conn, user_words: list[tuple[str, str]]) -> None:
    """In the forked process: load the analyser, then analyse each list of articles sent."""
    from . import extract
    try:
        analyser = extract.get_analyser(user_words)
        analyser.analyse(["준비"])  # Kiwi builds its dictionary on the first call
    except Exception as e:  # noqa: BLE001 - reported to the build, which analyses itself
        conn.send(("error", repr(e)))
        return
    while True:
        try:
            articles = conn.recv()
        except EOFError:
            return
        try:
            conn.send(("ok", _analyse(articles, analyser)))
        except Exception as e:  # noqa: BLE001
            conn.send(("error", repr(e)))
            return


class AnalysisHelper:
    """A forked process loading the analyser (`_serve`); `analyse(articles)` asks it,
    `close()` stops it."""

    def __init__(self, user_words: list[tuple[str, str]]) -> None:
        fork = multiprocessing.get_context("fork")
        self._conn, theirs = fork.Pipe()
        self._proc = fork.Process(target=_serve, args=(theirs, list(user_words)), daemon=True)
        self._proc.start()
        theirs.close()

    def analyse(self, articles: list) -> list | None:
        """The analyses of `articles` in their order, or None if the helper cannot answer."""
        if self._conn is None:
            return None
        ok, got = ask(self._conn, articles, len(articles))
        if ok:
            return got
        log.warning("analysis process failed (%s): analysing in the build process", got)
        self.close()
        return None

    def close(self) -> None:
        if self._conn is not None:
            self._conn.close()
            self._conn = None
        if self._proc.is_alive():
            self._proc.kill()
        self._proc.join()

    def __enter__(self) -> AnalysisHelper:
        return self

    def __exit__(self, *exc) -> None:
        self.close()


def start(opts, user_words: list[tuple[str, str]]) -> tuple[AnalysisHelper | None, dict[str, str]]:
    """(a started helper if any article will be analysed here, the article files' digests)."""
    cache_dir = opts.cache_dir if opts.use_cache else None
    files = seed_files(opts.seeds)
    if opts.executor != "local" or "fork" not in multiprocessing.get_all_start_methods():
        return None, files
    if not fork_safe():
        return None, files
    changed = to_analyse(cache_dir, files, user_words)
    if changed is None or changed == 0 or changed > FORK_MAX:
        # nothing to analyse; or a clean build's analysis, whose own length hides the load
        # and which runs as before, the search analyser loading beside it
        return None, files
    return AnalysisHelper(user_words), files
