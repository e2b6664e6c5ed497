"""Table-driven tests of the round-7 rules (candidate generation from Kiwi's analysis and the
grammar around a name). Sentences written for these tests, with invented names, not taken from
the gold articles."""
from __future__ import annotations

import pytest

from generator.extract.analyser import split_name_spans
from .extract_support import analyse_body, kinds


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


def roles(an) -> dict[str, str | None]:
    return {m.key: m.role for m in an.mentions if m.kind == "person"}


# --- people --------------------------------------------------------------------------------

@pytest.mark.parametrize("body,name,role", [
    # a Korean name Kiwi cuts into syllables, before an organisation and a title
    ("면허 발급 직후 서승환 국토부 장관은 새 이정표라고 말했다.", "서승환", "장관"),
    ("논란이 된 박창신 신부가 검찰에 고발당했다.", "박창신", "신부"),
    # a title written on to the name
    ("보도자료에 따르면 윤후덕의원은 문제를 지적했다.", "윤후덕", "의원"),
    # a Latin acronym between name and title is the affiliation
    ("사임한 것은 김상균 KR 이사장이 아니었다.", "김상균", "이사장"),
    # a Korean full name, then an unknown company, then a title
    ("문종현 이스트시큐리티 이사는 공격을 분석했다.", "문종현", "이사"),
])
def test_person_with_role(analyser, body, name, role):
    got = roles(run(body, analyser))
    assert name in got and got[name] is not None and role in got[name]


@pytest.mark.parametrize("body,names", [
    ("2004년 이후 이명박·박근혜 정부에 의한 민영화 논란이 이어졌다.", {"이명박", "박근혜"}),
    ("한국철도는 김영삼 정권에서야 고속철도 건설을 시작했다.", {"김영삼"}),
    ("국가정보원은 김정일에 비해 취약한 권력 기반을 지적했다.", {"김정일"}),
])
def test_leaders_are_people(analyser, body, names):
    assert names <= kinds(run(body, analyser), "person")


def test_japanese_given_name_is_not_an_affiliation(analyser):
    got = roles(run("기시다 후미오 총리는 방위비를 늘렸다.", analyser))
    assert "기시다 후미오" in got


def test_affiliation_is_an_organisation(analyser):
    an = run("문종현 이스트시큐리티 이사는 공격을 분석했다.", analyser)
    assert "이스트시큐리티" in kinds(an, "organization")


def test_split_name_spans_need_a_title():
    class T:  # the two fields split_name_spans reads
        def __init__(self, start, length, tag):
            self.start, self.len, self.tag = start, length, tag

    text = "직후 서승환 국토부 장관은"
    toks = [T(0, 2, "NNG"), T(3, 1, "NNP"), T(4, 1, "NNG"), T(5, 1, "XR"), T(7, 3, "NNG"), T(11, 2, "NNG"),
            T(13, 1, "JX")]
    assert split_name_spans(text, toks) == [(3, 6)]
    plain = "직후 서승환 문제를"
    assert split_name_spans(plain, toks[:4] + [T(7, 2, "NNG"), T(9, 1, "JKO")]) == []


# --- organisations -------------------------------------------------------------------------

@pytest.mark.parametrize("body,org,wrong", [
    ("대한민국 통일부는 연감을 비교한 결과를 밝혔다.", "통일부", "대한민국 통일부"),
    ("양국 국방부는 배치 부지를 발표했다.", "국방부", "양국 국방부"),
    ("남측 통일부가 입장을 냈다.", "통일부", "남측 통일부"),
])
def test_whole_bodies_take_no_prefix(analyser, body, org, wrong):
    got = kinds(run(body, analyser), "organization")
    assert org in got and wrong not in got


@pytest.mark.parametrize("body,word", [
    ("경기 전반부에는 두 팀 모두 득점하지 못했다.", "전반부"),
    ("회의에는 관련국 대표들이 참석했다.", "관련국"),
    ("신청서에는 연락처를 적어야 한다.", "연락처"),
    ("열대저압부가 태풍으로 발달했다.", "열대저압부"),
    ("대출은 조건부로 승인됐다.", "조건부"),
])
def test_ordinary_nouns_are_not_organisations(analyser, body, word):
    assert word not in kinds(run(body, analyser), "organization")


