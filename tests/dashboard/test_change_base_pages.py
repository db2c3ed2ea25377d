"""A change the source measured against another base than a year earlier ("на 40 % больше, чем в
2019 году" in a 2023 figure) is shown with its base on the Sources page, and stays out of the Pair
page's year-on-year growth chart and out of the derived previous-year levels."""

from __future__ import annotations

import datetime as dt

import pytest

from dashboard.i18n import t
from etl.change_notes import OTHER_BASE_NOTE
from tests.dashboard.conftest import chart_traces, make_db

D = dt.date
ARTICLES = [("B1", "Гомель и Брянск", D(2024, 3, 1), "https://example.org/b1"),
            ("B2", "Гомель и Брянск: итоги", D(2025, 2, 1), "https://example.org/b2")]
Y2023, Y2024 = (D(2023, 1, 1), D(2023, 12, 31)), (D(2024, 1, 1), D(2024, 12, 31))
FACTS = [
    ("B1", "turnover", "BY-HO", "RU-BRY", 560e6, "USD", "eq", *Y2023, 40.0, "reported",
     "В 2023 году товарооборот составил 560 млн долларов, на 40 % больше, чем в 2019 году.",
     OTHER_BASE_NOTE.format(year=2019)),
    ("B2", "turnover", "BY-HO", "RU-BRY", 600e6, "USD", "eq", *Y2024, 7.1, "reported",
     "В 2024 году товарооборот вырос на 7,1 % и составил 600 млн долларов.", ""),
]


@pytest.fixture(scope="module")
def base_db(tmp_path_factory):
    return make_db(tmp_path_factory.mktemp("changebase") / "cb.duckdb", facts=FACTS, articles=ARTICLES)


@pytest.mark.parametrize("lang,shown", [("en", "+40% on 2019"), ("ru", "+40 % к 2019 г.")])
def test_sources_page_names_the_base(app_factory, base_db, lang, shown):
    at = app_factory("sources", db=base_db, lang=lang).run()
    assert not at.exception
    change = at.dataframe[0].value[t("col_change", lang)].tolist()
    assert shown in change
    assert any(c.startswith("+7") and c.strip()[-1] == "%" for c in change)   # year on year: no base


def test_pair_growth_chart_leaves_out_the_change_on_another_base(app_factory, base_db):
    at = app_factory("pair", db=base_db, pair="BY-HO~RU-BRY", currency="USD", lang="en").run()
    assert not at.exception
    values, growth = chart_traces(at, 0), chart_traces(at, 1)
    bars = [y for trace in growth for y in trace["y"]]
    assert bars == [pytest.approx(7.1)]
    # no 2022 level computed back from 560 / 1.4: the only derived level is 2023's from 2024's +7.1 %
    table = at.dataframe[0].value
    assert "2022" not in table["Period"].tolist()
    assert values
