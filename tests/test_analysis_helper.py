"""The analysis stage's analyser loaded in a forked process (`generator.analysis_helper`):
started only when some article will be analysed, giving the analyses the build process
gives, and replaced by the build process' own analyser when it fails. The builds that
may fork run in a fresh interpreter: this test process may have an analyser loaded
already, and then the build does not fork (`fork_safe`)."""
from __future__ import annotations

import json
import pickle
import subprocess
import sys

import pytest

from generator import analysis_helper, pipeline
from generator.analyse import analyse_corpus
from generator.config import ROOT
from generator.importer import import_file

from .conftest import make_seeds, options_for, sample_csv

_CHILD = """
import json, pickle, sys
from dataclasses import replace
from pathlib import Path
from generator import pipeline
from generator.config import Options
seeds, work, out = map(Path, sys.argv[1:4])
opts = replace(Options(), seeds=seeds, site=work.parent / "site", work=work)
report = pipeline.BuildReport()
kb = pipeline.knowledge_base(opts, report, fork_analyser=True)
out.write_bytes(pickle.dumps(kb.analyses))
print(json.dumps(report.stats))
"""


@pytest.fixture()
def corpus(tmp_path):
    seeds = make_seeds(tmp_path, with_dev=False)
    import_file(sample_csv(tmp_path / "sample.csv", every=25, limit=6), seeds, source="위키뉴스",
                licence="CC BY 2.5", author="Korean Wikinews contributors")
    return options_for(tmp_path, seeds)


def _kb_in_a_fresh_process(opts) -> tuple[dict, dict]:
    """(the analyses, the stats) of `knowledge_base(fork_analyser=True)` in a new interpreter."""
    out = opts.work.parent / "analyses.pickle"
    got = subprocess.run([sys.executable, "-c", _CHILD, str(opts.seeds), str(opts.work), str(out)],
                         capture_output=True, text=True, cwd=ROOT, check=True)
    return pickle.loads(out.read_bytes()), json.loads(got.stdout.strip().splitlines()[-1])


def _plain(opts) -> dict:
    """The analyses the build process gives itself, without any cache."""
    return pipeline.knowledge_base(options_for(opts.work.parent / "plain", opts.seeds, use_cache=False)).analyses


def _edit_glossary(opts, old: str, new: str) -> None:
    path = opts.seeds / "curated" / "glossary.yml"
    text = path.read_text(encoding="utf-8")
    assert old in text
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def test_forked_only_when_something_is_analysed_and_same_analyses(corpus):
    analyses, stats = _kb_in_a_fresh_process(corpus)
    assert stats["analyser_forked"] == 0 and stats["analysed"] == len(analyses), stats  # a clean build
    _same, stats = _kb_in_a_fresh_process(corpus)
    assert stats["analyser_forked"] == 0 and stats["analysed"] == 0, stats  # nothing changed: no analyser
    _edit_glossary(corpus, "3자 안보협의체.", "3자 안보협의체(시험용 정의).")
    _same, stats = _kb_in_a_fresh_process(corpus)
    assert stats["analyser_forked"] == 0 and stats["analysed"] == 0, stats  # definitions are not analysed
    target = sorted(corpus.seeds.glob("2*.txt"))[1]
    with target.open("a", encoding="utf-8") as f:
        f.write("미국 국무부는 이 문제를 계속 검토하겠다고 밝혔다.\n")
    analyses, stats = _kb_in_a_fresh_process(corpus)
    assert stats["analyser_forked"] == 1 and stats["analysed"] == 1, stats
    assert analyses == _plain(corpus)


def test_changed_files_or_user_words_need_the_analyser(corpus):
    files = analysis_helper.seed_files(corpus.seeds)
    words = [("오커스", "NNG")]
    assert analysis_helper.to_analyse(corpus.cache_dir, files, words) is None  # nothing recorded yet
    analysis_helper.remember(corpus.cache_dir, files, words)
    assert analysis_helper.to_analyse(corpus.cache_dir, files, words) == 0
    assert not analysis_helper.needs_analysis(corpus.cache_dir, files, words)
    assert analysis_helper.to_analyse(corpus.cache_dir, files, words + [("오커스동맹", "NNG")]) is None
    one = next(iter(files))
    assert analysis_helper.to_analyse(corpus.cache_dir, {**files, "new": "0", one: "1"}, words) == 2
    assert analysis_helper.needs_analysis(None, files, words)


def test_a_failing_helper_leaves_the_analysis_to_the_build_process(corpus, monkeypatch, caplog):
    from generator.corpus import load_corpus
    monkeypatch.setattr(analysis_helper, "_serve", lambda conn, words: conn.send(("error", "broken")))
    articles, _problems = load_corpus(corpus.seeds)
    with analysis_helper.AnalysisHelper([]) as helper:
        analyses, stats = analyse_corpus(articles, [], None, helper=helper)
    assert stats["analysed"] == len(articles) and "analysis process failed" in caplog.text
    assert analyses == {a.id: an for a, an in zip(articles, analyse_corpus(articles, [], None)[0].values())}


def test_no_fork_beside_other_threads(corpus, monkeypatch):
    monkeypatch.setattr(analysis_helper, "fork_safe", lambda: False)
    report = pipeline.BuildReport()
    kb = pipeline.knowledge_base(corpus, report, fork_analyser=True)
    assert report.stats["analyser_forked"] == 0 and report.stats["analysed"] == len(kb.articles)


def test_not_fork_safe_once_an_analyser_is_loaded():
    got = subprocess.run([sys.executable, "-c", "from generator import pipeline, analysis_helper, extract; "
                          "print(analysis_helper.fork_safe()); extract.get_analyser(); "
                          "print(analysis_helper.fork_safe())"], capture_output=True, text=True,
                         cwd=ROOT, check=True)
    assert got.stdout.split() == ["True", "False"]
