"""Quotations: what counts as reported speech, where a quotation starts and ends (unpaired
marks, chains, lists of sayings), and quoted words that are no speech (titles, names, terms).

Who said it is in test_speakers.py. Sentences written for these tests, with invented names,
not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from ..extract_support import analysed, sayings

P = pytest.param


@pytest.mark.parametrize("body,expected", [
    # (sentence, every quotation as (text, speaker, verb of saying))
    P("김철수 장관은 “예산을 늘리겠다”고 밝혔다. 그는 “서두르지 않겠다”고 덧붙였다.",
      [("예산을 늘리겠다", "김철수", "밝혔다"), ("서두르지 않겠다", "김철수", "덧붙였다")],
      id="quotes-two-sayings-the-second-by-a-pronoun"),
    P("“계획대로 진행한다”라고 환경부는 설명했다.", [("계획대로 진행한다", "환경부", "설명했다")],
      id="quotes-quotation-before-its-subject"),
    P("뉴욕타임스는 “협상이 결렬됐다”고 보도했다.", [("협상이 결렬됐다", "뉴욕타임스", "보도했다")],
      id="quotes-newspaper-reports"),
    P("국토연구원 관계자는 “수요가 줄었다”며 “내년에는 회복될 것”이라고 전망했다.",
      [("수요가 줄었다", "국토연구원 관계자", "전망했다"), ("내년에는 회복될 것", "국토연구원 관계자", "전망했다")],
      id="quotes-chain-with-myeo-shares-the-verb"),
])
def test_quotations(analyser, body, expected):
    an = analysed(body, analyser)
    assert [(q.text, q.speaker, q.verb) for q in an.quotes] == expected


SPANS = [
    # (sentence, the quotation's exact text, its speaker)
    # unpaired opening mark: the quotation ends at the quotative ending before the verb
    P("박영수 위원장은 \"내년에는 예산을 늘리겠다라고 기자들에게 말했다.", "내년에는 예산을 늘리겠다", "박영수",
      id="quotes-unpaired-mark-ends-at-the-quotative"),
    # an opening mark left open to the paragraph's end
    P("박영수 위원장은 기자들에게 “내년에는 예산을 늘리고 인력을 보강하겠다. 안전이 최우선이다",
      "내년에는 예산을 늘리고 인력을 보강하겠다. 안전이 최우선이다", "박영수",
      id="quotes-unpaired-mark-runs-to-the-paragraph-end"),
    # a quotative written apart from the closing mark
    P("참여연대는 \"제도 개선 방안은 무엇인가\" 라며 답변을 요구했다.", "제도 개선 방안은 무엇인가", "참여연대",
      id="quotes-quotative-written-apart"),
    # noun clauses: "…"는 말, "…" 하는 분위기, "…"는 각오
    # (a saying reported by someone else belongs to its own subject, since round 9: the pirates
    # said it, the official reports it)
    P("해양경찰청 관계자는 해적들이 \"유치장이 호텔보다 낫다\"는 말을 했다고 전했다.", "유치장이 호텔보다 낫다", "해적들",
      id="quotes-noun-clause-neun-mal"),
    P("주민들은 \"더 이상은 못 참겠다\" 하는 분위기다.", "더 이상은 못 참겠다", "주민들", id="quotes-noun-clause-haneun-bunwigi"),
    P("선수들은 \"우리가 반드시 이긴다\"는 각오로 경기에 나섰다.", "우리가 반드시 이긴다", "선수들",
      id="quotes-noun-clause-neun-gago"),
    # a misspelt verb of saying still closes the clause
    P("김영수 국방부 장관은 “정책을 바꾸겠다”고 발혔다.", "정책을 바꾸겠다", "김영수", id="quotes-misspelt-verb-of-saying"),
    # 으며 after a closing mark written mid-word
    P("조영호 본부장은 “흰색을 바탕으로 했”으며 “빨간색은 열정을 상징한다”고 말했다.", "흰색을 바탕으로 했", "조영호",
      id="quotes-closing-mark-mid-word-before-eumyeo"),
]


@pytest.mark.parametrize("body,text,speaker", SPANS)
def test_quotation_span(analyser, body, text, speaker):
    assert (text, speaker) in sayings(analysed(body, analyser))


STARTS = [
    # (sentence, the start of one quotation found)
    # a compound speech noun after the quotation (수상+소감)
    P("신인왕 박서진은 \"하늘에 계신 할머니께 기도했다\"는 수상소감을 남겼다.", "하늘에 계신",
      id="quotes-compound-speech-noun-susangsogam"),
    # the original wording in brackets between the quotation and its particle
    P("대변인은 \"그 나라는 남의 일에 간섭한다\"(meddlesome)이란 평가도 내놨다.", "그 나라는",
      id="quotes-original-wording-in-brackets-before-the-particle"),
    # a verdict noun (평가) names the content of the quotation
    P("연구소는 \"정책의 전환일 수 있다\"는 평가를 내놓았다.", "정책의 전환", id="quotes-verdict-noun-pyeongga"),
    # a list of quotations ending in 등의 … 발언
    P("그는 \"그 나라는 가난하다\", \"배울 게 없다\" 등의 차별적인 발언을 했다.", "배울 게 없다",
      id="quotes-list-ending-in-deungui-bareon"),
    # single-marked sayings in a list ending in 등등 … 내용
    P("휴대전화에는 '고맙다' '먼저 가서 미안하다' 등등 작별을 뜻하는 내용이 남아 있었다.", "먼저 가서",
      id="quotes-single-marked-list-ending-in-deungdeung-naeyong"),
    # a list of quotations ending in 등으로 … 모욕했다
    P("일부 누리꾼들은 \"부끄러운 줄 알아라\", \"다시는 오지 마라\" 등으로 선수를 모욕했다.", "다시는 오지",
      id="quotes-list-ending-in-deungeuro-insulted"),
]


@pytest.mark.parametrize("body,start", STARTS)
def test_quotation_found(analyser, body, start):
    got = sayings(analysed(body, analyser))
    assert any(t.startswith(start) for t, _ in got), got


NOT_SPEECH = [
    # (sentence, quoted words that are no quotation)
    P("탐사선은 \"레오나르도\"라고 불리는 모듈을 설치했다.", "레오나르도", id="quotes-not-a-name-called-so"),
    P("오프닝 곡은 \"봄이 오면 우리 다시\"이고 엔딩곡은 따로 있다.", "봄이 오면 우리 다시", id="quotes-not-a-song-title"),
    P("그 단계는 ‘보수가 시급히 필요한 상태’ 한 단계임에도 방치됐다.", "보수가 시급히 필요한 상태",
      id="quotes-not-a-quoted-category"),
]


@pytest.mark.parametrize("body,text", NOT_SPEECH)
def test_not_a_quotation(analyser, body, text):
    assert text not in [t for t, _ in sayings(analysed(body, analyser))]


NO_QUOTES = [
    # (sentence, headline or None): no quotation at all
    P("그는 ‘도시의 미래’라는 책을 냈다.", None, id="quotes-none-for-a-book-title"),
    P("노동자들이 모였다.", "노총, 서울서 \"7·2 전국노동자대회\" 열어", id="quotes-none-for-an-event-name-in-a-headline"),
    P("위원회는 ‘분자기계(molecular machine)’란 생리적 현상을 모방한 장치라고 말한다.", None,
      id="quotes-none-for-a-term-in-a-sentence-of-saying"),
    # a quoted name after X에 따르면 is not a saying
    P("일본 기상청에 따르면, ‘카논’은 16일 오키나와 남쪽에 있다.", None, id="quotes-none-for-a-name-after-ttareumyeon"),
    # a list of quoted search words is not a list of sayings
    P("'자유'나 '민주' 등의 민감한 검색어는 접속이 차단된다.", None, id="quotes-none-for-a-list-of-search-words"),
    P("박정훈 위원장은 회의에 참석했다. 통신은 동행한 인물이 부인인 ‘박정훈’이라고 전했다.", None,
      id="quotes-none-for-a-persons-name-in-quotation-marks"),
    # a name people use, and a category (terms, see test_terms.py)
    P("엔화 값이 크게 떨어져 \"슈퍼 엔저\" 라고 하는데 수출 기업이 웃고 있다.", None,
      id="quotes-none-for-a-name-people-use"),
    P("의원은 이 행위가 '직권 남용'에 해당한다고 주장했다.", None, id="quotes-none-for-a-quoted-category"),
]


@pytest.mark.parametrize("body,title", NO_QUOTES)
def test_no_quotation(analyser, body, title):
    assert analysed(body, analyser, title=title).quotes == ()


def test_what_a_word_means_is_not_a_saying(analyser):
    an = analysed("오토파지(autophagy)는 ‘스스로 먹는다’는 뜻이다. 그는 \"당장 사퇴하겠다\"는 뜻을 밝혔다.", analyser)
    assert [t for t, _ in sayings(an)] == ["당장 사퇴하겠다"]


def test_mixed_quotation_marks_make_two_quotations(analyser):
    got = sayings(analysed("공정위는 “소비자들은 추천하는 책으로 인식하고 있다\"며 \"광고비를 낸 서적임을 "
                           "알리지 않은 것은 기만”이라고 밝혔다.", analyser))
    assert [t[:4] for t, _ in got] == ["소비자들", "광고비를"] and all(s == "공정위" for _, s in got), got


def test_epithets_in_a_list_are_quotations(analyser):
    got = sayings(analysed("병원장은 장교들에게 한 교육에서 그를 \"굼뜬 병사\", \"맞을 만 해서 맞았다\"는 등의 발언을 "
                           "쏟아냈다.", analyser))
    assert [t for t, _ in got] == ["굼뜬 병사", "맞을 만 해서 맞았다"] and all(s == "병원장" for _, s in got), got


def test_a_forced_false_statement_is_a_quotation(analyser):
    got = sayings(analysed("그는 직원들에게 '출산 당시 아이의 건강이 좋지 않았다'는 허위 진술을 강요했다.", analyser))
    assert got and got[0][0].startswith("출산 당시"), got
