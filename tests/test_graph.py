"""Relationship maps (generator/render/graph.py): small hand-made knowledge bases, no browser."""
from __future__ import annotations

import time
from pathlib import Path

import markdown
import pytest
from bs4 import BeautifulSoup

from generator import urls
from generator.model import (ORGANIZATION, PERSON, PLACE, TERM, Article, ArticleMeta, Block,
                             Entity, KnowledgeBase, MentionRef)
from generator.render import graph

HOSTILE = '<script>alert("x")</script>{{ evil }} & "따옴표"'


def _ref(aid: str, sentence: int, n: int = 0) -> MentionRef:
    """A mention in sentence number `sentence` (sentences are 100 characters apart)."""
    s = sentence * 100
    return MentionRef(aid, s + n, s + n + 2, "xx", s, s + 99, 0)


def make_kb(spec: dict[str, dict[str, list[int]]], kinds: dict[str, str] | None = None,
            names: dict[str, str] | None = None) -> KnowledgeBase:
    """spec: article id -> {entity id: [sentence numbers of its mentions]}, in first-mention order."""
    kinds = kinds or {}
    names = names or {}
    ents: dict[str, Entity] = {}
    article_entities: dict[str, list[str]] = {}
    articles = {}
    for aid, per in spec.items():
        text = f"제목 {aid}\n본문."
        articles[aid] = Article(aid, Path(f"{aid}.txt"), text, ArticleMeta(),
                                (Block("headline", 0, len(f"제목 {aid}"), f"제목 {aid}"),))
        article_entities[aid] = list(per)
        for eid, sents in per.items():
            e = ents.setdefault(eid, Entity(eid, kinds.get(eid, PERSON), names.get(eid, eid)))
            e.mentions += [_ref(aid, s, n) for n, s in enumerate(sents)]
    return KnowledgeBase(articles=articles, analyses={}, entities=ents,
                         article_entities=article_entities)


KINDS = {"가": PERSON, "나": ORGANIZATION, "다": PLACE, "라": TERM, "마": PERSON}
ARTICLE = {"a1": {"가": [0, 1, 2], "나": [0, 3], "다": [1], "라": [4, 5], "마": [5]}}
PAGE = urls.article_url("a1")


def soup(html: str) -> BeautifulSoup:
    return BeautifulSoup(html, "html.parser")


def svg_edges(s: BeautifulSoup) -> set[frozenset[str]]:
    return {frozenset((ln["data-a"], ln["data-b"])) for ln in s.select("svg line.xp-edge")}


def list_edges(s: BeautifulSoup) -> set[frozenset[str]]:
    return {frozenset((li["data-a"], li["data-b"])) for li in s.select("li.xp-map-edge")}


def test_article_map_structure_and_edges():
    kb = make_kb(ARTICLE, KINDS)
    out = graph.article_map("a1", kb, PAGE)
    assert out.startswith('<figure class="xp-map"') and out.endswith("</figure>")
    assert "\n\n" not in out  # one raw HTML block for Markdown
    s = soup(out)
    svg = s.find("svg")
    assert svg["role"] == "group" and svg["width"] == "100%"
    # node links are hidden from screen readers: the list under the map carries them once
    assert s.select_one("g.xp-nodes")["aria-hidden"] == "true"
    assert svg["viewbox"].startswith("0 0 640 ")
    for ref in svg["aria-labelledby"].split():
        assert s.find(id=ref) is not None
    # same-sentence pairs: 가-나 (0), 가-다 (1), 라-마 (5); 나-다 never share a sentence
    expected = {frozenset(p) for p in (("가", "나"), ("가", "다"), ("라", "마"))}
    assert svg_edges(s) == expected
    assert list_edges(s) == expected
    # every node is a link with a tooltip, shaped by kind
    nodes = svg.select("a.xp-node")
    assert len(nodes) == 5
    assert {n["class"][1] for n in nodes} == {f"xp-node-{k}" for k in (PERSON, ORGANIZATION, PLACE, TERM)}
    assert all(n.find("title") and n.find("text") for n in nodes)


