"""Time the extraction engine over the whole development corpus in one process.

Prints Kiwi's bare batch tokenisation time (same paragraphs, same batching) and the full
extraction time (tokenisation + every rule), and their ratio (target <= 1.5).

Usage:  python scripts/bench_extract.py [--batch 32] [--repeat 2]
"""
from __future__ import annotations

import argparse
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from generator.extract import analyse_many, get_analyser  # noqa: E402
from generator.extract.devcorpus import load_dev  # noqa: E402
from generator.extract.doc import content_blocks  # noqa: E402


def main(argv=None) -> int:
    ap = argparse.ArgumentParser(description="benchmark the extraction engine")
    ap.add_argument("--batch", type=int, default=32)
    ap.add_argument("--repeat", type=int, default=3,
                    help="best of N interleaved runs (the machine is shared: single runs are noisy)")
    args = ap.parse_args(argv)
    arts = load_dev()
    an = get_analyser()
    kiwi = an._kiwi  # the bare backend, to time tokenisation alone
    chars = sum(len(b.text) for a in arts for b in content_blocks(a))
    an.analyse(["워밍업 문장입니다."])  # first call allocates Kiwi's worker state
    bare = full = float("inf")
    for _ in range(args.repeat):
        t0 = time.perf_counter()
        for i in range(0, len(arts), args.batch):
            paras = [b.text for a in arts[i:i + args.batch] for b in content_blocks(a)]
            for _toks in kiwi.tokenize(paras):
                pass
        bare = min(bare, time.perf_counter() - t0)
        t0 = time.perf_counter()
        n = sum(1 for _ in analyse_many(arts, an, batch_size=args.batch))
        full = min(full, time.perf_counter() - t0)
    print(f"articles: {n}, characters: {chars:,}")
    print(f"kiwi bare tokenisation: {bare:.2f} s ({chars / bare:,.0f} chars/s)")
    print(f"full extraction:        {full:.2f} s ({chars / full:,.0f} chars/s)")
    print(f"ratio full/bare:        {full / bare:.2f}x (target <= 1.5x)")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
