"""Every named rule is listed with what it does, a Korean example and a test case that exists."""
from __future__ import annotations

import re
from pathlib import Path

from generator.extract.rules import all_rules, rules_table

TESTS = Path(__file__).resolve().parents[1]


def test_every_rule_names_an_existing_case():
    ids = set()
    for p in TESTS.rglob("test_*.py"):
        ids |= set(re.findall(r'["\']([a-z0-9]+(?:-[a-z0-9]+)+)["\']', p.read_text(encoding="utf-8")))
    rules = all_rules()
    assert len(rules) >= 100
    missing = [(r.name, r.test) for r in rules if not any(i == r.test or i.startswith(r.test + "-") for i in ids)]
    assert not missing, missing


def test_every_rule_says_what_it_does_with_a_korean_example():
    for r in all_rules():
        assert len(r.description) > 10, r
        assert re.search("[가-힣]", r.example), r


def test_rules_command_lists_them_all():
    table = rules_table()
    assert table.startswith(f"{len(all_rules())} rules")
    for r in all_rules():
        assert f"{r.name}  [{r.stage}]" in table
