"""Hostile content: article text and curated names that mix Korean with Markdown, HTML,
Jinja and MkDocs/pymdown syntax must come out as text, never as markup.

Two layers:

- many examples, no Kiwi, no MkDocs: hypothesis draws an article *skeleton* (blocks made
  of tokens, some tokens marked as mentions, quotes, figures) and fills it twice, once
  with hostile tokens and once with plain Korean words. The project's own renderers
  (`pipeline.render_pages`) turn both into Markdown, which Python-Markdown converts with
  the extensions of `mkdocs.yml`. The hostile pages may use no (tag, attribute names)
  the benign pages do not use, carry no `on*` attribute or `javascript:` URL, and show
  every title, deck, heading, paragraph and entity name as text.
- a few real builds (`pipeline.build`, MkDocs + Material): a fixed hostile corpus and
  curated names such as `<script>`, `../../etc`, `CON`, `/abs/path`, `..`, plus a
  handful of hypothesis-generated corpora; the whole page (head included) is checked,
  and every written file must stay under the site folder.
"""
from __future__ import annotations

import os
import re
import shutil
from dataclasses import replace
from pathlib import Path

import pytest
import yaml
from bs4 import BeautifulSoup, Comment
from hypothesis import HealthCheck, Phase, given, settings
from hypothesis import strategies as st

from generator.config import ROOT, Options
from generator.curated import load_curated, norm
from generator.model import (DECK, HEADING, HEADLINE, ORGANIZATION, PARAGRAPH, PERSON,
                             TERM, Analysis, Article, ArticleMeta, Block, Figure, Mention,
                             Quote, Span)
from generator.slug import _RESERVED

from .conftest import SEED_ARTICLE

HOSTILE = [
    "<script>alert(1)</script>", "</script>", '<img src=x onerror="alert(1)">', "<img src=x onerror=alert(1)>",
    "<svg/onload=alert(1)>", "<iframe src=//evil.example>", "<style>*{}</style>", '<a href="javascript:alert(1)">x</a>',
    "[x](javascript:alert(1))", "[x]: javascript:alert(1)", "![i](javascript:alert(1))", "<javascript:alert(1)>",
    "<https://evil.example>", "{{ config }}", "{{ 7*7 }}", "{% raw %}", "{% include 'x' %}", "{#", "---", "***",
    '!!! danger "x"', '??? note "y"', '=== "탭"', '--8<-- "/etc/passwd"', "--8<--", "*[HTML]: Hyper <b>", "*[미국]:",
    "|a|b|", "|---|---|", "`코드`", "```", "~~~", "<!-- 주석 -->", "<!--", "-->", "&lt;script&gt;", "&amp;", "&#60;",
    "&#x3C;b&#x3E;", "&nbsp;", "]]>", "<![CDATA[", ":smile:", ":material-alert:", "{: onclick=x }",
    '{: #p1 .xp-link onmouseover="alert(1)" }', "{ onclick=x }", "**굵게**", "_기울임_", "# 제목", "## 둘", "> 인용",
    "1. 목록", "- 목록", "* 별", "[^1]", "[^1]: 각주", '<div markdown="1">', "</div>", "</p>", "</title>", "</textarea>",
    '"', "'", "\\", "<", ">", "&", "\\*", "<details open ontoggle=alert(1)>", "<b onclick=x>굵게</b>", "\t",
    "\r\r", "\r", "\x01", "\x7f", "\u2028", "\x0c", "\ufeff", "\u200b", "\x02", "\x03", "?", "\U0001F600",
]
KOREAN = ["정부는", "대통령이", "발표했다.", "오커스(AUKUS)", "방산정책조정회의", "미국", "‘협력’", "“심장”", "…", "3조 원",
          "10일", "국무부", "말했다", "이다.", "(MD)", "美", "日", "기시다", "바이든", "조 바이든"]
