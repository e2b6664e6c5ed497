"""Index pages: article list (by year), timeline, glossary (가나다 groups), actors by kind."""
from __future__ import annotations

import unicodedata
from collections import defaultdict

from .. import urls
from ..model import ORGANIZATION, PERSON, PLACE, TERM, Article, KnowledgeBase
from . import esc
from .common import KIND_LABEL, NO_SIDEBAR, date_ko, front_matter, link

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
    date = f" <small>{date_ko(a.meta.date)}</small>" if a.meta.date else ""
    deck = next((b.text for b in a.deck), "")
    sub = f"  \n  <small>{esc.md(deck)}</small>" if deck else ""
    return f"- {link(urls.rel(page_url, urls.article_url(a.id)), a.title)}{date}{sub}\n"


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
    for a in arts[:LATEST]:
        out.append(_article_line(a, page_url))
    pages = {"articles/index.md": "".join(out)}
    if len(years) > 1:
        for y, items in years.items():
            url = f"{urls.ARTICLES}/y{y}/"
            label = "날짜 미상" if y == "undated" else f"{y}년"
            body = [front_matter(f"{label} 기사"), f"# {label} 기사\n\n{len(items)}건.\n\n"]
            body += [_article_line(a, url) for a in items]
            pages[f"articles/y{y}.md"] = "".join(body)
    return pages


def render_timeline(kb: KnowledgeBase) -> str:
    page_url = "timeline/"
    arts = sorted((a for a in kb.articles.values() if a.meta.date), key=lambda a: (a.meta.date, a.id))
    out = [front_matter("연표", "날짜순으로 본 기사", NO_SIDEBAR), "# 연표\n\n"]
    undated = len(kb.articles) - len(arts)
    if not arts:
        out.append("날짜가 적힌 기사가 없습니다. 기사 머리말에 `date: YYYY-MM-DD`를 적으면 연표에 나옵니다.\n\n")
    month = None
    for a in arts:
        m = (a.meta.date.year, a.meta.date.month)
        if m != month:
            month = m
            out.append(f"\n## {m[0]}년 {m[1]}월\n\n")
        ids = kb.article_entities.get(a.id, [])
        who = [kb.entities[i].name for i in ids if kb.entities[i].kind in (PERSON, ORGANIZATION)][:3]
        extra = f" <small>{esc.md(', '.join(who))}</small>" if who else ""
        out.append(f"- {a.meta.date.day}일 — {link(urls.rel(page_url, urls.article_url(a.id)), a.title)}{extra}\n")
    if undated:
        out.append(f"\n날짜가 없는 기사 {undated}건은 [기사 목록](../articles/index.md)에 있습니다.\n")
    return "".join(out)


def render_glossary_index(kb: KnowledgeBase) -> str:
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
        out.append("아직 용어가 없습니다.\n")
        return "".join(out)
    out.append('<nav class="xp-jump" aria-label="초성">')
    out.append("".join(f'<a href="#g-{_gid(g)}">{esc.html(g)}</a>' for g in order))
    out.append("</nav>\n\n")
    for g in order:
        out.append(f'<h2 id="g-{_gid(g)}">{esc.html(g)}</h2>\n\n')
        for t in groups[g]:
            gloss = f" ({esc.md(', '.join(t.glosses[:3]))})" if t.glosses else ""
            short = f" — {esc.md(_clip(t.short, 90))}" if t.short else ""
            out.append(f"- {link(urls.rel(page_url, urls.entity_url(t)), t.name)}{gloss}{short}\n")
        out.append("\n")
    return "".join(out)


def _gid(g: str) -> str:
    return g if g.isascii() else f"u{ord(g):x}"


def _clip(s: str, n: int) -> str:
    return s if len(s) <= n else s[: n - 1] + "…"


def render_actors_index(kb: KnowledgeBase) -> str:
    page_url = f"{urls.ACTORS}/"
    out = [front_matter("인물·기관", "기사에 나온 사람, 기관, 나라", NO_SIDEBAR), "# 인물·기관\n\n"]
    labels = {PERSON: "인물", ORGANIZATION: "기관·단체", PLACE: "국가·지역"}
    present = [k for k in labels if any(e.kind == k for e in kb.entities.values())]
    if present:
        out.append('<nav class="xp-jump" aria-label="종류">')
        out.append("".join(f'<a href="#{k}">{labels[k]}</a>' for k in present))
        out.append("</nav>\n\n")
    for kind in present:
        ents = sorted((e for e in kb.entities.values() if e.kind == kind),
                      key=lambda e: (-len(e.articles), sort_key(e.name)))
        out.append(f'<h2 id="{kind}">{labels[kind]} ({len(ents)})</h2>\n\n')
        for e in ents:
            n = len(e.articles)
            short = f" — {esc.md(_clip(e.short, 60))}" if e.short else ""
            out.append(f"- {link(urls.rel(page_url, urls.entity_url(e)), e.name)}{short} <small>기사 {n}건</small>\n")
        out.append("\n")
    others = [e for e in kb.entities.values() if e.kind not in labels and e.kind != TERM]
    if others:
        out.append(f'<h2 id="other">기타 ({len(others)})</h2>\n\n')
        for e in sorted(others, key=lambda e: sort_key(e.name)):
            out.append(f"- {link(urls.rel(page_url, urls.entity_url(e)), e.name)} "
                       f"<small>{KIND_LABEL.get(e.kind, e.kind)}</small>\n")
    if not present and not others:
        out.append("아직 인물이나 기관이 없습니다.\n")
    return "".join(out)
