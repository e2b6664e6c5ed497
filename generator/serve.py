"""Live preview: MkDocs' dev server on the work folder, regenerated when seeds change.

A watcher thread polls the seeds and hand-written docs every second; on a change it
regenerates the docs folder (only changed pages are rewritten, and the analysis cache
keeps unchanged articles), and MkDocs' own watcher then rebuilds and reloads the page.

Search: MkDocs' dev server never runs the pipeline's index step, so `serve` adds
`preview_hooks.py` as a `hooks` override; after every MkDocs build its `on_post_build`
calls `index_preview`, which writes the Korean search index (`generator.search`) from the
knowledge base generated last. Regeneration holds `_LOCK` until the new knowledge base
is in place, so a MkDocs rebuild started by half-written pages waits for it instead of
indexing the old one. The segmentation cache (`<work>/cache/search/`) makes each rebuild
segment only the documents that changed.

Work folder: each regeneration holds the work folder's build lock (`worklock`) like a
build does. If a build holds it when `serve` starts, `serve` stops at once with the
holder's pid; if a build holds it when a seed changes, the regeneration is retried a
second later.
"""
from __future__ import annotations

import logging
import os
import sys
import threading
import time
from pathlib import Path

from .config import Options
from .errors import InputError
from .worklock import WorkFolderBusy

log = logging.getLogger(__name__)

HOOKS = Path(__file__).resolve().parent / "preview_hooks.py"
_LOCK = threading.Lock()
_PREVIEW: dict = {"kb": None, "cache_dir": None}
"""The knowledge base the preview generated last, and the search cache folder."""


def _regenerate(opts: Options) -> None:
    from .pipeline import generate
    with _LOCK:
        _PREVIEW["kb"] = generate(opts)
        _PREVIEW["cache_dir"] = opts.cache_dir if opts.use_cache else None


def index_preview(site_dir: str | Path) -> None:
    """Write the Korean search index into the dev server's site (called by the hook after
    each MkDocs build). A failure is reported and leaves the preview running: its search
    then falls back to substring matching."""
    with _LOCK:
        kb, cache_dir = _PREVIEW["kb"], _PREVIEW["cache_dir"]
    if kb is None:
        return
    from .search import build_search
    try:
        stats = build_search(Path(site_dir), kb, cache_dir)
    except Exception as e:  # noqa: BLE001 - keep the preview alive
        print(f"search index not written for the preview: {e}", file=sys.stderr)
        return
    print(f"search index: {stats['search_docs']} documents, "
          f"{stats.get('search_segmented', stats['search_docs'])} segmented", file=sys.stderr)


def _snapshot(*folders: Path) -> dict[str, float]:
    out = {}
    for folder in folders:
        if folder.is_dir():
            for p in folder.rglob("*"):
                if p.is_file():
                    out[str(p)] = p.stat().st_mtime
    return out


def serve(opts: Options, dev_addr: str) -> int:
    from mkdocs.commands.serve import serve as mk_serve

    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        _regenerate(opts)
    except InputError as e:
        for p in e.problems:
            print(p, file=sys.stderr)
        return 1
    state = {"snap": _snapshot(opts.seeds, opts.docs)}

    def watch() -> None:
        while True:
            time.sleep(1.0)
            snap = _snapshot(opts.seeds, opts.docs)
            if snap != state["snap"]:
                try:
                    _regenerate(opts)
                    state["snap"] = snap
                    print("regenerated pages", file=sys.stderr)
                except WorkFolderBusy as e:
                    print(f"not regenerated yet: {e}", file=sys.stderr)  # retried next second
                    continue
                except InputError as e:
                    state["snap"] = snap
                    for p in e.problems:
                        print(p, file=sys.stderr)
                except Exception as e:  # keep the preview alive while the user edits
                    state["snap"] = snap
                    print(f"regeneration failed: {e}", file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()
    print(f"serving on http://{dev_addr}/ — edit files in {opts.seeds} and the page reloads", file=sys.stderr)
    # site_url is overridden so the preview lives at the root, not under the Pages path.
    extra = {"hooks": [str(HOOKS)]} if opts.search else {}
    mk_serve(config_file=str(opts.config), docs_dir=str(opts.docs_out), dev_addr=dev_addr, livereload=True,
             site_url=f"http://{dev_addr}/", **extra)
    return 0
