"""Table-driven tests of the round-8 rules (unnamed crowds as speakers, more shapes of quoted
speech). Sentences written for these tests, with invented names, not taken from the gold articles."""
from __future__ import annotations

import pytest

from .extract_support import analyse_body


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


def speakers(an) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in an.quotes]


@pytest.mark.parametrize("body,speaker", [
    # a crowd as the topic of a saying, with a modifier clause before it
    ("축제 당일 광장에 모였던 사람들은 \"앞으로 나갈 수가 없었다\"라고 대답했다.", "사람들"),
    # a quantifier before the crowd noun, and the crowd after the quotation (…는 사람도 있었다)
    ("또 일부 팬들은 \"구단이 너무 늦게 움직였다\"라며 걱정하는 사람도 있었다.", "팬들"),
    # a pronoun for people after the quotation: …라며 …하는 이들도 있었다
    ("\"이번에도 늑장 대응이다\"라며 정부를 비난하는 이들도 있었다.", "이들"),
    # a quantifier alone as the subject
    ("몇몇은 \"내일 다시 모이자\"는 말을 남겼다.", "몇몇"),
    # a crowd noun followed by a quantifier: the crowd speaks
    ("외신들 대부분은 \"올해 최악의 사고\"라고 보도했다.", "외신들"),
    # one person of a crowd
    ("현장에서 한 시민은 \"불길이 순식간에 번졌다\"고 말했다.", "시민"),
])
def test_unnamed_crowds_speak(analyser, body, speaker):
    got = speakers(run(body, analyser))
    assert got and got[-1][1] == speaker, got


@pytest.mark.parametrize("body,start", [
    # a compound speech noun after the quotation (수상+소감)
    ("신인왕 박서진은 \"하늘에 계신 할머니께 기도했다\"는 수상소감을 남겼다.", "하늘에 계신"),
    # the original wording in brackets between the quotation and its particle
    ("대변인은 \"그 나라는 남의 일에 간섭한다\"(meddlesome)이란 평가도 내놨다.", "그 나라는"),
    # a verdict noun (평가) names the content of the quotation
    ("연구소는 \"정책의 전환일 수 있다\"는 평가를 내놓았다.", "정책의 전환"),
])
def test_more_shapes_of_quoted_speech(analyser, body, start):
    got = speakers(run(body, analyser))
    assert any(t.startswith(start) for t, _ in got), got


def test_a_crowd_noun_inside_the_quotation_does_not_speak(analyser):
    got = speakers(run("김도윤 위원장은 \"시민들은 이 결정을 반길 것\"이라고 말했다.", analyser))
    assert got and got[-1][1] == "김도윤"


@pytest.mark.parametrize("body,speaker", [
    # the subject of an embedded clause after the quotation (북한이 …했다는 사실) is not the speaker
    ("작년 대회에서는 박태성이 \"전쟁이라는 말은 없을 것\"이라며 북한이 핵을 보유했다는 사실을 강조했다.", "박태성"),
    # a post nobody in the article is named for speaks as itself
    ("이날 통화에서 남측 연락대표가 \"통신망이 복원된 만큼 소식을 전하겠다\"고 전했다.", "남측 연락대표"),
])
def test_round8_speakers_more(analyser, body, speaker):
    got = speakers(run(body, analyser))
    assert got and got[-1][1] == speaker, got


def test_a_name_introduced_as_a_person_stays_one(analyser):
    # X대 총장 also reads as "president of X University"; the article said X is a person
    an = run("한상대(53, 사법연수원 13기) 검찰총장이 사퇴했다. 이후 한상대 총장은 \"사퇴하겠다\"고 말했다.", analyser)
    assert "한상대" not in {m.key for m in an.mentions if m.kind == "organization"}
    assert an.quotes and an.quotes[-1].speaker == "한상대"


def terms(an) -> dict[str, tuple]:
    return {t.term: t.glosses for t in an.terms}


