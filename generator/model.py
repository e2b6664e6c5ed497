"""Typed data that the pipeline stages exchange.

Stages never pass dicts with string keys: the loader makes `Article`s, the extractor
makes an `Analysis` per article, the resolver makes a `KnowledgeBase`. Model objects do
not render themselves; renderers in `generator.render` are pure functions of them.

All offsets are Python string indices into the article file's decoded text
(`Article.text`), so `article.text[m.start:m.end] == m.text` holds for every span.
"""
from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

# Block kinds of an article
HEADLINE = "headline"
DECK = "deck"
HEADING = "heading"
PARAGRAPH = "paragraph"
BOILERPLATE = "boilerplate"

# Entity / mention kinds
PERSON = "person"
ORGANIZATION = "organization"
PLACE = "place"
TERM = "term"
ANONYMOUS = "anonymous"  # unnamed sources: "바이든 행정부 고위 당국자"
ACTOR_KINDS = (PERSON, ORGANIZATION, PLACE)


@dataclass(frozen=True)
class Block:
    """One line of an article: headline, deck line, section heading or paragraph."""

    kind: str
    """One of HEADLINE, DECK, HEADING, PARAGRAPH, BOILERPLATE."""
    start: int
    """Offset of the first character in `Article.text`."""
    end: int
    """Offset just past the last character (line break excluded)."""
    text: str
    """`Article.text[start:end]`; for headings this includes the `●` marker."""
    section: int = 0
    """Index of the section the block belongs to (0 = before the first heading)."""


@dataclass(frozen=True)
class ArticleMeta:
    """What a contributor knows about an article (YAML front matter, all optional)."""

    date: dt.date | None = None
    source: str | None = None
    """Name of the publication, e.g. "위키뉴스"."""
    url: str | None = None
    licence: str | None = None
    author: str | None = None
    title: str | None = None
    """Overrides the headline line (rarely needed)."""


@dataclass(frozen=True)
class Article:
    """An article file, parsed. `text` is the whole decoded file, front matter included."""

    id: str
    """Stable identifier: the file name without extension."""
    path: Path
    text: str
    meta: ArticleMeta
    blocks: tuple[Block, ...]
    """All blocks in file order, boilerplate included."""
    digest: str = ""
    """sha256 of the file's bytes (cache key)."""

    @property
    def headline(self) -> Block | None:
        return next((b for b in self.blocks if b.kind == HEADLINE), None)

    @property
    def title(self) -> str:
        if self.meta.title:
            return self.meta.title
        h = self.headline
        return h.text.strip() if h else self.id

    @property
    def deck(self) -> tuple[Block, ...]:
        return tuple(b for b in self.blocks if b.kind == DECK)

    @property
    def body(self) -> tuple[Block, ...]:
        """Headings and paragraphs, in order."""
        return tuple(b for b in self.blocks if b.kind in (HEADING, PARAGRAPH))

    @property
    def content_blocks(self) -> tuple[Block, ...]:
        """Every block that is article text (not boilerplate)."""
        return tuple(b for b in self.blocks if b.kind != BOILERPLATE)


@dataclass(frozen=True)
class Span:
    start: int
    end: int


@dataclass(frozen=True)
class Mention:
    """A name of an actor or a term found in an article."""

    text: str
    """Surface text, without particles: `text == article.text[start:end]`."""
    start: int
    end: int
    kind: str
    """PERSON, ORGANIZATION, PLACE, TERM or ANONYMOUS (others allowed)."""
    key: str
    """The fullest form of the name known in this article (e.g. "조 바이든" for "바이든"),
    used by the resolver to group mentions."""
    sentence: Span
    role: str | None = None
    """Role or title given next to this mention, e.g. "국가안보보좌관"."""
    affiliation: str | None = None
    """Organisation or country given with the role, e.g. "백악관", "민주당"."""
    descriptor: str | None = None
    """Descriptive phrase the article gives, e.g. "국책기업" for 라피더스."""
    forms: tuple[str, ...] = ()
    """Other forms the article gives for this name: English, Hanja, abbreviations."""
    confidence: float = 1.0
    entity_key: str | None = None
    """What the resolver groups this mention by when the article's own name for it is not enough:
    a body many countries have, qualified by the country the article is about (`미국 민주당` for
    `민주당`), or "" for a mention the site links to no page (a match-up's side `KT` is a team,
    not the company). The key stays the name as the article gives it."""


@dataclass(frozen=True)
class TermInfo:
    """A term the article explains or glosses."""

    term: str
    start: int
    end: int
    sentence: Span
    glosses: tuple[str, ...] = ()
    """English / Hanja / abbreviation / alternative forms given in brackets."""
    definition: str | None = None
    """Defining phrase from the article, e.g. "무기 공동 개발 및 생산을 위한 협의체"."""
    definition_span: Span | None = None
    how: str = "gloss"
    """Which pattern found it: gloss, quoted, appositive, copular, acronym, compound."""
    confidence: float = 1.0


