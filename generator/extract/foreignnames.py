"""Foreign names of two to four words before a post, read from the text.

World news writes a foreign official by the whole name and the post after it (`무스타파
압둘라힘 알자부리를 신임 총리로`, `마르타 오르테가 페레스 회장`, `레 반 타인 호찌민시
당서기`). The analyser often cuts such names or reads a syllable as a particle (오르테+가,
카롤리+나), so the chunk rules see a part of the name or none. This pass reads the words before
a post from the paragraph text and, when they look like one foreign name, records it whole.
"""
from __future__ import annotations

import functools
import re

from ..model import PERSON
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .agebracket import sentence_at
from .collect import Actor, Collector
from .doc import Doc
from .label_words import ROLE_SET, _role_suffix
from .labels import _korean_name
from .people import foreign_looking
from .rules import rule

_WORD = re.compile(r"[^\s]+")
_PARTICLE = re.compile(r"(은|는|이|가|을|를|의|과|와|에게|도|로|으로|께서)$")
# particles that never end a transliterated name's syllable (파블로, 페르난도, 오르테가 end in 로, 도, 가)
_STOP_PARTICLE = re.compile(r"(의|은|는|을|를|에게|께서)$")
_HANGUL_WORD = re.compile(r"^[가-힣]{1,6}$")
_LATIN_ACRONYM = re.compile(r"^[A-Z]{2,6}$")
_MODIFIERS = frozenset(("신임", "전", "현", "前", "新", "차기", "초대"))


@rule("people", "무스타파 압둘라힘 알자부리를 신임 총리로, 마르타 오르테가 페레스 회장 → one person each",
      "people-foreign-name-before-post")
def foreign_names_before_post(doc: Doc, col: Collector) -> None:
    """Two to four Hangul words before a post (maybe after a known place or body between, or
    after the name's particle and 신임), at least one spelled like a transliteration or a
    common foreign given name, none a word the lists know as a place, body or post, are one
    foreign person's name; people the chunk rules read inside it give way to the whole name."""
    known = L.KNOWN_PEOPLE | {a.text for a in col.found if a.kind == PERSON}
    for para in doc.paras:
        words = [(m.group(), m.start()) for m in _WORD.finditer(para.text)]
        for k, (w, _pos) in enumerate(words):
            post = _post(w)
            if post is None:
                continue
            span = _name_before(words, k, known, para)
            if span is not None:
                _record(doc, para, col, words, span, post)
                _no_person_between(para, col, words, span[1], k)


@functools.lru_cache(maxsize=65536)
def _post(word: str) -> str | None:
    """The post a word spells, its particle or bracket taken off (총리로, 회장, 최고경영자(CEO)는)."""
    w = word.split("(")[0].rstrip(",.")
    stem = _PARTICLE.sub("", w)
    for cand in (w, stem):
        if cand in ROLE_SET or (len(cand) >= 4 and _role_suffix(cand, ["NNG"])):
            return cand
    return None


def _name_before(words: list[tuple[str, int]], k: int, known: set[str], para) -> tuple[int, int] | None:
    """[a, b) of the name words before the post at k, or None."""
    b = k
    while b > 0 and b - k > -3 and _between(words[b - 1][0]):
        b -= 1  # (신드주 총리, 신임 총리: a place, a body or a modifier between)
    if b == 0 or not _last_word_fits(words[b - 1][0], words[k][0]):
        return None
    a = b
    while a > 0 and b - a < 4 and _name_word(words[a - 1][0], last=(a == b)) \
            and _name_morphemes(para, words[a - 1], last=(a == b)) \
            and not (a < b and _subject_of_its_own(words[a - 1][0], known)):
        a -= 1
    if b - a < 2:
        return None
    names = [_PARTICLE.sub("", words[q][0]) if q == b - 1 else words[q][0] for q in range(a, b)]
    if not any(foreign_looking(x) or x in L.FOREIGN_GIVEN_NAMES for x in names) \
            or any(_korean_name(x) and not foreign_looking(x) for x in names):
        return None
    return a, b


