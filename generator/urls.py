"""Where each page lives, and relative links between pages.

Pages use directory URLs (`articles/<slug>/`), so the generated Markdown file for a URL
`x/y/` is `x/y.md` and a link from one page to another is a relative path between their
directories. Renderers emit raw HTML links, so these must be right: the link checker
test walks the built site.
"""
from __future__ import annotations

import posixpath
from pathlib import Path
from urllib.parse import quote, urlencode

import yaml

from .model import TERM, Entity
from .slug import slugify


def _config_url(*keys: str) -> str:
    """A URL setting of mkdocs.yml (`site_url`, `extra.contribute_repo`), read once: configuration."""
    try:
        node = yaml.safe_load((Path(__file__).resolve().parent.parent / "mkdocs.yml").read_text(encoding="utf-8"))
        for k in keys:
            node = node.get(k) if isinstance(node, dict) else None
        return str(node or "").rstrip("/")
    except (OSError, yaml.YAMLError, AttributeError):
        return ""


REPO_URL = _config_url("extra", "contribute_repo")
"""Where contributors edit entries and open issues."""
SITE_URL = _config_url("site_url") + "/"
BRANCH = "main"

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
    r = _relpath(target, base if base else "/")
    if to_url.split("#")[0].endswith("/") and not r.endswith("/"):
        r += "/"
    if r == "./":
        r = "./"
    return r + frag


def _relpath(path: str, start: str) -> str:
    """`posixpath.relpath(path, start)` for two absolute paths, without its `abspath` calls
    (a quarter of the render stage's own time) when no part is `.` or `..` (which only
    `normpath` resolves; empty parts it drops as this does)."""
    start_list = [x for x in start.split("/") if x]
    path_list = [x for x in path.split("/") if x]
    if any(x in (".", "..") for x in start_list) or any(x in (".", "..") for x in path_list):
        return posixpath.relpath(path, start)
    i = 0
    for a, b in zip(start_list, path_list):
        if a != b:
            break
        i += 1
    rel_list = [".."] * (len(start_list) - i) + path_list[i:]
    return "/".join(rel_list) if rel_list else "."


def edit_url(source: str | None) -> str | None:
    """GitHub's editor for the file of a curated or base entry (`path:line`, repository-relative)."""
    if not REPO_URL or not source:
        return None
    path, _sep, line = source.rpartition(":")
    if not path or not line.isdigit():
        path = source
    if path.startswith("/"):
        return None  # a corpus outside the repository: no place on GitHub to edit it
    return f"{REPO_URL}/edit/{BRANCH}/{quote(path)}"


def propose_url(name: str, article_url: str | None = None, definition: str = "") -> str | None:
    """A new issue from the missing-term form, filled in with the term and where it appears."""
    if not REPO_URL:
        return None
    q = {"template": "missing-term.yml", "title": f"[용어 추가] {name}", "term": name,
         "kind": "개념·정책 (Concept or policy)"}
    if article_url:
        q["article-url"] = article_url
    if definition:
        q["proposed-definition"] = definition
    return f"{REPO_URL}/issues/new?{urlencode(q, quote_via=quote)}"
