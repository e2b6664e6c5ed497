"""One case per named rule of the actors' second pass (`generator/extract/unknowns.py`, stage
`resolve`): a sentence written for the test and the kind it gives an unclassified name. Each case
fails when its rule is taken out."""
from __future__ import annotations

import pytest

from generator.model import ORGANIZATION, PERSON, PLACE
from tests.extract_support import analyse_body

CASES = [
    pytest.param("엘리자베스 2세는 연설을 했다.", {"name": "엘리자베스 2세", "kind": PERSON}, id="resolve-regnal-number"),
    pytest.param("라온칩스 대표 김하람은 이렇게 말했다. 라온칩스는 공장을 세웠다.",
                 {"name": "라온칩스", "kind": ORGANIZATION, "confidence": 1.0}, id="resolve-known-in-article"),
    pytest.param("최도윤(국민대)·김하람(세종대) 공동연구팀이 논문을 냈다.", {"name": "최도윤", "kind": PERSON},
                 id="resolve-affiliation-bracket"),
    pytest.param("2위는 도르비노(브라질)가 차지했다. 회의는 도하(카타르)에서 열렸다.", {"name": "도르비노", "kind": PERSON},
                 id="resolve-name-with-country-or-club"),
    pytest.param("스티브 워즈니악과 함께 회사를 세웠다.", {"name": "스티브 워즈니악", "kind": PERSON},
                 id="resolve-foreign-given-name"),
    # (the rule reads a list of names everyone knows: the case needs one of them)
    pytest.param("고르바초프 회고록이 나왔다.", {"name": "고르바초프", "kind": PERSON}, id="resolve-known-person"),
    pytest.param("하준 로웰 대표는 이렇게 말했다. 로웰은 회사를 떠났다.",
                 {"name": "로웰", "kind": PERSON, "confidence": 1.0}, id="resolve-part-of-full-name"),
    pytest.param("KRX(한국철도연구공단)는 사업을 시작했다.", {"name": "KRX", "kind": ORGANIZATION},
                 id="resolve-acronym-expanded"),
    pytest.param("박서윤 측은 반박했다.", {"name": "박서윤", "kind": PERSON}, id="resolve-korean-name-side"),
    pytest.param("누리텔은 10일 오전 광화문 라벤스퀘어에서 행사를 열었다.", {"name": "라벤스퀘어", "kind": PLACE},
                 id="resolve-site-in-place"),
    pytest.param("라벤시아 측은 입장을 밝혔다.", {"name": "라벤시아", "kind": ORGANIZATION}, id="resolve-side-noun-cue"),
    pytest.param("가온 타이거즈의 도르비노가 홈런을 쳤다.", {"name": "도르비노", "kind": PERSON}, id="resolve-club-player"),
    pytest.param("그룹 블랙핑크의 제니가 무대에 올랐다.", {"name": "제니", "kind": PERSON}, id="resolve-club-player-group-member"),
    pytest.param("박서윤은 이렇게 말했다.", {"name": "박서윤", "kind": PERSON}, id="resolve-korean-name-argument"),
    pytest.param("경찰은 1964년 도하준 등 학생 41명을 검거했다.", {"name": "도하준", "kind": PERSON},
                 id="resolve-name-then-people-count"),
    pytest.param("도르비에프는 부상으로 결장했다.", {"name": "도르비에프", "kind": PERSON}, id="resolve-person-verb"),
    pytest.param("2위는 아사다 마오(일본)가 차지했다.", {"name": "아사다 마오", "kind": PERSON},
                 id="resolve-name-with-country-or-club-two-words"),
    pytest.param("스비보디진은 인구 2만명에 불과한 작은 도시다.", {"name": "스비보디진", "kind": PLACE},
                 id="resolve-place-class-predicate"),
    pytest.param("대통령은 라벤시아를 방문했다.", {"name": "라벤시아", "kind": PLACE}, id="resolve-place-argument-object"),
    pytest.param("청년특별위원으로 박칼린이 임명되었다.", {"name": "박칼린", "kind": PERSON},
                 id="resolve-person-verb-appointed"),
    pytest.param("프레이저 스토더트(Fraser Stoddart)는 말했다.", {"name": "프레이저 스토더트", "kind": PERSON},
                 id="resolve-latin-glossed-person"),
    pytest.param("KTSB는 사고 원인을 발표했다.", {"name": "KTSB", "kind": ORGANIZATION}, id="resolve-acronym-acting"),
    pytest.param("JR서일본은 운행을 멈춘다고 밝혔다.", {"name": "JR서일본", "kind": ORGANIZATION},
                 id="resolve-latin-hangul-body"),
    pytest.param("마루넷에 따르면 사고가 났다.", {"name": "마루넷", "kind": ORGANIZATION}, id="resolve-source-phrase"),
    pytest.param("라벤코, 도르텍 등 유럽계 업체가 참여했다.", {"name": "도르텍", "kind": ORGANIZATION},
                 id="resolve-list-closed-by-class"),
    pytest.param("지진 피해는 라벤키아, 이스도르룬 등 11개 주에 걸쳐 있다.", {"name": "이스도르룬", "kind": PLACE},
                 id="resolve-list-closed-by-class-count"),
    pytest.param("지진으로 치안도르, 수카라미 등 서자바주 일대에서 38명이 숨졌다.", {"name": "치안도르", "kind": PLACE},
                 id="resolve-list-closed-by-class-area"),
    pytest.param("누리셀은 어제 신제품을 출시했다.", {"name": "누리셀", "kind": ORGANIZATION}, id="resolve-acting-body"),
    pytest.param("대표단은 마르벨에서 회담을 열었다.", {"name": "마르벨", "kind": PLACE}, id="resolve-locative-place"),
    pytest.param("대표단은 라벤시아에 도착했다.", {"name": "라벤시아", "kind": PLACE}, id="resolve-place-argument"),
    pytest.param("고(故) 도예종 묘소를 찾았다.", {"name": "도예종", "kind": PERSON}, id="resolve-the-late"),
    pytest.param("고(故) 알렉세이 나발니의 부인이 왔다.", {"name": "알렉세이 나발니", "kind": PERSON}, id="resolve-the-late-foreign"),
    # (a list of a place and an organisation: the list gives no single kind, the neighbour does)
    pytest.param("부산과 라벤시아, 삼성전자가 참여했다.", {"name": "라벤시아", "kind": PLACE}, id="resolve-coordinated"),
    pytest.param("최근 최서실 사태와 탄핵소추가 겹쳤다.", {"name": "최서실", "kind": PERSON}, id="resolve-name-of-an-affair"),
    pytest.param("크리스티아누 호날두와 네이마르가 맞붙었다.", {"name": "네이마르", "kind": PERSON},
                 id="resolve-coordinated-person"),
    pytest.param("그룹의 카리나와 윈터가 파리로 출국했다.", {"name": "카리나", "kind": PERSON},
                 id="resolve-coordinated-second-pass"),
]


