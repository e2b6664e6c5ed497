"""Knowledge-base change summary (`python -m generator diff`), as CI runs it on a pull
request: export `kb.json` for the base and the head commit, then summarise.

The end-to-end test makes a git repository holding a copy of `seeds/`, commits, edits one
definition in `seeds/curated/glossary.yml`, commits again, checks both commits out with
`git worktree`, and expects a summary naming exactly that term with its old and new
definitions and nothing else.
"""
from __future__ import annotations

import json
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import yaml

from generator.config import ROOT
from generator.kbdiff import diff, diff_files

TERM_NAME = "오커스"
NEW_DEFINITION = "미국·영국·호주가 2021년에 만든 3자 안보 동맹. 호주의 핵추진 잠수함 도입을 돕는다."


def git(repo: Path, *args: str) -> str:
    env = {**os.environ, "GIT_AUTHOR_NAME": "t", "GIT_AUTHOR_EMAIL": "t@example.org",
           "GIT_COMMITTER_NAME": "t", "GIT_COMMITTER_EMAIL": "t@example.org", "GIT_CONFIG_GLOBAL": os.devnull,
           "GIT_CONFIG_NOSYSTEM": "1"}
    r = subprocess.run(["git", "-C", str(repo), *args], capture_output=True, text=True, env=env, check=True)
    return r.stdout.strip()


def generator(*args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "generator", *args], cwd=ROOT, capture_output=True,
                          text=True, encoding="utf-8", timeout=300)


def test_summary_of_one_edited_definition(tmp_path):
    repo = tmp_path / "repo"
    repo.mkdir()
    git(repo, "init", "-q", "-b", "main")
    shutil.copytree(ROOT / "seeds", repo / "seeds")
    git(repo, "add", "seeds")
    git(repo, "commit", "-q", "-m", "base")
    base_sha = git(repo, "rev-parse", "HEAD")

    glossary = repo / "seeds" / "curated" / "glossary.yml"
    text = glossary.read_text(encoding="utf-8")
    entries = yaml.safe_load(text)
    old_definition = next(e["definition"] for e in entries if e["name"] == TERM_NAME)
    assert text.count(old_definition) == 1
    glossary.write_text(text.replace(old_definition, NEW_DEFINITION), encoding="utf-8")  # comments kept
    git(repo, "commit", "-q", "-am", "fix the definition of 오커스")
    head_sha = git(repo, "rev-parse", "HEAD")

    work = tmp_path / "work"  # shared: the edit changes no analysis input, so head is a cache hit
    outs = {}
    for name, sha in (("base", base_sha), ("head", head_sha)):
        tree = tmp_path / name
        git(repo, "worktree", "add", "-q", "--detach", str(tree), sha)
        outs[name] = tmp_path / f"{name}-kb.json"
        r = generator("kb", "--seeds", str(tree / "seeds"), "--work", str(work), "--out", str(outs[name]))
        assert r.returncode == 0, r.stderr
    r = generator("diff", str(outs["base"]), str(outs["head"]))
    assert r.returncode == 0, r.stderr
    summary = r.stdout

    base, head = (json.loads(outs[n].read_text(encoding="utf-8")) for n in ("base", "head"))
    term = next(e for e in head["entities"] if e["name"] == TERM_NAME)
    items = [line for line in summary.splitlines() if line.startswith("- ")]
    assert items == [f"- **{TERM_NAME}** (`{term['id']}`) definition: “{old_definition}” → “{NEW_DEFINITION}”"], summary
    assert re.findall(r"^### .*$", summary, re.M) == ["### Changed terms (1)"], summary
    # and the exports agree on what exists (mentions are left out on purpose: they come
    # from the extractor, whose source is part of the analysis cache key, so an extractor
    # edited between the two exports would show up here without being the PR's change)
    assert [e["id"] for e in base["entities"]] == [e["id"] for e in head["entities"]]
    assert base["articles"] == head["articles"]


def test_ci_empty_base_branch(tmp_path):
    """The first pull request: the base branch has no seeds; CI exports an empty corpus.
    `diff` reads a missing base file as an empty knowledge base."""
    head = {"articles": [{"id": "a1", "title": "제목"}],
            "entities": [{"id": "x", "kind": "term", "name": "엑스", "forms": [], "glosses": [],
                          "description": "정의", "definitions": []}]}
    (tmp_path / "head.json").write_text(json.dumps(head, ensure_ascii=False), encoding="utf-8")
    out = diff_files(tmp_path / "missing.json", tmp_path / "head.json")
    assert "### New articles (1)" in out and "- `a1` 제목" in out
    assert "### New terms (1)" in out and "- **엑스** (`x`, term): 정의" in out


