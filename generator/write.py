"""The one module that writes generated pages.

`write_tree` makes a folder hold exactly the given files: it copies the hand-written
`docs/` pages, writes generated pages, rewrites only files whose content changed (so
`mkdocs serve` reloads only what changed and mtimes stay meaningful), and removes files
that are no longer generated.
"""
from __future__ import annotations

import logging
import os
import shutil
from pathlib import Path

log = logging.getLogger(__name__)


class _Keep:
    def __repr__(self) -> str:
        return "KEEP"

    def __reduce__(self) -> str:
        return "KEEP"  # unpickled (from a render worker) as this module's `KEEP` itself


KEEP = _Keep()
"""A page's content in `write_tree`'s input when the target already holds it (a page
the page cache found unchanged: `render.pagecache`): the file is left as it is."""


def _same(path: Path, data: bytes) -> bool:
    try:
        if path.stat().st_size != len(data):
            return False
        return path.read_bytes() == data
    except OSError:
        return False


def _bytes(content: str | bytes | Path) -> bytes:
    if isinstance(content, Path):
        return content.read_bytes()
    return content.encode("utf-8") if isinstance(content, str) else content


def write_tree(target: Path, pages: dict[str, str | bytes], static_dir: Path | None = None) -> dict[str, int]:
    """Make `target` contain `static_dir`'s files plus `pages` (relative path -> content;
    `KEEP`: the file there is already the page).

    Generated pages win over a hand-written file of the same path. Returns counts of
    written, unchanged and removed files.
    """
    target.mkdir(parents=True, exist_ok=True)
    wanted: dict[str, str | bytes | Path] = {}
    if static_dir and static_dir.is_dir():
        for p in static_dir.rglob("*"):
            if p.is_file():
                wanted[p.relative_to(static_dir).as_posix()] = p
    for rel, content in pages.items():
        rel = rel.replace("\\", "/")
        if rel.startswith("/") or ".." in rel.split("/"):
            raise ValueError(f"refusing to write outside the docs folder: {rel!r}")
        wanted[rel] = content

    stats = {"written": 0, "unchanged": 0, "removed": 0}
    for rel, content in wanted.items():
        dest = target / rel
        if content is KEEP and dest.is_file():
            stats["unchanged"] += 1
            continue
        if content is KEEP:
            raise FileNotFoundError(f"a page to keep is not in the docs folder: {rel}")
        data = _bytes(content)  # one at a time: all pages encoded at once would hold the docs twice
        if _same(dest, data):
            stats["unchanged"] += 1
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        tmp = dest.with_name(dest.name + ".tmp")
        tmp.write_bytes(data)
        os.replace(tmp, dest)
        stats["written"] += 1

    for dirpath, dirnames, filenames in os.walk(target, topdown=False):
        for name in filenames:
            p = Path(dirpath) / name
            rel = p.relative_to(target).as_posix()
            if rel not in wanted:
                p.unlink()
                stats["removed"] += 1
        if Path(dirpath) != target and not os.listdir(dirpath):
            os.rmdir(dirpath)
    log.info("docs: %(written)d written, %(unchanged)d unchanged, %(removed)d removed", stats)
    return stats


def swap_in(new: Path, final: Path) -> None:
    """Replace `final` by `new` with two renames, so readers never see half a site."""
    old = final.with_name(f".{final.name}.old")
    if old.exists():
        shutil.rmtree(old)
    if final.exists():
        os.replace(final, old)
    os.replace(new, final)
    if old.exists():
        shutil.rmtree(old, ignore_errors=True)
