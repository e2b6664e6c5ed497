"""Quotation spans: where each quotation of a paragraph opens and closes (see `quotes`).

A quotation is `(open, close, virtual)`: token indices of its marks; `virtual` when the opening
mark had no partner and the end was recovered — then `close` is the index of the first token
after the quotation (its quotative ending), or `len(toks)` when it runs to the paragraph's end.
The analyser pairs marks; this module recovers the quotations it could not pair.
"""
from __future__ import annotations

from .rules import rule
from .wordlists import word_set

OPEN = {"“": "”\"", "\"": "\"”", "‘": "’'", "'": "'’", "「": "」", "『": "』"}
SPEECH_EC = word_set("speech_connective_endings")  # "…"며, "…"라고: reported speech
QUOT_EC = word_set("speech_quotative_endings")  # 라고, 다고, 라며: a quotation ends, its verb follows
MAX_QUOTE = 2000


def after_index(q) -> int:
    """Index of the first token after the quotation (after its closing mark)."""
    _o, c, virtual = q
    return c if virtual else c + 1


def find_quotes(toks, text: str, para_end: int) -> list[tuple[int, int, bool]]:
    """Outermost quotations of a paragraph, in order."""
    out = []
    n = len(toks)
    i = 0
    while i < n:
        t = toks[i]
        if t.tag == "SSO" and t.form in OPEN:
            c = t.pair
            if c <= i and t.form not in ("\"", "“"):
                closers = OPEN[t.form]
                c = next((k for k in range(i + 1, min(n, i + 400)) if toks[k].form in closers
                          and toks[k].tag in ("SSC", "SSO")), -1)
            elif c <= i:
                # an unpaired double mark: the next one of its kind, unless a quotative comes first
                r = _recover(toks, i)
                c = next((k for k in range(i + 1, min(n, i + 400)) if toks[k].form in OPEN[t.form]), -1)
                if r > i and (c < 0 or r < c):
                    out.append((i, r, True))
                    i = r
                    continue
                if c < 0 and para_end - t.end >= 20:
                    out.append((i, n, True))  # carried over to the next paragraph
                    break
            if c > i and toks[c].start - t.end <= MAX_QUOTE:
                if t.form in ("\"", "“"):
                    for k, m in _inner_splits(toks, i, c):
                        out.append((i, k, False))  # “…"며 "…”: two quotations the analyser paired as one
                        i = m
                out.append((i, c, False))
                i = c + 1
                continue
        i += 1
    return out


@rule("quotes", "“세금을 낮추겠다\"며 \"일자리를 늘리겠다”고 → two quotations", "quotes-split-mispaired-marks")
def _inner_splits(toks, i: int, c: int):
    """Unpaired double marks around a quotative ending split one quotation in two (`“A"며 "B”`).

    Yields (close, reopen) pairs of such marks inside the quotation (i, c): `“A"` and `"B”`."""
    k = i + 1
    while k < c - 2:
        t = toks[k]
        if t.form in "\"“”" and t.pair < 0 and toks[k + 1].tag in ("EC", "JKQ") and toks[k + 1].form in SPEECH_EC:
            m = k + 2
            if toks[m].form in (",", "，") and m + 1 < c:
                m += 1
            if toks[m].form in "\"“”" and toks[m].pair < 0 and m < c:
                yield k, m
                k = m + 1
                continue
        k += 1


@rule("quotes", "“…했다라고 (no closing mark) 장관이 말했다 → the quotation ends at 라고", "quotes-unpaired-mark")
def _recover(toks, i: int) -> int:
    """First quotative ending after token i that a predicate follows: where the quotation ends."""
    n = len(toks)
    for k in range(i + 1, min(n, i + 300)):
        t = toks[k]
        if t.tag == "SSO" and t.form in OPEN and t.pair <= k:
            return -1
        if (t.tag == "JKQ" or (t.tag == "EC" and t.form in QUOT_EC)) and k > i + 1 and _predicate_follows(toks, k + 1):
            return k
    return -1


def _predicate_follows(toks, k: int) -> bool:
    for j in range(k, min(len(toks), k + 8)):
        t = toks[j]
        if t.tag in ("SF", "SSO"):
            return False
        if t.tag in ("VV", "XSV", "VX"):
            return True
    return False
