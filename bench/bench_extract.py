"""Extraction throughput on a synthetic feed, facts and cooperation events both (what a build runs):
articles/s on one core and peak memory."""

from __future__ import annotations

import datetime as dt
import resource
import time

from bench.gen_corpus import generate


def run(n: int = 10_000) -> dict:
    """Extract n synthetic articles in this process; print and return articles/s and peak RSS."""
    from etl.extract import extract, extract_events

    articles = generate(n)
    extract(articles[0]["text"], None)  # load reference data and morphology before timing
    extract_events(articles[0]["text"], None)
    started = time.perf_counter()
    facts = events = 0
    for a in articles:
        published = dt.date.fromisoformat(a["published"])
        facts += len(extract(a["text"], published, a["title"]))
        events += len(extract_events(a["text"], published, a["title"]))
    elapsed = time.perf_counter() - started
    peak_mb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024
    result = {"articles": n, "facts": facts, "events": events, "seconds": round(elapsed, 3),
              "articles_per_s": round(n / elapsed, 1), "peak_rss_mb": round(peak_mb, 1)}
    print(f"extract: {n} articles, {facts} facts, {events} events in {elapsed:.2f} s → "
          f"{result['articles_per_s']:.0f} articles/s on one core; peak RSS {peak_mb:.0f} MB")
    return result


if __name__ == "__main__":
    run()
