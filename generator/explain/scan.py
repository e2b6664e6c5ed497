"""Every occurrence of a known term (base glossary or the site's curated glossary) in the
articles, added to each article's mentions before entities are resolved.

The extractor finds terms an article explains; a reader also needs the terms it assumes
(기준금리, 확장억제). Forms are looked up through an index keyed by their first two
characters, at word starts only, so the scan is linear in the text. A match must end at
a word end or before particles only (`기준금리를` yes, `기준금리인상` no) and never overlaps
a name the extractor already found.
"""
from __future__ import annotations

import bisect
import re
from collections import defaultdict
from dataclasses import replace

from ..model import DECK, HEADING, PARAGRAPH, TERM, Analysis, Article, Mention, Span, TermInfo
from .patterns import defined_with_ran
from .rules import explain_rule

_SCANNED = (PARAGRAPH, HEADING, DECK)
_PARTICLES = re.compile(
    r"(?:은|는|이|가|을|를|의|에|에서|에게|로|으로|와|과|도|만|까지|부터|처럼|보다|란|이란|라는|이라는|라고|"
    r"이라고|인|이다|다|에는|에서는|로는|으로는|와의|과의|이며|이고|나|이나|뿐|들)*$")
_LATIN_FORM = re.compile(r"^[A-Z0-9][A-Za-z0-9&\-.]+$")
_LIGHT_VERB = re.compile(r"^(?:하|했|한|할|함|해|되|된|됐|될|됨|돼|받|당하|당했|당한|시키|시켰|시킨)")


class FormIndex:
    """Forms of known terms by their first two characters, longest first."""

    def __init__(self, entries, names=()) -> None:
        self.by_prefix: dict[str, list[tuple[str, str]]] = defaultdict(list)
        for n in names:
            if len(n) >= 2:
                self.by_prefix[n[:2]].append((n, n))
        for e in entries:
            if e.kind != TERM:
                continue
            forms = [e.name, *e.aliases] + [g for g in e.glosses if _LATIN_FORM.match(g)]
            for f in dict.fromkeys(forms):
                if len(f) >= 2:
                    self.by_prefix[f[:2]].append((f, e.name))
        for v in self.by_prefix.values():
            v.sort(key=lambda fe: -len(fe[0]))

    def __bool__(self) -> bool:
        return bool(self.by_prefix)


@explain_rule("scan", "…기준금리를 0.25%p 올렸다 → 기준금리; …기준금리인상 → nothing", "scan-particles-only")
def _known_form_ends_at_particles(text: str, end: int) -> bool:
    """A known form matches only where the rest of the written word is particles."""
    j = end
    while j < len(text) and not text[j].isspace() and text[j] not in ",.·)\"'’”(…":
        j += 1
    rest = text[end:j]
    if rest and text[end - 1].isascii() and rest[0].isascii() and rest[0].isalnum():
        return False
    return not rest or _PARTICLES.match(rest) is not None or _verbal_noun_as_predicate(text[end - 1], rest)


@explain_rule("scan", "검찰은 그를 기소했다 → 기소 (구속된, 탄핵당한 …)", "scan-verbal-noun-as-predicate")
def _verbal_noun_as_predicate(last: str, rest: str) -> bool:
    """A Korean term followed by a light verb (하다, 되다, 받다, 당하다, 시키다) is the term used as a verb."""
    return "가" <= last <= "힣" and _LIGHT_VERB.match(rest) is not None


_WORD_START = re.compile(r"(?:(?<!\w)|(?<=_))")
"""Every position where a word may start: not preceded by a letter or digit (the regex
engine finds them instead of a Python loop over every character)."""


def scan_block(text: str, offset: int, index: FormIndex) -> list[tuple[int, int, str]]:
    """(start, end, term name) of every known form in one block of text."""
    out = []
    last = len(text) - 1
    skip_to = 0
    for m in _WORD_START.finditer(text):
        i = m.start()
        if i < skip_to:
            continue
        if i >= last:
            break
        cands = index.by_prefix.get(text[i:i + 2])
        if cands:
            hit = next(((f, n) for f, n in cands if text.startswith(f, i) and _known_form_ends_at_particles(text, i + len(f))), None)
            if hit:
                out.append((offset + i, offset + i + len(hit[0]), hit[1]))
                skip_to = i + len(hit[0])
    return out


@explain_rule("scan", "생성형 AI (AI glossed as 인공지능 earlier) → 생성형 AI, not AI", "scan-longer-known-term-wins")
def _place_known(mentions: list, starts: list[int], new: Mention) -> bool:
    """A known term replaces shorter term mentions inside it; it never overlaps any other name."""
    s, e = new.start, new.end
    lo = hi = bisect.bisect_left(starts, s)
    for m in mentions[max(0, lo - 8):lo]:  # names that start before s and reach into it
        if m.end > s:
            return False
    while hi < len(mentions) and mentions[hi].start < e:
        m = mentions[hi]
        if not (m.kind == TERM and m.end <= e and (m.start, m.end) != (s, e)):
            return False  # across or inside an actor's name, or the same span again
        hi += 1
    mentions[lo:hi] = [new]  # what was there were shorter terms inside the new one
    starts[lo:hi] = [s]
    return True


