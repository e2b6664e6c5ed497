"""Article files -> `Article` objects.

An article file is plain UTF-8 text, optionally opened by YAML front matter:

    ---                       (optional front matter: date, source, url, licence, author, title)
    date: 2024-04-10
    ---
    Headline line
    Deck line(s)              (short lines without sentence-final punctuation)
    Body paragraph, one per line (blank lines between paragraphs are allowed)
    ● Section heading
    댓글 0                     (site boilerplate: recognised and kept out of the article)

The simpler layout "title line, blank line, paragraphs" is read as well: a blank line
right after the headline means the article has no deck. Offsets of every block point
into the file's decoded text, front matter included.
"""
from __future__ import annotations

import datetime as dt
import hashlib
import logging
import re
from pathlib import Path

import yaml

from .errors import Problem
from .slug import slugify
from .model import (BOILERPLATE, DECK, HEADING, HEADLINE, PARAGRAPH, Article,
                    ArticleMeta, Block)

log = logging.getLogger(__name__)

MAX_BYTES = 2_000_000
"""Largest article file accepted (2 MB, ~600,000 Hangul syllables: a long book chapter)."""

META_KEYS = {"date", "source", "url", "licence", "license", "author", "title"}
HEADING_MARKS = "●■◆◇▶▣"
MAX_DECK_LEN = 120
_SENTENCE_END = re.compile(r"[.!?。…”\"’')\]]\s*$|[다요죠음함됨임]\s*$")
_BOILERPLATE = re.compile(
    r"^\s*(?:댓글\s*\d*|좋아요\s*\d*|공유하기|기사\s*공유|구독하기|스크랩|"
    r"무단\s*전재\s*(?:및|&)?\s*재배포\s*금지.*|ⓒ.*|©.*|Copyright.*|저작권자.*|"
    r"[^\s@]+@[^\s@]+\.[a-z]{2,}\s*|\(?[가-힣]{2,4}\s*기자\)?\s*)\s*$",
    re.IGNORECASE,
)
_ID_RE = re.compile(r"^[\w.\-]+$")


class _MetaLoader(getattr(yaml, "CSafeLoader", yaml.SafeLoader)):
    """Safe loader (libyaml's when PyYAML has it: every build reads every article's front
    matter) that leaves dates as text, so a bad date is our message, not a crash."""


_MetaLoader.yaml_implicit_resolvers = {
    k: [(tag, rx) for tag, rx in v if tag != "tag:yaml.org,2002:timestamp"]
    for k, v in yaml.SafeLoader.yaml_implicit_resolvers.items()
}


def _line_of(text: str, pos: int) -> int:
    return text.count("\n", 0, pos) + 1


def encoding_hint(data: bytes) -> str:
    """`"; it decodes as CP949: convert it with `iconv ...`"` for the likely encoding, or ""."""
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "; convert it with `iconv -f utf-16 -t utf-8`"
    for enc in ("cp949", "euc-kr"):
        try:
            data.decode(enc)
        except (UnicodeDecodeError, LookupError):
            continue
        return f"; it decodes as {enc.upper()}: convert it with `iconv -f {enc} -t utf-8`"
    return ""


def decode(data: bytes, path: Path) -> tuple[str | None, list[Problem]]:
    """Bytes -> text, or a problem that says what the file is and what to do."""
    if not data.strip():
        return None, [Problem(path, "the file is empty: an article needs a headline and text")]
    if len(data) > MAX_BYTES:
        return None, [Problem(path, f"the file is {len(data):,} bytes; articles are limited to "
                                    f"{MAX_BYTES:,} bytes (split it or check it is an article)")]
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        # Windows "Unicode" text: full of NUL bytes, but text all the same.
        return None, [Problem(path, "not valid UTF-8: the file is saved as UTF-16"
                                    f"{encoding_hint(data)}", 1)]
    if b"\x00" in data[:8192]:
        return None, [Problem(path, "the file looks binary (it contains NUL bytes), not a text article")]
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        line = data.count(b"\n", 0, e.start) + 1
        return None, [Problem(path, f"not valid UTF-8 (byte {e.start}){encoding_hint(data)}", line)]
    if text.startswith("\ufeff"):
        # A BOM is harmless; keep it in `text` so offsets stay file offsets.
        pass
    controls = sum(1 for c in text[:8192] if ord(c) < 32 and c not in "\n\r\t")
    if controls > 8:
        return None, [Problem(path, "the file looks binary (many control characters), not a text article")]
    return text, []


