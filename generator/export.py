"""The knowledge base as open data (`data/kb.json` on the site).

Schema (version 1), documented in README ("Open data"):
{
  "schema": "korean-news-explainer/kb", "version": 1,
  "articles": [{"id", "title", "url", "date", "source", "source_url", "licence"}],
  "entities": [{"id", "kind", "name", "url", "forms", "glosses", "description", "category",
                "curated", "definitions": [{"text", "source", "article", "sentence"}],
                "roles": [{"title", "affiliation", "article", "date"}],
                "quotes": [{"article", "text", "start", "end", "verb"}],
                "mentions": [{"article", "start", "end", "text"}]}]
}
Offsets are Python string indices into the article file's decoded text, as in
`python -m generator extract --json`, whose ids are these entity ids.
"""
from __future__ import annotations

import json

from . import urls
from .model import KnowledgeBase

SCHEMA = "korean-news-explainer/kb"
VERSION = 1


def kb_to_dict(kb: KnowledgeBase) -> dict:
    arts = []
    for a in sorted(kb.articles.values(), key=lambda a: a.id):
        arts.append({"id": a.id, "title": a.title, "url": urls.article_url(a.id),
                     "date": a.meta.date.isoformat() if a.meta.date else None,
                     "source": a.meta.source, "source_url": a.meta.url, "licence": a.meta.licence})
    ents = []
    for e in sorted(kb.entities.values(), key=lambda e: e.id):
        ents.append({
            "id": e.id, "kind": e.kind, "name": e.name, "url": urls.entity_url(e),
            "forms": e.forms, "glosses": e.glosses, "description": e.description,
            "category": e.category, "curated": e.curated,
            "definitions": [{"text": d.text, "source": d.source, "article": d.article_id,
                             "sentence": d.sentence} for d in e.definitions],
            "roles": [{"title": r.title, "affiliation": r.affiliation, "article": r.article_id,
                       "date": r.date.isoformat() if r.date else None} for r in e.roles],
            "quotes": [{"article": q.article_id, "text": q.text, "start": q.start, "end": q.end,
                        "verb": q.verb} for q in e.quotes],
            "mentions": [{"article": m.article_id, "start": m.start, "end": m.end, "text": m.text}
                         for m in e.mentions],
        })
    return {"schema": SCHEMA, "version": VERSION, "articles": arts, "entities": ents}


def kb_to_json(kb: KnowledgeBase) -> str:
    return json.dumps(kb_to_dict(kb), ensure_ascii=False, separators=(",", ":"), sort_keys=False)
