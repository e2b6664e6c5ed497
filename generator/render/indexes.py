"""Index pages: article list (by year), timeline, glossary (가나다 groups), actors by kind."""
from __future__ import annotations

import unicodedata
from collections import defaultdict

from .. import urls
from ..model import TERM, Article, KnowledgeBase
from . import esc
from .common import NO_SIDEBAR, date_ko, front_matter, html_list, link, source_label

LATEST = 30
CHOSEONG = "ㄱㄲㄴㄷㄸㄹㅁㅂㅃㅅㅆㅇㅈㅉㅊㅋㅌㅍㅎ"
# Tense consonants are filed under their plain letter, as Korean dictionaries do.
_PLAIN = {"ㄲ": "ㄱ", "ㄸ": "ㄷ", "ㅃ": "ㅂ", "ㅆ": "ㅅ", "ㅉ": "ㅈ"}
GROUP_ORDER = [c for c in CHOSEONG if c not in _PLAIN]


def initial_group(name: str) -> str:
    """'방산정책조정회의' -> 'ㅂ'; 'AUKUS' -> 'A'; digits and others -> '#'."""
    s = unicodedata.normalize("NFKC", name).strip("‘’“”'\"()[]「」 ")
    if not s:
        return "#"
    c = s[0]
    if "가" <= c <= "힣":
        g = CHOSEONG[(ord(c) - 0xAC00) // 588]
        return _PLAIN.get(g, g)
    if c.isascii() and c.isalpha():
        return c.upper()
    return "#"


def sort_key(name: str) -> tuple[int, str]:
    """Hangul first in 가나다 order (code point order is 가나다 order), then Latin, then rest."""
    s = unicodedata.normalize("NFKC", name)
    c = s[:1]
    rank = 0 if "가" <= c <= "힣" else 1 if c.isascii() and c.isalpha() else 2
    return rank, s.casefold()


def _article_line(a: Article, page_url: str) -> str:
    # date and source tell apart articles that share a headline
    when = " · ".join(x for x in (date_ko(a.meta.date) if a.meta.date else "", source_label(a.meta.source)) if x)
    date = f" <small>{esc.html(when)}</small>" if when else ""
    deck = next((b.text for b in a.deck), "")
    sub = f"<br />\n<small>{esc.html(deck)}</small>" if deck else ""
    return f"{link(urls.rel(page_url, urls.article_url(a.id)), a.title, raw_block=True)}{date}{sub}"


def _by_date(articles: list[Article]) -> list[Article]:
    return sorted(articles, key=lambda a: (a.meta.date is None, -(a.meta.date.toordinal() if a.meta.date else 0), a.id))


def year_of(a: Article) -> str:
    return str(a.meta.date.year) if a.meta.date else "undated"


def render_articles_index(kb: KnowledgeBase) -> dict[str, str]:
    """`articles/index.md` (latest + years) and one page per year (`articles/y2024.md`)."""
    page_url = f"{urls.ARTICLES}/"
    arts = _by_date(list(kb.articles.values()))
    years: dict[str, list[Article]] = defaultdict(list)
    for a in arts:
        years[year_of(a)].append(a)
    out = [front_matter("기사", f"기사 {len(arts)}건", NO_SIDEBAR), f"# 기사\n\n전체 {len(arts)}건.\n\n"]
    if len(years) > 1:
        out.append('<nav class="xp-jump" aria-label="연도">')
        for y in years:
            label = "날짜 미상" if y == "undated" else f"{y}년"
            out.append(link(urls.rel(page_url, f"{urls.ARTICLES}/y{y}/"), f"{label} ({len(years[y])})", raw_block=True))
        out.append("</nav>\n\n")
    out.append("## 최근 기사\n\n" if len(arts) > LATEST else "")
    out.append(html_list([_article_line(a, page_url) for a in arts[:LATEST]]))
    pages = {"articles/index.md": "".join(out)}
    if len(years) > 1:
        for y, items in years.items():
            pages.update(_year_pages(y, items))
    return pages


ARTICLES_PER_PAGE = 200


def _year_pages(y: str, items: list[Article]) -> dict[str, str]:
    """`articles/y2024.md` (newest first) and, past `ARTICLES_PER_PAGE` articles, `y2024-p2.md` …,
    each with links to the others."""
    label = "날짜 미상" if y == "undated" else f"{y}년"
    chunks = [items[i:i + ARTICLES_PER_PAGE] for i in range(0, len(items), ARTICLES_PER_PAGE)]
    url_of = lambda n: f"{urls.ARTICLES}/y{y}/" if n == 1 else f"{urls.ARTICLES}/y{y}-p{n}/"  # noqa: E731
    pages = {}
    for n, chunk in enumerate(chunks, 1):
        url = url_of(n)
        body = [front_matter(f"{label} 기사" + (f" ({n})" if n > 1 else "")), f"# {label} 기사\n\n{len(items)}건.\n\n"]
        if len(chunks) > 1:
            body.append('<nav class="xp-jump" aria-label="쪽">' + "".join(
                link(urls.rel(url, url_of(k)), f"{k}", raw_block=True) for k in range(1, len(chunks) + 1)
                if k != n) + "</nav>\n\n")
        body.append(html_list([_article_line(a, url) for a in chunk]))
        pages[urls.md_path(url)] = "".join(body)
    return pages


GLOSSARY_ONE_PAGE = 200
"""Up to this many terms the glossary is one page; beyond, a page per initial (≤ this many each)."""


def _term_line(t, page_url: str) -> str:
    gloss = f" ({esc.html(', '.join(t.glosses[:3]))})" if t.glosses else ""
    short = f" — {esc.html(_clip(t.short, 90))}" if t.short else ""
    return f"{link(urls.rel(page_url, urls.entity_url(t)), t.name, raw_block=True)}{gloss}{short}"


def _group_url(g: str, n: int = 1) -> str:
    letter = g.lower() if g.isalnum() else "etc"
    return f"{urls.GLOSSARY}/by/{letter}{'' if n == 1 else f'-{n}'}/"


def _glossary_group_pages(g: str, terms: list) -> dict[str, str]:
    chunks = [terms[i:i + GLOSSARY_ONE_PAGE] for i in range(0, len(terms), GLOSSARY_ONE_PAGE)]
    pages = {}
    for n, chunk in enumerate(chunks, 1):
        url = _group_url(g, n)
        title = f"용어집 — {g}" + (f" ({n}/{len(chunks)})" if len(chunks) > 1 else "")
        out = [front_matter(title, f"{g}(으)로 시작하는 용어 {len(terms)}개", NO_SIDEBAR), f"# {esc.md(title)}\n\n",
               f"{link(urls.rel(url, urls.GLOSSARY + '/'), '← 용어집')}\n\n"]
        out.append(html_list([_term_line(t, url) for t in chunk]))
        pages[urls.md_path(url)] = "".join(out)
    return pages


def render_glossary_pages(kb: KnowledgeBase) -> dict[str, str]:
    """`glossary/index.md`: every term grouped by initial on one page, or, past
    `GLOSSARY_ONE_PAGE` terms, a jump bar to a page per initial (`glossary/by/ㄱ/`)."""
    page_url = f"{urls.GLOSSARY}/"
    terms = sorted((e for e in kb.entities.values() if e.kind == TERM), key=lambda e: sort_key(e.name))
    groups: dict[str, list] = defaultdict(list)
    for t in terms:
        groups[initial_group(t.name)].append(t)
    order = [g for g in GROUP_ORDER if g in groups] + sorted(g for g in groups if g.isascii() and g.isalpha()) \
        + (["#"] if "#" in groups else [])
    out = [front_matter("용어집", f"용어 {len(terms)}개", NO_SIDEBAR), f"# 용어집\n\n기사에 나온 용어 {len(terms)}개. "
           "가나다순, 영문 약어는 A–Z.\n\n"]
    if not terms:
        return {"glossary/index.md": "".join(out) + "아직 용어가 없습니다.\n"}
    pages: dict[str, str] = {}
    paged = len(terms) > GLOSSARY_ONE_PAGE
    out.append('<nav class="xp-jump" aria-label="초성">')
    if paged:
        out.append("".join(link(urls.rel(page_url, _group_url(g)), f"{g} {len(groups[g])}", raw_block=True) for g in order))
        for g in order:
            pages.update(_glossary_group_pages(g, groups[g]))
    else:
        out.append("".join(f'<a href="#g-{_gid(g)}">{esc.html(g)}</a>' for g in order))
    out.append("</nav>\n\n")
    if paged:
        top = sorted(terms, key=lambda t: (-len(t.articles), sort_key(t.name)))[:30]
        out += ["**많이 나온 용어**\n\n", html_list([_term_line(t, page_url) for t in top])]
    else:
        for g in order:
            out.append(f'<h2 id="g-{_gid(g)}">{esc.html(g)}</h2>\n\n')
            out.append(html_list([_term_line(t, page_url) for t in groups[g]]))
    pages["glossary/index.md"] = "".join(out)
    return pages


def render_glossary_index(kb: KnowledgeBase) -> str:
    return render_glossary_pages(kb)["glossary/index.md"]


def _gid(g: str) -> str:
    return g if g.isascii() else f"u{ord(g):x}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"
