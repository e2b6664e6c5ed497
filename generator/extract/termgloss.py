"""Glosses: a bracket written right after a noun phrase gives another name of the same thing.

`미사일방어체계(MD)`, `치성(雉城)`, `COO(최고운영책임자)`: the bracket holds an English, Hanja,
acronym or alternative Korean form. Numbers, ages, dates, amounts, addresses, nationalities
and roles in brackets are not glosses. `NLL(북방한계선)` is read the other way round: the Korean
side is the term. Each decision is a named rule; `read_glosses` is the driver.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import gazetteer as G
from . import lexicon as L
from .doc import Chunk, Doc, Part
from .labels import _HANGUL_ANY as _HANGUL_RE
from .labels import P_ANON, P_NUM, P_ROLE, label_part
from .rules import rule
from .termguards import (
    _ACRONYM_GLOSS,
    _AGE,
    _HANJA,
    _LATIN,
    _ROLE_WORDS,
    DIRECTION_NOUNS,
    LEADING_TIME_WORDS,
    WORK_NOUNS,
)
from .termsink import TermSink
from .wordlists import words

_NOT_GLOSS = re.compile(r"^\s*(?:약|총|현지|당시|만|세|이하\s*\S+$)|^[\d\s.,~%·:\-+]+$|\d+\s*(?:세|살|년|월|일|시|분|원|달러|엔|명|개|%)|시간\)?$")
_HERITAGE = re.compile(r"^(?:" + "|".join(map(re.escape, words("terms_heritage_designations")))
                       + r")\s*(?:제\s*)?\d+(?:-\d+)?호$")
_URL = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/\S*)?$")
_HANGUL_ALT = re.compile(r"^[가-힣A-Za-z0-9\- ]{1,15}$")
_SPLIT = re.compile(r"\s*[·,;/]\s*|\s+또는\s+|\s*[—―]\s*|\s+[–-]\s+")
_THRESHOLD = re.compile(r"^(?:[가-힣]+ )?\d[\d.,]*\s?[A-Za-z㎛㎜㎝㎞㎏%℃°]*\s?(?:이하|이상|미만|초과)의 [가-힣]+(?: [가-힣]+)?$")
_THAT_IS = re.compile(r"^(?:즉|곧|다시 말해)\s*,?\s*")  # (역간척 — 즉 바닷물과 통합): "that is"
_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9+&\-]{1,7}$")  # IoT, MD, NATO, 5G
GLOSS_REAL_NAME = re.compile(r"^\s*(?:본명|실명)\s*[:：]?\s*[가-힣]")
GLOSS_STRIP = re.compile(r"^(?:" + "|".join(map(re.escape, words("terms_gloss_labels"))) + r")\s*[:：]?\s*")
"""A label opening the bracket (영문:, 약칭, 이하), stripped before the items are read (first match wins)."""
OWNED_HEADS = words("terms_owned_heads")
"""Heads that name a part or an event of the body before them (진보신당 창당준비위원회, 민주당 당원대회)."""
_ROLE_MAX = max(len(h) for h in L.ROLE_HEADS)


def _gloss_items(content: str) -> list[str]:
    """The other names a bracket's content gives (empty when the bracket is not a gloss)."""
    content = content.strip()
    if not content or len(content) > (120 if not _HANGUL_RE.search(content) else 60):
        return []  # (a foreign name with its codes may run long: Международный Аэропорт …, IATA: DME)
    content = GLOSS_STRIP.sub("", content)
    raw = [_THAT_IS.sub("", it.strip().strip("'\"‘’“”")) for it in _SPLIT.split(content)]
    if len(raw) >= 2 and _AGE.match(raw[0]):
        return []  # "(25·현대모비스)", "(17, 경북일고)": a person's age and affiliation
    hangul = [it for it in raw if _HANGUL_RE.search(it)]
    if len(hangul) >= 3:
        return []  # "(현대, 삼성, 농협, KB국민)": a list of members, not other names of the same thing
    items = []
    for it in raw:
        verdict = _gloss_item(it)
        if verdict is None:
            return []  # "(영국, 하버드대 교수)", "(부장 이정희)": nationality or role, not a name
        if verdict:
            items.append(it)
    return items


def _gloss_item(it: str) -> bool | None:
    """Is one item of a bracket another name (True), not one (False), or a description that
    makes the whole bracket no gloss (None)?"""
    if _THRESHOLD.match(it):
        return True  # 슈퍼 태풍(920hpa 이하의 태풍), 초미세먼지(지름 2.5㎛ 이하의 먼지): a definition by a bound
    if not it or _NOT_GLOSS.search(it):
        return False
    if _HERITAGE.match(it):
        return True  # 금관(국보 191호): the designation a heritage item is known by
    if _URL.match(it):
        return False  # 홈페이지(lottorich.co.kr): an address, not another name
    if _HANGUL_RE.search(it) and re.search(r"\d", it):
        return False  # 300마리, 8인승: a count or number, not another name
    if _describes(it):
        return None
    return bool(_LATIN.match(it) or _HANJA.match(it) or (_HANGUL_ALT.match(it) and it.count(" ") <= 1))


