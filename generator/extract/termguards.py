"""Guards that keep actors, answers and names out of the term list.

A term is something a reader might look up; people, well-known organisations, survey answers
and the names given with `X라는 이름` are not.
"""
from __future__ import annotations

import re

from . import lexicon as L
from . import orglex as O

# "(25·현대모비스)": a bracket opening with an age describes a person
_AGE = re.compile(r"^\d{1,3}(?:세|살)?$")


def _known_org(term: str, org_names: set[str]) -> bool:
    """An organisation the reader already knows (general lexicon) or the article names as one
    without a descriptor the reader would need (`국책기업 라피더스` stays: an unfamiliar body)."""
    return term in L.ORGS or term in O.ALL


# head nouns of `X라는 N` that make X a name or a title, not a term
NAME_NOUNS = frozenset("이름 제목 필명 닉네임 아이디 예명 가명".split())


def _survey_option(toks, c: int) -> bool:
    """`‘대기업’(68.8%)`: a quoted answer with its share is a survey option, not a coinage."""
    k = c + 1
    return k + 1 < len(toks) and toks[k].form == "(" and toks[k + 1].tag == "SN"
