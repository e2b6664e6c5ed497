"""The actors index, kept short at any corpus size.

`actors/` shows, per kind (인물, 기관·단체, 국가·지역), how many there are, the most
mentioned ones, and a ㄱ–ㅎ / A–Z jump bar; each letter of each kind has its own page
(`actors/by/<kind>-<letter>/`), split into pages of at most `PAGE_SIZE` entries.
"""
from __future__ import annotations

from collections import defaultdict

from .. import urls
from ..model import ORGANIZATION, PERSON, PLACE, Entity, KnowledgeBase
from . import esc
from .common import NO_SIDEBAR, front_matter, html_list, link
from .indexes import GROUP_ORDER, _clip, initial_group, sort_key

LABELS = {PERSON: "인물", ORGANIZATION: "기관·단체", PLACE: "국가·지역"}
PAGE_SIZE = 200
TOP = 20


def _group_order(groups) -> list[str]:
    return [g for g in GROUP_ORDER if g in groups] + sorted(g for g in groups if g.isascii() and g.isalpha()) \
        + (["#"] if "#" in groups else [])


def group_url(kind: str, group: str, page: int = 1) -> str:
    letter = group.lower() if group.isalnum() else "etc"  # Korean stays Korean in URLs: by/person-ㄱ/
    return f"{urls.ACTORS}/by/{kind}-{letter}{'' if page == 1 else f'-{page}'}/"


def _line(e: Entity, page_url: str) -> str:
    short = f" — {esc.html(_clip(e.short, 60))}" if e.short else ""
    return f"{link(urls.rel(page_url, urls.entity_url(e)), e.name, raw_block=True)}{short} <small>기사 {len(e.articles)}건</small>"


def _group_pages(kind: str, group: str, ents: list[Entity]) -> dict[str, str]:
    pages = {}
    chunks = [ents[i:i + PAGE_SIZE] for i in range(0, len(ents), PAGE_SIZE)]
    for n, chunk in enumerate(chunks, 1):
        url = group_url(kind, group, n)
        title = f"{LABELS[kind]} — {group}" + (f" ({n}/{len(chunks)})" if len(chunks) > 1 else "")
        out = [front_matter(title, f"{LABELS[kind]} 가운데 {group}(으)로 시작하는 {len(ents)}곳", NO_SIDEBAR), f"# {esc.md(title)}\n\n",
               f"{link(urls.rel(url, urls.ACTORS + '/'), '← 인물·기관 전체')}\n\n"]
        out.append(html_list([_line(e, url) for e in chunk]))
        if len(chunks) > 1:
            nav = " · ".join(link(urls.rel(url, group_url(kind, group, i)), f"{i}쪽")
                             for i in range(1, len(chunks) + 1) if i != n)
            out.append(f"다른 쪽: {nav}\n")
        pages[urls.md_path(url)] = "".join(out)
    return pages


def _kind_section(kind: str, ents: list[Entity], page_url: str) -> tuple[str, dict[str, str]]:
    groups: dict[str, list[Entity]] = defaultdict(list)
    for e in sorted(ents, key=lambda e: sort_key(e.name)):
        groups[initial_group(e.name)].append(e)
    order = _group_order(groups)
    out = [f'<h2 id="{kind}">{LABELS[kind]} ({len(ents)})</h2>\n\n',
           f'<nav class="xp-jump" aria-label="{LABELS[kind]} 초성">']
    out += [link(urls.rel(page_url, group_url(kind, g)), f"{g} {len(groups[g])}", raw_block=True) for g in order]
    out.append("</nav>\n\n")
    top = sorted(ents, key=lambda e: (-len(e.articles), sort_key(e.name)))[:TOP]
    out.append("**많이 나온 순**\n\n")
    out.append(html_list([_line(e, page_url) for e in top]))
    pages: dict[str, str] = {}
    for g in order:
        pages.update(_group_pages(kind, g, groups[g]))
    return "".join(out), pages


def render_actors_pages(kb: KnowledgeBase) -> dict[str, str]:
    """`actors/index.md` and the per-kind, per-letter pages."""
    page_url = f"{urls.ACTORS}/"
    out = [front_matter("인물·기관", "기사에 나온 사람, 기관, 나라", NO_SIDEBAR), "# 인물·기관\n\n"]
    by_kind = {k: [e for e in kb.entities.values() if e.kind == k] for k in LABELS}
    present = [k for k in LABELS if by_kind[k]]
    pages: dict[str, str] = {}
    if not present:
        out.append("아직 인물이나 기관이 없습니다.\n")
    else:
        out.append('<nav class="xp-jump" aria-label="종류">'
                   + "".join(f'<a href="#{k}">{LABELS[k]} {len(by_kind[k])}</a>' for k in present) + "</nav>\n\n")
    for k in present:
        text, more = _kind_section(k, by_kind[k], page_url)
        out.append(text)
        pages.update(more)
    pages["actors/index.md"] = "".join(out)
    return pages
