"""Figures and dates: amounts with a conversion, and relative dates resolved against the
article's date. Sentences written for these tests."""
from __future__ import annotations

import datetime as dt

import pytest

from ..extract_support import analysed

P = pytest.param


@pytest.mark.parametrize("body,start,conversion", [
    P("한국은행은 3억 달러(약 4000억 원)를 시장에 풀었다.", "3억", "4000억 원", id="figures-amount-with-a-conversion"),
])
def test_figure_conversion(analyser, body, start, conversion):
    f = [f for f in analysed(body, analyser).figures if f.text.startswith(start)]
    assert f and f[0].conversion and conversion in f[0].conversion


@pytest.mark.parametrize("body,figures", [
    P("산간에 100mm가 넘는 비가 내렸다.", ["100mm"], id="figures-longest-unit"),
    P("높이 300m의 탑과 길이 2km의 다리.", ["300m", "2km"], id="figures-latin-units"),
    P("주민 1200명이 대피했다.", ["1200명"], id="figures-korean-unit-before-particle"),
])
def test_figure_spans(analyser, body, figures):
    assert [f.text for f in analysed(body, analyser).figures] == figures


BODY = "회의는 지난 10일 열렸다. 이틀 전에는 예비 회담이 있었다. 지난달 합의가 나왔다."


@pytest.mark.parametrize("body,date,text,resolved", [
    P(BODY, "2024-03-15", "10일", dt.date(2024, 3, 10), id="figures-date-day-of-this-month"),
    P(BODY, "2024-03-15", "이틀 전", dt.date(2024, 3, 13), id="figures-date-days-before"),
    P(BODY, "2024-03-15", "지난달", dt.date(2024, 2, 1), id="figures-date-last-month"),
])
def test_relative_date_resolved(analyser, body, date, text, resolved):
    got = {d.text: d.resolved for d in analysed(body, analyser, date=date).dates}
    assert got[text] == resolved


@pytest.mark.parametrize("body,date,expected", [
    P("회의는 10일 열렸다.", None, [("10일", None)], id="figures-date-kept-unresolved-without-article-date"),
])
def test_dates(analyser, body, date, expected):
    assert [(d.text, d.resolved) for d in analysed(body, analyser, date=date).dates] == expected
