"""One golden build of a small corpus (tests/golden/seeds): the generated Markdown must
match tests/golden/expected byte for byte. After an intended change, regenerate with
`UPDATE_GOLDEN=1 .venv/bin/python -m pytest tests/test_golden.py` and review the diff."""
from __future__ import annotations

import os
import shutil
from dataclasses import replace
from pathlib import Path

from generator.config import Options
from generator.pipeline import generate

HERE = Path(__file__).parent / "golden"
# Pages whose content is the point of the golden test (the full docs folder also holds
# copies of hand-written pages, CSS and the JSON export).
PAGES = ("articles/", "glossary/", "actors/", "timeline/", "review/")


def _generated(tmp_path: Path) -> dict[str, str]:
    # a small fixed base glossary, so the golden pages change with the code, not with the shipped data
    opts = replace(Options(), seeds=HERE / "seeds", work=tmp_path / "work", site=tmp_path / "site", use_cache=False,
                   base_glossary=HERE / "base")
    generate(opts)
    root = opts.docs_out
    return {p.relative_to(root).as_posix(): p.read_text(encoding="utf-8")
            for p in sorted(root.rglob("*.md")) if p.relative_to(root).as_posix().startswith(PAGES)}


def test_golden_build(tmp_path):
    got = _generated(tmp_path)
    expected_dir = HERE / "expected"
    if os.environ.get("UPDATE_GOLDEN"):
        shutil.rmtree(expected_dir, ignore_errors=True)
        for rel, text in got.items():
            (expected_dir / rel).parent.mkdir(parents=True, exist_ok=True)
            (expected_dir / rel).write_text(text, encoding="utf-8")
    expected = {p.relative_to(expected_dir).as_posix(): p.read_text(encoding="utf-8")
                for p in sorted(expected_dir.rglob("*.md"))}
    assert sorted(got) == sorted(expected)
    for rel in expected:
        assert got[rel] == expected[rel], f"{rel} differs from the golden copy"
    # the golden corpus exercises what it is meant to
    article = got["articles/2024-03-02-chip.md"]
    assert "핵심 요약" in article and 'class="xp-link' in article and "칩4" in article
