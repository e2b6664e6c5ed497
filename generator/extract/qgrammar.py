"""The grammar that makes a quotation reported speech, and finds its verb (see `quotes`).

`is_speech` reads what is written right after a quotation: a quotative ending (`"…"라고`,
`"…"며`), a noun clause of saying (`"…"는 말을 했다`), a list of sayings with 등, `"…" 하며`
… are speech; a name being given (`"…"라고 불리는`, `"킹 달러"라고 하는데`) is not. Each
test is a named rule, tried in the order of `_SPEECH_TESTS`. Quotation spans (`find_quotes`)
are found in `qspans`; their names are re-exported here.
"""
from __future__ import annotations

import re
from dataclasses import dataclass

from . import lexicon as L
from .qspans import MAX_QUOTE, OPEN, QUOT_EC, SPEECH_EC, after_index, find_quotes  # noqa: F401 (re-exported)
from .rules import rule
from .wordlists import word_set

# nouns a quotation names the content of: "…"는 말을 했다, "…"라는 입장이다
SPEECH_NOUNS = word_set("speech_nouns")
# nouns that say a "…"는 것 clause is what someone said: "…"는 것이 강론의 주요 내용이었다
GIST_NOUNS = word_set("speech_gist_nouns")
# verbs that name rather than report: "레오나르도"라고 불리는, '배신자'라고 불렀다
NAMING = word_set("speech_naming_stems")
_LATIN = re.compile(r"[A-Za-z][A-Za-z .,'-]{0,60}")
_BOUNDARY = ("SF", "SP", "SSO", "SSC")


def _stem(toks, j: int) -> str:
    t = toks[j]
    if t.tag == "VV":
        return t.form
    if t.tag == "XSV" and j > 0:
        return toks[j - 1].form + t.form
    return ""


@dataclass(frozen=True)
class _After:
    """A quotation and what is written right after its closing mark."""

    toks: list
    text: str
    o: int  # index of the opening mark
    c: int  # index of the closing mark
    a: int  # index of the first token after the quotation (past a bracketed original wording)
    gap: str  # the text between the closing mark (or the bracket) and token a

    @property
    def nx(self):
        return self.toks[self.a]

    @property
    def n(self) -> int:
        return len(self.toks)

    @property
    def double(self) -> bool:
        """Is the quotation in double marks?"""
        return self.toks[self.o].form in ("“", "\"")


def _after(toks, o: int, c: int, text: str) -> _After:
    """What follows the quotation (o, c); `"…"(meddlesome)이란 평가`: the original wording in
    brackets between the quotation and its particle is passed over."""
    a = c + 1
    nx = toks[a]
    gap = text[toks[c].end:nx.start]
    if nx.form == "(" and not gap and 0 < nx.pair - a <= 8 and nx.pair + 1 < len(toks) \
            and _LATIN.fullmatch(text[nx.end:toks[nx.pair].start]):
        a = nx.pair + 1
        gap = text[toks[a - 1].end:toks[a].start]
    return _After(toks, text, o, c, a, gap)


def is_speech(toks, q, text: str) -> bool:
    """Is the quotation reported speech? The grammar right after it decides (`_SPEECH_TESTS`,
    the first test with an answer wins); a quotation followed by anything but a space or two
    is not."""
    o, c, virtual = q
    if virtual:
        return True  # a quotative ending closed it, or it runs on to the next paragraph
    if c + 1 >= len(toks):
        return False
    x = _after(toks, o, c, text)
    if x.gap and (not x.gap.isspace() or len(x.gap) > 2):
        return False
    for test in _SPEECH_TESTS:
        verdict = test(x)
        if verdict is not None:
            return verdict
    return False


@rule("quotes", "\"게으름뱅이\", \"거짓말쟁이\" 등으로 지칭했다 → a list of epithets someone used",
      "quotes-epithet-list")
def _epithet_list(x: _After) -> bool | None:
    """Phrases in double marks listed with 등 before a verb of saying are what someone said."""
    nx = x.nx
    if nx.tag == "NNB" and nx.form in ("등", "등등") and x.double \
            and " " in x.text[x.toks[x.o].end:x.toks[x.c].start] and _says_after(x.toks, x.a + 1):
        return True  # (not a name being given)
    return None


