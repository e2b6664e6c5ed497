"""Closed word lists the extraction rules rely on.

These are general Korean grammar and world knowledge (countries, role nouns, organisation
and place suffixes, verbs of saying), not words picked from the development articles.
Curated, project-specific names reach the analyser through `get_analyser(user_words=...)`.
"""
from __future__ import annotations

import logging

from . import gazetteer as G

log = logging.getLogger(__name__)

# --- countries and their short forms ------------------------------------------------------

COUNTRIES = G.COUNTRIES

# One-character (and Hanja) short forms used in headlines and compounds ("美", "한·미", "북-러").
SHORT_COUNTRY = G.SHORT_COUNTRY
# Characters that may form a run of short forms, e.g. "韓美日", "미일", "한중일", "북미".
SHORT_RUN_CHARS = frozenset("美日中韓北南露英佛獨미일중한북러")

# Regions, cities and other places (gazetteer).
PLACES = G.ALL_PLACES

# Organisations that carry no suffix a rule could see (general world knowledge).
ORGS = frozenset("""
백악관 청와대 국회 크렘린 펜타곤 유엔 UN 나토 NATO EU IMF WHO IAEA OPEC WTO 유네스코 유니세프 아세안 ASEAN
CNN BBC NHK AP AFP 로이터 블룸버그 신화통신 교도통신 연합뉴스 뉴시스 YTN KBS MBC SBS JTBC
구글 애플 아마존 마이크로소프트 메타 페이스북 트위터 삼성 현대 LG SK 도요타 소니 인텔 엔비디아 테슬라 노키아
""".split())

# --- suffixes ---------------------------------------------------------------------------

# Organisation heads, longest first (matched as a suffix of a noun compound).
# Class nouns: "반도체기업" alone is a description, not a name.
GENERIC_ORG = frozenset("공사 공단 실업 산업 상사 항공 자동차 건설 제약 화학 증권 카드 생명 화재 해운 물산 텔레콤 홀딩스 사단 여단 군단 함대 부대 기업 업체 회사 단체 기관 그룹 언론 방송사 신문사 통신사 그룹사 법인 조합 노조 병원 학원 학교 대학 센터 팀 클럽 은행 "
                         "방송 통신 뉴스 신문 미디어 에너지 바이오 모터스 연대 기금".split())
ORG_SUFFIXES = tuple(sorted("""
보건소 세무서 우체국 주민센터 행정복지센터 지방법원 보건지소 이사회 위원회 협회 연맹 연합회 연합 공단 공사 재단 은행 저축은행 대학교 대학 대 학교 연구소 연구원 센터 방송 통신 신문 일보
뉴스 그룹 전자 증권 보험 기구 기관 사령부 본부 총국 국 부 처 청 원 당 실 군 경찰 검찰 법원 의회 내각 정부 행정부
회의소 대표팀 국가대표팀 팀 구단 전선 포스트 타임스 타임즈 저널 트리뷴 헤럴드 위원단 사무국 사무소 노조 조합 학회 교회 성당 클럽 위원 공화국군 통신사 방송사 신문사 언론 그룹사
지검 지법 고법 고검 지청 교구 사제단 노동조합 운동본부 대책위 교육청 교육지원청 지방경찰청 해양경찰서 소방본부
상담소 진흥원 진흥회 개발원 평가원 교육원 연수원 학생회 총학생회 엔터테인먼트 엔터테이먼트 커뮤니케이션즈 테크놀로지
인베스트먼트 파트너스 캐피탈 모터스 네트웍스 시스템즈 공제회 선교회 연구단 사업단 협동조합 미디어 에너지 바이오 연대 기금
특위 비대위 인수위 혁신위 선대위 공대 의대 법대 신학대 사단 여단 군단 함대 항공 자동차 중공업 건설 제약 화학 증권 카드 생명 화재 해운 물산 텔레콤 홀딩스
실업 산업 상사 경찰서 소방서 시청 구청 군청 도청 법인 협의회 거래소 병원 복지관 학원 박물관 미술관 도서관 회사 기업 중앙회 연구회 위원단
""".split(), key=len, reverse=True))
# Suffixes that also end ordinary words; they only count on a proper-noun stem.
WEAK_ORG_SUFFIXES = frozenset("대 국 부 처 청 원 당 실 군 팀 연합 센터".split())

