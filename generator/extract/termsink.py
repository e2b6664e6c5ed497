"""The terms found so far in one article, and the one door through which every pattern adds one.

Each pattern (gloss, quoted coinage, appositive, copular) calls the sink with a candidate term;
the sink trims a leading time word, drops what is not a term (people, places, letters, amounts,
well-known organisations in quotation marks) and merges what a later pattern adds to a term
already found (more glosses, a definition).
"""
from __future__ import annotations

import re

from ..model import ORGANIZATION, PERSON, PLACE, TermInfo
from . import gazetteer as G
from .collect import ActorIndex
from .doc import Doc
from .rules import rule
from .termguards import (
    _ACRONYM_GLOSS,
    _HANJA,
    _LATIN,
    LEADING_TIME_WORDS,
    _known_org,
    _term_like,
)

GUILLEMETS = ("«‹", "»›")


@rule("terms", "신형 라온미사일은 사거리를 늘린 무기다 → term 라온미사일, not 신형 라온미사일",
      "terms-without-lead-word")
def _without_lead_word(term: str, start: int) -> tuple[str, int]:
    """A word of time (이날, 신형) or the home country (대한민국) opening a term is not part of it."""
    if term[:1] in GUILLEMETS[0] and term[-1:] in GUILLEMETS[1]:
        term, start = term[1:-1], start + 1
    term = term.strip()
    first, _, rest = term.partition(" ")
    if rest and (first in LEADING_TIME_WORDS or (first in G.HOME_COUNTRY and len(rest.replace(" ", "")) >= 4)):
        start += len(first) + 1  # 이날 전국공공운수사회서비스노조, 대한민국 방송통신심의위원회
        term = rest.strip()
    return term, start


@rule("terms", "도모데도보 국제공항(Домодедово) → term 도모데도보 국제공항, though it names a place",
      "terms-own-script-place")
def _own_script(term: str, person_names: set[str], kw: dict) -> bool:
    """A place glossed with its name in its own script (not an acronym) is explained, so it is a term."""
    return kw.get("how") == "gloss" and term not in person_names and any(
        _LATIN.match(g) and not _ACRONYM_GLOSS.match(g) or _HANJA.match(g) for g in kw.get("glosses", ()))


class TermSink:
    """Terms found so far (by term text), with what the article's actors say about names."""

    def __init__(self, doc: Doc, actors: ActorIndex):
        ms = actors.mentions
        self.doc = doc
        self.found: dict[str, TermInfo] = {}
        self.persons = {(m.start, m.end) for m in ms if m.kind == PERSON}
        self.person_ends = {m.end for m in ms if m.kind == PERSON}
        self.places = {m.text for m in ms if m.kind == PLACE}
        self.names = {m.text for m in ms if m.kind in (PERSON, PLACE)}
        self.person_names = {m.text for m in ms if m.kind == PERSON} | {m.key for m in ms if m.kind == PERSON}
        self.org_spans = frozenset((m.start, m.end) for m in ms if m.kind == ORGANIZATION)
        self.person_words = {w for n in self.person_names for w in n.split()}

    def __call__(self, term: str, start: int, sent: int, person_ok: bool = False, **kw) -> None:
        """Add `term` (at `start`, in sentence `sent`) unless it is not a term; `kw` are TermInfo fields."""
        term, start = _without_lead_word(term, start)
        if self._admissible(term, person_ok, kw):
            self._store(term, start, sent, kw)

    def _admissible(self, term: str, person_ok: bool, kw: dict) -> bool:
        if re.fullmatch(r"[A-Za-z·.]{1,3}", term) and not kw.get("glosses"):
            return False  # QR, C·D: letters the article uses, not a term it explains
        if len(term) < 2 or (term in self.person_words and not person_ok):
            return False  # 만델라 (of 넬슨 만델라): a person is an actor, not a term
        if kw.get("how") == "quoted" and _known_org(term):
            return False  # ‘유튜브’: a well-known organisation in quotation marks is an actor, not a coinage
        own_script = _own_script(term, self.person_names, kw)
        if not term or len(term) > 40 or (term in self.places and not own_script):
            return False
        return person_ok or _term_like(term, self.names - self.places if own_script else self.names,
                                       self.person_names)

    def _store(self, term: str, start: int, sent: int, kw: dict) -> None:
        doc = self.doc
        old = self.found.get(term)
        if old is None:
            self.found[term] = TermInfo(term, start, start + len(term), doc.sentences[sent], **kw)
            return
        # merge what a later pattern adds
        gl = tuple(dict.fromkeys(old.glosses + kw.get("glosses", ())))
        d = old.definition or kw.get("definition")
        ds = old.definition_span or kw.get("definition_span")
        # cite the sentence that defines the term, when this pattern brings the definition
        sentence = doc.sentences[sent] if old.definition is None and kw.get("definition") else old.sentence
        self.found[term] = TermInfo(old.term, old.start, old.end, sentence, gl, d, ds, old.how, old.confidence)
