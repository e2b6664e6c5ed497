"""The search analyser in a process of its own (generator/search/helper.py): the terms it
returns are the build process' own, and a helper that fails leaves the segmenter working."""
from __future__ import annotations

import logging

import pytest

from generator.search import Segmenter, build_search, collect
from generator.search.helper import SegmentHelper

pytest.importorskip("kiwipiepy")

TEXTS = ["‘오커스(AUKUS)’가 방산정책조정회의를 열었다.", "韓美日 정상이 만났다", "",
         "제이크 설리번 보좌관은 https://example.org 에서 밝혔다.", "서승환 국토부 장관은 말했다."]


def test_helper_terms_are_the_build_process_terms():
    with SegmentHelper() as helper:
        assert Segmenter(helper=helper).terms(TEXTS) == Segmenter().terms(TEXTS)


def test_a_failed_helper_falls_back_to_the_build_process(caplog):
    helper = SegmentHelper()
    helper._proc.kill()
    helper._proc.wait()
    seg = Segmenter(helper=helper)
    with caplog.at_level(logging.WARNING, logger="generator.search.helper"):
        assert seg.terms(TEXTS) == Segmenter().terms(TEXTS)
    assert "segmenting in the build process" in caplog.text
    assert seg._helper is None
    helper.close()


@pytest.mark.slow
def test_index_is_the_same_with_the_helper(built, tmp_path):
    from tests.test_search_cache import fake_site, files_of
    kb = built[2]
    assert collect(kb)
    build_search(fake_site(tmp_path / "plain"), kb)
    with SegmentHelper() as helper:
        build_search(fake_site(tmp_path / "helper"), kb, segmenter=Segmenter(helper=helper))
    assert files_of(tmp_path / "plain") == files_of(tmp_path / "helper")


def test_texts_segmented_ahead_give_the_same_terms():
    with SegmentHelper() as helper:
        helper.segment_ahead([t for t in TEXTS if t.strip()][:3])
        assert Segmenter(helper=helper).terms(TEXTS) == Segmenter().terms(TEXTS)
        assert Segmenter(helper=helper).terms(TEXTS[::-1]) == Segmenter().terms(TEXTS[::-1])  # asked again
