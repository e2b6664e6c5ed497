"""People: personal names found (with surnames, ages, brackets), the key a person is filed
under, where a name starts and ends, and words that are no person.

Sentences written for these tests, with invented names, not taken from the gold articles.
Posts and titles are in test_roles.py; people as speakers in test_speakers.py.
"""
from __future__ import annotations

import pytest

from generator.extract.people import foreign_looking, noun_run_is_name

from ..extract_support import all_keys, analysed, kinds, mention, names

P = pytest.param


# --- people found --------------------------------------------------------------------------

PEOPLE = [
    # a surname with 씨 / 모씨 / 모(age)씨
    P("기관사 박 모씨(41)는 신호를 보지 못했다.", "박", id="people-surname-with-mossi-and-age"),
    P("경찰에 따르면 최씨가 역에서 다쳤다.", "최", id="people-surname-with-ssi"),
    P("피해자 김모(41·여)씨가 숨졌다.", "김", id="people-surname-mo-with-age-and-sex-bracket"),
    P("이 군과 박 양은 말했다.", "박", id="people-surname-with-yang"),
    # a full name shaped like a district (길+동) right after a post, ending the phrase
    P("위키뉴스 기자 홍길동", "홍길동", id="people-district-shaped-name-after-a-post"),
    # a Korean full name, a body named by a word and a name, a post
    P("하지원 에코맘 코리아 대표는 말했다.", "하지원", id="people-full-name-before-a-body-of-two-words"),
    # a role before the name: the company is no person, the name after the title is
    P("태광실업 회장 박연차가 구속됐다.", "박연차", id="people-name-after-company-and-title"),
    P("이명박·박근혜 전 대통령이 사법처리됐다.", {"이명박", "박근혜"}, id="people-joined-by-a-middle-dot"),
    # age brackets after names
    P("양궁 대표 정다은(23·청주시청)이 결승에 올랐다.", "정다은", id="people-name-before-age-and-team-bracket"),
    P("피의자 오민혁(41·인천)은 혐의를 부인했다.", "오민혁", id="people-name-before-age-and-city-bracket"),
    P("마라톤 우승자 김포(30)가 인터뷰했다.", "김포", id="people-age-outweighs-a-city-name"),
    P("이준석(45) 경기도 부지사는 말했다.", "이준석", id="people-name-with-age-before-a-post"),
    P("류현진(37·한화 이글스)은 이날 선발 등판했다.", "류현진", id="people-name-before-age-and-two-word-team"),
    P("손흥민(토트넘)은 20일 경기에서 골을 넣었다.", "손흥민", id="people-name-before-club-in-brackets"),
    # leaders named before 정부 / 정권 / a particle
    P("2004년 이후 이명박·박근혜 정부에 의한 민영화 논란이 이어졌다.", {"이명박", "박근혜"},
      id="people-leaders-before-jeongbu"),
    P("한국철도는 김영삼 정권에서야 고속철도 건설을 시작했다.", {"김영삼"}, id="people-leader-before-jeonggwon"),
    P("국가정보원은 김정일에 비해 취약한 권력 기반을 지적했다.", {"김정일"}, id="people-leader-before-a-particle"),
    P("김정일 사망 1주기를 앞두고 발사가 이뤄질 전망이다.", "김정일", id="people-leader-before-samang"),
    # foreign names
    P("기시다 후미오 총리는 방위비를 늘렸다.", "기시다 후미오", id="people-japanese-given-name-is-not-an-affiliation"),
    P("공화당 의원들은 비판적인데, 리차드 버는 \"픽션\"이라고 일축했다.", "리차드 버",
      id="people-foreign-full-name-with-a-one-syllable-surname"),
    P("연설 직후 세르게이 악쇼노프 크림 공화국 총리는 조약에 서명했다.", "세르게이 악쇼노프",
      id="people-foreign-full-name-before-a-place-and-post"),
    P("잡스는 1976년 스티브 워즈니악과 함께 애플을 창업했다.", "스티브 워즈니악", id="people-foreign-full-name-before-gwa"),
    P("린다 토머스-그린필드 주유엔 미국대사는 “용납할 수 없다”고 말했다.", "린다 토머스-그린필드",
      id="people-hyphenated-foreign-name-before-a-mission-post"),
    # well-known people Kiwi reads as common nouns, kept whole as proper nouns
    P("스타머 총리와 멜로니 총리가 회담했다.", "멜로니", id="people-well-known-surname-before-a-post"),
    P("블링컨은 서울을 방문했다.", "블링컨", id="people-well-known-surname-alone"),
    # a club's player
    P("투수 부문에서는 두산 베어스의 로드리게스가 다승왕을 챙겼다.", "로드리게스",
      id="people-foreign-player-after-club-ui"),
    P("도루왕에는 삼성 라이온즈의 박해민이, 득점왕에는 다른 선수가 올랐다.", "박해민",
      id="people-korean-player-read-as-one-word-with-its-particle"),
    # researchers with their university in brackets
    P("사람의 뇌와 닮은 회로를 국내 최동진(국민대)·김상호(세종대) 공동연구팀이 개발했다.", {"최동진", "김상호"},
      id="people-researchers-with-university-brackets"),
    # a stage name with the real name in brackets, people named by brackets and honours
    P("기소된 빅뱅 전 멤버 승리(본명 이승현·32)가 실형을 확정받았다.", "승리", id="people-stage-name-before-bonmyeong"),
    P("지드래곤(본명: 권지훈 , 1988년 8월 18일 ~ )은 가수다.", "권지훈", id="people-real-name-after-bonmyeong"),
    P("징역형을 선고받았던 고(故) 도예준 외 9명에 대해 무죄를 선고했다.", "도예준", id="people-name-after-go-honorific"),
    # a name before a post or 씨, after an affiliation or a nickname
    P("최미숙 시민방사능감시센터 활동가는 \"모든 걸 통제할 수 없다.\"라고 말했다.", "최미숙",
      id="people-name-before-centre-and-post"),
    P("일본연구소 김하늘 연구원의 글에 따르면 \"계획을 철회해야 한다\"고 비판했다.", "김하늘",
      id="people-name-between-institute-and-yeonguwon"),
    P("대한민국의 1번 키커 이정원과 일본의 5번 키커 무라마쓰 도모코가 실축했다.", "무라마쓰 도모코",
      id="people-japanese-name-after-a-numbered-position"),
    # names ending in 호 (a vessel's name is not one: see below)
    P("2019년 9월엔 유승호가 이 채널을 통해 애완동물을 분양받았다.", "유승호", id="people-name-ending-in-ho"),
    # a name shaped like a district (길동, 완구) before a post
    P("이 사건을 처음 보도한 것은 홍도동 기자였다.", "홍도동", id="people-district-shaped-name-before-a-post"),
    P("이만구 총리 후보자에 대한 임명동의안이 통과되었다.", "이만구", id="people-district-shaped-name-before-two-posts"),
    # names with no title: a list of full names, a name before a count of people, a verb only people do
    P("이 영화에는 한지호, 이세균, 조하정 등이 출연한다.", {"한지호", "이세균", "조하정"},
      id="people-list-of-full-names-one-ending-in-ho"),
    P("경찰은 김도철 등 3명을 입건했다.", "김도철", id="people-name-then-deung-and-count"),
    P("홍길순 측은 입장을 밝혔다.", "홍길순", id="people-korean-name-with-cheuk"),
    P("레반도르스키는 지난해 다른 구단으로 이적했다.", "레반도르스키", id="people-foreign-player-who-transferred"),
    P("이 드라마에는 아이라가 출연한다.", "아이라", id="people-single-name-who-appears"),
    P("그룹 뉴진스의 멤버 하니가 국정감사에 출석했다.", "하니", id="people-group-member-named-after-memeo"),
    # (a real name: the analyser cuts this one into 김/NNP 재/XPN 환/XR; the split is repaired)
    P("이번 시상식에서 김재환 선수에게 상이 돌아갔다.", "김재환", id="people-name-split-with-a-prefix-syllable"),
]


