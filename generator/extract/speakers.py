"""Who said a quotation: the subject of the clause whose predicate is the verb of saying.

Candidates are noun phrases marked as subject or topic (은/는/이/가/도/께서, also after `씨`,
`모`, an age bracket, `측` or `에서`: `박 모씨(45)는`, `당선자 측은`, `리얼미터에서는`) and sources
(`X에 따르면`), not inside a quotation:

- a subject between the quotation and its verb wins (`"…"라고 벡톨 교수는 밝혔다`), then the head
  of a relative clause of saying (`"…"고 말한 김 장관은`, `"…"고 본 나상윤 위원의 말처럼`), then
  the topic before the quotation in the same clause (`X는 "…"라고 말했다`);
- a role phrase with no name (`美 대통령은`, `국방부 장관은`) is the one person the article
  introduced with that role (`rolerefs`), not the country or ministry inside it;
- a pronoun (`그는`, `그녀는`) takes the last person named before it; a definite description
  (`이 관계자는`, `장관이`, `한 단장은`) the last source or person with that head or role;
- with no subject: a headline's `X, "…"`, the speaker of the previous quotation nearby, or the
  first actor of the previous sentence.
"""
from __future__ import annotations

import bisect

from ..model import ANONYMOUS, ORGANIZATION, PERSON, PLACE, Mention, Span
from .actors import ActorIndex
from . import lexicon as L
from .doc import Doc
from .doc import Part
from .labels import P_ANON, P_NAME, P_NOUN, P_PLACE, P_ROLE, label_part
from .people import particle_after
from .qgrammar import after_index, modifier_head
from .wordlists import word_set, words

SUBJ = word_set("speech_subject_particles")
TOPIC = frozenset(("은", "는", "께서는"))
# connective endings that close the clause of an earlier subject (…비판적인데, 존 스미스는 "…")
CLAUSE_LINKING_EC = word_set("quotes_clause_linking_endings")
DEFINITE = frozenset(("이", "그", "해당", "같은", "이런"))
NAME_CLOSERS = frozenset("’”\"'》>」』")  # '더 선'은, <자유일보>는, 《한겨레》는
MEDIA_CLASS = word_set("speech_media_class_nouns")
SOURCE_HEADS = words("speech_source_heads")  # (a tuple: read by str.endswith)


class Speakers:
    """Actor mentions by position, for subject lookups."""

    def __init__(self, doc: Doc, actors: ActorIndex, quoted: list[tuple[int, int]] = ()) -> None:
        self.q_starts = [a for a, _ in quoted]
        self.q_ends = [b for _, b in quoted]
        # places speak for their governments (`이스라엘 측은`, `이란에서는`), ranked last
        self.ms = [m for m in actors.mentions if m.kind in (PERSON, ORGANIZATION, ANONYMOUS, PLACE)]
        if actors.role_refs:  # `美 대통령은`: the person the role phrase refers to (rolerefs)
            self.ms = sorted(self.ms + actors.role_refs, key=lambda m: (m.start, -m.end))
        self.starts = [m.start for m in self.ms]

    def within(self, s: int, e: int) -> list[Mention]:
        i = bisect.bisect_left(self.starts, s)
        out = []
        while i < len(self.ms) and self.ms[i].start < e:
            if self.ms[i].end <= e:
                out.append(self.ms[i])
            i += 1
        return out

    def quoted(self, pos: int) -> bool:
        k = bisect.bisect_right(self.q_starts, pos) - 1
        return k >= 0 and pos < self.q_ends[k]

    def antecedent(self, pos: int) -> Mention | None:
        """What `그는`/`그녀는` at pos refers to: the last person (or named source) outside quotations."""
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 200)
        while i > stop:
            m = self.ms[i]
            if not self.quoted(m.start):
                if m.kind == ANONYMOUS and m.text.endswith(SOURCE_HEADS):
                    return m
                if m.kind == PERSON:
                    # a person named inside a source phrase (정의당 장혜영 의원실 관계자): the source
                    k = i - 1
                    while k > stop and self.ms[k].end >= m.end and self.ms[k].start <= m.start:
                        if self.ms[k].kind == ANONYMOUS:
                            return self.ms[k]
                        k -= 1
                    return m
            i -= 1
        return None

    def last_before(self, pos: int, ok) -> Mention | None:
        i = bisect.bisect_left(self.starts, pos) - 1
        stop = max(-1, i - 200)  # bounded look-back keeps long inputs linear
        while i > stop:
            if ok(self.ms[i]):
                return self.ms[i]
            i -= 1
        return None


