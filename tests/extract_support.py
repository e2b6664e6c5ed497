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
