"""Relative links between site URLs (generator/urls.py)."""
from __future__ import annotations

import posixpath
import random

from generator import urls


def test_relpath_is_posixpaths():
    parts = ["a", "b", "articles", "x", "", ".", "..", "한국", "a b"]
    rng = random.Random(3)
    for _ in range(20_000):
        path = "/" + "/".join(rng.choice(parts) for _ in range(rng.randint(0, 5))) + rng.choice(["", "/"])
        start = "/" + "/".join(rng.choice(parts) for _ in range(rng.randint(0, 5)))
        assert urls._relpath(path, start) == posixpath.relpath(path, start), (path, start)


def test_rel_links():
    assert urls.rel("articles/a/", "glossary/b/") == "../../glossary/b/"
    assert urls.rel("articles/a/", "articles/a/#p2") == "./#p2"
    assert urls.rel("", "articles/") == "articles/"
    assert urls.rel("glossary/", "glossary/") == "./"
