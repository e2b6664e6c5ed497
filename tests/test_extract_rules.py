"""Table-driven tests of the round-2 rules (gazetteer, organisation lexicon, guards, quotes).

Sentences written for these tests; Kiwi is loaded once per session.
"""
from __future__ import annotations

import pytest

from generator.corpus import parse_article
from generator.extract import analyse_article
from generator.extract.gazetteer import place_kind
from generator.extract.terms import _gloss_items
from .extract_support import analyse_body, kinds  # noqa: F401


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


@pytest.mark.parametrize("text,proper,expected", [
    ("예산군", False, True), ("예산", False, False), ("예산", True, False), ("미야기현", False, True),
    ("캘리포니아주", False, True), ("나라현", False, True), ("나라", True, False), ("인도", False, False),
    ("인도", True, True), ("키르기스스탄", False, True), ("쿠알라룸푸르", False, True), ("지역", True, False),
    ("경기", True, False), ("화성시", False, True), ("크림반도", False, True),
])
def test_gazetteer(text, proper, expected):
    assert place_kind(text, proper) is expected


PLACES = [
    ("지진은 충청남도 예산군에서 일어났다.", "예산군"),
    ("대표단은 우즈베키스탄을 방문했다.", "우즈베키스탄"),
    ("태풍이 미야기현을 지나갔다.", "미야기현"),
    ("그는 한라산에 올랐다.", "한라산"),
]


@pytest.mark.parametrize("body,place", PLACES)
def test_places(analyser, body, place):
    assert place in kinds(run(body, analyser), "place")


NOT_PLACES = [
    ("세월호가 침몰한 지 10년이 지났다.", "세월호"),
    ("미국산 쇠고기 수입이 늘었다.", "미국산"),
    ("한국인 관광객 두 명이 다쳤다.", "한국인"),
]


@pytest.mark.parametrize("body,text", NOT_PLACES)
def test_not_places(analyser, body, text):
    an = run(body, analyser)
    assert text not in kinds(an, "place")
    assert text not in kinds(an, "person")


ORGS = [
    ("국제원자력기구는 사찰단을 보냈다.", "국제원자력기구"),
    ("NTSB는 조사 결과를 발표했다.", "NTSB"),
    ("태광실업 회장 박연차가 구속됐다.", "태광실업"),
    ("국세청은 세정지원을 하기로 했다.", "국세청"),
]


@pytest.mark.parametrize("body,org", ORGS)
def test_organisations(analyser, body, org):
    assert org in kinds(run(body, analyser), "organization")


def test_role_before_name_makes_affiliation_an_org(analyser):
    an = run("태광실업 회장 박연차가 구속됐다.", analyser)
    assert "태광실업" not in kinds(an, "person")
    assert "박연차" in kinds(an, "person")


def test_county_is_not_an_army(analyser):
    an = run("새 행정구역으로 천리마군이 생겼다.", analyser)
    assert "천리마군" not in kinds(an, "organization")


@pytest.mark.parametrize("body,surname", [
    ("기관사 박 모씨(41)는 신호를 보지 못했다.", "박"),
    ("경찰에 따르면 최씨가 역에서 다쳤다.", "최"),
])
def test_surname_with_ssi(analyser, body, surname):
    assert surname in kinds(run(body, analyser), "person")


@pytest.mark.parametrize("content,expected", [
    ("현대, 삼성, 농협, KB국민", []),
    ("영국, 하버드대 교수", []),
    ("부장 이정희", []),
    ("300마리", []),
    ("8인승", []),
    ("국보 191호", ["국보 191호"]),  # a heritage designation is another name of the item
    ("lottorich.co.kr", []),  # an address, not a name
    ("Международный Аэропорт, IATA: DME", ["Международный Аэропорт"]),
    ("Autophagy, 자가포식", ["Autophagy", "자가포식"]),
    ("IAEA", ["IAEA"]),
])
def test_gloss_items_keep_only_other_names(content, expected):
    assert _gloss_items(content) == expected


@pytest.mark.parametrize("body,not_term", [
    ("그는 ‘사실’ 그렇게 생각했다고 전했다.", "사실"),
    ("예산은 ‘8표’ 차이로 통과됐다.", "8표"),
])
def test_terms_precision(analyser, body, not_term):
    assert not_term not in {t.term for t in run(body, analyser).terms}


QUOTES = [
    ("공화당 의원들은 비판적인데, 존 스미스는 \"거짓\"이라고 일축했다.", "존 스미스"),
    ("회사 간부들이 찾아와 \"그동안 죄송했다\"고 말했다.", "회사 간부들"),
    ("보안관계자가 \"폭탄이 터졌다\"고 설명했다.", "보안관계자"),
    ("한편 새누리당도 \"매우 안타깝다\"며 애도를 표했다.", "새누리당"),
]


@pytest.mark.parametrize("body,speaker", QUOTES)
def test_quote_speakers(analyser, body, speaker):
    qs = run(body, analyser).quotes
    assert qs and qs[0].speaker == speaker


def test_headline_quote_without_comma(analyser):
    art, _ = parse_article("김영희 \"우리는 처음부터 다시 시작하겠습니다\" 눈물\n\n김영희 대표는 사퇴했다.\n", "t")
    an = analyse_article(art, analyser)
    assert an.quotes and an.quotes[0].speaker == "김영희"
