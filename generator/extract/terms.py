"""Terms an article explains: glosses, quoted coinages, appositive and copular definitions.

- gloss: a bracket written right after a noun phrase, holding an English/Hanja/acronym or
  alternative Korean form (`미사일방어체계(MD)`); numbers, ages, dates and amounts in
  brackets are not glosses. `NLL(북방한계선)` is read the other way round: the Korean side
  is the term.
- quoted: a short noun-like quotation (`‘보통국가’로`) that is not reported speech.
- appositive: `[modifier phrase] X-인 Y` and `DESCRIPTOR Y` for organisations.
- copular: `Y는 … N이다`, `Y란 … 말한다`, `Y(이)라는 X`.

Every later occurrence of a term (and of its acronym glosses) becomes a `Mention` of kind
`term`, found by a linear scan with a word-boundary check so particles stay outside.
"""
from __future__ import annotations

import logging
import re

from ..model import ORGANIZATION, PERSON, PLACE, Span, TermInfo
from . import gazetteer as G
from . import lexicon as L
from .copular import PRED_STOP, _copular
from .qgrammar import called_so
from .termguards import _AGE, NAME_NOUNS, _known_org, _survey_option
from .termscan import term_mentions  # noqa: F401  (re-exported for the pipeline)
from .actors import ActorIndex, label_part, P_ROLE, P_NUM, P_ANON
from .doc import Chunk, Doc, NOUNISH

log = logging.getLogger(__name__)

QUOTE_OPEN = frozenset("‘'“\"「『《〈`")
_NOT_GLOSS = re.compile(r"^\s*(?:약|총|현지|당시|만|세|이하\s*\S+$)|^[\d\s.,~%·:\-+]+$|\d+\s*(?:세|살|년|월|일|시|분|원|달러|엔|명|개|%)|시간\)?$")
# Latin with accents, Greek, Cyrillic (El Niño, Müller, Домодедово)
_LATIN = re.compile(r"^[A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff][A-Za-z\u00c0-\u024f\u0370-\u03ff\u0400-\u04ff0-9&.'’\- ]*$")
_HERITAGE = re.compile(r"^(?:국보|보물|사적|명승|천연기념물|(?:국가|중요)?무형문화재|국가민속문화재|유네스코 세계유산)\s*(?:제\s*)?\d+(?:-\d+)?호$")
_URL = re.compile(r"^(?:https?://)?(?:www\.)?[a-z0-9\-]+(?:\.[a-z0-9\-]+)+(?:/\S*)?$")
_HANJA = re.compile(r"^[\u3400-\u9fff\uf900-\ufaff]+$")
_HANGUL_ALT = re.compile(r"^[가-힣A-Za-z0-9\- ]{1,15}$")
_SPLIT = re.compile(r"\s*[·,;/]\s*|\s+또는\s+|\s*[—―]\s*|\s+[–-]\s+")
RELATION_NOUNS = ("모회사", "자회사", "계열사", "전임", "후임", "소속", "산하", "출신", "동료", "가족", "아들", "딸", "부인")
_THRESHOLD = re.compile(r"^(?:[가-힣]+ )?\d[\d.,]*\s?[A-Za-z㎛㎜㎝㎞㎏%℃°]*\s?(?:이하|이상|미만|초과)의 [가-힣]+(?: [가-힣]+)?$")
_THAT_IS = re.compile(r"^(?:즉|곧|다시 말해)\s*,?\s*")  # (역간척 — 즉 바닷물과 통합): "that is"
GLOSS_REAL_NAME = re.compile(r"^\s*(?:본명|실명)\s*[:：]?\s*[가-힣]")
GLOSS_STRIP = re.compile(r"^(?:이하|약칭|영문|영어|영|한자|원어|일명|속칭|본명|실명)\s*[:：]?\s*")


