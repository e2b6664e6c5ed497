"""People, organisations, places and anonymous sources.

Works on the noun chunks of `doc.Doc`. Each part of a chunk gets a label from its form and
its morphemes (place, organisation, role, anonymous head, name, plain noun), then the
label sequence is read the way Korean news writes actors:

- `NAME [AFFIL] ROLE`  (`애덤 스미스 민주당 하원의원`), `[AFFIL] ROLE NAME` (`장관 이주호`),
  `ROLE-인 NAME` (`사장인 스티븐 엘롭`), `NAME 씨`;
- `DESCRIPTOR NAME` for organisations (`반도체기업 인텔`), `X인 NAME` with a company noun;
- anonymous sources end in a head such as 관계자/당국자 and name nobody.

A second pass labels every later occurrence of a name already classified in the article,
and keys each mention to the fullest form of its name (`바이든` -> `조 바이든`).
"""
from __future__ import annotations

import logging
import re
from dataclasses import dataclass, field

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE, Mention
from . import lexicon as L
from .doc import Chunk, Doc, Part

log = logging.getLogger(__name__)

# part labels
P_PLACE, P_ORG, P_ROLE, P_ANON, P_NAME, P_NOUN, P_NUM, P_MOD = "place org role anon name noun num mod".split()
P_ORGHEAD = "orghead"  # 협회, 연구소, 대학교 written as a word of its own

ORG_CLASS = ("기업", "업체", "회사", "제조사", "제조업체", "방송", "방송사", "신문", "신문사", "통신사", "언론",
             "단체", "정당", "기관", "조직", "그룹", "협의체", "은행", "대학", "구단", "자회사", "계열사", "모회사",
             "총판업체", "연구소", "스타트업", "공기업", "국책기업", "매체", "일간지", "포털")
PLACE_CLASS = ("도시", "국가", "나라", "섬", "지역", "마을", "수도", "항구", "공항", "역")
MILITARY = frozenset("공군 육군 해군 해병대 미군 국군 인민군 주방위군 반군 다국적군 자위대 주한미군 주일미군".split())
LOCATIVE = frozenset(("에서", "에서는", "에서도"))
_HANGUL = re.compile(r"^[가-힣]+$")
_HANGUL_ANY = re.compile(r"[가-힣]")
_ACRONYM = re.compile(r"^[A-Z][A-Z0-9&.\-]{1,9}$")


@dataclass
class Actor:
    text: str
    start: int
    end: int
    kind: str
    sent: int
    role: str | None = None
    affiliation: str | None = None
    descriptor: str | None = None
    confidence: float = 1.0
    forms: tuple[str, ...] = ()


@dataclass
class ActorIndex:
    """What the quote and term extractors need to know about actors."""

    mentions: list[Mention] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    """Name (as written) -> kind, for names classified in this article."""
    keys: dict[str, str] = field(default_factory=dict)
    """Name (as written) -> fullest form."""


def _suffix_tokens(toks, p: Part, words) -> str | None:
    """The longest of `words` equal to the part's last 1-3 morphemes joined."""
    best = None
    s = ""
    for k in range(p.i1 - 1, max(p.i0 - 1, p.i1 - 4), -1):
        s = toks[k].form + s
        if s in words:
            best = s
    return best


def _suffix_index(words) -> tuple[dict[str, str], int]:
    return {w: w for w in words}, max(len(w) for w in words)


_ORG_SUF, _ORG_MAX = _suffix_index(L.ORG_SUFFIXES)
_PLACE_SUF, _PLACE_MAX = _suffix_index(L.PLACE_SUFFIXES)


def _suffixes(t: str, index: dict[str, str], longest: int):
    """Suffixes of t found in index, longest first (a few dict lookups, not a scan of the list)."""
    for k in range(min(longest, len(t) - 1), 0, -1):
        s = t[-k:]
        if s in index:
            yield s


def label_part(toks, p: Part) -> str:
    if p.label is None:
        p.label = _label_part(toks, p)
    return p.label


