"""The page cache: an article or entity page is rendered again only when what it reads changed.

Each article and entity page is a pure function of the render context (`RenderContext`:
the knowledge base, related articles, co-occurrence, map layouts). Its key is a digest of
every part of the context its renderer reads (`PageKeys.article`, `PageKeys.entity`) and
of the rendering code itself (`code_version`); `<work>/cache/pages.pickle` keeps, by page
path, the key, the map layouts the page used and the size and mtime of the Markdown file
the build wrote (`PageCache`). A rebuild renders only the pages whose key changed, and
leaves the others' files in the docs folder as they are.

What each page reads, and so what its key holds:

* an article page: the article (its text, blocks and metadata), its analysis, the entity
  of each mention (`kb.mention_entity`), the entities it lists (`kb.article_entities`),
  its related articles and their titles, its mentions of each entity (the map), and the
  *face* of every entity it names: what any page shows of another entity (id, kind,
  name, forms, glosses, description, one-line explanation, roles);
* an entity page: the whole entity record, every article it cites (mentions, quotes,
  definitions, roles), its co-occurrence row with the face of each entity in it, the
  co-occurrence counts between its map's neighbours, and the term each related name
  resolves to.

Be conservative: an input missing here makes a rebuild differ from a clean build
(`tests/test_pagecache.py` compares a cached rebuild with a fresh render after changes
that reach other pages; `tests/test_incremental.py` compares whole sites). A change to
any rendering module, or to the model, link or URL code, changes `code_version` and so
every key. Home, index, listing, timeline, review and overview pages are cheap and are
always rendered.
"""
from __future__ import annotations

import dataclasses
import hashlib
import os
import pickle
import sys
from operator import attrgetter
from pathlib import Path

from .. import urls
from ..model import TERM, Entity
from .context import RenderContext
from .entity_map import neighbours

CACHE_FILE = "pages.pickle"
_PACKAGE = Path(__file__).resolve().parent.parent
_CODE = ("render/*.py", "urls.py", "slug.py", "model.py", "link.py", "pipeline.py", "config.py")
"""The code a page's Markdown depends on besides its inputs (globs under generator/)."""


def code_version() -> str:
    """Digest of the rendering code and the configuration values renderers read."""
    h = hashlib.sha256()
    for pattern in _CODE:
        for path in sorted(_PACKAGE.glob(pattern)):
            h.update(path.relative_to(_PACKAGE).as_posix().encode() + b"\0" + path.read_bytes())
    h.update(repr((urls.REPO_URL, urls.SITE_URL, urls.BRANCH, sys.version_info[:2])).encode())
    return h.hexdigest()


def _digest(value) -> str:
    return hashlib.blake2b(repr(value).encode("utf-8", "surrogatepass"), digest_size=16).hexdigest()


_GETTERS: dict[type, attrgetter] = {}


def _values(obj) -> tuple:
    """A dataclass instance's field values, in field order."""
    getter = _GETTERS.get(type(obj))
    if getter is None:
        getter = _GETTERS[type(obj)] = attrgetter(*[f.name for f in dataclasses.fields(obj)])
    return getter(obj)


def _flat(obj) -> tuple:
    """A dataclass record as plain tuples, for `repr`: its field values, each list or tuple
    of dataclasses (mentions, roles, quotes ...) as a list of their field values (what
    the dataclasses' own `repr` says, at a tenth of its cost; nested deeper, their `repr`)."""
    out = [type(obj).__name__]
    for v in _values(obj):
        if isinstance(v, (list, tuple)) and v and dataclasses.is_dataclass(v[0]):
            v = [(type(x).__name__, _values(x)) for x in v]
        out.append(v)
    return tuple(out)


def _face(ent: Entity) -> tuple:
    """What other pages show of an entity (links, pop-ups, map boxes, lists)."""
    return (ent.id, ent.kind, ent.name, ent.forms, ent.glosses, ent.description, ent.short,
            [_values(r) for r in ent.roles])


def _cited_articles(ent: Entity) -> list[str]:
    ids = {m.article_id for m in ent.mentions} | {q.article_id for q in ent.quotes}
    ids |= {r.article_id for r in ent.roles} | {d.article_id for d in ent.definitions if d.article_id}
    return sorted(ids)


