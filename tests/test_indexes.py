"""Indexes stay short at any size: the glossary and the actors are paged by initial."""
from __future__ import annotations

from generator.model import PERSON, TERM, Entity, KnowledgeBase
from generator.render.actors_index import PAGE_SIZE, render_actors_pages
from generator.render.indexes import GLOSSARY_ONE_PAGE, render_glossary_pages

SYLLABLES = "가나다라마바사아자차카타파하"


def kb_of(kind: str, n: int) -> KnowledgeBase:
    ents = {f"e{i}": Entity(f"e{i}", kind, f"{SYLLABLES[i % len(SYLLABLES)]}항목{i:04d}",
                            description="설명.") for i in range(n)}
    return KnowledgeBase(articles={}, analyses={}, entities=ents)


def test_small_glossary_is_one_page():
    pages = render_glossary_pages(kb_of(TERM, 20))
    assert list(pages) == ["glossary/index.md"]


def test_large_glossary_has_a_page_per_initial():
    n = GLOSSARY_ONE_PAGE + 100
    pages = render_glossary_pages(kb_of(TERM, n))
    assert "glossary/by/ㄱ.md" in pages and "by/ㄱ/" in pages["glossary/index.md"]
    listed = sum(p.count("\n- ") for k, p in pages.items() if k.startswith("glossary/by/"))
    assert listed == n
    assert pages["glossary/index.md"].count("\n- ") <= 30


def test_actor_letter_pages_hold_at_most_a_page_of_entries():
    n = PAGE_SIZE * 2 + 50
    ents = {f"e{i}": Entity(f"e{i}", PERSON, f"김{i:04d}") for i in range(n)}
    pages = render_actors_pages(KnowledgeBase(articles={}, analyses={}, entities=ents))
    letter = sorted(k for k in pages if k.startswith("actors/by/person-ㄱ"))
    assert letter == ["actors/by/person-ㄱ-2.md", "actors/by/person-ㄱ-3.md", "actors/by/person-ㄱ.md"]
    assert all(pages[k].count("\n- ") <= PAGE_SIZE for k in letter)
    assert sum(pages[k].count("\n- ") for k in letter) == n
