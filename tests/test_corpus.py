"""Article parser: both layouts, decks, sections, boilerplate, front matter, offsets."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.corpus import load_corpus, parse_article, read_article
from generator.model import BOILERPLATE, DECK, HEADING, HEADLINE, PARAGRAPH

from .conftest import SEED_ARTICLE


def kinds(text: str) -> list[tuple[str, str]]:
    art, problems = parse_article(text, "t")
    assert art is not None, problems
    for b in art.blocks:
        assert art.text[b.start:b.end] == b.text
    return [(b.kind, b.text) for b in art.blocks]


@pytest.mark.parametrize("text, expected", [
    # crawled layout: headline, deck lines (no sentence end), body, ● heading, boilerplate
    ("제목 줄\n부제 하나… 협력 강화\n부제 둘\n본문 첫 문단이다.\n● 소제목\n둘째 문단이다.\n댓글 0",
     [(HEADLINE, "제목 줄"), (DECK, "부제 하나… 협력 강화"), (DECK, "부제 둘"),
      (PARAGRAPH, "본문 첫 문단이다."), (HEADING, "● 소제목"), (PARAGRAPH, "둘째 문단이다."),
      (BOILERPLATE, "댓글 0")]),
    # simple layout: title, blank line, paragraphs (a short first paragraph is not a deck)
    ("제목\n\n짧은 문단\n긴 문단이다.\n", [(HEADLINE, "제목"), (PARAGRAPH, "짧은 문단"), (PARAGRAPH, "긴 문단이다.")]),
    # paragraphs separated by blank lines, Windows line ends
    ("제목\r\n\r\n하나다.\r\n\r\n둘이다.\r\n", [(HEADLINE, "제목"), (PARAGRAPH, "하나다."), (PARAGRAPH, "둘이다.")]),
    # a line ending a sentence right after the headline is body, not deck
    ("제목\n첫 문단은 여기서 끝난다.\n", [(HEADLINE, "제목"), (PARAGRAPH, "첫 문단은 여기서 끝난다.")]),
    # boilerplate at the end: copyright and reporter e-mail
    ("제목\n\n본문이다.\n무단 전재 및 재배포 금지\nreporter@example.co.kr\n",
     [(HEADLINE, "제목"), (PARAGRAPH, "본문이다."), (BOILERPLATE, "무단 전재 및 재배포 금지"),
      (BOILERPLATE, "reporter@example.co.kr")]),
    # leading/trailing spaces are not part of a block
    ("  제목  \n\n  본문이다.  ", [(HEADLINE, "제목"), (PARAGRAPH, "본문이다.")]),
])
def test_layouts(text, expected):
    assert kinds(text) == expected


def test_sections_are_numbered():
    art, _ = parse_article("제목\n\n가다.\n● 하나\n나다.\n● 둘\n다다.\n", "t")
    assert [(b.kind, b.section) for b in art.blocks] == [
        (HEADLINE, 0), (PARAGRAPH, 0), (HEADING, 1), (PARAGRAPH, 1), (HEADING, 2), (PARAGRAPH, 2)]


def test_front_matter_keeps_file_offsets():
    text = "---\ndate: 2024-04-10\nsource: 위키뉴스\nurl: https://example.org/a\n---\n제목\n\n본문이다.\n"
    art, problems = parse_article(text, "t")
    assert problems == []
    assert art.meta.date == dt.date(2024, 4, 10)
    assert art.meta.source == "위키뉴스"
    assert art.title == "제목"
    for b in art.blocks:
        assert text[b.start:b.end] == b.text


def test_founding_article():
    art, problems = read_article(SEED_ARTICLE)
    assert problems == []
    assert art.title == "바이든-기시다, 백악관서 정상회담"
    assert [b.text for b in art.deck] == ["AI기술 연구개발 공동투자… 반도체-양자 컴퓨팅 협력도 강화",
                                          "주일 美사령관에 자위대 일부 지휘권… 무기공동생산 협의체 출범하기로"]
    assert [b.text for b in art.blocks if b.kind == HEADING] == ["● AI 개발도 日과 먼저 손잡은 美",
                                                                  "● 美 “日과의 협력, 인태 전략의 ‘심장’”"]
    assert sum(b.kind == PARAGRAPH for b in art.blocks) == 13
    assert art.blocks[-1].kind == BOILERPLATE and art.blocks[-1].text == "댓글 0"
    # the file is read unchanged: offsets index the file's own text
    assert art.text == SEED_ARTICLE.read_text(encoding="utf-8")


@pytest.mark.parametrize("data, fragment", [
    (b"", "empty"),
    (b"   \n\n", "empty"),
    ("제목\n\n본문이다.".encode("cp949"), "CP949"),
    (b"\x00\x01\x02binary\x00", "binary"),
    (b"\xef\xbb\xbf" + "댓글 0\n".encode(), "no article text"),
])
def test_unreadable_files_are_named(tmp_path: Path, data: bytes, fragment: str):
    p = tmp_path / "bad.txt"
    p.write_bytes(data)
    art, problems = read_article(p)
    assert art is None
    assert problems and str(p) in str(problems[0]) and fragment.lower() in str(problems[0]).lower()


def test_all_bad_files_reported_together(tmp_path: Path):
    (tmp_path / "a.txt").write_bytes(b"")
    (tmp_path / "b.txt").write_bytes("제목\n\n본문".encode("euc-kr"))
    (tmp_path / "c.txt").write_text("제목\n\n좋은 본문이다.\n", encoding="utf-8")
    arts, problems = load_corpus(tmp_path)
    assert [a.id for a in arts] == ["c"]
    assert sorted(p.path.name for p in problems) == ["a.txt", "b.txt"]


@pytest.mark.parametrize("front, line, fragment", [
    ("date: [2024\n", 2, "YAML"),
    ("date: 2024-13-45\n", 2, "YYYY-MM-DD"),
    ("source: 위키뉴스\nauthr: 홍길동\n", 3, "unknown front matter key 'authr'"),
    ("source: 12\n", 2, "must be text"),
])
def test_front_matter_errors_have_lines(front, line, fragment):
    art, problems = parse_article(f"---\n{front}---\n제목\n\n본문이다.\n", "t", Path("x.txt"))
    assert problems, "expected a problem"
    assert problems[0].line == line and fragment in problems[0].message, problems
