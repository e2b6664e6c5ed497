"""The base glossary kept in a build's cache (generator/explain/base.py): the same entries,
problems and digest as reading the files, read again when a file changes."""
from __future__ import annotations

import pytest

from generator.explain import base as B

GLOSSARY = """- name: 기준금리
  definition: 중앙은행이 정하는 정책 금리.
"""


@pytest.fixture()
def folder(tmp_path, monkeypatch):
    monkeypatch.setattr(B, "_LOADED", {})
    d = tmp_path / "base"
    d.mkdir()
    (d / "a.yml").write_text(GLOSSARY, encoding="utf-8")
    return d


def fresh(folder, cache=None):
    B._LOADED.clear()
    return B.load_base_glossary(folder, cache)


def test_cached_base_is_the_files(folder, tmp_path):
    cache = tmp_path / "cache"
    first = fresh(folder, cache)
    assert (cache / B.CACHE_NAME).is_file()
    assert fresh(folder, cache) == first == fresh(folder)
    assert [e.name for e in first[0]] == ["기준금리"]


def test_changed_file_is_read_again(folder, tmp_path):
    cache = tmp_path / "cache"
    fresh(folder, cache)
    (folder / "a.yml").write_text(GLOSSARY.replace("기준금리", "금리"), encoding="utf-8")
    got = fresh(folder, cache)
    assert [e.name for e in got[0]] == ["금리"]
    assert got == fresh(folder)


def test_damaged_cache_is_ignored(folder, tmp_path):
    cache = tmp_path / "cache"
    cache.mkdir()
    (cache / B.CACHE_NAME).write_bytes(b"not a pickle")
    assert fresh(folder, cache) == fresh(folder)


def test_read_once_per_process(folder, monkeypatch):
    first = fresh(folder)
    monkeypatch.setattr(B, "_read_base", lambda _f: pytest.fail("read twice"))
    assert B.load_base_glossary(folder) is first
