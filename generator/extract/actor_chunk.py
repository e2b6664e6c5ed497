"""The reading of one noun chunk: a short driver over the named actor rules.

A chunk's parts are split where one spelled word holds two actors, labelled (`labels`),
merged where two words make one name, relabelled in context, and then read left to right:
each part is tried by the rules of `actor_rules_people`, `actor_rules_titles`,
`actor_rules_orgs` and `actor_rules_places`, and the first rule that reads it says where the
next reading starts.
"""
from __future__ import annotations

from . import actor_rules_orgs as RO
from . import gazetteer as G
from . import orglex as O
from . import actor_rules_people as RP
from . import actor_rules_places as RL
from .actor_rules_titles import _name_then_post
from .actor_state import ChunkState
from .collect import Collector
from .doc import Chunk, Doc, Part
from .labels import (
    P_NAME,
    P_NOUN,
    P_NUM,
    P_ORG,
    P_PLACE,
    ROLE_SET,
    _korean_name,
    label_part,
)
from .analyser import _is_role
from .people import honorific_after
from .rules import rule
from .textutil import HANGUL

_NAME_DOTS = "·‧,"


def _names_nothing(toks, ch: Chunk, prev_role: str | None) -> bool:
    """The fast path (most chunks): plain common nouns and numbers, one word each, name nothing."""
    if prev_role:
        return False
    for p in ch.parts:
        if p.gloss is not None or label_part(toks, p) not in (P_NOUN, P_NUM) \
                or (len(p.text) == 1 and "A" <= p.text <= "Z") or "·" in p.text or "-" in p.text:
            return False
    parts = ch.parts  # (알 카에다, 뉴 델리: two plain words may make one known name)
    return not any(a.text + b.text in O.ALL or a.text + b.text in G.ALL_PLACES for a, b in zip(parts, parts[1:]))


@rule("people", "정하준·오세린 → persons 정하준, 오세린 (a pair, not one name)", "people-dotted-full-names")
def _dotted_full_names(doc: Doc, span, p: Part) -> list[Part] | None:
    """Korean full names joined by a middle dot in one spelled word are each a name (tagged as
    proper nouns, or as common nouns when a post follows: 한승희·오경택 의원)."""
    if len(span) < 3 or len(span) % 2 == 0:
        return None
    tags = ("NNP", "NNG") if _is_role(doc.text[p.end:p.end + 12].split(maxsplit=1)[0] if doc.text[p.end:p.end + 1] == " "
                                       else "") else ("NNP",)
    if not all((t.tag in tags and _korean_name(t.form) and t.form not in ROLE_SET) if k % 2 == 0
               else t.form in _NAME_DOTS for k, t in enumerate(span)):
        return None
    return [Part(p.i0 + k, p.i0 + k + 1, span[k].start, span[k].end, span[k].form,
                 p.gloss if k == len(span) - 1 else None) for k in range(0, len(span), 2)]


@rule("people", "윤후덕의원 → name 윤후덕, post 의원", "people-title-written-on")
def _title_written_on(doc: Doc, span, p: Part) -> list[Part] | None:
    """A proper-noun Korean name with its title written on (`NAME` + `ROLE` in one word) is two parts."""
    if len(span) >= 2 and span[0].tag == "NNP" and len(span[0].form) >= 2 and HANGUL.match(span[0].form) \
            and doc.text[span[1].start:p.end] in ROLE_SET and span[0].end == span[1].start \
            and _korean_name(span[0].form):
        return [Part(p.i0, p.i0 + 1, span[0].start, span[0].end, span[0].form),
                Part(p.i0 + 1, p.i1, span[1].start, p.end, doc.text[span[1].start:p.end], p.gloss)]
    return None


