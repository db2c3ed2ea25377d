"""`make bench` (build): a generated corpus through `tradeboard build`, end to end.

Prints articles/s and the build process's peak memory at two corpus sizes of a dense corpus
(nine articles in ten carry a trade figure: the extractor's worst case), and once over the
realistic feed of `bench/gen_corpus.py` (most articles without any figure, as in a real news
feed). Memory that does not grow with the corpus is the point of the second figure. Nothing is
asserted about time.
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
    from bench.gen_corpus import generate

    with path.open("w", encoding="utf-8") as fh:
        for a in generate(n):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def measure(n: int, workdir: Path, feed: bool = False) -> dict:
    """Generate n articles, build them in a child process; articles/s and the child's peak RSS."""
    name = f"{'feed' if feed else 'dense'}-{n}"
    corpus = (write_feed if feed else write_corpus)(workdir / f"{name}.jsonl", n)
    db = workdir / f"bench-{name}.duckdb"
    before = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-m", "etl", "build", "--source", str(corpus), "--db", str(db)],
                          cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    seconds = time.perf_counter() - started
    peak_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    if proc.returncode != 0:
        raise RuntimeError(f"build of {n} articles failed ({proc.returncode}): {proc.stderr[-2000:]}")
    return {"articles": n, "seconds": seconds, "articles_per_s": n / seconds,
            "peak_rss_mb": max(peak_kb, before) / 1024, "summary": proc.stderr.strip().splitlines()[-1]}


def run(n: int = 100_000, small: int = 20_000) -> dict:
    """Build `small` then `n` generated articles; print both figures."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="tradeboard-bench-") as tmp:
        for size, feed in ((small, False), (n, False), (n, True)):
            r = measure(size, Path(tmp), feed)
            results[("feed" if feed else "dense", size)] = r
            print(f"build {size:>7} {'feed ' if feed else 'dense'} articles: {r['seconds']:.1f} s, "
                  f"{r['articles_per_s']:.0f} articles/s, peak RSS {r['peak_rss_mb']:.0f} MB  ({r['summary']})",
                  flush=True)
    return results


if __name__ == "__main__":
    run(*(int(a) for a in sys.argv[1:]))