def _head(ms: list[Mention], end: int) -> Mention | None:
    """The actor a subject phrase names: a source, else a person, else what ends the phrase."""
    for kind in (ANONYMOUS, PERSON):
        for m in ms:
            if m.kind == kind:
                return m
    actors = [m for m in ms if m.kind != PLACE] or ms
    for m in actors:
        if m.end == end:
            return m
    return actors[-1] if actors else None


def _subject_particle(toks, ch) -> tuple[int, str | None]:
    a = particle_after(toks, ch.after)
    if a < 0 or a >= len(toks):
        return a, None
    t = toks[a]
    if t.tag in ("JX", "JKS") and t.form in SUBJ:
        return a, t.form
    if t.tag == "JKB" and t.form == "에" and a + 1 < len(toks) and toks[a + 1].form.startswith("따르"):
        return a, "source"
    if t.tag == "JKB" and t.form == "에서" and a + 1 < len(toks) and toks[a + 1].tag == "SSO" \
            and toks[a + 1].form in "“\"‘'" and _quotative_after(toks, a + 1):
        # 대통령실에서 “…”라고 했다: a body speaking (에서 marks the subject); not 성당에서 ‘…미사’ 진행 중
        return a, "에서"
    if t.tag == "JKB" and t.form == "에서" and a + 2 < len(toks) and toks[a + 1].tag == "JX" \
            and toks[a + 1].form in ("는", "도") and toks[a + 2].tag == "SSO" and toks[a + 2].form in "“\"‘'":
        return a, "에서"  # 유서에서는 “…”라는 내용이 적혀 있었다
    return a, None


def _quotative_after(toks, o: int) -> bool:
    """The quotation opening at o is followed by a quotative (`"…"라고`, `"…"며`, `"…"는`)."""
    c = toks[o].pair
    if c <= o or c + 1 >= len(toks):
        return c < 0  # (an unpaired mark: the quotation runs on; say yes)
    nx = toks[c + 1]
    return nx.tag in ("JKQ", "EC", "VCP", "ETM", "JX") or nx.form == ","


def _definite(doc: Doc, sp: Speakers, toks, ch, m: Mention | None) -> Mention | None:
    """`이 관계자는` -> the source named before with that head; `장관이`, `한 단장은` -> the person
    with that role. None when the phrase is not a bare definite description."""
    i0 = ch.parts[0].i0
    det = i0 > 0 and toks[i0 - 1].form in DEFINITE and toks[i0 - 1].tag in ("MM", "NP", "NNG")
    if m is not None and m.kind == ANONYMOUS and det and " " not in m.text:
        prev = sp.last_before(ch.start, lambda x: x.kind == ANONYMOUS and x.text != m.text and x.text.endswith(m.text))
        return prev
    if m is None and len(ch.parts) == 1 and label_part(toks, ch.parts[0]) == P_ROLE:
        role = ch.parts[0].text
        return sp.last_before(ch.start, lambda x: x.kind == PERSON and x.role is not None
                              and (x.role.endswith(role) or role.endswith(x.role.split()[-1])))
    return None


def _definite_det(toks, ch) -> bool:
    i0 = ch.parts[0].i0
    return i0 > 0 and toks[i0 - 1].form in DEFINITE and toks[i0 - 1].tag in ("MM", "NP", "NNG")