@pytest.mark.parametrize("body,org", [
    ("철도노조는 파업을 예고했다.", "철도노조"),
    ("건강보험공단은 자료를 제출했다.", "건강보험공단"),
    ("현대중공업 노조는 작업 중지를 요구했다.", "현대중공업 노조"),
    ("러시아 인파르팍스 통신 등이 보도했다.", "인파르팍스 통신"),
    ("서울시는 행사를 연다고 밝혔다.", "서울시"),
])
def test_organisations_found(analyser, body, org):
    assert org in kinds(run(body, analyser), "organization")


def test_organisations_listed_with_a_dot(analyser):
    an = run("미래창조과학부·한국연구재단은 공모를 시작했다.", analyser)
    assert {"미래창조과학부", "한국연구재단"} <= kinds(an, "organization")


# --- places --------------------------------------------------------------------------------

@pytest.mark.parametrize("body,names", [
    ("지진은 대전·충청남도에서 5회 발생했다.", {"대전", "충청남도"}),
    ("배치 부지로 경상북도 성주 지역이 결정됐다.", {"성주"}),
    ("1999년 터키 이즈미트 지진이 컸다.", {"이즈미트"}),
])
def test_places_found(analyser, body, names):
    assert names <= kinds(run(body, analyser), "place")


# --- terms ---------------------------------------------------------------------------------

def terms(an) -> set[str]:
    return {t.term for t in an.terms}


@pytest.mark.parametrize("body,term", [
    ("웹사이트에 침투해 화면을 바꾸는 해킹이다. 이를 디페이스 해킹 공격이라고 한다.", "디페이스 해킹 공격"),
    ("단량체는 작은 분자를 가리키고, 생합성은 생물체의 체내에서 유기 물질을 합성하는 물질대사를 가리킨다.", "생합성"),
    ("최근에는 코로나바이러스감염증-19(이하 코로나) 여파로 소비가 줄었다.", "코로나바이러스감염증-19"),
    ("\"가짜 아티스트\"들이 늘었다. 업계는 \"가짜 아티스트\" 대책을 세웠다.", "가짜 아티스트"),
])
def test_terms_found(analyser, body, term):
    assert term in terms(run(body, analyser))


@pytest.mark.parametrize("body,word", [
    ("개막전 경기는 두산-LG(잠실), SK-한화(인천)이다.", "두산-LG"),
    ("장성택이 ‘사람·조직·돈’을 갖추었다고 주장했다.", "사람·조직·돈"),
    ("언론들은 이를 '정치적 고려' 정도로 깎아내렸다.", "정치적 고려"),
    ("영화 ‘더 플랜’이 개봉했다.", "더 플랜"),
    ("감사원의 《철도안전 관리실태》 보고서가 나왔다.", "철도안전 관리실태"),
    ("951.5 헥토파스칼인 사라와 954 헥토파스칼인 매미보다 강하다.", "사라와"),
    ("간편한 결제인 QR 코드 결제가 늘었다.", "QR"),
])
def test_not_terms(analyser, body, word):
    assert word not in terms(run(body, analyser))


def test_so_called_phrase_is_a_term(analyser):
    assert "하인리히 법칙" in terms(run("이른바 ‘하인리히 법칙’에 따르면 큰 사고 전에 작은 사고가 있다.", analyser))


# --- quotes --------------------------------------------------------------------------------

def test_chain_of_quotations_shares_the_speaker(analyser):
    an = run("변호인단 15명은 기자회견에서 \"운영자는 큰 수입을 얻었다\", (운영자는)\"직원 30명을 고용했다\", "
             "\"통제는 다를 바가 없다\"고 주장했다.", analyser)
    assert len(an.quotes) == 3
    assert len({q.speaker for q in an.quotes}) == 1 and an.quotes[0].speaker is not None


@pytest.mark.parametrize("body,kind,name,wrong", [
    ("이에 대해 대한민국의 천영우 수석비서관은 반발했다.", "place", "대한민국", "대한민국의"),
    ("중국의 한국-중국 관계 훼손을 우려했다.", "place", "중국", "한국-중국"),
    ("러시아가 크림자치공화국을 합병했다.", "place", "크림자치공화국", None),
    ("항공･철도사고조사위원회는 조사를 시작했다.", "organization", "항공･철도사고조사위원회", "철도사고조사위원회"),
])
def test_particles_and_joiners(analyser, body, kind, name, wrong):
    an = run(body, analyser)
    assert name in kinds(an, kind)
    every = {m.key for m in an.mentions}
    assert wrong is None or wrong not in every