HOSTILE_NAMES = ["<script>x</script>", "../../etc", "CON", "/abs/path", "..", "index", "nul.txt",
                 "<img src=x onerror=alert(1)>", "{{ config }}", "[x](javascript:alert(1))", "a/b\\c", "~/.ssh",
                 '" onmouseover="alert(1)', ".", "-", "--8<--"]
URL_ATTRS = {"href", "src", "action", "formaction", "data", "poster", "xlink:href", "srcset", "background", "cite"}
BAD_SCHEME = re.compile(r"^\s*(javascript|vbscript|data):", re.I)


# --------------------------------------------------------------------------- helpers

def markdown_converter():
    """Python-Markdown with the extensions and settings of mkdocs.yml."""
    import markdown
    from mkdocs.config import load_config
    cfg = load_config(config_file=str(ROOT / "mkdocs.yml"))
    return markdown.Markdown(extensions=cfg["markdown_extensions"], extension_configs=cfg["mdx_configs"])


_MD = None


def to_html(page_md: str) -> tuple[str, dict]:
    """Markdown page -> (HTML body, front matter), the way MkDocs reads it."""
    global _MD
    from mkdocs.utils.meta import get_data
    if _MD is None:
        _MD = markdown_converter()
    body, meta = get_data(page_md)
    _MD.reset()
    return _MD.convert(body), meta


def shape(soup) -> set[tuple[str, tuple[str, ...]]]:
    return {(t.name, tuple(sorted(t.attrs))) for t in soup.find_all(True)}


ACTIVE = {"script", "iframe", "object", "embed", "frame", "style", "img", "base", "form", "textarea", "input",
          "link", "meta", "foreignobject", "animate", "set", "use"}


def _tab_radio(t) -> bool:
    """The radio buttons of Material content tabs (pymdownx.tabbed), which the generator
    itself emits for the "in this article" panel: type=radio, generated id, no value."""
    return (t.name == "input" and t.get("type") == "radio" and re.fullmatch(r"__tabbed_\d+_\d+", t.get("id", ""))
            is not None and set(t.attrs) <= {"type", "id", "name", "checked"}
            and t.parent is not None and "tabbed-set" in (t.parent.get("class") or []))


def assert_no_active_content(soup, where: str) -> None:
    """`soup` is page content (never the theme's <head>)."""
    for t in soup.find_all(True):
        if _tab_radio(t):
            continue
        assert t.name not in ACTIVE, f"{where}: <{t.name}> in the content"
        for a, v in t.attrs.items():
            assert not a.lower().startswith("on"), f"{where}: <{t.name} {a}=…> event handler"
            vals = v if isinstance(v, list) else [v]
            if a.lower() in URL_ATTRS:
                for x in vals:
                    assert not BAD_SCHEME.match(re.sub(r"[\x00-\x20]", "", str(x))), f"{where}: {a}={x!r}"
    for c in soup.find_all(string=lambda s: isinstance(s, Comment)):
        assert "주석" not in c, f"{where}: an article comment became an HTML comment"


def flat(text: str) -> str:
    """Text as a reader sees it: whitespace runs are one space (HTML collapses them too);
    Python-Markdown drops STX/ETX, which are not text anyway."""
    text = text.replace("\x02", "").replace("\x03", "")
    return " ".join(text.split())


def text_of(tag) -> str:
    for a in tag.select("a.headerlink"):
        a.decompose()
    return flat(tag.get_text())


def title_text(title: str) -> str:
    """What `esc.yaml_str` promises for a page title: the text with look-alikes for <>&\"."""
    return flat(title).replace("<", "‹").replace(">", "›").replace("&", "＆").replace('"', "＂")


def entity_title(name: str, glosses: list[str]) -> str:
    """A term page is titled "name (first gloss)"; an actor page by the name."""
    return name + (f" ({glosses[0]})" if glosses else "")


# --------------------------------------------------------------------------- skeletons

token = st.one_of(st.sampled_from(HOSTILE), st.sampled_from(HOSTILE), st.sampled_from(KOREAN),
                  st.text(st.characters(codec="utf-8", exclude_characters="\n"), min_size=1, max_size=6))
