"""Extraction throughput on a synthetic feed: articles/s on one core and peak memory."""

from __future__ import annotations

import datetime as dt
import resource
import time

from bench.gen_corpus import generate


def run(n: int = 10_000) -> dict:
    """Extract n synthetic articles in this process; print and return articles/s and peak RSS."""
    from etl.extract import extract

    articles = generate(n)
    extract(articles[0]["text"], None)  # load reference data and morphology before timing
    started = time.perf_counter()
    facts = 0
    for a in articles:
        facts += len(extract(a["text"], dt.date.fromisoformat(a["published"]), a["title"]))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"articles": n, "facts": facts, "seconds": round(elapsed, 3),
              "articles_per_s": round(n / elapsed, 1), "peak_rss_mb": round(peak_mb, 1)}
    print(f"extract: {n} articles, {facts} facts in {elapsed:.2f} s → "
          f"{result['articles_per_s']:.0f} articles/s on one core; peak RSS {peak_mb:.0f} MB")
    return result


if __name__ == "__main__":
    run()