def _label_part(toks, p: Part) -> str:
    t = p.text
    tags = [toks[k].tag for k in range(p.i0, p.i1)]
    proper = "NNP" in tags or "SH" in tags or (len(tags) == 1 and tags[0] == "NNG" and len(t) >= 5)
    if all(tg in ("SN", "NR") for tg in tags) or (tags[0] == "SN"):
        return P_NUM
    if (t in L.COUNTRIES or t in L.PLACES) and (t not in L.AMBIGUOUS_COUNTRIES or "NNP" in tags):
        return P_PLACE
    if t in L.NOT_ORG:
        return P_NOUN
    if t in L.SHORT_COUNTRY and len(t) == 1 and tags[0] in ("NNP", "SH") and t not in ("한", "남"):
        return P_PLACE
    if len(t) > 1 and is_short_run(t) and tags[0] in ("NNP", "SH"):
        return P_PLACE
    if t in L.ORGS or t in MILITARY or t in L.STANDALONE_ORGS:
        return P_ORG
    if t in L.ORG_SUFFIXES and t not in L.WEAK_ORG_SUFFIXES and t not in L.GENERIC_ORG:
        return P_ORGHEAD
    if t in L.ROLE_MODIFIERS:
        return P_MOD
    head = toks[p.i1 - 1].form
    if head in L.ANON_HEADS:
        return P_ANON
    if _suffix_tokens(toks, p, ROLE_SET):
        return P_ROLE
    if t in L.HONORIFIC_NNB:
        return P_NOUN
    for suf in _suffixes(t, _ORG_SUF, _ORG_MAX):
        if True:
            stem = t[: -len(suf)]
            if suf in L.GENERIC_ORG and not proper:
                continue
            if suf in L.WEAK_ORG_SUFFIXES:
                ministry = suf in ("부", "청", "처") and len(t) >= 3 and tags[-1] == "NNG"
                if len(stem) < 2 or not (proper or len(tags) >= 2 or ministry):
                    continue
                if suf in ("원", "대") and not proper and len(tags) < 2:
                    continue
            elif len(stem) < 2 and not proper:
                continue
            return P_ORG
    if len(t) >= 3 and t[-1] in "시도" and (t[:-1] in L.PLACES or t[:-1] in L.COUNTRIES):
        return P_PLACE
    for suf in _suffixes(t, _PLACE_SUF, _PLACE_MAX) if proper else ():
        if True:
            stem = t[: -len(suf)]
            if suf in L.WEAK_PLACE_SUFFIXES:
                # 버지니아/NNP 주/NNG: the suffix is a morpheme of its own; one proper-noun morpheme
                # only for districts (강남구), since names end in 시/도/주/현 too (펠로시, 곽상도)
                if len(stem) < 2:
                    continue
                if len(tags) == 1 or toks[p.i1 - 1].form != suf:
                    if not (len(tags) == 1 and suf in L.DISTRICT_SUFFIXES and len(t) >= 3):
                        continue
            elif len(stem) < 2:
                continue
            return P_PLACE
    if proper:
        return P_NAME
    if tags[0] == "SL" and len(tags) == 1 and _ACRONYM.match(t):
        return P_NAME
    # a Korean name Kiwi split into syllables: 성/혜/림
    if len(tags) == 3 and len(t) == 3 and t[0] in L.SURNAMES and _HANGUL.match(t):
        return P_NAME
    return P_NOUN


ROLE_SET = frozenset(L.ROLE_HEADS)


def is_short_run(t: str) -> bool:
    """`美`, `韓美日`, `미일`, `한·미`, `북-러`: country short forms written together."""
    core = t.replace("·", "").replace("-", "").replace("‧", "")
    return 1 <= len(core) <= 3 and all(c in L.SHORT_RUN_CHARS for c in core) and (len(core) > 1 or not c_hangul(core))


def c_hangul(c: str) -> bool:
    return "가" <= c <= "힣"


def _person_like(doc: Doc, parts: list[Part]) -> bool:
    """A person's name is written in Hangul (an acronym before a role is an organisation or a term)."""
    text = doc.text[parts[0].start:parts[-1].end]
    return any("가" <= c <= "힣" for c in text)


def _latin_glossed(doc: Doc, part: Part) -> bool:
    if part.gloss is None:
        return False
    toks = None
    for p in doc.paras:
        if p.start <= part.start <= p.start + len(p.text):
            toks = p.toks
            break
    if toks is None:
        return False
    inner = doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start]
    return bool(re.match(r"^[A-Za-z]", inner.strip()))


