"""Terms: words the article explains (glossed in brackets, quoted, introduced with 이른바 or
defined), their glosses and definitions, later mentions, and brackets and quotation marks
that introduce no term.

Sentences written for these tests, with invented names, not taken from the gold articles.
"""
from __future__ import annotations

import pytest

from generator.extract.terms import _gloss_items

from ..extract_support import analysed, glosses, kinds

P = pytest.param


def terms(an) -> set[str]:
    return {t.term for t in an.terms}


# --- terms found ---------------------------------------------------------------------------

TERMS = [
    # (sentence, term, glosses that must be present, definition fragment or None)
    # glossed in brackets
    P("세계보건기구(WHO)는 새 지침을 발표했다.", "세계보건기구", ["WHO"], None, id="terms-acronym-gloss"),
    P("국제원자력기구(IAEA·아이에이이에이)가 사찰단을 보냈다.", "국제원자력기구", ["IAEA", "아이에이이에이"], None,
      id="terms-two-glosses-split-at-a-middle-dot"),
    P("NLL(북방한계선) 인근에서 훈련이 열렸다.", "북방한계선", ["NLL"], None, id="terms-acronym-glossed-by-the-full-name"),
    P("남조류(藍藻類) 독소가 검출되었다.", "남조류", [], None, id="terms-hanja-gloss"),
    P("성벽에는 총안(銃眼)과 전안(箭眼)이 있다.", "총안", ["銃眼"], None, id="terms-hanja-gloss-in-a-list"),
    P("이 회사의 COO(최고운영책임자)가 말했다.", "최고운영책임자", ["COO"], None, id="terms-title-glossing-an-acronym"),
    P("북한은 신형 대륙간탄도미사일(ICBM)을 발사했다.", "대륙간탄도미사일", [], None,
      id="terms-bound-noun-inside-a-compound"),
    P("최근에는 코로나바이러스감염증-19(이하 코로나) 여파로 소비가 줄었다.", "코로나바이러스감염증-19", [], None,
      id="terms-iha-abbreviation-bracket"),
    P("기상청 관계자는 “엘니뇨(El Niño) 현상이 영향을 줬다”고 설명했다.", "엘니뇨", [], None,
      id="terms-accented-latin-gloss"),
    # one Hanja a syllable: the gloss covers the last word only
    P("성벽의 하부 치성(雉城)은 방형의 석재를 사용했다.", "치성", ["雉城"], None, id="terms-hanja-gloss-of-the-last-word"),
    # five syllables glossed one Hanja each name a building, not a person
    P("동북포루(東北鋪樓)는 조선 후기에 건립된 방어 시설이다.", "동북포루", ["東北鋪樓"], None,
      id="terms-building-glossed-in-hanja"),
    # a heritage designation in brackets
    P("이번 전시에서는 금동대향로(국보 287호)가 처음 공개된다.", "금동대향로", ["국보 287호"], None,
      id="terms-heritage-designation-gloss"),
    # a place glossed with its name in its own script
    P("폭발은 모스크바의 브누코보 국제공항(Международный аэропорт Внуково)에서 일어났다.", "브누코보 국제공항",
      ["Международный аэропорт Внуково"], None, id="terms-cyrillic-gloss"),
    # a word ending in a bound noun (단량/체)
    P("이 물질은 중합체를 이루는 단량체(monomer)의 일종이다.", "단량체", ["monomer"], None,
      id="terms-word-ending-in-a-bound-noun"),
    P("정상들은 주요 20개국(G20) 회의에서 만났다.", "주요 20개국", [], None, id="terms-number-and-counter-as-one-name"),
    P("이 기술은 모바일·사물인터넷(IoT) 기기 등에 적용할 수 있다.", "사물인터넷", [], None,
      id="terms-glossed-word-after-a-middle-dot"),
    P("한·미 자유무역협정(FTA)이 발효됐다.", "한·미 자유무역협정", [], None, id="terms-agreement-with-country-pair"),
    P("트럼프 대통령은 제임스 코미 연방수사국(FBI) 국장에게 수사 중단을 요청했다.", "연방수사국", [], None,
      id="terms-glossed-body-between-name-and-post"),
    # a direction word before the name is not part of the glossed term
    P("열차는 부산방향 수도권광역급행철도(GTX)를 우회시켰다.", "수도권광역급행철도", ["GTX"], None,
      id="terms-gloss-without-a-direction-word"),
    # 즉 ("that is") inside the bracket, after a dash
    P("도는 ‘하천 생태 회복 사업(재자연화 — 즉 물길 복원)’을 시작했다.", "하천 생태 회복 사업", ["재자연화"], None,
      id="terms-gloss-before-a-dash-and-jeuk"),
    # a body named whole before a glossed programme or product is not part of its name
    P("이번 연구는 과학기술부·한국연구재단 기초연구사업(개인연구)의 지원을 받았다.", "기초연구사업", [], None,
      id="terms-programme-without-its-funders"),
    P("삼성전자 갤럭시 노트(Galaxy Note)가 출시됐다.", "갤럭시 노트", [], None, id="terms-product-without-its-maker"),
    # … but a part or an event of the body keeps it
    P("진보신당 연대회의 창당준비위원회(창준위)는 회견을 열었다.", "진보신당 연대회의 창당준비위원회", [], None,
      id="terms-part-of-a-body-keeps-the-body"),
    # quoted words
    P("그는 ‘녹색 성장(green growth)’이 중요하다고 말했다.", "녹색 성장", ["green growth"], None,
      id="terms-quoted-with-english-gloss"),
    P("정부는 이른바 ‘탄소중립도시’를 다섯 곳 지정했다.", "탄소중립도시", [], None, id="terms-ireunba-quoted"),
    P("이른바 ‘하인리히 법칙’에 따르면 큰 사고 전에 작은 사고가 있다.", "하인리히 법칙", [], None,
      id="terms-ireunba-quoted-phrase"),
    P("총영사관에서 발생한 이른바 강남 스캔들을 조사하기 위해 떠났다.", "강남 스캔들", [], None,
      id="terms-ireunba-without-quotation-marks"),
    P("버스를 무료로 하는 이른바 ‘공짜법’이 논란이다. 의회는 ‘공짜법’을 다음 주에 표결한다. "
      "시민들은 ‘공짜법’에 대해 의견이 갈렸다.", "공짜법", [], None,
      id="terms-ireunba-word-stays-a-term-when-quoted-again"),
    P("이른바 ‘기득권’ 논쟁이 벌어졌다.", "기득권", [], None, id="terms-plain-noun-introduced-with-ireunba"),
    P("일명, ‘오로라’ 작전이 시작됐다.", "오로라", [], None, id="terms-plain-noun-introduced-with-ilmyeong"),
    P("‘기득권(旣得權)’ 논쟁이 벌어졌다.", "기득권", [], None, id="terms-plain-noun-glossed-in-hanja"),
    P("이를 ‘보통국가’로 부른다.", "보통국가", [], None, id="terms-quoted-word-of-four-syllables-called-so"),
    P("\"가짜 아티스트\"들이 늘었다. 업계는 \"가짜 아티스트\" 대책을 세웠다.", "가짜 아티스트", [], None,
      id="terms-quoted-phrase-used-twice"),
    P("정부는 「질서위반행위규제법」에 따라 과태료를 부과했다.", "질서위반행위규제법", [], None,
      id="terms-law-in-corner-brackets"),
    P("일본에 한 번도 이기지 못하여 한국의 '공일증'이 도졌다는 분석이 나왔다.", "공일증", [], None,
      id="terms-unknown-quoted-word-is-a-coinage"),
    # a quoted word the writer says something is called
    P("이 나라는 휴전 기념일을 '승리절'로 부르며 해마다 기념하고 있다.", "승리절", [], None,
      id="terms-quoted-word-with-bureumyeo"),
    # a quoted nickname is a word the article explains
    P('일부 사람들 중에서는 "경기 공화국"이라는 별명을 다시 사용하고 있었다.', "경기 공화국", [], None,
      id="terms-quoted-nickname"),
    # a verb made a noun with -기 in quotation marks names a practice
    P("노점상은 최근 '계좌 바꿔치기'에 당했다.", "계좌 바꿔치기", [], None, id="terms-quoted-practice-with-gi"),
    P("정부 정책인 ‘01X 한시적 번호이동 제도’ 종료를 앞두고 있다.", "01X 한시적 번호이동 제도", [], None,
      id="terms-quoted-policy-with-a-number"),
    P("서울시는 3월부터 ‘기후동행카드’를 도입한다. 기후동행카드는 지하철과 버스를 무제한 이용하는 정기권이다.",
      "기후동행카드", [], None, id="terms-quoted-scheme"),
    # a name people use: nouns only, then (이)라고 하다 written out
    P("엔화 값이 크게 떨어져 \"슈퍼 엔저\" 라고 하는데 수출 기업이 웃고 있다.", "슈퍼 엔저", [], None,
      id="terms-quoted-name-people-use"),
    # the category something falls under
    P("의원은 이 행위가 '직권 남용'에 해당한다고 주장했다.", "직권 남용", [], None, id="terms-quoted-category"),
    # definitions
    P("전기차 배터리를 만드는 업체인 에코셀이 공장을 세웠다.", "에코셀", [], "배터리를 만드는 업체",
      id="terms-appositive-definition-with-inin"),
    P("일본 정부는 국책기업 라피더스에 보조금을 준다.", "라피더스", [], None, id="terms-unfamiliar-org-with-a-descriptor"),
    P("웹사이트에 침투해 화면을 바꾸는 해킹이다. 이를 디페이스 해킹 공격이라고 한다.", "디페이스 해킹 공격", [], None,
      id="terms-ireul-x-irago-handa"),
    P("단량체는 작은 분자를 가리키고, 생합성은 생물체의 체내에서 유기 물질을 합성하는 물질대사를 가리킨다.", "생합성",
      [], None, id="terms-definition-with-garikinda"),
    P("공매도란 주식을 빌려 파는 거래를 말한다.", "공매도", [], None, id="terms-definition-with-ran-malhanda"),
    P("엘니뇨는 적도 부근 동태평양의 해수면 온도가 평년보다 높아지는 현상을 말한다.", "엘니뇨", [], None,
      id="terms-definition-with-a-relative-clause"),
    P("여기서 고령가구란, 독거노인과 장애인 가구 등을 일컫는 말이다.", "고령가구", [], "독거노인",
      id="terms-definition-after-a-leading-adverb"),
    P("한국대학교 재학생 커뮤니티인 누리라이프에서 조사가 나타났다.", "누리라이프", [], None,
      id="terms-community-described-by-an-appositive"),
]


