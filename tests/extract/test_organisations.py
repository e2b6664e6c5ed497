"""Organisations: bodies found by the lexicon, by grammatical cues (X 측, X 관계자, head nouns),
in lists and brackets, where a body's name starts and ends, and words that are no body.

Sentences written for these tests, with invented names, not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from ..extract_support import all_keys, analysed, kinds, mention, names

P = pytest.param


def orgs(an) -> set[str]:
    return kinds(an, "organization")


# --- organisations found -------------------------------------------------------------------

ORGS = [
    # the organisation lexicon
    P("국제원자력기구는 사찰단을 보냈다.", "국제원자력기구", id="orgs-lexicon-international-agency"),
    P("NTSB는 조사 결과를 발표했다.", "NTSB", id="orgs-lexicon-acronym"),
    P("국세청은 세정지원을 하기로 했다.", "국세청", id="orgs-lexicon-government-agency"),
    P("국민의힘은 논평을 냈다.", "국민의힘", id="orgs-party-written-as-a-phrase"),
    P("리얼미터는 15일 주간 여론조사 결과를 발표했다.", "리얼미터", id="orgs-pollster-as-subject"),
    P("하이브는 레이블 지분을 인수했다고 공시했다.", "하이브", id="orgs-company-as-subject-of-a-disclosure"),
    P("아스널은 원정에서 첼시를 2-0으로 꺾었다.", "첼시", id="orgs-lexicon-club"),
    P("대한불교조계종은 성명을 냈다.", "대한불교조계종", id="orgs-lexicon-religious-body"),
    P("로펌 세움의 변호사가 말했다.", "세움", id="orgs-law-firm-after-class-noun"),
    P("사회복지공동모금회에 기부했다.", "사회복지공동모금회", id="orgs-association-head-moim"),
    # a company before a role and a name is its affiliation
    P("태광실업 회장 박연차가 구속됐다.", "태광실업", id="orgs-company-before-title-and-name"),
    P("두잇서베이 최종기 대표는 분석했다.", "두잇서베이", id="orgs-company-before-name-and-title"),
    P("문종현 이스트시큐리티 이사는 공격을 분석했다.", "이스트시큐리티", id="orgs-affiliation-between-name-and-title"),
    # acronyms glossed or named before
    P("KR(한국철도시설공단)은 보강 공사를 발표했다.", "KR", id="orgs-acronym-glossed-with-the-full-name"),
    P("한국철도시설공단(KR)은 사고를 조사했다. 다음 날 KR은 보강 공사 계획을 공개했다.", "KR",
      id="orgs-acronym-of-an-organisation-named-before"),
    # grammatical cues
    P("NHN 엔터테이먼트 측이 사과문을 냈다.", "NHN 엔터테이먼트", id="orgs-cue-cheuk"),
    P("포스코퓨처엠 관계자는 공장을 늘린다고 말했다.", "포스코퓨처엠", id="orgs-cue-gwangyeja"),
    P("부산성폭력상담소는 보도자료를 냈다.", "부산성폭력상담소", id="orgs-cue-head-noun-sangdamso"),
    P("한국만화영상진흥원이 공모전을 주최했다.", "한국만화영상진흥원", id="orgs-cue-head-noun-jinheungwon"),
    P("SK커뮤니케이션즈는 해킹 사실을 밝혔다.", "SK커뮤니케이션즈", id="orgs-cue-latin-and-hangul-company"),
    # a team or employer in an age bracket
    P("양궁 대표 정다은(23·청주시청)이 결승에 올랐다.", "청주시청", id="orgs-team-in-an-age-bracket"),
    P("유도 대표 한서진(19·용인대)이 금메달을 땄다.", "용인대", id="orgs-university-in-an-age-bracket"),
    P("류현진(37·한화 이글스)은 이날 선발 등판했다.", "한화 이글스", id="orgs-two-word-team-in-an-age-bracket"),
    P("손흥민(토트넘)은 20일 경기에서 골을 넣었다.", "토트넘", id="orgs-club-in-brackets-after-a-name"),
    P("사람의 뇌와 닮은 회로를 국내 최동진(국민대)·김상호(세종대) 공동연구팀이 개발했다.", {"국민대", "세종대"},
      id="orgs-universities-in-brackets-after-names"),
    # lists
    P("삼성전자, 하이닉스, 엘지디스플레이가 참여했다.", {"엘지디스플레이"}, id="orgs-list-carries-the-kind"),
    P("미래창조과학부·한국연구재단은 공모를 시작했다.", {"미래창조과학부", "한국연구재단"},
      id="orgs-listed-with-a-middle-dot"),
    P("28사단은 사건 발생 후 상급부대인 3군사령부에 보고했다.", {"28사단", "3군사령부"}, id="orgs-military-units"),
    # unions, public bodies, news agencies, cities acting
    P("철도노조는 파업을 예고했다.", "철도노조", id="orgs-union-written-as-one-word"),
    P("건강보험공단은 자료를 제출했다.", "건강보험공단", id="orgs-public-corporation"),
    P("현대중공업 노조는 작업 중지를 요구했다.", "현대중공업 노조", id="orgs-company-union-in-two-words"),
    P("러시아 인파르팍스 통신 등이 보도했다.", "인파르팍스 통신", id="orgs-news-agency"),
    P("서울시는 행사를 연다고 밝혔다.", "서울시", id="orgs-city-government-as-subject"),
    P("지금 부산시에서 추진하는 지역화폐는 편리하다.", "부산시", id="orgs-city-with-eseo-that-acts"),
    P("유엔 안전보장이사회(안보리)는 긴급회의를 열었다.", "안전보장이사회", id="orgs-un-council"),
    P("주러시아 대한민국 대사관은 피해가 없다고 밝혔다.", "주러시아 대한민국 대사관", id="orgs-embassy-with-ju-and-country"),
    P("주한 미국 대사관은 성명을 냈다.", "주한 미국 대사관", id="orgs-embassy-in-korea"),
    P("정부는 ‘국가철도공단’으로 이름을 바꾸었다. ‘국가철도공단’은 출범했다.", "국가철도공단",
      id="orgs-new-name-in-quotation-marks"),
    P("국가기관이던 철도청을 운영기관인 한국철도공사와 시설기관으로 나누었다.", "한국철도공사",
      id="orgs-body-described-by-an-appositive"),
    P("도쿄전력은 “안전 기준을 충족했다”고 밝혔다.", "도쿄전력", id="orgs-named-after-its-home-city"),
    P("한국갤럽이 조사한 결과가 나왔다.", "한국갤럽", id="orgs-named-after-its-home-country"),
    P("인천 서구보건소 역학조사팀 관계자는 말했다.", "서구보건소", id="orgs-public-office-of-a-district"),
    P("아프간 보안군은 반격했다.", "아프간 보안군", id="orgs-security-forces-of-a-country"),
    P("이스라엘 방위군(IDF)은 공습을 이어갔다고 밝혔다.", "이스라엘 방위군", id="orgs-armed-force-named-by-kind"),
    P("추경호 부총리 겸 기획재정부 장관은 “경기 회복에 총력을 다하겠다”고 밝혔다.", "기획재정부",
      id="orgs-ministry-between-two-titles"),
    P("이에 대해 루마니아 축구협회는 \"조롱했다\"며 비판했다.", "루마니아 축구협회",
      id="orgs-foreign-body-keeps-its-country"),
    P("평화와인권연구소 측에 자료를 요청하자 “링크를 보내주겠다”는 답이 돌아왔다.", "평화와인권연구소",
      id="orgs-name-with-wa-inside-one-word"),
    P("여론조사 전문기관 리얼미터(대표 이택수)가 조사했다.", "리얼미터", id="orgs-known-body-after-its-class-is-the-name-alone"),
    P("한국대학교 재학생 커뮤니티인 누리라이프에서 조사가 나타났다.", "누리라이프", id="orgs-online-community"),
    P('프랑스의 명품 브랜드 "겐조"를 창립한 디자이너가 별세했다.', "겐조", id="orgs-quoted-brand"),
    P("북한 외무성 홈페이지에 글이 실렸다.", "북한 외무성", id="orgs-north-korean-ministry"),
    # a compound of common nouns ending in a kind of body, between a person's name and post
    P("김민수 청년주거권보장센터 활동가는 정부 대책을 비판했다.", "청년주거권보장센터",
      id="orgs-compound-centre-between-name-and-post"),
    P("이영희 지역돌봄네트워크 운영위원은 예산 확대를 요구했다.", "지역돌봄네트워크",
      id="orgs-compound-network-between-name-and-post"),
    # a state institution named by its field
    P("국립지진해일센터는 경보를 해제했다고 밝혔다.", "국립지진해일센터", id="orgs-state-institution-named-by-its-field"),
    # three morphemes (or a proper noun) before 연구원 name an institute
    P("지난달 해양정책연구원 누리집이 공격을 받았다.", "해양정책연구원", id="orgs-institute-ending-in-yeonguwon"),
    # members of a class of bodies listed in brackets after the class noun
    P("5개 항공사(가람항공, 누리에어, 다온항공)의 운항 실적이 공개됐다.", "누리에어",
      id="orgs-members-listed-after-the-class-noun"),
    # a class noun in an appositive (…모임인 NAME) and before a quoted name
    P("전직 교사들의 모임인 참교육동행회가 성명을 냈다.", "참교육동행회", id="orgs-named-in-an-appositive"),
    P("일정 관리 애플리케이션 ‘하루메이트’가 조사 결과를 발표했다.", "하루메이트", id="orgs-quoted-name-after-a-class-noun"),
    P("안산 단원고 학생들이 수학여행을 떠났다.", "단원고", id="orgs-high-school"),
    P("가수 레드벨벳 전원이 더빙에 참여했다.", "레드벨벳", id="orgs-music-group"),
    P("보코 하람은 성명을 냈다.", "보코 하람", id="orgs-known-organisation-written-in-two-words"),
]


@pytest.mark.parametrize("body,which", ORGS)
def test_organisation_found(analyser, body, which):
    assert names(which) <= orgs(analysed(body, analyser))


@pytest.mark.parametrize("body,text,key", [
    P("전자부품 업체 하이텍스가 상장했다.", "하이텍스", "하이텍스", id="orgs-company-after-its-trade"),
    # a body many countries have stays the Korean one where anything Korean is named
    P("민주당 김하늘 의원은 미국과 미국 의회를 비판했다.", "민주당", "민주당", id="orgs-national-body-in-korean-news"),


    P("대한축구협회는 감독 선임을 미뤘다.", "대한축구협회", "대한축구협회", id="orgs-association-mention"),
])
def test_organisation_mention(analyser, body, text, key):
    assert mention(analysed(body, analyser), text, "organization").key == key


@pytest.mark.parametrize("body,text,entity_key", [
    # the sides of a match are teams: linked to no company page (no team named in full here)
    P("개막전 경기는 두산-LG(잠실), KT-롯데(수원)이다.", "KT", "", id="orgs-match-up-side-links-nowhere"),
    P("김하늘 기자는 미국 민주당 당원대회를 취재했다. 민주당 전당대회는 8월에 열린다.", "민주당", "미국 민주당",
      id="orgs-national-body-written-with-its-country"),
    P("중국 외교부는 반발했다. 조태영 외교부 대변인은 유감을 표했다.", "외교부", None,
      id="orgs-national-body-of-a-korean-stays-korean"),
])
def test_organisation_entity_key(analyser, body, text, entity_key):
    """What the resolver groups a mention by, when the article's own name is not enough."""
    assert mention(analysed(body, analyser), text, "organization").entity_key == entity_key


