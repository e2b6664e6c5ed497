"""Word lists and gazetteers the extraction rules read, kept as data files.

Each list is a YAML file in `generator/extract/data/`:

    # one or more comment lines: what the list is for
    about: 조직 이름에 붙는 말 (organisation heads) — what the list is for, one line
    source: typed by the project from general knowledge | imported from CLDR (Babel ...) ...
    words:
    - 위원회
    - 협회

`words(name)` keeps the file's order (some rules want longest-first or a priority order);
`word_set(name)` is the same list as a frozenset. Lists are read once per process.
`python -m generator check` validates every file (`validate()`): the header keys, one
string per entry, no duplicate entry, and no word in two lists declared disjoint in
`data/_disjoint.yml`. Their bytes are part of the analysis cache key (`fingerprint()`).
"""
from __future__ import annotations

import functools
import hashlib
import logging
from pathlib import Path

import yaml

from ..errors import Problem

log = logging.getLogger(__name__)

DATA = Path(__file__).resolve().parent / "data"
_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
DISJOINT = "_disjoint.yml"
"""Pairs of lists that must share no word: `- [list_a, list_b]` per line."""


class WordListError(ValueError):
    """A data file that cannot be used; the message names the file and line."""


def path_of(name: str) -> Path:
    return DATA / f"{name}.yml"


@functools.lru_cache(maxsize=None)
def words(name: str) -> tuple[str, ...]:
    """The entries of list `name` in file order (raises WordListError naming file:line)."""
    p = path_of(name)
    entries, problems = _read(p)
    if problems:
        raise WordListError(str(problems[0]))
    return tuple(w for w, _line in entries)


@functools.lru_cache(maxsize=None)
def word_set(name: str) -> frozenset[str]:
    return frozenset(words(name))


def _read(p: Path) -> tuple[list[tuple[str, int]], list[Problem]]:
    """(word, line) pairs of one list file, and what is wrong with it."""
    try:
        text = p.read_text(encoding="utf-8")
        node = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)
    except FileNotFoundError:
        return [], [Problem(p, "word list not found")]
    except (UnicodeDecodeError, yaml.YAMLError) as e:
        mark = getattr(e, "problem_mark", None)
        return [], [Problem(p, f"cannot read word list: {e}".splitlines()[0], mark.line + 1 if mark else None)]
    if not isinstance(data, dict) or not isinstance(data.get("words"), list):
        return [], [Problem(p, "expected a mapping with 'about', 'source' and a 'words' list", 1)]
    problems = [Problem(p, f"missing header field '{k}' (say what the list is for and where it comes from)", 1)
                for k in ("about", "source") if not isinstance(data.get(k), str) or not data.get(k).strip()]
    items = next(v for k, v in node.value if k.value == "words").value
    out: list[tuple[str, int]] = []
    seen: dict[str, int] = {}
    for item in items:
        line = item.start_mark.line + 1
        w = item.value if isinstance(item, yaml.ScalarNode) else None
        if not isinstance(w, str) or not w.strip() or w != w.strip():
            problems.append(Problem(p, f"entry must be a non-empty string without outer spaces, got {w!r}", line))
            continue
        if w in seen:
            problems.append(Problem(p, f"duplicate entry '{w}' (first at line {seen[w]})", line))
            continue
        seen[w] = line
        out.append((w, line))
    return out, problems


def list_names() -> list[str]:
    return sorted(p.stem for p in DATA.glob("*.yml") if not p.name.startswith("_"))


def validate() -> list[Problem]:
    """Every problem in every list file, with file and line."""
    problems: list[Problem] = []
    lists: dict[str, dict[str, int]] = {}
    for name in list_names():
        entries, probs = _read(path_of(name))
        problems += probs
        lists[name] = dict(entries)
    dpath = DATA / DISJOINT
    if dpath.exists():
        pairs = yaml.safe_load(dpath.read_text(encoding="utf-8")) or []
        for a, b in pairs:
            for missing in {a, b} - set(lists):
                problems.append(Problem(dpath, f"'{missing}' names no list in {DATA}"))
            for w in sorted(set(lists.get(a, {})) & set(lists.get(b, {}))):
                problems.append(Problem(path_of(b), f"'{w}' is also in {a}.yml (line {lists[a][w]}); "
                                                    f"the two lists must not share a word", lists[b][w]))
    return problems


@functools.lru_cache(maxsize=1)
def fingerprint() -> str:
    """Hash of every data file the analysis reads (part of the analysis cache key)."""
    h = hashlib.sha256()
    for p in sorted(DATA.glob("*.yml")):
        if p.name.startswith("explain_"):
            continue  # read after analysis (generator/explain): a change must not re-analyse the corpus
        h.update(p.name.encode() + b"\0" + p.read_bytes() + b"\0")
    return h.hexdigest()[:16]
