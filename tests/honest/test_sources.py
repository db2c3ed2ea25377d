"""Issue 10, points 2, 4, 8 and 9 on the Sources page: flows by name, values with their bounds,
publisher and site beside the title, a change column, the view's search and page in the URL."""

from __future__ import annotations


def table_of(at):
    return at.dataframe[0].value.set_index("fact_id")


def test_values_keep_bounds_and_flows_keep_direction(app_factory, hdb):
    at = app_factory("sources", db=hdb, lang="en").run()
    assert not at.exception
    t = table_of(at)
    assert t.loc["N2-001", "Value"] == "> $1,200M"
    assert t.loc["N5-004", "Value"] == "≈ $1,000M"
    assert t.loc["N14-013", "Change, %"] == "> +119%" and t.loc["N14-013", "Value"] == "—"
    assert t.loc["N1-000", "Change, %"] == "+8%"
    assert t.loc["N8-007", "Flow"] == "China → Belarus"
    assert t.loc["N9-008", "Flow"] == "Belarus → Republic of Tatarstan"  # Tatarstan's import from Belarus
    assert t.loc["N1-000", "Flow"] == "Belarus ↔ Russia"


def test_publisher_and_site_beside_the_title(app_factory, hdb):
    t = table_of(app_factory("sources", db=hdb, lang="ru").run())
    assert t.loc["N20-016", "Статья"] == "bryansk.example.ru"  # no title: the site instead
    assert t.loc["N21-017", "Статья"] == "Брянск и Беларусь" and t.loc["N21-017", "Сайт"] == "belta.by"
    assert t.loc["N21-017", "Издание"] == "test"


def test_search_text_and_page_are_in_the_url(app_factory, hdb):
    at = app_factory("sources", db=hdb, lang="en", q="млрд").run()
    assert not at.exception
    assert at.text_input(key="sources_q").value == "млрд"
    assert at.query_params["q"] in ("млрд", ["млрд"])
    at.text_input(key="sources_q").input("Импорт").run()
    assert at.query_params["q"] in ("Импорт", ["Импорт"])
    assert list(table_of(at).index) == ["N9-008"]


def test_page_number_from_the_url(app_factory, sample_db):
    at = app_factory("sources", db=sample_db, lang="en")
    at.query_params["page"] = "2"
    at.run()
    assert not at.exception
    assert at.number_input(key="sources_page").value == 2
    assert any(c.value.startswith("Facts found") and "Showing 51–100" in c.value for c in at.caption)
    assert at.query_params["page"] in ("2", ["2"])
