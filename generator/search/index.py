"""Inverted index: build it from `SearchDoc`s, then write it as small static files.

Layout under `<site>/search/ko/` (all JSON, read by `javascripts/search-ko-worker.js`):

* `manifest.json` — `{"v", "n", "chunk", "buckets", "split"}`: build version, number of
  documents, documents per record chunk, number of term shards, and the first
  characters whose terms are sharded by their first *two* characters.
* `s/<i>.json` — term shard: `{term: [packed postings]}`. A term's shard is
  `fnv1a(key) % buckets`, where `key` is its first character (first two for a split
  character), so every term sharing a typed prefix of one or two characters sits in one
  shard and prefix matching reads one file. A posting packs `delta_doc * 64 + weight`
  (weight 1..63) with doc ids delta-coded in ascending order.
* `d/<k>.json` — document records `[url, title, kind, teaser, labels]` for ids
  `k*chunk … k*chunk+chunk-1`; the browser fetches only the chunks of the results it shows.

Weights (`documents.py` constants) are combined per (term, document) as the strongest
field, plus one for each further field the term occurs in, capped at 63.
"""
from __future__ import annotations

import hashlib
import json
import math
import shutil
from collections import defaultdict
from dataclasses import dataclass
from pathlib import Path
from typing import Iterator

from .cache import SegmentCache
from .documents import ALIAS, BODY, NAME_PART, SearchDoc
from .segment import Segmenter, normalise

MAX_W = 63
CHUNK = 32
"""Documents per record chunk: ~4 kB gzipped, so ten results cost at most ~40 kB."""
SHARD_BYTES = 24_000
"""Target raw size of a term shard."""
SPLIT_BYTES = 16_000
"""A first character whose terms exceed this is sharded by two characters."""
SEGMENT_CHARS = 1_000_000
"""Characters of document text per analyser call: only one batch's tokens are in memory
at a time (the whole text of 10,000 articles at once took about 2 GB more)."""


@dataclass
class Index:
    docs: list[SearchDoc]
    postings: dict[str, dict[int, int]]
    """term -> {doc id: weight 1..63}"""


def _body_weight(tf: int) -> int:
    return min(12, BODY + round(2 * math.log2(tf)))


def doc_weights(doc: SearchDoc, seg: Iterator[list[str]]) -> dict[str, int]:
    """`{term: weight}` of one document; `seg` yields the terms of its fields in order."""
    fields: dict[str, list[int]] = defaultdict(list)
    tf: dict[str, int] = defaultdict(int)
    for weight, text, whole, in doc.fields:
        terms = next(seg)
        if weight == BODY:
            for t in terms:
                tf[t] += 1
            continue
        full = normalise("".join(text.split())) if whole else ""
        if full:
            fields[full].append(weight)
        for t in dict.fromkeys(terms):
            if t != full:
                fields[t].append(NAME_PART if weight >= ALIAS else weight)
    for t, n in tf.items():
        fields[t].append(_body_weight(n))
    out: dict[str, int] = {}
    for t, ws in fields.items():
        ws.sort(reverse=True)
        out[t] = min(MAX_W, ws[0] + len(ws) - 1)
    return out


def build_index(docs: list[SearchDoc], segmenter: Segmenter, cache: SegmentCache | None = None) -> Index:
    """The inverted index of `docs`. With `cache`, documents whose weights it holds are
    not segmented again, and the cache is left holding exactly these documents."""
    entries: list[tuple[str, bytes] | None] = [None] * len(docs)
    keys: list[str] = []
    if cache is not None:
        keys = [cache.key(d.fields) for d in docs]
        found = cache.load(keys)
        entries = [found.get(k) for k in keys]
    todo = [i for i, e in enumerate(entries) if e is None]
    for batch in _batches(docs, todo, SEGMENT_CHARS):
        seg = iter(segmenter.terms([text for i in batch for (_w, text, _whole) in docs[i].fields]))
        for i in batch:
            entries[i] = pack_weights(doc_weights(docs[i], seg))
    if cache is not None:
        cache.save({keys[i]: entries[i] for i in todo}, set(keys))
    # the inversion: ~6.6 M postings at 10,000 articles, most of a warm build's time
    postings: dict[str, dict[int, int]] = {}
    get = postings.get
    for i, (terms, weights) in enumerate(entries):
        if terms:
            for t, v in zip(terms.split("\n") if isinstance(terms, str) else terms, weights):
                plist = get(t)
                if plist is None:
                    postings[t] = {i: v}
                else:
                    plist[i] = v
    return Index(docs, postings)


