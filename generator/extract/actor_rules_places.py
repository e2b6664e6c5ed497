"""Rules of the actor reading that decide places (`actor_chunk` calls them).

A place is written with a suffix (`애리조나 주`), in two words of a known name (`카리브 해`),
as an address (`경상북도 성주`), in a dotted list (`대전·충청남도`) or after a class noun
(`작은 도시 스비보드진`). A city named with its suffix is its government when it acts
(`서울시는 … 밝혔다`).
"""
from __future__ import annotations

import re

from ..model import PLACE
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .actor_state import ChunkState
from .doc import Doc, Part
from .labels import LOCATIVE, P_NAME, P_NOUN, P_ORG, P_PLACE, PLACE_CLASS, STATE_NOUNS, _korean_name
from .rules import rule
from .textutil import HANGUL
from .wordlists import word_set, words

# what happens at a place or who lives there, after its name: 터키 이즈미트 지진, 전북 완주 주민
EVENT_NOUNS = word_set("actors_place_event_nouns")
AREA_NOUNS = word_set("actors_area_nouns")
DOTS = frozenset("·‧ㆍ･・-")
ADMIN_SUFFIX = word_set("actors_admin_suffixes")
KOREAN_PLACES = G.KR_PROVINCES | G.KR_DISTRICTS | G.KR_CITY_STEMS  # 용산 대통령실: the office, in Yongsan
# what a government does (서울시에서 추진하는 제로페이, 부산시에서 발표한 대책)
_GOV_ACTS = word_set("actors_government_acts")
_PLACE_POSTS = words("actors_place_posts")
_LARGER_UNIT_ENDS = "도시군구읍면"  # (an address unit that has smaller units)
_SMALLER_UNIT_ENDS = "읍면동리"
_SUBJECT_PARTICLES = ("은", "는", "이", "가")


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


@rule("places", "대전·충청남도 → places 대전, 충청남도; 강남·중화·상원군 → three counties", "places-dotted-list")
def _dot_pieces(doc: Doc, span, p: Part) -> list[Part] | None:
    """Places listed with middle dots in one spelled word are each a place (a shared suffix on the last belongs to all)."""
    groups = _dot_groups(span, DOTS, 12)
    if groups is None:
        return None
    hyphen = any(span[g1].form == "-" for _, g1 in groups[:-1])
    texts = [doc.text[span[g0].start:span[g1 - 1].end] for g0, g1 in groups]
    if not all(HANGUL.match(t) for t in texts):
        return None
    known = _known_or_listed_stems(texts)
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


@rule("places", "서울·인천·경기 북부 → places 서울, 인천, 경기 (경기 'game' among known places)",
      "places-dotted-ambiguous-stem")
def _known_or_listed_stems(texts: list[str]) -> bool:
    """Every dotted piece is a known place, or a Korean place stem that is also a common word
    (경기, 음성) listed with at least one known place."""
    kinds = [G.place_kind(t, True) for t in texts]
    return all(kinds) or (any(kinds) and all(k or t in G.KR_AMBIGUOUS_STEMS for k, t in zip(kinds, texts)))


GLUED_PARTICLES = ("에서", "에게", "으로", "의", "에", "은", "는", "을", "를", "와", "과", "로")


@rule("places", "대한민국의 → place 대한민국; 엔비디아에 → organisation 엔비디아 (the particle glued on)",
      "places-genitive-glued")
def _place_with_genitive(doc: Doc, span, p: Part) -> list[Part] | None:
    """A known place or body the analyser tagged as one proper noun with its particle glued on
    (의, 에, 에서, 은 …) is the place or body without the particle."""
    if len(span) != 1 or span[0].tag != "NNP" or len(p.text) < 3:
        return None
    particle = next((x for x in GLUED_PARTICLES if p.text.endswith(x)), None)
    if particle is None:
        return None
    stem = p.text[:-len(particle)]
    label = P_PLACE if G.place_kind(stem, True) else P_ORG if stem in O.ALL or stem in L.ORGS else None
    if label is None or len(stem) < 2:
        return None
    q = Part(p.i0, p.i1, p.start, p.end - len(particle), stem, None)
    q.label = label
    return [q]