def test_article_map_links_are_relative():
    kb = make_kb(ARTICLE, KINDS)
    s = soup(graph.article_map("a1", kb, PAGE))
    by_label = {a.find("text").get_text(): a["href"] for a in s.select("svg a.xp-node")}
    assert by_label["가"] == "../../actors/가/"
    assert by_label["라"] == "../../glossary/라/"
    for a in s.select("svg a.xp-node, li a"):
        assert a["href"].startswith("../../")
    # the text list links to the same pages
    list_hrefs = {a["href"] for a in s.select("li.xp-map-edge a")}
    assert list_hrefs <= set(by_label.values())


def test_article_map_is_deterministic():
    kb1 = make_kb(ARTICLE, KINDS)
    kb2 = make_kb(ARTICLE, KINDS)
    assert graph.article_map("a1", kb1, PAGE) == graph.article_map("a1", kb2, PAGE)


def test_article_map_picks_most_mentioned():
    spec = {"a1": {f"e{i}": list(range(i + 1)) for i in range(6)}}
    kb = make_kb(spec)
    s = soup(graph.article_map("a1", kb, PAGE, max_nodes=3))
    assert {t.get_text() for t in s.select("svg a.xp-node text")} == {"e5", "e4", "e3"}


@pytest.mark.parametrize("spec", [
    {"a1": {}},
    {"a1": {"가": [0, 1]}},
])
def test_article_map_too_small(spec):
    assert graph.article_map("a1", make_kb(spec), PAGE) == ""
    assert graph.article_map("missing", make_kb(spec), PAGE) == ""


def test_two_nodes_without_edges():
    kb = make_kb({"a1": {"가": [0], "나": [1]}})
    s = soup(graph.article_map("a1", kb, PAGE))
    assert svg_edges(s) == set() == list_edges(s)
    assert len(s.select("svg a.xp-node")) == 2
    assert len(s.select(".xp-map-alone a")) == 2  # still in the text alternative


def test_hostile_names_are_escaped():
    names = {"가": HOSTILE, "나": '"><img src=x onerror=alert(1)>'}
    kb = make_kb(ARTICLE, KINDS, names)
    out = graph.article_map("a1", kb, PAGE)
    assert "{{" not in out
    s = soup(out)
    assert s.find("script") is None and s.find("img") is None
    assert not any(attr.startswith("on") for tag in s.find_all(True) for attr in tag.attrs)
    # the text survives, in the tooltip and the list (the box label may be shortened)
    assert any(HOSTILE in t.get_text() for t in s.select("svg a.xp-node title"))
    assert HOSTILE in [a.get_text() for a in s.select("li a")]
    assert any(t.get_text().startswith("<script>") for t in s.select("svg text"))


def test_long_labels_shortened_and_fit():
    long = "아주아주긴이름을가진국제기구의정식명칭"
    kb = make_kb(ARTICLE, KINDS, {"나": long})
    s = soup(graph.article_map("a1", kb, PAGE))
    labels = [t.get_text() for t in s.select("svg text")]
    assert any(lb.endswith("…") and long.startswith(lb[:-1]) for lb in labels)
    width = float(s.find("svg")["viewbox"].split()[2])
    height = float(s.find("svg")["viewbox"].split()[3])
    for r in s.select("svg rect"):
        x, y, w, h = (float(r[k]) for k in ("x", "y", "width", "height"))
        assert 0 <= x and x + w <= width and 0 <= y and y + h <= height


def test_boxes_do_not_overlap():
    spec = {"a1": {f"e{i}": [0, i % 3, i % 5] for i in range(12)}}
    s = soup(graph.article_map("a1", make_kb(spec), PAGE))
    boxes = [tuple(float(r[k]) for k in ("x", "y", "width", "height")) for r in s.select("svg rect")]
    assert len(boxes) == 12
    for i, a in enumerate(boxes):
        for b in boxes[i + 1:]:
            assert (a[0] + a[2] <= b[0] or b[0] + b[2] <= a[0]
                    or a[1] + a[3] <= b[1] or b[1] + b[3] <= a[1]), (a, b)


