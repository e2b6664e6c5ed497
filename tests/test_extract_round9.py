"""Table-driven tests of the round-9 rules. Sentences written for these tests, with invented
names, not taken from the gold articles."""
from __future__ import annotations

import pytest

from .extract_support import analyse_body


def run(body: str, analyser):
    return analyse_body(body, analyser)[1]


def keys(an, kind: str) -> set[str]:
    return {m.key for m in an.mentions if m.kind == kind}


@pytest.mark.parametrize("body,org", [
    # a compound of common nouns ending in a kind of body, between a person's name and post
    ("김민수 청년주거권보장센터 활동가는 정부 대책을 비판했다.", "청년주거권보장센터"),
    ("이영희 지역돌봄네트워크 운영위원은 예산 확대를 요구했다.", "지역돌봄네트워크"),
    # a state institution named by its field
    ("국립지진해일센터는 경보를 해제했다고 밝혔다.", "국립지진해일센터"),
    # three morphemes (or a proper noun) before 연구원 name an institute
    ("지난달 해양정책연구원 누리집이 공격을 받았다.", "해양정책연구원"),
    # members of a class of bodies listed in brackets after the class noun
    ("5개 항공사(가람항공, 누리에어, 다온항공)의 운항 실적이 공개됐다.", "누리에어"),
    # a class noun in an appositive (…모임인 NAME) and before a quoted name
    ("전직 교사들의 모임인 참교육동행회가 성명을 냈다.", "참교육동행회"),
    ("일정 관리 애플리케이션 ‘하루메이트’가 조사 결과를 발표했다.", "하루메이트"),
])
def test_round9_organisations(analyser, body, org):
    assert org in keys(run(body, analyser), "organization")


@pytest.mark.parametrize("body,name,role", [
    # the affiliation is not part of the post
    ("김민수 청년주거권보장센터 활동가는 정부 대책을 비판했다.", "김민수", "활동가"),
    # a researcher's rank before 연구원 keeps it a post
    ("이 연구소의 박서윤 수석연구원은 결과를 설명했다.", "박서윤", "수석연구원"),
])
def test_round9_posts(analyser, body, name, role):
    got = {m.key: m.role for m in run(body, analyser).mentions if m.kind == "person"}
    assert got.get(name) == role, got


@pytest.mark.parametrize("body,word", [
    # a park is not an institution; a plain noun in the affiliation slot is not a body
    ("국립공원 입장객이 늘었다.", "국립공원"),
    ("5개 항공사(운항 횟수 기준)의 실적이 공개됐다.", "운항 횟수 기준"),
])
def test_round9_not_organisations(analyser, body, word):
    assert word not in keys(run(body, analyser), "organization")


def speakers(an) -> list[tuple[str, str | None]]:
    return [(q.text, q.speaker) for q in an.quotes]


