"""Issue 10 on the Pair page: direction (2), currencies (3), derivation (4), growth (7), default
pair and compared pairs (8)."""

from __future__ import annotations

import datetime as dt
import json

from tests.dashboard.conftest import make_db
from tests.honest.fixtures import ARTICLES, FACTS


def charts(at):
    return [json.loads(c.proto.spec) for c in at.get("plotly_chart")]


def cards(at) -> dict:
    return {m.label: m.value for m in at.metric}


def test_cards_and_legend_name_each_direction(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en", pair="BY~CN", to="2018").run()
    assert not at.exception
    got = cards(at)
    assert got["China → Belarus · H1 2018"] == "$3,850M"
    assert got["Belarus → China · H1 2018"] == "$1,500M"
    names = {t.get("name") for t in charts(at)[0]["data"]}
    assert "Belarus → China · half-year" in names and "China → Belarus · half-year" in names
    assert not any(n and n.startswith("export") for n in names)
    table = at.dataframe[0].value
    assert set(table["Flow"]) == {"Belarus → China", "China → Belarus", "Belarus ↔ China"}


def test_partner_import_is_drawn_as_the_other_sides_export(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="ru", pair="BY~RU-TA").run()
    assert "Беларусь → Республика Татарстан · 2024" in cards(at)
    hover = next(t for t in charts(at)[0]["data"] if t.get("hovertext"))["hovertext"][0]
    assert "Беларусь → Республика Татарстан" in hover and "по данным об импорте: Республика Татарстан" in hover


def test_two_currencies_never_share_an_axis(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en", pair="BY~RU-SMO").run()
    assert not at.exception
    layout = charts(at)[0]["layout"]
    titles = sorted(layout[k]["title"]["text"] for k in layout if k.startswith("yaxis"))
    assert titles == ["RUB million", "USD million"]
    axes = {t.get("yaxis", "y") for t in charts(at)[0]["data"] if t.get("name", "").endswith(" · RUB")}
    usd_axes = {t.get("yaxis", "y") for t in charts(at)[0]["data"] if t.get("name", "").endswith(" · USD")}
    assert len(axes) == 1 and len(usd_axes) == 1 and axes != usd_axes
    # The RUB target is compared with the RUB figure (295 bn of 300 bn), never with 3.5 bn USD.
    lines = [m.value for m in at.markdown if "target" in m.value]
    assert any("RUB 300,000M" in s and "RUB 295,000M" in s and "98.3% of target" in s for s in lines), lines


def test_target_without_a_same_currency_figure_is_not_compared(app_factory, tmp_path):
    usd_and_rub_target = [f for f in FACTS if f[0] in ("N11", "N12")]  # 3.5 bn USD (2021), 300 bn RUB target
    db = make_db(tmp_path / "cur.duckdb", usd_and_rub_target, ARTICLES)
    at = app_factory("pair", db=db, lang="en", pair="BY~RU-SMO").run()
    lines = [m.value for m in at.markdown if "target" in m.value]
    # No RUB figure, and the 2026 target has no USD value (no 2026 rate): nothing to compare it with.
    assert len(lines) == 1 and "no reported figure for 2026 or earlier" in lines[0] and "of target" not in lines[0]
    assert not at.get("progress")


def test_derived_rows_name_the_fact_they_come_from(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en", pair="BY~RU", currency="USD").run()
    table = at.dataframe[0].value
    derived = table[table["Status"] == "derived"].iloc[0]
    assert derived["Value in USD"] == "≈ $46,000M (derived)"
    assert "computed from $50,000M (2024, +8%)" in derived["Computed from"]
    assert "Товарооборот составил 50 млрд $." in derived["Computed from"]
    assert derived["Link"] == "https://news1.example.by/n1"
    assert not any(isinstance(v, float) and v > 1e6 for v in table.to_numpy().ravel())  # no raw numbers


def test_growth_bars_of_one_period_stand_apart(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en", pair="BY~CN", to="2018").run()
    growth = charts(at)[1]
    y_title = growth["layout"]["yaxis"]["title"]["text"].replace("<br>", " ")
    assert y_title == "Change on the same period a year earlier, %"
    bars = [(x, w) for t in growth["data"] for x, w in zip(t["x"], t["width"], strict=True)]
    assert len(bars) == 2 and bars[0][0] != bars[1][0]  # two flows of H1 2018, side by side
    texts = [s for t in growth["data"] for s in t["text"]]
    assert "+119%" in texts and "+65%" in texts


def test_opens_on_the_pair_with_most_sources_in_the_latest_year(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en").run()
    # 2024 has the most recent reported figures; Grodno–St Petersburg has two sources there.
    assert at.caption[0].value == "Grodno Region ↔ Saint Petersburg"


def test_two_pairs_are_compared_never_a_third(app_factory, hdb):
    at = app_factory("pair", db=hdb, lang="en", pair=["BY~RU-SMO", "BY-HR~RU-SPE"]).run()
    assert not at.exception
    assert at.selectbox(key="pair_focus").value.startswith("pairs:")
    pairs = set(at.dataframe[0].value["Pair"])
    assert pairs == {"Belarus ↔ Smolensk Oblast", "Grodno Region ↔ Saint Petersburg"}
    assert "Comparing pairs: Belarus ↔ Smolensk Oblast + Grodno Region ↔ Saint Petersburg" in \
        json.loads(at.get("plotly_chart")[0].proto.spec)["layout"]["title"]["text"]
    assert at.query_params["pair"] == ["BY~RU-SMO", "BY-HR~RU-SPE"]


def test_growth_bars_of_overlapping_periods_never_cover_each_other():
    import datetime as dt

    import pandas as pd

    from dashboard import pair_charts

    def row(metric, start, end, change):
        return {"pair": "BY~CN", "metric": metric, "a": "BY", "b": "CN", "period_start": start, "period_end": end,
                "change_pct": change, "value": 1e9, "bound": "eq"}

    D = dt.date
    rows = pd.DataFrame([row("turnover", D(2022, 1, 1), D(2022, 12, 31), 33.0),
                         row("export", D(2022, 1, 1), D(2022, 5, 31), 50.0),
                         row("turnover", D(2024, 1, 1), D(2024, 12, 31), 5.0)])
    fig = pair_charts.growth(rows, "en")
    spans = []
    for trace in fig.data:
        for x, w in zip(trace.x, trace.width, strict=True):
            half = dt.timedelta(milliseconds=w / 2)
            spans.append((pd.Timestamp(x) - half, pd.Timestamp(x) + half))
    spans.sort()
    assert len(spans) == 3
    assert all(a[1] <= b[0] for a, b in zip(spans, spans[1:], strict=False))  # no two bars overlap


def test_a_tie_in_the_latest_year_goes_to_the_pair_with_most_sources_overall(app_factory, tmp_path):
    y23 = (dt.date(2023, 1, 1), dt.date(2023, 12, 31))
    y25 = (dt.date(2025, 1, 1), dt.date(2025, 12, 31))

    def fact(article, a, b, period):
        return (article, "turnover", a, b, 1e9, "USD", "eq", *period, None, "reported", "1 млрд $.", "")

    # No Belarusian–Russian pair. 2025, the latest year: one source each for Armenia–Russia and
    # Kazakhstan–Russia; Kazakhstan–Russia has two more sources in 2023. A year-2025 tie, so the
    # pair with more sources overall opens.
    facts = [fact("N1", "AM", "RU", y25), fact("N2", "KZ", "RU", y25), fact("N3", "KZ", "RU", y23),
             fact("N4", "KZ", "RU", y23), fact("N5", "AM", "RU", y23)]
    at = app_factory("pair", db=make_db(tmp_path / "tie.duckdb", facts, ARTICLES), lang="en").run()
    assert at.caption[0].value == "Kazakhstan ↔ Russia"
    # One more 2025 source for Armenia–Russia: the latest year decides, whatever the older years say.
    facts.append(fact("N6", "AM", "RU", y25))
    at = app_factory("pair", db=make_db(tmp_path / "tie2.duckdb", facts, ARTICLES), lang="en").run()
    assert at.caption[0].value == "Armenia ↔ Russia"
    # A Belarusian–Russian pair, the product's subject, opens before any other, even with one 2023
    # source: the rule then runs among the Belarus ↔ Russia pairs (their own latest year).
    facts.append(fact("N7", "BY-HM", "RU-MOW", y23))
    at = app_factory("pair", db=make_db(tmp_path / "home.duckdb", facts, ARTICLES), lang="en").run()
    assert at.caption[0].value == "Minsk (city) ↔ Moscow"


def test_the_sample_opens_on_the_rule_s_pair(app_factory, sample_db):
    """On the bundled sample the Pair page opens on a Belarus ↔ Russia pair (China ↔ Russia has more
    sources, but is not the product's subject), and among those by the rule: the most sources in
    their latest year, a tie broken by all years' sources, then by the number of reported figures —
    never by code."""
    import duckdb

    with duckdb.connect(str(sample_db), read_only=True) as con:
        top = con.execute("""
            WITH d AS (SELECT f.pair, year(f.period_end) AS y, coalesce(a.url, f.article_id) AS src
                       FROM facts f JOIN articles a USING (article_id)
                       WHERE f.pair IS NOT NULL AND f.period_end IS NOT NULL AND f.status = 'reported'
                         AND list_sort([split_part(f.a, '-', 1), split_part(f.b, '-', 1)]) = ['BY', 'RU'])
            SELECT pair, count(DISTINCT src) FILTER (WHERE y = (SELECT max(y) FROM d)) AS n,
                   count(DISTINCT src) AS n_all, count(*) AS n_figures
            FROM d GROUP BY pair HAVING n > 0 ORDER BY n DESC, n_all DESC, n_figures DESC, pair LIMIT 2""").fetchall()
    # the rule decides without falling back on codes: a tie in 2025 is broken by all years' sources,
    # then by the number of reported figures
    assert top[0][1:] > top[1][1:]
    at = app_factory("pair", db=sample_db, lang="en").run()
    from etl.places import place_name

    assert at.caption[0].value == " ↔ ".join(place_name(c, "en") for c in top[0][0].split("~"))


def test_a_level_derived_from_a_lower_bound_stays_a_lower_bound(app_factory, tmp_path):
    """The seed: "превысил 1,6 млрд" in H1 2025, +43,3 %: H1 2024 was more than about 1,1 bn,
    never "≈ 1,1 bn" (the chart's marker already said lower bound; table and matrix did not)."""
    h1_25 = (dt.date(2025, 1, 1), dt.date(2025, 6, 30))
    facts = [("N1", "turnover", "BY-HM", "RU-MOW", 1.6e9, "USD", "gt", *h1_25, 43.3, "reported",
              "Товарооборот превысил 1,6 млрд долларов, рост на 43,3 %.", "")]
    db = make_db(tmp_path / "seed.duckdb", facts, ARTICLES)
    at = app_factory("pair", db=db, lang="ru", pair="BY-HM~RU-MOW").run()
    table = at.dataframe[0].value
    derived = table[table["Статус"] == "расчётное"].iloc[0]
    assert derived["Значение в $"] == "> 1 100 млн $ (расчётное)"
    assert derived["Период"] == "I полугодие 2024"
    from dashboard.matrix_view import cell_text

    row = type("Row", (), {"value_usd": 1.6e9 / 1.433, "bound": "gt", "is_derived": True, "unsure": False})
    assert cell_text(row, "ru") == "> 1 100 расч."