def _gloss_items(content: str) -> list[str]:
    content = content.strip()
    if not content or len(content) > (120 if not _HANGUL_RE.search(content) else 60):
        return []  # (a foreign name with its codes may run long: Международный Аэропорт …, IATA: DME)
    content = GLOSS_STRIP.sub("", content)
    items = []
    raw = [_THAT_IS.sub("", it.strip().strip("'\"‘’“”")) for it in _SPLIT.split(content)]
    if len(raw) >= 2 and _AGE.match(raw[0]):
        return []  # "(25·현대모비스)", "(17, 경북일고)": a person's age and affiliation
    hangul = [it for it in raw if _HANGUL_RE.search(it)]
    if len(hangul) >= 3:
        return []  # "(현대, 삼성, 농협, KB국민)": a list of members, not other names of the same thing
    for it in raw:
        if _THRESHOLD.match(it):
            items.append(it)  # 슈퍼 태풍(920hpa 이하의 태풍), 초미세먼지(지름 2.5㎛ 이하의 먼지): a definition by a bound
            continue
        if not it or _NOT_GLOSS.search(it):
            continue
        if _HERITAGE.match(it):
            items.append(it)  # 금관(국보 191호): the designation a heritage item is known by
            continue
        if _URL.match(it):
            continue  # 홈페이지(lottorich.co.kr): an address, not another name
        if _HANGUL_RE.search(it) and re.search(r"\d", it):
            continue  # 300마리, 8인승: a count or number, not another name
        if _describes(it):
            return []  # "(영국, 하버드대 교수)", "(부장 이정희)": nationality or role, not a name
        if _LATIN.match(it) or _HANJA.match(it) or (_HANGUL_ALT.match(it) and it.count(" ") <= 1):
            items.append(it)
    return items


_HANGUL_RE = re.compile("[가-힣]")
_ROLE_SET = frozenset(L.ROLE_HEADS)
_ROLE_MAX = max(len(h) for h in L.ROLE_HEADS)


def _describes(item: str) -> bool:
    """A bracket item that says who/where rather than giving another name."""
    words = item.split()
    if not words:
        return False
    if item in L.COUNTRIES or words[0] in L.COUNTRIES and len(words) > 1:
        return True
    if _HANGUL_RE.search(item) and any(w[-k:] in _ROLE_SET for w in words for k in range(2, min(len(w), _ROLE_MAX) + 1)):
        return True
    if item.endswith(("인", "계")) and item[:-1] in L.COUNTRIES:
        return True
    return False


# Words that head no term: times, deictics and generic situation nouns.
NOT_TERMS = frozenset("""
오늘 어제 내일 모레 올해 작년 지난해 내년 금년 오전 오후 새벽 저녁 아침 이날 당일 현재 당시 지금 최근 이번 지난번 이후 이전
상황 경우 동시 사실 기타 이유 결과 내용 문제 부분 관련 대상 정도 수준 방법 과정 계획 입장 겨울철 여름철 봄철 가을철 주말 평일
다음 아래 위 앞 뒤 이것 그것 단어 낱말 이름 명칭 용어 표현 말 문장 약자 약칭 줄임말
""".split())
_ROLE_WORDS = frozenset(L.ROLE_HEADS)


_ACRONYM_GLOSS = re.compile(r"^[A-Z][A-Z0-9+&\-]{1,9}$")
_SHORT_FORM = re.compile(r"^[A-Z][A-Za-z0-9+&\-]{1,7}$")  # IoT, MD, NATO, 5G
_AMOUNT = re.compile(r"^\d[\d.,]*\s*[가-힣A-Za-z%]{0,3}$")


def _term_like(term: str, names: set[str], persons: set[str]) -> bool:
    """No amounts, dates, times, names of people or places, or `NAME 전 대통령` phrases as terms."""
    if _AMOUNT.match(term) or term in NOT_TERMS or term in names or term in persons:
        return False
    words = term.split()
    if len(words) >= 2 and (words[-1] in _ROLE_WORDS or words[0] in persons):
        return False
    return True


