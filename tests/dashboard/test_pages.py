"""An AppTest per page on a real DuckDB file: default view, a view set by the URL, an empty result,
a bad URL parameter."""

from __future__ import annotations

import datetime as dt

import pytest

from tests.dashboard.conftest import ARTICLES, FACTS, make_db

PAGES = ("overview", "pair", "matrix", "sources", "download")


def url(at, name: str) -> list[str]:
    """The values of a URL parameter after the run (AppTest gives one value as a string)."""
    v = at.query_params.get(name)
    return [] if v is None else [v] if isinstance(v, str) else list(v)


def texts(at, kind: str) -> list[str]:
    return [e.value for e in getattr(at, kind)]


@pytest.mark.parametrize("page", PAGES)
def test_default_view_renders(app_factory, page):
    at = app_factory(page).run()
    assert not at.exception
    assert at.title[0].value == "Торговля регионов Беларуси и России"
    assert texts(at, "warning") == []
    assert url(at, "lang") == ["ru"]


@pytest.mark.parametrize("page", PAGES)
def test_empty_result_says_what_to_change(app_factory, page):
    at = app_factory(page, **{"from": "2030", "lang": "en"}).run()
    assert not at.exception
    assert any("Nothing matches" in m and "Widen the years" in m for m in texts(at, "info"))
    assert len(at.get("plotly_chart")) == 0


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("name,value", [("pair", "XX~YY"), ("pair", "BY-HM"), ("metric", "profit"),
                                        ("from", "last year"), ("currency", "GBP"), ("lang", "de"),
                                        ("min_sources", "-3"), ("min_sources", "999"), ("region", "ZZ-ZZZ")])
def test_bad_param_gives_a_notice_and_falls_back(app_factory, page, name, value):
    at = app_factory(page, **{name: value}).run()
    assert not at.exception
    notices = texts(at, "warning")
    assert len(notices) == 1 and name in notices[0] and value in notices[0]
    assert url(at, name) in ([], ["ru"])


@pytest.mark.parametrize("page", ("pair", "sources"))
def test_a_place_outside_regions_csv_is_a_valid_pair(app_factory, page):
    """CN-TJ (Tianjin) is in place_names.csv, not regions.csv, and the extractor emits it: its pair URL used to
    be refused as an unknown code."""
    at = app_factory(page, pair="BY-MI~CN-TJ", lang="en").run()
    assert not at.exception
    assert texts(at, "warning") == []
    assert url(at, "pair") == ["BY-MI~CN-TJ"]


@pytest.mark.parametrize("params,advice", [
    ({"reviewed": "only"}, "Show every fact, not only reviewed ones."),
    ({"pair": "BY-HM~RU-MOW", "metric": "import"}, "Clear the metric filter or pick another pair or region."),
    ({"from": "2030", "status": "target"}, "Widen the years or clear the status filter."),
])
def test_empty_result_advises_only_the_filters_that_are_set(app_factory, params, advice):
    """The advice used to be fixed ("Widen the years, clear the status filter or lower the minimum
    number of sources") whatever emptied the page — silent on reviewed=only or a metric filter."""
    at = app_factory("download", lang="en", **params).run()
    assert not at.exception
    [info] = [i for i in texts(at, "info") if i.startswith("Nothing matches")]
    assert info.endswith("). " + advice)


@pytest.mark.parametrize("page", PAGES)
def test_a_pair_without_figures_is_named_not_the_filters(app_factory, page):
    """Two known places the articles never pair (Minsk ↔ Japan) used to get "Widen the years, clear
    the status filter…", which cannot help; the page says the pair has no figures."""
    at = app_factory(page, pair="BY-HM~JP", lang="en").run()
    assert not at.exception
    infos = texts(at, "info")
    assert "The articles give no trade figures for Minsk (city) ↔ Japan. Pick another pair or region." in infos
    assert not any("Widen the years" in i for i in infos)


@pytest.mark.parametrize("page", PAGES)
@pytest.mark.parametrize("reviewed", ["all", "only"])
def test_review_filter_does_not_break_the_events_sections(app_factory, page, reviewed):
    """Review → 'all' or 'reviewed only' in the sidebar used to crash every page that lists contacts
    ('FilterError: --reviewed applies to facts; events are not reviewed'); events ignore it."""
    at = app_factory(page, reviewed=reviewed, lang="en").run()
    assert not at.exception
    if page in ("sources", "download"):
        at.segmented_control(key=f"{page}_kind").set_value("events").run()
        assert not at.exception