def check(an, want: dict) -> None:
    found = [m for m in an.mentions if m.text == want["name"] and m.kind == want["kind"]]
    assert found, [(m.text, m.kind) for m in an.mentions]
    if "confidence" in want:
        assert found[-1].confidence == want["confidence"], found  # (the last: the one the rule reads)


@pytest.mark.parametrize("body,want", CASES)
def test_unknown_name_rule(analyser, body, want):
    _art, an = analyse_body(body, analyser)
    check(an, want)


@pytest.mark.parametrize("body", [
    pytest.param("원작인 영국 드라마 스탠리 휘팅엄과 달랐다. 그는 스탠리 휘팅엄의 문제점을 지적했다.",
                 id="resolve-title-after-work-noun"),
])
def test_a_title_after_a_work_noun_is_no_actor_anywhere_in_the_article(analyser, body):
    """`드라마 스탠리 휘팅엄` makes the name a title, so `스탠리 휘팅엄의` later in the article is no
    person either."""
    _art, an = analyse_body(body, analyser)
    assert not [m for m in an.mentions if m.text == "스탠리 휘팅엄"], an.mentions
    _art, an = analyse_body("그는 스탠리 휘팅엄의 문제점을 지적했다.", analyser)
    assert [m for m in an.mentions if m.text == "스탠리 휘팅엄" and m.kind == PERSON]  # (without the work noun: a person)


def test_a_list_closed_by_a_class_of_people_lists_people(analyser):
    """resolve-list-closed-by-class: `등` + a class noun of people, past a short genitive, makes
    the list's bare names people."""
    _art, an = analyse_body("행사에는 라벤코, 도르텍등 각 국의 유명인사들이 참석했다.", analyser)
    assert {"라벤코", "도르텍"} <= {m.text for m in an.mentions if m.kind == PERSON}, an.mentions


def test_a_statistic_listed_with_a_name_is_no_person(analyser):
    """resolve-coordinated: a word ending like a noun of rates (출루율) is not made a person by a
    person-like neighbour in a list."""
    from generator.extract import analyse_article
    from tests.extract_support import make
    an = analyse_article(make("출루율, 장타율 왕에 오른 넥센 히어로즈의 박병호는 소감을 말했다."), analyser)
    assert not [m for m in an.mentions if m.text == "출루율" and m.kind == PERSON]
