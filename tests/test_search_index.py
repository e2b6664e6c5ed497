"""The search index builder on small frozen inputs (no Kiwi, no MkDocs): segmentation of
analyser tokens into index terms, weighting, sharding and the files the browser reads."""
from __future__ import annotations

import json
import subprocess
import shutil
from pathlib import Path

import pytest

from generator.search import build_index, normalise, terms_of, write_index
from generator.search import shrink_material_index
from generator.search.documents import ALIAS, BODY, NAME, TITLE, SearchDoc
from generator.search.index import fnv1a

WORKER = Path(__file__).resolve().parent.parent / "docs" / "javascripts" / "search-ko-worker.js"


class T:
    """A token as the analyser returns it."""

    def __init__(self, form, tag, start, end):
        self.form, self.tag, self.start, self.end = form, tag, start, end


# Frozen Kiwi output for three phrases of the founding article.
OKUS = "‘오커스(AUKUS)’가 출범"
OKUS_TOKS = [T("‘", "SSO", 0, 1), T("오커스", "NNP", 1, 4), T("(", "SSO", 4, 5), T("AUKUS", "SL", 5, 10),
             T(")", "SSC", 10, 11), T("’", "SSC", 11, 12), T("가", "JKS", 12, 13), T("출범", "NNG", 14, 16)]
COUNCIL = "방산정책조정회의를 신설하기로"
COUNCIL_TOKS = [T("방산", "NNP", 0, 2), T("정책", "NNG", 2, 4), T("조정", "NNG", 4, 6), T("회의", "NNG", 6, 8),
                T("를", "JKO", 8, 9), T("신설", "NNG", 10, 12), T("하", "XSV", 12, 13), T("기", "ETN", 13, 14),
                T("로", "JKB", 14, 16)]
KISHIDA = "기시다 후미오(岸田文雄) 총리가 열린"
KISHIDA_TOKS = [T("기시다", "NNP", 0, 3), T("후미오", "NNP", 4, 7), T("(", "SSO", 7, 8), T("岸田文雄", "SH", 8, 12),
                T(")", "SSC", 12, 13), T("총리", "NNG", 14, 16), T("가", "JKS", 16, 17), T("열리", "VV", 18, 20),
                T("ᆫ", "ETM", 19, 20)]


@pytest.mark.parametrize("text, toks, present, absent", [
    (OKUS, OKUS_TOKS, {"오커스", "aukus", "출범"}, {"오커스가", "‘오커스", "가", "(aukus)"}),
    (COUNCIL, COUNCIL_TOKS, {"방산정책조정회의", "방산", "정책", "조정", "회의", "정책조정", "조정회의", "신설"},
     {"방산정책조정회의를", "를"}),
    (KISHIDA, KISHIDA_TOKS, {"기시다", "후미오", "岸田文雄", "岸", "雄", "총리", "열리다"}, {"총리가"}),
    ("제이크 설리번", [T("제이크 설리번", "NNP", 0, 7)], {"제이크", "설리번", "제이크설리번"}, {"제이크 설리번"}),
])
def test_terms_of(text, toks, present, absent):
    terms = set(terms_of(text, toks))
    assert present <= terms, present - terms
    assert not (absent & terms)


@pytest.mark.parametrize("raw, expected", [("AUKUS", "aukus"), ("‘오커스’", "오커스"), ("ＭＤ", "md"),
                                           ("(NASA·나사)", "nasa·나사")])
def test_normalise(raw, expected):
    assert normalise(raw) == expected


class FakeSegmenter:
    """Splits on spaces: enough to test weighting and the written files."""

    chars = 0

    def terms(self, texts):
        return [[normalise(w) for w in t.split() if normalise(w)] for t in texts]


def small_docs():
    term = SearchDoc("glossary/aukus/", "오커스", "t", "3자 안보협의체", ["AUKUS"],
                     [(NAME, "오커스", True), (ALIAS, "AUKUS", True)])
    art = SearchDoc("articles/a/", "오커스 출범", "a", "", [],
                    [(TITLE, "오커스 출범", False), (BODY, "오커스 오커스 협력 <b>강화</b>", False)])
    return [term, art]