def corpus_kb(n_articles: int = 30, n_entities: int = 60) -> KnowledgeBase:
    spec = {}
    for a in range(n_articles):
        ids = [f"n{(a * 7 + j * 3) % n_entities}" for j in range(8)]
        spec[f"art{a:02d}"] = {e: [j, j + 1] for j, e in enumerate(dict.fromkeys(ids))}
    kinds = {f"n{i}": (PERSON, ORGANIZATION, PLACE, TERM)[i % 4] for i in range(n_entities)}
    return make_kb(spec, kinds)


def test_overview_page():
    kb = corpus_kb()
    t = time.perf_counter()
    page = graph.overview_page(kb)
    assert time.perf_counter() - t < 1.0
    assert page.startswith('---\ntitle: "관계 지도"\n')
    assert "\n# 관계 지도\n" in page
    assert page == graph.overview_page(corpus_kb())  # deterministic
    html = markdown.markdown(page.split("---\n", 2)[2])
    s = soup(html)
    assert s.find("figure", class_="xp-map") is not None  # survived Markdown as one block
    nodes = s.select("svg a.xp-node")
    assert len(nodes) == graph.OVERVIEW_NODES
    for a in nodes + s.select("li a"):
        assert a["href"].startswith("../") and a["href"].endswith("/")
    assert svg_edges(s) == list_edges(s) and 0 < len(svg_edges(s)) <= graph.OVERVIEW_EDGES
    ids = {e.id for e in graph.overview_nodes(kb)}
    assert all(e <= ids for e in svg_edges(s))


def test_overview_small():
    assert "아직 지도를" in graph.overview_page(make_kb({"a1": {"가": [0]}}))
    page = graph.overview_page(make_kb(ARTICLE, KINDS))
    s = soup(markdown.markdown(page.split("---\n", 2)[2]))
    # one article: weights are shared sentences; hrefs relative from map/
    assert s.select_one("svg a.xp-node")["href"].startswith("../actors/") or \
        s.select_one("svg a.xp-node")["href"].startswith("../glossary/")
    assert svg_edges(s) == list_edges(s) == {frozenset(p) for p in (("가", "나"), ("가", "다"), ("라", "마"))}


def test_overview_is_not_a_hub_of_places():
    """Places are in nearly every article: at most a quarter of the overview's nodes are places."""
    from generator.model import Entity, KnowledgeBase, MentionRef
    ents = {}
    for i in range(30):
        kind = PLACE if i < 20 else PERSON
        n = 30 - i  # places are the most frequent
        ents[f"e{i}"] = Entity(f"e{i}", kind, f"이름{i}",
                               mentions=[MentionRef(f"a{j}", 0, 1, "x", 0, 1, 0) for j in range(n)])
    nodes = graph.overview_nodes(KnowledgeBase(articles={}, analyses={}, entities=ents), k=12)
    assert len(nodes) == 12
    assert sum(e.kind == PLACE for e in nodes) == 3


def test_a_name_inside_a_longer_name_draws_no_edge_with_it():
    """미국 상무부 holds a mention of 미국: the country is not drawn beside its own ministry
    for that sentence (another sentence naming both still links them)."""
    kb = make_kb({"a1": {"나": [0], "다": [0], "가": [0, 1]}}, KINDS)
    ministry, country = kb.entities["나"], kb.entities["다"]
    ministry.mentions[0] = MentionRef("a1", 0, 6, "미국 상무부", 0, 99, 0)
    country.mentions[0] = MentionRef("a1", 0, 2, "미국", 0, 99, 0)
    kb.entities["가"].mentions[0] = MentionRef("a1", 10, 13, "러몬도", 0, 99, 0)
    edges = list_edges(soup(graph.article_map("a1", kb, PAGE)))
    assert frozenset(("나", "다")) not in edges
    assert frozenset(("가", "나")) in edges
    country.mentions.append(MentionRef("a1", 110, 112, "미국", 100, 199, 0))
    ministry.mentions.append(MentionRef("a1", 120, 126, "미국 상무부", 100, 199, 0))
    assert frozenset(("나", "다")) in list_edges(soup(graph.article_map("a1", kb, PAGE)))
