"""Closed word lists the extraction rules rely on.

These are general Korean grammar and world knowledge (countries, role nouns, organisation
and place suffixes, verbs of saying), not words picked from the development articles.
Curated, project-specific names reach the analyser through `get_analyser(user_words=...)`.
"""
from __future__ import annotations

import logging

log = logging.getLogger(__name__)

# --- countries and their short forms ------------------------------------------------------

COUNTRIES = frozenset("""
대한민국 한국 남한 북한 조선민주주의인민공화국 미국 일본 중국 중화인민공화국 러시아 대만 타이완 홍콩 마카오 몽골
영국 프랑스 독일 이탈리아 스페인 포르투갈 네덜란드 벨기에 룩셈부르크 스위스 오스트리아 덴마크 노르웨이 스웨덴
핀란드 아이슬란드 아일랜드 폴란드 체코 슬로바키아 헝가리 루마니아 불가리아 그리스 튀르키예 터키 우크라이나
벨라루스 몰도바 리투아니아 라트비아 에스토니아 세르비아 크로아티아 슬로베니아 보스니아 알바니아 코소보 몬테네그로
조지아 아르메니아 아제르바이잔 카자흐스탄 우즈베키스탄 키르기스스탄 타지키스탄 투르크메니스탄 아프가니스탄
파키스탄 인도 방글라데시 스리랑카 네팔 부탄 미얀마 태국 라오스 캄보디아 베트남 말레이시아 싱가포르 인도네시아
필리핀 브루나이 동티모르 호주 오스트레일리아 뉴질랜드 파푸아뉴기니 피지 이란 이라크 시리아 레바논 요르단
이스라엘 팔레스타인 사우디아라비아 사우디 예멘 오만 아랍에미리트 카타르 바레인 쿠웨이트 이집트 리비아 튀니지
알제리 모로코 수단 남수단 에티오피아 에리트레아 소말리아 케냐 탄자니아 우간다 르완다 부룬디 콩고 가봉 카메룬
나이지리아 가나 토고 베냉 코트디부아르 라이베리아 시에라리온 기니 세네갈 말리 니제르 차드 부르키나파소 모리타니
앙골라 잠비아 짐바브웨 모잠비크 말라위 나미비아 보츠와나 남아프리카공화국 남아공 레소토 에스와티니 마다가스카르
모리셔스 캐나다 멕시코 과테말라 온두라스 엘살바도르 니카라과 코스타리카 파나마 쿠바 자메이카 아이티 도미니카
베네수엘라 콜롬비아 에콰도르 페루 볼리비아 칠레 아르헨티나 우루과이 파라과이 브라질 가이아나 수리남 바티칸
""".split())

# One-character (and Hanja) short forms used in headlines and compounds ("美", "한·미", "북-러").
SHORT_COUNTRY = {
    "美": "미국", "미": "미국", "日": "일본", "일": "일본", "中": "중국", "중": "중국",
    "韓": "한국", "한": "한국", "北": "북한", "북": "북한", "南": "한국", "남": "한국",
    "러": "러시아", "露": "러시아", "英": "영국", "영": "영국", "佛": "프랑스", "불": "프랑스",
    "獨": "독일", "독": "독일", "印": "인도", "인": "인도", "臺": "대만", "대": "대만", "호": "호주",
    "EU": "유럽연합",
}
# Characters that may form a run of short forms, e.g. "韓美日", "미일", "한중일", "북미".
SHORT_RUN_CHARS = frozenset("美日中韓北南露英佛獨미일중한북러")

# Regions, cities and other places that are useful world knowledge.
PLACES = frozenset("""
서울 부산 대구 인천 광주 대전 울산 세종 제주 수원 고양 용인 창원 성남 청주 전주 천안 포항 경주 강릉 춘천 원주
평양 개성 신의주 판문점 개성공단 독도 울릉도 제주도 한반도 경기도 강원도 충청도 충청북도 충청남도 전라도
전라북도 전라남도 경상도 경상북도 경상남도 수도권 영남 호남
도쿄 오사카 교토 요코하마 후쿠시마 오키나와 홋카이도 규슈 베이징 상하이 홍콩 광저우 선전 톈진 충칭 우한
모스크바 상트페테르부르크 키이우 키예프 워싱턴 워싱턴DC 뉴욕 로스앤젤레스 시카고 샌프란시스코 보스턴 하와이
알래스카 캘리포니아 텍사스 플로리다 런던 파리 베를린 로마 마드리드 브뤼셀 제네바 빈 암스테르담 헤이그
바르샤바 프라하 아테네 이스탄불 예루살렘 텔아비브 가자 테헤란 바그다드 다마스쿠스 카이로 두바이 리야드
뉴델리 뭄바이 방콕 하노이 호찌민 마닐라 자카르타 싱가포르 시드니 멜버른 오타와 토론토 밴쿠버 멕시코시티
아시아 유럽 아프리카 중동 북미 남미 중남미 오세아니아 태평양 대서양 인도양 동아시아 동남아시아 동남아
""".split())

# Organisations that carry no suffix a rule could see (general world knowledge).
ORGS = frozenset("""
백악관 청와대 국회 크렘린 펜타곤 유엔 UN 나토 NATO EU IMF WHO IAEA OPEC WTO 유네스코 유니세프 아세안 ASEAN
CNN BBC NHK AP AFP 로이터 블룸버그 신화통신 교도통신 연합뉴스 뉴시스 YTN KBS MBC SBS JTBC
구글 애플 아마존 마이크로소프트 메타 페이스북 트위터 삼성 현대 LG SK 도요타 소니 인텔 엔비디아 테슬라 노키아
""".split())