PLACE_SUFFIXES = tuple(sorted("""
특별시 광역시 특별자치시 특별자치도 자치구 자치주 시 도 군 구 동 읍 면 리 주 현 성 역 공항 항구 반도 해협 지방 지역 산 강 섬 열도 제도 호수 산맥
고원 평야 사막 해안 운하 터널 저수지 공화국 자치공화국
기지 광장 공원 대교 타워 돔 구장 경기장 고속도로 청사
""".split(), key=len, reverse=True))
WEAK_PLACE_SUFFIXES = frozenset("시 도 군 구 동 면 읍 리 주 현 성 역 산 강 섬".split())
# A one-morpheme proper noun ending in these is a district (강남구, 한남동); 시/도/주/현 need their own morpheme.
DISTRICT_SUFFIXES = frozenset("구 동 읍 면 군 역 산 강".split())
# Institutions named by their head noun alone.
STANDALONE_ORGS = frozenset("검찰 경찰 법원 대법원 헌법재판소 국회 국정원 해경 소방당국".split())

# --- people -----------------------------------------------------------------------------

# Heads of role/title nouns (matched as a suffix of the compound: 국가안보보좌관 -> 보좌관).
ROLE_HEADS = tuple(sorted("""
대통령 부통령 총리 국무총리 수상 장관 차관 의원 하원의원 상원의원 국회의원 대표 위원장 부위원장 의장 회장 부회장
학생회장 총학생회장 부학생회장 부녀회장 노인회장 청년회장
사장 부사장 최고경영자 CEO 교수 명예교수 박사 연구원 연구자 기자 특파원 대변인 대사 총장 청장 시장 도지사 지사
군수 구청장 후보 후보자 당선인 당선자 감독 선수 코치 주장 골키퍼 수비수 공격수 미드필더 투수 타자 판사 검사
변호사 신부 목사 스님 왕자 공주 국왕 여왕 왕 황제 총재 부총재 비서 비서실장 보좌관 실장 국장 부장 단장 원장 소장
관장 이사장 참모장 총참모장 사령관 위원 작가 배우 가수 디자이너 천문학자 학자 과학자 경제학자 권한대행 국방위원장
최고사령관 주석 국가주석 총서기 서기장 교황 대주교 추기경 장군 대장 중장 소장 대령 회원 대법관 대법원장 검찰총장
경찰청장 앵커 감독관 조사관 고문 전무 상무 이사 부대표 원내대표 최고위원 당수 총통 행정관 비대위원장 운전사
본처 부인 아내 남편 장녀 차남 장남 차녀 전임 후임 창업자 설립자
사무총장 사무차장 사무처장 사무국장 본부장 팀장 과장 차장 처장 반장 조합장 사업단장 학장 교육감 부교육감 지부장 지점장
교장 교감 재판장 부장판사 주심 경위 경감 경정 총경 순경 경찰관 소방관 간호사 교사 강사 부교수 조교수 연구위원
선임연구원 수석연구원 애널리스트 이코노미스트 사무관 서기관 주무관 공보관 총영사 영사 참사관 특사 특별대표 특별보좌관
보고관 특별보고관 집행위원장 상임대표 공동대표 편집국장 논설위원 칼럼니스트 평론가 해설위원 병원장 시의원 구의원
도의원 합참의장 부총리 비서관 수석비서관 정무수석 아나운서 PD 책임자 최고재무책임자 최고기술책임자 여사 추기경 랍비
이맘 대주교 주교 사제 통역사 조종사 기장 승무원 선장 함장 중대장 대대장 연대장 사단장 군단장 참모총장 원사 상사 중사
하사 병장 상병 일병 이병 대위 중위 소위 소령 중령 준장 사무장 대리 주임 부원장 부시장 부지사 부군수 부의장 재판관 헌법재판관 대법관 수석대변인 원내대변인 대변인 조정관 외교관 연락관 협상가 정책관 정보관 주지사 원수 국가원수
간사 부대변인 공보비서 원내수석부대표 정책위의장 사무총장대행 상임위원장 소위원장 위원장대행
활동가 운동가 사회운동가 인권운동가 환경운동가 피고인 피고 원고 피의자 용의자 고소인 피해자 가해자 상임활동가 사무국장
키커 포워드 세터 리베로 포수 유격수 내야수 외야수 선발투수 마무리투수 주전 의사 열사 선생 선생님 대표이사 회계사 연출가 감독관 프로듀서 작곡가 안무가 시인 소설가 화가 사진작가 영화감독 기상캐스터 리포터
회사원 대학생 대학원생 고교생 중학생 주부 운전기사 택시기사 버스기사 자영업자 농민 어민 직장인 공무원 약사 회계사 세무사
""".split(), key=len, reverse=True))
# Role heads that are also ordinary words; they need a name right next to them.
WEAK_ROLE_HEADS = frozenset("간사 시장 주장 이사 대표 위원 대장 소장 전임 후임 고문 왕 후보 선수 부인 과장 상사 대리 주임 기장 "
                            "반장 사제 교사 강사 경사 대위 차장 처장 주교 영사 이맘 특사 교감 원사".split())
