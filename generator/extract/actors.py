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

import bisect
import logging
import re

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .agebracket import age_brackets
from .collect import Actor, ActorIndex, Collector
from .doc import Chunk, Doc, Part
from .labels import (STATE_NOUNS, _ACRONYM, _HANGUL, _HANGUL_ANY, MILITARY, ORG_CLASS, PLACE_CLASS, P_ANON, P_MOD, P_NAME,
                     P_NOUN, P_NUM, P_ORG, P_ORGHEAD, P_PLACE, P_ROLE, ROLE_SET, _korean_name, _person_like,
                     is_short_run, label_part)
from .people import affiliation_before_name, foreign_looking, honorific_after, relabel_names
from .resolve import _finish, _resolve_unknown
from .rolerefs import apply_role_refs
from .textutil import phrase as _phrase
from .wordlists import word_set, words

log = logging.getLogger(__name__)

__all__ = ["Actor", "ActorIndex", "extract_actors", "label_part", "P_ANON", "P_NAME", "P_NUM", "P_ROLE"]


def _split_parts(doc: Doc, toks, parts: list[Part]) -> list[Part]:
    """Parts that join two actors in one spelled word, split apart:
    - `이명박·박근혜`: Korean full names joined by a middle dot (a pair of people, not one name);
    - `윤후덕의원`: a proper-noun name with its title written on (`NAME` + `ROLE`)."""
    out: list[Part] = []
    changed = False
    for p in parts:
        if p.i1 - p.i0 < 2 and not p.text.endswith("의"):
            out.append(p)
            continue
        span = toks[p.i0:p.i1]
        if len(span) >= 3 and all((t.tag == "NNP" and _korean_name(t.form)) if k % 2 == 0 else t.form in "·‧,"
                                  for k, t in enumerate(span)) and len(span) % 2 == 1:
            for k in range(0, len(span), 2):
                t = span[k]
                out.append(Part(p.i0 + k, p.i0 + k + 1, t.start, t.end, t.form,
                                p.gloss if k == len(span) - 1 else None))
            changed = True
            continue
        if len(span) == 1 and span[0].tag == "NNP" and p.text.endswith("의") and len(p.text) >= 3 \
                and G.place_kind(p.text[:-1], True):
            q = Part(p.i0, p.i1, p.start, p.end - 1, p.text[:-1], None)  # 대한민국의/NNP: the place, not its 의
            q.label = P_PLACE
            out.append(q)
            changed = True
            continue
        pieces = _dot_pieces(doc, span, p) or _dot_orgs(doc, toks, span, p)
        if pieces:
            out.extend(pieces)
            changed = True
            continue
        if len(span) >= 2 and span[0].tag == "NNP" and len(span[0].form) >= 2 and _HANGUL.match(span[0].form) \
                and doc.text[span[1].start:p.end] in ROLE_SET and span[0].end == span[1].start \
                and _korean_name(span[0].form):
            out.append(Part(p.i0, p.i0 + 1, span[0].start, span[0].end, span[0].form))
            out.append(Part(p.i0 + 1, p.i1, span[1].start, p.end, doc.text[span[1].start:p.end], p.gloss))
            changed = True
            continue
        out.append(p)
    return out if changed else parts


def _local_government(word: str) -> bool:
    """`서울시`, `부산시`: a city named with its suffix (a county or district in subject
    position is as often the place itself: `천리마군이 생겼다`)."""
    return len(word) >= 3 and word[-1] == "시" and _HANGUL.match(word) is not None and word not in G.COUNTRIES


# a kind of organisation written after an unknown name (인파르팍스 통신) or a known one's body (노조)
ATTACHED_KINDS = word_set("actors_attached_org_kinds")
SUB_BODIES = word_set("actors_sub_bodies")

# what happens at a place or who lives there, after its name: 터키 이즈미트 지진, 전북 완주 주민
EVENT_NOUNS = word_set("actors_place_event_nouns")
DIPLOMATIC = word_set("actors_diplomatic_missions")
AREA_NOUNS = word_set("actors_area_nouns")


