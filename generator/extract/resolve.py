"""Second pass over actors: names with no role or suffix, then keys (fullest forms).

Names the first pass could not classify are resolved from the article (a name already
classified, a part of a person's full name), from Korean grammar (a 3-syllable Korean name
used as an argument, `X에 따르면` for a source, `X에서` for a place, a list closed by
`등 + class noun`, coordination with a known actor), then every mention is keyed to the
fullest form of its name in the article.
"""
from __future__ import annotations

import bisect
import logging

from ..model import ORGANIZATION, PERSON, PLACE, Mention
from . import gazetteer as G
from . import lexicon as L
from .orglex import ALL as O_ALL, NOT_ORG_ACRONYMS
from .people import foreign_looking, particle_after
from .cues import cue_kind, place_argument
from .collect import Actor, ActorIndex, Collector
from .coordlist import list_kinds, person_lists
from .doc import Chunk, Doc, Part
from .labels import (_ACRONYM, _HANGUL, LOCATIVE, NOT_NAME_END, ORG_CLASS, PLACE_CLASS, _hanja_glossed, _korean_name,
                     _latin_glossed, _place_unit)

log = logging.getLogger(__name__)


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


def _resolve_unknown(doc: Doc, col: Collector, unknown: list) -> None:
    """Names with no role or suffix: known earlier, a Korean name, a full foreign name, or a place by its particle."""
    chunk_pos = {id(c): i for i, c in enumerate(doc.chunks)}
    known = {a.text: a.kind for a in col.found}
    known.update(_acronyms_of_orgs(doc, known))
    persons = [a for a in col.found if a.kind == PERSON]
    parts_of = {}
    for a in persons:
        for w in a.text.split():
            parts_of.setdefault(w, a.text)
    listed = list_kinds(doc, col)  # (also when no name is unknown: it adds sandwiched places)
    for ch, name_parts, whole in unknown:
        text = doc.text[name_parts[0].start:name_parts[-1].end]
        toks = doc.paras[ch.para].toks
        after = toks[ch.after] if ch.after < len(toks) else None
        regnal = _regnal(doc, toks, name_parts, text)
        if regnal is not None:
            col.add([regnal], PERSON, ch, confidence=0.6)  # 엘리자베스 2세, 마르그레테 2세: a monarch
            continue
        if text in known:
            col.add(name_parts, known[text], ch)
            continue
        if _korean_name(text) and len(name_parts) == 1 and _affiliation_gloss(doc, toks, name_parts[0], known):
            col.add(name_parts, PERSON, ch, confidence=0.6)  # 최성진(국민대)·김성호(세종대) 공동연구팀
            continue
        words = text.split()
        if 2 <= len(words) <= 3 and words[0] in L.FOREIGN_GIVEN_NAMES \
                and all(_HANGUL.match(w) for w in words) and not quoted_name(doc, name_parts):
            col.add(name_parts, PERSON, ch, confidence=0.6)  # 스티브 워즈니악과 함께: a given name opens it
            continue
        if _korean_name(text) and len(name_parts) == 1 and doc.text[max(0, name_parts[0].start - 5):name_parts[0].start] \
                .rstrip().endswith(("故", "(故)", "고(故)")):
            col.add(name_parts, PERSON, ch, confidence=0.6)  # 고(故) 도예종: the late …
            continue
        if text in L.KNOWN_PEOPLE:
            # 김정일 사망 1주기, '시진핑'이나 '달라이 라마' 등의 검색어: a name everyone knows
            col.add(name_parts, PERSON, ch, confidence=0.7)
            continue
        if text in parts_of:
            col.add(name_parts, PERSON, ch)
            continue
        quoted = name_parts[0].start > 0 and doc.text[name_parts[0].start - 1] in "‘'\"“"
        attached = after is not None and after.start == name_parts[-1].end
        g = name_parts[-1].gloss
        if after is not None and g is not None and toks[g[1]].end == after.start and _korean_name(text) \
                and len(name_parts) == 1:
            attached = True  # 손흥민(토트넘)은: the bracket (an affiliation) stands between name and particle
        argument = attached and after.form not in ("란", "이란") and (after.tag in ("JX", "JKS", "JKO", "JKG", "JC") or
                                 (after.tag == "NNB" and after.form in L.HONORIFIC_NNB) or
                                 (after.tag == "JKB" and _person_jkb(toks, ch.after) and _one_nnp(name_parts, toks)
                                  and text[-1] not in PLACE_LIKE_END))
        if len(name_parts) == 1 and _ACRONYM.match(text) and _expands_to_org(doc, toks, name_parts[0], known):
            col.add(name_parts, ORGANIZATION, ch, confidence=0.7)  # KR(한국철도시설공단)
            continue
        if _hanja_glossed(doc, name_parts[-1]):
            col.add(name_parts, PERSON, ch, confidence=0.7)
            continue
        cue = cue_kind(doc, ch, name_parts, toks, text)
        if cue is not None:
            col.add(name_parts, cue, ch, confidence=0.5)
            continue
        if argument and not quoted and _club_player(toks, name_parts[0].i0):
            col.add(name_parts, PERSON, ch, confidence=0.5)  # 두산 베어스의 린드블럼이: a club's player
            continue
        if _place_unit(name_parts[-1].text):
            argument = False  # 양평점, 부천병, 대전역: a branch, constituency or station, no person
        if _korean_name(text) and len(name_parts) == 1 and not quoted and (argument or _regime_after(doc, name_parts[-1], toks)) \
                and not _suffixed(text) and not _latin_glossed(doc, name_parts[0]) \
                and (text[-1] not in NOT_NAME_END or _common_name_in_ho(toks, name_parts[0], text)):
            col.add(name_parts, PERSON, ch, confidence=0.6)
            continue
        if _dictionary_full_name(doc, toks, name_parts) and argument and not quoted:
            col.add(name_parts, PERSON, ch, confidence=0.6)  # 리차드 버는: a full name from Kiwi's dictionary
            continue
        if 2 <= len(name_parts) <= 3 and all(_HANGUL.match(p.text) for p in name_parts) and whole and argument:
            col.add(name_parts, PERSON, ch, confidence=0.5)
            continue
        if whole and len(name_parts) == 1 and argument and _ACRONYM.match(text) and text not in NOT_ORG_ACRONYMS:
            col.add(name_parts, ORGANIZATION, ch, confidence=0.5)  # "NTSB는 … 발표했다": a Latin acronym acting
            continue
        if whole and len(name_parts) == 1 and _source_phrase(toks, ch.after):
            col.add(name_parts, ORGANIZATION, ch, confidence=0.5)
            continue
        if len(name_parts) == 1 and (name_parts[0].start, name_parts[0].end) in listed:
            col.add(name_parts, listed[(name_parts[0].start, name_parts[0].end)], ch, confidence=0.5)
            continue  # 경기도 가평, 양평, 포천: a bare item of a list of places
        lk = _listed_kind(doc, ch, chunk_pos)
        if whole and lk is not None:
            col.add(name_parts, lk, ch, confidence=0.5)
            continue
        if whole and argument and _place_named_body(toks, name_parts, text):
            col.add(name_parts, ORGANIZATION, ch, confidence=0.5)  # 도쿄전력은, 한국갤럽이
            continue
        if whole and len(name_parts) == 1 and _acting_body(doc, ch, toks, text):
            col.add(name_parts, ORGANIZATION, ch, confidence=0.5)  # "리얼미터는 … 발표했다", "X에서는 … 밝혔다"
            continue
        if whole and after is not None and after.tag == "JKB" and after.form in LOCATIVE \
                and after.start == name_parts[-1].end and len(name_parts) == 1 and _HANGUL.match(text) \
                and not text.endswith(GATHERINGS):  # (기자회견에서: at an event, not a place)
            col.add(name_parts, PLACE, ch, confidence=0.4)
            continue
        if whole and len(name_parts) == 1 and _HANGUL.match(text) and not _korean_name(text) \
                and place_argument(toks, ch.after) and after.start == name_parts[-1].end:
            col.add(name_parts, PLACE, ch, confidence=0.4)  # "X에 도착했다", "X로 향하는"
            continue
        if whole and _HANGUL.match(text) and _coordinated_kind(doc, ch, col) is not None:
            col.add(name_parts, _coordinated_kind(doc, ch, col), ch, confidence=0.5)
    person_lists(doc, col)