line_tokens = st.lists(token, min_size=1, max_size=6).filter(lambda ts: "".join(ts).strip() != "")


@st.composite
def skeletons(draw):
    """A corpus shape: articles of blocks of tokens, and mention/quote/figure picks."""
    arts = []
    for _ in range(draw(st.integers(1, 2))):
        blocks = [(HEADLINE, draw(line_tokens))]
        blocks += [(DECK, draw(line_tokens)) for _ in range(draw(st.integers(0, 2)))]
        for _ in range(draw(st.integers(1, 4))):
            blocks.append((draw(st.sampled_from([PARAGRAPH, PARAGRAPH, HEADING])), draw(line_tokens)))
        if not any(k == PARAGRAPH for k, _ in blocks):
            blocks.append((PARAGRAPH, draw(line_tokens)))
        # picks: (block index, token index, what) — what in mention kinds / quote / figure
        picks = draw(st.lists(st.tuples(st.integers(0, 20), st.integers(0, 10),
                                        st.sampled_from([TERM, TERM, PERSON, ORGANIZATION, "quote", "figure", "key"])),
                              max_size=6))
        meta = draw(st.fixed_dictionaries({}, optional={"source": line_tokens, "author": line_tokens,
                                                        "licence": line_tokens}))
        arts.append((blocks, picks, meta))
    curated = draw(st.lists(st.tuples(st.sampled_from(HOSTILE_NAMES), st.sampled_from(["term", PERSON, ORGANIZATION]),
                                      line_tokens, line_tokens),
                            max_size=4, unique_by=lambda c: norm(c[0])))
    return arts, curated


class Filler:
    """Maps every hostile string to a benign Korean word, keeping equal strings equal."""

    def __init__(self, hostile: bool):
        self.hostile = hostile
        self.words: dict[str, str] = {}

    def __call__(self, s: str) -> str:
        if self.hostile:
            return s
        return self.words.setdefault(norm(s), "낱말" + chr(0xAC00 + 28 * len(self.words)) + "다")


def make_corpus(skel, tmp: Path, hostile: bool):
    """Skeleton -> (articles, analyses, curated) filled with hostile or benign text."""
    fill = Filler(hostile)
    arts_skel, cur_skel = skel
    articles, analyses = [], {}
    for n, (blocks, picks, meta_skel) in enumerate(arts_skel):
        text, bl, offsets = "", [], []
        for kind, toks in blocks:
            prefix = "● " if kind == HEADING else ""
            start = len(text)
            text += prefix
            spans = []
            for i, t in enumerate(toks):
                if i:
                    text += " "
                s = len(text)
                text += fill(t)
                spans.append((s, len(text)))
            bl.append(Block(kind=kind, start=start, end=len(text), text=text[start:], section=0))
            offsets.append(spans)
            text += "\n"
        meta = ArticleMeta(**{k: fill(" ".join(v)) for k, v in meta_skel.items()})
        aid = f"a{n}"
        art = Article(id=aid, path=Path(f"{aid}.txt"), text=text, meta=meta, blocks=tuple(bl))
        mentions, quotes, figures, keys = [], [], [], []
        for bi, ti, what in picks:
            bi %= len(bl)
            ti %= len(offsets[bi])
            s, e = offsets[bi][ti]
            if not text[s:e].strip():
                continue
            sent = Span(bl[bi].start, bl[bi].end)
            if what == "quote":
                quotes.append(Quote(text=text[s:e], start=s, end=e, sentence=sent,
                                    speaker=fill(blocks[0][1][0]), verb="말했다"))
            elif what == "figure":
                figures.append(Figure(text=text[s:e], start=s, end=e, conversion=text[sent.start:sent.end][:20]))
            elif what == "key":
                keys.append(sent)
            else:
                mentions.append(Mention(text=text[s:e], start=s, end=e, kind=what, key=text[s:e], sentence=sent,
                                        role=fill(blocks[0][1][-1]) if what == PERSON else None,
                                        affiliation=fill(blocks[-1][1][0]) if what == PERSON else None))
        articles.append(art)
        analyses[aid] = Analysis(article_id=aid, sentences=tuple(Span(b.start, b.end) for b in bl),
                                 mentions=tuple(mentions), quotes=tuple(quotes), figures=tuple(figures),
                                 key_sentences=tuple(keys))
    glossary, actors = [], []
    for name, kind, definition, category in cur_skel:
        entry = {"name": fill(name)}
        if kind == "term":
            entry.update(definition=fill(" ".join(definition)), category=fill(" ".join(category)),
                         glosses=[fill(category[0])])
            glossary.append(entry)
        else:
            entry.update(kind=kind, description=fill(" ".join(definition)))
            actors.append(entry)
    seeds = tmp / ("hostile" if hostile else "benign")
    (seeds / "curated").mkdir(parents=True, exist_ok=True)
    for fname, data in (("glossary.yml", glossary), ("actors.yml", actors)):
        (seeds / "curated" / fname).write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    curated, problems = load_curated(seeds)
    return articles, analyses, curated, problems