def _address_places(doc: Doc, toks, parts: list[Part], labels: list[str]) -> list[str]:
    """Places written the way an address is, larger first: `경상북도 성주`, `전북 완주`, `터키 이즈미트`
    (a province or country, then a proper noun or a county's bare stem), and `성주 지역`, `전남 지역`
    (a proper noun or a county stem before 지역/일대/인근)."""
    n = len(parts)
    out = labels
    if P_PLACE not in labels and not any(p.text in AREA_NOUNS for p in parts):
        return labels
    for k in range(n):
        if out[k] not in (P_NAME, P_NOUN) or not _HANGUL.match(parts[k].text) or not 2 <= len(parts[k].text) <= 6:
            continue
        w = parts[k].text
        if k > 0 and out[k - 1] == P_PLACE and parts[k - 1].text[-1] in "도시군구읍면" and len(parts[k - 1].text) >= 2 \
                and w[-1] in "읍면동리" and len(w) >= 2:
            if out is labels:
                out = list(labels)
            out[k] = P_PLACE  # 성주읍 성산리, 영도구 청학동: the next smaller unit of an address
            continue
        proper = out[k] == P_NAME or w in G.KR_AMBIGUOUS_STEMS
        if not proper or _korean_name(w) and out[k] == P_NAME and w not in G.KR_AMBIGUOUS_STEMS:
            continue
        after_ok = k + 1 == n or parts[k + 1].text in AREA_NOUNS or parts[k + 1].text in EVENT_NOUNS
        larger = k > 0 and out[k - 1] == P_PLACE and (parts[k - 1].text in G.KR_PROVINCES
                                                       or parts[k - 1].text in G.COUNTRIES)
        area = k + 1 < n and parts[k + 1].text in AREA_NOUNS
        if (larger and after_ok) or area:
            if out is labels:
                out = list(labels)
            out[k] = P_PLACE
    return out


DOTS = frozenset("·‧ㆍ･・-")
ADMIN_SUFFIX = word_set("actors_admin_suffixes")


def _dot_pieces(doc: Doc, span, p: Part) -> list[Part] | None:
    """`대전·충청남도`, `강남·중화·상원군`: places listed with middle dots in one spelled word, as
    parts labelled place (a shared administrative suffix on the last one belongs to every one)."""
    groups = _dot_groups(span, DOTS, 12)
    if groups is None:
        return None
    hyphen = any(span[g1].form == "-" for _, g1 in groups[:-1])
    texts = [doc.text[span[g0].start:span[g1 - 1].end] for g0, g1 in groups]
    if not all(_HANGUL.match(t) for t in texts):
        return None
    known = all(G.place_kind(t, True) for t in texts)
    if hyphen and not known:
        return None  # 한국-중국 (two countries); 서울-부산 (a route) — not KTX-산천
    suffix = texts[-1][-1]
    shared = (not known and suffix in ADMIN_SUFFIX and len(texts[-1]) >= 3 and all(2 <= len(t) <= 4 for t in texts[:-1])
              and G.place_kind(texts[-1], True) is False and any(toks_tag(span, g) == "NNP" for g in groups))
    if not (known or shared):
        return None
    out = []
    for (g0, g1), t in zip(groups, texts):
        q = Part(p.i0 + g0, p.i0 + g1, span[g0].start, span[g1 - 1].end, t, p.gloss if g1 == len(span) else None)
        q.label = P_PLACE
        out.append(q)
    return out


def _dot_orgs(doc: Doc, toks, span, p: Part) -> list[Part] | None:
    """`미래창조과학부·한국연구재단`: organisations listed with a middle dot, each labelled one;
    `두산-LG`, `KT-롯데`: a match-up of organisations everyone knows."""
    groups = _dot_groups(span, DOTS, 16)
    if groups is None:
        return None
    hyphen = any(span[g1].form == "-" for _, g1 in groups[:-1])
    out = []
    for a, k in groups:
        q = Part(p.i0 + a, p.i0 + k, span[a].start, span[k - 1].end, doc.text[span[a].start:span[k - 1].end],
                 p.gloss if k == len(span) else None)
        known = q.text in O.ALL or q.text in L.ORGS
        if hyphen and not known:
            return None
        if not known and (len(q.text) < 3 or label_part(toks, q) != P_ORG):
            return None
        q.label = P_ORG
        out.append(q)
    return out


def _dot_groups(span, marks, longest: int) -> list[tuple[int, int]] | None:
    """[start, end) token ranges of the pieces of a spelled word cut at the marks, or None when
    there is no mark, the word is too long or a piece is empty."""
    cuts = [k for k, t in enumerate(span) if t.form in marks and t.tag in ("SP", "SO", "SW")]
    if not cuts or len(span) > longest:
        return None
    groups, a = [], 0
    for k in cuts + [len(span)]:
        if k == a:
            return None
        groups.append((a, k))
        a = k + 1
    return groups


def toks_tag(span, g) -> str:
    return span[g[0]].tag


def _merge(doc: Doc, parts: list[Part], labels: list[str], a: int, b: int, label: str, fix: bool = True):
    """Parts a..b (inclusive) as one part labelled `label` (its cached label too when `fix`);
    the last part's gloss is the merged part's."""
    merged = Part(parts[a].i0, parts[b].i1, parts[a].start, parts[b].end, doc.text[parts[a].start:parts[b].end],
                  parts[b].gloss)
    if fix:
        merged.label = label
    return parts[:a] + [merged] + parts[b + 1:], labels[:a] + [label] + labels[b + 1:]


