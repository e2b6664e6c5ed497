"""Known terms (base or curated glossary) found in article text: whole words, particles
outside, never inside another name. Invented sentences."""
from __future__ import annotations

import pytest

from generator.curated import CuratedEntry
from generator.explain.scan import FormIndex, scan_block
from generator.model import TERM, Mention

INDEX = FormIndex([
    CuratedEntry(name="기준금리", kind="term", id="a", aliases=["기준 금리"]),
    CuratedEntry(name="대륙간탄도미사일", kind="term", id="b", glosses=["ICBM", "intercontinental"]),
    CuratedEntry(name="삼성", kind="organization", id="c"),
    CuratedEntry(name="기소", kind="term", id="d"),
])


@pytest.mark.parametrize("text,found", [
    pytest.param("중앙은행이 기준금리를 올렸다.", ["기준금리"], id="scan-particles-only"),
    pytest.param("기준금리인상 폭이 컸다.", [], id="scan-particles-only-compound"),
    pytest.param("검찰은 그를 기소했다.", ["기소"], id="scan-verbal-noun-as-predicate"),
    pytest.param("불구속 기소된 전 장관", ["기소"], id="scan-verbal-noun-as-predicate-modifier"),
    pytest.param("기소유예 처분", [], id="scan-verbal-noun-as-predicate-not-a-compound"),
    pytest.param("ICBM했다", [], id="scan-verbal-noun-as-predicate-korean-only"),
    pytest.param("새 기준 금리는 3%다.", ["기준금리"], id="scan-alias"),
    pytest.param("북한이 ICBM을 쐈다.", ["대륙간탄도미사일"], id="scan-latin-abbreviation"),
    pytest.param("ICBMs were tested.", [], id="scan-latin-word-boundary"),
    pytest.param("삼성이 발표했다.", [], id="scan-actors-are-not-scanned"),
    pytest.param("생성형 AI", [], id="scan-longer-known-term-wins-needs-a-form"),
    pytest.param("초기준금리 논의", [], id="scan-word-start"),
])
def test_scan_block(text, found):
    assert [name for _s, _e, name in scan_block(text, 0, INDEX)] == found


def test_offsets_point_at_the_form():
    text = "어제 기준금리가 올랐다."
    (s, e, _name), = scan_block(text, 100, INDEX)
    assert text[s - 100:e - 100] == "기준금리"


def test_longer_known_term_replaces_a_term_inside_it():
    """scan-longer-known-term-wins: 생성형 AI replaces the mention of AI (an earlier gloss)."""
    from generator.explain.scan import add_known_terms
    from generator.model import ORGANIZATION, Analysis, Span
    from tests.extract_support import make
    art = make("기업들이 생성형 AI 사업을 키운다. 삼성전자도 나섰다.")
    body = next(b for b in art.blocks if b.kind == "paragraph")
    s = art.text.index("AI", body.start)
    o = art.text.index("삼성전자", body.start)
    sent = Span(body.start, body.end)
    an = Analysis(article_id="t", sentences=(sent,), mentions=(
        Mention("AI", s, s + 2, TERM, "인공지능", sent), Mention("삼성전자", o, o + 4, ORGANIZATION, "삼성전자", sent)))
    index = FormIndex([CuratedEntry(name="생성형 AI", kind="term", id="g"),
                       CuratedEntry(name="삼성", kind="term", id="x")])
    got = add_known_terms(art, an, index)
    assert [(m.text, m.kind) for m in got.mentions] == [("생성형 AI", TERM), ("삼성전자", ORGANIZATION)]


def _stage_inputs():
    """Three articles: one defines a term (X란 … 말한다) another one uses."""
    from generator.model import Analysis, Span
    from tests.extract_support import make
    texts = ["기준금리가 올랐다. 검찰은 그를 기소했다.",
             "양적완화란 중앙은행이 돈을 풀어 경기를 부양하는 정책을 말한다.",
             "정부는 양적완화와 기준금리 인하를 검토했다."]
    from dataclasses import replace
    arts = [replace(make(t), id=f"a{i}") for i, t in enumerate(texts)]
    ans = {}
    for a in arts:
        body = next(b for b in a.blocks if b.kind == "paragraph")
        ans[a.id] = Analysis(article_id=a.id, sentences=(Span(body.start, body.end),))
    return arts, ans


def _summary(result):
    return {aid: [(m.text, m.key) for m in an.mentions] for aid, an in result.items()}


@pytest.mark.parametrize("early", [["a0", "a2"], ["a0", "a1", "a2"], [], ["a1"]])
def test_known_terms_in_two_steps_is_the_stage(early):
    """`KnownTerms.prepare` on the analyses at hand, `finish` on all: the result is
    `known_terms_stage`'s, also when a late article defines a term the early ones use."""
    from generator.explain.scan import KnownTerms, known_terms_stage
    entries = [CuratedEntry(name="기준금리", kind="term", id="a"), CuratedEntry(name="기소", kind="term", id="d")]
    arts, ans = _stage_inputs()
    expected = known_terms_stage(arts, ans, entries)
    assert ("양적완화", "양적완화") in _summary(expected)["a2"]  # defined in a1, found in a2
    stage = KnownTerms(entries)
    stage.prepare(arts, {aid: ans[aid] for aid in early})
    assert _summary(stage.finish(arts, ans)) == _summary(expected)


def test_known_terms_prepared_on_other_analyses_are_not_reused():
    from dataclasses import replace

    from generator.explain.scan import KnownTerms, known_terms_stage
    entries = [CuratedEntry(name="기준금리", kind="term", id="a")]
    arts, ans = _stage_inputs()
    stage = KnownTerms(entries)
    stage.prepare(arts, ans)
    changed = {**ans, "a0": replace(ans["a0"], sentences=())}
    assert _summary(stage.finish(arts, changed)) == _summary(known_terms_stage(arts, changed, entries))
