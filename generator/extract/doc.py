"""An article's analysed text: paragraphs, sentences, noun chunks.

Built once per article from one tokenisation of each content block and shared by every
extractor, so no rule re-tokenises. All offsets here are offsets into `Article.text`.

A *part* is a run of noun-like morphemes written without a space (one spelled word, e.g.
`국가안보보좌관` = 국가/안보/보좌관); a *chunk* is a run of parts separated only by spaces
(`제이크 설리번 백악관 국가안보보좌관`), which is how Korean writes a noun phrase whose
words carry no particle. A bracket written right after a part (`후미오(岸田文雄) 일본 총리`) is
recorded as the part's gloss and the chunk continues after it.
"""
from __future__ import annotations

import logging
from dataclasses import dataclass, field

from ..model import Article, Span
from . import lexicon as L
from .analyser import Tok
from .rules import rule
from .wordlists import word_set, words

log = logging.getLogger(__name__)

NOUNISH = frozenset(("NNG", "NNP", "SL", "SH", "SN", "XPN", "XSN", "NR"))
JOINERS = frozenset("-·&+/･・‧ㆍ")  # (the middle dot in its half-width, katakana and other forms)
CLOSE_QUOTES = frozenset("”\"’'」』")
OPENERS = "(["
COMPOUND_NNB = word_set("actors_compound_bound_nouns")
SUFFIX_NNB = frozenset(("체",))
TIME_COUNTERS = word_set("actors_time_counters")


@dataclass
class Part:
    i0: int
    i1: int
    """Token index range [i0, i1) in the paragraph."""
    start: int
    end: int
    text: str
    gloss: tuple[int, int] | None = None
    """Token indices of the opening and closing bracket written right after the part."""
    label: str | None = None
    """Cached `actors.label_part` result (parts are labelled once, read by several rules)."""


@dataclass
class Chunk:
    para: int
    parts: list[Part]
    after: int
    """Index of the first token after the chunk (its particle, if any)."""
    sent: int
    """Index into `Doc.sentences`."""
    in_gloss: bool = False
    """Inside a bracket that glosses the phrase before it (its content is not a new actor)."""

    @property
    def start(self) -> int:
        return self.parts[0].start

    @property
    def end(self) -> int:
        return self.parts[-1].end


@dataclass
class Para:
    start: int
    text: str
    toks: list[Tok]
    sent_ids: list[int] = field(default_factory=list)
    """Document sentence index of each token."""


@dataclass
class Doc:
    article: Article
    paras: list[Para]
    sentences: list[Span]
    chunks: list[Chunk]
    sent_para: list[int]
    """Paragraph index of each sentence."""
    coord_lists: list | None = field(default=None, repr=False)
    """Coordinated runs of chunks (`coordlist`), computed on first use."""

    @property
    def text(self) -> str:
        return self.article.text


def content_blocks(article: Article):
    """The blocks the extractor reads (headline, deck, headings, paragraphs)."""
    return [b for b in article.content_blocks if b.text.strip()]


def build_doc(article: Article, blocks, token_lists: list[list[Tok]]) -> Doc:
    paras: list[Para] = []
    sentences: list[Span] = []
    sent_para: list[int] = []
    chunks: list[Chunk] = []
    text = article.text
    for pi, (block, toks) in enumerate(zip(blocks, token_lists)):
        base = block.start
        for t in toks:
            t.start += base
            t.end += base
        para = Para(base, block.text, toks)
        paras.append(para)
        _sentences(para, pi, sentences, sent_para, block.end)
        _chunks(text, para, pi, chunks)
    return Doc(article, paras, sentences, chunks, sent_para)


def _sentences(para: Para, pi: int, out: list[Span], sent_para: list[int], block_end: int) -> None:
    """Sentence spans from Kiwi's per-token sentence numbers; a sentence runs to the next one."""
    toks = para.toks
    ids = para.sent_ids
    if not toks:
        return
    cur = None
    first = len(out)
    sid = first - 1  # document index of the current sentence
    starts: list[int] = []  # the sentences of this paragraph, built as (start, end) and written once
    ends: list[int] = []
    prev = prev2 = None
    forced = False  # a sentence started before Kiwi's numbering did
    for t in toks:
        tag = t.tag
        if t.sent != cur:
            cur = t.sent
            if forced:
                forced = False  # Kiwi's own break, one token late: already made
            # `“…” 김 장관은 말했다`: a closing quotation mark does not end the sentence
            elif not (prev is not None and prev.tag == "SSC" and prev.form in CLOSE_QUOTES
                      and tag not in ("SSO", "SF", "SP", "SSC") and starts):
                starts.append(t.start)
                ends.append(t.end)
                sid += 1
        elif (prev is not None and prev.tag == "SF" and prev2 is not None and prev2.tag == "EF"
              and t.start > prev.end and tag in NOUNISH and (starts or first > 0)):
            # `…도착했다. 美 대통령은`: Kiwi numbers a Hanja/short word after the full stop
            # with the sentence before; a final ending + full stop + space ends a sentence
            starts.append(t.start)
            ends.append(t.end)
            sid += 1
            forced = True
        if tag == "SF":
            forced = False  # Kiwi did not break there after all: its next break is a real one
        ids.append(sid)
        prev2, prev = prev, t
        if t.end > ends[-1]:
            ends[-1] = t.end
    # Sentences never overlap and keep their order even if Kiwi's numbering does not.
    for k in range(1, len(starts)):
        if starts[k] < ends[k - 1]:
            starts[k], ends[k] = ends[k - 1], max(ends[k], ends[k - 1])
    out.extend(Span(s, e) for s, e in zip(starts, ends))
    sent_para.extend([pi] * len(starts))