def _analyse_chunk(doc: Doc, ch: Chunk, prev_role: str | None, col: Collector, unknown: list) -> None:
    toks = doc.paras[ch.para].toks
    if len(ch.parts) == 1 and ch.parts[0].gloss is None and not prev_role:
        # fast path (most chunks): one plain common noun or number names nothing
        p0 = ch.parts[0]
        if label_part(toks, p0) in (P_NOUN, P_NUM) and not (len(p0.text) == 1 and "A" <= p0.text <= "Z") \
                and "·" not in p0.text and "-" not in p0.text:
            return
    parts = _split_parts(doc, toks, ch.parts)
    labels = [label_part(toks, p) for p in parts]
    n = len(parts)
    # "NAME 주/현/공항" written with a space: the suffix part makes the whole a place
    for k in range(n - 1):
        if labels[k] != P_NAME and not (labels[k] == P_PLACE and parts[k].text not in L.COUNTRIES):
            continue
        m = k + 1
        if not _place_suffix_part(parts[m]) and m < n - 1 and labels[m] == P_NOUN and len(parts[m + 1].text) > 1:
            m += 1  # (NAME noun 주: a word between the name and its suffix; 아커쑤 시 교외: the suffix first)
        if _place_suffix_part(parts[m]) and (m == k + 1 or len(parts[m].text) <= 2):
            parts, labels = _merge(doc, parts, labels, k, m, P_PLACE, fix=False)
            n = len(parts)
            break
    for k in range(1, n):
        # 트리니다드 토바고, 카리브 해: a known place written in two words, or a sea's name and 해
        joined = parts[k - 1].text + parts[k].text
        if (joined in G.ALL_PLACES and G.place_kind(joined, True)) or (
                parts[k].text == "해" and labels[k - 1] == P_PLACE and _HANGUL.match(parts[k - 1].text)
                and len(parts[k - 1].text) >= 2):
            parts, labels = _merge(doc, parts, labels, k - 1, k, P_PLACE)
            n = len(parts)
            break
        if joined in O.ALL and len(joined) >= 4 and labels[k - 1] in (P_NAME, P_NOUN) \
                and doc.text[parts[k - 1].end:parts[k].start] == " ":
            parts, labels = _merge(doc, parts, labels, k - 1, k, P_ORG)  # 알 카에다, 보코 하람
            n = len(parts)
            break
    for k in range(1, n):
        # 크림 공화국, 다게스탄 공화국: a state's name written apart from 공화국
        if parts[k].text in STATE_NOUNS and labels[k - 1] in (P_NOUN, P_NAME, P_PLACE) \
                and _HANGUL.match(parts[k - 1].text) and len(parts[k - 1].text) >= 2:
            parts, labels = _merge(doc, parts, labels, k - 1, k, P_PLACE)
            n = len(parts)
            break
    for h in range(1, n):
        # 주러시아 대한민국 대사관, 주한 미국 대사관: a mission named by where and whose it is
        if parts[h].text in DIPLOMATIC and labels[h - 1] in (P_MOD, P_PLACE):
            k = h
            while k > 0 and (labels[k - 1] == P_PLACE or (labels[k - 1] == P_MOD and parts[k - 1].text[:1] == "주"
                                                           and parts[k - 1].text not in L.ROLE_MODIFIERS)):
                k -= 1
            if k < h:
                parts, labels = _merge(doc, parts, labels, k, h, P_ORG)
                n = len(parts)
            break
    for h in range(1, n):
        # 한화 이글스, 넥센 히어로즈, LG 트윈스, 경찰 야구단: a brand or home and a club word make one club
        if parts[h].text.lower() in L.TEAM_WORDS and labels[h - 1] in (P_ORG, P_PLACE, P_NAME) \
                and doc.text[parts[h - 1].end:parts[h].start] == " " and parts[h].gloss is None \
                and parts[h - 1].gloss is None:
            parts, labels = _merge(doc, parts, labels, h - 1, h, P_ORG)
            n = len(parts)
            break
    labels = _address_places(doc, toks, parts, labels)
    after = toks[ch.after] if ch.after < len(toks) else None
    # 김 씨, 박 모씨, 최모(34)씨: KLUE tags the name (the surname) only
    honorific = after is not None and honorific_after(toks, ch.after, parts[-1].end, doc.text)
    if honorific and n == 1 and len(parts[0].text) == 1 and "A" <= parts[0].text <= "Z" \
            and after.form in ("씨", "모씨", "군", "양"):
        # A씨, B 씨: a person the article does not name; anonymous (A씨 of one story is not of another)
        whole = Part(parts[0].i0, ch.after + 1, parts[0].start, after.end, doc.text[parts[0].start:after.end])
        col.add([whole], ANONYMOUS, ch, confidence=0.7)
        return
    if prev_role and labels[0] == P_NOUN and _korean_name(parts[0].text):
        labels = [P_NAME] + labels[1:]  # 장관인 유영/숙은: a Korean name split into common nouns
    for k in range(n):
        # 승리(본명 이승현·32): a bracket giving the real name makes the word a person's stage name
        g = parts[k].gloss
        if g is not None and doc.text[toks[g[0]].end:toks[g[1]].start].lstrip().startswith(("본명", "실명")) \
                and _HANGUL.match(parts[k].text):
            col.add([parts[k]], PERSON, ch, confidence=0.6)
            labels = labels[:k] + ["stage"] + labels[k + 1:]
    for k in range(n - 2):
        # 이완구 새누리당 원내대표: a name shaped like a district (이완+구) before a body and a post
        if labels[k] == P_PLACE and labels[k + 1] == P_ORG and labels[k + 2] == P_ROLE and _korean_name(parts[k].text) \
                and parts[k].text not in G.ALL_PLACES and (k == 0 or labels[k - 1] != P_PLACE):
            labels = labels[:k] + [P_NAME] + labels[k + 1:]
    for k in range(1, n):
        # 김설화 연구원: after a Korean full name, 연구원 (also an institute) is the person's post
        if labels[k] == P_ORGHEAD and parts[k].text in ROLE_SET and labels[k - 1] == P_NAME \
                and _korean_name(parts[k - 1].text):
            labels = labels[:k] + [P_ROLE] + labels[k + 1:]
    if P_NOUN in labels and (P_ROLE in labels):
        labels = relabel_names(parts, labels, lambda p: [toks[x].tag for x in range(p.i0, p.i1)], _korean_name,
                               P_NOUN, P_NAME, P_ROLE, (P_ROLE, P_ORG, P_PLACE, P_MOD, P_ORGHEAD))

    i = 0
    used = [False] * n
    while i < n:
        lab = labels[i]
        if lab == P_NAME and i + 1 < n and labels[i + 1] == P_NAME \
                and doc.text[parts[i].end:parts[i + 1].start] in ("·", "‧", ","):
            q = i  # 이명박·박근혜 전 대통령: coordinated Korean names share what follows
            while q + 1 < n and labels[q + 1] == P_NAME and doc.text[parts[q].end:parts[q + 1].start] in ("·", "‧", ","):
                q += 1
            if all(_korean_name(parts[g].text) for g in range(i, q + 1)):
                r = q + 1
                while r < n and labels[r] == P_MOD:
                    r += 1
                role = _phrase(doc, parts[q + 1:r + 1]) if r < n and labels[r] == P_ROLE else None
                for g in range(i, q + 1):
                    col.add([parts[g]], PERSON, ch, role=role, confidence=0.7)
                    used[g] = True
                i = r + 1 if role else q + 1
                continue
        if lab == P_NAME and i + 2 < n and labels[i + 1] == P_NAME and _korean_name(parts[i].text) \
                and not foreign_looking(parts[i].text) \
                and parts[i].i1 - parts[i].i0 == 1 and toks[parts[i].i0].tag == "NNP":
            # 문종현 이스트시큐리티 이사: a Korean full name is whole; the next name before the title
            # is the affiliation
            q = i + 1
            while q < n and labels[q] == P_NAME and q - i <= 2:
                q += 1
            # (기시다 후미오 총리: a short second word is a given name; an affiliation is longer)
            if q < n and labels[q] == P_ROLE and all(len(parts[x].text) >= 4 or not _HANGUL.match(parts[x].text)
                                                     for x in range(i + 1, q)):
                labels = labels[:i + 1] + [P_ORG] * (q - i - 1) + labels[q:]
        if lab == P_NAME:
            j = i
            q = i + 1  # 구원파 금고지기 김혜경 씨: a Korean full name later in the run starts the name
            while q < n and labels[q] == P_NAME and q - i < 3:
                if _korean_name(parts[q].text) and parts[q].i1 - parts[q].i0 == 1 and toks[parts[q].i0].tag == "NNP" \
                        and not foreign_looking(parts[q].text) \
                        and (any("NNP" not in [toks[x].tag for x in range(parts[r].i0, parts[r].i1)] for r in range(i, q))
                             or (q - i >= 2 and all(len(parts[r].text) >= 3 for r in range(i, q)))):  # (버락 오바마)
                    i = j = q
                    break
                q += 1
            while j < n and labels[j] == P_NAME and j - i < 3 and not (j > i and _ACRONYM.match(parts[j].text)) \
                    and (j == i or doc.text[parts[j - 1].end:parts[j].start].isspace()):
                j += 1  # (크리스티아나 피게레즈 UNFCCC 사무총장: the acronym is the affiliation; 이명박·박근혜: two)
            name_parts = parts[i:j]
            if j - i == 2 and name_parts[0].i1 - name_parts[0].i0 == 1 and toks[name_parts[0].i0].tag == "NNP" \
                    and affiliation_before_name(name_parts[0].text, name_parts[1].text, _korean_name):
                # 두잇서베이 최종기 대표: an unknown organisation, then a Korean full name
                col.add(name_parts[:1], ORGANIZATION, ch, confidence=0.5)
                used[i] = True
                i += 1
                continue
            # NAME [AFFIL...] [MOD] ROLE
            k = j
            while k < n and (labels[k] in (P_ORG, P_PLACE, P_NOUN, P_MOD) or _acronym_org(parts, labels, k)) \
                    and k - j < 4:
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
            if k < n and labels[k] == P_ROLE and len(name_parts) == 1 and _korean_name(name_parts[0].text) \
                    and P_NOUN in labels[j:k]:
                labels = [P_ORG if j <= q < k and lb == P_NOUN and _slot_body(toks, parts[q]) else lb
                          for q, lb in enumerate(labels)]  # 최경숙 시민방사능감시센터 활동가: the affiliation
            between = labels[j:k]
            if k < n and labels[k] == P_ROLE and (P_NOUN not in between or P_ORG in between or P_PLACE in between
                                                  or P_ORGHEAD in between
                                                  # 최경숙 시민방사능감시센터 활동가: one compound between
                                                  or (between == [P_NOUN] and len(name_parts) == 1
                                                      and _korean_name(name_parts[0].text)
                                                      and parts[j].i1 - parts[j].i0 >= 3)) \
                    and _person_like(doc, name_parts):
                r0 = k
                while r0 > j and labels[r0 - 1] in (P_MOD, P_NOUN):
                    r0 -= 1
                r1 = k + 1
                while r1 < n and labels[r1] in (P_ROLE, P_MOD):
                    if parts[r1].text == "겸":  # 부총리 겸 기획재정부 장관: the second title's body too
                        q = r1 + 1
                        while q < n and labels[q] in (P_ORG, P_PLACE, P_ORGHEAD):
                            q += 1
                        if q < n and labels[q] == P_ROLE:
                            for x in range(r1 + 1, q):
                                if labels[x] in (P_ORG, P_PLACE):
                                    col.add([parts[x]], ORGANIZATION if labels[x] == P_ORG else PLACE, ch)
                            r1 = q
                    r1 += 1
                if (r1 < n and labels[r1] == P_NAME and len(name_parts) == 1 and j == r0
                        and not _korean_name(name_parts[0].text) and _person_like(doc, parts[r1:r1 + 1])):
                    # 태광실업 회장 박연차: the first name is the affiliation, the second the person
                    col.add(name_parts, ORGANIZATION, ch, confidence=0.6)
                    used[i] = True
                    i = j
                    continue
                aff_idx = [q for q in range(j, r0) if labels[q] in (P_ORG, P_PLACE, P_NAME, P_ORGHEAD)]
                aff = parts[aff_idx[0]:aff_idx[-1] + 1] if aff_idx else []
                col.add(name_parts, PERSON, ch, role=_phrase(doc, parts[r0:r1]),
                        affiliation=_phrase(doc, aff) if aff else None)
                for q in range(i, r1):
                    used[q] = True
                for q, (p, lb) in enumerate(zip(parts[j:r0], labels[j:r0]), start=j):
                    if lb in (P_ORG, P_PLACE):
                        col.add([p], ORGANIZATION if lb == P_ORG else PLACE, ch)
                    elif _acronym_org(parts, labels, q):
                        col.add([p], ORGANIZATION, ch, confidence=0.6)  # 김상균 KR 이사장
                for p in parts[r0:r1]:
                    stem = _titled_place(p.text)
                    if stem:  # 이광재 강원도지사: the post names its place
                        col.add([Part(p.i0, p.i1, p.start, p.start + len(stem), stem)], PLACE, ch, confidence=0.6)
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
                if len(name_parts) > 1 and _korean_name(name_parts[-1].text) \
                        and not any(_korean_name(q.text) or len(q.text) == 1 for q in name_parts[:-1]):
                    name_parts = name_parts[-1:]  # 유민아빠 김영오씨: the words before the full name describe him
                col.add(name_parts, PERSON, ch, role=None)
                i = j
                continue
            # NAME + org suffix noun written apart: 토고 축구 협회, 바이든 행정부
            k = j
            while k < n and labels[k] == P_NOUN:
                k += 1
            if j < n and labels[j] == P_NOUN and parts[j].text in ATTACHED_KINDS:
                col.add(parts[i:j + 1], ORGANIZATION, ch)  # 인파르팍스 통신, 도이체 벨레 방송
                for q in range(i, j + 1):
                    used[q] = True
                i = j + 1
                continue
            if k < n and labels[k] == P_ORG and k > j:
                col.add(parts[i:k + 1], ORGANIZATION, ch)
                for q in range(i, k + 1):
                    used[q] = True
                i = k + 1
                continue
            if k < n and labels[k] == P_ORG and k == j and toks[parts[k].i0].tag != "NNP" \
                    and parts[k].text not in L.ORGS and parts[k].text not in O.ALL:
                col.add(parts[i:k + 1], ORGANIZATION, ch)
                for q in range(i, k + 1):
                    used[q] = True
                i = k + 1
                continue
            unknown.append((ch, name_parts, i == 0 and j == n))
            i = j
            continue
        generic = lab == P_ORG and all(toks[x].tag in ("NNG", "XSN") for x in range(parts[i].i0, parts[i].i1)) \
            and parts[i].text not in O.ALL and parts[i].text not in L.ORGS \
            and parts[i].text not in MILITARY and parts[i].text not in L.STANDALONE_ORGS \
            and not _whole_body(parts[i].text)
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
            if parts[i].text in LEADER_GOVERNMENT and k < i and all(
                    labels[q] == P_NAME and _korean_name(parts[q].text) for q in range(k, i)):
                for q in range(k, i):  # 이명박·박근혜 정부, 김영삼 정권: the leaders are people
                    col.add([parts[q]], PERSON, ch, confidence=0.6)
                    used[q] = True
                i += 1
                continue
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
                    and (all(toks[x].tag in ("NNG", "XSN") for x in range(parts[i].i0, parts[i].i1))
                         or _generic_compound(toks, parts[i])) \
                    and parts[i].i1 - parts[i].i0 <= 2 \
                    and not (_whole_body(parts[i].text) and (parts[i - 1].text in G.HOME_COUNTRY
                                                             or parts[i - 1].text in KOREAN_PLACES)):
                # (미국 상무부 stays one body, told apart from 중국 상무부; 대한민국 통일부 is 통일부)
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
            kind = ORGANIZATION if lab == P_ORG else PLACE
            if lab == P_ORG and i + 1 < n and labels[i + 1] == P_NOUN and parts[i + 1].text in SUB_BODIES:
                col.add(parts[start_k:i + 2], ORGANIZATION, ch)  # 현대중공업 노조: the union is a body of its own
                i += 2
                continue
            if kind == PLACE and start_k == i and i == n - 1 and _local_government(parts[i].text) \
                    and after is not None and after.start == parts[i].end and (
                        (after.tag in ("JX", "JKS") and after.form in ("은", "는", "이", "가"))
                        or (after.form == "에서" and _acts_next(toks, ch.after + 1))):
                kind = ORGANIZATION  # 서울시는 …라고 밝혔다, 서울시에서 추진하는: the city's government acts (KLUE: OG)
            col.add(parts[start_k:i + 1], kind, ch, descriptor=desc)
            i += 1
            continue
        if lab == P_ANON:
            # the whole phrase is the anonymous source: 바이든 행정부 고위 당국자 (from after a time
            # word: 사퇴 발표 이후 대검찰청 간부들 -> 대검찰청 간부들)
            s0 = 0
            for q in range(i):
                if parts[q].text in L.NAME_STOP_NOUNS:
                    s0 = q + 1
            col.add(parts[s0: i + 1], ANONYMOUS, ch, confidence=0.8)
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
        if lab == P_NOUN and i + 1 < n and labels[i + 1] == P_NAME and parts[i].text.endswith(PLACE_CLASS) \
                and (i + 2 == n or labels[i + 2] in (P_NAME,)) and not _korean_name(parts[i + 1].text):
            j = i + 1  # 작은 도시 스비보드진에, 섬나라 트리니다드 토바고: the class noun says it is a place
            while j < n and labels[j] == P_NAME and j - i <= 2:
                j += 1
            if j == n:
                col.add(parts[i + 1:j], PLACE, ch, confidence=0.6)
                i = j
                continue
        i += 1