def _batches(docs: list[SearchDoc], todo: list[int], limit: int) -> Iterator[list[int]]:
    """`todo` in runs of documents of about `limit` characters of text."""
    batch: list[int] = []
    size = 0
    for i in todo:
        batch.append(i)
        size += sum(len(text) for _w, text, _whole in docs[i].fields)
        if size >= limit:
            yield batch
            batch, size = [], 0
    if batch:
        yield batch


def pack_weights(weights: dict[str, int]) -> tuple[str | list[str], bytes]:
    """A document's `{term: weight}` as (terms joined by newlines, one byte per weight):
    the form kept in the segmentation cache, which loads much faster than a pickled
    dict of millions of small strings. Terms have no white space (segmentation splits
    on it); should one ever hold a newline, the terms stay a list."""
    joined = "\n".join(weights)
    terms = joined if joined.count("\n") == len(weights) - 1 else list(weights)
    return terms, bytes(weights.values())


def fnv1a(s: str) -> int:
    """32-bit FNV-1a over code points (same as `fnv()` in the browser worker)."""
    h = 0x811C9DC5
    for ch in s:
        h ^= ord(ch)
        h = (h * 0x01000193) & 0xFFFFFFFF
    return h


def _pack(plist: dict[int, int]) -> list[int]:
    out, prev = [], 0
    for doc in sorted(plist):
        out.append((doc - prev) * 64 + plist[doc])
        prev = doc
    return out


def _dump(obj) -> bytes:
    return json.dumps(obj, ensure_ascii=False, separators=(",", ":")).encode("utf-8")


def write_index(index: Index, out: Path, chunk: int = CHUNK, shard_bytes: int = SHARD_BYTES,
                split_bytes: int = SPLIT_BYTES) -> dict[str, int]:
    """Write the files described in the module docstring; returns size statistics."""
    if out.exists():
        shutil.rmtree(out)
    (out / "s").mkdir(parents=True)
    (out / "d").mkdir()
    # each term and its postings as JSON, once: the shards are joined from these pieces
    packed = {t: (_dump(t), _dump(_pack(p))) for t, p in sorted(index.postings.items())}
    size = {t: len(jt) + len(jp) + 2 for t, (jt, jp) in packed.items()}
    by_first: dict[str, int] = defaultdict(int)
    for t, n in size.items():
        by_first[t[0]] += n
    split = {c for c, n in by_first.items() if n > split_bytes}
    total = sum(size.values())
    buckets = max(1, math.ceil(total / shard_bytes))

    def key(t: str) -> str:
        return t[:2] if t[0] in split and len(t) > 1 else t[0]

    shards: list[list[bytes]] = [[] for _ in range(buckets)]
    split_map: dict[str, set[int]] = defaultdict(set)
    for t, (jt, jp) in packed.items():
        b = fnv1a(key(t)) % buckets
        shards[b].append(jt + b":" + jp)
        if t[0] in split:
            split_map[t[0]].add(b)
    written = 0
    for b, shard in enumerate(shards):
        data = b"{" + b",".join(shard) + b"}"  # what `_dump` makes of the shard's mapping
        (out / "s" / f"{b}.json").write_bytes(data)
        written += len(data)
    docs = index.docs
    records = [[d.url, d.title, d.kind, d.teaser, d.labels] if d.labels else [d.url, d.title, d.kind, d.teaser]
               for d in docs]
    nchunks = 0
    for k in range(0, len(records), chunk):
        data = _dump(records[k:k + chunk])
        (out / "d" / f"{k // chunk}.json").write_bytes(data)
        written += len(data)
        nchunks += 1
    version = hashlib.sha256(_dump([len(docs), total, sorted(size.items())[:50],
                                    [d.url for d in docs[:50]]])).hexdigest()[:10]
    manifest = {"v": version, "n": len(docs), "chunk": chunk, "buckets": buckets,
                "split": {c: sorted(bs) for c, bs in sorted(split_map.items())}}
    data = _dump(manifest)
    (out / "manifest.json").write_bytes(data)
    written += len(data)
    return {"search_docs": len(docs), "search_terms": len(packed), "search_shards": buckets,
            "search_chunks": nchunks, "search_bytes": written}
