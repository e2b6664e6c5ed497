"""Role references: a person named once, then referred to by role.

Korean news introduces a person in full (`조 바이든 미국 대통령`, `김철수 국방부 장관`) and then
refers to them by a role phrase with no name: `[affiliation] role` (`美 대통령`, `미국 대통령`,
`국방부 장관`, `백악관 대변인`) or `surname role` (`김 장관`, `이 대표`). This module keeps an
in-article index of the people introduced with a role and resolves such phrases to one of them:

- the title must be the same (`장관` = `장관`; a compound title ends with the phrase's one,
  `국무장관` -> `장관`, `국무총리` -> `총리`, unless the prefix changes the office: `부총리`,
  `부위원장`, `원내대표`, `사무총장`); a former holder (`전`, `前`) only matches a former holder;
- every affiliation of the phrase must be compatible with the person's (country short forms
  `美`/`미`/`미국` are one country; `국방` ~ `국방부`; `민주당` ~ `더불어민주당`); a person whose
  affiliation the article never gave does not match an affiliated phrase (`윤석열 대통령` is not
  the `미국 대통령`);
- a surname must begin the person's Korean name (`김` -> `김철수`, never `조` -> `조 바이든`).

A phrase is resolved only when exactly one person introduced before it (anywhere in the article
for a headline) matches; two `장관` in one article leave a bare `국방부 장관` unresolved when
neither was given that affiliation. A surname phrase keeps its `person` mention (span = the
surname, KLUE) keyed to the full name; a pure role phrase creates no mention (its span holds
no name) but a *role reference* the speaker rules read as that person. `이 대표` with no person
surnamed 이 is the demonstrative `이` ("this 대표"): no mention, a role reference.
"""
from __future__ import annotations

import bisect
import dataclasses
from dataclasses import dataclass

from ..model import ANONYMOUS, PERSON, Mention
from . import lexicon as L
from .collect import ActorIndex
from .doc import Doc
from .gazetteer import COUNTRIES
from .labels import P_MOD, P_ORG, P_ORGHEAD, P_PLACE, P_ROLE, _korean_name, label_part
from .rules import rule
from .textutil import HANGUL
from .wordlists import words

_HANGUL = HANGUL
FORMER = frozenset(("전", "前"))
# prefixes that make another office of a title: 부총리, 부위원장, 원내대표, 사무총장, 명예회장
_RANK_PREFIXES = words("quotes_role_rank_prefixes")
# demonstratives that are also surnames: `이 대표는` may be "this 대표"
_DEMONSTRATIVE_SURNAMES = frozenset(("이",))


def _country(w: str) -> str:
    return L.SHORT_COUNTRY.get(w, w)


def _aff_words(aff: str | None) -> list[str]:
    return [_country(w) for w in aff.split()] if aff else []


def split_role(role: str) -> tuple[str, bool]:
    """(title, former) of a role phrase: `전 국방부 장관` -> (`장관`, True)."""
    words = role.split()
    former = any(w in FORMER for w in words)
    core = [w for w in words if w not in L.ROLE_MODIFIERS]
    return (core[-1] if core else words[-1]), former


@rule("actors", "도민준 부총리 … 총리는 “…” → not 도민준 (a deputy holds another office)", "speakers-role-rank-prefix")
def _same_office(prefix: str) -> bool:
    """A prefix that makes another office (부총리, 원내대표, 사무총장) is not the same title."""
    return prefix not in _RANK_PREFIXES and not prefix.startswith(("부원내", "副"))


@rule("actors", "에밀 로랑 프랑스 국무총리 … 프랑스 총리는 “…” → 에밀 로랑", "speakers-role-same-title")
def title_match(phrase: str, person: str) -> tuple[bool, str]:
    """A role phrase refers to a person whose title is the same or ends with it (국무총리 ~ 총리).

    Returns (ok, the phrase title's own prefix that the person's affiliation must then allow:
    `국방장관` for a `장관` of `국방부`)."""
    if phrase == person:
        return True, ""
    if person.endswith(phrase):
        return _same_office(person[: -len(phrase)]), ""
    if phrase.endswith(person):
        pre = phrase[: -len(person)]
        return _same_office(pre), pre
    return False, ""