# what a government does (서울시에서 추진하는 제로페이, 부산시에서 발표한 대책)
_GOV_ACTS = word_set("actors_government_acts")


def _acts_next(toks, k: int) -> bool:
    """A verb of governing right after `X에서` (within two words)."""
    for j in range(k, min(len(toks), k + 4)):
        t = toks[j]
        st = t.form if t.tag == "VV" else (toks[j - 1].form + "하" if t.tag == "XSV" and j > 0 else "")
        if st in _GOV_ACTS:
            return True
        if t.tag in ("SF", "SP", "JKO", "JKS"):
            return False
    return False


def _place_suffix_part(p: Part) -> bool:
    return p.text in L.PLACE_SUFFIXES and p.text not in AREA_NOUNS and p.text not in STATE_NOUNS


_GENERIC_HEADS = tuple(x for x in L.ORG_SUFFIXES if len(x) >= 2)
# heads of a body's name written in common nouns, read as a body between a person's name and post
_SLOT_HEADS = tuple(x for x in _GENERIC_HEADS if x not in ROLE_SET) + words("actors_slot_body_heads")


def _slot_body(toks, p: Part) -> bool:
    """A compound of two or more morphemes ending in a kind of body (`시민방사능감시센터`,
    `공공교통네트워크`): in the affiliation slot of `NAME … POST` it names that body."""
    return p.i1 - p.i0 >= 2 and p.text.endswith(_SLOT_HEADS) and _HANGUL.match(p.text) is not None \
        and toks[p.i1 - 1].tag in ("NNG", "NNP")


