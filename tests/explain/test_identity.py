"""Who or what an actor is when nobody described it: appositives, name heads, parents."""
from __future__ import annotations

import re

import pytest

from generator.explain import identity
from generator.explain.identity import appositive, head_category, parent_and_head
from generator.model import ORGANIZATION, PERSON, PLACE


@pytest.mark.parametrize("before, kind, expected", [
    pytest.param("대한민국의 문화재 관리 기구인 ", ORGANIZATION, "대한민국의 문화재 관리 기구", id="identity-appositive"),
    pytest.param("남부 시아파 성지인 ", PLACE, None, id="identity-appositive-not-a-class-noun"),
    pytest.param("만 65세 이상 전직 국회의원 모임인 ", ORGANIZATION, "전직 국회의원 모임", id="identity-appositive-after-a-number"),
    pytest.param("다게스탄 공화국의 수도인 ", PLACE, "다게스탄 공화국의 수도", id="identity-appositive-capital"),
    pytest.param("상원 법사위원장과 다이안 파인스타인 ", ORGANIZATION, None, id="identity-appositive-name-ending-in"),
    pytest.param("이를 이유로 레소토의 이웃 국가인 ", PLACE, "레소토의 이웃 국가", id="identity-appositive-drops-clause"),
    pytest.param("합조단은 사건의 당사자인 ", PERSON, None, id="identity-appositive-person-needs-role"),
    pytest.param("인권운동가인 ", PERSON, "인권운동가", id="identity-appositive-person-role"),
    pytest.param("세계적인 ", ORGANIZATION, None, id="identity-appositive-adjectival"),
])
def test_appositive(before, kind, expected):
    assert appositive(before, kind) == expected


@pytest.mark.parametrize("name, kind, parent, expected", [
    pytest.param("강남구", PLACE, "서울특별시", "서울특별시의 구", id="identity-parent-and-head"),
    pytest.param("강남구", PLACE, None, None, id="identity-one-syllable-head-needs-parent"),
    pytest.param("청원군", PLACE, None, "군", id="identity-county"),
    pytest.param("부산역", PLACE, None, "부산의 역", id="identity-station"),
    pytest.param("한국환경공단", ORGANIZATION, None, "한국의 공공기관", id="identity-place-in-name"),
    pytest.param("강남구", PLACE, None, None, id="identity-place-in-name-not-its-own-stem"),
    pytest.param("바오터우 공항", PLACE, None, "공항", id="identity-place-in-name-unknown-city"),
    pytest.param("서울대공원", ORGANIZATION, None, None, id="identity-place-in-name-no-head"),
    pytest.param("트리폴리", PLACE, None, None, id="identity-foreign-name-is-no-village"),
    pytest.param("일본 정부", ORGANIZATION, None, "일본의 정부", id="identity-country-in-name"),
    pytest.param("노벨위원회", ORGANIZATION, None, "위원회", id="identity-head-alone"),
    pytest.param("홍대입구역", PLACE, "서울", "서울의 역", id="identity-station-not-district"),
    pytest.param("광주 북구", PLACE, None, "광주의 구", id="identity-city-district"),
    pytest.param("전주지검", ORGANIZATION, None, "전주의 지방검찰청", id="identity-district-prosecutors"),
    pytest.param("터프츠대", ORGANIZATION, None, "대학", id="identity-university-short"),
    pytest.param("기아 타이거즈", ORGANIZATION, None, "프로야구단", id="identity-baseball-club"),
    pytest.param("형사2부", ORGANIZATION, "부산고등법원", None, id="identity-numbered-division"),
    pytest.param("화산군", PLACE, None, "화산 무리", id="identity-whole-word-head"),
    pytest.param("교보문고", ORGANIZATION, None, None, id="identity-school-head-needs-parent"),
    pytest.param("카카오페이", ORGANIZATION, None, None, id="identity-no-head"),
])
def test_parent_and_head(name, kind, parent, expected):
    assert parent_and_head(name, kind, parent) == expected


def test_longest_head_wins():
    assert head_category("서울중앙지방법원", ORGANIZATION) == "지방법원"
    assert head_category("광장시장", PLACE, "서울") == "전통시장"


def test_heads_file_is_valid_and_broken_file_names_line(tmp_path, monkeypatch):
    assert identity.heads_problems() == []
    bad = tmp_path / "heads.yml"
    bad.write_text("organization:\n  위원회: 위원회\nplace:\n  구: [1, 2]\n", encoding="utf-8")
    monkeypatch.setattr(identity, "HEADS", bad)
    identity.heads.cache_clear()
    try:
        with pytest.raises(ValueError, match=r"heads\.yml.*4|4.*heads\.yml"):
            identity.heads()
    finally:
        identity.heads.cache_clear()


@pytest.mark.parametrize("name, expected_in", [
    pytest.param("아이오와 주", "미국", id="identity-known-stem"),
    pytest.param("가고시마 현", "일본", id="identity-known-stem-prefecture"),
])
def test_known_stem(name, expected_in):
    assert expected_in in (identity.known_stem(name, PLACE) or "")


def test_known_stem_needs_a_suffix():
    assert identity.known_stem("아이오와", PLACE) is None


@pytest.mark.parametrize("x", [pytest.param(None, id="identity-members")])
def test_members_line(x):
    from collections import Counter
    got = identity.members_line(Counter({("박도윤", "회장"): 3, ("김서연", "사장"): 1, ("이하준", "이사"): 1}))
    assert got == "관련 인물: 박도윤 회장, 김서연 사장"
    assert identity.members_line(Counter()) is None


def test_known_stem_only_when_the_entry_describes_that_unit():
    # the entry for 뉴욕 describes the city: 뉴욕 주 does not take it
    assert identity.known_stem("뉴욕 주", PLACE) is None


def test_shipped_knowledge_names_each_actor_once():
    """Two entries of the shipped known names must not be one actor written with other spacing,
    another middle dot, with its legal form (주식회사 에스알) or without 국제 (브누코보 공항): they would make two pages of one body."""
    import glob
    from collections import defaultdict

    import yaml

    from generator.curated import norm
    seen = defaultdict(set)
    from pathlib import Path
    known = Path(__file__).resolve().parents[2] / "generator" / "explain" / "known"
    for f in glob.glob(str(known / "*.yml")):
        for e in yaml.safe_load(open(f, encoding="utf-8")) or []:
            for n in (e["name"], *(e.get("aliases") or [])):
                bare = re.sub(r"^(?:주식회사|\(주\)|㈜)|(?:주식회사|\(주\)|㈜)$", "", norm(n).replace(" ", ""))
                bare = re.sub(r"국제공항$", "공항", bare)  # (브누코보 공항 = 브누코보 국제공항)
                seen[(bare.replace("·", ""), e.get("kind"))].add(e["name"])
    assert not {k: v for k, v in seen.items() if len(v) > 1}
