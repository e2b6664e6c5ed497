"""Index terms from Korean text: the search side of the morphological analyser.

`Segmenter.terms(texts)` runs the same analyser as extraction (kiwipiepy through
`generator.extract.analyser`) over a batch of strings and returns, for each, the list of
index terms in text order:

* nouns, Latin words, Hanja and numbers, without particles or endings
  (`‘오커스(AUKUS)’가` -> `오커스`, `aukus`): quote marks and brackets are separate
  tokens for the analyser, so they fall away;
* compounds rebuilt from adjacent tokens (no space between them), indexed whole *and*
  by every contiguous run of their parts (`방산정책조정회의` -> `방산`, `정책`, `조정`,
  `회의`, `방산정책`, `정책조정` …), so an inner part matches exactly and a run of parts
  matches by prefix;
* verb and adjective stems as dictionary forms (`열리` -> `열리다`);
* Hanja runs whole and by character (`韓美日` -> `韓美日`, `韓`, `美`, `日`).

Every term goes through `normalise` (NFKC, lower case): the browser applies the same
function to queries (`docs/javascripts/search-ko-worker.js`, `norm`).
"""
from __future__ import annotations

import functools
import hashlib
import re
import unicodedata
from pathlib import Path
from typing import Iterable, Sequence

NOUN_TAGS = frozenset({"NNG", "NNP", "NR", "SL", "SH", "SN", "XR"})
"""Tokens indexed on their own."""
JOIN_TAGS = NOUN_TAGS | {"NNB", "XPN", "XSN"}
"""Tokens that may be part of a compound when nothing separates them."""
VERB_TAGS = frozenset({"VV", "VA"})
MAX_PARTS = 6
"""Longer runs of adjacent nouns are indexed whole and by parts, not by every sub-run."""
MAX_TERM = 40
"""Longer strings (URLs, glued Latin) are not useful search terms."""

_TRIM = re.compile(r"^[\W_]+|[\W_]+$")
_SPACE = re.compile(r"\s+")


def normalise(s: str) -> str:
    """The one normalisation of index terms and queries: NFKC, lower case, no outer
    punctuation. Must stay in step with `norm()` in the browser worker."""
    return _TRIM.sub("", unicodedata.normalize("NFKC", s).lower())


def _is_hanja(ch: str) -> bool:
    return "\u4e00" <= ch <= "\u9fff" or "\u3400" <= ch <= "\u4dbf" or "\uf900" <= ch <= "\ufaff"


def _add(out: list[str], term: str) -> None:
    term = normalise(term)
    if term and len(term) <= MAX_TERM:
        out.append(term)


def _add_word(out: list[str], form: str) -> None:
    """A token form; a multi-word one (`제이크 설리번`) by word and joined."""
    words = form.split()
    for w in words:
        _add(out, w)
    if len(words) > 1:
        _add(out, "".join(words))
    if any(_is_hanja(c) for c in form) and len(form) > 1:
        for c in form:
            if _is_hanja(c):
                out.append(c)


def _add_compound(out: list[str], text: str, run: list) -> None:
    parts = [t for t in run if t.tag in NOUN_TAGS]
    if len(run) < 2 or not parts:
        return
    _add(out, _SPACE.sub("", text[run[0].start:run[-1].end]))
    if len(run) > MAX_PARTS:
        return
    # every contiguous sub-run of two or more tokens, from its start to its end
    for i in range(len(run)):
        for j in range(i + 2, len(run) + 1):
            if i == 0 and j == len(run):
                continue
            sub = run[i:j]
            if sub[0].tag in NOUN_TAGS or sub[0].tag == "XPN":
                _add(out, _SPACE.sub("", text[sub[0].start:sub[-1].end]))


def terms_of(text: str, toks: Sequence) -> list[str]:
    """Index terms of one analysed string (tokens with `.form .tag .start .end`)."""
    out: list[str] = []
    run: list = []
    for t in toks:
        if t.tag in JOIN_TAGS and run and run[-1].end == t.start:
            run.append(t)
        else:
            _add_compound(out, text, run)
            run = [t] if t.tag in JOIN_TAGS else []
        if t.tag in NOUN_TAGS:
            _add_word(out, t.form)
        elif t.tag in VERB_TAGS:
            _add(out, t.form + "다")
    _add_compound(out, text, run)
    return out


@functools.lru_cache(maxsize=1)
def default_analyser_config() -> str:
    from importlib.metadata import PackageNotFoundError, version
    h = hashlib.sha256()
    for dist in ("kiwipiepy", "kiwipiepy_model"):
        try:
            h.update(f"{dist}={version(dist)};".encode())
        except PackageNotFoundError:
            h.update(f"{dist}=?;".encode())
    extract = Path(__file__).resolve().parent.parent / "extract"
    for name in ("analyser.py", "lexicon.py"):
        h.update(name.encode())
        h.update((extract / name).read_bytes())
    return "kiwi:" + h.hexdigest()[:16]


class Segmenter:
    """Batches strings through an analyser and turns its tokens into index terms.

    A memo of results by string makes repeated labels (role titles, glosses shared by
    many entities) cheap; `memo=False` turns it off for measurements."""

    def __init__(self, analyser=None, memo: bool = True, helper=None) -> None:
        self._analyser = analyser
        self._helper = helper if analyser is None else None
        """A `helper.SegmentHelper`: the default analyser, loaded in a process of its own."""
        self._memo: dict[str, list[str]] | None = {} if memo else None
        self.chars = 0
        """Characters sent to the analyser (for throughput figures)."""

    @property
    def analyser(self):
        """The analyser, loaded on first use: a build whose documents all come from the
        segmentation cache never loads Kiwi for search."""
        if self._analyser is None:
            # The process's shared analyser, without the curated user words: those keep
            # names such as 방산정책조정회의 whole, and search needs their parts.
            from ..extract import get_analyser
            self._analyser = get_analyser()
        return self._analyser

    def cache_config(self) -> str | None:
        """What, besides the text, decides the terms this segmenter returns, for the
        segmentation cache (`cache.py`); None when that is unknown (an analyser passed
        in without a `cache_token` attribute), which turns the cache off.

        The default analyser is Kiwi with the built-in user words: its configuration is
        the kiwipiepy and model versions and the source of the analyser wrapper and its
        word list (`extract/analyser.py`, `extract/lexicon.py`)."""
        if self._analyser is not None:
            token = getattr(self._analyser, "cache_token", None)
            if token is None:
                return None
            return f"{type(self._analyser).__module__}.{type(self._analyser).__qualname__}:{token}"
        return default_analyser_config()

    def terms(self, texts: Iterable[str]) -> list[list[str]]:
        texts = list(texts)
        memo = self._memo
        todo = [t for t in dict.fromkeys(texts) if t.strip() and (memo is None or t not in memo)]
        fresh: dict[str, list[str]] = {}
        if todo:
            self.chars += sum(map(len, todo))
            fresh = dict(zip(todo, self._segment(todo)))
            if memo is not None:
                memo.update(fresh)
        get = (memo or {}).get
        return [fresh.get(t) or get(t) or [] for t in texts]

    def _segment(self, texts: list[str]) -> list[list[str]]:
        got = self._helper.terms(texts) if self._helper is not None else None
        if got is None:
            self._helper = None
            got = [terms_of(text, toks) for text, toks in zip(texts, self.analyser.analyse(texts))]
        return got