def _korean_name(text: str) -> bool:
    return len(text) == 3 and _HANGUL.match(text) is not None and text[0] in L.SURNAMES


class _Collector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[Actor] = []
        self.starts: list[int] | None = None
        self.snapshot: list[Actor] = []

    def add(self, parts: list[Part], kind: str, chunk: Chunk, **kw) -> None:
        start, end = parts[0].start, parts[-1].end
        text = self.doc.text[start:end]
        if kind == PLACE and len(parts) == 1 and is_short_run(text) and len(text) > 1:
            for k, c in enumerate(text):
                if c in L.SHORT_COUNTRY:
                    self.found.append(Actor(c, start + k, start + k + 1, PLACE, chunk.sent, **kw))
            return
        self.found.append(Actor(self.doc.text[start:end], start, end, kind, chunk.sent, **kw))


def _phrase(doc: Doc, parts: list[Part]) -> str | None:
    if not parts:
        return None
    return doc.text[parts[0].start:parts[-1].end]


def _analyse_chunk(doc: Doc, ch: Chunk, prev_role: str | None, col: _Collector, unknown: list) -> None:
    toks = doc.paras[ch.para].toks
    parts = ch.parts
    labels = [label_part(toks, p) for p in parts]
    n = len(parts)
    # "NAME 주/현/공항" written with a space: the suffix part makes the whole a place
    for k in range(n - 1):
        if labels[k] != P_NAME and not (labels[k] == P_PLACE and parts[k].text not in L.COUNTRIES):
            continue
        m = k + 1
        if m < n - 1 and labels[m] == P_NOUN and len(parts[m + 1].text) > 1:
            m += 1
        if parts[m].text in L.PLACE_SUFFIXES:
            parts = parts[:k] + [Part(parts[k].i0, parts[m].i1, parts[k].start, parts[m].end,
                                      doc.text[parts[k].start:parts[m].end], parts[m].gloss)] + parts[m + 1:]
            labels = labels[:k] + [P_PLACE] + labels[m + 1:]
            n = len(parts)
            break
    after = toks[ch.after] if ch.after < len(toks) else None
    honorific = after is not None and after.tag == "NNB" and after.form in L.HONORIFIC_NNB and after.start == parts[-1].end

    i = 0
    used = [False] * n
    while i < n:
        lab = labels[i]
        if lab == P_NAME:
            j = i
            while j < n and labels[j] == P_NAME and j - i < 3:
                j += 1
            name_parts = parts[i:j]
            # NAME [AFFIL...] [MOD] ROLE
            k = j
            while k < n and labels[k] in (P_ORG, P_PLACE, P_NOUN, P_MOD) and k - j < 4:
                k += 1
            between = labels[j:k]
            if (len(name_parts) == 1 and j + 1 < k and labels[j] == P_NOUN and labels[j + 1] in (P_PLACE, P_ORG, P_ORGHEAD)
                    and _HANGUL.match(parts[j].text) and parts[j].i1 - parts[j].i0 == 1):
                name_parts = parts[i:j + 1]
                j += 1
                between = labels[j:k]
            while k < n and labels[k] == P_ORGHEAD and k - j < 5:
                k += 1
                while k < n and labels[k] in (P_ORG, P_PLACE, P_NOUN, P_MOD) and k - j < 5:
                    k += 1
            between = labels[j:k]
            if k < n and labels[k] == P_ROLE and (P_NOUN not in between or P_ORG in between or P_PLACE in between
                                                  or P_ORGHEAD in between) \
                    and _person_like(doc, name_parts):
                r0 = k
                while r0 > j and labels[r0 - 1] in (P_MOD, P_NOUN):
                    r0 -= 1
                r1 = k + 1
                while r1 < n and labels[r1] in (P_ROLE, P_MOD):
                    r1 += 1
                aff_idx = [q for q in range(j, r0) if labels[q] in (P_ORG, P_PLACE, P_NAME, P_ORGHEAD)]
                aff = parts[aff_idx[0]:aff_idx[-1] + 1] if aff_idx else []
                col.add(name_parts, PERSON, ch, role=_phrase(doc, parts[r0:r1]),
                        affiliation=_phrase(doc, aff) if aff else None)
                for q in range(i, r1):
                    used[q] = True
                for p, lb in zip(parts[j:r0], labels[j:r0]):
                    if lb in (P_ORG, P_PLACE):
                        col.add([p], ORGANIZATION if lb == P_ORG else PLACE, ch)
                i = r1
                continue
            # [AFFIL] ROLE NAME  /  ROLE-인 NAME
            if ((i > 0 and labels[i - 1] == P_ROLE) or (i == 0 and prev_role)) and _person_like(doc, name_parts):
                if i > 0:
                    r0 = i - 1
                    while r0 > 0 and labels[r0 - 1] in (P_ROLE, P_MOD, P_NOUN):
                        r0 -= 1
                    role = _phrase(doc, parts[r0:i])
                    aff = [p for p, lb in zip(parts[:r0], labels[:r0]) if lb in (P_ORG, P_PLACE)]
                else:
                    role, aff = prev_role, []
                if j < n and j == n - 1 and labels[j] == P_NOUN and _HANGUL.match(parts[j].text) \
                        and len(name_parts) == 1 and after is not None and after.tag in ("JC", "JKS", "JX", "JKO"):
                    name_parts = parts[i:j + 1]
                    j += 1
                col.add(name_parts, PERSON, ch, role=role, affiliation=_phrase(doc, aff[-1:]) if aff else None)
                for q in range(i, j):
                    used[q] = True
                i = j
                continue
            if j == n and honorific:
                col.add(name_parts, PERSON, ch, role=None)
                i = j
                continue
            # NAME + org suffix noun written apart: 토고 축구 협회, 바이든 행정부
            k = j
            while k < n and labels[k] == P_NOUN:
                k += 1
            if k < n and labels[k] == P_ORG and k > j:
                col.add(parts[i:k + 1], ORGANIZATION, ch)
                for q in range(i, k + 1):
                    used[q] = True
                i = k + 1
                continue
            if k < n and labels[k] == P_ORG and k == j and toks[parts[k].i0].tag != "NNP" \
                    and parts[k].text not in L.ORGS:
                col.add(parts[i:k + 1], ORGANIZATION, ch)
                for q in range(i, k + 1):
                    used[q] = True
                i = k + 1
                continue
            unknown.append((ch, name_parts, i == 0 and j == n))
            i = j
            continue
        generic = lab == P_ORG and all(toks[x].tag in ("NNG", "XSN") for x in range(parts[i].i0, parts[i].i1)) \
            and parts[i].text not in MILITARY and parts[i].text not in L.STANDALONE_ORGS
        if lab == P_ORGHEAD or (generic and i > 0 and labels[i - 1] in (P_NOUN, P_NAME)
                                and parts[i - 1].text not in L.NAME_STOP_NOUNS):
            k = i
            while k > 0 and labels[k - 1] in (P_NOUN, P_NAME) and not used[k - 1] and i - k < 4 \
                    and parts[k - 1].text not in L.NAME_STOP_NOUNS:
                k -= 1
            if k > 0 and labels[k - 1] == P_PLACE and not used[k - 1]:
                k -= 1
                if col.found and col.found[-1].start == parts[k].start:
                    col.found.pop()
            if k < i or parts[i].text in L.STANDALONE_ORGS or lab == P_ORG:
                col.add(parts[k:i + 1], ORGANIZATION, ch)
                for q in range(k, i + 1):
                    used[q] = True
            i += 1
            continue
        if lab in (P_ORG, P_PLACE):
            # a generic organisation noun takes the country before it: 폴란드 공군
            start_k = i
            if lab == P_ORG and i > 0 and labels[i - 1] == P_PLACE and not used[i - 1] \
                    and all(toks[x].tag in ("NNG", "XSN") for x in range(parts[i].i0, parts[i].i1)) \
                    and parts[i].i1 - parts[i].i0 <= 2:
                start_k = i - 1
                found = col.found
                if found and found[-1].start == parts[i - 1].start:
                    found.pop()

            if i + 1 < n and labels[i + 1] == P_ROLE:
                pass  # affiliation of an unnamed role holder still names the organisation
            desc = None
            if lab == P_ORG and start_k == i and i > 0 and labels[i - 1] == P_NOUN:
                d = parts[i - 1].text
                if d.endswith(ORG_CLASS):
                    desc = d
            col.add(parts[start_k:i + 1], ORGANIZATION if lab == P_ORG else PLACE, ch, descriptor=desc)
            i += 1
            continue
        if lab == P_ANON:
            # the whole phrase is the anonymous source: 바이든 행정부 고위 당국자
            col.add(parts[: i + 1], ANONYMOUS, ch, confidence=0.8)
            i += 1
            continue
        if lab == P_NOUN and i + 1 < n and labels[i + 1] == P_NAME and parts[i].text.endswith(ORG_CLASS):
            j = i + 1
            while j < n and labels[j] == P_NAME and j - i <= 2:
                j += 1
            if j == n or labels[j] not in (P_ROLE,):
                col.add(parts[i + 1:j], ORGANIZATION, ch, descriptor=parts[i].text)
                i = j
                continue
        i += 1


