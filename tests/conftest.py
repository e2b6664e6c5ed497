"""Shared fixtures: one built site per test session, served on 127.0.0.1, and a
headless Chromium (Debian's /usr/bin/chromium driven by Playwright)."""
from __future__ import annotations

import csv
import functools
import http.server
import shutil
import threading
from dataclasses import replace
from pathlib import Path

import pytest

from generator.config import ROOT, Options
from generator.importer import import_file

FIXTURES = Path(__file__).parent / "fixtures"
DEV_CSV = FIXTURES / "wikinews-dev.csv"
SEED_ARTICLE = ROOT / "seeds" / "000_3114c304e57fa8c9.txt"
SAMPLE_ROWS = 40
"""Development articles (every 8th row) added to the founding article in the shared site."""
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
                 "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def sample_csv(dest: Path, every: int = 8, limit: int = SAMPLE_ROWS) -> Path:
    with DEV_CSV.open(encoding="utf-8", newline="") as f:
        rows = list(csv.DictReader(f))
    picked = rows[::every][:limit]
    with dest.open("w", encoding="utf-8", newline="") as f:
        w = csv.DictWriter(f, fieldnames=list(rows[0]))
        w.writeheader()
        w.writerows(picked)
    return dest


def make_seeds(root: Path, with_dev: bool = True, curated: bool = True) -> Path:
    seeds = root / "seeds"
    seeds.mkdir(parents=True)
    shutil.copy(SEED_ARTICLE, seeds / SEED_ARTICLE.name)
    if curated and (ROOT / "seeds" / "curated").is_dir():
        shutil.copytree(ROOT / "seeds" / "curated", seeds / "curated")
    if with_dev:
        import_file(sample_csv(root / "sample.csv"), seeds, source="위키뉴스", licence="CC BY 2.5",
                    author="Korean Wikinews contributors")
    return seeds


def options_for(root: Path, seeds: Path, **kw) -> Options:
    return replace(Options(), seeds=seeds, site=root / "site", work=root / "work", **kw)


@pytest.fixture(scope="session")
def built(tmp_path_factory):
    """(options, build report, knowledge base) of the shared test site: the founding
    article plus 40 development articles, built once per session."""
    from generator.pipeline import build, knowledge_base
    root = tmp_path_factory.mktemp("shared-site")
    opts = options_for(root, make_seeds(root), strict=True)
    report = build(opts)
    kb = knowledge_base(opts)  # from the analysis cache: no second analysis
    return opts, report, kb


@pytest.fixture(scope="session")
def analyser():
    """The process's Korean analyser (loaded once, shared by the extraction tests)."""
    from generator.extract import get_analyser
    return get_analyser()


@pytest.fixture(scope="session")
def site_dir(built) -> Path:
    return built[0].site


class _QuietHandler(http.server.SimpleHTTPRequestHandler):
    def log_message(self, *args):  # keep test output clean
        pass


@pytest.fixture(scope="session")
def site_url(site_dir):
    handler = functools.partial(_QuietHandler, directory=str(site_dir))
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), handler)
    t = threading.Thread(target=server.serve_forever, daemon=True)
    t.start()
    yield f"http://127.0.0.1:{server.server_address[1]}/"
    server.shutdown()


@pytest.fixture(scope="session")
def browser():
    from playwright.sync_api import sync_playwright
    assert Path(CHROMIUM).exists(), f"{CHROMIUM} is missing: run scripts/setup.sh (installs Debian's chromium)"
    with sync_playwright() as p:
        b = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
        yield b
        b.close()


@pytest.fixture()
def page(browser):
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR")
    pg = ctx.new_page()
    yield pg
    ctx.close()


@pytest.fixture()
def phone(browser):
    ctx = browser.new_context(viewport={"width": 390, "height": 844}, device_scale_factor=2,
                              is_mobile=True, has_touch=True, locale="ko-KR")
    pg = ctx.new_page()
    yield pg
    ctx.close()
