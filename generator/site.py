"""Runs the MkDocs build on the prepared docs folder, into a temporary folder.

The caller swaps the result in only when everything succeeded, so a failed build
leaves the previous site untouched.
"""
from __future__ import annotations

import logging
import os
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class SiteBuildError(Exception):
    pass


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool) -> None:
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs_dir),
                          site_dir=str(site_dir), strict=strict)
        build(cfg)
    except (Abort, ConfigurationError) as e:
        raise SiteBuildError(f"MkDocs build failed: {e}") from e


def temp_site_dir(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))


def discard(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