def _split_parts(doc: Doc, toks, parts: list[Part]) -> list[Part]:
    """Parts that join two actors in one spelled word, split apart (names or places or bodies
    joined by a middle dot, a place with its 의, a name with its title written on)."""
    out: list[Part] = []
    changed = False
    for p in parts:
        if p.i1 - p.i0 < 2 and not (toks[p.i0].tag == "NNP" and p.text.endswith(RL.GLUED_PARTICLES)):
            out.append(p)
            continue
        span = toks[p.i0:p.i1]
        pieces = _dotted_full_names(doc, span, p) or RL._place_with_genitive(doc, span, p) \
            or RL._dot_pieces(doc, span, p) or RO._dot_orgs(doc, toks, span, p) or _title_written_on(doc, span, p)
        if pieces:
            out.extend(pieces)
            changed = True
        else:
            out.append(p)
    return out if changed else parts


def _two_word_names(st: ChunkState) -> None:
    """The first two words that make one known place or organisation are merged."""
    for k in range(1, st.n):
        if RL._known_place_in_two_words(st, k):
            st.merge(k - 1, k, P_PLACE)
            return
        if RO._known_org_in_two_words(st, k):
            st.merge(k - 1, k, P_ORG)  # 알 카에다, 보코 하람
            return


MERGES = (RL._place_suffix_apart, _two_word_names, RL._state_noun_apart, RL._numbered_district,
          RL._territory_of_country, RP._name_particle_inside, RO._diplomatic_mission, RO._team_name)
NAME_RULES = (RP._post_then_name, RP._relation_then_name, RP._name_with_honorific, RO._name_with_kind_noun, RO._name_then_body_word)
PART_RULES = (RO._home_town_club, RO._body_named_by_head, RO._org_or_place, RP._anonymous_source, RO._class_noun_then_org,
              RL._class_noun_then_place)


def _read_name(st: ChunkState, i: int) -> int:
    """Read the name at part i as a person, organisation or place; an unread name goes to `unknown`."""
    nxt = RP._coordinated_names(st, i)
    if nxt is not None:
        return nxt
    RP._affiliation_after_full_name(st, i)
    i, j = RP._name_extent(st, i)
    nxt = RO._org_before_full_name(st, i, j)
    if nxt is not None:
        return nxt
    j, nxt = _name_then_post(st, i, j)
    if nxt is not None:
        return nxt
    for name_rule in NAME_RULES:
        nxt = name_rule(st, i, j)
        if nxt is not None:
            return nxt
    st.unknown.append((st.ch, st.parts[i:j], i == 0 and j == st.n))
    return j


def _read_parts(st: ChunkState) -> None:
    st.used = [False] * st.n
    i = 0
    while i < st.n:
        if st.labels[i] == P_NAME:
            i = _read_name(st, i)
            continue
        nxt = None
        for part_rule in PART_RULES:
            nxt = part_rule(st, i)
            if nxt is not None:
                break
        i = nxt if nxt is not None else i + 1


def _analyse_chunk(doc: Doc, ch: Chunk, prev_role: str | None, col: Collector, unknown: list) -> None:
    toks = doc.paras[ch.para].toks
    if _names_nothing(toks, ch, prev_role):
        return
    parts = _split_parts(doc, toks, ch.parts)
    st = ChunkState(doc, ch, toks, parts, [label_part(toks, p) for p in parts], col, unknown, prev_role)
    for merge in MERGES:
        merge(st)
    st.labels = RL._address_places(doc, toks, st.parts, st.labels)
    st.after = toks[ch.after] if ch.after < len(toks) else None
    # 김 씨, 박 모씨, 최모(34)씨: KLUE tags the name (the surname) only
    st.honorific = st.after is not None and honorific_after(toks, ch.after, st.parts[-1].end, doc.text)
    if RP._letter_with_honorific(st):
        return
    for relabel in (RL._verbal_noun, RL._name_in_part_of_place, RL._unknown_state_after_country, RO.party_by_standing,
                    *RP.RELABELS):
        relabel(st)
    _read_parts(st)
