"""Morphological analysis behind a small interface.

`Analyser.analyse(paragraphs)` takes a list of strings and returns, for each, its tokens
(`Tok`) with offsets into that string. The Kiwi backend sends the whole list to
`Kiwi.tokenize` in one call so that its worker threads share the batch: a list of
paragraphs ran 3-6x faster than the same text as one string (FIELD-NOTES, "Korean analysis").

Another backend registers itself with `register_backend(name, factory)`;
`create_analyser(name, user_words)` builds one.
"""
from __future__ import annotations

import bisect
import logging
import re
from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Sequence

from . import lexicon as L
from .lexicon import ROLE_HEADS, SURNAMES
from .textutil import has_final_consonant
from .wordlists import words

log = logging.getLogger(__name__)


class Tok:
    """One morpheme. `start`/`end` are offsets into the analysed string."""

    __slots__ = ("end", "form", "oov", "pair", "sent", "start", "tag")

    def __init__(self, form: str, tag: str, start: int, end: int, sent: int, pair: int, oov: bool = False) -> None:
        self.form = form
        self.tag = tag
        self.start = start
        self.end = end
        self.sent = sent
        """Sentence number within the paragraph."""
        self.pair = pair
        """Index of the matching bracket/quote token in the same list, or -1."""
        self.oov = oov
        """A noun the analyser's dictionary does not hold (a new word: a name or a coinage)."""

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

        from .lexicon import DEFAULT_USER_WORDS, FAMOUS_USER_WORDS

        self._kiwi = Kiwi(num_workers=num_workers)
        self.add_words(DEFAULT_USER_WORDS)
        self.add_words(FAMOUS_USER_WORDS)
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
        paragraphs = list(paragraphs)
        results = list(self._kiwi.tokenize(paragraphs))
        # Second pass, only for the few paragraphs where Kiwi split a Korean full name into
        # syllables (서/NNP 승/NNG 환/XR 국토부 장관): the name is given to Kiwi as one proper noun.
        redo: dict[int, list[tuple[int, int]]] = {}
        for k, (text, toks) in enumerate(zip(paragraphs, results)):
            spans = split_name_spans(text, toks) + glued_particle_spans(toks) + glued_hyeon_spans(text, toks)
            if spans:
                redo[k] = _without_overlaps(spans)
        if redo:
            by_text = {paragraphs[k]: [(a, b, "NNP") for a, b in spans] for k, spans in redo.items()}
            order = list(redo)
            try:
                again = list(self._kiwi.tokenize([paragraphs[k] for k in order],
                                                 pretokenized=lambda t: by_text.get(t, [])))
            except ValueError:  # (Kiwi refused the spans: the first reading stands)
                log.warning("second tokenisation pass refused; keeping the first reading of %d paragraphs", len(order))
                again = [results[k] for k in order]
            for k, toks in zip(order, again):
                results[k] = toks
        return [_convert(text, toks) for text, toks in zip(paragraphs, results)]


def _without_overlaps(spans: list[tuple[int, int]]) -> list[tuple[int, int]]:
    """The spans sorted, each overlapping one dropped for the earlier, longer one (Kiwi refuses
    overlapping pretokenized spans: two readers may mark the same name)."""
    out: list[tuple[int, int]] = []
    for a, b in sorted(set(spans), key=lambda x: (x[0], -x[1])):
        if not out or a >= out[-1][1]:
            out.append((a, b))
    return out


_SURNAME_CHARS = "".join(sorted(c for c in SURNAMES if len(c) == 1))
# a three-syllable word opening with a surname, before a space, a comma or a particle
_NAME3 = re.compile(rf"(?<![가-힣A-Za-z0-9])([{_SURNAME_CHARS}][가-힣]{{2}})"
                    r"(?=[ ,·]|(?:은|는|이|가|을|를|의|도|과|와|씨)[ ,.])")
_NAME_FIRST_TAGS = frozenset(("NNP", "NNG", "NR", "NNB", "MAG", "MM"))
_NAME_REST_TAGS = frozenset(("NNP", "NNG", "NR", "NNB", "XR", "MAG", "XSN", "NP", "XPN", "MM"))  # (김/NNP 재/XPN 환/XR 선수)
# particles a title word may carry (particles_after_title.yml)
_PARTICLES = words("particles_after_title")
_ROLES = frozenset(h for h in ROLE_HEADS if len(h) >= 2)


