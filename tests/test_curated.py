"""Curated data: schema validation with file, line and field; overrides on the site."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator.curated import load_curated


def write(tmp_path: Path, name: str, text: str) -> Path:
    d = tmp_path / "curated"
    d.mkdir(exist_ok=True)
    (d / name).write_text(text, encoding="utf-8")
    return tmp_path


@pytest.mark.parametrize("name, text, line, fragment", [
    ("glossary.yml", "- name: 오커스\n  definiton: 오타\n", 2, "unknown key 'definiton'"),
    ("glossary.yml", "- name: 오커스\n  glosses: AUKUS\n", 2, "must be a list"),
    ("glossary.yml", "- name: 오커스\n  definition: [a\n", 2, "YAML syntax error"),
    ("glossary.yml", "- definition: 이름 없음\n", 1, "'name' is required"),
    ("actors.yml", "- name: 바이든\n  kind: human\n", 2, "must be one of person, organization, place"),
    ("actors.yml", "- name: 바이든\n  kind: person\n- name: 바이든\n  kind: person\n", 3, "duplicate id"),
    ("actors.yml", "- name: 조 바이든\n  kind: person\n  aliases: [바이든]\n- name: 헌터 바이든\n  kind: person\n"
                   "  aliases: [바이든]\n", 4, "claimed by two entries"),
    ("ignore.yml", "not_term: [x]\n", 1, "unknown key 'not_term'"),
    ("glosary.yml", "- name: x\n", None, "unknown curated file"),
])
def test_curated_errors_name_file_line_and_field(tmp_path, name, text, line, fragment):
    seeds = write(tmp_path, name, text)
    _cur, problems = load_curated(seeds)
    assert problems, "expected a problem"
    p = problems[0]
    assert p.path.name == name and p.line == line and fragment in p.message, problems


def test_repository_curated_data_is_valid():
    from generator.config import ROOT
    cur, problems = load_curated(ROOT / "seeds")
    assert problems == []
    names = {e.name for e in cur.entries}
    assert {"방산정책조정회의", "오커스", "조 바이든", "기시다 후미오"} <= names
    # short forms never reach the analyser's dictionary
    assert all(len(w) >= 2 for w, _ in cur.user_words())
