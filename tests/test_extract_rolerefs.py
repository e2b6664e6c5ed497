"""Table-driven tests of role references (`rolerefs`): `美 대통령`, `국방부 장관`, `김 장관` resolved
to the person the article introduced with that role, and left unresolved when two could be
meant. Sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.rolerefs import title_match
from .extract_support import analyse_body

EXAMPLE = ("조 바이든 미국 대통령이 10일 도쿄에 도착했다. 美 대통령은 기시다 후미오 총리와 만났다. "
           "미국 대통령은 “동맹이 중요하다”고 말했다.")


run = analyse_body


def speakers(an):
    return [q.speaker for q in an.quotes]


@pytest.mark.parametrize("body,speaker", [
    (EXAMPLE, "조 바이든"),                                                          # 미국 대통령
    ("조 바이든 미국 대통령이 10일 도쿄에 왔다. 美 대통령은 “동맹이 중요하다”고 말했다.", "조 바이든"),  # 美
    ("김철수 국방부 장관은 10일 회견을 열었다. 국방부 장관은 “훈련을 늘리겠다”고 밝혔다.", "김철수"),
    ("김철수 국방부 장관과 박영희 외교부 장관이 만났다. 외교부 장관은 “협력하겠다”고 말했다.", "박영희"),
    ("김철수 국방부 장관과 박영희 외교부 장관이 만났다. 국방부 장관은 “협력하겠다”고 말했다.", "김철수"),
    ("존 커비 백악관 대변인은 10일 브리핑을 했다. 백악관 대변인은 “협상은 계속된다”고 말했다.", "존 커비"),
    ("조 바이든 미국 대통령과 시진핑 중국 국가주석이 만났다. 중국 국가주석은 “협력하겠다”고 말했다.", "시진핑"),
    ("조 바이든 미국 대통령과 에마뉘엘 마크롱 프랑스 대통령이 만났다. 프랑스 대통령은 “협력하겠다”고 말했다.",
     "에마뉘엘 마크롱"),                                                             # affiliation decides
    ("로이드 오스틴 미국 국방장관은 10일 서울에 왔다. 美 국방장관은 “억지력을 강화하겠다”고 말했다.",
     "로이드 오스틴"),
    ("토니 블링컨 미국 국무장관이 10일 서울에 왔다. 美 장관은 “동맹을 지키겠다”고 말했다.", "토니 블링컨"),  # 국무장관 ~ 장관
    ("김철수 국방부 장관은 10일 회견을 열었다. 김 장관은 “훈련을 늘리겠다”고 밝혔다.", "김철수"),
    ("김철수 국방부 장관과 김영희 민주당 대표가 만났다. 김 대표는 “협력하겠다”고 말했다.", "김영희"),      # role decides
    ("오세훈 서울시장은 10일 회견을 했다. 오 시장은 “협력하겠다”고 말했다.", "오세훈"),
    ("박영희 민주당 대표가 10일 회견을 했다. 이 대표는 “협력하겠다”고 말했다.", "박영희"),  # 이 = "this"
])
def test_role_reference_speaker(analyser, body, speaker):
    assert speakers(run(body, analyser)[1]) == [speaker]


@pytest.mark.parametrize("body,wrong", [
    # two 장관 with no affiliation: `국방부 장관` may be either (or a third)
    ("김철수 장관과 박영희 장관이 만났다. 국방부 장관은 “협력하겠다”고 말했다.", {"김철수", "박영희"}),
    # two 김 장관
    ("김철수 국방부 장관과 김영희 외교부 장관이 만났다. 김 장관은 “협력하겠다”고 말했다.", {"김철수", "김영희"}),
    # two 이 대표
    ("이재명 민주당 대표와 이준석 국민의힘 대표가 만났다. 이 대표는 “협력하겠다”고 말했다.", {"이재명", "이준석"}),
    # a president with no country given is not the `미국 대통령`; the country is not the speaker
    ("윤석열 대통령은 10일 회의를 열었다. 미국 대통령은 “동맹이 중요하다”고 말했다.", {"윤석열", "미국"}),
    # two presidents: `美 대통령` with only the other's country given
    ("에마뉘엘 마크롱 프랑스 대통령과 문재인 대통령이 만났다. 美 대통령은 “협력하겠다”고 말했다.",
     {"에마뉘엘 마크롱", "문재인", "미국"}),
    # a deputy is another office: 부총리 is not the 총리
    ("추경호 부총리는 10일 회견을 했다. 일본 총리는 “협력하겠다”고 말했다.", {"추경호", "일본"}),
])
def test_role_reference_unresolved(analyser, body, wrong):
    got = speakers(run(body, analyser)[1])
    assert len(got) == 1 and got[0] not in wrong


def test_example_mentions(analyser):
    """`美 대통령`, `미국 대통령`: no person mention (no name in the span); the countries stay places."""
    art, an = run(EXAMPLE, analyser, title="바이든 美 대통령, 일본 방문")
    q = an.quotes[0]
    assert q.speaker == "조 바이든" and q.speaker_kind == "person"
    persons = [m for m in an.mentions if m.kind == "person"]
    assert all("대통령" not in m.text for m in persons)
    assert {m.key for m in persons} == {"조 바이든", "기시다 후미오"}
    body = art.text.index("美 대통령은")
    assert [m.key for m in an.mentions if m.start == body] == ["미국"]  # a place, not a person


@pytest.mark.parametrize("body,span,key", [
    ("김철수 국방부 장관은 10일 회견을 열었다. 김 장관은 훈련을 늘렸다.", "김", "김철수"),
    ("한덕수 국무총리는 10일 세종을 찾았다. 한 총리는 규제를 풀었다.", "한", "한덕수"),
    ("오세훈 서울시장은 10일 회견을 했다. 오 시장은 예산을 늘렸다.", "오", "오세훈"),
    ("김철수 국방부 장관과 김영희 외교부 장관이 만났다. 김 장관은 훈련을 늘렸다.", "김", "김"),  # unresolved
])
def test_surname_mention(analyser, body, span, key):
    """`김 장관`: a person mention whose span is the surname only (KLUE), keyed to the full name."""
    art, an = run(body, analyser)
    second = art.text.index(" " + span + " ", art.text.index(".")) + 1
    got = [m for m in an.mentions if m.start == second]
    assert [(m.text, m.kind, m.key) for m in got] == [(span, "person", key)]


def test_demonstrative_is_no_person(analyser):
    """`이 대표는` with nobody surnamed 이: "this 대표", not a person called 이."""
    _, an = run("박영희 민주당 대표가 10일 회견을 했다. 이 대표는 “협력하겠다”고 말했다.", analyser)
    assert [m.key for m in an.mentions if m.kind == "person"] == ["박영희"]


@pytest.mark.parametrize("phrase,person,ok", [
    ("장관", "장관", True),
    ("장관", "국무장관", True),       # 블링컨 국무장관 -> 장관
    ("총리", "국무총리", True),
    ("의원", "하원의원", True),
    ("대변인", "수석대변인", True),
    ("국방장관", "장관", True),       # with the affiliation check on 국방
    ("총리", "부총리", False),        # deputy: another office
    ("위원장", "부위원장", False),
    ("대표", "원내대표", False),
    ("총장", "사무총장", False),
    ("대통령", "부통령", False),
    ("장관", "차관", False),
])
def test_title_match(phrase, person, ok):
    assert title_match(phrase, person)[0] is ok


def test_sentence_after_full_stop(analyser):
    """Kiwi numbers `美` after `…했다.` with the sentence before; a new sentence starts there."""
    art, an = run("바이든 대통령이 도착했다. 美 대통령은 총리와 만났다.", analyser)
    k = art.text.index("美")
    assert any(s.start == k for s in an.sentences)