@pytest.mark.parametrize("body,start,speaker", [
    # a saying owned by the noun before 의 (…는 운전자의 주장)
    ("영상에는 ‘신호를 보고 멈췄는데도 뒤차가 밀었다’는 운전자의 주장과 다른 장면이 담겼다.", "신호를 보고", "운전자"),
    # X에 따르면 + a quotation that is the whole statement
    ("기상청에 따르면 “이번 주말까지 많은 비가 내리겠다”.", "이번 주말까지", "기상청"),
    # … the writer of the document X's 글
    ("김민수 연구원의 글에 따르면 \"정부는 지금 결단해야 한다\".", "정부는 지금", "김민수"),
    # a plural crowd with a word narrowing it down
    ("해외 팬들은 \"밤새 한숨도 못 잤다\"고 말했다.", "밤새 한숨도", "해외 팬들"),
    # a quotation standing as a sentence of its own after a sentence whose subject is a person
    ("시민연대 대표 김민수도 법안의 통과를 환영했다. “오늘은 지난 5년간 싸워온 가족들의 날이다.”", "오늘은 지난", "김민수"),
    # … the subject being a pronoun: 그는 다음과 같이 답변했다. “…”
    ("박영수 후보는 토론회에 나왔다. 그는 질의에 대해 다음과 같이 답변했다. “그 기사를 이미 알고 있습니다.”",
     "그 기사를", "박영수"),
    # a saying quoted inside a reported saying: its own subject inside the outer quotation
    ("관계자는 \"선원 가운데 김민수(21)가 조사에서 ‘여기서 계속 살고 싶다’는 취지의 발언을 했다\"고 전했다.",
     "여기서 계속", "김민수"),
    ("수사대는 \"업자들은 친구들에게 ‘네가 보증을 섰으니 돈을 갚아라’고 협박했다\"고 전했다.", "네가 보증을", "업자들"),
    # a demand named by 조건
    ("그때 김정호 대표가 '달러 대신 원화로 결제해라' 라는 조건을 제시하였다.", "달러 대신", "김정호"),
    # a list of epithets someone used (등으로 지칭했다)
    ("김정일은 \"미 제국주의의 날강도적 침략\", \"추종국가 무력 침범자\" 등으로 지칭했다.", "추종국가", "김정일"),
    # a quotation that is the object of an appeal (…을 촉구했다), chained to a saying before it
    ("김민수 대변인은 \"그 점을 잘 인식해야 한다\"며, \"역사를 겸허히 직시할 것\"을 촉구했다.", "역사를 겸허히", "김민수"),
    # a name inside the previous quotation of the chain is not the speaker
    ("이영호 대변인은 \"안중근 의사는 평화를 위해 목숨을 바친 분\"이라며, \"역사를 직시할 것\"을 촉구했다.",
     "역사를 직시할", "이영호"),
    # a genitive owner after a long noun phrase (…기자 NAME의 트윗), then the subject's own saying
    ("박보좌관은 '시위자들을 애국자로 부른 것이냐'는 미 CNN방송 기자 김소라의 트윗을 리트윗하면서 \"아니다\"라고 해명했다.",
     "아니다", "박보좌관"),
])
def test_round9_speakers(analyser, body, start, speaker):
    got = speakers(run(body, analyser))
    assert any(t.startswith(start) and s == speaker for t, s in got), got


@pytest.mark.parametrize("body,start", [
    # a list of quotations ending in 등의 … 발언
    ("그는 \"그 나라는 가난하다\", \"배울 게 없다\" 등의 차별적인 발언을 했다.", "배울 게 없다"),
    # single-marked sayings in a list ending in 등등 … 내용
    ("휴대전화에는 '고맙다' '먼저 가서 미안하다' 등등 작별을 뜻하는 내용이 남아 있었다.", "먼저 가서"),
    # a list of quotations ending in 등으로 … 모욕했다
    ("일부 누리꾼들은 \"부끄러운 줄 알아라\", \"다시는 오지 마라\" 등으로 선수를 모욕했다.", "다시는 오지"),
])
def test_round9_lists_of_sayings(analyser, body, start):
    got = speakers(run(body, analyser))
    assert any(t.startswith(start) for t, _ in got), got


@pytest.mark.parametrize("body", [
    # a quoted name after X에 따르면 is not a saying
    "일본 기상청에 따르면, ‘카논’은 16일 오키나와 남쪽에 있다.",
    # a list of quoted search words is not a list of sayings
    "'자유'나 '민주' 등의 민감한 검색어는 접속이 차단된다.",
])
def test_round9_not_sayings(analyser, body):
    assert speakers(run(body, analyser)) == []


def terms(an) -> dict[str, tuple[str, ...]]:
    return {t.term: t.glosses for t in an.terms}


def test_a_word_introduced_with_ireunba_stays_a_term_when_quoted_again(analyser):
    body = ("버스를 무료로 하는 이른바 ‘공짜법’이 논란이다. 의회는 ‘공짜법’을 다음 주에 표결한다. "
            "시민들은 ‘공짜법’에 대해 의견이 갈렸다.")
    assert "공짜법" in terms(run(body, analyser))


@pytest.mark.parametrize("body,term,gloss", [
    # a direction word before the name is not part of the glossed term
    ("열차는 부산방향 수도권광역급행철도(GTX)를 우회시켰다.", "수도권광역급행철도", "GTX"),
    # 즉 ("that is") inside the bracket, after a dash
    ("도는 ‘하천 생태 회복 사업(재자연화 — 즉 물길 복원)’을 시작했다.", "하천 생태 회복 사업", "재자연화"),
])
def test_round9_gloss_boundaries(analyser, body, term, gloss):
    got = terms(run(body, analyser))
    assert gloss in got.get(term, ()), got


def test_what_a_word_means_is_not_a_saying(analyser):
    an = run("오토파지(autophagy)는 ‘스스로 먹는다’는 뜻이다. 그는 \"당장 사퇴하겠다\"는 뜻을 밝혔다.", analyser)
    assert [t for t, _ in speakers(an)] == ["당장 사퇴하겠다"]


