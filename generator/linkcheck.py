"""Internal link checker for a built site: every href/src to a local page or asset
must exist, and every #fragment must name an id on the target page."""
from __future__ import annotations

from pathlib import Path
from urllib.parse import unquote, urldefrag, urlsplit

from bs4 import BeautifulSoup


def _target(site: Path, page: Path, href: str) -> tuple[Path | None, str]:
    url, frag = urldefrag(href)
    parts = urlsplit(url)
    if parts.scheme or parts.netloc or href.startswith(("mailto:", "javascript:", "data:")):
        return None, ""
    path = unquote(parts.path)
    if not path:
        return page, frag
    base = site if path.startswith("/") else page.parent
    t = (base / path.lstrip("/")).resolve()
    if t.is_dir() or path.endswith("/"):
        t = t / "index.html"
    return t, frag


def check_site(site: Path) -> list[tuple[str, str]]:
    site = site.resolve()
    ids_cache: dict[Path, set[str]] = {}
    broken: list[tuple[str, str]] = []

    def ids_of(p: Path) -> set[str]:
        if p not in ids_cache:
            soup = BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")
            ids_cache[p] = {t["id"] for t in soup.find_all(id=True)}
        return ids_cache[p]

    for page in sorted(site.rglob("*.html")):
        text = page.read_text(encoding="utf-8")
        soup = BeautifulSoup(text, "html.parser")
        ids_cache[page] = {t["id"] for t in soup.find_all(id=True)}
        for tag, attr in (("a", "href"), ("link", "href"), ("script", "src"), ("img", "src")):
            for el in soup.find_all(tag):
                href = el.get(attr)
                if not href:
                    continue
                target, frag = _target(site, page, href)
                if target is None:
                    continue
                rel = page.relative_to(site).as_posix()
                if not str(target).startswith(str(site)) or not target.exists():
                    broken.append((rel, href))
                elif frag and target.suffix == ".html" and frag not in ids_of(target) and frag != "__skip":
                    broken.append((rel, href))
    return broken
