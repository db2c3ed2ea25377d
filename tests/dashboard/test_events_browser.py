"""End to end in headless Chromium: the seed's cooperation events on the Pair page and in Sources,
served by `tradeboard serve` over the sample built by the real CLI."""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.dashboard.test_browser import ARGS, CHROMIUM, PLOT, require_browser, serving

pytestmark = pytest.mark.browser


# Each Plotly chart's screen x of a date on its bottom time axis.
DATE_X = """d => [...document.querySelectorAll('.js-plotly-plot')].map(gd => {
    const xa = gd._fullLayout.xaxis; return xa._offset + xa.l2p(xa.d2l(d)); })"""


def _shot(page, tmp_path: Path, name: str) -> Path:
    """A full-page screenshot; copied to $TRADEBOARD_SCREENSHOTS when set, for a person to look at."""
    path = tmp_path / name
    page.screenshot(path=str(path), full_page=True)
    if os.environ.get("TRADEBOARD_SCREENSHOTS"):
        shutil.copy(path, Path(os.environ["TRADEBOARD_SCREENSHOTS"]) / name)
    return path


def test_pair_page_shows_the_seed_events_and_sources_lists_them(sample_db, tmp_path):
    require_browser()
    from playwright.sync_api import expect, sync_playwright

    with serving(sample_db, tmp_path) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 2600})
        page.goto(f"{url}/pair?pair=BY-HM~RU-MOW&lang=en", wait_until="domcontentloaded")
        page.wait_for_selector(PLOT, timeout=60_000)
        expect(page.get_by_text("Cooperation events on the same time axis").first).to_be_visible(timeout=30_000)
        expect(page.get_by_text("Contacts by year")).to_be_visible()
        # the marker rows: a filled visit (held) and a hollow forum (planned) drawn as SVG points
        rows = page.locator(PLOT).filter(has_text="Cooperation events on the same time axis")
        assert rows.locator("path.point").count() >= 2
        assert "visits" in rows.inner_text() and "forums" in rows.inner_text()
        # one date falls at the same x on the value chart, the event rows and the growth chart
        xs = page.evaluate(DATE_X, "2025-01-01")
        assert len(xs) == 3 and max(xs) - min(xs) <= 1, xs
        _shot(page, tmp_path, "events-pair-page.png")

        page.goto(f"{url}/sources?lang=ru", wait_until="domcontentloaded")
        page.get_by_text("Контакты", exact=True).first.click(timeout=60_000)
        expect(page.get_by_text("Контактов:").first).to_be_visible(timeout=30_000)
        _shot(page, tmp_path, "events-sources-page.png")
        browser.close()
    assert (tmp_path / "events-pair-page.png").stat().st_size > 10_000
