"""Article page: headline, deck, metadata, key points, linked body, "in this article"."""
from __future__ import annotations

from collections import Counter

from .. import urls
from ..model import (DECK, HEADING, PARAGRAPH, Analysis, Article, KnowledgeBase,
                     Mention)
from . import esc
from .common import KIND_LABEL, date_ko, front_matter, link, source_label
from .context import RenderContext
from .graph import article_map


def _linked_html(article: Article, start: int, end: int, mentions: list[tuple[Mention, str]],
                 kb: KnowledgeBase, page_url: str) -> str:
    """Escaped text of `article.text[start:end]`, with the given mentions as links."""
    out: list[str] = []
    pos = start
    for m, eid in mentions:
        if m.start < pos or m.end > end:
            continue
        ent = kb.entities[eid]
        out.append(esc.html(article.text[pos:m.start]))
        cls = "xp-link xp-" + ent.kind
        out.append(link(urls.rel(page_url, urls.entity_url(ent)), m.text, cls, _tip(ent, article.id),
                        raw_block=True))
        pos = m.end
    out.append(esc.html(article.text[pos:end]))
    return "".join(out)


TIP_CHARS = 90
"""About two lines of a pop-up."""


def _tip(ent, article_id: str | None = None) -> str:
    """Tooltip text: who or what it is in this article (role and affiliation here), else the
    explanation or profile line (about two lines), else what kind of thing it is."""
    here = next((r for r in ent.roles if r.article_id == article_id), None)
    if here:
        return shorten(_role_here(ent, here), TIP_CHARS)
    if ent.short and ent.short != ent.name:
        return shorten(ent.short, TIP_CHARS)
    return f"{ent.name} — {KIND_LABEL.get(ent.kind, ent.kind)}"


def _role_here(ent, here) -> str:
    """The role the article gives, with its body; a bare title ("의원") borrows the body the
    other articles give with the same title ("정의당 의원"), else is followed by the profile's
    description ("대통령 · 대한민국 제18대 대통령(2013~2017).")."""
    if here.affiliation:
        return f"{here.affiliation} {here.title}"
    bodies = Counter(r.affiliation for r in ent.roles if r.affiliation and r.title == here.title)
    if bodies:
        return f"{bodies.most_common(1)[0][0]} {here.title}"
    if ent.description:
        return f"{here.title} · {ent.description}"
    return here.title


def shorten(text: str, limit: int) -> str:
    """The first sentence of `text`, cut at a space before `limit` characters."""
    first = text.split(". ")[0].rstrip(".") + "."  if ". " in text else text
    if len(first) <= limit:
        return first
    cut = first[:limit].rsplit(" ", 1)[0]
    return cut.rstrip(",·") + "…"


def first_mentions(article: Article, analysis: Analysis, kb: KnowledgeBase) -> list[tuple[Mention, str]]:
    """The first mention of each entity in the body, in reading order (the ones that get
    links; the headline, deck and headings are not linked)."""
    seen: set[str] = set()
    out = []
    paras = [(b.start, b.end) for b in article.blocks if b.kind == PARAGRAPH]
    in_body = lambda m: any(s <= m.start and m.end <= e for s, e in paras)  # noqa: E731
    for m in sorted(analysis.mentions, key=lambda m: (m.start, -m.end)):
        if not in_body(m):
            continue
        eid = kb.mention_entity.get((article.id, m.start, m.end))
        if eid is None or eid in seen or eid not in kb.entities:
            continue
        if out and m.start < out[-1][0].end:  # overlapping an earlier link
            continue
        seen.add(eid)
        out.append((m, eid))
    return out


def render_article(article: Article, analysis: Analysis, kb: KnowledgeBase,
                   related: list[tuple[str, int]], ctx: RenderContext | None = None) -> str:
    page_url = urls.article_url(article.id)
    deck = " ".join(b.text for b in article.deck)
    parts = [front_matter(article.title, deck or _first_sentence(article))]
    parts.append(f"# {esc.md(article.title)}\n")
    for idx, b in enumerate(article.blocks):
        if b.kind == DECK:
            parts.append(f'<p id="p{idx}" class="xp-deck">{esc.html(b.text)}</p>\n\n')
    parts.append(_meta_line(article))

    if analysis.key_sentences:
        parts.append('!!! abstract "핵심 요약"\n')
        for s in analysis.key_sentences:
            parts.append(f"    - {esc.md(article.text[s.start:s.end])}\n")
        parts.append("\n")

    links = first_mentions(article, analysis, kb)
    for idx, b in enumerate(article.blocks):
        if b.kind == HEADING:
            text = b.text.lstrip("●■◆◇▶▣ ").strip()
            parts.append(f'<h2 id="p{idx}" class="xp-section">{esc.html(text)}</h2>\n\n')
        elif b.kind == PARAGRAPH:
            body = _linked_html(article, b.start, b.end, links, kb, page_url)
            parts.append(f'<p id="p{idx}" class="xp-para">{body}</p>\n\n')

    parts.append(_in_this_article(article, analysis, kb, page_url, ctx))
    if related:
        parts.append("## 관련 기사\n\n")
        for rid, shared in related:
            r = kb.articles[rid]
            parts.append(f"- {link(urls.rel(page_url, urls.article_url(rid)), r.title)}"
                         f" <small>공유 항목 {shared}개</small>\n")
        parts.append("\n")
    return "".join(parts)


