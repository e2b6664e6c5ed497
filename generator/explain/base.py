"""The base glossary: terms common in Korean news, explained in our own words.

Files `generator/explain/base/*.yml` use the format of `seeds/curated/glossary.yml` (name,
aliases, glosses, definition, category, related). A site's own glossary overrides a base
entry that shares its name or any form; a base entry gets a page only when an article
mentions it. Base entries never claim a name the extractor saw as a person, organisation
or place (an actor never becomes a glossary term).
"""
from __future__ import annotations

import functools
import hashlib
import logging
from dataclasses import replace
from pathlib import Path

from ..curated import SCHEMAS, Curated, CuratedEntry, _Claims, _entries, _read_yaml, norm
from ..errors import Problem

log = logging.getLogger(__name__)

BASE_DIR = Path(__file__).resolve().parent / "base"
KNOWN_DIR = Path(__file__).resolve().parent / "known"
"""Well-known organisations and places with a one-line description (`actors.yml` format)."""


def load_base_glossary(folder: Path = BASE_DIR) -> tuple[tuple[CuratedEntry, ...], tuple[Problem, ...], str]:
    """(entries, problems, digest) of every base glossary file in `folder`, and of the
    known organisations and places next to it (`known/`, when `folder` is the shipped one).
    Read once per process and folder (the build and `identity` both ask for the shipped one)."""
    return _load_base_glossary(Path(folder))


@functools.lru_cache(maxsize=4)
def _load_base_glossary(folder: Path) -> tuple[tuple[CuratedEntry, ...], tuple[Problem, ...], str]:
    h = hashlib.sha256()
    claims = _Claims()
    entries: list[CuratedEntry] = []
    problems: list[Problem] = []
    files = [(p, "glossary.yml") for p in sorted(folder.glob("*.yml"))]
    if folder == BASE_DIR:
        files += [(p, "actors.yml") for p in sorted(KNOWN_DIR.glob("*.yml"))]
    for path, kind in files:
        data, node, probs = _read_yaml(path, SCHEMAS[kind], h)
        problems += probs
        if data is None:
            continue
        kind_of = (lambda _item: "term") if kind == "glossary.yml" else (lambda item: item["kind"])
        got, probs = _entries(path, data, node, kind_of, claims, base=True)
        entries += got
        problems += probs
    return tuple(entries), tuple(problems), h.hexdigest()


def with_base(cur: Curated, base: tuple[CuratedEntry, ...]) -> Curated:
    """The site's curated data plus every base entry it does not override (by id or form)."""
    ids = {e.id for e in cur.entries}
    forms = {norm(f) for e in cur.entries for f in e.forms}
    kept = [e for e in base if e.id not in ids and not any(norm(f) in forms for f in e.forms)
            and norm(e.name) not in cur.not_terms]
    return replace(cur, entries=list(cur.entries) + kept)


def base_problems() -> list[Problem]:
    return list(load_base_glossary()[1])