# Role heads that also end ordinary compounds (공사장, 건강검사, 근현대사, 관리감독): never matched as a
# suffix of a longer one-morpheme noun, only as a morpheme of their own.
RISKY_ROLE_SUFFIXES = frozenset("간사 사장 검사 대사 감독 학자 기자 왕 주장 시장 이사 대장 소장 고문 후보 선수 부인 과장 상사 대리 "
                                "주임 기장 반장 사제 교사 강사 대위 차장 처장 주교 영사 특사 교감 원사 위원 대표 경위 경감 주심 "
                                "사관 원장 국장 관장 실장 부장 단장 회장 연구원".split())
ROLE_MODIFIERS = frozenset("겸 전 前 현 現 신임 초대 전임 선임 수석 부 차기 당시 명예 공동 직무대행".split())
HONORIFIC_NNB = frozenset("씨 군 양 옹 여사".split())

ANON_HEADS = frozenset("대리인단 변호인단 변호사단 법률대리인 대리인 변호인 조사단 대표단 사절단 협상단 일각 업계 관계자 당국자 소식통 관료 간부 직원 목격자 대변인실 네티즌 누리꾼 유족 유가족 피해자 참가자 시위대 시위자 주민 학부모 학생 노동자 근로자 승객 상인 관계당국 보안관계자 고위관계자 측근 목격자 주민 시민 전문가 소식통들 관계자들 당국자들 목격자들".split())

# Very common Korean surnames (for 2-3 syllable names Kiwi tags as proper nouns).
SURNAMES = frozenset("""
김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 손 배 백 허 남 심 노 하 곽 성 차 주
우 구 민 나 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 마 길 연 위 표 명 기 반 왕 금 옥 육 인 맹 제
모 탁 국 어 은 편 용 예 경 봉 사 부 황보 남궁 제갈 선우 독고
""".split())

PRONOUNS = frozenset("그 그녀 그들 그녀들 이 저 자신".split())

# --- quotes -----------------------------------------------------------------------------

# Stems of verbs of saying (after Kiwi's lemma). Others are accepted when the grammar says so.
SAY_STEMS = frozenset("""
말하 밝히 설명하 강조하 주장하 보도하 전하 덧붙이 지적하 언급하 발언하 말씀하 반기 부여하 평가하 비판하 촉구하
경고하 우려하 답하 대답하 해명하 반박하 묘사하 부연하 증언하 발표하 선언하 요구하 호소하 당부하 예상하 전망하
분석하 알리 물 묻 적 쓰 외치 토로하 고백하 약속하 다짐하 제안하 권고하 인정하 부인하 시사하 예고하 설파하
""".split())

# --- numbers and dates ------------------------------------------------------------------

CURRENCY_UNITS = ("달러", "원", "엔", "위안", "유로", "파운드", "루블", "페소", "프랑", "바트")

