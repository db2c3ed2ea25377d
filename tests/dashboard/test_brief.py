"""The pair brief (issue 14): real PDFs and PNGs from headless Chromium, read back with pypdf."""

from __future__ import annotations

import datetime as dt
import io
import os
import re
from pathlib import Path

import pytest

from dashboard import data
from dashboard.brief import button
from dashboard.brief.content import read_content
from dashboard.brief.make import BriefError, make_brief
from dashboard.brief.page import render_html
from dashboard.brief.render import CHROMIUM_ENV, ChromiumMissing, count_pages
from etl.filters import FilterState
from tests.conftest import run_cli
from tests.dashboard.brief_corpus import make_brief_db

CHROMIUM = Path("/usr/bin/chromium")
MADE = dt.date(2026, 3, 2)
SEED_TITLE = "Кухарев встретился с делегацией Правительства Москвы"


def require_chromium():
    if not CHROMIUM.exists():
        if os.environ.get("CI") == "true":
            pytest.fail(f"{CHROMIUM} is missing under CI=true (apt-get install chromium)")
        pytest.skip(f"{CHROMIUM} is missing (apt-get install chromium)")


def pdf_text(pdf: bytes) -> tuple[int, str]:
    """Pages and text of a PDF, whitespace runs made single spaces."""
    from pypdf import PdfReader

    reader = PdfReader(io.BytesIO(pdf))
    return len(reader.pages), re.sub(r"\s+", " ", "\n".join(p.extract_text() for p in reader.pages))


@pytest.fixture(scope="module")
def brief_db(tmp_path_factory) -> Path:
    return make_brief_db(tmp_path_factory.mktemp("briefdb") / "brief.duckdb")


def test_seed_pair_brief_carries_the_seed_figure_and_its_source(sample_db):
    require_chromium()
    pdf = make_brief(data.db_identity(sample_db), FilterState(), "pair", "BY-HM~RU-MOW", "ru", "pdf", made=MADE)
    assert pdf.startswith(b"%PDF-")
    pages, text = pdf_text(pdf)
    assert pages == 1 == count_pages(pdf)
    assert "Минск ↔ Москва" in text
    assert "товарооборот: Минск ↔ Москва · I полугодие 2025" in text
    assert "> 1 600 млн $" in text and "+43,3 %" in text  # as the Pair page writes 1,6 млрд $
    assert f"«{SEED_TITLE}» — Минск-Новости — 14.08.2025 — ссылка не указана" in text
    assert "Составлена 02.03.2026" in text and "Фильтры: Минск ↔ Москва" in text
    assert "tradeboard brief --pair BY-HM~RU-MOW --lang ru" in text
    assert "Значения по периодам: Минск ↔ Москва" in text and "Темпы роста" in text  # both charts, as SVG text
    # the seed article's events, from the warehouse's events table
    assert "13.08.2025 · визит (состоялся) · Москва — Минск" in text
    assert "18.09.2025–21.09.2025 · форум (запланирован) · Минск — Москва" in text


def test_english_brief_with_targets_events_and_sources(brief_db):
    require_chromium()
    state = FilterState(currency="USD")
    pdf = make_brief(data.db_identity(brief_db), state, "pair", "BY-HR~RU-SPE", "en", "pdf", made=MADE)
    pages, text = pdf_text(pdf)
    assert pages <= 2
    assert "Grodno Region ↔ Saint Petersburg" in text and "Filters: Grodno Region ↔ Saint Petersburg · USD" in text
    assert "Made 2026-03-02" in text
    assert "> $800M" in text and "+12%" in text  # the latest turnover, H1 2025, a lower bound
    # flows named by direction, as on the Pair page: Grodno's export and its import from St Petersburg
    assert "flow: Grodno Region → Saint Petersburg · 2024 $600M" in text
    assert "flow: Saint Petersburg → Grodno Region · 2024 $324.1M" in text
    assert ("turnover (Grodno Region ↔ Saint Petersburg): target $2,000M by 2026; latest figure by then ≈ $1,450M "
            "(2024) — 72.5% of target" in text)
    assert "Recent cooperation events" in text
    assert "2025-05-20–2025-05-21 · visit (held) · Saint Petersburg — Grodno Region" in text
    assert "forum (planned)" in text and "delegation" not in text and "делегацией Москвы" not in text
    assert "“Губернатор Петербурга посетил Гродно” — test — 2025-05-21 — https://grodno.example.by/news/145" in text
    assert "“Дорожная карта до 2026 года” — test — 2024-11-03 — no link given" in text


