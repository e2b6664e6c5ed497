"""Redirect pages for every other name of an entity.

An entity's URL comes from its canonical name. When a later article reveals a fuller
name ("바이든" → "조 바이든") or a curated entry renames an entity, the canonical name
and so the URL change. So that no published URL dies, every form of an entity's name
also gets a tiny page at the URL that form would have had, pointing to the entity's
page — unless a real page or another entity claims that URL. The redirects are written
straight into the built site (they are not MkDocs pages: no navigation, no search).
"""
from __future__ import annotations

import html
from pathlib import Path

from . import urls
from .model import KnowledgeBase
from .slug import slugify

TEMPLATE = """<!doctype html>
<html lang="ko"><head><meta charset="utf-8"><title>{title}</title>
<meta name="robots" content="noindex"><link rel="canonical" href="{href}">
<meta http-equiv="refresh" content="0; url={href}"></head>
<body><p><a href="{href}">{title}</a> 페이지로 이동합니다.</p></body></html>
"""


def redirect_targets(kb: KnowledgeBase) -> dict[str, str]:
    """URL of a form -> URL of its entity, for forms no page or other entity claims."""
    pages = {urls.entity_url(e) for e in kb.entities.values()}
    claims: dict[str, set[str]] = {}
    for e in kb.entities.values():
        target = urls.entity_url(e)
        section = target.split("/", 1)[0]
        for form in {e.name, *e.forms, *e.glosses}:
            url = f"{section}/{slugify(form)}/"
            if url != target and url not in pages:
                claims.setdefault(url, set()).add(target)
    # A form two entities share (a surname, an abbreviation) points nowhere.
    return {url: next(iter(t)) for url, t in claims.items() if len(t) == 1}


def redirect_pages(kb: KnowledgeBase) -> dict[str, bytes]:
    """The redirect stubs of `redirect_targets`: site-relative path -> HTML bytes."""
    names = {urls.entity_url(e): e.name for e in kb.entities.values()}
    pages = {}
    for url, target in sorted(redirect_targets(kb).items()):
        href = html.escape(urls.rel(url, target), quote=True)
        pages[f"{url}index.html"] = TEMPLATE.format(title=html.escape(names[target]), href=href).encode("utf-8")
    return pages


def write_redirects(site: Path, pages: dict[str, bytes]) -> int:
    """Write `redirect_pages` into a built site, except where a file is already there (a
    real page claims that URL, or an incremental build kept the same stub from the
    previous site: see `site.mkdocs_build`). Returns how many stubs the site has."""
    n = 0
    for rel, data in pages.items():
        dest = site / rel
        if dest.exists():
            n += dest.read_bytes() == data
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        dest.write_bytes(data)
        n += 1
    return n