# Country names that are also common words: only a proper-noun tag makes them countries.
AMBIGUOUS_COUNTRIES = G.AMBIGUOUS_COUNTRIES
NOT_ORG = frozenset("지도부 수뇌부 집행부 간부 외부 내부 일부 전부 본부 상부 하부 세부 남부 북부 동부 서부 중부".split())
# Endings that make a word ending in an organisation suffix (부, 국, 처, 실) an ordinary noun:
# 부 "part" (전반부, 하복부, 저압부, 서해남부), 婦 (임산부), 조건부; 국 "country" after what the
# country is (관련국, 회원국, 형제국, 이사국, 청정국); 처 "place" (연락처, 거래처, 출처); 실 "room"
# (화장실, 상황실, 회의실). Known bodies (대통령실, 정찰총국, 식품의약품안전처) end otherwise.
NOT_ORG_ENDINGS = tuple(sorted(set("""
전반부 후반부 중반부 초반부 종반부 상반부 하반부 복부 저압부 고압부 중심부 말단부 접합부 연결부 흉부 두부 남부 북부 동부 서부 중부
기록부 명부 장부 관통부 손상부 임산부 산부 조건부 가정부 간부 일부 전부 내부 외부 상부 하부 세부
관련국 해당국 형제국 이사국 청정국 회원국 동맹국 당사국 상대국 가맹국 참가국 참전국 체약국 주최국 개최국 우방국 적성국 강대국
약소국 선진국 개도국 후진국 중진국 산유국 수입국 수출국 교전국 피해국 중립국 인접국 주변국 이웃국 채무국 채권국 공여국 원조국
문의처 연락처 거래처 출처 판매처 사용처 공급처 수요처 접수처 근무처 은신처 피난처 대피처 안식처 보관처 행선처
공화국 자치공화국 화장실 상황실 관제실 회의실 사무실 집무실 연구실 교실 병실 응급실 수술실 대기실 접견실 조종실 기관실 객실 침실 욕실 강의실 실험실
통제실 조정실 조리실 기계실 전산실 열람실 휴게실 분만실 중환자실 격리실 진료실
""".split()), key=len, reverse=True))
NAME_STOP_NOUNS = frozenset("뒤 사이 대비 내일 임시 정기 긴급 이번 지난 올해 지난해 오늘 어제 소재 출신 위치 산하 이상 소속 당시 이후 이전 현재 최근 관련 측 등 내 외 전 후 현지 해당 일부 모든 각 여러 다른 대부분 전체 이날 한편 지난달 이달 이번달 다음달 지난주 이번주 다음주 작년 내년 그날 다음날 전날 같은날 오전 오후 새벽 저녁 당일 그동안".split())

# Names the analyser splits at a particle (국민/의/힘): added to its dictionary as proper nouns.
DEFAULT_USER_WORDS = (("국민의힘", "NNP"), ("국민의당", "NNP"), ("미국의소리", "NNP"), ("러시아의소리", "NNP"), ("조국혁신당", "NNP"), ("개혁신당", "NNP"),
                      # Kiwi reads 내몽골의 as 나/NP 의/JKG 몽골 (my Mongolia)
                      ("내몽골", "NNP"),
                      # Kiwi reads 대리인단 as 대리인/NNG 단/MM ("single"): groups of representatives
                      ("대리인단", "NNG"), ("변호인단", "NNG"), ("변호사단", "NNG"),
                      # Kiwi reads 키커 as 키/NNG 크/VV 어/EC (a penalty taker)
                      ("키커", "NNG")) + tuple(
    # gazetteer places Kiwi (0.2x) cuts into pieces that are not nouns (네/IC 바다, 수리/NNG 남/VV,
    # 아제르바이잔의/NNP): listed by tokenising every place name of 3+ syllables before 에서/는/의
    (w, "NNP") for w in """
가나가와 가이아나 감비아 강서구 강원특별자치도 고령군 골란고원 그레나다 그루지야 기니비사우 내몽골 내슈빌 네바다 노보시비르스크 다르에스살람 대덕구 돗토리 동남구 라말라 랴오닝 레이캬비크 루안다
루한스크 리브르빌 마리우폴 마산시 마산합포구 마산회원구 말라위 몰도바 무스카트 미추홀구 미크로네시아 바누아투 바베이도스 반다르스리브가완 밴쿠버 벨라루스 벨리즈 벵갈루루 보스니아헤르체고비나 부룬디
부르키나파소 부쿠레슈티 북마케도니아 브라자빌 브라질리아 브라티슬라바 브리즈번 사우스다코타 산마리노 산살바도르 산토도밍고 상투메프린시페 서사하라 서산시 세이셸 세인트루시아 세인트키츠네비스
세종특별자치시 솔트레이크시티 수리남 수영구 스와질란드 슬로바키아 신장위구르 아디스아바바 아시가바트 아제르바이잔 안도라 안타나나리보 앤티가바부다 앵커리지 에리트레아 에스와티니 에스토니아 연수구 영덕군
예카테린부르크 울릉군 장안구 잭슨빌 적도기니 전북특별자치도 제천시 진주시 철원군 카리브 카보베르데 칼리닌그라드 캄팔라 코트디부아르 킹스턴 투발루 튀르키예 트리니다드토바고 파라과이 파푸아뉴기니 팔라우
팰로앨토 하르툼 하이데라바드 함안군 헤르손 흥덕구
""".split())