class PageKeys:
    """The keys of a context's article and entity pages. Per-record digests are made once
    (lazily), so a page's key costs the digests of what it reads, not their text."""

    def __init__(self, ctx: RenderContext, code: str | None = None) -> None:
        self.ctx, self.kb = ctx, ctx.kb
        self.code = code if code is not None else code_version()
        self.faces = {eid: _digest(_face(ent)) for eid, ent in self.kb.entities.items()}
        self._articles: dict[str, str] = {}
        self._terms: dict[str, str] | None = None

    def face(self, eid: str | None) -> str | None:
        return self.faces.get(eid) if eid is not None else None

    def article_digest(self, aid: str) -> str | None:
        art = self.kb.articles.get(aid)
        if art is None:
            return None
        got = self._articles.get(aid)
        if got is None:
            got = self._articles[aid] = _digest((art.id, art.text, art.meta, art.blocks, art.title))
        return got

    def term_by_name(self) -> dict[str, str]:
        """Term name -> entity id, as `entity._related_terms` resolves names (the last wins)."""
        if self._terms is None:
            self._terms = {e.name: e.id for e in self.kb.entities.values() if e.kind == TERM}
        return self._terms

    def article(self, aid: str) -> str:
        kb, ctx = self.kb, self.ctx
        analysis = kb.analyses[aid]
        ids = kb.article_entities.get(aid, [])
        linked = [kb.mention_entity.get((aid, m.start, m.end)) for m in analysis.mentions]
        mine = ctx.mentions_by_article().get(aid, {})
        related = ctx.related.get(aid, [])
        return _digest((self.code, "a", aid, self.article_digest(aid), _flat(analysis), ids,
                        [(e, self.face(e)) for e in ids], [(e, self.face(e)) for e in linked],
                        [(r, n, self.article_digest(r)) for r, n in related],
                        [(e, [(m.sentence_start, m.sentence_end) for m in mine.get(e, ())]) for e in ids]))

    def entity(self, eid: str) -> str:
        ent, ctx, faces = self.kb.entities[eid], self.ctx, self.faces
        row = ctx.co.get(eid, {})
        around = [e for e, _n in neighbours(ent, ctx)]
        between = [(a, b, ctx.co.get(a, {}).get(b)) for a in around for b in around if a < b]
        terms = self.term_by_name()
        # the row's entities in its order (its ties decide what is listed), with their faces
        row_faces = hashlib.blake2b("".join([faces.get(o) or "-" for o in row]).encode(), digest_size=16).hexdigest()
        return _digest((self.code, "e", eid, _flat(ent), [(a, self.article_digest(a)) for a in _cited_articles(ent)],
                        list(row.items()), row_faces, between,
                        [(n, terms.get(n), self.face(terms.get(n))) for n in ent.related]))


def load(cache_dir: Path | None) -> dict[str, tuple]:
    """Page path -> (key, layout keys used, size, mtime in ns of its Markdown file), or {}
    without a readable cache."""
    if cache_dir is None:
        return {}
    try:
        with (cache_dir / CACHE_FILE).open("rb") as f:
            data = pickle.load(f)
        return data if isinstance(data, dict) else {}
    except (OSError, pickle.PickleError, EOFError, ValueError, TypeError, AttributeError):
        return {}


class PageCache:
    """One build's use of the cache: the pages of the last build whose Markdown the docs
    folder still holds as written (same size and mtime), and this build's keys.

    The Markdown itself is not copied into the cache: a page whose key is the recorded
    one, and whose file is the one the last build wrote, is kept as it is
    (`write.KEEP`): neither rendered, nor read, nor written. `save` records the files
    after the docs folder is written; a build that fails before leaves the last record,
    whose sizes and mtimes then no longer match the pages it rewrote."""

    def __init__(self, cache_dir: Path, docs_dir: Path) -> None:
        self.cache_dir, self.docs_dir = cache_dir, docs_dir
        self.old = load(cache_dir)
        self.new: dict[str, tuple[str, frozenset]] = {}

    def kept(self, path: str, key: str) -> frozenset | None:
        """The layout keys of the page at `path` if its file holds the Markdown of `key`."""
        entry = self.old.get(path)
        if not isinstance(entry, tuple) or len(entry) != 4 or entry[0] != key:
            return None
        try:
            st = os.stat(self.docs_dir / path)
        except OSError:
            return None
        return entry[1] if (st.st_size, st.st_mtime_ns) == entry[2:] else None

    def add(self, path: str, key: str, used: frozenset) -> None:
        self.new[path] = (key, used)

    def save(self) -> None:
        """After the docs folder is written: each page's key, with its file's size and mtime."""
        entries = {}
        for path, (key, used) in self.new.items():
            try:
                st = os.stat(self.docs_dir / path)
            except OSError:
                continue
            entries[path] = (key, used, st.st_size, st.st_mtime_ns)
        self.cache_dir.mkdir(parents=True, exist_ok=True)
        tmp = self.cache_dir / (CACHE_FILE + ".tmp")
        with tmp.open("wb") as f:
            pickle.dump(entries, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(self.cache_dir / CACHE_FILE)


def page_key(keys: PageKeys, kind: str, key: str) -> str:
    return keys.article(key) if kind == "a" else keys.entity(key)


__all__ = ["PageCache", "PageKeys", "code_version", "load", "page_key"]