def test_weights_put_the_entity_above_the_article():
    index = build_index(small_docs(), FakeSegmenter())
    assert index.postings["오커스"][0] > index.postings["오커스"][1]
    assert index.postings["aukus"] == {0: ALIAS}
    assert 1 <= min(w for p in index.postings.values() for w in p.values())
    assert max(w for p in index.postings.values() for w in p.values()) <= 63


def test_written_files(tmp_path):
    index = build_index(small_docs(), FakeSegmenter())
    stats = write_index(index, tmp_path / "ko", chunk=1, shard_bytes=40, split_bytes=30)
    man = json.loads((tmp_path / "ko" / "manifest.json").read_text())
    assert man["n"] == 2 and man["chunk"] == 1 and man["buckets"] == stats["search_shards"] > 1
    # every term is in the shard its first one or two characters select
    for term, plist in index.postings.items():
        key = term[:2] if term[0] in man["split"] and len(term) > 1 else term[0]
        shard = json.loads((tmp_path / "ko" / "s" / f"{fnv1a(key) % man['buckets']}.json").read_text())
        doc, decoded = 0, {}
        for v in shard[term]:
            doc += v // 64
            decoded[doc] = v % 64
        assert decoded == plist
    rec = json.loads((tmp_path / "ko" / "d" / "0.json").read_text())
    assert rec == [["glossary/aukus/", "오커스", "t", "3자 안보협의체", ["AUKUS"]]]
    # record text is stored as data; the browser escapes it (see test_worker_escapes)
    assert "<b>" not in (tmp_path / "ko" / "d" / "1.json").read_text()


def test_shrink_material_index(tmp_path):
    (tmp_path / "search").mkdir()
    p = tmp_path / "search" / "search_index.json"
    p.write_text(json.dumps({"config": {"lang": ["ko"]}, "docs": [{"location": "", "text": "x" * 1000}]}))
    shrink_material_index(tmp_path)
    assert json.loads(p.read_text()) == {"config": {"lang": ["ko"]}, "docs": []}


NODE = shutil.which("node")


@pytest.mark.skipif(NODE is None, reason="node is not installed")
def test_worker_hash_and_escaping_match_python():
    """The browser worker shards with the same hash and normalisation, and escapes text."""
    probe = r"""
      const fs = require("fs"); const vm = require("vm");
      const ctx = { self: { location: { href: "http://x/javascripts/w.js" }, addEventListener() {} },
                    URL, console };
      vm.createContext(ctx);
      vm.runInContext(fs.readFileSync(process.argv[1], "utf8"), ctx);
      console.log(JSON.stringify(vm.runInContext(
        `[fnv("오커스"), fnv("岸田"), fnv("ai"), norm("‘ＭＤ’"), words("오커스(AUKUS)를 방산·정책"),
          markup("<img src=x onerror=alert(1)> 오커스", ["오커스"])]`, ctx)));
    """
    out = subprocess.run([NODE, "-e", probe, str(WORKER)], capture_output=True, text=True, check=True)
    h1, h2, h3, md, ws, html = json.loads(out.stdout)
    assert [h1, h2, h3] == [fnv1a("오커스"), fnv1a("岸田"), fnv1a("ai")]
    assert md == normalise("‘ＭＤ’") == "md"
    assert ws == ["오커스", "aukus", "방산", "정책"]
    assert html == "&lt;img src=x onerror=alert(1)&gt; <mark>오커스</mark>"


class BatchCountingSegmenter(FakeSegmenter):
    def __init__(self):
        self.calls: list[int] = []

    def terms(self, texts):
        texts = list(texts)
        self.calls.append(len(texts))
        return super().terms(texts)


