"""How well the glossary explains: figures over the development corpus and the founding article.

Builds the knowledge base (no site) of
- the 322-article development corpus (tests/fixtures/wikinews-dev.csv), written as article
  files into a temporary seeds folder, and
- the repository's seeds/ (the founding article),
then prints:
- listed glossary entries, and the share whose explanation is more than another name;
- explained terms linked per article (distinct terms linked in the body), over all
  articles, over the even rows and over the odd rows (the base glossary was written
  looking at even rows only: odd rows are the unseen half);
- for the founding article, whether each term it assumes is explained, and how.

Usage:  python scripts/eval_glossary.py [--work DIR]
"""
from __future__ import annotations

import argparse
import statistics
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.config import Options  # noqa: E402
from generator.curated import norm  # noqa: E402
from generator.extract.devcorpus import read_rows, row_text  # noqa: E402
from generator.model import TERM  # noqa: E402
from generator.pipeline import knowledge_base  # noqa: E402
from generator.render.article import first_mentions  # noqa: E402

FOUNDING_TERMS = ("방산정책조정회의", "오커스", "미사일방어체계", "2+2 협의체", "보통국가", "인도태평양 전략",
                  "주일미군사령부", "생성형 AI", "양자 컴퓨팅", "군사대국화")


def explained(ent) -> bool:
    return bool(ent.description) or any(d.kind == "explanation" for d in ent.definitions)


def linked_terms(kb, aid: str) -> int:
    ms = first_mentions(kb.articles[aid], kb.analyses[aid], kb)
    return sum(1 for _m, eid in ms if kb.entities[eid].kind == TERM and explained(kb.entities[eid]))


def dev_seeds(folder: Path) -> Path:
    folder.mkdir(parents=True, exist_ok=True)
    for i, row in enumerate(read_rows()):
        p = folder / f"wikinews-{i:03d}.txt"
        text = row_text(row)
        if not p.exists() or p.read_text(encoding="utf-8") != text:
            p.write_text(text, encoding="utf-8")
    return folder


def report_dev(work: Path) -> None:
    seeds = dev_seeds(work / "dev-seeds")
    kb = knowledge_base(replace(Options(), seeds=seeds, work=work / "dev-work"))
    terms = [e for e in kb.entities.values() if e.kind == TERM]
    ok = sum(1 for e in terms if explained(e))
    base = sum(1 for e in terms if e.base)
    text = sum(1 for e in terms if not e.description)
    print(f"development corpus: {len(kb.articles)} articles, {len(terms)} listed glossary entries "
          f"({base} from the base glossary, {len(terms) - base - text} curated, {text} explained by the text)")
    print(f"  entries with an explanation that is more than another name: {ok}/{len(terms)} "
          f"({ok / max(1, len(terms)):.0%})")
    queue = sum(1 for r in kb.review if r.kind == "no-definition")
    print(f"  candidates without an explanation (review queue, no page): {queue}")
    per = {aid: linked_terms(kb, aid) for aid in kb.articles}
    for label, keep in (("all", lambda i: True), ("even rows (seen)", lambda i: i % 2 == 0),
                        ("odd rows (unseen)", lambda i: i % 2 == 1)):
        vals = [n for aid, n in per.items() if keep(int(aid.rsplit("-", 1)[1]))]
        print(f"  explained terms linked per article, {label}: mean {statistics.mean(vals):.2f}, "
              f"median {statistics.median(vals)}, articles with >= 2: {sum(v >= 2 for v in vals)}/{len(vals)}")


def report_founding(work: Path) -> None:
    kb = knowledge_base(replace(Options(), work=work / "seed-work"))
    by_form = {}
    for e in kb.entities.values():
        for f in (e.name, *e.forms, *e.glosses):
            by_form.setdefault(norm(f), e)
    print("founding article:")
    hits = 0
    for t in FOUNDING_TERMS:
        e = by_form.get(norm(t))
        how = ("missing" if e is None else
               f"{e.kind}, {'base glossary' if e.base else 'curated' if e.curated else 'text'}: "
               f"{(e.short or '(no explanation)')[:60]}")
        hits += e is not None and bool(e.short)
        print(f"  {t}: {how}")
    print(f"  explained: {hits}/{len(FOUNDING_TERMS)}")


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--work", type=Path, default=None, help="work folder (kept between runs for its cache)")
    args = ap.parse_args(argv)
    work = args.work or Path(tempfile.mkdtemp(prefix="eval-glossary-"))
    report_dev(work)
    report_founding(work)
    return 0


if __name__ == "__main__":
    sys.exit(main())
