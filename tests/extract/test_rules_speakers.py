"""One case per registered speaker rule (`generator/extract/speakers.py`, `subjects.py`).

Each case is a sentence written for this test (invented names) and the speaker of each of its
quotations, given by the quotation's first words. Each case fails if its rule is removed.
"""
from __future__ import annotations

import pytest

from ..extract_support import analyse_body

CASES = [
    pytest.param('한가람 교수는 "예산이 너무 적다"라고 말했다.', {"예산이 너무 적다": "한가람"},
                 id="speakers-topic-before-quotation"),
    pytest.param('"예산이 너무 적다"라고 한가람 교수는 밝혔다.', {"예산이 너무 적다": "한가람"},
                 id="speakers-subject-after-quotation"),
    pytest.param("‘국민을 속였다’라고 표현한 한지호 대표의 발언에 정부가 반발했다.", {"국민을 속였다": "한지호"},
                 id="speakers-relative-clause-head"),
    pytest.param('시민들은 "물가가 너무 올랐다"며 걱정하는 사람도 있었다.', {"물가가 너무 올랐다": "시민들"},
                 id="speakers-crowd-named-before"),
    pytest.param('경찰 관계자는 해적들도 "돈을 원한다"는 말을 했다고 전했다.', {"돈을 원한다": "해적들"},
                 id="speakers-reported-report"),
    pytest.param('나래재단은 어제 한가람 교수를 초청했다. 그는 "예산이 적다"라고 말했다.', {"예산이 적다": "한가람"},
                 id="speakers-pronoun"),
    pytest.param('도민준 장관의 발표에 대해 한가람 교수는 "예산이 적다"라고 말했다. 이어 "내년에는 늘려야 한다"고 덧붙였다.',
                 {"예산이 적다": "한가람", "내년에는 늘려야 한다": "한가람"}, id="speakers-previous-speaker"),
    pytest.param('도민준 장관이 기자회견을 열었다. 그리고 "예산을 늘리겠다"고 했다.', {"예산을 늘리겠다": "도민준"},
                 id="speakers-previous-sentence-actor"),
    pytest.param('한빛시 의회, "요금을 올리지 않겠다"고 밝혔다.', {"요금을 올리지 않겠다": "한빛시 의회"},
                 id="speakers-headline-before-mark"),
    pytest.param("대통령실에서 “검토한 바 없다”라고 했다.", {"검토한 바 없다": "대통령실"},
                 id="speakers-body-speaking-in"),
    pytest.param('일부 누리꾼들은 "너무 비싸다"라고 적었다.', {"너무 비싸다": "누리꾼들"},
                 id="speakers-crowd-subject"),
    pytest.param('나래시 관계자는 사업을 설명했다. 이 관계자는 "예산은 충분하다"고 말했다.',
                 {"예산은 충분하다": "나래시 관계자"}, id="speakers-definite-description"),
    pytest.param("유서에서는 “가족에게 미안하다”라는 내용이 적혀 있었다.", {"가족에게 미안하다": "유서"},
                 id="speakers-document-source"),
    pytest.param('한가람 교수는 "믿을 수 없다"며 북한이 핵을 보유했다는 사실을 비판했다.', {"믿을 수 없다": "한가람"},
                 id="speakers-embedded-subject"),
    pytest.param('토론토 상인회는 "손님이 줄었다"고 말했다.', {"손님이 줄었다": "토론토 상인회"},
                 id="speakers-phrase-around-place"),
    pytest.param("'나래일보'는 '정부가 실패했다'라고 보도했다.", {"정부가 실패했다": "나래일보"},
                 id="speakers-quoted-name-subject"),
    pytest.param('나래재단은 신중한데, 한가람 교수는 "당장 시행해야 한다"라고 말했다.', {"당장 시행해야 한다": "한가람"},
                 id="speakers-clause-closed"),
    pytest.param('이들은 "집으로 돌아가고 싶다"고 말했다.', {"집으로 돌아가고 싶다": "이들"},
                 id="speakers-these-people"),
    pytest.param('다라칸 자신들은 "우리는 죄가 없다"라고 주장했다.', {"우리는 죄가 없다": "다라칸"},
                 id="speakers-unclassified-name-subject"),
    pytest.param('북측 연락대표가 "회담을 연기하자"고 말했다.', {"회담을 연기하자": "북측 연락대표"},
                 id="speakers-unnamed-post"),
]


# role phrases with no name (`rolerefs`): the person the article introduced with that role
ROLE_CASES = [
    pytest.param("에밀 로랑 프랑스 국무총리가 10일 서울에 왔다. 프랑스 총리는 “협력하겠다”고 말했다.",
                 {"협력하겠다": "에밀 로랑"}, id="speakers-role-same-title"),
    pytest.param("하인츠 베버 독일 부총리는 10일 회견을 했다. 독일 총리는 “협력하겠다”고 말했다.",
                 {"협력하겠다": "독일 총리"}, id="speakers-role-rank-prefix"),
    pytest.param("에밀 로랑 프랑스 대통령과 한스 뮐러 독일 대통령이 만났다. 독일 대통령은 “협력하겠다”고 말했다.",
                 {"협력하겠다": "한스 뮐러"}, id="speakers-role-affiliation"),
    pytest.param("에밀 로랑 프랑스 대통령이 10일 서울에 왔다. 프랑스 대통령은 “동맹이 중요하다”고 말했다.",
                 {"동맹이 중요하다": "에밀 로랑"}, id="speakers-role-phrase"),
]


@pytest.mark.parametrize("body,speakers", CASES + ROLE_CASES)
def test_speaker_rule(analyser, body, speakers):
    _, an = analyse_body(body, analyser)
    got = {q.text: q.speaker for q in an.quotes}
    assert got == speakers
