"""The home page: what this corpus is about now, generated from the knowledge base.

Latest articles, the terms and actors the recent articles mention most, and where to go
next. The hand-written `docs/index.md` is replaced by this page (a generated page wins
over a hand-written one of the same path); the search box is in the page header.
"""
from __future__ import annotations

from collections import Counter

from .. import urls
from ..model import TERM, KnowledgeBase
from . import esc
from .common import front_matter, html_list, link
from .article import shorten
from .indexes import _article_line, _by_date

LATEST = 10
RECENT = 50
"""The most recent articles whose terms and actors are counted for 'most mentioned'."""
TOP = 12


def _most_mentioned(kb: KnowledgeBase, recent: list[str], terms: bool) -> list[tuple[str, int]]:
    count: Counter = Counter()
    for aid in recent:
        for eid in kb.article_entities.get(aid, []):
            ent = kb.entities.get(eid)
            if ent is not None and (ent.kind == TERM) == terms:
                count[eid] += 1
    return sorted(count.items(), key=lambda kv: (-kv[1], kb.entities[kv[0]].name))[:TOP]


def _entity_list(kb: KnowledgeBase, items: list[tuple[str, int]]) -> str:
    lines = []
    for eid, n in items:
        ent = kb.entities[eid]
        tip = f" — {esc.md(shorten(ent.short, 70))}" if ent.short and ent.short != ent.name else ""
        lines.append(f"- {link(urls.rel('', urls.entity_url(ent)), ent.name)} <small>기사 {n}건</small>{tip}\n")
    return "".join(lines)


def render_home(kb: KnowledgeBase, site_name: str = "한국 뉴스 해설") -> str:
    arts = _by_date(list(kb.articles.values()))
    recent = [a.id for a in arts[:RECENT]]
    n_terms = sum(1 for e in kb.entities.values() if e.kind == TERM)
    out = [front_matter(site_name, f"기사 {len(arts)}건을 용어 설명·인물 정보와 함께 읽는 사이트",
                        {"hide": "[navigation, toc]"}),
           f"# {esc.md(site_name)}\n\n",
           f"기사 {len(arts)}건에 나오는 용어 {n_terms}개와 인물·기관·장소 "
           f"{len(kb.entities) - n_terms}곳을 풀어 읽습니다. 기사 속 밑줄 친 말에 마우스를 올리거나 한 번 누르면 "
           "짧은 설명이 나옵니다. 위의 검색창은 조사가 붙은 말이나 합성어의 일부로도 찾습니다.\n\n",
           "## 최근 기사\n\n"]
    out.append(html_list([_article_line(a, "") for a in arts[:LATEST]]))
    out.append(f"[기사 전체 보기 →]({urls.ARTICLES}/index.md)\n\n")
    terms = _most_mentioned(kb, recent, terms=True)
    if terms:
        out += ["## 최근 기사에 많이 나온 용어\n\n", _entity_list(kb, terms), f"\n[용어집 →]({urls.GLOSSARY}/index.md)\n\n"]
    actors = _most_mentioned(kb, recent, terms=False)
    if actors:
        out += ["## 최근 기사에 많이 나온 인물·기관\n\n", _entity_list(kb, actors),
                f"\n[인물·기관 전체 →]({urls.ACTORS}/index.md)\n\n"]
    out.append("## 더 보기\n\n- [연표](timeline/index.md) — 날짜순으로 본 기사\n"
               "- [관계 지도](map/index.md) — 자주 함께 나오는 인물·기관·용어\n"
               "- [기여하기](contributing.md) — 정의를 고치거나 기사를 더하는 방법\n")
    return "".join(out)
