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
    listed = sum(p.count("<li>") for k, p in pages.items() if k.startswith("glossary/by/"))
    assert listed == n
    assert pages["glossary/index.md"].count("<li>") <= 30


def test_actor_letter_pages_hold_at_most_a_page_of_entries():
    n = PAGE_SIZE * 2 + 50
    ents = {f"e{i}": Entity(f"e{i}", PERSON, f"김{i:04d}") for i in range(n)}
    pages = render_actors_pages(KnowledgeBase(articles={}, analyses={}, entities=ents))
    letter = sorted(k for k in pages if k.startswith("actors/by/person-ㄱ"))
    assert letter == ["actors/by/person-ㄱ-2.md", "actors/by/person-ㄱ-3.md", "actors/by/person-ㄱ.md"]
    assert all(pages[k].count("<li>") <= PAGE_SIZE for k in letter)
    assert sum(pages[k].count("<li>") for k in letter) == n


def test_year_pages_and_entity_pages_stay_short_at_scale():
    """A year of 450 articles is three pages of at most 200; an entity named in 450 articles
    lists the newest 100 on its page and the rest on pages of 200."""
    import datetime as dt

    from generator.model import Article, ArticleMeta, Block, MentionRef
    from generator.render.entity import MAX_LISTED, render_actor, render_older_articles
    from generator.render.indexes import _year_pages
    arts = [Article(f"a{i}", f"제목 {i}", "본문", ArticleMeta(date=dt.date(2024, 1, 1) + dt.timedelta(days=i % 300)),
                    [Block("paragraph", 0, 2, "본문")]) for i in range(450)]
    pages = _year_pages("2024", arts)
    assert len(pages) == 3 and all(p.count("<li>") <= 200 for p in pages.values())
    ent = Entity("한국", PERSON, "한국", mentions=[MentionRef(a.id, 0, 2, "본문", 0, 2, 0) for a in arts])
    kb = KnowledgeBase(articles={a.id: a for a in arts}, analyses={}, entities={ent.id: ent})
    page = render_actor(ent, kb, {})
    assert page.count("<li>") <= MAX_LISTED and "이전 기사 350건" in page
    older = render_older_articles(ent, kb)
    assert len(older) == 2 and sum(p.count("<li>") for p in older.values()) == 350
