"""Actors found in an article, collected while the chunks are read."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..model import ORGANIZATION, PERSON, PLACE, Mention
from . import gazetteer as G
from . import lexicon as L
from . import orglex as O
from .doc import Chunk, Doc, Part
from .labels import is_short_run
from .rules import rule
from .wordlists import word_set, words


@dataclass
class Actor:
    text: str
    start: int
    end: int
    kind: str
    sent: int
    role: str | None = None
    affiliation: str | None = None
    descriptor: str | None = None
    confidence: float = 1.0
    forms: tuple[str, ...] = ()


@dataclass
class ActorIndex:
    """What the quote and term extractors need to know about actors."""

    mentions: list[Mention] = field(default_factory=list)
    kinds: dict[str, str] = field(default_factory=dict)
    """Name (as written) -> kind, for names classified in this article."""
    keys: dict[str, str] = field(default_factory=dict)
    """Name (as written) -> fullest form."""
    role_refs: list[Mention] = field(default_factory=list)
    """Role phrases with no name (`美 대통령`, `국방부 장관`) read as a person (`rolerefs`):
    PERSON pseudo-mentions keyed to that person, or ANONYMOUS for a country's unnamed office
    holder. Not emitted as mentions; the speaker rules read them."""



@rule("organisations", "집권 국민연대당의 후보 → organisation 국민연대당 (집권 'ruling' describes it)",
      "orgs-body-status-word")
def _without_status_word(parts: list[Part]) -> list[Part]:
    """A word for a body's standing written before its name (집권, 야당, 극우:
    `actors_body_status_words`) is not part of the name."""
    if len(parts) > 1 and parts[0].text in _BODY_STATUS:
        return parts[1:]
    return parts


class Collector:
    def __init__(self, doc: Doc) -> None:
        self.doc = doc
        self.found: list[Actor] = []
        self.starts: list[int] | None = None
        self.snapshot: list[Actor] = []

    def add(self, parts: list[Part], kind: str, chunk: Chunk, **kw) -> None:
        if kind == ORGANIZATION:
            parts = _without_status_word(parts)
        if kw.get("role") and kw["role"].endswith("님") and len(kw["role"]) >= 3:
            kw["role"] = kw["role"][:-1]  # (감독님: the post is 감독)
        start, end = parts[0].start, parts[-1].end
        text = self.doc.text[start:end]
        if kind == PLACE and len(parts) == 1 and is_short_run(text) and len(text) > 1 \
                and text not in G.ALL_PLACES:  # (북한, 남한, 한국 are one country each, not 북+한)
            for k, c in enumerate(text):
                if c in L.SHORT_COUNTRY:
                    self.found.append(Actor(c, start + k, start + k + 1, PLACE, chunk.sent, **kw))
            return
        if kind == PLACE and len(text) == 1 and text in L.SHORT_COUNTRY and _word_goes_on(self.doc, chunk, parts[-1]):
            return
        if kind == ORGANIZATION and _quoted_product(self.doc.text, start, end, text):
            return  # ‘기후동행카드’: a quoted name with a generic kind noun names a product or scheme
        if kind in (ORGANIZATION, PLACE) and _quoted_word(self.doc.text, start, end):
            return  # "서울 공화국"이라는 별명: a word the article talks about, not a state or body
        if kind == PLACE and _language_name(self.doc.text, end, text):
            return  # 벨라루스어 위키문헌: the language, not the country
        if kind in (PLACE, PERSON) and _title_of_work(self.doc.text, start, end):
            return  # 뮤지컬 《시카고》: the title of a work, not the city (《자유일보》 is the paper)
        if kind in (PERSON, PLACE) and _country_pair(text):
            self._country_pieces(text, start, chunk)  # 한-카타르 공동의장: the two countries' co-chairs
            return
        if kind == PERSON and " " not in text and _LATIN.search(text) and _HANGUL_CHAR.search(text):
            kind, kw = ORGANIZATION, {}  # JR동일본 야마가타 지사: Latin and Hangul in one word name a body
        if kind == PERSON and "·" in text and " " not in text:
            pieces = text.split("·")
            if all(2 <= len(x) <= 4 and all("가" <= c <= "힣" for c in x) for x in pieces):
                pos = start  # 이명박·박근혜 전 대통령: two people
                for x in pieces:
                    self.found.append(Actor(x, pos, pos + len(x), kind, chunk.sent, **kw))
                    pos += len(x) + 1
                return
        self.found.append(Actor(text, start, end, kind, chunk.sent, **kw))

    def _country_pieces(self, text: str, start: int, chunk: Chunk) -> None:
        """Each country of a pair written in full (`한-카타르`: 카타르) is a place, under its own span
        (a one-syllable short form bound in such a pair is not counted as a mention of its country)."""
        pos = start
        for piece in re.split(r"([-·‧ㆍ])", text):
            if len(piece) > 1:
                self.found.append(Actor(piece, pos, pos + len(piece), PLACE, chunk.sent, confidence=0.8))
            pos += len(piece)


_SIDE_NOUNS = frozenset(("측",))


@rule("places", "북분과 남분의 출토품 → no place 북 (the north mound; 북측, 북은 still 북한)", "places-short-form-inside-a-word")
def _word_goes_on(doc: Doc, chunk: Chunk, part: Part) -> bool:
    """A country's one-syllable short form (북, 미, 중) written on a noun that is not 측 is a
    syllable of another word, not the country."""
    toks = doc.paras[chunk.para].toks
    k = part.i1
    return k < len(toks) and toks[k].start == part.end and toks[k].tag in ("NNG", "NNB", "NNP") \
        and toks[k].form not in _SIDE_NOUNS


_WORD_NOUNS = words("actors_word_nouns")
_WORD_AFTER = re.compile(r"^[’'\"”](?:이)?(?:라는|란|이란)\s*(" + "|".join(_WORD_NOUNS) + ")")


def _quoted_word(full: str, start: int, end: int) -> bool:
    """The whole quotation is the name, and the article calls it a nickname or word."""
    if start == 0 or full[start - 1] not in "‘'\"“":
        return False
    return _WORD_AFTER.match(full[end:end + 12]) is not None


@rule("places", "벨라루스어 위키문헌, 한국어로 → no place (a language)", "places-language-name")
def _language_name(full: str, end: int, text: str) -> bool:
    """A country's name with 어 written on it is the country's language, not the country."""
    return full[end:end + 1] == "어" and text in G.COUNTRIES


@rule("places", "한-카타르 공동의장 → place 카타르; no person 한-카타르 (two countries)",
      "people-not-a-country-pair")
def _country_pair(text: str) -> bool:
    """Countries or their one-syllable forms joined by a hyphen or a middle dot are no one's name."""
    pieces = re.split(r"[-·‧ㆍ]", text)
    return len(pieces) >= 2 and all(p in G.COUNTRIES or p in L.SHORT_COUNTRY for p in pieces)