BOUNDARIES = [
    # (sentence, the body's key, a longer or shorter span that must be no key at all)
    # a whole body takes no prefix
    P("대한민국 통일부는 연감을 비교한 결과를 밝혔다.", "통일부", "대한민국 통일부", id="orgs-ministry-without-its-own-country"),
    P("양국 국방부는 배치 부지를 발표했다.", "국방부", "양국 국방부", id="orgs-ministry-without-yangguk"),
    P("남측 통일부가 입장을 냈다.", "통일부", "남측 통일부", id="orgs-ministry-without-namcheuk"),
    P("농촌 진흥청은 새 품종을 발표했다.", "농촌 진흥청", "진흥청", id="orgs-name-written-in-two-words-is-whole"),
    P("항공･철도사고조사위원회는 조사를 시작했다.", "항공･철도사고조사위원회", "철도사고조사위원회",
      id="orgs-name-joined-by-a-halfwidth-dot-is-whole"),
    # a known party after a name is not part of a body
    P("제명당한 의원은 조명진 미래통합당 대한민국 제21대 국회의원 선거 경기도 부천병 후보였다.", "미래통합당",
      "조명진 미래통합당", id="orgs-party-after-a-name-is-no-part-of-a-body"),
]


@pytest.mark.parametrize("body,name,wrong", BOUNDARIES)
def test_organisation_boundaries(analyser, body, name, wrong):
    an = analysed(body, analyser)
    assert name in orgs(an) and wrong not in all_keys(an)