def _generic_compound(toks, p: Part) -> bool:
    """`축구협회`, `공산당` as one dictionary word: a kind of body named by common nouns, which a
    country before it makes a name (루마니아 축구협회)."""
    if p.i1 - p.i0 != 1 or getattr(toks[p.i0], "oov", False) or len(p.text) < 4:
        return False
    return p.text.endswith(_GENERIC_HEADS) and p.text not in O.ALL and p.text not in L.ORGS


_PLACE_POSTS = words("actors_place_posts")


def _titled_place(word: str) -> str | None:
    """`강원도지사` -> 강원도, `부산시장` -> 부산시: the known place a one-word post is the head of."""
    for h in _PLACE_POSTS:
        if word.endswith(h) and len(word) > len(h) + 1:
            stem = word[: -len(h)]
            if h == "도지사" and stem + "도" in G.ALL_PLACES:
                return stem + "도"
            if G.place_kind(stem, True) and stem in G.ALL_PLACES:
                return stem
    return None


def _whole_body(word: str) -> bool:
    """`통일부`, `기획재정부`, `대통령실`, `국세청`: a body's whole name in one word (a ministry,
    office or agency), which takes neither the country nor the words before it (`대한민국 통일부`,
    `양국 국방부`, `지난번 대통령실` name 통일부, 국방부, 대통령실); `공군`, `정부`, `협회` do."""
    return len(word) >= 3 and word[-1] in "부처청실" and _HANGUL.match(word) is not None \
        and word not in L.GENERIC_ORG and (word in L.ORGS or word in O.ALL or len(word) >= 4
                                           or word[:-1] in FIELDS_OF_MINISTRIES)


