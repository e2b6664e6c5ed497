"""What an extracted 'definition' really is: explanation, category, another name, or noise.
Phrases written for these tests (invented names)."""
from __future__ import annotations

import pytest

from generator.explain import quality as Q

CASES = [
    pytest.param("다람쥐호", "한반도 최초의 민간 우주발사체", Q.EXPLANATION, id="quality-explanation"),
    pytest.param("바닥수", "배의 무게중심을 잡으려고 싣는 물", Q.EXPLANATION, id="quality-explanation-relative-clause"),
    pytest.param("KX9", "Korea Explorer Nine", Q.OTHER_NAME, id="quality-other-name"),
    pytest.param("설악보", "雪嶽報", Q.OTHER_NAME, id="quality-other-name-hanja"),
    pytest.param("인구", "12만 5000여 명 정도", Q.NOISE, id="quality-value-not-definition"),
    pytest.param("개혁", "획기적", Q.NOISE, id="quality-evaluative-word"),
    pytest.param("별빛호", "탑재된 위성", Q.NOISE, id="quality-cut-relative-clause"),
    pytest.param("별빛호", "숨졌던 승객과 같은 기종", Q.NOISE, id="quality-cut-relative-clause-past"),
    pytest.param("놀이모임", "동영상 채널인 사회", Q.NOISE, id="quality-apposed-name"),
    pytest.param("해킹", "관계자는 이것이 새 방식의 공격이라고 한다", Q.NOISE, id="quality-whole-sentence"),
    pytest.param("Cas7", "효소", Q.CATEGORY, id="quality-bare-category"),
    pytest.param("관객", "피해자", Q.NOISE, id="quality-bare-category-not-a-kind"),
    pytest.param("봄날의 약속", "여름 애니메이션 시리즈", Q.NOISE, id="quality-named-work"),
]


@pytest.mark.parametrize("term,text,kind", CASES)
def test_judge(term, text, kind):
    assert Q.judge(term, text, ()).kind == kind


@pytest.mark.parametrize("gloss,marker", [
    pytest.param("주", True, id="quality-bracket-marker"),
    pytest.param("여, 65세", True, id="quality-bracket-marker-sex-age"),
    pytest.param("사진", True, id="quality-bracket-marker-photo"),
    pytest.param("현지시간", True, id="quality-bracket-marker-local-time"),
    pytest.param("AUKUS", False, id="quality-bracket-marker-real-gloss"),
])
def test_bracket_markers_are_never_glosses(gloss, marker):
    assert Q.bracket_marker(gloss) is marker


@pytest.mark.parametrize("text,kind", [
    pytest.param("성곽 북쪽에 있는 누각", "place", id="quality-actor-head"),
    pytest.param("노동자들이 만든 시민단체", "organization", id="quality-actor-head-org"),
    pytest.param("물가가 계속 떨어지는 현상", None, id="quality-actor-head-none"),
])
def test_actor_kind(text, kind):
    assert Q.actor_kind(text) == kind
