"""Cues that say what an unclassified name names, read by the second pass over actors (`unknowns`).

Each is a predicate on one name and its neighbours: a regnal number (엘리자베스 2세), an
affiliation in a bracket (최성진(국민대)), a noun of a leader's term after it (김영삼 정권), a club
before it (롯데 자이언츠의 오현택이), an organisation's verb after it (리얼미터는 … 발표했다), a list
closed by `등 + class noun`, or coordination with an organisation or a place.
"""
from __future__ import annotations

import bisect

from ..model import ORGANIZATION, PERSON, PLACE
from . import gazetteer as G
from . import lexicon as L
from .collect import Actor, Collector
from .doc import Chunk, Doc, Part
from .labels import _ACRONYM, _HANGUL, ORG_CLASS, PLACE_CLASS, _korean_name
from .orglex import ALL as O_ALL
from .orglex import NOT_ORG_ACRONYMS
from .people import foreign_looking, particle_after
from .wordlists import word_set, words

# adverbial particles that take people as well as places (에서/로 do not): 김정일에 비해, 박씨에게
PERSON_JKB = frozenset(("에게", "한테", "에게서", "로부터", "께"))
RELATION_STEMS = words("terms_resolve_relation_stems")  # 김정일에 비해, 박근혜에 대해
PLACE_LIKE_END = word_set("terms_resolve_place_like_end")  # 방동리에, 한정판과: a village or a thing, not a person
NOT_NAME_WORDS = word_set("terms_resolve_not_name_words")
# nouns that follow a leader's name: 김영삼 정권, 이명박 정부 시절, 문재인 캠프
REGIME_NOUNS = words("terms_resolve_regime_nouns")
_AFFILIATION_ENDS = words("terms_resolve_affiliation_ends")
GATHERINGS = words("terms_resolve_gatherings")
# the most common Korean surnames (about 80% of people); 나, 세, 누 open vessel names (나로호,
# 세월호, 누리호) more often than people's names in the news
COMMON_SURNAMES = word_set("terms_resolve_common_surnames")
# Verbs whose subject is an organisation (a company, an agency): 발표했다, 출시했다, 인수했다 …
ORG_VERBS = word_set("terms_resolve_org_verbs")
PERSON_VERBS = word_set("resolve_person_verbs")
CLUB_GENERIC_WORDS = word_set("terms_resolve_club_generic_words")  # (구단, 야구단: no particular club)
STREET_ENDINGS = words("terms_resolve_street_endings")  # (대로, 길, 교: place words after a place's name)
_LONG_SUFFIXES = tuple(x for x in L.PLACE_SUFFIXES + L.ORG_SUFFIXES if len(x) >= 2)
_PLACE_LONG = tuple(x for x in L.PLACE_SUFFIXES if len(x) >= 2)


def _source_phrase(toks, a: int) -> bool:
    """`X에 따르면`, `X 보도에 따르면`, `X는 … 보도했다`: X is a publisher."""
    if a + 1 < len(toks) and toks[a].form == "에" and toks[a + 1].form.startswith("따르"):
        return True
    return a < len(toks) and toks[a].form in ("보도", "의") and a + 2 < len(toks) and toks[a + 2].form.startswith("따르")


PERSON_LIST_CLASS = word_set("people_list_class_nouns")


def _listed_kind(doc: Doc, ch: Chunk, chunk_pos: dict) -> str | None:
    """`A, B, C 등(의) 유럽계 업체`, `A, B등 각국의 유명인사들`: every item of a list closed by 등 + class noun."""
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
            return _class_kind(_past_genitive(doc, chunks, j + 1).parts[-1].text.removesuffix("들"))
    return None


def _past_genitive(doc: Doc, chunks: list[Chunk], k: int) -> Chunk:
    """The chunk a short genitive modifier or a count right after 등 qualifies (`등 각 국의
    유명인사들`, `등 11개 주`)."""
    ch = chunks[k]
    toks = doc.paras[ch.para].toks
    if ch.after >= len(toks) or len(ch.parts) != 1 or k + 1 >= len(chunks) or chunks[k + 1].para != ch.para:
        return ch
    a = toks[ch.after]
    count = ch.parts[0].text.isdigit() and a.tag == "NNB" and a.start == ch.end
    if (a.tag == "JKG" or count) and chunks[k + 1].start - a.end <= 1:
        return chunks[k + 1]
    return ch


