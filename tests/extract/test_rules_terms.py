"""One case per named term rule (`python -m generator rules`, stage `terms`): a sentence written
for the test and what the rule makes of it. Each case fails when its rule is taken out."""
from __future__ import annotations

import pytest

from tests.extract_support import analyse_body

CASES = [
    # the sink every pattern adds through (termsink)
    pytest.param("신형 라온미사일은 사거리를 늘린 무기다.", {"term": "라온미사일"}, id="terms-without-lead-word"),
    pytest.param("도모데도보 국제공항(Домодедово)에 도착했다.",
                 {"term": "도모데도보 국제공항", "glosses": ["Домодедово"]}, id="terms-own-script-place"),
    # glosses (termgloss)
    pytest.param("가온재단(미국 뉴욕)은 기금을 내놓았다.", {"no_term": "가온재단"}, id="terms-bracket-describes"),
    pytest.param("서울방향 한국고속철도(KTX)가 멈췄다.",
                 {"term": "한국고속철도", "glosses": ["KTX"]}, id="terms-gloss-term-start"),
    pytest.param("회사는 COO(최고운영책임자)를 새로 뽑았다.",
                 {"term": "최고운영책임자", "glosses": ["COO"]}, id="terms-acronym-expansion"),
    pytest.param("결승전(잠실)은 매진됐다.", {"no_term": "결승전"}, id="terms-bracket-says-where"),
    pytest.param("정부는 ‘새로운 기준(New norm)’을 제시했다.",
                 {"term": "새로운 기준", "glosses": ["New norm"]}, id="terms-quoted-phrase-glossed"),
    pytest.param("군은 NLL(북방한계선) 부근에서 훈련했다.",
                 {"term": "북방한계선", "glosses": ["NLL"]}, id="terms-korean-side-is-term"),
    pytest.param("모바일·사물인터넷(IoT) 시장이 커졌다.",
                 {"term": "사물인터넷", "glosses": ["IoT"]}, id="terms-acronym-glosses-last-item"),
    pytest.param("성곽의 하부 치성(雉城)이 무너졌다.", {"term": "치성", "glosses": ["雉城"]}, id="terms-hanja-covers-tail"),
    pytest.param("그는 부정선거 의혹 영화(더 플랜)를 만들었다.",
                 {"no_term": "부정선거 의혹 영화"}, id="terms-bracket-titles-work"),
    pytest.param("장관(국방부)은 회의에 참석했다.", {"no_term": "장관"}, id="terms-bracket-says-whose"),
    # quoted coinages (termquoted)
    pytest.param("그는 ‘몰랐다’며 웃었다.", {"no_term": "몰랐다"}, id="terms-quoted-noun-shape"),
    pytest.param("그는 ‘광고’라는 말을 썼다.", {"no_term": "광고"}, id="terms-scare-quoted-word"),
    pytest.param("그는 “시기상조”라고 말했다.", {"no_term": "시기상조"}, id="terms-reported-speech"),
    pytest.param("시장에서는 ‘기득권’ 논란이 여전하다.", {"no_term": "기득권"}, id="terms-plain-noun"),
    pytest.param("이른바 도담 스캔들을 두고 논란이 일었다.", {"term": "도담 스캔들", "how": "quoted"},
                 id="terms-so-called-bare"),
    pytest.param("이른바 ‘갑질’ 논란이 커졌다.", {"term": "갑질", "how": "quoted"}, id="terms-so-called-quoted"),
    pytest.param("그는 ‘기득권’이라는 말을 썼다.", {"term": "기득권", "how": "quoted"}, id="terms-named-as-word"),
    pytest.param("영화 ‘바람의 노래’가 개봉했다.", {"no_term": "바람의 노래"}, id="terms-not-a-coinage"),
    pytest.param("그의 행동은 ‘사법 방해’에 해당한다.", {"term": "사법 방해", "how": "quoted"}, id="terms-amounts-to"),
    # appositives and namings (termappos)
    pytest.param("세계적인 라온지수가 발표됐다.", {"no_term": "라온지수"}, id="terms-describing-noun"),
    pytest.param("수질 정화 장치인 라온망은 강물을 걸러낸다.",
                 {"term": "라온망", "definition": "수질 정화 장치", "how": "appositive"}, id="terms-appositive"),
    pytest.param("주요 포털 사이트 중 하나인 다온은 서비스를 중단했다.",
                 {"term": "다온", "definition": "주요 포털 사이트 중 하나"}, id="terms-one-of"),
    pytest.param("정부는 달빛정책이라는 구상을 내놓았다.",
                 {"term": "달빛정책", "definition": "구상", "how": "copular"}, id="terms-y-called-x"),
    pytest.param("겨울철 바다에서 높은 파도가 한꺼번에 밀려온다. 이를 물벽현상이라고 부른다.",
                 {"term": "물벽현상", "definition": "겨울철 바다에서 높은 파도가 한꺼번에 밀려온다."},
                 id="terms-called-this"),
    pytest.param("배의 균형을 잡기 위해 싣는 바닷물을 ‘평형수’라고 한다.",
                 {"term": "평형수", "definition": "배의 균형을 잡기 위해 싣는 바닷물"}, id="terms-called-object"),
    # copular definitions (copular)
    pytest.param("여기서 가온지수란 바다의 온도를 재는 지표를 말한다.",
                 {"term": "가온지수", "definition": "바다의 온도를 재는 지표"}, id="terms-clause-start"),
    pytest.param("파랑지수는 바람이 강해지면 높아지는 값을 말한다.",
                 {"term": "파랑지수", "definition": "바람이 강해지면 높아지는 값"}, id="terms-another-clause"),
    pytest.param("가온지수는 바다의 온도를 재는 지표다.",
                 {"term": "가온지수", "definition": "바다의 온도를 재는 지표", "how": "copular"}, id="terms-y-is-n"),
    pytest.param("모래톱지수란 해안의 모래가 줄어드는 속도를 말한다.",
                 {"term": "모래톱지수", "definition": "해안의 모래가 줄어드는 속도"}, id="terms-y-means"),
    # organisations with a descriptor (terms)
    pytest.param("국책기업 라온칩스가 공장을 세웠다.",
                 {"term": "라온칩스", "definition": "국책기업", "how": "appositive"}, id="terms-described-org"),
]


def check(an, want: dict) -> None:
    terms = {t.term: t for t in an.terms}
    if "no_term" in want:
        assert want["no_term"] not in terms, terms
        return
    assert want["term"] in terms, sorted(terms)
    t = terms[want["term"]]
    if "glosses" in want:
        assert list(t.glosses) == want["glosses"], t
    if "definition" in want:
        assert t.definition == want["definition"], t
    if "how" in want:
        assert t.how == want["how"], t


@pytest.mark.parametrize("body,want", CASES)
def test_term_rule(analyser, body, want):
    _art, an = analyse_body(body, analyser)
    check(an, want)