_LANDFORMS = word_set("actors_landform_nouns")
_SYSTEM_OR_ISLANDS = frozenset(("제도",))


_LONG_PLACE_HEADS = tuple(h for h in L.PLACE_SUFFIXES if len(h) >= 2 and h not in AREA_NOUNS)


def _place_suffix_part(p: Part) -> bool:
    """A place suffix or a landform noun (화산, 폭포) written as a word of its own."""
    t = p.text
    return (t in L.PLACE_SUFFIXES or t in _LANDFORMS) and t not in AREA_NOUNS and t not in STATE_NOUNS


@rule("places", "타이루거 국립공원, 쿠루 우주기지 → one place (a name, then a common compound ending in a place head)",
      "places-name-then-place-compound")
def _place_compound_after_name(st: ChunkState, k: int, m: int) -> bool:
    """After a name no list knows, a common-noun compound ending in a place head of two
    syllables or more (국립공원, 우주기지, 국립경기장) completes the place's name."""
    t = st.parts[m].text
    return m == k + 1 and st.labels[k] == P_NAME and st.labels[m] == P_NOUN and len(t) <= 6 \
        and HANGUL.match(t) is not None and t.endswith(_LONG_PLACE_HEADS) and t not in L.PLACE_SUFFIXES


@rule("places", "아칸소 주 … → place 아칸소 주", "places-suffix-apart")
def _place_suffix_apart(st: ChunkState) -> None:
    """A name followed by a place suffix written apart (`NAME 주/현/공항`) is one place."""
    k = 0
    while k < st.n - 1:  # (가고시마 현 아마미 제도: two places, one after the other)
        m = _suffix_after(st, k)
        if m is not None:
            st.merge(k, m, P_PLACE, fix=False)
        k += 1


def _suffix_after(st: ChunkState, k: int) -> int | None:
    """The index of the place suffix that ends the place starting at part k, if any."""
    parts, labels, n = st.parts, st.labels, st.n
    if labels[k] != P_NAME and not (labels[k] == P_PLACE and parts[k].text not in L.COUNTRIES):
        return None
    if parts[k].text in L.FOREIGN_GIVEN_NAMES:
        return None  # (데이비드 리, 데이비드 주: a surname, not a village or a state)
    if not HANGUL.search(parts[k].text) and parts[k + 1].text in _SYSTEM_OR_ISLANDS:
        return None  # (AS 제도: a system, not an archipelago)
    if _LATIN.search(parts[k].text) and parts[k + 1].text in _KOREAN_UNITS:
        return None  # (자빱TV 구 스태프: 舊 'former'; a Korean district's name is Hangul)
    m = k + 1
    if not _place_suffix_part(parts[m]) and m < n - 1 and labels[m] == P_NOUN and len(parts[m + 1].text) > 1 \
            and not _area_between(parts[m].text):
        m += 1  # (NAME noun 주: a word between the name and its suffix; 아커쑤 시 교외: the suffix first)
    if (_place_suffix_part(parts[m]) and (m == k + 1 or len(parts[m].text) <= 2)
            or _place_compound_after_name(st, k, m)) and _whole_word(st, m) and not _class_noun_of_next_name(st, m):
        return m
    return None


@rule("places", "성산일출봉 인근 해안에서, 플로리다주 서부 해안에 → place 성산일출봉, 플로리다주 (not one place with 해안)",
      "places-area-word-ends-name")
def _area_between(word: str) -> bool:
    """A word for the area around a place or a part of it (인근, 일대, 서부: `actors_area_nouns`,
    `actors_part_of_place_nouns`) ends the place's name: the landform after it is an unnamed
    stretch of that place, not part of a longer name."""
    return word in AREA_NOUNS or word in _PART_OF_PLACE


_LATIN = re.compile(r"[A-Za-z]")
_KOREAN_UNITS = frozenset(("구", "동", "읍", "면", "리", "군"))
"""Suffixes of Korean administrative units (a foreign state's 주, a prefecture's 현 may follow a
Latin spelling; these only a Hangul name)."""