def _quoted_subjects(doc: Doc, toks, o: int, floor: int) -> list:
    """`'더 선'은 '…'라고 밝혔다`: a short quoted name marked as topic or subject before the quotation."""
    out = []
    for k in range(max(1, o - 25), o - 1):
        t = toks[k]
        cls = 0  # "이란 인터내셔널" 매체도: a class noun between the quoted name and its particle
        if t.tag == "SSC" and k + 2 < o and toks[k + 1].tag == "NNG" and toks[k + 1].form in MEDIA_CLASS \
                and toks[k + 2].tag in ("JX", "JKS") and toks[k + 2].form in SUBJ:
            cls = 1
        if t.tag == "SSC" and t.form in NAME_CLOSERS and 0 <= t.pair < k \
                and (toks[t.pair].start >= floor or t.end == floor) \
                and toks[k + 1 + cls].tag in ("JX", "JKS") \
                and toks[k + 1 + cls].form in SUBJ and (cls or toks[k + 1].start == t.end):
            a, b = toks[t.pair].end, t.start
            name = doc.text[a:b].strip()
            if 1 < len(name) <= 20:
                out.append((toks[k + 1 + cls].form, Mention(name, a, b, ORGANIZATION, name, Span(a, b)), k + 1 + cls))
    return out


# people as a crowd: with or without 들, the subject of a saying names unnamed speakers
CROWD_HEADS = word_set("speech_crowd_nouns")
QUANTIFIERS = word_set("speech_quantifiers")


def _group(doc: Doc, toks, ch) -> Mention | None:
    m = _crowd(doc, toks, ch)
    if m is None:
        return None
    i0 = ch.parts[0].i0
    # 많은 사람들은, 어떤 사람들은: the determiner is part of who speaks (not 일부, 몇몇: quantities)
    if m.start == ch.parts[0].start and i0 >= 2 and toks[i0 - 1].tag == "ETM" and toks[i0 - 2].form in ("많", "수많") \
            and toks[i0 - 2].tag == "VA":
        start = toks[i0 - 2].start
    elif m.start == ch.parts[0].start and i0 >= 1 and toks[i0 - 1].tag == "MM" and toks[i0 - 1].form == "어떤":
        start = toks[i0 - 1].start
    else:
        return m
    t = doc.text[start:m.end]
    return Mention(t, start, m.end, ANONYMOUS, t, Span(start, m.end))


def _crowd(doc: Doc, toks, ch) -> Mention | None:
    """`선수들은`, `의원들이`, `현장에 있던 사람들은`, `일부 네티즌들은`, `한 시민은`, `몇몇은`: a plural
    role noun or a noun for people as subject names an unnamed group of speakers."""
    parts = list(ch.parts)
    while len(parts) > 1 and parts[0].text in QUANTIFIERS:
        parts = parts[1:]
    while len(parts) > 1 and parts[-1].text in QUANTIFIERS:  # 외신들 대부분은
        parts = parts[:-1]
    if len(parts) > 1:
        # 해외 팬들은, 현지 주민들은: a plural crowd noun with words that narrow it down
        last = parts[-1]
        core_last = last.text[:-1] if last.text.endswith("들") else ""
        if last.i1 - last.i0 >= 2 and core_last in CROWD_HEADS and all(
                label_part(toks, x) in (P_NOUN, P_PLACE) for x in parts[:-1]):
            t = doc.text[parts[0].start:last.end]
            return Mention(t, parts[0].start, last.end, ANONYMOUS, t, Span(parts[0].start, last.end))
        return None
    p = parts[0]
    if p.i1 - p.i0 == 1 and ch.parts[0].text in QUANTIFIERS - {"한", "여러"} and toks[p.i0].tag in ("NNG", "NR"):
        return Mention(p.text, p.start, p.end, ANONYMOUS, p.text, Span(p.start, p.end))  # 몇몇은 "…"
    plural = p.i1 - p.i0 >= 2 and toks[p.i1 - 1].form == "들"
    core_text = p.text[:-1] if plural else p.text  # (누리/NNG 꾼/XSN: the spelled word, not the morpheme)
    crowd = core_text in CROWD_HEADS or (plural and any(core_text.endswith(h) for h in CROWD_HEADS if len(h) >= 2))
    if crowd and (plural or p.i1 - p.i0 == 1 or core_text in CROWD_HEADS):
        return Mention(p.text, p.start, p.end, ANONYMOUS, p.text, Span(p.start, p.end))
    if not plural:
        return None
    core = Part(p.i0, p.i1 - 1, p.start, toks[p.i1 - 2].end, doc.text[p.start:toks[p.i1 - 2].end])
    if label_part(toks, core) not in (P_ROLE, P_ANON):
        return None
    return Mention(p.text, p.start, p.end, ANONYMOUS, p.text, Span(p.start, p.end))


