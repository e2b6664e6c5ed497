"""Organisations as general knowledge: international bodies and their acronyms, Korean
parties, ministries, agencies, courts, broadcasters, newspapers, news agencies and large
companies. Not taken from any article; a name here is an organisation wherever it appears.
"""
from __future__ import annotations


def _w(s: str) -> frozenset[str]:
    return frozenset(s.split())


INTERNATIONAL = _w("""
유엔 UN 국제연합 국제연맹 유엔총회 안보리 유엔안보리 나토 NATO 북대서양조약기구 EU 유럽연합 유럽의회 유럽위원회 집행위원회
IMF 국제통화기금 세계은행 WB IBRD WHO 세계보건기구 IAEA 국제원자력기구 OPEC 석유수출국기구 WTO 세계무역기구 OECD 경제협력개발기구
ASEAN 아세안 동남아국가연합 APEC G7 G8 G20 브릭스 BRICS AU 아프리카연합 아랍연맹 FIFA 국제축구연맹 IOC 국제올림픽위원회
AFC UEFA 아시아축구연맹 유럽축구연맹 ICC 국제형사재판소 ICJ 국제사법재판소 유네스코 UNESCO 유니세프 UNICEF UNHCR 유엔난민기구
UNDP WFP 세계식량계획 FAO 식량농업기구 ILO 국제노동기구 ITU WMO 세계기상기구 WIPO 인터폴 국제형사경찰기구 적십자 국제적십자
국제적십자위원회 ICRC 국경없는의사회 앰네스티 국제앰네스티 그린피스 휴먼라이츠워치 OSCE 상하이협력기구 SCO 걸프협력회의 GCC
ADB 아시아개발은행 AIIB 아시아인프라투자은행 IEA 국제에너지기구 IPCC NASA  ESA 유럽우주국 JAXA CERN 세른 CIA FBI NSA 펜타곤
백악관 국무부 국방부 재무부 상무부 법무부 국토안보부 연준 연방준비제도 FRB ECB 유럽중앙은행    크렘린 크렘린궁
외무성 국방성 방위성 재무성 경제산업성 문부과학성 후생노동성 국토교통성 총무성 법무성 환경성 농림수산성 인민무력성
교황청 엘리제궁 다우닝가  탈레반 하마스 헤즈볼라 알카에다  ISIS 이슬람국가 보코하람 알샤바브 후티 무슬림형제단 쿠르드노동자당 PKK
""")