@pytest.mark.parametrize("body,who", PEOPLE)
def test_person_found(analyser, body, who):
    assert names(who) <= kinds(analysed(body, analyser), "person")


EXACTLY = [
    # a monarch's regnal number is part of the name; an age (2세 때) is no person
    P("결혼식이 끝난 후 루이 14세는 작위를 내렸다. 그 아이는 2세 때 이사했다.", {"루이 14세"},
      id="people-regnal-number-is-part-of-the-name"),
    # a known organisation written in two words is no person
    P("보코 하람은 성명을 냈다.", set(), id="people-none-in-an-organisation-of-two-words"),
    # two people each after their own post: the first is no one's affiliation
    P("가수 아이유 배우 이정은이 출연했다. 배우 김하늘 부부가 기부했다.", {"아이유", "이정은", "김하늘"},
      id="people-each-after-their-post"),
]


@pytest.mark.parametrize("body,who", EXACTLY)
def test_people_are_exactly(analyser, body, who):
    assert kinds(analysed(body, analyser), "person") == who


BOUNDARIES = [
    # (sentence, the person's key, a longer or shorter span that must not be a key)
    P("구원파 금고지기 김혜경 씨가 귀국 의사를 밝혔다.", "김혜경", "구원파 금고지기 김혜경",
      id="people-description-before-the-name-is-no-part-of-it"),
    P("버락 오바마 대통령은 연설했다.", "버락 오바마", "오바마", id="people-full-foreign-name-not-the-surname"),
    P("유민아빠 김영수씨를 둘러싼 논란은 사그라들었다.", "김영수", "유민아빠 김영수",
      id="people-nickname-before-the-name-is-no-part-of-it"),
]


