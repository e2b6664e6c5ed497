"""How many bytes of each built page are page chrome rather than the page's own content.

    .venv/bin/python scripts/page_weight.py SITE_DIR [--top 5] [--json]

Every page MkDocs renders carries the same chrome around its content: Material's header
(logo, menu button, title, palette toggle, search box), the navigation tabs, the primary
sidebar (the drawer menu on a phone), the secondary sidebar (table of contents), the footer,
the `<head>` and the script tags. "Content" is what is inside `<article class="md-content__inner
md-typeset">`; chrome is everything else: uncompressed bytes of the HTML file (UTF-8), so
whitespace between tags counts. Redirect stubs (meta refresh, no article) are left out.

Printed: the number of pages, median and maximum chrome per page, the same broken into
parts (header / tabs / nav / toc / footer / scripts / head / other), the largest pages and
the size of sitemap.xml (and .gz), which Material's instant navigation downloads on a
reader's first page view. `measure()` and `report()` are used by scripts/bench.py and the
page-weight test in tests/test_site.py.
"""
from __future__ import annotations

import argparse
import json
import re
import statistics
import sys
from pathlib import Path

CONTENT_OPEN = b'<article class="md-content__inner md-typeset">'
PARTS = (  # (name, opening tag that starts the part); measured outer, in this order
    ("header", b'<header class="md-header'),
    ("tabs", b'<nav class="md-tabs'),
    ("nav", b'<div class="md-sidebar md-sidebar--primary'),
    ("toc", b'<div class="md-sidebar md-sidebar--secondary'),
    ("footer", b'<footer class="md-footer'),
)
PART_NAMES = ("header", "tabs", "nav", "toc", "footer", "scripts", "head", "other")
_TAG = re.compile(rb"<(/?)([a-zA-Z][a-zA-Z0-9]*)\b[^>]*>")
_SCRIPT = re.compile(rb"<script\b[^>]*>.*?</script>", re.S)


def element_end(html: bytes, start: int) -> int:
    """End offset of the element whose opening tag starts at `start` (same-name nesting)."""
    m = _TAG.match(html, start)
    if m is None:
        raise ValueError(f"no tag at offset {start}")
    name, depth = m.group(2).lower(), 0
    for t in _TAG.finditer(html, start):
        if t.group(2).lower() != name:
            continue
        depth += -1 if t.group(1) else 1
        if depth == 0:
            return t.end()
    raise ValueError(f"<{name}> at offset {start} is not closed")


def _spans(html: bytes) -> dict[str, list[tuple[int, int]]]:
    """Byte spans of the content and of each chrome part (parts never overlap)."""
    start = html.find(CONTENT_OPEN)
    inner = start + len(CONTENT_OPEN)
    spans: dict[str, list[tuple[int, int]]] = {"content": [(inner, element_end(html, start) - len(b"</article>"))]}
    for name, opening in PARTS:
        at = html.find(opening)
        spans[name] = [(at, element_end(html, at))] if at >= 0 else []
    taken = [s for v in spans.values() for s in v]
    spans["scripts"] = [m.span() for m in _SCRIPT.finditer(html)
                        if not any(a <= m.start() < b for a, b in taken)]
    head0, head1 = html.find(b"<head>"), html.find(b"</head>")
    spans["head"] = [(head0, head1 + len(b"</head>"))] if head0 >= 0 and head1 >= 0 else []
    return spans


def page_parts(html: bytes) -> dict[str, int]:
    """Bytes per part of one page: content, the chrome parts, `other` and `chrome` (total)."""
    spans = _spans(html)
    sizes = {name: sum(b - a for a, b in v) for name, v in spans.items()}
    inside_head = sum(b - a for a, b in spans["scripts"] if spans["head"] and spans["head"][0][0] <= a < spans["head"][0][1])
    sizes["head"] -= inside_head  # scripts in <head> are counted once, under scripts
    sizes["chrome"] = len(html) - sizes["content"]
    sizes["other"] = sizes["chrome"] - sum(sizes[n] for n in PART_NAMES if n != "other")
    sizes["total"] = len(html)
    return sizes


def pages(site: Path):
    """(relative path, HTML bytes) of every rendered page (redirect stubs have no article)."""
    for path in sorted(site.rglob("*.html")):
        html = path.read_bytes()
        if CONTENT_OPEN in html:
            yield path.relative_to(site).as_posix(), html


def measure(site: Path, top: int = 5) -> dict:
    """Chrome figures of a built site: median and max per part, largest pages, sitemap."""
    rows = [(rel, page_parts(html)) for rel, html in pages(site)]
    if not rows:
        raise SystemExit(f"{site}: no rendered page (no {CONTENT_OPEN.decode()})")
    def stat(key):
        values = [p[key] for _r, p in rows]
        return {"median": int(statistics.median(values)), "max": max(values)}
    largest = sorted(rows, key=lambda r: -r[1]["total"])[:top]
    sitemap = {name: (site / name).stat().st_size if (site / name).exists() else None
               for name in ("sitemap.xml", "sitemap.xml.gz")}
    return {"pages": len(rows), "chrome": stat("chrome"), "content": stat("content"), "total": stat("total"),
            "parts": {n: stat(n) for n in PART_NAMES},
            "max_chrome_page": max(rows, key=lambda r: r[1]["chrome"])[0],
            "largest": [{"page": rel, "total": p["total"], "content": p["content"], "chrome": p["chrome"]}
                        for rel, p in largest],
            "sitemap": sitemap}


def report(m: dict) -> str:
    """The figures of `measure()` as text (Markdown tables)."""
    kb = lambda n: "—" if n is None else f"{n / 1000:.1f} kB"  # noqa: E731
    lines = [f"{m['pages']:,} pages: chrome median {kb(m['chrome']['median'])}, max {kb(m['chrome']['max'])} "
             f"({m['max_chrome_page']}); content median {kb(m['content']['median'])}; "
             f"page median {kb(m['total']['median'])}, max {kb(m['total']['max'])}", "",
             "| part | median | max |", "|---|---|---|"]
    for name in PART_NAMES:
        lines.append(f"| {name} | {m['parts'][name]['median']:,} B | {m['parts'][name]['max']:,} B |")
    lines.append(f"| **chrome** | **{m['chrome']['median']:,} B** | **{m['chrome']['max']:,} B** |")
    lines += ["", "| largest pages | HTML | content | chrome |", "|---|---|---|---|"]
    for p in m["largest"]:
        lines.append(f"| {p['page']} | {kb(p['total'])} | {kb(p['content'])} | {kb(p['chrome'])} |")
    sm = m["sitemap"]
    lines += ["", f"sitemap.xml {kb(sm['sitemap.xml'])}, sitemap.xml.gz {kb(sm['sitemap.xml.gz'])}"]
    return "\n".join(lines)


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("site", type=Path, help="a built site (e.g. site/)")
    ap.add_argument("--top", type=int, default=5, help="how many of the largest pages to list")
    ap.add_argument("--json", action="store_true", help="print the figures as JSON")
    args = ap.parse_args(argv)
    m = measure(args.site, args.top)
    print(json.dumps(m, indent=1, ensure_ascii=False) if args.json else report(m))
    return 0


if __name__ == "__main__":
    sys.exit(main())
