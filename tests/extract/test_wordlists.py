"""The extraction engine's word lists as data files: they load, `validate()` names the file
and line of a bad entry, declared-disjoint lists are checked, and the fingerprint that keys
the analysis cache follows the files' bytes."""
from __future__ import annotations

import pytest

from generator.extract import gazetteer, lexicon, orglex, wordlists

HEADER = "about: a test list\nsource: written by this test\nwords:\n"


@pytest.fixture
def tmp_data(tmp_path, monkeypatch):
    """`wordlists.DATA` pointed at an empty temporary folder (caches cleared before and after)."""
    monkeypatch.setattr(wordlists, "DATA", tmp_path)
    wordlists.words.cache_clear()
    wordlists.word_set.cache_clear()
    wordlists.fingerprint.cache_clear()
    yield tmp_path
    wordlists.words.cache_clear()
    wordlists.word_set.cache_clear()
    wordlists.fingerprint.cache_clear()


def test_every_data_file_loads_and_validates():
    names = wordlists.list_names()
    assert len(names) >= 50
    for name in names:
        entries = wordlists.words(name)
        assert entries, f"{name}.yml has no entry"
        assert all(isinstance(w, str) and w == w.strip() and w for w in entries), name
    assert [str(p) for p in wordlists.validate()] == []


def test_the_engine_reads_the_known_names_files():
    """A one-line addition to these files reaches the engine: the module names are built from them."""
    assert lexicon.KNOWN_PEOPLE == wordlists.word_set("known_people")
    assert gazetteer.COUNTRIES == wordlists.word_set("countries")
    assert orglex.KOREA == wordlists.word_set("known_orgs_korea")
    assert orglex.ALL >= wordlists.word_set("known_orgs_international")
    assert lexicon.ROLE_HEADS == tuple(sorted(wordlists.words("role_nouns"), key=len, reverse=True))
    assert lexicon.SHORT_COUNTRY["美"] == "미국"


def test_a_duplicate_is_reported_with_file_and_line(tmp_data):
    (tmp_data / "nouns.yml").write_text(HEADER + "- 위원회\n- 협회\n- 위원회\n", encoding="utf-8")
    problems = wordlists.validate()
    assert len(problems) == 1
    p = problems[0]
    assert p.path == tmp_data / "nouns.yml" and p.line == 6
    assert "duplicate entry '위원회' (first at line 4)" in p.message
    assert str(p).startswith(f"{tmp_data / 'nouns.yml'}:6: error:")


def test_a_missing_header_and_a_non_string_entry_are_reported(tmp_data):
    (tmp_data / "bad.yml").write_text("words:\n- 협회\n- 美: 미국\n", encoding="utf-8")
    messages = [(p.line, p.message) for p in wordlists.validate()]
    assert any(line == 1 and "missing header field 'about'" in m for line, m in messages)
    assert any(line == 3 and "non-empty string" in m for line, m in messages)


def test_a_word_in_two_disjoint_lists_is_reported(tmp_data):
    (tmp_data / "places.yml").write_text(HEADER + "- 서울\n- 부산\n", encoding="utf-8")
    (tmp_data / "not_places.yml").write_text(HEADER + "- 현지\n- 부산\n", encoding="utf-8")
    (tmp_data / wordlists.DISJOINT).write_text("- [places, not_places]\n", encoding="utf-8")
    problems = wordlists.validate()
    assert len(problems) == 1
    p = problems[0]
    assert p.path == tmp_data / "not_places.yml" and p.line == 5
    assert "'부산' is also in places.yml (line 5)" in p.message


def test_the_fingerprint_changes_when_a_data_file_changes(tmp_data):
    f = tmp_data / "nouns.yml"
    f.write_text(HEADER + "- 위원회\n", encoding="utf-8")
    before = wordlists.fingerprint()
    f.write_text(HEADER + "- 위원회\n- 협회\n", encoding="utf-8")
    wordlists.fingerprint.cache_clear()
    assert wordlists.fingerprint() != before


def test_a_short_form_entry_without_its_country_is_refused(tmp_data):
    (tmp_data / "short.yml").write_text(HEADER + "- 美 미국\n- 日\n", encoding="utf-8")
    with pytest.raises(wordlists.WordListError, match="short.yml"):
        gazetteer._short_forms("short")