def render(articles, analyses, curated):
    from generator.pipeline import render_pages
    from generator.resolve import resolve
    kb = resolve(articles, analyses, curated)
    return kb, render_pages(kb)


def page_shapes(pages: dict) -> set:
    out = set()
    for path, content in pages.items():
        if path.endswith(".md"):
            out |= shape(BeautifulSoup(to_html(content)[0], "html.parser"))
    return out


_BASELINE: set | None = None


def static_baseline(tmp: Path) -> set:
    """What the renderers emit for a rich benign corpus: every block kind, mention kind,
    quotes, figures, key points, related articles, curated terms and actors."""
    global _BASELINE
    if _BASELINE is None:
        rich = [(HEADLINE, ["제목"]), (DECK, ["부제"]), (PARAGRAPH, ["가", "나", "다"]), (HEADING, ["소제목"]),
                (PARAGRAPH, ["라", "마", "바", "사"])]
        picks = [(2, 0, TERM), (2, 1, PERSON), (2, 2, ORGANIZATION), (4, 0, "quote"), (4, 1, "figure"),
                 (4, 2, "key"), (4, 3, PERSON), (4, 0, TERM)]
        meta = {"source": ["위키뉴스"], "author": ["기자"], "licence": ["CC BY 2.5"]}
        skel = ([(rich, picks, meta), (rich, picks, meta)],
                [("용어", "term", ["정의"], ["안보"]), ("사람", PERSON, ["설명"], ["x"])])
        arts, ans, cur, _ = make_corpus(skel, tmp / "baseline", hostile=False)
        _BASELINE = page_shapes(render(arts, ans, cur)[1])
    return _BASELINE


# --------------------------------------------------------------------------- many examples

# No shrinking: a fixed time budget (Hypothesis still prints the failing example).
NO_SHRINK = (Phase.explicit, Phase.reuse, Phase.generate)


@settings(max_examples=60, deadline=None, derandomize=True, phases=NO_SHRINK,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow,
                                 HealthCheck.filter_too_much])
