"""Benchmark the whole build at 322, 1,000 and 10,000 articles (not a test: run it by hand).

    .venv/bin/python scripts/bench.py [--sizes 322,1000,10000] [--out /tmp/bench] [--skip-site]
                                      [--full-rebuild-upto N] [--profile]

Corpora (written once into OUT/<size>/seeds and reused by later runs):

* 322 — the development corpus, tests/fixtures/wikinews-dev.csv, imported with
  `generator.importer.import_file`, plus the curated files of seeds/curated/ (so the
  analyser's user dictionary is the real one).
* larger sizes — synthetic articles made of the development corpus' real sentences,
  reshuffled with a fixed seed: each one takes a real headline and date from a "base"
  article and assembles 2–12 paragraphs of 1–4 real sentences, about 60 % from the base
  article and 40 % from its topic/date neighbours (the six articles nearest in date and
  the two whose headlines share most words with it). Entities, quotes and dates stay
  real text, so timelines, glossary and actor pages fill up as with real news; a
  sentence recurs about size/322 times across the corpus, which a real corpus would
  not do (the analysis cache is per article, so nothing is saved by the repetition).

For each size, every build runs in a child process (`--child`), so nothing is shared
between runs. Memory is counted three ways: the peak RSS of the child (`ru_maxrss`) at
the end of each stage; the peak RSS of the largest MkDocs process of a split clean build
(its own VmHWM: `ru_maxrss` of a started process carries over its parent's); and the
peak of the sum of the proportional set sizes (PSS: a shared page divided among the
processes sharing it) of the child and every process under it — forked render workers,
MkDocs processes — sampled every second from /proc: what the build occupies at once.

1. clean build (no cache): generation = load + analyse + resolve + render + write,
   site = mkdocs + Korean search index; peak memory;
2. bare tokenisation: a fresh `Kiwi(num_workers=2)` tokenises the same paragraphs the
   analyser reads (one batch call) — the ratio analysis / bare is printed with the model
   load counted on both sides (the analysis stage loads Kiwi too);
3. one article changes (a sentence appended): an incremental generation (cache on);
   the child must report `analysed: 1`;
4. another change to that article: an incremental full build (generation + site): MkDocs
   renders only the pages whose Markdown changed, over a copy of the previous site
   (`generator/site.py`), and the search index segments only changed documents;
   `--full-rebuild-upto N` skips it above N articles. A second table gives its stages
   next to the clean build's, and how many pages MkDocs rendered;
5. one curated definition changes (`DEFINITION_ENTRY` in seeds/curated/glossary.yml: a
   few words appended to its `definition:` line, so no line moves): an incremental full
   build, in the second table too (skipped with step 4). The child reports how many
   articles it analysed again (0 expected: definitions are not part of the analysis
   cache key).

The code measured is a snapshot taken at start (`generator/`, `docs/`, `overrides/`,
`mkdocs.yml` copied to OUT/src): others edit the package while the bench runs, and an
edit to the extractor changes the analysis cache key, which would turn the
"one changed article" rebuild into a full re-analysis.

The article and the glossary are restored afterwards, so the corpus stays the same
between runs. `--profile` writes a cProfile of every build child (OUT/<size>/profile-<step>.pstats). The
first-search download is what the Korean search worker fetches for a first query (see
`generator/search`): worker script, Material's cut-down `search_index.json`, the
manifest, the term shards a query reads and the record chunks of its top results,
gzipped; the largest over a set of queries is printed (`scripts/bench_search.py`
implements the worker's rules; without it only the fixed files are counted).

A last table gives the page weight of each clean build's site (`scripts/page_weight.py`):
bytes of page chrome per page (median and maximum, median of each part), the largest page
and the size of sitemap.xml, which Material's instant navigation downloads on a first view.

The machine is shared: other builds run beside this one, so times carry noise; the
header prints the load average before and after.
"""
from __future__ import annotations

import argparse
import csv
import datetime as dt
import gzip
import json
import os
import platform
import random
import re
import resource
import shutil
import subprocess
import sys
import threading
import time
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CODE = Path(os.environ.get("BENCH_CODE", ROOT))
"""Where the measured package is imported from (the snapshot, in child processes)."""
sys.path.insert(0, str(CODE))
SNAPSHOT = ("generator", "docs", "overrides", "mkdocs.yml")

