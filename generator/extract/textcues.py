"""Actors read from how the text is written around a word rather than from its morphemes.

- `사람인(www.saramin.co.kr)`: a name with its web address in brackets runs a website, a body;
- `민경욱 "선거 재개표 위해 후원해달라"`: in a headline (or a line written like one) a Korean
  full name right before a quotation is the person who said it;
- `허우한민(侯漢敏) 신장자치구 신문판공실 주임은`: a name glossed in Hanja and followed by a post
  is a person's;
- `주심은 강우훈 대법관이 맡았다`: a word shaped like a Korean full name right before a post is
  the person holding it, also where the analyser cut the name (강우+후+ㄴ, 한지+윤);
- `모윤석(62) 교수를 선임했다. 모 교수는 …`, `니콜라 요바노비치가 … 요바노비치는`: later, a
  person the article named in full is written by the surname and a post, or by the last word of
  a foreign name; the analyser often misreads those short forms (모 'a certain', 편 'side');
- `한국여자프로골프(KLPGA)`: a word glossed by the acronym of a body we know is that body's name;
- `안철수 서울대융합과학기술대학원장, 대선 출마 선언`: a person everyone knows (`known_people`)
  written as a word of its own is that person, wherever no rule read anything there;
- `중국의 쑨잉사에게 졌다`, `벨기에의 바시르 압디가 동메달을`: in a sentence about a match or its
  result, the name written after a country's 의 is an athlete's.

All read the paragraph text, since the analyser often cuts such names (a company it does not
know, a name it reads as words) and a rule over noun chunks never sees them whole. Each adds an
actor only where no earlier rule read anything (`_covered`).
"""
from __future__ import annotations

import functools
import re

from ..model import ORGANIZATION, PERSON
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .agebracket import _dictionary_noun_in, sentence_at
from .collect import Actor, Collector
from .doc import Doc
from .label_words import PLACE_TITLES as _PLACE_TITLES
from .label_words import _role_suffix
from .labels import _korean_name
from .people import JA_END
from .quotefill import _heading_like
from .rules import rule
from .textutil import particle_suits
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


def _nouns_only(para, start: int, end: int, split_topic: bool = False) -> bool:
    """Does the span start with a noun and hold no particle or verb (업체의, 위한)? The copula
    the analyser may read inside a name is allowed (사람인: 사람 + 이 + ㄴ), and with
    `split_topic` the final ㄴ it may read as a topic particle (강우훈: 강우 + 후 + ㄴ)."""
    toks = [t for t in para.toks if start <= t.start < end]
    return bool(toks) and (toks[0].tag[:1] == "N" or toks[0].tag == "SL") \
        and not any((t.tag[:1] == "J" and not (split_topic and t.form == "ᆫ")) or t.tag[:1] == "V" and t.tag != "VCP"
                    or t.tag[:1] == "E" and t.tag != "ETM" or t.tag in ("XSV", "XSA") for t in toks)


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
            if m.group(1) not in G.COUNTRIES or not particle_suits(name, particle) or not _match_at(doc, para, start) \
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
    a Chinese name read in Chinese takes more syllables: 허우 for 侯), followed within four words
    by a post (주임, 회장, 대변인), is a person's name, read from the text since the analyser often
    reads such names as other words; a common noun it knows (국화(國花)) is not."""
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


_NAME_THEN_WORD = re.compile(r"(?<![가-힣])([가-힣]{3,4})(?=((?: [가-힣A-Za-z]{1,12}){1,3}))")
_SPLIT_NOT_ENDS = word_set("people_split_name_not_ends")
_CITY_STEMS = G.KR_CITY_STEMS | G.KR_AMBIGUOUS_STEMS | G.KR_DISTRICTS


@rule("people", "주심은 강우훈 대법관이 맡았다 → person 강우훈 (the analyser read 강우+후+ㄴ); 정부군 대변인 → none",
      "people-name-shape-before-post")
def names_before_post_in_text(doc: Doc, col: Collector) -> None:
    """A word shaped like a Korean full name, written right before a post (a role noun with or
    without its particle: 대법관이, 기자; maybe after a known place or body: 한국 대사가), is that
    person's name, read from the text where no rule read anything there (the analyser often cuts
    such names); not a common noun it knows, nor a word ending in a syllable that ends compounds
    (`people_split_name_not_ends`: 정부+군, 대학+생)."""
    for para in doc.paras:
        for m in _NAME_THEN_WORD.finditer(para.text):
            name = m.group(1)
            start, end = para.start + m.start(1), para.start + m.end(1)
            post = _post_after(m.group(2))
            if post is None or not _name_shaped(name) or _one_known_noun(para, start, end) \
                    or not _nouns_only(para, start, end, split_topic=True) or _covered(col, start, end):
                continue
            col.found.append(Actor(name, start, end, PERSON, sentence_at(para, start), confidence=0.6,
                                   role=None if post == "씨" else post))


def _one_known_noun(para, start: int, end: int) -> bool:
    """Is the span one common noun the analyser knows (대통령, 사무국)?"""
    toks = [t for t in para.toks if start <= t.start < end]
    return len(toks) == 1 and toks[0].tag == "NNG" and not toks[0].oov and toks[0].end == end


def _name_shaped(name: str) -> bool:
    return _korean_name(name) and name[-1] not in _SPLIT_NOT_ENDS and name not in L.NAME_STOP_NOUNS \
        and name not in G.ALL_PLACES and name not in O.ALL and name not in L.ORGS and name not in L.ROLE_HEADS


def _post_after(words: str) -> str | None:
    """The post among the next words, after known places or bodies only (`한국 대사가`, `대법관이`)."""
    for w in words.split():
        if _post_word(w):
            return _PARTICLE_END.sub("", w)
        if not (w in G.ALL_PLACES or w in O.ALL or w in L.ORGS):
            return None
    return None


@functools.lru_cache(maxsize=65536)
def _post_word(word: str) -> bool:
    """Is the word a post or 씨, alone or with a particle that suits it (대법관이, 기자는, 씨와)?"""
    if _post_noun(word):
        return True
    stem = _PARTICLE_END.sub("", word)
    particle = word[len(stem):]
    return stem != word and _post_noun(stem) and particle_suits(stem, particle)


def _post_noun(word: str) -> bool:
    """A post, 씨, a compound ending in a post (마포구청장, 도시교통본부장) or a city's or county's
    head (진주시장, 공주군수: after a name, 시장 is the mayor, not a market)."""
    return word in L.ROLE_HEADS or word == "씨" or (len(word) >= 4 and _role_suffix(word, ["NNG"])) \
        or any(word.endswith(h) and _city_stem(word[: -len(h)]) for h in _PLACE_TITLES)


def _city_stem(stem: str) -> bool:
    """A Korean city's, county's or district's name without its suffix (진주, 공주, 마포)."""
    return stem in _CITY_STEMS or (len(stem) == 2 and any(stem + x in G.ALL_PLACES for x in "시군구"))


