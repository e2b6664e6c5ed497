"""What a reader does, in headless Chromium: follow a term link and come back, open a
tooltip by hovering (desktop) and by tapping (phone), and screenshots at desktop and
phone widths (written to tests/screenshots/ for a person to look at)."""
from __future__ import annotations

from pathlib import Path

import pytest

from generator import urls

pytestmark = pytest.mark.browser
SEED_ID = "000_3114c304e57fa8c9"
SHOTS = Path(__file__).parent / "screenshots"


def _entity(kb, name):
    return next(e for e in kb.entities.values() if e.name == name)


def test_click_term_and_back(page, site_url, built):
    _o, _r, kb = built
    term = _entity(kb, "방산정책조정회의")
    page.goto(site_url + urls.article_url(SEED_ID))
    link = page.locator("article a.xp-link", has_text="방산정책조정회의").first
    link.click()
    page.wait_for_url("**/glossary/**")
    assert page.locator("article h1").inner_text().startswith("방산정책조정회의")
    # the definition is on the page, and the backlink returns to the paragraph
    assert "협의체" in page.locator("article").inner_text()
    back = page.locator("article a[aria-label='문단으로 가기']").first
    back.click()
    page.wait_for_url(f"**/{urls.article_url(SEED_ID)}#p*")
    assert page.locator("article h1").inner_text().startswith("바이든-기시다")
    assert term.id


def test_tooltip_on_hover(page, site_url):
    page.goto(site_url + urls.article_url(SEED_ID))
    link = page.locator("article a.xp-link", has_text="오커스").first
    link.hover()
    tip = page.locator(".xp-tip")
    tip.wait_for(state="visible", timeout=3000)
    assert "안보협의체" in tip.inner_text() or "AUKUS" in tip.inner_text()
    page.mouse.move(0, 0)
    page.wait_for_timeout(700)  # it lingers a moment, so the pointer can reach it
    assert page.locator(".xp-tip").count() == 0


def test_tooltip_stays_open_while_the_pointer_moves_onto_it(page, site_url):
    page.goto(site_url + urls.article_url(SEED_ID))
    link = page.locator("article a.xp-link", has_text="오커스").first
    link.hover()
    tip = page.locator(".xp-tip")
    tip.wait_for(state="visible", timeout=3000)
    box = tip.bounding_box()
    # cross the gap between the link and the pop-up in small steps
    page.mouse.move(box["x"] + 10, box["y"] + box["height"] / 2, steps=8)
    page.wait_for_timeout(700)
    assert tip.is_visible()
    tip.locator("a").click()  # its "자세히" link is reachable
    page.wait_for_url("**/glossary/**")


def test_tooltip_opens_with_the_keyboard(page, site_url):
    page.goto(site_url + urls.article_url(SEED_ID))
    link = page.locator("article a.xp-link", has_text="오커스").first
    link.focus()
    page.locator(".xp-tip").wait_for(state="visible", timeout=3000)
    assert link.get_attribute("aria-describedby") == "xp-tip"
    page.keyboard.press("Escape")
    assert page.locator(".xp-tip").count() == 0


# Each space-free word of every link or heading: how many line boxes it takes (1 = whole).
_WORD_LINES = r"""() => {
  const out = [];
  for (const el of document.querySelectorAll('article a, article h1, article h2, article td')) {
    const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const re = /[^\s]+/g; let m;
      while ((m = re.exec(n.data))) {
        if (!/[가-힣]/.test(m[0]) || m[0].length < 2) continue;
        const r = document.createRange(); r.setStart(n, m.index); r.setEnd(n, m.index + m[0].length);
        const tops = new Set([...r.getClientRects()].filter(b => b.width > 0).map(b => Math.round(b.top)));
        if (tops.size > 1) out.push(m[0]);
      }
    }
  }
  return out;
}"""


@pytest.mark.parametrize("url_of", [
    pytest.param(lambda kb: urls.article_url(SEED_ID), id="article"),
    pytest.param(lambda kb: urls.entity_url(_entity(kb, "방산정책조정회의")), id="long-name-term"),
    pytest.param(lambda kb: "glossary/", id="glossary-index"),
])
def test_links_and_headings_keep_korean_words_whole_on_a_phone(phone, site_url, built, url_of):
    _o, _r, kb = built
    phone.goto(site_url + url_of(kb))
    broken = phone.evaluate(_WORD_LINES)
    assert broken == [], broken


def test_tooltip_on_tap_then_follow(phone, site_url):
    phone.goto(site_url + urls.article_url(SEED_ID))
    link = phone.locator("article a.xp-link", has_text="오커스").first
    link.tap()
    phone.locator(".xp-tip").wait_for(state="visible", timeout=3000)
    assert "/articles/" in phone.url  # first tap explains, does not navigate
    link.tap()
    phone.wait_for_url("**/glossary/**")


def test_text_is_not_clipped_on_phone(phone, site_url):
    phone.goto(site_url + urls.article_url(SEED_ID))
    overflow = phone.evaluate("document.documentElement.scrollWidth - document.documentElement.clientWidth")
    assert overflow <= 0


@pytest.mark.parametrize("name, url_of", [
    ("article", lambda kb: urls.article_url(SEED_ID)),
    ("glossary", lambda kb: "glossary/"),
    ("term", lambda kb: urls.entity_url(_entity(kb, "오커스"))),
    ("actor", lambda kb: urls.entity_url(_entity(kb, "조 바이든"))),
    ("home", lambda kb: ""),
])
def test_screenshots(browser, site_url, built, name, url_of):
    _o, _r, kb = built
    SHOTS.mkdir(exist_ok=True)
    for label, viewport, mobile in (("desktop", {"width": 1280, "height": 900}, False),
                                    ("phone", {"width": 390, "height": 844}, True)):
        ctx = browser.new_context(viewport=viewport, is_mobile=mobile, has_touch=mobile,
                                  device_scale_factor=2 if mobile else 1, locale="ko-KR")
        pg = ctx.new_page()
        pg.goto(site_url + url_of(kb))
        pg.wait_for_load_state("networkidle")
        out = SHOTS / f"{name}-{label}.png"
        pg.screenshot(path=str(out), full_page=False)
        assert out.stat().st_size > 10_000
        ctx.close()
