"""Second pass over actors: classify the names the first pass found with no role or suffix.

A name is classified from the article (a name already classified, a part of a person's full
name), from Korean grammar (a 3-syllable Korean name used as an argument, `X에 따르면` for a
source, `X에서` for a place, a list closed by `등 + class noun`, coordination with a known actor)
or from what stands around it (a regnal number, an affiliation in a bracket, a club). Each
test is a named rule; `classify_unknown_names` tries them in order and the first that answers
decides. The mentions are then keyed to the fullest form of their name (`actorkeys`).
"""
from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import NamedTuple

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from .actorkeys import fullest_forms, index_actors  # noqa: F401  (the module's other half)
from .collect import Collector
from .coordlist import list_kinds, person_lists
from .cues import cue_kind, place_argument
from .doc import Chunk, Doc, Part
from .labels import (
    _ACRONYM,
    _HANGUL,
    LOCATIVE,
    PLACE_CLASS,
    NOT_NAME_END,
    _hanja_glossed,
    _korean_name,
    _latin_glossed,
    _place_unit,
    royal_name,
)
from .namecues import (
    ORG_VERBS,
    _clause_stems,
    _subject_particle,
    GATHERINGS,
    PLACE_LIKE_END,
    _acronyms_of_orgs,
    _acting_body,
    _acting_person,
    _affiliation_gloss,
    _club_player,
    _common_name_in_ho,
    _coordinated_kind,
    _dictionary_full_name,
    _expands_to_org,
    _gloss_text,
    _listed_kind,
    _one_nnp,
    _person_jkb,
    _place_named_body,
    _regime_after,
    _regnal,
    _source_phrase,
    _suffixed,
)
from .orglex import NOT_ORG_ACRONYMS
from .rules import rule
from .wordlists import word_set


class Verdict(NamedTuple):
    kind: str
    confidence: float | None = None
    """None: the collector's default (a name the article already classified)."""
    parts: list[Part] | None = None
    """The parts the actor spans, when not the name's own (a regnal number added)."""


@dataclass
class Unknown:
    """One unclassified name (`parts` of chunk `ch`; `whole`: the name is the whole chunk) and
    what the article already knows."""
    doc: Doc
    col: Collector
    ch: Chunk
    parts: list[Part]
    whole: bool
    ctx: dict = field(repr=False)
    """known (name -> kind), parts_of (word of a person's name -> name), listed, chunk_pos."""

    def __post_init__(self) -> None:
        doc, parts, ch = self.doc, self.parts, self.ch
        self.text = doc.text[parts[0].start:parts[-1].end]
        self.toks = toks = doc.paras[ch.para].toks
        self.after = toks[ch.after] if ch.after < len(toks) else None
        self.quoted = parts[0].start > 0 and doc.text[parts[0].start - 1] in "‘'\"“"
        self.one = len(parts) == 1
        self.argument = self._argument()
        # 양평점, 부천병, 대전역: a branch, constituency or station, no person
        self.person_argument = self.argument and not _place_unit(parts[-1].text)

    def _argument(self) -> bool:
        """The name carries a particle of an argument (subject, object, topic, possessive, a person's 에게)."""
        toks, after, parts, text = self.toks, self.after, self.parts, self.text
        attached = after is not None and after.start == parts[-1].end
        g = parts[-1].gloss
        if after is not None and g is not None and toks[g[1]].end == after.start and _korean_name(text) \
                and self.one:
            attached = True  # 손흥민(토트넘)은: the bracket (an affiliation) stands between name and particle
        return attached and after.form not in ("란", "이란") and (
            after.tag in ("JX", "JKS", "JKO", "JKG", "JC")
            or (after.tag == "NNB" and after.form in L.HONORIFIC_NNB)
            or (after.tag == "JKB" and _person_jkb(toks, self.ch.after) and _one_nnp(parts, toks)
                and text[-1] not in PLACE_LIKE_END))

    @property
    def korean_name(self) -> bool:
        """One part shaped like a Korean full name."""
        return self.one and _korean_name(self.text)


WORK_KINDS = word_set("actors_work_kind_nouns")


@rule("resolve", "영국 드라마 닥터 포스터와 … 닥터 포스터의 → no person 닥터 포스터 (a work's title)",
      "resolve-title-after-work-noun")