_PARTICLES = ("은", "는", "이", "가", "을", "를", "의", "과", "와", "에게", "도", "에", "로", "으로")
# words for a person written after a surname (모 할머니는, 김 군은): the person named in full before
_PERSON_NOUNS = frozenset(("할머니", "할아버지", "군", "양", "옹", "여사", "씨"))


@rule("people", "모윤석(62) 교수를 … 모 교수는, 편상우(34)씨 … 편씨는 → person 모, 편 (keyed to the full name); "
      "니콜라 요바노비치가 … 요바노비치는 → person",
      "people-later-short-form")
def later_short_forms(doc: Doc, col: Collector) -> None:
    """After the article names a person in full, a later `surname + post` (모 교수는, 편 수석은),
    `surname + 씨` (편씨는) or `surname + 할머니/군/양` (모 할머니는), or the last word of a
    foreign name of two words or more with a suiting particle (요바노비치는; not `하인리히 법칙`,
    a compound), is that person again, read from the text where no rule read anything there.
    The short form is keyed to the full name later (`actorkeys.fullest_forms`); a company's
    name without its tail likewise (`orgs-later-short-form`)."""
    people = [a for a in col.found if a.kind == PERSON]
    for a in people:
        if _korean_name(a.text):
            _surname_then_post(doc, col, a)
        else:
            _last_word_alone(doc, col, a)
    for a in [a for a in col.found if a.kind == ORGANIZATION]:
        _company_without_tail(doc, col, a)


_BRAND_TAILS = tuple(sorted(word_set("org_brand_tails"), key=len, reverse=True))


@rule("organisations", "소속사 스텔라엔터테인먼트는 … 스텔라 측은 → organisation 스텔라 (keyed 스텔라엔터테인먼트)",
      "orgs-later-short-form")
def _company_without_tail(doc: Doc, col: Collector, body: Actor) -> None:
    """After a company named with a loanword tail (`org_brand_tails`: 엔터테인먼트, 뮤직), its name
    without the tail, two syllables or more, written later with a particle or 측 is that company."""
    tail = next((t for t in _BRAND_TAILS if body.text.endswith(t)), None)
    stem = body.text[: -len(tail)].rstrip() if tail and tail != "코리아" else ""  # (애플 is not 애플코리아)
    if len(stem) < 2 or _HANGUL_WORD.match(stem) is None or stem in G.ALL_PLACES:
        return
    for m in _stem_pattern(stem).finditer(doc.text, body.end):
        start, end = m.start(), m.start() + len(stem)
        if (m.group(1) or particle_suits(stem, m.group(2))) and not _covered(col, start, end):
            col.found.append(Actor(stem, start, end, ORGANIZATION, _sentence_of(doc, start), confidence=0.6))


def _surname_then_post(doc: Doc, col: Collector, person: Actor) -> None:
    surname = person.text[:2] if len(person.text) == 4 else person.text[0]
    if surname in L.ROLE_MODIFIERS:
        return  # (전두환 전 대통령: 전 'former', 현 'current' before a post)
    pat = _surname_pattern(surname)
    for m in pat.finditer(doc.text, person.end):
        start, end = m.start(), m.start() + len(surname)
        post = m.group(1)
        if (m.group(2) or _post_word(post) or _PARTICLE_END.sub("", post) in _PERSON_NOUNS) \
                and not _covered(col, start, end):
            role = _PARTICLE_END.sub("", post) if post and _post_word(post) else None
            col.found.append(Actor(surname, start, end, PERSON, _sentence_of(doc, start), confidence=0.6,
                                   role=None if role == "씨" else role))


