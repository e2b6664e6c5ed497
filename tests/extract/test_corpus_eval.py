"""Extraction over whole corpora. The evaluation script runs on a fresh clone (the repository's
copies of the corpus) and the dev split stays at the issue's targets: a regression guard, not a
measurement (the figures themselves are reported by `scripts/eval_extract.py`). Offsets hold
over every article of the development corpus."""
from __future__ import annotations

import importlib.util
from pathlib import Path

import pytest

from generator.extract import analyse_many
from generator.extract.devcorpus import DEV_CSV, load_dev

from ..extract_support import check_offsets

ROOT = Path(__file__).resolve().parents[2]


def _load():
    spec = importlib.util.spec_from_file_location("eval_extract", ROOT / "scripts" / "eval_extract.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_dev_split_meets_the_targets():
    ev = _load()
    items = ev.load_gold("dev")
    assert len(items) == 20 and any(name.startswith("seed_") for name, _, _ in items)
    counts, (q_right, _, q_total), _ = ev.score(items)

    def f1(tp, fp, fn):
        p, r = tp / (tp + fp), tp / (tp + fn)
        return 2 * p * r / (p + r)

    for kind in ("person", "organization", "place"):
        assert f1(*counts[kind]) >= 0.85, (kind, counts[kind])
    tp, fp, fn = counts["term"]
    assert tp / (tp + fn) >= 0.85 and tp / (tp + fp) >= 0.8, counts["term"]
    assert q_right / q_total >= 0.85, (q_right, q_total)


def test_every_gold_file_loads_and_names_its_article():
    ev = _load()
    items = ev.load_gold("all")  # (checks each row's title against the CSV)
    assert len(items) >= 150
    assert {g["split"] for _, g, _ in items} >= {"dev", "heldout13", "heldout14"}


@pytest.mark.slow
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
