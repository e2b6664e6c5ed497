"""Curated data: human decisions that override and extend what the extractor found.

Files in `seeds/curated/` (all optional):

- `glossary.yml` — a list of terms: `name` (required), `id`, `aliases`, `glosses`,
  `definition`, `category`.
- `actors.yml` — a list of actors: `name` and `kind` (person, organization, place)
  required, `id`, `aliases`, `description`, `not_aliases` (forms that must never be
  merged into this actor: the "split" decision).
- `ignore.yml` — `not_terms` and `not_actors`: lists of forms the extractor must drop.

Each file is validated against a JSON Schema; every problem names the file, the line
and the field and says what was expected. Aliases claimed by two entries and duplicate
ids are errors too.
"""
from __future__ import annotations

import hashlib
import logging
import functools
import unicodedata
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import jsonschema
import yaml

from .errors import Problem
from .corpus import encoding_hint
from .slug import _RESERVED as RESERVED_IDS  # the names slugify() never returns
from .slug import slugify

log = logging.getLogger(__name__)

_LOADER = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
"""libyaml's safe loader when PyYAML has it (the base glossary is thousands of entries)."""
_STR_LIST = {"type": "array", "items": {"type": "string", "minLength": 1}}
TERM_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "id": {"type": "string", "pattern": r"^[\w\-]+$"},
        "aliases": _STR_LIST,
        "glosses": _STR_LIST,
        "definition": {"type": "string", "minLength": 1},
        "category": {"type": "string"},
        "related": _STR_LIST,
    },
}
ACTOR_SCHEMA = {
    "type": "object",
    "additionalProperties": False,
    "required": ["name", "kind"],
    "properties": {
        "name": {"type": "string", "minLength": 1},
        "id": {"type": "string", "pattern": r"^[\w\-]+$"},
        "kind": {"enum": ["person", "organization", "place"]},
        "aliases": _STR_LIST,
        "not_aliases": _STR_LIST,
        "description": {"type": "string", "minLength": 1},
    },
}
SCHEMAS = {
    "glossary.yml": {"type": "array", "items": TERM_SCHEMA},
    "actors.yml": {"type": "array", "items": ACTOR_SCHEMA},
    "ignore.yml": {"type": "object", "additionalProperties": False,
                   "properties": {"not_terms": _STR_LIST, "not_actors": _STR_LIST}},
}


_MIDDLE_DOTS = str.maketrans({c: "·" for c in "・‧･∙⋅ㆍ"})


@functools.lru_cache(maxsize=1 << 17)
def norm(form: str) -> str:
    """Normalised form used to compare names: NFKC, no quote marks, single spaces, one middle
    dot (항공･철도, 항공・철도 and 항공·철도 are one name). Memoised: resolving 1,000 articles
    asks for it some 200,000 times, mostly for the same few thousand names."""
    s = unicodedata.normalize("NFKC", form).translate(_MIDDLE_DOTS)
    s = s.strip().strip("‘’“”'\"「」『』《》〈〉")
    return " ".join(s.split()).casefold()


@dataclass
class CuratedEntry:
    name: str
    kind: str  # "term" or an actor kind
    id: str
    aliases: list[str] = field(default_factory=list)
    glosses: list[str] = field(default_factory=list)
    text: str | None = None  # definition (terms) or description (actors)
    category: str | None = None
    not_aliases: list[str] = field(default_factory=list)
    source: str = ""  # "file:line"
    related: list[str] = field(default_factory=list)
    """Names of related glossary terms (base glossary)."""
    base: bool = False
    """From the generator's base glossary, not from the site's curated files."""

    @property
    def forms(self) -> list[str]:
        return list(dict.fromkeys([self.name, *self.aliases, *self.glosses]))


