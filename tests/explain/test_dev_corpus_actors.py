"""Over the whole development corpus (322 Korean Wikinews articles): no listed actor is a bare
surname, no actor is listed as a glossary term, and laws, eras and generic bodies get no page."""
from __future__ import annotations

import re

import pytest

from generator.curated import norm
from generator.extract.wordlists import word_set
from generator.importer import import_file
from generator.model import ORGANIZATION, PERSON, PLACE, TERM
from generator.pipeline import knowledge_base

from ..conftest import DEV_CSV, options_for

pytestmark = pytest.mark.slow


@pytest.fixture(scope="module")
def dev_kb(tmp_path_factory):
    root = tmp_path_factory.mktemp("dev-corpus")
    seeds = root / "seeds"
    seeds.mkdir()
    import_file(DEV_CSV, seeds, source="위키뉴스", licence="CC BY 2.5", author="Korean Wikinews contributors")
    return knowledge_base(options_for(root, seeds))


def test_no_bare_surname_is_a_person_page(dev_kb):
    bare = [e.name for e in dev_kb.entities.values() if e.kind == PERSON and re.fullmatch(r"[가-힣]", e.name)]
    assert not bare


def test_no_actor_is_listed_as_a_term(dev_kb):
    actors = {norm(e.name) for e in dev_kb.entities.values() if e.kind in (PERSON, ORGANIZATION, PLACE)}
    known = {norm(w) for name in ("known_people", "countries") for w in word_set(name)}
    terms = [e.name for e in dev_kb.entities.values() if e.kind == TERM and norm(e.name) in actors | known]
    assert not terms


def test_generic_bodies_and_laws_have_no_actor_page(dev_kb):
    generic = word_set("explain_generic_bodies")
    names = {e.name for e in dev_kb.entities.values() if e.kind in (ORGANIZATION, PLACE) and not e.curated}
    assert not names & generic
    assert not [n for n in names if n.endswith(("금지법", "협약", "시대", "시간대"))]


def test_most_actors_say_who_they_are(dev_kb):
    """The pop-up line (`short`) says more than the name for at least 85 % of actors."""
    actors = [e for e in dev_kb.entities.values() if e.kind in (PERSON, ORGANIZATION, PLACE)]
    said = [e for e in actors if e.short and e.short != e.name]
    assert len(said) >= 0.85 * len(actors), (len(said), len(actors))
