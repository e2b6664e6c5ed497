"""Import from CSV / JSON Lines: one file per row, lossless, metadata in front matter."""
from __future__ import annotations

import csv
import json

import pytest

from generator.corpus import load_corpus
from generator.importer import import_file, parse_mapping
from generator.model import HEADLINE, PARAGRAPH

from .conftest import DEV_CSV


def _body_of(article) -> str:
    """The body as the importer wrote it: everything after the blank line under the title."""
    head = next(b for b in article.blocks if b.kind == HEADLINE)
    return article.text[head.end + 2:].removesuffix("\n")


@pytest.mark.slow
def test_dev_corpus_imports_losslessly(tmp_path):
    written, problems = import_file(DEV_CSV, tmp_path, source="위키뉴스", licence="CC BY 2.5")
    assert problems == []
    with DEV_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    assert len(written) == len(rows) == 322
    articles, problems = load_corpus(tmp_path)
    assert [p for p in problems if p.severity == "error"] == []
    by_url = {a.meta.url: a for a in articles}
    for row in rows:
        a = by_url[row["출처"]]
        assert a.title == row["제목"]
        assert _body_of(a) == row["내용"]
        assert a.meta.date.isoformat() == row["작성일"]
        assert a.meta.source == "위키뉴스" and a.meta.licence == "CC BY 2.5"
        # every non-blank body line is a paragraph (simple layout: no deck)
        assert [b.text for b in a.blocks if b.kind == PARAGRAPH] == [ln.strip() for ln in row["내용"].split("\n") if ln.strip()]


@pytest.mark.slow
def test_import_is_idempotent(tmp_path):
    first, _ = import_file(DEV_CSV, tmp_path)
    second, problems = import_file(DEV_CSV, tmp_path)
    assert problems == [] and sorted(first) == sorted(second)


def test_jsonl_with_mapping(tmp_path):
    src = tmp_path / "dump.jsonl"
    rows = [{"headline": "첫 기사", "text": "첫 문단이다.\n둘째 문단이다.", "when": "2024-01-02", "link": "https://e.x/1"},
            {"headline": "둘째 기사", "text": "본문이다.", "when": "2024-01-03", "link": "https://e.x/2"}]
    src.write_text("\n".join(json.dumps(r, ensure_ascii=False) for r in rows) + "\n", encoding="utf-8")
    seeds = tmp_path / "seeds"
    written, problems = import_file(src, seeds, parse_mapping("title=headline,body=text,date=when,url=link"))
    assert problems == [] and len(written) == 2
    articles, _ = load_corpus(seeds)
    assert sorted(a.title for a in articles) == ["둘째 기사", "첫 기사"]


def test_bad_rows_are_reported_with_line(tmp_path):
    src = tmp_path / "x.csv"
    src.write_text("제목,내용\n좋은 제목,본문이다.\n,제목 없는 본문\n", encoding="utf-8")
    written, problems = import_file(src, tmp_path / "seeds")
    assert len(written) == 1
    assert len(problems) == 1 and problems[0].line == 3 and "title" in problems[0].message


def test_unknown_mapping_is_explained():
    with pytest.raises(ValueError, match="field 'titel'"):
        parse_mapping("titel=제목")