# fields a government's ministry is named after (외무부, 내무부, 재무부, 상무부): 진흥청 alone is no body
FIELDS_OF_MINISTRIES = word_set("actors_ministry_fields")


KOREAN_PLACES = G.KR_PROVINCES | G.KR_DISTRICTS | G.KR_CITY_STEMS  # 용산 대통령실: the office, in Yongsan


LEADER_GOVERNMENT = word_set("actors_leader_governments")


def _acronym_org(parts: list[Part], labels: list[str], k: int) -> bool:
    """A Latin acronym between a person's name and a role is the affiliation (`김상균 KR 이사장`)."""
    return labels[k] == P_NAME and _ACRONYM.match(parts[k].text) is not None and k + 1 < len(parts) \
        and labels[k + 1] in (P_ROLE, P_ORG, P_MOD, P_NOUN)


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


def _bracketed_affiliation(doc: Doc, ch: Chunk, col: Collector) -> None:
    """The party, body or constituency given in brackets after a person's title: each piece
    (split at middle dots) that the lexicon or gazetteer knows is an organisation or place."""
    toks = doc.paras[ch.para].toks
    for p in ch.parts:
        a = p.i0
        for k in range(p.i0, p.i1 + 1):
            if k < p.i1 and not (toks[k].form in DOTS and toks[k].tag in ("SP", "SO", "SW")):
                continue
            if k > a:
                q = Part(a, k, toks[a].start, toks[k - 1].end, doc.text[toks[a].start:toks[k - 1].end])
                lab = label_part(toks, q)
                known = q.text in L.ORGS or q.text in O.ALL or G.place_kind(q.text, True)
                if known and lab in (P_ORG, P_PLACE):
                    col.add([q], ORGANIZATION if lab == P_ORG else PLACE, ch, confidence=0.7)
                elif lab in (P_NAME, P_ORG) and q.i0 == ch.parts[0].i0 and k == p.i1 and len(ch.parts) == 1 \
                        and _HANGUL_ANY.search(q.text) and not (_korean_name(q.text) and lab == P_NAME):
                    col.add([q], ORGANIZATION, ch, confidence=0.5)  # (토트넘): the one name given
            a = k + 1