@pytest.mark.parametrize("body,kind,name,wrong", [
    ("구원파 금고지기 김혜경 씨가 귀국 의사를 밝혔다.", "person", "김혜경", "구원파 금고지기 김혜경"),
    ("버락 오바마 대통령은 연설했다.", "person", "버락 오바마", "오바마"),
    ("농촌 진흥청은 새 품종을 발표했다.", "organization", "농촌 진흥청", "진흥청"),
])
def test_name_boundaries(analyser, body, kind, name, wrong):
    an = run(body, analyser)
    assert name in kinds(an, kind) and wrong not in {m.key for m in an.mentions}


@pytest.mark.parametrize("body,word", [
    ("방동리에 새 도로가 났다.", "방동리"),
    ("한정판에 사람들이 몰렸다.", "한정판"),
])
def test_not_people(analyser, body, word):
    assert word not in kinds(run(body, analyser), "person")


def test_law_in_corner_brackets_is_a_term(analyser):
    an = run("정부는 「질서위반행위규제법」에 따라 과태료를 부과했다.", analyser)
    assert "질서위반행위규제법" in {t.term for t in an.terms}


def test_foreign_ministry_keeps_its_country(analyser):
    """`미국 상무부` and `중국 상무부` are different bodies; `대한민국 통일부` is 통일부."""
    an = run("산업통상자원부는 미국 상무부와 회의를 열었다. 대한민국 통일부는 입장을 냈다.", analyser)
    got = kinds(an, "organization")
    assert "미국 상무부" in got and "통일부" in got and "대한민국 통일부" not in got


@pytest.mark.parametrize("body,name", [
    ("공화당 의원들은 비판적인데, 리차드 버는 \"픽션\"이라고 일축했다.", "리차드 버"),
    ("연설 직후 세르게이 악쇼노프 크림 공화국 총리는 조약에 서명했다.", "세르게이 악쇼노프"),
])
def test_foreign_full_names(analyser, body, name):
    assert name in kinds(run(body, analyser), "person")


def test_anonymous_source_starts_after_a_time_word(analyser):
    an = run("사퇴 발표 이후 대검찰청 간부들이 찾아와 “잘 모시지 못해 죄송하다”고 말했다.", analyser)
    assert an.quotes and an.quotes[0].speaker == "대검찰청 간부들"


def test_foreign_country_stays_in_a_term(analyser):
    an = run("‘이란 인터내셔널’은 이란 정부에 비판적인 매체다. ‘이란 인터내셔널’은 발언을 보도했다.", analyser)
    assert "인터내셔널" not in {t.term for t in an.terms}


@pytest.mark.parametrize("body,term,gloss", [
    ("성벽에는 총안(銃眼)과 전안(箭眼)이 있다.", "총안", "銃眼"),
    ("이 회사의 COO(최고운영책임자)가 말했다.", "최고운영책임자", "COO"),
])
def test_glossed_words(analyser, body, term, gloss):
    an = run(body, analyser)
    got = {t.term: t.glosses for t in an.terms}
    assert term in got and gloss in got[term]
    assert term not in kinds(an, "person")


def test_hanja_name_is_still_a_person(analyser):
    an = run("스가 요시히데(菅義偉) 총리가 말했다.", analyser)
    assert any(k.endswith("요시히데") for k in kinds(an, "person"))


def test_affiliation_in_brackets_after_a_title(analyser):
    an = run("김영배 의원(더불어민주당·서울 성북갑)은 “예산이 부족하다”고 지적했다.", analyser)
    assert "더불어민주당" in kinds(an, "organization") and "서울" in kinds(an, "place")
    assert "김영배" in kinds(an, "person") and an.quotes[0].speaker == "김영배"
    assert not an.terms


def test_unnamed_person_letter(analyser):
    an = run("A씨는 경찰 조사에서 “술을 마시지 않았다”고 진술했다.", analyser)
    assert an.quotes and an.quotes[0].speaker == "A씨" and an.quotes[0].speaker_kind == "anonymous"
    assert "A씨" not in kinds(an, "person")


