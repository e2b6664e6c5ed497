"""What gets a public page: explained terms, actors with evidence; the rest goes to review."""
from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from generator.curated import CuratedEntry, load_curated
from generator.explain.actors import bare_surname, has_evidence, kind_evidence, summary_line
from generator.explain.base import BASE_DIR, load_base_glossary, with_base
from generator.explain.choose import is_explained
from generator.model import ORGANIZATION, PERSON, PLACE, TERM, Definition, Entity, MentionRef, Role


def test_shipped_base_glossary_is_valid_and_large():
    entries, problems, _digest = load_base_glossary(BASE_DIR)
    assert not problems, problems[:5]
    terms = [e for e in entries if e.kind == TERM]
    assert len(terms) >= 600
    names = {e.name for e in terms} | {a for e in terms for a in e.aliases}
    for e in terms:
        assert e.text and e.category, e.source
        assert all(r in names for r in e.related), (e.name, e.related)
    known = [e for e in entries if e.kind != TERM]
    assert len(known) >= 500 and all(e.text and e.kind in ("organization", "place", "person") for e in known)


def test_site_glossary_overrides_base(tmp_path: Path):
    (tmp_path / "curated").mkdir()
    (tmp_path / "curated" / "glossary.yml").write_text(
        "- name: 기준금리\n  definition: 우리 사이트의 정의.\n", encoding="utf-8")
    site, problems = load_curated(tmp_path)
    assert not problems
    base = (CuratedEntry(name="기준금리", kind=TERM, id="기준금리", text="기본 정의.", base=True),
            CuratedEntry(name="국정감사", kind=TERM, id="국정감사", text="기본 정의.", base=True))
    merged = with_base(site, base)
    by_name = {e.name: e for e in merged.entries}
    assert by_name["기준금리"].text == "우리 사이트의 정의." and not by_name["기준금리"].base
    assert by_name["국정감사"].base
    assert ("국정감사", "NNG") not in merged.user_words()  # base terms never reach the analyser


@pytest.mark.parametrize("ent,listed", [
    pytest.param(Entity("a", TERM, "기준금리", description="중앙은행이 정하는 금리."), True,
                 id="choose-listed-needs-explanation-curated"),
    pytest.param(Entity("b", TERM, "평형수", definitions=[Definition("배의 균형을 잡으려고 싣는 바닷물", "extracted")]),
                 True, id="choose-listed-needs-explanation-text"),
    pytest.param(Entity("c", TERM, "V90", glosses=["브이구십"]), False, id="choose-listed-needs-explanation"),
    pytest.param(Entity("d", TERM, "Cas7", definitions=[Definition("효소", "extracted", kind="category")]), False,
                 id="choose-listed-needs-explanation-category-only"),
])
def test_is_explained(ent, listed):
    assert is_explained(ent) is listed


@pytest.mark.parametrize("ent,surname", [
    pytest.param(Entity("a", PERSON, "박"), True, id="actors-bare-surname"),
    pytest.param(Entity("b", PERSON, "박서윤"), False, id="actors-bare-surname-full-name"),
    pytest.param(Entity("c", PLACE, "미"), False, id="actors-bare-surname-not-a-person"),
    pytest.param(Entity("d", PERSON, "남모"), True, id="actors-bare-surname-with-mo"),
    pytest.param(Entity("e", PERSON, "김모란"), False, id="actors-bare-surname-name-with-mo"),
    pytest.param(Entity("f", PERSON, "윤모씨"), True, id="actors-bare-surname-mo-ssi"),
])
def test_bare_surname(ent, surname):
    assert bare_surname(ent) is surname


@pytest.mark.parametrize("case", [pytest.param(None, id="actors-evidence")])
def test_weak_actor_needs_evidence(case):
    weak = Entity("a", PERSON, "홍길순")
    assert not has_evidence(weak, confident=False)
    assert has_evidence(weak, confident=True)
    weak.roles.append(Role("대변인", "국방부", "x"))
    assert has_evidence(weak, confident=False)


