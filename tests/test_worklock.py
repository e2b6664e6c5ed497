"""Builds never collide: each seeds/site pair has its own work folder, and a build holds
an exclusive lock on it; a second build of the same pair fails at once, names the
folder and the holder's pid, and touches nothing.

Real command-line builds of the tiny golden corpus (tests/golden/seeds), in child
processes. The first build is paused with SIGSTOP while it holds the lock, so "the
other build is still running" does not depend on timing.
"""
from __future__ import annotations

import hashlib
import os
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from generator.cli import EXIT_BUSY, _opts
from generator.config import DEFAULT_SEEDS, DEFAULT_SITE, ROOT, WORK_ROOT, Options, default_work
from generator.worklock import WorkFolderBusy, work_lock

GOLDEN_SEEDS = Path(__file__).parent / "golden" / "seeds"
TIMEOUT = 600


def tree(root: Path) -> dict[str, str]:
    if not root.exists():
        return {}
    return {p.relative_to(root).as_posix(): "dir" if p.is_dir() else
            f"{hashlib.sha256(p.read_bytes()).hexdigest()} {p.stat().st_mtime_ns}"
            for p in sorted(root.rglob("*"))}


def cli(*args: str) -> subprocess.Popen:
    return subprocess.Popen([sys.executable, "-m", "generator", *args], cwd=ROOT, text=True,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE,
                            env={**os.environ, "NO_MKDOCS_2_WARNING": "1"})


@pytest.fixture()
def corpora(tmp_path):
    """Two copies of the golden corpus; their default work folders are removed afterwards."""
    made = []
    for name in ("one", "two"):
        seeds = tmp_path / name / "seeds"
        shutil.copytree(GOLDEN_SEEDS, seeds)
        made.append((seeds, tmp_path / name / "site"))
    yield made
    for seeds, site in made:
        work = default_work(seeds, site)
        assert work.parent == WORK_ROOT and work != WORK_ROOT
        shutil.rmtree(work, ignore_errors=True)


def test_default_work_folders():
    assert Options().work_dir == WORK_ROOT == default_work(DEFAULT_SEEDS, DEFAULT_SITE)
    a = default_work(Path("/tmp/a/seeds"), Path("/tmp/a/site"))
    b = default_work(Path("/tmp/b/seeds"), Path("/tmp/a/site"))
    c = default_work(Path("/tmp/a/seeds"), Path("/tmp/b/site"))
    assert len({a, b, c, WORK_ROOT}) == 4 and all(p.parent == WORK_ROOT for p in (a, b, c))
    assert default_work(Path("/tmp/a/../a/seeds"), Path("/tmp/a/site")) == a  # resolved paths
    import argparse
    ns = argparse.Namespace(seeds="/tmp/a/seeds", site="/tmp/a/site", work=None, config=None)
    assert _opts(ns).work_dir == a and _opts(ns).docs_out == a / "docs"
    ns.work = "/tmp/elsewhere"
    assert _opts(ns).work_dir == Path("/tmp/elsewhere")


def test_lock_is_exclusive_between_holders_and_reentrant_within_one(tmp_path):
    with work_lock(tmp_path):
        with work_lock(tmp_path):  # build() -> generate(): same process, same folder
            pass
        assert (tmp_path / ".lock").read_text().strip() == str(os.getpid())
        # another process sees the lock held, with our pid
        r = subprocess.run([sys.executable, "-c", "import sys; from generator.worklock import work_lock\n"
                            f"try:\n with work_lock({str(tmp_path)!r}): sys.exit(0)\n"
                            "except Exception as e: print(e); sys.exit(3)"],
                           cwd=ROOT, capture_output=True, text=True, timeout=60)
        assert r.returncode == 3
        assert r.stdout.strip() == (f"another build (pid {os.getpid()}) is using {tmp_path.resolve()}; "
                                    "wait for it or pass --work DIR")
    with work_lock(tmp_path):  # released
        pass


@pytest.mark.slow
def test_second_build_of_the_same_corpus_fails_at_once(corpora):
    seeds, site = corpora[0]
    work = default_work(seeds, site)
    first = cli("build", "--seeds", str(seeds), "--site", str(site))
    try:
        deadline = time.monotonic() + TIMEOUT
        while True:  # wait until the first build holds the lock (it writes its pid there)
            try:
                if (work / ".lock").read_text().strip() == str(first.pid):
                    break
            except OSError:
                pass
            assert first.poll() is None, first.communicate()
            assert time.monotonic() < deadline
            time.sleep(0.05)
        os.kill(first.pid, signal.SIGSTOP)  # "still running", for as long as we need
        before_work, before_site = tree(work), tree(site)
        t0 = time.monotonic()
        second = cli("build", "--seeds", str(seeds), "--site", str(site))
        out, err = second.communicate(timeout=TIMEOUT)
        assert second.returncode == EXIT_BUSY, (out, err)
        assert (f"another build (pid {first.pid}) is using {work}; wait for it or pass --work DIR"
                in err), err
        assert time.monotonic() - t0 < 30  # at once, not after the first build
        assert tree(work) == before_work and tree(site) == before_site  # nothing touched
    finally:
        os.kill(first.pid, signal.SIGCONT)
    out, err = first.communicate(timeout=TIMEOUT)
    assert first.returncode == 0, err
    assert (site / "index.html").is_file() and (work / "docs" / "index.md").is_file()
    assert not any(p.name.startswith(".site.tmp-") for p in site.parent.iterdir())


@pytest.mark.slow
def test_builds_of_two_corpora_run_side_by_side(corpora):
    procs = [cli("build", "--seeds", str(seeds), "--site", str(site)) for seeds, site in corpora]
    for p in procs:
        out, err = p.communicate(timeout=TIMEOUT)
        assert p.returncode == 0, err
        assert "another build" not in err
    works = {default_work(seeds, site) for seeds, site in corpora}
    assert len(works) == 2
    for seeds, site in corpora:
        assert (site / "index.html").is_file()
        assert (default_work(seeds, site) / "docs" / "articles").is_dir()


def test_busy_work_folder_is_reported_by_the_api(tmp_path):
    from generator.pipeline import build
    opts = Options(seeds=GOLDEN_SEEDS, site=tmp_path / "site", work=tmp_path / "work")
    holder = subprocess.Popen([sys.executable, "-c", "import sys, time; from generator.worklock import work_lock\n"
                               f"with work_lock({str(opts.work)!r}):\n print('held', flush=True); time.sleep(60)"],
                              cwd=ROOT, stdout=subprocess.PIPE, text=True)
    try:
        assert holder.stdout.readline().strip() == "held"
        with pytest.raises(WorkFolderBusy) as e:
            build(opts)
        assert e.value.pid == holder.pid
        assert not opts.site.exists() and not opts.docs_out.exists()
    finally:
        holder.kill()
        holder.wait()
