"""Issue 10, points 3 and 4 on a pair whose sources give only changes: no empty value chart with
an unknown currency ("млн ?"), the changes shown with their flows and periods, and a sentence
saying there is no level."""

from __future__ import annotations

import json

from tests.dashboard.conftest import make_db
from tests.honest.fixtures import ARTICLES, Y24

# Orel oblast and Belarus, as the sample reports them: growth rates, no amounts.
ONLY_CHANGES = [
    ("N1", "turnover", "BY", "RU-ORL", None, None, "eq", *Y24, 30.0, "reported", "Товарооборот вырос на 30 %.", ""),
    ("N2", "export", "BY", "RU-ORL", None, None, "gt", *Y24, 45.0, "reported",
     "Экспорт белорусской продукции вырос более чем на 45 %.", ""),
]


def specs(at) -> list[dict]:
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def test_a_pair_with_only_changes_shows_them_and_says_there_is_no_level(app_factory, tmp_path):
    db = make_db(tmp_path / "orl.duckdb", ONLY_CHANGES, ARTICLES)
    at = app_factory("pair", db=db, lang="ru", pair="BY~RU-ORL").run()
    assert not at.exception
    charts = specs(at)
    axis_titles = [layout[k]["title"]["text"] for layout in (c["layout"] for c in charts)
                   for k in layout if k.startswith("yaxis") and "title" in layout[k]]
    assert not any("?" in title for title in axis_titles), axis_titles
    assert len(charts) == 1 and "Темпы роста" in charts[0]["layout"]["title"]["text"]  # growth only
    assert any("Уровня (суммы в деньгах) источники здесь не дают" in i.value for i in at.info)
    cards = {m.label: m.value for m in at.metric}
    assert cards == {"Беларусь → Орловская область · 2024": "> +45 %",
                     "Беларусь ↔ Орловская область · 2024": "+30 %"}


def test_a_flow_with_a_level_keeps_its_value_card_and_no_change_card(app_factory, tmp_path):
    facts = [*ONLY_CHANGES, ("N3", "turnover", "BY", "RU-ORL", 400e6, "USD", "eq", *Y24, 30.0, "reported",
                             "Товарооборот составил 400 млн $.", "")]
    db = make_db(tmp_path / "orl2.duckdb", facts, ARTICLES)
    at = app_factory("pair", db=db, lang="en", pair="BY~RU-ORL").run()
    assert not at.exception
    cards = {m.label: m.value for m in at.metric}
    assert cards == {"Belarus ↔ Oryol Oblast · 2024": "$400M",
                     "Belarus → Oryol Oblast · 2024": "> +45%"}
    assert not any("no level" in i.value for i in at.info)
    assert len(specs(at)) == 2  # values and growth


def test_the_brief_of_such_a_pair_says_there_is_no_level():
    from types import SimpleNamespace

    import pandas as pd

    from dashboard import pair_summary
    from dashboard.brief import page

    series = pd.DataFrame([{"pair": "BY~RU-ORL", "metric": "turnover", "a": "BY", "b": "RU-ORL", "value": None,
                            "value_usd": None, "currency": None, "bound": "eq", "period_start": Y24[0],
                            "period_end": Y24[1], "period_type": "year", "change_pct": 30.0, "status": "reported",
                            "is_derived": False, "n_sources": 1}])
    values, growth = pair_summary.pair_figures(series, "pair", "BY~RU-ORL", "en", False, lambda c: c)
    assert values is None and growth is not None
    content = SimpleNamespace(series=series, kind="pair", code="BY~RU-ORL", usd=False, region_name=lambda c: c)
    html = page._charts(content, "en")
    assert "The sources give no level" in html and "million" not in html.split("The sources give no level")[0]


def test_a_planned_growth_is_never_drawn_as_growth_that_happened(app_factory, tmp_path):
    y26 = (Y24[0].replace(year=2026), Y24[1].replace(year=2026))
    facts = [("N1", "turnover", "BY", "RU-SMO", 3.5e9, "USD", "eq", *Y24, 8.0, "reported", "Рост на 8 %.", ""),
             ("N2", "turnover", "BY", "RU-SMO", None, None, "eq", *y26, 40.0, "target",
              "Планируется увеличить товарооборот на 40 %.", "")]
    at = app_factory("pair", db=make_db(tmp_path / "plan.duckdb", facts, ARTICLES), lang="en", pair="BY~RU-SMO").run()
    assert not at.exception
    growth = next(c for c in specs(at) if "Growth" in c["layout"]["title"]["text"])
    bars = {tr["name"]: (tr["text"], tr["marker"].get("pattern", {}).get("shape")) for tr in growth["data"]}
    assert bars == {"turnover": (["+8%"], ""), "turnover · target": (["+40%"], "/")}


def test_the_brief_shows_the_changes_and_names_each_figure_s_flow(tmp_path):
    """The brief of a pair with only changes: its latest changes with their flows and periods (not
    "no reported figures"), and every source's figures named by direction, never "export · 2024"."""
    import datetime as dt

    from dashboard import data
    from dashboard.brief.content import read_content
    from dashboard.brief.page import render_html
    from etl.filters import FilterState

    db = make_db(tmp_path / "orl.duckdb", ONLY_CHANGES, ARTICLES)
    content = read_content(data.db_identity(db), FilterState(), "pair", "BY~RU-ORL", "en")
    html = render_html(content, "en", dt.date(2026, 3, 2), "tradeboard brief --pair BY~RU-ORL")
    assert "No reported figures" not in html
    assert 'flow: Belarus → Oryol Oblast · 2024</div><div class="value">&gt; +45%' in html
    assert "flow: Belarus → Oryol Oblast · 2024 (&gt; +45%)" in html  # what the source backs
    assert "export · 2024" not in html