def _prev_role(doc: Doc, ch: Chunk, prev: Chunk | None) -> tuple[str | None, str | None]:
    """`X인 NAME`: (role, org-class) of the chunk written just before with 이/VCP + ᆫ/ETM."""
    if prev is None or prev.para != ch.para:
        return None, None
    toks = doc.paras[ch.para].toks
    a = prev.after
    if a + 2 == ch.parts[0].i0 and toks[a].tag == "VCP" and toks[a + 1].tag == "ETM" and toks[a + 1].form == "ᆫ":
        last = prev.parts[-1]
        lab = label_part(toks, last)
        if lab == P_ROLE:
            return doc.text[prev.parts[0].start:last.end], None
        if last.text.endswith(ORG_CLASS):
            return None, ORGANIZATION
        if last.text.endswith(PLACE_CLASS):
            return None, PLACE
    return None, None


def _quoted_after_class(doc: Doc, ch: Chunk) -> str | None:
    """`안보협의체 ‘오커스(AUKUS)’`: a quoted name right after a class noun."""
    toks = doc.paras[ch.para].toks
    i0 = ch.parts[0].i0
    if i0 < 2 or toks[i0 - 1].tag != "SSO" or toks[i0 - 2].tag not in ("NNG", "NNP"):
        return None
    if toks[i0 - 1].start == toks[i0 - 2].end:
        return None
    before = toks[i0 - 2].form
    if before.endswith(ORG_CLASS):
        return ORGANIZATION
    return None


