"""Measure the Korean search index at the dev corpus' size and at 10,000 articles.

    .venv/bin/python scripts/bench_search.py [--articles 10000] [--work /tmp/bench-search]

1. Imports tests/fixtures/wikinews-dev.csv (322 articles) plus the founding article and
   runs the real pipeline up to the knowledge base (analysis is cached in --work, so a
   second run starts in seconds).
2. Builds the search index for that knowledge base, then for a synthetic corpus of
   --articles articles made of the dev corpus' real sentences reshuffled (titles reused
   with a number; each article mentions the entities of the articles it borrowed from).
3. Prints index build time, total index size, and what a reader's browser downloads for
   a first search (worker script, Material's cut-down search_index.json, manifest, the
   shards a query reads, the record chunks of its top results), raw and gzipped, next
   to the size of one Material-style index holding the same text.

At 10,000 articles the analyser sees each distinct sentence once (`SentenceMemo`): the
synthetic corpus repeats sentences, a real one would not, so the analysis time of a
real corpus is extrapolated from the measured analyser throughput and printed apart.
"""
from __future__ import annotations

import argparse
import gzip
import json
import random
import re
import shutil
import sys
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from generator.config import Options  # noqa: E402
from generator.importer import import_file  # noqa: E402
from generator.model import (DECK, HEADLINE, PARAGRAPH, Article, ArticleMeta, Block,  # noqa: E402
                             KnowledgeBase)
from generator.search import SegmentCache, Segmenter, build_index, collect, write_index  # noqa: E402
from generator.search.documents import BODY  # noqa: E402
from generator.search.index import fnv1a  # noqa: E402
from generator.search.segment import normalise  # noqa: E402

QUERIES = ["정책", "오커스를", "AUKUS", "military", "岸田文雄", "국가안보보좌관", "나사", "일본",
           "미국 대통령", "선거"]
PARTICLES = ["에서", "에게", "으로", "은", "는", "이", "가", "을", "를", "의", "에", "로", "와", "과", "도"]
WORKER = ROOT / "docs" / "javascripts" / "search-ko-worker.js"
_SENT = re.compile(r"(?<=[.!?다])\s+")


class SentenceMemo(Segmenter):
    """Analyses each distinct sentence once (see the module docstring)."""

    def terms(self, texts):
        texts = list(texts)
        split = [[s for s in _SENT.split(t) if s.strip()] for t in texts]
        flat = super().terms([s for ss in split for s in ss])
        out, i = [], 0
        for ss in split:
            out.append([t for part in flat[i:i + len(ss)] for t in part])
            i += len(ss)
        return out


def real_kb(work: Path) -> KnowledgeBase:
    from generator.pipeline import knowledge_base
    seeds = work / "seeds"
    if not seeds.exists():
        import_file(ROOT / "tests" / "fixtures" / "wikinews-dev.csv", seeds, source="위키뉴스")
        shutil.copy(ROOT / "seeds" / "000_3114c304e57fa8c9.txt", seeds)
        if (ROOT / "seeds" / "curated").is_dir():
            shutil.copytree(ROOT / "seeds" / "curated", seeds / "curated")
    opts = replace(Options(), seeds=seeds, work=work / "work", site=work / "site", keep_going=True)
    return knowledge_base(opts)


def synthetic_kb(kb: KnowledgeBase, n: int, seed: int = 7) -> KnowledgeBase:
    rnd = random.Random(seed)
    pool: list[tuple[str, str]] = []  # (sentence, source article id)
    titles = []
    for aid, art in kb.articles.items():
        titles.append(art.title)
        for b in art.body:
            if b.kind == PARAGRAPH:
                pool += [(s, aid) for s in _SENT.split(b.text) if len(s) > 10]
    articles, ents = {}, {}
    for i in range(n):
        aid = f"syn{i:05d}"
        lines = [f"{rnd.choice(titles)} ({i})"]
        kinds = [HEADLINE]
        sources = []
        for p in range(rnd.randint(4, 10)):
            picked = [rnd.choice(pool) for _ in range(rnd.randint(1, 4))]
            sources += [src for _s, src in picked]
            lines.append(" ".join(s for s, _src in picked))
            kinds.append(DECK if p == 0 else PARAGRAPH)
        text, blocks, pos = "\n".join(lines), [], 0
        for kind, line in zip(kinds, lines):
            blocks.append(Block(kind, pos, pos + len(line), line))
            pos += len(line) + 1
        articles[aid] = Article(aid, Path(aid + ".txt"), text, ArticleMeta(), tuple(blocks))
        ents[aid] = list(dict.fromkeys(e for s in sources for e in kb.article_entities.get(s, [])))
    return KnowledgeBase(articles, {}, kb.entities, article_entities=ents)