@pytest.mark.parametrize("body,term,gloss", [
    # one Hanja a syllable: the gloss covers the last word only
    ("성벽의 하부 치성(雉城)은 방형의 석재를 사용했다.", "치성", "雉城"),
    # five syllables glossed one Hanja each name a building, not a person
    ("동북포루(東北鋪樓)는 조선 후기에 건립된 방어 시설이다.", "동북포루", "東北鋪樓"),
    # a heritage designation in brackets
    ("이번 전시에서는 금동대향로(국보 287호)가 처음 공개된다.", "금동대향로", "국보 287호"),
    # a place glossed with its name in its own script
    ("폭발은 모스크바의 브누코보 국제공항(Международный аэропорт Внуково)에서 일어났다.", "브누코보 국제공항",
     "Международный аэропорт Внуково"),
    # a word ending in a bound noun (단량/체)
    ("이 물질은 중합체를 이루는 단량체(monomer)의 일종이다.", "단량체", "monomer"),
])
def test_round8_glosses(analyser, body, term, gloss):
    got = terms(run(body, analyser))
    assert term in got and gloss in got[term], got


@pytest.mark.parametrize("body,term", [
    # a quoted word the writer says something is called
    ("이 나라는 휴전 기념일을 '승리절'로 부르며 해마다 기념하고 있다.", "승리절"),
])
def test_round8_named_words(analyser, body, term):
    assert term in terms(run(body, analyser))


@pytest.mark.parametrize("body,word", [
    ("그는 성명을 냈다. 다음은 성명 전문이다.", "다음"),
    ("같은 단어(Korean Railroad)를 두고 다툼이 있었다.", "단어"),
    ("한 업체의 홈페이지(lottorich.co.kr) 게시판에는 사연이 올라온다.", "홈페이지"),
])
def test_round8_not_terms(analyser, body, word):
    assert word not in terms(run(body, analyser))


def orgs(an) -> set[str]:
    return {m.key for m in an.mentions if m.kind == "organization"}


@pytest.mark.parametrize("body,club,person", [
    ("투수 부문에서는 한화 이글스 정민호 선수가 세이브왕을 차지했다.", "한화 이글스", "정민호"),
    ("타율왕에는 LG 트윈스의 박지훈 선수가 올랐다.", "LG 트윈스", "박지훈"),
    ("북부리그에서는 넥센 히어로즈 김도현 선수가 2관왕을 챙겼다.", "넥센 히어로즈", "김도현"),
    ("퓨처스리그에서는 경찰 야구단 이상민 선수가 타격왕에 올랐다.", "경찰 야구단", "이상민"),
])
def test_sports_clubs_are_one_organisation(analyser, body, club, person):
    an = run(body, analyser)
    assert club in orgs(an)
    people = {m.key for m in an.mentions if m.kind == "person"}
    assert person in people and club not in people


def test_match_ups_of_known_organisations(analyser):
    an = run("개막전 경기는 두산-LG(잠실), KT-롯데(수원)이다.", analyser)
    assert {"두산", "LG", "KT", "롯데"} <= orgs(an)
    # two names nobody knows joined by a hyphen are no organisations
    assert not {"가나다", "라마바"} & orgs(run("가나다-라마바 경기가 열렸다.", analyser))


def test_a_foreign_countrys_body_keeps_the_country(analyser):
    an = run("이에 대해 루마니아 축구협회는 \"조롱했다\"며 비판했다.", analyser)
    assert "루마니아 축구협회" in orgs(an)
    assert an.quotes and an.quotes[-1].speaker == "루마니아 축구협회"


@pytest.mark.parametrize("body,person", [
    # a foreign player's name after `<club>의`
    ("투수 부문에서는 두산 베어스의 로드리게스가 다승왕을 챙겼다.", "로드리게스"),
    # a Korean name Kiwi reads as one unknown word together with its particle
    ("도루왕에는 삼성 라이온즈의 박해민이, 득점왕에는 다른 선수가 올랐다.", "박해민"),
])
def test_a_clubs_player(analyser, body, person):
    assert person in {m.key for m in run(body, analyser).mentions if m.kind == "person"}