@pytest.mark.parametrize("ent,has_page", [
    pytest.param(Entity("a", ORGANIZATION, "러브카스톤"), False, id="actors-kind-evidence"),
    pytest.param(Entity("b", ORGANIZATION, "자오자원"), False, id="actors-kind-evidence-one-syllable-org-end"),
    pytest.param(Entity("c", ORGANIZATION, "28사단"), True, id="actors-kind-evidence-military-unit"),
    pytest.param(Entity("d", ORGANIZATION, "유리홀딩스"), True, id="actors-kind-evidence-company-tail"),
    pytest.param(Entity("e", ORGANIZATION, "부산고등법원 형사2부"), True, id="actors-kind-evidence-numbered-division"),
    pytest.param(Entity("f", ORGANIZATION, "JR동일본"), True, id="actors-kind-evidence-latin-start"),
    pytest.param(Entity("g", ORGANIZATION, "부산 해경"), True, id="actors-kind-evidence-known-last-word"),
    pytest.param(Entity("h", ORGANIZATION, "희망농원", summary="농장"), True, id="actors-kind-evidence-line"),
    pytest.param(Entity("i", PLACE, "다카하타 역"), True, id="actors-kind-evidence-head-word-apart"),
    pytest.param(Entity("j", PLACE, "청계동"), True, id="actors-kind-evidence-admin-end"),
    pytest.param(Entity("k", PLACE, "장성"), True, id="actors-kind-evidence-ambiguous-county"),
    pytest.param(Entity("l", PLACE, "경원선"), True, id="actors-kind-evidence-railway-line"),
    pytest.param(Entity("m", PLACE, "남북교류협력"), False, id="actors-kind-evidence-place-without-head"),
    pytest.param(Entity("n", PERSON, "홍길순"), True, id="actors-kind-evidence-person"),
])
def test_an_actor_named_once_bears_its_kind(ent, has_page):
    """A confident mention in one article is enough only when the name says what it is."""
    assert kind_evidence(ent) is has_page
    assert has_evidence(ent, confident=True) is has_page
    ent.mentions[:] = [MentionRef(a, 0, 1, "x", 0, 1, 0) for a in ("x", "y")]
    assert has_evidence(ent, confident=True)  # (two articles are evidence of their own)


@pytest.mark.parametrize("name,listed", [
    pytest.param("스티브 워즈니악", True, id="actors-listed-person"),
    pytest.param("워즈니악", False, id="actors-listed-person-one-word"),
    pytest.param("스티브", False, id="actors-listed-person-given-name-alone"),
])
def test_a_listed_person_needs_no_second_article(name, listed):
    ent = Entity("a", PERSON, name)
    assert has_evidence(ent, confident=False) is listed


def test_summary_line_is_most_frequent_role_with_years():
    ent = Entity("a", PERSON, "홍길순", roles=[
        Role("대통령", "미국", "x", dt.date(2021, 1, 2)), Role("대통령", "미국", "y", dt.date(2024, 5, 1)),
        Role("부통령", "미국", "z", dt.date(2012, 3, 1))])
    assert summary_line(ent) == "미국 대통령 (2021–2024년 기사)"


def test_a_bracket_form_never_pulls_a_name_into_shipped_knowledge():
    """제네시스(DH): the model code DH must not make 제네시스 the baseball term 지명타자 (gloss DH);
    a site's own entry still claims through bracket forms."""
    from generator.curated import Curated
    from generator.model import Analysis, Mention, Span
    from generator.resolve import resolve
    from tests.extract_support import make
    art = make("신형 제네시스(DH)가 나왔다.")
    s = art.text.index("제네시스")
    sent = Span(s, s + 10)
    an = Analysis(article_id="t", sentences=(sent,),
                  mentions=(Mention("제네시스", s, s + 4, TERM, "제네시스", sent, forms=("DH",)),))
    base = CuratedEntry(name="지명타자", kind=TERM, id="지명타자", glosses=["DH"], text="야구의 타자.", base=True)
    kb = resolve([art], {"t": an}, Curated(entries=[base]))
    assert kb.entities[kb.mention_entity[("t", s, s + 4)]].name == "제네시스"
    site = CuratedEntry(name="지명타자", kind=TERM, id="지명타자", glosses=["DH"], text="야구의 타자.")
    kb = resolve([art], {"t": an}, Curated(entries=[site]))
    assert kb.entities[kb.mention_entity[("t", s, s + 4)]].name == "지명타자"