def test_a_standalone_quotation_after_a_sentence_about_a_thing_has_no_speaker(analyser):
    got = speakers(run("법안은 어제 통과됐다. “오늘은 가족들의 날이다.”", analyser))
    assert all(s is None for _, s in got), got


def test_a_known_party_after_a_name_is_not_part_of_a_body(analyser):
    an = run("제명당한 의원은 조명진 미래통합당 대한민국 제21대 국회의원 선거 경기도 부천병 후보였다.", analyser)
    assert "조명진 미래통합당" not in keys(an, "organization")
    assert "미래통합당" in keys(an, "organization")


@pytest.mark.parametrize("body,person", [
    # well-known people Kiwi reads as common nouns, kept whole as proper nouns
    ("스타머 총리와 멜로니 총리가 회담했다.", "멜로니"),
    ("블링컨은 서울을 방문했다.", "블링컨"),
])
def test_well_known_people(analyser, body, person):
    assert person in keys(run(body, analyser), "person")


def test_a_known_organisation_written_in_two_words(analyser):
    an = run("보코 하람은 성명을 냈다.", analyser)
    assert "보코 하람" in keys(an, "organization")
    assert not keys(an, "person")


def test_a_persons_name_in_quotation_marks_is_not_a_saying(analyser):
    an = run("박정훈 위원장은 회의에 참석했다. 통신은 동행한 인물이 부인인 ‘박정훈’이라고 전했다.", analyser)
    assert speakers(an) == []


@pytest.mark.parametrize("body,place", [
    # a county the analyser reads as a proper noun, before a noun or a particle
    ("검찰은 나주 초등학생 사건의 범인에게 사형을 구형했다.", "나주"),
    ("연탄은 강원도 태백과 인근 삼척, 영월에 공급된다.", "삼척"),
])
def test_korean_counties_read_as_proper_nouns(analyser, body, place):
    an = run(body, analyser)
    assert place in keys(an, "place")
    assert place not in keys(an, "person")


def test_a_king_is_not_a_city(analyser):
    assert "세종" not in keys(run("읍내의 공원에는 세종 10년에 세운 비석이 있다.", analyser), "place")


@pytest.mark.parametrize("body,place", [
    # a name the analyser does not know, with a geographic head
    ("등산객들은 바위봉우리 시루봉을 지나 용추폭포까지 걸었다.", "용추폭포"),
    ("이곳에는 떡시루를 닮은 시루봉과 학소대가 있다.", "시루봉"),
    # 항/호 after a known place
    ("화물선은 평택항에 도착했다.", "평택항"),
])
def test_round9_geographic_names(analyser, body, place):
    assert place in keys(run(body, analyser), "place")


@pytest.mark.parametrize("body,word", [
    # a transliterated name ending like a village or road is not a place; a city's 시장 is its mayor
    ("힐러리 클린턴 국무장관은 회견을 열었다.", "힐러리"),
    ("부산시장은 사퇴했다.", "부산시장"),
])
def test_round9_not_geographic_names(analyser, body, word):
    assert word not in keys(run(body, analyser), "place")


def test_a_reported_saying_belongs_to_its_own_subject(analyser):
    body = ("해양경찰청 관계자는 이어 유치장에 입감된 다른 선원들도 \"호텔보다 유치장이 낫다\"는 말을 했다고 전했다.")
    got = speakers(run(body, analyser))
    assert got and got[-1][1] == "선원들", got


@pytest.mark.parametrize("body,kind,name", [
    ("안산 단원고 학생들이 수학여행을 떠났다.", "organization", "단원고"),
    ("중부지방에 쏟아진 폭우로 전철 운행이 중단되었다.", "place", "중부지방"),
    ("가수 레드벨벳 전원이 더빙에 참여했다.", "organization", "레드벨벳"),
])
def test_round9_schools_regions_groups(analyser, body, kind, name):
    assert name in keys(run(body, analyser), kind)


def test_a_foreign_city_ending_in_go_is_not_a_school(analyser):
    an = run("시카고 시장은 회견을 열었다.", analyser)
    assert "시카고" not in keys(an, "organization")