@dataclass(frozen=True)
class Quote:
    """Quoted speech and who said it."""

    text: str
    """The quotation without its quote marks."""
    start: int
    end: int
    sentence: Span
    speaker: str | None = None
    """Speaker as resolved (fullest name known), or None when unknown."""
    speaker_span: Span | None = None
    """Where the speaker (or pronoun) appears in the sentence, if it does."""
    speaker_kind: str | None = None
    verb: str | None = None
    """Verb of saying, e.g. "밝혔다", "설명했다"."""


@dataclass(frozen=True)
class Figure:
    """An amount with its unit and, when the article gives one, its conversion."""

    text: str
    start: int
    end: int
    conversion: str | None = None
    kind: str = "amount"  # amount, percent, count ...


@dataclass(frozen=True)
class DateRef:
    """A date expression; `resolved` is set when the article date allows it."""

    text: str
    start: int
    end: int
    resolved: dt.date | None = None


@dataclass(frozen=True)
class Analysis:
    """Everything the extractor saw in one article."""

    article_id: str
    sentences: tuple[Span, ...] = ()
    mentions: tuple[Mention, ...] = ()
    terms: tuple[TermInfo, ...] = ()
    quotes: tuple[Quote, ...] = ()
    figures: tuple[Figure, ...] = ()
    dates: tuple[DateRef, ...] = ()
    key_sentences: tuple[Span, ...] = ()
    """Most central sentences (extractive summary), in article order."""


# --- knowledge base -----------------------------------------------------------------


@dataclass(frozen=True)
class Role:
    title: str
    affiliation: str | None
    article_id: str
    date: dt.date | None = None


@dataclass(frozen=True)
class Definition:
    text: str
    source: str
    """"curated" or "extracted"."""
    article_id: str | None = None
    sentence: str | None = None
    """The sentence the definition came from (extracted definitions)."""
    start: int | None = None
    end: int | None = None
    kind: str = "explanation"
    """"explanation" (says what the term is) or "category" (only the kind of thing it is)."""


@dataclass(frozen=True)
class MentionRef:
    """One mention of an entity, located in an article."""

    article_id: str
    start: int
    end: int
    text: str
    sentence_start: int
    sentence_end: int
    block: int
    """Index of the block in `Article.blocks` that holds the mention."""


@dataclass(frozen=True)
class QuoteRef:
    article_id: str
    text: str
    start: int
    end: int
    verb: str | None = None


@dataclass
class Entity:
    """One real-world actor or term, gathered from all articles and curated data."""

    id: str
    """Stable slug, unique across the knowledge base; also the page URL segment."""
    kind: str
    name: str
    """Display name (canonical form)."""
    forms: list[str] = field(default_factory=list)
    glosses: list[str] = field(default_factory=list)
    description: str | None = None
    """Curated one-line description or definition."""
    category: str | None = None
    definitions: list[Definition] = field(default_factory=list)
    roles: list[Role] = field(default_factory=list)
    quotes: list[QuoteRef] = field(default_factory=list)
    mentions: list[MentionRef] = field(default_factory=list)
    curated: bool = False
    source: str | None = None
    """Where a curated or base entry is written (`path:line`, repository-relative)."""
    base: bool = False
    """The definition comes from the generator's base glossary."""
    related: list[str] = field(default_factory=list)
    """Names of related terms (curated or base glossary)."""
    summary: str | None = None
    """One line on who an actor is, from the roles the articles give (when none is curated)."""

    @property
    def is_term(self) -> bool:
        return self.kind == TERM

    @property
    def articles(self) -> list[str]:
        seen: dict[str, None] = {}
        for m in self.mentions:
            seen.setdefault(m.article_id, None)
        return list(seen)

    @property
    def short(self) -> str:
        """One-line explanation for tooltips."""
        if self.description:
            return self.description
        if self.definitions:
            d = self.definitions[0]
            return f"{d.text}의 하나" if d.kind == "category" else d.text
        if self.summary:
            return self.summary
        if self.roles:
            r = self.roles[-1]
            return " ".join(x for x in (r.affiliation, r.title) if x)
        return ""


@dataclass(frozen=True)
class ReviewItem:
    """A low-confidence finding for a contributor to confirm or correct."""

    kind: str
    """unresolved, candidate-merge, no-definition, slug-collision ..."""
    message: str
    entity_ids: tuple[str, ...] = ()
    article_ids: tuple[str, ...] = ()
    suggestion: str = ""
    """A ready-to-paste curated YAML entry."""


@dataclass
class KnowledgeBase:
    articles: dict[str, Article]
    analyses: dict[str, Analysis]
    entities: dict[str, Entity]
    article_entities: dict[str, list[str]] = field(default_factory=dict)
    """Entity ids per article, in order of first mention."""
    mention_entity: dict[tuple[str, int, int], str] = field(default_factory=dict)
    """(article id, start, end) of a mention -> entity id."""
    review: list[ReviewItem] = field(default_factory=list)
