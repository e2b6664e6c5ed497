"""CSV / JSON Lines -> one article file per row, metadata in YAML front matter.

Column names are mapped with `--map field=column,...`; common Korean and English
column names are recognised without a mapping (제목/title, 내용/본문/body/text,
작성일/날짜/date, 출처/url/link, 언론사/source, 라이선스/licence, 기자/author).
The title and body are written byte-for-byte, so the import is lossless.
"""
from __future__ import annotations

import csv
import hashlib
import json
import logging
import re
import sys
from pathlib import Path
from typing import Iterator

import yaml

from .errors import Problem

log = logging.getLogger(__name__)

FIELDS = ("title", "body", "date", "url", "source", "licence", "author", "id")
GUESSES = {
    "title": ("제목", "title", "headline", "헤드라인"),
    "body": ("내용", "본문", "body", "text", "content", "article"),
    "date": ("작성일", "날짜", "date", "published", "pubdate"),
    "url": ("출처", "url", "link", "source_url", "주소"),
    "source": ("언론사", "source", "publisher", "매체"),
    "licence": ("라이선스", "licence", "license"),
    "author": ("기자", "작성자", "author", "byline"),
    "id": ("id", "기사id", "article_id"),
}


def parse_mapping(spec: str | None) -> dict[str, str]:
    mapping: dict[str, str] = {}
    if not spec:
        return mapping
    for part in spec.split(","):
        if "=" not in part:
            raise ValueError(f"--map entry '{part}' must look like field=column")
        k, v = (x.strip() for x in part.split("=", 1))
        if k not in FIELDS:
            raise ValueError(f"--map field '{k}' is not one of: {', '.join(FIELDS)}")
        mapping[k] = v
    return mapping


def _resolve_columns(columns: list[str], mapping: dict[str, str]) -> dict[str, str]:
    out = dict(mapping)
    lower = {c.lower().strip(): c for c in columns}
    for field, names in GUESSES.items():
        if field in out:
            continue
        for n in names:
            if n.lower() in lower:
                out[field] = lower[n.lower()]
                break
    for field, col in out.items():
        if col not in columns:
            raise ValueError(f"column '{col}' (for {field}) is not in the file; columns are: {', '.join(columns)}")
    for need in ("title", "body"):
        if need not in out:
            raise ValueError(f"no column for '{need}'; pass --map {need}=COLUMN (columns: {', '.join(columns)})")
    return out


def read_rows(path: Path) -> Iterator[tuple[int, dict[str, str]]]:
    """(line number, row) for a .csv or .jsonl file."""
    if path.suffix.lower() in (".jsonl", ".ndjson", ".json"):
        with path.open(encoding="utf-8") as f:
            for n, line in enumerate(f, 1):
                if line.strip():
                    row = json.loads(line)
                    if not isinstance(row, dict):
                        raise ValueError(f"{path}:{n}: each line must be a JSON object")
                    yield n, {k: ("" if v is None else str(v)) for k, v in row.items()}
    else:
        csv.field_size_limit(sys.maxsize)
        with path.open(encoding="utf-8-sig", newline="") as f:
            reader = csv.DictReader(f)
            for row in reader:
                yield reader.line_num, {k: (v or "") for k, v in row.items() if k is not None}


def article_text(title: str, body: str, meta: dict[str, str]) -> str:
    """Front matter + "title line, blank line, body" layout."""
    head = ""
    meta = {k: v for k, v in meta.items() if v}
    if meta:
        head = "---\n" + yaml.safe_dump(meta, allow_unicode=True, sort_keys=False) + "---\n"
    text = head + title + "\n\n" + body
    return text if text.endswith("\n") else text + "\n"


def file_stem(row_meta: dict[str, str], title: str, body: str, explicit_id: str | None) -> str:
    if explicit_id:
        stem = re.sub(r"[^\w.\-]+", "-", explicit_id).strip("-.")
        if stem:
            return stem
    basis = row_meta.get("url") or (title + "\n" + body)
    digest = hashlib.sha1(basis.encode("utf-8")).hexdigest()[:12]
    date = row_meta.get("date", "")
    return f"{date}_{digest}" if re.fullmatch(r"\d{4}-\d{2}-\d{2}", date) else digest


def import_file(path: Path, seeds: Path, mapping: dict[str, str] | None = None,
                source: str | None = None, licence: str | None = None,
                author: str | None = None, overwrite: bool = False) -> tuple[list[Path], list[Problem]]:
    """Write one article file per row into `seeds`. Returns (written files, problems)."""
    seeds.mkdir(parents=True, exist_ok=True)
    written: list[Path] = []
    problems: list[Problem] = []
    columns: dict[str, str] | None = None
    for line, row in read_rows(path):
        if columns is None:
            columns = _resolve_columns(list(row), mapping or {})
        title = row.get(columns["title"], "")
        body = row.get(columns["body"], "")
        if "\n" in title.strip() or not title.strip():
            problems.append(Problem(path, "title is empty or spans several lines; row skipped", line))
            continue
        if not body.strip():
            problems.append(Problem(path, "body is empty; row skipped", line))
            continue
        meta = {k: row.get(columns[k], "").strip() for k in ("date", "source", "url", "licence", "author")
                if k in columns}
        meta.setdefault("source", source or "")
        meta.setdefault("licence", licence or "")
        meta.setdefault("author", author or "")
        for k, v in (("source", source), ("licence", licence), ("author", author)):
            if v and not meta.get(k):
                meta[k] = v
        meta = {k: meta[k] for k in ("date", "source", "url", "licence", "author") if meta.get(k)}
        stem = file_stem(meta, title, body, row.get(columns["id"]) if "id" in columns else None)
        target = seeds / f"{stem}.txt"
        if target.exists() and not overwrite and target.read_text(encoding="utf-8") != article_text(title, body, meta):
            problems.append(Problem(path, f"{target} exists with other text; use --overwrite to replace it", line))
            continue
        target.write_text(article_text(title, body, meta), encoding="utf-8", newline="")
        written.append(target)
    return written, problems
