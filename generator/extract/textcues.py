"""Actors read from how the text is written around a word rather than from its morphemes.

- `사람인(www.saramin.co.kr)`: a name with its web address in brackets runs a website, a body;
- `민경욱 "선거 재개표 위해 후원해달라"`: in a headline (or a line written like one) a Korean
  full name right before a quotation is the person who said it;
- `허우한민(侯漢敏) 신장자치구 신문판공실 주임은`: a name glossed in Hanja and followed by a post
  is a person's;
- `중국의 쑨잉사에게 졌다`, `벨기에의 바시르 압디가 동메달을`: in a sentence about a match or its
  result, the name written after a country's 의 is an athlete's.

Both read the paragraph text, since the analyser often cuts such names (a company it does not
know, a name it reads as words) and a rule over noun chunks never sees them whole.
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .agebracket import _dictionary_noun_in, _particle_suits, sentence_at
from .collect import Actor, Collector
from .doc import Doc
from .labels import _korean_name
from .quotefill import _heading_like
from .rules import rule
from .wordlists import word_set

# a name (Hangul, Latin, digits; up to two words) right before a bracket holding a web address
_WEB_BRACKET = re.compile(
    r"(?<![가-힣A-Za-z0-9])([가-힣A-Za-z][가-힣A-Za-z0-9]{1,11}(?: [가-힣A-Za-z0-9]{2,11})?)"
    r"\((?:https?://)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.(?:com|net|org|kr|jp|cn|io|tv)(?:/[^)\s]*)?\)")


@rule("organisations", "취업포털 사람인(www.saramin.co.kr)이 → organisation 사람인; 홈페이지(lotto.co.kr) → none",
      "orgs-web-address-bracket")
def names_with_web_address(doc: Doc, col: Collector) -> None:
    """A name followed by a web address in brackets is the body that runs the site (a company,
    a portal, a newspaper), unless the word before the bracket is a common noun the analyser
    knows (홈페이지, 사이트, 업체: the address names the page, not a body)."""
    for para in doc.paras:
        for m in _WEB_BRACKET.finditer(para.text):
            start, end = para.start + m.start(1), para.start + m.end(1)
            first, _, second = m.group(1).partition(" ")
            if second and _common_noun_at(para, start, start + len(first), whole=True):
                start += len(first) + 1  # (취업포털 사람인: the kind of body is no part of the name)
            elif second and _common_noun_at(para, end - len(second), end, whole=True):
                end -= len(second) + 1  # (소프트다운타운 사이트: the site of the body)
            if _common_noun_at(para, start, end) or not _nouns_only(para, start, end) or _covered(col, start, end):
                continue
            col.found.append(Actor(doc.text[start:end], start, end, ORGANIZATION, sentence_at(para, start),
                                   confidence=0.6))


def _common_noun_at(para, start: int, end: int, whole: bool = False) -> bool:
    """Does the span end in a common noun the analyser knows (홈페이지, 온라인 사이트)? With
    `whole`, is the span made of such nouns only (취업포털)?"""
    toks = [t for t in para.toks if start <= t.start and t.end <= end]
    known = [t.tag == "NNG" and not t.oov for t in toks]
    if whole:
        return bool(toks) and all(known)
    return not toks or (known[-1] and toks[-1].end == end and len(toks) == 1)


def _nouns_only(para, start: int, end: int) -> bool:
    """Does the span start with a noun and hold no particle or verb (업체의, 위한)? The copula
    the analyser may read inside a name is allowed (사람인: 사람 + 이 + ㄴ)."""
    toks = [t for t in para.toks if start <= t.start < end]
    return bool(toks) and (toks[0].tag[:1] == "N" or toks[0].tag == "SL") \
        and not any(t.tag[:1] == "J" or t.tag[:1] == "V" and t.tag != "VCP" for t in toks)


def _covered(col: Collector, start: int, end: int) -> bool:
    return any(a.start < end and start < a.end for a in col.found)


# a headline (or a line written like one): `민경욱 "…"`, `민경욱, “…”` at its start or after ? / .
_HEADLINE_NAME = re.compile(r"(?:^|(?<=[?!.] ))([가-힣]{3}),? [\"“]")


@rule("people", '민경욱 "선거 재개표 위해 후원해달라" (a headline) → person 민경욱; 복지관 "1번만" → none',
      "people-headline-speaker-name")
def headline_speaker_names(doc: Doc, col: Collector) -> None:
    """In the headline, or a short line written like one, a Korean full name directly before an
    opening quotation mark is the person quoted (the headline convention `이름 "말"`); a word
    the analyser knows as a common noun, a place or a body is not."""
    for k, para in enumerate(doc.paras):
        if k > 0 and not _heading_like(para.text) and not _quote_line(para.text):
            continue
        for m in _HEADLINE_NAME.finditer(para.text):
            name = m.group(1)
            start, end = para.start + m.start(1), para.start + m.end(1)
            if not _korean_name(name) or name in G.ALL_PLACES or name in O.ALL or name in L.ORGS \
                    or _common_noun_at(para, start, end) or _covered(col, start, end):
                continue
            col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.6))


def _quote_line(text: str) -> bool:
    """A short line that is only a name and a quotation (`민경욱 "선거 재개표 위해 후원해달라"`)."""
    t = text.strip()
    return len(t) <= 80 and "\n" not in t and t.endswith(("\"", "”"))


_MATCH_WORDS = word_set("actors_match_words")
_COUNTRY_THEN_NAME = re.compile(
    r"(?<![가-힣])([가-힣]{2,8})의 ([가-힣]{2,5}(?: [가-힣]{2,5})?)(이|가|은|는|을|를|에게|와|과|도)(?=[\s,.])")


@rule("people", "중국의 쑨잉사에게 0-4로 졌다, 벨기에의 바시르 압디가 동메달을 → person 쑨잉사, 바시르 압디",
      "people-athlete-after-country")
def athletes_after_country(doc: Doc, col: Collector) -> None:
    """In a sentence about a match or its result (`actors_match_words`: 꺾었다, 금메달, 우승), one
    or two Hangul words after a country's 의, with a particle that suits them, name an athlete,
    read from the text since the analyser often cuts such names; not a word it knows as a common
    noun, nor a known place, body or post."""
    for para in doc.paras:
        for m in _COUNTRY_THEN_NAME.finditer(para.text):
            name, particle = m.group(2), m.group(3)
            start = para.start + m.start(2)
            end = start + len(name)
            if m.group(1) not in G.COUNTRIES or not _particle_suits(name, particle) or not _match_at(doc, para, start) \
                    or any(w in G.ALL_PLACES or w in O.ALL or w in L.ORGS or w in L.ROLE_HEADS for w in name.split()) \
                    or _dictionary_noun_in(para, start, end) or _covered(col, start, end):
                continue
            col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.5))


def _match_at(doc: Doc, para, offset: int) -> bool:
    """Does the sentence at `offset` report a match or its result?"""
    s = doc.sentences[sentence_at(para, offset)]
    return any(t.form in _MATCH_WORDS for t in para.toks if s.start <= t.start < s.end)


_HANJA_GLOSSED = re.compile(r"(?<![가-힣])([가-힣]{2,4})\(([\u4e00-\u9fff]{2,4})\)((?: [가-힣A-Za-z0-9]+){1,4})")
_PARTICLE_END = re.compile(r"(은|는|이|가|을|를|의|과|와|에게|도)$")


@rule("people", "허우한민(侯漢敏) 신장자치구 신문판공실 주임은 → person 허우한민; 국화(國花)이지만 → none",
      "people-hanja-glossed-before-post")
def hanja_glossed_names(doc: Doc, col: Collector) -> None:
    """A Hangul word glossed by as many Hanja or a few fewer (a name written in its characters;
    a Chinese name read in Chinese takes more syllables: 허우 for 侯), followed within four words by a post (주임, 회장, 대변인), is a person's name,
    read from the text since the analyser often reads such names as other words; a common noun
    it knows (국화(國花)) is not."""
    for para in doc.paras:
        for m in _HANJA_GLOSSED.finditer(para.text):
            name = m.group(1)
            start, end = para.start + m.start(1), para.start + m.end(1)
            if not 0 <= len(name) - len(m.group(2)) <= 2 or not _post_closes(m.group(3)) or name in G.ALL_PLACES \
                    or name in O.ALL or _dictionary_noun_in(para, start, end) or _covered(col, start, end):
                continue
            col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.6))


def _post_closes(words: str) -> bool:
    """Does a word ending in a post and a particle come among these words (`신문판공실 주임은`)?"""
    for w in words.split():
        stem = _PARTICLE_END.sub("", w)
        if stem != w:
            return stem in L.ROLE_HEADS
    return False