def test_a_bracket_holding_only_a_known_place(analyser):
    an = run("개막전 경기는 SK-한화(인천), KT-롯데(수원)이다.", analyser)
    assert {"인천", "수원"} <= {m.key for m in an.mentions if m.kind == "place"}


@pytest.mark.parametrize("body,name,role", [
    ("한국대학교 총학생회의 서명근 학생회장은 9월 4일 통화에서 말했다.", "서명근", "학생회장"),
    ("김민수 총학생회장은 통화에서 말했다.", "김민수", "총학생회장"),
])
def test_student_council_president_is_a_title(analyser, body, name, role):
    got = {m.key: m.role for m in run(body, analyser).mentions if m.kind == "person"}
    assert got.get(name) == role, got


def test_a_list_of_sayings_ending_in_deung(analyser):
    got = speakers(run("한편 누리꾼들은 \"관리를 못 할 거면 팔아라\", \"회선 관리를 제대로 했으면 좋겠다\" 등 "
                       "관리에 대해 대부분 말하고 있다.", analyser))
    assert [s for _, s in got] == ["누리꾼들", "누리꾼들"], got


def test_mixed_quotation_marks_make_two_quotations(analyser):
    got = speakers(run("공정위는 “소비자들은 추천하는 책으로 인식하고 있다\"며 \"광고비를 낸 서적임을 "
                       "알리지 않은 것은 기만”이라고 밝혔다.", analyser))
    assert [t[:4] for t, _ in got] == ["소비자들", "광고비를"] and all(s == "공정위" for _, s in got), got


def test_a_title_in_brackets_sets_no_bound_for_the_subject(analyser):
    # the quoted words inside the article's title are not an earlier saying
    got = speakers(run("<한빛일보>는 <확인은 ‘대충’…무조건 ‘몰아’> 기사를 통해 “당국이 부실한 조사를 하고 있다”고 썼다.",
                       analyser))
    assert got and got[-1][1] == "한빛일보", got


def test_a_body_named_with_wa_inside_one_word(analyser):
    an = run("평화와인권연구소 측에 자료를 요청하자 “링크를 보내주겠다”는 답이 돌아왔다.", analyser)
    assert "평화와인권연구소" in orgs(an)


def test_a_number_and_counter_glossed_as_one_name(analyser):
    assert "주요 20개국" in terms(run("정상들은 주요 20개국(G20) 회의에서 만났다.", analyser))
    # an ordinal with its counter is no organisation (제44대 대통령)
    assert "제44대" not in orgs(run("제44대 대통령 버락 오바마가 취임했다.", analyser))


@pytest.mark.parametrize("body,org", [
    ("볼보트럭코리아 김영재 사장은 신차를 소개했다.", "볼보트럭코리아"),
    ("볼보트럭은 올해 신차를 출시했다.", "볼보트럭"),
    ("이 음원은 스포티파이에서 들을 수 있다.", "스포티파이"),
])
def test_companies_and_platforms(analyser, body, org):
    an = run(body, analyser)
    assert org in orgs(an)
    assert not {m.key for m in an.mentions if m.kind == "person"} & {org, org + " 김영재"}


def places(an) -> set[str]:
    return {m.key for m in an.mentions if m.kind == "place"}


def test_round8_places_and_nicknames(analyser):
    # a name shaped like a Korean person's, with surroundings, is a place
    assert "석모도" in places(run("오늘은 인천 석모도 일대에서 무인기가 관측됐다.", analyser))
    # a quoted nickname is a word the article explains, not a state
    an = run('일부 사람들 중에서는 "경기 공화국"이라는 별명을 다시 사용하고 있었다.', analyser)
    assert "경기 공화국" not in places(an) and "경기 공화국" in terms(an)


