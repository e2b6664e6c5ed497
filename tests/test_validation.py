"""Input validation matrix, through the command line.

Every row is a bad input a contributor could plausibly push. Each must give one line
`path[:line]: error: message` naming the file (and the line where there is one), every
problem of a run must be reported together, and the exit status must be non-zero.
Rows that need no site run through `check` (no analysis, well under a second); the
`build` rows fail while loading, before any analysis, and `--keep-going` is the only
test here that builds a real site.

`tests/test_corpus.py` and `tests/test_curated.py` test the same loaders in-process,
one problem at a time; this file tests what a person sees on the terminal.
"""
from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import pytest

from generator.config import ROOT
from generator.corpus import MAX_BYTES
from generator.slug import slugify

GOOD = "좋은 기사 제목\n\n정부는 10일 새 정책을 발표했다.\n"


def run(*args: str, timeout: int = 120) -> subprocess.CompletedProcess:
    env = {**os.environ, "NO_MKDOCS_2_WARNING": "1", "PYTHONIOENCODING": "utf-8"}
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, env=env,
                          capture_output=True, text=True, encoding="utf-8", timeout=timeout)


def huge() -> bytes:
    line = ("가나다라마바사아자차카타파하 " * 10 + "이다.\n").encode("utf-8")
    return b"\xea\xb1\xb0\xeb\x8c\x80\n\n" + line * (MAX_BYTES // len(line) + 1)


# (relative path, content, line or None, fragments every newcomer-facing message must contain)
ARTICLE_ROWS = [
    ("cp949.txt", "제목\n\n정부가 발표했다.\n".encode("cp949"), 1, ["UTF-8", "CP949", "iconv -f cp949 -t utf-8"]),
    ("utf16.txt", "제목\n\n정부가 발표했다.\n".encode("utf-16"), 1, ["UTF-8", "UTF-16", "iconv -f utf-16"]),
    ("empty.txt", b"", None, ["empty"]),
    ("blank.txt", b" \n\t\n", None, ["empty"]),
    ("binary.txt", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR\x00\x00", None, ["binary"]),
    ("huge.txt", huge(), None, [f"{MAX_BYTES:,} bytes"]),
    ("boiler.txt", "댓글 0\n좋아요 3\n무단 전재 및 재배포 금지\n".encode(), None, ["no article text", "boilerplate"]),
    ("fm-syntax.txt", "---\ndate: [2024\n---\n제목\n\n본문이다.\n".encode(), 2, ["front matter", "YAML"]),
    ("fm-unclosed.txt", "---\ndate: 2024-04-10\n제목\n\n본문이다.\n".encode(), 1, ["never closed"]),
    ("fm-list.txt", "---\n- date\n---\n제목\n\n본문이다.\n".encode(), 2, ["mapping"]),
    ("fm-type.txt", "---\nsource: 동아일보\nauthor: [홍길동, 김철수]\n---\n제목\n\n본문이다.\n".encode(), 3,
     ["'author' must be text"]),
    ("fm-unknown.txt", "---\nsource: 동아일보\nauthr: 홍길동\n---\n제목\n\n본문이다.\n".encode(), 3,
     ["unknown front matter key 'authr'", "author"]),
    ("fm-date-month.txt", "---\ndate: 2024-13-45\n---\n제목\n\n본문이다.\n".encode(), 2, ["2024-13-45", "YYYY-MM-DD"]),
    ("fm-date-words.txt", "---\nsource: x\ndate: 10 April 2024\n---\n제목\n\n본문이다.\n".encode(), 3,
     ["10 April 2024", "YYYY-MM-DD"]),
    ("fm-date-slash.txt", "---\ndate: 2024/04/10\n---\n제목\n\n본문이다.\n".encode(), 2, ["YYYY-MM-DD"]),
    ("fm-date-int.txt", "---\ndate: 20240410\n---\n제목\n\n본문이다.\n".encode(), 2, ["YYYY-MM-DD"]),
    ("bad name.txt", GOOD.encode(), None, ["file name", "letters, digits"]),
    # same file name in two sub-folders: the second one is the duplicate
    ("b/dup.txt", GOOD.encode(), None, ["duplicate article id 'dup'", "a/dup.txt", "rename"]),
    # ids that differ only in case share a page address
    ("case.txt", GOOD.encode(), None, ["same page address", "Case.txt", "rename"]),
]
ARTICLE_COMPANIONS = {"a/dup.txt": GOOD.encode(), "Case.txt": GOOD.encode()}

# (file, text, line or None, fragments)
CURATED_ROWS = [
    ("glossary.yml", "- name: 오커스\n  definition: [미국, 영국\n", 2, ["YAML syntax error"]),
    ("glossary.yml", "- name: 오커스\n  glosses: AUKUS\n", 2, ["'glosses' must be a list"]),
    ("glossary.yml", "- name: 오커스\n  defintion: 안보협의체\n", 2, ["unknown key 'defintion'", "definition"]),
    ("glossary.yml", "name: 오커스\n", 1, ["must be a list of entries"]),
    ("glossary.yml", "- name: 오커스\n- name: 오커스\n", 2, ["duplicate id '오커스'", "glossary.yml:1"]),
    ("glossary.yml", "- name: 오커스\n  aliases: [AUKUS]\n- name: 호주·영국·미국 협의체\n  glosses: [AUKUS]\n", 3,
     ["'AUKUS' is claimed by two entries"]),
    ("glossary.yml", "- name: 오커스\n  id: index\n", 1, ["id 'index' is reserved"]),
    ("actors.yml", "- name: 조 바이든\n  kind: person\n  aliases: [바이든\n", 3, ["YAML syntax error"]),
    ("actors.yml", "- name: 조 바이든\n  kind: human\n", 2, ["'kind' must be one of person, organization, place"]),
    ("actors.yml", "- name: 조 바이든\n  kind: person\n  age: 81\n", 3, ["unknown key 'age'"]),
    ("actors.yml", "- name: 조 바이든\n", 1, ["'kind' is required"]),
    ("actors.yml", "- name: 조 바이든\n  kind: person\n  id: biden\n- name: 헌터 바이든\n  kind: person\n  id: biden\n",
     4, ["duplicate id 'biden'"]),
    ("actors.yml", "- name: 조 바이든\n  kind: person\n  aliases: [바이든]\n- name: 헌터 바이든\n  kind: person\n"
                   "  aliases: [바이든]\n", 4, ["'바이든' is claimed by two entries", "조-바이든"]),
    ("ignore.yml", "not_terms: [오커스\n", 1, ["YAML syntax error"]),
    ("ignore.yml", "not_terms: 오커스\n", 1, ["'not_terms' must be a list"]),
    ("ignore.yml", "not_term: [오커스]\n", 1, ["unknown key 'not_term'", "not_terms"]),
    ("ignore.yml", "- 오커스\n", 1, ["must be a mapping", "not_terms"]),
    ("glossary.yml", "- name: 오커스\n  definition: 미국, 영국, 호주의 안보협의체\n".encode("cp949"), 1,
     ["not valid UTF-8", "CP949"]),
    ("glossary.yaml", "- name: 오커스\n", None, ["rename it to glossary.yml"]),
    ("glosary.yml", "- name: 오커스\n", None, ["unknown curated file", "glossary.yml"]),
]

ERROR_LINE = re.compile(r"^(?P<path>.+?)(?::(?P<line>\d+))?: (?:error|warning): \S.*$")


def write_article_rows(seeds: Path, good: bool = True) -> None:
    for rel, data in [*[(r[0], r[1]) for r in ARTICLE_ROWS], *ARTICLE_COMPANIONS.items()]:
        p = seeds / rel
        p.parent.mkdir(parents=True, exist_ok=True)
        p.write_bytes(data)
    if good:
        (seeds / "good.txt").write_text(GOOD, encoding="utf-8")


def problem_lines(stderr: str) -> dict[str, list[re.Match]]:
    """Error lines of stderr by file name (relative to nothing: the path as printed)."""
    out: dict[str, list[re.Match]] = {}
    for line in stderr.splitlines():
        m = ERROR_LINE.match(line)
        if m:
            out.setdefault(m["path"], []).append(m)
    return out


def assert_reported(stderr: str, path: Path, line: int | None, fragments: list[str]) -> None:
    hits = problem_lines(stderr).get(str(path), [])
    assert hits, f"{path} is not named in stderr:\n{stderr}"
    msgs = [h.group(0) for h in hits]
    if line is not None:
        assert any(h["line"] == str(line) for h in hits), f"expected line {line} for {path}: {msgs}"
    for frag in fragments:
        assert any(frag.lower() in m.lower() for m in msgs), f"{frag!r} missing from {msgs}"


def assert_newcomer_friendly(stderr: str) -> None:
    assert "Traceback" not in stderr, stderr
    for line in stderr.splitlines():
        if line.strip() and ERROR_LINE.match(line):
            assert len(line) < 400, f"one short line per problem: {line}"


def test_readme_documents_the_size_limit():
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    assert f"{MAX_BYTES // 1_000_000} MB per article file" in readme


def test_a_file_of_exactly_max_bytes_is_accepted(tmp_path):
    from generator.corpus import read_article
    head = "제목\n\n".encode()
    body = ("가" * 20 + "이다.\n").encode()
    data = head + body * ((MAX_BYTES - len(head)) // len(body))
    data += b" " * (MAX_BYTES - len(data))
    assert len(data) == MAX_BYTES
    p = tmp_path / "limit.txt"
    p.write_bytes(data)
    art, problems = read_article(p)
    assert art is not None and not [x for x in problems if x.severity == "error"], problems


def test_check_reports_every_bad_article_in_one_run(tmp_path):
    seeds = tmp_path / "seeds"
    write_article_rows(seeds)
    r = run("check", "--seeds", str(seeds))
    assert r.returncode == 1, r.stderr
    assert_newcomer_friendly(r.stderr)
    for rel, _data, line, fragments in ARTICLE_ROWS:
        assert_reported(r.stderr, seeds / rel, line, fragments)
    named = problem_lines(r.stderr)
    assert str(seeds / "good.txt") not in named
    assert str(seeds / "a" / "dup.txt") not in named and str(seeds / "Case.txt") not in named
    assert re.search(rf"^{len(ARTICLE_ROWS)} error\(s\)", r.stderr, re.M), r.stderr


@pytest.mark.parametrize("name, text, line, fragments", CURATED_ROWS,
                         ids=[f"{r[0]}:{r[3][0][:30]}" for r in CURATED_ROWS])
def test_check_curated_row(tmp_path, name, text, line, fragments):
    seeds = tmp_path / "seeds"
    (seeds / "curated").mkdir(parents=True)
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    p = seeds / "curated" / name
    p.write_bytes(text if isinstance(text, bytes) else text.encode("utf-8"))
    r = run("check", "--seeds", str(seeds))
    assert r.returncode == 1, r.stderr
    assert_newcomer_friendly(r.stderr)
    assert_reported(r.stderr, p, line, fragments)


def test_check_reports_articles_and_all_curated_files_together(tmp_path):
    """One run names every bad article and every bad curated file."""
    seeds = tmp_path / "seeds"
    write_article_rows(seeds)
    cur = seeds / "curated"
    cur.mkdir()
    (cur / "glossary.yml").write_text("- name: 오커스\n- name: 오커스\n", encoding="utf-8")  # duplicate id
    (cur / "actors.yml").write_text("- name: 조 바이든\n  kind: human\n  age: 81\n", encoding="utf-8")
    (cur / "ignore.yml").write_text("not_terms: [x\n", encoding="utf-8")
    r = run("check", "--seeds", str(seeds))
    assert r.returncode == 1
    for rel, _data, line, fragments in ARTICLE_ROWS:
        assert_reported(r.stderr, seeds / rel, line, fragments)
    assert_reported(r.stderr, cur / "glossary.yml", 2, ["duplicate id"])
    assert_reported(r.stderr, cur / "actors.yml", 2, ["'kind' must be one of"])
    assert_reported(r.stderr, cur / "actors.yml", 3, ["unknown key 'age'"])
    assert_reported(r.stderr, cur / "ignore.yml", 1, ["YAML syntax error"])


def test_check_github_annotations(tmp_path):
    seeds = tmp_path / "seeds"
    (seeds / "curated").mkdir(parents=True)
    (seeds / "bad.txt").write_text("---\ndate: 2024-13-45\n---\n제목\n\n본문이다.\n", encoding="utf-8")
    (seeds / "curated" / "glossary.yml").write_text("- name: x\n  defn: y\n", encoding="utf-8")
    r = run("check", "--seeds", str(seeds), "--github")
    assert r.returncode == 1
    assert f"::error file={seeds / 'bad.txt'},line=2::" in r.stdout
    assert f"::error file={seeds / 'curated' / 'glossary.yml'},line=2::" in r.stdout


def test_check_passes_on_a_good_corpus(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    r = run("check", "--seeds", str(seeds))
    assert r.returncode == 0, r.stderr
    assert "0 error(s)" in r.stderr


def test_check_empty_and_missing_seeds(tmp_path):
    (tmp_path / "empty").mkdir()
    r = run("check", "--seeds", str(tmp_path / "empty"))
    assert r.returncode == 1 and "no article files" in r.stderr
    r = run("check", "--seeds", str(tmp_path / "missing"))
    assert r.returncode == 1 and "does not exist" in r.stderr


def test_build_stops_on_bad_input_and_names_every_file(tmp_path):
    """Without --keep-going nothing is built and every problem is listed (before analysis)."""
    seeds = tmp_path / "seeds"
    write_article_rows(seeds)
    (seeds / "curated").mkdir()
    (seeds / "curated" / "actors.yml").write_text("- name: 조 바이든\n  kind: human\n", encoding="utf-8")
    site = tmp_path / "site"
    r = run("build", "--seeds", str(seeds), "--site", str(site), "--work", str(tmp_path / "work"))
    assert r.returncode == 1
    assert_newcomer_friendly(r.stderr)
    for rel, _data, line, fragments in ARTICLE_ROWS:
        assert_reported(r.stderr, seeds / rel, line, fragments)
    assert_reported(r.stderr, seeds / "curated" / "actors.yml", 2, ["kind"])
    assert "build stopped" in r.stderr and "was not changed" in r.stderr
    assert not site.exists()


def test_keep_going_refuses_bad_curated_data(tmp_path):
    """Curated data is not skippable: a bad glossary would silently change every page."""
    seeds = tmp_path / "seeds"
    (seeds / "curated").mkdir(parents=True)
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    (seeds / "empty.txt").write_bytes(b"")
    (seeds / "curated" / "glossary.yml").write_text("- name: x\n  defn: y\n", encoding="utf-8")
    site = tmp_path / "site"
    r = run("build", "--keep-going", "--seeds", str(seeds), "--site", str(site), "--work", str(tmp_path / "work"))
    assert r.returncode == 1
    assert_reported(r.stderr, seeds / "curated" / "glossary.yml", 2, ["unknown key 'defn'"])
    assert_reported(r.stderr, seeds / "empty.txt", None, ["empty"])
    assert not site.exists()


@pytest.mark.slow
def test_keep_going_builds_the_rest_and_lists_skipped_files(tmp_path):
    """The one real build of this file: every bad row plus two good articles."""
    seeds = tmp_path / "seeds"
    write_article_rows(seeds)
    (seeds / "good2.txt").write_text("다른 기사\n\n국회는 11일 법안을 통과시켰다.\n", encoding="utf-8")
    site = tmp_path / "site"
    r = run("build", "--keep-going", "--seeds", str(seeds), "--site", str(site), "--work", str(tmp_path / "work"),
            timeout=300)
    # Current behaviour: the site is built but the exit status says "something was skipped".
    assert r.returncode == 1, r.stdout + r.stderr
    assert_newcomer_friendly(r.stderr)
    assert re.search(rf"skipped {len(ARTICLE_ROWS)} bad file\(s\)", r.stderr), r.stderr
    for rel, _data, line, fragments in ARTICLE_ROWS:
        assert_reported(r.stderr, seeds / rel, line, fragments)
    assert (site / "index.html").is_file()
    built = {p.name for p in (site / "articles").iterdir() if p.is_dir()}
    # good articles and the first of each duplicate pair are built; no bad row is
    assert {"good", "good2", "dup", "case"} <= built
    skipped = {slugify(Path(rel).stem) for rel, *_ in ARTICLE_ROWS} - {"dup", "case"}
    assert not built & skipped, "a file listed as skipped was built anyway"
    assert "built 4 articles" in r.stdout


def test_a_first_build_prints_no_error(tmp_path):
    """A fresh clone's first build (no work folder yet) reports success and nothing that
    looks like an error (MkDocs once logged one for the docs folder not yet written)."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "good.txt").write_text(GOOD, encoding="utf-8")
    r = run("build", "--seeds", str(seeds), "--site", str(tmp_path / "site"), "--work", str(tmp_path / "work"))
    assert r.returncode == 0, r.stderr
    assert "ERROR" not in r.stdout + r.stderr, r.stdout + r.stderr
