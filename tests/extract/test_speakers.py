"""Speakers: who a quotation is attributed to (people, bodies, publications, crowds, anonymous
sources, pronouns, the subject of an earlier sentence), in headlines and in body text.

Role references (`국방부 장관은`, `김 장관은`) as speakers are in test_roles.py. Sentences
written for these tests, with invented names, not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from ..extract_support import analysed, kinds, sayings

P = pytest.param


FIRST = [
    # (sentence, speaker of the first quotation)
    # people, with ages, 모씨 and titles
    P("공화당 의원들은 비판적인데, 존 스미스는 \"거짓\"이라고 일축했다.", "존 스미스",
      id="speakers-foreign-name-after-a-clause"),
    P("박 모씨(45)는 경찰에서 “아무것도 몰랐다”고 진술했다.", "박", id="speakers-surname-mossi-with-age"),
    P("최모(34)씨는 “돈을 갚으라”며 피해자를 협박했다.", "최", id="speakers-surname-mo-age-ssi"),
    P("김 씨는 “아무도 도와주지 않았다”고 울먹였다.", "김", id="speakers-surname-with-ssi"),
    P("피의자 박모(45)씨는 “몰랐다”고 진술했다.", "박", id="speakers-age-bracket-is-not-the-speaker"),
    P("박근혜 대통령 당선자 측은 “이번 주말 일정 조정이 힘들다”고 전했다.", "박근혜", id="speakers-a-persons-camp"),
    P("“경영의 기준을 수익성에 두면 안전이 어려워진다”고 말한 나상철 교수는 자리를 떠났다.", "나상철",
      id="speakers-quotation-in-a-relative-clause-before-the-name"),
    P("“러시아가 책임져야 한다” 존 커비 백악관 국가안보소통조정관은 이렇게 말했다.", "존 커비",
      id="speakers-quotation-before-ireoke-malhaetda"),
    P("추경호 부총리 겸 기획재정부 장관은 “경기 회복에 총력을 다하겠다”고 밝혔다.", "추경호",
      id="speakers-name-before-two-titles-joined-by-gyeom"),
    P("이복현 금감원장은 “무관용 원칙으로 대응하겠다”고 말했다.", "이복현", id="speakers-head-of-a-known-body"),
    # groups and bodies
    P("회사 간부들이 찾아와 \"그동안 죄송했다\"고 말했다.", "회사 간부들", id="speakers-group-of-officials"),
    P("보안관계자가 \"폭탄이 터졌다\"고 설명했다.", "보안관계자", id="speakers-security-official-in-one-word"),
    P("한편 새누리당도 \"매우 안타깝다\"며 애도를 표했다.", "새누리당", id="speakers-party-with-do"),
    P("리얼미터에서는 \"새 총리를 임명하면서 지지율이 상승했다\"고 분석했다.", "리얼미터", id="speakers-body-with-eseoneun"),
    P("웹툰협회에서는 정부를 비판하면서 \"노골적인 검열\"이라고 말했다.", "웹툰협회",
      id="speakers-body-with-eseoneun-and-a-clause-between"),
    P("이어, '더 선'은 '공항 상공에서 비행체가 발견됐다'라고 밝혔다.", "더 선", id="speakers-quoted-newspaper-name"),
    P("한국일보 보도에 따르면 주식회사 에스티는 “진동이 발생해 즉시 제동했다”고 밝혔다.", "에스티",
      id="speakers-company-after-jusikhoesa"),
    P("일각에서는 '모임을 금지하자'는 의견도 나오고 있다.", "일각", id="speakers-ilgak"),
    P("이스라엘 측은 \"영원히 감사할 것\"이라며 환영했다.", "이스라엘", id="speakers-country-with-cheuk"),
    P("<한빛일보>는 기사를 통해 “당국이 조사를 서둘렀다”고 썼다.", "한빛일보", id="speakers-publication-in-angle-brackets"),
    # a place inside a speaker phrase
    P("한편 일리노이 주 가톨릭계에서는 성명을 내고 \"권한을 넘는 결정\"이라며 불편한 시각을 내비쳤다.",
      "일리노이 주 가톨릭계", id="speakers-place-inside-a-group-name"),
    P("뉴욕 한인회는 \"교민 피해가 없도록 하겠다\"면서 대책을 내놨다.", "뉴욕 한인회",
      id="speakers-city-inside-an-association-name"),
    # a pronoun after an anonymous source introduced in the sentence before
    P("정의당 장혜영 의원실 관계자는 통화에서 법의 취지를 설명했다. 그는 “포함될 수 없다”고 말했다.",
      "정의당 장혜영 의원실 관계자", id="speakers-pronoun-after-an-anonymous-source"),
    # an anonymous source starts after a time word
    P("사퇴 발표 이후 대검찰청 간부들이 찾아와 “잘 모시지 못해 죄송하다”고 말했다.", "대검찰청 간부들",
      id="speakers-anonymous-source-after-a-time-word"),
]


@pytest.mark.parametrize("body,speaker", FIRST)
def test_speaker_of_the_first_quotation(analyser, body, speaker):
    qs = analysed(body, analyser).quotes
    assert qs and qs[0].speaker == speaker


LAST = [
    # (sentence, speaker of the last quotation)
    P("면허 발급 직후 서승환 국토부 장관은 \"철도역사에 새 이정표\"가 세워졌다는 발언을 했다.", "서승환",
      id="speakers-quotation-inside-a-noun-clause-balleon"),
    P("'이란은 아랍에미리트의 적이다’ 라고 표현한 윤석열 대통령의 발언에 이란이 불편해했다.", "윤석열",
      id="speakers-owner-of-the-balleon-after-the-quotation"),
    P("이후 대통령실에서 \"이란 측에서 오해가 있었다\"라고 하며 입장을 밝혔다.", "대통령실",
      id="speakers-office-with-eseo"),
    P("에릭 트럼프도 이날 트위터에서 \"우리는 법과 질서의 정당이다\"라고 말했다.", "에릭 트럼프",
      id="speakers-person-with-do-and-a-venue"),
    P("\"이란 인터내셔널\" 매체도 발언을 다루며 \"관계가 나빠졌다\"고 평가했다.", "이란 인터내셔널",
      id="speakers-quoted-medium-name"),
    P("자빱측은 지난 1월 법률 대리인이 \"많이 힘들어한다\"이라고 밝힌 인터뷰를 마지막으로 말이 없다.", "법률 대리인",
      id="speakers-subject-of-a-relative-clause-with-the-quotation"),
    P("샤오치잉 자신들은 개인 집단이라며 \"일부 스타가 우리를 화나게 만들었다\"고 주장했다.", "샤오치잉",
      id="speakers-name-before-jasindeul"),
    P("실제로 질본은 정례 브리핑에서 ‘확진자 15명 중 9명을 재분류했다’고 밝혔다.", "질본",
      id="speakers-abbreviated-body-with-single-marks"),
    # unnamed crowds
    # a crowd as the topic of a saying, with a modifier clause before it
    P("축제 당일 광장에 모였던 사람들은 \"앞으로 나갈 수가 없었다\"라고 대답했다.", "사람들",
      id="speakers-crowd-with-a-modifier-clause"),
    # a quantifier before the crowd noun, and the crowd after the quotation (…는 사람도 있었다)
    P("또 일부 팬들은 \"구단이 너무 늦게 움직였다\"라며 걱정하는 사람도 있었다.", "팬들",
      id="speakers-crowd-with-ilbu-and-saramdo-itteotda"),
    # a pronoun for people after the quotation: …라며 …하는 이들도 있었다
    P("\"이번에도 늑장 대응이다\"라며 정부를 비난하는 이들도 있었다.", "이들", id="speakers-ideul-after-the-quotation"),
    # a quantifier alone as the subject
    P("몇몇은 \"내일 다시 모이자\"는 말을 남겼다.", "몇몇", id="speakers-quantifier-alone"),
    # a crowd noun followed by a quantifier: the crowd speaks
    P("외신들 대부분은 \"올해 최악의 사고\"라고 보도했다.", "외신들", id="speakers-crowd-before-a-quantifier"),
    # one person of a crowd
    P("현장에서 한 시민은 \"불길이 순식간에 번졌다\"고 말했다.", "시민", id="speakers-han-simin"),
    P("많은 사람들은 \"왜 이렇게 늦었나\"라고 물었다.", "많은 사람들", id="speakers-crowd-with-maneun"),
    P("어떤 사람들은 \"잘됐다\"고 말했다.", "어떤 사람들", id="speakers-crowd-with-eotteon"),
    # a quantity is not part of the group's name (일부 팬들은 -> 팬들, round 8)
    P("일부 팬들은 \"구단이 늦었다\"라고 말했다.", "팬들", id="speakers-crowd-without-ilbu"),
    # a plural crowd inside the quotation does not speak
    P("김도윤 위원장은 \"시민들은 이 결정을 반길 것\"이라고 말했다.", "김도윤",
      id="speakers-crowd-noun-inside-the-quotation-does-not-speak"),
    # the subject of an embedded clause after the quotation (북한이 …했다는 사실) is not the speaker
    P("작년 대회에서는 박태성이 \"전쟁이라는 말은 없을 것\"이라며 북한이 핵을 보유했다는 사실을 강조했다.", "박태성",
      id="speakers-not-the-subject-of-an-embedded-clause"),
    # a post nobody in the article is named for speaks as itself
    P("이날 통화에서 남측 연락대표가 \"통신망이 복원된 만큼 소식을 전하겠다\"고 전했다.", "남측 연락대표",
      id="speakers-unnamed-post-speaks-as-itself"),
    # the quoted words inside the article's title are not an earlier saying
    P("<한빛일보>는 <확인은 ‘대충’…무조건 ‘몰아’> 기사를 통해 “당국이 부실한 조사를 하고 있다”고 썼다.", "한빛일보",
      id="speakers-title-in-brackets-sets-no-bound-for-the-subject"),
    P("이에 대해 루마니아 축구협회는 \"조롱했다\"며 비판했다.", "루마니아 축구협회", id="speakers-foreign-body-with-its-country"),
    # X대 총장 also reads as "president of X University"; the article said X is a person
    P("한상대(53, 사법연수원 13기) 검찰총장이 사퇴했다. 이후 한상대 총장은 \"사퇴하겠다\"고 말했다.", "한상대",
      id="speakers-name-introduced-as-a-person-stays-one"),
    P("최미숙 시민방사능감시센터 활동가는 \"모든 걸 통제할 수 없다.\"라고 말했다.", "최미숙",
      id="speakers-name-before-centre-and-post"),
    # 성당에서 ‘…미사’ 진행 중: the quoted title after 에서 is no saying, so the venue does not speak
    P("고발인은 최도현 신부가 내란을 선동했다고 주장한다. 해당 발언은 지난 22일 군산시 수송동 성당에서 "
      "'대통령 사퇴를 촉구하는 시국미사' 진행 중 나왔다. \"전 대통령을 구속하여야 한다\"는 것이 강론의 주요 내용이었다.",
      "최도현", id="speakers-venue-before-a-quoted-title-is-no-speaker"),
    # a reported saying belongs to its own subject
    P("해양경찰청 관계자는 이어 유치장에 입감된 다른 선원들도 \"호텔보다 유치장이 낫다\"는 말을 했다고 전했다.", "선원들",
      id="speakers-reported-saying-belongs-to-its-own-subject"),
    # a contracted 라며
    P("김정호 위원장은 신년사에서 준비 작업이 ‘마감 단계’라며, 시험을 예고했다.", "김정호",
      id="speakers-contracted-ramyeo-still-reports-speech"),
]


@pytest.mark.parametrize("body,speaker", LAST)
def test_speaker_of_the_last_quotation(analyser, body, speaker):
    got = sayings(analysed(body, analyser))
    assert got and got[-1][1] == speaker, got


@pytest.mark.parametrize("title,body,speaker", [
    P("김영희 \"우리는 처음부터 다시 시작하겠습니다\" 눈물", "김영희 대표는 사퇴했다.", "김영희",
      id="speakers-headline-name-before-the-quotation-without-a-comma"),
    P("압송된 어선 선원들, \"한국 음식이 입에 맞는다\"", "해경은 선원들을 조사했다.", "어선 선원들",
      id="speakers-headline-group-before-a-comma"),
    P("\"같이 가자\" 김영희 대표가 보낸 메시지", "김영희 대표는 메시지를 보냈다.", "김영희",
      id="speakers-headline-quotation-before-the-name"),
    P("이철수 교수 \"금리 인하는 시기상조\"", "이철수 교수는 강연했다.", "이철수",
      id="speakers-headline-name-and-title-before-the-quotation"),
])
def test_headline_speaker(analyser, title, body, speaker):
    an = analysed(body, analyser, title=title)
    assert an.quotes and an.quotes[0].speaker == speaker


@pytest.mark.parametrize("body,expected", [
    # (sentence, the speakers of every quotation in order)
    P("해양경찰청 관계자는 \"조사를 마쳤다\"고 전했다. 이 관계자는 이어 \"해적들은 협조적이다\"라고 말했다.",
      ["해양경찰청 관계자", "해양경찰청 관계자"], id="speakers-definite-source-i-gwangyeja"),
    P("배준식 대변인은 “윤 총장은 임기를 마칠 것”이라고 했다. 그는 이어 “도발을 멈추라”라고 비판했다.",
      ["배준식", "배준식"], id="speakers-pronoun-skips-names-inside-quotations"),
    P("박민수 대표는 이준호 의원이 “당을 떠나겠다”고 말한 데 대해 “유감스럽다”고 반박했다.",
      ["이준호", "박민수"], id="speakers-embedded-quotation-has-its-own-speaker"),
    P("한편 누리꾼들은 \"관리를 못 할 거면 팔아라\", \"회선 관리를 제대로 했으면 좋겠다\" 등 "
      "관리에 대해 대부분 말하고 있다.", ["누리꾼들", "누리꾼들"], id="speakers-list-of-sayings-ending-in-deung"),
])
def test_speakers_in_order(analyser, body, expected):
    assert [s for _, s in sayings(analysed(body, analyser))] == expected


STARTS = [
    # (sentence, the start of a quotation, its speaker)
    P('안나 마르텡 시장은 "재능을 갖춘 디자이너였다"며 "도시는 지금 아들을 잃었다" 는 추모 글을 트위터에 올렸다.',
      "도시는 지금", "안나 마르텡", id="speakers-chain-ending-in-a-post-on-twitter"),
    P('한정수 판사는 2007년에 "성희롱을 해고사유로 하는 것은 부적합하다"는 판결을 했던 전력이 있다.', "성희롱을", "한정수",
      id="speakers-judge-of-a-ruling"),
    # no subject: the speaker is the person of an earlier sentence, not the places of the last one
    P('고발인은 최도현 신부가 내란을 선동했다고 주장한다. 해당 발언은 군산시 수송동 성당에서 나왔다. '
      '"전 대통령을 구속하여야 한다"는 것이 강론의 주요 내용이었다.', "전 대통령을", "최도현",
      id="speakers-person-of-an-earlier-sentence-not-the-places"),
    P('현장에서는 유서도 발견됐다.\n유서에서는 "우리는 아무런 죄가 없다"라는 내용이 적혀있었다.', "우리는", "유서",
      id="speakers-suicide-note-with-eseoneun"),
    P('또 누군가는 "배후에 누군가가 있다", "우연한 사고가 아니다" 라고 하면서 음모론을 제기했다.', "배후에", "누군가",
      id="speakers-nugunga"),
    # a saying owned by the noun before 의 (…는 운전자의 주장)
    P("영상에는 ‘신호를 보고 멈췄는데도 뒤차가 밀었다’는 운전자의 주장과 다른 장면이 담겼다.", "신호를 보고", "운전자",
      id="speakers-owner-before-ui-jujang"),
    # X에 따르면 + a quotation that is the whole statement
    P("기상청에 따르면 “이번 주말까지 많은 비가 내리겠다”.", "이번 주말까지", "기상청", id="speakers-x-e-ttareumyeon"),
    # … the writer of the document X's 글
    P("김민수 연구원의 글에 따르면 \"정부는 지금 결단해야 한다\".", "정부는 지금", "김민수",
      id="speakers-writer-of-the-geul-ttareumyeon"),
    # a plural crowd with a word narrowing it down
    P("해외 팬들은 \"밤새 한숨도 못 잤다\"고 말했다.", "밤새 한숨도", "해외 팬들", id="speakers-crowd-narrowed-by-a-word"),
    # a quotation standing as a sentence of its own after a sentence whose subject is a person
    P("시민연대 대표 김민수도 법안의 통과를 환영했다. “오늘은 지난 5년간 싸워온 가족들의 날이다.”", "오늘은 지난", "김민수",
      id="speakers-standalone-quotation-after-a-persons-sentence"),
    # … the subject being a pronoun: 그는 다음과 같이 답변했다. “…”
    P("박영수 후보는 토론회에 나왔다. 그는 질의에 대해 다음과 같이 답변했다. “그 기사를 이미 알고 있습니다.”",
      "그 기사를", "박영수", id="speakers-standalone-quotation-after-daeumgwa-gachi"),
    # a saying quoted inside a reported saying: its own subject inside the outer quotation
    P("관계자는 \"선원 가운데 김민수(21)가 조사에서 ‘여기서 계속 살고 싶다’는 취지의 발언을 했다\"고 전했다.",
      "여기서 계속", "김민수", id="speakers-inner-saying-by-a-person-in-the-outer-quotation"),
    P("수사대는 \"업자들은 친구들에게 ‘네가 보증을 섰으니 돈을 갚아라’고 협박했다\"고 전했다.", "네가 보증을", "업자들",
      id="speakers-inner-saying-by-a-group-in-the-outer-quotation"),
    # a demand named by 조건
    P("그때 김정호 대표가 '달러 대신 원화로 결제해라' 라는 조건을 제시하였다.", "달러 대신", "김정호",
      id="speakers-demand-named-jogeon"),
    # a list of epithets someone used (등으로 지칭했다)
    P("김정일은 \"미 제국주의의 날강도적 침략\", \"추종국가 무력 침범자\" 등으로 지칭했다.", "추종국가", "김정일",
      id="speakers-epithets-deungeuro-jichinghaetda"),
    # a quotation that is the object of an appeal (…을 촉구했다), chained to a saying before it
    P("김민수 대변인은 \"그 점을 잘 인식해야 한다\"며, \"역사를 겸허히 직시할 것\"을 촉구했다.", "역사를 겸허히", "김민수",
      id="speakers-object-of-an-appeal-chokguhaetda"),
    # a name inside the previous quotation of the chain is not the speaker
    P("이영호 대변인은 \"안중근 의사는 평화를 위해 목숨을 바친 분\"이라며, \"역사를 직시할 것\"을 촉구했다.",
      "역사를 직시할", "이영호", id="speakers-not-a-name-inside-the-previous-quotation"),
    # a genitive owner after a long noun phrase (…기자 NAME의 트윗), then the subject's own saying
    P("박보좌관은 '시위자들을 애국자로 부른 것이냐'는 미 CNN방송 기자 김소라의 트윗을 리트윗하면서 \"아니다\"라고 해명했다.",
      "아니다", "박보좌관", id="speakers-subject-after-a-genitive-owner"),
]


@pytest.mark.parametrize("body,start,speaker", STARTS)
def test_speaker_of_a_quotation(analyser, body, start, speaker):
    got = sayings(analysed(body, analyser))
    assert any(t.startswith(start) and s == speaker for t, s in got), got


def test_subject_of_relative_clause_is_not_the_speaker(analyser):
    an = analysed("이대영 부교육감은 “정상화하겠다”고 밝혔다. 곽 전 교육감이 추진해온 개편과 관련해서는 “개선점을 찾겠다”고 "
                  "밝혔다.", analyser)
    assert an.quotes[1].speaker == "이대영"


def test_chain_of_quotations_shares_the_speaker(analyser):
    an = analysed("변호인단 15명은 기자회견에서 \"운영자는 큰 수입을 얻었다\", (운영자는)\"직원 30명을 고용했다\", "
                  "\"통제는 다를 바가 없다\"고 주장했다.", analyser)
    assert len(an.quotes) == 3
    assert len({q.speaker for q in an.quotes}) == 1 and an.quotes[0].speaker is not None


def test_a_bracket_after_the_quotation_names_the_speaker(analyser):
    got = sayings(analysed("공사와 공단의 경쟁은 이제 공단의 ‘기관 정체성 명확’(박도윤 기획처장)과 직원들의 찬성으로 "
                           "깨지게 되었다.", analyser))
    assert got == [("기관 정체성 명확", "박도윤")], got


def test_unnamed_person_letter(analyser):
    an = analysed("A씨는 경찰 조사에서 “술을 마시지 않았다”고 진술했다.", analyser)
    assert an.quotes and an.quotes[0].speaker == "A씨" and an.quotes[0].speaker_kind == "anonymous"
    assert "A씨" not in kinds(an, "person")


def test_a_standalone_quotation_after_a_sentence_about_a_thing_has_no_speaker(analyser):
    got = sayings(analysed("법안은 어제 통과됐다. “오늘은 가족들의 날이다.”", analyser))
    assert all(s is None for _, s in got), got


def test_the_gist_of_a_post_has_no_owner_before_ui(analyser):
    got = sayings(analysed("남 지사는 SNS를 통해 \"즐거운 마음으로 술을 먹고 있다\"는 취지의 글을 올렸다.", analyser))
    assert got and got[-1][1] != "취지", got