# heads that name a part or an event of the body before them (진보신당 창당준비위원회, 민주당 당원대회)
OWNED_HEADS = ("위원회", "대회", "지부", "본부", "분과", "협의회", "지회", "당원대회", "전당대회")


def _term_parts(doc: Doc, ch: Chunk, k: int, person_spans: set[tuple[int, int]],
                org_spans: frozenset = frozenset()):
    """Parts of the chunk that make the term ending at part k (role words, numbers, and an
    organisation named whole before it cut it: 국방부 방산정책조정회의(…) -> 방산정책조정회의)."""
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


# nouns of direction or surroundings that end a word before a name: 서울방향, 역 인근, 시내 일대
DIRECTION_NOUNS = frozenset("방향 방면 쪽 행 부근 인근 일대 주변 근처 일원 앞 뒤 옆 건너편 맞은편".split())


def extract_terms(doc: Doc, actors: ActorIndex) -> list[TermInfo]:
    text = doc.text
    found: dict[str, TermInfo] = {}
    persons = {(m.start, m.end) for m in actors.mentions if m.kind == PERSON}
    person_ends = {m.end for m in actors.mentions if m.kind == PERSON}
    places = {m.text for m in actors.mentions if m.kind == PLACE}

    names = {m.text for m in actors.mentions if m.kind in (PERSON, PLACE)}
    person_names = {m.text for m in actors.mentions if m.kind == PERSON} | {
        m.key for m in actors.mentions if m.kind == PERSON}

    org_names = {m.text for m in actors.mentions if m.kind == ORGANIZATION}
    org_spans = frozenset((m.start, m.end) for m in actors.mentions if m.kind == ORGANIZATION)
    person_words = {w for n in person_names for w in n.split()}

    def add(term: str, start: int, sent: int, person_ok: bool = False, **kw) -> None:
        if term[:1] in "«‹" and term[-1:] in "»›":
            term, start = term[1:-1], start + 1
        term = term.strip()
        first, _, rest = term.partition(" ")
        if rest and (first in LEADING_TIME_WORDS or (first in G.HOME_COUNTRY and len(rest.replace(" ", "")) >= 4)):
            start += len(first) + 1  # 이날 전국공공운수사회서비스노조, 대한민국 방송통신심의위원회
            term = rest.strip()
        if re.fullmatch(r"[A-Za-z·.]{1,3}", term) and not kw.get("glosses"):
            return  # QR, C·D: letters the article uses, not a term it explains
        if len(term) < 2 or (term in person_words and not person_ok):
            return  # 만델라 (of 넬슨 만델라): a person is an actor, not a term
        if kw.get("how") == "quoted" and _known_org(term, org_names):
            return  # ‘유튜브’: a well-known organisation in quotation marks is an actor, not a coinage
        # a place glossed with its name in its own script is explained: 도모데도보 국제공항(Домодедово)
        own_script = kw.get("how") == "gloss" and term not in person_names and any(
            _LATIN.match(g) and not _ACRONYM_GLOSS.match(g) or _HANJA.match(g) for g in kw.get("glosses", ()))
        if not term or len(term) > 40 or (term in places and not own_script):
            return
        if not person_ok and not _term_like(term, names - places if own_script else names, person_names):
            return
        old = found.get(term)
        if old is None:
            found[term] = TermInfo(term, start, start + len(term), doc.sentences[sent], **kw)
        else:  # merge what a later pattern adds
            gl = tuple(dict.fromkeys(old.glosses + kw.get("glosses", ())))
            d = old.definition or kw.get("definition")
            ds = old.definition_span or kw.get("definition_span")
            # cite the sentence that defines the term, when this pattern brings the definition
            sentence = doc.sentences[sent] if old.definition is None and kw.get("definition") else old.sentence
            found[term] = TermInfo(old.term, old.start, old.end, sentence, gl, d, ds, old.how, old.confidence)

    # glosses
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
            items = _gloss_items(content)
            if not items and _ACRONYM_GLOSS.match(p.text) and re.fullmatch(r"[가-힣]+(?: [가-힣]+){0,2}", content.strip()):
                items = [content.strip()]  # COO(최고운영책임자): an acronym's expansion, even one naming a post
            if not items:
                continue
            if all(re.fullmatch("[가-힣]+", it) and G.place_kind(it, True) for it in items):
                continue  # 두산-LG(잠실): the bracket says where, it does not gloss
            if p.end in person_ends and not GLOSS_REAL_NAME.match(content):
                continue  # a name's Hanja/English form: kept with the person, not a term
                # (a stage name glossed with the real name is explained: 승리(본명 이승현))
            parts = _term_parts(doc, ch, k, persons, org_spans) if p.end not in person_ends else [p]  # (승리(본명 …))
            term = text[parts[0].start:p.end]
            tstart = parts[0].start
            # ‘새로운 기준(New norm)’: the whole quoted phrase is the term
            if c + 1 < len(toks) and toks[c + 1].tag == "SSC" and toks[c + 1].start == toks[c].end \
                    and 0 <= toks[c + 1].pair < o:
                q0 = toks[toks[c + 1].pair].end
                if 0 < toks[o].start - q0 <= 20:
                    term, tstart = text[q0:toks[o].start], q0
            if _LATIN.match(term) and re.search("[가-힣]", content):
                # NLL(북방한계선): the Korean side is the term
                kor = [i for i in items if re.search("[가-힣]", i)]
                if kor:
                    add(kor[0], toks[o].end + content.find(kor[0]), ch.sent, glosses=(term,), how="gloss")
                continue
            if "·" in p.text and items and all(_SHORT_FORM.match(it) for it in items):
                cut = term.rindex("·") + 1  # 모바일·사물인터넷(IoT): the acronym glosses the last item
                left = term[:cut - 1].split()[-1] if term[:cut - 1].split() else ""
                if len(term) - cut >= 2 and len(left) >= 2 and not G.place_kind(left, True) \
                        and left not in L.SHORT_COUNTRY:  # (한·미 자유무역협정(FTA) stays whole)
                    term, tstart = term[cut:], tstart + cut
            hanja = next((it for it in items if _HANJA.match(it)), None)
            if hanja and len(parts) > 1 and len(hanja) < len(term.replace(" ", "")):
                # 하부 치성(雉城): one Hanja a syllable, the gloss covers the last words only
                tail = ""
                for q in reversed(parts):
                    tail = text[q.start:p.end]
                    if len(tail.replace(" ", "")) >= len(hanja):
                        break
                if len(tail.replace(" ", "")) == len(hanja):
                    term, tstart = tail, p.end - len(tail)
            if term.endswith(WORK_NOUNS) and " " in term and all(_HANGUL_RE.search(it) for it in items):
                continue  # 개표부정 의혹 영화(더 플랜): the bracket gives the work's title; the phrase describes it
            if label_part(toks, p) == P_ROLE:
                continue  # 장관(국방부), 의원(더불어민주당·서울 마포을): the bracket says whose, it does not gloss
            if label_part(toks, p) == P_NUM and not (re.search("[가-힣]", term) and len(term) >= 4
                                                      and all(_ACRONYM_GLOSS.match(it) for it in items)):
                continue  # (but 주요 8개국(G8): a name with a number, glossed by its acronym)
            add(term, tstart, ch.sent, glosses=tuple(items), how="gloss", person_ok=p.end in person_ends)

    plain = _quoted(doc, add)
    _so_called_bare(doc, add)
    _called(doc, add)
    _appositive(doc, actors, add)
    _copular(doc, add, actors.mentions)
    # organisations introduced with a descriptor: 국책기업 라피더스
    sent_index = {sp: k for k, sp in enumerate(doc.sentences)}
    for m in actors.mentions:
        if m.kind == ORGANIZATION and m.descriptor and m.text not in found and not _known_org(m.text, set()):
            idx = sent_index.get(m.sentence, 0)
            add(m.text, m.start, idx, definition=m.descriptor, how="appositive", confidence=0.7)
    for term in plain:  # ‘대기업’: an ordinary word in scare quotes, neither glossed nor defined
        t = found.get(term)
        if t is not None and t.how == "quoted" and not t.glosses and not t.definition:
            del found[term]
    return sorted(found.values(), key=lambda t: t.start)