@pytest.mark.parametrize("ent,generic", [
    pytest.param(Entity("a", "organization", "재판부"), True, id="actors-generic-body"),
    pytest.param(Entity("b", "organization", "서울중앙지법 형사합의21부"), False, id="actors-generic-body-named"),
    pytest.param(Entity("c", "organization", "재판부", curated=True), False, id="actors-generic-body-curated"),
    pytest.param(Entity("d", "place", "북구"), True, id="actors-generic-body-shared-district"),
    pytest.param(Entity("d2", "organization", "읍·면·동 주민센터"), True, id="actors-generic-body-unit-kinds"),
    pytest.param(Entity("d3", "organization", "소방방재본부"), True, id="actors-generic-body-every-province-has-one"),
    pytest.param(Entity("e", "place", "광주 북구"), False, id="actors-generic-body-district-with-city"),
    pytest.param(Entity("f", "organization", "영국 경찰"), True, id="actors-generic-body-country-force"),
    pytest.param(Entity("g", "organization", "미 법원"), True, id="actors-generic-body-country-court"),
    pytest.param(Entity("h", "organization", "영국 경찰청"), False, id="actors-generic-body-country-agency"),
    pytest.param(Entity("i", "organization", "한국 대표팀"), True, id="actors-generic-body-team-without-sport"),
    pytest.param(Entity("j", "organization", "한국팀"), True, id="actors-generic-body-team-written-on"),
    pytest.param(Entity("k", "organization", "대한민국 축구 국가대표팀"), False, id="actors-generic-body-team-of-a-sport"),
    pytest.param(Entity("l", "organization", "대한민국 교회"), True, id="actors-generic-body-kind-of-a-country"),
    pytest.param(Entity("m", "organization", "기독교 교회"), True, id="actors-generic-body-kind-of-a-faith"),
    pytest.param(Entity("n", "organization", "가톨릭 교회", curated=True, base=True), False,
                 id="actors-generic-body-described-church"),
    pytest.param(Entity("o", "organization", "중화동 교회"), False, id="actors-generic-body-church-of-a-place"),
])
def test_generic_body(ent, generic):
    from generator.explain.actors import generic_body
    assert generic_body(ent) is generic


@pytest.mark.parametrize("ent,gone", [
    pytest.param(Entity("a", "organization", "CERN", curated=True), True, id="actors-no-articles"),
    pytest.param(Entity("b", "organization", "CERN", curated=True, mentions=[MentionRef("x", 0, 4, "CERN", 0, 9, 0)]),
                 False, id="actors-no-articles-mentioned"),
])
def test_no_articles(ent, gone):
    from generator.explain.actors import no_articles
    assert no_articles(ent) is gone


@pytest.mark.parametrize("ent,term", [
    pytest.param(Entity("a", "organization", "스포티파이", description="스웨덴에서 출발한 음악 스트리밍 서비스. 팟캐스트도 있다.",
                        curated=True, base=True), True, id="actors-service-is-term"),
    pytest.param(Entity("b", "organization", "바이브", definitions=[Definition("온라인 음악 서비스", "x")]), True,
                 id="actors-service-is-term-from-text"),
    pytest.param(Entity("f", "organization", "디시인사이드", description="주제별 게시판으로 이루어진 한국의 인터넷 커뮤니티.",
                        curated=True, base=True), True, id="actors-service-is-term-two-word-head"),
    pytest.param(Entity("g", "organization", "재미동포회", description="미국에 사는 한인들의 커뮤니티.",
                        curated=True, base=True), False, id="actors-service-is-term-people-community"),
    pytest.param(Entity("c", "organization", "네이버", description="검색 포털을 운영하는 인터넷 기업.",
                        curated=True, base=True), False, id="actors-service-is-term-company"),
    pytest.param(Entity("d", "organization", "스포티파이", description="음악 스트리밍 서비스.", curated=True), False,
                 id="actors-service-is-term-site-entry"),
    pytest.param(Entity("e", "organization", "스포티파이", description="음악 스트리밍 서비스.", curated=True, base=True,
                        quotes=[object()]), False, id="actors-service-is-term-speaks"),
])
def test_service_is_term(ent, term):
    from generator.explain.actors import service_is_term
    assert service_is_term(ent) is term


