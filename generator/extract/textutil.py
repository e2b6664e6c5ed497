"""Small text helpers shared by the extraction modules (one definition each).

- `HANGUL`: a word written only in Hangul syllables (`^[가-힣]+$`);
- `HANGUL_ANY`: a text holding at least one Hangul syllable;
- `phrase(doc, parts)`: the article text a run of chunk parts covers;
- `has_final_consonant`, `particle_suits`: whether a particle agrees with the word before it.
"""
from __future__ import annotations

import re

HANGUL = re.compile(r"^[가-힣]+$")
HANGUL_ANY = re.compile(r"[가-힣]")


def phrase(doc, parts) -> str | None:
    """The text from the first part's start to the last part's end (None for no parts)."""
    if not parts:
        return None
    return doc.text[parts[0].start:parts[-1].end]


def has_final_consonant(syllable: str) -> bool:
    """Whether a Hangul syllable ends in a consonant (받침): 이/은/을/과 follow it, 가/는/를/와 do not."""
    return (ord(syllable) - 0xAC00) % 28 != 0


def particle_suits(word: str, particle: str) -> bool:
    """이/은/을/과 after a final consonant, 가/는/를/와 after a vowel; any other particle (의,
    에게, 도 …) after either."""
    if particle in ("이", "은", "을", "과"):
        return has_final_consonant(word[-1])
    if particle in ("가", "는", "를", "와"):
        return not has_final_consonant(word[-1])
    return True