# adverbial particles that take people as well as places (에서/로 do not): 김정일에 비해, 박씨에게
PERSON_JKB = frozenset(("에게", "한테", "에게서", "로부터", "께"))
RELATION_STEMS = ("비하", "대하", "의하", "맞서", "반하")  # 김정일에 비해, 박근혜에 대해


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


PLACE_LIKE_END = frozenset("리판동면읍군역")  # 방동리에, 한정판과: a village or a thing, not a person


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


NOT_NAME_WORDS = frozenset("감염증 신부전 백과사전 라인 선 공항 국제공항 투어 트릭 본선 역 사 전 회 호".split())


# nouns that follow a leader's name: 김영삼 정권, 이명박 정부 시절, 문재인 캠프
REGIME_NOUNS = ("정권", "정부", "행정부", "내각", "캠프", "시절", "시대", "집권기", "재임기", "임기", "측근", "지지자")


def _regime_after(doc: Doc, part, toks) -> bool:
    """A Korean full name the analyser kept whole (one proper-noun morpheme), followed by a noun
    of a leader's government or term: the name is a person's."""
    if part.i1 - part.i0 != 1 or toks[part.i0].tag != "NNP":
        return False
    rest = doc.text[part.end:part.end + 6]
    return rest.startswith(" ") and rest[1:].startswith(REGIME_NOUNS)