def test_two_titles_joined_by_gyeom(analyser):
    an = run("추경호 부총리 겸 기획재정부 장관은 “경기 회복에 총력을 다하겠다”고 밝혔다.", analyser)
    assert roles(an).get("추경호") == "부총리 겸 기획재정부 장관"
    assert "기획재정부" in kinds(an, "organization") and an.quotes[0].speaker == "추경호"


def test_north_korea_is_one_country(analyser):
    an = run("합동참모본부는 “북한이 동해상으로 탄도미사일을 발사했다”고 밝혔다.", analyser)
    places = kinds(an, "place")
    assert "북한" in places and not places & {"북", "한"}  # (동해상, the sea, is a place since round 9)


def test_bound_noun_inside_a_compound_term(analyser):
    an = run("북한은 신형 대륙간탄도미사일(ICBM)을 발사했다.", analyser)
    assert "대륙간탄도미사일" in {t.term for t in an.terms}


@pytest.mark.parametrize("body,kind,name", [
    ("유엔 안전보장이사회(안보리)는 긴급회의를 열었다.", "organization", "안전보장이사회"),
    ("린다 토머스-그린필드 주유엔 미국대사는 “용납할 수 없다”고 말했다.", "person", "린다 토머스-그린필드"),
    ("주러시아 대한민국 대사관은 피해가 없다고 밝혔다.", "organization", "주러시아 대한민국 대사관"),
    ("주한 미국 대사관은 성명을 냈다.", "organization", "주한 미국 대사관"),
])
def test_missions_and_councils(analyser, body, kind, name):
    assert name in kinds(run(body, analyser), kind)


def test_name_with_club_in_brackets(analyser):
    an = run("손흥민(토트넘)은 20일 경기에서 골을 넣었다.", analyser)
    assert "손흥민" in kinds(an, "person") and "토트넘" in kinds(an, "organization")
    assert "손흥민" not in {t.term for t in an.terms}


def test_armed_force_named_by_kind(analyser):
    assert "이스라엘 방위군" in kinds(run("이스라엘 방위군(IDF)은 공습을 이어갔다고 밝혔다.", analyser), "organization")


def test_head_of_a_known_body(analyser):
    an = run("이복현 금감원장은 “무관용 원칙으로 대응하겠다”고 말했다.", analyser)
    assert roles(an).get("이복현") == "금감원장" and an.quotes[0].speaker == "이복현"
    assert not an.terms  # (X는 “…”고 말했다 reports speech, it defines nothing)


def test_definition_topic_is_not_a_person(analyser):
    an = run("공매도란 주식을 빌려 파는 거래를 말한다.", analyser)
    assert "공매도" not in kinds(an, "person")
    assert "공매도" in {t.term for t in an.terms}


def test_quoted_scheme_is_not_an_organisation(analyser):
    an = run("서울시는 3월부터 ‘기후동행카드’를 도입한다. 기후동행카드는 지하철과 버스를 무제한 이용하는 정기권이다.", analyser)
    assert "기후동행카드" not in kinds(an, "organization")
    assert "기후동행카드" in {t.term for t in an.terms}


@pytest.mark.parametrize("body,term", [
    ("엘니뇨는 적도 부근 동태평양의 해수면 온도가 평년보다 높아지는 현상을 말한다.", "엘니뇨"),
    ("기상청 관계자는 “엘니뇨(El Niño) 현상이 영향을 줬다”고 설명했다.", "엘니뇨"),
])
def test_definitions_with_a_relative_clause_and_accented_glosses(analyser, body, term):
    assert term in {t.term for t in run(body, analyser).terms}


def test_past_tense_report_is_no_definition(analyser):
    assert not run("경찰은 범인이 도주했다고 말했다.", analyser).terms


@pytest.mark.parametrize("body,kind,name", [
    ("정부는 ‘국가철도공단’으로 이름을 바꾸었다. ‘국가철도공단’은 출범했다.", "organization", "국가철도공단"),
    ("국가기관이던 철도청을 운영기관인 한국철도공사와 시설기관으로 나누었다.", "organization", "한국철도공사"),
])
def test_bodies_kept(analyser, body, kind, name):
    assert name in kinds(run(body, analyser), kind)