DEV_CSV = ROOT / "tests" / "fixtures" / "wikinews-dev.csv"
CURATED = ROOT / "seeds" / "curated"
DEFINITION_ENTRY = "인공지능"
"""The curated glossary entry whose definition step 5 changes: of the project's curated
terms, the one the development corpus mentions most (6 of 322 articles)."""
SEED = 20240410
QUERIES = ["정책", "오커스를", "AUKUS", "일본", "미국 대통령", "선거", "대통령", "국가안보보좌관"]
_SENT = re.compile(r"(?<=[.!?다])\s+")
_WORD = re.compile(r"[가-힣A-Za-z0-9]{2,}")


# -- corpora -----------------------------------------------------------------------------

def _rows() -> list[dict[str, str]]:
    with DEV_CSV.open(encoding="utf-8-sig", newline="") as f:
        return list(csv.DictReader(f))


def make_dev(seeds: Path) -> None:
    from generator.importer import import_file
    import_file(DEV_CSV, seeds, source="위키뉴스", licence="CC BY 2.5", author="Korean Wikinews contributors")


def make_synthetic(seeds: Path, n: int, seed: int = SEED) -> None:
    """`n` articles of real headlines, dates and sentences (see the module docstring)."""
    from generator.importer import article_text
    rows = [r for r in _rows() if r["제목"].strip() and r["내용"].strip()]
    sents = []
    for r in rows:
        paras = [p for p in r["내용"].split("\n") if p.strip()]
        sents.append([s for p in paras for s in _SENT.split(p.strip()) if len(s) > 5] or [r["내용"].strip()])
    by_date = sorted(range(len(rows)), key=lambda i: (rows[i]["작성일"], i))
    pos = {i: p for p, i in enumerate(by_date)}
    words = [set(_WORD.findall(r["제목"])) for r in rows]
    neighbours = []
    for i in range(len(rows)):
        p = pos[i]
        near = [by_date[q] for q in range(max(0, p - 3), min(len(rows), p + 4)) if by_date[q] != i]
        topical = sorted((j for j in range(len(rows)) if j != i and words[i] & words[j]),
                         key=lambda j: (-len(words[i] & words[j]), j))[:2]
        neighbours.append(list(dict.fromkeys(near + topical)))
    rnd = random.Random(seed)
    order: list[int] = []
    for i in range(n):
        if not order:
            order = list(range(len(rows)))
            rnd.shuffle(order)
        b = order.pop()
        base = rows[b]
        n_paras = max(2, min(12, len([p for p in base["내용"].split("\n") if p.strip()]) + rnd.randint(-1, 2)))
        paras = []
        for _ in range(n_paras):
            picked = []
            for _ in range(rnd.randint(1, 4)):
                src = b if rnd.random() < 0.6 or not neighbours[b] else rnd.choice(neighbours[b])
                picked.append(rnd.choice(sents[src]))
            paras.append(" ".join(picked))
        meta = {"date": base["작성일"].strip(), "source": "위키뉴스 (벤치마크 합성)",
                "url": base["출처"].strip(), "licence": "CC BY 2.5",
                "author": "Korean Wikinews contributors"}
        meta = {k: v for k, v in meta.items() if v}
        stem = f"{meta.get('date', '0000-00-00')}_syn{i:05d}"
        (seeds / f"{stem}.txt").write_text(article_text(base["제목"].strip(), "\n".join(paras), meta),
                                           encoding="utf-8", newline="")


def ensure_corpus(root: Path, n: int) -> Path:
    seeds = root / "seeds"
    stamp = root / "corpus.ok"
    if stamp.exists() and stamp.read_text() == f"{n} {SEED}":
        return seeds
    shutil.rmtree(seeds, ignore_errors=True)
    seeds.mkdir(parents=True)
    if n == 322:
        make_dev(seeds)
    else:
        make_synthetic(seeds, n)
    if CURATED.is_dir():
        shutil.copytree(CURATED, seeds / "curated")
    stamp.write_text(f"{n} {SEED}")
    return seeds


# -- child process -----------------------------------------------------------------------

