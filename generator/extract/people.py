"""Helpers for people's names the analyser does not tag as proper nouns.

Kiwi tags an unfamiliar transliterated name as common nouns (`알마즈벡/NNG 아브또브/NNG`,
`올레나/NNG 젤렌스카/NNP`). Such words are recognisable by their spelling: a syllable with the
vowel ㅡ and no final consonant (`즈`, `브`, `르`, `스`, `트` …) transcribes a consonant cluster
of a foreign word and does not occur in Sino-Korean vocabulary. Next to a role noun or to a
proper-noun name, runs of such words are read as one name (up to three words).

Person markers: `씨`, `군`, `양`, `옹`, `여사` after a surname or name, also written apart and
after `모` or an age bracket (`박 모씨`, `최모(34)씨`, `김모(41·여) 씨`).
"""
from __future__ import annotations

from . import lexicon as L
from .textutil import HANGUL
from .wordlists import word_set

_HANGUL = HANGUL
# syllables 그 느 드 르 므 브 스 으 즈 츠 크 트 프 흐 쯔 뜨 쓰 (vowel ㅡ, no final consonant)
_CLUSTER = frozenset("그느드르므브스즈츠크트프흐쯔뜨쓰")
# word endings of descriptions of people (기업인, 사업가, 투자자, 연구원, 외교관, 변호사, 선수)
_DESCRIPTOR_END = word_set("name_descriptor_endings")


def foreign_looking(word: str) -> bool:
    # (코/꼬 end Japanese given names, 나오코, 도모코, and no Korean one)
    return any(c in _CLUSTER for c in word) or (len(word) >= 3 and word[-1] in "코꼬")


def name_like_word(word: str) -> bool:
    """A Hangul word that may be part of a transliterated name (2-5 syllables)."""
    return 2 <= len(word) <= 5 and _HANGUL.match(word) is not None and word[-1] not in _DESCRIPTOR_END


def noun_run_is_name(words: list[str], with_proper: bool) -> bool:
    """Common-noun words read as a name: next to a proper-noun name, or two or three words
    of which one at least is spelled like a transliteration."""
    if not words or len(words) > 3 or not all(name_like_word(w) for w in words):
        return False
    if any(w in L.NAME_STOP_NOUNS or w in L.ANON_HEADS for w in words):
        return False
    if with_proper:
        return True
    return len(words) >= 2 and any(foreign_looking(w) for w in words)


def affiliation_before_name(first: str, last: str, korean_name) -> bool:
    """`두잇서베이 최종기`, `로베리 김동훈`: a Korean full name (surname + two syllables, written
    as one word) after another proper noun of 3+ syllables — the latter is an affiliation, not a
    given name (`버락 오바마`: 2 syllables; `에마뉘엘 마크롱`: 마크롱 is spelled foreign)."""
    return (korean_name(last) and not foreign_looking(last) and len(first) >= 3 and last[-1] not in _JA_END
            and _HANGUL.match(first) is not None and first not in L.FOREIGN_GIVEN_NAMES)  # (알렉세이 나발니)


# given-name endings of Japanese and other transliterated names (나오야, 유키오, 소일루), rare in Korean names
_JA_END = word_set("foreign_given_name_endings")
JA_END = _JA_END


def honorific_after(toks, a: int, end: int, text: str) -> bool:
    """Is the name ending at `end` followed by 씨/군/양/옹/여사 (after `모`, an age bracket, a space)?"""
    n = len(toks)
    pos = end
    k = a
    if k < n and toks[k].tag == "NP" and toks[k].form == "모" and toks[k].start - pos <= 1:
        pos = toks[k].end
        k += 1
    if k < n and toks[k].tag == "SSO" and toks[k].form == "(" and toks[k].start == pos and toks[k].pair > k \
            and toks[k].pair - k <= 8:
        pos = toks[toks[k].pair].end
        k = toks[k].pair + 1
    if k >= n or toks[k].form not in L.HONORIFIC_NNB or toks[k].tag not in ("NNB", "NNG"):
        return False
    gap = text[pos:toks[k].start]
    return gap == "" or (gap == " " and toks[k].form in ("씨", "모씨", "군", "양", "옹", "여사"))


def particle_after(toks, a: int) -> int:
    """Index of the particle that marks a phrase ending before token `a`, skipping what may stand
    between a name and its particle: `모`, `씨`, an age bracket, `측`, `등`, `에서`/`에게서` + 는/도."""
    n = len(toks)
    k = a
    for _ in range(5):
        if k >= n:
            return -1
        t = toks[k]
        if t.tag == "NP" and t.form == "모":
            k += 1
        elif t.tag == "SSO" and t.form == "(" and t.pair > k and t.pair - k <= 8:
            k = t.pair + 1
        elif t.tag in ("NNB", "NNG") and t.form in ("씨", "측", "등", "군", "양", "옹", "여사", "모씨"):
            k += 1
        elif t.tag == "JKB" and t.form in ("에서", "에게서") and k + 1 < n and toks[k + 1].tag == "JX" \
                and toks[k + 1].form in ("는", "도"):
            return k + 1
        else:
            return k
    return -1


# time words and adverbs, never part of a name next to a role (time_nouns_not_names.yml)
_TIME_NOUNS = word_set("time_nouns_not_names")


def relabel_names(parts, labels: list[str], tags_of, korean_name, P_NOUN: str, P_NAME: str, P_ROLE: str,
                  left_ok: tuple[str, ...]) -> list[str]:
    """Label as name the common-noun words of a chunk that spell a foreign name next to a role
    (`장관 알마즈벡 아브또브`, `올레나 젤렌스카 여사`). `tags_of(part)` gives a part's tags."""
    out = list(labels)
    n = len(parts)
    # 차동현/NNG 울산과기대 … 교수: a Korean full name the analyser took for a common noun
    if n >= 3 and out[0] == P_NOUN and korean_name(parts[0].text) and P_ROLE in out[2:]:
        r = out.index(P_ROLE, 2)
        # an organisation or place between them (원어민 교사, 강아지 주인 are plain nouns)
        if all(lb != P_NAME for lb in out[1:r]) and any(lb in left_ok[1:] for lb in out[1:r]) \
                and parts[0].text not in L.NAME_STOP_NOUNS:
            out[0] = P_NAME
    i = 0
    while i < n:
        if out[i] != P_NOUN:
            i += 1
            continue
        j = i
        while j < n and out[j] in (P_NOUN, P_NAME) and j - i < 3:
            j += 1
        run = parts[i:j]
        labs = out[i:j]
        adjacent_role = (i > 0 and out[i - 1] == P_ROLE) or (j < n and out[j] == P_ROLE)
        bounded = (i == 0 or out[i - 1] in left_ok) and (j == n or out[j] == P_ROLE)
        if adjacent_role and bounded and all(len(tags_of(p)) == 1 for p in run):
            words = [p.text for p in run]
            names = [w for w, lb in zip(words, labs) if lb == P_NAME]
            nouns = [w for w, lb in zip(words, labs) if lb == P_NOUN]
            with_proper = bool(names)
            ok = noun_run_is_name(words, with_proper) and not any(w in _TIME_NOUNS for w in nouns)
            if ok and with_proper:
                ok = not any(korean_name(w) and not foreign_looking(w) for w in names) \
                    and all(foreign_looking(w) or len(w) >= 3 for w in nouns) \
                    and any(foreign_looking(w) for w in words)
            if ok:
                for k in range(i, j):
                    out[k] = P_NAME
        i = max(j, i + 1)
    return out
