"""The issue's "done when", walked as written, in headless Chromium against the real server:
add a reviewer with the CLI, sign in, correct a period and reject a fact; rebuild (with the CLI,
then with a changed extractor version) and the Pair page, the CSV and pair_series show the
corrected period and no rejected fact; a viewer reaches no review action (a crafted URL included),
the server keeps Streamlit's XSRF protection on, and failed sign-ins are slowed down.
(kill -9 of the server mid-save: test_kill_server.py; session expiry: test_review_page.py.)"""

from __future__ import annotations

import csv
import io
import sqlite3
import urllib.error
import urllib.request
from contextlib import closing
from pathlib import Path

import pytest

import etl.extract
from etl.reviews import accounts, store
from etl.warehouse import build
from tests.conftest import run_cli
from tests.dashboard.test_browser import ARGS, CHROMIUM, PLOT, require_browser, stop_group
from tests.reviews.browser import PASSWORD, correct_period_to_2022, pick, serve, sign_in
from tests.reviews.conftest import facts, query

pytestmark = pytest.mark.browser
PAIR = "BY-HM~RU-MOW"
ACTION_NAMES = ("✓ Confirm", "✎ Save correction", "✗ Reject (not a trade figure)", "✚ Add the fact",
                "↶ Undo the latest decision")


def _hovers(page) -> list[str]:
    page.wait_for_selector(PLOT, timeout=60_000)
    return page.evaluate("""() => [...document.querySelectorAll('.js-plotly-plot')].flatMap(
        p => (p.data || []).flatMap(t => t.hovertext || []))""")


def _csv_rows(raw: bytes) -> set[tuple]:
    rows = csv.DictReader(io.StringIO(raw.decode("utf-8-sig")))
    return {(r["period_start"], r["value"], r["review_status"]) for r in rows if r["metric"] == "turnover"}


def check_reviewed(page, url: str, db: Path, tmp_path: Path, label: str) -> None:
    """The Pair page's hovers, the Download page's CSV, `tradeboard export` and pair_series (as a
    reader opens it: with decisions newer than the build applied) show the corrected period (2022)
    and not the rejected 5.2 billion."""
    from playwright.sync_api import expect

    page.goto(f"{url}/pair?pair={PAIR}&lang=en&currency=USD", wait_until="domcontentloaded")
    hovers = _hovers(page)
    assert any("2022: $5,000M" in h and "✎ corrected" in h for h in hovers), hovers
    assert not any("5,200" in h for h in hovers), hovers
    page.screenshot(path=str(tmp_path / f"pair-{label}.png"), full_page=True)

    page.get_by_role("link", name="Download").click()
    button = page.get_by_role("button", name="Download CSV")
    expect(button).to_be_visible(timeout=30_000)
    with page.expect_download(timeout=60_000) as info:
        button.click()
    exported = tmp_path / f"export-{label}.csv"
    assert run_cli("export", "--db", str(db), "--pair", PAIR, "-o", str(exported)).returncode == 0
    for rows in (_csv_rows(Path(info.value.path()).read_bytes()), _csv_rows(exported.read_bytes())):
        assert ("2022-01-01", "5000000000.0", "corrected") in rows
        assert not any(v == "5200000000.0" for _, v, _ in rows), rows
        assert not any(s == "2023-01-01" and v == "5000000000.0" for s, v, _ in rows)

    series = [(str(r["period_start"]), r["value"], r["review_status"]) for r in facts(db, "pair_series", "period_start")
              if r["pair"] == PAIR and r["metric"] == "turnover" and not r["is_derived"]]
    assert series == [("2022-01-01", 5e9, "corrected"),
                                                      ("2025-01-01", 1.6e9, "unreviewed")]


def review_as_alice(page, url: str) -> str:
    """Sign in, correct the 5 billion's period to 2022, reject the 5.2 billion; the URL of the
    rejected fact (the Review page names its open fact)."""
    from playwright.sync_api import expect

    page.goto(f"{url}/review?lang=en&pair={PAIR}", wait_until="domcontentloaded")
    sign_in(page)
    expect(page.get_by_text("Signed in as alice.")).to_be_visible(timeout=30_000)
    correct_period_to_2022(page, "$5,000M", "5000000000")
    expect(page.get_by_text("Saved: ✎ corrected.")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("State: ✎ corrected — alice")).to_be_visible()
    pick(page, "$5,200M", "5200000000")
    page.get_by_role("button", name="✗ Reject (not a trade figure)").click()
    expect(page.get_by_text("Saved: ✗ rejected.")).to_be_visible(timeout=30_000)
    expect(page.get_by_text("State: ✗ rejected — alice")).to_be_visible()
    return page.url