@pytest.mark.parametrize("page", PAGES)
def test_years_in_the_wrong_order_give_a_notice_not_a_traceback(app_factory, page):
    """`from` after `to` (two valid years in the wrong order) used to crash every page."""
    at = app_factory(page, **{"from": "2025", "to": "2020", "lang": "en"}).run()
    assert not at.exception
    notices = texts(at, "warning")
    assert len(notices) == 1 and "to='2020'" in notices[0] and "before the start" in notices[0]
    assert url(at, "from") == ["2025"] and url(at, "to") == []


def test_overview_headlines_follow_the_filters(app_factory):
    at = app_factory("overview", lang="en", currency="USD").run()
    assert not at.exception
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Biggest growth"] in ("+43.3%", "+12%")
    assert [m.value for m in at.metric if m.label == "Region pairs"] == ["2", "2"]
    # H1 2025: more than 1.6 bn Minsk–Moscow + 1.1 bn Grodno–St Petersburg: a lower bound
    assert "> $2,700M" in [m.value for m in at.metric]
    assert len(at.get("plotly_chart")) == 2
    assert url(at, "currency") == ["USD"]


def test_overview_with_export_and_import_selected_adds_export(app_factory):
    """metric=export&metric=import used to add turnover, which the filter excludes: "Nothing
    matches the selected filters (export, import)" over a database with an export figure."""
    at = app_factory("overview", metric=["export", "import"], lang="en").run()
    assert not at.exception
    assert not any("Nothing matches" in i for i in texts(at, "info"))
    metrics = {m.label: m.value for m in at.metric}
    assert metrics["Export reported, total USD"] == "$300M"


def test_pair_view_from_url(app_factory):
    at = app_factory("pair", pair="RU-MOW~BY-HM", currency="USD", lang="en").run()
    assert not at.exception
    assert at.multiselect(key="f_pairs").value == ["BY-HM~RU-MOW"]
    assert at.caption[0].value == "Minsk (city) ↔ Moscow · USD"
    table = at.dataframe[0].value
    assert "> $1,600M" in table["Value in USD"].tolist()  # formatted, with its bound
    assert any("52% of target" in m for m in texts(at, "markdown"))
    assert len(at.get("plotly_chart")) == 2  # values and growth
    assert url(at, "pair") == ["BY-HM~RU-MOW"]


def test_pair_table_quotes_every_source_of_a_reconciled_row(app_factory):
    """Minsk–Moscow 2024 is the median of two articles (2.5 bn and about 2.7 bn): the table used to
    quote only the first, so the number on screen could be traced to neither."""
    at = app_factory("pair", pair="BY-HM~RU-MOW", lang="en").run()
    table = at.dataframe[0].value
    row = table[(table["Period"] == "2024") & (table["Status"] == "reported")]
    assert row["Sources"].tolist() == [2]
    quote = row["Quote"].iloc[0]
    assert "составил 2,5 млрд долларов" in quote and "около 2,7 млрд долларов" in quote


def test_pair_page_counts_figures_without_a_period(app_factory, tmp_path):
    """A pair whose figures give no period (Kaluga ↔ Vietnam on the sample: "за несколько лет …
    вырос в 80 раз") used to read "Nothing matches the selected filters"; a pair with dated figures
    dropped its undated ones from the charts without a word. Both now say how many and where."""
    undated = [("A3", "turnover", "RU-KLU", "VN", 316e6, "USD", "eq", None, None, 7900.0, "reported",
                "За несколько лет товарооборот вырос в 80 раз и составил 316 млн долларов.", "period not stated"),
               ("A3", "turnover", "BY-HM", "RU-MOW", None, None, "eq", None, None, 60.0, "reported",
                "За пять лет товарооборот вырос на 60 %.", "period not stated")]
    db = make_db(tmp_path / "undated.duckdb", facts=FACTS + undated, articles=ARTICLES)
    at = app_factory("pair", db=db, pair="RU-KLU~VN", lang="en").run()
    assert not at.exception
    assert texts(at, "info")[0] == ("No figure with a stated period; 1 without one cannot be placed in time "
                                    "and are on the Sources page.")
    at = app_factory("pair", db=db, pair="BY-HM~RU-MOW", lang="en").run()
    assert "Not on the charts for want of a stated period: 1 figures (see the Sources page)." in texts(at, "caption")
    at = app_factory("pair", db=db, pair="BY-HM~RU-MOW", lang="en", **{"from": "2024"}).run()
    assert not any("stated period" in c for c in texts(at, "caption"))  # a date filter leaves them out anyway