@rule("organisations", "자유와인권연구소 → one word, one body (와 inside its name)", "orgs-wa-inside-name")
def _wa_inside_name(toks, k: int) -> bool:
    """A 와/과 glued between nouns, where the spelled word ends in a body's kind, is inside the body's name."""
    t = toks[k]
    return t.tag == "JC" and t.form in ("와", "과") and _glued_noun_after(toks, k) and _body_word_end(toks, k + 1)


def _glued_noun_after(toks, k: int) -> bool:
    return k + 1 < len(toks) and toks[k + 1].tag in NOUNISH and toks[k + 1].start == toks[k].end


def _glued_step(toks, k: int) -> int:
    """How many tokens from k continue the spelled word of the tokens before it (0: the word ends)."""
    t, p = toks[k], toks[k - 1]
    if t.start != p.end:
        return 0
    if t.tag in NOUNISH:
        return 1
    if t.form in JOINERS and _glued_noun_after(toks, k):
        return 2
    if t.tag == "NNB" and t.form in COMPOUND_NNB and _glued_noun_after(toks, k):
        return 2  # 대륙/간/탄도/미사일: a bound noun inside a compound written as one word
    if _wa_inside_name(toks, k):
        return 2  # 자유/와/인권연구소: a body's name written as one word with 와 inside
    if t.tag == "NNB" and p.tag == "SN" and t.form not in TIME_COUNTERS and k + 1 < len(toks) \
            and toks[k + 1].form == "(" and toks[k + 1].start == t.end:
        return 1  # 8/SN 개국/NNB(G8): a number and its counter glossed as one name (주요 8개국(G8))
    if t.tag == "NNB" and t.form in SUFFIX_NNB and p.tag in ("NNG", "NNP"):
        return 1  # 단량/체: a bound noun that ends a word (a body, a kind)
    return 0


def _word_end(toks, k0: int) -> int:
    """The end (exclusive) of the part starting at token k0: noun-like morphemes written without a space."""
    k = k0 + 1
    n = len(toks)
    while k < n and toks[k].start == toks[k - 1].end:  # (a space ends the word at once)
        step = _glued_step(toks, k)
        if not step:
            break
        k += step
    return k


def _chunk_parts(text: str, toks, ids: list[int], i: int) -> tuple[list[Part], int, int | None]:
    """(parts, end token, where to resume) of the chunk starting at token i: parts written apart
    by one space in one sentence; a bracket right after a part is its gloss (resume inside it)."""
    n = len(toks)
    parts: list[Part] = []
    cur0 = i
    resume = None
    while True:
        k = _word_end(toks, cur0)
        part = Part(cur0, k, toks[cur0].start, toks[k - 1].end, text[toks[cur0].start:toks[k - 1].end])
        parts.append(part)
        j = k
        # a bracket written right after the part is its gloss; the phrase may go on after it
        if j < n and toks[j].form in OPENERS and toks[j].start == toks[j - 1].end and toks[j].pair > j:
            close = toks[j].pair
            part.gloss = (j, close)
            if resume is None:
                resume = j + 1  # scan the bracket's content too
            j = close + 1
        if j < n and (toks[j].tag in NOUNISH or _title_modifier(toks, j) or _determiner_in_word(toks, j)) \
                and ids[j] == ids[cur0]:
            gap = text[toks[j - 1].end:toks[j].start]
            if gap and gap.isspace() and "\n" not in gap:
                cur0 = j
                continue
        return parts, j, resume


@rule("people", "박영선 새정연 원내대표 → person 박영선, affiliation 새정연 (새 read as a determiner)",
      "people-determiner-inside-word")
def _determiner_in_word(toks, j: int) -> bool:
    """After a proper noun, a determiner the analyser split off the start of the next spelled
    word (새/MM + 정연 of 새정연) is that word's first syllable: the noun run goes on through it."""
    t = toks[j]
    return t.tag == "MM" and len(t.form) == 1 and _glued_noun_after(toks, j) and j > 0 \
        and toks[j - 1].end < t.start and toks[j - 1].tag == "NNP"  # (결국 이/MM 사회: after a common noun, no)


