"""Accessibility: axe-core (from npm, see scripts/setup.sh) injected by Playwright finds no
serious or critical violation on the home page, an article, a glossary term, an actor, the
glossary index and the search results, in the light (default) and dark (slate) schemes."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import urls
from generator.config import ROOT

pytestmark = pytest.mark.browser
SEED_ID = "000_3114c304e57fa8c9"
AXE = ROOT / ".cache" / "axe" / "node_modules" / "axe-core" / "axe.min.js"
BLOCKING = ("serious", "critical")
SEARCH = "오커스"


def _entity(kb, name):
    return next(e for e in kb.entities.values() if e.name == name)


PAGES = [
    pytest.param(lambda kb: "", id="home"),
    pytest.param(lambda kb: urls.article_url(SEED_ID), id="article"),
    pytest.param(lambda kb: urls.entity_url(_entity(kb, "오커스")), id="term"),
    pytest.param(lambda kb: urls.entity_url(_entity(kb, "조 바이든")), id="actor"),
    pytest.param(lambda kb: "glossary/", id="glossary-index"),
    pytest.param(lambda kb: f"?q={SEARCH}", id="search-results"),
]
SCHEMES = [pytest.param("light", "default", id="light"), pytest.param("dark", "slate", id="dark")]

_RUN_AXE = """async () => {
  const r = await axe.run(document, {resultTypes: ['violations']});
  return r.violations.map(v => ({id: v.id, impact: v.impact, help: v.help,
    targets: v.nodes.map(n => n.target.map(t => Array.isArray(t) ? t.join(' >> ') : t).join(' '))}));
}"""


def _report(violations) -> str:
    lines = []
    for v in violations:
        shown = ", ".join(v["targets"][:4]) + (" ..." if len(v["targets"]) > 4 else "")
        lines.append(f"{v['id']} ({v['impact']}, {len(v['targets'])} nodes): {v['help']} — {shown}")
    return "\n".join(lines)


@pytest.fixture(scope="session")
def axe_path() -> Path:
    if not AXE.is_file():
        pytest.fail(f"{AXE.relative_to(ROOT)} is missing: run scripts/setup.sh "
                    "(installs axe-core from npm into .cache/axe)", pytrace=False)
    return AXE


@pytest.mark.parametrize("color_scheme, md_scheme", SCHEMES)
@pytest.mark.parametrize("url_of", PAGES)
def test_no_serious_or_critical_axe_violation(axe_path, browser, site_url, built, url_of,
                                              color_scheme, md_scheme):
    _o, _r, kb = built
    ctx = browser.new_context(viewport={"width": 1280, "height": 900}, locale="ko-KR",
                              color_scheme=color_scheme)
    try:
        page = ctx.new_page()
        page.goto(site_url + url_of(kb))
        page.wait_for_load_state("networkidle")
        if url_of(kb).startswith("?q="):
            page.locator(".md-search-result__item").first.wait_for(state="visible", timeout=10_000)
        # Material picks the palette whose `media` in mkdocs.yml matches prefers-color-scheme
        scheme = page.evaluate("document.body.getAttribute('data-md-color-scheme')")
        assert scheme == md_scheme, f"{color_scheme} mode renders scheme {scheme!r}, not {md_scheme!r}"
        page.add_script_tag(path=str(axe_path))
        violations = page.evaluate(_RUN_AXE)
        blocking = [v for v in violations if v["impact"] in BLOCKING]
        assert not blocking, "serious/critical axe violations:\n" + _report(blocking)
    finally:
        ctx.close()
