"""Every later occurrence of a term, as a `Mention` of kind `term`.

A linear scan of each paragraph per term (and per acronym gloss), with a word-boundary check
so particles stay outside the mention.
"""
from __future__ import annotations

import bisect
import logging
import re

from ..model import TERM, Mention, Span, TermInfo
from .doc import Doc

log = logging.getLogger(__name__)

MAX_SCANNED_TERMS = 300  # each term is one pass over the text; this bounds the total work
_ASCII_FORM = re.compile(r"^[A-Za-z][A-Za-z0-9&.'’\- ]*$")  # (an acronym gloss scanned for: NATO, MD)
_PARTICLE_AFTER = re.compile(
    r"(?:은|는|이|가|을|를|의|에|에서|에게|로|으로|와|과|도|만|까지|부터|처럼|보다|께서|란|이란|라는|이라는|라고|이라고|"
    r"인|이다|다|에는|에서는|로는|으로는|와의|과의|에의|이며|이고|나|이나|마저|조차|뿐|들|측)*$")


def _boundary_ok(text: str, s: int, e: int) -> bool:
    if s > 0:
        c = text[s - 1]
        if c.isalnum():
            return False
    # the rest of the spelled word must be particles only
    j = e
    n = len(text)
    while j < n and not text[j].isspace() and text[j] not in ",.·)\"'’”(":
        j += 1
    rest = text[e:j]
    if not rest:
        return True
    if text[e - 1].isascii() and rest[:1].isascii() and rest[:1].isalnum():
        return False
    return _PARTICLE_AFTER.match(rest) is not None


def term_mentions(doc: Doc, terms: list[TermInfo], actors) -> list[Mention]:
    """Every occurrence of each term and of its acronym glosses (linear scans of the text)."""
    text = doc.text
    out: list[Mention] = []
    sents = doc.sentences
    starts = [s.start for s in sents]
    taken: set[tuple[int, int]] = set()
    if len(terms) > MAX_SCANNED_TERMS:
        log.warning("%s: %d terms; scanning the text for the first %d only", doc.article.id, len(terms),
                    MAX_SCANNED_TERMS)
    for t in terms[:MAX_SCANNED_TERMS]:
        forms = [t.term] + [g for g in t.glosses if _ASCII_FORM.match(g) and len(g) >= 2 and g.isupper()]
        for f in forms:
            for para in doc.paras:  # article text only: never the front matter
                ptext = para.text
                pos = ptext.find(f)
                while pos >= 0:
                    s, e = para.start + pos, para.start + pos + len(f)
                    if (s, e) not in taken and _boundary_ok(text, s, e):
                        k = max(0, bisect.bisect_right(starts, s) - 1)
                        sp = sents[k] if sents else Span(s, e)
                        out.append(Mention(f, s, e, TERM, t.term, sp, forms=t.glosses))
                        taken.add((s, e))
                    pos = ptext.find(f, pos + len(f))
    return out
