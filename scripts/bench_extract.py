"""Time the extraction engine over the whole development corpus in one process.

Prints Kiwi's bare batch tokenisation time (same paragraphs, same batching) and the full
extraction time (tokenisation + every rule), and their ratio (target <= 1.5).

Usage:  python scripts/bench_extract.py [--batch 32] [--repeat 2] [--hostile]
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
    ap.add_argument("--hostile", action="store_true",
                    help="also time long repetitive paragraphs (nested quotations, bracketed lists, "
                         "thousands of names) that once took time quadratic in their length")
    args = ap.parse_args(argv)
    if args.hostile:
        hostile(get_analyser())
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


def hostile(an) -> None:
    """Seconds per long paragraph (one article each): Kiwi's own time and the full extraction."""
    from generator.corpus import parse_article
    from generator.extract import analyse_article

    names = " ".join(f"김{chr(0xAC00 + i % 400)}{chr(0xAC00 + (i * 7) % 400)} 의원과 이{chr(0xAC00 + i % 300)}수 장관"
                     for i in range(3000))
    cases = {
        "nested quotations": "김민수 위원장은 “박철수가 ‘여기서 살고 싶다’는 말을 했다”고 밝혔다. " * 1500,
        "bracketed member lists": "8개 카드사(가나은행, 다라은행, 마바은행)의 " * 3000,
        "3000 people": names,
        "unbalanced quotation marks": "“그는 ‘아니다 " * 5000,
    }
    an.analyse(["워밍업 문장입니다."])
    for label, body in cases.items():
        art, _ = parse_article("제목\n\n" + body + "\n", "hostile")
        t0 = time.perf_counter()
        an.analyse([body])
        t1 = time.perf_counter()
        analyse_article(art, an)
        t2 = time.perf_counter()
        print(f"hostile {label:28} {len(body):7,} chars: kiwi {t1 - t0:5.2f} s, extraction {t2 - t1:5.2f} s")


if __name__ == "__main__":
    raise SystemExit(main())