@pytest.mark.parametrize("body,term,glossed,definition", TERMS)
def test_term_found(analyser, body, term, glossed, definition):
    an = analysed(body, analyser)
    found = {t.term: t for t in an.terms}
    assert term in found, [t.term for t in an.terms]
    for g in glossed:
        assert g in found[term].glosses
    if definition:
        assert definition in (found[term].definition or "")


@pytest.mark.parametrize("body,term,definition", [
    P("배의 무게중심을 잡기 위해 싣는 바닷물을 '평형수'라고 한다. 정부는 검사했다.", "평형수",
      "배의 무게중심을 잡기 위해 싣는 바닷물", id="terms-definition-before-x-rago-handa"),
    P("대한민국의 주요 포털 사이트 중 하나인 네이트에서 서비스를 종료한다는 공지를 발표하였다.", "네이트",
      "대한민국의 주요 포털 사이트 중 하나", id="terms-definition-in-an-appositive-with-jung-hana"),
])
def test_term_definition_is_exactly(analyser, body, term, definition):
    an = analysed(body, analyser)
    assert {t.term: t.definition for t in an.terms}.get(term) == definition


def test_a_stage_name_glossed_with_the_real_name_is_a_term(analyser):
    an = analysed("그룹의 전 멤버 하늘(본명 김하늘·30)이 징역을 확정받았다.", analyser)
    assert glosses(an).get("하늘") == ("김하늘",), glosses(an)


