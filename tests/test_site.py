"""The shared built site (founding article + 40 development articles): pages, links,
knowledge-base identities and the explainer features a reader sees."""
from __future__ import annotations

import json
from pathlib import Path
from urllib.parse import unquote

import pytest
from bs4 import BeautifulSoup

from generator import urls
from generator.linkcheck import check_site

pytestmark = pytest.mark.slow  # builds whole sites with MkDocs

SEED_ID = "000_3114c304e57fa8c9"


def soup(site: Path, url: str) -> BeautifulSoup:
    return BeautifulSoup((site / url / "index.html").read_text(encoding="utf-8"), "html.parser")


def entity_named(kb, name: str):
    hits = [e for e in kb.entities.values() if e.name == name]
    assert len(hits) == 1, f"expected one entity named {name}, got {[(e.id, e.kind) for e in hits]}"
    return hits[0]


def test_build_report(built):
    _opts, report, kb = built
    assert report.articles == 41
    assert report.pages > 41
    assert len(kb.entities) > 50


def test_founding_article_page(site_dir):
    s = soup(site_dir, urls.article_url(SEED_ID))
    art = s.select_one("article")
    assert art.h1.get_text().strip("¶ ") == "바이든-기시다, 백악관서 정상회담"
    assert [p.get_text() for p in art.select("p.xp-deck")] == [
        "AI기술 연구개발 공동투자… 반도체-양자 컴퓨팅 협력도 강화",
        "주일 美사령관에 자위대 일부 지휘권… 무기공동생산 협의체 출범하기로"]
    assert [h.get_text() for h in art.select("h2.xp-section")] == [
        "AI 개발도 日과 먼저 손잡은 美", "美 “日과의 협력, 인태 전략의 ‘심장’”"]
    assert len(art.select("p.xp-para")) == 13
    assert "댓글 0" not in art.get_text()
    assert s.title.get_text().startswith("바이든-기시다, 백악관서 정상회담")


def test_imported_article_has_source_attribution(built, site_dir):
    _o, _r, kb = built
    a = next(a for a in kb.articles.values() if a.meta.url)
    meta = soup(site_dir, urls.article_url(a.id)).select_one("p.xp-meta")
    link = meta.find("a")
    assert link["href"] == a.meta.url and "위키뉴스" in link.get_text()
    assert "CC BY 2.5" in meta.get_text() and "Korean Wikinews contributors" in meta.get_text()


def test_article_list_has_every_article(built, site_dir):
    _o, _r, kb = built
    hrefs = set()
    for page in [site_dir / "articles" / "index.html", *site_dir.glob("articles/y*/index.html")]:
        s = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        hrefs |= {unquote(a["href"]).rstrip("/").split("/")[-1] for a in s.select("article a[href]")}
    missing = [aid for aid in kb.articles if urls.article_url(aid).rstrip("/").split("/")[-1] not in hrefs]
    assert missing == []


def test_no_broken_internal_links(site_dir):
    assert check_site(site_dir) == []


def test_one_profile_per_actor(built):
    _o, _r, kb = built
    biden = entity_named(kb, "조 바이든")
    assert biden.kind == "person"
    kishida = entity_named(kb, "기시다 후미오")
    assert "岸田文雄" in kishida.forms + kishida.glosses
    sullivan = entity_named(kb, "제이크 설리번")
    assert any(r.title.endswith("국가안보보좌관") for r in sullivan.roles)
    ms = entity_named(kb, "마이크로소프트")
    assert ms.kind == "organization" and "MS" in ms.forms + ms.glosses
    nasa = [e for e in kb.entities.values() if "NASA" in e.forms + e.glosses + [e.name]]
    assert len(nasa) == 1 and nasa[0].kind == "organization"
    # no second page for any of their forms
    for ent in (biden, kishida, sullivan, ms, nasa[0]):
        others = [e.id for e in kb.entities.values() if e is not ent and e.name in ent.forms and e.kind != "term"]
        assert others == [], (ent.name, others)


