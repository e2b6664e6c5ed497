"""Korean search in a real browser: queries typed into Material's search box on the shared
built site (conftest `site_url`), answered by javascripts/search-ko-worker.js from the
index generator/search wrote."""
from __future__ import annotations

import re
from pathlib import Path
from urllib.parse import unquote

import pytest

from generator import urls

pytestmark = pytest.mark.browser
RESULTS = ".md-search-result__item"
SHOTS = Path(__file__).parent / "screenshots"


def entity_named(kb, text: str, roles: bool = False):
    """The entity called `text`, else the one with `text` among its forms, glosses
    (or role titles)."""
    ents = list(kb.entities.values())
    for pick in (lambda e: e.name == text,
                 lambda e: text in e.forms or text in e.glosses,
                 lambda e: roles and any(r.title == text for r in e.roles)):
        found = [e for e in ents if pick(e)]
        if found:
            return max(found, key=lambda e: len(e.mentions))
    pytest.skip(f"the knowledge base has no entity for {text!r} (extractor output changed?)")


def search(page, site_url: str, query: str) -> list[dict]:
    """Type `query` into the search box; the results as {url, title, text}."""
    if not page.url.startswith(site_url):
        page.goto(site_url)
    box = page.locator("input.md-search__input")
    box.click()
    return type_query(page, query)


def type_query(page, query: str) -> list[dict]:
    """Type into the open search box and wait for the answer to this query."""
    box = page.locator("input.md-search__input")
    box.fill(query)
    box.press("End")  # Material reads the box on keyup; fill() alone sends none
    page.wait_for_function(
        """q => { const m = document.querySelector('.md-search-result__meta');
                  return document.querySelector('.md-search__input').value === q && m &&
                         (document.querySelector('.md-search-result__item') ||
                          m.textContent.includes('없')); }""", arg=query, timeout=10_000)
    page.wait_for_timeout(150)  # let a result for an earlier prefix be replaced
    out = []
    for item in page.locator(RESULTS).all():
        link = item.locator("a.md-search-result__link").first
        out.append({"url": unquote(link.get_attribute("href") or ""),
                    "title": item.locator("h1, h2").first.inner_text().strip(),
                    "text": item.inner_text()})
    return out


def is_article(r) -> bool:
    return f"/{urls.ARTICLES}/" in r["url"]


def rank_of(results, entity) -> int:
    want = "/" + urls.entity_url(entity)
    for i, r in enumerate(results):
        if r["url"].split("?")[0].endswith(want):
            return i
    return -1


CASES = [
    # query, entity to find (by name / form / role), must be first, form shown as "x → name"
    ("정책", "방산정책조정회의", False, None),            # inner part of a compound
    ("오커스를", "오커스", True, None),                   # particle attached
    ("military", "방산정책조정회의", True, "military industrial council"),  # a word of a gloss
    ("military industrial council", "방산정책조정회의", True, None),
    ("AUKUS", "오커스", True, "AUKUS"),                   # abbreviation
    ("MD", "미사일방어체계", True, "MD"),
    ("岸田文雄", "岸田文雄", True, "岸田文雄"),             # Hanja name
    ("국가안보보좌관", "국가안보보좌관", True, None),          # a glossary term (base glossary)
    ("국가안보보좌관", "제이크 설리번", False, "국가안보보좌관"),  # ... and the person holding the role
    ("나사", "나사", True, "나사"),                       # Korean name of an acronym
    ("정책조정", "방산정책조정회의", False, None),          # a run of inner parts
    ("‘오커스(AUKUS)’가", "오커스", True, None),          # pasted with quotes and particle
]


@pytest.mark.parametrize("query, target, first, via", CASES, ids=[c[0] for c in CASES])
def test_query_finds_entity(page, site_url, built, query, target, first, via):
    kb = built[2]
    ent = entity_named(kb, target, roles=True)
    results = search(page, site_url, query)
    titles = [r["title"] for r in results]
    pos = rank_of(results, ent)
    assert pos >= 0, f"{query!r}: {ent.name} not among {titles}"
    if first:
        assert pos == 0, f"{query!r}: {ent.name} is result {pos + 1} of {titles}"
    else:
        assert pos < 5, f"{query!r}: {ent.name} is result {pos + 1} of {titles}"
    # a term or actor page ranks above every article for a query that names it
    first_article = next((i for i, r in enumerate(results) if is_article(r)), len(results))
    assert pos < first_article
    if via:
        assert f"{via} → {ent.name}" in results[pos]["text"]


def test_multi_word_query_is_and_then_or(page, site_url, built):
    kb = built[2]
    founding = urls.article_url(next(a for a in kb.articles if a.startswith("000_")))
    results = search(page, site_url, "바이든 기시다")
    assert any(r["url"].endswith("/" + founding) for r in results[:3]), [r["title"] for r in results]
    assert "조 바이든" not in [r["title"] for r in results]  # AND: no page lacking 기시다
    # OR fallback: one word that matches nothing leaves the other word's results, marked
    results = search(page, site_url, "오커스 qqqzzz")
    assert results and results[0]["title"] == "오커스"


def serve_local_sitemap(page, site_url: str) -> None:
    """Material 9.8 maps sitemap URLs to the page's protocol and host but keeps site_url's
    port and path, so on 127.0.0.1:<port>/ instant navigation finds no page and falls
    back to full loads. Rewrite the sitemap to this server so it engages, as it does
    under `mkdocs serve` or on the deployed site."""
    def fulfil(route):
        resp = route.fetch()
        text = resp.text()
        locs = re.findall(r"<loc>([^<]+)</loc>", text)
        root = min(locs, key=len) if locs else site_url
        route.fulfill(response=resp, body=text.replace(root, site_url))
    page.route("**/sitemap.xml", fulfil)


