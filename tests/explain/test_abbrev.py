"""Abbreviations and their long forms, in either order (Schwartz & Hearst adapted to Korean)."""
from __future__ import annotations

import pytest

from generator.explain.abbrev import is_abbreviation
from generator.explain.quality import OTHER_NAME, judge


@pytest.mark.parametrize("short,long,yes", [
    pytest.param("방산", "방위산업", True, id="abbrev-schwartz-hearst"),
    pytest.param("국정원", "국가정보원", True, id="abbrev-schwartz-hearst-three"),
    pytest.param("비대위", "비상대책위원회", True, id="abbrev-schwartz-hearst-skips"),
    pytest.param("WHO", "World Health Organization", True, id="abbrev-schwartz-hearst-latin"),
    pytest.param("산방", "방위산업", False, id="abbrev-schwartz-hearst-order"),
    pytest.param("위원", "비상대책위원회", False, id="abbrev-schwartz-hearst-first-syllable"),
    pytest.param("HWO", "World Health Organization", False, id="abbrev-schwartz-hearst-latin-order"),
    pytest.param("방위산업", "방산", False, id="abbrev-schwartz-hearst-shorter"),
])
def test_is_abbreviation(short, long, yes):
    assert is_abbreviation(short, long) is yes


def test_an_abbreviation_given_as_a_definition_is_another_name():
    assert judge("방위산업", "방산").kind == OTHER_NAME
    assert judge("전경련", "전국경제인연합회").kind == OTHER_NAME
