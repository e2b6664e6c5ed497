"""Runs the MkDocs build on the prepared docs folder, into a temporary folder.

The caller swaps the result in only when everything succeeded, so a failed build
leaves the previous site untouched.
"""
from __future__ import annotations

import json
import logging
import os
import re
import shutil
import tempfile
from pathlib import Path

log = logging.getLogger(__name__)


class SiteBuildError(Exception):
    pass


_DATA_SEARCH = re.compile(r"\s?data-search-\w+=\"[^\"]+\"")
"""What Material's search plugin strips from every page's HTML (its `on_page_context`)."""


def lean_material_search(cfg) -> bool:
    """Stop Material's search plugin from building its full-text index.

    Our Korean index (`generator.search`) replaces it, and only the index's `config`
    part (language, separator, pipeline, fields) is read by the theme. Material parses
    every page's HTML into sections (`on_page_context` -> `SearchIndex.add_entry_from_context`)
    and dumps them all as JSON (`on_post_build`); here the registered event handlers of
    the plugin are replaced by ones that keep what the pages and the theme see:

    * per page: only the removal of `data-search-*` attributes from the page's HTML
      (Material's own regular expression), so pages are byte for byte what they were;
    * after the build: `search/search_index.json` with the plugin's config and no documents.

    `on_config` still runs (it fills in the config's defaults from the theme's language).
    Returns False, changing nothing, if the plugin is not there or looks different."""
    try:
        from material.plugins.search.plugin import SearchPlugin
    except ImportError:
        return False
    plugin = next((p for p in cfg.plugins.values() if isinstance(p, SearchPlugin)), None)
    if plugin is None:
        return False

    def on_page_context(context, *, page, config, nav):
        if plugin.config.enabled and page.content:
            page.content = _DATA_SEARCH.sub("", page.content)
        return context

    def on_post_build(*, config):
        if not plugin.config.enabled:
            return
        keys = ("lang", "separator", "pipeline", "fields")
        data = {"config": {k: plugin.search_index.config[k] for k in keys}, "docs": []}
        path = Path(config.site_dir) / "search" / "search_index.json"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(json.dumps(data, separators=(",", ":"), default=str), encoding="utf-8")

    replaced = 0
    for event, ours in (("page_context", on_page_context), ("post_build", on_post_build)):
        handlers = cfg.plugins.events[event]
        for i, h in enumerate(handlers):
            if getattr(h, "__self__", None) is plugin and getattr(h, "__name__", "") == f"on_{event}":
                ours.mkdocs_priority = getattr(h, "mkdocs_priority", 0)
                cfg.plugins._event_origins[ours] = cfg.plugins._event_origins.get(h, "material/search")
                handlers[i] = ours
                replaced += 1
    if replaced != 2:
        log.warning("Material's search plugin has changed: its full index is not (fully) skipped")
    return replaced == 2


def mkdocs_build(config_file: Path, docs_dir: Path, site_dir: Path, strict: bool,
                 material_index: bool = True) -> None:
    """Build the site with MkDocs. `material_index=False`: Material's search plugin writes
    only its config, not its full-text index (`lean_material_search`)."""
    os.environ.setdefault("NO_MKDOCS_2_WARNING", "1")
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    from mkdocs.exceptions import Abort, ConfigurationError

    try:
        cfg = load_config(config_file=str(config_file), docs_dir=str(docs_dir),
                          site_dir=str(site_dir), strict=strict)
        if not material_index:
            lean_material_search(cfg)
        build(cfg)
    except (Abort, ConfigurationError) as e:
        raise SiteBuildError(f"MkDocs build failed: {e}") from e


def temp_site_dir(final: Path) -> Path:
    final.parent.mkdir(parents=True, exist_ok=True)
    return Path(tempfile.mkdtemp(prefix=f".{final.name}.tmp-", dir=final.parent))


def discard(path: Path) -> None:
    shutil.rmtree(path, ignore_errors=True)
