"""Issue 10, point 1: the Overview's totals never add a pair and the pairs inside it, carry the
bound of their parts, say their rule, and the heading names the scope the numbers cover."""

from __future__ import annotations

import datetime as dt

from tests.dashboard.conftest import chart_traces

D = dt.date


def metrics(at) -> dict:
    """Label → value of the first (full-year) row of headline numbers."""
    out: dict = {}
    for m in at.metric:
        out.setdefault(m.label, m.value)
    return out


def test_default_scope_adds_the_country_pair_and_not_the_regions_inside_it(app_factory, hdb):
    at = app_factory("overview", db=hdb, lang="en", to="2024").run()
    assert not at.exception
    assert at.header[0].value == "Trade between Belarus and Russia and their regions"
    assert metrics(at)["Turnover reported, total USD"] == "$50,000M"
    left_out = next(c.value for c in at.caption if c.value.startswith("Not added"))
    assert "Belarus ↔ Smolensk Oblast — inside Belarus ↔ Russia" in left_out
    assert "Minsk (city) ↔ Moscow — inside Belarus ↔ Russia" in left_out
    outside = next(c.value for c in at.caption if c.value.startswith("Outside the scope"))
    assert "China ↔ Republic of Tatarstan" in outside and "Belarus ↔ China" in outside
    assert "no targets" in at.metric[0].proto.help and "inside" in at.metric[0].proto.help
    bars = chart_traces(at, 1)
    counted = next(b for b in bars if b["name"] == "in the total")
    nested = next(b for b in bars if b["name"].startswith("inside a broader pair"))
    assert counted["y"] == ["Belarus ↔ Russia"] and "> $1,200M" in nested["text"]


def test_approximate_and_lower_bound_parts_make_an_approximate_total(app_factory, hdb):
    at = app_factory("overview", db=hdb, lang="en", to="2024", scope="by").run()
    assert not at.exception
    assert at.header[0].value == "Trade of Belarus and its regions with every partner"
    # 50 bn (exact) + more than 8 bn (China) + about 1 bn (Kazakhstan)
    assert metrics(at)["Turnover reported, total USD"] == "≈ $59,000M"
    assert at.query_params["scope"] in ("by", ["by"])


def test_lower_bound_parts_make_a_lower_bound_total(app_factory, hdb):
    at = app_factory("overview", db=hdb, lang="ru", to="2024", pair=["BY~RU-SMO", "BY-HR~RU-SPE"]).run()
    assert not at.exception
    assert metrics(at)["Товарооборот (факт), сумма, $"] == "> 2 202,5 млн $"


def test_map_names_places_and_carries_bounds(app_factory, hdb):
    at = app_factory("overview", db=hdb, lang="ru", to="2024", scope="all").run()
    traces = chart_traces(at, 0)
    dots = traces[-1]["text"]
    assert "Китай" in dots and "CN" not in dots and "RU-TA" not in dots
    values = next(t for t in traces if t.get("name") == "values")["text"]
    assert "Беларусь ↔ Китай: > 8 000 млн $" in values


def test_opens_on_the_year_with_most_pairs_and_takes_the_year_from_the_url(app_factory, tmp_path):
    from tests.dashboard.conftest import make_db
    from tests.honest.fixtures import ARTICLES, FACTS

    lone_2025 = ("N3", "turnover", "BY-HM", "RU-MOW", 3.3e9, "USD", "eq", D(2025, 1, 1), D(2025, 12, 31), None,
                 "reported", "В 2025 году 3,3 млрд $.", "")
    db = make_db(tmp_path / "y.duckdb", [*FACTS, lone_2025], ARTICLES)
    at = app_factory("overview", db=db, lang="en").run()
    assert not at.exception
    assert at.selectbox(key="ov_year_pick").value == 2024  # four pairs, not 2025's one
    assert at.subheader[0].value == "Year: 2024"
    at = app_factory("overview", db=db, lang="en", year="2025").run()
    assert at.subheader[0].value == "Year: 2025" and metrics(at)["Turnover reported, total USD"] == "$3,300M"
    assert at.query_params["year"] in ("2025", ["2025"])