def _work_titles(doc: Doc, unknown: list) -> set[str]:
    """Names written right after a kind of work (`actors_work_kind_nouns`: 드라마, 소설, 앨범) are
    titles: no mention of them in the article is classified as an actor."""
    out = set()
    for ch, name_parts, _whole in unknown:
        before = [p for p in ch.parts if p.end <= name_parts[0].start]
        if before and before[-1].text in WORK_KINDS:
            out.add(doc.text[name_parts[0].start:name_parts[-1].end])
    return out


def classify_unknown_names(doc: Doc, col: Collector, unknown: list) -> None:
    """Add to `col` each name of `unknown` ((chunk, name parts, whole?) triples) that a rule classifies."""
    known = {a.text: a.kind for a in col.found}
    known.update(_acronyms_of_orgs(doc, known))
    parts_of = {}
    for a in col.found:
        if a.kind == PERSON:
            for w in a.text.split():
                parts_of.setdefault(w, a.text)
    listed = list_kinds(doc, col)  # (also when no name is unknown: it adds sandwiched places)
    ctx = {"known": known, "parts_of": parts_of, "listed": listed,
           "chunk_pos": {id(c): i for i, c in enumerate(doc.chunks)}}
    titles = _work_titles(doc, unknown)
    left = []
    n_first = len(col.found)
    for ch, name_parts, whole in unknown:
        if titles and doc.text[name_parts[0].start:name_parts[-1].end] in titles:
            continue
        u = Unknown(doc, col, ch, name_parts, whole, ctx)
        if not _classify(u, UNKNOWN_NAME_RULES):
            left.append(u)
    if left and len(col.found) > n_first:
        col.starts = None  # (a fresh snapshot of what the first pass found)
        for u in left:  # 카리나와 윈터가 출국했다: the item after decides the one before
            _classify(u, (_coordinated_name,))
    person_lists(doc, col)


def _classify(u: Unknown, tests) -> bool:
    """Add the unknown name with the first verdict of `tests`; False when none gives one."""
    for test in tests:
        v = test(u)
        if v is not None:
            kw = {} if v.confidence is None else {"confidence": v.confidence}
            u.col.add(v.parts or u.parts, v.kind, u.ch, **kw)
            return True
    return False


@rule("resolve", "엘리자베스 2세는 → person 엘리자베스 2세", "resolve-regnal-number")
def _regnal_name(u: Unknown) -> Verdict | None:
    """A foreign name and a regnal number (not an age) is a monarch's name."""
    regnal = _regnal(u.doc, u.toks, u.parts, u.text)
    return Verdict(PERSON, 0.6, [regnal]) if regnal is not None else None


@rule("resolve", "라온칩스 대표 김하람은 … 라온칩스는 → organisation 라온칩스, as before", "resolve-known-in-article")
def _known_in_article(u: Unknown) -> Verdict | None:
    """A name the article classified elsewhere (or the acronym of an organisation it named) keeps that kind."""
    kind = u.ctx["known"].get(u.text)
    return Verdict(kind) if kind is not None else None


@rule("resolve", "최도윤(국민대)·김하람(세종대) 공동연구팀 → person 최도윤", "resolve-affiliation-bracket")
def _affiliated_person(u: Unknown) -> Verdict | None:
    """A Korean name with only a school or institute in the bracket after it is a person."""
    if u.korean_name and _affiliation_gloss(u.doc, u.toks, u.parts[0], u.ctx["known"]):
        return Verdict(PERSON, 0.6)
    return None


@rule("resolve", "2위는 도르비노(브라질)가 차지했다 → person 도르비노 (a country or club in the bracket)",
      "resolve-name-with-country-or-club")
def _name_with_country_or_club(u: Unknown) -> Verdict | None:
    """A Hangul name of one or two words (no known place or body) with only a country, city or club in the
    bracket after it, then a particle of an argument or a list mark (never 에서/에: a place), is
    a person: the bracket says whom they play or speak for."""
    words = u.text.split(" ")
    if not (len(u.parts) <= 2 and len(words) <= 2 and not u.quoted and all(_HANGUL.match(w) for w in words)
            and not any(w in G.ALL_PLACES or w in L.ORGS for w in words) and u.parts[-1].gloss is not None):
        return None  # (아사다 마오(일본): a given name written apart)
    g = u.parts[-1].gloss
    inner = _gloss_text(u.doc, u.toks, u.parts[-1])
    known = u.ctx["known"]
    if not (inner in G.ALL_PLACES or inner in L.ORGS or known.get(inner) in (ORGANIZATION, PLACE)):
        return None
    nxt = u.toks[g[1] + 1] if g[1] + 1 < len(u.toks) else None
    if nxt is None or (nxt.tag == "JKB" and nxt.form not in ("에게", "에게서", "한테")):
        return None
    if nxt.tag in ("JKS", "JKO", "JX", "JKG", "JC", "JKB") or nxt.form in (",", "·"):
        return Verdict(PERSON, 0.5)
    return None


