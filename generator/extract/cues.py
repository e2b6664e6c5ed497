"""Grammatical cues that say what an unclassified proper noun names.

Used by `resolve` for names with no role, suffix or lexicon entry. Each cue is a word the
grammar puts right after the name, or the verb the name is an argument of:

- `X 측`, `X 관계자`, `X 직원`, `X 대변인실`: a side, staff or spokespeople belong to an
  organisation (`NHN엔터테인먼트 측`, `삼성전자 관계자`); a person's camp (`트럼프 측`) is ruled
  out by the caller (names already known as people, Korean personal names, the name's spelling);
- `X 일대`, `X 인근`, `X 앞바다`, `X 상공`: only a place has surroundings, waters or airspace;
- `X에 도착하다`, `X로 향하다`, `X에서 열리다`: a destination, a direction, a venue.
"""
from __future__ import annotations

from ..model import ORGANIZATION, PLACE
from . import gazetteer as G
from .labels import _HANGUL, _korean_name
from .people import foreign_looking
from .rules import rule
from .wordlists import word_set

# nouns written after an organisation's name for its side, staff or spokespeople
ORG_SIDE_NOUNS = word_set("quotes_cue_org_side_nouns")
# nouns written after a place's name for its surroundings
PLACE_AROUND_NOUNS = word_set("quotes_cue_place_around_nouns")
# verbs whose `에` argument is a place (arrival, location, stay)
AT_VERBS = word_set("quotes_cue_at_verbs")
# verbs whose `로/으로` argument is a destination
TOWARD_VERBS = word_set("quotes_cue_toward_verbs")
# verbs of events held at a venue: `X에서 열린`, `X에서 개최된`
HELD_VERBS = word_set("quotes_cue_held_verbs")
# verbs whose `을/를` object is a place: `X를 방문했다`, `X를 강타한`
OBJECT_PLACE_VERBS = word_set("quotes_cue_object_place_verbs")


def verb_stem(toks, j: int) -> str:
    """The verb stem that token j carries (`도착/NNG 하/XSV` -> 도착하), or ''."""
    t = toks[j]
    if t.tag in ("VV", "VA"):
        return t.form
    if t.tag == "XSV" and j > 0:
        return toks[j - 1].form + t.form
    return ""


@rule("resolve", "대표단은 톨레미아에 도착했다 → 톨레미아 is a place", "quotes-cue-place-argument")
def place_argument(toks, a: int) -> bool:
    """A name that is the destination, direction or venue of a verb (`X에 도착했다`) is a place.

    `X에 도착했다`, `X로 향하는`, `X에서 열린`, `X를 방문했다`: the particle at token a marks a
    place argument."""
    if a >= len(toks) or toks[a].tag not in ("JKB", "JKO"):
        return False
    form = toks[a].form
    if toks[a].tag == "JKO":
        verbs = OBJECT_PLACE_VERBS  # (X를 방문했다, X를 강타한 태풍)
    elif form in ("에", "에서", "로", "으로"):
        verbs = {"에": AT_VERBS, "에서": HELD_VERBS, "로": TOWARD_VERBS, "으로": TOWARD_VERBS}[form]
    else:
        return False
    sent = toks[a].sent
    for j in range(a + 1, min(len(toks), a + 4)):
        if toks[j].sent != sent or toks[j].tag in ("SF", "SP", "SSO", "SSC"):
            return False
        stem = verb_stem(toks, j)
        if stem:
            return stem in verbs
    return False


def side_noun_after(doc, ch, name_parts, toks) -> str | None:
    """The noun written right after the name (in the same chunk, or the bound noun `측`)."""
    parts = ch.parts
    last = name_parts[-1]
    for k, p in enumerate(parts):
        if p is last:
            if k + 1 < len(parts):
                return parts[k + 1].text
            break
    a = ch.after
    if a < len(toks) and toks[a].tag == "NNB" and toks[a].form == "측":
        return "측"
    return None


def cue_kind(doc, ch, name_parts, toks, text: str) -> str | None:
    """`X 측`/`X 관계자` -> organisation, `X 일대`/`X 앞바다` -> place (see `cues`)."""
    noun = side_noun_after(doc, ch, name_parts, toks)
    if noun is None:
        return None
    if _around_place(noun):
        # (석모도 일대: a name shaped like a Korean person's has no surroundings either; 연선 지역: a common word)
        return None if text in G.NOT_PLACE else PLACE
    if _korean_name(text.replace(" ", "")):
        return None
    return _org_side(noun, name_parts, text)


@rule("resolve", "함대는 베르니카 앞바다에 머물렀다 → 베르니카 is a place", "quotes-cue-place-around-noun")
def _around_place(noun: str) -> bool:
    """Only a place has surroundings, waters or airspace (`X 일대`, `X 앞바다`, `X 상공`)."""
    return noun in PLACE_AROUND_NOUNS


@rule("resolve", "카벨로 관계자는 … → 카벨로 is an organisation; 카벨로 측 → a person's camp",
      "quotes-cue-org-side-noun")
def _org_side(noun: str, name_parts, text: str) -> str | None:
    """A side, staff or spokespeople belong to an organisation (`X 관계자`, `X 직원`, `X 측`).

    A short or foreign-looking one-word name before `측` is a person's camp (`트럼프 측`)."""
    if noun in ORG_SIDE_NOUNS:
        short = len(name_parts) == 1 and _HANGUL.match(text) is not None and len(text) <= 3
        if noun == "측" and (short or foreign_looking(text) and " " not in text):
            return None  # 트럼프 측, 바이든 측: a person's camp
        return ORGANIZATION
    return None