@rule("quotes", "\"바람의 아들\"이라고 불리는 → a name, not a saying", "quotes-naming-verb")
def _naming_verb(x: _After) -> bool | None:
    """A quotation followed by a verb of naming (`불리다`, `부르다`, `칭하다`) is a name, not a saying."""
    toks = x.toks
    for j in range(x.a, min(len(toks), x.a + 4)):
        if _stem(toks, j) in NAMING:
            return False
        if toks[j].tag in ("SF", "SSO"):
            break
    return None


@rule("quotes", "\"킹 달러\"라고 하는데 → what people call it, not a saying", "quotes-called-so")
def called_so(toks, o: int, c: int, text: str) -> bool:
    """A quotation of nouns only followed by (이)라고 하다 written out is a name, not a saying.

    `"킹 달러"라고 하는데`; not the contracted 라며, which reports speech."""
    after = text[toks[c].end:toks[c].end + 8].lstrip()
    if not re.match(r"^(?:이)?라고\s?하", after):
        return False
    return all(toks[x].tag in ("NNG", "NNP", "NNB", "SL", "SN", "XSN", "SP") for x in range(o + 1, c))


def _called_so(x: _After) -> bool | None:
    return False if called_so(x.toks, x.o, x.c, x.text) else None


@rule("quotes", "\"예산이 부족하다\"라고 말했다, \"…\"며 → speech", "quotes-quotative-ending")
def _quotative_ending(x: _After) -> bool | None:
    """A quotative particle or a connective ending right after the quotation reports speech."""
    nx = x.nx
    if nx.tag == "JKQ" or (nx.tag == "EC" and nx.form in SPEECH_EC):
        return True
    toks, a, n = x.toks, x.a, x.n
    if nx.tag == "ETM" and nx.form in ("던", "라던", "다던") and a + 1 < n and toks[a + 1].tag in ("NNP", "NNG"):
        return True  # "…"던 정형식 판사: the one who said it
    if nx.tag == "VCP" and a + 1 < n and toks[a + 1].tag == "EC" and toks[a + 1].form in QUOT_EC:
        return True  # 이/VCP 라고/EC; not 이/VCP 고/EC ("…"이고: a copula)
    if nx.tag in ("NNB", "NNG") and len(nx.form) <= 2 and not x.gap and a + 2 < n and toks[a + 1].tag == "VCP" \
            and toks[a + 2].tag == "EC" and toks[a + 2].form in QUOT_EC:
        return True  # "…"중이라며, "…"뿐이라고
    return None


def _clause_noun(x: _After) -> int:
    """`"…"는 말`, `"…"라는 입장`, `"…"는 등의 발언`, `"…"는 수상소감`: index of the noun the
    quotation's noun clause modifies (the last noun of a compound), or -1."""
    toks, a, n, nx = x.toks, x.a, x.n, x.nx
    j = -1
    if nx.form in ("는", "라는", "란", "다는", "이라는") and nx.tag in ("ETM", "JX"):
        j = a + 1
    elif nx.tag == "VCP" and a + 1 < n and toks[a + 1].form in ("라는", "란", "ᆫ"):
        j = a + 2
    if 0 <= j < n - 2 and toks[j].tag == "NNB" and toks[j].form == "등" and toks[j + 1].tag == "JKG":
        j += 2  # "…"는 등의 발언: a list of sayings
    j0 = j
    while 0 <= j < n - 1 and toks[j].tag == "NNG" and toks[j + 1].tag == "NNG" and j + 1 - j0 <= 2 \
            and toks[j + 1].start - toks[j].end <= 1 and toks[j].form not in SPEECH_NOUNS:
        j += 1  # "…"는 수상소감, "…"는 추모 글: the compound's last noun
    return j