_LATIN = re.compile(r"[A-Za-z]")
_HANGUL_CHAR = re.compile(r"[가-힣]")
_WORK_KINDS = word_set("actors_work_kind_nouns")
_BODY_STATUS = word_set("actors_body_status_words")
_TITLE_MARKS = {"《": "》", "〈": "〉", "『": "』", "「": "」", "≪": "≫", "<": ">"}


@rule("actors", "뮤지컬 《시카고》, 영화 〈안중근〉 → no place, no person (the title of a work)", "actors-title-of-work")
def _title_of_work(full: str, start: int, end: int) -> bool:
    """A place or person name that is all a pair of title marks holds (《 》, 〈 〉, 『 』, 「 」) is a
    work's title; newspapers are written so too, so a body keeps its name. So is one inside a
    quotation right after a kind of work (뮤지컬 '명성황후', 영화 '서울의 봄')."""
    if start == 0 or end >= len(full):
        return False
    if _TITLE_MARKS.get(full[start - 1]) == full[end]:
        return True
    opening = max(full.rfind(q, max(0, start - 15), start) for q in "‘'\"“")
    if opening < 0 or any(q in full[opening + 1:start] for q in "’'\"”") \
            or not any(q in full[end:end + 20] for q in "’'\"”"):
        return False
    before = full[max(0, opening - 12):opening].rstrip().rsplit(maxsplit=1)
    return bool(before) and before[-1] in _WORK_KINDS


def _quoted_product(full: str, start: int, end: int, text: str) -> bool:
    if start == 0 or end >= len(full) or full[start - 1] not in "‘'\"“" or full[end] not in "’'\"”":
        return False
    if text in L.ORGS or text in O.ALL:
        return False
    return any(text.endswith(g) and len(text) > len(g) for g in QUOTED_PRODUCT_SUFFIXES)


# kind nouns that end the names of products and schemes as often as of companies (‘기후동행카드’,
# ‘청년센터’); bodies (‘국가철도공단’) stay organisations when quoted
QUOTED_PRODUCT_SUFFIXES = words("actors_quoted_product_suffixes")