def gz(data: bytes) -> int:
    return len(gzip.compress(data, 6))


def first_search(out: Path, query: str) -> tuple[int, int, int]:
    """(files, raw bytes, gzip bytes) a first search for `query` downloads, following the
    worker's rules: one shard per word and particle-stripped stem, then the record
    chunks of the top 20 documents."""
    man = json.loads((out / "manifest.json").read_text())
    files = {WORKER, out / "manifest.json", out.parent / "search_index.json"}
    postings: dict[str, list[int]] = {}

    def shard(prefix: str) -> dict:
        first = prefix[0]
        if first in man["split"]:
            ids = man["split"][first] if len(prefix) == 1 else [fnv1a(prefix[:2]) % man["buckets"]]
        else:
            ids = [fnv1a(first) % man["buckets"]]
        merged = {}
        for b in ids:
            p = out / "s" / f"{b}.json"
            files.add(p)
            merged.update(json.loads(p.read_text()))
        return merged

    scores: dict[int, float] = {}
    for w in [normalise(x) for x in query.split() if normalise(x)]:
        cands = [w] + [w[:-len(p)] for p in PARTICLES if w.endswith(p) and len(w) > len(p)]
        best: dict[int, float] = {}
        for c in cands:
            for t, packed in shard(c).items():
                if t == c or (c == w and t.startswith(w)):
                    postings[t] = packed
                    doc = 0
                    for v in packed:
                        doc += v // 64
                        best[doc] = max(best.get(doc, 0), v % 64)
        for d, s in best.items():
            scores[d] = scores.get(d, 0) + s
    top = sorted(scores, key=lambda d: (-scores[d], d))[:20]
    files |= {out / "d" / f"{d // man['chunk']}.json" for d in top}
    data = [f.read_bytes() for f in files]
    return len(files), sum(map(len, data)), sum(gz(x) for x in data)


def material_size(docs) -> tuple[int, int]:
    """One Material-style index (every page's full text in one JSON) for comparison."""
    entries = [{"location": d.url, "title": d.title, "text": " ".join(t for _w, t, _x in d.fields)}
               for d in docs]
    data = json.dumps({"docs": entries}, ensure_ascii=False).encode()
    return len(data), gz(data)


def measure(label: str, kb: KnowledgeBase, out: Path, segmenter: Segmenter) -> None:
    t0 = time.perf_counter()
    docs = collect(kb)
    t1 = time.perf_counter()
    cache_root = out / "cache"
    shutil.rmtree(cache_root, ignore_errors=True)
    # a cold segmentation cache: every document segmented, then saved
    index = build_index(docs, segmenter, SegmentCache(cache_root / "buckets", "bench", "buckets"))
    t2 = time.perf_counter()
    stats = write_index(index, out / "ko")
    (out / "search_index.json").write_text('{"config":{"lang":["ko"],"separator":"[\\\\s\\\\-]+","pipeline":[" "]},"docs":[]}')
    t3 = time.perf_counter()
    total = sum(p.stat().st_size for p in (out / "ko").rglob("*.json"))
    total_gz = sum(gz(p.read_bytes()) for p in (out / "ko").rglob("*.json"))
    mat, mat_gz = material_size(docs)
    print(f"\n== {label}: {len(kb.articles)} articles, {stats['search_docs']} documents, "
          f"{stats['search_terms']} terms, {stats['search_shards']} shards, {stats['search_chunks']} record chunks")
    print(f"build: collect {t1 - t0:.1f} s, segment+invert {t2 - t1:.1f} s "
          f"({segmenter.chars} chars analysed, {segmenter.chars / max(t2 - t1, 1e-9) / 1000:.0f}k chars/s overall), "
          f"write {t3 - t2:.1f} s")
    print(f"index total: {total / 1e6:.2f} MB raw, {total_gz / 1e6:.2f} MB gzip (file by file)")
    print(f"one Material-style index of the same text: {mat / 1e6:.2f} MB raw, {mat_gz / 1e6:.2f} MB gzip")
    print(f"{'query':<14}{'files':>6}{'raw kB':>10}{'gzip kB':>10}")
    worst = 0
    for q in QUERIES:
        n, raw, z = first_search(out / "ko", q)
        worst = max(worst, z)
        print(f"{q:<14}{n:>6}{raw / 1e3:>10.1f}{z / 1e3:>10.1f}")
    print(f"largest first-search download: {worst / 1e3:.1f} kB gzip")
    measure_cache(docs, index, segmenter, cache_root)


