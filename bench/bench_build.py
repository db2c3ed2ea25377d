"""`make bench` (build): a generated corpus through `tradeboard build`, end to end.

Prints articles/s and the build process's peak memory at two corpus sizes of a dense corpus
(nine articles in ten carry a trade figure: the extractor's worst case) and of the realistic
feed of `bench/gen_corpus.py` (most articles without any figure, as in a real news feed). Memory
that does not grow with the corpus is the point of the second size. Nothing is asserted about
time.

The peak is the build process's own high-water mark (VmHWM), which it prints as it exits. Its
ru_maxrss is not that: Linux carries the parent's high-water mark into a child across fork and
exec, so a parent that once held a generated corpus (or ran another benchmark) would be reported
as the build's peak.
"""

from __future__ import annotations

import json
import os
import random
import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PLACES = [("Минском", "Москвой"), ("Гродненской областью", "Санкт-Петербургом"), ("Брестской областью", "Россией"),
          ("Гомельской областью", "Челябинской областью"), ("Витебской областью", "Смоленской областью")]
# `python -m etl` that prints its own peak RSS on exit (Linux); argv as for `tradeboard`.
CHILD = """
import atexit, runpy, sys
def report_peak():
    with open("/proc/self/status", encoding="ascii") as fh:
        for line in fh:
            if line.startswith("VmHWM:"):
                print("peak_rss_kb", line.split()[1], file=sys.stderr, flush=True)
atexit.register(report_peak)
runpy.run_module("etl", run_name="__main__", alter_sys=True)
"""
FILLER = ("Стороны обсудили сотрудничество в промышленности, сельском хозяйстве и логистике. "
          "Делегация посетила предприятия региона и провела встречи с руководителями компаний. ")


def article(i: int, rng: random.Random) -> dict:
    """One synthetic news item: a trade sentence among filler, about a tenth of them without figures."""
    a, b = rng.choice(PLACES)
    year = rng.randint(2015, 2025)
    amount = f"{rng.randint(1, 900)},{rng.randint(1, 9)} млн долларов"
    trade = (f"Товарооборот между {a} и {b} в {year - 1} году составил {amount}, "
             f"увеличившись на {rng.randint(1, 40)},{rng.randint(0, 9)} %. ") if i % 10 else ""
    return {"id": f"gen-{i}", "published": f"{year}-0{rng.randint(1, 9)}-1{rng.randint(0, 9)}",
            "url": f"https://example.org/news/{i}", "title": f"Новость {i}",
            "text": f"Встреча № {i} прошла {rng.randint(1, 28)} числа. " + FILLER * rng.randint(1, 3) + trade + FILLER}


def write_corpus(path: Path, n: int, seed: int = 1) -> Path:
    """A JSONL corpus of `n` articles, written line by line."""
    rng = random.Random(seed)
    with path.open("w", encoding="utf-8") as fh:
        for i in range(n):
            fh.write(json.dumps(article(i, rng), ensure_ascii=False) + "\n")
    return path


def write_feed(path: Path, n: int) -> Path:
    """The extraction benchmark's realistic feed (bench/gen_corpus.py) as JSONL."""
    from bench.gen_corpus import iter_feed

    with path.open("w", encoding="utf-8") as fh:
        for a in iter_feed(n):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def measure(n: int, workdir: Path, feed: bool = False) -> dict:
    """Generate n articles, build them in a child process; articles/s and the child's peak RSS."""
    name = f"{'feed' if feed else 'dense'}-{n}"
    corpus = (write_feed if feed else write_corpus)(workdir / f"{name}.jsonl", n)
    db = workdir / f"bench-{name}.duckdb"
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD, "build", "--source", str(corpus), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"build of {n} articles failed ({proc.returncode}): {proc.stderr[-2000:]}")
    lines = proc.stderr.strip().splitlines()
    peak = [int(line.split()[1]) for line in lines if line.startswith("peak_rss_kb ")]
    if not peak:  # no /proc: the child's ru_maxrss, an upper bound (see the module docstring)
        peak = [resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss]
    summary = [line for line in lines if not line.startswith("peak_rss_kb ")][-1]
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds,
            "peak_rss_mb": peak[0] / 1024, "summary": summary}


def run(n: int = 100_000, small: int = 20_000) -> dict:
    """Build `small` then `n` articles of each corpus; print the four figures."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="tradeboard-bench-") as tmp:
        for size, feed in ((small, False), (n, False), (small, True), (n, True)):
            r = measure(size, Path(tmp), feed)
            results[("feed" if feed else "dense", size)] = r
            print(f"build {size:>7} {'feed ' if feed else 'dense'} articles: {r['seconds']:.1f} s, "
                  f"{r['articles_per_s']:.0f} articles/s, peak RSS {r['peak_rss_mb']:.0f} MB  ({r['summary']})",
                  flush=True)
    return results


if __name__ == "__main__":
    run(*(int(a) for a in sys.argv[1:]))