@pytest.mark.parametrize("body,club,person", [
    P("투수 부문에서는 한화 이글스 정민호 선수가 세이브왕을 차지했다.", "한화 이글스", "정민호",
      id="orgs-sports-club-before-a-player"),
    P("타율왕에는 LG 트윈스의 박지훈 선수가 올랐다.", "LG 트윈스", "박지훈", id="orgs-sports-club-with-ui"),
    P("북부리그에서는 넥센 히어로즈 김도현 선수가 2관왕을 챙겼다.", "넥센 히어로즈", "김도현",
      id="orgs-sports-club-of-two-words"),
    P("퓨처스리그에서는 경찰 야구단 이상민 선수가 타격왕에 올랐다.", "경찰 야구단", "이상민",
      id="orgs-police-baseball-team"),
])
def test_sports_clubs_are_one_organisation(analyser, body, club, person):
    an = analysed(body, analyser)
    assert club in orgs(an)
    people = kinds(an, "person")
    assert person in people and club not in people


@pytest.mark.parametrize("body,org", [
    P("볼보트럭코리아 김영재 사장은 신차를 소개했다.", "볼보트럭코리아", id="orgs-company-before-a-name-and-post"),
    P("볼보트럭은 올해 신차를 출시했다.", "볼보트럭", id="orgs-company-as-subject"),
    P("이 음원은 스포티파이에서 들을 수 있다.", "스포티파이", id="orgs-platform-with-eseo"),
])
def test_companies_and_platforms(analyser, body, org):
    an = analysed(body, analyser)
    assert org in orgs(an)
    assert not kinds(an, "person") & {org, org + " 김영재"}


