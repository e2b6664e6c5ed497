"""Table-driven tests of the round-6 rules: age brackets after names (`agebracket`), bare lists
of places (`coordlist`), quoted dictionary nouns that are no terms, and place units that are no
persons (`labels._place_unit`). Sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.labels import _place_unit
from .extract_support import analyse_body, kinds


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


@pytest.mark.parametrize("body,kind,name", [
    ("양궁 대표 정다은(23·청주시청)이 결승에 올랐다.", "person", "정다은"),
    ("양궁 대표 정다은(23·청주시청)이 결승에 올랐다.", "organization", "청주시청"),
    ("유도 대표 한서진(19·용인대)이 금메달을 땄다.", "organization", "용인대"),
    ("피의자 오민혁(41·인천)은 혐의를 부인했다.", "person", "오민혁"),
    ("피의자 오민혁(41·인천)은 혐의를 부인했다.", "place", "인천"),
    ("마라톤 우승자 김포(30)가 인터뷰했다.", "person", "김포"),             # the age outweighs the city
    ("이준석(45) 경기도 부지사는 말했다.", "person", "이준석"),
])
def test_age_bracket_finds(analyser, body, kind, name):
    assert name in kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,kind,name", [
    ("운전자 문모(52·회사원)씨가 다쳤다.", "organization", "회사원"),     # an occupation
    ("운전자 문모(52·회사원)씨가 다쳤다.", "term", "회사원"),
    ("피해자(34·여)는 병원으로 옮겨졌다.", "person", "피해자"),           # a common noun + age
    ("그 건물(12층)은 무너졌다.", "person", "건물"),
])
def test_age_bracket_guards(analyser, body, kind, name):
    assert name not in kinds(run(body, analyser), kind)


def test_age_bracket_keeps_role(analyser):
    an = run("이준석(45) 경기도 부지사는 말했다.", analyser)
    roles = {m.text: m.role for m in an.mentions if m.kind == "person"}
    assert roles.get("이준석") == "부지사"


@pytest.mark.parametrize("body,kind,names", [
    ("충청북도 괴산, 음성, 진천에 호우경보가 내려졌다.", "place", {"괴산", "음성", "진천"}),
    ("경상남도 하동, 산청, 함양에서 산불이 났다.", "place", {"하동", "산청", "함양"}),
    ("삼성전자, 하이닉스, 엘지디스플레이가 참여했다.", "organization", {"엘지디스플레이"}),  # chained
])
def test_lists_carry_kind(analyser, body, kind, names):
    assert names <= kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,kind,name", [
    ("김철수, 이영희, 박민수가 참석했다.", "place", "이영희"),          # personal names stay out
    ("한국은 정치, 경제, 문화 분야에서 협력했다.", "place", "경제"),     # common nouns need a place on each side
    ("서울과 정치, 경제 문제가 얽혔다.", "place", "정치"),
])
def test_lists_guard(analyser, body, kind, name):
    assert name not in kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,term,kept", [
    ("그는 ‘대기업’ 위주의 정책을 비판했다.", "대기업", False),          # 대/XPN 기업/NNG, 3 syllables
    ("‘기득권’ 세력이 반발했다.", "기득권", False),
    ("이른바 ‘기득권’ 논쟁이 벌어졌다.", "기득권", True),                # introduced as a name
    ("일명, ‘오로라’ 작전이 시작됐다.", "오로라", True),
    ("‘기득권(旣得權)’ 논쟁이 벌어졌다.", "기득권", True),               # glossed
    ("이를 ‘보통국가’로 부른다.", "보통국가", True),                    # 4 syllables
])
def test_quoted_plain_nouns(analyser, body, term, kept):
    assert (term in {t.term for t in run(body, analyser).terms}) is kept


@pytest.mark.parametrize("word,unit", [
    ("양평점", True), ("부천병", True), ("안산갑", True), ("대전역", True),
    ("김민재", False), ("이정병", False), ("서울시", False), ("박", False),
])
def test_place_unit(word, unit):
    assert _place_unit(word) is unit


@pytest.mark.parametrize("body,name", [
    ("이마트 양평점이 문을 열었다.", "양평점"),
    ("경기 부천병 후보가 말했다.", "경기 부천병"),
    ("인천 남동갑이 격전지다.", "남동갑"),
])
def test_place_unit_is_no_person(analyser, body, name):
    assert name not in kinds(run(body, analyser), "person")


@pytest.mark.parametrize("body,name", [
    ("내몽골의 초원이 사막이 되고 있다.", "내몽골"),        # not 나/NP 의/JKG 몽골
    ("중국 내몽골자치구에 눈이 왔다.", "내몽골자치구"),
    ("연변조선족자치주에서 축제가 열렸다.", "연변조선족자치주"),
])
def test_autonomous_regions(analyser, body, name):
    assert name in kinds(run(body, analyser), "place")