def _last_word_alone(doc: Doc, col: Collector, person: Actor) -> None:
    words = person.text.split()
    last = words[-1]
    if len(words) < 2 or len(last) < 2 or _HANGUL_WORD.match(last) is None or last in G.ALL_PLACES or last in O.ALL:
        return
    pat = _last_word_pattern(last)
    for m in pat.finditer(doc.text, person.end):
        start, end = m.start(), m.start() + len(last)
        if m.group(1) is not None and particle_suits(last, m.group(1)) and not _covered(col, start, end):
            col.found.append(Actor(last, start, end, PERSON, _sentence_of(doc, start), confidence=0.6))


_HANGUL_WORD = re.compile(r"^[가-힣]+$")


@functools.lru_cache(maxsize=4096)
def _surname_pattern(surname: str) -> re.Pattern:
    return re.compile(r"(?<![가-힣])" + surname + r"(?: ([가-힣]{1,8})|(씨)(?:" + "|".join(_PARTICLES)
                      + r")?)(?=[\s,.)]|$)")


@functools.lru_cache(maxsize=4096)
def _stem_pattern(stem: str) -> re.Pattern:
    return re.compile(r"(?<![가-힣])" + stem + "(?:( 측)|(" + "|".join(_PARTICLES) + r")(?=[\s,.)]|$))")


@functools.lru_cache(maxsize=4096)
def _last_word_pattern(last: str) -> re.Pattern:
    return re.compile(r"(?<![가-힣])" + last + "(" + "|".join(_PARTICLES) + r")(?=[\s,.)]|$)")


def _sentence_of(doc: Doc, offset: int) -> int:
    for para in doc.paras:
        if para.start <= offset < para.start + len(para.text):
            return sentence_at(para, offset)
    return 0


_ACRONYM_GLOSSED = re.compile(r"(?<![가-힣A-Za-z])([가-힣]{3,20})\(([A-Z][A-Za-z&]{1,9})\)")


@rule("organisations", "한국여자프로골프(KLPGA) 투어 → organisation 한국여자프로골프; 인공지능(AI) → none (AI is no body)",
      "orgs-known-acronym-gloss")
def names_glossed_by_known_acronym(doc: Doc, col: Collector) -> None:
    """A Hangul word glossed in brackets by the acronym of an organisation we know (`known_orgs_*`:
    KLPGA, NBA) spells that body's name out, where no rule read anything there; a common noun
    the analyser knows is not (골프(PGA): a sport)."""
    for para in doc.paras:
        for m in _ACRONYM_GLOSSED.finditer(para.text):
            start, end = para.start + m.start(1), para.start + m.end(1)
            if m.group(2) in O.ALL and m.group(2) not in O.NOT_ORG_ACRONYMS and not _one_known_noun(para, start, end) \
                    and m.group(1) not in G.ALL_PLACES and not _covered(col, start, end):
                col.found.append(Actor(m.group(1), start, end, ORGANIZATION, sentence_at(para, start), confidence=0.6))


_KNOWN_PERSON = re.compile(r"(?<![가-힣A-Za-z])(" + "|".join(sorted((re.escape(x) for x in L.KNOWN_PEOPLE if len(x) >= 2),
                                                                    key=len, reverse=True))
                           + r")(?=[\s,.)」』”\"'’·]|$|[은는이가을를의와과도에께])")


# a Japanese given name after a known family name: 2-3 syllables ending as such names end (후미오, 신조)
_JAPANESE_GIVEN = re.compile(r" ([가-힣]{1,2}[" + "".join(sorted(JA_END | {"조", "지"})) + r"])(은|는|이|가|을|를|의|와|과|도)?(?=[\s,.)]|$)")


@rule("people", "안철수 서울대융합과학기술대학원장, 대선 출마 선언 → person 안철수; 신속하게 대처했다 → none (a common noun)",
      "people-known-person-in-text")
def known_people_in_text(doc: Doc, col: Collector) -> None:
    """A name of `known_people` written as a word of its own (maybe with a particle) is that
    person where no rule read anything there, unless the analyser read the word as a common
    noun it knows (대처 'coping', not Thatcher)."""
    for para in doc.paras:
        for m in _KNOWN_PERSON.finditer(para.text):
            start, end = para.start + m.start(1), para.start + m.end(1)
            if _one_known_noun(para, start, end) or _covered(col, start, end):
                continue
            given = _JAPANESE_GIVEN.match(para.text, m.end(1))
            if given and (not given.group(2) or particle_suits(given.group(1), given.group(2))) \
                    and not _one_known_noun(para, para.start + given.start(1), para.start + given.end(1)):
                end = para.start + given.end(1)  # (기시다 후미오: the family name first, then the given name)
            col.found.append(Actor(doc.text[start:end], start, end, PERSON, sentence_at(para, start), confidence=0.6))
