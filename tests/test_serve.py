"""The live preview (`python -m generator serve`) rebuilds only what changed and shows it.

On the founding article: `Preview` (the dev server's builder) directly, then the real
command in a child process with headless Chromium on the article page. Speed is measured
by scripts/bench_serve.py, not here.
"""
from __future__ import annotations

import shutil
import signal
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from generator.config import ROOT
from generator.serve import Preview

from .conftest import SEED_ARTICLE, make_seeds, options_for

SERVE_URL = "http://127.0.0.1:8000/"
ARTICLE_PAGE = Path("articles") / "000-3114c304e57fa8c9" / "index.html"


def append(path: Path, sentence: str) -> None:
    text = path.read_text(encoding="utf-8")
    with path.open("a", encoding="utf-8") as f:
        f.write(("" if text.endswith("\n") else "\n") + sentence + "\n")


@pytest.fixture()
def preview(tmp_path):
    opts = options_for(tmp_path, make_seeds(tmp_path, with_dev=False))
    site = tmp_path / "preview"
    site.mkdir()
    pv = Preview(opts, site, SERVE_URL)
    pv.start()
    return pv


@pytest.mark.slow
def test_a_rebuild_renders_only_the_pages_whose_markdown_changed(preview):
    first = preview.site
    assert not first.dirty and first.rebuilt == first.pages > 10
    assert (preview.site_dir / "search" / "ko" / "manifest.json").is_file()
    append(preview.opts.seeds / SEED_ARTICLE.name, "미리보기 검사를 위해 덧붙인 문장이다 PREVIEWMARK.")
    preview.rebuild()
    site = preview.site
    assert site.dirty and 1 <= site.rebuilt < site.pages
    assert "PREVIEWMARK" in (preview.site_dir / ARTICLE_PAGE).read_text(encoding="utf-8")
    assert (preview.site_dir / "search" / "ko" / "manifest.json").is_file()


@pytest.mark.slow
def test_a_changed_hand_written_page_rebuilds_every_page(tmp_path):
    """docs/ is part of every page's signature (as for a site build): a clean build."""
    docs = tmp_path / "docs"
    shutil.copytree(ROOT / "docs", docs)
    opts = options_for(tmp_path, make_seeds(tmp_path, with_dev=False), docs=docs)
    (tmp_path / "preview").mkdir()
    pv = Preview(opts, tmp_path / "preview", SERVE_URL)
    pv.start()
    about = docs / "about.md"
    about.write_text(about.read_text(encoding="utf-8") + "\n고친 소개 문장 ABOUTMARK.\n", encoding="utf-8")
    pv.rebuild()
    assert not pv.site.dirty and pv.site.rebuilt == pv.site.pages
    assert "ABOUTMARK" in (pv.site_dir / "about" / "index.html").read_text(encoding="utf-8")


@pytest.mark.slow
def test_bad_input_keeps_the_last_good_pages(preview, capsys):
    page = preview.site_dir / ARTICLE_PAGE
    before = page.read_bytes()
    glossary = preview.opts.seeds / "curated" / "glossary.yml"
    glossary.write_text(glossary.read_text(encoding="utf-8") + "\n- name: [unclosed\n", encoding="utf-8")
    append(preview.opts.seeds / SEED_ARTICLE.name, "반영되면 안 되는 문장이다 NOTSHOWN.")
    preview.rebuild()
    assert "preview not rebuilt" in capsys.readouterr().err
    assert page.read_bytes() == before


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float = 60.0) -> None:
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        assert proc.poll() is None, f"serve exited with status {proc.returncode}"
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return
        except OSError:
            time.sleep(0.3)
    pytest.fail(f"serve did not answer {url} within {timeout:.0f} s")


@pytest.fixture()
def served(tmp_path):
    """(base URL, seeds folder) of `python -m generator serve` on the founding article."""
    seeds = make_seeds(tmp_path, with_dev=False)
    port = free_port()
    log = (tmp_path / "serve.log").open("wb")
    proc = subprocess.Popen([sys.executable, "-m", "generator", "serve", "--seeds", str(seeds),
                             "--work", str(tmp_path / "work"), "--dev-addr", f"127.0.0.1:{port}"],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT)
    base = f"http://127.0.0.1:{port}/"
    try:
        wait_until_up(base, proc)
        yield base, seeds
    finally:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()
        log.close()
    assert proc.returncode == 0, (tmp_path / "serve.log").read_text(encoding="utf-8", errors="replace")


@pytest.mark.slow
@pytest.mark.browser
def test_serve_shows_an_edited_article_in_the_browser(served, page):
    base, seeds = served
    page.goto(base + ARTICLE_PAGE.parent.as_posix() + "/")
    assert "BROWSERMARK" not in page.inner_text("body")
    append(seeds / SEED_ARTICLE.name, "브라우저 검사를 위해 덧붙인 문장이다 BROWSERMARK.")
    # MkDocs' livereload script reloads the page once the preview is rebuilt
    page.wait_for_function("() => document.body && document.body.innerText.includes('BROWSERMARK')",
                           timeout=45_000, polling=200)


def test_serve_stops_on_a_bad_dev_addr(tmp_path, capsys):
    from generator.serve import serve
    opts = options_for(tmp_path, tmp_path / "seeds")
    assert serve(opts, "localhost") == 2
    assert "HOST:PORT" in capsys.readouterr().err
