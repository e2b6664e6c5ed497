"""Quoted coinages: a short noun-like quotation (`‘보통국가’로`) that is not reported speech.

Also the unquoted names a writer introduces with 이른바/소위 (`이른바 상하이 스캔들`). A quotation
is a coinage when it is shaped like a noun, is not someone's words, and is either introduced as
a name (이른바 ‘갑질’, ‘폭풍전야’라는 단어, ‘사재기’로 불리는) or not an ordinary quotation (a
work's title, an item of a list of names, a match-up, a phrase with no concept head).
"""
from __future__ import annotations

import re
from itertools import pairwise

from .doc import NOUNISH, Doc
from .labels import _HANGUL_ANY as _HANGUL_RE
from .qgrammar import called_so
from .rules import rule
from .termguards import _AMOUNT, WORK_NOUNS, _survey_option
from .termsink import TermSink
from .wordlists import word_set, words

QUOTE_OPEN = frozenset("‘'“\"「『《〈`")
TITLE_QUOTES = frozenset("《〈")  # (「」 also mark laws: 「질서위반행위규제법」)
CONCEPT_HEADS = words("terms_concept_heads")
"""Heads of a multi-word quoted phrase that names a concept (하인리히 법칙, 2+2 협의체)."""
SO_CALLED = words("terms_so_called")
"""Adverbs with which the writer introduces a name (이른바, 소위, 일명)."""
_NAMED_AS = words("terms_named_as_nouns")
NAMING_STEMS = word_set("terms_naming_stems")


def _quoted(doc: Doc, add: TermSink) -> set[str]:
    """Quoted coinages; returns the ones that are plain dictionary nouns (dropped unless glossed or defined)."""
    text = doc.text
    plain: set[str] = set()
    named: set[str] = set()  # introduced as a name somewhere (이른바, …라는 용어)
    for para in doc.paras:
        toks = para.toks
        for i, t in enumerate(toks):
            if t.tag != "SSO" or t.form not in QUOTE_OPEN or t.pair <= i:
                continue
            found = _quoted_coinage(text, toks, i, t.pair)
            if found is None:
                continue
            term, core, introduced = found
            if introduced:
                named.add(term)
            elif _plain_noun(core):
                plain.add(term)
            add(term, core[0].start, para.sent_ids[i], how="quoted", confidence=0.8)
    return plain - named  # (이른바 ‘택시법’ once, ‘택시법’ later: a name all the same)


def _quoted_coinage(text: str, toks, i: int, c: int):
    """(term, its tokens, introduced as a name?) of the quotation between tokens i and c, or None."""
    inner = toks[i + 1:c]
    content = text[toks[i].end:toks[c].start]
    if not inner or len(content) > 20 or content.count(" ") > 3:
        return None
    # stop at an inner gloss bracket: ‘심장(heart)’ -> 심장
    cut = next((k for k, x in enumerate(inner) if x.form == "("), len(inner))
    core = inner[:cut]
    # ‘QR코드 바꿔치기’, ‘몰아가기’: a verb made a noun with -기 names a practice
    nominal = len(core) >= 2 and core[-1].tag == "ETN" and core[-1].form == "기" and core[-2].tag in ("VV", "XSV")
    if not _noun_like(text, core, nominal):
        return None
    called = called_so(toks, i, c, text)
    if _reported_speech(toks, c, called) or _survey_option(toks, c):
        return None
    term = text[core[0].start:core[-1].end]
    introduced = _so_called(text, toks[i].start) or _named_as_word(toks, c) or called or _amounts_to(toks, c)
    if not introduced and _not_a_coinage(text, toks, i, c, core, term, concept=nominal) \
            and not (" " in term and _recurs_quoted(text, term)):
        return None  # (a phrase the article keeps quoting, `"가짜 아티스트"`, is its subject)
    return term, core, introduced


