"""Load rows of the Wikinews development CSV as `Article`s (for evaluation and benchmarks).

Each row becomes the text an import would write: front matter with the date and source,
then "title line, blank line, body", parsed by `generator.corpus.parse_article`.
"""
from __future__ import annotations

import csv
import logging
from pathlib import Path

from ..model import Article

log = logging.getLogger(__name__)

# the repository's copy of the development corpus (identical to the shared corpus's CSV), so
# that evaluation and benchmarks run on a fresh clone
DEV_CSV = Path(__file__).resolve().parents[2] / "tests" / "fixtures" / "wikinews-dev.csv"


def row_text(row: dict[str, str]) -> str:
    date = (row.get("작성일") or "").strip()
    src = (row.get("출처") or "").strip()
    head = ""
    if date or src:
        head = "---\n" + (f"date: {date}\n" if date else "") + (f"source: '{src}'\n" if src else "") + "---\n"
    body = (row.get("내용") or "").strip("\n")
    return head + (row.get("제목") or "").strip() + "\n\n" + body + "\n"


def read_rows(path: Path = DEV_CSV) -> list[dict[str, str]]:
    with open(path, encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def article_from_row(row: dict[str, str], index: int) -> Article:
    from ..corpus import parse_article

    aid = f"wikinews-{index:03d}"
    art, problems = parse_article(row_text(row), aid)
    if art is None:
        raise ValueError(f"row {index}: {'; '.join(str(p) for p in problems)}")
    return art


def load_dev(path: Path = DEV_CSV) -> list[Article]:
    return [article_from_row(r, i) for i, r in enumerate(read_rows(path))]


def load_file(path: Path) -> Article:
    from ..corpus import parse_article

    text = path.read_text(encoding="utf-8")
    art, problems = parse_article(text, path.stem, path)
    if art is None:
        raise ValueError(f"{path}: {'; '.join(str(p) for p in problems)}")
    return art