def _first_sentence(article: Article) -> str:
    p = next((b for b in article.blocks if b.kind == PARAGRAPH), None)
    return p.text[:160] if p else ""


def _meta_line(article: Article) -> str:
    m = article.meta
    bits = []
    if m.date:
        bits.append(f'<time datetime="{m.date.isoformat()}">{date_ko(m.date)}</time>')
    if m.source and m.url and m.url.startswith(("https://", "http://")):
        bits.append(f'출처: <a href="{esc.html(m.url)}" rel="nofollow noopener">{esc.html(source_label(m.source))}</a>')
    elif m.url and m.url.startswith(("https://", "http://")):
        bits.append(f'<a href="{esc.html(m.url)}" rel="nofollow noopener">원문</a>')
    elif m.source and m.source.startswith(("http://", "https://")):
        bits.append(f'출처: <a href="{esc.html(m.source)}" rel="nofollow noopener">{esc.html(source_label(m.source))}</a>')
    elif m.source:
        bits.append(f"출처: {esc.html(m.source)}")
    if m.author:
        bits.append(esc.html(m.author))
    if m.licence:
        bits.append(f"라이선스: {esc.html(m.licence)}")
    if not bits:
        bits.append("출처 정보 없음")
    return '<p class="xp-meta">' + " · ".join(bits) + "</p>\n\n"


FIGURE_CONTEXT = 28
"""Characters of the sentence shown before a figure (what it counts), cut at a space."""


def _figure_in_context(article: Article, analysis: Analysis, f) -> str:
    """`…방류할 오염수 <mark>134만 톤</mark> 가운데…`: a figure with the words that say what it counts."""
    sent = next((sp for sp in analysis.sentences if sp.start <= f.start < sp.end), None)
    lo, hi = (sent.start, sent.end) if sent else (f.start, f.end)
    left = article.text[max(lo, f.start - FIGURE_CONTEXT):f.start]
    if f.start - FIGURE_CONTEXT > lo and " " in left:
        left = "…" + left.split(" ", 1)[1]
    right = article.text[f.end:min(hi, f.end + 12)]
    if f.end + 12 < hi and " " in right:
        right = right.rsplit(" ", 1)[0] + "…"
    return f"{esc.md(left.lstrip())}<mark>{esc.md(f.text)}</mark>{esc.md(right.rstrip())}"


def _tab(label: str, lines: list[str]) -> str:
    """A Material content tab (pymdownx.tabbed): the label is generator text, the
    lines are already escaped Markdown list items."""
    return f'=== "{label}"\n\n' + "".join(f"    {line}\n" for line in lines) + "\n"


def _in_this_article(article: Article, analysis: Analysis, kb: KnowledgeBase, page_url: str,
                     ctx: RenderContext | None = None) -> str:
    ids = kb.article_entities.get(article.id, [])
    if not ids and not analysis.quotes and not analysis.figures:
        return ""
    out = ["## 이 기사에서\n\n"]
    terms = [kb.entities[i] for i in ids if kb.entities[i].kind == "term"]
    actors = [kb.entities[i] for i in ids if kb.entities[i].kind != "term"]
    by_name = {}
    for a in actors:
        for f in (a.name, *a.forms):
            by_name.setdefault(f, a)
    if terms:
        lines = []
        for t in terms:
            gloss = f" ({esc.md(', '.join(t.glosses[:3]))})" if t.glosses else ""
            lines.append(f"- {link(urls.rel(page_url, urls.entity_url(t)), t.name)}{gloss}"
                         f"{': ' + esc.md(t.short) if t.short and t.short != t.name else ''}")
        out.append(_tab(f"용어 {len(terms)}", lines))
    if actors:
        lines = []
        for a in actors:
            role = next((r for r in a.roles if r.article_id == article.id), None)
            desc = " ".join(x for x in (role.affiliation, role.title) if x) if role else ""
            lines.append(f"- {link(urls.rel(page_url, urls.entity_url(a)), a.name)}"
                         f" <small>{KIND_LABEL.get(a.kind, a.kind)}</small>"
                         f"{' — ' + esc.md(desc) if desc else ''}")
        out.append(_tab(f"인물·기관 {len(actors)}", lines))
    if analysis.quotes:
        lines = []
        for q in analysis.quotes:
            ent = by_name.get(q.speaker) if q.speaker else None
            who = (link(urls.rel(page_url, urls.entity_url(ent)), ent.name) if ent
                   else esc.md(q.speaker) if q.speaker else "화자 미상")
            lines.append(f"- <q>{esc.md(q.text)}</q> — {who}")
        out.append(_tab(f"발언 {len(analysis.quotes)}", lines))
    if analysis.figures:
        lines = []
        for f in analysis.figures:
            conv = f" (≈ {esc.md(f.conversion)})" if f.conversion else ""
            lines.append(f"- {_figure_in_context(article, analysis, f)}{conv}")
        out.append(_tab(f"수치 {len(analysis.figures)}", lines))
    figure = article_map(article.id, kb, page_url, ctx=ctx)
    if figure:
        out.append("### 관계 지도\n\n" + figure + "\n\n")
    return "".join(out)