_PLACE_LIST_HEADS = frozenset(word_set("actors_area_nouns") | {"주", "도시", "지역", "나라", "국가", "마을", "섬"})


def _class_kind(head: str) -> str | None:
    """The kind a list's class noun after 등 gives its items (`… 등 서자바주 일대`, `… 등 11개 주`)."""
    if head.endswith(ORG_CLASS):
        return ORGANIZATION
    if head.endswith(PLACE_CLASS) or head in _PLACE_LIST_HEADS:
        return PLACE
    if head in PERSON_LIST_CLASS:
        return PERSON
    return None



def _regnal(doc: Doc, toks, name_parts, text: str):
    """`엘리자베스 2세는`, `마르그레테 2세등`: a foreign name and a regnal number (not an age, which
    the news writes in brackets or before the name): the whole is the monarch's name."""
    k = name_parts[-1].i1
    if k + 1 >= len(toks) or toks[k].tag != "SN" or toks[k + 1].form != "세" or toks[k + 1].start != toks[k].end:
        return None
    if doc.text[name_parts[-1].end:toks[k].start] != " " or not toks[k].form.isdigit() or not 1 <= int(toks[k].form) <= 30:
        return None
    if _korean_name(text) or not _HANGUL.match(text.replace(" ", "")):
        return None
    end = toks[k + 1].end
    if doc.text[end:end + 1] == ")":
        return None
    return Part(name_parts[0].i0, k + 2, name_parts[0].start, end, doc.text[name_parts[0].start:end])


def _person_jkb(toks, a: int) -> bool:
    t = toks[a]
    if t.form in PERSON_JKB:
        return True
    return t.form == "에" and a + 1 < len(toks) and toks[a + 1].form.startswith(RELATION_STEMS)



def _one_nnp(name_parts, toks) -> bool:
    return len(name_parts) == 1 and name_parts[0].i1 - name_parts[0].i0 == 1 and toks[name_parts[0].i0].tag == "NNP"


def _dictionary_full_name(doc: Doc, toks, name_parts) -> bool:
    """One proper-noun morpheme of two or three Hangul words (`리차드 버`, `마르코 루비오`): Kiwi's
    dictionary keeps foreign people's full names whole; titles, diseases and places so kept end
    in a noun that the labels already read (감염증, 국제공항, 라인)."""
    if len(name_parts) != 1 or name_parts[0].i1 - name_parts[0].i0 != 1 or toks[name_parts[0].i0].tag != "NNP":
        return False
    words = name_parts[0].text.split(" ")
    start = name_parts[0].start
    if start > 0 and doc.text[start - 1] in "《〈「『<":
        return False  # 《닥터 포스터》: a title
    return 2 <= len(words) <= 3 and all(_HANGUL.match(w) and 1 <= len(w) <= 5 for w in words) \
        and 2 <= len(words[0]) and words[-1] not in NOT_NAME_WORDS \
        and not (G.place_kind(words[0], True) or words[0] in G.KR_AMBIGUOUS_STEMS)  # 베이징 궈안, 청송 찬경루



def _regime_after(doc: Doc, part, toks) -> bool:
    """A Korean full name the analyser kept whole (one proper-noun morpheme), followed by a noun
    of a leader's government or term: the name is a person's."""
    if part.i1 - part.i0 != 1 or toks[part.i0].tag != "NNP":
        return False
    rest = doc.text[part.end:part.end + 6]
    return rest.startswith(" ") and rest[1:].startswith(REGIME_NOUNS)


