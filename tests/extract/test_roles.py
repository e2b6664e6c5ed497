"""Roles: the post, title and affiliation a person is given, and role references (`美 대통령`,
`국방부 장관`, `김 장관`) resolved to the person the article introduced with that role, or left
unresolved when two could be meant.

Sentences written for these tests, with invented names, not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from generator.extract.rolerefs import title_match

from ..extract_support import analyse_body, analysed, kinds, mention, roles

P = pytest.param


# --- posts and affiliations ----------------------------------------------------------------

@pytest.mark.parametrize("body,text,key,role,affiliation", [
    P("마크 뤼터 네덜란드 총리는 19일 기자회견을 열었다.", "마크 뤼터", "마크 뤼터", "총리", "네덜란드",
      id="roles-country-and-post-after-the-name"),
    P("보건복지부 장관 김철수는 예산안을 설명했다.", "김철수", "김철수", "장관", "보건복지부",
      id="roles-ministry-and-post-before-the-name"),
])
def test_role_and_affiliation(analyser, body, text, key, role, affiliation):
    m = mention(analysed(body, analyser), text, "person")
    assert (m.key, m.role, m.affiliation) == (key, role, affiliation)


CONTAINS = [
    # (sentence, person, a word the role holds)
    P("사무총장 안토니우 구테흐스는 회의를 열었다.", "안토니우 구테흐스", "사무총장", id="roles-post-before-a-foreign-name"),
    P("노동부 장관 알마즈벡 아브또브는 밝혔다.", "알마즈벡 아브또브", "장관", id="roles-ministry-post-before-a-foreign-name"),
    P("올레나 젤렌스카 여사는 연설했다.", "올레나 젤렌스카", "여사", id="roles-yeosa"),
    P("엔비디아 CEO 젠슨 황은 발표했다.", "젠슨 황", "CEO", id="roles-latin-post-before-the-name"),
    P("타냐 오르티스 마르티네스 보고관은 보고서를 냈다.", "타냐 오르티스 마르티네스", "보고관",
      id="roles-post-after-a-three-word-name"),
    P("이대영(53) 서울시 부교육감은 말했다.", "이대영", "부교육감", id="roles-post-after-age-and-city"),
    P("이명박 전 대통령은 성명을 냈다.", "이명박", "대통령", id="roles-former-post-with-jeon"),
    P("환경부장관인 유영숙은 개회사를 했다.", "유영숙", "환경부장관", id="roles-post-with-inin-before-the-name"),
    P("최재원 청와대 대변인은 브리핑을 했다.", "최재원", "대변인", id="roles-post-after-the-office"),
    P("서울시 윤준병 도시교통본부장은 계획을 밝혔다.", "윤준병", "본부장", id="roles-compound-post-ending-in-bonbujang"),
    P("두잇서베이 최종기 대표는 분석했다.", "최종기", "대표", id="roles-post-after-company-and-name"),
    P("차동현 울산과기대 도시환경공학과 교수는 설명했다.", "차동현", "교수", id="roles-post-after-university-and-department"),
    P("회사원 박 모씨(34)는 놀랐다고 말했다.", "박", "회사원", id="roles-occupation-before-mossi"),
    P("택시기사 김모(58)씨는 불편을 호소했다.", "김", "택시기사", id="roles-occupation-before-mo-age-ssi"),
    # a Korean name Kiwi cuts into syllables, before an organisation and a title
    P("면허 발급 직후 서승환 국토부 장관은 새 이정표라고 말했다.", "서승환", "장관",
      id="roles-name-cut-into-syllables-before-ministry-and-post"),
    P("논란이 된 박창신 신부가 검찰에 고발당했다.", "박창신", "신부", id="roles-priest"),
    # a title written on to the name
    P("보도자료에 따르면 윤후덕의원은 문제를 지적했다.", "윤후덕", "의원", id="roles-title-written-on-to-the-name"),
    # a Latin acronym between name and title is the affiliation
    P("사임한 것은 김상균 KR 이사장이 아니었다.", "김상균", "이사장", id="roles-acronym-affiliation-between-name-and-title"),
    # a Korean full name, then an unknown company, then a title
    P("문종현 이스트시큐리티 이사는 공격을 분석했다.", "문종현", "이사", id="roles-unknown-company-between-name-and-title"),
]


@pytest.mark.parametrize("body,name,role", CONTAINS)
def test_role_contains(analyser, body, name, role):
    got = roles(analysed(body, analyser))
    assert name in got and role in (got[name] or "")


EXACT = [
    # (sentence, person, the whole role)
    P("이준석(45) 경기도 부지사는 말했다.", "이준석", "부지사", id="roles-post-kept-after-an-age-bracket"),
    P("추경호 부총리 겸 기획재정부 장관은 “경기 회복에 총력을 다하겠다”고 밝혔다.", "추경호", "부총리 겸 기획재정부 장관",
      id="roles-two-titles-joined-by-gyeom"),
    P("이복현 금감원장은 “무관용 원칙으로 대응하겠다”고 말했다.", "이복현", "금감원장", id="roles-head-of-a-known-body"),
    P("이송규 한국안전전문가협회장은 “점검이 부실했다”고 말했다.", "이송규", "한국안전전문가협회장",
      id="roles-head-of-a-named-association"),
    P("홍완선 종로경찰서장은 사과했다.", "홍완선", "종로경찰서장", id="roles-head-of-a-police-station"),
    P("한국대학교 총학생회의 서명근 학생회장은 9월 4일 통화에서 말했다.", "서명근", "학생회장",
      id="roles-student-council-president-after-the-council"),
    P("김민수 총학생회장은 통화에서 말했다.", "김민수", "총학생회장", id="roles-student-council-president"),
    P("후보토론회에서 김상진 더불어민주당 부천병 후보에게서 막말이 나왔다.", "김상진", "후보",
      id="roles-constituency-between-party-and-post"),
    P("오늘 이완구 새누리당 원내대표와 대책위 지도부가 만났다.", "이완구", "원내대표", id="roles-floor-leader-after-a-party"),
    P("대한민국의 1번 키커 이정원과 일본의 5번 키커 무라마쓰 도모코가 실축했다.", "이정원", "키커",
      id="roles-numbered-position-before-the-name"),
    P("서울행정법원 행정 12부(재판장: 홍순길)는 24일 판결했다.", "홍순길", "재판장", id="roles-presiding-judge-in-brackets"),
    P("3.1 만세운동 당시 유관순 열사의 나이는 만 16세였다.", "유관순", "열사", id="roles-honour-yeolsa"),
    # the affiliation is not part of the post
    P("김민수 청년주거권보장센터 활동가는 정부 대책을 비판했다.", "김민수", "활동가", id="roles-post-without-its-affiliation"),
    # a researcher's rank before 연구원 keeps it a post
    P("이 연구소의 박서윤 수석연구원은 결과를 설명했다.", "박서윤", "수석연구원", id="roles-researchers-rank-with-yeonguwon"),
]


@pytest.mark.parametrize("body,name,role", EXACT)
def test_role_is_exactly(analyser, body, name, role):
    got = roles(analysed(body, analyser))
    assert got.get(name) == role, got


def test_affiliation_in_brackets_after_a_title(analyser):
    an = analysed("김영배 의원(더불어민주당·서울 성북갑)은 “예산이 부족하다”고 지적했다.", analyser)
    assert "더불어민주당" in kinds(an, "organization") and "서울" in kinds(an, "place")
    assert "김영배" in kinds(an, "person") and an.quotes[0].speaker == "김영배"
    assert not an.terms


# --- role references -----------------------------------------------------------------------

EXAMPLE = ("조 바이든 미국 대통령이 10일 도쿄에 도착했다. 美 대통령은 기시다 후미오 총리와 만났다. "
           "미국 대통령은 “동맹이 중요하다”고 말했다.")


def speakers(an):
    return [q.speaker for q in an.quotes]


@pytest.mark.parametrize("body,speaker", [
    P(EXAMPLE, "조 바이든", id="roles-ref-country-and-post"),                                  # 미국 대통령
    P("조 바이든 미국 대통령이 10일 도쿄에 왔다. 美 대통령은 “동맹이 중요하다”고 말했다.", "조 바이든",
      id="roles-ref-hanja-country-and-post"),                                                      # 美
    P("김철수 국방부 장관은 10일 회견을 열었다. 국방부 장관은 “훈련을 늘리겠다”고 밝혔다.", "김철수",
      id="roles-ref-ministry-and-post"),
    P("김철수 국방부 장관과 박영희 외교부 장관이 만났다. 외교부 장관은 “협력하겠다”고 말했다.", "박영희",
      id="roles-ref-second-of-two-ministers-by-ministry"),
    P("김철수 국방부 장관과 박영희 외교부 장관이 만났다. 국방부 장관은 “협력하겠다”고 말했다.", "김철수",
      id="roles-ref-first-of-two-ministers-by-ministry"),
    P("존 커비 백악관 대변인은 10일 브리핑을 했다. 백악관 대변인은 “협상은 계속된다”고 말했다.", "존 커비",
      id="roles-ref-office-and-post"),
    P("조 바이든 미국 대통령과 시진핑 중국 국가주석이 만났다. 중국 국가주석은 “협력하겠다”고 말했다.", "시진핑",
      id="roles-ref-second-of-two-leaders-by-post"),
    P("조 바이든 미국 대통령과 에마뉘엘 마크롱 프랑스 대통령이 만났다. 프랑스 대통령은 “협력하겠다”고 말했다.",
      "에마뉘엘 마크롱", id="roles-ref-affiliation-decides-between-two-presidents"),
    P("로이드 오스틴 미국 국방장관은 10일 서울에 왔다. 美 국방장관은 “억지력을 강화하겠다”고 말했다.",
      "로이드 오스틴", id="roles-ref-hanja-country-and-compound-post"),
    P("토니 블링컨 미국 국무장관이 10일 서울에 왔다. 美 장관은 “동맹을 지키겠다”고 말했다.", "토니 블링컨",
      id="roles-ref-janggwan-matches-gukmujanggwan"),                                              # 국무장관 ~ 장관
    P("김철수 국방부 장관은 10일 회견을 열었다. 김 장관은 “훈련을 늘리겠다”고 밝혔다.", "김철수",
      id="roles-ref-surname-and-post"),
    P("김철수 국방부 장관과 김영희 민주당 대표가 만났다. 김 대표는 “협력하겠다”고 말했다.", "김영희",
      id="roles-ref-role-decides-between-two-kims"),                                               # role decides
    P("오세훈 서울시장은 10일 회견을 했다. 오 시장은 “협력하겠다”고 말했다.", "오세훈", id="roles-ref-surname-and-mayor"),
    P("박영희 민주당 대표가 10일 회견을 했다. 이 대표는 “협력하겠다”고 말했다.", "박영희",
      id="roles-ref-demonstrative-i-daepyo"),                                                      # 이 = "this"
])
def test_role_reference_speaker(analyser, body, speaker):
    assert speakers(analysed(body, analyser)) == [speaker]


@pytest.mark.parametrize("body,wrong", [
    # two 장관 with no affiliation: `국방부 장관` may be either (or a third)
    P("김철수 장관과 박영희 장관이 만났다. 국방부 장관은 “협력하겠다”고 말했다.", {"김철수", "박영희"},
      id="roles-ref-unresolved-two-ministers-without-ministry"),
    # two 김 장관
    P("김철수 국방부 장관과 김영희 외교부 장관이 만났다. 김 장관은 “협력하겠다”고 말했다.", {"김철수", "김영희"},
      id="roles-ref-unresolved-two-kim-janggwan"),
    # two 이 대표
    P("이재명 민주당 대표와 이준석 국민의힘 대표가 만났다. 이 대표는 “협력하겠다”고 말했다.", {"이재명", "이준석"},
      id="roles-ref-unresolved-two-i-daepyo"),
    # a president with no country given is not the `미국 대통령`; the country is not the speaker
    P("윤석열 대통령은 10일 회의를 열었다. 미국 대통령은 “동맹이 중요하다”고 말했다.", {"윤석열", "미국"},
      id="roles-ref-unresolved-president-of-another-country"),
    # two presidents: `美 대통령` with only the other's country given
    P("에마뉘엘 마크롱 프랑스 대통령과 문재인 대통령이 만났다. 美 대통령은 “협력하겠다”고 말했다.",
      {"에마뉘엘 마크롱", "문재인", "미국"}, id="roles-ref-unresolved-two-presidents-neither-american"),
    # a deputy is another office: 부총리 is not the 총리
    P("추경호 부총리는 10일 회견을 했다. 일본 총리는 “협력하겠다”고 말했다.", {"추경호", "일본"},
      id="roles-ref-unresolved-deputy-is-another-office"),
])
def test_role_reference_unresolved(analyser, body, wrong):
    got = speakers(analysed(body, analyser))
    assert len(got) == 1 and got[0] not in wrong


def test_role_reference_after_quote(analyser):
    an = analysed("알마즈벡 아브또브 노동부 장관은 기념일을 설명했다.\n"
                  "\"법안은 아직 회의를 거치지 않았다라고 장관이 인터뷰에서 말했다.", analyser)
    assert an.quotes and an.quotes[-1].speaker == "알마즈벡 아브또브"


def test_example_mentions(analyser):
    """`美 대통령`, `미국 대통령`: no person mention (no name in the span); the countries stay places."""
    art, an = analyse_body(EXAMPLE, analyser, title="바이든 美 대통령, 일본 방문")
    q = an.quotes[0]
    assert q.speaker == "조 바이든" and q.speaker_kind == "person"
    persons = [m for m in an.mentions if m.kind == "person"]
    assert all("대통령" not in m.text for m in persons)
    assert {m.key for m in persons} == {"조 바이든", "기시다 후미오"}
    body = art.text.index("美 대통령은")
    assert [m.key for m in an.mentions if m.start == body] == ["미국"]  # a place, not a person


@pytest.mark.parametrize("body,span,key", [
    P("김철수 국방부 장관은 10일 회견을 열었다. 김 장관은 훈련을 늘렸다.", "김", "김철수", id="roles-ref-surname-of-a-minister"),
    P("한덕수 국무총리는 10일 세종을 찾았다. 한 총리는 규제를 풀었다.", "한", "한덕수",
      id="roles-ref-surname-of-a-prime-minister"),
    P("오세훈 서울시장은 10일 회견을 했다. 오 시장은 예산을 늘렸다.", "오", "오세훈", id="roles-ref-surname-of-a-mayor"),
    P("김철수 국방부 장관과 김영희 외교부 장관이 만났다. 김 장관은 훈련을 늘렸다.", "김", "김",
      id="roles-ref-surname-unresolved-keyed-to-itself"),
])
def test_surname_mention(analyser, body, span, key):
    """`김 장관`: a person mention whose span is the surname only (KLUE), keyed to the full name."""
    art, an = analyse_body(body, analyser)
    second = art.text.index(" " + span + " ", art.text.index(".")) + 1
    got = [m for m in an.mentions if m.start == second]
    assert [(m.text, m.kind, m.key) for m in got] == [(span, "person", key)]


def test_demonstrative_is_no_person(analyser):
    """`이 대표는` with nobody surnamed 이: "this 대표", not a person called 이."""
    an = analysed("박영희 민주당 대표가 10일 회견을 했다. 이 대표는 “협력하겠다”고 말했다.", analyser)
    assert [m.key for m in an.mentions if m.kind == "person"] == ["박영희"]


@pytest.mark.parametrize("phrase,person,ok", [
    P("장관", "장관", True, id="roles-title-match-same-title"),
    P("장관", "국무장관", True, id="roles-title-match-janggwan-gukmujanggwan"),      # 블링컨 국무장관 -> 장관
    P("총리", "국무총리", True, id="roles-title-match-chongri-gukmuchongri"),
    P("의원", "하원의원", True, id="roles-title-match-uiwon-hawonuiwon"),
    P("대변인", "수석대변인", True, id="roles-title-match-chief-spokesperson"),
    P("국방장관", "장관", True, id="roles-title-match-field-before-janggwan"),        # with the affiliation check on 국방
    P("총리", "부총리", False, id="roles-title-match-deputy-is-another-office"),      # deputy: another office
    P("위원장", "부위원장", False, id="roles-title-match-deputy-chair"),
    P("대표", "원내대표", False, id="roles-title-match-floor-leader-is-not-daepyo"),
    P("총장", "사무총장", False, id="roles-title-match-secretary-general-is-not-chongjang"),
    P("대통령", "부통령", False, id="roles-title-match-vice-president"),
    P("장관", "차관", False, id="roles-title-match-vice-minister"),
])
def test_title_match(phrase, person, ok):
    assert title_match(phrase, person)[0] is ok


@pytest.mark.parametrize("body, name, affiliation", [
    pytest.param("한빛전자의 최고경영자 하람 에반스는 말했다.", "하람 에반스", "한빛전자", id="roles-body-of-post-before-name"),
    pytest.param("국립누리박물관(관장 정하준)은 전시회를 연다.", "정하준", "국립누리박물관", id="roles-post-and-name-in-bracket"),
    pytest.param("토고 대표팀의 미드필더 하람 에반스는 말했다.", "하람 에반스", "토고 대표팀", id="roles-team-of-player"),
])
def test_body_written_before_the_post(analyser, body, name, affiliation):
    _art, an = analyse_body(body, analyser)
    got = {m.text: m.affiliation for m in an.mentions}
    assert got.get(name) == affiliation, got


@pytest.mark.parametrize("body, name, role", [
    pytest.param("래퍼 지코가 신곡을 냈다.", "지코", "래퍼", id="roles-occupation-rapper"),
    pytest.param("방송인 하람이 출연했다.", "하람", "방송인", id="roles-occupation-broadcaster"),
    pytest.param("유튜버 정하준은 영상을 올렸다.", "정하준", "유튜버", id="roles-occupation-youtuber"),
])
def test_occupations_before_a_name(analyser, body, name, role):
    _art, an = analyse_body(body, analyser)
    got = {m.text: m.role for m in an.mentions}
    assert got.get(name) == role, got