CALL_VERBS = frozenset(("하", "부르", "칭하", "일컫", "이르"))
ANAPHORS = frozenset(("이", "이것", "이들", "그것", "이런", "이러한", "이와", "그런", "그러한"))


def _called(doc: Doc, add) -> None:
    """`이를 디페이스 해킹 공격이라고 한다`, `이런 현상을 역간척이라고 부른다`: the writer names
    what the sentence before described; the definition is that sentence."""
    text = doc.text
    for ch in doc.chunks:
        para = doc.paras[ch.para]
        toks = para.toks
        a = ch.after
        if a + 2 >= len(toks) or ch.in_gloss:
            continue
        k = a
        if toks[k].tag == "SSC" and toks[k].form in "’'\"”" and k + 2 < len(toks):
            k += 1  # ‘평형수’라고: past the closing mark
        if toks[k].tag == "VCP":
            k += 1
        if not (toks[k].form in ("라고", "이라고") and toks[k].tag in ("EC", "JKQ")):
            continue
        if toks[k + 1].tag not in ("VV", "VX") or toks[k + 1].form not in CALL_VERBS:
            continue
        i0 = ch.parts[0].i0
        # the object before the name: 이를 / 이런 현상을 / 이를 가리켜
        window = toks[max(0, i0 - 5):i0]
        si = ch.sent
        if any(t.tag == "JKO" for t in window) and any(t.form in ANAPHORS and t.tag in ("NP", "MM") for t in window):
            prev = doc.sentences[si - 1] if si > 0 and doc.sent_para[si - 1] == doc.sent_para[si] else None
            kw = {}
            if prev is not None:
                kw = {"definition": text[prev.start:prev.end].strip(), "definition_span": Span(prev.start, prev.end)}
            add(text[ch.start:ch.end], ch.start, si, how="copular", confidence=0.6, **kw)
            continue
        # 배의 무게중심을 잡기 위해 싣는 바닷물을 ‘평형수’라고 한다: the quoted word names the object
        quoted = ch.start > 0 and text[ch.start - 1] in "‘'\"“" and text[ch.end:ch.end + 1] in "’'\"”"
        o = i0 - 2 if quoted else i0 - 1  # the object particle right before the (quoted) name
        if quoted and o >= 0 and toks[o].tag == "JKO" and o > 0 and toks[o - 1].tag in ("NNG", "NNP") \
                and k + 2 < len(toks) and toks[k + 2].tag in ("EF", "EP"):
            s0 = doc.sentences[si].start
            d1 = toks[o - 1].end
            if d1 - s0 >= 6:
                add(text[ch.start:ch.end], ch.start, si, how="copular", confidence=0.6,
                    definition=text[s0:d1].strip(), definition_span=Span(s0, d1))