def test_pair_page_in_usd_says_which_figures_have_no_rate(app_factory, tmp_path):
    """A rouble figure of a year without an exchange rate (the reference starts in 2010) used to
    vanish from the USD view without a word: Belarus ↔ Moscow's Jan–Sep 2008 on the sample."""
    old = [("A5", "turnover", "BY", "RU-MOW", 104.4e9, "RUB", "eq", dt.date(2008, 1, 1), dt.date(2008, 9, 30),
            None, "reported", "С января по сентябрь товарооборот составил 104,4 млрд российских рублей.", "")]
    db = make_db(tmp_path / "norate.duckdb", facts=FACTS + old, articles=ARTICLES)
    at = app_factory("pair", db=db, pair="BY~RU-MOW", currency="USD", lang="en").run()
    assert not at.exception
    assert ("Not on the USD charts for want of an exchange rate for their year: 1 figures (RUB); they are in "
            "the table below and in the original-currency view.") in texts(at, "caption")
    at = app_factory("pair", db=db, pair="BY~RU-MOW", lang="en").run()
    assert not any("exchange rate" in c for c in texts(at, "caption"))


def test_pair_page_shows_a_region_against_all_partners(app_factory):
    at = app_factory("pair", region="BY-HR", lang="en").run()
    assert not at.exception
    assert set(at.dataframe[0].value["Pair"]) == {"Grodno Region ↔ Saint Petersburg"}
    assert at.dataframe[0].proto.placeholder == "—"  # an empty cell is a dash, not a grey "None"


def test_matrix_select_opens_the_pair(app_factory):
    at = app_factory("matrix", lang="en").run()
    assert not at.exception
    assert at.selectbox(key="matrix_year").value == 2024
    at.selectbox(key="matrix_pair").set_value("BY-HR~RU-SPE")
    at.button(key="matrix_open").click().run()
    assert not at.exception
    assert at.multiselect(key="f_pairs").value == ["BY-HR~RU-SPE"]
    assert at.caption[0].value == "Grodno Region ↔ Saint Petersburg"


def test_sources_search_and_flags(app_factory):
    at = app_factory("sources", lang="en").run()
    table = at.dataframe[0].value
    assert len(table) == 9
    flags = dict(zip(table["fact_id"], table["Flags"], strict=True))
    assert "sources disagree" in flags["A3-002"]
    assert "currency guessed" in flags["A5-005"] and "converted to USD" in flags["A5-005"]
    assert "unresolved fields" in flags["A6-007"]
    assert table.isna().any().any() and at.dataframe[0].proto.placeholder == "—"
    at.text_input(key="sources_q").input("январь–май").run()
    assert at.dataframe[0].value["fact_id"].tolist() == ["A4-003"]
    # '%' and '_' are searched as typed: "5%" is not "5 followed by anything" (ILIKE wildcards before).
    at.text_input(key="sources_q").input("%").run()
    assert at.dataframe[0].value["fact_id"].tolist() == ["A1-000"]
    # A search without a hit names the search, not the filters ("widen the years" misled before).
    at.text_input(key="sources_q").input("Гомель").run()
    assert texts(at, "info") == ["No quote contains “Гомель” (all data). Change or clear the search."]


def test_sources_table_puts_the_quote_beside_the_number(app_factory):
    """An official reads value, period, status and the quote it came from without scrolling sideways
    past the confidence, flags and review marks."""
    at = app_factory("sources", lang="en").run()
    columns = list(at.dataframe[0].value.columns)
    assert columns.index("Quote") == columns.index("Status") + 1


def test_language_toggle_switches_labels(app_factory):
    at = app_factory("overview").run()
    assert at.metric[0].label == "Товарооборот (факт), сумма, $"
    at.radio(key="lang").set_value("en").run()
    assert at.metric[0].label == "Turnover reported, total USD"
    assert url(at, "lang") == ["en"]


def test_missing_database_gives_a_sentence(app_factory, tmp_path):
    at = app_factory(None, db=tmp_path / "missing.duckdb", lang="en").run()
    assert not at.exception
    assert "No database" in at.info[0].value


def test_matrix_year_without_the_flow_says_so(app_factory):
    """A year the Matrix offers (it has figures of another flow, or contacts) but with no figure of
    the chosen flow used to say "Nothing matches the selected filters … widen the years" with no
    filter set; it names the year and the flow instead."""
    at = app_factory("matrix", view="import", lang="en").run()
    assert not at.exception
    assert texts(at, "info") == ["No full-year USD values in 2024 for Belarus's import (partner → Belarus) "
                                 "(all data). Pick another year or metric."]