def test_documents_are_segmented_in_runs_and_give_the_same_index(monkeypatch):
    """Only one run's text goes to the analyser at a time (its tokens are what a
    10,000-article index would otherwise hold all at once); the index is the same."""
    from generator.search import index as index_module
    docs = small_docs() * 3
    whole = BatchCountingSegmenter()
    one_run = build_index(docs, whole)
    monkeypatch.setattr(index_module, "SEGMENT_CHARS", 1)  # a run per document
    runs = BatchCountingSegmenter()
    assert build_index(docs, runs).postings == one_run.postings
    assert whole.calls == [sum(len(d.fields) for d in docs)]
    assert len(runs.calls) == len(docs) and sum(runs.calls) == whole.calls[0]


# -- segmentation cache ------------------------------------------------------------

class CountingSegmenter(FakeSegmenter):
    def __init__(self):
        self.seen: list[str] = []

    def terms(self, texts):
        texts = list(texts)
        self.seen += texts
        return super().terms(texts)


def cached_docs():
    docs = small_docs()
    docs.append(SearchDoc("actors/x/", "엑스", "p", "", [], [(NAME, "엑스", True), (BODY, "엑스 협력 협력", False)]))
    return docs


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


@pytest.mark.parametrize("layout", ["buckets", "files"])
def test_cache_gives_the_same_index(tmp_path, layout):
    from generator.search import SegmentCache
    docs = cached_docs()
    write_index(build_index(docs, FakeSegmenter()), tmp_path / "plain")
    cache = SegmentCache(tmp_path / "cache", "fake", layout=layout)
    cold = CountingSegmenter()
    write_index(build_index(docs, cold, cache), tmp_path / "cold")
    assert cache.hits == 0 and cache.misses == 3
    warm = CountingSegmenter()
    cache = SegmentCache(tmp_path / "cache", "fake", layout=layout)
    write_index(build_index(docs, warm, cache), tmp_path / "warm")
    assert warm.seen == [] and cache.hits == 3
    assert files_of(tmp_path / "plain") == files_of(tmp_path / "cold") == files_of(tmp_path / "warm")

    # one changed document: only it is segmented; the stale entry is dropped
    docs[1].fields[1] = (BODY, "오커스 협력 확대", False)
    seg = CountingSegmenter()
    cache = SegmentCache(tmp_path / "cache", "fake", layout=layout)
    write_index(build_index(docs, seg, cache), tmp_path / "changed")
    write_index(build_index(docs, FakeSegmenter()), tmp_path / "changed-plain")
    assert cache.hits == 2 and seg.seen == [t for _w, t, _x in docs[1].fields]
    assert files_of(tmp_path / "changed") == files_of(tmp_path / "changed-plain")
    keys = {cache.key(d.fields) for d in docs}
    assert SegmentCache(tmp_path / "cache", "fake", layout=layout).load(keys).keys() == keys
    stored = [p for p in (tmp_path / "cache").rglob("*") if p.is_file()]
    if layout == "files":
        assert sorted(p.stem for p in stored) == sorted(keys)
    else:
        import pickle
        assert sorted(k for p in stored for k in pickle.loads(p.read_bytes())) == sorted(keys)


def test_cache_key_covers_configuration_and_source(tmp_path, monkeypatch):
    from generator.search import SegmentCache
    import generator.search.cache as cache_mod
    docs = cached_docs()
    build_index(docs, FakeSegmenter(), SegmentCache(tmp_path, "fake"))
    seg = CountingSegmenter()
    other = SegmentCache(tmp_path, "another analyser")
    build_index(docs, seg, other)
    assert other.hits == 0 and seg.seen
    monkeypatch.setattr(cache_mod, "source_fingerprint", lambda: "edited source")
    edited = SegmentCache(tmp_path, "another analyser")
    build_index(docs, FakeSegmenter(), edited)
    assert edited.hits == 0


def test_damaged_cache_is_ignored(tmp_path):
    from generator.search import SegmentCache
    docs = cached_docs()
    build_index(docs, FakeSegmenter(), SegmentCache(tmp_path, "fake"))
    for p in tmp_path.rglob("*.pickle"):
        p.write_bytes(b"not a pickle")
    cache = SegmentCache(tmp_path, "fake")
    index = build_index(docs, FakeSegmenter(), cache)
    assert cache.hits == 0 and index.postings == build_index(docs, FakeSegmenter()).postings