@given(skel=skeletons())
def test_rendered_markdown_keeps_hostile_text_as_text(tmp_path_factory, skel):
    tmp = tmp_path_factory.mktemp("hostile-md")
    b_arts, b_ans, b_cur, b_problems = make_corpus(skel, tmp, hostile=False)
    h_arts, h_ans, h_cur, h_problems = make_corpus(skel, tmp, hostile=True)
    assert not b_problems, b_problems
    assert not [p for p in h_problems if "reserved" not in p.message], h_problems

    _bkb, b_pages = render(b_arts, b_ans, b_cur)
    h_kb, h_pages = render(h_arts, h_ans, h_cur)
    allowed = page_shapes(b_pages) | static_baseline(tmp)

    # Every page the hostile corpus produces stays inside the docs folder.
    docs = tmp / "docs"
    from generator.write import write_tree
    write_tree(docs, h_pages)
    for p in docs.rglob("*"):
        assert p.resolve().is_relative_to(docs.resolve()), p
    for ent in h_kb.entities.values():
        assert re.fullmatch(r"[\w\-]+", ent.id) and ".." not in ent.id, ent.id
        assert ent.id.lower() not in _RESERVED, ent.id

    for path, content in h_pages.items():
        if not path.endswith(".md"):
            continue
        html, meta = to_html(content)
        soup = BeautifulSoup(html, "html.parser")
        extra = shape(soup) - allowed
        assert not extra, f"{path}: markup the generator never emits: {extra}\n{content[:3000]}"
        assert_no_active_content(soup, path)
        for key in ("title", "description"):
            if key in meta:
                assert isinstance(meta[key], str) and not re.search(r"[<>\"]", meta[key]), (path, meta)

    for art in h_arts:
        html, meta = to_html(h_pages[f"articles/{art.id}.md"])
        soup = BeautifulSoup(html, "html.parser")
        assert meta.get("title") == title_text(art.title), (meta, art.title)
        h1 = soup.find("h1")
        assert h1 is not None and text_of(h1) == flat(art.title)
        decks = [text_of(p) for p in soup.select("p.xp-deck")]
        assert decks == [flat(b.text) for b in art.deck]
        for idx, b in enumerate(art.blocks):
            if b.kind in (PARAGRAPH, HEADING):
                el = soup.find(id=f"p{idx}")
                assert el is not None, (idx, b)
                want = b.text.lstrip("●■◆◇▶▣ ").strip() if b.kind == HEADING else b.text
                assert text_of(el) == flat(want), (text_of(el), want)
    for ent in h_kb.entities.values():
        section = "glossary" if ent.kind == TERM else "actors"
        html, meta = to_html(h_pages[f"{section}/{ent.id}.md"])
        h1 = BeautifulSoup(html, "html.parser").find("h1")
        want = entity_title(ent.name, ent.glosses if ent.kind == TERM else [])
        assert h1 is not None and text_of(h1) == flat(want), (text_of(h1), want)
        assert meta.get("title") == title_text(want)


# --------------------------------------------------------------------------- real builds

FIXED_ARTICLE = """---
source: '<img src=x onerror=alert(1)> " onmouseover="alert(2)'
url: "javascript:alert(3)"
author: "{{ config.site_name }} {% raw %}"
licence: "[x](javascript:alert(4)){: onclick=x }"
---
</title><script>alert(5)</script> 바이든 {{ 7*7 }} **굵게** \x01 [x](javascript:alert(6))
부제 " onmouseover="alert(7)" <img src=x onerror=alert(8)> {: onclick=x }
조 바이든 미국 대통령은 10일 <script>alert(9)</script> {% include 'x' %} :smile: `코드` <!-- 주석 --> 발표했다.
● 소제목 <b onclick=x>굵게</b> {: #p1 .xp-link onmouseover="alert(10)" }
!!! danger "x"
--8<-- "/etc/passwd"
*[HTML]: Hyper <script>
|a|b|
|---|---|
[링크](javascript:alert(11)){: onclick="alert(12)" } &lt;b&gt; ]]> &amp; &#60;script&#62; <![CDATA[ x ]]>
정부는 오커스(AUKUS) 협의체에 대해 "우리는 <svg/onload=alert(13)> 협력한다"고 말했다.\r\r[x](javascript:alert(14))
<div markdown="1">**x**</div>
"""
FIXED_GLOSSARY = [
    {"name": "<script>x</script>", "definition": "<img src=x onerror=alert(20)> 정의 {{ x }}", "category": "a\n\n[x](javascript:alert(21))"},
    {"name": "../../etc", "definition": "경로 [x](javascript:alert(22))"},
    {"name": "CON", "definition": "정의."}, {"name": "/abs/path", "definition": "정의."},
    {"name": "..", "definition": "정의."}, {"name": "index", "definition": "정의."},
    {"name": "오커스", "aliases": ["AUKUS"], "glosses": ['" onmouseover="alert(23)'],
     "definition": '미국·영국·호주 " onmouseover="alert(24)" 안보협의체.'},
]
FIXED_ACTORS = [
    {"name": "<b onmouseover=alert(30)>사람</b>", "kind": "person", "description": "{% if %}<script>alert(31)</script>"},
    {"name": "조 바이든", "kind": "person", "aliases": ["바이든"], "description": '미국 대통령 " autofocus onfocus="alert(32)'},
]


