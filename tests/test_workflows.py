"""Offline checks of the GitHub configuration under ``.github/``.

* ``check-jsonschema`` validates the workflows, the issue forms and the issue
  template chooser config against the schemas it ships with;
* ``zizmor --offline`` audits the workflows for security problems;
* every ``uses:`` is pinned to a full commit SHA with a ``# vX.Y.Z`` comment,
  and the SHA is the one recorded below for that release.

Both tools must be installed in the same virtualenv as the interpreter running
the tests (``check-jsonschema`` and ``zizmor`` from PyPI). A missing tool is a
failure, not a skip: a silently skipped security check is worse than none.

Each checker is also run once on a deliberately broken file written to
``tmp_path`` so that a checker that stops detecting anything fails the suite.
"""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
GITHUB_DIR = ROOT / ".github"
WORKFLOWS_DIR = GITHUB_DIR / "workflows"
ISSUE_TEMPLATE_DIR = GITHUB_DIR / "ISSUE_TEMPLATE"
BIN_DIR = Path(sys.executable).parent

WORKFLOWS = [WORKFLOWS_DIR / "ci.yml", WORKFLOWS_DIR / "pages.yml"]
ISSUE_FORMS = [
    ISSUE_TEMPLATE_DIR / "wrong-definition.yml",
    ISSUE_TEMPLATE_DIR / "missing-term.yml",
    ISSUE_TEMPLATE_DIR / "new-article.yml",
]
ISSUE_CONFIG = ISSUE_TEMPLATE_DIR / "config.yml"

# The commit each pinned release points at. When updating an action, resolve
# the new tag to its commit on github.com/<owner>/<repo>/releases (or
# `gh api repos/<owner>/<repo>/commits/<tag> --jq .sha`) and change the
# workflow and this table together.
KNOWN_PINS: dict[str, tuple[str, str]] = {
    "actions/checkout": ("11bd71901bbe5b1630ceea73d27597364c9af683", "v4.2.2"),
    "actions/setup-python": ("a26af69be951a213d495a4c3e4e4022e16d87065", "v5.6.0"),
    "actions/upload-artifact": ("ea165f8d65b6e75b540449e92b4886f43607fa02", "v4.6.2"),
    "actions/upload-pages-artifact": (
        "56afc609e74202658d3ffba0e8f6dda462b719fa",
        "v3.0.1",
    ),
    "actions/deploy-pages": ("d6db90164ac5ed86f2b6aed7e0febac5b3c0c03e", "v4.0.5"),
}

USES_LINE = re.compile(r"^\s*(?:-\s+)?uses:\s*(?P<value>.*)$")
PINNED = re.compile(
    r"^(?P<action>[A-Za-z0-9_.-]+/[A-Za-z0-9_./-]+)@(?P<sha>[0-9a-f]{40})"
    r"\s+#\s*(?P<version>v\d+\.\d+\.\d+)\s*$"
)


# --------------------------------------------------------------------------
# helpers


def tool(name: str) -> Path:
    """The executable ``name`` next to ``sys.executable``; fail if missing."""
    path = BIN_DIR / name
    if not path.is_file():
        pytest.fail(
            f"{name} is not installed in {BIN_DIR}; install it in this virtualenv "
            f"(pip install 'check-jsonschema>=0.28,<1' 'zizmor>=1.0,<2')",
            pytrace=False,
        )
    return path


def run_check_jsonschema(schema: str, *paths: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [str(tool("check-jsonschema")), "--builtin-schema", schema, *map(str, paths)],
        capture_output=True,
        text=True,
        timeout=120,
    )


def run_zizmor(*paths: Path) -> tuple[int, list[dict], str]:
    """Run zizmor offline; return (exit code, findings, stderr)."""
    proc = subprocess.run(
        [
            str(tool("zizmor")),
            "--offline",
            "--strict-collection",
            "--format",
            "json",
            "--no-progress",
            "--color",
            "never",
            *map(str, paths),
        ],
        capture_output=True,
        text=True,
        timeout=120,
    )
    try:
        findings = json.loads(proc.stdout) if proc.stdout.strip() else []
    except json.JSONDecodeError:
        pytest.fail(f"zizmor printed non-JSON output:\n{proc.stdout}\n{proc.stderr}")
    return proc.returncode, findings, proc.stderr


