"""People, organisations, places and anonymous sources.

Works on the noun chunks of `doc.Doc`. Each part of a chunk gets a label from its form and
its morphemes (place, organisation, role, anonymous head, name, plain noun; `labels`), then
the label sequence is read the way Korean news writes actors (`actor_chunk` and the rules of
`actor_rules_people`, `actor_rules_titles`, `actor_rules_orgs`, `actor_rules_places`):

- `NAME [AFFIL] ROLE`  (`애덤 스미스 민주당 하원의원`), `[AFFIL] ROLE NAME` (`장관 이주호`),
  `ROLE-인 NAME` (`사장인 스티븐 엘롭`), `NAME 씨`;
- `DESCRIPTOR NAME` for organisations (`반도체기업 인텔`), `X인 NAME` with a company noun;
- anonymous sources end in a head such as 관계자/당국자 and name nobody.

This module drives the reading over the article's chunks, reads what brackets hold (a
person's party after a title, a place, `(재판장: 홍순욱)`) and bracketed lists of bodies
(`카드사(KB국민, 농협)`). A second pass (`resolve`) labels every later occurrence of a name
already classified in the article, and keys each mention to the fullest form of its name
(`바이든` -> `조 바이든`).
"""
from __future__ import annotations

import bisect
import logging
import re

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .actor_chunk import _analyse_chunk, _split_parts
from .actor_rules_orgs import (
    ATTACHED_KINDS,
    DIPLOMATIC,
    FIELDS_OF_MINISTRIES,
    LEADER_GOVERNMENT,
    SUB_BODIES,
    _acronym_org,
    _generic_compound,
    _slot_body,
    _whole_body,
)
from .actor_rules_places import (
    ADMIN_SUFFIX,
    AREA_NOUNS,
    DOTS,
    EVENT_NOUNS,
    KOREAN_PLACES,
    _acts_next,
    _address_places,
    _dot_groups,
    _dot_pieces,
    _local_government,
    _place_suffix_part,
    _titled_place,
)
from .agebracket import age_brackets, members_in_text, names_in_brackets, names_with_age_in_text, sentence_at
from .collect import Actor, ActorIndex, Collector
from .foreignnames import foreign_names_before_post
from .doc import Chunk, Doc, Part
from .labels import (
    ORG_CLASS,
    P_ANON,
    P_NAME,
    P_NUM,
    P_ORG,
    P_PLACE,
    P_ROLE,
    PLACE_CLASS,
    ROLE_SET,
    _korean_name,
    label_part,
)
from .resolve import _finish, _resolve_unknown
from .rolerefs import apply_role_refs
from .rules import rule
from .textcues import (
    athletes_after_country,
    hanja_glossed_names,
    headline_speaker_names,
    known_people_in_text,
    later_short_forms,
    names_before_post_in_text,
    names_glossed_by_known_acronym,
    names_with_web_address,
)
from .textutil import HANGUL, HANGUL_ANY
from .wordlists import word_set

log = logging.getLogger(__name__)

__all__ = ["ADMIN_SUFFIX", "AREA_NOUNS", "ATTACHED_KINDS", "DIPLOMATIC", "DOTS", "EVENT_NOUNS", "FIELDS_OF_MINISTRIES",
           "KOREAN_PLACES", "LEADER_GOVERNMENT", "P_ANON", "P_NAME", "P_NUM", "P_ROLE", "SUB_BODIES", "Actor",
           "ActorIndex", "_acronym_org", "_acts_next", "_address_places", "_analyse_chunk", "_dot_groups",
           "_dot_pieces", "_generic_compound", "_local_government", "_place_suffix_part", "_slot_body",
           "_split_parts", "_titled_place", "_whole_body", "extract_actors", "label_part"]

_REAL_NAME_LABELS = ("본명", "실명")


@rule("actors", "사장인 엘런 모스는, 기업인 노바칩은 → the post or class before 인 tells the kind", "actors-copula-apposition")
def _prev_role(doc: Doc, ch: Chunk, prev: Chunk | None) -> tuple[str | None, str | None]:
    """`X인 NAME`: the chunk before, with 이/VCP + ᆫ/ETM, gives the name's role or its kind (body or place)."""
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