def _plain_noun(core) -> bool:
    """A common dictionary noun of at most 3 syllables (`대기업` = 대/XPN 기업/NNG, `기득권`):
    every morpheme a common noun or a noun affix, at least one a common noun."""
    if sum(len(x.form) for x in core) > 3 or any(x.end != y.start for x, y in zip(core, core[1:])):
        return False
    if any(getattr(x, "oov", False) for x in core):
        return False  # ‘공일증’: a word the dictionary does not know is a coinage
    return all(x.tag in ("NNG", "XPN", "XSN") for x in core) and any(x.tag == "NNG" for x in core)


SO_CALLED = ("이른바", "일명", "소위", "속칭", "통칭")


def _so_called_bare(doc: Doc, add) -> None:
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


def _so_called(text: str, q: int) -> bool:
    """`일명, ‘오페라’ 실험`, `이른바 ‘갑질’`: the writer introduces the quoted word as a name."""
    return text[max(0, q - 8):q].rstrip(" ,").endswith(SO_CALLED)


def _quoted(doc: Doc, add) -> set[str]:
    """Quoted coinages; returns the ones that are plain dictionary nouns (dropped unless glossed or defined)."""
    text = doc.text
    plain: set[str] = set()
    named: set[str] = set()  # introduced as a name somewhere (이른바, …라는 용어)
    for para in doc.paras:
        toks = para.toks
        n = len(toks)
        for i, t in enumerate(toks):
            if t.tag != "SSO" or t.form not in QUOTE_OPEN or t.pair <= i:
                continue
            c = t.pair
            inner = toks[i + 1:c]
            content = text[t.end:toks[c].start]
            if not inner or len(content) > 20 or content.count(" ") > 3:
                continue
            # stop at an inner gloss bracket: ‘심장(heart)’ -> 심장
            cut = next((k for k, x in enumerate(inner) if x.form == "("), len(inner))
            core = inner[:cut]
            # ‘QR코드 바꿔치기’, ‘몰아가기’: a verb made a noun with -기 names a practice
            nominal = len(core) >= 2 and core[-1].tag == "ETN" and core[-1].form == "기" and core[-2].tag in ("VV", "XSV")
            if not core or (core[-1].tag not in NOUNISH and not nominal
                            and not (core[-1].tag == "NNB" and len(core) >= 2)):  # (킹/NNG 달러/NNB)
                continue
            if any(x.tag in ("EF", "ETM", "JKS", "JKO", "JX") or (x.tag == "EC" and not nominal) for x in core):
                continue
            if core[0].tag == "SN" and (len(core) == 1 or _AMOUNT.match(text[core[0].start:core[1].end])) \
                    and not text[core[0].start:core[-1].end].endswith(CONCEPT_HEADS):
                continue  # "16세 이하 청소년", "010": amounts and numbers are not terms (‘01X … 제도’ is)
            if len(core) == 1 and core[0].tag == "NNG" and len(core[0].form) <= 2:
                continue  # '사실', '광고': scare quotes around an ordinary word
            if not nominal and any(x.tag in ("VV", "VA", "EP", "XSV", "XSA") for x in core):
                continue  # a clause or evaluation, not a noun-like coinage
            nxt = toks[c + 1] if c + 1 < n else None
            called = called_so(toks, i, c, text)
            if nxt is not None and nxt.tag == "JKQ" and _say_follows(toks, c + 2) and not called:
                continue  # reported speech, not a coinage ("킹 달러"라고 하는데: a name people use)
            if _survey_option(toks, c):
                continue
            term = text[core[0].start:core[-1].end]
            introduced = _so_called(text, t.start) or _named_as_word(toks, c) or called or _amounts_to(toks, c)
            if not introduced and _not_a_coinage(text, toks, i, c, core, term, concept=nominal) \
                    and not (" " in term and _recurs_quoted(text, term)):
                continue  # (a phrase the article keeps quoting, `"가짜 아티스트"`, is its subject)
            if introduced:
                named.add(term)
            elif _plain_noun(core):
                plain.add(term)
            add(term, core[0].start, para.sent_ids[i], how="quoted", confidence=0.8)
    return plain - named  # (이른바 ‘택시법’ once, ‘택시법’ later: a name all the same)


