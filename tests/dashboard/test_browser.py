"""End to end in headless Chromium: `tradeboard serve` over the sample, the Pair page, the CSV."""

from __future__ import annotations

import csv
import datetime as dt
import io
import os
import signal
import subprocess
import sys
import urllib.parse
import urllib.request
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import openpyxl
import pytest

from tests.conftest import ROOT
from tests.serving import free_port, wait_healthy

CHROMIUM = Path("/usr/bin/chromium")
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
        "--disable-background-networking", "--disable-component-update", "--disable-sync"]
PLOT = ".js-plotly-plot"

pytestmark = pytest.mark.browser


def require_browser():
    """Skip with the reason when Chromium or Playwright is missing — except under CI=true: fail."""
    try:
        import playwright.sync_api  # noqa: F401
        missing = None if CHROMIUM.exists() else f"{CHROMIUM} is missing (apt-get install chromium)"
    except ImportError:
        missing = "the playwright package is missing (pip install -e '.[dev]')"
    if missing and os.environ.get("CI") == "true":
        pytest.fail(f"browser tests must run under CI=true, but {missing}")
    if missing:
        pytest.skip(missing)


@contextmanager
def serving(db: Path, tmp_path: Path) -> Iterator[str]:
    """`tradeboard serve` over `db` on a free port, its output in tmp_path/serve.log; yields the
    base URL and stops the server (and all it started) at the end."""
    port = free_port()
    log = (tmp_path / "serve.log").open("w")
    proc = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", str(db)],
                            cwd=ROOT, stdout=log, stderr=subprocess.STDOUT, start_new_session=True)
    try:
        wait_healthy(port, proc)
        yield f"http://127.0.0.1:{port}"
    finally:
        stop_group(proc)
        log.close()


@pytest.fixture
def served(sample_db, tmp_path):
    """`tradeboard serve` on a free port over the built sample; yields the base URL."""
    require_browser()
    with serving(sample_db, tmp_path) as url:
        yield url


def stop_group(proc: subprocess.Popen) -> None:
    """Stop `tradeboard serve` and anything it started (its own session): no server outlives a test."""
    for sig, wait in ((signal.SIGTERM, 10), (signal.SIGKILL, 5)):
        try:
            os.killpg(proc.pid, sig)
        except ProcessLookupError:
            return
        try:
            proc.wait(timeout=wait)
            return
        except subprocess.TimeoutExpired:
            continue


def test_pick_the_seed_pair_and_download_its_csv_and_excel(served, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        page.goto(f"{served}/pair?lang=en", wait_until="domcontentloaded")
        page.wait_for_selector(PLOT, timeout=60_000)
        picker = page.get_by_role("combobox", name="Pair or region")
        picker.click()
        picker.fill("Moscow")
        page.get_by_role("option", name="Minsk (city) ↔ Moscow", exact=True).click()
        expect(page.get_by_text("> $1,600M")).to_be_visible(timeout=30_000)
        expect(page.get_by_text("+43.3%").first).to_be_visible()
        assert "pair=BY-HM%7ERU-MOW" in page.url or "pair=BY-HM~RU-MOW" in page.url
        page.wait_for_selector(PLOT, timeout=30_000)
        page.screenshot(path=str(tmp_path / "pair-page.png"), full_page=True)

        page.get_by_role("link", name="Download").click()
        button = page.get_by_role("button", name="Download CSV")
        expect(button).to_be_visible(timeout=30_000)
        # The preview's own toolbar CSV (its rows only, formulas not neutralized) is switched off:
        # the button above gives the one file (client.disableDataExport).
        page.locator("[data-testid=stDataFrame]").first.hover(timeout=30_000)
        expect(page.get_by_role("button", name="Download as CSV")).to_have_count(0)
        with page.expect_download(timeout=60_000) as info:
            button.click()
        download = info.value
        assert download.suggested_filename == "tradeboard_BY-HM~RU-MOW.csv"
        raw = Path(download.path()).read_bytes()
        with page.expect_download(timeout=60_000) as info:
            page.get_by_role("button", name="Download Excel").click()
        assert info.value.suggested_filename == "tradeboard_BY-HM~RU-MOW.xlsx"
        workbook = openpyxl.load_workbook(io.BytesIO(Path(info.value.path()).read_bytes()))
        browser.close()
    sheet = [[c.value for c in r] for r in workbook.active.iter_rows()]
    excel = [dict(zip(sheet[0], r, strict=True)) for r in sheet[1:]]
    assert any(r["value"] == 1.6e9 and r["period_end"] == dt.datetime(2025, 6, 30) for r in excel)
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    seed = [r for r in rows if r["period_start"] == "2025-01-01" and r["period_end"] == "2025-06-30"
            and r["metric"] == "turnover"]
    assert seed and float(seed[0]["value"]) == 1.6e9 and seed[0]["currency"] == "USD"
    assert {(r["a"], r["b"]) for r in rows} <= {("BY-HM", "RU-MOW"), ("RU-MOW", "BY-HM")}
    assert (tmp_path / "pair-page.png").stat().st_size > 10_000


def is_local(url: str) -> bool:
    parts = urllib.parse.urlsplit(url)
    return parts.scheme in ("data", "blob") or parts.hostname in ("127.0.0.1", "localhost")


def test_no_request_leaves_the_machine_and_the_map_has_land(served):
    """Overview (opened by its name, /overview) and Pair load nothing from the internet (no
    cdn.plot.ly map outlines, no Google fonts or icons), and the map draws land and country
    outlines from the app's own files."""
    from playwright.sync_api import sync_playwright

    requests: list[str] = []
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.on("request", lambda r: requests.append(r.url))
        # The Overview by its name, as a user would type or bookmark it: redirected to "/", no
        # "Page not found" dialog.
        page.goto(f"{served}/overview?lang=ru", wait_until="domcontentloaded")
        page.wait_for_selector(".geo .layer.land path", state="attached", timeout=60_000)
        assert urllib.parse.urlsplit(page.url).path == "/" and "lang=ru" in page.url
        assert page.get_by_text("Page not found").count() == 0
        land = page.eval_on_selector(".geo .layer.land path", "p => (p.getAttribute('d') || '').length")
        countries = page.eval_on_selector_all(".geo .layer.countries path",
                                              "ps => ps.map(p => (p.getAttribute('d') || '').length)")
        page.goto(f"{served}/pair?pair=BY-HM~RU-MOW&lang=ru", wait_until="domcontentloaded")
        page.wait_for_selector(f"{PLOT} .main-svg", timeout=60_000)
        page.wait_for_load_state("networkidle")
        browser.close()
    assert land > 1000 and countries and max(countries) > 1000
    assert any("/app/static/topojson/world_110m.json" in u for u in requests)
    assert [u for u in requests if not is_local(u)] == []


def test_serve_is_one_process_that_stops_on_sigterm(sample_db, tmp_path):
    """`tradeboard serve` becomes the server (os.execv): stopping the pid it started stops the
    server, with no orphan left listening."""
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", str(sample_db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, start_new_session=True)
    try:
        wait_healthy(port, proc)
        proc.terminate()
        assert proc.wait(timeout=15) is not None
        with pytest.raises(OSError):
            urllib.request.urlopen(f"http://127.0.0.1:{port}/_stcore/health", timeout=2)
    finally:
        stop_group(proc)