def child(args) -> None:
    import logging
    logging.basicConfig(level=logging.WARNING)
    from generator.config import Options
    result: dict = {}
    if args.child == "bare":
        from generator.corpus import load_corpus
        from generator.extract.doc import content_blocks
        arts, _ = load_corpus(args.seeds)
        texts = [b.text for a in arts for b in content_blocks(a)]
        del arts
        from kiwipiepy import Kiwi
        t0 = time.perf_counter()
        kiwi = Kiwi(num_workers=2)
        t1 = time.perf_counter()
        n = sum(1 for _ in kiwi.tokenize(texts))
        t2 = time.perf_counter()
        result = {"load": t1 - t0, "tokenise": t2 - t1, "paragraphs": n, "chars": sum(map(len, texts))}
    elif args.child == "floor":
        result = plain_material_build(args.work.parent / "floor", args.pages)
    else:
        from generator.pipeline import BuildReport, build, generate
        opts = replace(Options(), seeds=args.seeds, work=args.work, site=args.site, keep_going=True)
        prof = None
        if args.profile:
            import cProfile
            prof = cProfile.Profile()
            prof.enable()
        t0 = time.perf_counter()
        if args.child == "build":
            report = build(opts)
        else:
            report = BuildReport()
            generate(opts, report)
        wall = time.perf_counter() - t0
        if prof is not None:
            prof.disable()
            prof.dump_stats(str(args.work.parent / f"profile-{args.tag or args.child}.pstats"))
        result = {"wall": wall, "timings": report.timings, "stats": report.stats, "pages": report.pages,
                  "articles": report.articles, "entities": report.entities,
                  "docs_files": sum(1 for p in opts.docs_out.rglob("*.md")), "peak_mb": report.peak_mb}
    result["maxrss_mb"] = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    print("RESULT " + json.dumps(result))


def snapshot_code(out: Path) -> Path:
    dest = out / "src"
    shutil.rmtree(dest, ignore_errors=True)
    dest.mkdir(parents=True)
    for name in SNAPSHOT:
        src = ROOT / name
        if src.is_dir():
            shutil.copytree(src, dest / name, ignore=shutil.ignore_patterns("__pycache__"))
        elif src.exists():
            shutil.copy2(src, dest / name)
    return dest


def _tree_pss_kb(pid: int) -> int:
    """Sum of the PSS of `pid` and every process under it, in kB (0 once it is gone)."""
    total, todo = 0, [pid]
    while todo:
        p = todo.pop()
        try:
            with open(f"/proc/{p}/smaps_rollup") as f:
                total += next((int(x.split()[1]) for x in f if x.startswith("Pss:")), 0)
            for task in os.listdir(f"/proc/{p}/task"):
                with open(f"/proc/{p}/task/{task}/children") as f:
                    todo += [int(c) for c in f.read().split()]
        except (OSError, ValueError):
            continue
    return total


def _sample_tree(proc: subprocess.Popen, peak: list[int]) -> None:
    while proc.poll() is None:
        peak[0] = max(peak[0], _tree_pss_kb(proc.pid))
        time.sleep(1.0)


def run_child(mode: str, root: Path, profile: bool = False, tag: str = "", pages: int = 0) -> dict:
    cmd = [sys.executable, __file__, "--child", mode, "--seeds", str(root / "seeds"),
           "--work", str(root / "work"), "--site", str(root / "site"), "--pages", str(pages)]
    if profile:
        cmd += ["--profile", "--tag", tag or mode]
    t0 = time.perf_counter()
    p = subprocess.Popen(cmd, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                         env={**os.environ, "NO_MKDOCS_2_WARNING": "1", "BENCH_CODE": str(CODE)})
    peak = [0]
    sampler = threading.Thread(target=_sample_tree, args=(p, peak), daemon=True)
    sampler.start()
    out, err = p.communicate()
    sampler.join()
    if p.returncode != 0:
        sys.stderr.write(out[-4000:] + err[-4000:])
        raise SystemExit(f"child {mode} failed ({p.returncode})")
    line = [x for x in out.splitlines() if x.startswith("RESULT ")][-1]
    res = json.loads(line[7:])
    res["child_wall"] = time.perf_counter() - t0
    res["tree_pss_mb"] = peak[0] / 1024
    return res


