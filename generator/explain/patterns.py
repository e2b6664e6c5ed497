"""Definitional sentences over the whole corpus.

Korean news defines a term in a few fixed shapes:

- `X란 …을 말한다 / 뜻한다 / 가리킨다 / 일컫는다 / 의미한다 / 이른다`
- `X는 …을 말한다` (the same verbs after a topic)
- `…을 뜻하는 X`, `…(이)라는 뜻의 X` (the definition before the term)

`find_definitions` reads every sentence once (a cheap verb test first), and returns
(term text, definition, article, sentence) for the term candidates the caller knows:
the term is the longest known name that ends the words before 란 / 는.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from ..curated import norm
from .rules import explain_rule

_VERBS = "말한다|뜻한다|가리킨다|일컫는다|의미한다|이른다|말함|뜻함"
_HAS_VERB = re.compile(rf"(?:{_VERBS})|(?:뜻하는|의미하는|일컫는|가리키는)\s")
_TOPIC_DEF = re.compile(
    rf"^(?P<pre>.*?)(?:이)?(?:란|라는 것은|은|는)\s+(?P<def>.{{6,160}}?)\s*(?:을|를|로|으로)?\s*(?:{_VERBS})[.\s]*$")
_DEF_BEFORE = re.compile(r"(?P<def>[^,.]{6,120}?)(?:을|를)\s*(?:뜻하는|의미하는|일컫는|가리키는)\s+(?:말인\s+|용어인\s+)?(?P<post>\S.*)$")
_TRAILING_NOUN = re.compile(r"\s*(?:것|말|용어|개념|뜻)$")


@dataclass(frozen=True)
class Found:
    term: str
    """The known name the sentence defines."""
    definition: str
    article_id: str
    sentence: str
    start: int
    end: int


def _known_suffix(words: list[str], known: dict[str, str]) -> str | None:
    """The longest run of final words (at most four) that is a known name."""
    for k in range(min(4, len(words)), 0, -1):
        cand = " ".join(words[-k:]).strip("‘’“”'\"「」")
        if norm(cand) in known:
            return known[norm(cand)]
    return None


def _known_prefix(words: list[str], known: dict[str, str]) -> str | None:
    for k in range(min(4, len(words)), 0, -1):
        cand = re.sub(r"(?:은|는|이|가|을|를|의|에|와|과|도|로|으로)$", "", " ".join(words[:k]))
        if norm(cand) in known:
            return known[norm(cand)]
    return None


@explain_rule("patterns", "브랜디드 콘텐츠란 광고성 정보를 콘텐츠에 녹여 전하는 방식을 말한다", "patterns-topic-definition")
def topic_definition(sentence: str, known: dict[str, str]) -> tuple[str, str] | None:
    """X란 (or X는) … 말한다/뜻한다/가리킨다/일컫는다/의미한다/이른다 defines X."""
    m = _TOPIC_DEF.match(sentence.strip())
    if not m:
        return None
    term = _known_suffix(m.group("pre").split(), known)
    if not term:
        return None
    return term, _TRAILING_NOUN.sub("", m.group("def")).strip()


@explain_rule("patterns", "물가가 계속 떨어지는 현상을 뜻하는 디플레이션이 … → 디플레이션", "patterns-definition-before-term")
def definition_before_term(sentence: str, known: dict[str, str]) -> tuple[str, str] | None:
    """…을 뜻하는 X (의미하는, 일컫는, 가리키는) defines the X that follows."""
    m = _DEF_BEFORE.search(sentence)
    if not m:
        return None
    term = _known_prefix(m.group("post").split(), known)
    if not term:
        return None
    d = m.group("def").strip()
    d = d.split(", ")[-1] if ", " in d else d  # the clause nearest the verb
    return term, d


_STRONG = re.compile(
    rf"^(?P<pre>.*?)(?:이)?(?:란|라 함은|이라 함은)\s*,?\s+(?P<def>.{{6,160}}?)\s*(?:을|를|로|으로)?\s*(?:{_VERBS}|말이다|뜻이다)[.\s]*$")
_QUOTED_TAIL = re.compile(r"[‘'“\"「](?P<t>[^‘'“\"「’”」]{2,30})[’'”\"」]\s*(?:\((?P<g>[^()]{1,40})\))?\s*$")
_LEAD_ADVERBS = frozenset("여기서 참고로 즉 이른바 또한 한편 특히 흔히 보통 일반적으로 이때".split())
_ENDS_WITH_PARTICLE = re.compile(r"(?:은|는|이|가|을|를|의|에|서|고|며|로|와|과|도|,)$")


def _defined_name(pre: str) -> tuple[str, tuple[str, ...]] | None:
    """The name before 란: a quoted phrase (with its bracket gloss), else the final noun words."""
    pre = pre.strip()
    q = _QUOTED_TAIL.search(pre)
    if q:
        name, gloss = q.group("t").strip(), q.group("g")
        inner = re.match(r"^(?P<n>[^()]+)\((?P<g>[^()]+)\)$", name)  # ‘분자기계(molecular machine)’
        if inner:
            name, gloss = inner.group("n").strip(), inner.group("g")
        return name, ((gloss.strip(),) if gloss else ())
    words = [w for w in pre.split() if w.strip(",") not in _LEAD_ADVERBS]
    if not words or _ENDS_WITH_PARTICLE.search(words[-1]) or not re.match(r"^[가-힣A-Za-z0-9·\-]+$", words[-1]):
        return None
    name = [words[-1]]
    for w in reversed(words[-3:-1]):
        if _ENDS_WITH_PARTICLE.search(w) or not re.match(r"^[가-힣A-Za-z0-9·\-]+$", w):
            break
        name.insert(0, w)
    return " ".join(name), ()


@explain_rule("patterns", "여기서 취약가구란, 소년·소녀가장 … 등을 일컫는 말이다 → 취약가구 (a new term)", "patterns-term-defined-with-ran")
def defined_with_ran(sentence: str) -> tuple[str, tuple[str, ...], str] | None:
    """X란 … 말한다 (이라 함은, …을 일컫는 말이다) defines X, even where nothing else marks X as a term."""
    m = _STRONG.match(sentence.strip())
    if not m:
        return None
    got = _defined_name(m.group("pre"))
    if not got or len(got[0]) < 2:
        return None
    d = m.group("def").strip()
    if sentence.rstrip(". ").endswith(("말이다", "뜻이다")):
        d += " 말" if sentence.rstrip(". ").endswith("말이다") else " 뜻"
    return got[0], got[1], d


def find_definitions(articles, analyses, known: dict[str, str]) -> list[Found]:
    """Every definitional sentence of the corpus that defines a known name."""
    out = []
    for art in articles:
        an = analyses.get(art.id)
        if an is None:
            continue
        for sp in an.sentences:
            sent = art.text[sp.start:sp.end]
            if not _HAS_VERB.search(sent):
                continue
            for r in (topic_definition, definition_before_term):
                hit = r(sent, known)
                if hit and hit[1]:
                    out.append(Found(hit[0], hit[1], art.id, sent, sp.start, sp.end))
                    break
    return out