@rule("resolve", "스티브 워즈니악과 함께 → person 스티브 워즈니악", "resolve-foreign-given-name")
def _foreign_given_name(u: Unknown) -> Verdict | None:
    """Two or three Hangul words opening with a foreign given name are a person's name."""
    ws = u.text.split()
    if 2 <= len(ws) <= 3 and ws[0] in L.FOREIGN_GIVEN_NAMES \
            and all(_HANGUL.match(w) for w in ws) and not u.quoted:
        return Verdict(PERSON, 0.6)
    return None


def _royal_name(u: Unknown) -> Verdict | None:
    """A name with a royal title written on (세종대왕, 흥선대원군: `labels.royal_name`) is a person's."""
    return Verdict(PERSON, 0.7) if u.one and royal_name(u.text) else None


@rule("resolve", "고(故) 도예종 묘소를 찾았다 → person 도예종", "resolve-the-late")
def _the_late_person(u: Unknown) -> Verdict | None:
    """A Korean name, or one to three Hangul words, after 고(故), "the late", is a person's."""
    start = u.parts[0].start
    words = u.text.split()
    if (u.korean_name or (len(words) <= 3 and all(_HANGUL.fullmatch(w) for w in words))) \
            and u.doc.text[max(0, start - 5):start].rstrip().endswith(("故", "(故)", "고(故)")):
        return Verdict(PERSON, 0.6)
    return None


@rule("resolve", "고르바초프 회고록이 … → person 고르바초프 (a name everyone knows)", "resolve-known-person")
def _known_person(u: Unknown) -> Verdict | None:
    """A name everyone knows (김정일 사망 1주기, '시진핑' 등의 검색어) is a person's."""
    return Verdict(PERSON, 0.7) if u.text in L.KNOWN_PEOPLE else None


@rule("resolve", "하준 로웰 대표는 … 로웰은 회사를 떠났다 → person 로웰", "resolve-part-of-full-name")
def _part_of_full_name(u: Unknown) -> Verdict | None:
    """A word of a person's full name found in the article is that person."""
    return Verdict(PERSON) if u.text in u.ctx["parts_of"] else None


@rule("resolve", "KRX(한국철도연구공단)는 → organisation KRX", "resolve-acronym-expanded")
def _acronym_expanded(u: Unknown) -> Verdict | None:
    """An acronym glossed with an organisation's Korean name is that organisation."""
    if u.one and _ACRONYM.match(u.text) and _expands_to_org(u.doc, u.toks, u.parts[0], u.ctx["known"]):
        return Verdict(ORGANIZATION, 0.7)
    return None


def _hanja_name(u: Unknown) -> Verdict | None:
    """A name glossed with its Hanja form is a person's."""
    return Verdict(PERSON, 0.7) if _hanja_glossed(u.doc, u.parts[-1]) else None


@rule("resolve", "박서윤 측은 반박했다 → person 박서윤 (a Korean full name's camp)", "resolve-korean-name-side")
def _korean_name_side(u: Unknown) -> Verdict | None:
    """A Korean full name before 측 is a person (the person's camp), not a body."""
    if u.korean_name and not u.quoted and u.whole and u.after is not None and u.after.form == "측" \
            and u.after.tag in ("NNB", "NNG") and u.text[-1] not in NOT_NAME_END:
        return Verdict(PERSON, 0.5)
    return None


_AFFAIRS = word_set("people_affair_nouns")


@rule("resolve", "최서실 사태, 이도현 게이트 → person 최서실, 이도현", "resolve-name-of-an-affair")
def _name_of_an_affair(u: Unknown) -> Verdict | None:
    """A Korean full name before a noun for an affair named after someone (`people_affair_nouns`:
    사태, 게이트, 의혹) is that person's, even one ending like an office (…실)."""
    if not u.korean_name or u.quoted:
        return None
    nxt = next((p for p in u.ch.parts if p.start > u.parts[-1].end), None)
    word = nxt.text if nxt is not None else (u.after.form if u.after is not None and u.whole else "")
    if word in _AFFAIRS and u.doc.text[u.parts[-1].end:u.parts[-1].end + 1] == " ":
        return Verdict(PERSON, 0.5)
    return None