@rule("organisations", "안보협의체 ‘오커스’ → organisation 오커스", "orgs-quoted-after-class")
def _quoted_after_class(doc: Doc, ch: Chunk) -> str | None:
    """A quoted name right after a class noun of bodies (written apart) is such a body."""
    toks = doc.paras[ch.para].toks
    i0 = ch.parts[0].i0
    if i0 < 2 or toks[i0 - 1].tag != "SSO" or toks[i0 - 2].tag not in ("NNG", "NNP") or toks[i0 - 1].pair <= i0:
        return None
    if toks[i0 - 1].start == toks[i0 - 2].end or toks[toks[i0 - 1].pair].start - toks[i0 - 1].end > 20:
        return None
    before = toks[i0 - 2].form
    if before.endswith(ORG_CLASS):
        return ORGANIZATION
    return None


PERSON_CLASS = word_set("people_class_nouns")


@rule("people", "용의자는 '윌리암 M.'이라는 69살 백인 남성 → person 윌리암", "people-quoted-name-of-person")
def _quoted_person_name(doc: Doc, ch: Chunk) -> bool:
    """A quoted name followed by (이)라는 and, within three words, a noun for a person by sex,
    age or group (`people_class_nouns`) is that person's name."""
    toks = doc.paras[ch.para].toks
    i0 = ch.parts[0].i0
    if i0 < 1 or toks[i0 - 1].tag != "SSO" or toks[i0 - 1].pair <= i0 or not HANGUL.match(ch.parts[0].text):
        return False
    k = toks[i0 - 1].pair + 1
    if k < len(toks) and toks[k].tag == "VCP":
        k += 1
    if k >= len(toks) or toks[k].tag != "ETM" or toks[k].form not in ("라는", "란"):
        return False
    return any(t.tag == "NNG" and t.form in PERSON_CLASS for t in toks[k + 1:k + 6])


_QUOTED_APART = re.compile(r"[‘'\"“]([^‘’'\"“”\n]*? [^‘’'\"“”\n]*?)[’'\"”]")


@rule("organisations", "‘미국의 소리’ 방송과의 인터뷰에서 → organisation 미국의 소리 (a known name, written apart)",
      "orgs-quoted-known-name")
def _quoted_known_orgs(doc: Doc, col: Collector) -> None:
    """A quotation holding nothing but a body the lexicon knows, written with spaces (the
    analyser splits `미국의 소리` into a country, a particle and a noun), is that body."""
    for para in doc.paras:
        for m in _QUOTED_APART.finditer(para.text):
            content = m.group(1)
            if len(content) <= 20 and content.replace(" ", "") in O.ALL:
                start = para.start + m.start(1)
                col.found.append(Actor(content, start, start + len(content), ORGANIZATION,
                                       sentence_at(para, start), confidence=0.8))


def _after_title(doc: Doc, prev: Chunk, ch: Chunk) -> bool:
    """Is ch inside the bracket written right after a title (`의원(…)`, `대표(…)`)?"""
    if prev.para != ch.para:
        return False
    # the part whose bracket holds ch (the last one, or a name inside: 김성호(세종대) 공동연구팀)
    k = next((k for k, p in enumerate(prev.parts) if p.gloss is not None and p.gloss[0] < ch.parts[0].i0 < p.gloss[1]),
             None)
    if k is None:
        return False
    last = prev.parts[k]
    o, c = last.gloss
    toks = doc.paras[ch.para].toks
    if k == len(prev.parts) - 1 and label_part(toks, last) == P_ROLE:
        return True
    # 손흥민(토트넘), 국내 최성진(국민대): a Korean full name, then its club or employer in brackets
    return _korean_name(last.text) and all(toks[x].tag in ("NNP", "NNG") for x in range(last.i0, last.i1)) \
        and "NNP" in [toks[x].tag for x in range(last.i0, last.i1)] and len(ch.parts) == 1 and c - o <= 3


def _dotted_pieces(doc: Doc, toks, p: Part):
    """The pieces of part p cut at middle dots, as parts."""
    a = p.i0
    for k in range(p.i0, p.i1 + 1):
        if k < p.i1 and not (toks[k].form in DOTS and toks[k].tag in ("SP", "SO", "SW")):
            continue
        if k > a:
            yield Part(a, k, toks[a].start, toks[k - 1].end, doc.text[toks[a].start:toks[k - 1].end]), k
        a = k + 1


