"""The timeline, newest first, kept short at any corpus size.

`timeline/` lists the years (with counts) and the latest `LATEST` articles; each year has
its own page (`timeline/y2024/`) with a heading per month (anchors `m01` … `m12`), newest
first; a year of more than `PAGE_SIZE` articles gets one page per month instead.
"""
from __future__ import annotations

from collections import defaultdict

from .. import urls
from ..model import ORGANIZATION, PERSON, Article, KnowledgeBase
from . import esc
from .common import NO_SIDEBAR, front_matter, link, source_label

LATEST = 50
PAGE_SIZE = 300


def _entry(kb: KnowledgeBase, a: Article, page_url: str, with_month: bool = False) -> str:
    ids = kb.article_entities.get(a.id, [])
    who = [kb.entities[i].name for i in ids if kb.entities[i].kind in (PERSON, ORGANIZATION)][:3]
    extra = f" <small>{esc.md(', '.join(who))}</small>" if who else ""
    src = f" <small>({esc.md(source_label(a.meta.source))})</small>" if a.meta.source else ""
    day = f"{a.meta.date.month}월 {a.meta.date.day}일" if with_month else f"{a.meta.date.day}일"
    return f"- {day} — {link(urls.rel(page_url, urls.article_url(a.id)), a.title)}{src}{extra}\n"


def _months(kb: KnowledgeBase, arts: list[Article], page_url: str) -> list[str]:
    out, month = [], None
    for a in arts:
        if a.meta.date.month != month:
            month = a.meta.date.month
            out.append(f'\n<h2 id="m{month:02d}">{a.meta.date.year}년 {month}월</h2>\n\n')
        out.append(_entry(kb, a, page_url))
    return out


def _year_pages(kb: KnowledgeBase, year: int, arts: list[Article]) -> dict[str, str]:
    url = f"timeline/y{year}/"
    head = [front_matter(f"{year}년 연표", f"{year}년 기사 {len(arts)}건", NO_SIDEBAR), f"# {year}년\n\n{len(arts)}건, 최신순.\n\n"]
    months = sorted({a.meta.date.month for a in arts}, reverse=True)
    if len(arts) <= PAGE_SIZE:
        head.append('<nav class="xp-jump" aria-label="월">' + "".join(f'<a href="#m{m:02d}">{m}월</a>' for m in months) + "</nav>\n")
        return {urls.md_path(url): "".join(head + _months(kb, arts, url))}
    pages = {}
    head.append('<nav class="xp-jump" aria-label="월">' + "".join(
        link(urls.rel(url, f"timeline/y{year}-{m:02d}/"), f"{m}월", raw_block=True) for m in months) + "</nav>\n")
    pages[urls.md_path(url)] = "".join(head)
    for m in months:
        murl = f"timeline/y{year}-{m:02d}/"
        these = [a for a in arts if a.meta.date.month == m]
        pages[urls.md_path(murl)] = "".join([front_matter(f"{year}년 {m}월 연표", "", NO_SIDEBAR),
                                             f"# {year}년 {m}월\n\n{len(these)}건, 최신순.\n\n"] + _months(kb, these, murl))
    return pages


def render_timeline_pages(kb: KnowledgeBase) -> dict[str, str]:
    page_url = "timeline/"
    arts = sorted((a for a in kb.articles.values() if a.meta.date), key=lambda a: (a.meta.date, a.id), reverse=True)
    years: dict[int, list[Article]] = defaultdict(list)
    for a in arts:
        years[a.meta.date.year].append(a)
    out = [front_matter("연표", "날짜순으로 본 기사", NO_SIDEBAR), "# 연표\n\n"]
    if not arts:
        out.append("날짜가 적힌 기사가 없습니다. 기사 머리말에 `date: YYYY-MM-DD`를 적으면 연표에 나옵니다.\n\n")
    else:
        out.append('<nav class="xp-jump" aria-label="연도">' + "".join(
            link(urls.rel(page_url, f"timeline/y{y}/"), f"{y}년 {len(v)}", raw_block=True) for y, v in years.items())
            + "</nav>\n\n## 최근 기사\n\n")
        out += [_entry(kb, a, page_url, with_month=True).replace("- ", f"- {a.meta.date.year}년 ", 1) for a in arts[:LATEST]]
    undated = len(kb.articles) - len(arts)
    if undated:
        out.append(f"\n날짜가 없는 기사 {undated}건은 [기사 목록](../articles/index.md)에 있습니다.\n")
    pages = {"timeline/index.md": "".join(out)}
    for y, v in years.items():
        pages.update(_year_pages(kb, y, v))
    return pages