@rule("terms", "가온재단(미국 뉴욕)은 … → no gloss: the bracket says where the body is",
      "terms-bracket-describes")
def _describes(item: str) -> bool:
    """A bracket item that says who/where (a country, a nationality, a post) rather than giving another name."""
    ws = item.split()
    if not ws:
        return False
    if item in L.COUNTRIES or ws[0] in L.COUNTRIES and len(ws) > 1:
        return True
    if _HANGUL_RE.search(item) and any(w[-k:] in _ROLE_WORDS for w in ws for k in range(2, min(len(w), _ROLE_MAX) + 1)):
        return True
    return item.endswith(("인", "계")) and item[:-1] in L.COUNTRIES


@rule("terms", "서울방향 한국고속철도(KTX) → term 한국고속철도, not 서울방향 한국고속철도", "terms-gloss-term-start")
def _term_parts(doc: Doc, ch: Chunk, k: int, person_spans: set[tuple[int, int]],
                org_spans: frozenset = frozenset()):
    """A glossed term starts after a post, a number, a person, a place word or a time word.

    Returns the parts of the chunk that make the term ending at part k; an organisation named
    whole before it also cuts it: 국방부 방산정책조정회의(…) -> 방산정책조정회의."""
    toks = doc.paras[ch.para].toks
    j = k
    while j > 0 and k - j < 4:
        pp = ch.parts[j - 1]
        if any(a >= pp.start and b == pp.end for a, b in org_spans) \
                and not ch.parts[k].text.endswith(OWNED_HEADS):
            break  # (미래창조과학부·한국연구재단 기초연구사업(개인연구): the bodies that run it)
        lab = label_part(toks, ch.parts[j - 1])
        if lab in (P_ROLE, P_NUM, P_ANON) or ch.parts[j - 1].gloss is not None:
            break
        if any(a <= ch.parts[j - 1].start < b for a, b in person_spans):
            break  # 제임스 코미 연방수사국(FBI) 국장: the person's name is not part of the body's
        prev = ch.parts[j - 1]
        if toks[prev.i1 - 1].form in DIRECTION_NOUNS or prev.text in LEADING_TIME_WORDS:
            break  # 서울방향 한국고속철도(KTX), 이날 …: where or when, not part of the name
        j -= 1
    return ch.parts[j:k + 1]


@dataclass
class GlossSite:
    """One bracket written right after part `k` of chunk `ch`: tokens `o`..`c` are its brackets."""
    doc: Doc
    ch: Chunk
    k: int
    toks: list
    o: int
    c: int
    content: str
    items: list[str]

    @property
    def part(self) -> Part:
        return self.ch.parts[self.k]


def read_glosses(doc: Doc, add: TermSink) -> None:
    """Every glossed noun phrase of the article, added as a term of kind `gloss`."""
    text = doc.text
    for ch in doc.chunks:
        toks = doc.paras[ch.para].toks
        for k, p in enumerate(ch.parts):
            if p.gloss is None:
                continue
            o, c = p.gloss
            content = text[toks[o].end:toks[c].start]
            if content.strip().startswith("이하"):
                # "(이하 코로나)": the short form the article will use, another name of the same thing
                content = content.strip()[2:].strip()
            site = GlossSite(doc, ch, k, toks, o, c, content, _gloss_items(content))
            _read_gloss(site, add)


def _read_gloss(site: GlossSite, add: TermSink) -> None:
    """The term one bracket glosses, if it glosses one."""
    p, text = site.part, site.doc.text
    if not site.items:
        site.items = _acronym_expansion(site)
    if not site.items or _bracket_says_where(site.items):
        return
    is_person = p.end in add.person_ends
    if is_person and not GLOSS_REAL_NAME.match(site.content):
        return  # a name's Hanja/English form: kept with the person, not a term
        # (a stage name glossed with the real name is explained: 승리(본명 이승현))
    parts = _term_parts(site.doc, site.ch, site.k, add.persons, add.org_spans) if not is_person else [p]
    term, tstart = _quoted_phrase_glossed(site, text[parts[0].start:p.end], parts[0].start)
    if _LATIN.match(term) and re.search("[가-힣]", site.content):
        _korean_side_is_term(site, term, add)
        return
    term, tstart = _acronym_glosses_last_item(p, site.items, term, tstart)
    term, tstart = _hanja_covers_tail(site, parts, term, tstart)
    if _bracket_titles_work(term, site.items) or _bracket_says_whose(site, term) \
            or any(a == site.toks[site.o].end for a, _b in add.persons):
        return  # (최초 신고자(정민호·58): a bracket opening with a person's name says who, it does not gloss)
    add(term, tstart, site.ch.sent, glosses=tuple(site.items), how="gloss", person_ok=is_person)