@rule("quotes", "\"…\"라는 입장을 밝혔다 → speech; ‘스스로 먹는다’는 뜻이다 → a meaning", "quotes-speech-noun-clause")
def _speech_noun_clause(x: _After) -> bool | None:
    """A quotation modifying a noun of saying is speech (`"…"는 말을 했다`, `"…"라는 입장이다`).

    One giving what a word means (`X는 ‘스스로 먹는다’는 뜻이다`) is not."""
    toks, n = x.toks, x.n
    j = _clause_noun(x)
    if 0 <= j < n and toks[j].tag in ("NNG", "NNB") and toks[j].form in SPEECH_NOUNS:
        # (X는 ‘스스로 먹는다’는 뜻이다: what a word means, not what someone said)
        return not (toks[j].form in ("뜻", "의미") and j + 1 < n and toks[j + 1].tag == "VCP")
    return None


@rule("quotes", "\"…\"는 것이 강론의 주요 내용이었다 → speech", "quotes-gist-clause")
def _gist_clause(x: _After) -> bool | None:
    """`"…"는 것이 … 내용이었다`: the clause is the gist of what was said."""
    toks, n = x.toks, x.n
    j = _clause_noun(x)
    if 0 <= j < n - 1 and toks[j].tag == "NNB" and toks[j].form == "것" and toks[j + 1].tag in ("JKS", "JX"):
        for k in range(j + 2, min(n, j + 8)):
            if toks[k].tag in ("SF", "SSO"):
                break
            if toks[k].tag == "NNG" and toks[k].form in GIST_NOUNS:
                return True
    return None


@rule("quotes", "\"새 이정표\"가 세워졌다는 발언을 했다 → speech", "quotes-subject-of-saying")
def _subject_of_saying(x: _After) -> bool | None:
    """A quotation that is the subject of a clause of saying (`"…"가 세워졌다는 발언`) is speech."""
    toks, a, n = x.toks, x.a, x.n
    if x.nx.tag == "JKS" and not x.gap:
        for k in range(a + 1, min(n, a + 9)):
            t = toks[k]
            if t.tag in ("SF", "SSO", "SSC", "SP"):
                break
            if t.tag == "ETM" and t.form.endswith("다는") and k + 1 < n and toks[k + 1].form in SPEECH_NOUNS:
                return True
    return None


@rule("quotes", "'…' '…' 등등 … 내용, \"…\", \"…\" 등 … 말하고 있다 → a list of sayings", "quotes-list-of-sayings")
def _list_of_sayings(x: _After) -> bool | None:
    """Statements listed with 등 before a verb of saying (or a noun for what was said) are speech."""
    nx = x.nx
    if nx.tag == "NNB" and nx.form in ("등", "등등") and (x.double or says_something(x.toks, x.o, x.c)) \
            and _says_after(x.toks, x.a + 1):
        return True
    return None


def _genitive_saying(x: _After) -> bool | None:
    return True if genitive_speaker(x.toks, (x.o, x.c, False)) >= 0 else None  # "…"는 운전자의 주장


@rule("quotes", "총리는 \"…각국 장관들의 협조\"를 요청하였다 → speech", "quotes-object-of-request")
def _object_of_request(x: _After) -> bool | None:
    """A statement that is the object of a verb of asking (`"…"를 요청했다`) is in the speaker's words."""
    toks, a, n = x.toks, x.a, x.n
    if x.nx.tag == "JKO" and not x.gap and a + 1 < n and says_something(toks, x.o, x.c) \
            and (_stem(toks, a + 1) in OBJECT_SAY_STEMS or (a + 2 < n and _stem(toks, a + 2) in OBJECT_SAY_STEMS)):
        return True
    return None


@rule("quotes", "\"이제는 정말 끝이다\" 하며 → speech; ‘…’ 한 단계 → a description", "quotes-ha-verb")
def _ha_verb(x: _After) -> bool | None:
    """A long quotation followed by 하다 closing a clause (`"…" 하며`, `"…" 했다`, `"…" 하는 것`) is speech."""
    toks, a, n, nx = x.toks, x.a, x.n, x.nx
    body = x.text[toks[x.o].end:toks[x.c].start]
    if nx.form == "하" and nx.tag in ("VV", "XSV") and (len(body) >= 8 or " " in body.strip()) and a + 1 < n:
        e = a + 1
        while e < n and toks[e].tag == "EP":
            e += 1
        if e < n and (toks[e].tag in ("EC", "EF") or (toks[e].tag == "ETM" and e + 1 < n and (
                toks[e + 1].form == "것" or (x.double and toks[e + 1].tag in ("NNG", "NNB"))))):
            return True
    return None


