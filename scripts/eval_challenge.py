"""Score the extraction engine on the challenge sets in tests/challenge/ (not a test: run it by hand).

    python scripts/eval_challenge.py                 # every set, totals per set
    python scripts/eval_challenge.py set-a.yml -v    # one set, and every sentence it gets wrong

Each set is a YAML list of sentences written for the project by helpers who saw no code, data or
gold, each with the people, organisations and places it names (see tests/challenge/README.md).
Conventions of the project's gold applied in scoring: a body's bracketed short form is an
alternative of its name (한국전력공사(한전)); a body and a unit written after it are two bodies
(삼성전자 메모리사업부 also names the unit); a country before a body is a place of its own (미국
국무부: 미국 + 국무부).
"""
from __future__ import annotations

import re
import sys
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.corpus import parse_article  # noqa: E402
from generator.extract import analyse_article, get_analyser  # noqa: E402

KINDS = {"persons": "person", "organizations": "organization", "places": "place"}


def norm(s) -> str:
    s = unicodedata.normalize("NFKC", str(s)).lower()
    return "".join(c for c in s if not c.isspace() and c not in "·‧'\"‘’“”`")


def _found(item: dict, a, full: str, kind: str, gold: set[str]) -> tuple[set[str], set[str]]:
    """(gold names found, names found that are wrong) for one kind of one sentence."""
    places = {m.text for m in a.mentions if m.kind == "place"}
    ms = sorted([m for m in a.mentions if m.kind == kind], key=lambda m: m.start)
    got = set()
    for m in ms:
        got |= {norm(m.text), norm(m.key)}
        first, _, rest = m.text.partition(" ")
        if rest and first in places:
            got.add(norm(rest))
    found = {g for g in gold if g in got}
    for m in ms:  # a bracketed short form right after a found name
        br = re.match(r"\(([^()]{1,25})\)", full[m.end:])
        if br:
            found |= {norm(p) for p in re.split(r"[·,]", br.group(1)) if norm(p) in gold}
    joined_ok = set()
    for x in ms:  # a body and its unit
        for y in ms:
            if 0 <= y.start - x.end <= 1 and norm(full[x.start:y.end]) in gold:
                found.add(norm(full[x.start:y.end]))
                joined_ok |= {norm(x.text), norm(y.text)}
    wrong = {norm(m.text) for m in ms if norm(m.text) not in gold and norm(m.key) not in gold
             and not (m.text.partition(" ")[2] and norm(m.text.partition(" ")[2]) in gold)} - joined_ok
    return found, wrong


def score(path: Path, an, verbose: bool) -> dict[str, list[int]]:
    tot = {k: [0, 0, 0] for k in KINDS}
    for n, item in enumerate(yaml.safe_load(path.read_text(encoding="utf-8"))):
        full = "제목\n\n" + item["text"] + "\n"
        art, _ = parse_article(full, "t")
        a = analyse_article(art, an)
        lines = []
        for gk, kind in KINDS.items():
            gold = {norm(x) for x in (item.get(gk) or [])}
            found, wrong = _found(item, a, full, kind, gold)
            tot[gk][0] += len(found)
            tot[gk][1] += len(wrong)
            tot[gk][2] += len(gold - found)
            if gold - found or wrong:
                lines.append(f"   {kind[:3]} missed {sorted(gold - found)} wrong {sorted(wrong)}")
        if lines and verbose:
            print(f"{path.name}#{n}: {item['text'][:90]}\n" + "\n".join(lines))
    return tot


def main(argv: list[str]) -> int:
    verbose = "-v" in argv
    names = [a for a in argv if a != "-v"]
    paths = [ROOT / "tests" / "challenge" / n for n in names] or sorted((ROOT / "tests" / "challenge").glob("set-*.yml"))
    an = get_analyser()
    for path in paths:
        for gk, (tp, fp, fn) in score(path, an, verbose).items():
            p = tp / (tp + fp) if tp + fp else 0.0
            r = tp / (tp + fn) if tp + fn else 0.0
            f = 2 * p * r / (p + r) if p + r else 0.0
            print(f"{path.name:10s} {gk:14s} P {p:.3f} R {r:.3f} F {f:.3f}  tp {tp} fp {fp} fn {fn}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