def extract_actors(doc: Doc) -> ActorIndex:
    col = _Collector(doc)
    unknown: list = []
    prev: Chunk | None = None
    for ch in doc.chunks:
        if ch.in_gloss and (len(ch.parts) == 1 or not _HANGUL_ANY.search(doc.text[ch.start:ch.end])):
            continue
        role, cls = _prev_role(doc, ch, prev)
        n0 = len(col.found)
        _analyse_chunk(doc, ch, role, col, unknown)
        if cls is None and len(col.found) == n0:
            cls = _quoted_after_class(doc, ch)
        if cls and len(col.found) == n0:
            toks = doc.paras[ch.para].toks
            labels = [label_part(toks, p) for p in ch.parts]
            if labels and labels[0] in (P_NAME, P_ORG, P_PLACE):
                col.add(ch.parts[:1], cls, ch, descriptor=doc.text[prev.start:prev.end] if prev else None)
                unknown[:] = [u for u in unknown if u[0] is not ch]
        prev = ch
    _resolve_unknown(doc, col, unknown)
    return _finish(doc, col.found)


NOT_NAME_END = frozenset("함련협공청당국부회단관실사선호")


def _hanja_glossed(doc: Doc, part: Part) -> bool:
    """`기시다 후미오(岸田文雄)`: a proper name glossed in Hanja is a person's."""
    if part.gloss is None:
        return False
    toks = doc_toks(doc, part)
    inner = doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start]
    first = re.split(r"[,，·]", inner)[0].strip()
    return bool(first) and all("\u3400" <= c <= "\u9fff" for c in first) and 2 <= len(first) <= 6


def doc_toks(doc: Doc, part: Part):
    for p in doc.paras:
        if p.start <= part.start <= p.start + len(p.text):
            return p.toks
    return []


