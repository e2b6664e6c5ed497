"""Places: the gazetteer, place units, places found by cues, lists, brackets and geographic
heads, where a place name starts and ends, and words that are no place.

Sentences written for these tests, with invented names, not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from generator.extract.gazetteer import place_kind
from generator.extract.labels import _place_unit

from ..extract_support import all_keys, analysed, kinds, mention, names

P = pytest.param


def places(an) -> set[str]:
    return kinds(an, "place")


# --- the gazetteer and place units ---------------------------------------------------------

@pytest.mark.parametrize("text,proper,expected", [
    P("예산군", False, True, id="places-gazetteer-county-with-gun"),
    P("예산", False, False, id="places-gazetteer-county-without-gun-is-a-common-word"),
    P("예산", True, False, id="places-gazetteer-county-without-gun-even-as-proper-noun"),
    P("미야기현", False, True, id="places-gazetteer-japanese-prefecture"),
    P("캘리포니아주", False, True, id="places-gazetteer-us-state"),
    P("나라현", False, True, id="places-gazetteer-prefecture-named-like-a-word"),
    P("나라", True, False, id="places-gazetteer-nara-alone-is-a-word"),
    P("인도", False, False, id="places-gazetteer-india-as-common-noun-is-a-sidewalk"),
    P("인도", True, True, id="places-gazetteer-india-as-proper-noun"),
    P("키르기스스탄", False, True, id="places-gazetteer-country"),
    P("쿠알라룸푸르", False, True, id="places-gazetteer-capital"),
    P("지역", True, False, id="places-gazetteer-not-jiyeok"),
    P("경기", True, False, id="places-gazetteer-not-gyeonggi-alone"),
    P("화성시", False, True, id="places-gazetteer-city-with-si"),
    P("크림반도", False, True, id="places-gazetteer-peninsula"),
])
def test_gazetteer(text, proper, expected):
    assert place_kind(text, proper) is expected


@pytest.mark.parametrize("word,unit", [
    P("양평점", True, id="places-unit-shop-branch"),
    P("부천병", True, id="places-unit-constituency-byeong"),
    P("안산갑", True, id="places-unit-constituency-gap"),
    P("대전역", True, id="places-unit-station"),
    P("김민재", False, id="places-unit-not-a-personal-name"),
    P("이정병", False, id="places-unit-not-a-name-ending-in-byeong"),
    P("서울시", False, id="places-unit-not-a-city"),
    P("박", False, id="places-unit-not-a-surname"),
])
def test_place_unit(word, unit):
    assert _place_unit(word) is unit


# --- places found --------------------------------------------------------------------------

PLACES = [
    P("지진은 충청남도 예산군에서 일어났다.", "예산군", id="places-county-after-its-province"),
    P("대표단은 우즈베키스탄을 방문했다.", "우즈베키스탄", id="places-country-as-object"),
    P("태풍이 미야기현을 지나갔다.", "미야기현", id="places-prefecture"),
    P("그는 한라산에 올랐다.", "한라산", id="places-mountain"),
    P("용산공원을 시민에게 돌려주자고 했다.", "용산공원", id="places-park-not-an-institute"),
    P("회의는 도하(카타르)에서 열렸다.", "도하", id="places-city-with-its-country-in-brackets"),
    P("기리시마 화산군의 신모에다케 화산이 분화했다.", {"기리시마 화산군", "신모에다케 화산"},
      id="places-name-and-landform-written-apart"),
    # grammatical cues
    P("함대는 라타키아 앞바다에 머물렀다.", "라타키아", id="places-cue-apbada"),
    P("대표단은 카라치에 도착했다.", "카라치", id="places-cue-arrive-at"),
    P("시위대는 벵가지로 향했다.", "벵가지", id="places-cue-head-for"),
    P("정상회의는 다보스에서 열렸다.", "다보스", id="places-cue-held-in"),
    # a city in an age bracket
    P("피의자 오민혁(41·인천)은 혐의를 부인했다.", "인천", id="places-city-in-an-age-bracket"),
    # a bracket holding only a known place
    P("개막전 경기는 SK-한화(인천), KT-롯데(수원)이다.", {"인천", "수원"}, id="places-known-place-alone-in-brackets"),
    # bare lists of places carry the kind
    P("충청북도 괴산, 음성, 진천에 호우경보가 내려졌다.", {"괴산", "음성", "진천"}, id="places-list-after-a-province"),
    P("경상남도 하동, 산청, 함양에서 산불이 났다.", {"하동", "산청", "함양"}, id="places-list-with-eseo"),
    P("지진은 대전·충청남도에서 5회 발생했다.", {"대전", "충청남도"}, id="places-joined-by-a-middle-dot"),
    P("배치 부지로 경상북도 성주 지역이 결정됐다.", {"성주"}, id="places-county-before-jiyeok"),
    P("1999년 터키 이즈미트 지진이 컸다.", {"이즈미트"}, id="places-foreign-city-before-an-event"),
    # autonomous regions
    P("내몽골의 초원이 사막이 되고 있다.", "내몽골", id="places-region-not-na-ui-mongol"),
    P("중국 내몽골자치구에 눈이 왔다.", "내몽골자치구", id="places-autonomous-region"),
    P("연변조선족자치주에서 축제가 열렸다.", "연변조선족자치주", id="places-autonomous-prefecture"),
    # foreign places Kiwi alone would cut (네/IC 바다) or glue to a particle
    P("바이든 당선인은 네바다에서 승리해 선거인단을 더 확보했다.", "네바다", id="places-foreign-state-kiwi-reads-as-a-sea"),
    P("그는 아제르바이잔의 선수를 꺾고 동메달을 땄다.", "아제르바이잔", id="places-country-before-ui"),
    # the smaller unit of an address after a larger one, even when shaped like a name
    P("농업인 200여명은 성주읍 성산리의 한 농가에서 시위를 했다.", "성산리", id="places-village-after-its-town"),
    # a name shaped like a Korean person's, with surroundings, is a place
    P("오늘은 인천 석모도 일대에서 무인기가 관측됐다.", "석모도", id="places-island-shaped-like-a-name"),
    P("후보토론회에서 김상진 더불어민주당 부천병 후보에게서 막말이 나왔다.", "부천병",
      id="places-constituency-between-party-and-post"),
    P("법원은 이광수 강원도지사에게 징역 6월을 선고했다.", "강원도", id="places-province-in-a-governors-title"),
    P("폴란드의 한 작은 도시 스비보드진에 거대 동상이 완공되었다.", "스비보드진", id="places-town-after-dosi"),
    P("남쪽에 있는 섬나라 트리니다드 토바고에서 대회가 열렸다.", "트리니다드 토바고",
      id="places-country-of-two-words"),
    # a county the analyser reads as a proper noun, before a noun or a particle
    P("검찰은 나주 초등학생 사건의 범인에게 사형을 구형했다.", "나주", id="places-county-before-a-noun"),
    P("연탄은 강원도 태백과 인근 삼척, 영월에 공급된다.", "삼척", id="places-county-in-a-list"),
    # a name the analyser does not know, with a geographic head
    P("등산객들은 바위봉우리 시루봉을 지나 용추폭포까지 걸었다.", "용추폭포", id="places-waterfall"),
    P("이곳에는 떡시루를 닮은 시루봉과 학소대가 있다.", "시루봉", id="places-peak"),
    # 항/호 after a known place
    P("화물선은 평택항에 도착했다.", "평택항", id="places-port"),
    P("중부지방에 쏟아진 폭우로 전철 운행이 중단되었다.", "중부지방", id="places-region-jibang"),
    # a name and its administrative suffix written apart, before another noun
    P("신장 아커쑤 시 교외의 한 교차로에서 폭탄이 터졌다.", "아커쑤 시", id="places-city-with-si-written-apart"),
    # a region of polls and elections
    P("응답은 30대(29.8%)와 전라권(29.5%)에서 많았다.", "전라권", id="places-region-gwon"),
    # coasts and North Korean province abbreviations
    P("태풍은 남해안에 상륙했다.", "남해안", id="places-coast"),
    P("부산시에서 열린 행사에 갔다.", "부산시", id="places-city-with-eseo-that-hosts"),
]


@pytest.mark.parametrize("body,which", PLACES)
def test_place_found(analyser, body, which):
    assert names(which) <= places(analysed(body, analyser))


@pytest.mark.parametrize("body,text,key", [
    P("네덜란드 헤이그에서 회의가 열렸다.", "헤이그", "헤이그", id="places-city-after-its-country"),
    P("韓日 정상이 만났다.", "日", "일본", id="places-hanja-abbreviation-keyed-to-the-country"),
    P("신모에다케(新燃岳) 화산이 분화했다.", "신모에다케(新燃岳) 화산", "신모에다케 화산",
      id="places-key-without-the-bracket"),
    P("울진군 북면 두천리 야산에서 불이 났다.", "북면", "울진군 북면", id="places-one-syllable-unit-keyed-with-its-county"),
    P("대전광역시 중구 목동에 살던 최씨가 숨졌다.", "목동", "대전광역시 중구 목동", id="places-unit-keyed-with-its-keyed-district"),
    P("서울특별시 목동 아이스링크에서 대회가 열렸다.", "목동", "서울특별시 목동", id="places-unit-keyed-with-its-city"),
    P("프랑스 파리에서 회의가 열렸다.", "파리", "파리", id="places-foreign-city-after-its-country-not-keyed"),
])
def test_place_mention(analyser, body, text, key):
    assert mention(analysed(body, analyser), text, "place").key == key


@pytest.mark.parametrize("body,name,wrong", [
    # (sentence, the place's key, a span with a particle or joined name that must be no key)
    P("이에 대해 대한민국의 천영우 수석비서관은 반발했다.", "대한민국", "대한민국의", id="places-country-without-its-particle"),
    P("중국의 한국-중국 관계 훼손을 우려했다.", "중국", "한국-중국", id="places-country-not-a-hyphenated-pair"),
    P("러시아가 크림자치공화국을 합병했다.", "크림자치공화국", None, id="places-autonomous-republic"),
])
def test_place_boundaries(analyser, body, name, wrong):
    an = analysed(body, analyser)
    assert name in places(an)
    assert wrong is None or wrong not in all_keys(an)


def test_north_korea_is_one_country(analyser):
    an = analysed("합동참모본부는 “북한이 동해상으로 탄도미사일을 발사했다”고 밝혔다.", analyser)
    found = places(an)
    assert "북한" in found and not found & {"북", "한"}  # (동해상, the sea, is a place since round 9)


# --- words that are no place ---------------------------------------------------------------

NOT_PLACES = [
    P("애플의 AS 제도는 불편하다는 지적을 받았다.", "AS 제도", id="places-not-a-latin-name-and-jedo"),
    P("건설 과정에서 연선 지역의 청년들을 동원했다.", "연선", id="places-not-a-common-word-before-jiyeok"),
    P("오후 4시 성주읍 공원 성밖숲에서 대회가 열렸다.", "성주읍 공원", id="places-not-a-town-and-the-class-of-the-next-name"),
    P("세월호가 침몰한 지 10년이 지났다.", "세월호", id="places-not-a-ferry"),
    P("미국산 쇠고기 수입이 늘었다.", "미국산", id="places-not-a-country-with-san"),
    P("한국인 관광객 두 명이 다쳤다.", "한국인", id="places-not-a-country-with-in"),
    P("김철수에 도착한 편지는 없었다.", "김철수", id="places-not-a-korean-name-before-arrive"),
    # lists: personal names stay out; common nouns need a place on each side
    P("김철수, 이영희, 박민수가 참석했다.", "이영희", id="places-not-a-name-in-a-list"),
    P("한국은 정치, 경제, 문화 분야에서 협력했다.", "경제", id="places-not-a-common-noun-in-a-list"),
    P("서울과 정치, 경제 문제가 얽혔다.", "정치", id="places-not-a-common-noun-after-a-place"),
    # a quoted nickname is a word the article explains, not a state
    P('일부 사람들 중에서는 "경기 공화국"이라는 별명을 다시 사용하고 있었다.', "경기 공화국",
      id="places-not-a-quoted-nickname"),
    P("신문은 기자회견에서 그가 은퇴를 선언했다고 전했다.", "기자회견", id="places-not-an-event-with-eseo"),
    P("오늘 이완구 새누리당 원내대표와 대책위 지도부가 만났다.", "이완구", id="places-not-a-name-before-a-party"),
    # a king is not a city
    P("읍내의 공원에는 세종 10년에 세운 비석이 있다.", "세종", id="places-not-a-king-before-a-regnal-year"),
    # a transliterated name ending like a village or road is not a place; a city's 시장 is its mayor
    P("힐러리 클린턴 국무장관은 회견을 열었다.", "힐러리", id="places-not-a-given-name-ending-in-ri"),
    P("부산시장은 사퇴했다.", "부산시장", id="places-not-a-mayor"),
]


@pytest.mark.parametrize("body,word", NOT_PLACES)
def test_not_a_place(analyser, body, word):
    assert word not in places(analysed(body, analyser))


@pytest.mark.parametrize("body, keys", [
    pytest.param("평양시는 강남·중화·상원군과 승호구역을 황해도로 편입했다.",
                 {"중화": "중화군", "상원군": "상원군"}, id="places-shared-suffix-keys"),
    pytest.param("한국·일본·중국 정상이 만났다.", {"한국": "한국", "일본": "일본", "중국": "중국"},
                 id="places-shared-suffix-keys-none"),
    pytest.param("대전·충청남도에 비가 왔다.", {"대전": "대전"}, id="places-shared-suffix-keys-city-and-province"),
])
def test_a_suffix_written_once_for_a_list(analyser, body, keys):
    an = analysed(body, analyser)
    got = {m.text: m.key for m in an.mentions if m.kind == "place"}
    assert {k: got.get(k) for k in keys} == keys, got
