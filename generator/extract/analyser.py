"""Morphological analysis behind a small interface.

`Analyser.analyse(paragraphs)` takes a list of strings and returns, for each, its tokens
(`Tok`) with offsets into that string. The Kiwi backend sends the whole list to
`Kiwi.tokenize` in one call so that its worker threads share the batch: a list of
paragraphs ran 3-6x faster than the same text as one string (FIELD-NOTES, "Korean analysis").

Another backend registers itself with `register_backend(name, factory)`;
`create_analyser(name, user_words)` builds one.
"""
from __future__ import annotations

import logging
from abc import ABC, abstractmethod
from typing import Callable, Iterable, Sequence

log = logging.getLogger(__name__)


class Tok:
    """One morpheme. `start`/`end` are offsets into the analysed string."""

    __slots__ = ("form", "tag", "start", "end", "sent", "pair")

    def __init__(self, form: str, tag: str, start: int, end: int, sent: int, pair: int) -> None:
        self.form = form
        self.tag = tag
        self.start = start
        self.end = end
        self.sent = sent
        """Sentence number within the paragraph."""
        self.pair = pair
        """Index of the matching bracket/quote token in the same list, or -1."""

    def __repr__(self) -> str:  # pragma: no cover - debugging aid
        return f"{self.form}/{self.tag}@{self.start}"


class Analyser(ABC):
    """A morphological analyser for Korean."""

    name = "abstract"

    @abstractmethod
    def analyse(self, paragraphs: Sequence[str]) -> list[list[Tok]]:
        """Tokens of each paragraph, in order; never raises on odd input."""

    @abstractmethod
    def add_words(self, words: Iterable[tuple[str, str]]) -> int:
        """Add `(form, tag)` entries to the user dictionary; returns how many were new."""


class KiwiAnalyser(Analyser):
    """kiwipiepy backend (Kiwi loaded once; about 1.3 s)."""

    name = "kiwi"

    def __init__(self, num_workers: int = 2, user_words: Iterable[tuple[str, str]] = ()) -> None:
        from kiwipiepy import Kiwi  # imported here so the package imports without Kiwi

        from .lexicon import DEFAULT_USER_WORDS

        self._kiwi = Kiwi(num_workers=num_workers)
        self.add_words(DEFAULT_USER_WORDS)
        self.add_words(user_words)

    def add_words(self, words: Iterable[tuple[str, str]]) -> int:
        added = 0
        for form, tag in words:
            form = (form or "").strip()
            if not form:
                continue
            try:
                # A positive score makes the entry win over Kiwi's own split of the name.
                if self._kiwi.add_user_word(form, tag or "NNP", 10.0):
                    added += 1
            except (ValueError, RuntimeError) as e:
                log.warning("user word %r/%s rejected by Kiwi: %s", form, tag, e)
        return added

    def analyse(self, paragraphs: Sequence[str]) -> list[list[Tok]]:
        if not paragraphs:
            return []
        out: list[list[Tok]] = []
        for text, toks in zip(paragraphs, self._kiwi.tokenize(list(paragraphs))):
            out.append(_convert(text, toks))
        return out


def _convert(text: str, toks: list) -> list[Tok]:
    res: list[Tok] = []
    n = len(text)
    for t in toks:
        s = t.start
        e = s + t.len
        if e > n:  # defensive: offsets must stay inside the paragraph
            e = n
        res.append(Tok(t.form, t.tag, s, e, t.sent_position, t.paired_token))
    return res


_BACKENDS: dict[str, Callable[..., Analyser]] = {"kiwi": KiwiAnalyser}


def register_backend(name: str, factory: Callable[..., Analyser]) -> None:
    """Make another analyser available to `create_analyser`."""
    _BACKENDS[name] = factory


def create_analyser(backend: str = "kiwi", user_words: Iterable[tuple[str, str]] = (),
                    **options) -> Analyser:
    try:
        factory = _BACKENDS[backend]
    except KeyError:
        raise ValueError(f"unknown analyser backend {backend!r}; expected one of: "
                         f"{', '.join(sorted(_BACKENDS))}") from None
    return factory(user_words=user_words, **options)