@pytest.mark.parametrize("body,word", [
    ("베이징 궈안은 리그 우승을 차지했다.", "베이징 궈안"),
    ("이사회는 내일 이사회를 열기로 했다. 임시 이사회는 안건을 다룬다.", "임시 이사회"),
])
def test_not_people_nor_bodies(analyser, body, word):
    an = run(body, analyser)
    assert word not in kinds(an, "person") and word not in kinds(an, "organization")


@pytest.mark.parametrize("body,speaker", [
    ("면허 발급 직후 서승환 국토부 장관은 \"철도역사에 새 이정표\"가 세워졌다는 발언을 했다.", "서승환"),
    ("'이란은 아랍에미리트의 적이다’ 라고 표현한 윤석열 대통령의 발언에 이란이 불편해했다.", "윤석열"),
    ("이후 대통령실에서 \"이란 측에서 오해가 있었다\"라고 하며 입장을 밝혔다.", "대통령실"),
    ("에릭 트럼프도 이날 트위터에서 \"우리는 법과 질서의 정당이다\"라고 말했다.", "에릭 트럼프"),
    ("\"이란 인터내셔널\" 매체도 발언을 다루며 \"관계가 나빠졌다\"고 평가했다.", "이란 인터내셔널"),
])
def test_round7_speakers(analyser, body, speaker):
    an = run(body, analyser)
    assert an.quotes and an.quotes[-1].speaker == speaker


@pytest.mark.parametrize("body,speaker", [
    ("자빱측은 지난 1월 법률 대리인이 \"많이 힘들어한다\"이라고 밝힌 인터뷰를 마지막으로 말이 없다.", "법률 대리인"),
    ("샤오치잉 자신들은 개인 집단이라며 \"일부 스타가 우리를 화나게 만들었다\"고 주장했다.", "샤오치잉"),
    ("실제로 질본은 정례 브리핑에서 ‘확진자 15명 중 9명을 재분류했다’고 밝혔다.", "질본"),
])
def test_round7_speakers_more(analyser, body, speaker):
    an = run(body, analyser)
    assert an.quotes and an.quotes[-1].speaker == speaker


def test_unknown_word_in_quotes_is_a_coinage(analyser):
    an = run("일본에 한 번도 이기지 못하여 한국의 '공일증'이 도졌다는 분석이 나왔다.", analyser)
    assert "공일증" in {t.term for t in an.terms}
    assert "기득권" not in {t.term for t in run("그들은 ‘기득권’을 지키려 했다.", analyser).terms}


def test_two_word_team_after_an_age(analyser):
    an = run("류현진(37·한화 이글스)은 이날 선발 등판했다.", analyser)
    assert "류현진" in kinds(an, "person") and "한화 이글스" in kinds(an, "organization")


@pytest.mark.parametrize("body,org", [
    ("도쿄전력은 “안전 기준을 충족했다”고 밝혔다.", "도쿄전력"),
    ("한국갤럽이 조사한 결과가 나왔다.", "한국갤럽"),
])
def test_body_named_after_its_home(analyser, body, org):
    assert org in kinds(run(body, analyser), "organization")


def test_road_is_not_a_body(analyser):
    assert "한강대로" not in kinds(run("참가자들은 한강대로를 따라 행진했다.", analyser), "organization")


@pytest.mark.parametrize("body,name,role", [
    ("이송규 한국안전전문가협회장은 “점검이 부실했다”고 말했다.", "이송규", "한국안전전문가협회장"),
    ("홍완선 종로경찰서장은 사과했다.", "홍완선", "종로경찰서장"),
])
def test_head_of_a_named_body(analyser, body, name, role):
    assert roles(run(body, analyser)).get(name) == role


def test_language_is_not_a_person(analyser):
    assert "한국어" not in kinds(run("그는 한국어를 배웠다. 한국어는 어렵다.", analyser), "person")


@pytest.mark.parametrize("body,org", [
    ("인천 서구보건소 역학조사팀 관계자는 말했다.", "서구보건소"),
    ("아프간 보안군은 반격했다.", "아프간 보안군"),
])
def test_public_offices_and_forces(analyser, body, org):
    assert org in kinds(run(body, analyser), "organization")


def test_bare_office_word_is_no_body(analyser):
    assert not kinds(run("보건소에 가서 검사를 받았다.", analyser), "organization")
