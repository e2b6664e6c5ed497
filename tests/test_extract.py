"""Tests of the Korean extraction engine (generator.extract).

Table-driven pattern tests on short sentences written for these tests, offset invariants
over the whole development corpus, and odd input. Kiwi is loaded once per session.
"""
from __future__ import annotations

import datetime as dt

import pytest

from generator.corpus import parse_article
from generator.extract import analyse_article, analyse_many
from generator.extract.devcorpus import DEV_CSV, load_dev
from generator.extract.report import analysis_to_json, analysis_to_text
from generator.model import Article
from .extract_support import analyse_body


run = analyse_body


def check_offsets(art: Article, an) -> None:
    t = art.text
    for m in an.mentions:
        assert t[m.start:m.end] == m.text, m
        assert m.sentence.start <= m.start and m.end <= m.sentence.end + 1, m
    for x in an.terms:
        assert t[x.start:x.end] == x.term, x
    for q in an.quotes:
        assert t[q.start:q.end] == q.text, q
    for f in an.figures:
        assert t[f.start:f.end] == f.text, f
    for d in an.dates:
        assert t[d.start:d.end] == d.text, d


# --- terms ------------------------------------------------------------------------------

TERMS = [
    # (sentence, term, glosses that must be present, definition fragment or None)
    ("세계보건기구(WHO)는 새 지침을 발표했다.", "세계보건기구", ["WHO"], None),
    ("국제원자력기구(IAEA·아이에이이에이)가 사찰단을 보냈다.", "국제원자력기구", ["IAEA", "아이에이이에이"], None),
    ("정부는 이른바 ‘탄소중립도시’를 다섯 곳 지정했다.", "탄소중립도시", [], None),
    ("그는 ‘녹색 성장(green growth)’이 중요하다고 말했다.", "녹색 성장", ["green growth"], None),
    ("전기차 배터리를 만드는 업체인 에코셀이 공장을 세웠다.", "에코셀", [], "배터리를 만드는 업체"),
    ("NLL(북방한계선) 인근에서 훈련이 열렸다.", "북방한계선", ["NLL"], None),
]


@pytest.mark.parametrize("sentence,term,glosses,definition", TERMS)
def test_terms(analyser, sentence, term, glosses, definition):
    art, an = run(sentence, analyser)
    check_offsets(art, an)
    found = {t.term: t for t in an.terms}
    assert term in found, [t.term for t in an.terms]
    for g in glosses:
        assert g in found[term].glosses
    if definition:
        assert definition in (found[term].definition or "")


NOT_TERMS = [
    ("한국은행은 3억 달러(약 4000억 원)를 시장에 풀었다.", "3억 달러"),
    ("김민수(52) 씨는 경찰에 신고했다.", "김민수"),
    ("이토 히로부미(伊藤博文) 총리가 도착했다.", "이토 히로부미"),
]


@pytest.mark.parametrize("sentence,not_term", NOT_TERMS)
def test_brackets_that_are_not_glosses(analyser, sentence, not_term):
    art, an = run(sentence, analyser)
    assert not_term not in {t.term for t in an.terms}


def test_term_mentions_cover_later_occurrences(analyser):
    art, an = run("세계보건기구(WHO)가 경보를 냈다. 세계보건기구는 회원국에 협조를 요청했다. WHO는 내일 다시 회의한다.",
                  analyser)
    ms = [m for m in an.mentions if m.kind == "term" and m.key == "세계보건기구"]
    # the gloss itself, the later name (without 는) and the acronym alone
    assert [m.text for m in ms] == ["세계보건기구", "WHO", "세계보건기구", "WHO"]
    check_offsets(art, an)


def test_amount_conversion_is_a_figure(analyser):
    art, an = run("한국은행은 3억 달러(약 4000억 원)를 시장에 풀었다.", analyser)
    f = [f for f in an.figures if f.text.startswith("3억")]
    assert f and f[0].conversion and "4000억 원" in f[0].conversion


# --- actors -----------------------------------------------------------------------------

ACTORS = [
    # (sentence, text, kind, key, role, affiliation)
    ("마크 뤼터 네덜란드 총리는 19일 기자회견을 열었다.", "마크 뤼터", "person", "마크 뤼터", "총리", "네덜란드"),
    ("보건복지부 장관 김철수는 예산안을 설명했다.", "김철수", "person", "김철수", "장관", "보건복지부"),
    ("회견에는 국토연구원 관계자가 참석했다.", "국토연구원 관계자", "anonymous", "국토연구원 관계자", None, None),
    ("네덜란드 헤이그에서 회의가 열렸다.", "헤이그", "place", "헤이그", None, None),
    ("韓日 정상이 만났다.", "日", "place", "일본", None, None),
    ("전자부품 업체 하이텍스가 상장했다.", "하이텍스", "organization", "하이텍스", None, None),
    ("대한축구협회는 감독 선임을 미뤘다.", "대한축구협회", "organization", "대한축구협회", None, None),
]


@pytest.mark.parametrize("sentence,text,kind,key,role,affiliation", ACTORS)
def test_actors(analyser, sentence, text, kind, key, role, affiliation):
    art, an = run(sentence, analyser)
    check_offsets(art, an)
    ms = [m for m in an.mentions if m.text == text and m.kind == kind]
    assert ms, [(m.text, m.kind) for m in an.mentions]
    m = ms[0]
    assert m.key == key
    if role:
        assert m.role == role
    if affiliation:
        assert m.affiliation == affiliation


