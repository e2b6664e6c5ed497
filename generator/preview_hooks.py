"""MkDocs hooks for the live preview only (`python -m generator serve`).

`generator/serve.py` passes this file to MkDocs' dev server as a `hooks` config override,
so `mkdocs.yml` stays plain (no hooks: other tools read it too). After each build of the
preview, `on_post_build` writes the Korean search index (`generator.search`) into the
dev server's site folder, with the knowledge base the preview generated last, so search
in the preview works as on the built site instead of falling back to substring matching.

MkDocs loads this file by path, not as `generator.preview_hooks`: it reaches the preview's
state through the `generator.serve` module.
"""
from __future__ import annotations

import importlib


def on_post_build(config, **_kw) -> None:
    importlib.import_module("generator.serve").index_preview(config.site_dir)
