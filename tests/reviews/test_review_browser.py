"""The issue's "done when", end to end in headless Chromium: add a reviewer, sign in, correct a
period and reject a fact, rebuild with a new extractor version, and the Pair page, the CSV and
pair_series show the corrected period and not the rejected fact; a viewer reaches no action;
the decisions survive a kill -9 of the server."""

from __future__ import annotations

import csv
import io
import os
import signal
from pathlib import Path

import pytest

import etl.extract
from etl.reviews import store
from etl.warehouse import build
from tests.conftest import run_cli
from tests.dashboard.test_browser import ARGS, CHROMIUM, PLOT, require_browser, stop_group
from tests.reviews.browser import PASSWORD, pick, serve, set_field
from tests.reviews.conftest import query

pytestmark = pytest.mark.browser
ACTION_NAMES = ("✓ Confirm", "✎ Save correction", "✗ Reject (not a trade figure)", "✚ Add the fact")


def _hovers(page) -> list[str]:
    page.wait_for_selector(PLOT, timeout=60_000)
    return page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(
        p => (p.data || []).flatMap(t => t.hovertext || []))""")


def test_review_done_when(corpus, tmp_path, monkeypatch):
    from playwright.sync_api import expect, sync_playwright

    require_browser()
    db = tmp_path / "db" / "t.duckdb"
    assert run_cli("build", "--source", str(corpus), "--db", str(db)).returncode == 0
    added = run_cli("reviewers", "add", "alice", "--db", str(db), input_text=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    proc, url = serve(db, tmp_path / "serve.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
            page.goto(f"{url}/review?lang=en&pair=BY-HM~RU-MOW", wait_until="domcontentloaded")
            page.get_by_text("Reviewer sign-in").click()
            page.get_by_role("textbox", name="Name").fill("alice")
            page.get_by_role("textbox", name="Password").fill(PASSWORD)
            page.get_by_role("button", name="Sign in").click()
            expect(page.get_by_text("Signed in as alice.")).to_be_visible(timeout=30_000)

            pick(page, "$5,000.0M", "5000000000")
            expect(page.get_by_text("State: unreviewed")).to_be_visible(timeout=30_000)
            set_field(page, "period_start", "2022-01-01")
            set_field(page, "period_end", "2022-12-31")
            page.get_by_role("button", name="✎ Save correction").click()
            expect(page.get_by_text("Saved: correct.")).to_be_visible(timeout=30_000)
            expect(page.get_by_text("State: ✎ corrected — alice")).to_be_visible()

            pick(page, "$5,200.0M", "5200000000")
            page.get_by_role("button", name="✗ Reject (not a trade figure)").click()
            expect(page.get_by_text("Saved: reject.")).to_be_visible(timeout=30_000)
            page.screenshot(path=str(tmp_path / "review-page.png"), full_page=True)

            viewer = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
            viewer.goto(f"{url}/review?lang=en&pair=BY-HM~RU-MOW", wait_until="domcontentloaded")
            expect(viewer.get_by_text("Viewing: sign in as a reviewer")).to_be_visible(timeout=60_000)
            expect(viewer.get_by_role("combobox", name="Fact")).to_be_visible()
            for name in ACTION_NAMES:
                assert viewer.get_by_role("button", name=name).count() == 0, name

            # rebuild with a new extractor version (the server keeps running)
            monkeypatch.setattr(etl.extract, "EXTRACTOR_VERSION", "99.0.0-test")
            build([corpus], db)
            assert query(db, "SELECT extractor_version FROM builds ORDER BY build_id DESC LIMIT 1") == [
                ("99.0.0-test",)]

            page.goto(f"{url}/pair?pair=BY-HM~RU-MOW&lang=en&currency=USD", wait_until="domcontentloaded")
            hovers = _hovers(page)
            assert any("2022: $5,000.0M" in h and "✎ corrected" in h for h in hovers), hovers
            assert not any("2023" in h and "5,200" in h for h in hovers), hovers
            page.screenshot(path=str(tmp_path / "pair-after-review.png"), full_page=True)

            page.get_by_role("link", name="Download").click()
            button = page.get_by_role("button", name="Download CSV")
            expect(button).to_be_visible(timeout=30_000)
            with page.expect_download(timeout=60_000) as info:
                button.click()
            raw = Path(info.value.path()).read_bytes()
            browser.close()
    finally:
        os.killpg(proc.pid, signal.SIGKILL)      # kill -9 the server: the decisions stay whole
        stop_group(proc)
    rows = list(csv.DictReader(io.StringIO(raw.decode("utf-8-sig"))))
    turnover = {(r["period_start"], r["value"], r["review_status"]) for r in rows if r["metric"] == "turnover"}
    assert ("2022-01-01", "5000000000.0", "corrected") in turnover
    assert not any(v == "5200000000.0" for _, v, _ in turnover)
    series = query(db, "SELECT period_start, value, review_status FROM pair_series WHERE pair = 'BY-HM~RU-MOW' "
                       "AND metric = 'turnover' AND NOT is_derived ORDER BY period_start")
    assert [(str(s), v, r) for s, v, r in series if str(s).startswith("202")][:2] == [
        ("2022-01-01", 5e9, "corrected"), ("2025-01-01", 1.6e9, "unreviewed")]
    assert store.verify(db.parent / "reviews.sqlite") == []
    assert [d.action for d in store.read_decisions(db.parent / "reviews.sqlite")] == ["correct", "reject"]