def test_targets_keep_their_currency(brief_db):
    content = read_content(data.db_identity(brief_db), FilterState(), "pair", "BY-HR~RU-SPE", "en")
    goals = {g.target.metric: g for g in content.targets}
    assert goals["import"].target.currency == goals["import"].actual.currency == "RUB"
    assert goals["import"].pct == pytest.approx(75.0)
    html = render_html(content, "en", MADE, "tradeboard brief --pair BY-HR~RU-SPE --lang en")
    assert ("import (Saint Petersburg → Grodno Region): target RUB 40,000M by 2027; latest figure by then "
            "RUB 30,000M (2024) — 75% of target") in html


def test_every_number_cites_a_listed_source(brief_db):
    content = read_content(data.db_identity(brief_db), FilterState(), "pair", "BY-HR~RU-SPE", "ru")
    html = render_html(content, "ru", MADE, "x")
    cited = {int(n) for refs in re.findall(r'class="ref">\[([\d, ]+)\]', html) for n in refs.split(", ")}
    assert cited == set(range(1, len(content.sources) + 1)) and len(content.sources) == 4
    assert html.count("<li>«") == 4  # one list entry per article


def test_events_section_left_out_without_an_events_table(tmp_path):
    db = make_brief_db(tmp_path / "old.duckdb", events=False)
    content = read_content(data.db_identity(db), FilterState(), "pair", "BY-HR~RU-SPE", "en")
    assert content.events is None
    html = render_html(content, "en", MADE, "x")
    assert "Recent cooperation events" not in html and "No events" not in html
    assert "Targets and progress" in html


def test_events_follow_the_date_filters(brief_db):
    state = FilterState(date_from=dt.date(2025, 9, 1))
    content = read_content(data.db_identity(brief_db), state, "pair", "BY-HR~RU-SPE", "en")
    assert [e.type for e in content.events] == ["forum"]
    content = read_content(data.db_identity(brief_db), FilterState(date_to=dt.date(2024, 12, 31)), "region",
                           "RU-SPE", "en")
    assert content.events == [] and "No events under these filters." in render_html(content, "en", MADE, "x")


def test_the_page_is_offline_html():
    from dashboard.brief.page import CSP

    assert "default-src 'none'" in CSP


def test_nothing_selected_is_an_error(brief_db):
    require_chromium()
    with pytest.raises(BriefError, match="nothing matches"):
        make_brief(data.db_identity(brief_db), FilterState(date_from=dt.date(2030, 1, 1)), "pair",
                   "BY-HR~RU-SPE", "en", "pdf")


def test_missing_chromium_says_how_to_install(brief_db, tmp_path):
    with pytest.raises(ChromiumMissing, match=r"apt-get install chromium"):
        make_brief(data.db_identity(brief_db), FilterState(), "pair", "BY-HR~RU-SPE", "en", "pdf",
                   chromium=tmp_path / "no-chromium")
    out = tmp_path / "brief.pdf"
    proc = run_cli("brief", "--pair", "BY-HR~RU-SPE", "--db", str(brief_db), "-o", str(out),
                   env={CHROMIUM_ENV: str(tmp_path / "no-chromium")})
    assert proc.returncode == 2
    assert "Chromium not found at" in proc.stderr and "apt-get install chromium" in proc.stderr
    assert "Traceback" not in proc.stderr and not out.exists()


def test_cli_writes_the_png(sample_db, tmp_path):
    require_chromium()
    from PIL import Image

    out = tmp_path / "brief.png"
    proc = run_cli("brief", "--pair", "RU-MOW~BY-HM", "--db", str(sample_db), "--lang", "en", "-o", str(out))
    assert proc.returncode == 0, proc.stderr
    assert "WARNING" not in proc.stderr and "brief of BY-HM~RU-MOW" in proc.stderr
    with Image.open(out) as image:
        assert image.format == "PNG" and image.width == 1588 and image.height >= 2246  # A4 at 192 dpi


@pytest.mark.parametrize("args,message", [
    (["--pair", "BY-HM"], "two different ISO 3166 codes"),
    ([], "give --pair A~B"),
    (["--pair", "BY-HM~RU-MOW", "--region", "BY-HR"], "not both"),
    (["--region", "BY-HR", "--lang", "de"], "--lang 'de'"),
    (["--region", "BY-HR", "--currency", "EUR"], "--currency 'EUR'"),
    (["--region", "BY-HR", "--from", "yesterday"], "--from 'yesterday'"),
])
def test_cli_usage_errors(brief_db, tmp_path, args, message):
    proc = run_cli("brief", *args, "--db", str(brief_db), "-o", str(tmp_path / "b.pdf"))
    assert proc.returncode == 2 and message in proc.stderr and "Traceback" not in proc.stderr


