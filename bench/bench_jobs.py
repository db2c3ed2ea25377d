"""`make bench` (jobs): `tradeboard build --jobs N` for 1, 2 and all cores, and `--dask local`, on two corpora.

The realistic feed (`bench/gen_corpus.py`, most articles without a figure) and the hard corpus
(`bench/gen_hard.py`, trade paragraphs throughout). Each build runs in a child process from a
fresh database; articles/s, the speed-up over one job and the peak RSS of the build process
and the largest of its workers' are printed with the load average before each run.
The CPU seconds of the build process and of its workers are printed too: on a shared machine they
say what the wall clock cannot (two jobs can reach twice one job's speed only while the build
process needs less than half the CPU). Nothing is asserted about time.

    python -m bench.bench_jobs [FEED_ARTICLES] [HARD_ARTICLES]
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.bench_build import CHILD, ROOT, write_feed

# The build's child also prints the largest peak among its own workers (they were joined before exit).
CHILD_JOBS = CHILD.replace("atexit.register(report_peak)", """def report_workers():
    import resource
    me, kids = resource.getrusage(resource.RUSAGE_SELF), resource.getrusage(resource.RUSAGE_CHILDREN)
    print("workers_peak_rss_kb", kids.ru_maxrss, file=sys.stderr, flush=True)
    print("cpu_main_ms", int(1000 * (me.ru_utime + me.ru_stime)), file=sys.stderr, flush=True)
    print("cpu_workers_ms", int(1000 * (kids.ru_utime + kids.ru_stime)), file=sys.stderr, flush=True)
atexit.register(report_peak)
atexit.register(report_workers)""")


def write_hard(path: Path, n: int) -> Path:
    from bench.gen_hard import iter_hard

    with path.open("w", encoding="utf-8") as fh:
        for a in iter_hard(n):
            fh.write(json.dumps(a, ensure_ascii=False) + "\n")
    return path


def job_counts() -> list[int]:
    from etl.warehouse.parallel import default_jobs

    return sorted({1, 2, default_jobs()})


def build_once(corpus: Path, db: Path, jobs: int, dask: bool = False) -> dict:
    db.unlink(missing_ok=True)
    load = os.getloadavg()[0]
    started = time.perf_counter()
    proc = subprocess.run([sys.executable, "-c", CHILD_JOBS, "build", "--source", str(corpus), "--db", str(db),
                           "--jobs", str(jobs), *(["--dask", "local"] if dask else [])],
                          cwd=ROOT, capture_output=True, text=True, env=dict(os.environ))
    seconds = time.perf_counter() - started
    if proc.returncode != 0:
        raise RuntimeError(f"build --jobs {jobs} of {corpus} failed ({proc.returncode}): {proc.stderr[-2000:]}")
    kb = {line.split()[0]: int(line.split()[1]) for line in proc.stderr.splitlines()
          if line.split(" ", 1)[0] in ("peak_rss_kb", "workers_peak_rss_kb", "cpu_main_ms", "cpu_workers_ms")}
    return {"seconds": seconds, "load": load, "peak_rss_mb": kb.get("peak_rss_kb", 0) / 1024,
            "workers_peak_rss_mb": kb.get("workers_peak_rss_kb", 0) / 1024 if jobs > 1 else 0.0,
            "cpu_main_s": kb.get("cpu_main_ms", 0) / 1000, "cpu_workers_s": kb.get("cpu_workers_ms", 0) / 1000}


def run(feed: int = 20_000, hard: int = 4_000) -> dict:
    """Build each corpus with every job count; print articles/s and the speed-up over one job."""
    results = {}
    with tempfile.TemporaryDirectory(prefix="tradeboard-bench-jobs-") as tmp:
        corpora = {"feed": (write_feed(Path(tmp) / "feed.jsonl", feed), feed),
                   "hard": (write_hard(Path(tmp) / "hard.jsonl", hard), hard)}
        for name, (corpus, n) in corpora.items():
            runs = [(jobs, False) for jobs in job_counts()] + [(job_counts()[-1], True)]
            for jobs, dask in runs:
                r = build_once(corpus, Path(tmp) / "bench.duckdb", jobs, dask)
                r["articles_per_s"] = n / r["seconds"]
                results[(name, jobs, dask)] = r
                speedup = r["articles_per_s"] / results[(name, 1, False)]["articles_per_s"]
                how = f"--dask local --jobs {jobs}" if dask else f"--jobs {jobs}"
                print(f"build {how}: {n} {name} articles in {r['seconds']:.1f} s, "
                      f"{r['articles_per_s']:.0f} articles/s, {speedup:.2f}× one job; "
                      f"peak RSS {r['peak_rss_mb']:.0f} MB (a worker {r['workers_peak_rss_mb']:.0f} MB); "
                      f"CPU s: build process {r['cpu_main_s']:.1f}, workers {r['cpu_workers_s']:.1f}; "
                      f"load average before {r['load']:.2f}",
                      flush=True)
    return results


if __name__ == "__main__":
    run(*(int(a) for a in sys.argv[1:]))
