"""Escaping of article-derived text for the two contexts renderers write into.

`md()` replaces every ASCII punctuation character with a numeric character reference.
Python-Markdown passes `&#NN;` through untouched and the browser shows the character,
so no Markdown, HTML, pymdown-extensions or Jinja syntax in the text can take effect
(`**`, `[x](javascript:)`, `<script>`, `{{ }}`, `!!!`, `---`, `--8<--`, `:emoji:` ...).
`html()` is for raw HTML blocks, which Markdown leaves alone.
"""
from __future__ import annotations

import html as _html
import re
import string

_PUNCT = {c: f"&#{ord(c)};" for c in string.punctuation}
_WS = re.compile(r"\s+")
# Characters YAML does not allow in a document (YAML 1.1 "printable" complement).
_NON_PRINTABLE = re.compile("[^\x09\x0a\x0d\x20-\x7e\x85\xa0-\ud7ff\ue000-\ufffd\U00010000-\U0010ffff]")


def md(text: str) -> str:
    """Text for a Markdown context (headings, list items, table cells)."""
    text = _WS.sub(" ", text)
    return "".join(_PUNCT.get(c, c) for c in text)


def html(text: str) -> str:
    """Text for a raw HTML context (element content and quoted attribute values)."""
    # Braces too: a Jinja-running plugin (macros) must never see `{{` from an article.
    return _html.escape(text, quote=True).replace("{", "&#123;").replace("}", "&#125;")


def yaml_str(text: str) -> str:
    """A double-quoted YAML scalar for front matter (page title, description).

    Material builds `<title>` from the page title through Jinja's `striptags`, which
    decodes entities and would turn `&lt;script&gt;` back into a tag; the angle brackets
    are therefore replaced by look-alike characters in titles. MkDocs renders templates
    without autoescaping and Material writes the description unescaped into
    `<meta name="description" content="…">`, so a straight double quote would end the
    attribute and let the rest of the text add attributes: it becomes `＂` (U+FF02).
    """
    # STX/ETX are Python-Markdown's placeholder marks, dropped from the page body: drop them
    # from the title too, so both read the same
    text = _WS.sub(" ", text.replace("\x02", "").replace("\x03", "")).strip()
    text = text.replace("<", "‹").replace(">", "›").replace("&", "＆").replace('"', "＂")
    text = text.replace("\\", "\\\\")
    # YAML refuses control characters even inside quotes. MkDocs then ignores the whole
    # front matter and renders it as Markdown, where the title's `[x](javascript:…)`
    # would become a live link: write them as YAML escapes instead.
    text = _NON_PRINTABLE.sub(lambda m: f"\\u{ord(m.group()):04x}" if ord(m.group()) > 0xFF
                              else f"\\x{ord(m.group()):02x}", text)
    return '"' + text + '"'