def pin_problems(text: str, source: str = "<text>") -> list[str]:
    """Every ``uses:`` that is not ``owner/repo@<40-hex> # vX.Y.Z``."""
    problems = []
    for lineno, line in enumerate(text.splitlines(), 1):
        match = USES_LINE.match(line)
        if not match:
            continue
        value = match.group("value").strip().strip("'\"")
        pinned = PINNED.match(value)
        if not pinned:
            problems.append(f"{source}:{lineno}: not pinned to a SHA with a version: {value}")
            continue
        known = KNOWN_PINS.get(pinned["action"])
        if known is None:
            problems.append(
                f"{source}:{lineno}: {pinned['action']} is not in KNOWN_PINS; "
                "verify its SHA and add it"
            )
        elif (pinned["sha"], pinned["version"]) != known:
            problems.append(
                f"{source}:{lineno}: {pinned['action']}@{pinned['sha']} # {pinned['version']} "
                f"does not match the recorded pin {known[0]} # {known[1]}"
            )
    return problems


def describe(findings: list[dict]) -> str:
    out = []
    for finding in findings:
        locations = finding.get("locations") or [{}]
        symbolic = locations[0].get("symbolic", {})
        key = symbolic.get("key", {})
        where = key.get("Local", {}).get("given_path", "?") if isinstance(key, dict) else "?"
        out.append(f"{finding.get('ident')}: {finding.get('desc')} ({where})")
    return "\n".join(out)


# --------------------------------------------------------------------------
# deliberately broken inputs, used to prove each checker can fail

BAD_WORKFLOW_SCHEMA = """\
name: broken
on: push
jobs:
  build:
    steps:
      - run: echo "no runs-on, so this job is invalid"
"""

BAD_WORKFLOW_SECURITY = """\
name: insecure
on: pull_request_target
jobs:
  build:
    runs-on: ubuntu-latest
    steps:
      - uses: actions/checkout@v4
        with:
          ref: ${{ github.event.pull_request.head.sha }}
      - uses: someone/some-action@main
      - run: echo "${{ github.event.pull_request.title }}"
"""

BAD_ISSUE_FORM = """\
name: broken form
description: the body is missing and a field has an unknown type
labels: ["x"]
bodyy:
  - type: not-a-type
"""


# --------------------------------------------------------------------------
# the real files


def test_expected_files_exist():
    for path in [*WORKFLOWS, *ISSUE_FORMS, ISSUE_CONFIG, GITHUB_DIR / "pull_request_template.md"]:
        assert path.is_file(), f"missing {path.relative_to(ROOT)}"


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_workflow_matches_schema(workflow: Path):
    proc = run_check_jsonschema("vendor.github-workflows", workflow)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_zizmor_finds_nothing():
    rc, findings, stderr = run_zizmor(WORKFLOWS_DIR)
    assert findings == [], describe(findings)
    assert rc == 0, stderr


@pytest.mark.parametrize("form", ISSUE_FORMS, ids=lambda p: p.name)
def test_issue_form_matches_schema(form: Path):
    proc = run_check_jsonschema("vendor.github-issue-forms", form)
    assert proc.returncode == 0, proc.stdout + proc.stderr


def test_issue_template_config_matches_schema():
    proc = run_check_jsonschema("vendor.github-issue-config", ISSUE_CONFIG)
    assert proc.returncode == 0, proc.stdout + proc.stderr


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_actions_pinned_to_known_shas(workflow: Path):
    text = workflow.read_text(encoding="utf-8")
    assert any(USES_LINE.match(line) for line in text.splitlines()), "no uses: lines found"
    assert pin_problems(text, workflow.name) == []