# --- words that are no organisation --------------------------------------------------------

NOT_ORGS = [
    P("새 행정구역으로 천리마군이 생겼다.", "천리마군", id="orgs-not-a-county-ending-in-gun"),
    P("그는 3월 군입대로 재판이 미뤄졌다.", "군입대", id="orgs-not-a-word-starting-with-gun"),
    P("재판부는 이씨의 양형부당 주장을 받아들였다.", "양형부당", id="orgs-not-a-legal-phrase"),
    P("최재원 청와대 대변인은 브리핑을 했다.", "최재원", id="orgs-not-a-spokesperson"),
    P("메릴 뉴먼이 작성한 사죄문을 통신사가 공개했다.", "메릴 뉴먼", id="orgs-not-a-foreign-name-as-subject"),
    P("신형 휴대전화가 어제 공식 출시됐다.", "휴대전화", id="orgs-not-a-product"),
    P("남해안, 동해안에서는 강한 바람이 불겠다고 기상청이 발표했다.", "동해안", id="orgs-not-a-coast-in-a-list"),
    P("태풍은 한반도 남해안을 지나갈 것으로 예상된다.", "남해안", id="orgs-not-a-coast"),
    P("대통령 취임 연설은 길었다.", "취임 연설", id="orgs-not-a-noun-phrase-after-a-title"),
    P("에마뉘엘 마크롱 대통령은 말했다.", "에마뉘엘", id="orgs-not-a-given-name"),
    # cue guards
    P("바이든 측은 반발했다.", "바이든", id="orgs-not-a-persons-camp"),
    P("합참은 재차 경고방송을 한 후 경고사격을 했다고 밝혔다.", "경고방송", id="orgs-not-a-common-noun-with-bangsong"),
    P("소셜미디어와 신재생에너지 산업이 성장했다.", "소셜미디어", id="orgs-not-a-common-noun-with-media"),
    P("운전자 문모(52·회사원)씨가 다쳤다.", "회사원", id="orgs-not-an-occupation-in-an-age-bracket"),
    # ordinary nouns ending like a body
    P("경기 전반부에는 두 팀 모두 득점하지 못했다.", "전반부", id="orgs-not-a-noun-ending-in-bu"),
    P("회의에는 관련국 대표들이 참석했다.", "관련국", id="orgs-not-a-noun-ending-in-guk"),
    P("신청서에는 연락처를 적어야 한다.", "연락처", id="orgs-not-a-noun-ending-in-cheo"),
    P("열대저압부가 태풍으로 발달했다.", "열대저압부", id="orgs-not-a-weather-system"),
    P("대출은 조건부로 승인됐다.", "조건부", id="orgs-not-a-word-ending-in-bu"),
    P("지지율은 20% 초반대로 떨어졌다.", "초반대", id="orgs-not-a-range-ending-in-dae"),
    P("동물등록을 하지 않으면 동물보호감시원에게 적발된다.", "동물보호감시원", id="orgs-not-a-job-ending-in-won"),
    P("각 국 협회와 지속적으로 협의했다.", "국 협회", id="orgs-not-a-bound-noun-before-a-head"),
    P("참가자들은 한강대로를 따라 행진했다.", "한강대로", id="orgs-not-a-road"),
    P("베이징 궈안은 리그 우승을 차지했다.", "베이징 궈안", id="orgs-not-a-club-the-lexicon-lacks"),
    P("이사회는 내일 이사회를 열기로 했다. 임시 이사회는 안건을 다룬다.", "임시 이사회", id="orgs-not-a-meeting"),
    P("서울시는 3월부터 ‘기후동행카드’를 도입한다. 기후동행카드는 지하철과 버스를 무제한 이용하는 정기권이다.",
      "기후동행카드", id="orgs-not-a-quoted-scheme"),
    # two names nobody knows joined by a hyphen are no organisations
    P("가나다-라마바 경기가 열렸다.", {"가나다", "라마바"}, id="orgs-not-unknown-names-in-a-match-up"),
    # an ordinal with its counter is no organisation (제44대 대통령)
    P("제44대 대통령 버락 오바마가 취임했다.", "제44대", id="orgs-not-an-ordinal-with-its-counter"),
    # X대 총장 also reads as "president of X University"; the article said X is a person
    P("한상대(53, 사법연수원 13기) 검찰총장이 사퇴했다. 이후 한상대 총장은 \"사퇴하겠다\"고 말했다.", "한상대",
      id="orgs-not-a-name-introduced-as-a-person"),
    P("일본연구소 김하늘 연구원의 글에 따르면 \"계획을 철회해야 한다\"고 비판했다.", "김하늘 연구원",
      id="orgs-not-a-name-with-yeonguwon"),
    # a park is not an institution; a plain noun in the affiliation slot is not a body
    P("국립공원 입장객이 늘었다.", "국립공원", id="orgs-not-a-national-park"),
    P("5개 항공사(운항 횟수 기준)의 실적이 공개됐다.", "운항 횟수 기준", id="orgs-not-a-plain-noun-in-brackets"),
    # a foreign city ending in 고 is not a school
    P("시카고 시장은 회견을 열었다.", "시카고", id="orgs-not-a-city-ending-in-go"),
    # a known body's own name ends no longer body (a headline of nouns before it)
    P("교학사 한국사 교과서 위키백과 표절 의혹", "교학사 한국사 교과서 위키백과", id="orgs-not-nouns-before-a-known-body"),
]


@pytest.mark.parametrize("body,word", NOT_ORGS)
def test_not_an_organisation(analyser, body, word):
    assert not names(word) & orgs(analysed(body, analyser))


def test_bare_office_word_is_no_body(analyser):
    assert not orgs(analysed("보건소에 가서 검사를 받았다.", analyser))


def test_foreign_ministry_keeps_its_country(analyser):
    """`미국 상무부` and `중국 상무부` are different bodies; `대한민국 통일부` is 통일부."""
    an = analysed("산업통상자원부는 미국 상무부와 회의를 열었다. 대한민국 통일부는 입장을 냈다.", analyser)
    got = orgs(an)
    assert "미국 상무부" in got and "통일부" in got and "대한민국 통일부" not in got


def test_a_body_named_for_what_it_works_for(analyser):
    an = analysed("건강사회를 위한 치과의사회는 14일 성명을 발표했다.", analyser)
    assert "건강사회를 위한 치과의사회" in orgs(an) and "건강사회" not in orgs(an) | kinds(an, "place")
    assert not orgs(analysed("부검을 위한 경찰의 진입이 시도됐다.", analyser)) - {"경찰"}