def measure_cache(docs, index, segmenter: Segmenter, root: Path) -> None:
    """The segmentation cache (generator/search/cache.py) in both layouts: size on disk,
    save from cold, a warm build (nothing segmented) and a build after one article changed."""
    keys = [SegmentCache(root / "buckets", "bench").key(d.fields) for d in docs]
    entries = SegmentCache(root / "buckets", "bench", "buckets").load(keys)
    art = next(i for i, d in enumerate(docs) if d.kind == "a")
    changed = list(docs)
    d = changed[art]
    changed[art] = type(d)(d.url, d.title, d.kind, d.teaser, d.labels,
                           d.fields + [(BODY, "미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.", False)], d.rank)

    def one(layout: str) -> None:
        folder = root / layout
        if layout != "buckets":
            shutil.rmtree(folder, ignore_errors=True)
            t = time.perf_counter()
            SegmentCache(folder, "bench", layout).save(entries, set(keys))
            save = time.perf_counter() - t
        else:
            save = float("nan")
        files = [p for p in folder.rglob("*") if p.is_file()]
        size = sum(p.stat().st_size for p in files)
        t = time.perf_counter()
        SegmentCache(folder, "bench", layout).load(keys)
        t_load = time.perf_counter() - t
        t = time.perf_counter()
        warm = build_index(docs, segmenter, SegmentCache(folder, "bench", layout))
        t_warm = time.perf_counter() - t
        assert warm.postings == index.postings
        t = time.perf_counter()
        c = SegmentCache(folder, "bench", layout)
        build_index(changed, segmenter, c)
        t_changed = time.perf_counter() - t
        assert c.misses == 1, c.misses
        print(f"{layout:<8}{len(files):>7}{size / 1e6:>9.1f}{save:>9.2f}{t_load:>9.2f}{t_warm:>9.2f}"
              f"{t_changed:>11.2f}")

    print("segmentation cache: layout, files, MB, save s (from cold), load s, warm build_index s, "
          "after one changed article s")
    for layout in ("buckets", "files"):
        one(layout)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--articles", type=int, default=10_000)
    ap.add_argument("--work", type=Path, default=Path("/tmp/bench-search"))
    args = ap.parse_args()
    args.work.mkdir(parents=True, exist_ok=True)
    t0 = time.perf_counter()
    kb = real_kb(args.work)
    print(f"knowledge base: {len(kb.articles)} articles, {len(kb.entities)} entities "
          f"({time.perf_counter() - t0:.1f} s, analysis cached in {args.work})")
    seg = Segmenter()
    measure("dev corpus", kb, args.work / "out-dev", seg)
    rate = seg.chars / 1.0
    t = time.perf_counter()
    probe = Segmenter(seg.analyser, memo=False)
    probe.terms([b.text for a in list(kb.articles.values())[:100] for b in a.body])
    rate = probe.chars / (time.perf_counter() - t)
    syn = synthetic_kb(kb, args.articles)
    chars = sum(len(a.text) for a in syn.articles.values())
    measure(f"synthetic x{args.articles}", syn, args.work / "out-syn", SentenceMemo(seg.analyser))
    print(f"\nanalyser throughput {rate / 1000:.0f}k chars/s: analysing {chars / 1e6:.1f} M chars of a real "
          f"{args.articles}-article corpus would add about {chars / rate:.0f} s")


if __name__ == "__main__":
    main()
