"""Extraction throughput on two corpora, articles/s on one core and peak memory, of facts, of
cooperation events, and of both together as a build runs them (`extract_article`: one article's
facts and events sharing its sentence split and place scans):

- *feed*: `bench/gen_corpus.py`, a realistic news feed, most articles without a trade figure;
- *hard*: `bench/gen_hard.py`, every paragraph a labelled trade-news passage we tune on (places and
  numbers everywhere, most of them not facts) — the extractor's worst case.

    python -m bench.bench_extract [feed|hard] [N]
"""

from __future__ import annotations

import datetime as dt
import resource
import sys
import time

from bench.gen_corpus import generate
from bench.gen_hard import generate_hard

CORPORA = {"feed": (generate, 10_000), "hard": (generate_hard, 2_000)}


def _loop(fn, articles: list[dict]) -> tuple[int, float, float]:
    """(records found, wall seconds, CPU seconds of this process) of one extractor over the corpus. The CPU
    time is what one core spent: on a machine other work shares, wall time also counts the waits."""
    found, started, cpu = 0, time.perf_counter(), time.process_time()
    for a in articles:
        found += len(fn(a["text"], dt.date.fromisoformat(a["published"]), a["title"]))
    return found, time.perf_counter() - started, time.process_time() - cpu


def measure(corpus: str, n: int | None = None) -> dict:
    """Extract n articles of one corpus in this process, facts, then cooperation events; print and
    return articles/s of each and of both together (what a build runs), and peak RSS."""
    from etl.extract import extract, extract_article, extract_events

    make, default = CORPORA[corpus]
    n = n or default
    articles = make(n)
    extract(articles[0]["text"], None)  # load reference data and morphology before timing
    extract_events(articles[0]["text"], None)
    facts, elapsed, cpu = _loop(extract, articles)
    events, ev_elapsed, ev_cpu = _loop(extract_events, articles)
    _, both_elapsed, both_cpu = _loop(lambda *a: [x for part in extract_article(*a) for x in part], articles)
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"corpus": corpus, "articles": n, "facts": facts, "seconds": round(elapsed, 3),
              "articles_per_s": round(n / elapsed, 1), "events": events, "events_seconds": round(ev_elapsed, 3),
              "events_articles_per_s": round(n / ev_elapsed, 1),
              "both_articles_per_s": round(n / both_elapsed, 1), "peak_rss_mb": round(peak_mb, 1),
              "cpu_articles_per_s": round(n / cpu, 1), "cpu_events_articles_per_s": round(n / ev_cpu, 1),
              "cpu_both_articles_per_s": round(n / both_cpu, 1)}
    print(f"extract {corpus}: {n} articles, {facts} facts in {elapsed:.2f} s → "
          f"{result['articles_per_s']:.0f} articles/s on one core; peak RSS {peak_mb:.0f} MB", flush=True)
    print(f"extract {corpus}, events: {events} events in {ev_elapsed:.2f} s → "
          f"{result['events_articles_per_s']:.0f} articles/s; facts and events together "
          f"{result['both_articles_per_s']:.0f} articles/s", flush=True)
    print(f"extract {corpus}, by CPU time of this process: facts {result['cpu_articles_per_s']:.0f}, events "
          f"{result['cpu_events_articles_per_s']:.0f}, together {result['cpu_both_articles_per_s']:.0f} articles/s",
          flush=True)
    return result


def run() -> list[dict]:
    """Both corpora, the feed first."""
    return [measure(name) for name in CORPORA]


if __name__ == "__main__":
    args = sys.argv[1:]
    if args:
        measure(args[0], int(args[1]) if len(args) > 1 else None)
    else:
        run()