def _source_phrase(toks, a: int) -> bool:
    """`X에 따르면`, `X 보도에 따르면`, `X는 … 보도했다`: X is a publisher."""
    if a + 1 < len(toks) and toks[a].form == "에" and toks[a + 1].form.startswith("따르"):
        return True
    if a < len(toks) and toks[a].form in ("보도", "의") and a + 2 < len(toks) and toks[a + 2].form.startswith("따르"):
        return True
    return False


def _listed_kind(doc: Doc, ch: Chunk, chunk_pos: dict) -> str | None:
    """`A, B, C 등(의) 유럽계 업체`: every item of a list closed by 등 + class noun."""
    k = chunk_pos.get(id(ch))
    if k is None:
        return None
    chunks = doc.chunks
    j = k
    # walk right over ", X" / "과 X" to the list's last item
    while j + 1 < len(chunks) and chunks[j + 1].para == ch.para and chunks[j + 1].sent == ch.sent:
        gap = doc.text[chunks[j].end:chunks[j + 1].start].strip()
        if gap in (",", "과", "와", "및", "·") or (gap.startswith(("과", "와")) and len(gap) <= 3):
            j += 1
            continue
        break
    last = chunks[j]
    toks = doc.paras[ch.para].toks
    a = last.after
    if a < len(toks) and toks[a].form == "등":
        nxt = chunks[j + 1] if j + 1 < len(chunks) and chunks[j + 1].para == ch.para else None
        if nxt is not None and nxt.start - toks[a].end <= 3:
            head = nxt.parts[-1].text
            if head.endswith("들"):
                head = head[:-1]
            if head.endswith(ORG_CLASS):
                return ORGANIZATION
            if head.endswith(PLACE_CLASS):
                return PLACE
    return None


def _resolve_unknown(doc: Doc, col: _Collector, unknown: list) -> None:
    """Names with no role or suffix: known earlier, a Korean name, a full foreign name, or a place by its particle."""
    chunk_pos = {id(c): i for i, c in enumerate(doc.chunks)}
    known = {a.text: a.kind for a in col.found}
    persons = [a for a in col.found if a.kind == PERSON]
    parts_of = {}
    for a in persons:
        for w in a.text.split():
            parts_of.setdefault(w, a.text)
    for ch, name_parts, whole in unknown:
        text = doc.text[name_parts[0].start:name_parts[-1].end]
        toks = doc.paras[ch.para].toks
        after = toks[ch.after] if ch.after < len(toks) else None
        if text in known:
            col.add(name_parts, known[text], ch)
            continue
        if text in parts_of:
            col.add(name_parts, PERSON, ch)
            continue
        quoted = name_parts[0].start > 0 and doc.text[name_parts[0].start - 1] in "‘'\"“"
        attached = after is not None and after.start == name_parts[-1].end
        argument = attached and (after.tag in ("JX", "JKS", "JKO", "JKG", "JC") or
                                 (after.tag == "NNB" and after.form in L.HONORIFIC_NNB))
        if _hanja_glossed(doc, name_parts[-1]):
            col.add(name_parts, PERSON, ch, confidence=0.7)
            continue
        if _korean_name(text) and len(name_parts) == 1 and not quoted and argument \
                and not _latin_glossed(doc, name_parts[0]) and text[-1] not in NOT_NAME_END:
            col.add(name_parts, PERSON, ch, confidence=0.6)
            continue
        if 2 <= len(name_parts) <= 3 and all(_HANGUL.match(p.text) for p in name_parts) and whole and argument:
            col.add(name_parts, PERSON, ch, confidence=0.5)
            continue
        if whole and len(name_parts) == 1 and _source_phrase(toks, ch.after):
            col.add(name_parts, ORGANIZATION, ch, confidence=0.5)
            continue
        lk = _listed_kind(doc, ch, chunk_pos)
        if whole and lk is not None:
            col.add(name_parts, lk, ch, confidence=0.5)
            continue
        if whole and after is not None and after.tag == "JKB" and after.form in LOCATIVE \
                and after.start == name_parts[-1].end and len(name_parts) == 1 and _HANGUL.match(text):
            col.add(name_parts, PLACE, ch, confidence=0.4)
            continue
        if whole and _HANGUL.match(text) and _coordinated_kind(doc, ch, col) is not None:
            col.add(name_parts, _coordinated_kind(doc, ch, col), ch, confidence=0.5)