@rule("organisations", "김영배 의원(더불어민주당·서울 성북갑) → organisation 더불어민주당", "orgs-bracketed-affiliation")
def _bracketed_affiliation(doc: Doc, ch: Chunk, col: Collector) -> None:
    """The party, body or constituency in brackets after a person's title: each known piece is a body or place."""
    toks = doc.paras[ch.para].toks
    for p in ch.parts:
        for q, k in _dotted_pieces(doc, toks, p):
            lab = label_part(toks, q)
            known = q.text in L.ORGS or q.text in O.ALL or G.place_kind(q.text, True)
            if known and lab in (P_ORG, P_PLACE):
                col.add([q], ORGANIZATION if lab == P_ORG else PLACE, ch, confidence=0.7)
            elif lab in (P_NAME, P_ORG) and q.i0 == ch.parts[0].i0 and k == p.i1 and len(ch.parts) == 1 \
                    and HANGUL_ANY.search(q.text) and not (_korean_name(q.text) and lab == P_NAME):
                col.add([q], ORGANIZATION, ch, confidence=0.5)  # (토트넘): the one name given


_LABELLED = re.compile(r"\(\s*([가-힣]{1,8})\s*[:：]\s*$")


@rule("people", "(재판장: 홍순욱), (본명: 권지용) → person", "people-labelled-in-bracket")
def _labelled_name(doc: Doc, ch: Chunk) -> str | None:
    """A Korean full name after a post or 본명 and a colon inside a bracket is a person ('' for a real name)."""
    if not _korean_name(ch.parts[0].text):
        return None
    m = _LABELLED.search(doc.text[max(0, ch.start - 12):ch.start])
    if m is None:
        return None
    label = m.group(1)
    if label in _REAL_NAME_LABELS:
        return ""
    return label if label in ROLE_SET else None


@rule("places", "KT-롯데(수원), 회의(서울) → place 수원, 서울", "places-whole-bracket")
def _place_in_bracket(doc: Doc, ch: Chunk) -> bool:
    """A known place that is all a bracket holds says where something happens."""
    t = doc.text
    return len(ch.parts) == 1 and HANGUL.match(ch.parts[0].text) is not None \
        and G.place_kind(ch.parts[0].text, True) and ch.start > 0 and t[ch.start - 1] == "(" \
        and t[ch.end:ch.end + 1] == ")"


def _gloss_chunk(doc: Doc, ch: Chunk, prev: Chunk | None, col: Collector) -> str | None:
    """A chunk inside a bracket: "read" (read here), "skip" (names nothing new; not the chunk
    before the next one) or None (read as any chunk)."""
    if prev is not None and _after_title(doc, prev, ch):
        _bracketed_affiliation(doc, ch, col)  # 김영배 의원(더불어민주당·서울 성북갑)
        return "skip"
    if _place_in_bracket(doc, ch):
        col.add(ch.parts, PLACE, ch, confidence=0.6)
        return "read"
    if len(ch.parts) == 1:
        role = _labelled_name(doc, ch)
        if role is not None:
            col.add(ch.parts, PERSON, ch, role=role or None, confidence=0.6)
            return "read"
    if len(ch.parts) == 1 or not HANGUL_ANY.search(doc.text[ch.start:ch.end]):
        return "skip"
    return None


def _read_chunk(doc: Doc, ch: Chunk, prev: Chunk | None, col: Collector, unknown: list) -> None:
    """Read one chunk, its age brackets, and the kind `X인`/a class noun before it gives an unread name."""
    role, cls = _prev_role(doc, ch, prev)
    n0 = len(col.found)
    _analyse_chunk(doc, ch, role, col, unknown)
    n1 = len(col.found)
    age_brackets(doc, ch, col, n0)
    if cls is None and _quoted_after_class(doc, ch) and _add_quoted_body(doc, ch, prev, col, n0):
        unknown[:] = [u for u in unknown if u[0] is not ch]
        return
    if cls is None and n1 == n0:
        if _quoted_person_name(doc, ch):
            col.add(ch.parts[:1], PERSON, ch, confidence=0.6)
            unknown[:] = [u for u in unknown if u[0] is not ch]
            return
    if cls and n1 == n0:
        toks = doc.paras[ch.para].toks
        labels = [label_part(toks, p) for p in ch.parts]
        if labels and labels[0] in (P_NAME, P_ORG, P_PLACE):
            col.add(ch.parts[:1], cls, ch, descriptor=doc.text[prev.start:prev.end] if prev else None)
            unknown[:] = [u for u in unknown if u[0] is not ch]