def _near(col: Collector, ch: Chunk) -> list[Actor]:
    """Actors found within 40 characters of the chunk, in its sentence."""
    if col.starts is None:  # one sorted snapshot of the first pass: linear overall
        col.snapshot = sorted(col.found, key=lambda a: a.start)
        col.starts = [a.start for a in col.snapshot]
    lo = bisect.bisect_left(col.starts, ch.start - 40)
    hi = bisect.bisect_right(col.starts, ch.end + 40)
    return [a for a in col.snapshot[lo:hi] if a.sent == ch.sent and a.kind in (ORGANIZATION, PLACE, PERSON)]


def _coordinated_kind(doc: Doc, ch: Chunk, col: Collector) -> str | None:
    """Kind of an actor listed right next to this chunk with 과/와/, (conjuncts are of one
    kind: `호날두와 네이마르가` two people, `부산과 라벤시아` two places)."""
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


def _affiliation_gloss(doc: Doc, toks, part, known: dict) -> bool:
    """A bracket after the name holds only an organisation (`최성진(국민대)`, `이지은(서울대병원)`)."""
    inner = _gloss_text(doc, toks, part)
    if not inner or not _HANGUL.match(inner) or not 2 <= len(inner) <= 12:
        return False
    return inner in L.ORGS or inner in O_ALL or known.get(inner) == ORGANIZATION or (
        len(inner) >= 3 and inner.endswith(_AFFILIATION_ENDS))




def quoted_name(doc: Doc, name_parts) -> bool:
    return name_parts[0].start > 0 and doc.text[name_parts[0].start - 1] in "‘'\"“"


def _common_name_in_ho(toks, p, text: str) -> bool:
    """`봉준호`, `유승호`, `김태호`: one dictionary proper noun with a common surname, ending in 호 — a
    person (a vessel's name comes in two pieces, 한빛/NNP 호/NNG, or opens with a rare surname)."""
    return text[-1] == "호" and text[0] in COMMON_SURNAMES and p.i1 - p.i0 == 1 and toks[p.i0].tag == "NNP" \
        and not getattr(toks[p.i0], "oov", False)


def _club_player(toks, i0: int) -> bool:
    """The name follows `<club>의` (`롯데 자이언츠의 오현택이`) or `<music group>의` (`블랙핑크의
    제니가`): the club's player or staff, the group's member."""
    if i0 < 2 or toks[i0 - 1].tag != "JKG":
        return False
    before = toks[i0 - 2].form
    return (before.lower().endswith(tuple(L.TEAM_WORDS)) and before.lower() not in CLUB_GENERIC_WORDS) \
        or before in word_set("known_orgs_entertainment")


def _place_named_body(toks, name_parts, text: str) -> bool:
    """One proper-noun morpheme made of a place's name and a word of 2+ syllables that is not a
    place word (`도쿄전력`, `한국갤럽`, `서울우유`): a company or body named after its home."""
    if len(name_parts) != 1 or name_parts[0].i1 - name_parts[0].i0 != 1 or toks[name_parts[0].i0].tag != "NNP":
        return False
    if not _HANGUL.match(text) or len(text) < 4:
        return False
    for k in range(2, len(text) - 1):
        head, rest = text[:k], text[k:]
        if len(rest) >= 2 and (head in G.COUNTRIES or head in G.CAPITALS_CITIES or head in G.KR_PROVINCES) \
                and not G.place_kind(rest, True) and not rest.endswith(L.PLACE_SUFFIXES) \
                and not rest.endswith(STREET_ENDINGS) \
                and rest not in G.NOT_PLACE:
            return True
    return False


def _acting_body(doc: Doc, ch: Chunk, toks, text: str) -> bool:
    """A proper noun (not a person's or place's name) as the subject of an organisation's verb,
    or written `X에서는` before a verb of saying."""
    a = _subject_particle(toks, ch)
    if a < 0:
        return False
    via_place = toks[a - 1].form == "에서" if a > 0 else False
    if _korean_name(text) or " " in text or text.endswith(_PLACE_LONG) or (
            not via_place and (foreign_looking(text) or len(text) < 3)):
        return False  # (메릴 뉴먼: a name the analyser knows as one word; 동해안에서는: a place)
    if not any(toks[k].tag == "NNP" for k in range(ch.parts[0].i0, ch.parts[-1].i1)):
        return False
    return any(stem in ORG_VERBS or (via_place and stem in L.SAY_STEMS) for stem in _clause_stems(toks, a))


