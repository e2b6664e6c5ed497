"""Raw HTML blocks passed around Python-Markdown (`generator.site_passthrough`): the page
Markdown makes is the same, byte for byte, with or without them taken out; a block is
taken only where Markdown would copy it verbatim."""
from __future__ import annotations

import markdown
import pytest
import yaml

from generator import site_passthrough
from generator.config import ROOT
from generator.site_passthrough import anchor_ids, put_back, take_out

from .test_incremental import differing, snapshot
from .test_site_split import BUILD_DATE, _mkdocs

TOKEN = "xp-raw-test"


def _markdown() -> markdown.Markdown:
    """Markdown with the site's extensions (`mkdocs.yml`)."""
    cfg = yaml.safe_load((ROOT / "mkdocs.yml").read_text(encoding="utf-8"))
    names, configs = [], {}
    for ext in cfg["markdown_extensions"]:
        name, conf = next(iter(ext.items())) if isinstance(ext, dict) else (ext, {})
        names.append(name)
        configs[name] = conf or {}
    return markdown.Markdown(extensions=names, extension_configs=configs)


def _both(text: str) -> tuple[str, str, list[str]]:
    plain = _markdown().convert(text)
    cut, blocks = take_out(text, TOKEN)
    return plain, put_back(_markdown().convert(cut), TOKEN, blocks), blocks


PAGES = {
    "paragraphs": '# 제목\n<p class="meta">날짜</p>\n\n<p id="p1">첫 <a href="x/">문단</a>.</p>\n\n'
                  '<p id="p2">둘째 문단</p>\n',
    "multi-line figure": '## 지도\n\n<figure id="m">\n<svg viewBox="0 0 1 1"><title>t</title></svg>\n'
                         '<figcaption><p>설명</p></figcaption>\n</figure>\n\n끝 *강조*\n',
    "nested divs": '<div class="a">\n<div class="b">안</div>\n</div>\n\n- 목록\n',
    "two blocks on two lines": '<p>a</p>\n<p>b</p>\n\n<p>c</p>',
    "closing before the end": '<p>a</p> 꼬리 *글*\n\n<div>x</div> <div>y</div>\n',
    "markdown inside the block's lines": '<p>a\n**굵게**</p>\n\n본문\n',
    "admonition": '!!! note "메모"\n    <p>들여 쓴 블록</p>\n\n<p id="p9">밖</p>\n',
    "tabs": '=== "하나"\n\n    - <a href="a/">가</a>\n\n<nav class="j">이전: <a href="p2/">1</a></nav>\n',
    "after a list": '- 항목\n\n<p>문단</p>\n',
    "fenced code": '```html\n<p>코드</p>\n```\n\n<p>문단</p>\n',
    "comment": '<!--\n\n<p>주석 안</p>\n\n-->\n\n<p>문단</p>\n',
    "unclosed": '<div>\n<p>열린 채</p>\n\n<p>다음</p>\n',
}


@pytest.mark.parametrize("name", sorted(PAGES))
def test_the_page_is_what_markdown_makes(name):
    plain, passed, _blocks = _both(PAGES[name])
    assert passed == plain


def test_blocks_are_taken_out_only_where_markdown_copies_them():
    assert len(_both(PAGES["paragraphs"])[2]) == 2  # not the one glued to the heading
    assert _both(PAGES["multi-line figure"])[2][0].startswith("<figure") and \
        _both(PAGES["multi-line figure"])[2][0].endswith("</figure>")
    assert len(_both(PAGES["nested divs"])[2]) == 1
    for name in ("two blocks on two lines", "closing before the end", "fenced code", "comment"):
        assert _both(PAGES[name])[2] in ([], ["<p>c</p>"]), name
    assert _both(PAGES["admonition"])[2] == ['<p id="p9">밖</p>']


def test_anchor_ids_are_kept():
    assert anchor_ids(['<p id="p1">a <span id=\'s\'>b</span></p>', '<div data-id="no">c</div>']) == {"p1", "s"}


def test_a_page_cannot_smuggle_a_placeholder():
    """Text that looks like a placeholder with another token is left as it is."""
    text = '<p>&lt;!--xp-raw-other:0--&gt;</p>\n\n<p>b</p>\n'
    plain, passed, _ = _both(text)
    assert passed == plain


@pytest.mark.slow
def test_a_built_site_is_the_same_without_the_passthrough(tmp_path, monkeypatch):
    """The site of the founding article and 15 development articles, built with and
    without blocks taken out: every file the same, and blocks were taken out."""
    opts, known = _build_inputs(tmp_path)
    monkeypatch.setenv("SOURCE_DATE_EPOCH", BUILD_DATE)
    taken: list[int] = []
    real = site_passthrough.take_out

    def counting(text, token):
        cut, blocks = real(text, token)
        taken.append(len(blocks))
        return cut, blocks

    monkeypatch.setattr(site_passthrough, "take_out", counting)
    _mkdocs(opts, known, tmp_path / "with", 1, monkeypatch)
    assert sum(taken) > 100
    monkeypatch.setattr(site_passthrough, "take_out", lambda text, token: (text, []))
    _mkdocs(opts, known, tmp_path / "without", 1, monkeypatch)
    assert differing(snapshot(tmp_path / "with"), snapshot(tmp_path / "without")) == []


def _build_inputs(tmp_path):
    from generator.pipeline import generate, search_known

    from .conftest import options_for
    from .test_incremental import small_seeds
    root = tmp_path / "corpus"
    root.mkdir()
    opts = options_for(root, small_seeds(root), strict=True)
    return opts, search_known(generate(opts))
