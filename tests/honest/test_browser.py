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


BAR_TEXTS_INSIDE = """() => {
    const plots = [...document.querySelectorAll('.js-plotly-plot')];
    const bars = plots.find(p => p.querySelector('.barlayer'));
    const svg = bars.querySelector('svg.main-svg').getBoundingClientRect();
    return [...bars.querySelectorAll('.bartext')].map(t => {
        const r = t.getBoundingClientRect();
        return [t.textContent, r.left >= svg.left - 1 && r.right <= svg.right + 1];
    });
}"""


def test_every_top_pair_value_is_whole_on_screen(sample_db, tmp_path):
    """The Overview's top pairs write each value with its bound and currency; none may be cut at
    the chart's edge (side by side with the map, the long pair names left no room for them)."""
    require_browser()
    from playwright.sync_api import sync_playwright

    with serving(sample_db, tmp_path) as base, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100})
        page.goto(f"{base}/?scope=all&year=2024", wait_until="domcontentloaded")
        page.wait_for_selector(".js-plotly-plot .barlayer .bartext", timeout=60_000)
        texts = page.evaluate(BAR_TEXTS_INSIDE)
        browser.close()
    assert len(texts) >= 10
    assert all("млн $" in text for text, _ in texts), texts
    assert [text for text, inside in texts if not inside] == []
