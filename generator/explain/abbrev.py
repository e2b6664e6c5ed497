"""Is one form an abbreviation of another? Schwartz & Hearst's algorithm, adapted to Korean.

Schwartz & Hearst (2003) match each character of a short form, right to left, to a
character of the long form, the first one at the start of a word. Korean abbreviations are
made of syllables taken in order from the long form (방위산업 → 방산, 국가정보원 → 국정원,
비상대책위원회 → 비대위), the first syllable always the long form's first: the same
right-to-left matching, over syllables instead of letters. Latin abbreviations of a Latin
long form keep the original rule (letters, the first at a word start).
"""
from __future__ import annotations

import re

from ..extract.textutil import HANGUL
from .rules import explain_rule

_HANGUL = HANGUL


_ALTERNATING_INITIALS = {2, 5, 11}  # initial ㄴ, ㄹ, ㅇ (indices in the Unicode Hangul syllable order)


def _same(a: str, b: str) -> bool:
    """Equal letters, or Hangul syllables differing only by the initial-sound rule (두음법칙):
    연합회 gives 련 inside 전경련, 노동 gives 로 inside 민노총 → 민주노총 (ㄴ/ㄹ/ㅇ alternate)."""
    if a.lower() == b.lower():
        return True
    if "가" <= a <= "힣" and "가" <= b <= "힣":
        ia, ib = ord(a) - 0xAC00, ord(b) - 0xAC00
        return ia % 588 == ib % 588 and ia // 588 in _ALTERNATING_INITIALS and ib // 588 in _ALTERNATING_INITIALS
    return False


def _match_right_to_left(short: str, long: str, word_start) -> bool:
    s, l_ = len(short) - 1, len(long) - 1
    while s >= 0:
        c = short[s]
        while l_ >= 0 and (not _same(long[l_], c) or (s == 0 and not word_start(l_))):
            l_ -= 1
        if l_ < 0:
            return False
        s -= 1
        l_ -= 1
    return True


@explain_rule("abbrev", "방산(방위산업), 국정원 = 국가정보원, WHO = World Health Organization", "abbrev-schwartz-hearst")
def is_abbreviation(short: str, long: str) -> bool:
    """A short form whose syllables (or letters) appear in order in the long form, the first at its start."""
    short, long = short.strip(), long.strip()
    if not short or len(short) >= len(long.replace(" ", "")):
        return False
    if _HANGUL.match(short):
        compact = long.replace(" ", "").replace("·", "")
        if not _HANGUL.match(compact) or short[0] != compact[0] or len(short) > 5:
            return False
        return _match_right_to_left(short, compact, lambda i: True)
    if re.fullmatch(r"[A-Za-z][A-Za-z0-9&\-.]{1,9}", short) and re.search("[A-Za-z]", long):
        letters = re.sub(r"[^A-Za-z0-9]", "", short)
        return _match_right_to_left(letters, long, lambda i: i == 0 or not long[i - 1].isalnum())
    return False