def test_an_online_community_is_an_organisation(analyser):
    an = run("한국대학교 재학생 커뮤니티인 누리라이프에서 조사가 나타났다.", analyser)
    assert "누리라이프" in orgs(an) and "누리라이프" in terms(an)


def test_a_bracket_after_the_quotation_names_the_speaker(analyser):
    got = speakers(run("공사와 공단의 경쟁은 이제 공단의 ‘기관 정체성 명확’(박도윤 기획처장)과 직원들의 찬성으로 "
                       "깨지게 되었다.", analyser))
    assert got == [("기관 정체성 명확", "박도윤")], got


def test_a_body_named_for_what_it_works_for(analyser):
    an = run("건강사회를 위한 치과의사회는 14일 성명을 발표했다.", analyser)
    assert "건강사회를 위한 치과의사회" in orgs(an) and "건강사회" not in orgs(an) | places(an)
    assert not orgs(run("부검을 위한 경찰의 진입이 시도됐다.", analyser)) - {"경찰"}


def test_round8_quoted_practices_and_work_titles(analyser):
    # a verb made a noun with -기 in quotation marks names a practice
    assert "계좌 바꿔치기" in terms(run("노점상은 최근 '계좌 바꿔치기'에 당했다.", analyser))
    # a description of a work glossed with its title is no term
    got = terms(run("위원회는 보도자료(\"부정 의혹 영화(더 계획)에 대한 입장\")를 통해 밝혔다.", analyser))
    assert "부정 의혹 영화" not in got


def test_foreign_places_the_analyser_would_cut(analyser):
    # Kiwi alone reads 네바다 as 네/IC 바다 (a sea) and glues particles onto some names
    assert "네바다" in places(run("바이든 당선인은 네바다에서 승리해 선거인단을 더 확보했다.", analyser))
    assert "아제르바이잔" in places(run("그는 아제르바이잔의 선수를 꺾고 동메달을 땄다.", analyser))
    # the smaller unit of an address after a larger one, even when shaped like a name
    an = run("농업인 200여명은 성주읍 성산리의 한 농가에서 시위를 했다.", analyser)
    assert "성산리" in places(an) and "성산리" not in {m.key for m in an.mentions if m.kind == "person"}


@pytest.mark.parametrize("body,start,speaker", [
    ('안나 마르텡 시장은 "재능을 갖춘 디자이너였다"며 "도시는 지금 아들을 잃었다" 는 추모 글을 트위터에 올렸다.',
     "도시는 지금", "안나 마르텡"),
    ('한정수 판사는 2007년에 "성희롱을 해고사유로 하는 것은 부적합하다"는 판결을 했던 전력이 있다.', "성희롱을", "한정수"),
    # no subject: the speaker is the person of an earlier sentence, not the places of the last one
    ('고발인은 최도현 신부가 내란을 선동했다고 주장한다. 해당 발언은 군산시 수송동 성당에서 나왔다. '
     '"전 대통령을 구속하여야 한다"는 것이 강론의 주요 내용이었다.', "전 대통령을", "최도현"),
    ('현장에서는 유서도 발견됐다.\n유서에서는 "우리는 아무런 죄가 없다"라는 내용이 적혀있었다.', "우리는", "유서"),
    ('또 누군가는 "배후에 누군가가 있다", "우연한 사고가 아니다" 라고 하면서 음모론을 제기했다.', "배후에", "누군가"),
])
def test_round8_heldout8_shapes(analyser, body, start, speaker):
    got = speakers(run(body, analyser))
    assert any(t.startswith(start) and s == speaker for t, s in got), got