def _class_noun_of_next_name(st: ChunkState, m: int) -> bool:
    """`성주읍 공원 성밖숲`: a place noun of two syllables or more right before a name is that
    name's class noun, not the end of the place before it (현, 시 after a name stay suffixes)."""
    p = st.parts[m]
    return m + 1 < st.n and st.labels[m + 1] == P_NAME and len(p.text) >= 2 and p.text not in _LANDFORMS


def _whole_word(st: ChunkState, m: int) -> bool:
    """Part m is a spelled word of its own (`주의`, `주 정부`), not the first syllable of the
    next word (`금남면 도암리`: 도 is where 도암리 starts)."""
    nxt = st.parts[m].i1
    if nxt >= len(st.toks) or st.toks[nxt].start != st.parts[m].end:
        return True
    tag = st.toks[nxt].tag
    return tag[0] in "JSEX" or tag == "VCP"


@rule("places", "트리니다드 토바고, 카리브 해 → one place each", "places-two-words")
def _known_place_in_two_words(st: ChunkState, k: int) -> bool:
    """Two words that make a known place's name, or a sea's name and 해, are one place."""
    parts, labels = st.parts, st.labels
    joined = parts[k - 1].text + parts[k].text
    return (joined in G.ALL_PLACES and G.place_kind(joined, True)) or (
        parts[k].text == "해" and labels[k - 1] == P_PLACE and HANGUL.match(parts[k - 1].text) is not None
        and len(parts[k - 1].text) >= 2)


_NUMBERED_DISTRICT = re.compile(r"^제?\d{1,2}구$")


@rule("places", "프랑스령 기아나의 쿠루 → place 프랑스령 기아나 (a country's territory)", "places-territory-of-country")
def _territory_of_country(st: ChunkState) -> None:
    """A country with 령 'territory of' written on, then a name, is one place: that territory."""
    for k in range(1, st.n):
        prev = st.parts[k - 1].text
        if prev.endswith("령") and (prev[:-1] in L.COUNTRIES or prev[:-1] in L.SHORT_COUNTRY) \
                and st.labels[k] in (P_NAME, P_NOUN, P_PLACE) and HANGUL.match(st.parts[k].text):
            st.merge(k - 1, k, P_PLACE)
            return


@rule("places", "파리 10구는, 파리 16구에 → place 파리 10구 (a city's numbered district)", "places-numbered-district")
def _numbered_district(st: ChunkState) -> None:
    """A city the gazetteer knows, then a number and 구 written apart, is one district of it."""
    for k in range(1, st.n):
        prev = st.parts[k - 1].text
        if _NUMBERED_DISTRICT.match(st.parts[k].text) and st.labels[k - 1] == P_PLACE \
                and prev in G.ALL_PLACES and prev not in L.COUNTRIES:
            st.merge(k - 1, k, P_PLACE)
            return


@rule("places", "크림 공화국 → place 크림 공화국", "places-state-noun-apart")
def _state_noun_apart(st: ChunkState) -> None:
    """A state's name written apart from 공화국 is one place with it."""
    for k in range(1, st.n):
        if st.parts[k].text in STATE_NOUNS and st.labels[k - 1] in (P_NOUN, P_NAME, P_PLACE) \
                and HANGUL.match(st.parts[k - 1].text) and len(st.parts[k - 1].text) >= 2:
            st.merge(k - 1, k, P_PLACE)
            return


def _smaller_unit(out: list[str], parts: list[Part], k: int) -> bool:
    """`성주읍 성산리`, `영도구 청학동`: the next smaller unit of an address after a place."""
    w = parts[k].text
    return k > 0 and out[k - 1] == P_PLACE and parts[k - 1].text[-1] in _LARGER_UNIT_ENDS \
        and len(parts[k - 1].text) >= 2 and w[-1] in _SMALLER_UNIT_ENDS and len(w) >= 2