@rule("resolve", "라벤시아 측은 입장을 밝혔다 → organisation 라벤시아", "resolve-side-noun-cue")
def _side_noun_cue(u: Unknown) -> Verdict | None:
    """`X 측`, `X 관계자` -> organisation; `X 일대`, `X 앞바다` -> place (see `cues`)."""
    cue = cue_kind(u.doc, u.ch, u.parts, u.toks, u.text)
    return Verdict(cue, 0.5) if cue is not None else None


@rule("resolve", "가온 타이거즈의 도르비노가 → person 도르비노", "resolve-club-player")
def _club_player_name(u: Unknown) -> Verdict | None:
    """A name after `<club>의`, carrying an argument's particle, is the club's player or staff."""
    if u.argument and not u.quoted and _club_player(u.toks, u.parts[0].i0):
        return Verdict(PERSON, 0.5)
    return None


@rule("resolve", "박서윤은 이렇게 말했다 → person 박서윤", "resolve-korean-name-argument")
def _korean_name_argument(u: Unknown) -> Verdict | None:
    """A Korean full name (not a place or body word) used as an argument, or before 정권/정부, is a person."""
    text = u.text
    if u.korean_name and not u.quoted and (u.person_argument or _regime_after(u.doc, u.parts[-1], u.toks)) \
            and not _suffixed(text) and not _latin_glossed(u.doc, u.parts[0]) \
            and (text[-1] not in NOT_NAME_END or _common_name_in_ho(u.toks, u.parts[0], text)):
        return Verdict(PERSON, 0.6)
    return None


@rule("resolve", "1964년 도하준 등 학생 41명을 검거했다 → person 도하준", "resolve-name-then-people-count")
def _name_then_people_count(u: Unknown) -> Verdict | None:
    """A Korean full name closed by 등 before a count of people (`N명`) in the same clause is
    one of those people (without the count, 이성애·양성애 등을 are no people)."""
    after = u.after
    if not (u.korean_name and not u.quoted and after is not None and after.form == "등" and after.tag == "NNB"
            and u.text[-1] not in NOT_NAME_END):
        return None
    toks = u.toks
    for j in range(u.ch.after + 1, min(len(toks), u.ch.after + 8)):
        t = toks[j]
        if t.tag.startswith(("V", "E", "SF")):
            return None
        if t.form == "명" and t.tag == "NNB" and j > 0 and toks[j - 1].tag == "SN":
            return Verdict(PERSON, 0.5)
    return None


def _dictionary_person(u: Unknown) -> Verdict | None:
    """A full name kept whole in the analyser's dictionary (리차드 버는), used as an argument."""
    if _dictionary_full_name(u.doc, u.toks, u.parts) and u.person_argument and not u.quoted:
        return Verdict(PERSON, 0.6)
    return None


_LATIN_NAME_WORD = re.compile(r"^[A-Z][a-z'’]+(?:-[A-Z][a-z'’]+)?\.?$")
_LATIN_NOT_PERSON = word_set("latin_not_person_words")


@rule("resolve", "프레이저 스토더트(Fraser Stoddart)는 말했다 → person 프레이저 스토더트", "resolve-latin-glossed-person")
def _latin_glossed_person(u: Unknown) -> Verdict | None:
    """Two or three Hangul words glossed with as many capitalised Latin words that name no body,
    place or work (`latin_not_person_words`), an age perhaps after them, are a foreign person's name."""
    words = u.text.split()
    g = u.parts[-1].gloss
    if u.quoted or not u.whole or g is None or not 2 <= len(words) <= 3 or not all(_HANGUL.match(w) for w in words):
        return None
    inner = re.sub(r",\s*\d{1,3}(?:세|살)?\s*$", "", _gloss_text(u.doc, u.toks, u.parts[-1])).split()
    if len(inner) == len(words) and all(_LATIN_NAME_WORD.match(w) and w.rstrip(".") not in _LATIN_NOT_PERSON
                                        for w in inner):
        return Verdict(PERSON, 0.6)
    return None