def _parse_front_matter(text: str, path: Path) -> tuple[ArticleMeta, int, list[Problem]]:
    """Returns the metadata, the offset where the article proper starts, and problems."""
    start = 1 if text.startswith("\ufeff") else 0
    if not text.startswith("---", start) or text[start:start + 4].rstrip("\r\n") != "---":
        return ArticleMeta(), 0, []
    m = re.compile(r"^---[ \t]*\r?$", re.M)
    closing = None
    for mm in m.finditer(text, start + 3):
        if mm.start() > start:
            closing = mm
            break
    if closing is None:
        return ArticleMeta(), 0, [Problem(path, "front matter opened with '---' is never closed by a '---' line", 1)]
    body_start = closing.end() + 1 if closing.end() < len(text) else closing.end()
    raw = text[text.index("\n", start) + 1:closing.start()]
    problems: list[Problem] = []
    try:
        data = yaml.load(raw, Loader=_MetaLoader) if raw.strip() else {}
    except yaml.YAMLError as e:
        line = None
        # The context mark points at the construct that was left open, which is where
        # a person looks for the mistake; the problem mark may be the end of input.
        mark = getattr(e, "context_mark", None) or getattr(e, "problem_mark", None)
        if mark is not None:
            line = mark.line + 2  # +1 for 1-based, +1 for the opening '---'
        reason = getattr(e, "problem", None) or str(e).splitlines()[0]
        return ArticleMeta(), body_start, [Problem(path, f"front matter is not valid YAML: {reason}", line)]
    if not isinstance(data, dict):
        return ArticleMeta(), body_start, [Problem(path, "front matter must be a mapping of key: value lines", 2)]

    def line_of_key(key: str) -> int:
        mm = re.search(rf"^{re.escape(str(key))}\s*:", raw, re.M)
        return (raw.count("\n", 0, mm.start()) + 2) if mm else 2

    values: dict[str, object] = {}
    for key, value in data.items():
        if key not in META_KEYS:
            problems.append(Problem(path, f"unknown front matter key '{key}'; expected one of: "
                                          f"{', '.join(sorted(META_KEYS - {'license'}))}", line_of_key(key)))
            continue
        if key == "date":
            if isinstance(value, dt.datetime):
                value = value.date()
            elif isinstance(value, str):
                try:
                    value = dt.date.fromisoformat(value.strip())
                except ValueError:
                    problems.append(Problem(path, f"date '{value}' is not a date; write it as YYYY-MM-DD",
                                            line_of_key(key)))
                    continue
            elif not isinstance(value, dt.date):
                problems.append(Problem(path, f"date must be written as YYYY-MM-DD, got {value!r}",
                                        line_of_key(key)))
                continue
        elif value is not None and not isinstance(value, str):
            problems.append(Problem(path, f"'{key}' must be text, got {type(value).__name__} {value!r}",
                                    line_of_key(key)))
            continue
        values["licence" if key == "license" else key] = value
    return ArticleMeta(**values), body_start, problems  # type: ignore[arg-type]


def is_boilerplate(line: str) -> bool:
    return len(line) <= 80 and bool(_BOILERPLATE.match(line))


def _looks_like_deck(line: str) -> bool:
    s = line.strip()
    return 0 < len(s) <= MAX_DECK_LEN and not _SENTENCE_END.search(s)


def _lines(text: str, pos: int) -> tuple[list[tuple[int, int, str]], bool]:
    """(start, end, stripped text) of the non-blank lines from `pos`, and whether a blank
    line follows the first one (the simple layout: headline, blank line, body)."""
    lines: list[tuple[int, int, str]] = []
    blank_after_first = False
    i = pos + 1 if text.startswith("\ufeff", pos) else pos
    n = len(text)
    while i <= n:
        j = text.find("\n", i)
        if j < 0:
            j = n
        end = j - 1 if j > i and text[j - 1] == "\r" else j
        raw = text[i:end]
        stripped = raw.strip()
        if stripped:
            lead = len(raw) - len(raw.lstrip())
            trail = len(raw) - len(raw.rstrip())
            lines.append((i + lead, end - trail, stripped))
        elif len(lines) == 1:
            blank_after_first = True
        if j >= n:
            break
        i = j + 1
    return lines, blank_after_first