DOCUMENT_NOUNS = word_set("speech_document_nouns")
REFLEXIVE = word_set("speech_reflexive_words")


def _named_subject(doc: Doc, toks, ch) -> Mention | None:
    """`샤오치잉 자신들은`, `샤오치잉은`: a proper noun the first pass could not classify, as the
    subject of a saying: the speaker is that name (its kind unknown, kept as a source)."""
    first = ch.parts[0]
    if not all(p.text in REFLEXIVE for p in ch.parts[1:]):
        return None
    reflexive = len(ch.parts) == 2 and ch.parts[1].text in ("자신", "자신들", "스스로")
    if not reflexive and (label_part(toks, first) != P_NAME or first.i1 - first.i0 != 1
                          or toks[first.i0].tag not in ("NNP", "SL")):
        return None
    if reflexive and (len(first.text) < 2 or label_part(toks, first) not in (P_NAME, P_NOUN)):
        return None
    return Mention(first.text, first.start, first.end, ANONYMOUS, first.text, Span(first.start, first.end))


def _modifies(toks, a: int) -> bool:
    """Does the first predicate after the particle at a end in a modifier (`북한이 핵을 보유했다는
    사실을`): then the subject belongs to an embedded clause, not to the verb of saying."""
    for k in range(a + 1, min(len(toks), a + 12)):
        t = toks[k]
        if t.tag in ("SF", "SSO", "SSC"):
            return False
        if t.tag in ("VV", "VA", "XSV", "XSA", "VCP", "VX"):
            e = k
            while e + 1 < len(toks) and toks[e + 1].start <= toks[e].end and toks[e + 1].tag in ("EP", "ETM", "EC", "EF", "VX"):
                e += 1
            return toks[e].tag == "ETM" and e + 1 < len(toks) and toks[e + 1].tag in ("NNG", "NNB")
    return False


def _these(toks, lo: int, hi: int):
    """(particle index, mention) of `이들은`/`이들이`/`이들도`/`누군가는` between character offsets lo and hi."""
    k = bisect.bisect_left(toks, lo, key=lambda t: t.start)
    while k + 2 < len(toks) and toks[k].start < hi:
        t = toks[k]
        if t.tag in ("NP", "NNB") and t.form == "이" and toks[k + 1].form == "들" and toks[k + 1].tag == "XSN" \
                and toks[k + 2].tag in ("JX", "JKS") and toks[k + 2].form in SUBJ:
            yield k + 2, Mention("이들", t.start, toks[k + 1].end, ANONYMOUS, "이들", Span(t.start, toks[k + 1].end))
        elif t.tag == "NP" and t.form == "누구" and k + 3 < len(toks) and toks[k + 1].tag == "VCP" \
                and toks[k + 2].form == "ᆫ가" and toks[k + 3].tag in ("JX", "JKS") and toks[k + 3].form in SUBJ:
            # 누군가는 "…": someone unnamed
            yield k + 3, Mention("누군가", t.start, toks[k + 2].end, ANONYMOUS, "누군가", Span(t.start, toks[k + 2].end))
        k += 1


