"""How many actor pop-ups in a built site's article pages say who or what the actor is.

    .venv/bin/python scripts/eval_popups.py SITE_DIR [-v]

Reads every `articles/*/index.html`, takes each actor link in the body text (one per actor
per article) and its pop-up text (`data-tip`). Two figures per kind:

* says more than the name and kind: the pop-up is not empty, not the name itself and not
  "NAME — 기관·단체"-style (the issue's measure);
* strict: in addition, not a single word (a bare title such as "의원" or a bare category such
  as "공항") and not only the people of a body ("관련 인물: …") — closer to what a reader who
  wants to know "who is this?" accepts.

`-v` lists the most frequent weak pop-ups.
"""
from __future__ import annotations

import argparse
import re
from collections import Counter
from pathlib import Path

from bs4 import BeautifulSoup

KIND_WORDS = {"인물", "기관·단체", "국가·지역", "용어", "익명 취재원"}
KINDS = ("xp-person", "xp-organization", "xp-place")


def popups(site: Path):
    """(kind class, link text, pop-up text) of each actor's first link in each article."""
    for page in sorted((site / "articles").glob("*/index.html")):
        seen = set()
        soup = BeautifulSoup(page.read_text(encoding="utf-8"), "html.parser")
        for a in soup.select("p.xp-para a.xp-link"):
            kind = next((c for c in a.get("class", []) if c in KINDS), None)
            if kind and a["href"] not in seen:
                seen.add(a["href"])
                yield kind, a.get_text(), a.get("data-tip", "").strip()


def weak(name: str, tip: str) -> bool:
    m = re.fullmatch(r"(.+?) — (.+)", tip)
    return not tip or tip == name or bool(m and m.group(2).strip() in KIND_WORDS)


def strictly_weak(name: str, tip: str) -> bool:
    return weak(name, tip) or " " not in tip or tip.startswith("관련 인물")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("site", type=Path)
    ap.add_argument("-v", "--verbose", action="store_true")
    args = ap.parse_args(argv)
    total, loose, strict, examples = Counter(), Counter(), Counter(), Counter()
    for kind, name, tip in popups(args.site):
        total[kind] += 1
        loose[kind] += not weak(name, tip)
        strict[kind] += not strictly_weak(name, tip)
        if strictly_weak(name, tip):
            examples[(kind, tip)] += 1
    print(f"{'kind':18} {'pop-ups':>8} {'says more than name+kind':>26} {'strict':>8}")
    for kind in (*KINDS, "all"):
        n = sum(total.values()) if kind == "all" else total[kind]
        a = sum(loose.values()) if kind == "all" else loose[kind]
        b = sum(strict.values()) if kind == "all" else strict[kind]
        print(f"{kind:18} {n:8d} {a:15d} ({a / max(1, n):6.1%}) {b / max(1, n):8.1%}")
    if args.verbose:
        for (kind, tip), n in examples.most_common(40):
            print(f"  {n:3d} {kind:16} {tip}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