def test_person_key_is_fullest_form(analyser):
    art, an = run("박영희 환경부 장관은 현장을 찾았다. 박 장관은 대책을 약속했다. 리처드 밀러 대사도 동행했다. "
                  "밀러 대사는 협력을 강조했다.", analyser)
    keys = {m.text: m.key for m in an.mentions if m.kind == "person"}
    assert keys.get("박") == "박영희"
    assert keys.get("밀러") == "리처드 밀러"


def test_titles_are_not_part_of_names(analyser):
    art, an = run("최민호 회장은 주주총회에서 사임했다.", analyser)
    assert "최민호" in {m.text for m in an.mentions if m.kind == "person"}
    assert not any(m.text.endswith("회장") for m in an.mentions if m.kind == "person")


# --- quotes -----------------------------------------------------------------------------

QUOTES = [
    ("김철수 장관은 “예산을 늘리겠다”고 밝혔다. 그는 “서두르지 않겠다”고 덧붙였다.",
     [("예산을 늘리겠다", "김철수", "밝혔다"), ("서두르지 않겠다", "김철수", "덧붙였다")]),
    ("“계획대로 진행한다”라고 환경부는 설명했다.", [("계획대로 진행한다", "환경부", "설명했다")]),
    ("뉴욕타임스는 “협상이 결렬됐다”고 보도했다.", [("협상이 결렬됐다", "뉴욕타임스", "보도했다")]),
    ("국토연구원 관계자는 “수요가 줄었다”며 “내년에는 회복될 것”이라고 전망했다.",
     [("수요가 줄었다", "국토연구원 관계자", "전망했다"), ("내년에는 회복될 것", "국토연구원 관계자", "전망했다")]),
]


@pytest.mark.parametrize("body,expected", QUOTES)
def test_quotes(analyser, body, expected):
    art, an = run(body, analyser)
    check_offsets(art, an)
    got = [(q.text, q.speaker, q.verb) for q in an.quotes]
    assert got == expected


def test_quoted_title_is_not_speech(analyser):
    art, an = run("그는 ‘도시의 미래’라는 책을 냈다.", analyser)
    assert an.quotes == ()


# --- dates ------------------------------------------------------------------------------

def test_relative_dates_resolved(analyser):
    art, an = run("회의는 지난 10일 열렸다. 이틀 전에는 예비 회담이 있었다. 지난달 합의가 나왔다.", analyser,
                  date="2024-03-15")
    got = {d.text: d.resolved for d in an.dates}
    assert got["10일"] == dt.date(2024, 3, 10)
    assert got["이틀 전"] == dt.date(2024, 3, 13)
    assert got["지난달"] == dt.date(2024, 2, 1)


def test_relative_dates_kept_without_article_date(analyser):
    art, an = run("회의는 10일 열렸다.", analyser)
    assert [(d.text, d.resolved) for d in an.dates] == [("10일", None)]


# --- whole corpus -----------------------------------------------------------------------

@pytest.mark.skipif(not DEV_CSV.exists(), reason="development corpus not available")
def test_offsets_over_dev_corpus(analyser):
    arts = load_dev()
    n = 0
    for art, an in zip(arts, analyse_many(arts, analyser, batch_size=64)):
        assert an.article_id == art.id
        check_offsets(art, an)
        assert len(an.key_sentences) <= 3
        n += 1
        # spans never carry spaces at their edges, and people never carry their title
        for m in an.mentions:
            assert m.text == m.text.strip(), m
            if m.kind == "person":
                assert not m.text.endswith((" 대통령", " 총리", " 장관", " 의원", " 교수", " 회장")), m
    assert n == len(arts)


def test_report_json_and_text(analyser):
    art, an = run("김철수 장관은 “예산을 늘리겠다”고 밝혔다.", analyser)
    d = analysis_to_json(art, an, lambda m: f"{m.kind}:{m.key}")
    assert d["article"] == art.id
    assert {"text", "start", "end", "kind", "id"} <= set(d["mentions"][0])
    assert d["quotes"][0]["speaker"] == "김철수"
    assert "김철수" in analysis_to_text(art, an)


# --- bad input --------------------------------------------------------------------------

BAD = [
    "This article is written entirely in English, with (brackets) and “quotes”.",
    "“닫히지 않은 따옴표로 시작하는 문단이다. 그는 말했다.",
    "괄호가 (((열리기만 하고 닫히지 않는다. 또 ‘작은따옴표도",
    "))) ”” ’’ 닫는 기호만 있다.",
    "😀😀😀 이모지와 \u200b 제로폭 공백, \t 탭이 섞인 문장.",
    "１２３ 전각 숫자와 ㈜ 기호, ‰ 기호.",
]


@pytest.mark.parametrize("body", BAD)
def test_bad_input_returns(analyser, body):
    art, an = run(body, analyser)
    check_offsets(art, an)


def test_empty_paragraphs_and_headline_only(analyser):
    art, problems = parse_article("제목만 있는 기사\n\n\n\n", "t")
    assert art is not None
    an = analyse_article(art, analyser)
    assert an.article_id == "t"


def test_very_long_line_returns(analyser):
    unit = "김철수 장관은 “예산을 늘리겠다”고 밝혔다. 세계보건기구(WHO)의 ‘권고안’이 나왔다 (미완 "
    body = (unit * (200_000 // len(unit) + 1))[:200_000]
    art, an = run(body, analyser)
    check_offsets(art, an)
    assert an.quotes and an.terms