def test_open_data_export(site_dir, built):
    _o, _r, kb = built
    data = json.loads((site_dir / "data" / "kb.json").read_text(encoding="utf-8"))
    assert data["schema"] == "korean-news-explainer/kb" and data["version"] == 1
    assert {e["id"] for e in data["entities"]} == set(kb.entities)
    seed_text = kb.articles[SEED_ID].text
    for e in data["entities"]:
        for m in e["mentions"]:
            if m["article"] == SEED_ID:
                assert seed_text[m["start"]:m["end"]] == m["text"]


@pytest.mark.parametrize("name", ["방산정책조정회의", "오커스", "미사일방어체계", "조 바이든", "기시다 후미오",
                                  "제이크 설리번", "라피더스", "인텔"])
def test_founding_article_links_and_backlinks(built, site_dir, name):
    _o, _r, kb = built
    ent = entity_named(kb, name)
    page = urls.article_url(SEED_ID)
    art = soup(site_dir, page).select_one("article")
    links = [a for a in art.select("a.xp-link") if a["href"] == urls.rel(page, urls.entity_url(ent))]
    assert links, f"{name} is not linked from the founding article"
    assert links[0].get("data-tip"), f"{name} has no tooltip text"
    # the entity page links back, with the sentence around the mention
    back = soup(site_dir, urls.entity_url(ent)).select_one("article")
    ctx = [li for li in back.select("li:has(.xp-context)")
           if li.find("a", href=lambda h: h and SEED_ID.replace("_", "-") in h)]
    assert ctx, f"{name}'s page does not link back to the founding article"
    assert ctx[0].select_one(".xp-context mark"), "no sentence context on the backlink"


def test_glossary_index_groups(site_dir):
    s = soup(site_dir, "glossary/")
    groups = [h.get_text().strip("¶ ") for h in s.select("article h2")]
    assert "ㅂ" in groups and "ㅇ" in groups
    jump = [a.get_text() for a in s.select(".xp-jump a")]
    assert jump == groups
    # 가나다 order inside a group
    ieung = s.find("h2", id=f"g-u{ord('ㅇ'):x}").find_next("ul")
    names = [a.get_text() for a in ieung.select("li > a")]
    assert names == sorted(names)


def test_actor_index_by_kind(site_dir):
    s = soup(site_dir, "actors/")
    assert [h["id"] for h in s.select("article h2")][:3] == ["person", "organization", "place"]


def test_every_page_is_reachable_from_home(site_dir):
    """No orphan: a breadth-first walk over internal links from the home page reaches
    every page MkDocs built (redirect stubs and 404 aside)."""
    from generator.linkcheck import _scan, _target
    pages = {p.resolve() for p in site_dir.rglob("index.html") if "http-equiv=\"refresh\"" not in p.read_text(encoding="utf-8")}
    seen = {(site_dir / "index.html").resolve()}
    todo = list(seen)
    while todo:
        page = todo.pop()
        for href in _scan(page).links:
            target, _frag = _target(site_dir.resolve(), page, href)
            if target is not None and target.name == "index.html" and target not in seen and target.exists():
                seen.add(target)
                todo.append(target)
    orphans = sorted(str(p.relative_to(site_dir.resolve())) for p in pages - seen)
    assert orphans == []


def test_former_names_redirect(built, site_dir):
    """Every other name of an entity answers at the URL it would have had."""
    from generator.redirects import redirect_targets
    _o, _r, kb = built
    targets = redirect_targets(kb)
    sullivan = entity_named(kb, "제이크 설리번")
    assert targets.get("actors/설리번/") == urls.entity_url(sullivan)
    text = (site_dir / "actors" / "설리번" / "index.html").read_text(encoding="utf-8")
    assert 'http-equiv="refresh"' in text and sullivan.id in text