PLACE_NOUNS = ("장소", "광장", "도시", "마을", "지역", "거리", "공원", "섬", "항구", "공항", "역", "수도")
LEADING_TIME_WORDS = frozenset("이날 이번 지난 오늘 어제 당시 현재 최근 한편 또한 특히 신형 구형 최신형 개량형 기존 해당".split())
TITLE_QUOTES = frozenset("《〈")  # (「」 also mark laws: 「질서위반행위규제법」)
# nouns after which a quotation is the title or name of a work, channel or document
WORK_NOUNS = ("영화", "드라마", "책", "저서", "소설", "노래", "곡", "앨범", "시리즈", "채널", "기사", "보고서", "보도자료",
              "프로그램", "다큐멘터리", "방송", "작품", "연극", "뮤지컬", "웹툰", "만화", "게임", "칼럼", "논문", "성명",
              "계정", "트위터", "사이트", "매체", "신문", "잡지", "제목", "표어", "구호", "슬로건")
# heads of a multi-word quoted phrase that names a concept (하인리히 법칙, 2+2 협의체)
CONCEPT_HEADS = ("법칙", "효과", "현상", "증후군", "신드롬", "법", "법안", "제도", "정책", "전략", "작전", "계획", "구상",
                 "프로젝트", "운동", "사태", "사건", "체제", "체계", "이론", "원칙", "모델", "방식", "주의", "협의체", "협정",
                 "조약", "동맹", "선언", "독트린", "노선", "공식", "지수", "협약", "게이트", "캠페인", "프로그램", "기술",
                 "시스템", "플랫폼", "질환", "바이러스", "변이", "백신", "제", "화", "소송", "대회", "구역", "기간",
                 "조치", "제재", "규제", "사업", "위기", "지구", "특구", "보전", "거래")