def _chunks(text: str, para: Para, pi: int, out: list[Chunk]) -> None:
    toks = para.toks
    ids = para.sent_ids
    n = len(toks)
    i = 0
    claimed: dict[int, int] = {}  # first token of a later part of an emitted chunk -> chunk end
    gloss_until = -1  # token index of the closing bracket of the gloss being scanned
    while i < n:
        if i in claimed:
            i = claimed[i]
            continue
        if toks[i].tag not in NOUNISH:
            i += 1
            continue
        parts, j, resume = _chunk_parts(text, toks, ids, i)
        named = _named_for(toks, text, i, parts)
        if named is not None:
            parts = named  # 민주사회를 위한 변호사모임: "for X" is part of a body's name
            while out and out[-1].para == pi and out[-1].start >= named[0].start:
                out.pop()  # (the chunk 민주사회 already read is inside the name)
        out.append(Chunk(pi, parts, j, ids[i], in_gloss=i < gloss_until))
        for p in parts:
            if p.gloss is not None and p.gloss[1] > gloss_until:
                gloss_until = p.gloss[1]
        for p in parts[1:]:
            claimed[p.i0] = j
        i = resume if resume is not None and resume < j else j


TITLE_MM = frozenset(("전", "현", "前", "現"))


_BODY_ENDS = tuple(x for x in L.ORG_SUFFIXES if len(x) >= 2)


FOR_BODY_ENDS = words("actors_for_body_ends")


@rule("organisations", "민주사회를 위한 변호사모임, 진실·화해를 위한 과거사 정리위원회 → organisation (the whole name)",
      "orgs-named-for")
def _named_for(toks, text: str, i: int, parts: list[Part]) -> list[Part] | None:
    """A body whose name begins with what it works for (N을/를 위한, N and N joined by a middle
    dot, then words ending in a body word) is one part, an organisation; the chunk's parts
    after the body word stay."""
    end = next((k for k, p in enumerate(parts[:3]) if p.text.endswith(FOR_BODY_ENDS)), None)
    if end is not None and end == 0 and parts[0].text in FOR_BODY_ENDS:
        return None  # (노동자를 위한 위원회: a description, no name)
    if i < 4 or end is None:
        return None
    if not (toks[i - 1].tag == "ETM" and toks[i - 1].form == "ᆫ" and toks[i - 2].form == "위하"
            and toks[i - 2].tag == "VV" and toks[i - 3].tag == "JKO"):
        return None
    s = _noun_run_start(toks, i - 4, toks[i - 3].start)
    if s is None:
        return None
    last = parts[end]
    part = Part(s, last.i1, toks[s].start, last.end, text[toks[s].start:last.end], last.gloss)
    part.label = "org"
    return [part, *parts[end + 1:]]


_MIDDLE_DOTS = frozenset("·‧ㆍ･・")


def _noun_run_start(toks, s: int, glued_to: int) -> int | None:
    """The first token of the written noun run ending at token s (glued to `glued_to`), with
    nouns joined by a middle dot (진실·화해); None when it starts inside a longer word."""
    if toks[s].tag not in NOUNISH or toks[s].end != glued_to:
        return None
    while s > 0 and toks[s - 1].end == toks[s].start and toks[s - 1].tag != "SSO":  # (an opening quote starts it)
        if toks[s - 1].tag in NOUNISH:
            s -= 1
        elif toks[s - 1].form in _MIDDLE_DOTS and s > 1 and toks[s - 2].tag in NOUNISH and toks[s - 2].end == toks[s - 1].start:
            s -= 2
        else:
            return None  # the noun is glued to something before it: not the start of a name
    return s


def _body_word_end(toks, k: int) -> bool:
    """The spelled word going on from token k ends in a body's kind (연구소, 연대, 모임)."""
    j = k
    while j + 1 < len(toks) and toks[j + 1].start == toks[j].end and toks[j + 1].tag in NOUNISH:
        j += 1
    return toks[j].form.endswith(_BODY_ENDS)


@rule("people", "김영수 전 장관, 부총리 겸 기획재정부 장관 → one noun phrase", "people-title-modifier")
def _title_modifier(toks, j: int) -> bool:
    """A determiner of a title (전, 현) or 겸 between two posts continues the noun phrase (as a part of its own)."""
    t = toks[j]
    if t.form == "겸" and t.tag in ("NNB", "NNG") and j + 1 < len(toks) and toks[j + 1].tag in NOUNISH \
            and toks[j + 1].start > t.end:
        return True  # 부총리 겸 기획재정부 장관: one person's two titles
    return (t.tag == "MM" and t.form in TITLE_MM and j + 1 < len(toks) and toks[j + 1].tag in NOUNISH
            and toks[j + 1].start > t.end)
