"""Term and actor pages: definition or roles, forms, quotes, mentions in context."""
from __future__ import annotations

from collections import Counter

from .. import urls
from ..model import TERM, Entity, KnowledgeBase, MentionRef
from . import esc
from .common import KIND_LABEL, date_ko, front_matter, html_list, link
from .context import RenderContext
from .entity_map import entity_map

MAX_CONTEXTS = 50
"""Mentions listed with their sentence on an entity page; the rest are counted."""


def _context(kb: KnowledgeBase, m: MentionRef) -> str:
    """The sentence around a mention, the mention itself highlighted."""
    text = kb.articles[m.article_id].text
    s, e = m.sentence_start, m.sentence_end
    if e - s > 300:  # very long sentence: keep a window around the mention
        s, e = max(s, m.start - 120), min(e, m.end + 120)
    return (esc.html(text[s:m.start].lstrip() if s < m.start else "") +
            f"<mark>{esc.html(text[m.start:m.end])}</mark>" + esc.html(text[m.end:e].rstrip()))


MAX_LISTED = 100
"""Articles listed on an entity page (the newest); older ones are on pages of their own."""
ARTICLES_PER_PAGE = 200


def _article_order(ent: Entity, kb: KnowledgeBase) -> tuple[list[str], dict[str, list[MentionRef]]]:
    """The entity's articles, newest first, and its mentions in each."""
    by_article: dict[str, list[MentionRef]] = {}
    for m in ent.mentions:
        by_article.setdefault(m.article_id, []).append(m)
    dated = lambda aid: kb.articles[aid].meta.date  # noqa: E731
    order = sorted(by_article, key=lambda aid: (dated(aid) is None, -(dated(aid).toordinal() if dated(aid) else 0), aid))
    return order, by_article


def _article_item(kb: KnowledgeBase, aid: str, page_url: str) -> str:
    art = kb.articles[aid]
    date = f" <small>{date_ko(art.meta.date)}</small>" if art.meta.date else ""
    return f"{link(urls.rel(page_url, urls.article_url(aid)), art.title, raw_block=True)}{date}"


def _older_url(ent: Entity, n: int) -> str:
    return f"{urls.entity_url(ent)}p{n}/"