@dataclass
class Curated:
    entries: list[CuratedEntry] = field(default_factory=list)
    not_terms: set[str] = field(default_factory=set)
    not_actors: set[str] = field(default_factory=set)
    digest: str = ""
    """Hash of the curated files' bytes: part of the analysis cache key."""

    def by_form(self) -> dict[str, CuratedEntry]:
        out: dict[str, CuratedEntry] = {}
        for e in self.entries:
            for f in e.forms:
                out.setdefault(norm(f), e)
        return out

    def user_words(self) -> list[tuple[str, str]]:
        """Dictionary entries for the analyser, so curated names stay whole."""
        words = []
        for e in self.entries:
            if e.base:
                continue  # the base glossary is found by a text scan (explain/scan.py), not the analyser
            for f in [e.name, *e.aliases]:
                # One-syllable short forms (미, 일, 북) would make the analyser see a
                # country inside every word that contains the syllable.
                if sum("가" <= c <= "힣" for c in f) >= 2:
                    words.append((f, "NNP" if e.kind != "term" else "NNG"))
        return words


def _node_at(node: yaml.Node | None, path: list[Any]) -> yaml.Node | None:
    for key in path:
        if isinstance(node, yaml.SequenceNode) and isinstance(key, int) and key < len(node.value):
            node = node.value[key]
        elif isinstance(node, yaml.MappingNode):
            hit = None
            for k, v in node.value:
                if k.value == key:
                    hit = v
                    break
            if hit is None:
                return node
            node = hit
        else:
            return node
    return node


_TOP_LEVEL = {
    "array": "the file must be a list of entries, each starting with '- name: …'",
    "object": "the file must be a mapping with the keys not_terms and not_actors, each a list",
}


def _describe(err: jsonschema.ValidationError) -> str:
    field_path = ".".join(str(p) for p in err.absolute_path if not isinstance(p, int)) or "entry"
    v = err.validator
    if v == "type" and not err.absolute_path and err.validator_value in _TOP_LEVEL:
        return f"{_TOP_LEVEL[err.validator_value]}, got {type(err.instance).__name__}"
    if v == "additionalProperties":
        extra = sorted(set(err.instance) - set(err.schema.get("properties", {})))
        allowed = ", ".join(err.schema.get("properties", {}))
        return f"unknown key '{extra[0] if extra else '?'}'; allowed keys: {allowed}"
    if v == "required":
        return err.message.replace("is a required property", "is required")
    if v == "type":
        want = err.validator_value
        want = {"array": "a list", "string": "text", "object": "a mapping of key: value"}.get(want, want)
        return f"field '{field_path}' must be {want}, got {type(err.instance).__name__} {err.instance!r}"[:200]
    if v == "enum":
        return f"field '{field_path}' must be one of {', '.join(map(str, err.validator_value))}, got {err.instance!r}"
    if v == "pattern":
        return f"field '{field_path}' may only use letters, digits, '_' and '-', got {err.instance!r}"
    if v == "minLength":
        return f"field '{field_path}' must not be empty"
    return f"field '{field_path}': {err.message}"


def _read_yaml(path: Path, schema: dict, h) -> tuple[Any, yaml.Node | None, list[Problem]]:
    """Parse and validate one YAML file: (data, node tree, problems); data is None on error."""
    raw = path.read_bytes()
    h.update(path.name.encode() + b"\0" + raw + b"\0")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as e:
        return None, None, [Problem(path, f"not valid UTF-8; save the file as UTF-8{encoding_hint(raw)}",
                                    raw.count(b"\n", 0, e.start) + 1)]
    try:
        node = yaml.compose(text, Loader=_LOADER)
        data = yaml.load(text, Loader=_LOADER)
    except yaml.YAMLError as e:
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        reason = getattr(e, "problem", None) or str(e).splitlines()[0]
        return None, None, [Problem(path, f"YAML syntax error: {reason}", mark.line + 1 if mark else None)]
    if data is None:
        return None, None, []
    problems = []
    errors = sorted(jsonschema.Draft202012Validator(schema).iter_errors(data), key=lambda e: list(map(str, e.absolute_path)))
    for err in errors:
        n = _node_at(node, list(err.absolute_path))
        if err.validator == "additionalProperties" and isinstance(n, yaml.MappingNode):
            extra = set(err.instance) - set(err.schema.get("properties", {}))
            for k, _v in n.value:
                if k.value in extra:
                    n = k
                    break
        problems.append(Problem(path, _describe(err), n.start_mark.line + 1 if n is not None else None))
    return (None if errors else data), node, problems


