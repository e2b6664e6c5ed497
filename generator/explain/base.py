"""The base glossary: terms common in Korean news, explained in our own words.

Files `generator/explain/base/*.yml` use the format of `seeds/curated/glossary.yml` (name,
aliases, glosses, definition, category, related). A site's own glossary overrides a base
entry that shares its name or any form; a base entry gets a page only when an article
mentions it. Base entries never claim a name the extractor saw as a person, organisation
or place (an actor never becomes a glossary term).
"""
from __future__ import annotations

import hashlib
import logging
import os
import pickle
from dataclasses import replace
from pathlib import Path

from ..curated import SCHEMAS, Curated, CuratedEntry, _Claims, _entries, _read_yaml, norm
from ..errors import Problem

log = logging.getLogger(__name__)

BASE_DIR = Path(__file__).resolve().parent / "base"
KNOWN_DIR = Path(__file__).resolve().parent / "known"
"""Well-known organisations and places with a one-line description (`actors.yml` format)."""


Base = tuple[tuple[CuratedEntry, ...], tuple[Problem, ...], str]
_LOADED: dict[Path, Base] = {}
CACHE_NAME = "base-glossary.pickle"


def load_base_glossary(folder: Path = BASE_DIR, cache_dir: Path | None = None) -> Base:
    """(entries, problems, digest) of every base glossary file in `folder`, and of the
    known organisations and places next to it (`known/`, when `folder` is the shipped one).

    Read once per process and folder (the build and `identity` both ask for the shipped
    one). With `cache_dir` (a build's cache), the result is also kept there, keyed by
    the files' names and bytes and the reading code: parsing and validating the ~40 YAML
    files took about 0.7 s of every build."""
    folder = Path(folder)
    if folder not in _LOADED:
        _LOADED[folder] = _read_cached(folder, cache_dir) if cache_dir is not None else _read_base(folder)
    return _LOADED[folder]


def _files(folder: Path) -> list[tuple[Path, str]]:
    files = [(p, "glossary.yml") for p in sorted(folder.glob("*.yml"))]
    if folder == BASE_DIR:
        files += [(p, "actors.yml") for p in sorted(KNOWN_DIR.glob("*.yml"))]
    return files


def _cache_key(files: list[tuple[Path, str]]) -> str:
    from importlib.metadata import version

    h = hashlib.sha256()
    for code in (Path(__file__), Path(__file__).parent.parent / "curated.py", Path(__file__).parent.parent / "errors.py"):
        h.update(code.read_bytes())
    h.update(f"{version('pyyaml')} {version('jsonschema')}\0".encode())
    for path, kind in files:
        h.update(f"{path}\0{kind}\0".encode("utf-8", "surrogateescape") + path.read_bytes() + b"\0")
    return h.hexdigest()


def _read_cached(folder: Path, cache_dir: Path) -> Base:
    """`_read_base` through `<cache_dir>/base-glossary.pickle`."""
    path = Path(cache_dir) / CACHE_NAME
    key = _cache_key(_files(folder))
    try:
        with path.open("rb") as f:
            if pickle.load(f) == key:  # the key first: a stale entry is not unpickled
                return pickle.load(f)
    except FileNotFoundError:
        pass
    except Exception as e:  # noqa: BLE001 - a damaged cache means "read the files again"
        log.debug("ignoring cached base glossary %s: %s", path, e)
    base = _read_base(folder)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        tmp = path.with_name(f"{CACHE_NAME}.{os.getpid()}.tmp")
        with tmp.open("wb") as f:
            pickle.dump(key, f, protocol=pickle.HIGHEST_PROTOCOL)
            pickle.dump(base, f, protocol=pickle.HIGHEST_PROTOCOL)
        tmp.replace(path)
    except OSError as e:  # a cache that cannot be written only costs time next build
        log.warning("base glossary cache not saved in %s: %s", path, e)
    return base


def _read_base(folder: Path) -> Base:
    h = hashlib.sha256()
    claims = _Claims()
    entries: list[CuratedEntry] = []
    problems: list[Problem] = []
    for path, kind in _files(folder):
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
