"""Retake the README's screenshots (docs/*.png) from a database, in headless Chromium.

    .venv/bin/tradeboard build --source data/sample
    .venv/bin/python scripts/readme_shots.py [--db data/tradeboard.duckdb] [--out docs]

Starts `tradeboard serve` on a free port, opens each view by its URL (the views are links), waits
until Streamlit has finished running and the charts are drawn, and saves the page at the height of
its content; the brief comes from `tradeboard brief`. Needs Debian's chromium and playwright (dev).
"""

from __future__ import annotations

import argparse
import os
import signal
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
from tests.serving import free_port, wait_healthy  # noqa: E402

CHROMIUM = "/usr/bin/chromium"
ARGS = ["--headless", "--no-sandbox", "--disable-gpu"]
# file name → (URL path and query, the lowest height shown in pixels)
VIEWS = {
    "overview.png": ("/?lang=ru", 1650),
    "pair-page.png": ("/pair?pair=BY~CN&lang=en", 1900),
    "matrix.png": ("/matrix?lang=ru&year=2024", 900),
}
BRIEF = ("brief.png", ["--pair", "BY-HM~RU-MOW", "--lang", "ru"])
CONTENT_HEIGHT = "document.querySelector('[data-testid=\"stMainBlockContainer\"]').getBoundingClientRect().height"


def shoot(base: str, out: Path) -> None:
    """Each view of VIEWS, whole: the viewport is grown to the content's height before the shot."""
    from playwright.sync_api import sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=ARGS)
        for name, (path, min_height) in VIEWS.items():
            page = browser.new_page(viewport={"width": 1400, "height": min_height})
            page.goto(base + path, wait_until="domcontentloaded")
            page.wait_for_selector(".js-plotly-plot .main-svg", timeout=60_000)
            page.wait_for_function("!document.querySelector('[data-testid=\"stStatusWidget\"]')", timeout=60_000)
            time.sleep(2)  # the last charts' transitions
            height = int(page.evaluate(CONTENT_HEIGHT)) + 120
            page.set_viewport_size({"width": 1400, "height": max(height, min_height)})
            time.sleep(1.5)
            page.screenshot(path=str(out / name))
            print(f"wrote {out / name}")
            page.close()
        browser.close()


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--db", default=str(ROOT / "data" / "tradeboard.duckdb"))
    parser.add_argument("--out", default=str(ROOT / "docs"))
    args = parser.parse_args()
    out = Path(args.out)
    port = free_port()
    server = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", args.db],
                              cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL,
                              start_new_session=True)
    try:
        wait_healthy(port)
        shoot(f"http://127.0.0.1:{port}", out)
    finally:
        os.killpg(server.pid, signal.SIGTERM)
        server.wait(timeout=30)
    name, brief_args = BRIEF
    subprocess.run([sys.executable, "-m", "etl", "brief", *brief_args, "--db", args.db, "-o", str(out / name)],
                   cwd=ROOT, check=True)


if __name__ == "__main__":
    main()