def add_known_terms(article: Article, analysis: Analysis, index: FormIndex) -> Analysis:
    """The analysis with a term mention for each known form not inside an actor's name."""
    if not index:
        return analysis
    mentions = sorted(analysis.mentions, key=lambda m: (m.start, m.end))
    starts = [m.start for m in mentions]
    sents = analysis.sentences
    sent_starts = [s.start for s in sents]
    changed = False
    for b in article.blocks:
        if b.kind not in _SCANNED:
            continue
        for s, e, name in scan_block(b.text, b.start, index):
            j = max(0, bisect.bisect_right(sent_starts, s) - 1)
            sp = sents[j] if sents and sents[j].start <= s < sents[j].end else Span(b.start, b.end)
            changed |= _place_known(mentions, starts, Mention(article.text[s:e], s, e, TERM, name, sp, confidence=0.9))
    if not changed:
        return analysis
    return replace(analysis, mentions=tuple(sorted(mentions, key=lambda m: (m.start, m.end))))


def add_defined_terms(article: Article, analysis: Analysis) -> Analysis:
    """The analysis with a term for each name a sentence defines (X란 … 말한다)."""
    new_terms, new_mentions = [], []
    taken = [(m.start, m.end) for m in analysis.mentions]
    for sp in analysis.sentences:
        got = defined_with_ran(article.text[sp.start:sp.end])
        if not got:
            continue
        name, glosses, definition = got
        pos = article.text.find(name, sp.start, sp.end)
        if pos < 0:
            continue
        s, e = pos, pos + len(name)
        new_terms.append(TermInfo(name, s, e, sp, glosses, definition, None, "definition"))
        if not any(a < e and s < b for a, b in taken):
            new_mentions.append(Mention(name, s, e, TERM, name, sp, forms=glosses))
    if not new_terms:
        return analysis
    mentions = tuple(sorted(analysis.mentions + tuple(new_mentions), key=lambda m: (m.start, m.end)))
    return replace(analysis, mentions=mentions, terms=analysis.terms + tuple(new_terms))


def known_terms_stage(articles: list[Article], analyses: dict[str, Analysis], entries) -> dict[str, Analysis]:
    """Terms defined anywhere in the corpus and terms of the glossary, found in every article."""
    return KnownTerms(entries).finish(articles, analyses)


class KnownTerms:
    """`known_terms_stage` in two steps, so a rebuild can do most of it while its analyser
    is still loading: `prepare` with the analyses at hand (the cached ones), `finish` with
    all of them. The result is `known_terms_stage`'s: work done in `prepare` is kept only
    for the same analysis objects, and only if the terms the whole corpus defines are the
    ones `prepare` saw (else every article is scanned again)."""

    def __init__(self, entries) -> None:
        self.entries = entries
        self.inputs: dict[str, Analysis] = {}
        self.defined: dict[str, Analysis] = {}
        self.names: list[str] | None = None
        self.scanned: dict[str, Analysis] = {}

    def prepare(self, articles: list[Article], analyses: dict[str, Analysis]) -> None:
        by_id = {a.id: a for a in articles}
        ready = [(by_id[aid], an) for aid, an in analyses.items() if aid in by_id]
        defined = {a.id: add_defined_terms(a, an) for a, an in ready}
        names = _defined_names(defined)
        index = FormIndex(self.entries, names)
        scanned = {a.id: add_known_terms(a, defined[a.id], index) for a, _an in ready}
        # all or nothing: `finish` uses this only when `inputs` holds the same analysis
        self.defined, self.names, self.scanned = defined, names, scanned
        self.inputs = {a.id: an for a, an in ready}

    def finish(self, articles: list[Article], analyses: dict[str, Analysis]) -> dict[str, Analysis]:
        def same(aid: str) -> bool:
            return self.inputs.get(aid) is analyses[aid]

        by_id = {a.id: a for a in articles}
        out = {a.id: self.defined[a.id] if same(a.id) else add_defined_terms(a, analyses[a.id])
               for a in articles if a.id in analyses}
        names = _defined_names(out)
        index = FormIndex(self.entries, names)
        keep = names == self.names
        return {aid: self.scanned[aid] if keep and same(aid) else add_known_terms(by_id[aid], an, index)
                for aid, an in out.items()}


def _defined_names(analyses: dict[str, Analysis]) -> list[str]:
    return sorted({t.term for an in analyses.values() for t in an.terms if t.how == "definition"})
