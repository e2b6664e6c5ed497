"""Guards that keep actors, answers, names and ordinary words out of the term list.

A term is something a reader might look up; people, well-known organisations, survey answers,
amounts, times, the names given with `X라는 이름` and generic situation nouns are not. The word
lists the guards read are data files (`data/terms_*.yml`).
"""
from __future__ import annotations

import re

from . import lexicon as L
from . import orglex as O
from .wordlists import word_set, words

# "(25·현대모비스)": a bracket opening with an age describes a person
_AGE = re.compile(r"^\d{1,3}(?:세|살)?$")
_AMOUNT = re.compile(r"^\d[\d.,]*\s*[가-힣A-Za-z%]{0,3}$")

NAME_NOUNS = word_set("terms_name_nouns")
"""Head nouns of `X라는 N` that make X a name or a title, not a term (이름, 제목, 필명)."""
NOT_TERMS = word_set("terms_not_terms")
"""Words that head no term: times, deictics and generic situation nouns."""
LEADING_TIME_WORDS = word_set("terms_leading_time_words")
"""Words of time or sequence that open a phrase but are not part of the term (이날, 신형)."""
DIRECTION_NOUNS = word_set("terms_direction_nouns")
"""Nouns of direction or surroundings that end a word before a name: 서울방향, 역 인근, 시내 일대."""
WORK_NOUNS = words("terms_work_nouns")
"""Nouns after which a quotation or bracket is the title or name of a work, channel or document."""
_ROLE_WORDS = frozenset(L.ROLE_HEADS)


def _known_org(term: str) -> bool:
    """An organisation the reader already knows (general lexicon and organisation list); an
    unfamiliar body introduced with a descriptor (`국책기업 라피더스`) is not one."""
    joined = term.replace(" ", "")  # (‘미국의 소리’: written apart)
    return term in L.ORGS or term in O.ALL or joined in O.ALL


def _survey_option(toks, c: int) -> bool:
    """`‘대기업’(68.8%)`: a quoted answer with its share is a survey option, not a coinage."""
    k = c + 1
    return k + 1 < len(toks) and toks[k].form == "(" and toks[k + 1].tag == "SN"


def _term_like(term: str, names: set[str], persons: set[str]) -> bool:
    """No amounts, dates, times, names of people or places, or `NAME 전 대통령` phrases as terms."""
    if _AMOUNT.match(term) or term in NOT_TERMS or term in names or term in persons:
        return False
    ws = term.split()
    return not (len(ws) >= 2 and (ws[-1] in _ROLE_WORDS or ws[0] in persons))

# written forms of a term or a gloss
# Latin with accents, Greek, Cyrillic (El Niño, Müller, Домодедово)
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff][A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9&.'’\- ]*$")
_HANJA = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
_ACRONYM_GLOSS = re.compile(r"^[A-Z][A-Z0-9+&\-]{1,9}$")