def _clause_closed(toks, a: int, o: int, topic: bool) -> bool:
    """A connective ending between the subject's particle and the quotation closes its clause;
    so does a relative clause for a subject marked 이/가 (`곽 전 교육감이 추진해온 개편과 관련해서는`)."""
    for k in range(a + 1, o):
        t = toks[k]
        if t.tag == "EC" and t.form in CLAUSE_LINKING_EC and k + 1 < o and toks[k + 1].tag in ("SP", "NNP", "NNG", "SL"):
            return True
        if not topic and t.tag == "ETM" and k > 0 and toks[k - 1].tag in ("VV", "VX", "XSV", "EP", "VA") \
                and k + 1 < o and toks[k + 1].tag in ("NNG", "NNP", "NNB"):
            return True
    return False


def _key(m: Mention):
    return m.key, m.kind, Span(m.start, m.end)


def resolve(doc: Doc, sp: Speakers, chunks, toks, q, qlast, vpos: int, sent: int, last, inside, prev_close_of):
    """(speaker key, kind, span) of the quotation q (qlast: the last quotation of its chain)."""
    o = q[0]
    qstart = toks[o].start
    close_i = after_index(qlast)
    floor = prev_close_of.get(o, -1)
    s = doc.sentences[sent]
    vend = toks[vpos].start if vpos < len(toks) else s.end
    before, after_ = [], []
    crowd: set[str] = set()  # keys of unnamed groups found by `_group`
    cstarts = [c.start for c in chunks]
    lo = max(0, bisect.bisect_left(cstarts, qstart) - 40)
    hi = bisect.bisect_right(cstarts, vend) + 1
    for ch in chunks[lo:hi]:
        if inside(ch.start):
            continue  # a subject inside a quotation is the quoted speaker's, not ours
        a, form = _subject_particle(toks, ch)
        if form is None:
            continue
        # (A씨는: the mention runs to 씨, past the chunk, up to the particle)
        m = _head(sp.within(ch.start, max(ch.end, toks[a].start)), ch.end)
        d = _definite(doc, sp, toks, ch, m)
        if d is not None:
            m = d
        if m is None:
            m = _group(doc, toks, ch)
            if m is not None:
                crowd.add(m.key)
        if m is None:
            m = _named_subject(doc, toks, ch)
        elif m.kind == PLACE and ch.end > m.end and label_part(toks, ch.parts[-1]) not in (P_ROLE,):
            # 일리노이 주 가톨릭계에서는, 하이드로 토론토는: the phrase, not the place in it
            m = Mention(doc.text[ch.start:ch.end], ch.start, ch.end, ANONYMOUS, doc.text[ch.start:ch.end],
                        Span(ch.start, ch.end))
        if m is None and (form == "에서" or (a > 0 and toks[a - 1].form == "에서")) and len(ch.parts) == 1 \
                and ch.parts[0].text in DOCUMENT_NOUNS:
            p0 = ch.parts[0]  # 유서에서는 "…": the document says it (its writer is not named here)
            m = Mention(p0.text, p0.start, p0.end, ANONYMOUS, p0.text, Span(p0.start, p0.end))
        if m is None and label_part(toks, ch.parts[-1]) == P_ROLE and not _definite_det(toks, ch):
            # 남측 연락대표가 "…": a post nobody in the article is named for speaks as itself
            m = Mention(doc.text[ch.start:ch.end], ch.start, ch.end, ANONYMOUS, doc.text[ch.start:ch.end],
                        Span(ch.start, ch.end))
        if m is None:
            continue
        if m.kind == PLACE:
            form = "place"
        if ch.end <= qstart:
            if ch.start >= floor:
                before.append((form, m, a))
        elif ch.para == doc.sent_para[sent] and ch.parts[0].i0 >= close_i and ch.end <= vend \
                and not (toks[a].form in ("이", "가") and _modifies(toks, a)):
            after_.append((form, m, a))
    before.extend(_quoted_subjects(doc, toks, o, max(floor, s.start)))
    for k, m in _these(toks, max(floor, s.start), vend):  # 이들은 "…", "…"라며 … 하는 이들도
        if m.end <= qstart:
            before.append((toks[k].form, m, k))
        elif toks[k].start >= toks[close_i - 1].end:
            after_.append((toks[k].form, m, k))
    before.sort(key=lambda x: x[2])
    pron = None
    for k in range(max(0, o - 30), o):
        t = toks[k]
        if t.start >= s.start and t.tag == "NP" and t.form in ("그", "그녀") and k + 1 < len(toks) \
                and toks[k + 1].tag in ("JX", "JKS"):
            pron = t
    after_ = [x for x in after_ if x[0] != "place"] or after_
    # ‘…’라고 표현한 윤석열 대통령의 발언에 이란이 …: the head of the relative clause of saying said
    # it, not the subject of the clause the relative clause sits in
    mh = modifier_head(toks, close_i)
    # ([법률 대리인이 "…"이라고 밝힌] SBS와의 인터뷰: the relative clause's own subject said it)
    own_subject = any(f in ("이", "가") and not _clause_closed(toks, a_, o, False) for f, _, a_ in before)
    if mh > 0 and not own_subject:
        ch = next((c for c in chunks if c.parts[0].i0 == mh and c.para == doc.sent_para[sent]), None)
        if ch is not None:
            m = _head(sp.within(ch.start, ch.end), ch.end) or _definite(doc, sp, toks, ch, None)
            if m is not None and m.kind != PLACE:
                return _key(m)
    if after_ and all(m.text == "이들" or m.key in crowd for _, m, _ in after_):
        # "…"라며 걱정하는 사람도 있었다: people of the crowd already named before the quotation
        first = next((m for f, m, a_ in before if f in TOPIC and (m.key in crowd or m.kind == ANONYMOUS)
                      and not _clause_closed(toks, a_, o, True)), None)
        if first is not None:
            return _key(first)
    if after_:
        return _key(after_[0][1])
    pick = None
    cl = []
    if before:
        # the subject of the clause that holds the quotation: drop subjects of earlier clauses
        # closed by a connective ending (…비판적인데, 존 스미스는 "…"이라고 일축했고)
        cl = [c for c in before if not _clause_closed(toks, c[2], o, c[0] in TOPIC)]
        if not cl and not all(c[0] in ("이", "가") for c in before):
            cl = before  # only subjects of embedded clauses (이/가): the speaker is not named here
    if cl:
        topics = [m for f, m, _ in cl if f in TOPIC]
        subjects = [m for f, m, _ in cl if f not in ("source", "place", "에서")]
        sources = [m for f, m, _ in cl if f in ("source", "에서")]
        if mh > 0 and subjects:
            topics = []  # [X가 "…"라고 주장한] 것: the embedded clause's own subject
        # `X에 따르면` names the speaker only when the clause has no subject of its own
        if topics and _reported_report(toks, vpos):
            # 관계자는 … 해적들도 "…"는 말을 했다고 전했다: the saying is itself reported; its own
            # subject, written after the reporter, said it
            inner = [m for f, m, a_ in cl if f in ("이", "가", "도") and m.start > topics[0].start]
            for ch in chunks if not inner else ():
                if topics[0].end <= ch.start and ch.end <= qstart and not inside(ch.start) \
                        and _subject_particle(toks, ch)[1] in ("이", "가", "도") \
                        and ch.parts[-1].text.endswith("들") and len(ch.parts[-1].text) >= 3:
                    t = ch.parts[-1]  # (다른 해적들도: a group of people, named by what they are)
                    inner.append(Mention(t.text, t.start, t.end, ANONYMOUS, t.text, Span(t.start, t.end)))
            if inner:
                topics = [inner[-1]]
        if topics:
            pick = topics[0]
        elif subjects:
            pick = subjects[-1]
        else:
            pick = sources[0] if sources else cl[-1][1]
    if pron is not None and (pick is None or pick.start < pron.start):
        prev = sp.antecedent(pron.start)
        if prev is not None:
            return prev.key, prev.kind, Span(pron.start, pron.end)
    if pick is not None:
        return _key(pick)
    # no subject: the headline's "X, “…”" or the previous sentence's speaker/topic
    if o > 0 and (toks[o - 1].form == "," or (doc.sent_para[sent] == 0 and toks[o - 1].tag in ("NNP", "NNG", "SL", "XSN"))):
        got = _before_mark(doc, sp, toks, o, s)
        if got[0] is not None:
            return got
    lsent, lname = last
    if lname is not None and (sent - lsent <= 2 or (sent - lsent <= 4 and doc.sent_para[lsent] == doc.sent_para[sent])):
        return lname, None, None  # no subject: the previous speaker goes on talking
    # the first actor of the previous sentence; a sentence naming only places is passed over for
    # the one before it in the same paragraph (해당 발언은 군산시 … 성당에서 나왔다. "…")
    for back in range(1, 4):
        if sent - back < 0 or (back > 1 and doc.sent_para[sent - back] != doc.sent_para[sent]):
            break
        prev_s = doc.sentences[sent - back]
        ms = [m for m in sp.within(prev_s.start, prev_s.end) if not sp.quoted(m.start)
              and not doc.text.startswith(("에서", "에선"), m.end)]  # (수송동 성당에서: a venue)
        if back > 1 or (ms and all(m.kind == PLACE for m in ms)):
            ms = [m for m in ms if m.kind != PLACE]
        if ms:
            m = _head(ms[:1] + [x for x in ms if x.kind == ANONYMOUS], ms[0].end)
            return m.key, m.kind, None
    return None, None, None