def test_a_service_joins_the_term_of_the_same_name():
    from generator.explain.actors import services_to_glossary
    from generator.model import KnowledgeBase
    known = Entity("k", "organization", "위 더 피플", description="백악관의 온라인 청원 사이트.", curated=True, base=True)
    quoted = Entity("q", TERM, "위 더 피플", mentions=[MentionRef("x", 0, 6, "위 더 피플", 0, 9, 0)])
    kb = KnowledgeBase(articles={}, analyses={}, entities={"k": known, "q": quoted}, mention_entity={("x", 0, 6): "q"},
                       article_entities={"x": ["q"]})
    assert services_to_glossary(kb) == {"services_as_terms": 1}
    assert set(kb.entities) == {"k"} and known.kind == TERM and known.articles == ["x"]
    assert kb.mention_entity[("x", 0, 6)] == "k" and kb.article_entities["x"] == ["k"]


def _one_person_articles(bodies: dict[str, tuple[str, str]]):
    """Articles with one person mention each: id -> (body, the person's name in it)."""
    from generator.corpus import parse_article
    from generator.model import Analysis, Mention, Span
    arts, analyses = [], {}
    for aid, (body, name) in bodies.items():
        art, _ = parse_article("제목\n\n" + body + "\n", aid)
        s = art.text.index(name)
        sent = Span(s, s + len(name))
        analyses[aid] = Analysis(article_id=aid, sentences=(sent,),
                                 mentions=(Mention(name, s, s + len(name), PERSON, name, sent),))
        arts.append(art)
    return arts, analyses


@pytest.mark.parametrize("full,one", [
    pytest.param("블라디미르 푸틴", True, id="resolve-known-short-name"),
    pytest.param("알렉세이 푸틴", False, id="resolve-known-short-name-other-person"),
])
def test_known_short_name_joins_the_full_name_its_description_gives(full, one):
    from generator.curated import Curated
    from generator.resolve import resolve
    arts, analyses = _one_person_articles({"a1": ("푸틴 대통령이 말했다.", "푸틴"),
                                           "a2": (f"{full} 대통령이 말했다.", full)})
    known = CuratedEntry(name="푸틴", kind=PERSON, id="푸틴", text="러시아 대통령 블라디미르 푸틴.", base=True)
    kb = resolve(arts, analyses, Curated(entries=[known]))
    people = {e.name for e in kb.entities.values() if e.kind == PERSON}
    assert people == ({full} if one else {"푸틴", full})  # (one page, shown by the full name)


def test_summary_line_prefers_a_role_with_its_body():
    ent = Entity("a", PERSON, "홍길순", roles=[Role("장관", None, "x"), Role("장관", None, "y"),
                                          Role("장관", "국방부", "z", dt.date(2020, 1, 1))])
    assert summary_line(ent) == "국방부 장관 (2020년 기사)"


@pytest.mark.parametrize("ent, gone", [
    pytest.param(Entity("a", "organization", "포괄적 차별금지법"), True, id="actors-not-an-actor"),
    pytest.param(Entity("b", "organization", "건강보험"), True, id="actors-not-an-actor-scheme"),
    pytest.param(Entity("c", "place", "환태평양 조산대"), True, id="actors-not-an-actor-belt"),
    pytest.param(Entity("d", "organization", "열대/아열대"), True, id="actors-not-an-actor-slash"),
    pytest.param(Entity("e", "organization", "국민건강보험공단"), False, id="actors-not-an-actor-body-named-after-scheme"),
    pytest.param(Entity("f", "organization", "보험"), False, id="actors-not-an-actor-head-alone"),
    pytest.param(Entity("g", "organization", "건강보험", curated=True), False, id="actors-not-an-actor-curated"),
])
def test_not_an_actor(ent, gone):
    from generator.explain.actors import not_an_actor
    assert not_an_actor(ent) is gone


