"""`make bench`: every benchmark, figures printed, nothing asserted about time.

    python -m bench [extract] [build] [jobs] [dashboard]
"""

from __future__ import annotations

import importlib
import platform
import sys

BENCHES = {"extract": "bench.bench_extract", "build": "bench.bench_build", "jobs": "bench.bench_jobs",
           "dashboard": "bench.bench_dashboard"}


def cpu_model() -> str:
    try:
        for line in open("/proc/cpuinfo", encoding="utf-8"):
            if line.startswith("model name"):
                return line.split(":", 1)[1].strip()
    except OSError:
        pass
    return platform.processor() or "unknown CPU"


def main(names: list[str]) -> int:
    print(f"machine: {cpu_model()}, Python {platform.python_version()}")
    for name in names or list(BENCHES):
        print(f"\n== {name} ==", flush=True)
        importlib.import_module(BENCHES[name]).run()
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