# verbs that report a saying already reported: …는 말을 했다고 전했다
REPORTING_STEMS = word_set("speech_reporting_verb_stems")


def _reported_report(toks, vpos: int) -> bool:
    """Does the verb of saying at vpos end in a quotative connective that another verb of saying
    follows (`…는 말을 했다고 전했다`, `…고 말했다고 밝혔다`)?"""
    n = len(toks)
    if vpos >= n or toks[vpos].tag != "EC" or toks[vpos].form not in ("고", "다고", "라고"):
        return False
    for j in range(vpos + 1, min(n, vpos + 6)):
        t = toks[j]
        if t.tag in ("SF", "SSO"):
            return False
        st = t.form if t.tag == "VV" else (toks[j - 1].form + t.form if t.tag == "XSV" else "")
        if st in L.SAY_STEMS or st in REPORTING_STEMS:
            return True
    return False


def _before_mark(doc: Doc, sp: Speakers, toks, o: int, s: Span):
    """`X, “…”` / `X “…”`: the actor (or, failing that, the noun phrase) written before the mark."""
    end = toks[o - 1].start if toks[o - 1].form == "," else toks[o - 1].end
    ms = [m for m in sp.within(s.start, end) if not sp.quoted(m.start)]  # (not a name inside "…"이라며, "…")
    m = _head(ms, end) if ms else None
    if m is not None and not (m.kind == PLACE and m.end < end):  # "소말리아 해적들, “…”": not the country
        return _key(m)
    k = o - 2 if toks[o - 1].form == "," else o - 1
    j = k
    while j > 0 and toks[j - 1].tag in ("NNG", "NNP", "XSN", "SL") and toks[j - 1].start >= s.start:
        j -= 1
    if k >= 0 and j <= k and toks[k].tag in ("NNG", "NNP", "XSN") and toks[k].start >= s.start:
        # unnamed speakers of a headline: "압송된 해적들, “…”"
        return doc.text[toks[j].start:toks[k].end], ANONYMOUS, Span(toks[j].start, toks[k].end)
    return None, None, None
