"""Lists of names written bare: `서울과 인천, 수원, 안양`, `경기도 가평, 양평, 포천`.

Korean coordinates nouns of one kind with `,`, `·`, `과/와`, `및`. When one item of a list
is a place (or an organisation) found by the first pass, the list's bare proper nouns of the
same shape are of that kind too. A list whose first item is written `PLACE NAME` (`경기도
가평`, `부산 강서`) lists parts of that place. A common noun (`기장`) counts only between two
items of the kind with its own length: a known place on each side of it. Items that look
like Korean personal names are left alone (`김철수, 이영희`).
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from .actor_rules_places import AREA_NOUNS
from .collect import Collector
from .doc import Chunk, Doc, Part
from .labels import _MIXED_SCRIPT, NOT_NAME_END, P_NAME, P_NOUN, P_PLACE, _korean_name, label_part
from .rules import rule
from .textutil import HANGUL as _HANGUL

SEPARATORS = frozenset((",", "·", "과", "와", "및", ", 및"))


_INITIAL = re.compile(r"[A-Z]\.")
_COUNTRY_OF = re.compile(r"(?<=[\s,와과])([가-힣]{2,8})의 $")
_BRACKET_THEN = re.compile(r"\([^()]{1,40}\)")


@rule("people", "김정환(펜싱 남자 사브르·동메달), 장준(태권도) → one list of two items", "people-list-with-brackets")
def list_gap(gap: str) -> bool:
    """Two list items are separated by a coordinating mark or particle, after an optional
    bracket that belongs to the first item (its age, team, event or school); the second item
    may be introduced by its country (`김민선(의정부시청)과 중국의 진징주`)."""
    m = _COUNTRY_OF.search(gap)
    if m and m.group(1) in G.COUNTRIES:
        gap = gap[:m.start()] + " "
    if len(gap) > 6 and not gap.startswith("("):
        return False
    m = _BRACKET_THEN.match(gap)
    rest = gap[m.end():] if m else gap
    return len(rest) <= 6 and rest.strip() in SEPARATORS


def _country_before_item(doc: Doc, ch: Chunk) -> bool:
    """`중국의` before a list item: the item's country, not an item of its own."""
    return len(ch.parts) == 1 and ch.parts[0].text in G.COUNTRIES and doc.text[ch.end:ch.end + 2] == "의 "


def _lists(doc: Doc) -> list[list[Chunk]]:
    """Runs of chunks in one sentence separated only by a coordinating mark or particle
    (computed once per document: both the unknown-name resolver and `person_lists` read them)."""
    cached = doc.coord_lists
    if cached is not None:
        return cached
    out: list[list[Chunk]] = []
    cur: list[Chunk] = []
    text = doc.text
    for ch in doc.chunks:
        if ch.in_gloss or _country_before_item(doc, ch):
            continue
        if cur and cur[-1].sent == ch.sent and cur[-1].para == ch.para \
                and list_gap(text[cur[-1].end:ch.start]):
            cur.append(ch)
            continue
        if len(cur) >= 2:
            out.append(cur)
        cur = [ch]
    if len(cur) >= 2:
        out.append(cur)
    doc.coord_lists = out
    return out


@rule("places", "괴산과 음성, 진천 지역에 → place 음성 (the list's last item ends in 지역)", "places-list-ending-in-area-noun")
def _without_area_noun(parts: list[Part]) -> list[Part]:
    """A list item written `NAME 지역` (or 일대, 일원) is the name: the area noun belongs to the list."""
    if len(parts) == 2 and parts[1].text in AREA_NOUNS:
        return parts[:1]
    return parts


def list_kinds(doc: Doc, col: Collector) -> dict[tuple[int, int], str]:
    """(start, end) of a bare list item -> the list's kind; adds sandwiched common nouns to `col`."""
    by_span = {}
    for a in col.found:
        if a.kind in (PLACE, ORGANIZATION):
            by_span.setdefault((a.start, a.end), set()).add(a.kind)
    out: dict[tuple[int, int], str] = {}
    for items in _lists(doc):
        kinds: set[str] = set()
        slots = []  # (part, label) of each item's last word, when the item is one bare word
        for k, ch in enumerate(items):
            toks = doc.paras[ch.para].toks
            parts = _without_area_noun(ch.parts)
            last = parts[-1]
            known = by_span.get((last.start, last.end)) or by_span.get((ch.start, ch.end))
            if known:
                kinds |= known
            if len(parts) == 1:
                slots.append((last, label_part(toks, last), known))
            elif k == 0 and len(parts) == 2 and label_part(toks, parts[0]) == P_PLACE \
                    and label_part(toks, last) in (P_NAME, P_PLACE):
                kinds.add(PLACE)  # 경기도 가평, 충청북도 괴산, …: the list names parts of the place
                slots.append((last, label_part(toks, last), known))
            else:
                slots.append((None, None, known))
        if len(kinds) != 1:
            continue
        kind = kinds.pop()
        for k, (part, lab, known) in enumerate(slots):
            if part is None or known:
                continue
            mixed = kind == ORGANIZATION and _MIXED_SCRIPT.match(part.text) is not None  # (제주MBC)
            if not (_HANGUL.match(part.text) or mixed) or _korean_name(part.text):
                continue
            if not 2 <= len(part.text) <= (8 if mixed else 5):
                continue
            if lab == P_NAME:
                out[(part.start, part.end)] = kind
            elif lab == P_NOUN and kind == PLACE and 0 < k < len(slots) - 1:
                left, right = slots[k - 1], slots[k + 1]
                if all(s[0] is not None and len(s[0].text) == len(part.text) and (s[2] or s[1] == P_NAME)
                       for s in (left, right)):
                    col.add([part], PLACE, items[k], confidence=0.4)
    return out