_NAMED_AS = ("단어", "말", "용어", "표현", "신조어", "개념", "별명", "이름", "명칭")


def _recurs_quoted(text: str, term: str) -> bool:
    """The phrase is written in quotation marks at least twice in the article."""
    n = 0
    for m in re.finditer(re.escape(term), text):
        if m.start() > 0 and text[m.start() - 1] in "‘'\"“" and text[m.end():m.end() + 1] in ("’", "'", "\"", "”"):
            n += 1
            if n >= 2:
                return True
    return False


NAMING_STEMS = frozenset(("부르", "불리", "칭하", "일컫", "지칭하"))


def _named_as_word(toks, c: int) -> bool:
    """`“폭풍전야”라는 단어`, `‘X’란 용어`, `‘전승절’로 부르며`, `‘사재기’라고 불리는`: the writer
    presents the quoted words as a term."""
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
    elif k < len(toks) and toks[k - 1].form in ("라는", "이라는", "란", "이란"):
        pass
    else:
        return False
    return k < len(toks) and toks[k].form in _NAMED_AS


def _not_a_coinage(text: str, toks, o: int, c: int, core, term: str, concept: bool = False) -> bool:
    """A quotation that is not a coinage the reader needs explained: the title of a work
    (`《더 플랜》`, `영화 ‘더 플랜’`), an item of a list of quoted names (`"우정리 노트", "빱라임씬"`),
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
    if " " in term.strip() and not concept and not term.rstrip().endswith(CONCEPT_HEADS) \
            and not any(x.tag in ("NNP", "SL", "SH") for x in core):
        return True
    return False


def _amounts_to(toks, c: int) -> bool:
    """`‘사법 방해’에 해당한다`: the quoted words name a category (of offence, of case) that
    something falls under."""
    k = c + 1
    return k + 1 < len(toks) and toks[k].form == "에" and toks[k].tag == "JKB" and toks[k + 1].form in ("해당하", "해당")


def _say_follows(toks, k: int) -> bool:
    for x in toks[k:k + 6]:
        if x.tag in ("VV", "XSV") or x.tag == "NNG" and x.form == "말":
            return True
        if x.tag == "SF":
            return False
    return False


def _modifier_start(doc: Doc, para, i0: int) -> int:
    """Token index where the modifier phrase ending just before token i0 starts."""
    toks = para.toks
    k = i0 - 1
    start = i0
    words = 0
    while k >= 0 and words < 8:
        # the word (eojeol) ending at token k
        j = k
        while j > 0 and toks[j - 1].end >= toks[j].start and toks[j - 1].tag not in ("SP", "SF", "SSO", "SSC"):
            j -= 1
        last = toks[k].tag
        if para.sent_ids[j] != para.sent_ids[i0]:
            break
        first_tag = toks[start].tag if start < len(toks) else ""
        ok = (last in ("JKG", "ETM", "JC") or last in NOUNISH or toks[k].form in ("및", "등")
              or (last in ("JKO", "JKB") and first_tag in ("VV", "VA", "XSV", "VX")))
        if not ok or last == "SP":
            break
        start = j
        words += 1
        k = j - 1
    return start


def _appositive(doc: Doc, actors: ActorIndex, add) -> None:
    text = doc.text
    prev = None
    person_starts = {m.start for m in actors.mentions if m.kind in (PERSON, PLACE)}
    for ch in doc.chunks:
        if prev is not None and prev.para == ch.para:
            para = doc.paras[ch.para]
            toks = para.toks
            a = prev.after
            if (a + 2 == ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].tag == "ETM"
                    and toks[a + 1].form == "ᆫ" and ch.start not in person_starts):
                lab = label_part(toks, prev.parts[-1])
                last_tok = toks[prev.parts[-1].i1 - 1]
                if (lab != P_ROLE and prev.parts[-1].text not in PRED_STOP and last_tok.form != "적"
                        and not prev.parts[-1].text.endswith(RELATION_NOUNS)
                        and toks[ch.parts[0].i0].tag not in ("SN", "NR")
                        and toks[prev.parts[0].i0].tag not in ("SN", "NR")
                        and not (len(ch.parts) == 1 and ch.parts[0].text.endswith(("와", "과"))
                                 and ch.parts[0].i1 - ch.parts[0].i0 == 1)):  # 사라와/NNP: a particle glued on
                    s = _modifier_start(doc, para, prev.parts[0].i0)
                    d0 = toks[s].start
                    d1 = prev.end
                    y = ch.parts[0]
                    term = y.text
                    if prev.parts[-1].text.endswith(PLACE_NOUNS):
                        prev = ch
                        continue  # 중앙 광장인 «알라-토»: a place the article names, not a term
                    add(term, y.start, ch.sent, definition=text[d0:d1], definition_span=_span(d0, d1),
                        how="appositive", confidence=0.8)
                elif (a + 2 == ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].form == "ᆫ"
                      and prev.parts[-1].text == "하나" and len(prev.parts) == 1 and prev.parts[0].i0 >= 2
                      and toks[prev.parts[0].i0 - 1].form == "중" and ch.start not in person_starts):
                    # 주요 포털 사이트 중 하나인 네이버: "one of X" defines the name
                    k = prev.parts[0].i0 - 2
                    if toks[k].tag in NOUNISH:
                        s = _modifier_start(doc, para, k)
                        while s > 0 and toks[s - 1].tag in NOUNISH and toks[s - 1].end >= toks[s].start - 1 \
                                and para.sent_ids[s - 1] == para.sent_ids[k]:
                            s -= 1
                        d0, d1 = toks[s].start, prev.end
                        y = ch.parts[0]
                        add(y.text, y.start, ch.sent, definition=text[d0:d1], definition_span=_span(d0, d1),
                            how="appositive", confidence=0.7)
            # Y(이)라는 X
            a = prev.after
            if (a + 2 <= ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].tag == "ETM"
                    and toks[a + 1].form in ("라는", "이라는") and a + 2 == ch.parts[0].i0):
                last = prev.parts[-1]
                term = text[last.start:prev.end]
                name_like = (last.i1 - last.i0 >= 2 or any(toks[x].tag in ("NNP", "SL") for x in range(last.i0, last.i1))
                             or (last.start > 0 and text[last.start - 1] in "‘'\"“"))
                if name_like and term not in PRED_STOP and ch.parts[0].text not in NAME_NOUNS:
                    add(term, last.start, prev.sent, definition=text[ch.start:ch.end],
                        definition_span=_span(ch.start, ch.end), how="copular", confidence=0.7)
        prev = ch


def _span(a: int, b: int) -> Span:
    return Span(a, b)