def _near(col: Collector, ch: Chunk) -> list[Actor]:
    """Organisations/places found within 40 characters of the chunk (found is in text order)."""
    if col.starts is None:  # one sorted snapshot of the first pass: linear overall
        col.snapshot = sorted(col.found, key=lambda a: a.start)
        col.starts = [a.start for a in col.snapshot]
    lo = bisect.bisect_left(col.starts, ch.start - 40)
    hi = bisect.bisect_right(col.starts, ch.end + 40)
    return [a for a in col.snapshot[lo:hi] if a.sent == ch.sent and a.kind in (ORGANIZATION, PLACE)]


def _coordinated_kind(doc: Doc, ch: Chunk, col: Collector) -> str | None:
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
    # 한상대(53) 검찰총장 … 한상대 총장은: a Korean name the article introduced as a person is not
    # read later as a body with a short suffix (X대 총장 = a university's president)
    people = {a.text for a in out if a.kind == PERSON}
    for a in out:
        if a.kind == ORGANIZATION and a.text in people and _korean_name(a.text) and a.text not in L.ORGS:
            a.kind = PERSON
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


_AFFILIATION_ENDS = ("대", "대학", "대학교", "대학원", "연구소", "연구원", "병원", "고", "고등학교", "중학교")


def _affiliation_gloss(doc: Doc, toks, part, known: dict) -> bool:
    """A bracket after the name holds only an organisation (`최성진(국민대)`, `이지은(서울대병원)`)."""
    inner = _gloss_text(doc, toks, part)
    if not inner or not _HANGUL.match(inner) or not 2 <= len(inner) <= 12:
        return False
    return inner in L.ORGS or inner in O_ALL or known.get(inner) == ORGANIZATION or (
        len(inner) >= 3 and inner.endswith(_AFFILIATION_ENDS))


GATHERINGS = ("회견", "회의", "행사", "집회", "대회", "포럼", "세미나", "토론회", "간담회", "설명회", "박람회", "브리핑",
              "청문회", "국정감사", "시상식", "축제", "총회", "회담", "정상회담")


def quoted_name(doc: Doc, name_parts) -> bool:
    return name_parts[0].start > 0 and doc.text[name_parts[0].start - 1] in "‘'\"“"


# the most common Korean surnames (about 80% of people); 나, 세, 누 open vessel names (나로호,
# 세월호, 누리호) more often than people's names in the news
COMMON_SURNAMES = frozenset("김 이 박 최 정 강 조 윤 장 임 한 오 서 신 권 황 안 송 류 전 홍 고 문 양 손 배 백 허 유 남 심 노 하 곽 "
                            "성 차 주 우 구 민 진 지 엄 채 원 천 방 공 현 함 변 염 여 추 도 소 석 선 설 길 연 위 표 명".split())


def _common_name_in_ho(toks, p, text: str) -> bool:
    """`봉준호`, `유승호`, `김태호`: one dictionary proper noun with a common surname, ending in 호 — a
    person (a vessel's name comes in two pieces, 한빛/NNP 호/NNG, or opens with a rare surname)."""
    return text[-1] == "호" and text[0] in COMMON_SURNAMES and p.i1 - p.i0 == 1 and toks[p.i0].tag == "NNP" \
        and not getattr(toks[p.i0], "oov", False)


