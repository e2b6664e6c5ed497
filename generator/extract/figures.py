"""Amounts (with the conversion the article gives) and date expressions.

Regular expressions over each block's text (linear time, no nested quantifiers that could
backtrack). Relative dates are resolved against `article.meta.date` when the article has
one; otherwise `resolved` stays None and the text is kept as written.
"""
from __future__ import annotations

import datetime as dt
import logging
import re

from ..model import DateRef, Figure
from .doc import Doc
from .wordlists import words

log = logging.getLogger(__name__)



def _alternation(ws) -> str:
    """A non-capturing group matching any of the words, tried in the given order."""
    return "(?:" + "|".join(re.escape(w) for w in ws) + ")"


def _table(name: str) -> dict[str, int]:
    """A list of `word number` entries (`어제 -1`) as a dict, in file order."""
    return {w: int(n) for w, n in (e.rsplit(" ", 1) for e in words(name))}


_NUM = r"\d[\d,]*(?:\.\d+)?"
_BIG = rf"{_NUM}\s?(?:조|억|만|천)?(?:\s?{_NUM}\s?(?:억|만|천))*"
_CUR = _alternation(words("quotes_figure_currencies"))
# longest unit first, and never half a Latin unit: 100mm is 100 mm, not 100 m
_UNIT = _alternation(sorted(words("quotes_figure_units"), key=len, reverse=True))
FIGURE = re.compile(  # (the lookahead: the scan skips at once what cannot start a figure)
    rf"(?=[약\d])(?:약\s?)?(?P<num>{_BIG})\s?(?:(?P<cur>{_CUR})|(?P<unit>{_UNIT}))(?![A-Za-z])"
    rf"(?:\((?P<conv>(?:약\s?)?{_BIG}\s?{_CUR}[^()]{{0,10}})\))?"
)

_REL_DAY = _table("quotes_date_relative_days")  # 어제 -> -1
_COUNT = _table("quotes_date_day_counts")  # 사흘 -> 3
# months, years and weeks relative to the article's date (`resolve` reads each word)
_MONTHS = ("지난달", "지난 달", "이번 달", "이달", "다음 달", "다음달", "내달")
_YEARS = ("지난해", "작년", "올해", "금년", "내년")
_WEEKS = ("지난주", "이번 주", "다음 주", "다음주")
# (the lookahead lets the scan skip at once the characters no branch can start with)
_FIRST = "".join(dict.fromkeys(w[0] for w in (*_REL_DAY, *_COUNT, *_MONTHS, *_YEARS, *_WEEKS)))
DATE = re.compile(
    rf"(?=[\d{_FIRST}])(?:"
    r"(?P<ymd>(?P<y>\d{4})년\s?(?P<m>\d{1,2})월\s?(?P<d>\d{1,2})일)"
    r"|(?P<ym>(?P<y2>\d{4})년\s?(?P<m2>\d{1,2})월)"
    r"|(?P<md>(?P<m3>\d{1,2})월\s?(?P<d3>\d{1,2})일)"
    r"|(?P<y4>(?<!\d)\d{4})년(?!\s?\d{1,2}월)"
    r"|(?P<dd>(?<![\d.])(?P<d5>[1-9]|[12]\d|3[01])일)(?!\s?(?:간|동안|만|째|치|분))"
    rf"|(?P<rel>{'|'.join(_REL_DAY)})"
    rf"|(?P<cnt>{'|'.join(_COUNT)}|(?P<n6>\d{{1,3}})일)\s?(?P<dir>전|후|뒤)"
    rf"|(?P<mon>{'|'.join(_MONTHS)})"
    rf"|(?P<yr>{'|'.join(_YEARS)})"
    rf"|(?P<wk>{'|'.join(_WEEKS)}))"
)


def extract_figures(doc: Doc) -> list[Figure]:
    out: list[Figure] = []
    for p in doc.paras:
        for m in FIGURE.finditer(p.text):
            kind = "amount" if m.group("cur") else ("percent" if (m.group("unit") or "") in ("%", "퍼센트") else "count")
            s, e = p.start + m.start(), p.start + m.end()
            conv = m.group("conv")
            if conv:
                # the figure's own text stops before the bracket; the conversion is kept apart
                e = p.start + m.start("conv") - 1
            out.append(Figure(doc.text[s:e], s, e, conversion=conv, kind=kind))
    return out


def _shift_month(d: dt.date, k: int) -> dt.date:
    y, m = divmod(d.month - 1 + k, 12)
    return dt.date(d.year + y, m + 1, 1)


def _safe(y: int, m: int, d: int) -> dt.date | None:
    try:
        return dt.date(y, m, d)
    except ValueError:
        return None


def resolve(m: re.Match, ref: dt.date | None) -> dt.date | None:
    g = m.group
    if g("ymd"):
        return _safe(int(g("y")), int(g("m")), int(g("d")))
    if g("ym"):
        return _safe(int(g("y2")), int(g("m2")), 1)
    if g("y4"):
        return _safe(int(g("y4")), 1, 1)
    if ref is None:
        return None
    if g("md"):
        return _safe(ref.year, int(g("m3")), int(g("d3")))
    if g("dd"):
        day = int(g("d5"))
        # news write the day alone for this month; a day later than today is last month's
        if day <= ref.day:
            return _safe(ref.year, ref.month, day)
        prev = _shift_month(ref, -1)
        return _safe(prev.year, prev.month, day)
    if g("rel"):
        return ref + dt.timedelta(days=_REL_DAY[g("rel")])
    if g("cnt"):
        n = _COUNT.get(g("cnt").strip(), None) if not g("n6") else int(g("n6"))
        if n is None:
            return None
        sign = -1 if g("dir") == "전" else 1
        return ref + dt.timedelta(days=sign * n)
    if g("mon"):
        t = g("mon").replace(" ", "")
        return _shift_month(ref, -1 if t == "지난달" else (0 if t in ("이번달", "이달") else 1))
    if g("yr"):
        t = g("yr")
        return dt.date(ref.year + (-1 if t in ("지난해", "작년") else (1 if t == "내년" else 0)), 1, 1)
    if g("wk"):
        t = g("wk").replace(" ", "")
        return ref + dt.timedelta(days=-7 if t == "지난주" else (7 if t == "다음주" else 0))
    return None


def extract_dates(doc: Doc) -> list[DateRef]:
    ref = doc.article.meta.date
    out: list[DateRef] = []
    for p in doc.paras:
        for m in DATE.finditer(p.text):
            s, e = p.start + m.start(), p.start + m.end()
            out.append(DateRef(doc.text[s:e], s, e, resolve(m, ref)))
    return out
