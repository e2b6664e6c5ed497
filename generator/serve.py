"""Live preview: MkDocs' dev server on the work folder, regenerated when seeds change.

A watcher thread polls the seeds and hand-written docs every second; on a change it
regenerates the docs folder (only changed pages are rewritten, and the analysis cache
keeps unchanged articles), and MkDocs' own watcher then rebuilds and reloads the page.
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

log = logging.getLogger(__name__)


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

    from .pipeline import generate
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    try:
        generate(opts)
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
                state["snap"] = snap
                try:
                    generate(opts)
                    print("regenerated pages", file=sys.stderr)
                except InputError as e:
                    for p in e.problems:
                        print(p, file=sys.stderr)
                except Exception as e:  # keep the preview alive while the user edits
                    print(f"regeneration failed: {e}", file=sys.stderr)

    threading.Thread(target=watch, daemon=True).start()
    print(f"serving on http://{dev_addr}/ — edit files in {opts.seeds} and the page reloads", file=sys.stderr)
    # site_url is overridden so the preview lives at the root, not under the Pages path.
    mk_serve(config_file=str(opts.config), docs_dir=str(opts.docs_out), dev_addr=dev_addr, livereload=True,
             site_url=f"http://{dev_addr}/")
    return 0