@pytest.mark.parametrize("x", [pytest.param(None, id="terms-actor-never-a-term")])
def test_a_term_named_like_an_actor_joins_the_actor(x):
    from generator.explain.choose import explain_terms
    from generator.model import Definition, KnowledgeBase, MentionRef
    kb = KnowledgeBase(articles={}, analyses={}, entities={})
    org = Entity("노키아", "organization", "노키아", description="핀란드의 통신장비 기업.", base=True, curated=True)
    term = Entity("노키아-t", TERM, "노키아", definitions=[Definition("핀란드의 휴대전화 제조사", "extracted", "a1")],
                  mentions=[MentionRef("a1", 10, 13, "노키아", 0, 20, 0)])
    kb.entities = {org.id: org, term.id: term}
    kb.mention_entity = {("a1", 10, 13): term.id}
    kb.article_entities = {"a1": [term.id]}
    explain_terms(kb)
    assert "노키아-t" not in kb.entities
    assert kb.mention_entity[("a1", 10, 13)] == "노키아" and kb.article_entities["a1"] == ["노키아"]
    assert org.articles == ["a1"]


@pytest.mark.parametrize("key, expected", [
    pytest.param("인천 광역시", "인천", id="resolve-other-spelling"),
    pytest.param("대한민국 금융감독원", "금융감독원", id="resolve-other-spelling-home-country"),
    pytest.param("미국 금융감독원", None, id="resolve-other-spelling-foreign-country"),
    pytest.param("노인보호구역", None, id="resolve-other-spelling-unknown"),
    pytest.param("피어슨 국제 공항", "피어슨 국제공항", id="resolve-other-spelling-spacing"),
    pytest.param("미 항공우주국", "미국 항공우주국", id="resolve-short-country"),
])
def test_known_by_other_spelling(key, expected):
    from generator.curated import CuratedEntry, norm
    from generator.resolve import _known_by_other_spelling
    entries = [CuratedEntry("인천", "place", "인천", aliases=["인천광역시"]),
               CuratedEntry("금융감독원", "organization", "금융감독원"),
               CuratedEntry("피어슨 국제공항", "place", "피어슨-국제공항"),
               CuratedEntry("미국 항공우주국", "organization", "미국-항공우주국")]
    by_form = {norm(f): e for e in entries for f in e.forms}
    got = _known_by_other_spelling(by_form, key)
    assert (got.name if got else None) == expected


@pytest.mark.parametrize("key, text, generic", [
    pytest.param("서울지방경찰청 광역수사대", "광역수사대", True, id="resolve-generic-form"),
    pytest.param("울진군 북면", "북면", True, id="resolve-generic-form-one-syllable-unit"),
    pytest.param("두산 베어스", "두산", False, id="resolve-generic-form-not-a-tail"),
    pytest.param("미국 민주당", "민주당", True, id="resolve-generic-form-national-body"),
    pytest.param("블라디미르 푸틴", "푸틴", False, id="resolve-generic-form-a-surname"),
])
def test_generic_form(key, text, generic):
    from generator.model import Mention, Span
    from generator.resolve import _generic_form
    kind = "person" if "푸틴" in key else "place"
    assert _generic_form(Mention(text, 0, len(text), kind, key, Span(0, 9))) is generic


@pytest.mark.parametrize("key, text, claimed", [
    pytest.param("광주 북구", "북구", False, id="resolve-city-district"),
    pytest.param("북구", "북구", True, id="resolve-city-district-bare"),
    pytest.param("광주 동구청", "동구청", True, id="resolve-city-district-not-shared"),
    pytest.param("미국 기상청", "기상청", False, id="resolve-city-district-foreign-body"),
])
def test_city_district(key, text, claimed):
    from generator.resolve import _city_district
    assert _city_district(key, text) is not claimed