# --- suffixes ---------------------------------------------------------------------------

# Organisation heads, longest first (matched as a suffix of a noun compound).
# Class nouns: "반도체기업" alone is a description, not a name.
GENERIC_ORG = frozenset("부대 기업 업체 회사 단체 기관 그룹 언론 방송사 신문사 통신사 그룹사 법인 조합 노조 병원 학원 학교 대학 센터 팀 클럽 은행".split())
ORG_SUFFIXES = tuple(sorted("""
위원회 협회 연맹 연합회 연합 공단 공사 재단 은행 저축은행 대학교 대학 대 학교 연구소 연구원 센터 방송 통신 신문 일보
뉴스 그룹 전자 증권 보험 기구 기관 사령부 본부 총국 국 부 처 청 원 당 실 군 경찰 검찰 법원 의회 내각 정부 행정부
회의소 대표팀 국가대표팀 팀 구단 전선 포스트 타임스 타임즈 저널 트리뷴 헤럴드 위원단 사무국 사무소 노조 조합 학회 교회 성당 클럽 위원 공화국군 통신사 방송사 신문사 언론 그룹사
지검 경찰서 소방서 시청 구청 군청 도청 법인 협의회 거래소 병원 복지관 학원 박물관 미술관 도서관 회사 기업 중앙회 연구회 위원단
""".split(), key=len, reverse=True))
# Suffixes that also end ordinary words; they only count on a proper-noun stem.
WEAK_ORG_SUFFIXES = frozenset("대 국 부 처 청 원 당 실 군 팀 연합 센터".split())

PLACE_SUFFIXES = tuple(sorted("""
특별시 광역시 특별자치시 특별자치도 시 도 군 구 동 읍 면 주 현 역 공항 항구 반도 해협 지방 지역
기지 광장 공원 대교 타워 돔 구장 경기장 고속도로 청사
""".split(), key=len, reverse=True))
WEAK_PLACE_SUFFIXES = frozenset("시 도 군 구 동 면 읍 주 현 역".split())
# A one-morpheme proper noun ending in these is a district (강남구, 한남동); 시/도/주/현 need their own morpheme.
DISTRICT_SUFFIXES = frozenset("구 동 읍 면 군 역".split())
# Institutions named by their head noun alone.
STANDALONE_ORGS = frozenset("검찰 경찰 법원 대법원 헌법재판소 국회 국정원 해경 소방당국".split())

# --- people -----------------------------------------------------------------------------

# Heads of role/title nouns (matched as a suffix of the compound: 국가안보보좌관 -> 보좌관).
ROLE_HEADS = tuple(sorted("""
대통령 부통령 총리 국무총리 수상 장관 차관 의원 하원의원 상원의원 국회의원 대표 위원장 부위원장 의장 회장 부회장
사장 부사장 최고경영자 CEO 교수 명예교수 박사 연구원 연구자 기자 특파원 대변인 대사 총장 청장 시장 도지사 지사
군수 구청장 후보 후보자 당선인 당선자 감독 선수 코치 주장 골키퍼 수비수 공격수 미드필더 투수 타자 판사 검사
변호사 신부 목사 스님 왕자 공주 국왕 여왕 왕 황제 총재 부총재 비서 비서실장 보좌관 실장 국장 부장 단장 원장 소장
관장 이사장 참모장 총참모장 사령관 위원 작가 배우 가수 디자이너 천문학자 학자 과학자 경제학자 권한대행 국방위원장
최고사령관 주석 국가주석 총서기 서기장 교황 대주교 추기경 장군 대장 중장 소장 대령 회원 대법관 대법원장 검찰총장
경찰청장 앵커 감독관 조사관 고문 전무 상무 이사 부대표 원내대표 최고위원 당수 총통 행정관 비대위원장 운전사
본처 부인 아내 남편 장녀 차남 장남 차녀 전임 후임 창업자 설립자
""".split(), key=len, reverse=True))
# Role heads that are also ordinary words; they need a name right next to them.
WEAK_ROLE_HEADS = frozenset("시장 주장 이사 대표 위원 대장 소장 전임 후임 고문 왕 후보 선수 부인".split())
ROLE_MODIFIERS = frozenset("전 前 현 現 신임 초대 전임 선임 수석 부 차기 당시 명예 공동 직무대행".split())
HONORIFIC_NNB = frozenset("씨 군 양 옹 여사".split())

ANON_HEADS = frozenset("관계자 당국자 소식통 관리 관료 측근 목격자 주민 시민 전문가 소식통들 관계자들 당국자들 목격자들".split())

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
AMBIGUOUS_COUNTRIES = frozenset("수단 가나 기니 말리 차드 조지아 도미니카 오만 인도 칠레 터키 콩고 통가 세이셸".split())
NOT_ORG = frozenset("지도부 수뇌부 집행부 간부 외부 내부 일부 전부 본부 상부 하부 세부 남부 북부 동부 서부 중부".split())
NAME_STOP_NOUNS = frozenset("산하 이상 소속 당시 이후 이전 현재 최근 관련 측 등 내 외 전 후 현지 해당".split())