KOREA = _w("""
청와대 대통령실 국회  국무회의 국무총리실 총리실 감사원 국가정보원 국정원 방송통신위원회 방통위 공정거래위원회 공정위 금융위원회 금융위
금융감독원 금감원 국민권익위원회 권익위 국가인권위원회 인권위 중앙선거관리위원회 선관위 원자력안전위원회 개인정보보호위원회
기획재정부 기재부 교육부 교육과학기술부 교과부 과학기술정보통신부 과기정통부 미래창조과학부 미래부 외교부 외교통상부 통일부 법무부
국방부 행정안전부 행안부 안전행정부 행정자치부 문화체육관광부 문체부 농림축산식품부 농식품부 산업통상자원부 산업부 지식경제부 보건복지부
복지부 환경부 고용노동부 노동부 여성가족부 여가부 국토교통부 국토부 국토해양부 해양수산부 해수부 중소벤처기업부 중기부 국가보훈부 보훈처
국세청 관세청 조달청 통계청 검찰청 대검찰청 대검 병무청 방위사업청 방사청 경찰청 소방청 문화재청 국가유산청 산림청 특허청 기상청 질병관리청
질병관리본부 질본 국립과학수사연구원 국과수 중앙방역대책본부 방대본 중앙재난안전대책본부 중대본 중앙사고수습본부 중수본 질병청 식품의약품안전처 식약처 해양경찰청 해경 새만금개발청 행정중심복합도시건설청 인사혁신처 법제처 국가보훈처
대법원 헌법재판소 헌재 서울중앙지법 서울중앙지검 서울고법 서울고검 중앙지법 중앙지검 합동참모본부 합참 육군 해군 공군 해병대
한국은행 한은 산업은행 기업은행 수출입은행 한국전력 한전 한국수력원자력 한수원 한국철도공사 코레일 한국도로공사 한국토지주택공사 LH
국민건강보험공단 건보공단 국민연금공단 국민연금 한국거래소  예금보험공사 한국가스공사 한국관광공사 인천국제공항공사 
더불어민주당 민주당 국민의힘 정의당 국민의당 바른미래당 자유한국당 새누리당 한나라당 새정치민주연합 민주통합당 열린우리당 통합진보당
진보신당 민주노동당 미래통합당 미래한국당 더불어시민당 열린민주당 조국혁신당 개혁신당 기본소득당 진보당 녹색당 자유선진당 친박연대
조선노동당 로동당 조선로동당 조선중앙통신 노동신문 로동신문 조선인민군 인민군 국방위원회 국무위원회 최고인민회의 조선중앙TV
민주노총 한국노총 전국민주노동조합총연맹 전교조 참여연대 경실련 민변 전경련 대한상의 대한상공회의소 경총 한국경영자총협회 무역협회
KBS MBC SBS EBS YTN JTBC TV조선 MBN 채널A 연합뉴스 연합뉴스TV 뉴시스 뉴스1 조선일보 중앙일보 동아일보 한겨레 경향신문 한국일보
국민일보 서울신문 세계일보 문화일보 매일경제 한국경제 머니투데이 오마이뉴스 프레시안 노컷뉴스 CBS 아리랑TV
삼성 삼성전자 삼성그룹 삼성SDI 삼성물산 삼성생명  현대자동차 현대차 현대그룹 현대중공업  기아차 LG LG전자 LG화학 SK
SK하이닉스 SK텔레콤 KT 포스코 롯데 롯데그룹 한화 GS CJ 두산 신세계 이마트 한진 대한항공 아시아나 아시아나항공 네이버 카카오 쿠팡
배달의민족 넥슨 엔씨소프트 기아 KIA 키움 넥센 SSG 넷마블 하이브 셀트리온 농협 NH농협 국민은행 KB국민은행 신한은행 우리은행 하나은행 KB 신한 하나금융
서울대 연세대 고려대 카이스트 KAIST 포스텍 서울대학교 연세대학교 고려대학교 한국과학기술원 서울대병원 세브란스 KBO 대한축구협회
""")

GLOBAL_COMPANIES = _w("""
구글 알파벳 애플 아마존 마이크로소프트  메타 페이스북 트위터  인스타그램 유튜브 넷플릭스 테슬라 스페이스X 오픈AI OpenAI 엔비디아
인텔 AMD 퀄컴 IBM 오라클 시스코 HP  TSMC 화웨이 샤오미 알리바바 텐센트 바이두 틱톡 바이트댄스 소니 도요타 혼다 닛산 파나소닉
소프트뱅크 닌텐도 미쓰비시 폭스바겐 BMW 벤츠 메르세데스벤츠 볼보 GM 포드 크라이슬러 보잉 에어버스 록히드마틴 노키아 에릭슨
지멘스 유니레버 네슬레 코카콜라 펩시 맥도날드 스타벅스 월마트 코스트코 나이키 아디다스 골드만삭스 JP모건 모건스탠리 블랙록
CNN BBC NHK AP AFP 로이터 로이터통신 블룸버그 신화통신 신화사 교도통신 이타르타스 타스 인테르팍스 리아노보스티 알자지라 폭스뉴스
뉴욕타임스 뉴욕타임즈 워싱턴포스트 월스트리트저널 WSJ 파이낸셜타임스 FT 가디언  르몽드 슈피겔 아사히신문 요미우리신문
마이니치신문 니혼게이자이신문 닛케이 환구시보 인민일보  위키백과 위키피디아 위키미디어 위키뉴스
도이체벨레 스푸트니크 자유아시아방송 RFA VOA 르피가로 엘파이스 타임스오브인디아
스포티파이 사운드클라우드 샤잠 애플뮤직 유튜브뮤직 트위치 디즈니플러스 에어비앤비 우버 텔레그램 왓츠앱 위챗 웨이보
디스코드 레딧 링크드인 스냅챗 핀터레스트 페이팔 이베이 알리익스프레스 테무
미국의소리 러시아의소리 요미우리 아사히 마이니치 산케이신문 산케이 지지통신 연합통신 조선신보 CCTV중앙방송 중국중앙TV
팔레스타인해방기구 PLO 모사드 신베트 MI6 KGB FSB 이슬람혁명수비대 혁명수비대 바그너그룹 와그너그룹 알카에다 알카이다
록히드 레이시온 노스럽그러먼 제너럴다이내믹스 BAE시스템스 탈레스 사브 삼성디스플레이 마이크론
""")

