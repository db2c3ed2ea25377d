"""Decisions survive `kill -9` of the dashboard server mid-save: a decision is whole or absent.

The real `tradeboard serve` runs in its own process group; headless Chromium signs in and saves
through the Review page, exactly as a reviewer does. The server is started with the test hook
`TRADEBOARD_TEST_PAUSE_SAVE` (etl/reviews/store.py), which makes the save stop at one point of its
transaction and write a flag file; the test then kills the whole server with SIGKILL there:

- `before_commit`: the decision's row has been inserted, the transaction is not committed. The
  decision must be absent. A store that wrote a decision in more than one committed step (rows
  auto-committed one statement at a time, a JSON line appended in pieces, the row first and its
  digest or its `after` fields later) would leave the row — or part of it — behind, and this test
  would fail on `decisions == []` or on the digest/field checks.
- `after_commit`: the commit returned but the page never answered. The decision must be there,
  every field of it, its digest matching its content.

Then a server without the hook opens the same store: SQLite's `PRAGMA integrity_check` is `ok`,
the killed correction is not on the page, and the reviewer saves it again.
"""

from __future__ import annotations

import json
import os
import signal
import sqlite3
import time
from contextlib import closing, contextmanager
from pathlib import Path

import pytest

from etl.reviews import store
from tests.conftest import run_cli
from tests.dashboard.test_browser import ARGS, CHROMIUM, require_browser, stop_group
from tests.reviews.browser import PASSWORD, correct_period_to_2022, pick, serve, set_field, sign_in

pytestmark = pytest.mark.browser
REVIEW = "/review?lang=en&pair=BY-HM~RU-MOW"


@contextmanager
def signed_in_page(db: Path, log: Path, env: dict | None = None):
    """(server process, a Chromium page signed in as alice on the Review page)."""
    from playwright.sync_api import expect, sync_playwright

    proc, url = serve(db, log, env)
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1400})
            page.goto(url + REVIEW, wait_until="domcontentloaded")
            sign_in(page)
            expect(page.get_by_text("Signed in as alice.")).to_be_visible(timeout=30_000)
            yield proc, page
            browser.close()
    finally:
        stop_group(proc)


def kill_when_paused(proc, flag: Path, point: str, timeout: float = 60) -> None:
    """Wait until the save stopped at `point`, then SIGKILL the server's whole process group."""
    deadline = time.monotonic() + timeout
    while not flag.exists():
        assert time.monotonic() < deadline, f"the save never reached {point}"
        assert proc.poll() is None, "the server exited by itself"
        time.sleep(0.1)
    assert flag.read_text(encoding="utf-8").split() == [str(proc.pid), point]
    os.killpg(proc.pid, signal.SIGKILL)
    proc.wait(timeout=10)
    assert proc.returncode == -signal.SIGKILL


def stored_rows(path: Path) -> list[dict]:
    """Every decision row as SQLite holds it, after SQLite's own integrity check passed."""
    with closing(sqlite3.connect(path)) as con:
        assert con.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        con.row_factory = sqlite3.Row
        return [dict(r) for r in con.execute("SELECT * FROM decisions ORDER BY id")]


def assert_whole(row: dict, action: str, after_fields: set[str]) -> None:
    """A decision with every column set, its JSON readable and its digest matching its content."""
    assert all(row[c] not in (None, "") for c in ("uid", "at", "reviewer", "fact_key", "article_id", "before",
                                                   "digest")), row
    assert (row["action"], row["reviewer"]) == (action, "alice")
    assert 0 <= row["quote_start"] < row["quote_end"]
    assert {"metric", "a", "b", "value", "period_start", "period_end"} <= set(json.loads(row["before"]))
    assert set(json.loads(row["after"] or "null") or {}) >= after_fields
    assert store.content_digest({f: row[f] for f in store.CONTENT_FIELDS}) == row["digest"]


def test_kill_9_of_the_server_mid_save_leaves_each_decision_whole_or_absent(corpus, tmp_path):
    from playwright.sync_api import expect

    require_browser()
    db = tmp_path / "db" / "t.duckdb"
    path = db.parent / "reviews.sqlite"
    assert run_cli("build", "--source", str(corpus), "--db", str(db)).returncode == 0
    assert run_cli("reviewers", "add", "alice", "--db", str(db), input_text=PASSWORD + "\n").returncode == 0

    # 1. killed inside the transaction: the correction is absent
    flag = tmp_path / "paused-before"
    with signed_in_page(db, tmp_path / "serve1.log", {store.PAUSE_ENV: f"before_commit:{flag}"}) as (proc, page):
        pick(page, "$5,000M", "5000000000")
        set_field(page, "period_start", "2022-01-01")
        set_field(page, "period_end", "2022-12-31")
        page.get_by_role("button", name="✎ Save correction").click()
        kill_when_paused(proc, flag, "before_commit")
    assert stored_rows(path) == []
    assert store.verify(path) == []

    # 2. killed after the commit, before the page answered: the rejection is whole
    flag = tmp_path / "paused-after"
    with signed_in_page(db, tmp_path / "serve2.log", {store.PAUSE_ENV: f"after_commit:{flag}"}) as (proc, page):
        pick(page, "$5,200M", "5200000000")
        page.get_by_role("button", name="✗ Reject (not a trade figure)").click()
        kill_when_paused(proc, flag, "after_commit")
    [reject] = stored_rows(path)
    assert_whole(reject, "reject", set())
    assert reject["after"] is None

    # 3. a server without the hook: the store opens, the lost correction is not shown, saving works
    with signed_in_page(db, tmp_path / "serve3.log") as (proc, page):
        correct_period_to_2022(page, "$5,000M", "5000000000")
        expect(page.get_by_text("State: ✎ corrected — alice")).to_be_visible(timeout=30_000)
    rows = stored_rows(path)
    assert [r["action"] for r in rows] == ["reject", "correct"]
    assert_whole(rows[1], "correct", {"period_start", "period_end", "value", "currency"})
    assert (json.loads(rows[1]["after"])["period_start"], json.loads(rows[1]["after"])["period_end"]) == (
        "2022-01-01", "2022-12-31")
    assert run_cli("reviews", "verify", "--db", str(db)).returncode == 0