@rule("terms", "‘몰아가기’ 관행이 → term 몰아가기; ‘몰랐다’며 → no term", "terms-quoted-noun-shape")
def _noun_like(text: str, core, nominal: bool) -> bool:
    """A coinage is shaped like a noun, not a clause, an amount or an ordinary word.

    It ends in a noun (or a verb made a noun with -기), holds no ending of a clause, and is not an
    amount or an ordinary two-syllable word."""
    if not core or (core[-1].tag not in NOUNISH and not nominal
                    and not (core[-1].tag == "NNB" and len(core) >= 2)):  # (킹/NNG 달러/NNB)
        return False
    if any(x.tag in ("EF", "ETM", "JKS", "JKO", "JX") or (x.tag == "EC" and not nominal) for x in core):
        return False
    if core[0].tag == "SN" and (len(core) == 1 or _AMOUNT.match(text[core[0].start:core[1].end])) \
            and not text[core[0].start:core[-1].end].endswith(CONCEPT_HEADS):
        return False  # "16세 이하 청소년", "010": amounts and numbers are not terms (‘01X … 제도’ is)
    if _scare_quoted_word(core):
        return False
    return nominal or not any(x.tag in ("VV", "VA", "EP", "XSV", "XSA") for x in core)


@rule("terms", "그는 ‘광고’라는 말을 썼다 → no term: quotation marks around an ordinary word", "terms-scare-quoted-word")
def _scare_quoted_word(core) -> bool:
    """One common noun of at most two syllables in quotation marks is an ordinary word, not a coinage."""
    return len(core) == 1 and core[0].tag == "NNG" and len(core[0].form) <= 2


@rule("terms", "그는 “시기상조”라고 말했다 → no term: someone's words", "terms-reported-speech")
def _reported_speech(toks, c: int, called: bool) -> bool:
    """A quotation followed by 라고 and a verb of saying reports speech, unless it says what people call something."""
    nxt = toks[c + 1] if c + 1 < len(toks) else None
    return nxt is not None and nxt.tag == "JKQ" and _say_follows(toks, c + 2) and not called


def _say_follows(toks, k: int) -> bool:
    for x in toks[k:k + 6]:
        if x.tag in ("VV", "XSV") or x.tag == "NNG" and x.form == "말":
            return True
        if x.tag == "SF":
            return False
    return False


@rule("terms", "‘기득권’ 논란이 (neither glossed nor defined) → no term", "terms-plain-noun")
def _plain_noun(core) -> bool:
    """A quoted common dictionary noun of at most 3 syllables is kept only if glossed or defined.

    (`대기업` = 대/XPN 기업/NNG, `기득권`): every morpheme a common noun or a noun affix, at least
    one a common noun."""
    if sum(len(x.form) for x in core) > 3 or any(x.end != y.start for x, y in pairwise(core)):
        return False
    if any(getattr(x, "oov", False) for x in core):
        return False  # ‘공일증’: a word the dictionary does not know is a coinage
    return all(x.tag in ("NNG", "XPN", "XSN") for x in core) and any(x.tag == "NNG" for x in core)


@rule("terms", "이른바 도담 스캔들을 … → term 도담 스캔들", "terms-so-called-bare")
def _so_called_bare(doc: Doc, add: TermSink) -> None:
    """`이른바 상하이 스캔들을`: the writer introduces an unquoted name with 이른바/소위/일명."""
    for ch in doc.chunks:
        toks = doc.paras[ch.para].toks
        i0 = ch.parts[0].i0
        if i0 == 0 or ch.in_gloss or len(ch.parts) > 3:
            continue
        before = toks[i0 - 1]
        if before.form not in SO_CALLED or before.end >= toks[i0].start:
            continue
        if doc.text[ch.start - 1:ch.start] in "‘'\"“":
            continue  # (quoted: `_quoted` reads it)
        term = doc.text[ch.start:ch.end]
        if len(term) >= 2 and _HANGUL_RE.search(term):
            add(term, ch.start, ch.sent, how="quoted", confidence=0.7)