def _blocks(text: str, lines: list[tuple[int, int, str]], blank_after_first: bool) -> list[Block]:
    """Each line's kind: boilerplate trimmed from the end, then headline, deck lines,
    section headings (●, ■ …) and paragraphs."""
    kinds: list[str | None] = [None] * len(lines)
    k = len(lines) - 1
    while k >= 0 and is_boilerplate(lines[k][2]):
        kinds[k] = BOILERPLATE
        k -= 1
    blocks: list[Block] = []
    section = 0
    state = "headline"
    for idx, (s, e, t) in enumerate(lines):
        kind = kinds[idx]
        if kind is None:
            if state == "headline":
                kind = HEADLINE
                state = "body" if blank_after_first else "deck"
            elif t[0] in HEADING_MARKS and len(t) <= 100:
                kind = HEADING
                section += 1
                state = "body"
            elif state == "deck" and _looks_like_deck(t):
                kind = DECK
            else:
                kind = PARAGRAPH
                state = "body"
        blocks.append(Block(kind=kind, start=s, end=e, text=text[s:e], section=section))
    return blocks


def parse_article(text: str, article_id: str, path: Path | None = None,
                  digest: str = "") -> tuple[Article | None, list[Problem]]:
    """Parse decoded article text. Returns (article or None, problems)."""
    path = path or Path(f"{article_id}.txt")
    meta, pos, problems = _parse_front_matter(text, path)
    if any(p.severity == "error" for p in problems) and pos == 0:
        return None, problems
    blocks = _blocks(text, *_lines(text, pos))
    if not any(b.kind in (HEADLINE, PARAGRAPH, DECK, HEADING) for b in blocks):
        problems.append(Problem(path, "the file has no article text (only boilerplate such as '댓글 0')"))
        return None, problems
    if not any(b.kind == PARAGRAPH for b in blocks):
        # A headline with nothing else is still an article, but say so.
        problems.append(Problem(path, "the article has a headline but no body paragraphs", severity="warning"))
    article = Article(id=article_id, path=path, text=text, meta=meta, blocks=tuple(blocks), digest=digest)
    return article, problems


def article_id_for(path: Path) -> str:
    return path.stem


def read_article(path: Path) -> tuple[Article | None, list[Problem]]:
    try:
        data = path.read_bytes()
    except OSError as e:
        return None, [Problem(path, f"cannot read the file: {e.strerror}")]
    text, problems = decode(data, path)
    if text is None:
        return None, problems
    aid = article_id_for(path)
    if not _ID_RE.match(aid):
        return None, [Problem(path, f"file name '{path.name}' may only use letters, digits, '_', '-' and '.'")]
    return parse_article(text, aid, path, hashlib.sha256(data).hexdigest())


def article_paths(seeds: Path) -> list[Path]:
    """Every article file under the seeds folder (curated data excluded), sorted."""
    return sorted(p for p in seeds.rglob("*.txt")
                  if "curated" not in p.relative_to(seeds).parts[:-1]
                  and not any(part.startswith(".") for part in p.relative_to(seeds).parts))


def load_corpus(seeds: Path) -> tuple[list[Article], list[Problem]]:
    """Read every article; returns all articles that parsed and every problem found."""
    articles: list[Article] = []
    problems: list[Problem] = []
    seen: dict[str, Path] = {}
    seen_slugs: dict[str, Path] = {}
    if not seeds.is_dir():
        return [], [Problem(seeds, "the seeds folder does not exist")]
    for path in article_paths(seeds):
        art, probs = read_article(path)
        problems.extend(probs)
        if art is None or any(p.severity == "error" for p in probs):
            # A file with an error (say, a bad date) is not half-used: with --keep-going
            # it is skipped like an unreadable one, as the build report says.
            continue
        if art.id in seen:
            problems.append(Problem(path, f"duplicate article id '{art.id}': {seen[art.id]} has the same "
                                          "file name; rename one of them"))
            continue
        # Ids that differ only in case or punctuation ("A"/"a", "a_b"/"a-b") would share
        # one page address, and one article would silently replace the other.
        slug = slugify(art.id)
        if slug in seen_slugs:
            problems.append(Problem(path, f"article id '{art.id}' gives the same page address "
                                          f"(articles/{slug}/) as {seen_slugs[slug]}; rename one of them"))
            continue
        seen[art.id] = path
        seen_slugs[slug] = path
        articles.append(art)
    if not articles and not problems:
        problems.append(Problem(seeds, "no article files (*.txt) found"))
    return articles, problems
