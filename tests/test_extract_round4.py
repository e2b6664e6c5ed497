"""Table-driven tests of the round-4 rules: grammatical cues for organisations and places
(`cues`), and the term guards (`termguards`). Sentences written for these tests."""
from __future__ import annotations

import pytest

from generator.extract.terms import _gloss_items
from .extract_support import analyse_body, kinds  # noqa: F401


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


@pytest.mark.parametrize("body,kind,name", [
    ("NHN 엔터테이먼트 측이 사과문을 냈다.", "organization", "NHN 엔터테이먼트"),      # X 측
    ("포스코퓨처엠 관계자는 공장을 늘린다고 말했다.", "organization", "포스코퓨처엠"),  # X 관계자
    ("부산성폭력상담소는 보도자료를 냈다.", "organization", "부산성폭력상담소"),        # head noun 상담소
    ("한국만화영상진흥원이 공모전을 주최했다.", "organization", "한국만화영상진흥원"),  # head noun 진흥원
    ("SK커뮤니케이션즈는 해킹 사실을 밝혔다.", "organization", "SK커뮤니케이션즈"),
    ("함대는 라타키아 앞바다에 머물렀다.", "place", "라타키아"),                        # X 앞바다
    ("대표단은 카라치에 도착했다.", "place", "카라치"),                                 # X에 도착하다
    ("시위대는 벵가지로 향했다.", "place", "벵가지"),                                   # X로 향하다
    ("정상회의는 다보스에서 열렸다.", "place", "다보스"),                               # X에서 열리다
])
def test_cues_find(analyser, body, kind, name):
    assert name in kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,kind,name", [
    ("바이든 측은 반발했다.", "organization", "바이든"),                # a person's camp
    ("합참은 재차 경고방송을 한 후 경고사격을 했다고 밝혔다.", "organization", "경고방송"),  # common noun + 방송
    ("소셜미디어와 신재생에너지 산업이 성장했다.", "organization", "소셜미디어"),
    ("김철수에 도착한 편지는 없었다.", "place", "김철수"),              # a Korean name is no destination
])
def test_cues_guard(analyser, body, kind, name):
    assert name not in kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,bad", [
    ("넬슨 만델라 전 대통령에 대해 그는 \"넬슨 만델라라는 사표(師表)가 있었다\"고 말했다.", "만델라"),  # person
    ("선수들은 김제덕(17·경북일고), 강채영(25·현대모비스)이었다.", "현대모비스"),   # age bracket
    ("선수들은 김제덕(17·경북일고), 강채영(25·현대모비스)이었다.", "강채영"),
    ("지급 계획은 ‘중견기업’(59.1%)이 가장 많았다.", "중견기업"),                 # survey option
    ("Jincheng Zhang이라는 이름을 가진 아티스트가 있다.", "Zhang"),                 # X라는 이름
    ("그는 ‘유튜브’에 영상을 올렸다.", "유튜브"),                                    # quoted known org
])
def test_term_guards(analyser, body, bad):
    assert bad not in {t.term for t in run(body, analyser).terms}


@pytest.mark.parametrize("body,term", [
    ("일본 정부는 국책기업 라피더스에 보조금을 준다.", "라피더스"),       # unfamiliar org + descriptor
    ("남조류(藍藻類) 독소가 검출되었다.", "남조류"),
    ("이를 ‘보통국가’로 부른다.", "보통국가"),
])
def test_terms_kept(analyser, body, term):
    assert term in {t.term for t in run(body, analyser).terms}


@pytest.mark.parametrize("content,expected", [
    ("25·현대모비스", []), ("17, 경북일고", []), ("藍藻類", ["藍藻類"]), ("AI", ["AI"]),
])
def test_age_bracket_is_no_gloss(content, expected):
    assert _gloss_items(content) == expected