# ---------------------------------------------------------------- unit tests of diff()

def ent(eid: str, name: str, kind: str = "term", forms=(), glosses=(), description=None, definitions=()):
    return {"id": eid, "kind": kind, "name": name, "forms": list(forms), "glosses": list(glosses),
            "description": description, "definitions": [{"text": d} for d in definitions]}


def kb(*entities, articles=()):
    return {"articles": [{"id": i, "title": t} for i, t in articles], "entities": list(entities)}


def items(summary: str) -> list[str]:
    return [line for line in summary.splitlines() if line.startswith("- ")]


def headings(summary: str) -> list[str]:
    return re.findall(r"^### (.*)$", summary, re.M)


def test_no_change():
    a = kb(ent("t", "용어", description="정의"), articles=[("a", "기사")])
    out = diff(a, json.loads(json.dumps(a)))
    assert "No change to terms, actors or articles." in out and items(out) == []


def test_new_term():
    out = diff(kb(), kb(ent("aukus", "오커스", glosses=["AUKUS"], definitions=["3자 안보협의체"])))
    assert headings(out) == ["New terms (1)"]
    assert items(out) == ["- **오커스** (`aukus`, term): 3자 안보협의체"]


def test_removed_actor():
    base = kb(ent("biden", "조 바이든", kind="person", description="대통령"), ent("t", "용어"))
    out = diff(base, kb(ent("t", "용어")))
    assert headings(out) == ["Removed actors (1)"]
    assert items(out) == ["- **조 바이든** (`biden`)"]


def test_changed_forms():
    base = kb(ent("ms", "마이크로소프트", kind="organization", forms=["MS"], glosses=["Microsoft"]))
    head = kb(ent("ms", "마이크로소프트", kind="organization", forms=["MS", "마소"], glosses=[]))
    out = diff(base, head)
    assert headings(out) == ["Changed actors (1)"]
    assert items(out) == ["- **마이크로소프트** (`ms`) forms: +마소, −Microsoft"]


def test_changed_kind_name_and_extracted_definition():
    base = kb(ent("x", "나사", kind="organization", definitions=["옛 정의"]))
    head = kb(ent("x", "미국 항공우주국", kind="place", definitions=["새 정의"]))
    out = diff(base, head)
    # the actor changed kind within the actor family: one "Changed actors" section, three lines
    assert headings(out) == ["Changed actors (3)"]
    assert items(out) == ["- **미국 항공우주국** (`x`) definition: “옛 정의” → “새 정의”",
                          "- **미국 항공우주국** (`x`) kind: organization → place",
                          "- `x` name: 나사 → 미국 항공우주국"]


def test_term_becoming_an_actor_is_a_removal_and_an_addition():
    out = diff(kb(ent("x", "엑스")), kb(ent("x", "엑스", kind="person")))
    assert headings(out) == ["Removed terms (1)", "New actors (1)"]


def test_curated_description_wins_over_extracted_definition():
    base = kb(ent("t", "용어", definitions=["추출된 정의"]))
    head = kb(ent("t", "용어", description="정리된 정의", definitions=["추출된 정의"]))
    assert items(diff(base, head)) == ["- **용어** (`t`) definition: “추출된 정의” → “정리된 정의”"]
    assert items(diff(kb(ent("t", "용어")), head)) == ["- **용어** (`t`) definition: “—” → “정리된 정의”"]


def test_articles_added_and_removed():
    out = diff(kb(articles=[("a", "옛 기사")]), kb(articles=[("b", "새 기사")]))
    assert headings(out) == ["New articles (1)", "Removed articles (1)"]
    assert items(out) == ["- `b` 새 기사", "- `a` 옛 기사"]


def test_long_lists_are_cut():
    head = kb(*[ent(f"t{i:03}", f"용어{i}") for i in range(250)])
    out = diff(kb(), head)
    assert headings(out) == ["New terms (250)"]
    assert len(items(out)) == 201 and items(out)[-1] == "- … and 50 more"
