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
    are therefore replaced by look-alike characters in titles.
    """
    text = _WS.sub(" ", text).strip()
    text = text.replace("<", "‹").replace(">", "›").replace("&", "＆")
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