def build_site(root: Path, seeds: Path) -> Path:
    from generator.pipeline import build
    opts = replace(Options(), seeds=seeds, site=root / "site", work=root / "work", strict=True)
    build(opts)
    return opts.site


def write_seeds(root: Path, articles: dict[str, str], glossary: list, actors: list) -> Path:
    seeds = root / "seeds"
    (seeds / "curated").mkdir(parents=True)
    shutil.copy(SEED_ARTICLE, seeds / "benign.txt")  # the benign baseline: deck, headings, quotes, figures
    for name, text in articles.items():
        (seeds / f"{name}.txt").write_bytes(text.encode("utf-8"))
    (seeds / "curated" / "glossary.yml").write_text(yaml.safe_dump(glossary, allow_unicode=True), encoding="utf-8")
    (seeds / "curated" / "actors.yml").write_text(yaml.safe_dump(actors, allow_unicode=True), encoding="utf-8")
    return seeds


def check_built_site(site: Path, hostile_ids: list[str], articles_text: dict[str, str]) -> None:
    from generator.corpus import parse_article
    site_r = site.resolve()
    for p in site.rglob("*"):
        assert p.resolve().is_relative_to(site_r), p
        assert not os.path.islink(p), p
    for top in ("etc", "abs", "path"):
        assert not (site.parent / top).exists()

    def article(p: Path):
        return BeautifulSoup(p.read_text(encoding="utf-8"), "html.parser")

    baseline = article(site / "articles" / "benign" / "index.html")
    allowed_article = shape(baseline.find("article"))
    def is_redirect(p: Path) -> bool:
        # generator/redirects.py stubs for other names of an entity: no <article>
        return 'http-equiv="refresh"' in p.read_text(encoding="utf-8")

    entity_pages = [p for sec in ("glossary", "actors") for p in (site / sec).glob("*/index.html")
                    if not is_redirect(p)]
    allowed_entity = set()
    for p in entity_pages:
        allowed_entity |= shape(article(p).find("article"))

    for p in sorted(site.rglob("*.html")):
        soup = article(p)
        if not is_redirect(p):
            assert_no_active_content(soup.find("article") or soup, str(p.relative_to(site)))
        # the whole page, head included: no handler attribute, no javascript: URL
        for t in soup.find_all(True):
            for a, v in t.attrs.items():
                assert not a.lower().startswith("on"), f"{p}: <{t.name} {a}>"
                if a.lower() in URL_ATTRS:
                    assert not BAD_SCHEME.match(str(v)), f"{p}: {a}={v!r}"
        for m in soup.find_all("meta"):
            assert set(m.attrs) <= {"name", "content", "charset", "http-equiv", "property"}, f"{p}: {m}"
        scripts = [s for s in soup.find_all("script") if s.string and "alert(" in s.string]
        assert not scripts, f"{p}: {scripts}"
        assert soup.title is not None and not soup.title.find_all(True)

    for aid in hostile_ids:
        art, problems = parse_article(articles_text[aid], aid)
        soup = article(site / "articles" / aid / "index.html")
        main = soup.find("article")
        extra = shape(main) - allowed_article - allowed_entity
        assert not extra, f"{aid}: markup the generator never emits: {extra}"
        assert soup.title.get_text().startswith(title_text(art.title).strip()), (soup.title.get_text(), art.title)
        assert text_of(main.find("h1")) == flat(art.title)
        assert [text_of(x) for x in main.select("p.xp-deck")] == [flat(b.text) for b in art.deck]
        for idx, b in enumerate(art.blocks):
            if b.kind in (PARAGRAPH, HEADING):
                want = b.text.lstrip("●■◆◇▶▣ ").strip() if b.kind == HEADING else b.text
                assert text_of(main.find(id=f"p{idx}")) == flat(want)


