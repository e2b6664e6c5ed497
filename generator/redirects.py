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


def write_redirects(site: Path, kb: KnowledgeBase) -> int:
    names = {urls.entity_url(e): e.name for e in kb.entities.values()}
    n = 0
    for url, target in sorted(redirect_targets(kb).items()):
        dest = site / url / "index.html"
        if dest.exists():
            continue
        dest.parent.mkdir(parents=True, exist_ok=True)
        href = html.escape(urls.rel(url, target), quote=True)
        dest.write_text(TEMPLATE.format(title=html.escape(names[target]), href=href), encoding="utf-8")
        n += 1
    return n