def test_cli_names_a_wrong_output_and_a_missing_database(brief_db, tmp_path):
    proc = run_cli("brief", "--region", "BY-HR", "--db", str(brief_db), "-o", str(tmp_path / "b.docx"))
    assert proc.returncode == 2 and "must end in .pdf or .png" in proc.stderr
    proc = run_cli("brief", "--region", "BY-HR", "--db", str(tmp_path / "none.duckdb"), "-o", str(tmp_path / "b.pdf"))
    assert proc.returncode == 2 and "no database" in proc.stderr


def test_download_is_cached_by_database_and_filters(brief_db, tiny_db, monkeypatch):
    calls = []
    monkeypatch.setattr(button, "make_brief", lambda *a, **k: calls.append(a) or b"%PDF-fake")
    args = (FilterState(), "pair", "BY-HR~RU-SPE", "en", "pdf", MADE)
    button.brief_bytes.clear()
    assert button.brief_bytes(data.db_identity(brief_db), *args) == b"%PDF-fake"
    button.brief_bytes(data.db_identity(brief_db), *args)
    assert len(calls) == 1
    button.brief_bytes(data.db_identity(tiny_db), *args)
    button.brief_bytes(data.db_identity(brief_db), FilterState(currency="USD"), *args[1:])
    assert len(calls) == 3


def test_pair_page_offers_both_downloads(app_factory, brief_db):
    at = app_factory("pair", db=brief_db, pair="BY-HR~RU-SPE", lang="en").run()
    assert not at.exception
    labels = [b.proto.label for b in at.get("download_button")]
    assert labels == ["Brief (PDF)", "Brief (PNG)"]


def test_pair_page_says_how_to_install_chromium(app_factory, brief_db, monkeypatch, tmp_path):
    monkeypatch.setenv(CHROMIUM_ENV, str(tmp_path / "no-chromium"))
    at = app_factory("pair", db=brief_db, pair="BY-HR~RU-SPE", lang="ru").run()
    assert not at.exception
    assert not at.get("download_button")
    assert any("apt-get install chromium" in c.value for c in at.caption)


@pytest.mark.browser
def test_pair_page_brief_download_in_the_browser(sample_db, tmp_path):
    """Click "Справка (PDF)" on the served Pair page: the file is the seed pair's brief."""
    from playwright.sync_api import expect, sync_playwright

    from tests.dashboard.test_browser import ARGS, PLOT, require_browser, serving

    require_browser()
    with serving(sample_db, tmp_path) as url, sync_playwright() as p:
        browser = p.chromium.launch(executable_path=str(CHROMIUM), args=ARGS)
        page = browser.new_page(viewport={"width": 1400, "height": 1100}, accept_downloads=True)
        page.goto(f"{url}/pair?pair=BY-HM~RU-MOW&lang=ru", wait_until="domcontentloaded")
        page.wait_for_selector(PLOT, timeout=60_000)
        button = page.get_by_role("button", name="Справка (PDF)")
        expect(button).to_be_visible(timeout=30_000)
        page.screenshot(path=str(tmp_path / "pair-page.png"), full_page=True)
        with page.expect_download(timeout=120_000) as info:
            button.click()
        download = info.value
        pdf = Path(download.path()).read_bytes()
        expect(page.get_by_text("> 1 600 млн $").first).to_be_visible()  # the page is still there
        browser.close()
    assert re.fullmatch(r"brief_BY-HM~RU-MOW_\d{4}-\d{2}-\d{2}\.pdf", download.suggested_filename)
    pages, text = pdf_text(pdf)
    assert pages == 1 and "> 1 600 млн $" in text and SEED_TITLE in text


def test_doctests_of_the_brief():
    import doctest

    from dashboard.brief import make, render

    for module in (make, render):
        result = doctest.testmod(module)
        assert result.attempted and not result.failed


def test_several_pairs_compared(tiny_db):
    """The Pair page's comparison of several pairs makes a brief too, remade by repeating --pair."""
    from dashboard.brief.make import brief_command

    code = "BY-HM~RU-MOW,BY-HR~RU-SPE"
    content = read_content(data.db_identity(tiny_db), FilterState(), "pairs", code, "en")
    assert set(content.series["pair"]) == {"BY-HM~RU-MOW", "BY-HR~RU-SPE"}
    html = render_html(content, "en", MADE, brief_command(content.state, "pairs", code, "en"))
    assert "Comparing pairs: Minsk (city) ↔ Moscow + Grodno Region ↔ Saint Petersburg" in html
    assert "tradeboard brief --pair BY-HM~RU-MOW --pair BY-HR~RU-SPE --lang en" in html
