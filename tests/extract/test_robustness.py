"""Odd input: the analysis returns, with every span at its offsets, for text in another
language, unbalanced marks, odd characters, an empty article and a very long line."""
from __future__ import annotations

import pytest

from generator.corpus import parse_article
from generator.extract import analyse_article

from ..extract_support import analyse_body, check_offsets

P = pytest.param


@pytest.mark.parametrize("body", [
    P("This article is written entirely in English, with (brackets) and “quotes”.", id="robustness-english-text"),
    P("“닫히지 않은 따옴표로 시작하는 문단이다. 그는 말했다.", id="robustness-unclosed-opening-quotation-mark"),
    P("괄호가 (((열리기만 하고 닫히지 않는다. 또 ‘작은따옴표도", id="robustness-unclosed-brackets-and-single-mark"),
    P("))) ”” ’’ 닫는 기호만 있다.", id="robustness-closing-marks-only"),
    P("😀😀😀 이모지와 \u200b 제로폭 공백, \t 탭이 섞인 문장.", id="robustness-emoji-zero-width-space-and-tab"),
    P("１２３ 전각 숫자와 ㈜ 기호, ‰ 기호.", id="robustness-fullwidth-digits-and-symbols"),
])
def test_bad_input_returns(analyser, body):
    art, an = analyse_body(body, analyser)
    check_offsets(art, an)


def test_empty_paragraphs_and_headline_only(analyser):
    art, _problems = parse_article("제목만 있는 기사\n\n\n\n", "t")
    assert art is not None
    an = analyse_article(art, analyser)
    assert an.article_id == "t"


def test_very_long_line_returns(analyser):
    unit = "김철수 장관은 “예산을 늘리겠다”고 밝혔다. 세계보건기구(WHO)의 ‘권고안’이 나왔다 (미완 "
    body = (unit * (200_000 // len(unit) + 1))[:200_000]
    art, an = analyse_body(body, analyser)
    check_offsets(art, an)
    assert an.quotes and an.terms