@rule("actors", "에밀 로랑 프랑스 대통령과 한스 뮐러 독일 대통령 … 독일 대통령은 “…” → 한스 뮐러",
      "speakers-role-affiliation")
def aff_compatible(a: str, words) -> bool:
    """An affiliation in a role phrase must be one the person was given (美 ~ 미국, 국방 ~ 국방부)."""
    a = _country(a)
    for t in words:
        if a == t:
            return True
        if len(a) >= 2 and len(t) >= 2 and (t.startswith(a) or a.startswith(t) or t.endswith(a) or a.endswith(t)):
            return True
    return False


def surname_of(key: str, surname: str) -> bool:
    """Is `key` a Korean name with this surname (`김철수`, not `조 바이든`)?"""
    return 2 <= len(key) <= 4 and _HANGUL.match(key) is not None and key.startswith(surname) \
        and len(key) > len(surname)


@dataclass(frozen=True)
class Entry:
    key: str
    start: int
    title: str
    former: bool
    words: tuple[str, ...]
    """Affiliation words of the person (countries normalised) and the prefix of a compound title."""


class RoleIndex:
    """People the article introduced with a role, in text order."""

    def __init__(self, mentions: list[Mention], headline_end: int = -1, text: str = "") -> None:
        self.entries: list[Entry] = []
        self.headline_end = headline_end
        for m in mentions:
            if m.kind != PERSON or not m.role or m.key == m.text and m.text in L.SURNAMES:
                continue  # (an unresolved bare surname introduces nobody)
            title, former = split_role(m.role)
            # `김철수 전 국방부 장관`: the modifier precedes the affiliation, outside the role
            former = former or text[m.end:m.end + 4].split()[:1] in (["전"], ["前"])
            words = _aff_words(m.affiliation)
            for w in m.role.split()[:-1]:
                if w not in L.ROLE_MODIFIERS:
                    words.append(_country(w))
            self.entries.append(Entry(m.key, m.start, title, former, tuple(words)))
        self.starts = [e.start for e in self.entries]

    def candidates(self, pos: int, title: str, former: bool, affs=(), surname: str | None = None,
                   exclude: int = -1) -> list[str]:
        """Distinct keys of the people before `pos` (the whole article for a headline phrase)
        matching the title, every affiliation and the surname; the most recent first."""
        hi = bisect.bisect_left(self.starts, pos)
        pool = self.entries[:hi]
        if not pool and pos < self.headline_end:
            pool = self.entries
        # the role information of one person is pooled over their mentions
        info: dict[str, list[Entry]] = {}
        order: list[str] = []
        for e in pool:
            if e.start == exclude:
                continue
            if e.key not in info:
                info[e.key] = []
            info[e.key].append(e)
            if e.key in order:
                order.remove(e.key)
            order.append(e.key)
        out = []
        for key in reversed(order):
            if surname is not None and not surname_of(key, surname):
                continue
            es = info[key]
            words = [w for e in es for w in e.words]
            for e in es:
                ok, pre = title_match(title, e.title)
                if not ok or e.former != former:
                    continue
                need = list(affs) + ([pre] if pre else [])
                if all(aff_compatible(a, words) for a in need):
                    out.append(key)
                    break
        return out

    def resolve(self, pos: int, title: str, former: bool, affs=(), surname: str | None = None,
                exclude: int = -1) -> str | None:
        c = self.candidates(pos, title, former, affs, surname, exclude)
        return c[0] if len(c) == 1 else None


def _headline_end(doc: Doc) -> int:
    h = doc.article.headline
    return h.end if h is not None else -1


