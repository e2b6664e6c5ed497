"""Benchmark the live preview: how long until an edited article shows in the browser (not a test).

    .venv/bin/python scripts/bench_serve.py [--corpus /work/devseeds] [--runs 3] [--out DIR]

1. Copies the corpus' article files (`*.txt`; default: the 322-article development corpus
   in /work/devseeds, which is never edited) and the project's `seeds/curated/` into a
   temporary folder (OUT/seeds; the work folder is OUT/work, new on every run).
2. Starts `python -m generator serve --seeds OUT/seeds --work OUT/work --dev-addr
   127.0.0.1:PORT` in a child process (its log: OUT/serve.log) and waits until it answers.
3. Opens the page of the middle article (sorted by file name) in headless Chromium
   (Debian's /usr/bin/chromium through Playwright).
4. Each run appends a sentence with a unique marker to that article's seed file and
   measures the time until the page shown in the browser contains the marker: MkDocs'
   livereload script reloads the page once the preview has been rebuilt; the page's text
   is polled every 50 ms. The serve log's lines written during the run (the preview's own
   stage timings) are printed under each figure.

Prints each time, the median and the load average (the machine is shared: times carry
noise). The target of issue #18 is at most 5 s at 322 articles. The child is stopped with
SIGINT (then SIGKILL if it does not stop) and OUT is removed unless --keep.
"""
from __future__ import annotations

import argparse
import os
import shutil
import signal
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
import uuid
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--no-first-run", "--disable-background-networking"]


def load() -> str:
    return "load {:.1f} {:.1f} {:.1f}".format(*os.getloadavg())


def copy_corpus(corpus: Path, seeds: Path) -> None:
    seeds.mkdir(parents=True)
    for p in sorted(corpus.glob("*.txt")):
        shutil.copy(p, seeds / p.name)
    if (ROOT / "seeds" / "curated").is_dir():
        shutil.copytree(ROOT / "seeds" / "curated", seeds / "curated")


def free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


def article_page(seeds: Path) -> tuple[Path, str]:
    """The middle article's seed file and its page's URL path."""
    from generator.corpus import article_paths, read_article
    from generator.urls import article_url
    paths = article_paths(seeds)
    path = paths[len(paths) // 2]
    art, problems = read_article(path)
    if art is None:
        raise SystemExit(f"cannot read {path}: {problems}")
    return path, article_url(art.id)


def wait_until_up(url: str, proc: subprocess.Popen, timeout: float) -> float:
    t0 = time.perf_counter()
    while time.perf_counter() - t0 < timeout:
        if proc.poll() is not None:
            raise SystemExit(f"serve exited with status {proc.returncode} before answering")
        try:
            with urllib.request.urlopen(url, timeout=5) as r:
                if r.status == 200:
                    return time.perf_counter() - t0
        except OSError:
            pass
        time.sleep(0.5)
    raise SystemExit(f"serve did not answer {url} within {timeout:.0f} s")


def shows(page, marker: str) -> bool:
    try:
        return bool(page.evaluate("m => document.body !== null && document.body.innerText.includes(m)", marker))
    except Exception:  # noqa: BLE001 - the page is being reloaded
        return False


def one_run(page, seed_file: Path, timeout: float) -> tuple[float, str]:
    """Append a sentence with a new marker; seconds until the browser shows it."""
    marker = "BENCH" + uuid.uuid4().hex[:10].upper()
    text = seed_file.read_text(encoding="utf-8")
    sep = "" if text.endswith("\n") else "\n"
    t0 = time.perf_counter()
    with seed_file.open("a", encoding="utf-8") as f:
        f.write(f"{sep}이 문장은 미리보기 측정을 위해 덧붙였다 {marker}.\n")
    while time.perf_counter() - t0 < timeout:
        if shows(page, marker):
            return time.perf_counter() - t0, marker
        time.sleep(0.05)
    raise SystemExit(f"the page did not show {marker} within {timeout:.0f} s")


def new_log_lines(log: Path, pos: int) -> tuple[str, int]:
    data = log.read_bytes()
    return data[pos:].decode("utf-8", "replace"), len(data)


def measure(args, out: Path) -> list[float]:
    from playwright.sync_api import sync_playwright
    seeds = out / "seeds"
    copy_corpus(args.corpus, seeds)
    seed_file, path = article_page(seeds)
    port = free_port()
    base = f"http://127.0.0.1:{port}/"
    log = out / "serve.log"
    cmd = [sys.executable, "-m", "generator", "serve", "--seeds", str(seeds), "--work", str(out / "work"),
           "--dev-addr", f"127.0.0.1:{port}"]
    print(f"{len(list(seeds.glob('*.txt')))} articles; editing {seed_file.name} ({path}); {load()}", flush=True)
    with log.open("wb") as logf:
        proc = subprocess.Popen(cmd, cwd=ROOT, stdout=logf, stderr=subprocess.STDOUT,
                                env={**os.environ, "PYTHONUNBUFFERED": "1"})
    try:
        up = wait_until_up(base + path, proc, args.start_timeout)
        print(f"serve answered after {up:.1f} s (first build); {load()}", flush=True)
        times = []
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS, headless=True)
            page = browser.new_page()
            page.goto(base + path, wait_until="load")
            time.sleep(args.settle)
            pos = log.stat().st_size
            for i in range(1, args.runs + 1):
                seconds, marker = one_run(page, seed_file, args.timeout)
                times.append(seconds)
                print(f"run {i}: {seconds:.2f} s until the page showed {marker}; {load()}", flush=True)
                time.sleep(args.settle)  # let the preview finish (search index) before the next edit
                lines, pos = new_log_lines(log, pos)
                for line in lines.splitlines():
                    print(f"    serve: {line}")
            browser.close()
        return times
    finally:
        stop(proc)


def stop(proc: subprocess.Popen) -> None:
    if proc.poll() is None:
        proc.send_signal(signal.SIGINT)
        try:
            proc.wait(timeout=20)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("--corpus", type=Path, default=Path("/work/devseeds"), help="folder of article files (copied)")
    ap.add_argument("--runs", type=int, default=3)
    ap.add_argument("--out", type=Path, help="working folder (default: a new temporary folder)")
    ap.add_argument("--keep", action="store_true", help="keep the working folder (seeds, work folder, serve.log)")
    ap.add_argument("--timeout", type=float, default=120.0, help="seconds to wait for one edit to show")
    ap.add_argument("--start-timeout", type=float, default=900.0, help="seconds to wait for the first build")
    ap.add_argument("--settle", type=float, default=8.0, help="seconds to wait after each edit showed")
    args = ap.parse_args()
    out = args.out or Path(tempfile.mkdtemp(prefix="bench-serve-"))
    if args.out:
        shutil.rmtree(out, ignore_errors=True)
        out.mkdir(parents=True)
    try:
        times = measure(args, out)
    finally:
        if not args.keep:
            shutil.rmtree(out, ignore_errors=True)
    print(f"\nedit -> page shown, {len(times)} runs: " + ", ".join(f"{t:.2f}" for t in times)
          + f" s; median {statistics.median(times):.2f} s (target 5 s); {load()}")


if __name__ == "__main__":
    main()