def _hangul_words_argument(u: Unknown) -> Verdict | None:
    """Two or three Hangul words making a whole phrase, used as an argument: a foreign person's name."""
    if 2 <= len(u.parts) <= 3 and all(_HANGUL.match(p.text) and p.text not in L.NAME_STOP_NOUNS for p in u.parts) \
            and u.whole and u.person_argument:
        return Verdict(PERSON, 0.5)
    return None


@rule("resolve", "도르비에프는 부상으로 결장했다 → person 도르비에프", "resolve-person-verb")
def _acting_person_name(u: Unknown) -> Verdict | None:
    """A one-word proper noun whose verb only people do (결장하, 은퇴하, 출연하) is a person."""
    if u.whole and u.one and not u.quoted and _acting_person(u.ch, u.toks, u.text):
        return Verdict(PERSON, 0.5)
    return None


@rule("resolve", "KTSB는 … 발표했다 → organisation KTSB", "resolve-acronym-acting")
def _acronym_acting(u: Unknown) -> Verdict | None:
    """A Latin acronym acting as an argument is an organisation."""
    if u.whole and u.one and u.person_argument and _ACRONYM.match(u.text) and u.text not in NOT_ORG_ACRONYMS:
        return Verdict(ORGANIZATION, 0.5)
    return None


_LATIN_THEN_HANGUL = re.compile(r"^[A-Z]{1,5}[가-힣]{2,8}$")


@rule("resolve", "JR동일본은 운행을 멈춘다고 밝혔다 → organisation JR동일본", "resolve-latin-hangul-body")
def _latin_hangul_acting(u: Unknown) -> Verdict | None:
    """One word of Latin capitals and Hangul (a group's initials on a name: JR동일본, KB국민)
    as the subject of a verb of saying or of a body's verb is an organisation (a product's name,
    YF쏘나타, is written so too, but does not speak)."""
    if not (u.whole and u.one and _LATIN_THEN_HANGUL.match(u.text)):
        return None
    a = _subject_particle(u.toks, u.ch)
    if a >= 0 and any(stem in ORG_VERBS or stem in L.SAY_STEMS for stem in _clause_stems(u.toks, a)):
        return Verdict(ORGANIZATION, 0.5)
    return None


@rule("resolve", "마루미디어에 따르면 → organisation 마루미디어", "resolve-source-phrase")
def _cited_source(u: Unknown) -> Verdict | None:
    """`X에 따르면`, `X 보도에 따르면`: X is a publisher."""
    if u.whole and u.one and _source_phrase(u.toks, u.ch.after):
        return Verdict(ORGANIZATION, 0.5)
    return None


def _bare_list_item(u: Unknown) -> Verdict | None:
    """A bare item of a list of places or organisations (경기도 가평, 양평, 포천) has the list's kind."""
    span = (u.parts[0].start, u.parts[0].end)
    if u.one and span in u.ctx["listed"]:
        return Verdict(u.ctx["listed"][span], 0.5)
    return None


@rule("resolve", "라벤코, 도르텍 등 유럽계 업체가 → organisations 라벤코, 도르텍", "resolve-list-closed-by-class")
def _list_closed_by_class(u: Unknown) -> Verdict | None:
    """Every item of a list closed by `등` + a class noun (업체, 도시) has that class's kind."""
    lk = _listed_kind(u.doc, u.ch, u.ctx["chunk_pos"])
    return Verdict(lk, 0.5) if u.whole and lk is not None else None


def _place_named(u: Unknown) -> Verdict | None:
    """A proper noun made of a place's name and another word (도쿄전력은, 한국갤럽이) is a body."""
    if u.whole and u.person_argument and _place_named_body(u.toks, u.parts, u.text):
        return Verdict(ORGANIZATION, 0.5)
    return None


@rule("resolve", "누리셀은 어제 신제품을 출시했다 → organisation 누리셀", "resolve-acting-body")
def _acting_body_name(u: Unknown) -> Verdict | None:
    """A proper noun whose verb is an organisation's (발표했다, 출시했다), or `X에서는 … 밝혔다`, is a body."""
    if u.whole and u.one and _acting_body(u.doc, u.ch, u.toks, u.text):
        return Verdict(ORGANIZATION, 0.5)
    return None


@rule("resolve", "대표단은 마르벨에서 회담을 열었다 → place 마르벨 (not 기자회견에서: an event)", "resolve-locative-place")
def _locative_place(u: Unknown) -> Verdict | None:
    """A Hangul name with a locative particle attached (에서, 에) is a place, unless it names an event."""
    after = u.after
    if u.whole and after is not None and after.tag == "JKB" and after.form in LOCATIVE \
            and after.start == u.parts[-1].end and u.one and _HANGUL.match(u.text) \
            and not u.text.endswith(GATHERINGS):
        return Verdict(PLACE, 0.4)
    return None