def _subject_particle(toks, ch: Chunk) -> int:
    """Index of the topic or subject particle after the chunk (은/는/이/가/도), or -1."""
    a = particle_after(toks, ch.after)
    if a < 0 or a >= len(toks) or toks[a].form not in ("은", "는", "이", "가", "도") or toks[a].tag not in ("JX", "JKS"):
        return -1
    return a


def _clause_stems(toks, a: int):
    """The verb stems of the clause whose subject particle is at `a` (a quotation's own verbs
    and a relative clause the subject belongs to are skipped)."""
    sent = toks[a].sent
    j = a + 1
    while j < min(len(toks), a + 60):
        t = toks[j]
        if t.tag == "SSO" and t.pair > j:
            j = t.pair + 1  # a quotation's own verbs are not the subject's
            continue
        if t.sent != sent or (t.tag == "ETM" and toks[a].form in ("이", "가")):
            return  # [X가 작성한] 사죄문을 공개했다: X is the subject of the relative clause only
        if t.tag == "VV":
            yield t.form
        elif t.tag in ("XSV", "XSA") and j > 0:
            yield toks[j - 1].form + t.form
        j += 1


def _acting_person(ch: Chunk, toks, text: str) -> bool:
    """A one-word Hangul proper noun (not shaped like a place or a body) as the subject of a
    verb only people do (`PERSON_VERBS`: 결장하, 은퇴하, 출연하)."""
    a = _subject_particle(toks, ch)
    if a < 0 or a != ch.after or " " in text or len(text) < 2 or not _HANGUL.match(text) \
            or text.endswith(_PLACE_LONG) or text in G.ALL_PLACES or text in O_ALL:
        return False
    if not any(toks[k].tag == "NNP" for k in range(ch.parts[0].i0, ch.parts[-1].i1)) and not foreign_looking(text):
        return False
    return next(_clause_stems(toks, a), None) in PERSON_VERBS  # (the main verb: 매슈는 … 숨지는 사고가 is a storm)


def _suffixed(text: str) -> bool:
    """`남해안`, `서울대`: a place or organisation word shaped like a Korean name (남 + 해안)."""
    return text.endswith(_LONG_SUFFIXES)


def _gloss_text(doc: Doc, toks, part) -> str:
    return doc.text[toks[part.gloss[0]].end:toks[part.gloss[1]].start].strip() if part.gloss else ""


def _org_phrase(text: str, known: dict) -> bool:
    if known.get(text) == ORGANIZATION or text in L.ORGS:
        return True
    return _HANGUL.match(text.replace(" ", "")) is not None and text.replace(" ", "").endswith(
        tuple(x for x in L.ORG_SUFFIXES if len(x) >= 2))


def _expands_to_org(doc: Doc, toks, part, known: dict) -> bool:
    """`KR(한국철도시설공단)`: an acronym glossed with an organisation's Korean name."""
    inner = _gloss_text(doc, toks, part)
    return bool(inner) and _org_phrase(inner.split(",")[0].strip(), known)


def _acronyms_of_orgs(doc: Doc, known: dict) -> dict[str, str]:
    """`한국철도시설공단(KR)`: the acronym in the bracket names the same organisation later on."""
    out = {}
    for ch in doc.chunks:
        toks = doc.paras[ch.para].toks
        for k, p in enumerate(ch.parts):
            if p.gloss is None:
                continue
            inner = _gloss_text(doc, toks, p)
            head = inner.split(",")[0].split("·")[0].strip()
            if _ACRONYM.match(head) and head not in NOT_ORG_ACRONYMS:
                phrase = doc.text[ch.parts[0].start:p.end]
                if known.get(p.text) == ORGANIZATION or known.get(phrase) == ORGANIZATION:
                    out.setdefault(head, ORGANIZATION)
    return out
