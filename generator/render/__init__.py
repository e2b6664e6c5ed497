"""Pure renderers: model objects in, Markdown strings out.

Every piece of article-derived text goes through `esc.md` (Markdown context) or
`esc.html` (raw HTML context): nothing an article says can become markup.
"""