@pytest.mark.parametrize("body,name,wrong", BOUNDARIES)
def test_person_boundaries(analyser, body, name, wrong):
    an = analysed(body, analyser)
    assert name in kinds(an, "person") and wrong not in all_keys(an)


@pytest.mark.parametrize("body,text,key", [
    P("회견에는 국토연구원 관계자가 참석했다.", "국토연구원 관계자", "국토연구원 관계자",
      id="people-anonymous-source-is-one-mention"),
])
def test_anonymous_mention(analyser, body, text, key):
    assert mention(analysed(body, analyser), text, "anonymous").key == key


# --- words that are no person --------------------------------------------------------------

NOT_PEOPLE = [
    P("JR동일본 야마가타 지사는 운행 중단을 밝혔다.", "JR동일본", id="people-not-a-latin-and-hangul-word"),
    P("용의자인 위구르족 남성은 현장에서 붙잡혔다.", "위구르족 남성", id="people-not-an-unnamed-suspect"),
    # ships, products, nationalities
    P("세월호가 침몰한 지 10년이 지났다.", "세월호", id="people-not-a-ferry-name-ending-in-ho"),
    P("나로호는 대한민국만의 독자적인 기술이 아니었다.", "나로호", id="people-not-a-rocket-name-ending-in-ho"),
    P("미국산 쇠고기 수입이 늘었다.", "미국산", id="people-not-a-country-with-san"),
    P("한국인 관광객 두 명이 다쳤다.", "한국인", id="people-not-a-country-with-in"),
    # a company before a post is an affiliation
    P("태광실업 회장 박연차가 구속됐다.", "태광실업", id="people-not-the-company-before-a-title"),
    # places, phrases, a given name alone
    P("태풍은 한반도 남해안을 지나갈 것으로 예상된다.", "남해안", id="people-not-a-coast"),
    P("대통령 취임 연설은 길었다.", "취임 연설", id="people-not-a-noun-phrase-after-a-title"),
    P("에마뉘엘 마크롱 대통령은 말했다.", "에마뉘엘", id="people-not-a-given-name-alone"),
    # name boundaries: no common noun, party or body joined to a name
    P("원어민 교사 채용이 늘었다.", "원어민", id="people-not-a-common-noun-before-a-post"),
    P("버락 오바마 민주당 후보와 밋 롬니 공화당 후보는 유세를 중단했다.", "밋 롬니 공화당",
      id="people-not-a-name-with-its-party"),
    P("크리스티아나 피게레즈 UNFCCC 사무총장이 회견했다.", "크리스티아나 피게레즈 UNFCCC",
      id="people-not-a-name-with-an-acronym-body"),
    # a common noun with an age or a size in brackets
    P("피해자(34·여)는 병원으로 옮겨졌다.", "피해자", id="people-not-a-common-noun-with-age-bracket"),
    P("그 건물(12층)은 무너졌다.", "건물", id="people-not-a-common-noun-with-floors-bracket"),
    # place units (a branch, a constituency) are no persons
    P("이마트 양평점이 문을 열었다.", "양평점", id="people-not-a-shop-branch"),
    P("경기 부천병 후보가 말했다.", "경기 부천병", id="people-not-a-constituency-with-its-province"),
    P("인천 남동갑이 격전지다.", "남동갑", id="people-not-a-constituency"),
    P("김상호 한빛당 부천병 후보가 말했다.", "부천병", id="people-not-a-constituency-after-a-party"),
    P("특히 천왕성이 보름달 뒤로 숨었다 나타난다.", "천왕성", id="people-not-a-planet"),
    P("태풍 매슈는 상륙 당시 약화되었고, 주민 한 명이 숨지는 사고가 났다.", "매슈",
      id="people-not-a-storm-whose-clause-later-has-a-death"),
    P("경부선과 경의선의 건설 과정에서 주민이 동원됐다.", "경의선", id="people-not-railway-lines-in-a-list"),
    P("방동리에 새 도로가 났다.", "방동리", id="people-not-a-village"),
    P("한정판에 사람들이 몰렸다.", "한정판", id="people-not-a-word-shaped-like-a-name"),
    P("농업인 200여명은 성주읍 성산리의 한 농가에서 시위를 했다.", "성산리",
      id="people-not-a-village-after-its-town"),
    # clubs and meetings
    P("베이징 궈안은 리그 우승을 차지했다.", "베이징 궈안", id="people-not-a-club"),
    P("이사회는 내일 이사회를 열기로 했다. 임시 이사회는 안건을 다룬다.", "임시 이사회", id="people-not-a-meeting"),
    P("그는 한국어를 배웠다. 한국어는 어렵다.", "한국어", id="people-not-a-language"),
    # a word a definition or a gloss explains
    P("공매도란 주식을 빌려 파는 거래를 말한다.", "공매도", id="people-not-a-defined-word"),
    P("성벽에는 총안(銃眼)과 전안(箭眼)이 있다.", "총안", id="people-not-a-word-glossed-in-hanja"),
    P("이 회사의 COO(최고운영책임자)가 말했다.", "최고운영책임자", id="people-not-a-title-glossing-an-acronym"),
    # counties the analyser reads as proper nouns
    P("검찰은 나주 초등학생 사건의 범인에게 사형을 구형했다.", "나주", id="people-not-a-county-before-a-noun"),
    P("연탄은 강원도 태백과 인근 삼척, 영월에 공급된다.", "삼척", id="people-not-a-county-in-a-list"),
]


