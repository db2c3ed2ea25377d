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


def time_to_first_chart(db: Path, port: int = 8599) -> float | None:
    """Seconds from starting `tradeboard serve` to a rendered Plotly chart in headless Chromium;
    prints the phases (page loaded, title drawn by the first script run, Plotly's code requested).

    The browser is started first, as a user's browser is already open: its start-up is not the
    dashboard's.
    """
    if not CHROMIUM.exists():
        print(f"  (skipped serve → first chart: {CHROMIUM} is missing)")
        return None
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page()
        marks: dict[str, float] = {}
        page.on("request", lambda r: "PlotlyChart" in r.url and marks.setdefault("plotly_js", time.perf_counter()))
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
            phases = sorted(marks.items(), key=lambda kv: kv[1])
            print("  phases: " + ", ".join(f"{k} {v - start:.2f} s" for k, v in phases) + f", chart {elapsed:.2f} s")
        finally:
            proc.terminate()
            proc.wait(timeout=10)
            browser.close()
    return elapsed


def run(n_facts: int = 1_000_000) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        db = Path(tmp) / "bench.duckdb"
        start = time.perf_counter()
        generate(db, n_facts)
        print(f"generated {n_facts:,} facts over 200 pairs and 15 years in {time.perf_counter() - start:.1f} s")
        first_chart = time_to_first_chart(db)
        if first_chart is not None:
            print(f"tradeboard serve → first chart (cold cache): {first_chart:.2f} s")
        pages = time_pages(db)
        for page, t in pages.items():
            print(f"{page:9s} full rerun median {t['rerun_median_s'] * 1000:6.0f} ms   "
                  f"(first run, cold cache {t['first_s'] * 1000:6.0f} ms)")
    return {"pages": pages, "serve_to_first_chart_s": first_chart}


if __name__ == "__main__":
    run()
