"""Small helpers shared by the page renderers."""
from __future__ import annotations

import datetime as dt

from . import esc

KIND_LABEL = {
    "person": "인물",
    "organization": "기관·단체",
    "place": "국가·지역",
    "term": "용어",
    "anonymous": "익명 취재원",
}


NO_SIDEBAR = {"hide": "[navigation]"}
"""Front matter for section index pages: Material's left sidebar would list only the
page itself there, so the content gets the width instead."""


def front_matter(title: str, description: str = "", extra: dict[str, str] | None = None) -> str:
    lines = ["---", f"title: {esc.yaml_str(title)}"]
    if description:
        lines.append(f"description: {esc.yaml_str(description[:160])}")
    for k, v in (extra or {}).items():
        lines.append(f"{k}: {v}")
    lines.append("---")
    return "\n".join(lines) + "\n\n"


def date_ko(d: dt.date | None) -> str:
    return f"{d.year}년 {d.month}월 {d.day}일" if d else ""


def link(href: str, text: str, cls: str = "", tip: str = "", raw_block: bool = False) -> str:
    """A raw HTML link; `href` is generator-made, `text`/`tip` are escaped here.

    Inside a raw HTML block Markdown does not look at the text, so HTML escaping is
    enough; anywhere else (list items, tables) the text is escaped for Markdown too.
    """
    attrs = f' href="{esc.html(href)}"'
    if cls:
        attrs += f' class="{cls}"'
    if tip:
        attrs += f' data-tip="{esc.html(tip)}"'
    return f"<a{attrs}>{esc.html(text) if raw_block else esc.md(text)}</a>"


def html_list(items: list[str], cls: str = "") -> str:
    """A list as one raw HTML block (`items`: HTML, text in them escaped with `esc.html`):
    the `<ul>` Markdown makes of a tight list, which MkDocs then copies without reading
    every link in it (`generator.site_passthrough`). Follow it with nothing on its lines:
    the caller's page continues after a blank line."""
    attr = f' class="{cls}"' if cls else ""
    return f"<ul{attr}>\n" + "".join(f"<li>{it}</li>\n" for it in items) + "</ul>\n\n"


def source_label(source: str | None) -> str:
    """A source as a reader wants to see it: the publication's name, or a web address's host
    (`https://ko.wikinews.org/wiki/…` -> `ko.wikinews.org`)."""
    if not source:
        return ""
    s = source.strip()
    if s.startswith(("http://", "https://")):
        from urllib.parse import urlsplit
        return urlsplit(s).netloc or s
    return s