# verbs whose object a quotation can be (a request or an appeal made in these words)
OBJECT_SAY_STEMS = word_set("speech_object_verb_stems")

# what a list of quotations ending in 등 may be: "…", "…" 등으로 모욕했다, '…' 등등 … 내용
LIST_SPEECH_STEMS = word_set("speech_list_verb_stems")


def _says_after(toks, k: int) -> bool:
    """A verb of saying (or a noun for what was said) ends the clause within a few words after token k."""
    for j in range(k, min(len(toks), k + 10)):
        t = toks[j]
        if t.tag in ("SF", "SSO"):
            return False
        st = _stem(toks, j)
        if st in L.SAY_STEMS or st in LIST_SPEECH_STEMS or (t.tag == "NNG" and t.form == "말" and j + 1 < len(toks)
                                                             and toks[j + 1].tag == "XSV"):
            return True
        if t.tag == "NNG" and t.form in SPEECH_NOUNS and t.form not in ("이유", "분석", "전망", "예상") and j > k:
            return True  # … 등의 인종차별적인 발언을 했다
    return False


@rule("speakers", "\"…\"는 운전자의 주장 → speech of 운전자", "speakers-genitive-speaker")
def genitive_speaker(toks, q) -> int:
    """A quotation that is the saying of a noun before 의 (`"…"는 운전자의 주장`) is that noun's.

    `‘…’라는 업계의 설명`: returns the index of the last token of the noun before 의, or -1."""
    _o, c, virtual = q
    a = c + 1
    n = len(toks)
    if virtual or a + 3 >= n or toks[a].start != toks[c].end:
        return -1
    j = a
    if toks[j].tag == "VCP":
        j += 1
    if not (toks[j].form in ("는", "라는", "다는", "이라는") and toks[j].tag in ("ETM", "JX")):
        return -1
    k = j + 1
    while k < n and toks[k].tag in ("NNG", "NNP", "XSN", "SL") and k - j <= 6:
        k += 1  # (미 CNN방송 기자 케이트 베넷의 트윗)
    if k == j + 1 or k + 1 >= n or toks[k].form != "의" or toks[k].tag != "JKG":
        return -1
    if toks[k - 1].form in SPEECH_NOUNS or toks[k - 1].form in GIST_NOUNS or toks[k - 1].form in ("취지", "뜻"):
        return -1  # "…"는 취지의 글: the noun before 의 says what kind of saying, not whose
    nxt = toks[k + 1]
    if nxt.tag == "NNG" and nxt.form in SPEECH_NOUNS and nxt.form in _SAYING_ACTS:
        return k - 1
    return -1


# speech nouns that belong to a speaker (운전자의 주장), not to a topic (사건의 내용, 사고의 원인)
_SAYING_ACTS = word_set("speech_saying_act_nouns")


@rule("quotes", "\"…(20자 이상)\" 정부 관계자는 밝혔다, \"…\" 김 장관은 이렇게 말했다 → speech",
      "quotes-long-quote-then-verb")
def long_chain_speech(toks, q, ids, text: str) -> bool:
    """A long quotation whose sentence ends in a verb of saying (`"…" 정부 관계자는 밝혔다`)."""
    o, c, virtual = q
    if virtual:
        return False
    nx = toks[c + 1] if c + 1 < len(toks) else None
    if nx is not None and nx.start == toks[c].end and (nx.tag in ("JKO", "JKB", "JKG", "JKS", "JKC")
                                                       or nx.form in ("란", "이란")
                                                       or (nx.tag == "VCP" and c + 2 < len(toks) and toks[c + 2].form == "란")):
        return False  # ‘…’란, ‘…’를 막기 위해: a quoted phrase inside the sentence, not a saying
    long_q = toks[c].start - toks[o].end >= 20
    j = c + 1
    sent = ids[o]
    while j < len(toks) and ids[j] == sent and j - c < 30:
        if _stem(toks, j) in L.SAY_STEMS and long_q:
            return True
        if _thus(toks, j) and any(_stem(toks, x) in L.SAY_STEMS for x in range(j + 1, min(len(toks), j + 5))):
            return True  # "…" 김 장관은 이렇게 말했다 / 이같이 밝혔다
        if toks[j].tag == "SSO":
            return False
        j += 1
    return False


