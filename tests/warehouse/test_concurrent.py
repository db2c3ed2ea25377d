"""A build succeeds while `tradeboard serve` runs with the page open, and readers keep working."""

import subprocess
import sys
import time

import pytest

from tests.conftest import ROOT, SAMPLE, SEED, run_cli
from tests.serving import free_port, wait_healthy
from tests.warehouse.conftest import query

# Reads until the test creates the stop file (after the build), then once more: however slow the
# build on a loaded machine, the reader's last read comes after it (no timing guess).
READER = """
import os, sys, time, duckdb
path, stop_file = sys.argv[1], sys.argv[2]
seen, errors, last = set(), 0, False
while not last:
    last = os.path.exists(stop_file)
    try:
        with duckdb.connect(path, read_only=True) as con:  # as the dashboard does: short-lived, read-only
            seen.add(con.execute("SELECT count(*) FROM articles").fetchone()[0])
            con.execute("SELECT count(*) FROM pair_series").fetchone()
    except Exception as exc:
        errors += 1
        print("reader error:", exc, file=sys.stderr)
    time.sleep(0.01)
print(sorted(seen), errors)
"""


def _open_page(port: int):
    """Headless Chromium with the app's page open, or None when no browser is installed."""
    try:
        from playwright.sync_api import sync_playwright
    except ImportError:
        return None, None
    pw = sync_playwright().start()
    try:
        browser = pw.chromium.launch(executable_path="/usr/bin/chromium",
                                     args=["--headless", "--no-sandbox", "--disable-gpu"])
    except Exception:  # noqa: BLE001 - no usable browser here: the reader process still checks the file
        pw.stop()
        return None, None
    page = browser.new_page()
    page.goto(f"http://127.0.0.1:{port}/?lang=en", wait_until="networkidle")
    page.wait_for_selector("h1", timeout=30_000)
    return pw, page


@pytest.fixture
def server(tmp_path):
    db = tmp_path / "live.duckdb"
    assert run_cli("build", "--source", str(SEED), "--db", str(db)).returncode == 0
    port = free_port()
    proc = subprocess.Popen([sys.executable, "-m", "etl", "serve", "--port", str(port), "--db", str(db)],
                            cwd=ROOT, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    try:
        wait_healthy(port)
        yield db, port
    finally:
        proc.terminate()
        proc.wait(timeout=20)


def test_build_while_dashboard_serves_and_readers_read(server):
    db, port = server
    pw, page = _open_page(port)
    reader = None
    try:
        if page is not None:  # the seed alone has a half-year figure, no full year
            page.wait_for_selector("text=No full-year turnover figures.", timeout=30_000)
        stop = db.with_name("reader.stop")
        reader = subprocess.Popen([sys.executable, "-c", READER, str(db), str(stop)], cwd=ROOT,
                                  stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        time.sleep(1.0)
        ino = db.stat().st_ino
        build = run_cli("build", "--source", str(SAMPLE), "--db", str(db))
        assert build.returncode == 0, build.stderr
        assert db.stat().st_ino != ino, "the build replaced the file"
        stop.touch()
        out, err = reader.communicate(timeout=60)
        seen, errors = out.rsplit(" ", 1)
        assert int(errors) == 0, err
        n_sample = query(db, "SELECT count(*) FROM articles")[0][0]
        assert n_sample > 4 and seen == f"[4, {n_sample}]", \
            "readers saw the old data, then the new, never a half-written file"
        wait_healthy(port, timeout=5)
        if page is not None:
            page.reload(wait_until="networkidle")
            page.wait_for_selector("text=/Year: \\d{4}/", timeout=30_000)  # the new build's data
            assert page.locator("[data-testid='stException']").count() == 0
            assert "Could not set lock" not in page.content()
    finally:
        if reader is not None and reader.poll() is None:
            reader.kill()
        if pw is not None:
            pw.stop()
    assert query(db, "SELECT count(*) FROM articles") == [(n_sample,)]
