"""Adding articles never changes an existing page's URL: every entity URL of a smaller
corpus still answers (as the entity's page, or as a redirect to the page of the entity it
became part of) after more articles are added."""
from __future__ import annotations

import shutil

from generator import urls
from generator.pipeline import knowledge_base
from generator.redirects import redirect_targets

from .conftest import make_seeds, options_for, sample_csv
from generator.importer import import_file


def test_urls_survive_new_articles(tmp_path):
    seeds = make_seeds(tmp_path / "a", with_dev=False)
    import_file(sample_csv(tmp_path / "first.csv", every=16, limit=20), seeds)
    opts = options_for(tmp_path, seeds)
    kb1 = knowledge_base(opts)
    before_entities = {urls.entity_url(e) for e in kb1.entities.values()}
    before_articles = {urls.article_url(a) for a in kb1.articles}

    import_file(sample_csv(tmp_path / "more.csv", every=9, limit=30), seeds)
    kb2 = knowledge_base(opts)
    after = {urls.entity_url(e) for e in kb2.entities.values()} | set(redirect_targets(kb2))
    assert len(kb2.articles) > len(kb1.articles)
    assert before_articles <= {urls.article_url(a) for a in kb2.articles}
    lost = sorted(before_entities - after)
    assert lost == [], f"URLs that stopped answering: {lost}"


def test_slugs_do_not_depend_on_reading_order(tmp_path):
    seeds = make_seeds(tmp_path / "a", with_dev=False)
    import_file(sample_csv(tmp_path / "s.csv", every=20, limit=12), seeds)
    kb1 = knowledge_base(options_for(tmp_path / "one", seeds))
    # the same files under other names sort differently on disk
    seeds2 = tmp_path / "b" / "seeds"
    seeds2.mkdir(parents=True)
    shutil.copytree(seeds / "curated", seeds2 / "curated")
    for i, p in enumerate(sorted(seeds.glob("*.txt"), reverse=True)):
        shutil.copy(p, seeds2 / f"{i:03d}_{p.name}")
    kb2 = knowledge_base(options_for(tmp_path / "two", seeds2))
    assert sorted(kb1.entities) == sorted(kb2.entities)
