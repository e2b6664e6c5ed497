"""What the search index holds: one `SearchDoc` per page, with weighted text fields.

Documents come from the knowledge base (articles, terms, actors: the model knows which
string is a name, a gloss, an abbreviation or a role) and, for the few other pages
(home, about, index pages), from Material's own `search/search_index.json`.

Field weights decide ranking (see `index.py`): a name or alias of a term or actor
weighs more than an article title, which weighs more than article text, so a query
that names an entity puts its page above the articles that mention it.
"""
from __future__ import annotations

import html
import json
import re
from urllib.parse import unquote
from dataclasses import dataclass, field
from pathlib import Path

from .. import urls
from ..model import BOILERPLATE, DECK, HEADLINE, ORGANIZATION, PERSON, PLACE, TERM, Article, KnowledgeBase

# Field weights (1..63 after combination; see index.py)
NAME = 48
"""The whole name of a term or actor."""
ALIAS = 40
"""Another form, English gloss, abbreviation or Hanja of a term or actor; a whole role title."""
NAME_PART = 28
"""A part of a name, alias or role (`정책` in 방산정책조정회의)."""
ENTITY_TEXT = 6
"""Definition, description, affiliation."""
TITLE = 16
DECK_W = 8
BODY = 2
"""Article text; grows slowly with the number of occurrences (index.py)."""
MENTIONED = 5
"""An article, under the name and forms of every entity it mentions (finds the article
by `AUKUS` even when its text only says 오커스)."""
PAGE_TITLE = 14

KIND_CODE = {TERM: "t", PERSON: "p", ORGANIZATION: "o", PLACE: "l"}
ARTICLE, PAGE = "a", "g"
TEASER_CHARS = 120
MAX_LABELS = 16


@dataclass
class SearchDoc:
    url: str
    """Site-root-relative directory URL, e.g. `glossary/aukus/`."""
    title: str
    kind: str
    """One letter: a article, t term, p person, o organization, l place, g other page."""
    teaser: str = ""
    labels: list[str] = field(default_factory=list)
    """Other names shown as `label → title` when a query matched through them."""
    fields: list[tuple[int, str, bool]] = field(default_factory=list)
    """(weight, text, whole): text to segment; `whole` also indexes the whole string
    as one term at that weight (names, aliases, roles)."""
    rank: float = 0.0
    """Order within the index (entities first, then by number of mentions)."""


def _short(s: str, n: int = TEASER_CHARS) -> str:
    s = " ".join(s.split())
    return s if len(s) <= n else s[: n - 1].rstrip() + "…"


def entity_docs(kb: KnowledgeBase) -> list[SearchDoc]:
    docs = []
    for ent in kb.entities.values():
        code = KIND_CODE.get(ent.kind)
        if code is None:
            continue
        d = SearchDoc(urls.entity_url(ent), ent.name, code, _short(ent.short),
                      rank=1e9 + len(ent.mentions) + (1e6 if ent.curated else 0))
        d.fields.append((NAME, ent.name, True))
        seen = {ent.name}
        for s in [*ent.forms, *ent.glosses, *(r.title for r in ent.roles if r.title)]:
            if s and s not in seen:
                seen.add(s)
                d.labels.append(s)
                d.fields.append((ALIAS, s, True))
        d.labels = d.labels[:MAX_LABELS]
        extra = [ent.description or "", ent.category or "", *(x.text for x in ent.definitions),
                 *(r.affiliation or "" for r in ent.roles)]
        d.fields += [(ENTITY_TEXT, s, False) for s in dict.fromkeys(extra) if s]
        docs.append(d)
    return docs


def article_fields(art: Article) -> list[tuple[int, str, bool]]:
    """The fields of an article's document that come from the article alone (title, deck,
    text), without the names of the entities it mentions."""
    fields = [(TITLE, art.title, False)]
    for b in art.blocks:
        if b.kind == BOILERPLATE or (b.kind == HEADLINE and b.text.strip() == art.title):
            continue
        fields.append((DECK_W if b.kind == DECK else BODY, b.text, False))
    return fields


def article_docs(kb: KnowledgeBase) -> list[SearchDoc]:
    docs = []
    for aid, art in kb.articles.items():
        deck = " ".join(b.text for b in art.deck)
        first = next((b.text for b in art.body if b.kind != "heading"), "")
        d = SearchDoc(urls.article_url(aid), art.title, ARTICLE, _short(deck or first),
                      rank=art.meta.date.toordinal() if art.meta.date else 0)
        d.fields += article_fields(art)
        for eid in kb.article_entities.get(aid, []):
            ent = kb.entities.get(eid)
            if ent is not None:
                for s in dict.fromkeys([ent.name, *ent.forms, *ent.glosses]):
                    d.fields.append((MENTIONED, s, True))
        docs.append(d)
    return docs


_TAG = re.compile(r"<[^>]+>")
LISTING_PREFIXES = (urls.ARTICLES + "/", urls.GLOSSARY + "/", urls.ACTORS + "/", "timeline/", "review/")
"""Generated listing pages name every entity: indexed by title only, or they would match
every query."""


def page_docs(site_dir: Path, known: set[str]) -> list[SearchDoc]:
    """Other pages, from the index Material's search plugin wrote (read before it is replaced)."""
    path = site_dir / "search" / "search_index.json"
    try:
        entries = json.loads(path.read_text(encoding="utf-8")).get("docs", [])
    except (OSError, ValueError):
        return []
    docs: dict[str, SearchDoc] = {}
    for e in entries:
        loc = unquote(e.get("location", ""))
        page, _, anchor = loc.partition("#")
        if page in known:
            continue
        title = html.unescape(_TAG.sub("", e.get("title", "")))
        text = html.unescape(_TAG.sub(" ", e.get("text", "")))
        if not anchor:
            d = docs[page] = SearchDoc(page, title, PAGE, _short(text), rank=-1)
            d.fields.append((PAGE_TITLE, title, True))
            if page.startswith(LISTING_PREFIXES):
                continue
            d.fields.append((BODY, text, False))
        elif page in docs and not page.startswith(LISTING_PREFIXES):
            docs[page].fields += [(BODY, title, False), (BODY, text, False)]
    return list(docs.values())


def collect(kb: KnowledgeBase, site_dir: Path | None = None) -> list[SearchDoc]:
    """Every document, entities first (they rank first and their records then share few
    chunks), then articles newest first, then other pages."""
    docs = entity_docs(kb) + article_docs(kb)
    if site_dir is not None:
        docs += page_docs(site_dir, {d.url for d in docs})
    docs.sort(key=lambda d: -d.rank)
    return docs