_LABELLED = re.compile(r"\(\s*([가-힣]{1,8})\s*[:：]\s*$")


def _labelled_name(doc: Doc, ch: Chunk) -> str | None:
    """`(재판장: 홍순욱)`, `(본명: 권지용`: a Korean full name after a post or 본명 and a colon inside a
    bracket. Returns the post ('' for a real name), or None."""
    if not _korean_name(ch.parts[0].text):
        return None
    m = _LABELLED.search(doc.text[max(0, ch.start - 12):ch.start])
    if m is None:
        return None
    label = m.group(1)
    if label in ("본명", "실명"):
        return ""
    return label if label in ROLE_SET else None


def _whole_bracket(doc: Doc, ch: Chunk) -> bool:
    """The chunk is all a bracket holds: `(잠실)`."""
    t = doc.text
    return ch.start > 0 and t[ch.start - 1] == "(" and t[ch.end:ch.end + 1] == ")"


def extract_actors(doc: Doc) -> ActorIndex:
    col = Collector(doc)
    unknown: list = []
    prev: Chunk | None = None
    for ch in doc.chunks:
        if ch.in_gloss and prev is not None and _after_title(doc, prev, ch):
            _bracketed_affiliation(doc, ch, col)  # 김영배 의원(더불어민주당·서울 성북갑)
            continue
        if ch.in_gloss and len(ch.parts) == 1 and _HANGUL.match(ch.parts[0].text) \
                and G.place_kind(ch.parts[0].text, True) and _whole_bracket(doc, ch):
            col.add(ch.parts, PLACE, ch, confidence=0.6)  # 두산-LG(잠실), 회의(서울): where it happens
            prev = ch
            continue
        if ch.in_gloss and len(ch.parts) == 1:
            role = _labelled_name(doc, ch)
            if role is not None:  # (재판장: 홍순욱), (본명: 권지용): a person named inside the bracket
                col.add(ch.parts, PERSON, ch, role=role or None, confidence=0.6)
                prev = ch
                continue
        if ch.in_gloss and (len(ch.parts) == 1 or not _HANGUL_ANY.search(doc.text[ch.start:ch.end])):
            continue
        role, cls = _prev_role(doc, ch, prev)
        n0 = len(col.found)
        _analyse_chunk(doc, ch, role, col, unknown)
        n1 = len(col.found)
        age_brackets(doc, ch, col, n0)
        if cls is None and n1 == n0:
            cls = _quoted_after_class(doc, ch)
        if cls and n1 == n0:
            toks = doc.paras[ch.para].toks
            labels = [label_part(toks, p) for p in ch.parts]
            if labels and labels[0] in (P_NAME, P_ORG, P_PLACE):
                col.add(ch.parts[:1], cls, ch, descriptor=doc.text[prev.start:prev.end] if prev else None)
                unknown[:] = [u for u in unknown if u[0] is not ch]
        prev = ch
    _class_lists(doc, col, unknown)
    _resolve_unknown(doc, col, unknown)
    return apply_role_refs(doc, _finish(doc, col.found))


# `8개 카드사(KB국민, 농협, 롯데, …)`: a bracket listing the members of a class of bodies
_CLASS_LIST = re.compile(r"([가-힣]+)\(([^()\n]{3,200})\)")
_LIST_ITEM = re.compile(r"^[가-힣A-Za-z][가-힣A-Za-z0-9&.\- ]{0,14}$")


def _class_lists(doc: Doc, col: Collector, unknown: list) -> None:
    """Each item of a comma list in brackets right after a class noun of bodies is such a body
    (`카드사(KB국민, 농협, 롯데)`, `방송사(KBS, MBC, SBS)`); the class noun says what they are."""
    text = doc.text
    if "(" not in text:
        return
    sent_starts = taken = taken_starts = None
    added: list[Actor] = []
    spans: list[tuple[int, int]] = []
    for m in _CLASS_LIST.finditer(text):
        word, inner = m.group(1), m.group(2)
        if not word.endswith(ORG_CLASS) or ("," not in inner and "·" not in inner):
            continue
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

