"""Sort what the text offers as a definition: an explanation, a bare category, another
name, or noise. Each rule is a named function; `judge` runs them in order and the first
that decides wins. Rules look at the shape of the phrase (Korean grammar), never at
particular words of particular articles.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..extract.textutil import HANGUL_ANY
from ..extract.wordlists import word_set
from .abbrev import is_abbreviation
from .rules import explain_rule

EXPLANATION, CATEGORY, OTHER_NAME, NOISE = "explanation", "category", "other-name", "noise"


@dataclass(frozen=True)
class Verdict:
    kind: str
    """EXPLANATION, CATEGORY, OTHER_NAME or NOISE."""
    text: str
    """The phrase, cleaned (outer punctuation removed)."""
    rule: str
    """Name of the rule that decided."""


_HANGUL = HANGUL_ANY
_LATIN_OR_HANJA = re.compile(r"^[A-Za-z0-9\u00c0-\u024f\u3400-\u9fff\uf900-\ufaff&.,'’\- ]+$")
_MODIFIER = re.compile(r"^[가-힣]+(?:된|한|던|는|진|난|할|될|운|온|간|인|았던|었던|했던|였던)$")
_ADVERBIAL = re.compile(r"^[가-힣]+적(?:인|으로)?$|^[가-힣]+(?:하게|히|이|로)$")
_NUMBERISH = re.compile(r"\d")
_SENTENCE_END = re.compile(r"(?:다|요|죠)[.!?]?$|(?:는데|지만|라고 한다)|[가-힣](?:고|며|으며|면서),\s")
_PAST_MODIFIER = re.compile(r"^[가-힣]+(?:던|된|할|될)$")
_APPOSED_NAME = re.compile(r"[가-힣]인\s+\S+$")
_MARKER = re.compile(r"^(?:\d+\s*(?:세|살|년|월|일|시|분|명|개|곳|건|호|회|차|위)?|[남여]|[남여]\s*,?\s*\d+\s*세?|"
                     r"현지\s*시간|현지시각|사진|자료|제공|가칭|주|유|사|재|전|현|구|신|대표|편집자\s*주|"
                     r"[가-힣]|[A-Za-z]|좌|우|왼쪽|오른쪽|위|아래|앞줄|뒷줄)$")


def clean(text: str) -> str:
    return text.strip().strip(",.;:·…\"'‘’“”()[] ").strip()


@explain_rule("quality", "롯데쇼핑(주), 김모씨(여, 65세), 시청(사진) → no gloss", "quality-bracket-marker")
def bracket_marker(text: str) -> bool:
    """Bracket markers (company form, sex and age, photo, local time, one letter) are never glosses."""
    return bool(_MARKER.match(clean(text)))


@explain_rule("quality", "GDP = 'Gross Domestic Product', 국보 = '國寶' → another name", "quality-other-name")
def _another_name(term: str, text: str, glosses) -> Verdict | None:
    """A phrase in Latin letters or Hanja only, or equal to a gloss, is another name, not an explanation."""
    if _LATIN_OR_HANJA.match(text) or text in glosses or text == term \
            or is_abbreviation(text, term) or is_abbreviation(term, text):
        return Verdict(OTHER_NAME, text, "another_name")
    return None


@explain_rule("quality", "인구는 12만 5000여 명 정도 → noise", "quality-value-not-definition")
def _value_not_definition(term: str, text: str, glosses) -> Verdict | None:
    """A phrase that carries a number states a value or a date, not what the term means."""
    words = text.split()
    if _NUMBERISH.search(text) and (len(words) <= 6 or _NUMBERISH.match(text)):
        return Verdict(NOISE, text, "value_not_definition")
    return None


@explain_rule("quality", "격변 = '대대적', 규제완화 = '획기적' → noise", "quality-evaluative-word")
def _evaluative_word(term: str, text: str, glosses) -> Verdict | None:
    """A lone adjectival or adverbial word (…적, …하게) judges the thing; it does not define it."""
    if " " not in text and _ADVERBIAL.match(text):
        return Verdict(NOISE, text, "evaluative_word")
    return None


@explain_rule("quality", "광명성 = '탑재된 위성' → noise (the clause lost its arguments)", "quality-cut-relative-clause")
def _cut_relative_clause(term: str, text: str, glosses) -> Verdict | None:
    """A short phrase that opens with a bare verb modifier is a relative clause cut from its arguments."""
    words = text.split()
    if len(words) >= 2 and (_PAST_MODIFIER.match(words[0]) or (len(words) <= 3 and _MODIFIER.match(words[0]))):
        return Verdict(NOISE, text, "cut_relative_clause")
    return None


@explain_rule("quality", "게임클럽 = '유튜브 채널인 사회' → noise (the phrase ends in another name)", "quality-apposed-name")
def _apposed_name(term: str, text: str, glosses) -> Verdict | None:
    """A phrase ending in 'NOUN인 WORD' names something else by apposition; it does not define the term."""
    if _APPOSED_NAME.search(text):
        return Verdict(NOISE, text, "apposed_name")
    return None


@explain_rule("quality", "…이사는 … 해킹이라고 한다 → noise (a whole report, not a definition)", "quality-whole-sentence")
def _whole_sentence(term: str, text: str, glosses) -> Verdict | None:
    """A phrase that is itself a finished sentence or joins clauses reports; it does not define."""
    if _SENTENCE_END.search(text) or len(text) > 160:
        return Verdict(NOISE, text, "whole_sentence")
    return None


@explain_rule("quality", "Cas9 = '효소' → category '효소의 하나'", "quality-bare-category")
def _bare_category(term: str, text: str, glosses) -> Verdict | None:
    """One Korean noun alone names the kind of thing (a category), not what sets it apart."""
    if " " not in text and _HANGUL.search(text):
        if len(text) < 2 or text in word_set("explain_not_categories"):
            return Verdict(NOISE, text, "bare_category")
        return Verdict(CATEGORY, text, "bare_category")
    return None


@explain_rule("quality", "평형수 = '배의 무게중심을 잡기 위해 싣는 바닷물' → explanation", "quality-explanation")
def _described_kind(term: str, text: str, glosses) -> Verdict | None:
    """Three or more words with Korean in them say what kind of thing the term is and how it differs."""
    words = text.split()
    if len(words) >= 3 and _HANGUL.search(text) and len(text) >= 8:
        return Verdict(EXPLANATION, text, "described_kind")
    if len(words) == 2 and _HANGUL.search(words[-1]):
        return Verdict(CATEGORY, text, "described_kind")  # 시아파 종교행사: a narrowed category
    return None


@explain_rule("quality", "사쿠라 트릭 = '겨울 애니메이션 시리즈' → noise (the title of one work)", "quality-named-work")
def _named_work(term: str, text: str, glosses) -> Verdict | None:
    """A phrase whose head is a kind of work (시리즈, 영화, 앨범, 곡) makes the term a title, not a term."""
    head = text.split()[-1] if text.split() else ""
    if any(head.endswith(h) for h in word_set("explain_work_heads")):
        return Verdict(NOISE, text, "named_work")
    return None


RULES = (_another_name, _named_work, _value_not_definition, _evaluative_word, _cut_relative_clause,
         _apposed_name, _whole_sentence, _bare_category, _described_kind)


@explain_rule("quality", "방화수류정 = '화성의 동북쪽에 있는 누각' → a place with that description", "quality-actor-head")
def actor_kind(text: str) -> str | None:
    """An explanation whose head noun is a kind of place or body (누각, 고분, 단체) describes an actor, not a term."""
    head = clean(text).split()[-1] if clean(text) else ""
    for kind, name in (("place", "explain_place_heads"), ("organization", "explain_org_heads")):
        if any(head.endswith(h) for h in word_set(name)):
            return kind
    return None


def judge(term: str, text: str, glosses=()) -> Verdict:
    """What `text`, offered as a definition of `term`, really is."""
    t = clean(text)
    if not t:
        return Verdict(NOISE, t, "empty")
    for r in RULES:
        v = r(term, t, tuple(glosses))
        if v is not None:
            return v
    return Verdict(NOISE, t, "no_rule")