@dataclass
class _Claims:
    """Ids and forms already taken while reading entries (to report duplicates)."""

    ids: dict[str, str] = field(default_factory=dict)
    forms: dict[str, tuple[str, str]] = field(default_factory=dict)


def _entries(path: Path, data: list, node: yaml.Node, kind_of, claims: _Claims,
             base: bool = False) -> tuple[list[CuratedEntry], list[Problem]]:
    """Entries of a glossary or actor list, with duplicate ids and forms reported."""
    out: list[CuratedEntry] = []
    problems: list[Problem] = []
    for i, item in enumerate(data):
        line = _node_at(node, [i]).start_mark.line + 1
        eid = item.get("id") or slugify(item["name"])
        if eid.lower() in RESERVED_IDS:
            # glossary/index/ would replace the glossary index page, and so on.
            problems.append(Problem(path, f"id '{eid}' is reserved (it names a site page or a device "
                                          "file); choose another 'id'", line))
            continue
        entry = CuratedEntry(
            name=item["name"], kind=kind_of(item), id=eid, aliases=item.get("aliases", []),
            glosses=item.get("glosses", []), text=item.get("definition") or item.get("description"),
            category=item.get("category"), not_aliases=item.get("not_aliases", []),
            related=item.get("related", []), source=f"{path}:{line}", base=base)
        if eid in claims.ids:
            problems.append(Problem(path, f"duplicate id '{eid}' (also at {claims.ids[eid]}); "
                                          "give one entry a different 'id'", line))
            continue
        claims.ids[eid] = entry.source
        bad = False
        for f in entry.forms:
            k = norm(f)
            if k in claims.forms and claims.forms[k][0] != eid:
                problems.append(Problem(path, f"'{f}' is claimed by two entries ('{claims.forms[k][0]}' at "
                                              f"{claims.forms[k][1]} and '{eid}'); keep it in one", line))
                bad = True
            claims.forms.setdefault(k, (eid, entry.source))
        if not bad:
            out.append(entry)
    return out, problems


def _misnamed_files(folder: Path) -> list[Problem]:
    problems = []
    for p in sorted(folder.iterdir()):
        if p.suffix == ".yaml" and p.with_suffix(".yml").name in SCHEMAS:
            # Only the .yml spelling is read: say so rather than ignore the file silently.
            problems.append(Problem(p, f"curated files end in .yml: rename it to {p.with_suffix('.yml').name}"))
        elif p.suffix in (".yml", ".yaml") and p.name not in SCHEMAS:
            problems.append(Problem(p, f"unknown curated file; expected one of: {', '.join(SCHEMAS)}"))
    return problems


def load_curated(seeds: Path) -> tuple[Curated, list[Problem]]:
    """The site's curated data in `seeds/curated/`, and every problem found in it."""
    folder = seeds / "curated"
    cur = Curated()
    if not folder.is_dir():
        return cur, []
    problems = _misnamed_files(folder)
    h = hashlib.sha256()
    claims = _Claims()
    for name, schema in SCHEMAS.items():
        path = folder / name
        if not path.exists():
            continue
        data, node, probs = _read_yaml(path, schema, h)
        problems += probs
        if data is None:
            continue
        if name == "ignore.yml":
            cur.not_terms |= {norm(x) for x in data.get("not_terms", [])}
            cur.not_actors |= {norm(x) for x in data.get("not_actors", [])}
            continue
        kind_of = (lambda _item: "term") if name == "glossary.yml" else (lambda item: item["kind"])
        entries, probs = _entries(path, data, node, kind_of, claims)
        cur.entries += entries
        problems += probs
    cur.digest = h.hexdigest()
    return cur, problems
