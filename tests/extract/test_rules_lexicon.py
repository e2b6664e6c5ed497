"""Table-driven tests of the gazetteer's rules (`python -m generator rules`, ids `lexicon-…`).

Each case is a sentence written for this test: it is analysed in full (`analyse_body`), and
the gazetteer's verdict on the word is checked as the analyser read it (proper noun or not),
so that a case fails if its rule is removed. The extracted places are checked too.
"""
from __future__ import annotations

import pytest

from generator.extract.gazetteer import place_kind

from ..extract_support import analyse_body, kinds

CASES = [
    # (sentence, word, is it a place)
    pytest.param("차량이 인도로 돌진해 행인이 다쳤다.", "인도", False, id="lexicon-ambiguous-country"),
    pytest.param("대표단은 인도를 방문했다.", "인도", True, id="lexicon-ambiguous-country-proper-noun"),
    pytest.param("모든 것이 제 부덕의 소치입니다.", "소치", False, id="lexicon-ambiguous-city"),
    pytest.param("러시아 소치에서 회담이 열렸다.", "소치", True, id="lexicon-ambiguous-city-proper-noun"),
    pytest.param("관광객들이 쿠알라룸푸르에 몰렸다.", "쿠알라룸푸르", True, id="lexicon-known-place"),
    pytest.param("나주에서 배 축제가 열렸다.", "나주", True, id="lexicon-ambiguous-stem"),
    pytest.param("군은 내년 예산을 늘렸다.", "예산", False, id="lexicon-ambiguous-stem-common-noun"),
    pytest.param("태풍이 미야기현을 지나갔다.", "미야기현", True, id="lexicon-suffixed-stem"),
]


def _proper(analyser, sentence: str, word: str) -> bool:
    """Did the analyser tag (part of) `word` in `sentence` as a proper noun?"""
    start = sentence.index(word)
    toks = analyser.analyse([sentence])[0]
    inside = [t for t in toks if start <= t.start < start + len(word)]
    assert inside, (sentence, word)
    return any(t.tag == "NNP" for t in inside)


@pytest.mark.parametrize("sentence,word,is_place", CASES)
def test_gazetteer_rule(analyser, sentence, word, is_place):
    _art, an = analyse_body(sentence, analyser)
    assert place_kind(word, _proper(analyser, sentence, word)) is is_place
    assert (word in kinds(an, "place")) is is_place


def test_ambiguous_cities_only_narrow_the_gazetteer():
    """`cities_ambiguous` makes known cities places only as proper nouns; it adds no place."""
    from generator.extract import gazetteer as G
    assert G.AMBIGUOUS_CITIES and G.AMBIGUOUS_CITIES <= G.ALL_PLACES