@pytest.mark.parametrize("body,word", NOT_PEOPLE)
def test_not_a_person(analyser, body, word):
    assert word not in kinds(analysed(body, analyser), "person")


def test_person_key_is_fullest_form(analyser):
    an = analysed("박영희 환경부 장관은 현장을 찾았다. 박 장관은 대책을 약속했다. 리처드 밀러 대사도 동행했다. "
                  "밀러 대사는 협력을 강조했다.", analyser)
    keys = {m.text: m.key for m in an.mentions if m.kind == "person"}
    assert keys.get("박") == "박영희"
    assert keys.get("밀러") == "리처드 밀러"


def test_titles_are_not_part_of_names(analyser):
    an = analysed("최민호 회장은 주주총회에서 사임했다.", analyser)
    assert "최민호" in {m.text for m in an.mentions if m.kind == "person"}
    assert not any(m.text.endswith("회장") for m in an.mentions if m.kind == "person")


def test_hanja_name_is_still_a_person(analyser):
    an = analysed("스가 요시히데(菅義偉) 총리가 말했다.", analyser)
    assert any(k.endswith("요시히데") for k in kinds(an, "person"))


def test_names_listed_before_a_person_are_people(analyser):
    an = analysed("대중가요 그룹 카라의 한수연, 정미콜, 강지연이 소송을 제기했다.", analyser)
    people = kinds(an, "person")
    assert {"한수연", "강지연"} <= people
    assert "이성애" not in people | all_keys(analysed("이성애, 동성애, 양성애 등을 말한다.", analyser))


# --- the name tests the rules use ----------------------------------------------------------

@pytest.mark.parametrize("word,foreign", [
    P("알마즈벡", True, id="people-foreign-spelling-kyrgyz-given-name"),
    P("아브또브", True, id="people-foreign-spelling-tense-consonant"),
    P("정책", False, id="people-foreign-spelling-not-a-korean-word"),
    P("올레나", False, id="people-foreign-spelling-not-a-plain-transliteration"),
])
def test_foreign_spelling(word, foreign):
    assert foreign_looking(word) is foreign


def test_noun_run_needs_two_words_or_a_proper_name():
    assert noun_run_is_name(["알마즈벡", "아브또브"], False)
    assert not noun_run_is_name(["브리핑"], False)
    assert not noun_run_is_name(["투자자", "로즈"], True)