def _mentions_section(ent: Entity, kb: KnowledgeBase, page_url: str) -> list[str]:
    """The newest `MAX_LISTED` articles (the first `MAX_CONTEXTS` with the sentence), and
    links to the pages that list the older ones."""
    order, by_article = _article_order(ent, kb)
    items = []
    for shown, aid in enumerate(order[:MAX_LISTED]):
        item = _article_item(kb, aid, page_url)
        if shown < MAX_CONTEXTS:
            art, m = kb.articles[aid], by_article[aid][0]
            kind = art.blocks[m.block].kind if m.block < len(art.blocks) else ""
            frag = f"#p{m.block}" if kind in ("paragraph", "heading", "deck") else ""
            anchor = esc.html(urls.rel(page_url, urls.article_url(aid) + frag))
            item += (f'\n<span class="xp-context">{_context(kb, m)}</span> '
                     f'<a href="{anchor}" aria-label="문단으로 가기">¶</a>')
        items.append(item)
    out = [f"## 나온 기사 ({len(ent.articles)})\n\n", html_list(items)]
    older = len(order) - MAX_LISTED
    if older > 0:
        pages = -(-older // ARTICLES_PER_PAGE)
        links = " ".join(link(urls.rel(page_url, _older_url(ent, n + 2)), f"{n + 1}", raw_block=True)
                         for n in range(pages))
        out.append(f'<nav class="xp-jump" aria-label="이전 기사">이전 기사 {older}건: {links}</nav>\n\n')
    return out


def render_older_articles(ent: Entity, kb: KnowledgeBase) -> dict[str, str]:
    """Pages `…/p2/`, `…/p3/` listing the entity's older articles (title and date), so no
    page grows with the corpus."""
    order, _ = _article_order(ent, kb)
    older = order[MAX_LISTED:]
    pages: dict[str, str] = {}
    for k in range(0, len(older), ARTICLES_PER_PAGE):
        n = k // ARTICLES_PER_PAGE + 2
        url = _older_url(ent, n)
        head = f"{ent.name} — 이전 기사 {k + 1}–{min(k + ARTICLES_PER_PAGE, len(older))}"
        body = [front_matter(head), f"# {esc.md(head)}\n\n",
                f"{link(urls.rel(url, urls.entity_url(ent)), ent.name)}의 기사 {len(order)}건 가운데 "
                f"{MAX_LISTED + k + 1}번째부터.\n\n"]
        body.append(html_list([_article_item(kb, aid, url) for aid in older[k:k + ARTICLES_PER_PAGE]]))
        pages[urls.md_path(url)] = "".join(body)
    return pages


def render_all_older_articles(kb: KnowledgeBase) -> dict[str, str]:
    pages: dict[str, str] = {}
    for ent in kb.entities.values():
        if len(ent.articles) > MAX_LISTED:
            pages.update(render_older_articles(ent, kb))
    return pages


def _related(ent: Entity, kb: KnowledgeBase, page_url: str, co: Counter) -> list[str]:
    if not co:
        return []
    rows = []
    terms = [(i, n) for i, n in co.most_common() if kb.entities[i].kind == TERM][:10]
    actors = [(i, n) for i, n in co.most_common() if kb.entities[i].kind != TERM][:10]
    for label, items in (("용어", terms), ("인물·기관", actors)):
        if items:
            links = ", ".join(link(urls.rel(page_url, urls.entity_url(kb.entities[i])), kb.entities[i].name,
                                   raw_block=True) + f" <small>{n}</small>" for i, n in items)
            rows.append(f"<strong>{label}</strong>: {links}")
    return ["## 함께 나온 항목\n\n", html_list(rows)]


def _forms(ent: Entity) -> list[str]:
    forms = [f for f in dict.fromkeys(ent.glosses + ent.forms) if f != ent.name]
    return [f"**다른 이름**: {esc.md(' · '.join(forms))}\n\n"] if forms else []


def _explanation(ent: Entity, kb: KnowledgeBase, page_url: str) -> list[str]:
    """The lead: the definition (curated or base), else the best one an article gives."""
    extracted = [d for d in ent.definitions if d.source == "extracted"]
    if ent.description:
        return [f'<p class="xp-lead">{esc.html(ent.description)}</p>\n\n']
    if not extracted:
        return []
    first = extracted[0]
    lead = f"{first.text}의 하나" if first.kind == "category" else first.text
    out = [f'<p class="xp-lead">{esc.html(lead)}</p>\n\n']
    return out


def _source_label(ent: Entity) -> str:
    if ent.description:
        return "설명: 기본 용어집" if ent.base else "설명: 이 사이트의 용어집"
    return "설명: 기사에서 찾음" if ent.definitions else ""


def _other_explanations(ent: Entity, kb: KnowledgeBase, page_url: str) -> list[str]:
    """Every sentence an article defines the term in (the lead's source first)."""
    defs = [d for d in ent.definitions if d.source == "extracted" and d.sentence]
    if not defs:
        return []
    items = []
    for d in defs[:5]:
        src = link(urls.rel(page_url, urls.article_url(d.article_id)), kb.articles[d.article_id].title, raw_block=True)
        items.append(f"<q>{esc.html(d.sentence)}</q> <small>{src}</small>")
    return ["## 기사 속 설명\n\n", html_list(items)]


def _related_terms(ent: Entity, kb: KnowledgeBase, page_url: str) -> list[str]:
    by_name = {e.name: e for e in kb.entities.values() if e.kind == TERM}
    items = [by_name[n] for n in ent.related if n in by_name and n != ent.name]
    if not items:
        return []
    links = ", ".join(link(urls.rel(page_url, urls.entity_url(e)), e.name) for e in items)
    return [f"**관련 용어**: {links}\n\n"]


def _contribute(ent: Entity, kb: KnowledgeBase) -> list[str]:
    """One click to correct the entry (its file on GitHub) or to propose a definition."""
    edit = _edit_link(ent)
    if edit:
        return edit
    first = ent.definitions[0].text if ent.definitions else ""
    prop = urls.propose_url(ent.name, None, first)
    if prop:
        return [f'<p class="xp-edit"><a href="{esc.html(prop)}" rel="nofollow">더 나은 설명 제안하기</a></p>\n']
    return []


def _map(ent: Entity, ctx: RenderContext | None, page_url: str) -> list[str]:
    figure = entity_map(ent, ctx, page_url) if ctx is not None else ""
    return ["## 관계 지도\n\n", figure, "\n\n"] if figure else []


def render_term(ent: Entity, kb: KnowledgeBase, co: Counter, ctx: RenderContext | None = None) -> str:
    page_url = urls.entity_url(ent)
    title = ent.name + (f" ({ent.glosses[0]})" if ent.glosses else "")
    out = [front_matter(title, ent.short), f"# {esc.md(title)}\n\n"]
    out += _explanation(ent, kb, page_url)
    bits = ["용어", ent.category, f"기사 {len(ent.articles)}건", _source_label(ent)]
    out.append(f'<p class="xp-meta">{esc.html(" · ".join(b for b in bits if b))}</p>\n\n')
    out += _forms(ent)
    out += _related_terms(ent, kb, page_url)
    out += _other_explanations(ent, kb, page_url)
    out += _mentions_section(ent, kb, page_url)
    out += _map(ent, ctx, page_url)
    out += _related(ent, kb, page_url, co)
    out += _contribute(ent, kb)
    return "".join(out)


def _roles(ent: Entity, kb: KnowledgeBase, page_url: str) -> list[str]:
    """Each distinct role once, with the dates the articles give it and where it was read."""
    groups: dict[str, list] = {}
    for r in sorted(ent.roles, key=lambda r: (r.date is None, r.date or 0, r.article_id)):
        groups.setdefault(" ".join(x for x in (r.affiliation, r.title) if x), []).append(r)
    items = []
    for label, rs in groups.items():
        dates = sorted(r.date for r in rs if r.date)
        when = ""
        if dates:
            when = date_ko(dates[0]) if dates[0] == dates[-1] else f"{date_ko(dates[0])}–{date_ko(dates[-1])}"
        first = rs[0]
        src = link(urls.rel(page_url, urls.article_url(first.article_id)), kb.articles[first.article_id].title,
                   raw_block=True)
        more = f" 외 {len(rs) - 1}건" if len(rs) > 1 else ""
        items.append(f"<strong>{esc.html(label)}</strong> — <small>{when + ' · ' if when else ''}{src}{more}</small>")
    return ["## 직함과 소속\n\n", html_list(items)]


def render_actor(ent: Entity, kb: KnowledgeBase, co: Counter, ctx: RenderContext | None = None) -> str:
    page_url = urls.entity_url(ent)
    out = [front_matter(ent.name, ent.short), f"# {esc.md(ent.name)}\n\n"]
    if ent.short:
        out.append(f'<p class="xp-lead">{esc.html(ent.short)}</p>\n\n')
    out.append(f'<p class="xp-meta">{KIND_LABEL.get(ent.kind, ent.kind)} · 기사 {len(ent.articles)}건</p>\n\n')
    out += _forms(ent)
    if ent.roles:
        # A list, not a table: four columns do not fit a phone screen.
        out += _roles(ent, kb, page_url)
    if ent.quotes:
        out.append(f"## 발언 ({len(ent.quotes)})\n\n")
        for q in ent.quotes[:MAX_CONTEXTS]:
            art = kb.articles[q.article_id]
            src = link(urls.rel(page_url, urls.article_url(q.article_id)), art.title, raw_block=True)
            out.append(f"<blockquote>\n<p>{esc.html(q.text)}</p>\n"
                       f"<p>— {src}{' ' + date_ko(art.meta.date) if art.meta.date else ''}</p>\n</blockquote>\n\n")
    out += _mentions_section(ent, kb, page_url)
    out += _map(ent, ctx, page_url)
    out += _related(ent, kb, page_url, co)
    out += _edit_link(ent)
    return "".join(out)


def _edit_link(ent: Entity) -> list[str]:
    """"이 설명 고치기": the entry's file and line on GitHub (named in the link's title, not in
    the text a reader reads)."""
    edit = urls.edit_url(ent.source)
    if not edit:
        return []
    return [f'<p class="xp-edit"><a href="{esc.html(edit)}" rel="nofollow" '
            f'title="{esc.html(ent.source or "")}">이 설명 고치기</a></p>\n']