def test_round8_people_and_bodies(analyser):
    an = run("사람의 뇌와 닮은 회로를 국내 최동진(국민대)·김상호(세종대) 공동연구팀이 개발했다.", analyser)
    assert {"최동진", "김상호"} <= {m.key for m in an.mentions if m.kind == "person"}
    assert {"국민대", "세종대"} <= orgs(an)
    assert "김정일" in {m.key for m in run("김정일 사망 1주기를 앞두고 발사가 이뤄질 전망이다.", analyser).mentions
                     if m.kind == "person"}
    assert "겐조" in orgs(run('프랑스의 명품 브랜드 "겐조"를 창립한 디자이너가 별세했다.', analyser))
    assert "사물인터넷" in terms(run("이 기술은 모바일·사물인터넷(IoT) 기기 등에 적용할 수 있다.", analyser))
    assert "한·미 자유무역협정" in terms(run("한·미 자유무역협정(FTA)이 발효됐다.", analyser))


def test_a_venue_before_a_quoted_title_is_no_speaker(analyser):
    # 성당에서 ‘…미사’ 진행 중: the quoted title after 에서 is no saying, so the venue does not speak
    body = ("고발인은 최도현 신부가 내란을 선동했다고 주장한다. 해당 발언은 지난 22일 군산시 수송동 성당에서 "
            "'대통령 사퇴를 촉구하는 시국미사' 진행 중 나왔다. \"전 대통령을 구속하여야 한다\"는 것이 강론의 주요 내용이었다.")
    got = speakers(run(body, analyser))
    assert got and got[-1][1] == "최도현", got
    assert "기자회견" not in places(run("신문은 기자회견에서 그가 은퇴를 선언했다고 전했다.", analyser))


def test_round8_heldout9_shapes(analyser):
    people = lambda an: {m.key: m.role for m in an.mentions if m.kind == "person"}  # noqa: E731
    an = run("최미숙 시민방사능감시센터 활동가는 \"모든 걸 통제할 수 없다.\"라고 말했다.", analyser)
    assert "최미숙" in people(an) and an.quotes and an.quotes[-1].speaker == "최미숙"
    an = run("오늘 이완구 새누리당 원내대표와 대책위 지도부가 만났다.", analyser)
    assert people(an).get("이완구") == "원내대표" and "이완구" not in places(an)
    an = run("일본연구소 김하늘 연구원의 글에 따르면 \"계획을 철회해야 한다\"고 비판했다.", analyser)
    assert "김하늘" in people(an) and "김하늘 연구원" not in orgs(an)
    an = run("유민아빠 김영수씨를 둘러싼 논란은 사그라들었다.", analyser)
    assert "김영수" in people(an) and "유민아빠 김영수" not in people(an)


def test_round8_heldout9_more(analyser):
    people = lambda an: {m.key for m in an.mentions if m.kind == "person"}  # noqa: E731
    assert "스티브 워즈니악" in people(run("잡스는 1976년 스티브 워즈니악과 함께 애플을 창업했다.", analyser))
    assert "승리" in people(run("기소된 빅뱅 전 멤버 승리(본명 이승현·32)가 실형을 확정받았다.", analyser))
    assert "북한 외무성" in orgs(run("북한 외무성 홈페이지에 글이 실렸다.", analyser))
    an = run("배의 무게중심을 잡기 위해 싣는 바닷물을 '평형수'라고 한다. 정부는 검사했다.", analyser)
    got = {t.term: t.definition for t in an.terms}
    assert got.get("평형수") == "배의 무게중심을 잡기 위해 싣는 바닷물"


def test_names_listed_before_a_person_are_people(analyser):
    an = run("대중가요 그룹 카라의 한수연, 정미콜, 강지연이 소송을 제기했다.", analyser)
    people = {m.key for m in an.mentions if m.kind == "person"}
    assert {"한수연", "강지연"} <= people
    assert "이성애" not in people | {m.key for m in run("이성애, 동성애, 양성애 등을 말한다.", analyser).mentions}