def failures(db: Path) -> int:
    with closing(sqlite3.connect(store.default_store_path(db))) as con:
        return con.execute("SELECT count(*) FROM signin_failures WHERE subject = 'account:alice'").fetchone()[0]


def check_viewer(browser, crafted: str, db: Path) -> None:
    """A new browser (no sign-in) on a crafted link to the rejected fact: the fact's state and
    fields, no action; the XSRF cookie is set; wrong passwords are soon refused without a check."""
    from playwright.sync_api import expect

    context = browser.new_context(viewport={"width": 1400, "height": 1100})
    viewer = context.new_page()
    viewer.goto(crafted, wait_until="domcontentloaded")
    expect(viewer.get_by_text("Viewing: sign in as a reviewer")).to_be_visible(timeout=60_000)
    expect(viewer.get_by_text("State: ✗ rejected — alice")).to_be_visible(timeout=30_000)
    expect(viewer.get_by_text("Decision history")).to_be_visible(timeout=30_000)
    for name in ACTION_NAMES:
        assert viewer.get_by_role("button", name=name).count() == 0, name
    assert viewer.get_by_role("textbox", name="period_start").count() == 0
    assert "_streamlit_xsrf" in {c["name"] for c in context.cookies()}
    for attempt in range(accounts.FREE_FAILURES):
        sign_in(viewer, password="not the password", again=attempt > 0)
        expect(viewer.get_by_text("Wrong name or password.")).to_be_visible(timeout=30_000)
        for _ in range(100):                                   # wait until the server recorded it
            if failures(db) == attempt + 1:
                break
            viewer.wait_for_timeout(100)
        assert failures(db) == attempt + 1
    sign_in(viewer, again=True)                               # the right password, too soon: not even checked
    expect(viewer.get_by_text("Too many failed attempts.")).to_be_visible(timeout=30_000)
    assert viewer.get_by_role("button", name="✓ Confirm").count() == 0
    context.close()


def assert_xsrf_on(url: str) -> None:
    """The running server hands out an XSRF cookie and refuses a write request without its token."""
    with urllib.request.urlopen(url + "/_stcore/health") as r:
        assert "_streamlit_xsrf=" in (r.headers.get("Set-Cookie") or "")
    forged = urllib.request.Request(url + "/_stcore/upload_file/some-session/some-file", data=b"x", method="PUT")
    with pytest.raises(urllib.error.HTTPError) as refused:
        urllib.request.urlopen(forged)
    assert refused.value.code == 403 and b"XSRF" in refused.value.read()


def test_review_done_when(corpus, tmp_path, monkeypatch):
    from playwright.sync_api import sync_playwright

    require_browser()
    db = tmp_path / "db" / "t.duckdb"
    assert run_cli("build", "--source", str(corpus), "--db", str(db)).returncode == 0
    added = run_cli("reviewers", "add", "alice", "--db", str(db), input_text=PASSWORD + "\n")
    assert added.returncode == 0, added.stderr
    assert run_cli("reviewers", "list", "--db", str(db)).stdout.startswith("alice\t")
    proc, url = serve(db, tmp_path / "serve.log")
    try:
        assert_xsrf_on(url)
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1400}, accept_downloads=True)
            rejected_url = review_as_alice(page, url)
            assert "fact=" in rejected_url
            check_viewer(browser, rejected_url + "&role=reviewer&reviewer=alice&user=alice", db)

            # decisions show at once (no rebuild), then survive a rebuild by the CLI ...
            check_reviewed(page, url, db, tmp_path, "live")
            assert run_cli("build", "--source", str(corpus), "--db", str(db)).returncode == 0
            assert query(db, "SELECT value FROM build_info WHERE key = 'reviews_through'") == [("2",)]
            check_reviewed(page, url, db, tmp_path, "rebuilt")
            # ... and one with a changed extractor version (every article extracted again)
            monkeypatch.setattr(etl.extract, "EXTRACTOR_VERSION", "99.0.0-test")
            build([corpus], db)
            assert query(db, "SELECT extractor_version FROM builds ORDER BY build_id DESC LIMIT 1") == [
                ("99.0.0-test",)]
            check_reviewed(page, url, db, tmp_path, "new-extractor")
            browser.close()
    finally:
        stop_group(proc)
    assert store.verify(db.parent / "reviews.sqlite") == []
    assert [d.action for d in store.read_decisions(db.parent / "reviews.sqlite")] == ["correct", "reject"]