@rule("places", "경기 파주시와 강원 철원군 → place 경기 (the province, not 'a game')", "places-stem-before-city")
def _province_stem_before_city(out: list[str], parts: list[Part], k: int) -> bool:
    """A Korean place stem that is also a common word (경기), right before a city, county or
    district written with its suffix, is the province or city holding it, as an address writes it."""
    if k + 1 >= len(parts):
        return False
    nxt = parts[k + 1].text
    return parts[k].text in G.KR_AMBIGUOUS_STEMS and len(parts[k].text) >= 2 and out[k + 1] == P_PLACE \
        and len(nxt) >= 3 and nxt[-1] in "시군구"


@rule("places", "경상북도 성주 주민, 전북 완주, 성주 지역 → places 성주, 완주", "places-address")
def _address_places(doc: Doc, toks, parts: list[Part], labels: list[str]) -> list[str]:
    """A name written the way an address is, after its province or country or before 지역/일대, is a place."""
    n = len(parts)
    out = labels
    if P_PLACE not in labels and not any(p.text in AREA_NOUNS for p in parts):
        return labels
    for k in range(n):
        if out[k] not in (P_NAME, P_NOUN) or not HANGUL.match(parts[k].text) or not 2 <= len(parts[k].text) <= 6:
            continue
        w = parts[k].text
        if w in G.NOT_PLACE:
            continue  # (연선 지역: "along the line", no place)
        if _smaller_unit(out, parts, k) or _province_stem_before_city(out, parts, k):
            out = list(out) if out is labels else out
            out[k] = P_PLACE
            continue
        proper = out[k] == P_NAME or w in G.KR_AMBIGUOUS_STEMS
        abroad = k > 0 and out[k - 1] == P_PLACE and _state_name(parts[k - 1].text) \
            and parts[k - 1].text not in G.KR_PROVINCES  # (텍사스주 유밸디: no Korean's name)
        if not proper or _korean_name(w) and out[k] == P_NAME and w not in G.KR_AMBIGUOUS_STEMS and not abroad:
            continue
        after_ok = k + 1 == n or parts[k + 1].text in AREA_NOUNS or parts[k + 1].text in EVENT_NOUNS
        larger = k > 0 and out[k - 1] == P_PLACE and (parts[k - 1].text in G.KR_PROVINCES
                                                       or parts[k - 1].text in G.COUNTRIES
                                                       or _state_name(parts[k - 1].text))
        area = k + 1 < n and parts[k + 1].text in AREA_NOUNS
        if (larger and after_ok) or area:
            out = list(out) if out is labels else out
            out[k] = P_PLACE
    return out


def _state_name(word: str) -> bool:
    """A state or province written with its suffix (조지아주, 광둥성, 오키나와현)."""
    return len(word) >= 3 and word[-1] in "주성현" and HANGUL.match(word) is not None


def _local_government(word: str) -> bool:
    """`서울시`, `부산시`: a city named with its suffix (a county or district in subject
    position is as often the place itself: `천리마군이 생겼다`)."""
    return len(word) >= 3 and word[-1] == "시" and HANGUL.match(word) is not None and word not in G.COUNTRIES


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


@rule("places", "한밭시는 … 밝혔다, 한밭시에서 추진하는 → organisation 한밭시", "places-city-government-acts")
def _city_government_acts(st: ChunkState, i: int, start_k: int) -> bool:
    """A city named with its suffix that is the subject, or acts `에서`, is the city's government (KLUE: OG)."""
    after = st.after
    return start_k == i and i == st.n - 1 and _local_government(st.parts[i].text) \
        and after is not None and after.start == st.parts[i].end and (
            (after.tag in ("JX", "JKS") and after.form in _SUBJECT_PARTICLES)
            or (after.form == "에서" and _acts_next(st.toks, st.ch.after + 1)))


@rule("places", "이광재 강원도지사 → place 강원도", "places-post-names-place")
def _titled_place(word: str) -> str | None:
    """A one-word post of a place's head (`강원도지사`, `부산시장`) names the known place it heads."""
    for h in _PLACE_POSTS:
        if word.endswith(h) and len(word) > len(h) + 1:
            stem = word[: -len(h)]
            if h == "도지사" and stem + "도" in G.ALL_PLACES:
                return stem + "도"
            if G.place_kind(stem, True) and stem in G.ALL_PLACES:
                return stem
    return None


