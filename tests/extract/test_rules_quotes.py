"""One case per registered quotation rule (`quotes.py`, `quotefill.py`, `qgrammar.py`, `qspans.py`).

Each case is a sentence written for this test (invented names): the quotations the engine
reports, in order, as (text, speaker). A case with no quotation checks a rule that says a
quoted phrase is not a saying. Each case fails if its rule is removed.
"""
from __future__ import annotations

import pytest

from ..extract_support import analyse_body


def case(body: str, quotes: list, title: str = "테스트 기사", id: str = ""):
    return pytest.param(body, quotes, title, id=id)


CASES = [
    case('"세금을 낮추겠다", "일자리를 늘리겠다"고 도민준 후보는 말했다.', [('세금을 낮추겠다', '도민준'), ('일자리를 늘리겠다', '도민준')],
         id='quotes-joined-chain'),
    case('"세금을 낮추겠다", (도민준 후보는) "일자리를 늘리겠다"고 말했다.', [('세금을 낮추겠다', '도민준'), ('일자리를 늘리겠다', '도민준')],
         id='speakers-one-speaker-per-chain'),
    case('나래경찰청에 따르면 "용의자는 도주 중이다".', [('용의자는 도주 중이다', '나래경찰청')],
         id='quotes-noun-source'),
    case('"사고 원인은 과속"이라는 운전자의 주장이 나왔다.', [('사고 원인은 과속', '운전자')],
         id='speakers-genitive-speaker'),
    case('한가람 장관도 결정을 환영했다. “이번 합의는 큰 진전이다.”', [('이번 합의는 큰 진전이다.', '한가람')],
         id='quotes-sentence-alone'),
    case('그는 이웃을 "게으른 사람", "거짓말하는 사람" 등으로 지칭했다.', [('게으른 사람', None), ('거짓말하는 사람', None)],
         id='quotes-epithet-list'),
    case('그 섬은 "바람의 섬"이라고 불리는 곳이다.', [],
         id='quotes-naming-verb'),
    case('요즘 "킹 달러"라고 하는데 환율이 높다.', [],
         id='quotes-called-so'),
    case('한가람 교수는 "예산이 부족하다"라고 말했다.', [('예산이 부족하다', '한가람')],
         id='quotes-quotative-ending'),
    case('한가람 교수는 "예산이 부족하다"라는 입장을 밝혔다.', [('예산이 부족하다', '한가람')],
         id='quotes-speech-noun-clause'),
    case('"이웃을 도와야 한다"는 것이 강론의 주요 내용이었다.', [('이웃을 도와야 한다', None)],
         id='quotes-gist-clause'),
    case('한가람 장관은 "철도역사에 새 이정표"가 세워졌다는 발언을 했다.', [('철도역사에 새 이정표', '한가람')],
         id='quotes-subject-of-saying'),
    case("누리꾼들은 '너무 비싸다', '환불해 달라' 등의 말을 하고 있다.", [('너무 비싸다', '누리꾼들'), ('환불해 달라', '누리꾼들')],
         id='quotes-list-of-sayings'),
    case('한가람 총리는 "각국 장관들이 협조해 주기 바란다"를 요청하였다.', [('각국 장관들이 협조해 주기 바란다', '한가람')],
         id='quotes-object-of-request'),
    case('한가람 씨는 "이제는 정말 끝이다" 하며 자리를 떴다.', [('이제는 정말 끝이다', '한가람')],
         id='quotes-ha-verb'),
    case('"이번 결정은 지역 경제를 살리는 중요한 계기가 될 것" 정부 관계자는 밝혔다.', [('이번 결정은 지역 경제를 살리는 중요한 계기가 될 것', '정부 관계자')],
         id='quotes-long-quote-then-verb'),
    case('한가람 장관은 “경제가 회복되지 않았다라고 장관이 말했다.', [('경제가 회복되지 않았다', '한가람')],
         id='quotes-unpaired-mark'),
    case('한가람 후보는 “세금을 낮추겠다"며 "일자리를 늘리겠다”고 말했다.', [('세금을 낮추겠다', '한가람'), ('일자리를 늘리겠다', '한가람')],
         id='quotes-split-mispaired-marks'),
    case('"… 도훈이 ‘집에 가고 싶다’는 취지의 발언을 했다"고 나래경찰 관계자는 전했다.', [('… 도훈이 ‘집에 가고 싶다’는 취지의 발언을 했다', '나래경찰 관계자'), ('집에 가고 싶다', None)],
         id='quotes-inner-saying'),
    case('‘지역 상권을 살려야 한다’(한가람 기획처장)는 주장이 나왔다.', [('지역 상권을 살려야 한다', '한가람')],
         id='speakers-signed-in-bracket'),
    case('본문이다.', [('예산 더 늘려야', '한가람')], title='한가람 장관 “예산 더 늘려야”',
         id='quotes-headline-saying'),
    case('본문이다.', [('예산 더 늘려야', '도민준')], title='“예산 더 늘려야” 도민준 장관이 밝혀',
         id='speakers-headline-speaker'),
    case('한가람 장관은 “예산을 더 늘려야 한다”고 말했다.', [('예산을 더 늘려야 한다', '한가람'), ('예산을 더 늘려야 한다', '한가람')], title='“예산을 더 늘려야 한다”',
         id='speakers-headline-from-body'),
    case('첫 문장이다.\n\n도민준 장관 “예산 더 늘려야” … 논란 계속\n\n본문 문장이다.', [('예산 더 늘려야', '도민준')],
         id='quotes-subheading-as-headline'),
    case('“예산이 부족해 많은 사업이 멈췄다. 내년에는 달라져야 한다.\n\n“반드시 늘리겠다”고 한가람 장관은 말했다.', [('예산이 부족해 많은 사업이 멈췄다. 내년에는 달라져야 한다.', '한가람'), ('반드시 늘리겠다', '한가람')],
         id='speakers-carried-over'),
]


@pytest.mark.parametrize("body,quotes,title", CASES)
def test_quote_rule(analyser, body, quotes, title):
    _, an = analyse_body(body, analyser, title=title)
    assert [(q.text, q.speaker) for q in an.quotes] == quotes


@pytest.mark.parametrize("body,verb", [
    pytest.param('한가람 장관은 "예산을 늘리겠다"라고 거듭 강조했다.', "강조했다", id="quotes-verb-of-saying"),
])
def test_verb_of_saying(analyser, body, verb):
    _, an = analyse_body(body, analyser)
    assert [q.verb for q in an.quotes] == [verb]


# grammatical cues that say what an unclassified name is (`cues`)
@pytest.mark.parametrize("body,name,kind", [
    pytest.param("대표단은 톨레미아에 도착했다.", "톨레미아", "place", id="quotes-cue-place-argument"),
    pytest.param("함대는 베르니카 앞바다에 머물렀다.", "베르니카", "place", id="quotes-cue-place-around-noun"),
    pytest.param("카벨로 관계자는 공장을 늘린다고 말했다.", "카벨로", "organization", id="quotes-cue-org-side-noun"),
])
def test_name_cue(analyser, body, name, kind):
    _, an = analyse_body(body, analyser)
    assert {m.kind for m in an.mentions if m.key == name} == {kind}