@pytest.mark.parametrize("kind, key, text, apart", [
    pytest.param("place", "강남군", "강남", True, id="resolve-keyed-apart"),
    pytest.param("organization", "롯데카드", "롯데", True, id="resolve-keyed-apart-list-head"),
    pytest.param("organization", "대한민국 금융위원회", "금융위원회", False, id="resolve-keyed-apart-home-country"),
    pytest.param("organization", "대전 저축은행", "대전저축은행", False, id="resolve-keyed-apart-spacing"),
    pytest.param("person", "조 바이든", "바이든", False, id="resolve-keyed-apart-person"),
    pytest.param("organization", "유엔 인권이사회", "인권이사회", False, id="resolve-keyed-apart-unit-of-parent"),
])
def test_keyed_apart(kind, key, text, apart):
    from generator.resolve import _named_apart
    assert _named_apart(kind, key, text) is apart


@pytest.mark.parametrize("kind, a, b, same", [
    pytest.param("organization", "대한민국 축구 국가 대표팀", "대한민국 축구 국가대표팀", True, id="resolve-spacing"),
    pytest.param("place", "캘리포니아 주", "캘리포니아주", True, id="resolve-spacing-place"),
    pytest.param("person", "김 정은", "김정은", False, id="resolve-spacing-not-people"),
    pytest.param("place", "후쿠시마현", "후쿠시마", True, id="resolve-prefecture-and-its-city"),
    pytest.param("place", "성주지역", "성주", True, id="resolve-place-with-jiyeok"),
])
def test_spacing_variants_are_one(kind, a, b, same):
    from generator.resolve import _node_key
    assert (_node_key(kind, a) == _node_key(kind, b)) is same


def test_shipped_place_never_claims_a_person():
    """The archer 안산 (a person in the text) stays a person beside the known city 안산."""
    from generator.curated import Curated, CuratedEntry
    from generator.model import PERSON as P
    from generator.resolve import _Grouping
    city = CuratedEntry("안산", "place", "안산", text="경기도의 도시.", base=True)
    g = _Grouping(Curated(entries=[city]), {"안산": city})
    assert g.curated_for(P, "안산", "안산", ()) is None
    assert g.curated_for("place", "안산", "안산", ()) is city


@pytest.mark.parametrize("name, stem", [
    pytest.param("서울특별시", "서울", id="place-stem-admin-suffix"),
    pytest.param("일리노이 주", "일리노이", id="place-stem-us-state"),
    pytest.param("일리노이주", "일리노이", id="place-stem-us-state-written-on"),
    pytest.param("뉴욕 주", "뉴욕 주", id="place-stem-us-state-named-like-its-city"),
    pytest.param("미야자키 현", "미야자키 현", id="place-stem-prefecture-written-apart-stays"),
    pytest.param("가고시마 시", "가고시마 시", id="place-stem-city-written-apart-stays"),
    pytest.param("광주 북구", "광주 북구", id="place-stem-two-places"),
    pytest.param("브누코보 국제공항", "브누코보 공항", id="place-stem-airport"),
    pytest.param("인천국제공항", "인천 공항", id="place-stem-airport-written-on"),
])
def test_place_stem(name, stem):
    from generator.resolve import place_stem
    assert place_stem(name) == stem


@pytest.mark.parametrize("one, other", [pytest.param("앙드레김", "앙드레 김", id="resolve-person-spacing")])
def test_people_whose_names_differ_by_spaces_are_one(one, other):
    from generator.curated import Curated
    from generator.resolve import resolve
    arts, analyses = _one_person_articles({"a1": (f"{one}이 별세했다.", one),
                                           "a2": (f"디자이너 {other}이 별세했다.", other)})
    kb = resolve(arts, analyses, Curated(entries=[]))
    assert len([e for e in kb.entities.values() if e.kind == PERSON]) == 1