@rule("people", "존 굿이너프, 스탠리 휘팅엄, 요시노 아키라가 → person 스탠리 휘팅엄 (among people)",
      "people-foreign-full-name-in-list")
def _foreign_full_name(doc: Doc, ch: Chunk, spans: dict) -> bool:
    """In a list with two or more people, an item of two or three Hangul words that the
    analyser reads as names (nothing found there yet) is a person's full name."""
    parts = ch.parts
    words = doc.text[parts[0].start:parts[-1].end].split()
    if not 2 <= len(words) <= 3 or any((p.start, p.end) in spans for p in parts) \
            or not all(_HANGUL.fullmatch(w) or (0 < k < len(words) - 1 and _INITIAL.fullmatch(w))
                       for k, w in enumerate(words)) or doc.text[ch.start - 1:ch.start] in "‘'\"“":
        return False  # (조지 W. 부시: a middle initial)
    toks = doc.paras[ch.para].toks
    return all(label_part(toks, p) == P_NAME and p.text not in G.ALL_PLACES for p in parts)


def _surname_and_two(text: str) -> bool:
    """Among people, a surname and two syllables is a full name even when the given name is
    transliterated (정니콜, 박칼린)."""
    return len(text) == 3 and _HANGUL.fullmatch(text) is not None and text[0] in L.SURNAMES


def person_lists(doc: Doc, col: Collector) -> None:
    """`카라의 한승연, 정니콜, 강지영이`: in a list where one item is a person, the other bare items
    shaped like Korean full names are people too (the particle marks only the last one)."""
    spans = {(a.start, a.end): a.kind for a in col.found}
    person_spans = [sp for sp, kind in spans.items() if kind == PERSON]
    for items in _lists(doc):
        people = sum(any(ch.start <= a < b <= ch.end for a, b in person_spans) for ch in items)
        if not people and not names_only_list(doc, items, spans):
            continue
        for k, ch in enumerate(items):
            last = ch.parts[-1]
            toks = doc.paras[ch.para].toks
            if k == 0 and len(ch.parts) > 1 and (last.start, last.end) not in spans \
                    and label_part(toks, last) == P_NAME and _surname_and_two(last.text) and people:
                col.add([last], PERSON, ch, confidence=0.5)  # 4학년 윤재혁, 김나래 …: the list's first name
                continue
            if people >= 1 and _foreign_full_name(doc, ch, spans):
                col.add(ch.parts, PERSON, ch, confidence=0.5)  # (one part when the analyser knows the name)
                continue
            if len(ch.parts) == 1 and (last.start, last.end) not in spans \
                    and any(toks[x].tag == "NNP" for x in range(last.i0, last.i1)) \
                    and doc.text[ch.start - 1:ch.start] not in "‘'\"“" \
                    and (_surname_and_two(last.text) or (people >= 2 and single_name_among_people(last.text))):
                col.add([last], PERSON, ch, confidence=0.5)  # (이성애, 동성애 in quotes: common nouns)


@rule("people", "아이유, 태연, 박효신이 참여했다 → person 태연 (a one-word name among two or more people)",
      "people-single-name-in-list")
def single_name_among_people(word: str) -> bool:
    """In a list with two or more people, a proper noun of two or three Hangul syllables that no
    gazetteer knows as a place or body is a person known by one name (a singer, an athlete)."""
    return bool(_HANGUL.fullmatch(word)) and 2 <= len(word) <= 3 and word not in G.ALL_PLACES \
        and word not in L.ORGS


@rule("people", "송하준, 이세린, 조도윤 등이 출연한다 → persons (a list of Korean full names, no title)",
      "people-list-of-full-names")
def names_only_list(doc: Doc, items: list[Chunk], spans: dict) -> bool:
    """A list whose every item is one proper noun shaped like a Korean full name (surname and
    two syllables, not a body's or a thing's last syllable, unknown to the gazetteers, not
    quoted) lists people, even when no item has a title."""
    if len(items) < 2:
        return False
    thing_ends = 0  # (송강호: 호 ends vessels too; most items of a list of names do not end so)
    for ch in items:
        last = ch.parts[-1]
        toks = doc.paras[ch.para].toks
        if len(ch.parts) != 1 or last.i1 - last.i0 != 1 or toks[last.i0].tag != "NNP" \
                or not _korean_name(last.text) \
                or last.text in G.ALL_PLACES or last.text in L.ORGS or (last.start, last.end) in spans \
                or doc.text[ch.start - 1:ch.start] in "‘'\"“":
            return False
        thing_ends += last.text[-1] in NOT_NAME_END
    return 2 * thing_ends < len(items)
