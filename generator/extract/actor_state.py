"""The reading of one noun chunk that the actor rules share (`actor_chunk` drives it).

A `ChunkState` holds the chunk's parts and their labels while the rules of
`actor_rules_places`, `actor_rules_orgs` and `actor_rules_people` merge parts, relabel them
and record actors in the `Collector`.
"""
from __future__ import annotations

from dataclasses import dataclass, field

from .collect import Collector
from .doc import Chunk, Doc, Part


@dataclass
class ChunkState:
    doc: Doc
    ch: Chunk
    toks: list
    parts: list[Part]
    labels: list[str]
    col: Collector
    unknown: list
    """(chunk, name parts, whole chunk) of names no rule classified (`resolve` reads them)."""
    prev_role: str | None
    """`X인 NAME`: the role written just before the chunk (`사장인 스티븐 엘롭`)."""
    after: object | None = None
    """The token after the chunk (its particle), if any."""
    honorific: bool = False
    """The chunk is followed by 씨/군/양 (`김 씨`, `박 모씨`)."""
    used: list[bool] = field(default_factory=list)
    """Parts already taken by an actor."""

    n: int = 0
    """len(parts), kept by `merge` (read in every rule's inner loop)."""

    def __post_init__(self) -> None:
        self.n = len(self.parts)

    @property
    def text(self) -> str:
        return self.doc.text

    def gap(self, a: int, b: int) -> str:
        """The text between parts a and b (what separates them)."""
        return self.doc.text[self.parts[a].end:self.parts[b].start]

    def tags(self, k: int) -> list[str]:
        """The morpheme tags of part k."""
        p = self.parts[k]
        return [self.toks[x].tag for x in range(p.i0, p.i1)]

    def relabel(self, k: int, label: str) -> None:
        self.labels = self.labels[:k] + [label] + self.labels[k + 1:]

    def take(self, a: int, b: int) -> None:
        """Mark parts a..b-1 as taken."""
        for q in range(a, b):
            self.used[q] = True

    def merge(self, a: int, b: int, label: str, fix: bool = True) -> None:
        """Parts a..b (inclusive) as one part labelled `label` (its cached label too when `fix`);
        the last part's gloss is the merged part's."""
        parts, labels = self.parts, self.labels
        merged = Part(parts[a].i0, parts[b].i1, parts[a].start, parts[b].end,
                      self.doc.text[parts[a].start:parts[b].end], parts[b].gloss)
        if fix:
            merged.label = label
        self.parts = parts[:a] + [merged] + parts[b + 1:]
        self.labels = labels[:a] + [label] + labels[b + 1:]
        self.n = len(self.parts)
