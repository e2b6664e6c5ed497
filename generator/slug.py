"""The one place that turns names into URL segments.

Slugs are Hangul-safe (Korean stays Korean: `방산정책조정회의`), NFKC-normalised,
lower-case for Latin letters, and free of anything a file system or URL could
misread (`/`, `..`, reserved device names). The same name always gives the same slug;
`unique_slugs` resolves collisions deterministically by sorting the claimants.
"""
from __future__ import annotations

import hashlib
import re
import unicodedata

MAX_LEN = 60
_RESERVED = {"index", "by", "search", "assets", "stylesheets", "javascripts", "data", "tags",
             "con", "prn", "aux", "nul", "com1", "com2", "com3", "lpt1", "lpt2", "lpt3"}
_DROP = re.compile(r"[^\w\s\-]", re.UNICODE)
_DASHES = re.compile(r"[\s_\-]+")


def slugify(name: str) -> str:
    """`'오커스(AUKUS)'` -> `'오커스-aukus'`; never empty, never a path."""
    s = unicodedata.normalize("NFKC", name).lower()
    s = _DROP.sub(" ", s)
    s = _DASHES.sub("-", s).strip("-")
    s = s[:MAX_LEN].strip("-")
    if not s or s in _RESERVED or s.strip(".") == "":
        digest = hashlib.sha1(name.encode("utf-8")).hexdigest()[:8]
        s = f"{s}-{digest}" if s else f"x-{digest}"
    return s


def unique_slugs(claims: list[tuple[str, str]]) -> tuple[dict[str, str], list[tuple[str, list[str]]]]:
    """Give each (key, preferred name) a unique slug.

    Keys are sorted so the outcome does not depend on input order; the first key keeps
    the plain slug, later ones get `-2`, `-3`. Returns (key -> slug, collisions).
    """
    by_slug: dict[str, list[str]] = {}
    for key, name in sorted(claims):
        by_slug.setdefault(slugify(name), []).append(key)
    out: dict[str, str] = {}
    collisions = []
    taken = set(by_slug)
    for slug, keys in sorted(by_slug.items()):
        out[keys[0]] = slug
        if len(keys) > 1:
            collisions.append((slug, keys))
        n = 2
        for key in keys[1:]:
            while f"{slug}-{n}" in taken:
                n += 1
            out[key] = f"{slug}-{n}"
            taken.add(out[key])
    return out, collisions