def _club_player(toks, i0: int) -> bool:
    """The name follows `<club>의` (`롯데 자이언츠의 오현택이`): the club's player or staff."""
    return i0 >= 2 and toks[i0 - 1].tag == "JKG" and toks[i0 - 2].form.lower().endswith(tuple(L.TEAM_WORDS)) \
        and toks[i0 - 2].form.lower() not in ("구단", "야구단", "축구단", "농구단", "배구단")


def _keys(actors: list[Actor]) -> dict[tuple[str, str], str]:
    """Fullest form per name within the article."""
    keys: dict[tuple[str, str], str] = {}
    persons = list(dict.fromkeys(a.text for a in actors if a.kind == PERSON))  # (distinct, in order)
    by_word: dict[str, list[str]] = {}  # word -> the longer names (2+ words) that contain it
    for other in persons:
        ow = other.split()
        if len(ow) >= 2:
            for w in set(ow):
                by_word.setdefault(w, []).append(other)
    for name in persons:
        words = name.split()
        best = name
        if len(words) == 1:
            for other in by_word.get(words[0], ()):
                ow = other.split()
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
    orgs = list(dict.fromkeys(a.text for a in actors if a.kind == ORGANIZATION))
    # "금융위원회" -> "대한민국 금융위원회" when the article wrote the longer form
    by_tail: dict[str, list[str]] = {}  # every tail after a space -> the names ending with it
    for o in orgs:
        for k, ch in enumerate(o):
            if ch == " ":
                by_tail.setdefault(o[k + 1:], []).append(o)
    for a in actors:
        if a.kind == PLACE:
            t = a.text
            keys[(PLACE, t)] = L.SHORT_COUNTRY.get(t, t) if len(t) <= 2 else t
        elif a.kind == ORGANIZATION and (ORGANIZATION, a.text) not in keys:
            longer = by_tail.get(a.text)
            keys[(ORGANIZATION, a.text)] = max(longer, key=len) if longer else a.text
    return keys


# Verbs whose subject is an organisation (a company, an agency): 발표했다, 출시했다, 인수했다 …
ORG_VERBS = frozenset("""발표하 출시하 인수하 공시하 출범하 설립하 매각하 판매하 생산하 수주하 집계하 의결하 보도하 합병하
체결하 선보이 공개하 운영하 개발하 제소하 공지하 시행하 도입하 주최하 주관하""".split())


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
                and not rest.endswith(("대로", "로", "길", "거리", "교", "천", "가", "동", "리")) \
                and rest not in G.NOT_PLACE:
            return True
    return False


def _acting_body(doc: Doc, ch: Chunk, toks, text: str) -> bool:
    """A proper noun (not a person's or place's name) as the subject of an organisation's verb,
    or written `X에서는` before a verb of saying."""
    a = particle_after(toks, ch.after)
    if a < 0 or a >= len(toks) or toks[a].form not in ("은", "는", "이", "가", "도") or toks[a].tag not in ("JX", "JKS"):
        return False
    via_place = toks[a - 1].form == "에서" if a > 0 else False
    if _korean_name(text) or " " in text or text.endswith(_PLACE_LONG) or (
            not via_place and (foreign_looking(text) or len(text) < 3)):
        return False  # (메릴 뉴먼: a name the analyser knows as one word; 동해안에서는: a place)
    if not any(toks[k].tag == "NNP" for k in range(ch.parts[0].i0, ch.parts[-1].i1)):
        return False
    sent = toks[a].sent
    j = a + 1
    while j < min(len(toks), a + 60):
        t = toks[j]
        if t.tag == "SSO" and t.pair > j:
            j = t.pair + 1  # a quotation's own verbs are not the subject's
            continue
        if t.sent != sent or (t.tag == "ETM" and toks[a].form in ("이", "가")):
            break  # [X가 작성한] 사죄문을 공개했다: X is the subject of the relative clause only
        stem = t.form if t.tag == "VV" else (toks[j - 1].form + t.form if t.tag == "XSV" else "")
        if stem in ORG_VERBS or (via_place and stem in L.SAY_STEMS):
            return True
        j += 1
    return False


_LONG_SUFFIXES = tuple(x for x in L.PLACE_SUFFIXES + L.ORG_SUFFIXES if len(x) >= 2)
_PLACE_LONG = tuple(x for x in L.PLACE_SUFFIXES if len(x) >= 2)


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