@rule("quotes", "\"…\"라고 거듭 강조했다 → verb 강조했다", "quotes-verb-of-saying")
def verb_of_saying(text: str, toks, k: int, sent: int, ids) -> tuple[str | None, int]:
    """First predicate after token k that closes a clause: (spelled word, token index)."""
    n = len(toks)
    j = k
    while j < n and ids[j] == sent and j - k < 40:
        t = toks[j]
        if t.tag in ("VV", "XSV", "VX") or (t.tag == "VA" and j > k):
            # the word's last morpheme must close a clause (not a modifier like 대한)
            e = j
            while e + 1 < n and toks[e + 1].start <= toks[e].end and toks[e + 1].tag not in _BOUNDARY:
                e += 1
            if toks[e].tag in ("EF", "EC") and not (toks[e].tag == "EC" and toks[e].form in ("어", "아", "게", "지")):
                s = j
                while s > 0 and toks[s - 1].end >= toks[s].start and toks[s - 1].tag not in _BOUNDARY + ("JKQ", "EC"):
                    s -= 1
                return text[toks[s].start:toks[e].end], e
        if t.tag == "SSO" and t.form in OPEN:
            return None, j
        j += 1
    return None, j


def modifier_head(toks, a: int) -> int:
    """`"…"고 말한 김 장관`, `"…"고 본 나상윤 위원의`: index of the first token of the noun phrase
    that the saying verb modifies, or -1."""
    n = len(toks)
    if a < n and toks[a].tag == "ETM" and toks[a].form in ("던", "라던", "다던"):
        return a + 1 if a + 1 < n and toks[a + 1].tag in ("NNP", "NNG", "SL") else -1  # "…"던 정 판사
    if a + 1 < n and toks[a].tag == "VCP" and toks[a + 1].tag == "EC" and toks[a + 1].form in QUOT_EC:
        a += 1  # ‘…’ 이/VCP 라고/EC 표현한 …
    if a >= n or not (toks[a].tag == "JKQ" or (toks[a].tag == "EC" and toks[a].form in QUOT_EC)):
        return -1
    for j in range(a + 1, min(n, a + 5)):
        t = toks[j]
        if t.tag == "ETM" and t.form in ("ᆫ", "은", "던", "는"):
            return j + 1 if j + 1 < n and toks[j + 1].tag in ("NNP", "NNG", "SL", "MM", "NNB") else -1
        if t.tag in _BOUNDARY or t.tag in ("EF", "EC"):
            return -1
    return -1


def says_something(toks, o: int, c: int) -> bool:
    """Does a quotation hold a statement (a predicate, or a subject/topic particle) rather than a
    name (`"7·2 전국노동자대회"`)?"""
    for j in range(o + 1, min(c, len(toks))):
        t = toks[j]
        if t.tag in ("VV", "VA", "VX", "XSV", "XSA", "EF", "VCP", "VCN") or (t.tag in ("JX", "JKS") and t.form in ("은", "는", "이", "가")):
            return True
    return False


def _thus(toks, j: int) -> bool:
    """`이렇게` (이렇/VA 게/EC), `이같이` (이/NP 같이/JKB), `그렇게`: the saying refers back to a quotation."""
    t = toks[j]
    if t.form in ("이렇게", "이같이", "그렇게"):
        return True
    if t.form in ("이렇", "그렇") and j + 1 < len(toks) and toks[j + 1].form == "게":
        return True
    return t.form in ("이", "그") and t.tag == "NP" and j + 1 < len(toks) and toks[j + 1].form == "같이"


_SPEECH_TESTS = (_epithet_list, _naming_verb, _called_so, _quotative_ending, _speech_noun_clause, _gist_clause,
                 _subject_of_saying, _list_of_sayings, _genitive_saying, _object_of_request, _ha_verb)
"""The tests `is_speech` tries in order: True (speech), False (not speech) or None (no answer)."""