def _last_word_fits(last: str, post_word: str) -> bool:
    """The name's last word bears no particle, or the object particle when the post is what
    the person is made (알자부리를 신임 총리로 인준: not 알리가 총리를 만났다, two people)."""
    post_particle = _PARTICLE.search(post_word.split("(")[0])
    if last.endswith(("가", "이")) and post_particle and post_particle.group() not in ("가", "이", "은", "는"):
        return False  # (알리가 총리를: the subject, then someone else's post)
    if last.endswith(("와", "과")):
        return False  # (럼즈펠드와 국무장관 콜린 파월: the post is the next name's)
    m = _STOP_PARTICLE.search(last)
    if m is None or len(last) <= 2:
        return True
    return m.group() in ("를", "을") and post_word.split("(")[0].endswith(("로", "으로"))


def _subject_of_its_own(word: str, known: set[str]) -> bool:
    """A person the article or the lists know, with a subject particle (트럼프가 머스크 CEO를):
    the name before ends there."""
    return word.endswith(("가", "이")) and word[:-1] in known


def _name_morphemes(para, word: tuple[str, int], last: bool) -> bool:
    """The analyser read the word as nouns only (no verb, adverb or particle inside; the last
    word may end in one), and not as one common noun it knows, unless the word is spelled like
    a transliteration or is a common foreign given name (뮤지컬 is a noun, 파블로 a name)."""
    text, pos = word
    start, end = para.start + pos, para.start + pos + len(text)
    toks = [t for t in para.toks if start <= t.start < end]
    if last:
        while toks and toks[-1].tag[0] == "J":
            toks = toks[:-1]
    if not toks or any(t.tag not in ("NNP", "NNG", "SL") for t in toks):
        return False
    if len(toks) == 1 and toks[0].tag == "NNG" and not toks[0].oov:
        return foreign_looking(text) or text in L.FOREIGN_GIVEN_NAMES
    return True


def _between(word: str) -> bool:
    w = _PARTICLE.sub("", word)
    return word in _MODIFIERS or w in G.ALL_PLACES or w in O.ALL or _LATIN_ACRONYM.match(w) is not None \
        or (len(w) >= 3 and w.endswith(("주", "성", "현")))  # (신드주 총리: a state's head)


def _name_word(word: str, last: bool) -> bool:
    """A word that may be part of a foreign name: Hangul, no place, body or post, and no
    particle except on the name's last word (알자부리를 … 총리로)."""
    w = _PARTICLE.sub("", word) if last and _STOP_PARTICLE.search(word) else word
    if _HANGUL_WORD.match(w) is None or (not last and _STOP_PARTICLE.search(word) and len(word) > 2):
        return False
    return w not in G.ALL_PLACES and w not in O.ALL and w not in L.ORGS and w not in ROLE_SET \
        and w not in L.NAME_STOP_NOUNS and w not in _MODIFIERS and not (len(w) >= 4 and _role_suffix(w, ["NNG"]))


def _no_person_between(para, col: Collector, words, b: int, k: int) -> None:
    """A state's name between the person and the post (신드주 총리) is no person of its own."""
    for text, pos in words[b:k]:
        start, end = para.start + pos, para.start + pos + len(text)
        if len(text) >= 3 and text.endswith(("주", "성", "현")):
            col.found[:] = [x for x in col.found if not (x.kind == PERSON and start <= x.start and x.end <= end)]


def _record(doc: Doc, para, col: Collector, words, span: tuple[int, int], post: str) -> None:
    a, b = span
    start = para.start + words[a][1]
    last, pos = words[b - 1]
    end = para.start + pos + len(_STOP_PARTICLE.sub("", last))
    inside = [x for x in col.found if x.start < end and start < x.end]
    if any(x.kind != PERSON or x.start < start or x.end > end for x in inside):
        return  # (a body or place read there, or a longer name: leave it)
    if any(x.start == start and x.end == end for x in inside):
        return
    col.found[:] = [x for x in col.found if not any(x is y for y in inside)]
    col.found.append(Actor(doc.text[start:end], start, end, PERSON, sentence_at(para, start), confidence=0.6,
                           role=post))