@pytest.mark.parametrize("workflow", WORKFLOWS, ids=lambda p: p.name)
def test_every_checkout_drops_credentials(workflow: Path):
    lines = workflow.read_text(encoding="utf-8").splitlines()
    checkouts = [i for i, line in enumerate(lines) if "uses: actions/checkout@" in line]
    assert checkouts
    for i in checkouts:
        step = []
        for line in lines[i + 1 :]:
            if re.match(r"^\s*-\s", line) or not line.strip():
                break
            step.append(line)
        assert any("persist-credentials: false" in line for line in step), (
            f"{workflow.name}:{i + 1}: checkout keeps the token in .git/config"
        )


def test_ci_runs_the_project_commands():
    text = (WORKFLOWS_DIR / "ci.yml").read_text(encoding="utf-8")
    for command in [
        "bash scripts/setup.sh",
        ".venv/bin/python -m generator check --seeds seeds --github",
        ".venv/bin/python -m pytest -q",
        ".venv/bin/python -m generator build --seeds seeds --site site --strict",
        ".venv/bin/python -m generator linkcheck site",
        ".venv/bin/python -m generator kb --seeds base/seeds --out base-kb.json",
        ".venv/bin/python -m generator kb --seeds seeds --out head-kb.json",
        ".venv/bin/python -m generator diff base-kb.json head-kb.json",
        '"$GITHUB_STEP_SUMMARY"',
        "name: site-preview",
        "ref: ${{ github.base_ref }}",
        "path: base",
    ]:
        assert command in text, f"ci.yml no longer contains {command!r}"


def test_pages_grants_write_only_to_deploy():
    text = (WORKFLOWS_DIR / "pages.yml").read_text(encoding="utf-8")
    top, _, jobs = text.partition("\njobs:\n")
    build, _, deploy = jobs.partition("\n  deploy:\n")
    write = re.compile(r":\s*write\b")
    assert "contents: read" in top and not write.search(top)
    assert not write.search(build)
    assert "pages: write" in deploy and "id-token: write" in deploy
    assert "cancel-in-progress: false" in top


# --------------------------------------------------------------------------
# the checkers can fail


def test_schema_check_rejects_a_broken_workflow(tmp_path: Path):
    bad = tmp_path / "broken.yml"
    bad.write_text(BAD_WORKFLOW_SCHEMA, encoding="utf-8")
    proc = run_check_jsonschema("vendor.github-workflows", bad)
    assert proc.returncode != 0, proc.stdout + proc.stderr


def test_schema_check_rejects_a_broken_issue_form(tmp_path: Path):
    bad = tmp_path / "broken-form.yml"
    bad.write_text(BAD_ISSUE_FORM, encoding="utf-8")
    proc = run_check_jsonschema("vendor.github-issue-forms", bad)
    assert proc.returncode != 0, proc.stdout + proc.stderr


def test_zizmor_flags_an_insecure_workflow(tmp_path: Path):
    workflows = tmp_path / ".github" / "workflows"
    workflows.mkdir(parents=True)
    (workflows / "insecure.yml").write_text(BAD_WORKFLOW_SECURITY, encoding="utf-8")
    rc, findings, _ = run_zizmor(workflows)
    assert rc != 0
    idents = {finding["ident"] for finding in findings}
    assert {"unpinned-uses", "template-injection", "artipacked"} <= idents, idents


def test_pin_check_rejects_unpinned_and_mismatched_uses():
    good_sha, good_version = KNOWN_PINS["actions/checkout"]
    text = "\n".join(
        [
            "    steps:",
            f"      - uses: actions/checkout@{good_sha} # {good_version}",
            "      - uses: actions/checkout@v4",
            f"      - uses: actions/checkout@{good_sha}",
            f"        uses: actions/checkout@{good_sha} # v4.0.0",
            f"      - uses: actions/checkout@{'0' * 40} # {good_version}",
            f"      - uses: someone/other@{'a' * 40} # v1.0.0",
        ]
    )
    problems = pin_problems(text)
    assert len(problems) == 5, problems
    assert pin_problems(text.splitlines()[1]) == []
