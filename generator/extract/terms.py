"""Terms an article explains: glosses, quoted coinages, appositive and copular definitions.

- gloss (`termgloss`): a bracket written right after a noun phrase, holding an English/Hanja/
  acronym or alternative Korean form (`미사일방어체계(MD)`); numbers, ages, dates and amounts in
  brackets are not glosses. `NLL(북방한계선)` is read the other way round: the Korean side
  is the term.
- quoted (`termquoted`): a short noun-like quotation (`‘보통국가’로`) that is not reported speech,
  and a name introduced with 이른바/소위.
- appositive (`termappos`): `[modifier phrase] X-인 Y`, `… 중 하나인 Y`, and `DESCRIPTOR Y` for
  organisations.
- copular (`copular`, `termappos`): `Y는 … N이다`, `Y란 … 말한다`, `Y(이)라는 X`, `이를 Y라고 부른다`.

Every pattern adds its candidates through one `TermSink` (`termsink`), which drops what is not a
term (`termguards`). Every later occurrence of a term (and of its acronym glosses) becomes a
`Mention` of kind `term` (`termscan`).
"""
from __future__ import annotations

import logging

from ..model import ORGANIZATION, TermInfo
from .collect import ActorIndex
from .copular import PRED_STOP, _copular  # noqa: F401  (PRED_STOP: the old import path)
from .doc import Doc
from .labels import _HANGUL_ANY as _HANGUL_RE  # noqa: F401  (the old name)
from .rules import rule
from .termappos import (  # noqa: F401
    ANAPHORS,
    CALL_VERBS,
    PLACE_NOUNS,
    RELATION_NOUNS,
    _appositive,
    _called,
    _modifier_start,
)
from .termgloss import (  # noqa: F401
    _HANGUL_ALT,
    _HERITAGE,
    _NOT_GLOSS,
    _SHORT_FORM,
    _SPLIT,
    _THAT_IS,
    _THRESHOLD,
    _URL,
    GLOSS_REAL_NAME,
    GLOSS_STRIP,
    OWNED_HEADS,
    _describes,
    _gloss_items,
    _term_parts,
    read_glosses,
)
from .termguards import (  # noqa: F401
    _ACRONYM_GLOSS,
    _AGE,
    _AMOUNT,
    _HANJA,
    _LATIN,
    _ROLE_WORDS,
    DIRECTION_NOUNS,
    LEADING_TIME_WORDS,
    NAME_NOUNS,
    NOT_TERMS,
    WORK_NOUNS,
    _known_org,
    _survey_option,
    _term_like,
)
from .termquoted import (  # noqa: F401
    _NAMED_AS,
    CONCEPT_HEADS,
    NAMING_STEMS,
    QUOTE_OPEN,
    SO_CALLED,
    TITLE_QUOTES,
    _amounts_to,
    _named_as_word,
    _not_a_coinage,
    _plain_noun,
    _quoted,
    _recurs_quoted,
    _say_follows,
    _so_called,
    _so_called_bare,
)
from .termscan import term_mentions  # noqa: F401  (re-exported for the pipeline)
from .termsink import TermSink

log = logging.getLogger(__name__)


def extract_terms(doc: Doc, actors: ActorIndex) -> list[TermInfo]:
    """The terms the article explains, in text order (each pattern in turn; later ones add
    glosses and definitions to a term an earlier one found)."""
    add = TermSink(doc, actors)
    read_glosses(doc, add)
    plain = _quoted(doc, add)
    _so_called_bare(doc, add)
    _called(doc, add)
    _appositive(doc, actors, add)
    _copular(doc, add, actors.mentions)
    _described_orgs(doc, actors, add)
    _drop_plain_quoted(add.found, plain)
    return sorted(add.found.values(), key=lambda t: t.start)


@rule("terms", "국책기업 라온칩스가 … → term 라온칩스, defined 국책기업", "terms-described-org")
def _described_orgs(doc: Doc, actors: ActorIndex, add: TermSink) -> None:
    """An organisation introduced with a descriptor (국책기업 라피더스) is a term defined by it.

    (Not a well-known organisation.)"""
    sent_index = {sp: k for k, sp in enumerate(doc.sentences)}
    for m in actors.mentions:
        if m.kind == ORGANIZATION and m.descriptor and m.text not in add.found and not _known_org(m.text):
            idx = sent_index.get(m.sentence, 0)
            add(m.text, m.start, idx, definition=m.descriptor, how="appositive", confidence=0.7)


def _drop_plain_quoted(found: dict[str, TermInfo], plain: set[str]) -> None:
    """‘대기업’: an ordinary word in scare quotes, neither glossed nor defined, is no term."""
    for term in plain:
        t = found.get(term)
        if t is not None and t.how == "quoted" and not t.glosses and not t.definition:
            del found[term]