def apply_role_refs(doc: Doc, idx: ActorIndex) -> ActorIndex:
    """Key surname mentions (`김 장관` -> 김철수) and collect pure role references (`美 대통령`)."""
    if not any(m.kind == PERSON and m.role for m in idx.mentions):
        return idx
    index = RoleIndex(idx.mentions, _headline_end(doc), doc.text)
    refs: list[Mention] = []
    out: list[Mention] = []
    for m in idx.mentions:
        if m.kind == PERSON and m.role and m.text in L.SURNAMES:
            title, former = split_role(m.role)
            affs = [a for a in (m.affiliation or "").split() if a]
            c = index.candidates(m.start, title, former, affs, surname=m.text, exclude=m.start)
            if len(c) == 1:
                m = dataclasses.replace(m, key=c[0])
            elif len(c) > 1:
                m = dataclasses.replace(m, key=m.text)  # two 김 장관 before it: unresolved
            elif m.key == m.text and m.text in _DEMONSTRATIVE_SURNAMES:
                who = index.resolve(m.start, title, former, affs, exclude=m.start)
                if who is not None:  # `이 대표는` with no 이 named: "this 대표"
                    end = _role_end(doc, m)
                    refs.append(dataclasses.replace(m, text=doc.text[m.start:end], key=who, end=end))
                    continue
        out.append(m)
    idx.mentions = out
    idx.role_refs = refs + _role_phrases(doc, idx, index)
    idx.role_refs.sort(key=lambda r: (r.start, -r.end))
    return idx


def _role_end(doc: Doc, m: Mention) -> int:
    """End of the noun phrase that begins with the surname (`이 대표` -> after 대표)."""
    ch = next((c for c in doc.chunks if c.start == m.start), None)  # rare: a linear scan is fine
    return ch.end if ch is not None else m.end


_AFFIL = (P_PLACE, P_ORG, P_ORGHEAD)


@rule("actors", "에밀 로랑 프랑스 대통령이 … 프랑스 대통령은 “…” → 에밀 로랑", "speakers-role-phrase")
def _role_phrases(doc: Doc, idx: ActorIndex, index: RoleIndex) -> list[Mention]:
    """A role phrase with no name refers to the one person the article introduced with that role.

    `[AFFIL...] [MOD] ROLE` chunks that name nobody: a role reference to that person, else (a
    country's office) an unnamed speaker."""
    people = sorted((m.start, m.end) for m in idx.mentions if m.kind in (PERSON, ANONYMOUS))
    pstarts = [s for s, _ in people]
    out: list[Mention] = []
    sents = doc.sentences
    for ch in doc.chunks:
        parts = ch.parts
        if len(parts) < 2 or ch.in_gloss:
            continue
        toks = doc.paras[ch.para].toks
        if label_part(toks, parts[-1]) != P_ROLE or parts[-1].text.endswith("들"):
            continue
        labels = [label_part(toks, p) for p in parts[:-1]]
        if not all(lb in _AFFIL or lb == P_MOD for lb in labels) or not any(lb in _AFFIL for lb in labels):
            continue
        if labels[0] == P_PLACE and _korean_name(parts[0].text) and parts[0].text not in L.PLACES:
            continue  # `이완구 새누리당 원내대표`: a name the place suffix rule took for a district
        k = bisect.bisect_left(pstarts, ch.start)
        if k < len(people) and people[k][0] < ch.end:
            continue  # a person or a source is named in it
        title = parts[-1].text
        former = any(p.text in FORMER for p, lb in zip(parts, labels) if lb == P_MOD)
        affs = [p.text for p, lb in zip(parts, labels) if lb in _AFFIL]
        who = index.resolve(ch.start, title, former, affs)
        text = doc.text[ch.start:ch.end]
        sent = sents[ch.sent]
        if who is not None:
            out.append(Mention(text, ch.start, ch.end, PERSON, who, sent, role=title, affiliation=" ".join(affs)))
        elif any(lb == P_PLACE and _country(p.text) in COUNTRIES for p, lb in zip(parts, labels)):
            # a country's office holder the article does not name: the office speaks, not the country
            out.append(Mention(text, ch.start, ch.end, ANONYMOUS, text, sent, role=title,
                               affiliation=" ".join(affs)))
    return out