# -- measurements ------------------------------------------------------------------------

def gen_time(r: dict) -> float:
    return sum(r["timings"].get(k, 0.0) for k in ("load", "analyse", "resolve", "render", "write"))


def site_time(r: dict) -> float:
    return r["timings"].get("mkdocs", 0.0) + r["timings"].get("search", 0.0)


def dir_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file())


def first_search_kb(site: Path) -> tuple[float, str]:
    """Largest gzip download of a first search over QUERIES, in kB, and how it was counted."""
    out = site / "search" / "ko"
    if not (out / "manifest.json").exists():
        return float("nan"), "no search/ko index"
    try:
        sys.path.insert(0, str(ROOT / "scripts"))
        from bench_search import first_search  # the worker's download rules
        return max(first_search(out, q)[2] for q in QUERIES) / 1e3, "worst query"
    except Exception as e:  # noqa: BLE001 - the sibling script may change under us
        files = [site / "search" / "search_index.json", out / "manifest.json",
                 site / "javascripts" / "search-ko-worker.js"]
        return sum(len(gzip.compress(f.read_bytes())) for f in files if f.exists()) / 1e3, \
            f"fixed files only ({type(e).__name__})"


def touch_article(seeds: Path, n: int) -> None:
    path = sorted(p for p in seeds.glob("*.txt"))[len(list(seeds.glob("*.txt"))) // 2]
    orig = path.with_suffix(".orig")
    if not orig.exists():
        shutil.copy(path, orig)
    with path.open("a", encoding="utf-8") as f:
        f.write(f"이 문단은 벤치마크의 {n}번째 수정으로 덧붙였다.\n")


def restore_article(seeds: Path) -> None:
    for orig in seeds.glob("*.orig"):
        os.replace(orig, orig.with_suffix(".txt"))
    glossary = seeds / "curated" / "glossary.yml"
    if glossary.with_suffix(".yml.orig").exists():
        os.replace(glossary.with_suffix(".yml.orig"), glossary)


def touch_definition(seeds: Path, entry: str = DEFINITION_ENTRY) -> None:
    """Append a few words to `entry`'s definition line in the curated glossary."""
    glossary = seeds / "curated" / "glossary.yml"
    lines = glossary.read_text(encoding="utf-8").split("\n")
    start = lines.index(f"- name: {entry}")
    i = next(k for k in range(start + 1, len(lines)) if lines[k].lstrip().startswith("definition:"))
    if lines[i].rstrip().endswith(("'", '"')) or i > start + 8:
        raise SystemExit(f"bench: no plain definition line for {entry} in {glossary}")
    shutil.copy(glossary, glossary.with_suffix(".yml.orig"))
    lines[i] = lines[i].rstrip() + " 벤치마크를 위해 덧붙인 말."
    glossary.write_text("\n".join(lines), encoding="utf-8")


FLOOR_PAGE = ("# 쪽 {n}\n\n" + "한국어 뉴스 기사 본문과 비슷한 길이의 문단입니다. " * 24 + "\n\n") * 2
"""A plain page of about 2 kB of Korean text, about what one of our article pages holds."""


def plain_material_build(root: Path, pages: int) -> dict:
    """The floor's site half: a plain Material for MkDocs build (default search plugin, no
    overrides, a one-entry nav) of `pages` Markdown pages."""
    from mkdocs.commands.build import build
    from mkdocs.config import load_config
    shutil.rmtree(root, ignore_errors=True)
    docs = root / "docs"
    docs.mkdir(parents=True)
    for n in range(pages):
        (docs / f"p{n:05d}.md").write_text(FLOOR_PAGE.format(n=n), encoding="utf-8")
    # An explicit one-entry nav, as our site has a short one: MkDocs' automatic nav would put
    # every page in every page's sidebar (quadratic: 12,000 pages did not finish in 5 minutes).
    (root / "mkdocs.yml").write_text("site_name: floor\ntheme:\n  name: material\n  language: ko\n"
                                     "plugins:\n  - search\nnav:\n  - p00000.md\n"
                                     "validation:\n  omitted_files: info\n", encoding="utf-8")
    cfg = load_config(config_file=str(root / "mkdocs.yml"), site_dir=str(root / "site"))
    t0 = time.perf_counter()
    build(cfg)
    wall = time.perf_counter() - t0
    shutil.rmtree(root, ignore_errors=True)
    return {"wall": wall, "pages": pages}


def bench_size(n: int, out: Path, skip_site: bool, profile: bool, full_rebuild: bool = True) -> dict:
    root = out / str(n)
    t = time.perf_counter()
    seeds = ensure_corpus(root, n)
    restore_article(seeds)
    print(f"[{n}] corpus ready in {time.perf_counter() - t:.1f} s", file=sys.stderr, flush=True)
    shutil.rmtree(root / "work", ignore_errors=True)
    shutil.rmtree(root / "site", ignore_errors=True)
    clean = run_child("generate" if skip_site else "build", root, profile, "clean")
    print(f"[{n}] clean: {json.dumps(clean)}", file=sys.stderr, flush=True)
    bare = run_child("bare", root)
    print(f"[{n}] bare: {json.dumps(bare)}", file=sys.stderr, flush=True)
    floor = None if skip_site else run_child("floor", root, pages=clean["docs_files"])
    print(f"[{n}] plain Material build: {json.dumps(floor)}", file=sys.stderr, flush=True)
    try:
        touch_article(seeds, 1)
        inc = run_child("generate", root, profile, "article-generate")
        print(f"[{n}] incremental generate: {json.dumps(inc)}", file=sys.stderr, flush=True)
        inc_full = def_full = None
        if not skip_site and full_rebuild:
            touch_article(seeds, 2)
            inc_full = run_child("build", root, profile, "article-build")
            print(f"[{n}] incremental build: {json.dumps(inc_full)}", file=sys.stderr, flush=True)
            touch_definition(seeds)
            def_full = run_child("build", root, profile, "definition-build")
            print(f"[{n}] build after one changed definition: {json.dumps(def_full)}", file=sys.stderr, flush=True)
    finally:
        restore_article(seeds)
    row = {"n": n, "articles": clean["articles"], "entities": clean["entities"], "pages": clean["pages"],
           "docs_files": clean["docs_files"], "gen": gen_time(clean), "timings": clean["timings"],
           "site": site_time(clean), "rss": clean["maxrss_mb"], "bare": bare,
           "rss_mkdocs": (clean.get("peak_mb") or {}).get("mkdocs processes"), "pss_all": clean.get("tree_pss_mb"),
           "peak_mb": clean.get("peak_mb") or {},
           "ratio": clean["timings"]["analyse"] / (bare["load"] + bare["tokenise"]),
           "floor": (bare["load"] + bare["tokenise"] + floor["wall"]) if floor else None,
           "floor_site": floor["wall"] if floor else None,
           "inc_gen": gen_time(inc), "inc_analysed": inc["stats"].get("analysed"),
           "inc_written": inc["stats"].get("written"),
           "inc_full": (gen_time(inc_full) + site_time(inc_full)) if inc_full else None,
           "inc_full_timings": inc_full["timings"] if inc_full else None,
           "inc_full_stats": _site_stats(inc_full) if inc_full else None,
           "clean_stats": _site_stats(clean),
           "def_full_timings": def_full["timings"] if def_full else None,
           "def_full_stats": {**_site_stats(def_full), "analysed": def_full["stats"].get("analysed")}
           if def_full else None}
    if not skip_site:
        row["site_mb"] = dir_size(root / "site") / 1e6
        row["first_search"], row["fs_how"] = first_search_kb(root / "site")
        row["mkdocs_ms_page"] = 1000 * clean["timings"]["mkdocs"] / max(1, clean["docs_files"])
        row["weight"] = page_weight(root / "site")
    return row


def page_weight(site: Path) -> dict | None:
    """Chrome bytes per page, largest pages and sitemap size (scripts/page_weight.py)."""
    try:
        sys.path.insert(0, str(ROOT / "scripts"))
        from page_weight import measure
        return measure(site, top=1)
    except Exception as e:  # noqa: BLE001 - a figure missing is no reason to lose the bench
        print(f"page weight of {site}: {type(e).__name__}: {e}", file=sys.stderr)
        return None


def _site_stats(r: dict) -> dict:
    return {k: v for k, v in r["stats"].items() if k.startswith(("site_", "search_"))}


def table(rows: list[dict], skip_site: bool) -> str:
    def f(x, fmt="{:.1f}"):
        return "—" if x is None else fmt.format(x)
    head = ["articles", "pages", "entities", "generation s", "(load/analyse/resolve/render/write)",
            "site s (mkdocs+search)", "mkdocs ms/page", "peak RSS MB (build / largest MkDocs process)",
            "peak PSS MB (all processes)", "site MB", "first search kB gz",
            "analysis / bare Kiwi", "incr. generation s (% of clean)", "incr. full s", "re-analysed"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        t = r["timings"]
        parts = "/".join(f"{t.get(k, 0):.0f}" for k in ("load", "analyse", "resolve", "render", "write"))
        lines.append("| " + " | ".join([
            f"{r['articles']:,}", f"{r['pages']:,}", f"{r['entities']:,}", f(r["gen"]), parts,
            "—" if skip_site else f"{r['site']:.1f} ({t.get('mkdocs', 0):.0f}+{t.get('search', 0):.0f})",
            f(r.get("mkdocs_ms_page")), f"{r['rss']:.0f} / {f(r.get('rss_mkdocs'), '{:.0f}')}",
            f(r.get("pss_all"), "{:.0f}"), f(r.get("site_mb")),
            f(r.get("first_search")),
            f"{r['ratio']:.2f} ({t['analyse']:.1f} s / {r['bare']['load']:.1f}+{r['bare']['tokenise']:.1f} s)",
            f"{r['inc_gen']:.1f} ({100 * r['inc_gen'] / r['gen']:.0f} %)", f(r["inc_full"]),
            str(r["inc_analysed"])]) + " |")
    return "\n".join(lines)


STAGES = ("load", "analyse", "resolve", "render", "write", "mkdocs", "search")


def stage_table(rows: list[dict]) -> str:
    """Clean build and rebuilds after one changed article and after one changed curated
    definition, stage by stage (seconds), with each total as a share of the clean build's."""
    head = ["articles", "build", *STAGES, "total s", "% of clean", "pages rendered by MkDocs"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        clean = sum(r["timings"].get(k, 0) for k in STAGES)
        for name, t, st in (("clean", r["timings"], r.get("clean_stats") or {}),
                            ("one article changed", r.get("inc_full_timings"), r.get("inc_full_stats") or {}),
                            ("one definition changed", r.get("def_full_timings"), r.get("def_full_stats") or {})):
            if not t:
                continue
            rendered = st.get("site_rebuilt")
            total = sum(t.get(k, 0) for k in STAGES)
            lines.append("| " + " | ".join([f"{r['articles']:,}", name, *(f"{t.get(k, 0):.1f}" for k in STAGES),
                                            f"{total:.1f}", f"{100 * total / clean:.0f} %",
                                            "—" if rendered is None else f"{rendered:,}"]) + " |")
    return "\n".join(lines)


def weight_table(rows: list[dict]) -> str:
    """Page chrome (median and max bytes per page, by part: median), largest page, sitemap."""
    from page_weight import PART_NAMES
    head = ["articles", "pages", "chrome median B", "chrome max B", *(f"{n} B" for n in PART_NAMES),
            "largest page kB", "sitemap.xml kB (gz)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        w = r.get("weight")
        if not w:
            continue
        big, sm = w["largest"][0], w["sitemap"]
        lines.append("| " + " | ".join([
            f"{r['articles']:,}", f"{w['pages']:,}", f"{w['chrome']['median']:,}", f"{w['chrome']['max']:,}",
            *(f"{w['parts'][n]['median']:,}" for n in PART_NAMES), f"{big['total'] / 1e3:.1f} ({big['page']})",
            f"{(sm['sitemap.xml'] or 0) / 1e3:.1f} ({(sm['sitemap.xml.gz'] or 0) / 1e3:.1f})"]) + " |")
    return "\n".join(lines)


def floor_table(rows: list[dict]) -> str:
    """The clean build against the floor: bare Kiwi tokenisation of the corpus plus a plain
    Material build of as many pages as our site has."""
    head = ["articles", "clean build s", "bare Kiwi s", "plain Material build s (pages)", "floor s", "clean ÷ floor"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        if not r.get("floor"):
            continue
        kiwi = r["bare"]["load"] + r["bare"]["tokenise"]
        clean = r["gen"] + r["site"]
        lines.append(f"| {r['articles']:,} | {clean:.1f} | {kiwi:.1f} | {r['floor_site']:.1f} ({r['docs_files']:,}) "
                     f"| {r['floor']:.1f} | {clean / r['floor']:.2f}× |")
    return "\n".join(lines)


def memory_table(rows: list[dict]) -> str:
    """Peak RSS of the clean build's process at the end of each stage, MB (ru_maxrss only
    grows: the stage where it jumps is the one that peaked)."""
    head = ["articles", *STAGES, "largest MkDocs process", "all processes (PSS)"]
    lines = ["| " + " | ".join(head) + " |", "|" + "---|" * len(head)]
    for r in rows:
        peaks = r.get("peak_mb") or {}
        cells = [f"{peaks[k]:.0f}" if k in peaks else "—" for k in STAGES]
        mk = peaks.get("mkdocs processes")
        lines.append("| " + " | ".join([f"{r['articles']:,}", *cells, "—" if mk is None else f"{mk:.0f}",
                                        "—" if r.get("pss_all") is None else f"{r['pss_all']:.0f}"]) + " |")
    return "\n".join(lines)


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--sizes", default="322,1000,10000")
    ap.add_argument("--out", type=Path, default=Path("/tmp/bench"))
    ap.add_argument("--skip-site", action="store_true", help="generation only (no MkDocs, no search index)")
    ap.add_argument("--full-rebuild-upto", type=int, default=10**9, metavar="N",
                    help="run the incremental full build (generation + site) only up to N articles")
    ap.add_argument("--profile", action="store_true", help="cProfile every build (OUT/<size>/profile-<step>.pstats)")
    ap.add_argument("--tag", help=argparse.SUPPRESS)
    ap.add_argument("--child", choices=["build", "generate", "bare", "floor"], help=argparse.SUPPRESS)
    ap.add_argument("--pages", type=int, default=0, help=argparse.SUPPRESS)
    ap.add_argument("--seeds", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--work", type=Path, help=argparse.SUPPRESS)
    ap.add_argument("--site", type=Path, help=argparse.SUPPRESS)
    args = ap.parse_args()
    if args.child:
        return child(args)
    sizes = [int(s) for s in args.sizes.split(",") if s.strip()]
    args.out.mkdir(parents=True, exist_ok=True)
    global CODE
    CODE = snapshot_code(args.out)
    import kiwipiepy
    load0 = os.getloadavg()
    started = dt.datetime.now().astimezone()
    rows = []
    for n in sizes:
        rows.append(bench_size(n, args.out, args.skip_site, args.profile, n <= args.full_rebuild_upto))
    load1 = os.getloadavg()
    print(f"\n{started:%Y-%m-%d %H:%M %Z}, {platform.node()}: {os.cpu_count()} cores, "
          f"{os.sysconf('SC_PAGE_SIZE') * os.sysconf('SC_PHYS_PAGES') / 2**30:.0f} GB, "
          f"Python {platform.python_version()}, kiwipiepy {kiwipiepy.__version__}; shared machine, "
          f"load average {load0[0]:.1f} at start, {load1[0]:.1f} at end "
          f"(wall {(dt.datetime.now().astimezone() - started).total_seconds() / 60:.1f} min)\n")
    print(table(rows, args.skip_site))
    print()
    print(floor_table(rows))
    if any(r.get("inc_full_timings") for r in rows):
        print()
        print(stage_table(rows))
    print()
    print(memory_table(rows))
    if any(r.get("weight") for r in rows):
        print()
        print(weight_table(rows))
    for r in rows:
        if r.get("def_full_stats"):
            print(f"\n[{r['n']}] after one changed definition ({DEFINITION_ENTRY}): "
                  f"{r['def_full_stats'].get('analysed')} articles analysed again")
    for r in rows:
        if r.get("fs_how") and r["fs_how"] != "worst query":
            print(f"\nfirst search at {r['n']}: {r['fs_how']}")
    (args.out / "bench.json").write_text(json.dumps(rows, indent=1))


if __name__ == "__main__":
    main()
