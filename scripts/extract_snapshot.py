"""Record or compare what the extractor sees in every development article and the seeds.

A refactor of the extraction engine must not change its output. This script runs the same
analysis as `python -m generator extract FILE --json` (the seeds' curated data, one
single-article resolve for entity ids) over the 322-article development corpus and every
article in `seeds/`, and either records it or diffs it against the recording.

Usage:
    python scripts/extract_snapshot.py --record [--out FILE]   # write the reference
    python scripts/extract_snapshot.py [--ref FILE]            # compare; exit 1 on a difference

The reference is a gzip'd JSON-lines file (one article a line, sorted keys), by default
`.build/extract-snapshot.jsonl.gz` (a build product: record it on the commit you compare with).
"""
from __future__ import annotations

import argparse
import gzip
import json
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.corpus import load_corpus  # noqa: E402
from generator.curated import load_curated  # noqa: E402
from generator.extract import analyse_many, get_analyser  # noqa: E402
from generator.extract.devcorpus import load_dev  # noqa: E402
from generator.extract.report import analysis_to_json  # noqa: E402
from generator.resolve import resolve  # noqa: E402

DEFAULT = ROOT / ".build" / "extract-snapshot.jsonl.gz"


def snapshot_lines() -> list[str]:
    seeds = ROOT / "seeds"
    curated, _problems = load_curated(seeds)
    seed_articles, _p = load_corpus(seeds)
    articles = load_dev() + seed_articles
    analyser = get_analyser(curated.user_words())
    lines = []
    for art, an in zip(articles, analyse_many(articles, analyser)):
        kb = resolve([art], {art.id: an}, curated)
        doc = analysis_to_json(art, an, lambda m: kb.mention_entity.get((art.id, m.start, m.end)))
        lines.append(json.dumps(doc, ensure_ascii=False, sort_keys=True, default=str))
    return lines


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--record", action="store_true", help="write the reference instead of comparing")
    ap.add_argument("--ref", "--out", dest="ref", type=Path, default=DEFAULT)
    args = ap.parse_args(argv)
    lines = snapshot_lines()
    if args.record:
        args.ref.parent.mkdir(parents=True, exist_ok=True)
        with gzip.open(args.ref, "wt", encoding="utf-8") as f:
            f.write("\n".join(lines) + "\n")
        print(f"recorded {len(lines)} articles in {args.ref}")
        return 0
    with gzip.open(args.ref, "rt", encoding="utf-8") as f:
        ref = f.read().splitlines()
    diffs = [i for i, (a, b) in enumerate(zip(ref, lines)) if a != b]
    if len(ref) != len(lines):
        print(f"article count differs: reference {len(ref)}, now {len(lines)}")
    for i in diffs[:20]:
        a, b = json.loads(ref[i]), json.loads(lines[i])
        keys = sorted(k for k in set(a) | set(b) if a.get(k) != b.get(k))
        print(f"article #{i} ({b.get('article', {}).get('id', '?') if isinstance(b.get('article'), dict) else i}): "
              f"differs in {', '.join(keys)}")
    print(f"{len(lines)} articles, {len(diffs)} differ from {args.ref}")
    return 1 if diffs or len(ref) != len(lines) else 0


if __name__ == "__main__":
    sys.exit(main())