@rule("places", "작은 도시 스비보드진에 → place 스비보드진", "places-class-noun-before")
def _class_noun_then_place(st: ChunkState, i: int) -> int | None:
    """A place class noun (도시, 섬나라) before one or two foreign names makes them a place."""
    parts, labels, n = st.parts, st.labels, st.n
    if not (labels[i] == P_NOUN and i + 1 < n and labels[i + 1] == P_NAME and parts[i].text.endswith(PLACE_CLASS)
            and (i + 2 == n or labels[i + 2] in (P_NAME,)) and not _korean_name(parts[i + 1].text)):
        return None
    j = i + 1
    while j < n and labels[j] == P_NAME and j - i <= 2:
        j += 1
    if j != n:
        return None
    st.col.add(parts[i + 1:j], PLACE, st.ch, confidence=0.6)
    return j




_PART_OF_PLACE = word_set("actors_part_of_place_nouns")


@rule("places", "가자지구 남부 라파를, 우크라이나 동부 도네츠크주에서 → place 라파, 도네츠크주", "places-part-of-place")
def _name_in_part_of_place(st: ChunkState) -> None:
    """A foreign name after a place and a noun for a part of it (`actors_part_of_place_nouns`:
    남부, 동쪽, 외곽) is a place there."""
    parts = st.parts
    for k in range(2, st.n):
        labels = st.labels
        if labels[k] == P_NAME and labels[k - 1] == P_NOUN and parts[k - 1].text in _PART_OF_PLACE \
                and labels[k - 2] == P_PLACE and not _korean_name(parts[k].text):
            st.relabel(k, P_PLACE)


_STATE_ENDS = ("주", "성", "현")


@rule("places", "캐나다 앨버타주 캘거리, 인도 마하라슈트라주에서 → place 앨버타주 (a state the analyser does not know)",
      "places-unknown-state-after-country")
def _unknown_state_after_country(st: ChunkState) -> None:
    """After a country, one unknown word of four or more syllables ending in 주, 성 or 현 (the
    analyser kept it whole: no 기술+주 'tech stocks') is that country's state or province when a
    place name or a locative particle follows it."""
    parts, toks = st.parts, st.toks
    for k in range(1, st.n):
        p = parts[k]
        if not (st.labels[k] in (P_NOUN, P_NAME) and st.labels[k - 1] == P_PLACE and parts[k - 1].text in G.COUNTRIES
                and p.i1 - p.i0 == 1 and len(p.text) >= 4 and HANGUL.match(p.text) and p.text.endswith(_STATE_ENDS)):
            continue
        town = k + 1 < st.n and _town_after_state(st, k + 1)
        placed = town or (st.labels[k + 1] in (P_NAME, P_PLACE) if k + 1 < st.n
                          else st.after is not None and st.after.form in LOCATIVE and st.after.start == p.end)
        if placed and toks[p.i0].tag in ("NNG", "NNP"):
            st.relabel(k, P_PLACE)
            if town and st.labels[k + 1] != P_PLACE:
                st.relabel(k + 1, P_PLACE)  # 수단 북다르푸르주 엘파셰르: the town in that state


def _town_after_state(st: ChunkState, q: int) -> bool:
    """The last word of the phrase after a state, a Hangul proper word (or one the analyser read
    as a common noun) of three or more syllables, names a town in it."""
    p = st.parts[q]
    return q == st.n - 1 and st.labels[q] in (P_NAME, P_NOUN) and HANGUL.match(p.text) is not None \
        and len(p.text) >= 3 and p.i1 - p.i0 == 1 and p.text not in G.NOT_PLACE


@rule("places", "책임성을 고양한다 → no place 고양 (a verbal noun: 고양+하다)", "places-verbal-noun")
def _verbal_noun(st: ChunkState) -> None:
    """A place's name with a verb suffix written on it (고양한다, 도하했다) is a verbal noun."""
    after = st.after
    last = st.n - 1
    if after is not None and after.tag in ("XSV", "XSA") and after.start == st.parts[last].end \
            and st.labels[last] == P_PLACE and st.parts[last].i1 - st.parts[last].i0 == 1:
        st.relabel(last, P_NOUN)