@rule("terms", "COO(최고운영책임자) → term 최고운영책임자 glossed COO, though it names a post",
      "terms-acronym-expansion")
def _acronym_expansion(site: GlossSite) -> list[str]:
    """An acronym followed by a bracket of Korean words: the bracket spells the acronym out."""
    content = site.content.strip()
    if _ACRONYM_GLOSS.match(site.part.text) and re.fullmatch(r"[가-힣]+(?: [가-힣]+){0,2}", content):
        return [content]
    return []


@rule("terms", "결승전(잠실)은 매진됐다 → no term: the bracket says where", "terms-bracket-says-where")
def _bracket_says_where(items: list[str]) -> bool:
    """A bracket of place names only says where something happens; it does not gloss."""
    return all(re.fullmatch("[가-힣]+", it) and G.place_kind(it, True) for it in items)


@rule("terms", "‘새로운 기준(New norm)’이 … → term 새로운 기준, glossed New norm", "terms-quoted-phrase-glossed")
def _quoted_phrase_glossed(site: GlossSite, term: str, tstart: int) -> tuple[str, int]:
    """A gloss closing a short quotation glosses the whole quoted phrase."""
    toks, o, c = site.toks, site.o, site.c
    if c + 1 < len(toks) and toks[c + 1].tag == "SSC" and toks[c + 1].start == toks[c].end \
            and 0 <= toks[c + 1].pair < o:
        q0 = toks[toks[c + 1].pair].end
        if 0 < toks[o].start - q0 <= 20:
            return site.doc.text[q0:toks[o].start], q0
    return term, tstart


@rule("terms", "NLL(북방한계선) → term 북방한계선, glossed NLL", "terms-korean-side-is-term")
def _korean_side_is_term(site: GlossSite, term: str, add: TermSink) -> None:
    """A Latin name glossed in Korean: the Korean side is the term, the Latin its gloss."""
    kor = [i for i in site.items if re.search("[가-힣]", i)]
    if kor:
        add(kor[0], site.toks[site.o].end + site.content.find(kor[0]), site.ch.sent, glosses=(term,), how="gloss")


@rule("terms", "모바일·사물인터넷(IoT) → term 사물인터넷, glossed IoT", "terms-acronym-glosses-last-item")
def _acronym_glosses_last_item(p: Part, items: list[str], term: str, tstart: int) -> tuple[str, int]:
    """After a list joined by ·, an acronym gloss names the last item only (한·미 자유무역협정(FTA) stays whole)."""
    if "·" in p.text and items and all(_SHORT_FORM.match(it) for it in items):
        cut = term.rindex("·") + 1
        left = term[:cut - 1].split()[-1] if term[:cut - 1].split() else ""
        if len(term) - cut >= 2 and len(left) >= 2 and not G.place_kind(left, True) \
                and left not in L.SHORT_COUNTRY:
            return term[cut:], tstart + cut
    return term, tstart


@rule("terms", "하부 치성(雉城) → term 치성, glossed 雉城", "terms-hanja-covers-tail")
def _hanja_covers_tail(site: GlossSite, parts: list[Part], term: str, tstart: int) -> tuple[str, int]:
    """Hanja write one character a syllable: a Hanja gloss shorter than the phrase glosses its last words."""
    hanja = next((it for it in site.items if _HANJA.match(it)), None)
    if not (hanja and len(parts) > 1 and len(hanja) < len(term.replace(" ", ""))):
        return term, tstart
    text, end = site.doc.text, site.part.end
    tail = ""
    for q in reversed(parts):
        tail = text[q.start:end]
        if len(tail.replace(" ", "")) >= len(hanja):
            break
    if len(tail.replace(" ", "")) == len(hanja):
        return tail, end - len(tail)
    return term, tstart


@rule("terms", "부정선거 의혹 영화(더 플랜) → no term: the bracket gives the work's title", "terms-bracket-titles-work")
def _bracket_titles_work(term: str, items: list[str]) -> bool:
    """A phrase ending in a noun of works with a Korean bracket: the bracket is the title, the phrase describes it."""
    return term.endswith(WORK_NOUNS) and " " in term and all(_HANGUL_RE.search(it) for it in items)


@rule("terms", "장관(국방부) → no term: the bracket says whose post", "terms-bracket-says-whose")
def _bracket_says_whose(site: GlossSite, term: str) -> bool:
    """A bracket after a post or a number says whose or which post; it does not gloss.

    But 주요 8개국(G8), a name with a number glossed by its acronym, is a term."""
    lab = label_part(site.toks, site.part)
    if lab == P_ROLE:
        return True  # 장관(국방부), 의원(더불어민주당·서울 마포을)
    return lab == P_NUM and not (re.search("[가-힣]", term) and len(term) >= 4
                                 and all(_ACRONYM_GLOSS.match(it) for it in site.items))
