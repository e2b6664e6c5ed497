"""Definitional sentences: X란 … 말한다, X는 … 뜻한다, …을 뜻하는 X. Invented sentences."""
from __future__ import annotations

import pytest

from generator.explain.patterns import defined_with_ran, definition_before_term, topic_definition


@pytest.mark.parametrize("sentence,term,definition", [
    pytest.param("광고형 콘텐츠란 광고성 정보를 이야기에 녹여 전하는 방식을 말한다.", "광고형 콘텐츠",
                 "광고성 정보를 이야기에 녹여 전하는 방식", id="patterns-term-defined-with-ran"),
    pytest.param("여기서 돌봄가구란, 홀로 사는 노인과 장애인 가구 등을 일컫는 말이다.", "돌봄가구",
                 "홀로 사는 노인과 장애인 가구 등을 일컫는 말", id="patterns-term-defined-with-ran-adverb"),
    pytest.param("‘분자스위치(molecular switch)’란 빛에 따라 모양을 바꾸는 분자를 말한다.", "분자스위치",
                 "빛에 따라 모양을 바꾸는 분자", id="patterns-term-defined-with-ran-quoted"),
    pytest.param("그는 내일 다시 말한다.", None, None, id="patterns-term-defined-with-ran-none"),
])
def test_defined_with_ran(sentence, term, definition):
    got = defined_with_ran(sentence)
    if term is None:
        assert got is None
    else:
        assert got[0] == term and got[2] == definition


def test_quoted_definition_keeps_its_gloss():
    got = defined_with_ran("‘분자스위치(molecular switch)’란 빛에 따라 모양을 바꾸는 분자를 말한다.")
    assert got[1] == ("molecular switch",)


@pytest.mark.parametrize("rule,sentence,term,definition", [
    pytest.param(topic_definition, "역성장은 경제 규모가 전보다 줄어드는 것을 뜻한다.", "역성장",
                 "경제 규모가 전보다 줄어드는", id="patterns-topic-definition"),
    pytest.param(definition_before_term, "물가가 계속 떨어지는 현상을 뜻하는 디플레이션이 우려된다.", "디플레이션",
                 "물가가 계속 떨어지는 현상", id="patterns-definition-before-term"),
])
def test_known_term_patterns(rule, sentence, term, definition):
    known = {"역성장": "역성장", "디플레이션": "디플레이션"}
    assert rule(sentence, known) == (term, definition)