# the second word of a sports club's name (한화 이글스, LG 트윈스, 포항 스틸러스, 경찰 야구단): general
# knowledge of the leagues' naming, not taken from any article
TEAM_WORDS = frozenset("""라이온즈 트윈스 이글스 자이언츠 베어스 타이거즈 히어로즈 다이노스 와이번스 랜더스 위즈 wiz
스틸러스 블루윙즈 드래곤즈 유나이티드 시티즌 모터스 썬더스 피버스 세이커스 소닉붐 프로미 점퍼스 나이츠 페가수스 킹스
스카이워커스 점보스 블루팡스 빅스톰 양키스 다저스 레드삭스 화이트삭스 컵스 메츠 파드리스 에인절스 매리너스 블루제이스
레인저스 애스트로스 브레이브스 카디널스 레이커스 셀틱스 워리어스 불스 닉스 핫스퍼 야구단 축구단 농구단 배구단 구단""".split())

# People the news names without any title or particle (`김정일 사망 1주기`): heads of state and
# government of Korea and of the countries Korean news covers most. General knowledge; a name here
# is a person wherever it appears.
KNOWN_PEOPLE = frozenset("""이승만 윤보선 박정희 최규하 전두환 노태우 김영삼 김대중 노무현 이명박 박근혜 문재인 윤석열 이재명
김일성 김정일 김정은 김여정 트럼프 바이든 오바마 클린턴 레이건 카터 닉슨 케네디 루스벨트 시진핑 후진타오 장쩌민 덩샤오핑
마오쩌둥 리커창 리창 푸틴 메드베데프 옐친 고르바초프 젤렌스키 아베 기시다 스가 고이즈미 이시바 마크롱 올랑드 사르코지
메르켈 숄츠 대처 블레어 캐머런 수낵 네타냐후 에르도안 모디 차베스 마두로 카스트로 룰라 보우소나루""".split()) | frozenset(
    # people of history, religion and science, and office holders and business leaders the news
    # names by surname alone: general knowledge, listed by field (homographs of common words such
    # as 수치, 한정, 펜스, 왈츠, 조국 and the place 워싱턴 are left out)
    """아인슈타인 예수 무함마드 간디 링컨 처칠 히틀러 스탈린 레닌 마르크스 나폴레옹 이순신 안중근 김구 윤봉길 유관순
안창호 김좌진 뉴턴 다윈 갈릴레이 셰익스피어 베토벤 모차르트 피카소 프란치스코 빈라덴 카다피 후세인 무바라크 아사드
하메네이 로하니 라이시 페제시키안 김정남 리설주 최룡해 장성택 김영남 박봉주 김덕훈 훈센 두테르테 조코위 프라보워
리콴유 리셴룽 앨버니지 트뤼도 스타머 멜로니 폼페이오 블링컨 헤그세스 머스크 저커버그 베이조스 손정의 이건희 이재용
정주영 정의선 구광모 최태원 신동빈 반기문 구테흐스 에스퍼 한덕수 이낙연 정세균 황교안 안철수 유승민 홍준표 이준석
한동훈 심상정 추미애 오세훈 박원순 이해찬 송영길 김종인 김무성 나경원 원희룡 손학규 정동영 김부겸
싸이 아이유 봉준호 박찬욱 손흥민 김연아 박지성 류현진 이강인 김민재 오타니 메시 호날두 조던""".split())

# well-known people Kiwi reads as common nouns or pieces (스타머/NNG, 블링컨/NNG): kept whole as proper nouns
FAMOUS_USER_WORDS = tuple((w, "NNP") for w in sorted(KNOWN_PEOPLE) if len(w) >= 3)

# Common given names of English-, French-, German- and Russian-speaking people as Korean news
# spells them: a two-word proper name starting with one is a person (스티브 워즈니악과 함께).
FOREIGN_GIVEN_NAMES = frozenset("""스티브 스티븐 존 마이클 데이비드 데이비스 제임스 로버트 윌리엄 리처드 리차드 조지 토머스 토마스
찰스 마크 폴 피터 앤드루 앤드류 에릭 브라이언 케빈 제이슨 매튜 매슈 크리스 크리스토퍼 대니얼 다니엘 조셉 조지프 벤저민
새뮤얼 톰 팀 빌 잭 해리 헨리 에드워드 프랭크 스콧 제프 제프리 애덤 아담 알렉스 알렉산더 니콜라스 빅토르 블라디미르
세르게이 드미트리 안드레이 이반 미하일 한스 프리드리히 피에르 프랑수아 미셸 자크 엘리자베스 메리 제니퍼 사라 로라
에밀리 케이트 캐서린 수잔 낸시 힐러리 앤 안젤라 도널드 버락 넬슨 마틴 로널드 래리 제리 게리 조너선 조나단 패트릭
앤서니 안토니오 카를로스 호세 후안 루이스 마리아 안나 올리비아 소피아 레오나르도 마르코 파울로 라파엘""".split())