def test_result_opens_with_instant_navigation(page, site_url, built):
    ent = entity_named(built[2], "오커스")
    serve_local_sitemap(page, site_url)
    page.goto(site_url)
    page.wait_for_timeout(300)
    page.evaluate("window.__noReload = 1")
    search(page, site_url, "AUKUS")
    page.locator(f"{RESULTS} a.md-search-result__link").first.click()
    page.wait_for_function("p => decodeURIComponent(location.pathname).endsWith(p)",
                           arg="/" + urls.entity_url(ent))
    page.wait_for_selector(".md-content article h1")
    assert page.evaluate("window.__noReload") == 1, "the result link caused a full page load"
    assert ent.name in page.locator(".md-content article h1").first.inner_text()
    # the worker survives navigation: searching again works
    assert search(page, site_url, "나사")


def test_result_text_is_escaped(page, site_url):
    search(page, site_url, "오커스")
    # only Material's markup and our <mark>/<p>/<span> reach the result list
    tags = page.evaluate("""() => [...new Set([...document.querySelectorAll(
        '.md-search-result__list *')].map(e => e.tagName.toLowerCase()))]""")
    assert set(tags) <= {"li", "a", "article", "div", "h1", "h2", "p", "span", "mark", "details",
                         "summary", "nav", "del"}, tags


def test_first_search_payload_is_small(browser, site_url):
    """A first search downloads the worker, a cut-down search_index.json, the manifest, a
    shard per word and the record chunks of the results — not the whole index."""
    ctx = browser.new_context(locale="ko-KR")
    page = ctx.new_page()
    sizes: dict[str, int] = {}

    def seen(resp):
        if "/search/" in resp.url or "search-ko-worker" in resp.url:
            try:
                sizes[resp.url.split("?")[0]] = len(resp.body())
            except Exception:  # noqa: BLE001 - bodies of aborted requests are gone
                pass
    page.on("response", seen)
    try:
        assert search(page, site_url, "오커스")
        page.wait_for_timeout(300)
    finally:
        ctx.close()
    material = [n for u, n in sizes.items() if u.endswith("search_index.json")]
    assert material and material[0] < 2_000, "Material's index should hold no documents"
    shards = [u for u in sizes if "/search/ko/s/" in u]
    chunks = [u for u in sizes if "/search/ko/d/" in u]
    assert 1 <= len(shards) <= 2 and chunks, sizes
    assert sum(sizes.values()) < 250_000, sizes


def test_search_on_a_phone(phone, site_url, built):
    """At phone width Material hides the search box behind a header icon that opens the
    search overlay: tap it, type a word with a particle, tap the top result."""
    ent = entity_named(built[2], "오커스")
    page = phone
    page.goto(site_url)
    toggle = page.locator("#__search")  # Material's checkbox behind the search overlay
    assert not toggle.is_checked()
    page.locator('label.md-header__button[for="__search"]').tap()
    assert toggle.is_checked()
    box = page.locator("input.md-search__input")
    box.wait_for(state="visible")
    assert box.bounding_box()["width"] > 200, "the search box should span the phone's width"
    results = type_query(page, "오커스를")
    assert results and rank_of(results, ent) == 0, [r["title"] for r in results]
    first = page.locator(f"{RESULTS} a.md-search-result__link").first
    # The result list fits the screen (no sideways scrolling) once Material's overlay has
    # finished opening; during its transition the layout is briefly wider.
    # Wait until the layout has fitted the screen for half a second in a row (results may
    # be re-rendered as more index shards arrive), then measure.
    page.wait_for_function(
        """() => { const a = document.querySelector('.md-search-result__item a.md-search-result__link');
                   const w = window.innerWidth;
                   const fits = a && a.getBoundingClientRect().width <= w
                                && document.documentElement.scrollWidth <= w;
                   if (!fits) { window.__fitSince = null; return false; }
                   window.__fitSince = window.__fitSince || performance.now();
                   return performance.now() - window.__fitSince > 500; }""",
        timeout=10_000, polling=100)
    assert first.bounding_box()["width"] <= 390
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search-phone.png"))
    first.tap()
    page.wait_for_function("p => decodeURIComponent(location.pathname).endsWith(p)",
                           arg="/" + urls.entity_url(ent))
    h1 = page.locator(".md-content article h1").first
    h1.wait_for()
    assert ent.name in h1.inner_text()
    assert not toggle.is_checked(), "the search overlay should close on the result page"


def test_result_labels_on_desktop(page, site_url, built):
    """Screenshot of a result reached through another name (`AUKUS → 오커스`) with its
    kind label, for a person to look at (tests/screenshots/search-desktop.png)."""
    ent = entity_named(built[2], "오커스")
    results = search(page, site_url, "AUKUS")
    assert rank_of(results, ent) == 0
    item = page.locator(RESULTS).first
    assert item.locator(".ko-search-kind").inner_text() == "용어"
    assert f"AUKUS → {ent.name}" in item.locator(".ko-search-via").inner_text()
    SHOTS.mkdir(exist_ok=True)
    page.screenshot(path=str(SHOTS / "search-desktop.png"))