@pytest.mark.parametrize("body,name,role", [
    ("서울행정법원 행정 12부(재판장: 홍순길)는 24일 판결했다.", "홍순길", "재판장"),
    ("지드래곤(본명: 권지훈 , 1988년 8월 18일 ~ )은 가수다.", "권지훈", None),
    ("징역형을 선고받았던 고(故) 도예준 외 9명에 대해 무죄를 선고했다.", "도예준", None),
    ("3.1 만세운동 당시 유관순 열사의 나이는 만 16세였다.", "유관순", "열사"),
])
def test_round8_people_named_by_brackets_and_honours(analyser, body, name, role):
    got = {m.key: m.role for m in run(body, analyser).mentions if m.kind == "person"}
    assert name in got and (role is None or got[name] == role), got


def test_a_known_body_after_its_class_is_the_name_alone(analyser):
    assert "리얼미터" in orgs(run("여론조사 전문기관 리얼미터(대표 이택수)가 조사했다.", analyser))


def test_names_ending_in_ho(analyser):
    people = lambda b: {m.key for m in run(b, analyser).mentions if m.kind == "person"}  # noqa: E731
    assert "유승호" in people("2019년 9월엔 유승호가 이 채널을 통해 애완동물을 분양받았다.")
    # a vessel's name is no person
    assert not people("나로호는 대한민국만의 독자적인 기술이 아니었다.") & {"나로호"}
    assert not people("세월호가 침몰한 지 10년이 지났다.") & {"세월호"}


def test_a_constituency_between_party_and_post(analyser):
    an = run("후보토론회에서 김상진 더불어민주당 부천병 후보에게서 막말이 나왔다.", analyser)
    got = {m.key: m.role for m in an.mentions if m.kind == "person"}
    assert got.get("김상진") == "후보" and "부천병" in places(an)


def test_round8_heldout10_shapes(analyser):
    people = lambda an: {m.key: m.role for m in an.mentions if m.kind == "person"}  # noqa: E731
    an = run("대한민국의 1번 키커 이정원과 일본의 5번 키커 무라마쓰 도모코가 실축했다.", analyser)
    assert people(an).get("이정원") == "키커" and "무라마쓰 도모코" in people(an)
    assert "강원도" in places(run("법원은 이광수 강원도지사에게 징역 6월을 선고했다.", analyser))
    assert "스비보드진" in places(run("폴란드의 한 작은 도시 스비보드진에 거대 동상이 완공되었다.", analyser))
    assert "트리니다드 토바고" in places(run("남쪽에 있는 섬나라 트리니다드 토바고에서 대회가 열렸다.", analyser))
    an = run("대한민국의 주요 포털 사이트 중 하나인 네이트에서 서비스를 종료한다는 공지를 발표하였다.", analyser)
    assert {t.term: t.definition for t in an.terms}.get("네이트") == "대한민국의 주요 포털 사이트 중 하나"
    assert "01X 한시적 번호이동 제도" in terms(run("정부 정책인 ‘01X 한시적 번호이동 제도’ 종료를 앞두고 있다.", analyser))


def test_so_called_without_quotation_marks(analyser):
    assert "강남 스캔들" in terms(run("총영사관에서 발생한 이른바 강남 스캔들을 조사하기 위해 떠났다.", analyser))


def test_round8_heldout11_shapes(analyser):
    assert {"28사단", "3군사령부"} <= orgs(run("28사단은 사건 발생 후 상급부대인 3군사령부에 보고했다.", analyser))
    got = speakers(run("병원장은 장교들에게 한 교육에서 그를 \"굼뜬 병사\", \"맞을 만 해서 맞았다\"는 등의 발언을 쏟아냈다.",
                       analyser))
    assert [t for t, _ in got] == ["굼뜬 병사", "맞을 만 해서 맞았다"] and all(s == "병원장" for _, s in got), got
    got = speakers(run("그는 직원들에게 '출산 당시 아이의 건강이 좋지 않았다'는 허위 진술을 강요했다.", analyser))
    assert got and got[0][0].startswith("출산 당시"), got
    an = run("트럼프 대통령은 제임스 코미 연방수사국(FBI) 국장에게 수사 중단을 요청했다.", analyser)
    assert "연방수사국" in terms(an) and "제임스 코미 연방수사국" not in terms(an)