def test_a_definition_by_a_bound_in_brackets(analyser):
    an = analysed("초미세먼지(지름 2.5㎛ 이하의 먼지) 농도가 높다. 선수 김민수(25세 이하의 선수)가 뛰었다.", analyser)
    assert glosses(an) == {"초미세먼지": ("지름 2.5㎛ 이하의 먼지",)}, glosses(an)


def test_term_mentions_cover_later_occurrences(analyser):
    an = analysed("세계보건기구(WHO)가 경보를 냈다. 세계보건기구는 회원국에 협조를 요청했다. WHO는 내일 다시 회의한다.",
                  analyser)
    ms = [m for m in an.mentions if m.kind == "term" and m.key == "세계보건기구"]
    # the gloss itself, the later name (without 는) and the acronym alone
    assert [m.text for m in ms] == ["세계보건기구", "WHO", "세계보건기구", "WHO"]


# --- no term -------------------------------------------------------------------------------

NOT_TERMS = [
    # brackets that are no glosses: an amount, an age, a name in its own script
    P("한국은행은 3억 달러(약 4000억 원)를 시장에 풀었다.", "3억 달러", id="terms-not-an-amount-with-a-conversion"),
    P("김민수(52) 씨는 경찰에 신고했다.", "김민수", id="terms-not-a-name-with-an-age"),
    P("이토 히로부미(伊藤博文) 총리가 도착했다.", "이토 히로부미", id="terms-not-a-person-glossed-in-hanja"),
    P("넬슨 만델라 전 대통령에 대해 그는 \"넬슨 만델라라는 사표(師表)가 있었다\"고 말했다.", "만델라",
      id="terms-not-a-person-before-a-glossed-word"),
    P("선수들은 김제덕(17·경북일고), 강채영(25·현대모비스)이었다.", "현대모비스",
      id="terms-not-a-team-in-an-age-bracket"),
    P("선수들은 김제덕(17·경북일고), 강채영(25·현대모비스)이었다.", "강채영", id="terms-not-a-name-with-an-age-bracket"),
    P("운전자 문모(52·회사원)씨가 다쳤다.", "회사원", id="terms-not-an-occupation-in-an-age-bracket"),
    P("손흥민(토트넘)은 20일 경기에서 골을 넣었다.", "손흥민", id="terms-not-a-name-with-a-club-in-brackets"),
    P("지급 계획은 ‘중견기업’(59.1%)이 가장 많았다.", "중견기업", id="terms-not-a-survey-option"),
    P("Jincheng Zhang이라는 이름을 가진 아티스트가 있다.", "Zhang", id="terms-not-a-name-before-iraneun-ireum"),
    P("개막전 경기는 두산-LG(잠실), SK-한화(인천)이다.", "두산-LG", id="terms-not-a-match-up-with-its-venue"),
    P("951.5 헥토파스칼인 사라와 954 헥토파스칼인 매미보다 강하다.", "사라와", id="terms-not-a-name-with-a-particle"),
    P("간편한 결제인 QR 코드 결제가 늘었다.", "QR", id="terms-not-a-part-of-a-described-noun"),
    P("같은 단어(Korean Railroad)를 두고 다툼이 있었다.", "단어", id="terms-not-a-common-noun-with-english-bracket"),
    P("한 업체의 홈페이지(lottorich.co.kr) 게시판에는 사연이 올라온다.", "홈페이지",
      id="terms-not-a-common-noun-with-an-address"),
    # a description of a work glossed with its title is no term
    P("위원회는 보도자료(\"부정 의혹 영화(더 계획)에 대한 입장\")를 통해 밝혔다.", "부정 의혹 영화",
      id="terms-not-a-description-of-a-work"),
    P("트럼프 대통령은 제임스 코미 연방수사국(FBI) 국장에게 수사 중단을 요청했다.", "제임스 코미 연방수사국",
      id="terms-not-a-name-joined-to-a-glossed-body"),
    # quotation marks around words that are no term
    P("그는 ‘사실’ 그렇게 생각했다고 전했다.", "사실", id="terms-not-a-quoted-adverb"),
    P("예산은 ‘8표’ 차이로 통과됐다.", "8표", id="terms-not-a-quoted-count"),
    P("그는 ‘유튜브’에 영상을 올렸다.", "유튜브", id="terms-not-a-quoted-known-organisation"),
    P("그는 ‘대기업’ 위주의 정책을 비판했다.", "대기업", id="terms-not-a-quoted-dictionary-noun-with-prefix"),
    P("‘기득권’ 세력이 반발했다.", "기득권", id="terms-not-a-quoted-dictionary-noun"),
    P("그들은 ‘기득권’을 지키려 했다.", "기득권", id="terms-not-a-quoted-dictionary-noun-as-object"),
    P("장성택이 ‘사람·조직·돈’을 갖추었다고 주장했다.", "사람·조직·돈", id="terms-not-a-quoted-list"),
    P("언론들은 이를 '정치적 고려' 정도로 깎아내렸다.", "정치적 고려", id="terms-not-a-quoted-phrase"),
    P("영화 ‘더 플랜’이 개봉했다.", "더 플랜", id="terms-not-a-film-title"),
    P("감사원의 《철도안전 관리실태》 보고서가 나왔다.", "철도안전 관리실태", id="terms-not-a-report-title"),
    P("‘이란 인터내셔널’은 이란 정부에 비판적인 매체다. ‘이란 인터내셔널’은 발언을 보도했다.", "인터내셔널",
      id="terms-not-a-name-without-its-foreign-country"),
    P("그는 성명을 냈다. 다음은 성명 전문이다.", "다음", id="terms-not-daeum"),
]