@pytest.mark.slow
def test_real_build_of_a_hostile_corpus(tmp_path):
    # 'index' as an explicit id would replace glossary/index (the glossary): refused while
    # loading, before any analysis, naming the file and line
    seeds = write_seeds(tmp_path, {"hostile": FIXED_ARTICLE},
                        FIXED_GLOSSARY + [{"name": "색인", "id": "index"}], FIXED_ACTORS)
    from generator.errors import InputError
    with pytest.raises(InputError) as e:
        build_site(tmp_path, seeds)
    assert any(p.path.name == "glossary.yml" and "reserved" in p.message and p.line for p in e.value.problems)
    assert not (tmp_path / "site").exists()
    # as a *name*, 'index' (like CON, .., /abs/path) just gets a safe slug
    glossary = FIXED_GLOSSARY
    # a curated entry gets a page only where an article uses it: a second article names them all
    uses = "용어 모음\n\n" + " 그리고 ".join(g["name"] for g in glossary) + " 등을 논의했다.\n"
    seeds_ok = write_seeds(tmp_path / "ok", {"hostile": FIXED_ARTICLE, "uses": uses}, glossary, FIXED_ACTORS)
    site = build_site(tmp_path / "ok", seeds_ok)
    check_built_site(site, ["hostile", "uses"], {"hostile": FIXED_ARTICLE, "uses": uses})
    # curated hostile names became pages with safe slugs and their names as text
    gl = {p.name for p in (site / "glossary").iterdir() if p.is_dir()}
    for g in glossary:
        from generator.slug import slugify
        slug = slugify(g["name"])
        assert slug in gl and "/" not in slug and ".." not in slug, (g["name"], slug, gl)
        soup = BeautifulSoup((site / "glossary" / slug / "index.html").read_text(encoding="utf-8"), "html.parser")
        want = entity_title(g["name"], g.get("glosses", []))
        assert text_of(soup.find("article").find("h1")) == flat(want)
        assert soup.title.get_text().startswith(title_text(want))
    # the meta description (unescaped by the theme) kept its quote as a look-alike
    soup = BeautifulSoup((site / "articles" / "hostile" / "index.html").read_text(encoding="utf-8"), "html.parser")
    desc = soup.find("meta", attrs={"name": "description"})
    assert desc is not None and "onmouseover" in desc["content"] and len(desc.attrs) == 2


line_text = line_tokens.map(" ".join).filter(lambda s: s.strip() and "\n" not in s)


@st.composite
def article_files(draw):
    lines = [draw(line_text) for _ in range(draw(st.integers(2, 6)))]
    # no front matter from the generated part, and never a line the parser drops
    if lines[0].lstrip("\ufeff").startswith("---"):
        lines[0] = "제목 " + lines[0]
    text = "\n".join(lines) + "\n정부는 10일 발표했다.\n"
    controls = sum(1 for c in text if ord(c) < 32 and c not in "\n\r\t")
    if controls > 8:
        text = re.sub(r"[\x00-\x08\x0b-\x0c\x0e-\x1f]", "", text)
    return text


@settings(max_examples=3, deadline=None, derandomize=True, phases=NO_SHRINK,
          suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow])
@pytest.mark.slow
@given(texts=st.lists(article_files(), min_size=3, max_size=3))
def test_real_builds_of_generated_hostile_articles(tmp_path_factory, texts):
    root = tmp_path_factory.mktemp("hostile-build")
    arts = {f"h{i}": t for i, t in enumerate(texts)}
    seeds = write_seeds(root, arts, FIXED_GLOSSARY[:2], FIXED_ACTORS[:1])
    site = build_site(root, seeds)
    check_built_site(site, list(arts), arts)
