"""The segmentation cache with the real analyser, on the shared session site's knowledge
base: the index written with a cold or warm cache is byte-identical to one written
without it, and a warm build sends nothing to the analyser."""
from __future__ import annotations

import pytest

import json
from dataclasses import replace
from pathlib import Path

from generator.search import Segmenter, build_search, collect

pytestmark = pytest.mark.slow  # builds whole sites with MkDocs

MATERIAL_INDEX = {"config": {"lang": ["ko"], "separator": "[\\s\\-]+", "pipeline": []}, "docs": [
    {"location": "", "title": "한국 뉴스 해설", "text": "한국어 뉴스 기사를 용어집과 함께 풀어 읽는다."},
    {"location": "about/", "title": "이 사이트는", "text": "기사에서 용어와 인물을 뽑아낸다."},
    {"location": "about/#licence", "title": "이용 허락", "text": "위키뉴스 기사는 CC BY 2.5로 이용한다."},
]}


def fake_site(root: Path) -> Path:
    (root / "search").mkdir(parents=True)
    (root / "search" / "search_index.json").write_text(json.dumps(MATERIAL_INDEX, ensure_ascii=False),
                                                       encoding="utf-8")
    return root


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_index_is_the_same_with_and_without_the_cache(built, tmp_path):
    kb = built[2]
    cache = tmp_path / "cache"
    build_search(fake_site(tmp_path / "plain"), kb)
    cold = build_search(fake_site(tmp_path / "cold"), kb, cache)
    # (two pages may hold the same text, e.g. a person and a glossary entry of one name with no
    # description: the cache segments each distinct document once)
    distinct = len({tuple(d.fields) for d in collect(kb, fake_site(tmp_path / "count"))})
    assert cold["search_cached"] == 0 and cold["search_segmented"] == distinct
    seg = Segmenter()
    warm = build_search(fake_site(tmp_path / "warm"), kb, cache, segmenter=seg)
    assert warm["search_cached"] == distinct and seg.chars == 0
    assert seg._analyser is None, "a fully cached build should not even load the analyser"
    expected = files_of(tmp_path / "plain")
    assert expected == files_of(tmp_path / "cold") == files_of(tmp_path / "warm")

    # one article changed: only its document (and nothing else) is segmented again
    aid = sorted(kb.articles)[1]
    art = kb.articles[aid]
    body = list(art.blocks)
    last = max(i for i, b in enumerate(body) if b.kind == "paragraph")
    body[last] = replace(body[last], text=body[last].text + " 미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.")
    kb2 = replace(kb, articles={**kb.articles, aid: replace(art, blocks=tuple(body))})
    changed = build_search(fake_site(tmp_path / "changed"), kb2, cache)
    assert changed["search_segmented"] == 1, changed
    build_search(fake_site(tmp_path / "changed-plain"), kb2)
    assert files_of(tmp_path / "changed") == files_of(tmp_path / "changed-plain")
    assert files_of(tmp_path / "changed") != expected
