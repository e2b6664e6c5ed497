"""Where each page lives, and relative links between pages.

Pages use directory URLs (`articles/<slug>/`), so the generated Markdown file for a URL
`x/y/` is `x/y.md` and a link from one page to another is a relative path between their
directories. Renderers emit raw HTML links, so these must be right: the link checker
test walks the built site.
"""
from __future__ import annotations

import posixpath

from .model import TERM, Entity
from .slug import slugify

ARTICLES = "articles"
GLOSSARY = "glossary"
ACTORS = "actors"


def article_url(article_id: str) -> str:
    return f"{ARTICLES}/{slugify(article_id)}/"


def entity_url(entity: Entity) -> str:
    section = GLOSSARY if entity.kind == TERM else ACTORS
    return f"{section}/{entity.id}/"


def md_path(url: str) -> str:
    """`articles/x/` -> `articles/x.md`; `articles/` -> `articles/index.md`."""
    url = url.strip("/")
    if not url:
        return "index.md"
    if url in (ARTICLES, GLOSSARY, ACTORS) or url.count("/") == 0 and url in {"timeline", "review", "map"}:
        return f"{url}/index.md"
    return f"{url}.md"


def rel(from_url: str, to_url: str) -> str:
    """Relative link from the page at `from_url` to `to_url` (both site-root relative)."""
    frm = "/" + from_url.strip("/")
    base = frm if from_url.endswith("/") or from_url == "" else posixpath.dirname(frm)
    target = "/" + to_url.lstrip("/")
    frag = ""
    if "#" in target:
        target, frag = target.split("#", 1)
        frag = "#" + frag
    r = posixpath.relpath(target, base if base else "/")
    if to_url.split("#")[0].endswith("/") and not r.endswith("/"):
        r += "/"
    if r == "./":
        r = "./"
    return r + frag
