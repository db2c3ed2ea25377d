"""The Review page's states as a reviewer sees them in headless Chromium, each one screenshot
(tmp_path/shots/*.png, kept for a person to look at): the queue, an item with its figure
highlighted, an invalid correction refused, a fact changed by someone else ("reload"), orphaned
decisions; and a shared link that opens one item for a viewer."""

from __future__ import annotations

import pytest

from etl.reviews import store
from tests.conftest import run_cli
from tests.dashboard.test_browser import ARGS, CHROMIUM, require_browser, stop_group
from tests.reviews.browser import PASSWORD, pick, serve, set_field, sign_in
from tests.reviews.conftest import decide, facts

pytestmark = pytest.mark.browser


def test_review_page_states_in_chromium(corpus, tmp_path):
    from playwright.sync_api import expect, sync_playwright

    require_browser()
    db = tmp_path / "db" / "t.duckdb"
    shots = tmp_path / "shots"
    shots.mkdir()
    assert run_cli("build", "--source", str(corpus), "--db", str(db)).returncode == 0
    assert run_cli("reviewers", "add", "alice", "--db", str(db), input_text=PASSWORD + "\n").returncode == 0
    path = store.default_store_path(db)
    store.append(path, reviewer="bob", fact_key="0123456789abcdef", action="correct", article_id="gone-article",
                 quote_start=10, quote_end=90, before={"value": 4e9}, after={"value": 4.5e9}, comment="typo")
    rows = {r["quote"]: r for r in facts(db)}
    proc, url = serve(db, tmp_path / "serve.log")
    try:
        with sync_playwright() as p:
            browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
            page = browser.new_page(viewport={"width": 1400, "height": 1300})
            page.goto(f"{url}/review?lang=en", wait_until="domcontentloaded")
            sign_in(page)
            expect(page.get_by_text("Signed in as alice.")).to_be_visible(timeout=30_000)
            expect(page.get_by_label("value", exact=True).first).to_be_visible(timeout=30_000)
            page.wait_for_timeout(1000)
            page.get_by_text("Decisions without a fact (1)").click()
            expect(page.locator('[data-testid="stExpander"] [data-testid="stDataFrame"]')).to_be_visible()
            expect(page.locator("td", has_text="0123456789abcdef")).to_have_count(1, timeout=15_000)
            page.wait_for_timeout(1000)                                   # the table draws on a canvas
            page.screenshot(path=str(shots / "1-queue-and-orphans.png"), full_page=True)

            pick(page, "export", "3000000000")
            expect(page.get_by_text("Now reads: Minsk (city) → Moscow · export · 2024 · $3,000M")).to_be_visible()
            page.screenshot(path=str(shots / "2a-export-item.png"), full_page=True)
            pick(page, "$5,200M", "5200000000")
            mark = page.locator("mark b")
            expect(mark).to_have_text("5,2 млрд")
            page.screenshot(path=str(shots / "2-item-highlighted.png"), full_page=True)

            set_field(page, "period_end", "2001-01-01")
            page.get_by_role("button", name="✎ Save correction").click()
            expect(page.get_by_text("Nothing saved. period_end: the period ends (2001-01-01) before it starts")
                   ).to_be_visible(timeout=30_000)
            page.screenshot(path=str(shots / "3-invalid-refused.png"), full_page=True)
            assert [d.fact_key for d in store.read_decisions(path)] == ["0123456789abcdef"]

            five_two = next(r for q, r in rows.items() if "5,2 млрд" in q)
            decide(path, five_two, "reject", reviewer="bob", base="")      # another reviewer, meanwhile
            page.get_by_role("button", name="✓ Confirm").click()
            expect(page.get_by_text("This fact changed since you opened it (bob: ✗ rejected,")
                   ).to_be_visible(timeout=30_000)
            page.screenshot(path=str(shots / "4-changed-reload.png"), full_page=True)
            assert [d.reviewer for d in store.read_decisions(path)] == ["bob", "bob"]
            page.get_by_role("button", name="Reload").click()
            expect(page.get_by_text("State: ✗ rejected — bob")).to_be_visible(timeout=30_000)

            # the URL names the open fact: a viewer following the link sees that fact
            assert f"fact={five_two['fact_key']}" in page.url, page.url
            viewer = browser.new_context(viewport={"width": 1400, "height": 1100}).new_page()
            viewer.goto(page.url + "&role=reviewer", wait_until="domcontentloaded")
            expect(viewer.get_by_text("State: ✗ rejected — bob")).to_be_visible(timeout=60_000)
            expect(viewer.get_by_text("Viewing: sign in as a reviewer")).to_be_visible()
            assert viewer.get_by_role("button", name="✓ Confirm").count() == 0
            expect(viewer.get_by_text("Decision history")).to_be_visible(timeout=30_000)
            viewer.wait_for_timeout(1500)                         # let the tables draw
            viewer.screenshot(path=str(shots / "5-viewer-link.png"), full_page=True)
            browser.close()
    finally:
        stop_group(proc)