@rule("terms", "이른바 ‘갑질’ → term 갑질, though a plain noun", "terms-so-called-quoted")
def _so_called(text: str, q: int) -> bool:
    """`일명, ‘오페라’ 실험`, `이른바 ‘갑질’`: the writer introduces the quoted word as a name."""
    return text[max(0, q - 8):q].rstrip(" ,").endswith(SO_CALLED)


def _recurs_quoted(text: str, term: str) -> bool:
    """The phrase is written in quotation marks at least twice in the article."""
    n = 0
    for m in re.finditer(re.escape(term), text):
        if m.start() > 0 and text[m.start() - 1] in "‘'\"“" and text[m.end():m.end() + 1] in ("’", "'", "\"", "”"):
            n += 1
            if n >= 2:
                return True
    return False


@rule("terms", "‘기득권’이라는 말을 썼다 → term 기득권; ‘사재기’로 불리는 → term 사재기", "terms-named-as-word")
def _named_as_word(toks, c: int) -> bool:
    """The writer presents the quoted words as a term (‘X’라는 단어, ‘X’로 부르며).

    `“폭풍전야”라는 단어`, `‘X’란 용어`, `‘전승절’로 부르며`, `‘사재기’라고 불리는`."""
    k = c + 1
    if k < len(toks) and (toks[k].form in ("로", "으로", "라고", "이라고") or toks[k].tag == "VCP"):
        j = k + 1 if toks[k].tag != "VCP" else k + 2
        for x in range(j, min(len(toks), j + 2)):
            stem = toks[x].form if toks[x].tag == "VV" else (toks[x - 1].form + toks[x].form if toks[x].tag == "XSV" else "")
            if stem in NAMING_STEMS:
                return True
    if k < len(toks) and toks[k].tag in ("VCP", "JKQ", "JX"):
        k += 1
    if k < len(toks) and toks[k].tag == "ETM" and toks[k].form in ("라는", "이라는", "ᆫ"):
        k += 1
    elif not (k < len(toks) and toks[k - 1].form in ("라는", "이라는", "란", "이란")):
        return False
    return k < len(toks) and toks[k].form in _NAMED_AS


@rule("terms", "영화 ‘바람의 노래’가 … → no term: the title of a work", "terms-not-a-coinage")
def _not_a_coinage(text: str, toks, o: int, c: int, core, term: str, concept: bool = False) -> bool:
    """A quotation that is a title, a list item, a match-up or a phrase with no concept head.

    Not a coinage the reader needs explained: the title of a work (`《더 플랜》`, `영화 ‘더 플랜’`), an item of a list of quoted names (`"우정리 노트", "빱라임씬"`),
    a match-up (`‘KIA-키움’`), a list (`‘사람·조직·돈’`), or a phrase of several words whose head
    is not a concept noun (`‘정치적 고려’`, `‘교회 관련 확진자’`; `‘하인리히 법칙’` stays)."""
    if toks[o].form in TITLE_QUOTES:
        return True
    before = text[max(0, toks[o].start - 12):toks[o].start].rstrip()
    if before.endswith(WORK_NOUNS):
        return True
    after = text[toks[c].end:toks[c].end + 3]
    if re.match(r"^\s*,\s*[\"“‘']", after) or re.search(r"[\"”’']\s*,\s*$", text[max(0, toks[o].start - 4):toks[o].start]):
        return True
    if re.fullmatch(r"[^\s\-]+-[^\s\-]+", term) and not re.search(r"\d", term):
        return True
    if term.count("·") >= 2 or term.count(",") >= 2:
        return True
    return " " in term.strip() and not concept and not term.rstrip().endswith(CONCEPT_HEADS) \
        and not any(x.tag in ("NNP", "SL", "SH") for x in core)


@rule("terms", "‘사법 방해’에 해당한다 → term 사법 방해", "terms-amounts-to")
def _amounts_to(toks, c: int) -> bool:
    """`‘사법 방해’에 해당한다`: the quoted words name a category something falls under."""
    k = c + 1
    return k + 1 < len(toks) and toks[k].form == "에" and toks[k].tag == "JKB" and toks[k + 1].form in ("해당하", "해당")