# film studios, entertainment agencies and music groups (KLUE tags a group as an organisation)
ENTERTAINMENT = _w("""
마블 마블스튜디오 마블스튜디오스 드림웍스 디즈니 월트디즈니 워너브라더스 픽사 유니버설픽처스 파라마운트 소니픽처스 20세기폭스
SM엔터테인먼트 YG엔터테인먼트 JYP엔터테인먼트 빅히트 빅히트엔터테인먼트 어도어 스타쉽엔터테인먼트 큐브엔터테인먼트
방탄소년단 BTS 블랙핑크 레드벨벳 트와이스 빅뱅 엑소 세븐틴 뉴진스 아이브 에스파 소녀시대 원더걸스 동방신기 슈퍼주니어
샤이니 르세라핌 스트레이키즈 마마무 투모로우바이투게더 엔시티 NCT 여자아이들 오마이걸 비투비 인피니트 티아라 씨엔블루
""")

# the defence industry of Korea (the news on arms exports names them without a kind noun)
KOREA_DEFENCE = _w("""
한화에어로스페이스 한화시스템 한화오션 한국항공우주산업 KAI LIG넥스원 현대로템 풍산 현대위아 HD현대중공업 대우조선해양
국방과학연구소 ADD 국방기술품질원 방위사업청 방사청
""")

# Korean platforms and media not in KOREA above (names that are not also common words:
# 다음, 멜론, 알라딘, 라인 and 웨이브 are left out)
KOREA_MORE = _w("""
아시아경제 헤럴드경제 이데일리 파이낸셜뉴스 아주경제 뉴데일리 데일리안 미디어오늘 시사IN 시사인 한겨레21 주간동아 월간조선
뉴스타파 머니S 뉴스핌 디지털타임스 전자신문 블로터 지디넷코리아 KBS뉴스 SBS뉴스 MBC뉴스
지니뮤직 벅스 왓챠 티빙 아프리카TV 인터파크 예스24 교보문고 지마켓 G마켓 11번가 위메프 티몬 마켓컬리 컬리 토스 카카오뱅크
케이뱅크 카카오톡 카카오페이 네이버웹툰 디시인사이드 에브리타임 네이트 요기요 당근마켓 야놀자 직방 무신사
LG유플러스 SK브로드밴드 KT스카이라이프 한경 매경 리얼미터 한국갤럽 갤럽 한국리서치 엠브레인 입소스 닐슨코리아
""")

ALL = INTERNATIONAL | KOREA | GLOBAL_COMPANIES | KOREA_MORE | KOREA_DEFENCE | ENTERTAINMENT

# Latin acronyms that are not organisations (units, tech, documents).
NOT_ORG_ACRONYMS = _w("""
GPU CPU NPU SSD RAM GDP GNP GNI CPI PPI TV PC IT AI CEO CFO CTO COO IPO M&A USB CD DVD SNS PDF LED LCD OLED GPS CCTV DNA RNA PCR HIV AIDS SARS MERS
ICBM SLBM SLV MDL NLL DMZ KTX SRT LTE 5G 4G VR AR API OS UFO MVP TNT UTC KST GMT IATA ICAO PM VIP FTA ODA MOU QR OTT NFT ETF
CO2 LNG LPG EV FC A B C D E OK VS vs ID PIN SMS MS
""")
