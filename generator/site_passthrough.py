"""Raw HTML blocks passed around Python-Markdown (issue #18: a cheaper MkDocs step).

The generated pages are mostly raw HTML the renderers already wrote (an article's
paragraphs with their links and pop-ups, relation maps as inline SVG). Python-Markdown
would copy such a block verbatim into the page — but only after two HTML parsers have
read every tag of it (Markdown's own, to find where the block ends, and MkDocs', to
collect anchor ids): two thirds of the MkDocs step at 1,000 articles.

`passthrough_plugin()` takes those blocks out before Markdown runs (`on_page_markdown`)
and puts them back into the converted page (`on_page_content`), so Markdown reads one
short comment per block. A block is taken only where Markdown would copy it verbatim:

* it stands alone — a blank line (or the page's start) before it, a blank line (or the
  page's end) after it, no blank line inside;
* its first line starts, in column 0, with a block-level tag from `TAGS`, and its last
  line ends with that tag's closing tag;
* that tag is closed there and not before (`<p>a</p>\n<p>b</p>` is left alone);
* the page has no code fence and no HTML comment, inside which a blank line does not end
  a block (such a page is left to Markdown as a whole).

The ids the block holds are added to the page's anchors, as MkDocs' parser would have
added them, so links to `page/#p3` are checked as before. The site is the same byte for
byte (`tests/test_site_passthrough.py` compares a build with and without it). The
configuration stays plain: the plugin is added by the build, not in `mkdocs.yml`.
"""
from __future__ import annotations

import re
import secrets

TAGS = ("p", "div", "figure", "nav", "section", "table", "ul", "ol", "dl", "details", "aside", "blockquote")
"""Block-level tags (Python-Markdown's list) whose blocks are taken out."""

_BLOCK = re.compile(
    r"(?:(?<=\n\n)|\A)"                               # after a blank line or at the start
    r"(<(" + "|".join(TAGS) + r")[\s>](?:[^\n]*\n(?!\n))*[^\n]*</\2>)"  # no blank line inside
    r"(?=\n\n|\n?\Z)")                                # before a blank line or at the end
_UNSAFE = re.compile(r"^\s*(?:```|~~~)|<!--", re.M)
_ID = re.compile(r"""\sid=(?:"([^"]*)"|'([^']*)')""")


def take_out(markdown: str, token: str) -> tuple[str, list[str]]:
    """`markdown` with each block replaced by the comment `<!--{token}:{i}-->`, and the
    blocks in order. Unchanged (and no blocks) when the page is not safe to cut."""
    if _UNSAFE.search(markdown):
        return markdown, []
    blocks: list[str] = []

    def stash(m: re.Match) -> str:
        if not _closes_at_end(m.group(1), m.group(2)):
            return m.group(1)
        blocks.append(m.group(1))
        return f"<!--{token}:{len(blocks) - 1}-->"

    return _BLOCK.sub(stash, markdown), blocks


def _closes_at_end(block: str, tag: str) -> bool:
    """Whether the first tag of `block` is closed by its last characters and not before
    (Markdown's raw block ends where its first tag closes)."""
    depth = 0
    for m in re.finditer(rf"<(/?){tag}[\s>]", block):
        depth += -1 if m.group(1) else 1
        if depth == 0:
            return m.end() == len(block)
    return False


def put_back(html: str, token: str, blocks: list[str]) -> str:
    """`html` (Markdown's output of `take_out`'s text) with the blocks in their places."""
    if not blocks:
        return html
    mark = re.compile(rf"<!--{re.escape(token)}:(\d+)-->")
    return mark.sub(lambda m: blocks[int(m.group(1))], html)


def anchor_ids(blocks: list[str]) -> set[str]:
    """The `id` attributes in `blocks` (what MkDocs' raw HTML parser collects)."""
    return {a or b for block in blocks for a, b in _ID.findall(block)}


def passthrough_plugin():
    """The MkDocs plugin (see the module docstring)."""
    from mkdocs.plugins import BasePlugin, event_priority

    token = "xp-raw-" + secrets.token_hex(6)  # no page can already hold it

    class Passthrough(BasePlugin):
        def __init__(self) -> None:
            self.blocks: dict[str, list[str]] = {}

        @event_priority(-100)  # after any plugin that edits the Markdown
        def on_page_markdown(self, markdown, /, *, page, config, files):
            text, blocks = take_out(markdown, token)
            if blocks:
                self.blocks[page.file.src_uri] = blocks
            return text

        @event_priority(100)  # before any plugin that reads the HTML
        def on_page_content(self, html, /, *, page, config, files):
            blocks = self.blocks.pop(page.file.src_uri, None)
            if not blocks:
                return html
            if page.present_anchor_ids is not None:
                page.present_anchor_ids |= anchor_ids(blocks)
            return put_back(html, token, blocks)

    return Passthrough()
