"""Helpers shared by the extraction tests: build an article from a body and analyse it."""
from __future__ import annotations

from generator.corpus import parse_article
from generator.extract import analyse_article
from generator.model import Article


def make(body: str, date: str | None = None, title: str = "테스트 기사") -> Article:
    head = f"---\ndate: {date}\n---\n" if date else ""
    art, problems = parse_article(head + title + "\n\n" + body + "\n", "t")
    assert art is not None, problems
    return art


def analyse_body(body: str, analyser, **kw):
    """(article, analysis) of a one-paragraph test article; every span is checked."""
    art = make(body, **kw)
    an = analyse_article(art, analyser)
    for q in an.quotes:
        assert art.text[q.start:q.end] == q.text, q
    for m in an.mentions:
        assert art.text[m.start:m.end] == m.text, m
    return art, an


def kinds(an, kind: str) -> set[str]:
    return {m.key for m in an.mentions if m.kind == kind}


def check_offsets(art: Article, an) -> None:
    """Every span the analysis reports is the text at its offsets; mentions lie in their sentence."""
    t = art.text
    for m in an.mentions:
        assert t[m.start:m.end] == m.text, m
        assert m.sentence.start <= m.start and m.end <= m.sentence.end + 1, m
    for x in an.terms:
        assert t[x.start:x.end] == x.term, x
    for q in an.quotes:
        assert t[q.start:q.end] == q.text, q
    for f in an.figures:
        assert t[f.start:f.end] == f.text, f
    for d in an.dates:
        assert t[d.start:d.end] == d.text, d


def analysed(body: str, analyser, title: str | None = None, date: str | None = None):
    """The analysis of a one-paragraph test article (under `title` if given), offsets checked."""
    kw = {"date": date}
    if title is not None:
        kw["title"] = title
    art, an = analyse_body(body, analyser, **kw)
    check_offsets(art, an)
    return an


def names(x) -> set[str]:
    """A table cell naming one entity (a string) or several (a set)."""
    return {x} if isinstance(x, str) else set(x)


def all_keys(an) -> set[str]:
    return {m.key for m in an.mentions}


def roles(an) -> dict[str, str | None]:
    """Person key -> role."""
    return {m.key: m.role for m in an.mentions if m.kind == "person"}


def sayings(an) -> list[tuple[str, str | None]]:
    """(quotation text, speaker) in order."""
    return [(q.text, q.speaker) for q in an.quotes]


def glosses(an) -> dict[str, tuple[str, ...]]:
    """Term -> its glosses."""
    return {t.term: t.glosses for t in an.terms}


def mention(an, text: str, kind: str):
    """The first mention of `kind` spanning `text`."""
    ms = [m for m in an.mentions if m.text == text and m.kind == kind]
    assert ms, [(m.text, m.kind) for m in an.mentions]
    return ms[0]