def _near(col: _Collector, ch: Chunk) -> list[Actor]:
    """Organisations/places found within 40 characters of the chunk (found is in text order)."""
    import bisect

    if col.starts is None:  # one sorted snapshot of the first pass: linear overall
        col.snapshot = sorted(col.found, key=lambda a: a.start)
        col.starts = [a.start for a in col.snapshot]
    lo = bisect.bisect_left(col.starts, ch.start - 40)
    hi = bisect.bisect_right(col.starts, ch.end + 40)
    return [a for a in col.snapshot[lo:hi] if a.sent == ch.sent and a.kind in (ORGANIZATION, PLACE)]


def _coordinated_kind(doc: Doc, ch: Chunk, col: _Collector) -> str | None:
    """Kind of an organisation/place listed right next to this chunk with 과/와/, ."""
    sent = ch.sent
    near = _near(col, ch)
    if not near:
        return None
    text = doc.text
    for a in near:
        lo, hi = (a.end, ch.start) if a.end <= ch.start else (ch.end, a.start)
        gap = text[lo:hi].strip()
        if gap in (",", "과", "와", "및", ", ", "·") or gap.endswith(("과", "와")) and len(gap) <= 2:
            return a.kind
    return None


def _finish(doc: Doc, found: list[Actor]) -> ActorIndex:
    found.sort(key=lambda a: (a.start, -a.end))
    # drop exact duplicates and mentions nested in a longer mention of the same kind
    out: list[Actor] = []
    for a in found:
        if out and a.start >= out[-1].start and a.end <= out[-1].end and a.kind == out[-1].kind:
            continue
        if out and a.start == out[-1].start and a.end == out[-1].end:
            continue
        out.append(a)
    keys = _keys(out)
    sents = doc.sentences
    idx = ActorIndex()
    for a in out:
        key = keys.get((a.kind, a.text), a.text)
        idx.mentions.append(Mention(a.text, a.start, a.end, a.kind, key, sents[a.sent], role=a.role,
                                    affiliation=a.affiliation, descriptor=a.descriptor,
                                    confidence=a.confidence))
        idx.kinds.setdefault(a.text, a.kind)
        idx.keys.setdefault(a.text, key)
    return idx


def _keys(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """Fullest form per name within the article."""
    keys: dict[tuple[str, str], str] = {}
    persons = []
    for a in actors:
        if a.kind == PERSON and a.text not in persons:
            persons.append(a.text)
    for name in persons:
        words = name.split()
        best = name
        for other in persons:
            ow = other.split()
            if other == name or len(ow) <= len(words):
                continue
            if len(words) == 1 and words[0] in ow:
                if best == name or (ow[-1] == words[0] and best.split()[-1] != words[0]):
                    best = other
        keys[(PERSON, name)] = best
    # Korean surname + role: "박 대통령" -> 박근혜 when one Korean name starts with it
    roles: dict[str, set[str]] = {}
    for a in actors:
        if a.kind == PERSON and a.role:
            roles.setdefault(a.text, set()).add(a.role)
    for name in persons:
        if len(name) == 1:
            full = [p for p in persons if len(p) == 3 and p[0] == name and _HANGUL.match(p)]
            if len(full) > 1:
                mine = roles.get(name, set())
                full = [p for p in full if any(r.endswith(m) or m.endswith(r) for r in roles.get(p, ()) for m in mine)]
            if len(full) == 1:
                keys[(PERSON, name)] = full[0]
    for a in actors:
        if a.kind == PLACE:
            t = a.text
            keys[(PLACE, t)] = L.SHORT_COUNTRY.get(t, t) if len(t) <= 2 else t
        elif a.kind == ORGANIZATION:
            # "금융위원회" -> "대한민국 금융위원회" when the article wrote the longer form
            longer = [b.text for b in actors if b.kind == ORGANIZATION and b.text.endswith(" " + a.text)]
            keys[(ORGANIZATION, a.text)] = max(longer, key=len) if longer else a.text
    return keys