@pytest.mark.parametrize("shipped_text", [pytest.param("철도 시설을 맡는 공공기관.", id="resolve-term-read-as-actor")])
def test_a_body_read_as_a_glossed_term_too_is_one_entity(analyser, shipped_text):
    """resolve-term-read-as-actor: `누리기술공단(NTK)` read as a body and as a term glossed with
    its abbreviation is one organisation, the abbreviation its other name — also when shipped
    knowledge claims the body (it never claims a term: the two readings stayed apart)."""
    from generator.curated import Curated, CuratedEntry
    from generator.extract import analyse_article
    from generator.model import ORGANIZATION, TERM
    from generator.resolve import resolve
    from tests.extract_support import make
    art = make("누리기술공단(NTK)은 이름을 바꾼다고 밝혔다. 누리기술공단은 철도 시설을 관리한다. NTK는 반발했다.")
    an = analyse_article(art, analyser)
    assert {m.kind for m in an.mentions if m.text == "누리기술공단"} >= {ORGANIZATION, TERM}  # (the case)
    shipped = CuratedEntry("누리기술공단", "organization", "누리기술공단", text=shipped_text, base=True)
    kb = resolve([art], {art.id: an}, Curated(entries=[shipped]))
    named = [e for e in kb.entities.values() if e.name in ("누리기술공단", "NTK")]
    assert len(named) == 1 and named[0].kind == ORGANIZATION and "NTK" in named[0].forms, named


@pytest.mark.parametrize("case", [pytest.param(None, id="resolve-legal-form-term")])
def test_a_company_glossed_with_its_legal_form_is_the_company(analyser, case):
    """resolve-legal-form-term: `주식회사 누리레일(NR)` read as a glossed term, and `누리레일` later
    in the article as a body, are one company, also when shipped knowledge knows it."""
    from generator.curated import Curated, CuratedEntry
    from generator.extract import analyse_article
    from generator.model import ORGANIZATION
    from generator.resolve import resolve
    from tests.extract_support import make
    art = make("주식회사 누리레일(NR)은 사고 원인을 조사한다고 밝혔다. 누리레일 관계자는 말했다. 누리레일은 사과했다.")
    an = analyse_article(art, analyser)
    shipped = CuratedEntry("누리레일", "organization", "누리레일", text="고속열차를 운영하는 철도 회사.", base=True)
    kb = resolve([art], {art.id: an}, Curated(entries=[shipped]))
    named = [e for e in kb.entities.values() if "누리레일" in e.name]
    assert len(named) == 1 and named[0].kind == ORGANIZATION, [(e.name, e.kind) for e in named]


@pytest.mark.parametrize("case", [pytest.param(None, id="resolve-plant-number")])
def test_an_unnumbered_plant_is_the_one_the_corpus_numbers(analyser, case):
    """후쿠시마 원전 in one article and 후쿠시마 제1원전 in another are one plant; with two
    numbered plants there the bare name joins neither."""
    from generator.corpus import parse_article
    from generator.curated import Curated
    from generator.extract import analyse_article
    from generator.resolve import resolve
    a, b, c = (parse_article(f"기사\n\n{body}\n", aid)[0] for aid, body in (
        ("a", "일본 후쿠시마 제1원전에서 사고가 났다."), ("b", "후쿠시마 원전 오염수를 방류했다."),
        ("c", "후쿠시마 제2원전도 멈췄다.")))
    arts = [a, b]
    kb = resolve(arts, {x.id: analyse_article(x, analyser) for x in arts}, Curated(entries=[]))
    plants = [e for e in kb.entities.values() if "원전" in e.name]
    assert len(plants) == 1 and set(plants[0].articles) == {"a", "b"}, [(e.name, e.articles) for e in plants]
    arts = [a, b, c]
    kb = resolve(arts, {x.id: analyse_article(x, analyser) for x in arts}, Curated(entries=[]))
    assert len({e.name for e in kb.entities.values() if "원전" in e.name}) == 3