@pytest.mark.parametrize("body,word", NOT_TERMS)
def test_not_a_term(analyser, body, word):
    an = analysed(body, analyser)
    assert word not in terms(an)
    assert word not in kinds(an, "term")


@pytest.mark.parametrize("body", [
    P("경찰은 범인이 도주했다고 말했다.", id="terms-none-in-a-past-tense-report"),
    # X는 “…”고 말했다 reports speech, it defines nothing
    P("이복현 금감원장은 “무관용 원칙으로 대응하겠다”고 말했다.", id="terms-none-in-reported-speech"),
])
def test_no_terms(analyser, body):
    assert not analysed(body, analyser).terms


# --- what a bracket holds ------------------------------------------------------------------

@pytest.mark.parametrize("content,expected", [
    P("현대, 삼성, 농협, KB국민", [], id="terms-gloss-items-not-a-list-of-companies"),
    P("영국, 하버드대 교수", [], id="terms-gloss-items-not-an-affiliation"),
    P("부장 이정희", [], id="terms-gloss-items-not-a-post-and-name"),
    P("300마리", [], id="terms-gloss-items-not-a-count"),
    P("8인승", [], id="terms-gloss-items-not-a-seat-count"),
    P("국보 191호", ["국보 191호"], id="terms-gloss-items-heritage-designation-is-another-name"),
    P("lottorich.co.kr", [], id="terms-gloss-items-not-an-address"),
    P("Международный Аэропорт, IATA: DME", ["Международный Аэропорт"], id="terms-gloss-items-cyrillic-name-without-code"),
    P("Autophagy, 자가포식", ["Autophagy", "자가포식"], id="terms-gloss-items-two-names"),
    P("IAEA", ["IAEA"], id="terms-gloss-items-acronym"),
    P("25·현대모비스", [], id="terms-gloss-items-not-an-age-and-team"),
    P("17, 경북일고", [], id="terms-gloss-items-not-an-age-and-school"),
    P("藍藻類", ["藍藻類"], id="terms-gloss-items-hanja"),
    P("AI", ["AI"], id="terms-gloss-items-two-letter-acronym"),
])
def test_gloss_items_keep_only_other_names(content, expected):
    assert _gloss_items(content) == expected