@pytest.mark.parametrize("body,speaker", [
    ("많은 사람들은 \"왜 이렇게 늦었나\"라고 물었다.", "많은 사람들"),
    ("어떤 사람들은 \"잘됐다\"고 말했다.", "어떤 사람들"),
    # a quantity is not part of the group's name (일부 팬들은 -> 팬들, round 8)
    ("일부 팬들은 \"구단이 늦었다\"라고 말했다.", "팬들"),
])
def test_round9_crowds_with_a_determiner(analyser, body, speaker):
    got = speakers(run(body, analyser))
    assert got and got[-1][1] == speaker, got


def test_a_stage_name_glossed_with_the_real_name_is_a_term(analyser):
    an = run("그룹의 전 멤버 하늘(본명 김하늘·30)이 징역을 확정받았다.", analyser)
    assert terms(an).get("하늘") == ("김하늘",), terms(an)


def test_a_definition_after_a_leading_adverb(analyser):
    an = run("여기서 고령가구란, 독거노인과 장애인 가구 등을 일컫는 말이다.", analyser)
    got = {t.term: t.definition for t in an.terms}
    assert "고령가구" in got and "독거노인" in (got["고령가구"] or ""), got


def test_the_gist_of_a_post_has_no_owner_before_ui(analyser):
    got = speakers(run("남 지사는 SNS를 통해 \"즐거운 마음으로 술을 먹고 있다\"는 취지의 글을 올렸다.", analyser))
    assert got and got[-1][1] != "취지", got


@pytest.mark.parametrize("body,term", [
    # a body named whole before a glossed programme or product is not part of its name
    ("이번 연구는 과학기술부·한국연구재단 기초연구사업(개인연구)의 지원을 받았다.", "기초연구사업"),
    ("삼성전자 갤럭시 노트(Galaxy Note)가 출시됐다.", "갤럭시 노트"),
    # … but a part or an event of the body keeps it
    ("진보신당 연대회의 창당준비위원회(창준위)는 회견을 열었다.", "진보신당 연대회의 창당준비위원회"),
])
def test_round9_owner_before_a_glossed_term(analyser, body, term):
    assert term in terms(run(body, analyser))


@pytest.mark.parametrize("body,term", [
    # a name people use: nouns only, then (이)라고 하다 written out
    ("엔화 값이 크게 떨어져 \"슈퍼 엔저\" 라고 하는데 수출 기업이 웃고 있다.", "슈퍼 엔저"),
    # the category something falls under
    ("의원은 이 행위가 '직권 남용'에 해당한다고 주장했다.", "직권 남용"),
])
def test_round9_named_and_category_terms(analyser, body, term):
    an = run(body, analyser)
    assert term in terms(an)
    assert not speakers(an)


def test_a_contracted_ramyeo_still_reports_speech(analyser):
    got = speakers(run("김정호 위원장은 신년사에서 준비 작업이 ‘마감 단계’라며, 시험을 예고했다.", analyser))
    assert got and got[-1][1] == "김정호", got


@pytest.mark.parametrize("body,place", [
    # a name and its administrative suffix written apart, before another noun
    ("신장 아커쑤 시 교외의 한 교차로에서 폭탄이 터졌다.", "아커쑤 시"),
    # a region of polls and elections
    ("응답은 30대(29.8%)와 전라권(29.5%)에서 많았다.", "전라권"),
    # coasts and North Korean province abbreviations
    ("태풍은 남해안에 상륙했다.", "남해안"),
])
def test_round9_more_places(analyser, body, place):
    assert place in keys(run(body, analyser), "place")


def test_a_monarchs_regnal_number_is_part_of_the_name(analyser):
    an = run("결혼식이 끝난 후 루이 14세는 작위를 내렸다. 그 아이는 2세 때 이사했다.", analyser)
    assert keys(an, "person") == {"루이 14세"}


@pytest.mark.parametrize("body,kind", [
    ("지금 부산시에서 추진하는 지역화폐는 편리하다.", "organization"),  # the city's government acts
    ("부산시에서 열린 행사에 갔다.", "place"),  # where something happens
])
def test_a_city_with_eseo_acts_or_hosts(analyser, body, kind):
    an = run(body, analyser)
    assert "부산시" in keys(an, kind)


def test_a_definition_by_a_bound_in_brackets(analyser):
    an = run("초미세먼지(지름 2.5㎛ 이하의 먼지) 농도가 높다. 선수 김민수(25세 이하의 선수)가 뛰었다.", analyser)
    assert terms(an) == {"초미세먼지": ("지름 2.5㎛ 이하의 먼지",)}, terms(an)
