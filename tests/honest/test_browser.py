"""Issue 10 in headless Chromium: a click on a Matrix cell opens that pair (point 8)."""

from __future__ import annotations

import re

import pytest

from tests.dashboard.test_browser import ARGS, CHROMIUM, PLOT, require_browser, serving

pytestmark = pytest.mark.browser

CELL_XY = """([x, y]) => {
    const gd = document.querySelector('.js-plotly-plot');
    const box = gd.querySelector('.nsewdrag').getBoundingClientRect();
    return [box.left + gd._fullLayout.xaxis.d2p(x), box.top + gd._fullLayout.yaxis.d2p(y)];
}"""


def test_a_matrix_cell_click_opens_its_pair(hdb, tmp_path):
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    with serving(hdb, tmp_path) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(f"{base}/matrix?lang=en&year=2024", wait_until="domcontentloaded")
        page.wait_for_selector(f"{PLOT} .nsewdrag", timeout=60_000)
        x, y = page.evaluate(CELL_XY, ["RU-SMO", "BY"])
        page.mouse.move(x, y)
        page.mouse.click(x, y)
        page.wait_for_url(re.compile(r".*/pair\?.*pair=BY(~|%7E)RU-SMO.*"), timeout=30_000)
        expect(page.get_by_text("Values by period: Belarus ↔ Smolensk Oblast")).to_be_visible(timeout=30_000)
        page.screenshot(path=str(tmp_path / "after-click.png"), full_page=True)
        browser.close()