@rule("resolve", "판문점 평화의집에서, 파리 샹젤리제에서 → place 평화의집, 샹젤리제 (a site in the place before it)",
      "resolve-site-in-place")
def _site_in_place(u: Unknown) -> Verdict | None:
    """A Hangul name right after a place in the same phrase, with a locative particle attached
    (에서, 에), is a site in that place (a building, a street), unless it names an event."""
    after, start = u.after, u.parts[0].start
    if u.whole or not u.one or after is None or after.tag != "JKB" or after.form not in LOCATIVE \
            or after.start != u.parts[-1].end or not _HANGUL.match(u.text) or _korean_name(u.text) \
            or u.text.endswith(GATHERINGS) or u.parts[-1].end != u.ch.parts[-1].end:
        return None
    before = [a for a in u.col.found if a.kind == PLACE and a.end in (start - 1, start)]
    return Verdict(PLACE, 0.4) if before else None


_PLACE_CLASS_NOUNS = frozenset(PLACE_CLASS)


@rule("resolve", "스비보디진은 인구 2만명의 작은 도시다 → place 스비보디진", "resolve-place-class-predicate")
def _place_class_predicate(u: Unknown) -> Verdict | None:
    """The topic or subject of a sentence whose predicate is a place class noun with the copula
    (…도시다, …섬이다, …마을이다) is a place."""
    a = u.ch.after
    if not (u.whole and u.one and _HANGUL.match(u.text) and u.after is not None and u.after.tag in ("JX", "JKS")
            and u.after.start == u.parts[-1].end):
        return None
    toks = u.toks
    sent = toks[a].sent
    for j in range(a + 1, min(len(toks), a + 40)):
        if toks[j].sent != sent:
            return None
        if toks[j].tag == "VCP":
            k = j - 1 if toks[j - 1].tag != "XSN" else j - 2
            return Verdict(PLACE, 0.5) if toks[k].tag == "NNG" and toks[k].form in _PLACE_CLASS_NOUNS else None
        if toks[j].tag in ("SF", "EF", "VV"):
            return None  # (the clause has a verb of its own: 라벤코는 … 도시를 세웠다)
    return None


@rule("resolve", "대표단은 라벤시아에 도착했다 → place 라벤시아", "resolve-place-argument")
def _place_argument_name(u: Unknown) -> Verdict | None:
    """`X에 도착했다`, `X로 향하는`: a place argument of a verb of movement."""
    if u.whole and u.one and _HANGUL.match(u.text) and not _korean_name(u.text) \
            and place_argument(u.toks, u.ch.after) and u.after.start == u.parts[-1].end:
        return Verdict(PLACE, 0.4)
    return None


@rule("resolve", "부산과 라벤시아, 삼성전자가 참여했다 → place 라벤시아, as 부산; 호날두와 네이마르가 → person 네이마르",
      "resolve-coordinated")
def _coordinated_name(u: Unknown) -> Verdict | None:
    """A name coordinated (과/와/,) with an organisation or place has its kind."""
    if u.whole and _HANGUL.match(u.text):
        kind = _coordinated_kind(u.doc, u.ch, u.col)
        if kind is not None and (kind != PERSON or u.text[-1] not in NOT_NAME_END):
            return Verdict(kind, 0.5)
    return None


UNKNOWN_NAME_RULES: tuple[Callable[[Unknown], Verdict | None], ...] = (
    _regnal_name, _royal_name, _known_in_article, _place_class_predicate, _affiliated_person, _name_with_country_or_club, _foreign_given_name,
    _the_late_person, _known_person, _part_of_full_name, _acronym_expanded, _hanja_name, _korean_name_side,
    _name_of_an_affair, _side_noun_cue, _club_player_name, _korean_name_argument, _name_then_people_count, _dictionary_person,
    _latin_glossed_person, _hangul_words_argument, _acting_person_name, _acronym_acting, _latin_hangul_acting,
    _cited_source,
    _bare_list_item, _list_closed_by_class, _place_named, _acting_body_name, _locative_place,
    _site_in_place, _place_argument_name, _coordinated_name,
)
"""The tests for an unclassified name, in the order they are tried: the first that answers decides."""