def split_name_spans(text: str, toks) -> list[tuple[int, int]]:
    """Spans of Korean full names (surname + two syllables, written as one word) that Kiwi cut
    into single syllables, found where the grammar says a name stands: before a title, within
    three words (`서승환 국토부 장관은`, `박창신 신부가`), after one (`장관 서승환은`), or before
    `씨`. Only splits that read as nothing else count: the surname is a syllable of its own and
    no piece is a verb, an ending or a particle. `toks` are Kiwi's tokens of `text`."""
    out = []
    starts = None
    for m in _NAME3.finditer(text):
        s, e = m.span(1)
        if starts is None:
            starts = [t.start for t in toks]
        k0 = bisect.bisect_left(starts, s)
        k1 = bisect.bisect_left(starts, e, k0)
        inside = toks[k0:k1]
        glued = (len(inside) == 1 and inside[0].start == s and inside[0].tag in ("NNG", "NNP")
                 and inside[0].start + inside[0].len == e + 1 and text[e] in "이은는가")
        if glued:  # 오현택이/NNG: an unknown word made of the name and its particle
            before = text[max(0, s - 20):s].split()[-1:]
            if before and (_is_role(before[0]) or _club_of(before[0])):
                out.append((s, e))
            continue
        if len(inside) < 2 or inside[-1].start + inside[-1].len != e:
            continue
        honorific = text[e:e + 1] == "씨" or text[e:e + 2] == " 씨"
        # 박상/NNP 현/MM 특파원: 현 'current' glued to a word is the last syllable of a name
        current = len(inside) == 2 and inside[1].tag == "MM" and inside[1].form == "현"
        dotted = "·" in (text[s - 1:s], text[e:e + 1])  # (한승희·오경택 의원: names listed before a post)
        if inside[0].len != 1 and not (honorific and inside[0].tag == "NNP" and len(inside) == 2) \
                and not current and not dotted:
            continue  # 최진/NNP 성/NNG 씨: a two-syllable piece only before 씨
        if inside[0].tag not in _NAME_FIRST_TAGS or any(t.tag not in _NAME_REST_TAGS for t in inside[1:]):
            continue
        after = text[e:e + 40].split()[:3]
        before = text[max(0, s - 20):s].split()[-1:]
        if honorific or (text[e:e + 1] in (" ", "·") and any(_is_role(x) for x in after)) \
                or (before and (_is_role(before[0]) or _club_of(before[0]))):
            out.append((s, e))
    return out


def _club_of(word: str) -> bool:
    """`자이언츠의`: the word before the name is a sports club's, with 의 (its player follows)."""
    return word.endswith("의") and word[:-1].lower() in L.TEAM_WORDS


# particles an unknown word may have swallowed, with the final-consonant form each needs
# (이/은/을/과 after a consonant, 가/는/를 after a vowel); 도/로/에/와 are left out because
# names end in them too (요네자와, 도시철도)
_GLUED = (("에서", None), ("에게", None), ("의", None), ("이", True), ("은", True), ("을", True), ("과", True),
          ("가", False), ("는", False), ("를", False))


def glued_particle_spans(toks) -> list[tuple[int, int]]:
    """Spans of unknown proper nouns that Kiwi read together with their particle (`안창림이`,
    `볼라벤의`, `매슈가`): the stem, when the particle agrees with the stem's last syllable."""
    out = []
    for t in toks:
        if t.id >= _OOV_MAX_ID or t.tag not in ("NNP", "NNG") or t.len < 3:
            continue
        form = t.form
        for p, consonant in _GLUED:
            if form.endswith(p) and len(form) - len(p) >= 2:
                last = form[-len(p) - 1]
                if not "가" <= last <= "힣":
                    break
                if consonant is None or consonant == has_final_consonant(last):
                    out.append((t.start, t.start + len(form) - len(p)))
                break
    return out


def glued_hyeon_spans(text: str, toks) -> list[tuple[int, int]]:
    """Spans of a proper noun and a 현 glued on that Kiwi read as the determiner 현 'current'
    (이시카와/NNP 현/MM 노토반도): written on a word, 현 is the word's last syllable (a
    prefecture's 縣, a name's last syllable), never the determiner, which stands apart."""
    out: list[tuple[int, int]] = []
    if "현" not in text:
        return out  # (most paragraphs: no token to read)
    prev = None
    for t in toks:
        if t.tag == "MM" and t.form == "현" and prev is not None and prev.tag == "NNP" \
                and prev.start + prev.len == t.start and "가" <= text[prev.start:prev.start + 1] <= "힣":
            out.append((prev.start, t.start + t.len))
        prev = t
    return out


def _is_role(word: str, roles: frozenset[str] = _ROLES) -> bool:
    """A spelled word that is a title, with or without a particle (`장관은`, `의원의`, `국토교통부장관`)."""
    word = re.sub(r"^제?\d{1,2}(?=\D)", "", word.rstrip(",."))  # (제2차관, 1차장: a numbered deputy)
    for p in _PARTICLES:
        if word.endswith(p) and word[: -len(p)] in roles:
            return True
    return word in roles or any(word.endswith(r) for r in roles if len(word) > len(r) >= 2 and len(r) >= 3)


_OOV_MAX_ID = 16


def _convert(text: str, toks: list) -> list[Tok]:
    # (one read of each Kiwi attribute per token: each read builds a Python object)
    res: list[Tok] = []
    append = res.append
    n = len(text)
    for t in toks:
        tag = t.tag
        s = t.start
        e = s + t.len
        if e > n:
            e = n  # defensive: offsets must stay inside the paragraph
        # Kiwi gives a word it does not know the placeholder morpheme of its tag (ids 2 and 3
        # for NNG and NNP in kiwipiepy 0.24; dictionary entries have large ids)
        oov = (tag == "NNG" or tag == "NNP") and t.id < _OOV_MAX_ID
        append(Tok(t.form, tag, s, e, t.sent_position, t.paired_token, oov))
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
