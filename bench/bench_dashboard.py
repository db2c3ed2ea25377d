"""Dashboard benchmark: a full rerun of each page with AppTest over 1,000,000 facts (median of
several, warm cache), and the time from starting `tradeboard serve` to the first Plotly chart in
headless Chromium. Prints figures, asserts nothing about time.

    python -m bench dashboard
"""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.gen_dashboard_db import generate

ROOT = Path(__file__).resolve().parents[1]
PAGES = ("overview", "pair", "matrix", "sources", "download")
CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]


def time_pages(db: Path, repeats: int = 7) -> dict[str, dict[str, float]]:
    """Seconds for each page's first run (cold cache) and the median of its reruns."""
    from streamlit.testing.v1 import AppTest

    os.environ["TRADEBOARD_DB"] = str(db)
    out = {}
    for page in PAGES:
        at = AppTest.from_file(str(ROOT / "dashboard" / "app.py"), default_timeout=300)
        at.switch_page(f"app_pages/{page}.py")
        start = time.perf_counter()
        at.run()
        first = time.perf_counter() - start
        runs = []
        for _ in range(repeats):
            start = time.perf_counter()
            at.run()
            runs.append(time.perf_counter() - start)
        if at.exception:
            raise RuntimeError(f"page {page} raised: {at.exception[0].message}")
        out[page] = {"first_s": first, "rerun_median_s": statistics.median(runs)}
    return out


def time_to_first_chart(db: Path, page, port: int = 8599) -> tuple[float, dict[str, float]]:
    """Seconds from starting `tradeboard serve` to a rendered Plotly chart in `page` (a Playwright
    page of an already running headless Chromium: a user's browser is already open), and the
    phases on the way: page loaded, title drawn by the first script run, Plotly's code requested,
    the first chart element, the map's outline requested."""
    marks: dict[str, float] = {}

    def mark(name: str):
        return lambda r: name.split(":")[1] in r.url and marks.setdefault(name.split(":")[0], time.perf_counter())

    for name in ("plotly_js:PlotlyChart", "topojson:topojson"):
        page.on("request", mark(name))
    start = time.perf_counter()
    proc = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        while True:
            try:
                page.goto(f"http://127.0.0.1:{port}/", timeout=2000)
                break
            except Exception:  # the server is not listening yet
                if time.perf_counter() - start > 120:
                    raise
                time.sleep(0.05)
        marks["page"] = time.perf_counter()
        page.wait_for_selector("h1", timeout=120_000)
        marks["title"] = time.perf_counter()
        page.wait_for_selector(".js-plotly-plot .main-svg", timeout=120_000)
        elapsed = time.perf_counter() - start
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    return elapsed, {k: v - start for k, v in sorted(marks.items(), key=lambda kv: kv[1])}


def time_start_up(db: Path, repeats: int = 3) -> dict[str, list[float]] | None:
    """`tradeboard serve` → first chart, `repeats` times for a first visit (a new browser context:
    empty cache) and for a returning visitor (a context that opened the dashboard twice before, so
    Streamlit's JavaScript, served as immutable, comes from the browser's cache, compiled)."""
    if not CHROMIUM.exists():
        print(f"  (skipped serve → first chart: {CHROMIUM} is missing)")
        return None
    from playwright.sync_api import sync_playwright

    out: dict[str, list[float]] = {"first visit": [], "returning visitor": []}
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        try:
            for _ in range(repeats):
                for kind in out:
                    context = browser.new_context()
                    if kind == "returning visitor":  # earlier visits fill the HTTP cache and, from
                        for _ in range(2):            # the second on, Chromium's cache of compiled code
                            time_to_first_chart(db, context.new_page())
                    elapsed, phases = time_to_first_chart(db, context.new_page())
                    context.close()
                    out[kind].append(elapsed)
                    print(f"  {kind:17s} {elapsed:.2f} s  (" + ", ".join(f"{k} {v:.2f}" for k, v in phases.items())
                          + ")", flush=True)
        finally:
            browser.close()
    return out


def run(n_facts: int = 1_000_000) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        generate(db, n_facts)
        print(f"generated {n_facts:,} facts over 200 pairs and 15 years in {time.perf_counter() - start:.1f} s")
        start_up = time_start_up(db)
        for kind, times in (start_up or {}).items():
            print(f"tradeboard serve → first chart, {kind}: median {statistics.median(times):.2f} s "
                  f"(min {min(times):.2f}, max {max(times):.2f}, {len(times)} runs)")
        pages = time_pages(db)
        for page, t in pages.items():
            print(f"{page:9s} full rerun median {t['rerun_median_s'] * 1000:6.0f} ms   "
                  f"(first run, cold cache {t['first_s'] * 1000:6.0f} ms)")
    return {"pages": pages, "serve_to_first_chart_s": start_up}


if __name__ == "__main__":
    run()