def _add_quoted_body(doc: Doc, ch: Chunk, prev: Chunk | None, col: Collector, n0: int) -> bool:
    """The quoted name after a class noun of bodies (봉사동아리 '나눔터', 환경단체 '소양강 지킴이')
    is one body, whatever the words inside the quotation read as on their own — when the
    quotation is this phrase's words alone, with no gloss (‘오커스(AUKUS)’ is read as a term)."""
    toks = doc.paras[ch.para].toks
    close = toks[toks[ch.parts[0].i0 - 1].pair].start
    inside = [p for p in ch.parts if p.end <= close]
    if not inside or inside[-1].end != close or any(p.gloss is not None for p in inside):
        return False
    start, end = inside[0].start, inside[-1].end
    col.found[n0:] = [a for a in col.found[n0:] if not (start <= a.start and a.end <= end)]
    col.add(inside, ORGANIZATION, ch, descriptor=doc.text[prev.start:prev.end] if prev else None)
    return True


def extract_actors(doc: Doc) -> ActorIndex:
    col = Collector(doc)
    unknown: list = []
    prev: Chunk | None = None
    for ch in doc.chunks:
        if ch.in_gloss:
            how = _gloss_chunk(doc, ch, prev, col)
            if how == "skip":
                continue
            if how == "read":
                prev = ch
                continue
        _read_chunk(doc, ch, prev, col, unknown)
        prev = ch
    _class_lists(doc, col, unknown)
    _quoted_known_orgs(doc, col)
    names_with_age_in_text(doc, col)
    names_in_brackets(doc, col)
    members_in_text(doc, col)
    _resolve_unknown(doc, col, unknown)
    names_with_web_address(doc, col)
    headline_speaker_names(doc, col)
    athletes_after_country(doc, col)
    hanja_glossed_names(doc, col)
    names_before_post_in_text(doc, col)
    known_people_in_text(doc, col)
    foreign_names_before_post(doc, col)
    later_short_forms(doc, col)
    names_glossed_by_known_acronym(doc, col)
    return apply_role_refs(doc, _finish(doc, col.found))


# `8개 카드사(KB국민, 농협, 롯데, …)`: a bracket listing the members of a class of bodies
_CLASS_LIST = re.compile(r"([가-힣]+)\(([^()\n]{3,200})\)")
_LIST_ITEM = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{0,14}$")


def _list_items(m: re.Match) -> list[tuple[str, int]] | None:
    """(item, start) of each item of a bracket listing bodies after a class noun, or None."""
    word, inner = m.group(1), m.group(2)
    if not word.endswith(ORG_CLASS) or ("," not in inner and "·" not in inner):
        return None
    items = []
    pos = m.start(2)
    for raw in re.split(r"([,·])", inner):
        if raw not in (",", "·"):
            lead = len(raw) - len(raw.lstrip())
            item = raw.strip()
            if item.endswith(" 등"):
                item = item[:-2].rstrip()
            items.append((item, pos + lead))
        pos += len(raw)
    if len(items) < 2 or not all(_LIST_ITEM.match(x) and len(x.split()) <= 2 for x, _ in items):
        return None
    return items


@rule("organisations", "카드사(KB국민, 농협, 롯데) → three organisations", "orgs-class-list")
def _class_lists(doc: Doc, col: Collector, unknown: list) -> None:
    """Each item of a comma list in brackets right after a class noun of bodies is such a body."""
    text = doc.text
    if "(" not in text:
        return
    sent_starts = taken = taken_starts = None
    added: list[Actor] = []
    spans: list[tuple[int, int]] = []
    for m in _CLASS_LIST.finditer(text):
        items = _list_items(m)
        if items is None:
            continue
        if sent_starts is None:
            sent_starts = [sp.start for sp in doc.sentences]
            taken = sorted((a.start, a.end) for a in col.found)
            taken_starts = [a for a, _ in taken]
        sent = bisect.bisect_right(sent_starts, m.start()) - 1
        if sent < 0:
            continue
        for item, start in items:
            end = start + len(item)
            j = bisect.bisect_left(taken_starts, end)  # (names already found there stay as they are)
            if any(taken[x][1] > start for x in range(max(0, j - 8), j)):
                continue
            added.append(Actor(item, start, end, ORGANIZATION, sent, confidence=0.6))
        spans.append((m.start(2), m.end(2)))
    if added:
        col.found.extend(added)
        unknown[:] = [u for u in unknown if not any(a <= u[1][0].start < b for a, b in spans)]
