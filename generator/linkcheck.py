"""Internal link checker for a built site: every href/src to a local page or asset
must exist, and every #fragment must name an id on the target page.

`404.html` is skipped: MkDocs renders it with absolute URLs under `site_url`'s path,
which only resolve once the site is deployed there.
"""
from __future__ import annotations

from html.parser import HTMLParser
from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

_ATTRS = {"a": "href", "link": "href", "script": "src", "img": "src", "area": "href"}


class _Scan(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.ids: set[str] = set()
        self.links: list[str] = []

    def handle_starttag(self, tag, attrs):
        d = dict(attrs)
        if d.get("id"):
            self.ids.add(d["id"])
        want = _ATTRS.get(tag)
        if want and d.get(want):
            self.links.append(d[want])
        if tag == "a" and d.get("xlink:href"):
            self.links.append(d["xlink:href"])

    handle_startendtag = handle_starttag


def _scan(p: Path) -> _Scan:
    s = _Scan()
    s.feed(p.read_text(encoding="utf-8"))
    return s


def _target(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    url, frag = urldefrag(href)
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
        return None, ""
    path = unquote(parts.path)
    if not path:
        return page, unquote(frag)
    base = site if path.startswith("/") else page.parent
    t = (base / path.lstrip("/")).resolve()
    if t.is_dir() or path.endswith("/"):
        t = t / "index.html"
    return t, unquote(frag)


def check_site(site: Path) -> list[tuple[str, str]]:
    site = site.resolve()
    scans: dict[Path, _Scan] = {}
    broken: list[tuple[str, str]] = []
    for page in sorted(site.rglob("*.html")):
        if page.name == "404.html" and page.parent == site:
            continue
        scan = scans.setdefault(page, _scan(page))
        rel = page.relative_to(site).as_posix()
        for href in scan.links:
            target, frag = _target(site, page, href)
            if target is None:
                continue
            if not target.is_relative_to(site) or not target.exists():
                broken.append((rel, href))
            elif frag and target.suffix == ".html":
                if target not in scans:
                    scans[target] = _scan(target)
                if frag not in scans[target].ids:
                    broken.append((rel, href))
    return broken