def test_curated_definition_replaces_the_extracted_one(built, site_dir):
    """A curated definition is the one readers see first (page lead and tooltip, about two
    lines); the sentence the article defines it in is still cited below it."""
    _o, _r, kb = built
    term = entity_named(kb, "방산정책조정회의")
    assert term.curated and term.description
    page = soup(site_dir, urls.entity_url(term)).select_one("article")
    lead = page.select_one("p.xp-lead")
    assert lead is not None and lead.get_text() == term.description
    assert page.find("h1").find_next("p") is lead  # the explanation comes first
    assert "기사 속 설명" in page.get_text() and "협의체" in page.select_one("q").get_text()
    art = soup(site_dir, urls.article_url(SEED_ID)).select_one("article")
    tip = art.find("a", class_="xp-link", string="방산정책조정회의")["data-tip"]
    assert term.description.startswith(tip.rstrip("…")) and len(tip) <= 91


# -- page weight ---------------------------------------------------------------------------

CHROME_LIMIT = 8_000
"""Bytes of page chrome (header, tabs, drawer menu, table of contents, footer, head and
scripts: everything but the article's own content) allowed in any page (issue #17)."""


def _page_weight():
    import importlib.util
    from generator.config import ROOT
    spec = importlib.util.spec_from_file_location("page_weight", ROOT / "scripts" / "page_weight.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_page_chrome_stays_under_8_kb(site_dir):
    """Every rendered page carries less than 8 kB of chrome (scripts/page_weight.py), and
    the measure is not empty: each part of Material's chrome is found where expected."""
    pw = _page_weight()
    parts = {rel: pw.page_parts(html) for rel, html in pw.pages(site_dir)}
    assert len(parts) > 50
    heavy = {rel: p for rel, p in parts.items() if p["chrome"] >= CHROME_LIMIT}
    assert not heavy, "page chrome over 8 kB:\n" + "\n".join(
        f"{rel}: {p['chrome']:,} B ({', '.join(f'{n} {p[n]:,}' for n in pw.PART_NAMES)})"
        for rel, p in sorted(heavy.items(), key=lambda kv: -kv[1]["chrome"])[:10])
    article = parts[urls.article_url(SEED_ID) + "index.html"]
    for name in ("header", "tabs", "nav", "toc", "footer", "scripts", "head"):
        assert article[name] > 0, f"{name} not found in the article page"
    assert article["content"] > 10_000


def test_chrome_icons_have_css(site_dir):
    """The chrome's icons are empty <svg> boxes that extra.css masks with the icon
    (overrides/partials/xp-icon.html): each one used has its rule, none is inlined."""
    import re
    css = (site_dir / "stylesheets" / "extra.css").read_text(encoding="utf-8")
    home = (site_dir / "index.html").read_text(encoding="utf-8")
    chrome_js = (site_dir / "javascripts" / "xp-chrome.js").read_text(encoding="utf-8")
    used = set(re.findall(r'class=\\?"(xp-i-[a-z-]+)\\?"', home + chrome_js))
    assert {"xp-i-library", "xp-i-menu", "xp-i-magnify", "xp-i-weather-night", "xp-i-arrow-up"} <= used
    for name in used:
        assert re.search(rf"\.{name} \{{ --xp-i: url\(\"data:image/svg\+xml", css), name
    assert "<path" not in home.split('<article class="md-content__inner')[0]


def test_sitemap_lists_each_page_once_without_lastmod(site_dir):
    """sitemap.xml (overrides/sitemap.xml): the <loc> of every page MkDocs rendered, what
    Material's instant navigation needs, and nothing per page besides."""
    import re
    from urllib.parse import unquote
    text = (site_dir / "sitemap.xml").read_text(encoding="utf-8")
    assert "<lastmod>" not in text and "<changefreq>" not in text
    locs = re.findall(r"<url><loc>([^<]+)</loc></url>", text)
    assert len(locs) == text.count("<url>") == len(set(locs))
    root = min(locs, key=len)
    listed = {unquote(loc[len(root):]) for loc in locs}
    pw = _page_weight()
    rendered = {rel.removesuffix("index.html") for rel, _html in pw.pages(site_dir) if rel != "404.html"}
    assert listed == rendered
